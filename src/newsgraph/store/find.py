"""The store's search: articles and attributions for a query, with filters and highlights.

Full text (search.py: FTS5 / tsvector) over article titles and bodies and over what was said
and who said it (the attribution's content and speaker words); and, for attributions, the
speaker's stored names: a query naming an actor ("Jane Moreau", "moreau") finds every statement
resolved to that actor, however the article named the speaker there ("she", "the minister").

Attributions are listed in two tiers: first the statements of the actors the query names
(newest first), then the other full-text hits (by relevance, or newest stored first when too
many match, as search.py orders them). Store.search and Store.attributions(q=) call this.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, false, func, or_, select

from . import search as fts
from .rows import ARTICLE_COLS, StoreLike, _lim, _page, attribution_items, date_page
from .schema import articles, attributions, story_articles
from .stories import attach_stories



def _in_story(col: Any, story: str) -> Any:
    return col.in_(select(story_articles.c.article_pk).where(story_articles.c.story_id == story))


def _outlet_key(name: str) -> str:
    s = " ".join(name.casefold().split())
    return s[4:] if s.startswith("the ") else s


def outlet_names(conn: Connection, publisher: str) -> list[str]:
    """The stored outlet names a typed one means: itself where an article has it (one index
    probe); else those equal to it but for case, spacing and a leading "The" ("meridian post",
    "The Meridian Post"), read from the outlets' index; none when no outlet is named so."""
    p = " ".join(publisher.split())
    if conn.execute(select(articles.c.pk).where(articles.c.publisher == p).limit(1)).first() is not None:
        return [p]
    key = _outlet_key(p)
    names = conn.execute(select(articles.c.publisher).where(articles.c.publisher.is_not(None)).distinct()).scalars()
    return sorted(n for n in names if _outlet_key(n) == key)


def _outlet_cond(publisher: str | list[str]) -> Any:
    names = [publisher] if isinstance(publisher, str) else publisher
    return articles.c.publisher.in_(names) if names else false()


def article_filters(publisher: str | list[str] | None = None, since: str | None = None, until: str | None = None) -> list[Any]:
    """Conditions on articles; `publisher`: an outlet's name, or the names outlet_names found."""
    cond: list[Any] = []
    if publisher is not None and publisher != "":
        cond.append(_outlet_cond(publisher))
    if since:
        cond.append(articles.c.published >= since[:10])
    if until:
        cond.append(articles.c.published <= until[:10])
    return cond


def attribution_filters(publisher: str | list[str] | None = None, since: str | None = None, until: str | None = None) -> list[Any]:
    cond: list[Any] = []
    if publisher is not None and publisher != "":
        cond.append(attributions.c.article_pk.in_(select(articles.c.pk).where(_outlet_cond(publisher))))
    if since:
        cond.append(attributions.c.published >= since[:10])
    if until:
        cond.append(attributions.c.published <= until[:10])
    return cond


def attribution_match(conn: Connection, q: str) -> Any:
    """A condition on attributions: the full-text query matches the content or the speaker's
    words, or the attribution's actor has a name holding q's words."""
    m = fts.match_clause(conn.dialect.name, "attributions", q)
    ids = fts.name_actor_ids(conn, q)
    parts = [c for c in (m, attributions.c.actor_id.in_(ids) if ids else None) if c is not None]
    if not parts:
        return false()
    return or_(*parts) if len(parts) > 1 else parts[0]


def _not_by(ids: list[int]) -> Any:
    return or_(attributions.c.actor_id.is_(None), attributions.c.actor_id.not_in(ids))


def search(
    store: StoreLike,
    q: str,
    limit: int = 20,
    offset: int = 0,
    publisher: str | None = None,
    since: str | None = None,
    until: str | None = None,
    story: str | None = None,
) -> dict[str, Any]:
    """{"articles": page, "attributions": page}, each page with "ranked". Article items carry a
    plain-text `snippet` of the body; every item carries `highlights`: where q's words are, as
    [[start, end], ...] offsets into its fields (articles: title, snippet; attributions:
    content, speaker, actor_name) for the pages to mark. `publisher`: an outlet as stored, or
    as typed (case and a leading "The" aside: outlet_names)."""

    limit, offset = _lim(limit, offset)
    with store.engine.connect() as conn:
        outlets = outlet_names(conn, publisher) if publisher and publisher.strip() else None
        # a story is a narrow filter: its rows are listed and looked up in the index (search.py)
        ah = fts.search_pks(
            conn, "articles", q, limit, offset, where=article_filters(outlets, since, until),
            narrow=_in_story(articles.c.pk, story) if story else None,
        )
        arts: list[dict[str, Any]] = []
        if ah.pks:
            rows = conn.execute(select(articles.c.pk, *ARTICLE_COLS).where(articles.c.pk.in_(ah.pks))).mappings().all()
            by = {r["pk"]: r for r in rows}
            titles = fts.highlights(conn, "articles", q, ah.pks)
            for p in ah.pks:
                if p in by:
                    d = dict(by[p])
                    d.pop("pk")
                    snippet, marks = fts.split_marks(ah.snippets.get(p), squeeze=True)
                    d["snippet"] = snippet
                    d["highlights"] = {"title": titles.get(p, []), "snippet": marks}
                    arts.append(d)
            attach_stories(conn, arts)

        where = attribution_filters(outlets, since, until)
        narrow = _in_story(attributions.c.article_pk, story) if story else None
        ids = fts.name_actor_ids(conn, q)
        pks: list[int] = []
        n_named = 0
        if ids:
            named = [attributions.c.actor_id.in_(ids), *where, *([narrow] if narrow is not None else [])]
            n_named = conn.execute(select(func.count()).select_from(attributions).where(*named)).scalar_one()
            if offset < n_named:
                rows = date_page(
                    conn, select(attributions.c.pk), attributions, attributions.c.published, attributions.c.pk, named,
                    desc=True, limit=limit, offset=offset,
                )
                pks = [r["pk"] for r in rows]
        others = None
        if ids and not where and narrow is None and conn.dialect.name == "sqlite":
            # the full-text hits not by those actors: all the hits less those that are (SQLite
            # would otherwise look up the actor of every hit)
            n_hits = fts.count_hits(conn, "attributions", q)
            others = n_hits - fts.count_hits_among(conn, "attributions", q, named, n_named, n_hits)
        th = fts.search_pks(
            conn, "attributions", q, limit - len(pks), max(0, offset - n_named),
            where=[*where, _not_by(ids)] if ids else where, total=others, narrow=narrow,
        )
        pks += th.pks
        atts = attribution_items(conn, pks)
        content = fts.highlights(conn, "attributions", q, pks)
        for t in atts:
            t["highlights"] = {
                "content": content.get(t["id"], []),
                "speaker": fts.mark_words(t.get("speaker"), q),
                "actor_name": fts.mark_words(t.get("actor_name"), q) if t.get("actor_id") in ids or fts.name_matches(t.get("actor_name"), q) else [],
            }
    return {
        "articles": {**_page(arts, ah.total, limit, offset), "ranked": ah.ranked},
        "attributions": {**_page(atts, n_named + th.total, limit, offset), "ranked": th.ranked},
    }
