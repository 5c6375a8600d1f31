"""The thirteenth invented multi-outlet corpus (tests/data/corpus/invented13: 25 pages, 13 outlets,
8 stories of science, health, environment and politics, written blind after the first twelve),
scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its
blind scores with the code of commit bab74bc (src as in e5e3756; README.md, "Blind scores"):
stories B-cubed F1 100, same-story pairs F1 100, reuse article pairs F1 88.9 with none reversed,
passages F1 82.0, disagreements P 50.0 R 33.3 with 2 trap false alarms. The lead raises them
after fixes.
"""

from __future__ import annotations

import json

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED13 = inv.folder("invented13")
RELEASE = "aubrisuni-corvastin-release.txt"
LIVE = "northerncourier-miners-live.html"
TRAWL = ("kna-trawling-ban.txt", "peskherald-trawling-vote.html", "greenledger-kordesh-trawling.html",
         "radioselvane-trawling.txt")


@pytest.fixture(scope="module")
def records13():
    return inv.records(INVENTED13, 25)


@pytest.fixture(scope="module")
def bodies13(records13):
    return inv.bodies(records13)


@pytest.fixture(scope="module")
def output13(records13):
    return inv.output(records13)


@pytest.fixture(scope="module")
def gold13():
    return inv.gold(INVENTED13)


def test_invented13_floors(output13, tmp_path):
    """Floors just under the scores after the fixes of 2026-12-07 (blind, before them: stories /
    reuse pairs (reversed) / passages / disagreements P-R (false alarms) 100 / 88.9 (0) / 82.0 / 50.0-33.3 (2); README)."""
    res = _score(INVENTED13 / "gold.json", output13, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0 (P 100.0 R 100.0)
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] <= 0, art  # 100.0, 0 reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100.0
    dis = res["disagreements"]
    assert dis["p"] >= 83.2 and dis["r"] >= 83.2, dis  # 83.3 / 83.3 with the model's promotion (2026-12-07; floors before: 99.9 / 83.2) (100.0 / 83.3)
    assert dis["false_alarms_on_traps"] <= 1, dis  # 1 now (before: 0 of 21)


def test_invented13_release_feeds_two_families(output13):
    """The trial's release is the source of SPA and of Health Desk; neither of these two took the
    other's wording, and nothing runs backwards into the release."""
    pairs = {(r["source"], r["target"]) for r in output13["reuse"]}
    assert (RELEASE, "spa-corvastin-study.txt") in pairs
    assert (RELEASE, "healthdesk-corvastin-trial.html") in pairs
    for a, b in (("spa-corvastin-study.txt", "healthdesk-corvastin-trial.html"),):
        assert (a, b) not in pairs and (b, a) not in pairs
    assert not any(t == RELEASE for _, t in pairs)


def test_invented13_no_reuse_in_the_trawling_story(output13):
    """Four reports of the trawling ban, each in its own words: no reuse pair among them."""
    assert not [r for r in output13["reuse"] if r["source"] in TRAWL or r["target"] in TRAWL]


def test_invented13_live_blog_quotes_the_wire(output13):
    """The live blog's page time (10:00 GMT) precedes the wire (15:20 GMT), but its 17:25 SLT entry
    quotes it: the direction is wire -> blog."""
    pairs = {(r["source"], r["target"]) for r in output13["reuse"]}
    assert ("spa-miners-protest.txt", LIVE) in pairs and (LIVE, "spa-miners-protest.txt") not in pairs


def test_invented13_every_article_in_one_story(output13, gold13):
    inv.check_every_article_in_one_story(output13, gold13)


def test_invented13_spans_are_body_slices(output13, bodies13):
    inv.check_spans_are_body_slices(output13, bodies13)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented13_gold_texts_are_in_the_extracted_bodies(gold13, bodies13):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = inv.gold_texts_missing(gold13, bodies13)
    assert not missing, missing


def test_invented13_amp_page_body_has_no_amp_furniture(bodies13):
    """The AMP page's article is its paragraphs, not its menu, caption or ad slot."""
    body = bodies13["selvanetoday-corvastin-amp.html"].body
    assert "by 40 percent" in body and "rural areas still miss." in body
    assert "View the full site" not in body and "Pension calculator" not in body


def test_invented13_gold_is_consistent(gold13, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED13, gold13, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 21


def test_invented13_manifest_matches_gold_and_pages(gold13, bodies13):
    manifest = json.loads((INVENTED13 / "MANIFEST.json").read_text(encoding="utf-8"))
    by = {m["file"]: m for m in manifest}
    assert sorted(by) == sorted(a["file"] for a in gold13["articles"]) == sorted(bodies13)
    assert {a["file"]: a["story"] for a in gold13["articles"]} == {f: m["story"] for f, m in by.items()}
    for r in gold13["reuse"]:
        src, tgt = by[r["source"]], by[r["target"]]
        assert src["story"] == tgt["story"], r["source"]
        if r["target"] != LIVE:  # the blog's page time is its opening; its quoting entry is later
            assert (src["published"], src["published_time"]) <= (tgt["published"], tgt["published_time"]), r["source"]
        assert r["source"] in (tgt["reuses"] or []) and r["target"] in (src["reused_by"] or [])
    for f, m in by.items():
        art = bodies13[f]
        kept = [art.body, *art.removed]
        assert any(m["body_starts_with"] in t for t in kept) and any(m["body_ends_with"] in t for t in kept), f
    assert all(m["published"] for m in manifest)
