"""NewsQuant-style quantity files: read the sentences, write the predictions the scorer reads.

Input: a JSON list of {"text": ..., ...} (the NewsQuant layout; extra fields are ignored), or
a JSON object {"text": ...}, or plain text (one sentence or article per file).
Output: [{"text": ..., "quantities": [{"value": v | [lo, hi], "unit": surface,
          "normalized_unit": "dollar", "change": "=" | "~" | ">" | "<" | "up" | "down"}]}]

NewsQuant (CQE, Almasian et al. 2023) counts durations ("three months") and "one of the ..." as
quantities, which the record leaves out; here they are written, with CQE's unit names.

    python -c "from newsgraph.formats.newsquant import main; main()" IN.json OUT.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from ..components.figures import Quantity, find_quantities
from ..nlp import load_base_model, register_extensions
from .. import formats


def quantity_item(doc_text: str, q: Quantity) -> dict[str, Any]:
    return {
        "value": q.number(),
        "unit": q.unit_text or (doc_text[q.count_np[0]:q.count_np[1]] if q.count_np else "-"),
        "normalized_unit": q.nq_unit,
        "change": q.nq_change,
        "span": [q.span_start, q.span_end],
    }


def read_items(path: str | Path) -> list[dict[str, Any]]:
    raw = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return [{"text": raw}]
    if isinstance(data, dict):
        data = [data]
    return [d if isinstance(d, dict) else {"text": str(d)} for d in data]


def predict(items: Iterable[dict[str, Any] | str], nlp=None) -> list[dict[str, Any]]:
    """One prediction per item, in order; each item is {"text": ...} or a string."""
    register_extensions()
    nlp = nlp or load_base_model()
    texts = [it if isinstance(it, str) else it.get("text", "") for it in items]
    out = []
    for text, doc in zip(texts, nlp.pipe(texts)):
        out.append({"text": text, "quantities": [quantity_item(text, q) for q in find_quantities(doc)]})
    return out


def predict_file(in_path: str | Path, out_path: str | Path | None = None) -> list[dict[str, Any]]:
    return formats.predict_file(read_items, predict, in_path, out_path)


def main(argv: list[str] | None = None) -> int:
    return formats.run_main(__doc__, read_items, predict, argv)
