"""The forty-second invented multi-outlet corpus (tests/data/corpus/invented42: 24 pages, 16
outlets, 10 stories, a banking, insurance and personal-finance desk's ten days in an invented
country, written blind after the first twenty-four), scored with the shared scorer, and checks on
the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit b1fe95a (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 87.5 with one reversed, passages F1 84.2,
disagreements P 80.0 R 40.0 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED42 = inv.folder("invented42")


@pytest.fixture(scope="module")
def records42():
    return inv.records(INVENTED42, 24)


@pytest.fixture(scope="module")
def bodies42(records42):
    return inv.bodies(records42)


@pytest.fixture(scope="module")
def output42(records42):
    return inv.output(records42)


@pytest.fixture(scope="module")
def gold42():
    return inv.gold(INVENTED42)


def test_invented42_floors(output42, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED42 / "gold.json", output42, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (18 hard negatives, 15 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 87.4 and art["reversed"] <= 1, art  # 87.5, 1 reversed (blind)
    assert res["reuse"]["passages"]["f1"] >= 87.9, res["reuse"]["passages"]  # 88.0 (blind 84.2: a reworded quotation aligned)
    dis = res["disagreements"]
    assert dis["p"] >= 99.9 and dis["r"] >= 49.9, dis  # 100 / 50.0 post hoc (blind 80.0 / 40.0; held out 100 / 40.0)
    assert dis["false_alarms_on_traps"] == 0, dis  # 0 of 49 (blind 1; the learned filter drops it, held out)


def test_invented42_every_article_in_one_story(output42, gold42):
    inv.check_every_article_in_one_story(output42, gold42)


def test_invented42_spans_are_body_slices(output42, bodies42):
    inv.check_spans_are_body_slices(output42, bodies42)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented42_gold_texts_are_in_the_extracted_bodies(gold42, bodies42):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold42, bodies42)
    assert not missing, missing


def test_invented42_gold_is_consistent(gold42, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED42, gold42, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 49


def test_invented42_manifest_matches_gold_and_pages(gold42, bodies42):
    manifest = inv.check_manifest(INVENTED42, gold42, bodies42)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 16
