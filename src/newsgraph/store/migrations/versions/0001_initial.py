"""The first schema: articles, actors (global, with merge keys), article actors, mentions,
attributions, figures, dates, events (with their actors), failures; full-text search
(SQLite FTS5 tables, PostgreSQL tsvector columns with GIN indexes).

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _span(prefix: str) -> list[sa.Column]:
    return [sa.Column(prefix, sa.Text()), sa.Column(f"{prefix}_start", sa.Integer()), sa.Column(f"{prefix}_end", sa.Integer())]


def _article_fk(table: str) -> sa.Column:
    return sa.Column(
        "article_pk",
        sa.Integer(),
        sa.ForeignKey("articles.pk", ondelete="CASCADE", name=f"fk_{table}_article_pk_articles"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("publisher", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.Column("title", sa.Text()),
        sa.Column("byline", sa.Text()),
        sa.Column("language", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("n_actors", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("n_attributions", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("n_figures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("n_dates", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("n_events", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_articles"),
        sa.UniqueConstraint("id", name="uq_articles_id"),
    )
    op.create_index("ix_articles_published_pk", "articles", ["published", "pk"])
    op.create_index("ix_articles_publisher_published", "articles", ["publisher", "published"])

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("code", sa.Text()),
        sa.Column("n_articles", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("n_attributions", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
    )
    op.create_index("ix_actors_quoted", "actors", ["n_attributions", "n_articles", "id"])
    op.create_index("ix_actors_type_n_attributions", "actors", ["type", "n_attributions"])

    op.create_table(
        "actor_keys",
        sa.Column("key", sa.String(400), nullable=False),
        sa.Column(
            "actor_id",
            sa.Integer(),
            sa.ForeignKey("actors.id", ondelete="CASCADE", name="fk_actor_keys_actor_id_actors"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("key", name="pk_actor_keys"),
    )
    op.create_index("ix_actor_keys_actor_id", "actor_keys", ["actor_id"])

    op.create_table(
        "article_actors",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        _article_fk("article_actors"),
        sa.Column("local_id", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("actors.id", name="fk_article_actors_actor_id_actors"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("role", sa.Text()),
        sa.Column("affiliation", sa.Text()),
        sa.Column("code", sa.Text()),
        sa.Column("label", sa.Text()),
        sa.Column("n_mentions", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("published", sa.String(10)),
        sa.PrimaryKeyConstraint("pk", name="pk_article_actors"),
        sa.UniqueConstraint("article_pk", "local_id", name="uq_article_actors_article_pk_local_id"),
    )
    op.create_index("ix_article_actors_actor_published", "article_actors", ["actor_id", "published", "article_pk"])
    op.create_index("ix_article_actors_article_actor", "article_actors", ["article_pk", "actor_id"])

    op.create_table(
        "actor_names",
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("actors.id", ondelete="CASCADE", name="fk_actor_names_actor_id_actors"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("actor_id", "name", name="pk_actor_names"),
    )
    op.create_table(
        "actor_roles",
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("actors.id", ondelete="CASCADE", name="fk_actor_roles_actor_id_actors"), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("affiliation", sa.Text(), nullable=False),
        sa.Column("first_published", sa.String(10)),
        sa.Column(
            "first_article_pk",
            sa.Integer(),
            sa.ForeignKey("articles.pk", ondelete="SET NULL", name="fk_actor_roles_first_article_pk_articles"),
        ),
        sa.Column("last_published", sa.String(10)),
        sa.Column("n", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("actor_id", "role", "affiliation", name="pk_actor_roles"),
    )

    op.create_table(
        "mentions",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "article_actor_pk",
            sa.Integer(),
            sa.ForeignKey("article_actors.pk", ondelete="CASCADE", name="fk_mentions_article_actor_pk_article_actors"),
            nullable=False,
        ),
        _article_fk("mentions"),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_mentions"),
    )
    op.create_index("ix_mentions_article_actor_pk", "mentions", ["article_actor_pk"])
    op.create_index("ix_mentions_article_pk", "mentions", ["article_pk"])

    op.create_table(
        "attributions",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        _article_fk("attributions"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("actors.id", name="fk_attributions_actor_id_actors")),
        sa.Column(
            "article_actor_pk",
            sa.Integer(),
            sa.ForeignKey("article_actors.pk", name="fk_attributions_article_actor_pk_article_actors"),
        ),
        sa.Column("local_actor", sa.Text()),
        *_span("speaker"),
        *_span("cue"),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_spans", sa.Text(), nullable=False),
        sa.Column("published", sa.String(10)),
        sa.PrimaryKeyConstraint("pk", name="pk_attributions"),
    )
    op.create_index("ix_attributions_actor_published_pk", "attributions", ["actor_id", "published", "pk"])
    op.create_index("ix_attributions_published_pk", "attributions", ["published", "pk"])
    op.create_index("ix_attributions_article_pk", "attributions", ["article_pk"])

    op.create_table(
        "figures",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        _article_fk("figures"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float()),
        sa.Column("value_high", sa.Float()),
        sa.Column("value_json", sa.Text()),
        sa.Column("unit", sa.Text()),
        sa.Column("per", sa.Text()),
        sa.Column("qualifier", sa.Text()),
        sa.Column("change", sa.Text()),
        *_span("about"),
        *_span("span"),
        sa.Column("published", sa.String(10)),
        sa.PrimaryKeyConstraint("pk", name="pk_figures"),
    )
    op.create_index("ix_figures_article_pk", "figures", ["article_pk"])
    op.create_index("ix_figures_published_pk", "figures", ["published", "pk"])

    op.create_table(
        "dates",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        _article_fk("dates"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text()),
        sa.Column("duration", sa.Text()),
        sa.Column("reason", sa.Text()),
        *_span("span"),
        sa.Column("caption", sa.Integer()),
        sa.PrimaryKeyConstraint("pk", name="pk_dates"),
    )
    op.create_index("ix_dates_article_pk", "dates", ["article_pk"])
    op.create_index("ix_dates_value", "dates", ["value"])

    op.create_table(
        "events",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        _article_fk("events"),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("mode", sa.Text()),
        sa.Column("date", sa.Text()),
        sa.Column("historical", sa.Boolean(), nullable=False, server_default="0"),
        *_span("span"),
        sa.Column("published", sa.String(10)),
        sa.PrimaryKeyConstraint("pk", name="pk_events"),
    )
    op.create_index("ix_events_article_pk", "events", ["article_pk"])
    op.create_index("ix_events_type_published", "events", ["type", "published"])

    op.create_table(
        "event_actors",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "event_pk",
            sa.Integer(),
            sa.ForeignKey("events.pk", ondelete="CASCADE", name="fk_event_actors_event_pk_events"),
            nullable=False,
        ),
        _article_fk("event_actors"),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("actors.id", name="fk_event_actors_actor_id_actors")),
        sa.Column("local_actor", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.PrimaryKeyConstraint("pk", name="pk_event_actors"),
    )
    op.create_index("ix_event_actors_actor_published", "event_actors", ["actor_id", "published", "event_pk"])
    op.create_index("ix_event_actors_event_pk", "event_actors", ["event_pk"])

    op.create_table(
        "failures",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_failures"),
    )
    op.create_index("ix_failures_at", "failures", ["at"])

    # full-text search
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # external-content FTS5 tables: the text stays in articles/attributions, the index here;
        # the store writes their rows (rowid = the row's pk) in the same transaction.
        tok = "tokenize = 'porter unicode61 remove_diacritics 2'"
        op.execute(f"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='pk', {tok})")
        op.execute(f"CREATE VIRTUAL TABLE attributions_fts USING fts5(content, content='attributions', content_rowid='pk', {tok})")
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED"
        )
        op.execute("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")
        op.execute(
            "ALTER TABLE attributions ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', content)) STORED"
        )
        op.execute("CREATE INDEX ix_attributions_tsv ON attributions USING gin (tsv)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS attributions_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for t in (
        "failures",
        "event_actors",
        "events",
        "dates",
        "figures",
        "attributions",
        "mentions",
        "actor_roles",
        "actor_names",
        "article_actors",
        "actor_keys",
        "actors",
        "articles",
    ):
        op.drop_table(t)
