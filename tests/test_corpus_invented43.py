"""The forty-third invented multi-outlet corpus (tests/data/corpus/invented43: 24 pages, 13
outlets, 9 stories, a rail, roads and public-transport desk's twelve days in an invented country,
written blind: two strikes by one union, two accidents on one operator's network, fares, a motorway
toll rise and the same motorway company's figures, a new metro line, road deaths), scored with the
shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 2e468f5 (README.md, "Blind scores"): stories B-cubed F1 78.1,
same-story pairs F1 73.3, reuse article pairs F1 83.3 with none reversed, passages F1 72.3,
disagreements P 66.7 R 31.6 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED43 = inv.folder("invented43")


@pytest.fixture(scope="module")
def records43():
    return inv.records(INVENTED43, 24)


@pytest.fixture(scope="module")
def bodies43(records43):
    return inv.bodies(records43)


@pytest.fixture(scope="module")
def output43(records43):
    return inv.output(records43)


@pytest.fixture(scope="module")
def gold43():
    return inv.gold(INVENTED43)


def test_invented43_floors(output43, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED43 / "gold.json", output43, tmp_path)
    assert res["stories"]["f1"] >= 97.0 and res["stories"]["r"] >= 94.3, res["stories"]  # 97.1 post hoc (blind 78.1: the agency's slug line was not read)
    assert res["pairs"]["f1"] >= 96.5, res["pairs"]  # 96.6 post hoc (blind 73.3; 17 hard negatives, 15 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100 post hoc (blind 83.3), 0 reversed
    assert res["reuse"]["passages"]["f1"] >= 92.6, res["reuse"]["passages"]  # 92.7 post hoc (blind 72.3)
    dis = res["disagreements"]
    assert dis["p"] >= 76.8 and dis["r"] >= 52.5, dis  # 76.9 / 52.6 post hoc (blind 66.7 / 31.6)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 of 48 (nearly 170 people vs 164 passengers)


def test_invented43_every_article_in_one_story(output43, gold43):
    inv.check_every_article_in_one_story(output43, gold43)


def test_invented43_spans_are_body_slices(output43, bodies43):
    inv.check_spans_are_body_slices(output43, bodies43)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented43_gold_texts_are_in_the_extracted_bodies(gold43, bodies43):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold43, bodies43)
    assert not missing, missing


def test_invented43_gold_is_consistent(gold43, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED43, gold43, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 48


def test_invented43_manifest_matches_gold_and_pages(gold43, bodies43):
    """The radio bulletin has no headline: the extractor takes its lead sentence ("Good morning.
    Trains are running through Hathery again ...") as the title, so for that page the title counts
    among what the extractor kept (an extraction failure class of the blind run, README)."""
    radio = "radiodunstrel-hathery-crossing.txt"
    art = bodies43[radio]
    seen = dict(bodies43)
    seen[radio] = SimpleNamespace(body=art.body, removed=[art.title, *art.removed])
    manifest = inv.check_manifest(INVENTED43, gold43, seen)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 13
