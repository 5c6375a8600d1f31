"""Web archives: the response records of WARC files (.warc, .warc.gz) as Sources.

    seen = WarcSeen()                       # one per run: duplicates are looked for across files
    for item in iter_warc("crawl.warc.gz", seen):
        ...  # a Source per page worth extracting, an InputError naming each record refused

Only response records are read (request, metadata, warcinfo, revisit records are not pages).
Each response becomes a Source named `FILE#OFFSET URL` (the record's byte offset in the file,
which is where `warcio` or a CDX index finds it again), with the record's WARC-Target-URI as
its url and its WARC-Date as `fallback_published` (the page's own date wins), or an InputError
with the reason it is left out:

- not HTML: a content type other than HTML or plain text, a binary body, a content encoding
  that cannot be undone; not an article: an HTTP status other than 2xx;
- cut short: a WARC-Truncated header, a record whose block ends before its Content-Length
  (a file or gzip member cut off), a body whose payload digest does not match;
- duplicate: the same URL, or the same body (a hash of the decoded payload), met earlier in
  the run (`seen`);
- not English: plainly so from the whole page (its script, or its words against another
  language's); the article body is judged again after extraction (pipeline.extract);
- too large, undecodable, empty.

"Not an article" is also said after extraction (no article text, or too little of it). A file
that is not a WARC file is one InputError naming it; one damaged in the middle gets an
InputError naming the bytes that cannot be read, and reading goes on at the next record
(the next gzip member that opens a record, or the next "WARC/1." line) after them.
The charset is the HTTP header's, then the page's (decode.decode_bytes, as for fetched pages).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html as _html
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import InputError
from .decode import DecodeError, binary_reason, decode_bytes, format_size, looks_like_html, looks_like_html_bytes
from .fetch import HTML_TYPES, MAX_BYTES, SNIFF_TYPES, TEXT_TYPES
from .language import not_english
from .source import Source, unreadable

WARC_SUFFIXES = (".warc", ".warc.gz")
# a page over this size is refused (the fetcher's cap; Common Crawl cuts records at 1 MB)
MAX_RECORD_BYTES = MAX_BYTES


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


@dataclass
class WarcSeen:
    """What a run has met so far: URLs and body hashes, each with the first record's name.
    Kept as 16-byte digests and a (file, offset) pair so a month of CC-NEWS fits in memory."""

    files: list[str] = field(default_factory=list)
    urls: dict[bytes, tuple[int, int]] = field(default_factory=dict)
    bodies: dict[bytes, tuple[int, int]] = field(default_factory=dict)

    def file_no(self, path: str) -> int:
        self.files.append(path)
        return len(self.files) - 1

    def name(self, where: tuple[int, int]) -> str:
        return f"{self.files[where[0]]}#{where[1]}"


def _key(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def iter_warc(path: str, seen: WarcSeen | None = None, part: tuple[int, int] | None = None) -> Iterator:
    """Each response record of the WARC file at `path` as a Source, or an InputError naming
    it and the reason it is left out (see the module docstring). Never raises for bad data.

    `part=(lo, hi)` reads only the records that start at a byte offset in [lo, hi) (a record
    that starts there is read to its end): the parts of one file cut at any offsets read each
    record exactly once between them. Only for gzipped WARC files, whose records are gzip members
    that can be found from any offset (`_next_record_start`); a part past the file's records
    yields nothing, and only the part at offset 0 says that the file is empty or no WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    seen = seen if seen is not None else WarcSeen()
    lo, hi = part if part is not None else (0, None)
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield unreadable(path, e)
        return
    fno = seen.file_no(path)
    n_records = n_responses = 0
    pos = 0
    with fh:
        if lo > 0:
            found = _next_record_start(fh, lo)
            if found is None or (hi is not None and found >= hi):
                return  # no record starts in this part
            pos = found
        while True:
            fh.seek(pos)
            it = ArchiveIterator(fh)
            offset = pos
            failed_at, err = None, None
            while True:
                try:
                    rec = next(it)
                except StopIteration:
                    break
                except Exception as e:  # not a WARC file, or damaged from here
                    failed_at, err = getattr(it, "offset", offset), e
                    break
                offset = it.offset
                if hi is not None and offset >= hi:
                    break  # the next part's record
                n_records += 1
                if rec.rec_type != "response":
                    continue
                n_responses += 1
                try:
                    yield _record(path, offset, rec, seen, fno)
                except InputError as e:
                    yield e
                except Exception as e:  # the user sees a reason, never a traceback
                    url = _target(rec)
                    yield InputError(f"{path}#{offset}" + (f" {url}" if url else ""), f"unexpected error ({_short(e)})")
            if failed_at is None or (hi is not None and failed_at >= hi):
                break
            if n_records == 0 and lo == 0:
                yield InputError(path, f"not a WARC file ({_short(err)})")
                return
            # damaged in the middle: go on at the next record that can be read, if any
            nxt = _next_record_start(fh, failed_at + 1)
            if nxt is not None and hi is not None and nxt >= hi:
                # the damage runs into the next part, which starts at that same next record
                yield InputError(f"{path}#{failed_at}", f"damaged: bytes {failed_at} to {nxt} cannot be read, and the records in them are lost ({_short(err)})")
                break
            if nxt is None:
                yield InputError(f"{path}#{failed_at}", f"cannot read the rest of the WARC file ({_short(err)})")
                break
            yield InputError(f"{path}#{failed_at}", f"damaged: bytes {failed_at} to {nxt} cannot be read, and the records in them are lost ({_short(err)})")
            pos = nxt
    if lo > 0 or hi is not None:
        return  # a part: the whole file's emptiness is not its to tell
    if not n_records:
        yield InputError(path, "empty WARC file (no records)")
    elif not n_responses:
        yield InputError(path, f"no response records in the WARC file ({n_records} other records)")


def _next_record_start(fh, start: int) -> int | None:
    """The offset of the next record at or after `start` that can be read: a gzip member that
    opens with "WARC/", or in an uncompressed file a line that does; None where there is none."""
    import zlib

    fh.seek(0)
    gz = fh.read(2) == b"\x1f\x8b"
    magic = b"\x1f\x8b\x08" if gz else b"\nWARC/1."
    pos, carry = start, b""
    while True:
        fh.seek(pos)
        block = fh.read(1 << 20)
        if not block:
            return None
        data = carry + block
        base = pos - len(carry)
        i = data.find(magic)
        while i >= 0:
            at = base + i + (0 if gz else 1)
            if not gz:
                return at
            fh.seek(at)
            try:
                head = zlib.decompressobj(31).decompress(fh.read(1 << 16), 16)
            except zlib.error:
                head = b""
            if head.startswith(b"WARC/"):
                return at
            i = data.find(magic, i + 1)
        carry = data[-(len(magic) - 1):]
        pos += len(block)


def _short(e: BaseException) -> str:
    text = "".join(ch if ch.isprintable() and ord(ch) < 0x250 else "?" for ch in " ".join(str(e).split()))[:160]
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def _target(rec) -> str:
    url = (rec.rec_headers.get_header("WARC-Target-URI") or "").strip()
    if url.startswith("<") and url.endswith(">"):  # WARC 1.0's own examples wrap it
        url = url[1:-1]
    return url


def _warc_date(rec) -> str | None:
    raw = (rec.rec_headers.get_header("WARC-Date") or "").strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", raw)
    return m.group(1) if m else None


def _content_type(value: str | None) -> tuple[str, str | None]:
    parts = [p.strip() for p in (value or "").split(";")]
    media = parts[0].lower()
    charset = None
    for p in parts[1:]:
        key, _, val = p.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media, charset


def _digest_matches(header: str | None, payload: bytes) -> bool | None:
    """Whether a `sha1:` payload digest (base32 or hex) matches; None where there is none to check."""
    if not header or ":" not in header:
        return None
    algo, _, value = header.strip().partition(":")
    if algo.lower() != "sha1":
        return None
    got = hashlib.sha1(payload).digest()
    value = value.strip()
    try:
        if len(value) == 32:
            return base64.b32decode(value.upper()) == got
        if len(value) == 40:
            return binascii.unhexlify(value) == got
    except (binascii.Error, ValueError):
        return None
    return None


def _undo_encodings(raw: bytes, http) -> bytes:
    """The payload with chunked transfer encoding and gzip / deflate / br content encoding
    undone (each capped at MAX_RECORD_BYTES); raises DecodeError with the reason."""
    encoding = (http.get_header("Content-Encoding") or "").strip().lower()
    if encoding in ("", "identity", "none"):
        encoding = ""
    elif encoding not in ("gzip", "x-gzip", "deflate", "br"):
        raise DecodeError(f"not HTML (content encoding {encoding}, which cannot be undone)")
    body = raw
    if (http.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        from warcio.bufferedreaders import ChunkedDataReader

        try:  # a body that is not chunked after all is read as it is
            body = ChunkedDataReader(io.BytesIO(raw)).read(MAX_RECORD_BYTES + 1)
        except Exception as e:
            raise DecodeError(f"cut short or damaged (its chunked encoding cannot be undone: {_short(e)})") from None
    if not encoding:
        return body
    try:
        if encoding == "br":
            out = _unbrotli(body)
        else:
            out = _inflate(body, gzip=encoding != "deflate")
    except DecodeError:
        raise
    except Exception as e:
        raise DecodeError(f"cut short or damaged (its {encoding} encoding cannot be undone: {_short(e)})") from None
    if len(out) > MAX_RECORD_BYTES:
        raise DecodeError(f"page larger than {format_size(MAX_RECORD_BYTES)} (decompressed)")
    return out


def _inflate(data: bytes, *, gzip: bool) -> bytes:
    import zlib

    # gzip: its header; deflate: zlib-wrapped as the standard says, or raw as some servers send
    for wbits in ((zlib.MAX_WBITS | 16,) if gzip else (zlib.MAX_WBITS, -zlib.MAX_WBITS)):
        d = zlib.decompressobj(wbits)
        try:
            out = d.decompress(data, MAX_RECORD_BYTES + 1)
        except zlib.error:
            if wbits == zlib.MAX_WBITS:
                continue
            raise
        if not d.eof and len(out) <= MAX_RECORD_BYTES:
            raise DecodeError(f"cut short (its {'gzip' if gzip else 'deflate'} content ends early)")
        return out
    raise DecodeError("cut short or damaged (its deflate encoding cannot be undone)")


def _unbrotli(data: bytes) -> bytes:
    try:
        import brotli
    except ImportError:
        raise DecodeError("not HTML (content encoding br, and no brotli decoder is installed)") from None
    d = brotli.Decompressor()
    try:
        out = d.process(data, output_buffer_limit=MAX_RECORD_BYTES + 1)
    except TypeError:  # an older brotli: no limit to ask for
        out = d.process(data)
    if len(out) <= MAX_RECORD_BYTES and hasattr(d, "is_finished") and not d.is_finished():
        raise DecodeError("cut short (its br content ends early)")
    return out


def _record(path: str, offset: int, rec, seen: WarcSeen, fno: int):
    """One response record: a Source, or raises InputError with the reason."""

    url = _target(rec)
    name = f"{path}#{offset}" + (f" {url}" if url else "")

    def refuse(reason: str) -> InputError:
        return InputError(name, reason)

    http = rec.http_headers
    if http is None or not (http.protocol or "").upper().startswith("HTTP"):
        raise refuse("not HTML (the record holds no HTTP response)")
    try:
        status = int(http.get_statuscode())
    except (TypeError, ValueError):
        status = 0
    if not 200 <= status < 300:
        where = http.get_header("Location")
        more = f" to {where}" if where and 300 <= status < 400 else ""
        raise refuse(f"not an article (HTTP status {status or http.statusline!r}{more})")
    media, charset = _content_type(http.get_header("Content-Type"))
    if media not in HTML_TYPES and media not in TEXT_TYPES and media not in SNIFF_TYPES:
        raise refuse(f"not HTML ({media})")

    # the block as archived: cut short where the file or its gzip member ends early
    try:
        raw = rec.raw_stream.read(MAX_RECORD_BYTES + 1)
    except Exception as e:  # a gzip member damaged inside the record
        raise refuse(f"cut short or damaged (its block cannot be read: {_short(e)})") from None
    if len(raw) > MAX_RECORD_BYTES:
        raise refuse(f"page larger than {format_size(MAX_RECORD_BYTES)}")
    truncated = rec.rec_headers.get_header("WARC-Truncated")
    if truncated:
        raise refuse(f"cut short (WARC-Truncated: {truncated.strip()})")
    missing = getattr(rec.raw_stream, "limit", 0) or 0
    if missing > 0:
        declared = rec.length or 0
        raise refuse(f"cut short (the record ends {missing} bytes before its Content-Length of {declared} bytes)")
    if _digest_matches(rec.rec_headers.get_header("WARC-Payload-Digest"), raw) is False:
        raise refuse("cut short or damaged (its payload does not match its WARC-Payload-Digest)")

    if url:
        ukey = _key(url.encode("utf-8", "surrogatepass"))
        first = seen.urls.get(ukey)
        if first is not None:
            raise refuse(f"duplicate (same URL as {seen.name(first)})")
        seen.urls[ukey] = (fno, offset)

    try:
        body = _undo_encodings(raw, http)
    except DecodeError as e:
        raise refuse(e.reason) from None
    if not body.strip():
        raise refuse("empty page")
    why = binary_reason(body)
    if why:
        raise refuse(f"not HTML (binary content: {why})")
    bkey = _key(body)
    first = seen.bodies.get(bkey)
    if first is not None:
        raise refuse(f"duplicate (same page as {seen.name(first)})")
    seen.bodies[bkey] = (fno, offset)

    html = media in HTML_TYPES or (media not in TEXT_TYPES and looks_like_html_bytes(body))
    if media in SNIFF_TYPES and not html:
        raise refuse(f"not HTML (no content type{' ' + media if media else ''}, and the body is not a web page)")
    try:
        text = decode_bytes(body, declared=charset or "", html=html)
    except DecodeError as e:
        raise refuse(e.reason) from None
    if not text.strip():
        raise refuse("empty page")
    kind = "html" if html or looks_like_html(text) else "text"
    if kind == "html":
        visible, declared_lang = page_text(text)
    else:
        visible, declared_lang = text, None
    why = not_english(visible, declared=declared_lang, strict=False)
    if why:
        raise refuse(why)
    return Source(
        name=name, content=text, kind=kind, url=url or None, path=path,
        fallback_published=_warc_date(rec), archive=path,
    )


_DROP = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*""", re.I)


def page_text(html: str) -> tuple[str, str | None]:
    """A page's visible text, roughly (scripts, styles and tags dropped), and its `lang`."""
    html = html[:500_000]  # enough to judge by; bounds the regular expressions' work
    m = _LANG.search(html[:20000])
    text = _TAG.sub(" ", _DROP.sub(" ", html))
    return _html.unescape(text), (m.group(1).lower() if m else None)
