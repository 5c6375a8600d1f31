"""Stories: two full reports of one story under one head (HEAD_BOOST, stories.head_pass).

Invented pages (everything fictional), undated and without titles, as most SemEval pages are (their
head is the body's first line). A records tally of a governor's days at his lodge and a rival's jab at
them share their head ("Governor Halde ... one in four days at his lodge") and little else: each body
tells its own angle with its own names, so their words alone are under the threshold (0.115 here) and
they split without the head rule. A page whose body is a log-in box under a head in another language
stays with the full report its head repeats, and reports that share a name but not a head (the same
governor naming a police chief) stay apart.
"""

from __future__ import annotations

from newsgraph.corpus import stories
from newsgraph.corpus.features import raw_counts
from newsgraph.corpus.stories import Doc

TALLY = (
    "Governor Halde spent one in every four days of his term at his lakeside lodge, a tally of his schedules shows "
    "Governor Edvin Halde spent 91 days of the past year at Brannock Lodge, the lakeside hunting estate his family owns "
    "in the northern hills, according to a count of his published schedules by the Orlin Ledger. "
    "The count found that he flew to the lodge on the state aircraft on 38 weekends and held only four official "
    "meetings there, two of them with donors to his party. Each round trip costs the treasury about 6,200 crowns in fuel, "
    "crew and security, so the visits cost some 235,000 crowns over the year, the Ledger estimated. "
    "His office said the governor works from the lodge and takes calls and signs papers there, and that the aircraft "
    "is used because the roads north are slow in winter. Transparency group Open Ledger said the schedules list no "
    "work at all for most of those days and asked the audit office to review the flights. "
    "Halde's predecessor spent eleven days away from the capital in her last year in office. "
    "The audit office said it would decide next month whether to open a review of the use of the aircraft."
)
JAB = (
    "Senator Mirel Osk mocks Governor Halde over one in four days at his lodge: 'I spent mine in the valley towns' "
    "Senator Mirel Osk drew cheers at a rally in Tarrow on Sunday when she held up a calendar with a quarter of its "
    "pages coloured green. 'I spent mine in the valley towns, where the bus to the hospital was cancelled and the mill "
    "closed,' she told a crowd of farmers and mill workers. Osk, a former nurse who has sat in the senate for six years, "
    "has built her campaign on rural clinics and bus routes. Her campaign later posted a video of the rally with the "
    "caption 'Where were you?'. Polls give her a wide lead in the valley districts and a narrow one in the south. "
    "The party's primary is due in March, and the candidates plan a round of debates in the farm towns, starting "
    "in Tarrow and Wessel. Osk also promised free buses for pensioners and a new maternity ward in Tarrow."
)
REPORT = (
    "Harlan and Ostrow carry the Wolves past Pellbridge for a fifth straight win "
    "Dane Harlan scored 31 points and Viktor Ostrow added 22 with 14 rebounds as the Kestrel Wolves beat the Pellbridge "
    "Rams 118-97 on Tuesday night for their fifth straight win. Harlan made six of nine three-point shots and Ostrow "
    "blocked four shots in the third quarter, when the Wolves pulled away with a 19-2 run. Rookie guard Tomas Ekwe had "
    "nine assists off the bench, and Pellbridge's Oren Castell, Bram Tillis and Jude Marrow scored 18 each. Sami Verhoef "
    "and Niall Brogan fouled out for the Rams. The Rams, who lost their leading scorer to a knee injury last week, have now lost seven "
    "of their last eight games. 'We defended for all four quarters tonight,' coach Irma Stahl said. The Wolves host "
    "the Corran Bay Herons on Friday, when forward Luka Penn is expected back from a sprained ankle. "
    "Kestrel have the league's best home record and have not lost at their arena since November."
)
LOGIN = ("Harlan, Ostrow bida sa panalo ng Wolves",
    "Are you sure you want to log out? X Log in to your account. Forgot your password? The Daily Tribune "
    "is one of the liveliest voices on the web. Sign in with your email or your social media account to read on. "
    "We use cookies to improve your experience and to show you relevant advertising. By continuing you accept our "
    "privacy policy and terms of use. Subscribe for unlimited access to every story, the morning briefing and the "
    "weekend magazine on all your devices. Cancel any time.")
OTHER1 = (
    "Ferry workers on the Selvin strait walk out over night shifts "
    "Crews of the Selvin strait ferries stopped work at dawn on Monday in a dispute over night shifts and pay, leaving "
    "hundreds of lorries queued at the Port Amra terminal. The seafarers' union said the operator, Strait Lines, wants "
    "crews to work three night shifts a week without extra pay. The company said it had offered a 4 percent rise and "
    "called the strike unlawful. Talks are due to resume on Wednesday at the labour ministry."
)
OTHER2 = (
    "Orlin museum reopens its glass hall after three years "
    "The Orlin city museum reopened its glass hall on Saturday after a three-year restoration of the roof and the "
    "display cases. The hall holds about 2,000 pieces of glass made in the region since the sixteenth century. "
    "Curator Hanne Brisk said the new lighting shows the colours as they were meant to be seen. Entry is free for the first month."
)
CHIEF = (
    "Governor Edvin Halde named Ruta Vell, a deputy commander from Wessel, as the state's new police chief on Wednesday. "
    "Vell, 49, replaces Aron Mast, who retires in June after nine years in the post. She led the force's fraud unit "
    "and the inquiry into the port bribery case.")
REPORT2 = (
    "Harbour Seals edge the Lanmark Foxes in overtime. Mika Dorn hit a three-pointer with two seconds left in "
    "overtime as the Harbour Seals beat the Lanmark Foxes 104-101 on Tuesday. Foxes centre Ivo Rask had 27 points "
    "and 12 rebounds. The Seals visit the Dunmere Owls on Sunday.")


def _doc(name: str, title: str, body: str) -> Doc:
    return Doc(name=name, id=name, title=title, body=body, counts=raw_counts(title, body))


def _groups() -> list[list[str]]:
    docs = [_doc("chief", "", CHIEF), _doc("report2", "", REPORT2), _doc("tally", "", TALLY), _doc("jab", "", JAB),
            _doc("report", "", REPORT), _doc("login", *LOGIN), _doc("other1", "", OTHER1), _doc("other2", "", OTHER2)]
    return sorted(sorted(d.name for d in s.docs) for s in stories.group(docs))


GOLD = [["chief"], ["jab", "tally"], ["login", "report"], ["other1"], ["other2"], ["report2"]]


def test_one_head_over_two_angles_is_one_story():
    assert stories.HEAD_BOOST > 1
    assert _groups() == GOLD


def test_without_the_head_rule_the_two_angles_split(monkeypatch):
    monkeypatch.setattr(stories, "HEAD_BOOST", 1.0)
    got = _groups()
    assert ["jab"] in got and ["tally"] in got  # the case the rule is for fails without it
    assert ["login", "report"] in got and ["chief"] in got


def test_head_pass_needs_one_head_and_a_full_page():
    docs = [_doc("tally", "", TALLY), _doc("jab", "", JAB), _doc("chief", "", CHIEF), _doc("report2", "", REPORT2)]
    sims = {(0, 1): 0.1, (0, 2): 0.1, (2, 3): 0.1}
    out = stories.head_pass(docs, sims)
    assert out[(0, 1)] == 0.1 * stories.HEAD_BOOST  # one head, two full pages
    assert out[(0, 2)] == 0.1  # the same governor, another head
    assert out[(2, 3)] == 0.1  # two short pages, other heads
