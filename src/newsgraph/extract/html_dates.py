"""The publication date of an HTML news page: the evidence on the page, and the choice among it.

    ev = date_evidence(tree, meta, articles, url)   # read once per page
    date = choose_date(ev)                          # YYYY-MM-DD or None, by DEFAULT_CHOICE

Split in two so that the choice can be tuned and cross-validated over many pages without
reading them again (scripts/dates_cv.py): `DateChoice` holds every setting the choice has.

The evidence:
- the published date the page declares: JSON-LD datePublished (dateCreated) of the article
  object, or the first publication meta tag (article:published_time, ...). ISO 8601 as written,
  and (`formats="any"`) the other ways publishers write them: RFC 2822 ("Sat, 23 Dec 2023
  05:42:00 PST") and written dates ("February 2, 2024"), read by the stdlib's email.utils and
  the month-name reader shared with the plain-text extractor (dateline.find_date);
- the modified date (JSON-LD dateModified, article:modified_time, ...);
- the dates the page shows a reader by the headline or byline: <time> elements, and (new in
  issue 15) short elements whose class, id or itemprop names a date, time, byline or meta line
  and whose text holds one full date ("Updated on December 14, 2023", "December 26, 2023 -
  9:03AM"); never inside lists, asides, footers, navigation, teasers, related-story cards or
  comments;
- htmldate (the whole page, URL included), last, as it is slow.

The choice: the declared published date, except where the page shows none of its dates equal
to it and shows instead
- the modified date (the page presents the update as the story's date), or
- the same instant in the publisher's time zone (a <time> with its offset), or
- a date the declared UTC instant falls on somewhere (UTC-12 to UTC+14): meta in UTC, the page
  in local time ("2023-12-25T22:03Z" shown as "December 26, 2023 - 9:03AM").
With no declared date: the shown dates, then htmldate (whose answer is passed over when it is
only the page's modified date and a shown date remains).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from email.utils import parsedate_tz
from typing import Any

from lxml.html import HtmlElement

from .dateline import clock_instant, find_date

__all__ = ["DateChoice", "DateEvidence", "DEFAULT_CHOICE", "OLD_CHOICE", "date_evidence", "choose_date"]


@dataclass(frozen=True)
class DateChoice:
    """Every setting of the choice (scripts/dates_cv.py tunes them by cross-validation)."""

    formats: str = "any"  # "iso": ISO 8601 only in meta and JSON-LD; "any": RFC 2822 and written dates too
    first: str = "ld"  # which declares the published date first: "ld" (JSON-LD) or "meta"
    labelled: bool = True  # dates shown in labelled elements other than <time> count as shown
    shown_modified: bool = True  # the page shows the modified date only: take it
    same_instant: bool = True  # a shown <time> is the same instant in another zone: take its date
    utc_shift: bool = True  # a shown date the UTC instant falls on in some zone: take it
    utc_clock: bool = True  # ... and where the shown text has a clock, only if it could be a local time of it
    fallback: tuple[str, ...] = ("time", "label", "htmldate")  # no declared date: in this order
    htmldate_modified: bool = False  # pass over htmldate's answer when it is the modified date
    extensive: bool = False  # htmldate's extensive search


# the choice as it was before issue 15's date work (ISO only, <time> only, no UTC shift)
OLD_CHOICE = DateChoice(formats="iso", labelled=False, utc_shift=False, utc_clock=False,
                        fallback=("time", "htmldate"), htmldate_modified=False)
# chosen by 5-fold cross-validation by site on the news4k dev half (scripts/dates_cv.py)
DEFAULT_CHOICE = DateChoice()


# --------------------------------------------------------------------------------------------
# reading one value

_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def iso_date(value: Any) -> str | None:
    """YYYY-MM-DD from an ISO-8601 string as written (the publisher's local date kept)."""
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.search(value)
    if not m:
        return None
    y, mo, d = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{y}-{mo}-{d}"


def _rfc2822(value: str) -> tuple[str, dt.datetime | None] | None:
    """'Sat, 23 Dec 2023 05:42:00 PST' -> ('2023-12-23', the instant); None if not that shape."""
    if not re.match(r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", value):
        return None
    t = parsedate_tz(value)
    if t is None:
        return None
    try:
        local = dt.datetime(*t[:6])
    except ValueError:
        return None
    inst = None if t[9] is None else local.replace(tzinfo=dt.timezone(dt.timedelta(seconds=t[9])))
    return local.date().isoformat(), inst


def instant(value: Any) -> dt.datetime | None:
    """The instant an ISO 8601 or RFC 2822 value gives with its zone; None without one."""
    if not isinstance(value, str):
        return None
    if re.match(r"\s*\d{4}-\d\d-\d\dT", value):
        v = value.strip().replace("Z", "+00:00")
        v = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", v)
        try:
            d = dt.datetime.fromisoformat(v)
        except ValueError:
            return None
        return d if d.tzinfo else None
    r = _rfc2822(value)
    return r[1] if r else None


def value_date(value: Any, formats: str) -> str | None:
    """The date a meta or JSON-LD value gives: ISO 8601, and with formats="any" also RFC 2822
    and written dates ("February 2, 2024", "2 Feb 2024")."""
    d = iso_date(value)
    if d or formats == "iso" or not isinstance(value, str) or len(value) > 80:
        return d
    r = _rfc2822(value)
    if r:
        return r[0]
    found = find_date(value)
    return found[0] if found else None


def _is_utc(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    inst = instant(value)
    return inst is not None and inst.utcoffset() == dt.timedelta(0)


# --------------------------------------------------------------------------------------------
# the evidence

_PUB_META_KEYS = ("article:published_time", "og:article:published_time", "datepublished",
                  "article.published", "pubdate", "publishdate", "publish-date", "date",
                  "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                  "cxenseparse:recs:publishtime", "og:published_time", "published_time",
                  "article:published", "datecreated", "dcterms.issued", "dc.date.created", "dcterms.date")
_MOD_META_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")

# what the <time> element or one of its near ancestors must be called to be the story's date
_DATE_HINT = re.compile(r"header|byline|meta|date|time|posted|publish|info|attr|dateline|author", re.I)
_NOT_STORY = re.compile(r"card|related|teaser|promo|recirc|sidebar|widget|more-|trending|popular|river|feed", re.I)
# what a labelled element itself must be called (its own class, id or itemprop)
_LABEL_HINT = re.compile(r"date|time|publish|posted|updated|byline|dateline|meta|submitted|created|issued|release|author",
                         re.I)
_NOT_STORY_LABEL = re.compile(_NOT_STORY.pattern + r"|comment|reply|masthead|weather|ticker|calendar|event", re.I)
_SKIP_TAGS = {"script", "style", "time", "meta", "head", "html", "body", "noscript", "svg", "template",
              "option", "select", "button", "a"}


@dataclass
class Shown:
    date: str
    raw: str  # the element's datetime attribute, or its text
    source: str  # "time" or "label"
    text: str = ""  # the text shown (for a clock time beside the date)


@dataclass
class DateEvidence:
    ld_pub: dict[str, Any] = field(default_factory=dict)  # formats -> the first valid raw value
    meta_pub: dict[str, Any] = field(default_factory=dict)
    modified: dict[str, str | None] = field(default_factory=dict)  # formats -> YYYY-MM-DD
    time: list[Shown] = field(default_factory=list)
    tree: HtmlElement | None = None
    url: str | None = None
    _label: list[Shown] | None = None
    _htmldate: dict[bool, str | None] = field(default_factory=dict)

    def labels(self) -> list[Shown]:
        """The dates shown in labelled elements (read on first use: the scan costs a few ms)."""
        if self._label is None:
            self._label = _label_dates(self.tree) if self.tree is not None else []
        return self._label

    def htmldate(self, extensive: bool) -> str | None:
        """htmldate's original date for the page (computed once per setting)."""
        if extensive not in self._htmldate:
            try:
                from htmldate import find_date as htmldate_find

                self._htmldate[extensive] = htmldate_find(self.tree, url=self.url, original_date=True,
                                                          extensive_search=extensive)
            except Exception:  # htmldate raises on odd trees; a missing date is no error here
                self._htmldate[extensive] = None
        return self._htmldate[extensive]


def _story_ancestry(el: HtmlElement, not_story: re.Pattern[str]) -> list[str] | None:
    """The labels of el and its six nearest ancestors, or None when el sits in a list of other
    stories, an aside, a footer or navigation, or a teaser / related card."""
    anc = list(el.iterancestors())[:6]
    if any(a.tag in ("li", "aside", "footer", "nav") for a in [el] + anc[:4]):
        return None
    labels = [f"{a.tag} {a.get('class') or ''} {a.get('id') or ''}" for a in [el] + anc]
    if any(not_story.search(x) for x in labels):
        return None
    return labels


def _time_dates(tree: HtmlElement) -> list[Shown]:
    """The <time> elements shown by the headline or byline."""
    out: list[Shown] = []
    for el in tree.iter("time"):
        labels = _story_ancestry(el, _NOT_STORY)
        if labels is None or not any(_DATE_HINT.search(x) for x in labels):
            continue
        raw = el.get("datetime") or ""
        found = find_date(el.text_content())
        d = iso_date(raw) or (found[0] if found else None)
        if d:
            out.append(Shown(d, raw, "time", " ".join(el.text_content().split())[:120]))
            if len(out) >= 4:
                break
    return out


# what a date line may hold beside its date: labels, a weekday, a clock and its zone, the issuer's
# document type ("Statistical release | 07.12.2026 | 11:00", "Regulatory announcement | 15
# September 2026, 07:00"), separators
_LINE_NOISE = re.compile(
    r"(?i)\b(?:published|posted|issued|released|first|on|at|statistical|statistics|press|news|media|data|joint|"
    r"official|public|release|statement|announcement|notice|regulatory|stock|exchange|company|investor|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"gmt|utc|cet|cest|bst|eet|eest|est|edt|cst|cdt|pst|pdt|[ap]\.?m\.?|local|time)\b|\d{1,2}[:.]\d{2}|[|·•\-–—,:/()+\d]")


def _shaped_date_line(text: str) -> bool:
    """A line that is a date line by its whole shape: a date with its labels, weekday, clock, zone
    and the issuer's document type only (no "Updated ..." line: a later date)."""
    found = find_date(text)
    if not found:
        return False
    rest = _LINE_NOISE.sub(" ", text[:found[1].start()] + " " + text[found[1].end():])
    return not re.search(r"[^\W\d_]{2,}", rest)


def _label_dates(tree: HtmlElement) -> list[Shown]:
    """Short elements other than <time> named as a date, byline or meta line whose text holds
    one full date: '<div class="publish-date">December 26, 2023 - 9:03AM</div>'."""
    out: list[Shown] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or len(el) > 8:
            continue
        name = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
        hinted = bool(name and _LABEL_HINT.search(name))
        if not hinted and (el.tag not in ("p", "div", "span") or len(el)):
            continue
        if next(el.iter("time"), None) is not None:
            continue  # read as a <time>
        text = " ".join(el.text_content().split())
        if not text or len(text) > 120:
            continue
        if not hinted and not (_shaped_date_line(text) and any(a.tag in ("article", "header", "main")
                                                                for a in el.iterancestors())):
            # an element named for nothing is a date line only by its shape, in the story's part of
            # the page: "<p class="doc-type">Statistical release | 07.12.2026 | 11:00</p>"
            continue
        found = find_date(text)
        if not found or _story_ancestry(el, _NOT_STORY_LABEL) is None:
            continue
        out.append(Shown(found[0], text, "label", text))
        if len(out) >= 4:
            break
    return out


def date_evidence(tree: HtmlElement, meta: dict[str, list[str]], articles: list[dict[str, Any]],
                  url: str | None) -> DateEvidence:
    """Everything the choice reads, from the page's tree, its meta tags (lower-cased keys) and
    its JSON-LD article objects (best first); the labelled elements and htmldate on demand."""
    ev = DateEvidence(tree=tree, url=url)
    for formats in ("iso", "any"):
        ev.ld_pub[formats] = next((v for o in articles for v in [o.get("datePublished") or o.get("dateCreated")]
                                   if value_date(v, formats)), None)
        ev.meta_pub[formats] = next((v for k in _PUB_META_KEYS for v in meta.get(k, []) if value_date(v, formats)),
                                    None)
        mod = next((d for o in articles for d in [value_date(o.get("dateModified"), formats)] if d), None)
        ev.modified[formats] = mod or next((d for k in _MOD_META_KEYS for v in meta.get(k, [])
                                            for d in [value_date(v, formats)] if d), None)
    ev.time = _time_dates(tree)
    return ev


# --------------------------------------------------------------------------------------------
# the choice


def _falls_on(day: str, utc: dt.datetime) -> bool:
    """True if the UTC instant falls on `day` somewhere on Earth (UTC-12 to UTC+14)."""
    lo = (utc - dt.timedelta(hours=12)).date().isoformat()
    hi = (utc + dt.timedelta(hours=14)).date().isoformat()
    return lo <= day <= hi


_CLOCK = re.compile(r"(?<![\d:.])(\d{1,2})(?::(\d\d))?(?::\d\d)?\s*(?:([ap])\.?\s?m\b\.?)?(?![\d:/.-])", re.I)


def _clock(text: str) -> tuple[int, int] | None:
    """The clock time a shown date carries ("9:03AM", "7:30 p.m.", "01:10", "8am"), as (hour,
    minute) on 24 hours; None without one. A bare number (a day, a year) is no clock."""
    for m in _CLOCK.finditer(text):
        h, mi, ap = int(m.group(1)), m.group(2), (m.group(3) or "").lower()
        if mi is None and not ap:
            continue
        if ap:
            if not 1 <= h <= 12:
                continue
            h = h % 12 + (12 if ap == "p" else 0)
        if h > 23 or (mi is not None and int(mi) > 59):
            continue
        return h, int(mi or 0)
    return None


def _zone_time(day: str, text: str, utc: dt.datetime) -> bool:
    """True if the shown day, with the clock the text gives, could be a local time of the UTC
    instant: the shown time less the instant lies within UTC-12 to UTC+14 (the shown clock may
    be another moment of the same story, a first posting beside a later meta instant, so no exact
    zone is asked for). With no clock, the day alone (_falls_on)."""
    c = _clock(text)
    if c is None:
        return _falls_on(day, utc)
    local = dt.datetime.fromisoformat(day).replace(hour=c[0], minute=c[1])
    at = utc.astimezone(dt.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    off = (local - at).total_seconds() / 60
    return -12 * 60 <= off <= 14 * 60


def choose_date(ev: DateEvidence, choice: DateChoice = DEFAULT_CHOICE) -> str | None:
    """The date the page shows as the story's date (YYYY-MM-DD), or None."""
    f = choice.formats
    order = (ev.ld_pub, ev.meta_pub) if choice.first == "ld" else (ev.meta_pub, ev.ld_pub)
    pub_raw = order[0].get(f) or order[1].get(f)
    pub = value_date(pub_raw, f)
    mod = ev.modified.get(f)
    if pub:
        if any(s.date == pub for s in ev.time):
            return pub
        label = ev.labels() if choice.labelled else []
        if all(s.date != pub for s in label):
            for s in [x[0] for x in (ev.time, label) if x]:
                if choice.shown_modified and s.date == mod:
                    return s.date
                if choice.same_instant:
                    a, b = instant(s.raw), instant(pub_raw)
                    if a is not None and b is not None and abs((a - b).total_seconds()) < 60:
                        return s.date
                if choice.utc_shift and instant(s.raw) is None and _is_utc(pub_raw):
                    inst = instant(pub_raw)
                    if inst is not None and (_zone_time(s.date, s.text or s.raw, inst) if choice.utc_clock
                                             else _falls_on(s.date, inst)):
                        return s.date
        return pub
    steps = list(choice.fallback)
    for i, step in enumerate(steps):
        if step == "time" and ev.time:
            return ev.time[0].date
        if step == "label" and ev.labels():
            return ev.labels()[0].date
        if step == "htmldate":
            d = ev.htmldate(choice.extensive)
            rest = any((s == "time" and ev.time) or (s == "label" and ev.labels()) for s in steps[i + 1:])
            if d and not (choice.htmldate_modified and d == mod and rest):
                return d
    return None


def published_instant(ev: DateEvidence, day: str | None) -> str | None:
    """The UTC instant ("2026-11-10T08:00Z") the page gives for its story's date `day`: the
    JSON-LD or meta value with its zone, else a shown <time datetime>, where it falls on that day
    somewhere on Earth; None when the page gives the day only."""
    if not day:
        return None
    for raw in (ev.ld_pub.get("iso"), ev.meta_pub.get("iso"), ev.ld_pub.get("any"), ev.meta_pub.get("any"),
                *(s.raw for s in ev.time)):
        inst = instant(raw)
        if inst is not None and _falls_on(day, inst.astimezone(dt.timezone.utc)):
            return inst.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")
    # a shown date of that day with its clock and a zone in its own words ("Posted 14 January 2027,
    # 11:00 CET", "Updated Feb. 19, 2026 at 11:05 a.m. CST"); a clock with no zone says nothing
    for s in (*ev.time, *ev.labels()):
        if s.date == day and (ci := clock_instant(s.text or s.raw, day)):
            return ci
    return None
