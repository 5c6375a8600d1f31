"""The twenty-seventh invented multi-outlet corpus (tests/data/corpus/invented27: 25 pages, 12
outlets, 10 stories, an energy and utilities desk's ten days in an invented country, written blind
after the first twenty-four), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 36a2a81 (README.md, "Blind scores"; the gold as fixed after the blind
run, one reuse sentence pair added): stories B-cubed F1 98.0, same-story pairs F1 96.6, reuse article
pairs F1 76.9 with one reversed, passages F1 75.5, disagreements P 77.8 R 58.3 with one trap false
alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED27 = inv.folder("invented27")


@pytest.fixture(scope="module")
def records27():
    return inv.records(INVENTED27, 25)


@pytest.fixture(scope="module")
def bodies27(records27):
    return inv.bodies(records27)


@pytest.fixture(scope="module")
def output27(records27):
    return inv.output(records27)


@pytest.fixture(scope="module")
def gold27():
    return inv.gold(INVENTED27)


def test_invented27_floors(output27, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED27 / "gold.json", output27, tmp_path)
    assert res["stories"]["f1"] >= 97.9 and res["stories"]["r"] >= 95.9, res["stories"]  # 98.0 (the winter warning split in two)
    assert res["pairs"]["f1"] >= 96.5, res["pairs"]  # 96.6 (15 hard negatives, 15 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 92.2 and art["reversed"] == 0, art  # 92.3 at 59755ba (blind 76.9, 1 reversed: VGO -> VNA blackout, same evening)
    assert res["reuse"]["passages"]["f1"] >= 92.6, res["reuse"]["passages"]  # 92.7 at 9d91a76, a reworded quotation no reuse (89.5 at 59755ba; blind 75.5; 71.4 against the gold as first committed)
    dis = res["disagreements"]
    # 77.8 / 58.3 with the learned filter and "About 900 of the country's 2,600 filling stations" read as
    # stations (80.0 / 66.7 at ee19b86 with the rules alone; blind 77.8 / 58.3)
    assert dis["p"] >= 77.7 and dis["r"] >= 58.2, dis
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 38 (4.82 vs 4.8 billion crowns)


def test_invented27_every_article_in_one_story(output27, gold27):
    inv.check_every_article_in_one_story(output27, gold27)


def test_invented27_spans_are_body_slices(output27, bodies27):
    inv.check_spans_are_body_slices(output27, bodies27)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented27_gold_texts_are_in_the_extracted_bodies(gold27, bodies27):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold27, bodies27)
    assert not missing, missing


def test_invented27_gold_is_consistent(gold27, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED27, gold27, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 38


def test_invented27_manifest_matches_gold_and_pages(gold27, bodies27):
    manifest = inv.check_manifest(INVENTED27, gold27, bodies27)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
