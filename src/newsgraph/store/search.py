"""Full-text search over article bodies (with titles) and attribution contents.

One interface, two engines:

- SQLite: FTS5 tables `articles_fts(title, body)` and `attributions_fts(content)` (external
  content, rowid = the row's pk; porter stemming, accents folded), queried with MATCH;
- PostgreSQL: generated `tsv` tsvector columns (english configuration) with GIN indexes,
  queried with `websearch_to_tsquery`.

The query language is the same for both (web-search style): words (all must match), "a
phrase", `or` between alternatives, `-word` to exclude. `fts5_query` turns it into FTS5's
syntax; PostgreSQL reads it natively.

Order: by relevance (bm25 / ts_rank) when at most RANK_LIMIT rows match; a query matching more
(a very common word in a large store) is listed newest stored first, which the engines read
straight off the index, so that no query has to rank hundreds of thousands of rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

RANK_LIMIT = 2000
SNIPPET_WORDS = 24

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+(?:\*)?", re.UNICODE)


def fts5_query(q: str) -> str | None:
    """A web-search style query in FTS5 syntax, or None where it has no word to look for.

    Every term is quoted, so no input is an FTS5 syntax error: `UN "peace talks" -Mali`
    -> `("UN" "peace talks") NOT "Mali"`.
    """
    groups: list[list[str]] = [[]]
    negs: list[str] = []
    for m in _TOKEN.finditer(q or ""):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None:
            if bare.lower() == "or" or bare == "|":
                if groups[-1]:
                    groups.append([])
                continue
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            words = _WORD.findall(bare.lstrip("-"))
        else:
            words = _WORD.findall(phrase)
        if not words:
            continue
        prefix = len(words) == 1 and words[0].endswith("*")
        words = [w.rstrip("*") for w in words]
        words = [w for w in words if w]
        if not words:
            continue
        term = '"' + " ".join(words).replace('"', '""') + '"' + ("*" if prefix else "")
        if neg:
            negs.append(term)
        else:
            groups[-1].append(term)
    groups = [g for g in groups if g]
    if not groups:
        return None
    pos = " OR ".join("(" + " ".join(g) + ")" for g in groups)
    out = f"({pos})"
    for n in negs:
        out += f" NOT {n}"
    return out


@dataclass
class Hits:
    pks: list[int]  # in result order
    snippets: dict[int, str]
    total: int
    ranked: bool


def _clean_snippet(s: str | None) -> str | None:
    if s is None:
        return None
    return " ".join(s.replace("\x02", "").replace("\x03", "").split())


def search_pks(conn: Connection, what: str, q: str, limit: int, offset: int) -> Hits:
    """The pks of the `what` rows ("articles" or "attributions") matching q, one page."""
    if what not in ("articles", "attributions"):
        raise ValueError(what)
    if conn.dialect.name == "sqlite":
        return _sqlite(conn, what, q, limit, offset)
    return _postgres(conn, what, q, limit, offset)


def _sqlite(conn: Connection, what: str, q: str, limit: int, offset: int) -> Hits:
    m = fts5_query(q)
    if m is None:
        return Hits([], {}, 0, False)
    fts = f"{what}_fts"
    total = conn.execute(text(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH :m"), {"m": m}).scalar_one()
    if total == 0 or offset >= total:
        return Hits([], {}, total, total <= RANK_LIMIT)
    col = 1 if what == "articles" else 0
    snip = f"snippet({fts}, {col}, char(2), char(3), '…', {SNIPPET_WORDS})"
    ranked = total <= RANK_LIMIT
    order = "rank" if ranked else "rowid DESC"
    rows = conn.execute(
        text(f"SELECT rowid, {snip} FROM {fts} WHERE {fts} MATCH :m ORDER BY {order} LIMIT :l OFFSET :o"),
        {"m": m, "l": limit, "o": offset},
    ).all()
    return Hits([r[0] for r in rows], {r[0]: _clean_snippet(r[1]) for r in rows}, total, ranked)


def _pg_doc(what: str) -> str:
    return "body" if what == "articles" else "content"


def _postgres(conn: Connection, what: str, q: str, limit: int, offset: int) -> Hits:
    if not (q or "").strip():
        return Hits([], {}, 0, False)
    tq = "websearch_to_tsquery('english', :q)"
    total = conn.execute(text(f"SELECT count(*) FROM {what} WHERE tsv @@ {tq}"), {"q": q}).scalar_one()
    if total == 0 or offset >= total:
        return Hits([], {}, total, total <= RANK_LIMIT)
    ranked = total <= RANK_LIMIT
    order = f"ts_rank(tsv, {tq}) DESC, pk DESC" if ranked else "pk DESC"
    rows = conn.execute(
        text(f"SELECT pk FROM {what} WHERE tsv @@ {tq} ORDER BY {order} LIMIT :l OFFSET :o"),
        {"q": q, "l": limit, "o": offset},
    ).all()
    pks = [r[0] for r in rows]
    snippets: dict[int, str] = {}
    if pks:
        opts = f"StartSel=\x02, StopSel=\x03, MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1, FragmentDelimiter=…"
        for pk, s in conn.execute(
            text(
                f"SELECT pk, ts_headline('english', {_pg_doc(what)}, {tq}, :opts) FROM {what} "
                "WHERE pk = ANY(:pks)"
            ),
            {"q": q, "opts": opts, "pks": pks},
        ).all():
            snippets[pk] = _clean_snippet(s)
    return Hits(pks, snippets, total, ranked)


def match_clause(dialect: str, what: str, q: str) -> Any | None:
    """A SQL condition `<what>.pk` matching q, for filtering a listing; None where q has no word."""
    if dialect == "sqlite":
        m = fts5_query(q)
        if m is None:
            return None
        return text(f"{what}.pk IN (SELECT rowid FROM {what}_fts WHERE {what}_fts MATCH :fts_q)").bindparams(fts_q=m)
    if not (q or "").strip():
        return None
    return text(f"{what}.tsv @@ websearch_to_tsquery('english', :fts_q)").bindparams(fts_q=q)


def index_rows(conn: Connection, what: str, rows: list[dict[str, Any]]) -> None:
    """Add rows to the SQLite full-text index (PostgreSQL's tsvector columns keep themselves).

    rows: [{"pk", "title", "body"}] for articles, [{"pk", "content"}] for attributions.
    """
    if conn.dialect.name != "sqlite" or not rows:
        return
    if what == "articles":
        conn.execute(text("INSERT INTO articles_fts(rowid, title, body) VALUES (:pk, :title, :body)"), rows)
    else:
        conn.execute(text("INSERT INTO attributions_fts(rowid, content) VALUES (:pk, :content)"), rows)


def rebuild(conn: Connection) -> None:
    """Rebuild the SQLite full-text indexes from their tables (after a bulk load)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"))
        conn.execute(text("INSERT INTO attributions_fts(attributions_fts) VALUES ('rebuild')"))
