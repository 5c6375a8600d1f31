"""Build the starting table of newsgraph's memoised attribute ruler + lemmatizer (fastattrs.py).

    nice -n 10 python scripts/build_attr_table.py [--texts ../shared/polnear/train/text] [--min-count 3]

The memo of `newsgraph_fast_attrs` maps a token's (text, tag, dependency, is-space) to the
tag, part of speech, dependency, morphology and lemma that spaCy's own attribute_ruler and
lemmatizer give it. It fills as text goes through, so the first articles a process sees pay for
every new word. This script runs spaCy's originals (not our port) over news text, keeps the
keys seen at least --min-count times with one answer only (tokens inside the ruler's
multi-token patterns are left out: they are always computed afresh), and writes
src/newsgraph/data/attr_table.json, which the component loads when the spaCy model's name and
version match the ones recorded in it. About 2 minutes on one core for PolNeAR train.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", default=str(REPO.parent / "shared" / "polnear" / "train" / "text"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--out", default=str(REPO / "src" / "newsgraph" / "data" / "attr_table.json"))
    a = ap.parse_args()

    from newsgraph.fastattrs import FastAttrs, model_id
    from newsgraph.nlp import load_base_model

    nlp = load_base_model()
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    multi = FastAttrs(ruler, lemmatizer).multi
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(a.texts).glob("*.txt"))]
    counts: collections.Counter = collections.Counter()
    answers: dict[tuple, set] = collections.defaultdict(set)
    for doc in nlp.pipe(texts, batch_size=16, disable=["attribute_ruler", "lemmatizer", "ner"]):
        keys = [(t.text, t.tag_, t.dep_, t.is_space) for t in doc]
        special = {i for _m, s, e in multi(doc) for i in range(s, e)}
        doc = lemmatizer(ruler(doc))
        for t, key in zip(doc, keys):
            if t.i in special:
                continue
            counts[key] += 1
            answers[key].add((t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_))
    rows = [[*key, *next(iter(answers[key]))] for key, n in sorted(counts.items())
            if n >= a.min_count and len(answers[key]) == 1]
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump({"model": model_id(nlp.meta), "texts": len(texts),
                   "columns": ["text", "tag", "dep", "is_space", "tag2", "pos", "dep2", "morph", "lemma"],
                   "rows": rows}, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(texts)} texts, {len(counts)} keys, {len(rows)} kept -> {a.out}")


if __name__ == "__main__":
    main()
