"""Row helpers shared by the store's modules: a page of items, limits, timestamps, the
article columns a listing shows. They depend on the schema alone, so db.py, find.py and
stories.py all import them from here (none of them from another)."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, func, select

from .schema import article_actors, actors, articles, attributions


class StoreLike(Protocol):
    """What the store's modules (find.py, stories.py) use of a Store: its engine and dialect."""

    engine: Engine
    dialect: str


def _page(items: list[dict], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": int(total), "limit": limit, "offset": offset}


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def _iso(v: Any) -> Any:
    if isinstance(v, _dt.datetime):
        if v.tzinfo is None:
            v = v.replace(tzinfo=_dt.timezone.utc)
        return v.isoformat()
    return v


def _lim(limit: int, offset: int, cap: int = 1000) -> tuple[int, int]:
    return max(0, min(int(limit), cap)), max(0, int(offset))


ARTICLE_COLS = (
    articles.c.id,
    articles.c.title,
    articles.c.publisher,
    articles.c.published,
    articles.c.url,
    articles.c.source,
    articles.c.n_actors,
    articles.c.n_attributions,
    articles.c.n_figures,
    articles.c.n_dates,
    articles.c.n_events,
)


def _pair(start: Any, end: Any) -> list[int] | None:
    return None if start is None else [start, end]


def date_page(
    conn: Connection,
    base: Any,
    table: Any,
    date_col: Any,
    pk_col: Any,
    cond: list[Any],
    *,
    desc: bool,
    limit: int,
    offset: int,
) -> list[Any]:
    """One page of `base` rows matching cond in date order (pk breaking ties), undated rows
    after the dated ones in either direction. Read as two plain index ranges (dated, then
    undated) so that neither engine sorts an actor's hundred thousand rows for a page."""
    if limit <= 0:
        return []
    order = (date_col.desc(), pk_col.desc()) if desc else (date_col.asc(), pk_col.asc())
    rows = list(conn.execute(base.where(*cond, date_col.is_not(None)).order_by(*order).limit(limit).offset(offset)).mappings())
    if len(rows) == limit:
        return rows
    if rows:
        n_dated = offset + len(rows)
    else:
        n_dated = conn.execute(select(func.count()).select_from(table).where(*cond, date_col.is_not(None))).scalar_one()
    rest = conn.execute(
        base.where(*cond, date_col.is_(None))
        .order_by(pk_col.desc() if desc else pk_col.asc())
        .limit(limit - len(rows))
        .offset(max(0, offset - n_dated))
    ).mappings()
    return rows + list(rest)

def actor_key(actor_id: Any) -> int:
    """The store's actor id from a path segment or query string; -1 (no actor) if not one."""
    try:
        return int(str(actor_id).strip())
    except (TypeError, ValueError):
        return -1


def upsert(conn: Connection, table: Any, rows: list[dict[str, Any]], keys: list[str], set_: Any) -> None:
    """Insert rows, or update those whose `keys` are there (`set_(excluded)` gives the values)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dinsert
    else:
        from sqlalchemy.dialects.sqlite import insert as dinsert
    stmt = dinsert(table)
    conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=set_(stmt.excluded)), rows)


# what an attribution says and where: its speaker, cue and content with their offsets (into the
# body, or into the title where `where` is "title")
ATTRIBUTION_TEXT_COLS = (
    attributions.c["where"],
    attributions.c.speaker,
    attributions.c.speaker_start,
    attributions.c.speaker_end,
    attributions.c.cue,
    attributions.c.cue_start,
    attributions.c.cue_end,
    attributions.c.content,
    attributions.c.content_spans,
)


def attribution_select() -> Any:
    """Attributions with their article and actor, as the listings show them."""
    return (
        select(
            attributions.c.pk.label("id"),
            articles.c.id.label("article_id"),
            articles.c.title,
            articles.c.publisher,
            attributions.c.published,
            attributions.c.kind,
            attributions.c.act,
            attributions.c.actor_id,
            actors.c.name.label("actor_name"),
            article_actors.c.role.label("actor_role"),
            article_actors.c.affiliation.label("actor_affiliation"),
            *ATTRIBUTION_TEXT_COLS,
        )
        .select_from(attributions)
        .join(articles, articles.c.pk == attributions.c.article_pk)
        .outerjoin(actors, actors.c.id == attributions.c.actor_id)
        .outerjoin(article_actors, article_actors.c.pk == attributions.c.article_actor_pk)
    )


def attribution_item(r: Any) -> dict[str, Any]:
    d = dict(r)
    d["speaker_span"] = _pair(d.pop("speaker_start"), d.pop("speaker_end"))
    d["cue_span"] = _pair(d.pop("cue_start"), d.pop("cue_end"))
    d["content_spans"] = json.loads(d["content_spans"] or "[]")
    return d

def attribution_items(conn: Connection, pks: list[int]) -> list[dict[str, Any]]:
    """Attribution items for pks, in the order of pks."""
    if not pks:
        return []
    rows = conn.execute(attribution_select().where(attributions.c.pk.in_(pks))).mappings().all()
    by = {r["id"]: attribution_item(r) for r in rows}
    return [by[p] for p in pks if p in by]
