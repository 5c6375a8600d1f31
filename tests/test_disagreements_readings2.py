"""Disagreements: readings the blind corpora invented80-90 showed wrong, each on passages written for
this file (not the corpora's sentences):

- letters a text reads as a currency once ("Bk 4.8 million" of refunds) are that currency before
  its other numbers ("Bk 212 for each customer"); the same letters before two sums with a scale are
  a currency with no money word near ("has put Vr 310 million into", "the port Vr 95 million"), not
  before a counted noun ("the NHS 1.5 million staff");
- a word in small letters that the tagger calls a name is no name: "940 lenn" counts lenn; a number with a scale after a name is no part of the name ("fined Harrow Telecom 3.2
  million korn");
- a sentence needs a verb: "About 460 staff work at the plant" counts staff;
- two figures of no year told as what will be ("a rise of 9 per cent for next year", "a 12% rise,
  which will take") may be of one year;
- a length of time or of a thing is no count at an hour ("under control at 11:10, after nine hours",
  "A 700 mm main burst ... at 03:20"), nor is a figure whose hour is another clause's, after "as"
  or "when"; a time offset ("40 minutes after the search resumed") stays apart from a duration;
- surviving crew are a part of the crew;
- "a year earlier", "last year" and "the year before" date the figure they follow, not one before
  another number ("fell to 84 million ... from 97 million a year earlier": the 84 is this year's);
- a count at a rate that spaCy's NER tags a time ("31 patients a night") is a count;
- two letters read as a known currency ("SR 49m", the Seychelles rupee) are the story's money noun
  of those letters ("sorels"), and letters that fit a money noun and a counted one ("Sl": sallens,
  schools) are the money's;
- a passive's "by" (spaCy's agent) names the change of the passive's subject ("The haddock quota will
  be cut by 15 per cent": the quota's cut, which had no "about" and was left out).
"""

from __future__ import annotations

import pytest

from newsgraph.components.figures import find_quantities

from .test_disagreements_codes import _vals, nlp  # noqa: F401  (nlp: the figures pipeline fixture)


def _read(nlp, text):
    return [(float(q.number()), q.unit.key if q.unit else None) for q in find_quantities(nlp(text))]


def _counts(nlp, text):
    return [(float(q.number()), q.count_unit) for q in find_quantities(nlp(text))]


def test_letters_read_as_money_once_are_money_throughout(nlp):
    got = _read(nlp, "The refunds total Bk 4.8 million, an average of Bk 212 for each customer.")
    assert (4_800_000, "Bk") in got and (212, "Bk") in got
    # without the scaled sum nothing says the letters are money
    assert (212, "Bk") not in _read(nlp, "Class Bk 212 is the one for each customer.")


def test_the_same_letters_before_two_scaled_sums_are_a_currency(nlp):
    got = _read(nlp, "The city has put Vr 310 million into the tunnel, and the port Vr 95 million.")
    assert (310_000_000, "Vr") in got and (95_000_000, "Vr") in got
    got = _read(nlp, "The NHS 1.5 million staff care for the NHS 2 million patients.")
    assert not [u for _, u in got if u == "NHS"]


def test_a_small_letter_word_after_a_number_is_no_name(nlp):
    assert _counts(nlp, "The toll will rise to 940 lenn.") == [(940, "lenn")]


def test_a_scaled_number_after_a_name_is_no_part_of_it(nlp):
    assert _counts(nlp, "The watchdog fined Harrow Telecom 3.2 million korn on Monday.") == [(3_200_000, "korn")]
    assert _read(nlp, "The Galaxy Note 20 went on sale on Monday.") == []


def test_a_sentence_needs_a_verb(nlp):
    assert _counts(nlp, "About 460 staff work at the plant.") == [(460, "people")]


def test_two_figures_told_as_what_will_be_may_be_of_one_year():
    texts = {
        "a.txt": ("Tarn Wire", "2027-03-02", "Students protest at fee rise\n\n"
                  "About 200 students marched on the Tarn University senate on Tuesday against a rise of 9 per "
                  "cent in tuition fees for next year."),
        "b.html": ("Tarn Echo", "2027-03-03", "Fee march\n\n"
                   "The students oppose a 12% rise in tuition fees, which will take a year's fees past 9,000 "
                   "dals."),
    }
    assert [9, 12] in _vals(texts)


def test_a_length_of_time_is_no_count_at_an_hour():
    texts = {
        "a.txt": ("Fire Service", "2027-03-02", "Warehouse fire update\n\n"
                  "The fire at the Lemmer warehouse was brought under control at 13:20, after seven hours."),
        "b.html": ("Lemmer Post", "2027-03-02", "Warehouse blaze\n\n"
                   "Crews took ten hours to bring the fire at the Lemmer warehouse under control."),
    }
    assert [7, 10] in _vals(texts)


def test_a_things_size_is_no_count_at_an_hour():
    texts = {
        "a.txt": ("Orn Water", "2027-03-02", "Main burst in Orn\n\n"
                  "A 700 mm water main burst under Kell Street in Orn at 03:20 this morning."),
        "b.html": ("Orn Local", "2027-03-02", "Orn without water\n\n"
                   "Homes in Orn had no water on Tuesday after a 500-millimetre main burst under Kell Street."),
    }
    assert [500, 700] in _vals(texts)


def test_an_hour_after_as_is_another_clauses():
    texts = {
        "a.html": ("Vell Broadcasting", "2027-03-02", "Last shift at Vell mill\n\n"
                   "A last shift of 54 workers looked on as the paper machine went quiet for good at 15:00."),
        "b.html": ("Vell Courier", "2027-03-02", "Vell mill closes\n\n"
                   "Forty-nine workers were on the last shift at the Vell paper mill on Tuesday."),
    }
    assert [49, 54] in _vals(texts)


def test_a_time_offset_stays_apart_from_a_duration():
    texts = {
        "a.txt": ("Mountain Rescue", "2027-02-02", "Skier found\n\n"
                  "Two skiers were dug out alive by their friends within 25 minutes of the slide at Harn Peak."),
        "b.html": ("Harn News", "2027-02-02", "Skier found\n\n"
                   "The third skier was found at 09:40 on Sunday, about 40 minutes after the search resumed at "
                   "Harn Peak."),
    }
    assert [25, 40] not in _vals(texts)


def test_surviving_crew_are_a_part():
    texts = {
        "a.txt": ("Coastguard", "2027-02-02", "Trawler sinks\n\n"
                  "The trawler Mella had eight crew on board when it sank off Kesh Point."),
        "b.html": ("Kesh News", "2027-02-03", "Mella crew home\n\n"
                   "The six surviving crew of the trawler Mella, which sank off Kesh Point, were sent home."),
    }
    assert [6, 8] not in _vals(texts)


def test_a_known_currencys_sign_is_the_storys_currency_of_its_letter():
    """"about R2.6bn" (read as the rand) in a story whose reports write out the ruv: the ruv."""
    texts = {
        "a.txt": ("Varn Wire", "2027-03-02", "Minimum wage to rise\n\n"
                  "The higher minimum wage will cost employers about 2.1 billion ruv a year, the employers' "
                  "federation said on Tuesday."),
        "b.html": ("Varn Herald", "2027-03-03", "Wage rise\n\n"
                   "Employers put the cost of the higher minimum wage at about R2.6bn a year."),
    }
    assert [2.1e9, 2.6e9] in _vals(texts)


def test_what_a_thing_can_take_is_its_capacity():
    """"can take up to 3,800 cars a day" and "can handle 4,600 cars a day": two capacities."""
    texts = {
        "a.txt": ("Varn Wire", "2027-03-02", "New ferry terminal opens\n\n"
                  "The new ferry terminal at Ostby can take up to 3,800 cars a day, the port authority said."),
        "b.html": ("Varn Herald", "2027-03-02", "Ostby terminal\n\n"
                   "Its owners say the new ferry terminal at Ostby can handle 4,600 cars a day."),
    }
    assert [3_800, 4_600] in _vals(texts)


def test_a_caps_value_is_a_limit():
    """"The price cap ... will fall to 1,520 korn a year" and "will pay no more than 1,580 korn a year"."""
    texts = {
        "a.txt": ("Energy Office", "2027-03-02", "New price cap\n\n"
                  "The price cap for a typical home on a standard electricity tariff will fall to 1,520 korn a "
                  "year from April."),
        "b.html": ("Varn Herald", "2027-03-02", "Bills to fall\n\n"
                   "From April a typical home will pay no more than 1,580 korn a year for its electricity."),
    }
    assert [1_520, 1_580] in _vals(texts)


def test_what_each_gets_is_per_each():
    """"will receive up to 30,000 dals each" and "each shop can claim a maximum of 35,000 dals"."""
    texts = {
        "a.txt": ("Trade Ministry", "2027-03-02", "Flood grants for shops\n\n"
                  "Shops hit by the Orsk flood will receive up to 30,000 dals each to repair their premises."),
        "b.html": ("Orsk Echo", "2027-03-03", "Flood grants\n\n"
                   "Under the scheme each shop can claim a maximum of 35,000 dals for repairs after the flood."),
    }
    assert [30_000, 35_000] in _vals(texts)


def test_a_scaled_sum_after_a_currencys_letters_meets_the_storys_money_noun():
    """"will save the public purse Vr 1.4 billion a year" (no money word near, the letters once on the
    page: read with no unit) and "1,700 million varns a year" of the same saving."""
    texts = {
        "a.txt": ("Varn Wire", "2027-03-02", "Pension age to rise\n\n"
                  "Raising the pension age to 67 will save the public purse Vr 1.4 billion a year, the finance "
                  "ministry said."),
        "b.html": ("Varn Herald", "2027-03-02", "Pension age rise\n\n"
                   "The change will save some 1,700 million varns a year, the ministry said."),
    }
    assert [1.4e9, 1.7e9] in _vals(texts)


def test_people_voting_one_way_are_that_sides_votes():
    """"with 84 members voting in favour and 61 against" and "86 votes in favour and 59 against"."""
    texts = {
        "a.txt": ("Varn Wire", "2027-03-02", "Assembly passes ferry bill\n\n"
                  "The assembly passed the ferry bill on Tuesday, with 71 members voting in favour and 40 against."),
        "b.html": ("Varn Herald", "2027-03-02", "Ferry bill passes\n\n"
                   "The ferry bill passed with 74 votes in favour and 38 against."),
    }
    got = _vals(texts)
    assert [71, 74] in got and [38, 40] in got


def test_a_year_earlier_dates_the_figure_it_follows():
    texts = {
        "a.txt": ("Velk Wire", "2027-10-04", "Brewer's profit falls\n\n"
                  "Tarnholt Breweries' profit fell to 84 million marks in the year to June from 97 million marks a "
                  "year earlier, the company said on Monday."),
        "b.html": ("Velk Post", "2027-10-04", "Brewer feels the pinch\n\n"
                   "The country's largest brewer made 88 million marks in the twelve months to the end of June, "
                   "against 97 million marks the year before, as drinkers cut back."),
    }
    assert _vals(texts) == [[84_000_000, 88_000_000]]
    # the year earlier right after the figure is its own: last year's profit, not this year's
    texts["b.html"] = ("Velk Post", "2027-10-04", "Brewer feels the pinch\n\n"
                       "The country's largest brewer made 93 million marks a year earlier, and less this year.")
    assert [84_000_000, 93_000_000] not in _vals(texts)


def test_a_count_at_a_rate_tagged_as_a_time_is_a_count():
    texts = {
        "a.txt": ("Velk Wire", "2027-10-04", "Casualty unit strained\n\n"
                  "The casualty unit at Orm General now treats an average of 52 patients a night, the health "
                  "board said on Monday."),
        "b.html": ("Radio Orm", "2027-10-04", "Night queues at Orm General\n\n"
                   "Nurses at Orm General say the casualty unit sees around seventy patients a night."),
    }
    assert _vals(texts) == [[52, 70]]


def test_two_letters_of_a_known_currency_are_the_storys_money_noun():
    # "SR" is the Seychelles rupee's sign; a story of sorels that never names the rupee means sorels
    texts = {
        "a.txt": ("Velk Wire", "2027-10-04", "Council budget gap\n\n"
                  "Tarnholt council's budget gap for next year is 44 million sorels, its finance chief said."),
        "b.html": ("Velk Post", "2027-10-04", "Budget gap\n\n"
                   "The council faces a shortfall of SR 49m next year, its finance chief told councillors."),
    }
    assert _vals(texts) == [[44_000_000, 49_000_000]]


def test_a_currencys_letters_are_the_money_noun_not_a_counted_one_of_those_letters():
    # "Sl" holds the letters of "sallens" and of "schools": the sallens are the money
    texts = {
        "a.txt": ("Velk Wire", "2027-10-04", "Teachers' offer\n\n"
                  "The revised offer would cost 410 million sallens a year, the ministry said. Teachers at "
                  "2,300 schools would get the rise."),
        "b.html": ("Velk Post", "2027-10-04", "Offer on the table\n\n"
                   "The new offer is worth Sl 450 million a year, according to the ministry."),
    }
    assert _vals(texts) == [[410_000_000, 450_000_000]]


def test_a_passive_change_is_of_its_subject(nlp):
    # "by" of a passive is spaCy's "agent": what is cut is the passive's subject
    from newsgraph.components.figures import find_figures

    (f,) = find_figures(nlp("The haddock quota will be cut by 15 per cent next year."))
    assert f.change == "down" and f.about is not None and f.about.text == "haddock quota"
    texts = {
        "a.txt": ("Velk Wire", "2027-02-10", "Haddock quota cut\n\n"
                  "The fisheries ministry said on Tuesday that it would cut the haddock quota by 12 per cent next "
                  "year."),
        "b.html": ("Coast Post", "2027-02-10", "Fishers angry\n\n"
                   "The haddock quota will be cut by 15 per cent next year, the fisheries ministry said on Tuesday."),
    }
    assert _vals(texts) == [[12, 15]]
