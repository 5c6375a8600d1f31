"""Throughput of `analyze_many` beside a bare spaCy pass, in the same run.

    python bench/analyze.py [--texts ../shared/polnear/dev/text] [--limit N] [--json]
    python bench/analyze.py --pipeline full --pipeline fast --runs 5   # interleaved rounds

Prints articles/s and words/s for (1) the bare `nlp.pipe` of the same spaCy model over the same
texts, (2) newsgraph's whole analysis (extraction + pipeline + record) with each pipeline named
(`--pipeline full|fast`, default full; nlp.PIPELINES), and peak RSS. One core. With --runs N the
bare pass and each pipeline are timed in turn N times (interleaved: bare, full, fast, bare, ...),
each pipeline's ratio to the bare pass of its own round, and the median of the N ratios. Every
pipeline is loaded and warmed (one untimed pass over all texts) before the first round. Peak RSS
is the process's (all pipelines loaded at once). Each ratio is given in wall time and in the
process's CPU time (on a machine shared with other work the CPU-time ratio moves less).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
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
    ap.add_argument("--pipeline", action="append", default=[], choices=("full", "fast"),
                    help="time the analysis with this pipeline (repeat for several; default full)")
    ap.add_argument("--runs", type=int, default=1, help="interleaved rounds of bare + each pipeline")
    ap.add_argument("--breakdown", action="store_true", help="also the time of each pipe over all texts, pipe by pipe, per pipeline")
    ap.add_argument("--fast-ner", default=None, metavar="DIR", help="the fast pipeline's NER from here (default: the shipped one)")
    a = ap.parse_args()
    texts, words = read_texts(a.texts, a.limit)
    pipelines = a.pipeline or ["full"]

    from newsgraph import nlp as nlp_mod
    from newsgraph.nlp import get_nlp, load_base_model
    from newsgraph.pipeline import analyze_many

    if a.fast_ner:
        nlp_mod.FAST_NER_DIR = Path(a.fast_ner).resolve()

    cpu: dict[str, list[float]] = {}  # CPU seconds of the process per timed pass (steadier than wall time on a loaded machine)

    def run_analysis(name: str) -> float:
        os.environ["NEWSGRAPH_PIPELINE"] = name  # analyze_many's get_nlp() reads it
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(1 for _ in analyze_many(texts, batch_size=16))
        assert n == len(texts)
        cpu.setdefault(name, []).append(time.process_time() - c0)
        return time.perf_counter() - t0

    base = load_base_model()
    list(base.pipe(texts[:2]))  # warm up
    for name in pipelines:
        get_nlp(name)
        if a.without or a.runs > 1:
            # one untimed pass first, so that the timed runs all find the memoised
            # attribute/lemma table (fastattrs) equally warm
            run_analysis(name)
        else:
            os.environ["NEWSGRAPH_PIPELINE"] = name
            list(analyze_many(texts[:2]))
    cpu.clear()  # the warm-up passes are not timed
    rounds: list[dict[str, float]] = []
    for _ in range(max(1, a.runs)):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in base.pipe(texts, batch_size=16):
            pass
        r = {"bare": time.perf_counter() - t0}
        cpu.setdefault("bare", []).append(time.process_time() - c0)
        for name in pipelines:
            r[name] = run_analysis(name)
        rounds.append(r)
    bare = statistics.median(r["bare"] for r in rounds)
    full = statistics.median(r[pipelines[0]] for r in rounds)
    os.environ["NEWSGRAPH_PIPELINE"] = pipelines[0]
    n = len(texts)
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

    breakdown = {}
    if a.breakdown:
        from newsgraph.nlp import seed_text

        for name in pipelines:
            nlp_b = get_nlp(name)
            docs = []
            for t in texts:
                d = nlp_b.make_doc(t)
                d._.published = None
                seed_text(d, t)
                docs.append(d)
            times = {}
            for pname, proc in nlp_b.pipeline:
                t0 = time.process_time()  # CPU time: steadier on a shared machine
                docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                times[pname] = time.process_time() - t0
            breakdown[name] = times

    res = {
        "articles": len(texts),
        "words": words,
        "bare_nlp_pipe": {"articles_per_s": len(texts) / bare, "words_per_s": words / bare},
        "newsgraph_analyze": {"articles_per_s": n / full, "words_per_s": words / full},
        "speed_vs_bare": bare / full,
        "without": {k: {"articles_per_s": len(texts) / wo, "cost_of_component": (w - wo) / w} for k, (w, wo) in without.items()},
        "peak_rss_mb": rss,
        "pipelines": {
            name: {
                "ratios": [r["bare"] / r[name] for r in rounds],
                "median_ratio": statistics.median(r["bare"] / r[name] for r in rounds),
                "seconds": [r[name] for r in rounds],
                "cpu_ratios": [b / x for b, x in zip(cpu["bare"], cpu[name])],
                "median_cpu_ratio": statistics.median(b / x for b, x in zip(cpu["bare"], cpu[name])),
            }
            for name in pipelines
        },
        "bare_seconds": [r["bare"] for r in rounds],
        "breakdown_seconds": breakdown,
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
    for name, v in res["pipelines"].items():
        rs = ", ".join(f"{x:.2f}" for x in v["ratios"])
        cs = ", ".join(f"{x:.2f}" for x in v["cpu_ratios"])
        print(f"pipeline {name}: {v['median_ratio']:.2f}x the bare pass (median of {len(v['ratios'])}: {rs}); "
              f"{n / statistics.median(v['seconds']):.1f} articles/s; in CPU time {v['median_cpu_ratio']:.2f}x ({cs})")
    for name, times in breakdown.items():
        tot = sum(times.values())
        print(f"pipeline {name}, pipe by pipe ({tot:.1f} s): " + ", ".join(f"{k} {100 * v / tot:.1f}%" for k, v in times.items()))
    print(f"analysis speed vs bare spaCy: {res['speed_vs_bare']:.2f}x ({pipelines[0]}); peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
