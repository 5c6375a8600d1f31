"""What the corpus layer's stories cost: batch grouping, one article at a time, reuse alignment.

    python bench/corpus.py [--sizes 10000,100000] [--store-sizes 1000,100000] [--json]
    python bench/corpus.py --quick            # smoke run: 2,000 batch, 200 and 1,000 in the store

Every figure stands beside a baseline measured in the same run (the machine is shared), with
the ratio between them.

The articles are generated at run time and never written anywhere: seed texts (the PolNeAR
train texts and the ../shared/stories texts, first line a title) each give several stories
(the first with the seed's own names and figures, the others with its proper names replaced by
invented ones, its figures changed and dates 60 days apart), and each story 1 to 10 "reports"
(sizes drawn with P(1) = 0.35, then falling as 1/k up to 10; a mean of about 3.4): the lead
kept, other sentences dropped (each report keeps 50-95%), two swapped, one or two words
changed or dropped in a fifth of them, some figures altered by a few per cent, now and then a
sentence or two from another seed, the title edited, the date within four days of the story's,
one of 80 invented outlets. No spaCy: Docs carry features.raw_counts(title, body), no record.

(1) Batch: corpus.stories.group over N Docs, one subprocess per size: articles/s, with the
    time broken into profile (IDF weights), candidate_pairs (inverted index + cosines) and
    average_link, the candidate pairs proposed and kept, peak RSS of the process (ru_maxrss)
    and its RSS before grouping (the Docs themselves), and B-cubed F1 against the generated
    story labels (a sanity figure: the generator decides how hard the task is).
(2) Baseline, same docs, own subprocess: every pair. The same profiles (profile()) and the same
    date factor, a dense n x n float32 cosine matrix (scipy.sparse for the product), and
    average link by nearest-neighbour chain over that matrix, stopping at the same THRESHOLD:
    what group() would give if its candidate index missed nothing. Reported: time, peak RSS,
    B-cubed against the labels, the B-cubed agreement of group() with it (what the index
    loses), and the time ratio. Only where the matrix fits (n^2 x 4 bytes against
    --baseline-max-gb): at 100,000 it would need 40 GB and is skipped, saying so.
(3) Online: a SQLite store (open_store) filled with N generated articles in one go (articles
    rows with their records, article_profiles, story_terms with each article's 40 strongest
    terms under the batch weights of the N, term_df from those, stories and story_articles from
    the generated labels), by Core executemany, not by the pipeline; no ANALYZE (ingest runs
    none). Then 5 untimed and 50 timed corpus.online._add_one(store, record), alternately a
    further report of a stored story and the first report of a new one (records stored first
    with store.add_many, untimed): p50/p95/max ms per add at each N, the store calls inside it
    (candidates, term_stats, story_profiles, records, put_story, save_profile, story) and,
    apart, the follow-up add_to_stories does for the story touched (recheck, remerge,
    refresh_links). The target: milliseconds, not a scan of the store (the ratio of the largest
    to the smallest N near 1). term_df here counts each term over the articles that have it
    among their index terms, as save_profile keeps it.
(4) Reuse: corpus.reuse.find over generated stories of 5, 20 and 50 reports (profiled first,
    with stories.similarity, as corpus.analyse_story calls it), ms per story, beside a baseline
    in the same run: difflib.SequenceMatcher over every sentence pair of every pair of reports
    of the story (real_quick_ratio and quick_ratio first, ratio() >= MIN_RATIO where they pass).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as _dt
import gc
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SHARED = HERE.parent / "shared"
EPOCH = _dt.date(2015, 1, 1)


# --- generated articles --------------------------------------------------------------------------


@dataclass
class Seed:
    title: str
    sents: list[str]
    names: re.Pattern | None  # the seed's most frequent proper names


@dataclass
class StorySpec:
    idx: int
    title: str
    sents: list[str]
    day: int


_CAP = re.compile(r"(?<=\s)[A-Z][a-z]{2,}\b")
_NUM = re.compile(r"\d[\d,]*\d|\d")
_SYLL = "ka ro ti me sa lu on ve dra pel gor tas wen ix bur mo ha ne zi qua fen lor".split()


def seed_files() -> list[Path]:
    files = sorted((SHARED / "polnear" / "train" / "text").glob("*.txt"))
    files += sorted(SHARED.glob("stories/*/text/*.txt"))
    return files


def load_seeds() -> list[Seed]:
    from newsgraph.corpus.text import sentences

    seeds = []
    for f in seed_files():
        text = f.read_text(encoding="utf-8", errors="replace")
        title, _, body = text.partition("\n")
        sents = [" ".join(body[s:e].split()) for s, e in sentences(body)]
        sents = [s for s in sents if len(s.split()) >= 3]
        title = " ".join(title.split())
        if len(sents) < 2 or not title:
            continue
        names = Counter(m.group() for s in sents for m in _CAP.finditer(s))
        top = [w for w, _ in names.most_common(10)]
        rx = re.compile(r"\b(" + "|".join(map(re.escape, top)) + r")\b") if top else None
        seeds.append(Seed(title, sents, rx))
    if len(seeds) < 50:
        sys.exit(f"too few seed texts under {SHARED} (found {len(seeds)}): the benchmark needs ../shared")
    return seeds


class Gen:
    """Stories and their reports, each a pure function of (base, story index, report index)."""

    def __init__(self, seeds: list[Seed], base: int):
        self.seeds, self.base = seeds, base
        rng = random.Random(base)
        self.perm = list(range(len(seeds)))
        rng.shuffle(self.perm)
        self.offset = [rng.randrange(1500) for _ in seeds]
        self.vocab = [w for s in seeds[::3] for x in s.sents for w in x.split() if w.isalpha()]
        self.pool = sorted({"".join(rng.choice(_SYLL) for _ in range(rng.randint(2, 4))).capitalize() for _ in range(30000)})
        self._cache: dict[int, StorySpec] = {}

    def story(self, i: int) -> StorySpec:
        if i in self._cache:
            return self._cache[i]
        n = len(self.seeds)
        seed = self.seeds[self.perm[i % n]]
        v = i // n
        rng = random.Random(f"{self.base}:s{i}")
        day = self.offset[self.perm[i % n]] + v * 60 + rng.randrange(10)
        if v == 0:
            title, sents = seed.title, list(seed.sents)
        else:
            mapping: dict[str, str] = {}

            def name(m: re.Match) -> str:
                w = m.group()
                if w not in mapping:
                    mapping[w] = rng.choice(self.pool)
                return mapping[w]

            def fix(t: str) -> str:
                if seed.names is not None:
                    t = seed.names.sub(name, t)
                return _NUM.sub(lambda m: _alter(m.group(), rng, 0.6, 1.8), t) if any(c.isdigit() for c in t) else t

            title, sents = fix(seed.title), [fix(s) for s in seed.sents]
        st = StorySpec(i, title, sents, day)
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[i] = st
        return st

    def report(self, st: StorySpec, j: int) -> tuple[str, str, str, str]:
        """(title, body, published, publisher) of report j of a story."""
        rng = random.Random(f"{self.base}:s{st.idx}:r{j}")
        keep = rng.uniform(0.5, 0.95)
        sents = [s for k, s in enumerate(st.sents) if rng.random() < (0.9 if k == 0 else keep)]
        if len(sents) < min(3, len(st.sents)):
            sents = st.sents[:3]
        out = []
        for s in sents:
            if rng.random() < 0.2:
                w = s.split()
                for _ in range(rng.randint(1, 2)):
                    k = rng.randrange(len(w))
                    if rng.random() < 0.7:
                        w[k] = rng.choice(self.vocab)
                    elif len(w) > 4:
                        del w[k]
                s = " ".join(w)
            if rng.random() < 0.3 and any(c.isdigit() for c in s):
                s = _NUM.sub(lambda m: _alter(m.group(), rng, 0.9, 1.12) if rng.random() < 0.5 else m.group(), s)
            out.append(s)
        if len(out) > 3 and rng.random() < 0.5:
            a, b = rng.sample(range(1, len(out)), 2)
            out[a], out[b] = out[b], out[a]
        if rng.random() < 0.3:
            other = self.seeds[rng.randrange(len(self.seeds))].sents
            for _ in range(rng.randint(1, 2)):
                out.insert(rng.randint(1, len(out)), rng.choice(other))
        paras, k = [], 0
        while k < len(out):
            step = rng.choice((1, 1, 2, 2, 3))
            paras.append(" ".join(out[k:k + step]))
            k += step
        title = st.title
        if rng.random() < 0.5:
            w = title.split()
            k = rng.randrange(len(w))
            if rng.random() < 0.5 and len(w) > 3:
                del w[k]
            else:
                w[k] = rng.choice(self.vocab)
            title = " ".join(w)
        published = (EPOCH + _dt.timedelta(days=st.day + rng.randrange(4))).isoformat()
        return title, "\n\n".join(paras), published, f"Outlet {rng.randrange(80)}"

    def articles(self, n: int) -> tuple[list[tuple[str, str, str, str, int]], int]:
        """n reports in arrival order (shuffled): (title, body, published, publisher, story),
        and the number of stories they came from."""
        rng = random.Random(f"{self.base}:sizes")
        sizes = list(range(1, 11))
        w = [0.35] + [0.65 * (1 / k) / sum(1 / x for x in range(2, 11)) for k in range(2, 11)]
        cum = [sum(w[: i + 1]) for i in range(10)]
        out = []
        i = 0
        while len(out) < n:
            size = sizes[bisect.bisect_left(cum, rng.random() * cum[-1])]
            st = self.story(i)
            for j in range(min(size, n - len(out))):
                out.append((*self.report(st, j), i))
            i += 1
        random.Random(f"{self.base}:order").shuffle(out)
        return out, i


def _alter(tok: str, rng: random.Random, lo: float, hi: float) -> str:
    digits = tok.replace(",", "")
    if not digits.isdigit():
        return tok
    x = int(digits)
    if 1900 <= x <= 2040 and "," not in tok:
        return tok  # a year
    y = max(1, round(x * rng.uniform(lo, hi)))
    return f"{y:,}" if "," in tok else str(y)


def make_docs(arts: list[tuple[str, str, str, str, int]], prefix: str = "a") -> list:
    from newsgraph.corpus.features import raw_counts
    from newsgraph.corpus.stories import Doc

    return [
        Doc(name=f"{prefix}{k:07d}", id=f"{prefix}{k:07d}", title=t, body=b, publisher=p, published=d, counts=raw_counts(t, b))
        for k, (t, b, d, p, _) in enumerate(arts)
    ]


def bcubed(pred: list, gold: list) -> float:
    """B-cubed F1 of a grouping against the labels."""
    n = len(pred)
    if not n:
        return 0.0
    pc, gc_, both = Counter(pred), Counter(gold), Counter(zip(pred, gold))
    p = sum(c * c / pc[a] for (a, _), c in both.items()) / n
    r = sum(c * c / gc_[b] for (_, b), c in both.items()) / n
    return 2 * p * r / (p + r) if p + r else 0.0


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux: MiB


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def log(msg: str) -> None:
    print(f"  [{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --- (1) batch, in a child process --------------------------------------------------------------


def child_batch(a: argparse.Namespace) -> dict:
    from newsgraph.corpus import stories

    gen = Gen(load_seeds(), a.seed)
    t0 = time.perf_counter()
    arts, n_stories = gen.articles(a.n)
    t_gen = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = make_docs(arts)
    t_feat = time.perf_counter() - t0
    gold = [x[4] for x in arts]
    del arts
    gc.collect()
    rss_before, peak_before = rss_mb(), peak_mb()
    log(f"batch {a.n}: generated in {t_gen:.0f} s, counts in {t_feat:.0f} s; grouping")

    parts: dict[str, float] = defaultdict(float)
    info: dict[str, int] = {}
    orig = {k: getattr(stories, k) for k in ("profile", "candidate_pairs", "own_words_pass", "digest_pass",
                                              "average_link", "reclaim") if hasattr(stories, k)}

    def timed(k):
        def f(*x, **kw):
            info["stage"] = k
            t = time.perf_counter()
            r = orig[k](*x, **kw)
            parts[k] += time.perf_counter() - t
            if k == "candidate_pairs":
                info["pairs_kept"] = len(r)
            return r
        return f

    for k in orig:
        setattr(stories, k, timed(k))
    t0 = time.perf_counter()
    try:
        out = stories.group(docs)
    except MemoryError:
        stage = info.get("stage")
        info.clear()
        gc.collect()
        res = {"articles": a.n, "error": f"MemoryError in stories.{stage} after {time.perf_counter() - t0:.0f} s"
               f" (address space limited to {a.mem_limit_gb} GB)", "group_parts_s": {k: round(v, 2) for k, v in parts.items()},
               "rss_before_group_mb": round(rss_before), "peak_rss_mb": round(peak_mb())}
        if "profile" in parts:  # the docs have their weights: what the index would have proposed
            res.update(index_stats(docs))
        return res
    t_group = time.perf_counter() - t0
    info.pop("stage", None)
    for k, f in orig.items():
        setattr(stories, k, f)
    peak_after = peak_mb()

    label = {}
    for k, s in enumerate(out):
        for d in s.docs:
            label[d.name] = k
    pred = [label[d.name] for d in docs]
    if a.labels_out:
        Path(a.labels_out).write_text(json.dumps(pred))
    sizes = Counter(len(s.docs) for s in out)
    return {
        "articles": a.n,
        "gold_stories": n_stories,
        "stories_found": len(out),
        "found_singletons": sizes.get(1, 0),
        "largest_story": max(sizes),
        "generate_s": round(t_gen, 1),
        "raw_counts_s": round(t_feat, 1),
        "raw_counts_per_s": round(a.n / t_feat),
        "group_s": round(t_group, 2),
        "group_per_s": round(a.n / t_group),
        "group_parts_s": {k: round(v, 2) for k, v in parts.items()},
        **index_stats(docs),
        "pairs_kept": info.get("pairs_kept"),
        "rss_before_group_mb": round(rss_before),
        "peak_rss_before_group_mb": round(peak_before),
        "peak_rss_mb": round(peak_after),
        "bcubed_f1": round(bcubed(pred, gold), 4),
    }


def index_stats(docs: list) -> dict:
    """What candidate_pairs' index proposes: pairs per index term, summed (an upper bound on the
    distinct pairs it collects in a set), and the terms too common to propose any."""
    from newsgraph.corpus import stories

    index: Counter = Counter()
    for d in docs:
        index.update(d.vec.keys())  # a profile's terms are all in the index (its keys: not its weights, summed)
    cap = stories.postings_cap(len(docs))
    return {"postings_cap": cap,
            "pairs_proposed_upper": sum(c * (c - 1) // 2 for c in index.values() if 2 <= c <= cap),
            "index_terms_over_cap": sum(1 for c in index.values() if c > cap),
            "index_terms_with_50_to_cap": sum(1 for c in index.values() if 50 <= c <= cap)}


# --- (2) all pairs, in a child process ----------------------------------------------------------


def nn_chain_average(S, threshold: float) -> list[int]:
    """Average link over a dense similarity matrix (changed in place), by nearest-neighbour
    chain; merges while the mean similarity of two groups is above `threshold`."""
    import numpy as np

    n = S.shape[0]
    np.fill_diagonal(S, -np.inf)
    size = np.ones(n, dtype=np.float64)
    parent = list(range(n))
    active = set(range(n))
    chain: list[int] = []
    while active or chain:
        if not chain:
            chain.append(next(iter(active)))
        a = chain[-1]
        row = S[a]
        b = int(np.argmax(row))
        best = float(row[b])
        if len(chain) >= 2 and float(row[chain[-2]]) >= best:
            b, best = chain[-2], float(row[chain[-2]])
        if not best > threshold:
            # no group averages above the threshold with a: none ever will (reducibility)
            S[a, :] = -np.inf
            S[:, a] = -np.inf
            active.discard(a)
            chain.pop()
            continue
        if len(chain) >= 2 and b == chain[-2]:
            chain.pop()
            chain.pop()
            i, j = a, b
            new = (size[i] * S[i].astype(np.float64) + size[j] * S[j].astype(np.float64)) / (size[i] + size[j])
            new = new.astype(np.float32)
            S[i, :] = new
            S[:, i] = new
            S[i, i] = -np.inf
            S[j, :] = -np.inf
            S[:, j] = -np.inf
            size[i] += size[j]
            parent[j] = i
            active.discard(j)
        else:
            chain.append(b)

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    return [root(i) for i in range(n)]


def child_allpairs(a: argparse.Namespace) -> dict:
    import numpy as np
    from scipy import sparse

    from newsgraph.corpus import stories

    gen = Gen(load_seeds(), a.seed)
    arts, _ = gen.articles(a.n)
    docs = make_docs(arts)
    gold = [x[4] for x in arts]
    del arts
    gc.collect()
    rss_before = rss_mb()
    log(f"all pairs {a.n}: dense matrix and average link")
    t0 = time.perf_counter()
    stories.profile(docs)
    t_prof = time.perf_counter() - t0
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, d in enumerate(docs):
        for t, w in d.vec.items():
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
            vals.append(w)
    X = sparse.csr_matrix((np.array(vals, np.float32), (np.array(rows), np.array(cols))), shape=(len(docs), len(vocab)))
    del rows, cols, vals
    XT = X.T.tocsc()
    n = len(docs)
    days = np.array([(_dt.date.fromisoformat(d.published) - EPOCH).days for d in docs], np.float32)
    S = np.empty((n, n), np.float32)
    span = stories.DATE_ZERO_DAYS - stories.DATE_SAME_DAYS
    for s in range(0, n, 1000):
        e = min(n, s + 1000)
        blk = (X[s:e] @ XT).toarray()
        dd = np.abs(days[s:e, None] - days[None, :])
        blk *= np.clip(1.0 - (dd - stories.DATE_SAME_DAYS) / span, 0.0, 1.0)
        S[s:e] = blk
    t_mat = time.perf_counter() - t0 - t_prof
    labels = nn_chain_average(S, stories.THRESHOLD)
    t_all = time.perf_counter() - t0
    del S
    res = {
        "articles": n,
        "seconds": round(t_all, 2),
        "per_s": round(n / t_all),
        "parts_s": {"profile": round(t_prof, 2), "matrix": round(t_mat, 2), "average_link": round(t_all - t_prof - t_mat, 2)},
        "rss_before_mb": round(rss_before),
        "peak_rss_mb": round(peak_mb()),
        "bcubed_f1": round(bcubed(labels, gold), 4),
    }
    if a.labels_in and Path(a.labels_in).exists():
        ours = json.loads(Path(a.labels_in).read_text())
        res["group_vs_allpairs_bcubed_f1"] = round(bcubed(ours, labels), 4)
    return res


# --- (3) online, in a child process --------------------------------------------------------------


def fill_store(path: str, gen: Gen, n: int) -> tuple[dict, dict]:
    from sqlalchemy import insert

    from newsgraph.corpus import stories
    from newsgraph.corpus.features import top_terms
    from newsgraph.record import Article, Record
    from newsgraph.store import open_store
    from newsgraph.store.schema import article_profiles, articles, stories as stories_t, story_articles, story_terms, term_df

    t0 = time.perf_counter()
    arts, _ = gen.articles(n)
    docs = make_docs(arts, "x")
    stories.profile(docs)
    t_prep = time.perf_counter() - t0
    store = open_store(path)
    eng = store.engine
    now = _dt.datetime.now(_dt.timezone.utc)
    df: Counter = Counter()
    members: dict[int, list[tuple[str, int, str, str, str]]] = defaultdict(list)
    ids = [f"{pk:016x}" for pk in range(1, n + 1)]
    for s in range(0, n, 5000):
        art_rows, prof_rows, term_rows = [], [], []
        for k in range(s, min(n, s + 5000)):
            title, body, published, publisher, sid = arts[k]
            pk, aid, d = k + 1, ids[k], docs[k]
            rec = Record(article=Article(id=aid, title=title, body=body, publisher=publisher, published=published, source="synthetic"))
            art_rows.append({"pk": pk, "id": aid, "url": None, "publisher": publisher, "published": published, "title": title,
                             "byline": None, "language": "en", "source": "synthetic", "body": body, "n_actors": 0,
                             "n_attributions": 0, "n_figures": 0, "n_dates": 0, "n_events": 0, "record": rec.to_json(),
                             "stored_at": now})
            prof_rows.append({"article_pk": pk, "profile": json.dumps({"counts": dict(d.counts), "published": published,
                                                                       "title": title, "publisher": publisher,
                                                                       "df_terms": sorted({t[:200] for t in d.counts if t})},
                                                                      ensure_ascii=False)})
            terms = sorted({t[:200] for t in top_terms(d.vec, stories.INDEX_TERMS) if t})
            term_rows += [{"term": t, "article_pk": pk} for t in terms]
            df.update({t[:200] for t in d.counts if t})  # as save_profile counts: every term the article has
            members[sid].append((published, pk, aid, title, publisher))
        with eng.begin() as conn:
            conn.execute(insert(articles), art_rows)
            conn.execute(insert(article_profiles), prof_rows)
            conn.execute(insert(story_terms), term_rows)
    df[""] = n  # the store's reserved row: the number of profiled articles
    st_rows, sa_rows = [], []
    for sid, ms in members.items():
        ms.sort()
        outlets = list(dict.fromkeys(m[4] for m in ms))
        story = stories.story_id([ms[0][2]])
        st_rows.append({"id": story, "title": ms[0][3], "first_seen": ms[0][0], "last_seen": ms[-1][0], "n_articles": len(ms),
                        "n_outlets": len(outlets), "outlets": json.dumps(outlets), "updated_at": now})
        sa_rows += [{"article_pk": m[1], "story_id": story} for m in ms]
    with eng.begin() as conn:
        conn.execute(insert(term_df), [{"term": t, "df": c} for t, c in df.items()])
        conn.execute(insert(stories_t), st_rows)
        conn.execute(insert(story_articles), sa_rows)
    t_all = time.perf_counter() - t0
    store.close()
    info = {"articles": n, "stories": len(st_rows), "index_rows": sum(c for t, c in df.items() if t), "terms": len(df) - 1,
            "prepare_s": round(t_prep, 1), "fill_s": round(t_all, 1), "db_mb": round(os.path.getsize(path) / 1e6)}
    return info, members


def follow_up(online, store, sid: str) -> None:
    """What add_to_stories does after _add_one for the story it touched: recheck (split), remerge
    and refresh_links (reuse and disagreements), each where this version of online.py has it."""
    touched = [sid]
    if hasattr(online, "recheck"):
        touched += [x for x in online.recheck(store, sid) if x not in touched]
    if hasattr(online, "remerge"):
        for x in list(touched):
            m = online.remerge(store, x)
            if m and m not in touched:
                touched.append(m)
    for x in touched:
        if store.story(x) is not None:
            online.refresh_links(store, x)


def child_online(a: argparse.Namespace) -> dict:
    from newsgraph.corpus import online
    from newsgraph.record import Article, Record
    from newsgraph.store import open_store

    gen = Gen(load_seeds(), a.seed + 1000)
    tmp = tempfile.TemporaryDirectory(prefix="newsgraph-bench-corpus-")
    path = os.path.join(tmp.name, "stories.db")
    log(f"store {a.n}: filling {path}")
    info, members = fill_store(path, gen, a.n)
    log(f"store {a.n}: filled in {info['fill_s']:.0f} s ({info['db_mb']} MB); adding {a.warmup} + {a.adds}")
    rng = random.Random(a.seed + 5)
    n_stories = max(members) + 1
    recs, kinds = [], []
    for k in range(a.warmup + a.adds):
        if k % 2 == 0:
            sid = rng.choice(sorted(members))
            title, body, published, publisher = gen.report(gen.story(sid), 100 + k)
            kinds.append("join")
        else:
            title, body, published, publisher = gen.report(gen.story(n_stories + k), 0)
            kinds.append("new")
        recs.append(Record(article=Article(id=f"n{k:015x}", title=title, body=body, publisher=publisher, published=published,
                                           source="synthetic")))
    store = open_store(path)
    store.add_many(recs)
    calls: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, list[int]] = defaultdict(list)

    def wrap(name: str) -> None:
        f = getattr(store, name)

        def g(*x, **kw):
            if not timing[0]:
                return f(*x, **kw)
            t = time.perf_counter()
            r = f(*x, **kw)
            calls[name][-1] += time.perf_counter() - t
            if name == "candidates":
                counts["candidates"][-1] += len(r)
                counts["candidate_stories"][-1] += len({c.get("story_id") for c in r if c.get("story_id")})
            counts[name + "_calls"][-1] += 1
            return r

        setattr(store, name, g)

    timing = [False]  # count the store calls made inside _add_one only
    story_of = store.story
    names = ("candidates", "term_stats", "story_profiles", "records", "put_story", "save_profile", "story", "article_story")
    for nm in names:
        wrap(nm)
    adds, refresh, outcome = [], [], []
    for k, rec in enumerate(recs):
        for nm in names:
            calls[nm].append(0.0)
            counts[nm + "_calls"].append(0)
        counts["candidates"].append(0)
        counts["candidate_stories"].append(0)
        timing[0] = True
        t = time.perf_counter()
        sid = online._add_one(store, rec)
        dt = time.perf_counter() - t
        timing[0] = False
        t = time.perf_counter()
        if sid:
            follow_up(online, store, sid)
        dr = time.perf_counter() - t
        if k >= a.warmup:
            adds.append(dt * 1000)
            refresh.append(dr * 1000)
            st = story_of(sid) if sid else None
            outcome.append((kinds[k], (st or {}).get("n_articles", 0)))
    store.close()
    tmp.cleanup()
    w = a.warmup
    joined = sum(1 for kind, n_art in outcome if kind == "join" and n_art > 1)
    new_alone = sum(1 for kind, n_art in outcome if kind == "new" and n_art == 1)
    by_kind = {kd: [x for x, (k2, _) in zip(adds, outcome) if k2 == kd] for kd in ("join", "new")}
    return {
        "store": info,
        "adds": len(adds),
        "add_ms": {"p50": round(pct(adds, 50), 1), "p95": round(pct(adds, 95), 1), "max": round(max(adds), 1),
                   "mean": round(sum(adds) / len(adds), 1)},
        "add_ms_p50_by_kind": {kd: round(pct(v, 50), 1) for kd, v in by_kind.items() if v},
        "follow_up_ms": {"p50": round(pct(refresh, 50), 1), "p95": round(pct(refresh, 95), 1)},
        "store_calls_ms_mean": {nm: round(sum(calls[nm][w:]) * 1000 / len(adds), 2) for nm in names},
        "store_calls_per_add_mean": {nm: round(sum(counts[nm + "_calls"][w:]) / len(adds), 1) for nm in names},
        "candidates_per_add_mean": round(sum(counts["candidates"][w:]) / len(adds), 1),
        "candidate_stories_per_add_mean": round(sum(counts["candidate_stories"][w:]) / len(adds), 1),
        "further_reports_that_joined_a_story": f"{joined}/{sum(1 for k, _ in outcome if k == 'join')}",
        "first_reports_left_alone": f"{new_alone}/{sum(1 for k, _ in outcome if k == 'new')}",
        "peak_rss_mb": round(peak_mb()),
    }


# --- (4) reuse, in this process ------------------------------------------------------------------


def bench_reuse(seeds: list[Seed], sizes: list[int], per_size: dict[int, int], seed: int) -> dict:
    import difflib

    from newsgraph.corpus import reuse, stories
    from newsgraph.corpus.features import raw_counts
    from newsgraph.corpus.text import norm, sentences

    gen = Gen(seeds, seed + 2000)
    # long seeds only (PolNeAR-like bodies): the alignment's cost is in long reports
    long_ids = [i for i in range(len(seeds)) if len(gen.seeds[gen.perm[i]].sents) >= 15]
    out = {}
    for n in sizes:
        ours_ms, base_ms, ours_pairs, base_pairs, n_sents = [], [], 0, 0, []
        for k in range(per_size.get(n, 2)):
            st = gen.story(long_ids[(k * 7 + n) % len(long_ids)])
            docs = []
            for j in range(n):
                t, b, d, p = gen.report(st, j)
                docs.append(stories.Doc(name=f"r{j}", id=f"r{j}", title=t, body=b, publisher=p, published=d, counts=raw_counts(t, b)))
            stories.profile(docs)
            t0 = time.perf_counter()
            found = reuse.find(docs, None, stories.similarity)
            ours_ms.append((time.perf_counter() - t0) * 1000)
            ours_pairs += sum(len(r.pairs) for r in found)
            # baseline: every sentence pair of every pair of reports
            t0 = time.perf_counter()
            sents = [[norm(d.body[s:e]) for s, e in sentences(d.body)] for d in docs]
            cut = reuse.MIN_RATIO / 100
            sm = difflib.SequenceMatcher(autojunk=False)
            hits = 0
            for i in range(n):
                for j in range(i + 1, n):
                    for b in sents[j]:
                        sm.set_seq2(b)
                        for x in sents[i]:
                            sm.set_seq1(x)
                            if sm.real_quick_ratio() >= cut and sm.quick_ratio() >= cut and sm.ratio() >= cut:
                                hits += 1
            base_ms.append((time.perf_counter() - t0) * 1000)
            base_pairs += hits
            n_sents.append(sum(len(s) for s in sents) / n)
        mo, mb = sum(ours_ms) / len(ours_ms), sum(base_ms) / len(base_ms)
        out[str(n)] = {
            "stories": len(ours_ms),
            "sentences_per_report": round(sum(n_sents) / len(n_sents), 1),
            "find_ms_per_story": round(mo, 1),
            "difflib_ms_per_story": round(mb, 1),
            "ratio_find_over_difflib": round(mo / mb, 4) if mb else None,
            "find_passages": ours_pairs,
            "difflib_sentence_pairs_over_min_ratio": base_pairs,
        }
        log(f"reuse {n} reports: find {mo:.0f} ms, difflib {mb:.0f} ms per story")
    return out


# --- driver --------------------------------------------------------------------------------------


def run_child(kind: str, n: int, a: argparse.Namespace, extra: list[str] = ()) -> dict:
    cmd = [sys.executable, __file__, "--_child", kind, "--n", str(n), "--seed", str(a.seed),
           "--adds", str(a.adds), "--warmup", str(a.warmup), "--mem-limit-gb", str(a.mem_limit_gb), "--src", a.src, *extra]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if p.returncode == 0 or p.stdout.strip():
        try:
            return json.loads(p.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            pass
    return {"error": f"exit status {p.returncode} (a MemoryError or a kill shows on standard error)",
            "seconds": round(time.perf_counter() - t0)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="batch sizes (articles)")
    ap.add_argument("--store-sizes", default="1000,100000", help="articles in the store for the online adds")
    ap.add_argument("--reuse-sizes", default="5,20,50", help="reports per story for the reuse alignment")
    ap.add_argument("--adds", type=int, default=50, help="timed adds per store size")
    ap.add_argument("--warmup", type=int, default=5, help="untimed adds first")
    ap.add_argument("--baseline-max-gb", type=float, default=4.0, help="all pairs only where n^2 x 4 bytes is under this")
    ap.add_argument("--mem-limit-gb", type=float, default=14.0, help="address-space limit of each child process")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="smoke run: 2,000 batch, stores of 200 and 1,000, reuse 5 and 20")
    ap.add_argument("--skip", default="", help="comma list of parts to leave out: batch,online,reuse")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--src", default=str(HERE / "src"),
                    help="the src/ folder whose newsgraph is measured (default this checkout's; an older checkout's "
                         "src/, e.g. from git archive, for a before/after in one session)")
    ap.add_argument("--_child", help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--labels-out", help=argparse.SUPPRESS)
    ap.add_argument("--labels-in", help=argparse.SUPPRESS)
    a = ap.parse_args()
    sys.path.insert(0, str(Path(a.src).resolve()))

    if a._child:
        lim = int(a.mem_limit_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
        fn = {"batch": child_batch, "allpairs": child_allpairs, "online": child_online}[a._child]
        print(json.dumps(fn(a)))
        return

    if a.quick:
        a.sizes, a.store_sizes, a.reuse_sizes = "2000", "200,1000", "5,20"
    sizes = [int(x) for x in a.sizes.split(",") if x]
    store_sizes = [int(x) for x in a.store_sizes.split(",") if x]
    reuse_sizes = [int(x) for x in a.reuse_sizes.split(",") if x]
    skip = set(a.skip.split(","))
    res: dict = {"date": _dt.date.today().isoformat(), "command": " ".join(["python", "bench/corpus.py", *sys.argv[1:]]),
                 "python": sys.version.split()[0], "cpus": os.cpu_count(), "seed": a.seed, "batch": {}, "online": {}, "reuse": {}}
    from newsgraph.corpus import stories

    res["git"] = git_state()
    res["src"] = str(Path(stories.__file__).resolve().parents[2])  # the newsgraph measured
    res["settings"] = {"THRESHOLD": stories.THRESHOLD, "INDEX_TERMS": stories.INDEX_TERMS, "MAX_POSTINGS": stories.MAX_POSTINGS,
                       "PAIR_BUDGET": stories.PAIR_BUDGET}
    tmp = tempfile.TemporaryDirectory(prefix="newsgraph-bench-corpus-")
    t_start = time.perf_counter()
    if "batch" not in skip:
        for n in sizes:
            log(f"batch {n}")
            lab = os.path.join(tmp.name, f"labels-{n}.json")
            r = {"group": run_child("batch", n, a, ["--labels-out", lab])}
            need_gb = n * n * 4 / 1e9
            import importlib.util

            have_np = all(importlib.util.find_spec(m) is not None for m in ("numpy", "scipy"))
            if not have_np:
                r["allpairs"] = {"skipped": "numpy and scipy are not installed"}
            elif need_gb > a.baseline_max_gb:
                r["allpairs"] = {"skipped": f"the dense matrix would need {need_gb:.0f} GB (over --baseline-max-gb {a.baseline_max_gb})"}
            else:
                r["allpairs"] = run_child("allpairs", n, a, ["--labels-in", lab])
                g, b = r["group"], r["allpairs"]
                if "seconds" in b and "group_s" in g:
                    r["time_ratio_group_over_allpairs"] = round(g["group_s"] / b["seconds"], 4)
            res["batch"][str(n)] = r
    if "online" not in skip:
        for n in store_sizes:
            log(f"online {n}")
            res["online"][str(n)] = run_child("online", n, a)
        ok = [res["online"][str(n)] for n in store_sizes if "add_ms" in res["online"][str(n)]]
        if len(ok) >= 2:
            res["online_ratio_largest_over_smallest_p50"] = round(ok[-1]["add_ms"]["p50"] / ok[0]["add_ms"]["p50"], 2)
            res["online_ratio_largest_over_smallest_p95"] = round(ok[-1]["add_ms"]["p95"] / ok[0]["add_ms"]["p95"], 2)
    if "reuse" not in skip:
        per = {5: 10, 20: 3, 50: 1} if not a.quick else {5: 3, 20: 1}
        res["reuse"] = bench_reuse(load_seeds(), reuse_sizes, per, a.seed)
    res["total_s"] = round(time.perf_counter() - t_start)
    tmp.cleanup()
    if a.json:
        print(json.dumps(res))
    else:
        print(table(res))


def git_state() -> str:
    """HEAD, and whether the code measured differs from it (corpus/ or store/ changed)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "src/newsgraph/corpus", "src/newsgraph/store"], cwd=HERE,
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"
    return head + (" with uncommitted changes in corpus/ or store/" if dirty else "")


def table(res: dict) -> str:
    L = [f"bench/corpus.py  {res['date']}  ({res['command']}; git {res.get('git', '?')}; python {res['python']}, {res['cpus']} cpus, {res['total_s']} s)"]
    if res["batch"]:
        L.append("\n(1)+(2) batch grouping: group() (candidate index) beside all pairs (dense matrix, same profiles)")
        L.append(f"  {'articles':>9} {'stories':>8} {'group s':>8} {'art/s':>7} {'peak MB':>8} {'B3 F1':>6} | {'all-pairs s':>11} {'art/s':>6} {'peak MB':>8} {'B3 F1':>6} {'agree':>6} | {'time ratio':>10}")
        for n, r in res["batch"].items():
            g, b = r["group"], r.get("allpairs", {})
            if "error" in g:
                L.append(f"  {n:>9} group failed: {g['error']}")
                continue
            left = f"  {n:>9} {g['gold_stories']:>8} {g['group_s']:>8} {g['group_per_s']:>7} {g['peak_rss_mb']:>8} {g['bcubed_f1']:>6}"
            if "seconds" in b:
                right = f" | {b['seconds']:>11} {b['per_s']:>6} {b['peak_rss_mb']:>8} {b['bcubed_f1']:>6} {b.get('group_vs_allpairs_bcubed_f1', ''):>6} | {r['time_ratio_group_over_allpairs']:>10}"
            else:
                right = f" | skipped: {b.get('skipped') or b.get('error')}"
            L.append(left + right)
        for n, r in res["batch"].items():
            g = r["group"]
            if "error" in g:
                if "pairs_proposed_upper" in g:
                    L.append(f"  {n}: {g['error']}; RSS before grouping {g['rss_before_group_mb']} MB, peak {g['peak_rss_mb']} MB;"
                             f" the index proposes <= {g['pairs_proposed_upper']:,} pairs"
                             f" ({g.get('index_terms_with_100_to_max_postings', '?')} terms with 100-{res['settings']['MAX_POSTINGS']} postings)")
                continue
            L.append(f"  {n}: raw_counts {g['raw_counts_per_s']} art/s; group parts {g['group_parts_s']}; pairs kept {g['pairs_kept']:,}"
                     f" (proposed <= {g['pairs_proposed_upper']:,}, {g.get('index_terms_with_100_to_max_postings', '?')} terms with 100+ postings); RSS before grouping {g['rss_before_group_mb']} MB;"
                     f" found {g['stories_found']} stories ({g['found_singletons']} single), largest {g['largest_story']}")
            b = r.get("allpairs", {})
            if "parts_s" in b:
                L.append(f"  {n}: all pairs parts {b['parts_s']}")
    if res["online"]:
        L.append("\n(3) online: corpus.online._add_one into a SQLite store of N profiled articles (ms per add)")
        L.append(f"  {'N':>9} {'fill s':>7} {'db MB':>6} {'p50':>7} {'p95':>7} {'max':>7} {'join p50':>8} {'new p50':>8} {'cands':>6} {'c.stories':>9} {'follow-up p50':>14}")
        for n, r in res["online"].items():
            if "error" in r:
                L.append(f"  {n:>9} failed: {r['error']}")
                continue
            m = r["add_ms"]
            k = r["add_ms_p50_by_kind"]
            L.append(f"  {n:>9} {r['store']['fill_s']:>7} {r['store']['db_mb']:>6} {m['p50']:>7} {m['p95']:>7} {m['max']:>7} {k.get('join', ''):>8} {k.get('new', ''):>8}"
                     f" {r['candidates_per_add_mean']:>6} {r['candidate_stories_per_add_mean']:>9} {r['follow_up_ms']['p50']:>14}")
        for n, r in res["online"].items():
            if "error" not in r:
                L.append(f"  {n}: mean ms per add in store calls {r['store_calls_ms_mean']}; joined {r['further_reports_that_joined_a_story']},"
                         f" new alone {r['first_reports_left_alone']}")
        if "online_ratio_largest_over_smallest_p50" in res:
            L.append(f"  ratio largest/smallest N: p50 {res['online_ratio_largest_over_smallest_p50']}x, p95 {res['online_ratio_largest_over_smallest_p95']}x")
    if res["reuse"]:
        L.append("\n(4) reuse alignment per story: reuse.find beside difflib over all sentence pairs")
        L.append(f"  {'reports':>7} {'stories':>7} {'sents/rep':>9} {'find ms':>9} {'difflib ms':>10} {'ratio':>7} {'passages':>8} {'difflib pairs':>13}")
        for n, r in res["reuse"].items():
            L.append(f"  {n:>7} {r['stories']:>7} {r['sentences_per_report']:>9} {r['find_ms_per_story']:>9} {r['difflib_ms_per_story']:>10}"
                     f" {r['ratio_find_over_difflib']:>7} {r['find_passages']:>8} {r['difflib_sentence_pairs_over_min_ratio']:>13}")
    return "\n".join(L)


if __name__ == "__main__":
    main()
