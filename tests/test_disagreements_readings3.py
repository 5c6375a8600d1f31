"""Disagreements: readings the blind corpora invented103-110 showed wrong, each on passages written
for this file (not the corpora's sentences):

- a rate its sentence gives away from the figure ("ride its trains every day", "on an ordinary day",
  "the average monthly rent", "to every household") is the figure's rate when it has none of its
  own: it meets "610,000 passengers a day" (another figure's own rate, "will fall to 1,840 marks a
  year ... the current cap of 2,090 marks", gives none);
- the words read before a figure stop at its sentence's start ("the 32,500-capacity stadium." does
  not make the next sentence's "About 3,500 visiting supporters" a capacity);
- a weekday or month before a count with no comma between names nothing ("On Saturday 1,750
  people marched": spaCy's NER takes "Saturday 1,750" as one date);
- a sign before a number counted in millions is money ("losses of R 212 million": the rand's sign, not
  roentgen), and a title's letters glued to a sum with a scale in a sentence on money are a currency
  ("debts of more than Dr340m");
- a figure after a verb of change and "from" is where the change started ("will rise from 1,460 marks to
  1,672 marks"), and a threshold said in the present is a limit ("when the wind reaches 72 km/h");
- one or two letters set apart before a sum where money is spoken of are a currency's sign ("a
  one-off payment of Dl 1,500"; "Part 2", "FM 94.6" stay names);
- the whole after "each of", "every one of", "most of" is the count told ("each of the town's 12,400
  residents"), not a whole said in passing as after "two of" or "some of";
- an outage's customers and its homes and businesses are one count of connections;
- a figure still possible is a forecast; the year a thing was founded somewhere ("founded in Velm in
  1894") is no year of the figure; two words of one sub-group ("children", "youngsters") are one.
"""

from __future__ import annotations

import pytest

from newsgraph.components.figures import find_quantities

from .test_disagreements_approx import _found
from .test_disagreements_codes import nlp  # noqa: F401  (nlp: the figures pipeline fixture)


def _vals(found):
    return [sorted(v["value"] for v in d["values"]) for d in found]


RATES = [
    ("The council says the Velm bridge carries close to forty thousand vehicles on an ordinary day.",
     "Some 46,000 vehicles a day cross the Velm bridge, according to the council.", [40000, 46000]),
    ("The average monthly rent for a new flat in Velm reached 1,280 marks, the statistics office said.",
     "New flats in Velm now let for about 1,150 marks a month on average, the statistics office said.", [1150, 1280]),
    ("The government will pay 2,500 marks to every household forced from its home by the floods in Velm.",
     "Families forced from their homes by the floods in Velm will get two thousand marks each from the government.",
     [2000, 2500]),
    ("Around 540,000 people ride the Velm metro and its trams every day, the operator says.",
     "The Velm metro operator carries about 610,000 passengers a day on its metro and trams.", [540000, 610000]),
]


@pytest.mark.parametrize("a, b, values", RATES)
def test_a_rate_its_sentence_gives_is_the_figures_rate(a, b, values):
    assert values in _vals(_found(a, b)), _found(a, b)


def test_another_figures_rate_gives_none():
    found = _found("The price cap will fall to 1,840 marks a year from January, a fall of 12 per cent on the "
                   "current cap of 2,090 marks, the Velm energy regulator said.",
                   "From January a typical household in Velm will pay no more than 1,890 marks a year, the "
                   "energy regulator said.")
    assert not [v for v in _vals(found) if 2090 in v and 1890 in v], found


def test_the_words_before_a_figure_stop_at_its_sentence():
    found = _found("Record crowd for the Velm derby\n\nOn Sunday afternoon fans filled almost every seat of Velm "
                   "Park, the club's 32,500-capacity stadium.\n\nAbout 3,500 visiting supporters made the short trip across Velm "
                   "for the derby.",
                   "About 3,100 visiting supporters made the short trip across Velm for the derby on Sunday.")
    assert [3100, 3500] in _vals(found), found


@pytest.mark.parametrize("text, value, noun", [
    ("On Saturday 1,750 people marched through Velm against the new bypass.", 1750, "people"),
    ("By Monday 42 homes had been destroyed in the valley, officials said.", 42, "homes"),
    ("On Friday 2,300 passengers were stranded at Velm airport, the operator said.", 2300, "people"),
    ("On Sunday 12 boats capsized off Velm, the coastguard said.", 12, "boats"),
])
def test_a_day_before_a_count_names_nothing(nlp, text, value, noun):
    got = [(float(q.number()), q.count_unit) for q in find_quantities(nlp(text))]
    assert (value, noun) in got, got


def test_a_sign_before_a_sum_in_millions_is_money(nlp):
    # "R" is a dose (roentgen) and the rand's sign; before a number counted in millions only money
    qs = find_quantities(nlp("Insurers had received 4,870 claims by 09:00 today, with estimated insured "
                             "losses of R 212 million."))
    assert [(float(q.number()), q.unit.kind) for q in qs if q.unit] == [(212_000_000, "money")]


def test_a_title_glued_to_a_sum_owed_is_a_currency(nlp):
    # "Dr" heads a name, never a number glued to it with a scale in a sentence on a debt
    qs = find_quantities(nlp("When the builder asked the court for protection, it admitted to debts of more "
                             "than Dr340m, most of it owed to three banks."))
    assert [(float(q.number()), q.unit.key) for q in qs if q.unit] == [(340_000_000, "Dr")]


def test_the_figure_a_change_starts_from_is_no_level():
    # "will rise from X to Y": X is where the bill was, not what another report gives it as now
    found = _found("For a typical household in Velm the annual bill will rise from 1,460 marks to 1,672 marks, "
                   "the energy regulator said on Thursday.",
                   "A typical household in Velm will see its annual bill climb to about 1,670 marks, the energy "
                   "regulator said on Thursday.")
    assert not [v for v in _vals(found) if 1460 in v], found


def test_a_threshold_said_in_the_present_is_a_limit():
    # "when the wind reaches 72 km/h" is a rule's threshold, not the gust measured
    found = _found("The crane at Velm harbour toppled onto the quay shortly after dawn as gusts reached 95 km/h, "
                   "the weather station said.",
                   "Port rules in Velm require crane work to stop when the wind reaches 72 km/h, and inspectors "
                   "will examine whether the crane that toppled at dawn had been secured.")
    assert not found, found


@pytest.mark.parametrize("text, sums", [
    ("Every member will also receive a one-off payment of Dl 1,500 in January, the union said.", [(1500, "Dl")]),
    ("For a typical household the combined bill will go up by Dl 38 a year, to Dl 596.", [(38, "Dl"), (596, "Dl")]),
    ("Drassel said it would pay Kv 500 to each household and truck in water.", [(500, "Kv")]),
])
def test_letters_set_apart_before_a_sum_where_money_is_spoken_of_are_a_currency(nlp, text, sums):
    qs = find_quantities(nlp(text))
    assert [(q.number(), q.unit.key) for q in qs if q.unit] == sums


@pytest.mark.parametrize("text", [
    "Part 2 of the budget was paid in full by the council.",
    "The station broadcasts on FM 94.6 and pays its presenters well.",
])
def test_a_letter_and_a_number_that_name_a_thing_stay_a_name(nlp, text):
    qs = find_quantities(nlp(text))
    assert not [q for q in qs if q.unit is not None and q.unit.kind == "money"], [(q.number(), q.unit.key) for q in qs if q.unit]


@pytest.mark.parametrize("a, b, values", [
    ("The council will give each of the town's 12,400 residents a voucher for the new pool in Velm.",
     "All 11,900 residents of Velm will get a voucher for the new pool, the council said.", [11900, 12400]),
    ("The strike was called by the union that represents most of the operator's 412 tram drivers in Velm.",
     "The union called the strike on behalf of the operator's 421 tram drivers in Velm.", [412, 421]),
])
def test_the_whole_after_each_of_or_most_of_is_the_count_told(a, b, values):
    assert values in _vals(_found(a, b)), _found(a, b)


def test_what_is_still_possible_is_no_measurement():
    # "gusts of up to 120 km/h still possible": a warning of what may come, not the gust logged
    found = _found("A wind warning remains in force for the Velm coast until 15:00, with gusts of up to 120 km/h "
                   "still possible, the weather office said.",
                   "The weather office's station on the Velm coast logged a gust of 146 km/h shortly before "
                   "midnight, the strongest of the storm.")
    assert not found, found


@pytest.mark.parametrize("a, b, values", [
    # a utility counts connections as customers, a broadcaster as homes and businesses
    pytest.param("About 1.4 million customers lost power across Velm province when the main line tripped "
                 "on Monday evening, the grid operator said.",
                 "About 1.6 million homes and businesses across Velm province were left without power on "
                 "Monday evening when the main line tripped.", [1400000, 1600000], id="customers-and-homes"),
    # "founded in Velm in 1894": when the society was made, not the year of the price paid for it
    pytest.param("Tessaly Bank is paying around 4.5 billion marks in its own shares for Northmark Savings, the "
                 "former building society founded in Velm in 1894.",
                 "Tessaly Bank and Northmark Savings agreed an all-share merger that values Northmark Savings "
                 "at 4.2 billion marks, the banks said.", [4200000000, 4500000000], id="founded-somewhere-in-a-year"),
    # a sub-group said with two words for it is one sub-group ("children", "youngsters")
    pytest.param("The health ministry's measles campaign in Velm aims to vaccinate 420,000 children by the end "
                 "of March.",
                 "The measles campaign in Velm aims to vaccinate 450,000 youngsters by the end of March, the "
                 "health ministry said.", [420000, 450000], id="children-and-youngsters"),
])
def test_one_thing_told_two_ways_disagrees(a, b, values):
    assert values in _vals(_found(a, b)), _found(a, b)
