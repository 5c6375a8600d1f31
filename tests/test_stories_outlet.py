"""Stories: one station's two undated bulletins on two events at one place (invented71's and
invented73's class: a station's bulletin on a launch failure joined its later bulletin on the next
launch from the same beach, by the place, the harbour master and the fishing ban they share, not the
wires' reports of the failure). With no date the date rules cannot part them; one outlet's two
reports are two stories far more often than one, so their likeness is weighed down
(stories.SAME_OUTLET_F) unless they are versions of one report.

Invented passages: a coaster aground at the mouth of Selby harbour, told by two wires and by Radio
Selby's evening bulletin; five days on a new lifeboat station at Selby Point, told by a paper and by
Radio Selby's morning bulletin, which recalls the grounding. Judged in batch and online.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories

from .test_stories_classes import _docs, _online_stories, _stories
from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

GROUNDING = [
    ("wire-coaster-aground", "Norrvik Press Agency", "2027-06-14", "Coaster runs aground at mouth of Selby harbour",
     "SELBY, June 14 (NPA) - The coaster Marta Lind ran aground at the mouth of Selby harbour early on Monday, "
     "blocking the channel for most of the day, the port authority said.\n\n"
     "None of the seven crew was hurt. The vessel, carrying 900 tonnes of timber from Kessvik, struck a "
     "sandbank off Selby Point at about 04:30 in thick fog.\n\n"
     "Tugs pulled the coaster free on the evening tide. Divers will inspect the hull on Tuesday before the "
     "Marta Lind is allowed to sail on.\n\n"
     "The port authority said it would review the buoys marking the channel."),
    ("coast-coaster-aground", "Coastline Daily", "2027-06-14", "Timber ship stuck on sandbank off Selby Point",
     "A timber-laden coaster spent Monday stuck on a sandbank off Selby Point after going aground in fog, "
     "closing the entrance to Selby harbour.\n\n"
     "The Marta Lind's seven crew stayed on board. Two tugs refloated her on the evening tide, and the port "
     "authority said divers would check the hull.\n\n"
     "Skippers said the channel buoys had been moved by winter storms and never set back."),
    ("radioselby-grounding", "Radio Selby", None, "FLEET KEPT IN",
     "Good evening. Twenty fishing boats were kept in port today after the coaster Marta Lind went aground "
     "in fog this morning.\n\n"
     "The harbour master says the boats may go out at first light.\n\n"
     "Skipper Ola Brenn told us he lost a day's catch. More at ten."),
]
LIFEBOAT = [
    ("herald-lifeboat-station", "Selby Herald", "2027-06-19", "New lifeboat station opens at Selby Point",
     "A lifeboat station costing 4 million crowns opened at Selby Point on Saturday, with a new all-weather "
     "boat and a crew of 24 volunteers.\n\n"
     "The Sea Rescue Society said the station halves the time to reach ships in trouble at the harbour mouth "
     "and on the sandbanks to the north.\n\n"
     "Coxswain Grete Holm said the volunteers had trained for a year on the new boat."),
    ("radioselby-lifeboat", "Radio Selby", None, "LIFEBOAT STATION OPENS AT SELBY POINT",
     "Good morning. Selby Point's new lifeboat station opened today, five days after the grounding that kept "
     "the fishing boats in port.\n\n"
     "The harbour master says the new boat can reach the harbour mouth in eight minutes.\n\n"
     "Skipper Ola Brenn says the fishing boats feel safer now. More at nine."),
]
GOLD = sorted([sorted(n for n, *_ in GROUNDING), sorted(n for n, *_ in LIFEBOAT)])


def test_two_bulletins_of_one_station_alike():
    """The case tests what it says: the station's two bulletins are alike above the threshold."""
    docs = {d.name: d for d in _docs(GROUNDING + LIFEBOAT)}
    stories.profile(list(docs.values()))
    assert stories.similarity(docs["radioselby-grounding"], docs["radioselby-lifeboat"]) > stories.THRESHOLD


def test_one_stations_undated_bulletins_apart_batch():
    assert _stories(_docs(GROUNDING + LIFEBOAT)) == GOLD


def test_one_stations_dated_versions_still_one_story():
    """Two versions of one wire report (one outlet, one day, sharing sentences) stay one story."""
    first = GROUNDING[0]
    update = ("wire-coaster-aground-update", first[1], first[2], "UPDATE 1-Coaster refloated at Selby harbour",
              "Tugs refloated the coaster Marta Lind on the evening tide, reopening Selby harbour.\n\n" + first[4])
    got = _stories(_docs(GROUNDING + [update] + LIFEBOAT))
    assert any({"wire-coaster-aground", "wire-coaster-aground-update"} <= set(g) for g in got), got


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_one_stations_undated_bulletins_apart_online(order, db_url):  # noqa: F811
    items = GROUNDING + LIFEBOAT
    if order == "reverse":
        items = items[::-1]
    assert _online_stories(db_url, items) == GOLD, order
