"""Build the fast pipeline's NER: en_core_web_sm's entities, distilled into an NER that listens
to the pipeline's shared tok2vec (frozen) instead of running a tok2vec of its own.

    nice -n 10 python scripts/build_fast_ner.py [--epochs 15] [--minutes 60] [--seed 0] [--depth 0]

The teacher is the installed en_core_web_sm: its whole pipeline (shared tok2vec, tagger, parser,
its own NER) runs once over the training texts (PolNeAR train and the story texts of
../shared/stories), and its entities are the student's gold. The student is spaCy's own NER
architecture (TransitionBasedParser, the teacher's sizes) with a Tok2VecListener in place of its
tok2vec: it reads doc.tensor, which the shared tok2vec writes, so the tok2vec is frozen by
construction and its output is computed once per text. The parser runs before it in both, so it
sees the same sentence starts as the teacher. After each epoch the student is scored against the
teacher on PolNeAR dev (entity P/R/F, exact span and label) and the best epoch is kept.

Written: src/newsgraph/data/fast_ner/ (spaCy's cfg, moves and model of the NER pipe alone: no
vocab, no tok2vec) and fast_ner/meta.json (the teacher's version, data, epochs, agreement).
Deterministic for a seed on one machine (fixed shuffles, thinc's seed) when all epochs run (the
--minutes cap did not bind for the shipped model: 15 epochs, 36 minutes on the shared 2-core box,
nice 10, after a 7-minute teacher pass). --depth N puts N trainable encoder layers of the NER's
own on the listener (more agreement, at the cost of those layers). Not run by tests or CI.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "src" / "newsgraph" / "data" / "fast_ner"


def read_folder(folder: Path, limit: int = 0) -> list[str]:
    files = sorted(folder.glob("*.txt"))
    if limit:
        files = files[:limit]
    return [t for t in (f.read_text(encoding="utf-8") for f in files) if t.strip()]


def ent_set(doc) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label_) for e in doc.ents}


def agreement(pairs) -> dict:
    """Entity P/R/F of `student` against `teacher` (exact span and label), pooled."""
    tp = fp = fn = 0
    for s, t in pairs:
        a, b = ent_set(s), ent_set(t)
        tp += len(a & b)
        fp += len(a - b)
        fn += len(b - a)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "teacher": tp + fn, "student": tp + fp}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=60.0, help="stop training after this many minutes (the epoch in progress ends first)")
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="at most this many texts per folder (for a quick try)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--depth", type=int, default=0, help="trainable encoder layers of the NER's own on the listener (0: the listener alone)")
    a = ap.parse_args()

    import numpy
    import spacy
    from spacy.training import Example
    from thinc.api import Adam, fix_random_seed

    from newsgraph.nlp import fast_ner_config, load_base_model

    fix_random_seed(a.seed)
    rng = random.Random(a.seed)
    teacher = load_base_model()
    folders = [SHARED / "polnear" / "train" / "text", SHARED / "stories" / "ecb-train" / "text",
               SHARED / "stories" / "semeval-train" / "text"]
    texts: list[str] = []
    for f in folders:
        if f.is_dir():
            texts.extend(read_folder(f, a.limit))
    dev_texts = read_folder(SHARED / "polnear" / "dev" / "text", a.limit)
    print(f"{len(texts)} training texts, {len(dev_texts)} dev texts", file=sys.stderr)

    t0 = time.perf_counter()
    train = []
    n_tokens = 0
    for doc in teacher.pipe(texts, batch_size=16):
        pred = doc.copy()  # the teacher's tensor (shared tok2vec), tags and parse; no entities
        pred.set_ents([], default="missing")
        doc.tensor = numpy.zeros((len(doc), 0), dtype="float32")  # the gold side needs no tensor
        train.append(Example(pred, doc))
        n_tokens += len(doc)
    dev = []
    for doc in teacher.pipe(dev_texts, batch_size=16):
        pred = doc.copy()
        pred.set_ents([], default="missing")
        doc.tensor = numpy.zeros((len(doc), 0), dtype="float32")
        dev.append((pred, doc))
    print(f"teacher pass: {n_tokens} tokens in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    # the student: the teacher's pipeline with its NER replaced by one that listens to tok2vec
    student = spacy.blank("en", vocab=teacher.vocab)
    config = fast_ner_config(a.depth)
    ner = student.add_pipe("ner", config=config)
    for label in teacher.get_pipe("ner").labels:
        ner.add_label(label)
    ner.initialize(lambda: train[:64], nlp=student)
    opt = Adam(0.001)

    def score() -> dict:
        docs = [d.copy() for d, _ in dev]
        out = list(ner.pipe(docs, batch_size=16))
        return agreement(list(zip(out, [t for _, t in dev])))

    best, best_bytes, history = None, None, []
    start = time.perf_counter()
    for epoch in range(a.epochs):
        rng.shuffle(train)
        losses: dict = {}
        for i in range(0, len(train), 8):
            ner.update(train[i:i + 8], sgd=opt, drop=0.1, losses=losses)
        with ner.model.use_params(opt.averages):
            sc = score()
            if best is None or sc["f"] > best["f"]:
                best, best_bytes = dict(sc, epoch=epoch + 1), ner.to_bytes(exclude=["vocab"])
        minutes = (time.perf_counter() - start) / 60
        history.append({"epoch": epoch + 1, "loss": round(float(losses.get("ner", 0.0)), 1), **{k: round(v, 4) for k, v in sc.items()}, "minutes": round(minutes, 1)})
        print(json.dumps(history[-1]), file=sys.stderr)
        if minutes > a.minutes:
            break

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    ner.from_bytes(best_bytes, exclude=["vocab"])
    ner.to_disk(out, exclude=["vocab"])
    meta = {
        "teacher": f"{teacher.meta['lang']}_{teacher.meta['name']}-{teacher.meta['version']}",
        "spacy": spacy.__version__,
        "train_texts": len(texts),
        "train_tokens": n_tokens,
        "folders": [str(f.relative_to(SHARED.parent)) for f in folders if f.is_dir()],
        "seed": a.seed,
        "depth": a.depth,
        "best": best,
        "history": history,
    }
    (out / "config.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"best epoch {best['epoch']}: agreement with the teacher on PolNeAR dev P {100 * best['p']:.1f} "
          f"R {100 * best['r']:.1f} F {100 * best['f']:.1f}; written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
