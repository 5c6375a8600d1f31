"""Measure the attribution acts (components/attributions_acts.py) on real news: PolNeAR train.

    python scripts/act_sample.py sample --n 200 > /tmp/act_sample.tsv      # attributions to label
    python scripts/act_sample.py score --labels scripts/data/act_labels_polnear_train.tsv
    python scripts/act_sample.py score --split dev --labels scripts/data/act_labels_polnear_dev.tsv
    python scripts/act_sample.py origins --articles 200                       # ORIGIN_PRECISION

`sample` analyses a seeded random draw of PolNeAR train articles and prints a seeded random
sample of the attributions found (document, cue offsets, predicted act and rule, and the cue's
sentence with the cue in [brackets], to read). A person writes the act the cue reports into the
labels file: `doc<TAB>cue_start<TAB>cue_end<TAB>act`, offsets into the article file as read,
and no article text (PolNeAR's articles stay out of the project). `score` reports the accuracy
of the predicted act on the labelled attributions, per class, and per rule the share that are
statements (say or write), which RULE_STATEMENT in attributions_acts.py follows (Laplace
smoothed). `origins` measures the PolNeAR precision of the attributions the candidate scorer
does not score (direct quotes, quotes alone, `according to`), ORIGIN_PRECISION there, and how
well the scorer's probability is calibrated (precision per probability band), with the
official scorer's matching (../shared/tools/polnear_score.py).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "polnear"
TRAIN = POLNEAR / "train"
LABELS = REPO / "scripts" / "data" / "act_labels_polnear_train.tsv"


def _nlp():
    from newsgraph.nlp import build_nlp

    return build_nlp(components=[])


def _files(n: int, seed: int, split: str = "train") -> list[Path]:
    files = sorted((POLNEAR / split / "text").glob("*.txt"))
    random.Random(seed).shuffle(files)
    return files[:n]


def _analyse(nlp, path: Path, polnear: bool = False):
    from newsgraph.components.attributions import _Builder
    from newsgraph.components.attributions_acts import classify_token, cue_token

    text = path.read_text(encoding="utf-8")
    doc = nlp(text)
    b = _Builder(doc, polnear=polnear)
    atts = b.run()
    rows = []
    for a in atts:
        tok = cue_token(doc, a.cue)
        g = classify_token(tok)
        origin = ("scored" if id(a) in b.att_scores else "alone" if a.cue is None
                  else "according" if tok is not None and tok.lower_ == "according" else "direct" if a.kind == "direct"
                  else "other")
        rows.append((a, tok, g, origin, b.att_scores.get(id(a))))
    return text, doc, rows


def cmd_sample(a) -> None:
    nlp = _nlp()
    items = []
    for f in _files(a.articles, a.seed, a.split):
        text, doc, rows = _analyse(nlp, f)
        for att, tok, g, origin, sc in rows:
            if att.cue is None:
                continue
            s = tok.sent if tok is not None else None
            ctx = text[s.start_char : att.cue.start] + "[" + att.cue.text + "]" + text[att.cue.end : s.end_char] if s is not None else ""
            items.append((f.stem, att.cue.start, att.cue.end, g.act, g.rule, origin, " ".join(ctx.split())[:400]))
    random.Random(a.seed).shuffle(items)
    w = sys.stdout
    w.write("doc\tcue_start\tcue_end\tpredicted\trule\torigin\tsentence\n")
    for it in items[: a.n]:
        w.write("\t".join(map(str, it)) + "\n")


def _read_labels(path: Path) -> dict[tuple[str, int, int], str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "doc\t")):
            continue
        doc, s, e, act = line.split("\t")[:4]
        out[(doc, int(s), int(e))] = act.strip()
    return out


def cmd_score(a) -> None:
    from newsgraph.components.attributions_acts import ACTS, STATEMENT_ACTS

    labels = _read_labels(Path(a.labels))
    nlp = _nlp()
    by_doc = collections.defaultdict(dict)
    for (d, s, e), act in labels.items():
        by_doc[d][(s, e)] = act
    pairs = []  # (gold, predicted, rule)
    for d, want in sorted(by_doc.items()):
        _text, _doc, rows = _analyse(nlp, POLNEAR / a.split / "text" / f"{d}.txt")
        got = {(att.cue.start, att.cue.end): g for att, _t, g, _o, _s in rows if att.cue is not None}
        for key, gold in want.items():
            if key in got:
                pairs.append((gold, got[key].act, got[key].rule))
            else:
                print(f"not found now: {d} {key}", file=sys.stderr)
    n = len(pairs)
    ok = sum(g == p for g, p, _r in pairs)
    st = sum((g in STATEMENT_ACTS) == (p in STATEMENT_ACTS) for g, p, _r in pairs)
    print(f"labelled attributions: {n}; act accuracy {ok}/{n} = {ok / max(1, n):.1%}; "
          f"statement or not: {st}/{n} = {st / max(1, n):.1%}")
    shown = [g for g, p, _r in pairs if p in STATEMENT_ACTS]
    print(f"shown as statements: {len(shown)}, of which statements {sum(g in STATEMENT_ACTS for g in shown)} "
          f"({sum(g in STATEMENT_ACTS for g in shown) / max(1, len(shown)):.1%}); statements hidden: "
          f"{sum(g in STATEMENT_ACTS and p not in STATEMENT_ACTS for g, p, _r in pairs)}")
    print("\nconfusion (rows: gold, columns: predicted)")
    print("        " + " ".join(f"{x:>7}" for x in ACTS))
    for g in ACTS:
        print(f"{g:>7} " + " ".join(f"{sum(1 for a_, b_, _r in pairs if a_ == g and b_ == p):>7}" for p in ACTS))
    print("\nper rule: n, statements, Laplace-smoothed share")
    rules = collections.defaultdict(list)
    for g, p, r in pairs:
        rules[r].append(g in STATEMENT_ACTS)
    for r, v in sorted(rules.items(), key=lambda x: -len(x[1])):
        print(f"  {r:10} {len(v):4} {sum(v):4}  {(sum(v) + 1) / (len(v) + 2):.2f}")


def _scorer():
    spec = importlib.util.spec_from_file_location("polnear_score", REPO.parent / "shared" / "tools" / "polnear_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cmd_origins(a) -> None:
    import json
    import tempfile

    ps = _scorer()
    nlp = _nlp()
    groups: dict[str, list[dict]] = collections.defaultdict(list)
    for f in _files(a.articles, a.seed):
        _text, _doc, rows = _analyse(nlp, f, polnear=True)
        for att, _t, _g, origin, sc in rows:
            if not att.content:
                continue
            key = origin if origin != "scored" else f"scored {min(9, int(sc * 10)) / 10:.1f}"
            groups[key].append({"doc": f.stem, "attributions": [{
                "source": [att.speaker.start, att.speaker.end] if att.speaker else None,
                "cue": [att.cue.start, att.cue.end] if att.cue else None,
                "content": [[c.start, c.end] for c in att.content]}]})
    docs, _info = ps.load_gold(str(TRAIN))
    wanted = {f.stem for f in _files(a.articles, a.seed)}
    docs = {k: v for k, v in docs.items() if k in wanted}
    print("origin           n   precision (PolNeAR train attribution match)")
    for key in sorted(groups):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
            for line in groups[key]:
                t.write(json.dumps(line) + "\n")
        preds, _info = ps.load_pred(t.name, docs)
        att = ps.score(docs, preds)["attribution"]
        print(f"{key:12} {len(groups[key]):5}   {att}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--articles", type=int, default=120)
    s.add_argument("--n", type=int, default=200)
    s.add_argument("--seed", type=int, default=15)
    s.add_argument("--split", default="train")
    s = sub.add_parser("score")
    s.add_argument("--labels", default=str(LABELS))
    s.add_argument("--split", default="train")
    s = sub.add_parser("origins")
    s.add_argument("--articles", type=int, default=200)
    s.add_argument("--seed", type=int, default=15)
    a = ap.parse_args()
    {"sample": cmd_sample, "score": cmd_score, "origins": cmd_origins}[a.cmd](a)


if __name__ == "__main__":
    main()
