"""The sixteenth invented multi-outlet corpus (tests/data/corpus/invented16: 24 pages, 14 outlets,
8 stories, written blind): one ferry disaster told over five days by 15 reports from 11 outlets,
beside seven look-alike or same-actor distractors, scored with the shared scorer, and checks on
the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its
blind scores with the code of commit 8bf4ca7, against the gold after its one slip was fixed
(README.md, "Blind scores" and "Gold slips"): stories B-cubed F1 65.2, same-story pairs F1 47.1,
reuse article pairs F1 66.7 with none reversed, passages F1 73.9, disagreements P 33.3 R 20.0
with two trap false alarms. The lead raises them after fixes.
"""

from __future__ import annotations

import json

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED16 = inv.folder("invented16")
GALLERY = "lensdaily-brisa-gallery.html"
GALLERIES = (GALLERY, "lensdaily-lantern-festival.html")  # captions only


@pytest.fixture(scope="module")
def records16():
    return inv.records(INVENTED16, 24)


@pytest.fixture(scope="module")
def bodies16(records16):
    return inv.bodies(records16)


@pytest.fixture(scope="module")
def output16(records16):
    return inv.output(records16)


@pytest.fixture(scope="module")
def gold16():
    return inv.gold(INVENTED16)


def test_invented16_floors(output16, tmp_path):
    """Floors just under the scores after the fixes of 2026-12-07 (blind, before them: stories /
    reuse pairs (reversed) / passages / disagreements P-R (false alarms) 65.2 / 66.7 (0) / 73.9 / 33.3-20.0 (2); README)."""
    res = _score(INVENTED16 / "gold.json", output16, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0 (P 100.0 R 100.0)
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] <= 0, art  # 100.0, 0 reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100.0
    dis = res["disagreements"]
    assert dis["p"] >= 99.9 and dis["r"] >= 99.9, dis  # 100.0 / 100.0
    assert dis["false_alarms_on_traps"] <= 0, dis  # 0 of 19


def test_invented16_look_alikes_stay_apart(output16, gold16):
    """The smaller sinking, the foreign ferry fire, the minister's bill and quota deal, the city's
    tram vote and the commander's next rescue each stay out of the ferry disaster's story."""
    story_of = {a: s["id"] for s in output16["stories"] for a in s["articles"]}
    disaster = {story_of[a["file"]] for a in gold16["articles"] if a["story"] == "capsize-brisa"}
    for a in gold16["articles"]:
        if a["story"] not in ("capsize-brisa", "lantern-varnholm"):
            assert story_of[a["file"]] not in disaster, a["file"]


def test_invented16_reuse_goes_to_the_direct_source(output16):
    """Radio Kallet read the ministry's statement; Globe Brief rewrote VWS twice; FeedPulse took
    HLA's final report. None of these comes out reversed, and HLA's first report is no source of
    the Courier, which rewrote UPDATE 2."""
    pairs = {(r["source"], r["target"]) for r in output16["reuse"]}
    for s, t in (("maritime-ministry-brisa-statement.txt", "radiokallet-brisa-bulletin.txt"),
                 ("vws-brisa-capsize.txt", "globebrief-brisa-capsize.html"),
                 ("vws-ferry-fire-vessland.txt", "globebrief-ferry-fire.html"),
                 ("hla-brisa-search-ends.txt", "feedpulse-brisa-search-ends.txt")):
        assert (s, t) in pairs and (t, s) not in pairs, (s, t)
    assert ("hla-brisa-capsize.txt", "tavoniacourier-brisa-toll.html") not in pairs


def test_invented16_every_article_in_one_story(output16, gold16):
    inv.check_every_article_in_one_story(output16, gold16)


def test_invented16_spans_are_body_slices(output16, bodies16):
    inv.check_spans_are_body_slices(output16, bodies16)


# --- the data: the gold must stay true to the pages -----------------------------------------

def _gold_texts(gold16):
    for r in gold16["reuse"]:
        for q in r["pairs"]:
            yield r["source"], q["source_sentence"]
            yield r["target"], q["target_sentence"]
    for key in ("disagreements", "agreements_not_disagreements", "not_same_thing"):
        for d in gold16[key]:
            for v in d["values"]:
                yield v["file"], v["text"]


def test_invented16_gold_texts_are_in_the_extracted_bodies(gold16, bodies16):
    """Every gold reuse sentence and every gold or trap figure text is in its file's body as the
    extractor gives it (so a miss is the corpus layer's, not the page's). The captions-only
    gallery is checked apart (below)."""
    missing = [(f, s) for f, s in _gold_texts(gold16) if f != GALLERY and s not in bodies16[f].body]
    assert not missing, missing


def test_invented16_gallery_captions_are_its_article(bodies16):
    # (an xfail on the blind run, where the gallery's body was the site's furniture; the extractor
    # now takes a gallery's captions as its story)
    body = bodies16[GALLERY].body
    assert "The hull of the Brisa Maren lies on its side" in body and "the toll stood at 17" in body
    assert "Shop prints" not in body


def test_invented16_gold_is_consistent(gold16, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED16, gold16, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 19


def test_invented16_manifest_matches_gold_and_pages(gold16, bodies16):
    manifest = json.loads((INVENTED16 / "MANIFEST.json").read_text(encoding="utf-8"))
    by = {m["file"]: m for m in manifest}
    assert sorted(by) == sorted(a["file"] for a in gold16["articles"]) == sorted(bodies16)
    assert {a["file"]: a["story"] for a in gold16["articles"]} == {f: m["story"] for f, m in by.items()}
    for r in gold16["reuse"]:
        src, tgt = by[r["source"]], by[r["target"]]
        assert src["story"] == tgt["story"] and src["published"] <= tgt["published"], r["source"]
        if src["published"] == tgt["published"] and src["published_time"] and tgt["published_time"]:
            assert src["published_time"] <= tgt["published_time"], r["source"]
        assert r["source"] in (tgt["reuses"] or []) and r["target"] in (src["reused_by"] or [])
    for f, m in by.items():  # the article as written; a line the extractor drops is in `removed`
        if f in GALLERIES:
            continue  # their captions are not extracted (the xfail above)
        art = bodies16[f]
        kept = [art.body, *art.removed]
        assert any(m["body_starts_with"] in t for t in kept) and any(m["body_ends_with"] in t for t in kept), f
    assert all(m["published"] for m in manifest)
