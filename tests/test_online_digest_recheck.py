"""Online, a report marked a digest early loses the mark when later reports make it one story's.

stories.is_digest calls a page a digest when its lines match reports of DIGEST_TOPICS stories or more
and no story holds half its matched lines (DIGEST_ONE_STORY). Online the test runs on arrival with
the reports stored by then, and a mark was never taken back. Invented pages: a magazine's account of
the Oster Vale dam breach ("d": its lines on the toll, the rooftop rescues, the engineers' warnings
and the evacuees, then one line each on the Calder dock strike, the Mossa ferry fire and the Renby
schools march) arrives when only the toll report of the flood is stored: one line of four stories
each, a digest. The rescue and dam reports come after it and match its three other flood lines, so
in batch (all known) it is the flood's report. Online before, it stayed a digest, alone, in arrival
order and in publication order (SQLite and PostgreSQL); now a new report that resembles a marked one
(online._undigest) tests it again, and it joins the flood story. A page with one flood line ("d2")
stays a digest, as in batch. SQLite, and PostgreSQL where NEWSGRAPH_TEST_PG_URL is set.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import stories
from newsgraph.corpus.stories import Doc

from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)
from .online_ingest import ingest_twice

P = {
 "x1": ("Oster Vale flood toll rises to nine", "2027-03-02",
        "Nine people have died after the Oster Vale reservoir dam gave way on Sunday night, the regional police said.\n"
        "The flood water swept through the lower town of Oster Vale, where most of the victims lived in riverside cottages.\n"
        "Police said the toll could rise as searches of the flooded cottages continue along the river Oster."),
 "x2": ("Boats pull survivors from Oster Vale rooftops", "2027-03-02",
        "Fire crews in rubber boats pulled forty-two survivors from rooftops and attics in Oster Vale on Monday.\n"
        "Helicopters from the coastguard winched a further eleven people off a school roof near the market square.\n"
        "About three thousand residents were moved to sports halls in Brackenmoor while the water stayed high."),
 "x3": ("Engineers warned of cracks in Oster Vale dam", "2027-03-03",
        "Engineers had warned the water board two years ago that the Oster Vale dam wall showed widening cracks.\n"
        "An inspection report seen by reporters urged repairs to the spillway and the earth embankment before winter.\n"
        "The water board said the repairs had been scheduled for this summer and that it would open an inquiry."),
 "y1": ("Calder dockers walk out over pay", "2027-02-27",
        "Dock workers at the port of Calder began an indefinite strike over pay on Friday, halting container traffic.\n"
        "The dockers' union says wages have fallen behind prices for three years while the port company's profits grew."),
 "y2": ("Calder port strike strands container ships", "2027-02-28",
        "Eighteen container ships were waiting off Calder on Saturday as the dockers' strike over pay entered its second day.\n"
        "The port company said it had offered a four percent rise, which the union rejected as far too little."),
 "z1": ("Fire on Mossa ferry, all passengers rescued", "2027-02-26",
        "A fire broke out in the engine room of the Mossa island ferry on Thursday evening, forcing the crew to evacuate.\n"
        "All two hundred passengers were taken off by lifeboats and fishing vessels and brought to Mossa harbour."),
 "z2": ("Mossa ferry fire: investigators board the vessel", "2027-02-27",
        "Marine accident investigators boarded the burnt Mossa ferry on Friday to look for the cause of the engine room fire.\n"
        "The ferry company said the vessel had passed its safety inspection in January and thanked the lifeboat crews."),
 "w1": ("Renby teachers march against school closures", "2027-02-25",
        "Several thousand teachers and parents marched through Renby on Wednesday against plans to close six village schools.\n"
        "The education council says falling pupil numbers leave it no choice, but the teachers' union calls the plan reckless."),
 "w2": ("Renby council delays vote on village schools", "2027-02-27",
        "The Renby education council has put off its vote on closing six village schools after the teachers' march.\n"
        "Councillors said they wanted to hear parents again before deciding on the closures, which the union opposes."),
 "d": ("Week of disasters: the Oster Vale catastrophe", "2027-03-03",
       "It has been a grim week across the region, and nowhere more than in the valley below the broken reservoir.\n"
       "Nine people died when the Oster Vale reservoir dam gave way on Sunday night and the flood swept the riverside cottages of the lower town.\n"
       "Fire crews in rubber boats pulled survivors from rooftops and attics, and coastguard helicopters winched people off a school roof.\n"
       "Engineers had warned the board two years ago of widening cracks in the wall and the spillway, an inspection report shows.\n"
       "About three thousand residents spent the week in sports halls in Brackenmoor, waiting to go home to their cottages.\n"
       "On the coast, container ships queued off Calder as the dockers' strike over pay went on, with the union rejecting a four percent offer.\n"
       "Investigators boarded the burnt Mossa ferry, whose two hundred passengers were rescued by lifeboats after the engine room fire.\n"
       "In Renby, the education council put off its vote on closing six village schools after thousands of teachers and parents marched."),
}
GOLD = [["d", "x1", "x2", "x3"], ["w1", "w2"], ["y1", "y2"], ["z1", "z2"]]

lines = P["d"][2].split("\n")
P["d2"] = ("Round-up: the region's week", "2027-03-03", "\n".join([lines[0], lines[1]] + lines[5:]))
del lines

GOLD = [["d", "x1", "x2", "x3"], ["w1", "w2"], ["y1", "y2"], ["z1", "z2"]]
EARLY = ["y1", "y2", "z1", "z2", "w1", "w2", "x1", "d", "x2", "x3"]  # the page before the flood's other reports


def _records(names: list[str]) -> list:
    from newsgraph.record import Article, Record

    return [Record(article=Article(id=n, title=P[n][0], published=P[n][1], body=P[n][2])) for n in names]


def _batch(names: list[str]) -> list[list[str]]:
    return sorted(sorted(d.name for d in s.docs) for s in stories.group([Doc.of(r) for r in _records(names)]))


def _online(url: str, names: list[str]) -> tuple[list[list[str]], list[list[str]], list[str]]:
    """Stories after adding one at a time, the same after re-adding all, and the reports marked digests."""
    def marked(store) -> list[str]:
        return sorted(p["article_id"] for sid in {store.article_story(n)["id"] for n in names}
                      for p in store.story_profiles(sid) if p["profile"].get("digest"))

    return ingest_twice(url, _records(names), marked)


def test_batch_reads_the_page_as_the_floods_report():
    assert _batch(EARLY) == GOLD
    # with only the toll report of the flood known, it is a digest (a story of its own)
    assert ["d"] in _batch(EARLY[:8])


@pytest.mark.parametrize("order", ["early", "published"])
def test_online_takes_the_mark_back(db_url, order):  # noqa: F811
    names = EARLY if order == "early" else sorted(EARLY, key=lambda n: (P[n][1], n))
    first, again, marked = _online(db_url, names)
    assert first == GOLD, first  # ["d"] alone and marked before, SQLite and PostgreSQL, both orders
    assert marked == []
    assert again == first  # re-adding changes nothing


def test_a_page_that_stays_a_digest_keeps_its_mark(tmp_path):
    names = [n if n != "d" else "d2" for n in EARLY]
    assert ["d2"] in _batch(names)
    first, again, marked = _online(str(tmp_path / "s.db"), names)
    assert ["d2"] in first and marked == ["d2"] and again == first
