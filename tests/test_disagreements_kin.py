"""Disagreements: classes the blind corpora invented25-42 showed missed, each on passages written
for this file (not the corpora's sentences):

- one unnamed person's age given by two reports a day apart, or with two places in their
  sentences, is one age (an age does not move as a toll does);
- a length or width in a report of a rescue or of the injured is a measure, not a count of the
  rescued: it is no update a day on;
- two counted nouns for one thing, one the other's kind or its synonym in WordNet ("lorries" and
  "trucks", "boxes" and "containers"), are one count where neither report counts both; never two
  kinds side by side ("cars" and "vans") nor nouns a report tells apart.
"""

from __future__ import annotations

from newsgraph.corpus import disagreements

from .test_disagreements_classes import _docs


def _vals(texts) -> list[list[float]]:
    found = disagreements.figures(_docs(texts), "s")
    return sorted(sorted(v["value"] for v in d["values"]) for d in found)


def test_an_unnamed_age_a_day_apart_is_one_age():
    texts = {
        "a.txt": ("Coast Radio", "2027-05-03", "Ferry engineer airlifted\n\n"
                  "A fire broke out in the engine room of the ferry Marla on Monday evening. A 47-year-old "
                  "engineer was airlifted to hospital in Tessen with burns, the operator said."),
        "b.html": ("The Tessen Courier", "2027-05-04", "Marla fire: engineer in hospital\n\n"
                   "The ferry Marla was towed into port on Tuesday after Monday's engine-room fire. The "
                   "injured engineer, a 49-year-old from Varne, remained in hospital, the operator said."),
    }
    assert [47, 49] in _vals(texts)


def test_an_unnamed_age_with_two_places_is_one_age():
    texts = {
        "a.txt": ("City TV", "2027-05-08", "Man stabbed near stadium\n\n"
                  "A 36-year-old man was stabbed outside the Orlo stadium in Brenn on Saturday night and "
                  "taken to hospital, police said."),
        "b.txt": ("Brenn Police", "2027-05-09", "Appeal after stabbing\n\n"
                  "Officers are appealing for witnesses after a 34-year-old man was stabbed on Kell Road on "
                  "Saturday night. He is in a stable condition."),
    }
    assert [34, 36] in _vals(texts)


def test_two_people_of_two_sexes_stay_apart_a_day_apart():
    texts = {
        "a.txt": ("City TV", "2027-05-08", "Crash on the ring road\n\n"
                  "A 36-year-old man was injured when his car hit a barrier on the ring road on Saturday, "
                  "police said."),
        "b.txt": ("Brenn Post", "2027-05-09", "Ring road crash\n\n"
                  "A 41-year-old woman was treated in hospital after Saturday's crash on the ring road, "
                  "police said."),
    }
    assert [36, 41] not in _vals(texts)


def test_a_width_in_a_rescue_report_is_no_update():
    texts = {
        "a.txt": ("Mountain Rescue Service", "2027-02-14", "Avalanche at Kessa\n\n"
                  "An avalanche about 350 metres wide buried part of the Kessa piste on Saturday. Rescuers "
                  "brought out four skiers alive."),
        "b.html": ("TV North", "2027-02-15", "Kessa avalanche: the search goes on\n\n"
                   "The avalanche, some 420 metres wide according to the rescue service, buried part of "
                   "the piste on Saturday. Rescuers brought out four skiers alive."),
    }
    assert [350, 420] in _vals(texts)


def test_lorries_and_trucks_are_one_count():
    texts = {
        "a.txt": ("Relief Wire", "2027-06-01", "Aid convoy held at border\n\n"
                  "A convoy of 42 trucks carrying flour and medicine has been held at the Varsa crossing "
                  "since Sunday, the aid agency said."),
        "b.txt": ("Karsit News Agency", "2027-06-01", "Convoy stopped at Varsa\n\n"
                  "Thirty-eight lorries carrying flour and medicine have been held at the Varsa crossing "
                  "since Sunday, border officials said."),
    }
    assert [38, 42] in _vals(texts)


def test_boxes_and_containers_are_one_count():
    texts = {
        "a.txt": ("Customs Office", "2027-06-03", "Cocaine found at port\n\n"
                  "Officers found 310 kilograms of cocaine hidden in three refrigerated containers of "
                  "bananas at the port of Ostra on Wednesday."),
        "b.html": ("The Ostra Herald", "2027-06-03", "Drugs haul at Ostra port\n\n"
                   "The cocaine was hidden in four refrigerated boxes of bananas unloaded at Ostra on "
                   "Wednesday, customs officers said."),
    }
    assert [3, 4] in _vals(texts)


def test_two_kinds_side_by_side_stay_apart():
    """Cars and vans are two kinds of one thing (motor vehicles): never one count."""
    texts = {
        "a.txt": ("Road Wire", "2027-06-05", "Pile-up on the A4\n\n"
                  "Fourteen cars were damaged in a pile-up on the A4 near Dorn on Friday morning, police said."),
        "b.txt": ("Dorn Today", "2027-06-05", "A4 crash\n\n"
                  "Nine vans were damaged in a pile-up on the A4 near Dorn on Friday morning, police said."),
    }
    assert [9, 14] not in _vals(texts)


def test_nouns_a_report_tells_apart_stay_apart():
    """A report that counts vehicles and, among them, cars tells the two apart: its cars are not
    another report's vehicles."""
    texts = {
        "a.txt": ("Road Wire", "2027-06-05", "Pile-up on the A4\n\n"
                  "Some 40 vehicles were involved in a pile-up on the A4 near Dorn on Friday, among them "
                  "31 cars, police said."),
        "b.txt": ("Dorn Today", "2027-06-05", "A4 crash\n\n"
                  "Police said 28 cars were caught up in the pile-up on the A4 near Dorn on Friday."),
    }
    assert [28, 40] not in _vals(texts)


def test_two_digits_swapped_are_one_figure_mistyped():
    """A figure copied with two digits swapped ("318,000" as "381,000") is the classic slip of a
    copy: the pair stands even where the values are far apart for the learned filter."""
    texts = {
        "a.txt": ("Court Wire", "2027-04-12", "Builder fined over tender\n\n"
                  "The district court on Monday ordered the builder Orsa Bau to pay a fine of 260,000 "
                  "florins for rigging a tender for the Melk school extension."),
        "b.html": ("The Melk Post", "2027-04-12", "Orsa Bau fined\n\n"
                   "Orsa Bau was ordered to pay a fine of 620,000 florins for rigging the tender for the "
                   "Melk school extension, the district court ruled on Monday."),
    }
    assert [260_000, 620_000] in _vals(texts)


def test_swapped_digits_of_two_things_stay_apart():
    texts = {
        "a.txt": ("Court Wire", "2027-04-12", "Builder fined over tender\n\n"
                  "The district court on Monday ordered the builder Orsa Bau to pay a fine of 260,000 "
                  "florins for rigging a tender for the Melk school extension."),
        "b.html": ("The Melk Post", "2027-04-12", "Orsa Bau fined\n\n"
                   "The district court on Monday fined Orsa Bau for rigging the Melk tender. Separately, "
                   "the harbour authority said repairs to the north quay had come to 620,000 florins."),
    }
    assert [260_000, 620_000] not in _vals(texts)


def test_a_list_of_figures_is_no_list_of_nouns():
    """"412 stores, 31,000 employees and a 27.4 per cent share": each figure counts its own noun;
    the stores are no head count because employees follow them with a figure of their own (a
    list of nouns under one figure, "1,800 deckhands, engineers and ticket staff", is people)."""
    from .test_disagreements_learned import _figs

    figs = _figs("The merged chain will have 236 stores, 18,500 employees and a 21.3 per cent share of "
                 "the grocery market, the two companies said in a joint statement on Tuesday.")
    assert figs["236"].unit == "store"
    crew = _figs("The strike involves 1,800 deckhands, engineers and ticket staff, the union said on Monday.")
    assert crew["1800"].unit == "people"
