"""newsgraph.ingest: files, folders, standard input and web pages, and every way they fail.

Web tests use a threaded http.server on 127.0.0.1 only. An autouse guard records every
outgoing connection and name lookup and fails the test if anything leaves loopback.
"""

from __future__ import annotations

import codecs
import gzip
import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import Source, iter_sources, read_url
from newsgraph.ingest import decode as dec
from newsgraph.ingest import fetch as fetchmod
from newsgraph.ingest.sources import read_stdin

LOOPBACK = {"127.0.0.1", "::1"}
ARTICLE = "The minister said on Tuesday that talks would resume.\n\nA second paragraph follows.\n"
HTML = (
    "<!DOCTYPE html><html><head><title>T</title></head>"
    "<body><p>The minister said on Tuesday that talks would resume.</p></body></html>"
)


def one(items, **kw):
    out = list(iter_sources(items, **kw))
    assert len(out) == 1, out
    return out[0]


def err(items, **kw) -> InputError:
    res = one(items, **kw)
    assert isinstance(res, InputError), res
    return res


# ---------------------------------------------------------------- network guard


class Guard:
    def __init__(self):
        self.connects: list = []
        self.lookups: list = []
        self.violations: list = []


@pytest.fixture(autouse=True)
def guard(monkeypatch):
    """Record connections and lookups; anything off loopback is stopped and fails the test."""
    g = Guard()
    real_connect = socket.socket.connect
    real_gai = socket.getaddrinfo

    def connect(self, address):
        g.connects.append(address)
        host = address[0] if isinstance(address, tuple) else address
        if host not in LOOPBACK:
            g.violations.append(("connect", address))
            raise ConnectionRefusedError(111, "blocked by test guard")
        return real_connect(self, address)

    def getaddrinfo(host, *args, **kwargs):
        g.lookups.append(host)
        if host not in ("localhost", "127.0.0.1", "::1", None):
            g.violations.append(("getaddrinfo", host))
            raise socket.gaierror(socket.EAI_NONAME, "blocked by test guard")
        return real_gai(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield g
    assert not g.violations, f"traffic off loopback attempted: {g.violations}"


# ---------------------------------------------------------------- local server

LATIN_HTML = "<html><body><p>Le café de la gare, déjà très animé.</p></body></html>"
META_1252 = (
    '<!DOCTYPE html><html><head><meta charset="windows-1252"><title>x</title></head>'
    "<body><p>“Quoted” – café, naïve, 10 €.</p></body></html>"
)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True


class Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, *args):  # quiet
        pass

    def send_body(self, body: bytes, ctype: str | None = "text/html; charset=utf-8", status: int = 200, extra=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def trickle(self, data: bytes, every: float = 0.05):
        stop = self.server.stop
        t0 = time.monotonic()
        try:
            while not stop.is_set() and time.monotonic() - t0 < 15:
                self.wfile.write(data)
                self.wfile.flush()
                time.sleep(every)
        except OSError:
            pass

    def do_GET(self):
        srv = self.server
        srv.hits.append((self.path, self.headers.get("Host")))
        p = self.path
        if p == "/page.html":
            self.send_body(HTML.encode())
        elif p == "/text":
            self.send_body(ARTICLE.encode(), "text/plain; charset=utf-8")
        elif p == "/host":
            self.send_body(f"<html><body>host={self.headers.get('Host')}</body></html>".encode())
        elif p == "/notype":
            self.send_body(HTML.encode(), None)
        elif p == "/latin1-http":
            self.send_body(LATIN_HTML.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif p == "/meta-1252":
            self.send_body(META_1252.encode("cp1252"), "text/html")
        elif p == "/http-beats-meta":
            self.send_body(META_1252.encode("utf-8"), "text/html; charset=utf-8")
        elif p == "/redirect":
            self.send_body(b"", None, 302, [("Location", "page.html")])
        elif p.startswith("/hop/"):
            n = int(p.rsplit("/", 1)[1])
            if n == 0:
                self.send_body(HTML.encode())
            else:
                self.send_body(b"", None, 301, [("Location", f"/hop/{n - 1}")])
        elif p == "/to-private":
            self.send_body(b"", None, 302, [("Location", "http://10.0.0.1/admin")])
        elif p == "/to-metadata":
            self.send_body(b"", None, 307, [("Location", "http://169.254.169.254/latest/meta-data/")])
        elif p == "/to-ftp":
            self.send_body(b"", None, 302, [("Location", "ftp://127.0.0.1/x")])
        elif p == "/missing":
            self.send_body(b"<html><body>gone</body></html>", status=404)
        elif p == "/broken":
            self.send_body(b"<html><body>oops</body></html>", status=500)
        elif p == "/pdf":
            self.send_body(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf")
        elif p == "/png":
            self.send_body(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "image/png")
        elif p == "/pdf-as-html":
            self.send_body(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "text/html")
        elif p == "/empty":
            self.send_body(b"")
        elif p == "/blank":
            self.send_body(b"  \n\t \n")
        elif p == "/big-declared":
            # says 2 MB up front; the client must not wait for it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(2_000_000))
            self.end_headers()
            self.trickle(b"x" * 1000, every=0.05)
        elif p == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no length: the body ends when the connection does
            self.trickle(b"<p>" + b"a" * 65536 + b"</p>", every=0.0)
        elif p == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.trickle(b"<p>a</p>", every=0.05)  # each read is quick; the whole never ends
        elif p == "/hang":
            srv.stop.wait(15)  # accept, then say nothing
        else:
            self.send_body(b"<html><body>no route</body></html>", status=404)


class StallHandler(Handler):
    """Sends a status line and then header bytes forever, slowly."""

    def do_GET(self):
        self.server.hits.append((self.path, self.headers.get("Host")))
        self.wfile.write(b"HTTP/1.0 200 OK\r\n")
        self.trickle(b"X", every=0.05)


def _start(handler):
    srv = Server(("127.0.0.1", 0), handler)
    srv.hits = []
    srv.stop = threading.Event()
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    return srv, t


@pytest.fixture(scope="module")
def server():
    srv, t = _start(Handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    srv.base = base
    yield srv
    srv.stop.set()
    srv.shutdown()
    srv.server_close()
    t.join(5)


@pytest.fixture(scope="module")
def stall_server():
    srv, t = _start(StallHandler)
    srv.base = f"http://127.0.0.1:{srv.server_address[1]}"
    yield srv
    srv.stop.set()
    srv.shutdown()
    srv.server_close()
    t.join(5)


# ---------------------------------------------------------------- files


def test_text_file(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    src = one([str(f)])
    assert isinstance(src, Source)
    assert src == Source(name=str(f), content=ARTICLE, kind="text", url=None, path=str(f))


@pytest.mark.parametrize("name", ["story.md", "STORY", "notes.article"])
def test_text_file_any_extension(tmp_path, name):
    f = tmp_path / name
    f.write_text(ARTICLE, encoding="utf-8")
    src = one([str(f)])
    assert isinstance(src, Source) and src.kind == "text" and src.content == ARTICLE


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_file_by_name(tmp_path, name):
    f = tmp_path / name
    f.write_text("<p>No doctype, but named as a web page.</p>", encoding="utf-8")
    src = one([str(f)])
    assert isinstance(src, Source) and src.kind == "html"


@pytest.mark.parametrize(
    "head",
    [
        "<!DOCTYPE html>\n<html>",
        "<!doctype HTML><html lang=en>",
        "  \n<html>",
        '<?xml version="1.0"?>\n<!-- saved page -->\n<html xmlns="http://www.w3.org/1999/xhtml">',
        "\ufeff<!DOCTYPE html><html>",
    ],
)
def test_html_sniffed_whatever_the_name(tmp_path, head):
    f = tmp_path / "saved.txt"
    f.write_text(head + "<body><p>Hello</p></body></html>", encoding="utf-8")
    src = one([str(f)])
    assert isinstance(src, Source) and src.kind == "html"
    assert not src.content.startswith("\ufeff")


def test_text_mentioning_html_is_text(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("Write <html> at the top of the page, the guide says.", encoding="utf-8")
    assert one([str(f)]).kind == "text"


def test_html_gz(tmp_path):
    f = tmp_path / "page.html.gz"
    f.write_bytes(gzip.compress(HTML.encode("utf-8")))
    src = one([str(f)])
    assert isinstance(src, Source)
    assert src.kind == "html" and src.content == HTML and src.path == str(f)


def test_folder_recursive_sorted_and_filtered(tmp_path):
    d = tmp_path / "news"
    (d / "b" / "deep").mkdir(parents=True)
    (d / "a").mkdir()
    (d / "z.txt").write_text("z text")
    (d / "a" / "one.html").write_text(HTML)
    (d / "a" / "two.htm").write_text(HTML)
    (d / "b" / "deep" / "three.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (d / "b" / "four.txt").write_text("four text")
    # not read from a folder
    (d / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 20)
    (d / "b" / "readme.md").write_text("markdown")
    (d / "b" / "report.pdf").write_bytes(b"%PDF-1.4")
    out = list(iter_sources([str(d) + "/"]))
    assert all(isinstance(s, Source) for s in out), out
    rel = [s.path[len(str(d)) + 1 :] for s in out]
    assert rel == ["a/one.html", "a/two.htm", "b/deep/three.html.gz", "b/four.txt", "z.txt"]
    assert [s.kind for s in out] == ["html", "html", "html", "text", "text"]
    assert all(s.name == s.path for s in out)


def test_folder_bad_file_does_not_stop_the_rest(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("fine")
    a, b = list(iter_sources([str(tmp_path)]))
    assert isinstance(a, InputError) and a.item.endswith("a.txt") and "empty" in a.reason
    assert isinstance(b, Source) and b.content == "fine"


@pytest.mark.parametrize("files", [[], ["photo.jpg", "notes.md"]])
def test_folder_with_nothing_to_read(tmp_path, files):
    for name in files:
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    e = err([str(tmp_path)])
    assert e.item == str(tmp_path)
    assert "nothing to read" in e.reason


def test_missing_file_and_keep_going(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("present")
    out = list(iter_sources([str(tmp_path / "nope.txt"), str(good), str(tmp_path / "no" / "dir/")]))
    assert isinstance(out[0], InputError) and out[0].reason == "no such file"
    assert out[0].item == str(tmp_path / "nope.txt")
    assert isinstance(out[1], Source) and out[1].content == "present"
    assert isinstance(out[2], InputError) and out[2].reason == "no such file"
    assert str(out[0]) == f"{tmp_path / 'nope.txt'}: no such file"


@pytest.mark.parametrize(
    "data, label",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ],
)
def test_binary_by_magic(tmp_path, data, label):
    f = tmp_path / "story.txt"
    f.write_bytes(data + b"more bytes " * 20)
    e = err([str(f)])
    assert e.reason == f"binary file (looks like {label})"


def test_binary_by_nul_and_controls(tmp_path):
    nul = tmp_path / "a.txt"
    nul.write_bytes(b"some text\x00\x00\x01\x02 more text" * 10)
    assert err([str(nul)]).reason == "binary file (contains NUL bytes)"
    ctrl = tmp_path / "b.txt"
    ctrl.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65, 66]) * 50)
    assert err([str(ctrl)]).reason == "binary file (mostly control characters)"


def test_gzip_that_is_not_html_is_binary(tmp_path):
    f = tmp_path / "dump.gz"
    f.write_bytes(gzip.compress(b"col1,col2\n1,2\n"))
    assert err([str(f)]).reason == "binary file (looks like gzip)"
    # same bytes, but the content is a web page: read it
    g = tmp_path / "saved.gz"
    g.write_bytes(gzip.compress(HTML.encode()))
    assert one([str(g)]).kind == "html"


def test_empty_files(tmp_path):
    e = tmp_path / "empty.txt"
    e.write_bytes(b"")
    assert "empty" in err([str(e)]).reason
    w = tmp_path / "blank.html"
    w.write_text("  \n\t\n  ")
    assert "empty" in err([str(w)]).reason
    z = tmp_path / "empty.html.gz"
    z.write_bytes(gzip.compress(b""))
    assert "empty" in err([str(z)]).reason


def test_corrupt_gz(tmp_path):
    good = gzip.compress(HTML.encode() * 50)
    t = tmp_path / "truncated.html.gz"
    t.write_bytes(good[: len(good) // 2])
    assert err([str(t)]).reason == "corrupt gzip file (truncated)"
    n = tmp_path / "plain.html.gz"
    n.write_text(HTML)
    assert err([str(n)]).reason == "corrupt gzip file (not gzip data)"
    c = tmp_path / "crc.html.gz"
    c.write_bytes(good[:-8] + b"\x00\x00\x00\x00" + good[-4:])
    assert err([str(c)]).reason.startswith("corrupt gzip file")


def test_undecodable(tmp_path):
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes(range(0x80, 0x100)) * 20)
    assert err([str(f)]).reason == "cannot decode as text"


CAFE = "Le café de la gare, déjà très animé, où l'on mange une crème brûlée à midi."


@pytest.mark.parametrize(
    "data, expect",
    [
        (codecs.BOM_UTF8 + CAFE.encode("utf-8"), CAFE),
        (CAFE.encode("utf-8"), CAFE),
        (CAFE.encode("utf-16"), CAFE),  # with BOM
        (CAFE.encode("utf-16-le"), CAFE),  # NUL pattern of UTF-16 without BOM
        (CAFE.encode("cp1252"), CAFE),  # detection, nudged to windows-1252
        ("Министр заявил во вторник, что переговоры возобновятся в среду.".encode("cp1251"),
         "Министр заявил во вторник, что переговоры возобновятся в среду."),
    ],
)
def test_text_decoding(tmp_path, data, expect):
    f = tmp_path / "story.txt"
    f.write_bytes(data)
    src = one([str(f)])
    assert isinstance(src, Source), src
    assert src.content == expect


def test_html_meta_charset(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes(META_1252.encode("cp1252"))
    src = one([str(f)])
    assert "“Quoted” – café, naïve, 10 €." in src.content
    x = tmp_path / "x.html"
    x.write_bytes(b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<html><body>' + "déjà".encode("latin-1") + b"</body></html>")
    assert "déjà" in one([str(x)]).content


def test_utf8_beats_a_wrong_meta_for_files(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes(META_1252.encode("utf-8"))
    assert "“Quoted” – café, naïve, 10 €." in one([str(f)]).content


# ---------------------------------------------------------------- standard input


@pytest.mark.parametrize(
    "stdin",
    [ARTICLE, ARTICLE.encode("utf-8"), io.BytesIO(ARTICLE.encode("utf-8")), io.StringIO(ARTICLE)],
    ids=["str", "bytes", "binary-file", "text-file"],
)
def test_stdin_text(stdin):
    src = one(["-"], stdin=stdin)
    assert src == Source(name="-", content=ARTICLE, kind="text", url=None, path=None)


def test_stdin_html_sniffed_and_decoded():
    src = one(["-"], stdin=io.BytesIO(META_1252.encode("cp1252")))
    assert src.kind == "html" and "naïve, 10 €" in src.content


def test_stdin_defaults_to_sys_stdin(monkeypatch):
    class FakeStdin(io.StringIO):
        buffer = io.BytesIO(HTML.encode())

    monkeypatch.setattr("sys.stdin", FakeStdin())
    src = one(["-"])
    assert src.kind == "html" and src.content == HTML


def test_stdin_errors():
    assert "empty" in err(["-"], stdin=b"").reason
    assert "empty" in err(["-"], stdin="  \n").reason
    assert err(["-"], stdin=b"%PDF-1.5 ...").reason == "binary input (looks like PDF)"
    a, b = list(iter_sources(["-", "-"], stdin="once"))
    assert isinstance(a, Source) and isinstance(b, InputError) and b.item == "-"
    with pytest.raises(InputError):
        read_stdin(b"")


# ---------------------------------------------------------------- web pages


def test_fetch_html(server):
    url = server.base + "/page.html"
    src = one([url], allow_private=True)
    assert src == Source(name=url, content=HTML, kind="html", url=url, path=None)


def test_fetch_text_and_untyped(server):
    t = one([server.base + "/text"], allow_private=True)
    assert t.kind == "text" and t.content == ARTICLE
    n = one([server.base + "/notype"], allow_private=True)
    assert n.kind == "html" and n.content == HTML


def test_fetch_redirect_gives_final_url(server):
    src = one([server.base + "/redirect"], allow_private=True)
    assert src.name == server.base + "/redirect"
    assert src.url == server.base + "/page.html"
    assert src.content == HTML


def test_redirect_limit(server):
    ok = one([server.base + "/hop/5"], allow_private=True)
    assert isinstance(ok, Source) and ok.url == server.base + "/hop/0"
    e = err([server.base + "/hop/6"], allow_private=True)
    assert e.reason == "too many redirects (more than 5)"


def test_redirect_to_non_http(server):
    e = err([server.base + "/to-ftp"], allow_private=True)
    assert "not http(s)" in e.reason


@pytest.mark.parametrize("path, status", [("/missing", "HTTP 404"), ("/broken", "HTTP 500")])
def test_http_error_status(server, path, status):
    e = err([server.base + path], allow_private=True)
    assert e.reason.startswith(status)


@pytest.mark.parametrize("path, ctype", [("/pdf", "application/pdf"), ("/png", "image/png")])
def test_not_a_web_page(server, path, ctype):
    e = err([server.base + path], allow_private=True)
    assert e.reason == f"not a web page (content type {ctype})"


def test_binary_body_with_html_type(server):
    e = err([server.base + "/pdf-as-html"], allow_private=True)
    assert e.reason == "binary content (looks like PDF)"


@pytest.mark.parametrize("path", ["/empty", "/blank"])
def test_empty_page(server, path):
    assert "empty" in err([server.base + path], allow_private=True).reason


@pytest.mark.parametrize("path", ["/big-declared", "/endless"])
def test_response_cap(server, path):
    t0 = time.monotonic()
    e = err([server.base + path], allow_private=True, max_bytes=1_000_000, timeout=10)
    assert e.reason == "response larger than 1 MB"
    assert time.monotonic() - t0 < 5


def test_default_limits():
    assert fetchmod.MAX_BYTES == 10_000_000
    assert fetchmod.TIMEOUT_S == 20
    assert fetchmod.MAX_REDIRECTS == 5
    assert dec.format_size(fetchmod.MAX_BYTES) == "10 MB"


@pytest.mark.parametrize("path", ["/trickle", "/hang"])
def test_total_deadline(server, path):
    t0 = time.monotonic()
    e = err([server.base + path], allow_private=True, timeout=1)
    elapsed = time.monotonic() - t0
    assert e.reason == "timed out after 1 s"
    assert 0.9 <= elapsed < 3, elapsed


def test_deadline_while_headers_trickle(stall_server):
    t0 = time.monotonic()
    e = err([stall_server.base + "/x"], allow_private=True, timeout=1)
    assert e.reason == "timed out after 1 s"
    assert time.monotonic() - t0 < 3


def test_page_charsets(server):
    a = one([server.base + "/latin1-http"], allow_private=True)
    assert "Le café de la gare, déjà très animé." in a.content
    b = one([server.base + "/meta-1252"], allow_private=True)
    assert "“Quoted” – café, naïve, 10 €." in b.content
    c = one([server.base + "/http-beats-meta"], allow_private=True)
    assert "“Quoted” – café, naïve, 10 €." in c.content


def test_connection_refused():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    e = err([f"http://127.0.0.1:{port}/"], allow_private=True)
    assert e.reason == "cannot reach host 127.0.0.1 (connection refused)"


def test_dns_failure(monkeypatch):
    def gai(host, *a, **k):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", gai)
    e = err(["https://nosuch.invalid/story"])
    assert e.reason == "cannot reach host nosuch.invalid (name not found)"


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "gopher://x/"])
def test_not_http(url, guard):
    assert err([url]).reason == "not an http(s) URL"
    assert guard.connects == [] and guard.lookups == []


# ---------------------------------------------------------------- refusing private addresses


@pytest.mark.parametrize(
    "url, kind",
    [
        ("http://10.0.0.1/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://172.16.0.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]/", "loopback"),
        ("http://[::1]:8080/x", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::]/", "unspecified"),
        ("http://127.0.0.1/", "loopback"),
        ("http://127.1/", "loopback"),
        ("http://2130706433/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:10.0.0.1]/", "private"),
        ("http://[::ffff:169.254.169.254]/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fc00::1]/", "private"),
        ("http://224.0.0.1/", "multicast"),
        ("http://[ff02::1]/", "multicast"),
        ("http://240.0.0.1/", "reserved"),
        ("https://localhost/", "loopback"),
        ("http://LOCALHOST:80/", "loopback"),
    ],
)
def test_refuses_non_public_before_connecting(url, kind, guard):
    e = err([url], allow_private=False)
    assert e.reason.startswith("refused: ")
    assert f" {kind} address" in e.reason
    assert guard.connects == []


def test_refuses_local_server_without_allow_private(server, guard):
    before = len(server.hits)
    e = err([server.base + "/page.html"])
    assert e.reason == "refused: 127.0.0.1 is a loopback address" + fetchmod.PRIVATE_HINT
    assert "private" in e.reason
    assert guard.connects == [] and len(server.hits) == before


@pytest.mark.parametrize(
    "ip, expect",
    [
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
        ("::ffff:93.184.216.34", None),
        ("100.64.0.1", "non-public"),
        ("2002:a00:1::", "private"),  # 6to4 around 10.0.0.1
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 around 169.254.169.254
        ("fe80::1%eth0", "link-local"),
    ],
)
def test_address_problem(ip, expect):
    assert fetchmod.address_problem(ip) == expect


@pytest.fixture
def loopback_is_public(monkeypatch):
    """Let this test treat 127.0.0.1 as a public address, to exercise later checks end to end."""
    real = fetchmod.address_problem

    def problem(ip):
        return None if str(ip) == "127.0.0.1" else real(ip)

    monkeypatch.setattr(fetchmod, "address_problem", problem)


@pytest.mark.parametrize("path, ip", [("/to-private", "10.0.0.1"), ("/to-metadata", "169.254.169.254")])
def test_every_redirect_hop_is_checked(server, loopback_is_public, guard, path, ip):
    e = err([server.base + path], allow_private=False)
    assert e.reason.startswith(f"refused: {ip} is a ")
    assert {a[0] for a in guard.connects} == {"127.0.0.1"}


def test_connects_to_the_checked_address_with_the_host_name(server, loopback_is_public, guard):
    """Resolve once, connect to that address; Host header keeps the name. A second DNS answer
    (rebinding to a private address) is never asked for."""
    port = server.server_address[1]
    answers = [["127.0.0.1"], ["10.0.0.1"]]
    calls = []

    def resolver(host, p):
        calls.append((host, p))
        return answers[len(calls) - 1]

    src = read_url(f"http://news.example:{port}/host", resolver=resolver)
    assert calls == [("news.example", port)]
    assert f"host=news.example:{port}" in src.content
    assert src.url == f"http://news.example:{port}/host"
    assert [a[0] for a in guard.connects] == ["127.0.0.1"]


def test_every_resolved_address_is_checked(server, loopback_is_public, guard):
    port = server.server_address[1]
    e = None
    try:
        read_url(f"http://news.example:{port}/page.html", resolver=lambda h, p: ["127.0.0.1", "10.0.0.1"])
    except InputError as x:
        e = x
    assert e is not None
    assert e.reason == "refused: news.example resolves to a private address (10.0.0.1)" + fetchmod.PRIVATE_HINT
    assert guard.connects == []


def test_localhost_allowed_when_asked(server):
    port = server.server_address[1]
    src = one([f"http://localhost:{port}/page.html"], allow_private=True)
    assert isinstance(src, Source) and src.content == HTML


# ---------------------------------------------------------------- decode helpers


def test_binary_reason_and_sniffing():
    assert dec.binary_reason(b"plain text") is None
    assert dec.binary_reason("ünïcödé".encode("utf-16")) is None
    assert dec.binary_reason(b"GIF89a....") == "looks like GIF"
    assert dec.looks_like_html("<!-- c -->\n<!DOCTYPE html>")
    assert not dec.looks_like_html("<htmlx>")
    assert not dec.looks_like_html("Hello <html>")


# ---------------------------------------------------------------- TLS to the pinned address


def _self_signed(tmp_path, name: str):
    x509 = pytest.importorskip("cryptography.x509")
    from datetime import datetime, timedelta, timezone

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_pem = tmp_path / "cert.pem"
    key_pem = tmp_path / "key.pem"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return str(cert_pem), str(key_pem)


@pytest.fixture
def tls_server(tmp_path):
    import ssl

    cert, key = _self_signed(tmp_path, "news.example")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    srv, t = _start(Handler)
    srv.sni = []
    ctx.sni_callback = lambda sock, name, c: srv.sni.append(name)
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    srv.client_ctx = ssl.create_default_context(cafile=cert)
    yield srv
    srv.stop.set()
    srv.shutdown()
    srv.server_close()
    t.join(5)


def test_https_to_pinned_address_keeps_sni_and_certificate_name(tls_server, loopback_is_public, guard):
    port = tls_server.server_address[1]
    page = fetchmod.fetch_page(
        f"https://news.example:{port}/host", resolver=lambda h, p: ["127.0.0.1"], verify=tls_server.client_ctx
    )
    assert page.url == f"https://news.example:{port}/host"
    assert f"host=news.example:{port}".encode() in page.body
    assert tls_server.sni == ["news.example"]
    assert [a[0] for a in guard.connects] == ["127.0.0.1"]


def test_https_certificate_for_another_name_fails(tls_server, loopback_is_public):
    port = tls_server.server_address[1]
    with pytest.raises(InputError) as ei:
        fetchmod.fetch_page(
            f"https://other.example:{port}/host", resolver=lambda h, p: ["127.0.0.1"], verify=tls_server.client_ctx
        )
    assert ei.value.reason.startswith("cannot reach host other.example (TLS certificate not valid")
