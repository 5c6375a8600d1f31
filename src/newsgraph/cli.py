"""The command line: newsgraph analyze | demo; ingest, failures, export (cli_store); serve (cli_web);
stories (cli_corpus)."""

from __future__ import annotations

import enum
import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import InputError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Read the news into evidence-linked records: who said what, actors, figures, dates, events.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    pass


class Format(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"
    polnear = "polnear"
    newsquant = "newsquant"
    plover = "plover"


def _err(msg: str) -> None:
    typer.echo(f"error: {msg}", err=True)


# an item's size cap and time budget: the same options for analyze and ingest
MAX_BYTES_OPTION = typer.Option(None, "--max-bytes", help="Size cap of an item (file, standard input, page), e.g. 5MB or 500kB; larger items are refused. Default: NEWSGRAPH_MAX_BYTES, else 5 MB.")
TIME_BUDGET_OPTION = typer.Option(None, "--time-budget", min=0, help="Seconds an item may take to be extracted, and again to be analysed, before it fails (0: no limit). Default: NEWSGRAPH_TIME_BUDGET, else 60.")

PIPELINE_OPTION = typer.Option(None, "--pipeline", help="full: en_core_web_sm as shipped; fast: its NER replaced by one distilled onto the shared tok2vec (scripts/build_fast_ner.py). Default: NEWSGRAPH_PIPELINE, else full.")


def _use_pipeline(name: Optional[str]) -> None:
    """--pipeline checked and put in NEWSGRAPH_PIPELINE (get_nlp reads it, here and in worker
    processes); a bad name ends the command (exit 2)."""
    from .nlp import pipeline_choice, pipeline_missing

    try:
        os.environ["NEWSGRAPH_PIPELINE"] = choice = pipeline_choice(name)
        why = pipeline_missing(choice)
    except ValueError as e:
        why = str(e)
    if why:
        _err(f"--pipeline: {why}")
        raise typer.Exit(2)


def _size_cap(max_bytes: Optional[str]) -> Optional[int]:
    """--max-bytes read as bytes (None: the default cap); a bad size ends the command (exit 2)."""
    from .ingest.sources import parse_size

    try:
        return parse_size(max_bytes) if max_bytes is not None else None
    except ValueError as e:
        _err(f"--max-bytes: {e}")
        raise typer.Exit(2)


@app.command()
def analyze(
    sources: list[str] = typer.Argument(..., help="Files (.txt, .html, .htm, .html.gz; web archives .warc, .warc.gz), folders, URLs, or - for standard input."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, YYYY-MM-DD (overrides the page's)."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="The outlet's name."),
    url: Optional[str] = typer.Option(None, "--url", help="The article's URL (recorded; not fetched)."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json: one record, or a list; jsonl: a record a line; text: a summary to read; polnear: PolNeAR scorer lines."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of standard output."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on loopback, private or link-local addresses."),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles per spaCy batch."),
    acts: str = typer.Option("statements", "--acts", help="--format text: the attributions listed: statements (say, write), all, or acts with commas (say,write,think,decide,other). The records keep every attribution."),
    max_bytes: Optional[str] = MAX_BYTES_OPTION,
    time_budget: Optional[float] = TIME_BUDGET_OPTION,
    pipeline: Optional[str] = PIPELINE_OPTION,
) -> None:
    """Analyse articles and print their records.

    --format newsquant reads a NewsQuant-style JSON list of sentences (one SOURCE) and writes
    the prediction list ../shared/tools/newsquant_score.py reads; --format plover reads the
    PLOVER gold-standard JSON list and writes what ../shared/tools/plover_score.py reads.

    Over several items, a progress line is shown on standard error when it is a terminal.
    """
    from .ingest import is_warc, iter_sources
    from .pipeline import Item, analyze_many, check_date
    from . import render

    try:
        published = check_date(published)
    except InputError as e:
        _err(str(e))
        raise typer.Exit(2)

    from .params import acts_param

    try:
        shown_acts = acts_param(acts)
    except ValueError as e:
        _err(f"--acts: {e}")
        raise typer.Exit(2)
    cap = _size_cap(max_bytes)
    _use_pipeline(pipeline)

    if fmt in (Format.newsquant, Format.plover):
        raise typer.Exit(_scorer_format(fmt, sources, out))
    if fmt is Format.polnear:
        raise typer.Exit(_polnear(sources, out, allow_private, cap))

    failures: list[InputError] = []
    progress = _Progress(sources)
    say = progress.error if progress.shown else _err

    def items():
        for src in iter_sources(sources, allow_private=allow_private, max_bytes=cap):
            if isinstance(src, InputError):
                say(str(src))
                failures.append(src)
                progress.step(failed=True)
                continue
            yield Item.from_source(src, published=published, publisher=publisher, url=url)

    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    n_ok = 0
    records = []
    try:
        for res in progress.wrap(analyze_many(items(), batch_size=batch_size, errors="yield", time_budget=time_budget)):
            if isinstance(res, InputError):
                say(str(res))
                failures.append(res)
                continue
            n_ok += 1
            if fmt is Format.json:
                records.append(res)
            elif fmt is Format.jsonl:
                stream.write(res.to_json() + "\n")
            elif fmt is Format.text:
                stream.write(render.text_summary(res, acts=shown_acts) + "\n")
            elif fmt is Format.polnear:
                line = render.polnear_line(res)
                if line is not None:
                    stream.write(json.dumps(line) + "\n")
            stream.flush()
        if fmt is Format.json:
            if len(records) == 1 and len(sources) == 1 and not Path(sources[0]).is_dir() and not is_warc(sources[0]):
                stream.write(records[0].to_json(indent=2) + "\n")
            else:
                stream.write("[" + ",\n".join(r.to_json(indent=2) for r in records) + "]\n")
    finally:
        progress.close()
        if out:
            stream.close()
    total = n_ok + len(failures)
    if failures:
        if total > 1:
            _err(f"{len(failures)} of {total} items failed:")
            for f in failures:
                typer.echo(f"  {f}", err=True)
        raise typer.Exit(1)


class _Progress:
    """`newsgraph analyze`'s progress line on standard error (rich, as `ingest` shows it), only
    when standard error is a terminal and more than one item is named: items done, of how many,
    failures, the rate and the time; errors are printed above it."""

    def __init__(self, sources: list[str]):
        self.shown = False
        self.done = self.failed = 0
        if not sys.stderr.isatty():
            return
        from .collect import count_items

        total = count_items(sources)
        if total is not None and total <= 1:
            return
        import time

        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.t0 = time.monotonic()
        self.bar = Progress(
            SpinnerColumn(),
            BarColumn(bar_width=20),
            TextColumn("{task.completed:.0f}{task.fields[of]} items · {task.fields[rate]:.1f} items/s · [red]{task.fields[failed]} failed[/]"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.bar.add_task("analyze", total=total, of=f"/{total}" if total else "", rate=0.0, failed=0)
        self.bar.start()
        self.shown = True

    def error(self, msg: str) -> None:
        self.bar.console.print(f"error: {msg}", markup=False, highlight=False, soft_wrap=True)

    def step(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        if self.shown:
            import time

            rate = self.done / max(1e-9, time.monotonic() - self.t0)
            self.bar.update(self.task, completed=self.done, rate=rate, failed=self.failed)

    def wrap(self, results):
        for res in results:
            yield res
            self.step(failed=isinstance(res, InputError))

    def close(self) -> None:
        if self.shown:
            self.bar.stop()
            self.shown = False


def _polnear(sources: list[str], out: Optional[Path], allow_private: bool, max_bytes: Optional[int] = None) -> int:
    """One PolNeAR scorer line per plain-text file: its whole text (headline included, as
    PolNeAR annotates headlines) analysed as read, so offsets are offsets into the file."""
    from .components.attributions_polnear import predict_text
    from .ingest import iter_sources

    failures: list[InputError] = []
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    n = 0
    try:
        for src in iter_sources(sources, allow_private=allow_private, max_bytes=max_bytes):
            if isinstance(src, InputError):
                failures.append(src)
            elif src.kind != "text":
                failures.append(InputError(src.name, "--format polnear reads plain-text files, not HTML"))
            else:
                doc = Path(src.path or src.name).name
                doc = doc[:-4] if doc.endswith(".txt") else doc
                stream.write(json.dumps({"doc": doc, "attributions": predict_text(src.content)}) + "\n")
                n += 1
                continue
            _err(str(failures[-1]))
    finally:
        if out:
            stream.close()
    if failures:
        if n + len(failures) > 1:
            _err(f"{len(failures)} of {n + len(failures)} items failed")
        return 1
    return 0


def _scorer_format(fmt: "Format", sources: list[str], out: Optional[Path]) -> int:
    """Formats whose input is a data set file rather than articles."""
    if len(sources) != 1 or not Path(sources[0]).is_file():
        _err(f"--format {fmt.value} takes one JSON file (a list of sentences): {' '.join(sources)}")
        return 2
    src = sources[0]
    import importlib

    from .formats import write_predictions

    fmod = importlib.import_module(f"{__package__}.formats.{fmt.value}")
    try:
        preds = fmod.predict(fmod.read_items(src))
    except (OSError, ValueError, KeyError, TypeError) as e:
        _err(f"{src}: not a {fmt.value} data set ({type(e).__name__}: {e})")
        return 1
    write_predictions(preds, out)
    return 0


@app.command()
def demo(
    sample: Optional[Path] = typer.Option(None, "--sample", help="Folder of articles (default: the bundled sample)."),
    db: Optional[str] = typer.Option(None, "--db", help="Store: a SQLite path or a database URL (default ./newsgraph.db)."),
) -> None:
    """Analyse the bundled sample articles into the store, summarise each, say how to browse them."""
    from .demo import run_demo

    raise typer.Exit(run_demo(sample, db=db))


def _register_command_modules() -> None:
    """Commands kept in their own modules (store: ingest, failures, export; web: serve)."""
    import importlib

    for mod in ("cli_store", "cli_web", "cli_corpus", "cli_watch", "cli_batch"):
        try:
            importlib.import_module(f"{__package__}.{mod}")
        except ModuleNotFoundError as e:
            if e.name != f"{__package__}.{mod}":
                raise


_register_command_modules()

if __name__ == "__main__":  # pragma: no cover
    app()
