"""The fortieth invented multi-outlet corpus (tests/data/corpus/invented40: 23 pages, 14 outlets,
10 stories, a consumer safety and product recall desk's ten days in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit b1fe95a (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 87.5 with none reversed, passages F1 85.1,
disagreements P 60.0 R 50.0 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED40 = inv.folder("invented40")


@pytest.fixture(scope="module")
def records40():
    return inv.records(INVENTED40, 23)


@pytest.fixture(scope="module")
def bodies40(records40):
    return inv.bodies(records40)


@pytest.fixture(scope="module")
def output40(records40):
    return inv.output(records40)


@pytest.fixture(scope="module")
def gold40():
    return inv.gold(INVENTED40)


def test_invented40_floors(output40, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED40 / "gold.json", output40, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (17 hard negatives, 13 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 93.2 and art["reversed"] == 0, art  # 93.3 (87.5 blind), none reversed: the re-attributed quotation no pair
    assert res["reuse"]["passages"]["f1"] >= 92.9, res["reuse"]["passages"]  # 93.0 (P 100 R 87.0; blind 85.1, P 83.3)
    dis = res["disagreements"]
    assert dis["p"] >= 66.6 and dis["r"] >= 66.6, dis  # 66.7 / 66.7 post hoc (blind 60.0 / 50.0, held out the same)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 35


def test_invented40_every_article_in_one_story(output40, gold40):
    inv.check_every_article_in_one_story(output40, gold40)


def test_invented40_spans_are_body_slices(output40, bodies40):
    inv.check_spans_are_body_slices(output40, bodies40)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented40_gold_texts_are_in_the_extracted_bodies(gold40, bodies40):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold40, bodies40)
    assert not missing, missing


def test_invented40_gold_is_consistent(gold40, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED40, gold40, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 35


def test_invented40_manifest_matches_gold_and_pages(gold40, bodies40):
    manifest = inv.check_manifest(INVENTED40, gold40, bodies40)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
