"""Online, two undated events of one kind stay apart by who they are about, as in batch.

stories.apart's undated test (UNDATED_NAMES 2: a group's lead person, named in most of its reports'
leads and in few of the other group's reports, keeps two undated groups apart) reads the record's
person actors (stories.doc_who, doc_persons). A stored profile keeps no record, so online the test
never acted: one club's two running backs put on injured reserve on two weeks (invented pages, no
publication date, one vocabulary) were one story online in every arrival order, two in batch. Now an
undated report's profile keeps doc_who's participants and doc_persons' name words from its record on
arrival. SQLite, and PostgreSQL where NEWSGRAPH_TEST_PG_URL is set.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.stories import Doc

from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)
from .online_ingest import ingest_twice

A = [("relling1", "Mariners put Tomas Relling on injured reserve",
      "The Harbour City Mariners placed running back Tomas Relling on injured reserve on Tuesday, ending his season. "
      "Relling tore a knee ligament in the second half of Sunday's loss at Westport. The Mariners signed a practice squad "
      "back to take his place on the roster. Coach Dana Oyelaran said the team would miss his speed on the outside. "
      "The club has now lost three starters to season-ending injuries this autumn."),
     ("relling2", "Relling's season over as Mariners move him to injured reserve",
      "Running back Tomas Relling will miss the rest of the season after the Harbour City Mariners moved him to injured reserve. "
      "Relling was hurt in the second half at Westport on Sunday and scans showed a torn knee ligament. "
      "Coach Dana Oyelaran told reporters the club would miss his speed on the outside. "
      "The Mariners promoted a back from the practice squad to fill the roster spot."),
     ("relling3", "Injured reserve for Mariners back Relling",
      "Tomas Relling, the Mariners' leading rusher, has been placed on injured reserve with a torn knee ligament. "
      "Relling went down in the second half of the defeat at Westport. The Harbour City Mariners filled his roster spot "
      "from the practice squad, and coach Dana Oyelaran said the team would miss his speed.")]
B = [("kvale1", "Mariners put Anders Kvale on injured reserve",
      "The Harbour City Mariners placed running back Anders Kvale on injured reserve on Wednesday, ending his season. "
      "Kvale broke his ankle in the first half of Sunday's win over Lakeport. The Mariners signed a practice squad back "
      "to take his place on the roster. Coach Dana Oyelaran said the team would miss his power inside. "
      "The club has lost several starters to season-ending injuries this year."),
     ("kvale2", "Kvale's season over as Mariners move him to injured reserve",
      "Running back Anders Kvale will miss the rest of the season after the Harbour City Mariners moved him to injured reserve. "
      "Kvale was hurt in the first half against Lakeport on Sunday and scans showed a broken ankle. "
      "Coach Dana Oyelaran told reporters the club would miss his power inside. "
      "The Mariners promoted a back from the practice squad to fill the roster spot."),
     ("kvale3", "Injured reserve for Mariners back Kvale",
      "Anders Kvale, the Mariners' short-yardage back, has been placed on injured reserve with a broken ankle. "
      "Kvale went down in the first half of the win over Lakeport. The Harbour City Mariners filled his roster spot "
      "from the practice squad, and coach Dana Oyelaran said the team would miss his power.")]


GOLD = [["kvale1", "kvale2", "kvale3"], ["relling1", "relling2", "relling3"]]


def _rec(i: str, t: str, b: str):
    """A record with the person actors a pipeline would find (each mention in the body)."""
    from newsgraph.record import Actor, Article, Record, Span

    acts = []
    for k, name in enumerate(["Tomas Relling", "Anders Kvale", "Dana Oyelaran"]):
        ms, j = [], b.find(name)
        while j >= 0:
            ms.append(Span.of(b, j, j + len(name)))
            j = b.find(name, j + 1)
        if not ms and name.split()[-1] in b:
            j = b.find(name.split()[-1])
            ms.append(Span.of(b, j, j + len(name.split()[-1])))
        if ms:
            acts.append(Actor(id=f"p{k}", name=name, type="person", mentions=ms))
    return Record(article=Article(id=i, title=t, body=b), actors=acts)


def _records() -> list:
    a, b = [_rec(*x) for x in A], [_rec(*x) for x in B]
    return [x for pair in zip(a, b) for x in pair]  # the two weeks' reports interleaved


def _online(url: str, recs: list) -> tuple[list[list[str]], list[list[str]], dict]:
    def profiles(store) -> dict:
        return {p["article_id"]: p["profile"] for sid in {store.article_story(r.article.id)["id"] for r in recs}
                for p in store.story_profiles(sid)}

    return ingest_twice(url, recs, profiles)


def _batch(recs: list) -> list[list[str]]:
    return sorted(sorted(d.name for d in s.docs) for s in stories.group([Doc.of(r) for r in recs]))


def test_batch_holds_the_two_weeks_apart_by_their_persons(monkeypatch):
    recs = _records()
    assert _batch(recs) == GOLD
    monkeypatch.setattr(stories, "UNDATED_KEYS", 0)  # without the test their words make them one
    assert _batch(recs) == [sorted(GOLD[0] + GOLD[1])]


@pytest.mark.parametrize("reverse", [False, True], ids=["in-order", "reversed"])
def test_online_holds_them_apart_as_batch(db_url, reverse):  # noqa: F811
    recs = _records()
    if reverse:
        recs = recs[::-1]
    first, again, profiles = _online(db_url, recs)
    assert first == GOLD, first  # one story of six before, SQLite and PostgreSQL, both orders
    assert again == first  # re-adding changes nothing
    # what the test reads of a stored undated report is in its profile
    assert ["relling"] in profiles["relling1"]["who"][0] and ["relling"] in profiles["relling1"]["who"][2]
    assert {"tomas", "relling"} <= set(profiles["relling1"]["persons"])


def test_a_dated_report_keeps_no_participants(tmp_path):
    """The test reads undated groups only: a dated report's profile stays as it was."""
    recs = _records()
    for r in recs:
        r.article.published = "2027-01-12"
    _, _, profiles = _online(str(tmp_path / "s.db"), recs)
    assert not any("who" in p or "persons" in p for p in profiles.values())


def test_profiles_stored_before_read_as_before(tmp_path, monkeypatch):
    """A store whose undated profiles have no participants (written before) groups as it did."""
    from newsgraph.corpus import online

    monkeypatch.setattr(online, "_who_profile", lambda doc: {})
    first, _, _ = _online(str(tmp_path / "s.db"), _records())
    assert first == [sorted(GOLD[0] + GOLD[1])]
