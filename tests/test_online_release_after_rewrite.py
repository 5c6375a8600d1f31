"""Online, a rewrite that arrived before its source leaves the story it joined for its source's.

Feeds deliver out of order. A wire's report on a city council's budget vote (invented pages: the
vote three days before the city's mayoral election, the mayoral favourite named in it) arrives,
latest first, after six reports of the election and joins them (its mean similarity to them is
over the threshold: no budget report is stored yet). The council's release on the budget then
arrives: it resembles the wire's report (0.40) and none of the election reports (0.03-0.06), so
its mean over the election story stays under the threshold and it opens a story of its own. Batch
(the average link, all known) pairs the release and its rewrite. Online before, nothing moved the
wire's report: `_rehome`'s move by mean similarity ran only between two stories held apart, and a
lone report is never held apart (stories.apart). Now, where one side is a lone report, the report
of the other that resembles it more than its own story (and at the threshold) moves to it
(online.remerge). invented38 in reverse order had this class (MNA's Stavel budget report and the
council's release): 94.1 -> 100. SQLite, and PostgreSQL where NEWSGRAPH_TEST_PG_URL is set.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.stories import Doc

from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)
from .online_ingest import ingest_twice

P = {
 "release": ("Arden City Council approves 2027 budget", "2027-01-07T10:00:00",
   "Arden City Council has approved its budget for 2027, worth 412 million florins, at its meeting on Thursday.\n"
   "The budget raises spending on school buildings by 9 percent and sets aside 18 million florins for repairs to the Old Bridge.\n"
   "Council tax will rise by 2.5 percent from April, the first rise in three years.\n"
   "The treasurer, Olav Brenning, said the budget was balanced without new borrowing.\n"
   "Notes to editors: the full budget papers are published on the council's website."),
 "wire": ("Arden council passes budget days before mayoral vote", "2027-01-07T14:00:00",
   "Arden's councillors voted through a 412 million florin budget for 2027 on Thursday, three days before the city elects a new mayor.\n"
   "Homeowners will pay 2.5 percent more council tax from April.\n"
   "Civic Union candidate Lise Varn, the favourite in Sunday's mayoral election, voted for the budget."),
 "m1": ("Lise Varn elected mayor of Arden", "2027-01-11T02:00:00",
   "Lise Varn of the Civic Union was elected mayor of Arden in Sunday's mayoral election, winning 51.8 per cent of the vote.\n"
   "People's Alliance candidate Tomas Ekberg took 35.2 per cent, the returning officer declared early on Monday.\n"
   "Turnout was 47.9 per cent. Varn succeeds Henrik Dahl, who did not stand again after two terms as mayor."),
 "m2": ("Civic Union's Varn wins Arden mayoral election", "2027-01-11T08:00:00",
   "Civic Union candidate Lise Varn has won the Arden mayoral election with 51.8 per cent of the vote, beating Tomas Ekberg of the People's Alliance.\n"
   "Varn told supporters at the town hall that she would be a mayor for the whole city.\n"
   "Ekberg conceded defeat shortly after the result was declared. Turnout was 47.9 per cent."),
 "m4": ("Varn sworn in? Not yet: Arden mayor-elect names her team", "2027-01-12T09:00:00",
   "Arden's mayor-elect Lise Varn of the Civic Union named her deputy on Tuesday, two days after winning the mayoral election.\n"
   "Varn beat Tomas Ekberg of the People's Alliance with 51.8 per cent of the vote and takes over from Henrik Dahl on 1 February."),
 "m5": ("Ekberg: People's Alliance will hold Varn to account", "2027-01-12T12:00:00",
   "Tomas Ekberg, beaten by Lise Varn in the Arden mayoral election, said on Tuesday the People's Alliance would hold the new mayor to account.\n"
   "Ekberg won 35.2 per cent of the vote against Varn's 51.8 per cent."),
 "m6": ("Turnout up in Arden mayoral vote", "2027-01-11T11:00:00",
   "Turnout in Sunday's Arden mayoral election rose to 47.9 per cent, the returning officer said, as Lise Varn of the Civic Union won the post.\n"
   "Varn took 51.8 per cent and Tomas Ekberg 35.2 per cent."),
 "m3": ("Arden's new mayor promises homes for young families", "2027-01-11T15:00:00",
   "Arden's newly elected mayor, Lise Varn, said on Monday her first task would be housing for young families.\n"
   "Varn, of the Civic Union, won Sunday's mayoral election with 51.8 per cent against Tomas Ekberg of the People's Alliance.\n"
   "She takes over from Henrik Dahl on 1 February."),
}
GOLD = [["m1", "m2", "m3", "m4", "m5", "m6"], ["release", "wire"]]
PUBLISHED = sorted(P, key=lambda n: (P[n][1], n))


def _records(names: list[str]) -> list:
    from newsgraph.record import Article, Record

    return [Record(article=Article(id=n, title=P[n][0], published=P[n][1], body=P[n][2])) for n in names]


def _online(url: str, names: list[str]) -> tuple[list[list[str]], list[list[str]]]:
    first, again, _ = ingest_twice(url, _records(names))
    return first, again


def test_batch_pairs_the_release_and_its_rewrite():
    assert sorted(sorted(d.name for d in s.docs) for s in stories.group([Doc.of(r) for r in _records(PUBLISHED)])) == GOLD
    # without the release, the wire's report is the election story's (what it joins online first)
    alone = [n for n in PUBLISHED if n != "release"]
    assert sorted(sorted(d.name for d in s.docs) for s in stories.group([Doc.of(r) for r in _records(alone)])) == [
        sorted(GOLD[0] + ["wire"])]


@pytest.mark.parametrize("order", ["reverse", "published"])
def test_online_moves_the_rewrite_to_its_source(db_url, order):  # noqa: F811
    names = PUBLISHED[::-1] if order == "reverse" else PUBLISHED
    first, again = _online(db_url, names)
    assert first == GOLD, first  # reverse before: the wire's report with the election, the release alone
    assert again == first  # re-adding changes nothing
