"""The eighty-eighth invented multi-outlet corpus (tests/data/corpus/invented88: 26 pages, 12
outlets, 9 stories, written blind), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit a746c55 (README.md, "Blind scores"): stories B-cubed F1 91.9,
same-story pairs F1 92.3, reuse article pairs F1 93.3 with none reversed, passages F1 92.0,
disagreements P 100 R 63.2 with no trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED88 = inv.folder("invented88")


@pytest.fixture(scope="module")
def records88():
    return inv.records(INVENTED88, 26)


@pytest.fixture(scope="module")
def bodies88(records88):
    return inv.bodies(records88)


@pytest.fixture(scope="module")
def output88(records88):
    return inv.output(records88)


@pytest.fixture(scope="module")
def gold88():
    return inv.gold(INVENTED88)


def test_invented88_floors(output88, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED88 / "gold.json", output88, tmp_path)
    assert res["stories"]["f1"] >= 91.8 and res["stories"]["r"] >= 94.1, res["stories"]  # 91.9, R 94.2
    assert res["pairs"]["f1"] >= 92.2, res["pairs"]  # 92.3 (20 hard negatives, 13 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 93.2 and art["reversed"] == 0, art  # 93.3, none reversed
    assert res["reuse"]["passages"]["f1"] >= 91.9, res["reuse"]["passages"]  # 92.0
    dis = res["disagreements"]
    assert dis["p"] >= 99.9 and dis["r"] >= 63.1, dis  # 100 / 63.2
    assert dis["false_alarms_on_traps"] == 0, dis  # 0 of 49


def test_invented88_every_article_in_one_story(output88, gold88):
    inv.check_every_article_in_one_story(output88, gold88)


def test_invented88_spans_are_body_slices(output88, bodies88):
    inv.check_spans_are_body_slices(output88, bodies88)


# --- the data: the gold must stay true to the pages -----------------------------------------

# Blind, the extractor takes the radio bulletin's first news sentence ("Good morning. Thieves have
# stolen two hundred and twenty coins from Quennick Town Museum.") as the page's headline, so that
# sentence's figure is in the page but not in the body (README, "Blind scores"). The data checks
# accept it in the title for this one file; once the body keeps it, the plain checks hold too.
RADIO = "radioquennick-museum-coins.txt"


def _with_radio_title(bodies_):
    out = dict(bodies_)
    art = bodies_[RADIO]
    out[RADIO] = SimpleNamespace(body=art.body, removed=[*art.removed, art.title or ""])
    return out


def test_invented88_gold_texts_are_in_the_extracted_bodies(gold88, bodies88):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold88, bodies88)
    assert all(f == RADIO and t in (bodies88[RADIO].title or "") for f, t in missing), missing
    assert len(missing) <= 2, missing  # 'two hundred and twenty coins' (a disagreement and a trap)


def test_invented88_gold_is_consistent(gold88, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap but two (each spans two files): the two agreements whose both
    values are also values of one gold disagreement ('about 38 million dalders' / '38m dalders',
    '12 pieces' / 'a dozen objects') match that disagreement, so the scorer cannot count them."""
    res, traps = inv.check_gold_consistent(INVENTED88, gold88, tmp_path)
    assert len(traps) == 49
    assert res["disagreements"]["false_alarms_on_traps"] == 47


def test_invented88_manifest_matches_gold_and_pages(gold88, bodies88):
    manifest = inv.check_manifest(INVENTED88, gold88, _with_radio_title(bodies88))
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 12
