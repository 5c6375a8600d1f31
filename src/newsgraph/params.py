"""Path and query values read the same way by the JSON API (newsgraph.api) and the pages
(newsgraph.web). The API serves the pages (api.py mounts web's router); the pages never import
the API, so what both need lives here."""

from __future__ import annotations

import datetime as _dt

STORY_ID_MAX = 32  # stories.id is String(32)


def actor_key(actor_id: str) -> int | None:
    """The store's actor id (an integer) from a path or query value; None when it cannot be one."""
    s = actor_id.strip()
    if s.isascii() and s.isdigit() and len(s) < 19:
        return int(s)
    return None


def story_key(story_id: str | None) -> str | None:
    """A story id from a path or query value ("s-3f9a2c01"); None when it cannot be one."""
    s = (story_id or "").strip()
    return s if 0 < len(s) <= STORY_ID_MAX else None


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from a form's date field; None when empty; ValueError when not a date."""
    s = (value or "").strip()
    if not s:
        return None
    return _dt.date.fromisoformat(s).isoformat()
