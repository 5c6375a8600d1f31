"""A feed's item saved as text: an RSS `<item>` or an Atom `<entry>` (alone, or a whole feed's
first), as a news page.

A reader's feed tool, or a person copying from a feed, saves items like this:

    <item>
      <title>Old Mill footbridge shuts for two months</title>
      <link>https://harbourline.example/news/...</link>
      <pubDate>Tue, 15 Sep 2026 16:40:00 +0200</pubDate>
      <dc:creator>Harbourline newsdesk</dc:creator>
      <description><![CDATA[<p>The Old Mill footbridge ...</p>]]></description>
    </item>

Read as plain text it would be markup: the title in its tags, no date, the link and the guid as
the story's first lines. feedparser (the library `newsgraph watch` reads feeds with) reads it
once it is wrapped in a feed; the item becomes a small HTML page (its title as the headline, its
date and instant as the page's meta, its author, its content or description as the story) that
the HTML extractor reads as it reads any page.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re

__all__ = ["as_html"]

_START = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<rss\b|<feed\b|<item\b|<entry\b)", re.I)
_NAMESPACES = ('xmlns:dc="http://purl.org/dc/elements/1.1/" '
               'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
               'xmlns:media="http://search.yahoo.com/mrss/"')


def as_html(text: str) -> str | None:
    """The first item of a feed, or a feed item alone, as an HTML page; None when `text` is not one."""
    if not isinstance(text, str) or not _START.match(text[:2000]):
        return None
    import feedparser

    body = re.sub(r"\A\s*<\?xml[^>]*\?>", "", text)
    if re.match(r"\s*<item\b", body, re.I):
        body = f'<?xml version="1.0"?><rss version="2.0" {_NAMESPACES}><channel>{body}</channel></rss>'
    elif re.match(r"\s*<entry\b", body, re.I):
        body = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">{body}</feed>'
    try:
        parsed = feedparser.parse(body)
    except Exception:  # feedparser is lenient; whatever it still refuses is no feed item
        return None
    if not parsed.entries:
        return None
    e = parsed.entries[0]
    content = ""
    for c in e.get("content") or []:
        if len(c.get("value") or "") > len(content):
            content = c["value"]
    if len(e.get("summary") or "") > len(content):
        content = e["summary"]
    if not content.strip():
        return None
    if "<" not in content:  # plain text: one paragraph per blank-line block
        content = "".join(f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n\s*\n", content) if p.strip())
    title = html.escape(e.get("title") or "")
    head = [f"<title>{title}</title>"]
    when = e.get("published_parsed") or e.get("updated_parsed")
    if when:
        # feedparser gives the instant in UTC; the item's own offset keeps its local day
        utc = dt.datetime.fromtimestamp(calendar.timegm(when), dt.timezone.utc)
        raw = e.get("published") or e.get("updated") or ""
        m = re.search(r"([+-])(\d{2}):?(\d{2})\s*$", raw)
        if m:
            off = (1 if m.group(1) == "+" else -1) * dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
            utc = utc.astimezone(dt.timezone(off))
        head.append(f'<meta property="article:published_time" content="{utc.isoformat()}">')
    if e.get("link"):
        head.append(f'<link rel="canonical" href="{html.escape(e["link"])}">')
    author = e.get("author")
    if author:
        head.append(f'<meta name="author" content="{html.escape(author)}">')
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{''.join(head)}</head><body><article>"
            f"<h1>{title}</h1>{content}</article></body></html>")
