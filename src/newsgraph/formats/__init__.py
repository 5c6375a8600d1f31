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


def run_main(doc: str | None, predict_file: Callable[..., Any], argv: list[str] | None) -> int:
    """`python -m newsgraph.formats.X IN [OUT]`."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        print(doc)
        return 0
    predict_file(args[0], args[1] if len(args) > 1 else None)
    return 0
