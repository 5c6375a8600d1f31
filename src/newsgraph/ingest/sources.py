"""What the user named, turned into Sources: files, folders, URLs, standard input, web archives.

    for item in iter_sources(["a.txt", "dir/", "https://...", "-"]):
        ...  # a Source, or an InputError for an item that cannot be read

A bad item never stops the walk: it becomes an InputError naming it and the next item is read.
A WARC file (.warc, .warc.gz; see warc.py) yields a Source or an InputError per response record.

Every item has a size cap (`max_bytes`; default_max_bytes(): NEWSGRAPH_MAX_BYTES, else
DEFAULT_MAX_BYTES, 5 MB): a file, a file in a folder, standard input or a fetched page over it,
or a gzip file that expands past it, is refused with its size and the cap, before it is decoded.
A WARC file is an archive, read at any size: its records are capped one by one (warc.py).
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
    gunzip,
    looks_like_html,
    looks_like_html_bytes,
)
from .source import Source, unreadable

# an item (file, standard input, fetched page) over this size is refused: a news article, even
# as a heavy web page, is far smaller, and analysis costs time and memory by the character
DEFAULT_MAX_BYTES = 5_000_000
MAX_FILE_BYTES = DEFAULT_MAX_BYTES  # the former name

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|k|kb|m|mb|g|gb)?\s*$", re.I)
_UNITS = {None: 1, "b": 1, "byte": 1, "bytes": 1, "k": 1000, "kb": 1000, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9}


def parse_size(value: str | int) -> int:
    """A size in bytes from "5000000", "5MB", "500 kB", "1.5 MB" (decimal units); ValueError."""
    if isinstance(value, int):
        if value <= 0:
            raise ValueError(f"not a positive size: {value}")
        return value
    m = _SIZE.match(str(value))
    if not m:
        raise ValueError(f"not a size (bytes, or a number with kB, MB or GB): {value!r}")
    n = int(float(m.group(1)) * _UNITS[(m.group(2) or "").lower() or None])
    if n <= 0:
        raise ValueError(f"not a positive size: {value!r}")
    return n


def default_max_bytes() -> int:
    """NEWSGRAPH_MAX_BYTES (a size, see parse_size) where set and valid, else DEFAULT_MAX_BYTES."""
    raw = os.environ.get("NEWSGRAPH_MAX_BYTES", "").strip()
    if raw:
        try:
            return parse_size(raw)
        except ValueError:
            pass
    return DEFAULT_MAX_BYTES


def show_size(n: int) -> str:
    """52428800 -> "52.4 MB"; 5000000 -> "5 MB"; 812 -> "812 bytes"."""
    for unit, k in (("GB", 10**9), ("MB", 10**6), ("kB", 1000)):
        if n >= k:
            v = n / k
            return f"{v:.0f} {unit}" if v == int(v) or v >= 100 else f"{v:.1f} {unit}"
    return f"{n} bytes"


def _too_big(item: str, size: int | None, cap: int, what: str = "") -> InputError:
    """The one-line refusal: the item, its size (or "more than" the cap), the cap."""
    got = show_size(size) if size is not None else f"more than {show_size(cap)}"
    return InputError(item, f"too large{what}: {got}, over the cap of {show_size(cap)} per item "
                            "(--max-bytes or NEWSGRAPH_MAX_BYTES)")

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
    max_bytes: int | None = None,
    timeout: float = _fetch.TIMEOUT_S,
    max_redirects: int = _fetch.MAX_REDIRECTS,
) -> Iterator[Source | InputError]:
    """Each item's Source(s), or an InputError for each one that cannot be read; never raises
    for a bad item. A folder yields a Source (or InputError) per file inside it. `max_bytes`:
    the size cap of an item (None: default_max_bytes())."""
    if max_bytes is None:
        max_bytes = default_max_bytes()
    stdin_read = False
    seen = None  # URLs and bodies met in the run's WARC files (duplicates are named)
    for item in items:
        if item == "-":
            if stdin_read:
                yield InputError("-", "standard input given more than once")
                continue
            stdin_read = True
            yield _guard("-", lambda: read_stdin(stdin, max_bytes=max_bytes))
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
            yield from _path_sources(item, seen, max_bytes)


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


def _path_sources(item: str, seen=None, max_bytes: int | None = None) -> Iterator[Source | InputError]:
    if not item:
        yield InputError(item, "no such file")
        return
    try:
        st = os.stat(item)
    except OSError as e:
        yield unreadable(item, e)
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _folder_sources(item, seen, max_bytes)
    elif _is_warc(item):
        yield from _warc_sources(item, seen)
    else:
        yield _guard(item, lambda: read_file(item, max_bytes=max_bytes))


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


def _folder_sources(folder: str, seen=None, max_bytes: int | None = None) -> Iterator[Source | InputError]:
    files, errors = folder_files(folder)
    yield from errors
    if not files and not errors:
        yield InputError(folder, "folder has nothing to read (no .txt, .html, .htm, .html.gz, .warc or .warc.gz files)")
    for path in files:
        if _is_warc(path):
            yield from _warc_sources(path, seen)
        else:
            yield _guard(path, lambda: read_file(path, max_bytes=max_bytes))


def read_file(path: str, *, max_bytes: int | None = None) -> Source:
    """One file as a Source; raises InputError. A file over `max_bytes` (None:
    default_max_bytes()), or a gzip file that expands past it, is refused unread."""
    cap = default_max_bytes() if max_bytes is None else max_bytes
    try:
        st = os.stat(path)
    except OSError as e:
        raise unreadable(path, e) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "not a regular file")
    if st.st_size > cap:
        raise _too_big(path, st.st_size, cap)
    try:
        with open(path, "rb") as fh:
            data = fh.read(cap + 1)
    except OSError as e:
        raise unreadable(path, e) from None
    if len(data) > cap:  # it grew since stat
        raise _too_big(path, None, cap)

    lower = path.lower()
    html_name = lower.endswith(HTML_SUFFIXES)
    if not data:
        raise InputError(path, "empty file")
    if lower.endswith(".gz") or data.startswith(b"\x1f\x8b"):
        try:
            data = gunzip(data, max_bytes=cap)
        except DecodeError as e:
            if e.reason.startswith("gzip file expands"):
                raise _too_big(path, None, cap, " once decompressed") from None
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


def read_stdin(stdin: StdinArg = None, *, max_bytes: int | None = None) -> Source:
    """Standard input (or the `stdin` given: text, bytes or a file object) as a Source; more
    than `max_bytes` (None: default_max_bytes()) is refused, reading no further than the cap."""
    cap = default_max_bytes() if max_bytes is None else max_bytes
    if stdin is None:
        stdin = sys.stdin
        if stdin is None:
            raise InputError("-", "no standard input")
        stdin = getattr(stdin, "buffer", stdin)
    if isinstance(stdin, (str, bytes, bytearray)):
        raw = stdin
        size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw)
        if size > cap:
            raise _too_big("-", size, cap)
    else:
        raw = stdin.read(cap + 1)
        if len(raw) > cap:
            raise _too_big("-", None, cap)
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
                data = gunzip(data, max_bytes=cap)
            except DecodeError as e:
                if e.reason.startswith("gzip file expands"):
                    raise _too_big("-", None, cap, " once decompressed") from None
                raise InputError("-", e.reason) from None
        text = _bytes_to_text("-", data, html=looks_like_html_bytes(data), noun="input")
    kind = "html" if looks_like_html(text) else "text"
    return Source(name="-", content=text, kind=kind, url=None, path=None)


# ---------------------------------------------------------------- URLs


def read_url(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int | None = None,
    timeout: float = _fetch.TIMEOUT_S,
    max_redirects: int = _fetch.MAX_REDIRECTS,
    resolver: _fetch.Resolver | None = None,
) -> Source:
    """Fetch a page (see `fetch.fetch_page`) and decode it: HTTP charset, meta charset, detection.
    `max_bytes`: the cap on the response (None: default_max_bytes())."""
    if max_bytes is None:
        max_bytes = default_max_bytes()
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
