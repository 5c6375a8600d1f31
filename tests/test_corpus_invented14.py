"""The fourteenth invented multi-outlet corpus (tests/data/corpus/invented14: 24 pages, 16 outlets,
8 stories of conflict, courts and South-Asian business news, written blind after the first
twelve), scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its
blind scores with the code of commit 80c8aaa (README.md, "Blind scores"): stories B-cubed F1
94.1, same-story pairs F1 90.9, reuse article pairs F1 33.3 with 5 reversed, passages F1 31.3,
disagreements P 75.0 R 85.7 with 2 trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import json

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED14 = inv.folder("invented14")


@pytest.fixture(scope="module")
def records14():
    return inv.records(INVENTED14, 24)


@pytest.fixture(scope="module")
def bodies14(records14):
    return inv.bodies(records14)


@pytest.fixture(scope="module")
def output14(records14):
    return inv.output(records14)


@pytest.fixture(scope="module")
def gold14():
    return inv.gold(INVENTED14)


def test_invented14_floors(output14, tmp_path):
    """Floors just under the scores after the fixes of 2026-12-07 (blind, before them: stories /
    reuse pairs (reversed) / passages / disagreements P-R (false alarms) 94.1 / 33.3 (5) / 31.3 / 75.0-85.7 (2); README)."""
    res = _score(INVENTED14 / "gold.json", output14, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0 (P 100.0 R 100.0)
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] <= 0, art  # 100.0, 0 reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100.0
    dis = res["disagreements"]
    assert dis["p"] >= 99.9 and dis["r"] >= 85.6, dis  # 100.0 / 85.7
    assert dis["false_alarms_on_traps"] <= 0, dis  # 0 of 12


def test_invented14_syndicated_copy_credits_the_partner(output14):
    """NewsNow24 carries the Morning Standard's article from a syndicated feed: its source is the
    Standard, not the wire versions behind it."""
    pairs = {(r["source"], r["target"]) for r in output14["reuse"]}
    assert ("morningstandard-hostages.html", "newsnow24-hostages.html") in pairs
    for wire in ("ow-hostages-update1.txt", "ow-hostages-update3.txt"):
        assert (wire, "newsnow24-hostages.html") not in pairs
        assert ("newsnow24-hostages.html", wire) not in pairs


def test_invented14_look_alike_court_and_market_stories_apart(output14):
    """The same court and judge a day apart (verdict, bail) and the same wire, daily and day
    (results, IPO) are four stories."""
    story = {a: s["id"] for s in output14["stories"] for a in s["articles"]}
    assert story["pts-court-verdict.txt"] != story["pts-court-bail.txt"]
    assert story["varanpurchronicle-verdict.html"] != story["varanpurchronicle-bail.html"]
    assert story["amw-kestrel-results.txt"] != story["amw-tirunel-ipo.txt"]
    assert story["financialledger-kestrel-results.html"] != story["financialledger-tirunel-ipo.html"]


def test_invented14_every_article_in_one_story(output14, gold14):
    inv.check_every_article_in_one_story(output14, gold14)


def test_invented14_spans_are_body_slices(output14, bodies14):
    inv.check_spans_are_body_slices(output14, bodies14)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented14_gold_texts_are_in_the_extracted_bodies(gold14, bodies14):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold14, bodies14)
    assert not missing, missing


def test_invented14_wire_updates_keep_their_instants(bodies14):
    """Orient Wire's UPDATE 1 and UPDATE 3 are read with their GMT clocks, 09:15 before 14:40."""
    u1, u3 = bodies14["ow-hostages-update1.txt"], bodies14["ow-hostages-update3.txt"]
    assert u1.published_at and u3.published_at and u1.published_at < u3.published_at


def test_invented14_gold_is_consistent(gold14, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files) but one: Kestrel's profit (Rs 500 crore
    = Rs 5 billion) has the value of the engine-plant investment that the wire and the Ledger give,
    and the scorer matches values, so reported it counts as the plant disagreement (README)."""
    res, traps = inv.check_gold_consistent(INVENTED14, gold14, tmp_path)
    assert len(traps) == 12 and res["disagreements"]["false_alarms_on_traps"] == 11


def test_invented14_manifest_matches_gold_and_pages(gold14, bodies14):
    manifest = json.loads((INVENTED14 / "MANIFEST.json").read_text(encoding="utf-8"))
    by = {m["file"]: m for m in manifest}
    assert sorted(by) == sorted(a["file"] for a in gold14["articles"]) == sorted(bodies14)
    assert {a["file"]: a["story"] for a in gold14["articles"]} == {f: m["story"] for f, m in by.items()}
    for r in gold14["reuse"]:
        src, tgt = by[r["source"]], by[r["target"]]
        assert src["story"] == tgt["story"] and src["published"] <= tgt["published"], r["source"]
        assert r["source"] in (tgt["reuses"] or []) and r["target"] in (src["reused_by"] or [])
    for f, m in by.items():  # the article as written; a line the extractor drops is in `removed`
        art = bodies14[f]
        # (and the dateline it takes off the story's start: "KESTRABAD, Nov 6 (AMW) - Kestrel Motors")
        kept = [art.body, *art.removed, f"{art.dateline} - {art.body}", f"{art.dateline} -- {art.body}",
                f"{art.dateline} {art.body}"]
        assert any(m["body_starts_with"] in t for t in kept) and any(m["body_ends_with"] in t for t in kept), f
    assert all(m["published"] for m in manifest)
