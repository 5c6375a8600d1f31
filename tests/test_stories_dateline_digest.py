"""Stories: a wire's report under its dateline is no digest, however many other stories its
background paragraphs recall (invented78's class: a wire's report of a freight derailment, with a
paragraph each on last week's crash, the line's ridership, a passenger group's complaint and the
track, was read as a digest of four stories and parted from the local site's report of the same
derailment). The digests of the corpora (an evening round-up, a newsletter) carry no dateline.

Invented passages: a crane falls at Osterby harbour, told by a wire under its dateline, whose later
paragraphs recall the town's ferry strike, museum theft, football match and bakery results (the four
stories of tests/test_stories_classes.py's digest case), and by a paper in its own words.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.features import raw_counts
from newsgraph.corpus.stories import Doc

from .test_stories_classes import BAKERY, FERRY, MATCH, MUSEUM
from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

CRANE = [
    ("npa-crane", "Nordhavn Press Agency", "2027-05-10", "Crane collapses at Osterby harbour, two hurt",
     "A container crane collapsed onto the quay at Osterby harbour on Monday, injuring two dock workers and "
     "crushing a parked lorry, the port authority said.\n\n"
     "The crane, one of three on the north quay, folded at its base as it lifted an empty container in gusts "
     "of wind.\n\n"
     "It was a hard day for the town: crews of the Osterby ferries walked out over night rosters, leaving "
     "Tamsholm commuters without a crossing.\n\n"
     "Thieves had taken the medieval silver chalice of the Osterby museum through a skylight the night "
     "before, police said.\n\n"
     "Nordhavn United beat Vellby Town 3-1 on Sunday with two goals from striker Jonas Arnesen.\n\n"
     "Kornhus, the bakery chain, raised its yearly profit by a fifth on coffee sold in its 160 shops."),
    ("post-crane", "Osterby Post", "2027-05-10", "Harbour crane falls on north quay",
     "A lorry driver had a lucky escape on Monday when a giant lifting rig toppled on the north quay, sending "
     "two dock hands to hospital.\n\n"
     "Witnesses said the crane buckled at its base in strong gusts while lifting an empty box, and its jib "
     "landed on a lorry.\n\n"
     "The port authority has stopped work with the two other cranes on the quay until they are inspected."),
]
DATELINES = {"npa-crane": "OSTERBY, May 10 (NPA)"}
ITEMS = FERRY + MUSEUM + MATCH + BAKERY + CRANE
GOLD = sorted(sorted(n for n, *_ in g) for g in (FERRY, MUSEUM, MATCH, BAKERY, CRANE))


def _docs(items) -> list[Doc]:
    return [Doc(name=n, id=n, title=t, body=b, published=p, publisher=o, counts=raw_counts(t, b),
                dateline=DATELINES.get(n)) for n, o, p, t, b in items]


def _stories(docs: list[Doc]) -> list[list[str]]:
    return sorted(sorted(d.name for d in s.docs) for s in stories.group(docs))


def test_a_report_under_its_dateline_is_no_digest_batch(monkeypatch):
    assert _stories(_docs(ITEMS)) == GOLD
    # the case tests what it says: without the dateline the wire's report is read as a digest
    monkeypatch.setattr(stories, "DIGEST_DATELINE", 0)
    assert _stories(_docs(ITEMS)) != GOLD


def _online(url: str, items) -> list[list[str]]:
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.record import Article, Record
    from newsgraph.store import open_store

    recs = [Record(article=Article(id=n, title=t or None, body=b, published=p, publisher=o, dateline=DATELINES.get(n)))
            for n, o, p, t, b in items]
    store = open_store(url)
    try:
        for r in recs:
            store.add_many([r])
            add_to_stories(store, [r])
        got = sorted({tuple(sorted(a["id"] for a in store.story(store.article_story(r.article.id)["id"])["articles"]))
                      for r in recs})
    finally:
        store.close()
    return [list(g) for g in got]


def test_a_report_under_its_dateline_is_no_digest_online(db_url):  # noqa: F811
    """Online, in the order published (the four stories first, then the crane's reports)."""
    assert _online(db_url, ITEMS) == GOLD


@pytest.mark.xfail(strict=True, reason="known gap: online, the crane's reports first, the match's reports then join "
                   "the wire's report by its paragraph on the match (a report recalling what had not yet been told)")
def test_a_report_under_its_dateline_is_no_digest_online_reversed(db_url):  # noqa: F811
    assert _online(db_url, ITEMS[::-1]) == GOLD
