"""Store commands: newsgraph ingest | failures | export (registered on cli.app on import)."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Optional

import typer

from .cli import MAX_BYTES_OPTION, PIPELINE_OPTION, TIME_BUDGET_OPTION, _err, _size_cap, _use_pipeline, app
from .errors import InputError

DB_HELP = "The store: a SQLite file (default ./newsgraph.db) or a postgresql:// URL."


def _open(db: Optional[str]):
    from .store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as e:
        _err(str(e))
        raise typer.Exit(2)


def missing_store(db: Optional[str]) -> Optional[str]:
    """The file a SQLite store would be made at, when it does not exist (None: it exists, or the
    store is a server's, which says itself whether it is there). A path, ./newsgraph.db when
    None, or a sqlite:/// URL."""
    import re

    from .store import DEFAULT_DB

    path = db or DEFAULT_DB
    if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", path):
        if not path.lower().startswith("sqlite"):
            return None
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            file = make_url(path).database
        except ArgumentError:
            return None  # open_store says what is wrong with it
        if not file or file == ":memory:" or file.startswith("file:"):
            return None
        return None if Path(file).expanduser().exists() else path
    return None if Path(path).expanduser().exists() else path


def no_store_message(path: str) -> str:
    return f"no store at {path} (make one with `newsgraph ingest FILES --db {path}` or `newsgraph demo`)"


def _open_existing(db: Optional[str]):
    """Open a store that must already exist: a mistyped path is an error (exit 2), not a new
    empty store left behind."""
    path = missing_store(db)
    if path is not None:
        _err(no_store_message(path))
        raise typer.Exit(2)
    return _open(db)


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files (.txt, .html, .htm, .html.gz; web archives .warc, .warc.gz), folders, URLs, or - for standard input."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, YYYY-MM-DD (overrides the page's)."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="The outlet's name."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on loopback, private or link-local addresses."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per batch (analysed together, committed together)."),
    max_bytes: Optional[str] = MAX_BYTES_OPTION,
    time_budget: Optional[float] = TIME_BUDGET_OPTION,
    pipeline: Optional[str] = PIPELINE_OPTION,
) -> None:
    """Analyse articles and keep their records in the store.

    The same article (same normalised text) is stored once however often it is ingested; a
    re-run after an interruption skips what is stored and goes on. Items that fail are
    recorded with the reason (see `newsgraph failures`); the exit status is 1 if any failed.
    """
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .pipeline import check_date
    from .collect import count_items
    from .collect import ingest as run_ingest

    try:
        published = check_date(published)
    except InputError as e:
        _err(str(e))
        raise typer.Exit(2)
    cap = _size_cap(max_bytes)
    _use_pipeline(pipeline)
    store = _open(db)
    console = Console(stderr=True)
    total = count_items(sources)
    progress = Progress(
        SpinnerColumn(),
        BarColumn(bar_width=20),
        TextColumn(
            "{task.completed:.0f}{task.fields[of]} articles · {task.fields[rate]:.1f} articles/s · "
            "[red]{task.fields[failed]} failed[/] · {task.fields[stored]} new, {task.fields[skipped]} already stored"
        ),
        TimeElapsedColumn(),
        console=console,
    )
    task = progress.add_task("ingest", total=total, of=f"/{total}" if total else "", rate=0.0, stored=0, skipped=0, failed=0)

    def update(st) -> None:
        progress.update(task, completed=st.done, rate=st.rate, stored=st.stored, skipped=st.skipped, failed=st.failed)

    interrupted = False
    try:
        with progress:
            stats = run_ingest(
                sources, store, published=published, publisher=publisher, allow_private=allow_private,
                batch_size=batch_size, on_progress=update, max_bytes=cap, time_budget=time_budget,
                on_store_wait=lambda msg: typer.echo(f"warning: {msg}", err=True),
            )
            if total is None or stats.done > (total or 0):
                progress.update(task, total=stats.done)
            update(stats)
    except KeyboardInterrupt:
        interrupted = True
    except Exception as e:  # the store went away mid-run (disk full, read-only, server down, ...)
        from sqlalchemy.exc import DBAPIError

        from .store.db import StoreError, _reason

        if isinstance(e, StoreError):
            _err(f"cannot write to the store at {store.name}: {e}")
        elif isinstance(e, DBAPIError):
            _err(f"cannot write to the store at {store.name}: {_reason(e)}")
        else:  # a fault of ours: said in one line, the batches committed so far kept
            _err(f"ingest stopped ({type(e).__name__}: {str(e).splitlines()[0][:300] if str(e) else ''}); the batches committed so far are in {store.name}")
        raise typer.Exit(2)
    finally:
        store.close()
    if interrupted:
        _err(f"interrupted: the batches committed so far are in {store.name}; run the same command again to go on")
        raise typer.Exit(130)
    for item, reason in stats.failures:
        typer.echo(f"error: {item}: {reason}", err=True)
    for item, reason in stats.story_errors:
        typer.echo(f"warning: {item}: {reason}", err=True)
    typer.echo(
        f"{stats.stored} new, {stats.skipped} already stored, {stats.failed} failed "
        f"in {stats.elapsed:.1f} s ({stats.rate:.1f} articles/s): {store.name}",
        err=True,
    )
    if stats.failed:
        raise typer.Exit(1)


@app.command("failures")
def failures_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(1000, "--limit", min=1, help="At most this many, newest first."),
) -> None:
    """List the items that could not be ingested, with the reason."""
    store = _open_existing(db)
    try:
        page = store.failures(limit=limit)
    finally:
        store.close()
    for f in page["items"]:
        typer.echo(f"{f['at'][:19].replace('T', ' ')}  {f['item']}: {f['reason']}")
    more = f" (showing {len(page['items'])})" if page["total"] > len(page["items"]) else ""
    typer.echo(f"{page['total']} failure{'' if page['total'] == 1 else 's'} in {store.name}{more}", err=True)


class ExportFormat(str, enum.Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class ExportWhat(str, enum.Enum):
    articles = "articles"
    attributions = "attributions"
    actors = "actors"
    figures = "figures"
    events = "events"


@app.command()
def export(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="jsonl, csv or parquet."),
    what: ExportWhat = typer.Option(ExportWhat.articles, "--what", help="articles (jsonl: full records), attributions, actors, figures or events."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here; - or none: standard output (parquet: a file, WHAT.parquet by default)."),
) -> None:
    """Export the store: one row per article, attribution, actor, figure or event."""
    from .store.export import export as run_export

    if out is not None and str(out) == "-":
        if fmt is ExportFormat.parquet:
            _err("parquet is binary and is not written to standard output: give --out FILE (default: "
                 f"{what.value}.parquet), or --format jsonl or csv")
            raise typer.Exit(2)
        out = None
    if fmt is ExportFormat.parquet and out is None:
        out = Path(f"{what.value}.parquet")
    store = _open_existing(db)
    try:
        n = run_export(store, what.value, fmt.value, out if out is not None else sys.stdout)
    except BrokenPipeError:
        # the reader stopped early (`| head`): not an error; keep Python from complaining at exit
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    except OSError as e:
        _err(f"cannot write {out}: {e.strerror or e}")
        raise typer.Exit(1)
    finally:
        store.close()
    where = f" to {out}" if out is not None else ""
    typer.echo(f"{n} {what.value}{where}", err=True)
