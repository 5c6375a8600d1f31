"""The store (newsgraph.store): schema and migrations, idempotent adds, actors merged across
articles, queries, full-text search, failures, export, ingest with crash and re-run.

Every store test runs against a real SQLite file in tmp_path and, when NEWSGRAPH_TEST_PG_URL is
set (.ci/run sets it), against real PostgreSQL too, each test in a schema of its own.
"""

from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

from newsgraph.record import Actor, Article, Attribution, DateMention, Event, Figure, Record, Span, body_id
from newsgraph.store import EXPORTS, Store, StoreError, open_store, to_pandas
from newsgraph import names as merge
from newsgraph.store.search import fts5_query

PG_URL = os.environ.get("NEWSGRAPH_TEST_PG_URL")
PG_SKIP = "PostgreSQL tests need NEWSGRAPH_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5433/newsgraph_test; .ci/run sets it)"


def pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty store location: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if not PG_URL:
        pytest.skip(PG_SKIP)
    from sqlalchemy import create_engine, text

    from newsgraph.store.db import store_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    eng = create_engine(store_url(PG_URL))
    with eng.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield pg_schema_url(PG_URL, schema)
    finally:
        with eng.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        eng.dispose()


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


# --- records written by hand ----------------------------------------------------------------


def sp(body: str, text: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = body.index(text, i + 1)
    return Span.of(body, i, i + len(text))


def make_record(
    body: str,
    *,
    published: str | None = "2024-05-01",
    publisher: str | None = "Test Wire",
    title: str | None = None,
    actors: list[dict] = (),
    quotes: list[dict] = (),
    figures: list[dict] = (),
    events: list[dict] = (),
) -> Record:
    acts = []
    for i, a in enumerate(actors, 1):
        mention = a.pop("mention", a["name"])
        acts.append(Actor(id=f"a{i}", mentions=[sp(body, mention)] if mention in body else [], **a))
    atts = []
    for q in quotes:
        atts.append(
            Attribution(
                kind=q.get("kind", "direct"),
                speaker=sp(body, q["speaker"]) if q.get("speaker") else None,
                actor=q.get("actor"),
                cue=sp(body, q["cue"]) if q.get("cue") else None,
                content=[sp(body, c) for c in q["content"]],
            )
        )
    figs = [Figure(value=f["value"], unit=f.get("unit"), about=sp(body, f["about"]) if f.get("about") else None, span=sp(body, f["span"])) for f in figures]
    evs = [Event(type=e["type"], source=e.get("source"), target=e.get("target"), span=sp(body, e["span"])) for e in events]
    art = Article(id=body_id(body), body=body, published=published, publisher=publisher, title=title or body.split(".")[0])
    return Record(article=art, actors=acts, attributions=atts, figures=figs, events=evs)


DIOP1 = (
    'Mali\'s Foreign Minister Abdoulaye Diop said the mission had failed. "It is a failure," Diop said. '
    "The United Nations disagreed."
)
DIOP2 = (
    'Abdoulaye Diop, now Mali\'s prime minister, told reporters that the dam talks would go on. '
    '"We will not sign," Diop said of the U.N. proposal.'
)
DIOP3 = 'Senegal\'s envoy Moussa Diop rejected the plan. "Never," Diop said. The UN said nothing.'


def diop_records() -> list[Record]:
    r1 = make_record(
        DIOP1,
        published="2023-06-16",
        publisher="Press TV",
        actors=[
            {"name": "Abdoulaye Diop", "type": "person", "role": "Foreign Minister", "affiliation": "Mali"},
            {"name": "Mali", "type": "country", "code": "MLI"},
            {"name": "United Nations", "type": "organization", "mention": "The United Nations"},
        ],
        quotes=[
            {"speaker": "Abdoulaye Diop", "actor": "a1", "cue": "said", "content": ["the mission had failed"], "kind": "indirect"},
            {"speaker": "Diop", "actor": "a1", "cue": "said", "content": ['"It is a failure,"']},
        ],
        figures=[{"value": 1, "about": "mission", "span": "the mission"}],
        events=[{"type": "REJECT", "source": "a3", "target": "a1", "span": "disagreed"}],
    )
    r2 = make_record(
        DIOP2,
        published="2024-02-01",
        publisher="Wirenews",
        actors=[
            {"name": "Abdoulaye Diop", "type": "person", "role": "prime minister", "affiliation": "Mali"},
            {"name": "Mali", "type": "country"},  # no code: found from the name
            {"name": "U.N.", "type": "organization"},
        ],
        quotes=[
            {"speaker": "Abdoulaye Diop", "actor": "a1", "cue": "told", "content": ["that the dam talks would go on"], "kind": "indirect"},
            {"speaker": "Diop", "actor": "a1", "cue": "said", "content": ['"We will not sign,"']},
        ],
        events=[{"type": "REJECT", "source": "a1", "target": ["a3"], "span": "We will not sign"}],
    )
    r3 = make_record(
        DIOP3,
        published="2024-03-01",
        publisher="Press TV",
        actors=[
            {"name": "Diop", "type": "person", "role": "envoy", "affiliation": "Senegal", "mention": "Moussa Diop"},
            {"name": "Senegal", "type": "country", "code": "SEN"},
            {"name": "UN", "type": "organization"},
        ],
        quotes=[{"speaker": "Diop", "actor": "a1", "cue": "said", "content": ['"Never,"'], "kind": "direct"}],
    )
    return [r1, r2, r3]


def actor_by_name(store: Store, name: str, type: str | None = None) -> list[dict]:
    return [a for a in store.actors(q=name, type=type, limit=100)["items"] if a["name"] == name]


# --- schema and migrations --------------------------------------------------------------------


def test_open_creates_schema_at_head_and_reopens(db_url):
    from sqlalchemy import inspect

    from newsgraph.store.db import current_revision, head_revision

    s = open_store(db_url)
    assert current_revision(s.engine) == head_revision() == "0005"
    names = set(inspect(s.engine).get_table_names())
    assert {"articles", "actors", "actor_keys", "article_actors", "mentions", "attributions", "figures", "dates", "events", "event_actors", "failures", "alembic_version"} <= names
    assert {"stories", "story_articles", "article_profiles", "story_terms", "term_df", "reuse", "disagreements"} <= names
    assert {"feeds", "feed_items"} <= names
    s.close()
    s2 = open_store(db_url)  # a second open is an upgrade to where it is: nothing to do
    assert current_revision(s2.engine) == "0005"
    s2.close()


def test_migrations_match_the_tables(store):
    """What the migration creates is what schema.py declares (autogenerate finds no change)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from newsgraph.store.schema import include_object, metadata

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": False})
        diff = compare_metadata(ctx, metadata)
    assert diff == []


def test_migrations_shipped_in_the_package():
    from newsgraph.store.db import MIGRATIONS

    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "versions" / "0001_initial.py").is_file()
    assert (MIGRATIONS / "versions" / "0002_stories.py").is_file()
    assert (MIGRATIONS / "versions" / "0003_feeds.py").is_file()
    assert (MIGRATIONS / "versions" / "0004_attribution_acts.py").is_file()
    assert (MIGRATIONS / "versions" / "0005_attribution_where.py").is_file()
    assert (MIGRATIONS / "__init__.py").is_file() and (MIGRATIONS / "versions" / "__init__.py").is_file()


def test_default_location_is_newsgraph_db_in_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = open_store()
    s.close()
    assert (tmp_path / "newsgraph.db").is_file()


def test_unreachable_postgresql_is_one_line():
    with pytest.raises(StoreError) as ei:
        open_store("postgresql://someone:secret@127.0.0.1:1/nothing")
    msg = str(ei.value)
    assert msg == "cannot open the store at postgresql://someone:***@127.0.0.1:1/nothing: connection refused"
    assert "secret" not in msg


def test_not_a_database_file(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match=r"cannot open the store at .*notes\.db: file is not a database"):
        open_store(str(p))


# --- adding records ----------------------------------------------------------------------------


def test_add_is_idempotent_and_get_record_is_exact(store):
    r1, r2, _ = diop_records()
    r1.dates.append(DateMention(value="2023-06-16", span=sp(DIOP1, "Mali"), where="caption", caption=0))
    r1.actors[0].label = "PERSON"
    aid, new = store.add(r1)
    assert (aid, new) == (r1.article.id, True)
    assert store.add(r1) == (aid, False)
    # the same body with other metadata is the same article: stored once
    again = r1.model_copy(deep=True)
    again.article.publisher = "Someone Else"
    assert store.add(again) == (aid, False)
    assert store.add_many([r2, r2]) == [(r2.article.id, True), (r2.article.id, False)]
    assert store.has_article(aid) and not store.has_article("0" * 16)
    back = store.get_record(aid)
    assert back == r1
    assert back.to_json() == r1.to_json()
    assert back.dates[-1].where == "caption"
    assert store.get_record("nope") is None
    assert store.stats()["articles"] == 2


def test_add_fills_an_empty_article_id(store):
    rec = make_record("A body without an id given.")
    rec.article.id = ""
    aid, new = store.add(rec)
    assert new and aid == body_id(rec.article.body)
    assert store.get_record(aid).article.id == aid


# --- actors across articles ---------------------------------------------------------------------


def test_merge_keys_persons():
    P = lambda n: merge.actor_keys(Actor(id="a1", name=n, type="person"))  # noqa: E731
    assert P("Abdoulaye Diop") == P("ABDOULAYE  DIOP") == P("Mr. Abdoulaye Diop") == ["person:abdoulaye diop"]
    assert P("José Ramos-Horta") == P("Jose Ramos Horta")
    assert P("Diop") == []  # a surname alone never merges across articles
    assert P("President Macron") == []  # the title is no name
    assert P("the minister") == [] and P("a spokesperson for UN peacekeeping") == []
    assert P("Ursula von der Leyen") == ["person:ursula von der leyen"]
    assert P("Moussa Diop") != P("Abdoulaye Diop")


def test_merge_keys_countries_orgs_and_types():
    K = lambda n, t, **kw: merge.actor_keys(Actor(id="a1", name=n, type=t, **kw))  # noqa: E731
    assert K("Mali", "country", code="MLI") == K("Mali", "country") == K("Republic of Mali", "country") == ["country:MLI"]
    assert K("U.S.", "country") == K("United States", "country") == K("the United States of America", "country") == ["country:USA"]
    assert K("Britain", "country") == K("UK", "country", code="GB") == ["country:GBR"]
    assert K("Bamako", "country") == ["country:name:bamako"]  # a capital standing for its government
    assert "organization:united nations" in K("UN", "organization")
    assert "organization:united nations" in K("U.N.", "organization")
    assert K("The United Nations", "organization") == ["organization:united nations"]
    assert K("African Union", "organization") != K("Australia", "country")
    assert K("Georgia", "person") == []  # one word; and never the country
    assert K("Something", "other") == []  # what the analysis could not type never merges
    assert "organization:minusma mission" in K("UN mission", "organization", aliases=["MINUSMA mission"])


def test_actors_merge_across_articles(store):
    for r in diop_records():
        store.add(r)
    # Abdoulaye Diop: one actor over two articles, with each article's role at its date
    [ad] = actor_by_name(store, "Abdoulaye Diop")
    assert ad["n_articles"] == 2 and ad["n_attributions"] == 4
    a = store.actor(ad["id"])
    assert a["type"] == "person"
    assert [(r["role"], r["affiliation"], r["published"]) for r in a["roles"]] == [
        ("Foreign Minister", "Mali", "2023-06-16"),
        ("prime minister", "Mali", "2024-02-01"),
    ]
    assert [t["published"] for t in a["attributions"]] == ["2023-06-16", "2023-06-16", "2024-02-01", "2024-02-01"]
    assert a["attributions"][1]["content"] == '"It is a failure,"'
    assert a["attributions"][1]["actor_role"] == "Foreign Minister"
    assert a["attributions"][3]["actor_role"] == "prime minister"
    # the other Diop (surname alone, another article) is another actor
    [md] = actor_by_name(store, "Diop")
    assert md["id"] != ad["id"] and md["n_attributions"] == 1
    # Mali with and without its code: one country
    [mali] = actor_by_name(store, "Mali")
    assert mali["code"] == "MLI" and mali["n_articles"] == 2
    # United Nations, U.N. and UN: one organisation, with its other names
    [un] = actor_by_name(store, "United Nations")
    assert un["n_articles"] == 3
    assert set(store.actor(un["id"])["aliases"]) == {"U.N.", "UN"}
    assert store.actors(q="U.N.")["items"][0]["id"] == un["id"]  # found by alias
    # events over time, and who appears beside whom
    assert [(e["type"], e["role"], e["published"]) for e in a["events"]] == [
        ("REJECT", "target", "2023-06-16"),
        ("REJECT", "source", "2024-02-01"),
    ]
    assert a["events"][0]["others"] == [{"id": un["id"], "name": "United Nations", "role": "source"}]
    co = {c["name"]: c["n_articles"] for c in a["cooccurring"]}
    assert co == {"Mali": 2, "United Nations": 2}
    assert store.actor(999999) is None and store.actor("not-an-id") is None
    assert store.actor(str(ad["id"]))["id"] == ad["id"]


def test_roles_over_time_whatever_the_order_of_adding(store):
    r1, r2, _ = diop_records()
    body = "Abdoulaye Diop, Mali's Foreign Minister, flew to Dakar."
    r4 = make_record(body, published="2023-09-01", actors=[{"name": "Abdoulaye Diop", "type": "person", "role": "Foreign Minister", "affiliation": "Mali"}])
    undated = make_record("Abdoulaye Diop spoke.", published=None, actors=[{"name": "Abdoulaye Diop", "type": "person", "role": "Foreign Minister", "affiliation": "Mali"}])
    for r in (r2, undated, r4, r1):  # newest first, then older: the first use must move back
        store.add(r)
    [ad] = actor_by_name(store, "Abdoulaye Diop")
    roles = store.actor(ad["id"])["roles"]
    assert [(r["role"], r["published"], r["last_published"], r["n_articles"], r["article_id"]) for r in roles] == [
        ("Foreign Minister", "2023-06-16", "2023-09-01", 3, r1.article.id),
        ("prime minister", "2024-02-01", "2024-02-01", 1, r2.article.id),
    ]


def test_actor_ids_are_stable(store, db_url):
    r1, r2, r3 = diop_records()
    store.add(r1)
    [ad] = actor_by_name(store, "Abdoulaye Diop")
    store.close()
    s2 = open_store(db_url)
    s2.add(r2)
    s2.add(r3)
    assert actor_by_name(s2, "Abdoulaye Diop")[0]["id"] == ad["id"]
    s2.close()


# --- queries -------------------------------------------------------------------------------------


def test_articles_newest_first_filters_and_pages(store):
    recs = [
        make_record("First story about the dam.", published="2024-01-01", publisher="A"),
        make_record("Second story about the river.", published="2024-03-01", publisher="B"),
        make_record("Third story, undated.", published=None, publisher="A"),
        make_record("Fourth story about the dam and the river.", published="2024-02-01", publisher="A"),
    ]
    store.add_many(recs)
    page = store.articles()
    assert page["total"] == 4 and page["limit"] == 50 and page["offset"] == 0
    assert [i["published"] for i in page["items"]] == ["2024-03-01", "2024-02-01", "2024-01-01", None]
    item = page["items"][0]
    assert set(item) >= {"id", "title", "publisher", "published", "url", "n_actors", "n_attributions", "n_figures", "n_dates", "n_events"}
    assert store.articles(publisher="A")["total"] == 3
    assert [i["published"] for i in store.articles(since="2024-01-15", until="2024-02-28")["items"]] == ["2024-02-01"]
    assert [i["published"] for i in store.articles(q="dam")["items"]] == ["2024-02-01", "2024-01-01"]
    p2 = store.articles(limit=2, offset=2)
    assert p2["total"] == 4 and [i["published"] for i in p2["items"]] == ["2024-01-01", None]
    assert [i["published"] for i in store.articles(limit=5, offset=3)["items"]] == [None]  # past the dated ones
    assert store.articles(limit=5, offset=9)["items"] == []


def test_attributions_filters(store):
    for r in diop_records():
        store.add(r)
    [ad] = actor_by_name(store, "Abdoulaye Diop")
    allp = store.attributions()
    assert allp["total"] == 5
    assert [t["published"] for t in allp["items"]][:2] == ["2024-03-01", "2024-02-01"]  # newest first
    t = store.attributions(actor=ad["id"], since="2024-01-01")["items"]
    assert len(t) == 2 and {x["actor_name"] for x in t} == {"Abdoulaye Diop"}
    direct = next(x for x in t if x["kind"] == "direct")
    assert direct["content"] == '"We will not sign,"'
    assert direct["cue"] == "said" and direct["speaker"] == "Diop"
    s, e = direct["content_spans"][0]
    assert DIOP2[s:e] == direct["content"]
    assert DIOP2[slice(*direct["cue_span"])] == "said"
    assert DIOP2[slice(*direct["speaker_span"])] == "Diop"
    assert store.attributions(actor=str(ad["id"]))["total"] == 4  # ids as strings, from a URL
    assert store.attributions(actor="nobody")["total"] == 0
    assert store.attributions(q="failure")["total"] == 1
    assert store.attributions(until="2023-12-31")["total"] == 2


def test_search_bodies_and_attributions(store):
    for r in diop_records():
        store.add(r)
    store.add(make_record("Floods hit the valley; dams were overwhelmed.", published="2024-04-01"))
    res = store.search("sign")
    assert res["attributions"]["total"] == 1 and res["attributions"]["items"][0]["content"] == '"We will not sign,"'
    assert res["articles"]["total"] == 1 and res["articles"]["items"][0]["id"] == body_id(DIOP2)
    assert "sign" in res["articles"]["items"][0]["snippet"]
    assert store.search("dam")["articles"]["total"] == 2  # stemmed: dam, dams
    assert store.search('"dam talks"')["articles"]["total"] == 1  # a phrase
    assert store.search("floods OR envoy")["articles"]["total"] == 2
    assert store.search("dam -talks")["articles"]["total"] == 1
    assert store.search("Diop mission")["articles"]["total"] == 1  # all words
    assert store.search("zzzyzx")["articles"]["total"] == 0
    # nothing a user types is a syntax error
    for q in ['"', "AND", "*", ")(", "NEAR(", "-", "a:b", "'; drop table articles; --", "ünïcödé", ""]:
        r = store.search(q)
        assert r["articles"]["total"] >= 0 and r["attributions"]["total"] >= 0
    assert store.stats()["articles"] == 4


def test_fts5_query_quoting():
    assert fts5_query('UN "peace talks" -Mali') == '(("UN" "peace talks")) NOT "Mali"'
    assert fts5_query("dam OR river") == '(("dam") OR ("river"))'
    assert fts5_query("U.N.") == '(("U N"))'
    assert fts5_query("negot*") == '(("negot"*))'
    assert fts5_query('"') is None and fts5_query("-only") is None and fts5_query("") is None


def test_figures_and_stats(store):
    body = "The dam cost $1.2 billion. Some 174 peacekeepers have died. About 3,000 people marched."
    store.add(
        make_record(
            body,
            actors=[{"name": "Amina Touré", "type": "person", "mention": "dam"}],
            quotes=[{"actor": "a1", "content": ["Some 174 peacekeepers have died."], "kind": "indirect"}],
            figures=[
                {"value": 1200000000, "unit": "USD", "about": "dam", "span": "$1.2 billion"},
                {"value": 174, "about": "peacekeepers", "span": "174 peacekeepers"},
                {"value": [2500, 3000], "about": "people", "span": "3,000 people"},
            ],
        )
    )
    page = store.figures(about="PEACE")
    assert page["total"] == 1
    f = page["items"][0]
    assert f["value"] == 174 and f["about"] == "peacekeepers" and f["span"] == "174 peacekeepers"
    assert body[slice(*f["span_offsets"])] == "174 peacekeepers"
    assert store.figures()["total"] == 3
    assert store.figures(about="people")["items"][0]["value"] == [2500, 3000]
    st = store.stats()
    assert (st["articles"], st["actors"], st["attributions"]) == (1, 1, 1)
    assert st["latest"][0]["n_figures"] == 3
    assert st["by_outlet"] == [{"publisher": "Test Wire", "n": 1}]
    assert st["most_quoted"][0]["name"] == "Amina Touré" and st["most_quoted"][0]["n_attributions"] == 1


def test_actors_most_quoted_first(store):
    for r in diop_records():
        store.add(r)
    items = store.actors()["items"]
    assert items[0]["name"] == "Abdoulaye Diop"
    q = [i["n_attributions"] for i in items]
    assert q == sorted(q, reverse=True)
    assert {i["type"] for i in store.actors(type="country")["items"]} == {"country"}
    assert store.actors(q="%")["total"] == 0  # LIKE wildcards are literal


# --- failures ------------------------------------------------------------------------------------


def test_failures_recorded_replaced_and_cleared(store):
    store.add_failure("a.txt", "empty file")
    store.add_failure("b.html", "no article text found on the page")
    store.add_failure("a.txt", "binary file")
    page = store.failures()
    assert page["total"] == 2
    assert {(f["item"], f["reason"]) for f in page["items"]} == {("a.txt", "binary file"), ("b.html", "no article text found on the page")}
    assert all(f["at"][:4].isdigit() and "T" in f["at"] for f in page["items"])
    store.add_many([], resolved=["a.txt"])
    assert [f["item"] for f in store.failures()["items"]] == ["b.html"]


# --- export --------------------------------------------------------------------------------------


def test_export_formats_and_pandas(store, tmp_path):
    import csv

    import pyarrow.parquet as pq

    from newsgraph.store.export import COLUMNS, export

    recs = diop_records()
    for r in recs:
        store.add(r)
    out = tmp_path / "records.jsonl"
    assert export(store, "articles", "jsonl", out) == 3
    back = [Record.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert back == recs
    for what in EXPORTS:
        p = tmp_path / f"{what}.csv"
        n = export(store, what, "csv", p)
        with open(p, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == n and list(rows[0]) == COLUMNS[what]
        pq_path = tmp_path / f"{what}.parquet"
        assert export(store, what, "parquet", pq_path) == n
        t = pq.read_table(pq_path)
        assert t.num_rows == n and t.column_names == COLUMNS[what]
        j = tmp_path / f"{what}.jsonl"
        export(store, what, "jsonl", j)
        assert len(j.read_text(encoding="utf-8").splitlines()) == n
    df = to_pandas("attributions", db=store)
    assert len(df) == 5 and list(df.columns) == COLUMNS["attributions"]
    assert set(df["actor_name"].dropna()) == {"Abdoulaye Diop", "Diop"}
    ev = to_pandas("events", db=store)
    assert list(ev["type"]) == ["REJECT", "REJECT"]
    assert ev["source_names"].tolist() == ["United Nations", "Abdoulaye Diop"]
    actors = to_pandas("actors", db=store)
    assert "U.N.; UN" in actors["aliases"].tolist()
    with pytest.raises(ValueError):
        export(store, "things", "csv", tmp_path / "x.csv")


def test_to_pandas_opens_a_path(tmp_path):
    p = str(tmp_path / "s.db")
    s = open_store(p)
    s.add(diop_records()[0])
    s.close()
    df = to_pandas("articles", db=p)
    assert df["publisher"].tolist() == ["Press TV"]


# --- ingest --------------------------------------------------------------------------------------


def _texts(tmp_path, n: int):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"s{i:02d}.txt").write_text(
            f"Story {i}\n\nThe minister Amina Touré said on Monday that talks number {i} would resume. "
            f"\"We are ready,\" she said.\n",
            encoding="utf-8",
        )
    return folder


def fake_analyse(seen: list[str], crash_after: int | None = None):
    """Articles -> records without the language model; counts what it was given."""

    def analyse(arts):
        if crash_after is not None and len(seen) + len(arts) > crash_after:
            raise KeyboardInterrupt  # the process dies mid-run
        out = []
        for a in arts:
            seen.append(a.id)
            body = a.body
            i = body.index("Amina Touré")
            out.append(
                Record(
                    article=a,
                    actors=[Actor(id="a1", name="Amina Touré", type="person", mentions=[Span.of(body, i, i + 11)])],
                    attributions=[Attribution(kind="indirect", actor="a1", content=[Span.of(body, i + 12, len(body))])],
                )
            )
        return out

    return analyse


def test_ingest_crash_then_rerun_stores_every_article_once(store, tmp_path):
    from newsgraph.collect import ingest

    folder = _texts(tmp_path, 10)
    (folder / "zz-empty.txt").write_text("   \n", encoding="utf-8")
    seen: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        ingest([str(folder)], store, batch_size=3, analyse=fake_analyse(seen, crash_after=7))
    assert store.stats()["articles"] == 6  # two whole batches committed, the third lost
    seen2: list[str] = []
    st = ingest([str(folder), str(folder / "s03.txt")], store, batch_size=3, analyse=fake_analyse(seen2))
    # the stored six were skipped before analysis; the other four analysed once each
    assert len(seen2) == 4 and not set(seen2) & set(seen)
    assert (st.stored, st.skipped, st.failed) == (4, 7, 1)
    assert st.failures[0][0].endswith("zz-empty.txt")
    assert store.stats()["articles"] == 10
    [amina] = actor_by_name(store, "Amina Touré")
    assert amina["n_articles"] == 10 and amina["n_attributions"] == 10
    assert [f["item"] for f in store.failures()["items"]] == [str(folder / "zz-empty.txt")]
    st3 = ingest([str(folder)], store, batch_size=3, analyse=fake_analyse([]))
    assert (st3.stored, st3.skipped) == (0, 10)
    assert store.stats()["articles"] == 10


def test_ingest_bad_items_never_stop_the_batch(store, tmp_path):
    from newsgraph.collect import ingest

    folder = _texts(tmp_path, 4)
    bad_id = body_id((folder / "s01.txt").read_text().split("\n\n", 1)[1])
    base = fake_analyse([])

    def analyse(arts):
        if any("talks number 1 " in a.body for a in arts):
            if len(arts) > 1:
                raise RuntimeError("a stage broke on one article")
            raise RuntimeError("a stage broke")
        return base(arts)

    st = ingest([str(folder), str(tmp_path / "missing.txt")], store, batch_size=4, analyse=analyse)
    assert (st.stored, st.failed) == (3, 2)
    reasons = dict(st.failures)
    assert reasons[str(tmp_path / "missing.txt")] == "no such file"
    assert reasons[str(folder / "s01.txt")] == "analysis failed (RuntimeError: a stage broke)"
    assert store.stats()["articles"] == 3 and not store.has_article(bad_id)
    assert store.failures()["total"] == 2
    assert [x[0] for x in st.items][:4] == [str(folder / f"s0{i}.txt") for i in range(4)]


def test_ingest_a_record_the_database_refuses_fails_alone(store, tmp_path, monkeypatch):
    from newsgraph.collect import ingest

    folder = _texts(tmp_path, 3)
    real_add = store._add

    def picky_add(conn, rec):
        if "talks number 2 " in rec.article.body:
            raise ValueError("value out of range")
        return real_add(conn, rec)

    monkeypatch.setattr(store, "_add", picky_add)
    st = ingest([str(folder)], store, batch_size=3, analyse=fake_analyse([]))
    assert (st.stored, st.failed) == (2, 1)
    assert st.failures == [(str(folder / "s02.txt"), "cannot store the record (ValueError: value out of range)")]
    assert [x[2] for x in st.items] == [None, None, "cannot store the record (ValueError: value out of range)"]
    assert store.stats()["articles"] == 2 and store.failures()["total"] == 1


def test_search_ranks_by_relevance_and_lists_newest_stored_when_too_many_match(store, monkeypatch):
    from newsgraph.store import search as search_mod

    bodies = [
        "The dam held. Rivers rose in the north, roads closed and schools shut for the week as rain went on.",
        "Dam, dam, dam: the dam failed and the dam's spillway broke.",
        "Officials said the dam would be inspected after the rains, along with bridges and roads.",
    ]
    for i, b in enumerate(bodies):
        store.add(make_record(b, published=f"2024-01-0{i + 1}", title=f"Story {i}"))
    res = store.search("dam")["articles"]
    assert res["ranked"] is True and res["total"] == 3
    assert res["items"][0]["title"] == "Story 1"  # the most about dams
    monkeypatch.setattr(search_mod, "RANK_LIMIT", 1)
    res = store.search("dam")["articles"]
    assert res["ranked"] is False and [i["title"] for i in res["items"]] == ["Story 2", "Story 1", "Story 0"]
    assert [i["title"] for i in store.search("dam", limit=1, offset=1)["articles"]["items"]] == ["Story 1"]


# --- stories (kept for the corpus layer: store/stories.py) --------------------------------------


def _story(sid: str, recs: list[Record], **kw) -> dict:
    return {"id": sid, "title": kw.pop("title", f"Story {sid}"), "articles": [r.article.id for r in recs], **kw}


def _reuse(src: Record, tgt: Record, text: str, share: float = 0.4) -> dict:
    s, t = sp(src.article.body, text), sp(tgt.article.body, text)
    return {
        "source": src.article.id,
        "target": tgt.article.id,
        "share": share,
        "credited": False,
        "pairs": [{"source_span": s.model_dump(), "target_span": t.model_dump()}],
    }


def _figure_value(rec: Record, text: str, value: float) -> dict:
    s = sp(rec.article.body, text)
    return {"article_id": rec.article.id, "value": value, "unit": None, "text": text, "span": s.model_dump(),
            "publisher": rec.article.publisher, "published": rec.article.published}


def _without_time(st: dict | None) -> dict | None:
    return None if st is None else {k: v for k, v in st.items() if k != "updated_at"}


def test_stories_put_read_move_and_drop(store):
    r1, r2, r3 = diop_records()
    r4 = make_record("Abdoulaye Diop said the talks would go on. Mali agreed.", published="2024-02-02", publisher="Sahel Daily")
    for r in (r1, r2, r3, r4):
        store.add(r)
    s1 = _story("s-1", [r1, r2, r4], first_seen="2023-06-16", last_seen="2024-02-02", outlets=["Press TV", "Wirenews", "Sahel Daily"])
    store.put_story(s1)
    first = store.story("s-1")
    store.put_story(s1)  # idempotent
    assert _without_time(store.story("s-1")) == _without_time(first)
    assert first["updated_at"][:4].isdigit()
    assert (first["title"], first["first_seen"], first["last_seen"], first["n_articles"], first["n_outlets"]) == (
        "Story s-1", "2023-06-16", "2024-02-02", 3, 3)
    assert first["outlets"] == ["Press TV", "Wirenews", "Sahel Daily"]
    # articles by date, then stored order
    assert [a["id"] for a in first["articles"]] == [r1.article.id, r2.article.id, r4.article.id]
    assert set(first["articles"][0]) == {"id", "title", "publisher", "published", "url"}
    assert first["reuse"] == [] and first["disagreements"] == []
    assert store.article_story(r1.article.id) == {"id": "s-1", "title": "Story s-1"}
    assert store.article_story(r3.article.id) is None and store.article_story("nope") is None
    by_id = {a["id"]: a for a in store.articles()["items"]}
    assert by_id[r2.article.id]["story"] == {"id": "s-1", "title": "Story s-1"} and by_id[r3.article.id]["story"] is None
    assert store.stats()["latest"][0]["story"] is not None or store.stats()["latest"][0]["id"] == r3.article.id

    links = (
        [_reuse(r1, r2, "Abdoulaye Diop"), _reuse(r2, r4, "Abdoulaye Diop", 0.2)],
        [{"kind": "figure", "about": "talks", "values": [_figure_value(r1, "the mission", 1), _figure_value(r2, "the dam talks", 2)]},
         {"kind": "quote", "about": "the plan", "values": [{"article_id": r2.article.id, "value": "We will not sign"},
                                                           {"article_id": r4.article.id, "value": "agreed"}]}],
    )
    store.put_story_links("s-1", *links)
    store.put_story_links("s-1", *links)  # replaced, not added
    st = store.story("s-1")
    assert [(x["source"]["id"], x["target"]["id"], x["share"]) for x in st["reuse"]] == [
        (r1.article.id, r2.article.id, 0.4), (r2.article.id, r4.article.id, 0.2)]  # largest share first
    assert st["reuse"][0]["source"] == {"id": r1.article.id, "title": r1.article.title, "publisher": "Press TV", "published": "2023-06-16"}
    pair = st["reuse"][0]["pairs"][0]
    assert r2.article.body[pair["target_span"]["start"]:pair["target_span"]["end"]] == pair["target_span"]["text"] == "Abdoulaye Diop"
    assert st["reuse"][0]["credited"] is False
    assert [d["kind"] for d in st["disagreements"]] == ["figure", "quote"]
    fig = st["disagreements"][0]
    assert [(v["value"], v["publisher"], v["published"]) for v in fig["values"]] == [(1, "Press TV", "2023-06-16"), (2, "Wirenews", "2024-02-01")]
    quote = st["disagreements"][1]["values"]
    assert quote[1]["publisher"] == "Sahel Daily" and quote[1]["published"] == "2024-02-02"  # filled from the store
    assert store.stories()["items"] == [
        {"id": "s-1", "title": "Story s-1", "first_seen": "2023-06-16", "last_seen": "2024-02-02", "n_articles": 3, "n_outlets": 3,
         "outlets": ["Press TV", "Wirenews", "Sahel Daily"]}
    ]

    # r2 moves to another story: s-1 keeps r1 and r4, loses the reuse and values that involved r2
    store.put_story(_story("s-2", [r2, r3], title="Sahel diplomacy"))
    s1_after = store.story("s-1")
    assert [a["id"] for a in s1_after["articles"]] == [r1.article.id, r4.article.id]
    assert (s1_after["n_articles"], s1_after["n_outlets"], s1_after["outlets"]) == (2, 2, ["Press TV", "Sahel Daily"])
    assert (s1_after["first_seen"], s1_after["last_seen"]) == ("2023-06-16", "2024-02-02")
    assert s1_after["reuse"] == [] and s1_after["disagreements"] == []
    s2 = store.story("s-2")
    # dates and outlets from the articles when the story dict leaves them out
    assert (s2["first_seen"], s2["last_seen"], s2["outlets"], s2["n_articles"]) == ("2024-02-01", "2024-03-01", ["Wirenews", "Press TV"], 2)
    assert store.article_story(r2.article.id) == {"id": "s-2", "title": "Sahel diplomacy"}
    assert [s["id"] for s in store.stories()["items"]] == ["s-2", "s-1"]  # latest last_seen first
    assert [s["id"] for s in store.stories(q="DIPLOMACY")["items"]] == ["s-2"]  # part of the title
    assert [s["id"] for s in store.stories(q="Senegal")["items"]] == ["s-2"]  # words of its articles
    assert [s["id"] for s in store.stories(until="2024-01-01")["items"]] == ["s-1"]
    assert [s["id"] for s in store.stories(since="2024-02-03")["items"]] == ["s-2"]
    assert store.stories(limit=1, offset=1)["items"][0]["id"] == "s-1"

    # a story whose articles all leave is deleted; one that shrinks keeps only what it has
    store.put_story(_story("s-2", [r1, r2, r3, r4], title="All"))
    assert store.story("s-1") is None and store.stories()["total"] == 1
    store.put_story(_story("s-2", [r2]))
    assert [a["id"] for a in store.story("s-2")["articles"]] == [r2.article.id]
    assert store.article_story(r1.article.id) is None
    # articles not stored are skipped; a story with none is not kept
    store.put_story(_story("s-3", []) | {"articles": ["0" * 16]})
    assert store.story("s-3") is None
    store.drop_story("s-2")
    assert store.story("s-2") is None and store.stories()["total"] == 0 and store.article_story(r2.article.id) is None
    store.drop_story("s-2")  # nothing left: no error
    with pytest.raises(ValueError):
        store.put_story_links("s-2", [], [])
    with pytest.raises(ValueError):
        store.put_story({"id": "x" * 33, "articles": [r1.article.id]})
    assert store.story("nope") is None and store.story("x" * 40) is None


def test_profile_counts_every_term_but_indexes_its_strongest(store):
    """term_df counts an article for every term it has (df_terms), the index holds its strongest
    terms only; saving again changes nothing, and a changed profile moves the counts."""
    rec = make_record("The Kessel dam talks went on, Jane Moreau said.", published="2025-03-03", publisher="A")
    store.add(rec)
    aid = rec.article.id
    store.save_profile(aid, {"counts": {"dam": 2}}, ["dam"], ["dam", "talks", "kessel"])
    store.save_profile(aid, {"counts": {"dam": 2}}, ["dam"], ["dam", "talks", "kessel"])
    assert store.term_stats(["dam", "talks", "kessel"]) == (1, {"dam": 1, "talks": 1, "kessel": 1})
    assert [c["article_id"] for c in store.candidates(["talks"])] == []  # not an index term
    assert [c["article_id"] for c in store.candidates(["dam"])] == [aid]
    store.save_profile(aid, {"counts": {"dam": 2}}, ["dam"], ["dam", "river"])
    assert store.term_stats(["talks", "river"]) == (1, {"talks": 0, "river": 1})


def test_profiles_terms_and_candidates(store):
    recs = [
        make_record("The Kessel dam will close, Jane Moreau said.", published="2025-03-03", publisher="A"),
        make_record("Kessel dam closure delayed.", published="2025-04-09", publisher="B"),
        make_record("The river dam held.", published="2025-04-10", publisher="C"),
    ]
    a1, a2, a3 = (r.article.id for r in recs)
    store.add_many(recs)
    assert store.term_stats(["dam"]) == (0, {"dam": 0})
    store.save_profile(a1, {"terms": {"dam": 1.0, "kessel": 2.0}, "published": "2025-03-03"}, ["dam", "kessel", "moreau"])
    store.save_profile(a2, {"terms": {"dam": 1.0}}, ["dam", "kessel", "kessel"])
    store.save_profile(a3, {"terms": {}}, ["dam", "river"])
    expect = (3, {"dam": 3, "kessel": 2, "moreau": 1, "river": 1, "zzz": 0})
    assert store.term_stats(["dam", "kessel", "moreau", "river", "zzz"]) == expect
    store.save_profile(a1, {"terms": {"dam": 1.0, "kessel": 2.0}, "published": "2025-03-03"}, ["moreau", "kessel", "dam"])  # idempotent
    assert store.term_stats(["dam", "kessel", "moreau", "river", "zzz"]) == expect

    c = store.candidates(["dam", "kessel", "river"])
    assert [(x["article_id"], x["shared"]) for x in c] == [(a3, 2), (a2, 2), (a1, 2)]  # ties: newest stored first
    assert c[2]["profile"] == {"terms": {"dam": 1.0, "kessel": 2.0}, "published": "2025-03-03"}
    assert (c[2]["published"], c[2]["publisher"], c[2]["story_id"]) == ("2025-03-03", "A", None)
    assert c[2]["title"] == recs[0].article.title
    assert [(x["article_id"], x["shared"]) for x in store.candidates(["dam", "kessel", "moreau"])] == [(a1, 3), (a2, 2), (a3, 1)]
    # terms in more than max_df articles are left out
    assert [(x["article_id"], x["shared"]) for x in store.candidates(["dam", "kessel", "moreau"], max_df=2)] == [(a1, 2), (a2, 1)]
    assert [x["article_id"] for x in store.candidates(["dam", "kessel", "moreau"], limit=1)] == [a1]
    assert [x["article_id"] for x in store.candidates(["dam", "kessel", "moreau"], exclude=a1)] == [a2, a3]
    assert store.candidates(["zzz"]) == [] and store.candidates([]) == []

    # the article's terms replaced: frequencies follow
    store.save_profile(a1, {"terms": {"flood": 1.0}}, ["dam", "flood"])
    assert store.term_stats(["dam", "kessel", "moreau", "flood"]) == (3, {"dam": 3, "kessel": 1, "moreau": 0, "flood": 1})
    assert store.candidates(["moreau"]) == []

    store.put_story(_story("s-k", recs[:2]))
    prof = store.story_profiles("s-k")
    assert [(p["article_id"], p["story_id"], p["published"], p["publisher"]) for p in prof] == [
        (a1, "s-k", "2025-03-03", "A"), (a2, "s-k", "2025-04-09", "B")]
    assert prof[0]["profile"] == {"terms": {"flood": 1.0}}
    assert store.candidates(["kessel"])[0]["story_id"] == "s-k"
    assert store.story_profiles("nope") == []
    bare = make_record("A report nobody profiled.", published="2025-04-11")
    store.add(bare)
    store.put_story(_story("s-r", [recs[2], bare]))
    assert [(p["article_id"], p["profile"]) for p in store.story_profiles("s-r")] == [(a3, {"terms": {}}), (bare.article.id, {})]
    store.drop_story("s-r")
    assert [r.article.id for r in store.records([a3, "nope", a1])] == [a3, a1]
    assert store.records([a2])[0] == recs[1]
    with pytest.raises(ValueError):
        store.save_profile("nope", {}, ["dam"])
    # long terms are cut as stored
    store.save_profile(a3, {}, ["x" * 300])
    assert store.term_stats(["x" * 300]) == (3, {"x" * 300: 1})


def test_candidates_read_the_index(store):
    """The candidate query reads story_terms by its key (no scan of all articles or terms)."""
    if store.dialect != "sqlite":
        pytest.skip("the query plan is checked on SQLite")
    from sqlalchemy import event

    recs = [make_record(f"Report number {i} on the dam.", published=f"2025-01-{i + 1:02d}") for i in range(5)]
    store.add_many(recs)
    for i, r in enumerate(recs):
        store.save_profile(r.article.id, {}, ["dam", f"t{i}", "report"])
    seen: list[tuple[str, object]] = []
    listener = lambda conn, cur, stmt, params, ctx, many: seen.append((stmt, params))  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        assert len(store.candidates(["dam", "t1"])) == 5
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    [(stmt, params)] = [(s, p) for s, p in seen if "story_terms" in s and "GROUP BY" in s]
    with store.engine.connect() as conn:
        plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + stmt, params))
    assert "SEARCH story_terms USING" in plan and "SCAN story_terms" not in plan, plan
    assert "articles" not in stmt.split("GROUP BY")[0].split("FROM", 1)[1]


def test_actor_timeline_in_date_order(store):
    r1, r2, r3 = diop_records()
    undated = make_record(
        "Abdoulaye Diop spoke again. He said peace would come.", published=None, publisher="Blog",
        actors=[{"name": "Abdoulaye Diop", "type": "person"}],
        quotes=[{"speaker": "He", "actor": "a1", "cue": "said", "content": ["peace would come"], "kind": "indirect"}],
    )
    for r in (r2, undated, r1, r3):  # stored out of date order
        store.add(r)
    store.put_story(_story("s-d", [r1, r2]))
    [ad] = actor_by_name(store, "Abdoulaye Diop")
    tl = store.actor_timeline(ad["id"])
    assert tl["total"] == 7 and tl["actor"] == {"id": ad["id"], "name": "Abdoulaye Diop", "type": "person", "code": None, "aliases": []}
    got = [(i["kind"], i["published"], i.get("content") or i.get("type"), i["role"], i.get("actor_role")) for i in tl["items"]]
    assert got == [
        ("statement", "2023-06-16", "the mission had failed", "Foreign Minister", None),
        ("statement", "2023-06-16", '"It is a failure,"', "Foreign Minister", None),
        ("event", "2023-06-16", "REJECT", "Foreign Minister", "target"),
        ("statement", "2024-02-01", "that the dam talks would go on", "prime minister", None),
        ("statement", "2024-02-01", '"We will not sign,"', "prime minister", None),
        ("event", "2024-02-01", "REJECT", "prime minister", "source"),
        ("statement", None, "peace would come", None, None),
    ]
    first = tl["items"][0]
    assert (first["article_id"], first["publisher"], first["affiliation"], first["story_id"], first["story_title"]) == (
        r1.article.id, "Press TV", "Mali", "s-d", "Story s-d")
    assert first["attribution_kind"] == "indirect" and first["cue"] == "said" and first["speaker"] == "Abdoulaye Diop"
    assert DIOP1[slice(*first["content_spans"][0])] == "the mission had failed"
    ev = tl["items"][2]
    assert ev["span"] == "disagreed" and DIOP1[slice(*ev["span_offsets"])] == "disagreed"
    assert [(o["name"], o["role"]) for o in ev["others"]] == [("U.N.", "source")]  # named as first stored
    assert tl["items"][-1]["story_id"] is None
    # pages put together are the whole, in the same order
    for size in (1, 2, 3):
        pages = [store.actor_timeline(ad["id"], limit=size, offset=o)["items"] for o in range(0, 7, size)]
        assert [(i["kind"], i["id"]) for p in pages for i in p] == [(i["kind"], i["id"]) for i in tl["items"]]
    st = store.actor_timeline(ad["id"], kind="statement")
    assert st["total"] == 5 and {i["kind"] for i in st["items"]} == {"statement"}
    evs = store.actor_timeline(str(ad["id"]), kind="event")
    assert evs["total"] == 2 and [i["actor_role"] for i in evs["items"]] == ["target", "source"]
    assert store.actor_timeline(999999) is None and store.actor_timeline("nobody") is None
    with pytest.raises(ValueError):
        store.actor_timeline(ad["id"], kind="quote")


# --- search: a speaker's name finds what the speaker said ---------------------------------------

HALV1 = (
    "Farmers marched on the capital. \"We will not give up our fields,\" said Piet Halvorsen, the farmers' leader. "
    "He said the dam would flood 3,000 farms."
)
HALV2 = "The farmers' leader warned of hunger. Ministers met the unions. A Halvorsen aide said talks were over."


def halvorsen_records() -> list[Record]:
    r1 = make_record(
        HALV1, published="2025-03-01", publisher="Valley Post",
        actors=[{"name": "Piet Halvorsen", "type": "person", "role": "farmers' leader"}],
        quotes=[
            {"speaker": "Piet Halvorsen", "actor": "a1", "cue": "said", "content": ['"We will not give up our fields,"']},
            {"speaker": "He", "actor": "a1", "cue": "said", "content": ["the dam would flood 3,000 farms"], "kind": "indirect"},
        ],
    )
    r2 = make_record(
        HALV2, published="2025-04-01", publisher="Lindau Courier",
        actors=[{"name": "Piet Halvorsen", "type": "person", "mention": "The farmers' leader"}],
        quotes=[
            {"speaker": "The farmers' leader", "actor": "a1", "cue": "warned", "content": ["of hunger"], "kind": "indirect"},
            {"speaker": "A Halvorsen aide", "cue": "said", "content": ["talks were over"], "kind": "indirect"},
        ],
    )
    return [r1, r2]


def test_search_finds_every_statement_of_a_speaker_by_name(store):
    r1, r2 = halvorsen_records()
    store.add_many([r1, r2, *diop_records()])
    [ph] = actor_by_name(store, "Piet Halvorsen")
    said = {t["content"] for t in store.attributions(actor=ph["id"])["items"]}
    assert said == {'"We will not give up our fields,"', "the dam would flood 3,000 farms", "of hunger"}
    # (a prefix, Halvors*, is full-text syntax in SQLite only; names take it in both)
    assert said <= {t["content"] for t in store.search("Halvors*")["attributions"]["items"]}
    for q, aide in (("Piet Halvorsen", False), ("halvorsen", True), ("HALVORSEN piet", False)):
        res = store.search(q)["attributions"]
        got = [t["content"] for t in res["items"]]
        for content in said:  # each one, however the article named the speaker there
            assert content in got, (q, content)
        # an unresolved speaker is found by the words of the speaker's text
        assert ("talks were over" in got) is aide
        assert res["total"] == len(got) == 3 + aide
        # the named actor's statements first, newest first
        assert got[:3] == ["of hunger", "the dam would flood 3,000 farms", '"We will not give up our fields,"']
        assert store.attributions(q=q)["total"] == 3 + aide
    items = store.search("halvorsen")["attributions"]["items"]
    first = items[0]
    assert first["actor_name"] == "Piet Halvorsen" and first["highlights"]["actor_name"] == [[5, 14]]
    full = store.search("Piet Halvorsen")["attributions"]["items"][0]
    assert full["highlights"]["actor_name"] == [[0, 4], [5, 14]] and full["highlights"]["speaker"] == []
    aide = next(t for t in items if t["content"] == "talks were over")
    assert aide["highlights"]["speaker"] == [[2, 11]] and aide["speaker"][2:11] == "Halvorsen"
    hit = store.search("fields")["attributions"]["items"][0]
    assert hit["content"][slice(*hit["highlights"]["content"][0])] == "fields"
    # one speaker does not bring in another with a word of the name
    assert store.search("Piet Diop")["attributions"]["total"] == 0
    assert store.search("Halvorsen -aide")["attributions"]["total"] == 3
    # filters: outlet, dates, story
    assert store.search("Halvorsen", publisher="Valley Post")["attributions"]["total"] == 2
    assert store.search("Halvorsen", since="2025-03-15")["attributions"]["total"] == 2
    assert store.search("Halvorsen", until="2025-03-15")["attributions"]["total"] == 2
    assert store.search("Halvorsen", since="2025-03-15", until="2025-03-31")["attributions"]["total"] == 0
    store.put_story(_story("s-h", [r2]))
    only = store.search("Halvorsen", story="s-h")
    assert {t["content"] for t in only["attributions"]["items"]} == {"of hunger", "talks were over"}
    assert [a["id"] for a in only["articles"]["items"]] == [r2.article.id]
    assert only["articles"]["items"][0]["story"] == {"id": "s-h", "title": "Story s-h"}
    assert store.search("dam", publisher="Wirenews")["articles"]["total"] == 1
    assert store.search("dam", story="s-h")["articles"]["total"] == 0
    # paging goes through both tiers (the speaker's statements, then the other hits)
    whole = [t["id"] for t in store.search("Halvorsen")["attributions"]["items"]]
    assert [t["id"] for o in range(4) for t in store.search("Halvorsen", limit=1, offset=o)["attributions"]["items"]] == whole
    # article hits: the snippet's words marked
    art = store.search("marched")["articles"]["items"][0]
    assert art["snippet"][slice(*art["highlights"]["snippet"][0])] == "marched"


def test_migration_down_and_up_keeps_the_data_and_indexes_speakers(db_url):
    from alembic import command

    from newsgraph.store.db import alembic_config, current_revision

    s = open_store(db_url)
    s.add_many(halvorsen_records())
    s.put_story(_story("s-h", halvorsen_records()))
    with s.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    assert current_revision(s.engine) == "0001"
    s.close()
    s = open_store(db_url)  # upgraded again: the speakers' words indexed for the rows already there
    assert current_revision(s.engine) == "0005"
    assert store_search_contents(s, "aide") == ["talks were over"]
    assert s.stories()["total"] == 0 and s.stats()["articles"] == 2
    s.close()


def store_search_contents(s: Store, q: str) -> list[str]:
    return [t["content"] for t in s.search(q)["attributions"]["items"]]


def test_search_totals_agree_whichever_way_the_index_is_read(store, monkeypatch):
    """SQLite reads a filtered or name search from the cheaper side (search.py); every way gives
    the same hits."""
    from newsgraph.store import search as search_mod

    r1, r2 = halvorsen_records()
    store.add_many([r1, r2, *diop_records()])
    store.put_story(_story("s-h", [r1, r2]))
    cases = [("halvorsen", {}), ("said", {}), ("Diop", {}), ("Halvorsen", {"story": "s-h"}), ("farmers", {"story": "s-h"}),
             ("leader", {"story": "s-h"}), ("Diop", {"publisher": "Press TV"}), ("halvorsen", {"since": "2025-03-15"})]

    def run():
        out = []
        for q, kw in cases:
            res = store.search(q, **kw)
            out.append((q, res["attributions"]["total"], sorted(t["id"] for t in res["attributions"]["items"]),
                        res["articles"]["total"], sorted(a["id"] for a in res["articles"]["items"])))
        return out

    base = run()
    assert [x[1] for x in base] == [4, 0, 5, 4, 1, 1, 3, 2]  # attributions
    assert [x[3] for x in base] == [2, 5, 3, 2, 2, 2, 2, 1]  # articles
    monkeypatch.setattr(search_mod, "PROBE_COST", 10**6)  # the named rows probed one by one
    assert run() == base
    monkeypatch.setattr(search_mod, "PROBE_COST", 0)  # the hits listed
    assert run() == base
    monkeypatch.setattr(search_mod, "RANK_SCAN", 0)  # a story's hits not ranked
    assert run() == base
    monkeypatch.setattr(search_mod, "PROBE_ROWS", 0)  # a story's rows joined, not probed
    assert run() == base


def test_search_outlet_filter_takes_the_outlet_as_typed(store):
    """The search page's outlet box is free text: "valley post", "the Valley Post" and "VALLEY
    POST" name the outlet stored as "Valley Post" (each found nothing); a name no outlet has
    finds nothing; the articles and the statements are filtered alike, on SQLite and PostgreSQL."""
    store.add_many([*halvorsen_records(), *diop_records()])
    exact = store.search("Halvorsen", publisher="Valley Post")
    assert exact["attributions"]["total"] == 2 and exact["articles"]["total"] >= 1
    for typed in ("valley post", "the Valley Post", "  VALLEY   POST ", "The valley post"):
        got = store.search("Halvorsen", publisher=typed)
        assert got["attributions"]["total"] == 2, typed
        assert {t["publisher"] for t in got["attributions"]["items"]} == {"Valley Post"}, typed
        assert got["articles"]["total"] == exact["articles"]["total"], typed
    assert store.search("Diop", publisher="press tv")["attributions"]["total"] == store.search("Diop", publisher="Press TV")["attributions"]["total"] > 0
    for nobody in ("Valley", "Post", "Valley Post Extra"):
        got = store.search("Halvorsen", publisher=nobody)
        assert got["attributions"]["total"] == got["articles"]["total"] == 0, nobody
    from newsgraph.store.find import outlet_names

    with store.engine.connect() as conn:
        assert outlet_names(conn, "wirenews") == ["Wirenews"] and outlet_names(conn, "Wirenews") == ["Wirenews"]


def test_search_finds_a_speaker_named_with_a_title(store):
    """An analyst types the speaker as the news names them: "Foreign Minister Diop", "Mr. Diop".
    The whole query names no one, so the title is read off: the words after it name the person,
    and each title word is a title of courtesy or a word of a role or affiliation the store
    recorded for that person. A title the person never held ("President Diop") finds none of
    their statements; Senegal's envoy is not Mali's foreign minister."""
    store.add_many([*halvorsen_records(), *diop_records()])
    [ab] = actor_by_name(store, "Abdoulaye Diop")
    his = {t["content"] for t in store.attributions(actor=ab["id"])["items"]}
    assert len(his) == 4
    moussa = {t["content"] for t in store.search("Diop")["attributions"]["items"]} - his
    assert moussa == {'"Never,"'}
    for q in ("Foreign Minister Diop", "foreign minister abdoulaye diop", "Mali's prime minister Diop", "Dr. Abdoulaye Diop"):
        got = {t["content"] for t in store.search(q)["attributions"]["items"]}
        assert got == his, q
        assert store.attributions(q=q)["total"] == len(his), q
    assert {t["content"] for t in store.search("Senegal envoy Diop")["attributions"]["items"]} == moussa
    assert {t["content"] for t in store.search("Mr. Diop")["attributions"]["items"]} == his | moussa
    for q in ("President Diop", "Foreign Office", "envoy Halvorsen"):
        assert store.search(q)["attributions"]["total"] == 0, q
    hit = store.search("Foreign Minister Diop")["attributions"]["items"][0]
    assert hit["actor_name"][slice(*hit["highlights"]["actor_name"][0])] == "Diop"
