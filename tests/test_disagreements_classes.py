"""Disagreements: the failure classes the third invented corpus showed (tests/data/corpus/invented3,
README "Blind scores"), each on passages written for this file (not the corpus's sentences):

- durations ("held for 63 days" vs "70 days") are compared, as a kind of their own;
- "forcing 8,000 to flee" counts people displaced; "44 of the 150 seats" is a figure of seats;
- a partial count is not compared with the final one, nor an amount each with the combined one,
  nor two amounts whose sentences share nothing but the unit;
- a range given days later, and deaths later in hospital, stay out of the day's disagreement.

and those the fifth (tests/data/corpus/invented5), also on passages of this file's own: one
outlet updating or correcting its own figure, a count on the move, trapped, found dead vs
brought out alive, forecast vs result, minutes of play vs of silence, police vs organisers and
"11 arrests" vs "14 people were arrested", "lost 31 containers", people "on the ferry".

and those the sixth (tests/data/corpus/invented6), on passages of this file's own: a count at an
hour ("by 16:30", "so far") vs the day's count, a sub-group (youth, rural) vs the whole, a list of
workers vs the union's members days later, "firefighters and 9 engines", a magnitude given as a
bare number ("put the magnitude at 5.8"), and a length said "long" vs "its length at".

and those the seventh and eighth (invented7, invented8), on passages of this file's own: the
counted noun before its preposition, later years and years naming the thing, the only figure of
its unit, rounding as written, whose vote share and a first count, seats written with a share and
seats lost, a change and where it started, charges admitted vs convicted on, new cases days
apart, an ordinal count, and "Each of the three ... cost" vs the total.
"""

from __future__ import annotations

import pytest

from newsgraph.components.figures import find_figures
from newsgraph.corpus import disagreements
from newsgraph.corpus.stories import Doc
from newsgraph.nlp import build_nlp


def _docs(texts: dict[str, tuple[str, str | None, str]]) -> list[Doc]:
    import newsgraph

    out = []
    for name, (pub, date, body) in texts.items():
        r = newsgraph.analyze(body, published=date, publisher=pub)
        r.article.source = name
        out.append(Doc.of(r, name))
    return out


def _found(texts):
    return disagreements.figures(_docs(texts), "s")


def _vals(found) -> list[list[float]]:
    # a range [lo, hi] sorts by its low end
    return [sorted((v["value"] for v in d["values"]), key=lambda x: x[0] if isinstance(x, list) else x) for d in found]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=[("newsgraph_figures", "newsgraph.components.figures")])


# --- the figures themselves --------------------------------------------------------------------

def test_forced_to_flee_counts_people(nlp):
    for text, value in (("The eruption on Monday forced roughly 8,000 to flee the slopes of Mount Ister.", 8000),
                        ("Rising water prompted 450 to leave the island by boat, the coastguard said.", 450)):
        figs = {f.value: f for f in nlp(text)._.figures}
        assert figs[value].unit == "people", [(f.value, f.unit) for f in figs.values()]
    # a number that is no head count stays as it was: "cost 30,000 to repair" is no people
    figs = nlp("The bridge will cost about 30,000 to repair, the council said.")._.figures
    assert all(f.unit != "people" for f in figs), [(f.value, f.unit) for f in figs]


def test_part_of_a_whole_is_a_figure(nlp):
    figs = {f.value: f for f in nlp("Early projections gave the Green Union 44 of the 150 seats in the assembly.")._.figures}
    assert 44 in figs and figs[44].unit == "seats", [(f.value, f.unit, f.span.text) for f in figs.values()]
    assert figs[150].unit == "seats"
    figs = {f.value: f for f in nlp("The Free Voters won 9 out of the 40 council seats.")._.figures}
    assert 9 in figs, [(f.value, f.unit, f.span.text) for f in figs.values()]
    # a number in a name stays out: "Galaxy Note 20", "the Group of 20"
    assert [f.value for f in nlp("Sales of the Galaxy Note 20 of the Korean maker slowed.")._.figures] == []


# --- durations -----------------------------------------------------------------------------------

def test_durations_disagree():
    """Two lengths of one captivity, and of one undetected intrusion a day later: durations are
    compared (in the records they are dates with an ISO duration, not figures)."""
    texts = {
        "a.txt": ("Hill Post", None, "Aid workers freed\n\n"
                  "Two aid workers kidnapped in the Korlo highlands were released on Tuesday after being held for 63 days, "
                  "the interior ministry said.\n\n"
                  "The ministry did not say whether a ransom had been paid."),
        "b.txt": ("Plains Radio", None, "Korlo captives released\n\n"
                  "The two aid workers spent 70 days in the hands of their captors in the Korlo highlands before their release, "
                  "their employer said.\n\n"
                  "Both were said to be in good health."),
    }
    found = _found(texts)
    assert _vals(found) == [[63, 70]], _vals(found)
    assert "day" in found[0]["about"], found[0]["about"]
    v = {x["article"]: x for x in found[0]["values"]}
    assert v["a.txt"]["text"] == "63 days" and v["b.txt"]["text"] == "70 days"

    texts = {
        "wire.txt": ("Coast Wire", "2025-03-04", "Payroll firm hacked\n\n"
                     "Intruders had access to the payroll system of Arvel Data for nine days, "
                     "the company said on Tuesday.\n\n"
                     "Salary records of about 40,000 workers were copied."),
        "site.html": ("Byte Daily", "2025-03-05", "Arvel Data breach\n\n"
                      "According to Arvel Data, the intruders had access to its payroll system for 13 days.\n\n"
                      "About 40,000 workers' salary records were copied, the firm said."),
    }
    found = _found(texts)
    assert _vals(found) == [[9, 13]], _vals(found)


def test_equal_and_growing_durations_are_no_disagreement():
    """"nine years" and "9 years" agree; "held for 30 days" on Monday and "held for 32 days" on
    Wednesday is one captivity two days on, not a disagreement."""
    texts = {
        "a.txt": ("Court Wire", "2025-05-06", "Ex-mayor jailed\n\n"
                  "A court in Tesk sentenced the former mayor Ivo Ranz to nine years in prison for fraud on Tuesday."),
        "b.txt": ("City Paper", "2025-05-06", "Ranz jailed\n\n"
                  "The former mayor of Tesk, Ivo Ranz, will spend 9 years in prison for fraud, a court ruled on Tuesday."),
    }
    assert _found(texts) == []
    texts = {
        "mon.txt": ("Coast Wire", "2025-05-05", "Sailors still held\n\n"
                    "Five sailors seized off the Garra coast have now been held for 30 days, their shipping company said on Monday."),
        "wed.txt": ("Harbour Post", "2025-05-07", "Garra sailors\n\n"
                    "The five sailors seized off the Garra coast have been held for 32 days, their shipping company said on Wednesday."),
    }
    assert _found(texts) == []


# --- counts said another way ---------------------------------------------------------------------

def test_forced_to_flee_meets_evacuated():
    texts = {
        "a.txt": ("Coast Wire", "2025-08-11", "Ister erupts\n\n"
                  "Mount Ister erupted on Monday, forcing roughly 8,000 to flee the villages on its slopes, the civil protection agency said."),
        "b.txt": ("Valley Herald", "2025-08-11", "Ister eruption\n\n"
                  "About 9,500 people fled the villages on the slopes of Mount Ister after it erupted on Monday, "
                  "the regional governor said."),
    }
    assert [8000, 9500] in _vals(_found(texts))


def test_projected_seats_given_as_a_part_of_the_whole():
    texts = {
        "a.txt": ("Coast Wire", "2025-04-14", "Greens lead in Ostra\n\n"
                  "Early projections by the election board gave the Green Union 44 of the 150 seats in the assembly on Monday."),
        "b.txt": ("Ostra Daily", "2025-04-14", "Green Union ahead\n\n"
                  "Our own projection gives the Green Union 47 seats in the 150-member assembly, the largest share of any party."),
    }
    vals = _vals(_found(texts))
    assert [44, 47] in vals, vals
    assert not any(150 in v for v in vals), vals


def test_people_burned_are_injured():
    texts = {
        "a.txt": ("Coast Wire", "2025-02-03", "Kettle recall\n\n"
                  "Norra Appliances is recalling 90,000 kettles. It said 22 people had been treated for burns."),
        "b.txt": ("Consumer Desk", "2025-02-03", "Norra kettle recall\n\n"
                  "Norra Appliances recalled 90,000 kettles on Monday. Thirty people were burned, the safety office told reporters."),
    }
    assert [22, 30] in _vals(_found(texts))
    texts = {
        "a.txt": ("Coast Wire", "2025-02-03", "Warehouse fire\n\n"
                  "Four people burned to death when a fire swept through a furniture warehouse in Lesk on Monday."),
        "b.txt": ("Lesk Today", "2025-02-03", "Lesk warehouse fire\n\n"
                  "A fire in a furniture warehouse in Lesk killed six people on Monday, the fire service said."),
    }
    assert [4, 6] in _vals(_found(texts))  # burned to death: killed


# --- false alarms ------------------------------------------------------------------------------

def test_partial_count_is_not_the_final_count():
    texts = {
        "night.txt": ("Coast Wire", "2025-04-14", "Greens lead in Ostra\n\n"
                      "With 88 percent of precincts reporting, the Green Union had 37.9 percent of the vote, "
                      "the election board said on Monday."),
        "final.txt": ("Ostra Daily", "2025-04-15", "Ostra final results\n\n"
                      "The Green Union took 38.6 percent of the vote in the final count released by the election board on Tuesday."),
        "final2.txt": ("Capital Star", "2025-04-15", "Green Union wins Ostra\n\n"
                       "The official result published on Tuesday gave the Green Union 39.1 percent of the vote, "
                       "the election board said."),
    }
    found = _found(texts)
    # the two final results disagree with each other; neither is compared with Monday's partial count
    assert _vals(found) == [[38.6, 39.1]], _vals(found)


def test_an_amount_each_is_not_the_combined_amount():
    texts = {
        "a.txt": ("Court Wire", "2025-06-20", "Smugglers fined\n\n"
                  "A court in Brask fined the two cigarette smugglers 60,000 velmarks each on Friday.\n\n"
                  "It also seized 250,000 velmarks found in a bank account in Ostra."),
        "b.txt": ("Brask Times", "2025-06-20", "Smuggling ring fined\n\n"
                  "The two cigarette smugglers were fined a combined 120,000 velmarks by a court in Brask on Friday."),
        "c.txt": ("Border News", "2025-06-20", "Brask smugglers\n\n"
                  "The court in Brask ordered a fine of 60,000 velmarks per smuggler on Friday."),
    }
    assert _found(texts) == []
    texts["d.txt"] = ("River Radio", "2025-06-20", "Fines for smugglers\n\n"
                      "The two cigarette smugglers were fined 65,000 velmarks apiece by a court in Brask on Friday.")
    vals = _vals(_found(texts))
    assert vals == [[60000, 60000, 65000]], vals  # amounts each still meet amounts each


# --- wrong values inside a right disagreement ------------------------------------------------------

def test_a_range_days_later_stays_out_of_the_days_values():
    texts = {
        "a.txt": ("Coast Wire", "2025-09-01", "Dorn floods\n\n"
                  "The river crest reached about 5 metres in the centre of Dorn on Monday, the water agency said."),
        "b.txt": ("Dorn Courier", "2025-09-01", "Floods in Dorn\n\n"
                  "In the centre of Dorn the river crest reached about 6 metres on Monday, the mayor said."),
        "c.txt": ("Plains Radio", "2025-09-03", "Dorn floods: the survey\n\n"
                  "The river crest had reached between 4 and 6.5 metres along its course, the water agency said in a survey on Wednesday."),
    }
    found = _found(texts)
    assert _vals(found) == [[5, 6]], _vals(found)


def test_deaths_later_in_hospital_stay_out_of_the_days_toll():
    """The day's toll (6 vs 8; one report undated) is a disagreement; three workers who died of
    their burns two days later are a later count, even through the undated report."""
    texts = {
        "a.txt": ("Coast Wire", "2025-10-06", "Refinery blast\n\n"
                  "An explosion at the Virel refinery killed six workers on Monday, the plant's owner said."),
        "b.txt": ("Gulf Weekly", None, "Virel blast\n\n"
                  "At least eight workers were killed by an explosion at the Virel refinery on Monday, union officials said."),
        "c.txt": ("Plains Radio", "2025-10-08", "Virel blast toll\n\n"
                  "Three workers who were badly burned in Monday's explosion at the Virel refinery died later in hospital, "
                  "officials said on Wednesday."),
    }
    found = _found(texts)
    assert _vals(found) == [[6, 8]], _vals(found)


def test_an_unchanged_toll_on_a_later_day_stays_in_the_disagreement():
    """The same toll repeated a day later is one count that did not change: it stays beside the
    day's values when an undated report gives another (only a changed value is a later count)."""
    texts = {
        "mon.txt": ("Coast Wire", "2025-10-06", "Mine collapse\n\n"
                    "A tunnel collapse at the Harn copper mine killed at least 12 miners on Monday, the mine's owner said."),
        "tue.txt": ("Harn Daily", "2025-10-07", "Harn mine\n\n"
                    "Rescuers at the Harn copper mine stopped searching on Tuesday after the tunnel collapse that killed at least 12 miners."),
        "undated.txt": ("Gulf Weekly", None, "Harn mine collapse\n\n"
                        "At least 15 miners were killed when a tunnel collapsed at the Harn copper mine, union officials said."),
    }
    found = _found(texts)
    assert _vals(found) == [[12, 12, 15]], _vals(found)


# --- the classes the fifth invented corpus showed (tests/data/corpus/invented5, README "Blind
# scores"), on passages written for this file -----------------------------------------------------

def test_an_outlet_updating_its_own_figure_is_no_disagreement():
    """A wire's first version and its update give the toll of their hour (5, then 11); two outlets
    rewriting the two versions carry one each. That is one outlet updating its own figure, not
    outlets disagreeing; nor is a third outlet's injured count of that day, a count the wire is
    seen changing within the day (28 then 34)."""
    texts = {
        "wire1.txt": ("Kestrel Wire", "2025-11-04", "Bus plunges into ravine\n\n"
                      "A coach carrying pilgrims plunged into a ravine near Ostry on Tuesday, killing at least five people "
                      "and injuring 28, police said."),
        "wire2.txt": ("Kestrel Wire", "2025-11-04", "UPDATE 1-Ostry coach crash toll rises\n\n"
                      "At least 11 people were killed and 34 injured when a coach carrying pilgrims plunged into a ravine "
                      "near Ostry on Tuesday, police said."),
        "paper1.html": ("Ostry Evening", "2025-11-04", "Coach crash near Ostry\n\n"
                        "A coach carrying pilgrims fell into a ravine near Ostry on Tuesday, killing at least five people "
                        "and injuring 28, police said. The pilgrims were returning from the shrine at Vell.\n\n- With Kestrel"),
        "paper2.html": ("Hill Times", "2025-11-04", "Ostry coach crash kills 11\n\n"
                        "At least 11 people were killed and 34 injured when a pilgrims' coach went into a ravine near "
                        "Ostry on Tuesday, police said."),
        "radio.txt": ("Ostry FM", "2025-11-04", "Coach crash: what we know\n\n"
                      "The regional hospital says it is treating more than 20 injured from the coach that went into "
                      "the ravine near Ostry this morning. The pilgrims were on their way home from the shrine at Vell. "
                      "The road above the ravine has been closed."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_different_counts_of_one_day_from_different_outlets_disagree():
    """Police against organisers on a march's turnout (a factor of almost four apart) and two
    outlets' arrest counts, one written as people arrested and one as arrests, are disagreements:
    no outlet gave both values."""
    texts = {
        "a.txt": ("Coast Wire", "2025-05-17", "Pension march in Velm\n\n"
                  "Thousands marched through Velm on Saturday against the pension reform. "
                  "Police said 23 people were arrested after scuffles near the parliament."),
        "b.html": ("Velm Daily", "2025-05-17", "Pension protest fills Velm\n\n"
                   "About 12,000 people, according to police, marched through Velm on Saturday against the pension "
                   "reform. Officers arrested 23 people near the parliament."),
        "c.html": ("Northern Star", "2025-05-17", "45,000 march in Velm, unions say\n\n"
                   "Some 45,000 marchers crossed Velm on Saturday against the pension reform, the unions that "
                   "organised the march said. Police reported 19 arrests near the parliament."),
    }
    vals = _vals(_found(texts))
    assert sorted(vals) == [[19, 23, 23], [12000, 45000]], vals


def test_a_trapped_count_days_later_is_a_later_figure():
    """Nine fishermen trapped on Monday and six still trapped on Wednesday are two states of one
    count; two outlets' counts of the same day are a disagreement."""
    texts = {
        "mon.txt": ("Coast Wire", "2025-01-13", "Fishermen trapped on ice floe\n\n"
                    "Nine fishermen are trapped on an ice floe that broke away off Lumo on Monday, the coastguard said."),
        "wed.txt": ("Lumo Post", "2025-01-15", "Lumo ice floe\n\n"
                    "Helicopters lifted three men off the drifting ice floe off Lumo on Wednesday, and six fishermen "
                    "remain trapped, the coastguard said."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    texts["mon2.txt"] = ("Lumo Radio", "2025-01-13", "Ice floe off Lumo\n\n"
                         "Eleven fishermen are trapped on a broken ice floe off Lumo, the harbour master said on Monday.")
    assert _vals(_found(texts)) == [[9, 11]], _vals(_found(texts))


def test_things_lost_are_counted():
    """"lost 31 containers overboard" is the count of the boxes lost (not a fall of 31), and meets
    another report's count of them; the ship's load is another thing."""
    texts = {
        "a.txt": ("Coast Wire", "2025-02-19", "Ship loses containers\n\n"
                  "The freighter Ardent Star lost 31 containers overboard in a gale off Pellin on Wednesday, the "
                  "port authority said. The ship was carrying about 2,100 containers."),
        "b.txt": ("Skipper's Notes", None, "Boxes adrift off Pellin\n\n"
                  "The Ardent Star lost 38 containers in the gale off Pellin. Keep a sharp lookout."),
    }
    assert _vals(_found(texts)) == [[31, 38]], _vals(_found(texts))


def test_people_on_board_said_as_on_the_train():
    """"Around 410 people were on the ferry, according to the hospital" counts those on board (the
    hospital says it, but they are not injured), and meets "carrying about 380 passengers"."""
    texts = {
        "a.txt": ("Coast Wire", "2025-07-08", "Ferry runs aground\n\n"
                  "A ferry carrying about 380 passengers ran aground off Dessa on Tuesday, the coastguard said."),
        "b.txt": ("Dessa Radio", "2025-07-08", "Ferry aground\n\n"
                  "Around 410 people were on the ferry, according to the hospital's duty manager, and 12 are being "
                  "treated for cuts."),
    }
    assert [380, 410] in _vals(_found(texts)), _vals(_found(texts))


def test_a_forecast_is_not_the_result():
    """The profit reported against the profit analysts expected: two different things, whoever
    writes them (the release gives only the result)."""
    texts = {
        "release.txt": ("Orvana PLC", "2025-03-06", "Full-year results\n\n"
                        "Net profit rose 6.1% to 512 million velmarks. The board proposes a dividend of 1.20 velmarks per share."),
        "wire.txt": ("Coast Wire", "2025-03-06", "Orvana beats forecasts\n\n"
                     "Orvana reported a 6.1% rise in full-year net profit to 512 million velmarks on Thursday. "
                     "Analysts had on average expected a net profit of 480 million velmarks."),
        "site.html": ("Market Desk", "2025-03-06", "Orvana profit tops forecasts\n\n"
                      "Analysts had expected net profit of 480 million velmarks, according to a poll by Coast Wire."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_found_dead_is_not_brought_out_alive():
    texts = {
        "a.txt": ("Coast Wire", "2025-12-02", "Climbers found on Mount Tell\n\n"
                  "Rescuers recovered the bodies of four climbers on Mount Tell on Tuesday, the mountain rescue service said."),
        "b.txt": ("Tell Gazette", "2025-12-02", "Mount Tell rescue\n\n"
                  "Seven climbers were brought down alive from Mount Tell on Tuesday after a night in a snow hole, "
                  "the mountain rescue service said."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_minutes_of_play_are_not_minutes_of_silence():
    texts = {
        "a.html": ("Pitch Report", "2025-04-20", "Harbour Athletic hold on\n\n"
                   "Harbour Athletic beat Dunmore 2-1 at the Harbour Ground. A late goal by Dunmore meant a tense three "
                   "minutes of added time for the home side at the Harbour Ground."),
        "b.txt": ("City Radio", "2025-04-20", "Athletic win\n\n"
                  "Harbour Athletic beat Dunmore 2-1. The crowd at the Harbour Ground stood for a minute's silence for the "
                  "victims of the fire before the home side kicked off."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_a_wire_correcting_its_own_figure_is_no_disagreement():
    """A fixed fact the wire corrects the same day (three carriages, then four): an outlet
    rewriting the first version carries the old value; that is the wire's correction, not two
    outlets disagreeing. A local station's own count of that day still disagrees with both."""
    texts = {
        "wire1.txt": ("Kestrel Wire", "2025-06-03", "Train derails near Lisk\n\n"
                      "Three carriages of a regional train left the track near Lisk on Tuesday morning, the rail "
                      "operator said. Nobody was hurt."),
        "wire2.txt": ("Kestrel Wire", "2025-06-03", "CORRECTED-Train derails near Lisk\n\n"
                      "Four carriages of a regional train left the track near Lisk on Tuesday morning, the rail "
                      "operator said. Nobody was hurt."),
        "paper.html": ("Lisk Evening", "2025-06-03", "Derailment near Lisk\n\n"
                       "Three carriages of a regional train came off the track near Lisk on Tuesday morning, the rail "
                       "operator said. Nobody was hurt, it added."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    texts["radio.txt"] = ("Lisk FM", "2025-06-03", "Lisk derailment\n\n"
                          "Six carriages of the regional train left the track near Lisk this morning, the rail "
                          "operator said. Nobody was hurt, the operator added.")
    assert _vals(_found(texts)) == [[3, 3, 4, 6]], _vals(_found(texts))


# --- the sixth corpus's classes ----------------------------------------------------------------

def test_a_count_at_an_hour_is_not_the_days_count():
    texts = {
        "live.html": ("Brask Courier", "2025-10-12", "Brask votes, live\n\n"
                      "16:45 - The electoral commission says turnout reached 41 percent by 16:30."),
        "wire.txt": ("Kestrel Wire", "2025-10-12", "Brask elects council\n\n"
                     "Turnout was 47 percent, the electoral commission said late on Sunday."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    # "so far" is a count at an hour too; two counts at an hour that differ still disagree
    texts["radio.txt"] = ("Brask FM", "2025-10-12", "Brask votes\n\n"
                          "So far turnout stands at 44 percent, the electoral commission said this afternoon.")
    assert _vals(_found(texts)) == [[41, 44]], _vals(_found(texts))


def test_a_sub_group_is_not_the_whole():
    texts = {
        "wire.txt": ("Kestrel Wire", "2025-05-06", "Joblessness in Ostra\n\n"
                     "The statistics office said on Tuesday that unemployment in Ostra was 6.2 percent in April. "
                     "Rural unemployment reached 11 percent."),
        "check.html": ("Fact Desk", "2025-05-07", "What the figures say\n\n"
                       "The statistics office puts unemployment in April at 6.2 percent."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    # the same sub-group given differently by two outlets is a disagreement
    texts["paper.html"] = ("Ostra Daily", "2025-05-06", "Jobs\n\n"
                           "Rural unemployment reached 9 percent in April, the statistics office said.")
    assert _vals(_found(texts)) == [[9, 11]], _vals(_found(texts))


def test_a_list_of_workers_and_the_unions_members_days_later():
    texts = {
        "wire.txt": ("Kestrel Wire", "2025-03-03", "Rail strike\n\n"
                     "About 3,500 drivers, guards and signal staff joined the strike on Monday, the rail operator said."),
        "union.txt": ("Union Voice", "2025-03-06", "Day four\n\n"
                      "By the union's count 5,000 members walked out on Monday, not the figure the operator gave."),
    }
    assert _vals(_found(texts)) == [[3500, 5000]], _vals(_found(texts))


def test_firefighters_listed_with_engines():
    texts = {
        "paper.html": ("Lisk Evening", "2025-02-11", "Mill fire\n\n"
                       "About 45 firefighters tackled the blaze at the old mill, which caught fire before dawn."),
        "radio.txt": ("Lisk FM", None, "Mill fire\n\n"
                      "Crews say 70 firefighters and 9 engines were called out at the height of the blaze."),
    }
    assert _vals(_found(texts)) == [[45, 70]], _vals(_found(texts))


def test_a_magnitude_given_as_a_bare_number():
    texts = {
        "wire1.txt": ("Kestrel Wire", "2025-08-02", "Quake in Tarn\n\n"
                      "A magnitude 5.8 earthquake shook the Tarn valley on Saturday, damaging dozens of homes."),
        "wire2.txt": ("Coast Wire", "2025-08-02", "Tarn quake\n\n"
                      "The national seismic service put the magnitude at 6.0 and said the quake was shallow."),
    }
    assert _vals(_found(texts)) == [[5.8, 6.0]], _vals(_found(texts))


def test_a_length_said_long_and_as_its_length():
    texts = {
        "newsletter.txt": ("Isle News", None, "Dolphin ashore\n\n"
                           "The dolphin, about 3 metres long, was spotted by a fisherman at first light."),
        "paper.html": ("Coast Evening", "2025-07-01", "Dolphin saved\n\n"
                       "Vets put the dolphin's length at 4 metres."),
    }
    assert _vals(_found(texts)) == [[3, 4]], _vals(_found(texts))


# --- quotations: a cut is not a rewording (invented6's police chief) -----------------------------

def test_a_quote_with_a_clause_left_out_is_no_rewording_but_a_reworded_one_is():
    full = ('"The pump failed at dawn, and we think the valve was old, but it is too soon to say," '
            'police chief Ines Valk said on Monday.')
    cut = '"The pump failed at dawn," police chief Ines Valk said on Monday, "but it is too soon to say."'
    reworded = ('"The pump failed at dawn, and we think the valve was worn, but it is too early to tell," '
                'police chief Ines Valk said on Monday.')
    cut_pair = disagreements.quotes(_docs({"a.txt": ("Coast Wire", "2025-05-05", full),
                                           "b.txt": ("Port Daily", "2025-05-05", cut)}), "s")
    assert cut_pair == []
    worded = disagreements.quotes(_docs({"a.txt": ("Coast Wire", "2025-05-05", full),
                                         "c.txt": ("Port Daily", "2025-05-05", reworded)}), "s")
    assert len(worded) == 1 and worded[0]["kind"] == "quote", worded


# --- the seventh and eighth corpora's classes (invented7/8 README "Failure classes") -------------

def test_a_turnout_named_before_its_ballot():
    """"Turnout in the ballot was 44%" counts turnout (the noun before "in"), and meets "on a
    turnout of 51 percent"; "percent" and "%" are one unit."""
    texts = {
        "union.txt": ("Dockers' Union", "2026-03-02", "Ballot result\n\n"
                      "Members backed the offer on a turnout of 51 percent."),
        "paper.html": ("Lisk Evening", "2026-03-02", "Dockers accept\n\n"
                       "Turnout in the ballot was 44%, according to the dockers' leaders."),
    }
    assert _vals(_found(texts)) == [[44, 51]], _vals(_found(texts))


def test_a_figure_for_a_later_year_is_compared_with_the_same_year():
    """"jobs will go by 2029" was left out (a year in the sentence); a later year dates a plan, not
    an earlier event: compared with figures for the same year, never with one for another year."""
    texts = {
        "release.txt": ("Orvel plc", "2026-05-04", "Orvel to merge depots\n\n"
                        "Orvel estimates that 300 jobs will go by 2029 as depots are merged."),
        "paper.html": ("Trade Daily", "2026-05-04", "Orvel merger\n\n"
                       "Orvel estimates that 450 jobs will go by 2029 as depots are merged, the paper learned."),
    }
    assert _vals(_found(texts)) == [[300, 450]], _vals(_found(texts))
    texts["paper.html"] = ("Trade Daily", "2026-05-04", "Orvel merger\n\n"
                           "Orvel estimates that 450 jobs will go by 2031 as depots are merged, the paper learned.")
    assert _found(texts) == [], _vals(_found(texts))


def test_a_year_that_names_the_thing_and_next_year():
    """"the 2023 sale of the depot for 6 million krona" is the sale another report gives without
    its year; "a 2027 budget" is next year's spending in a report of 2026."""
    texts = {
        "a.txt": ("Kestrel Wire", "2026-02-10", "Mayor under pressure\n\n"
                  "The mayor is under pressure over the 2023 sale of the old tram depot for 6 million krona."),
        "b.txt": ("Lisk Evening", "2026-02-10", "Depot row\n\n"
                  "Critics say the mayor let the old tram depot go for 8 million krona to a friend."),
    }
    assert _vals(_found(texts)) == [[6e6, 8e6]], _vals(_found(texts))
    texts = {
        "a.txt": ("Kestrel Wire", "2026-10-06", "Budget day\n\n"
                  "The finance minister presented a 2027 budget of 30.5 billion krona to parliament."),
        "b.txt": ("Lisk FM", "2026-10-06", "Budget\n\n"
                  "Parliament is asked to approve spending of 29.1 billion krona next year."),
    }
    assert _vals(_found(texts)) == [[29.1e9, 30.5e9]], _vals(_found(texts))


def test_the_only_figure_of_its_unit_in_each_report():
    """Stocks named two ways ("grain stocks", "the state reserve") with few shared words: each the
    only figure in tonnes its report has for the other, so one thing (a forecast harvest is not)."""
    texts = {
        "wire.txt": ("Kestrel Wire", "2026-08-03", "Export ban\n\n"
                     "State grain stocks stand at 700,000 tonnes, enough for four months, the ministry said."),
        "paper.html": ("Lisk Evening", "2026-08-03", "Bread prices\n\n"
                       "This year's harvest is expected at 2.9 million tonnes. The state reserve holds 520,000 "
                       "tonnes of wheat, officials told the paper."),
    }
    assert _vals(_found(texts)) == [[520000, 700000]], _vals(_found(texts))


def test_a_share_said_more_precisely_is_the_same_share():
    """67.3 percent and 67 percent, 2.42% and 2.4 percent: one value, rounded (5.8 and 6.0 are two)."""
    texts = {
        "a.txt": ("Kestrel Wire", "2026-04-12", "Vote\n\nTurnout was 63.4 percent, the election board said."),
        "b.html": ("Lisk Evening", "2026-04-12", "Vote\n\nTurnout was 63 percent, the election board said."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    texts["c.txt"] = ("Lisk FM", "2026-04-12", "Vote\n\nTurnout was 65 percent, the election board said.")
    assert _vals(_found(texts)) == [[63, 63.4, 65]], _vals(_found(texts))


def test_two_parties_shares_and_a_first_count():
    """Whose share: the Farmers' League's 19.5 percent is not the Unity Party's 31.2; and a report of
    the first count ("after 40 of 300 districts had been counted") is not the final result ("with
    all 300 districts counted")."""
    texts = {
        "first.txt": ("Kestrel Wire", "2026-09-13", "Early lead\n\n"
                      "The Unity Party led with 33.0 percent after 40 of 300 districts had been counted. "
                      "The Farmers' League was second on 17.5 percent."),
        "final.txt": ("Kestrel Wire", "2026-09-14", "Result\n\n"
                      "With all 300 districts counted, the Unity Party took 31.2 percent of the vote. "
                      "The Farmers' League came second with 19.5 percent of the vote."),
        "paper.html": ("Lisk Evening", "2026-09-14", "Unity wins\n\n"
                       "The Unity Party ended the night with 31.2 percent of the national vote."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    texts["paper.html"] = ("Lisk Evening", "2026-09-14", "Unity wins\n\n"
                           "The Unity Party ended the night with 29.8 percent of the national vote.")
    assert _vals(_found(texts)) == [[29.8, 31.2]], _vals(_found(texts))


def test_seats_written_with_the_share_and_seats_lost():
    """"64 seats in the 120-member chamber and 35 percent" counts seats (not members); seats a
    party lost are not seats won."""
    texts = {
        "wire.txt": ("Kestrel Wire", "2026-09-14", "Result\n\n"
                     "With all districts counted, the Unity Party won 61 of the 120 seats."),
        "paper.html": ("Lisk Evening", "2026-09-14", "Unity wins\n\n"
                       "The Unity Party ended the night with 64 seats in the 120-member chamber and 35 percent "
                       "of the vote, according to the official count."),
    }
    assert _vals(_found(texts)) == [[61, 64]], _vals(_found(texts))
    lost = {
        "wire.txt": ("Kestrel Wire", "2026-09-14", "Result\n\nThe Labour Party won 41 seats, the board said."),
        "paper.html": ("Lisk Evening", "2026-09-14", "Labour slumps\n\nThe Labour Party lost 19 seats, the board said."),
    }
    assert _found(lost) == [], _vals(_found(lost))


def test_a_shares_fall_and_where_a_change_started():
    """"Ostel shares fell 6.1 percent" and "Ostel dropped 8.4%" are one fall told two ways (changes
    are compared with changes the same way of the same named thing, not with the index's fall);
    "from 4.8 percent" is where a change started, not the new rate."""
    texts = {
        "a.txt": ("Kestrel Wire", "2026-06-09", "Stocks\n\n"
                  "The Brask index fell 1.2 percent. Ostel shares fell 6.1 percent after a profit warning."),
        "b.html": ("Market Desk", "2026-06-09", "Ostel slides\n\n"
                   "Ostel, the biggest ferry operator, dropped 8.4% after cutting its forecast."),
    }
    assert _vals(_found(texts)) == [[6.1, 8.4]], _vals(_found(texts))
    rates = {
        "a.txt": ("Kestrel Wire", "2026-04-21", "Jobless\n\n"
                  "Unemployment in Ostra rose to 5.6 percent in March from 5.2 percent in February."),
        "b.html": ("Fact Desk", "2026-04-22", "Claim checked\n\n"
                   "The statistics office puts unemployment in March at 5.6 percent, up from 5.2 percent."),
    }
    assert _found(rates) == [], _vals(_found(rates))


def test_charges_admitted_are_not_charges_convicted_on():
    """"pleaded guilty to three of the seven fraud charges" on Monday and "convicted on five of the
    seven fraud charges" on Tuesday: two counts, not one. The verdict's report gives both ("his
    guilty plea to three charges"), and a report giving two values for what would be one thing
    keeps them apart: "fraud charges" and "charges" are both counts of charges."""
    texts = {
        "plea.html": ("Lisk Evening", "2026-06-08", "Guilty plea\n\n"
                      "The former mayor pleaded guilty on Monday to three of the seven fraud charges against him."),
        "verdict.txt": ("Kestrel Wire", "2026-06-09", "Mayor convicted\n\n"
                        "The judge noted that his guilty plea to three charges came late. "
                        "He was convicted on five of the seven fraud charges."),
        "paper.html": ("Ostra Daily", "2026-06-09", "Mayor guilty\n\n"
                       "The court found him guilty of five fraud charges."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_new_cases_days_apart_and_the_seventh_to_die():
    """"31 new cases" on Thursday and "17 new cases" on Monday are two days' increments; "the sixth
    person to die" (an ordinal) says six died, against another outlet's five of the same day."""
    texts = {
        "a.txt": ("Kestrel Wire", "2026-06-11", "Outbreak\n\n"
                  "Officials recorded 31 new cholera cases in 24 hours. Five people have died, the health office said."),
        "b.html": ("Lisk Evening", "2026-06-15", "Outbreak slows\n\n"
                   "The health office confirmed 17 new cases on Monday."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    texts["c.html"] = ("Ostra Daily", "2026-06-11", "Sixth death\n\n"
                       "A retired nurse has become the sixth person to die in the outbreak, her family said.")
    assert _vals(_found(texts)) == [[5, 6]], _vals(_found(texts))


def test_each_of_them_cost_is_not_the_total():
    """"Each of the three buses ... cost about 2 million krona" is an amount for each one, not the
    "6 million krona" lost in all (a "next year" in another clause of the total's sentence dates
    nothing of the figure)."""
    texts = {
        "a.txt": ("Kestrel Wire", "2026-03-10", "Depot fire\n\n"
                  "Each of the three buses lost in the depot fire cost about 2 million krona, the operator said."),
        "b.html": ("Lisk Evening", "2026-03-10", "Buses burn\n\n"
                   "In all, 6 million krona worth of buses was lost in the depot fire, the operator said, a blow "
                   "to a service that had hoped to open two new routes next year."),
    }
    assert _found(texts) == [], _vals(_found(texts))


# --- the ninth to twelfth invented corpora (invented9..invented12), on passages of this file's own ---

def test_a_fraction_of_a_whole_is_the_part():
    """"half of its 800 workers" is 400 workers: it agrees with "400 workers" and disagrees with
    500; the whole (800) is said in passing."""
    texts = {
        "a.txt": ("Coast Wire", "2025-06-03", "Mill shift\n\n"
                  "The fire at the Tarn paper mill broke out just after half of the mill's 800 workers had begun the night shift, "
                  "the fire service said."),
        "b.txt": ("Harbour Post", "2025-06-03", "Tarn mill fire\n\n"
                  "About 400 workers were on the night shift at the Tarn paper mill when the fire broke out, the fire service said."),
    }
    assert _found(texts) == []
    texts["b.txt"] = ("Harbour Post", "2025-06-03", "Tarn mill fire\n\n"
                      "About 500 workers were on the night shift at the Tarn paper mill when the fire broke out, the fire service said.")
    found = _found(texts)
    assert _vals(found) == [[400, 500]], _vals(found)
    assert {v["text"] for v in found[0]["values"]} == {"half of the mill's 800 workers", "About 500 workers"}


def test_jobs_cut_and_jobs_shed_are_one_count():
    """"cutting 250 jobs" (a fall, to the figures stage) and "shed 300 jobs" (what is lost) are
    both the jobs to go; "by March" is a month, not a march."""
    texts = {
        "a.html": ("Tech Daily", "2025-06-05", "Orvel cuts\n\n"
                   "Orvel Software is cutting 250 jobs by March, the company told staff at its Dock Road offices on Thursday."),
        "b.html": ("City Paper", "2025-06-05", "Orvel to shed jobs\n\n"
                   "Orvel Software will shed 300 jobs, staff were told at the company's Dock Road offices on Thursday."),
    }
    found = _found(texts)
    assert _vals(found) == [[250, 300]], _vals(found)


def test_people_counted_for_different_reasons_stay_apart():
    """The evacuated, the people a plant employs and the people of a town are three counts."""
    texts = {
        "a.txt": ("Coast Wire", "2025-06-10", "Gas leak at Morra\n\n"
                  "About 500 people were evacuated from Morra after the gas leak at the Velta refinery on Tuesday."),
        "b.txt": ("Harbour Post", "2025-06-10", "Velta refinery leak\n\n"
                  "The Velta refinery employs about 700 people, most of them from Morra, the company said after the gas leak on Tuesday."),
        "c.txt": ("Valley Radio", "2025-06-10", "Morra leak\n\n"
                  "In Morra, a town of 1,100 people next to the Velta refinery, schools were shut after the gas leak on Tuesday."),
    }
    assert _found(texts) == []


def test_a_revised_count_days_later_is_an_update():
    """"21 shops, up from the 16 announced" two days on revises the police's first count."""
    texts = {
        "a.txt": ("County Police", "2025-03-03", "Arrests in shop break-ins\n\n"
                  "Officers arrested two men on Monday in connection with break-ins at 16 shops on Mill Street."),
        "b.txt": ("Town Courier", "2025-03-03", "Two held over Mill Street break-ins\n\n"
                  "Police arrested two men over break-ins at 16 shops on Mill Street on Monday."),
        "c.txt": ("County Police", "2025-03-05", "Update: Mill Street break-ins\n\n"
                  "Detectives have now linked the two men arrested Monday on Mill Street to break-ins at 21 shops, "
                  "up from the 16 announced on Monday."),
    }
    assert _found(texts) == []


def test_counts_at_two_hours_of_a_morning_are_not_compared():
    """"as of 6:15 a.m." and "by 8 a.m." are one growing count at two times."""
    texts = {
        "a.html": ("Channel 9", "2025-01-16", "Ice closes schools\n\n"
                   "Nine districts in Orr County had closed for the day as of 6:15 a.m. because of ice on the roads."),
        "b.html": ("Orr Ledger", "2025-01-16", "Schools shut by ice\n\n"
                   "More than 15 districts in Orr County had closed for the day by 8 a.m. because of ice on the roads."),
    }
    assert _found(texts) == []


def test_a_vote_written_as_a_score():
    """"voted 4-3" and "The vote was 5-2" give the votes for: 4 vs 5."""
    texts = {
        "a.html": ("Town Courier", "2025-04-09", "Pool approved\n\n"
                   "The Elm Falls town board voted 4-3 on Tuesday to spend $2 million on a new public pool."),
        "b.txt": ("Radio Elm", "2025-04-09", "Elm Falls pool\n\n"
                  "Elm Falls will build a new public pool after a town board meeting on Tuesday. The vote was 5-2."),
    }
    found = _found(texts)
    assert _vals(found) == [[4, 5]], _vals(found)
    assert {v["text"] for v in found[0]["values"]} == {"4-3", "5-2"}


def test_others_hurt_are_people_and_a_peak_speed_is_no_limit():
    texts = {
        "a.html": ("Channel 9", "2025-02-02", "Crash on Route 4\n\n"
                   "A man died and two others were hurt when a truck hit a car on Route 4 on Sunday, troopers said."),
        "b.txt": ("Orr Ledger", "2025-02-02", "Route 4 crash\n\n"
                  "A man died and three other people were hurt when a truck hit a car on Route 4 on Sunday, troopers said."),
    }
    assert _vals(_found(texts)) == [[2, 3]]
    texts = {
        "a.txt": ("Coast Wire", "2025-02-02", "Storm Alda\n\n"
                  "Storm Alda hit the Kessa coast on Sunday with gusts of up to 150 km/h, the weather office said."),
        "b.html": ("Kessa Live", "2025-02-02", "Alda hits coast\n\n"
                   "Gusts of 170 km/h were measured on the Kessa coast as Storm Alda came ashore on Sunday, the weather office said."),
    }
    assert _vals(_found(texts)) == [[150, 170]]


def test_a_ceiling_and_windows_of_time_are_not_compared():
    """An authorised ceiling is a limit (not the force deployed); "in the three months to June" and
    "its biggest gain in five months" are windows, not lengths of anything."""
    texts = {
        "a.txt": ("UN News", "2025-05-02", "Mission renewed\n\n"
                  "The Council kept the Mission's authorized ceiling at 5,000 uniformed personnel on Friday."),
        "b.txt": ("UN News Two", "2025-05-02", "Mission in Tarsa\n\n"
                  "The Mission deploys some 9,000 uniformed personnel in Tarsa, the Council heard on Friday."),
    }
    assert _found(texts) == []
    texts = {
        "a.txt": ("Market Wire", "2025-07-15", "Verna profit\n\n"
                  "Verna made a net profit of 40 million euros in the three months to June, and its shares rose 3 percent."),
        "b.html": ("Money Desk", "2025-07-15", "Verna shares\n\n"
                   "Verna shares rose 3 percent, their biggest gain in five months, after the net profit of 40 million euros."),
    }
    assert _found(texts) == []


def test_a_count_as_a_compound_adjective_and_a_crowd_of_supporters():
    """"a 16-date tour" counts dates, as "all 18 dates" does; "a crowd of 30,500" at a match meets
    "28,000 fans" there."""
    texts = {
        "a.txt": ("Coast Wire", "2025-09-05", "Ilsa Marr cancels tour\n\n"
                  "The singer Ilsa Marr has cancelled all 18 dates of her autumn tour after a throat infection, she said on Friday."),
        "b.html": ("Pop Page", "2025-09-05", "Marr tour off\n\n"
                   "Ilsa Marr has called off her whole 16-date autumn tour after a throat infection, she said on Friday."),
    }
    found = _found(texts)
    assert _vals(found) == [[16, 18]], _vals(found)
    assert {v["text"] for v in found[0]["values"]} == {"18 dates", "16-date"}
    texts = {
        "a.txt": ("Coast Wire", "2025-09-06", "Tarn 2 Velm 0\n\n"
                  "Tarn beat Velm 2-0 at the Oster Ground on Saturday in front of a crowd of 30,500."),
        "b.html": ("Tarn FC", "2025-09-06", "Match report\n\n"
                   "28,000 fans at the Oster Ground saw Tarn beat Velm 2-0 on Saturday."),
    }
    assert _vals(_found(texts)) == [[28000, 30500]], _vals(_found(texts))


def test_a_pronoun_is_no_shared_word():
    """"for half an hour" in a coach's quote and a substitute "on for a quarter of an hour" share
    only "we": two lengths of time of different things."""
    texts = {
        "a.txt": ("Coast Wire", "2025-09-06", "Tarn beat Velm\n\n"
                  "\"We were poor for half an hour, and then we found our game,\" said Tarn coach Ana Rell."),
        "b.html": ("Tarn FC", "2025-09-06", "Match report\n\n"
                   "We kept the ball after the break, and Ivo Senn, on for a quarter of an hour, scored the second."),
    }
    assert _found(texts) == []


def test_troops_and_uniformed_personnel_count_one_force():
    """"more than 9,000 troops" and "some 8,000 uniformed personnel" of one mission are two counts
    of its strength (decision: the issue's "same thing"; troops above the whole force's count
    disagree with it whichever way "troops" is meant); a count of the dead is not the force."""
    texts = {
        "un.txt": ("UN News", "2025-05-02", "Council ends mission\n\n"
                   "The Council voted on Friday to close its Tarsa mission. The mission now has some 8,000 uniformed "
                   "personnel, among them 6,900 military and 1,100 police, according to its spokesman."),
        "wire.txt": ("Coast Wire", "2025-05-02", "Tarsa mission to end\n\n"
                     "The Council voted on Friday to close its Tarsa mission. "
                     "The mission's more than 9,000 troops should begin going home in February and be out by July."),
    }
    assert _vals(_found(texts)) == [[8000, 9000]], _vals(_found(texts))


# the thirteenth invented corpus (invented13 README "Failure classes"), on passages of this file's own


def test_a_count_by_the_evening_is_a_running_count():
    """"By the evening 9 people were in custody" is a count at an hour, not the afternoon copy's
    day count of 6 arrests; two counts by the evening still disagree."""
    texts = {
        "wire.txt": ("Tarn Wire", "2025-03-04", "Dockers march in Velm\n\n"
                     "About 4,000 dockers marched through Velm on Tuesday. Police arrested 6 people after stones were thrown "
                     "at the port office."),
        "paper.html": ("Velm Daily", "2025-03-04", "Dock march turns rough\n\n"
                       "About 4,000 dockers marched through Velm on Tuesday. By the evening 9 people were in custody "
                       "after stones were thrown at the port office, police said."),
    }
    assert _found(texts) == []
    texts["radio.txt"] = ("Velm Radio", "2025-03-04", "Dockers march\n\n"
                          "Dockers marched through Velm on Tuesday. By the evening 12 people were in custody after stones "
                          "were thrown at the port office, police said.")
    assert _vals(_found(texts)) == [[9, 12]], _vals(_found(texts))


def test_the_two_sides_of_a_vote_tally():
    """"voted 70 to 23", "with 70 votes in favour and 23 against", "by 70 votes to 26": the votes
    against are one figure of their side (23 vs 26), never compared with the votes for."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-06-06", "Assembly bans night flights\n\n"
                  "The Tarn Assembly on Friday adopted a law banning night flights at Velm airport, with 70 votes in "
                  "favour and 23 against."),
        "b.html": ("Velm Daily", "2025-06-06", "Night flights banned\n\n"
                   "Lawmakers voted 70 to 23 to end night flights at Velm airport from next spring."),
        "c.html": ("Green Page", "2025-06-06", "Night flight ban passes\n\n"
                   "The ban on night flights at Velm airport was passed by 70 votes to 26 in the Tarn Assembly."),
    }
    assert _vals(_found(texts)) == [[23, 23, 26]], _vals(_found(texts))


def test_a_change_said_with_by_and_a_rate_a_year():
    """"lowered the risk of stroke by 20 percent", "a 20% lower risk of stroke" and "cut their
    chance of a stroke by 25 percent" are one change of stroke risk; "must cut emissions by 6% a
    year" (a yearly rate) is not "cut its emissions by 2.5%"."""
    texts = {
        "uni.txt": ("Velm University", "2025-02-11", "Trial of melvarin\n\n"
                    "Adults who took melvarin daily had a 20% lower risk of stroke over five years than those given a "
                    "dummy pill, a trial by Velm University found."),
        "paper.html": ("Velm Daily", "2025-02-11", "Pill cuts strokes\n\n"
                       "The pill melvarin lowered the risk of stroke by 20 percent over five years, a Velm University "
                       "trial found."),
        "amp.html": ("Tarn Today", "2025-02-11", "Wonder pill?\n\n"
                     "A study suggested that melvarin, a tablet many older people take, could cut their chance of a "
                     "stroke by 25 percent."),
    }
    assert _vals(_found(texts)) == [[20, 20, 25]], _vals(_found(texts))
    texts = {
        "office.txt": ("Tarn Climate Office", "2025-02-11", "Emissions report\n\n"
                       "To meet its 2030 target, Tarn must cut emissions by about 6% a year from now on, the Office said."),
        "feed.txt": ("Metro Line", "2025-02-11", "Emissions down\n\n"
                     "Tarn cut its emissions by 2.5% last year, the Climate Office said on Monday."),
    }
    assert _found(texts) == []


# the fourteenth invented corpus (invented14 README "Failure classes"), on passages of this file's own


def test_a_plan_is_not_what_was_done():
    """"Tarn is to free about 60 prisoners" (the deal) and "Tarn released 71 prisoners" (what was
    done) are not one count; two reports of the deal still disagree."""
    texts = {
        "a.html": ("Coast Post", "2025-04-06", "Sailors freed\n\n"
                   "Eight sailors held in Velm were handed over on Sunday. In return, Tarn is to free about 60 Velmish "
                   "prisoners, according to the mediators."),
        "b.html": ("Velm Daily", "2025-04-06", "Sailors home\n\n"
                   "Eight sailors held in Velm were handed over on Sunday. Tarn released 71 Velmish prisoners on Sunday "
                   "evening, the prison service said."),
    }
    assert _found(texts) == []
    texts["c.txt"] = ("Tarn Wire", "2025-04-06", "Sailors handed over\n\n"
                      "Eight sailors held in Velm were handed over on Sunday. In exchange, Tarn is to free 80 Velmish "
                      "prisoners, the mediators said.")
    assert _vals(_found(texts)) == [[60, 80]], _vals(_found(texts))


def test_the_change_of_the_year_before():
    """"emissions fell to 20.1 million tonnes in 2024, down 2.0% from 20.5 million tonnes in 2023"
    and "cut its emissions by 2.6% last year", both in 2025: the latest yearly change, compared;
    a change of an older year ("in 2019 ... by 4%") stays out."""
    texts = {
        "office.txt": ("Tarn Climate Office", "2025-03-10", "Inventory 2024\n\n"
                       "Tarn's greenhouse gas emissions fell to 20.1 million tonnes in 2024, down 2.0% from 20.5 million "
                       "tonnes in 2023, the Climate Office said."),
        "feed.txt": ("Metro Line", "2025-03-10", "Emissions down\n\n"
                     "Tarn cut its greenhouse gas emissions by 2.6% last year, the Climate Office said on Monday."),
    }
    assert _vals(_found(texts)) == [[2.0, 2.6]], _vals(_found(texts))
    texts["feed.txt"] = ("Metro Line", "2025-03-10", "Emissions down\n\n"
                         "In 2019 Tarn cut its greenhouse gas emissions by 2.6%, the Climate Office said on Monday.")
    assert _found(texts) == []


def test_what_a_figure_is_about_stays_in_its_paragraph():
    """A subheading with no full stop is parsed with the sentence below it: "Hospitals ..." is not
    what the body's "40.5C" is about (it made the temperature a count of the injured), so the two
    reports' 40.5C meet and their "above 37C" meet: no disagreement."""
    texts = {
        "wire.txt": ("Tarn Wire", "2025-07-08", "Velm hits 40.5C\n\n"
                     "The southern city of Velm recorded 40.5C on Tuesday, the highest July temperature ever measured "
                     "in Tarn, the weather service said. The heatwave has pushed temperatures above 37C across the south."),
        "paper.html": ("Velm Weekly", "2025-07-09", "Heat record in Velm\n\n"
                       "Hospitals cancel operations as the south sweats through a fourth day above 37C\n\n"
                       "The southern city of Velm recorded 40.5C on Tuesday, the highest July temperature ever measured "
                       "in Tarn, the weather service said. The heatwave has pushed temperatures above 37C across the south."),
    }
    assert _found(texts) == []


# --- the fifteenth and sixteenth invented corpora (invented15, invented16), passages of this file's own

def test_a_tally_written_votes_to_votes():
    """"88 votes to 64" with nothing before it is a tally of two sides, as "by 88 votes to 61"; and
    "The deficit is projected at 3.1 percent" is no projection of the count (it made the whole
    report a partial count, kept apart from the next day's)."""
    texts = {
        "wire.txt": ("Tarn Wire", "2025-05-13", "Bill passed\n\n"
                     "Tarn's assembly approved the harbour bill on Tuesday by 88 votes to 61, ending a month of talks. "
                     "The deficit is projected at 3.1 percent of output."),
        "letter.html": ("Velm Letter", "2025-05-14", "The harbour bill\n\n"
                        "The assembly waved the harbour bill through late on Tuesday, 88 votes to 64, and the talks are over."),
    }
    assert _vals(_found(texts)) == [[61, 64]], _vals(_found(texts))


def test_homes_and_households_customers_and_subscribers():
    """A power cut is counted by house ("homes", "households") and an outage by account ("customers",
    "subscribers"): one counted thing, two names; a head count of people is not one of them."""
    texts = {
        "wire.txt": ("Tarn Wire", "2025-10-07", "Storm cuts power\n\n"
                     "The storm swept across Tarn on Tuesday, cutting power to about 25,000 homes in the north."),
        "paper.html": ("Velm Daily", "2025-10-07", "Dark night in the north\n\n"
                       "More than 35,000 households in the north lost their electricity on Tuesday as the storm passed."),
    }
    assert _vals(_found(texts)) == [[25000, 35000]], _vals(_found(texts))
    texts = {
        "wire.txt": ("Tarn Wire", "2025-10-08", "Network down\n\n"
                     "Velmtel's mobile network failed for six hours on Wednesday, leaving about 900,000 customers "
                     "unable to make calls."),
        "blog.html": ("Packet Notes", "2025-10-09", "Six hours of silence\n\n"
                      "Velmtel's outage was six hours of silence for around 700,000 subscribers on its mobile network."),
    }
    assert _vals(_found(texts)) == [[700000, 900000]], _vals(_found(texts))
    texts["blog.html"] = ("Packet Notes", "2025-10-09", "Six hours of silence\n\n"
                          "Velmtel's outage was six hours of silence for around 700,000 people on its mobile network.")
    assert _found(texts) == []


def test_what_will_be_licensed_is_a_cap():
    """"210 boats will again be licensed" is what the deal allows, a cap as "up to 260 boats ...
    would be licensed" is; the 300 asked for is neither."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-06-02", "Fishing deal\n\n"
                  "Under the deal struck in Velm, 210 Tarnish boats will again be licensed to fish in the bay."),
        "b.txt": ("Velm Press", "2025-06-02", "Fishing deal\n\n"
                  "Minister Oda Rein said up to 260 boats from Tarn would be licensed to fish in the bay, fewer than "
                  "the 300 Tarn had asked for."),
    }
    assert _vals(_found(texts)) == [[210, 260]], _vals(_found(texts))


def test_a_forecast_is_its_forecasters():
    """"the central bank's forecast of 1.8 percent" is the bank's; another report's "growth forecast
    of 2.6 percent" (the plan's) is not it."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-05-13", "Budget passed\n\n"
                  "The opposition said the budget relied on growth of 2.6 percent, well above the central bank's "
                  "forecast of 1.8 percent."),
        "b.html": ("Velm Letter", "2025-05-14", "The budget\n\n"
                   "The whole budget rests on a growth forecast of 2.6 percent, and nobody believes it."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_a_crew_of_five_and_the_rescued_are_not_the_dead():
    """"A crew of five" vs "her crew of six" is the crew's size (read here: the figures stage reads
    no number after "crew of"); "winched two men from a life raft" is a rescue (a life raft is no
    life lost), not the "Three men" who died."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-05", "Trawler sinks\n\n"
                  "Three fishermen died when their trawler sank off Tarn on Wednesday. A crew of five was on board; "
                  "a helicopter winched two men from a life raft after three hours in the water."),
        "b.txt": ("Cape Radio", "2025-11-05", "Trawler lost\n\n"
                  "The trawler went down before dawn. Two of her crew of six were saved by a helicopter. Three men "
                  "died."),
    }
    assert _vals(_found(texts)) == [[5, 6]], _vals(_found(texts))


def test_a_moving_count_at_two_hours_of_one_day():
    """31 missing in the agency's update of 09:30 and 29 in the ministry's statement of 12:00, one
    day: a count on the move, read at two hours (the records' publication instants); the same two
    reports half an hour apart disagree."""
    texts = {
        "agency.txt": ("Tarn Wire", "2025-11-04", "Ferry update\n\n"
                       "Divers searched the overturned ferry on Wednesday, and 31 people were still missing, "
                       "the coast guard said."),
        "ministry.txt": ("Ministry of Maritime Affairs", "2025-11-04", "Statement on the ferry\n\n"
                         "The search for 29 people who remain missing after the ferry capsized is continuing."),
    }

    def found(t1: str, t2: str):
        docs = _docs(texts)
        docs[0].record.article.published_at, docs[1].record.article.published_at = t1, t2
        return disagreements.figures(docs, "s")

    assert found("2025-11-04T09:30Z", "2025-11-04T12:00Z") == []
    assert _vals(found("2025-11-04T09:30Z", "2025-11-04T10:00Z")) == [[29, 31]]


def test_a_threshold_is_no_measure():
    """"crossings are only stopped when winds exceed 90 kilometres an hour" is a threshold set (a
    limit), not the "winds of up to 70 kilometres an hour" forecast for the day."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-03", "Ferry capsizes\n\n"
                  "Winds of up to 70 kilometres an hour had been forecast for the strait on Tuesday, the weather "
                  "office said."),
        "b.html": ("Velm Observer", "2025-11-04", "Why did the ferry sail?\n\n"
                   "Gales had been forecast for the strait, but crossings are only stopped when winds exceed 90 "
                   "kilometres an hour."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_still_is_a_count_of_its_moment():
    """"the clinic is still caring for nine survivors" (Wednesday) is the count of that moment, not
    the "more than twenty survivors" it took in on the night (told on Thursday)."""
    texts = {
        "radio.txt": ("Cape Radio", "2025-11-04", "Island news\n\n"
                      "Here on the island, the clinic says it is still caring for nine survivors of the ferry."),
        "paper.html": ("Velm Gazette", "2025-11-05", "The island's night\n\n"
                       "The island's clinic took in more than twenty survivors of the ferry that night."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_a_part_of_those_aboard():
    """"208 people on board, including six Velmish citizens" is a part of those aboard (not the 14
    crew, another part), and "Two of the six Velmish citizens on board have been confirmed dead"
    counts dead: neither is the six."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-04", "Ferry capsizes\n\n"
                  "The ferry had 208 people on board, including six Velmish citizens, when it overturned."),
        "b.txt": ("Velm Press", "2025-11-04", "Ferry capsizes\n\n"
                  "The ferry had 208 people on board, including 14 crew, when it overturned."),
        "c.txt": ("Velm Post", "2025-11-06", "Ferry captain arrested\n\n"
                  "Two of the six Velmish citizens on board have been confirmed dead."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_a_year_of_building_and_a_roles_age():
    """"a ferry built in 1994, 86 metres long" is today's ship (the year is when it was built) and
    meets "The 92-metre Selma"; "the 54-year-old captain" and "The captain, 51," are one person's age
    (a role held by one person in a story), not the detained."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-04", "Ferry capsizes\n\n"
                  "The 92-metre Selma, operated by Norline, rolled onto its side off Kallet. Pell Haakar, the "
                  "54-year-old captain, is accused of leaving port despite a storm warning."),
        "b.html": ("Velm Observer", "2025-11-05", "The ship\n\n"
                   "The Selma was a roll-on roll-off ferry operated by Norline, built in 1994, 86 metres long. "
                   "The captain, 51, was detained on Friday."),
    }
    assert sorted(_vals(_found(texts))) == [[51, 54], [86, 92]], _vals(_found(texts))


def test_per_cent_written_apart_is_a_share_not_an_amount_each():
    """"58 per cent" (British, two words) is a share like "61.2 percent", not "per" an item (an
    amount each): the two turnouts of one vote disagree (invented18's class, on passages of this file)."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-04", "Run-off held\n\n"
                  "Turnout in the Velmish run-off was 63.4 percent, the electoral board said."),
        "b.txt": ("Velm Press", "2025-11-04", "Run-off held\n\n"
                  "Turnout in the run-off was 57 per cent, according to the electoral board."),
    }
    assert _vals(_found(texts)) == [[57, 63.4]], _vals(_found(texts))


def test_kilogramme_is_kilogram():
    """A "1,400-kilogramme" probe and one that "weighs 1,650 kilograms" are one mass in one unit."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-04", "Probe launched\n\n"
                  "Velmar launched its first probe to Mars, a 1,400-kilogramme craft built by the Velmish space agency."),
        "b.txt": ("Velm Press", "2025-11-04", "Probe launched\n\n"
                  "The Mars probe of the Velmish space agency weighs 1,650 kilograms and carries a camera."),
    }
    assert _vals(_found(texts)) == [[1400, 1650]], _vals(_found(texts))


def test_jobs_lost_in_the_passive_vs_jobs_supported():
    """"3,000 jobs had been lost" counts what was lost (as "lost 3,000 jobs" does), not the "8,000
    jobs" an industry supports: no disagreement between the two."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-04", "Tariff imposed\n\n"
                  "The minister said Velmar's aluminium output had fallen and 3,000 jobs had been lost in the industry."),
        "b.txt": ("Velm Press", "2025-11-04", "Tariff imposed\n\n"
                  "Velmish aluminium exports support more than 8,000 jobs in the industry, the ministry said."),
    }
    assert _found(texts) == [], _vals(_found(texts))


def test_an_offer_vs_the_fee_agreed():
    """What a buyer is "prepared to pay" (a first offer) is not the fee agreed days later: no
    disagreement; two reports of the fee agreed still disagree."""
    texts = {
        "a.txt": ("Tarn Wire", "2025-11-04", "Striker wanted\n\n"
                  "Sources say Velm United are prepared to pay around 12 million marks for striker Oskar Lind."),
        "b.txt": ("Velm Press", "2025-11-08", "Striker signs\n\n"
                  "Velm United have signed striker Oskar Lind for 15 million marks, the club said."),
    }
    assert _found(texts) == [], _vals(_found(texts))
    texts["c.txt"] = ("Velm Post", "2025-11-08", "Striker signs\n\n"
                      "Striker Oskar Lind has joined Velm United for 16 million marks, the club said.")
    assert _vals(_found(texts)) == [[15000000, 16000000]], _vals(_found(texts))


# --- one broad cause of the blind corpora's false alarms: one noun, two roles --------------------
# Pooled over the twelve blind corpora (invented7..invented18, READMEs "Blind scores"), most false
# alarms are two figures with the same unit and counted noun that play different roles in what
# happened (jobs lost vs jobs exports support, an offer vs the fee agreed, the dead vs the rescued).
# The verb the counted thing takes part in says the role (disagreements.VERB_ROLES: lose, make,
# have, take in, give out); these passages are written for this check, one pair per role clash.

_ROLE_DAY = "2025-03-04"
_ROLE_CLASHES = {
    "jobs lost vs jobs a factory will create": (
        "The closure of the Harlen smelter will cost 1,200 jobs, the metalworkers' union said on Tuesday.",
        "The owner of the Harlen smelter said on Tuesday that a new turbine factory on the site would create 2,000 jobs."),
    "cargo carried vs cargo unloaded": (
        "The Marla Ost was carrying 3,000 tonnes of grain when it ran aground off Harlen on Tuesday, the coastguard said.",
        "Salvage crews unloaded 1,500 tonnes of grain from the Marla Ost on Tuesday after it ran aground off Harlen."),
    "homes damaged vs homes to be built": (
        "The storm damaged 120 homes in Harlen on Tuesday, the mayor said.",
        "The mayor of Harlen said on Tuesday that the town will build 300 homes next to the river."),
    "patients admitted vs patients discharged": (
        "Harlen General admitted 46 patients with food poisoning on Tuesday, the hospital said.",
        "Harlen General discharged 18 patients with food poisoning on Tuesday, the hospital said."),
    "cars recalled vs cars sold": (
        "Vostra is recalling 80,000 cars over a brake fault, the carmaker said on Tuesday.",
        "Vostra, which sold 150,000 cars last quarter, said on Tuesday it found a brake fault."),
    "money received vs money paid": (
        "The Harlen council received 6 million euros from the state for flood repairs on Tuesday, the mayor said.",
        "The Harlen council has paid 4 million euros for flood repairs, the mayor said on Tuesday."),
    "steel imported vs steel exported": (
        "Harlen imported 9,000 tonnes of steel last month, the port authority said on Tuesday.",
        "Harlen exported 14,000 tonnes of steel last month, the port authority said on Tuesday."),
    "parcels collected vs parcels given out": (
        "The Harlen food bank collected 2,000 parcels this week, its director said on Tuesday.",
        "The Harlen food bank gave out 1,400 parcels this week, its director said on Tuesday."),
}


@pytest.mark.parametrize("case", sorted(_ROLE_CLASHES))
def test_one_noun_in_two_roles_is_no_disagreement(case):
    a, b = _ROLE_CLASHES[case]
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n" + a),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n" + b)}
    assert _found(texts) == [], (case, _vals(_found(texts)))


def test_one_role_in_other_words_still_disagrees():
    """Verbs of one role, or of none ("will cost 1,200 jobs" and "900 jobs will go"; "was carrying"
    and "loaded with"), leave two reports of one count disagreeing."""
    for a, b, want in (
            ("The closure of the Harlen smelter will cost 1,200 jobs, the metalworkers' union said on Tuesday.",
             "About 900 jobs will go when the Harlen smelter closes, its owner said on Tuesday.", [[900, 1200]]),
            ("The Marla Ost was carrying 3,000 tonnes of grain when it ran aground off Harlen on Tuesday, the coastguard said.",
             "The Marla Ost, loaded with 3,400 tonnes of grain, ran aground off Harlen on Tuesday.", [[3000, 3400]]),
            ("Vostra is recalling 80,000 cars over a brake fault, the carmaker said on Tuesday.",
             "The carmaker Vostra said on Tuesday it will recall 95,000 cars over a brake fault.", [[80000, 95000]])):
        texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n" + a),
                 "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n" + b)}
        assert _vals(_found(texts)) == want, (a, b, _vals(_found(texts)))


# a second broad cause: what someone wants, asks for or proposes vs what was done or agreed (an
# offer vs the fee agreed and a forecast vs the result were fixed one by one; these are others)
_WISH_VS_DONE = {
    "a pay demand vs the rise agreed": (
        "The Harlen dockers' union is demanding a pay rise of 8 percent, its leader said on Tuesday.",
        "The Harlen dockers' union agreed a pay rise of 5 percent with the port on Tuesday, its leader said."),
    "a proposed budget vs the budget approved": (
        "The mayor of Harlen proposed a budget of 42 million euros for the new bridge on Tuesday.",
        "Harlen council approved a budget of 36 million euros for the new bridge on Tuesday, the mayor said."),
    "an asking price vs the price paid": (
        "The owners of Harlen Castle set an asking price of 9 million euros for the estate, the agent said on Tuesday.",
        "Harlen Castle was sold for 7 million euros, the agent said on Tuesday."),
    "a target vs what was reached": (
        "Harlen wants renewables to supply 40 percent of its power by next winter, the mayor said on Tuesday.",
        "Renewables supplied 33 percent of Harlen's power last winter, the mayor said on Tuesday."),
    "seats sought vs seats won": (
        "The Harlen Greens sought 12 seats on the council, their leader said on Tuesday.",
        "The Harlen Greens won 9 seats on the council, their leader said on Tuesday."),
    "the cut a goal needs vs the cut made": (
        "To meet its 2030 goal Harlen must cut its emissions by 6 percent a year, the climate office said on Tuesday.",
        "Harlen cut its emissions by 2 percent a year over the past decade, the climate office said on Tuesday."),
    "money still to find vs money found": (
        "The Harlen water board has to find 30 million euros to repair the dam, its chairman said on Tuesday.",
        "The Harlen water board found 12 million euros to repair the dam, its chairman said on Tuesday."),
}


@pytest.mark.parametrize("case", sorted(_WISH_VS_DONE))
def test_what_is_wanted_vs_what_was_done_is_no_disagreement(case):
    a, b = _WISH_VS_DONE[case]
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n" + a),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n" + b)}
    assert _found(texts) == [], (case, _vals(_found(texts)))


def test_two_reports_of_one_demand_still_disagree():
    """Two reports of what one side wants, and "is expected to cost" vs "will cost", are compared."""
    for a, b, want in (
            ("The Harlen dockers' union wants a pay rise of 12 percent, its leader said on Tuesday.",
             "The Harlen dockers' union is demanding a pay rise of 10 percent, its leader said on Tuesday.", [[10, 12]]),
            ("The new Harlen bridge is expected to cost 40 million euros, the mayor said on Tuesday.",
             "The new Harlen bridge will cost 46 million euros, the mayor said on Tuesday.", [[40000000, 46000000]])):
        texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n" + a),
                 "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n" + b)}
        assert _vals(_found(texts)) == want, (a, b, _vals(_found(texts)))


# --- issue 19 point 4, the twenty-first and twenty-second corpora's classes: whose figure it is ----
# Two figures with one unit and many shared words are still two things when each belongs to a
# different named person or place: the figures stage's "about" names it (a full name, a place), or,
# for a toll, the places its sentence names. Passages written for these checks.
_OWNED_APART = {
    "two players' minutes": (
        "Karl Moen scored the winner after 20 minutes at Harlen Park on Saturday, the club said.",
        "Peter Lund was sent off after 34 minutes at Harlen Park on Saturday, the club said."),
    "two towns' distances": (
        "Orvik lies 5 kilometres from the border crossing at Harlen, the regional governor said on Tuesday.",
        "Maslo lies 9 kilometres from the border crossing at Harlen, the regional governor said on Tuesday."),
    "two villages' dead": (
        "Six civilians were killed when shells hit the village of Orvik on Tuesday, the regional governor said.",
        "Three civilians were killed when shells hit the village of Maslo on Tuesday, the regional governor said."),
}


@pytest.mark.parametrize("case", sorted(_OWNED_APART))
def test_figures_of_two_named_owners_are_no_disagreement(case):
    a, b = _OWNED_APART[case]
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n" + a),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n" + b)}
    assert _found(texts) == [], (case, _vals(_found(texts)))


def test_figures_of_one_named_owner_still_disagree():
    """One player's minute, one town's distance, one village's dead told two ways (or with the
    place named by one report only) still disagree."""
    for a, b, want in (
            ("Karl Moen scored the winner after 20 minutes at Harlen Park on Saturday, the club said.",
             "Karl Moen scored the winner after 23 minutes at Harlen Park on Saturday, the club said.", [[20, 23]]),
            ("Orvik lies 5 kilometres from the border crossing at Harlen, the regional governor said on Tuesday.",
             "Orvik lies 7 kilometres from the border crossing at Harlen, the regional governor said on Tuesday.", [[5, 7]]),
            ("Six civilians were killed when shells hit the village of Orvik on Tuesday, the regional governor said.",
             "Four civilians were killed when shells hit Orvik on Tuesday, the regional governor said.", [[4, 6]]),
            ("Six civilians were killed when shells hit the village of Orvik on Tuesday, the regional governor said.",
             "Four civilians were killed when shells hit a border village on Tuesday, the regional governor said.",
             [[4, 6]])):
        texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n" + a),
                 "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n" + b)}
        assert _vals(_found(texts)) == want, (a, b, _vals(_found(texts)))


# a total vs a part: what each side gave ("by each side", "a side") is a count for each one,
# never compared with the total of both
def test_a_count_for_each_side_vs_the_total():
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "In all, 50 prisoners were freed by the two sides at the Harlen bridge on Tuesday, officials said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "Officials said 30 prisoners were freed by each side at the Harlen bridge on Tuesday.")}
    assert _found(texts) == [], _vals(_found(texts))
    # two reports of what each side freed still disagree
    texts["a.txt"] = ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                      "Officials said 35 prisoners were freed by each side at the Harlen bridge on Tuesday.")
    assert _vals(_found(texts)) == [[30, 35]], _vals(_found(texts))


# shared words are compared by stem once an inflection is cut ("peaked" and "peak" are one word)
def test_inflected_words_are_shared():
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "The final of the Harlen Masters peaked at 2.1 million concurrent viewers across all streams, a tracking site said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "A crowd of 8,000 filled the arena, and the organisers said the broadcast reached a peak audience of 2.5 million viewers.")}
    assert _vals(_found(texts)) == [[2100000, 2500000]], _vals(_found(texts))


# what is expected, said after the figure ("Gusts of up to 120 km/h are expected"), is a forecast,
# never compared with what was measured
def test_a_forecast_said_after_the_figure():
    texts = {"a.txt": ("Harlen Weather", _ROLE_DAY, "Gale warning\n\n"
                       "Gusts of up to 120 km/h are expected on the Harlen coast on Tuesday, the weather office said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Storm news\n\n"
                       "The strongest gust on the Harlen coast on Tuesday, 135 km/h, was measured at the lighthouse.")}
    assert _found(texts) == [], _vals(_found(texts))


# "up to" before a count of people or homes hit, with no modal, is an upper estimate of what
# happened (compared as "at most"), not a limit set; "can supply up to" still is a limit
def test_up_to_as_an_estimate_of_homes_hit():
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "Shelling cut power to up to 30,000 homes in Harlen on Tuesday, the grid operator said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "About 45,000 households in Harlen lost power on Tuesday, the grid operator said.")}
    assert _vals(_found(texts)) == [[30000, 45000]], _vals(_found(texts))
    texts["a.txt"] = ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                      "The new Harlen substation can supply up to 30,000 homes with power, the grid operator said on Tuesday.")
    assert _found(texts) == [], _vals(_found(texts))


# the minute of play a moment came at ("in the 88th minute") is read, and is its player's
def test_the_minute_of_a_moment_of_play():
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "Karl Moen scored the winner in the 88th minute at Harlen Park on Saturday, the club said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "A late winner from substitute Karl Moen in the 84th minute settled it at Harlen Park on Saturday.")}
    assert _vals(_found(texts)) == [[84, 88]], _vals(_found(texts))
    texts["b.txt"] = ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                      "Peter Lund was sent off in the 60th minute at Harlen Park on Saturday, the club said.")
    assert _found(texts) == [], _vals(_found(texts))


# a winning margin ("more than two minutes clear", "a lead of 40 seconds") is compared only with
# margins, never with another time of the same race
def test_a_margin_vs_another_time_of_the_race():
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "In the women's race at the Harlen marathon on Sunday, Anna Berg finished more than three minutes clear."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "Medics reached the fallen runner at the Harlen marathon within two minutes on Sunday, the race director said.")}
    assert _found(texts) == [], _vals(_found(texts))
    texts["b.txt"] = ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                      "Anna Berg won the women's race at the Harlen marathon on Sunday by a margin of five minutes.")
    assert _vals(_found(texts)) == [[3, 5]], _vals(_found(texts))


# a tally against none ("9 in favour to none against", "8 votes to none") and a vote score said of
# what was voted on ("The vote on the plan was 9-0") are the votes for, one side of one tally
def test_votes_for_against_none():
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "The Harlen council adopted the bridge plan on Tuesday by a recorded vote of 9 in favour to none against."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "The vote on the Harlen bridge plan was 9-0 on Tuesday, the council said."),
             "c.txt": ("Harlen Times", _ROLE_DAY, "Harlen news\n\n"
                       "The Harlen council adopted the bridge plan by 8 votes to none on Tuesday.")}
    assert _vals(_found(texts)) == [[8, 9, 9]], _vals(_found(texts))


def test_people_who_remain_in_a_town_are_its_population():
    """"remain in Orvik", "remain in the town": those who live there still (a town's population),
    compared across two hours of one day as any count; "still missing" stays a count of its hour."""
    texts = {"a.txt": ("Open Aid", _ROLE_DAY, "Orvik appeal\n\n"
                       "About 12,000 people remain in Orvik, which has had no running water since November, the aid group said."),
             "b.txt": ("Valley Wire", _ROLE_DAY, "Orvik convoy\n\n"
                       "Some 8,000 people remain in the town of Orvik, according to the United Nations.")}

    def found(t1: str, t2: str):
        docs = _docs(texts)
        docs[0].record.article.published_at, docs[1].record.article.published_at = t1, t2
        return disagreements.figures(docs, "s")

    assert _vals(found("2025-03-04T08:00Z", "2025-03-04T13:00Z")) == [[8000, 12000]]
    texts["a.txt"] = ("Open Aid", _ROLE_DAY, "Orvik appeal\n\n"
                      "About 12,000 people are still missing in Orvik after the flood, the aid group said.")
    texts["b.txt"] = ("Valley Wire", _ROLE_DAY, "Orvik flood\n\n"
                      "Some 8,000 people are still missing in the town of Orvik after the flood, according to the United Nations.")
    assert found("2025-03-04T08:00Z", "2025-03-04T13:00Z") == []


def test_what_two_places_have_is_two_things():
    """"The shelter in Orvik has 600 beds" vs "a second shelter in the town of Maslo with 900 beds":
    the size of a thing, each of its place; one place's shelter told two ways still disagrees."""
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "The shelter in Orvik has 600 beds and has been full since Monday, the aid group said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "The ministry said it was opening a second shelter in the town of Maslo with 900 beds.")}
    assert _found(texts) == [], _vals(_found(texts))
    texts["b.txt"] = ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                      "The ministry said the shelter in Orvik, with 700 beds, has been full since Monday.")
    assert _vals(_found(texts)) == [[600, 700]], _vals(_found(texts))


def test_a_total_vs_one_part():
    """A sale's total ("the highest total", "in all") is not one lot's price; two totals still disagree."""
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "The evening sale of 30 lots at the Harlen auction house raised 52 million crowns with buyer's premium, the highest total for a sale of its kind."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "At the evening sale at the Harlen auction house, a harbour view by Ada Moen raised 31 million crowns with buyer's premium.")}
    assert _found(texts) == [], _vals(_found(texts))
    texts["b.txt"] = ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                      "In all, the evening sale at the Harlen auction house raised 55 million crowns.")
    assert _vals(_found(texts)) == [[52000000, 55000000]], _vals(_found(texts))


def test_one_length_in_miles_and_kilometres():
    """A length in miles is compared with one in kilometres (the twenty-fourth corpus's "about 14
    kilometres long" vs "about 12 miles long"): converted, 20 km and 18 miles (29 km) disagree;
    "about 12.4 miles" is the same 20 km said the other way."""
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "The oil slick off Cape Velm was about 20 kilometres long on Tuesday morning, the coastguard said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "Seen from a coastguard plane, the oil slick off Cape Velm was about 18 miles long on Tuesday morning.")}
    assert _vals(_found(texts)) == [[18, 20]], _vals(_found(texts))
    texts["b.txt"] = ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                      "Seen from a coastguard plane, the oil slick off Cape Velm was about 12.4 miles long on Tuesday morning.")
    assert _found(texts) == [], _vals(_found(texts))


def test_one_temperature_in_celsius_and_fahrenheit():
    """A temperature in Fahrenheit is compared with one in Celsius, and a bare "degrees" is read in
    the scale its report names (Fahrenheit once, then "the old mark of ... degrees"), Celsius in a
    report of temperatures that names none: 104.2 F (40.1 C) vs 41.3 disagree; 106.3 F (41.3 C)
    is the same reading."""
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "The temperature at the Lusk weather station reached 41.3 degrees on Monday afternoon, the weather office said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "The Lusk weather station reached 104.2 degrees Fahrenheit on Monday afternoon, the weather office said.")}
    assert _vals(_found(texts)) == [[41.3, 104.2]], _vals(_found(texts))
    texts["b.txt"] = ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                      "It was hot: the Lusk weather station reached 106.3 degrees on Monday afternoon, the weather office said. "
                      "Lusk is the hottest town in the valley, where 100 degrees Fahrenheit is common in summer.")
    assert _found(texts) == [], _vals(_found(texts))


def test_homes_destroyed_on_a_later_day_is_an_update():
    """What is found destroyed grows as assessors go in, as a toll does: "Nine homes ... confirmed
    destroyed" one day and "at least 13 homes" the next are two moments (the twenty-fourth corpus's
    eleven homes on Wednesday vs fourteen on Thursday); told the same day they still disagree."""
    texts = {"a.txt": ("Harlen Post", "2025-03-04", "Harlen news\n\n"
                       "Nine homes and 12 sheds have been confirmed destroyed by the Velm Hill fire, the fire service said."),
             "b.txt": ("Valley News", "2025-03-05", "Harlen news\n\n"
                       "At least 13 homes have been destroyed by the Velm Hill fire, which was still burning, the fire service said.")}
    assert _found(texts) == [], _vals(_found(texts))
    texts["b.txt"] = ("Valley News", "2025-03-04", texts["b.txt"][2])
    assert _vals(_found(texts)) == [[9, 13]], _vals(_found(texts))


def test_a_market_state_on_a_later_day_is_another_moment():
    """A stake held, an offer's premium and a share price move from day to day (the twenty-third
    corpus's 9.8% stake on Monday vs 12.4% on Thursday, a 31% premium vs the raised offer's 43%):
    figures of them days apart are two moments; two reports of one day still disagree."""
    texts = {"a.txt": ("Harlen Post", "2025-03-03", "Harlen news\n\n"
                       "Korvik Group already owns 8.5% of Tessel Foods and said its offer was a 28% premium to the closing price on Friday."),
             "b.txt": ("Valley News", "2025-03-06", "Harlen news\n\n"
                       "Korvik Group, which has bought Tessel Foods shares in the market this week, now holds 11.2% of Tessel Foods, "
                       "and its improved offer is a premium of 39% to the share price before the first bid.")}
    assert _found(texts) == [], _vals(_found(texts))
    texts["a.txt"] = ("Harlen Post", "2025-03-06", "Harlen news\n\n"
                      "Korvik Group now owns 10.9% of Tessel Foods, according to the share register.")
    assert _vals(_found(texts)) == [[10.9, 11.2]], _vals(_found(texts))


def test_a_figure_of_an_earlier_year_is_compared_with_that_year_only():
    """A figure whose sentence names an earlier year is of that year's event: compared with figures
    of the same year (two reports of the old record set in 2003 disagree: 44.1 vs 112.3 F, 44.6 C),
    never with today's ("In 2003, 14 people died" vs today's 16 dead)."""
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "The temperature at Lusk reached 45.2 degrees on Monday. The previous record, 44.1 degrees, was set at Ostby in 2003."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "Lusk reached 113.4 degrees Fahrenheit on Monday, beating the previous record of 112.3 degrees, set at Ostby in 2003.")}
    assert _vals(_found(texts)) == [[44.1, 112.3]], _vals(_found(texts))
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "Sixteen people died when the river burst its banks at Lusk on Monday, police said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "In 2003, 14 people died when the river burst its banks at Lusk, police said.")}
    assert _found(texts) == [], _vals(_found(texts))


def test_what_a_company_has_is_not_how_many_were_hit():
    """"Norvi has about 2.9 million customers" is the size of its base, not the count an event
    touched ("the personal data of 1.1 million customers were stolen"; the twenty-third corpus's
    3.4 million vs 1.2 million); two reports of the base still disagree."""
    texts = {"a.txt": ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                       "Hackers stole the personal data of about 1.1 million customers of the mobile operator Norvi, the company said."),
             "b.txt": ("Valley News", _ROLE_DAY, "Harlen news\n\n"
                       "Norvi, the mobile operator whose customer data were stolen, has about 2.9 million customers in Harlen.")}
    assert _found(texts) == [], _vals(_found(texts))
    texts["a.txt"] = ("Harlen Post", _ROLE_DAY, "Harlen news\n\n"
                      "Norvi, the mobile operator hit by the hackers, has about 2.4 million customers in Harlen.")
    assert _vals(_found(texts)) == [[2400000, 2900000]], _vals(_found(texts))
