"""Page dates on pages written here in several CMS styles (tests/data/html_dates/*.html, each
with its "<!-- expect: YYYY-MM-DD -->"), one group per class of news4k dev miss that the
cross-validation could not carry to a held-out fold (issue 15):
  a_  the declared date written other than in ISO 8601 (RFC 2822, written dates, slashes,
      microdata in the body);
  b_  a UTC instant declared, the publisher's local day (and clock) shown;
  c_  no date declared, the date shown by the headline, a Last-Modified guess beside it;
with guards (…_guard_…) where a rule must not fire and the page keeps its date."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.extract import extract_html
from newsgraph.extract.html import date_evidence_of
from newsgraph.extract.html_dates import DEFAULT_CHOICE, OLD_CHOICE, _clock, _zone_time, choose_date

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "tests" / "data" / "html_dates").glob("*.html"))
SHARED = ROOT.parent / "shared"


def expected(path: Path) -> str:
    return re.search(r"<!-- expect: (\S+) -->", path.read_text(encoding="utf-8")).group(1)


def known_miss(path: Path) -> bool:
    return "<!-- known miss:" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_page_date(path: Path):
    if known_miss(path):
        pytest.xfail("known miss, see the page's comment")
    page = extract_html(path.read_text(encoding="utf-8"))
    assert page is not None and page.published == expected(path)


def test_pages_cover_each_class_with_guards():
    names = [p.stem for p in PAGES]
    for cls in "abc":
        mine = [n for n in names if n[0] == cls]
        assert len([n for n in mine if "guard" not in n]) >= 3, cls
        assert any("guard" in n for n in mine), cls


def test_old_choice_misses_the_formats_the_new_one_reads():
    # the pages are no test that cannot fail: the choice before issue 15 gets most of them wrong
    old_right = sum(choose_date(date_evidence_of(p.read_text(encoding="utf-8")), OLD_CHOICE) == expected(p)
                    for p in PAGES)
    assert old_right <= 6


def test_clock_beside_a_shown_date():
    assert _clock("December 26, 2023 - 9:03AM") == (9, 3)
    assert _clock("Mar 4, 2024 at 7:30 p.m. PT") == (19, 30)
    assert _clock("Published: March 5, 2024 01:10 IST") == (1, 10)
    assert _clock("5 March 2024, 8am") == (8, 0)
    assert _clock("12:15 a.m. March 5, 2024") == (0, 15)
    # days, years, numeric dates and reading times are no clock
    assert _clock("March 5, 2024") is None
    assert _clock("05.03.2024") is None
    assert _clock("2024/03/05 - 5 min read") is None


def test_zone_time_needs_a_real_offset():
    utc = dt.datetime(2024, 3, 4, 22, 3, tzinfo=dt.timezone.utc)
    assert _zone_time("2024-03-05", "March 5, 2024 - 9:03AM", utc)  # UTC+11
    assert not _zone_time("2024-03-05", "March 5, 2024 - 2:17PM", utc)  # +16:14: no zone's time
    # the instant's seconds, and a shown clock that is another moment of the same story (first
    # posted 2:26 PM in Hawaii, the meta's instant 01:48Z the next day UTC) still carry the day
    at = dt.datetime(2019, 11, 20, 1, 50, 59, 403000, tzinfo=dt.timezone.utc)
    assert _zone_time("2019-11-19", "Nov. 19, 2019 5:50 PM", at)  # UTC-8
    at = dt.datetime(2019, 11, 19, 1, 48, 3, tzinfo=dt.timezone.utc)
    assert _zone_time("2019-11-18", "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM", at)
    assert _zone_time("2024-03-05", "March 5, 2024 - 3:33 a.m.", utc)  # UTC+5:30
    assert not _zone_time("2024-03-06", "March 6, 2024", utc)  # no zone reaches the 6th
    assert _zone_time("2024-03-04", "March 4, 2024 at 10:03 a.m.", utc)  # UTC-12
    assert not _zone_time("2024-03-04", "March 4, 2024 at 9:03 a.m.", utc)  # UTC-13: none


def test_cv_script_reads_the_pages():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from dates_cv import load_pages
    finally:
        sys.path.pop(0)
    gold, evs = load_pages(PAGES[0].parent)
    assert [g["date"] for g in gold] == [expected(p) for p in PAGES]
    assert all(ev is not None for ev in evs)
    assert DEFAULT_CHOICE.utc_clock and not OLD_CHOICE.utc_clock


@pytest.mark.slow
def test_cross_validated_with_the_pages_in_tuning():
    if not (SHARED / "extraction" / "news4k" / "ground-truth.json").is_file():
        pytest.skip(f"shared news4k data not found at {SHARED}")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "dates_cv.py"), "--shared", str(SHARED), "--json",
                          "--pages", str(PAGES[0].parent)], check=True, capture_output=True, text=True, timeout=600)
    res = json.loads(out.stdout)
    # each fold, tuned on the other four and the written pages, chooses the shipped setting
    assert res["after + pages"]["held_out"] >= 0.90
    assert res["after"]["held_out"] >= res["before"]["held_out"]
