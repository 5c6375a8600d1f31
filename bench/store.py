"""What the store costs, and how fast it answers at scale.

    python bench/store.py [--limit N] [--db URL] [--json]          # (a) ingest PolNeAR train+dev
    python bench/store.py --synthetic [--articles 100000] [--attributions 1000000] [--path F] [--json]

(a) In one run: the PolNeAR train+dev texts (../shared/polnear/{train,dev}/text, 924 articles)
    analysed alone (extraction + the pipeline, nothing kept), then ingested into a fresh store
    (the same analysis, plus the skip check and the writes). Prints articles/s for both, the
    store's share of the ingest run measured inside it (time in Store.add_many / time in the
    pipeline), and the slowdown against analysis alone. The target: the store costs <= 10%.

(b) A SQLite store filled with generated rows (100,000 articles, 1,000,000 attributions, about
    800,000 article-actor rows over 30,000 actors, 200,000 events), written with Core
    executemany rather than the pipeline, the full-text index built at the end. Then p50/p95/max
    latency of Store.actor(id) (random actors, and the 50 most quoted: the worst case) and of
    Store.search(q) (words from every frequency band, pairs, phrases, names). Target: p95 < 100 ms.
    Article bodies are drawn word by word from the word frequencies of the PolNeAR texts (read at
    run time; a made-up Zipf vocabulary where they are absent), so the full-text index sees
    news-like frequencies. Mentions, figures and dates are not generated (no query here reads them).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import bisect
import itertools
import json
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SHARED = HERE.parent / "shared"


# --- (a) ingest ----------------------------------------------------------------------------------


def polnear_files(limit: int) -> list[Path]:
    files: list[Path] = []
    for part in ("train", "dev"):
        files += sorted((SHARED / "polnear" / part / "text").glob("*.txt"))
    if not files:
        sys.exit(f"no PolNeAR texts under {SHARED / 'polnear'}")
    return files[:limit] if limit else files


def bench_ingest(a: argparse.Namespace) -> dict:
    from newsgraph.pipeline import Item, analyze_articles, extract
    from newsgraph.store import open_store
    from newsgraph.collect import ingest

    files = polnear_files(a.limit)
    names = [str(f) for f in files]
    # warm up: the model loads once, outside both timings
    list(analyze_articles([extract(Item(content=files[0].read_text(encoding="utf-8"), name=names[0]))]))

    t0 = time.perf_counter()
    n_alone = 0
    batch = []
    for f in files:
        try:
            batch.append(extract(Item(content=f.read_text(encoding="utf-8"), name=str(f))))
        except Exception:
            continue
        if len(batch) >= a.batch_size:
            n_alone += sum(1 for _ in analyze_articles(batch, batch_size=a.batch_size))
            batch = []
    n_alone += sum(1 for _ in analyze_articles(batch, batch_size=a.batch_size))
    alone_s = time.perf_counter() - t0

    tmp = tempfile.TemporaryDirectory()
    db = a.db or os.path.join(tmp.name, "bench.db")
    store = open_store(db)
    st = ingest(names, store, batch_size=a.batch_size)
    ingest_s = st.elapsed
    n_stored = store.stats()["articles"]
    store.close()
    tmp.cleanup()
    res = {
        "articles": len(files),
        "analysis_alone": {"seconds": round(alone_s, 2), "articles_per_s": round(n_alone / alone_s, 2)},
        "ingest_with_store": {
            "seconds": round(ingest_s, 2),
            "articles_per_s": round(st.done / ingest_s, 2),
            "stored": n_stored,
            "failed": st.failed,
            "pipeline_s": round(st.analysis_s, 2),
            "store_writes_s": round(st.store_s, 2),
        },
        "store_share_of_pipeline": round(st.store_s / st.analysis_s, 4) if st.analysis_s else None,
        "slowdown_vs_analysis_alone": round(ingest_s / alone_s - 1, 4),
        "db": "sqlite (temporary)" if not a.db else a.db,
    }
    return res


# --- (b) synthetic fill ----------------------------------------------------------------------------


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words and cumulative weights: the PolNeAR texts' frequencies, or a made-up Zipf list."""
    counts: dict[str, int] = {}
    for part in ("dev", "train"):
        for f in sorted((SHARED / "polnear" / part / "text").glob("*.txt"))[:400]:
            for w in re.findall(r"[A-Za-z][a-z']+", f.read_text(encoding="utf-8", errors="replace")):
                counts[w] = counts.get(w, 0) + 1
    if len(counts) < 2000:
        syll = ["ka", "ro", "ti", "mé", "sa", "lu", "on", "ve", "dra", "pel", "gor", "tas", "wen", "ix"]
        words = sorted({"".join(rng.choice(syll) for _ in range(rng.randint(1, 4))) for _ in range(40000)})
        rng.shuffle(words)
        counts = {w: int(1e6 / (i + 1)) + 1 for i, w in enumerate(words)}
    words = sorted(counts, key=lambda w: -counts[w])
    cum = list(itertools.accumulate(counts[w] for w in words))
    return words, cum


def draw(rng: random.Random, words: list[str], cum: list[float], n: int) -> str:
    total = cum[-1]
    return " ".join(words[bisect.bisect_left(cum, rng.random() * total)] for _ in range(n))


FIRST = "Amina Jonas Leila Tomas Sara Omar Ines Pavel Mariam Diego Hana Kofi Yusuf Elena Ravi Noor Ivan Zara Malik Sofia".split()
LAST = "Diallo Novak Haddad Okafor Lindqvist Moreau Tanaka Petrov Mensah Alvarez Costa Rahman Keller Osei Nguyen Farah Brandt Sato Kowalski Mbeki".split()
ROLES = ["Foreign Minister", "spokesperson", "President", "Prime Minister", "ambassador", "analyst", "mayor", "General"]
EVENT_TYPES = "ACCUSE AGREE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE MOBILIZE PROTEST REJECT REQUEST RETREAT SANCTION SUPPORT THREATEN".split()


def fill(path: str, n_articles: int, n_attr: int, n_actors: int, seed: int = 7) -> dict:
    from sqlalchemy import insert

    from newsgraph.store import open_store
    from newsgraph.store import search as fts
    from newsgraph.store.schema import (
        actor_keys, actor_names, actor_roles, actors, article_actors, articles, attributions, event_actors, events,
    )

    rng = random.Random(seed)
    words, cum = vocabulary(rng)
    t0 = time.perf_counter()
    if os.path.exists(path):
        os.remove(path)
    store = open_store(path)
    eng = store.engine

    # actors: people (unique full names), organisations, countries; quoted with a Zipf skew
    acts = []
    for i in range(1, n_actors + 1):
        r = i % 10
        if r < 7:
            name, typ = f"{FIRST[i % 20]} {LAST[(i // 20) % 20]} {words[200 + i % 3000].capitalize()}{i}", "person"
        elif r < 9:
            name, typ = f"{words[100 + i % 2000].capitalize()} {rng.choice(['Council', 'Agency', 'Party', 'Front', 'Union'])} {i}", "organization"
        else:
            name, typ = f"Country {i}", "country"
        acts.append({"id": i, "name": name, "type": typ, "code": None, "n_articles": 0, "n_attributions": 0})
    zipf_cum = list(itertools.accumulate(1.0 / (k ** 1.05) for k in range(1, n_actors + 1)))

    def pick_actor() -> int:
        return bisect.bisect_left(zipf_cum, rng.random() * zipf_cum[-1]) + 1

    per_article_attr = n_attr // n_articles
    art_rows, aa_rows, at_rows, ev_rows, ea_rows = [], [], [], [], []
    aa_pk = at_pk = ev_pk = 0
    n_articles_of = [0] * (n_actors + 1)
    n_attr_of = [0] * (n_actors + 1)
    roles_of: dict[tuple[int, str], list] = {}  # (actor, role) -> [first date, first article, last date, n]
    stored_at = _dt.datetime.now(_dt.timezone.utc)

    def flush() -> None:
        with eng.begin() as conn:
            conn.execute(insert(articles), art_rows)
            conn.execute(insert(article_actors), aa_rows)
            conn.execute(insert(attributions), at_rows)
            conn.execute(insert(events), ev_rows)
            conn.execute(insert(event_actors), ea_rows)
        for x in (art_rows, aa_rows, at_rows, ev_rows, ea_rows):
            x.clear()

    with eng.begin() as conn:
        conn.execute(insert(actors), acts)
        conn.execute(insert(actor_keys), [{"key": f"{a['type']}:{a['name'].lower()}", "actor_id": a["id"]} for a in acts])

    for apk in range(1, n_articles + 1):
        day = rng.randrange(0, 3650)
        published = (_dt.date(2015, 1, 1) + _dt.timedelta(days=day)).isoformat()
        body = draw(rng, words, cum, 150)
        title = draw(rng, words, cum, 8).capitalize()
        local = {}
        while len(local) < 8:
            g = pick_actor()
            if g not in local:
                local[g] = f"a{len(local) + 1}"
        rec_actors = []
        for g, lid in local.items():
            aa_pk += 1
            a = acts[g - 1]
            role = rng.choice(ROLES) if a["type"] == "person" and rng.random() < 0.5 else None
            aa_rows.append({"pk": aa_pk, "article_pk": apk, "local_id": lid, "actor_id": g, "name": a["name"], "type": a["type"],
                            "role": role, "affiliation": None, "code": None, "label": None, "n_mentions": 1, "published": published})
            rec_actors.append({"id": lid, "name": a["name"], "type": a["type"], "role": role})
            if role:
                rr = roles_of.setdefault((g, role), [published, apk, published, 0])
                if published < rr[0]:
                    rr[0], rr[1] = published, apk
                rr[2] = max(rr[2], published)
                rr[3] += 1
            n_articles_of[g] += 1
        speakers = list(local)
        for k in range(per_article_attr):
            at_pk += 1
            g = speakers[min(int(rng.expovariate(0.6)), len(speakers) - 1)]
            n_attr_of[g] += 1
            content = '"' + draw(rng, words, cum, rng.randint(8, 20)) + '"'
            at_rows.append({"pk": at_pk, "article_pk": apk, "idx": k, "kind": "direct", "actor_id": g,
                            "article_actor_pk": aa_pk - 8 + speakers.index(g) + 1, "local_actor": local[g],
                            "speaker": None, "speaker_start": None, "speaker_end": None, "cue": "said", "cue_start": 0, "cue_end": 4,
                            "content": content, "content_spans": "[[0, 1]]", "published": published})
        for k in range(2):
            ev_pk += 1
            src, tgt = rng.sample(speakers, 2)
            ev_rows.append({"pk": ev_pk, "article_pk": apk, "idx": k, "type": rng.choice(EVENT_TYPES), "mode": None, "date": None,
                            "historical": False, "span": "met", "span_start": 0, "span_end": 3, "published": published})
            ea_rows.append({"event_pk": ev_pk, "article_pk": apk, "role": "source", "actor_id": src, "local_actor": local[src], "published": published})
            ea_rows.append({"event_pk": ev_pk, "article_pk": apk, "role": "target", "actor_id": tgt, "local_actor": local[tgt], "published": published})
        aid = f"{apk:016x}"
        record = {"article": {"id": aid, "publisher": f"Outlet {apk % 40}", "published": published, "title": title, "body": body},
                  "actors": rec_actors, "attributions": [], "figures": [], "dates": [], "events": [], "synthetic": True}
        art_rows.append({"pk": apk, "id": aid, "url": None, "publisher": f"Outlet {apk % 40}", "published": published, "title": title,
                         "byline": None, "language": "en", "source": "synthetic", "body": body, "n_actors": 8,
                         "n_attributions": per_article_attr, "n_figures": 0, "n_dates": 0, "n_events": 2,
                         "record": json.dumps(record), "stored_at": stored_at})
        if apk % 5000 == 0:
            flush()
            print(f"  {apk} articles ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    if art_rows:
        flush()
    from sqlalchemy import bindparam, update

    with eng.begin() as conn:
        conn.execute(
            update(actors).where(actors.c.id == bindparam("gid")).values(n_articles=bindparam("na"), n_attributions=bindparam("nt")),
            [{"gid": g, "na": n_articles_of[g], "nt": n_attr_of[g]} for g in range(1, n_actors + 1)],
        )
        conn.execute(insert(actor_names), [{"actor_id": a["id"], "name": a["name"], "n": n_articles_of[a["id"]]} for a in acts if n_articles_of[a["id"]]])
        conn.execute(
            insert(actor_roles),
            [{"actor_id": g, "role": ro, "affiliation": "", "first_published": v[0], "first_article_pk": v[1], "last_published": v[2], "n": v[3]}
             for (g, ro), v in roles_of.items()],
        )
    t_rows = time.perf_counter() - t0
    with eng.begin() as conn:
        fts.rebuild(conn)
    with eng.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    t_all = time.perf_counter() - t0
    store.close()
    return {"rows_s": round(t_rows, 1), "with_fulltext_s": round(t_all, 1), "words": words, "db_mb": round(os.path.getsize(path) / 1e6)}


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def timing(fn, args_list) -> dict:
    ms = []
    for args in args_list:
        t = time.perf_counter()
        fn(*args)
        ms.append((time.perf_counter() - t) * 1000)
    return {"n": len(ms), "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1), "max_ms": round(max(ms), 1)}


def bench_synthetic(a: argparse.Namespace) -> dict:
    from newsgraph.store import open_store

    path = a.path or os.path.join(tempfile.gettempdir(), "newsgraph-bench-synthetic.db")
    info: dict = {"articles": a.articles, "attributions": a.attributions, "actors": a.actors, "path": path}
    if a.reuse and os.path.exists(path):
        words = vocabulary(random.Random(7))[0]
    else:
        print(f"filling {path} ...", file=sys.stderr, flush=True)
        f = fill(path, a.articles, a.attributions, a.actors)
        words = f.pop("words")
        info["fill"] = f
    store = open_store(path)
    rng = random.Random(11)
    st = store.stats()
    info["counts"] = {k: st[k] for k in ("articles", "actors", "attributions")}
    # warm the caches once, as a serving process would be
    store.actors(limit=50)
    top = [x["id"] for x in store.actors(limit=50)["items"]]
    rand = [rng.randint(1, a.actors) for _ in range(200)]
    info["actor_random"] = timing(store.actor, [(i,) for i in rand])
    info["actor_top50"] = timing(store.actor, [(i,) for i in top])
    info["top_actor_attributions"] = store.actor(top[0], limit=1)["n_attributions"]
    bands = {"words_rank_1_100": words[:100], "words_rank_100_1000": words[100:1000],
             "words_rank_1000_10000": words[1000:10000], "words_rare": words[10000:] or words[-500:]}
    queries: dict[str, list[str]] = {b: [rng.choice(ws) for _ in range(40)] for b, ws in bands.items()}
    queries["two_words"] = [f"{rng.choice(words[50:3000])} {rng.choice(words[50:3000])}" for _ in range(40)]
    queries["phrase"] = [f'"{rng.choice(words[:500])} {rng.choice(words[:500])}"' for _ in range(40)]
    names = [x["name"] for x in store.actors(limit=200)["items"]]
    queries["actor_names"] = [rng.choice(names).rsplit(" ", 1)[0] for _ in range(40)]
    allq: list[tuple] = []
    info["search"] = {}
    for b, qs in queries.items():
        info["search"][b] = timing(store.search, [(q,) for q in qs])
        allq += [(q,) for q in qs]
    info["search_all"] = timing(store.search, allq)
    info["other"] = {
        "articles_page": timing(store.articles, [()] * 20),
        "attributions_of_top_actor": timing(lambda i: store.attributions(actor=i), [(i,) for i in top[:20]]),
        "stats": timing(store.stats, [()] * 5),
        "get_record": timing(store.get_record, [(f"{rng.randint(1, a.articles):016x}",) for _ in range(50)]),
    }
    store.close()
    if not a.keep and not a.path:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
    return info


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="(a) only the first N texts")
    ap.add_argument("--db", help="(a) ingest into this store (default: a temporary SQLite file)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--synthetic", action="store_true", help="(b) the synthetic fill and query latencies")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--attributions", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=30_000)
    ap.add_argument("--path", help="(b) the SQLite file to fill (kept)")
    ap.add_argument("--reuse", action="store_true", help="(b) query an existing fill at --path")
    ap.add_argument("--keep", action="store_true", help="(b) keep the temporary fill")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = bench_synthetic(a) if a.synthetic else bench_ingest(a)
    print(json.dumps(res, indent=None if a.json else 2))


if __name__ == "__main__":
    main()
