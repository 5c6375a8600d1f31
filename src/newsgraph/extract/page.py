"""What an extractor (HTML or plain text) hands to the pipeline: the article's parts."""

from __future__ import annotations

from dataclasses import dataclass, field

from .normalize import Mapped
from ..record import Caption


@dataclass
class Page:
    # the story only, normalised, paragraphs joined by a blank line; with its map to the input
    body: Mapped
    # True where body.offsets point into the input text as read (plain-text input);
    # False for HTML, where they point into the extracted text and mean nothing to a user.
    maps_to_input: bool = False
    title: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD where the page gives it
    published_from: str | None = None  # "page" or "dateline"
    published_at: str | None = None  # the UTC instant ("2026-11-10T08:00Z") where the page gives its clock and zone
    site_name: str | None = None
    captions: list[Caption] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # furniture taken out, in page order
    url: str | None = None
    language: str | None = None
    dateline: str | None = None
