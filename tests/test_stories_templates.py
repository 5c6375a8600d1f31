"""Stories: a site's page template or sign-off is not a shared story.

Invented pages (everything fictional). Two unrelated reports of one site that carry the same
newsletter form, the same press-wire contact block or the same sign-off line are alike by those
whole runs of words alone, and must stay two stories; a wire report and its near-verbatim
rewrite under another head, and two reports of one event each under its site's stock lines,
must stay one. Judged in batch (stories.group) and online (add_to_stories into a store), which
must agree. The same cases with the rule off (PAGE_WORDS above any page) show the template
merges: the first three tests fail on the code before it.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.features import raw_counts
from newsgraph.corpus.stories import Doc

from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

FORM = (
    "Sign up for the Lornevale Courier morning newsletter. Enter your email address below to receive the "
    "Lornevale Courier morning newsletter in your inbox every weekday before seven. By subscribing you agree to "
    "our terms of service and privacy policy, and you can unsubscribe at any time from the link at the foot of "
    "every newsletter. Already a subscriber? Log in to manage your newsletters, your saved articles and your "
    "digital edition. Subscribers get unlimited access to courier.example on every device."
)

LIBRARY = (
    "The Brenmoor town council voted seven to two on Tuesday to close the old Harrow Street library for eighteen "
    "months while its roof, wiring and reading rooms are rebuilt. The renovation will cost 4.2 million crowns, "
    "most of it from a regional heritage grant, council treasurer Ilse Varga said. Books will move to a temporary "
    "branch in the former post office on Mill Lane, which opens on the first of March. Two councillors argued that "
    "the temporary branch is too small for the children's section and that the reading groups will have nowhere to "
    "meet. The head librarian, Tomas Reyl, said the children's collection would rotate between the temporary branch "
    "and the Brenmoor primary schools. "
)

BAKERY = (
    "A family bakery that has baked rye bread in the village of Ostvik, north of Brenmoor, since 1923 reopened on Saturday after a fire "
    "gutted its ovens last spring. Hundreds of villagers queued in the snow for the first loaves from the new wood "
    "oven, built by a stonemason from the coast. Owner Marit Solheim said insurance paid for the building but not "
    "for the oven, which neighbours funded with a village collection and a winter market. The bakery will also sell "
    "cinnamon buns and a new barley loaf, made with grain from farms around Ostvik lake. Solheim's grandson Jonas, "
    "who trained in a city bakery, now runs the night shift. The Brenmoor district council gave the bakery a small grant for its new shop sign. "
)

WIRE = (
    "Floodwater from the Kessa river broke through a levee near the town of Dravik early on Thursday, forcing the "
    "evacuation of about 3,400 residents, the regional emergency office said. Rescue crews in boats pulled 46 people "
    "from rooftops in the low-lying Nordhavn district, where the water rose by more than a metre in two hours. No "
    "deaths were reported by midday. The Kessa has been rising for a week after heavy rain in the Ustral hills, and "
    "forecasters expect two more days of rain. Army engineers were flown in to plug the breach with sandbags and "
    "gravel, emergency office spokeswoman Lena Moradi said. Schools in Dravik and three nearby villages were closed, "
    "and the main railway line to the coast was suspended after water covered the tracks south of the town. The "
    "last major flood on the Kessa, in 2009, forced 12,000 people from their homes."
)

REWRITE = (
    "Floodwater from the Kessa river broke through a levee near the town of Dravik early on Thursday, forcing the "
    "evacuation of about 3,400 residents, the regional emergency office said. Rescue crews in boats pulled 46 people "
    "from rooftops in the low-lying Nordhavn district, where the water rose by more than a metre in two hours. No "
    "deaths were reported by midday. The Kessa has been rising for a week after heavy rain in the Ustral hills, and "
    "forecasters expect two more days of rain. Army engineers were flown in to plug the breach with sandbags and "
    "gravel, emergency office spokeswoman Lena Moradi said. Schools in Dravik and three nearby villages were closed, "
    "and the main railway line to the coast was suspended after water covered the tracks south of the town. "
    "Residents of the Nordhavn district had asked for a higher levee since the last major flood. "
    "With reporting from Pressline."
)


def _doc(name: str, title: str, body: str, published: str | None = None, publisher: str | None = None) -> Doc:
    return Doc(name=name, id=name, title=title, body=body, published=published, publisher=publisher,
               counts=raw_counts(title, body))


def _cases() -> dict[str, tuple[list[Doc], list[list[str]]]]:
    """Each case: its pages and the gold stories (names)."""
    contact = (
        "About Ventra Communications: Ventra Communications handles press relations, financial disclosures and "
        "multimedia for companies and public bodies in forty countries. For the full release and more news from our "
        "clients, visit ventra.example. Media contact: Clare Ostrowski, clare.ostrowski@ventra.example, "
        "+44 20 7946 0321. SOURCE Ventra Communications"
    )
    shipping = (
        "HALDEN, 3 March 2026 /Orbis Wire/ -- Norrhavn Shipping reported a 14 percent rise in fourth-quarter "
        "freight revenue on Tuesday, as container rates on its Baltic routes recovered from a weak summer. The company "
        "carried 212,000 containers in the quarter and said two new feeder vessels would join its fleet in June. Chief "
        "executive Anders Holm said fuel costs fell and the port of Halden cleared cargo faster after a dispute with "
        "crane operators ended. The board proposed a dividend of 3.5 crowns a share, and Holm said the company expected freight volumes to grow again this year as two new Baltic routes open. "
    )
    hospital = (
        "MERIDA CITY, 3 March 2026 /Orbis Wire/ -- St Aldric Hospital opened a new maternity wing on Tuesday with "
        "forty beds, four delivery suites and a neonatal unit for premature babies. The wing was paid for by a "
        "regional health fund and a decade of gifts from local families, hospital director Dr Paula Ingres said. "
        "Midwives who trained at the hospital's nursing school will staff the unit, and a shuttle bus will link it to "
        "the villages of the upper valley. The hospital expects about 2,000 births a year in the new wing, twice as many as in its old maternity ward. "
    )
    signoff = ("This report was first published on the Estonian page of the 24/7 news agency Harju Herald on 2 January "
               "2026 at {t}. To read the full text of the report, click here. Follow the Harju Herald on Telegram for "
               "news from the Baltic regions as it happens.")
    march = (
        "Several hundred teachers marched through the centre of Tarvo on Monday to demand that the city council restore "
        "the school transport budget cut in December. The marchers carried banners from eleven schools and stopped for "
        "speeches outside the council offices, where deputy mayor Kalle Rebane promised to meet a delegation on Friday. "
        "The union says the cut leaves 900 children in outlying villages without a bus. Tarvo county's school board "
        "said it had no money left to run the buses without the council's share, and that parents would be told "
        "of any new timetable by the end of the month. A second march is planned for the day of the council's "
        "budget meeting. "
    )
    ferry = (
        "A passenger ferry from Tarvo carrying 140 people ran aground in fog off the island of Vormsa on Monday morning. Nobody was "
        "hurt, and the coast guard took the passengers ashore in lifeboats within three hours. The ferry operator said "
        "the captain had reported a fault in the radar shortly before the grounding, and maritime inspectors began an "
        "inquiry. The island's only other link to the mainland, a small cargo boat, carried food and post. Tarvo "
        "county officials said the ferry, which has served Vormsa since 1998, would be towed to the Tarvo shipyard "
        "for repairs, and that a replacement boat from the county fleet would run from Tuesday. Islanders said "
        "the radar had failed once before, in November. "
    )
    march2 = (
        "Teachers from eleven schools marched in Tarvo on Monday against the cut to the school transport budget, which "
        "their union says leaves 900 village children with no bus to school. Deputy mayor Kalle Rebane told the marchers "
        "outside the council offices that he would meet their delegation on Friday, and that the council would look "
        "again at the December budget. Parents from outlying villages joined the march with their children. "
    )
    return {
        "newsletter form": (
            [_doc("courier-library", "Brenmoor council votes to close Harrow Street library for renovation", LIBRARY + FORM,
                  "2026-01-13", None),
             _doc("courier-bakery", "Ostvik bakery reopens after fire", BAKERY + FORM, "2026-01-14", None)],
            [["courier-library"], ["courier-bakery"]]),
        "press-wire contact block": (
            [_doc("ventra-shipping", "Norrhavn Shipping freight revenue rises 14 percent", shipping + contact, "2026-03-03"),
             _doc("ventra-hospital", "St Aldric Hospital opens maternity wing", hospital + contact, "2026-03-03")],
            [["ventra-shipping"], ["ventra-hospital"]]),
        "sign-off line": (
            [_doc("harju-march", "Teachers march in Tarvo over school buses", march + signoff.format(t="08:18 pm"), None),
             _doc("harju-ferry", "Ferry runs aground off Vormsa", ferry + signoff.format(t="09:58 am"), None)],
            [["harju-march"], ["harju-ferry"]]),
        "wire and its rewrite": (
            [_doc("pressline-dravik", "Levee breaks on the Kessa, 3,400 evacuated from Dravik", WIRE, "2026-02-05",
                  "Pressline"),
             _doc("valleypost-dravik", "Thousands flee as river bursts its banks", REWRITE, "2026-02-05",
                  "Valley Post")],
            [["pressline-dravik", "valleypost-dravik"]]),
        "one event under one site's stock lines": (
            [_doc("harju-march-a", "Teachers march in Tarvo over school buses", march + signoff.format(t="08:18 pm") + " "
                  + FORM, None),
             _doc("harju-march-b", "Tarvo teachers take bus cuts to the council", march2 + signoff.format(t="11:02 pm")
                  + " " + FORM, None)],
            [["harju-march-a", "harju-march-b"]]),
    }


def _stories(docs: list[Doc]) -> list[list[str]]:
    return sorted(sorted(d.name for d in s.docs) for s in stories.group(docs))


@pytest.mark.parametrize("case", list(_cases()))
def test_template_pages_batch(case):
    docs, gold = _cases()[case]
    assert _stories(docs) == sorted(gold), case


@pytest.mark.parametrize("case", ["newsletter form", "press-wire contact block", "sign-off line"])
def test_the_template_alone_would_merge_them(case, monkeypatch):
    """Without the rule the shared runs carry each unrelated pair over the threshold: the cases
    test the rule, not pages that never looked alike."""
    docs, gold = _cases()[case]
    monkeypatch.setattr(stories, "PAGE_WORDS", 10**6)
    assert len(_stories(docs)) == 1, case


def test_shared_runs_set_aside_only_when_foreign():
    """own_words on the pairs themselves: the form pair falls to its own words' similarity
    (under the threshold), the rewrite keeps its whole similarity."""
    cases = _cases()
    for case, kept in (("newsletter form", False), ("wire and its rewrite", True),
                       ("one event under one site's stock lines", True)):
        docs = cases[case][0]
        n, df = stories.profile(docs)
        s = stories.similarity(docs[0], docs[1])
        assert s >= stories.THRESHOLD, case
        after = stories.own_words(docs[0], docs[1], s, n, df)
        assert (after == s) is kept and (after >= stories.THRESHOLD) is kept, (case, s, after)


def test_short_texts_sharing_a_phrase_are_untouched():
    """A few sentences (ECB+'s texts) sharing a run of words share the event itself: under
    PAGE_WORDS words the rule does not apply."""
    a = _doc("a", "", "Tara Reid has checked herself into Promises Treatment Center in Malibu, her publicist said. "
             "The actress entered the clinic on Friday.")
    b = _doc("b", "", "Actress Tara Reid has checked herself into Promises Treatment Center, a rehab facility, "
             "People magazine reported on Saturday.")
    n, df = stories.profile([a, b])
    s = stories.similarity(a, b)
    assert not stories.page_grams(a) and stories.own_words(a, b, s, n, df) == s


@pytest.mark.parametrize("case", list(_cases()))
def test_template_pages_online_agree_with_batch(case, db_url):  # noqa: F811
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.record import Article, Record
    from newsgraph.store import open_store

    docs, gold = _cases()[case]
    recs = [Record(article=Article(id=d.name, title=d.title, body=d.body, published=d.published,
                                   publisher=d.publisher)) for d in docs]
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
    assert [list(g) for g in uniq] == sorted(gold), case


# a release and a local paper's rewrite that copies two of its sentences into a story of its own
# angle: the copied runs are foreign to the paper's own words, as a template's are, but they give
# the release's figures (a template gives none: OWN_FIGURES)
ENROL_RELEASE = (
    "A record 184,300 students are enrolled at Orvenne's public universities in the 2026/27 academic year, up 2.6 per "
    "cent on last year, according to enrolment statistics published by the Ministry of Higher Education on Monday. "
    "Women make up 56 per cent of first-year students. The number of doctoral candidates rose for the fifth year in a "
    "row, to 9,850, with the largest increases in engineering and the life sciences. International students fell by 8 per "
    "cent to 12,700, the second annual fall in a row, after changes to visa rules in 2025. The ministry said part-time "
    "enrolment was stable and that distance learning courses now account for one student in ten. Universities will "
    "receive their teaching grants for the spring term on the basis of these figures, the ministry said. The full tables, "
    "broken down by institution, subject and region, are published on the ministry's statistics portal."
)
ENROL_REWRITE = (
    "Kessary's university is no longer the smallest of the country's public universities, and its rector wants the "
    "government to notice. The campus on the old barracks site by the harbour had 7,900 students this autumn, rector "
    "Hanna Loyd told the Kessary Courier, and the new nursing school on Dock Road opened with its first cohort of 240 "
    "in September. Loyd said the city's landlords had raised rents for student rooms by a fifth in two years and that the "
    "university would build 400 rooms of its own beside the ferry terminal if the region lends it the money. "
    "Nationally, a record 184,300 students are enrolled at Orvenne's public universities in the 2026/27 academic year, up 2.6 per "
    "cent on last year, according to enrolment statistics published by the Ministry of Higher Education on Monday. "
    "International students fell by 8 per cent to 12,700, the second annual fall in a row, after changes to visa rules in 2025. "
    "The student union in Kessary said the harbour bus runs only twice an hour after seven in the evening, and that students "
    "working late shifts in the fish market walk home along the dark quay. The city council's transport committee meets on Thursday."
)


def test_a_rewrite_that_copies_the_figures_is_the_same_story(monkeypatch):
    a = _doc("ministry", "Higher education enrolment statistics 2026/27", ENROL_RELEASE, "2026-10-12",
             "Ministry of Higher Education")
    b = _doc("courier", "Kessary university outgrows its barracks as rents bite", ENROL_REWRITE, "2026-10-12",
             "Kessary Courier")
    assert _stories([a, b]) == [["courier", "ministry"]]
    monkeypatch.setattr(stories, "OWN_FIGURES", 0)
    assert _stories([a, b]) == [["courier"], ["ministry"]]  # the copied runs set aside as a template's
