"""Build the background document-frequency table the story profiles blend into their IDF.

    python scripts/build_story_df.py [--shared ../shared] [--out src/newsgraph/data/corpus/df.json.gz]

Reads the plain texts of PolNeAR train (840 US political news articles) and the SemEval-2022
Task 8 English articles in ../shared (the ECB+ sets are left out: stories are tuned on them),
counts in how many documents each term of `newsgraph.corpus.features` appears, and keeps the
terms seen in at least two documents. Only counts are kept, no text. Names (E:) and numbers (N:)
are left out: the corpus at hand decides how common a name is.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from newsgraph.corpus.features import raw_counts

SETS = ["polnear/train/text", "stories/semeval-train/text"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "src/newsgraph/data/corpus/df.json.gz"))
    a = ap.parse_args()
    df: Counter = Counter()
    n = 0
    for s in SETS:
        for p in sorted((Path(a.shared) / s).glob("*.txt")):
            text = p.read_text(encoding="utf-8", errors="replace")
            title, _, body = text.partition("\n")
            terms = {t for t in raw_counts(title, body) if not t.startswith(("E:", "N:", "A:"))}
            df.update(terms)
            n += 1
    kept = {t: c for t, c in sorted(df.items()) if c >= 2}
    obj = {"n": n, "sources": SETS, "licence": "document counts only, no text; from PolNeAR v1.0.0 and SemEval-2022 Task 8 articles", "df": kept}
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(a.out, "wb", mtime=0) as f:
        f.write(json.dumps(obj, sort_keys=True, separators=(",", ":")).encode())
    print(f"{n} documents, {len(kept)} terms -> {a.out}")


if __name__ == "__main__":
    main()
