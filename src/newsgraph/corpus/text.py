"""Sentences with their offsets, the normal form texts are compared in, and reports' dates."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from typing import Any

from ..extract.dateline import MONTHS

# a sentence ends at . ! ? (and any closing quote or bracket) before white space and a capital,
# a digit or an opening quote; a paragraph break always ends one
_END = re.compile(r"[.!?]+['\"”’)\]]*(?=\s+['\"“‘(\[]?[A-Z0-9])|\n+")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Mt|Jr|Sr|No|Inc|Corp|Ltd|Co|vs|etc|U\.S|U\.K|U\.N|a\.m|p\.m|[A-Z]))\.$")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?=\W|$)")
_WORD = re.compile(r"\w+")


# a wire's or a page's label before a headline: "UPDATE 2-", "REFILE-UPDATE 1-", "BREAKING:",
# "EXCLUSIVE-", "WRAPUP 1-", and a wire's sport or desk slug joined by a hyphen ("Soccer-Brask
# Rovers beat ...", "Tennis-"), which a story's title does without
_TITLE_LABEL = re.compile(
    r"^\W*(?:(?:REFILE|CORRECTED|RPT)[-\s]+)?(?:UPDATE(?:\s*\d{1,2})?|BREAKING(?:\s+NEWS)?|EXCLUSIVE|"
    r"WRAPUP(?:\s*\d{1,2})?|FACTBOX|ANALYSIS|INSTANT VIEW|REFILE|CORRECTED|RPT|"
    r"Breaking(?: news)?|Exclusive|Update(?:\s*\d{1,2})?)\s*(?:[-:–—|]\s*)"
    r"|^(?:Soccer|Football|Tennis|Golf|Cricket|Rugby|Athletics|Cycling|Motor racing|Motorsport|"
    r"Formula One|Olympics|Basketball|Baseball|Boxing|Swimming|Skiing|Sailing|Hockey|NFL|NBA|NHL|MLB)"
    r"-(?=[A-Z0-9])")


def clean_title(title: str) -> str:
    """A headline less the labels wires and pages put before it, to name a story with:
    "UPDATE 2-Train derailment kills 12" -> "Train derailment kills 12"."""
    t = title.strip()
    for _ in range(2):  # "RPT-UPDATE 1-", "BREAKING: EXCLUSIVE-"
        m = _TITLE_LABEL.match(t)
        if not m or not t[m.end():].strip():
            break
        t = t[m.end():].strip()
    return t


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, white space trimmed."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        if m.group()[0] != "\n" and _ABBREV.search(text[max(start, m.start() - 6):m.end()].rstrip("'\"”’)]")):
            continue
        _push(text, start, end, out)
        start = m.end()
    _push(text, start, len(text), out)
    return out


def _push(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def norm(s: str) -> str:
    """Lower case, curly quotes straight, accents gone, one space between words."""
    s = s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.lower().split())


def words(s: str) -> list[str]:
    return _WORD.findall(norm(s))


_RUN_WORD = re.compile(r"\w+")


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(word in lower case, start, end) of each word of `text`: what word runs are compared on."""
    return [(m.group().lower(), m.start(), m.end()) for m in _RUN_WORD.finditer(text)]


def run_words(text: str) -> list[str]:
    """The words of `text` in lower case, as word_spans has them (without their offsets)."""
    return [w.lower() for w in _RUN_WORD.findall(text)]


def run_hashes(ws: list[tuple[str, int, int]], k: int) -> list[int]:
    """A stable 32-bit hash of each run of `k` consecutive words (position i: words i..i+k-1)."""
    return word_hashes([w for w, _, _ in ws], k)


def word_hashes(low: list[str], k: int) -> list[int]:
    """run_hashes over the words alone (run_words): the CRC-32 of each run's words joined by a space."""
    from zlib import crc32

    enc = [w.encode() for w in low]
    sp = b" "
    return [crc32(sp.join(enc[i:i + k])) for i in range(len(enc) - k + 1)]


def covered(hashes: list[int], shared: set[int], k: int) -> list[bool]:
    """For each word, whether it lies in a run of `k` words whose hash is in `shared`."""
    n = len(hashes) + k - 1 if hashes else 0
    cov = [False] * n
    for i, h in enumerate(hashes):
        if h in shared:
            for j in range(i, i + k):
                cov[j] = True
    return cov


def cut(text: str, ws: list[tuple[str, int, int]], cov: list[bool]) -> tuple[str, str]:
    """`text` split by the flagged words: (the text with each flagged run replaced by a line
    break, the flagged runs joined by line breaks)."""
    rest: list[str] = []
    taken: list[str] = []
    last = 0
    i = 0
    while i < len(ws):
        if not cov[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(ws) and cov[j + 1]:
            j += 1
        rest.append(text[last:ws[i][1]])
        rest.append("\n")
        taken.append(text[ws[i][1]:ws[j][2]])
        last = ws[j][2]
        i = j + 1
    rest.append(text[last:])
    return "".join(rest), "\n".join(taken)


# a page's date line at the head of its body, not in its metadata: "Issued 11 January 2027, 03:40,
# by the Returning Officer", "Updated 15 January 2027, 16:00 | Data: ...": the page's date, no
# sentence of its news
HEAD_DATE = re.compile(
    r"^(?:issued|updated|published|posted|released|last\s+updated)(?:\s+on)?:?\s+(?:[A-Za-z]+day,?\s+)?"
    r"(?:(\d{1,2})\s+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?)\s+(\d{4})\b", re.I)


def head_date(line: str) -> str | None:
    """The day a page's head line gives ("Issued 11 January 2027, 03:40, by ..." ->
    "2027-01-11"), or None where the line is no such date line."""
    m = HEAD_DATE.match(line.strip())
    if not m:
        return None
    day, mon = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    k = MONTHS.get(mon[:3].lower())  # (its three-letter keys name all twelve)
    if not k or not 1 <= int(day) <= 31:
        return None
    return f"{int(m.group(5)):04d}-{k:02d}-{int(day):02d}"


def published_instant(doc: Any) -> _dt.datetime | None:
    """The UTC instant a report was published (`article.published_at`, "2026-11-10T08:00Z"), where
    the page gives its clock with a zone; None otherwise."""
    art = getattr(getattr(doc, "record", None), "article", None)
    at = getattr(art, "published_at", None)
    if not at or not isinstance(at, str) or "T" not in at:
        return None
    at = at.strip()
    try:
        t = _dt.datetime.fromisoformat(at[:-1] + "+00:00" if at.endswith("Z") else at)
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=_dt.timezone.utc)


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two publication dates ("2026-11-10", or an instant: its day); 0 when either
    is unknown or unreadable."""
    try:
        return abs((_dt.date.fromisoformat(a[:10]) - _dt.date.fromisoformat(b[:10])).days) if a and b else 0
    except ValueError:
        return 0
