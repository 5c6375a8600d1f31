"""The fifth invented multi-outlet corpus (tests/data/corpus/invented5: 30 pages, 14 outlets, 9
stories, written blind after the first four), scored with the shared scorer, and checks on the
data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its
blind scores with the code of commit 01f3780, against the gold after its two slips were fixed
(README.md, "Blind scores" and "Gold slips"): stories B-cubed F1 94.3, same-story pairs F1 90.9,
reuse article pairs F1 82.4 with none reversed, passages F1 52.9, disagreements P 45.5 R 50.0
with 5 trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED5 = inv.folder("invented5")


@pytest.fixture(scope="module")
def records5():
    return inv.records(INVENTED5, 30)


@pytest.fixture(scope="module")
def bodies5(records5):
    return inv.bodies(records5)


@pytest.fixture(scope="module")
def output5(records5):
    return inv.output(records5)


@pytest.fixture(scope="module")
def gold5():
    return inv.gold(INVENTED5)


def test_invented5_floors(output5, tmp_path):
    """Floors just under the scores after the fixes its blind run prompted (README, "After the
    fixes"; blind: stories 94.3, pairs 90.9, reuse pairs 82.4 none reversed, passages 52.9,
    disagreements P 45.5 R 50.0 with 5 false alarms on traps)."""
    res = _score(INVENTED5 / "gold.json", output5, tmp_path)
    assert res["stories"]["f1"] >= 96.5, res["stories"]  # 97.0: the opinion column alone (the gold's choice)
    assert res["stories"]["p"] >= 100.0, res["stories"]  # the two same-day crashes, the talks, the cup final apart
    assert res["pairs"]["f1"] >= 95.0, res["pairs"]  # 95.7
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.0 and art["reversed"] == 0, art  # 100, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.0, res["reuse"]["passages"]  # 100
    dis = res["disagreements"]
    assert dis["p"] >= 99.0 and dis["r"] >= 99.0, dis  # 100 / 100
    assert dis["false_alarms_on_traps"] == 0, dis  # 0


def test_invented5_every_article_in_one_story(output5, gold5):
    inv.check_every_article_in_one_story(output5, gold5)


def test_invented5_spans_are_body_slices(output5, bodies5):
    inv.check_spans_are_body_slices(output5, bodies5)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented5_gold_texts_are_in_the_extracted_bodies(gold5, bodies5):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold5, bodies5)
    assert not missing, missing


def test_invented5_gold_is_consistent(gold5, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (no trap overlaps a real disagreement, each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED5, gold5, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 42


def test_invented5_manifest_matches_gold_and_pages(gold5, bodies5):
    manifest = inv.check_manifest(INVENTED5, gold5, bodies5)
    by = {m["file"]: m for m in manifest}
    # the report with no date at all: no publication date is found on it
    undated = [f for f, m in by.items() if m["published"] is None]
    assert undated == ["harbourwatch-containers.txt"]
    assert all(bodies5[f].published is None for f in undated)
