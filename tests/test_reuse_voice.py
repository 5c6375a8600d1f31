"""Reuse direction: the issuer's own voice (invented66's and invented67's reversed pairs, each
an operator's page and a wire's rewrite of it the same day, or with no date: the wire was taken for
the source because it is a wire). A report that speaks as "we" and "our" in its own words, outside
quotations, is the issuer's text; its rewrite turns "we" into "the operator" or "it". An outlet's
own "we" (a live blog's "we pause our live coverage", "our reporter") is no issuer's. And a
statistics office is an issuer by its name (invented69).

Passages written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import reuse

from .test_reuse_classes import _doc, _pairs

OPERATOR = [
    "At 06:40 this morning our control room saw the pressure fall on the Marsh Lane water main, which "
    "feeds about 9,000 homes in Orrin and Tesby.",
    "We closed the main at 07:05 and sent two repair crews, who found a split joint under the Orrin "
    "road bridge.",
    "We expect to restore supplies to all homes by 18:00 and we are handing out bottled water at Orrin "
    "station car park.",
    "We apologise to our customers for the disruption.",
]
WIRE = [
    "At 06:40 this morning the operator's control room saw the pressure fall on the Marsh Lane water main, "
    "which feeds about 9,000 homes in Orrin and Tesby.",
    "The company closed the main at 07:05 and sent two repair crews, who found a split joint under the "
    "Orrin road bridge.",
    "It expects to restore supplies to all homes by 18:00 and is handing out bottled water at Orrin "
    "station car park.",
    "Residents said the taps ran dry before breakfast.",
]


@pytest.mark.parametrize("dated", [True, False])
def test_the_page_that_says_we_is_the_wires_source(dated):
    """Same day, or the operator's page undated: the wire, a wire by its name, is still the taker."""
    op = _doc("tessawater-main.txt", "\n\n".join(OPERATOR), published="2027-02-03" if dated else None,
              publisher="Tessa Water")
    wire = _doc("kna-water-main.txt", "\n\n".join(WIRE), published="2027-02-03", publisher="Kessel News Agency")
    assert reuse._speaks_as_we(op) and not reuse._speaks_as_we(wire)
    assert [(a, b) for a, b, _ in _pairs(reuse.find([wire, op]))] == [("tessawater-main.txt", "kna-water-main.txt")]


def test_an_outlets_own_we_is_no_issuers():
    live = _doc("post-live.html", "\n\n".join(WIRE) + "\n\n18:40 That is where we pause our live coverage for tonight. "
                "Our reporter remains in Orrin and we will bring you the latest in the morning.",
                published="2027-02-03", publisher="Orrin Post", title="LIVE: Orrin water main burst")
    assert not reuse._speaks_as_we(live)
    # quotations are the speaker's, not the report's voice
    quoting = _doc("x.txt", 'The mayor said: "We will help. Our town stands together and we will rebuild."',
                   published="2027-02-03", publisher="Tesby Radio")
    assert not reuse._speaks_as_we(quoting)


@pytest.mark.parametrize("issuer", ["National Statistics Office of Quenor", "Velland Statistics", "Foreign Office"])
def test_a_statistics_office_is_an_issuer(issuer):
    assert reuse._is_issuer(_doc("x.html", "\n\n".join(WIRE), published="2027-02-03", publisher=issuer))
    assert not reuse._is_issuer(_doc("y.html", "x", publisher="Quenor Post"))


STATS = [
    "Police recorded 298,400 offences in the year to June, down 2.9 per cent from 307,300 a year earlier.",
    "Violent offences rose 4.1 per cent to 51,200, driven by more reports of assault without injury.",
    "Burglaries fell to 22,650, the lowest figure since the series began in 2001.",
]
STATS_WIRE = [
    "Police recorded 298,400 offences in the year to June, down 2.9 per cent from 307,300 a year earlier, "
    "the Velland Statistics Office said on Friday.",
    "Violent offences rose 4.1 per cent to 51,200, driven by more reports of assault without injury.",
    "The justice minister said the fall in burglaries showed that neighbourhood patrols worked.",
]


def test_a_page_whose_sentence_a_wire_credits_to_an_issuer_is_its_source():
    """invented85's class: a statistics office's page the extractor found no publisher for, and a
    wire giving its lead word for word with ", the Velland Statistics Office said on Friday" added."""
    office = _doc("stats-crime.html", "\n\n".join(STATS), published="2027-06-18", publisher=None)
    wire = _doc("vna-crime.txt", "\n\n".join(STATS_WIRE), published="2027-06-18", publisher="Velland News Agency")
    assert reuse._tails_other(wire, office) and not reuse._tails_other(office, wire)
    assert [(a, b) for a, b, _ in _pairs(reuse.find([wire, office]))] == [("stats-crime.html", "vna-crime.txt")]


def test_a_paper_dropping_his_offices_attribution_is_no_source():
    """A paper that drops ", his office said" from a wire's sentence did not write it first (a
    person's office is no issuer the wire took the words from)."""
    wire = _doc("sa-resigns.txt", "Prime Minister Janek Oravec accepted the resignation and named deputy minister "
                "Tomas Lind as acting minister, his office said.\n\nLind, 48, has been deputy minister since 2024.",
                published="2027-06-18", publisher="Solenne Agency")
    paper = _doc("times-resigns.html", "Prime Minister Janek Oravec accepted the resignation and named deputy minister "
                 "Tomas Lind as acting minister.\n\nOpposition leaders called for an early election.",
                 published="2027-06-18", publisher="Marrowen Times")
    assert not reuse._tails_other(wire, paper)


FLIGHT = [
    "Flight KV208 from Orla to Tesk returned to Brenn Airport at 10:15 this morning after the crew shut down "
    "the right engine following a fire warning.",
    "The aircraft was carrying 142 passengers and six crew.",
    "We have arranged a replacement aircraft, which left for Tesk at 15:05, and our staff are looking after "
    "the passengers.",
]
FLIGHT_WIRE = [
    "Flight KV208 from Orla to Tesk returned to Brenn Airport at 10:15 on Monday after the crew shut down "
    "the right engine following a fire warning, the airline said.",
    "The aircraft was carrying 124 passengers and six crew.",
    "The airport's fire service said two fire engines met the aircraft on the runway.",
]


def test_an_airlines_press_centre_is_the_source_of_the_wire():
    """invented84's class (its reversed pair read for this and no more): "Kavair Press centre" is
    the airline's own office, no outlet; it speaks as "we", and the wire adds ", the airline said"."""
    air = _doc("kavair-kv208.html", "\n\n".join(FLIGHT), published="2027-06-14", publisher="Kavair Press centre")
    wire = _doc("vna-kv208.txt", "\n\n".join(FLIGHT_WIRE), published="2027-06-14", publisher="Velland News Agency")
    wire.record.article.published_at = "2027-06-14T11:35Z"
    assert reuse._is_issuer(air) and reuse._speaks_as_we(air) and reuse._tails_other(wire, air)
    assert [(a, b) for a, b, _ in _pairs(reuse.find([wire, air]))] == [("kavair-kv208.html", "vna-kv208.txt")]
    assert not reuse._is_issuer(_doc("p.html", "x", publisher="Brenn Evening Press"))


BULLETIN = [
    "Harn Textiles will cut 420 jobs at its Orsk mill by April, citing a fall in orders from abroad.",
    "The first 150 jobs will go next month, the company told staff this afternoon.",
    "The union says it will ask for an urgent meeting with the management.",
]
WIRE_COPY = [
    "Harn Textiles will cut 420 jobs at its Orsk mill by April, citing a fall in orders from abroad, the "
    "company said on Thursday.",
    "The mill employs about 1,900 people.",
    "The cuts come a month after workers voted to join the textile union.",
]


def test_a_tail_naming_a_company_does_not_credit_a_station():
    """invented87: a wire's sentence with ", the company said on Thursday" at its end, the same
    sentence read in a radio bulletin that day: the tail credits the company, not the station, so
    the bulletin is no source for it (no clock with a zone on either page: the wire is the source)."""
    radio = _doc("radio-harn-jobs.txt", "\n\n".join(BULLETIN), published="2027-02-04", publisher="Radio Orsk")
    wire = _doc("nwa-harn-jobs.txt", "\n\n".join(WIRE_COPY), published="2027-02-04", publisher="Nordia Wire")
    assert reuse._tails_other(wire, radio)
    assert [(a, b) for a, b, _ in _pairs(reuse.find([radio, wire]))] == [("nwa-harn-jobs.txt", "radio-harn-jobs.txt")]


@pytest.mark.parametrize("club", ["Orsk Rovers FC", "Kesh Athletic Football Club"])
def test_a_sports_clubs_own_page_is_an_issuer(club):
    """invented81: a club's statement on its own site, "Harrowick Rovers FC", rewritten by a sports
    wire the same day, was taken for the wire's copy."""
    assert reuse._is_issuer(_doc("club.html", "The club confirms the sale of a 75 per cent stake.", publisher=club))


def test_a_fire_brigade_is_an_issuer():
    """invented100: "BRACKENMOUTH FIRE AND RESCUE BRIGADE" over its statement, rewritten by a regional
    wire the same day (", the brigade said"): the wire had been taken for the source."""
    assert reuse._is_issuer(_doc("bfb.txt", "Firefighters were called at 01:52 to a warehouse fire.",
                                 publisher="Kesh Fire and Rescue Brigade"))
    assert reuse._THE_ISSUER.search("the city's fire brigade said")
