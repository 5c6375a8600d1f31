"""The thirty-fifth invented multi-outlet corpus (tests/data/corpus/invented35: 23 pages, 12
outlets, 9 stories, an education and universities desk's ten days in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 5f13068 (README.md, "Blind scores"): stories B-cubed F1 94.3,
same-story pairs F1 92.3, reuse article pairs F1 72.7 with one reversed, passages F1 74.1,
disagreements P 75.0 R 60.0 with two trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED35 = inv.folder("invented35")


@pytest.fixture(scope="module")
def records35():
    return inv.records(INVENTED35, 23)


@pytest.fixture(scope="module")
def bodies35(records35):
    return inv.bodies(records35)


@pytest.fixture(scope="module")
def output35(records35):
    return inv.output(records35)


@pytest.fixture(scope="module")
def gold35():
    return inv.gold(INVENTED35)


def test_invented35_floors(output35, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED35 / "gold.json", output35, tmp_path)
    # blind 94.3 (P 100, R 89.1: exam results split in three); 96.6 since the CNA report rewriting the
    # ministry's release is no digest (stories.DIGEST_ONE_STORY); the parent's blog still alone
    assert res["stories"]["f1"] >= 96.5 and res["stories"]["p"] >= 99.9, res["stories"]
    assert res["pairs"]["f1"] >= 92.2, res["pairs"]  # 92.3 (18 hard negatives all kept apart, 14 positives)
    art = res["reuse"]["article_pairs"]
    # blind 72.7, 1 reversed (union -> CNA, same day; ministry -> CNA lost with the split); 100, 0
    # reversed since the bulletin's "- for immediate release" header makes it a release
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # blind 74.1
    dis = res["disagreements"]
    assert dis["p"] >= 69.9 and dis["r"] >= 69.9, dis  # 70.0 / 70.0 with the model's promotion (2026-12-07; floors before: 77.7 / 69.9) (77.8 / 70.0 post hoc (blind 75.0 / 60.0))
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 now (before: 1 of 39 (blind 2))


def test_invented35_every_article_in_one_story(output35, gold35):
    inv.check_every_article_in_one_story(output35, gold35)


def test_invented35_spans_are_body_slices(output35, bodies35):
    inv.check_spans_are_body_slices(output35, bodies35)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented35_gold_texts_are_in_the_extracted_bodies(gold35, bodies35):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold35, bodies35)
    assert not missing, missing


def test_invented35_gold_is_consistent(gold35, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED35, gold35, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 39


def test_invented35_manifest_matches_gold_and_pages(gold35, bodies35):
    manifest = inv.check_manifest(INVENTED35, gold35, bodies35)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
