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


def test_a_year_of_the_comparison_does_not_date_the_figure():
    """"... up from 385 million in the same period of 2025, and operating profit reached 188
    million": 2025 is the comparison's year; the profit is this year's, as the other report's."""
    texts = {
        "a.html": ("Business Daily", "2026-12-10", "Motorway operator's profit rises\n\n"
                   "Toll revenue for January to October came to 512 million talers, up from 471 million talers in "
                   "the same period of 2025, and operating profit reached 236 million talers, the operator said."),
        "b.txt": ("Markets Wire", "2026-12-10", "Motorway operator lifts profit\n\n"
                  "The motorway operator said on Thursday that operating profit rose to 231 million talers "
                  "as traffic grew."),
    }
    assert [231_000_000, 236_000_000] in _vals(texts)


def test_a_year_an_undated_report_names_may_be_the_others_year():
    """An undated release gives "In the first ten months of 2026, 418 people were killed"; a dated
    report of 2026 copies the sentence without the year: one count."""
    texts = {
        "a.html": ("Ministry of Transport", None, "Road deaths: provisional figures\n\n"
                   "In the first ten months of 2026, 418 people were killed on the roads, 4 per cent fewer "
                   "than in the same period last year, the ministry said."),
        "b.txt": ("Road Safety Weekly", "2026-11-20", "Road deaths fall again\n\n"
                  "Some 481 people were killed on the roads in the first ten months, 4 per cent fewer than in "
                  "the same period last year, the ministry said."),
    }
    assert [418, 481] in _vals(texts)


def test_a_value_of_years_ago_is_that_years():
    """"against 17 per cent five years ago" is the value of five years before the report, as
    another report's "up from 17 per cent in 2021": never a disagreement with today's 22 per cent
    (while the comparison's year no longer dates the 22 per cent itself)."""
    texts = {
        "a.txt": ("Education Wire", "2026-08-24", "Reading survey\n\n"
                  "Twenty-two per cent of ten-year-olds cannot read at the basic level, up from 17 per cent in "
                  "2021, the national reading survey showed on Monday."),
        "b.html": ("Campus Weekly", "2026-08-25", "One in five pupils behind in reading\n\n"
                   "Some 22 per cent of ten-year-olds now read below the basic level, the survey found, "
                   "against 17 per cent five years ago."),
    }
    found = _vals(texts)
    assert [17, 22] not in found and [17, 17, 22] not in found


def test_a_statistics_release_called_provisional_is_no_partial_count():
    """"Figures for the latest quarter are provisional": the release's figures are its figures;
    a report of them the next day gives the same thing (a partial count of votes, the night before
    the final one, is another: tests/test_disagreements_classes.py)."""
    texts = {
        "a.txt": ("Statistics Office", "2026-11-10", "Mining output, third quarter\n\n"
                  "Nickel output fell 5.8 per cent year on year in the third quarter, the statistics office "
                  "said on Tuesday.\n\nFigures for the latest quarter are provisional and may be revised."),
        "b.html": ("Valley Business Today", "2026-11-11", "Nickel production slides\n\n"
                   "Nickel production dropped 8.5% between July and September, official data showed on "
                   "Tuesday, as two smelters shut for repairs."),
    }
    assert [5.8, 8.5] in _vals(texts)


def test_kin_nouns_share_their_head_too():
    """"all 38 of its stores" and "thirty-six shops": one count under one noun, head and all (the
    sentences share little else; before, the two heads kept the score under the bar)."""
    texts = {
        "a.txt": ("Retail Wire", "2027-01-12", "Discount chain to close\n\n"
                  "The discount grocer Pavo will close all 41 of its stores by the end of March, its "
                  "administrators said on Tuesday, after no buyer came forward. The 38 stores in the "
                  "north will be the first to go."),
        "b.html": ("City Evening News", "2027-01-12", "Pavo collapse: what it means for shoppers\n\n"
                   "Shoppers will lose their nearest cheap grocer: forty-four shops are going."),
    }
    assert [41, 44] in _vals(texts)


def test_the_whole_after_a_possessive_is_said_in_passing():
    """"About 3,100 of the day's 3,400 scheduled services": the 3,400 is the whole, said in passing
    (as after "of its"), not a count to set against another report's "2,950 ... services"; the
    3,100 is (before, the whole took the match)."""
    texts = {
        "a.txt": ("Rail Wire", "2027-02-04", "Rail strike halts most trains\n\n"
                  "The national operator said 2,950 of its 3,400 scheduled passenger services were cancelled "
                  "on Thursday as drivers walked out."),
        "b.html": ("Evening Herald", "2027-02-04", "Strike day on the railways\n\n"
                   "About 3,100 of the day's 3,400 scheduled services were cancelled, the operator said, "
                   "leaving stations deserted."),
    }
    assert [2950, 3100] in _vals(texts)


def test_unnamed_ages_pair_by_their_noun_where_a_report_gives_two():
    """Two unnamed people's ages in one report ("a four-year-old girl" and "a 36-year-old
    firefighter") and one in another ("a five-year-old girl"): the girl's age is one thing by its
    noun, though the report has two ages (before, only a report's one age paired)."""
    texts = {
        "a.txt": ("Camp Relief", "2027-04-02", "Fire in Hedra camp\n\n"
                  "A fire swept through a section of the camp on Thursday night, killing a four-year-old girl. "
                  "A 36-year-old firefighter was treated for smoke inhalation, the camp's managers said."),
        "b.html": ("Karsit Times", "2027-04-02", "Child dies in camp blaze\n\n"
                   "A five-year-old girl died when fire tore through tents in the camp on Thursday night, aid "
                   "workers said."),
    }
    assert [4, 5] in _vals(texts)


def test_unnamed_ages_of_two_nouns_stay_apart():
    texts = {
        "a.txt": ("Camp Relief", "2027-04-02", "Fire in Hedra camp\n\n"
                  "A fire swept through a section of the camp on Thursday night, killing a four-year-old girl. "
                  "A 36-year-old firefighter was treated for smoke inhalation, the camp's managers said."),
        "b.html": ("Karsit Times", "2027-04-02", "Child dies in camp blaze\n\n"
                   "A 41-year-old nurse was hurt when fire tore through tents in the camp on Thursday night, aid "
                   "workers said."),
    }
    assert [36, 41] not in _vals(texts) and [4, 41] not in _vals(texts)


def test_a_years_figure_and_a_half_years_are_two_things():
    """"a pre-tax profit of 212 million dalen for the year to March" and "profits of 104 million
    dalen in the six months to September": two periods, two things (one period's two figures
    still disagree)."""
    texts = {
        "a.txt": ("Business Wire", "2026-11-23", "Grocer raises prices\n\n"
                  "The grocer, which has 214 stores, reported a pre-tax profit of 212 million dalen for the "
                  "year to March, the company said."),
        "b.html": ("Varnholme Post", "2026-11-23", "Grocer's price rises\n\n"
                   "The grocer, which made a pre-tax profit of 124 million dalen in the six months to "
                   "September, is cutting prices on rice and pasta."),
    }
    assert [124_000_000, 212_000_000] not in _vals(texts)
    same = dict(texts)
    same["b.html"] = (texts["b.html"][0], texts["b.html"][1],
                      texts["b.html"][2].replace("124 million dalen in the six months to September",
                                                 "241 million dalen in the year to March"))
    assert [212_000_000, 241_000_000] in _vals(same)


def test_jobs_posts_and_roles_are_one_count():
    """"around 640 roles" and "some 720 jobs" to go in one merger: one count of positions (WordNet
    has a post and a position as kinds of job; a "role" is how companies write it); never a count of
    branches."""
    texts = {
        "a.txt": ("Bank Release", "2027-02-09", "Merger agreed\n\n"
                  "The combined bank expects to remove around 640 roles over three years as it merges head "
                  "offices and systems, the bank said on Tuesday."),
        "b.txt": ("Bank Staff Union", "2027-02-10", "Union warns on merger\n\n"
                  "Some 720 jobs will go over three years as the two banks merge head offices and systems, "
                  "the union said on Wednesday."),
    }
    assert [640, 720] in _vals(texts)


def test_a_length_of_years_is_compared():
    """"jailed for 12 years" and "an 11-year sentence"... a length in years (a date's ISO duration,
    P12Y) is a length of time like one in days, not a year of the calendar (before, a length in
    years was dropped with the calendar years)."""
    texts = {
        "a.txt": ("Court Wire", "2027-03-01", "Gang leader jailed\n\n"
                  "The district court sentenced the gang leader Teodor Vask to 12 years in prison on Monday "
                  "for running a cocaine smuggling ring through the port."),
        "b.html": ("Bench and Bar", "2027-03-01", "Vask jailed\n\n"
                   "Teodor Vask was sentenced to 11 years in prison on Monday for running a cocaine smuggling "
                   "ring through the port, the district court ruled."),
    }
    assert [11, 12] in _vals(texts)


def test_lengths_in_years_of_two_things_stay_apart():
    """"ends eight years of government" and "four years fighting for the highlands": years span
    many things in one story; two lengths in years meet only where the words next to them do."""
    texts = {
        "a.txt": ("Election Wire", "2027-05-10", "Alliance loses power\n\n"
                  "The result ends eight years of Labour Alliance government in the highland province, the "
                  "Green Future party's leader said after the count."),
        "b.html": ("Civic Record", "2027-05-10", "Greens set terms\n\n"
                   "\"We did not spend four years fighting for the highland province to trade it away,\" the "
                   "Green Future party's leader said after the count."),
    }
    assert [4, 8] not in _vals(texts)
