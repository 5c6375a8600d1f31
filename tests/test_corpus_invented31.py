"""The thirty-first invented multi-outlet corpus (tests/data/corpus/invented31: 22 pages, 12
outlets, 9 stories, a humanitarian and migration desk's ten days: an island state on a sea route,
refugee camps in a neighbouring region, a UN agency, charities; written blind after the first
twenty-four), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 0a5675e (README.md, "Blind scores"): stories B-cubed F1 95.2,
same-story pairs F1 92.9, reuse article pairs F1 100 with none reversed, passages F1 100,
disagreements P 42.9 R 30.0 with two trap false alarms (after one gold slip
fixed: README, "Gold slips"). The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED31 = inv.folder("invented31")


@pytest.fixture(scope="module")
def records31():
    return inv.records(INVENTED31, 22)


@pytest.fixture(scope="module")
def bodies31(records31):
    return inv.bodies(records31)


@pytest.fixture(scope="module")
def output31(records31):
    return inv.output(records31)


@pytest.fixture(scope="module")
def gold31():
    return inv.gold(INVENTED31)


def test_invented31_floors(output31, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED31 / "gold.json", output31, tmp_path)
    assert res["stories"]["f1"] >= 95.1 and res["stories"]["r"] >= 99.9, res["stories"]  # 95.2 (flight + ruling merged)
    assert res["pairs"]["f1"] >= 92.8, res["pairs"]  # 92.9 (19 hard negatives, 13 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100
    dis = res["disagreements"]
    assert dis["p"] >= 57.0 and dis["r"] >= 39.9, dis  # 57.1 / 40.0 at 6d85427 (blind 42.9 / 30.0; 57.1 / 40.0 before the gold slip fixed)
    assert dis["false_alarms_on_traps"] <= 2, dis  # 2 of 51 blind


def test_invented31_every_article_in_one_story(output31, gold31):
    inv.check_every_article_in_one_story(output31, gold31)


def test_invented31_spans_are_body_slices(output31, bodies31):
    inv.check_spans_are_body_slices(output31, bodies31)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented31_gold_texts_are_in_the_extracted_bodies(gold31, bodies31):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold31, bodies31)
    assert not missing, missing


def test_invented31_gold_is_consistent(gold31, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED31, gold31, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 51


def test_invented31_manifest_matches_gold_and_pages(gold31, bodies31):
    manifest = inv.check_manifest(INVENTED31, gold31, bodies31)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
