"""Reused wording: a third party's quotation, worded differently by two outlets, is no reused
wording (issue 19 point 3), on reports written for this file (the outlets, firms, towns and people
are invented; no sentence is taken from a corpus): each outlet recorded (or tidied) the speaker's
words its own way. A quotation reworded (a word changed, added or dropped), cut, re-attributed,
split over two sentences, with or without a frame of the outlet's own words, is not part of a
passage taken, and alone makes no pair; a release's quotation cut to one sentence and
re-attributed is not by itself reuse of the release. Guards that stay reuse: a copied sentence
holding a short quotation, an attribution frame copied with its quotation, a release's quoted chief
executive taken whole by a wire. 5 of these 10 fail on the code before (the victim's quotation
alone, the release's reworded in the outlet's own frame and the three guards pass there).
"""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from newsgraph.corpus import reuse
from newsgraph.corpus.features import raw_counts
from newsgraph.corpus.stories import Doc


def _doc(name: str, body: str, published: str | None = None, publisher: str | None = None,
         removed: list[str] | None = None) -> Doc:
    art = SimpleNamespace(removed=removed or [], byline=None, dateline=None, title="")
    rec = SimpleNamespace(article=art, attributions=[])
    return Doc(name=name, id=name, title="", body=body, published=published, publisher=publisher,
               url=None, record=rec, counts=raw_counts("", body))


def _texts(found, src: str, tgt: str) -> list[str]:
    out = []
    for r in found:
        if (r.source.name, r.target.name) == (src, tgt):
            out += [r.target.body[t0:t1] for _, (t0, t1) in r.pairs]
    return out


def _pairs(found) -> list[tuple[str, str]]:
    return sorted((r.source.name, r.target.name) for r in found)


# three sentences any rewrite here copies: a true pair, so a quotation beside them is "in context"
FLOOD = ("Floodwater from the swollen Tarrow river cut off the village of Emsby on Sunday, forcing "
         "about 300 residents to leave their homes by boat.\n\n"
         "The river rose by almost two metres in twelve hours after three days of heavy rain across "
         "the Holm valley.\n\n"
         "Two care homes were evacuated overnight and their residents taken to a school hall in "
         "neighbouring Raskby.\n\n")


def _flood_pair(src_tail: str, tgt_tail: str):
    src = _doc("valley-news-flood.txt", FLOOD + src_tail, published="2026-02-01", publisher="Valley News")
    tgt = _doc("coast-post-flood.txt", FLOOD.replace("on Sunday", "on Sunday night") + tgt_tail,
               published="2026-02-02", publisher="Coast Post")
    return src, tgt, reuse.find([src, tgt])


def test_a_spokesperson_quotation_with_a_word_changed_is_not_part_of_the_passage():
    src, tgt, found = _flood_pair(
        '"We have never seen the river come up this quickly in the forty years I have worked here," '
        'said Mia Lund, a spokeswoman for the fire service.',
        '"We have never seen the river come up this fast in the forty years I have worked here," '
        'fire service spokeswoman Mia Lund said.')
    texts = _texts(found, src.name, tgt.name)
    assert any("Tarrow river" in t for t in texts)  # the pair stands
    assert not any("river come up" in t for t in texts)


def test_a_minister_quotation_with_a_word_dropped_split_over_two_sentences():
    src, tgt, found = _flood_pair(
        'Environment Minister Karl Osk said: "We will rebuild every defence that failed this week. '
        'No family in this valley will be left to pay for it alone."',
        '"We will rebuild every defence that failed," Environment Minister Karl Osk said. '
        '"No family in this valley will be left to pay for this alone."')
    texts = _texts(found, src.name, tgt.name)
    assert any("Holm valley" in t for t in texts)
    assert not any("rebuild every defence" in t or "No family" in t for t in texts)


def test_a_victims_quotation_reworded_alone_makes_no_pair():
    a = _doc("valley-news-emsby.txt",
             "Rescuers reached the last stranded houses in Emsby late on Sunday.\n\n"
             '"The water was up to the second stair before we even woke up, and by then the car was gone," '
             "said Ada Brenn, 71, who was carried to a boat by two firefighters.",
             published="2026-02-01", publisher="Valley News")
    b = _doc("coast-post-emsby.txt",
             "Pensioners in Emsby told of waking to find their ground floors under water.\n\n"
             '"The water was already up to the second stair before we woke up, and by then our car was gone," '
             "Ada Brenn, 71, told the Post from the school hall.",
             published="2026-02-02", publisher="Coast Post")
    assert _pairs(reuse.find([a, b])) == []


RELEASE = ("PRESS RELEASE\n\n"
           "Holm Water today confirmed that all 14 of its pumping stations in the Holm valley are "
           "working again after Sunday's flooding.\n\n"
           "Engineers worked through the night to restore power to the stations at Emsby and Raskby.\n\n"
           '"I want to thank our engineers, who worked through the night in dreadful conditions. '
           'Nobody in the valley should have to boil their water from tomorrow morning," said Petra Sand, '
           "chief executive of Holm Water.\n\n"
           "Media contact: press office, Holm Water")


def test_a_release_quotation_cut_and_re_attributed_alone_is_no_reuse_of_the_release():
    rel = _doc("holmwater-release.txt", RELEASE, published="2026-02-02", publisher="Holm Water",
               removed=["PRESS RELEASE"])
    paper = _doc("coast-post-water.txt",
                 "Families in Emsby queued for bottled water at the church on Monday as the clean-up began.\n\n"
                 '"Nobody in the valley should have to boil their water from tomorrow morning," '
                 "the utility's boss Petra Sand said.\n\n"
                 "Shopkeepers said they had sold out of bottled water by lunchtime.",
                 published="2026-02-03", publisher="Coast Post")
    assert _pairs(reuse.find([rel, paper])) == []


def test_a_release_quotation_reworded_with_the_outlets_own_frame_is_no_reuse():
    rel = _doc("holmwater-release.txt", RELEASE, published="2026-02-02", publisher="Holm Water",
               removed=["PRESS RELEASE"])
    paper = _doc("coast-post-water.txt",
                 "Families in Emsby queued for bottled water at the church on Monday as the clean-up began.\n\n"
                 "Visiting the Raskby station in waders on Monday afternoon, Petra Sand praised staff: "
                 '"I want to thank our engineers, who worked all night in dreadful conditions."\n\n'
                 "Shopkeepers said they had sold out of bottled water by lunchtime.",
                 published="2026-02-03", publisher="Coast Post")
    assert _pairs(reuse.find([rel, paper])) == []


def test_a_quotation_reworded_inside_the_outlets_own_sentence_beside_a_copied_passage():
    src, tgt, found = _flood_pair(
        'Farmer Jon Eskil said the water had "taken every bale of hay we had stored for the winter".',
        "Standing by his drowned barn on Monday morning, Jon Eskil said the flood had "
        '"taken every bale of hay that we had stored for winter".')
    texts = _texts(found, src.name, tgt.name)
    assert any("care homes" in t for t in texts)
    assert not any("bale of hay" in t for t in texts)


def test_a_police_quotation_reworded_in_its_first_sentence_only():
    """One quotation of two sentences, the first reworded, the second the same in both: the second
    is still a piece of the speaker's words recorded twice, not the other outlet's."""
    src, tgt, found = _flood_pair(
        'Inspector Lars Hove said: "People ignored the closure signs and drove into the water. '
        'We were lucky nobody drowned on that road."',
        'Inspector Lars Hove said: "People ignored the road closure signs and drove straight in. '
        'We were lucky nobody drowned on that road."')
    texts = _texts(found, src.name, tgt.name)
    assert any("Tarrow river" in t for t in texts)
    assert not any("nobody drowned" in t or "closure signs" in t for t in texts)


# --- guards: these stay reuse ---------------------------------------------------------------

def test_a_copied_sentence_holding_a_short_quotation_stays_reuse():
    src, tgt, found = _flood_pair(
        "The council opened three rest centres and said the Raskby road would stay closed until "
        'engineers had checked the bridge, which it called "badly scoured".',
        "The council opened three rest centres and said the Raskby road would stay closed until "
        'engineers had checked the bridge, which it called "badly scoured".')
    assert any("badly scoured" in t for t in _texts(found, src.name, tgt.name))


def test_a_copied_attribution_frame_with_its_quotation_stays_part_of_the_passage():
    tail = ('"We have never seen the river come up this quickly in the forty years I have worked here," '
            'said Mia Lund, a spokeswoman for the fire service.')
    src, tgt, found = _flood_pair(tail, tail)
    assert any("river come up" in t for t in _texts(found, src.name, tgt.name))


def test_a_release_chief_executive_quotation_taken_whole_by_a_wire_is_no_reuse_by_itself():
    # (until the seventeenth session this was reuse of the release; every blind corpus that met the
    # case, invented44-61, marks a release's quotation printed by an outlet as the speaker quoted,
    # not the release's wording: 14 such pairs over invented..62, and no gold pair lost without them)
    rel = _doc("holmwater-release.txt", RELEASE, published="2026-02-02", publisher="Holm Water",
               removed=["PRESS RELEASE"])
    wire = _doc("nordic-wire-water.txt",
                "Drinking water supplies in the flooded Holm valley were expected to return to normal "
                "on Tuesday, the region's utility said.\n\n"
                '"I want to thank our engineers, who worked through the night in dreadful conditions. '
                'Nobody in the valley should have to boil their water from tomorrow morning," Holm '
                "Water chief executive Petra Sand said in a statement.\n\n"
                "Residents of Emsby have been told to boil tap water since Sunday.",
                published="2026-02-03", publisher="Nordic Wire")
    found = reuse.find([rel, wire])
    assert _pairs(found) == []


def test_a_release_quotation_beside_the_release_own_lines_taken_is_part_of_the_passage():
    # the release's own wording taken ("X today confirmed that ...", its next line) makes the pair;
    # the quotation printed after it is then part of what the wire took
    rel = _doc("holmwater-release.txt", RELEASE, published="2026-02-02", publisher="Holm Water",
               removed=["PRESS RELEASE"])
    wire = _doc("nordic-wire-water.txt",
                "Holm Water confirmed that all 14 of its pumping stations in the Holm valley are working "
                "again after Sunday's flooding.\n\n"
                "Engineers worked through the night to restore power to the stations at Emsby and Raskby.\n\n"
                '"I want to thank our engineers, who worked through the night in dreadful conditions. '
                'Nobody in the valley should have to boil their water from tomorrow morning," said Petra '
                "Sand, chief executive of Holm Water.",
                published="2026-02-03", publisher="Nordic Wire")
    found = reuse.find([rel, wire])
    assert _pairs(found) == [("holmwater-release.txt", "nordic-wire-water.txt")]
    texts = _texts(found, rel.name, wire.name)
    assert any("pumping stations" in t for t in texts)
    assert any("Nobody in the valley" in t for t in texts)


UNION = ("Dock workers at the port of Harlby have voted to accept a new pay agreement, ending a dispute "
         "that has run since the spring.\n\n"
         "In a ballot that closed on Monday, 78 per cent of members who voted backed the deal, on a turnout "
         "of 84 per cent.\n\n"
         "The agreement raises pay by 9 per cent over two years and ends weekend shifts without notice.")


@pytest.mark.parametrize("publisher, head", [
    ("Harlby Dockers' Union", ["HARLBY DOCKERS' UNION"]),
    ("Harlby Port Pilots' Guild", ["HARLBY PORT PILOTS' GUILD"]),
    ("Harlby Dock Workers", ["HARLBY DOCK WORKERS", "News for members and media"]),
])
def test_a_union_page_published_the_same_day_is_the_source_of_the_wire(publisher, head):
    # a union's or a guild's own page (by its name, or by "News for members and media" at its head)
    # is an issuer's: the wire that takes its lines the same day is the target, not the source
    union = _doc("union-pay-deal.txt", UNION, published="2026-12-01", publisher=publisher, removed=head)
    wire = _doc("wire-pay-deal.txt",
                "Dock workers at the port of Harlby have voted to accept a new pay agreement, ending a dispute "
                "that has run since the spring, their union said on Tuesday.\n\n"
                "In a ballot that closed on Monday, 78 per cent of members who voted backed the deal, on a "
                "turnout of 84 per cent.",
                published="2026-12-01", publisher="Harlby Wire")
    found = reuse.find([wire, union])
    assert _pairs(found) == [("union-pay-deal.txt", "wire-pay-deal.txt")]


def test_a_listed_company_announcement_dated_at_its_head_is_the_source():
    # "Regulatory announcement | <date>" at the head of an investors' page (its publisher no
    # issuer's name): the company's own release, the source of a wire that files the same figures
    body = ("Orvel Systems plc today reported revenue of 212 million kelts for the quarter to 30 June, up "
            "8 per cent from 196 million kelts a year earlier.\n\n"
            "Cloud revenue grew 19 per cent to 88 million kelts and now makes up 42 per cent of the total.")
    rel = _doc("orvel-results.html", body, published=None, publisher="Orvel Investors",
               removed=["Regulatory announcement | 15 July 2026, 07:00"])
    wire = _doc("wire-orvel.txt",
                "Orvel Systems reported revenue of 212 million kelts for the quarter to 30 June, up 8 per cent "
                "from 196 million kelts a year earlier.\n\n"
                "Cloud revenue grew 19% to 88 million kelts and now makes up 42 per cent of the total.",
                published="2026-07-15", publisher="Harl Wire")
    found = reuse.find([wire, rel])
    assert _pairs(found) == [("orvel-results.html", "wire-orvel.txt")]
