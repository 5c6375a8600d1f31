"""Feeds: what `newsgraph watch` remembers between passes: feeds (per feed or sitemap, the
ETag and Last-Modified of its last answer, for a conditional GET) and feed_items (each item URL
found, its state: pending, done, retry or failed, and the article it became).

Revision ID: 0003
Revises: 0002
Create Date: 2025-03-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16)),
        sa.Column("sitemaps", sa.Text()),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("checked_at", sa.DateTime(timezone=True)),
        sa.Column("changed_at", sa.DateTime(timezone=True)),
        sa.Column("n_items", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("error", sa.Text()),
        sa.PrimaryKeyConstraint("pk", name="pk_feeds"),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )
    op.create_table(
        "feed_items",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("feed", sa.Text(), nullable=False),
        sa.Column("state", sa.String(8), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("article_id", sa.String(64)),
        sa.Column("reason", sa.Text()),
        sa.Column("first_seen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_feed_items"),
        sa.UniqueConstraint("url", name="uq_feed_items_url"),
    )
    op.create_index("ix_feed_items_feed_state_pk", "feed_items", ["feed", "state", "pk"])


def downgrade() -> None:
    op.drop_index("ix_feed_items_feed_state_pk", table_name="feed_items")
    op.drop_table("feed_items")
    op.drop_table("feeds")
