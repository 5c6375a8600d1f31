"""The forty-fifth invented multi-outlet corpus (tests/data/corpus/invented45: 25 pages, 15
outlets, 9 stories, a ports, shipping and fisheries desk's ten days in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 576c516 (HEAD fa9c070; README.md, "Blind scores"): stories B-cubed
F1 85.2, same-story pairs F1 86.7, reuse article pairs F1 60.0 with none reversed, passages F1 63.6,
disagreements P 75.0 R 35.3 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED45 = inv.folder("invented45")


@pytest.fixture(scope="module")
def records45():
    return inv.records(INVENTED45, 25)


@pytest.fixture(scope="module")
def bodies45(records45):
    return inv.bodies(records45)


@pytest.fixture(scope="module")
def output45(records45):
    return inv.output(records45)


@pytest.fixture(scope="module")
def gold45():
    return inv.gold(INVENTED45)


def test_invented45_floors(output45, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED45 / "gold.json", output45, tmp_path)
    assert res["stories"]["f1"] >= 96.6 and res["stories"]["r"] >= 99.9, res["stories"]  # 96.7 post hoc (blind 85.2: the wire's four pages in one story)
    assert res["pairs"]["f1"] >= 93.7, res["pairs"]  # 93.8 post hoc (blind 86.7; 18 hard negatives, 15 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 92.2 and art["reversed"] == 0, art  # 92.3 post hoc, none reversed (blind 60.0: three wire rewrites missed)
    assert res["reuse"]["passages"]["f1"] >= 96.2, res["reuse"]["passages"]  # 96.3 post hoc (blind 63.6)
    dis = res["disagreements"]
    assert dis["p"] >= 72.6 and dis["r"] >= 47.0, dis  # 72.7 / 47.1 post hoc (blind 75.0 / 35.3: the wire's pages, now in their stories, add pairs)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 50 blind (the exclusion zone on Tuesday vs Wednesday)


def test_invented45_every_article_in_one_story(output45, gold45):
    inv.check_every_article_in_one_story(output45, gold45)


def test_invented45_spans_are_body_slices(output45, bodies45):
    inv.check_spans_are_body_slices(output45, bodies45)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented45_gold_texts_are_in_the_extracted_bodies(gold45, bodies45):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold45, bodies45)
    assert not missing, missing


def test_invented45_gold_is_consistent(gold45, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED45, gold45, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 50


def test_invented45_manifest_matches_gold_and_pages(gold45, bodies45):
    manifest = inv.check_manifest(INVENTED45, gold45, bodies45)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 15
