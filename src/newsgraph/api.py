"""The JSON API and the web pages, one FastAPI app over a store.

    from newsgraph.api import create_app
    app = create_app("newsgraph.db")        # or "postgresql://...", None for ./newsgraph.db

JSON under /api (read-only; `POST /api/articles` needs `Authorization: Bearer $NEWSGRAPH_TOKEN`
and is off when NEWSGRAPH_TOKEN is unset), the OpenAPI schema at /openapi.json and a page
describing it at /docs, pages at /, /articles/{id}, /actors, /actors/{id}, /actors/{id}/timeline,
/stories, /stories/{id}, /search, their stylesheet under /static (web/: this module mounts its
router; web never imports this one). Every response carries a Content-Security-Policy that forbids
inline scripts, and X-Content-Type-Options. HEAD is answered wherever GET is. A request body over
`max_body_bytes` (10 MB by default) is refused with 413 before it is read in full. Articles show
where they came from as a URL or a file's name, never the server's path to it.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hmac
import os
import re
import threading
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .params import ACT_HELP, ACT_PATTERN, MAX_OFFSET, actor_key, acts_param, story_key
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
MAX_BODY_BYTES = 10_000_000  # a request body; as a fetched page's cap (ingest.fetch.MAX_BYTES)
ACTOR_ID_PATTERN = r"^([0-9]{1,9})?$"  # an actor id filter: the store's integer id (32 bits), or empty (any)


def public_source(source: str | None) -> str | None:
    """Where an article came from, as the API shows it: a URL, "-" (standard input) or
    "<posted>" as they are; a file as its name, without the folders the server read it from
    ("/srv/in/a.html" -> "a.html"); a web archive record as the archive's name with the record's
    offset and URL ("/srv/cc.warc.gz#1234 https://x.example/a" -> "cc.warc.gz#1234 https://...")."""
    if not source or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", source):
        return source
    m = re.match(r"^(.*?)(#\d+(?: .*)?)$", source, re.S)  # PATH#OFFSET [URL]: a web archive record
    path, rest = (m.group(1), m.group(2)) if m else (source, "")
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] + rest


def _public_items(page: Any) -> Any:
    """A page of article rows with their sources shown as public_source shows them."""
    if isinstance(page, dict):
        for it in page.get("items") or []:
            if isinstance(it, dict) and it.get("source"):
                it["source"] = public_source(it["source"])
    return page


def _api_terms(message: str) -> str:
    """An ingest error as the API gives it: without the command-line hints it carries (" (private
    addresses are fetched only with --allow-private)" is a flag this API has no equivalent for)."""
    out = re.sub(r"\s*\([^()]*?--[a-z][\w-]*[^()]*\)", "", message)
    return re.sub(r"\s*(?:use|with|see|give) --[a-z][\w-]*.*$", "", out)


class _TooLarge(StarletteHTTPException):
    def __init__(self, limit: int, size: int | None = None):
        said = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
        super().__init__(413, f"request body too large: {said} (the limit is {limit:,} bytes)")


class BodyLimit:
    """ASGI middleware: a request body over `max_bytes` gets 413, by its Content-Length before a
    byte of it is read, or as soon as a body sent without one (chunked) passes the limit."""

    def __init__(self, app: Any, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        declared = next((v for k, v in scope.get("headers", []) if k.lower() == b"content-length"), None)
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = None
            if size is not None and size > limit:
                await _json_error(send, _TooLarge(limit, size))
                return
        seen = 0

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # an HTTPException: FastAPI passes it on from reading the body, and the
                    # app's handler answers it (a plain error would become a 400)
                    raise _TooLarge(limit)
            return message

        await self.app(scope, limited, send)


async def _json_error(send: Any, exc: StarletteHTTPException) -> None:
    import json

    body = json.dumps({"detail": exc.detail}).encode()
    await send({"type": "http.response.start", "status": exc.status_code, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class NoNul:
    """ASGI middleware: a NUL character in a request's path or query reads as U+FFFD.

    PostgreSQL's text holds no NUL, so no stored text has one and a value with one can match
    nothing; passed on as it is, it is an error in the database driver (a 500). As U+FFFD it is
    what it is: a character that finds nothing (an id, an outlet) or separates words (a query)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            qs = scope.get("query_string") or b""
            path = scope.get("path") or ""
            if b"%00" in qs or b"\x00" in qs or "\x00" in path:
                scope = {**scope, "query_string": qs.replace(b"%00", b"%EF%BF%BD").replace(b"\x00", b"%EF%BF%BD"),
                         "path": path.replace("\x00", "\ufffd"),
                         "raw_path": (scope.get("raw_path") or b"").replace(b"%00", b"%EF%BF%BD")}
        await self.app(scope, receive, send)


class HeadAsGet:
    """ASGI middleware: HEAD is answered as GET would be, with the headers and without the body."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: dict) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


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


def _iso_date_only(value: Any) -> Any:
    """A date parameter as its schema says (format: date): YYYY-MM-DD, not a number of seconds
    ("0" would otherwise be 1970-01-01) nor an empty string."""
    if isinstance(value, _dt.date) or (isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value)):
        return value
    raise ValueError("not a date (YYYY-MM-DD)")


IsoDate = Annotated[_dt.date, BeforeValidator(_iso_date_only)]


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
    source: str | None = Field(None, description="where it was read from: a URL, a file's name (never its path), or - (standard input)")
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
    where: str | None = Field(None, description='"title": found in the headline, its offsets (speaker_span, cue_span, '
                              'content_spans) point into the title; null: into the body')
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
    article_id: str | None = Field(None, description="the article giving this value")
    article: str | None = Field(None, description="the same article, as the corpus output names it")
    title: str | None = Field(None, description="that article's title")
    value: Any = None
    unit: str | None = None
    per: str | None = Field(None, description='what the value is per ("month" of "$2 million a month")')
    text: str | None = Field(None, description="the figure or quotation as printed")
    span: PassageSpan | None = Field(None, description="where it is in the article's body")
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


class TimelineRoleSource(_Open):
    article_id: str | None = Field(None, description="the report that first gave the actor that role")
    published: str | None = Field(None, description="the date that role was reported from")


class TimelineItem(_Open):
    kind: Literal["statement", "event"]
    article_id: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    story_id: str | None = None
    story_title: str | None = None
    role: str | None = Field(None, description="the role the actor held on that date: as the article gives it, or (role_from) "
                             "as the latest earlier report gave it where the article names none")
    affiliation: str | None = None
    role_from: TimelineRoleSource | None = Field(None, description="where role and affiliation come from when not from this article")
    idx: int | None = Field(None, description="its place in the record's attributions or events")
    position: int | None = Field(None, description="where it starts in the article's body (-1: in the headline)")
    attribution_kind: str | None = Field(None, description="statements: direct, indirect, partial, mixed")
    act: str | None = Field(None, description="statements: say, write, think, decide or other")
    where: str | None = Field(None, description='statements: "title" when it is read in the headline (its spans point into the title), else none')
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

    # the schema says "exactly one" as the check below does: one of them a non-empty string
    model_config = ConfigDict(extra="forbid", json_schema_extra={"oneOf": [
        {"required": [k], "properties": {k: {"type": "string", "minLength": 1}}} for k in ("text", "html", "url")]})
    text: str | None = Field(None, description="plain text of the article")
    html: str | None = Field(None, description="the article page's HTML")
    url: str | None = Field(None, description="a public http(s) URL to fetch")
    published: IsoDate | None = Field(None, description="publication date, YYYY-MM-DD")
    publisher: str | None = Field(None, max_length=200)

    @field_validator("text", "html", "publisher")
    @classmethod
    def _no_nul(cls, v: str | None) -> str | None:
        # PostgreSQL's text holds no NUL: one reads as U+FFFD, as in a path or query (NoNul)
        return v.replace("\x00", "\ufffd") if v else v

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
    """The `act` query value as acts (None: all); 422 when it is not what the schema's pattern
    allows (lower-case acts separated by commas) or names no act."""
    if not re.search(ACT_PATTERN, act):
        raise HTTPException(status_code=422, detail=f"act: {act[:80]!r} is not a comma-separated list of "
                                                    "say, write, think, decide, other, statements, all")
    try:
        return acts_param(act)
    except ValueError as e:
        raise HTTPException(status_code=422, detail=str(e)) from None


ActQuery = Query("statements", max_length=80, description=ACT_HELP, json_schema_extra={"pattern": ACT_PATTERN})


def _not_found(what: str, ident: str) -> HTTPException:
    # the id given is echoed only when it has an id's shape (not "--batch-size", nor markup)
    if re.fullmatch(r"[A-Za-z0-9][\w.:-]{0,63}", ident or ""):
        return HTTPException(status_code=404, detail=f"no {what} with id {ident!r}")
    return HTTPException(status_code=404, detail=f"no {what} with the id given")


Limit = Query(50, ge=1, le=MAX_LIMIT, description="items per page")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="items to skip")


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


def _place_in_story(store: Any, article_id: str, rec: Any = None) -> None:
    """A posted article joins a story or opens one, as `newsgraph ingest` places what it stores
    (corpus.online); one stored before but left in no story (a stop between the two) is placed
    now. A store whose articles were kept without the corpus layer's profiles (filled through
    Store.add_many alone, its stories written by hand) is left as it is, unless this is its
    first article. A story that cannot be worked out leaves the article stored, and says so in
    the log."""
    import logging

    storyless = getattr(store, "storyless", None)
    if storyless is None or getattr(store, "term_stats", None) is None:
        return
    try:
        from .corpus.online import add_to_stories

        if store.term_stats([])[0] == 0 and store.articles(limit=1)["total"] > 1:
            return
        if rec is None:
            if not storyless([article_id]):
                return
            rec = next(iter(store.records([article_id])), None)
        if rec is not None:
            add_to_stories(store, [rec])
    except Exception as e:  # the record is stored; its story is what failed
        logging.getLogger("newsgraph.api").warning("article %s: stored, but not put into a story (%s: %s)",
                                                   article_id, type(e).__name__, str(e)[:200])


# ------------------------------------------------------------------ the API


def api_router() -> APIRouter:
    r = APIRouter(prefix="/api", responses={422: {"description": "bad parameters"}})
    nf = {404: {"model": ErrorBody, "description": "no such item"}}

    @r.get("/articles", response_model=ArticlePage, tags=["articles"], summary="Articles, newest first")
    def list_articles(
        q: str | None = Query(None, description="full-text query over bodies"),
        publisher: str | None = Query(None, description="the outlet's name"),
        since: IsoDate | None = Query(None, description="published on or after, YYYY-MM-DD"),
        until: IsoDate | None = Query(None, description="published on or before, YYYY-MM-DD"),
        limit: int = Limit,
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        return _public_items(store.articles(q=q or None, publisher=publisher, since=_date(since), until=_date(until),
                                            limit=limit, offset=offset))

    @r.get("/articles/{article_id}", response_model=Record, responses=nf, tags=["articles"], summary="An article's full record")
    def get_article(article_id: str, store: Any = Depends(get_store)) -> Any:
        rec = store.get_record(article_id)
        if rec is None:
            raise _not_found("article", article_id)
        rec.article.source = public_source(rec.article.source)
        return JSONResponse(rec.model_dump(mode="json"))

    @r.post(
        "/articles",
        response_model=Stored,
        status_code=201,
        tags=["articles"],
        summary="Analyse and store an article (needs the bearer token); it joins a story or opens one",
        dependencies=[Depends(_check_token)],  # before the body is looked at
        responses={
            200: {"model": Stored, "description": "already stored"},
            400: {"model": ErrorBody, "description": "a body that cannot be read as JSON"},
            401: {"model": ErrorBody, "description": "missing or wrong token"},
            403: {"model": ErrorBody, "description": f"posting is disabled ({TOKEN_ENV} unset)"},
            413: {"model": ErrorBody, "description": "the request body is over the server's limit (10 MB by default)"},
            422: {"model": ErrorBody, "description": "a bad body, or an article that cannot be read or analysed"},
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
                _place_in_story(store, aid, rec if created else None)
        except InputError as e:
            raise HTTPException(status_code=422, detail=_api_terms(str(e))) from None
        stored = store.get_record(aid) or rec
        stored.article.source = public_source(stored.article.source)
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
        offset: int = Query(0, ge=0, le=MAX_OFFSET, description="attributions and events to skip (date order)"),
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
        actor: str | None = Query(None, description="an actor id (as in /api/actors)", json_schema_extra={"pattern": ACTOR_ID_PATTERN}),
        q: str | None = Query(None, description="full-text query over what was said"),
        since: IsoDate | None = Query(None),
        until: IsoDate | None = Query(None),
        act: str = ActQuery,
        limit: int = Limit,
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        key = None
        acts = _acts(act)
        if actor:
            key = actor_key(actor) if re.search(ACTOR_ID_PATTERN, actor) else None
            if key is None:
                raise HTTPException(status_code=422, detail=f"actor must be an actor id (an integer): {actor!r}")
        return store.attributions(actor=key, q=q or None, since=_date(since), until=_date(until), limit=limit, offset=offset,
                                  act=acts)

    @r.get("/search", response_model=SearchResult, responses=nf, tags=["search"], summary="Full-text search of articles and attributions")
    def search(
        q: str = Query(..., min_length=1, max_length=500, description="the query: words, \"a phrase\", or, -word; a speaker's name finds what they said"),
        publisher: str | None = Query(None, description="only this outlet"),
        since: IsoDate | None = Query(None, description="published on or after, YYYY-MM-DD"),
        until: IsoDate | None = Query(None, description="published on or before, YYYY-MM-DD"),
        story: str | None = Query(None, max_length=32, description="only the articles of this story (an id as in /api/stories)"),
        limit: int = Query(20, ge=1, le=MAX_LIMIT),
        offset: int = Offset,
        store: Any = Depends(get_store),
    ) -> Any:
        sid = story_key(story)
        if story and story.strip() and (sid is None or store.story(sid) is None):
            raise _not_found("story", story)  # not an empty page, as if the story had no such words
        res = store.search(
            q, limit=limit, offset=offset, publisher=publisher or None, since=_date(since), until=_date(until), story=sid
        )
        if isinstance(res, dict):
            _public_items(res.get("articles"))
        return res

    @r.get("/stories", response_model=StoryPage, tags=["stories"], summary="Stories across outlets, latest first")
    def list_stories(
        q: str | None = Query(None, max_length=500, description="part of the title, or a full-text query one of its articles matches"),
        since: IsoDate | None = Query(None, description="seen on or after, YYYY-MM-DD"),
        until: IsoDate | None = Query(None, description="seen on or before, YYYY-MM-DD"),
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
        act: str = Query("statements", max_length=80, description=ACT_HELP + " (of the statement items)",
                         json_schema_extra={"pattern": ACT_PATTERN}),
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


SERVE_DB_ENV = "NEWSGRAPH_SERVE_DB"  # the store `newsgraph serve --workers N` hands its processes


def app_from_env() -> FastAPI:
    """The app over the store named by NEWSGRAPH_SERVE_DB (empty: ./newsgraph.db): the factory
    each process of `newsgraph serve --workers N` calls."""
    return create_app(os.environ.get(SERVE_DB_ENV) or None)


def create_app(db: str | None = None, *, store: Any = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The app over the store at `db` (a path, a SQLAlchemy URL, or None for ./newsgraph.db);
    request bodies over `max_body_bytes` are refused (413)."""
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
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: web/ serves /docs from the schema itself
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

    app.add_middleware(NoNul)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)  # the last added is the outermost: on every answer, 413s too
    return app
