"""The store: every record kept in a database (SQLite by default, PostgreSQL by URL).

    from newsgraph.store import open_store, to_pandas
    store = open_store()                        # ./newsgraph.db, schema brought up to date
    store.add(record)                           # -> (article id, True if newly stored)
    store.actor(12)["attributions"]             # who said what, across articles
    df = to_pandas("attributions")              # a pandas DataFrame

Modules: schema (tables), db (Store, open_store), merge (actors across articles), search
(FTS5 / tsvector), export (jsonl, csv, parquet, pandas), stories (stories, reuse and
disagreements as the corpus layer works them out), migrations (Alembic). Analysing and storing
(`newsgraph ingest`) is newsgraph.collect, above the store. The query interface is docs/store-interface.md.
"""

from __future__ import annotations

from .db import DEFAULT_DB, Store, StoreError, open_store

__all__ = ["DEFAULT_DB", "Store", "StoreError", "open_store", "to_pandas", "EXPORTS"]

EXPORTS = ("articles", "attributions", "actors", "figures", "events")


def to_pandas(what: str = "articles", db: "str | Store | None" = None):
    """A pandas DataFrame of `what` (articles, attributions, actors, figures, events) from the
    store at `db` (a Store, a path or URL; None: ./newsgraph.db)."""
    from .export import to_pandas as _to_pandas

    return _to_pandas(what, db)
