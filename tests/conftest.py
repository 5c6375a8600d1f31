from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "data" / "sample"
SEED = SHARED / "seed" / "presstv-minusma.txt"
SEED_GOLD = SHARED / "seed" / "presstv-minusma.gold.json"


def need_shared(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not found at {p} (the tests read ../shared beside the checkout)")
    return p


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()
