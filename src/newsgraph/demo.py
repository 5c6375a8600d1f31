"""`newsgraph demo`: analyse the bundled sample articles, keep them in the store, show what was found."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
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


def _stories(store) -> list[str]:
    """A few lines on the stories the store holds: across reports, what each outlet took and where
    they disagree."""
    page = store.stories(limit=5)
    lines = [f"[bold]Stories[/]: {page['total']} in the store"]
    for item in page["items"]:
        s = store.story(item["id"])
        if not s:
            continue
        lines.append(f"  {escape(s['title'])}  [dim]({len(s['articles'])} reports, {len(s['outlets'])} outlets, "
                     f"/stories/{s['id']})[/]")
        for r in s["reuse"][:3]:
            lines.append(f"    reuse: {escape(r['target'].get('publisher') or r['target']['id'])} takes "
                         f"{round(100 * r['share'])}% of its wording from {escape(r['source'].get('publisher') or r['source']['id'])}")
        for d in s["disagreements"][:3]:
            vals = ", ".join(f"{escape(str(v.get('text')))} ({escape(str(v.get('publisher') or ''))})" for v in d["values"][:4])
            lines.append(f"    disagreement on {escape(d['about'])}: {vals}")
    return lines


def run_demo(folder: Path | None = None, console: Console | None = None, db: str | None = None) -> int:
    """Ingest the sample into the store at `db` (default ./newsgraph.db), show a row per article,
    and say how to browse them."""
    from .store import DEFAULT_DB, StoreError, open_store
    from .collect import ingest

    # a pipe or a CI log is no terminal: give the table room rather than wrap every cell
    console = console or Console(width=None if sys.stdout.isatty() else 150)
    folder = folder or sample_dir()
    if folder is None:
        console.print("[red]error:[/] the bundled sample was not found (reinstall newsgraph, or pass --sample DIR)")
        return 1
    db_shown = db or f"./{DEFAULT_DB}"
    try:
        store = open_store(db or DEFAULT_DB)
    except StoreError as e:
        console.print(f"[red]error:[/] {escape(str(e))}", soft_wrap=True)
        return 2
    table = Table(title=f"newsgraph demo: {folder}")
    table.add_column("file", no_wrap=True, overflow="ellipsis", max_width=34)
    table.add_column("title", overflow="fold", ratio=1)
    table.add_column("outlet", no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("date", no_wrap=True)
    for col in ("actors", "attrib.", "figures", "dates"):
        table.add_column(col, justify="right", no_wrap=True)
    try:
        with console.status("analysing the sample and storing it (the language model loads once)..."):
            stats = ingest([str(folder)], store)
        rows = []
        for item, article_id, reason in stats.items:
            rec = store.get_record(article_id) if article_id and not reason else None
            if rec is None:
                rows.append((Path(item).name, f"[red]{escape(reason or 'not stored')}[/]", "", "", "", "", "", ""))
                continue
            a = rec.article
            rows.append(
                (
                    Path(item).name,
                    escape(a.title or ""),
                    escape(a.publisher or ""),
                    a.published or "",
                    str(len(rec.actors)),
                    str(len(rec.attributions)),
                    str(len(rec.figures)),
                    str(len(rec.dates)),
                )
            )
        n_stored = store.stats()["articles"]
        story_rows = _stories(store)
    finally:
        store.close()
    for r in rows:
        table.add_row(*r)
    console.print(table)
    console.print(
        f"Stored in {db_shown}: {stats.stored} new, {stats.skipped} already there"
        + (f", [red]{stats.failed} failed[/]" if stats.failed else "")
        + f" ({n_stored} articles in the store).",
        soft_wrap=True,
    )
    for line in story_rows:
        console.print(line, soft_wrap=True)
    console.print("Browse them:")
    console.print(f"  newsgraph serve --db {db_shown}   [dim]# then open http://127.0.0.1:8000/[/]", soft_wrap=True)
    first = next((p for p in sorted(folder.iterdir()) if p.name.endswith(SAMPLE_EXTS)), None)
    console.print("Look further:")
    if first is not None:
        console.print(f"  newsgraph analyze {first} --format text   [dim]# one article, read as a summary[/]", soft_wrap=True)
        console.print(f"  newsgraph analyze {first} --format json   [dim]# its evidence-linked record[/]", soft_wrap=True)
    console.print(f"  newsgraph stories --db {db_shown}   [dim]# the stories, reused wording, disagreements[/]", soft_wrap=True)
    console.print(f"  newsgraph export --db {db_shown} --what attributions --format csv --out attributions.csv", soft_wrap=True)
    return 1 if stats.failed else 0
