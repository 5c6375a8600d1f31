"""What the user named, turned into Sources: files, folders, URLs, standard input, web archives.

    for item in iter_sources(["a.txt", "dir/", "https://...", "-"]):
        ...  # a Source, or an InputError for an item that cannot be read

A bad item never stops the walk: it becomes an InputError naming it and the next item is read.
A WARC file (.warc, .warc.gz; see warc.py) yields a Source or an InputError per response record.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator, Union

from ..errors import InputError
from . import fetch as _fetch
from .decode import (
    DecodeError,
    binary_reason,
    decode_bytes,
    format_size,
    gunzip,
    looks_like_html,
    looks_like_html_bytes,
)
from .source import Source

# files over this size are refused (a news article is far smaller)
MAX_FILE_BYTES = 100_000_000

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
FOLDER_SUFFIXES = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")

StdinArg = Union[None, str, bytes, IO[str], IO[bytes]]


def is_url(item: str) -> bool:
    return bool(_URL.match(item))


def iter_sources(
    items: Iterable[str],
    allow_private: bool = False,
    stdin: StdinArg = None,
    *,
    max_bytes: int = _fetch.MAX_BYTES,
    timeout: float = _fetch.TIMEOUT_S,
    max_redirects: int = _fetch.MAX_REDIRECTS,
) -> Iterator[Source | InputError]:
    """Each item's Source(s), or an InputError for each one that cannot be read; never raises
    for a bad item. A folder yields a Source (or InputError) per file inside it."""
    stdin_read = False
    seen = None  # URLs and bodies met in the run's WARC files (duplicates are named)
    for item in items:
        if item == "-":
            if stdin_read:
                yield InputError("-", "standard input given more than once")
                continue
            stdin_read = True
            yield _guard("-", lambda: read_stdin(stdin))
        elif is_url(item):
            yield _guard(
                item,
                lambda: read_url(
                    item, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout,
                    max_redirects=max_redirects,
                ),
            )
        else:
            if seen is None:
                from .warc import WarcSeen

                seen = WarcSeen()
            yield from _path_sources(item, seen)


def _guard(item: str, read) -> Source | InputError:
    try:
        return read()
    except InputError as e:
        return e
    except OSError as e:
        return InputError(item, f"cannot read ({e.strerror or e})")
    except Exception as e:  # the user sees a reason, never a traceback
        return InputError(item, f"unexpected error ({type(e).__name__}: {e})")


# ---------------------------------------------------------------- files and folders


def _path_sources(item: str, seen=None) -> Iterator[Source | InputError]:
    if not item:
        yield InputError(item, "no such file")
        return
    try:
        st = os.stat(item)
    except (FileNotFoundError, NotADirectoryError):
        yield InputError(item, "no such file")
        return
    except PermissionError:
        yield InputError(item, "permission denied")
        return
    except OSError as e:
        yield InputError(item, f"cannot read ({e.strerror or e})")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _folder_sources(item, seen)
    elif _is_warc(item):
        yield from _warc_sources(item, seen)
    else:
        yield _guard(item, lambda: read_file(item))


def _is_warc(path: str) -> bool:
    return path.lower().endswith((".warc", ".warc.gz"))


def _warc_sources(path: str, seen=None) -> Iterator[Source | InputError]:
    from .warc import iter_warc

    try:
        yield from iter_warc(path, seen)
    except Exception as e:  # the user sees a reason, never a traceback
        yield InputError(path, f"unexpected error ({type(e).__name__}: {e})")


def folder_files(folder: str) -> tuple[list[str], list[InputError]]:
    """The readable files under `folder` (recursively, sorted by path) and walk errors."""
    found: list[str] = []
    errors: list[InputError] = []

    def onerror(e: OSError) -> None:
        name = e.filename or folder
        if name != folder:
            errors.append(InputError(str(name), f"cannot read folder ({e.strerror or e})"))
        else:
            errors.append(InputError(folder, f"cannot read folder ({e.strerror or e})"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        for f in files:
            if f.lower().endswith(FOLDER_SUFFIXES):
                found.append(os.path.join(root, f))
    found.sort(key=lambda p: Path(p).parts)
    return found, errors


def _folder_sources(folder: str, seen=None) -> Iterator[Source | InputError]:
    files, errors = folder_files(folder)
    yield from errors
    if not files and not errors:
        yield InputError(folder, "folder has nothing to read (no .txt, .html, .htm, .html.gz, .warc or .warc.gz files)")
    for path in files:
        if _is_warc(path):
            yield from _warc_sources(path, seen)
        else:
            yield _guard(path, lambda: read_file(path))


def read_file(path: str) -> Source:
    """One file as a Source; raises InputError."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "not a regular file")
    if st.st_size > MAX_FILE_BYTES:
        raise InputError(path, f"file larger than {format_size(MAX_FILE_BYTES)}")
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder") from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(path, f"file larger than {format_size(MAX_FILE_BYTES)}")

    lower = path.lower()
    html_name = lower.endswith(HTML_SUFFIXES)
    if not data:
        raise InputError(path, "empty file")
    if lower.endswith(".gz") or data.startswith(b"\x1f\x8b"):
        try:
            data = gunzip(data)
        except DecodeError as e:
            raise InputError(path, e.reason) from None
        if not data.strip():
            raise InputError(path, "empty file (after decompressing)")
        if not html_name and not looks_like_html_bytes(data):
            # a gzip file that is not a web page: an archive, a data dump, ...
            raise InputError(path, "binary file (looks like gzip)")
    text = _bytes_to_text(path, data, html=html_name, noun="file")
    kind = "html" if html_name or looks_like_html(text) else "text"
    return Source(name=path, content=text, kind=kind, url=None, path=path)


def _bytes_to_text(item: str, data: bytes, *, html: bool, noun: str, declared: str | None = None) -> str:
    why = binary_reason(data)
    if why:
        raise InputError(item, f"binary {'content' if noun == 'page' else noun} ({why})")
    try:
        text = decode_bytes(data, declared=declared, html=html)
    except DecodeError as e:
        raise InputError(item, e.reason) from None
    if not text.strip():
        raise InputError(item, f"empty {noun}")
    return text


# ---------------------------------------------------------------- standard input


def read_stdin(stdin: StdinArg = None) -> Source:
    """Standard input (or the `stdin` given: text, bytes or a file object) as a Source."""
    if stdin is None:
        stdin = sys.stdin
        if stdin is None:
            raise InputError("-", "no standard input")
        stdin = getattr(stdin, "buffer", stdin)
    if isinstance(stdin, (str, bytes, bytearray)):
        raw = stdin
    else:
        raw = stdin.read()
    if isinstance(raw, str):
        text = raw.lstrip("\ufeff")
        if not text.strip():
            raise InputError("-", "empty input")
        if "\x00" in text:
            raise InputError("-", "binary input (contains NUL bytes)")
    else:
        data = bytes(raw)
        if not data:
            raise InputError("-", "empty input")
        if data.startswith(b"\x1f\x8b"):
            try:
                data = gunzip(data)
            except DecodeError as e:
                raise InputError("-", e.reason) from None
        text = _bytes_to_text("-", data, html=looks_like_html_bytes(data), noun="input")
    kind = "html" if looks_like_html(text) else "text"
    return Source(name="-", content=text, kind=kind, url=None, path=None)


# ---------------------------------------------------------------- URLs


def read_url(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = _fetch.MAX_BYTES,
    timeout: float = _fetch.TIMEOUT_S,
    max_redirects: int = _fetch.MAX_REDIRECTS,
    resolver: _fetch.Resolver | None = None,
) -> Source:
    """Fetch a page (see `fetch.fetch_page`) and decode it: HTTP charset, meta charset, detection."""
    page = _fetch.fetch_page(
        url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout,
        max_redirects=max_redirects, resolver=resolver,
    )
    html_type = page.media_type in _fetch.HTML_TYPES
    text = _bytes_to_text(
        url, page.body, html=html_type or looks_like_html_bytes(page.body), noun="page",
        declared=page.charset or "",  # not None: a fetched page, whose meta charset beats UTF-8
    )
    if html_type:
        kind = "html"
    elif page.media_type in _fetch.TEXT_TYPES:
        kind = "text"
    else:
        kind = "html" if looks_like_html(text) else "text"
    return Source(name=url, content=text, kind=kind, url=page.url, path=None)
