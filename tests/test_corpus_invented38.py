"""The thirty-eighth invented multi-outlet corpus (tests/data/corpus/invented38: 22 pages, 13
outlets, 9 stories, a local government and elections desk's ten days in an invented country around
its municipal elections, written blind after the first twenty-four), scored with the shared scorer,
and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its blind
scores with the code of commit 5f13068 (README.md, "Blind scores"): stories B-cubed F1 94.2,
same-story pairs F1 90.3, reuse article pairs F1 92.3 with none reversed, passages F1 93.8,
disagreements P 42.9 R 30.0 with three trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED38 = inv.folder("invented38")


@pytest.fixture(scope="module")
def records38():
    return inv.records(INVENTED38, 22)


@pytest.fixture(scope="module")
def bodies38(records38):
    return inv.bodies(records38)


@pytest.fixture(scope="module")
def output38(records38):
    return inv.output(records38)


@pytest.fixture(scope="module")
def gold38():
    return inv.gold(INVENTED38)


def test_invented38_floors(output38, tmp_path):
    """Floors just under the blind scores (README, "Blind scores")."""
    res = _score(INVENTED38 / "gold.json", output38, tmp_path)
    # blind 94.2 (P 89.1: arrest + recall petition joined); 100 since a date line at a page's head
    # ("Updated 15 January 2027, 16:00 | Data: ...") is not its lead (stories.lead_keys)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # blind 90.3 (18 hard negatives, 14 positives)
    art = res["reuse"]["article_pairs"]
    # blind 92.3, 0 reversed (one false pair: ECM -> MNA's earlier partial count); 100 since a release
    # whose head dates it a day after a report is not that report's source (reuse._release_later)
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art
    assert res["reuse"]["passages"]["f1"] >= 96.7, res["reuse"]["passages"]  # blind 93.8; 96.8
    dis = res["disagreements"]
    assert dis["p"] >= 59.9 and dis["r"] >= 29.9, dis  # 60.0 / 30.0 post hoc (blind 42.9 / 30.0)
    assert dis["false_alarms_on_traps"] <= 2, dis  # 2 of 36 (blind 3)


def test_invented38_every_article_in_one_story(output38, gold38):
    inv.check_every_article_in_one_story(output38, gold38)


def test_invented38_spans_are_body_slices(output38, bodies38):
    inv.check_spans_are_body_slices(output38, bodies38)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented38_gold_texts_are_in_the_extracted_bodies(gold38, bodies38):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold38, bodies38)
    assert not missing, missing


def test_invented38_gold_is_consistent(gold38, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED38, gold38, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 36


def test_invented38_manifest_matches_gold_and_pages(gold38, bodies38):
    manifest = inv.check_manifest(INVENTED38, gold38, bodies38)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 13


@pytest.mark.parametrize("how,floor", [("published", 99.9), ("reverse", 94.0)])
def test_invented38_online(records38, how, floor, tmp_path):
    """One article at a time into a fresh SQLite store: in publication order the batch's stories
    (94.2 before the date line at the petition page's head stopped being its lead: arrest and
    petition one story); in reverse 94.1 (88.1 before; left: MNA's budget report arrives before the
    council's release and stays in the mayoral story, which it names)."""
    from .test_corpus_online_order import _ingest, _named, _order

    first, again = _ingest(str(tmp_path / "s.db"), _order(records38, how))
    assert again == first  # re-adding changes nothing
    res = _score(INVENTED38 / "gold.json", _named(first, records38), tmp_path)
    assert res["stories"]["f1"] >= floor, (how, res["stories"])
    of = {a: s["id"] for s in _named(first, records38)["stories"] for a in s["articles"]}
    assert of["mna-brekka-arrest.txt"] != of["nctv-brekka-recall.html"]
