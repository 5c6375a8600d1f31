"""The twenty-first invented multi-outlet corpus (tests/data/corpus/invented21: 26 pages, 14 outlets,
10 stories, a sports and culture desk's weekend in an invented country, written blind after the
first twenty), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit e57a39a (src as of 822c0a7; README.md, "Blind scores"): stories
B-cubed F1 100.0, same-story pairs F1 100.0, reuse article pairs F1 100.0 with none reversed,
passages F1 90.3 (87.6 before the one gold slip was fixed), disagreements P 33.3 R 22.2 with no
trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED21 = inv.folder("invented21")


@pytest.fixture(scope="module")
def records21():
    return inv.records(INVENTED21, 26)


@pytest.fixture(scope="module")
def bodies21(records21):
    return inv.bodies(records21)


@pytest.fixture(scope="module")
def output21(records21):
    return inv.output(records21)


@pytest.fixture(scope="module")
def gold21():
    return inv.gold(INVENTED21)


def test_invented21_floors(output21, tmp_path):
    """Floors just under the scores after the fixes (README, "After the fixes"; the blind ones in
    comments)."""
    res = _score(INVENTED21 / "gold.json", output21, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (17 hard negatives, 10 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100.0, none reversed
    assert res["reuse"]["passages"]["f1"] >= 95.8, res["reuse"]["passages"]  # 95.9 (90.3 before 8c2ebbe; blind 87.6)
    dis = res["disagreements"]
    # 75.0 / 66.7 with the learned filter (disagreements.MODEL): with one link it drops, "Six officers"
    # and "three fans" become each other's best; 85.7 / 66.7 with the rules alone (blind 33.3 / 22.2)
    assert dis["p"] >= 74.9 and dis["r"] >= 66.6, dis
    assert dis["false_alarms_on_traps"] == 0, dis  # 0 of 40


def test_invented21_every_article_in_one_story(output21, gold21):
    inv.check_every_article_in_one_story(output21, gold21)


def test_invented21_spans_are_body_slices(output21, bodies21):
    inv.check_spans_are_body_slices(output21, bodies21)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented21_gold_texts_are_in_the_extracted_bodies(gold21, bodies21):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold21, bodies21)
    assert not missing, missing


def test_invented21_gold_is_consistent(gold21, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files of one story)."""
    res, traps = inv.check_gold_consistent(INVENTED21, gold21, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 40


def test_invented21_manifest_matches_gold_and_pages(gold21, bodies21):
    manifest = inv.check_manifest(INVENTED21, gold21, bodies21)
    assert all(m["published"] and m["published_time"] for m in manifest)


def test_invented21_live_page_summary_and_posts_are_the_body(bodies21):
    """The broadcaster's live page turned report: the summary written after the match and the
    timestamped posts are the article; the scoreboard strip and the other match's score are not."""
    body = bodies21["sportone-cup-final-live.html"].body
    assert "in the 111th minute" in body and "GOAL! Lindqvist!" in body
    assert "Veradal 0-2 Nordby" not in body
