"""Quotation spans in a text: every quote-mark style, unbalanced marks, multi-paragraph quotes.

`find_quotes(text)` returns `Quote`s with character offsets (marks included). It never raises:
an opening mark with no closing mark ends at the end of its paragraph (or runs on when the next
paragraph opens with a mark, the news convention for quotes over several paragraphs); a stray
closing mark is ignored.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# opening mark -> closing marks that can end it
_PAIRS = {
    "\u201c": "\u201d\u201c\"",  # “ ” (some sites close with another “ or a straight mark)
    "\u201e": "\u201c\u201d\"",  # „ “
    "\u00ab": "\u00bb",  # « »
    "\u00bb": "\u00ab",  # » « (Danish/German style)
    "\u2039": "\u203a",  # ‹ ›
    '"': '"\u201d',
    "\u201d": "\u201d\u201c\"",  # ” opening a paragraph (a typo some sites make)
    "\u2018": "\u2019'",  # ‘ ’
    "'": "'\u2019",
    "\u201a": "\u2018\u2019",
    "`": "'\u2019",
}
_DOUBLE_OPEN = "\u201c\u201e\u00ab\u2039\""
_SINGLE_OPEN = "\u2018'\u201a`"
QUOTE_CHARS = "\"'`\u00b4\u201c\u201d\u2018\u2019\u201e\u201f\u201a\u201b\u00ab\u00bb\u2039\u203a"


@dataclass
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the end of the last paragraph)
    fragments: list[tuple[int, int]] = field(default_factory=list)  # one per paragraph
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - (1 if self.closed else 0)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _is_open(text: str, i: int, lo: int, blank_to: int | None = None) -> bool:
    """A mark at i opens a quote when it stands before a word and after a space/start/bracket.

    `blank_to`, where given, is the first non-space offset at or after `lo` (saves testing
    text[lo:i] for a closing mark that opens a paragraph)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "\u201c\u201e\u00ab\u2039\u2018\u201a":
        if ch == "\u2018" and prev.isalnum():
            return False
        return not nxt.isspace() or ch in "\u00ab\u2039"
    if ch in "\"'`":
        if ch == "'" and prev.isalnum():
            return False  # apostrophe: don't, Jones'
        return (prev.isspace() or prev in "([{\u2014\u2013-/:;,") and not nxt.isspace()
    if ch == "\u201d":
        if not nxt.isalnum():
            return False
        return i <= blank_to if blank_to is not None else text[lo:i].strip() == ""
    if ch == "\u00bb":
        return prev.isspace() and not nxt.isspace() and False  # rarely an opener in English news
    return False


def _closes(text: str, i: int, opener: str, hi: int) -> bool:
    ch = text[i]
    if ch not in _PAIRS.get(opener, ""):
        return False
    nxt = text[i + 1] if i + 1 < hi else " "
    prev = text[i - 1] if i > 0 else " "
    if opener in _SINGLE_OPEN:
        # a single closing mark must not sit inside a word (don't, it's) and not be a possessive s'
        if nxt.isalnum():
            return False
        if prev == "s" and nxt == " " and ch in "'\u2019":
            # "voters' choice": possessive unless a sentence or clause ends here
            after = text[i + 1 : i + 3]
            return bool(re.match(r"\s[A-Z\u2014\u2013-]", after)) if after else True
        return not prev.isspace()
    if ch == opener and opener in "\u201c" and not (nxt.isspace() or nxt in ".,;:!?)\u2014\u2013-" or i + 1 >= hi):
        return False  # another “ opening a nested/new quote, not a closer
    if ch == '"' and opener == '"' and prev.isspace() and not nxt.isspace():
        return False  # a straight mark that opens something else
    return True


# every mark the scanner reacts to: openers, closers and the double marks that end a single one
_MARKS = re.compile("[" + re.escape("".join(sorted(set("".join(_PAIRS) + "".join(_PAIRS.values()))))) + "]")


def _first_blank_end(text: str, lo: int, hi: int) -> int:
    k = lo
    while k < hi and text[k].isspace():
        k += 1
    return k


def _scan_paragraph(text: str, lo: int, hi: int, carry: bool, carry_open: str):
    """Quotes in text[lo:hi]; `carry` means a quote from the previous paragraph may continue here.

    Returns (list of (start, end, closed, opener)), and the opener still open at the end or None.

    An opening single mark that nothing closes is most likely an apostrophe: the scan starts
    again just after it, as if the paragraph began there. Only the marks are visited (found by
    one regular-expression pass), and where a single mark opens, the mark that ends it (a
    closing single mark, or a double mark that opens) is looked up in a sorted list: the scan
    is linear in the paragraph, however many marks stay open."""
    marks = [m.start() for m in _MARKS.finditer(text, lo, hi)]
    ends: dict[str, list[int]] = {}  # closer set of a single opener -> positions that end it

    def single_end(opener: str, after: int) -> int | None:
        closers = _PAIRS[opener]
        pos = ends.get(closers)
        if pos is None:
            pos = ends[closers] = [
                p for p in marks
                if _closes(text, p, opener, hi) or (text[p] in _DOUBLE_OPEN and _is_open(text, p, lo))
            ]
        k = bisect.bisect_right(pos, after)
        return pos[k] if k < len(pos) else None

    res = []
    cur = lo  # where the present scan began (the paragraph, or just after an unclosed single mark)
    blank_to: int | None = None  # the first non-space offset at or after cur, when asked
    i = lo
    open_at, opener = None, None
    if carry:
        j = _first_blank_end(text, lo, hi)
        if j < hi and text[j] in QUOTE_CHARS and _is_open(text, j, lo):
            open_at, opener = j, text[j]
            i = j + 1
    while True:
        k = bisect.bisect_left(marks, i)
        while k < len(marks):
            i = marks[k]
            ch = text[i]
            if open_at is None:
                if ch in _PAIRS:
                    if ch == "\u201d" and blank_to is None:
                        blank_to = _first_blank_end(text, cur, hi)
                    if _is_open(text, i, cur, blank_to):
                        open_at, opener = i, ch
            elif _closes(text, i, opener, hi):
                res.append((open_at, i + 1, True, opener))
                open_at, opener = None, None
            elif opener in _SINGLE_OPEN and ch in _DOUBLE_OPEN and _is_open(text, i, cur):
                # a single mark left open inside double quotes: it was an apostrophe
                open_at, opener = i, ch
            if open_at is not None and opener in _SINGLE_OPEN:
                # straight to what ends the single mark (its closer, or a double mark opening)
                nxt = single_end(opener, i)
                if nxt is None:
                    break
                k = bisect.bisect_left(marks, nxt, k + 1)
                continue
            k += 1
        if open_at is not None and opener in _SINGLE_OPEN:
            # an unclosed single mark is most likely an apostrophe: scan again after it
            i = cur = open_at + 1
            blank_to = None
            open_at, opener = None, None
            continue
        break
    if open_at is not None:
        end = hi
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        res.append((open_at, end, False, opener))
        return res, opener
    return res, None


_DOUBLED = re.compile(r"''|``")
_FILLER = "\u2060"  # stands for the second mark of a doubled one while scanning


# the last text and its quotes (the attribution and speaker stages both ask), one tuple so that
# threads see a text with its own quotes
_LAST: tuple[str | None, list[Quote]] = (None, [])


def find_quotes(text: str) -> list[Quote]:
    """scan_quotes(text), remembered for the last text: an article's text is scanned once for
    the attribution and the speaker stages. (Callers must not change the Quotes.) Scan short
    pieces of text with scan_quotes, so that they do not push the article out."""
    global _LAST
    last_text, last_quotes = _LAST
    if last_text is text or last_text == text:
        return list(last_quotes)
    quotes = scan_quotes(text)
    _LAST = (text, quotes)
    return list(quotes)


def scan_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, in order; multi-paragraph quotes joined into one Quote.

    Doubled single marks (`''...''`, ``` ``...'' ```, the New York Times' style) count as one
    double mark; the Quote then covers both characters."""
    if "''" not in text and "``" not in text:
        return _find_quotes(text)
    scan = _DOUBLED.sub('"' + _FILLER, text)
    quotes = _find_quotes(scan)
    for q in quotes:
        for k, (s, e) in enumerate(q.fragments):
            if scan[e - 1 : e] == '"' and scan[e : e + 1] == _FILLER:
                q.fragments[k] = (s, e + 1)
        if scan[q.end - 1 : q.end] == '"' and scan[q.end : q.end + 1] == _FILLER:
            q.end += 1
    return quotes


def _find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    pending: Quote | None = None
    left = None
    for lo, hi in _paragraphs(text):
        found, new_left = _scan_paragraph(text, lo, hi, left is not None, left or "")
        for k, (s, e, closed, opener) in enumerate(found):
            if k == 0 and pending is not None and left is not None and text[lo:s].strip() == "":
                # continuation of the quote left open in the previous paragraph
                pending.fragments.append((s, e))
                pending.end = e
                pending.closed = closed
                q = pending
            else:
                if pending is not None:
                    quotes.append(pending)
                q = Quote(start=s, end=e, fragments=[(s, e)], closed=closed)
            pending = q
        left = new_left
        if pending is not None and left is None:
            quotes.append(pending)
            pending = None
    if pending is not None:
        quotes.append(pending)
    # de-duplicate (a pending quote appended twice)
    out, seen = [], set()
    for q in quotes:
        if (q.start, q.end) not in seen:
            seen.add((q.start, q.end))
            out.append(q)
    return out
