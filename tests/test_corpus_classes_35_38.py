"""Stories and reused wording: the classes of invented35 and invented38 (no longer blind), each on
passages of its own.

- A wire's report that rewrites a release and recalls three of the day's other stories in a line
  each is no digest (invented35: the national wire's exam-results report, four of its seven lines
  on the results, one each on the strike ballot, the literacy survey and the re-mark deadline, was
  held apart as a digest, its lead sharing under half its words with the release's).
- A date line at the head of a page's body ("Updated 15 January 2027, 16:00 | Data: ...") is not
  its lead (invented38: a civic-data site's petition page led with its data line, so the petition's
  lead core was three keys, and its story merged with the arrest three days before it).
- A union's bulletin headed "Members' bulletin 2026/31 - for immediate release" is a release, the
  source of the wire that rewrites it the same afternoon (invented35: reversed, the wire taken as
  the source).
- An undated declaration whose body's head gives its day ("Issued 11 January 2027, 03:40, by the
  Returning Officer") is no source of a report published the day before (invented38: a lone
  sentence sharing a phrase was taken as reuse against the clock).
"""

from __future__ import annotations

from newsgraph.corpus import reuse, stories
from newsgraph.corpus.stories import Doc, lead_keys

from .test_stories_classes import BAKERY, FERRY, MATCH, MUSEUM, _docs, _online_stories, _stories
from .test_store import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

# a port authority's release and the wire's rewrite (three of its sentences, edited), the wire
# leading in its own words and recalling three other stories of the day in a line each
CARGO = [("port-cargo", "Osterby Port Authority", "2027-05-10",
          "Port of Osterby handles record 14.2 million tonnes in first quarter",
          "Cargo handled at the Port of Osterby reached 14.2 million tonnes in the first quarter of 2027, up "
          "11 percent on a year earlier and the highest quarterly volume in the port's history.\n\n"
          "Container traffic rose to 412,000 units, while grain exports through the Norrkaj terminal doubled to "
          "1.1 million tonnes after the new silo opened in February.\n\n"
          "Bulk fuel imports fell by 6 percent as two refineries inland cut their runs for maintenance.\n\n"
          "Harbour master Elin Roos said the second quarter had started strongly and that the port expected "
          "to pass 55 million tonnes for the full year.")]
WIRE = [("wire-cargo", "Osterby News Agency", "2027-05-10",
         "Grain boom lifts Osterby harbour to busiest quarter ever",
         "A doubling of grain shipments lifted Osterby's harbour to its busiest quarter ever, with 14.2 "
         "million tonnes crossing its quays between January and March, the port authority said on Monday.\n\n"
         "Container traffic rose to 412,000 units, while grain exports through the Norrkaj terminal doubled "
         "to 1.1 million tonnes after a new silo opened in February.\n\n"
         "Bulk fuel imports fell 6 percent as two inland refineries cut their runs for maintenance.\n\n"
         "Harbour master Elin Roos said the port expected to pass 55 million tonnes for the full year.\n\n"
         "The figures come as crews of the Osterby ferries walked out over night rosters, leaving 4,000 "
         "Tamsholm commuters with no crossing for 48 hours.\n\n"
         "Thieves who took the museum's silver chalice through a skylight have not been found, police said.\n\n"
         "Nordhavn United's 3-1 win over Vellby Town, with two goals from Jonas Arnesen, drew the season's "
         "biggest crowd.")]
CARGO_ITEMS = FERRY + MUSEUM + MATCH + BAKERY + CARGO + WIRE
CARGO_GOLD = [[n for n, *_ in g] for g in (FERRY, MUSEUM, MATCH, BAKERY, CARGO + WIRE)]


def test_the_wire_leads_in_its_own_words():
    """The case tests what it says: the wire's lead shares under half its words with the
    release's (so the lead test of digest_pass does not keep it), and its lines recall four
    stories (the release's and three others)."""
    docs = {d.name: d for d in _docs(CARGO_ITEMS)}
    stories.profile(list(docs.values()))
    assert not stories.leads_with(docs["wire-cargo"], docs["port-cargo"])
    assert stories.similarity(docs["wire-cargo"], docs["port-cargo"]) >= stories.THRESHOLD


def test_a_rewrite_with_a_line_on_each_of_three_stories_is_no_digest():
    assert _stories(_docs(CARGO_ITEMS)) == sorted(sorted(g) for g in CARGO_GOLD)


def test_a_rewrite_with_a_line_on_each_of_three_stories_is_no_digest_online(db_url):  # noqa: F811
    assert _online_stories(db_url, CARGO_ITEMS) == sorted(sorted(g) for g in CARGO_GOLD)


def test_a_date_line_at_the_head_is_not_the_lead():
    body = ("Updated 3 June 2031, 09:30 | Data: the county clerk, the voters' register of 1 May 2031\n\n"
            "Campaigners seeking to recall the sheriff of Tarn handed their petition to the county clerk on "
            "Tuesday, 40 days after they began.\n\nThe clerk counted 8,210 signatures.")
    keys = lead_keys("Tarn recall petition: the numbers", body)
    assert {"campai", "handed", "sherif"} <= keys
    assert not keys & {"update", "data", "regist", "voters"}
    # a page whose first sentence is news keeps it
    assert "update" in lead_keys("", "Update on the Tarn recall: campaigners handed in their petition on Tuesday.")


# the union's bulletin (its day, no clock) and the wire's rewrite at 15:20 the same day, which says
# "the federation said on Wednesday"
BULLETIN = Doc(name="bulletin", id="bulletin", publisher="Federation of Dock Workers", published="2031-04-09",
               title="DOCKERS BACK OVERTIME BAN",
               body="FEDERATION OF DOCK WORKERS\nMembers' bulletin 2031/12 - for immediate release\n"
                    "Wednesday 9 April 2031, 11:00\n\n"
                    "Dock workers at the three northern ports have voted by 81 per cent to ban overtime from "
                    "next month, the federation announced today.\n\n"
                    "The ballot went to 6,400 members and 4,410 voted, a turnout of 69 per cent.\n\n"
                    "The ban would begin on 5 May unless the port operators reopen the pay talks.")
WIRE_BAN = Doc(name="wire-ban", id="wire-ban", publisher="Orbis Newswire", published="2031-04-09",
               title="Dock workers vote for overtime ban",
               body="HALDEN, April 9 (Orbis) - Dock workers at the three northern ports have voted by 81 per cent "
                    "to ban overtime from next month, the federation said on Wednesday.\n\n"
                    "The ballot went to 6,400 members and 4,410 voted, a turnout of 69 per cent.\n\n"
                    "The ban would begin on 5 May unless the port operators reopen the pay talks.")


def test_a_bulletin_for_immediate_release_is_the_source():
    assert reuse._is_release(BULLETIN) and not reuse._is_release(WIRE_BAN)
    found = reuse.find([WIRE_BAN, BULLETIN])
    assert [(r.source.name if hasattr(r.source, "name") else r.source,) for r in found] and all(
        r.to_json()["source"] == "bulletin" and r.to_json()["target"] == "wire-ban" for r in found), [
        r.to_json() for r in found]


# an undated declaration issued after midnight, and a wire's report of the evening before, which
# shares a phrase with it in one sentence and nothing else
DECLARATION = Doc(name="declaration", id="declaration", publisher="Tarn County Electoral Board", published=None,
                  title="Declaration of result: Tarn county levy referendum",
                  body="Issued 12 March 2031, 02:10, by the Returning Officer for Tarn\n\n"
                       "The proposal for a county road levy was approved by 61,204 votes to 27,918.\n\n"
                       "As the levy received more than two thirds of the votes cast, no second vote will be held.\n\n"
                       "Turnout was 52.6 per cent of the 168,004 registered voters.")
EVENING = Doc(name="evening", id="evening", publisher="Tarn Press Agency", published="2031-03-11",
              title="Tarn levy vote heads for approval on early count",
              body="TARN, 11 March (TPA) - Tarn's proposed road levy was heading for approval late on Tuesday, "
                   "with 240 of 410 polling stations counted.\n\n"
                   "The levy needs more than two thirds of the valid votes cast to take effect without a second "
                   "vote.\n\n"
                   "Opponents said they would accept the result.")


def test_no_reuse_against_the_clock():
    assert reuse._head_date(DECLARATION) == "2031-03-12"
    found = [r.to_json() for r in reuse.find([EVENING, DECLARATION])]
    assert found == [], found
