"""The forty-first invented multi-outlet corpus (tests/data/corpus/invented41: 22 pages, 14
outlets, 8 stories, a defence and security desk's ten days in an invented country, its neighbour
and an ally, written blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit b1fe95a (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 100 with none reversed, passages F1 94.7,
disagreements P 62.5 R 50.0 with two trap false alarms (on the two traps completed after the run).
The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED41 = inv.folder("invented41")


@pytest.fixture(scope="module")
def records41():
    return inv.records(INVENTED41, 22)


@pytest.fixture(scope="module")
def bodies41(records41):
    return inv.bodies(records41)


@pytest.fixture(scope="module")
def output41(records41):
    return inv.output(records41)


@pytest.fixture(scope="module")
def gold41():
    return inv.gold(INVENTED41)


def test_invented41_floors(output41, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED41 / "gold.json", output41, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (17 hard negatives, 18 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100 (blind 94.7, P 90.0: a reworded quotation aligned)
    dis = res["disagreements"]
    assert dis["p"] >= 69.9 and dis["r"] >= 69.9, dis  # 70.0 / 70.0 with the model's promotion (2026-12-07; floors before: 77.7 / 69.9) (77.8 / 70.0 post hoc (blind 62.5 / 50.0; held out 71.4 / 50.0))
    assert dis["false_alarms_on_traps"] <= 2, dis  # 2 now (before: 2 of 38)


def test_invented41_every_article_in_one_story(output41, gold41):
    inv.check_every_article_in_one_story(output41, gold41)


def test_invented41_spans_are_body_slices(output41, bodies41):
    inv.check_spans_are_body_slices(output41, bodies41)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented41_gold_texts_are_in_the_extracted_bodies(gold41, bodies41):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold41, bodies41)
    assert not missing, missing


def test_invented41_gold_is_consistent(gold41, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files) but one: "12 nautical miles = 22
    kilometres" joins two values of one side of a gold disagreement (where the collision happened),
    so the scorer takes it for that disagreement."""
    res, traps = inv.check_gold_consistent(INVENTED41, gold41, tmp_path)
    assert len(traps) == 38
    assert res["disagreements"]["false_alarms_on_traps"] == 37


def test_invented41_manifest_matches_gold_and_pages(gold41, bodies41):
    manifest = inv.check_manifest(INVENTED41, gold41, bodies41)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
