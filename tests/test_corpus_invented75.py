"""The seventy-fifth invented multi-outlet corpus (tests/data/corpus/invented75: 26 pages, 12
outlets, 10 stories, a fisheries and ports desk's ten days in an invented island country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 38fcc5b (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 100 with none reversed, passages F1 100,
disagreements P 90.0 R 47.4 with no trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED75 = inv.folder("invented75")


@pytest.fixture(scope="module")
def records75():
    return inv.records(INVENTED75, 26)


@pytest.fixture(scope="module")
def bodies75(records75):
    return inv.bodies(records75)


@pytest.fixture(scope="module")
def output75(records75):
    return inv.output(records75)


@pytest.fixture(scope="module")
def gold75():
    return inv.gold(INVENTED75)


def test_invented75_floors(output75, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED75 / "gold.json", output75, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (22 hard negatives, 17 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100.0, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100.0
    dis = res["disagreements"]
    assert dis["p"] >= 92.2 and dis["r"] >= 63.1, dis  # 92.3 / 63.2 at the eighteenth session's end (blind 90.0 / 47.4, 19 gold)
    assert dis["false_alarms_on_traps"] == 0, dis  # 0 of 43


def test_invented75_every_article_in_one_story(output75, gold75):
    inv.check_every_article_in_one_story(output75, gold75)


def test_invented75_spans_are_body_slices(output75, bodies75):
    inv.check_spans_are_body_slices(output75, bodies75)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented75_gold_texts_are_in_the_extracted_bodies(gold75, bodies75):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold75, bodies75)
    # One known exception, kept in the gold as the page prints it (README, "Blind scores"): the
    # extractor folds the page's "m&sup2;" to "m2", so the trap text "2,400 m\u00b2" reads
    # "2,400 m2" in the body. Anything else missing is a slip.
    assert missing == [("grimsaytoday-fish-market.html", "2,400 m\u00b2")], missing
    assert "2,400 m2" in bodies75["grimsaytoday-fish-market.html"].body


def test_invented75_gold_is_consistent(gold75, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED75, gold75, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 43


def test_invented75_manifest_matches_gold_and_pages(gold75, bodies75):
    manifest = inv.check_manifest(INVENTED75, gold75, bodies75)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
