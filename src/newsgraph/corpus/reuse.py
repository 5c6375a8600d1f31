"""Reused wording: the passages of a later report that take an earlier one's sentences.

Within a story, each sentence of a report is compared with the sentences of the reports before
it that share a run of three words with it (an index of word trigrams, not every pair). A
sentence is reused when its edit similarity to one earlier sentence (rapidfuzz's normalised
Indel ratio over the normal form, or over its words sorted where clauses were swapped) is at least MIN_RATIO and most of its words are in that
sentence: a changed word, a dropped clause, an altered figure keep it reused; two reports of
one event in their own words do not reach it. Reordered sentences are found one by one, so the
order does not matter; consecutive reused sentences become one passage.

Not reuse:
- a sentence whose likeness is a third party's quotation: when quotations make up much of
  it, the words outside the quotation marks must match on their own (unless it is a word-for-
  word copy, frame and all, among sentences the target takes from that source anyway);
- boilerplate: a sentence found in reports of other stories too, or in two reports of one
  outlet (an outlet's or an agency's stock background line), says nothing about who copied whom.

Direction: the source is the earlier report (publication dates), then the one the other
credits by its name or its short name ("(Meridian)" for Meridian Wire, "Wirenews contributed to
this report"), then a wire (a known agency, an outlet named as one: "Orbis Newswire", or a
report whose dateline names its own outlet: "OSMARK, Oct 11 (Meridian)", "Dorsel (AVP)" for
Agence Varenne Presse), then the first listed. Each reused sentence goes to a source the
target credits or a wire before any other, then to the one it matches best, so that outlets
rewriting one wire are each tied to the wire, not to each other, even where two of them made
the same edit.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .text import QUOTED, norm, sentences, words

MIN_RATIO = 70.0  # normalised Indel similarity of two sentences, 0-100
MIN_WORD_SHARE = 0.6  # of the target sentence's words found in the source sentence
SWAP_WORD_SHARE = 0.85  # of the target's words in the source, for the sorted-words comparison
MIN_WORDS = 6  # shorter sentences ("He declined to comment.") are no evidence
MIN_UNQUOTED_WORDS = 6  # a quoting sentence's own words (outside quote, speaker, cue) needed as evidence
MIN_QUOTE_WORDS = 3  # a quotation this long makes a sentence a quoting one
QUOTE_IN_CONTEXT = 90.0  # a quoting sentence this like one of a source the target already reuses
MIN_CONTEXT = 2  # sentences the target must take from that source otherwise
MAX_SOURCES = 30  # earlier reports a report is compared with (the most similar)
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
    grams: set[tuple[str, str, str]] = field(default_factory=set)
    # for a sentence that quotes someone: its own words, with the quotations, the speaker's name
    # and the cue taken out (None for a sentence that quotes no one)
    frame: str | None = None


def _frame_spans(record: Any) -> list[tuple[int, int]]:
    """Speaker and cue spans of the record's body attributions: how any outlet names a speaker
    ("Mirendi's foreign minister, Selin Oduya, said") is no wording of its own."""
    out = []
    for a in getattr(record, "attributions", None) or []:
        if getattr(a, "where", None) == "title":
            continue
        for sp in (a.speaker, a.cue):
            if sp is not None:
                out.append((sp.start, sp.end))
    return out


def split(doc_index: int, body: str, record: Any = None) -> list[Sentence]:
    frames = sorted(_frame_spans(record)) if record is not None else []
    out = []
    for i, (s, e) in enumerate(sentences(body)):
        t = body[s:e]
        w = words(t)
        frame = None
        quotes = [(m.start(), m.end()) for m in QUOTED.finditer(t) if len(words(m.group())) >= MIN_QUOTE_WORDS]
        if quotes:
            cut = quotes + [(max(a, s) - s, min(b, e) - s) for a, b in frames if a < e and b > s]
            chars = list(t)
            for a, b in cut:
                chars[a:b] = " " * (b - a)
            frame = norm("".join(chars))
        out.append(Sentence(doc_index, i, s, e, t, norm(t), w, set(zip(w, w[1:], w[2:])), frame))
    return out




# words that name what kind of outlet a publisher is, not which: "Meridian Wire" is credited as
# "(Meridian)", "The Coastline Post" as "Coastline Post"
_GENERIC_TAIL = ("News Agency", "Newswire", "Wire", "Agency", "News Service", "Wire Service")
_SELF_CREDIT = re.compile(r"\(([A-Z][\w.&' -]{1,40})\)\s*$")


def _names(doc: Any) -> list[str]:
    """The names a report's outlet is credited by: its publisher, the publisher without a leading
    "The" or a trailing "Wire" / "Agency", and the agency its own dateline names ("TARVIK, Oct 6
    (Meridian)" in a Meridian Wire report)."""
    pub = (getattr(doc, "publisher", None) or "").strip()
    out = [pub] if len(pub) >= 2 else []
    short = re.sub(r"^The\s+", "", pub)
    for tail in _GENERIC_TAIL:
        if short.endswith(" " + tail):
            short = short[: -len(tail) - 1].strip()
            break
    if len(short) >= 4 and short != pub:
        out.append(short)
    own = _own_agency(doc)
    if own and own not in out:
        out.append(own)
    return out


def _dateline(doc: Any) -> str:
    art = getattr(getattr(doc, "record", None), "article", None)
    return (getattr(art, "dateline", None) or "").strip()


def _own_agency(doc: Any) -> str | None:
    """The agency in a report's own dateline when it is the report's own outlet (a wire's
    signature: "OSMARK, Lisvania, Oct 11 (Meridian)" in a Meridian Wire report); None otherwise."""
    m = _SELF_CREDIT.search(_dateline(doc))
    pub = (getattr(doc, "publisher", None) or "").strip()
    if not m or not pub:
        return None
    name = m.group(1).strip()
    first = re.sub(r"^The\s+", "", pub).split()[0] if pub.split() else ""
    if name == pub or (first and name.split()[0].lower() == first.lower()):
        return name
    # the outlet's initials: "Dorsel (AVP)" in an Agence Varenne Presse report
    initials = "".join(w[0] for w in pub.split() if w[:1].isupper() and w.lower() not in _SMALL_WORDS)
    if len(name) >= 2 and name.isupper() and name == initials:
        return name
    return None


_SMALL_WORDS = {"the", "of", "and", "for", "de", "la", "le", "du", "des"}
# an outlet named as a wire: "Orbis Newswire", "Ostra News Agency", "Halden Wire" (not "The Daily Wire")
_WIRE_NAME = re.compile(r"\s(?:Newswire|News Agency|Press Agency|Wire Service|News Service|Wire)$")


def _credits(target: Any, source: Any) -> bool:
    """Does the target credit the source's outlet (by its full or its short name)?"""
    names = _names(source)
    if not names:
        return False
    rec = getattr(target, "record", None)
    art = getattr(rec, "article", None)
    texts = [getattr(target, "body", "") or ""]
    if art is not None:
        texts += list(art.removed or []) + [art.byline or "", art.dateline or ""]
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")
    return any(rx.search(t) for t in texts)


def _is_wire(doc: Any) -> bool:
    """A wire agency's report: a known agency, an outlet named as a wire ("Orbis Newswire"), or a
    report whose dateline names its own outlet (by its name or its initials)."""
    pub = (getattr(doc, "publisher", None) or "").strip()
    if pub in WIRES or _own_agency(doc) is not None:
        return True
    return bool(_WIRE_NAME.search(pub)) and not re.match(r"(?:The\s+)?Daily\s", pub)


def direction(a: Any, b: Any) -> tuple[Any, Any, bool]:
    """(source, target, credited) for two reports sharing wording."""
    pa, pb = a.published, b.published
    if pa and pb and pa[:10] != pb[:10]:
        src, tgt = (a, b) if pa[:10] < pb[:10] else (b, a)
        return src, tgt, _credits(tgt, src)
    ca, cb = _credits(b, a), _credits(a, b)  # b credits a / a credits b
    if ca != cb:
        return (a, b, True) if ca else (b, a, True)
    wa, wb = _is_wire(a), _is_wire(b)
    if wa != wb:
        return (a, b, False) if wa else (b, a, False)
    return a, b, False


def _match(t: Sentence, s: Sentence, frames: bool = True) -> float:
    """Similarity of a target and a source sentence (0 when not reuse); `frames=False` leaves out
    the test of a quoting sentence's own words."""
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
    if r < MIN_RATIO:
        return 0.0
    if frames and (t.frame is not None or s.frame is not None):
        # a sentence that quotes someone must match on its own words too: two outlets quoting one
        # minister, each naming the minister the usual way, have not copied each other
        ft = t.frame if t.frame is not None else t.norm
        fs = s.frame if s.frame is not None else s.norm
        if len(words(ft)) < MIN_UNQUOTED_WORDS or fuzz.ratio(ft, fs) < MIN_RATIO:
            return 0.0
    return r


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
    boilerplate = boilerplate or set()
    n = len(docs)
    if n < 2:
        return []
    sents = [split(i, d.body, getattr(d, "record", None)) for i, d in enumerate(docs)]
    # which report is the source of which: decided per pair, before matching
    best: dict[tuple[int, int], list[tuple[Sentence, Sentence, float]]] = defaultdict(list)
    # index of every report's trigrams
    index: dict[tuple[str, str, str], set[tuple[int, int]]] = defaultdict(set)
    for i, ss in enumerate(sents):
        for s in ss:
            if s.norm in boilerplate:
                continue
            for g in s.grams:
                index[g].add((i, s.idx))
    dirs: dict[tuple[int, int], tuple[int, int, bool]] = {}

    def pair_dir(i: int, j: int) -> tuple[int, int, bool]:
        key = (min(i, j), max(i, j))
        if key not in dirs:
            a, b = docs[key[0]], docs[key[1]]
            src, tgt, cred = direction(a, b)
            dirs[key] = (key[0], key[1], cred) if src is a else (key[1], key[0], cred)
        return dirs[key]

    allowed: dict[int, set[int]] | None = None
    if similarity is not None and n > MAX_SOURCES + 1:
        allowed = {}
        for i in range(n):
            ranked = sorted((j for j in range(n) if j != i), key=lambda j: -similarity(docs[i], docs[j]))
            allowed[i] = set(ranked[:MAX_SOURCES])

    # a source the target credits, or a wire (the target being none), comes first: a sentence that
    # both a wire and another rewrite of it match goes to the wire, however close the rewrite is,
    # since two outlets that made one edit ("kilometres" to "kilometers") each took it from the wire
    wire = [_is_wire(d) for d in docs]
    quoting: list[tuple[int, int, Sentence, Sentence, float]] = []
    for ti, ts in enumerate(sents):
        for t in ts:
            if t.norm in boilerplate or len(t.words) < MIN_WORDS:
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
                r = _match(t, s)
                if r > 0:
                    first_hand = int(cred or (wire[si] and not wire[ti]))
                    cands.append((first_hand, r, -_order_key(docs[si]), si, s))
                elif r == 0 and (t.frame is not None or s.frame is not None):
                    q = _match(t, s, frames=False)
                    if q >= QUOTE_IN_CONTEXT:
                        quoting.append((si, ti, s, t, q))
            if not cands:
                continue
            cands.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
            _, r, _, si, s = cands[0]
            best[(si, ti)].append((s, t, r))
    # a quotation copied with its frame, word for word ("... ," said Lena Barro, chief executive of
    # ...), among sentences the target takes from that source anyway: part of the copied passage
    taken = {(ti, t.idx) for (_, ti), ms in best.items() for _, t, _ in ms}
    for si, ti, s, t, q in sorted(quoting, key=lambda x: -x[4]):
        if len(best.get((si, ti), ())) >= MIN_CONTEXT and (ti, t.idx) not in taken:
            best[(si, ti)].append((s, t, q))
            taken.add((ti, t.idx))
    out = []
    for (si, ti), matches in best.items():
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


def _order_key(d: Any) -> float:
    p = d.published or "9999-12-31"
    try:
        y, m, dd = int(p[:4]), int(p[5:7]), int(p[8:10])
        return y * 400 + m * 31 + dd
    except ValueError:
        return 9e9


def boilerplate(stories: list[list[Any]]) -> set[str]:
    """Normal forms of sentences found in reports of two or more stories, or in two reports of one
    outlet: an outlet's stock line ("The federation, founded in 1951, represents ...") repeated in
    each of its reports of a kind of event, which says nothing about who took whose wording even
    when two such events were taken for one story."""
    seen: dict[str, int] = {}
    by_outlet: dict[tuple[str, str], int] = {}
    out: set[str] = set()
    for k, docs in enumerate(stories):
        for n, d in enumerate(docs):
            pub = (getattr(d, "publisher", None) or "").strip().lower()
            for s, e in sentences(d.body):
                w = norm(d.body[s:e])
                if len(w.split()) < MIN_WORDS:
                    continue
                if w in seen and seen[w] != k:
                    out.add(w)
                seen.setdefault(w, k)
                if pub:
                    first = by_outlet.setdefault((pub, w), id(d))
                    if first != id(d):
                        out.add(w)
    return out
