"""HTML page -> article parts (`Page`).

trafilatura finds the story's text; this module adds what it gets wrong or lacks on news pages:

- the headline: trafilatura takes og:title or <title>, which often carry the site's name
  ("Story - Site") or a social-media variant of the headline; the page's own <h1> is what a
  reader sees, so we prefer an <h1> that agrees with the meta titles and strip site affixes;
- the authors: JSON-LD and meta tags, cleaned of outlet names, e-mails and credentials;
- the publication date (html_dates.py): JSON-LD datePublished, article:published_time, the
  dates shown by the headline or byline, and htmldate only as the last resort;
- image captions with their credits, kept out of the body; a credit element that credits the
  reporting, not a photo ("Meridian Wire contributed to this report.", "(Meridian Wire)" with no
  image near it), goes to `removed` instead, where the corpus layer reads who took whose wording;
- page furniture that leaks into the body (share prompts, newsletter and app promotions,
  "read more" lists, bylines and datelines repeated at the top), listed in `removed`
  (what trafilatura itself drops is not seen here, so not listed);
- a story split over sibling containers (trafilatura keeps the first), and JSON-LD
  articleBody where the extracted text misses nearly all of it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from copy import deepcopy
from html import unescape
from typing import Any, Iterable, Iterator

from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from .agencies import PHOTO_AGENCY_RX
from .dateline import WEEKDAY_DATELINE
from .html_dates import DateEvidence, choose_date, date_evidence, published_instant
from .normalize import join, normalize_span
from .page import Page
from ..record import Caption

__all__ = ["extract_html"]

_WS = re.compile(r"\s+")


def _clean(text: str | None) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()


def _fold(text: str | None) -> str:
    """Case, white space and quote style folded: for comparing strings, never for output."""
    t = _clean(text).translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'"})
    return t.lower()


# --------------------------------------------------------------------------------------------
# metadata sources


def _meta_map(tree: HtmlElement) -> dict[str, list[str]]:
    """<meta> tags keyed by lower-cased name / property / itemprop, in page order."""
    out: dict[str, list[str]] = {}
    for m in tree.iter("meta"):
        content = m.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = m.get(attr)
            if key:
                out.setdefault(key.strip().lower(), []).append(content.strip())
    return out


_ARTICLE_TYPES = re.compile(r"(article|posting|report|blog|story|webpage|liveblog)", re.I)


def _jsonld(tree: HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph flattened, in page order."""
    found: list[dict[str, Any]] = []

    def walk(node: Any, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(node, list):
            for x in node:
                walk(x, depth + 1)
        elif isinstance(node, dict):
            found.append(node)
            if "@graph" in node:
                walk(node["@graph"], depth + 1)
            main = node.get("mainEntity") or node.get("mainEntityOfPage")
            if isinstance(main, (dict, list)):
                walk(main, depth + 1)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # a trailing semicolon or a stray comma is common; one repair try, then give up
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.rstrip(";")), strict=False)
            except ValueError:
                continue
        walk(data)
    return found


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return []


def _article_objects(ld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """JSON-LD objects describing the article (NewsArticle, BlogPosting, ...), best first."""
    arts = [o for o in ld if any(_ARTICLE_TYPES.search(t) for t in _types(o))
            and not any(t.lower() in ("webpage", "collectionpage") for t in _types(o))]
    pages = [o for o in ld if any(t.lower() == "webpage" for t in _types(o))]
    return arts + pages


# --------------------------------------------------------------------------------------------
# site name and title


def _site_name(meta: dict[str, list[str]], ld: list[dict[str, Any]], url: str | None) -> str | None:
    for key in ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher"):
        for v in meta.get(key, []):
            v = _clean(v).lstrip("@")
            if v and len(v) < 80 and not re.match(r"(?i)https?:|www\.", v):  # not a page's address
                return v
    for obj in _article_objects(ld):
        pub = obj.get("publisher")
        if isinstance(pub, list) and pub:
            pub = pub[0]
        if isinstance(pub, dict) and isinstance(pub.get("name"), str) and pub["name"].strip():
            return _clean(pub["name"])
    for obj in ld:
        if any(t in ("Organization", "NewsMediaOrganization", "WebSite") for t in _types(obj)):
            if isinstance(obj.get("name"), str) and obj["name"].strip():
                return _clean(obj["name"])
    return None


_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|:|»|«|·|•|/)\s+|\s*\|\s*")


def _host_words(url: str | None) -> set[str]:
    if not url:
        return set()
    m = re.match(r"(?:https?://)?([^/:?#]+)", url)
    if not m:
        return set()
    parts = [p for p in m.group(1).lower().split(".") if p not in ("www", "com", "org", "net", "co", "uk", "gov", "edu", "au", "tv", "news")]
    return set(parts)


def _is_site_part(part: str, site_names: list[str], host: set[str]) -> bool:
    f = _fold(part)
    if not f:
        return True
    squashed = re.sub(r"[^a-z0-9]", "", f)
    for s in site_names:
        fs = _fold(s)
        if not fs:
            continue
        ss = re.sub(r"[^a-z0-9]", "", fs)
        if f == fs or (ss and (squashed == ss or (len(ss) > 3 and (ss in squashed or squashed in ss) and len(squashed) < len(ss) + 25))):
            return True
    if squashed and any(squashed == h or (len(h) > 3 and squashed.startswith(h)) for h in host):
        return True
    return False


def _strip_site(title: str, site_names: list[str], host: set[str]) -> str:
    """'Story - Site' / 'Site | Story' / 'Story | Section | Site' -> 'Story'."""
    title = _clean(title)
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATORS.findall(title)
    # drop site-name parts from either end
    changed = True
    while changed and len(parts) > 1:
        changed = False
        if _is_site_part(parts[-1], site_names, host):
            parts.pop()
            seps.pop()
            changed = True
        elif _is_site_part(parts[0], site_names, host):
            parts.pop(0)
            seps.pop(0)
            changed = True
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return _clean(out)


# parts of a <title> that name a section or the site's kind of page, not the outlet
_GENERIC_TITLE_PARTS = frozenset({
    "news", "latest news", "home", "homepage", "home page", "opinion", "comment", "blog", "blogs", "analysis",
    "features", "sport", "sports", "business", "world", "politics", "local", "press release", "press releases",
    "media centre", "media center", "newsroom", "official website", "official site", "website", "live",
    "live updates"})


def _title_site(tree: HtmlElement, title: str | None) -> str | None:
    """The outlet a page's <title> names beside its headline ("Headline · Green Ledger", "Label:
    Headline | Section | Outlet", "Outlet | Headline"), where no meta or JSON-LD names it: the
    part furthest after the headline's part (else before it) that is a name of a few words, not a
    section ("News"), a byline ("by Ana Ruiz") or a kind of site ("Official Website")."""
    el = tree.find(".//title")
    if el is None or not title:
        return None
    text = _clean(el.text_content())
    parts = [p.strip() for p in _SEPARATORS.split(text)]
    if len(parts) < 2:
        return None
    ft = _fold(title)

    def headline(part: str) -> bool:
        fp = _fold(part)
        return bool(fp) and (ft in fp or fp in ft and len(fp) >= 0.4 * len(ft))

    heads = [i for i, part in enumerate(parts) if headline(part)]
    if not heads:
        return None

    def name(part: str) -> bool:
        f = _fold(part)
        return (bool(part[:1].isupper()) and 1 <= len(part.split()) <= 8 and f not in _GENERIC_TITLE_PARTS
                and not re.match(r"(?i)by\s", part))

    after = [part for part in reversed(parts[heads[-1] + 1:]) if name(part)]
    before = [part for part in parts[:heads[0]] if name(part)]
    return (after or before or [None])[0]


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_HOME_WORDS = frozenset("home start front page homepage index main menu top back to the go news latest skip content".split())


def _home_link_site(tree: HtmlElement) -> str | None:
    """The outlet a page's first link to its own front page names (`<a href="/">OCTA</a>` in its
    menu, a logo's link), where nothing else names it: a name of a few words, not "Home"; else the
    text of an element named for the site's logo or brand (`<div class="logo">...</div>`)."""
    for el in tree.iter("a"):
        href = (el.get("href") or "").strip()
        if not re.fullmatch(r"/|\./?|(?:https?:)?//[^/?#]+/?", href):
            continue
        text = _clean(el.text_content())
        if not text:
            img = el.find(".//img")
            text = _clean(img.get("alt")) if img is not None else ""
        if _name_shaped(text) and not all(w.lower().strip(".:|") in _HOME_WORDS for w in text.split()):
            return text
        break  # (the first such link decides: a menu's "Home" names no outlet)
    # a logo's or a brand's own text: <div class="logo">Brenmouth Marathon</div>
    for el in tree.iter("div", "span", "a", "p"):
        cls = (el.get("class") or "") + " " + (el.get("id") or "")
        if re.search(r"(?i)\b(?:site-)?(?:logo|brand|site-?name|site-?title)\b", cls) and len(el) == 0:
            text = _clean(el.text_content())
            if _name_shaped(text):
                return text
    return None


def _name_shaped(text: str) -> bool:
    """A name of one to six words, capitalised, no sentence."""
    return 1 <= len(text.split()) <= 6 and len(text) <= 60 and text[:1].isupper() and not re.search(r"[.!?]$", text)


def _spelled_out(tree: HtmlElement, acronym: str) -> str | None:
    """The full name a page's own header or logo gives for the acronym its outlet goes by ("TAIB -
    Transport Accident Investigation Board", "Valdria Grid Operator (VGO)", a logo's alt text), where
    the name's capitalised words' initials spell it."""
    texts = []
    for el in tree.iter("header", "a", "img", "div", "span", "p"):
        if el.tag == "img":
            texts.append(el.get("alt") or "")
        elif el.tag == "header" or "logo" in (el.get("class") or "") or "brand" in (el.get("class") or ""):
            texts.append(_clean(el.text_content()))
    for t in texts:
        t = t[:200]
        for m in re.finditer(r"\b" + re.escape(acronym) + r"\s*[-–—|:]\s*((?:[A-Z][\w&'’-]*|of|and|for|the)(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|the)){1,8})"
                             r"|((?:[A-Z][\w&'’-]*)(?:\s+(?:[A-Z][\w&'’-]*|of|and|for|the)){1,8})\s*\(\s*" + re.escape(acronym) + r"\s*\)", t):
            name = (m.group(1) or m.group(2)).strip()
            caps = [w for w in name.split() if w[:1].isupper()]
            while caps and "".join(w[0] for w in caps) != acronym and len(caps) > len(acronym):
                name = name.rsplit(" ", 1)[0]  # a name run on into the next words of the header
                caps = [w for w in name.split() if w[:1].isupper()]
            name = re.sub(r"(?:\s+(?:of|and|for|the))+$", "", name)
            if "".join(w[0] for w in caps) == acronym:
                return name
    return None


def _h1s(tree: HtmlElement) -> list[str]:
    out = []
    for h in tree.iter("h1"):
        t = _clean(h.text_content())
        if t:
            out.append(t)
    return out


def _choose_title(tree: HtmlElement, meta: dict[str, list[str]], ld: list[dict[str, Any]],
                  site: str | None, url: str | None) -> str | None:
    metas: list[str] = []
    for key in ("og:title", "twitter:title"):
        metas += [v for v in meta.get(key, []) if _clean(v)]
    for obj in _article_objects(ld)[:2]:
        h = obj.get("headline") or obj.get("name")
        if isinstance(h, str) and _clean(h):
            metas.append(h)
    tt = tree.find(".//title")
    title_tag = _clean(tt.text_content()) if tt is not None else ""
    if title_tag:
        metas.append(title_tag)
    site_names = [s for s in (site,) if s]
    host = _host_words(url or (meta.get("og:url") or [None])[0])
    stripped = [_strip_site(m, site_names, host) for m in metas]
    stripped = [s for s in stripped if s]
    folded = [_fold(s) for s in stripped] + [_fold(m) for m in metas]

    h1s = [h for h in _h1s(tree) if not _is_site_part(h, site_names, host)]
    # an <h1> the meta titles agree with is the headline as shown
    for h in h1s:
        fh = _fold(h)
        if len(fh) > 3 and any(fh == f or (f.startswith(fh) or f.endswith(fh)) and len(fh) > 0.5 * len(f) for f in folded):
            return h
    # some sites put a section label or a teaser in the <title>: a single headline-like <h1>
    # that is not the site's name is still the page's headline
    headline_like = [h for h in h1s if len(h.split()) >= 3 and len(h) <= 300]
    if len(headline_like) == 1:
        return _strip_site(headline_like[0], site_names, host)
    if stripped:
        # og:title first; the <title> where it is the only one
        return stripped[0]
    if headline_like:
        return headline_like[0]
    return None


# --------------------------------------------------------------------------------------------
# authors

_BY = re.compile(r"^\s*(?:(?:written|words|posted|published|reported|story|text|commentary|analysis|report)\s+)?by\b[\s:—–-]*", re.I)
# credentials and titles that follow a name after a comma ("Jane Doe, Ph.D.", "Jo Roe MS, RDN")
_CREDENTIAL = re.compile(r"^(?:ph\.?\s?d\.?|m\.?d\.?|m\.?s\.?|r\.?d\.?n?\.?|l\.?d\.?|mph|mba|rn|cpt|esq\.?|dr\.?|phd|msc|bsc|ma|ba|[A-Z]{2,5}(?:,\s*[A-Z]{2,5})*)$")
_ORG_WORDS = re.compile(
    r"\b(news|times|press|media|staff|team|desk|editors?|editorial|newsroom|journal|gazette|"
    r"telegraph|tribune|herald|post|daily|weekly|magazine|network|agency|reuters|afp|associated|"
    r"online|digital|group|inc|ltd|llc|corp|company|wire|service|bureau|tv|radio|channel|sponsored|"
    r"partner|partnership|contributors?|correspondents?|reporters?|writers?|redazione|redaction|"
    r"[a-z0-9-]+\.(?:com|org|net|co\.uk|tv))\b", re.I)
_PARTICLES = {"de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "du", "bin",
              "al", "el", "ibn", "y", "e", "dos", "das", "st.", "mc", "mac", "ter", "ten", "op"}


def _looks_like_person(name: str) -> bool:
    if not name or len(name) > 60 or "@" in name or "://" in name or re.search(r"\d", name):
        return False
    toks = name.split()
    if not 1 <= len(toks) <= 6:
        return False
    if _ORG_WORDS.search(name):
        return False
    if toks[0].lower() == "the":
        return False  # "The Worcester Telegram": an outlet
    caps = [t for t in toks if t[:1].isupper() or t.lower() in _PARTICLES]
    return len(toks) >= 2 and len(caps) == len(toks)


def _split_names(raw: str) -> list[str]:
    """'By A, B and C | Outlet' -> ['A', 'B', 'C'] (outlet parts, credentials dropped later)."""
    raw = _clean(unescape(raw))
    raw = _BY.sub("", raw)
    raw = re.sub(r"\s*\b(?:photograph(?:s|y)?|photos?|illustrations?|video|additional reporting|contributions?)\s+(?:by|from)\b.*$", "", raw, flags=re.I)
    parts = re.split(r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\bwith\b|•|·|/|\s[-–—]\s)\s*", raw)
    return [p.strip(" .,:;-–—") if not re.search(r"\b[A-Z]\.$", p.strip()) else p.strip(" ,:;-–—") for p in parts]


def _clean_authors(raws: Iterable[str], site_names: list[str], keep_orgs: bool = False) -> list[str]:
    out: list[str] = []
    for raw in raws:
        if not raw or "://" in raw[:12]:
            continue
        for p in _split_names(raw):
            if not p or "@" in p or _CREDENTIAL.match(p):
                continue
            if len(p.split()) > 2 and not re.search(r"\s(?:I{2,3}|IV|VI{0,3}|JR|SR)$", p):
                # trailing credentials: "Jo Roe MS" (generational suffixes stay: "George T. Conway III")
                p = re.sub(r"\s+(?:[A-Z]{2,5})(?:\s*,\s*[A-Z]{2,5})*$", "", p)
            if any(_fold(p) == _fold(s) for s in site_names) and not keep_orgs:
                continue
            if not keep_orgs and not _looks_like_person(p):
                continue
            if _fold(p) not in {_fold(x) for x in out}:
                out.append(p)
    return out


def _ld_authors(ld: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(person names, organisation names) given as the article's author in JSON-LD."""
    persons: list[str] = []
    orgs: list[str] = []
    for obj in _article_objects(ld)[:1] or ld[:0]:
        auth = obj.get("author") or obj.get("creator")
        items = auth if isinstance(auth, list) else [auth]
        for a in items:
            if isinstance(a, str):
                persons.append(a)
            elif isinstance(a, dict):
                name = a.get("name")
                if isinstance(name, list):
                    name = ", ".join(x for x in name if isinstance(x, str))
                if not isinstance(name, str) or not name.strip():
                    continue
                if any("organization" in t.lower() for t in _types(a)):
                    orgs.append(name)
                else:
                    persons.append(name)
    return persons, orgs


_META_AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                     "dcterms.creator", "byl", "cxenseparse:author", "citation_author")
_AUTHOR_HREF = re.compile(r"/(?:authors?|by|profiles?|contributors?|staff|people|journalists?|writers?|reporters?|columnists?)/[^/?#]+", re.I)
_BYLINE_XPATH = ('//*[@rel="author" or @itemprop="author" or contains(@class,"byline") or contains(@class,"Byline")'
                 ' or contains(@class,"author") or contains(@class,"Author") or contains(@id,"byline")]')


def _byline_texts(tree: HtmlElement) -> list[str]:
    """Names shown in byline elements: author-page links first, then the byline's own text."""
    names: list[str] = []
    for el in tree.xpath(_BYLINE_XPATH)[:30]:
        if el.tag in ("script", "style", "meta", "body", "html", "article", "main"):
            continue
        links = [a for a in el.iter("a") if _AUTHOR_HREF.search(a.get("href") or "")]
        if el.tag == "a" and _AUTHOR_HREF.search(el.get("href") or ""):
            links = [el]
        for a in links:
            t = _clean(a.text_content())
            if t and t not in names:
                names.append(t)
        if names:
            break
    if names:
        return names
    for el in tree.xpath(_BYLINE_XPATH)[:30]:
        if el.tag in ("script", "style", "meta", "body", "html", "article", "main"):
            continue
        # the first text line of the element: "By Jane Doe" (dates and roles come later)
        lines = [x for x in (_clean(s) for s in el.itertext()) if x]
        text = " ".join(lines)
        if not text or len(text) > 200:
            continue
        m = re.match(r"^(?:by\b[\s:—–-]*)?(.*)$", text, re.I)
        if m:
            first = lines[1] if lines[0].lower().rstrip(":") in ("by", "by —", "author") and len(lines) > 1 else lines[0]
            first = _BY.sub("", first)
            if first:
                return [first]
    # no byline element: a link to an author page, or a short "By ..." line, near the top
    for a in tree.iter("a"):
        if _AUTHOR_HREF.search(a.get("href") or ""):
            t = _clean(a.text_content())
            if _looks_like_person(t):
                return [t]
    for el in tree.iter("p", "span", "div"):
        if not (el.text or "").lstrip()[:3].lower().startswith("by"):
            continue  # cheap test first: text_content() on every <div> would be quadratic
        t = _clean(el.text_content())
        if 4 < len(t) < 60 and re.match(r"^by\s+[A-Z]", t, re.I):
            return [t]
    return []


def _choose_authors(tree: HtmlElement, meta: dict[str, list[str]], ld: list[dict[str, Any]],
                    site: str | None, traf_author: str | None) -> tuple[list[str], str | None]:
    """(authors, byline as given)."""
    site_names = [s for s in (site,) if s]
    ld_persons, ld_orgs = _ld_authors(ld)
    ld_clean = _clean_authors(ld_persons, site_names)
    meta_raw = [v for k in _META_AUTHOR_KEYS for v in meta.get(k, [])]
    meta_clean = _clean_authors(meta_raw, site_names)
    if meta_clean and ld_clean:
        lf = {_fold(x) for x in ld_clean}
        # meta often names the main author(s) only, JSON-LD adds contributors
        if all(_fold(m) in lf for m in meta_clean):
            return meta_clean, ", ".join(meta_clean)
        return ld_clean, ", ".join(ld_clean)
    if ld_clean:
        return ld_clean, ", ".join(ld_clean)
    if meta_clean:
        return meta_clean, ", ".join(meta_clean)
    shown = _byline_texts(tree)
    by_clean = _clean_authors(shown, site_names)
    if by_clean:
        return by_clean, ", ".join(by_clean)
    if traf_author:
        tc = _clean_authors(traf_author.split(";"), site_names)
        if tc:
            return tc, ", ".join(tc)
    # an agency or the outlet itself as the author ("Associated Press", "NBC News")
    orgs = _clean_authors(ld_orgs + [p for p in ld_persons if p.strip(", ")], [], keep_orgs=True)
    orgs = [o for o in orgs if not any(_fold(o) == _fold(s) for s in site_names)] or orgs
    if orgs and len(orgs) <= 2 and all(len(o) < 60 for o in orgs):
        return orgs, ", ".join(orgs)
    return [], None


# --------------------------------------------------------------------------------------------
# publication date: html_dates.py reads the evidence and chooses


def date_evidence_of(html: str, url: str | None = None) -> DateEvidence | None:
    """The publication-date evidence of a page as extract_html reads it (scripts/dates_cv.py)."""
    try:
        tree = load_html(html)
    except Exception:  # lxml refuses some byte soup outright
        return None
    if tree is None:
        return None
    meta = _meta_map(tree)
    return date_evidence(tree, meta, _article_objects(_jsonld(tree)), url or _page_url(tree, meta))


def _page_url(tree: HtmlElement, meta: dict[str, list[str]]) -> str | None:
    """og:url, else the canonical link, when absolute."""
    url = next((u for u in meta.get("og:url", []) if u.startswith("http")), None)
    canon = tree.xpath('//link[@rel="canonical"]/@href')
    if url is None and canon and canon[0].startswith("http"):
        url = canon[0]
    return url


# --------------------------------------------------------------------------------------------
# captions

# agencies whose name alone makes a credit ("(AFP)", "Reuters Photo"): the table shared with
# text.py (agencies.py); the credit itself is kept as printed (_credit_name)
_CREDIT_PATTERNS = [
    re.compile(r"[(\[]\s*(?:photo(?:graph)?s?|images?|pictures?|video|file photo|credit)(?:\s+credits?)?\s*(?:by|:|-|–)\s*([^)\]]{2,120})[)\]]\s*\.?\s*$", re.I),
    re.compile(r"(?:^|[.!?]\s+|\s[|•]\s*)(?:photo(?:graph)?s?|images?|pictures?|file photo)(?:\s+credits?)?\s*(?:by|:)\s*(.{2,120})$", re.I),
    re.compile(r"(?:^|\s)credits?\s*:\s*(.{2,120})$", re.I),
    # trailing "Jane Doe/Reuters" or "Reuters/Jane Doe"
    re.compile(r"(?:^|\s|\()((?:[A-Z][\w.'&-]*\s?){1,5}(?:\s?/\s?(?:[A-Z][\w.'&-]*\s?){1,6})+)\)?\s*\.?\s*$"),
    re.compile(r"[(\[]\s*(" + PHOTO_AGENCY_RX + r")(?:\s+(?:photo|images?))?\s*[)\]]\s*\.?\s*$"),
]


def _credit_name(credit: str) -> str:
    """The credit as printed, less its label and brackets: "Jane Doe/AFP via Getty Images".

    The same rule as plain-text pages (text.py), so a record's credit reads the same
    whatever the input.
    """
    return _clean(credit).strip(" .;,()[]")


def _parse_credit(text: str) -> str | None:
    text = _clean(text)
    for pat in _CREDIT_PATTERNS:
        m = pat.search(text)
        if m:
            return _credit_name(m.group(1))
    return None


_CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:wp-caption-text|caption|captions|figcaption|image-credit|photo-credit|img-credit|media-credit|credit|credits|image__credit)(?:$|[\s_-])", re.I)
_CAPTION_XPATH = ('//figcaption | //*[@itemprop="caption" or contains(@class,"aption") or contains(@class,"redit")]')


def _caption_elements(tree: HtmlElement) -> list[HtmlElement]:
    """Caption and credit elements: <figcaption>, class="...caption...", "...credit..."."""
    found: list[HtmlElement] = []
    for el in tree.xpath(_CAPTION_XPATH):
        if el.tag in ("body", "html", "article", "main", "section", "script", "style", "img", "meta"):
            continue
        if el.tag != "figcaption" and el.get("itemprop") != "caption" and not _CAPTION_CLASS.search(el.get("class") or ""):
            continue
        text = _visible_text(el)
        if not text or len(text) > 600 or len(el.xpath(".//p")) > 2:
            continue
        if _BY.match(text) and re.match(r"^\s*by\b", text, re.I):
            continue  # a byline that some sites class as "credit"
        anc = list(el.iterancestors())
        if any(a in found for a in anc):
            continue
        if any(re.search(r"byline|author", a.get("class") or "", re.I) for a in [el] + anc[:4]):
            continue
        found.append(el)
    return found


def _visible_text(el: HtmlElement) -> str:
    return _clean(" ".join(el.xpath(".//text()[not(ancestor::style) and not(ancestor::script)]")))


def _credit_of(text: str) -> str:
    """The credit named by a credit element's text: "(Image credit: Future / Jo Roe)" -> "Future"."""
    parsed = _parse_credit(text)
    if parsed:
        return parsed
    bare = re.sub(r"^[(\[]?\s*(?:(?:photo(?:graph)?|image|picture)s?\s*)?(?:credits?)?\s*(?:by|:)?\s*", "", text, flags=re.I)
    return _credit_name(bare)


# a reporting credit: who reported or wrote the story, not who took a photo ("Halden Wire contributed
# to this report.", "With reporting by Halden.", "(Reporting by A; editing by B)", "Material from
# Nordpress was used in this report.")
_REPORT_CREDIT = re.compile(
    r"^[(\[]?\s*(?:[-–—]+\s*)?(?:"
    r"(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|research)\s+(?:by|from)\b|"
    r"(?:compiled|written|edited)\s+by\b|"
    r".{2,120}?\bcontributed\s+(?:reporting|(?:reporting\s+)?to\s+this\s+(?:report|story|article))\b|"
    r"(?:material|information|reporting)\s+(?:from|by)\b.{2,100}?\b(?:was|were|has\s+been|have\s+been)\s+used\b)",
    re.I,
)
# a photo credit's label, or an element that holds, frames or follows an image
_PHOTO_LABEL = re.compile(r"\b(?:photo(?:graph)?s?|images?|pictures?|videos?|illustrations?|graphics?|file photo)\b", re.I)
_MEDIA_CLASS = re.compile(r"image|photo|picture|media|figure|gallery|video|\bimg|thumb", re.I)
_MEDIA = ".//img | .//picture | .//video | .//svg"


def _near_media(el: HtmlElement) -> bool:
    """Does a credit element belong to an image: inside a figure or a media block, holding an
    image, or right after one."""
    if el.tag == "figcaption" or _MEDIA_CLASS.search(el.get("class") or "") or el.xpath(_MEDIA):
        return True
    for a in list(el.iterancestors())[:3]:
        if a.tag in ("figure", "picture") or _MEDIA_CLASS.search(a.get("class") or ""):
            return True
    prev = el.getprevious()
    return prev is not None and (prev.tag in ("img", "picture", "video", "figure") or bool(prev.xpath(_MEDIA)))


def _is_report_credit(el: HtmlElement, text: str) -> bool:
    """A credit element that credits the reporting ("Halden Wire contributed to this report.",
    "(Halden Wire)" at the story's end with no image near it), not a photo."""
    if len(text) > 300:
        return False
    if _REPORT_CREDIT.match(text):
        return True
    # a short credit that no image stands near, outside the menus: a name ("(Halden Wire)")
    return (len(text.split()) <= 10 and el.tag not in ("figcaption", "li") and not _near_media(el)
            and not _PHOTO_LABEL.search(text) and not re.search(r"caption", el.get("class") or "", re.I)
            and not any(a.tag in ("nav", "li", "menu") for a in el.iterancestors()))


def _captions(tree: HtmlElement) -> tuple[list[Caption], list[str], list[str]]:
    """Captions with credits, and the elements taken out of the tree handed to trafilatura; with
    them the reporting credits found in credit elements, those before the story and those after
    it (furniture for `removed`, not captions)."""
    caps: list[Caption] = []
    credits_before: list[str] = []
    credits_after: list[str] = []
    seen: set[str] = set()
    for el in _caption_elements(tree):
        text = _visible_text(el)
        if text and _is_report_credit(el, text):
            # before the story when no paragraph of running text comes before it
            before = not any(len(_clean(p.text_content())) > 80 for p in el.xpath("preceding::p"))
            _drop_element(el)
            if _fold(text) not in seen:
                seen.add(_fold(text))
                (credits_before if before else credits_after).append(text)
            continue
        credit = None
        credit_els = [c for c in el.iter() if c is not el and re.search(r"credit|source|copyright", c.get("class") or "", re.I)]
        if credit_els:
            credit = _credit_of(_visible_text(credit_els[0])) or None
        if not credit:
            credit = _parse_credit(text)
        _drop_element(el)
        key = _fold(text)
        if not text or key in seen:
            continue
        seen.add(key)
        if re.fullmatch(r"(?:photo|image|credit|caption)s?\s*:?", key):
            continue
        is_credit_only = el.tag != "figcaption" and re.search(r"credit", el.get("class") or "", re.I) \
            and not re.search(r"caption", el.get("class") or "", re.I)
        if is_credit_only:
            credit = _credit_of(text)
            # a credit element on its own attaches to the caption before it
            if caps and caps[-1].credit is None:
                caps[-1] = Caption(text=f"{caps[-1].text} {text}", credit=credit)
                continue
        caps.append(Caption(text=text, credit=credit))
    return caps, credits_before, credits_after


def _drop_transcripts(tree: HtmlElement) -> None:
    """A video's or a broadcast's transcript beside the written story ("ANCHOR: ... DANA
    WHITFIELD: ...") is not the story: out, when the page has paragraphs of its own besides."""
    found = tree.xpath('//*[contains(@class, "transcript") or contains(@id, "transcript")]')
    if not found:
        return
    outside = tree.xpath('//p[not(ancestor-or-self::*[contains(@class, "transcript") or contains(@id, "transcript")])]')
    if sum(1 for p in outside if len(_clean(p.text_content())) > 80) < 2:
        return
    for el in found:
        if el.getparent() is not None:
            _drop_element(el)


def _drop_element(el: HtmlElement) -> None:
    """Take el out of its tree, keeping its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


# --------------------------------------------------------------------------------------------
# body paragraphs and furniture

_BREAK = object()


def _runs(el: etree._Element, in_link: bool = False) -> Iterator[Any]:
    """(text, inside a link) pieces of a trafilatura output element; _BREAK at each <lb/>."""
    in_link = in_link or el.tag == "ref"
    if el.text:
        yield el.text, in_link
    for child in el:
        if child.tag == "lb":
            yield _BREAK
        elif child.tag in ("list", "table"):
            yield _BREAK  # nested blocks come out as their own paragraphs
        else:
            yield from _runs(child, in_link)
        if child.tail:
            yield child.tail, in_link


class _Para:
    __slots__ = ("text", "kind", "link", "group")

    def __init__(self, text: str, kind: str, link: float, group: int) -> None:
        self.text, self.kind, self.link, self.group = text, kind, link, group


def _pieces(el: etree._Element, kind: str, group: int) -> list[_Para]:
    out: list[_Para] = []
    buf: list[tuple[str, bool]] = []

    def flush() -> None:
        text = _clean("".join(t for t, _ in buf))
        if text:
            total = sum(len(t.strip()) for t, _ in buf) or 1
            linked = sum(len(t.strip()) for t, lk in buf if lk)
            out.append(_Para(text, kind, linked / total, group))
        buf.clear()

    for r in _runs(el):
        if r is _BREAK:
            flush()
        else:
            buf.append(r)
    flush()
    return out


def _paragraphs(body: etree._Element) -> list[_Para]:
    paras: list[_Para] = []
    group = 0

    def visit(el: etree._Element) -> None:
        nonlocal group
        if el.tag == "list":
            group += 1
            g = group
            for item in el:
                if item.tag == "item":
                    paras.extend(_pieces(item, "item", g))
                    for sub in item:
                        if sub.tag in ("list", "table"):
                            visit(sub)
                elif item.tag in ("list", "table"):
                    visit(item)
        elif el.tag == "table":
            group += 1
            for row in el.iter("row"):
                cells = [_clean(" ".join(c.itertext())) for c in row if c.tag == "cell"]
                text = " ".join(c for c in cells if c)
                if text:
                    paras.append(_Para(text, "row", 0.0, group))
        else:
            paras.extend(_pieces(el, "head" if el.tag == "head" else "p", 0))
            for sub in el:
                if sub.tag in ("list", "table"):
                    visit(sub)

    for child in body:
        visit(child)
    return paras


# Whole-paragraph furniture: short lines a page repeats around every story. Each pattern is
# anchored to the paragraph's start and the paragraph must be short, so a sentence of the story
# that happens to contain "subscribe" is kept.
_FURNITURE = [re.compile(p, re.I) for p in (
    # share prompts and toolbars
    r"^(?:share|share this(?: article| story| post| page)?|share (?:on|via|to) \w+|tweet(?: this)?|pin it|"
    r"e-?mail(?: this)?|print(?: this)?(?: article| page)?|copy link|link copied|save(?: article| story)?|"
    r"comments?|\d+ comments?|facebook|twitter|linkedin|whatsapp|reddit|flipboard|pinterest|"
    r"order reprints|print article|reprints?|gift (?:this )?article|listen to (?:this )?(?:article|story))"
    r"(?:\s*[|/,•]\s*(?:share|tweet|e-?mail|print|facebook|twitter|linkedin|whatsapp|reddit|comments?|copy link))*\s*[.:!]?$",
    r"^(?:click|tap) (?:here )?to share\b",
    r"^share (?:this|the) (?:article|story|post)\b.{0,60}$",
    # "also available at/in" notices, app promotions, newsletters, alerts
    r"^(?:this (?:article|story|report) is )?(?:also )?available (?:at|in|on)\b.{0,120}$",
    r"^.{0,80}\b(?:download|get|install|try)\b.{0,40}\b(?:our|the|free)\b.{0,40}\bapp\b.{0,80}$",
    r"^.{0,60}\b(?:app store|google play)\b.{0,80}$",
    r"^.{0,100}\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?|alerts?|updates)\b.{0,120}$",
    r"^.{0,80}\bnewsletters?\b.{0,40}\b(?:sign up|subscribe|delivered|inbox)\b.{0,100}$",
    r"^(?:get|receive) (?:the|our) .{0,60}\b(?:newsletter|briefing|delivered)\b.{0,100}$",
    r"^be the first to (?:get|know|hear)\b.{0,80}$",
    r"^(?:follow|like) (?:us|him|her|them|\w+ \w+) on (?:twitter|facebook|instagram|x|linkedin|threads|tiktok|google news)\b.{0,140}$",
    r"^(?:join|follow) (?:us|our)\b.{0,60}\b(?:on|at)\b.{0,60}$",
    r"^(?:click|tap) here\b.{0,120}$",
    r"^(?:already a subscriber|subscribe now|subscribe to (?:read|continue)|log ?in to|sign in to)\b.{0,120}$",
    # a metered paywall's count: "You have read 3 of 5 free articles this month", "2 free
    # articles left", "This is your last free article"
    r"^you(?:'ve| have) (?:read|used|viewed) (?:\d+|all|your)\b.{0,30}\bfree (?:articles?|stories|reads)\b.{0,80}$",
    r"^(?:you have )?(?:\d+|one|two|three|four|five) free (?:articles?|stories|reads) (?:left|remaining)\b.{0,80}$",
    r"^this is your (?:last|final) free (?:article|story)\b.{0,80}$",
    # "read more" and related-story headers
    r"^(?:read|see|watch|listen|view) (?:more|also|next|the full story|this next)\b\s*[:>»-]?\s*$",
    r"^(?:related|related (?:articles?|stories|content|coverage|reading|links|topics|news)|more (?:stories|news|from|on|like this)\b.{0,40}|"
    r"recommended(?: for you| stories| reading)?|you (?:may|might) also like|also read|read also|must read|don'?t miss|"
    r"trending(?: now| stories)?|most (?:read|popular|viewed)|popular (?:stories|now)|top stories|latest(?: news| stories)?|"
    r"more to explore|further reading|in case you missed it|what to read next|editor'?s picks?)\s*[:>»-]?\s*$",
    # adverts, notices, comment prompts, copyright
    r"^(?:advertisement|advertising|sponsored(?: content| links?)?|ad|ads|promoted(?: content)?|"
    r"story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below|"
    r"scroll (?:down )?to continue(?: reading)?|skip advert(?:isement)?)\s*[.:]?$",
    r"^(?:tell us what you think|join the (?:conversation|discussion)|leave a comment|add a comment|post a comment|"
    r"have your say|what do you think)\b.{0,80}$",
    r"^(?:©|\(c\)|copyright\b).{0,200}$",
    r"^.{0,120}\ball rights reserved\b.{0,60}$",
    r"^this (?:copy|material) is for your personal, non-commercial use only\b.*$",
    r"^(?:this )?live (?:blog|coverage) has ended\b.{0,120}$",
    r"^(?:image|photo|video)(?: credit| source)?\s*:?\s*$",
    # contact and follow lines under the story
    r"^.{0,120}\bfollow (?:us|him|her|them|me|[\w.@]+(?: [\w.@]+){0,5}) (?:on|at|@)\s*(?:twitter|x\b|facebook|instagram|linkedin|threads|tiktok|youtube|bluesky|mastodon|google news|@)",
    r"^[—–-]?\s*(?:contact|e-?mail|write to|reach|have a (?:news )?tip\??)\b.{0,100}[\w.+-]+@[\w-]+\.[\w.]+.{0,160}$",
    r"^.{0,80}\bcan be reached (?:at|by|via)\b.{0,160}$",
    r"^.{0,120}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$",
    r"^(?:contributing|additional reporting(?: by)?|reporting by|editing by|compiled by)\s*[:\w].{0,160}$",
    r"^with\s+(?:additional\s+)?reporting\s+(?:by|from)\s+\S.{0,160}$",
    r"^(?:material|information|reporting)\s+(?:from|by)\b.{2,100}?\b(?:was|were|has been|have been)\s+used\b.{0,60}$",
    # forms, affiliate notices, reading time, print notices
    r"^by (?:submitting|clicking|signing up|entering|continuing|subscribing)\b.{0,250}$",
    r"^(?:terms of (?:use|service)|privacy (?:policy|notice))\b.{0,60}$",
    r"^(?:what is your e-?mail\??|password must\b.*|enter your e-?mail\b.*|e-?mail address\b.{0,40})$",
    r"^.{0,80}\b(?:if|when) you (?:buy|purchase|click|shop)\b.{0,200}\b(?:commissions?|share of|affiliate|compensat|earn|paid)\b.{0,200}$",
    r"^.{0,120}\b(?:we|our team) may (?:earn|receive|get)\b.{0,80}\b(?:commission|payments?|share|compensation)\b.{0,200}$",
    r"^(?:\d+\s*min(?:ute)?s?\s*read|reading time\b.{0,30}|text size|post (?:a )?comment\b.{0,10})$",
    r"^originally published (?:as|on|in|by)\b.{0,200}$",
    r"^this (?:article|story) (?:appeared|was published|first appeared) (?:in|on)\b.{0,200}$",
    r"^for (?:more|the latest)\b.{0,100}\b(?:visit|go to|head to|click|see|check out)\b.{0,100}$",
    r"^(?:loading|please wait|an error has occurred|thank you)\b.{0,60}$",
    # a reader-funded outlet's appeal: "Fieldnotes is free and reader-funded. Buy us a coffee."
    r"^.{0,80}\breader[- ](?:funded|supported)\b.{0,120}$",
    r"^(?:support (?:our|us|independent)|buy (?:us|me) a coffee|donate (?:now|today|to)|become a (?:member|supporter))\b.{0,100}$",
    # a call for readers' pictures and stories: "Have you been affected? Send your pictures and video to ..."
    r"^(?:have you been affected|were you (?:there|affected)|did you see (?:it|what happened)|"
    r"do you have (?:pictures|photos|video|information))\b.{0,200}$",
    r"^(?:send|share) (?:us )?your (?:pictures|photos|videos?|stories|story|experiences?)\b.{0,160}$",
    # a disclaimer: "... are for information only and are not investment advice."
    r"^.{0,120}\b(?:not|no|does not constitute) (?:investment|financial|legal|medical) advice\b.{0,80}$",
    # "Read more: <another story's headline>" with no sentence after it, linked or not
    r"^(?:read|see|watch) (?:more|also|next)\s*:\s*[^.!?]{3,100}$",
    # a ticker line: "HOLM 22.10 EUR +1.35 (+6.51%) · VSX-40 7,368.1 +0.2% · EUR/USD 1.1620"
    r"^(?:[A-Z][A-Z0-9/.\-]{1,9}(?:\s+[A-Z][A-Z0-9/.\-]{1,9})?\s+[\d,]+(?:\.\d+)?(?:\s+[A-Z]{3})?"
    r"(?:\s+[+\-−][\d.,]+%?(?:\s+\([+\-−][\d.,]+%\))?)?\s*(?:[·•|]\s*|$)){2,}$",
    # a video link with its running time: "Watch: drone footage of the ash cloud (1:12)"
    r"^(?:watch|video|listen)\s*:\s*.{0,120}\(\d{1,2}:\d{2}\)\.?$",
)]

_RELATED_HEAD = re.compile(
    r"^(?:related|read more|see more|more|also|also read|read also|see also|recommended|more from|more on|more stories|"
    r"don'?t miss|must read|watch|related (?:articles?|stories|coverage|content))\s*(?:[:|>»-]|\[)\s*", re.I)

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_WORDS = re.compile(
    r"\b(?:" + _MONTHS + r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|"
    r"[a-z]{1,4}t|utc|gmt|et|pt|uk|report|min(?:ute)?s?|read|ago|hours?|days?|time)\b", re.I)


def _is_dateline(text: str) -> bool:
    """'Published 18 November 2019', '9/8/2015 12:15 PM PT', 'Updated at 1:23 p.m.'."""
    if len(text) > 80 or not re.search(r"\d", text):
        return False
    low = text.lower()
    if re.search(r"\b(?:19|20)\d{2}\b", low):  # a date with its year and clock: "Feb. 19, 2026 at 11:05 a.m. CST"
        low = re.sub(r"\b[ap]\.m\.", " ", low)
    low = re.sub(r"(?<=\d)[ap]m\b", " ", low)  # "5:10pm"
    rest = _DATE_WORDS.sub(" ", low)
    rest = re.sub(r"[\d\s.,:/|•·()\-–—]+", " ", rest)
    return len(rest.split()) == 0


def _is_furniture(text: str) -> bool:
    if len(text) > 320:
        return False
    return any(p.search(text) for p in _FURNITURE)


# a paragraph that is only a photo credit: "(Image credit: NASA)", "Jane Doe/Getty Images", "(AFP)"
_CREDIT_LINE = re.compile(
    r"^[(\[]?\s*(?i:(?:photo(?:graph)?s?|images?|pictures?|video)(?:\s+credits?)?|credits?)\s*(?i:by|:)\s*[^.]{2,100}[)\]]?\s*\.?$|"
    r"^(?:[A-Z][\w.'&-]*\s?){1,5}(?:\s?/\s?(?:[A-Z][\w.'&-]*\s?){1,6}){1,3}$|"
    r"^[(\[]?(?:" + PHOTO_AGENCY_RX + r")(?:\s+(?i:photo|images?))?[)\]]?$")


_URLISH = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)
# The body rules in force; bench ablations switch one off at a time to see what each earns.
# (Standfirsts are not removed: the AEB gold leaves them out, news4k's keeps them, and many
# pages repeat their first paragraph in the meta description.)
_RULES = {"ldbody", "siblings", "heads", "byline", "dateline_top", "names", "kicker", "furniture", "related_inline",
          "link_list", "link_para", "credit", "dateline"}
# a label in capitals, parts between dots or bars, no sentence: "LISVANE SUMMIT · DAY TWO"
# a document's or a page's label above the story: "Press statement", "News release", "Club news"
_HEAD_LABEL = re.compile(r"^(?:(?:press|news|media)\s+(?:release|statement|notice|briefing)|statement|"
                         r"(?:club|team|company|latest|local)\s+news)\s*:?$", re.I)


def _date_row(text: str) -> bool:
    """A row of a date and short labels between bars: "Politics | 10.12.2026 16:40 | Views: 2,318",
    "Observer staff and AGP | Thursday 10 December 2026, 06:00"."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", text)]
    if len(parts) < 2 or len(text) > 140:
        return False
    dates = [p for p in parts if _is_dateline(p)]
    return len(dates) == 1 and all(p in dates or len(p.split()) <= 4 and not re.search(r"[.!?]$", p) for p in parts)


# a section path in mixed case above the headline: "Sport · Football", "News | Local"
_SECTION_PATH = re.compile(r"^[A-Z][a-z]+(?:\s+[·•|›»/]\s+[A-Z][a-z]+){1,2}$")
_KICKER = re.compile(r"^[A-Z][A-Z&'’\-]*(?:\s*[·•|/]?\s+[A-Z0-9][A-Z0-9&'’\-]*){0,5}$")
# a dateline standing alone above the story, no dash: "HALVSTAD, Sunday night"
_BARE_DATELINE = re.compile("^" + WEEKDAY_DATELINE + "$")


def _clean_body(paras: list[_Para], heads: list[str], byline_names: list[str],
                captions: list[Caption]) -> tuple[list[str], list[str]]:
    """(body paragraphs, removed furniture)."""
    keep = [True] * len(paras)
    removed_at: dict[int, str] = {}

    def drop(i: int) -> None:
        if keep[i]:
            keep[i] = False
            removed_at[i] = paras[i].text

    head_folds = [f for f in (_fold(h) for h in heads) if f]
    names = [_fold(n) for n in byline_names if n]

    # headline, standfirst, byline and dateline repeated at the top of the story
    for i, p in enumerate(paras[:6]):
        f = _fold(p.text)
        if "heads" in _RULES and any(f == h or (len(f) > 20 and (h.startswith(f) or f.startswith(h)) and abs(len(f) - len(h)) < 10) for h in head_folds):
            drop(i)
        elif "byline" in _RULES and _BY.match(p.text) and len(p.text) < 120 and (not names or any(n in f for n in names) or len(p.text) < 60):
            drop(i)
        elif "dateline_top" in _RULES and _is_dateline(p.text):
            drop(i)
        elif "names" in _RULES and i < 3 and names and f in names:
            drop(i)
        elif "kicker" in _RULES and i < 3 and (_HEAD_LABEL.match(p.text) or _date_row(p.text)):
            drop(i)  # "Press statement", "Club news"; "Politics | 10.12.2026 16:40 | Views: 2,318"
        elif "kicker" in _RULES and i < 3 and len(p.text) <= 50 and len(p.text.split()) <= 6 and (
                _KICKER.match(p.text) and not re.search(r"[a-z]", p.text) or _BARE_DATELINE.match(p.text)
                or _SECTION_PATH.match(p.text)):
            drop(i)  # a section or kicker label above the story: "ECONOMY", "WORLD · AFRICA", "TRAVEL CHAOS"
        elif keep[i] and len(p.text) > 80 and p.kind == "p":
            break

    i = 0
    n = len(paras)
    while i < n:
        p = paras[i]
        t = p.text
        if "furniture" in _RULES and _is_furniture(t):
            drop(i)
            # a "Related"/"Read more" header: the links under it go too
            if _RELATED_HEAD.match(t + " ") and len(t) < 40:
                j = i + 1
                while j < n and paras[j].link >= 0.8 and len(paras[j].text) < 200:
                    drop(j)
                    j += 1
                i = j
                continue
        elif "related_inline" in _RULES and _RELATED_HEAD.match(t) and p.link >= 0.5 and len(t) < 250:
            drop(i)  # "Related: <headline link>"
        elif "link_list" in _RULES and p.kind == "item" and p.link >= 0.9 and len(t) < 200:
            grp = [k for k in range(n) if paras[k].group == p.group and paras[k].kind == "item"]
            if all(paras[k].link >= 0.9 for k in grp):
                for k in grp:
                    drop(k)
        elif "link_para" in _RULES and p.kind in ("p", "head") and p.link >= 0.95 and len(t.split()) <= 20 \
                and not _URLISH.match(t) and not t.endswith("."):
            # a lone link: another story's headline (a sentence or a URL given as text is kept)
            drop(i)
        elif "credit" in _RULES and _CREDIT_LINE.match(t) and len(t) < 120 and (p.kind == "p"):
            keep[i] = False  # a photo credit: a caption, not furniture
            captions.append(Caption(text=t, credit=_parse_credit(t) or _credit_name(t)))
        elif "dateline" in _RULES and _is_dateline(t) and len(t) < 50:
            drop(i)
        i += 1

    body = [p.text for k, p in enumerate(paras) if keep[k]]
    removed = [removed_at[k] for k in sorted(removed_at)]
    return body, removed


# --------------------------------------------------------------------------------------------
# story split over sibling containers

_SKIP_ANCESTORS = {"figure", "figcaption", "aside", "nav", "footer", "form", "script", "style", "noscript", "button"}
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote")


def _block_texts(container: HtmlElement) -> list[str]:
    out = []
    for el in container.iter(*_BLOCKS):
        if el.tag in ("li", "blockquote") and el.find(".//p") is not None:
            continue  # its paragraphs come on their own
        if el.tag == "p" and any(a.tag in ("li",) for a in el.iterancestors()):
            continue
        anc = list(el.iterancestors())
        if any(a.tag in _SKIP_ANCESTORS or _CAPTION_CLASS.search(a.get("class") or "") for a in anc[:8]):
            continue
        t = _clean(el.text_content())
        if t:
            out.append(t)
    return out


def _add_sibling_chunks(tree: HtmlElement, paras: list[_Para]) -> list[_Para]:
    """Add the story's later chunks when the page splits it over sibling containers.

    Some sites (Condé Nast's, for one) cut the story into consecutive <div>s of one class,
    with ads between them; trafilatura keeps the first. Readability-style sibling merging,
    which trafilatura does not do: find the container of the extracted paragraphs, and take
    the text of its siblings that share its tag and class.
    """
    long_paras = {_fold(p.text) for p in paras if len(p.text) > 60}
    if not long_paras:
        return paras
    matched = []
    for el in tree.iter("p"):
        t = el.text_content()
        if len(t) > 60 and _fold(t) in long_paras:
            matched.append(el)
            if len(matched) >= 3:
                break
    if not matched:
        return paras
    node = matched[0].getparent()
    have = {_fold(p.text) for p in paras}
    for _ in range(4):
        if node is None:
            break
        parent = node.getparent()
        cls = node.get("class")
        if parent is not None and cls:
            sibs = [x for x in parent if x is not node and x.tag == node.tag and x.get("class") == cls]
            if sibs:
                before: list[_Para] = []
                after: list[_Para] = []
                seen_node = False
                for x in parent:
                    if x is node:
                        seen_node = True
                        continue
                    if x not in sibs:
                        continue
                    texts = [t for t in _block_texts(x) if _fold(t) not in have]
                    total = sum(len(t) for t in texts)
                    if total < 200 or sum(len(t) > 100 for t in texts) < 2 or total / len(texts) < 80:
                        continue  # not prose: a list of headlines, an author box
                    linked = sum(len(_clean(a.text_content())) for a in x.iter("a"))
                    if linked > 0.2 * total:
                        continue
                    new = [_Para(t, "p", 0.0, 0) for t in texts]
                    (after if seen_node else before).extend(new)
                if before or after:
                    return before + paras + after
                return paras
        node = parent
    return paras


def _shingles(text: str) -> set[tuple[str, ...]]:
    toks = re.findall(r"\w+", text.lower())
    return {tuple(toks[i:i + 4]) for i in range(max(0, len(toks) - 3))}


def _check_against_ld_body(body: list[str], ld: list[dict[str, Any]]) -> list[str]:
    """Fall back on JSON-LD articleBody where the extracted text misses nearly all of it.

    When trafilatura lands on the wrong block (a list of other stories, say), the page's own
    articleBody is the better text. Where the two overlap at all, trafilatura's is kept: its
    paragraphs are real, while articleBody is often a summary or one run-on string.
    """
    ld_body = next((o["articleBody"] for o in _article_objects(ld)
                    if isinstance(o.get("articleBody"), str) and len(o["articleBody"]) >= 500), None)
    if not ld_body:
        return body
    ref = _shingles(ld_body)
    if not ref:
        return body
    got = _shingles(" ".join(body))
    if len(ref & got) / len(ref) >= 0.2:
        return body
    text = unescape(re.sub(r"<[^>]+>", " ", ld_body))  # some sites put markup in it
    paras = [p for p in (_clean(x) for x in re.split(r"\n\s*\n|\n", text)) if p]
    return paras or body


# --------------------------------------------------------------------------------------------
# the page


def _language(tree: HtmlElement, meta: dict[str, list[str]]) -> str | None:
    cands = [tree.get("lang"), tree.get("xml:lang")] + meta.get("og:locale", []) + meta.get("content-language", []) \
        + meta.get("language", [])
    for c in cands:
        if c and re.match(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?$", c.strip()):
            return c.strip()[:2].lower() if len(c.strip()) == 2 or c.strip()[2] in "-_" else c.strip().lower()
    return None


_TRAFILATURA_MODE: dict[str, bool] = {"favor_recall": True}


def extract_html(html: str, *, url: str | None = None) -> Page | None:
    """The article parts of a news page, or None when the page holds no article text."""
    if not html or not html.strip():
        return None
    # lxml refuses a str that declares its encoding, and trafilatura's repair then keeps a
    # fragment; the caller has decoded the page already, so the declaration can go
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        tree = load_html(html)
    except Exception:  # lxml refuses some byte soup outright
        return None
    if tree is None:
        return None
    meta = _meta_map(tree)
    ld = _jsonld(tree)
    if url is None:
        url = _page_url(tree, meta)
    site = _site_name(meta, ld, url)
    title = _choose_title(tree, meta, ld, site, url)
    authors, byline = _choose_authors(tree, meta, ld, site, None)
    if site is None:
        site = _title_site(tree, title)
    if site is None:
        site = _home_link_site(tree)
    if site and _ACRONYM.match(site):
        site = _spelled_out(tree, site) or site

    # captions come out of the tree before trafilatura sees it
    work = deepcopy(tree)
    captions, credits_before, credits_after = _captions(work)
    _drop_transcripts(work)
    _drop_transcripts(tree)  # (the sibling chunks are read from it)
    # Measured on the dev halves with the cleaning below (body F1 AEB / news4k): favor_recall
    # 0.967 / 0.931, default 0.963 / 0.932, favor_precision 0.963 / 0.938; recall mode is also
    # the fastest (no fallback extractors) and the furniture rules take back its precision.
    # Links are kept to tell related-story lists from prose; metadata is ours (trafilatura's
    # would run htmldate on every page).
    doc = bare_extraction(work, url=url, include_comments=False, include_links=True,
                          with_metadata=False, **_TRAFILATURA_MODE)
    if doc is None or doc.body is None:
        body_paras, removed = [], []
    else:
        paras = _paragraphs(doc.body)
        if "siblings" in _RULES:
            paras = _add_sibling_chunks(tree, paras)
        heads = [h for h in [title] + meta.get("og:title", []) + meta.get("twitter:title", []) + _h1s(tree) if h]
        body_paras, removed = _clean_body(paras, heads, authors, captions)
    # a gallery: its captions are its story ("In pictures: ...", six <figcaption>s and a shop line)
    shown = [c.text for c in captions if not re.match(r"(?i)\(?(?:photo(?:graph)?s?|pictures?|images?)\s*(?:by|:)", c.text)]
    cap_words = sum(len(t.split()) for t in shown)
    if len(shown) >= 3 and cap_words >= 30 and sum(len(p.split()) for p in body_paras) < cap_words / 2:
        removed = removed + body_paras
        body_paras = shown
    removed = credits_before + removed + credits_after
    if "ldbody" in _RULES:
        body_paras = _check_against_ld_body(body_paras, ld)
    if not body_paras or sum(len(p) for p in body_paras) < 100 and len(body_paras) < 2:
        return None
    evidence = date_evidence(tree, meta, _article_objects(ld), url)
    date = choose_date(evidence)
    body = join([normalize_span(p) for p in body_paras])
    return Page(
        body=body,
        maps_to_input=False,
        title=title,
        byline=byline,
        authors=authors,
        published=date,
        published_from="page" if date else None,
        published_at=published_instant(evidence, date),
        site_name=site,
        captions=captions,
        removed=removed,
        url=url,
        language=_language(tree, meta),
    )
