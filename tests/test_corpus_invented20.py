"""The twentieth invented multi-outlet corpus (tests/data/corpus/invented20: 24 pages, 12 outlets,
10 stories, one city's local news over three days as a local-news aggregator collects it, written
blind after the first eighteen), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit d7cf197 (README.md, "Blind scores"): stories B-cubed F1 100.0,
same-story pairs F1 100.0, reuse article pairs F1 77.8 with two reversed, passages F1 81.1,
disagreements P 57.1 R 57.1 with two trap false alarms. After the fixes (b9490a5: issuers' head
blocks; fa42256: reuse classes) stories, reuse and passages are 100 / 100 (none reversed) / 100
and their floors sit just under that; the disagreement floors are the lead's.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED20 = inv.folder("invented20")


@pytest.fixture(scope="module")
def records20():
    return inv.records(INVENTED20, 24)


@pytest.fixture(scope="module")
def bodies20(records20):
    return inv.bodies(records20)


@pytest.fixture(scope="module")
def output20(records20):
    return inv.output(records20)


@pytest.fixture(scope="module")
def gold20():
    return inv.gold(INVENTED20)


def test_invented20_floors(output20, tmp_path):
    """Floors just under the scores after the fixes (README, "After the fixes"; the blind ones in
    comments); disagreements: the blind floors."""
    res = _score(INVENTED20 / "gold.json", output20, tmp_path)
    assert res["stories"]["f1"] >= 95.6 and res["stories"]["p"] >= 99.9, res["stories"]  # 95.7 (R 91.7; 100 before EVENT_APART_SHARE 0.2 (nineteenth session): the flood a day after its warning is held apart as a later event, gold keeps them one story)
    assert res["pairs"]["f1"] >= 91.6, res["pairs"]  # 91.7 (14 hard negatives, 13 positives; 100 before EVENT_APART_SHARE 0.2 (nineteenth session))
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100 (blind 77.8, 2 reversed: two institutions' releases)
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100 (blind 81.1)
    dis = res["disagreements"]
    assert dis["p"] >= 79.9 and dis["r"] >= 57.0, dis  # 80.0 / 57.1 (blind 57.1 / 57.1)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 31 (blind 2)


def test_invented20_every_article_in_one_story(output20, gold20):
    inv.check_every_article_in_one_story(output20, gold20)


def test_invented20_spans_are_body_slices(output20, bodies20):
    inv.check_spans_are_body_slices(output20, bodies20)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented20_gold_texts_are_in_the_extracted_bodies(gold20, bodies20):
    """Every gold reuse sentence and every gold or trap figure text is in its file's body as the
    extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold20, bodies20)
    assert not missing, missing


def test_invented20_gold_is_consistent(gold20, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED20, gold20, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 31


def test_invented20_manifest_matches_gold_and_pages(gold20, bodies20):
    manifest = inv.check_manifest(INVENTED20, gold20, bodies20)
    assert all(m["published"] and m["published_time"] for m in manifest)
