"""Disagreements: readings the blind corpora invented71-74 showed wrong, each on passages written
for this file (not the corpora's sentences):

- a currency's letters set apart from the number ("KRV 640,000") are money where money words
  stand near, and donations, savings, overspending, subsidies, refunds, tolls and fares are such
  words; glued letters before a price or a sum in thousands ("cost D421.60", "costs V421,300") and
  a press abbreviation set apart with a scale ("Dn 260 million") are money there too;
- "up" or "down" that is a verb's particle ("was shut down 45 seconds into the run", "set up 40
  camps") makes no change of the figure after it; "closed down 1.2%" of a market stays a fall;
- an hour of another clause ("lifted off at 09:15 and placed six satellites in orbit") does not make
  the figure a running count at that hour;
- a word English does not have right after a number is its counted noun, whatever the tagger made
  of it ("420 million dalen a year", tagged a verb): the model's own lexicon (its lemmatizer's
  tables) says which words English has; function words ("between 750000 and 800000") never are;
- "a total" after a figure is another noun's ("The 23-metre ship carried a total cargo of ..."): the
  figure is no total.
"""

from __future__ import annotations

import pytest

from newsgraph.components.figures import find_quantities

from .test_disagreements_codes import _vals, nlp  # noqa: F401  (nlp: the figures pipeline fixture)


@pytest.mark.parametrize("text, value, unit", [
    ("The hospice received donations of KRV 640,000 in its first year.", 640_000, "KRV"),
    ("The merger should bring savings of TL 3.2 million a year, the chairman said.", 3_200_000, "TL"),
    ("The festival overspent its budget by DSM 85,000, auditors found.", 85_000, "DSM"),
    ("Farmers will lose subsidies worth PV 12 million under the plan.", 12_000_000, "PV"),
    # glued letters before a price or a sum in thousands, money words near; a press abbreviation apart
    ("The weekly basket cost D421.60 at the cheapest chain.", 421.6, "D"),
    ("A typical flat in the capital now costs V421,300.", 421_300, "V"),
    ("From March the lorry toll goes to K34.50 a trip.", 34.5, "K"),
    ("The new terminal will cost Dn 260 million, the airport said.", 260_000_000, "Dn"),
])
def test_spaced_letters_beside_money_words_are_a_currency(nlp, text, value, unit):
    qs = find_quantities(nlp(text))
    assert (value, unit) in [(float(q.number()), q.unit.key if q.unit else None) for q in qs]


@pytest.mark.parametrize("text", [
    "Route RV 12 runs to the coast past the old donation centre.",
    "The A380 and two F16 jets flew over 12,000 fans at the price-giving.",
    "In 2026 the club paid 4 million for the land.",
])
def test_spaced_letters_without_money_are_no_currency(nlp, text):
    qs = find_quantities(nlp(text))
    assert not any(q.unit is not None and q.unit.kind == "money" for q in qs), [(q.number(), q.unit) for q in qs]


@pytest.mark.parametrize("text, direction", [
    ("The cooling pump was shut down 45 seconds into the test run.", None),
    ("Engineers broke down 12 old turbines for parts.", None),
    ("The army set up 40 camps along the river.", None),
    ("The index closed down 1.2 percent on Friday.", "down"),
    ("Prices went down 4 percent in March.", "down"),
    ("Exports picked up 5 percent in May.", "up"),
])
def test_a_verbs_particle_is_no_change(nlp, text, direction):
    qs = find_quantities(nlp(text))
    assert [q.direction for q in qs] == [direction]


def test_a_stop_after_some_seconds_meets_another_outlets():
    texts = {
        "a.txt": ("Orvel Press", "2027-05-12", "Engine test cut short\n\n"
                  "A test firing of the Marrow-2 rocket engine at the Dessen stand was stopped after 38 seconds "
                  "on Tuesday when sensors saw the fuel pressure rise, the builder said."),
        "b.txt": ("Dessen Daily", "2027-05-12", "Marrow-2 engine test aborted\n\n"
                  "The Marrow-2 engine was shut down 44 seconds into a planned two-minute firing at the Dessen "
                  "stand on Tuesday after a fuel pressure spike, the builder said."),
    }
    assert [38, 44] in _vals(texts)


def test_an_hour_of_another_clause_is_no_running_count():
    texts = {
        "a.html": ("Skyline News", "2027-04-03", "Small rocket reaches orbit\n\n"
                   "The Terrin-1 rocket lifted off from Cape Olla at 10:40 and placed five satellites in a "
                   "500-kilometre orbit, its maker Olla Orbital said."),
        "b.txt": ("Radio Olla", "2027-04-03", "Terrin-1 reaches orbit\n\n"
                  "A small rocket from Cape Olla put four satellites into orbit this morning, its maker Olla "
                  "Orbital said."),
    }
    assert [4, 5] in _vals(texts)


def test_a_count_by_an_hour_stays_running():
    texts = {
        "a.txt": ("Vell Wire", "2027-04-03", "Turnout high in Vell vote\n\n"
                  "By 17:00, 48 percent of voters had cast their ballots in the Vell referendum, the election "
                  "commission said."),
        "b.txt": ("Vell Herald", "2027-04-04", "Vell votes yes\n\n"
                  "Turnout in the Vell referendum was 61 percent of voters, the election commission said."),
    }
    assert [48, 61] not in _vals(texts)


def test_another_nouns_total_leaves_a_length_alone():
    texts = {
        "a.html": ("Port News", "2027-08-14", "New ferry arrives at Kesh\n\n"
                   "The 23-metre ferry carried a total cargo of 40 tonnes on its first crossing to Kesh island "
                   "on Friday, the operator said."),
        "b.txt": ("Kesh Radio", "2027-08-14", "Kesh Star makes first crossing\n\n"
                  "The 26-metre ferry made its first crossing to Kesh island on Friday, the operator said."),
    }
    assert [23, 26] in _vals(texts)


@pytest.mark.parametrize("text, value, unit", [
    ("The cut will cost the treasury about 420 million dalen a year.", 420_000_000, "dalen"),
    ("The merger is worth 1.85 billion dalen, the company said.", 1_850_000_000, "dalen"),
    ("Each household will pay 120 rumik more for water.", 120, "rumik"),
])
def test_a_word_english_lacks_after_a_number_is_counted(nlp, text, value, unit):
    qs = find_quantities(nlp(text))
    assert (value, unit) in [(float(q.number()), q.count_unit) for q in qs]


@pytest.mark.parametrize("text", [
    "Analysts expect that between 750000 and 800000 will be sold annually.",
    "The yen strengthened to trade at 132.86 against the dollar.",
    "They would need to add ten users in Asia to make up for each one they lose.",
])
def test_function_words_after_a_number_are_no_unit(nlp, text):
    qs = find_quantities(nlp(text))
    assert not any(q.count_unit in ("and", "against", "they", "one", "each") for q in qs), \
        [(q.number(), q.count_unit) for q in qs]


def test_a_bare_number_takes_its_heads_unit():
    """A number with no counted noun of its own whose head is another report's counted noun: the
    library's visits "fell to 49,000" and "61,000 visits"."""
    texts = {
        "a.txt": ("Brenn Press", "2027-03-09", "Council to close Marlow library\n\n"
                  "Marlow's library will close in June, the town council said on Tuesday. Visits fell to "
                  "49,000 last year, the council said, and the building needs a new roof."),
        "b.html": ("Marlow Echo", "2027-03-09", "Library to shut\n\n"
                   "Friends of Marlow Library said the branch had 61,000 visits last year and that closing it "
                   "would hurt the town's poorest families. The council decided on Tuesday to close it in June."),
    }
    assert [49_000, 61_000] in _vals(texts)


def test_a_numbered_name_takes_no_unit():
    """"Unit 1 continues to operate": a name, not one unit against another report's two."""
    texts = {
        "a.txt": ("Grid Wire", "2027-03-09", "Reactor stopped at Ostvik\n\n"
                  "The inspectors found cracks in 17 pipe supports of the Ostvik reactor's second unit, which "
                  "was shut down on Monday. Unit 1 continues to operate normally, the inspectorate said."),
        "b.html": ("Ostvik News", "2027-03-09", "Ostvik unit shut\n\n"
                   "The second of Ostvik's reactors was shut down on Monday after inspectors found cracked "
                   "pipe supports, the inspectorate said. Ostvik's two units together supply a fifth of the "
                   "country's power."),
    }
    assert not any(1 in vs for vs in _vals(texts))


def test_lengths_half_a_written_unit_apart_disagree():
    """A 25-metre and a 30-metre mast, each converted to kilometres: 5 metres is half of the 30's
    written ten, not within it (a float's last digit made it so)."""
    texts = {
        "a.txt": ("Hastrin Online", "2027-05-02", "Villagers fight phone mast\n\n"
                  "Residents of Ebbin are fighting plans for a 25-metre phone mast beside the village school, "
                  "which the operator says is needed to end the area's dead spots."),
        "b.html": ("Mid Broadcasting", "2027-05-02", "Ebbin mast protest\n\n"
                   "Parents in Ebbin protested on Saturday against a planned 30-metre phone mast next to the "
                   "village school; the operator says the mast will end dead spots."),
    }
    assert [25, 30] in _vals(texts)


def test_the_hour_something_was_done_is_no_tally_hour():
    """"walked out at 06:00", "docked at Kesh at 11:40": when it was done, not a count at an hour."""
    texts = {
        "a.txt": ("Dock Workers' Union", "2027-04-12", "Calmar dockers strike\n\n"
                  "More than 1,100 of our members at the port of Calmar walked out at 06:00 this morning at the "
                  "start of a 48-hour strike over shift pay."),
        "b.html": ("Trade Wire", "2027-04-12", "Calmar port strike\n\n"
                   "About 900 dockers at the port of Calmar went on a 48-hour strike over shift pay on Monday, "
                   "leaving ships waiting in the bay."),
    }
    assert [900, 1_100] in _vals(texts)
    ferry = {
        "a.txt": ("Maritime Safety Office", "2027-04-12", "Ferry Solva towed in\n\n"
                  "The ferry Solva, carrying 310 passengers and 87 vehicles, was towed into Kesh after its "
                  "engines failed in the night, the office said."),
        "b.html": ("Kesh Gazette", "2027-04-12", "Solva towed to Kesh\n\n"
                   "The ferry Solva, with 310 passengers and 78 vehicles on board, finally docked at Kesh at "
                   "11:40 after its engines failed in the night."),
    }
    assert [78, 87] in _vals(ferry)


def test_an_hour_after_and_is_another_clauses():
    """"went down about 20 nautical miles off the island, and by lunchtime two of her nine men had
    not been found": the distance is no count at lunchtime."""
    texts = {
        "a.txt": ("Coastguard", "2027-04-12", "Trawler lost off Hellay\n\n"
                  "The trawler Kessa sank about 14 nautical miles west of Hellay island shortly after 02:00, "
                  "the coastguard said."),
        "b.html": ("Hellay Today", "2027-04-12", "Kessa lost\n\n"
                   "The Kessa sank in the dark about 20 nautical miles west of Hellay island, and by lunchtime "
                   "two of her crew had still not been found."),
    }
    assert [14, 20] in _vals(texts)


def test_a_share_at_an_hour_stays_a_tally():
    texts = {
        "a.txt": ("Vell Wire", "2027-04-03", "Turnout in Vell vote\n\n"
                  "Turnout in the Vell referendum stood at 32 percent at 14:00, the election commission said."),
        "b.txt": ("Vell Herald", "2027-04-04", "Vell votes yes\n\n"
                  "Turnout in the Vell referendum was 61 percent, the election commission said."),
    }
    assert [32, 61] not in _vals(texts)


def test_nurses_in_hospitals_are_no_injured():
    """"nurses and midwives in public hospitals", "waiting for planned hospital treatment": no
    injury toll that grows from one day to the next, so the day after's other count disagrees."""
    texts = {
        "a.txt": ("Nurses' Union", "2027-02-10", "Nurses accept pay deal\n\n"
                  "The pay agreement covers about 68,000 nurses and midwives in public hospitals and community "
                  "services, the union said on Wednesday."),
        "b.html": ("Varn Herald", "2027-02-11", "Nurses' deal\n\n"
                   "The settlement applies to some 62,000 nurses and midwives working for public hospitals and "
                   "in the community, the union said."),
    }
    assert [62_000, 68_000] in _vals(texts)
