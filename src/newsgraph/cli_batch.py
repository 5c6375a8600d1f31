"""newsgraph batch SOURCE... --out DIR: analysis on Ray into Parquet (registered on cli.app on import)."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Optional

import typer

from .cli import _err, app
from .errors import InputError


class Engine(str, enum.Enum):
    actors = "actors"
    data = "data"


@app.command()
def batch(
    sources: list[str] = typer.Argument(..., help="Files (.txt, .html, .htm, .html.gz, .warc, .warc.gz) and folders."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the Parquet files (one per shard); made if missing."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes, each with its own spaCy pipeline (default: one per core, or per CPU of the cluster)."),
    address: Optional[str] = typer.Option(None, "--address", help="A running Ray cluster to use: 'auto', HOST:6379 or ray://HOST:10001 (default: a local Ray, started and stopped here)."),
    shard_size: Optional[int] = typer.Option(None, "--shard-size", min=1, help="Files per shard (default: about 32 shards, 5 to 1000 files each). Keep it the same to resume."),
    warc_part_mb: float = typer.Option(64.0, "--warc-part-mb", min=0.001, help="A .warc.gz file is cut into shards of about this many MB (each the records starting in its byte range). Keep it the same to resume."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per spaCy batch."),
    engine: Engine = typer.Option(Engine.actors, "--engine", help="actors: a pool of Ray actors, each shard to the first one free; data: Ray Data (map_batches on an actor pool)."),
) -> None:
    """Analyse files and folders on Ray into Parquet: one row per article, the same records as
    `analyze`. A re-run skips the shards already written, so a stopped batch resumes."""
    from .batch import RayMissing, part_files, run_batch

    def named(e: InputError) -> None:
        _err(str(e))

    try:
        s = run_batch(sources, out, workers=workers, address=address, shard_size=shard_size,
                      warc_part_bytes=max(1, int(warc_part_mb * 1024 * 1024)), batch_size=batch_size, on_failure=named, engine=engine.value)
    except RayMissing as e:
        _err(str(e))
        raise typer.Exit(2)
    except KeyboardInterrupt:
        _err("interrupted: run the same command again to go on from the shards already written")
        raise typer.Exit(130)
    except Exception as e:  # Ray could not start or reach the cluster, the folder cannot be made, ...
        msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
        _err(f"the batch could not run ({type(e).__name__}: {msg})")
        raise typer.Exit(1)

    files = part_files(out)
    typer.echo(
        f"{s.records} records written in {s.done} shards, {s.skipped} shards already done; "
        f"{len(files)} shard files in {out} ({s.seconds:.1f} s)",
        err=True,
    )
    if s.earlier_failures:
        typer.echo(f"  {s.earlier_failures} items failed in the shards done before (kept in their files' metadata)", err=True)
    if s.stopped:
        _err(f"the batch stopped ({s.stopped}); run it again to go on from the shards written")
        raise typer.Exit(1)
    if s.failures or s.shard_errors:
        n = len(s.failures)
        if n:
            _err(f"{n} item{'s' if n != 1 else ''} failed:")
            for f in s.failures:
                typer.echo(f"  {f}", err=True)
        for e in s.shard_errors:
            typer.echo(f"  shard {e}", err=True)
        raise typer.Exit(1)
