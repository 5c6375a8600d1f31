"""Stories: the classes of the ninth to twelfth blind corpora, on invented cases of their own.

One issuer's two releases on two events a day apart (invented10's class: the UN's release on one
Security Council vote joined its release on the next day's vote by their shared house wording, its
title-case head and its stock sentences, not its own story's reports): the Varsel League's
council, its two votes on two monitoring missions (Holm's ended on 3 March, Brisk's renewed on 4
March), each told by its release and by papers. The release on Holm's mission belongs with the
papers' reports of Holm's vote.
A digest (invented11's newsletter e-mail, invented7's evening round-up: the gold keeps a digest
apart): a town's evening round-up of five short items, each from another story (a ferry strike, a
museum theft, a football match, a bakery chain's results), its first and longest item on the ferry
strike, which it resembled enough to join. It is a story of its own.
Judged in batch (stories.group) and online (add_to_stories into a store, one by one, in both
orders), which must agree.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.features import raw_counts
from newsgraph.corpus.stories import Doc

from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

LEAGUE = "Varsel League"

RELEASES = [
    ("league-holm-release", LEAGUE, "2027-03-03",
     "League Council Ends Mandate of Monitoring Mission in Holm, Adopting Decision 512 (2027) by Recorded Vote",
     "The League Council today decided to terminate the mandate of the Varsel League Monitoring Mission in Holm "
     "(VLMH) and requested the Secretary-General to complete the withdrawal of all its observers and civilian "
     "staff by 30 September 2027.\n\n"
     "Adopting decision 512 (2027) by a recorded vote of 9 in favour to none against, with 2 abstentions "
     "(Ostrel, Dannmark), the Council asked the Mission to begin its drawdown on 1 May 2027 and to hand over "
     "its remaining posts to the Holm authorities in an orderly manner.\n\n"
     "The Mission currently deploys some 900 observers, below its authorized ceiling of 1,200.\n\n"
     "The Council also requested the Secretary-General to report every 60 days on the border crossings during "
     "the drawdown.\n\n"
     "Speaking after the vote, the representative of Holm said his Government had asked for the withdrawal and "
     "would assume full responsibility for the border.\n\n"
     "The meeting began at 10:00 a.m. and ended at 10:40 a.m.\n\n"
     "For information media. Not an official record."),
    ("league-brisk-release", LEAGUE, "2027-03-04",
     "League Council Extends Mandate of Monitoring Mission in Brisk for One Year, Adopting Decision 513 (2027)",
     "The League Council this afternoon extended the mandate of the Varsel League Monitoring Mission in Brisk "
     "(VLMB) until 4 March 2028, while asking the Secretary-General to present options for reducing its "
     "footprint by next autumn.\n\n"
     "Adopting decision 513 (2027) by a recorded vote of 8 in favour to 1 against (Ostrel), with 2 "
     "abstentions (Holm, Dannmark), the Council kept the Mission's authorized ceiling at 400 observers.\n\n"
     "Several delegations regretted that the budget for the coming year had been cut by a tenth, which they "
     "said would force the Mission to close two field offices.\n\n"
     "The representative of Brisk said the renewal was welcome and called for a clear exit plan.\n\n"
     "The meeting began at 3:00 p.m. and ended at 3:35 p.m.\n\n"
     "For information media. Not an official record."),
]

HOLM_REPORTS = [
    ("wire-holm-vote", "Nordvik Press Agency", "2027-03-03", "League votes to end Holm observer mission",
     "The Varsel League's council voted on Wednesday to end its observer mission in Holm after eleven years, "
     "ordering the 900 monitors to leave by the end of September at the request of Holm's government.\n\n"
     "Nine members voted for the withdrawal and two abstained, warning that smugglers would return to the "
     "Holm border once the observers left.\n\n"
     "Holm's envoy said his country was ready to guard its own border. \"We thank the observers, and now we "
     "ask to be trusted,\" he told the council.\n\n"
     "The mission was sent in 2016 after clashes along the Holm border left dozens dead."),
    ("courant-holm-vote", "Holm Courant", "2027-03-03", "Observers to leave Holm as League ends mission",
     "The League observers who have watched Holm's border since 2016 will be gone by September: the Varsel "
     "League's council on Wednesday ended their mission, as the government in Holm had asked.\n\n"
     "The vote was nine to none, with Ostrel and Dannmark abstaining. Border villages fear the smugglers who "
     "ran the crossings before the observers came.\n\n"
     "\"The monitors kept the peace here,\" said Ena Varro, who runs a shop in the border town of Kell. "
     "\"Our own police must now do it.\"\n\n"
     "The withdrawal of the 900 observers begins in May."),
    ("gazette-holm-vote", "Dannmark Gazette", "2027-03-04", "Holm mission ends: what the League's vote means",
     "The end of the League's observer mission in Holm, voted on Wednesday, leaves the border to Holm's own "
     "police for the first time since the 2016 clashes.\n\n"
     "Dannmark abstained in the vote, its envoy saying the withdrawal was too quick. The 900 observers will "
     "leave between May and September.\n\n"
     "Holm's government says it has trained 3,000 border police to replace the mission. Smugglers, who moved "
     "fuel and cattle across the Holm border before 2016, are the main worry of the villages."),
]

BRISK_REPORTS = [
    ("brisk-daily-renewal", "Brisk Daily", "2027-03-04", "League extends Brisk observer mission, seeks smaller footprint",
     "The Varsel League extended its observer mission in Brisk for one more year on Thursday, but wants "
     "options to reduce the mission's footprint by next autumn, to the relief of farmers along the Brisk "
     "ceasefire line.\n\n"
     "The council extended the mandate of the Varsel League Monitoring Mission in Brisk (VLMB) until March "
     "2028 and asked the Secretary-General to present the options.\n\n"
     "The renewal passed by 8 votes to 1, Ostrel voting against, with Holm and Dannmark abstaining. The "
     "Mission's ceiling stays at 400 observers, but its budget was cut by a tenth, which will close two of its "
     "field offices in Brisk.\n\n"
     "Brisk's envoy welcomed the renewal and called for a clear exit plan."),
]

GOLD = [["league-holm-release", "wire-holm-vote", "courant-holm-vote", "gazette-holm-vote"],
        ["league-brisk-release", "brisk-daily-renewal"]]
ITEMS = RELEASES + HOLM_REPORTS + BRISK_REPORTS


def _docs(items) -> list[Doc]:
    return [Doc(name=n, id=n, title=t, body=b, published=p, publisher=o, counts=raw_counts(t, b))
            for n, o, p, t, b in items]


def _stories(docs: list[Doc]) -> list[list[str]]:
    return sorted(sorted(d.name for d in s.docs) for s in stories.group(docs))


def test_issuer_releases_alike_by_house_wording():
    """The case tests what it says: the two releases resemble each other more than the release
    on Holm's vote resembles the papers' reports of it (their shared house wording)."""
    docs = {d.name: d for d in _docs(ITEMS)}
    stories.profile(list(docs.values()))
    rel = docs["league-holm-release"]
    to_other = stories.similarity(rel, docs["league-brisk-release"])
    to_own = [stories.similarity(rel, docs[n]) for n in GOLD[0][1:]]
    assert to_other > max(to_own) and to_other > stories.THRESHOLD


def test_issuer_release_with_its_own_story_batch():
    assert _stories(_docs(ITEMS)) == sorted(sorted(g) for g in GOLD)


def _online_stories(url: str, items) -> list[list[str]]:
    """The stories a store holds after `items` are added one at a time, in the order given."""
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.record import Article, Record
    from newsgraph.store import open_store

    recs = [Record(article=Article(id=n, title=t or None, body=b, published=p, publisher=o))
            for n, o, p, t, b in items]
    store = open_store(url)
    try:
        for r in recs:
            store.add_many([r])
            add_to_stories(store, [r])
        got = sorted({tuple(sorted(a["id"] for a in store.story(store.article_story(r.article.id)["id"])["articles"]))
                      for r in recs})
    finally:
        store.close()
    return [list(g) for g in got]


@pytest.mark.parametrize("order", ["published", "reverse"])
def test_issuer_release_with_its_own_story_online(order, db_url):  # noqa: F811
    items = sorted(ITEMS, key=lambda it: (it[2], it[0]))
    if order == "reverse":
        items = items[::-1]
    # one by one, as a feed brings them
    assert _online_stories(db_url, items) == sorted(sorted(g) for g in GOLD), order


def _two(key, outlet_a, outlet_b, date, title_a, title_b, body_a, body_b):
    return [(key + "-a", outlet_a, date, title_a, body_a), (key + "-b", outlet_b, date, title_b, body_b)]


FERRY = _two(
    "ferry", "Osterby Post", "Osterby Radio", "2027-05-10", "Osterby ferry crews strike over rosters",
    "Ferry strike strands island commuters",
    "Crews of the Osterby harbour ferries walked out on Monday over new night rosters, leaving about 4,000 "
    "commuters from Tamsholm island without a crossing. The Harbour Seafarers' Union said the strike would last "
    "48 hours.\n\nUnion secretary Lotte Brandvik said the rosters added two night shifts a week. The ferry "
    "company, Osterby Lines, said it had offered talks.\n\nThe island's school bused pupils round the bay.",
    "Ferries between Osterby and Tamsholm island stopped on Monday as crews went on strike over night "
    "rosters.\n\nThe Harbour Seafarers' Union called the 48-hour walkout after talks with Osterby Lines "
    "failed. Lotte Brandvik, for the union, said crews were exhausted.\n\nCommuters queued for the coastal bus, "
    "which took two hours round the bay.")
MUSEUM = _two(
    "museum", "Osterby Post", "Nordhavn Courier", "2027-05-10", "Silver chalice stolen from Osterby museum",
    "Thieves take medieval chalice in Osterby raid",
    "A medieval silver chalice was stolen from the Osterby town museum overnight, police said on Monday. The "
    "thieves broke a skylight and lifted the chalice, made in 1340, from its case.\n\nCurator Henrik Saale "
    "said the piece was insured but priceless to the town. Police are studying camera footage.",
    "Thieves climbed through a skylight of the Osterby town museum and took a silver chalice from 1340, the "
    "curator, Henrik Saale, said. Police in Osterby appealed for witnesses who saw a van near the museum "
    "after midnight.\n\nThe chalice was found in a farmer's field in 1911.")
MATCH = _two(
    "match", "Nordhavn Courier", "Kickoff Weekly", "2027-05-10", "Nordhavn United beat Vellby 3-1",
    "Two goals from Arnesen as United see off Vellby",
    "Nordhavn United beat Vellby Town 3-1 on Sunday, with two goals from striker Jonas Arnesen, to climb to "
    "third in the league.\n\nVellby had led through a penalty before Arnesen scored twice after the break. "
    "Coach Mette Lund praised her side's fitness.",
    "Jonas Arnesen scored twice as Nordhavn United came from behind to beat Vellby Town 3-1.\n\nVellby's "
    "early penalty was cancelled out by Arnesen's header; his second and a late goal by Kim Holt sealed it. "
    "United are third, Vellby ninth.")
BAKERY = _two(
    "bakery", "Nordhavn Courier", "Retail Ledger", "2027-05-10", "Kornhus bakeries lift profit by a fifth",
    "Kornhus profit rises on coffee sales",
    "Kornhus, the bakery chain, raised its yearly profit by a fifth to 41 million crowns, helped by coffee "
    "sold in its 160 shops, it said on Monday.\n\nChief executive Sanne Tofte said the chain would open 20 "
    "shops next year, most of them at railway stations.",
    "The bakery chain Kornhus said its profit rose 21 percent to 41 million crowns as coffee sales grew in its "
    "160 shops. Chief executive Sanne Tofte plans 20 new shops at railway stations.")
DIGEST = [("evening-roundup", "Osterby Evening", "2027-05-10", "Your evening: ferries, a chalice, United, Kornhus",
           "Good evening. Here is what happened today.\n\n"
           "FERRIES STOP: Crews of the Osterby ferries walked out over night rosters, and about 4,000 Tamsholm "
           "commuters had no crossing; the union's Lotte Brandvik says the strike lasts 48 hours.\n\n"
           "CHALICE GONE: Thieves took the Osterby museum's silver chalice from 1340 through a skylight.\n\n"
           "UNITED THIRD: Two goals from Jonas Arnesen gave Nordhavn United a 3-1 win over Vellby Town.\n\n"
           "BREAD AND COFFEE: Kornhus bakeries lifted profit by a fifth on coffee sales in 160 shops.\n\n"
           "TOMORROW: rain in the morning, sun after noon.\n\n"
           "Forward this to a friend. Unsubscribe at any time.")]
DIGEST_ITEMS = FERRY + MUSEUM + MATCH + BAKERY + DIGEST
DIGEST_GOLD = [[n for n, *_ in g] for g in (FERRY, MUSEUM, MATCH, BAKERY, DIGEST)]


def test_digest_resembles_one_story():
    """The case tests what it says: the round-up resembles the ferry strike's reports on average
    at the threshold (it would join them)."""
    docs = {d.name: d for d in _docs(DIGEST_ITEMS)}
    stories.profile(list(docs.values()))
    dg = docs["evening-roundup"]
    mean = sum(stories.similarity(dg, docs[n]) for n in DIGEST_GOLD[0]) / 2
    assert mean >= stories.THRESHOLD


def test_digest_is_a_story_of_its_own_batch():
    assert _stories(_docs(DIGEST_ITEMS)) == sorted(sorted(g) for g in DIGEST_GOLD)


def test_digest_is_a_story_of_its_own_online(db_url):  # noqa: F811
    """Online, in the order published (the round-up last): it arrives when its items' stories are
    there to be recognised. (A digest that arrives before its items' stories is recognised only
    when a report resembling it arrives later: not always, see docs/corpus.md.)"""
    assert _online_stories(db_url, DIGEST_ITEMS) == sorted(sorted(g) for g in DIGEST_GOLD)


# A report whose background paragraphs each recall another of the day's stories is no digest: its
# lead is the release it rewrites (invented34's class: a wire's rewrite of a statistics release with a
# paragraph each on the rate cut, the minimum wage and a plant closure).
JOBS = [("stats-jobs", "Osterby Statistics Office", "2027-05-10", "Labour market, April 2027: jobless rate rises to 5.8%",
         "The seasonally adjusted unemployment rate rose to 5.8 percent in April from 5.5 percent in March, the "
         "Osterby Statistics Office said on Monday, the highest rate in three years.\n\n"
         "The number of people out of work rose by 9,000 to 212,000. Youth unemployment rose to 14.1 percent.\n\n"
         "Employment in manufacturing fell for a fourth month, while services added 2,000 jobs."),
        ("wire-jobs", "Osterby News Agency", "2027-05-10", "Jobless rate rises to 5.8 percent, highest in three years",
         "The seasonally adjusted unemployment rate rose to 5.8 percent in April from 5.5 percent in March, the "
         "highest rate in three years, the statistics office said on Monday.\n\n"
         "The number of people out of work rose by 9,000 to 212,000, and youth unemployment rose to 14.1 percent.\n\n"
         "The figures come as crews of the Osterby ferries walked out over night rosters, leaving 4,000 Tamsholm "
         "commuters with no crossing for 48 hours.\n\n"
         "Thieves who took the museum's silver chalice through a skylight have not been found, police said, "
         "a reminder of the city's rising property crime.\n\n"
         "Nordhavn United's 3-1 win over Vellby Town, with two goals from Jonas Arnesen, drew the season's biggest crowd.\n\n"
         "Kornhus, the bakery chain, has said it will open 20 shops next year as coffee sales lift its profit.")]
JOBS_ITEMS = FERRY + MUSEUM + MATCH + BAKERY + JOBS
JOBS_GOLD = [[n for n, *_ in g] for g in (FERRY, MUSEUM, MATCH, BAKERY, JOBS)]


def test_a_rewrite_recalling_other_stories_is_no_digest():
    assert _stories(_docs(JOBS_ITEMS)) == sorted(sorted(g) for g in JOBS_GOLD)


def test_a_rewrite_recalling_other_stories_is_no_digest_online(db_url):  # noqa: F811
    """Online, in the order published: the rewrite of the release joins the release's story."""
    assert _online_stories(db_url, JOBS_ITEMS) == sorted(sorted(g) for g in JOBS_GOLD)


# One story told over five days (invented16's class): the tanker Selma Varde of Oskel Tankers runs
# aground off Tarn island, leaking oil; over five days the spill estimate moves, the crew are taken
# off, the captain is questioned, a salvage firm refloats her, and a column and an explainer look
# back. Each report has its own angle and its own figures; what they share is the story's names:
# the ship, the company, the island, the harbour master. Beside it, two look-alikes that must stay
# apart: a trawler aground on the same coast two days later (its report names the Selma Varde once)
# and the town's own council vote on harbour fees. In a corpus this small the shared names are rare
# enough already: this case holds with and without features.NAME_DF_CAP (a guard that the look-alikes
# stay apart); the case that fails without it is invented16's, in test_stories_lookalike.py.
TANKER = [
    ("wire-varde-aground", "Nordic Wire", "2027-06-01", "Tanker Selma Varde aground off Tarn island, leaking oil",
     "The tanker Selma Varde, owned by Oskel Tankers, ran aground on rocks off Tarn island early on Tuesday "
     "and is leaking oil, the coast guard said.\n\n"
     "Her 19 crew were safe on board. Harbour master Ivo Brandt said a slick about two kilometres long had "
     "formed south of the island.\n\n"
     "The ship was carrying 42,000 tonnes of diesel from Vilmar to the northern ports."),
    ("gazette-varde-crew", "Tarn Gazette", "2027-06-02", "Selma Varde crew lifted off by helicopter as weather turns",
     "All 19 sailors of the Selma Varde were lifted off by helicopter on Wednesday afternoon as gales "
     "pushed the stricken ship harder onto the reef.\n\n"
     "Oskel Tankers said the crew were being checked at Vilmar hospital. Ivo Brandt, the harbour master, "
     "said nobody would go back aboard before the wind dropped.\n\n"
     "Islanders on Tarn watched from the cliffs."),
    ("wire-varde-spill", "Nordic Wire", "2027-06-03", "Oil from Selma Varde reaches Tarn beaches",
     "Oil leaking from the Selma Varde washed onto three beaches on Tarn island on Thursday, and Oskel "
     "Tankers raised its estimate of the spill to 800 tonnes from 300.\n\n"
     "Volunteers in boots and gloves shovelled black sand into sacks. Ivo Brandt said booms had been laid "
     "across the mouth of the Vilmar harbour."),
    ("herald-varde-captain", "Vilmar Herald", "2027-06-04", "Captain of grounded Selma Varde questioned by police",
     "Police in Vilmar questioned the captain of the Selma Varde for six hours on Friday over why the "
     "tanker left the marked channel off Tarn island.\n\n"
     "Oskel Tankers said its captain had 25 years at sea and that it would cooperate with the inquiry. "
     "Prosecutors have not charged him."),
    ("wire-varde-refloated", "Nordic Wire", "2027-06-05", "Salvors refloat Selma Varde, tow her to Vilmar",
     "Salvage tugs pulled the Selma Varde off the reef at high tide on Saturday and towed her into Vilmar, "
     "ending five days on the rocks off Tarn island.\n\n"
     "Harbour master Ivo Brandt said divers would inspect the hull on Sunday. Oskel Tankers put the final "
     "spill at about 950 tonnes."),
    ("ministry-varde-statement", "Ministry of Transport", "2027-06-01", "Statement on the grounding of the tanker Selma Varde",
     "The Ministry of Transport confirms that the tanker Selma Varde, operated by Oskel Tankers, is aground "
     "off Tarn island. The crew of 19 are unhurt. The ministry has sent two oil-recovery vessels and has "
     "closed the channel south of Tarn to traffic."),
    ("radio-varde-bulletin", "Radio Vilmar", "2027-06-01", "",
     "A tanker is stuck on the reef off Tarn this morning. The Selma Varde has 19 crew aboard and is losing "
     "oil, says harbour master Ivo Brandt. The channel is closed."),
    ("standard-varde-live", "Coast Standard", "2027-06-02", "Live: Selma Varde - crew airlifted, gale warning",
     "14:05 The last of the 19 crew are off the Selma Varde, Oskel Tankers confirms.\n"
     "12:40 Gale warning for the Tarn coast from 18:00.\n"
     "09:15 Ivo Brandt: the slick is now four kilometres long."),
    ("lens-varde-gallery", "Lens Daily", "2027-06-03", "In pictures: oil on Tarn's beaches",
     "Volunteers lay booms at dawn below the Tarn lighthouse.\n"
     "The Selma Varde on the reef, seen from the ferry to Vilmar.\n"
     "A seabird is washed at the Vilmar rescue centre."),
    ("observer-varde-explainer", "The Observer", "2027-06-04", "Explainer: how did the Selma Varde end up on the reef?",
     "The Selma Varde is a 1998-built tanker, 180 metres long, bought by Oskel Tankers in 2015. The reef off "
     "Tarn is charted and lit; pilots are not compulsory for ships of her size. Investigators will read her "
     "voyage data recorder, which stores the bridge audio and the radar picture."),
    ("weekly-varde-islanders", "Tarn Weekly", "2027-06-05", "Tarn counts the cost of the Selma Varde",
     "Mussel farmers on the east side of Tarn say the harvest is lost for the year. The island's two "
     "guesthouses have had cancellations all week, and the parish hall has become a store for gloves, "
     "shovels and sacks. Oskel Tankers has promised a claims office on the island."),
    ("review-varde-column", "Vilmar Review", "2027-06-05", "We were lucky the Selma Varde was not bigger",
     "Everyone on Tarn knows the reef. Our grandparents rowed around it; the charts have marked it for a "
     "century. So how does a modern tanker end up on top of it?\n\n"
     "Oskel Tankers will say it was the weather. The islanders scraping oil from their beaches will not "
     "accept that, and neither should the ministry."),
]
TANKER_LOOKALIKES = [
    ("wire-trawler-aground", "Nordic Wire", "2027-06-05", "Trawler Mira runs aground north of Vilmar, crew rescued",
     "The trawler Mira ran aground on a sandbank north of Vilmar on Saturday and her five fishermen were "
     "rescued by the lifeboat, the coast guard said.\n\n"
     "It was the second grounding on the coast this week after the tanker Selma Varde. The Mira was not "
     "leaking fuel and will be pulled off at the next high tide."),
    ("radio-trawler-aground", "Radio Vilmar", "2027-06-05", "",
     "Five fishermen were rescued this morning when their trawler, the Mira, ran onto a sandbank north of "
     "Vilmar.\n\n"
     "The lifeboat crew took them off in calm water. The owner said the boat would be refloated on the "
     "evening tide."),
    ("herald-harbour-fees", "Vilmar Herald", "2027-06-02", "Vilmar council raises harbour fees by 8 percent",
     "Vilmar's council voted on Wednesday to raise harbour fees by 8 percent from July, to pay for a new "
     "quay wall.\n\n"
     "Fishermen's leaders said the rise would hurt small boats. The vote was 21 to 14."),
    ("radio-harbour-fees", "Radio Vilmar", "2027-06-02", "",
     "Harbour fees in Vilmar will go up by 8 percent in July after a council vote tonight.\n\n"
     "The money will pay for a new quay wall. Small-boat fishermen say they cannot afford it."),
]
TANKER_GOLD = [[n for n, *_ in TANKER], ["wire-trawler-aground", "radio-trawler-aground"],
               ["herald-harbour-fees", "radio-harbour-fees"]]


def test_developing_story_one_batch():
    assert _stories(_docs(TANKER + TANKER_LOOKALIKES)) == sorted(sorted(g) for g in TANKER_GOLD)


@pytest.mark.parametrize("order", ["published", "reverse"])
def test_developing_story_one_online(order, db_url):  # noqa: F811
    items = sorted(TANKER + TANKER_LOOKALIKES, key=lambda x: (x[2], x[0]))
    if order == "reverse":
        items = items[::-1]
    assert _online_stories(db_url, items) == sorted(sorted(g) for g in TANKER_GOLD), order
