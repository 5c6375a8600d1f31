"""Train newsgraph's attribution cue lexicon and candidate scorer on PolNeAR train (issue 3).

    nice -n 10 python scripts/train_attributions.py [--polnear ../shared/polnear] [--out DIR]
        [--cache /tmp/polnear-train.spacy]

Reproduces the committed src/newsgraph/data/attributions/{cues.json,cue_model.json} with the
defaults (seed 13, 8 epochs, lr 0.2, l2 1e-4, threshold 0.3, the component's constants as
committed, e.g. EXTRA_RULES=True). Single process, one core: about 5 minutes of parsing (skipped
on reruns with --cache, a DocBin kept outside the repo) plus about 4 minutes of SGD.

Reads train/text/*.txt and the first train/attributions/NAME_*.ann of each article (brat
standoff).
1. Cue lexicon: for every lower-cased word form, how often one of its occurrences lies inside an
   annotated Cue span over how often it occurs (add-one smoothed); forms seen at least twice as a
   cue go to data/attributions/cues.json.
2. Candidate scorer: every article is parsed with en_core_web_sm; the component's rules propose
   (cue, speaker, content) candidates (verbs with a clause or object, noun cues such as
   `the claim that` / `criticism of`, `Name: ...` lines); a candidate is positive when PolNeAR
   has an attribution whose content (token Jaccard >= 0.5) and source (same rule, or both
   absent) match it, as polnear_score.py counts. A logistic regression over sparse features
   (cue word, lexicon bucket, dependency, content rule, kind and word of the speaker, first word
   and head of the content, auxiliaries, ...) is trained with plain SGD (fixed seed, numpy) and
   written to data/attributions/cue_model.json (feature -> weight, and the decision threshold).
   `--set NAME=VALUE` overrides a component constant while training, to try a variant first."""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+(?:[-\u2019']\w+)*")


def read_ann(path: str) -> list[dict]:
    spans, events = {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("T") and len(parts) > 1:
            typ, rng = parts[1].split(" ", 1)
            spans[parts[0]] = (typ, [tuple(map(int, x.split())) for x in rng.split(";")])
        elif parts[0].startswith("E") and len(parts) > 1:
            events.append(parts[1].split())
    out = []
    for args in events:
        if not args or not args[0].startswith("Attribution"):
            continue
        att = {}
        for a in args[1:]:
            k, _, v = a.partition(":")
            k = re.sub(r"\d+$", "", k).lower()
            if v in spans:
                att[k] = spans[v][1]
        out.append(att)
    return out


def load_split(root: str, split: str):
    for t in sorted(glob.glob(os.path.join(root, split, "text", "*.txt"))):
        stem = os.path.basename(t)[:-4]
        anns = sorted(glob.glob(os.path.join(root, split, "attributions", stem + "*.ann")))
        if not anns:
            continue
        yield stem, open(t, encoding="utf-8").read(), read_ann(anns[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", default=str(REPO.parent / "shared" / "polnear"))
    ap.add_argument("--out", default=str(REPO / "src" / "newsgraph" / "data" / "attributions"))
    ap.add_argument("--lexicon-only", action="store_true", help="only write cues.json")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N articles (testing)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=0.2)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.3,
                    help="decision threshold (0.3: best attribution F1 on the last 168 train articles held out)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a constant of newsgraph.components.attributions while training "
                    "(e.g. EXTRA_RULES=True), to train a model for a variant before switching to it")
    ap.add_argument("--cache", default="", help="a spaCy DocBin of the parsed train articles: read when it "
                    "exists, else written (saves the parse on reruns; keep it outside the repo)")
    a = ap.parse_args()
    cue_n, all_n = collections.Counter(), collections.Counter()
    ndocs = 0
    for _stem, text, atts in load_split(a.polnear, "train"):
        ndocs += 1
        inside = set()
        for att in atts:
            for s, e in att.get("cue") or []:
                inside.update(range(s, e))
        for m in WORD.finditer(text):
            w = m.group().lower().replace("\u2019", "'")
            all_n[w] += 1
            if m.start() in inside:
                cue_n[w] += 1
    lex = {w: round(c / (all_n[w] + 1), 4) for w, c in sorted(cue_n.items()) if c >= 2}
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "cues.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "PolNeAR v1.0.0 train", "articles": ndocs, "cue_prob": lex}, f, indent=0, sort_keys=True)
    print(f"{ndocs} articles, {len(lex)} cue forms -> {a.out}/cues.json")
    if not a.lexicon_only:
        train_scorer(a)


_TOK = re.compile(r"\w+")


def _toks(text: str, frags) -> frozenset:
    out = set()
    for s, e in frags or []:
        out.update(m.start() for m in _TOK.finditer(text, s, e))
    return frozenset(out)


def _jac(x: frozenset, y: frozenset) -> float:
    return len(x & y) / len(x | y) if (x or y) else 1.0


def train_scorer(a) -> None:
    import time

    import numpy as np

    from newsgraph.components import attributions as A
    from newsgraph.nlp import load_base_model, register_extensions

    A.cue_lexicon.cache_clear()
    for kv in a.set:
        name, _, value = kv.partition("=")
        setattr(A, name, type(getattr(A, name))(value == "True") if isinstance(getattr(A, name), bool)
                else type(getattr(A, name))(value))
    register_extensions()
    nlp = load_base_model()
    docs = list(load_split(a.polnear, "train"))
    if a.limit:
        docs = docs[: a.limit]
    t0 = time.time()
    rows, labels = [], []
    if a.cache and os.path.exists(a.cache):
        from spacy.tokens import DocBin

        parsed = list(DocBin().from_disk(a.cache).get_docs(nlp.vocab))
        assert len(parsed) >= len(docs) and all(d.text == t for d, (_s, t, _a) in zip(parsed, docs)), "stale --cache"
    else:
        parsed = list(nlp.pipe((t for _s, t, _a in docs), batch_size=8))
        if a.cache:
            from spacy.tokens import DocBin

            DocBin(docs=parsed).to_disk(a.cache)
    for (stem, text, atts), doc in zip(docs, parsed):
        gold = [(_toks(text, g.get("content")), _toks(text, g.get("source"))) for g in atts if g.get("content")]
        b = A._Builder(doc)
        b.direct_quotes()
        for tok in doc:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                b.according(tok)
        for _tok, content, speaker, _cue, feats in b.candidates():
            ct = _toks(text, [(c.start, c.end) for c in content])
            st = _toks(text, [(speaker.start, speaker.end)] if speaker else [])
            ok = any(_jac(ct, gc) >= 0.5 and ((not gs and not st) or (gs and st and _jac(st, gs) >= 0.5))
                     for gc, gs in gold)
            rows.append(feats)
            labels.append(1.0 if ok else 0.0)
    print(f"parsed {len(docs)} articles in {time.time() - t0:.0f}s: {len(rows)} candidates, {int(sum(labels))} positive")
    counts = collections.Counter(f for r in rows for f in set(r))
    index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= a.min_count))}
    X = [np.array(sorted({index[f] for f in r if f in index}), dtype=np.int64) for r in rows]
    y = np.array(labels)
    w = np.zeros(len(index))
    rng = np.random.default_rng(a.seed)
    lr, l2 = a.lr, a.l2
    for epoch in range(a.epochs):
        order = rng.permutation(len(X))
        loss = 0.0
        for n in order:
            xi = X[n]
            z = w[xi].sum()
            p = 1.0 / (1.0 + np.exp(-z))
            g = p - y[n]
            w[xi] -= lr * (g + l2 * w[xi])
            loss += -np.log(p + 1e-9) if y[n] else -np.log(1 - p + 1e-9)
        lr *= 0.7
        print(f"epoch {epoch + 1}: loss {loss / len(X):.4f}")
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}
    model = {"source": "PolNeAR v1.0.0 train", "articles": len(docs), "candidates": len(rows),
             "threshold": a.threshold, "seed": a.seed, "weights": weights}
    with open(os.path.join(a.out, "cue_model.json"), "w", encoding="utf-8") as f:
        json.dump(model, f, indent=0, sort_keys=True)
    print(f"{len(weights)} weights -> {a.out}/cue_model.json")


if __name__ == "__main__":
    main()
