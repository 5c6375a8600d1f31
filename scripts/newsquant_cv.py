"""Cross-validated NewsQuant scores of the figures extractor (issue 15).

    python scripts/newsquant_cv.py [--gold ../shared/newsquant/newsquant-dev.json] [--folds 5] [--json]

The dev sentences are split into k folds by a hash of their text. What the extractor fits to data
is chosen on the other folds and scored on the held-out one: today that is the margin by which
the unit classifier of ambiguous surfaces ("pounds", "p", "C", "R", ...; scripts/build_units.py)
must beat a surface's default unit (`ambiguous_margin` in units.json), from MARGINS below. The
classifier's word counts come from CQE's unit-disambiguation sentences, not from NewsQuant, so
they need no fold. The hand-written rules were written while looking at the whole dev set: no
fold protects them, which is why tests/test_figures_broad.py checks them on invented sentences.

Prints, per held-out fold, the margin chosen on the other folds and the fold's value and
value+unit F1 (CQE's protocol, scored with ../shared/tools/newsquant_score.py's matching), then
the held-out folds pooled (micro) and their mean. With a unit table that has no classifier (the
code before issue 15) there is nothing to choose and the folds are plain splits.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "newsquant" / "newsquant-dev.json"
SCORER_DIR = REPO.parent / "shared" / "tools"
MARGINS = [0.0, 0.5, 1.0, 2.0, 3.0, 5.0, math.inf]


def fold_of(text: str, k: int) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % k


def counts(gold_items, pred_by_text, sc):
    """(tp value, tp value+unit, n gold, n pred), matched as the shared scorer matches."""
    tp_v = tp_u = n_g = n_p = 0
    for s in gold_items:
        g = []
        for q in s["quantities"]:
            try:
                g.append((sc.parse_value(q["value"]), sc.unit_key(q.get("normalized_unit"))))
            except (ValueError, TypeError):
                continue
        p = [(sc.parse_value(q["value"]), sc.unit_key(q.get("normalized_unit"))) for q in pred_by_text[s["text"]]]
        n_g, n_p = n_g + len(g), n_p + len(p)
        v, u = match_sentence(g, p, sc)
        tp_v, tp_u = tp_v + v, tp_u + u
    return tp_v, tp_u, n_g, n_p


def match_sentence(g: list[tuple], p: list[tuple], sc) -> tuple[int, int]:
    """(tp value, tp value+unit) of one sentence's gold and predicted (value, unit) pairs, matched
    one to one as ../shared/tools/newsquant_score.py matches them: each gold value takes the first
    free prediction of a matching value, one of the same unit first."""
    tp_v = tp_u = 0
    free = list(range(len(p)))
    for gv, gu in g:
        cands = [i for i in free if sc.values_match(gv, p[i][0])]
        if not cands:
            continue
        same = [i for i in cands if p[i][1] == gu]
        i = (same or cands)[0]
        free.remove(i)
        tp_v += 1
        tp_u += p[i][1] == gu
    return tp_v, tp_u


def f1(tp, n_g, n_p):
    return 200 * tp / (n_g + n_p) if n_g + n_p else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(SCORER_DIR))
    import newsquant_score as sc  # the shared scorer's parsing and matching

    from newsgraph.components.figures import find_quantities, units
    from newsgraph.formats.newsquant import quantity_item
    from newsgraph.nlp import load_base_model, register_extensions

    gold = json.loads(Path(a.gold).read_text(encoding="utf-8"))
    register_extensions()
    nlp = load_base_model()
    texts = [s["text"] for s in gold]
    docs = list(nlp.pipe(texts))
    tab = units()
    knob = hasattr(tab, "margin") and bool(getattr(tab, "ambiguous", None))
    margins = MARGINS if knob else [None]
    preds = {}
    for m in margins:
        if knob:
            tab.margin = m
        preds[m] = {t: [quantity_item(t, q) for q in find_quantities(d)] for t, d in zip(texts, docs)}
    folds = [[s for s in gold if fold_of(s["text"], a.folds) == k] for k in range(a.folds)]
    rows, pooled = [], [0, 0, 0, 0]
    for k in range(a.folds):
        train = [s for j in range(a.folds) if j != k for s in folds[j]]
        best = max(margins, key=lambda m: (f1(*[counts(train, preds[m], sc)[i] for i in (1, 2, 3)]),
                                           -(m if m is not None else 0)))
        tv, tu, ng, np_ = counts(folds[k], preds[best], sc)
        pooled = [x + y for x, y in zip(pooled, (tv, tu, ng, np_))]
        rows.append({"fold": k, "sentences": len(folds[k]), "margin": best, "value_f1": round(f1(tv, ng, np_), 1),
                     "value_unit_f1": round(f1(tu, ng, np_), 1)})
    res = {
        "folds": rows,
        "pooled": {"value_f1": round(f1(pooled[0], pooled[2], pooled[3]), 1),
                   "value_unit_f1": round(f1(pooled[1], pooled[2], pooled[3]), 1)},
        "mean": {"value_f1": round(sum(r["value_f1"] for r in rows) / len(rows), 1),
                 "value_unit_f1": round(sum(r["value_unit_f1"] for r in rows) / len(rows), 1)},
        "min": {"value_f1": min(r["value_f1"] for r in rows), "value_unit_f1": min(r["value_unit_f1"] for r in rows)},
    }
    if a.json:
        print(json.dumps(res))
    else:
        for r in rows:
            print(f"fold {r['fold']} ({r['sentences']} sentences): margin {r['margin']}  "
                  f"value F1 {r['value_f1']:5.1f}  value+unit F1 {r['value_unit_f1']:5.1f}")
        print(f"held-out folds pooled: value F1 {res['pooled']['value_f1']}, value+unit F1 {res['pooled']['value_unit_f1']}; "
              f"mean {res['mean']['value_f1']} / {res['mean']['value_unit_f1']}; "
              f"worst fold {res['min']['value_f1']} / {res['min']['value_unit_f1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
