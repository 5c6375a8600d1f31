"""The store's tables (SQLAlchemy 2 Core). The migrations in store/migrations create them.

One row per article (`articles`, with the full record JSON so `get_record` is exact), one per
real-world actor across articles (`actors`, merged by names.py through `actor_keys`), and
the record's parts, each row pointing at its article:

    article_actors   an actor as one article has it: local id (a1...), name, role, affiliation
    actor_names, actor_roles   per actor: its names, and its roles over time (summaries)
    mentions         its mentions in that article
    attributions     who said what, with the speaker resolved to the global actor
    figures, dates   as in the record
    events           PLOVER events; event_actors links their sources and targets
    failures         items that could not be analysed, with the reason

and, kept for the corpus layer (migration 0002): stories, story_articles (one story per
article), article_profiles, story_terms and term_df (its inverted index), reuse, disagreements.
What `newsgraph watch` remembers (migration 0003): feeds (conditional-GET validators per feed or
sitemap) and feed_items (each item URL found, and what became of it).

Since migration 0004 each attribution row carries its act (say, write, think, decide, other);
since 0005 its `where`: "title" for an attribution in the headline (its offsets point into the
article's title), null for the body.

Dates are ISO strings (YYYY-MM-DD), which sort as dates in every database. `published` is
copied onto the rows that are listed by date (attributions, article_actors, events) so those
lists are read from one index. Full-text search lives beside these tables: FTS5 tables in
SQLite, tsvector columns in PostgreSQL (see store/search.py and the migrations; since 0002 the
attributions' index holds the speaker's words beside the content).

A change here needs a new migration (store/migrations/versions); tests/test_store.py checks
that the migrated database and these tables agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _span(prefix: str) -> list[Column]:
    return [Column(prefix, Text), Column(f"{prefix}_start", Integer), Column(f"{prefix}_end", Integer)]


def _article_fk() -> Column:
    return Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False)


articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),  # stored order
    Column("id", String(64), nullable=False, unique=True),  # the record's article id (body hash)
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(10)),
    Column("title", Text),
    Column("byline", Text),
    Column("language", Text),
    Column("source", Text),
    Column("body", Text, nullable=False),
    Column("n_actors", Integer, nullable=False, server_default="0"),
    Column("n_attributions", Integer, nullable=False, server_default="0"),
    Column("n_figures", Integer, nullable=False, server_default="0"),
    Column("n_dates", Integer, nullable=False, server_default="0"),
    Column("n_events", Integer, nullable=False, server_default="0"),
    Column("record", Text, nullable=False),  # Record.to_json(): the record exactly as analysed
    Column("stored_at", DateTime(timezone=True), nullable=False),
)
Index("ix_articles_published_pk", articles.c.published, articles.c.pk)
Index("ix_articles_publisher_published", articles.c.publisher, articles.c.published)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("code", Text),
    Column("n_articles", Integer, nullable=False, server_default="0"),
    Column("n_attributions", Integer, nullable=False, server_default="0"),
)
Index("ix_actors_quoted", actors.c.n_attributions, actors.c.n_articles, actors.c.id)
Index("ix_actors_type_n_attributions", actors.c.type, actors.c.n_attributions)

# merge keys ("person:abdoulaye diop", "country:MLI", "organization:united nations") -> actor
actor_keys = Table(
    "actor_keys",
    metadata,
    Column("key", String(400), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
)
Index("ix_actor_keys_actor_id", actor_keys.c.actor_id)

article_actors = Table(
    "article_actors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("local_id", Text, nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("role", Text),
    Column("affiliation", Text),
    Column("code", Text),
    Column("label", Text),
    Column("n_mentions", Integer, nullable=False, server_default="0"),
    Column("published", String(10)),
    UniqueConstraint("article_pk", "local_id"),
)
Index("ix_article_actors_actor_published", article_actors.c.actor_id, article_actors.c.published, article_actors.c.article_pk)
Index("ix_article_actors_article_actor", article_actors.c.article_pk, article_actors.c.actor_id)

# summaries kept as articles are added, so an actor's page reads a few rows however often
# the actor is named: the names it was given, and each (role, affiliation) with when it was first
# and last seen ("" stands for none: the key must not hold NULLs)
actor_names = Table(
    "actor_names",
    metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("name", Text, primary_key=True),
    Column("n", Integer, nullable=False, server_default="0"),  # articles naming it so
)
actor_roles = Table(
    "actor_roles",
    metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("role", Text, primary_key=True),
    Column("affiliation", Text, primary_key=True),
    Column("first_published", String(10)),
    Column("first_article_pk", Integer, ForeignKey("articles.pk", ondelete="SET NULL")),
    Column("last_published", String(10)),
    Column("n", Integer, nullable=False, server_default="0"),  # articles giving it
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_actor_pk", Integer, ForeignKey("article_actors.pk", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)
Index("ix_mentions_article_actor_pk", mentions.c.article_actor_pk)
Index("ix_mentions_article_pk", mentions.c.article_pk)

attributions = Table(
    "attributions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("idx", Integer, nullable=False),  # its place in record.attributions
    Column("kind", String(16), nullable=False),
    # say, write, think, decide, other (migration 0004): lists show statements (say, write) by default
    Column("act", String(8), nullable=False, server_default="say"),
    # "title": its spans are offsets into the article's title, not its body (migration 0005)
    Column("where", String(8)),
    Column("actor_id", Integer, ForeignKey("actors.id")),  # the resolved global actor
    Column("article_actor_pk", Integer, ForeignKey("article_actors.pk")),
    Column("local_actor", Text),  # the record's actor id (a3)
    *_span("speaker"),
    *_span("cue"),
    Column("content", Text, nullable=False),  # fragments joined by " … "
    Column("content_spans", Text, nullable=False),  # JSON [[start, end], ...]
    Column("published", String(10)),
)
Index("ix_attributions_actor_published_pk", attributions.c.actor_id, attributions.c.published, attributions.c.pk)
Index("ix_attributions_published_pk", attributions.c.published, attributions.c.pk)
Index("ix_attributions_article_pk", attributions.c.article_pk)

figures = Table(
    "figures",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("value", Float),  # the number, or a range's low end
    Column("value_high", Float),  # a range's high end
    Column("value_json", Text),  # the record's value as JSON (a number, a list or null)
    Column("unit", Text),
    Column("per", Text),
    Column("qualifier", Text),
    Column("change", Text),
    *_span("about"),
    *_span("span"),
    Column("published", String(10)),
)
Index("ix_figures_article_pk", figures.c.article_pk)
Index("ix_figures_published_pk", figures.c.published, figures.c.pk)

dates = Table(
    "dates",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("value", Text),
    Column("duration", Text),
    Column("reason", Text),
    *_span("span"),
    Column("caption", Integer),  # the caption's index where the date is in a caption, else null
)
Index("ix_dates_article_pk", dates.c.article_pk)
Index("ix_dates_value", dates.c.value)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("type", String(32), nullable=False),
    Column("mode", Text),
    Column("date", Text),
    Column("historical", Boolean, nullable=False, server_default="0"),
    *_span("span"),
    Column("published", String(10)),
)
Index("ix_events_article_pk", events.c.article_pk)
Index("ix_events_type_published", events.c.type, events.c.published)

event_actors = Table(
    "event_actors",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("role", String(8), nullable=False),  # "source" or "target"
    Column("actor_id", Integer, ForeignKey("actors.id")),
    Column("local_actor", Text),
    Column("published", String(10)),
)
Index("ix_event_actors_actor_published", event_actors.c.actor_id, event_actors.c.published, event_actors.c.event_pk)
Index("ix_event_actors_event_pk", event_actors.c.event_pk)

failures = Table(
    "failures",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("item", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
Index("ix_failures_at", failures.c.at)

# --- stories (migration 0002): what the corpus layer (newsgraph.corpus) computes and keeps here.
# A story groups articles about one thing across outlets; each article is in at most one story.
# The store never computes these; see store/stories.py and docs/store-interface.md.

stories = Table(
    "stories",
    metadata,
    Column("id", String(32), primary_key=True),  # chosen by corpus/ ("s-3f9a2c01")
    Column("title", Text),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("n_articles", Integer, nullable=False, server_default="0"),
    Column("n_outlets", Integer, nullable=False, server_default="0"),
    Column("outlets", Text),  # JSON list of outlet names
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_stories_last_seen_id", stories.c.last_seen, stories.c.id)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),  # one story per article
    Column("story_id", String(32), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
)
Index("ix_story_articles_story_id", story_articles.c.story_id)

# each profiled article's profile (JSON, owned by corpus/) and its terms: the inverted index
# candidates() reads, with each term's document frequency kept beside it
article_profiles = Table(
    "article_profiles",
    metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("profile", Text, nullable=False),
)
story_terms = Table(
    "story_terms",
    metadata,
    Column("term", String(200), primary_key=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
)
Index("ix_story_terms_article_pk", story_terms.c.article_pk)
term_df = Table(
    "term_df",
    metadata,
    Column("term", String(200), primary_key=True),
    Column("df", Integer, nullable=False, server_default="0"),
)

# reused wording: passages of `source` found again in `target`, within a story
reuse = Table(
    "reuse",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("story_id", String(32), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("source_article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("target_article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("share", Float),
    Column("credited", Boolean, nullable=False, server_default="0"),
    Column("pairs", Text, nullable=False),  # JSON [{"source_span": {start, end, text}, "target_span": {...}}]
)
Index("ix_reuse_story_id", reuse.c.story_id)
Index("ix_reuse_target_article_pk", reuse.c.target_article_pk)
Index("ix_reuse_source_article_pk", reuse.c.source_article_pk)

# what the outlets of a story disagree about: a figure or a quote, each value with its article
disagreements = Table(
    "disagreements",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("story_id", String(32), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # "figure" or "quote"
    Column("about", Text),
    Column("values", Text, nullable=False),  # JSON [{article_id, value, unit, text, span, publisher, published}]
)
Index("ix_disagreements_story_id", disagreements.c.story_id)

# --- feeds (migration 0003): what `newsgraph watch` (watch.py) remembers between passes.
# Each feed or sitemap fetched, with the validators of its last answer for a conditional GET,
# and each item URL found in one, with what became of it: pending (not fetched yet), done
# (stored, or the same text already was), retry (a passing failure: 429, 5xx, timeout, tried
# again on a later pass) or failed (a dead link, disallowed by robots.txt, not an article).

feeds = Table(
    "feeds",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(16)),  # rss, atom, feed, sitemap or sitemapindex
    Column("sitemaps", Text),  # a sitemap index's sitemaps (JSON list), read again when it answers 304
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", DateTime(timezone=True)),  # last fetched (any answer)
    Column("changed_at", DateTime(timezone=True)),  # last answered with a document (not 304)
    Column("n_items", Integer, nullable=False, server_default="0"),  # items in that document
    Column("error", Text),  # why the last fetch failed, else null
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),  # the order items were found in
    Column("url", Text, nullable=False, unique=True),
    Column("feed", Text, nullable=False),  # the feed or sitemap named by the user that listed it first
    Column("state", String(8), nullable=False, server_default="pending"),
    Column("attempts", Integer, nullable=False, server_default="0"),  # passing failures so far
    Column("article_id", String(64)),
    Column("reason", Text),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
Index("ix_feed_items_feed_state_pk", feed_items.c.feed, feed_items.c.state, feed_items.c.pk)

# full-text search objects made by the migration, outside this metadata (see search.py)
FTS_TABLES = ("articles_fts", "attributions_fts")  # SQLite FTS5
TSV_COLUMNS = {"articles": "tsv", "attributions": "tsv"}  # PostgreSQL generated tsvector columns


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's comparisons: the full-text objects live outside this metadata."""
    if type_ == "table" and name and (name in FTS_TABLES or any(name.startswith(t + "_") for t in FTS_TABLES)):
        return False
    if type_ == "column" and name == "tsv":
        return False
    if type_ == "index" and name and name.endswith("_tsv"):
        return False
    return True
