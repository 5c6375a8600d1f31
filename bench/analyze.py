"""Throughput of `analyze_many` beside a bare spaCy pass, in the same run.

    python bench/analyze.py [--texts ../shared/polnear/dev/text] [--limit N] [--json]

Prints articles/s and words/s for (1) the bare `nlp.pipe` of the same spaCy model over the same
texts, (2) newsgraph's whole analysis (extraction + pipeline + record), and peak RSS. One core.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from texts import read_texts  # bench/texts.py (the script's folder is on sys.path)


def main() -> None:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(here.parent / "shared" / "polnear" / "dev" / "text"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--without", action="append", default=[], metavar="COMPONENT",
                    help="also time the analysis without this newsgraph component (e.g. newsgraph_events), same run")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    texts, words = read_texts(a.texts, a.limit)

    from newsgraph.nlp import get_nlp, load_base_model
    from newsgraph.pipeline import analyze_many

    base = load_base_model()
    list(base.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    for _ in base.pipe(texts, batch_size=16):
        pass
    bare = time.perf_counter() - t0

    get_nlp()
    if a.without:
        # one untimed pass first, so that the timed runs (with and without) all find the
        # memoised attribute/lemma table (fastattrs) equally warm
        list(analyze_many(texts))
    else:
        list(analyze_many(texts[:2]))
    t0 = time.perf_counter()
    n = sum(1 for _ in analyze_many(texts, batch_size=16))
    full = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # with and without each named component, interleaved over three rounds (order effects
    # and machine noise average out); the full run's figure above stays as measured
    without = {}
    nlp = get_nlp()
    for comp in a.without:
        t_with, t_without = 0.0, 0.0
        for _ in range(3):
            t0 = time.perf_counter()
            sum(1 for _ in analyze_many(texts, batch_size=16))
            t_with += time.perf_counter() - t0
            with nlp.select_pipes(disable=[comp]):
                t0 = time.perf_counter()
                sum(1 for _ in analyze_many(texts, batch_size=16))
                t_without += time.perf_counter() - t0
        without[comp] = (t_with / 3, t_without / 3)

    res = {
        "articles": len(texts),
        "words": words,
        "bare_nlp_pipe": {"articles_per_s": len(texts) / bare, "words_per_s": words / bare},
        "newsgraph_analyze": {"articles_per_s": n / full, "words_per_s": words / full},
        "speed_vs_bare": bare / full,
        "without": {k: {"articles_per_s": len(texts) / wo, "cost_of_component": (w - wo) / w} for k, (w, wo) in without.items()},
        "peak_rss_mb": rss,
    }
    if a.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{len(texts)} articles, {words} words ({a.texts})")
    print(f"{'':22}{'articles/s':>12}{'words/s':>12}")
    for k in ("bare_nlp_pipe", "newsgraph_analyze"):
        print(f"{k:22}{res[k]['articles_per_s']:12.1f}{res[k]['words_per_s']:12.0f}")
    for k, v in res["without"].items():
        print(f"{'without ' + k:22}{v['articles_per_s']:12.1f}{words / (len(texts) / v['articles_per_s']):12.0f}   ({k} costs {100 * v['cost_of_component']:.1f}% of the analysis)")
    print(f"analysis speed vs bare spaCy: {res['speed_vs_bare']:.2f}x; peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
