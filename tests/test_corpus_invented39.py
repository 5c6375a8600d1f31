"""The thirty-ninth invented multi-outlet corpus (tests/data/corpus/invented39: 23 pages, 14
outlets, 9 stories, a telecoms, internet and media desk's ten days in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit f525359 (src as of b1fe95a; README.md, "Blind scores"): stories
B-cubed F1 100, same-story pairs F1 100, reuse article pairs F1 100 with none reversed, passages F1
97.9 (on the gold with its four added passages), disagreements P 25.0 R 12.5 with one trap false
alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED39 = inv.folder("invented39")


@pytest.fixture(scope="module")
def records39():
    return inv.records(INVENTED39, 23)


@pytest.fixture(scope="module")
def bodies39(records39):
    return inv.bodies(records39)


@pytest.fixture(scope="module")
def output39(records39):
    return inv.output(records39)


@pytest.fixture(scope="module")
def gold39():
    return inv.gold(INVENTED39)


def test_invented39_floors(output39, tmp_path):
    """Floors just under the blind scores (README, "Blind scores"; gold as fixed there)."""
    res = _score(INVENTED39 / "gold.json", output39, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (18 hard negatives, 13 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, 0 reversed
    assert res["reuse"]["passages"]["f1"] >= 97.8, res["reuse"]["passages"]  # 97.9 (23 of 24; 97.4 on the gold as first committed)
    dis = res["disagreements"]
    assert dis["p"] >= 66.6 and dis["r"] >= 49.9, dis  # 66.7 / 50.0 post hoc (blind 25.0 / 12.5; held out at ae81f16 33.3 / 12.5)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 47 blind


def test_invented39_every_article_in_one_story(output39, gold39):
    inv.check_every_article_in_one_story(output39, gold39)


def test_invented39_spans_are_body_slices(output39, bodies39):
    inv.check_spans_are_body_slices(output39, bodies39)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented39_gold_texts_are_in_the_extracted_bodies(gold39, bodies39):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold39, bodies39)
    assert not missing, missing


def test_invented39_gold_is_consistent(gold39, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED39, gold39, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 47


def test_invented39_manifest_matches_gold_and_pages(gold39, bodies39):
    manifest = inv.check_manifest(INVENTED39, gold39, bodies39)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
