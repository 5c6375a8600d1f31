"""PolNeAR-format predictions: `python -m newsgraph.components.attributions_polnear DIR > pred.jsonl`.

DIR is a folder of .txt files (or a PolNeAR split with text/*.txt). Each file's whole text
(headline included) is analysed as is, so offsets are offsets into the file as read; one JSON
line per file in the format of ../shared/tools/polnear_score.py.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from spacy.language import Language

from ..record import Attribution


@functools.lru_cache(maxsize=1)
def _nlp() -> Language:
    from ..nlp import build_nlp

    return build_nlp(components=[])  # the parse only: predict_text extracts with PolNeAR's conventions


def _pair(sp) -> list[int] | None:
    return [sp.start, sp.end] if sp is not None else None


def to_polnear(atts: list[Attribution]) -> list[dict]:
    out = []
    for a in atts:
        if not a.content:
            continue
        out.append({
            "source": _pair(a.speaker),
            "cue": _pair(a.cue),
            "content": [[c.start, c.end] for c in a.content],
        })
    return out


def predict_text(text: str, nlp: Language | None = None) -> list[dict]:
    from ..nlp import parse_text
    from .attributions import extract_attributions

    doc = parse_text(nlp or _nlp(), text)  # nlp(text), in pieces where the text is long
    # PolNeAR joins quotes that the record keeps apart: rebuild with its conventions
    return to_polnear(extract_attributions(doc, polnear=True))


def predict_file(path: str | Path, nlp: Language | None = None) -> dict:
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    return {"doc": p.stem, "attributions": predict_text(text, nlp)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m newsgraph.components.attributions_polnear DIR > pred.jsonl", file=sys.stderr)
        return 2
    root = Path(args[0])
    if (root / "text").is_dir():
        root = root / "text"
    files = sorted(root.glob("*.txt")) if root.is_dir() else [root]
    for f in files:
        sys.stdout.write(json.dumps(predict_file(f)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
