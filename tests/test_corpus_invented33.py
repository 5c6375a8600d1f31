"""The thirty-third invented multi-outlet corpus (tests/data/corpus/invented33: 24 pages, 13
outlets, 10 stories, a city crime and courts desk's ten days in an invented country, written blind
after the first twenty-four), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 6d85427 (README.md, "Blind scores"; gold with the four rewritten
sentences added after the run, see "Gold slips"): stories B-cubed F1 100, same-story pairs F1 100,
reuse article pairs F1 85.7 with one reversed, passages F1 83.2, disagreements P 50.0 R 33.3 with
two trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED33 = inv.folder("invented33")


@pytest.fixture(scope="module")
def records33():
    return inv.records(INVENTED33, 24)


@pytest.fixture(scope="module")
def bodies33(records33):
    return inv.bodies(records33)


@pytest.fixture(scope="module")
def output33(records33):
    return inv.output(records33)


@pytest.fixture(scope="module")
def gold33():
    return inv.gold(INVENTED33)


def test_invented33_floors(output33, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED33 / "gold.json", output33, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (18 hard negatives, 12 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100 now (blind 85.7, 1 reversed: court -> VNA verdict, same day)
    assert res["reuse"]["passages"]["f1"] >= 96.2, res["reuse"]["passages"]  # 96.3 now (blind 83.2, P 93.3 R 75.0)
    dis = res["disagreements"]
    assert dis["p"] >= 49.9 and dis["r"] >= 33.2, dis  # blind 50.0 / 33.3
    assert dis["false_alarms_on_traps"] <= 2, dis  # blind 2 of 22


def test_invented33_every_article_in_one_story(output33, gold33):
    inv.check_every_article_in_one_story(output33, gold33)


def test_invented33_spans_are_body_slices(output33, bodies33):
    inv.check_spans_are_body_slices(output33, bodies33)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented33_gold_texts_are_in_the_extracted_bodies(gold33, bodies33):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold33, bodies33)
    assert not missing, missing


def test_invented33_gold_is_consistent(gold33, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED33, gold33, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 22


def test_invented33_manifest_matches_gold_and_pages(gold33, bodies33):
    manifest = inv.check_manifest(INVENTED33, gold33, bodies33)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 13
