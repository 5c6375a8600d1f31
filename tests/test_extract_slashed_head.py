"""Extraction: a wire's head with a slashed date whose order of day and month it cannot tell
("04/11/2026 20:15 (Dunhollow, UTC+1)") under the agency's masthead (invented79: three wire items
read with no date, no outlet and the masthead for a title, so the stories layer took them for one
undated outlet's look-alikes). The date is read the way the dateline's day agrees with ("VELT,
Nov 4 (QNA)"). Texts written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Item, extract

HEAD = "NNA - NORDIA NEWS AGENCY\n{date} (Karsby, UTC+1)\nDOMESTIC / ACCIDENTS\n\n"
STORY = ("Bus overturns on Karsby ring road, 14 hurt\n\n"
         "KARSBY, Nov 4 (NNA) - A city bus overturned on the Karsby ring road on Wednesday morning, injuring "
         "14 passengers, two of them seriously, police said.\n\n"
         "The driver lost control on black ice near the Ostmark junction, a police spokesman said.\n\n"
         "The ring road was closed for four hours while the bus was lifted.\n")


@pytest.mark.parametrize("date", ["04/11/2026 20:15", "11/04/2026 20:15"])
def test_a_slashed_date_under_a_masthead_is_read_by_the_dateline(date):
    a = extract(Item(content=HEAD.format(date=date) + STORY, name="nna-bus.txt"))
    assert a.published == "2026-11-04"
    assert a.title == "Bus overturns on Karsby ring road, 14 hurt"
    assert a.dateline == "KARSBY, Nov 4 (NNA)"
    assert a.body.startswith("A city bus overturned")
    assert a.publisher == "NNA"


def test_a_slashed_number_in_prose_is_no_date_line():
    a = extract(Item(content="Ring road reopens\n\nThe ring road reopened on Thursday. Case number 04/11/2026 was "
                     "closed by the court.\n\nDrivers were told to expect delays for a week.\n", name="x.txt"))
    assert a.title == "Ring road reopens" and "04/11/2026" in a.body


RELEASE = ("ORSK VALLEY POLICE\nMedia statement 2027/114\n{date}\n\nBody found in Orsk canal\n\n"
           "Officers were called to the canal towpath near Kell Lock at 06:50 this morning after a walker "
           "reported seeing a body in the water.\n\n"
           "The death is being treated as unexplained, and the towpath will stay closed while officers search "
           "the area.\n\nAnyone with information is asked to call the force on 101.\n")


@pytest.mark.parametrize("date", ["Friday 5 March 2027, 11:20 (Orsk Time)", "Friday 5 March 2027, 11:20 (Orsk time)"])
def test_an_issuers_date_line_in_its_places_time_is_read(date):
    """invented87: a fire service's head, its date line in "(Quellara Time)" with a capital, was read
    with no date and the service's name for a title."""
    a = extract(Item(content=RELEASE.format(date=date), name="orsk-police.txt"))
    assert a.published == "2027-03-05"
    assert a.title == "Body found in Orsk canal"
    assert a.body.startswith("Officers were called")
    assert a.publisher == "Orsk Valley Police"


def test_a_slashed_date_with_the_desks_place_and_labels_is_read_by_the_dateline():
    """invented98: "01/12/2026 11:40 Sorvath (UTC+2) | MINING-ACCIDENT | priority" under the wire's
    masthead: its three items were read undated and taken for one outlet's look-alikes."""
    head = "NNA - NORDIA NEWS AGENCY\n04/11/2026 20:15 Karsby (UTC+1) | ACCIDENTS | urgent\n\n"
    a = extract(Item(content=head + STORY, name="nna-bus.txt"))
    assert a.published == "2026-11-04"
    assert a.title == "Bus overturns on Karsby ring road, 14 hurt"
    assert a.publisher == "NNA"


def test_a_filing_line_heading_the_page_is_read_by_the_dateline():
    """invented87: "Meridian Trade Wire | 01/12/2026 15:10 | QUELLARA-GARMENTS/SURVEY | 190 words" over
    an item with no headline: read undated before."""
    text = ("Nordia News Agency | 04/11/2026 20:15 | KARSBY-BUS | 120 words\n\n"
            + STORY.split("\n\n", 1)[1])
    a = extract(Item(content=text, name="nna-bus.txt"))
    assert a.published == "2026-11-04"
    assert a.publisher == "Nordia News Agency"
    assert a.body.startswith("A city bus overturned")


def test_an_embargo_line_dates_a_release():
    """invented59: "PRESS RELEASE - embargoed to 08:00 Wednesday 9 December 2026" under the issuer's name."""
    text = ("KARSBY BUS COMPANY\nPRESS RELEASE - embargoed to 09:00 Thursday 5 November 2026\n\n"
            "Ring road crash: our statement\n\n"
            "One of our buses overturned on the Karsby ring road on Wednesday morning, and 14 of our passengers "
            "were hurt.\n\nWe are working with the police to find out what happened.\n\n"
            "Our thoughts are with the passengers and their families.\n")
    a = extract(Item(content=text, name="kbc-statement.txt"))
    assert a.published == "2026-11-05"
    assert a.title == "Ring road crash: our statement"
    assert a.body.startswith("One of our buses")


@pytest.mark.parametrize("line", ["For immediate release: Thursday 5 November 2026", "For immediate release, 5 November 2026",
                                  "For immediate release: Thursday 5 November 2026, 10:00",
                                  "Embargoed until 00:01 Thursday 5 November 2026",
                                  "Statement for publication 09:00, Thursday 5 November 2026"])
def test_a_releases_label_before_its_date_is_a_date_line(line):
    """invented34, 42, 66, 72, 83, 93, 97: "For immediate release: Wednesday 11 November 2026" under an
    issuer's name was no date line, so the name was read as the title and the date line as the body's
    first paragraph."""
    text = ("KARSBY TRANSPORT COMPANY - PRESS RELEASE\n" + line + "\n\nRing road crash: our statement\n\n"
            "One of our buses overturned on the Karsby ring road on Wednesday morning, and 14 of our passengers "
            "were hurt.\n\nWe are working with the police to find out what happened.\n")
    a = extract(Item(content=text, name="kbc-statement.txt"))
    assert a.published == "2026-11-05"
    assert a.title == "Ring road crash: our statement"
    assert a.publisher == "Karsby Transport Company"
    assert a.body.startswith("One of our buses")


def test_a_masthead_over_a_filing_line_and_no_headline():
    """invented70: "NORTHERN WIRE SERVICE" over "NWS | 01/12/2026 08:40 | EDUCATION-OSTRY | 260 words" and
    the dateline's paragraph: the masthead had been read as the title, the item undated."""
    text = ("NORDIA NEWS AGENCY\nNNA | 04/11/2026 20:15 | KARSBY-BUS | 120 words\n\n" + STORY.split("\n\n", 1)[1])
    a = extract(Item(content=text, name="nna-bus.txt"))
    assert a.published == "2026-11-04"
    assert a.title is None
    assert a.publisher == "Nordia News Agency"
    assert a.body.startswith("A city bus overturned")
