"""Reused wording: the passages of a later report that take an earlier one's sentences.

Within a story, each sentence of a report is compared with the sentences of the reports before
it that share a run of three words with it (an index of word trigrams, not every pair). A
sentence is reused when its edit similarity to one earlier sentence (rapidfuzz's normalised
Indel ratio over the normal form, or over its words sorted where clauses were swapped) is at
least MIN_RATIO and most of its words are in that sentence: a changed word, an altered figure
keep it reused; two reports of one event in their own words do not reach it. A target that
drops a clause matches when nearly all its words (DROP_COVER, eight words or more) are in the
source sentence in their order; a shorter one that keeps only the head of a longer sentence
("Fessel conceded defeat shortly after midnight.") counts only beside other sentences taken from
that source; a third party's words reported without quotation marks ("The report found that
...") copied word for word but for one clause cut count on their own. A target sentence that
ends on an attribution of its own (", police said.", ", it said in a statement.", ", according to
the ministry's statement.") is read without it too, against a source sentence that has none: a
near copy so read is the source's wording, not a third party's statement retold. Reordered
sentences are found one by one, so the order does not matter; consecutive reused sentences become
one passage.

Not reuse:
- a sentence whose likeness is a third party's quotation: when quotations (found paragraph by
  paragraph, so one running over several sentences counts) make up much of it, the words
  outside the quotation marks, the speaker and the cue must match on their own (unless it is a
  word-for-word copy, frame and all, among sentences the target takes from that source anyway);
- a third party's written statement: in a sentence that names one ("said in a statement that",
  "the statement said") the statement's words are set aside and the outlet's must match; a
  statement set as a block after "said in a statement:" is none of the outlet's words. Among
  sentences the target takes from that source anyway such a sentence is part of the passage;
- a bare third party's quotation: the source's quotation cut or with its attribution reworded
  counts only among sentences the target takes from that source anyway, and not even there when
  it was said to the press ("told reporters", "at a news conference": every outlet there could
  record it) and the target words the attribution its own way; a press release's quotations
  too (its speakers' words, which any outlet quoting them prints) count only among sentences
  taken anyway, but what it says its company announced is the issuer's own wording, given out
  to be taken, and counts on its own;
- a third party's quotation worded differently by the two outlets (a word changed or added, or
  one or two dropped inside: "move quickly" / "move fast", "we will never" / "we never"), in the
  sentence or in its paragraph's quotations whole: each outlet recorded the speaker its own way,
  not even part of a passage taken anyway, a release's neither, unless the sentence's own words
  outside the quotation match;
- a short line to the reader that says nothing of the story (a station's sign-off), whatever is
  known of the outlet;
- a list of names shared ("Closed today: Brennick Public Schools, Lakeview Community Schools,
  ..."): such a sentence must match outside its names, as a quoting one outside its quotation;
- a standard results line ("Revenue rose 14 per cent to Rs 12,400 crore."), alone;
- one short sentence worded alike and nothing else, no near copy and no run of eight words in
  common, from a source that is no release, credited or not ("Under the deal, maximum class
  sizes ... will fall from 30 to 28 pupils by 2029." / "The deal also cuts the maximum class size
  ..."): two reports of one fact from one source;
- a line of staff credits, in brackets or a report's last line ("(Writing by ...; editing by
  ...)", "Reporting by ...; Editing by ..."): no one's wording;
- one formula telling another day's event ("X, the former head of Y, was charged on Monday with
  ..." / "... was sentenced on Wednesday to ..."): where the two name different weekdays and are
  not near copies, not small edits of one passage;
- boilerplate: a sentence found in reports of other stories too, or in two reports of one
  outlet (an outlet's or an agency's stock background line, a station's "Listen again" line),
  says nothing about who copied whom; the outlet is known by its publisher, else its web host,
  else its masthead. But two reports of one outlet in one story that share two or more
  sentences about the story are its versions (a wire's "UPDATE 1-", a paper's follow-up
  repeating its background): what they share is the story's text, reused by the later version,
  except lines about the outlet itself (its name, "you", a row of links).

Direction: a press release (its own lines say so: "PRESS RELEASE", "For immediate release",
"Media contact:", "About <Company>") is the source, never the rewrite; then, where both give a
clock with a zone (`article.published_at`) and neither is a live blog, the earlier instant; then
the earlier report (publication dates); then, on one day or with one report undated, the one whose
sentence the other gives word for word with an issuer's attribution added at its end (", the
statistics office said on Friday."), and the one that speaks as "we" in its own words (an issuer's
own text; not a live blog's or an outlet's "we"); then the one the other credits by its name, its short name or its initials
("(Meridian)" for Meridian Wire, "Wirenews contributed to this report", "(kpa)"); then the one
the other takes as wire copy without naming it ("From wire reports"); then a wire (a known
agency, an outlet named as one: "Orbis Newswire", "Solenne Agency", "Kestrel Press Agency", or a
report whose dateline names its own outlet: "OSMARK, Oct 11 (Meridian)", "Dorsel (AVP)" for
Agence Varenne Presse, "VESKA (Solenne) 1 Dec"), then the first listed; one outlet's versions
of a story on one day are ordered by their "UPDATE n-" (or "| Update n" as a field of a
header line; an "(Adds ...)" line: 1; none: 0); two undated reports by the days their datelines
name ("BRENNHOLT, June 8 (BNS)"), before their versions; with neither, as listed.
Each reused sentence goes to a source the target credits, a wire or a release before any
other (a republication, "originally published by <outlet>", is that outlet's copy: only the
named outlet comes first), then to the report the target takes the most sentences from (its direct source: a page
pasted from a wire's update 1 is tied to update 1, not to the first version whose paragraphs
update 1 kept; a markets site rewriting a wire is tied to the wire for the line the wire took
from a company's release), then to the one it matches best; and where that source took the
sentence from a third report the target matches too and takes as much from, to that report:
outlets rewriting one wire (a paper, a live blog) are each tied to the wire, not to each
other, even where two of them made the same edit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from difflib import SequenceMatcher
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from .text import QUOTED, days_apart, head_date, norm, published_instant, sentences, words

MIN_RATIO = 70.0  # normalised Indel similarity of two sentences, 0-100
MIN_WORD_SHARE = 0.6  # of the target sentence's words found in the source sentence
SWAP_WORD_SHARE = 0.85  # of the target's words in the source, for the sorted-words comparison
MIN_WORDS = 6  # shorter sentences ("He declined to comment.") are no evidence
MIN_UNQUOTED_WORDS = 6  # a quoting sentence's own words (outside quote, speaker, cue) needed as evidence
MIN_QUOTE_WORDS = 3  # a quotation this long makes a sentence a quoting one
MIN_FRAME_RATIO = 80.0  # a quoting sentence's own words against the source's: a frame is short, so
# one phrase of its own ("in a televised address on Monday" / "... from Tarnholm") is enough to differ
QUOTE_IN_CONTEXT = 90.0  # a quoting sentence this like one of a source the target already reuses
MIN_CONTEXT = 2  # sentences the target must take from that source otherwise
CHAIN_MARGIN = 5.0  # a target this much closer to a first-hand source than to the report behind it took it from that source
DROP_MIN_WORDS = 8  # a target this long may match a source that has a clause more
DROP_COVER = 0.9  # of its words found in the source sentence, in the same order
DROP_MAX_LONGER = 2.5  # the source at most this many times the target's words
SHORT_COVER = 0.85  # the same for any target of MIN_WORDS or more, among sentences taken anyway
SHORT_MAX_LONGER = 4.0
MAX_SOURCES = 30  # earlier reports a report is compared with (the most similar)
SHINGLE = 5  # words in a shingle of the corpus-level boilerplate index
BOILER_SHARE = 0.6  # of a sentence's shingles found in reports of other stories: boilerplate
OFF_TOPIC = 0.1  # at most this share of a passage's content words in the rest of a report: not its news
MIN_CONTEXT_WORDS = 12  # content words a report's rest needs for the off-topic test
REPORTED_SHARE = 0.5  # of a sentence's words inside an attribution's content: reported speech
WIRES = ("Associated Press", "AP", "AFP", "Agence France-Presse", "Reuters", "UPI", "dpa", "ANSA", "Kyodo",
         "Yonhap", "Xinhua", "TASS", "Anadolu Agency", "EFE", "PA Media", "Press Association")


@dataclass
class Sentence:
    doc: int
    idx: int
    start: int
    end: int
    text: str
    norm: str
    words: list[str]
    grams: set[tuple[str, ...]] = field(default_factory=set)
    # for a sentence that quotes someone: its own words, with the quotations, the speaker's name
    # and the cue taken out (None for a sentence that quotes no one); for one that carries a
    # written statement, its words with the statement's taken out ("" for a statement set as a block)
    frame: str | None = None
    statement: bool = False
    # a third party's words reported without quotation marks ("Hayes says that when he took the
    # post they were ..."): most of the sentence inside an attribution's content
    reported: bool = False
    # the words inside its quotation marks, in their order (empty for a sentence that quotes no one)
    quoted: list[str] = field(default_factory=list)
    # the words of the quotations in its paragraph, whole (one running over several sentences, two
    # pieces of one speaker's words with the attribution between them), where it quotes any
    quotation: list[str] = field(default_factory=list)
    # the sentence without an attribution clause at its end (", police said.", ", the carmaker said
    # on Wednesday.", ", it said in a statement.", ", according to a police statement on Sunday."),
    # read as a sentence of its own; None where it ends on none
    core: "Sentence | None" = None


MERGED_LONGER = 1.3  # a target sentence this much longer than each of two sources sentences may join them


def _joined(s: "Sentence", n: "Sentence") -> "Sentence":
    """Two consecutive sentences of one report read as one (a target that joined them)."""
    return Sentence(doc=s.doc, idx=s.idx, start=s.start, end=n.end, text=s.text + " " + n.text, norm=s.norm + " " + n.norm,
                    words=s.words + n.words, grams=s.grams | n.grams, frame=None, statement=s.statement or n.statement,
                    reported=s.reported and n.reported, quoted=s.quoted + n.quoted,
                    quotation=s.quotation + [x for x in n.quotation if n.quotation != s.quotation])


def _holds_both(t: "Sentence", s: "Sentence", n: "Sentence") -> bool:
    """Does the target hold MIN_WORDS words or more of each of two source sentences that the other
    lacks (a join that cut the second's tail: "... of the excess deaths, and hospital admissions
    for heat-related illness ... more than doubled to 4,600" of "... of the excess deaths." and
    "Hospital admissions for heat-related illness ... rose to 4,600 ..., compared with about 2,100
    in an average summer.")?"""
    tw, sw, nw = set(t.words), set(s.words), set(n.words)
    return len((tw & sw) - nw) >= MIN_WORDS and len((tw & nw) - sw) >= MIN_WORDS


def _frame_spans(record: Any) -> list[tuple[int, int]]:
    """Speaker and cue spans of the record's body attributions: how any outlet names a speaker
    ("Mirendi's foreign minister, Selin Oduya, said") is no wording of its own."""
    out = []
    for a in _body_attributions(record):
        for sp in (a.speaker, a.cue):
            if sp is not None:
                out.append((sp.start, sp.end))
    return out


def _body_attributions(record: Any) -> list[Any]:
    return [a for a in getattr(record, "attributions", None) or [] if getattr(a, "where", None) != "title"]


# a written statement as the source of a sentence's words: "said in a statement (that)", "in a
# written statement, X said", "the statement said", "the company's statement read:"
_STATEMENT = re.compile(
    r"\b(?:in|issued|released|put\s+out|published)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?statement\b"
    r"|\bstatement\s+(?:said|says|read|reads|added|adds|stated|states|continued)\b"
    r"|\b(?:said|says|according\s+to)\s+(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?statement\b", re.I)


# an attribution clause at a sentence's end, after a comma: ", police said.", ", the Veskish
# electric carmaker said on Wednesday.", ", it said in a statement.", ", according to a police
# statement on Sunday.", ", said the club." (no quotation marks, no comma inside, ten words at most)
_TAIL = re.compile(
    r",\s+(?:according\s+to\s+[^,\"“”]{2,80}?"
    r"|(?:said|says|added|adds|announced|confirmed|stated)\s+(?:the|a|an|its|their)\s+[^,\"“”]{2,60}?"
    r"|[^,\"“”]{1,60}?\s+(?:said|says|added|adds|announced|confirmed|stated|reported|told\s+\w+)"
    r"(?:\s+(?:on|in|at|late|early|last|this|later|earlier|after|before|during|by)\b[^,\"“”]{0,50}?)?)\s*[.!]?\s*$")
# words that make a clause after "said" a sentence of its own (", said they were satisfied."), not
# the name of who said it (", said the club.")
_NOT_SPEAKER = frozenset("he she they we i you it was were is are would will had has have could should not "
                         "that this there which who".split())
TAIL_MAX_WORDS = 10


def _tail(t: str) -> int:
    """Where an attribution clause at the end of the sentence `t` starts (the comma), or -1."""
    m = _TAIL.search(t)
    if not m or len(words(t[m.start():])) > TAIL_MAX_WORDS:
        return -1
    tw = words(t[m.start():])
    if tw[0] in ("said", "says", "added", "adds", "announced", "confirmed", "stated") and _NOT_SPEAKER.intersection(tw):
        return -1
    return m.start()


def _quote_ranges(body: str) -> list[tuple[int, int]]:
    """Quotations of MIN_QUOTE_WORDS words or more, found paragraph by paragraph, so that one
    running over several sentences ("All ... safely. We are working ...") is one quotation."""
    out = []
    pos = 0
    for para in body.split("\n"):
        for m in QUOTED.finditer(para):
            if len(words(m.group())) >= MIN_QUOTE_WORDS:
                out.append((pos + m.start(), pos + m.end()))
        pos += len(para) + 1
    return out


def _statement_cut(t: str, s: int, e: int, record: Any) -> list[tuple[int, int]]:
    """The words of a written statement in the sentence body[s:e] (offsets in the sentence): the
    content of its attributions, as the record gives them, else what follows "said in a
    statement (that)", or, with the statement named at the end ("..., the firm said in a
    statement."), what comes before the clause that names it. Empty when no statement is named."""
    m = _STATEMENT.search(t)
    if not m:
        return []
    cut = []
    for a in _body_attributions(record):
        for c in getattr(a, "content", None) or []:
            if c.start < e and c.end > s:
                cut.append((max(c.start, s) - s, min(c.end, e) - s))
    if cut:
        return cut
    rest = re.match(r"\s*(?:that\b|:|,)?", t[m.end():])
    after = m.end() + (rest.end() if rest else 0)
    if len(words(t[after:])) >= 3:
        return [(after, len(t))]
    comma = t.rfind(",", 0, m.start())
    return [(0, comma)] if comma > 0 else []


def _content_spans(record: Any) -> list[tuple[int, int]]:
    """Content spans of the record's body attributions (what a speaker is reported to have said)."""
    out = []
    for a in _body_attributions(record):
        for c in getattr(a, "content", None) or []:
            out.append((c.start, c.end))
    return out


def split(doc_index: int, body: str, record: Any = None) -> list[Sentence]:
    frames = sorted(_frame_spans(record)) if record is not None else []
    contents = _content_spans(record) if record is not None else []
    quoted = _quote_ranges(body)
    spans = _sentences(body)
    out = []
    block_until = -1  # a statement set as a block after "said in a statement:" runs to here
    for i, (s, e) in enumerate(spans):
        t = body[s:e]
        w = words(t)
        frame = None
        quotes = [(max(a, s) - s, min(b, e) - s) for a, b in quoted if a < e and b > s]
        stmt = _statement_cut(t, s, e, record)
        in_block = s < block_until
        if in_block:
            frame = ""  # the statement's own words, none the outlet's
        elif stmt:
            # the outlet's words around the statement are its own, the speaker's name too
            chars = list(t)
            for a, b in quotes + stmt:
                chars[a:b] = " " * (b - a)
            frame = norm("".join(chars))
        elif quotes:
            cut = quotes + [(max(a, s) - s, min(b, e) - s) for a, b in frames if a < e and b > s]
            chars = list(t)
            for a, b in cut:
                chars[a:b] = " " * (b - a)
            frame = norm("".join(chars))
        if frame is None:
            names = _name_list(t)
            if names:
                # a list of names ("Brennick Public Schools, Lakeview Community Schools, ...") is
                # no one's wording: two reports naming the same schools must match on the rest
                chars = list(t)
                for a, b in names:
                    chars[a:b] = " " * (b - a)
                frame = norm("".join(chars))
        if t.rstrip().endswith(":") and (_STATEMENT.search(t) or re.search(r"\bstatement\b", t, re.I)) and "\n" in body[e:e + 3]:
            # the next paragraph is the statement
            nxt = body.find("\n", e)
            while nxt < len(body) and body[nxt] == "\n":
                nxt += 1
            end = body.find("\n", nxt)
            block_until = len(body) if end < 0 else end
        inside = sum(min(b, e) - max(a, s) for a, b in contents if a < e and b > s)
        reported = not quotes and inside >= REPORTED_SHARE * max(1, e - s)
        qw = [x for a, b in sorted(quotes) for x in words(t[a:b])]
        nt = norm(t)
        dl = _BODY_DATELINE.match(t) if i < 8 else None
        if dl and len(words(t[dl.end() - 1:])) >= MIN_WORDS:
            # a wire's dateline at the head of its lead ("BRASKO, Dalvonia (TCW) — An explosion
            # ...") is no one's wording: a rewrite drops it
            nt = norm(t[dl.end() - 1:])
            w = words(t[dl.end() - 1:])
        # the paragraph's quotations, whole: the speaker's words there, however the outlet cut them
        p0, p1 = body.rfind("\n", 0, s) + 1, body.find("\n", e)
        p1 = len(body) if p1 < 0 else p1
        sent = Sentence(doc_index, i, s, e, t, nt, w, _grams(w), frame, bool(stmt) or in_block, reported, qw,
                        [x for a, b in quoted if a < p1 and b > p0 for x in words(body[a:b])] if quotes else [])
        cut = _tail(t) if not in_block else -1
        if cut > 0 and (not stmt or _STATEMENT.search(t[cut:])) and not _STATEMENT.search(t[:cut]):
            # the sentence read without the attribution it ends on: a rewrite that adds ", police
            # said" or ", it said in a statement" to an issuer's sentence keeps its wording
            core = t[:cut] + "."
            cw = words(core)
            cq = [q for q in quotes if q[1] <= cut]
            cframe = None
            if cq:
                chars = list(core)
                for a, b in cq + [(max(a, s) - s, min(b, s + cut) - s) for a, b in frames if a < s + cut and b > s]:
                    chars[a:b] = " " * (b - a)
                cframe = norm("".join(chars))
            cn = norm(core)
            if dl and len(words(core[dl.end() - 1:])) >= MIN_WORDS:
                cn, cw = norm(core[dl.end() - 1:]), words(core[dl.end() - 1:])
            if len(cw) >= MIN_WORDS:
                sent.core = Sentence(doc_index, i, s, e, t, cn, cw, _grams(cw), cframe, False, False,
                                     [x for a, b in sorted(cq) for x in words(t[a:b])])
        out.append(sent)
    return out


def _grams(w: list[str]) -> set[tuple[str, ...]]:
    """A sentence's word trigrams, and the same with each figure written "#" (a figure altered,
    "Eight appliances and 46 firefighters attended." / "... 64 ...", leaves a short sentence one
    trigram of its own otherwise)."""
    out: set[tuple[str, ...]] = set(zip(w, w[1:], w[2:]))
    if any(any(c.isdigit() for c in x) for x in w):
        m = ["#" if any(c.isdigit() for c in x) else x for x in w]
        out |= {("#",) + g for g in zip(m, m[1:], m[2:]) if "#" in g}
    return out


# an abbreviation a sentence does not end on when a figure or a lower-case word follows: "between
# Jan. 26 and Feb. 9.", "stolen from Lakeview on Feb. 3.", "No. 4", "Gov. Hale"
_ABBREV_END = re.compile(
    r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|St|Ave|Blvd|Rd|Gov|Sen|Rep|Sgt|Lt|Col|"
    r"Gen|Capt|Det|Dr|Mr|Mrs|Ms|Jr|Sr|Mt|Ft|Rs|approx|est|vs)\.$")


def _sentences(body: str) -> list[tuple[int, int]]:
    """The body's sentence spans, with a sentence cut after an abbreviation ("between Jan." / "26
    and Feb." / "9.") joined again where a figure or a lower-case word follows on its line."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(body):
        if out and _ABBREV_END.search(body[out[-1][0]:out[-1][1]]) and "\n" not in body[out[-1][1]:s] \
                and body[s:s + 1] and (body[s].isdigit() or body[s].islower()):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# a run of capitalised words, a name: "Brennick Public Schools", "Bank of Ostra", "Smith & Sons"
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|de)\s+)?[A-Z][\w'’.-]*)*")
NAME_LIST_MIN = 3  # names in a list
NAME_LIST_SHARE = 0.5  # of a sentence's words inside them


def _name_list(t: str) -> list[tuple[int, int]]:
    """The names of a sentence that is mostly a list of them ("Closed today: Brennick Public
    Schools, Lakeview Community Schools, Ashby Consolidated Schools and Brennick Christian
    Academy."): NAME_LIST_MIN names or more, parted by commas or "and", holding NAME_LIST_SHARE of
    its words; [] for any other sentence. (The sentence's first word is no name by its capital.)"""
    first = re.match(r"\W*[\w'’-]+", t)
    start = first.end() if first and not re.match(r"\W*[A-Z][\w'’.-]*\s+[A-Z]", t) else 0
    runs = [(m.start(), m.end()) for m in _NAME_RUN.finditer(t, start)]
    listed = sum(1 for (a0, b0), (a1, _) in zip(runs, runs[1:]) if re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", t[b0:a1]))
    if listed + 1 < NAME_LIST_MIN:
        return []
    inside = sum(len(words(t[a:b])) for a, b in runs)
    return runs if inside >= NAME_LIST_SHARE * max(1, len(words(t))) else []


# words that name what kind of outlet a publisher is, not which: "Meridian Wire" is credited as
# "(Meridian)", "The Coastline Post" as "Coastline Post"
_GENERIC_TAIL = ("News Agency", "Newswire", "Wire", "Agency", "News Service", "Wire Service", "Newsroom", "Press Office",
                 "Media Centre", "Media Center")


# the last word of an outlet's name that says what it is ("Marlo Bay Times" is not "Marlo Bay")
_OUTLET_WORDS = frozenset("times post news gazette herald today express chronicle courier standard journal daily tv "
                          "radio fm online live observer mail telegraph tribune star sun mirror record review weekly "
                          "bulletin report wire agency service press office centre center commission ministry "
                          "council police authority board bureau institute association union federation".split())
# first words of company names that are no name alone ("National Grid plc" is not credited by "National")
_COMMON_FIRST = frozenset(
    "national international global general united first new royal central northern southern eastern western "
    "north south east west american british european standard premier great universal continental atlantic "
    "pacific federal public private modern advanced applied digital".split())


def _names(doc: Any, initials: bool = True) -> list[str]:
    """The names a report's outlet is credited by: its publisher, the publisher without a leading
    "The" or a trailing "Wire" / "Agency", and the agency its own dateline names ("TARVIK, Oct 6
    (Meridian)" in a Meridian Wire report)."""
    pub = _publisher(doc)
    out = [pub] if len(pub) >= 2 else []
    short = re.sub(r"^The\s+", "", pub)
    for tail in _GENERIC_TAIL:
        if short.endswith(" " + tail):
            short = short[: -len(tail) - 1].strip()
            break
    if len(short) >= 4 and short != pub:
        out.append(short)
    # a company by its first name: "Halvik said" credits "Halvik Chemicals AG" (only where the
    # name carries a company's suffix: "Kestrian Coastguard" is not credited by "Kestrian")
    corp = re.match(r"^([A-Z][\w'’-]{3,})(?:\s+[A-Z][\w&'’-]*){0,2}\s+(?:plc|Inc|Ltd|GmbH|AG|SE|NV|LLC|S\.?A\.?)\.?$", pub)
    if corp and corp.group(1) not in out and corp.group(1).lower() not in _COMMON_FIRST:
        out.append(corp.group(1))
    # its first two words, of a name of three or more that ends in a place or a qualifier ("the
    # transparency group Open Ledger said" credits "Open Ledger Mereval")
    lead = re.match(r"^([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+[A-Z][\w'’-]+$", short)
    if lead and lead.group(1) not in out and lead.group(1).split()[0].lower() not in _COMMON_FIRST \
            and len(lead.group(1)) >= 8 and short.split()[-1].lower() not in _OUTLET_WORDS \
            and not lead.group(1).split()[0].isupper():
        out.append(lead.group(1))
    # its initials, three letters or more ("the grid operator VGO said" credits "Valdria Grid
    # Operator"; "VNA" the Valdrian News Agency), matched as capitals only
    ini = _initials(pub) if initials else ""
    if ini and ini not in out:
        out.append(ini)
    own = _own_agency(doc)
    if own and own not in out:
        out.append(own)
    if not pub:
        # a page that names no outlet but signs its dateline with an agency ("VARANPUR, Nov 4
        # (PTS) - "): a rewrite crediting that agency ("With inputs from PTS") credits the page
        out += [n for n in _dateline_agencies(doc) if n not in out and len(n) >= 2]
        # nor a publisher, but heads its page with a name ("FieldWatch Ilvara", "Gulf Evening Star »
        # Region"): that name, and a coined word of it ("the crop monitoring group FieldWatch said")
        head = re.split(r"\s+(?:[|»>/•·–—-])\s+", _masthead(doc))[0].strip()
        head = re.sub(r"^The\s+", "", head.title() if head.isupper() else head, flags=re.I)
        if len(head) >= 4 and head not in out:
            out.append(head)
        out += [w for w in head.split() if _COINED.fullmatch(w) and w not in out]
    return out


# a coined name, a capital inside the word ("FieldWatch", "MarketLine")
_COINED = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]+")


def _initials(pub: str, least: int = 3) -> str:
    """An outlet's initials where it has `least` capitalised words or more ("VGO" for Valdria Grid
    Operator), else ""."""
    caps = [w for w in pub.split() if w[:1].isupper() and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in caps) if len(caps) >= least else ""


def _dateline(doc: Any) -> str:
    art = getattr(getattr(doc, "record", None), "article", None)
    return (getattr(art, "dateline", None) or "").strip()


# a dateline at the head of one of a body's first paragraphs, the agency in brackets at its end or
# inside it: "OSMARK, Oct 11 (Meridian) - ", "Halden/Estavia, 2 December 2025 (KPA) -- ",
# "VESKA (Solenne) 1 Dec - " (where the extractor left it in the body)
_BODY_DATELINE = re.compile(
    r"^[A-Z][\w ,./'’-]{0,60}?\s*\(([A-Z][\w.&' -]{1,40})\)[ \w,.]{0,20}?\s*(?:-{1,2}|–|—)\s+\S")
_BRACKETED = re.compile(r"\(([A-Z][\w.&' -]{1,40})\)")


def _own_agency(doc: Any) -> str | None:
    """The agency in a report's own dateline when it is the report's own outlet (a wire's
    signature: "OSMARK, Lisvania, Oct 11 (Meridian)" in a Meridian Wire report, "VESKA (Solenne)
    1 Dec" in a Solenne Agency one), in the record's dateline or at the head of one of the body's
    first three paragraphs; None otherwise."""
    pub = _publisher(doc)
    if not pub:
        return None
    for name in _dateline_agencies(doc):
        if _is_own_name(name.strip(), pub):
            return name.strip()
    return None


def _dateline_agencies(doc: Any) -> list[str]:
    """The names in brackets of a report's dateline, in the record or at the head of one of the
    body's first six paragraphs with text (a wire's bullet summary may come before it)."""
    names = [m.group(1).strip() for m in _BRACKETED.finditer(_dateline(doc))]
    for para in [p for p in (getattr(doc, "body", "") or "").split("\n") if p.strip()][:6]:
        m = _BODY_DATELINE.match(para.strip())
        if m:
            names.append(m.group(1).strip())
    return names


def _is_own_name(name: str, pub: str) -> bool:
    """Is `name` the outlet `pub` by its name, its first word or its initials ("AVP" for Agence
    Varenne Presse)?"""
    first = re.sub(r"^The\s+", "", pub).split()[0] if pub.split() else ""
    if name == pub or (first and name.split()[0].lower() == first.lower()):
        return True
    initials = _initials(pub, least=1)
    # a hyphenated name gives each part's initial: "TCW" for Trans-Continental Wire
    parts = "".join(p[0] for w in pub.split() for p in w.split("-") if p[:1].isupper() and p.lower() not in _SMALL_WORDS)
    return len(name) >= 2 and name.isupper() and name in (initials, parts)


_SMALL_WORDS = {"the", "of", "and", "for", "de", "la", "le", "du", "des"}
# an outlet named as a wire: "Orbis Newswire", "Ostra News Agency", "Kestrel Press Agency",
# "Solenne Agency", "Norland News Service", "Halden Wire" (not "The Daily Wire", nor a public
# body named an agency: "Environment Agency", "Space Agency")
_WIRE_NAME = re.compile(r"\s(?:Newswire|News Agency|Press Agency|Wire Service|News Service|Wire|Agency)$")
_NOT_NEWS_AGENCY = re.compile(
    r"\b(?:Environment(?:al)?|Space|Protection|Health|Medicines?|Drugs?|Food|Intelligence|Security|Energy|Nuclear|"
    r"Revenue|Tax|Customs|Employment|Housing|Transport|Highways|Defen[cs]e|Emergency|Management|Development|"
    r"Investment|Insurance|Advertising|Marketing|Talent|Model(?:ling|ing)?|Travel|Standards|"
    r"Regulatory|Statistics|Statistical|Chemicals|Maritime|Aviation|Safety)\s+Agency$", re.I)


def _credits(target: Any, source: Any) -> bool:
    """Does the target credit the source's outlet (by its full or its short name, or its initials:
    "the grid operator VGO said"; not the initials of its own outlet in a version's masthead line,
    "TNS - TARN NEWS SERVICE")?"""
    same = bool(_outlet(target)) and _outlet(target) == _outlet(source)
    names = _names(source, initials=not same)
    if not names:
        return False
    texts = _texts(target)
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)")
    # in brackets, any case: "(kpa)" at the end of a radio station's rewrite of KPA
    bracket = re.compile(r"\(\s*(?:" + alt + r")\s*\)", re.I)
    return any(rx.search(t) or bracket.search(t) for t in texts)


# a credit to wire copy that names no wire: "From wire reports", "With agency reports", "Wire
# services contributed to this report", "(Agencies)"
_WIRE_CREDIT = re.compile(
    r"^\W*(?:(?:from|with|includes?|contains?|using|based on)\s+(?:material\s+from\s+)?(?:wire|news\s+agency|agency|agencies)"
    r"(?:\s+(?:reports?|services?|copy|material|dispatches))?|(?:wire\s+services?|wire\s+reports?|news\s+agencies|agencies)"
    r"\s+contributed\b.*|\(?agencies\)?|agency\s+material)\W*$", re.I)


def _texts(doc: Any) -> list[str]:
    """A report's body, then the lines the extractor removed, its byline and dateline."""
    art = getattr(getattr(doc, "record", None), "article", None)
    out = [getattr(doc, "body", "") or ""]
    if art is not None:
        out += list(getattr(art, "removed", None) or []) + [getattr(art, "byline", None) or "", getattr(art, "dateline", None) or ""]
    return out


def _wire_credit(doc: Any) -> bool:
    """Does the report say it took wire copy without naming the wire ("From wire reports")?"""
    for t in _texts(doc):
        for line in t.splitlines()[-8:] if t is getattr(doc, "body", None) else t.splitlines():
            if len(line) < 60 and _WIRE_CREDIT.match(line.strip()):
                return True
    return False


# a syndication line: the report is another outlet's story republished ("This story was originally
# published by the Vostria Daily Herald and is republished here ...", "This article first appeared
# in The Coastline Post", "Republished from Harbour Weekly with permission")
_SYNDICATED = re.compile(
    r"\b(?:(?:was\s+)?(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|in|on|at)|republished\s+(?:from|courtesy\s+of)"
    r"|(?:re)?printed\s+(?:from|courtesy\s+of))\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})")


# a syndication line that names no outlet: "(This story ... is auto-generated from a syndicated feed.)"
_SYNDICATED_FEED = re.compile(
    r"\b(?:from|via|through|by)\s+(?:a|the|our)\s+(?:news\s+)?syndicat(?:ed|ion)\s+(?:feed|service|partner)s?\b"
    r"|\bsyndicated\s+(?:feed|content|copy)\b", re.I)


def _republished_from(doc: Any) -> str | None:
    """The outlet a report says it republishes (its syndication line), "" where the line names none
    ("auto-generated from a syndicated feed"), or None."""
    unnamed = False
    for t in _texts(doc):
        m = _SYNDICATED.search(t)
        if m:
            return m.group(1).strip(" .")
        unnamed = unnamed or bool(_SYNDICATED_FEED.search(t))
    return "" if unnamed else None


def _names_outlet_of(name: str, doc: Any) -> bool:
    """Is `name` (as a syndication line writes it) the outlet of `doc`, by its name, short name or
    initials?"""
    low = re.sub(r"^the\s+", "", name.lower())
    for n in _names(doc):
        nl = re.sub(r"^the\s+", "", n.lower())
        if nl and (nl == low or re.search(r"(?<!\w)" + re.escape(nl) + r"(?!\w)", low)):
            return True
    return bool(_names(doc)) and _is_own_name(name, _names(doc)[0])


def _credited(target: Any, source: Any) -> bool:
    """The target credits the source: by its name, or by "From wire reports" when it is a wire."""
    return _credits(target, source) or (_is_wire(source) and _wire_credit(target))


# a press release: its own lines say so. Strong signs, one enough: a "PRESS RELEASE" line, "For
# immediate release", an embargo line; weak signs, two needed: a media contact, an "About
# <Company>" block, an end mark ("###", "-ends-"), "Forward-looking statements", "Investor
# Relations". An "About <Company>" block of the company whose domain the page is on is enough.
_RELEASE_STRONG = re.compile(
    r"^(?:(?:press|news|media|statistic(?:s|al))\s+release\b.{0,60}|for\s+immediate\s+release\b.{0,60}|embargoed\s+(?:until|till|to|for)\b.{0,80}"
    # the issuer's own header line ending so: "Members' bulletin 2026/31 - for immediate release"
    r"|[^.!?]{1,60}\s[-–—|:·]\s*for\s+immediate\s+release)$", re.I)
_RELEASE_WEAK = re.compile(
    r"^(?:(?:media|press|investor)\s+(?:contacts?|enquiries|inquiries|relations)\b.*|#{3}|-\s*ends\s*-|ends|"
    r"forward[- ]looking\s+statements?\b.*|notes?\s+to\s+editors?\b.*)$|\|\s*investor\s+relations\s*\|", re.I)
# an issuer's own header naming its releases or statements, among a page's first lines: "Meetings
# Coverage and Press Releases" (the UN's), "Press Statement", "Media Statements"
_RELEASE_HEAD = re.compile(r"^(?:[\w,&'’ ]{0,40}(?:\s|\s?[·|/–—:-]\s?))?(?:press|media)\s+(?:releases?|statements?)$", re.I)
# an issuer's statement by its own form, among a page's first lines: "Statement No. 214/2026", a
# title "Statement on a cluster of ..." / "Statement by the Minister ..."
_STATEMENT_HEAD = re.compile(r"^(?:(?:official|joint|public|press)\s+)?statement\s+(?:no\.?\s*\d|number\s+\d|(?:on|by|from|regarding|concerning)\b"
                             # "Statement to members and the media"
                             r"|to\s+(?:the\s+)?(?:members|media|press|shareholders|customers|staff)\b)"
                             # "News for members and media", "Members' bulletin": an organisation's own news
                             r"|^news\s+for\s+(?:our\s+)?members\b|^members['’]?\s+(?:news|bulletin|update)\b"
                             # a listed company's own announcements: "Regulatory announcement", "Stock exchange release"
                             # (with its date after a bar: "Regulatory announcement | 15 September 2026, 07:00")
                             r"|^(?:regulatory|stock\s+exchange|company|investor)\s+(?:announcement|release|news)s?"
                             r"(?:\s*[|·•:–—-]\s*[^|]{0,60}\d[^|]{0,30})?$", re.I)
# an issuer known by its publisher's name: a ministry, a department, an agency of government, a
# council or a municipality, a federation, a university, a company ("plc", "Group"); never an
# outlet named so ("Tavonia Daily Courier", "Harbour Line Agency", "Radio Kallet")
_ISSUER_NAME = re.compile(
    r"\b(?:Ministry|Ministries|Department|Municipality|Municipal|Council|Federation|University|Institute|Authority|Commission|"
    r"Government|Office|Statistics|Police|Prefecture|City\s+Hall|Town\s+Hall|Coast\s*[Gg]uard|Fire\s+(?:and\s+Rescue\s+)?(?:Service|Brigade)|"
    r"Presidency|Office\s+of\s+the\s+(?:President|Prime\s+Minister|Mayor)|Chancellery|Court|Tribunal|Prosecutor|Prosecution|"
    r"Customs|Board|Agency|(?:Prison|Ambulance|Emergency|Immigration|Meteorological|Weather|Health|Probation)\s+Service|"
    r"plc|PLC|Inc|Ltd|LTD|GmbH|AG|SE|NV|LLC|Corp(?:oration)?|"
    # a union, a guild, an association, a trust or a cooperative: "Pilots' Guild", "Dockworkers' Union"
    r"Union|Guild|Association|Society|Trust|Foundation|Co-?operative|Chamber|Confederation|Syndicate|"
    # a sports club by its name: "Harrowick Rovers FC", "Vessby Athletic Football Club"
    r"FC|AFC|SC|Football\s+Club|Sports?\s+Club|Rugby\s+Club)\b\.?")
_OUTLET_NAME = re.compile(
    r"\b(?:News|Press|Wire|Newswire|Times|Post|Herald|Radio|TV|Television|Daily|Gazette|Courier|Journal|Observer|Review|"
    r"Broadcasting|Media|Tribune|Chronicle|Ledger|Bulletin|Standard|Echo|Feed|Brief|Letter|Newsletter|Dispatch|Telegraph|"
    r"Sentinel|Monitor|Digest|Express|Mail|Record|Magazine|Weekly|Online|FM|AM)\b", re.I)
# an issuer's own press office by its name: "Aeromarev Press centre", "Media Office", "Newsroom"
_PRESS_OFFICE = re.compile(r"\b(?:press|media)\s+(?:centre|center|office|room)s?\b", re.I)
_ABOUT = re.compile(r"^About\s+((?:[A-Z0-9][\w&.'’-]*)(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|and|&|de|the)){0,5})\s*:?$")
_NOT_ISSUER = {"us", "the author", "the authors", "this story", "this article", "the reporter", "our journalism"}
_CORP_SUFFIX = re.compile(r"\b(?:plc|inc|ltd|llc|ag|sa|se|nv|gmbh|group|holdings?|corp(?:oration)?|co|company)\b\.?", re.I)


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _CORP_SUFFIX.sub("", name.lower()))


def _is_release(doc: Any) -> bool:
    """An issuer's own press release (the source of what outlets write from it, never a rewrite)."""
    lines = [ln.strip() for t in _texts(doc) + [getattr(doc, "title", "") or ""] for ln in t.splitlines() if ln.strip()]
    weak = 0
    host = re.sub(r"^www\d?\.", "", re.sub(r"^[a-z]+://", "", (getattr(doc, "url", None) or "").lower()).split("/")[0])
    host = host.rsplit(".", 1)[0] if "." in host else host
    pub = _squash(getattr(doc, "publisher", None) or "")
    art = getattr(getattr(doc, "record", None), "article", None)
    head = [ln.strip() for ln in list(getattr(art, "removed", None) or [])[:4]]
    head += [ln.strip() for ln in (getattr(doc, "body", "") or "").lstrip().split("\n")[:2]]
    head.append((getattr(doc, "title", None) or "").strip())
    if any(_RELEASE_HEAD.match(ln) for ln in head if ln):
        return True
    for ln in lines:
        if _RELEASE_STRONG.match(ln):
            return True
        if _RELEASE_WEAK.search(ln):
            weak += 1
            continue
        m = _ABOUT.match(ln)
        if m and m.group(1).lower() not in _NOT_ISSUER:
            issuer = _squash(m.group(1))
            if issuer and host and issuer == _squash(host.split(".")[-1]) and issuer != pub:
                return True
            weak += 1
    return weak >= 2


def _is_issuer(doc: Any) -> bool:
    """An issuer's own page, not an outlet's: a ministry's statement, a federation's release, a
    council's news page, a company's newsroom, by its publisher's name (a ministry, a council, a
    federation, a university, a government agency, a company) or by its statement form ("Statement
    No. 214/2026", "Statement on ..." at its head). A wire or an outlet named as one is none."""
    if _is_wire(doc):
        return False
    pub = (getattr(doc, "publisher", None) or "").strip()
    if pub and _PRESS_OFFICE.search(pub):
        return True  # "Aeromarev Press centre", "Halvik Media Office": an issuer's own press office
    if pub and _OUTLET_NAME.search(pub):
        return False
    if pub and (_ISSUER_NAME.search(pub) or _NOT_NEWS_AGENCY.search(pub)):
        return True
    art = getattr(getattr(doc, "record", None), "article", None)
    head = [ln.strip() for ln in list(getattr(art, "removed", None) or [])[:4]]
    head += [ln.strip() for ln in (getattr(doc, "body", "") or "").lstrip().split("\n")[:2]]
    head.append((getattr(doc, "title", None) or "").strip())
    return any(_STATEMENT_HEAD.match(ln) for ln in head if ln)


# the kind of issuer a rewrite names when it attributes the words to it: "the health ministry said",
# "according to the federation", "the municipality said in a statement"
_ISSUER_KIND = re.compile(
    r"\b(ministry|department|municipality|council|federation|university|authority|commission|government|police|"
    r"agency|institute|office|company|firm|club|union|airline|carrier|operator|airport|bank|insurer|retailer|utility|"
    r"brigade|centre|center|service|coastguard|regulator|directorate|inspectorate)\b", re.I)
_SAID = r"(?:said|says|announced|confirmed|reported|stated|added|told)"


def _issuer_credit(target: Any, issuer: Any) -> bool:
    """Does the target attribute words to the issuer by its kind ("the ministry said", "the health
    ministry said in a statement", "according to the federation")?"""
    kinds = {m.group(1).lower() for m in _ISSUER_KIND.finditer(getattr(issuer, "publisher", None) or "")}
    if not kinds:
        return False
    alt = "|".join(sorted(kinds))
    rx = re.compile(r"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}(?:" + alt + r")(?:'s)?\s+(?:(?:has|had)\s+)?" + _SAID
                    + r"|\baccording\s+to\s+the\s+(?:[\w'’-]+\s+){0,2}(?:" + alt + r")\b"
                    + r"|\b" + _SAID + r"\s+the\s+(?:[\w'’-]+\s+){0,2}(?:" + alt + r")\b", re.I)
    return bool(rx.search(getattr(target, "body", "") or ""))


def _covers_meeting(doc: Any) -> bool:
    art = getattr(getattr(doc, "record", None), "article", None)
    head = list(getattr(art, "removed", None) or [])[:4] + [getattr(doc, "title", None) or ""]
    return any(re.search(r"\bmeetings?\s+coverage\b", ln, re.I) for ln in head)


def _is_wire(doc: Any) -> bool:
    """A wire agency's report: a known agency, an outlet named as a wire ("Orbis Newswire",
    "Solenne Agency"), or a report whose dateline names its own outlet (by its name or its
    initials). A press release is none."""
    pub = _publisher(doc)
    if pub in WIRES or _own_agency(doc) is not None:
        return True
    return (bool(_WIRE_NAME.search(pub)) and not re.match(r"(?:The\s+)?Daily\s", pub)
            and not _NOT_NEWS_AGENCY.search(pub))


HEAD_DATE_LINES = 3  # of the body's first lines (and the lines the reader took off its head)


def _head_date(doc: Any, issued: bool = False) -> str | None:
    """The day an undated page gives at its head ("Issued 11 January 2027, 03:40, by ..."), as
    "2027-01-11", or None; `issued`: from a line that says when the page was issued, published,
    posted or released (no "Updated ..." line)."""
    art = getattr(getattr(doc, "record", None), "article", None)
    head = [ln.strip() for ln in list(getattr(art, "removed", None) or [])[:4]]
    head += [ln.strip() for ln in (getattr(doc, "body", "") or "").lstrip().split("\n")[:HEAD_DATE_LINES]]
    for ln in head:
        day = head_date(ln)
        if day and not (issued and re.match(r"(?:last\s+)?updated\b", ln, re.I)):
            return day
    return None


def _release_later(rel: Any, other: Any, pr: str | None, po: str | None) -> bool:
    """Was an undated release issued, by its own head line, on a later day than the other report
    ("Issued 11 January 2027, 03:40, by the Returning Officer" against a wire's partial count at
    23:50 the evening before)? Then it cannot be that report's source. A release's page date (its
    metadata) is never read so: it may be a later posting or update, and a company's release dated
    a day after its rewrite is still its source (tests/test_reuse_classes.py); nor is an
    "Updated ..." line."""
    if getattr(rel, "published", None) or not po:
        return False
    day = _head_date(rel, issued=True)
    return bool(day and day > po[:10])


def direction(a: Any, b: Any, flags: dict[int, tuple[bool, bool]] | None = None) -> tuple[Any, Any, bool]:
    """(source, target, credited) for two reports sharing wording. `flags`: (press release, wire)
    of each report by id(), when the caller has them."""
    fa = flags.get(id(a)) if flags else None
    fb = flags.get(id(b)) if flags else None
    ra, wa = fa if fa else (_is_release(a) or _is_issuer(a), _is_wire(a))
    rb, wb = fb if fb else (_is_release(b) or _is_issuer(b), _is_wire(b))
    pa, pb = a.published or _head_date(a), b.published or _head_date(b)
    if ra != rb and not _release_later(a if ra else b, b if ra else a, pa if ra else pb, pb if ra else pa):
        # a press release, or an issuer's own page (a ministry's statement, a federation's
        # release, a council's news page), is the source, whatever the dates say; a rewrite that
        # attributes the words to the issuer ("the ministry said") credits it
        src, tgt = (a, b) if ra else (b, a)
        return src, tgt, _credits(tgt, src) or _issuer_credit(tgt, src)
    ia, ib = published_instant(a), published_instant(b)
    if ia and ib and ia != ib and not _live(a) and not _live(b):
        # both pages give their clock with a zone: the earlier instant is the source, whatever
        # the credits say (a rewrite at 10:05 GMT of a wire's version at 09:15 GMT; a company's
        # post at 08:00 GMT copied at 13:25). Where only one page has a time, the rules below
        # decide (a day, a credit, a wire); so do they for a live blog, whose instant is that of
        # its first entry
        src, tgt = (a, b) if ia < ib else (b, a)
        return src, tgt, _credited(tgt, src)
    if pa and pb and pa[:10] != pb[:10] and days_apart(pa, pb) == 1:
        # a page that credits a wire ("Halyard contributed to this report", "— TCW, AEN") is its
        # taker, whatever a day's difference says: records keep the date, not the hour, and a
        # page's local date and a wire's GMT one can fall either side of midnight
        ca = wa and _credits(b, a) and _outlet(a) != _outlet(b)
        cb = wb and _credits(a, b) and _outlet(a) != _outlet(b)
        if ca != cb:
            return (a, b, True) if ca else (b, a, True)
    if pa and pb and pa[:10] != pb[:10]:
        src, tgt = (a, b) if pa[:10] < pb[:10] else (b, a)
        return src, tgt, _credited(tgt, src)
    if not pa and not pb:
        # neither report dated: the day its own dateline names ("BRENNHOLT, June 8 (BNS)"), where
        # both name one, a year taken as the same
        da, db = _dateline_day(a), _dateline_day(b)
        if da and db and da != db and abs(da[0] - db[0]) <= 6:
            src, tgt = (a, b) if da < db else (b, a)
            return src, tgt, _credited(tgt, src)
    oa = _outlet(a)
    if oa and oa == _outlet(b):
        va, vb = _version(a), _version(b)
        if va != vb:  # one outlet's versions of one story: "UPDATE 2-" after "UPDATE 1-" after the first
            src, tgt = (a, b) if va < vb else (b, a)
            return src, tgt, _credited(tgt, src)
    # (the other must be no outlet by its name: a wire's ", the company said on Thursday" after a
    # radio bulletin's sentence credits the company, not the station)
    ta, tb = _tails_other(a, b) and not _outlet_named(b), _tails_other(b, a) and not _outlet_named(a)
    if ta != tb:
        # one report's sentences are the other's with an issuer's attribution added at their end
        # ("..., the Ostrevian Statistics Office said on Friday."): the rewrite credits the
        # words to whoever put them out first, the other report
        src, tgt = (b, a) if ta else (a, b)
        return src, tgt, True
    sa, sb = _speaks_as_we(a), _speaks_as_we(b)
    if sa != sb:
        # one report speaks as "we" and "our" in its own words, the other does not: the issuer's
        # own text and its rewrite ("our control room detected" / "the operator's control room
        # detected"), whoever the other is (a wire, an undated page)
        src, tgt = (a, b) if sa else (b, a)
        return src, tgt, _credited(tgt, src) or _issuer_credit(tgt, src)
    ca, cb = _credits(b, a), _credits(a, b)  # b credits a / a credits b
    if ca != cb:
        return (a, b, True) if ca else (b, a, True)
    ga, gb = _wire_credit(b), _wire_credit(a)  # b / a says it took wire copy ("From wire reports")
    if ga != gb:
        return (a, b, wa) if ga else (b, a, wb)
    if wa != wb:
        return (a, b, False) if wa else (b, a, False)
    return a, b, False


# the issuer a tail names: "the Ostrevian Statistics Office", "the health ministry" (not "his office")
_THE_ISSUER = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,4}?" + _ISSUER_KIND.pattern, re.I)


@lru_cache(maxsize=2048)
def _tail_view(body: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the normal forms of a body's sentences of MIN_WORDS words or more that end on no
    attribution, those of its sentences read without an issuer's attribution at their end): what
    _tails_other compares, read once per body."""
    plain, cores = [], []
    for t in split(0, body):
        if t.core is None:
            if len(t.words) >= MIN_WORDS:
                plain.append(t.norm)
        elif len(t.core.words) >= MIN_WORDS:
            cut = _tail(t.text)
            if cut >= 0 and _THE_ISSUER.search(t.text[cut:]):
                cores.append(t.core.norm)
    return tuple(plain), tuple(cores)


def _outlet_named(doc: Any) -> bool:
    """Is a report's publisher an outlet by its name ("Radio Selmouth", "Meridian Trade Wire"), not an
    issuer's press office?"""
    pub = getattr(doc, "publisher", None) or ""
    return bool(_OUTLET_NAME.search(pub)) and not _PRESS_OFFICE.search(pub)


def _tails_other(x: Any, y: Any) -> bool:
    """Does report x give a sentence of report y word for word (QUOTE_IN_CONTEXT) with an
    attribution to an issuer added at its end (", the statistics office said on Friday.", "...,
    according to the ministry.")? The sentence must be y's own: y gives no such tail to it."""
    cores = _tail_view(getattr(x, "body", "") or "")[1]
    plain = _tail_view(getattr(y, "body", "") or "")[0] if cores else ()
    return any(fuzz.ratio(c, n) >= QUOTE_IN_CONTEXT for c in cores for n in plain)


FIRST_PERSON_LEAST = 2  # "we" or "our" outside quotations, in a report's first FIRST_PERSON_CHARS
FIRST_PERSON_CHARS = 2000
_WE = re.compile(r"\b(?:we|our|ours|ourselves)\b(?!['’](?:ll|d)\b)", re.I)
# an outlet speaking of itself: "our reporter", "our live coverage", "we will bring you"
_OUTLET_WE = re.compile(r"\bour\s+(?:own\s+)?(?:reporters?|correspondents?|coverage|live|readers|viewers|listeners|newsroom|"
                        r"journalists?|team\s+on\s+the\s+ground)\b|\bwe\s+(?:will|shall)\s+(?:bring|keep|update)\s+you\b", re.I)


def _speaks_as_we(doc: Any) -> bool:
    """Does a report speak as "we" in its own words (FIRST_PERSON_LEAST times or more outside
    quotations, "we'll have more at six" not counted): an issuer's own text, not an outlet's?"""
    if _live(doc) or _outlet_named(doc):
        return False  # (a live blog's "we pause our live coverage", an outlet's own voice)
    body = _OUTLET_WE.sub(" ", QUOTED.sub(" ", (getattr(doc, "body", "") or "")[:FIRST_PERSON_CHARS]))
    found = [m.group(0).lower() for m in _WE.finditer(body)]
    return len(found) >= FIRST_PERSON_LEAST and "we" in found


_LIVE_TITLE = re.compile(r"^\W*live\b|\blive\s*(?:updates?|blog|coverage)\b|\blatest\s+updates\b", re.I)
_CLOCK_LINE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?$", re.I)


def _live(doc: Any) -> bool:
    """A live blog: its title says so ("LIVE: ...", "... - latest updates") or its entries are
    stamped with clock lines (three or more): its publication instant is its first entry's, and
    its later entries may take from reports published after it."""
    if _LIVE_TITLE.search(getattr(doc, "title", "") or ""):
        return True
    art = getattr(getattr(doc, "record", None), "article", None)
    lines = list(getattr(art, "removed", None) or []) + (getattr(doc, "body", "") or "").split("\n")
    return sum(1 for ln in lines if _CLOCK_LINE.match(ln.strip())) >= 3


def _carries_edits(cur: tuple, alt: tuple) -> bool:
    """Is a target sentence, matched to `cur` (first hand: a wire, a release, a credited source)
    and to `alt` (the report `cur` took that sentence from), a near copy of `cur` and much closer to
    it than to `alt`: does it carry `cur`'s own edits?"""
    return bool(cur[0]) and cur[1] >= QUOTE_IN_CONTEXT and cur[1] >= alt[1] + CHAIN_MARGIN


_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_DAY_MONTH = re.compile(r"\b(?:(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?|([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}))\b")


def _dateline_day(doc: Any) -> tuple[int, int] | None:
    """(month, day) that a report's dateline names ("BRENNHOLT, June 8 (BNS)", "Dorsel, 3 Dec"),
    or None."""
    for m in _DAY_MONTH.finditer(_dateline(doc)):
        day, mon = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        k = _MONTHS.get(mon.lower())
        if k and 1 <= int(day) <= 31:
            return k, int(day)
    return None


# a wire's later version of a story: "UPDATE 2-Gallovia train derailment ...", "UPDATE 1: ...", and
# its "(Adds new toll, minister's comments)" line at the head of the body
_UPDATE = re.compile(r"^\W*(?:UPDATE|REFILE-UPDATE|CORRECTED-UPDATE)\s+(\d{1,2})\s*[-:–—]")
# the same as a field of a wire's header line: "DOMESTIC | 08/06/2026 04:40 | FINAL RESULT | Update 4"
_UPDATE_FIELD = re.compile(r"(?:^|\|)\s*(?:update|upd\.?)\s+(\d{1,2})\s*(?:\||$)", re.I)
_ADDS = re.compile(r"^\((?:Adds|Updates|Recasts|Rewrites|Changes|Corrects|Writes through|Updates throughout)\b[^)]{0,200}\)$", re.I)


def _version(doc: Any) -> int:
    """Which version of one outlet's story a report is: n for "UPDATE n-" in its title (or a line
    the extractor removed; or "Update n" as a field of a header line: "DOMESTIC | 08/06/2026 04:40
    | FINAL RESULT | Update 4"), 1 for a report that opens with an "(Adds ...)" line and gives no
    number, 0 for the first."""
    art = getattr(getattr(doc, "record", None), "article", None)
    for line in [getattr(doc, "title", "") or ""] + list(getattr(art, "removed", None) or [])[:4]:
        m = _UPDATE.match(line.strip())
        if m:
            return int(m.group(1))
        m = _UPDATE_FIELD.search(line.strip()) if "|" in line else None
        if m:
            return int(m.group(1))
    # (the extractor takes the advisory off the head of the story; older records keep it there)
    head = [ln.strip() for ln in (getattr(doc, "body", "") or "").lstrip().split("\n")[:3] if ln.strip()]
    head += [ln.strip() for ln in list(getattr(art, "removed", None) or [])[:6]]
    return 1 if any(_ADDS.match(ln) for ln in head) else 0


PASSIVE_EXTRA = 3  # words a sentence made passive may add: "were", "by", "said"
_PASSIVE_WORDS = frozenset(("was", "were", "is", "are", "been", "be", "being", "by", "said", "says", "say", "told",
                            "according", "to", "reported"))


def _match(t: Sentence, s: Sentence, frames: bool = True) -> float:
    """Similarity of a target and a source sentence (0 when not reuse); `frames=False` leaves out
    the test of a quoting sentence's own words. A target that ends on an attribution the source
    sentence lacks (", police said.", ", it said in a statement.", "..., the carmaker said on
    Wednesday.") is read without it too: the rewrite credits the words, they are still the
    source's (the statement it names is that sentence, no third party's)."""
    r = _match_one(t, s, frames)
    if t.core is not None and s.core is None and not s.statement and s.frame is None:
        # (read without its attribution, a near copy: two outlets' own leads, each ending on
        # "..., the operator said", are not brought together by it)
        c = _match_one(t.core, s, frames)
        if c >= QUOTE_IN_CONTEXT:
            r = max(r, c)
    return r


def _match_one(t: Sentence, s: Sentence, frames: bool = True) -> float:
    if len(t.words) < MIN_WORDS or len(s.words) < MIN_WORDS // 2:
        return 0.0
    sw = set(s.words)
    share = sum(1 for w in t.words if w in sw) / len(t.words)
    if share < MIN_WORD_SHARE:
        return 0.0
    # edit similarity, or the same on sorted words where clauses were swapped round (only for
    # sentences of nearly the same words: sorting makes two paraphrases look alike too)
    r = fuzz.ratio(t.norm, s.norm)
    if r < MIN_RATIO and share >= SWAP_WORD_SHARE:
        r = fuzz.token_sort_ratio(t.norm, s.norm)
    if (r < MIN_RATIO and len(t.words) >= DROP_MIN_WORDS and len(s.words) <= DROP_MAX_LONGER * len(t.words)
            and LCSseq.similarity(t.words, s.words) >= DROP_COVER * len(t.words)):
        # a clause dropped: the target's words, nearly all, in the source's order
        r = MIN_RATIO
    if r < MIN_RATIO and len(s.words) >= MIN_WORDS:
        # an active sentence made passive ("Rescuers evacuated about 120 people from ..." / "About
        # 120 people were evacuated from ..., rescuers said"): all but a tenth of the source's
        # words in the target, which adds nothing but an auxiliary, "by" or an attribution verb
        extra = [w for w in t.words if w not in sw]
        tw = set(t.words)
        if (len(extra) <= PASSIVE_EXTRA and set(extra) <= _PASSIVE_WORDS
                and sum(1 for w in s.words if w in tw) >= DROP_COVER * len(s.words)):
            r = fuzz.token_sort_ratio(" ".join(w for w in t.words if w in sw), " ".join(s.words))
    if r < MIN_RATIO:
        return 0.0
    if r < QUOTE_IN_CONTEXT and _other_day(t, s):
        # one formula, another day's event: "X, the former head of Y, was charged on Monday with
        # ..." / "... was sentenced on Wednesday to five years ...": not small edits of one passage
        return 0.0
    if frames and (t.frame is not None or s.frame is not None):
        # a sentence that quotes someone must match on its own words too: two outlets quoting one
        # minister, each naming the minister the usual way, have not copied each other
        ft = t.frame if t.frame is not None else t.norm
        fs = s.frame if s.frame is not None else s.norm
        if len(words(ft)) < MIN_UNQUOTED_WORDS or fuzz.ratio(ft, fs) < MIN_FRAME_RATIO:
            return 0.0
    return r


_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _other_day(t: Sentence, s: Sentence) -> bool:
    """Do the two sentences name different days, each a weekday the other does not name (a new
    event told in the old words), rather than one of them naming none ("this afternoon")?"""
    dt, ds = _WEEKDAYS.intersection(t.words), _WEEKDAYS.intersection(s.words)
    return bool(dt - ds) and bool(ds - dt)


def _figures(w: list[str]) -> set[str]:
    return {x for x in w if any(c.isdigit() for c in x)}


def _refilled(s: Sentence, t: Sentence) -> bool:
    """Do two sentences of one template differ in their figures (each has one the other lacks)?"""
    fs, ft = _figures(s.words), _figures(t.words)
    return bool(fs - ft) and bool(ft - fs)


def _same_quotation(t: Sentence, s: Sentence) -> bool:
    """Does the target quote the source's quotation, whole or with a clause dropped, and name the
    speaker with the source's words? Nearly all (DROP_COVER) of its quoted words, MIN_WORDS or
    more, in the source's quotation in their order, and MIN_WORD_SHARE of all its words in the
    source sentence. Good only beside other sentences taken from the same source."""
    if len(t.quoted) < MIN_WORDS or not s.quoted or t.statement or s.statement:
        return False
    if LCSseq.similarity(t.quoted, s.quoted) < DROP_COVER * len(t.quoted):
        return False
    sw = set(s.words)
    return sum(1 for w in t.words if w in sw) >= MIN_WORD_SHARE * len(t.words)


def _quote_reworded(t: Sentence, s: Sentence) -> bool:
    """Do the two sentences quote one quotation worded differently ("can move quickly" / "can move
    fast", "the trust that older customers place" / "the trust older customers place", "we will
    never compromise" / "we never compromise")? Their quoted words have much in common (half the
    shorter's, MIN_QUOTE_WORDS or more), but not in one unbroken run: a word changed, added or
    dropped inside. Each outlet recorded (or tidied) the speaker's words its own way: a third
    party's words, no wording taken from the other outlet, even beside sentences it takes."""
    if not (t.quoted and s.quoted):
        return False
    # the sentences' own quoted words, then the whole quotations they are part of (a quotation
    # of two sentences reworded in its first, the second the same in both, is still one reworded)
    for tq, sq in ((t.quoted, s.quoted), (t.quotation, s.quotation)):
        common = LCSseq.similarity(tq, sq)
        if common < MIN_QUOTE_WORDS or common < 0.5 * min(len(tq), len(sq)) or _longest_run(tq, sq) == common:
            continue
        if common < min(len(tq), len(sq)):
            return True  # a word changed or added on each side ("quickly" / "fast")
        # one is the other with words left out: a clause cut (CUT_MIN_WORDS or more, "ran a red light,
        # [and we think he had been looking at his phone ...,] but we will know more") keeps the
        # speaker's wording; a word or two dropped inside ("we [will] never", "the trust [that]") does not
        short, long_ = (tq, sq) if len(tq) <= len(sq) else (sq, tq)
        blocks = [b for b in SequenceMatcher(None, short, long_, autojunk=False).get_matching_blocks() if b.size]
        if any(n.b - (p.b + p.size) < CUT_MIN_WORDS for p, n in zip(blocks, blocks[1:])):
            return True
    return False


CUT_MIN_WORDS = 3  # words left out of a quotation inside it: fewer is a rewording, this many a cut


def _frames_alike(t: Sentence, s: Sentence) -> bool:
    """Do two sentences match on their own words, outside quotations, speaker and cue
    (MIN_UNQUOTED_WORDS or more, MIN_FRAME_RATIO alike)? A copied sentence holding a short quotation."""
    ft = t.frame if t.frame is not None else t.norm
    fs = s.frame if s.frame is not None else s.norm
    return len(words(ft)) >= MIN_UNQUOTED_WORDS and fuzz.ratio(ft, fs) >= MIN_FRAME_RATIO


# words said to the press, there for every outlet to record: "told reporters", "told a news
# conference", "said at a press briefing", "speaking to journalists"
_TO_PRESS = re.compile(
    r"\b(?:told|telling|tells|briefed|briefing)\s+(?:the\s+)?(?:reporters|journalists|press|media)\b"
    r"|\b(?:told|telling|tells|at|during|in|after)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+)?(?:news|press|media)\s+"
    r"(?:conference|briefing)\b|\b(?:speaking|spoke|talking|talked)\s+to\s+(?:reporters|journalists|the\s+press|the\s+media)\b", re.I)


def _to_press(s: Sentence) -> bool:
    """Does the sentence say its quotation was spoken to the press ("told reporters", "at a news
    conference")? Then every outlet there could record it: a rewrite quoting it with the
    attribution reworded has not shown it took the words from the other outlet."""
    return bool(s.quoted) and bool(_TO_PRESS.search(s.text))


def _press_quote(t: Sentence, s: Sentence) -> bool:
    """A quotation said to the press (either sentence says so) whose attribution the target
    words its own way (the two frames, outside the quotation, under MIN_FRAME_RATIO alike)."""
    if not (t.quoted and s.quoted) or not (_to_press(s) or _to_press(t)):
        return False
    ft = t.frame if t.frame is not None else t.norm
    fs = s.frame if s.frame is not None else s.norm
    return fuzz.ratio(ft, fs) < MIN_FRAME_RATIO


CUT_COPY_MIN_WORDS = 12  # a sentence copied word for word but for one clause cut: this long


def _cut_copy(t: Sentence, s: Sentence) -> bool:
    """Is the target the source sentence word for word with one run of words cut ("... at the end
    of October, up from 8,876 a year earlier." / "... at the end of October."), CUT_COPY_MIN_WORDS
    words or more? Then it is the source's wording, even where it reports a third party's
    words (a report's finding): rewording each outlet's own way keeps no such run."""
    tw, sw = t.words, s.words
    if len(tw) < CUT_COPY_MIN_WORDS or len(sw) <= len(tw):
        return False
    head = 0
    while head < len(tw) and tw[head] == sw[head]:
        head += 1
    tail = 0
    while tail < len(tw) - head and tw[-1 - tail] == sw[-1 - tail]:
        tail += 1
    return head + tail == len(tw)


LONE_MAX_WORDS = 20  # a sentence this short, alone, reworded, with no run of DROP_MIN_WORDS words in common


def _lone_rewording(s: Sentence, t: Sentence, r: float) -> bool:
    """Is the target sentence short (under LONE_MAX_WORDS words), no near copy of the source's
    (ratio under QUOTE_IN_CONTEXT) and without a run of DROP_MIN_WORDS words in common with it?
    Alone, that is how two reports word one fact (a deal's terms, a share price), not a passage
    taken; beside other sentences taken, or from a release or a credited source, it is an edit."""
    if len(t.words) >= LONE_MAX_WORDS or r >= QUOTE_IN_CONTEXT:
        return False
    return _longest_run(s.words, t.words) < DROP_MIN_WORDS


def _longest_run(a: list[str], b: list[str]) -> int:
    """The longest run of words found in both a and b, in order and unbroken."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def _whole_in(part: list[str], ws: list[str]) -> bool:
    """Is the sentence of words `part` (DROP_MIN_WORDS or more) a run of the words `ws`?"""
    n = len(part)
    return n >= DROP_MIN_WORDS and any(ws[k:k + n] == part for k in range(len(ws) - n + 1))


def _short_clause(t: Sentence, s: Sentence) -> bool:
    """Weaker evidence of a dropped clause, good only beside other sentences taken from the same
    source: a short target ("Fessel conceded defeat shortly after midnight.") that is nearly all
    of a longer source sentence's words in their order ("... and said he would stay on ...")."""
    if len(t.words) < MIN_WORDS or len(s.words) > SHORT_MAX_LONGER * len(t.words) or t.frame is not None:
        return False
    return LCSseq.similarity(t.words, s.words) >= SHORT_COVER * len(t.words)


def _added_clause(t: Sentence, s: Sentence) -> bool:
    """A target that keeps a source sentence's words, nearly all in their order (DROP_COVER of
    DROP_MIN_WORDS or more), up to a comma, and adds a clause of its own after it ("... in the Harnen
    coalfield, where the Chronicle spoke to workers ..."). Good only beside other sentences taken."""
    if t.frame is not None or s.frame is not None:
        return False
    for m in re.finditer(r",", t.text):
        head = words(t.text[:m.start()])
        if len(head) < DROP_MIN_WORDS or len(s.words) > DROP_MAX_LONGER * len(head):
            continue
        if LCSseq.similarity(head, s.words) >= DROP_COVER * len(head) and len(head) >= 0.5 * len(t.words):
            return True
    return False


REWORD_SHARE = 0.75  # of a recast sentence's words in the source, a changed figure counted as found


def _reworded(t: Sentence, s: Sentence) -> bool:
    """A sentence recast with a figure changed ("Harlow Foods announced Wednesday it will shut its
    Brennick canning plant ..., eliminating 460 jobs." / "... will close its canning plant in
    Brennick ..., eliminating 640 jobs ..., the company said Wednesday."): most of its words
    (REWORD_SHARE, a figure the source has in another form counted) in the source, and its sorted
    words as like the source's as MIN_RATIO. Good only beside other sentences taken."""
    if len(t.words) < DROP_MIN_WORDS or t.frame is not None or s.frame is not None:
        return False
    sw = set(s.words)
    spare = len(_figures(s.words) - _figures(t.words))
    found = 0
    for w in t.words:
        if w in sw:
            found += 1
        elif spare and any(c.isdigit() for c in w):
            found += 1
            spare -= 1
    return found >= REWORD_SHARE * len(t.words) and fuzz.token_sort_ratio(t.norm, s.norm) >= MIN_RATIO


_FIGURE_WORDS = frozenset(
    "per cent percent pct rs crore crores lakh lakhs million millions billion billions bn mn trillion euros euro "
    "dollars dollar pounds rupees yen points tonnes from to by of the a an in at on and its their was were is are "
    "up down year quarter".split())


def _figure_line(t: Sentence) -> bool:
    """A short line stating figures in the standard form ("Revenue from operations rose 14 per cent
    to Rs 12,400 crore."): two figures or more and four words at most besides them, their units and
    small words. Written alike by anyone reporting the same filing."""
    if len(t.words) > 14 or t.frame is not None or len(_figures(t.words)) < 2:
        return False
    own = [w for w in t.words if not any(c.isdigit() for c in w) and w not in _FIGURE_WORDS and len(w) >= 3]
    return len(own) <= 4


@dataclass
class Reuse:
    source: Any
    target: Any
    credited: bool
    pairs: list[tuple[tuple[int, int], tuple[int, int]]]  # ((source start, end), (target start, end))
    share: float

    def to_json(self) -> dict[str, Any]:
        sb, tb = self.source.body, self.target.body
        return {
            "source": self.source.name,
            "target": self.target.name,
            "source_id": self.source.id,
            "target_id": self.target.id,
            "share": round(self.share, 3),
            "credited": self.credited,
            "pairs": [
                {"source_span": {"start": s0, "end": s1, "text": sb[s0:s1]},
                 "target_span": {"start": t0, "end": t1, "text": tb[t0:t1]}}
                for (s0, s1), (t0, t1) in self.pairs
            ],
        }


def find(docs: list[Any], boilerplate: set[str] | None = None, similarity: Any = None) -> list[Reuse]:
    """The reuse between the reports of one story (`docs`: corpus.stories.Doc)."""
    if boilerplate is None:
        boilerplate = set()  # (a Boilerplate with shingles and no whole sentence is empty, not None)
    n = len(docs)
    if n < 2:
        return []
    sents = [split(i, d.body, getattr(d, "record", None)) for i, d in enumerate(docs)]
    # which report is the source of which: decided per pair, before matching
    best: dict[tuple[int, int], list[tuple[Sentence, Sentence, float]]] = defaultdict(list)
    # index of every report's trigrams
    index: dict[tuple[str, str, str], set[tuple[int, int]]] = defaultdict(set)
    boiler = {(i, s.idx) for i, ss in enumerate(sents) for s in ss if _is_boilerplate(s, boilerplate)}
    boiler |= _furniture(sents, [d.body for d in docs])
    boiler |= {(i, j) for i, ss in enumerate(sents) for j in _staff_credit(ss, docs[i].body)}
    for i, ss in enumerate(sents):
        for s in ss:
            if (i, s.idx) in boiler:
                continue
            for g in s.grams:
                index[g].add((i, s.idx))
    dirs: dict[tuple[int, int], tuple[int, int, bool]] = {}
    # a source the target credits, a wire or a press release (the target being none) comes first:
    # a sentence that both a wire and another rewrite of it match goes to the wire, however close
    # the rewrite is, since two outlets that made one edit ("kilometres" to "kilometers") each
    # took it from the wire
    wire = [_is_wire(d) for d in docs]
    # (an issuer's own page counts as its release: a ministry's statement, a council's news page)
    press = [_is_release(d) for d in docs]
    release = [press[i] or _is_issuer(d) for i, d in enumerate(docs)]
    flags = {id(d): (release[i], wire[i]) for i, d in enumerate(docs)}
    syndicated = [_republished_from(d) for d in docs]
    outlets = [_outlet(d) for d in docs]
    # a release that covers a meeting ("Meetings Coverage and Press Releases"): what the speakers
    # said there, in public, is theirs, not the issuer's words given out to be taken
    coverage = [release[i] and _covers_meeting(d) for i, d in enumerate(docs)]

    def pair_dir(i: int, j: int) -> tuple[int, int, bool]:
        key = (min(i, j), max(i, j))
        if key not in dirs:
            a, b = docs[key[0]], docs[key[1]]
            src, tgt, cred = direction(a, b, flags)
            dirs[key] = (key[0], key[1], cred) if src is a else (key[1], key[0], cred)
        return dirs[key]

    allowed: dict[int, set[int]] | None = None
    if similarity is not None and n > MAX_SOURCES + 1:
        allowed = {}
        for i in range(n):
            ranked = sorted((j for j in range(n) if j != i), key=lambda j: -similarity(docs[i], docs[j]))
            allowed[i] = set(ranked[:MAX_SOURCES])

    quoting: list[tuple[int, int, Sentence, Sentence, float]] = []
    weak: set[tuple[int, int, int]] = set()  # (source, target, target sentence): a cut quotation, a clause added
    joined_whole: set[tuple[int, int, int]] = set()  # the same: two source sentences joined, one kept whole
    # each target sentence's candidate sources, best first: (first hand, ratio, order, report, sentence)
    options: dict[tuple[int, int], list[tuple[int, float, float, int, Sentence]]] = {}
    for ti, ts in enumerate(sents):
        for t in ts:
            if (ti, t.idx) in boiler or len(t.words) < MIN_WORDS:
                continue
            hits: dict[tuple[int, int], int] = defaultdict(int)
            for g in t.grams:
                for key in index.get(g, ()):
                    if key[0] != ti:
                        hits[key] += 1
            cands = []
            for (si, sidx), k in hits.items():
                if k < 2 or (allowed is not None and si not in allowed[ti]):
                    continue
                src, tgt, cred = pair_dir(ti, si)
                if tgt != ti:
                    continue  # that report is the later one: it is its target, not its source
                s = sents[si][sidx]
                if _quote_reworded(t, s) and not _frames_alike(t, s):
                    # a third party's quotation worded differently by the two outlets: not the
                    # other outlet's wording, not even beside sentences taken from it (nor a
                    # release's: its quotation is given out to be taken as it stands)
                    continue
                r = _match(t, s)
                nq, nc = len(quoting), len(cands)
                # a credit from another outlet (a version names its own outlet in its dateline)
                cred_other = cred and outlets[si] != outlets[ti]
                if release[si] and not release[ti] and not coverage[si] and (s.reported or s.quoted):
                    # what a press release says its company announced is the issuer's own wording,
                    # given out to be taken: a rewrite that retells "X today announced that it has
                    # agreed to ..." takes the release's wording, whatever else it takes. Its
                    # quotations are its speakers' words: an outlet that prints the minister's or the
                    # chief executive's quotation from it (whole, or a sentence of it, the attribution
                    # its own) quotes the speaker as any outlet would, which is no reuse by itself;
                    # part of a passage taken anyway (the blind corpora invented44-61 mark them so)
                    if (r == 0 and not s.statement and s.quoted
                            and LCSseq.similarity(t.quoted, s.quoted) >= DROP_COVER * len(s.quoted)):
                        # (the release's quotation taken whole, not a phrase of it worked into
                        # the outlet's own sentence: 'Varga said the firm was simplifying "so that ..."')
                        q = _match(t, s, frames=False)
                        r = q if q > 0 else (MIN_RATIO if _same_quotation(t, s) else 0.0)
                    if r > 0 and s.quoted:
                        quoting.append((si, ti, s, t, r))
                        continue
                    if r > 0:
                        cands.append((1, r, -_order_key(docs[si]), si, s))
                        continue
                if r > 0 and t.reported and s.reported and r < QUOTE_IN_CONTEXT and not cred_other \
                        and not _cut_copy(t, s):
                    # a third party's words reported in each outlet's own way ("Hayes says that
                    # when he took the post ..." / "Hayes said when he took over ..."): like a
                    # quotation, no evidence by itself, part of a passage taken anyway
                    quoting.append((si, ti, s, t, r))
                elif r > 0 and _figure_line(t) and not cred_other:
                    # a results line in the standard form ("Revenue rose 14 per cent to Rs 12,400
                    # crore."), written alike by anyone reporting the filing: no evidence by itself
                    quoting.append((si, ti, s, t, r))
                elif r > 0:
                    if syndicated[ti] is not None:
                        # a republication is the named outlet's copy: its sentences go to that outlet,
                        # not to the wire behind it (the report it takes the most from, where the
                        # named outlet is not known by name among the reports, or the syndication
                        # line names none: "auto-generated from a syndicated feed")
                        first_hand = int(bool(syndicated[ti]) and _names_outlet_of(syndicated[ti], docs[si]))
                    else:
                        first_hand = int(cred or (wire[si] and not wire[ti]) or (release[si] and not release[ti]))
                    cands.append((first_hand, r, -_order_key(docs[si]), si, s))
                elif r == 0 and (t.frame is not None or s.frame is not None):
                    q = _match(t, s, frames=False)
                    if q > 0 and cred_other and (t.statement or s.statement) and not (t.quoted or s.quoted):
                        # a statement's words retold in a sentence of a source the target credits
                        # ("...; Korvel said in a statement that it was cooperating ..." / "..., and
                        # Korvel said it was cooperating ...", the page signed "— TCW, AEN"): the
                        # credit says whose sentence it is
                        cands.append((1, q, -_order_key(docs[si]), si, s))
                        continue
                    if _press_quote(t, s):
                        # words said to the press ("... ill," the director told reporters / said the
                        # director), quoted with the attribution reworded: every outlet there could
                        # record them, so they are no part of a passage taken anyway
                        pass
                    # a quotation must be copied word for word to count among the sentences
                    # taken anyway; a written statement reworded as a rewrite rewords the rest
                    elif q >= (MIN_RATIO if t.statement or s.statement else QUOTE_IN_CONTEXT):
                        quoting.append((si, ti, s, t, q))
                    elif _same_quotation(t, s):
                        # the source's quotation, cut or with its attribution reworded ("...,"
                        # said Orsa Mayor Britt Sallen / said Orsa's mayor, Britt Sallen, who ...):
                        # no evidence by itself, part of a passage taken anyway
                        quoting.append((si, ti, s, t, MIN_RATIO))
                        weak.add((si, ti, t.idx))
                elif r == 0 and _short_clause(t, s):
                    quoting.append((si, ti, s, t, MIN_RATIO))
                elif r == 0 and (_added_clause(t, s) or _reworded(t, s)):
                    # a clause added at the end ("..., where the Chronicle spoke to workers ..."), or
                    # a lead recast with a figure changed ("announced Wednesday it will shut ...,
                    # eliminating 460 jobs"): part of a passage taken anyway
                    quoting.append((si, ti, s, t, MIN_RATIO))
                    weak.add((si, ti, t.idx))
                if r == 0 and len(quoting) == nq and len(cands) == nc and sidx + 1 < len(sents[si]) \
                        and (si, sidx + 1) not in boiler:
                    # two of the source's sentences joined into one ("... have died. Nine patients
                    # remain in hospital ..." / "... have died, and nine remain in hospital ..., the
                    # ministry said in a statement"): matched against the two together, part of a
                    # passage taken anyway
                    nxt = sents[si][sidx + 1]
                    if len(t.words) > max(len(s.words), len(nxt.words)) * MERGED_LONGER or _holds_both(t, s, nxt):
                        j = _joined(s, nxt)
                        q = 0.0 if _quote_reworded(t, j) and not _frames_alike(t, j) else _match(t, j, frames=False)
                        if q > 0:
                            quoting.append((si, ti, j, t, q))
                            if not (t.quoted or s.quoted or nxt.quoted) and \
                                    (_whole_in(s.words, t.words) or _whole_in(nxt.words, t.words)):
                                # one of the two taken whole, word for word ("The sample was
                                # collected ... on 14 May, and the analysis of the B sample confirmed
                                # the result of the A sample."): beside one sentence taken anyway
                                joined_whole.add((si, ti, t.idx))
            if not cands:
                continue
            options[(ti, t.idx)] = cands
    # each sentence goes to the report the target takes the most sentences from, among those it
    # matches (first hand before any other): a page pasted from a wire's second version is tied to
    # that version, not to the first one whose paragraphs the second kept; two rewrites of one
    # wire (a live blog's entry, a paper's article) are each tied to the wire, not to each other,
    # even where the paper made the blog's edits; a markets site rewriting a wire that took one
    # line from a company's release is tied to the wire for that line too
    cover: dict[tuple[int, int], int] = defaultdict(int)  # (target, source) -> target sentences matched
    for (ti, _), cands in options.items():
        for si in {c[3] for c in cands}:
            cover[(ti, si)] += 1
    chosen = {}
    for key, cands in options.items():
        chosen[key] = max(cands, key=lambda c: (c[0], cover[(key[0], c[3])], c[1], c[2]))
    # and where that source took the sentence from a third report that the sentence matches too,
    # one the target takes as much from, to that report (a live blog's one entry, closer to a
    # paper's rewrite of the wire than to the wire, goes to the wire)
    for _ in range(n):
        changed = False
        for key, cands in options.items():
            cur = chosen[key]
            up = chosen.get((cur[3], cur[4].idx))
            if up is None or up[3] == key[0]:
                continue
            alt = next((c for c in cands if c[3] == up[3] and c[4].idx == up[4].idx), None)
            if alt is not None and _carries_edits(cur, alt):
                # the target carries the first-hand source's own edits of the report it took the
                # sentence from (a paper pasting an agency's rewrite of a university's release:
                # "2.1 percent ... against 3.0 percent" for the release's "2.1% ... compared with
                # 3.0%"): that source is its direct one, not the report behind it
                continue
            if alt is not None and alt[0] >= cur[0] and cover[(key[0], alt[3])] >= cover[(key[0], cur[3])]:
                chosen[key] = alt
                changed = True
        if not changed:
            break
    # a target that carries a first-hand source's own edits of the report behind it took that
    # source's copy: its other sentences matching both go to that source too, where they are as
    # close to it (the agency's lead and background, not the release's)
    carried = set()
    for key, cur in chosen.items():
        up = chosen.get((cur[3], cur[4].idx))
        alt = next((c for c in options[key] if up is not None and c[3] == up[3] and c[4].idx == up[4].idx), None)
        if alt is not None and _carries_edits(cur, alt):
            carried.add((key[0], cur[3]))
    for key, cur in list(chosen.items()):
        for c in options[key]:
            if (key[0], c[3]) in carried and c[3] != cur[3] and c[0] >= cur[0] and c[1] >= cur[1] \
                    and (chosen.get((c[3], c[4].idx)) or (None,) * 4)[3] == cur[3]:
                chosen[key] = c
                break
    for (ti, tidx), (_, r, _, si, s) in chosen.items():
        best[(si, ti)].append((s, sents[ti][tidx], r))
    # a quotation copied with its frame, word for word ("... ," said Lena Barro, chief executive of
    # ...), a written statement's sentence, or a short sentence that keeps only the head of a longer
    # one, among sentences the target takes from that source anyway: part of the copied passage
    taken = {(ti, t.idx) for (_, ti), ms in best.items() for _, t, _ in ms}
    for si, ti, s, t, q in sorted(quoting, key=lambda x: -x[4]):
        need = MIN_CONTEXT - 1 if (si, ti, t.idx) in joined_whole else MIN_CONTEXT
        if len(best.get((si, ti), ())) >= need and (ti, t.idx) not in taken:
            best[(si, ti)].append((s, t, q))
            taken.add((ti, t.idx))
    # a sentence taken anyway with two or more cut quotations or trimmed sentences of the same source
    # beside it (the lead, then the minister's two quotations cut short, "Brask told lawmakers"):
    # one passage taken and cut, each piece the other's context
    for (si, ti) in {(a, b) for a, b, _ in weak}:
        pieces = {x for a, b, x in weak if (a, b) == (si, ti) and (ti, x) not in taken}
        if best.get((si, ti)) and len(best[(si, ti)]) + len(pieces) >= MIN_CONTEXT + 1 and len(pieces) >= MIN_CONTEXT:
            for a, b, s, t, q in sorted(quoting, key=lambda x: -x[4]):
                if (a, b) == (si, ti) and t.idx in pieces and (ti, t.idx) not in taken:
                    best[(si, ti)].append((s, t, q))
                    taken.add((ti, t.idx))
    out = []
    for (si, ti), matches in best.items():
        if outlets[si] and outlets[si] == outlets[ti]:
            # one outlet's (an issuer's) own template filled anew: a sentence of its two reports
            # that differs in its figures is not a version's carried text but the template of
            # another event ("Adopting resolution 2841 (2026) by a recorded vote of 13 ..." / "...
            # 2842 (2026) ... of 12 ...", "The meeting began at 10:05 a.m. ..." / "... at 3:02
            # p.m. ...") or a version's new lead ("... killing at least six people" / "The number
            # of people killed ... rose to nine, with 41 injured"): boilerplate or new text
            matches = [m for m in matches if not _refilled(m[0], m[1])]
            if not matches:
                continue
        if len(matches) == 1 and not press[si] and _lone_rewording(*matches[0]):
            # one short sentence worded alike and nothing else ("Under the deal, maximum class sizes
            # ... will fall from 30 to 28 pupils by 2029." / "The deal also cuts the maximum class
            # size ... from 30 to 28 pupils by 2029."; a share price): two reports of one fact from
            # one source, no passage taken, even where the target names the source (the union's
            # bulletin, credited for its vote, not for this sentence's words; an issuer's page
            # that is no press release is no exception)
            continue
        if (not _outlet(docs[si]) or not _outlet(docs[ti])) and \
                _off_topic(docs[si], docs[ti], sents[si], sents[ti], matches, boiler, si, ti):
            continue  # (where both outlets are known, their stock lines are told by the outlet rule)
        matches.sort(key=lambda m: m[1].idx)
        pairs: list[tuple[tuple[int, int], tuple[int, int]]] = []
        prev = None
        for s, t, _ in matches:
            if prev is not None and t.idx == prev[1].idx + 1 and s.idx == prev[0].idx + 1:
                (s0, _), (t0, _) = pairs[-1]
                pairs[-1] = ((s0, s.end), (t0, t.end))
            else:
                pairs.append(((s.start, s.end), (t.start, t.end)))
            prev = (s, t)
        reused = sum(t.end - t.start for _, t, _ in matches)
        body_len = len(docs[ti].body) or 1
        out.append(Reuse(docs[si], docs[ti], pair_dir(si, ti)[2], pairs, min(1.0, reused / body_len)))
    out.sort(key=lambda r: (_order_key(r.target), r.target.name, _order_key(r.source), r.source.name))
    return out


_CONTENT_STOP = frozenset(
    "that this with from have has had were been their there they them then than what when where which while "
    "will would could should about after before into over also more most some such only other your yours "
    "said says just like very many much here these those being does doing".split())


def _content(text: str) -> set[str]:
    """Content words of a text, cut to five letters: the words its news is told in."""
    return {w[:5] for w in words(text) if len(w) >= 4 and not w[0].isdigit() and w not in _CONTENT_STOP}


def _rest(doc: Any, ss: list[Sentence], taken: set[int], boiler: set[tuple[int, int]], di: int) -> set[str]:
    """Content words of a report outside the sentences `taken` and its boilerplate: its title
    (where the title is not just the body's head) and its other sentences."""
    out: set[str] = set()
    for x in ss:
        if x.idx not in taken and (di, x.idx) not in boiler:
            out |= _content(x.text)
    title = norm(getattr(doc, "title", "") or "")
    if title and title[:200] not in norm(doc.body or ""):
        out |= _content(title)
    return out


def _off_topic(src: Any, tgt: Any, ss: list[Sentence], ts: list[Sentence],
               matches: list[tuple[Sentence, Sentence, float]], boiler: set[tuple[int, int]], si: int, ti: int) -> bool:
    """Is the wording two reports share no part of the news either of them tells? A newsletter
    or paywall form ("Sign up to our free daily email ..."), a site's share line, found in two
    unrelated reports, shares almost none of its words with the rest of either: boilerplate,
    whoever the publisher. A passage one outlet took from another's report of the same event
    shares its names and nouns with the rest of at least one (a live blog's other entries may be
    about other news). Judged only where both reports have words of their own outside the passage."""
    passage: set[str] = set()
    for _, t, _ in matches:
        passage |= _content(t.text)
    if len(passage) < 3:
        return False
    sides = [_rest(src, ss, {s.idx for s, _, _ in matches}, boiler, si),
             _rest(tgt, ts, {t.idx for _, t, _ in matches}, boiler, ti)]
    if any(len(c) < MIN_CONTEXT_WORDS for c in sides):
        return False  # a report that is nearly all the passage: nothing to judge it by
    return all(len(passage & c) / len(passage) < OFF_TOPIC for c in sides)


def _shingles(ws: list[str]) -> set[tuple[str, ...]]:
    return set(zip(*(ws[k:] for k in range(SHINGLE))))


def _is_boilerplate(s: Sentence, boilerplate: set[str]) -> bool:
    """A sentence found in reports of other stories (whole, or most of its word shingles: a form
    line runs on from the report's last words where the text was cut), or an outlet's stock line."""
    if s.norm in boilerplate:
        return True
    grams = getattr(boilerplate, "grams", None)
    if not grams or len(s.words) < SHINGLE:
        return False
    sh = _shingles(s.words)
    return sum(1 for g in sh if g in grams) >= BOILER_SHARE * len(sh)


class Boilerplate(set):
    """Normal forms of boilerplate sentences, and (`grams`) the word shingles found in reports of
    two or more stories."""

    grams: set[tuple[str, ...]]

    def __init__(self, *a: Any) -> None:
        super().__init__(*a)
        self.grams = set()


def _order_key(d: Any) -> float:
    p = d.published or "9999-12-31"
    try:
        y, m, dd = int(p[:4]), int(p[5:7]), int(p[8:10])
        return y * 400 + m * 31 + dd
    except ValueError:
        return 9e9


def boilerplate(stories: list[list[Any]]) -> Boilerplate:
    """Normal forms of sentences found in reports of two or more stories, or in two reports of one
    outlet that are not that story's text, and the word shingles found in reports of two or more
    stories (`grams`: a form line that runs on from each report's own last words is known by
    them). An outlet's stock line ("The federation, founded in 1951, represents ...") or station
    line ("Radio Ostra - the voice of the valley.") repeated in each of its reports says nothing
    about who took whose wording, even when two such reports are in one story. But the paragraphs
    an outlet's versions of one story carry forward (a wire's "UPDATE 1", a paper's follow-up
    repeating its background) are the story's text: two reports of one outlet in one story that
    share two or more sentences about the story (each with STORY_WORDS of its content words in the
    rest of the two reports) share them as text, not as stock lines. The outlet is known by its
    publisher, else its web host, else its masthead (`_outlet`)."""
    seen: dict[str, int] = {}
    by_outlet: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)  # -> [(story, report)]
    out = Boilerplate()
    gram_story: dict[tuple[str, ...], int] = {}
    norms: dict[tuple[int, int], list[str]] = {}
    for k, docs in enumerate(stories):
        for n, d in enumerate(docs):
            for g in _shingles(words(d.body or "")):
                first_k = gram_story.setdefault(g, k)
                if first_k != k:
                    out.grams.add(g)
            pub = _outlet(d)
            ns = norms[(k, n)] = [norm(d.body[s:e]) for s, e in _sentences(d.body)]
            for w in ns:
                if len(w.split()) < MIN_WORDS:
                    continue
                if w in seen and seen[w] != k:
                    out.add(w)
                seen.setdefault(w, k)
                if pub and (k, n) not in by_outlet[(pub, w)]:
                    by_outlet[(pub, w)].append((k, n))
    # an outlet's sentences repeated in two of its reports of one story: stock lines unless the two
    # reports share story text (two sentences or more that speak of what the rest of them tells)
    shared: dict[tuple[tuple[int, int], tuple[int, int]], list[str]] = defaultdict(list)
    for (pub, w), where in by_outlet.items():
        if len(where) < 2 or w in out:
            continue
        for x in range(len(where)):
            for y in range(x + 1, len(where)):
                shared[(where[x], where[y])].append(w)
    story_text: set[str] = set()
    stock: set[str] = set()
    for (a, b), ws in shared.items():
        if a[0] != b[0]:
            stock.update(ws)  # (found in two stories: already boilerplate)
            continue
        rest = norms[a] + norms[b]
        topical = [w for w in ws if not _reader_line(w) and _about_story(w, rest)]
        # a report that says it is a later version ("UPDATE 2-...", "(Adds toll, ...)") carries
        # the earlier one's paragraphs as story text, even a single one
        marked = topical and (_version(stories[a[0]][a[1]]) or _version(stories[b[0]][b[1]]))
        if len(topical) >= MIN_CONTEXT or marked:
            # versions of one story: what they share is its text ("It is too early to say," he
            # said), but for lines to the reader ("Listen again | Podcasts", "your station") and
            # lines that name the outlet and say nothing of the story
            own = _outlet_words(stories[a[0]][a[1]]) | _outlet_words(stories[b[0]][b[1]])
            keep = [w for w in ws if not _reader_line(w) and (w in topical or not _names_outlet(w, own))]
            story_text.update(keep)
            stock.update(w for w in ws if w not in keep)
        else:
            stock.update(ws)
    out.update(stock - story_text)
    return out


def _furniture(sents: list[list[Sentence]], bodies: list[str]) -> set[tuple[int, int]]:
    """The lines of a story's reports that speak to the reader and say nothing of the story ("Radio
    Calder - your city, your station.", "Send us your news: 0800 974 974."): lines to the reader
    (`_reader_line`, quoting no one, FURNITURE_MAX_WORDS words at most) fewer than STORY_WORDS of whose content words, the names
    (capitalised words: the outlet's name) set aside, are in the story's other lines. A station's
    line in two of its bulletins says nothing of who copied whom, even where the outlet is not
    known (no publisher, web host or masthead) and so not told by the outlet rule. A sentence in
    the same paragraph as such a line that says nothing of the story either ("Text the newsroom on
    0700 112 112.") is part of it."""
    story: set[str] = set()
    lines = []
    for i, ss in enumerate(sents):
        for x in ss:
            if x.quoted or not _reader_line(x.norm):
                story |= _content(x.text)
            else:
                lines.append((i, x))
    def idle(x: Sentence) -> bool:
        if len(x.words) > FURNITURE_MAX_WORDS:
            return False  # a newsletter form's long lines are told by the off-topic and shingle rules
        own = _content(" ".join(w for w in re.findall(r"[\w'’-]+", x.text) if not w[:1].isupper()))
        return len(own & story) < STORY_WORDS

    out = {(i, x.idx) for i, x in lines if idle(x)}
    # a press release's contact block ("Contact Clare: clare@example.com US: (339)-368-6001 ...
    # SOURCE Example"), whatever its length: an address or a number to call is no one's wording
    # (but a sentence of the story that gives an address besides, "Fans ... can claim up to 100 euros
    # ... by sending receipts to refunds@... before 31 December.", STORY_WORDS + 1 of its content
    # words, names and the address set aside, in the other reports' lines, is the story's)
    out |= {(i, x.idx) for i, ss in enumerate(sents) for x in ss
            if not x.quoted and _CONTACT.search(x.text) and not _tells_story(x, i, sents)}
    for i, j in list(out):
        ss = sents[i]
        for step in (-1, 1):
            k = j
            while 0 <= k + step < len(ss):
                a, b = (ss[k + step], ss[k]) if step < 0 else (ss[k], ss[k + step])
                y = ss[k + step]
                if "\n" in bodies[i][a.end:b.start] or y.quoted or not idle(y):
                    break
                out.add((i, y.idx))
                k += step
    return out


def _tells_story(x: Sentence, i: int, sents: list[list[Sentence]]) -> bool:
    """Does the sentence x of report i, an e-mail address its only contact (no number to call, no
    "contact" or "SOURCE" line), its address and names set aside, speak of what the story's other
    reports tell (STORY_WORDS + 1 of its content words in their lines that give no contact)?"""
    if any(not re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", m.group()) for m in _CONTACT.finditer(x.text)) \
            or _CONTACT_WORD.search(x.text):
        return False
    own = _content(" ".join(w for w in re.findall(r"[\w'’-]+", _CONTACT.sub(" ", x.text)) if not w[:1].isupper()))
    if len(own) <= STORY_WORDS:
        return False
    others: set[str] = set()
    for k, ss in enumerate(sents):
        if k != i:
            for y in ss:
                if not _CONTACT.search(y.text):
                    others |= _content(y.text)
    return len(own & others) > STORY_WORDS


_CONTACT_WORD = re.compile(r"\b(?:contacts?|enquiries|inquiries|press\s+office|media\s+(?:desk|team|unit|relations))\b", re.I)


def _outlet_words(doc: Any) -> set[str]:
    """The words of a report's outlet's names: publisher, short name, masthead ("heath", "radio")."""
    out: set[str] = set()
    for n in _names(doc) + [_outlet(doc).split(":", 1)[-1]]:
        out |= {w for w in words(n) if len(w) >= 3 and not w.isdigit()} - {"the", "news", "daily", "wire", "agency"}
    return out


def _reader_line(w: str) -> bool:
    """A line an outlet puts to its reader, not news: it speaks to them ("Radio Brask 97.4 - your
    town, your station", "Subscribe to ...") or is a row of links ("Catch up | Podcasts")."""
    return "|" in w or bool(set(words(w)) & {"you", "your", "subscribe", "newsletter", "podcast", "podcasts"})


def _names_outlet(w: str, own: set[str]) -> bool:
    """Does the line name the outlet ("Heath Radio - the sound of the moors", "Pellamy News is an
    independent news agency ...")? All its name words, two at most, are in it."""
    return bool(own) and len(set(words(w)) & own) >= min(2, len(own))


# a line of staff credits: "(Writing by Karel Hosk; editing by Vera Lunn)", "Reporting by A and B in
# Ostra; Additional reporting by C; Editing by D", "Compiled by the news desk": parts of "<role> by
# <names>", parted by ";" or ","
_ROLE = (r"(?:and\s+)?(?:additional\s+|further\s+)?(?:reporting|reported|writing|written|editing|edited|compiled|compiling|"
         r"translat(?:ed|ion)|fact[- ]check(?:ed|ing)|produced|production|research|graphics|photos?|pictures?|video|"
         r"(?:sub-?)?edited|compilation)\s+by\b")
_STAFF_CREDIT = re.compile(r"^" + _ROLE + r"[^;()]*(?:[;,]\s*" + _ROLE + r"[^;()]*)*$", re.I)


def _staff_credit(sents: list[Sentence], body: str) -> set[int]:
    """The sentences of a report that only credit its staff, set in brackets anywhere or as its
    last line: no one's wording, however alike two of one wire's reports are."""
    out = set()
    for x in sents:
        t = x.text.strip()
        bracketed = t.startswith("(") and t.rstrip(".").endswith(")")
        last = x is sents[-1] or not body[x.end:].strip()
        if (bracketed or last) and len(x.words) <= 30 and _STAFF_CREDIT.match(t.strip("(). ").strip()):
            out.add(x.idx)
    return out


# an e-mail address, a phone number written as one ("(339)-368-6001", "+1 339-368-6001"), or a
# newswire's "SOURCE Name" line
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+\d{1,3}[\s-]?)?\(?\d{3}\)?[\s-]\d{3}[\s-]\d{4}\b|\bSOURCE\s+[A-Z]")
FURNITURE_MAX_WORDS = 10  # a station's or outlet's sign-off line to its listeners is short
STORY_WORDS = 2  # content words of a sentence found in the rest of the reports: it speaks of their story


def _about_story(w: str, rest: list[str]) -> bool:
    """Does the sentence `w` (a normal form) speak of what the other sentences of its reports tell
    (STORY_WORDS of its content words in them)? A station line ("Heath Radio - the sound of the
    moors") or a newsroom's "Catch up | Podcasts" line does not."""
    own = _content(w)
    others: set[str] = set()
    for x in rest:
        if x != w:
            others |= _content(x)
    return len(own & others) >= STORY_WORDS


_DATE_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}[:./]\d{2}", re.I)
_FURNITURE = re.compile(r"^(?:advert\w*|sponsored|skip to \w+|menu|share|play|listen|live|breaking news|read more|"
                        r"press release|news release|###|(?:\(c\)|©|copyright)\b.*)$", re.I)


def _outlet(doc: Any) -> str:
    """Who published a report, as a key: its publisher ("the" and case set aside), else its web
    host, else its masthead (`_masthead`); "" when nothing says."""
    pub = re.sub(r"^the\s+", "", (getattr(doc, "publisher", None) or "").strip().lower())
    if pub:
        return pub
    url = (getattr(doc, "url", None) or "").lower()
    host = re.sub(r"^www\d?\.", "", re.sub(r"^[a-z][a-z0-9+.-]*://", "", url).split("/")[0]) if "://" in url else ""
    if host:
        return "host:" + host
    m = _masthead(doc)
    return "masthead:" + norm(m) if m else ""


# a zone or a month written in capitals is no masthead's name: "11:05 a.m. CST", "08 NOV 2026"
_CAPS_NOT_NAME = re.compile(r"\b(?:[A-Z]{1,4}T|UTC|GMT|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|AM|PM)\b")


def _masthead(doc: Any) -> str:
    """The first line the extractor removed that names something ("RADIO OSTRA 94.6 FM | News |
    Listen live"; a date line, the title, a credit or furniture is none), its date and time fields
    left out ("Orient Wire | 08 NOV 2026 09:15 GMT": "Orient Wire", the same for each version of
    its story); "" when none."""
    art = getattr(getattr(doc, "record", None), "article", None)
    title = norm(getattr(doc, "title", "") or getattr(art, "title", "") or "")
    for line in getattr(art, "removed", None) or []:
        fields = [f.strip() for f in line.split("|")]
        if len(fields) > 1:
            kept = [f for f in fields if f and not _DATE_WORDS.search(f)]
            if not kept:
                continue
            ln = " | ".join(kept)
        else:
            ln = line.strip()
        w = words(ln)
        if not 2 <= len(w) <= 14 or norm(ln) == title:
            continue
        if _DATE_WORDS.search(ln) and not re.search(r"[A-Z]{3}", _CAPS_NOT_NAME.sub(" ", ln)):
            continue
        if _FURNITURE.match(ln) or _WIRE_CREDIT.match(ln) or _credit_line(ln):
            continue
        if not any(x[:1].isupper() for x in ln.split()):
            continue
        return ln
    return ""


def _masthead_name(doc: Any) -> str:
    """The outlet's name as its masthead gives it, for a report with no publisher: the masthead's
    first field ("Orient Wire" of "Orient Wire | 08 NOV 2026 09:15 GMT"), where it reads as a name
    (four words at most, no digits: not a section line nor a headline)."""
    m = _masthead(doc).split("|")[0].strip()
    w = m.split()
    if not 1 <= len(w) <= 4 or any(c.isdigit() for c in m) or re.search(r"[:·/]", m):
        return ""
    return m


def _publisher(doc: Any) -> str:
    """The report's publisher; for a report with none, its masthead's name where the masthead
    names a wire ("Orient Wire | 08 NOV 2026 09:15 GMT") or the outlet its own dateline signs with
    ("SEFRA, Marvesh, Nov 8 (OW) - " under an "Orient Wire" masthead): a wire's page set as text
    names itself only there."""
    pub = (getattr(doc, "publisher", None) or "").strip()
    if pub:
        return pub
    m = _masthead_name(doc)
    if not m:
        return ""
    if _WIRE_NAME.search(" " + m.title()) and not _NOT_NEWS_AGENCY.search(m.title()):
        return m.title() if m.isupper() else m
    for name in _dateline_agencies(doc):
        if _is_own_name(name, m):
            return m
    return ""


def _credit_line(line: str) -> bool:
    return bool(re.match(r"^\W*(?:source|sources|agency material|with|from|by|reporting by|additional reporting)\b", line, re.I))
