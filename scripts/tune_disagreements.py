"""Leave-one-corpus-out cross-validation of the disagreement constants over the invented corpora.

    python scripts/tune_disagreements.py [--cache DIR] [--shared ../shared] [--corpora invented ...]
        [--param NAME=V1,V2 ...] [--show]

Each invented corpus (tests/data/corpus/invented, invented2 .. invented18: never invented19 or
later, kept blind) is read and analysed once; its records and the stories the shipped code groups
them into are cached (--cache, JSON lines, in a folder named by a stamp of every file of the
package but corpus/disagreements.py, so a cache of other code is never read), so the disagreement
stage alone is rerun for each
setting of the constants of newsgraph.corpus.disagreements (MATCH_MIN, the score's weights, the
value factor, the role signal). For each corpus, the setting with the best pooled F1 on the other
corpora (precision and recall pooled over their gold disagreements and predictions, the shared
scorer's matching) is applied to it; the script reports each corpus's held-out P/R/false alarms,
the pooled held-out figures, and what the shipped constants give on the same cache. `--show`
prints the shipped constants' predictions that match no gold disagreement (and the gold missed).
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import sys
from pathlib import Path
from typing import Any

CORPORA = ["invented"] + [f"invented{i}" for i in range(2, 19)]
ROOT = Path(__file__).resolve().parent.parent

# the grid: each constant's shipped value is added to its list
GRID: dict[str, list[float]] = {
    "MATCH_MIN": [0.25, 0.35, 0.45, 0.6],
    "KIND_WEIGHT": [0.3, 0.4, 0.5],
    "HEAD_WEIGHT": [0.2, 0.3, 0.4],
    "UNIT_WEIGHT": [0.1, 0.2, 0.3],
    "MAX_RATIO": [2.0, 3.0, 4.0],
    "ROLE_PENALTY": [0.0, 0.4, 2.0],
    "WISH_APART": [0, 1],
}


def scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("stories_score", shared / "tools" / "stories_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def load(name: str, cache: Path) -> tuple[list[Any], list[list[Any]]]:
    """The corpus's records (named by file) and its stories (lists of Docs), from the cache."""
    from newsgraph.corpus.stories import Doc, group
    from newsgraph.record import Record

    f = cache / f"{name}.jsonl"
    if not f.exists():
        from newsgraph.cli_corpus import read_records

        recs, fails = read_records([str(ROOT / "tests" / "data" / "corpus" / name)])
        for e in fails:
            print("  failed:", e, file=sys.stderr)
        names = [Path(r.article.source).name if r.article.source else r.article.id for r in recs]
        docs = [Doc.of(r, n) for r, n in zip(recs, names)]
        sts = group(docs)
        story_of = {d.name: s.id for s in sts for d in s.docs}
        cache.mkdir(parents=True, exist_ok=True)
        with f.open("w", encoding="utf-8") as out:
            for r, n in zip(recs, names):
                out.write(json.dumps({"name": n, "story": story_of[n], "record": json.loads(r.to_json())}) + "\n")
    rows = [json.loads(line) for line in f.open(encoding="utf-8")]
    docs, by_story = [], {}
    for row in rows:
        d = Doc.of(Record.model_validate(row["record"]), row["name"])
        docs.append(d)
        by_story.setdefault(row["story"], []).append(d)
    return docs, list(by_story.items())


def predict(stories: list[tuple[str, list[Any]]]) -> dict[str, Any]:
    from newsgraph.corpus import disagreements as D

    out = []
    for sid, docs in stories:
        out += D.figures(docs, sid) + D.quotes(docs, sid)
    return {"disagreements": out}


def counts(sc: Any, gold: dict[str, Any], pred: dict[str, Any]) -> tuple[int, int, int, int, int]:
    """(predictions right, predictions, gold found, gold, trap false alarms)."""
    gd, pd = gold.get("disagreements") or [], pred["disagreements"]
    found = sum(1 for g in gd if any(sc.joins(p, g["values"]) >= 2 for p in pd))
    right = sum(1 for p in pd if any(sc.joins(p, g["values"]) >= 2 for g in gd))
    fa = sc.score_disagreements(gold, pred)["false_alarms_on_traps"]
    return right, len(pd), found, len(gd), fa


def prf(c: tuple[int, ...]) -> tuple[float, float, float]:
    right, npred, found, ngold = c[:4]
    p = 100 * right / npred if npred else 100.0
    r = 100 * found / ngold if ngold else 100.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default=str(Path.home() / ".cache" / "newsgraph" / "tune_disagreements"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--corpora", nargs="*", default=CORPORA)
    ap.add_argument("--param", action="append", default=[], help="NAME=V1,V2,... (replaces the grid's list)")
    ap.add_argument("--shipped-only", action="store_true", help="score the shipped constants only")
    ap.add_argument("--show", action="store_true", help="list the shipped constants' wrong predictions and misses")
    args = ap.parse_args()
    from newsgraph.corpus import disagreements as D

    for c in args.corpora:
        if c not in CORPORA:
            sys.exit(f"error: {c}: not one of the tuning corpora (invented19 and later are kept blind)")
    sc = scorer(Path(args.shared))
    from tune_stories import analysis_stamp  # (this folder is on the path of a script run from it)

    cache = Path(args.cache) / analysis_stamp(skip=("corpus/disagreements.py",))
    print(f"records and stories: {cache}", file=sys.stderr)
    grid = {k: sorted(set(v) | {getattr(D, k)}) for k, v in GRID.items() if hasattr(D, k)}
    for p in args.param:
        k, _, vs = p.partition("=")
        if not hasattr(D, k):
            sys.exit(f"error: {k}: no such constant in newsgraph.corpus.disagreements")
        grid[k] = [float(v) for v in vs.split(",")]
    shipped = {k: getattr(D, k) for k in grid}
    data = {}
    for c in args.corpora:
        docs, stories = load(c, cache)
        gold = json.loads((ROOT / "tests" / "data" / "corpus" / c / "gold.json").read_text(encoding="utf-8"))
        data[c] = (stories, gold)

    # a figure's reading does not depend on the constants: read once
    memo: dict[int, Any] = {}
    figs0 = D._figs

    def figs(doc: Any) -> Any:
        if id(doc) not in memo:
            memo[id(doc)] = figs0(doc)
        return memo[id(doc)]

    D._figs = figs

    def run(setting: dict[str, float]) -> dict[str, tuple[int, ...]]:
        for k, v in setting.items():
            setattr(D, k, v)
        res = {c: counts(sc, gold, predict(stories)) for c, (stories, gold) in data.items()}
        for k, v in shipped.items():
            setattr(D, k, v)
        return res

    base = run(shipped)
    print("shipped constants:", json.dumps(shipped))
    if args.show:
        for c, (stories, gold) in data.items():
            pred = predict(stories)
            for p in pred["disagreements"]:
                if not any(sc.joins(p, g["values"]) >= 2 for g in gold.get("disagreements") or []):
                    print(f"  {c} WRONG {p['about']}: " + " | ".join(f"{v['article']}: {v['text']}" for v in p["values"]))
            for g in gold.get("disagreements") or []:
                if not any(sc.joins(p, g["values"]) >= 2 for p in pred["disagreements"]):
                    print(f"  {c} MISSED {g.get('about')}: " + " | ".join(f"{v['file']}: {v['text']}" for v in g["values"]))
    if args.shipped_only:
        tot = (0,) * 5
        for c, v in base.items():
            tot = add(tot, v)
            p, r, f = prf(v)
            print(f"{c:11s} P {p:5.1f} R {r:5.1f} FA {v[4]}  ({v[0]}/{v[1]} right, {v[2]}/{v[3]} found)")
        p, r, f = prf(tot)
        print(f"{'pooled':11s} P {p:5.1f} R {r:5.1f} F1 {f:5.1f} FA {tot[4]}")
        return

    keys = list(grid)
    settings = [dict(zip(keys, vals)) for vals in itertools.product(*(grid[k] for k in keys))]
    print(f"{len(settings)} settings over {', '.join(keys)}", file=sys.stderr)
    results = []
    for i, s in enumerate(settings):
        results.append((s, run(s)))
        if i % 50 == 0:
            print(f"  {i}/{len(settings)}", file=sys.stderr)

    held = (0,) * 5
    ship = (0,) * 5
    ties: dict[str, int] = {}
    held_worst = (0,) * 5
    print(f"{'corpus':11s} {'held-out P / R (FA)':24s} {'shipped P / R (FA)':24s} chosen")
    for c in data:
        def pooled_f1(res: dict[str, tuple[int, ...]]) -> tuple[float, int]:
            tot = (0,) * 5
            for o, v in res.items():
                if o != c:
                    tot = add(tot, v)
            return prf(tot)[2], -tot[4]

        best = max(results, key=lambda sr: (pooled_f1(sr[1]), sr[0] == shipped))
        tied = [sr for sr in results if pooled_f1(sr[1]) == pooled_f1(best[1])]
        ties[c] = len(tied)
        worst = min(tied, key=lambda sr: (prf(sr[1][c])[2], -sr[1][c][4]))
        held_worst = add(held_worst, worst[1][c])
        v = best[1][c]
        held, ship = add(held, v), add(ship, base[c])
        p, r, _ = prf(v)
        sp, sr_, _ = prf(base[c])
        ch = " ".join(f"{k}={best[0][k]:g}" for k in keys if best[0][k] != shipped[k]) or "shipped"
        print(f"{c:11s} {p:5.1f} / {r:5.1f} ({v[4]})      {sp:5.1f} / {sr_:5.1f} ({base[c][4]})      {ch}")
    hp, hr, hf = prf(held)
    sp, sr_, sf = prf(ship)
    print(f"{'pooled':11s} {hp:5.1f} / {hr:5.1f} F1 {hf:5.1f} ({held[4]})   {sp:5.1f} / {sr_:5.1f} F1 {sf:5.1f} ({ship[4]})")
    print("settings tied at the best pooled F1 of the other corpora, per held-out corpus (ties go to the shipped):",
          " ".join(f"{c}:{n}" for c, n in ties.items()))
    wp, wr, wf = prf(held_worst)
    print(f"held-out with each tie broken against the held-out corpus (worst tied setting): "
          f"P {wp:.1f} R {wr:.1f} F1 {wf:.1f} ({held_worst[4]} false alarms)")
    # one constant at a time, the others as shipped: how sharp the choice is (all corpora pooled)
    print("one constant at a time (all corpora pooled, not held out):")
    for k in keys:
        row = []
        for v in grid[k]:
            s = dict(shipped, **{k: v})
            res = next((r for st, r in results if st == s), None)
            if res is None:
                continue  # the shipped value of another constant is not in its --param list
            p, r, f = prf(tuple(map(sum, zip(*res.values()))))
            row.append(f"{v:g}: {p:.1f}/{r:.1f} F1 {f:.1f} FA {sum(x[4] for x in res.values())}")
        print(f"  {k}: " + "; ".join(row))
    allbest = max(results, key=lambda sr: (prf(tuple(map(sum, zip(*sr[1].values()))))[2], sr[0] == shipped))
    print("best on all corpora together (not held out):", json.dumps(allbest[0]))


if __name__ == "__main__":
    main()
