"""Disagreements: an approximate figure agrees with every value it rounds to.

"Around 60 people" and "Sixty-two people", "more than 9,400 patients" and "9,412 patients",
"almost 500 homes" and "496 homes" are one count written more or less precisely, not two outlets
disagreeing (the twentieth invented corpus's rest centre and waiting list; the same class stood
among the agreements of invented5, 13, 16, 17 and 19). The tolerance comes from how the number is
written, not from a table: a number's unit is its last non-zero digit's place (60: tens, 9,400:
hundreds, 2 million: millions), "about", "around", "some", "roughly" X holds what rounds to X,
"more than", "over", "at least" X what lies from X up to the next unit, "nearly", "almost" X what
lies within half a unit below X. Figures far apart at that precision still disagree ("around 60"
vs "more than 80" firefighters, "about 3,000" vs "about 3,500", "at least 23" vs "27" dead on one
day, "nearly 2 million" vs "about 1.4 million"). "About X" reaches no further than a tenth of X
("about 300 homes" and "260 homes" disagree), and a precise value rounds to a coarser one only
within a twentieth of it ("67.3" and "67 per cent" agree, "3.5" and "4 pells a litre" do not).
Passages written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import disagreements
from newsgraph.corpus.stories import Doc


def _found(a: str, b: str) -> list[dict]:
    import newsgraph

    docs = []
    for name, pub, body in (("a.txt", "Harrow Post", a), ("b.txt", "Valley Radio", b)):
        r = newsgraph.analyze(body, published="2026-03-04", publisher=pub)
        r.article.source = name
        docs.append(Doc.of(r, name))
    return disagreements.figures(docs, "s")


AGREE = [
    ("Around 60 people spent the night at the sports hall in Lindon after the river burst its banks.",
     "Sixty-two people spent the night at the sports hall in Lindon after the river burst its banks."),
    ("More than 9,400 patients at Lindon General are waiting longer than 18 weeks for surgery.",
     "At Lindon General, 9,412 patients are waiting longer than 18 weeks for surgery."),
    ("Almost 500 homes in the Marsh Road area were left without water on Tuesday.",
     "The burst main left 496 homes in the Marsh Road area without water on Tuesday."),
    ("Some 1,200 hectares of heath burned before the fire on Calder Moor was brought under control.",
     "The fire on Calder Moor burned 1,180 hectares of heath before crews brought it under control."),
    # one share said more or less precisely
    ("Turnout in the Lindon by-election was 67.3 per cent, the returning officer said.",
     "The returning officer put turnout in the Lindon by-election at 67 per cent."),
    ("About 2,000 people marched through Lindon on Saturday against the bypass.",
     "On Saturday 1,940 people marched through Lindon against the bypass."),
]

DISAGREE = [
    ("Around 60 firefighters fought the blaze at the timber yard in Lindon overnight.",
     "More than 80 firefighters fought the blaze at the timber yard in Lindon overnight."),
    ("About 3,000 workers joined the strike at the Lindon car plant on Wednesday.",
     "About 3,500 workers joined the strike at the Lindon car plant on Wednesday."),
    ("At least 23 people died when the bus left the road near Calder Pass on Wednesday.",
     "Twenty-seven people died when the bus left the road near Calder Pass on Wednesday."),
    ("The mayor's office said the festival had cost nearly 2 million crowns to stage.",
     "The festival cost about 1.4 million crowns to stage, the mayor's office said."),
    # "about X" holds no more than a tenth of X, though the other rounds to it
    ("About 300 homes near the Lindon gas depot were evacuated on Monday night.",
     "Police evacuated 260 homes near the Lindon gas depot on Monday night."),
    ("Roughly 2,000 people marched through Lindon on Saturday against the bypass.",
     "On Saturday 1,750 people marched through Lindon against the bypass."),
    # a value rounds to a less precise one only within a twentieth of it
    ("The dairy cut its milk price by 3.5 pells a litre from Monday, farmers in Lindon said.",
     "Farmers in Lindon said the dairy cut its milk price by 4 pells a litre from Monday."),
    ("Council rents in Lindon will rise by 2.6 per cent next year, the housing committee decided.",
     "The housing committee decided that council rents in Lindon will rise by 3 per cent next year."),
]


@pytest.mark.parametrize("a, b", AGREE)
def test_an_approximate_figure_agrees_with_what_it_rounds_to(a, b):
    found = _found(a, b)
    assert not found, [[(v["value"], v["text"]) for v in d["values"]] for d in found]


@pytest.mark.parametrize("a, b", DISAGREE)
def test_figures_apart_at_that_precision_still_disagree(a, b):
    found = _found(a, b)
    assert len(found) == 1, [[(v["value"], v["text"]) for v in d["values"]] for d in found]
