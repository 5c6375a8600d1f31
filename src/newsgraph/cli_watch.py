"""Feeds and sitemaps: newsgraph watch (registered on cli.app on import)."""

from __future__ import annotations

import datetime as _dt
import signal
import time
from typing import Optional

import typer
from sqlalchemy.exc import SQLAlchemyError

from .cli import _err, app

DB_HELP = "The store: a SQLite file (default ./newsgraph.db) or a postgresql:// URL."


def _seconds(value: str, option: str) -> float:
    from .watch import parse_duration

    try:
        return parse_duration(value)
    except ValueError as e:
        _err(f"{option}: {e}")
        raise typer.Exit(2)


@app.command()
def watch(
    feeds: list[str] = typer.Argument(..., help="RSS or Atom feeds and sitemaps (news sitemaps, sitemap indexes): http(s) URLs."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    every: str = typer.Option("15m", "--every", help="Time between the starts of two passes (30s, 15m, 1h)."),
    once: bool = typer.Option(False, "--once", help="One pass, then exit (status 1 if an item failed or was put off)."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on loopback, private or link-local addresses."),
    delay: str = typer.Option("1s", "--delay", help="Least time between two requests to one host (robots.txt may ask for more)."),
    max_backoff: str = typer.Option("60s", "--max-backoff", help="Longest pause a 429/5xx answer (its Retry-After) or a Crawl-delay imposes on a host."),
    retries: int = typer.Option(2, "--retries", min=0, max=10, help="More tries of an item answered 429/5xx, within a pass."),
    max_items: int = typer.Option(500, "--max-items", min=1, help="Items fetched per feed and pass; the rest wait for the next pass."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per batch (analysed together, committed together)."),
) -> None:
    """Follow feeds and sitemaps: fetch each new item once and ingest it into the store.

    Each pass fetches every feed with a conditional GET (ETag, Last-Modified), then the items not
    seen before, politely (a pause between requests to one host, backoff on 429/5xx, robots.txt
    respected), and ingests them as `newsgraph ingest` does; items that cannot be fetched or read
    (dead links, disallowed, not an article) are recorded with the reason (`newsgraph failures`).
    One line per feed and pass. Without --once it runs a pass every --every until Ctrl-C.
    """
    from .cli_store import _open
    from .watch import Watcher
    from .ingest.sources import is_url

    period = _seconds(every, "--every")
    pause = _seconds(delay, "--delay")
    backoff = _seconds(max_backoff, "--max-backoff")
    if not once and period < 1:
        _err("--every: at least 1s between passes")
        raise typer.Exit(2)
    bad = [f for f in feeds if not is_url(f) or f.split(":", 1)[0].lower() not in ("http", "https")]
    if bad:
        _err(f"not an http(s) URL: {', '.join(bad)} (give the URL of a feed or a sitemap)")
        raise typer.Exit(2)
    store = _open(db)
    watcher = Watcher(
        store, allow_private=allow_private, delay=pause, max_backoff=backoff, retries=retries,
        max_items=max_items, batch_size=batch_size,
    )

    def stop(signum, frame):  # SIGTERM ends the watch as Ctrl-C does
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, stop) if not once else None
    passes = 0
    try:
        while True:
            started = time.monotonic()
            result = watcher.run_pass(feeds, on_feed=lambda rep: typer.echo(rep.line()))
            passes += 1
            for item, reason in result.failures:
                typer.echo(f"error: {item}: {reason}", err=True)
            for why, items in result.deferred.items():
                typer.echo(f"put off to a later pass: {len(items)} item{'' if len(items) == 1 else 's'}: {why}", err=True)
            for item, reason in result.story_errors:
                typer.echo(f"warning: {item}: {reason}", err=True)
            typer.echo(result.summary(), err=True)
            if once:
                raise typer.Exit(0 if result.complete else 1)
            wait = max(0.0, started + period - time.monotonic())
            at = (_dt.datetime.now() + _dt.timedelta(seconds=wait)).strftime("%H:%M:%S")
            typer.echo(f"next pass at {at} (Ctrl-C to stop)", err=True)
            time.sleep(wait)
    except KeyboardInterrupt:
        if once:
            _err(f"interrupted: what was committed is in {store.name}; the next run goes on with the items left")
            raise typer.Exit(130)
        typer.echo(f"stopped after {passes} pass{'' if passes == 1 else 'es'}: {store.name}", err=True)
    except SQLAlchemyError as e:  # the store went away mid-run (disk full, server down, ...)
        from .store.db import _reason

        _err(f"cannot write to the store at {store.name}: {_reason(e)}")
        raise typer.Exit(2)
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)
        store.close()
