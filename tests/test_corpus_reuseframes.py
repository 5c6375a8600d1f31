"""Reused wording framed by the rewrite (tests/data/corpus/reuseframes: 13 pages, 10 outlets, 4
stories in an invented country, written for issue 19 point 3; README.md): a release's, a company's
and a ministry's sentences taken by a wire, a markets site and two papers, each with an attribution
of its own at the end or at the head ("..., the authority said.", "..., it said in the
statement.", "..., according to the ministry's statement.", "Brevik Foods said in a statement on
Tuesday that ..."), reordered, one with a clause dropped, one with its e-mail address replaced by
words; a live page's newest-first entries taken from a wire's first version, not its later update;
and what is not reuse: two outlets quoting one third party who spoke to the press, a standard
phrase also written of another story, a paper's tagline.

On the code of 36a2a81 (before the framed-sentence rules of corpus/reuse.py): reuse article pairs
F1 83.3 (the markets site's pair missed: every sentence it took carries a frame, so none counted on
its own; Radio Nord paired with it by one share-price sentence), passages 87.4 (P 93.8 R 81.8).
After: 100 / 100.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

REUSEFRAMES = inv.folder("reuseframes")


@pytest.fixture(scope="module")
def records_rf():
    return inv.records(REUSEFRAMES, 13)


@pytest.fixture(scope="module")
def bodies_rf(records_rf):
    return inv.bodies(records_rf)


@pytest.fixture(scope="module")
def output_rf(records_rf):
    return inv.output(records_rf)


@pytest.fixture(scope="module")
def gold_rf():
    return inv.gold(REUSEFRAMES)


def _pairs(out):
    return {(r["source"], r["target"]) for r in out["reuse"] if r["pairs"]}


def test_reuseframes_scores(output_rf, tmp_path):
    res = _score(REUSEFRAMES / "gold.json", output_rf, tmp_path)
    assert res["stories"]["f1"] >= 99.9, res["stories"]
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 99.9 and art["reversed"] == 0, art  # 83.3 at 36a2a81
    assert res["reuse"]["passages"]["f1"] >= 99.9, res["reuse"]["passages"]  # 87.4 at 36a2a81


def test_reuseframes_framed_sentences_found(output_rf):
    """Every sentence the markets site took from the release carries a frame of its own, or an
    address replaced by words: each is found, and the pair with them."""
    got = [p["target_span"]["text"] for r in output_rf["reuse"]
           if (r["source"], r["target"]) == ("brevik-recall.html", "marketline-recall.txt") for p in r["pairs"]]
    text = " ".join(got)
    for part in ("it said in the statement.", "according to the statement.", "by writing to the company before 31 December."):
        assert part in text, (part, got)


def test_reuseframes_nothing_between_outlets_quoting_one_source(output_rf, gold_rf):
    """No pair between the pages the gold says share no wording of each other's: two outlets
    quoting one speaker at the gates or at a news conference, a standard phrase that a report of
    another story also has, a paper's tagline, a live page and the update that came after it."""
    pairs = _pairs(output_rf)
    for n in gold_rf["not_reuse"]:
        assert (n["a"], n["b"]) not in pairs and (n["b"], n["a"]) not in pairs, n


def test_reuseframes_live_page_takes_the_first_version(output_rf):
    assert ("vna-storm.txt", "vtv-storm-live.html") in _pairs(output_rf)
    assert not {p for p in _pairs(output_rf) if "vtv-storm-live.html" in p and "vna-storm-update.txt" in p}


def test_reuseframes_every_article_in_one_story(output_rf, gold_rf):
    inv.check_every_article_in_one_story(output_rf, gold_rf)


def test_reuseframes_spans_are_body_slices(output_rf, bodies_rf):
    inv.check_spans_are_body_slices(output_rf, bodies_rf)


# --- the data: the gold must stay true to the pages -----------------------------------------

def test_reuseframes_gold_texts_are_in_the_extracted_bodies(gold_rf, bodies_rf):
    missing = inv.gold_texts_missing(gold_rf, bodies_rf)
    assert not missing, missing


def test_reuseframes_gold_reuse_is_consistent(gold_rf, tmp_path):
    """The gold's own prediction scores 100 on stories and reuse."""
    res = _score(REUSEFRAMES / "gold.json", inv.gold_prediction(gold_rf), tmp_path)
    assert res["stories"]["f1"] == res["pairs"]["f1"] == 100.0
    assert res["reuse"]["article_pairs"]["f1"] == res["reuse"]["passages"]["f1"] == 100.0


def test_reuseframes_manifest_matches_gold_and_pages(gold_rf, bodies_rf):
    manifest = inv.check_manifest(REUSEFRAMES, gold_rf, bodies_rf)
    assert all(m["published"] and m["published_time"] for m in manifest)
    assert len({m["outlet"] for m in manifest}) == 10


# --- an address in a sentence of the story, and a release's contact footer -------------------

def _doc(name, body, published="2026-01-01", publisher=None):
    from types import SimpleNamespace

    from newsgraph.corpus.features import raw_counts
    from newsgraph.corpus.stories import Doc

    art = SimpleNamespace(removed=[], byline=None, dateline=None, title="")
    rec = SimpleNamespace(article=art, attributions=[])
    return Doc(name=name, id=name, title="", body=body, published=published, publisher=publisher,
               url=None, record=rec, counts=raw_counts("", body))


FOOTER = ("Within Europe, which continues to remain an important element in the world economy, the market will "
          "add over US$10 you get all the market research you need - instantly, in one place. __________________________ Contact Clare: "
          "clare@reportfinder.example US: (339)-368-6001 Intl: +1 339-368-6001 SOURCE Reportfinder Related Link")


def test_reuseframes_contact_footer_is_no_wording_but_a_story_sentence_with_an_address_is():
    """A market-research release's contact footer (an address, a number to call, "Contact",
    "SOURCE"), shared by two releases of one feed, is no one's wording, however many of its words
    the other report has (the SemEval-2022 train texts 1484012137 / 1484043572 were paired by it
    while the address test read the footer's own copy as the story). A sentence of the story that
    gives an e-mail address besides, copied with the address put in words, is the story's."""
    from newsgraph.corpus import reuse

    a = _doc("a.txt", "The global market for microwave devices is projected to grow by 3.1 billion dollars, analysts at the firm said in a new study.\n\n" + FOOTER, "2026-01-01")
    b = _doc("b.txt", "The global market for satellite navigation is expected to reach 128.7 billion dollars by 2025, according to a study released on Tuesday.\n\n" + FOOTER, "2026-01-02")
    assert reuse.find([a, b], reuse.boilerplate([[a, b]])) == []
    src = _doc("n.txt", "The concert in Brenhall on Saturday has been cancelled because the singer has lost her voice.\n\n"
               "All ticket holders will receive a full refund to the card used to buy the tickets within 14 days.\n\n"
               "Fans who travelled to Brenhall can claim up to 100 euros towards travel and hotel costs by sending receipts to refunds@northlight.example before 31 December.",
               "2026-01-01", publisher="Northlight Live")
    tgt = _doc("s.txt", "The singer's concert in Brenhall was called off on Saturday night, leaving thousands of fans in tears outside the hall.\n\n"
               "All ticket holders will receive a full refund to the card used to buy the tickets within two weeks.\n\n"
               "Fans who travelled to Brenhall can claim up to 100 euros towards travel and hotel costs by sending receipts to the promoter before 31 December.",
               "2026-01-02", publisher="The Daily Spark")
    found = reuse.find([src, tgt], reuse.boilerplate([[src, tgt]]))
    assert [(r.source.name, r.target.name) for r in found] == [("n.txt", "s.txt")]
    assert any("to the promoter before 31 December" in tgt.body[t0:t1] for _, (t0, t1) in found[0].pairs)
