"""A Source: one item read from what the user named (a file, a URL, standard input, a web
archive's record), decoded, before extraction. sources.py and warc.py make them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Source:
    name: str  # the item as the user gave it: path, URL, or "-" (a file's path inside a folder)
    content: str  # decoded text
    kind: str  # "html" or "text"
    url: str | None = None  # the final URL for fetched pages (after redirects), else None
    path: str | None = None  # the file path for files (the WARC file for an archived record)
    # a publication date known from outside the page (a WARC record's date), YYYY-MM-DD: the
    # page's own date wins over it, and --published over both
    fallback_published: str | None = None
    # the WARC file an archived record came from: the page may be anything a crawler met, so
    # the pipeline refuses one not in English or without an article (pipeline.Item.from_archive)
    archive: str | None = None
