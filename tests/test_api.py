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
    """A real SQLite store at `path` holding the analysed records and two stories over them
    (add_stories); returns the records and the db path."""
    from newsgraph.store import open_store

    recs = analysed_records()
    store = open_store(str(path))
    try:
        results = store.add_many(recs)
        add_stories(store, recs)
    finally:
        close = getattr(store, "close", None)
        if close:
            close()
    assert all(created for _, created in results)
    return recs, str(path)


# Two stories, as the corpus layer would write them (hand-made here): the minister's two
# articles, with reused wording and a disagreement; the hostile article with a sample one,
# whose reused passage and disagreement carry the hostile markup.
STORY_DAM = "s-kessel01"
STORY_HOSTILE = "s-hostile1"
DAM_TITLE = "Kessel dam closure"
REUSED_1 = "interior minister, Jane Moreau, said on"
REUSED_2 = "The United Nations said"
HOSTILE_ABOUT = 'boats <img src=x onerror="window.__pwned=1">'


def span_dict(body: str, text: str) -> dict:
    return _span(body, text).model_dump()


def add_stories(store, recs: list[Record]) -> None:
    m1, m2, hostile, sample = recs[0], recs[1], recs[2], recs[3]
    store.put_story({"id": STORY_DAM, "title": DAM_TITLE, "first_seen": "2025-03-03", "last_seen": "2025-04-09",
                     "articles": [m1.article.id, m2.article.id], "outlets": ["Test Wire", "Lindau Courier"]})
    b1, b2 = m1.article.body, m2.article.body
    store.put_story_links(
        STORY_DAM,
        [{"source": m1.article.id, "target": m2.article.id, "share": 0.12, "credited": False,
          "pairs": [{"source_span": span_dict(b1, t), "target_span": span_dict(b2, t)} for t in (REUSED_1, REUSED_2)]}],
        [{"kind": "figure", "about": "people affected", "values": [
            {"article_id": m1.article.id, "value": 12000, "unit": "people", "text": "12,000 people", "span": span_dict(b1, "12,000 people"),
             "publisher": "Test Wire", "published": "2025-03-03"},
            {"article_id": m2.article.id, "value": 3000, "unit": "families", "text": "3,000 families", "span": span_dict(b2, "3,000 families"),
             "publisher": "Lindau Courier", "published": "2025-04-09"},
        ]}],
    )
    store.put_story({"id": STORY_HOSTILE, "title": HOSTILE_TITLE, "articles": [hostile.article.id, sample.article.id]})
    hb, sb = hostile.article.body, sample.article.body
    store.put_story_links(
        STORY_HOSTILE,
        [{"source": hostile.article.id, "target": sample.article.id, "share": 0.5, "credited": True,
          "pairs": [{"source_span": span_dict(hb, HOSTILE_SCRIPT), "target_span": {"start": 0, "end": 20, "text": HOSTILE_SCRIPT}}]}],
        [{"kind": "figure", "about": HOSTILE_ABOUT, "values": [
            {"article_id": hostile.article.id, "value": 300, "unit": "boats", "text": "300 boats " + HOSTILE_SCRIPT, "span": span_dict(hb, "300 boats")},
            {"article_id": sample.article.id, "value": 30, "unit": "boats", "text": sb[:10], "span": {"start": 0, "end": 10, "text": sb[:10]}},
        ]}],
    )


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
    for url in ("/api/articles/0123456789abcdef", "/api/actors/999999", "/api/actors/not-an-id", "/api/stories/s-nothing",
                "/api/stories/" + "x" * 40, "/api/actors/999999/timeline", "/api/actors/not-an-id/timeline"):
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
        "/api/stories?since=soon",
        "/api/stories?limit=0",
        "/api/actors/1/timeline?kind=quote",
        "/api/actors/1/timeline?limit=100000",
        "/api/search?q=dam&since=2025-02-30",
        "/api/search?q=dam&story=" + "x" * 40,
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
              "/api/attributions", "/api/search", "/api/figures", "/api/stories", "/api/stories/{story_id}",
              "/api/actors/{actor_id}/timeline"):
        assert "get" in paths[p], p
        assert "200" in paths[p]["get"]["responses"]
    assert "post" in paths["/api/articles"]
    assert "Record" in spec["components"]["schemas"]
    params = {q["name"] for q in paths["/api/attributions"]["get"]["parameters"]}
    assert {"actor", "q", "since", "until", "limit", "offset"} <= params
    assert not any(p.startswith(("/articles", "/stories", "/actors")) or p == "/" for p in paths)  # pages stay out of the API schema
    schemas = spec["components"]["schemas"]
    for name in ("StoryPage", "StoryDetail", "ReuseItem", "DisagreementItem", "TimelinePage", "TimelineItem"):
        assert name in schemas, name
    ok = lambda p: paths[p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]  # noqa: E731
    assert (ok("/api/stories"), ok("/api/stories/{story_id}"), ok("/api/actors/{actor_id}/timeline")) == ("StoryPage", "StoryDetail", "TimelinePage")
    for p in ("/api/stories/{story_id}", "/api/actors/{actor_id}/timeline"):
        assert "404" in paths[p]["get"]["responses"], p
    assert {"q", "since", "until", "limit", "offset"} <= {q["name"] for q in paths["/api/stories"]["get"]["parameters"]}
    assert {"limit", "offset", "kind"} <= {q["name"] for q in paths["/api/actors/{actor_id}/timeline"]["get"]["parameters"]}
    assert {"q", "publisher", "since", "until", "story"} <= {q["name"] for q in paths["/api/search"]["get"]["parameters"]}
    assert "story" in schemas["ArticleItem"]["properties"]


def test_security_headers_on_every_response(client):
    for url in ("/api/articles", "/api/articles/nope", "/openapi.json", "/api/search"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert "frame-ancestors 'none'" in csp and "base-uri 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    docs = client.get("/docs")  # our own page from the schema: Swagger UI would need a CDN and inline script
    assert docs.status_code == 200 and "<script" not in docs.text and "unsafe-inline" not in docs.headers["content-security-policy"]


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


# ------------------------------------------------------------------ stories and timelines


def test_stories_list_and_filters(client):
    page = client.get("/api/stories").json()
    assert page["total"] == 2 and page["limit"] == 50
    by = {s["id"]: s for s in page["items"]}
    assert by[STORY_DAM] == {"id": STORY_DAM, "title": DAM_TITLE, "first_seen": "2025-03-03", "last_seen": "2025-04-09",
                             "n_articles": 2, "n_outlets": 2, "outlets": ["Test Wire", "Lindau Courier"]}
    hostile = by[STORY_HOSTILE]
    assert (hostile["first_seen"], hostile["last_seen"]) == ("2025-03-06", "2025-05-02")  # from its articles' dates
    assert [s["id"] for s in page["items"]] == [STORY_HOSTILE, STORY_DAM]  # latest last_seen first
    assert [s["id"] for s in client.get("/api/stories", params={"q": "kessel"}).json()["items"]] == [STORY_DAM]
    # since/until: the stories seen in that period
    assert [s["id"] for s in client.get("/api/stories", params={"since": "2025-04-10"}).json()["items"]] == [STORY_HOSTILE]
    assert [s["id"] for s in client.get("/api/stories", params={"until": "2025-03-31"}).json()["items"]] == [STORY_HOSTILE, STORY_DAM]
    assert [s["id"] for s in client.get("/api/stories", params={"until": "2025-03-05"}).json()["items"]] == [STORY_DAM]
    assert client.get("/api/stories", params={"since": "2025-04-09", "until": "2025-04-09"}).json()["total"] == 2
    one = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert len(one["items"]) == 1 and one["total"] == 2


def test_story_has_articles_reuse_and_disagreements(client, recs):
    m1, m2 = recs["Minister vows to close the Kessel dam by June"], recs["Kessel dam closure delayed, minister says"]
    r = client.get(f"/api/stories/{STORY_DAM}")
    assert r.status_code == 200
    st = r.json()
    assert [a["id"] for a in st["articles"]] == [m1.article.id, m2.article.id]
    assert st["articles"][0]["url"] == "https://wire.example/moreau-1"
    [reuse] = st["reuse"]
    assert (reuse["source"]["id"], reuse["target"]["id"], reuse["share"], reuse["credited"]) == (m1.article.id, m2.article.id, 0.12, False)
    assert [p["target_span"]["text"] for p in reuse["pairs"]] == [REUSED_1, REUSED_2]
    p = reuse["pairs"][0]["source_span"]
    assert m1.article.body[p["start"]:p["end"]] == REUSED_1
    [dis] = st["disagreements"]
    assert dis["about"] == "people affected" and [(v["value"], v["publisher"]) for v in dis["values"]] == [(12000, "Test Wire"), (3000, "Lindau Courier")]
    # each article knows its story
    arts = {a["id"]: a for a in client.get("/api/articles", params={"limit": 500}).json()["items"]}
    assert arts[m1.article.id]["story"] == {"id": STORY_DAM, "title": DAM_TITLE}
    assert sum(1 for a in arts.values() if a["story"]) == 4


def test_actor_timeline(client, recs):
    aid = _moreau_id(client)
    r = client.get(f"/api/actors/{aid}/timeline")
    assert r.status_code == 200
    tl = r.json()
    assert tl["actor"]["name"] == "Jane Moreau" and tl["total"] >= 2
    dates = [i["published"] for i in tl["items"]]
    assert dates == sorted(dates)
    statements = [i for i in tl["items"] if i["kind"] == "statement"]
    assert any("We will not accept another flood" in i["content"] for i in statements)
    assert any("The engineers need more time" in i["content"] for i in statements)
    assert all(i["story_id"] == STORY_DAM for i in tl["items"])
    assert {i["publisher"] for i in statements} == {"Test Wire", "Lindau Courier"}
    assert all(i["role"] == "interior minister" for i in statements if i["role"]), statements
    only = client.get(f"/api/actors/{aid}/timeline", params={"kind": "statement"}).json()
    assert only["total"] == len(statements) == tl["total"] - sum(1 for i in tl["items"] if i["kind"] == "event")
    paged = [client.get(f"/api/actors/{aid}/timeline", params={"limit": 1, "offset": o}).json()["items"][0] for o in range(tl["total"])]
    assert [(i["kind"], i["id"]) for i in paged] == [(i["kind"], i["id"]) for i in tl["items"]]


def test_search_finds_a_speaker_by_name_and_filters(client):
    aid = _moreau_id(client)
    hers = client.get("/api/attributions", params={"actor": aid, "limit": 500}).json()
    assert hers["total"] >= 2
    for q in ("Jane Moreau", "moreau"):
        res = client.get("/api/search", params={"q": q, "limit": 500}).json()["attributions"]
        found = {t["id"] for t in res["items"]}
        for t in hers["items"]:  # each one of her statements
            assert t["id"] in found, (q, t["content"])
        named = [t for t in res["items"] if t["actor_id"] == aid]
        assert named and all(t["highlights"]["actor_name"] for t in named)
    res = client.get("/api/search", params={"q": "Jane Moreau", "publisher": "Lindau Courier"}).json()
    assert res["attributions"]["items"] and all(t["publisher"] == "Lindau Courier" for t in res["attributions"]["items"])
    assert all(a["publisher"] == "Lindau Courier" for a in res["articles"]["items"])
    res = client.get("/api/search", params={"q": "Jane Moreau", "since": "2025-04-01", "until": "2025-04-30"}).json()
    assert res["attributions"]["items"] and all("2025-04-01" <= t["published"] <= "2025-04-30" for t in res["attributions"]["items"])
    res = client.get("/api/search", params={"q": "dam", "story": STORY_DAM, "limit": 500}).json()
    assert {a["story"]["id"] for a in res["articles"]["items"]} == {STORY_DAM} and res["articles"]["total"] == 2
    res = client.get("/api/search", params={"q": "engineers"}).json()
    hit = next(t for t in res["attributions"]["items"] if "engineers" in t["content"])
    assert [hit["content"][s:e].lower() for s, e in hit["highlights"]["content"]] == ["engineers"]
    art = res["articles"]["items"][0]
    assert all(art["snippet"][s:e].lower().startswith("engineer") for s, e in art["highlights"]["snippet"])


WIRE_REWRITE = """Geneva deal caps Sarokh Dam releases after Oren floods

GENEVA, March 5 - Talvera agreed in Geneva to keep releases from its Sarokh Dam below 900 cubic metres per second until engineers inspect it, and to pay $40 million into a relief fund for Mirendi's flooded Lower Oren province, UN special envoy Helena Castellane said.

At least 23 people were killed when water surged through the damaged spillway on Feb. 24. Mirendi's Foreign Minister Selin Oduya accused Talvera of withholding data on the dam's condition for months.

Talvera's Minister of Energy and Water, Radek Volsin, rejected the accusation as "politically motivated" and said the failure was caused by rainfall 60% above the seasonal average.
"""


def test_posted_article_joins_its_story(tmp_path, monkeypatch):
    """POST /api/articles places the article as `newsgraph ingest` does (it was stored in no
    story): a rewrite of the wire's report joins the sample's story, with its reuse of the wire;
    an unrelated article opens its own; posting it again changes nothing."""
    from newsgraph.api import create_app
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.store import open_store

    sample = analysed_records()[3:]  # the bundled sample's eight reports (after the three written here)
    assert len(sample) == 8
    store = open_store(str(tmp_path / "s.db"))
    store.add_many(sample)
    add_to_stories(store, sample)
    [oren] = store.stories()["items"]
    store.close()
    monkeypatch.setenv("NEWSGRAPH_TOKEN", "s3cret-token")
    auth = {"Authorization": "Bearer s3cret-token"}
    with TestClient(create_app(str(tmp_path / "s.db"))) as c:
        r = c.post("/api/articles", json={"text": WIRE_REWRITE, "published": "2025-03-05", "publisher": "Harbour Post"}, headers=auth)
        assert r.status_code == 201, r.text
        aid = r.json()["id"]
        st = c.get(f"/api/stories/{oren['id']}").json()
        assert aid in [a["id"] for a in st["articles"]] and st["n_articles"] == oren["n_articles"] + 1
        assert any(x["target"]["id"] == aid and x["source"]["publisher"] == "Wirenews" for x in st["reuse"])
        other = c.post("/api/articles", json={"text": POSTED, "published": "2025-06-01", "publisher": "Kessa Post"}, headers=auth).json()["id"]
        [item] = c.get("/api/articles", params={"publisher": "Kessa Post"}).json()["items"]
        assert item["story"] and item["story"]["id"] != oren["id"]
        stories = c.get("/api/stories").json()
        assert c.post("/api/articles", json={"text": POSTED}, headers=auth).status_code == 200
        assert c.get("/api/stories").json() == stories and other == item["id"]


def test_posted_articles_make_stories_in_a_store_filled_through_the_api(tmp_path, monkeypatch):
    """A store that only the API fills: its first posted article opens a story, and a report of
    the same event posted next joins it."""
    from newsgraph.api import create_app

    monkeypatch.setenv("NEWSGRAPH_TOKEN", "s3cret-token")
    auth = {"Authorization": "Bearer s3cret-token"}
    wire = (SAMPLE / "wirenews-oren-talks.txt").read_text(encoding="utf-8")
    with TestClient(create_app(str(tmp_path / "api-only.db"))) as c:
        first = c.post("/api/articles", json={"text": wire, "published": "2025-03-04", "publisher": "Wirenews"}, headers=auth)
        second = c.post("/api/articles", json={"text": WIRE_REWRITE, "published": "2025-03-05", "publisher": "Harbour Post"}, headers=auth)
        assert first.status_code == second.status_code == 201
        [story] = c.get("/api/stories").json()["items"]
        assert story["n_articles"] == 2 and story["outlets"] == ["Wirenews", "Harbour Post"]
