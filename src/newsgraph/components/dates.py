"""Dates: every temporal expression in the body, normalised against the publication date.

`find_dates(doc, published)` returns `DateMention`s (offsets into `doc.text`); the spaCy
component `newsgraph_dates` writes them to `doc._.dates`, reading `doc._.published`.

Values (record.md): ISO 8601 at the precision the text gives, with EDTF's `X` for unspecified
digits: 2023-07-01, 2023-09, 2023, 2023-W25 (ISO week), 195X (a decade), 20XX (a century).
A duration ("nine years", "decade-old") has `value` null and `duration` an ISO 8601 duration
(P9Y, P10Y, PT48H; PXY for "several years"). Where the text gives a date that cannot be
resolved (no publication date, "two days later", "12/03/2024") `value` is null and `reason`
says why. Extra fields: `mod` (start, end, early, mid, late: "mid-2024" is 2024, mod "mid"),
`dateline` (true for the "BAMAKO, June 30 (Reuters) -" date).

Why hand-written patterns rather than a library:
- spaCy's DATE entities (en_core_web_sm) are a recall aid only: they tag ages ("45-year-old")
  and rates ("a year" in "$1.2 billion a year") as dates and miss "from Saturday" anchoring.
- dateparser is not used (dropped from the dependencies in issue 15). Tried here (1.5.0, base
  2024-03-13): `search_dates` gives "a year" in "$3.4 billion a year" as 2023-03-13, "on
  Saturday" in "will start on Saturday" as the Saturday before (the very fault issue 15
  reports), the word "to" as a date, and "in May" a day (2024-05-13); `parse` resolves a
  weekday or "Aug 15" past or future only by a fixed PREFER_DATES_FROM setting, so the
  direction would still have to come from the parse below, and with it the resolution is a
  few lines of `datetime`. Absolute dates in news come in a handful of shapes (month names,
  ISO, d/m/y), which a month table and `datetime` validate; the pipeline reads English only,
  so its many languages do not help. Month arithmetic uses dateutil's `relativedelta`.

Tense (the direction a weekday, a month without a year or "in two weeks" points to) is read on
spaCy's parse, in order of precedence:
1. words in the expression: last / ago / earlier (in) -> past; next / coming / from now ->
   future; "this October" is the publication's year; an explicit year is never moved;
2. the governing verb, found by climbing spaCy's dependency heads from the expression to the
   first verb that carries tense:
   - will/shall/must/can/may/should -> future; a schedule in the present ("is expected in two
     weeks", "is scheduled for Tuesday", "is set to", "is due to", "is to") -> future;
   - VBD, have + VBN, was/were/did/had auxiliaries -> past; a bare participle ("the report,
     published in March") -> past, unless the date follows until/by/from ("schools connected
     by Aug 15": the state up to a date, in the tense above);
   - VBZ/VBP (present, incl. "is meeting") -> present, read as the future ("the summit opens
     on Monday"); in a headline (a line of its own, no full stop) the bare present tells the
     past ("Parliament approves budget on Tuesday") and says nothing;
   - an infinitive is later than the word it hangs on: under a present verb, or under a noun
     heading a headline ("Rail strike to go ahead on Saturday"), it is a plan -> future; under
     a past verb see 3;
   - "would" (and a simple past under a past verb of saying: "said it expected to finish by
     April") is the future of a report: forward from the day the report was made where the
     sentence gives it ("said on Tuesday that the team would fly home on Friday": the Friday
     after that Tuesday), else forward from publication;
   - a present reached through a noun ("the vote on Monday is ...") and any of these through
     a date naming an event ("Monday's debate", "his Jan. 6 trial") say nothing;
   - an upcoming / planned / next / forthcoming noun the date hangs on -> future;
3. an infinitive under a past verb ("voted to end the mission by Aug 15"): forward from the
   past verb's own day where the sentence gives one ("In July, the board agreed to raise fares
   from September"); else a deadline (by/until/from) after a commitment (agree, vote, vow,
   decide, promise, ...) -> future; a commitment or a plan ("was due to sail on Monday", "was
   postponed to March") -> the nearest; any other act ("refused to endorse him at the
   convention in July": spaCy hangs the past verb's date on the infinitive) -> past;
4. the preposition in front: since -> past; from / until / till / through / by / starting /
   beginning -> future;
5. otherwise the nearest such date to publication; for a weekday the nearest leaning to
   the past (news mostly reports the past week); a dateline is on or before publication.
Past resolves to the latest date on or before publication (or the report's day), future to the
earliest on or after it ("last"/"next" exclude the publication day/month itself). "in two
weeks" is a date only with an explicit future verb; otherwise it is a duration.

Measured (tests/test_dates_tense.py, invented passages): the tuning set 64/73 right before
these rules, 73/73 after; a first set kept apart 38/41 before, 37/41 when first run after,
then fixed; a second set kept apart 31/33 before, 32/33 when first run, then fixed. On real
news (300 PolNeAR and 201 news4k articles with their publication dates, 3,914 mentions), the
5 values changed, judged by hand: 4 right where they were wrong, 1 wrong where it was right
("vowing to fight ... in the primary on Tuesday").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

from dateutil.relativedelta import relativedelta
from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import doc_text
from ..record import DateMention, Span

# ---------------------------------------------------------------------------------------------
# vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}  # monday=0

_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a dozen": 12, "half a": 0.5,
}
_VAGUE = {"several", "a few", "few", "many", "some", "dozens of", "a couple of"}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}

# the duration letter for each unit: (ISO designator, multiplier, is a time unit)
_UNITS = {
    "year": ("Y", 1, False), "month": ("M", 1, False), "week": ("W", 1, False),
    "day": ("D", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "hour": ("H", 1, True), "minute": ("M", 1, True),
}

# an "N-year-old" is a person's age (not a date, not emitted) unless it qualifies one of these
_OLD_THINGS = {
    "mission", "war", "conflict", "law", "ban", "dispute", "rule", "insurgency", "regime",
    "treaty", "agreement", "tradition", "policy", "program", "programme", "blockade", "crisis",
    "occupation", "case", "company", "building", "tree", "pact", "embargo", "feud", "system",
    "operation", "deployment", "campaign", "investigation", "probe", "record", "partnership",
}
# nouns a bare year may modify ("the 2020 election"); counts ("the 1500 troops") are rejected
_EVENT_NOUNS = {
    "election", "elections", "census", "olympics", "games", "budget", "report", "coup", "war",
    "crisis", "vote", "referendum", "agreement", "accord", "accords", "summit", "campaign",
    "season", "protests", "uprising", "revolution", "floods", "flood", "earthquake", "attack",
    "attacks", "constitution", "law", "deal", "polls", "poll", "midterms", "race", "tournament",
    "cup", "world", "invasion", "resolution", "treaty", "talks", "negotiations", "visit",
    "survey", "study", "ruling", "decision", "law", "act", "plan", "strategy", "mandate",
    "edition", "crash", "recession", "pandemic", "outbreak", "film", "album",
}
# words after which a four-digit number is read as a year
_YEAR_PREPS = {
    "in", "since", "by", "from", "until", "till", "through", "before", "after", "during",
    "early", "late", "mid", "circa", "pre", "post", "year", "spring", "summer", "autumn", "fall",
    "winter", "throughout", "between",
}
# words before a number that make it a number, not a year ("Resolution 2100", "Flight 1960")
_NOT_YEAR_BEFORE = {
    "resolution", "flight", "route", "article", "no", "number", "room", "highway", "section",
    "chapter", "page", "paragraph", "item", "code", "model", "lot", "unit", "bus", "line", "about",
    "some", "nearly", "almost", "than", "over", "under", "around", "approximately", "roughly",
}
# words after which a bare month name is read as a month ("May" and "March" need one)
_MONTH_CUES = {
    "in", "since", "by", "from", "until", "till", "through", "before", "after", "during", "of",
    "throughout", "starting", "beginning", "early", "late", "mid", "last", "next", "this",
    "between",
}
_FULL_MONTHS = set(calendar.month_name[1:])
_FUT_PREPS = {"from", "until", "till", "through", "by", "starting", "beginning"}
# verbs and adjectives of a schedule: their present is the future ("is expected in two weeks",
# "is scheduled for Tuesday", "is due to ..."), their past a plan made before publication ("was
# due to sail on Monday"), and bare in a headline they stand for the present ("Vote set for May")
_SCHEDULE = {"expect", "schedule", "set", "due", "slate", "plan", "poise"}
_FUTURE_MODALS = {"will", "shall", "'ll", "wo", "can", "may", "might", "must", "should", "ought"}
# verbs that move a plan to a later date ("was postponed to March": after the decision, which
# was recent; the date is not told in the verb's past)
_RESCHEDULE = {
    "postpone", "delay", "defer", "move", "push", "reschedule", "adjourn", "extend", "bring", "put",
}
_RESCHEDULED_TO = re.compile(
    r"(?i:\b(?:postponed|delayed|deferred|moved|pushed\s+back|rescheduled|adjourned|brought\s+forward"
    r"|put\s+off)\s+(?:to|until)\s+$)"
)
# verbs of commitment: what they commit to follows them ("voted to end the mission by Aug 15")
_COMMIT = {
    "agree", "promise", "pledge", "vow", "threaten", "decide", "vote", "resolve", "undertake",
    "commit", "intend", "aim", "hope", "want", "prepare", "offer", "propose", "plan", "seek",
}
# verbs of saying: a simple past under one is the report's tense moved back ("said it expected
# to finish by April": it expects, at the time of saying)
_SAY = {
    "say", "tell", "announce", "state", "add", "report", "confirm", "warn", "note", "explain",
    "claim", "insist", "reveal", "write", "tweet", "declare", "indicate", "signal", "predict",
}
# nouns modified by these name an event still to come ("the upcoming summit on Monday")
_COMING = {"upcoming", "forthcoming", "coming", "planned", "proposed", "scheduled", "next", "future"}
# words that make a weekday a name of its own ("Black Friday") or a newspaper ("Sunday Times")
_WD_BEFORE = {"good", "black", "super", "ash", "bloody", "palm", "easter", "cyber", "holy", "maundy", "news"}
_WD_AFTER = {"times", "telegraph", "mail", "express", "herald", "post", "mirror", "sport", "people", "school"}

# ---------------------------------------------------------------------------------------------
# pattern pieces (case-sensitive for month and weekday names, so that "may"/"march" the verbs
# are not months; relative words are case-insensitive via scoped (?i:...) groups)

_S = r"(?:(?!\n\s*\n)\s)+"  # white space, but not across a paragraph break
_MON = (
    r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>\d{4})\b"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WDPRE = rf"(?:\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?{_S})?"
_PART = rf"(?:{_S}(?:morning|afternoon|evening|night))?"
_NUMW = (
    r"(?:\d+(?:\.\d+)?|a\s+dozen|half\s+a|a\s+few|a\s+couple\s+of|dozens\s+of|several|few|many|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
    r"seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred)"
)
# a look-ahead for the first letter of a _NUMW alternative: the patterns that start with a number
# fail at most positions on one character class instead of forty alternatives (same matches,
# about twice as fast)
_NUM_AHEAD = r"(?=[\dadefhmnost])"
# the same for the patterns' `first` (see _pattern): a month name, a weekday, or either (the
# names are case-sensitive); a weekday or a day number
_FIRST_MON = "[ADFJMNOS]"
_FIRST_WD = "[FMSTW]"
_FIRST_WD_MON = "[ADFJMNOSTW]"
_FIRST_WD_DAY = r"[\dFMSTW]"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries)"
_ORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))

# modifiers written in front of a period ("the end of", "mid-", "earlier in"): part of the span
_PREFIX = re.compile(
    r"(?i:\b(?P<pre>(?:the\s+)?(?P<pos>end|close|beginning|start|middle)\s+of\s+(?:the\s+)?"
    r"|(?P<edge>early|late|mid)(?:-|\s+)|(?P<rel>earlier|later)\s+(?P<relp>in\s+|this\s+)?))$"
)


def _num(s: str) -> float | None:
    s = re.sub(r"\s+", " ", s.lower())
    if s in _VAGUE:
        return None
    if s in _NUMWORDS:
        return _NUMWORDS[s]
    if "-" in s:
        a, b = s.split("-", 1)
        return _NUMWORDS.get(a, 0) + _NUMWORDS.get(b, 0)
    return float(s) if "." in s else int(s)


def _unit(s: str) -> str:
    s = s.lower()
    return "century" if s.startswith("centur") else s.rstrip("s")


def _iso_duration(n: float | None, unit: str) -> str:
    letter, mult, is_time = _UNITS[unit]
    if n is None:
        amount = "X"
    else:
        v = n * mult
        amount = str(int(v)) if float(v).is_integer() else str(v)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _month(s: str) -> int:
    return _MONTHS[s.rstrip(".").lower()]


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# what a pattern found, before the publication date and the tense resolve it


@dataclass
class _Found:
    start: int
    end: int
    value: str | None = None
    duration: str | None = None
    reason: str | None = None
    prec: str | None = None  # day, week, month, year, decade, century: for "the end of"
    y: int | None = None
    m: int | None = None
    d: int | None = None
    mod: str | None = None
    extra: dict = field(default_factory=dict)


class _Ctx:
    def __init__(self, doc: Doc, published: str | None):
        self.doc = doc
        self.text = doc_text(doc)
        self.pub: dt.date | None = None
        if published:
            try:
                self.pub = dt.date.fromisoformat(str(published)[:10])
            except ValueError:
                self.pub = None
        self.parsed = doc.has_annotation("DEP")

    # -- context around a stretch of text
    def word_before(self, i: int) -> str:
        m = re.search(r"([A-Za-z]+)[-\s]*$", self.text[max(0, i - 30):i])
        return m.group(1).lower() if m else ""

    def word_after(self, i: int) -> str:
        m = re.match(r"[\s-]*([A-Za-z%]+)", self.text[i:i + 30])
        return m.group(1).lower() if m else ""

    def tokens(self, s: int, e: int):
        return self.doc.char_span(s, e, alignment_mode="expand")

    def ent_label(self, s: int, e: int) -> str | None:
        sp = self.tokens(s, e)
        if sp is None:
            return None
        for t in sp:
            if t.ent_type_:
                return t.ent_type_
        return None

    def no_pub(self, f: _Found) -> _Found:
        f.value = None
        f.reason = f"no publication date to anchor '{self.text[f.start:f.end]}'"
        return f

    # -- tense
    def clause_tense(self, s: int, e: int) -> str | None:
        """past / future / present / would / posterior / plan (an infinitive under a present
        or under no verb: "plans to ...", "Rail strike to go ahead ...") from the governing
        verb (see the module docstring and `clause_reading`)."""
        return self.clause_reading(s, e)[0]

    def clause_reading(self, s: int, e: int):
        """(reading, anchor verb, third): reading is past / future / present / plan / None,
        or "would" (the future of a past report: "said it would ... on Monday") or "posterior"
        (an infinitive under a past verb: "voted to end the mission by Aug 15", "was due to
        sail on Monday"; a plan moved: "was postponed to March"), which resolve forward from
        the date of the anchor verb where the sentence gives one (see `anchor_date`). The third
        is, for "would", the reported verb; for "posterior", the word the infinitive hangs on
        (its kind: a commitment, a plan or another act, decides the direction)."""
        if not self.parsed:
            return None, None, None
        sp = self.tokens(s, e)
        if sp is None or len(sp) == 0:
            return None, None, None
        headline = _is_headline(sp.sent)
        prep = self.word_before(s)
        t = sp.root
        premod = self.premod(s, e)  # "the Jan. 6 trial", "Monday's debate": the name of an event
        crossed = False  # through a noun: "from Monday's debate", "the vote on Monday"
        posterior = False  # through an infinitive: its event follows its head's time
        governor = None  # the word the infinitive hangs on ("vowing to fight", "due to sail")
        for _ in range(12):
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
                tense = _verb_tense(t, headline)
                if tense == "participle":
                    # "the ceasefire, agreed on Sunday": past; but "schools connected by Aug
                    # 15", "the road, closed until Friday": a state up to the date, in the
                    # tense of the clause above
                    tense = None if prep in _FUT_PREPS else "past"
                if tense == "would":
                    head = _past_head(t)
                    if head is not None and head.i < sp.start and sp.end <= _subject_start(t):
                        # spaCy hangs the report's own date on the reported verb: "said on
                        # Tuesday it would publish ..."; before the reported subject it is the
                        # day of saying
                        return "past", None, None
                    return "would", head, t
                if tense == "future":
                    return "future", None, None
                if tense == "past":
                    if posterior or (_rescheduled(t) and prep in ("to", "until", "till")):
                        # "voted to end the mission by Aug 15", "was moved to November"
                        head = _past_head(t)
                        if head is not None and head.lemma_.lower() in _SAY and _simple_past(t):
                            return "would", head, t  # "said it expected to finish by April"
                        return "posterior", t, governor
                    return "past", None, None
                if tense == "present":
                    if posterior:
                        return "plan", None, None  # "plans to hold rallies on Sunday"
                    if crossed:
                        return None, None, None  # the noun's event need not share the verb's present
                    return "present", None, None
                if _is_infinitive(t) and not premod and (
                    t.head.pos_ not in ("NOUN", "PROPN") or headline or t.head.dep_ == "ROOT"
                ):
                    # "voted to end the mission by Aug 15", "Rail strike to go ahead on
                    # Saturday"; not a date naming an event ("voted to convict him at his Jan. 6
                    # trial": the trial need not follow the vote), nor an infinitive under a noun
                    # in a sentence ("the failure to see the threat before Sept. 11 is ...")
                    posterior = True
                    governor = t.head
            elif t.pos_ in ("NOUN", "PROPN") and t not in sp:
                if not crossed and t.i < sp.start and any(
                    c.dep_ == "amod" and c.lower_ in _COMING for c in t.children
                ):
                    return "future", None, None  # "the upcoming summit on Monday"
                crossed = True
            if t.head.i == t.i:
                break
            t = t.head
        # no tensed verb: an infinitive under the noun heading a headline is a plan ("Rail
        # strike to go ahead on Saturday", "Mali junta to hold referendum in June")
        return ("plan" if posterior else None), None, None

    def premod(self, s: int, e: int) -> bool:
        """The date names an event: 'the Jan. 6 trial', 'Monday's debate'."""
        if not self.parsed:
            return False
        sp = self.tokens(s, e)
        if sp is None or len(sp) == 0:
            return False
        t = sp.root
        return t.dep_ in ("compound", "nmod", "amod", "npadvmod", "poss") and t.head.i >= sp.end and (
            t.head.pos_ in ("NOUN", "PROPN"))

    def anchor_date(self, verb, clause=None) -> dt.date | None:
        """The date a past verb is told on ("said on Monday", "agreed in July", "said
        Tuesday"), resolved backward from publication: the point a "would" runs forward from.
        `clause`: the reported verb, whose dependents in front of its subject belong to the
        report ("said on Tuesday it would ...", as spaCy hangs it)."""
        if verb is None or self.pub is None:
            return None
        deps = list(verb.children)
        if clause is not None and verb.i < clause.i:
            first = _subject_start(clause)
            deps += [c for c in clause.children if verb.i < c.i < first]
        for c in deps:
            toks = []
            if c.dep_ == "prep" and c.lower_ in ("on", "in"):
                toks = [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("npadvmod", "tmod"):
                toks = [c]
            for g in toks:
                w = g.lower_
                if w in _WEEKDAYS:
                    return _resolve_weekday(self.pub, _WEEKDAYS[w], "past")
                if w in ("yesterday", "today"):
                    return self.pub - dt.timedelta(days=1 if w == "yesterday" else 0)
                if g.text in _FULL_MONTHS or (g.text.rstrip(".").lower() in _MONTHS and g.text[0].isupper()):
                    mon = _month(g.text)
                    day = next((int(n.text) for n in g.children if n.dep_ == "nummod" and n.text.isdigit()), None)
                    years = [n for n in g.children if n.dep_ == "nummod" and re.fullmatch(r"\d{4}", n.text)]
                    if years:
                        return None  # an absolute date: rare as a report's date; not guessed
                    if day is not None:
                        return _resolve_month_day(self.pub, mon, day, "past")
                    return dt.date(_resolve_month(self.pub, mon, "past"), mon, 1)
        return None

    def direction(self, s: int, e: int, lean: str | None = None, pre: re.Match | None = None):
        """(past / future / None (nearest), base) for the expression at s:e; base is the date
        to resolve from: publication, or the day a report was made ("said on Monday it would
        vote on Tuesday"). `lean` from its own words; `pre` a modifier in front ("the end of"),
        before which the preposition is looked for."""
        if lean is not None:
            return lean, self.pub
        tense, anchor, clause = self.clause_reading(s, e)
        possessive = bool(re.match(r"['’]s\b", self.text[e:e + 3]))
        if possessive and tense == "past":
            # "the tweet about Monday's debate was ...": the debate may still be to come; the
            # nearest Monday (leaning past) is the better guess
            tense = None
        prep = self.word_before(pre.start() if pre is not None else s)
        if possessive:
            prep = ""  # "from Monday's debate": the preposition governs the debate, not Monday
        if tense in ("would", "posterior", "plan") and self.premod(s, e):
            tense = None  # "at Monday's debate", "his Jan. 6 trial": the event has a name
        if tense in ("would", "posterior"):
            base = self.anchor_date(anchor, clause if tense == "would" else None)
            if base is not None:
                return "future", base
            if prep == "since":
                return "past", self.pub
            if tense == "would":
                return "future", self.pub  # "said it would reopen on Monday"
            # an infinitive under a past verb, with no day of its own for that verb: spaCy
            # hangs a date on the nearer verb, and in news it is most often the past verb's
            # ("refused to endorse him at the convention in July", "failed to predict the win
            # on Tuesday"); a deadline after a commitment is ahead ("voted to end the mission
            # by Aug 15"); a commitment or a plan otherwise the nearest ("was due to sail on
            # Monday", "was postponed to March", "agreed to hold a contest in November")
            kind = _posterior_kind(clause if clause is not None else anchor)
            if prep in _FUT_PREPS and kind == "commit":
                return "future", self.pub
            if kind in ("commit", "plan"):
                return None, self.pub
            return "past", self.pub
        if tense == "plan":
            tense = "future"
        if tense in ("past", "future"):
            return tense, self.pub
        if prep == "since":
            return "past", self.pub
        if prep in _FUT_PREPS:
            return "future", self.pub
        if tense == "present":
            return "future", self.pub
        return None, self.pub


def _is_headline(sent) -> bool:
    """A line of its own without a full stop: 'Rail strike to go ahead on Saturday'."""
    text = sent.text.strip()
    if not text or len(sent) > 20 or text[-1] in '.!?…"”’\':;)':
        return False
    doc = sent.doc
    before = doc.text[:sent.start_char].rstrip(" \t")
    after = doc.text[sent.end_char:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _posterior_kind(v) -> str:
    """commit ('agreed / voted / vowed to'), plan ('was due / set / expected / meant to', 'was
    to', 'was postponed to') or other ('refused / failed / was forced to')."""
    if v is None:
        return "other"
    lemma = v.lemma_.lower()
    if lemma in _COMMIT:
        return "commit"
    plans = _SCHEDULE | _RESCHEDULE | {"mean", "suppose"}
    if lemma in plans:
        return "plan"
    if lemma == "be" and any(  # "was to leave", "was due / supposed to"
        c.dep_ == "xcomp" or (c.dep_ == "acomp" and (c.lemma_.lower() in plans or c.lower_ in ("due", "supposed")))
        for c in v.children
    ):
        return "plan"
    return "other"


def _subject_start(v) -> int:
    """The first token of v's subject (v itself where it has none)."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return min((c.left_edge.i for c in subj), default=v.i)


def _rescheduled(v) -> bool:
    return v.lemma_.lower() in _RESCHEDULE


def _simple_past(v) -> bool:
    return v.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def _is_infinitive(v) -> bool:
    """'to end', or a bare infinitive complement ('helped rebuild'); not a gerund ('kept going')."""
    return (v.dep_ == "xcomp" and v.tag_ == "VB") or any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)


def _past_head(v):
    """The first past verb above v: the report a "would" belongs to ("said ... would")."""
    t = v
    for _ in range(8):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t if _verb_tense(t, False) in ("past", "participle") else None
    return None


def _verb_tense(v, headline: bool = False) -> str | None:
    """future / would / past / present / participle (a bare past participle) / None
    (infinitive, gerund: the caller climbs to the head)."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    low = {a.lower_ for a in auxes}
    lemma = v.lemma_.lower()
    schedule = lemma in _SCHEDULE or v.lower_ in _SCHEDULE
    if low & _FUTURE_MODALS:
        return "future"
    if "would" in low or "'d" in low:
        return "would"
    past_aux = bool(low & {"did", "had", "was", "were"} or any(a.tag_ == "VBD" for a in auxes))
    present_aux = bool(auxes) and all(a.tag_ in ("VBZ", "VBP") for a in auxes if a.tag_ != "TO") and bool(low - {"to"})
    if headline and not auxes and schedule and v.tag_ in ("VBD", "VBN"):
        return "future"  # "Vote set for May", "Heatwave set to break records": "is set"
    if past_aux:
        return "past"
    if any(a.lemma_ == "have" for a in auxes):
        return "past"  # present perfect: "has voted on Saturday"
    if v.tag_ == "VBD":
        return "past"
    if v.tag_ == "VBN" and not auxes:
        return "participle"  # "the report, published in March, ..."
    if v.tag_ in ("VBZ", "VBP") or present_aux:
        if schedule:
            return "future"  # "is expected in two weeks", "is scheduled for Tuesday"
        if headline and not auxes:
            return None  # the headline's present tells the past: "Parliament approves budget"
        return "present"  # incl. "is meeting on Monday"
    return None


# ---------------------------------------------------------------------------------------------
# resolution against the publication date


def _resolve_weekday(pub: dt.date, wd: int, direction: str | None, strict: bool = False) -> dt.date:
    back = (pub.weekday() - wd) % 7  # days back to the latest such weekday (0 = publication day)
    fwd = (wd - pub.weekday()) % 7
    if strict:
        back, fwd = back or 7, fwd or 7
    if direction == "past":
        return pub - dt.timedelta(days=back)
    if direction == "future":
        return pub + dt.timedelta(days=fwd)
    # no tense to go by: the nearest, leaning to the past (news mostly reports the past week):
    # written on a Friday, a bare "Monday" is the one four days back rather than three ahead
    return pub - dt.timedelta(days=back) if back <= fwd + 2 else pub + dt.timedelta(days=fwd)


def _resolve_month(pub: dt.date, m: int, direction: str | None, strict: bool = False) -> int:
    """The year of month m."""
    y = pub.year
    if direction == "past":
        return y if (m < pub.month or (m == pub.month and not strict)) else y - 1
    if direction == "future":
        return y if (m > pub.month or (m == pub.month and not strict)) else y + 1
    # nearest; a tie (six months either way) stays in the publication year
    cands = [(abs((yy * 12 + m) - (y * 12 + pub.month)), yy != y, yy) for yy in (y - 1, y, y + 1)]
    return min(cands)[2]


def _resolve_month_day(pub: dt.date, m: int, d: int, direction: str | None) -> dt.date | None:
    cands = [x for x in (_date(pub.year + k, m, d) for k in (-1, 0, 1)) if x is not None]
    if not cands:
        return None
    if direction == "past":
        past = [x for x in cands if x <= pub]
        return max(past) if past else None
    if direction == "future":
        fut = [x for x in cands if x >= pub]
        return min(fut) if fut else None
    return min(cands, key=lambda x: abs((x - pub).days))


def _apply_pos(f: _Found) -> None:
    """'the end of' / 'the start of' a year or month gives its last / first day."""
    if f.mod not in ("end", "start") or f.value is None or f.y is None:
        return
    if f.prec == "year":
        f.value = f"{f.y:04d}-12-31" if f.mod == "end" else f"{f.y:04d}-01-01"
        f.prec = "day"
    elif f.prec == "month" and f.m is not None:
        last = calendar.monthrange(f.y, f.m)[1]
        f.value = f"{f.y:04d}-{f.m:02d}-{last if f.mod == 'end' else 1:02d}"
        f.prec = "day"


# ---------------------------------------------------------------------------------------------
# the patterns: each handler gets the match and the prefix modifier in front (or None) and
# returns a _Found or None (not a date). Overlaps are settled afterwards: the longest wins.

Handler = Callable[[_Ctx, re.Match, "re.Match | None"], "_Found | None"]
_PATTERNS: list[tuple[re.Pattern, Handler]] = []
_NEEDS: dict[Handler, re.Pattern] = {}  # handler -> what every match of its pattern contains


def _pattern(regex: str, flags: int = 0, first: str | None = None, needs: str | None = None):
    """`first`: a class of the characters every match of `regex` starts with (in the flags
    of the pattern's own start). It goes in front as a look-ahead: `re` then rejects most
    positions of the text on one character instead of trying the pattern's alternatives there
    (the same matches; dates ran 24 patterns over every article, now about 30% faster).
    `needs`: a regex that every match of `regex` contains a match of ("ago" for 'two years
    ago'), cheap to search for: a text without it is not scanned with `regex` at all."""

    def deco(fn: Handler) -> Handler:
        _PATTERNS.append((re.compile(regex if first is None else f"(?={first}){regex}", flags), fn))
        if needs is not None:
            _NEEDS[fn] = re.compile(needs)
        return fn

    return deco


def _with_prefix(ctx: _Ctx, f: _Found, pre: re.Match | None, periods: tuple[str, ...]) -> _Found:
    """Extend the span over a modifier in front when it applies to this kind of period."""
    if pre is None or f.prec not in periods:
        return f
    if pre.group("pos"):
        f.mod = {"end": "end", "close": "end", "beginning": "start", "start": "start", "middle": "mid"}[
            pre.group("pos").lower()
        ]
    elif pre.group("edge"):
        f.mod = pre.group("edge").lower()
    elif pre.group("rel"):
        pass  # "earlier in June", "later this year": direction only, handled by the caller
    f.start = pre.start()
    _apply_pos(f)
    return f


def _prefix_lean(pre: re.Match | None) -> str | None:
    """'earlier in June' points back; 'later in July' does not point forward by itself (it is
    later than some other event, told in any tense), so it leaves the direction to the verb."""
    if pre is not None and pre.group("rel") and pre.group("rel").lower() == "earlier":
        return "past"
    return None


# -- absolute dates ---------------------------------------------------------------------------


@_pattern(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", first=r"\d")
def _iso(ctx, m, pre):
    d = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    return _Found(m.start(), m.end(), value=d.isoformat(), prec="day", y=d.year, m=d.month, d=d.day)


@_pattern(r"(?<![\d/])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b(?!/)", first=r"\d")
def _numeric(ctx, m, pre):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    opts = {x for x in (_date(y, a, b), _date(y, b, a)) if x is not None}
    if not opts:
        return None
    f = _Found(m.start(), m.end(), prec="day")
    if len(opts) == 1:
        d = opts.pop()
        f.value, f.y, f.m, f.d = d.isoformat(), d.year, d.month, d.day
    else:  # 12/03/2024: US month-first or day-first? Not guessed.
        f.reason = f"ambiguous day/month order in '{m.group(0)}'"
    return f


@_pattern(rf"{_WDPRE}\b{_MON}{_S}{_DAY},?{_S}{_YEAR}", first=_FIRST_WD_MON)
def _mdy(ctx, m, pre):
    d = _date(int(m["year"]), _month(m["mon"]), int(m["day"]))
    if d is None:
        return None
    return _Found(m.start(), m.end(), value=d.isoformat(), prec="day", y=d.year, m=d.month, d=d.day)


@_pattern(rf"{_WDPRE}\b{_DAY}{_S}(?:of{_S})?{_MON},?{_S}{_YEAR}", first=_FIRST_WD_DAY)
def _dmy(ctx, m, pre):
    return _mdy(ctx, m, pre)


@_pattern(rf"\b{_MON}{_S}(?:of{_S})?{_YEAR}", first=_FIRST_MON)
def _month_year(ctx, m, pre):
    y = int(m["year"])
    if not 1000 <= y <= 2100:
        return None
    mon = _month(m["mon"])
    f = _Found(m.start(), m.end(), value=_ym(y, mon), prec="month", y=y, m=mon)
    return _with_prefix(ctx, f, pre, ("month",))


@_pattern(r"(?<![\w$£€.,/'’])(?P<y>1\d{3}|20\d{2}|2100)\b(?![%/]|[.,]\d|-\d{1,2}\b|\s*(?:per\s*cent|percent)\b)",
          first="[12]")
def _year(ctx, m, pre):
    s, e = m.span()
    y = int(m["y"])
    before = ctx.text[max(0, s - 30):s]
    ok = False
    if before.endswith(("-", "–")):
        # "mid-2024", "post-2011", or the second year of a range "2010-2015"
        ok = bool(re.search(r"(?i)(?:\b(?:mid|pre|post)|\d{4}\s*)[-–]$", before))
        if not ok:
            return None
    prev = ctx.word_before(s)
    if not ok:
        if prev in ("to", "and", "or"):
            ok = bool(re.search(r"(?<![\d,.])(1\d{3}|20\d{2})\b", before))  # a range or a list
        elif prev == "of":
            ok = bool(re.search(
                r"(?i)\b(end|beginning|start|middle|spring|summer|autumn|fall|winter|half|quarter|"
                r"class|rest|remainder|months?|year|as)\s+of\s*$", before))
        elif prev in _NOT_YEAR_BEFORE:
            return None
        else:
            ok = prev in _YEAR_PREPS
    # a count, not a year: "the 1500 troops", "in 1000 cases"
    nxt = ctx.word_after(e)
    if ctx.parsed:
        sp = ctx.tokens(s, e)
        tok = sp[0] if sp is not None and len(sp) else None
        label = ctx.ent_label(s, e)
        if tok is not None and tok.dep_ == "nummod":
            head = tok.head
            if head.i > tok.i and (head.lower_ in _EVENT_NOUNS or head.lemma_.lower() in _EVENT_NOUNS):
                ok = True
            elif (head.tag_ == "NNS" or head.lower_ in ("percent", "%")) and (
                head.i == tok.i + 1 or not (ok and label == "DATE")
            ):
                # "the 1500 troops", "from 1000 to 2000 hires": a count; but with a word between,
                # a year: "between 1600 and 1900 world temperatures fell"
                return None
        if ok and y % 100 == 0 and label in ("CARDINAL", "QUANTITY", "MONEY") and prev in (
            "from", "to", "and", "or", "between", "through",
        ):
            return None  # a round count in a range: "from 1000 to 2000 hires"
        if not ok and label == "DATE":
            ok = True
    else:
        if nxt in _EVENT_NOUNS and prev in ("the", "a", "an", "its", "their", "his", "her"):
            ok = True
        elif nxt.endswith("s") and nxt not in _EVENT_NOUNS and prev not in ("in", "since", "by", "until"):
            return None
    if not ok:
        return None
    f = _Found(s, e, value=f"{y:04d}", prec="year", y=y)
    return _with_prefix(ctx, f, pre, ("year",))


@_pattern(r"(?:(?i:\bthe\s+))?(?:\b(?P<c>1\d|20)(?P<d>\d)0s|['’](?P<s>\d)0s)\b", first="(?i:t)|[12'’]", needs=r"0s\b")
def _decade(ctx, m, pre):
    prefix = m["c"] + m["d"] if m["c"] else "19" + m["s"]
    f = _Found(m.start(), m.end(), value=f"{prefix}X", prec="decade")
    return _with_prefix(ctx, f, pre, ("decade",))


@_pattern(rf"(?i:\b(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{_ORD}))\s+century)\b(?!-)",
          first=r"(?i:[\dtsfen])", needs=r"(?i:\scentury)\b")  # the, a digit, the ordinals' first letters
def _century(ctx, m, pre):
    n = int(m["n"]) if m["n"] else _ORDINALS[m["w"].lower()]
    f = _Found(m.start(), m.end(), value=f"{n - 1:02d}XX", prec="century")
    return _with_prefix(ctx, f, pre, ("century",))


# -- dates relative to publication -------------------------------------------------------------


@_pattern(rf"{_WDPRE}\b{_MON}{_S}{_DAY}(?!\s*[:.,]?\d)", first=_FIRST_WD_MON)
def _month_day(ctx, m, pre):
    s, e = m.span()
    mon, day = _month(m["mon"]), int(m["day"])
    if not 1 <= day <= 31 or _date(2000, mon, day) is None:  # 2000: a leap year
        return None
    if ctx.word_after(e) in ("percent", "%", "per"):
        return None
    f = _Found(s, e, prec="day", m=mon, d=day)
    if ctx.pub is None:
        f.reason = f"no year and no publication date for '{ctx.text[s:e]}'"
        return f
    # a dateline ("BAMAKO, June 30 (Reuters) -"): filed on or before publication
    dateline = bool(
        re.match(r"\s*(?:[A-Z][A-Za-z'.-]*[ ,]+){1,5}$", ctx.text[:s])
        and re.match(r"(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\))?\s*[-–—:]", ctx.text[e:e + 50])
    )
    if dateline:
        f.extra["dateline"] = True
        direction, base = "past", ctx.pub
    else:
        direction, base = ctx.direction(s, e, _prefix_lean(pre), pre)
    d = _resolve_month_day(base, mon, day, direction)
    if d is None:
        return None
    f.value, f.y = d.isoformat(), d.year
    return f


@_pattern(rf"\b{_DAY}{_S}(?:of{_S})?{_MON}(?!{_S}\d)", first=r"\d")
def _day_month(ctx, m, pre):
    return _month_day(ctx, m, pre)


_REL_YEAR = rf",?{_S}(?:of{_S})?(?i:(?P<rdet>last|this|next){_S}year)\b"


@_pattern(rf"{_WDPRE}\b{_DAY}{_S}(?:of{_S})?{_MON}{_REL_YEAR}", first=_FIRST_WD_DAY)
def _day_month_of_rel_year(ctx, m, pre):
    return _month_of_rel_year(ctx, m, pre)


@_pattern(rf"{_WDPRE}\b{_MON}(?:{_S}{_DAY})?{_REL_YEAR}", first=_FIRST_WD_MON)
def _month_of_rel_year(ctx, m, pre):
    """'June 16 of last year', 'in March of next year'."""
    s, e = m.span()
    mon = _month(m["mon"])
    day = int(m["day"]) if m["day"] else None
    if m["mon"] not in _FULL_MONTHS and day is None:
        return None
    f = _Found(s, e, prec="day" if day else "month", m=mon, d=day)
    if ctx.pub is None:
        return ctx.no_pub(f)
    f.y = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[m["rdet"].lower()]
    if day:
        d = _date(f.y, mon, day)
        if d is None:
            return None
        f.value = d.isoformat()
    else:
        f.value = _ym(f.y, mon)
    return _with_prefix(ctx, f, pre, ("month",))


@_pattern(rf"(?:\b(?i:(?P<det>last|next|this|coming)){_S})?\b{_MON}(?!{_S}(?:\d|of{_S}\d))",
          first=f"(?i:[lntc])|{_FIRST_MON}")
def _month_alone(ctx, m, pre):
    s, e = m.span()
    mon = _month(m["mon"])
    det = (m["det"] or "").lower()
    if m["mon"] not in _FULL_MONTHS:
        return None  # a bare abbreviation ("Dec.") is too ambiguous alone
    if not det and pre is None:
        prev = ctx.word_before(s)
        if prev in ("and", "or", "to"):
            # a range or a list of months: "between March and May"
            cue = bool(re.search(rf"\b({'|'.join(_FULL_MONTHS)})\b[^.]{{0,20}}$", ctx.text[max(0, s - 30):s]))
            if not cue and prev == "to" and m["mon"] != "May":
                # a new date for a plan: "was moved to November", "postponed to March"
                cue = bool(_RESCHEDULED_TO.search(ctx.text, max(0, s - 40), s))
        elif prev == "for":
            # "planned for April", "set for August"; not "May" ("support for May", a name)
            cue = m["mon"] != "May"
        else:
            cue = prev in _MONTH_CUES
        if cue and prev in ("for", "to") and re.match(r"\s+[A-Z][a-z]", ctx.text[e:e + 3]):
            cue = False  # a first name: "a warrant for April Jones"
        if not cue:
            return None
    f = _Found(s, e, prec="month", m=mon)
    if ctx.pub is None:
        return ctx.no_pub(_with_prefix(ctx, f, pre, ("month",)))
    if det in ("last", "next"):
        y = _resolve_month(ctx.pub, mon, "past" if det == "last" else "future", strict=True)
    elif det == "this":
        y = ctx.pub.year  # "this October": the publication's year, whatever the tense
    else:
        lean = _prefix_lean(pre)
        if det == "coming":
            lean = "future"
        direction, base = ctx.direction(s, e, lean, pre)
        y = _resolve_month(base, mon, direction)
    f.y, f.value = y, _ym(y, mon)
    return _with_prefix(ctx, f, pre, ("month",))


@_pattern(rf"(?:\b(?i:(?P<det>last|next|this|coming)){_S})?\b{_WD}(?P<plural>s)?{_PART}\b",
          first=f"(?i:[lntc])|{_FIRST_WD}")
def _weekday(ctx, m, pre):
    s, e = m.span()
    if m["plural"]:
        return None  # "on Saturdays": a habit, not a date
    det = (m["det"] or "").lower()
    if not det and (ctx.word_before(s) in _WD_BEFORE or ctx.word_after(m.end("wd")) in _WD_AFTER):
        return None
    f = _Found(s, e, prec="day")
    if ctx.pub is None:
        return ctx.no_pub(f)
    wd = _WEEKDAYS[m["wd"].lower()]
    if det in ("last", "next"):
        d = _resolve_weekday(ctx.pub, wd, "past" if det == "last" else "future", strict=True)
    else:
        lean = "future" if det == "coming" else None
        direction, base = ctx.direction(s, e, lean)
        d = _resolve_weekday(base, wd, direction)
    f.value, f.y, f.m, f.d = d.isoformat(), d.year, d.month, d.day
    return f


@_pattern(
    r"(?i:\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|yesterday|today|tomorrow|tonight)\b)",
    first="(?i:[ty])",
)
def _deictic(ctx, m, pre):
    s, e = m.span()
    w = re.sub(r"\s+", " ", m["w"].lower())
    if m["w"][0].isupper() and re.search(r"[a-z,;]\s+[A-Z][A-Za-z]*\s+$", ctx.text[max(0, s - 30):s]):
        return None  # inside a name: "USA Today", "Russia Today", "USA TODAY"
    f = _Found(s, e, prec="day")
    if ctx.pub is None:
        return ctx.no_pub(f)
    shift = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
             "tomorrow": 1, "the day after tomorrow": 2}[w]
    d = ctx.pub + dt.timedelta(days=shift)
    f.value, f.y, f.m, f.d = d.isoformat(), d.year, d.month, d.day
    return f


@_pattern(r"(?i:\b(?P<det>last|next|this)\s+(?P<unit>week|month|year|decade|century)\b)", first="(?i:[lnt])")
def _det_period(ctx, m, pre):
    s, e = m.span()
    det, unit = m["det"].lower(), m["unit"].lower()
    if ctx.word_before(s) == "the":
        return None  # "the last year" is a duration (below)
    f = _Found(s, e, prec=unit)
    if ctx.pub is None:
        return ctx.no_pub(_with_prefix(ctx, f, pre, (unit,)))
    k = {"last": -1, "this": 0, "next": 1}[det]
    p = ctx.pub
    if unit == "week":
        f.value = _week(p + dt.timedelta(weeks=k))
    elif unit == "month":
        x = p + relativedelta(months=k)
        f.y, f.m, f.value = x.year, x.month, _ym(x.year, x.month)
    elif unit == "year":
        f.y = p.year + k
        f.value = f"{f.y:04d}"
    elif unit == "decade":
        f.value = f"{(p.year // 10 + k):03d}X"
    else:
        f.value = f"{(p.year // 100 + k):02d}XX"
    return _with_prefix(ctx, f, pre, (unit,))


@_pattern(r"(?i:\bthe\s+(?P<unit>year|month|week|decade|century)\b)", first="(?i:t)")
def _the_period(ctx, m, pre):
    """'the year' only after 'the end/start/middle of': the publication's year, month, ..."""
    if pre is None or not pre.group("pos"):
        return None
    s, e = m.span()
    unit = m["unit"].lower()
    f = _Found(s, e, prec=unit)
    if ctx.pub is None:
        return ctx.no_pub(_with_prefix(ctx, f, pre, (unit,)))
    p = ctx.pub
    f.y, f.m = p.year, p.month
    f.value = {
        "year": f"{p.year:04d}", "month": _ym(p.year, p.month), "week": _week(p),
        "decade": f"{p.year // 10:03d}X", "century": f"{p.year // 100:02d}XX",
    }[unit]
    return _with_prefix(ctx, f, pre, (unit,))


@_pattern(rf"(?i:\b{_NUM_AHEAD}(?P<num>{_NUMW})\s+{_UNIT}\s+ago\b)", needs=r"(?i:\sago)\b")
def _ago(ctx, m, pre):
    s, e = m.span()
    f = _Found(s, e)
    n = _num(m["num"])
    if n is None:
        f.reason = f"vague: '{ctx.text[s:e]}'"
        return f
    if ctx.pub is None:
        return ctx.no_pub(f)
    _shift(f, ctx.pub, -n, _unit(m["unit"]))
    return f


@_pattern(
    rf"(?i:\b(?=[\dadefhmnosti])(?:in\s+(?P<num>{_NUMW})\s+{_UNIT}(?:['’]\s*time)?"
    rf"|(?P<num2>{_NUMW})\s+(?P<unit2>years?|months?|weeks?|days?|hours?|decades?)\s+from\s+now)\b)"
)
def _in_n(ctx, m, pre):
    s, e = m.span()
    num, unit = (m["num"], m["unit"]) if m["num"] else (m["num2"], m["unit2"])
    if m["num"] and ctx.clause_tense(s, e) not in ("future", "would"):
        # only with an explicit future ("will decide in two weeks"): "the first time in nine
        # years", "not in one year" are durations (below)
        return None
    f = _Found(s, e)
    n = _num(num)
    if n is None:
        f.reason = f"vague: '{ctx.text[s:e]}'"
        return f
    if ctx.pub is None:
        return ctx.no_pub(f)
    _shift(f, ctx.pub, n, _unit(unit))
    return f


def _shift(f: _Found, pub: dt.date, n: float, unit: str) -> None:
    """pub moved by n units, at the precision of the unit (days/weeks: a date)."""
    if unit in ("hour", "minute"):
        f.value = pub.isoformat()
        return
    if unit in ("day", "week"):
        x = pub + dt.timedelta(days=round(n * (7 if unit == "week" else 1)))
        f.value, f.prec = x.isoformat(), "day"
        return
    if unit == "month":
        x = pub + relativedelta(months=int(n))
        f.value, f.prec, f.y, f.m = _ym(x.year, x.month), "month", x.year, x.month
        return
    years = int(n * {"year": 1, "decade": 10, "century": 100}[unit])
    f.y = pub.year + years
    f.value, f.prec = f"{f.y:04d}", "year"


# -- dates relative to another date in the text: not resolved -----------------------------------


@_pattern(
    rf"(?i:\b{_NUM_AHEAD}(?:(?P<num>{_NUMW})\s+{_UNIT}\s+(?:later|earlier|before|after|afterwards|prior)"
    r"|the\s+(?:day|week|month|year)\s+(?:before|after)"
    r"|the\s+(?:next|following|previous|preceding|same)\s+(?:day|week|month|year|morning|evening)"
    r"|that\s+(?:same\s+)?(?:day|week|month|year|morning|evening))\b)"
)
def _relative_other(ctx, m, pre):
    s, e = m.span()
    if re.match(r"(?i)the\s+(?:next|following|previous|preceding)", m.group(0)) and ctx.word_before(s) in (
        "over", "during", "in", "within", "for", "throughout",
    ):
        return None  # "over the next year": a duration (below)
    if m["num"] and ctx.word_before(s) in ("for", "spent", "lasted", "took", "over", "during"):
        return None  # "inside the network for 11 days before it was found": a duration (below)
    return _Found(s, e, reason=f"relative to another date in the text: '{ctx.text[s:e]}'")


# -- durations ----------------------------------------------------------------------------------

# a bare "a year" is a duration only after one of these ("for a year", "more than a year");
# after a quantity it is a rate ("$1.2 billion a year", "twice a year") and not emitted
_DUR_PREPS = {
    "for", "over", "after", "within", "in", "nearly", "almost", "about", "around", "than",
    "only", "just", "barely", "whole", "entire", "full", "past", "last", "spent", "lasted",
    "took", "of", "some", "roughly", "approximately", "least", "up", "under",
}


# words between a number and its unit that keep it a length of time ("40 working days", "three
# extra days")
_DUR_MODS = r"(?:working|business|calendar|school|extra|more|further|full|consecutive|straight)"


@_pattern(rf"(?i:\b{_NUM_AHEAD}(?P<num>{_NUMW})(?P<half>\s+and\s+a\s+half)?\s+(?:{_DUR_MODS}\s+)?{_UNIT}\b(?!-))")
def _duration(ctx, m, pre):
    s, e = m.span()
    nw = re.sub(r"\s+", " ", m["num"].lower())
    after = ctx.text[e:e + 20].lower()
    if re.match(r"[\s-]*(old|of age)\b", after):
        return None  # an age: "nine years old"
    if ctx.word_before(s) in ("every", "per", "each"):
        return None  # a frequency: "every two years"
    if re.search(r"(?i)\b(?:age\s+of|aged)\s*$", ctx.text[max(0, s - 12):s]):
        return None  # an age: "children under the age of five years"
    if nw in ("a", "an", "one", "half a") and ctx.word_before(s) not in _DUR_PREPS:
        return None  # a rate or an idiom: "$1.2 billion a year", "one day, ..."
    if ctx.text[max(0, s - 1):s] in ("$", "£", "€"):
        return None
    n = _num(nw)
    if m["half"] and n is not None:
        n += 0.5  # "seven and a half years"
    return _Found(s, e, duration=_iso_duration(n, _unit(m["unit"])))


@_pattern(
    rf"(?i:\bthe\s+(?:past|last|next|coming|previous|following)\s+(?:(?P<num>{_NUMW})\s+)?"
    r"(?P<unit>years?|months?|weeks?|days?|hours?|decades?|century|centuries)\b)",
    first="(?i:t)",
)
def _the_past_n(ctx, m, pre):
    s, e = m.span()
    word = re.match(r"(?i)the\s+(\w+)", m.group(0)).group(1).lower()
    if not m["num"] and word in ("next", "following", "previous") and ctx.word_before(s) not in (
        "over", "during", "in", "within", "for", "throughout",
    ):
        return None  # "the next day": relative to another date (above)
    if m["num"]:
        n = _num(m["num"])
    else:  # "the past year" is one year; "the coming weeks" an unknown number of them
        n = None if m["unit"].lower().endswith("s") or m["unit"].lower() == "centuries" else 1
    return _Found(s, e, duration=_iso_duration(n, _unit(m["unit"])))


@_pattern(
    rf"(?i:\b(?=[\dadefhmnostywc])(?:(?P<num>{_NUMW}|\d+)-)?(?P<unit>year|month|week|day|hour|decade|century)s?-(?P<kind>old|long)\b)",
    needs=r"(?i:-(?:old|long))\b",
)
def _adj_old(ctx, m, pre):
    s, e = m.span()
    num, unit = m["num"], _unit(m["unit"])
    if num is None:  # "a 15 year-old", "a 2,900 year-old site": the number stands apart
        w0 = max(0, s - 20)
        apart = re.search(rf"(?i)(?:\b(?P<n>\d[\d,]*(?:\.\d+)?|{_NUMW}))\s+$", ctx.text[w0:s])
        if apart and apart.group("n").lower() not in ("a", "an"):
            num = apart.group("n").replace(",", "")
            s = w0 + apart.start("n")
    if m["kind"].lower() == "old" and num and unit in ("year", "month", "week", "day"):
        # "a 45-year-old (man)": an age, unless it qualifies a thing ("a 20-year-old law")
        noun = ctx.word_after(e)
        if noun not in _OLD_THINGS:
            return None
    n = _num(num) if num else 1
    return _Found(s, e, duration=_iso_duration(n, unit))


@_pattern(rf"(?i:\b{_NUM_AHEAD}(?P<num>{_NUMW}|\d+)-(?P<unit>year|month|week|day|hour|decade|century)\b(?!-))",
          needs=r"(?i:-(?:year|month|week|day|hour|decade|century))\b")
def _adj_n(ctx, m, pre):
    """'a two-year mandate', 'a 10-day visit'."""
    if m["num"].lower() in ("a", "an"):
        return None
    return _Found(m.start(), m.end(), duration=_iso_duration(_num(m["num"]), _unit(m["unit"])))


# ---------------------------------------------------------------------------------------------


def find_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Every date and duration in doc.text, resolved against `published` (YYYY-MM-DD or None)."""
    ctx = _Ctx(doc, published)
    text = ctx.text
    found: list[_Found] = []
    for rx, handler in _PATTERNS:
        needs = _NEEDS.get(handler)
        if needs is not None and needs.search(text) is None:
            continue  # no match of rx can be in the text
        for m in rx.finditer(text):
            pre = _PREFIX.search(text, max(0, m.start() - 40), m.start())
            try:
                f = handler(ctx, m, pre)
            except OverflowError:
                # resolved past the ends of the calendar (years 1 to 9999): "9999999999 days
                # ago", "tomorrow" published 9999-12-31: no date to write down
                f = None
            except ValueError as e:
                if "out of range" not in str(e):  # dt.date / relativedelta past year 1 or 9999
                    raise
                f = None
            if f is not None:
                found.append(f)
    # overlaps: the longest stretch wins ("December 8, 2021" over "2021"); then the earlier pattern
    order = sorted(range(len(found)), key=lambda i: (-(found[i].end - found[i].start), i))
    kept: list[_Found] = []
    for i in order:
        f = found[i]
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: f.start)
    out = []
    for f in kept:
        extra = {k: v for k, v in f.extra.items() if not k.startswith("_")}
        if f.mod:
            extra["mod"] = f.mod
        out.append(
            DateMention(
                value=f.value, span=Span.of(text, f.start, f.end), duration=f.duration,
                reason=f.reason, **extra,
            )
        )
    return out


@Language.component("newsgraph_dates")
def dates_component(doc: Doc) -> Doc:
    doc._.dates = find_dates(doc, doc._.published)
    return doc
