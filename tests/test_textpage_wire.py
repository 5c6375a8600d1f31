"""extract_text on wire-style head lines that the invented multi-outlet corpora showed it misread:
24-hour time lines beside a date ("13:40 GMT - Updated", "Updated 09:15 BST", "Kessling (HNA) -
Mar 14, 2025 - 08:05 GMT") and an outlet's masthead above its breadcrumb ("THE KESSLING COURIER"
over "World | Europe"), which was taken for the headline. Pages invented here, in several outlets'
styles; the outlets, wires and places are fictional."""

from __future__ import annotations

import pytest

from newsgraph.extract.text import extract_text

STORY = (
    "A freight train left the rails outside the river port of Kessling on Thursday night, spilling "
    "grain across both tracks and closing the main line to the coast for at least two days.\n\n"
    "No one was hurt, the rail operator Nordbahn Vell said, but the driver was taken to hospital "
    "as a precaution after the locomotive tipped onto its side.\n\n"
    "Investigators were looking at a section of track repaired in the spring, a spokeswoman for "
    "the transport ministry told reporters at the scene.\n"
)
FIRST = "A freight train left the rails"
TITLE = "Freight train derails near Kessling, closing coast line"


def _check(text: str, *, title: str = TITLE, published: str | None = "2025-03-14",
           gone: tuple[str, ...] = (), dateline: str | None = None) -> object:
    p = extract_text(text)
    assert p is not None
    assert p.title == title
    assert p.published == published
    assert p.body.text.startswith(FIRST), p.body.text[:80]
    assert p.dateline == dateline
    for g in gone:
        assert g in p.removed, (g, p.removed)
        assert g not in p.body.text
    return p


# --- time lines beside a date ------------------------------------------------------------------


@pytest.mark.parametrize("head, gone", [
    # the time on its own line under the date (a wire's web page)
    ("14 March 2025\n13:40 GMT - Updated\n\n", ("14 March 2025", "13:40 GMT - Updated")),
    # the update time above the date (a radio station's page)
    ("Updated 09:15 BST\n14 March 2025\n\n", ("Updated 09:15 BST", "14 March 2025")),
    # date, time and update label on one line, parts between dashes
    ("14 March 2025 13:40 GMT - Updated\n\n", ("14 March 2025 13:40 GMT - Updated",)),
    ("Fri 14 Mar 2025 - 08:05 GMT - Updated 09:15 GMT\n\n", ("Fri 14 Mar 2025 - 08:05 GMT - Updated 09:15 GMT",)),
    ("By Ines Marr\nMarch 14, 2025 — 21:10 CET\n\n", ("March 14, 2025 — 21:10 CET",)),
])
def test_time_line_beside_a_date_is_read_and_taken_out(head, gone):
    p = _check(f"{TITLE}\n\n{head}{STORY}", gone=gone)
    assert p.published_from == "page"


def test_wire_dateline_with_date_and_time_on_its_own_line():
    # "Place (AGENCY) - date - time": the dateline, then the date line, the story below
    text = f"HNA | Business | Transport\n\n{TITLE}\n\nKessling (HNA) - Mar 14, 2025 - 08:05 GMT\n\n{STORY}"
    p = _check(text, dateline="Kessling (HNA)", gone=("Kessling (HNA) - Mar 14, 2025 - 08:05 GMT",))
    assert p.published_from == "page"


def test_byline_with_weekday_date_and_time_between_bars():
    text = f"Harbour Times » Region » Kessling\n\n{TITLE}\n\nThea Vollan | Friday 14 March 2025 | 18:05\n\n{STORY}"
    p = _check(text, gone=("Thea Vollan | Friday 14 March 2025 | 18:05",))
    assert p.byline == "Thea Vollan | Friday 14 March 2025 | 18:05"
    assert p.authors == ["Thea Vollan"]


def test_time_line_alone_with_no_date_gives_no_date_but_leaves_the_body():
    p = _check(f"{TITLE}\n\n13:40 GMT - Updated\n\n{STORY}", published=None, gone=("13:40 GMT - Updated",))
    assert p.published_from is None


def test_times_inside_the_story_stay():
    # a live page's entries: the times below the story's start are the story's, not the head's
    story = STORY + "\n16:20 GMT\n\nThe operator said the first passenger train would run on Sunday morning.\n"
    p = _check(f"{TITLE}\n\n14 March 2025\n\n{story}")
    assert "16:20 GMT" in p.body.text


# --- a masthead above the breadcrumb -----------------------------------------------------------


@pytest.mark.parametrize("head, masthead", [
    # the crumb no longer than the masthead (the case that failed)
    ("THE KESSLING COURIER\nWorld | Europe\n\n", "THE KESSLING COURIER"),
    ("NORDPRESS NEWSWIRE\nWorld | Europe\n\n", "NORDPRESS NEWSWIRE"),
    ("The Harbour Times\nHome > News\n\n", "The Harbour Times"),
    # longer crumbs, and a blank line between
    ("The Lisvania Observer\n\nHome > World > Lisvania\n\n", "The Lisvania Observer"),
])
def test_masthead_above_crumb_is_not_the_title(head, masthead):
    p = _check(f"{head}{TITLE}\n\nBy Ines Marr\n14 March 2025, 08:05 UTC\n\n{STORY}", gone=(masthead,))
    assert p.authors == ["Ines Marr"]


def test_masthead_names_the_outlet_where_nothing_else_does():
    p = _check(f"NORDPRESS NEWSWIRE\nWorld | Europe\n\n{TITLE}\n\n14 March 2025, 08:05 UTC\n\n{STORY}",
               gone=("NORDPRESS NEWSWIRE",))
    assert p.site_name == "Nordpress Newswire"
    # a copyright line, where there is one, still names the outlet
    p = _check(f"NORDPRESS NEWSWIRE\nWorld | Europe\n\n{TITLE}\n\n14 March 2025, 08:05 UTC\n\n{STORY}"
               "\n© 2025 Nordpress Media Ltd. All rights reserved.\n", gone=("NORDPRESS NEWSWIRE",))
    assert p.site_name == "Nordpress"


def test_headline_above_crumb_stays_the_title_when_no_headline_follows():
    # a short kicker line over the headline is no masthead: no crumb below it
    p = _check(f"Rail\n{TITLE}\n\n14 March 2025\n\n{STORY}")
    assert "Rail" in p.removed


def test_live_page_entry_time_under_its_intro_stays():
    # "The Latest" style: an intro ending in a colon, then each entry's time; no label, no date beside
    text = (f"{TITLE}\n\n14 March 2025\n\nThe latest on the derailment near Kessling (all times GMT):\n\n"
            f"7 p.m.\n\n{STORY}")
    p = extract_text(text)
    assert p is not None and p.published == "2025-03-14"
    assert "\n\n7 p.m.\n\n" in p.body.text


# --- reporting credits under the story ----------------------------------------------------------


@pytest.mark.parametrize("credit", [
    "With reporting by Halden.",
    "With additional reporting from Nordpress.",
    "Material from Halden Wire was used in this report.",
    "Nordpress contributed to this report.",
])
def test_reporting_credit_under_the_story_goes_to_removed(credit):
    text = f"{TITLE}\n\n14 March 2025\n\n{STORY}\n{credit}\n\n© 2025 The Harbour Times\n"
    p = _check(text, gone=(credit,))
    assert p.body.text.rstrip().endswith("told reporters at the scene.")
