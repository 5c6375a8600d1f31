"""Path and query values read the same way by the JSON API (newsgraph.api) and the pages
(newsgraph.web). The API serves the pages (api.py mounts web's router); the pages never import
the API, so what both need lives here."""

from __future__ import annotations

import datetime as _dt
import re

STORY_ID_MAX = 32  # stories.id is String(32)
ACTS = ("say", "write", "think", "decide", "other")  # as record.ATTRIBUTION_ACTS
STATEMENTS = ("say", "write")  # as record.STATEMENT_ACTS: the default of every list
MAX_ACTOR_ID = 2**31 - 1  # actors.id: INTEGER
# the furthest a list can be paged (an OFFSET past 2**63 overflows SQLite and PostgreSQL)
MAX_OFFSET = 1_000_000_000
_ACT_WORD = "(say|write|think|decide|other|statements|all)"
# an `act` value as the API's schema declares it (and the API checks it: re.search, the way
# schema validators and generators read a pattern): acts separated by commas, or nothing
ACT_PATTERN = rf"^ *({_ACT_WORD} *(, *{_ACT_WORD} *)*)?$"
ACT_HELP = ("the kinds of act to list, comma-separated: say, write, think (beliefs), decide (decisions, votes), "
            "other; `statements` (say, write: the default) or `all`")


def actor_key(actor_id: str) -> int | None:
    """The store's actor id (an integer) from a path or query value; None when it cannot be one
    (actors.id is a 32-bit integer in PostgreSQL: a larger number is no id, not an error)."""
    s = actor_id.strip()
    if s.isascii() and s.isdigit() and len(s) < 19 and int(s) <= MAX_ACTOR_ID:
        return int(s)
    return None


def story_key(story_id: str | None) -> str | None:
    """A story id from a path or query value ("s-3f9a2c01"); None when it cannot be one."""
    s = (story_id or "").strip()
    return s if 0 < len(s) <= STORY_ID_MAX and re.fullmatch(r"[A-Za-z0-9][\w.:-]*", s) else None


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from a form's date field; None when empty; ValueError when not a date."""
    s = (value or "").strip()
    if not s:
        return None
    return _dt.date.fromisoformat(s).isoformat()


def acts_param(value: object = "statements") -> tuple[str, ...] | None:
    """The acts a list shows, from a query value: "statements" (or empty: say, write), "all"
    (None: every act), or acts separated by commas ("say,write,think"); a tuple or list of acts
    passes through. ValueError for an unknown act."""
    if value is None:
        return None
    if isinstance(value, (tuple, list, set, frozenset)):
        parts = [str(v).strip().lower() for v in value]
    else:
        parts = [p.strip().lower() for p in str(value).split(",") if p.strip()]
    if not parts or parts == ["statements"]:
        return STATEMENTS
    if "all" in parts:
        return None
    out: list[str] = []
    for p in parts:
        for a in (STATEMENTS if p == "statements" else (p,)):
            if a not in ACTS:
                raise ValueError(f"act: {p!r} is not one of {', '.join(ACTS)}, statements, all")
            if a not in out:
                out.append(a)
    return tuple(a for a in ACTS if a in out)
