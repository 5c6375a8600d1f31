"""Disagreements: classes the corpora invented47-62 showed missed or wrongly paired, each on
passages written for this file (not the corpora's sentences):

- a currency's letters before the number that the unit table does not know ("K48m", "VRN 3.6
  million", the way a desk abbreviates a local currency) are money; within a story they are the
  currency another report writes out ("52 million kelts"), where one money noun fits the letters;
- a scaled number rounds as a written one does: "2.46 billion" said as "2.5 billion" is one value,
  "2.6 billion" another; a scaled number of one digit ("5 billion") is a round figure, no rounding;
- a figure at a sentence's end is no amount "each" because the next paragraph opens with "Each";
- "needed" after a count is a threshold only where it is needed for something ("the 40 per cent
  needed for the result to bind"), not "140 walkers needed treatment";
- "up to" in an estimate ("estimated the damage at up to 3 million", "could cut up to 180 posts")
  is the estimate's top, compared as a figure; a capacity or a sentence ("can carry up to 120",
  "faces up to 15 years") stays a limit.
"""

from __future__ import annotations

import pytest

from newsgraph.components.figures import find_quantities
from newsgraph.corpus import disagreements
from newsgraph.nlp import build_nlp

from .test_disagreements_classes import _docs


def _vals(texts) -> list[list[float]]:
    found = disagreements.figures(_docs(texts), "s")
    return sorted(sorted(v["value"] for v in d["values"]) for d in found)


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=[("newsgraph_figures", "newsgraph.components.figures")])


@pytest.mark.parametrize("text, value, unit", [
    ("The council puts the cost of the new bridge at K48m, twice the first estimate.", 48_000_000, "K"),
    ("Dunmore Foods will invest MK7.5bn in a new bakery.", 7_500_000_000, "MK"),
    ("Tolven Bank paid VRN 3.6 million to settle the claims.", 3_600_000, "VRN"),
    ("The winner takes home VRN 45,000 in prize money.", 45_000, "VRN"),
])
def test_letters_before_a_number_are_a_currency(nlp, text, value, unit):
    qs = find_quantities(nlp(text))
    assert [(float(q.number()), q.unit.key if q.unit else None) for q in qs] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "The F16 jets flew over the G7 summit in Halden.",
    "Take the A38 north and turn at junction 12.",
    "Version V12 of the software ships with 40 new features.",
    "The PM 2.5 readings rose across the city.",
])
def test_letter_codes_that_are_no_money(nlp, text):
    qs = find_quantities(nlp(text))
    assert not any(q.unit is not None and q.unit.kind == "money" for q in qs), [(q.number(), q.unit) for q in qs]


def test_a_currency_written_in_letters_meets_its_name():
    texts = {
        "a.txt": ("Harl Wire", "2027-02-10", "Ostra bridge bill rises\n\n"
                  "The city council of Ostra said on Wednesday that the new river bridge will cost 52 million "
                  "kelts, after steel prices rose."),
        "b.html": ("The Ostra Echo", "2027-02-11", "Bridge bill\n\n"
                   "The council puts the cost of the new river bridge at K48m, a council spokeswoman told the Echo "
                   "on Thursday."),
    }
    assert [48_000_000, 52_000_000] in _vals(texts)


def test_a_currency_written_in_letters_agrees_with_its_name():
    texts = {
        "a.txt": ("Harl Wire", "2027-02-10", "Ostra bridge bill rises\n\n"
                  "The city council of Ostra said on Wednesday that the new river bridge will cost 48 million "
                  "kelts, after steel prices rose."),
        "b.html": ("The Ostra Echo", "2027-02-11", "Bridge bill\n\n"
                   "The council puts the cost of the new river bridge at K48m, a council spokeswoman told the Echo "
                   "on Thursday."),
    }
    assert _vals(texts) == []


def test_spaced_currency_letters_meet_their_name():
    texts = {
        "a.txt": ("Varn Press", "2027-06-02", "Tolven Bank settles mis-selling claims\n\n"
                  "Tolven Bank has agreed to pay 3.2 million varns to customers sold loan insurance they "
                  "could not use, the regulator said on Tuesday."),
        "b.txt": ("Money Today", "2027-06-03", "Tolven settles\n\n"
                  "Tolven Bank paid VRN 3.6 million to settle the loan insurance claims, the regulator said."),
    }
    assert [3_200_000, 3_600_000] in _vals(texts)


def test_a_scaled_number_rounds_as_written():
    def texts(second: str):
        return {
            "a.txt": ("Harl Wire", "2027-03-01", "League sells television rights\n\n"
                      "The Harl football league sold its television rights for the next four seasons for 2.46 "
                      "billion kelts, the league said on Monday."),
            "b.txt": ("Sport Daily", "2027-03-02", "League TV deal\n\n"
                      f"The league's television rights for the next four seasons went for {second} kelts, the "
                      "league said."),
        }
    assert _vals(texts("2.5 billion")) == []
    assert [2_460_000_000, 2_600_000_000] in _vals(texts("2.6 billion"))


def test_next_paragraphs_each_is_no_amount_each():
    texts = {
        "a.txt": ("Harl Wire", "2027-03-04", "Lock gate repair\n\n"
                  "The waterways board said the broken lock gate on the Mell canal will cost 3.8 million kelts to "
                  "replace."),
        "b.html": ("River Radio", "2027-03-05", "Mell canal repairs\n\n"
                   "The bill for the broken lock gate on the Mell canal is put at nearly 5 million kelts.\n\n"
                   "Each spring about two million tonnes of grain move along the canal."),
    }
    assert [3_800_000, 5_000_000] in _vals(texts)


def test_walkers_who_needed_treatment_are_a_count():
    texts = {
        "a.txt": ("Race Office", "2027-07-12", "Hill walk heat\n\n"
                  "118 walkers were treated by first-aiders during Sunday's Brenn hill walk as temperatures "
                  "reached 33 degrees, the organisers said."),
        "b.html": ("Brenn Post", "2027-07-13", "Heat at the hill walk\n\n"
                   "More than 140 walkers needed treatment from first-aiders during the Brenn hill walk on "
                   "Sunday, the organisers said."),
    }
    assert [118, 140] in _vals(texts)


def test_a_threshold_needed_for_something_stays_apart():
    texts = {
        "a.txt": ("Varn Press", "2027-04-10", "Referendum result\n\n"
                  "Turnout in the Ostra referendum was 44 per cent, short of the 50 per cent needed for the "
                  "result to bind the council."),
        "b.txt": ("Money Today", "2027-04-10", "Ostra votes\n\n"
                  "Turnout was 44 per cent, the election office said, below the threshold of 50 per cent."),
    }
    assert not any(44 in v and 50 in v for v in _vals(texts))


def test_up_to_in_an_estimate_is_compared():
    texts = {
        "a.txt": ("Harl Wire", "2027-05-20", "Fire at Ostra college\n\n"
                  "The college's finance director estimated the damage from Friday's fire at up to 3 million "
                  "kelts."),
        "b.html": ("The Ostra Echo", "2027-05-21", "College fire damage\n\n"
                   "The college told the Echo on Saturday that the damage from the fire could cost 2.2 million "
                   "kelts to repair."),
    }
    assert [2_200_000, 3_000_000] in _vals(texts)


def test_up_to_a_capacity_stays_a_limit():
    texts = {
        "a.txt": ("Harl Wire", "2027-05-20", "Ferry runs aground\n\n"
                  "The ferry Tessa, which can carry up to 120 passengers, ran aground off Harl on Monday. "
                  "Everyone on board was taken off safely."),
        "b.html": ("The Ostra Echo", "2027-05-20", "Ferry aground\n\n"
                   "The ferry Tessa ran aground off Harl on Monday with 98 passengers on board, all of whom were "
                   "taken off safely."),
    }
    assert not any(98 in v and 120 in v for v in _vals(texts))


def test_a_size_before_its_noun_is_no_depth():
    texts = {
        "a.txt": ("Lake Wire", "2027-08-02", "Ferry capsizes on Lake Vorn\n\n"
                  "The Kessa, a 35-metre ferry, capsized on Lake Vorn on Sunday with 70 people aboard, police said."),
        "b.html": ("Vorn Today", "2027-08-02", "Search on Lake Vorn\n\n"
                   "The ferry sank in water more than 50 metres deep, which divers said would slow the search."),
    }
    assert not any(35 in v or 0.035 in v for v in _vals(texts))


def test_a_possible_offer_is_no_offer_made():
    texts = {
        "a.txt": ("Care Press", "2027-09-01", "Nurses reject pay offer\n\n"
                  "The health ministry has offered nurses a 3.5 percent pay rise, which the union rejected on "
                  "Tuesday."),
        "b.html": ("The Courier", "2027-09-02", "Pay talks\n\n"
                   "Ministers are ready to improve the nurses' pay offer when talks resume, possibly to around 5 "
                   "percent, the Courier understands."),
    }
    assert not any(3.5 in v and 5 in v for v in _vals(texts))


def test_a_weak_match_with_shared_words_pairs():
    # two shares whose sentences meet in words ("fibre", "scheme", the province) pair on a score
    # under MATCH_SURE; two counts of one noun with no word in common do only as each report's one
    # count of it (test_disagreements_heldout)
    texts = {
        "a.txt": ("Care Press", "2027-09-01", "Fibre plan\n\n"
                  "The digital ministry said 80 per cent of homes in Velt province would have fibre broadband "
                  "under the scheme."),
        "b.html": ("The Courier", "2027-09-02", "Velt fibre\n\n"
                   "Under the scheme, fibre will reach 85 per cent of Velt households, the regulator said."),
    }
    assert [80, 85] in _vals(texts)


def test_a_fishing_limit_in_miles_is_nautical():
    texts = {
        "a.txt": ("Coast Wire", "2027-10-04", "Trawling ban vote\n\n"
                  "Parliament voted to ban bottom trawling within the 12-mile fishing limit around the islands."),
        "b.html": ("Green Ledger", "2027-10-05", "Trawling ban passes\n\n"
                   "Bottom trawling will be banned within 22 kilometres of the coast after the vote, the "
                   "fisheries ministry said."),
    }
    assert not any(22 in v for v in _vals(texts))


def test_currency_letters_after_a_qualifier_meet_their_name():
    texts = {
        "a.txt": ("Harl Wire", "2027-02-10", "Frost hits Ostra orchards\n\n"
                  "Fruit growers in Ostra put their losses from last week's frost at 30 million kelts, their "
                  "association said on Wednesday."),
        "b.html": ("Ostra Radio", "2027-02-11", "Orchard frost losses\n\n"
                   "Growers in Ostra now fear frost losses of as much as K42 million, the association's "
                   "chairman told Ostra Radio."),
    }
    assert [30_000_000, 42_000_000] in _vals(texts)


def test_people_of_a_kind_the_table_does_not_list_are_a_head_count():
    # "seafarers" is no noun of the figures stage's people list; WordNet names it a kind of person
    # (data/corpus/person_nouns.txt.gz), so its count meets the crew's
    texts = {
        "a.txt": ("Coast Wire", "2027-03-09", "Freighter aground off Harl\n\n"
                  "The freighter Vessa ran aground off Harl on Tuesday with 19 crew on board, the coastguard "
                  "said. The crew were taken off by helicopter."),
        "b.html": ("Harl Post", "2027-03-10", "Vessa crew rescued\n\n"
                   "All 21 seafarers on board the grounded freighter Vessa were taken off by helicopter, its "
                   "manager said."),
    }
    assert [19, 21] in _vals(texts)


@pytest.mark.parametrize("text, value, unit", [
    ("The court heard he took Vk16.8 million from the pension fund.", 16_800_000, "Vk"),
    ("Police put the street value of the haul at Vk11m.", 11_000_000, "Vk"),
])
def test_a_press_abbreviation_glued_to_the_number_is_a_currency(nlp, text, value, unit):
    qs = find_quantities(nlp(text))
    assert [(float(q.number()), q.unit.key if q.unit else None) for q in qs] == [(value, unit)]


def test_a_title_glued_to_a_number_is_no_currency(nlp):
    qs = find_quantities(nlp("The Mr5m campaign and the Dr3m fund were named after donors."))
    assert not any(q.unit is not None and q.unit.kind == "money" for q in qs)


def test_an_acronym_before_a_scaled_count_is_no_currency(nlp):
    qs = find_quantities(nlp("The NHS 1.5 million staff were told of the new rota on Monday."))
    assert not any(q.unit is not None and q.unit.kind == "money" for q in qs)
