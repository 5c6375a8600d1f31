"""Figures on invented sentences that nobody tuned to: every quantity's value and unit.

Written for issue 15 before the fixes, as a check that the extractor carries beyond the
NewsQuant dev sentences: money in many currencies and forms, lengths, weights, areas, speeds,
temperatures, percentages, counts, ranges, document and resolution numbers (no figures), "-strong"
counts, ordinals and years. Units are compared in NewsQuant/CQE's normalised names
(`Quantity.nq_unit`), which is what the NewsQuant score counts; a sentence passes when its
quantities are exactly the expected (value, unit) pairs, nothing missing and nothing extra.

The share of sentences right is printed by `python tests/test_figures_broad.py` (before the
issue-15 work: see docs/measurements.md).
"""

from __future__ import annotations

import pytest

from newsgraph.components.figures import find_figures, find_quantities
from newsgraph.nlp import build_nlp

# (text, [(value, nq_unit), ...]); a value [lo, hi] is a range
CASES: list[tuple[str, list[tuple[object, str]]]] = [
    # ---- money: currencies, symbols, codes, written forms
    ("The ministry set aside $4.2bn for the new port.", [(4_200_000_000, "dollar")]),
    ("Bread now costs 120 Kenyan shillings in Nairobi, up from 90 shillings last year.",
     [(120, "kenyan shilling"), (90, "kenyan shilling")]),
    ("The club agreed a fee of €35 million with the Portuguese side.", [(35_000_000, "euro")]),
    ("He was fined 2,000 Swiss francs for speeding.", [(2000, "swiss franc")]),
    ("The court ordered the firm to pay 1.2 billion rupees in damages.", [(1_200_000_000, "indian rupee")]),
    ("Tomatoes sell for 35 Egyptian pounds a kilo in Cairo markets.", [(35, "egyptian pound per kilogram")]),
    ("Tickets for the final cost ¥12,000 each.", [(12000, "japanese yen")]),
    ("The government approved a budget of 4.5 trillion won.", [(4_500_000_000_000, "south korean won")]),
    ("The central bank sold 500 million zlotys of bonds.", [(500_000_000, "polish zloty")]),
    ("Rents in Stockholm average 12,000 kronor a month.", [(12000, "swedish krona per month")]),
    ("The rice subsidy will cost the treasury 18 billion pesos, the Philippine budget office said.",
     [(18_000_000_000, "philippine peso")]),
    ("A night in the guesthouse costs 800 baht in Chiang Mai.", [(800, "thai baht")]),
    ("The minimum wage rises to 4,750 hryvnias in Ukraine.", [(4750, "ukrainian hryvnia")]),
    ("The airline lost 3.1 billion reais in the quarter.", [(3_100_000_000, "brazilian real")]),
    ("Investors bought NGN 250 billion of the new bonds.", [(250_000_000_000, "nigerian naira")]),
    ("The contract is worth AED 1.8 billion.", [(1_800_000_000, "uae dirham")]),
    ("He paid 20 pounds for a ticket to the concert in Leeds.", [(20, "pound sterling")]),
    ("Fans paid £45 a head for the match.", [(45, "pound sterling per person")]),
    ("A pint of milk now costs 95p at the corner shop.", [(95, "penny")]),
    ("The stamp now costs 85 cents.", [(85, "cent")]),
    ("The deal values the company at twenty-five million dollars.", [(25_000_000, "dollar")]),
    ("Oil traded at US$82.40 a barrel.", [(82.4, "dollar per barrel")]),
    ("The loan of Rs 3,500 crore was approved.", [(35_000_000_000, "indian rupee")]),
    ("A meal in Cape Town costs R150.", [(150, "south african rand")]),
    ("I withdrew 500 kn from the cash machine in Split, Croatia.", [(500, "croatian kuna")]),
    ("A loaf of bread costs 400 drams in Yerevan.", [(400, "armenian dram")]),
    ("Russia's budget deficit reached 1.8 trillion roubles.", [(1_800_000_000_000, "russian ruble")]),
    ("The fine was set at 10,000 Ghanaian cedis.", [(10000, "ghanaian cedi")]),
    ("Vietnam's exports earned 2,300 billion dong in May.", [(2_300_000_000_000, "vietnamese dong")]),
    ("The firm raised C$600 million in Toronto.", [(600_000_000, "canadian dollar")]),
    # ---- lengths
    ("The new runway is 3.2 kilometres long.", [(3.2, "kilometre")]),
    ("The wall rises 12 feet above the road.", [(12, "foot")]),
    ("The centre is 6 ft 2 in tall.", [(6, "foot"), (2, "inch")]),
    ("The striker is 5'11\" and fast.", [(5, "foot"), (11, "inch")]),
    ("The tunnel runs 800 yards under the river.", [(800, "yard")]),
    ("Rainfall of 120 millimetres was recorded overnight.", [(120, "millimetre")]),
    ("The tanker was stopped 40 nautical miles off the coast.", [(40, "nautical mile")]),
    ("The screen measures 6.1 inches across.", [(6.1, "inch")]),
    ("Snow lay 30cm deep on the pass.", [(30, "centimetre")]),
    ("The border fence stretches for 150 miles.", [(150, "mile")]),
    # ---- weights
    ("Customs seized 1.2 tonnes of cocaine at the port.", [(1.2, "metric ton")]),
    ("The baby weighed 8 pounds at birth.", [(8, "pound-mass")]),
    ("The boxer weighs 11 st 4 lb.", [(11, "stone"), (4, "pound-mass")]),
    ("Each bag holds 25kg of flour.", [(25, "kilogram")]),
    ("Police found 300 grams of heroin in the car.", [(300, "gram")]),
    ("The gold bar weighs 400 troy ounces.", [(400, "troy ounce")]),
    ("The lorry was carrying 40 tons of steel.", [(40, "ton")]),
    ("The patient was given 500 mg of paracetamol.", [(500, "milligram")]),
    # ---- areas
    ("The fire burned 12,000 hectares of forest.", [(12000, "hectare")]),
    ("The estate covers 250 acres.", [(250, "acre")]),
    ("The new office has 40,000 square feet of space.", [(40000, "square foot")]),
    ("The reserve spans 1,500 sq km.", [(1500, "square kilometre")]),
    ("Flats of 60 square metres sell fast.", [(60, "square metre")]),
    # ---- speeds
    ("Gusts reached 120 km/h on the coast.", [(120, "kilometre per hour")]),
    ("The car was doing 95 mph when it crashed.", [(95, "mile per hour")]),
    ("The ferry cruises at 22 knots.", [(22, "knot")]),
    ("Winds of 30 metres per second were measured on the summit.", [(30, "metre per second")]),
    # ---- temperatures
    ("Temperatures hit 41.5C in Seville on Monday.", [(41.5, "celsius")]),
    ("It was 104 degrees Fahrenheit in Phoenix.", [(104, "fahrenheit")]),
    ("The thermometer dropped to minus 20 degrees Celsius.", [(-20, "celsius")]),
    ("Overnight lows of -5°C are expected.", [(-5, "celsius")]),
    # ---- percentages and points
    ("Inflation eased to 3.4 per cent in May.", [(3.4, "percentage")]),
    ("The bank raised rates by 25 basis points.", [(25, "basis point")]),
    ("Support for the party fell 4 percentage points.", [(4, "percentage point")]),
    ("The Nikkei gained 312 points to 33,120.", [(312, "point"), (33120, "point")]),
    ("Turnout was 61%, the highest since the war.", [(61, "percentage")]),
    # ---- counts
    ("Rescuers pulled 14 survivors from the rubble.", [(14, "survivor")]),
    ("The strike grounded 230 flights.", [(230, "flight")]),
    ("About 2,500 migrants crossed the Channel in small boats.", [(2500, "migrant")]),
    ("The company will cut 1,200 jobs.", [(1200, "job")]),
    ("Seven journalists were detained at the border.", [(7, "journalist")]),
    ("Dozens of houses were flooded.", [([12, 120], "house")]),
    # ---- ranges
    ("The repairs will take between 6 and 8 weeks.", [([6, 8], "week")]),
    ("Prices rose 5-7% across the region.", [([5, 7], "percentage")]),
    ("The rally drew 20,000 to 30,000 people.", [([20000, 30000], "people")]),
    ("The house is expected to fetch £1.2m to £1.5m.", [([1_200_000, 1_500_000], "pound sterling")]),
    # ---- document, resolution and case numbers: no figures
    ("The Security Council adopted resolution 2640 on Thursday.", []),
    ("Resolution 2640 extends the mandate of the mission.", []),
    ("Article 5 of the treaty has been invoked only once.", []),
    ("Under Decree No. 12, the ministry closed the port.", []),
    ("The filing in Case 22-cv-1043 was sealed by the judge.", []),
    ("The firm filed for Chapter 11 protection in Delaware.", []),
    ("The order was issued under Section 230 of the act.", []),
    ("Executive Order 14067 covers digital assets.", []),
    ("Lawmakers debated Bill C-18 for weeks.", []),
    ("The court cited paragraph 4 of resolution 1701.", []),
    ("The board approved Law No. 15 of the fiscal code.", []),
    ("The ruling in case number 2021/123 was appealed.", []),
    # ---- "-strong": a count of the members of the named body
    ("The 13,000-strong UN mission will leave by December.", [(13000, "people")]),
    ("A 2,000-strong crowd gathered outside parliament.", [(2000, "people")]),
    # ---- ordinals and years: no figures
    ("It was the 75th anniversary of the agency, founded in 1948.", []),
    ("The team finished 2nd in 2019 and 3rd in 2020.", []),
    ("For the 10th straight year, the city topped the ranking.", []),
    ("The law was passed in 1995 and amended in 2008.", []),
    # ---- mixed
    ("The 1.3 billion shekel ($350 million) deal was signed in Tel Aviv.",
     [(1_300_000_000, "shekel"), (350_000_000, "dollar")]),
    ("The plant will produce 500 megawatts and employ 300 workers.", [(500, "megawatt"), (300, "worker")]),
    ("The hard drive holds 2 TB of data.", [(2, "terabyte")]),
    ("The recipe calls for 2 tablespoons of sugar and 250 ml of milk.", [(2, "tablespoon"), (250, "millilitre")]),
]

# a second round, written before its fixes: money and measures in more forms (written amounts,
# codes, lakh/crore, mixed fractions, feet and inches with points, hyphenated measures, "m" glued)
CASES += [
    ("The vendor charged twenty five dollars for the map.", [(25, "dollar")]),
    ("He borrowed a hundred dollars from his brother.", [(100, "dollar")]),
    ("The bill came to 1.5 million dollars.", [(1_500_000, "dollar")]),
    ("The council spent five hundred euros on flowers.", [(500, "euro")]),
    ("The pass costs USD 45 for a week.", [(45, "dollar")]),
    ("Prices start at $ 9.99 per month.", [(9.99, "dollar per month")]),
    ("A coffee costs 3.50 euros in Rome.", [(3.5, "euro")]),
    ("The fine is 50 bucks.", [(50, "dollar")]),
    ("The company reported revenue of EUR 2.3bn.", [(2_300_000_000, "euro")]),
    ("The bank's profit rose to Rs 4,200 crore.", [(42_000_000_000, "indian rupee")]),
    ("The budget is 2.4 lakh crore rupees.", [(2_400_000_000_000, "indian rupee")]),
    ("Gold rose to $1,950 an ounce.", [(1950, "dollar per ounce")]),
    ("Each share will pay a dividend of 12 cents.", [(12, "cent")]),
    ("The new note is worth 500 yuan.", [(500, "chinese yuan")]),
    ("He won £2.5m on the lottery.", [(2_500_000, "pound sterling")]),
    ("The recipe needs 1 1/2 cups of flour.", [(1.5, "cup")]),
    ("The pipe is 3/4 inch wide.", [(0.75, "inch")]),
    ("The table measures 2.5 metres by 1.2 metres.", [(2.5, "metre"), (1.2, "metre")]),
    ("The forward stands 6 feet 4 inches tall.", [(6, "foot"), (4, "inch")]),
    ("She is 5 ft. 6 in. tall.", [(5, "foot"), (6, "inch")]),
    ("The jet dropped a 2,000-pound bomb on the bridge.", [(2000, "pound-mass")]),
    ("Workers repaired a 10-kilometre stretch of road.", [(10, "kilometre")]),
    ("The parcel weighs 1.5kg.", [(1.5, "kilogram")]),
    ("The catch was 40 lbs. heavier than last year.", [(40, "pound-mass")]),
    ("The suitcase weighed 23 kilogrammes.", [(23, "kilogram")]),
    ("The bridge is 1.2 mi. long.", [(1.2, "mile")]),
    ("The calf weighed half a tonne.", [(0.5, "metric ton")]),
    ("A 12-ounce can of soda has 39 grams of sugar.", [(12, "ounce"), (39, "gram")]),
    ("The whale was 25 metres long and weighed 90 tonnes.", [(25, "metre"), (90, "metric ton")]),
    ("The climber fell 200 ft.", [(200, "foot")]),
    ("The river rose by two metres overnight.", [(2, "metre")]),
    ("The plot is 30 m x 40 m.", [(30, "metre"), (40, "metre")]),
    ("Hail stones the size of 5 cm fell.", [(5, "centimetre")]),
    ("The trail climbs 1,200 vertical metres.", [(1200, "metre")]),
    ("The rocket carries 20 tonnes to orbit.", [(20, "metric ton")]),
    ("The dog weighs about 30 kilos.", [(30, "kilogram")]),
    ("A 7-foot-tall statue was unveiled.", [(7, "foot")]),
    ("The athlete threw the javelin 90.2m.", [(90.2, "metre")]),
    ("The bag weighs three and a half pounds.", [(3.5, "pound-mass")]),
    ("The new rule limits hand luggage to 7 kg per passenger.", [(7, "kilogram per passenger")]),
    ("Tuition costs 9,250 pounds a year in England.", [(9250, "pound sterling per year")]),
    # a count at a rate that spaCy's NER tags TIME whole ("40 patients a night"): written before
    # its fix (figures._rate_count); the durations and rates of calendar nouns beside them stay
    ("It sees 40 patients a night.", [(40, "patient per night")]),
    ("The emergency unit sees around forty patients a night, nurses said.", [(40, "patient per night")]),
    ("The ward treats an average of 31 patients a night.", [(31, "patient per night")]),
    ("The shelter takes in 25 children a week.", [(25, "child per week")]),
    ("The hotline gets more than 500 calls a day.", [(500, "call per day")]),
    ("He worked 60 hours a week.", [(60, "hour per week")]),
    ("The strike lasted two weeks.", [(2, "week")]),
    # a bare number that is the passive subject of a verb only people undergo counts people
    # (figures._people_done_to; written before it): not one of things sold
    ("Five were injured when the stand gave way.", [(5, "people")]),
    ("Police said two were taken to hospital.", [(2, "people")]),
    ("Of the 40 workers, 12 were rescued by the coastguard.", [(40, "worker"), (12, "people")]),
]

# written after the fixes, as guards: surfaces the wider table reads as units must not fire here
GUARDS: list[tuple[str, list[tuple[object, str]]]] = [
    ("He said 'we need 20' and left.", [(20, "-")]),
    ("\"We lost 12\" the captain said after the match.", [(12, "-")]),
    ("She got a grade of 5 C in maths.", [(5, "c")]),
    ("The firm sold 20 pounds of coffee for £80.", [(20, "pound-mass"), (80, "pound sterling")]),
    ("The team won 3 games and lost 2 in May.", [(3, "game"), (2, "game")]),
    ("They threw 7 stones at the police.", [(7, "stone")]),
    ("Take the R2 bus to the station.", []),
    ("In case 3 people come, we have chairs.", [(3, "people")]),
    ("The UN resolution was backed by 13 members.", [(13, "member")]),
    ("The shop ordered 500 units from the plant.", [(500, "unit")]),
    ("It was 10' high and 4\" thick.", [(10, "foot"), (4, "inch")]),
    # CQE's unit of a count: the noun phrase with its modifiers before the number, no participles
    ("The league's top four clubs all lost.", [(4, "top club")]),
    ("She won a record 12 titles.", [(12, "record title")]),
    ("The city installed 250 charging docks.", [(250, "dock")]),
    ("Police arrested 30 suspected smugglers.", [(30, "smuggler")]),
    # a third round, written after its fixes (they came from NewsQuant dev errors; these are other sentences)
    ("The firm shipped 4.1 million phones, down from 5.3 million a year earlier.", [(4_100_000, "phone"), (5_300_000, "phone")]),
    ("About 900 flights were cancelled, including 300 at Heathrow.", [(900, "flight"), (300, "flight")]),
    ("Her son, who was 7, survived the crash.", [(7, "year of age")]),
    ("She will be 60 in June.", [(60, "year of age")]),
    ("The vote was 60 in favour, 20 against.", [(60, "-"), (20, "-")]),
    ("Dow Jones Industrial Average (34,120.50 down 210.30 points).", [(34120.5, "point"), (210.3, "point")]),
    ("Operators are switching off 3G to make room for 5G.", [(3, "generation wireless"), (5, "generation wireless")]),
    ("Five were sold at auction on Friday.", []),  # a bare written number with no noun: no figure
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=[("newsgraph_figures", "newsgraph.components.figures")])


def _norm(v):
    if isinstance(v, (list, tuple)):
        return tuple(round(float(x), 6) for x in v)
    return round(float(v), 6)


def got_of(nlp, text):
    return sorted(((_norm(q.number()), q.nq_unit) for q in find_quantities(nlp(text))), key=repr)


def want_of(expected):
    return sorted(((_norm(v), u) for v, u in expected), key=repr)


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_broad_sentence(nlp, text, expected):
    assert got_of(nlp, text) == want_of(expected)


@pytest.mark.parametrize("text, expected", GUARDS, ids=[c[0][:40] for c in GUARDS])
def test_no_false_unit(nlp, text, expected):
    assert got_of(nlp, text) == want_of(expected)


@pytest.mark.parametrize("text, about", [
    ("The 13,000-strong UN mission will leave by December.", "UN mission"),
    ("A 2,000-strong crowd gathered outside parliament.", "crowd"),
    ("The army, 40,000-strong, crossed the river.", "army"),
])
def test_strong_counts_people_of_the_body(nlp, text, about):
    fs = [f for f in find_figures(nlp(text))]
    assert len(fs) == 1, [(f.value, f.unit) for f in fs]
    assert fs[0].unit == "people"
    assert fs[0].about is not None and about in fs[0].about.text


if __name__ == "__main__":  # the share right, for the measurements doc
    _nlp = build_nlp(components=[("newsgraph_figures", "newsgraph.components.figures")])
    ok = 0
    for text, expected in CASES:
        g, w = got_of(_nlp, text), want_of(expected)
        ok += g == w
        if g != w:
            print(f"[--] {text}\n     got {g}\n     want {w}")
    print(f"broad figures: {ok}/{len(CASES)} sentences right ({100 * ok / len(CASES):.1f}%)")
    ok = sum(got_of(_nlp, t) == want_of(e) for t, e in GUARDS)
    print(f"guards: {ok}/{len(GUARDS)} right")
