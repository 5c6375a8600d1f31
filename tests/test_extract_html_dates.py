"""The publication date of HTML pages (newsgraph/extract/html_dates.py), on small pages written
here for each class of miss found on news4k dev, and the cross-validation script over it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.extract import extract_html
from newsgraph.extract.html import date_evidence_of
from newsgraph.extract.html_dates import DEFAULT_CHOICE, OLD_CHOICE, choose_date, instant, value_date

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

STORY = [
    "The harbour board of Millbrook agreed on Monday to dredge the northern channel before the "
    "spring, after two cargo ships ran aground there within a month.",
    "Board chair Ana Velasco said the work would start as soon as the contract was signed. \"The "
    "channel has silted up faster than anyone expected,\" she told the meeting.",
    "Pilots had warned for a year that the channel was too shallow at low tide. The board put the "
    "cost at four million dollars, to be shared with the port's two largest operators.",
    "Fishing crews asked for the work to stop during the herring season; the board said it would "
    "hear them before the contract was signed.",
]


def page(head: str = "", top: str = "", aside: str = "", h1: str = "Millbrook to dredge its northern channel") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">{head}</head>
<body>
<div class="masthead"><span class="header-date">Friday, March 8, 2024</span></div>
<main><article>
<h1>{h1}</h1>
{top}
<div class="story-body">
{paras}
</div>
</article>
{aside}
</main>
<footer><p>Contact the harbour desk</p></footer>
</body></html>"""


def ld(**fields: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", **fields})}</script>'


def date_of(html: str) -> str | None:
    p = extract_html(html)
    assert p is not None
    return p.published


# ---------------------------------------------------------------------------------------------
# format not parsed: RFC 2822 and written dates in meta tags and JSON-LD


def test_rfc2822_date_in_json_ld_and_meta():
    head = ld(datePublished="Tue, 05 Mar 2024 21:40:00 PST") + \
        '<meta property="article:published_time" content="Tue, 05 Mar 2024 21:40:00 PST">'
    # read, the declared date outranks a later one shown by the byline (unread, the shown one won)
    top = '<div class="byline">Last edit <time>March 7, 2024</time></div>'
    assert date_of(page(head=head, top=top)) == "2024-03-05"  # the publisher's own day, not UTC's
    assert instant("Tue, 05 Mar 2024 21:40:00 PST").isoformat() == "2024-03-05T21:40:00-08:00"


def test_written_date_in_meta():
    top = '<div class="byline">Last edit <time>March 7, 2024</time></div>'
    assert date_of(page(head='<meta name="date" content="March 5, 2024">', top=top)) == "2024-03-05"
    assert value_date("5 Mar 2024", "any") == "2024-03-05"
    assert value_date("5 Mar 2024", "iso") is None  # the old reading
    assert value_date("the spring issue", "any") is None


# ---------------------------------------------------------------------------------------------
# modified vs published: the page shows only the update, in an element other than <time>


def test_update_shown_in_a_labelled_element_is_the_date():
    head = ld(datePublished="2021-06-02T10:00:00-04:00", dateModified="2024-03-05T08:15:00-05:00")
    top = '<div class="byline">By Rui Tanaka</div><div class="attribution-date">Updated on March 5, 2024</div>'
    assert date_of(page(head=head, top=top)) == "2024-03-05"


def test_first_publication_kept_when_the_page_shows_it_too():
    head = ld(datePublished="2021-06-02T10:00:00-04:00", dateModified="2024-03-05T08:15:00-05:00")
    top = ('<div class="attribution-date">Published June 2, 2021</div>'
           '<div class="attribution-date">Updated on March 5, 2024</div>')
    assert date_of(page(head=head, top=top)) == "2021-06-02"


def test_shown_date_that_is_neither_modified_nor_same_day_is_ignored():
    # the masthead's today and an unrelated date by the byline change nothing
    head = ld(datePublished="2024-03-01T09:00:00-05:00", dateModified="2024-03-01T11:00:00-05:00")
    top = '<div class="post-meta">Filed from the March 12, 2024 edition</div>'
    assert date_of(page(head=head, top=top)) == "2024-03-01"


# ---------------------------------------------------------------------------------------------
# time zone / day shift: meta in UTC, the page in the publisher's local time


def test_utc_meta_local_day_shown():
    head = '<meta property="article:published_time" content="2024-03-04T22:03:00.000Z">'
    top = '<div class="byline-publish publish-date">March 5, 2024 - 9:03AM</div>'  # UTC+11
    assert date_of(page(head=head, top=top)) == "2024-03-05"
    head_w = '<meta property="article:published_time" content="2024-03-05T02:30:00Z">'
    top_w = '<div class="byline"><time datetime="2024-03-04">March 4, 2024</time></div>'  # UTC-5
    assert date_of(page(head=head_w, top=top_w)) == "2024-03-04"


def test_no_shift_where_no_zone_reaches_the_shown_day():
    # 09:00 UTC is 5 March everywhere from UTC-9 to UTC+14 and 4 March west of that: a shown
    # 6 March is some other date
    head = '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
    top = '<div class="publish-date">March 6, 2024</div>'
    assert date_of(page(head=head, top=top)) == "2024-03-05"
    # a declared local time is the publisher's day already
    head = '<meta property="article:published_time" content="2024-03-04T22:03:00+02:00">'
    top = '<div class="publish-date">March 5, 2024</div>'
    assert date_of(page(head=head, top=top)) == "2024-03-04"


# ---------------------------------------------------------------------------------------------
# no date declared: the date by the headline before htmldate's guess (which takes Last-Modified)


def test_labelled_date_by_headline_when_nothing_is_declared():
    head = '<meta http-equiv="last-modified" name="last-modified" content="Sat, 16 Mar 2024 16:02:01 GMT">'
    top = '<dl class="story-facts"><dt>Date:</dt><dd id="date_posted">March 5, 2024</dd></dl>'
    assert date_of(page(head=head, top=top)) == "2024-03-05"


def test_dates_in_lists_teasers_and_comments_are_not_the_story_date():
    head = '<meta http-equiv="last-modified" name="last-modified" content="Sat, 16 Mar 2024 16:02:01 GMT">'
    aside = ('<ul class="breadcrumb"><li class="date">12 November 2023</li></ul>'
             '<div class="teaser"><span class="date">1 October 2023</span></div>'
             '<div class="comment"><span class="comment-date">March 9, 2024</span></div>')
    ev = date_evidence_of(page(head=head, aside=aside))
    assert ev is not None and ev.labels() == []


def test_old_choice_still_reads_iso_only():
    head = ld(datePublished="Tue, 05 Mar 2024 21:40:00 PST")
    ev = date_evidence_of(page(head=head))
    assert ev.ld_pub == {"iso": None, "any": "Tue, 05 Mar 2024 21:40:00 PST"}
    assert choose_date(ev, DEFAULT_CHOICE) == "2024-03-05"


# ---------------------------------------------------------------------------------------------
# the cross-validation script


def test_folds_keep_each_site_whole():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from dates_cv import folds_by_site, grid
    finally:
        sys.path.pop(0)
    gold = [{"site": f"http://www.site{i % 7}.com"} for i in range(40)] + [{"site": "https://site3.com/"}]
    fold = folds_by_site(gold, 5)
    by_site: dict[int, set[int]] = {}
    for g, f in zip(gold, fold):
        by_site.setdefault(int(g["site"].rstrip("/").split("site")[-1].split(".")[0]), set()).add(f)
    assert all(len(fs) == 1 for fs in by_site.values())  # www. or not, one site, one fold
    assert len(set(fold)) == 5
    assert grid("before")[0] == OLD_CHOICE and grid("after")[0] == OLD_CHOICE
    assert DEFAULT_CHOICE in grid("after")


@pytest.mark.slow
def test_cross_validated_dates_on_news4k_dev():
    if not (SHARED / "extraction" / "news4k" / "ground-truth.json").is_file():
        pytest.skip(f"shared news4k data not found at {SHARED}")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "dates_cv.py"), "--shared", str(SHARED), "--json"],
                         check=True, capture_output=True, text=True, timeout=600)
    res = json.loads(out.stdout)
    assert res["before"]["dev_of_old"] == pytest.approx(179 / 201)
    assert res["after"]["held_out"] >= res["before"]["held_out"]
    assert res["shipped_dev"] >= 0.905


@pytest.mark.parametrize("line, shaped", [
    ("Statistical release | 07.12.2026 | 11:00", True),
    ("Published: Monday 7 December 2026, 10:30 CET", True),
    ("Press statement · 9 June 2027", True),
    ("Regulatory announcement | 15 September 2026, 07:00", True),  # a listed company's own (invented53)
    ("Stock exchange release · 3 March 2027 08:00", True),
    ("Updated 7 December 2026", False),  # a later date: not the page's own
    ("The vote is due on 7 December 2026 in the capital.", False),  # prose
])
def test_a_paragraph_shaped_as_a_date_line(line, shaped):
    """An element named for nothing is date evidence only when its whole text is a date line
    (the forty-third corpus's ministry release: "<p class="doc-type">Statistical release | ...")."""
    from newsgraph.extract.html_dates import _shaped_date_line

    assert _shaped_date_line(line) is shaped
