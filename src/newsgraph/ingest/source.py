"""A Source: one item read from what the user named (a file, a URL, standard input, a web
archive's record), decoded, before extraction. sources.py and warc.py make them, and name a
file they cannot open the same way (`unreadable`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


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


def unreadable(path: str, e: OSError) -> InputError:
    """The InputError for a file that cannot be opened or looked at, in the user's words."""
    if isinstance(e, (FileNotFoundError, NotADirectoryError)):
        return InputError(path, "no such file")
    if isinstance(e, PermissionError):
        return InputError(path, "permission denied")
    if isinstance(e, IsADirectoryError):
        return InputError(path, "is a folder")
    return InputError(path, f"cannot read ({e.strerror or e})")
