"""The store: records in, pages of plain dicts out. See docs/store-interface.md.

    store = open_store("newsgraph.db")          # or "postgresql://user@host/db"; None: ./newsgraph.db
    store.add(record)                           # -> (article id, True if new)
    store.articles(q="dam", limit=20)           # -> {"items", "total", "limit", "offset"}

`open_store` brings the schema to the latest migration (Alembic, shipped in the package). The
same code serves SQLite and PostgreSQL; full-text search is FTS5 or tsvector (search.py).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    case,
    create_engine,
    event,
    func,
    insert,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError, OperationalError

from ..params import ACTS, acts_param
from ..record import Record, body_id
from .. import names as merge
from . import find, search
from . import stories as _stories
from . import rows
from .rows import ARTICLE_COLS, _iso, _lim, _now, _page, _pair
from .schema import (
    actor_keys,
    actor_names,
    actor_roles,
    actors,
    article_actors,
    articles,
    attributions,
    dates,
    event_actors,
    events,
    failures,
    figures,
    mentions,
)

DEFAULT_DB = "newsgraph.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
CONTENT_JOIN = " … "
ACTOR_PAGE_LIMIT = 100  # attributions and events per actor() call (pass limit= for more)
COOCCURRENCE_ARTICLES = 1000  # co-occurring actors are counted over the actor's latest articles


class StoreError(Exception):
    """The store cannot be opened or used; the message says where and why, in one line."""


# --- opening ---------------------------------------------------------------------------------


def store_url(url_or_path: str | Path | None) -> str:
    """A SQLAlchemy URL: None -> sqlite ./newsgraph.db; a path -> sqlite; postgresql:// -> psycopg 3."""
    if url_or_path is None:
        url_or_path = DEFAULT_DB
    s = str(url_or_path)
    if re.match(r"^postgres(?:ql)?://", s):
        return "postgresql+psycopg://" + s.split("://", 1)[1]
    if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", s):
        return s
    return "sqlite:///" + str(Path(s).expanduser().resolve())


def display_url(url_or_path: str | Path | None) -> str:
    """The store's name for messages, with any password hidden."""
    s = str(url_or_path if url_or_path is not None else DEFAULT_DB)
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", s)


def _reason(e: BaseException) -> str:
    """One short line from a driver error: 'connection refused', 'file is not a database'."""
    orig = getattr(e, "orig", None) or e
    msg = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if "failed: " in msg:
        msg = msg.rsplit("failed: ", 1)[1]
    msg = re.sub(r"^(FATAL|ERROR):\s+", "", msg).strip()
    low = msg.lower()
    for common in ("connection refused", "connection timed out", "timeout expired", "no route to host"):
        if common in low:
            return common
    return msg[:1].lower() + msg[1:] if msg[:2] != msg[:2].upper() else msg


def is_disconnect(e: BaseException) -> bool:
    """True where a PostgreSQL server went away or cannot be reached yet (restarting, shutting
    down, refusing connections): worth waiting for, as the same write succeeds once it is back.
    A SQLite error (disk full, read-only, locked past the busy timeout) or a server's answer to
    the statement itself (a full disk there, a constraint) is not."""
    if not isinstance(e, DBAPIError):
        return False
    if e.connection_invalidated:
        return True
    orig = getattr(e, "orig", None)
    if orig is None or type(orig).__module__.split(".")[0] != "psycopg":
        return False
    code = getattr(orig, "sqlstate", None)
    if code is None:  # failed on the client side: no connection, or the connection was lost
        import psycopg

        return isinstance(orig, psycopg.OperationalError)
    return code.startswith(("08", "57P"))  # connection exception; admin/crash shutdown, cannot connect now


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        u = make_url(url)
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        eng = create_engine(url, connect_args={"timeout": 30})
        event.listen(eng, "connect", _sqlite_pragmas)
        return eng
    if url.startswith("postgresql"):
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    return create_engine(url)


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (Alembic upgrade), in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # one migrator at a time when several processes open a new database together
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7453001)")
        command.upgrade(alembic_config(conn), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def open_store(url_or_path: str | Path | None = None, *, migrate_schema: bool = True) -> "Store":
    """Open (creating or upgrading) the store; StoreError with a one-line reason if it can't."""
    shown = display_url(url_or_path)
    try:
        engine = make_engine(store_url(url_or_path))
    except (ArgumentError, NoSuchModuleError, ValueError) as e:
        raise StoreError(f"cannot open the store at {shown}: not a database URL or path ({e})") from None
    except OSError as e:
        raise StoreError(f"cannot open the store at {shown}: {e.strerror or e}") from None
    try:
        if migrate_schema:
            try:
                migrate(engine)
            except OperationalError as e:
                # two processes creating one new SQLite file at once: the loser retries
                if "already exists" not in str(e):
                    raise
                migrate(engine)
        else:
            with engine.connect():
                pass
    except DBAPIError as e:
        engine.dispose()
        hint = _read_only(engine)
        raise StoreError(f"cannot open the store at {shown}: {_reason(e)}{f' ({hint})' if hint else ''}") from None
    except OSError as e:
        engine.dispose()
        raise StoreError(f"cannot open the store at {shown}: {e.strerror or e}") from None
    return Store(engine, shown)


def _read_only(engine: Engine) -> str | None:
    """Why a SQLite store cannot be written, where the file system says so (None otherwise)."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    path = Path(engine.url.database)
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only, and SQLite keeps its journal beside the file"
    return None


# --- helpers ---------------------------------------------------------------------------------


def _span_cols(prefix: str, s: Any) -> dict[str, Any]:
    if s is None:
        return {prefix: None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {prefix: s.text, f"{prefix}_start": s.start, f"{prefix}_end": s.end}




def _ids(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [x for x in v if isinstance(x, str)]


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    return None


def _acts(act: Any) -> tuple[str, ...] | None:
    """The acts asked for: None (every act), or a tuple (see params.acts_param: "all",
    "statements", "say,write", a list)."""
    return None if act is None else acts_param(act)


def _act_cond(act: Any) -> list[Any]:
    """The condition on attributions.act for `act` ([] for every act)."""
    wanted = _acts(act)
    if wanted is None or set(wanted) >= set(ACTS):
        return []
    return [attributions.c.act.in_(wanted)]


ACTOR_COLS = (actors.c.id, actors.c.name, actors.c.type, actors.c.code, actors.c.n_articles, actors.c.n_attributions)


class Store:
    """The records kept in a database. Thread-safe: each call takes its own connection."""

    def __init__(self, engine: Engine, name: str = ""):
        self.engine = engine
        self.name = name
        self.dialect = engine.dialect.name

    def __repr__(self) -> str:
        return f"Store({self.name!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    _date_page = staticmethod(rows.date_page)
    actor_key = staticmethod(rows.actor_key)

    # --- writing -----------------------------------------------------------------------------

    def add(self, record: Record) -> tuple[str, bool]:
        """Store a record: (article id, True if newly stored). Stored once per article id."""
        return self.add_many([record])[0]

    def add_many(
        self,
        records: Iterable[Record],
        failures: Iterable[tuple[str, str]] = (),
        resolved: Iterable[str] = (),
    ) -> list[tuple[str, bool]]:
        """Store records in one transaction; [(article id, newly stored)]. In the same
        transaction: `failures` [(item, reason)] are recorded, and the failures of the
        `resolved` items (which now went through) are cleared."""
        records = list(records)
        failures = list(failures)
        resolved = sorted(set(resolved))
        try:
            with self.engine.begin() as conn:
                out = [self._add(conn, r) for r in records]
                self._clear_failures(conn, resolved)
                for item, reason in failures:
                    self._add_failure(conn, item, reason)
            return out
        except IntegrityError:
            # another writer stored one of these articles (or actors) meanwhile: one at a time
            pass
        out = []
        for r in records:
            for attempt in range(3):
                try:
                    with self.engine.begin() as conn:
                        out.append(self._add(conn, r))
                    break
                except IntegrityError:
                    if attempt == 2:
                        raise
        with self.engine.begin() as conn:
            self._clear_failures(conn, resolved)
            for item, reason in failures:
                self._add_failure(conn, item, reason)
        return out

    @staticmethod
    def _clear_failures(conn: Connection, items: list[str]) -> None:
        for i in range(0, len(items), 500):
            conn.execute(failures.delete().where(failures.c.item.in_(items[i : i + 500])))

    def _resolve_actors(self, conn: Connection, rec: Record) -> dict[str, int]:
        """The stored actor of each of the record's actors (the rules: names.py). First every
        actor with keys (and the probe keys of a place typed another way); then each surname
        said alone, among the stored people of that surname, else its surname-only actor."""
        keys = {a.id: merge.actor_keys(a) for a in rec.actors}
        probes = {a.id: merge.probe_keys(a) for a in rec.actors}
        lone: dict[str, str] = {}  # local id -> surname, for a person named by a surname alone
        full: dict[str, str] = {}  # local id -> surname, for a person named in full
        for a in rec.actors:
            if a.type != "person":
                continue
            s = merge.surname_of(a.name or "") if keys[a.id] else merge.lone_surname(a.name or "")
            if s:
                (full if keys[a.id] else lone)[a.id] = s
        wanted = {k for ks in keys.values() for k in ks}
        wanted |= {k for before, after in probes.values() for k in before + after}
        for s in {*lone.values(), *full.values()}:
            wanted.update(merge.surname_slot_keys(s))
            wanted.add(merge.surname_pool_key(s))
        loose = {i: merge.loose_name(a.name or "") for a in rec.actors if (i := a.id) in full}
        for ln in {v for v in loose.values() if v}:
            wanted.update(merge.loose_slot_keys(ln))
        wanted.update(mk for a in rec.actors if a.id in full and (mk := merge.middle_key(a.name or "")))
        flat = sorted(wanted)
        known: dict[str, int] = {}
        for i in range(0, len(flat), 500):
            known.update(
                conn.execute(select(actor_keys.c.key, actor_keys.c.actor_id).where(actor_keys.c.key.in_(flat[i : i + 500]))).all()
            )
        gid: dict[str, int] = {}
        new_keys: list[dict[str, Any]] = []

        def register(k: str, g: int) -> None:
            if k not in known:
                known[k] = g
                new_keys.append({"key": k, "actor_id": g})

        def new_actor(a: Any) -> int:
            return conn.execute(
                insert(actors).values(name=a.name or "?", type=a.type or "other", code=merge.canonical_code(a)).returning(actors.c.id)
            ).scalar_one()

        def affiliations(ids: Iterable[int]) -> dict[int, list[str]]:
            ids = sorted(set(ids))
            out: dict[int, list[str]] = {}
            if ids:
                for aid, aff in conn.execute(
                    select(actor_roles.c.actor_id, actor_roles.c.affiliation).where(actor_roles.c.actor_id.in_(ids), actor_roles.c.affiliation != "")
                ):
                    out.setdefault(aid, []).append(aff)
            return out

        def genders(ids: Iterable[int]) -> dict[int, str | None]:
            """Each stored person's gender, from the pronouns the analysis linked to it."""
            ids = sorted(set(ids))
            texts: dict[int, list[str]] = {}
            if ids:
                for aid, text in conn.execute(
                    select(article_actors.c.actor_id, mentions.c.text)
                    .join(mentions, mentions.c.article_actor_pk == article_actors.c.pk)
                    .where(article_actors.c.actor_id.in_(ids), mentions.c.text.in_(merge.GENDER_MENTIONS))
                ):
                    texts.setdefault(aid, []).append(text)
            return {i: merge.gender_of(texts.get(i, [])) for i in ids}

        for a in rec.actors:
            if a.id in lone:
                continue
            ks = keys[a.id]
            before, after = probes[a.id]
            g = merge.resolve(before + ks + after, known)
            if g is not None and merge.resolve(ks, known) != g and a.type == "country":
                # a country found as a same-named organisation or location: it is the country
                conn.execute(update(actors).where(actors.c.id == g, actors.c.type.in_(("organization", "location"))).values(type="country"))
            s = full.get(a.id)
            ln = loose.get(a.id)
            if g is None and ln:
                # a stored person whose name reads the same without middle names and initials
                # ("Donald Trump" for "Donald J. Trump"), when the middle parts agree
                cands = [known[k] for k in merge.loose_slot_keys(ln) if k in known]
                mids: dict[int, list[tuple[str, ...]]] = {}
                if len(set(cands)) == 1:
                    pre = f"person-middle:{ln}|"
                    for aid_, k in conn.execute(select(actor_keys.c.actor_id, actor_keys.c.key).where(actor_keys.c.actor_id == cands[0])):
                        if k.startswith(pre):
                            mids.setdefault(aid_, []).append(tuple(k[len(pre):].split()))
                g = merge.loose_candidate(a.name or "", cands, mids)
            if g is None and s is not None:
                # the surname-only actor of this surname becomes this person's, when no other
                # full name has the surname and the article does not name the two apart
                pool = known.get(merge.surname_pool_key(s))
                if (
                    pool is not None
                    and not any(k in known for k in merge.surname_slot_keys(s))
                    and s not in lone.values()
                    and not merge.affiliation_conflict(a.affiliation, affiliations([pool]).get(pool, []))
                    and {genders([pool])[pool], merge.gender_of(m.text for m in a.mentions)} != {"m", "f"}
                ):
                    g = pool
                    conn.execute(update(actors).where(actors.c.id == g).values(name=a.name or "?"))
                    conn.execute(actor_keys.delete().where(actor_keys.c.key == merge.surname_pool_key(s)))
                    del known[merge.surname_pool_key(s)]
            if g is None:
                g = new_actor(a)
            for k in ks:
                register(k, g)
            if s is not None:
                slots = merge.surname_slot_keys(s)
                if g not in {known.get(k) for k in slots}:
                    free = [k for k in slots if k not in known]
                    if free:
                        register(free[0], g)
            if ln:
                slots = merge.loose_slot_keys(ln)
                if g not in {known.get(k) for k in slots}:
                    free = [k for k in slots if k not in known]
                    if free:
                        register(free[0], g)
                mk = merge.middle_key(a.name or "")
                if mk and mk not in known:
                    register(mk, g)
            gid[a.id] = g

        # the people the article names in full: a surname alone beside them is someone else
        named = {gid[i] for i in full if i in gid}
        for a in rec.actors:
            s = lone.get(a.id)
            if s is None:
                continue
            cands = [known[k] for k in merge.surname_slot_keys(s) if k in known]
            pool_key = merge.surname_pool_key(s)
            pool = known.get(pool_key)
            affs = affiliations([*cands, *([pool] if pool is not None else [])]) if a.affiliation else {}
            sex = merge.gender_of(m.text for m in a.mentions)
            sexes = genders([*cands, *([pool] if pool is not None else [])]) if sex else {}
            held: dict[int, list[str]] = {}
            if a.role and set(cands) - named:
                for aid_, role_ in conn.execute(
                    select(actor_roles.c.actor_id, actor_roles.c.role).where(actor_roles.c.actor_id.in_(sorted(set(cands))), actor_roles.c.role != "")
                ):
                    held.setdefault(aid_, []).append(role_)
            names_: dict[int, str] = {}
            if len(set(cands) - named) > 1:
                names_ = dict(conn.execute(select(actors.c.id, actors.c.name).where(actors.c.id.in_(sorted(set(cands))))).all())
            g = merge.pick_surname_candidate(a.affiliation, cands, named, affs, sex, sexes, a.role, held, names_)
            if (
                g is None
                and pool is not None
                and not merge.affiliation_conflict(a.affiliation, affs.get(pool, []))
                and sexes.get(pool) in (None, sex)
            ):
                g = pool
            if g is None:
                g = new_actor(a)
                register(pool_key, g)
            gid[a.id] = g
        if new_keys:
            conn.execute(insert(actor_keys), new_keys)
        return gid

    def _add(self, conn: Connection, rec: Record) -> tuple[str, bool]:
        art = rec.article
        aid = art.id or body_id(art.body)
        if conn.execute(select(articles.c.pk).where(articles.c.id == aid)).first() is not None:
            return aid, False
        pub = art.published[:10] if art.published else None
        record_json = rec.to_json() if art.id else rec.model_copy(update={"article": art.model_copy(update={"id": aid})}).to_json()
        pk = conn.execute(
            insert(articles)
            .values(
                id=aid,
                url=art.url,
                publisher=art.publisher,
                published=pub,
                title=art.title,
                byline=art.byline,
                language=art.language,
                source=art.source,
                body=art.body,
                n_actors=len(rec.actors),
                n_attributions=len(rec.attributions),
                n_figures=len(rec.figures),
                n_dates=len(rec.dates),
                n_events=len(rec.events),
                record=record_json,
                stored_at=_now(),
            )
            .returning(articles.c.pk)
        ).scalar_one()
        search.index_rows(conn, "articles", [{"pk": pk, "title": art.title or "", "body": art.body}])

        # actors: the global actor of each local one, then the article's own view of it
        gid = self._resolve_actors(conn, rec)
        aa_pk: dict[str, int] = {}
        if rec.actors:
            rows = [
                {
                    "article_pk": pk,
                    "local_id": a.id,
                    "actor_id": gid[a.id],
                    "name": a.name or "?",
                    "type": a.type or "other",
                    "role": a.role,
                    "affiliation": a.affiliation,
                    "code": a.code,
                    "label": a.label,
                    "n_mentions": len(a.mentions),
                    "published": pub,
                }
                for a in _unique_local(rec.actors)
            ]
            res = conn.execute(insert(article_actors).returning(article_actors.c.pk, sort_by_parameter_order=True), rows)
            for row, apk in zip(rows, res.scalars().all()):
                aa_pk[row["local_id"]] = apk
            self._summarise(conn, rows, pk)
            ments = [
                {"article_actor_pk": aa_pk[a.id], "article_pk": pk, "start": m.start, "end": m.end, "text": m.text}
                for a in _unique_local(rec.actors)
                for m in a.mentions
            ]
            if ments:
                conn.execute(insert(mentions), ments)

        n_attr: Counter[int] = Counter()
        if rec.attributions:
            rows = []
            for i, at in enumerate(rec.attributions):
                g = gid.get(at.actor) if at.actor else None
                if g is not None:
                    n_attr[g] += 1
                rows.append(
                    {
                        "article_pk": pk,
                        "idx": i,
                        "kind": at.kind,
                        "act": getattr(at, "act", None) or "say",
                        "where": getattr(at, "where", None),  # "title": offsets into the title
                        "actor_id": g,
                        "article_actor_pk": aa_pk.get(at.actor) if at.actor else None,
                        "local_actor": at.actor,
                        **_span_cols("speaker", at.speaker),
                        **_span_cols("cue", at.cue),
                        "content": CONTENT_JOIN.join(c.text for c in at.content),
                        "content_spans": json.dumps([[c.start, c.end] for c in at.content]),
                        "published": pub,
                    }
                )
            res = conn.execute(insert(attributions).returning(attributions.c.pk, sort_by_parameter_order=True), rows)
            search.index_rows(
                conn, "attributions", [{"pk": p, "content": r["content"], "speaker": r["speaker"]} for p, r in zip(res.scalars().all(), rows)]
            )

        if rec.figures:
            rows = []
            for i, f in enumerate(rec.figures):
                v = f.value
                lo = _number(v[0]) if isinstance(v, list) and v else _number(v)
                hi = _number(v[-1]) if isinstance(v, list) and len(v) > 1 else None
                rows.append(
                    {
                        "article_pk": pk,
                        "idx": i,
                        "value": lo,
                        "value_high": hi,
                        "value_json": json.dumps(v),
                        "unit": f.unit,
                        "per": f.per,
                        "qualifier": f.qualifier,
                        "change": f.change,
                        **_span_cols("about", f.about),
                        **_span_cols("span", f.span),
                        "published": pub,
                    }
                )
            conn.execute(insert(figures), rows)

        if rec.dates:
            conn.execute(
                insert(dates),
                [
                    {
                        "article_pk": pk,
                        "idx": i,
                        "value": d.value,
                        "duration": d.duration,
                        "reason": d.reason,
                        **_span_cols("span", d.span),
                        "caption": getattr(d, "caption", None) if getattr(d, "where", None) == "caption" else None,
                    }
                    for i, d in enumerate(rec.dates)
                ],
            )

        if rec.events:
            rows = [
                {
                    "article_pk": pk,
                    "idx": i,
                    "type": e.type,
                    "mode": e.mode,
                    "date": e.date,
                    "historical": bool(e.historical),
                    **_span_cols("span", e.span),
                    "published": pub,
                }
                for i, e in enumerate(rec.events)
            ]
            res = conn.execute(insert(events).returning(events.c.pk, sort_by_parameter_order=True), rows)
            ea = []
            for epk, e in zip(res.scalars().all(), rec.events):
                for role, ids in (("source", _ids(e.source)), ("target", _ids(e.target))):
                    for local in ids:
                        ea.append(
                            {
                                "event_pk": epk,
                                "article_pk": pk,
                                "role": role,
                                "actor_id": gid.get(local),
                                "local_actor": local,
                                "published": pub,
                            }
                        )
            if ea:
                conn.execute(insert(event_actors), ea)

        # the actors' counters: articles they appear in, attributions they are the source of
        bumps = [
            {"gid": g, "da": 1, "dt": n_attr.get(g, 0)} for g in sorted(set(gid.values()))
        ]
        if bumps:
            from sqlalchemy import bindparam

            conn.execute(
                update(actors)
                .where(actors.c.id == bindparam("gid"))
                .values(
                    n_articles=actors.c.n_articles + bindparam("da"),
                    n_attributions=actors.c.n_attributions + bindparam("dt"),
                ),
                bumps,
            )
        return aid, True

    def _upsert(self, conn: Connection, table: Any, items: list[dict[str, Any]], keys: list[str], set_: Any) -> None:
        rows.upsert(conn, table, items, keys, set_)

    def _summarise(self, conn: Connection, aa_rows: list[dict[str, Any]], article_pk: int) -> None:
        """Fold an article's actors into actor_names and actor_roles (one row per key per
        statement: PostgreSQL refuses to update a row twice in one INSERT ... ON CONFLICT)."""
        names: dict[tuple[int, str], int] = {}
        roles: dict[tuple[int, str, str], str | None] = {}
        for r in aa_rows:
            names[(r["actor_id"], r["name"])] = 1
            if r["role"] or r["affiliation"]:
                roles[(r["actor_id"], r["role"] or "", r["affiliation"] or "")] = r["published"]
        t = actor_names
        self._upsert(
            conn, t, [{"actor_id": a, "name": n, "n": 1} for (a, n) in names], ["actor_id", "name"],
            lambda ex: {"n": t.c.n + ex.n},
        )
        t2 = actor_roles

        def role_set(ex: Any) -> dict[str, Any]:
            earlier = and_(ex.first_published.is_not(None), or_(t2.c.first_published.is_(None), ex.first_published < t2.c.first_published))
            later = and_(ex.last_published.is_not(None), or_(t2.c.last_published.is_(None), ex.last_published > t2.c.last_published))
            return {
                "first_published": case((earlier, ex.first_published), else_=t2.c.first_published),
                "first_article_pk": case((earlier, ex.first_article_pk), else_=t2.c.first_article_pk),
                "last_published": case((later, ex.last_published), else_=t2.c.last_published),
                "n": t2.c.n + ex.n,
            }

        self._upsert(
            conn,
            t2,
            [
                {"actor_id": a, "role": ro, "affiliation": af, "first_published": pub, "first_article_pk": article_pk, "last_published": pub, "n": 1}
                for (a, ro, af), pub in roles.items()
            ],
            ["actor_id", "role", "affiliation"],
            role_set,
        )

    def add_failure(self, item: str, reason: str) -> None:
        """Record an item that could not be analysed (the latest reason per item is kept)."""
        with self.engine.begin() as conn:
            self._add_failure(conn, item, reason)

    def _add_failure(self, conn: Connection, item: str, reason: str) -> None:
        conn.execute(failures.delete().where(failures.c.item == item))
        conn.execute(insert(failures).values(item=item, reason=reason, at=_now()))


    # --- reading -----------------------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.pk).where(articles.c.id == article_id)).first() is not None

    def known_ids(self, article_ids: Iterable[str]) -> set[str]:
        """Those of the ids already stored (one query per 500)."""
        ids = sorted(set(article_ids))
        out: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                out.update(conn.execute(select(articles.c.id).where(articles.c.id.in_(ids[i : i + 500]))).scalars())
        return out

    def get_record(self, article_id: str) -> Record | None:
        with self.engine.connect() as conn:
            raw = conn.execute(select(articles.c.record).where(articles.c.id == article_id)).scalar_one_or_none()
        return None if raw is None else Record.from_json(raw)

    def failures(self, limit: int = 100, offset: int = 0) -> dict[str, Any]:
        limit, offset = _lim(limit, offset, 100000)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(failures)).scalar_one()
            rows = conn.execute(
                select(failures.c.item, failures.c.reason, failures.c.at)
                .order_by(failures.c.at.desc(), failures.c.pk.desc())
                .limit(limit)
                .offset(offset)
            ).mappings().all()
        return _page([{"item": r["item"], "reason": r["reason"], "at": _iso(r["at"])} for r in rows], total, limit, offset)

    def _article_filters(self, q: str | None, publisher: str | None, since: str | None, until: str | None) -> list[Any]:
        cond: list[Any] = []
        if q:
            m = search.match_clause(self.dialect, "articles", q)
            cond.append(m if m is not None else literal_column("1") == literal_column("0"))
        if publisher:
            cond.append(articles.c.publisher == publisher)
        if since:
            cond.append(articles.c.published >= since[:10])
        if until:
            cond.append(articles.c.published <= until[:10])
        return cond

    def articles(
        self,
        q: str | None = None,
        publisher: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        """Articles, newest first (published desc, then stored order)."""
        limit, offset = _lim(limit, offset)
        cond = self._article_filters(q, publisher, since, until)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(articles).where(*cond)).scalar_one()
            rows = self._date_page(
                conn, select(*ARTICLE_COLS), articles, articles.c.published, articles.c.pk, cond,
                desc=True, limit=limit, offset=offset,
            )
            items = _stories.attach_stories(conn, [dict(r) for r in rows])  # each item's story: {id, title} or None
        return _page(items, total, limit, offset)

    def actors(self, q: str | None = None, type: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Actors, most quoted first (then those in most articles)."""
        limit, offset = _lim(limit, offset)
        cond: list[Any] = []
        if type:
            cond.append(actors.c.type == type)
        if q and q.strip():
            n = merge.normalise(q)
            alias = select(actor_keys.c.actor_id).where(actor_keys.c.key.like(f"%:{n}")) if n else None
            c = actors.c.name.icontains(q.strip(), autoescape=True)
            cond.append(or_(c, actors.c.id.in_(alias)) if alias is not None else c)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(actors).where(*cond)).scalar_one()
            rows = conn.execute(
                select(*ACTOR_COLS)
                .where(*cond)
                .order_by(actors.c.n_attributions.desc(), actors.c.n_articles.desc(), actors.c.id.desc())
                .limit(limit)
                .offset(offset)
            ).mappings().all()
        return _page([dict(r) for r in rows], total, limit, offset)

    _attribution_item = staticmethod(rows.attribution_item)

    def _attribution_items(self, conn: Connection, pks: list[int]) -> list[dict[str, Any]]:
        return rows.attribution_items(conn, pks)

    def attributions(
        self,
        actor: Any = None,
        q: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
        act: Any = None,
    ) -> dict[str, Any]:
        """Who said what, newest first; `actor` a stored actor id, `q` a full-text query, `act`
        the acts to list (say, write, think, decide, other; None: every act; the API and the
        pages pass STATEMENT_ACTS unless asked for others)."""
        limit, offset = _lim(limit, offset)
        cond: list[Any] = _act_cond(act)
        if actor is not None:
            cond.append(attributions.c.actor_id == self.actor_key(actor))
        if q:  # what was said, the speaker's words, or the names of the speaker's actor (find.py)
            with self.engine.connect() as conn:
                cond.append(find.attribution_match(conn, q))
        if since:
            cond.append(attributions.c.published >= since[:10])
        if until:
            cond.append(attributions.c.published <= until[:10])
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(attributions).where(*cond)).scalar_one()
            rows = self._date_page(
                conn, select(attributions.c.pk), attributions, attributions.c.published, attributions.c.pk, cond,
                desc=True, limit=limit, offset=offset,
            )
            items = self._attribution_items(conn, [r["pk"] for r in rows])
        return _page(items, total, limit, offset)

    def actor(self, actor_id: Any, limit: int = ACTOR_PAGE_LIMIT, offset: int = 0, act: Any = None) -> dict[str, Any] | None:
        """One actor with its roles over time, attributions and events in date order (the first
        `limit` of each after `offset`; n_attributions and n_events give the totals),
        co-occurring actors (over its latest COOCCURRENCE_ARTICLES articles). `act` keeps the
        attributions of those acts (None: every act); `acts` counts the actor's attributions per
        act and `n_listed` those of the acts asked for."""
        aid = self.actor_key(actor_id)
        limit, offset = _lim(limit, offset, 5000)
        with self.engine.connect() as conn:
            base = conn.execute(select(*ACTOR_COLS).where(actors.c.id == aid)).mappings().first()
            if base is None:
                return None
            out: dict[str, Any] = dict(base)
            names = conn.execute(
                select(actor_names.c.name)
                .where(actor_names.c.actor_id == aid)
                .order_by(actor_names.c.n.desc(), actor_names.c.name)
                .limit(21)
            ).scalars().all()
            out["aliases"] = [n for n in names if n != base["name"]][:20]

            # roles and affiliations as the articles gave them, in order of first use
            rrows = conn.execute(
                select(actor_roles, articles.c.id.label("first_article_id"))
                .select_from(actor_roles)
                .outerjoin(articles, articles.c.pk == actor_roles.c.first_article_pk)
                .where(actor_roles.c.actor_id == aid)
                .limit(500)
            ).mappings().all()
            roles = [
                {
                    "role": r["role"] or None,
                    "affiliation": r["affiliation"] or None,
                    "article_id": r["first_article_id"],
                    "published": r["first_published"],
                    "last_published": r["last_published"],
                    "n_articles": r["n"],
                }
                for r in rrows
            ]
            roles.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["article_id"] or ""))
            out["roles"] = roles

            by_act = dict(conn.execute(
                select(attributions.c.act, func.count()).where(attributions.c.actor_id == aid).group_by(attributions.c.act)
            ).all())
            out["acts"] = {a: by_act.get(a, 0) for a in ACTS if by_act.get(a)}
            wanted = _acts(act)
            out["n_listed"] = sum(n for a, n in by_act.items() if wanted is None or a in wanted)
            rows = self._date_page(
                conn, select(attributions.c.pk), attributions, attributions.c.published, attributions.c.pk,
                [attributions.c.actor_id == aid, *_act_cond(act)], desc=False, limit=limit, offset=offset,
            )
            out["attributions"] = self._attribution_items(conn, [r["pk"] for r in rows])

            out["n_events"] = conn.execute(
                select(func.count()).select_from(event_actors).where(event_actors.c.actor_id == aid)
            ).scalar_one()
            erows = self._date_page(
                conn,
                select(
                    event_actors.c.event_pk,
                    event_actors.c.role,
                    articles.c.id.label("article_id"),
                    articles.c.title,
                    events.c.published,
                    events.c.type,
                    events.c.mode,
                    events.c.date,
                    events.c.historical,
                    events.c.span,
                    events.c.span_start,
                    events.c.span_end,
                )
                .select_from(event_actors)
                .join(events, events.c.pk == event_actors.c.event_pk)
                .join(articles, articles.c.pk == event_actors.c.article_pk),
                event_actors,
                event_actors.c.published,
                event_actors.c.event_pk,
                [event_actors.c.actor_id == aid],
                desc=False,
                limit=limit,
                offset=offset,
            )
            others: dict[int, list[dict[str, Any]]] = {}
            epks = sorted({r["event_pk"] for r in erows})
            if epks:
                for r in conn.execute(
                    select(event_actors.c.event_pk, event_actors.c.role, actors.c.id, actors.c.name)
                    .join(actors, actors.c.id == event_actors.c.actor_id)
                    .where(event_actors.c.event_pk.in_(epks), event_actors.c.actor_id != aid)
                ).mappings():
                    others.setdefault(r["event_pk"], []).append({"id": r["id"], "name": r["name"], "role": r["role"]})
            out["events"] = [
                {
                    "article_id": r["article_id"],
                    "title": r["title"],
                    "published": r["published"],
                    "type": r["type"],
                    "role": r["role"],
                    "mode": r["mode"],
                    "date": r["date"],
                    "historical": bool(r["historical"]),
                    "span": r["span"],
                    "span_offsets": _pair(r["span_start"], r["span_end"]),
                    "others": others.get(r["event_pk"], []),
                }
                for r in erows
            ]

            latest = (
                select(article_actors.c.article_pk)
                .where(article_actors.c.actor_id == aid)
                .order_by(article_actors.c.published.desc(), article_actors.c.article_pk.desc())
                .limit(COOCCURRENCE_ARTICLES)
                .subquery()
            )
            aa2 = article_actors.alias("aa2")
            n = func.count(aa2.c.article_pk.distinct())
            co = conn.execute(
                select(actors.c.id, actors.c.name, actors.c.type, n.label("n_articles"))
                .select_from(aa2)
                .join(actors, actors.c.id == aa2.c.actor_id)
                .where(aa2.c.article_pk.in_(select(latest.c.article_pk)), aa2.c.actor_id != aid)
                .group_by(actors.c.id, actors.c.name, actors.c.type)
                .order_by(n.desc(), actors.c.id)
                .limit(20)
            ).mappings().all()
            out["cooccurring"] = [dict(r) for r in co]
        return out

    def search(
        self,
        q: str,
        limit: int = 20,
        offset: int = 0,
        publisher: str | None = None,
        since: str | None = None,
        until: str | None = None,
        story: str | None = None,
    ) -> dict[str, Any]:
        """Full-text search: articles (title and body) and attributions (what was said, who said
        it, and every statement of an actor the query names), filtered by outlet, date and story.
        Items carry `highlights` (offsets of the hits) and articles a plain-text `snippet`. See find.py."""
        return find.search(self, q, limit, offset, publisher=publisher, since=since, until=until, story=story)

    def figures(self, about: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Figures, newest first; `about` matches (case-insensitively) what is counted."""
        limit, offset = _lim(limit, offset)
        cond: list[Any] = []
        if about and about.strip():
            cond.append(figures.c.about.icontains(about.strip(), autoescape=True))
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(figures).where(*cond)).scalar_one()
            rows = self._date_page(
                conn,
                select(
                    articles.c.id.label("article_id"),
                    articles.c.title,
                    figures.c.published,
                    figures.c.value_json,
                    figures.c.unit,
                    figures.c.per,
                    figures.c.qualifier,
                    figures.c.change,
                    figures.c.about,
                    figures.c.about_start,
                    figures.c.about_end,
                    figures.c.span,
                    figures.c.span_start,
                    figures.c.span_end,
                )
                .select_from(figures)
                .join(articles, articles.c.pk == figures.c.article_pk),
                figures,
                figures.c.published,
                figures.c.pk,
                cond,
                desc=True,
                limit=limit,
                offset=offset,
            )
        items = []
        for r in rows:
            d = dict(r)
            d["value"] = json.loads(d.pop("value_json") or "null")
            d["about_offsets"] = _pair(d.pop("about_start"), d.pop("about_end"))
            d["span_offsets"] = _pair(d.pop("span_start"), d.pop("span_end"))
            items.append(d)
        return _page(items, total, limit, offset)

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            n_art = conn.execute(select(func.count()).select_from(articles)).scalar_one()
            n_act = conn.execute(select(func.count()).select_from(actors)).scalar_one()
            n_att = conn.execute(select(func.count()).select_from(attributions)).scalar_one()
            by_outlet = conn.execute(
                select(articles.c.publisher, func.count().label("n"))
                .group_by(articles.c.publisher)
                .order_by(func.count().desc(), articles.c.publisher)
                .limit(50)
            ).mappings().all()
        return {
            "articles": n_art,
            "actors": n_act,
            "attributions": n_att,
            "latest": self.articles(limit=20)["items"],
            "by_outlet": [dict(r) for r in by_outlet],
            "most_quoted": self.actors(limit=10)["items"],
        }


    # --- stories: kept for the corpus layer (store/stories.py; docs/store-interface.md) -------

    def save_profile(self, article_id: str, profile: dict, terms: list[str], df_terms: list[str] | None = None) -> None:
        _stories.save_profile(self, article_id, profile, terms, df_terms)

    def term_stats(self, terms: list[str]) -> tuple[int, dict[str, int]]:
        return _stories.term_stats(self, terms)

    def candidates(self, terms: list[str], max_df: int = 2000, limit: int = 200, exclude: str | None = None) -> list[dict[str, Any]]:
        return _stories.candidates(self, terms, max_df=max_df, limit=limit, exclude=exclude)

    def story_profiles(self, story_id: str) -> list[dict[str, Any]]:
        return _stories.story_profiles(self, story_id)

    def put_story(self, story: dict) -> None:
        _stories.put_story(self, story)

    def drop_story(self, story_id: str) -> None:
        _stories.drop_story(self, story_id)

    def put_story_links(self, story_id: str, reuse: list[dict], disagreements: list[dict]) -> None:
        _stories.put_story_links(self, story_id, reuse, disagreements)

    def records(self, article_ids: list[str]) -> list[Record]:
        return _stories.records(self, article_ids)

    def storyless(self, article_ids: Iterable[str]) -> list[str]:
        """Those of the stored ids that are in no story: what an ingest stopped between storing
        a batch and placing it left behind (one query per 500)."""
        from .schema import story_articles

        ids = sorted(set(article_ids))
        out: list[str] = []
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                placed = select(story_articles.c.article_pk).where(story_articles.c.article_pk == articles.c.pk).exists()
                out += conn.execute(select(articles.c.id).where(articles.c.id.in_(ids[i : i + 500]), ~placed)).scalars()
        return sorted(out)

    def stories(
        self, q: str | None = None, since: str | None = None, until: str | None = None, limit: int = 50, offset: int = 0
    ) -> dict[str, Any]:
        return _stories.list_stories(self, q=q, since=since, until=until, limit=limit, offset=offset)

    def story(self, story_id: str) -> dict[str, Any] | None:
        return _stories.story(self, story_id)

    def article_story(self, article_id: str) -> dict[str, Any] | None:
        return _stories.article_story(self, article_id)

    def actor_timeline(
        self, actor_id: Any, limit: int = 200, offset: int = 0, kind: str | None = None, act: Any = None
    ) -> dict[str, Any] | None:
        return _stories.actor_timeline(self, actor_id, limit=limit, offset=offset, kind=kind, act=act)

def _unique_local(acts: list[Any]) -> list[Any]:
    """The record's actors, one per local id (a malformed record repeating an id keeps the first)."""
    seen: set[str] = set()
    out = []
    for a in acts:
        if a.id not in seen:
            seen.add(a.id)
            out.append(a)
    return out
