"""Alembic environment for the store. Configured in code (newsgraph.store.db.alembic_config):
there is no alembic.ini; the caller passes an open connection in `config.attributes`.

A new revision: add versions/NNNN_what.py (the next `revision`, `down_revision` the last; see
script.py.mako) beside the schema.py change; tests/test_store.py checks the two agree.
"""

from __future__ import annotations

from alembic import context

from newsgraph.store.schema import include_object, metadata


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("the store's migrations run through newsgraph.store.open_store (no alembic.ini)")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
