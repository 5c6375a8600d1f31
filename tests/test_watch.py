"""newsgraph watch: feeds and sitemaps served on loopback, followed into a store.

One server (threaded http.server on 127.0.0.1, port 0) serves an RSS feed, an Atom feed and a
news sitemap (through a sitemap index) whose items are the sample's pages, one dead link (404)
and one page robots.txt disallows; every request is logged with its time and headers. Two passes
of `newsgraph watch --once` (Typer's CliRunner, in this process: the model is loaded once) store
every live item exactly once, name the dead link in `newsgraph failures`, send validators and
get 304s on the second pass, keep the politeness delay between requests to the host, and make a
known, bounded number of requests. Backoff (429/5xx, Retry-After, bounded) and the loop's clean
Ctrl-C are tested with a stub analysis and a subprocess.
"""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import watch as feedmod
from newsgraph.record import Record
from newsgraph.store import open_store

from .conftest import SAMPLE
from .test_store import db_url  # noqa: F401  (the fixture: a SQLite file, and a PostgreSQL schema where one is set up)

DELAY = 0.25  # the politeness delay the CLI passes use (seconds)


class Site:
    """A little web site on loopback: routes, a request log, conditional answers for documents."""

    def __init__(self):
        self.routes: dict[str, object] = {}
        self.log: list[dict] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                t = time.monotonic()
                path = self.path.split("?", 1)[0]
                with site.lock:
                    site.log.append({"t": t, "path": path, "headers": {k.lower(): v for k, v in self.headers.items()}})
                    route = site.routes.get(path)
                status, headers, body = route(self) if callable(route) else route if route else (404, {"Content-Type": "text/plain"}, b"not here")
                if status == 200 and "ETag" in headers:
                    if self.headers.get("If-None-Match") == headers["ETag"] or (
                        "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == headers.get("Last-Modified")
                    ):
                        status, body = 304, b""
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def requests(self, since: int = 0) -> list[dict]:
        with self.lock:
            return list(self.log[since:])

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def doc(body: str, kind: str, etag: str) -> tuple[int, dict, bytes]:
    return 200, {"Content-Type": kind, "ETag": etag, "Last-Modified": formatdate(1741000000, usegmt=True)}, body.encode()


def page(name: str) -> tuple[int, dict, bytes]:
    p = SAMPLE / name
    data = p.read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    kind = "text/plain; charset=utf-8" if name.endswith(".txt") else "text/html; charset=utf-8"
    return 200, {"Content-Type": kind}, data


def rss(base: str, links: list[str]) -> str:
    items = "".join(f"<item><title>{i}</title><link>{base}{p}</link><guid>{base}{p}</guid></item>" for i, p in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{base}/</link><description>d</description>{items}</channel></rss>'


def atom(base: str, links: list[str]) -> str:
    entries = "".join(
        f'<entry><title>e{i}</title><id>urn:e{i}</id><updated>2025-03-04T10:00:00Z</updated><link rel="alternate" href="{p if i else base + p}"/></entry>'
        for i, p in enumerate(links)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}/">'
            f'<title>t</title><id>urn:f</id><updated>2025-03-04T10:00:00Z</updated>{entries}</feed>')


def news_sitemap(base: str, links: list[str]) -> str:
    urls = "".join(
        f"<url><loc>{base}{p}</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language>"
        f"</news:publication><news:publication_date>2025-03-04</news:publication_date><news:title>T</news:title></news:news></url>"
        for p in links
    )
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')


def sitemap_index(base: str, paths: list[str]) -> str:
    maps = "".join(f"<sitemap><loc>{base}{p}</loc></sitemap>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'


RSS_PAGES = {
    "/news/atlasbrief.html": "atlasbrief-oren-protocol-explained.html",
    "/news/meridianpost.html": "meridianpost-sarokh-cap.html",
    "/news/orenherald.html": "orenherald-port-asel-march.html",
    "/news/tnb.html": "tnb-sarokh-protocol.html.gz",
}
ATOM_PAGES = {"/text/wirenews.txt": "wirenews-oren-talks.txt", "text/globedispatch.txt": "globedispatch-oren-survivors.txt"}
SITEMAP_PAGES = {"/text/kessafm.txt": "kessafm-aid-convoys.txt", "/text/presshorizon.txt": "presshorizon-oren-dam.txt"}
DEAD = "/news/gone.html"
DISALLOWED = "/private/embargoed.html"


@pytest.fixture(scope="module")
def site():
    s = Site()
    b = s.base
    s.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    s.routes["/rss.xml"] = doc(rss(b, [*RSS_PAGES, DEAD, DISALLOWED]), "application/rss+xml", '"rss-1"')
    s.routes["/atom.xml"] = doc(atom(b, list(ATOM_PAGES)), "application/atom+xml", '"atom-1"')
    # the sitemap lists one of the RSS items again: it is still fetched once
    s.routes["/sitemap-news.xml"] = doc(news_sitemap(b, [*SITEMAP_PAGES, "/news/atlasbrief.html"]), "application/xml", '"sm-1"')
    s.routes["/sitemap.xml"] = doc(sitemap_index(b, ["/sitemap-news.xml"]), "application/xml", '"idx-1"')
    for path, name in {**RSS_PAGES, **ATOM_PAGES, **SITEMAP_PAGES}.items():
        s.routes["/" + path.lstrip("/")] = page(name)
    s.routes[DISALLOWED] = page("meridianpost-sarokh-cap.html")
    yield s
    s.close()


def live_urls(site: Site) -> set[str]:
    return {site.url("/" + p.lstrip("/")) for p in [*RSS_PAGES, *ATOM_PAGES, *SITEMAP_PAGES]}


def cli(*args: str):
    from newsgraph.cli import app

    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def watched(site, tmp_path_factory):
    """Two passes of `newsgraph watch --once` over the three feeds: what each printed and asked."""
    db = str(tmp_path_factory.mktemp("watch") / "w.db")
    feeds = [site.url("/rss.xml"), site.url("/atom.xml"), site.url("/sitemap.xml")]
    args = ["watch", *feeds, "--db", db, "--once", "--allow-private", "--delay", f"{DELAY}s"]
    n0 = len(site.requests())
    first = cli(*args)
    n1 = len(site.requests())
    second = cli(*args)
    return {"db": db, "first": first, "second": second,
            "log1": site.requests(n0)[: n1 - n0], "log2": site.requests(n1)}


def test_two_passes_store_every_live_item_once(watched, site):
    first, second = watched["first"], watched["second"]
    assert first.exit_code == 1, first.output  # the dead link and the disallowed page failed
    out = first.output
    assert f"feed {site.url('/rss.xml')}: 6 items, 4 new, 2 failed" in out
    assert f"feed {site.url('/atom.xml')}: 2 items, 2 new, 0 failed" in out
    assert f"feed {site.url('/sitemap.xml')}: 3 items, 2 new, 0 failed" in out
    assert second.exit_code == 0, second.output
    for f in ("/rss.xml", "/atom.xml", "/sitemap.xml"):
        assert f"feed {site.url(f)}: " in second.output and "(not modified), 0 new, 0 failed" in second.output
    store = open_store(watched["db"])
    try:
        arts = store.articles(limit=100)["items"]
        assert sorted(a["source"] for a in arts) == sorted(live_urls(site))  # each once
        assert len({a["id"] for a in arts}) == 8
    finally:
        store.close()


def test_the_dead_link_and_the_disallowed_page_are_named_in_failures(watched, site):
    res = cli("failures", "--db", watched["db"])
    assert res.exit_code == 0
    assert f"{site.url(DEAD)}: HTTP 404" in res.output
    assert f"{site.url(DISALLOWED)}: disallowed by {site.base}/robots.txt" in res.output
    assert "2 failures" in res.output


def test_each_item_fetched_once_and_robots_respected(watched, site):
    paths = [r["path"] for r in watched["log1"]]
    items = [p for p in paths if p.startswith(("/news/", "/text/", "/private/"))]
    assert sorted(items) == sorted({"/" + p.lstrip("/") for p in [*RSS_PAGES, *ATOM_PAGES, *SITEMAP_PAGES]} | {DEAD})
    assert DISALLOWED not in paths and paths.count("/robots.txt") == 1
    assert paths.index("/robots.txt") < min(paths.index(p) for p in items)
    # a bounded number of requests: 4 documents, robots.txt, 9 items; then the 4 documents again
    assert len(paths) == 4 + 1 + 9
    assert sorted(r["path"] for r in watched["log2"]) == ["/atom.xml", "/rss.xml", "/sitemap-news.xml", "/sitemap.xml"]


def test_second_pass_is_conditional_and_gets_304(watched, site):
    etags = {"/rss.xml": '"rss-1"', "/atom.xml": '"atom-1"', "/sitemap.xml": '"idx-1"', "/sitemap-news.xml": '"sm-1"'}
    for r in watched["log1"]:
        assert "if-none-match" not in r["headers"] and "if-modified-since" not in r["headers"]
    for r in watched["log2"]:
        assert r["headers"]["if-none-match"] == etags[r["path"]]
        assert r["headers"]["if-modified-since"] == formatdate(1741000000, usegmt=True)
    assert "not modified" in watched["second"].output


def test_politeness_delay_between_requests_to_one_host(watched):
    times = [r["t"] for r in watched["log1"]]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= DELAY - 0.005, gaps


def test_private_addresses_refused_without_allow_private(site, tmp_path):
    n0 = len(site.requests())
    res = cli("watch", site.url("/rss.xml"), "--db", str(tmp_path / "p.db"), "--once")
    assert res.exit_code == 1
    assert "refused" in res.output and "loopback" in res.output and "--allow-private" in res.output
    assert site.requests(n0) == []


def test_not_a_url_is_refused(tmp_path):
    res = cli("watch", "feed.xml", "--db", str(tmp_path / "x.db"), "--once")
    assert res.exit_code == 2 and "not an http(s) URL" in res.output


# --- backoff, with a stub analysis (no language model) ---------------------------------------


def stub_analyse(arts):
    return [Record(article=a) for a in arts]


def flaky(answers):
    """A route answering each of `answers` in turn, then the last one again."""
    state = {"n": 0}

    def route(handler):
        i = min(state["n"], len(answers) - 1)
        state["n"] += 1
        return answers[i]

    return route


def test_backoff_honours_retry_after_bounded_and_retries_on_the_next_pass(db_url):  # noqa: F811
    s = Site()
    try:
        b = s.base
        ok = page("wirenews-oren-talks.txt")
        ok2 = page("kessafm-aid-convoys.txt")
        s.routes["/robots.txt"] = (404, {"Content-Type": "text/plain"}, b"")
        s.routes["/sitemap.xml"] = doc(news_sitemap(b, ["/a.txt", "/b.txt"]), "application/xml", '"s"')
        # a: one 503 asking for 1 s, then the page; b: 429 asking for an hour, three times
        s.routes["/a.txt"] = flaky([(503, {"Retry-After": "1", "Content-Type": "text/plain"}, b"busy"), ok])
        s.routes["/b.txt"] = flaky([(429, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"slow down")] * 3 + [ok2])
        store = open_store(db_url)
        w = feedmod.Watcher(store, allow_private=True, delay=0.05, max_backoff=0.6, retries=2, analyse=stub_analyse, stories=False)
        t0 = time.monotonic()
        r1 = w.run_pass([s.url("/sitemap.xml")])
        took = time.monotonic() - t0
        log = s.requests()
        a = [x["t"] for x in log if x["path"] == "/a.txt"]
        bt = [x["t"] for x in log if x["path"] == "/b.txt"]
        assert len(a) == 2 and len(bt) == 3  # b: one try and two retries in the pass
        assert a[1] - a[0] >= 0.6 - 0.01  # Retry-After 1 s, bounded by --max-backoff 0.6 s
        assert all(0.55 <= y - x < 2.0 for x, y in zip(bt, bt[1:]))  # an hour asked, 0.6 s waited
        assert took < 5
        rep = r1.feeds[0]
        assert (rep.items, rep.new, rep.failed) == (2, 1, 1)
        assert r1.failures[0][0] == s.url("/b.txt") and "HTTP 429" in r1.failures[0][1] and "next pass" in r1.failures[0][1]
        assert not r1.complete
        # the next pass: the sitemap answers 304, b is tried again (its failure may pass) and stored
        r2 = w.run_pass([s.url("/sitemap.xml")])
        assert (r2.feeds[0].modified, r2.feeds[0].new, r2.feeds[0].failed) == (False, 1, 0) and r2.complete
        assert store.failures()["total"] == 0  # b's failure is cleared once it is stored
        assert sorted(x["source"] for x in store.articles()["items"]) == [s.url("/a.txt"), s.url("/b.txt")]
        r3 = w.run_pass([s.url("/sitemap.xml")])
        assert r3.requests == 1 and r3.new == 0  # the sitemap alone
        store.close()
    finally:
        s.close()


def test_robots_crawl_delay_and_an_unreadable_robots_txt(tmp_path):
    s = Site()
    try:
        b = s.base
        s.routes["/robots.txt"] = flaky([(503, {"Content-Type": "text/plain"}, b"down"),
                                         (200, {"Content-Type": "text/plain"}, b"User-agent: newsgraph\nCrawl-delay: 1\n")])
        s.routes["/feed.xml"] = doc(rss(b, ["/a.txt", "/b.txt"]), "application/rss+xml", '"f"')
        s.routes["/a.txt"] = page("wirenews-oren-talks.txt")
        s.routes["/b.txt"] = page("kessafm-aid-convoys.txt")
        store = open_store(tmp_path / "r.db")
        w = feedmod.Watcher(store, allow_private=True, delay=0.05, max_backoff=5, analyse=stub_analyse, stories=False)
        r1 = w.run_pass([s.url("/feed.xml")])  # robots.txt unreadable: the items wait for the next pass
        assert (r1.feeds[0].failed, r1.new) == (2, 0) and not r1.complete
        assert all("robots.txt cannot be read (HTTP 503" in why and "next pass" in why for _, why in r1.failures)
        assert [x["path"] for x in s.requests()] == ["/feed.xml", "/robots.txt"]
        r2 = w.run_pass([s.url("/feed.xml")])
        assert r2.new == 2 and r2.complete and store.failures()["total"] == 0
        log = s.requests()
        items = [x["t"] for x in log if x["path"] in ("/a.txt", "/b.txt")]
        assert items[1] - items[0] >= 1 - 0.005  # the site's Crawl-delay (whole seconds), over our 0.05 s
        store.close()
    finally:
        s.close()


def test_document_parsing():
    base = "http://example.org/"
    d = feedmod.parse_document(gzip.compress(news_sitemap("http://example.org", ["/a", "/b#x", "/a"]).encode()), base + "s.xml.gz")
    assert (d.kind, d.items) == ("sitemap", ["http://example.org/a", "http://example.org/b"])
    d = feedmod.parse_document(atom("http://example.org", ["/x", "y/z"]).encode(), base + "atom.xml")
    assert (d.kind, d.items) == ("atom", ["http://example.org/x", "http://example.org/y/z"])
    with pytest.raises(ValueError, match="web page"):
        feedmod.parse_document(b"<!doctype html><html><body>hi</body></html>", base)
    # an entity is never expanded from outside
    evil = b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://example.org/&e;</loc></url></urlset>'
    assert "root:" not in " ".join(feedmod.parse_document(evil, base).items)


def test_durations_and_retry_after():
    assert feedmod.parse_duration("15m") == 900 and feedmod.parse_duration("1h30m") == 5400
    assert feedmod.parse_duration("2") == 2 and feedmod.parse_duration("500ms") == 0.5
    with pytest.raises(ValueError):
        feedmod.parse_duration("soon")
    assert feedmod.retry_after_seconds("120") == 120
    assert feedmod.retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0  # in the past
    assert feedmod.retry_after_seconds("nonsense") is None


# --- the loop ----------------------------------------------------------------------------------


def test_the_loop_ends_cleanly_on_ctrl_c(tmp_path):
    s = Site()
    try:
        s.routes["/empty.xml"] = doc(rss(s.base, []), "application/rss+xml", '"e"')
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        p = subprocess.Popen(
            [sys.executable, "-m", "newsgraph", "watch", s.url("/empty.xml"), "--db", str(tmp_path / "l.db"),
             "--every", "1s", "--allow-private", "--delay", "0.05s"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
            # Ctrl-C as a terminal sends it: the default handler, whatever this process inherited
            # (a SIGINT ignored here, as after some other test's worker pool, would be ignored there too)
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler),
        )
        try:
            # generous bounds: a loaded 2-core machine can take many seconds to start the process
            deadline = time.monotonic() + 90
            # (a third request: the second pass has ended and printed; at the second request alone, a
            # Ctrl-C can land mid-pass on a loaded machine and stop after one)
            while sum(1 for x in s.requests() if x["path"] == "/empty.xml") < 3 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert sum(1 for x in s.requests() if x["path"] == "/empty.xml") >= 3, "the loop made no third pass in 90 s"
            p.send_signal(signal.SIGINT)
            out, _ = p.communicate(timeout=60)
        finally:
            if p.poll() is None:
                p.kill()
        assert p.returncode == 0, out
        assert "Traceback" not in out and "stopped after" in out
        assert "(not modified)" in out  # the second pass was conditional
    finally:
        s.close()
