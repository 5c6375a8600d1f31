"""The eighty-seventh invented multi-outlet corpus (tests/data/corpus/invented87: 24 pages, 14
outlets, 9 stories, a garment and textile industry desk's two weeks in an invented country, written
blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit a746c55 (HEAD 80faf2e; README.md, "Blind scores"): stories B-cubed F1
85.1, same-story pairs F1 71.4, reuse article pairs F1 83.3 with none reversed, passages F1 78.8,
disagreements P 77.8 R 41.2 with no trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED87 = inv.folder("invented87")


@pytest.fixture(scope="module")
def records87():
    return inv.records(INVENTED87, 24)


@pytest.fixture(scope="module")
def bodies87(records87):
    return inv.bodies(records87)


# Extraction, not the gold (README, "Blind scores"): the extractor takes each Radio Selmouth
# bulletin's first spoken sentence for its headline, so that sentence is not in the body. The
# data checks read these two pages' title and body together; every other page is read by its body.
RADIO_LEADS = {"radioselmouth-corvel-vote.txt", "radioselmouth-corvel-jobs.txt"}


@pytest.fixture(scope="module")
def texts87(bodies87):
    out = dict(bodies87)
    for f in RADIO_LEADS:
        a = bodies87[f]
        if not a.body.startswith(a.title or "\0"):
            out[f] = SimpleNamespace(body=(a.title or "") + "\n\n" + a.body, removed=a.removed)
    return out


@pytest.fixture(scope="module")
def output87(records87):
    return inv.output(records87)


@pytest.fixture(scope="module")
def gold87():
    return inv.gold(INVENTED87)


def test_invented87_floors(output87, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED87 / "gold.json", output87, tmp_path)
    assert res["stories"]["f1"] >= 85.0 and res["stories"]["r"] >= 88.1, res["stories"]  # 85.1, R 88.2
    assert res["pairs"]["f1"] >= 71.3, res["pairs"]  # 71.4 (17 hard negatives, 13 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 83.2 and art["reversed"] == 0, art  # 83.3, none reversed
    assert res["reuse"]["passages"]["f1"] >= 78.7, res["reuse"]["passages"]  # 78.8
    dis = res["disagreements"]
    assert dis["p"] >= 84.5 and dis["r"] >= 64.6, dis  # 84.6 / 64.7 with the model's promotion (2026-12-07; floors before: 77.7 / 41.1) (77.8 / 41.2)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 now (before: 0 of 50)


def test_invented87_every_article_in_one_story(output87, gold87):
    inv.check_every_article_in_one_story(output87, gold87)


def test_invented87_spans_are_body_slices(output87, bodies87):
    inv.check_spans_are_body_slices(output87, bodies87)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented87_gold_texts_are_in_the_extracted_bodies(gold87, texts87):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold87, texts87)
    assert not missing, missing


def test_invented87_gold_is_consistent(gold87, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED87, gold87, tmp_path)
    # 50 traps; one (3.5 hours = 210 minutes) joins two values of a gold disagreement (the time to
    # control, where QBS says more than five hours), so reporting it matches that and is no false alarm.
    assert len(traps) == 50 and res["disagreements"]["false_alarms_on_traps"] == 49


def test_invented87_manifest_matches_gold_and_pages(gold87, texts87):
    manifest = inv.check_manifest(INVENTED87, gold87, texts87)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
