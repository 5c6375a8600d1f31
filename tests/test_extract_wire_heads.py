"""Extraction: head blocks the blind corpora showed misread (invented35, 44, 56, 67, 77, 87, 97, read
after their measurement), each on a page written for this file:

- a company's name in capitals with its legal form in small letters ("KORVID SYSTEMS plc") is its
  name over a release's head: the label under it is no title;
- a station's name over its bulletin line ("RADIO ORSK 101.2" over "Bulletin 18:00, Friday 5 March
  2027"): the station is the outlet, and the script has no headline (its first sentence is news);
- an agency's letters before its slashed date ("NNA 04/11/2026 20:15 CET") and its desk line
  ("DOMESTIC - TRANSPORT - ACCIDENTS") over the headline: the headline is the title;
- a wire's slug on a line of its own ("KARSBY-TRANSPORT/BUS (UPDATE 1)") is no title, and the
  agency's name after its letters on the filing line ("NNA | Nordia News Agency | ...") is the outlet.
"""

from __future__ import annotations

from newsgraph.pipeline import Item, extract

STORY = ("KARSBY, Nov 4 (NNA) - A city bus overturned on the Karsby ring road on Wednesday morning, injuring "
         "14 passengers, two of them seriously, police said.\n\n"
         "The driver lost control on black ice near the Ostmark junction, a police spokesman said.\n\n"
         "The ring road was closed for four hours while the bus was lifted.\n")


def _x(text: str, name: str = "x.txt"):
    return extract(Item(content=text, name=name))


def test_a_companys_name_with_its_legal_form():
    a = _x("KARSBY TRANSIT plc\nStatement to staff and the market\nThursday 5 November 2026, 07:00\n\n"
           "Karsby Transit announces bus safety review\n\n"
           "Karsby Transit today announced a review of winter driving on its city routes after one of its buses "
           "overturned on the ring road on Wednesday.\n\nThe review will report by the end of January.\n")
    assert a.title == "Karsby Transit announces bus safety review"
    assert a.publisher == "Karsby Transit plc"
    assert a.published == "2026-11-05"


def test_a_stations_bulletin_has_no_headline():
    a = _x("RADIO KARSBY 101.2\nBulletin 18:00, Thursday 5 November 2026\nRead by Ola Lind\n\n"
           "Fourteen people were hurt when a city bus overturned on the ring road this morning.\n\n"
           "Police say the driver lost control on black ice near the Ostmark junction.\n\n"
           "The ring road reopened at lunchtime.\n")
    assert a.publisher == "Radio Karsby"
    assert a.title is None
    assert a.body.startswith("Fourteen people were hurt")
    assert a.published == "2026-11-05"


def test_an_agencys_letters_before_its_date_and_its_desk_line():
    a = _x("NNA 04/11/2026 20:15 CET\nDOMESTIC - TRANSPORT - ACCIDENTS\nBus overturns on Karsby ring road, 14 hurt\n\n"
           + STORY, "nna-bus.txt")
    assert a.title == "Bus overturns on Karsby ring road, 14 hurt"
    assert a.published == "2026-11-04"
    assert a.dateline == "KARSBY, Nov 4 (NNA)"
    assert a.body.startswith("A city bus overturned")


def test_a_slug_line_and_the_agencys_name_on_its_filing_line():
    a = _x("NNA | Nordia News Agency | 04-Nov-2026 20:15 CET | Domestic/Transport\nKARSBY-TRANSPORT/BUS (UPDATE 1)\n\n"
           "Bus overturns on Karsby ring road, 14 hurt\nBy Ola Lind\n\n" + STORY, "nna-bus.txt")
    assert a.title == "Bus overturns on Karsby ring road, 14 hurt"
    assert a.publisher == "Nordia News Agency"
    assert a.published == "2026-11-04"
