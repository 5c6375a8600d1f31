"""Feeds and sitemaps, watched: what `newsgraph watch` does, callable from Python.

    watcher = Watcher(store, allow_private=False, delay=1.0)
    result = watcher.run_pass(["https://example.org/rss.xml", "https://example.org/news-sitemap.xml"])
    for line in result.lines(): print(line)          # "feed X: 12 items, 3 new, 1 failed"

One pass:

1. Each feed (RSS or Atom, read by feedparser) or sitemap (<urlset>, news sitemaps included, and
   <sitemapindex>, whose sitemaps are read in turn; lxml, no DTDs, no entities, no network) is
   fetched with a conditional GET: the ETag and Last-Modified of its last answer are kept in the
   store (table `feeds`) and sent back as If-None-Match / If-Modified-Since; a 304 costs nothing
   more. The item URLs a document lists are remembered in the store (table `feed_items`) before
   anything else happens, so a pass cut short loses nothing: the next one goes on.
2. The items not fetched yet (and those whose last try met a passing failure) are fetched, each
   once, through the safe fetcher (ingest/fetch.py: size and time caps, private addresses refused
   without allow_private), host by host in turn:
   - politeness: at least `delay` seconds (or the site's robots.txt Crawl-delay, bounded) between
     the end of one request to a host and the start of the next;
   - robots.txt: fetched once per site (through the same fetcher, kept a day), read with
     urllib.robotparser for the agent "newsgraph"; a disallowed item fails with that reason; a
     robots.txt that cannot be read (5xx, unreachable) is a passing failure of the site's items,
     a missing one (4xx) allows everything (RFC 9309); the redirects of an item are followed
     without asking the robots.txt of the sites they lead to;
   - backoff: a 429 or 5xx answer pauses the host for its Retry-After (seconds or a date),
     else for delay x 2^n, never more than `max_backoff`; the item is tried again up to `retries`
     times in the pass; after HOST_GIVE_UP such answers in a row the host's other items wait for
     the next pass. An item whose failure may pass (429, 5xx, time-out, unreachable host) is tried
     again on later passes, MAX_PASS_ATTEMPTS in all, and is then given up.
3. What was fetched goes through newsgraph.collect.ingest (extraction, analysis, the store,
   stories); items that cannot be fetched or read (dead links, disallowed, not an article) are
   recorded as failures with the reason (`newsgraph failures`).

The feeds and sitemaps named by the user are fetched whatever robots.txt says (as a feed reader
does); the items they list are not.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import io
import json
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .errors import InputError
from .ingest import fetch as _fetch

AGENT = "newsgraph"  # the name robots.txt rules are read for
DEFAULT_DELAY = 1.0  # seconds between requests to one host
DEFAULT_MAX_BACKOFF = 60.0  # the longest pause a 429/5xx (or a Crawl-delay) imposes on a host
DEFAULT_RETRIES = 2  # more tries of an item answered 429/5xx, within one pass
DEFAULT_MAX_ITEMS = 500  # items fetched per feed and pass; the rest wait for the next pass
MAX_PASS_ATTEMPTS = 3  # passes an item with a passing failure is tried on before it is given up
HOST_GIVE_UP = 5  # 429/5xx/unreachable answers in a row after which a host waits for the next pass
ROBOTS_MAX_BYTES = 512_000  # RFC 9309: at least 500 KiB are read
ROBOTS_TTL_S = 24 * 3600.0
SITEMAP_MAX_BYTES = 50_000_000  # the sitemaps protocol's limit, uncompressed; feeds get the same
MAX_SITEMAPS = 50  # sitemaps read from one sitemap index
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
)
# an InputError whose reason starts so may pass: the item is tried again on a later pass
TRANSIENT_REASONS = ("timed out", "cannot reach host", "connection to ")

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?", re.I)
_UNIT_S = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


def parse_duration(text: str) -> float:
    """Seconds in '15m', '90s', '1h30m', '500ms', '2' (seconds); ValueError otherwise."""
    s = str(text).strip().lower()
    pos, total, n = 0, 0.0, 0
    while pos < len(s):
        m = _DURATION.match(s, pos)
        if not m:
            raise ValueError(f"not a duration: {text!r} (write 30s, 15m, 1h, 1h30m)")
        total += float(m.group(1)) * _UNIT_S[m.group(2) and m.group(2).lower()]
        pos = m.end()
        while pos < len(s) and s[pos] == " ":
            pos += 1
        n += 1
    if n == 0:
        raise ValueError(f"not a duration: {text!r} (write 30s, 15m, 1h, 1h30m)")
    return total


def retry_after_seconds(value: str | None, now: _dt.datetime | None = None) -> float | None:
    """A Retry-After header in seconds (delta-seconds or an HTTP date), None if absent or bad."""
    if not value:
        return None
    v = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", v):
        return float(v)
    try:
        when = email.utils.parsedate_to_datetime(v)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    now = now or _dt.datetime.now(_dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _site(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme.lower()}://{p.netloc.lower()}"


def clean_url(raw: str | None, base: str) -> str | None:
    """An item link made absolute against the document's URL, fragment dropped; None unless http(s)."""
    if not raw or not isinstance(raw, str):
        return None
    url = urldefrag(urljoin(base, raw.strip()))[0]
    p = urlsplit(url)
    if p.scheme.lower() not in ("http", "https") or not p.hostname:
        return None
    return url


# ---------------------------------------------------------------- documents


@dataclass
class FeedDoc:
    kind: str  # "rss", "atom", "feed" (another feedparser format), "sitemap" or "sitemapindex"
    items: list[str] = field(default_factory=list)  # item URLs, in document order, no duplicates
    sitemaps: list[str] = field(default_factory=list)  # a sitemap index's sitemaps


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _unique(urls: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(u for u in urls if u))


def parse_document(body: bytes, url: str, content_type: str | None = None) -> FeedDoc:
    """The items (or sitemaps) a feed or sitemap lists; ValueError (the reason) if it is neither."""
    from lxml import etree

    from .ingest.decode import DecodeError, gunzip

    data = body
    if data[:2] == b"\x1f\x8b":  # a .xml.gz sitemap, served as it is
        try:
            data = gunzip(data, SITEMAP_MAX_BYTES)
        except DecodeError as e:
            raise ValueError(e.reason) from None
    if not data.strip():
        raise ValueError("empty document")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )
    root = None
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        pass  # a feed with an error: feedparser's lenient reading may still find its entries
    if root is not None and _local(root.tag) in ("urlset", "sitemapindex"):
        kind = _local(root.tag)
        child = "url" if kind == "urlset" else "sitemap"
        locs = []
        for el in root:
            if _local(el.tag) != child:
                continue
            for sub in el:
                if _local(sub.tag) == "loc" and sub.text:
                    locs.append(clean_url(sub.text, url))
                    break
        if kind == "urlset":
            return FeedDoc("sitemap", items=_unique(locs))
        return FeedDoc("sitemapindex", sitemaps=_unique(locs))
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        if root is not None and _local(root.tag).lower() == "html" or b"<html" in data[:2000].lower():
            raise ValueError("not a feed or sitemap (a web page)")
        why = parsed.get("bozo_exception")
        raise ValueError(f"not a feed or sitemap{f' ({why})' if why else ''}")
    links = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            for ln in e.get("links") or []:
                if ln.get("href") and ln.get("rel", "alternate") == "alternate":
                    link = ln["href"]
                    break
        if not link and e.get("guidislink"):
            link = e.get("id")
        links.append(clean_url(link, url))
    kind = "rss" if version.startswith("rss") else "atom" if version.startswith("atom") else "feed"
    return FeedDoc(kind, items=_unique(links))


# ---------------------------------------------------------------- politeness


class Politeness:
    """One clock per host: when its next request may start. Requests count per host too."""

    def __init__(
        self,
        delay: float = DEFAULT_DELAY,
        max_backoff: float = DEFAULT_MAX_BACKOFF,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.delay = max(0.0, delay)
        self.max_backoff = max(0.0, max_backoff)
        self.sleep = sleep
        self.clock = clock
        self._next: dict[str, float] = {}
        self.crawl_delay: dict[str, float] = {}  # from robots.txt, bounded by max_backoff
        self.errors: dict[str, int] = {}  # 429/5xx/unreachable answers in a row
        self.requests = 0

    def pause(self, host: str) -> float:
        return max(self.delay, min(self.crawl_delay.get(host, 0.0), self.max_backoff))

    def ready_at(self, host: str) -> float:
        return self._next.get(host, 0.0)

    def wait(self, host: str) -> None:
        left = self.ready_at(host) - self.clock()
        if left > 0:
            self.sleep(left)
        self.requests += 1

    def done(self, host: str, ok: bool = True) -> None:
        """After a request ends (whatever its answer): the host rests for its pause."""
        self._next[host] = max(self._next.get(host, 0.0), self.clock() + self.pause(host))
        if ok:
            self.errors[host] = 0

    def back_off(self, host: str, retry_after: str | None = None) -> float:
        """After a 429/5xx: the host rests for Retry-After, else delay x 2^n, bounded; the pause."""
        n = self.errors.get(host, 0) + 1
        self.errors[host] = n
        asked = retry_after_seconds(retry_after)
        want = asked if asked is not None else max(self.delay, 0.5) * 2 ** (n - 1)
        pause = min(max(want, self.pause(host)), max(self.max_backoff, self.pause(host)))
        self._next[host] = self.clock() + pause
        return pause

    def failing(self, host: str) -> bool:
        return self.errors.get(host, 0) >= HOST_GIVE_UP


# ---------------------------------------------------------------- robots.txt


@dataclass
class _Rules:
    parser: RobotFileParser | None  # None: everything allowed
    fetched: float
    unreachable: str | None = None  # why robots.txt could not be read (the site's items wait)
    refused: str | None = None  # the site may not be fetched at all (a private address)


class Robots:
    """robots.txt per site, fetched once (kept ROBOTS_TTL_S) through the safe fetcher."""

    def __init__(self, polite: Politeness, *, allow_private: bool, timeout: float = _fetch.TIMEOUT_S):
        self.polite = polite
        self.allow_private = allow_private
        self.timeout = timeout
        self._rules: dict[str, _Rules] = {}

    def forget_unreachable(self) -> None:
        """A new pass tries the robots.txt that could not be read again."""
        self._rules = {k: v for k, v in self._rules.items() if v.unreachable is None}

    def _load(self, site: str) -> _Rules:
        url = site + "/robots.txt"
        host = _host(url)
        self.polite.wait(host)
        try:
            page = _fetch.fetch_page(
                url, allow_private=self.allow_private, max_bytes=ROBOTS_MAX_BYTES, timeout=self.timeout,
                any_type=True, headers={"Accept": "text/plain, */*;q=0.1"},
            )
        except _fetch.HTTPError as e:
            if e.status == 429 or e.status >= 500:
                self.polite.done(host, ok=False)
                self.polite.back_off(host, e.retry_after)
                return _Rules(None, self.polite.clock(), unreachable=e.reason)
            self.polite.done(host)
            return _Rules(None, self.polite.clock())  # 4xx: no robots.txt, all allowed (RFC 9309)
        except InputError as e:
            self.polite.done(host, ok=False)
            if e.reason.startswith(TRANSIENT_REASONS):
                self.polite.errors[host] = self.polite.errors.get(host, 0) + 1
                return _Rules(None, self.polite.clock(), unreachable=e.reason)
            if e.reason.startswith("refused"):
                return _Rules(None, self.polite.clock(), refused=e.reason)
            # too many redirects, too large, ...: as good as none (RFC 9309 reads them as 4xx)
            return _Rules(None, self.polite.clock())
        self.polite.done(host)
        text = page.body.decode(page.charset or "utf-8", errors="replace")
        rp = RobotFileParser(url)
        rp.parse(text.splitlines())
        cd = rp.crawl_delay(AGENT)
        if cd:
            try:
                self.polite.crawl_delay[host] = float(cd)
            except (TypeError, ValueError):
                pass
        return _Rules(rp, self.polite.clock())

    def verdict(self, url: str) -> tuple[str, bool] | None:
        """None if `url` may be fetched, else (the reason, whether it may pass)."""
        site = _site(url)
        rules = self._rules.get(site)
        if rules is None or self.polite.clock() - rules.fetched > ROBOTS_TTL_S:
            rules = self._rules[site] = self._load(site)
        if rules.refused is not None:
            return rules.refused, False
        if rules.unreachable is not None:
            return f"not fetched: {site}/robots.txt cannot be read ({rules.unreachable})", True
        if rules.parser is not None and not rules.parser.can_fetch(AGENT, url):
            return f"disallowed by {site}/robots.txt", False
        return None


# ---------------------------------------------------------------- what the store keeps


class FeedState:
    """The tables `feeds` and `feed_items` of a store (migration 0003)."""

    def __init__(self, store: Any):
        self.store = store
        self.engine = store.engine

    def feed(self, url: str) -> dict[str, Any] | None:
        from sqlalchemy import select

        from .store.schema import feeds

        with self.engine.connect() as conn:
            row = conn.execute(select(feeds).where(feeds.c.url == url)).mappings().first()
        return dict(row) if row else None

    def save_feed(self, url: str, **values: Any) -> None:
        from sqlalchemy import insert, update
        from sqlalchemy.exc import IntegrityError

        from .store.schema import feeds

        for _ in range(2):
            try:
                with self.engine.begin() as conn:
                    n = conn.execute(update(feeds).where(feeds.c.url == url).values(**values)).rowcount
                    if not n:
                        conn.execute(insert(feeds).values(url=url, **values))
                return
            except IntegrityError:  # another watcher added it meanwhile: update it
                continue

    def add_items(self, feed: str, urls: list[str]) -> int:
        """Remember the URLs not seen before, for `feed`; how many were new."""
        from sqlalchemy import insert, select
        from sqlalchemy.exc import IntegrityError

        from .store.schema import feed_items

        urls = _unique(urls)
        known: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(urls), 500):
                known.update(conn.execute(select(feed_items.c.url).where(feed_items.c.url.in_(urls[i : i + 500]))).scalars())
        new = [u for u in urls if u not in known]
        if not new:
            return 0
        now = _now()
        rows = [{"url": u, "feed": feed, "state": "pending", "attempts": 0, "first_seen": now, "updated_at": now} for u in new]
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(feed_items), rows)
            return len(rows)
        except IntegrityError:  # another watcher found some of them meanwhile
            added = 0
            for r in rows:
                try:
                    with self.engine.begin() as conn:
                        conn.execute(insert(feed_items).values(**r))
                    added += 1
                except IntegrityError:
                    pass
            return added

    def work(self, feed: str, limit: int) -> tuple[list[tuple[str, int]], int]:
        """The items of `feed` to fetch now, oldest found first, [(url, attempts)], and how many
        more wait beyond `limit`."""
        from sqlalchemy import func, select

        from .store.schema import feed_items

        todo = (feed_items.c.feed == feed) & feed_items.c.state.in_(("pending", "retry"))
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(feed_items.c.url, feed_items.c.attempts).where(todo).order_by(feed_items.c.pk).limit(limit)
            ).all()
            total = conn.execute(select(func.count()).select_from(feed_items).where(todo)).scalar_one()
        return [(r[0], r[1]) for r in rows], max(0, total - len(rows))

    def finish(self, outcomes: list[dict[str, Any]]) -> None:
        """Each {url, state, attempts, article_id, reason}, in one transaction."""
        from sqlalchemy import update

        from .store.schema import feed_items

        if not outcomes:
            return
        now = _now()
        with self.engine.begin() as conn:
            for o in outcomes:
                conn.execute(
                    update(feed_items)
                    .where(feed_items.c.url == o["url"])
                    .values(state=o["state"], attempts=o["attempts"], article_id=o.get("article_id"),
                            reason=o.get("reason"), updated_at=now)
                )


# ---------------------------------------------------------------- a pass


@dataclass
class FeedReport:
    url: str
    items: int = 0  # item URLs the feed lists (its sitemaps' together, for a sitemap index)
    modified: bool = True  # False: every document answered 304
    new: int = 0  # articles newly stored
    already: int = 0  # fetched, but the same text was stored already
    failed: int = 0  # items that failed in this pass
    left: int = 0  # items waiting beyond max_items
    deferred: int = 0  # items not tried: their host kept failing
    error: str | None = None  # the feed itself could not be read

    def line(self) -> str:
        if self.error:
            head = f"feed {self.url}: cannot be read ({self.error}); "
        else:
            head = f"feed {self.url}: {self.items} item{'' if self.items == 1 else 's'}"
            head += ", " if self.modified else " (not modified), "
        text = f"{head}{self.new} new, {self.failed} failed"
        if self.already:
            text += f", {self.already} already stored"
        if self.deferred:
            text += f", {self.deferred} put off (see below)"
        if self.left:
            text += f", {self.left} left for the next pass"
        return text


@dataclass
class PassResult:
    feeds: list[FeedReport] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (item or feed, reason), this pass
    story_errors: list[tuple[str, str]] = field(default_factory=list)
    deferred: dict[str, list[str]] = field(default_factory=dict)  # why -> the items not tried
    requests: int = 0
    elapsed: float = 0.0

    @property
    def new(self) -> int:
        return sum(f.new for f in self.feeds)

    @property
    def failed(self) -> int:
        return sum(f.failed for f in self.feeds) + sum(1 for f in self.feeds if f.error)

    @property
    def complete(self) -> bool:
        """Nothing failed and nothing was put off."""
        return not self.failed and not self.deferred

    def lines(self) -> list[str]:
        return [f.line() for f in self.feeds]

    def summary(self) -> str:
        return (f"pass: {len(self.feeds)} feed{'' if len(self.feeds) == 1 else 's'}, {self.new} new, "
                f"{self.failed} failed, {self.requests} request{'' if self.requests == 1 else 's'} in {self.elapsed:.1f} s")


def _interleave(work: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Items ordered host by host in turn, so one host's pauses are spent on the others."""
    by_host: dict[str, deque] = {}
    for w in work:
        by_host.setdefault(_host(w[0]), deque()).append(w)
    out = []
    while by_host:
        for h in list(by_host):
            out.append(by_host[h].popleft())
            if not by_host[h]:
                del by_host[h]
    return out


class Watcher:
    """Watches feeds and sitemaps into a store; keeps politeness and robots.txt across passes."""

    def __init__(
        self,
        store: Any,
        *,
        allow_private: bool = False,
        delay: float = DEFAULT_DELAY,
        max_backoff: float = DEFAULT_MAX_BACKOFF,
        retries: int = DEFAULT_RETRIES,
        max_items: int = DEFAULT_MAX_ITEMS,
        batch_size: int = 16,
        timeout: float = _fetch.TIMEOUT_S,
        analyse: Callable[[list[Any]], list[Any]] | None = None,
        stories: bool = True,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.store = store
        self.state = FeedState(store)
        self.allow_private = allow_private
        self.retries = max(0, retries)
        self.max_items = max(1, max_items)
        self.batch_size = max(1, batch_size)
        self.timeout = timeout
        self.analyse = analyse
        self.stories = stories
        self.polite = Politeness(delay, max_backoff, sleep=sleep, clock=clock)
        self.robots = Robots(self.polite, allow_private=allow_private, timeout=timeout)
        # what reading one feed's documents found, written to the store once they are all read
        self._found: list[tuple[str, list[str]]] = []
        self._pending_validators: list[tuple[str, dict[str, Any]]] = []
        self._child_errors: list[tuple[str, str]] = []

    # --- documents

    def _get_document(self, url: str, known: dict[str, Any] | None) -> _fetch.Fetched:
        """One feed or sitemap, conditionally; 429/5xx tried again after the host's backoff."""
        headers = {"Accept": FEED_ACCEPT}
        if known and known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known and known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        host = _host(url)
        for attempt in range(self.retries + 1):
            self.polite.wait(host)
            try:
                page = _fetch.fetch_page(
                    url, allow_private=self.allow_private, max_bytes=SITEMAP_MAX_BYTES,
                    timeout=self.timeout, headers=headers, any_type=True,
                )
            except _fetch.HTTPError as e:
                self.polite.done(host, ok=False)
                if (e.status == 429 or e.status >= 500) and attempt < self.retries:
                    self.polite.back_off(host, e.retry_after)
                    continue
                raise
            except InputError:
                self.polite.done(host, ok=False)
                raise
            self.polite.done(host)
            return page
        raise AssertionError("unreachable")  # pragma: no cover

    def _read_document(self, url: str, depth: int = 0) -> tuple[list[str], int, bool]:
        """The item URLs of a feed or sitemap (a sitemap index: of its sitemaps), how many it
        lists, and whether any document changed. Raises InputError for the document itself."""
        known = self.state.feed(url)
        page = self._get_document(url, known)
        now = _now()
        if page.status == 304 and known:
            self.state.save_feed(url, checked_at=now, error=None)
            kind, sitemaps = self._known_kind(known)
            if kind == "sitemapindex" and depth == 0:
                items: list[str] = []
                n, changed = 0, False
                for sm in sitemaps:
                    got, cnt, ch = self._read_child(url, sm)
                    items += got
                    n += cnt
                    changed = changed or ch
                return items, n, changed
            return [], int(known.get("n_items") or 0), False
        try:
            doc = parse_document(page.body, page.url, page.headers.get("content-type"))
        except ValueError as e:
            raise InputError(url, str(e)) from None
        except Exception as e:  # a parser's bug: this document fails, the pass goes on
            raise InputError(url, f"cannot read the document ({type(e).__name__}: {e})") from None
        if doc.kind == "sitemapindex":
            if depth > 0:  # an index inside an index: the protocol has none, read no deeper
                raise InputError(url, "a sitemap index inside a sitemap index (not read)")
            sitemaps = doc.sitemaps[:MAX_SITEMAPS]
            items = []
            n = 0
            for sm in sitemaps:
                got, cnt, _ = self._read_child(url, sm)
                items += got
                n += cnt
            self._save_validators(url, page, now, n, doc.kind, sitemaps)
            return items, n, True
        return self._remember(url, page, now, doc), len(doc.items), True

    def _read_child(self, index: str, sitemap: str) -> tuple[list[str], int, bool]:
        try:
            return self._read_document(sitemap, depth=1)
        except InputError as e:
            self._child_errors.append((sitemap, e.reason))
            return [], 0, False

    def _remember(self, url: str, page: _fetch.Fetched, now: _dt.datetime, doc: FeedDoc) -> list[str]:
        # run_pass stores the items first, then the validators: a pass cut short between the
        # two reads the document again rather than miss its items
        self._found.append((url, doc.items))
        self._save_validators(url, page, now, len(doc.items), doc.kind, [])
        return doc.items

    def _save_validators(self, url: str, page: _fetch.Fetched, now: _dt.datetime, n: int, kind: str, sitemaps: list[str]) -> None:
        self._pending_validators.append(
            (url, {"etag": page.headers.get("etag"), "last_modified": page.headers.get("last-modified"),
                   "checked_at": now, "changed_at": now, "n_items": n, "error": None,
                   "kind": kind, "sitemaps": json.dumps(sitemaps) if sitemaps else None})
        )

    @staticmethod
    def _known_kind(known: dict[str, Any]) -> tuple[str, list[str]]:
        try:
            sitemaps = json.loads(known.get("sitemaps") or "[]")
        except ValueError:
            sitemaps = []
        return known.get("kind") or "", [s for s in sitemaps if isinstance(s, str)]

    # --- items

    def _fetch_items(self, work: list[tuple[str, int]], transient: set[str], deferred: dict[str, str]) -> Iterator[Any]:
        """A Source or an InputError for each item (deferred ones: neither), host by host."""
        from .ingest.sources import read_url

        queues: dict[str, deque] = {}
        order: dict[str, int] = {}
        for url, attempts in work:
            h = _host(url)
            order.setdefault(h, len(order))
            queues.setdefault(h, deque()).append((url, attempts, 0))
        while queues:
            host = min(queues, key=lambda h: (self.polite.ready_at(h), order[h]))
            url, attempts, tries = queues[host].popleft()
            if not queues[host]:
                del queues[host]
            if self.polite.failing(host):
                deferred[url] = f"{host} kept failing ({HOST_GIVE_UP} errors in a row)"
                continue
            verdict = self.robots.verdict(url)
            if verdict is not None:
                reason, passing = verdict
                if passing:
                    transient.add(url)
                    reason = self._passing(reason, attempts, 0)
                yield InputError(url, reason)
                continue
            self.polite.wait(host)
            try:
                src = read_url(url, allow_private=self.allow_private, timeout=self.timeout)
            except _fetch.HTTPError as e:
                self.polite.done(host, ok=False)
                if e.status == 429 or e.status >= 500:
                    self.polite.back_off(host, e.retry_after)
                    if tries < self.retries and not self.polite.failing(host):
                        queues.setdefault(host, deque()).append((url, attempts, tries + 1))
                        continue
                    transient.add(url)
                    yield InputError(url, self._passing(e.reason, attempts, tries))
                else:
                    yield e
                continue
            except InputError as e:
                self.polite.done(host, ok=False)
                if e.reason.startswith(TRANSIENT_REASONS):
                    self.polite.errors[host] = self.polite.errors.get(host, 0) + 1
                    transient.add(url)
                    yield InputError(url, self._passing(e.reason, attempts, tries))
                else:
                    yield e
                continue
            self.polite.done(host)
            src.name = url
            yield src

    @staticmethod
    def _passing(reason: str, attempts: int, tries: int) -> str:
        t = f"tried {tries + 1} times, " if tries else ""
        if attempts + 1 >= MAX_PASS_ATTEMPTS:
            return f"{reason} ({t}failed on {attempts + 1} passes: given up)"
        return f"{reason} ({t}tried again on the next pass)"

    # --- the pass

    def run_pass(self, feeds: list[str], on_feed: Callable[[FeedReport], None] | None = None) -> PassResult:
        """Read every feed, fetch and ingest what is new; see the module's doc."""
        from .collect import ingest

        t0 = time.perf_counter()
        requests0 = self.polite.requests
        self.robots.forget_unreachable()
        result = PassResult()
        reports: dict[str, FeedReport] = {}
        work: list[tuple[str, int]] = []
        owner: dict[str, str] = {}
        for feed in dict.fromkeys(feeds):
            rep = reports[feed] = FeedReport(feed)
            self._found, self._pending_validators, self._child_errors = [], [], []
            try:
                _, rep.items, rep.modified = self._read_document(feed)
            except InputError as e:
                rep.error = e.reason
                result.failures.append((feed, e.reason))
                self.state.save_feed(feed, checked_at=_now(), error=e.reason)
                self.store.add_failure(feed, f"feed not read: {e.reason}")
            for url, items in self._found:
                self.state.add_items(feed, items)
            for url, values in self._pending_validators:
                self.state.save_feed(url, **values)
            for sm, reason in self._child_errors:
                result.failures.append((sm, reason))
                self.state.save_feed(sm, checked_at=_now(), error=reason)
                self.store.add_failure(sm, f"sitemap not read: {reason}")
                rep.failed += 1
            # failures recorded earlier for the documents read now are cleared
            self.store.add_many([], resolved=([feed] if rep.error is None else []) + [u for u, _ in self._pending_validators])
            items, rep.left = self.state.work(feed, self.max_items)
            for url, attempts in items:
                owner[url] = feed
            work += items
        work = _interleave(work)

        analysed: set[str] = set()
        counted: set[str] = set()

        def analyse(arts: list[Any]) -> list[Any]:
            analysed.update(a.id for a in arts)
            if self.analyse is not None:
                return self.analyse(arts)
            from .pipeline import analyze_articles

            return list(analyze_articles(arts, batch_size=self.batch_size))

        chunk = 4 * self.batch_size
        attempts_of = dict(work)
        for i in range(0, len(work), chunk):
            part = work[i : i + chunk]
            transient: set[str] = set()
            deferred: dict[str, str] = {}
            stats = ingest(
                [], self.store, read=self._fetch_items(part, transient, deferred), batch_size=self.batch_size,
                analyse=analyse, stories=self.stories,
            )
            result.story_errors += stats.story_errors
            by_item = {e[0]: e for e in stats.items}
            outcomes = []
            for url, _ in part:
                rep = reports[owner[url]]
                if url in deferred:
                    rep.deferred += 1
                    result.deferred.setdefault(deferred[url], []).append(url)
                    continue
                entry = by_item.get(url)
                if entry is None:  # pragma: no cover - every item read ends in stats.items
                    continue
                _, article_id, reason = entry
                attempts = attempts_of[url]
                if reason is None:
                    outcomes.append({"url": url, "state": "done", "attempts": attempts, "article_id": article_id, "reason": None})
                    if article_id in analysed and article_id not in counted:
                        counted.add(article_id)
                        rep.new += 1
                    else:
                        rep.already += 1
                    continue
                rep.failed += 1
                result.failures.append((url, reason))
                if url in transient and attempts + 1 < MAX_PASS_ATTEMPTS:
                    outcomes.append({"url": url, "state": "retry", "attempts": attempts + 1, "article_id": None, "reason": reason})
                else:
                    outcomes.append({"url": url, "state": "failed", "attempts": attempts + (url in transient), "article_id": None, "reason": reason})
            self.state.finish(outcomes)
        result.feeds = list(reports.values())
        if on_feed is not None:
            for rep in result.feeds:
                on_feed(rep)
        result.requests = self.polite.requests - requests0
        result.elapsed = time.perf_counter() - t0
        return result
