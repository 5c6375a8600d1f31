"""Stories in the store: what the corpus layer (newsgraph.corpus) computes, kept and served.

The store never computes stories and never imports newsgraph.corpus: corpus/ writes profiles,
stories, reuse and disagreements through the write side below (each call one transaction,
idempotent), and the API and pages read them through the read side. Each function takes the
Store first; Store's methods of the same names (db.py) are thin wrappers over them. The
interface is docs/store-interface.md ("Stories").

    store.save_profile(article_id, {"terms": {...}, "published": ...}, terms)
    store.candidates(terms)                  # articles sharing the most of these terms
    store.put_story({"id": "s-3f9a2c01", "title": ..., "articles": [ids], "outlets": [...]})
    store.put_story_links("s-3f9a2c01", reuse=[...], disagreements=[...])
    store.story("s-3f9a2c01")                # with its articles, reuse and disagreements
    store.actor_timeline(12)                 # statements and events in date order

term_df keeps, beside each term's document frequency, the number of profiled articles under the
reserved term "" (never a real term: empty terms are dropped), so term_stats() reads one row
instead of counting the profiles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from ..params import ACTS, acts_param
from ..record import Record
from .schema import (
    actor_names,
    actor_roles,
    actors,
    article_actors,
    article_profiles,
    articles,
    attributions,
    disagreements,
    event_actors,
    events,
    reuse,
    stories,
    story_articles,
    story_terms,
    term_df,
)

from .rows import ATTRIBUTION_TEXT_COLS, StoreLike, _iso, _lim, _now, _page, _pair, actor_key, date_page, upsert


TERM_MAX = 200  # story_terms.term is String(200): longer terms are cut there
N_DOCS = ""  # term_df's reserved row: the number of profiled articles
MAX_QUERY_TERMS = 2000  # candidates() looks up at most this many terms (the rarest)
STORY_ARTICLES = 5000  # story() lists at most this many articles, reuse items, disagreements
TIMELINE_CAP = 5000
CHUNK = 500


def _chunks(xs: list[Any], n: int = CHUNK) -> Iterable[list[Any]]:
    for i in range(0, len(xs), n):
        yield xs[i : i + n]


def _terms(terms: Iterable[str]) -> list[str]:
    return sorted({str(t)[:TERM_MAX] for t in terms if t and str(t)[:TERM_MAX]})


def _loads(s: str | None, default: Any) -> Any:
    if s is None:
        return default
    try:
        return json.loads(s)
    except ValueError:
        return default


def _dumps(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def article_pks(conn: Connection, article_ids: Iterable[str]) -> dict[str, int]:
    """article id -> stored pk, for those stored."""
    ids = sorted({str(i) for i in article_ids if i})
    out: dict[str, int] = {}
    for part in _chunks(ids):
        out.update(conn.execute(select(articles.c.id, articles.c.pk).where(articles.c.id.in_(part))).all())
    return out


def _story_id(story_id: Any) -> str:
    sid = str(story_id or "").strip()
    if not sid or len(sid) > 32:
        raise ValueError(f"a story id is 1 to 32 characters: {story_id!r}")
    return sid


# --- write side (corpus/) ----------------------------------------------------------------------


def save_profile(store: StoreLike, article_id: str, profile: dict, terms: list[str], df_terms: list[str] | None = None) -> None:
    """Keep an article's profile and replace its terms in the inverted index (`terms`), keeping
    the document frequency of every term the article has (`df_terms`, default `terms`: +1 for
    terms new to the article, -1 for those it lost) and the number of profiled articles.
    Idempotent. ValueError when the article is not stored."""
    new = set(_terms(terms))
    counted = set(_terms(df_terms if df_terms is not None else terms))
    with store.engine.begin() as conn:
        pk = conn.execute(select(articles.c.pk).where(articles.c.id == article_id)).scalar_one_or_none()
        if pk is None:
            raise ValueError(f"no article with id {article_id!r} in the store")
        prev = conn.execute(select(article_profiles.c.profile).where(article_profiles.c.article_pk == pk)).first()
        had = prev is not None
        old = set(conn.execute(select(story_terms.c.term).where(story_terms.c.article_pk == pk)).scalars())
        old_counted = set(_loads(prev[0], {}).get("df_terms") or old) if had else set()
        upsert(
            conn, article_profiles, [{"article_pk": pk, "profile": _dumps({**profile, "df_terms": sorted(counted)})}],
            ["article_pk"], lambda ex: {"profile": ex.profile},
        )
        for part in _chunks(sorted(old - new)):
            conn.execute(story_terms.delete().where(story_terms.c.article_pk == pk, story_terms.c.term.in_(part)))
        added = sorted(new - old)
        if added:
            conn.execute(insert(story_terms), [{"term": t, "article_pk": pk} for t in added])
        for part in _chunks(sorted(old_counted - counted)):
            conn.execute(update(term_df).where(term_df.c.term.in_(part)).values(df=term_df.c.df - 1))
            conn.execute(term_df.delete().where(term_df.c.term.in_(part), term_df.c.df <= 0))
        bumps = [{"term": t, "df": 1} for t in sorted(counted - old_counted)]
        if not had:
            bumps.insert(0, {"term": N_DOCS, "df": 1})
        # sorted keys: concurrent writers lock the rows in one order
        upsert(conn, term_df, bumps, ["term"], lambda ex: {"df": term_df.c.df + ex.df})


def _dfs(conn: Connection, terms: list[str]) -> dict[str, int]:
    out = {t: 0 for t in terms}
    for part in _chunks(terms):
        out.update(conn.execute(select(term_df.c.term, term_df.c.df).where(term_df.c.term.in_(part))).all())
    return out


def term_stats(store: StoreLike, terms: list[str]) -> tuple[int, dict[str, int]]:
    """(number of profiled articles, {term: document frequency}) for the given terms (0 where
    no profiled article has the term). Terms are cut to 200 characters, as stored."""
    ts = _terms(terms)
    with store.engine.connect() as conn:
        n = conn.execute(select(term_df.c.df).where(term_df.c.term == N_DOCS)).scalar_one_or_none() or 0
        df = _dfs(conn, ts)
    out = {}
    for t in terms:
        if t:
            out[t] = df.get(str(t)[:TERM_MAX], 0)
    return int(n), out


def _profile_items(conn: Connection, pks: list[int]) -> dict[int, dict[str, Any]]:
    """Per article pk: article_id, story_id, profile ({} if none), published, publisher, title."""
    out: dict[int, dict[str, Any]] = {}
    for part in _chunks(pks):
        rows = conn.execute(
            select(
                articles.c.pk,
                articles.c.id,
                articles.c.published,
                articles.c.publisher,
                articles.c.title,
                article_profiles.c.profile,
                story_articles.c.story_id,
            )
            .select_from(articles)
            .outerjoin(article_profiles, article_profiles.c.article_pk == articles.c.pk)
            .outerjoin(story_articles, story_articles.c.article_pk == articles.c.pk)
            .where(articles.c.pk.in_(part))
        ).mappings()
        for r in rows:
            out[r["pk"]] = {
                "article_id": r["id"],
                "story_id": r["story_id"],
                "profile": {k: v for k, v in (_loads(r["profile"], None) or {}).items() if k != "df_terms"},
                "published": r["published"],
                "publisher": r["publisher"],
                "title": r["title"],
            }
    return out


def candidates(
    store: StoreLike, terms: list[str], max_df: int = 2000, limit: int = 200, exclude: str | None = None
) -> list[dict[str, Any]]:
    """The profiled articles sharing the most of `terms`, best first (then the newest stored):
    [{"article_id", "story_id" (or None), "shared", "profile", "published", "publisher", "title"}].
    Terms in more than `max_df` articles are ignored, and at most MAX_QUERY_TERMS of the rarest
    are looked up, so the cost is the posting lists read (at most terms x max_df index entries),
    whatever the size of the store. `exclude`: an article id left out (the article itself)."""
    ts = _terms(terms)
    limit = max(0, int(limit))
    if not ts or limit == 0:
        return []
    with store.engine.connect() as conn:
        df = _dfs(conn, ts)
        keep = sorted((t for t in ts if 0 < df[t] <= max_df), key=lambda t: (df[t], t))[:MAX_QUERY_TERMS]
        if not keep:
            return []
        shared = func.count().label("shared")
        q = select(story_terms.c.article_pk, shared).where(story_terms.c.term.in_(keep))
        if exclude:
            ex = conn.execute(select(articles.c.pk).where(articles.c.id == exclude)).scalar_one_or_none()
            if ex is not None:
                q = q.where(story_terms.c.article_pk != ex)
        rows = conn.execute(
            q.group_by(story_terms.c.article_pk).order_by(shared.desc(), story_terms.c.article_pk.desc()).limit(limit)
        ).all()
        info = _profile_items(conn, [r[0] for r in rows])
    out = []
    for pk, n in rows:
        if pk in info:
            it = info[pk]
            out.append({"article_id": it["article_id"], "story_id": it["story_id"], "shared": int(n), **{k: it[k] for k in ("profile", "published", "publisher", "title")}})
    return out


def story_profiles(store: StoreLike, story_id: str) -> list[dict[str, Any]]:
    """The story's articles with their profiles ({} for an article not profiled):
    [{"article_id", "story_id", "profile", "published", "publisher", "title"}], by date."""
    with store.engine.connect() as conn:
        pks = list(conn.execute(select(story_articles.c.article_pk).where(story_articles.c.story_id == str(story_id))).scalars())
        info = _profile_items(conn, pks)
    return [info[p] for p in sorted(info, key=lambda p: (info[p]["published"] is None, info[p]["published"] or "", p))]


def _members(story_id: str) -> Any:
    return select(story_articles.c.article_pk).where(story_articles.c.story_id == story_id)


def _drop(conn: Connection, sid: str) -> None:
    conn.execute(reuse.delete().where(reuse.c.story_id == sid))
    conn.execute(disagreements.delete().where(disagreements.c.story_id == sid))
    conn.execute(story_articles.delete().where(story_articles.c.story_id == sid))
    conn.execute(stories.delete().where(stories.c.id == sid))


def _prune_links(conn: Connection, sid: str) -> None:
    """Reuse and disagreement values of articles no longer in the story go."""
    members = _members(sid)
    conn.execute(
        reuse.delete().where(
            reuse.c.story_id == sid,
            or_(reuse.c.source_article_pk.not_in(members), reuse.c.target_article_pk.not_in(members)),
        )
    )
    rows = conn.execute(select(disagreements.c.pk, disagreements.c["values"]).where(disagreements.c.story_id == sid)).all()
    if not rows:
        return
    ids = set(
        conn.execute(
            select(articles.c.id).join(story_articles, story_articles.c.article_pk == articles.c.pk).where(story_articles.c.story_id == sid)
        ).scalars()
    )
    for pk, raw in rows:
        values = _loads(raw, [])
        kept = [v for v in values if not isinstance(v, dict) or v.get("article_id") in ids]
        if len(kept) == len(values):
            continue
        if len(kept) < 2:
            conn.execute(disagreements.delete().where(disagreements.c.pk == pk))
        else:
            conn.execute(update(disagreements).where(disagreements.c.pk == pk).values({"values": _dumps(kept)}))


def _refresh(conn: Connection, sid: str) -> None:
    """A story that lost articles to another: its counts, outlets and dates from what is left;
    deleted when nothing is."""
    rows = conn.execute(
        select(articles.c.pk, articles.c.publisher, articles.c.published)
        .join(story_articles, story_articles.c.article_pk == articles.c.pk)
        .where(story_articles.c.story_id == sid)
    ).all()
    if not rows:
        _drop(conn, sid)
        return
    rows = sorted(rows, key=lambda r: (r[2] is None, r[2] or "", r[0]))
    outlets = list(dict.fromkeys(r[1] for r in rows if r[1]))
    dates = [r[2] for r in rows if r[2]]
    conn.execute(
        update(stories)
        .where(stories.c.id == sid)
        .values(
            n_articles=len(rows),
            n_outlets=len(outlets),
            outlets=_dumps(outlets),
            first_seen=min(dates) if dates else None,
            last_seen=max(dates) if dates else None,
            updated_at=_now(),
        )
    )
    _prune_links(conn, sid)


def put_story(store: StoreLike, story: dict) -> None:
    """Create or replace a story: {"id", "title", "first_seen", "last_seen", "articles": [article
    ids], "outlets": [names]}. Its articles become exactly those given (ids not stored are
    skipped), moved from any other story; a story left with no articles is deleted (this one
    too, when none of its articles is stored). first_seen, last_seen and outlets, when absent,
    come from the articles. Reuse and disagreements of articles that left a story go with them."""
    sid = _story_id(story.get("id"))
    ids = list(dict.fromkeys(str(i) for i in (story.get("articles") or []) if i))
    with store.engine.begin() as conn:
        pks = article_pks(conn, ids)
        want = sorted({pks[i] for i in ids if i in pks})
        if not want:
            _drop(conn, sid)
            return
        others: set[str] = set()
        for part in _chunks(want):
            others.update(
                conn.execute(
                    select(story_articles.c.story_id).where(story_articles.c.article_pk.in_(part), story_articles.c.story_id != sid).distinct()
                ).scalars()
            )
        info = conn.execute(select(articles.c.pk, articles.c.publisher, articles.c.published).where(articles.c.pk.in_(want))).all() if (
            "outlets" not in story or "first_seen" not in story or "last_seen" not in story
        ) else []
        info = sorted(info, key=lambda r: (r[2] is None, r[2] or "", r[0]))
        dates = [r[2] for r in info if r[2]]
        outlets = story.get("outlets") if "outlets" in story else list(dict.fromkeys(r[1] for r in info if r[1]))
        outlets = [str(o) for o in (outlets or [])]
        first = story.get("first_seen") if "first_seen" in story else (min(dates) if dates else None)
        last = story.get("last_seen") if "last_seen" in story else (max(dates) if dates else None)
        row = {
            "id": sid,
            "title": story.get("title"),
            "first_seen": str(first)[:10] if first else None,
            "last_seen": str(last)[:10] if last else None,
            "n_articles": len(want),
            "n_outlets": len(outlets),
            "outlets": _dumps(outlets),
            "updated_at": _now(),
        }
        upsert(conn, stories, [row], ["id"], lambda ex: {k: ex[k] for k in row if k != "id"})
        conn.execute(story_articles.delete().where(story_articles.c.story_id == sid, story_articles.c.article_pk.not_in(want)))
        upsert(
            conn, story_articles, [{"article_pk": p, "story_id": sid} for p in want], ["article_pk"],
            lambda ex: {"story_id": ex.story_id},
        )
        _prune_links(conn, sid)
        for o in sorted(others):
            _refresh(conn, o)


def drop_story(store: StoreLike, story_id: str) -> None:
    """Delete a story with its article links, reuse and disagreements (its articles stay)."""
    with store.engine.begin() as conn:
        _drop(conn, str(story_id))


def put_story_links(store: StoreLike, story_id: str, reuse_items: list[dict], disagreement_items: list[dict]) -> None:
    """Replace a story's reuse and disagreements. reuse: [{"source": article id, "target": article
    id, "share", "credited", "pairs": [{"source_span", "target_span"}]}]; disagreements:
    [{"kind": "figure"|"quote", "about", "values": [{"article_id", "value", "unit", "text", "span",
    "publisher", "published"}]}]. Reuse between articles not stored is skipped. ValueError
    when the story is not stored."""
    sid = _story_id(story_id)
    with store.engine.begin() as conn:
        if conn.execute(select(stories.c.id).where(stories.c.id == sid)).first() is None:
            raise ValueError(f"no story with id {sid!r} in the store")
        conn.execute(reuse.delete().where(reuse.c.story_id == sid))
        conn.execute(disagreements.delete().where(disagreements.c.story_id == sid))
        pks = article_pks(conn, [x for r in reuse_items for x in (r.get("source"), r.get("target"))])
        rows = [
            {
                "story_id": sid,
                "source_article_pk": pks[r["source"]],
                "target_article_pk": pks[r["target"]],
                "share": None if r.get("share") is None else float(r["share"]),
                "credited": bool(r.get("credited")),
                "pairs": _dumps(list(r.get("pairs") or [])),
            }
            for r in reuse_items
            if r.get("source") in pks and r.get("target") in pks
        ]
        if rows:
            conn.execute(insert(reuse), rows)
        drows = [
            {"story_id": sid, "kind": str(d.get("kind") or "figure")[:16], "about": d.get("about"), "values": _dumps(list(d.get("values") or []))}
            for d in disagreement_items
        ]
        if drows:
            conn.execute(insert(disagreements), drows)


def records(store: StoreLike, article_ids: list[str]) -> list[Record]:
    """The stored records of these articles, in the order given (those not stored left out)."""
    ids = [str(i) for i in article_ids]
    by: dict[str, str] = {}
    with store.engine.connect() as conn:
        for part in _chunks(sorted(set(ids))):
            by.update(conn.execute(select(articles.c.id, articles.c.record).where(articles.c.id.in_(part))).all())
    return [Record.from_json(by[i]) for i in ids if i in by]


# --- read side (API and pages) -----------------------------------------------------------------

STORY_COLS = (
    stories.c.id,
    stories.c.title,
    stories.c.first_seen,
    stories.c.last_seen,
    stories.c.n_articles,
    stories.c.n_outlets,
    stories.c.outlets,
)


def _story_item(r: Any) -> dict[str, Any]:
    d = dict(r)
    d["outlets"] = _loads(d.get("outlets"), [])
    return d


def list_stories(
    store: StoreLike, q: str | None = None, since: str | None = None, until: str | None = None, limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """Stories, latest last_seen first (undated last). q: part of the title, or a full-text query
    one of the story's articles matches; since/until: stories seen in that period."""
    from . import search

    limit, offset = _lim(limit, offset)
    cond: list[Any] = []
    if q and q.strip():
        c = stories.c.title.icontains(q.strip(), autoescape=True)
        m = search.match_clause(store.dialect, "articles", q)
        if m is not None:
            hit = select(story_articles.c.story_id).join(articles, articles.c.pk == story_articles.c.article_pk).where(m)
            c = or_(c, stories.c.id.in_(hit))
        cond.append(c)
    if since:
        cond.append(stories.c.last_seen >= since[:10])
    if until:
        cond.append(stories.c.first_seen <= until[:10])
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(stories).where(*cond)).scalar_one()
        rows = date_page(
            conn, select(*STORY_COLS), stories, stories.c.last_seen, stories.c.id, cond, desc=True, limit=limit, offset=offset
        )
    return _page([_story_item(r) for r in rows], total, limit, offset)


def _ref(r: Any, prefix: str) -> dict[str, Any]:
    return {k: r[f"{prefix}{k}"] for k in ("id", "title", "publisher", "published")}


def story(store: StoreLike, story_id: str) -> dict[str, Any] | None:
    """One story: {id, title, first_seen, last_seen, n_articles, n_outlets, outlets, updated_at,
    articles: [{id, title, publisher, published, url}] (by date, then stored order; undated last),
    reuse: [{source: {id, title, publisher, published}, target: {...}, share, credited, pairs}]
    (largest share first), disagreements: [{kind, about, values}] (each value's publisher,
    published and title filled from the store where missing)}; None when unknown."""
    sid = str(story_id or "")
    if not sid or len(sid) > 32:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(select(*STORY_COLS, stories.c.updated_at).where(stories.c.id == sid)).mappings().first()
        if row is None:
            return None
        out = _story_item(row)

        out["updated_at"] = _iso(out.get("updated_at"))
        arts = conn.execute(
            select(articles.c.pk, articles.c.id, articles.c.title, articles.c.publisher, articles.c.published, articles.c.url)
            .join(story_articles, story_articles.c.article_pk == articles.c.pk)
            .where(story_articles.c.story_id == sid)
            .limit(STORY_ARTICLES)
        ).mappings().all()
        arts = sorted(arts, key=lambda r: (r["published"] is None, r["published"] or "", r["pk"]))
        out["articles"] = [{k: r[k] for k in ("id", "title", "publisher", "published", "url")} for r in arts]

        src, tgt = articles.alias("src"), articles.alias("tgt")
        rrows = conn.execute(
            select(
                reuse.c.pk,
                reuse.c.share,
                reuse.c.credited,
                reuse.c.pairs,
                *(src.c[k].label(f"s_{k}") for k in ("id", "title", "publisher", "published")),
                *(tgt.c[k].label(f"t_{k}") for k in ("id", "title", "publisher", "published")),
            )
            .join(src, src.c.pk == reuse.c.source_article_pk)
            .join(tgt, tgt.c.pk == reuse.c.target_article_pk)
            .where(reuse.c.story_id == sid)
            .order_by(reuse.c.pk)
            .limit(STORY_ARTICLES)
        ).mappings().all()
        out["reuse"] = sorted(
            (
                {
                    "source": _ref(r, "s_"),
                    "target": _ref(r, "t_"),
                    "share": r["share"],
                    "credited": bool(r["credited"]),
                    "pairs": _loads(r["pairs"], []),
                }
                for r in rrows
            ),
            key=lambda x: -(x["share"] or 0.0),
        )

        drows = conn.execute(
            select(disagreements.c.kind, disagreements.c.about, disagreements.c["values"])
            .where(disagreements.c.story_id == sid)
            .order_by(disagreements.c.pk)
            .limit(STORY_ARTICLES)
        ).all()
        dis = [{"kind": k, "about": a, "values": [v for v in _loads(vs, []) if isinstance(v, dict)]} for k, a, vs in drows]
        want = {v.get("article_id") for d in dis for v in d["values"] if v.get("article_id")}
        known = {a["id"]: a for a in out["articles"]}
        missing = sorted(str(i) for i in want if i not in known)
        for part in _chunks(missing):
            for r in conn.execute(
                select(articles.c.id, articles.c.title, articles.c.publisher, articles.c.published).where(articles.c.id.in_(part))
            ).mappings():
                known[r["id"]] = dict(r)
        for d in dis:
            for v in d["values"]:
                a = known.get(v.get("article_id"))
                if a is not None:
                    for k in ("publisher", "published", "title"):
                        if v.get(k) is None:
                            v[k] = a.get(k)
        out["disagreements"] = dis
    return out


def article_story(store: StoreLike, article_id: str) -> dict[str, Any] | None:
    """The story an article is in: {id, title}, or None."""
    with store.engine.connect() as conn:
        r = conn.execute(
            select(stories.c.id, stories.c.title)
            .join(story_articles, story_articles.c.story_id == stories.c.id)
            .join(articles, articles.c.pk == story_articles.c.article_pk)
            .where(articles.c.id == article_id)
        ).mappings().first()
    return dict(r) if r is not None else None


def attach_stories(conn: Connection, items: list[dict[str, Any]], key: str = "id") -> list[dict[str, Any]]:
    """Give each article item (its id under `key`) a "story": {id, title} or None, in one query."""
    ids = sorted({it[key] for it in items if it.get(key)})
    found: dict[str, dict[str, Any]] = {}
    for part in _chunks(ids):
        for aid, sid, title in conn.execute(
            select(articles.c.id, stories.c.id, stories.c.title)
            .join(story_articles, story_articles.c.article_pk == articles.c.pk)
            .join(stories, stories.c.id == story_articles.c.story_id)
            .where(articles.c.id.in_(part))
        ):
            found[aid] = {"id": sid, "title": title}
    for it in items:
        it["story"] = found.get(it.get(key))
    return items


# --- an actor's timeline -----------------------------------------------------------------------


def _stream(conn: Connection, base: Any, published: Any, article: Any, extra: tuple[Any, ...], cond: list[Any], n: int) -> list[Any]:
    """The first n rows of `base` in (published, article, *extra) order, undated rows after the
    dated ones, read as two index ranges; the last article's rows completed, so that the rows
    of every article returned are all there (the caller orders within an article)."""
    if n <= 0:
        return []
    rows = list(conn.execute(base.where(*cond, published.is_not(None)).order_by(published, article, *extra).limit(n)).mappings())
    if len(rows) < n:
        rows += list(conn.execute(base.where(*cond, published.is_(None)).order_by(article, *extra).limit(n - len(rows))).mappings())
    if len(rows) == n:
        last = rows[-1]["article_pk"]
        rows = [r for r in rows if r["article_pk"] != last]
        rows += list(conn.execute(base.where(*cond, article == last).order_by(*extra)).mappings())
    return rows


def _statement_position(r: Any) -> int:
    if r["where"] == "title":
        return -1  # the headline: before anything in the body
    spans = _loads(r["content_spans"], [])
    starts = [s[0] for s in spans if isinstance(s, list) and s]
    for v in (min(starts) if starts else None, r["cue_start"], r["speaker_start"]):
        if v is not None:
            return int(v)
    return 0


def actor_timeline(
    store: StoreLike, actor_id: Any, limit: int = 200, offset: int = 0, kind: str | None = None, act: Any = None
) -> dict[str, Any] | None:
    """What an actor said (statements) and did or had done to it (events), in date order:
    published ascending (undated last), then the article's stored order, then the place in
    the article. One page; None when the actor is not stored. Items: {kind: "statement" |
    "event", article_id, title, publisher, published, story_id, story_title, role, affiliation
    (as that article gives them), idx (its place in the record's list), position (body offset)}
    and, for statements: id, attribution_kind, speaker, cue, content, content_spans,
    speaker_span, cue_span, act; for events: id, type, mode, date, historical, actor_role ("source"
    or "target"), span (its text), span_offsets, others [{id, name, role}]. The page also
    names the actor: "actor": {id, name, type, code, aliases}. `act` keeps the statements of
    those acts (say, write, think, decide, other; params.acts_param; None: every act)."""
    if kind not in (None, "statement", "event"):
        raise ValueError(f"kind is 'statement' or 'event', not {kind!r}")
    aid = actor_key(actor_id)
    limit, offset = _lim(limit, offset, TIMELINE_CAP)
    n = offset + limit
    with store.engine.connect() as conn:
        who = conn.execute(select(actors.c.id, actors.c.name, actors.c.type, actors.c.code).where(actors.c.id == aid)).mappings().first()
        if who is None:
            return None
        who = dict(who)
        names = conn.execute(
            select(actor_names.c.name).where(actor_names.c.actor_id == aid).order_by(actor_names.c.n.desc(), actor_names.c.name).limit(21)
        ).scalars().all()
        who["aliases"] = [n for n in names if n != who["name"]][:20]
        total = 0
        rows: list[tuple[tuple, dict[str, Any]]] = []
        wanted = None if act is None else acts_param(act)
        st_cond = [attributions.c.actor_id == aid]
        if wanted is not None and set(wanted) < set(ACTS):
            st_cond.append(attributions.c.act.in_(wanted))
        if kind in (None, "statement"):
            total += conn.execute(select(func.count()).select_from(attributions).where(*st_cond)).scalar_one()
            base = (
                select(
                    attributions.c.pk,
                    attributions.c.article_pk,
                    attributions.c.idx,
                    attributions.c.published,
                    attributions.c.kind,
                    attributions.c.act,
                    *ATTRIBUTION_TEXT_COLS,
                    articles.c.id.label("article_id"),
                    articles.c.title,
                    articles.c.publisher,
                    article_actors.c.role,
                    article_actors.c.affiliation,
                )
                .select_from(attributions)
                .join(articles, articles.c.pk == attributions.c.article_pk)
                .outerjoin(article_actors, article_actors.c.pk == attributions.c.article_actor_pk)
            )
            for r in _stream(conn, base, attributions.c.published, attributions.c.article_pk, (attributions.c.idx,), st_cond, n):
                pos = _statement_position(r)
                item = {
                    "kind": "statement",
                    "id": r["pk"],
                    "article_id": r["article_id"],
                    "title": r["title"],
                    "publisher": r["publisher"],
                    "published": r["published"],
                    "role": r["role"],
                    "affiliation": r["affiliation"],
                    "idx": r["idx"],
                    "position": pos,
                    "attribution_kind": r["kind"],
                    "act": r["act"],
                    "where": r["where"],
                    "speaker": r["speaker"],
                    "cue": r["cue"],
                    "content": r["content"],
                    "content_spans": _loads(r["content_spans"], []),
                    "speaker_span": _pair(r["speaker_start"], r["speaker_end"]),
                    "cue_span": _pair(r["cue_start"], r["cue_end"]),
                }
                rows.append(((r["published"] is None, r["published"] or "", r["article_pk"], pos, 0, r["idx"]), item))
        if kind in (None, "event"):
            total += conn.execute(select(func.count()).select_from(event_actors).where(event_actors.c.actor_id == aid)).scalar_one()
            base = (
                select(
                    event_actors.c.pk.label("ea_pk"),
                    event_actors.c.article_pk,
                    event_actors.c.role.label("actor_role"),
                    event_actors.c.published,
                    events.c.pk.label("event_pk"),
                    events.c.idx,
                    events.c.type,
                    events.c.mode,
                    events.c.date,
                    events.c.historical,
                    events.c.span,
                    events.c.span_start,
                    events.c.span_end,
                    articles.c.id.label("article_id"),
                    articles.c.title,
                    articles.c.publisher,
                    article_actors.c.role,
                    article_actors.c.affiliation,
                )
                .select_from(event_actors)
                .join(events, events.c.pk == event_actors.c.event_pk)
                .join(articles, articles.c.pk == event_actors.c.article_pk)
                .outerjoin(
                    article_actors,
                    and_(article_actors.c.article_pk == event_actors.c.article_pk, article_actors.c.local_id == event_actors.c.local_actor),
                )
            )
            for r in _stream(conn, base, event_actors.c.published, event_actors.c.article_pk, (events.c.idx, event_actors.c.pk), [event_actors.c.actor_id == aid], n):
                pos = r["span_start"] if r["span_start"] is not None else 0
                item = {
                    "kind": "event",
                    "id": r["event_pk"],
                    "article_id": r["article_id"],
                    "title": r["title"],
                    "publisher": r["publisher"],
                    "published": r["published"],
                    "role": r["role"],
                    "affiliation": r["affiliation"],
                    "idx": r["idx"],
                    "position": pos,
                    "type": r["type"],
                    "mode": r["mode"],
                    "date": r["date"],
                    "historical": bool(r["historical"]),
                    "actor_role": r["actor_role"],
                    "span": r["span"],
                    "span_offsets": _pair(r["span_start"], r["span_end"]),
                }
                rows.append(((r["published"] is None, r["published"] or "", r["article_pk"], pos, 1, r["idx"], r["ea_pk"]), item))
        rows.sort(key=lambda x: x[0])
        page = [it for _, it in rows[offset : offset + limit]]
        article_pk_of = {id(it): k[2] for k, it in rows[offset : offset + limit]}

        epks = sorted({it["id"] for it in page if it["kind"] == "event"})
        others: dict[int, list[dict[str, Any]]] = {}
        for part in _chunks(epks):
            for r in conn.execute(
                select(event_actors.c.event_pk, event_actors.c.role, actors.c.id, actors.c.name)
                .join(actors, actors.c.id == event_actors.c.actor_id)
                .where(event_actors.c.event_pk.in_(part), event_actors.c.actor_id != aid)
                .order_by(event_actors.c.pk)
            ).mappings():
                others.setdefault(r["event_pk"], []).append({"id": r["id"], "name": r["name"], "role": r["role"]})
        apks = sorted(set(article_pk_of.values()))
        in_story: dict[int, tuple[str, str | None]] = {}
        for part in _chunks(apks):
            for apk, sid, title in conn.execute(
                select(story_articles.c.article_pk, stories.c.id, stories.c.title)
                .join(stories, stories.c.id == story_articles.c.story_id)
                .where(story_articles.c.article_pk.in_(part))
            ):
                in_story[apk] = (sid, title)
        _roles_held(conn, aid, page)
    for it in page:
        sid, stitle = in_story.get(article_pk_of[id(it)], (None, None))
        it["story_id"], it["story_title"] = sid, stitle
        if it["kind"] == "event":
            it["others"] = others.get(it["id"], [])
    return {**_page(page, total, limit, offset), "actor": who}


def _roles_held(conn: Connection, aid: int, page: list[dict[str, Any]]) -> None:
    """The role an actor held on each item's date where the item's article names none (or
    names the role but not whose): the role other reports gave it, the one reported latest on or
    before that date (a role reported both before and after it first), with `role_from` {article_id,
    published} naming the report that first gave it. Undated items, and dates before any report
    of a role, are left without one; items whose article names the role keep it (role_from None)."""
    for it in page:
        it.setdefault("role_from", None)
    need = [it for it in page if it.get("published") and not (it.get("role") and it.get("affiliation"))]
    if not need:
        return
    known = [
        (role, aff or None, first, last or first, n or 0, art)
        for role, aff, first, last, n, art in conn.execute(
            select(actor_roles.c.role, actor_roles.c.affiliation, actor_roles.c.first_published, actor_roles.c.last_published,
                   actor_roles.c.n, articles.c.id)
            .outerjoin(articles, articles.c.pk == actor_roles.c.first_article_pk)
            .where(actor_roles.c.actor_id == aid, actor_roles.c.first_published.is_not(None))
        )
        if role and role.strip()
    ]
    for it in need:
        d = it["published"][:10]
        if it.get("role"):
            # the role named, not whose: its affiliation where another report gives it
            same = (it["role"] or "").casefold()
            cands = [k for k in known if k[1] and k[0].casefold() == same and k[2] <= d]
        else:
            cands = [k for k in known if k[2] <= d]
        if not cands:
            continue
        role, aff, first, _last, _n, art = max(cands, key=lambda k: (min(k[3], d), k[1] is not None, k[4]))
        if not it.get("role"):
            it["role"] = role
        it["affiliation"] = it.get("affiliation") or aff
        it["role_from"] = {"article_id": art, "published": first}
