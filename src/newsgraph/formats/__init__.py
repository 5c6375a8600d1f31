"""Scorer formats: read a shared data set's file, write the prediction file its scorer reads."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def write_predictions(preds: list[dict[str, Any]], out_path: str | Path | None) -> None:
    """JSON to a file, or to standard output for None or "-"."""
    data = json.dumps(preds, ensure_ascii=False, indent=1) + "\n"
    if out_path is None or str(out_path) == "-":
        sys.stdout.write(data)
    else:
        Path(out_path).write_text(data, encoding="utf-8")


def predict_file(read_items: Callable[[Any], list], predict: Callable[[list], list[dict[str, Any]]],
                 in_path: str | Path, out_path: str | Path | None = None) -> list[dict[str, Any]]:
    """A format's predictions for a data set file, written to out_path (standard output for None)."""
    preds = predict(read_items(in_path))
    write_predictions(preds, out_path)
    return preds


def run_main(doc: str | None, read_items: Callable[[Any], list], predict: Callable[[list], list[dict[str, Any]]],
             argv: list[str] | None) -> int:
    """`python -m newsgraph.formats.X IN [OUT]`."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        print(doc)
        return 0
    predict_file(read_items, predict, args[0], args[1] if len(args) > 1 else None)
    return 0
