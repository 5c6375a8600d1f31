"""Learn the disagreement stage's pair score from the invented corpora's gold, leave-one-corpus-out.

    python scripts/learn_disagreements.py [--cache DIR] [--corpora invented ...] [--l2 1.0]
        [--mode score|filter] [--threshold T] [--promote P] [--write src/newsgraph/data/corpus/...]

The shipped model (the default corpora, invented..102): --mode filter --l2 3 --threshold 0.15
--promote 0.7 --write src/newsgraph/data/corpus/disagree_model.json (docs/corpus.md).

Two figures of two reports of one story are about the same thing or not. The rules of
newsgraph.corpus.disagreements score that by hand-set weights (match(), with bonuses); this script
fits a logistic regression over the same readings (disagreements.pair_features: the rules' score,
shared words, counted noun and kind, unit, one of a kind in each report, values, days, ...) on the
gold of the invented corpora: a pair is "same" where both figures are values of one gold
disagreement or agreement, "not same" where they are a gold trap (not_same_thing) or simply differ
in value with no gold tying them; pairs of equal values the gold does not name are left out.

Leave-one-corpus-out: for each corpus, the model is fitted on the other corpora's pairs (its link
threshold the one with the best pair F1 there), then the whole disagreement stage runs on the held-out
corpus with it (disagreements.MODEL) and the shared scorer counts precision, recall and false alarms.
The same is reported for the shipped rules on the same records (post hoc: the rules were written
reading these corpora). `--write` fits on every corpus and writes the model.

Records and stories come from scripts/tune_disagreements.py's cache (analysed once per code stamp).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


# the corpora the model learns from; later ones are kept to score it blind
LAST_TRAINING = 102


def corpora_all() -> list[str]:
    return [n for n in ["invented"] + [f"invented{i}" for i in range(2, LAST_TRAINING + 1)]
            if (ROOT / "tests" / "data" / "corpus" / n / "gold.json").exists()]


class Recorder:
    """Stands in for disagreements.MODEL while the stage runs: keeps every compatible pair's
    features (the rules' scores are returned, so the stage runs as shipped)."""

    threshold: float

    def __init__(self, mode: str = "score", promote: float | None = None) -> None:
        from newsgraph.corpus import disagreements as D

        self.D = D
        self.mode = mode
        self.promote = promote
        self.threshold = self.least = D.MATCH_MIN
        self.rows: list[tuple[Any, Any, list[float]]] = []

    def rescore(self, figs, A, B, one, one_n, sc):  # type: ignore[no-untyped-def]
        D = self.D
        unit_n = Counter((id(figs[k].doc), figs[k].unit) for k in (*A, *B))
        firsts = D._firsts(figs, (*A, *B))
        for i in A:
            for j in B:
                if D.compatible(figs[i], figs[j]) and (sc[(i, j)] > 0 or (self.mode != "filter" or self.promote)
                                                       and not D._veto(figs[i], figs[j])):
                    self.rows.append((figs[i], figs[j], D.pair_features(figs, i, j, one, one_n, unit_n, firsts)))
        return sc


def label(sc: Any, D: Any, a: Any, b: Any, gold: dict[str, Any]) -> int | None:
    va, vb = D._value_json(a), D._value_json(b)
    for g in (gold.get("disagreements") or []) + (gold.get("agreements_not_disagreements") or []):
        fa = {sc.base(x["file"]) for x in g["values"] if sc.value_match(va, x)}
        fb = {sc.base(x["file"]) for x in g["values"] if sc.value_match(vb, x)}
        if fa and fb and fa != fb:
            return 1
    for t in gold.get("not_same_thing") or []:
        vals = t.get("texts") or t.get("values") or []
        if any(sc.value_match(va, x) for x in vals) and any(sc.value_match(vb, y) for y in vals):
            return 0
    if a.value == b.value:
        return None
    return 0


def fit(X: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias not penalised)."""
    w = np.zeros(X.shape[1])
    pen = np.full(X.shape[1], l2)
    pen[0] = 0.0
    for _ in range(50):
        z = np.clip(X @ w, -30, 30)
        p = 1 / (1 + np.exp(-z))
        g = X.T @ (p - y) + pen * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(pen) + 1e-6 * np.eye(X.shape[1])
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def best_threshold(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
    best, bt = -1.0, 0.5
    for t in np.arange(0.2, 0.81, 0.05):
        tp = float(((p >= t) & (y == 1)).sum())
        fp = float(((p >= t) & (y == 0)).sum())
        fn = float(((p < t) & (y == 1)).sum())
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best + 1e-9:
            best, bt = f, float(t)
    return bt


def run_stage(D: Any, reuse: Any, ST: Any, stories: list[tuple[str, list[Any]]]) -> dict[str, Any]:
    boiler = reuse.boilerplate([d for _, d in stories])
    out = []
    for sid, ds in stories:
        found = reuse.find(ds, boiler, ST.similarity)
        out += D.figures(ds, sid, found)
    return {"disagreements": out}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default=str(Path.home() / ".cache" / "newsgraph" / "tune_disagreements"))
    ap.add_argument("--stamped", action="store_true", help="the cache folder is the tune_disagreements one, stamped")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--corpora", nargs="*")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, help="link threshold (default: the best pair F1 on the training folds)")
    ap.add_argument("--mode", default="score", choices=("score", "filter"),
                    help="score: the model's probability links; filter: the rules' links less those under the threshold")
    ap.add_argument("--promote", type=float,
                    help="filter mode: also link pairs the rules leave open where the probability is this or more")
    ap.add_argument("--write", help="fit on all corpora and write the model here")
    args = ap.parse_args()
    import tune_disagreements as T
    from newsgraph.corpus import disagreements as D, reuse, stories as ST

    sc = T.scorer(Path(args.shared))
    cache = Path(args.cache)
    if args.stamped:
        from tune_stories import analysis_stamp

        cache = cache / analysis_stamp(skip=("corpus/disagreements.py",))
    names = args.corpora or corpora_all()
    data: dict[str, Any] = {}
    for c in names:
        _, stories = T.load(c, cache)
        gold = json.loads((ROOT / "tests" / "data" / "corpus" / c / "gold.json").read_text(encoding="utf-8"))
        rec = Recorder(args.mode, args.promote)
        D.MODEL = rec  # type: ignore[assignment]
        try:
            rules = run_stage(D, reuse, ST, stories)
        finally:
            D.MODEL = None
        rows = [(x, label(sc, D, a, b, gold)) for a, b, x in rec.rows]
        rows = [(x, y) for x, y in rows if y is not None]
        X = np.array([x for x, _ in rows]) if rows else np.zeros((0, len(D.PAIR_FEATURES)))
        y = np.array([y for _, y in rows], dtype=float)
        data[c] = (stories, gold, X, y, T.counts(sc, gold, rules))
        print(f"{c}: {len(rows)} pairs, {int(y.sum())} same; rules P/R {T.prf(data[c][4])[:2]}", file=sys.stderr)
    if args.write:
        X = np.vstack([d[2] for d in data.values()])
        y = np.concatenate([d[3] for d in data.values()])
        w = fit(X, y, args.l2)
        t = best_threshold(X, y, w)
        Path(args.write).write_text(json.dumps({
            "about": "newsgraph.corpus.disagreements.PairModel: logistic regression over PAIR_FEATURES, fitted by "
                     "scripts/learn_disagreements.py on the gold of tests/data/corpus/invented*",
            "corpora": names, "l2": args.l2, "features": list(D.PAIR_FEATURES),
            "weights": [round(float(v), 6) for v in w], "threshold": round(args.threshold or t, 3),
            "mode": args.mode, **({"promote": args.promote} if args.promote is not None else {})}, indent=1) + "\n")
        print(f"wrote {args.write} (threshold {args.threshold or t:.2f})")
        for n, v in zip(D.PAIR_FEATURES, w):
            print(f"  {n:14s} {v:+.3f}")
        return
    tot_m = tot_r = (0, 0, 0, 0, 0)
    for c in names:
        X = np.vstack([data[o][2] for o in names if o != c])
        y = np.concatenate([data[o][3] for o in names if o != c])
        w = fit(X, y, args.l2)
        t = args.threshold or best_threshold(X, y, w)
        D.MODEL = D.PairModel([float(v) for v in w], t, args.mode, args.promote)
        try:
            pred = run_stage(D, reuse, ST, data[c][0])
        finally:
            D.MODEL = None
        m = T.counts(sc, data[c][1], pred)
        r = data[c][4]
        tot_m, tot_r = T.add(tot_m, m), T.add(tot_r, r)
        pm, rm, _ = T.prf(m)
        pr, rr, _ = T.prf(r)
        print(f"{c:11s} learned (t {t:.2f}) P {pm:5.1f} R {rm:5.1f} FA {m[4]}   rules P {pr:5.1f} R {rr:5.1f} FA {r[4]}",
              flush=True)
    pm, rm, fm = T.prf(tot_m)
    pr, rr, fr = T.prf(tot_r)
    print(f"pooled held-out learned: P {pm:.1f} R {rm:.1f} F {fm:.1f} FA {tot_m[4]} ({tot_m[0]}/{tot_m[1]}, {tot_m[2]}/{tot_m[3]})")
    print(f"pooled rules (post hoc): P {pr:.1f} R {rr:.1f} F {fr:.1f} FA {tot_r[4]} ({tot_r[0]}/{tot_r[1]}, {tot_r[2]}/{tot_r[3]})")


if __name__ == "__main__":
    main()
