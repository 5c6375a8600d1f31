"""The ninety-first invented multi-outlet corpus (tests/data/corpus/invented91: 24 pages, 13
outlets, 9 stories, a river flood season over nine days in an invented country, written blind),
scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 4f4113d (scored at HEAD 76b01df; README.md, "Blind scores"): stories
B-cubed F1 94.7, same-story pairs F1 92.9, reuse article pairs F1 100 with none reversed, passages
F1 96.3, disagreements P 75.0 R 56.2 with two trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED91 = inv.folder("invented91")


@pytest.fixture(scope="module")
def records91():
    return inv.records(INVENTED91, 24)


@pytest.fixture(scope="module")
def bodies91(records91):
    return inv.bodies(records91)


@pytest.fixture(scope="module")
def output91(records91):
    return inv.output(records91)


@pytest.fixture(scope="module")
def gold91():
    return inv.gold(INVENTED91)


def test_invented91_floors(output91, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED91 / "gold.json", output91, tmp_path)
    assert res["stories"]["f1"] >= 94.6 and res["stories"]["r"] >= 99.9, res["stories"]  # 94.7 (P 90.0, R 100)
    assert res["pairs"]["f1"] >= 92.8, res["pairs"]  # 92.9 (16 hard negatives, 13 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, none reversed
    assert res["reuse"]["passages"]["f1"] >= 96.2, res["reuse"]["passages"]  # 96.3 (P 92.9, R 100)
    dis = res["disagreements"]
    assert dis["p"] >= 83.2 and dis["r"] >= 62.4, dis  # 83.3 / 62.5 (10 of 16 found, 12 reported; read 2026-12-07: blind 75.0 / 56.2)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 40 (blind 2)


def test_invented91_every_article_in_one_story(output91, gold91):
    inv.check_every_article_in_one_story(output91, gold91)


def test_invented91_spans_are_body_slices(output91, bodies91):
    inv.check_spans_are_body_slices(output91, bodies91)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented91_gold_texts_are_in_the_extracted_bodies(gold91, bodies91):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold91, bodies91)
    assert not missing, missing


def test_invented91_gold_is_consistent(gold91, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED91, gold91, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 40


def test_invented91_manifest_matches_gold_and_pages(gold91, bodies91):
    manifest = inv.check_manifest(INVENTED91, gold91, bodies91)
    assert all(m["published"] for m in manifest)
    # three statements print no clock (the insurers, the aid group, the union)
    assert sum(1 for m in manifest if not m["published_time"]) == 3
    assert len({m["outlet"] for m in manifest}) == 13
