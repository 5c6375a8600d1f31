"""Bytes to text: binary sniffing, gzip, charset choice, HTML sniffing.

Nothing here knows about files or URLs; failures raise `DecodeError(reason)` and the caller
turns the reason into an `InputError` naming the item.

Charset order:
- a byte-order mark always wins (UTF-8, UTF-16, UTF-32);
- fetched pages (`declared` given): the HTTP charset, then the HTML meta / XML charset, then
  strict UTF-8, then detection;
- files and standard input: strict UTF-8, then the meta / XML charset (HTML only), then
  detection (charset-normalizer). Detection that finds nothing plausible fails with
  "cannot decode as text".
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib

import charset_normalizer

# bytes looked at when sniffing for binary content and for a meta charset
SNIFF_BYTES = 8192
META_SCAN_BYTES = 16384
# a sample with more than this share of C0 control bytes (not tab / new line / form feed) is binary
MAX_CONTROL_RATIO = 0.10
# gzip input is decompressed up to this many bytes
MAX_DECOMPRESSED_BYTES = 100_000_000


class DecodeError(ValueError):
    """Bytes that cannot become text; `reason` says why, in words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# (offset, magic, label) for formats that are never a news article
_MAGIC: list[tuple[int, bytes, str]] = [
    (0, b"%PDF-", "PDF"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG"),
    (0, b"GIF87a", "GIF"),
    (0, b"GIF89a", "GIF"),
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"PK\x03\x04", "ZIP"),
    (0, b"PK\x05\x06", "ZIP"),
    (0, b"\x1f\x8b", "gzip"),
    (0, b"BZh91AY&SY", "bzip2"),
    (0, b"\xfd7zXZ\x00", "xz"),
    (0, b"7z\xbc\xaf\x27\x1c", "7z"),
    (0, b"Rar!\x1a\x07", "RAR"),
    (0, b"\x28\xb5\x2f\xfd", "zstd"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (0, b"{\\rtf", "RTF"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"MZ\x90\x00", "Windows executable"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"\x00asm", "WebAssembly"),
    (0, b"OggS", "Ogg"),
    (0, b"fLaC", "FLAC"),
    (0, b"ID3", "MP3"),
    (0, b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    (0, b"II*\x00", "TIFF"),
    (0, b"MM\x00*", "TIFF"),
    (4, b"ftyp", "MP4/QuickTime"),
    (8, b"WEBP", "WebP"),
    (8, b"WAVE", "WAV"),
    (8, b"AVI ", "AVI"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
]

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# C0 controls other than \t \n \v \f \r and ESC (which some legacy encodings use)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"


def magic_label(data: bytes) -> str | None:
    """The name of a known binary format `data` starts with, else None."""
    for offset, magic, label in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            if label == "WebP" or label == "WAV" or label == "AVI":
                if not data.startswith(b"RIFF"):
                    continue
            return label
    return None


def bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' where the NUL pattern says mostly-ASCII UTF-16, else None."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def binary_reason(data: bytes) -> str | None:
    """Why `data` is not text ("looks like PDF", "contains NUL bytes", ...), or None for text."""
    if bom_encoding(data):
        return None
    label = magic_label(data)
    if label:
        return f"looks like {label}"
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        if _utf16_without_bom(sample[: len(sample) // 2 * 2]):
            return None
        return "contains NUL bytes"
    if sample:
        controls = sum(sample.count(c) for c in _CONTROL)
        if controls > MAX_CONTROL_RATIO * len(sample):
            return "mostly control characters"
    return None


def gunzip(data: bytes, max_bytes: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress gzip data, refusing corrupt input and output over `max_bytes`."""
    if not data.startswith(b"\x1f\x8b"):
        raise DecodeError("corrupt gzip file (not gzip data)")
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            while True:
                chunk = gz.read(1 << 16)
                if not chunk:
                    break
                out.write(chunk)
                if out.tell() > max_bytes:
                    raise DecodeError(f"gzip file expands to more than {format_size(max_bytes)}")
    except EOFError:
        raise DecodeError("corrupt gzip file (truncated)") from None
    except gzip.BadGzipFile as e:
        msg = str(e)
        if msg.startswith("CRC check failed"):
            msg = "CRC check failed"
        elif msg.startswith("Incorrect length"):
            msg = "wrong length"
        raise DecodeError(f"corrupt gzip file ({msg})") from None
    except (zlib.error, OSError):
        raise DecodeError("corrupt gzip file (bad compressed data)") from None
    return out.getvalue()


def format_size(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000} MB"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000} kB"
    return f"{n} bytes"


# ---------------------------------------------------------------- charsets

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""")

# WHATWG: these labels mean windows-1252 on the web (which Python decodes as cp1252)
_WEB_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gbk",
    "x-gbk": "gbk",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "tis-620": "cp874",
    "x-mac-roman": "mac_roman",
}


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or XML declaration names near the start of `data`."""
    head = data[:META_SCAN_BYTES]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii").strip().lower() if m else None


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when Python has no such codec."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WEB_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # a meta/HTTP label of UTF-16 without a BOM is a lie about bytes already ASCII-read
    if name in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        return "utf-8"
    return name


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's pick, nudged to windows-1252 where that is (nearly) as good.

    On short Western-European texts charset-normalizer often ties windows-1252 with Baltic or
    Central-European code pages; news in those code pages is rarer than in windows-1252.
    """
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        return None
    if best.encoding != "cp1252":
        for r in results:
            if (
                r.encoding == "cp1252"
                and r.chaos <= best.chaos + 0.1
                and r.coherence >= best.coherence - 0.05
            ):
                return str(r)
    return str(best)


def decode_bytes(data: bytes, *, declared: str | None = None, html: bool = False) -> str:
    """Text from `data`; see the module docstring for the order. Raises DecodeError."""
    bom = bom_encoding(data)
    if bom:
        text = _try(data, bom)
        if text is not None:
            return text.lstrip("\ufeff")
    if b"\x00" in data[:SNIFF_BYTES]:
        enc = _utf16_without_bom(data[:SNIFF_BYTES][: min(len(data), SNIFF_BYTES) // 2 * 2])
        text = _try(data, enc)
        if text is not None:
            return text
    meta = normalize_charset(meta_charset(data)) if (html or looks_like_html_bytes(data)) else None
    if declared is not None:
        order = [normalize_charset(declared), meta, "utf-8"]
    else:
        order = ["utf-8", meta]
    for enc in order:
        text = _try(data, enc)
        if text is not None:
            return text
    text = _detect(data)
    if text is None:
        raise DecodeError("cannot decode as text")
    return text


# ---------------------------------------------------------------- HTML sniffing

_LEADING_JUNK = re.compile(r"\A(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.DOTALL)
_HTML_START = re.compile(r"<!doctype\s+html\b|<html[\s>/]|<html\Z", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True where the text starts (after white space, an XML declaration, comments) as HTML."""
    head = text[:SNIFF_BYTES].lstrip("\ufeff")
    m = _LEADING_JUNK.match(head)
    rest = head[m.end() :] if m else head
    return bool(_HTML_START.match(rest))


def looks_like_html_bytes(data: bytes) -> bool:
    bom = bom_encoding(data)
    head = data[:SNIFF_BYTES]
    text = head.decode(bom, "ignore") if bom else head.decode("latin-1")
    return looks_like_html(text)
