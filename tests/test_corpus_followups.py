"""Follow-ups kept apart from, and kept with, the event behind them (tests/data/corpus/followups:
14 pages, 4 outlets, 5 stories, written for issue 19's point 2): a ferry fire with its toll update
and its second-day story, and the suspension of the ferry company's licence three days later; a
central bank's rate rise with the next day's reactions, and the governor's hearing before
parliament three days later; a storm and its toll update two days later.

Before stories.EVENT_GAP_DAYS the hearing joined the rate rise (stories B-cubed F1 90.6, pairs F1
82.4); with it, 100 and 100. The toll updates, the second-day story and the reaction piece must
stay with their events.
"""

from __future__ import annotations

import pytest

from . import invented_corpus as inv
from .test_corpus import _score

FOLLOWUPS = inv.folder("followups")


@pytest.fixture(scope="module")
def records_fu():
    return inv.records(FOLLOWUPS, 14)


@pytest.fixture(scope="module")
def output_fu(records_fu):
    return inv.output(records_fu)


@pytest.fixture(scope="module")
def gold_fu():
    return inv.gold(FOLLOWUPS)


def _story_of(out):
    return {a: s["id"] for s in out["stories"] for a in s["articles"]}


def test_followups_scores(output_fu, tmp_path):
    res = _score(FOLLOWUPS / "gold.json", output_fu, tmp_path)
    assert res["stories"]["f1"] >= 99.9, res["stories"]  # 100 (90.6 before EVENT_GAP_DAYS)
    assert res["pairs"]["f1"] >= 99.9, res["pairs"]  # 100 (82.4 before)


def test_followups_every_article_in_one_story(output_fu, gold_fu):
    inv.check_every_article_in_one_story(output_fu, gold_fu)


def test_later_events_are_stories_of_their_own(output_fu):
    """The governor's hearing three days after her bank's rate rise, and the licence suspended
    three days after the ferry fire, are not the stories of the events they follow."""
    of = _story_of(output_fu)
    assert of["vna-marr-hearing.txt"] == of["courier-marr-hearing.html"]
    assert of["vna-marr-hearing.txt"] != of["vna-rate-rise.txt"]
    assert of["vna-lindqvist-licence.txt"] == of["maritime-lindqvist-licence.txt"]
    assert of["vna-lindqvist-licence.txt"] != of["vna-ferry-fire.txt"]


def test_followups_of_the_event_stay_with_it(output_fu):
    """A toll update (next day and two days later), a second-day story and a reaction piece."""
    of = _story_of(output_fu)
    assert of["vna-ferry-toll.txt"] == of["courier-ferry-dayafter.html"] == of["vna-ferry-fire.txt"]
    assert of["radiodorn-rate-reaction.html"] == of["vna-rate-rise.txt"]
    assert of["vna-storm-toll.txt"] == of["vna-storm-hilde.txt"]


def test_event_day_and_lead_event_from_the_record(records_fu):
    """What the rule reads from the records: the day the lead tells of (the reaction piece's is the
    day the reactions were said, not the rate rise's) and the lead's own event words."""
    import datetime as dt
    from pathlib import Path

    from newsgraph.corpus import stories

    docs = {Path(r.article.source).name: stories.Doc.of(r, Path(r.article.source).name) for r in records_fu}
    assert stories.event_day(docs["vna-rate-rise.txt"]) == dt.date(2027, 3, 2)
    assert stories.event_day(docs["radiodorn-rate-reaction.html"]) == dt.date(2027, 3, 3)
    assert stories.event_day(docs["vna-marr-hearing.txt"]) == dt.date(2027, 3, 5)
    assert "suspen" in stories.lead_event_keys(docs["vna-lindqvist-licence.txt"])
    hearing = [docs["vna-marr-hearing.txt"], docs["courier-marr-hearing.html"]]
    rise = [docs["vna-rate-rise.txt"], docs["courier-rate-rise.html"], docs["radiodorn-rate-reaction.html"]]
    assert stories.apart(hearing, rise)
    old = stories.EVENT_GAP_DAYS, stories.APART_SHARE
    try:
        # without the rule (and with the lead-core rule at its share before the seventeenth
        # session, 0.5, where it does not hold these two apart alone) the two are alike enough to join
        stories.EVENT_GAP_DAYS, stories.APART_SHARE = 0, 0.5
        assert not stories.apart(hearing, rise)
    finally:
        stories.EVENT_GAP_DAYS, stories.APART_SHARE = old


def test_a_date_after_the_report_is_no_event_day():
    """"will walk out for 48 hours from 14 December" in a report of the 9th: the lead tells of the
    strike's call, on the 9th, not of the strike (invented100, read after its measurement)."""
    import datetime as dt

    from newsgraph.corpus import stories
    from newsgraph.pipeline import analyze

    rec = analyze("Dockers to strike at Ostby\n\nDockers at the port of Ostby will walk out for 48 hours from 14 "
                  "December 2026 after pay talks broke down, their union said on Wednesday.\n\n"
                  "The port employers said they regretted the decision.\n", published="2026-12-09")
    assert any(m.value == "2026-12-14" for m in rec.dates)
    assert stories.event_day(stories.Doc.of(rec, "x.txt")) == dt.date(2026, 12, 9)
