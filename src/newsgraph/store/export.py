"""Export the store: JSON lines, CSV, Parquet, or a pandas DataFrame.

    newsgraph export --format jsonl|csv|parquet --what articles|attributions|actors|figures|events
    newsgraph.store.to_pandas("attributions", db="newsgraph.db")

One flat row per item, the same columns in every format (COLUMNS below), except that
`--format jsonl --what articles` writes each article's full record, one a line (what
`newsgraph analyze --format jsonl` prints; Record.from_json reads it back).
Rows are read in stored order, a chunk at a time, so exports of any size stream.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from .rows import attribution_select
from .db import Store, open_store
from .schema import actor_names, actors, articles, attributions, event_actors, events, figures

CHUNK = 5000
FORMATS = ("jsonl", "csv", "parquet")

COLUMNS: dict[str, list[str]] = {
    "articles": [
        "id", "url", "publisher", "published", "title", "byline", "language", "source",
        "n_actors", "n_attributions", "n_figures", "n_dates", "n_events", "body",
    ],
    "attributions": [
        "id", "article_id", "publisher", "published", "kind", "act", "actor_id", "actor_name", "actor_role",
        "actor_affiliation", "speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
        "content", "content_spans", "where",
    ],
    "actors": ["id", "name", "type", "code", "aliases", "n_articles", "n_attributions"],
    "figures": [
        "article_id", "published", "value", "value_high", "unit", "per", "qualifier", "change",
        "about", "about_start", "about_end", "span", "span_start", "span_end",
    ],
    "events": [
        "article_id", "published", "type", "mode", "date", "historical", "span", "span_start", "span_end",
        "source_ids", "source_names", "target_ids", "target_names",
    ],
}
INT_COLS = {
    "n_actors", "n_attributions", "n_figures", "n_dates", "n_events", "n_articles", "actor_id",
    "speaker_start", "speaker_end", "cue_start", "cue_end", "about_start", "about_end", "span_start", "span_end",
}


def _as_store(db: "str | Path | Store | None") -> tuple[Store, bool]:
    if isinstance(db, Store):
        return db, False
    return open_store(db), True


def _chunks(store: Store, stmt_for: Any, pk_col: Any) -> Iterator[list[dict[str, Any]]]:
    """Keyset pagination over pk: every row once, CHUNK at a time, in either database."""
    last = None
    while True:
        stmt = stmt_for()
        if last is not None:
            stmt = stmt.where(pk_col > last)
        with store.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(stmt.order_by(pk_col).limit(CHUNK)).mappings()]
        if not rows:
            return
        last = rows[-1]["_pk"]
        yield rows


def records(store: Store) -> Iterator[str]:
    """Every stored record's JSON, in stored order."""
    for chunk in _chunks(store, lambda: select(articles.c.pk.label("_pk"), articles.c.record), articles.c.pk):
        for r in chunk:
            yield r["record"]


def rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    """The flat rows of `what`, columns as in COLUMNS[what]."""
    if what not in COLUMNS:
        raise ValueError(f"cannot export {what!r}: one of {', '.join(COLUMNS)}")
    cols = COLUMNS[what]
    for chunk in _row_chunks(store, what):
        for r in chunk:
            yield {c: r.get(c) for c in cols}


def _row_chunks(store: Store, what: str) -> Iterator[list[dict[str, Any]]]:
    if what == "articles":
        yield from _chunks(store, lambda: select(articles.c.pk.label("_pk"), *(articles.c[c] for c in COLUMNS["articles"])), articles.c.pk)
    elif what == "attributions":
        # the store's own attribution query (the API's), keyed for chunking
        def stmt():
            return attribution_select().add_columns(attributions.c.pk.label("_pk"))

        yield from _chunks(store, stmt, attributions.c.pk)
    elif what == "actors":
        for chunk in _chunks(store, lambda: select(actors.c.id.label("_pk"), *(actors.c[c] for c in COLUMNS["actors"] if c != "aliases")), actors.c.id):
            ids = [r["id"] for r in chunk]
            names: dict[int, list[str]] = {}
            with store.engine.connect() as conn:
                for aid, name in conn.execute(
                    select(actor_names.c.actor_id, actor_names.c.name)
                    .where(actor_names.c.actor_id.in_(ids))
                    .order_by(actor_names.c.actor_id, actor_names.c.name)
                ):
                    names.setdefault(aid, []).append(name)
            for r in chunk:
                r["aliases"] = "; ".join(n for n in names.get(r["id"], []) if n != r["name"])
            yield chunk
    elif what == "figures":
        def stmt():
            return (
                select(figures.c.pk.label("_pk"), articles.c.id.label("article_id"), *(figures.c[c] for c in COLUMNS["figures"][1:]))
                .select_from(figures)
                .join(articles, articles.c.pk == figures.c.article_pk)
            )

        yield from _chunks(store, stmt, figures.c.pk)
    elif what == "events":
        def stmt():
            return (
                select(events.c.pk.label("_pk"), articles.c.id.label("article_id"), *(events.c[c] for c in COLUMNS["events"][1:9]))
                .select_from(events)
                .join(articles, articles.c.pk == events.c.article_pk)
            )

        for chunk in _chunks(store, stmt, events.c.pk):
            pks = [r["_pk"] for r in chunk]
            sides: dict[tuple[int, str], list[tuple[Any, str]]] = {}
            with store.engine.connect() as conn:
                for epk, role, aid, local, name in conn.execute(
                    select(event_actors.c.event_pk, event_actors.c.role, event_actors.c.actor_id, event_actors.c.local_actor, actors.c.name)
                    .outerjoin(actors, actors.c.id == event_actors.c.actor_id)
                    .where(event_actors.c.event_pk.in_(pks))
                    .order_by(event_actors.c.pk)
                ):
                    sides.setdefault((epk, role), []).append((aid, name or local or ""))
            for r in chunk:
                r["historical"] = bool(r["historical"])
                for role in ("source", "target"):
                    s = sides.get((r["_pk"], role), [])
                    r[f"{role}_ids"] = ";".join(str(a) for a, _ in s if a is not None)
                    r[f"{role}_names"] = "; ".join(n for _, n in s)
            yield chunk
    else:  # pragma: no cover - rows() checks
        raise ValueError(what)


def to_pandas(what: str = "articles", db: "str | Path | Store | None" = None):
    import pandas as pd

    store, own = _as_store(db)
    try:
        df = pd.DataFrame(list(rows(store, what)), columns=COLUMNS[what] if what in COLUMNS else None)
    finally:
        if own:
            store.close()
    for c in df.columns:
        if c in INT_COLS:
            df[c] = df[c].astype("Int64")
    return df


def _arrow_schema(what: str) -> Any:
    import pyarrow as pa

    fields = []
    for c in COLUMNS[what]:
        if c in INT_COLS or c == "id" and what in ("attributions", "actors"):
            t = pa.int64()
        elif c in ("value", "value_high"):
            t = pa.float64()
        elif c == "historical":
            t = pa.bool_()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def export(store: Store, what: str, fmt: str, out: "str | Path | IO[str] | None" = None) -> int:
    """Write `what` in `fmt` to `out` (a path; None or "-" for standard output, except parquet).
    Returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if what not in COLUMNS:
        raise ValueError(f"cannot export {what!r}: one of {', '.join(COLUMNS)}")
    n = 0
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if out is None or out == "-" or not isinstance(out, (str, Path)):
            raise ValueError("parquet is written to a file: give --out FILE")
        schema = _arrow_schema(what)
        with pq.ParquetWriter(str(out), schema) as w:
            batch: list[dict[str, Any]] = []
            for r in rows(store, what):
                batch.append(r)
                if len(batch) >= CHUNK:
                    w.write_table(pa.Table.from_pylist(batch, schema=schema))
                    n += len(batch)
                    batch = []
            if batch or n == 0:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
        return n

    own = isinstance(out, (str, Path)) and str(out) != "-"
    stream: IO[str] = open(out, "w", encoding="utf-8", newline="") if own else (out if out not in (None, "-") else sys.stdout)  # type: ignore[assignment]
    try:
        if fmt == "jsonl":
            if what == "articles":
                for rec in records(store):
                    stream.write(rec + "\n")
                    n += 1
            else:
                for r in rows(store, what):
                    stream.write(json.dumps(r, ensure_ascii=False) + "\n")
                    n += 1
        else:
            w = csv.DictWriter(stream, fieldnames=COLUMNS[what])
            w.writeheader()
            for r in rows(store, what):
                w.writerow(r)
                n += 1
    finally:
        if own:
            stream.close()
        else:
            stream.flush()
    return n


__all__ = ["COLUMNS", "FORMATS", "export", "records", "rows", "to_pandas"]
