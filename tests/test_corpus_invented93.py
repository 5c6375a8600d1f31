"""The ninety-third invented multi-outlet corpus (tests/data/corpus/invented93: 25 pages, 12
outlets, 9 stories, an electoral desk's fortnight in an invented country, written blind), scored
with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 4f4113d (scored at 0fd38df; README.md, "Blind scores"): stories
B-cubed F1 87.8, same-story pairs F1 86.5, reuse article pairs F1 100, passages F1 100,
disagreements P 73.3 R 61.1 with no trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED93 = inv.folder("invented93")


@pytest.fixture(scope="module")
def records93():
    return inv.records(INVENTED93, 25)


@pytest.fixture(scope="module")
def bodies93(records93):
    return inv.bodies(records93)


@pytest.fixture(scope="module")
def output93(records93):
    return inv.output(records93)


@pytest.fixture(scope="module")
def gold93():
    return inv.gold(INVENTED93)


def test_invented93_floors(output93, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED93 / "gold.json", output93, tmp_path)
    assert res["stories"]["f1"] >= 99.9, res["stories"]  # 100 (blind 87.8, P 78.3: the recount and the misprint joined their by-election's story; EVENT_APART_SHARE 0.2 (nineteenth session))
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100 (18 hard negatives, 16 positives; blind 86.5)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100
    dis = res["disagreements"]
    assert dis["p"] >= 76.8 and dis["r"] >= 55.5, dis  # 76.9 / 55.6 (blind 73.3 / 61.1: with the recount its own story, its majority is no longer paired with the count's)
    assert dis["false_alarms_on_traps"] == 0, dis  # 0 of 49


def test_invented93_every_article_in_one_story(output93, gold93):
    inv.check_every_article_in_one_story(output93, gold93)


def test_invented93_spans_are_body_slices(output93, bodies93):
    inv.check_spans_are_body_slices(output93, bodies93)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented93_gold_texts_are_in_the_extracted_bodies(gold93, bodies93):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold93, bodies93)
    assert not missing, missing


def test_invented93_gold_is_consistent(gold93, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED93, gold93, tmp_path)
    assert len(traps) == 49
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps), res["disagreements"]


def test_invented93_manifest_matches_gold_and_pages(gold93, bodies93):
    manifest = inv.check_manifest(INVENTED93, gold93, bodies93)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
