"""extract_text on plain-text wire pages that open with a header block: the agency's masthead
line, a slug line with the filing date, clock and zone among desk, slug and item tokens
("24.08.2027 09:40 CEST   DOMESTIC   ona-dom-0877"), then the headline. The masthead is the
publisher, the slug line's date the published day (its clock and zone the instant), the
desk, slug and id tokens furniture, and the headline the title; before, the masthead was taken
for the title and no date was read, so every page of an agency had one title and no date.
Pages invented here; the agencies, places and people are fictional."""

from __future__ import annotations

import pytest

from newsgraph.extract.text import extract_text


def _page(head: str, dateline: str, first: str, rest: str) -> str:
    return (f"{head}\n\n{dateline} - {first} {rest}\n\n"
            "Officials said the work would take at least three weeks and that they would give more "
            "details at a news conference on Thursday morning.\n\n"
            "The regional council has set aside emergency funds to cover the cost of the repairs, "
            "a spokeswoman for the council told reporters.\n")


# (head block, dateline, first words of the story, title, published, published_at, publisher)
CASES = [
    pytest.param(
        "ACME NATIONAL NEWS AGENCY\n24.08.2027 09:40 CEST   DOMESTIC   acme-dom-0877\n\n"
        "91,000 told to boil water after parasite found",
        "HOLMBY, 24 August (ANA)", "Customers in three districts must boil tap water",
        "91,000 told to boil water after parasite found", "2027-08-24", "2027-08-24T07:40Z",
        "Acme National News Agency", id="dotted-date-cest-desk-slug"),
    pytest.param(
        "BRENNMARK PRESS SERVICE\n2027-03-05 16:12 UTC   ECONOMY   BPS-ECO-2231\n\n"
        "Central bank holds rates as inflation eases",
        "TORVIK, March 5 (BPS)", "The Brennmark central bank left its main rate unchanged",
        "Central bank holds rates as inflation eases", "2027-03-05", "2027-03-05T16:12Z",
        "Brennmark Press Service", id="iso-date-utc-caps-slug"),
    pytest.param(
        "KESTREL WIRE\n11/02/2027 07:05   WORLD\n\n"
        "Ferry crews vote to end nine-day strike",
        "SALDERA, Feb 11 (Kestrel)", "Ferry crews on the northern islands voted to return to work",
        "Ferry crews vote to end nine-day strike", "2027-02-11", None,
        "Kestrel Wire", id="slashed-date-no-zone-no-slug"),
    pytest.param(
        "NORDIC WIRE SERVICE\nAug 24 2027 0940 GMT   SPORTS   nws0412\n\n"
        "Olsberg ends coach's contract after cup exit",
        "OLSBERG, Aug 24 (NWS)", "Second-division club Olsberg dismissed its head coach",
        "Olsberg ends coach's contract after cup exit", "2027-08-24", "2027-08-24T09:40Z",
        "Nordic Wire Service", id="month-name-four-figure-clock"),
    pytest.param(
        "VALDERIAN NEWS AGENCY\n03.11.2027 18:25 CET   POLITICS   vna-pol-1142\n\n"
        "Coalition talks collapse over pension plan\n\nBy Mira Stollberg",
        "ARNHALL, 3 November (VNA)", "Talks on a new governing coalition broke down",
        "Coalition talks collapse over pension plan", "2027-11-03", "2027-11-03T17:25Z",
        "Valderian News Agency", id="with-byline"),
    pytest.param(
        "VALDERIAN NEWS AGENCY\n03.11.2027 21:05 CET   URGENT   POLITICS   vna-pol-1147 (UPDATE 1)\n\n"
        "Prime minister calls snap election after coalition talks fail",
        "ARNHALL, 3 November (VNA)", "Prime Minister Ines Korvald called an early election",
        "Prime minister calls snap election after coalition talks fail", "2027-11-03", "2027-11-03T20:05Z",
        "Valderian News Agency", id="update-tag-and-priority"),
    pytest.param(
        "TARSO NEWS AGENCY\n14.06.2027 11:30 CEST   REGIONAL\n\n"
        "Rockfall closes mountain pass road",
        "BELLINO, 14 June (TNA)", "The road over the Corvara pass was closed on Monday",
        "Rockfall closes mountain pass road", "2027-06-14", "2027-06-14T09:30Z",
        "Tarso News Agency", id="desk-only"),
    pytest.param(
        "ONA OSTRENIAN NEWS AGENCY\n30.08.2027 14:20 CEST   DOMESTIC   ona-dom-0990\n\n"
        "Reservoir to be lowered six metres for dam repairs",
        "VELMAR, 30 August (ONA)", "Velmar Water will lower the level of the reservoir",
        "Reservoir to be lowered six metres for dam repairs", "2027-08-30", "2027-08-30T12:20Z",
        "ONA Ostrenian News Agency", id="initials-then-name"),
    pytest.param(
        "Meridian Business Wire\n2027-09-01 06:00 GMT   COMPANIES   mbw-co-5520\n\n"
        "Grain trader Holtmann to cut 400 jobs",
        "HAMBURG, Sept 1 (Meridian)", "Grain trader Holtmann will cut about 400 jobs",
        "Grain trader Holtmann to cut 400 jobs", "2027-09-01", "2027-09-01T06:00Z",
        "Meridian Business Wire", id="mixed-case-masthead"),
    pytest.param(
        "PELLAN PRESS AGENCY\nDOMESTIC   ppa-dom-3310   22.05.2027 08:15 CEST\n\n"
        "Teachers to strike on Friday over pay offer",
        "LORSK, 22 May (PPA)", "Teachers at state schools will strike on Friday",
        "Teachers to strike on Friday over pay offer", "2027-05-22", "2027-05-22T06:15Z",
        "Pellan Press Agency", id="desk-and-slug-before-date"),
    # the filing place on the slug line, with its zone in brackets (an offset, or the place's
    # time): read as furniture since invented43/45 (before: no date, the masthead the title)
    pytest.param(
        "KORVAN NEWS AGENCY\n12.03.2027 09:05 Tessel (UTC+1)\n\n"
        "Grid operator warns of winter shortfall",
        "TESSEL, 12 March (KNA)", "The national grid operator warned on Thursday",
        "Grid operator warns of winter shortfall", "2027-03-12", "2027-03-12T08:05Z",
        "Korvan News Agency", id="filing-place-and-utc-offset"),
    pytest.param(
        "SELMA PRESS AGENCY\n04.10.2027 16:50 Orlan time (CEST)\n\n"
        "Dock workers reject pay offer",
        "ORLAN, 4 October (SPA)", "Dock workers at the port of Orlan rejected",
        "Dock workers reject pay offer", "2027-10-04", None,
        "Selma Press Agency", id="filing-place-time-and-zone"),
]


@pytest.mark.parametrize("head, dateline, first, title, published, published_at, publisher", CASES)
def test_wire_header_block(head, dateline, first, title, published, published_at, publisher):
    text = _page(head, dateline, first, "after tests found a fault at the main treatment works, the company said.")
    p = extract_text(text)
    assert p is not None
    assert p.title == title
    assert p.published == published
    assert p.published_from == "page"
    assert p.published_at == published_at
    assert p.site_name == publisher
    assert p.dateline == dateline
    assert p.body.text.startswith(first), p.body.text[:100]
    # the header block is out of the story, and the masthead and the slug line are furniture
    slug_line = head.split("\n")[1]
    assert slug_line.split()[-1] not in p.body.text
    assert head.split("\n")[0] not in p.body.text
    assert title not in p.body.text
    # the masthead is no longer every page's title: a second story of the agency gets its own
    other = text.replace(title, "Second story of the day has its own headline")
    assert extract_text(other).title == "Second story of the day has its own headline"


def test_masthead_with_no_date_line():
    # no slug line: the masthead is still the publisher, the headline the title; the day comes
    # from nowhere (the dateline has no year)
    text = _page("GRENFORD NEWS AGENCY\n\nBridge inspection finds cracks in two piers",
                 "GRENFORD, 9 March (GNA)", "Engineers found cracks in two piers of the Old Bridge",
                 "during a routine inspection, the city said.")
    p = extract_text(text)
    assert p.title == "Bridge inspection finds cracks in two piers"
    assert p.site_name == "Grenford News Agency"
    assert p.body.text.startswith("Engineers found cracks")
    assert p.dateline == "GRENFORD, 9 March (GNA)"


def test_all_caps_headline_over_a_date_line_stays_the_title():
    # a real headline in capitals, then a date line, then the story: not a masthead
    text = _page("HARBOUR CRANE COLLAPSES AT SALDERA CONTAINER TERMINAL\n24.08.2027 09:40 CEST",
                 "SALDERA, 24 August", "A crane at the Saldera container terminal collapsed",
                 "onto a ship on Tuesday, the port authority said.")
    p = extract_text(text)
    assert p.title == "HARBOUR CRANE COLLAPSES AT SALDERA CONTAINER TERMINAL"
    assert p.published == "2027-08-24"
    assert p.site_name is None
    assert p.body.text.startswith("A crane at the Saldera")


def test_short_all_caps_headline_over_a_date_line_stays_the_title():
    text = _page("PORT STRIKE ENDS\n24.08.2027 09:40 CEST",
                 "SALDERA, 24 August", "Dock workers at Saldera returned to work",
                 "on Tuesday after nine days on strike, the union said.")
    p = extract_text(text)
    assert p.title == "PORT STRIKE ENDS"
    assert p.published == "2027-08-24"
    assert p.body.text.startswith("Dock workers at Saldera")


def test_prose_line_with_a_date_and_capitals_is_no_slug_line():
    # a sentence of the story that holds a date and a clock stays in the story
    text = ("ACME NATIONAL NEWS AGENCY\n24.08.2027 09:40 CEST   DOMESTIC   acme-dom-0878\n\n"
            "Water notice lifted in three districts\n\n"
            "HOLMBY, 24 August (ANA) - The notice issued on 24.08.2027 at 09:40 CEST was lifted on "
            "Tuesday evening after new tests found the water clean, the company said.\n\n"
            "Customers no longer need to boil tap water, it said, and schools can reopen as planned.\n")
    p = extract_text(text)
    assert p.title == "Water notice lifted in three districts"
    assert p.body.text.startswith("The notice issued on 24.08.2027 at 09:40 CEST was lifted")
    assert "Customers no longer need" in p.body.text
