"""The sixty-fourth invented multi-outlet corpus (tests/data/corpus/invented64: 26 pages, 15
outlets, 9 stories, a courts, police and prisons desk's two weeks in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of HEAD 77bc271 (src/ as of 097a324; README.md, "Blind scores"): stories
B-cubed F1 100, same-story pairs F1 100, reuse article pairs F1 77.8 with none reversed, passages
F1 88.9, disagreements P 87.5 R 41.2 with no trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED64 = inv.folder("invented64")


@pytest.fixture(scope="module")
def records64():
    return inv.records(INVENTED64, 26)


@pytest.fixture(scope="module")
def bodies64(records64):
    return inv.bodies(records64)


@pytest.fixture(scope="module")
def output64(records64):
    return inv.output(records64)


@pytest.fixture(scope="module")
def gold64():
    return inv.gold(INVENTED64)


def test_invented64_floors(output64, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED64 / "gold.json", output64, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (19 hard negatives, 16 positives)
    art = res["reuse"]["article_pairs"]
    # (raised to the seventeenth session's end, 2e9df43, held out: 100; blind 77.8, P 63.6 R 100)
    assert art["f1"] >= 99.9 and art["r"] >= 99.9 and art["reversed"] == 0, art
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # end 100; blind 88.9 (P 80.0 R 100)
    dis = res["disagreements"]
    assert dis["p"] >= 83.2 and dis["r"] >= 58.7, dis  # 83.3 / 58.8 with the model's promotion (2026-12-07; floors before: 87.4 / 41.1) (87.5 / 41.2 (7 of 17))
    assert dis["false_alarms_on_traps"] <= 2, dis  # 2 now (before: 0 of 47)


def test_invented64_every_article_in_one_story(output64, gold64):
    inv.check_every_article_in_one_story(output64, gold64)


def test_invented64_spans_are_body_slices(output64, bodies64):
    inv.check_spans_are_body_slices(output64, bodies64)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented64_gold_texts_are_in_the_extracted_bodies(gold64, bodies64):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold64, bodies64)
    assert not missing, missing


def test_invented64_gold_is_consistent(gold64, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED64, gold64, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 47


def test_invented64_manifest_matches_gold_and_pages(gold64, bodies64):
    manifest = inv.check_manifest(INVENTED64, gold64, bodies64)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 15
