"""Extraction: an outlet named only by its menu's link to its own front page (`<a href="/">OCTA</a>`),
with no meta, JSON-LD or <title> part naming it (invented97: a regulator's two releases read with
no outlet, so the wire's rewrites, ", OCTA said", were taken for the source). Pages written for this
file."""

from __future__ import annotations

import pytest

from newsgraph.extract.html import extract_html

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour dues to rise in April</title>
<meta property="article:published_time" content="2027-02-03T10:00:00+01:00"></head><body>
<nav class="menu">{link} <a href="/about">About us</a> <a href="/notices">Notices</a></nav>
<main><article><h1>Harbour dues to rise in April</h1>
<p>Dues for ships calling at the port of Ostby will rise by 4 per cent from 1 April, the port authority said.</p>
<p>The rise is the first since 2023 and will pay for dredging the outer channel.</p>
<p>Fishing boats under 12 metres are exempt.</p>
</article></main><footer>&copy; 2027</footer></body></html>"""


@pytest.mark.parametrize("link, site", [
    ('<a href="/">Ostby Port Authority</a>', "Ostby Port Authority"),
    ('<a href="https://www.ostbyport.example/">OPA</a>', "OPA"),
    ('<a href="/"><img src="/logo.png" alt="Ostby Port Authority"></a>', "Ostby Port Authority"),
    # (no name on the front page's link: the logo's own text, invented81's race organisers)
    ('<div class="logo">Ostby Port Authority</div> <a href="/">Home</a>', "Ostby Port Authority"),
])
def test_the_front_page_links_name_is_the_outlet(link, site):
    page = extract_html(PAGE.format(link=link))
    assert page.site_name == site
    assert page.title == "Harbour dues to rise in April"


@pytest.mark.parametrize("link", ['<a href="/">Home</a>', '<a href="/">Skip to content</a>', '<a href="/news">Ostby News</a>'])
def test_a_home_link_that_names_nothing_is_no_outlet(link):
    assert extract_html(PAGE.format(link=link)).site_name is None
