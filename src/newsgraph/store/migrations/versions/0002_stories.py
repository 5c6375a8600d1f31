"""Stories: the tables the corpus layer keeps in the store (stories, story_articles,
article_profiles, story_terms, term_df, reuse, disagreements); the attributions' full-text
index also holds the speaker's words (SQLite: attributions_fts(content, speaker), rebuilt;
PostgreSQL: the generated tsv column over content and speaker).

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TOK = "tokenize = 'porter unicode61 remove_diacritics 2'"


def _article_fk(table: str, name: str = "article_pk", **kw: object) -> sa.Column:
    return sa.Column(
        name,
        sa.Integer(),
        sa.ForeignKey("articles.pk", ondelete="CASCADE", name=f"fk_{table}_{name}_articles"),
        nullable=False,
        **kw,
    )


def _story_fk(table: str) -> sa.Column:
    return sa.Column(
        "story_id",
        sa.String(32),
        sa.ForeignKey("stories.id", ondelete="CASCADE", name=f"fk_{table}_story_id_stories"),
        nullable=False,
    )


def _attributions_fts(with_speaker: bool) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS attributions_fts")
        cols = "content, speaker" if with_speaker else "content"
        op.execute(f"CREATE VIRTUAL TABLE attributions_fts USING fts5({cols}, content='attributions', content_rowid='pk', {_TOK})")
        op.execute("INSERT INTO attributions_fts(attributions_fts) VALUES ('rebuild')")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_attributions_tsv")
        op.execute("ALTER TABLE attributions DROP COLUMN IF EXISTS tsv")
        doc = "content || ' ' || coalesce(speaker, '')" if with_speaker else "content"
        op.execute(f"ALTER TABLE attributions ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', {doc})) STORED")
        op.execute("CREATE INDEX ix_attributions_tsv ON attributions USING gin (tsv)")


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
        sa.Column("n_articles", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("n_outlets", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("outlets", sa.Text()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
    )
    op.create_index("ix_stories_last_seen_id", "stories", ["last_seen", "id"])

    op.create_table(
        "story_articles",
        _article_fk("story_articles"),
        _story_fk("story_articles"),
        sa.PrimaryKeyConstraint("article_pk", name="pk_story_articles"),
    )
    op.create_index("ix_story_articles_story_id", "story_articles", ["story_id"])

    op.create_table(
        "article_profiles",
        _article_fk("article_profiles"),
        sa.Column("profile", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("article_pk", name="pk_article_profiles"),
    )
    op.create_table(
        "story_terms",
        sa.Column("term", sa.String(200), nullable=False),
        _article_fk("story_terms"),
        sa.PrimaryKeyConstraint("term", "article_pk", name="pk_story_terms"),
    )
    op.create_index("ix_story_terms_article_pk", "story_terms", ["article_pk"])
    op.create_table(
        "term_df",
        sa.Column("term", sa.String(200), nullable=False),
        sa.Column("df", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("term", name="pk_term_df"),
    )

    op.create_table(
        "reuse",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        _story_fk("reuse"),
        _article_fk("reuse", "source_article_pk"),
        _article_fk("reuse", "target_article_pk"),
        sa.Column("share", sa.Float()),
        sa.Column("credited", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("pairs", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_reuse"),
    )
    op.create_index("ix_reuse_story_id", "reuse", ["story_id"])
    op.create_index("ix_reuse_target_article_pk", "reuse", ["target_article_pk"])
    op.create_index("ix_reuse_source_article_pk", "reuse", ["source_article_pk"])

    op.create_table(
        "disagreements",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        _story_fk("disagreements"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("about", sa.Text()),
        sa.Column("values", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_disagreements"),
    )
    op.create_index("ix_disagreements_story_id", "disagreements", ["story_id"])

    # a search for a speaker finds what they said: the speaker's words join the index
    _attributions_fts(with_speaker=True)


def downgrade() -> None:
    _attributions_fts(with_speaker=False)
    for t in ("disagreements", "reuse", "term_df", "story_terms", "article_profiles", "story_articles", "stories"):
        op.drop_table(t)
