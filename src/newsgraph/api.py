"""The JSON API and the web pages, one FastAPI app over a store.

    from newsgraph.api import create_app
    app = create_app("newsgraph.db")        # or "postgresql://...", None for ./newsgraph.db

JSON under /api (read-only; `POST /api/articles` needs `Authorization: Bearer $NEWSGRAPH_TOKEN`
and is off when NEWSGRAPH_TOKEN is unset), the OpenAPI schema at /openapi.json, pages at /,
/articles/{id}, /actors, /actors/{id}, /actors/{id}/timeline, /stories, /stories/{id}, /search,
their stylesheet under /static (web/: this module mounts its router; web never imports this one). Every response
carries a Content-Security-Policy that forbids inline scripts, and X-Content-Type-Options.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hmac
import os
import threading
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .params import ACT_HELP, actor_key, acts_param, story_key
from .record import Record

TOKEN_ENV = "NEWSGRAPH_TOKEN"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

MAX_LIMIT = 500


class SecurityHeaders:
    """ASGI middleware: the security headers on every HTTP response (pages, API, static, errors)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# ------------------------------------------------------------------ response models (schema)


class _Open(BaseModel):
    # the store may add fields; they pass through
    model_config = ConfigDict(extra="allow")


Offsets = list[list[int]]
HIGHLIGHTS = "search hits: [[start, end], ...] offsets into the named fields"


class StoryRef(_Open):
    id: str
    title: str | None = None


class ArticleItem(_Open):
    id: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    n_actors: int = 0
    n_attributions: int = 0
    n_figures: int = 0
    n_dates: int = 0
    n_events: int = 0
    story: StoryRef | None = Field(None, description="the story the article is in, if any")
    highlights: dict[str, Offsets] | None = Field(None, description=HIGHLIGHTS + " (search only: title, snippet)")


class ActorItem(_Open):
    id: int
    name: str
    type: str | None = None
    code: str | None = None
    n_articles: int = 0
    n_attributions: int = 0


class AttributionItem(_Open):
    article_id: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    kind: str | None = None
    act: str | None = Field(None, description="say, write (statements), think, decide or other")
    actor_id: int | None = None
    actor_name: str | None = None
    actor_role: str | None = None
    speaker: str | None = None
    cue: str | None = None
    content: str | None = None
    highlights: dict[str, Offsets] | None = Field(None, description=HIGHLIGHTS + " (search only: content, speaker, actor_name)")


class FigureItem(_Open):
    article_id: str
    title: str | None = None
    published: str | None = None
    value: Any = None
    unit: str | None = None
    per: str | None = None
    qualifier: str | None = None
    about: Any = None
    span: Any = None


class _Page(BaseModel):
    total: int = Field(description="how many items match, over all pages")
    limit: int
    offset: int


class ArticlePage(_Page):
    items: list[ArticleItem]


class ActorPage(_Page):
    items: list[ActorItem]


class AttributionPage(_Page):
    items: list[AttributionItem]


class FigurePage(_Page):
    items: list[FigureItem]


class SearchResult(BaseModel):
    articles: ArticlePage
    attributions: AttributionPage


class StoryItem(_Open):
    id: str
    title: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    n_articles: int = 0
    n_outlets: int = 0
    outlets: list[str] = []


class StoryPage(_Page):
    items: list[StoryItem]


class StoryArticle(_Open):
    id: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None


class PassageSpan(_Open):
    start: int
    end: int
    text: str | None = None


class ReusePair(_Open):
    source_span: PassageSpan | None = None
    target_span: PassageSpan | None = None


class ReuseItem(_Open):
    source: StoryArticle = Field(description="the article whose wording was reused")
    target: StoryArticle = Field(description="the article reusing it")
    share: float | None = Field(None, description="the part of the target made of the source's wording")
    credited: bool = Field(False, description="whether the target credits the source")
    pairs: list[ReusePair] = []


class DisagreementValue(_Open):
    article_id: str | None = None
    value: Any = None
    unit: str | None = None
    text: str | None = None
    span: PassageSpan | None = None
    publisher: str | None = None
    published: str | None = None


class DisagreementItem(_Open):
    kind: str = Field(description='"figure" or "quote"')
    about: str | None = None
    values: list[DisagreementValue] = []


class StoryDetail(StoryItem):
    updated_at: str | None = None
    articles: list[StoryArticle] = []
    reuse: list[ReuseItem] = []
    disagreements: list[DisagreementItem] = []


class TimelineOther(_Open):
    id: int
    name: str
    role: str | None = None


class TimelineItem(_Open):
    kind: Literal["statement", "event"]
    article_id: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    story_id: str | None = None
    story_title: str | None = None
    role: str | None = Field(None, description="the role the article gives the actor")
    affiliation: str | None = None
    idx: int | None = Field(None, description="its place in the record's attributions or events")
    position: int | None = Field(None, description="where it starts in the article's body")
    attribution_kind: str | None = Field(None, description="statements: direct, indirect, partial, mixed")
    act: str | None = Field(None, description="statements: say, write, think, decide or other")
    speaker: str | None = None
    cue: str | None = None
    content: str | None = None
    content_spans: list[list[int]] | None = None
    type: str | None = Field(None, description="events: the PLOVER type")
    mode: str | None = None
    actor_role: str | None = Field(None, description='events: "source" or "target"')
    span: str | None = None
    span_offsets: list[int] | None = None
    others: list[TimelineOther] | None = None


class TimelineActor(_Open):
    id: int
    name: str
    type: str | None = None
    code: str | None = None
    aliases: list[str] = []


class TimelinePage(_Page):
    actor: TimelineActor
    items: list[TimelineItem]


class RoleItem(_Open):
    role: str | None = None
    affiliation: str | None = None
    article_id: str | None = None
    published: str | None = None


class EventItem(_Open):
    article_id: str | None = None
    published: str | None = None
    type: str | None = None
    role: str | None = None


class CooccurringItem(_Open):
    id: int
    name: str
    type: str | None = None
    n_articles: int = 0


class ActorDetail(_Open):
    id: int
    name: str
    type: str | None = None
    code: str | None = None
    n_articles: int = 0
    n_attributions: int = Field(0, description="all its attributions; `attributions` holds one page of them")
    acts: dict[str, int] = Field({}, description="its attributions per act (say, write, think, decide, other)")
    n_listed: int | None = Field(None, description="its attributions of the acts asked for (`act`)")
    n_events: int = 0
    aliases: list[str] = []
    roles: list[RoleItem] = []
    attributions: list[AttributionItem] = []
    events: list[EventItem] = []
    cooccurring: list[CooccurringItem] = []


class ErrorBody(BaseModel):
    detail: Any


class NewArticle(BaseModel):
    """An article to analyse and store: exactly one of text, html or url."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="plain text of the article")
    html: str | None = Field(None, description="the article page's HTML")
    url: str | None = Field(None, description="a public http(s) URL to fetch")
    published: _dt.date | None = Field(None, description="publication date, YYYY-MM-DD")
    publisher: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _one_source(self) -> "NewArticle":
        given = [k for k in ("text", "html", "url") if getattr(self, k) not in (None, "")]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class Stored(BaseModel):
    id: str
    created: bool = Field(description="false when the same article (same normalised body) was already stored")
    record: Record


# ------------------------------------------------------------------ helpers


def get_store(request: Request) -> Any:
    return request.app.state.store


def _date(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _acts(act: str) -> tuple[str, ...] | None:
    """The `act` query value as acts (None: all); 422 when it names no act."""
    try:
        return acts_param(act)
    except ValueError as e:
        raise HTTPException(status_code=422, detail=str(e)) from None


ActQuery = Query("statements", max_length=80, description=ACT_HELP)


def _not_found(what: str, ident: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} with id {ident!r}")


Limit = Query(50, ge=1, le=MAX_LIMIT, description="items per page")
Offset = Query(0, ge=0, description="items to skip")


_bearer = HTTPBearer(auto_error=False, description=f"the token set by {TOKEN_ENV} on the server")


def _check_token(creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    token = os.environ.get(TOKEN_ENV, "")
    if not token:
        raise HTTPException(
            status_code=403,
            detail=f"posting articles is disabled on this server: set {TOKEN_ENV} to enable it",
        )
    given = creds.credentials if creds is not None and creds.scheme.lower() == "bearer" else ""
    # constant time, whatever the given token's content
    if not (hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")) and given):
        raise HTTPException(
            status_code=401,
            detail="a valid bearer token is needed: Authorization: Bearer <token>",
            headers={"WWW-Authenticate": "Bearer"},
        )


# ------------------------------------------------------------------ the API


def api_router() -> APIRouter:
    r = APIRouter(prefix="/api", responses={422: {"description": "bad parameters"}})
    nf = {404: {"model": ErrorBody, "description": "no such item"}}

    @r.get("/articles", response_model=ArticlePage, tags=["articles"], summary="Articles, newest first")
    def list_articles(
        q: str | None = Query(None, description="full-text query over bodies"),
        publisher: str | None = Query(None, description="the outlet's name"),
        since: _dt.date | None = Query(None, description="published on or after, YYYY-MM-DD"),
        until: _dt.date | None = Query(None, description="published on or before, YYYY-MM-DD"),
        limit: int = Limit,
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        return store.articles(q=q or None, publisher=publisher, since=_date(since), until=_date(until), limit=limit, offset=offset)

    @r.get("/articles/{article_id}", response_model=Record, responses=nf, tags=["articles"], summary="An article's full record")
    def get_article(article_id: str, store: Any = Depends(get_store)) -> Any:
        rec = store.get_record(article_id)
        if rec is None:
            raise _not_found("article", article_id)
        return JSONResponse(rec.model_dump(mode="json"))

    @r.post(
        "/articles",
        response_model=Stored,
        status_code=201,
        tags=["articles"],
        summary="Analyse and store an article (needs the bearer token)",
        dependencies=[Depends(_check_token)],  # before the body is looked at
        responses={
            200: {"model": Stored, "description": "already stored"},
            401: {"model": ErrorBody, "description": "missing or wrong token"},
            403: {"model": ErrorBody, "description": f"posting is disabled ({TOKEN_ENV} unset)"},
        },
    )
    def post_article(body: NewArticle, request: Request, store: Any = Depends(get_store)) -> Any:
        from .errors import InputError
        from .pipeline import Item, analyze_many

        try:
            if body.url:
                from .ingest import read_url

                src = read_url(body.url)
                item = Item(content=src.content, name=body.url, kind=src.kind, url=src.url)
            else:
                item = Item(content=body.text or body.html or "", name="<posted>", kind="text" if body.text else "html")
            item.published = _date(body.published)
            item.publisher = body.publisher
            with request.app.state.write_lock:
                rec = next(analyze_many([item], errors="raise"))
                aid, created = store.add(rec)
        except InputError as e:
            raise HTTPException(status_code=422, detail=str(e)) from None
        stored = store.get_record(aid) or rec
        return JSONResponse(
            {"id": aid, "created": created, "record": stored.model_dump(mode="json")},
            status_code=201 if created else 200,
            headers={"Location": f"/api/articles/{aid}"},
        )

    @r.get("/actors", response_model=ActorPage, tags=["actors"], summary="Actors, most quoted first")
    def list_actors(
        q: str | None = Query(None, description="part of a name"),
        type: Literal["person", "organization", "country", "group", "location", "other"] | None = Query(None),
        limit: int = Limit,
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        return store.actors(q=q or None, type=type, limit=limit, offset=offset)

    @r.get("/actors/{actor_id}", response_model=ActorDetail, responses=nf, tags=["actors"],
           summary="An actor with its roles, attributions and events over time")
    def get_actor(
        actor_id: str,
        limit: int = Query(200, ge=1, le=MAX_LIMIT, description="attributions and events to list"),
        offset: int = Query(0, ge=0, description="attributions and events to skip (date order)"),
        act: str = ActQuery,
        store: Any = Depends(get_store),
    ) -> Any:
        key = actor_key(actor_id)
        acts = _acts(act)
        a = store.actor(key, limit=limit, offset=offset, act=acts) if key is not None else None
        if a is None:
            raise _not_found("actor", actor_id)
        return a

    @r.get("/attributions", response_model=AttributionPage, tags=["attributions"], summary="Who said what")
    def list_attributions(
        actor: str | None = Query(None, description="an actor id (as in /api/actors)"),
        q: str | None = Query(None, description="full-text query over what was said"),
        since: _dt.date | None = Query(None),
        until: _dt.date | None = Query(None),
        act: str = ActQuery,
        limit: int = Limit,
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        key = None
        acts = _acts(act)
        if actor:
            key = actor_key(actor)
            if key is None:
                raise HTTPException(status_code=422, detail=f"actor must be an actor id (an integer): {actor!r}")
        return store.attributions(actor=key, q=q or None, since=_date(since), until=_date(until), limit=limit, offset=offset,
                                  act=acts)

    @r.get("/search", response_model=SearchResult, tags=["search"], summary="Full-text search of articles and attributions")
    def search(
        q: str = Query(..., min_length=1, max_length=500, description="the query: words, \"a phrase\", or, -word; a speaker's name finds what they said"),
        publisher: str | None = Query(None, description="only this outlet"),
        since: _dt.date | None = Query(None, description="published on or after, YYYY-MM-DD"),
        until: _dt.date | None = Query(None, description="published on or before, YYYY-MM-DD"),
        story: str | None = Query(None, max_length=32, description="only the articles of this story (an id as in /api/stories)"),
        limit: int = Query(20, ge=1, le=MAX_LIMIT),
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        return store.search(
            q, limit=limit, offset=offset, publisher=publisher or None, since=_date(since), until=_date(until), story=story_key(story)
        )

    @r.get("/stories", response_model=StoryPage, tags=["stories"], summary="Stories across outlets, latest first")
    def list_stories(
        q: str | None = Query(None, max_length=500, description="part of the title, or a full-text query one of its articles matches"),
        since: _dt.date | None = Query(None, description="seen on or after, YYYY-MM-DD"),
        until: _dt.date | None = Query(None, description="seen on or before, YYYY-MM-DD"),
        limit: int = Limit,
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        return store.stories(q=q or None, since=_date(since), until=_date(until), limit=limit, offset=offset)

    @r.get("/stories/{story_id}", response_model=StoryDetail, responses=nf, tags=["stories"],
           summary="A story: its articles, reused wording and disagreements")
    def get_story(story_id: str, store: Any = Depends(get_store)) -> Any:
        key = story_key(story_id)
        st = store.story(key) if key is not None else None
        if st is None:
            raise _not_found("story", story_id)
        return st

    @r.get("/actors/{actor_id}/timeline", response_model=TimelinePage, responses=nf, tags=["actors"],
           summary="What an actor said and did, in date order")
    def actor_timeline(
        actor_id: str,
        kind: Literal["statement", "event"] | None = Query(None, description="only statements or only events"),
        act: str = Query("statements", max_length=80, description=ACT_HELP + " (of the statement items)"),
        limit: int = Query(200, ge=1, le=MAX_LIMIT, description="items per page"),
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        key = actor_key(actor_id)
        acts = _acts(act)
        page = store.actor_timeline(key, limit=limit, offset=offset, kind=kind, act=acts) if key is not None else None
        if page is None:
            raise _not_found("actor", actor_id)
        return page

    @r.get("/figures", response_model=FigurePage, tags=["figures"], summary="Figures, optionally about something")
    def list_figures(
        about: str | None = Query(None, description="what the figure counts (\"people\", \"refugees\")"),
        limit: int = Limit,
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        return store.figures(about=about or None, limit=limit, offset=offset)

    return r


# ------------------------------------------------------------------ the app


def create_app(db: str | None = None, *, store: Any = None) -> FastAPI:
    """The app over the store at `db` (a path, a SQLAlchemy URL, or None for ./newsgraph.db)."""
    owned = store is None
    if store is None:
        from .store import open_store

        store = open_store(db)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        close = getattr(store, "close", None)
        if owned and close is not None:
            close()

    app = FastAPI(
        lifespan=lifespan,
        title="newsgraph",
        version=__version__,
        description="Evidence-linked records of news articles: who said what, actors, figures, dates, events.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.store = store
    app.state.write_lock = threading.Lock()
    app.include_router(api_router())

    from .web import mount_web

    mount_web(app)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        from .web import error_page

        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> Any:
        if request.url.path.startswith("/api"):
            return await request_validation_exception_handler(request, exc)
        from .web import error_page

        msgs = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:])}: {e.get('msg')}" for e in exc.errors())
        return error_page(request, 422, f"bad parameters: {msgs}")

    app.add_middleware(SecurityHeaders)
    return app
