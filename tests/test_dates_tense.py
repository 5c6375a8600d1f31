"""Dates and tense: the future anchored forward, the past backward (issue 15, point 4).

Invented passages (no dev-set sentence), each with the publication date and the value the
expression must resolve to. They cover the future ("will", "is set to", "is due to", "is to",
"plan to", "scheduled for", "upcoming", "next week", "by", "from ... until ..."), the past
(simple past, perfect, participles, "since", "had"), the present read as the future ("opens on
Monday"), reported speech ("said it would ... on Monday", anchored on the day it was said when
the sentence gives it), headlines ("Rail strike to go ahead on Saturday") and explicit years
(which win over any tense).

The weekday of each publication date: 2024-03-13 Wed, 2023-06-14 Wed, 2022-11-02 Wed,
2024-09-19 Thu, 2025-01-06 Mon, 2023-10-27 Fri, 2023-03-10 Fri.
"""

from __future__ import annotations

import pytest

from newsgraph.nlp import build_nlp

# (kind, published, text, expression, value)
CASES: list[tuple[str, str, str, str, str]] = [
    # -- the future
    ("future", "2024-03-13", "The strike will start on Saturday, union leaders said.", "Saturday", "2024-03-16"),
    ("future", "2024-03-13", "The new ferry service is set to launch on Monday.", "Monday", "2024-03-18"),
    ("future", "2024-03-13", "The verdict is due to be delivered on Friday.", "Friday", "2024-03-15"),
    ("future", "2023-06-14", "The vote is scheduled for Tuesday.", "Tuesday", "2023-06-20"),
    ("future", "2023-10-27", "Officials expect the bridge to reopen in September.", "September", "2024-09"),
    ("future", "2023-10-27", "Lawmakers have until Aug 15 to approve the plan.", "Aug 15", "2024-08-15"),
    ("future", "2023-10-27", "The government wants all schools connected by Aug 15.", "Aug 15", "2024-08-15"),
    ("future", "2022-11-02", "The mission's last troops are to leave by January 31.", "January 31", "2023-01-31"),
    ("future", "2022-11-02", "The talks, which resume on Thursday, will focus on grain.", "Thursday", "2022-11-03"),
    ("future", "2025-01-06", "Parliament will sit again from Tuesday until Friday.", "Tuesday", "2025-01-07"),
    ("future", "2025-01-06", "Parliament will sit again from Tuesday until Friday.", "Friday", "2025-01-10"),
    ("future", "2024-03-13", "The upcoming summit on Monday has drawn protests.", "Monday", "2024-03-18"),
    ("future", "2024-09-19", "Opposition parties plan to hold rallies in the capital on Sunday.", "Sunday", "2024-09-22"),
    ("future", "2024-09-19", "The ministry is expected to announce the results on Monday.", "Monday", "2024-09-23"),
    ("future", "2024-09-19", "Starting Monday, buses will run every ten minutes.", "Monday", "2024-09-23"),
    ("future", "2023-10-27", "Visitors can apply for permits until March.", "March", "2024-03"),
    ("future", "2023-06-14", "The shop is going to close in January.", "January", "2024-01"),
    ("future", "2023-10-27", "Exports will recover in February, the bank predicts.", "February", "2024-02"),
    ("future", "2024-09-19", "Contractors must finish the road by May 1.", "May 1", "2025-05-01"),
    ("future", "2024-09-19", "By June, the reservoir will be full.", "June", "2025-06"),
    ("future", "2023-10-27", "The road will be closed from November 3 to November 9.", "November 3", "2023-11-03"),
    ("future", "2023-10-27", "The road will be closed from November 3 to November 9.", "November 9", "2023-11-09"),
    ("future", "2025-01-06", "The envoy travels to Cairo next week.", "next week", "2025-W03"),
    ("future", "2025-01-06", "The exhibition opens to the public on Saturday and runs until Jan 12.", "Saturday", "2025-01-11"),
    ("future", "2025-01-06", "The exhibition opens to the public on Saturday and runs until Jan 12.", "Jan 12", "2025-01-12"),
    ("future", "2023-06-14", "The company is due to report its earnings in February.", "February", "2024-02"),
    ("future", "2025-01-06", "Farmers are planning to block the motorway on Friday.", "Friday", "2025-01-10"),
    ("future", "2024-09-19", "Applications for the grant close on Monday, September 30.", "September 30", "2024-09-30"),
    ("future", "2024-03-13", "Results are expected in two weeks.", "in two weeks", "2024-03-27"),
    ("future", "2024-09-19", "The station will be closed for two weeks from Monday.", "Monday", "2024-09-23"),
    ("future", "2023-10-27", "Voters head to the polls this coming Sunday.", "Sunday", "2023-10-29"),
    # -- the present read as the future
    ("present", "2023-10-27", "The festival takes place on Thursday.", "Thursday", "2023-11-02"),
    ("present", "2023-10-27", "The next hearing is on Wednesday.", "Wednesday", "2023-11-01"),
    ("present", "2024-03-13", "The court hears the appeal on Tuesday.", "Tuesday", "2024-03-19"),
    # -- the past
    ("past", "2024-03-13", "The factory was evacuated on Saturday after a fire.", "Saturday", "2024-03-09"),
    ("past", "2024-03-13", "Officials said on Monday that the dam had held.", "Monday", "2024-03-11"),
    ("past", "2023-06-14", "Prices rose by 4 percent in August.", "August", "2022-08"),
    ("past", "2023-06-14", "The rally drew thousands on Aug 15.", "Aug 15", "2022-08-15"),
    ("past", "2022-11-02", "The minister, who resigned in December, declined to comment.", "December", "2021-12"),
    ("past", "2025-01-06", "Flights had been grounded since Friday.", "Friday", "2025-01-03"),
    ("past", "2024-09-19", "The ceasefire, agreed on Sunday, has largely held.", "Sunday", "2024-09-15"),
    ("past", "2023-10-27", "The museum was closed from Monday until Wednesday.", "Monday", "2023-10-23"),
    ("past", "2023-10-27", "The museum was closed from Monday until Wednesday.", "Wednesday", "2023-10-25"),
    ("past", "2024-03-13", "Markets have fallen since Thursday.", "Thursday", "2024-03-07"),
    ("past", "2024-09-19", "By March, the reservoir had dried up.", "March", "2024-03"),
    ("past", "2024-03-13", "The border stayed shut from November until February.", "November", "2023-11"),
    ("past", "2024-03-13", "The border stayed shut from November until February.", "February", "2024-02"),
    ("past", "2023-10-27", "The company reported a loss in September.", "September", "2023-09"),
    ("past", "2023-10-27", "Exports recovered in February.", "February", "2023-02"),
    ("past", "2023-10-27", "The plan was meant to start in May but was delayed.", "May", "2023-05"),
    # a plan told in the past ("was due to"): no day of its own to run forward from, so the
    # nearest; ("was due to report on Friday but asked for more time", written first here, was
    # dropped: on a Wednesday either Friday reads right)
    ("past", "2024-03-13", "The ferry was due to sail on Monday but the storm kept it in port.", "Monday", "2024-03-11"),
    # -- reported speech: the future of the day it was said
    ("reported", "2024-03-13", "The ministry said it would reopen the crossing on Monday.", "Monday", "2024-03-18"),
    ("reported", "2024-03-13", "She told reporters on Tuesday that the team would fly home on Friday.", "Tuesday", "2024-03-12"),
    ("reported", "2024-03-13", "She told reporters on Tuesday that the team would fly home on Friday.", "Friday", "2024-03-15"),
    ("reported", "2023-06-14", "He said the company would cut 200 jobs by September.", "September", "2023-09"),
    ("reported", "2023-06-14", "The army announced that the exercise would run from Thursday until Sunday.", "Thursday", "2023-06-15"),
    ("reported", "2023-06-14", "The army announced that the exercise would run from Thursday until Sunday.", "Sunday", "2023-06-18"),
    ("reported", "2022-11-02", "The spokesman said the convoy had arrived on Monday.", "Monday", "2022-10-31"),
    ("reported", "2024-09-19", "On Monday, the council said it would vote on Tuesday.", "Tuesday", "2024-09-17"),
    ("reported", "2023-10-27", "Officials said on Wednesday that the border would reopen on Monday.", "Wednesday", "2023-10-25"),
    ("reported", "2023-10-27", "Officials said on Wednesday that the border would reopen on Monday.", "Monday", "2023-10-30"),
    ("reported", "2023-06-14", "The council voted to end the mission by Aug 15.", "Aug 15", "2023-08-15"),
    ("reported", "2023-10-27", "In July, the board agreed to raise fares from September.", "September", "2023-09"),
    ("reported", "2024-09-19", "The minister promised last week that the new law would take effect on October 1.", "October 1", "2024-10-01"),
    # -- headlines (no full stop, the historical present, "to" for the future)
    ("headline", "2024-03-13", "Rail strike to go ahead on Saturday", "Saturday", "2024-03-16"),
    ("headline", "2023-03-10", "Mali junta to hold referendum in June", "June", "2023-06"),
    ("headline", "2024-03-13", "Parliament approves budget on Tuesday", "Tuesday", "2024-03-12"),
    ("headline", "2024-03-13", "Opposition leader arrested on Monday", "Monday", "2024-03-11"),
    ("headline", "2024-09-19", "Heatwave set to break records on Saturday", "Saturday", "2024-09-21"),
    ("headline", "2023-06-14", "Talks on grain deal due to resume in July", "July", "2023-07"),
    # -- an explicit year wins over the tense
    ("explicit year", "2024-03-13", "A trial will begin in April 2025.", "April 2025", "2025-04"),
    ("explicit year", "2024-03-13", "Investigators will examine the events of June 4, 2019.", "June 4, 2019", "2019-06-04"),
    ("explicit year", "2024-03-13", "Auditors will review the contracts signed in March 2022.", "March 2022", "2022-03"),
]

# Written before any change to dates.py, together with CASES, but kept apart while the rules
# were worked out on CASES: 38/41 right before, 37/41 when first run after; its failures
# ("planned for April", "was moved to November", "said it expected to ... by April") were then
# fixed, so it is held out no more. Publication weekdays: 2024-06-05 Wed, 2023-02-16 Thu,
# 2022-08-26 Fri, 2024-12-02 Mon, 2023-09-12 Tue.
HELD_OUT: list[tuple[str, str, str, str, str]] = [
    ("future", "2024-06-05", "Negotiators will reconvene in Geneva on Sunday to try again.", "Sunday", "2024-06-09"),
    ("reported", "2024-06-05", "The airline said flights to the island would resume on Monday.", "Monday", "2024-06-10"),
    ("past", "2024-06-05", "The governor signed the order on Monday, aides said.", "Monday", "2024-06-03"),
    ("future", "2024-06-05", "A second round of voting is slated for Saturday.", "Saturday", "2024-06-08"),
    ("future", "2024-06-05", "Under the deal, the tariffs will be lifted by March 31.", "March 31", "2025-03-31"),
    ("past", "2024-06-05", "Lawmakers passed the bill in March.", "March", "2024-03"),
    ("past", "2024-06-05", "The referendum, first planned for April, has been postponed.", "April", "2024-04"),
    ("present", "2024-06-05", "Schools close for the summer on Friday.", "Friday", "2024-06-07"),
    ("future", "2023-02-16", "The central bank is poised to raise rates in March.", "March", "2023-03"),
    ("past", "2023-02-16", "Rescue teams worked through Tuesday night.", "Tuesday night", "2023-02-14"),
    ("future", "2023-02-16", "The company intends to list its shares in November.", "November", "2023-11"),
    ("future", "2023-02-16", "Bids must be submitted no later than October 2.", "October 2", "2023-10-02"),
    ("past", "2023-02-16", "The cyclone made landfall on Sunday.", "Sunday", "2023-02-12"),
    ("future", "2023-02-16", "Union members will vote next Tuesday on the offer.", "next Tuesday", "2023-02-21"),
    ("past", "2023-02-16", "Ministers met last Friday.", "last Friday", "2023-02-10"),
    ("present", "2022-08-26", "The festival returns in May after a two-year break.", "May", "2023-05"),
    ("past", "2022-08-26", "The plant stopped production in May.", "May", "2022-05"),
    ("reported", "2022-08-26", "Officials warned on Wednesday that water would be rationed from Monday.", "Wednesday", "2022-08-24"),
    ("reported", "2022-08-26", "Officials warned on Wednesday that water would be rationed from Monday.", "Monday", "2022-08-29"),
    ("present", "2022-08-26", "Campaigning officially begins on Monday.", "Monday", "2022-08-29"),
    ("past", "2022-08-26", "Protesters gathered outside parliament on Monday.", "Monday", "2022-08-22"),
    ("present", "2022-08-26", "The new academic year starts in September.", "September", "2022-09"),
    ("future", "2024-12-02", "Leaders are expected to sign the treaty in February.", "February", "2025-02"),
    ("past", "2024-12-02", "The treaty was signed in February.", "February", "2024-02"),
    ("future", "2024-12-02", "The bridge is due to reopen on Friday.", "Friday", "2024-12-06"),
    ("past", "2024-12-02", "Police reported the theft on Friday.", "Friday", "2024-11-29"),
    ("present", "2024-12-02", "Storm warnings remain in place until Thursday.", "Thursday", "2024-12-05"),
    ("past", "2024-12-02", "Voting was extended until Sunday.", "Sunday", "2024-12-01"),
    ("future", "2024-12-02", "The minister will travel to Brussels later this week.", "this week", "2024-W49"),
    ("future", "2024-12-02", "Ticket prices will rise from January.", "January", "2025-01"),
    ("present", "2023-09-12", "Exams begin on Monday, the ministry said.", "Monday", "2023-09-18"),
    ("past", "2023-09-12", "Doctors walked out on Monday over pay.", "Monday", "2023-09-11"),
    ("reported", "2023-09-12", "The council agreed in June to cut the budget by October.", "October", "2023-10"),
    ("past", "2023-09-12", "The summit, originally set for August, was moved to November.", "August", "2023-08"),
    ("past", "2023-09-12", "The summit, originally set for August, was moved to November.", "November", "2023-11"),
    ("future", "2023-09-12", "Flights will be suspended from Friday until further notice.", "Friday", "2023-09-15"),
    ("past", "2023-09-12", "The report, published on Thursday, found widespread fraud.", "Thursday", "2023-09-07"),
    ("headline", "2023-09-12", "Teachers to strike on Thursday over pay", "Thursday", "2023-09-14"),
    ("headline", "2023-02-16", "Airport set to reopen in January", "January", "2024-01"),
    ("reported", "2023-09-12", "The ministry said last week that prices would fall in January.", "January", "2024-01"),
    ("reported", "2023-09-12", "The company said it expected to complete the sale by April.", "April", "2024-04"),
]

# A second set kept apart, written after the rules were settled on CASES and HELD_OUT: 31/33
# right before, 32/33 when first run after (then "said on Tuesday it would publish ... on
# Thursday", where spaCy hangs the report's day on the reported verb, was fixed).
# Publication weekdays: 2024-04-24 Wed, 2023-12-08 Fri, 2025-05-13 Tue, 2022-03-03 Thu.
HELD_OUT_2: list[tuple[str, str, str, str, str]] = [
    ("future", "2024-04-24", "The prime minister is to address the nation on Friday.", "Friday", "2024-04-26"),
    ("past", "2024-04-24", "Engineers restored power to the district on Sunday night.", "Sunday night", "2024-04-21"),
    ("reported", "2024-04-24", "The embassy said it had closed its consular section on Monday.", "Monday", "2024-04-22"),
    ("future", "2024-04-24", "Residents fear the river could burst its banks by Saturday.", "Saturday", "2024-04-27"),
    ("future", "2024-04-24", "The company will announce quarterly results in July.", "July", "2024-07"),
    ("past", "2024-04-24", "Lawmakers debated the bill in January.", "January", "2024-01"),
    ("future", "2024-04-24", "Hearings are set to continue through October.", "October", "2024-10"),
    ("reported", "2024-04-24", "The agency said on Tuesday it would publish the report on Thursday.", "Tuesday", "2024-04-23"),
    ("reported", "2024-04-24", "The agency said on Tuesday it would publish the report on Thursday.", "Thursday", "2024-04-25"),
    ("future", "2023-12-08", "Elections are expected to take place in March.", "March", "2024-03"),
    ("past", "2023-12-08", "Inflation slowed in March, the data showed.", "March", "2023-03"),
    ("present", "2023-12-08", "The new terminal opens in June.", "June", "2024-06"),
    ("past", "2023-12-08", "The airline cancelled all flights on Wednesday.", "Wednesday", "2023-12-06"),
    ("future", "2023-12-08", "Workers will be paid by Dec. 20.", "Dec. 20", "2023-12-20"),
    ("present", "2023-12-08", "The festival, which runs until Sunday, has drawn large crowds.", "Sunday", "2023-12-10"),
    ("past", "2023-12-08", "The court postponed the hearing until February.", "February", "2024-02"),
    ("present", "2023-12-08", "The board meets again on Tuesday to review the plan.", "Tuesday", "2023-12-12"),
    ("future", "2025-05-13", "The government hopes to finish the railway by September.", "September", "2025-09"),
    ("past", "2025-05-13", "The railway was finished in September.", "September", "2024-09"),
    ("reported", "2025-05-13", "Officials said the fair would open on Saturday.", "Saturday", "2025-05-17"),
    ("past", "2025-05-13", "The fair opened on Saturday.", "Saturday", "2025-05-10"),
    ("headline", "2025-05-13", "Opposition to boycott vote in June", "June", "2025-06"),
    ("past", "2025-05-13", "Volunteers have been cleaning the beach since Friday.", "Friday", "2025-05-09"),
    ("reported", "2025-05-13", "The ruling party agreed last month to hold a leadership contest in November.", "November", "2025-11"),
    ("past", "2025-05-13", "Negotiations collapsed in December after weeks of talks.", "December", "2024-12"),
    ("future", "2022-03-03", "A second vaccine dose will be offered from April 1.", "April 1", "2022-04-01"),
    ("past", "2022-03-03", "The regulator fined the bank in April.", "April", "2021-04"),
    ("past", "2022-03-03", "The ship docked in Rotterdam on Tuesday.", "Tuesday", "2022-03-01"),
    ("headline", "2022-03-03", "Peace talks to resume next week", "next week", "2022-W10"),
    ("reported", "2022-03-03", "The minister told parliament on Wednesday that troops would withdraw by the end of May.", "Wednesday", "2022-03-02"),
    ("reported", "2022-03-03", "The minister told parliament on Wednesday that troops would withdraw by the end of May.", "the end of May", "2022-05-31"),
    ("past", "2022-03-03", "Fuel rationing began on Tuesday and will last until March 20.", "Tuesday", "2022-03-01"),
    ("future", "2022-03-03", "Fuel rationing began on Tuesday and will last until March 20.", "March 20", "2022-03-20"),
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=[("newsgraph_dates", "newsgraph.components.dates")])


def resolve(nlp, published: str, text: str, expr: str) -> list[str | None]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    i = text.index(expr)
    return [d.value for d in doc._.dates if d.span.start < i + len(expr) and d.span.end > i]


ALL = CASES + HELD_OUT + HELD_OUT_2


def test_cases_cover_the_kinds():
    kinds = {c[0] for c in ALL}
    assert kinds == {"future", "present", "past", "reported", "headline", "explicit year"}
    assert len({c[2] for c in ALL}) >= 100  # distinct passages
    for c in ALL:  # the expression is in the passage, the value a date at some precision
        assert c[3] in c[2] and c[4][:4].isdigit(), c


@pytest.mark.parametrize("case", ALL, ids=[f"{i}-{c[0]}-{c[3]}" for i, c in enumerate(ALL)])
def test_tense_case(nlp, case):
    kind, published, text, expr, value = case
    got = resolve(nlp, published, text, expr)
    assert value in got, f"{text!r} ({published}) / {expr!r}: got {got}, want {value}"


def test_future_and_past_of_the_same_words(nlp):
    """The tense, not the words around the date, moves it: one sentence, three tenses."""
    pub = "2024-03-13"  # a Wednesday
    assert resolve(nlp, pub, "The strike will start on Saturday.", "Saturday") == ["2024-03-16"]
    assert resolve(nlp, pub, "The strike started on Saturday.", "Saturday") == ["2024-03-09"]
    assert resolve(nlp, pub, "The strike starts on Saturday.", "Saturday") == ["2024-03-16"]
    pub = "2023-10-27"
    assert resolve(nlp, pub, "Lawmakers will vote by Aug 15.", "Aug 15") == ["2024-08-15"]
    assert resolve(nlp, pub, "Lawmakers voted on Aug 15.", "Aug 15") == ["2023-08-15"]


def test_a_month_after_for_or_to_is_not_a_name(nlp):
    pub = "2024-06-05"
    assert resolve(nlp, pub, "The vote is planned for April.", "April") == ["2025-04"]
    assert resolve(nlp, pub, "The court issued a warrant for April Jones.", "April") == []
    assert resolve(nlp, pub, "Backbenchers voiced support for May.", "May") == []
    assert resolve(nlp, pub, "The launch was moved to October.", "October") == ["2024-10"]
