"""Attribution acts: the attributions table gets `act` (say, write, think, decide, other: what
kind of act the attribution reports, issue 15), so that lists can show statements (say, write)
by default. Rows already stored take the act their record's JSON gives (records analysed before
acts existed have none: their rows stay 'say', the record's default, until analysed again).

Revision ID: 0004
Revises: 0003
Create Date: 2025-03-15
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_ACTS = ("say", "write", "think", "decide", "other")
_BATCH = 200


def upgrade() -> None:
    op.add_column("attributions", sa.Column("act", sa.String(8), nullable=False, server_default="say"))
    _backfill()


def _backfill() -> None:
    """Copy each stored record's attribution acts onto its rows (only records that have acts)."""
    bind = op.get_bind()
    arts = sa.table("articles", sa.column("pk", sa.Integer), sa.column("record", sa.Text),
                    sa.column("n_attributions", sa.Integer))
    atts = sa.table("attributions", sa.column("article_pk", sa.Integer), sa.column("idx", sa.Integer),
                    sa.column("act", sa.String))
    upd = (atts.update()
           .where(atts.c.article_pk == sa.bindparam("a_pk"), atts.c.idx == sa.bindparam("a_idx"))
           .values(act=sa.bindparam("a_act")))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(arts.c.pk, arts.c.record)
            .where(arts.c.pk > last, arts.c.n_attributions > 0, arts.c.record.like('%"act"%'))
            .order_by(arts.c.pk)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        changes = []
        for pk, record in rows:
            last = pk
            try:
                found = json.loads(record).get("attributions") or []
            except (ValueError, AttributeError):
                continue
            for i, a in enumerate(found):
                act = a.get("act") if isinstance(a, dict) else None
                if act in _ACTS and act != "say":
                    changes.append({"a_pk": pk, "a_idx": i, "a_act": act})
        if changes:
            bind.execute(upd, changes)


def downgrade() -> None:
    op.drop_column("attributions", "act")
