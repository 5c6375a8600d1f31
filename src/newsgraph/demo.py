"""`newsgraph demo`: analyse the bundled sample articles and show what was found."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

SAMPLE_EXTS = (".txt", ".html", ".htm", ".html.gz")


def sample_dir() -> Path | None:
    """The bundled sample: the repository's data/sample, or the copy installed with the package."""
    here = Path(__file__).resolve()
    candidates = [
        here.parents[2] / "data" / "sample",  # a source checkout / editable install
        Path(sys.prefix) / "share" / "newsgraph" / "sample",  # pip install .
    ]
    for c in candidates:
        if c.is_dir() and any(p.name.endswith(SAMPLE_EXTS) for p in c.iterdir()):
            return c
    return None


def run_demo(folder: Path | None = None, console: Console | None = None) -> int:
    from .errors import InputError
    from .ingest import iter_sources
    from .pipeline import analyze_many

    # a pipe or a CI log is no terminal: give the table room rather than wrap every cell
    console = console or Console(width=None if sys.stdout.isatty() else 150)
    folder = folder or sample_dir()
    if folder is None:
        console.print("[red]error:[/] the bundled sample was not found (reinstall newsgraph, or pass --sample DIR)")
        return 1
    table = Table(title=f"newsgraph demo: {folder}")
    table.add_column("file", no_wrap=True, overflow="ellipsis", max_width=34)
    table.add_column("title", overflow="fold", ratio=1)
    table.add_column("outlet", no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("date", no_wrap=True)
    for col in ("actors", "attrib.", "figures", "dates"):
        table.add_column(col, justify="right", no_wrap=True)
    failures = 0
    with console.status("analysing the sample (the language model loads once)..."):
        rows = []
        for res in analyze_many(iter_sources([str(folder)]), errors="yield"):
            if isinstance(res, InputError):
                failures += 1
                rows.append((res.item, f"[red]{res.reason}[/]", "", "", "", "", "", ""))
                continue
            a = res.article
            rows.append(
                (
                    Path(a.source or "").name,
                    a.title or "",
                    a.publisher or "",
                    a.published or "",
                    str(len(res.actors)),
                    str(len(res.attributions)),
                    str(len(res.figures)),
                    str(len(res.dates)),
                )
            )
    for r in rows:
        table.add_row(*r)
    console.print(table)
    first = next((p for p in sorted(folder.iterdir()) if p.name.endswith(SAMPLE_EXTS)), None)
    console.print("Look further:")
    if first is not None:
        console.print(f"  newsgraph analyze {first} --format text   [dim]# one article, read as a summary[/]", soft_wrap=True)
        console.print(f"  newsgraph analyze {first} --format json   [dim]# its evidence-linked record[/]", soft_wrap=True)
    console.print(f"  newsgraph analyze {folder} --format jsonl --out records.jsonl", soft_wrap=True)
    return 1 if failures else 0
