"""Throughput of newsgraph's analysis beside a bare spaCy pass, and the attributions component's
own cost (issue 3), in one run over the same texts.

    nice -n 10 python bench/attributions.py [--texts ../shared/polnear/dev/text] [--limit N] [--json]

Prints articles/s and words/s for
  1. bare `nlp.pipe` of the same spaCy model (newsgraph.nlp.load_base_model()),
  2. newsgraph's whole analysis (`newsgraph.analyze_many`: extraction, pipeline, record),
  3. the attributions component alone (`extract_attributions` over the docs of pass 1),
the ratio whole/bare (issue 3 asks >= 1.0x), and peak RSS. One process, one core.

Pass 2 runs twice: cold (the first articles the process sees) and warm, after `--warm N`
other articles (PolNeAR train, default 200) have gone through, as in a long ingest: the
memoised attribute/lemma table (newsgraph/fastattrs.py) fills with what news text repeats.
The warm figure is the steady state; both are printed.
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
    ap.add_argument("--warm", type=int, default=200, help="other articles analysed before the warm pass")
    ap.add_argument("--warm-texts", default=str(here.parent / "shared" / "polnear" / "train" / "text"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    texts, words = read_texts(a.texts, a.limit)

    import newsgraph
    from newsgraph.components.attributions import extract_attributions
    from newsgraph.nlp import get_nlp, load_base_model, register_extensions

    register_extensions()
    base = load_base_model()
    list(base.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    docs = list(base.pipe(texts, batch_size=16))
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_att = sum(len(extract_attributions(d)) for d in docs)
    comp = time.perf_counter() - t0
    del docs

    get_nlp()
    list(newsgraph.analyze_many(texts[:2]))
    t0 = time.perf_counter()
    n = sum(1 for _ in newsgraph.analyze_many(texts, batch_size=16))
    full = time.perf_counter() - t0

    warm_files = sorted(Path(a.warm_texts).glob("*.txt"))[: a.warm] if a.warm else []
    full_warm = None
    if warm_files:
        list(newsgraph.analyze_many([f.read_text(encoding="utf-8") for f in warm_files], batch_size=16))
        t0 = time.perf_counter()
        sum(1 for _ in newsgraph.analyze_many(texts, batch_size=16))
        full_warm = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    res = {
        "articles": len(texts),
        "words": words,
        "bare_nlp_pipe": {"seconds": bare, "articles_per_s": len(texts) / bare, "words_per_s": words / bare},
        "newsgraph_analyze_many": {"seconds": full, "articles_per_s": n / full, "words_per_s": words / full},
        "attributions_component": {"seconds": comp, "articles_per_s": len(texts) / comp,
                                   "words_per_s": words / comp, "attributions": n_att},
        "speed_vs_bare": bare / full,
        "peak_rss_mb": rss,
    }
    if full_warm is not None:
        res["newsgraph_analyze_many_warm"] = {"seconds": full_warm, "articles_per_s": n / full_warm,
                                              "words_per_s": words / full_warm, "after_articles": len(warm_files)}
        res["speed_vs_bare_warm"] = bare / full_warm
    if a.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{len(texts)} articles, {words} words ({a.texts})")
    print(f"{'':26}{'seconds':>9}{'articles/s':>12}{'words/s':>11}")
    for k in ("bare_nlp_pipe", "newsgraph_analyze_many", "newsgraph_analyze_many_warm", "attributions_component"):
        if k not in res:
            continue
        r = res[k]
        print(f"{k:26}{r['seconds']:9.1f}{r['articles_per_s']:12.2f}{r['words_per_s']:11.0f}")
    print(f"whole analysis vs bare nlp.pipe: {res['speed_vs_bare']:.2f}x cold"
          + (f", {res['speed_vs_bare_warm']:.2f}x warm (after {len(warm_files)} other articles)" if full_warm else "")
          + "  (issue 3: >= 1.0x)")
    print(f"attributions component: {comp / bare * 100:.1f}% of the bare parse time, {n_att} attributions")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
