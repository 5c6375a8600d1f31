"""WARC input: response records read as pages, every other response named with its reason.

A WARC is written at test time from the sample's pages (warcio's writer) and ingested with the
real pipeline: every page stored once, a re-run adds nothing, a run killed after its first
commit and started again ends with every article stored exactly once. Records made to fail
check each reason (not HTML, not an article, not English, cut short, duplicate). The real
Common Crawl excerpt and the clipped news record in ../shared/warc end with every response
stored or named, and no traceback.
"""

from __future__ import annotations

import gzip
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli import app
from newsgraph.errors import InputError
from newsgraph.ingest import Source, iter_sources, iter_warc
from newsgraph.ingest.language import not_english
from newsgraph.pipeline import Item, extract
from newsgraph.store import open_store

from .conftest import REPO, SAMPLE, need_shared

runner = CliRunner()
PAGES = sorted(p for p in SAMPLE.iterdir() if p.name.endswith((".txt", ".html", ".html.gz")))
CRAWLED = "2025-03-07T09:30:00Z"


def _response(w: WARCWriter, url: str, body: bytes, *, ctype: str | None = "text/html; charset=utf-8",
              status: str = "200 OK", http: list[tuple[str, str]] = (), warc: dict | None = None,
              date: str = CRAWLED) -> None:
    headers = ([("Content-Type", ctype)] if ctype else []) + list(http)
    rec = w.create_warc_record(
        url, "response", payload=io.BytesIO(body),
        http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
        warc_headers_dict={"WARC-Date": date, **(warc or {})},
    )
    w.write_record(rec)


def _request(w: WARCWriter, url: str, warc: dict | None = None) -> None:
    rec = w.create_warc_record(
        url, "request", payload=io.BytesIO(b""),
        http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True),
        warc_headers_dict=warc or {},
    )
    w.write_record(rec)


def page_url(p: Path) -> str:
    return f"https://news.example/{p.name.split('.')[0]}"


def write_sample_warc(path: Path) -> Path:
    """The sample's pages as a WARC: HTML as text/html, text files as text/plain, the gzipped
    page with Content-Encoding: gzip; each response after its request, a warcinfo first."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsgraph tests"}))
        for p in PAGES:
            data = p.read_bytes()
            _request(w, page_url(p))
            if p.name.endswith(".html.gz"):
                _response(w, page_url(p), data, http=[("Content-Encoding", "gzip")])
            elif p.suffix == ".txt":
                _response(w, page_url(p), data, ctype="text/plain; charset=utf-8")
            else:
                _response(w, page_url(p), data)
    return path


def responses(path: Path) -> dict[int, str]:
    """offset -> target URI of each response record, read independently of newsgraph."""
    out = {}
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            if rec.rec_type == "response":
                out[it.offset] = rec.rec_headers.get_header("WARC-Target-URI")
    return out


def stored(db: str) -> list[dict]:
    s = open_store(db)
    try:
        return s.articles(limit=1000)["items"]
    finally:
        s.close()


@pytest.fixture(scope="module")
def sample_warc(tmp_path_factory) -> Path:
    return write_sample_warc(tmp_path_factory.mktemp("warc") / "sample.warc.gz")


# ---------------------------------------------------------------- reading


def test_sample_records_become_sources(sample_warc):
    got = list(iter_sources([str(sample_warc)]))
    assert all(isinstance(s, Source) for s in got), [str(s) for s in got if isinstance(s, InputError)]
    offsets = responses(sample_warc)
    assert [s.name for s in got] == [f"{sample_warc}#{o} {u}" for o, u in offsets.items()]
    for s, p in zip(got, PAGES):
        assert s.url == page_url(p) and s.archive == str(sample_warc) and s.fallback_published == "2025-03-07"
        assert s.kind == ("text" if p.suffix == ".txt" else "html")
        data = gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes()
        assert s.content == data.decode("utf-8")  # the gzip content encoding undone
        # the article is the one the file gives
        from_file = extract(Item(content=s.content, kind=s.kind, name=p.name))
        from_warc = extract(Item.from_source(s))
        assert from_warc.id == from_file.id and from_warc.url == page_url(p)
        if from_file.published:  # the page's own date wins over the crawl's
            assert (from_warc.published, from_warc.published_from) == (from_file.published, from_file.published_from)
        else:
            assert (from_warc.published, from_warc.published_from) == ("2025-03-07", "crawl")
    # --published wins over both
    given = extract(Item.from_source(got[0], published="2020-01-02"))
    assert (given.published, given.published_from) == ("2020-01-02", "given")


def test_folder_of_warcs_and_duplicates_across_files(sample_warc, tmp_path):
    plain = write_sample_warc(tmp_path / "sample.warc")  # uncompressed: read as well
    (tmp_path / "sample.warc.gz").write_bytes(sample_warc.read_bytes())
    got = list(iter_sources([str(tmp_path)]))  # sample.warc, then sample.warc.gz
    kept = [s for s in got if isinstance(s, Source)]
    dups = [s for s in got if isinstance(s, InputError)]
    assert [s.url for s in kept] == [page_url(p) for p in PAGES] and all(s.path == str(plain) for s in kept)
    # the same pages in the run's second archive: each named a duplicate of the first's record
    assert len(dups) == len(PAGES)
    assert all(d.item.startswith(f"{tmp_path / 'sample.warc.gz'}#") for d in dups)
    assert all(d.reason.startswith(f"duplicate (same URL as {plain}#") for d in dups)


ENGLISH = (
    "<p>The city council voted on Tuesday to close the old bridge after engineers said that its "
    "supports had been weakened by the floods, and the mayor told reporters that a new crossing "
    "would be built within two years. Residents who live near the river said they were worried "
    "about the longer drive to work, but the council said it had no other choice because the "
    "bridge was no longer safe for cars or for people on foot.</p>"
    "<p>Officials from the regional government, which will pay for most of the work, said they "
    "expected the design to be ready by the end of the summer.</p>"
)


def _page(body: str, *, title: str = "Council closes old bridge", lang: str = "en", head: str = "") -> bytes:
    return (f'<!doctype html><html lang="{lang}"><head><title>{title}</title>{head}</head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode("utf-8")


GERMAN = ("<p>Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, nachdem die "
          "Ingenieure gesagt hatten, dass die Stützen durch das Hochwasser geschwächt worden seien. "
          "Die Bürgermeisterin sagte, dass eine neue Brücke in zwei Jahren gebaut werde und dass "
          "die Anwohner mit einer längeren Fahrt zur Arbeit rechnen müssten, weil es keine andere "
          "Wahl gebe. Die Regierung der Region wird den größten Teil der Arbeiten bezahlen.</p>") * 2
CHINESE = "<p>" + "市议会周二投票决定关闭旧桥，工程师说洪水削弱了桥墩，市长告诉记者两年内将建成新的过桥。" * 6 + "</p>"


def write_reasons_warc(path: Path) -> dict[str, str]:
    """A WARC with one record per reason; returns url -> the start of the reason expected
    (None: stored)."""
    expect: dict[str, str | None] = {}
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)

        def add(url, body, why, **kw):
            expect[url] = why
            _response(w, url, body, **kw)

        add("https://t.example/good", _page(ENGLISH), None)
        add("https://t.example/moved", b"", "not an article (HTTP status 301 to https://t.example/new)",
            status="301 Moved Permanently", http=[("Location", "https://t.example/new")])
        add("https://t.example/gone", _page("<p>Not found</p>"), "not an article (HTTP status 404", status="404 Not Found")
        add("https://t.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not HTML (image/png)", ctype="image/png")
        add("https://t.example/report.pdf", b"%PDF-1.4 ...", "not HTML (application/pdf)", ctype="application/pdf")
        add("https://t.example/lying", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not HTML (binary content: looks like PNG)")
        add("https://t.example/packed", b"\x1b\x00\x00", "not HTML (content encoding x-packed", http=[("Content-Encoding", "x-packed")])
        add("https://t.example/gz-cut", gzip.compress(_page(ENGLISH.replace("bridge", "road")))[:200], "cut short (its gzip content ends early)",
            http=[("Content-Encoding", "gzip")])
        add("https://t.example/gz-bad", b"\x1f\x8b\x08\x00" + b"\xff" * 40, "cut short or damaged (its gzip encoding cannot be undone",
            http=[("Content-Encoding", "gzip")])
        add("https://t.example/truncated", _page(ENGLISH), "cut short (WARC-Truncated: length)", warc={"WARC-Truncated": "length"})
        # a byte changed after the digest was taken (its own gzip member, as the writer makes them)
        raw = io.BytesIO()
        _response(WARCWriter(raw, gzip=False), "https://t.example/damaged", _page(ENGLISH + "<p>x</p>"))
        fh.write(gzip.compress(raw.getvalue().replace(b"old bridge", b"old bridgE")))
        expect["https://t.example/damaged"] = "cut short or damaged (its payload does not match its WARC-Payload-Digest)"
        add("https://t.example/good", _page(ENGLISH + "<p>again</p>"), "duplicate (same URL as ")
        add("https://t.example/copy", _page(ENGLISH), "duplicate (same page as ")
        add("https://t.example/de", _page(GERMAN, lang="de"), "not English (reads as German")
        add("https://t.example/de-as-en", _page(GERMAN, title="Stadtrat schließt alte Brücke"), "not English (reads as German")
        add("https://t.example/zh", _page(CHINESE, title="市议会关闭旧桥", lang="zh"), "not English (mostly Han script)")
        add("https://t.example/zh-title", _page(ENGLISH.replace("bridge", "crossing"), title="市议会关闭旧桥市议会关闭旧桥"),
            "not English (title in Han script)")
        add("https://t.example/menu", _page('<ul><li><a href="/a">Home</a></li><li><a href="/b">About us</a></li></ul>'),
            "not an article (no article text")
        add("https://t.example/short", _page("<p>The council met on Tuesday and voted to close the bridge over the river for repairs, "
                                             "officials said in a short statement to the press.</p>"),
            "not an article (only ")
        add("https://t.example/empty", b"   ", "empty page")
        add("https://t.example/notype", b"User-agent: *\nDisallow: /private\n", "not HTML (no content type", ctype=None)
        # the charset from the HTTP header only: the page names none
        cp = _page(ENGLISH.replace("mayor", "maire, Hélène Côté,"), title="Café council closes bridge").replace(b"charset", b"x")
        add("https://t.example/cp1252", cp.decode("utf-8").encode("cp1252"), None, ctype="text/html; charset=windows-1252")
        # chunked transfer encoding, undone
        body = _page(ENGLISH.replace("bridge", "dam"))
        chunked = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in (body[:500], body[500:])) + b"0\r\n\r\n"
        add("https://t.example/chunked", chunked, None, http=[("Transfer-Encoding", "chunked")])
        _request(w, "https://t.example/never-answered")
    return expect


def test_every_reason(tmp_path):
    path = tmp_path / "reasons.warc.gz"
    expect = write_reasons_warc(path)
    offsets = list(responses(path).items())
    assert len(offsets) == len(expect) + 1  # the URL met twice
    seen_urls: set[str] = set()
    got: dict[str, str | None] = {}
    named = []
    for s in iter_sources([str(path)]):
        if isinstance(s, InputError):
            named.append(s.item)
            url = s.item.split(" ", 1)[1]
            why = s.reason
        else:
            named.append(s.name)
            url = s.url
            try:
                art = extract(Item.from_source(s))
                why = None
                if url.endswith("cp1252"):
                    assert "Hélène Côté" in art.body and art.title == "Café council closes bridge"
                if url.endswith("chunked"):
                    assert "old dam" in art.body
                assert art.language == "en" and art.url == url and art.published == "2025-03-07"
            except InputError as e:
                why = e.reason
        key = url if url not in seen_urls else url + "#2"
        seen_urls.add(url)
        got[key] = why
    # every response named once, by its offset and URL
    assert named == [f"{path}#{o} {u}" for o, u in offsets]
    wanted = dict(expect)
    wanted["https://t.example/good#2"] = wanted.pop("https://t.example/good")
    wanted["https://t.example/good"] = None
    for url, why in wanted.items():
        if why is None:
            assert got[url] is None, (url, got[url])
        else:
            assert got[url] and got[url].startswith(why), (url, got[url], why)


def test_cut_off_file_and_bad_files(tmp_path):
    path = tmp_path / "cut.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        _response(w, "https://t.example/a", _page(ENGLISH))
        end_of_first = fh.tell()
        _response(w, "https://t.example/b", _page(ENGLISH.replace("bridge", "tunnel") * 3))
    data = path.read_bytes()
    path.write_bytes(data[: end_of_first + (len(data) - end_of_first) // 2])  # the second gzip member cut off
    got = list(iter_warc(str(path)))
    assert isinstance(got[0], Source)
    assert isinstance(got[1], InputError) and got[1].item == f"{path}#{end_of_first} https://t.example/b"
    assert got[1].reason.startswith("cut short (the record ends ")
    assert len(got) == 2

    plain = tmp_path / "cut.warc"  # uncompressed, cut in the middle of a record
    with open(plain, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        _response(w, "https://t.example/a", _page(ENGLISH))
    plain.write_bytes(plain.read_bytes()[:-300])
    [e] = list(iter_warc(str(plain)))
    assert isinstance(e, InputError) and e.reason.startswith("cut short")

    for gz in (True, False):  # damaged in the middle: the records after the damage are read
        mid = tmp_path / ("mid.warc.gz" if gz else "mid.warc")
        with open(mid, "wb") as fh:
            w = WARCWriter(fh, gzip=gz)
            _response(w, "https://t.example/a", _page(ENGLISH))
            a_end = fh.tell()
            _response(w, "https://t.example/b", _page(ENGLISH.replace("bridge", "tunnel")))
            b_end = fh.tell()
            _response(w, "https://t.example/c", _page(ENGLISH.replace("bridge", "road")))
        data = bytearray(mid.read_bytes())
        at = (a_end + b_end) // 2
        data[at : at + 40] = b"\x00" * 40 if gz else b"X" * 40
        mid.write_bytes(bytes(data))
        got = list(iter_warc(str(mid)))
        assert [type(x) for x in got] == [Source, InputError, Source]
        assert got[0].url == "https://t.example/a" and got[2].url == "https://t.example/c"
        assert got[2].name == f"{mid}#{b_end} https://t.example/c"
        assert got[1].item.startswith(f"{mid}#{a_end}")
        if gz:
            assert got[1].reason.startswith(f"damaged: bytes {a_end} to {b_end} cannot be read")
        else:
            assert got[1].reason.startswith("cut short or damaged (its payload does not match")

    notwarc = tmp_path / "page.warc.gz"
    notwarc.write_bytes(gzip.compress(b"<html><body>hello</body></html>"))
    [e] = list(iter_sources([str(notwarc)]))
    assert isinstance(e, InputError) and e.item == str(notwarc) and e.reason.startswith("not a WARC file")
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert [str(e) for e in iter_sources([str(empty)])] == [f"{empty}: empty WARC file (no records)"]
    only_requests = tmp_path / "requests.warc.gz"
    with open(only_requests, "wb") as fh:
        _request(WARCWriter(fh, gzip=True), "https://t.example/a")
    [e] = list(iter_sources([str(only_requests)]))
    assert e.reason == "no response records in the WARC file (1 other records)"
    assert [str(e) for e in iter_sources([str(tmp_path / "missing.warc.gz")])] == [f"{tmp_path / 'missing.warc.gz'}: no such file"]


def test_language_test():
    assert not_english("The minister said that the talks would go on after the floods.") is None
    assert not_english(GERMAN) == "not English (reads as German)"
    assert not_english(CHINESE) == "not English (mostly Han script)"
    assert not_english("Привет " * 20) == "not English (mostly Cyrillic script)"
    # a whole page with its menus (strict=False) refuses only what is plainly not English
    assert not_english("Home News Sport Contact " * 10, strict=False) is None
    assert not_english("Home News Sport Contact " * 10).startswith("not English (only 0% English function words")


# ---------------------------------------------------------------- ingest with the real pipeline


def test_sample_warc_ingested_once_and_rerun_adds_nothing(sample_warc, tmp_path):
    db = str(tmp_path / "news.db")
    res = runner.invoke(app, ["ingest", str(sample_warc), "--db", db, "--batch-size", "4"])
    assert res.exit_code == 0, res.output
    assert f"{len(PAGES)} new, 0 already stored, 0 failed" in res.stderr
    arts = stored(db)
    assert sorted(a["url"] for a in arts) == sorted(page_url(p) for p in PAGES)
    assert {a["source"] for a in arts} == {f"{sample_warc}#{o} {u}" for o, u in responses(sample_warc).items()}
    by_url = {a["url"]: a for a in arts}
    assert by_url[page_url(SAMPLE / "presshorizon-oren-dam.txt")]["published"] == "2025-03-07"  # no date on the page
    assert by_url[page_url(SAMPLE / "wirenews-oren-talks.txt")]["published"] == "2025-03-04"  # the page's own
    again = runner.invoke(app, ["ingest", str(sample_warc), "--db", db])
    assert again.exit_code == 0, again.output
    assert f"0 new, {len(PAGES)} already stored, 0 failed" in again.stderr
    assert len(stored(db)) == len(PAGES)


def test_analyze_reads_a_warc(sample_warc):
    res = runner.invoke(app, ["analyze", str(sample_warc), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    from newsgraph.record import Record

    recs = [Record.from_json(line) for line in res.stdout.splitlines()]
    assert [r.article.url for r in recs] == [page_url(p) for p in PAGES]


def test_the_shared_warcs_end_with_every_response_stored_or_named(tmp_path):
    folder = need_shared("warc")
    files = sorted(folder.glob("*.warc.gz"))
    expected = {f"{f}#{o} {u}" for f in files for o, u in responses(f).items()}
    assert len(expected) == 17
    db = str(tmp_path / "cc.db")
    res = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert "Traceback" not in res.output and res.exception is None or isinstance(res.exception, SystemExit)
    s = open_store(db)
    try:
        named = {f["item"]: f["reason"] for f in s.failures(limit=1000)["items"]}
        kept = {a["source"] for a in s.articles(limit=1000)["items"]}
    finally:
        s.close()
    assert kept | set(named) == expected and not kept & set(named)
    reasons = set(named.values())
    assert all(r.startswith(("not HTML", "not an article", "not English", "cut short", "duplicate")) for r in reasons), reasons
    assert any(r.startswith("cut short") for r in reasons)  # the clipped news record
    assert sum(r.startswith("not English") for r in named.values()) >= 10
    for item, reason in named.items():
        assert f"error: {item}: {reason}" in res.stderr
    assert f"{len(kept)} new, 0 already stored, {len(named)} failed" in res.stderr
    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert f"0 new, {len(kept)} already stored, {len(named)} failed" in again.stderr
    assert len(stored(db)) == len(kept)
    # analyze names the same records and reasons
    res = runner.invoke(app, ["analyze", *map(str, files), "--format", "jsonl"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    for item, reason in named.items():
        assert f"error: {item}: {reason}" in res.stderr


def test_killed_after_the_first_commit_and_restarted_stores_every_article_once(sample_warc, tmp_path):
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "newsgraph", "ingest", str(sample_warc), "--db", str(db), "--batch-size", "2"]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    n = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
                        n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
                except sqlite3.Error:
                    n = 0
                if n:
                    break
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest ended before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert 0 < n < len(PAGES)
    first = len(stored(str(db)))
    assert first < len(PAGES)
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert f"{len(PAGES) - first} new, {first} already stored, 0 failed" in r.stderr
    arts = stored(str(db))
    assert len(arts) == len(PAGES) and len({a["url"] for a in arts}) == len(PAGES)
    assert len({a["id"] for a in arts}) == len(PAGES)


def test_content_encodings_undone():
    import zlib

    from warcio.statusandheaders import StatusAndHeaders as H

    from newsgraph.ingest.warc import _undo_encodings

    page = _page(ENGLISH)

    def undo(data, enc):
        return _undo_encodings(data, H("200 OK", [("Content-Encoding", enc)], protocol="HTTP/1.1"))

    assert undo(gzip.compress(page), "gzip") == page
    assert undo(zlib.compress(page), "deflate") == page
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert undo(raw.compress(page) + raw.flush(), "deflate") == page  # raw deflate, as some servers send
    try:
        import brotli
    except ImportError:
        with pytest.raises(Exception, match="no brotli decoder"):
            undo(b"\x1b\x00\x00", "br")
    else:
        assert undo(brotli.compress(page), "br") == page


def _items(xs) -> list[tuple[str, str]]:
    # a damaged stretch's reason ends with warcio's words, which depend on where its reader
    # started ("Invalid WARC record" read on from a record, "Unknown archive format" from scratch)
    return [(x.item, x.reason.split(" (")[0]) if isinstance(x, InputError) else (x.name, x.content) for x in xs]


def test_parts_of_a_gzipped_warc_read_every_record_once(tmp_path):
    """newsgraph batch cuts a .warc.gz into byte ranges: the records that start in each range,
    read part by part, are the whole file's, in order, each once, wherever the cuts fall (in a
    record, on its first byte, in damage)."""
    mid = tmp_path / "mid.warc.gz"
    starts = []
    with open(mid, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, word in enumerate(("bridge", "tunnel", "road", "ferry", "harbour", "canal")):
            starts.append(fh.tell())
            # fixed record ids and dates: the damage below must fall in the same bytes every run
            # (random ids move the gzip members by a few bytes, and where the 40 zeroed bytes land
            # decides whether warcio fails on the record's headers or on its block)
            ids = [f"<urn:uuid:00000000-0000-4000-8000-{2 * i + k:012d}>" for k in (0, 1)]
            _response(w, f"https://t.example/{i}", _page(ENGLISH.replace("bridge", word)),
                      warc={"WARC-Record-ID": ids[0]})
            _request(w, f"https://t.example/{i}", warc={"WARC-Record-ID": ids[1], "WARC-Date": CRAWLED})
    data = bytearray(mid.read_bytes())
    at = (starts[2] + starts[3]) // 2
    data[at:at + 40] = b"\x00" * 40  # damage in the third record
    mid.write_bytes(bytes(data))
    files = [mid]
    excerpt = Path(__file__).resolve().parents[2] / "shared" / "warc" / "cc-main-2020-34-excerpt.warc.gz"
    if excerpt.exists():
        files.append(excerpt)
    for f in files:
        whole = _items(iter_warc(str(f)))
        size = f.stat().st_size
        cut_sets = [[size * i // n for i in range(n + 1)] for n in (2, 3, 5, 11)]
        cut_sets.append([0, starts[1], starts[3], at + 10, size] if f == mid else [0, 1, size // 2, size - 1, size])
        if f == mid:  # a part that opens just before, or on, the damaged record
            cut_sets += [[0, starts[2] - 1, size], [0, starts[2], size], [0, starts[2] + 1, size]]
        for cuts in cut_sets:
            parts = []
            for lo, hi in zip(cuts, cuts[1:]):
                parts += _items(iter_warc(str(f), part=(lo, hi if hi < size else None)))
            assert parts == whole, (f.name, cuts)
    reasons = [r for _, r in _items(iter_warc(str(mid)))]
    assert sum(r.startswith("damaged") for r in reasons) == 1 and len(reasons) == 6  # 5 pages and the damage
