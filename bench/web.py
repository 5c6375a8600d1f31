"""Latency of the actor page and search, measured through the real app (ASGI, in process).

    python bench/web.py --db big.db [--requests 200] [--json]
    python bench/web.py --fill 2000 [--db small.db]       # make a small synthetic store first

--db: a store filled beforehand (e.g. by `python bench/store.py --synthetic`, 100,000 articles
and 1,000,000 attributions). --fill N: add N synthetic articles (10 attributions each) through
`Store.add_many` first, into --db or a temporary file.

Each route is requested through FastAPI's TestClient (the whole app: routing, the store's
queries, templates, middleware; no network). Actors are the 20 most quoted (the heaviest
pages) and random ones; queries are words and two-word phrases drawn from stored attributions,
plus a few very common words. Prints p50, p95 and max per route against the 100 ms target.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 100.0

FIRST = ["Jane", "Amadou", "Lena", "Tomas", "Aisha", "Piet", "Selin", "Radek", "Halima", "Kwame", "Mira", "Oskar"]
LAST = ["Moreau", "Diallo", "Marsh", "Reyl", "Okafor", "Halvorsen", "Oduya", "Volsin", "Dusane", "Asante", "Novak", "Berg"]
ORGS = ["United Nations", "Red Cross", "African Union", "World Bank", "Harbour Board", "Farmers Union", "Interior Ministry"]
WORDS = (
    "dam flood river water talks deal aid convoy minister council budget harbour pier families "
    "farmers engineers closure delay protest march compensation victims government treaty border "
    "election vote court ruling ceasefire troops refugees camp hospital school bridge road"
).split()


def synthetic_records(n: int, seed: int = 7, attributions_per_article: int = 10):
    """n synthetic records: bodies of sentences, person and organisation actors, attributions."""
    from newsgraph.record import Actor, Article, Attribution, Record, Span, body_id

    rng = random.Random(seed)
    people = [f"{f} {l}" for f in FIRST for l in LAST] + [f"{f} {l}{i}" for i in range(400) for f, l in [(rng.choice(FIRST), rng.choice(LAST))]]
    outlets = ["Test Wire", "Lindau Courier", "Kessa Post", "Harbour Times", "Globe Dispatch"]
    for k in range(n):
        parts: list[str] = []
        pos = 0
        actors: dict[str, Actor] = {}
        atts = []

        def add(text: str) -> tuple[int, int]:
            nonlocal pos
            s = pos
            parts.append(text)
            pos += len(text)
            return s, pos

        add(f"Story {k}. ")
        for j in range(attributions_per_article):
            name = rng.choice(people) if rng.random() < 0.8 else rng.choice(ORGS)
            quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize()
            add("\u201c")
            cs, ce = add(quote)
            add(",\u201d ")
            ss, se = add(name)
            add(" ")
            qs, qe = add("said")
            add(f". Officials counted {rng.randint(2, 9000)} {rng.choice(WORDS)}.\n\n")
            a = actors.get(name)
            if a is None:
                a = actors[name] = Actor(id=f"a{len(actors) + 1}", name=name, type="organization" if name in ORGS else "person")
            atts.append((a.id, (cs, ce), (ss, se), (qs, qe)))
        body = "".join(parts)
        by_id = {x.id: x for x in actors.values()}
        for aid, c, s, q in atts:
            by_id[aid].mentions.append(Span.of(body, *s))
        rec = Record(
            article=Article(
                id=body_id(body), title=f"Synthetic story {k}: {rng.choice(WORDS)} and {rng.choice(WORDS)}",
                publisher=rng.choice(outlets), published=f"20{rng.randint(15, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                body=body,
            ),
            actors=list(actors.values()),
            attributions=[
                Attribution(kind="direct", content=[Span.of(body, *c)], speaker=Span.of(body, *s), cue=Span.of(body, *q), actor=aid)
                for aid, c, s, q in atts
            ],
        )
        yield rec


def fill(db: str, n: int, batch: int = 500) -> None:
    from newsgraph.store import open_store

    store = open_store(db)
    t0 = time.perf_counter()
    buf = []
    done = 0
    for rec in synthetic_records(n):
        buf.append(rec)
        if len(buf) >= batch:
            store.add_many(buf)
            done += len(buf)
            buf = []
            print(f"  filled {done}/{n} ({done / (time.perf_counter() - t0):.0f} articles/s)", file=sys.stderr)
    if buf:
        store.add_many(buf)
    store.close()


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(p / 100 * len(xs) + 0.5)) - 1))
    return xs[k]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="the store (path or URL)")
    ap.add_argument("--fill", type=int, default=0, help="add this many synthetic articles first")
    ap.add_argument("--requests", type=int, default=200, help="requests per route")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    db = a.db
    if db is None:
        if not a.fill:
            ap.error("give --db PATH (a filled store), --fill N, or both")
        db = str(Path(tempfile.mkdtemp(prefix="ngweb-")) / "bench.db")
    if a.fill:
        fill(db, a.fill)

    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    app = create_app(db)
    store = app.state.store
    st = store.stats()
    rng = random.Random(a.seed)
    top = [x["id"] for x in store.actors(limit=20)["items"]]
    n_actors = store.actors(limit=1)["total"]
    rand = [x["id"] for x in (store.actors(limit=1, offset=rng.randrange(max(1, n_actors)))["items"][0] for _ in range(60)) if x]
    actor_ids = top + rand
    n_att = store.attributions(limit=1)["total"]
    queries = ["dam", "minister", "flood water", "\"aid convoy\"", "talks -ceasefire"]
    for _ in range(40):
        items = store.attributions(limit=1, offset=rng.randrange(max(1, n_att)))["items"]
        if items:
            ws = [w.strip(".,\u201c\u201d\"") for w in items[0]["content"].split()]
            ws = [w for w in ws if len(w) > 2]
            if ws:
                i = rng.randrange(len(ws))
                queries.append(" ".join(ws[i : i + rng.choice((1, 2))]))

    routes = {
        "actor page": lambda i: f"/actors/{actor_ids[i % len(actor_ids)]}",
        "api actor": lambda i: f"/api/actors/{actor_ids[i % len(actor_ids)]}",
        "search page": lambda i: "/search?q=" + queries[i % len(queries)].replace(" ", "+").replace('"', "%22"),
        "api search": lambda i: "/api/search?q=" + queries[i % len(queries)].replace(" ", "+").replace('"', "%22"),
        "article page": None,
    }
    arts = [x["id"] for x in store.articles(limit=50)["items"]]
    routes["article page"] = lambda i: f"/articles/{arts[i % len(arts)]}"

    out = {"db": db, "articles": st["articles"], "actors": st["actors"], "attributions": st["attributions"], "routes": {}}
    with TestClient(app) as c:
        for name, url in routes.items():
            for i in range(5):  # warm up caches
                c.get(url(i))
            times = []
            order = list(range(a.requests))
            rng.shuffle(order)
            for i in order:
                u = url(i)
                t0 = time.perf_counter()
                r = c.get(u)
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    print(f"error: {u} -> {r.status_code}", file=sys.stderr)
                    return 1
            out["routes"][name] = {
                "n": len(times), "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(pct(times, 95), 1), "max_ms": round(max(times), 1),
            }
    if a.json:
        print(json.dumps(out, indent=1))
    else:
        print(f"store {db}: {st['articles']:,} articles, {st['actors']:,} actors, {st['attributions']:,} attributions")
        print(f"{'route':14} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  target p95 < {TARGET_MS:.0f} ms")
        for name, r in out["routes"].items():
            ok = "ok" if r["p95_ms"] < TARGET_MS else "SLOW"
            print(f"{name:14} {r['n']:>5} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['max_ms']:>8}  {ok}")
    slow = [n for n in ("actor page", "search page") if out["routes"][n]["p95_ms"] >= TARGET_MS]
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
