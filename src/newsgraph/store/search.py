"""Full-text search over article bodies (with titles) and attribution contents.

One interface, two engines:

- SQLite: FTS5 tables `articles_fts(title, body)` and `attributions_fts(content, speaker)` (external
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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, column, func, literal_column, select, table, text

RANK_LIMIT = 2000
RANK_SCAN = 20000  # a filtered search ranks by relevance only where q matches at most this many rows in all
SNIPPET_WORDS = 24

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+(?:\*)?", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s\b", re.I)


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
            # a possessive is its name ("Ferlach's" finds "Ferlach", as PostgreSQL's parser reads it)
            words = _WORD.findall(_POSSESSIVE.sub("", bare.lstrip("-")))
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


def split_marks(s: str | None, squeeze: bool = False) -> tuple[str | None, list[list[int]]]:
    """Text marked by the engine (hits between \\x02 and \\x03) -> (plain text, [[start, end], ...]
    offsets of the hits in it). `squeeze`: white space made single first (as snippets are)."""
    if s is None:
        return None, []
    if squeeze:
        s = " ".join(s.split())
    out: list[str] = []
    marks: list[list[int]] = []
    n = 0
    start: int | None = None
    for ch in s:
        if ch == "\x02":
            start = n
        elif ch == "\x03":
            if start is not None and n > start:
                marks.append([start, n])
            start = None
        else:
            out.append(ch)
            n += 1
    return "".join(out), marks


def search_pks(
    conn: Connection,
    what: str,
    q: str,
    limit: int,
    offset: int,
    where: Sequence[Any] = (),
    total: int | None = None,
    narrow: Any = None,
) -> Hits:
    """The pks of the `what` rows ("articles" or "attributions") matching q, one page; `where`:
    more conditions on that table (SQLAlchemy expressions over schema.articles / attributions);
    `narrow`: one more, known to leave few rows (a story's), which SQLite reads from that side;
    `total`: the number of matches when the caller knows it (not counted again).
    Articles come with a snippet of the body (hits between \\x02 and \\x03: see split_marks)."""
    if what not in ("articles", "attributions"):
        raise ValueError(what)
    if conn.dialect.name == "sqlite":
        return _sqlite(conn, what, q, limit, offset, list(where), total, narrow)
    return _postgres(conn, what, q, limit, offset, list(where), total, narrow)


def count_hits(conn: Connection, what: str, q: str, where: Sequence[Any] = ()) -> int:
    """How many `what` rows meeting `where` q matches."""
    return search_pks(conn, what, q, 0, 0, where).total


PROBE_COST = 50  # SQLite: one full-text probe by rowid costs about as much as this many listed hits
PROBE_ROWS = 5000  # at most this many rows probed one by one (a list of their pks in the query)


def count_hits_among(conn: Connection, what: str, q: str, where: Sequence[Any], n_rows: int, n_hits: int) -> int:
    """How many of the n_rows `what` rows meeting `where` q matches, q matching n_hits rows in
    all. PostgreSQL reads it in one query; SQLite from the cheaper side: probing the full-text
    index once per row when the rows are few, else listing the hits once (an FTS5 table cannot
    be read both ways by one plan, and a join from the hits costs a lookup per hit)."""
    if n_rows == 0 or n_hits == 0:
        return 0
    if conn.dialect.name != "sqlite":
        return count_hits(conn, what, q, where)
    m = fts5_query(q)
    if m is None:
        return 0
    t = _table(what)
    fts, name = _fts(what)
    if n_rows * PROBE_COST <= n_hits:
        pks = list(conn.execute(select(t.c.pk).where(*where)).scalars())
        n = 0
        for i in range(0, len(pks), 500):
            n += conn.execute(select(func.count()).select_from(fts).where(name.op("MATCH")(m), fts.c.rowid.in_(pks[i : i + 500]))).scalar_one()
        return n
    hits = select(fts.c.rowid).where(name.op("MATCH")(m))
    return conn.execute(select(func.count()).select_from(t).where(*where, t.c.pk.in_(hits))).scalar_one()


def _table(what: str) -> Any:
    from .schema import articles, attributions

    return articles if what == "articles" else attributions


def _fts(what: str) -> tuple[Any, Any]:
    """The FTS5 table (rowid, rank) and its MATCH operand."""
    fts = table(f"{what}_fts", column("rowid"), column("rank"))
    return fts, literal_column(f"{what}_fts")


def _sqlite(
    conn: Connection, what: str, q: str, limit: int, offset: int, where: list[Any], total: int | None = None, narrow: Any = None
) -> Hits:
    m = fts5_query(q)
    if m is None:
        return Hits([], {}, 0, False)
    fts, name = _fts(what)
    match = name.op("MATCH")(m)
    src: Any = fts
    t = _table(what)
    if narrow is not None:
        # a few rows (a story's): listed, and the index probed for each, rather than every hit
        # joined to the table
        pks = list(conn.execute(select(t.c.pk).where(narrow, *where).limit(PROBE_ROWS + 1)).scalars())
        if len(pks) <= PROBE_ROWS:
            # every hit among them, sorted here (FTS5 ranks all the hits when asked to ORDER BY
            # rank, whatever else the query says); ranked by relevance only where the query's
            # words are not common in the whole index (bm25 reads each word's every hit)
            common = conn.execute(select(func.count()).select_from(fts).where(match)).scalar_one() > RANK_SCAN
            cols = [fts.c.rowid] if common else [fts.c.rowid, fts.c.rank]
            found = conn.execute(select(*cols).where(match, fts.c.rowid.in_(pks))).all()
            n = len(found) if total is None else total
            ranked = n <= RANK_LIMIT and not common
            found.sort(key=(lambda r: (r[1], -r[0])) if ranked else (lambda r: -r[0]))
            page = [r[0] for r in found[offset : offset + max(0, limit)]]
            snippets: dict[int, str] = {}
            if page and what == "articles":
                snip = func.snippet(name, 1, func.char(2), func.char(3), "…", SNIPPET_WORDS)
                snippets = dict(conn.execute(select(fts.c.rowid, snip).where(match, fts.c.rowid.in_(page))).all())
            return Hits(page, snippets, n, ranked)
        else:
            where = [narrow, *where]
            src = fts.join(t, t.c.pk == fts.c.rowid)
    elif where:
        src = fts.join(t, t.c.pk == fts.c.rowid)
    if total is None:
        total = conn.execute(select(func.count()).select_from(src).where(match, *where)).scalar_one()
    if total == 0 or offset >= total or limit <= 0:
        return Hits([], {}, total, total <= RANK_LIMIT)
    ranked = total <= RANK_LIMIT
    cols = [fts.c.rowid]
    if what == "articles":
        cols.append(func.snippet(name, 1, func.char(2), func.char(3), "…", SNIPPET_WORDS))
    order = fts.c.rank if ranked else fts.c.rowid.desc()
    rows = conn.execute(select(*cols).select_from(src).where(match, *where).order_by(order).limit(limit).offset(offset)).all()
    snippets = {r[0]: r[1] for r in rows} if what == "articles" else {}
    return Hits([r[0] for r in rows], snippets, total, ranked)


def _tsquery(q: str) -> Any:
    return func.websearch_to_tsquery(literal_column("'english'::regconfig"), q)


def _postgres(
    conn: Connection, what: str, q: str, limit: int, offset: int, where: list[Any], total: int | None = None, narrow: Any = None
) -> Hits:
    if not (q or "").strip():
        return Hits([], {}, 0, False)
    if narrow is not None:
        where = [narrow, *where]
    t = _table(what)
    tsv = literal_column(f"{what}.tsv")
    match = tsv.op("@@")(_tsquery(q))
    if total is None:
        total = conn.execute(select(func.count()).select_from(t).where(match, *where)).scalar_one()
    if total == 0 or offset >= total or limit <= 0:
        return Hits([], {}, total, total <= RANK_LIMIT)
    ranked = total <= RANK_LIMIT
    order = (func.ts_rank(tsv, _tsquery(q)).desc(), t.c.pk.desc()) if ranked else (t.c.pk.desc(),)
    pks = list(conn.execute(select(t.c.pk).where(match, *where).order_by(*order).limit(limit).offset(offset)).scalars())
    snippets: dict[int, str] = {}
    if pks and what == "articles":
        opts = f"StartSel=\x02, StopSel=\x03, MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, MaxFragments=1, FragmentDelimiter=…"
        head = func.ts_headline(literal_column("'english'::regconfig"), t.c.body, _tsquery(q), opts)
        snippets = dict(conn.execute(select(t.c.pk, head).where(t.c.pk.in_(pks))).all())
    return Hits(pks, snippets, total, ranked)


def highlights(conn: Connection, what: str, q: str, pks: list[int]) -> dict[int, list[list[int]]]:
    """Where q's words are in each row's text (articles: the title; attributions: the content),
    as [[start, end], ...] offsets into that text; rows the full-text query does not match get
    none. The engines find the words (stemmed as the search stems them)."""
    if not pks or what not in ("articles", "attributions"):
        return {}
    t = _table(what)
    text_col = t.c.title if what == "articles" else t.c.content
    if conn.dialect.name == "sqlite":
        m = fts5_query(q)
        if m is None:
            return {}
        fts, name = _fts(what)
        rows = conn.execute(
            select(fts.c.rowid, func.highlight(name, 0, func.char(2), func.char(3)), text_col)
            .select_from(fts.join(t, t.c.pk == fts.c.rowid))
            .where(name.op("MATCH")(m), fts.c.rowid.in_(pks))
        ).all()
    else:
        if not (q or "").strip():
            return {}
        tsv = literal_column(f"{what}.tsv")
        head = func.ts_headline(
            literal_column("'english'::regconfig"), func.coalesce(text_col, ""), _tsquery(q), "StartSel=\x02, StopSel=\x03, HighlightAll=true"
        )
        rows = conn.execute(select(t.c.pk, head, text_col).where(t.c.pk.in_(pks), tsv.op("@@")(_tsquery(q)))).all()
    out: dict[int, list[list[int]]] = {}
    for pk, marked, plain in rows:
        got, marks = split_marks(marked)
        if marks and got == (plain or ""):  # the engine gave the text back as it is
            out[pk] = marks
    return out


# --- names: a search for a speaker finds what the speaker said ------------------------------


def _query_terms(q: str) -> tuple[list[list[tuple[str, str]]], list[tuple[str, str]]]:
    """The query's words as (folded, as typed) pairs: the groups (alternatives, each a list all
    of whose words must match) and the excluded words. Folded as merge.normalise folds names;
    "as typed" is lower case with its accents, for narrowing names in SQL. A word ending in * is
    a prefix (the * kept on the folded form)."""
    from ..names import normalise

    groups: list[list[tuple[str, str]]] = [[]]
    negs: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(q or ""):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None:
            if bare.lower() == "or" or bare == "|":
                if groups[-1]:
                    groups.append([])
                continue
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            text_ = bare.lstrip("-")
        else:
            text_ = phrase
        pairs = []
        for w in _WORD.findall(_POSSESSIVE.sub("", text_)):
            star = "*" if w.endswith("*") else ""
            w = w.rstrip("*")
            folded = normalise(w).split()
            for k, f in enumerate(folded):
                pairs.append((f + (star if k == len(folded) - 1 else ""), w.lower() if len(folded) == 1 else f))
        (negs if neg else groups[-1]).extend(p for p in pairs if p[0].rstrip("*"))
    return [g for g in groups if g], negs


def query_words(q: str) -> tuple[list[list[str]], list[str]]:
    """The words of a web-search style query, folded as merge.normalise folds names: the groups
    of words (alternatives, each a list all of whose words must match) and the excluded words.
    A word ending in * is a prefix."""
    groups, negs = _query_terms(q)
    return [[f for f, _ in g] for g in groups], [f for f, _ in negs]


def _word_hits(word: str, name_words: list[str]) -> bool:
    if word.endswith("*"):
        return any(n.startswith(word[:-1]) for n in name_words)
    return word in name_words


def name_matches(name: str | None, q: str) -> bool:
    """Whether a name holds every word of one of q's alternatives (and none it excludes)."""
    from ..names import normalise

    if not name:
        return False
    groups, negs = query_words(q)
    nw = normalise(name).split()
    return any(all(_word_hits(w, nw) for w in g) for g in groups) and not any(_word_hits(w, nw) for w in negs)


NAME_ACTORS = 200  # at most this many actors found by name for one query
NAME_ROWS = 20000  # names read for one alternative of a query (the SQL narrows them first)


def name_actor_ids(conn: Connection, q: str) -> list[int]:
    """The stored actors one of whose names (actor_names) holds q's words: "Jane Moreau",
    "moreau", "U.N." (case, accents and punctuation aside; whole words, or prefixes with *);
    where they name no person, the people they name with a title (_titled_person_ids)."""
    from ..names import normalise
    from .schema import actor_names, actors

    groups, negs_ = _query_terms(q)
    negs = [f for f, _ in negs_]
    ids: set[int] = set()
    for g in groups:
        person_named = False
        words = [f for f, _ in g]
        # the words as typed narrow the names in SQL (LIKE over the short names table; accents
        # as typed), then each name is checked word by word, folded
        probes = sorted({t for _, t in g}, key=len, reverse=True)[:3]
        cond = [actor_names.c.name.icontains(p, autoescape=True) for p in probes if len(p) > 1] or [
            actor_names.c.name.icontains(probes[0], autoescape=True)
        ]
        named_so = select(actor_names.c.actor_id, actor_names.c.name, actors.c.type).select_from(
            actor_names.join(actors, actors.c.id == actor_names.c.actor_id))
        for aid, name, type_ in conn.execute(named_so.where(*cond).limit(NAME_ROWS)):
            nw = normalise(name).split()
            if all(_word_hits(w, nw) for w in words) and not any(_word_hits(w, nw) for w in negs):
                ids.add(aid)
                person_named = person_named or type_ == "person"
        if not person_named:
            # "Mrs. Clinton" names no person (only "speech Mrs. Clinton delivered ...")
            ids |= _titled_person_ids(conn, g, negs)
    return sorted(ids)[:NAME_ACTORS]


TITLE_WORDS = 3  # at most this many words read as a title ("UN special envoy")
# words that make a title (with merge.HONORIFICS: "president", "minister", "mr"); a query
# holding none before a name is not read as one
TITLES = frozenset(
    "envoy spokesman spokeswoman spokesperson leader chief chairman chairwoman chair director "
    "commissioner prosecutor candidate nominee lawyer ceo official head deputy vice former "
    "speaker representative delegate".split()
)
# titles of courtesy, which any person may be given; other titles ("President") must be a role
COURTESY = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev fr sr jr mister madam madame monsieur herr frau".split())
# the sex a title of courtesy gives ("Mrs. Clinton" is no man)
COURTESY_SEX = {
    **dict.fromkeys("mr sir lord mister monsieur herr".split(), "m"),
    **dict.fromkeys("mrs ms miss dame lady madam madame frau".split(), "f"),
}


def _sexes(conn: Connection, ids: set[int]) -> dict[int, str | None]:
    """Each person's sex as the store knows it: from the pronouns the analysis linked to it
    (merge.gender_of: two to one at least), else None."""
    from ..names import GENDER_MENTIONS, gender_of
    from .schema import article_actors, mentions

    texts: dict[int, list[str]] = {}
    for aid, t in conn.execute(
        select(article_actors.c.actor_id, mentions.c.text)
        .join(mentions, mentions.c.article_actor_pk == article_actors.c.pk)
        .where(article_actors.c.actor_id.in_(sorted(ids)), mentions.c.text.in_(GENDER_MENTIONS))
    ):
        texts.setdefault(aid, []).append(t)
    return {i: gender_of(texts.get(i, [])) for i in ids}


def _titled_person_ids(conn: Connection, group: list[tuple[str, str]], negs: list[str]) -> set[int]:
    """The people a name with a title before it names, where the whole names no one: "Mrs.
    Clinton", "President Obama", "Foreign Minister Oduya". The words after the title are the
    name (the fewest title words first, at most TITLE_WORDS, among them a word of TITLES or
    merge.HONORIFICS); each title word is a title of courtesy ("Mrs", "Dr") or a word of a
    role or affiliation recorded for the person ("foreign minister" of Selin Oduya; "UN" of the
    United Nations), so a title the person never held finds nobody ("President Trump" in 2016),
    and "Foreign Office" is no person called Office."""
    from ..names import ALIASES, HONORIFICS, normalise, surname_pool_key, surname_slot_keys
    from .schema import actor_keys, actor_names, actor_roles

    words = [f for f, _ in group]
    if len(words) < 2 or any(w.endswith("*") for w in words[:-1]):
        return set()
    for k in range(1, min(len(words), TITLE_WORDS + 1)):
        title, name = words[:k], group[k:]
        if not any(w in HONORIFICS or w in TITLES for w in title):
            continue  # no title ("dam flood"): no names read again
        # the people named so, from the store's merge keys (one index lookup): the full name
        # ("person:abdoulaye diop"), the surname of full names ("person-surname:diop#1", ...)
        # and the surname-only actor ("person:diop")
        n = " ".join(w for w, _ in name)
        keys = [surname_pool_key(n), *surname_slot_keys(n)]
        found = set(conn.execute(select(actor_keys.c.actor_id).where(actor_keys.c.key.in_(keys))).scalars())
        if found and negs:
            for aid, nm in conn.execute(select(actor_names.c.actor_id, actor_names.c.name).where(actor_names.c.actor_id.in_(sorted(found)))):
                if any(_word_hits(w, normalise(nm).split()) for w in negs):
                    found.discard(aid)
        if not found:
            continue
        sex = {COURTESY_SEX[w] for w in title if w in COURTESY_SEX}
        if len(sex) == 1 and len(found) > 1:
            # "Mrs. Clinton": no one the store knows to be a man, and the women it knows first
            (want,) = sex
            known = _sexes(conn, found)
            found = {a for a in found if known.get(a) in (None, want)}
            found = {a for a in found if known.get(a) == want} or found
            if not found:
                continue
        need = [w for w in title if w not in COURTESY]
        if not need:
            return found
        held: dict[int, set[str]] = {}
        for aid, role, aff in conn.execute(
            select(actor_roles.c.actor_id, actor_roles.c.role, actor_roles.c.affiliation).where(actor_roles.c.actor_id.in_(sorted(found)))
        ):
            aff_n = normalise(aff or "")
            also = [a for a, full in ALIASES.items() if aff_n and full == aff_n]  # "UN" of United Nations
            held.setdefault(aid, set()).update(normalise(f"{role or ''} {aff or ''} {' '.join(also)}").split())
        return {a for a in found if all(w in held.get(a, ()) for w in need)}
    return set()


_TEXT_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


def mark_words(text_: str | None, q: str) -> list[list[int]]:
    """Offsets [[start, end], ...] of the words of `text_` that are words of q (folded as names
    are), for highlighting a name."""
    from ..names import normalise

    if not text_:
        return []
    groups, _ = query_words(q)
    wanted = {w for g in groups for w in g}
    if not wanted:
        return []
    out = []
    for m in _TEXT_WORD.finditer(text_):
        folded = normalise(m.group(0)).split()
        if any(_word_hits(w, folded) for w in wanted):
            out.append([m.start(), m.end()])
    return out


def outlets_like(conn: Connection, typed: str | None, limit: int = 10) -> list[str]:
    """The stored outlet names holding every word typed ("tidemark" -> "Tidemark News"), case
    aside, most articles first: what a search page offers where no outlet is named as typed.
    None: every outlet (the most articles first)."""
    from .schema import articles

    words = [w for w in (typed or "").split() if w.casefold() != "the"][:5]
    if typed is not None and not words:
        return []
    cond = [articles.c.publisher.icontains(w, autoescape=True) for w in words]
    rows = conn.execute(
        select(articles.c.publisher, func.count().label("n"))
        .where(articles.c.publisher.is_not(None), *cond)
        .group_by(articles.c.publisher)
        .order_by(func.count().desc(), articles.c.publisher)
        .limit(limit)
    ).all()
    return [r[0] for r in rows]


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

    rows: [{"pk", "title", "body"}] for articles, [{"pk", "content", "speaker"}] for attributions.
    """
    if conn.dialect.name != "sqlite" or not rows:
        return
    if what == "articles":
        conn.execute(text("INSERT INTO articles_fts(rowid, title, body) VALUES (:pk, :title, :body)"), rows)
    else:
        rows = [{"pk": r["pk"], "content": r["content"], "speaker": r.get("speaker")} for r in rows]
        conn.execute(text("INSERT INTO attributions_fts(rowid, content, speaker) VALUES (:pk, :content, :speaker)"), rows)


def rebuild(conn: Connection) -> None:
    """Rebuild the SQLite full-text indexes from their tables (after a bulk load)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"))
        conn.execute(text("INSERT INTO attributions_fts(attributions_fts) VALUES ('rebuild')"))
