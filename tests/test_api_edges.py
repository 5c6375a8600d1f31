"""The API's edges, over the demo's store (the bundled sample ingested from a folder, as
`newsgraph demo` does): schemathesis against the served OpenAPI schema (no 5xx, no answer outside
its schema, no local path, no command-line flag in an error), sources shown without the server's
paths, /docs, HEAD, request body limits and the write token."""

from __future__ import annotations

import io
import os
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import GenerationMode  # noqa: E402

from tests.test_api import POSTED  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
SAMPLE_FILES = sorted(p.name for p in SAMPLE.iterdir() if p.name.endswith((".txt", ".html", ".htm", ".html.gz")))
TOKEN = "edge-token-0123456789"
# examples per operation, by (PostgreSQL, negative), 11 operations: about 25 s in all on 2 idle cores
EXAMPLES = {(False, False): 30, (False, True): 15, (True, False): 12, (True, True): 6}
FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """(db, folder): the sample copied to a folder of its own and stored by the demo."""
    from rich.console import Console

    from newsgraph.demo import run_demo

    tmp = tmp_path_factory.mktemp("edges")
    folder = tmp / "server-side-folder"
    shutil.copytree(SAMPLE, folder)
    db = str(tmp / "demo.db")
    assert run_demo(folder, console=Console(file=io.StringIO(), width=150), db=db) == 0
    return db, folder


@pytest.fixture(scope="module")
def app(demo):
    from newsgraph.api import create_app

    return create_app(demo[0])


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def fetch_off(monkeypatch):
    """No fetching: a posted URL is refused as a fetch that failed would be."""
    import newsgraph.ingest as ingest
    from newsgraph.errors import InputError

    def refuse(url, **kw):
        raise InputError(url, "cannot fetch: no network in this test")

    monkeypatch.setattr(ingest, "read_url", refuse)


def _edge_check(folder: Path):
    def no_local_path_nor_flag(ctx, response, case):
        text = response.text
        for p in {str(folder), str(folder.parent), str(folder.resolve())}:
            assert p not in text, f"the server's path {p} is in the answer"
        if response.status_code >= 400:
            assert not FLAG.search(text), f"a command-line flag in an API error: {text[:300]}"

    return no_local_path_nor_flag


def _run(schema, mode: GenerationMode, n: int, check, headers: dict | None = None) -> tuple[list[str], int, int]:
    """Every operation of the schema fuzzed with n examples; the failures (one line each, with a
    curl command to reproduce), the number of requests made and of operations fuzzed."""
    from hypothesis.errors import Unsatisfiable

    from schemathesis.checks import positive_data_acceptance

    failures: dict[str, str] = {}
    calls = fuzzed = 0
    for result in schema.get_all_operations():
        op = result.ok()
        # a body the schema allows may still be no article ({"html": "0"}): a documented 422
        excluded = [positive_data_acceptance] if op.method.upper() == "POST" else []

        # random in development (new inputs every run), the same examples every run on CI
        @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                  derandomize=bool(os.environ.get("CI")))
        @given(op.as_strategy(generation_mode=mode))
        def fuzz(case):
            nonlocal calls
            calls += 1
            try:
                case.call_and_validate(headers=headers, additional_checks=[check], excluded_checks=excluded)
            except BaseException as e:  # a FailureGroup, an AssertionError, or the app's own error
                if isinstance(e, KeyboardInterrupt):
                    raise
                subs = getattr(e, "exceptions", None) or [e]
                for x in subs:
                    what = getattr(x, "title", None) or type(x).__name__
                    key = f"{op.label}: {what}: {str(getattr(x, 'message', x)).splitlines()[0][:200]}"
                    failures.setdefault(key, case.as_curl_command())

        try:
            fuzz()
            fuzzed += 1
        except Unsatisfiable:  # nothing invalid can be made for it (a path taking any string)
            pass
    return [f"{k}\n    {v}" for k, v in failures.items()], calls, fuzzed


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzz_db(request, demo, tmp_path_factory):
    """A store for the fuzzer to post into: a copy of the demo's SQLite file, or the sample stored
    by the demo in a new PostgreSQL schema (NUL characters and 32-bit ids fail only there)."""
    if request.param == "sqlite":
        db = tmp_path_factory.mktemp("fuzz") / "fuzzed.db"
        shutil.copyfile(demo[0], db)
        yield str(db)
        return
    from tests.test_store import PG_SKIP, PG_URL, pg_schema_url

    if not PG_URL:
        pytest.skip(PG_SKIP)
    import uuid

    from rich.console import Console
    from sqlalchemy import create_engine, text

    from newsgraph.demo import run_demo
    from newsgraph.store.db import store_url

    schema = f"e_{uuid.uuid4().hex[:12]}"
    eng = create_engine(store_url(PG_URL))
    with eng.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    db = pg_schema_url(PG_URL, schema)
    try:
        assert run_demo(demo[1], console=Console(file=io.StringIO(), width=150), db=db) == 0
        yield db
    finally:
        with eng.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        eng.dispose()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["positive", "negative"])
def test_schemathesis_finds_nothing(fuzz_db, demo, fetch_off, monkeypatch, mode):
    """Positive: every answer to schema-valid input is documented and matches its schema.
    Negative: input outside the schema is refused (4xx), never a 5xx. The write token is set and
    sent, so posted articles are analysed and stored (a posted URL is refused: no network).
    Random each run (hypothesis' default): a failure prints a curl command that reproduces it."""
    from newsgraph.api import create_app

    monkeypatch.setenv("NEWSGRAPH_TOKEN", TOKEN)
    n = EXAMPLES[fuzz_db.startswith("postgresql"), mode is GenerationMode.NEGATIVE]
    app = create_app(fuzz_db)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures, calls, fuzzed = _run(schema, mode, n, _edge_check(demo[1]), headers={"Authorization": f"Bearer {TOKEN}"})
    n_ops = len(list(schema.get_all_operations()))
    # negative: /api/articles/{id} and /api/stories/{id} take any string, so have no invalid input
    assert fuzzed >= n_ops - 2 * (mode is GenerationMode.NEGATIVE) and calls >= fuzzed * min(n, 5), (fuzzed, calls)
    assert not failures, "\n".join(failures)


def test_every_stored_item_matches_the_schema(app, client, demo):
    """The ids the fuzzer cannot guess: every article, actor (detail and timeline) and story of the
    demo store, each answer validated against the schema by schemathesis' checks."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    check = _edge_check(demo[1])
    articles = client.get("/api/articles", params={"limit": 500}).json()["items"]
    actors = client.get("/api/actors", params={"limit": 500}).json()["items"]
    stories = client.get("/api/stories", params={"limit": 500}).json()["items"]
    assert len(articles) == len(SAMPLE_FILES) and actors and stories
    cases = [("/api/articles/{article_id}", {"article_id": a["id"]}, {}) for a in articles]
    cases += [("/api/stories/{story_id}", {"story_id": s["id"]}, {}) for s in stories]
    for a in actors:
        cases.append(("/api/actors/{actor_id}", {"actor_id": str(a["id"])}, {"act": "all"}))
        cases.append(("/api/actors/{actor_id}/timeline", {"actor_id": str(a["id"])}, {"act": "all"}))
    name = actors[0]["name"].split()[-1]
    for path, query in (("/api/search", {"q": name}), ("/api/attributions", {"act": "all", "limit": 500}),
                        ("/api/figures", {"limit": 500}), ("/api/articles", {"q": name})):
        cases.append((path, {}, query))
    for path, params, query in cases:
        case = schema[path]["GET"].Case(path_parameters=params, query=query)
        resp = case.call_and_validate(additional_checks=[check])
        assert resp.status_code == 200, (path, params, resp.text[:200])


# ------------------------------------------------------------------ no local paths


def test_sources_are_names_not_server_paths(client, demo):
    db, folder = demo
    page = client.get("/api/articles", params={"limit": 500})
    assert str(folder) not in page.text and str(folder.parent) not in page.text
    items = page.json()["items"]
    assert sorted(it["source"] for it in items) == SAMPLE_FILES
    for it in items:
        rec = client.get(f"/api/articles/{it['id']}").json()
        assert rec["article"]["source"] == it["source"]
    title_word = items[0]["title"].split()[0]
    found = client.get("/api/search", params={"q": title_word})
    assert found.json()["articles"]["items"] and str(folder) not in found.text
    for url in ("/", f"/articles/{items[0]['id']}", "/stories", "/docs"):
        assert str(folder) not in client.get(url).text, url
    # the store itself keeps the path it read (export, failures and re-runs use it)
    from newsgraph.store import open_store

    with open_store(db) as store:
        stored = store.articles(limit=500)["items"]
    assert all(Path(it["source"]).parent == folder for it in stored)


def test_public_source_shows_names_and_urls():
    from newsgraph.api import public_source

    assert public_source("/srv/feeds/in/a.html") == "a.html"
    assert public_source("C:\\news\\in\\b.txt") == "b.txt"
    assert public_source("https://x.example/news/a.html") == "https://x.example/news/a.html"
    assert public_source("/srv/cc/CC-NEWS-1.warc.gz#1234 https://x.example/a") == "CC-NEWS-1.warc.gz#1234 https://x.example/a"
    assert public_source("-") == "-" and public_source("<posted>") == "<posted>" and public_source(None) is None


# ------------------------------------------------------------------ errors, /docs, HEAD


def test_api_errors_are_in_the_apis_terms(client, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_TOKEN", TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/articles", json={"url": "http://127.0.0.1:9/article"}, headers=auth)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert "127.0.0.1" in detail and "loopback" in detail and "--" not in detail
    r = client.get("/api/actors/1", params={"act": "shout"})
    assert r.status_code == 422 and "act" in r.json()["detail"] and "--" not in r.text
    for url in ("/api/articles?since=0", "/api/articles?since=", "/api/stories?until=1999"):
        r = client.get(url)
        assert r.status_code == 422, url  # a number is not a date (pydantic would read 0 as 1970-01-01)
        assert "YYYY-MM-DD" in r.text
    assert client.get("/api/articles", params={"offset": 10**30}).status_code == 422  # was a 500 (SQLite overflow)


def test_docs_page_describes_every_operation(client):
    r = client.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "<script" not in r.text  # no CDN, no inline script
    spec = client.get("/openapi.json").json()
    for path, item in spec["paths"].items():
        for method in item:
            assert f"{method.upper()} {path}" in r.text, (method, path)
    assert 'href="/openapi.json"' in r.text
    assert "<code>limit</code>" in r.text and "1 to 500" in r.text
    home = client.get("/")
    assert 'href="/docs"' in home.text and 'href="/openapi.json"' in home.text


@pytest.mark.parametrize("url", ["/", "/docs", "/stories", "/api/articles", "/openapi.json", "/static/style.css", "/api/actors/999999"])
def test_head_is_answered_as_get(client, url):
    got = client.get(url)
    head = client.head(url)
    assert head.status_code == got.status_code != 405
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-security-policy"] == got.headers["content-security-policy"]
    if "content-length" in got.headers:
        assert head.headers["content-length"] == got.headers["content-length"]


# ------------------------------------------------------------------ body limits and the token


def test_a_body_over_the_limit_is_413(demo, monkeypatch):
    from newsgraph.api import MAX_BODY_BYTES, create_app

    monkeypatch.setenv("NEWSGRAPH_TOKEN", TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    app = create_app(demo[0], max_body_bytes=2000)
    with TestClient(app) as c:
        before = c.get("/api/articles").json()["total"]
        body = ('{"text": "' + "x" * 3000 + '"}').encode()
        r = c.post("/api/articles", content=body, headers=auth)  # a Content-Length over the limit
        assert r.status_code == 413 and r.headers["content-type"] == "application/json"
        assert r.json()["detail"] == f"request body too large: {len(body):,} bytes (the limit is 2,000 bytes)"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]

        def chunks():  # no Content-Length: counted as it comes
            for _ in range(10):
                yield b"x" * 500

        r = c.post("/api/articles", content=chunks(), headers=auth)
        assert r.status_code == 413, r.text
        assert "more than 2,000 bytes" in r.json()["detail"]
        assert c.post("/api/articles", content=body, headers={"Content-Type": "application/json"}).status_code == 413  # before the token
        assert c.get("/api/articles").json()["total"] == before
        ok = c.post("/api/articles", json={"text": POSTED[:1500]}, headers=auth)
        assert ok.status_code in (200, 201), ok.text  # under the limit: stored
    assert MAX_BODY_BYTES == 10_000_000
    with TestClient(create_app(demo[0])) as c:  # the default: 10 MB
        r = c.post("/api/articles", content=b"{" + b" " * MAX_BODY_BYTES + b"}", headers=auth)
        assert r.status_code == 413 and "the limit is 10,000,000 bytes" in r.json()["detail"]


def test_the_token_is_compared_in_constant_time(client, monkeypatch):
    import newsgraph.api as api

    monkeypatch.setenv("NEWSGRAPH_TOKEN", TOKEN)
    compared = []
    real = api.hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", spy)
    wrong = ["", "x", TOKEN[:-1], TOKEN + "x", TOKEN.upper(), "é" * len(TOKEN)]
    for given_token in wrong:
        r = client.post("/api/articles", json={"text": POSTED}, headers={"Authorization": f"Bearer {given_token}".encode()})
        assert r.status_code == 401, (given_token, r.text)
    # every given token, whatever its length or content, went through compare_digest
    assert len(compared) == len(wrong) and all(b == TOKEN.encode() for _, b in compared)
    assert [a for a, _ in compared][:5] == [t.encode() for t in wrong[:5]]
    source = Path(api.__file__).read_text(encoding="utf-8")
    assert "== token" not in source and "token ==" not in source


def test_an_id_shaped_like_a_flag_is_not_echoed(tmp_path):
    # found by the schemathesis run above (GET /api/search?story=--batch-size echoed the flag)
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    client = TestClient(create_app(str(tmp_path / "s.db")))
    for url in ("/api/search?q=vote&story=--batch-size", "/api/stories/--batch-size"):
        r = client.get(url)
        assert r.status_code == 404 and "--batch-size" not in r.text, (url, r.text)
    r = client.get("/api/stories/s-3f9a2c01")
    assert r.status_code == 404 and "s-3f9a2c01" in r.text
