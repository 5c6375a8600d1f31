"""The seventy-second invented multi-outlet corpus (tests/data/corpus/invented72: 26 pages, 14
outlets, 9 stories, an elections desk's ten days in an invented country, written blind), scored
with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the committed code of ce1b66a (README.md, "Blind scores"): stories B-cubed F1 100,
same-story pairs F1 100, reuse article pairs F1 100 with none reversed, passages F1 100,
disagreements P 78.6 R 55.0 with two trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED72 = inv.folder("invented72")


@pytest.fixture(scope="module")
def records72():
    return inv.records(INVENTED72, 26)


@pytest.fixture(scope="module")
def bodies72(records72):
    return inv.bodies(records72)


@pytest.fixture(scope="module")
def output72(records72):
    return inv.output(records72)


@pytest.fixture(scope="module")
def gold72():
    return inv.gold(INVENTED72)


def test_invented72_floors(output72, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED72 / "gold.json", output72, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0 (19 hard negatives, 15 positives)
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 100.0, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100.0
    dis = res["disagreements"]
    assert dis["p"] >= 78.5 and dis["r"] >= 54.9, dis  # 78.6 / 55.0 (blind)
    assert dis["false_alarms_on_traps"] <= 2, dis  # 2 of 39 (blind)


def test_invented72_every_article_in_one_story(output72, gold72):
    inv.check_every_article_in_one_story(output72, gold72)


def test_invented72_spans_are_body_slices(output72, bodies72):
    inv.check_spans_are_body_slices(output72, bodies72)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented72_gold_texts_are_in_the_extracted_bodies(gold72, bodies72):
    """Every gold reuse sentence, every gold or trap figure text is in its file's body as the
    extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold72, bodies72)
    assert not missing, missing


def test_invented72_gold_is_consistent(gold72, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED72, gold72, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 39


# The extractor takes the radio bulletins' first spoken line ("Good morning, it's eight o'clock.",
# "Good evening.") as the title (README, failure classes); the manifest's body starts there. Until
# that is fixed the check also looks in those two titles; drop this when the greeting stays in the body.
_GREETING_AS_TITLE = {"radiosarvell-sarvell-result.txt", "radiosarvell-postal-ballots.txt"}


class _WithTitle:
    def __init__(self, art):
        self.body = art.body
        self.removed = [*art.removed, art.title or ""]


def test_invented72_manifest_matches_gold_and_pages(gold72, bodies72):
    view = {f: (_WithTitle(a) if f in _GREETING_AS_TITLE else a) for f, a in bodies72.items()}
    manifest = inv.check_manifest(INVENTED72, gold72, view)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 14
