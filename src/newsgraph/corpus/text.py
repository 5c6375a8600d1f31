"""Sentences with their offsets, and the normal form texts are compared in."""

from __future__ import annotations

import re
import unicodedata

# a sentence ends at . ! ? (and any closing quote or bracket) before white space and a capital,
# a digit or an opening quote; a paragraph break always ends one
_END = re.compile(r"[.!?]+['\"”’)\]]*(?=\s+['\"“‘(\[]?[A-Z0-9])|\n+")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Mt|Jr|Sr|No|Inc|Corp|Ltd|Co|vs|etc|U\.S|U\.K|U\.N|a\.m|p\.m|[A-Z]))\.$")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?=\W|$)")
_WORD = re.compile(r"\w+")


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
