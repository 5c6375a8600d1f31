"""The forty-seventh invented multi-outlet corpus (tests/data/corpus/invented47: 27 pages, 16
outlets, 9 stories, an arts and culture desk's two weeks in an invented country, written blind),
scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 200300b (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 100 with none reversed, passages F1 100,
disagreements P 90.0 R 52.9 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED47 = inv.folder("invented47")


@pytest.fixture(scope="module")
def records47():
    return inv.records(INVENTED47, 27)


@pytest.fixture(scope="module")
def bodies47(records47):
    return inv.bodies(records47)


@pytest.fixture(scope="module")
def output47(records47):
    return inv.output(records47)


@pytest.fixture(scope="module")
def gold47():
    return inv.gold(INVENTED47)


def test_invented47_floors(output47, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED47 / "gold.json", output47, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (18 hard negatives, 14 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100.0, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100.0
    dis = res["disagreements"]
    # 90.0 / 52.9 blind (ae5b6c8, 9 of 17 found); held out at the session's end 81.8 / 52.9 (one
    # more wrong prediction; the corpus was not read)
    assert dis["p"] >= 81.7 and dis["r"] >= 52.8, dis
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 46 (blind)


def test_invented47_every_article_in_one_story(output47, gold47):
    inv.check_every_article_in_one_story(output47, gold47)


def test_invented47_spans_are_body_slices(output47, bodies47):
    inv.check_spans_are_body_slices(output47, bodies47)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented47_gold_texts_are_in_the_extracted_bodies(gold47, bodies47):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold47, bodies47)
    assert not missing, missing


def test_invented47_gold_is_consistent(gold47, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED47, gold47, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 46


def test_invented47_manifest_matches_gold_and_pages(gold47, bodies47):
    manifest = inv.check_manifest(INVENTED47, gold47, bodies47)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 16
