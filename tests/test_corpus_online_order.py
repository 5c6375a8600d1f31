"""Online stories do not depend on the order articles arrive in (issue 19 point 2).

Each corpus is ingested one article at a time (store.add_many, then add_to_stories) into a fresh
store, in publication order, in reverse and in one seeded shuffle, and scored with the shared
stories scorer; every order must give the batch's stories, and re-adding every article must
change nothing. Before this test, online decisions taken when few articles were known were never
taken again (a story is only regrouped when a report joins it), and a report that leads with a
neighbouring story's event was moved there only where the two stories were held apart:

- invented22, reverse order: the UNFO mandate report joined the Security Council resolution's
  story while its shared words were still rare, and stayed (stories B3 86.2); publication order:
  DSA's Mirovets shelling report, merged back with DSA's prisoner exchange, was never moved to
  the shelling story (94.3).
- invented7, reverse order: 86.6; invented16, every order: 97.9; invented25 shuffled (seed 2): 87.4.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from . import invented_corpus as inv
from .test_corpus import _score
from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

ORDERS = ("published", "reverse", "shuffled")


def _order(recs: list, how: str) -> list:
    out = sorted(recs, key=lambda r: (r.article.published or "9999", r.article.source))
    if how == "reverse":
        out.reverse()
    elif how.startswith("shuffled"):  # "shuffled": seed 1; "shuffledN": seed N
        random.Random(int(how[8:] or 1)).shuffle(out)
    return out


def _ingest(url: str, recs: list) -> tuple[dict, dict]:
    """The stored output after adding each record in turn, and the same after adding each again."""
    from newsgraph.cli_corpus import _stored_from
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.store import open_store

    store = open_store(url)
    try:
        for r in recs:
            store.add_many([r])
            add_to_stories(store, [r])
        first = _stored_from(store)
        for r in recs:
            store.add_many([r])
            add_to_stories(store, [r])
        again = _stored_from(store)
    finally:
        store.close()
    return first, again


def _named(out: dict, recs: list) -> dict:
    name = {r.article.id: Path(r.article.source).name for r in recs}
    return {"stories": [{"id": s["id"], "title": s["title"], "articles": [name[a] for a in s["articles"]]}
                        for s in out["stories"]]}


def _partition(pred: dict) -> set[frozenset]:
    return {frozenset(s["articles"]) for s in pred["stories"]}


@pytest.fixture(scope="module")
def records22():
    return inv.records(inv.folder("invented22"), 25)


@pytest.fixture(scope="module")
def batch22(records22):
    from newsgraph.corpus import build

    out = build(records22, [Path(r.article.source).name for r in records22])
    return _partition({"stories": out["stories"]})


def _check22(url: str, recs: list, batch: set, how: str, tmp_path: Path) -> None:
    first, again = _ingest(url, _order(recs, how))
    assert again == first  # re-adding changes nothing
    pred = _named(first, recs)
    res = _score(inv.folder("invented22") / "gold.json", pred, tmp_path)
    assert res["stories"]["f1"] >= 99.9, (how, res["stories"])  # 94.3 published, 86.2 reverse before
    assert _partition(pred) == batch, how  # the batch's stories, whatever the order
    of = {a: s["id"] for s in pred["stories"] for a in s["articles"]}
    assert of["dsa-mirovets-shelling.txt"] == of["mws-border-shelling.txt"] != of["dsa-prisoner-exchange.txt"]
    assert of["mws-unfo-mandate-renewal.txt"] != of["cpa-unsc-resolution.txt"]


@pytest.mark.parametrize("how", ORDERS)
def test_invented22_online_any_order_sqlite(records22, batch22, how, tmp_path):
    _check22(str(tmp_path / "s.db"), records22, batch22, how, tmp_path)


def test_invented22_online_reverse_order(db_url, records22, batch22, tmp_path):  # noqa: F811
    """The same on each store kind (PostgreSQL where NEWSGRAPH_TEST_PG_URL is set)."""
    _check22(db_url, records22, batch22, "reverse", tmp_path)


@pytest.mark.parametrize("name,n,how", [("invented7", 24, "reverse"), ("invented16", 24, "published"),
                                         ("invented25", 25, "shuffled2"), ("invented43", 24, "published")])
def test_online_as_batch(name, n, how, tmp_path):
    """invented7 in reverse (86.6 before), invented16 in publication order (97.9 before), invented25
    shuffled with seed 2 (87.4 before; 95.0 where only stories within half the threshold were
    revisited: Rusk's resignation stayed with the riot); invented43 in publication order (92.5
    before: the agency's take of the union's strike release, 0.6 alike, was marked a digest when the
    same union's tram strike came in, and the rail strike's three reports ended alone)."""
    from newsgraph.corpus import build

    recs = inv.records(inv.folder(name), n)
    first, again = _ingest(str(tmp_path / "s.db"), _order(recs, how))
    assert again == first
    pred = _named(first, recs)
    batch = build(recs, [Path(r.article.source).name for r in recs])
    res = _score(inv.folder(name) / "gold.json", pred, tmp_path)
    if name == "invented43":
        # (since the seventeenth session's dates, 3 and 8 days, the online path in publication order
        # joins the gazette's toll report to its story, which the batch leaves alone: online 100,
        # batch 97.1; online must not be worse)
        assert res["stories"]["f1"] >= _score(inv.folder(name) / "gold.json", batch, tmp_path)["stories"]["f1"]
        return
    assert _partition(pred) == _partition({"stories": batch["stories"]})  # the batch's stories
    assert res["stories"]["f1"] >= 99.9, res["stories"]
