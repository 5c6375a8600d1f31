"""The seventieth invented multi-outlet corpus (tests/data/corpus/invented70: 25 pages, 14
outlets, 9 stories, a schools desk's two weeks in an invented country, written blind), scored with
the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 325eff2 (README.md, "Blind scores"): stories B-cubed F1 88.7,
same-story pairs F1 81.3, reuse article pairs F1 83.3 with one reversed, passages F1 67.1,
disagreements P 81.8 R 60.0 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED70 = inv.folder("invented70")


@pytest.fixture(scope="module")
def records70():
    return inv.records(INVENTED70, 25)


@pytest.fixture(scope="module")
def bodies70(records70):
    return inv.bodies(records70)


@pytest.fixture(scope="module")
def output70(records70):
    return inv.output(records70)


@pytest.fixture(scope="module")
def gold70():
    return inv.gold(INVENTED70)


def test_invented70_floors(output70, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED70 / "gold.json", output70, tmp_path)
    assert res["stories"]["f1"] >= 99.9, res["stories"]  # 100 (blind 88.7; 95.0 after the eighteenth session; the exam board's releases and the wire's items dated, dd35ac5)
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100 (20 hard negatives, 13 positives; blind 81.3)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, none reversed (blind 83.3, 1 reversed)
    assert res["reuse"]["passages"]["f1"] >= 84.8, res["reuse"]["passages"]  # 84.9 (blind 67.1)
    dis = res["disagreements"]
    assert dis["p"] >= 76.8 and dis["r"] >= 66.6, dis  # 76.9 / 66.7 with the model's promotion (2026-12-07; floors before: 81.7 / 59.9) (81.8 / 60.0 (blind))
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 now (before: 1 of 46 (blind))


def test_invented70_every_article_in_one_story(output70, gold70):
    inv.check_every_article_in_one_story(output70, gold70)


def test_invented70_spans_are_body_slices(output70, bodies70):
    inv.check_spans_are_body_slices(output70, bodies70)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented70_gold_texts_are_in_the_extracted_bodies(gold70, bodies70):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold70, bodies70)
    assert not missing, missing


def test_invented70_gold_is_consistent(gold70, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED70, gold70, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 46


def test_invented70_manifest_matches_gold_and_pages(gold70, bodies70):
    manifest = inv.check_manifest(INVENTED70, gold70, bodies70)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
