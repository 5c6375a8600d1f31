"""The thirty-seventh invented multi-outlet corpus (tests/data/corpus/invented37: 24 pages, 13
outlets, 10 stories, a water, pollution and utilities desk's ten days in an invented country,
written blind after the first twenty-four), scored with the shared scorer, and checks on the data
itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 5f13068 (README.md, "Blind scores"): stories B-cubed F1 96.8,
same-story pairs F1 93.3, reuse article pairs F1 100 with none reversed, passages F1 100,
disagreements P 40.0 R 20.0 with two trap false alarms (on the gold completed after the run; none
on the gold as first committed). The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED37 = inv.folder("invented37")


@pytest.fixture(scope="module")
def records37():
    return inv.records(INVENTED37, 24)


@pytest.fixture(scope="module")
def bodies37(records37):
    return inv.bodies(records37)


@pytest.fixture(scope="module")
def output37(records37):
    return inv.output(records37)


@pytest.fixture(scope="module")
def gold37():
    return inv.gold(INVENTED37)


def test_invented37_floors(output37, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED37 / "gold.json", output37, tmp_path)
    # 96.8 blind (the dam joined the boil notice, P 93.8); b1fe95a's head rule then put the wire's five
    # pages, all titled by its masthead, in one story (77.7); with the wire's headline and date read
    # (55ae4f4) 96.8 again, R 93.8: the explainer of 31 August is a story of its own, eight days after
    # the wire's now dated spill report
    assert res["stories"]["f1"] >= 96.7 and res["stories"]["r"] >= 93.7, res["stories"]
    assert res["pairs"]["f1"] >= 92.2, res["pairs"]  # 92.3 after 55ae4f4, P 100 (blind 93.3, P 87.5; 17 hard negatives, 14 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100
    dis = res["disagreements"]
    assert dis["p"] >= 59.9 and dis["r"] >= 29.9, dis  # 60.0 / 30.0 post hoc (blind 40.0 / 20.0)
    assert dis["false_alarms_on_traps"] <= 2, dis  # 2 of 43 blind


def test_invented37_every_article_in_one_story(output37, gold37):
    inv.check_every_article_in_one_story(output37, gold37)


def test_invented37_spans_are_body_slices(output37, bodies37):
    inv.check_spans_are_body_slices(output37, bodies37)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented37_gold_texts_are_in_the_extracted_bodies(gold37, bodies37):
    """Every gold reuse sentence and every gold or trap figure text is in its file's body as the
    extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold37, bodies37)
    assert not missing, missing


def test_invented37_gold_is_consistent(gold37, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED37, gold37, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 43


def test_invented37_manifest_matches_gold_and_pages(gold37, bodies37):
    manifest = inv.check_manifest(INVENTED37, gold37, bodies37)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 13
