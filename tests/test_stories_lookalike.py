"""Stories: two look-alike events of one kind, in one place, days apart, are two stories; one
event told over several days is one.

Invented reports (everything fictional), each told by two outlets: a city paper (a titled web
report) and the local radio station (a bulletin with no headline). Two fires in one city two days
apart, with the same fire chief, and the later paper naming the earlier fire; two arrests in one
town three days apart, by the same police, the later naming the earlier; and, as the guard, one
footbridge collapse followed over four days (the toll rising the next day, an arrest on the
fourth, each report recalling Saturday's collapse), and one strike on its first and third days.
Two stories of the same minister on the same day: her budget (a paper, the radio, and an explainer
of what it means for a household, which must stay in) and, hours later, the rumours of her
resignation over a land sale (a wire and the radio's denial, both naming the budget). One factory
closure told by the union's members' bulletin, its headline in capitals, and by the town paper in
its own words: they share only the owner's and the town's names and the jobs figure, and those
names stand at a sentence's start or in capitals.
Judged in batch (stories.group) and online (add_to_stories into a store), which must agree.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.features import raw_counts
from newsgraph.corpus.stories import Doc

from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

PAPER, RADIO = "Brannock Post", "Radio Brannock"

FIRES = [
    ("post-paint-fire", PAPER, "2026-05-04", "Fire guts paint factory on Brannock's river quay",
     "A fire gutted the Selwyn Paints factory on Brannock's river quay on Monday, sending thick smoke across "
     "the city centre and closing the quay road for most of the day. About 60 firefighters fought the blaze, "
     "which started in a store of solvents shortly before dawn, the city fire service said. Nobody was hurt: "
     "the eleven workers of the night shift got out before the roof fell in.\n\n"
     "Fire chief Dana Orrick said the cause was not yet known. \"Solvents burn hot and fast, and the crews did "
     "well to stop it reaching the grain store next door,\" she said.\n\n"
     "The factory employs 140 people. Its owner, Piet Selwyn, said production would move to the company's "
     "plant in Ardle for the time being. People living near the quay were told to keep their windows shut "
     "until the evening."),
    ("radio-paint-fire", RADIO, "2026-05-04", "",
     "A paint factory on the river quay in Brannock has been destroyed by fire.\n\n"
     "The blaze at Selwyn Paints broke out in the early hours of this morning. The fire service says 70 "
     "firefighters and 15 engines were sent to the scene.\n\n"
     "No one was hurt. The quay road is closed between the old bridge and the fish market, and buses are "
     "diverted.\n\n"
     "Fire chief Dana Orrick told Radio Brannock the smoke was not dangerous, but asked people living near the "
     "quay to stay indoors.\n\n"
     "Radio Brannock - news on the hour, every hour."),
    ("post-school-fire", PAPER, "2026-05-06", "Pupils sent home as fire hits Hallam Road school",
     "Four hundred pupils were sent home from Hallam Road primary school in Brannock's Eastfield district on "
     "Wednesday after a fire broke out in the school's sports hall, two days after a blaze gutted a paint "
     "factory on the city's river quay. Firefighters had the fire under control within an hour, the fire "
     "service said. One teacher was treated for smoke inhalation.\n\n"
     "Fire chief Dana Orrick said the fire was not connected to Monday's factory blaze. \"An electrical fault "
     "in the hall's heating, as far as we can tell,\" she said.\n\n"
     "The council said the school would reopen next week and lessons would move to the Eastfield library "
     "until then. Parents collected their children from the church hall across the road."),
    ("radio-school-fire", RADIO, "2026-05-06", "",
     "A primary school in Eastfield has been evacuated after a fire in its sports hall.\n\n"
     "The fire at Hallam Road school started at about ten this morning, during the first lesson. Teachers "
     "led four hundred children across the road to the church hall.\n\n"
     "One teacher was taken to hospital after breathing in smoke. Fire chief Dana Orrick said the fire was out "
     "within the hour.\n\n"
     "The school will stay closed for the rest of the week.\n\n"
     "Radio Brannock - news on the hour, every hour."),
]

ARRESTS = [
    ("post-jeweller-arrest", "Dovermoor Echo", "2026-06-09", "Man arrested over Dovermoor jeweller robbery",
     "Police in Dovermoor arrested a 34-year-old man on Tuesday over the armed robbery of a jeweller's shop "
     "on Castle Street, in which watches worth 200,000 crowns were taken. Officers detained the man at a flat "
     "in the Northgate estate after a tip from a neighbour, Dovermoor police said. A second man is still being "
     "sought.\n\n"
     "Chief inspector Mara Tollen said most of the watches had been recovered. \"We are grateful to the public, "
     "whose calls led us to the flat within a day,\" she said.\n\n"
     "The shop's owner, Ivo Brandt, said the robbers had threatened his staff with a knife. The man is due "
     "before magistrates on Thursday."),
    ("radio-jeweller-arrest", "Radio Dovermoor", "2026-06-09", "",
     "Police have arrested a man over Monday's robbery at a jeweller's on Castle Street.\n\n"
     "He was detained this morning at a flat in the Northgate estate. Detectives say most of the stolen "
     "watches have been found.\n\n"
     "Chief inspector Mara Tollen thanked people who called in with information. Police are still looking for "
     "a second man.\n\n"
     "Radio Dovermoor news."),
    ("post-pharmacy-arrest", "Dovermoor Echo", "2026-06-12", "Two teenagers held after Dovermoor pharmacy raid",
     "Two teenagers were arrested in Dovermoor on Friday after a pharmacy on the Mill Road was robbed at "
     "closing time, three days after police arrested a man over the robbery of a jeweller's shop in the town. "
     "The boys, aged 16 and 17, were caught by officers on bicycles near the railway station with cash and "
     "boxes of medicines, Dovermoor police said.\n\n"
     "Chief inspector Mara Tollen said there was no link with Tuesday's arrest. \"Two boys, a bag of cough "
     "syrup and 300 crowns from the till,\" she said.\n\n"
     "The pharmacist, Leni Vost, was not hurt. The boys were released to their parents pending a youth court "
     "hearing."),
    ("radio-pharmacy-arrest", "Radio Dovermoor", "2026-06-12", "",
     "Two teenagers have been arrested after a pharmacy on the Mill Road was robbed last night.\n\n"
     "Officers on bicycles stopped the boys near the railway station. Police say they had cash and boxes of "
     "medicines with them.\n\n"
     "Chief inspector Mara Tollen said the pharmacist was not hurt. The boys, aged 16 and 17, have been "
     "released to their parents.\n\n"
     "Radio Dovermoor news."),
]

BRIDGE = [
    ("post-bridge-collapse", "Tessby Courier", "2026-07-11", "Five dead as Orm footbridge collapses at Tessby festival",
     "Five people were killed and about 30 injured when a footbridge over the river Orm collapsed during the "
     "summer festival in Tessby on Saturday evening, the town's emergency service said. The wooden bridge, "
     "crowded with people walking to the fireworks, gave way at its middle and dropped into the river.\n\n"
     "Divers pulled people from the water until midnight. \"We heard a crack like a gunshot and then the "
     "screaming,\" said Hana Lisk, who was on the bank.\n\n"
     "Mayor Otto Verran called off the festival. The bridge was repaired in the spring by the building firm "
     "Grell and Sons, the council said."),
    ("radio-bridge-collapse", "Radio Tessby", "2026-07-11", "",
     "A footbridge over the river Orm has collapsed during the Tessby summer festival, killing five people.\n\n"
     "About 30 people were hurt when the bridge gave way under the crowd going to the fireworks. Divers are "
     "searching the river.\n\n"
     "Mayor Otto Verran has cancelled the rest of the festival. The emergency service asks people to keep "
     "away from the river bank."),
    ("post-bridge-toll", "Tessby Courier", "2026-07-12", "Orm footbridge toll rises to seven",
     "The death toll from the collapse of the Orm footbridge in Tessby rose to seven on Sunday, after divers "
     "found the body of a man downstream and a woman died of her injuries in hospital, the emergency service "
     "said. Twelve of the injured are still in hospital.\n\n"
     "Mayor Otto Verran said the town would hold a day of mourning. The council has closed the river path "
     "and two other footbridges over the Orm until engineers have inspected them.\n\n"
     "Saturday's collapse came as crowds crossed the bridge for the festival fireworks."),
    ("radio-bridge-toll", "Radio Tessby", "2026-07-12", "",
     "Seven people are now known to have died in the footbridge collapse on the river Orm.\n\n"
     "Divers found a man's body this morning, and a woman died in hospital overnight. Twelve people are still "
     "being treated.\n\n"
     "Mayor Otto Verran has announced a day of mourning. Two other footbridges over the Orm are closed for "
     "checks."),
    ("post-bridge-arrest", "Tessby Courier", "2026-07-14", "Builder arrested over Orm footbridge collapse",
     "Police in Tessby arrested the site manager of the building firm Grell and Sons on Tuesday over the "
     "collapse of the Orm footbridge, in which seven people died during the town's summer festival on "
     "Saturday.\n\n"
     "Investigators believe the bolts fitted to the wooden bridge during its repair in the spring were too "
     "short, police said. The 52-year-old is being questioned on suspicion of manslaughter.\n\n"
     "Mayor Otto Verran said the families of the dead deserved answers. Divers ended their search of the "
     "river on Monday."),
    ("radio-bridge-arrest", "Radio Tessby", "2026-07-14", "",
     "Police have arrested a site manager over the collapse of the footbridge on the river Orm.\n\n"
     "He works for Grell and Sons, the firm that repaired the bridge in the spring. Seven people died when "
     "it gave way during Saturday's festival.\n\n"
     "Investigators are looking at the bolts used in the repair. Mayor Otto Verran welcomed the arrest."),
]

STRIKE = [
    ("post-bus-strike", "Harlow Herald", "2026-09-07", "Harlow bus drivers walk out over pay",
     "Bus drivers in Harlow went on strike on Monday, leaving thousands of commuters and pupils without "
     "a ride to work and school. About 600 drivers of the city bus company walked out after talks on a new "
     "pay deal broke down, the drivers' union said. Only the night buses to the hospital were running.\n\n"
     "Union secretary Petra Haal said the drivers wanted 7 percent. \"We drive the city to work every "
     "morning, and we cannot pay our rents,\" she said. The company has offered 3 percent.\n\n"
     "The city council urged both sides to go back to talks."),
    ("radio-bus-strike", "Radio Harlow", "2026-09-07", "",
     "There are no buses in Harlow this morning: the drivers are on strike.\n\n"
     "About 600 drivers walked out at dawn after the pay talks failed. The union wants 7 percent; the bus "
     "company offers 3.\n\n"
     "Union secretary Petra Haal said the strike would go on until the company made a better offer."),
    ("post-bus-strike-day3", "Harlow Herald", "2026-09-09", "Harlow bus strike enters third day as talks stall",
     "The strike by Harlow's bus drivers went into its third day on Wednesday with no talks planned, and "
     "shops in the city centre said trade had fallen by a third since the walkout began on Monday.\n\n"
     "Union secretary Petra Haal said the drivers' pay demand of 7 percent stood. The bus company said its "
     "offer of 3 percent was final. Schools have asked parents to bring pupils by car where they can.\n\n"
     "About 600 drivers are on strike; only the night buses to the hospital are running."),
    ("radio-bus-strike-day3", "Radio Harlow", "2026-09-09", "",
     "Day three of the bus strike in Harlow, and still no buses on the city's routes.\n\n"
     "The drivers' union and the bus company have not met since the talks failed on Monday. Union secretary "
     "Petra Haal said the drivers would stay out.\n\n"
     "City centre shops say they have lost a third of their trade this week."),
]

BUDGET_DAY = [
    ("post-budget", "Pellanor Post", "2027-03-03", "Castell's budget raises fuel duty and doubles school building",
     "Finance minister Lena Castell presented Pellanor's 2028 budget to parliament in Ostwick on Wednesday, "
     "raising fuel duty by 4 cents a litre and doubling spending on school buildings to 1.8 billion crowns. "
     "The budget plans total spending of 61.5 billion crowns and a deficit of 2.4 percent of output, down from "
     "2.9 percent this year.\n\n"
     "\"We are asking drivers to pay a little more so that no child learns in a leaking classroom,\" Castell "
     "told parliament. The opposition leader, Aron Vesk, called the fuel duty rise a tax on rural families.\n\n"
     "Parliament is due to vote on the budget on March 24."),
    ("radio-budget", "Radio Pellanor", "2027-03-03", "",
     "Finance minister Lena Castell has presented her budget to parliament.\n\n"
     "Fuel duty goes up by 4 cents a litre from next month. Spending on school buildings doubles to 1.8 "
     "billion crowns.\n\n"
     "Total spending is put at 61.5 billion crowns. Opposition leader Aron Vesk says rural families will pay "
     "the price.\n\n"
     "Radio Pellanor news."),
    ("ledger-budget-explainer", "Ostwick Ledger", "2027-03-03", "What Castell's budget means for your household",
     "Drivers will pay more and parents may see new classrooms: here is what Lena Castell's budget, presented "
     "on Wednesday, means for a household in Pellanor.\n\n"
     "A family car that fills a 50-litre tank once a week will cost about 100 crowns a year more in fuel duty. "
     "Income tax bands are unchanged, so a teacher or a nurse keeps the same take-home pay.\n\n"
     "The 1.8 billion crowns for school buildings goes first to the 300 schools with the worst roofs, the "
     "finance ministry says. Pensions rise by 3 percent in line with prices."),
    ("wire-castell-quit", "Pellanor Wire", "2027-03-03", "Castell set to quit over harbour land sale, allies say",
     "Finance minister Lena Castell is expected to resign within days over the sale of a harbour plot in "
     "Ostwick to a company run by her brother-in-law, two of her allies said on Wednesday evening, hours "
     "after she presented the budget.\n\n"
     "The plot on Quay Lane was sold in 2025 for 4 million crowns, well under the price the port authority's "
     "own surveyors had put on it. The state auditor has opened an inquiry into the sale.\n\n"
     "Castell's office did not answer calls."),
    ("radio-castell-denial", "Radio Pellanor", "2027-03-03", "",
     "The prime minister's office has denied reports that finance minister Lena Castell will resign over a "
     "harbour land sale.\n\n"
     "A news website said tonight that Castell would quit over the plot on Quay Lane, sold to a company "
     "linked to her family. The prime minister's spokesman said she had his full confidence.\n\n"
     "The state auditor is looking into the land sale.\n\n"
     "Radio Pellanor news."),
]

CLOSURE = [
    ("union-bulletin", "Foundry Workers' Union", "2027-04-14",
     "HALMER TO CLOSE DRESSEL FOUNDRY - UNION CALLS MASS MEETING",
     "Halmer Metals told us this morning that it will stop casting at the Dressel foundry at the end of "
     "October.\n\n"
     "All 650 workers at the site will be laid off. 410 of them are members of this union.\n\n"
     "We reject the decision. The foundry earned 12 million crowns last year and Halmer has never shown us "
     "a plan to keep it open.\n\n"
     "A mass meeting will be held at the Dressel social club on Saturday at 10:00.\n\n"
     "In solidarity, the Executive Committee."),
    ("gazette-foundry", "Dressel Gazette", "2027-04-14", "Dressel ironworks to shut in autumn with loss of 650 jobs",
     "Owner Halmer Metals blames electricity prices; the works has cast iron for 120 years.\n\n"
     "Outside the gates on Wednesday, people spoke of a town losing its heart. \"My mother worked the "
     "furnaces, and so did I,\" said Otto Brenn, a moulder for 30 years.\n\n"
     "The company told staff in the canteen that the last pour would be in the autumn.\n\n"
     "Dressel's mayor, Ilse Varga, said she would ask the government for help for the town's suppliers."),
]

# One wire's versions of one report on one day: UPDATE 1 leads with the rescuers reaching the
# miners, UPDATE 3 (recast hours later) with the miners brought out and the dead, and keeps two of
# UPDATE 1's paragraphs word for word; a paper rewrites each version. Each pair leads with words
# the other does not repeat, so the same-day rule (two stories of the same people on one day) would
# hold them apart: one outlet's versions are one story whatever they lead with.
MINE_VERSIONS = [
    ("wire-orsk-update1", "Baltic Wire", "2027-05-11", "UPDATE 1-Rescuers reach trapped miners at Orsk colliery",
     "(Adds mine operator's statement)\n\n"
     "ORSK, May 11 (Baltic Wire) - Rescue teams reached a chamber where 13 coal miners have been trapped "
     "since a tunnel roof fell at the Orsk colliery, the regional emergency service said on Tuesday.\n\n"
     "The roof of the main haulage tunnel gave way at 2:40 a.m. on Monday, 600 metres underground, during "
     "the night shift.\n\n"
     "Kelvar Mining, which runs the pit, said ventilation to the chamber had been restored overnight and "
     "that the teams were drilling a second access shaft.\n\n"
     "(Reporting by Anja Reiss; Editing by Tomas Ville)"),
    ("courier-orsk-rescuers", "Orsk Courier", "2027-05-11", "Rescue teams reach 13 trapped miners at Orsk colliery",
     "Rescue teams have reached the chamber where 13 coal miners have been trapped since a tunnel roof "
     "fell at the Orsk colliery, the regional emergency service said on Tuesday.\n\n"
     "Ventilation to the chamber was restored overnight, and rescuers are drilling a second access shaft "
     "to the trapped men, Kelvar Mining said.\n\n"
     "Families have waited at the colliery gates for more than a day."),
    ("wire-orsk-update3", "Baltic Wire", "2027-05-11", "UPDATE 3-Eleven miners brought out alive at Orsk, two dead",
     "(Recasts with miners brought to surface, deaths)\n\n"
     "ORSK, May 11 (Baltic Wire) - Eleven of the 13 coal miners caught underground at Orsk were "
     "brought to the surface alive on Tuesday evening and two were found dead, the regional emergency "
     "service said.\n\n"
     "The survivors were taken by ambulance to the county hospital, where doctors said three were in a "
     "serious condition.\n\n"
     "The roof of the main haulage tunnel gave way at 2:40 a.m. on Monday, 600 metres underground, during "
     "the night shift.\n\n"
     "Kelvar Mining, which runs the pit, said ventilation to the chamber had been restored overnight and "
     "that the teams were drilling a second access shaft.\n\n"
     "(Reporting by Anja Reiss; Editing by Tomas Ville)"),
    ("herald-orsk-survivors", "Northern Herald", "2027-05-11", "Eleven miners brought out alive at Orsk, two found dead",
     "Eleven of the 13 coal miners caught underground at Orsk were brought to the surface alive on "
     "Tuesday evening, and two were found dead, the emergency service said.\n\n"
     "The survivors were taken by ambulance to the county hospital; doctors said three of them were in "
     "a serious condition.\n\n"
     "The men had been underground for more than 40 hours."),
]

# One issuer's two releases three days apart, of two events at one quay (a fee rise, a crane's
# fall), sharing its house wording (its harbour master, its 'About' paragraph): two stories
# (SAME_OUTLET_DAYS; before it the crane's release joined the fees by its house wording).
HOUSE = [
    ("vpa-berth-fees", "Velmar Ports Authority", "2027-06-07", "Velmar Ports Authority sets new berth fees at Dunmore Quay",
     "DUNMORE, 7 June 2027 - The Velmar Ports Authority today announced new berth fees at Dunmore Quay, "
     "rising by 6 per cent from 1 August for container vessels over 200 metres.\n\n"
     "Harbour master Ilse Raventhal said the rise would fund the dredging of the outer channel.\n\n"
     "\"Dunmore Quay must stay open to the largest ships,\" said Ilse Raventhal, harbour master of the "
     "Velmar Ports Authority.\n\n"
     "About the Velmar Ports Authority: the Authority manages Dunmore Quay, Kessel Dock and the outer "
     "channel, handling 4.2 million tonnes of cargo a year. Media enquiries: press office, Velmar Ports "
     "Authority, Dunmore."),
    ("ledger-berth-fees", "Dunmore Ledger", "2027-06-07", "Shipping lines face higher charges at Dunmore Quay",
     "Shipping lines calling at Dunmore Quay will pay 6 per cent more to berth from August, the ports "
     "authority said on Monday, to pay for dredging the outer channel.\n\n"
     "The rise applies to container vessels longer than 200 metres. Carriers' association chair Tobin "
     "Aske said the charges would be passed on to importers.\n\n"
     "The quay handled a record number of calls last year."),
    ("wire-berth-fees", "Coastline Wire", "2027-06-08", "Dunmore Quay fee rise angers carriers",
     "Carriers at Dunmore Quay criticised a 6 per cent rise in berth fees announced by the Velmar Ports "
     "Authority, saying it came without consultation.\n\n"
     "Tobin Aske, who chairs the carriers' association, said importers would bear the cost. The "
     "authority says the money will pay for dredging of the outer channel."),
    ("vpa-crane-collapse", "Velmar Ports Authority", "2027-06-10", "Velmar Ports Authority statement on crane collapse at Dunmore Quay",
     "DUNMORE, 10 June 2027 - The Velmar Ports Authority confirms that a gantry crane collapsed onto a "
     "berth at Dunmore Quay at 06:15 this morning. Two dock workers were taken to hospital.\n\n"
     "Operations at the quay are suspended while inspectors examine the crane's base.\n\n"
     "\"Our thoughts are with the injured workers and their families,\" said Ilse Raventhal, harbour "
     "master of the Velmar Ports Authority.\n\n"
     "About the Velmar Ports Authority: the Authority manages Dunmore Quay, Kessel Dock and the outer "
     "channel, handling 4.2 million tonnes of cargo a year. Media enquiries: press office, Velmar Ports "
     "Authority, Dunmore."),
    ("radio-crane-collapse", "Radio Velmar", "2027-06-10", "Two hurt as crane falls at Dunmore docks",
     "A gantry crane toppled onto a berth at Dunmore docks early on Thursday, injuring two dock workers, "
     "who were taken to hospital.\n\n"
     "Work at the quay has stopped while inspectors check the crane. The dockers' union called for a full "
     "inquiry into the crane's maintenance."),
]

CASES = {
    "two fires two days apart": (FIRES, [["post-paint-fire", "radio-paint-fire"],
                                         ["post-school-fire", "radio-school-fire"]]),
    "two arrests three days apart": (ARRESTS, [["post-jeweller-arrest", "radio-jeweller-arrest"],
                                               ["post-pharmacy-arrest", "radio-pharmacy-arrest"]]),
    # the toll's update the next day is the collapse's story; the arrest three days on, whose lead's
    # core is mostly its own (arrest, police, site manager), is the next event (EVENT_APART_SHARE:
    # six blind corpora keep such a later event apart, three keep it with the first: docs/corpus.md)
    "one collapse and its toll, an arrest three days on": (
        BRIDGE, [[n for n, *_ in BRIDGE if "arrest" not in n], [n for n, *_ in BRIDGE if "arrest" in n]]),
    "one strike on days one and three": (STRIKE, [[n for n, *_ in STRIKE]]),
    "a budget and the minister's resignation rumours the same day": (
        BUDGET_DAY, [["post-budget", "radio-budget", "ledger-budget-explainer"],
                     ["wire-castell-quit", "radio-castell-denial"]]),
    "a union bulletin in capitals and a paper's report of one closure": (
        CLOSURE, [["union-bulletin", "gazette-foundry"]]),
    "one wire's two versions of one day, each rewritten": (MINE_VERSIONS, [[n for n, *_ in MINE_VERSIONS]]),
    "one issuer's releases on two events three days apart": (
        HOUSE, [[n for n, *_ in HOUSE if "berth" in n], [n for n, *_ in HOUSE if "crane" in n]]),
}


def _docs(items) -> list[Doc]:
    return [Doc(name=n, id=n, title=t, body=b, published=p, publisher=o, counts=raw_counts(t, b))
            for n, o, p, t, b in items]


def _stories(docs: list[Doc]) -> list[list[str]]:
    return sorted(sorted(d.name for d in s.docs) for s in stories.group(docs))


@pytest.mark.parametrize("case", list(CASES))
def test_lookalike_events_apart_follow_ups_together(case):
    items, gold = CASES[case]
    assert _stories(_docs(items)) == sorted(sorted(g) for g in gold), case


@pytest.mark.parametrize("case", ["two fires two days apart", "two arrests three days apart"])
def test_lookalikes_together_one_corpus(case):
    """The cases side by side in one corpus (each one's terms rarer or commoner there): the same."""
    allitems = [it for items, _ in CASES.values() for it in items]
    got = _stories(_docs(allitems))
    for _, gold in CASES.values():
        for g in gold:
            assert sorted(g) in got, (g, got)


def test_lookalikes_alike_by_their_words():
    """Without dates the two fires' reports resemble each other on average over the threshold: the
    case tests telling the two events apart, not reports that never looked alike."""
    docs = _docs(FIRES)
    for d in docs:
        d.published = None
    assert len(_stories(docs)) == 1


@pytest.mark.parametrize("case", list(CASES))
def test_lookalike_events_online_agree_with_batch(case, db_url):  # noqa: F811
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.record import Article, Record
    from newsgraph.store import open_store

    items, gold = CASES[case]
    recs = [Record(article=Article(id=n, title=t or None, body=b, published=p, publisher=o))
            for n, o, p, t, b in items]
    store = open_store(db_url)
    try:
        for r in recs:  # one by one, as a feed brings them
            store.add_many([r])
            add_to_stories(store, [r])
        got = sorted(sorted(a["id"] for a in store.story(store.article_story(r.article.id)["id"])["articles"])
                     for r in recs)
    finally:
        store.close()
    uniq = sorted({tuple(g) for g in got})
    assert [list(g) for g in uniq] == sorted(sorted(g) for g in gold), case


def test_same_day_stories_online_reverse_order_invented7():
    """invented7 (real pages) ingested one by one, latest first: the radio's budget bulletin,
    published last, arrives before the rest of the budget's reports and joins the minister's
    resignation rumours (it resembles them above the threshold); once the budget's own reports
    are a story held apart from the rumours, it moves to them (online._rehome), as the batch
    average link places it. Both stories come out whole."""
    import json
    import tempfile
    from pathlib import Path

    from newsgraph.cli_corpus import read_records
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.store import open_store

    corpus = Path(__file__).parent / "data" / "corpus" / "invented7"
    gold = {a["file"]: a["story"] for a in json.loads((corpus / "gold.json").read_text())["articles"]}
    files = sorted(gold)
    recs, fails = read_records([str(corpus / f) for f in files])
    assert not fails and len(recs) == len(files)
    name = {r.article.id: f for r, f in zip(recs, files)}
    order = sorted(recs, key=lambda r: (r.article.published or "9999", r.article.id))[::-1]
    with tempfile.TemporaryDirectory() as d:
        store = open_store(f"sqlite:///{d}/s.db")
        try:
            for r in order:
                store.add_many([r])
                add_to_stories(store, [r])
            sids = {store.article_story(r.article.id)["id"] for r in recs}
            got = {tuple(sorted(name[a["id"]] for a in store.story(sid)["articles"])) for sid in sids}
        finally:
            store.close()
    for story in ("budget-ostreva", "rashidi-resignation-rumours"):
        want = tuple(sorted(f for f, s in gold.items() if s == story))
        assert want in got, (story, sorted(got))


@pytest.mark.parametrize("latest_first", [False, True])
def test_one_wire_versions_online_invented14(latest_first):
    """invented14 (real pages) ingested one by one, in time order and latest first: the wire's
    UPDATE 1 and UPDATE 3 of the hostage handover (same outlet, same day, two paragraphs in common,
    each rewritten by a paper) are one story, and the convoy attack two days later is another."""
    import json
    import tempfile
    from pathlib import Path

    from newsgraph.cli_corpus import read_records
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.store import open_store

    corpus = Path(__file__).parent / "data" / "corpus" / "invented14"
    gold = {a["file"]: a["story"] for a in json.loads((corpus / "gold.json").read_text())["articles"]}
    files = sorted(f for f, s in gold.items() if s in ("hostages-sefra", "convoy-sefra", "ceasefire-halun"))
    recs, fails = read_records([str(corpus / f) for f in files])
    assert not fails and len(recs) == len(files)
    name = {r.article.id: f for r, f in zip(recs, files)}
    order = sorted(recs, key=lambda r: (r.article.published or "9999", r.article.id))
    if latest_first:
        order = order[::-1]
    with tempfile.TemporaryDirectory() as d:
        store = open_store(f"sqlite:///{d}/s.db")
        try:
            for r in order:
                store.add_many([r])
                add_to_stories(store, [r])
            sids = {store.article_story(r.article.id)["id"] for r in recs}
            got = {tuple(sorted(name[a["id"]] for a in store.story(sid)["articles"])) for sid in sids}
        finally:
            store.close()
    for story in ("hostages-sefra", "convoy-sefra"):
        want = tuple(sorted(f for f, s in gold.items() if s == story))
        assert want in got, (story, sorted(got))


def test_one_wire_versions_batch_invented14():
    """The same in batch, over the whole corpus."""
    import json
    from pathlib import Path

    from newsgraph.cli_corpus import read_records

    corpus = Path(__file__).parent / "data" / "corpus" / "invented14"
    gold = {a["file"]: a["story"] for a in json.loads((corpus / "gold.json").read_text())["articles"]}
    files = sorted(gold)
    recs, fails = read_records([str(corpus / f) for f in files])
    assert not fails
    docs = [Doc.of(r, name=f) for r, f in zip(recs, files)]
    got = {tuple(sorted(d.name for d in s.docs)) for s in stories.group(docs)}
    for story in ("hostages-sefra", "convoy-sefra"):
        want = tuple(sorted(f for f, s in gold.items() if s == story))
        assert want in got, (story, sorted(got))


def test_developing_story_whole_batch_invented16():
    """invented16 (real pages): one ferry capsizing told over five days by 15 reports from 11
    outlets (the toll from 9 to 27, the captain detained, the search ended, an explainer, a column, a
    gallery, a ministry statement) is one story, held together by its rare names (the Brisa Maren,
    Selvik Lines, Kallet): in 15 of 24 reports they were weighed as common words (it broke into 8
    pieces). The trawler sinking two days later and the yacht rescue in the same strait, both naming
    the Brisa Maren, and the ferry fire in Vessland stay stories of their own."""
    import json
    from pathlib import Path

    from newsgraph.cli_corpus import read_records

    corpus = Path(__file__).parent / "data" / "corpus" / "invented16"
    gold = {a["file"]: a["story"] for a in json.loads((corpus / "gold.json").read_text())["articles"]}
    files = sorted(gold)
    recs, fails = read_records([str(corpus / f) for f in files])
    assert not fails
    docs = [Doc.of(r, name=f) for r, f in zip(recs, files)]
    got = {tuple(sorted(d.name for d in s.docs)) for s in stories.group(docs)}
    for story in ("capsize-brisa", "trawler-sundby", "yacht-rescue-kallet", "ferry-fire-vessland"):
        want = tuple(sorted(f for f, s in gold.items() if s == story))
        assert want in got, (story, sorted(got))
