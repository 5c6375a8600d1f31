"""The sixth invented multi-outlet corpus (tests/data/corpus/invented6: 24 pages, 15 outlets, 9
stories, written blind after the first five), scored with the shared scorer, and checks on the
data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its
blind scores with the code of commit 75db30e, against the gold after its one slip was fixed
(README.md, "Blind scores" and "Gold slips"): stories B-cubed F1 95.7, same-story pairs F1 85.7,
reuse article pairs F1 85.7 with none reversed, passages F1 84.1, disagreements P 50.0 R 42.9
with 2 trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import json

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED6 = inv.folder("invented6")


@pytest.fixture(scope="module")
def records6():
    return inv.records(INVENTED6, 24)


@pytest.fixture(scope="module")
def bodies6(records6):
    return inv.bodies(records6)


@pytest.fixture(scope="module")
def output6(records6):
    return inv.output(records6)


@pytest.fixture(scope="module")
def gold6():
    return inv.gold(INVENTED6)


def test_invented6_floors(output6, tmp_path):
    """Floors just under the scores after the fixes its blind run prompted (README, "After the
    fixes"; blind: stories 95.7, pairs 85.7, reuse pairs 85.7 none reversed, passages 84.1,
    disagreements P 50.0 R 42.9 with 2 false alarms on traps)."""
    res = _score(INVENTED6 / "gold.json", output6, tmp_path)
    assert res["stories"]["f1"] >= 95.0, res["stories"]  # 95.7: the two Calder fires still merged
    assert res["stories"]["r"] >= 100.0, res["stories"]  # no story split
    assert res["pairs"]["f1"] >= 85.0, res["pairs"]  # 85.7
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.0 and art["reversed"] == 0, art  # 100, none reversed
    assert res["reuse"]["passages"]["f1"] >= 99.0, res["reuse"]["passages"]  # 100
    dis = res["disagreements"]
    assert dis["p"] >= 99.0 and dis["r"] >= 99.0, dis  # 100 / 100
    assert dis["false_alarms_on_traps"] == 0, dis  # 0


def test_invented6_reuse_does_not_cross_wires(output6):
    """Two wires told the quake in their own words; each was rewritten by a different outlet."""
    pairs = {(r["source"], r["target"]) for r in output6["reuse"]}
    assert ("mp-lemmark-quake.txt", "globeroundup-lemmark-quake.html") in pairs
    assert ("cna-lemmark-quake.txt", "vostriaherald-lemmark-quake.html") in pairs
    for a, b in (("mp-lemmark-quake.txt", "vostriaherald-lemmark-quake.html"),
                 ("cna-lemmark-quake.txt", "globeroundup-lemmark-quake.html"),
                 ("mp-lemmark-quake.txt", "cna-lemmark-quake.txt")):
        assert (a, b) not in pairs and (b, a) not in pairs, (a, b)


def test_invented6_every_article_in_one_story(output6, gold6):
    inv.check_every_article_in_one_story(output6, gold6)


def test_invented6_spans_are_body_slices(output6, bodies6):
    inv.check_spans_are_body_slices(output6, bodies6)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented6_gold_texts_are_in_the_extracted_bodies(gold6, bodies6):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold6, bodies6)
    assert not missing, missing


def test_invented6_gold_is_consistent(gold6, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED6, gold6, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 16


def test_invented6_manifest_matches_gold_and_pages(gold6, bodies6):
    manifest = json.loads((INVENTED6 / "MANIFEST.json").read_text(encoding="utf-8"))
    by = {m["file"]: m for m in manifest}
    assert sorted(by) == sorted(a["file"] for a in gold6["articles"]) == sorted(bodies6)
    assert {a["file"]: a["story"] for a in gold6["articles"]} == {f: m["story"] for f, m in by.items()}
    for r in gold6["reuse"]:
        src, tgt = by[r["source"]], by[r["target"]]
        assert src["story"] == tgt["story"] and src["published"] <= tgt["published"], r["source"]
        # same day: the source first, except the live blog, whose page time (07:00) is when it was
        # opened; the entry that quotes the wire was added at 23:55, after the wire's 23:40
        if (src["published"] == tgt["published"] and src["published_time"] and tgt["published_time"]
                and r["target"] != "tamskpost-election-live.html"):
            assert src["published_time"] <= tgt["published_time"], r["source"]
        assert r["source"] in (tgt["reuses"] or []) and r["target"] in (src["reused_by"] or [])
    for f, m in by.items():  # the article as written; a line the extractor drops is in `removed`
        art = bodies6[f]
        kept = [art.body, *art.removed]
        assert any(m["body_starts_with"] in t for t in kept) and any(m["body_ends_with"] in t for t in kept), f
    undated = [f for f, m in by.items() if m["published"] is None]
    assert undated == ["coastalbulletin-whale-stranding.txt"]
    assert all(bodies6[f].published is None for f in undated)
