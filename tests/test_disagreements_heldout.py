"""Disagreements: the classes the blind corpora (invented19-26) still missed after their fixes,
each on passages written for this file (not the corpora's sentences), with a case that must stay
apart beside each:

- the same counted noun, the only one of its kind in each report, with nothing else in common
  ("around 40 firefighters" / "more than 55 firefighters"; "12 incidents" / "17 incidents");
- the age of a person left unnamed ("a 52-year-old man" / "the 55-year-old"), one such age in each
  report, and not across a man and a woman;
- a level reached by a fall ("fell to 3.1 per cent" is a level, "fell 3.1 per cent" a change);
- customers who "lost power" are not things lost ("lost 31 containers");
- a peak ("the highest gust ... at 02:10") is no running count at an hour;
- "no more than 300 kilograms escaped" is an estimate of what happened, not a limit ("no more than
  155 litres a day" asked of households stays a limit);
- a figure whose sentence names no year, in a report that names the year the other gives.
"""

from __future__ import annotations

from newsgraph.corpus import disagreements

from .test_disagreements_classes import _docs


def _vals(texts) -> list[list[float]]:
    found = disagreements.figures(_docs(texts), "s")
    return sorted(sorted(v["value"] for v in d["values"]) for d in found)


def test_same_noun_one_of_a_kind_in_each_report():
    texts = {
        "a.txt": ("Valley Wire", "2026-02-03", "Sawmill blaze\n\n"
                  "Fire tore through the Hessel sawmill overnight. Around 40 firefighters tackled the flames from "
                  "midnight until dawn, the county fire service said.\n\n"
                  "No one was hurt."),
        "b.html": ("Hessel Courier", "2026-02-03", "Sawmill destroyed\n\n"
                   "More than 55 firefighters were called to the timber yard on Mill Lane as the roof collapsed.\n\n"
                   "The owners said they would rebuild."),
    }
    assert _vals(texts) == [[40, 55]]
    texts = {
        "maker.html": ("Orvik Motors", "2026-04-10", "Recall of the Tarsa van\n\n"
                       "Orvik Motors is recalling the Tarsa van over a steering fault. The company is aware of "
                       "12 incidents worldwide and no injuries.\n\n"
                       "Owners will be contacted by letter."),
        "wire.txt": ("Capital Press", "2026-04-10", "Van recall\n\n"
                     "The national road safety agency said it had logged 17 incidents in which the steering of a "
                     "Tarsa van locked at low speed, before the recall was announced on Friday."),
    }
    assert _vals(texts) == [[12, 17]]


def test_same_noun_but_two_groups_stay_apart():
    # two kinds of the same noun in one report: not one of a kind, so nothing to pair by the noun alone
    texts = {
        "a.txt": ("Valley Wire", "2026-02-03", "Sawmill blaze\n\n"
                  "Around 40 firefighters tackled the flames at the Hessel sawmill, and 12 firefighters stayed on "
                  "at the scene on Tuesday to damp down."),
        "b.html": ("Hessel Courier", "2026-02-03", "Sawmill destroyed\n\n"
                   "More than 55 firefighters were called to the timber yard on Mill Lane as the roof collapsed."),
    }
    assert [40, 55] not in _vals(texts) and [12, 55] not in _vals(texts)


def test_age_of_an_unnamed_person():
    texts = {
        "police.txt": ("Harbour Police", "2026-05-02", "Man hurt in fall\n\n"
                       "A 52-year-old man was taken to hospital after falling from scaffolding on Quay Street on "
                       "Friday afternoon. His injuries are serious."),
        "paper.html": ("Quay Gazette", "2026-05-02", "Scaffolding fall\n\n"
                       "The 55-year-old, a builder from Tarn, fell about six metres while working on the front of the "
                       "old customs house.\n\nColleagues called an ambulance."),
    }
    assert _vals(texts) == [[52, 55]]
    texts = {
        "fire.txt": ("County Fire", "2026-05-09", "House fire\n\n"
                     "A woman aged 81 was rescued from the first floor of a house in Elm Row by crews wearing breathing "
                     "apparatus."),
        "tv.html": ("Valley TV", "2026-05-09", "Elm Row fire\n\n"
                    "An 87-year-old woman was carried out of the burning house by firefighters, neighbours said."),
    }
    assert _vals(texts) == [[81, 87]]


def test_ages_of_two_people_stay_apart():
    texts = {
        "a.txt": ("Harbour Police", "2026-05-02", "Man hurt in fall\n\n"
                  "A 52-year-old man was taken to hospital after falling from scaffolding on Quay Street."),
        "b.html": ("Quay Gazette", "2026-05-02", "Scaffolding fall\n\n"
                   "A 34-year-old woman who was walking past was treated for shock after the fall on Quay Street."),
    }
    assert _vals(texts) == []
    # two unnamed ages in one report: no telling which the other report's is
    texts = {
        "a.txt": ("Harbour Police", "2026-05-02", "Two hurt\n\n"
                  "A 52-year-old man and a 47-year-old man were hurt when scaffolding fell on Quay Street."),
        "b.html": ("Quay Gazette", "2026-05-02", "Scaffolding fall\n\n"
                   "The 55-year-old was still in hospital on Saturday after the fall on Quay Street."),
    }
    assert _vals(texts) == []


def test_a_level_reached_by_a_fall_is_a_level():
    texts = {
        "bank.html": ("Central Bank of Orsa", "2026-03-12", "Rate decision\n\n"
                      "Annual consumer price inflation fell to 3.1 per cent in February, the bank said, as it cut its "
                      "main rate by a quarter point."),
        "wire.txt": ("Orsa Press", "2026-03-12", "Rate cut\n\n"
                     "The bank lowered its main rate on Thursday. Inflation stood at 3.4% in February, down from a peak "
                     "last year."),
    }
    assert _vals(texts) == [[3.1, 3.4]]
    # a fall by an amount is a change, not the level
    texts = {
        "a.txt": ("Orsa Press", "2026-03-12", "Sales slide\n\n"
                  "Retail sales fell 3.1 per cent in February, the statistics office said."),
        "b.html": ("Orsa Business", "2026-03-12", "Shops\n\n"
                   "The statistics office said retail sales were 3.4 per cent higher than a year before in January."),
    }
    assert [3.1, 3.4] not in _vals(texts)


def test_customers_who_lost_power_are_not_things_lost():
    texts = {
        "a.txt": ("Coast Wire", "2026-01-18", "Storm cuts power\n\n"
                  "Norel Energy said 184,000 customers lost power at the height of the storm on Saturday night."),
        "b.html": ("Coast Radio", "2026-01-18", "Blackout\n\n"
                   "About 201,000 customers were cut off at the worst of the storm, Norel Energy said."),
    }
    assert _vals(texts) == [[184000, 201000]]


def test_a_peak_is_no_running_count():
    texts = {
        "met.html": ("Met Office of Orsa", "2026-01-18", "Storm Ilse\n\n"
                     "The highest gust recorded was 139 km/h at the Skarn lighthouse station at 02:10."),
        "tv.html": ("Orsa TV", "2026-01-18", "Storm Ilse\n\n"
                    "Gusts of up to 151 km/h battered the Skarn headland overnight, the strongest of the winter."),
    }
    assert _vals(texts) == [[139, 151]]
    # a count by an hour is still partial against the day's count
    texts = {
        "a.txt": ("Orsa Press", "2026-03-01", "Turnout\n\n"
                  "Turnout in the Orsa referendum had reached 41 percent by 14:00, the election board said."),
        "b.html": ("Orsa TV", "2026-03-02", "Result\n\n"
                   "Final turnout in the Orsa referendum was 63 percent, the election board said."),
    }
    assert _vals(texts) == []


def test_no_more_than_in_a_past_event_is_an_estimate():
    texts = {
        "firm.txt": ("Tarn Chemicals", "2026-06-02", "Ammonia release\n\n"
                     "Our first estimate is that no more than 300 kilograms of ammonia escaped before the valve was "
                     "closed."),
        "tv.html": ("Valley TV", "2026-06-02", "Ammonia leak\n\n"
                    "The regional environment agency put its own estimate at about 420 kilograms of ammonia released "
                    "from the plant."),
    }
    assert _vals(texts) == [[300, 420]]


def test_a_limit_asked_stays_a_limit():
    texts = {
        "auth.html": ("Water Board", "2026-07-02", "Drought measures\n\n"
                      "The board asks households to use no more than 140 litres of water per person per day."),
        "paper.txt": ("Plains Post", "2026-07-02", "Drought\n\n"
                      "Households used an average of 165 litres of water per person per day in June, the board said."),
    }
    assert _vals(texts) == []


def test_year_named_elsewhere_in_the_report():
    texts = {
        "city.txt": ("Tesk City Hall", "2026-11-20", "Budget 2027\n\n"
                     "The city will borrow 60 million crowns in 2027 to repair the Elm Bridge."),
        "paper.html": ("Tesk Herald", "2026-11-20", "The 2027 budget\n\n"
                       "The council's budget for 2027 was published on Friday. The city will take on 72 million crowns "
                       "of new debt, mostly for the Elm Bridge."),
    }
    assert _vals(texts) == [[60e6, 72e6]]
    # a report that names another year keeps its figure of now apart
    texts = {
        "city.txt": ("Tesk City Hall", "2026-11-20", "Budget 2027\n\n"
                     "The city will borrow 60 million crowns in 2027 to repair the Elm Bridge."),
        "paper.html": ("Tesk Herald", "2026-11-20", "Debts\n\n"
                       "The city borrowed 45 million crowns this year, according to its 2026 accounts."),
    }
    assert _vals(texts) == []


def test_one_of_a_kind_is_no_amount():
    # "4 million velars" and "6 million velars" with nothing else in common: amounts of a currency
    # the units table does not know (insured for, the haul's worth), not one of a kind
    texts = {
        "a.txt": ("Orsa Press", "2026-09-14", "Museum theft\n\n"
                  "Thieves took jewellery insured for 4 million velars from the Orsa museum."),
        "b.html": ("Arts Weekly", "2026-09-14", "Museum raid\n\n"
                   "Dealers put the haul at about 6 million velars."),
    }
    assert _vals(texts) == []


def test_a_reading_at_an_hour_before_a_forecast_peak_stays_apart_from_the_peak():
    texts = {
        "agency.txt": ("Rivers Agency", "2026-02-09", "Flood warning\n\n"
                       "The Tarn at Elm Bridge was at 2.9 metres at 16:00 and is expected to peak at around 3.8 metres "
                       "overnight."),
        "paper.html": ("Valley Post", "2026-02-10", "Flooding\n\n"
                       "The Tarn peaked at 4.05 metres at Elm Bridge at about 3am, the rivers agency said."),
    }
    assert [2.9, 4.05] not in _vals(texts)


def test_the_sex_is_read_from_the_person_not_the_sentence():
    texts = {
        "a.txt": ("Coast Wire", "2026-01-18", "Storm deaths\n\n"
                  "Police said a 64-year-old man was killed by a falling tree, and that a woman had died in a flooded car."),
        "b.html": ("Coast Radio", "2026-01-18", "Storm\n\n"
                   "A woman, 39, died when her car was swept off the road near Dorrin."),
    }
    assert _vals(texts) == []


def test_one_quantity_in_two_scales_of_a_unit():
    """Megawatts and gigawatts, acres and hectares: one quantity, compared in one unit ("1.45
    gigawatts" agrees with "1,450 MW"; "1.6 GW" does not)."""
    texts = {
        "grid.html": ("Orsa Grid", "2026-02-08", "Blackout in the north\n\n"
                      "About 1,450 MW of demand was lost across the northern network when the line tripped."),
        "paper.html": ("Northern Post", "2026-02-08", "Lights out\n\n"
                       "Some 1.6 GW of demand was lost across the northern network when the line tripped on Sunday."),
        "wire.txt": ("Orsa Press", "2026-02-08", "Northern blackout\n\n"
                     "About 1.45 gigawatts of demand was lost across the northern network when the line tripped."),
    }
    found = disagreements.figures(_docs(texts), "s")
    assert len(found) == 1, found
    vals = {v["article"]: v["value"] for v in found[0]["values"]}
    assert vals["paper.html"] == 1.6 and vals["grid.html"] == 1450, vals  # as written
    texts = {
        "a.txt": ("Farm Wire", "2026-08-01", "Wildfire\n\n"
                  "The fire burned about 2,000 hectares of pine forest near Tolm before it was contained."),
        "b.html": ("Tolm Herald", "2026-08-01", "Forest fire\n\n"
                   "Some 4,940 acres of pine forest near Tolm were burned, the forestry office said."),
    }
    assert _vals(texts) == []  # 4,940 acres is 1,999 hectares: the same area
    texts["b.html"] = ("Tolm Herald", "2026-08-01", "Forest fire\n\n"
                       "Some 6,200 acres of pine forest near Tolm were burned, the forestry office said.")
    assert _vals(texts) == [[2000, 6200]]


def test_two_verbs_of_losing_one_quantity():
    texts = {
        "grid.html": ("Orsa Grid", "2026-02-08", "Blackout\n\n"
                      "About 900 MW of demand was lost when the Orsa-Tarn line tripped."),
        "paper.html": ("Northern Post", "2026-02-08", "Lights out\n\n"
                       "The Orsa-Tarn line fault removed 1.2 GW of demand from the system, the grid operator said."),
    }
    assert _vals(texts) == [[900, 1.2]] or _vals(texts) == [[1.2, 900]]
    # jobs lost vs jobs an industry supports: two things
    texts = {
        "a.txt": ("Orsa Press", "2026-02-08", "Steel\n\n"
                  "The minister said 3,000 steel jobs had been lost in two years."),
        "b.html": ("Steel Weekly", "2026-02-08", "Steel\n\n"
                   "The industry supports more than 9,000 jobs in the region, its association said."),
    }
    assert _vals(texts) == []


def test_figures_of_one_month_and_of_two():
    texts = {
        "office.txt": ("Statistics Office", "2026-11-10", "Food prices\n\n"
                       "Annual food price inflation was 4.1 per cent in September, the statistics office said."),
        "site.html": ("ShopSmart", "2026-11-12", "Food prices\n\n"
                      "Food cost 3.8% more in October than a year before, up from 4.4% in September, official figures show."),
    }
    assert _vals(texts) == [[4.1, 4.4]]  # September's rate, given as a prior value by the later report
    texts["office.txt"] = ("Statistics Office", "2026-11-12", "Food prices\n\n"
                           "Annual food price inflation was 4.1 per cent in October, the statistics office said.")
    texts["site.html"] = ("ShopSmart", "2026-11-12", "Food prices\n\n"
                          "Food prices rose 3.8% over the year to September, the office's figures show.")
    assert _vals(texts) == []  # October's rate and September's


def test_a_measure_of_what_was_lost():
    texts = {
        "tv.html": ("Valley TV", "2026-06-02", "Hail\n\n"
                    "Marta Ilves, who grows barley near Tolm, said the hail had flattened 40 hectares of her barley in minutes."),
        "weekly.html": ("Farm Weekly", "2026-06-03", "Hail damage\n\n"
                        "Marta Ilves, who lost 65 hectares of barley to Tuesday's hail, said she would claim on her insurance."),
    }
    assert _vals(texts) == [[40, 65]]


def test_an_age_is_no_running_count():
    texts = {
        "rescue.txt": ("Mountain Rescue", "2026-02-02", "Avalanche\n\n"
                       "The search for a 31-year-old man was halted at 18:00 because of the risk of further slides."),
        "tv.html": ("Orsa TV", "2026-02-02", "Avalanche\n\n"
                    "The missing man, a 34-year-old from Tarn, had been skiing off-piste with friends."),
    }
    assert _vals(texts) == [[31, 34]]


def test_the_age_of_a_thing_is_no_persons():
    texts = {
        "a.txt": ("Orsa Press", "2026-03-03", "Ferry fire\n\n"
                  "The company said the 22-year-old ship had passed its last inspection in October."),
        "b.html": ("Island FM", "2026-03-03", "Ferry fire\n\n"
                   "The ship's chief engineer, a 48-year-old from Kelda, was flown to hospital."),
    }
    assert _vals(texts) == []


def test_ages_of_two_roles_stay_apart():
    texts = {
        "a.txt": ("Justice Ministry", "2026-03-03", "Prison riot\n\n"
                  "One inmate, aged 34, died of smoke inhalation during the night."),
        "b.html": ("Orsa TV", "2026-03-03", "Prison riot\n\n"
                   "The man, 29, had been taken to hospital with burns and died there in the afternoon."),
    }
    assert _vals(texts) == []


def test_a_count_that_grows_told_on_two_days():
    """A tally told at two moments is one count growing, not two outlets disagreeing: "by Thursday
    evening ... 152 oiled birds" and "by Monday ... 214"; "answered about 4,000 calls since Monday
    evening" against a count of the morning; "17 people are now confirmed ill" the next day; "now says
    41 containers" after "an estimated 37"."""
    cases = [
        ("By Wednesday evening the wildlife trust had collected 96 oiled birds along the coast.",
         "By Saturday the wildlife trust had taken in 171 oiled birds along the coast, many of them dead."),
        ("The fire brigade received more than 900 calls for help, mostly for flooded cellars.",
         "The fire brigade said it had answered about 1,400 calls since Sunday evening, mostly for flooded cellars."),
        ("Nine people in three towns have been confirmed ill with the outbreak strain since 2 May.",
         "The agency said on Thursday that 13 people are now confirmed ill with the outbreak strain."),
        ("An estimated 25 containers went overboard as the ship rolled in the storm.",
         "The ship's owner now says 31 containers were lost overboard in the storm."),
    ]
    for first, later in cases:
        texts = {"a.txt": ("Coast Wire", "2026-05-06", "Coast news\n\n" + first),
                 "b.html": ("Harbour Post", "2026-05-08", "Coast news\n\n" + later)}
        assert _vals(texts) == [], (first, _vals(texts))
    # two outlets' counts of the same moment still disagree
    texts = {"a.txt": ("Coast Wire", "2026-05-06", "Coast news\n\nBy Wednesday evening the wildlife trust had collected 96 oiled birds."),
             "b.html": ("Harbour Post", "2026-05-07", "Coast news\n\nBy Wednesday evening the trust had taken in 120 oiled birds, it said.")}
    assert _vals(texts) == [[96, 120]]


def test_two_tallies_since_one_day_and_a_whole_done_by_a_day_still_compare():
    # two outlets' tallies since the same day, a day apart, the later one smaller: two sources
    texts = {"ngo.html": ("Open Roads", "2026-12-08", "Border\n\n"
                          "More than 9,000 people have crossed into Lovria at the Tarn border crossing since Sunday, "
                          "fleeing the fighting, our teams report."),
             "wire.txt": ("Capital Press", "2026-12-09", "Border\n\n"
                          "Border police said 7,400 people had entered the country at the Tarn crossing since Sunday.")}
    assert _vals(texts) == [[7400, 9000]]
    # "all 52,000 of his hens had been gassed by Thursday morning" is the whole flock, not a tally
    texts = {"wire.txt": ("Capital Press", "2026-11-18", "Bird flu\n\nThe farm keeps about 48,000 laying hens, all of which will be culled."),
             "tv.html": ("Valley TV", "2026-11-20", "Bird flu\n\nThe farmer said all 52,000 of his hens had been gassed by Thursday morning.")}
    assert _vals(texts) == [[48000, 52000]]


def test_things_burned_are_no_injured_people():
    # "about 700 shelters were burned down" is a count of things destroyed, as "destroyed 850 shelters"
    texts = {"agency.html": ("Refugee Office", "2026-04-03", "Camp fire\n\nThe fire destroyed about 850 shelters in the camp's eastern blocks."),
             "paper.html": ("Valley Times", "2026-04-03", "Camp fire\n\nThe camp administration said about 700 shelters were burned down in the blaze.")}
    assert _vals(texts) == [[700, 850]]


def test_a_sentence_led_by_its_moment_holds_every_figure_at_that_moment():
    # "By Sunday evening the unit had admitted 214 people, and nine people had died" vs "By Sunday
    # night 12 people had died": one moment (a day's evening and its night), two counts
    texts = {"ngo.html": ("Camp Medics", "2026-04-06", "Cholera\n\n"
                          "By Sunday evening our treatment unit had admitted 180 people, and seven people had died."),
             "paper.html": ("Valley Times", "2026-04-06", "Cholera\n\n"
                            "By Sunday night 10 people had died, according to the camp's own register of burials.")}
    assert _vals(texts) == [[7, 10]]
