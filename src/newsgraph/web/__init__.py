"""The web pages: Jinja2 templates over the store, served by the API's app (see newsgraph.api).

Pages: / (latest articles by outlet and date, most-quoted actors, search box), /docs (the JSON
API, read from the app's OpenAPI schema), /articles/{id}
(the highlighted body; ?passage=start-end marks a passage linked to), /actors, /actors/{id},
/actors/{id}/timeline, /stories, /stories/{id} (articles, reused wording, disagreements),
/search (with outlet, date and story filters, hits marked). No JavaScript; the stylesheet is
/static/style.css. Templates are autoescaped and never mark article text safe.

The API mounts these pages (mount_web); this package never imports newsgraph.api: what both
read the same way (ids in paths) is in newsgraph.params.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..params import MAX_OFFSET, actor_key, acts_param, iso_date, story_key
from . import views

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 30
ACTOR_PAGE = 100  # attributions per actor page
TIMELINE_PAGE = 100  # statements and events per timeline page
STORY_REUSE = 200  # reuse items shown in their context on a story page

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(HERE / "templates")),
    autoescape=True,  # every template, whatever its name
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["u"] = lambda s: quote(str(s), safe="")
# a quotation shown inside <q> loses its own outer quotation marks (the <q> draws them)
_env.filters["unquote"] = lambda s: views.unquoted(str(s))[0] if s else s
_env.globals["unquoted"] = views.unquoted
_env.filters["num"] = views._fmt_value
_env.globals["safe_href"] = views.safe_href
_env.globals["pieces"] = views.pieces
_env.globals["passage_href"] = views.passage_href
_env.filters["percent"] = views.percent
_env.globals["version"] = __version__


def _qs(**kw: Any) -> str:
    return urlencode({k: v for k, v in kw.items() if v not in (None, "", 0)})


_env.globals["qs"] = _qs


def render(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(name).render(**ctx), status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    titles = {404: "Not found", 422: "Bad request", 403: "Forbidden", 401: "Unauthorized", 405: "Method not allowed"}
    return render("error.html", status=status, title=titles.get(status, "Error"), status_code=status, message=message, q="")


def _acts(act: str) -> tuple[str, ...] | None:
    """A page's `act` value as acts (None: every act); a 422 page when it names no act."""
    try:
        return acts_param(act)
    except ValueError as e:
        raise HTTPException(422, str(e)) from None


def _dates(since: str, until: str) -> tuple[str | None, str | None]:
    """A form's since/until fields (empty: none); a 422 page when one is not a date."""
    out = []
    for name, v in (("since", since), ("until", until)):
        try:
            out.append(iso_date(v))
        except ValueError:
            raise HTTPException(422, f"{name}: not a date (YYYY-MM-DD): {v[:40]!r}") from None
    return out[0], out[1]


class Pager:
    def __init__(self, page: dict, base: str, **params: Any):
        self.total = page.get("total", 0)
        self.limit = page.get("limit") or PAGE_SIZE
        self.offset = page.get("offset", 0)
        self.items = page.get("items", [])
        self.base, self.params = base, params

    def _href(self, offset: int) -> str:
        q = _qs(**self.params, offset=offset)
        return f"{self.base}?{q}" if q else self.base

    @property
    def prev(self) -> str | None:
        return self._href(max(0, self.offset - self.limit)) if self.offset > 0 else None

    @property
    def next(self) -> str | None:
        return self._href(self.offset + self.limit) if self.offset + self.limit < self.total else None

    @property
    def first(self) -> int:
        return self.offset + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.items)


def _stored_actor_ids(engine: Any, article_id: str) -> dict[str, Any]:
    """The store's mapping of one article's actor ids to its global actors (read-only)."""
    from sqlalchemy import select

    from ..store.schema import article_actors, articles

    q = (
        select(article_actors.c.local_id, article_actors.c.actor_id)
        .join(articles, articles.c.pk == article_actors.c.article_pk)
        .where(articles.c.id == article_id)
    )
    with engine.connect() as conn:
        return {local: gid for local, gid in conn.execute(q)}


def actor_links(store: Any, rec: Any) -> dict[str, str]:
    """The record's actor ids (a1, a2, ...) -> links to the stored actors' pages."""
    ids: dict[str, Any] = {}
    mapping = getattr(store, "actor_ids", None)
    if mapping is not None:
        ids = dict(mapping(rec.article.id) or {})
    elif getattr(store, "engine", None) is not None:
        ids = _stored_actor_ids(store.engine, rec.article.id)
    out = {}
    for a in rec.actors:
        gid = ids.get(a.id, getattr(a, "store_id", None))
        out[a.id] = f"/actors/{quote(str(gid), safe='')}" if gid is not None else f"/actors?{_qs(q=a.name)}"
    return out


def _attach_stories(store: Any, items: list[dict]) -> None:
    """Give each attribution item of a search its article's story ({id, title} or None)."""
    engine = getattr(store, "engine", None)
    if engine is None or not items:
        return
    from ..store.stories import attach_stories

    with engine.connect() as conn:
        attach_stories(conn, items, key="article_id")


OUTLET_CHOICES = 50  # outlets offered by name in the search form (the most articles first)


def _outlets(store: Any, publisher: str | None) -> tuple[list[str], bool, list[str]]:
    """The outlets the search form offers; whether `publisher` names none stored (case, spacing
    and a leading "The" aside, as the search reads it); and then the stored names holding its
    words, to choose from."""
    engine = getattr(store, "engine", None)
    if engine is None:
        return [], False, []
    from ..store.find import outlet_names
    from ..store.search import outlets_like

    with engine.connect() as conn:
        names = outlets_like(conn, None, OUTLET_CHOICES)
        if not publisher or outlet_names(conn, publisher):
            return names, False, []
        return names, True, outlets_like(conn, publisher)


def web_router() -> APIRouter:
    r = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    def store_of(request: Request) -> Any:
        return request.app.state.store

    @r.get("/favicon.ico")
    def favicon() -> Response:
        return Response(status_code=204)

    @r.get("/docs")
    def docs(request: Request) -> Any:
        """The JSON API as its OpenAPI schema describes it: each operation, its parameters and
        answers (Swagger UI would load scripts from a CDN, which the pages' policy forbids)."""
        return render("docs.html", title="API", ops=views.api_operations(request.app.openapi()), q="")

    @r.get("/")
    def home(request: Request, publisher: str | None = None, offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Any:
        store = store_of(request)
        stats = store.stats()
        page = store.articles(publisher=publisher or None, limit=PAGE_SIZE, offset=offset)
        pager = Pager(page, "/", publisher=publisher)
        by_date: list[tuple[str, list[dict]]] = []
        for it in pager.items:
            d = it.get("published") or "undated"
            if not by_date or by_date[-1][0] != d:
                by_date.append((d, []))
            by_date[-1][1].append(it)
        return render("home.html", title="newsgraph", stats=stats, pager=pager, by_date=by_date, publisher=publisher or "", q="")

    @r.get("/articles/{article_id}")
    def article(request: Request, article_id: str, passage: str | None = Query(None, max_length=40)) -> Any:
        store = store_of(request)
        rec = store.get_record(article_id)
        if rec is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        view = views.article_view(rec, actor_links(store, rec), views.parse_passage(passage, rec.article.body))
        a = rec.article
        story_of = getattr(store, "article_story", None)
        return render(
            "article.html", title=a.title or "Untitled article", rec=rec, art=a, view=view, q="",
            story=story_of(a.id) if story_of is not None else None,
            date_label=views.date_label, figure_label=views.figure_label, actor_label=views.actor_label,
        )

    @r.get("/actors")
    def actors(request: Request, q: str | None = None, type: str | None = None, offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Any:
        store = store_of(request)
        page = store.actors(q=q or None, type=type or None, limit=PAGE_SIZE, offset=offset)
        return render("actors.html", title="Actors", pager=Pager(page, "/actors", q=q, type=type), aq=q or "", atype=type or "", q="")

    @r.get("/actors/{actor_id}")
    def actor(request: Request, actor_id: str, offset: int = Query(0, ge=0, le=MAX_OFFSET), act: str = Query("statements", max_length=80)) -> Any:
        store = store_of(request)
        key = actor_key(actor_id)
        acts = _acts(act)
        a = store.actor(key, limit=ACTOR_PAGE, offset=offset, act=acts) if key is not None else None
        if a is None:
            raise HTTPException(404, f"no actor with id {actor_id!r}")
        atts = a.get("attributions") or []
        total = a.get("n_listed", a.get("n_attributions", len(atts)))
        base = f"/actors/{quote(str(a['id']), safe='')}"
        current = views.act_value(acts)
        act_q = None if current == "statements" else current
        pager = Pager({"items": atts, "total": total, "limit": ACTOR_PAGE, "offset": offset}, base, act=act_q)
        filters = views.act_filters(base, current, a.get("acts") or {})
        return render("actor.html", title=a.get("name") or "Actor", actor=a, pager=pager, filters=filters,
                      current_act=current, act_names=views.ACT_NAMES, q="")

    @r.get("/actors/{actor_id}/timeline")
    def timeline(request: Request, actor_id: str, kind: str | None = None, offset: int = Query(0, ge=0, le=MAX_OFFSET),
                 act: str = Query("statements", max_length=80)) -> Any:
        store = store_of(request)
        if kind not in (None, "", "statement", "event"):
            raise HTTPException(422, "kind: statement or event")
        acts = _acts(act)
        key = actor_key(actor_id)
        page = store.actor_timeline(key, limit=TIMELINE_PAGE, offset=offset, kind=kind or None, act=acts) if key is not None else None
        if page is None:
            raise HTTPException(404, f"no actor with id {actor_id!r}")
        who = page["actor"]
        base = f"/actors/{quote(str(who['id']), safe='')}/timeline"
        current = views.act_value(acts)
        act_q = None if current == "statements" else current
        filters = views.act_filters(base, current, None, kind=kind or None)
        return render("timeline.html", title=f"{who['name']}: timeline", actor=who, pager=Pager(page, base, kind=kind, act=act_q),
                      kind=kind or "", base=base, act_q=act_q, filters=filters, act_names=views.ACT_NAMES, q="")

    @r.get("/stories")
    def stories(request: Request, q: str = Query("", max_length=500), since: str = "", until: str = "", offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Any:
        store = store_of(request)
        s_, u_ = _dates(since, until)
        page = store.stories(q=q.strip() or None, since=s_, until=u_, limit=PAGE_SIZE, offset=offset)
        return render(
            "stories.html", title="Stories", pager=Pager(page, "/stories", q=q, since=s_, until=u_),
            sq=q, since=s_ or "", until=u_ or "", q="",
        )

    @r.get("/stories/{story_id}")
    def story(request: Request, story_id: str) -> Any:
        store = store_of(request)
        key = story_key(story_id)
        st = store.story(key) if key is not None else None
        if st is None:
            raise HTTPException(404, f"no story with id {story_id!r}")
        by_date: list[tuple[str, list[dict]]] = []
        for it in st["articles"]:
            d = it.get("published") or "undated"
            if not by_date or by_date[-1][0] != d:
                by_date.append((d, []))
            by_date[-1][1].append(it)
        for items in (x[1] for x in by_date):
            items.sort(key=lambda a: ((a.get("publisher") or "").casefold(), a.get("title") or ""))
        # each reused passage in its place in the reusing article
        reuse = st.get("reuse") or []
        records = getattr(store, "records", None)
        wanted = sorted({r["target"]["id"] for r in reuse[:STORY_REUSE]})
        bodies = {rec.article.id: rec.article.body for rec in (records(wanted) if records and wanted else [])}
        for r in reuse[:STORY_REUSE]:
            for p in r.get("pairs") or []:
                if isinstance(p, dict):
                    p["context"] = views.passage_context(bodies.get(r["target"]["id"]), p.get("target_span"))
        titles = {a["id"]: a.get("title") for a in st["articles"]}
        return render("story.html", title=st.get("title") or "Story", story=st, by_date=by_date, titles=titles, q="")

    @r.get("/search")
    def search(
        request: Request,
        q: str = Query("", max_length=500),
        publisher: str = Query("", max_length=200),
        since: str = "",
        until: str = "",
        story: str = Query("", max_length=32),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> Any:
        store = store_of(request)
        s_, u_ = _dates(since, until)
        filters = {"publisher": publisher.strip() or None, "since": s_, "until": u_, "story": story_key(story)}
        if story.strip() and filters["story"] is None:
            raise HTTPException(422, f"story: not a story id: {story.strip()[:40]!r}")
        st = store.story(filters["story"]) if filters["story"] else None
        if filters["story"] and st is None:
            raise HTTPException(404, f"story: no story with id {filters['story']!r}")
        res = None
        stories_found: list[dict] = []
        if q.strip():
            res = store.search(q, limit=PAGE_SIZE, offset=offset, **filters)
            _attach_stories(store, res["attributions"].get("items") or [])
            # the stories of the hits shown, to narrow the search to one of them
            for it in (res["articles"].get("items") or []) + (res["attributions"].get("items") or []):
                s = it.get("story")
                if s and s.get("id") and all(x["id"] != s["id"] for x in stories_found):
                    stories_found.append(s)
            res = {
                "articles": Pager(res["articles"], "/search", q=q, **filters),
                "attributions": Pager(res["attributions"], "/search", q=q, **filters),
            }
        outlets, unknown_outlet, like = _outlets(store, filters["publisher"])
        return render(
            "search.html", title=f"Search: {q}" if q else "Search", q=q, res=res,
            publisher=filters["publisher"] or "", since=s_ or "", until=u_ or "", story=st, story_id=filters["story"] or "",
            stories_found=stories_found, outlets=outlets, unknown_outlet=unknown_outlet, outlets_like=like,
        )

    return r


def mount_web(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(web_router())
