"""The dateline at the start of a story, and the date helpers it needs.

    body, dateline, iso = split_dateline(body)   # body: a normalize.Mapped

News agencies and many papers open a story with the place it was filed from, sometimes the
day and the agency, then a dash: "BAMAKO, June 30 (Reuters) - ", "LONDON — ",
"Kyiv, Ukraine (CNN) -- ". It is not part of the story's first sentence, so extractors cut it
off and keep it apart. The cut keeps the body's map to its source: the part left is a slice of
the Mapped given, so offsets still point where they did.

What counts as a dateline, by shape only (no list of places):
- a place in capitals ("LONDON", "GAZA CITY, Gaza Strip"), or a place in mixed case that
  carries a date or an agency in brackets ("Kyiv, Ukraine (CNN)", "Halden/Estavia, 2 December
  2025 (KPA)"; the day may follow the agency: "VESKA (Solenne) 1 Dec"), so that an ordinary
  sentence with a dash ("Residents — most of them farmers — voted ...") is not taken;
- then a dash (-, --, – or —) and the story, which starts like a sentence (a capital, a digit
  or a quotation mark) and runs on for a few words;
- not a label such as "EXCLUSIVE –" or "UPDATE -".

The date helpers (`find_date`) read full dates with a year ("12 March 2024", "March 12, 2024",
"2024-03-12", "2024-03-12T08:05Z", "14/02/2022", "01.12.2025" read day first, "03/10/2026 8:12 PM"
month first, "10-Mar-2026", a French agency's "191126 1245 GMT") and are shared with the plain-text extractor.
"""

from __future__ import annotations

import datetime as dt
import re

from .normalize import Mapped

__all__ = ["split_dateline", "match_dateline", "dateline_agency", "find_date", "numeric_readings", "month_day",
           "clock_instant"]

# ---------------------------------------------------------------------------------------------
# dates

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}
MON = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})\b")
_DATE_RES = [
    # 12 March 2024, 12th Mar. 2024
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MON})\.?,?\s+(\d{{4}})\b", re.I)),
    # 10-Mar-2026, as wire and feed headers write it
    ("dmy", re.compile(rf"\b(\d{{1,2}})-({MON})-(\d{{4}})\b", re.I)),
    # March 12, 2024; Sept. 5 2023
    ("mdy", re.compile(rf"\b({MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
    # 2024-03-12, with the time ISO 8601 may join to it: 2024-03-12T08:05:00Z
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:T\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
                       r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\b")),
    # a French agency's compact stamp: "191126 1245 GMT" (day, month, two-digit year; time; zone)
    ("ddmmyy", re.compile(r"\b(\d{2})(\d{2})(\d{2})\s+\d{4}\s+(?:GMT|UTC)\b")),
    # 2026/11/06, as East Asian agencies write it
    ("ymd", re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")),
    # 14/02/2022, 14.02.2022, 14-02-2022 (the same separator twice)
    ("num", _NUMERIC_DATE),
]
# a dateline standing alone above the story, a place in capitals and a weekday: "NEW YORK, Thursday"
WEEKDAY_DATELINE = (r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3},\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                    r"(?:\s+(?i:morning|afternoon|evening|night))?")
# a day and month with no year, as datelines give them: "June 30", "30 June", "Sept. 5"
DAY_MONTH = rf"(?:{MON}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MON}\.?)(?:,?\s+\d{{4}})?"


_TWELVE_HOUR = re.compile(r",?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\b", re.I)
# a clock and a zone of the places that write the day first after it ("12/06/2026 17:02 CET"),
# or of the United States, which writes the month first ("03/10/2026 20:12 EST")
_ZONE_AFTER = re.compile(r",?\s+\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:hrs\s+)?\(?(?P<zone>[A-Z]{2,5})\b")
_DAY_FIRST_ZONES = {"GMT", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK", "TRT", "SAST",
                    "WAT", "CAT", "EAT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT"}
_MONTH_FIRST_ZONES = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
                      "AKST", "AKDT", "HST"}


def find_date(s: str) -> tuple[str, re.Match[str]] | None:
    """The first full date (with a year) in s, as (YYYY-MM-DD, match); None if none or invalid."""
    best = None
    for kind, rx in _DATE_RES:
        m = rx.search(s)
        if not m or (best and best[1].start() <= m.start()):
            continue
        iso = _iso(kind, m)
        if iso:
            best = (iso, m)
    return best


def numeric_readings(s: str) -> list[str]:
    """Both readings of the first slashed date in s that find_date leaves as ambiguous
    ("04/06/2026": 4 June or 6 April), day first first; [] when there is none."""
    m = _NUMERIC_DATE.search(s)
    if not m or _iso("num", m):
        return []
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    out = []
    for d, mo in ((a, b), (b, a)):
        try:
            out.append(dt.date(y, mo, d).isoformat())
        except ValueError:
            pass
    return out if 1900 <= y <= 2100 else []


# the offsets of the time zones news pages write after a clock (hours east of UTC)
ZONE_OFFSETS = {"UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "IST": 1, "CET": 1, "CEST": 2,
                "EET": 2, "EEST": 3, "MSK": 3, "TRT": 3, "SAST": 2, "WAT": 1, "CAT": 2, "EAT": 3,
                "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
                "AKST": -9, "AKDT": -8, "HST": -10, "AEST": 10, "AEDT": 11, "ACST": 9.5, "AWST": 8,
                "NZST": 12, "NZDT": 13, "JST": 9, "KST": 9, "HKT": 8, "SGT": 8,
                "ET": -5, "CT": -6, "MT": -7, "PT": -8}
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:([ap])\.?m\.?\s*)?(?:hrs\s+)?\(?"
                    r"(?:(?P<zone>[A-Z]{1,5})\b|(?P<off>[+-]\d{2}):?(?P<offm>\d{2})\b)", re.I)


# a clock with the offset of its zone written after it: "10:20 (Velmar time, UTC+2)", "09:00 GMT+3"
_CLOCK_OFFSET = re.compile(r"\b(\d{1,2})[:.](\d{2})\b([^\d]{0,30}?)\b(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?\b")


def clock_instant(s: str, day: str) -> str | None:
    """The UTC instant ("2026-02-10T16:15Z") of a clock with its zone on a date line that gives
    `day` (YYYY-MM-DD): "11/11/2026 10:35 CET", "Feb. 19, 2026 at 11:05 a.m. CST", "Mon, 16 Nov
    2026 06:30:00 +0100". None when no clock has a zone we know (a clock alone says nothing of
    the instant: the outlet's own zone is unknown)."""
    if (m := _CLOCK_OFFSET.search(s)) and int(m.group(1)) <= 23 and int(m.group(2)) <= 59:
        h = int(m.group(1))
        if (ap := re.match(r"\s*([ap])\.?m\b", m.group(3), re.I)) and 1 <= h <= 12:
            h = h % 12 + (12 if ap.group(1).lower() == "p" else 0)  # "3:20 p.m. (GMT+3)"
        off = (-1 if m.group(4) in "-−" else 1) * (int(m.group(5)) + int(m.group(6) or 0) / 60)
        try:
            local = dt.datetime.fromisoformat(day[:10]) + dt.timedelta(hours=h, minutes=int(m.group(2)))
        except ValueError:
            return None
        return (local - dt.timedelta(hours=off)).strftime("%Y-%m-%dT%H:%MZ")
    for m in _CLOCK.finditer(s):
        h, mi, ap = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
        if ap:
            if not 1 <= h <= 12:
                continue
            h = h % 12 + (12 if ap == "p" else 0)
        if h > 23 or mi > 59:
            continue
        if m.group("zone"):
            off = ZONE_OFFSETS.get(m.group("zone").upper())
            if off is None or m.group("zone") != m.group("zone").upper():
                continue
        else:
            sign = -1 if m.group("off")[0] == "-" else 1
            off = sign * (abs(int(m.group("off"))) + int(m.group("offm")) / 60)
        try:
            local = dt.datetime.fromisoformat(day[:10]) + dt.timedelta(hours=h, minutes=mi)
        except ValueError:
            return None
        utc = local - dt.timedelta(hours=off)
        return utc.strftime("%Y-%m-%dT%H:%MZ")
    return None


def month_day(s: str) -> tuple[int, int] | None:
    """(month, day) of the first day and month written out in s ("June 4", "4 Jun"), or None."""
    m = re.search(rf"\b({MON})\.?\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+({MON})\b", s)
    if not m:
        return None
    mon, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return MONTHS[mon.lower()], int(day)


def _iso(kind: str, m: re.Match[str]) -> str | None:
    g = m.groups()
    if kind == "dmy":
        d, mo, y = int(g[0]), MONTHS[g[1].lower()], int(g[2])
    elif kind == "mdy":
        mo, d, y = MONTHS[g[0].lower()], int(g[1]), int(g[2])
    elif kind == "ddmmyy":
        d, mo, y = int(g[0]), int(g[1]), 2000 + int(g[2])
    elif kind in ("iso", "ymd"):
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    else:  # 12/03/2024: day first unless that cannot be; both <= 12 is ambiguous: skip, but
        # for dots and dashes, which write the day first wherever they are used (01.12.2025,
        # 01-12-2025: 1 December), and where the clock's zone after it says whose order it is
        a, sep, b, y = int(g[0]), g[1], int(g[2]), int(g[3])
        zone = _ZONE_AFTER.match(m.string, m.end())
        zone = zone.group("zone") if zone else None
        if a > 12 >= b or (sep in ".-" or zone in _DAY_FIRST_ZONES) and a <= 12 and b <= 12:
            d, mo = a, b
        elif b > 12 >= a or (sep == "/" and (_TWELVE_HOUR.match(m.string, m.end()) or zone in _MONTH_FIRST_ZONES)):
            # a 12-hour clock after a slashed date is the American order: "03/10/2026 8:12 PM"
            d, mo = b, a
        else:
            return None
    if not 1900 <= y <= 2100:
        return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:  # month 13, 31 February
        return None


# ---------------------------------------------------------------------------------------------
# datelines

_PLACE_CAPS = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
_PLACE_MIXED = r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,2}"
# the region after the place: "GAZA CITY, Gaza Strip", "Halden/Estavia"
_REGION = (r"(?:(?:,\s*|/)[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
           # or in brackets, before the agency's: "Brasko (Dalvonia) (AEN) -"
           r"|\s*\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}\)(?=\s*\([A-Z]|,\s))?")
_DATELINE = re.compile(
    rf"^(?P<dl>(?:(?P<caps>{_PLACE_CAPS}){_REGION}|(?P<mixed>{_PLACE_MIXED}){_REGION})"
    rf"(?:,?\s+(?P<date>{DAY_MONTH}))?"
    rf"\s*(?:\((?P<agency>[A-Z][\w .&'’/\-]{{0,40}}|[a-z]{{2,5}})\))?"
    # the day after the agency: "VESKA (Solenne) 1 Dec -"
    rf"(?:(?<=\))\s+(?P<date2>{DAY_MONTH}))?)"
    # the dash, then the story, which starts as a sentence does
    rf"(?:\s*(?:-{{1,2}}|—|–)\s+|(?<=\))\s+(?=[A-Z](?:[a-z]|\s)))(?=[A-Z0-9À-Þ\"“‘'«(\[])"
)
_LABELS = re.compile(
    r"^(?:exclusive|update[d]?|breaking(?: news)?|watch|video|opinion|analysis|editorial|"
    r"comment|live|photos?|explainer|fact check|review|interview|note|warning|correction|"
    r"clarification|factbox|instant view|timeline|q&a)\b",
    re.I,
)
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def match_dateline(s: str) -> re.Match[str] | None:
    """The dateline at the start of s, as a match (groups dl, caps, mixed, date, agency, and
    date2: the day when it follows the agency, "VESKA (Solenne) 1 Dec -")."""
    m = _DATELINE.match(s)
    if not m:
        return None
    if m.group("caps") is None and not (m.group("agency") or m.group("date") or m.group("date2")):
        return None
    if m.group("caps") is not None and len(re.sub(r"[^A-Z]", "", m.group("caps"))) < 2:
        return None
    if _LABELS.match(m.group("dl")):  # "EXCLUSIVE –", "UPDATE –": a label, not a place
        return None
    # with no dash after it, only an agency's short name makes a dateline ("VARANPUR, Nov 5 (PTS)
    # The ..."), not words in brackets ("The Global GPS (Global Positioning System) Market ...")
    if not re.search(r"[-—–]", s[m.end("dl"):m.end()]) and not re.fullmatch(r"[A-Za-z]{2,6}", m.group("agency") or ""):
        return None
    # the story must go on after it, in the same paragraph (or in the next, when the
    # dateline stands alone in its own)
    after = s[m.end():]
    if "\n" not in s[m.start("dl"):m.end()]:
        after = after.split("\n\n", 1)[0]
    if len(_WORD.findall(after)) < 4:
        return None
    return m


def dateline_agency(dateline: str | None) -> str | None:
    """The agency a dateline names in brackets: "GENEVA, March 4 (Wirenews)" -> "Wirenews",
    "VESKA (Solenne) 1 Dec" -> "Solenne"."""
    if not dateline:
        return None
    # at its end, or before the day: "VESKA (Solenne) 1 Dec"
    m = re.search(rf"\(([^()]{{2,40}})\)\s*(?:{DAY_MONTH})?\s*$", dateline)
    if not m:
        return None
    agency = m.group(1).strip()
    # "(AP Photo)", "(File)" are no agencies of a story
    if re.search(r"\b(?:photo|file|pool|handout)\b", agency, re.I):
        return None
    return agency


def split_dateline(body: Mapped) -> tuple[Mapped, str | None, str | None]:
    """(body without the dateline, the dateline, YYYY-MM-DD if it gives day, month and year).

    `body` is normalised text with its offset map (normalize.Mapped); the body returned is a
    slice of it, so its offsets still point into the same source. With no dateline the body
    comes back as given, with None and None.
    """
    m = match_dateline(body.text)
    if not m:
        return body, None, None
    dl = m.group("dl").strip()
    iso = None
    day = m.group("date") or m.group("date2")
    if day:
        found = find_date(day)
        if found:
            iso = found[0]
    return body.slice(m.end(), len(body.text)), dl, iso
