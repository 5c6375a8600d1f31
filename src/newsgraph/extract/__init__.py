"""Page -> article parts: one module per concern.

    from newsgraph.extract import extract_html, extract_text
    page = extract_html(html, url=...)     # a Page, or None when no article text is on it
    page = extract_text(text)              # the same for a page saved as plain text

html.py     an HTML page (trafilatura, plus what it gets wrong or lacks on news pages)
text.py     a news page saved as plain text: title, byline, date, captions, story
feed_item.py a feed's item (RSS <item>, Atom <entry>) saved as text, as the page it stands for
dateline.py the dateline at the start of a story ("KABUL, June 30 (AFP) -") and date helpers
normalize.py body normalisation that remembers where every character came from (offsets)
agencies.py the photo and news agencies whose name alone makes a photo credit
page.py     what an extractor hands to the pipeline: the article's parts (Page)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["Page", "extract_html", "extract_text", "split_dateline"]
_WHERE = {"Page": "page", "extract_html": "html", "extract_text": "text", "split_dateline": "dateline"}


def __getattr__(name: str) -> Any:
    # loaded on first use: html.py brings trafilatura, which a text page never needs
    if name in _WHERE:
        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
