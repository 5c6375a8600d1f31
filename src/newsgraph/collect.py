"""Analyse articles and keep them: what `newsgraph ingest` does, callable from Python.

    stats = ingest(["folder/", "https://..."], store, published=None, publisher=None)

It sits above the pipeline, the store and the corpus layer and drives them in turn (the store
itself never runs the analysis): read, extract, analyse, store, then put each new article into
its story (corpus.online; `stories=False` leaves that out).

Each source is read and extracted first; its article id (the normalised body's hash) is known
then, before the language model runs, so articles already in the store are skipped at the cost
of extraction alone. The rest go through the pipeline (analyze_articles, the batched core of
analyze_many) a batch at a time, and each batch is committed with the failures met on the way:
a crash loses at most one batch, and a re-run continues where the last one stopped, ending with
every article stored exactly once (and in a story: one stored by a run stopped before it placed
the article is placed by the re-run that meets it again). A bad item (unreadable, no article text, an error in a
stage) is recorded as a failure with its reason and never stops the others.

Records of web archives (WARC files) are skipped before extraction where their URL is stored
already, and one whose article text was met earlier in the run is named as a duplicate; with
the body hash, that keeps a re-run (or a run restarted after a kill) from storing anything twice.

A PostgreSQL server that goes away mid-run (restarted, shutting down) is waited for, up to
STORE_WAIT_S seconds, and the write that met it is made again on a new connection (a write is one
transaction, and storing is idempotent by article id); a server still away then, or any other
error of the store itself (a full disk, a read-only file), stops the run with a StoreError or the
driver's OperationalError, the batches committed before it kept.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from .errors import InputError
from .store.db import Store, StoreError, is_disconnect

STORE_WAIT_S = 60.0  # how long a run waits for a PostgreSQL server that went away


@dataclass
class IngestStats:
    stored: int = 0  # newly stored articles
    skipped: int = 0  # already in the store (or met twice in this run)
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (item, reason), this run
    # every item in input order: [item, article id or None, failure reason or None]
    items: list[list[Any]] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    analysis_s: float = 0.0  # time in the language pipeline
    store_s: float = 0.0  # time writing to the store
    # articles stored whose story could not be worked out: (item, reason)
    story_errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        e = self.elapsed
        return self.done / e if e > 0 else 0.0


def count_items(sources: Iterable[str]) -> int | None:
    """How many articles the sources name (folders walked), or None where unknown (a WARC
    file's records are not counted ahead)."""
    from .ingest.sources import folder_files, is_url
    from .ingest.warc import is_warc

    n = 0
    for s in sources:
        if s == "-" or is_url(s):
            n += 1
        elif os.path.isdir(s):
            files, errors = folder_files(s)
            if any(is_warc(f) for f in files):
                return None
            n += max(1, len(files) + len(errors))
        elif is_warc(s):
            return None
        else:
            n += 1
    return n


def _url_key(url: str) -> bytes:
    import hashlib

    return hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def stored_url_keys(store: Store) -> set[bytes]:
    """A digest of every stored article's URL: read once per run that meets a web archive
    (one pass over the articles; 16 bytes an article), so archived pages already stored are
    skipped before extraction."""
    from sqlalchemy import select

    from .store.schema import articles

    with store.engine.connect() as conn:
        rows = conn.execute(select(articles.c.url).where(articles.c.url.is_not(None))).scalars()
        return {_url_key(u) for u in rows}


def _reason(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}".strip().splitlines()[0][:500]


def ingest(
    sources: Iterable[str],
    store: Store,
    *,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    allow_private: bool = False,
    batch_size: int = 16,
    stdin: Any = None,
    on_progress: Callable[[IngestStats], None] | None = None,
    analyse: Callable[[list[Any]], list[Any]] | None = None,
    stories: bool = True,
    read: Iterable[Any] | None = None,
    store_wait: float | None = None,
    on_store_wait: Callable[[str], None] | None = None,
    max_bytes: int | None = None,
    time_budget: float | None = None,
) -> IngestStats:
    """Analyse and store every source; returns the counts. `analyse` (articles -> records)
    replaces the pipeline in tests. `read`, when given, is what was read already (Sources, and
    InputErrors for items that could not be: `newsgraph watch` fetches its items itself), taken
    in place of reading `sources`. `max_bytes` and `time_budget`: an item's size cap and time
    budget (None: NEWSGRAPH_MAX_BYTES / NEWSGRAPH_TIME_BUDGET, else 5 MB and 60 s). A store that went away is waited for up to `store_wait`
    seconds (default STORE_WAIT_S); `on_store_wait` is told, in one line, when waiting starts.
    Raises StoreError or OperationalError where the store cannot be written."""
    from .ingest import iter_sources
    from .pipeline import Item, analyze_articles, extract

    from .corpus.online import add_to_stories

    if analyse is None:

        def analyse(arts: list[Any]) -> list[Any]:
            return list(analyze_articles(arts, batch_size=batch_size, time_budget=time_budget))

    wait_s = STORE_WAIT_S if store_wait is None else store_wait

    def retrying(call: Callable[[], Any]) -> Any:
        """A store call, made again while a PostgreSQL server is away (up to wait_s)."""
        from .store.db import _reason as db_reason

        deadline = None
        delay = 0.2
        while True:
            try:
                return call()
            except DBAPIError as e:
                if not is_disconnect(e):
                    raise
                now = time.monotonic()
                if deadline is None:
                    deadline = now + wait_s
                    if on_store_wait is not None and wait_s > 0:
                        on_store_wait(f"the store is unreachable ({db_reason(e)}); waiting up to {wait_s:.0f} s for it")
                if now >= deadline:
                    raise StoreError(f"{db_reason(e)} (still unreachable after {wait_s:.0f} s)") from None
                time.sleep(min(delay, deadline - now))
                delay = min(delay * 2, 2.0)

    stats = IngestStats()
    batch: list[Any] = []  # extracted articles waiting for the pipeline
    fails: list[tuple[str, str]] = []  # failures waiting for the next commit
    seen: dict[str, str] = {}  # article id -> the first item with it in this run
    stored_urls: set[bytes] | None = None  # read when the first archived record comes
    entries: dict[int, list[Any]] = {}  # id(article) -> its entry in stats.items

    def progress() -> None:
        if on_progress is not None:
            on_progress(stats)

    def fail(item: str, reason: str, entry: list[Any] | None = None) -> None:
        if entry is None:
            stats.items.append([item, None, reason])
        else:
            entry[2] = reason
        fails.append((item, reason))
        stats.failures.append((item, reason))
        stats.failed += 1
        progress()

    def flush() -> None:
        if not batch and not fails:
            return
        known = retrying(lambda: store.known_ids([a.id for a in batch])) if batch else set()
        todo = [a for a in batch if a.id not in known]
        done_items = [a.source for a in batch if a.id in known and a.source]
        stats.skipped += len(batch) - len(todo)
        records: list[Any] = []
        t0 = time.perf_counter()
        if todo:
            try:
                records = analyse(todo)
            except Exception:
                # one bad article must not sink its batch: analyse them one by one
                records = []
                for a in todo:
                    try:
                        records.extend(analyse([a]))
                    except Exception as e:  # a stage failed on this article
                        fail(a.source or a.id, f"analysis failed ({_reason(e)})", entries.get(id(a)))
        # the pipeline hands back an InputError in the place of an article a stage failed on
        by_name = {(a.source or a.id): a for a in todo}
        for e in [r for r in records if isinstance(r, InputError)]:
            a = by_name.get(e.item)
            fail(e.item, e.reason, entries.get(id(a)) if a is not None else None)
        records = [r for r in records if not isinstance(r, InputError)]
        t1 = time.perf_counter()
        stats.analysis_s += t1 - t0
        resolved = done_items + [r.article.source for r in records if r.article.source]
        try:
            added = retrying(lambda: store.add_many(records, failures=fails, resolved=resolved))
        except (OperationalError, StoreError):
            raise  # the store itself is unreachable, locked, read-only or full: stop, say so
        except Exception:
            # a record the database refuses: store the others one by one, that one fails
            added = []
            for r in records:
                try:
                    added.append(retrying(lambda: store.add(r)))
                except (OperationalError, StoreError):
                    raise
                except Exception as e:
                    fail(r.article.source or r.article.id, f"cannot store the record ({_reason(e)})", entries.get(id(r.article)))
            failed_items = dict(fails)
            retrying(lambda: store.add_many([], failures=fails, resolved=[x for x in resolved if x not in failed_items]))
        if stories:
            new_ids = {aid for aid, new in added if new}
            fresh = [r for r in records if r.article.id in new_ids]
            if known:  # stored before, but a run stopped (killed) before it put them into stories
                left = retrying(lambda: store.storyless(known))
                if left:
                    fresh += retrying(lambda: store.records(left))
            try:
                retrying(lambda: add_to_stories(store, fresh))
            except (OperationalError, StoreError):
                raise
            except Exception as e:  # the records are stored; a story that cannot be worked out is named
                stats.story_errors += [(r.article.source or r.article.id, f"stored, but not put into a story ({_reason(e)})") for r in fresh]
        stats.store_s += time.perf_counter() - t1
        for _, new in added:
            if new:
                stats.stored += 1
            else:
                stats.skipped += 1
        batch.clear()
        entries.clear()
        fails.clear()
        progress()

    for src in read if read is not None else iter_sources(sources, allow_private=allow_private, stdin=stdin, max_bytes=max_bytes):
        if isinstance(src, InputError):
            fail(src.item, src.reason)
            continue
        archived = getattr(src, "archive", None) is not None
        if archived and src.url:
            if stored_urls is None:
                stored_urls = retrying(lambda: stored_url_keys(store))
            if _url_key(src.url) in stored_urls:  # stored by an earlier run: not extracted again
                stats.items.append([src.name, None, None])
                stats.skipped += 1
                progress()
                continue
        item = Item.from_source(src, published=published, publisher=publisher, url=url)
        try:
            art = extract(item, time_budget=time_budget)
        except InputError as e:
            fail(e.item, e.reason)
            continue
        except Exception as e:  # an extraction bug: the item fails, the run goes on
            fail(src.name, f"extraction failed ({_reason(e)})")
            continue
        stats.items.append([src.name, art.id, None])
        if art.id in seen:
            if archived:  # a web archive's duplicate is named, as the reader names its own
                fail(src.name, f"duplicate (same article text as {seen[art.id]})", stats.items[-1])
                continue
            stats.skipped += 1
            progress()
            continue
        seen[art.id] = src.name
        batch.append(art)
        entries[id(art)] = stats.items[-1]
        if len(batch) >= batch_size:
            flush()
    flush()
    return stats
