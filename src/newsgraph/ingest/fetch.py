"""Fetch one web page, safely.

- only http and https;
- the host is resolved once per hop and every address it resolves to is checked: loopback,
  private, link-local, multicast, reserved, unspecified and other non-public addresses are
  refused (IPv4, IPv6, IPv4-mapped / 6to4 / Teredo IPv6) unless `allow_private`; the
  connection then goes to a checked address (the request keeps the host name for the Host
  header and TLS SNI / certificate check), so a second DNS answer cannot redirect it;
- redirects are followed by hand, at most `max_redirects`, each hop checked the same way;
- the body is streamed and reading stops past `max_bytes`;
- one deadline covers the whole fetch (DNS, connect, TLS, every redirect, every read): a
  watchdog shuts the socket down when it passes, so a server trickling bytes cannot hold us;
- proxies from the environment are ignored (they would connect somewhere unchecked).

Every failure is an `InputError(url, reason)`.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Mapping

import httpcore
import httpx

from ..errors import InputError
from .decode import format_size

MAX_BYTES = 10_000_000  # "10 MB"
TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
# appended to every refusal of a non-public address
PRIVATE_HINT = " (private addresses are fetched only with --allow-private)"
USER_AGENT = "newsgraph/0.1 (+https://pypi.org/project/newsgraph/)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
# no usable type: the body is sniffed
SNIFF_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "unknown/unknown"})

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")

Resolver = Callable[[str, int], list[str]]


@dataclass
class Fetched:
    url: str  # the final URL, after redirects
    body: bytes
    media_type: str  # lower case, no parameters; "" when the server sent none
    charset: str | None  # from the Content-Type header
    status: int = 200  # 304 (empty body) only for a conditional request (see fetch_page's headers)
    headers: dict[str, str] = field(default_factory=dict)  # the response's headers, names in lower case


class HTTPError(InputError):
    """The server answered with an error status: `status`, and its Retry-After header if any."""

    def __init__(self, item: str, reason: str, status: int, retry_after: str | None = None):
        super().__init__(item, reason)
        self.status = status
        self.retry_after = retry_after


# ---------------------------------------------------------------- addresses


def address_problem(ip: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """'loopback', 'private', ... for an address that must not be fetched; None for public."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0] if isinstance(ip, str) else ip)
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = addr.ipv4_mapped or addr.sixtofour or (addr.teredo[1] if addr.teredo else None)
        if embedded is not None:
            problem = address_problem(embedded)
            if problem:
                return problem
            if addr.ipv4_mapped is not None:
                return None
        # NAT64 (64:ff9b::/96) carries an IPv4 address in its last 32 bits
        if addr in ipaddress.IPv6Network("64:ff9b::/96"):
            return address_problem(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
    if addr.is_unspecified:
        return "unspecified"
    if addr.is_loopback:
        return "loopback"
    if addr.is_link_local:
        return "link-local"
    if addr.is_multicast:
        return "multicast"
    if addr.is_reserved:
        return "reserved"
    if addr.is_private:
        return "private"
    if not addr.is_global:
        return "non-public"
    return None


def _literal_ip(host: str) -> str | None:
    """The address a host written as an IP literal stands for (incl. '127.1', '2130706433')."""
    try:
        return str(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        pass
    if re.fullmatch(r"[0-9a-fA-FxX.]+", host):
        try:  # the forms inet_aton accepts, which getaddrinfo would too
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def resolve_host(host: str, port: int) -> list[str]:
    """Every address `host` resolves to for TCP, in resolver order, without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for family, _, _, _, sockaddr in infos:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        ip = sockaddr[0]
        if ip not in seen:
            seen.append(ip)
    return seen


class _Deadline:
    """The one clock for a fetch, plus the watchdog that shuts sockets down when it runs out."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def check(self) -> float:
        left = self.remaining()
        if left <= 0 or self.expired.is_set():
            raise TimeoutError
        return left

    def register(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired.is_set():
                _shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.expired.set()
            for sock in self._sockets:
                _shutdown(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects only to the addresses checked for `host`, whatever DNS says now."""

    def __init__(self, host: str, addresses: list[str], deadline: _Deadline):
        self._inner = httpcore.SyncBackend()
        self._host = host
        self._addresses = addresses
        self._deadline = deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        if host.strip("[]").lower() != self._host.lower():  # pragma: no cover - a bug guard
            raise httpcore.ConnectError(f"unexpected host {host!r}")
        last: Exception | None = None
        for ip in self._addresses:
            left = self._deadline.remaining()
            if left <= 0:
                raise httpcore.ConnectTimeout("deadline passed")
            try:
                stream = self._inner.connect_tcp(
                    ip, port, timeout=min(left, timeout or left), local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectTimeout:
                raise
            except httpcore.ConnectError as e:
                last = e
                continue
            sock = stream.get_extra_info("socket")
            if sock is not None:
                self._deadline.register(sock)
            return stream
        assert last is not None
        raise last

    def connect_unix_socket(self, *args, **kwargs):  # pragma: no cover
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:  # pragma: no cover
        self._inner.sleep(seconds)


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's transport over a connection pool whose backend is pinned to checked addresses."""

    def __init__(self, host: str, addresses: list[str], deadline: _Deadline, ssl_context: ssl.SSLContext):
        # HTTPTransport keeps its state in `_pool` alone; build ours instead of the default one
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=1,
            max_keepalive_connections=0,
            network_backend=_PinnedBackend(host, addresses, deadline),
        )


@functools.lru_cache(maxsize=1)
def _default_ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context(verify=True, trust_env=False)


def _ssl_context(verify: bool | ssl.SSLContext) -> ssl.SSLContext:
    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify:
        return _default_ssl_context()
    return httpx.create_ssl_context(verify=False, trust_env=False)


# ---------------------------------------------------------------- fetch


def _parse(item: str, raw: str) -> httpx.URL:
    if not _SCHEME.match(raw) or raw.split(":", 1)[0].lower() not in ("http", "https"):
        raise InputError(item, "not an http(s) URL")
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, ValueError) as e:
        raise InputError(item, f"not a valid URL ({e})") from None
    if not url.host:
        raise InputError(item, "not a valid URL (no host)")
    return url


def _check_host(item: str, url: httpx.URL, allow_private: bool, resolver: Resolver, deadline: _Deadline) -> list[str]:
    """The addresses to connect to for `url`, every one checked; raises InputError."""
    host = url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    literal = _literal_ip(host)
    exact = literal is not None and re.fullmatch(r"[0-9a-fA-F:.%]+", host) is not None and (
        ":" in host or host.count(".") == 3
    )
    if literal is not None:
        addresses = [literal]
    else:
        addresses = _resolve_in_time(item, url.raw_host.decode("ascii"), port, resolver, deadline)
    if not allow_private:
        for ip in addresses:
            problem = address_problem(ip)
            if problem:
                what = f"{_article(problem)} {problem} address"
                if exact:
                    raise InputError(item, f"refused: {host} is {what}{PRIVATE_HINT}")
                raise InputError(item, f"refused: {host} resolves to {what} ({ip}){PRIVATE_HINT}")
    return addresses


def _resolve_in_time(item: str, host: str, port: int, resolver: Resolver, deadline: _Deadline) -> list[str]:
    box: dict = {}

    def work() -> None:
        try:
            box["ok"] = resolver(host, port)
        except BaseException as e:  # handed to the caller's thread
            box["err"] = e

    t = threading.Thread(target=work, daemon=True, name="newsgraph-resolve")
    t.start()
    t.join(max(deadline.remaining(), 0.0))
    if t.is_alive():
        raise TimeoutError
    if "err" in box:
        e = box["err"]
        if isinstance(e, socket.gaierror):
            if e.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", -5)):
                why = "name not found"
            elif e.errno == socket.EAI_AGAIN:
                why = "DNS lookup failed, temporarily"
            else:
                why = f"DNS lookup failed: {e.strerror or e}"
            raise InputError(item, f"cannot reach host {host} ({why})")
        if isinstance(e, (OSError, UnicodeError)):
            raise InputError(item, f"cannot reach host {host} ({e})")
        raise e
    addresses = box.get("ok") or []
    if not addresses:
        raise InputError(item, f"cannot reach host {host} (no address)")
    return addresses


def _os_reason(exc: BaseException) -> str:
    """Words for the OS / TLS error under an httpx exception."""
    seen = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, ssl.SSLCertVerificationError):
            return f"TLS certificate not valid: {e.verify_message or e.reason}"
        if isinstance(e, ssl.SSLError):
            return f"TLS error: {e.reason or e}"
        if isinstance(e, ConnectionRefusedError):
            return "connection refused"
        if isinstance(e, OSError) and e.strerror:
            return e.strerror.lower()
        e = e.__cause__ or e.__context__
    text = str(exc)
    m = re.match(r"\[Errno -?\d+\] (.*)", text)
    if m:
        text = m.group(1)
    if "refused" in text.lower():
        return "connection refused"
    return text.lower() or type(exc).__name__


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    raw = response.headers.get("content-type", "")
    parts = [p.strip() for p in raw.split(";")]
    media = parts[0].lower()
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media, charset


def _media_ok(media: str) -> bool:
    return media in HTML_TYPES or media in TEXT_TYPES or media in SNIFF_TYPES


def fetch_page(
    url: str,
    *,
    allow_private: bool = False,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT_S,
    max_redirects: int = MAX_REDIRECTS,
    resolver: Resolver | None = None,
    verify: bool | ssl.SSLContext = True,
    headers: Mapping[str, str] | None = None,
    any_type: bool = False,
) -> Fetched:
    """GET `url` within the limits; the raw body and what the server said about it.

    `headers` are sent as well (over the defaults); when they make the request conditional
    (If-None-Match, If-Modified-Since) a 304 comes back as a Fetched with status 304 and no body.
    `any_type` takes any content type (the caller judges it: a feed, robots.txt). An error
    status raises HTTPError, an InputError that keeps the status and Retry-After."""
    item = url
    resolver = resolver or resolve_host
    current = _parse(item, url.strip())
    deadline = _Deadline(timeout)
    try:
        for hop in range(max_redirects + 1):
            deadline.check()
            addresses = _check_host(item, current, allow_private, resolver, deadline)
            result = _get(item, current, addresses, deadline, max_bytes, verify, headers, any_type)
            if isinstance(result, Fetched):
                return result
            # a redirect
            if hop == max_redirects:
                raise InputError(item, f"too many redirects (more than {max_redirects})")
            try:
                nxt = current.join(result)
            except (httpx.InvalidURL, ValueError):
                raise InputError(item, f"redirected to an invalid URL ({result})") from None
            if nxt.scheme not in ("http", "https"):
                raise InputError(item, f"redirected to a URL that is not http(s) ({nxt})")
            if not nxt.host:
                raise InputError(item, f"redirected to an invalid URL ({nxt})")
            current = nxt
        raise AssertionError("unreachable")  # pragma: no cover
    except TimeoutError:
        raise InputError(item, f"timed out after {timeout:g} s") from None
    finally:
        deadline.cancel()


def _get(
    item: str,
    url: httpx.URL,
    addresses: list[str],
    deadline: _Deadline,
    max_bytes: int,
    verify,
    extra_headers: Mapping[str, str] | None = None,
    any_type: bool = False,
) -> Fetched | str:
    """One request: a Fetched, or the Location of a redirect. Raises InputError / TimeoutError."""
    left = deadline.check()
    transport = _PinnedTransport(url.raw_host.decode("ascii"), addresses, deadline, _ssl_context(verify))
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        **(extra_headers or {}),
    }
    conditional = any(k.lower() in ("if-none-match", "if-modified-since") for k in headers)
    timeouts = {"connect": left, "read": left, "write": left, "pool": left}
    host = url.host
    try:
        with httpx.Client(transport=transport, trust_env=False, follow_redirects=False) as client:
            request = client.build_request("GET", url, headers=headers, extensions={"timeout": timeouts})
            response = client.send(request, stream=True)
            try:
                status = response.status_code
                if status in _REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise InputError(item, f"HTTP {status} redirect without a Location")
                    return location
                media, charset = _content_type(response)
                if status == 304 and conditional:
                    return Fetched(url=str(response.url), body=b"", media_type=media, charset=charset, status=304,
                                   headers={k.lower(): v for k, v in response.headers.items()})
                if not 200 <= status < 300:
                    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise HTTPError(item, f"HTTP {status}{phrase}", status, response.headers.get("retry-after"))
                if not any_type and not _media_ok(media):
                    raise InputError(item, f"not a web page (content type {media})")
                length = response.headers.get("content-length")
                if length and length.strip().isdigit() and int(length) > max_bytes:
                    raise InputError(item, f"response larger than {format_size(max_bytes)}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise InputError(item, f"response larger than {format_size(max_bytes)}")
                    # each later read may wait only for what is left of the deadline
                    timeouts["read"] = deadline.check()
                deadline.check()
                return Fetched(url=str(response.url), body=bytes(body), media_type=media, charset=charset,
                               status=status, headers={k.lower(): v for k, v in response.headers.items()})
            finally:
                response.close()
    except InputError:
        raise
    except httpx.TimeoutException:
        raise TimeoutError from None
    except httpx.ConnectError as e:
        if deadline.expired.is_set():
            raise TimeoutError from None
        raise InputError(item, f"cannot reach host {host} ({_os_reason(e)})") from None
    except httpx.DecodingError as e:
        raise InputError(item, f"cannot decode the response ({e})") from None
    except (httpx.TransportError, OSError) as e:
        if deadline.expired.is_set() or deadline.remaining() <= 0:
            raise TimeoutError from None
        raise InputError(item, f"connection to {host} failed ({_os_reason(e)})") from None
