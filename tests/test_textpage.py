"""extract_text: a news page saved as plain text -> title, byline, date, captions, story."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.extract.normalize import PARAGRAPH_SEP, _DROP
from newsgraph.extract.page import Page
from newsgraph.extract.text import _byline, _caption, _date_line, _dateline, extract_text

HERE = Path(__file__).resolve().parent
PAGES = HERE / "fixtures" / "textpages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data not found at {p} (the tests read ../shared beside the checkout)")
    return p


def read(p: Path) -> str:
    return p.read_text(encoding="utf-8")


def assert_maps_to_input(text: str, page: Page) -> None:
    """Every body character but the paragraph separators sits at its offset in the input."""
    body = page.body
    assert page.maps_to_input
    assert len(body.offsets) == len(body.text) + 1
    seps = set()
    start = 0
    while (k := body.text.find(PARAGRAPH_SEP, start)) >= 0:
        seps.update(range(k, k + len(PARAGRAPH_SEP)))
        start = k + len(PARAGRAPH_SEP)
    last = -1
    for i, ch in enumerate(body.text):
        if i in seps:
            continue
        src = text[body.offsets[i]]
        if ch == " ":
            assert src.isspace(), (i, repr(src))
        else:
            assert src == ch, (i, ch, src)
        assert body.offsets[i] > last  # the map runs forward
        last = body.offsets[i]


# --- the golden example ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    text = read(shared("seed", "presstv-minusma.txt"))
    gold = json.loads(read(shared("seed", "presstv-minusma.gold.json")))
    page = extract_text(text)
    assert page is not None
    return text, gold, page


def test_seed_article_checks_pass_in_the_scorer(seed, tmp_path):
    _, gold, page = seed
    rec = {
        "article": {
            "title": page.title,
            "byline": page.byline,
            "authors": page.authors,
            "published": page.published or gold["input"]["published"],
            "captions": [c.model_dump() for c in page.captions],
            "body": page.body.text,
            "removed": page.removed,
        }
    }
    path = tmp_path / "record.json"
    path.write_text(json.dumps(rec), encoding="utf-8")
    scorer = shared("tools", "seed_score.py")
    out = subprocess.run([sys.executable, str(scorer), str(path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    summary = json.loads(out.strip().splitlines()[-1])
    done, total = map(int, summary["article"].split("/"))
    assert total >= 11 and done == total, out


def test_seed_parts(seed):
    text, gold, page = seed
    g = gold["article"]
    assert page.title == g["title"]
    assert len(page.captions) == 1
    assert g["caption_has"] in page.captions[0].text
    assert page.captions[0].credit == g["caption_credit"]
    assert page.body.text.startswith(g["body_starts_with"])
    assert page.body.text.endswith(g["body_ends_with"])
    # the page gives no date of its own, and no byline
    assert page.published is None and page.byline is None and page.authors == []
    # the crumb first, then the footer lines, in page order; the title and caption are not there
    assert page.removed[0].startswith("News")
    assert len(page.removed) == 5
    assert page.title not in page.removed
    for r in page.removed:
        assert r not in page.body.text
    assert_maps_to_input(text, page)


def test_seed_with_windows_line_ends_gives_the_same_parts(seed):
    text, _, page = seed
    crlf = text.replace("\n", "\r\n")
    p2 = extract_text(crlf)
    assert p2 is not None
    assert p2.body.text == page.body.text
    assert p2.title == page.title and p2.removed == page.removed
    assert_maps_to_input(crlf, p2)


# --- our own pages --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page(name):
    exp = EXPECTED[name]
    text = read(PAGES / name)
    page = extract_text(text)
    assert page is not None
    for key in ("title", "byline", "authors", "published", "published_from", "dateline", "site_name"):
        assert getattr(page, key) == exp[key], key
    assert len(page.captions) == len(exp["captions"])
    for got, want in zip(page.captions, exp["captions"]):
        assert want["has"] in got.text
        assert got.credit == want["credit"]
    body = page.body.text
    assert body.startswith(exp["body_starts"]), body[:120]
    assert body.endswith(exp["body_ends"]), body[-120:]
    assert len(body.split(PARAGRAPH_SEP)) == exp["paragraphs"]
    for s in exp.get("body_has", []):
        assert s in body, s
    for s in exp["not_in_body"]:
        assert s not in body, s
    assert page.removed == exp["removed"]
    assert_maps_to_input(text, page)


def test_own_pages_cover_different_styles():
    assert len(EXPECTED) >= 6
    assert {p.name for p in PAGES.glob("*.txt")} == set(EXPECTED)
    credits = {c["credit"] for e in EXPECTED.values() for c in e["captions"]}
    assert len(credits) >= 5
    assert len({e["removed"][0] for e in EXPECTED.values() if e["removed"]}) >= 6


def test_dateline_is_cut_from_the_body_and_the_map_skips_it():
    name = "harbor-gazette-pier.txt"
    text = read(PAGES / name)
    page = extract_text(text)
    first = page.body.text[:5]
    s, e = page.body.source_span(0, 5)
    assert text[s:e] == first
    assert text[:s].rstrip().endswith("(Harbor Wire) -")


# --- no article text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t \n",
        # furniture only
        "Home > Science\n\nShare this story\n\nwww.example.org\n\n© 2025 Example Media. All rights reserved.\n",
        # a crumb and a headline, no story
        "Sport | Cycling\n\nLocal rider takes the hill stage\n",
        # binary junk read as text
        bytes(range(256)).decode("latin-1") * 8,
        "\x00\x01\x02PK\x03\x04" + "\x00" * 200 + "abc",
    ],
)
def test_none_when_no_article_text(text):
    assert extract_text(text) is None


def test_a_story_with_no_title_keeps_its_only_paragraph():
    text = "  The village council met on Monday and agreed to repair the footbridge before the rains.\n"
    page = extract_text(text)
    assert page is not None and page.title is None
    assert page.body.text == text.strip()
    assert_maps_to_input(text, page)


def test_a_caption_above_the_story_does_not_count_as_story():
    # the caption is a sentence; once its credit claims it, the head goes on, so the date
    # line after the first story paragraph is still taken for one
    text = ("Tram line to the airport opens a year late\n\n"
            "A tram waits at the new terminal stop during a test run in the spring.\n"
            "Photo: Karl Emde/Metro Images\n\n"
            "The tram line linking the city centre with the airport opened on Saturday, a year "
            "later than planned.\n\n"
            "Saturday 4 May 2024\n\n"
            "Trams will run every ten minutes from early morning until midnight, the operator said.\n")
    page = extract_text(text)
    assert [c.credit for c in page.captions] == ["Karl Emde/Metro Images"]
    assert page.captions[0].text.startswith("A tram waits")
    assert page.published == "2024-05-04" and page.removed == ["Saturday 4 May 2024"]
    assert page.body.text.startswith("The tram line") and "Saturday 4 May" not in page.body.text
    assert_maps_to_input(text, page)


def test_weak_lines_at_the_end_stay_without_a_footer_rule():
    # short lines after the story are furniture only when a footer rule starts the run
    text = ("Orchard owners count the cost of late frost\n\n"
            "Frost on two nights last week destroyed most of the blossom in the county's orchards, "
            "growers said on Friday.\n\nWhat growers lost\nApples\nPears\n")
    page = extract_text(text)
    assert page.body.text.endswith("What growers lost\n\nApples\n\nPears")
    assert page.removed == []
    page = extract_text(text + "\nShare this article\n")
    assert page.body.text.endswith("Pears")
    assert page.removed == ["Share this article"]


def test_a_last_sentence_that_reads_like_a_notice_stays():
    text = ("Census results published\n\n"
            "The statistics office published the first results of the spring census on Monday, "
            "showing the population grew by two percent.\n\n"
            "The full report is also available in French and German on the office's website.\n\n"
            "Share\n")
    page = extract_text(text)
    assert page.body.text.endswith("on the office's website.")
    assert page.removed == ["Share"]


# --- line rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,iso,update",
    [
        ("Published: 12 March 2024", "2024-03-12", False),
        ("March 12, 2024 10:31 GMT", "2024-03-12", False),
        ("Sun, Jul 2, 2023 | 04:30 PM", "2023-07-02", False),
        ("Last updated 2021-11-30T09:00", "2021-11-30", True),  # ISO 8601 with its time
        ("Last updated 2021-11-30 09:00", "2021-11-30", True),
        ("14/02/2022", "2022-02-14", False),
        ("The vote is due on March 12, 2024 in the capital.", None, None),
        ("03/04/2022", None, None),  # day and month cannot be told apart
        # an issuer's document type beside its date (the forty-third corpus, post hoc)
        ("Statistical release | 04.05.2027 | 10:30", "2027-05-04", False),
        ("Press statement · 9 June 2027", "2027-06-09", False),
        ("Release of a new report | 04.05.2027", None, None),  # words beyond the document's type
    ],
)
def test_date_line(line, iso, update):
    got = _date_line(line)
    if iso is None:
        assert got is None
    else:
        assert got == (iso, update)


@pytest.mark.parametrize(
    "line,authors",
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("BY JANE DOE AND OMAR HADI", ["Jane Doe", "Omar Hadi"]),
        ("By Jane Doe in Nairobi", ["Jane Doe"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By the way, nobody asked the residents.", None),
        ("Harbour Master Resigns, Blames Port Authority", None),
    ],
)
def test_byline(line, authors):
    got = _byline(line)
    assert (got[1] if got else None) == authors


@pytest.mark.parametrize(
    "line,head,credit",
    [
        ("Firefighters at the depot on Sunday. (Photo by Lena Voss)", False, "Lena Voss"),
        ("Firefighters at the depot on Sunday. Photograph: Lena Voss/Coast Images", False,
         "Lena Voss/Coast Images"),
        ("Firefighters at the depot on Sunday. REUTERS/Lena Voss", False, "REUTERS/Lena Voss"),
        ("Firefighters at the depot on Sunday. (AP Photo/Lena Voss, File)", False, "AP Photo/Lena Voss, File"),
        ("Firefighters at the depot on Sunday. (AFP)", True, "AFP"),
        # an agency alone is trusted in the head, not inside the story
        ("The figures were first published by the French agency (AFP)", False, None),
        ("The minister said the depot would reopen on Monday.", False, None),
    ],
)
def test_caption(line, head, credit):
    assert _caption(line, head) == credit


@pytest.mark.parametrize(
    "para,dl",
    [
        ("BAMAKO, June 30 (Reuters) - The council voted on Friday to close the depot.",
         "BAMAKO, June 30 (Reuters)"),
        ("LONDON — The council voted on Friday to close the depot.", "LONDON"),
        ("GAZA CITY, Gaza Strip (AP) — The council voted on Friday to close the depot.",
         "GAZA CITY, Gaza Strip (AP)"),
        ("Kyiv, Ukraine (AP) — The council voted on Friday to close the depot.", "Kyiv, Ukraine (AP)"),
        # a sentence with a dash, a label, a short line: no dateline
        ("Residents — most of them farmers — voted on Friday to close the depot.", None),
        ("EXCLUSIVE – The council voted on Friday to close the depot.", None),
        ("LONDON — Yes.", None),
    ],
)
def test_dateline(para, dl):
    m = _dateline(para)
    assert (m.group("dl").strip() if m else None) == dl


# --- PolNeAR: texts with no furniture keep their story ---------------------------------------


def _spans(ann: Path):
    for line in ann.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if not line.startswith("T") or len(f) < 3:
            continue
        kind, _, segs = f[1].partition(" ")
        for seg in segs.split(";"):
            s, e = map(int, seg.split())
            yield kind, s, e, f[2]


def test_polnear_dev_loses_no_story_text():
    base = shared("polnear", "dev")
    rows = list(csv.DictReader((base / "MANIFEST.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert len(rows) == 84
    losing, titled = [], 0
    for r in rows:
        text = read(base / "text" / f"{r['doc']}.txt")
        page = extract_text(text)
        assert page is not None, r["doc"]
        first_line_end = text.find("\n")
        if page.title is not None:
            titled += 1
            assert page.title == text[:first_line_end].strip()
        kept = set(page.body.offsets[:-1])
        for kind, s, e, _ in _spans(base / "attributions" / r["chosen_ann"]):
            if kind == "Discard":  # annotators marked it as not part of the text
                continue
            if page.title is not None and e <= first_line_end:
                continue  # the headline is page.title
            lost = [q for q in range(s, e) if not text[q].isspace() and text[q] not in _DROP
                    and q not in kept]
            if lost:
                losing.append((r["doc"], text[s:e][:60]))
                break
        if r["doc"] == rows[0]["doc"]:
            assert_maps_to_input(text, page)
    assert losing == []
    assert titled >= 80


# --- dateline.split_dateline ----------------------------------------------------------------

from newsgraph.extract.dateline import dateline_agency, split_dateline  # noqa: E402
from newsgraph.extract.normalize import join, normalize_span  # noqa: E402


@pytest.mark.parametrize(
    "para,dl,iso,rest",
    [
        ("GENEVA, March 4 (Wirenews) - Delegates agreed on Tuesday to meet again in May.",
         "GENEVA, March 4 (Wirenews)", None, "Delegates agreed"),
        ("VANTIRO, 5 March (TNB) – The minister opened the new bridge on Wednesday morning.",
         "VANTIRO, 5 March (TNB)", None, "The minister"),
        ("LONDON — The council voted on Friday to close the depot.", "LONDON", None, "The council"),
        ("BAMAKO, June 30 (Reuters) - The council voted on Friday to close the depot.",
         "BAMAKO, June 30 (Reuters)", None, "The council"),
        ("WASHINGTON (AP) — The council voted on Friday to close the depot.",
         "WASHINGTON (AP)", None, "The council"),
        ("Kyiv, Ukraine (CNN) -- The council voted on Friday to close the depot.",
         "Kyiv, Ukraine (CNN)", None, "The council"),
        ("OSLO, 2 February 2022 (Nordic Wire) — \"We are ready,\" the yard's chief said on Friday.",
         "OSLO, 2 February 2022 (Nordic Wire)", "2022-02-02", "\"We are ready"),
        # an ordinary first sentence keeps its start
        ("GENEVA is hosting the talks for a second week, officials said.", None, None, "GENEVA is"),
        ("The UN said - and repeated on Friday - that the mission would end.", None, None, "The UN said"),
        ("NATO — the alliance of thirty states — said on Friday it would act.", None, None, "NATO —"),
        ("Residents — most of them farmers — voted on Friday to close the depot.", None, None, "Residents"),
        ("UPDATE – The council voted on Friday to close the depot.", None, None, "UPDATE"),
        ("PARIS — Yes.", None, None, "PARIS"),
    ],
)
def test_split_dateline(para, dl, iso, rest):
    src = "  " + para + "\n"
    body = join([normalize_span(src, 0, len(src)),
                 normalize_span("Second paragraph of the story.")])
    out, got_dl, got_iso = split_dateline(body)
    assert (got_dl, got_iso) == (dl, iso)
    assert out.text.startswith(rest)
    assert out.text.endswith("Second paragraph of the story.")
    # the body left keeps its map: its first character is where it stands in the source
    assert src[out.offsets[0]] == out.text[0]
    assert len(out.offsets) == len(out.text) + 1
    if dl is None:
        assert out is body


def test_split_dateline_on_an_empty_body():
    from newsgraph.extract.normalize import Mapped
    out, dl, iso = split_dateline(Mapped())
    assert out.text == "" and dl is None and iso is None


@pytest.mark.parametrize(
    "dl,agency",
    [("GENEVA, March 4 (Wirenews)", "Wirenews"), ("LONDON", None), (None, None),
     ("Kyiv, Ukraine (CNN)", "CNN"), ("ROME (AP Photo)", None)],
)
def test_dateline_agency(dl, agency):
    assert dateline_agency(dl) == agency


# --- date lines with separators, bylines with a place ---------------------------------------


@pytest.mark.parametrize(
    "line,iso",
    [
        ("March 4, 2025 6:42 PM UTC · Updated 2 hours ago", "2025-03-04"),
        ("Posted: 5 March 2025, 14:10 | Newsroom", "2025-03-05"),
        ("Updated: 12 May 2024 09:15 BST | 3 min read", "2024-05-12"),
        ("Politics | 12 March 2024", "2024-03-12"),
        # a name beside the date is a byline's business, a sentence is no date line
        ("Jane Doe | 12 March 2024", None),
        ("Vote | The vote is due on 12 March 2024", None),
        ("12 March 2024 | 13 March 2024", None),
    ],
)
def test_date_line_with_separators(line, iso):
    got = _date_line(line)
    assert (got[0] if got else None) == iso


@pytest.mark.parametrize(
    "line,place_ok,authors",
    [
        ("Kwame Mensah-Ofori in Tamale", True, ["Kwame Mensah-Ofori"]),
        ("Ana Ruiz and Sam Holt in Madrid", True, ["Ana Ruiz", "Sam Holt"]),
        ("Kwame Mensah-Ofori in Tamale", False, None),
        ("Floods in Tamale", True, None),
        ("Talks resume in Geneva", True, None),
        ("Ana Ruiz in Madrid said the talks had failed.", True, None),
    ],
)
def test_byline_with_a_place(line, place_ok, authors):
    got = _byline(line, place_ok=place_ok)
    assert (got[1] if got else None) == authors


def test_byline_with_a_place_is_taken_under_the_title_only():
    story = ("The harbour authority reopened the northern pier on Monday after three weeks of "
             "repairs, the port's director said.\n\n"
             "Ferries will run to the islands twice a day until the summer timetable starts.\n\n")
    page = extract_text("Pier reopens after storm repairs\n\nAna Ruiz in Ostend\n\n" + story)
    assert page.authors == ["Ana Ruiz"] and page.byline == "Ana Ruiz in Ostend"
    assert page.body.text.startswith("The harbour authority")
    # a menu entry of the same shape, among other menu entries, is no byline
    page = extract_text("Pier reopens after storm repairs\n\nPort Life in Winter\nPort Life Archive\n\n" + story)
    assert page.authors == [] and page.byline is None
    # the same line further down is story text, not a byline
    page = extract_text("Pier reopens after storm repairs\n\n" + story + "Ana Ruiz in Ostend\n\n"
                        "The pier's cafe will reopen in June, its owner said on Monday afternoon.\n")
    assert page.authors == [] and "Ana Ruiz in Ostend" in page.body.text


@pytest.mark.parametrize(
    "line,head,credit",
    [
        ("Rescue workers carry residents to a boat in the flooded district. (Photo by AFP)", False, "AFP"),
        ("The envoy speaks to reporters after the talks. Photograph: Marta Lind/EPA", False, "Marta Lind/EPA"),
        ("Workers repair the damaged bridge on Monday. REUTERS/John Smith", False, "REUTERS/John Smith"),
        ("Volunteers unload sacks of flour at the camp. Photo: Radio Veka/Ana Ruiz", False, "Radio Veka/Ana Ruiz"),
    ],
)
def test_caption_credit_is_printed_less_its_label(line, head, credit):
    assert _caption(line, head) == credit


# --- footers after the story ----------------------------------------------------------------

_STORY = (
    "River barge rates climb as water levels fall\n\n"
    "Barge operators raised their rates on Monday as the river fell to its lowest level in "
    "a decade, forcing boats to sail half empty.\n\n"
    "Shippers said the rise would add about a tenth to the cost of moving grain downstream.\n\n"
    "The river authority expects levels to recover only after the autumn rains.\n"
)
_LAST = "The river authority expects levels to recover only after the autumn rains."


@pytest.mark.parametrize(
    "footer,removed_first",
    [
        # a rule line, then prompts, a promotion and a slogan
        ("\n------------------------------\nSend us your news: WhatsApp the newsroom on 0700 111 222\n"
         "Listen to Radio Veka on 101.2 FM or in the Radio Veka app\nRadio Veka - The sound of the valley\n",
         "------------------------------"),
        # the same without the rule: the prompt starts the footer
        ("\nSend us your news: WhatsApp the newsroom on 0700 111 222\n"
         "Listen to Radio Veka on 101.2 FM or in the Radio Veka app\nRadio Veka - The sound of the valley\n",
         "Send us your news: WhatsApp the newsroom on 0700 111 222"),
        ("\nRadio Veka | Your home for valley news\n", "Radio Veka | Your home for valley news"),
        # a standards notice, a related list with a labelled headline that is a question
        ("\nOur Standards: The Veka Wire Trust Principles.\n\nRead more\nBarge crews fear job losses\n"
         "Explainer: Why is the river so low?\n", "Our Standards: The Veka Wire Trust Principles."),
        # a topic list under its lead-in, one word a line
        ("\nExplore more on these topics\nShipping\nRivers\nDrought\n\n© 2025 Veka Media Group Ltd\n",
         "Explore more on these topics"),
        ("\nRelated topics\nShipping\nRivers\n", "Related topics"),
    ],
)
def test_footer_after_the_story_is_removed(footer, removed_first):
    text = _STORY + footer
    page = extract_text(text)
    assert page.body.text.endswith(_LAST), page.body.text[-200:]
    assert page.removed[0] == removed_first
    for r in page.removed:
        assert r not in page.body.text
    assert_maps_to_input(text, page)


def test_short_lines_after_the_story_stay_without_a_footer_rule():
    # a question or a labelled line after the story is story text unless a footer starts above it
    for tail in ("\nWhat now for the barges?\n", "\nNext: The autumn rains\n"):
        page = extract_text(_STORY + tail)
        assert page.body.text.endswith(tail.strip()) and page.removed == []


# --- the outlet ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "footer,dateline,site",
    [
        ("\n© 2025 Veka Dispatch Media Limited or its affiliated companies. All rights reserved.\n", "", "Veka Dispatch"),
        ("\nCopyright © 2024 Acme News Group Inc. All rights reserved.\n", "", "Acme News"),
        ("\n© 2024 The Valley Herald\n", "", "The Valley Herald"),
        ("\nCopyright Veka Holdings 2024\n", "", "Veka Holdings"),  # a weak suffix alone stays
        ("\n© 2024 Veka Broadcasting Inc. All rights reserved.\n", "", "Veka"),
        # a possessive notice
        ("\nRadio Veka's website can also be reached at the following addresses:\nwww.veka.example\n", "", "Radio Veka"),
        # a name in the furniture that spells the page's own address
        ("\nGet the Radio Veka app\nradioveka.example\n", "", "Radio Veka"),
        # the agency of the dateline
        ("\nShare this article\n", "VEKA, May 2 (Veka Wire) - ", "Veka Wire"),
        # ... unless the page's address names another outlet: a paper running a wire story
        ("\nShare this article\nvalleyherald.example\n", "VEKA, May 2 (Veka Wire) - ", None),
        # nothing says which outlet it is
        ("\nShare this article\nvalleyherald.example\n", "", None),
        ("\nShare this article\n", "", None),
    ],
)
def test_site_name(footer, dateline, site):
    head, _, rest = _STORY.partition("Barge operators")
    text = head + dateline + "Barge operators" + rest + footer
    page = extract_text(text)
    assert page.site_name == site
    assert page.body.text.startswith("Barge operators")


def test_split_dateline_alone_in_its_paragraph():
    body = join([normalize_span("LONDON —"), normalize_span("The council voted on Friday to close the depot.")])
    out, dl, _ = split_dateline(body)
    assert dl == "LONDON" and out.text.startswith("The council")
    body = join([normalize_span("PARIS — Yes."), normalize_span("The council voted on Friday to close it.")])
    assert split_dateline(body)[1] is None
