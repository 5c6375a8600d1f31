"""The tenth invented multi-outlet corpus (tests/data/corpus/invented10: 24 pages, 14 outlets, 8
stories of international and institutional news, written blind after invented to invented8),
scored with the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its
blind scores with the code of commit 68e9113 (README.md, "Blind scores"): stories B-cubed F1
92.9, same-story pairs F1 88.0, reuse article pairs F1 66.7 with one reversed, passages F1 68.9,
disagreements P 60.0 R 42.9 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import json

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED10 = inv.folder("invented10")
UN = "un-press-minusko.txt"
GPA = "gpa-minusko-vote.txt"
MERIDIAN = "dailymeridian-minusko.html"
AMP, PRINT = "northernledger-minusko-amp.html", "northernledger-minusko-print.txt"


@pytest.fixture(scope="module")
def records10():
    return inv.records(INVENTED10, 24)


@pytest.fixture(scope="module")
def bodies10(records10):
    return inv.bodies(records10)


@pytest.fixture(scope="module")
def output10(records10):
    return inv.output(records10)


@pytest.fixture(scope="module")
def gold10():
    return inv.gold(INVENTED10)


def test_invented10_floors(output10, tmp_path):
    """Floors just under the scores after the fixes of 2026-12-07 (blind, before them: stories /
    reuse pairs (reversed) / passages / disagreements P-R (false alarms) 92.9 / 66.7 (1) / 68.9 / 60.0-42.9 (1); README)."""
    res = _score(INVENTED10 / "gold.json", output10, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0 (P 100.0 R 100.0)
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 90.8 and art["reversed"] <= 0, art  # 90.9, 0 reversed
    assert res["reuse"]["passages"]["f1"] >= 91.8, res["reuse"]["passages"]  # 91.9
    dis = res["disagreements"]
    assert dis["p"] >= 83.2 and dis["r"] >= 71.3, dis  # 83.3 / 71.4 with the model's promotion (2026-12-07; floors before: 99.9 / 71.3) (100.0 / 71.4)
    assert dis["false_alarms_on_traps"] <= 0, dis  # 0 now (before: 0 of 15)


def test_invented10_rewrite_of_a_rewrite_goes_to_the_wire(output10):
    """The Daily Meridian took GPA's reworded sentences (and credits GPA): its source is GPA, not
    the UN release behind GPA, and nothing runs backwards."""
    pairs = {(r["source"], r["target"]) for r in output10["reuse"]}
    assert (GPA, MERIDIAN) in pairs
    assert (UN, MERIDIAN) not in pairs and (MERIDIAN, GPA) not in pairs


def test_invented10_amp_and_print_are_one_story_web_first(output10):
    """The Northern Ledger's AMP page and its next-day print edition: one story, and the print
    edition reuses the web article (the gold's decision, README), never the other way."""
    story = next(s for s in output10["stories"] if AMP in s["articles"])
    assert PRINT in story["articles"]
    pairs = {(r["source"], r["target"]) for r in output10["reuse"]}
    assert (AMP, PRINT) in pairs and (PRINT, AMP) not in pairs


def test_invented10_live_page_quotes_the_wire(output10):
    """The live page (newest entry first, page time before the wire) took its 11:40 entry from ACP."""
    pairs = {(r["source"], r["target"]) for r in output10["reuse"]}
    assert ("acp-cyclone-irsa.txt", "marennanews-cyclone-live.html") in pairs
    assert ("marennanews-cyclone-live.html", "acp-cyclone-irsa.txt") not in pairs


def test_invented10_every_article_in_one_story(output10, gold10):
    inv.check_every_article_in_one_story(output10, gold10)


def test_invented10_spans_are_body_slices(output10, bodies10):
    inv.check_spans_are_body_slices(output10, bodies10)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented10_gold_texts_are_in_the_extracted_bodies(gold10, bodies10):
    """Every gold reuse sentence and every gold or trap figure text is in its file's body as the
    extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = []
    for r in gold10["reuse"]:
        for q in r["pairs"]:
            for name, s in ((r["source"], q["source_sentence"]), (r["target"], q["target_sentence"])):
                if s not in bodies10[name].body:
                    missing.append((name, s))
    for key in ("disagreements", "agreements_not_disagreements", "not_same_thing"):
        for d in gold10[key]:
            for v in d["values"]:
                if v["text"] not in bodies10[v["file"]].body:
                    missing.append((v["file"], v["text"]))
    assert not missing, missing


def test_invented10_correction_and_long_statement_are_kept(bodies10):
    """The correction appended to ACP's cyclone report and the Foreign Ministry's statement that
    fills most of the Korvane Tribune's page are article text, not furniture."""
    assert "The figure given by the civil protection office was 40,000." in bodies10["acp-cyclone-irsa.txt"].body
    body = bodies10["korvanetribune-minusko.html"].body
    assert "Korvane stands ready to be a partner" in body and "9,000 new personnel" in body
    assert "Two-room flat" not in body


def test_invented10_gold_is_consistent(gold10, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap that shares no value with a gold disagreement."""
    res, traps = inv.check_gold_consistent(INVENTED10, gold10, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] >= 9 and len(traps) == 15, res["disagreements"]


def test_invented10_manifest_matches_gold_and_pages(gold10, bodies10):
    manifest = json.loads((INVENTED10 / "MANIFEST.json").read_text(encoding="utf-8"))
    by = {m["file"]: m for m in manifest}
    assert sorted(by) == sorted(a["file"] for a in gold10["articles"]) == sorted(bodies10)
    assert {a["file"]: a["story"] for a in gold10["articles"]} == {f: m["story"] for f, m in by.items()}
    for r in gold10["reuse"]:
        src, tgt = by[r["source"]], by[r["target"]]
        assert src["story"] == tgt["story"] and src["published"] <= tgt["published"], r["source"]
        live = r["target"] == "marennanews-cyclone-live.html"  # page time 03:10 GMT; the entry quoting ACP is 11:40 local
        if src["published"] == tgt["published"] and src["published_time"] and tgt["published_time"] and not live:
            assert src["published_time"] <= tgt["published_time"], r["source"]
        assert r["source"] in (tgt["reuses"] or []) and r["target"] in (src["reused_by"] or [])
    for f, m in by.items():  # the article as written; a line the extractor drops is in `removed`
        art = bodies10[f]
        kept = [art.body, *art.removed]
        assert any(m["body_starts_with"] in t for t in kept) and any(m["body_ends_with"] in t for t in kept), f
    assert all(m["published"] for m in manifest)
