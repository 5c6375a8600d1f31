"""The web pages: served HTML (TestClient) and a real browser (Playwright + Debian's chromium).

The store is a real SQLite file filled through analyze_many (see test_api.fill_store); the
browser tests run uvicorn on 127.0.0.1 in a thread.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402

from tests.test_api import (  # noqa: E402
    DAM_TITLE,
    HOSTILE_ABOUT,
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    HOSTILE_TITLE,
    REUSED_1,
    REUSED_2,
    STORY_DAM,
    STORY_HOSTILE,
    fill_store,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
]
TEMPLATES = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "web" / "templates"

M1 = "Minister vows to close the Kessel dam by June"
M2 = "Kessel dam closure delayed, minister says"


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    return fill_store(tmp_path_factory.mktemp("web") / "news.db")


@pytest.fixture(scope="module")
def app(filled):
    from newsgraph.api import create_app

    return create_app(filled[1])


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def recs(filled):
    return {r.article.title: r for r in filled[0]}


# ------------------------------------------------------------------ served HTML


def test_templates_never_mark_text_safe():
    for t in TEMPLATES.glob("*.html"):
        src = t.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*safe\b|autoescape\s+false|Markup\(", src), t.name


def test_hostile_article_is_escaped_in_every_page(client, recs):
    rec = recs[HOSTILE_TITLE]
    pages = [f"/articles/{rec.article.id}", "/", "/search?q=budget", "/search?q=" + quote("Nothing here is hidden")]
    pages += [f"/actors/{a['id']}" for a in client.get("/api/actors", params={"q": "Reyl"}).json()["items"]]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        html = r.text
        assert "<script" not in html.lower(), url
        assert "<img" not in html.lower(), url
        assert "onerror=" not in html.lower().replace("onerror=&#34;", "").replace("onerror=&quot;", ""), url
    art = client.get(f"/articles/{rec.article.id}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in art
    assert "Evil &lt;b&gt;Press&lt;/b&gt;" in art


def test_pages_carry_the_csp(client, recs):
    rid = recs[M1].article.id
    for url in ("/", f"/articles/{rid}", "/actors", "/search?q=dam", "/static/style.css", "/articles/nope", "/actors/abc",
                "/stories", f"/stories/{STORY_DAM}", "/stories/nope", "/actors/1/timeline", "/actors/abc/timeline"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["script-src"] == "'self'"
        assert directives["object-src"] == "'none'" and directives["base-uri"] == "'none'"
        assert directives["frame-ancestors"] == "'none'"
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


def test_unknown_pages_are_html_404(client):
    for url in ("/articles/0123456789abcdef", "/actors/999999", "/actors/abc", "/stories/s-nothing", "/stories/" + "x" * 40,
                "/actors/999999/timeline", "/actors/abc/timeline"):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "Not found" in r.text


def test_article_page_marks_every_span(client, recs):
    rec = recs[M1]
    html = client.get(f"/articles/{rec.article.id}").text
    body = rec.article.body
    # the body is all there, piece by piece
    text = re.sub(r"<[^>]+>", "", html.split('<div class="body">', 1)[1].split("</div>", 1)[0])
    import html as _html

    assert re.sub(r"\s+", " ", _html.unescape(text)).strip() == re.sub(r"\s+", " ", body).strip()
    assert html.count('class="q-content') >= 1 and 'class="q-cue' in html and 'class="q-speaker' in html
    assert len(re.findall(r'class="[^"]*\bfig\b', html)) >= len([f for f in rec.figures])
    assert re.search(r'class="[^"]*\bdate\b', html)
    assert "speaker: Jane Moreau" in html or "said by Jane Moreau" in html
    assert '<details class="removed">' in html


# ------------------------------------------------------------------ the browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(app):
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline or not t.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(5)


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM) or not shutil.which(CHROMIUM):
        pytest.skip(f"no chromium at {CHROMIUM} (Debian's chromium package)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright (Python) is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    ctx.close()


def test_browse_home_article_actor_search(page, server, recs):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    assert page.title().startswith("newsgraph")
    assert page.locator("section.outlets").get_by_text("Lindau Courier").count() == 1
    top = page.request.get(server + "/api/actors?limit=3").json()["items"]  # most quoted first
    for actor in top:
        assert page.locator("section.most-quoted").get_by_role("link", name=actor["name"], exact=True).count() == 1
    # the stylesheet loaded (same origin, allowed by the CSP)
    assert page.evaluate("getComputedStyle(document.querySelector('header.site')).display") == "flex"

    # home -> article
    page.get_by_role("link", name=M1).click()
    page.wait_for_url(f"**/articles/{recs[M1].article.id}")
    assert page.locator("h1").inner_text() == M1
    content = page.locator(".body .q-content", has_text="We will not accept another flood").first
    assert "Jane Moreau" in (content.get_attribute("title") or "")  # the speaker's resolved name on hover
    assert page.locator(".body .q-cue").count() >= 1 and page.locator(".body .q-speaker").count() >= 1
    assert page.locator(".body .fig").count() >= 2 and page.locator(".body .date").count() >= 1
    # distinct styles for content, cue and speaker
    styles = {
        sel: page.locator(f".body {sel}").first.evaluate("e => getComputedStyle(e).backgroundColor + '|' + getComputedStyle(e).color")
        for sel in (".q-content", ".q-cue", ".q-speaker")
    }
    assert len(set(styles.values())) == 3, styles
    removed = page.locator("details.removed")
    assert removed.get_attribute("open") is None  # folded

    # article -> actor, through the side list
    page.locator("aside .attributions").get_by_role("link", name=re.compile("Jane Moreau")).first.click()
    page.wait_for_url(re.compile(r"/actors/\d+$"))
    assert page.locator("h1").inner_text() == "Jane Moreau"
    rows = page.locator("ol.attributions > li")
    assert rows.count() >= 2
    dates = rows.locator("time").all_inner_texts()
    assert dates == sorted(dates)
    assert page.locator("section.cooccurring").get_by_role("link", name="United Nations").count() == 1

    # actor -> search, through the form
    page.locator("header.site input[name=q]").fill("engineers")
    page.locator("header.site button").click()
    page.wait_for_url(re.compile(r"/search\?q=engineers"))
    assert page.locator(".results-articles").get_by_role("link", name=M2).count() == 1
    assert "engineers" in page.locator(".results-attributions").inner_text()
    assert errors == []


def test_hostile_article_renders_inert(page, server, recs):
    rec = recs[HOSTILE_TITLE]
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text))
    for url in (f"/articles/{rec.article.id}", "/", "/search?q=budget"):
        page.goto(server + url)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, url
        assert page.locator("script").count() == 0
        assert page.locator("img").count() == 0
    page.goto(server + f"/articles/{rec.article.id}")
    text = page.locator(".body").inner_text()
    assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert "Evil <b>Press</b>" in page.locator("header .outlet").inner_text()
    time.sleep(0.2)
    assert page.evaluate("window.__pwned") is None


def test_headline_attribution_is_marked_in_the_title(page, server, recs):
    """"Kessel dam closure delayed, minister says": the title's attribution (where="title") is
    highlighted in the headline like a body one, and the side list's link lands on it."""
    rec = recs[M2]
    n = next(i for i, a in enumerate(rec.attributions, 1) if a.where == "title")
    page.goto(server + f"/articles/{rec.article.id}")
    assert page.locator("h1").inner_text() == M2
    content = page.locator("h1 .q-content")
    assert content.inner_text() == "Kessel dam closure delayed" and content.get_attribute("id") == f"q{n}"
    assert "Jane Moreau" in (content.get_attribute("title") or "")
    assert page.locator("h1 .q-cue").inner_text() == "says" and page.locator("h1 .q-speaker").inner_text() == "minister"
    bg = "e => getComputedStyle(e).backgroundColor"
    assert content.evaluate(bg) == page.locator(".body .q-content.q-indirect").first.evaluate(bg) != \
        page.locator("h1").evaluate(bg)
    item = page.locator("aside .attributions li", has_text="in the headline")
    assert item.count() == 1
    item.locator(f"a[href='#q{n}']").click()
    page.wait_for_url(f"**#q{n}")


def test_javascript_urls_are_not_links(page, server, recs):
    page.goto(server + f"/articles/{recs[M2].article.id}")
    assert page.locator("a[href^='javascript']").count() == 0
    assert "javascript:alert(1)" in page.locator("p.url").inner_text()
    page.goto(server + f"/articles/{recs[M1].article.id}")
    assert page.locator("p.url a").get_attribute("href") == "https://wire.example/moreau-1"


def test_search_page_takes_any_query(client):
    for q in ('""', "-", "a OR", '"unclosed', "%", "<script>alert(1)</script>", "x" * 500):
        r = client.get("/search", params={"q": q})
        assert r.status_code == 200, q
        assert "<script>alert" not in r.text
    assert client.get("/search", params={"q": "x" * 501}).status_code == 422
    empty = client.get("/search")
    assert empty.status_code == 200 and 'name="q"' in empty.text


def test_actor_page_is_paged(client):
    aid = client.get("/api/actors", params={"q": "Jane Moreau"}).json()["items"][0]["id"]
    first = client.get(f"/api/actors/{aid}", params={"limit": 1}).json()
    second = client.get(f"/api/actors/{aid}", params={"limit": 1, "offset": 1}).json()
    assert first["n_attributions"] >= 2 and len(first["attributions"]) == 1
    assert first["attributions"][0]["published"] <= second["attributions"][0]["published"]
    assert first["attributions"][0]["content"] != second["attributions"][0]["content"]


def test_serve_command(monkeypatch, filled, tmp_path):
    from typer.testing import CliRunner

    import uvicorn

    from newsgraph.cli import app as cli

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.delenv("NEWSGRAPH_TOKEN", raising=False)
    r = CliRunner().invoke(cli, ["serve", "--db", filled[1], "--port", "8123"])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8123
    with TestClient(seen["app"]) as c:
        assert c.get("/api/articles", params={"limit": 1}).json()["total"] == len(filled[0])
    assert "disabled" in r.output
    bad = CliRunner().invoke(cli, ["serve", "--db", "nosuchdriver://x/y"])
    assert bad.exit_code == 1 and "cannot open the store" in bad.output


def test_serve_with_two_worker_processes_on_loopback(filled):
    """`serve --workers 2`: uvicorn's processes each build the app over the same store."""
    import json as _json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as sk:
        sk.bind(("127.0.0.1", 0))
        port = sk.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", filled[1], "--port", str(port),
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 90
        body = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=5) as r:
                    body = _json.loads(r.read())
                break
            except OSError:
                time.sleep(0.5)
        assert body is not None, proc.stdout.read() if proc.poll() is not None else "no answer in 90 s"
        assert body["total"] == len(filled[0])
        for _ in range(6):  # answers keep coming, whichever process takes them
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as r:
                assert r.status == 200
    finally:
        proc.terminate()
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert "Traceback" not in out, out


def test_highlighting_cuts_the_body_at_every_span():
    from newsgraph.record import Actor, Article, Attribution, DateMention, Figure, Record, Span
    from newsgraph.web.views import article_view

    body = '"We need 40 tonnes by Friday," said the minister, Ana Vel.\n\nLater <b>text</b>.'
    sp = lambda t: Span.of(body, body.index(t), body.index(t) + len(t))  # noqa: E731
    rec = Record(
        article=Article(id="x", body=body),
        actors=[Actor(id="a1", name="Ana Vel", type="person", role="minister", affiliation="Kessan government", mentions=[sp("Ana Vel")])],
        attributions=[Attribution(kind="direct", content=[sp("We need 40 tonnes by Friday,")], cue=sp("said"), speaker=sp("Ana Vel"), actor="a1")],
        figures=[Figure(value=40, unit="tonnes", span=sp("40 tonnes"))],
        dates=[DateMention(value="2025-03-07", span=sp("Friday"))],
    )
    v = article_view(rec, {"a1": "/actors/7"})
    paras = v.paragraphs
    assert len(paras) == 2
    assert "".join(s.text for s in paras[0]) + "\n\n" + "".join(s.text for s in paras[1]) == body
    by_text = {s.text: s for p in paras for s in p}
    fig = by_text["40 tonnes"]
    assert "q-content" in fig.cls and "fig" in fig.cls
    assert fig.title.splitlines()[0].startswith("figure: 40 tonnes")
    assert "said by Ana Vel (minister, Kessan government)" in fig.title
    assert "date" in by_text["Friday"].cls and "q-content" in by_text["Friday"].cls
    assert by_text["said"].cls == "q-cue"
    assert "q-speaker" in by_text["Ana Vel"].cls and "actor" in by_text["Ana Vel"].cls
    assert by_text["We need "].anchor == "q1" and sum(1 for p in paras for s in p if s.anchor) == 1
    assert by_text["Later <b>text</b>."].classes == []
    assert v.attributions[0].actor_href == "/actors/7" and v.attributions[0].speaker_label == "Ana Vel (minister, Kessan government)"


# ------------------------------------------------------------------ stories, timelines, search


def _moreau(client) -> int:
    return next(a["id"] for a in client.get("/api/actors", params={"q": "Moreau"}).json()["items"] if a["name"] == "Jane Moreau")


def test_web_never_imports_the_api():
    """The app (api.py) serves the pages; the pages do not import the app (one-way layering)."""
    import subprocess
    import sys

    code = "import sys, newsgraph.web; assert 'newsgraph.api' not in sys.modules, 'web imported api'"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for f in (TEMPLATES.parent).glob("*.py"):
        assert not re.search(r"^\s*(from\s+(\.\.|newsgraph\.)api\b|import\s+newsgraph\.api\b)", f.read_text(encoding="utf-8"), re.M), f.name


def test_story_and_timeline_pages_are_escaped(client, recs):
    aid = _moreau(client)
    pages = ["/stories", f"/stories/{STORY_DAM}", f"/stories/{STORY_HOSTILE}", f"/actors/{aid}/timeline",
             f"/actors/{aid}/timeline?kind=event", f"/search?q=Moreau&story={STORY_HOSTILE}", "/search?q=" + quote(HOSTILE_SCRIPT),
             f"/articles/{recs[HOSTILE_TITLE].article.id}?passage=0-40", "/search?q=boats&publisher=" + quote("Evil <b>Press</b>")]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        low = r.text.lower()
        assert "<script" not in low and "<img" not in low and "<b>" not in low, url
    hostile = client.get(f"/stories/{STORY_HOSTILE}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in hostile  # the reused passage, as text
    assert "boats &lt;img src=x onerror=" in hostile  # the disagreement's subject, as text
    assert HOSTILE_ABOUT not in hostile


def test_story_page_shows_reuse_and_disagreements(client, recs):
    m1, m2 = recs["Minister vows to close the Kessel dam by June"], recs["Kessel dam closure delayed, minister says"]
    html = client.get(f"/stories/{STORY_DAM}").text
    assert f"<h1>{DAM_TITLE}</h1>" in html
    marks = re.findall(r"<mark>([^<]*)</mark>", html)
    assert marks == [REUSED_1, REUSED_2]
    i = m1.article.body.index(REUSED_1)
    assert f'href="/articles/{m1.article.id}?passage={i}-{i + len(REUSED_1)}#passage"' in html
    assert "not credited" in html and "12%" in html
    table = html.split('<table class="disagreements">', 1)[1].split("</table>", 1)[0]
    assert "people affected" in table and "12,000 people" in table and "3,000 families" in table
    assert "Test Wire" in table and "Lindau Courier" in table and "2025-03-03" in table
    # the articles' pages link to their story; the story lists them by date
    assert html.index(m1.article.id) < html.index(m2.article.id)
    art = client.get(f"/articles/{m1.article.id}").text
    assert f'<a href="/stories/{STORY_DAM}">{DAM_TITLE}</a>' in art
    home = client.get("/").text
    assert f'href="/stories/{STORY_DAM}"' in home and '<a href="/stories">Stories</a>' in home


def test_search_page_marks_hits_and_filters(client):
    html = client.get("/search", params={"q": "Jane Moreau"}).text
    section = html.split('class="primary results-attributions"', 1)[1].split("</section>", 1)[0]
    assert "<mark>Jane</mark> <mark>Moreau</mark>" in section
    aid = _moreau(client)
    n = client.get("/api/attributions", params={"actor": aid}).json()["total"]
    assert section.count(f'href="/actors/{aid}"') >= n  # every statement of hers
    html = client.get("/search", params={"q": "engineers"}).text
    assert re.search(r"<mark>engineers</mark>", html, re.I)
    only = client.get("/search", params={"q": "Moreau", "publisher": "Lindau Courier"}).text
    assert "Test Wire" not in only.split('class="primary results-attributions"', 1)[1] and 'value="Lindau Courier"' in only
    story = client.get("/search", params={"q": "dam", "story": STORY_DAM}).text
    assert f'name="story" value="{STORY_DAM}" checked' in story and DAM_TITLE in story
    assert 'Articles <span class="n">2</span>' in story  # the story's two articles, of the others about dams
    assert client.get("/search", params={"q": "dam", "since": "soon"}).status_code == 422
    assert client.get("/search", params={"q": "dam", "since": "", "until": ""}).status_code == 200  # empty date fields


def test_browse_story_and_timeline(page, server, recs):
    m1 = recs["Minister vows to close the Kessel dam by June"]
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.goto(server + "/")
    page.locator("header.site nav").get_by_role("link", name="Stories").click()
    page.wait_for_url("**/stories")
    page.get_by_role("link", name=DAM_TITLE).click()
    page.wait_for_url(f"**/stories/{STORY_DAM}")
    assert page.locator("h1").inner_text() == DAM_TITLE
    marks = page.locator("section.reuse blockquote mark")
    assert marks.all_inner_texts() == [REUSED_1, REUSED_2]
    # a styled highlight, not the bare text
    assert page.evaluate("getComputedStyle(document.querySelector('section.reuse mark')).backgroundColor") != "rgba(0, 0, 0, 0)"
    rows = page.locator("table.disagreements tbody tr")
    assert rows.count() == 2
    assert "12,000 people" in rows.nth(0).inner_text() and "Test Wire" in rows.nth(0).inner_text()

    # the source passage link: the source article, the passage marked and scrolled to
    page.locator("a.source-passage").first.click()
    page.wait_for_url(re.compile(rf"/articles/{m1.article.id}\?passage=\d+-\d+#passage$"))
    assert "".join(page.locator(".body mark.passage").all_inner_texts()) == REUSED_1
    assert page.locator("#passage").count() == 1 and page.locator("#passage").is_visible()
    # the article's story link leads back
    page.locator("p.story-link a").click()
    page.wait_for_url(f"**/stories/{STORY_DAM}")
    # a disagreement's figure links to its place in the article
    page.locator("a.as-reported", has_text="3,000 families").click()
    page.wait_for_url(re.compile(r"\?passage=\d+-\d+#passage$"))
    assert "".join(page.locator(".body mark.passage").all_inner_texts()) == "3,000 families"

    # the article -> its speaker -> the speaker's timeline
    page.locator("aside .attributions").get_by_role("link", name=re.compile("Jane Moreau")).first.click()
    page.wait_for_url(re.compile(r"/actors/\d+$"))
    page.locator("a.timeline-link").click()
    page.wait_for_url(re.compile(r"/actors/\d+/timeline$"))
    assert page.locator("h1").inner_text() == "Jane Moreau: timeline"
    items = page.locator("ol.timeline > li")
    assert items.count() >= 2
    dates = items.locator("p.meta time").all_inner_texts()
    assert dates == sorted(dates) and dates[0] == "2025-03-03" and dates[-1] == "2025-04-09"
    assert {"Test Wire", "Lindau Courier"} <= set(items.locator(".outlet").all_inner_texts())
    assert "as interior minister" in items.first.inner_text()
    first_quote = items.locator("q.content a").first
    said = first_quote.inner_text()
    first_quote.click()
    page.wait_for_url(re.compile(r"/articles/\w+#q\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    assert page.locator(f"#{anchor}").count() == 1
    assert said.strip("“”\"") [:20] in page.locator("aside .attributions").inner_text()
    page.go_back()
    page.get_by_role("link", name="statements").click()
    page.wait_for_url(re.compile(r"/timeline\?kind=statement$"))
    assert page.locator("ol.timeline > li.tl-event").count() == 0

    # a search for her name: every statement found, her name marked
    page.locator("header.site input[name=q]").fill("Jane Moreau")
    page.locator("header.site button").click()
    page.wait_for_url(re.compile(r"/search\?q=Jane\+Moreau"))
    hits = page.locator(".results-attributions li.attribution-row")
    assert hits.count() >= 2
    assert page.locator(".results-attributions mark", has_text="Moreau").count() >= 2
    page.goto(server + f"/stories/{STORY_HOSTILE}")
    assert page.evaluate("window.__pwned") is None and page.locator("script").count() == 0
    assert HOSTILE_SCRIPT in page.locator("section.reuse").inner_text()
    assert errors == []


def test_quotations_are_shown_once_quoted(client, recs):
    """<q> draws the quotation marks: a direct quotation whose text holds its own ('"We have
    nothing to hide,"' in TNB's report) shows them once, on the search, actor, timeline and article
    pages; a quotation holding another's marks inside keeps every one, so none is left unpaired."""
    from newsgraph.web.views import unquoted

    assert unquoted('"We have nothing to hide,"', [[1, 3], [9, 16]]) == ("We have nothing to hide", [[0, 2], [8, 15]])
    assert unquoted("“Every textbook, every register”")[0] == "Every textbook, every register"
    for kept in ('that it was "a gesture of solidarity"', '"A," he said, "B."', '"unclosed'):
        assert unquoted(kept)[0] == kept
    volsin = next(a["id"] for a in client.get("/api/actors", params={"q": "Volsin"}).json()["items"] if a["name"] == "Radek Volsin")
    tnb = next(r for r in recs.values() if (r.article.publisher or "") == "TNB News")
    pages = {"search": "/search?q=Radek+Volsin", "actor": f"/actors/{volsin}", "timeline": f"/actors/{volsin}/timeline",
             "article": f"/articles/{tnb.article.id}"}
    for name, url in pages.items():
        html = client.get(url).text
        shown = [re.sub(r"<[^>]+>", "", q) for q in re.findall(r'<q class="content">(.*?)</q>', html, re.S)]
        assert any("We have nothing to hide" in q for q in shown), name
        for q in (x.replace("&#34;", '"').strip() for x in shown):
            own_marks = q[:1] in '"“' and q[-1:] in '"”' and not re.search('["“”]', q[1:-1])
            assert not own_marks and not q.endswith(","), (name, q)
