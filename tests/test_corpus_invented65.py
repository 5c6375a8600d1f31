"""The sixty-fifth invented multi-outlet corpus (tests/data/corpus/invented65: 27 pages, 13
outlets, 9 stories, a farming and livestock desk's two weeks in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 93ebe26 (README.md, "Blind scores"): stories B-cubed F1 92.4,
same-story pairs F1 89.7, reuse article pairs F1 87.5 with none reversed, passages F1 93.3,
disagreements P 90.9 R 62.5 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED65 = inv.folder("invented65")


@pytest.fixture(scope="module")
def records65():
    return inv.records(INVENTED65, 27)


@pytest.fixture(scope="module")
def bodies65(records65):
    return inv.bodies(records65)


@pytest.fixture(scope="module")
def output65(records65):
    return inv.output(records65)


@pytest.fixture(scope="module")
def gold65():
    return inv.gold(INVENTED65)


def test_invented65_floors(output65, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED65 / "gold.json", output65, tmp_path)
    assert res["stories"]["f1"] >= 92.3 and res["stories"]["r"] >= 88.8, res["stories"]  # 92.4, R 88.9
    assert res["pairs"]["f1"] >= 89.6, res["pairs"]  # 89.7 (22 hard negatives, 15 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # end (2e9df43, held out) 100; blind 87.5, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # end 100; blind 93.3
    dis = res["disagreements"]
    assert dis["p"] >= 90.8 and dis["r"] >= 62.4, dis  # 90.9 / 62.5
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 52


def test_invented65_every_article_in_one_story(output65, gold65):
    inv.check_every_article_in_one_story(output65, gold65)


def test_invented65_spans_are_body_slices(output65, bodies65):
    inv.check_spans_are_body_slices(output65, bodies65)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented65_gold_texts_are_in_the_extracted_bodies(gold65, bodies65):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold65, bodies65)
    assert not missing, missing


def test_invented65_gold_is_consistent(gold65, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files) but two: the agreements 38,000 laying
    hens = thirty-eight thousand hens and 620 vells a tonne = 620 vells per tonne are two values of a
    gold disagreement each (the hens, the urea price), so reported alone they match that
    disagreement and the scorer cannot count them as false alarms."""
    res, traps = inv.check_gold_consistent(INVENTED65, gold65, tmp_path)
    assert len(traps) == 52
    assert res["disagreements"]["false_alarms_on_traps"] == 50


def test_invented65_manifest_matches_gold_and_pages(gold65, bodies65):
    manifest = inv.check_manifest(INVENTED65, gold65, bodies65)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 13
