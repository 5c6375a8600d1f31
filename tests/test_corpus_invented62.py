"""The sixty-second invented multi-outlet corpus (tests/data/corpus/invented62: 25 pages, 13
outlets, 9 stories, a sport governance and events desk's twelve days in an invented country,
written blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 1a9422c (scored at HEAD 62a8988; README.md, "Blind scores"): stories
B-cubed F1 88.7 (R 100), same-story pairs F1 81.1, reuse article pairs F1 72.7 with one reversed,
passages F1 73.9, disagreements P 72.7 R 44.4 with three trap false alarms. The lead raises them
after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED62 = inv.folder("invented62")


@pytest.fixture(scope="module")
def records62():
    return inv.records(INVENTED62, 25)


@pytest.fixture(scope="module")
def bodies62(records62):
    return inv.bodies(records62)


@pytest.fixture(scope="module")
def output62(records62):
    return inv.output(records62)


@pytest.fixture(scope="module")
def gold62():
    return inv.gold(INVENTED62)


def test_invented62_floors(output62, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED62 / "gold.json", output62, tmp_path)
    assert res["stories"]["f1"] >= 88.6 and res["stories"]["r"] >= 99.9, res["stories"]  # 88.7 / R 100
    assert res["pairs"]["f1"] >= 81.0, res["pairs"]  # 81.1 (23 hard negatives, 15 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 72.6 and art["reversed"] <= 1, art  # 72.7, 1 reversed (blind)
    assert res["reuse"]["passages"]["f1"] >= 73.8, res["reuse"]["passages"]  # 73.9 (blind)
    dis = res["disagreements"]
    assert dis["p"] >= 72.6 and dis["r"] >= 44.3, dis  # 72.7 / 44.4 (blind)
    assert dis["false_alarms_on_traps"] <= 3, dis  # 3 of 45 (blind; 46 traps then, one dropped after the run: its text was in the headline only)


def test_invented62_every_article_in_one_story(output62, gold62):
    inv.check_every_article_in_one_story(output62, gold62)


def test_invented62_spans_are_body_slices(output62, bodies62):
    inv.check_spans_are_body_slices(output62, bodies62)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented62_gold_texts_are_in_the_extracted_bodies(gold62, bodies62):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold62, bodies62)
    assert not missing, missing


def test_invented62_gold_is_consistent(gold62, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED62, gold62, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 45


def test_invented62_manifest_matches_gold_and_pages(gold62, bodies62):
    manifest = inv.check_manifest(INVENTED62, gold62, bodies62)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 13
