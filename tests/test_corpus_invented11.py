"""The eleventh invented multi-outlet corpus (tests/data/corpus/invented11: 23 pages, 15 outlets,
9 stories of business, sports and culture news, written blind after the first ten), scored with
the shared scorer, and checks on the data itself.

The corpus is a held-out estimate: no code was changed for it. The floors sit just under its
blind scores with the code of commit ba3df74 (README.md, "Blind scores"): stories B-cubed F1 97.0,
same-story pairs F1 95.2, reuse article pairs F1 20.0 with 4 of 5 reversed, passages F1 15.0,
disagreements P 50.0 R 42.9 with one trap false alarm. The lead raises them after fixes.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

INVENTED11 = inv.folder("invented11")
MATCHES = (("nla-verrin-ostport.txt", "verrinathletic-match-report.html"),
           ("nla-kessel-dunmar.txt", "pitchside-kessel-dunmar.html", "kesselcourier-rovers-win.html"))
QUOTERS = ("nla-quell-tour.txt", "starline-quell-statement.html", "radiovolta-quell.txt")


@pytest.fixture(scope="module")
def records11():
    return inv.records(INVENTED11, 23)


@pytest.fixture(scope="module")
def bodies11(records11):
    return inv.bodies(records11)


@pytest.fixture(scope="module")
def output11(records11):
    return inv.output(records11)


@pytest.fixture(scope="module")
def gold11():
    return inv.gold(INVENTED11)


def test_invented11_floors(output11, tmp_path):
    """Floors just under the scores after the fixes of 2026-12-07 (blind, before them: stories /
    reuse pairs (reversed) / passages / disagreements P-R (false alarms) 97.0 / 20.0 (4) / 15.0 / 50.0-42.9 (1); README)."""
    res = _score(INVENTED11 / "gold.json", output11, tmp_path)
    assert res["stories"]["f1"] >= 99.9 and res["stories"]["r"] >= 99.9, res["stories"]  # 100.0 (P 100.0 R 100.0)
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100.0
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] <= 0, art  # 100.0, 0 reversed
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 100.0
    dis = res["disagreements"]
    assert dis["p"] >= 99.9 and dis["r"] >= 71.3, dis  # 100.0 / 71.4
    assert dis["false_alarms_on_traps"] <= 0, dis  # 0 of 27


def test_invented11_two_matches_of_one_evening_stay_apart(output11):
    """Two home wins in one league on one evening, told by one wire minutes apart, are two stories."""
    story_of = {a: s["id"] for s in output11["stories"] for a in s["articles"]}
    for m in MATCHES:
        assert len({story_of[a] for a in m}) == 1, m
    assert story_of[MATCHES[0][0]] != story_of[MATCHES[1][0]]


def test_invented11_a_quoted_post_is_not_reuse(output11):
    """Three outlets quoting the singer's social-media post have not reused each other."""
    pairs = {(r["source"], r["target"]) for r in output11["reuse"]}
    for a in QUOTERS:
        for b in QUOTERS:
            assert (a, b) not in pairs, (a, b)


def test_invented11_every_article_in_one_story(output11, gold11):
    inv.check_every_article_in_one_story(output11, gold11)


def test_invented11_spans_are_body_slices(output11, bodies11):
    inv.check_spans_are_body_slices(output11, bodies11)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_invented11_gold_texts_are_in_the_extracted_bodies(gold11, bodies11):
    """Every gold reuse sentence, every gold or trap figure text and every quote variant is in its
    file's body as the extractor gives it (so a miss is the corpus layer's, not the page's)."""
    missing = []
    for r in gold11["reuse"]:
        for q in r["pairs"]:
            for name, s in ((r["source"], q["source_sentence"]), (r["target"], q["target_sentence"])):
                if s not in bodies11[name].body:
                    missing.append((name, s))
    for key in ("disagreements", "agreements_not_disagreements", "not_same_thing"):
        for d in gold11[key]:
            for v in d["values"]:
                # (the ticker line's "+4.31%" trap: the line is furniture since the extractor
                # learnt ticker lines, so the trap cannot fire; it must then be among the removed)
                if v["text"] not in bodies11[v["file"]].body and not (
                        key != "disagreements" and any(v["text"] in r for r in bodies11[v["file"]].removed)):
                    missing.append((v["file"], v["text"]))
    for q in gold11["quote_variants"]:
        for v in q["quotes"]:
            if v["text"] not in bodies11[v["file"]].body:
                missing.append((v["file"], v["text"]))
    assert not missing, missing


def test_invented11_blog_comments_are_not_the_article(bodies11):
    """The WordPress copy ends with its post; the readers' comments and the reply form are not in it."""
    body = bodies11["gadgetnook-pellam-copy.html"].body
    assert "Let us know in the comments!" in body
    assert "word for word lol" not in body and "readerfox" not in body and "Leave a Reply" not in body


def test_invented11_gold_is_consistent(gold11, tmp_path):
    """A prediction built from the gold scores 100 everywhere; one that reports every trap as a
    disagreement sets off every trap (each spans two files)."""
    res, traps = inv.check_gold_consistent(INVENTED11, gold11, tmp_path)
    assert res["disagreements"]["false_alarms_on_traps"] == len(traps) == 27


def test_invented11_manifest_matches_gold_and_pages(gold11, bodies11):
    manifest = inv.check_manifest(INVENTED11, gold11, bodies11)
    assert all(m["published"] for m in manifest)
