"""The JSON API against the real ASGI app over a real SQLite store filled by analyze_many."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("sqlalchemy")

from fastapi.testclient import TestClient  # noqa: E402

import newsgraph  # noqa: E402
from newsgraph.record import Attribution, Record, Span  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"

# Articles written for these tests. The same minister speaks in two outlets on two dates.
MOREAU_1 = """Minister vows to close the Kessel dam by June

PORT ASEL, March 3 - The interior minister, Jane Moreau, said on Monday that closing the Kessel dam would cost 40 million euros.

"We will not accept another flood," Moreau told reporters in Port Asel. "The dam must be closed by June."

The United Nations said 12,000 people had fled their homes since Friday, and the Red Cross asked for calm.
"""

MOREAU_2 = """Kessel dam closure delayed, minister says

LINDAU, April 9 - The closure of the Kessel dam will slip to September, the interior minister, Jane Moreau, said on Wednesday.

"The engineers need more time and we will give it to them," Moreau said. Farmers' leader Piet Halvorsen called the delay a betrayal of 3,000 families.

The United Nations said on Tuesday that water levels were falling.
"""

HOSTILE_TITLE = "Hostile headline <script>window.__pwned=1</script>"
HOSTILE = HOSTILE_TITLE + """

HARBOUR CITY, May 2 - The mayor, Tomas Reyl, said the council would publish <script>window.__pwned=1</script> the full budget on Friday.

"Nothing here is hidden <img src=x onerror="window.__pwned=1">," Reyl told reporters. Officials counted 300 boats in the harbour.
"""

HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'


def _span(body: str, text: str, after: int = 0) -> Span:
    i = body.index(text, after)
    return Span.of(body, i, i + len(text))


def ensure_attribution(rec: Record, content: str, cue: str, speaker: str, actor_name: str, kind: str = "direct") -> None:
    """The attribution these tests rely on, to the actor named `actor_name`: kept as found (its
    actor set to that one if the analysis resolved it otherwise), added when the analysis missed
    it. These tests are about the store, API and pages, not about the analysis' accuracy; the
    record stays valid (every span is taken from the body)."""
    body = rec.article.body
    actor = next((a for a in rec.actors if a.name == actor_name), None)
    if actor is None:
        actor = next((a for a in rec.actors if actor_name in a.name), None)
    if actor is None:  # pragma: no cover - the actor stage finds these names
        pytest.fail(f"no actor {actor_name!r} in {[a.name for a in rec.actors]}")
    c = _span(body, content)
    for at in rec.attributions:
        if any(s.start < c.end and c.start < s.end for s in at.content):
            at.actor = actor.id
            return
    sp = _span(body, speaker, c.end) if speaker in body[c.end:] else _span(body, speaker)
    rec.attributions.append(
        Attribution(kind=kind, content=[c], cue=_span(body, cue, c.end), speaker=sp, actor=actor.id)
    )


@functools.lru_cache(maxsize=None)
def _analysed() -> tuple[str, ...]:
    items = [
        {"content": MOREAU_1, "kind": "text", "publisher": "Test Wire", "published": "2025-03-03", "url": "https://wire.example/moreau-1"},
        {"content": MOREAU_2, "kind": "text", "publisher": "Lindau Courier", "published": "2025-04-09", "url": "javascript:alert(1)"},
        {"content": HOSTILE, "kind": "text", "publisher": "Evil <b>Press</b>", "published": "2025-05-02"},
    ]
    for p in sorted(SAMPLE.iterdir()):
        if p.name.endswith((".txt", ".html")):
            items.append({"content": p.read_text(encoding="utf-8"), "name": p.name})
        elif p.name.endswith(".html.gz"):
            items.append({"content": gzip.decompress(p.read_bytes()).decode("utf-8"), "name": p.name, "kind": "html"})
    recs = list(newsgraph.analyze_many(items))
    m1, m2, hostile = recs[:3]
    ensure_attribution(m1, "We will not accept another flood,", "told", "Moreau", "Jane Moreau")
    ensure_attribution(m2, "The engineers need more time and we will give it to them,", "said", "Moreau", "Jane Moreau")
    ensure_attribution(hostile, 'Nothing here is hidden <img src=x onerror="window.__pwned=1">,', "told", "Reyl", "Tomas Reyl")
    for r in recs:
        assert r.check_spans() == []
    return tuple(r.to_json() for r in recs)


def analysed_records() -> list[Record]:
    """The test articles and the bundled samples, analysed once per session (fresh copies)."""
    return [Record.from_json(j) for j in _analysed()]


def fill_store(path: Path) -> tuple[list[Record], str]:
    """A real SQLite store at `path` holding the analysed records; returns them and the db path."""
    from newsgraph.store import open_store

    recs = analysed_records()
    store = open_store(str(path))
    try:
        results = store.add_many(recs)
    finally:
        close = getattr(store, "close", None)
        if close:
            close()
    assert all(created for _, created in results)
    return recs, str(path)


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    return fill_store(tmp_path_factory.mktemp("api") / "news.db")


@pytest.fixture(scope="module")
def client(filled):
    from newsgraph.api import create_app

    _, db = filled
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def recs(filled):
    return {r.article.title: r for r in filled[0]}


def _moreau_id(client) -> int:
    items = client.get("/api/actors", params={"q": "Moreau", "limit": 50}).json()["items"]
    ids = [a["id"] for a in items if a["name"] == "Jane Moreau"]
    assert len(ids) == 1, items
    return ids[0]


# ------------------------------------------------------------------ articles


def test_articles_are_paginated_newest_first(client, filled):
    n = len(filled[0])
    page = client.get("/api/articles", params={"limit": 3}).json()
    assert page["total"] == n and page["limit"] == 3 and page["offset"] == 0
    assert len(page["items"]) == 3
    rest = client.get("/api/articles", params={"limit": 100, "offset": 3}).json()
    assert len(rest["items"]) == n - 3
    ids = [a["id"] for a in page["items"] + rest["items"]]
    assert sorted(ids) == sorted(r.article.id for r in filled[0])
    dates = [a["published"] for a in page["items"] + rest["items"] if a["published"]]
    assert dates == sorted(dates, reverse=True)
    assert page["items"][0]["title"] == HOSTILE_TITLE  # 2025-05-02, the newest


def test_articles_filter_by_publisher_and_dates(client):
    page = client.get("/api/articles", params={"publisher": "Lindau Courier"}).json()
    assert [a["title"] for a in page["items"]] == ["Kessel dam closure delayed, minister says"]
    assert page["items"][0]["n_attributions"] >= 1
    page = client.get("/api/articles", params={"since": "2025-03-03", "until": "2025-04-30"}).json()
    titles = {a["title"] for a in page["items"]}
    assert "Minister vows to close the Kessel dam by June" in titles
    assert "Kessel dam closure delayed, minister says" in titles
    assert HOSTILE_TITLE not in titles
    assert all("2025-03-03" <= a["published"] <= "2025-04-30" for a in page["items"])


def test_article_is_the_full_record(client, recs):
    rec = recs["Minister vows to close the Kessel dam by June"]
    r = client.get(f"/api/articles/{rec.article.id}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    got = Record.model_validate(r.json())
    assert got == rec
    assert got.check_spans() == []


def test_unknown_ids_are_404_json(client):
    for url in ("/api/articles/0123456789abcdef", "/api/actors/999999", "/api/actors/not-an-id"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.headers["content-type"] == "application/json"
        assert "no " in r.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles?limit=0",
        "/api/articles?limit=100000",
        "/api/articles?offset=-1",
        "/api/articles?since=yesterday",
        "/api/articles?until=2025-13-01",
        "/api/actors?type=planet",
        "/api/attributions?actor=moreau",
        "/api/attributions?since=2025-02-30",
        "/api/search",
        "/api/search?q=",
        "/api/figures?limit=abc",
    ],
)
def test_bad_parameters_are_422(client, url):
    r = client.get(url)
    assert r.status_code == 422, (url, r.text)
    assert r.headers["content-type"] == "application/json"
    assert r.json()["detail"]


# ------------------------------------------------------------------ actors and attributions


def test_actors_most_quoted_first_and_filters(client):
    page = client.get("/api/actors", params={"limit": 5}).json()
    counts = [a["n_attributions"] for a in page["items"]]
    assert counts == sorted(counts, reverse=True)
    assert page["total"] > 5
    people = client.get("/api/actors", params={"type": "person", "limit": 500}).json()
    assert people["items"] and all(a["type"] == "person" for a in people["items"])
    assert "Jane Moreau" in {a["name"] for a in people["items"]}
    orgs = client.get("/api/actors", params={"type": "organization", "q": "United Nations"}).json()
    assert any(a["name"] == "United Nations" for a in orgs["items"])


def test_actor_has_attributions_over_time(client, recs):
    aid = _moreau_id(client)
    a = client.get(f"/api/actors/{aid}").json()
    assert a["id"] == aid and a["name"] == "Jane Moreau" and a["type"] == "person"
    contents = [t["content"] for t in a["attributions"]]
    assert any("We will not accept another flood" in c for c in contents)
    assert any("The engineers need more time" in c for c in contents)
    dates = [t["published"] for t in a["attributions"]]
    assert dates == sorted(dates) and dates[0] == "2025-03-03" and dates[-1] == "2025-04-09"
    arts = {t["article_id"] for t in a["attributions"]}
    assert arts == {recs["Minister vows to close the Kessel dam by June"].article.id, recs["Kessel dam closure delayed, minister says"].article.id}
    # one stored actor for both articles' Jane Moreau; the United Nations appears in both
    co = {c["name"]: c for c in a["cooccurring"]}
    assert "United Nations" in co and co["United Nations"]["n_articles"] == 2
    assert isinstance(a["roles"], list) and isinstance(a["events"], list)


def test_attributions_filter_by_actor_query_and_date(client):
    aid = _moreau_id(client)
    page = client.get("/api/attributions", params={"actor": aid}).json()
    assert page["total"] >= 2 and all(t["actor_id"] == aid for t in page["items"])
    assert all(t["actor_name"] == "Jane Moreau" for t in page["items"])
    late = client.get("/api/attributions", params={"actor": aid, "since": "2025-04-01"}).json()
    assert late["items"] and all(t["published"] >= "2025-04-01" for t in late["items"])
    assert late["total"] < page["total"]
    early = client.get("/api/attributions", params={"actor": aid, "until": "2025-03-31"}).json()
    assert early["items"] and all(t["published"] <= "2025-03-31" for t in early["items"])
    q = client.get("/api/attributions", params={"q": "engineers"}).json()
    # search is stemmed: "engineers" also finds "engineer" and "engineering"
    assert q["total"] >= 1 and all("engineer" in t["content"].lower() for t in q["items"])
    one = client.get("/api/attributions", params={"limit": 1, "offset": 1}).json()
    assert len(one["items"]) == 1 and one["offset"] == 1


def test_search_finds_articles_and_attributions(client):
    res = client.get("/api/search", params={"q": "engineers"}).json()
    assert "Kessel dam closure delayed, minister says" in {a["title"] for a in res["articles"]["items"]}
    assert any("engineers" in t["content"] for t in res["attributions"]["items"])
    none = client.get("/api/search", params={"q": "xylophonequartz"}).json()
    assert none["articles"]["total"] == 0 and none["attributions"]["total"] == 0


def test_figures_about(client):
    page = client.get("/api/figures", params={"about": "people", "limit": 500}).json()
    assert page["total"] >= 1
    assert any(f["value"] == 12000 for f in page["items"])
    everything = client.get("/api/figures", params={"limit": 1}).json()
    assert everything["total"] > page["total"] and len(everything["items"]) == 1


# ------------------------------------------------------------------ schema and headers


def test_openapi_schema_is_valid(client):
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    try:
        from openapi_spec_validator import validate
    except ImportError:  # pragma: no cover - structural checks only
        validate = None
    if validate is not None:
        validate(spec)
    paths = spec["paths"]
    for p in ("/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/actors/{actor_id}",
              "/api/attributions", "/api/search", "/api/figures"):
        assert "get" in paths[p], p
        assert "200" in paths[p]["get"]["responses"]
    assert "post" in paths["/api/articles"]
    assert "Record" in spec["components"]["schemas"]
    params = {q["name"] for q in paths["/api/attributions"]["get"]["parameters"]}
    assert {"actor", "q", "since", "until", "limit", "offset"} <= params
    assert not any(p.startswith("/articles") or p == "/" for p in paths)  # pages stay out of the API schema


def test_security_headers_on_every_response(client):
    for url in ("/api/articles", "/api/articles/nope", "/openapi.json", "/api/search"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert "frame-ancestors 'none'" in csp and "base-uri 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 404  # Swagger UI would need a CDN and inline script


# ------------------------------------------------------------------ posting


POSTED = """Harbour board approves new pier

KESSA, June 1 - The harbour board approved a 2 million euro pier on Sunday, its chairwoman, Lena Marsh, said.

"This pier will serve the fishing families for fifty years," Marsh said.
"""


def test_post_is_off_without_a_token(client, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    r = client.post("/api/articles", json={"text": POSTED}, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403
    assert "NEWSGRAPH_TOKEN" in r.json()["detail"]


def test_post_needs_the_token(client, monkeypatch):
    import newsgraph.api as api

    monkeypatch.setenv("NEWSGRAPH_TOKEN", "s3cret-token")
    compared = []
    real = api.hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", spy)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret-token"}, {"Authorization": "Bearer s3cret-toke"}):
        r = client.post("/api/articles", json={"text": POSTED}, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["www-authenticate"] == "Bearer"
    assert compared  # the token is compared in constant time
    total = client.get("/api/articles").json()["total"]
    assert client.get("/api/articles").json()["total"] == total


def test_post_stores_once(client, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_TOKEN", "s3cret-token")
    auth = {"Authorization": "Bearer s3cret-token"}
    before = client.get("/api/articles").json()["total"]
    r = client.post("/api/articles", json={"text": POSTED, "published": "2025-06-01", "publisher": "Kessa Post"}, headers=auth)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["created"] is True and r.headers["location"] == f"/api/articles/{body['id']}"
    assert body["record"]["article"]["publisher"] == "Kessa Post"
    got = client.get(f"/api/articles/{body['id']}").json()
    assert got["article"]["published"] == "2025-06-01" and "Lena Marsh" in got["article"]["body"]
    assert client.get("/api/articles").json()["total"] == before + 1
    again = client.post("/api/articles", json={"text": POSTED, "published": "2025-06-01"}, headers=auth)
    assert again.status_code == 200 and again.json() | {"record": None} == {"id": body["id"], "created": False, "record": None}
    assert client.get("/api/articles").json()["total"] == before + 1


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"text": "a", "html": "<p>b</p>"},
        {"text": POSTED, "published": "June"},
        {"text": POSTED, "colour": "red"},
        {"text": "   "},
        {"url": "http://127.0.0.1:9/article"},  # private addresses are never fetched
        {"url": "file:///etc/passwd"},
    ],
)
def test_post_bad_bodies_are_422(client, monkeypatch, payload):
    monkeypatch.setenv("NEWSGRAPH_TOKEN", "s3cret-token")
    r = client.post("/api/articles", json=payload, headers={"Authorization": "Bearer s3cret-token"})
    assert r.status_code == 422, (payload, r.text)
    assert r.json()["detail"]
