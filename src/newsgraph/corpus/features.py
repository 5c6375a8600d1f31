"""What an article is about, as weighted terms: the profile stories are grouped by.

A profile is a bag of terms drawn from the record: content words of the title and lead (weighted
up: they name the event), of the body (stemmed to six letters, so "arrested"/"arrests" meet),
proper names as written in the text, the record's actors under their cross-article merge keys
("country:MLI", "person:abdoulaye diop"), and its figures and years as numbers ("N:23"). Names and
numbers count more than common words: reports of two events of one kind (two earthquakes) share
their vocabulary and differ by who, where and how many.

Weights are log-scaled term counts times an inverse document frequency that blends the corpus at
hand with a background table (`data/corpus/df.json.gz`, built by scripts/build_story_df.py from
the shared sets), so that eight reports of one story are not judged by eight documents alone.
"""

from __future__ import annotations

import gzip
import heapq
import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

TITLE_W = 2.0  # title words count twice
LEAD_W = 1.5  # the first paragraph's words
NAME_W = 1.5  # proper names, actors and numbers, over common words (k-fold over ECB+: docs/corpus.md)
STEM = 6
LEAD_CHARS = 400
PROFILE_TERMS = 40  # terms kept in a profile
BACKGROUND_DOCS = 50.0  # how many documents' worth the background table counts for
NAME_BY_BACKGROUND = 1  # 0: a sentence's first word and a headline in capitals are never names
SHOUT_SHARE = 0.8  # a text with this share of its letters in capitals is set in capitals
# A rare name (a named ferry, company or island that no background document has) in many reports of
# a corpus of dated news is one story's name told over days, not a common word: in a dated report's
# profile such a name counts as in at most NAME_DF_CAP corpus documents. Undated texts (ECB+,
# SemEval) are weighed as before. k-fold over ECB+ cannot judge it; the invented corpora: docs/corpus.md
NAME_DF_CAP = 8  # 0: off

EVENT_W = 0.0  # > 0: the lead's events (record type, trigger word) as terms of this weight (k-fold: docs/corpus.md)

STOP = frozenset(
    """a an the and or but nor of to in on at for with by from as is was were are be been being it its
    this that these those he she they we you i his her their our my your who whom which what when where
    why how not no than then so if into over after before about said says say also has have had will
    would could should may might can more most other some such only own same too very just one two
    three new up out do did does there here them him us me all any each both few many much off again
    further once during while under until through against between among per via still yet even now
    told tells according added adding just like year years week weeks day days monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december mr mrs ms dr""".split()
)
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*|\d[\d,.]*\d|\d")
_GAP_TOKEN = re.compile(r"(.*?)(" + _TOKEN.pattern + ")", re.S)  # the shortest gap: the next token, as _TOKEN finds it
_STARTS = re.compile(r"[.!?:]['\"”’)]*\s+$|\n")  # a gap before a word that starts a sentence
_SENT_START = re.compile(r"(?:^|[.!?]['\"”’)]*\s+|\n\s*)$")


def tokens(text: str) -> list[tuple[str, bool]]:
    """(token, starts a sentence) for each word or number of `text`."""
    out = []
    prev_end = 0
    search = _STARTS.search
    for m in _TOKEN.finditer(text):
        if prev_end == 0:
            start_ok = True
        else:
            gap = text[prev_end:m.start()]
            start_ok = gap != " " and search(gap) is not None  # one space, the common gap, starts nothing
        out.append((m.group(), start_ok))
        prev_end = m.end()
    return out


def shouting(text: str) -> bool:
    """Whether a text is set in capitals ("ORVIK TO SHUT VELMARK WORKS"): its capitals then
    tell nothing about which words are names."""
    letters = sum(map(str.isalpha, text))
    if letters < 12 or sum(map(str.isupper, text)) < SHOUT_SHARE * letters:
        return False  # (the capitals counted so, letters or not, are at least the capital letters)
    return sum(ch.isupper() for ch in text if ch.isalpha()) >= SHOUT_SHARE * letters


def _unknown(low: str) -> bool:
    """A word no background document has (its stem, with or without a plural's s): a name more
    likely than a common word. (Also asking that the article never write it in small letters was
    tried: ECB+ held-out B3 89.4 -> 87.8.)"""
    bn, bdf = background()
    st = low[:STEM]
    return bool(bn) and st not in bdf and st.rstrip("s")[:STEM] not in bdf


def _word_terms(text: str, weight: float, c: Counter) -> None:
    shout = NAME_BY_BACKGROUND and shouting(text)
    named_w = weight * NAME_W
    memo = _term_memo()
    search = _STARTS.search
    start = True
    for gap, tok in _GAP_TOKEN.findall(text):  # tokens(), inline: the text before each token, and the token
        if start:
            first, start = True, False
        else:
            first = gap != " " and search(gap) is not None
        # 0: a capital is read by the background table; 1: never a name; 2: a capital is a name
        mode = 0 if shout or (first and NAME_BY_BACKGROUND) else 1 if first else 2
        seen = memo[mode]
        t = seen.get(tok, _UNSEEN)
        if t is _UNSEEN:
            t = seen[tok] = _term(tok, mode)
        if t is not None:  # (get, not Counter's +=: no __missing__ call per new term)
            k = t[0]
            c[k] = c.get(k, 0) + (named_w if t[1] else weight)


_UNSEEN = object()
_MEMO: list = [None, None]  # [the constants it was kept under, the terms by mode]
_MEMO_MAX = 200_000


def _term_memo() -> tuple[dict, dict, dict]:
    """Each token's term (_term) by mode, kept while STEM, NAME_BY_BACKGROUND and STOP stay as
    they are (scripts/tune_stories.py may set them) and up to _MEMO_MAX tokens per mode."""
    key = (STEM, NAME_BY_BACKGROUND, id(STOP))
    if _MEMO[0] != key or any(len(d) > _MEMO_MAX for d in _MEMO[1]):
        _MEMO[0], _MEMO[1] = key, ({}, {}, {})
    return _MEMO[1]


def _term(tok: str, mode: int) -> tuple[str, bool] | None:
    """A token's term and whether it counts as a name or number (weighed NAME_W), or None (a stop
    word, a short word). mode 0: a capital is a name where the background table lacks the word (a
    sentence's first word, a headline in capitals); 1: no name (a sentence's first word where
    NAME_BY_BACKGROUND is off); 2: a capital is a name."""
    low = tok.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    if tok[0].isdigit():
        num = tok.replace(",", "")
        if num.endswith("."):
            num = num[:-1]
        return "N:" + num, True
    if len(low) < 3 or low in STOP:
        return None
    # a capital says "name" except where every word has one (a sentence's first word, a
    # headline in capitals); there, a word that no background document has is taken for a
    # name ("Velmark steelworks to close ...", "ORVIK TO SHUT VELMARK WORKS"), as the same
    # word is one mid-sentence
    if mode == 0:
        name = tok[0].isupper() and _unknown(low)
    else:
        name = mode == 2 and tok[0].isupper()
    if name:
        return "E:" + low, True
    return low[:STEM], False


def raw_counts(title: str | None, body: str, record: Any = None) -> Counter:
    """The term counts of an article (before IDF)."""
    c: Counter = Counter()
    if title:
        _word_terms(title, TITLE_W, c)
    lead_end = body.find("\n", LEAD_CHARS // 2)
    lead_end = lead_end if 0 < lead_end < LEAD_CHARS * 2 else min(len(body), LEAD_CHARS)
    _word_terms(body[:lead_end], LEAD_W, c)
    _word_terms(body[lead_end:], 1.0, c)
    if record is not None and EVENT_W > 0:
        # the lead's events: what happened, by the record's event type and its trigger's first word
        for e in getattr(record, "events", None) or []:
            span, trig = getattr(e, "span", None), getattr(e, "trigger", None)
            if span is None or span.start >= lead_end:
                continue
            c["V:" + e.type] += EVENT_W
            words = (trig.text if trig is not None else "").lower().split()
            if words and len(words[0]) >= 3:
                c["V:" + words[0][:STEM]] += EVENT_W
    if record is not None:
        from ..names import actor_keys

        for a in getattr(record, "actors", None) or []:
            keys = actor_keys(a)
            if keys:
                c["A:" + keys[0]] += NAME_W * min(3, max(1, len(a.mentions)))
    return c


@lru_cache(maxsize=1)
def background() -> tuple[int, dict[str, int]]:
    """(documents, document frequency per term) of the shipped background table."""
    try:
        data = resources.files("newsgraph").joinpath("data/corpus/df.json.gz").read_bytes()
    except (FileNotFoundError, OSError):
        return 0, {}
    obj = json.loads(gzip.decompress(data))
    return int(obj["n"]), obj["df"]


def idf(term: str, n: int, df: int, dated: bool = False) -> float:
    """Inverse document frequency of a term seen in `df` of `n` corpus documents, blended with
    the background table."""
    bn, bdf = background()
    if term.startswith(("A:", "N:")) or not bn:
        return math.log((n + 1) / (df + 0.5))  # actors and numbers: the corpus alone decides
    a = BACKGROUND_DOCS / bn  # the background weighs as BACKGROUND_DOCS documents
    if dated and NAME_DF_CAP and term.startswith("E:") and _unknown(term[2:]):
        df = min(df, NAME_DF_CAP)
    return math.log((n + a * bn + 1) / (df + a * bdf.get(term, 0) + 0.5))


def weigh(counts: Counter, n: int, df: dict[str, int], dated: bool = False,
          memo: dict[str, float] | None = None) -> dict[str, float]:
    """Unit-length TF-IDF weights of one article's counts, its PROFILE_TERMS strongest terms only:
    a long report and a short one are then alike when they share what each is most about, not
    because a long one shares more incidental words. `memo` keeps each term's idf for the next
    call with the same (n, df, dated)."""
    v = {}
    log = math.log
    for t, x in counts.items():
        if x > 0:
            if memo is None:
                w = (1.0 + log(x)) * idf(t, n, df.get(t, 0), dated)
            else:
                i = memo.get(t)
                if i is None:
                    i = memo[t] = idf(t, n, df.get(t, 0), dated)
                w = (1.0 + log(x)) * i
        else:
            w = 0.0
        if w > 0:
            v[t] = w
    if len(v) > PROFILE_TERMS:
        # the PROFILE_TERMS strongest (ties by term): all weigh at least the PROFILE_TERMS-th weight
        floor = heapq.nlargest(PROFILE_TERMS, v.values())[-1]
        top = sorted(((t, w) for t, w in v.items() if w >= floor), key=lambda kv: (-kv[1], kv[0]))
        v = dict(top[:PROFILE_TERMS])
    norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
    return {t: w / norm for t, w in v.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def top_terms(v: dict[str, float], k: int = 30) -> list[str]:
    """The article's strongest terms: its keys in the candidate index."""
    return [t for t, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]
