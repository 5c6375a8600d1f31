"""The fifty-first invented multi-outlet corpus (tests/data/corpus/invented51: 25 pages, 12
outlets, 9 stories, a medicines and pharmaceuticals desk's fortnight in an invented country,
written blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the committed code of afe4347 (src/ as of b9cce94; README.md, "Blind scores"): stories
B-cubed F1 100, same-story pairs F1 100, reuse article pairs F1 93.3 with none reversed, passages
F1 97.3, disagreements P 100 R 56.2 (50.0 through the in-process path this test uses) with no
trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED51 = inv.folder("invented51")


@pytest.fixture(scope="module")
def records51():
    return inv.records(INVENTED51, 25)


@pytest.fixture(scope="module")
def bodies51(records51):
    return inv.bodies(records51)


@pytest.fixture(scope="module")
def output51(records51):
    return inv.output(records51)


@pytest.fixture(scope="module")
def gold51():
    return inv.gold(INVENTED51)


def test_invented51_floors(output51, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED51 / "gold.json", output51, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (19 hard negatives, 14 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 93.2 and art["reversed"] == 0, art  # 93.3 (P 87.5: a repeated quotation taken as reuse)
    assert res["reuse"]["passages"]["f1"] >= 97.2, res["reuse"]["passages"]  # 97.3
    dis = res["disagreements"]
    assert dis["p"] >= 99.9 and dis["r"] >= 49.9, dis  # 100 / 50.0 in process (8 of 16; the CLI finds 9: 56.2)
    assert dis["false_alarms_on_traps"] == 0, dis  # 0 of 41


def test_invented51_every_article_in_one_story(output51, gold51):
    inv.check_every_article_in_one_story(output51, gold51)


def test_invented51_spans_are_body_slices(output51, bodies51):
    inv.check_spans_are_body_slices(output51, bodies51)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented51_gold_texts_are_in_the_extracted_bodies(gold51, bodies51):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold51, bodies51)
    assert not missing, missing


def test_invented51_gold_is_consistent(gold51, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED51, gold51, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 41


def test_invented51_manifest_matches_gold_and_pages(gold51, bodies51):
    manifest = inv.check_manifest(INVENTED51, gold51, bodies51)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
