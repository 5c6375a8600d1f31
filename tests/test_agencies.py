"""One agency table (newsgraph.extract.agencies) for both page extractors: HTML and plain text."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.agencies import PHOTO_AGENCIES, PHOTO_AGENCY_RX
from newsgraph.extract import extract_html
from newsgraph.extract.text import extract_text

from .test_extract_html import STORY, page

CAPTION = "Residents cross the old river bridge in Eastbrook on Monday."


def test_agency_alternation_tries_longer_names_first():
    names = PHOTO_AGENCY_RX.split("|")
    assert len(names) == len(set(PHOTO_AGENCIES))
    assert re.fullmatch(rf"(?:{PHOTO_AGENCY_RX})", "EPA-EFE")
    assert re.match(rf"(?:{PHOTO_AGENCY_RX})", "AP Photo").group() == "AP Photo"


# Kyodo was known to the HTML extractor only, ANSA to the plain-text one only
@pytest.mark.parametrize("agency", ["Kyodo", "ANSA"])
def test_agency_caption_credit_same_in_html_and_text_pages(agency):
    # plain text: "(AGENCY)" ending a caption in the head, and "Name/AGENCY" alone on a line
    story = "\n\n".join(STORY)
    text = f"Eastbrook votes to rebuild river bridge\n\n{CAPTION} ({agency})\n\n{story}\n"
    p = extract_text(text)
    assert [c.credit for c in p.captions] == [agency]
    assert CAPTION not in p.body.text
    text = f"Eastbrook votes to rebuild river bridge\n\n{CAPTION}\nLena Voss/{agency}\n\n{story}\n"
    assert [c.credit for c in extract_text(text).captions] == [f"Lena Voss/{agency}"]

    # HTML: "(AGENCY)" ending a figure caption, and a paragraph that is only the agency's name
    fig = f'<figure><img src="bridge.jpg" alt=""><figcaption>{CAPTION} ({agency})</figcaption></figure>'
    p = extract_html(page(before=fig))
    assert [c.credit for c in p.captions] == [agency]
    assert CAPTION not in p.body.text
    p = extract_html(page(after=f"<p>{CAPTION}</p><p>{agency}</p>"))
    assert not p.body.text.rstrip().endswith(agency)
