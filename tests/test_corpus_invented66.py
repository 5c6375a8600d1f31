"""The sixty-sixth invented multi-outlet corpus (tests/data/corpus/invented66: 24 pages, 14
outlets, 9 stories, a banking and insurance desk's eleven days in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 097a324 (HEAD edec5b7; README.md, "Blind scores"): stories B-cubed
F1 88.1, same-story pairs F1 82.8, reuse article pairs F1 87.5 with one reversed, passages F1 86.7,
disagreements P 80.0 R 40.0 with one trap false alarm (after the one gold slip fixed; as committed
P 70.0 R 36.8; the precision floor is lower, see the test). The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED66 = inv.folder("invented66")


@pytest.fixture(scope="module")
def records66():
    return inv.records(INVENTED66, 24)


@pytest.fixture(scope="module")
def bodies66(records66):
    return inv.bodies(records66)


@pytest.fixture(scope="module")
def output66(records66):
    return inv.output(records66)


@pytest.fixture(scope="module")
def gold66():
    return inv.gold(INVENTED66)


def test_invented66_floors(output66, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED66 / "gold.json", output66, tmp_path)
    # (raised to the seventeenth session's end, 2e9df43, held out: 94.1, P 93.8 R 94.4; blind 88.1, P 82.6)
    assert res["stories"]["f1"] >= 94.0 and res["stories"]["r"] >= 94.3, res["stories"]
    assert res["pairs"]["f1"] >= 92.2, res["pairs"]  # end 92.3; blind 82.8 (17 hard negatives, 14 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 87.4 and art["reversed"] <= 1, art  # 87.5, 1 reversed
    assert res["reuse"]["passages"]["f1"] >= 86.6, res["reuse"]["passages"]  # 86.7
    dis = res["disagreements"]
    # blind 80.0 / 40.0 (as committed, before the gold slip fix: 70.0 / 36.8); the P floor sits under
    # 72.7, what the working tree of 2026-12-07 14:10 UTC gave (uncommitted disagreement work of
    # another session adds one wrong group: Brennic's fine before the discount vs Fair Money's 14.6m)
    assert dis["p"] >= 72.6 and dis["r"] >= 39.9, dis
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 56


def test_invented66_every_article_in_one_story(output66, gold66):
    inv.check_every_article_in_one_story(output66, gold66)


def test_invented66_spans_are_body_slices(output66, bodies66):
    inv.check_spans_are_body_slices(output66, bodies66)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented66_gold_texts_are_in_the_extracted_bodies(gold66, bodies66):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold66, bodies66)
    assert not missing, missing


def test_invented66_gold_is_consistent(gold66, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED66, gold66, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 56


def test_invented66_manifest_matches_gold_and_pages(gold66, bodies66):
    manifest = inv.check_manifest(INVENTED66, gold66, bodies66)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
