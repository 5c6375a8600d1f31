"""Reporting credits on HTML pages ("Halden Wire contributed to this report.", "With reporting by
Halden.", "(Halden Wire)"): furniture kept out of the body, but kept in `article.removed`, where
the corpus layer's reuse direction reads a rewrite's credit to its wire. A photo credit stays a
caption's credit. Pages invented here, in several outlets' styles; the outlets and wires are
fictional."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract_html

STORY = [
    "A freight train left the rails outside the river port of Kessling on Thursday night, spilling "
    "grain across both tracks and closing the main line to the coast for at least two days.",
    "No one was hurt, the rail operator Nordbahn Vell said, but the driver was taken to hospital "
    "as a precaution after the locomotive tipped onto its side.",
    "Investigators were looking at a section of track that had been repaired in the spring, a "
    "spokeswoman for the transport ministry told reporters at the scene on Friday morning.",
    "Passenger trains between Kessling and the coast will run on a diversion through the hills, "
    "adding about an hour to the journey, the operator said in a statement.",
]
LAST = STORY[-1]


def page(after: str, before: str = "", body_class: str = "article-body", wrap: str = "article") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in STORY)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Freight train derails near Kessling</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><{wrap} class="story">
<h1>Freight train derails near Kessling, closing coast line</h1>
<div class="byline">By <a href="/p/ines-marr">Ines Marr</a></div>
{before}
<div class="{body_class}">
{paras}
{after}
</div>
</{wrap}></main>
<footer><p>Contact the newsroom</p></footer>
</body></html>"""


def _check_credit(p, credit: str) -> None:
    assert p is not None
    assert credit in p.removed, p.removed
    assert credit not in p.body.text
    assert p.body.text.rstrip().endswith(LAST)
    assert not any(credit in c.text for c in p.captions), p.captions


@pytest.mark.parametrize("html, credit", [
    # a paper's credit line in its own class (the Lisvania Observer's style)
    ('<p class="obs-credit">Halden Wire contributed to this report.</p>',
     "Halden Wire contributed to this report."),
    # a plain "credit" class, in italics
    ('<p class="credit"><em>Additional reporting by Halden Wire.</em></p>',
     "Additional reporting by Halden Wire."),
    ('<p class="credit">With reporting by Halden.</p>', "With reporting by Halden."),
    # the wire's name alone in brackets, in a credit element: no image anywhere near it
    ('<p class="credit"><em>(Halden Wire)</em></p>', "(Halden Wire)"),
    # a block of credits, two lines
    ('<div class="story-credits"><span>Reporting by Ola Brenn; editing by Tove Iversen</span></div>',
     "Reporting by Ola Brenn; editing by Tove Iversen"),
    ('<footer class="article-credit">Material from Nordpress was used in this report.</footer>',
     "Material from Nordpress was used in this report."),
])
def test_reporting_credit_in_credit_element_goes_to_removed(html, credit):
    _check_credit(extract_html(page(html)), credit)


@pytest.mark.parametrize("html, credit", [
    ("<p>With reporting by Halden.</p>", "With reporting by Halden."),
    ("<p><em>With additional reporting from Nordpress and Halden Wire.</em></p>",
     "With additional reporting from Nordpress and Halden Wire."),
    ("<p>Halden Wire contributed to this report.</p>", "Halden Wire contributed to this report."),
])
def test_reporting_credit_in_plain_paragraph_goes_to_removed(html, credit):
    _check_credit(extract_html(page(html)), credit)


def test_photo_credits_stay_captions():
    before = ('<figure><img src="/img/train.jpg" alt=""><figcaption>The derailed locomotive lies on its '
              'side near Kessling.</figcaption><span class="credit">Ola Brenn/Halden Wire</span></figure>')
    after = ('<div class="photo"><img src="/img/grain.jpg" alt=""></div>'
             '<p class="credit">Photo: Tove Iversen</p>')
    p = extract_html(page(after, before=before))
    assert p is not None
    credits = [c.credit for c in p.captions]
    assert "Ola Brenn/Halden Wire" in credits and "Tove Iversen" in credits, p.captions
    assert not any("Halden" in r or "Iversen" in r for r in p.removed), p.removed
    assert p.body.text.rstrip().endswith(LAST)


def test_credit_and_photo_credit_on_one_page():
    before = ('<figure class="lead-image"><img src="/img/train.jpg" alt="">'
              '<figcaption>Grain on the tracks at Kessling. <span class="image-credit">(AFP)</span>'
              '</figcaption></figure>')
    p = extract_html(page('<p class="credit">Halden Wire contributed to this report.</p>', before=before))
    _check_credit(p, "Halden Wire contributed to this report.")
    assert [c.credit for c in p.captions] == ["AFP"]


# --- the credit in the corpus layer: which report took whose wording ---------------------------

WIRE_TEXT = ("Freight train derails near Kessling\n\n14 March 2025\n\n" + "\n\n".join(STORY))


def _docs(items: list[tuple[str, str, str]]):
    import newsgraph
    from newsgraph.corpus.stories import Doc

    docs = []
    for name, pub, content in items:
        r = newsgraph.analyze(content, published="2025-03-14", publisher=pub)
        r.article.source = name
        docs.append(Doc.of(r, name))
    return docs


def test_html_credit_gives_the_direction_of_a_same_day_rewrite():
    """Same day, the wire not known as one by its name or a dateline, the rewrite listed first:
    only the rewrite's credit line (a credit element) says who took whose wording."""
    from newsgraph.corpus import reuse

    html = page('<p class="credit">Halden contributed to this report.</p>')
    rewrite, wire = _docs([("rewrite.html", "Kessling Courier", html), ("wire.txt", "Halden", WIRE_TEXT)])
    assert "Halden contributed to this report." in rewrite.record.article.removed
    found = reuse.find([rewrite, wire])
    assert [(r.source.name, r.target.name, r.credited) for r in found] == [("wire.txt", "rewrite.html", True)]


def test_a_wire_known_by_its_name_or_its_initials():
    from newsgraph.corpus import reuse
    from newsgraph.corpus.stories import Doc

    assert reuse._is_wire(Doc(name="n", body="x", publisher="Kestrel Newswire"))
    assert reuse._is_wire(Doc(name="n", body="x", publisher="Ostra News Agency"))
    for outlet in ("Harbour Radio", "The Daily Wire", "Kessling Courier"):
        assert not reuse._is_wire(Doc(name="n", body="x", publisher=outlet)), outlet
    # an agency signing its dateline with its initials: "Dorsel (KOP) -" for Kestrel Ostra Presse
    text = ("KESTREL OSTRA PRESSE | Economy\n\nFreight train derails near Kessling\n\n"
            "Dorsel (KOP) - Mar 14, 2025 - 08:05 GMT\n\n" + "\n\n".join(STORY))
    rewrite_text = "Train derails at Kessling\n\n" + "\n\n".join(STORY[:3]) + "\n\n— With KOP"
    wire, rewrite = _docs([("kop.txt", "Kestrel Ostra Presse", text), ("r.txt", "Kessling Courier", rewrite_text)])
    assert wire.record.article.dateline == "Dorsel (KOP)"
    assert reuse._is_wire(wire) and "KOP" in reuse._names(wire)
    found = reuse.find([rewrite, wire])
    assert [(r.source.name, r.target.name, r.credited) for r in found] == [("kop.txt", "r.txt", True)]
