"""Reading what the user names: files, folders, web pages, standard input and web archives.

    from newsgraph.ingest import iter_sources, Source
    for item in iter_sources(["a.txt", "dir/", "https://...", "-"], allow_private=False):
        ...  # a Source, or an InputError naming the item and the reason

Modules: `sources` walks the items, `fetch` gets web pages safely, `decode` turns bytes into text,
`warc` reads the response records of WARC files, `language` tells English pages from others.
"""

from __future__ import annotations

from .decode import DecodeError, decode_bytes
from .fetch import MAX_BYTES, MAX_REDIRECTS, TIMEOUT_S, Fetched, address_problem, fetch_page
from .sources import MAX_FILE_BYTES, Source, iter_sources, read_file, read_stdin, read_url
from .warc import WARC_SUFFIXES, WarcSeen, is_warc, iter_warc

__all__ = [
    "Source",
    "iter_sources",
    "read_file",
    "read_stdin",
    "read_url",
    "fetch_page",
    "Fetched",
    "address_problem",
    "decode_bytes",
    "DecodeError",
    "MAX_BYTES",
    "TIMEOUT_S",
    "MAX_REDIRECTS",
    "MAX_FILE_BYTES",
    "iter_warc",
    "is_warc",
    "WarcSeen",
    "WARC_SUFFIXES",
]
