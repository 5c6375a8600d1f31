"""Split a news page saved as plain text into its parts: title, byline, date, captions, story.

    page = extract_text(text)   # a Page, or None when no article text is in it

A page saved as text (select all, copy, paste; or a browser's "save as text") keeps the page's
furniture around the story: a section crumb, the title, a byline, a date line, photo captions
with their credits, a dateline at the story's start, and a footer of share prompts, "Read more"
lists, bare addresses, copyright and app promotion lines. No library segments such text:
trafilatura, readability and the like work on the HTML tree and its tags, which a text file no
longer has. So this module does it by hand, with plain rules over lines: their length, sentence
punctuation, capitalisation, separators, address and credit patterns, and where they stand
relative to the story (head, body or tail). Nothing here knows any particular site.

Rules of thumb the code follows:
- A line is dropped only when a rule recognises it; a line no rule claims stays in the story.
  Texts with no furniture at all (a title line, then paragraphs) thus keep every paragraph.
- Crumbs, title, byline and date are looked for in the head only (before the story's second
  prose paragraph); footers only in the tail, as the run of short or footer-shaped lines after
  the last prose paragraph, starting at its first line that a footer rule recognises.
- Captions are recognised anywhere by their credit ("(Photo by X)", "Photograph: X/Y",
  "AGENCY/Name", "(AP Photo/Name)", a "File photo:" prefix); a credit alone on a line takes the
  line above it as its caption.
- A date line may carry companions between separators, bars, dots or dashes ("March 4, 2025
  6:42 PM UTC · Updated 2 hours ago", "Posted: 5 March 2025, 14:10 | Newsroom", "Nov 3, 2025 -
  09:42 GMT"); above the story, a line of times only is a date line too when it has a label or
  stands beside one ("13:40 GMT - Updated", "Updated 09:15 BST"), and a wire's dateline on a line
  of its own with its date ("Dorsel (AVP) - Nov 3, 2025 - 09:42 GMT") gives the dateline and the
  date. Right under the title, a line of names and a place ("Jane Doe in Lagos") is a byline
  when a date, caption or the story follows, and so is one name with a date and time between
  bars ("Noor Haddan | Thursday 6 November 2025 | 7:10 pm").
- A short name line right above a crumb, with a headline still to come, is the outlet's masthead
  ("THE LISVANIA OBSERVER" over "World | Europe"), never the title.
- A wire's header block: its masthead ("ONA OSTRENIAN NEWS AGENCY"), then a slug line of the
  filing date and clock among desk, slug, item id and version tokens ("24.08.2027 09:40 CEST
  DOMESTIC ona-dom-0877", "Aug 24 2027 0940 GMT SPORTS nws0412 (UPDATE 1)"), then the headline:
  the masthead is the publisher, the slug line the date (its clock and zone the instant), the
  headline the title. An agency's masthead alone over the headline is the publisher when the
  dateline's agency names it ("GRENFORD NEWS AGENCY", "GRENFORD, 9 March (GNA) -").
- The footer may start at a horizontal rule, a standards notice, a reader prompt ("Send us
  your news"), a station promotion or slogan, or the lead-in of a topic list ("Explore more
  on these topics"); short headlines ending in "?" or "Label: ..." count as list lines there.
- The body keeps a map to the input: `page.body.offsets[i]` is where body character i sits in
  `text` as given (normalize.normalize_span folds white space; separators map to the paragraph
  end before them). A dateline at the story's start ("BAMAKO, June 30 (Reuters) -") is cut
  from the body by dateline.split_dateline and kept in `page.dateline`.
- `page.site_name` is the outlet where the page states it: a copyright line (company suffixes
  dropped), "X's website ...", a name spelling the page's own address, the masthead, or the
  dateline's agency; else None.
- `page.removed` lists, in page order, every line taken out of the body other than the title
  and the captions (which have their own fields): masthead, crumbs, byline and date lines,
  footer lines (reporting credits among them: "Nordline contributed to this report.").
"""

from __future__ import annotations

import email.utils
import re

from .agencies import PHOTO_AGENCY_RX
from .dateline import MON as _MON, WEEKDAY_DATELINE
from .dateline import clock_instant, dateline_agency, find_date as _find_date, month_day, numeric_readings, split_dateline
from .dateline import match_dateline as _dateline
from .normalize import Mapped, join, normalize_span, split_blocks
from .page import Page
from ..record import Caption

__all__ = ["extract_text"]

# ---------------------------------------------------------------------------------------------
# shapes of lines

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# a sentence ends in . ! ? or …, maybe followed by closing quotes or brackets
_SENT_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_CLOSE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_QUOTES = "\"“”„«»"


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _is_prose(s: str) -> bool:
    """A paragraph of running text: a sentence of some length."""
    return len(_words(s)) >= 8 and (len(s) >= 150 or bool(_SENT_END.search(s)))


def _is_weak(s: str) -> bool:
    """Short and not a sentence: a link label, a headline in a list, a button."""
    if len(s) > 90:
        return False
    # a headline in a list of links: "Explainer: What is the treaty?", "Will the dam hold?"
    if (s.endswith("?") or re.match(r"^[A-Z][\w'’&]*(?:\s+[\w'’&]+){0,2}:\s+[A-Z0-9]", s)) and (
            len(_words(s)) <= 14 and not any(q in s for q in _QUOTES)):
        return True
    if _SENT_END.search(s) and not _is_allcaps(s):
        return False
    return not s.lstrip().startswith(tuple(_QUOTES))


# a company's legal form after its name in capitals: "KORVID SYSTEMS plc", "DORNVALE MINING plc"
_LEGAL_FORM = re.compile(r"\s+(?:plc|ltd|inc|llc|llp|gmbh|S\.p\.A\.|s\.a\.)\.?$")


def _is_allcaps(s: str) -> bool:
    letters = [c for c in _LEGAL_FORM.sub("", s.rstrip()) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_shaped(s: str) -> bool:
    w = _words(s)
    if not (2 <= len(w) <= 30) or len(s) > 160:
        return False
    if s.rstrip().endswith((":", ",")):
        return False
    letters = sum(c.isalpha() for c in s)
    return letters >= 0.5 * len(s)


# ---------------------------------------------------------------------------------------------
# dates

_DAYNAME = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|created|date[d]?|filed|sent|issued|"
    r"released|transmitted)"
    r"(?:\s+(?:on|at))?\s*:?\s*|on\s+)",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_TZ = re.compile(r"\b(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\b")


# between the parts of a date line: a bar, a dot or a dash ("Nov 3, 2025 - 09:42 GMT")
_DATE_SEP = re.compile(r"\s+[|·•\-–—]\s+")
# what stands beside a date on a date line: "Updated 2 hours ago", "4 min read", "14:10 GMT"
_RELATIVE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|edited|published|posted)\s*:?\s*)?"
    r"(?:(?:\d{1,3}|an?|one|a few)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago|"
    r"just now|today|yesterday)$|"
    r"^\d{1,3}\s*(?:-|\s)?min(?:ute)?s?\s+(?:read|listen|watch)$|"
    r"^(?:last\s+)?(?:updated|modified|edited)$",
    re.I,
)
# an issuer's document type on its date line: "Statistical release", "Press statement", "News release"
_DOC_TYPE = re.compile(r"^(?:(?:press|news|media|statistical|statistics|data|joint|official|public)\s+)?"
                       r"(?:release|statement|announcement|notice)$", re.I)
_DESK = re.compile(r"\b(?:newsroom|news desk|desk|staff|team|agencies|wires?|bureau|editors?)\b", re.I)


_PLACE_TIME = re.compile(r",?\s*\(?(?:[A-Z][\w'’\-]+|local)\s+[Tt]ime(?:\s*(?:,\s*|\()(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?\)?$"
                         # the desk's place and its offset in brackets: "04/11/2026 20:15 (Dunhollow, UTC+1)"
                         r"|\s*\((?:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s*,\s*(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)$"
                         # or the place before the bracket: "01/12/2026 11:40 Sorvath (UTC+2)"
                         r"|\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s*\((?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\)$")


_RELEASE_DATE_LABEL = re.compile(r"(?i)^(?:for\s+(?:immediate\s+)?release|(?:statement\s+)?for\s+publication(?:\s+(?:at|on|from))?|"
                                 r"embargoed\s+(?:until|till|to)|"
                                 r"not\s+for\s+(?:release|publication)\s+(?:before|until))\s*(?:[:,\-–—]\s*|\s+(?=\d|[a-z]))")


def _date_line(s: str) -> tuple[str, bool] | None:
    """(ISO date, is_update) when s is a date line: a date with label, weekday, time, zone only.

    dateparser could read the date, but it would also find dates in any prose line; what
    matters here is the shape of the whole line, so a few regular expressions do both.
    A line of parts between separators ("March 4, 2025 6:42 PM UTC · Updated 2 hours ago",
    "Posted: 5 March 2025, 14:10 | Newsroom") is a date line when one part is and the others
    are a relative time, a time, a reading time or a one-word desk name.
    """
    # a release's label before its date: "For immediate release: Wednesday 11 November 2026", "For
    # immediate release, 3 December 2026", "Embargoed until 00:01 Tuesday 4 May 2027"
    rel = _RELEASE_DATE_LABEL.match(s.strip())
    if rel and (got := _date_line(s.strip()[rel.end():])):
        return got
    # a clock in a place's time, maybe with its offset: "8 December 2026, 11:30 Karsava time",
    # "07.12.2026 10:20 (Velmar time, UTC+2)"
    zone = _PLACE_TIME.search(s.strip())
    if zone and zone.start() > 0 and (got := _date_line(s.strip()[:zone.start()])):
        return got
    # a wire's filing line with its desk's place after the clock: "07.09.2026 10:10 Arvonne"
    at = re.match(r"^(?P<d>.*\d{1,2}[:.]\d{2})\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$", s.strip())
    if at and (got := _date_line(at.group("d"))):
        return got
    # a date line with its poster: "Posted Tue 1 Dec 2026 11:00 by Radio Kelsbury Newsroom"
    by = re.match(r"^(?P<d>(?i:posted|published|updated|filed)\b.*?\d)\s+by\s+[A-Z][^.!?]{0,60}$", s.strip())
    if by and (got := _date_line(by.group("d"))):
        return got
    place = _PLACE_COMMA.match(s.strip())
    if place and len(s) <= 90:
        # a release's place and date: "Marnholm, 12 March 2026, 07:00 CET"
        got = _date_line_part(s.strip()[place.end():])
        if got:
            return got
    parts = _DATE_SEP.split(s.strip())
    if len(parts) > 1 and len(s) <= 140:
        found = [d for d in (_date_line_part(p) for p in parts) if d]
        if len(found) == 1 and all(_date_line_part(p) or _date_companion(p) for p in parts):
            return found[0]
    return _date_line_part(s)


_TIME_LABEL = re.compile(r"(?i)\b(?:published|posted|updated|modified|edited)\b")
_SLASHED = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|UTC|GMT|[A-Z]{2,4}))?)?$")


_AGENCY_CODE = re.compile(r"^[A-Z]{2,6}\s+(?=\d)")
# a wire's slug on a line of its own: "BELMARCH-AIRLINES/CORVID (UPDATE 2)", "CALDRIA-EDUCATION/PROTEST"
_WIRE_SLUG = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*(?:/[A-Z0-9]+(?:-[A-Z0-9]+)*)+"
                        r"(?:\s+\((?:UPDATE|URGENT|CORRECTED|REFILE|WRAPUP|RPT)[^)]{0,20}\))?$")


def _slashed_date_line(s: str) -> bool:
    """A line that is only a date whose order of day and month the line cannot tell ("04/11/2026
    20:15", maybe with its desk's place and offset: "(Dunhollow, UTC+1)")."""
    s = s.strip()
    parts = [p.strip() for p in _HEADER_SEP.split(s)]
    if len(parts) > 1 and len(s) <= 120:
        # with its desk's labels: "01/12/2026 11:40 Sorvath (UTC+2) | MINING-ACCIDENT | priority",
        # "Meridian Trade Wire | 01/12/2026 15:10 | QUELLARA-GARMENTS/SURVEY | 190 words"
        dates = [p for p in parts if _slashed_date_line(p)]
        return len(dates) == 1 and all(p in dates or 1 <= len(_words(p)) <= 4 and not _SENT_END.search(p) for p in parts)
    zone = _PLACE_TIME.search(s)
    if zone and zone.start() > 0:
        s = s[:zone.start()].strip()
    s = _AGENCY_CODE.sub("", s)  # the agency's letters before it: "QNA 24/11/2026 16:25 QT"
    return bool(_SLASHED.match(s)) and len(numeric_readings(s)) == 2


# a station's bulletin line: "News bulletin 07:00, Friday 11 December 2026", "Bulletin 08:00 Thursday"
_BULLETIN_LINE = re.compile(r"^(?:(?:news|morning|evening|midday|late)\s+)?bulletin\b[^.!?]{0,60}$", re.I)


def _time_line(s: str) -> bool:
    """A line of times and date labels only, no date: "13:40 GMT - Updated", "Updated 09:15 BST",
    "Published 08:05 GMT | Updated 09:15 GMT" (a wire's time line beside its date line), "Bulletin
    17:00 Monday" (a station's hour and day)."""
    if len(s) > 90 or not _TIME.search(s):
        return False
    rest = _TZ.sub(" ", _TIME.sub(" ", s))
    rest = re.sub(r"(?i)\b(?:(?:first|last)\s+)?(?:published|posted|updated|modified|edited|at|on|local|time|hrs|h|"
                  r"bulletin|newscast|news|edition|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                  " ", rest)
    return not _words(rest) and not re.search(r"[^\s|·•:,\-–—()]", rest)


# between the parts of a wire's item or filing line: "Item 4471 / urgent / 2 December 2025 09:40"
_HEADER_SEP = re.compile(r"\s+(?://?|--|[|·•\-–—])\s+")
# a place before the date in such a part: "Ortava, 4 December 2025, 07:00 CET"
_PLACE_COMMA = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2},\s+")


_HEAD_LABEL = re.compile(r"^[A-Z][a-z]+(?:\s+(?:of|at|for|from|[a-z]+))?[:,]?\s+(?=\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)", re.I)


def _header_date(s: str) -> tuple[str, bool] | None:
    """(ISO date, is_update) when s is a wire's item or filing line, or a press release's issuer
    line: short parts between separators, one of them a date (maybe after a place), the others
    labels of a few words ("Item 4471 / urgent / 2 December 2025 09:40", "News at half past ten |
    Tuesday 10 March 2026", "World wire | 03/10/2026 8:12 PM | Slug: Harbour-Fire", "Europe / Business /
    Filed 04.12.2025 10:15 local", "Acme plc | Investor Relations | Ortava, 4 December 2025,
    07:00 CET"). Trusted in the head only."""
    if len(s) > 140 or _SENT_END.search(s) and not re.search(r"\b[ap]\.m\.$", s):
        return None
    parts = [p.strip() for p in _HEADER_SEP.split(s.strip())]
    if len(parts) < 2:
        # a label of a word or two before the time and date: "Bulletin 07:00, Thursday 16
        # April 2026", "Edition of 9 April 2026"
        m = _HEAD_LABEL.match(s.strip())
        return _date_line_part(s.strip()[m.end():]) if m else None
    found, labels = [], 0
    for p in parts:
        # (a label of a word or two before the date: "PRESS RELEASE - embargoed to 08:00 Wednesday 9
        # December 2026", the hour the release may be published)
        d = _date_line_part(p) or _date_line_part(_PLACE_COMMA.sub("", p)) or (
            (m := _HEAD_LABEL.match(p)) is not None and _date_line_part(p[m.end():]) or None)
        if d:
            found.append(d)
            continue
        w = _words(p)
        # (a wire's slug and version: "BC-Dalvonia-Blast, 1st Ld-Writethru")
        if not (1 <= len(w) <= 5) or len(p) > 40 or _SENT_END.search(p) and not p.endswith("."):
            return None
        labels += 1
    return found[0] if len(found) == 1 and labels else None


_INSTITUTION = re.compile(r"\b(?:ministry|department|government|embassy|presidency|secretariat|parliament|"
                          r"commission|authority|council)\b", re.I)
_INSTITUTION_OF = re.compile(r"\b(?:ministry|department|embassy|presidency|secretariat|commission|authority)\s+of\b",
                             re.I)
# a field of a notice's or a release's head: "Reference: MDA/DSA/2026/031", "Issued: 27 November
# 2026", "Warning area: River Wend at Millbank", "Action category: Action required within 48 hours",
# "Newsreader: Jens Aarvik"
_HEAD_FIELD = re.compile(
    r"^(?:[A-Z][\w'’]*\s+){0,2}(?i:reference|ref|issued|date|published|posted|updated|category|area|areas|code|"
    r"valid|expires|severity|level|status|type|region|regions|number|no|classification|priority|time|topic|"
    r"newsreader|presenter|producer|editor|author|contact|phone|tel|e-?mail|web|website)\s*:\s+\S.{0,150}$")
# a section label of a release or a report standing over its first paragraph: "Summary", "Main points"
_SECTION_LABEL = re.compile(r"^(?i:summary|background|main points|key points|key findings|key facts|highlights|"
                            r"overview|in brief|at a glance|details|what happened)$")
# an issuer or a desk named on a head's first line ("Wendmoor Fire and Rescue Service", "WENDMOOR
# POLICE", "National Institute of Public Health"), beside the institutions above and the outlets' words
_ISSUER_WORD = re.compile(r"\b(?:police|constabulary|service|agency|institute|university|college|hospital|trust|"
                          r"board|office|bureau|unit|centre|center|federation|association|union|society|"
                          r"company|corporation|group|plc|ltd|inc)\b", re.I)
# a release's label before its headline on one line: "News release - UPDATE: Missing man found"
_RELEASE_LABEL = re.compile(r"^(?:(?:press|news|media)\s+(?:release|statement|notice)|statement|notice|update)$", re.I)
_MAIL_HEADER = re.compile(r"^(From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:\s*(.*)$", re.I)


def _station_name(s: str) -> str:
    """A masthead less a station's frequency: "RADIO OSTRA 94.6 FM" -> "RADIO OSTRA"."""
    return re.sub(r"\s+\d{2,3}(?:[.,]\d{1,2}\s*(?:FM|AM|MHz|kHz)?|\s*(?:FM|AM|MHz|kHz))$", "", s)


def _issuer_head(lines: list["_Line"]) -> tuple[int, int, str, list[int]] | None:
    """An issuer's or a desk's head block above its first paragraph: its name on the first line,
    then labels, fields and a date line in any order, the headline among them ("WENDMOOR POLICE",
    "News release - UPDATE: Missing Kelsbury man found", "Tuesday 01 December 2026 10:30"; "NATIONAL
    INSTITUTE OF PUBLIC HEALTH (NIPH)", "Statistics release", the headline, "Release date: Monday 23
    November 2026, 09:30", "Main points"). The headline is the last line of the block that is no
    label, field, date, byline or furniture. (first story line, title line, title, date lines),
    or None where the page does not open so."""
    n = len(lines)
    # (a warning's label and its first words are no paragraph: "FLOOD WARNING - Flooding is expected. Immediate
    # action required.")
    # (nor is a long headline with no full stop: "Security Council Demands Immediate Cessation of
    # Hostilities between Varnia and Dostrel, Adopting Resolution 2871 (2026) by 13 Votes in Favour")
    k = next((q for q in range(min(n, 12)) if _is_prose(t := lines[q].text)
              and (_SENT_END.search(t) or len(t) > 200)
              and not (len(ps := _HEADER_SEP.split(t.strip(), maxsplit=1)) == 2 and _is_allcaps(ps[0])
                       and len(_words(t)) <= 12)), None)
    if k is None or k < 3 or any(len(lines[q].text) > 160 for q in range(k)):
        return None
    t0 = lines[0].text.strip()
    parts0 = _HEADER_SEP.split(t0)
    # (a name: in capitals, or every word capitalised with a word that names an issuer, "Wendmoor Fire
    # and Rescue Service", or a name and a label between dashes, "Kelsbury Citylink - Customer notice";
    # a headline about a council, "Council approves new bridge", is none)
    name_cased = all(w[:1].isupper() or w.lower() in _SMALL for w in _words(parts0[0]))
    # (an institution's name may run to ten words: "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF DOSTREL")
    long_name = len(_words(parts0[0])) <= 10 and (_is_allcaps(parts0[0]) or bool(_INSTITUTION_OF.search(t0)))
    if (len(t0) > 90 or _CLOSE_END.search(t0) or _find_date(t0) or not (_masthead_shaped(parts0[0]) or long_name)
            or _HEAD_FURNITURE.match(t0) or _is_crumb(t0)
            or not (_is_allcaps(parts0[0]) or _INSTITUTION_OF.search(t0)
                    or name_cased and (_INSTITUTION.search(t0) or _OUTLET_WORD.search(t0) or _ISSUER_WORD.search(t0)
                                       or len(parts0) > 1 and all(len(_words(p)) <= 4 for p in parts0)))):
        return None
    dates = [q for q in range(1, k) if _date_line(t := lines[q].text) or _header_date(t) or _caps_header_date(t)]
    if not dates:
        return None
    title_i, title = None, None
    for q in range(1, k):
        t = lines[q].text.strip()
        if (q in dates or _HEAD_FIELD.match(t) or _SECTION_LABEL.match(t) or _byline(t, False, False)
                or _time_line(t) or _NAMELESS.match(t.strip(" .")) or _masthead_shaped(t) and _OUTLET_WORD.search(t)
                and len(_words(t)) <= 4 or _caption(t, True) is not None or _credit_only(t)
                # a summary's bullets ("* Shares up 4.1 pct"), a dateline alone ("KARSIN", "NEW YORK, Thursday")
                or re.match(r"^[*•·\-–—]\s", t) or _BARE_DATELINE.match(t) or _dateline(t) and not _SENT_END.search(t)
                # a name over its role: "PIETER SOLLEN" over "Diplomatic correspondent"
                or _ROLE_LINE.match(t) or q + 1 < k and _ROLE_LINE.match(lines[q + 1].text)):
            continue
        parts = _HEADER_SEP.split(t, maxsplit=1)
        if len(parts) == 2 and _RELEASE_LABEL.match(parts[0]) and _title_shaped(parts[1]):
            title_i, title = q, parts[1]  # "News release - UPDATE: Missing Kelsbury man found"
        elif _title_shaped(t) and not _HEAD_FURNITURE.match(t) and not _anywhere_furniture(t):
            title_i, title = q, t
    if title_i is None:
        return None
    return k, title_i, title, dates


def _mail_date(value: str) -> str | None:
    """The day of an e-mail's Date header, as its sender's clock gave it."""
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        found = _find_date(value)
        return found[0] if found else None


def _caps_header_date(s: str) -> tuple[str, bool] | None:
    """A wire's header line in capitals, codes and figures only, that holds a date: "NLA-BIZ
    11/11/2026 10:35 CET BREWERS-M&A/ (MERGER)" (its parts apart by spaces, no bars); or its
    slug line, the filing clock among desk, slug and item tokens (_slug_line)."""
    found = _find_date(s)
    if not found or len(s) > 120 or _SENT_END.search(s):
        return None
    # (the date itself may write its month in mixed case: "ASIA MARKETS WIRE 06-Nov-2026 10:42 GMT")
    if re.search(r"[a-z]", s[:found[1].start()] + s[found[1].end():]) and not _slug_line(s):
        return None
    return found[0], False


# a date of figures, slashed or dotted, that either order might read: "11/02/2027"
_NUMERIC_DATE = re.compile(r"\b\d{1,2}([/.\-])\d{1,2}\1\d{4}\b")
# a clock of four figures with its zone: "0940 GMT"
_CLOCK4_ZONE = re.compile(r"(?<![\w/.:-])([01]\d|2[0-3])([0-5]\d)(?=\s+(?:UTC|GMT|[A-Z]{2,4}T)\b)")
# a wire item's version or priority tag: "(UPDATE 1)", "(URGENT)", "(CORRECTED)"
_SLUG_TAG = re.compile(r"\((?i:update|urgent|flash|corrected|correction|refile|repeat|writethru|lead|adds?)\b"
                       r"[\w ,.-]{0,20}\)")
# a token of a slug line: a desk or priority word in capitals ("DOMESTIC", "URGENT"), a code with
# figures or dashes ("ona-dom-0877", "BPS-ECO-2231", "nws0412")
_SLUG_TOKEN = re.compile(r"^(?:[A-Z][A-Z&]{1,15}|(?=[\w-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|"
                         r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)$")


def _slug_line(s: str) -> bool:
    """A wire's slug line under its masthead: a date with a clock (maybe with its zone) and
    otherwise only a desk, a priority, a slug or an item id and a version tag, apart by spaces
    ("24.08.2027 09:40 CEST   DOMESTIC   ona-dom-0877", "Aug 24 2027 0940 GMT SPORTS nws0412",
    "DOMESTIC ppa-dom-3310 22.05.2027 08:15 CEST", "11/02/2027 07:05 WORLD (UPDATE 1)"). The
    date may be a slashed one that either order could read (the dateline settles it)."""
    if len(s) > 120 or _SENT_END.search(s):
        return False
    found = _find_date(s)
    span = found[1].span() if found else (m.span() if (m := _NUMERIC_DATE.search(s)) else None)
    if span is None:
        return False
    rest = s[:span[0]] + " " + s[span[1]:]
    if not (_TIME.search(rest) or _CLOCK4_ZONE.search(rest)):
        return False
    rest = _SLUG_TAG.sub(" ", _CLOCK4_ZONE.sub(" ", _TIME.sub(" ", rest)))
    # the zone, maybe as an offset or in brackets with the place's time: "(UTC+1)", "Aberlune time
    # (CET)", "(Velmar time, UTC+2)"
    zone = _ZONE_NOTE.search(rest)
    if zone:
        rest = rest[:zone.start()] + " " + rest[zone.end():]
    rest = re.sub(r"\b(?:UTC|GMT|[A-Z]{2,4}T|[+-]\d{2}:?\d{2})\b", " ", rest)
    tokens = [t for t in re.split(r"\s+(?:[/|·•]\s+)?", rest.strip()) if t]
    if zone and tokens and len(tokens) <= 3 and all(_PLACE_TOKEN.match(t) for t in tokens[:2]) \
            and all(_SLUG_TOKEN.match(t) for t in tokens[2:]):
        return True  # "30.11.2026 13:20 Drennick (UTC+1)": the filing place with its zone
    return 1 <= len(tokens) <= 6 and all(_SLUG_TOKEN.match(t) for t in tokens)


# a zone in brackets after a clock, maybe with the place's time, or an offset from UTC
_ZONE_NOTE = re.compile(r"(?:\b(?i:local\s+)?time\s*)?\(\s*(?:[A-Z][a-z]+\s+time,?\s*)?(?:(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|"
                        r"[A-Z]{2,4}T|UTC|GMT)\s*\)|\b(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\b")
# a place's name on a slug line ("Drennick"): a capitalised word
_PLACE_TOKEN = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def _date_companion(p: str) -> bool:
    p = p.strip()
    if _RELATIVE.match(p):
        return True
    rest = _DATE_LABEL.sub(" ", p)
    rest = _TZ.sub(" ", _TIME.sub(" ", rest))
    if not _words(rest) and _TIME.search(p):
        return True
    if _DOC_TYPE.match(p):
        return True  # the issuer's document type: "Statistical release | 07.12.2026 | 11:00"
    # a desk that stands for the byline: "Newsroom", "Staff", "Wire desk"
    w = _words(p)
    return (1 <= len(w) <= 2 and p[:1].isupper() and not _SENT_END.search(p)
            and (len(w) == 1 or bool(_DESK.search(p))) and not _BY.match(p))


def _date_line_part(s: str) -> tuple[str, bool] | None:
    if len(s) > 90:
        return None
    lab = _DATE_LABEL.match(s)
    is_update = bool(lab and re.match(r"(?:last\s+)?(?:updated|modified)", lab.group(0), re.I))
    found = _find_date(s)
    if not found:
        return None
    iso, m = found
    rest = s[: m.start()] + " " + s[m.end():]
    rest = _DATE_LABEL.sub(" ", rest.strip())
    rest = re.sub(_DAYNAME, " ", rest, flags=re.I)
    rest = _TIME.sub(" ", rest)
    rest = _TZ.sub(" ", rest)
    rest = re.sub(r"(?i)\b(?:at|on|time|local|hrs|h|bulletin|edition|newscast)\b", " ", rest)
    # a clock of four figures beside the date: "News at 0800, Saturday 5 December 2026"
    rest = re.sub(r"(?<![\d/.-])(?:[01]\d|2[0-3])[0-5]\d(?![\d/.-])", " ", rest)
    if _words(rest):
        return None
    return iso, is_update


# ---------------------------------------------------------------------------------------------
# crumbs, bylines

_CRUMB_SEP = re.compile(r"\s+(?:/|>|\||»|›|•|·|→)\s+|\s*(?:»|›|→)\s*")


def _is_crumb(s: str) -> bool:
    """"Home > World > Africa", "World | Politics": short capitalised parts between separators."""
    if len(s) > 90 or _SENT_END.search(s) and not s.endswith(("»", "›")):
        return False
    parts = [p for p in _CRUMB_SEP.split(s) if p.strip()]
    if len(parts) < 2:
        return False
    for p in parts:
        w = p.split()
        if not (1 <= len(w) <= 4) or len(p) > 30 or not p[0].isupper() and not p[0].isdigit():
            return False
        if _ROLE.search(p):  # "Jane Doe | Reporter" is a byline
            return False
    return True


_ROLE = re.compile(
    r"\b(?:writer|correspondent|reporter|editor|staff|contributor|columnist|bureau|chief|"
    r"analyst|producer|journalist)s?\b",
    re.I,
)
_NAME_TOKEN = r"[A-ZÀ-Þ][\w'’.\-]*"
_NAME = re.compile(rf"^(?:{_NAME_TOKEN}|(?:de|da|van|von|der|del|la|le|al|bin|ibn)\b)"
                   rf"(?:\s+(?:{_NAME_TOKEN}|(?:de|da|van|von|der|del|la|le|al|bin|ibn)\b)){{1,4}}$")
# the name of an outlet or agency: "Meridian Press", "Associated Gazette Service", "Nordwire"
# a role alone on its line, under a name: "Diplomatic correspondent", "Political Editor", "Staff Reporter"
_ROLE_LINE = re.compile(r"^(?:[A-Z][a-z]+\s+){0,3}(?:writer|correspondent|reporter|editor|columnist|journalist)s?$", re.I)
_OUTLET_WORD = re.compile(r"\b(?:Press|News|Agency|Service|Wire|Newswire|Associated|Broadcasting|Radio)\b|wire\b")
_BY = re.compile(r"^(?:(?:by|words by|written by|story by|text by|read by|presented by)\s+|"
                 r"(?:reader|presenter|newsreader|read by|presented by)\s*:\s*)(.+)$", re.I)


_NAMELESS = re.compile(
    rf"^(?:the|our|an?)\s+(?:{_NAME_TOKEN}\s+){{0,4}}(?:(?:staff|special|political|news|local)\s+)?"
    r"(?:writer|correspondent|reporter|editor|staff|contributor|columnist|team|desk|newsroom|bureau)s?$|"
    # a desk's own line: "Staff Reporter", "Express News Service"
    r"^(?:staff\s+(?:reporter|writer|correspondent)|(?:[A-Z][\w'’]+\s+){0,2}news\s+service)$", re.I)


def _split_names(s: str) -> list[str]:
    names = []
    for part in re.split(r"\s*,\s*|\s+(?i:and)\s+|\s*&\s*", s):
        part = part.strip(" .")
        if not part:
            continue
        if _is_allcaps(part):
            part = " ".join(w.capitalize() for w in part.split())
        if _NAME.match(part) and not _ROLE.search(part):
            names.append(part)
    return names


_IN_PLACE = re.compile(r"^(?P<who>.+?)\s+(?:in|at)\s+(?P<place>[A-Z][\w'’.\-]*(?:,?\s+[A-Z][\w'’.\-]*){0,2})$")


def _byline(s: str, loose_ok: bool = True, place_ok: bool = True) -> tuple[str, list[str]] | None:
    """(byline, authors) for "By Jane Doe", "By A and B, Agency", "Jane Doe, Staff Writer",
    and, where `place_ok` (right under the title), "Jane Doe in Lagos"."""
    if len(s) > 120 or _SENT_END.search(s) and not s.endswith("."):
        return None
    # "Jane Doe in Lagos", "Jane Doe and Omar Hadi in Geneva": names only, then the place
    m = _IN_PLACE.match(s)
    if place_ok and loose_ok and m and not _SENT_END.search(s) and not _BY.match(s):
        parts = [p for p in re.split(r"\s*,\s*|\s+(?i:and)\s+|\s*&\s*", m.group("who")) if p.strip()]
        names = _split_names(m.group("who"))
        if names and len(names) == len(parts) and all(2 <= len(n.split()) <= 4 for n in names):
            return s, names
    parts = [p.strip() for p in re.split(r"\s+[|·•—–]\s+", s) if p.strip()]
    head = parts[0]
    # "Noor Haddan | Thursday 6 November 2025 | 19:10": one name, then a date and its time
    if loose_ok and len(parts) >= 2 and not _BY.match(head):
        names = _split_names(head)
        if (len(names) == 1 and names[0] == head.strip(" .") and 2 <= len(head.split()) <= 4
                and any(_date_line(p) for p in parts[1:])
                and all(_date_line(p) or _date_companion(p) for p in parts[1:])):
            return s, names
    m = _BY.match(head)
    if m:
        who = m.group(1)
        # "By JONAS FELDT Associated Writer": the role after the name, with no comma
        who = re.sub(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?i:writer|correspondent|reporter|editor|columnist)$",
                     "", who) if not re.search(r"[,|]", who) and who[:1].isupper() and not re.match(
                         r"(?i)(?:the|our|a|an)\b", who) else who
        # "By Jane Doe in Lagos", "By Jane Doe for The Herald"
        who = re.split(r"\s+(?i:in|for|at)\s+[A-Z]", who)[0]
        names = _split_names(who)
        if names and all(_date_line(p) or _ROLE.search(p) or _split_names(p) for p in parts[1:]):
            return s, names
        # no name, only the role: "By the Coastal Notes editor", "By our reporter", "By a staff
        # correspondent": a byline with no author
        if len(parts) == 1 and _NAMELESS.match(who.strip(" .")):
            return s, []
        return None
    # "Jane Doe, Staff Writer" / "Jane Doe | Asia correspondent": no sentence end, a role word
    m = re.match(r"^(.+?)\s*[,|]\s*(.+)$", s)
    if (m and not loose_ok) or not m or _SENT_END.search(s):
        return None
    if _ROLE.search(m.group(2)) and len(_words(m.group(2))) <= 5:
        names = _split_names(m.group(1))
        if names:
            return s, names
    return None


# ---------------------------------------------------------------------------------------------
# captions

_CREDIT_WORD = r"(?:file\s+)?(?:photo(?:graph)?s?|image|picture|pic|illustration|video)(?:\s+credit)?|credit"
# "... (Photo by AFP)", "... (Photo: Jane Roe)", "... (Image credit: X)"
_CAP_PAREN_LABEL = re.compile(rf"\(\s*(?:{_CREDIT_WORD})\s*(?:by\b|:)?\s*(?P<c>[^()]{{2,80}}?)\s*\)\.?$", re.I)
# "... (AP Photo/Jane Roe)", "... (Jane Roe/Reuters)", "(X/Getty Images, File)"
_CAP_PAREN_SLASH = re.compile(
    r"\((?P<c>[A-Z][\w'’.\- ]{0,40}/\s?[A-Z][\w'’.\-& ]{1,40}(?:,\s*(?:File|Pool|Handout))?)\)\.?$"
)
# "... (AP)", "(Getty Images)": an agency alone (agencies.py, the table html.py uses too); only
# trusted in the head or with a prefix
_CAP_PAREN_AGENCY = re.compile(rf"\((?P<c>(?:{PHOTO_AGENCY_RX})(?:\s+(?:Photo|Images|Pictures|Photos))?)\)\.?$")
# "... Photograph: Jane Roe/Reuters", "... Photo: Jane Roe", "... Image: X"
_CAP_LABEL_END = re.compile(
    rf"(?:^|(?<=[.!?”’\"')\s]))\s*(?:{_CREDIT_WORD})\s*:\s*(?P<c>[^:]{{2,80}})$", re.I
)
# "... REUTERS/John Smith", "AFP/Getty Images"
_CAP_CAPS_SLASH = re.compile(
    r"(?:^|\s)(?P<c>[A-Z]{2,}(?:\s[A-Z]{2,})*\s?/\s?[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,3})\.?$"
)
# "File photo: ...", "FILE - ...", "Photo: ..." at the line start
_CAP_PREFIX = re.compile(r"^(?:file\s+photo|photo|picture|image|file)\s*[:\-–—]\s*", re.I)
_CREDIT_ALONE = re.compile(
    rf"^(?:\(\s*)?(?:{_CREDIT_WORD})\s*(?:by\b|:)\s*(?P<c>.{{2,80}}?)(?:\s*\))?\.?$", re.I
)


def _credit_only(s: str) -> str | None:
    """The credit when the whole line is one: "Photo: Jane Roe/Reuters", "(Photo by AFP)"."""
    m = _CREDIT_ALONE.match(s)
    if m and len(_words(m.group("c"))) <= 7 and not _SENT_END.search(m.group("c").rstrip(".")):
        return m.group("c").strip()
    m = _CAP_CAPS_SLASH.match(s)
    if m and m.start("c") == 0:
        return m.group("c").strip()
    # "Getty/Instagram.", "Jane Roe/AFP": a slash credit naming an agency, alone on a line
    m = re.match(r"^(?P<c>[A-Z][\w'’.\- ]{0,30}/[A-Z][\w'’.\- ]{0,30})\.?$", s)
    if m and len(_words(s)) <= 5 and re.search(rf"\b(?:{PHOTO_AGENCY_RX})\b", s):
        return m.group("c").strip()
    return None


def _caption(s: str, head: bool) -> str | None:
    """The credit if s is a photo caption ending in one; None otherwise."""
    if len(s) > 450 or len(_words(s)) < 3:
        return None
    for rx in (_CAP_PAREN_LABEL, _CAP_PAREN_SLASH, _CAP_LABEL_END, _CAP_CAPS_SLASH):
        m = rx.search(s)
        if m:
            c = m.group("c").strip().rstrip(".")
            if rx is _CAP_LABEL_END and (len(_words(c)) > 7 or m.start() == 0):
                continue  # "Photo: ..." at the start is a prefix, dealt with below
            return c
    m = _CAP_PAREN_AGENCY.search(s)
    if m and (head or _CAP_PREFIX.match(s)):
        return m.group("c")
    if _CAP_PREFIX.match(s) and re.match(r"^file\b", s, re.I):
        return ""
    return None


# ---------------------------------------------------------------------------------------------
# footer and other furniture

_SOCIAL = (
    r"facebook|twitter|x|instagram|whatsapp|telegram|linkedin|youtube|tiktok|reddit|threads|"
    r"bluesky|mastodon|pinterest|email|e-mail|print|copy link|messenger|viber|vk"
)
_PLATFORM = re.compile(
    r"\b(?:app store|google play|apple tv|android tv|fire tv|amazon fire|ios|android|"
    r"smart tv|chromecast)\b",
    re.I,
)
_F = re.I
# furniture recognised wherever it stands in the story
_ANYWHERE = [
    re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad)$", _F),
    re.compile(r"^(?:story continues below.*|scroll (?:down )?to continue.*|continue reading.*|"
               r"article continues below.*|skip (?:to|past) .*)$", _F),
    # "Read more: <headline>", "RELATED: <headline>", "See also"
    re.compile(r"^(?:read (?:more|also|next)|also read|related(?: (?:stories|articles|coverage|"
               r"news|content|reading))?|see also|more (?:on this|on|from|stories)|recommended|"
               r"you (?:may|might) (?:also )?like|further reading|what to read next|watch)"
               r"\b\s*(?:[:\-–—|»>].{0,160})?$", _F),
    re.compile(r"^read the (?:rest|full (?:story|article|report)|original)\b.{0,40}$", _F),
    # share prompts and rows of share buttons
    re.compile(r"^(?:share(?: this)?(?: article| story| post| page| on .{1,30})?|"
               r"click to share.{0,40}|share via.{0,40})[:!.]?$", _F),
    re.compile(rf"^(?:(?:share on )?(?:{_SOCIAL})[\s,|·•/]*){{2,}}$", _F),
    # "Follow us on Facebook", "Follow Jane Doe on X @janedoe"
    re.compile(r"^[\"“]?follow (?:us|@\w+|[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}|the \w+(?: \w+)?)"
               r"\b.{0,40}\bon (?:" + _SOCIAL + r"|social media)\b.{0,80}$", re.I),
    # newsletters and subscriptions
    re.compile(r"^(?:sign up|subscribe|register|get (?:our|the)|join)\b.{0,100}"
               r"\b(?:newsletter|briefing|bulletin|updates|alerts|inbox|digest)\b.{0,60}$", _F),
    re.compile(r"^(?:enter your e-?mail.*|subscribe(?: now| today)?[.!]?)$", _F),
    # placeholders of embedded media: "[Video: ...]"; an embedded post: "... — Name (@handle) May 2, 2016"
    re.compile(r"^\[(?:video|image|photo|picture|embed|audio|graphic|gallery|tweet)\b.{0,300}\]\.?$", _F),
    re.compile(rf"^.{{0,400}}\(@\w{{1,30}}\)\s*(?:{_MON})\.?\s+\d{{1,2}},\s+\d{{4}}\.?$", _F),
    # a bare address or domain
    re.compile(r"^<?(?:https?://|www\.)\S+>?$", _F),
    re.compile(r"^[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,12}(?:/\S*)?$"),
    # copyright
    re.compile(r"^(?:©|\(c\)|copyright\b\s*(?:©|\(c\))?\s*\d{4}|all rights reserved).{0,160}$", _F),
    re.compile(r"^.{0,120}\ball rights reserved\.?$", _F),
    # "Copyright Acme News 2024": the year after the name
    re.compile(r"^(?i:copyright)\s+[A-Z][\w&'’.\- ]{1,60}\s+\d{4}(?:\s*[-–]\s*\d{4})?\.?$"),
]
# notices trusted only in the tail, and only when they are not a sentence of the story
# ("The report is also available in French." ends a story; a notice ends in ":" or nothing)
_TAIL_NOTICE = [
    # "also available at": mirrors, other addresses, the print edition
    re.compile(r"\b(?:also|alternatively)\b.{0,40}\b(?:available|accessed|accessible|found|"
               r"reached|read|viewed)\s+(?:at|on|via|from|in)\b.{0,120}$", _F),
    re.compile(r"\b(?:download|get|install)\b.{0,40}\bapps?\b", _F),
    # the outlet's standards and trust notices: "Our Standards: ...", "Read our editorial code"
    re.compile(r"\b(?:our|editorial)\s+(?:standards|principles|guidelines|values|ethics|policies)\b|"
               r"\btrust principles\b|\bcode of (?:ethics|conduct|practice)\b|"
               r"\b(?:corrections|editorial|ethics) policy\b", _F),
    # prompts to readers: "Send us your news: ...", "Got a story? ...", "Contact the newsroom"
    re.compile(r"^(?:send|share|submit|tell|give)\s+us\s+(?:your|a|some)\b.{0,120}$|"
               r"^(?:got|have)\s+a\s+(?:news\s+)?(?:tip|story)\b.{0,120}$|"
               r"^(?:contact|email|e-mail|call|whatsapp)\s+(?:us|the newsroom|our newsroom|the news ?desk)\b.{0,80}$", _F),
    # station promotions: "Listen to X on 98.4 FM or in the X app", "Watch X live on channel 5"
    re.compile(r"^(?:listen|watch|tune in|stream|hear)\b.{0,60}\b(?:live|on air|app|podcast|radio|"
               r"channel|online|\d+(?:[.,]\d+)?\s*(?:fm|am|mhz|khz)|fm|am|dab)\b.{0,60}$", _F),
]
# furniture trusted only in the tail, after the story
_TAIL = [
    re.compile(r"^(?:tags?|topics?|keywords?|filed under|categories|more about)\s*[:\-–—]\s*.{1,200}$", _F),
    re.compile(r"^\d+\s+comments?$|^(?:comments?|leave a comment|show comments|view comments|"
               r"report an error|corrections?|print|email|back to top|top of page)$", _F),
    # reporting credits: "(Reporting by A; Editing by B)", "A and B contributed reporting."
    re.compile(r"^\(?[-–—]*\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+(?:by|from)\b.{2,200}$", _F),
    re.compile(r"^.{3,160}\bcontributed (?:reporting|to this (?:report|story|article))\.?$", _F),
    # "With reporting by Meridian.", "Material from Orbis Newswire was used in this report."
    re.compile(r"^with\s+(?:additional\s+)?reporting\s+(?:by|from)\s+\S.{0,160}$", _F),
    re.compile(r"^(?:material|information|reporting)\s+(?:from|by)\b.{2,100}?\b(?:was|were|has been|have been)"
               r"\s+used\b.{0,60}$", _F),
    # an editor's note appended to the story (corrections and clarifications stay: they
    # restate what the story says, and annotators treat them as text)
    re.compile(r"^(?:editor['’]?s['’]? note|disclaimer)s?\s*[:\-–—]", _F),
    # the lead-in of a list of topics or tags: "Explore more on these topics", "Related topics"
    re.compile(r"^(?:(?:explore|discover|browse|find|see|read|follow)\b.{0,25}\b|(?:more|related|popular)\s+)?"
               r"(?:topics?|subjects?|tags?|themes?|keywords?)(?:\s+(?:in|on|from|of)\s+this\s+\w+)?\s*:?$", _F),
]
# a horizontal rule: the footer starts below it
_RULE_LINE = re.compile(r"^(?:[-=_*~#·•—–+]\s*){3,}$")
# a station or paper's slogan under the footer: "X - The voice of Y", "X | Your home for Z"
_SLOGAN = re.compile(r"^[A-Z][\w.&'’]*(?:\s+[\w.&'’]+){0,4}\s+[-–—|:]\s+(?:the|your)\s+\w+(?:\s+\w+)?"
                     r"\s+(?:of|for|in|on|from)\s+[\w'’ ,.&-]{1,40}$", re.I)


def _anywhere_furniture(s: str) -> bool:
    t = s.strip().strip("\"“”'")
    return any(rx.match(t) for rx in _ANYWHERE)


def _tail_furniture(s: str) -> bool:
    if _anywhere_furniture(s):
        return True
    if any(rx.search(s) for rx in _TAIL):
        return len(s) <= 400
    if any(rx.search(s) for rx in _TAIL_NOTICE):
        return len(s) <= 250 and not (_is_prose(s) and _SENT_END.search(s))
    if _RULE_LINE.match(s):
        return True
    if len(s) <= 80 and _SLOGAN.match(s) and not _SENT_END.search(s):
        return True
    # an app promotion: a short line naming the platforms the outlet's app runs on
    return len(s) <= 90 and bool(_PLATFORM.search(s)) and not _is_prose(s)


_HEAD_FURNITURE = re.compile(
    r"^(?:advertisement|skip to (?:main )?content|listen(?: to this article)?.{0,20}|"
    r"\d{1,2}\s*min(?:ute)?s?\s*read|menu|search|sign in|log ?in|subscribe(?: now)?|"
    r"home|breaking(?: news)?|live|exclusive|analysis|opinion|updated|share|"
    # a press release's labels: "PRESS RELEASE", "For immediate release", "Embargoed until 08:00 CET"
    r"(?:(?:press|news|media)\s+release(?:\s*[-–—|:]\s*(?:for\s+immediate\s+release|update\b.{0,40}|embargoed\b.{0,60}))?)|"
    r"for\s+immediate\s+release|embargoed\b.{0,60}|"
    # a release's contact line and its issuer's postal address: "Contact: Sgt. Lorna Beckett, ...",
    # "412 N. Garland St., Brennick, Ellisota 58120"
    r"(?:media\s+)?contacts?\s*:.{0,160}|"
    r"\d{1,5}\s+(?:[NSEW]\.?\s+)?[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}\s+"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Way|Lane|Ln|Pl|Place|Sq|Square|Pkwy|Parkway|Hwy|Highway)\.?,.{0,80}|"
    # a wire's item code or a document's symbol alone on its line: "EP-0611-044", "SC/16104"
    r"[A-Z]{1,6}[-/]\d{2,}(?:[-/]\d+)*|"
    # a wire's advisory on what a version changed: "(Adds toll, rescued count, paragraphs 2-4)"
    r"\((?:adds|updates|recasts|rewrites|changes|corrects|writes\s+through|refiles|repeats|fixes|inserts)\b[^()]{0,200}\)|"
    # a warning's or a notice's fields: "Valid: 03:00 Tuesday ...", "Areas: Nordmark county"
    r"(?:valid(?:\s+(?:from|until|to))?|areas?|regions?|expires?|severity|level|ref(?:erence)?)\s*:.{0,160}|"
    # a wire's keyword slug: "OSTROVA-SCIENCE-PALAEONTOLOGY-DINOSAUR", "AWN-KANDARA-LANDSLIDE (UPDATE)"
    r"[A-Z0-9]+(?:-[A-Z0-9&]+){2,}/?(?:\s*\([A-Z][A-Z ]*\))?|"
    # a wire's stamp of day, month and clock: "AWN 0412-1201"
    r"[A-Z]{2,6}\s+\d{4}-\d{4}|"
    # a wire's codes and slug: "LGD19 SD-COURT-BAIL"
    r"(?=[A-Z0-9\s/-]*(?:\d|-))[A-Z]+\d+\s+[A-Z0-9]+(?:[-/][A-Z0-9]+)+)$",
    re.I,
)

# ---------------------------------------------------------------------------------------------
# the extractor


class _Line:
    __slots__ = ("start", "end", "text", "blank_before", "kind")

    def __init__(self, start: int, end: int, text: str, blank_before: bool) -> None:
        self.start, self.end, self.text, self.blank_before = start, end, text, blank_before
        self.kind: str | None = None  # None: story; else title/crumb/byline/date/caption/furniture


_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
# invisible format characters (zero-width spaces and joiners, bidi marks, embeddings and isolates,
# the BOM): not letters, and not anything else either, so left out of the share of letters
_FORMAT_CHARS = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def _is_junk(text: str) -> bool:
    """Binary or mojibake: control characters, replacement characters, few letters."""
    if not text.strip():
        return True
    sample = text[:20000]
    bad = len(_BAD_CHARS.findall(sample))  # control characters other than white space, U+FFFD
    letters = sum(map(str.isalpha, sample))
    visible = len(sample) - sum(map(str.isspace, sample)) - len(_FORMAT_CHARS.findall(sample))
    return bad > 0.02 * len(sample) or visible == 0 or letters < 0.5 * visible


def extract_text(text: str) -> Page | None:
    """The article in a page saved as plain text; None when no article text is in it."""
    if not isinstance(text, str) or _is_junk(text):
        return None
    from .feed_item import as_html

    if (item_html := as_html(text)) is not None:
        # a feed's item saved as text: read as the small page it stands for (feed_item.py)
        from .html import extract_html

        return extract_html(item_html)
    lines: list[_Line] = []
    prev_end = 0
    for s, e in split_blocks(text):
        t = normalize_span(text, s, e).text
        if not t:
            continue
        blank = text[prev_end:s].count("\n") >= 2 or not lines
        lines.append(_Line(s, e, t, blank))
        prev_end = e
    if not lines:
        return None
    wrapped = _hard_wrapped(lines)
    # a line broken inside a sentence ("who has\nrepeatedly said") goes on the line before
    merged: list[_Line] = []
    for ln in lines:
        last = merged[-1] if merged else None
        if (last is not None and not ln.blank_before and not _CLOSE_END.search(last.text)
                and ln.text[:1].islower() and not _tail_furniture(ln.text)):
            last.end, last.text = ln.end, normalize_span(text, last.start, ln.end).text
        else:
            merged.append(ln)
    lines = merged

    page = Page(body=Mapped(), maps_to_input=True)
    dates: list[tuple[str, bool]] = []
    captions: dict[int, Caption] = {}
    n = len(lines)

    def before_story(i: int) -> bool:
        """The next line is a date, a caption or the story: where a byline stands, not a menu."""
        if i + 1 >= n:
            return False
        t = lines[i + 1].text
        return bool(_find_date(t) or _is_prose(t) or _caption(t, True) is not None or _credit_only(t))

    def meta(i: int, allow_crumb: bool, loose_byline: bool = True) -> bool:
        """Mark line i as crumb, byline or date line if it is one."""
        ln = lines[i]
        t = ln.text
        d = _date_line(t)
        if d:
            ln.kind = "date"
            dates.append(d)
            return True
        # the story's head only (above its first paragraph): a time line ("13:40 GMT - Updated"),
        # and a wire's dateline standing on its own with a date line after it ("Dorsel (AVP) -
        # Nov 3, 2025 - 09:42 GMT"): the dateline kept, the date read
        if allow_crumb and i == 0 and (len(_HEADER_SEP.split(t.strip())) >= 3 or _AGENCY_CODE.match(t.strip())) \
                and _slashed_date_line(t):
            # a wire's filing line heading the page, its slashed date among its labels ("Meridian Trade
            # Wire | 01/12/2026 15:10 | QUELLARA-GARMENTS/SURVEY | 190 words"): read below by the dateline's day
            ln.kind = "date"
            return True
        if allow_crumb and (_time_line(t) or _slashed_date_line(t) and i > 0 and lines[i - 1].kind == "masthead") and (
                _TIME_LABEL.search(t) or (i > 0 and lines[i - 1].kind in ("date", "masthead"))
                or (i + 1 < n and _date_line(lines[i + 1].text))):
            # (a wire's slashed date under its masthead, "04/11/2026 20:15 (Dunhollow, UTC+1)", is
            # read below by the day its dateline names: "VELT, Nov 4 (QNA)")
            # with a label, under a station's masthead ("Bulletin 17:00 Monday"), or beside a date
            # line: not a live page's "7 p.m." entry
            ln.kind = "date"
            return True
        if allow_crumb and i > 0 and lines[i - 1].kind == "masthead" and _BULLETIN_LINE.match(t):
            # a station's bulletin line with its day: "News bulletin 07:00, Friday 11 December 2026"
            # (its date read where it has a year), "News bulletin 08:00, Thursday 10 December"
            ln.kind = "date"
            if (got := _find_date(t)) and re.search(r"\b\d{4}\b", t):
                dates.append((got[0], False))
            return True
        m = _dateline(t) if allow_crumb and page.dateline is None and not _HEAD_FURNITURE.match(t) else None
        # (under an agency's masthead, its service line in capitals is no place: "WORLD SERVICE --
        # 23 Nov 2026 00:40 GMT" below "GLOBAL PRESS AGENCY")
        if m and page_masthead is not None and not m.group("agency"):
            m = None
        if m and (d := _date_line(t[m.end():].strip())):
            ln.kind = "date"
            dates.append(d)
            page.dateline = m.group("dl").strip()
            return True
        # a desk's byline with no name: "Our Bureau", "Staff Reporter", "Express News Service"
        if allow_crumb and _NAMELESS.match(t.strip(" .")) and len(t) <= 40:
            ln.kind = "byline"
            if page.byline is None:
                page.byline, page.authors = t, []
            return True
        # a name alone over its role: "PIETER SOLLEN" over "Diplomatic correspondent"
        if (allow_crumb and i + 1 < n and _ROLE_LINE.match(lines[i + 1].text)
                and 2 <= len(t.split()) <= 4 and not _SENT_END.search(t)
                and (names := _split_names(t)) == [" ".join(w.capitalize() for w in t.split()) if _is_allcaps(t) else t]):
            ln.kind = lines[i + 1].kind = "byline"
            if page.byline is None:
                page.byline, page.authors = f"{t}, {lines[i + 1].text}", names
            return True
        b = _byline(t, loose_byline, place_ok=allow_crumb and before_story(i))
        if b:
            ln.kind = "byline"
            if page.byline is None:
                page.byline, page.authors = b
            for p in re.split(r"\s+[|·•—–]\s+", t)[1:]:
                d = _date_line(p.strip())
                if d:
                    dates.append(d)
            return True
        # the agency or outlet under a byline ("By JONAS FELL" over "Meridian Press"): a credit
        if (i > 0 and lines[i - 1].kind == "byline" and allow_crumb and _masthead_shaped(t)
                and len(_words(t)) <= 5 and not _is_prose(t)
                and (_OUTLET_WORD.search(t) or page_masthead is not None
                     and (_squash(t) == _squash(_masthead_name(page_masthead))
                          # or its initials: "GPA" under "GLOBAL PRESS AGENCY"
                          or t.strip() == "".join(w[0] for w in page_masthead.split() if w[:1].isalpha())))):
            ln.kind = "furniture"
            return True
        if allow_crumb and (d := _header_date(t) or _caps_header_date(t)):
            ln.kind = "date"
            dates.append(d)
            return True
        # a wire's slug line whose slashed date either order could read ("11/02/2027 07:05 WORLD"):
        # the dateline's day settles it below
        if allow_crumb and _slug_line(t):
            ln.kind = "date"
            return True
        if allow_crumb and _is_crumb(t):
            ln.kind = "crumb"
            return True
        return False

    def caption(i: int, head: bool) -> int:
        """Mark line i as a caption: 0 if it is none, 1 if it is one, 2 if it took the line above."""
        ln = lines[i]
        c = _caption(ln.text, head)
        if c is not None:
            ln.kind = "caption"
            captions[i] = Caption(text=ln.text, credit=c or None)
            return 1
        c = _credit_only(ln.text)
        if c is None:
            return 0
        ln.kind = "caption"
        p = lines[i - 1] if i > 0 else None
        # a credit alone on a line: the line above is its caption, if it can be one (short,
        # no quotation; in the story only when no blank line stands between them)
        if (p is not None and p.kind is None and len(p.text) <= 300
                and not any(q in p.text for q in _QUOTES) and (head or not ln.blank_before)):
            p.kind = "caption"
            captions[i - 1] = Caption(text=f"{p.text} {ln.text}", credit=c)
            return 2
        captions[i] = Caption(text=ln.text, credit=c)
        return 1

    def _headline_below(k: int) -> bool:
        """A headline among the next lines from k, before the story: title-shaped, no prose, and
        not a date, byline, crumb or caption line."""
        for q in range(k, min(k + 6, n)):
            t = lines[q].text
            if _is_prose(t):
                return False
            if (_date_line(t) or _header_date(t) or _caps_header_date(t) or _slug_line(t) or _time_line(t)
                    or _byline(t, False, False)
                    or _is_crumb(t) or _HEAD_FURNITURE.match(t) or _caption(t, True) is not None
                    or _credit_only(t)):
                continue
            return _title_shaped(t) and q + 1 < n
        return False

    # --- the head: crumbs and furniture, then the title -----------------------------------
    i = 0
    title_i = None
    page_masthead: str | None = None
    # a newsletter saved with its e-mail headers: "From: The Morning Brief <brief@...>", "Date:
    # Mon, 16 Nov 2026 06:30:00 +0100", "Subject: ..." (the subject its title, the sender its name)
    email_title = email_from = None
    # (two header fields at least: a letter that opens "From: Jane Roe, Leeds" is no e-mail)
    n_mail = next((q for q in range(n) if not _MAIL_HEADER.match(lines[q].text)), n)
    while n_mail >= 2 and i < n and (m := _MAIL_HEADER.match(lines[i].text)):
        lines[i].kind = "furniture"
        field, value = m.group(1).lower(), m.group(2).strip()
        if field == "date" and (d := _mail_date(value)):
            lines[i].kind = "date"
            dates.append((d, False))
        elif field == "subject":
            email_title = re.sub(r"^(?:(?:re|fwd?|aw|tr)\s*:\s*)+", "", value, flags=re.I) or None
        elif field == "from":
            email_from = value.split("<")[0].strip(' "') or None
        i += 1
    if email_title is not None:
        page.title = email_title
        # the newsletter's own masthead and issue lines under the headers, down to its first prose
        while i < n and not _is_prose(lines[i].text) and len(_words(lines[i].text)) <= 12 \
                and not _SENT_END.search(lines[i].text):
            d = _date_line(lines[i].text) or _header_date(lines[i].text)
            lines[i].kind = "date" if d else "furniture"
            if d:
                dates.append(d)
            i += 1
    head = _issuer_head(lines) if email_title is None else None
    if head is not None:
        k, title_i, page.title, date_is = head
        lines[0].kind = "masthead"
        parts0 = _HEADER_SEP.split(lines[0].text.strip())
        # (the name, not its initials: "HNA - Hallmark News Agency"; the first part else)
        page_masthead = next((p for p in parts0[1:] if re.fullmatch(r"[A-Z]{2,6}", parts0[0])
                              and (_OUTLET_WORD.search(p) or _ISSUER_WORD.search(p) or _INSTITUTION.search(p))),
                             re.split(r",\s+", parts0[0])[0])
        if len((bare := _station_name(page_masthead)).split()) >= 2:  # "RADIO OSTRA 94.6 FM"; "WMRN 89.9 FM" stays
            page_masthead = bare
        for q in range(1, k):
            t = lines[q].text
            if q == title_i:
                lines[q].kind = "title"
            elif q in date_is and not meta(q, allow_crumb=True, loose_byline=q > title_i):
                lines[q].kind = "date"
                dates.append(_date_line(t) or _header_date(t) or _caps_header_date(t))
            elif (q > title_i and (_HEAD_FIELD.match(t) or _SECTION_LABEL.match(t) or _HEAD_FURNITURE.match(t))
                  or q < title_i and not meta(q, allow_crumb=True, loose_byline=False) and not caption(q, head=True)):
                lines[q].kind = "furniture"  # labels and fields of the head
            elif q > title_i and lines[q].kind is None and not meta(q, allow_crumb=True):
                caption(q, head=True)  # else the story's own (a dateline alone: "KARSIN")
        i = k
    while i < n and head is None:
        ln = lines[i]
        t = ln.text
        nxt = lines[i + 1].text if i + 1 < n else None
        # an agency's masthead with its service line ("NORDWIRE NEWS SERVICE - Regional desk -
        # Vellmark") above its item or date line, with a headline to come below: never the title
        if (nxt is not None and (_masthead_line(t) or i == 0 and _masthead_shaped(t) and _OUTLET_WORD.search(t)
                                 and not _is_prose(t))
                and (_date_line(nxt) or _header_date(nxt) or _caps_header_date(nxt) or _slug_line(nxt) or _slashed_date_line(nxt)
                     or _time_line(nxt) and len(_HEADER_SEP.split(t.strip())) > 1 or _BULLETIN_LINE.match(nxt))
                and (_headline_below(i + 2) or len(_HEADER_SEP.split(t.strip())) > 1
                     # (over its filing line, "NWS | 01/12/2026 08:40 | EDUCATION-OSTRY | 260 words", an
                     # item with no headline of its own is still under the agency's masthead)
                     or len(_HEADER_SEP.split(nxt.strip())) >= 3 and _slashed_date_line(nxt)
                     # (a station's name over its bulletin line: "RADIO SELMOUTH 101.2" over "Bulletin
                     # 18:00, Friday 27 November 2026", a script with no headline)
                     or _BULLETIN_LINE.match(nxt) and re.search(r"(?i)\b(?:radio|fm|tv|television)\b", t))):
            # (with its service part, "RADIO CALDER 97.4 - NEWS ON THE HOUR", a bulletin that
            # has no headline of its own is still under the station's masthead)
            ln.kind = "masthead"
            if page_masthead is None:
                page_masthead = _station_name(_HEADER_SEP.split(t.strip())[0])
            i += 1
            continue
        # the same with the service or issue line under the name and no date line between
        # ("HARBOUR WATCH" over "Notes for the fleet - Issue 212", "ACME PLC" over "Regulatory
        # announcement - inside information"): first on the page, the name in capitals
        # (or a strapline of a few words with the date line close below it: "UNITED NATIONS" over
        # "Meetings Coverage and Press Releases", "SC/16104", "12 NOVEMBER 2026")
        if (i == 0 and nxt is not None and (_masthead_shaped(t) and _is_allcaps(t) and len(_words(t)) <= 4
                                            # "REPUBLIC OF TAVONIA - MINISTRY OF MARITIME AFFAIRS"
                                            or _masthead_line(t) and len(_HEADER_SEP.split(t.strip())) > 1)
                and (_service_line(nxt) or (
                    len(_words(nxt)) <= 6 and not _CLOSE_END.search(nxt) and not _find_date(nxt)
                    and any(_date_line(lines[k].text) or _HEAD_FURNITURE.match(lines[k].text) and _find_date(lines[k].text)
                            for k in range(i + 2, min(i + 6, n)))))
                and _headline_below(i + 2)):
            ln.kind = "masthead"
            lines[i + 1].kind = "furniture"
            page_masthead = _HEADER_SEP.split(t.strip())[0]
            i += 2
            continue
        # an institution's letterhead over its office and statement lines, down to a line with the
        # date, the headline below: "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF DUNELIA", "Press
        # Office", "PRESS STATEMENT No. 214/2026", "Kessaro, 5 December 2026"
        # (a letterhead in capitals, or "Ministry of ...": a headline that names a council or a
        # government, "Council approves budget", over its date and a standfirst stays the title)
        if i == 0 and nxt is not None and len(t) <= 90 and not _CLOSE_END.search(t) and _INSTITUTION.search(t) \
                and (_is_allcaps(t) or _INSTITUTION_OF.search(t)) and not _is_prose(t) and not _find_date(t):
            k = next((q for q in range(1, min(5, n)) if len(lines[q].text) <= 80 and _find_date(lines[q].text)
                      and not _is_prose(lines[q].text)), None)
            if k is not None and all(len(lines[q].text) <= 60 and not _is_prose(lines[q].text) for q in range(1, k)) \
                    and _headline_below(k + 1):
                ln.kind = "masthead"
                page_masthead = re.split(r",\s+", t.strip())[0]
                for q in range(1, k + 1):
                    lines[q].kind = "furniture"
                d = _find_date(lines[k].text)
                lines[k].kind = "date"
                dates.append((d[0], False))
                i = k + 1
                continue
        if meta(i, allow_crumb=True, loose_byline=False):
            # the outlet at the head of the page's first line, a date line: "Orient Wire | 08 NOV 2026 09:15 GMT"
            # (or its second part, after the agency's letters: "CPW | Continental Press Wire | 25-Nov-2026 09:15 CET")
            parts = _HEADER_SEP.split(t.strip())
            first = parts[1] if len(parts) > 2 and re.fullmatch(r"[A-Z]{2,6}", parts[0]) and \
                _masthead_shaped(parts[1]) and _OUTLET_WORD.search(parts[1]) else parts[0]
            if (i == 0 and ln.kind == "date" and page_masthead is None and len(parts) > 1
                    and _masthead_shaped(first) and _OUTLET_WORD.search(first)):
                page_masthead = first
            i += 1
            continue
        if _HEAD_FURNITURE.match(t) or _anywhere_furniture(t) or (
                i > 0 and lines[i - 1].kind in ("date", "masthead") and _is_allcaps(t) and not _SENT_END.search(t)
                and len(ps := _HEADER_SEP.split(t.strip())) >= 2 and all(1 <= len(_words(p)) <= 2 for p in ps)
                and _headline_below(i + 1)) or (
                i > 0 and lines[i - 1].kind in ("date", "masthead", "furniture") and _WIRE_SLUG.match(t.strip())
                and _headline_below(i + 1)):
            # (a wire's desk and topic line under its date line: "DOMESTIC - INDUSTRY - FIRE"; its slug
            # alone: "BELMARCH-AIRLINES/CORVID (UPDATE 2)")
            ln.kind = "furniture"
            i += 1
            continue
        if caption(i, head=True):
            i += 1
            continue
        # the outlet's masthead above its crumb ("THE LISVANIA OBSERVER" over "World | Europe"),
        # with a headline to come below the crumb: never the title
        if (nxt is not None and _masthead_shaped(t) and _is_crumb(nxt)
                and any(_title_shaped(lines[k].text) and not _is_prose(lines[k].text)
                        for k in range(i + 2, min(i + 5, n)))):
            ln.kind = "masthead"
            if page_masthead is None:
                page_masthead = t
            i += 1
            continue
        # a newsletter's strapline under its name ("COASTAL NOTES" over "The newsletter of the
        # Sorrel Bay fishing cooperatives"), with the headline below it: never the title
        if (nxt is not None and _STRAPLINE.match(t) and not _SENT_END.search(t) and len(t) <= 100
                and all(lines[k].kind is not None for k in range(i)) and _headline_below(i + 1)):
            ln.kind = "furniture"
            if i > 0 and lines[i - 1].kind == "crumb" and _masthead_shaped(lines[i - 1].text):
                lines[i - 1].kind = "masthead"
                if page_masthead is None:
                    page_masthead = lines[i - 1].text
            i += 1
            continue
        # a section name alone above the title: "Politics", "WORLD NEWS" (a short title above
        # the story's first sentence is a title, not a section)
        if (nxt is not None and len(t.split()) <= 3 and len(t) <= 30 and not _CLOSE_END.search(t)
                and i + 2 < n and (_title_shaped(nxt) and not _is_prose(nxt) and len(nxt) > len(t)
                                   # or with the date line between: "Local News" over "Sunday, ..."
                                   or bool(_date_line(nxt)) and _headline_below(i + 2))):
            ln.kind = "crumb"
            i += 1
            continue
        # two short labels in capitals over the headline: "SECURITY COUNCIL" over "9871ST MEETING (AM)"
        if (nxt is not None and i + 2 < n and _is_allcaps(t) and _is_allcaps(nxt)
                and len(t.split()) <= 4 and len(nxt.split()) <= 4 and not _CLOSE_END.search(t)
                and _title_shaped(lines[i + 2].text) and not _is_allcaps(lines[i + 2].text)
                and not _is_prose(lines[i + 2].text)):
            ln.kind = "crumb"
            i += 1
            continue
        # (under a masthead, a first line that is a sentence of the story is no headline: a
        # station's bulletin goes straight into its story)
        if (nxt is not None and _title_shaped(t) and not (_dateline(t) and len(t) > 100) and email_title is None
                and not (page_masthead is not None and _is_prose(t) and _SENT_END.search(t))):
            ln.kind = "title"
            title_i = i
            page.title = t
            i += 1
        break

    # --- after the title: byline, date, captions, until the story has begun ---------------
    prose_seen = 0
    j = i
    while j < n and prose_seen < 2:
        ln = lines[j]
        if ln.kind is None:
            if meta(j, allow_crumb=prose_seen == 0):
                pass
            elif prose_seen == 0 and _HEAD_FURNITURE.match(ln.text):
                ln.kind = "furniture"
            elif (got := caption(j, head=prose_seen == 0)):
                if got == 2 and j - 1 >= i and _is_prose(lines[j - 1].text):
                    prose_seen = max(0, prose_seen - 1)
            elif _is_prose(ln.text):
                prose_seen += 1
        j += 1

    # --- the rest: captions and furniture that may stand anywhere --------------------------
    for k in range(j, n):
        if lines[k].kind is None and not caption(k, head=False) and _anywhere_furniture(lines[k].text):
            lines[k].kind = "furniture"
    for k in range(i, j):
        if lines[k].kind is None and _anywhere_furniture(lines[k].text):
            lines[k].kind = "furniture"

    # --- the tail: the run of footer-shaped lines after the last prose paragraph -----------
    first_body = title_i + 1 if title_i is not None else 0
    suffix = n
    for k in range(n - 1, first_body - 1, -1):
        ln = lines[k]
        if ln.kind is not None or _tail_furniture(ln.text) or _is_weak(ln.text) or (
                ln.text.endswith(":") and len(ln.text) <= 150):
            suffix = k
        else:
            break
    footer = None
    for k in range(suffix, n):
        ln = lines[k]
        if ln.kind == "furniture" or (ln.kind is None and _tail_furniture(ln.text)):
            footer = k
            break
        if ln.kind is None and ln.text.endswith(":") and any(
                lines[q].kind == "furniture" or _tail_furniture(lines[q].text) for q in range(k + 1, n)):
            footer = k
            break
    if footer is not None:
        for k in range(footer, n):
            if lines[k].kind is None:
                lines[k].kind = "furniture"

    # --- the story: group the lines left into paragraphs -----------------------------------
    kept = [k for k in range(n) if lines[k].kind is None]
    paras: list[list[int]] = []
    for k in kept:
        ln = lines[k]
        if paras and paras[-1][-1] == k - 1 and not ln.blank_before:
            p = lines[k - 1].text
            if wrapped or (not _CLOSE_END.search(p) and (ln.text[:1].islower() or p.endswith(("-", ",")))):
                paras[-1].append(k)
                continue
        paras.append([k])

    pieces: list[Mapped] = []
    for para in paras:
        piece = normalize_span(text, lines[para[0]].start, lines[para[-1]].end)
        if (not pieces and page.dateline is None and len(paras) > 1 and _BARE_DATELINE.match(piece.text)
                and not _HEAD_FURNITURE.match(piece.text)):  # ("BREAKING", "EXCLUSIVE": labels, not places)
            # a dateline standing alone above the story, no dash: "NEW YORK, Thursday"
            page.dateline = piece.text
            continue
        if not pieces and page.dateline is None:
            piece, page.dateline, iso = split_dateline(piece)
            if iso:
                page.published, page.published_from = iso, "dateline"
        pieces.append(piece)
    body = join(pieces)
    # article text: a paragraph of running prose, or a few sentences at least
    if not any(_is_prose(p.text) for p in pieces) and not (
            len(_words(body.text)) >= 12 and any(_SENT_END.search(p.text) for p in pieces)):
        return None

    page.body = body
    page.captions = [captions[k] for k in sorted(captions)]
    page.removed = [ln.text for ln in lines if ln.kind in ("masthead", "crumb", "byline", "date", "furniture")]
    pub = [d for d, upd in dates if not upd] or [d for d, upd in dates]
    if pub:
        page.published, page.published_from = pub[0], "page"
    elif page.dateline and (md := month_day(page.dateline)):
        # a head line's slashed date that could be either order ("04/06/2026 10:55") read the
        # way the dateline's day agrees with ("PELLIN, June 4 (BNS)"): the day and the year
        # (the head: the lines above the title, or above the first paragraph where there is none)
        upto = first_body if title_i is not None else next((k for k in range(n) if lines[k].kind is None), 0)
        for k in range(upto):
            if lines[k].kind in ("masthead", "crumb", "date", "furniture"):
                got = [d for d in numeric_readings(lines[k].text) if (int(d[5:7]), int(d[8:10])) == md]
                if got:
                    page.published, page.published_from = got[0], "page"
                    break
    if page.published_from == "page":
        # the clock and zone of the line that gave the date: "NLA-BIZ 11/11/2026 10:35 CET ..."
        for ln in lines[:first_body + 8]:
            # (a wire's clock of four figures: "Aug 24 2027 0940 GMT")
            t = _CLOCK4_ZONE.sub(r"\1:\2", ln.text) if ln.kind == "date" and _slug_line(ln.text) else ln.text
            if ln.kind in ("date", "byline", "furniture") and (at := clock_instant(t, page.published)):
                page.published_at = at
                break
    if (page_masthead is None and title_i == 1 and lines[0].kind in ("crumb", "furniture")
            and _agency_masthead(lines[0].text, dateline_agency(page.dateline))):
        # an agency's masthead alone over the headline ("GRENFORD NEWS AGENCY"), no date line
        # between: the dateline's agency names it ("GRENFORD, 9 March (GNA) -")
        page_masthead = lines[0].text
    page.site_name = _site_name(page.removed, page.dateline, page_masthead) or email_from
    return page


_BARE_DATELINE = re.compile("^" + WEEKDAY_DATELINE + "$|"
                            # "KARSIN" alone; "Kestrabad, November 6"
                            r"^[A-Z][A-Z'’\-]{2,}(?:\s+[A-Z][A-Z'’\-]+){0,2}$|"
                            r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2},\s+(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
                            r"\s+\d{1,2}$")


def _hard_wrapped(lines: list[_Line]) -> bool:
    """Paragraphs split by blank lines, lines broken at a fixed width inside them."""
    adjacent = sum(1 for ln in lines[1:] if not ln.blank_before)
    blank = sum(1 for ln in lines[1:] if ln.blank_before)
    if adjacent < 3 or blank == 0:
        return False
    lengths = sorted(len(ln.text) for ln in lines)
    return lengths[int(0.9 * (len(lengths) - 1))] <= 100


_COMPANY = re.compile(
    r"(?:\s*,?\s+(?:or|and)\s+its\s+(?:affiliated\s+companies|affiliates|subsidiaries|licensors)|"
    r"(?:\s+(?:media|publications|publishing|holdings|productions|broadcasting|newspapers))*"
    r"\s*,?\s+(?:limited|ltd|llc|llp|inc|incorporated|plc|group|company|co|corp|corporation|gmbh|ag|pty|"
    r"sa|nv|bv|lp)\.?|\s*(?:&|and))$",
    re.I,
)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\d?\.)?((?:[a-z0-9-]+\.)*?)([a-z0-9-]{3,})\.(?:[a-z]{2,3}\.)?[a-z]{2,12}\b(?![.@\w])",
                     re.I)
_POSSESSIVE = re.compile(
    r"^(?P<n>(?:The\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z0-9][\w&.\-]*){0,3})['’]s?\s+(?:web\s*site|site|apps?|"
    r"home\s*page|newsletters?|podcasts?|newsroom|journalism|editorial|channels?)\b"
)


def _copyright_name(line: str) -> str | None:
    """ "© 2025 Globe Dispatch Media Limited or its affiliated companies." -> "Globe Dispatch"."""
    m = re.match(r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                 r"(?P<n>[A-Z][\w&'’\- ]{1,80}?)\s*(?:[.,|]|$)", line, re.I)
    if not m or re.match(r"all rights", m.group("n"), re.I):
        return None
    name = re.sub(r"\s+all rights reserved\.?$", "", m.group("n").strip(), flags=re.I)
    # "Copyright Gannett 2023", "© 2024 by Acme News"
    name = re.sub(r"^by\s+|,?\s+\d{4}(?:\s*[-–]\s*\d{4})?$", "", name, flags=re.I).strip()
    while True:
        shorter = _COMPANY.sub("", name).strip()
        if shorter == name or len(_words(shorter)) == 0:
            break
        name = shorter
    return name or None


_SMALL = {"the", "of", "and", "for", "on", "in", "de", "la", "le", "du", "des", "el", "al"}


def _masthead_shaped(s: str) -> bool:
    """An outlet's name: a few words, no sentence, no date."""
    w = _words(s)
    return (1 <= len(w) <= 6 and len(s) <= 60 and not _CLOSE_END.search(s) and s[:1].isupper()
            and not _find_date(s) and not _TIME.search(s) and not _BY.match(s))


def _masthead_line(s: str) -> bool:
    """An agency's masthead, maybe with its service and region between dashes or bars: "KESTREL
    NEWS - General service - Estavia", "NORDWIRE | Domestic service"; the name in capitals."""
    parts = [p.strip() for p in _HEADER_SEP.split(s.strip())]
    if (not (_masthead_shaped(parts[0]) and _is_allcaps(parts[0])) or len(s) > 100
            or _HEAD_FURNITURE.match(parts[0])):
        return False
    # (an issue number is no word: "MEMBERS' BULLETIN No. 23/2026")
    # (a station's slogan in capitals may run longer: "TOBIN COUNTY'S NEWS, TRAFFIC AND WEATHER")
    return all(1 <= len([w for w in _words(p) if not w.isdigit()]) <= (6 if _is_allcaps(p) else 4)
               and not _CLOSE_END.search(p) and not _find_date(p) for p in parts[1:])


def _service_line(s: str) -> bool:
    """A service, section or issue line under a masthead: two or more short parts between
    dashes or bars, none a sentence or a date ("Notes for the fleet - Issue 212", "Regulatory
    announcement - inside information", "Domestic service | Region")."""
    parts = [p.strip() for p in _HEADER_SEP.split(s.strip())]
    return (len(parts) >= 2 and len(s) <= 90 and not _SENT_END.search(s) and not _find_date(s)
            and all(1 <= len(_words(p)) <= 6 for p in parts))


# an outlet's strapline under its name: "The newsletter of the Sorrel Bay fishing cooperatives",
# "Your weekly news from the valley", "The voice of the valley"
_STRAPLINE = re.compile(
    r"^(?:(?:the|your|an?)\s+(?:[\w'’\-]+\s+){0,3}?)?(?:newsletter|bulletin|magazine|journal|newspaper|paper|"
    r"voice|news|digest|gazette|review|weekly|monthly|daily|station|radio|home|source|guide)"
    r"\s+(?:of|for|from|in|on|about|by)\s+\S", re.I)


def _masthead_name(s: str) -> str:
    """The outlet as a name: "ORBIS NEWSWIRE" -> "Orbis Newswire" (short words in capitals,
    "BBC", "AVP", stay so); a mixed-case masthead as printed."""
    s = s.strip()
    if not _is_allcaps(s):
        return s
    out = []
    for k, w in enumerate(s.split()):
        if w.lower() in _SMALL:
            out.append(w.capitalize() if k == 0 else w.lower())
        elif len(re.sub(r"[^A-Za-z]", "", w)) <= 3 or not re.search(r"[AEIOUY]", w) or w.startswith("("):
            # "BBC", "WBRK", "(NIPH)"
            out.append(w)
        else:
            out.append(w.capitalize())
    return " ".join(out)


def _agency_masthead(s: str, agency: str | None) -> bool:
    """s is an agency's masthead in capitals with an outlet's word ("GRENFORD NEWS AGENCY") that the
    dateline's agency names by its initials or a word of it ("GNA", "Grenford")."""
    if not agency or not _masthead_line(s) or len(_HEADER_SEP.split(s.strip())) > 1 \
            or not _OUTLET_WORD.search(_masthead_name(s)):
        return False
    words = [w for w in _words(s) if w.lower() not in _SMALL]
    a = _squash(agency)
    return a == _squash("".join(w[0] for w in words)) or a in {_squash(w) for w in words}


def _squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _domain_name(removed: list[str]) -> str | None:
    """The outlet's name as the furniture writes it, where it spells the page's own domain:
    "Kessa FM" beside "kessafm.example", "Press TV" beside "www.presstv.ir"."""
    labels = []
    for r in removed:
        for m in _DOMAIN.finditer(r):
            if "@" not in r[max(0, m.start() - 1):m.start()]:
                labels.append(m.group(2).lower())
    if not labels:
        return None
    found: list[str] = []
    for r in removed:
        toks = list(re.finditer(r"[^\W_]+(?:[&'’.][^\W_]+)*", r))
        for i in range(len(toks)):
            if not toks[i].group(0)[:1].isupper():
                continue
            for j in range(i, min(i + 5, len(toks))):
                if not (toks[j].group(0)[:1].isupper() or toks[j].group(0)[:1].isdigit()):
                    break
                name = r[toks[i].start():toks[j].end()]
                sq = _squash(name)
                # one word must be long enough not to be a common one ("news.com.au")
                if (j > i or len(sq) >= 6) and any(sq == lab or "the" + sq == lab for lab in labels):
                    found.append(name)
    if not found:
        return None
    # as printed, the mixed-case form before one in capitals ("Kessa FM", not "KESSA FM")
    return next((f for f in found if not _is_allcaps(f)), found[0])


def _page_domains(removed: list[str]) -> set[str]:
    return {m.group(2).lower() for r in removed for m in _DOMAIN.finditer(r)}


def _site_name(removed: list[str], dateline: str | None = None, masthead: str | None = None) -> str | None:
    """The outlet, where the page states it in a general way, or None. In this order:
    a copyright line ("© 2024 The Harbor Gazette. All rights reserved.", company suffixes
    dropped); a possessive notice ("Press TV's website can also be accessed at ..."); a name
    in the furniture that spells the page's own address ("Kessa FM", "kessafm.example"); the
    masthead above the page's crumb ("ORBIS NEWSWIRE" over "World | Europe", as "Orbis Newswire");
    the agency of the dateline ("GENEVA, March 4 (Wirenews) -") unless the page's address names
    another outlet (a paper running a wire story)."""
    for r in removed:
        n = _copyright_name(r)
        if n:
            return n
    for r in removed:
        m = _POSSESSIVE.match(r)
        if m and not _ROLE.search(m.group("n")):
            return m.group("n")
    n = _domain_name(removed)
    if n:
        return n
    if masthead:
        return _masthead_name(masthead)
    agency = dateline_agency(dateline)
    if agency:
        domains = _page_domains(removed)
        if not domains or _squash(agency) in domains or "the" + _squash(agency) in domains:
            return agency
    return None
