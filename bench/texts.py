"""The texts a bench script times: every .txt of a folder, sorted, the first `limit` of them."""

from __future__ import annotations

from pathlib import Path


def read_texts(folder: str | Path, limit: int = 0) -> tuple[list[str], int]:
    """(texts, number of white-space separated words in them)."""
    files = sorted(Path(folder).glob("*.txt"))
    if limit:
        files = files[:limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    return texts, sum(len(t.split()) for t in texts)
