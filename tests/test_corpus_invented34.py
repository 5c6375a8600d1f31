"""The thirty-fourth invented multi-outlet corpus (tests/data/corpus/invented34: 23 pages, 14
outlets, 9 stories, a labour and economy desk's ten days in an invented country, written blind
after the first twenty-four), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit d466526 (src as of 6d85427; README.md, "Blind scores"): stories
B-cubed F1 95.5, same-story pairs F1 91.4, reuse article pairs F1 92.3 with none reversed, passages
F1 91.4, disagreements P 33.3 R 25.0 with no trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED34 = inv.folder("invented34")


@pytest.fixture(scope="module")
def records34():
    return inv.records(INVENTED34, 23)


@pytest.fixture(scope="module")
def bodies34(records34):
    return inv.bodies(records34)


@pytest.fixture(scope="module")
def output34(records34):
    return inv.output(records34)


@pytest.fixture(scope="module")
def gold34():
    return inv.gold(INVENTED34)


def test_invented34_floors(output34, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED34 / "gold.json", output34, tmp_path)
    assert res["stories"]["f1"] >= 96.9 and res["stories"]["r"] >= 94.1, res["stories"]  # 97.0 (R 94.2) now, the release and its wire rewrite one story (blind 95.5, R 91.3)
    assert res["pairs"]["f1"] >= 94.3, res["pairs"]  # 94.4 now (blind 91.4; 17 hard negatives, 19 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100 now (blind 92.3, none reversed: VSO -> VNA missed, split)
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100 now (blind 91.4)
    dis = res["disagreements"]
    assert dis["p"] >= 28.5 and dis["r"] >= 24.9, dis  # 28.6 / 25.0 now: the rejoined story adds a wrong pair (blind 33.3 / 25.0)
    assert dis["false_alarms_on_traps"] == 0, dis  # blind 0 of 34


def test_invented34_every_article_in_one_story(output34, gold34):
    inv.check_every_article_in_one_story(output34, gold34)


def test_invented34_spans_are_body_slices(output34, bodies34):
    inv.check_spans_are_body_slices(output34, bodies34)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented34_gold_texts_are_in_the_extracted_bodies(gold34, bodies34):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold34, bodies34)
    assert not missing, missing


def test_invented34_gold_is_consistent(gold34, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED34, gold34, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 34


def test_invented34_manifest_matches_gold_and_pages(gold34, bodies34):
    manifest = inv.check_manifest(INVENTED34, gold34, bodies34)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
