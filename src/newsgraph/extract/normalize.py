"""Body normalisation that remembers where every character came from.

Later stages report offsets into `article.body`; `--format polnear` must report offsets into
the input file as read. So every normalisation step here carries a per-character map back to
the input. No library keeps such a map through white-space folding, hence this small module.

What normalisation does, inside a paragraph:
- non-breaking and other Unicode spaces become a plain space (one for one);
- zero-width characters and soft hyphens are dropped;
- runs of white space (line breaks included) become one space; the ends are trimmed.
Curly quotes are kept: they tell an opening mark from a closing one, which the attribution
stage uses. Paragraphs are joined by a blank line ("\\n\\n").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = {
    "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
    "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\t", "\r", "\n",
    "\x0b", "\x0c", "\u2028", "\u2029", " ",
}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

PARAGRAPH_SEP = "\n\n"


@dataclass
class Mapped:
    """A text and, for each character, its offset in the source (plus one entry for the end)."""

    text: str = ""
    offsets: list[int] = field(default_factory=lambda: [0])

    def __post_init__(self) -> None:
        assert len(self.offsets) == len(self.text) + 1

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def slice(self, start: int, end: int) -> "Mapped":
        offs = self.offsets[start:end]
        offs.append(self.offsets[end - 1] + 1 if end > start else self.offsets[start])
        return Mapped(self.text[start:end], offs)


_DROP_RX = re.compile("[" + "".join(sorted(_DROP)) + "]")
_NONSPACE = re.compile(r"\S+")  # \s is str.isspace(), which every member of _SPACES is
_NORMAL = re.compile(r"\S+(?: \S+)*")  # words separated by one plain space: nothing to fold


def normalize_span(source: str, start: int = 0, end: int | None = None) -> Mapped:
    """Normalise source[start:end] as one paragraph, keeping the map to `source`."""
    end = len(source) if end is None else end
    if not _DROP_RX.search(source, start, end):
        if _NORMAL.fullmatch(source, start, end):
            # already normal (most lines are): the text itself, each character its own offset
            # (the loop below gives the same: a space maps to itself, the end to `end`)
            return Mapped(source[start:end], list(range(start, end + 1)))
        # the common case, by runs of non-space characters (the loop below, character by
        # character, gives the same text and map and handles dropped characters)
        out_s: list[str] = []
        offs_s: list[int] = []
        prev_end = start
        for m in _NONSPACE.finditer(source, start, end):
            if offs_s:
                out_s.append(" ")
                offs_s.append(prev_end)  # the space stands for the white-space run after a word
            out_s.append(m.group())
            offs_s.extend(range(m.start(), m.end()))
            prev_end = m.end()
        offs_s.append(offs_s[-1] + 1 if offs_s else start)
        return Mapped("".join(out_s), offs_s)
    out: list[str] = []
    offs: list[int] = []
    pending_space = -1  # source offset of a white-space run not yet written
    for i in range(start, end):
        ch = source[i]
        if ch in _DROP:
            continue
        if ch in _SPACES or ch.isspace():
            if pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0 and out:
            out.append(" ")
            offs.append(pending_space)
        pending_space = -1
        out.append(ch)
        offs.append(i)
    last = offs[-1] + 1 if offs else start
    offs.append(last)
    return Mapped("".join(out), offs)


def join(pieces: list[Mapped], sep: str = PARAGRAPH_SEP) -> Mapped:
    """Join normalised paragraphs; separator characters map to the end of the paragraph before."""
    text: list[str] = []
    offs: list[int] = []
    for k, p in enumerate(x for x in pieces if x.text):
        if k:
            text.append(sep)
            offs.extend([offs[-1] + 1 if offs else 0] * len(sep))
        text.append(p.text)
        offs.extend(p.offsets[:-1])
    end = offs[-1] + 1 if offs else 0
    offs.append(end)
    return Mapped("".join(text), offs)


def normalize_paragraphs(paragraphs: list[str]) -> str:
    """Normalise free-standing paragraphs (from HTML, say) with no map kept."""
    return PARAGRAPH_SEP.join(t for t in (normalize_span(p).text for p in paragraphs) if t)


_BLANK_LINES = re.compile(r"\n[ \t\u00a0\r]*\n")


def split_blocks(source: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line of `source`: a plain-text page's paragraphs.

    News saved as text puts one paragraph a line, or separates paragraphs by blank lines
    with hard-wrapped lines inside. We take a line as a block; callers merge wrapped lines.
    """
    blocks = []
    pos = 0
    for line in source.splitlines(keepends=True):
        s, e = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if source[s:e].strip():
            blocks.append((s, e))
    return blocks
