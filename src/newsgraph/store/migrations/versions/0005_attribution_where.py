"""Attribution where: the attributions table gets `where` ("title" for an attribution found in
the article's headline, "..., Hamas says", whose speaker, cue and content offsets point into the
title; null for the body), so that stored rows keep what their offsets point into. Rows already
stored take the `where` their record's JSON gives (records analysed before title attributions
have none: their rows stay null, the body).

Revision ID: 0005
Revises: 0004
Create Date: 2025-03-20
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_WHERE = ("title",)
_BATCH = 200


def upgrade() -> None:
    op.add_column("attributions", sa.Column("where", sa.String(8), nullable=True))
    _backfill()


def _backfill() -> None:
    """Copy each stored record's attribution `where` onto its rows (only records that have one)."""
    bind = op.get_bind()
    arts = sa.table("articles", sa.column("pk", sa.Integer), sa.column("record", sa.Text),
                    sa.column("n_attributions", sa.Integer))
    atts = sa.table("attributions", sa.column("article_pk", sa.Integer), sa.column("idx", sa.Integer),
                    sa.column("where", sa.String))
    upd = (atts.update()
           .where(atts.c.article_pk == sa.bindparam("a_pk"), atts.c.idx == sa.bindparam("a_idx"))
           .values({"where": sa.bindparam("a_where")}))
    last = 0
    while True:
        rows = bind.execute(
            sa.select(arts.c.pk, arts.c.record)
            .where(arts.c.pk > last, arts.c.n_attributions > 0,
                   sa.or_(arts.c.record.like('%"where":"title"%'), arts.c.record.like('%"where": "title"%')))
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
                where = a.get("where") if isinstance(a, dict) else None
                if where in _WHERE:
                    changes.append({"a_pk": pk, "a_idx": i, "a_where": where})
        if changes:
            bind.execute(upd, changes)


def downgrade() -> None:
    op.drop_column("attributions", "where")
