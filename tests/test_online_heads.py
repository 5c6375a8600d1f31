"""Online, two full reports of one story under one head join as in batch (HEAD_BOOST, stories.head_factor).

The invented undated pages of tests/test_stories_heads.py (a governor's days at his lodge and a rival's
jab at them, one head and two angles; a log-in page under a full match report's head; the same
governor's police chief and another game's report apart) ingested one article at a time into a fresh
store (SQLite, and PostgreSQL where NEWSGRAPH_TEST_PG_URL is set), in both arrival orders, give the
batch's stories. Before the online path applied the rule (online._sim_with without head_factor), the
tally and the jab stayed two stories online in both orders (their words alone are under the threshold);
the log-in page joined its report online already (its own title leaves the pair to the mean of words).
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.stories import Doc

from .test_stories_heads import CHIEF, GOLD, JAB, LOGIN, OTHER1, OTHER2, REPORT, REPORT2, TALLY
from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)
from .online_ingest import ingest_twice

PAGES = [("chief", "", CHIEF), ("report2", "", REPORT2), ("tally", "", TALLY), ("jab", "", JAB),
         ("report", "", REPORT), ("login", *LOGIN), ("other1", "", OTHER1), ("other2", "", OTHER2)]


def _records() -> list:
    from newsgraph.record import Article, Record

    return [Record(article=Article(id=n, title=t or None, body=b)) for n, t, b in PAGES]


def _online(url: str, recs: list) -> tuple[list[list[str]], list[list[str]], dict]:
    """Each record stored and put in a story one at a time; then each added again. Returns the
    stories (article ids), the same after re-adding, and each article's stored profile."""
    def profiles(store) -> dict:
        return {p["article_id"]: p["profile"] for sid in {store.article_story(r.article.id)["id"] for r in recs}
                for p in store.story_profiles(sid)}

    return ingest_twice(url, recs, profiles)


def test_batch_of_the_records_is_the_gold():
    """The records (no extraction) group in batch as the Docs of test_stories_heads do."""
    recs = _records()
    assert sorted(sorted(d.name for d in s.docs) for s in stories.group([Doc.of(r) for r in recs])) == GOLD


@pytest.mark.parametrize("reverse", [False, True], ids=["in-order", "reversed"])
def test_one_head_joins_online_as_in_batch(db_url, reverse):  # noqa: F811
    recs = _records()
    if reverse:
        recs = recs[::-1]
    first, again, profiles = _online(db_url, recs)
    assert again == first  # re-adding changes nothing
    assert ["jab", "tally"] in first, first  # ["jab"], ["tally"] before, SQLite and PostgreSQL, both orders
    assert ["login", "report"] in first, first
    assert first == GOLD
    # what the rule reads of a stored report is kept in its profile (no text needed)
    assert profiles["tally"]["words"] >= stories.PAGE_WORDS > profiles["chief"]["words"]
    assert {"governor", "halde"} <= set(profiles["tally"]["head"])


def test_online_without_the_rule_splits_them(monkeypatch, tmp_path):
    """The online case needs the rule: with HEAD_BOOST 1 the two angles stay apart online too."""
    monkeypatch.setattr(stories, "HEAD_BOOST", 1.0)
    first, _, _ = _online(str(tmp_path / "store.db"), _records())
    assert ["jab"] in first and ["tally"] in first, first
