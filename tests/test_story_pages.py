"""What a user sees across reports (issue 19 point 6), on a real store: part of the fifth invented
corpus (tests/data/corpus/invented5: a wire story updated twice and its rewrites, the ministers'
talks, the mine) ingested as `newsgraph ingest` does, with its stories placed online, served by
the real app (TestClient) and, for the browsing, Chromium.

Each test here failed on the pages as they were before the fix it names: reuse items that named
only outlets (three "Tidemark News reuses the wording of Tidemark News" items), disagreements
without their article, a timeline without the role held on the date where a report named none,
a search that filtered by an outlet nobody is called ("Tidemark") or a story that does not exist
and answered "no attributions match", no story filter on the search form, words run together
("Ferlach(Transport Minister)", "indirect·"), links to a quotation whose anchor was never
printed, an "unknown" outlet linking to every article, and a text summary with "1 reports" and
passages broken over lines.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402

HERE = Path(__file__).resolve().parent
INVENTED5 = HERE / "data" / "corpus" / "invented5"
SAMPLE_TNB = HERE.parent / "data" / "sample" / "tnb-sarokh-protocol.html.gz"
FILES = [
    "tidemark-brask-derailment.txt", "tidemark-brask-derailment-update1.txt", "tidemark-brask-derailment-update2.txt",
    "headlinehub-brask-train.html", "midlandledger-gallovia-train.html", "galloviaherald-brask-derailment.html",
    "galloviaherald-rail-opinion.html", "ags-rail-safety-talks.txt", "serrantcourier-rail-talks.html",
    "gtv-tarsk-mine.txt", "galloviaherald-tarsk-mine.html",
]
# a report with no outlet named anywhere (a plain note), to see how the pages name no outlet
NOTE = ("Harbour note\n\nThe ferry Kessa Star was held in port on Friday after a fault in its steering gear was found "
        "during a routine check, the harbour master said. Passengers were moved to the afternoon sailing.\n")


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from newsgraph.collect import ingest
    from newsgraph.store import open_store

    d = tmp_path_factory.mktemp("stories")
    note = d / "harbour-note.txt"
    note.write_text(NOTE, encoding="utf-8")
    db = str(d / "news.db")
    store = open_store(db)
    try:
        # with the sample's TNB report, whose headline is read as two attributions of one quotation
        ingest([str(INVENTED5 / f) for f in FILES] + [str(note), str(SAMPLE_TNB)], store)
    finally:
        store.close()
    return db


@pytest.fixture(scope="module")
def client(stored):
    from newsgraph.api import create_app

    with TestClient(create_app(stored)) as c:
        yield c


def _articles(client) -> dict[str, dict]:
    return {a["id"]: a for a in client.get("/api/articles", params={"limit": 100}).json()["items"]}


def _stories(client) -> list[dict]:
    return [client.get(f"/api/stories/{s['id']}").json() for s in client.get("/api/stories", params={"limit": 100}).json()["items"]]


def _story_with_same_outlet_reuse(client) -> dict:
    """The derailment story: it holds reuse between two reports of one outlet (the wire's
    versions)."""
    for st in _stories(client):
        if any(r["source"]["publisher"] == r["target"]["publisher"] for r in st["reuse"]):
            return st
    pytest.fail("no story with reuse between two reports of one outlet")


def _story_with_disagreements(client) -> dict:
    for st in _stories(client):
        if st["disagreements"]:
            return st
    pytest.fail("no story with a disagreement")


def _actor(client, name: str) -> int:
    items = client.get("/api/actors", params={"q": name, "limit": 50}).json()["items"]
    ids = [a["id"] for a in items if a["name"] == name]
    assert ids, items
    return ids[0]


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


# --- the story page -------------------------------------------------------------------------


def test_reuse_items_name_their_articles_not_only_outlets(client):
    st = _story_with_same_outlet_reuse(client)
    html = client.get(f"/stories/{st['id']}").text
    items = html.split('<section class="reuse">', 1)[1].split("</section>", 1)[0].split('<article class="reuse-item">')[1:]
    assert len(items) == len(st["reuse"])
    for r, item in zip(st["reuse"], items):
        meta = item.split("</p>", 1)[0]
        src = re.search(r'<a class="source-article" href="/articles/(\w+)">([^<]*)</a>', meta)
        tgt = re.search(r'<a class="target-article" href="/articles/(\w+)">([^<]*)</a>', meta)
        assert src and tgt, meta
        assert src.group(1) == r["source"]["id"] and tgt.group(1) == r["target"]["id"]
        # each article by its title (autoescaped as the page prints it)
        assert _text(src.group(2)) == _text(r["source"]["title"].replace("'", "&#39;"))
        assert _text(tgt.group(2)) == _text(r["target"]["title"].replace("'", "&#39;"))
    # so two items of one outlet's reports are told apart
    same = [i for i, r in enumerate(st["reuse"]) if r["source"]["publisher"] == r["target"]["publisher"]]
    metas = [_text(items[i].split("</p>", 1)[0]) for i in same]
    assert len(set(metas)) == len(metas)


def test_disagreement_rows_name_their_article(client):
    st = _story_with_disagreements(client)
    html = client.get(f"/stories/{st['id']}").text
    table = html.split('<table class="disagreements">', 1)[1].split("</table>", 1)[0]
    assert "<th>Article</th>" in table
    assert 'class="date"' not in table  # the article body's date highlight, not a column's style
    rows = re.findall(r"<tr>\s*(?:<th[^>]*>.*?</th>)?(.*?)</tr>", table.split("</thead>", 1)[1], re.S)
    values = [v for d in st["disagreements"] for v in d["values"]]
    assert len(rows) == len(values)
    titles = {a["id"]: a["title"] for a in st["articles"]}
    for row, v in zip(rows, values):
        link = re.search(r'<td class="article"><a href="/articles/(\w+)">([^<]*)</a>', row)
        assert link and link.group(1) == v["article_id"], row
        assert _text(link.group(2)) == _text(titles[v["article_id"]].replace("'", "&#39;"))
        assert (v["publisher"] or "unknown outlet") in row and (v["published"] or "undated") in row
        assert "?passage=" in row  # the figure as printed, linked to its place


# --- the timeline -----------------------------------------------------------------------------


def test_timeline_gives_the_role_held_on_each_date(client):
    ferlach = _actor(client, "Jonas Ferlach")
    page = client.get(f"/api/actors/{ferlach}/timeline", params={"limit": 500}).json()
    items = page["items"]
    dates = [it["published"] for it in items if it["published"]]
    assert dates == sorted(dates) and dates[0] < dates[-1]
    own = [it for it in items if it["role_from"] is None]
    carried = [it for it in items if it["role_from"] is not None]
    # the reports after the first day name him without his office (the opinion column, the talks)
    assert carried and all(it["published"] > dates[0] for it in carried)
    arts = _articles(client)
    for it in items:
        if it["published"]:
            assert it["role"] and "minister" in it["role"].lower(), it
    for it in carried:
        src = it["role_from"]
        # the role as an earlier report gave it: that report names him so, on or before the date
        assert src["published"] <= it["published"]
        rec = client.get(f"/api/articles/{src['article_id']}").json()
        assert arts[src["article_id"]]["published"] == src["published"]
        assert any(a["name"] == "Jonas Ferlach" and a.get("role") == it["role"] for a in rec["actors"]), rec["actors"]
    for it in own:  # an article's own role is kept as it gives it
        rec = client.get(f"/api/articles/{it['article_id']}").json()
        assert any(a["name"] == "Jonas Ferlach" and a.get("role") == it["role"] for a in rec["actors"])
    html = client.get(f"/actors/{ferlach}/timeline").text
    shown = re.findall(r'<span class="role">(.*?)</span>\s*(?:·|</p>)', html, re.S)
    assert sum("as reported " in s for s in shown) == len(carried)
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert "role_from" in schema["TimelineItem"]["properties"]


# --- search -------------------------------------------------------------------------------------


def test_search_names_the_outlets_an_unknown_outlet_may_mean(client):
    html = client.get("/search", params={"q": "Ferlach", "publisher": "Tidemark"}).text
    notice = re.search(r'<p class="notice unknown-outlet">(.*?)</p>', html, re.S)
    assert notice and "No outlet is named “Tidemark”" in notice.group(1)
    links = re.findall(r'href="(/search\?[^"]*)">([^<]*)</a>', notice.group(1))
    assert [t for _, t in links] == ["Tidemark News"]
    followed = client.get(links[0][0].replace("&amp;", "&")).text
    assert "unknown-outlet" not in followed
    hits = followed.split('class="primary results-attributions"', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r'<li class="attribution-row.*?</li>', hits, re.S)
    assert rows and all(", Tidemark News" in r for r in rows)
    # the form offers the stored outlets by name
    datalist = re.search(r'<datalist id="outlet-names">(.*?)</datalist>', followed, re.S).group(1)
    assert {"Tidemark News", "Gallovia Herald", "HeadlineHub"} <= set(re.findall(r'<option value="([^"]*)">', datalist))
    # an outlet as stored, or as typed in other case, gets no notice
    assert "unknown-outlet" not in client.get("/search", params={"q": "Ferlach", "publisher": "tidemark news"}).text


def test_search_for_a_story_that_does_not_exist_says_so(client):
    r = client.get("/search", params={"q": "Ferlach", "story": "s-nothere"})
    assert r.status_code == 404 and "no story with id &#39;s-nothere&#39;" in r.text
    r = client.get("/api/search", params={"q": "Ferlach", "story": "s-nothere"})
    assert r.status_code == 404 and r.json() == {"detail": "no story with id 's-nothere'"}
    st = client.get("/api/stories").json()["items"][0]["id"]
    assert client.get("/api/search", params={"q": "Ferlach", "story": st}).status_code == 200


def test_search_by_a_possessive_finds_the_name(client):
    plain = client.get("/api/search", params={"q": "Ferlach"}).json()
    owned = client.get("/api/search", params={"q": "Ferlach's"}).json()
    assert plain["articles"]["total"] > 0
    assert owned["articles"]["total"] == plain["articles"]["total"]
    assert owned["attributions"]["total"] == plain["attributions"]["total"]


def test_search_rows_are_spaced_and_show_their_story(client):
    html = client.get("/search", params={"q": "Jonas Ferlach"}).text
    hits = html.split('class="primary results-attributions"', 1)[1].split("</section>", 1)[0]
    text = _text(hits)
    assert "Ferlach(" not in text and not re.search(r"\w·", text)
    assert re.search(r"Ferlach \((Transport|Transportation) Minister\)", text)
    rows = re.findall(r'<li class="attribution-row.*?</li>', hits, re.S)
    assert rows and all(re.search(r'story <a class="story" href="/stories/s-\w+">', r) for r in rows)


# --- the article and home pages -------------------------------------------------------------------


def test_every_link_to_a_quotation_lands():
    """Two attributions of one quotation (the headline read twice): both get an anchor."""
    from newsgraph.web.views import Mark, segments

    paras = segments("Minister: Talks will go on", [Mark(10, 26, "q-content", "a", "q1"), Mark(10, 26, "q-content", "b", "q2"),
                                                   Mark(8, 9, "q-cue", "cue", None)])
    segs = [s for p in paras for s in p]
    assert [(s.text, s.anchor, s.more_anchors) for s in segs if s.anchor] == [("Talks will go on", "q1", ["q2"])]


def test_no_link_to_a_missing_anchor_on_any_article_page(client, stored):
    for aid in _articles(client):
        html = client.get(f"/articles/{aid}").text
        ids = set(re.findall(r'\sid="([^"]+)"', html))
        missing = {h for h in re.findall(r'href="#([^"]+)"', html)} - ids
        assert not missing, (aid, missing)


def test_home_names_an_unknown_outlet_without_a_link(client):
    html = client.get("/").text
    box = html.split('<section class="outlets">', 1)[1].split("</section>", 1)[0]
    assert '<a href="/?">' not in box
    assert "unknown outlet" in box


# --- the text summary -------------------------------------------------------------------------


def test_text_summary_reads_as_text(stored):
    from typer.testing import CliRunner

    from newsgraph.cli import app

    r = CliRunner().invoke(app, ["stories", "--db", stored, "--format", "text"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert not re.search(r"\b1 (reports|outlets|passages)\b", r.output)
    assert re.search(r"^   1 report, 1 outlet", r.output, re.M)  # the harbour note's story
    # every line belongs to a story's block: no passage broken over lines
    for line in lines[1:]:
        assert line == "" or line.startswith(("== ", "   ")), line
    # two reports of one outlet on one day, told apart by their ids wherever they are named
    reuse = [x for x in lines if x.startswith("   reuse: ")]
    assert reuse and all(len(re.findall(r"\(\w{16}\)", x)) == 2 for x in reuse)
    values = [x for x in lines if x.startswith("      “") and re.search(r"\(\w{16}\)$", x)]
    assert values and all(re.search(r"”  .+, (\d{4}-\d\d-\d\d|undated) \(\w{16}\)$", x) for x in values)
    assert "unknown outlet: Harbour note" in r.output or "unknown outlet" in r.output


# --- the OpenAPI schema --------------------------------------------------------------------------


def test_schema_describes_the_disagreement_values_as_served(client):
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    props = schema["DisagreementValue"]["properties"]
    st = _story_with_disagreements(client)
    served = {k for d in st["disagreements"] for v in d["values"] for k in v}
    assert served <= set(props), served - set(props)


# --- in Chromium ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(stored):
    import socket
    import threading
    import time

    import uvicorn

    from newsgraph.api import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(stored), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(500):
        if srv.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(5)


from tests.test_web import browser, page  # noqa: E402,F401  (the Chromium fixtures)


def test_browse_story_search_in_chromium(page, server, client):  # noqa: F811
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    st = _story_with_same_outlet_reuse(client)
    page.goto(server + "/stories")
    page.locator("table.stories a", has_text=st["title"]).first.click()
    page.wait_for_url(f"**/stories/{st['id']}")
    # a reuse item's source, by its title, leads to that article
    r = st["reuse"][0]
    page.locator("a.source-article").first.click()
    page.wait_for_url(f"**/articles/{r['source']['id']}")
    assert page.locator("h1").inner_text() == r["source"]["title"]
    # a search for the minister, narrowed to a story through the form's story choice
    page.goto(server + "/search?q=Jonas+Ferlach")
    rows = page.locator(".results-attributions li.attribution-row").all_inner_texts()
    assert any(re.search(r"Jonas Ferlach \(\w+ Minister\)", t) for t in rows)
    assert rows and not any(re.search(r"\w·|\w\(", t) for t in rows)
    options = page.locator("select[name=story] option")
    assert options.count() >= 3  # any story, and the stories he is found in
    page.locator("select[name=story]").select_option(st["id"])
    page.locator("form.search-big button").click()
    page.wait_for_url(re.compile(rf"story={st['id']}"))
    stories = set(page.locator(".results-attributions a.story").evaluate_all("els => els.map(e => e.getAttribute('href'))"))
    assert stories == {f"/stories/{st['id']}"}
    assert page.locator("input[name=story][type=checkbox]").is_checked()
    assert errors == []
