"""The ninety-seventh invented multi-outlet corpus (tests/data/corpus/invented97: 25 pages, 14
outlets, 9 stories, a telecoms and tech desk's eleven days in an invented country, written blind),
scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 0514a80 (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 66.7 with two reversed, passages F1 64.5,
disagreements P 92.9 R 72.2 (on the gold with its two slips fixed) with one trap false alarm. The
lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED97 = inv.folder("invented97")


@pytest.fixture(scope="module")
def records97():
    return inv.records(INVENTED97, 25)


@pytest.fixture(scope="module")
def bodies97(records97):
    return inv.bodies(records97)


@pytest.fixture(scope="module")
def output97(records97):
    return inv.output(records97)


@pytest.fixture(scope="module")
def gold97():
    return inv.gold(INVENTED97)


def test_invented97_floors(output97, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED97 / "gold.json", output97, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (21 hard negatives, 16 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, none reversed (blind 66.7, 2 reversed: the regulator's pages had no outlet, 8fd6e6f)
    assert res["reuse"]["passages"]["f1"] >= 97.8, res["reuse"]["passages"]  # 97.9 (blind 64.5)
    dis = res["disagreements"]
    assert dis["p"] >= 92.8 and dis["r"] >= 72.1, dis  # 92.9 / 72.2 (blind, gold slips fixed)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 37 (blind; 39 traps before the two slips were fixed)


def test_invented97_every_article_in_one_story(output97, gold97):
    inv.check_every_article_in_one_story(output97, gold97)


def test_invented97_spans_are_body_slices(output97, bodies97):
    inv.check_spans_are_body_slices(output97, bodies97)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented97_gold_texts_are_in_the_extracted_bodies(gold97, bodies97):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold97, bodies97)
    assert not missing, missing


def test_invented97_gold_is_consistent(gold97, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED97, gold97, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 37


def test_invented97_manifest_matches_gold_and_pages(gold97, bodies97):
    manifest = inv.check_manifest(INVENTED97, gold97, bodies97)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
