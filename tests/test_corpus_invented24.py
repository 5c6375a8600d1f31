"""The twenty-fourth invented multi-outlet corpus (tests/data/corpus/invented24: 24 pages, 12
outlets, 10 stories, a weather, environment and transport desk's five days in an invented country
and its imperial-unit neighbour, written blind after the first twenty-two), scored with the shared
scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 285c0fd (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 85.7 with one reversed, passages F1 88.9,
disagreements P 33.3 R 36.4 with five trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED24 = inv.folder("invented24")


@pytest.fixture(scope="module")
def records24():
    return inv.records(INVENTED24, 24)


@pytest.fixture(scope="module")
def bodies24(records24):
    return inv.bodies(records24)


@pytest.fixture(scope="module")
def output24(records24):
    return inv.output(records24)


@pytest.fixture(scope="module")
def gold24():
    return inv.gold(INVENTED24)


def test_invented24_floors(output24, tmp_path):
    """Floors just under the scores after the fixes (README, "After the fixes"; the blind ones in
    comments)."""
    res = _score(INVENTED24 / "gold.json", output24, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (17 hard negatives, 14 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100 (blind 85.7, 1 reversed: coastguard -> ESN, same day)
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100 (blind 88.9)
    dis = res["disagreements"]
    assert dis["p"] >= 77.7 and dis["r"] >= 63.5, dis  # 77.8 / 63.6 now (2c0d543 70.0 / 63.6; d511975 54.5 / 54.5; blind 33.3 / 36.4)
    assert dis["false_alarms_on_traps"] == 0, dis  # 0 of 31 now (2c0d543 1; d511975 2; blind 5)


def test_invented24_every_article_in_one_story(output24, gold24):
    inv.check_every_article_in_one_story(output24, gold24)


def test_invented24_spans_are_body_slices(output24, bodies24):
    inv.check_spans_are_body_slices(output24, bodies24)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented24_gold_texts_are_in_the_extracted_bodies(gold24, bodies24):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold24, bodies24)
    assert not missing, missing


def test_invented24_gold_is_consistent(gold24, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED24, gold24, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 31


def test_invented24_manifest_matches_gold_and_pages(gold24, bodies24):
    manifest = inv.check_manifest(INVENTED24, gold24, bodies24)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
