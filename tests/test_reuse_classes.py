"""Reused wording: the failure classes the fourth invented corpus (tests/data/corpus/invented4)
showed, each on small reports written for this file (the outlets, firms, towns and people are
invented; no sentence is taken from invented4):

- a press release is a source, never the rewrite of a news report;
- an outlet named as an agency ("... Agency", "... Press Agency", "... News Service") is a wire,
  and so is a report whose dateline signs with the outlet inside it ("BRISKA (Tarsel) 4 Mar -");
  "From wire reports" and a lower-case "(vpa)" credit count;
- an outlet's station lines repeated in two of its reports are boilerplate, even when the outlet
  is known only by its masthead and both reports are in one story;
- a third party's written statement carried by two outlets is not reuse of each other;
- each rewrite of a wire is tied to the wire, not to another rewrite of it;
- a rewrite that drops a clause still matches.

And those the fifth (invented5), on reports written for this file: a wire's updates of one
story (same outlet, same day) are tied each to the version before, an aggregator's paste of an
update to that update with all its sentences, a rewrite of the first version to it alone with
all of them; an outlet's follow-up repeating its background is reuse, and so are the paragraphs
a station's two bulletins share (not its station lines), one stock line in two of its reports is
not; a markets site's rewrite of a wire is tied to the wire, not to the release the wire took a
line from; small edits (clauses reordered, a verb and a possessive, "1.2m", an attribution
moved) are found. 6 of these 8 fail on the code before (the stock line and the edits pass there).

And those the seventh and eighth (invented7, invented8), on reports written for this file: a
wire's staff credit line is no one's wording; undated versions of one wire are ordered by "|
Update n" in their header line, else by their datelines' days; one formula telling another
day's event (a charge, then a verdict) is not reuse; a release rewritten cut and reordered (its
quotation re-attributed, its announcement retold) is found whole. All 5 fail on the code before.

And those the ninth and tenth (invented9, invented10), on reports written for this file: a page
crediting a wire is its taker though dated a day before it; a rewrite crediting the wire takes
its reported-speech lead and its statement sentence from the wire, not from a sibling rewrite; an
issuer's meetings-coverage release is the source, its template filled for another meeting is no
reuse, a delegate's words quoted in it are the delegate's; an active sentence made passive is
found. All 4 fail on the code before.

And those the eleventh to fourteenth (invented11..invented14), on reports written for this file:
two reports of one day ordered by their UTC instants (not for a live blog; with one time only, the
credit rules as before); an undated wire known by its masthead or its dateline's agency is the
source of a rewrite crediting it; rewrites of two versions of a wire each tied to their version,
not to each other; sentences cut after "Jan." joined again; a list of names is no wording; a
reworded lead with a changed figure, cut quotations and a sentence with a clause added are part of
a passage taken anyway; a paper carrying an agency's edits of a release is the agency's taker; a
standard results line alone is no reuse. All 9 fail on the code before.

And those the nineteenth and twentieth (invented19, invented20), on reports written for this
file: a quotation said to the press ("told reporters"), quoted with the attribution reworded, is
no part of a passage taken anyway; a reported finding ("The survey found that ...") copied word
for word but for its closing clause is reuse on its own; a public institute's statistics release
is its issuer's page (its head's quotation counts on its own, and a sentence joining two of its
sentences with the second's tail cut is part of the passage). All 3 fail on the code before.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from newsgraph.corpus import reuse
from newsgraph.corpus.features import raw_counts
from newsgraph.corpus.stories import Doc


def _doc(name: str, body: str, published: str | None = None, publisher: str | None = None,
         removed: list[str] | None = None, dateline: str | None = None, url: str | None = None,
         title: str = "") -> Doc:
    art = SimpleNamespace(removed=removed or [], byline=None, dateline=dateline, title=title)
    rec = SimpleNamespace(article=art, attributions=[])
    return Doc(name=name, id=name, title=title, body=body, published=published, publisher=publisher,
               url=url, record=rec, counts=raw_counts(title, body))


def _pairs(found) -> list[tuple[str, str, bool]]:
    return sorted((r.source.name, r.target.name, r.credited) for r in found)


def _texts(r: reuse.Reuse) -> list[str]:
    return [r.target.body[t0:t1] for _, (t0, t1) in r.pairs]


# --- a press release is a source ------------------------------------------------------------

RELEASE = """For immediate release

Corvel Foods and Ambry Dairies agree to join forces, creating the largest cheese maker in Velland

Corvel Foods plc and Ambry Dairies today announced that they have agreed to combine their businesses in a cash and share deal that values Ambry at 820 million crowns.

Ambry shareholders will receive 14 crowns in cash and one new Corvel share for every five Ambry shares they hold.

The combined company will run nine plants and employ about 4,300 people across Velland and Osterholm.

The companies expect yearly savings of 45 million crowns by 2029, partly from closing the Ambry plant at Felsby.

About Corvel Foods
Corvel Foods plc makes cheese, butter and yoghurt and is listed in Ridgeport.

Media contact: Ilka Marsh, communications, Corvel Foods plc"""

RELEASE_REWRITE = """Corvel Foods and Ambry Dairies have agreed to combine their businesses in a cash and share deal that values Ambry at 820 million crowns, the two companies said on Tuesday.

Ambry shareholders will get 14 crowns in cash and one new Corvel share for every five Ambry shares.

The combined company will run nine plants and employ about 4,300 people in Velland and Osterholm.

Dairy farmers around Felsby said they feared for their contracts if the plant closed."""


def test_a_press_release_is_the_source_of_its_rewrite():
    """The rewrite credits nothing and is listed first; the release is undated (or dated a day
    after the rewrite): a company's own release is still the source, never the rewrite."""
    release = _doc("corvel-release.txt", RELEASE, publisher=None, removed=["PRESS RELEASE", "###"])
    news = _doc("ledger-dairy-deal.html", RELEASE_REWRITE, published="2026-03-03", publisher="Ridgeport Ledger")
    assert reuse._is_release(release) and not reuse._is_release(news)
    for rel in (release, _doc("corvel-release.txt", RELEASE, published="2026-03-04", publisher="Corvel Foods plc")):
        found = reuse.find([news, rel])
        assert [(r.source.name, r.target.name) for r in found] == [("corvel-release.txt", "ledger-dairy-deal.html")]
        assert any("820 million crowns" in t for t in _texts(found[0]))


def test_press_release_signs():
    """One strong sign (a 'PRESS RELEASE' or 'For immediate release' line, an embargo), two weak
    ones (a media contact, an 'About <Company>' block, an end mark), or an 'About <Company>' block
    whose company owns the page's domain make a release; a news report about a release is none."""
    body = "Lorem line one of the announcement, with enough words in it.\n\n"
    assert reuse._is_release(_doc("a", "NEWS RELEASE\n\n" + body))
    assert reuse._is_release(_doc("a", "EMBARGOED UNTIL 00:01 GMT, 5 March 2026\n\n" + body))
    assert reuse._is_release(_doc("a", body + "About Hessing Rail\nHessing Rail runs trains.\n\nPress contact: desk@example.org"))
    assert reuse._is_release(_doc("a", body + "About Hessing Rail\nHessing Rail runs trains.",
                                  url="https://www.hessingrail.com/news/2026/fares"))
    not_releases = [
        _doc("b", "Hessing Rail said in a press release on Monday that fares would rise by 4 percent.\n\n"
                  "The company issued the statement for immediate release, a spokesman said.",
             publisher="Ridgeport Ledger"),
        _doc("c", body + "About the author\nJon Tell covers transport.", publisher="Ridgeport Ledger",
             url="https://ridgeportledger.com/rail"),
        _doc("d", body + "About Hessing Rail\nHessing Rail runs trains.", publisher="Ridgeport Ledger",
             url="https://ridgeportledger.com/rail"),
    ]
    for d in not_releases:
        assert not reuse._is_release(d), d.name


# --- wires by name, by a signed dateline, and generic credits ---------------------------------

FIRE = [
    "A grass fire fanned by dry easterly winds forced about 2,300 people out of their homes around the town of Olmsby on Sunday, the regional fire service said.",
    "The blaze has burned 1,800 hectares of heath and young forest since it started near a railway line on Saturday afternoon.",
    "Three farm buildings and a scout camp were destroyed, fire service spokeswoman Lina Gorse said.",
    "Crews from four provinces and two helicopters were fighting the flames through the night.",
]
FIRE_REWRITE = [
    "A wind-driven grass fire forced about 2,300 people from their homes around the town of Olmsby, Velland, on Sunday, the regional fire service said.",
    "The blaze has burned about 4,450 acres of heath and young forest since it started near a railway line Saturday afternoon.",
    "Three farm buildings and a scout camp were destroyed, fire service spokeswoman Lina Gorse said.",
    "Crews from four provinces and two helicopters were fighting the flames overnight.",
]


def test_an_agency_by_name_or_signed_dateline_is_a_wire():
    for outlet in ("Tarsel Agency", "Varden Press Agency", "Norland News Service"):
        assert reuse._is_wire(_doc("n", "x", publisher=outlet)), outlet
    for outlet in ("Harbour Radio", "The Daily Wire", "Ridgeport Ledger", "Velland Environment Agency"):
        assert not reuse._is_wire(_doc("n", "x", publisher=outlet)), outlet
    # the agency's name inside its own dateline, in the body or in the record's dateline
    body = "OLMSBY (Tarsel) 4 Mar - " + FIRE[0] + "\n\n" + "\n\n".join(FIRE[1:])
    assert reuse._own_agency(_doc("t", body, publisher="Tarsel")) == "Tarsel"
    assert reuse._own_agency(_doc("t", "\n\n".join(FIRE), publisher="Tarsel", dateline="OLMSBY (Tarsel) 4 Mar")) == "Tarsel"
    # an agency's initials in its dateline, after the headline
    kpa = "Grass fire near Olmsby\n\nOlmsby/Velland, 4 March 2026 (VPA) -- " + "\n\n".join(FIRE)
    assert reuse._own_agency(_doc("v", kpa, publisher="Varden Press Agency")) == "VPA"
    # another agency named in a report's dateline is no signature of its own
    assert reuse._own_agency(_doc("t", body, publisher="Olmsby Courier")) is None


def test_from_wire_reports_names_no_wire_but_gives_the_direction():
    """Same day; the wire has no date the extractor reads and is listed second; the rewrite ends
    'From wire reports'. The agency's name says it is a wire."""
    wire = _doc("tarsel-fire.txt", "OLMSBY (Tarsel) 4 Mar - " + "\n\n".join(FIRE), publisher="Tarsel Agency")
    rewrite = _doc("courier-fire.html", "WORLD\n\n" + "\n\n".join(FIRE_REWRITE) + "\n\nFrom wire reports",
                   published="2026-03-04", publisher="Northgate Courier")
    found = reuse.find([rewrite, wire])
    assert _pairs(found) == [("tarsel-fire.txt", "courier-fire.html", True)]
    assert len(_texts(found[0])) >= 1 and sum(len(t) for t in _texts(found[0])) > 300


def test_a_lower_case_initials_credit_counts():
    wire = _doc("vpa-fire.txt", "Grass fire near Olmsby\n\nOlmsby/Velland, 4 March 2026 (VPA) -- " + "\n\n".join(FIRE),
                publisher="Varden Press Agency")
    radio = _doc("radio-fire.txt", "\n\n".join(FIRE[:3]) + "\n\n(vpa)", published="2026-03-04", publisher="Heath FM")
    assert _pairs(reuse.find([radio, wire])) == [("vpa-fire.txt", "radio-fire.txt", True)]


def test_a_wire_crediting_a_companys_newsroom_by_its_short_name_takes_from_it():
    """The twenty-fourth corpus: a rail operator's newsroom page ("KRail Newsroom", no zone on its
    clock) and a wire's copy the same day with an instant, which says "the rail operator ... said":
    the wire credits the newsroom by its name without "Newsroom", so the newsroom is the source."""
    op = _doc("olmsbyrail-fire.html", "\n\n".join(FIRE), published="2026-03-04", publisher="Olmsby Rail Newsroom")
    wire = _doc("vpa-fire.txt", "\n\n".join(FIRE[:3]) + "\n\nThe fire closed the line for two hours, the rail operator Olmsby Rail said.",
                published="2026-03-04", publisher="Varden Press Agency")
    wire.record.article.published_at = "2026-03-04T10:05Z"
    assert _pairs(reuse.find([wire, op])) == [("olmsbyrail-fire.html", "vpa-fire.txt", True)]


def test_a_companys_statement_is_the_source_of_a_wire_that_names_it_short():
    """The twenty-sixth corpus: a company's own statement ("Olmsby Grain AG", no release line) and a
    regional wire's copy of the same day, neither clock with a zone; the wire says "Olmsby said".
    A company's suffix makes the page an issuer's, and its first name credits it."""
    firm = _doc("olmsby-fire.txt", "\n\n".join(FIRE), published="2026-03-04", publisher="Olmsby Grain AG")
    wire = _doc("rns-fire.txt", "\n\n".join(FIRE[:3]) + "\n\nThe fire was out by noon, Olmsby said.",
                published="2026-03-04", publisher="Regional News Service")
    assert _pairs(reuse.find([wire, firm])) == [("olmsby-fire.txt", "rns-fire.txt", True)]
    assert "Olmsby" in reuse._names(firm) and "Kestrian" not in reuse._names(
        _doc("c.txt", "x", publisher="Kestrian Coastguard"))
    assert "National" not in reuse._names(_doc("g.txt", "x", publisher="National Grid plc"))


def test_a_wire_crediting_an_operator_by_its_initials_takes_from_it():
    """The twenty-seventh corpus: a grid operator's incident page (its outlet read from its <title>,
    no clock with a zone) and a wire's copy the same evening with an instant, which says "the grid
    operator VOG said": the initials credit the operator's page, the source; two-letter initials
    credit no one."""
    op = _doc("vog-fire.html", "\n\n".join(FIRE), published="2026-03-04", publisher="Velland Operations Group")
    wire = _doc("rns-fire.txt", "\n\n".join(FIRE[:3]) + "\n\nThe line was closed for two hours, the operator VOG said.",
                published="2026-03-04", publisher="Regional News Service")
    wire.record.article.published_at = "2026-03-04T21:10Z"
    assert "VOG" in reuse._names(op)
    assert _pairs(reuse.find([wire, op])) == [("vog-fire.html", "rns-fire.txt", True)]
    assert "OP" not in reuse._names(_doc("o.txt", "x", publisher="Olmsby Post"))


@pytest.mark.parametrize("issuer", ["Office of the President of the Republic of Velland", "Olmsby District Court",
                                    "Presidency of Velland", "Olmsby Crown Court", "Olmsby Prosecutor's Office",
                                    "Velland Food Safety Agency", "Velland Prison Service", "Transport Accident Investigation Board"])
def test_a_presidents_office_or_a_court_is_an_issuer(issuer):
    """The twenty-fifth corpus: the president's pardon statement, stamped 10:00 with no zone, and a
    paper's report the same afternoon with an instant: the statement is the source."""
    office = _doc("pardon.txt", "\n\n".join(FIRE), published="2026-03-04", publisher=issuer)
    paper = _doc("paper.html", "\n\n".join(FIRE[:3]), published="2026-03-04", publisher="Olmsby Post")
    paper.record.article.published_at = "2026-03-04T13:10Z"
    assert reuse._is_issuer(office)
    assert [(a, b) for a, b, _ in _pairs(reuse.find([paper, office]))] == [("pardon.txt", "paper.html")]


def test_a_broadcasters_language_service_and_a_news_agency_are_no_issuers():
    for outlet in ("DBR English Service", "Velland News Agency", "Olmsby Court TV"):
        assert not reuse._is_issuer(_doc("x.txt", "\n\n".join(FIRE), published="2026-03-04", publisher=outlet)), outlet


# --- an outlet's station lines --------------------------------------------------------------

STATION = ["Heath Radio - the sound of the moors, every hour of the day.", "Catch up | Podcasts | Weather and roads | Contact the newsroom"]


def test_station_lines_of_an_outlet_known_by_its_masthead_are_boilerplate():
    """Two reports of one radio station in one story (two fires taken for one), no publisher
    found on either, only the masthead the extractor removed; the station lines they both end
    with are boilerplate, not a reuse pair. Two outlets with no name at all are not merged."""
    mast = ["HEATH RADIO 101.4 FM | News | On air now"]
    a = _doc("heath-1.txt", "\n\n".join([FIRE[0], "Roads out of Olmsby were jammed with cars and horse boxes all afternoon."] + STATION),
             published="2026-03-04", removed=mast + ["Sunday 4 March 2026, 18:00"])
    b = _doc("heath-2.txt", "\n\n".join(["A second fire broke out near the quarry at Tunby on Wednesday, eleven kilometres north of Olmsby.",
                                         "The quarry's owner said the fire started in a disused conveyor shed."] + STATION),
             published="2026-03-07", removed=mast + ["Wednesday 7 March 2026, 08:00"])
    bp = reuse.boilerplate([[a, b]])
    assert reuse.find([a, b], bp) == []
    # the same lines in reports of two unnamed outlets with different mastheads stay reuse
    c = _doc("moor-1.txt", b.body, published="2026-03-07", removed=["MOORLAND NEWS | Local | Weather"])
    bp = reuse.boilerplate([[a, c]])
    assert [(r.source.name, r.target.name) for r in reuse.find([a, c], bp)] == [("heath-1.txt", "moor-1.txt")]


# --- a third party's written statement ------------------------------------------------------

def test_a_written_statement_carried_by_two_outlets_is_not_reuse():
    """Two outlets relay a shipping line's statement, each in its own frame: once as reported
    speech after 'said in a statement that', once after a colon and set as a block of its own."""
    a = _doc("gull-post.txt", "\n\n".join([
        "The ferry Brisa ran aground on a sandbank off Kettle Point late on Thursday with 212 passengers on board.",
        "The vessel's operator, Norland Ferries, said in a statement that it \"sincerely apologises\" to everyone on board and would refund every ticket in full.",
        "Norland Ferries said in a statement: ",
        "\"All passengers were brought ashore safely by lifeboat crews from Kettle and Amble. We are working with the coastguard to understand how this happened.\"",
    ]), publisher="Gull Post")
    b = _doc("ferry-times.html", "\n\n".join([
        "Tugs were waiting for the evening tide to pull the stranded ferry Brisa off the sand near Kettle Point.",
        "Norland Ferries said it \"sincerely apologises\" to everyone on board and would refund every ticket in full.",
        "The company's statement read:",
        "All passengers were brought ashore safely by lifeboat crews from Kettle and Amble. We are working with the coastguard to understand how this happened.",
    ]), publisher="Ferry Times")
    assert reuse.find([a, b]) == []
    assert reuse.find([b, a]) == []


def test_a_rewrite_of_a_wire_that_carries_a_statement_is_still_reuse():
    """A statement sentence copied frame and all, among sentences taken anyway, stays in the passage."""
    wire_body = "\n\n".join(FIRE + ["Olmsby's water company said in a statement that supplies were safe and that no reservoir was at risk."])
    rew_body = "\n\n".join(FIRE_REWRITE[:3] + ["Olmsby's water company said in a statement that supplies were safe and that no reservoir was at risk."])
    wire = _doc("tarsel.txt", wire_body, published="2026-03-04", publisher="Tarsel Agency")
    rew = _doc("paper.txt", rew_body, published="2026-03-05", publisher="Olmsby Courier")
    found = reuse.find([rew, wire])
    assert _pairs(found) == [("tarsel.txt", "paper.txt", False)]
    assert any("no reservoir was at risk" in t for t in _texts(found[0]))


# --- each rewrite tied to the wire ------------------------------------------------------------

def test_each_rewrite_is_tied_to_its_origin_not_to_another_rewrite():
    """A live blog takes one wire sentence with two edits; a paper rewrites the wire with the same
    two edits and acres for hectares. None of the three is known as a wire; dates order them (the
    wire, then the blog and the paper the next day). The paper's sentence is closer to the blog's
    than to the wire's, but the blog took it from the wire: the paper is tied to the wire, and
    there is no blog -> paper pair."""
    from rapidfuzz import fuzz

    edited = FIRE[1].replace("since it started", "since it broke out").replace("on Saturday", "Saturday")
    paper_s = FIRE_REWRITE[1].replace("since it started", "since it broke out")
    wire = _doc("olmsby-wire.txt", "\n\n".join(FIRE), published="2026-03-04", publisher="Olmsby Bulletin")
    blog = _doc("live.html", "\n\n".join([
        "18:10 We are closing this live page for tonight, and we will be back in the morning.",
        "15:05 " + edited,
        "09:00 Welcome to our live coverage of the fire in the heath around Olmsby.",
    ]), published="2026-03-05", publisher="Velland Times")
    paper = _doc("paper.html", "\n\n".join([FIRE_REWRITE[0], paper_s] + FIRE_REWRITE[2:]),
                 published="2026-03-05", publisher="Northgate Courier")
    assert fuzz.ratio(paper_s, "15:05 " + edited) > fuzz.ratio(paper_s, FIRE[1])  # the premise
    found = reuse.find([wire, blog, paper])
    pairs = {(r.source.name, r.target.name) for r in found}
    assert pairs == {("olmsby-wire.txt", "paper.html"), ("olmsby-wire.txt", "live.html")}, [r.to_json() for r in found]
    to_paper = next(r for r in found if r.target.name == "paper.html")
    assert any("4,450 acres" in t for t in _texts(to_paper))


# --- a dropped clause ---------------------------------------------------------------------------

def test_a_rewrite_that_drops_a_clause_still_matches():
    wire_s = [
        "A wooden footbridge over the Lenne at the hamlet of Corby gave way on Thursday as a school group was crossing it, injuring nine people, a week after a rail bridge failed at Tunby, 20 kilometres downstream.",
        "Roads minister Ada Vell, who ordered checks of every timber bridge in the province after the Tunby failure, said the Corby bridge was due to be checked next month.",
        "The bridge had been repainted in the summer, the parish council said.",
    ]
    rew_s = [
        "A wooden footbridge over the Lenne at Corby gave way on Thursday as a school group was crossing it, injuring nine people.",
        "Roads minister Ada Vell said the Corby bridge was due to be checked next month.",
        "Parents waited for news outside the village hall until late in the evening.",
    ]
    wire = _doc("wire.txt", "\n\n".join(wire_s), publisher="Varden Press Agency")
    rew = _doc("radio.txt", "\n\n".join(rew_s), published="2026-03-05", publisher="Heath FM")
    found = reuse.find([rew, wire])
    assert _pairs(found) == [("wire.txt", "radio.txt", False)]
    got = _texts(found[0])
    assert any(t.startswith("A wooden footbridge") for t in got), got
    assert any("Roads minister Ada Vell said the Corby bridge" in t for t in got), got
    assert not any("Parents waited" in t for t in got)


def test_a_short_sentence_inside_a_long_one_is_no_rewrite():
    """A target whose words are found only scattered through a long source sentence, or one
    that keeps too little of it to be more than a shared phrase, is not a dropped-clause rewrite."""
    s = _doc("s.txt", "The regional fire service, which had warned on Friday that the heath was drier than at any time since 1976, said the blaze started near a railway line on Saturday and that about 2,300 people had left their homes around Olmsby and the villages to its north.",
             published="2026-03-04", publisher="Olmsby Bulletin")
    t = _doc("t.txt", "The fire service said the blaze started on Saturday near Olmsby.", published="2026-03-05", publisher="Heath FM")
    assert reuse.find([t, s]) == []


def test_a_written_statement_through_the_records():
    """The same with analysed records: the statement's words are the attribution's content as
    the record gives it, the outlets' frames differ, no reuse; the wire's own sentences copied
    by the paper still are."""
    import newsgraph

    shared = ("A barge loaded with gravel sank in the Lenne canal near Tunby lock on Tuesday night, "
              "blocking all traffic on the waterway. ")
    texts = {
        "canal-wire.txt": ("Varden Press Agency", "2026-03-10", shared +
                           "The barge's owner, Ostkies Transport, said in a statement that it was \"deeply sorry\" for the "
                           "disruption and would pay for the salvage.\n\n"
                           "Lock keepers said the channel could stay closed for a week."),
        "canal-paper.txt": ("Tunby Courier", "2026-03-11", shared +
                            "Ostkies Transport said it was \"deeply sorry\" for the disruption and would pay for the salvage.\n\n"
                            "Skippers moored at Corby said they were losing money by the day."),
    }
    docs = []
    for name, (pub, date, body) in texts.items():
        r = newsgraph.analyze(body, published=date, publisher=pub)
        r.article.source = name
        docs.append(Doc.of(r, name))
    found = reuse.find(docs)
    assert _pairs(found) == [("canal-wire.txt", "canal-paper.txt", False)], [r.to_json() for r in found]
    got = _texts(found[0])
    assert any("barge loaded with gravel" in t for t in got)
    assert not any("deeply sorry" in t for t in got), got


# === invented5's classes (issue 19, the fifth blind corpus) ======================================
# A wire's updates of one story, same outlet, same day, earlier paragraphs kept; an aggregator's
# full paste of one update; a rewrite of the first version whose sentences the updates also carry;
# an outlet's follow-up repeating its background; a markets site rewriting a wire that took a line
# from a company's release; small edits. Written for this file: no sentence of invented5.

FERRY_KEPT = [
    "The Norrland Star, sailing from Kallby to Varso, struck the bar about 800 metres from the harbour entrance shortly after 7 a.m., its operator Bellis Lines said.",
    "\"Everyone on board is accounted for and the ship is not taking on water,\" said harbourmaster Ottilie Brenn.",
    "The crossing, the busiest in Denmoor, carries about 2.4 million passengers a year.",
    "Sailings between Kallby and Varso were cancelled for the day.",
]
FERRY_V1 = ["VARSO, Denmoor, April 2 (Pellamy) - A passenger ferry carrying about 420 people ran aground on a sandbar outside the harbour of Varso on Thursday morning, injuring at least five, the port authority said."] + FERRY_KEPT
FERRY_U1_NEW = [
    "VARSO, Denmoor, April 2 (Pellamy) - Fourteen people were hurt when the ferry Norrland Star hit a sandbar at the mouth of Varso harbour in Denmoor on Thursday, the coastguard said, up from five reported earlier.",
    "Two tugs were on their way from Kallby to pull the vessel off the bar at high tide, coastguard commander Ivo Strand told reporters. \"We will not move her until the divers have checked the hull,\" he said.",
]
FERRY_U2_NEW = [
    "VARSO, Denmoor, April 2 (Pellamy) - Tugs pulled a stranded ferry off a sandbar outside Varso on Thursday evening after 21 people were hurt when it ran aground, as police questioned its captain.",
    "Police said the captain, 52, had been breathalysed and was helping investigators.",
]
PELLAMY_STOCK = "Pellamy News is an independent news agency with bureaus in 14 countries of the Baltic rim."
FERRY_GAZETTE = [  # the Kallby Gazette's rewrite of the first version
    "A passenger ferry carrying some 420 people ran aground on a sandbar outside Varso harbour on Thursday morning, injuring at least five, the port authority said.",
    "The Norrland Star, sailing from Kallby to Varso, struck the bar 800 metres from the harbour entrance shortly after 7am, Bellis Lines said.",
    FERRY_KEPT[1],
    "The crossing, the country's busiest, carries about 2.4 million passengers a year.",
    "Sailings between Kallby and Varso have been cancelled for the day.",
    "Kallby families waited at the ferry terminal for news through the morning.",
    "- With Pellamy",
]


def _ferry() -> dict[str, Doc]:
    """The wire's three versions (file names that sort the updates before the first version), the
    aggregator's paste of update 1 and the Gazette's rewrite of the first version, all one day."""
    wire = dict(published="2026-04-02", publisher="Pellamy News")
    v1 = _doc("pellamy-ferry.txt", "\n\n".join(FERRY_V1 + [PELLAMY_STOCK]), title="Ferry runs aground off Varso, five hurt",
              removed=["PELLAMY NEWS", "Maritime | Denmoor | 02-Apr-2026 08:05 GMT"], **wire)
    u1 = _doc("pellamy-ferry-update1.txt", "\n\n".join(["(Adds injured, coastguard comment)"] + FERRY_U1_NEW + FERRY_KEPT + [PELLAMY_STOCK]),
              title="UPDATE 1-Ferry aground off Varso, 14 hurt; tugs on way",
              removed=["PELLAMY NEWS", "Maritime | Denmoor | 02-Apr-2026 11:40 GMT"], **wire)
    u2 = _doc("pellamy-ferry-update2.txt",
              "\n\n".join(["(Adds ship freed, captain questioned)"] + FERRY_U2_NEW + FERRY_U1_NEW[1:] + FERRY_KEPT + [PELLAMY_STOCK]),
              title="UPDATE 2-Ferry freed off Varso after 21 hurt; captain questioned",
              removed=["PELLAMY NEWS", "Maritime | Denmoor | 02-Apr-2026 18:20 GMT"], **wire)
    feed = _doc("quickfeed-ferry.html", "\n\n".join([FERRY_U1_NEW[0].split(" - ", 1)[1]] + FERRY_U1_NEW[1:] + FERRY_KEPT + ["Source: Pellamy News"]),
                title="BREAKING: 14 hurt as packed ferry hits sandbar", published="2026-04-02", publisher="QuickFeed",
                dateline="VARSO, Denmoor, April 2 (Pellamy)")
    gazette = _doc("kallbygazette-ferry.html", "\n\n".join(FERRY_GAZETTE), title="Five hurt as Varso ferry runs aground",
                   published="2026-04-02", publisher="Kallby Gazette")
    return {d.name: d for d in (v1, u1, u2, feed, gazette)}


def _other_pellamy_story() -> Doc:
    return _doc("pellamy-grain.txt", "\n\n".join([
        "OSTVIK, Denmoor, April 3 (Pellamy) - Denmoor's grain exporters shipped a record 3.1 million tonnes of barley in March, the farm ministry said on Friday.",
        "Most of it went to breweries in Kallmark and Osterholm, the ministry said.",
        PELLAMY_STOCK]), published="2026-04-03", publisher="Pellamy News", title="Denmoor barley exports hit record")


def _found(docs: list[Doc], others: list[list[Doc]] = ()):
    bp = reuse.boilerplate([docs] + list(others))
    return reuse.find(docs, bp)


def _target_sentences(r: reuse.Reuse) -> int:
    """How many of the target's sentences the pair's passages hold."""
    from newsgraph.corpus.text import sentences

    spans = [t for _, t in r.pairs]
    return sum(1 for s, e in sentences(r.target.body) if any(a <= s and e <= b for a, b in spans))


def test_a_wires_updates_are_tied_each_to_the_version_before():
    """Update 1 keeps the first version's paragraphs word for word, update 2 keeps update 1's:
    the outlet's versions of one story carry its text forward (no stock line: the outlet's stock
    line is the one it repeats in its other story too). One outlet, one day, no clock the
    extractor reads: "UPDATE n-" orders them, though the file names sort the other way."""
    d = _ferry()
    docs = [d["pellamy-ferry-update2.txt"], d["pellamy-ferry-update1.txt"], d["pellamy-ferry.txt"]]
    # with the agency's grain story beside (its stock line is there too), and alone: the stock
    # line names the agency and nothing of the ferry, so it is none of the story's text
    for others in ([[_other_pellamy_story()]], []):
        found = _found(docs, others)
        assert _pairs(found) == [("pellamy-ferry-update1.txt", "pellamy-ferry-update2.txt", True),
                                 ("pellamy-ferry.txt", "pellamy-ferry-update1.txt", True)], [r.to_json() for r in found]
        by = {r.target.name: r for r in found}
        assert _target_sentences(by["pellamy-ferry-update1.txt"]) == 4  # the first version's four kept sentences
        assert _target_sentences(by["pellamy-ferry-update2.txt"]) == 6  # update 1's tugs sentence, its quote, and the four
        for r in found:
            assert not any("independent news agency" in t for t in _texts(r))


def test_a_page_pasted_from_an_update_is_tied_to_that_update_whole():
    """An aggregator pastes update 1 in full (without its "(Adds ...)" line): every one of its
    sentences is aligned, all to update 1, none to the first version whose paragraphs update 1
    kept, none to update 2 that keeps them too."""
    d = _ferry()
    found = _found(list(d.values()), [[_other_pellamy_story()]])
    to_feed = [r for r in found if r.target.name == "quickfeed-ferry.html"]
    assert [r.source.name for r in to_feed] == ["pellamy-ferry-update1.txt"], [r.to_json() for r in found]
    assert _target_sentences(to_feed[0]) == 7


def test_a_rewrite_of_the_first_version_is_aligned_whole_to_it():
    """The Gazette rewrote the first version with small edits ("some 420", "the country's
    busiest", "have been cancelled"); four of its sentences are also in both updates and in the
    aggregator's paste. It is tied to the first version only, with all five rewritten sentences,
    and the five reports give exactly the four direct pairs."""
    d = _ferry()
    found = _found(list(d.values()), [[_other_pellamy_story()]])
    assert {(r.source.name, r.target.name) for r in found} == {
        ("pellamy-ferry.txt", "pellamy-ferry-update1.txt"),
        ("pellamy-ferry-update1.txt", "pellamy-ferry-update2.txt"),
        ("pellamy-ferry-update1.txt", "quickfeed-ferry.html"),
        ("pellamy-ferry.txt", "kallbygazette-ferry.html"),
    }, [r.to_json() for r in found]
    gaz = next(r for r in found if r.target.name == "kallbygazette-ferry.html")
    assert _target_sentences(gaz) == 5
    assert not any("families waited" in t for t in _texts(gaz))


def test_an_outlets_follow_up_repeating_its_background_is_reuse():
    """A paper's report of the inquiry four days later repeats two background sentences of its
    first report word for word: this story's text, not the paper's stock lines (they are in no
    other story of it), so the follow-up takes them from the first report."""
    bg = ["The Norrland Star was built in Ostvik in 1998 and carries up to 600 passengers and 140 cars on the Kallby crossing.",
          "Bellis Lines runs four ferries between Kallby and Varso and has had no serious accident since it was founded in 1987."]
    first = _doc("gazette-1.html", "\n\n".join([FERRY_GAZETTE[0]] + bg + [FERRY_GAZETTE[5]]), published="2026-04-02", publisher="Kallby Gazette")
    later = _doc("gazette-2.html", "\n\n".join([
        "Denmoor's maritime investigators said on Monday that the Norrland Star's echo sounder had been switched off when the ferry ran aground outside Varso.",
        "The ship's captain has been suspended on full pay while the inquiry goes on, Bellis Lines said."] + bg),
        published="2026-04-06", publisher="Kallby Gazette")
    other = _doc("gazette-rates.html", "The Kallby council voted on Monday night to freeze harbour dues for fishing boats until 2028.\n\n"
                 "Harbour dues had risen by a fifth in three years, skippers told the council.", published="2026-04-06", publisher="Kallby Gazette")
    found = _found([later, first], [[other]])
    assert _pairs(found) == [("gazette-1.html", "gazette-2.html", False)], [r.to_json() for r in found]
    assert _target_sentences(found[0]) == 2


def test_one_stock_line_in_two_reports_of_an_outlet_is_still_boilerplate():
    """Two reports of one agency about two events taken for one story share only the agency's
    stock background line and its self-promotion line: stock lines, no pair, however much the
    background speaks of the story's places."""
    stock = "Denmoor has 31 inhabited islands, and most of them are served by ferries from Kallby or Varso."
    a = _doc("p-1.txt", "\n\n".join([FERRY_V1[0], stock, PELLAMY_STOCK]), published="2026-04-02", publisher="Pellamy News")
    b = _doc("p-2.txt", "\n\n".join(["A cargo ship lost power off Kallby on Friday and was towed into port by two tugs, the coastguard said.",
                                     stock, PELLAMY_STOCK]), published="2026-04-03", publisher="Pellamy News")
    assert _found([a, b]) == []


def test_a_markets_rewrite_of_a_wire_is_tied_to_the_wire_not_the_release():
    """The wire took its dividend line from the company's release (one bullet, reworded); a
    markets site rewrote the wire ("Source: Pellamy", "a share"): its dividend sentence is tied to
    the wire it rewrote, not to the release the wire took it from."""
    release = _doc("harbin-release.txt", "\n\n".join([
        "For immediate release",
        "Harbin Foods plc - Full-year results 2025",
        "- Revenue up 6.2% to 3.9 billion crowns",
        "- Proposed dividend of 1.85 crowns per share (2024: 1.60 crowns).",
        "Chief executive Mara Lind said: \"Our bakeries had their best year since the company was founded.\"",
        "About Harbin Foods\nHarbin Foods plc bakes bread and biscuits in Denmoor and Osterholm.",
    ]), published="2026-03-12", publisher="Harbin Foods plc")
    wire_s = [
        "OSTVIK, March 12 (Pellamy) - Denmoor baker Harbin Foods reported a 6.2% rise in full-year revenue on Thursday to 3.9 billion crowns, helped by higher bread prices, and said it would open two new bakeries.",
        "Analysts polled by Pellamy had on average expected revenue of 3.8 billion crowns.",
        "Harbin Foods proposed a dividend of 1.85 crowns per share, up from 1.60 crowns.",
        "Harbin's shares were up 3.1% at 1100 GMT, the biggest gain on the Ostvik exchange.",
    ]
    wire = _doc("pellamy-harbin.txt", "\n\n".join(wire_s), published="2026-03-12", publisher="Pellamy News")
    site = _doc("marketline-harbin.html", "\n\n".join([
        "Denmoor baker Harbin Foods reported a 6.2% rise in full-year revenue on Thursday to 3.9 billion crowns, helped by higher bread prices, and said it would open two new bakeries.",
        "Analysts had on average expected revenue of 3.8 billion crowns, according to a Pellamy poll.",
        "Harbin Foods proposed a dividend of 1.85 crowns a share, up from 1.60 crowns.",
        "The shares were up 3.1% in late morning trading, the biggest gain on the Ostvik exchange.",
        "Source: Pellamy",
    ]), published="2026-03-12", publisher="Marketline")
    found = _found([site, wire, release])
    pairs = {(r.source.name, r.target.name) for r in found}
    assert ("harbin-release.txt", "marketline-harbin.html") not in pairs, [r.to_json() for r in found]
    to_site = next(r for r in found if r.target.name == "marketline-harbin.html")
    assert to_site.source.name == "pellamy-harbin.txt"
    assert any("1.85 crowns a share" in t for t in _texts(to_site))


def test_small_edits_of_a_rewrite_are_found():
    """Clauses reordered inside a sentence, a verb changed with a possessive ("hit the rear of a
    parked tanker" / "struck the parked tanker's rear"), a possessive dropped before a quotation,
    "1.2 million" written "1.2m", a forecast line reworded ("Analysts polled by X had expected" /
    "Analysts had expected ..., according to an X poll"): each sentence is aligned."""
    src = [
        "OSTVIK, April 7 (Pellamy) - A fire destroyed part of a fuel depot on the edge of Ostvik early on Tuesday, injuring four workers, the regional fire service said.",
        "Fire chief Dana Holm said the east wing of the depot was destroyed and that two of the injured had been working in it.",
        "A delivery van hit the rear of a parked fuel tanker at the depot gate, which had been left open, the fire service said.",
        "Ostvik's mayor Runa Dahl said she was \"deeply shaken\" and called an emergency meeting of the town council for Wednesday.",
        "The depot, opened in 2004, handles about 1.2 million tonnes of fuel a year for the region's farms and hauliers.",
        "Analysts polled by Pellamy had on average expected heating oil prices in the region to rise by 4% this winter.",
    ]
    tgt = [
        "A fire destroyed part of a fuel depot on the edge of Ostvik early on Tuesday, injuring four workers, the regional fire service said.",
        "Fire chief Dana Holm said two of the injured had been working in the east wing of the depot, which was destroyed.",
        "A delivery van struck the parked fuel tanker's rear at the depot gate, which had been left open, the fire service said.",
        "Mayor Runa Dahl said she was \"deeply shaken\" and called an emergency meeting of the town council for Wednesday.",
        "The depot, opened in 2004, handles about 1.2m tonnes of fuel a year for the region's farms and hauliers.",
        "Analysts had on average expected heating oil prices in the region to rise by 4% this winter, according to a Pellamy poll.",
    ]
    wire = _doc("pellamy-depot.txt", "\n\n".join(src), published="2026-04-07", publisher="Pellamy News")
    site = _doc("ostvikpost-depot.html", "\n\n".join(tgt + ["Source: Pellamy"]), published="2026-04-07", publisher="Ostvik Post")
    found = _found([site, wire])
    assert _pairs(found) == [("pellamy-depot.txt", "ostvikpost-depot.html", True)]
    assert _target_sentences(found[0]) == 6, _texts(found[0])


def test_a_stations_two_bulletins_of_one_story_share_its_text_not_its_station_lines():
    """A radio station's evening bulletin keeps two paragraphs of its morning one on the fire and
    both end with the station's lines (one names the station and the moors the fire burns on, one
    is a row of links): the kept paragraphs are reuse, the station lines are not."""
    mast = ["HEATH RADIO 101.4 FM | News | On air now"]
    kept = ["Fire crews from Olmsby and Tunby spent the night damping down the heath west of Olmsby, where the blaze started.",
            "The regional fire service asked people around Olmsby to keep their windows shut because of the smoke."]
    a = _doc("heath-am.txt", "\n\n".join(["A heath fire west of Olmsby forced about 300 people from their homes overnight, the fire service said."]
                                          + kept + STATION), published="2026-03-04", removed=mast)
    b = _doc("heath-pm.txt", "\n\n".join(["People forced from their homes by the heath fire near Olmsby were allowed back on Sunday evening."]
                                          + kept + STATION), published="2026-03-05", removed=mast)
    found = _found([b, a])
    assert _pairs(found) == [("heath-am.txt", "heath-pm.txt", False)], [r.to_json() for r in found]
    got = _texts(found[0])
    assert _target_sentences(found[0]) == 2, got
    assert not any("sound of the moors" in t or "Podcasts" in t for t in got)


# --- the sixth corpus's classes (invented6), on reports written for this file ------------------

ROAD_WIRE = [
    "BRESKA, May 6 (Norvane) - Nine people were hurt when a lorry hit a tram at a crossing in the centre of Breska on Tuesday evening, police said.",
    "The tram, carrying about 60 passengers from the station to the Osk bridge, was pushed off its rails by the impact.",
    "Two of the injured were in a serious condition at Breska general hospital, a hospital spokesman said.",
    "Traffic police inspector Mila Torv said: \"The lorry driver ran a red light, and we think he had been looking at his phone for some time before the crash, but we will know more tomorrow.\"",
    "The crossing was closed for four hours while engineers lifted the tram back onto the rails.",
]
ROAD_PAPER = [
    "Nine people were hurt on Tuesday evening when a lorry hit a tram at a crossing in central Breska, police said.",
    "The tram, which was carrying about 70 passengers from the station to the Osk bridge, was pushed off its rails by the impact.",
    "Two of the injured were in a serious condition at Breska general hospital.",
    "\"The lorry driver ran a red light,\" said Inspector Mila Torv of the traffic police, \"but we will know more tomorrow.\"",
    "Residents have asked the city for a barrier at the crossing since a cyclist was killed there in 2022.",
]


def _road(paper_publisher: str | None):
    wire = _doc("norvane-tram.txt", "\n\n".join(ROAD_WIRE), published="2026-05-06", publisher="Norvane News Agency")
    paper = _doc("courier-tram.html", "\n\n".join(ROAD_PAPER), published="2026-05-06", publisher=paper_publisher)
    ledger = _doc("harbourledger-tram.html", "\n\n".join(ROAD_PAPER + [
        "This article was originally published by the Breska Courier and is republished here with permission.",
        "The Harbour Ledger is funded by its readers."]), published="2026-05-07", publisher="Harbour Ledger")
    return wire, paper, ledger


def test_a_republication_is_the_named_outlets_copy_not_the_wires():
    """A paper rewrote a wire (a figure changed, "which was carrying about 70"); a newsroom
    republished the paper the next day, saying so ("originally published by the Breska
    Courier"): every sentence it took, those the paper took from the wire too, goes to the paper,
    whether the paper is known by name among the reports or not (no publisher read); nothing
    goes from the wire to the republication."""
    for pub in (None, "Breska Courier"):
        wire, paper, ledger = _road(pub)
        found = _found([ledger, paper, wire])
        pairs = {(r.source.name, r.target.name) for r in found}
        assert pairs == {("norvane-tram.txt", "courier-tram.html"), ("courier-tram.html", "harbourledger-tram.html")}, \
            [r.to_json() for r in found]
        rep = next(r for r in found if r.target.name == "harbourledger-tram.html")
        assert _target_sentences(rep) == 5, _texts(rep)
        assert rep.credited == (pub is not None)


def test_a_rewrites_cut_quotation_is_part_of_the_passage_it_sits_in():
    """The paper quotes the inspector with a clause dropped and the attribution moved; among the
    sentences it takes from the wire anyway, that sentence is part of what it took (the issue:
    a passage that only repeats a third party's quotation is not by itself reuse)."""
    wire, paper, _ = _road("Breska Courier")
    found = _found([paper, wire])
    assert _pairs(found) == [("norvane-tram.txt", "courier-tram.html", False)], [r.to_json() for r in found]
    assert any("ran a red light" in t for t in _texts(found[0])), _texts(found[0])
    assert _target_sentences(found[0]) == 4


def test_a_bare_shared_quotation_is_not_reuse():
    """Two outlets that tell the crash in their own words share only the inspector's quotation
    (one cut, one whole): a third party's words, no pair."""
    other = _doc("breskatoday-tram.html", "\n\n".join([
        "A tram and a lorry collided at the Market Street crossing in Breska on Tuesday, leaving nine injured.",
        "\"The lorry driver ran a red light,\" said Mila Torv of the traffic police, \"but we will know more tomorrow.\"",
        "Tram services on the line resumed late in the evening, the operator said on its website.",
    ]), published="2026-05-06", publisher="Breska Today")
    wire = _doc("norvane-tram.txt", "\n\n".join(ROAD_WIRE), published="2026-05-06", publisher="Norvane News Agency")
    assert _found([other, wire]) == []


def test_a_stations_line_to_its_listeners_is_not_reuse_even_where_the_station_is_unknown():
    """Two bulletins of one station about two fires, taken for one story; neither names its
    outlet anywhere the reader of the page finds (no publisher, web host or masthead), and both
    end with the station's line to its listeners, whose name words are in the story ("told Radio
    Osk"): the line says nothing of the story, no pair. A line to listeners that tells the story
    ("... keep your windows shut ...") stays reuse."""
    line = "Radio Osk - your valley, your voice. Text the newsroom on 0700 112 112."
    a = _doc("osk-0800.txt", "\n\n".join([
        "A fire destroyed a sawmill on the edge of Breska overnight, the fire service said.",
        "About 60 firefighters fought the blaze for five hours, chief fire officer Jan Rask told Radio Osk.",
        line]), title="RADIO OSK 88.2 - NEWS EVERY HOUR")
    b = _doc("osk-0900.txt", "\n\n".join([
        "Thirty people left a block of flats in Breska after a fire in a laundry room on Thursday evening.",
        "Nobody was hurt, the fire service said.",
        line]), title="RADIO OSK 88.2 - NEWS EVERY HOUR")
    assert _found([a, b]) == [], [r.to_json() for r in _found([a, b])]
    appeal = "People living near the sawmill in Breska should keep your windows shut because of the smoke from the fire, the fire service said."
    c = _doc("osk-1000.txt", "\n\n".join([a.body.split("\n\n")[0], appeal, line]), title="RADIO OSK 88.2 - NEWS EVERY HOUR",
             published="2026-05-07")
    d = _doc("breskatoday-sawmill.html", "\n\n".join(["Firefighters were still at the burnt-out sawmill on Friday morning.", appeal]),
             published="2026-05-08", publisher="Breska Today")
    found = _found([c, d])
    assert _pairs(found) == [("osk-1000.txt", "breskatoday-sawmill.html", False)], [r.to_json() for r in found]


# === invented7's and invented8's classes (issue 19, the seventh and eighth blind corpora) ==========
# A wire's staff credit line in two of its reports; a wire's updates, undated, told by "Update n"
# as a field of their header line or by their datelines' days; one formula telling another day's
# event; a press release rewritten cut and reordered, its chief's quotation re-attributed and its
# announcement retold. Written for this file: no sentence of invented7 or invented8.

SILO_KEPT = [
    "The silo at the Karsk grain terminal collapsed shortly after 6 a.m., spilling about 3,000 tonnes of barley onto the quay, the port authority said.",
    "\"We were lucky the morning shift had not yet started on that side of the quay,\" terminal manager Edda Rusk told reporters at the gate.",
    "The terminal handles about a fifth of the grain exported from the Osterlund plain each year.",
]


def _silo(first_credit: str, update_credit: str, update_header: str, first_header: str,
          update_dateline: str | None = None, first_dateline: str | None = None,
          dates: tuple[str | None, str | None] = (None, None)) -> list[Doc]:
    """A wire's first report and its later update of one story, undated unless `dates` (first,
    update) are given, the update listed first (as a file name order would put "silo-final"
    before "silo-first")."""
    first = _doc("tns-silo-first.txt", "\n\n".join(
        ["A grain silo collapsed at the port of Karsk on Tuesday morning, injuring two dock workers, the port authority said."]
        + SILO_KEPT + ["Police have opened an inquiry. " + first_credit]),
        publisher="Tarn News Service", removed=["TNS - TARN NEWS SERVICE", first_header], dateline=first_dateline,
        published=dates[0],
        title="Grain silo collapses at Karsk port")
    update = _doc("tns-silo-final.txt", "\n\n".join(
        ["Four dock workers were hurt when a grain silo collapsed at the port of Karsk on Tuesday, the port authority said, up from two reported earlier."]
        + SILO_KEPT + ["The terminal will stay shut until engineers have checked the other silos. " + update_credit]),
        publisher="Tarn News Service", removed=["TNS - TARN NEWS SERVICE", update_header], dateline=update_dateline,
        published=dates[1],
        title="Four hurt as grain silo collapses at Karsk port")
    return [update, first]


def test_a_wires_staff_credit_line_is_no_ones_wording():
    """Two versions of one wire story share their paragraphs and end with the wire's sign-off,
    the editor changed ("(Writing by ...; editing by ...)", bracketed after the last sentence) or
    as a last line of its own ("Reporting by ...; Editing by ..."): the shared paragraphs are
    reuse, the credits are not. (Dated a day apart here: the direction is not in question.)"""
    for a, b in [("(Writing by Per Holm; editing by Nina Vass)", "(Writing by Per Holm; editing by Olof Brand)"),
                 ("\n\nReporting by Per Holm and Ada Lind in Karsk; Editing by Nina Vass",
                  "\n\nReporting by Per Holm and Ada Lind in Karsk; Additional reporting by Ivo Sten; Editing by Olof Brand")]:
        docs = _silo(a, b, "HOME | LATEST", "HOME | FIRST TAKE", dates=("2026-04-21", "2026-04-22"))
        found = _found(docs)
        assert _pairs(found) == [("tns-silo-first.txt", "tns-silo-final.txt", False)], [r.to_json() for r in found]
        got = _texts(found[0])
        assert any("3,000 tonnes of barley" in t for t in got), got
        assert not any("by Per Holm" in t for t in got), got
    assert reuse._STAFF_CREDIT.match("Compiled by the Karsk newsroom")
    assert not reuse._STAFF_CREDIT.match("The terminal was run by Karsk Grain")


def test_an_undated_wires_updates_are_ordered_by_the_update_field_of_their_header():
    """Both reports undated, no dateline day: "| Update 1" and "| Update 3" as fields of the
    wire's header line order them, though the update is listed first."""
    docs = _silo("(Writing by Per Holm)", "(Writing by Per Holm)",
                 "HOME | 21/04/2026 14:05 | LATEST | Update 3", "HOME | 21/04/2026 08:20 | FIRST TAKE | Update 1")
    assert [reuse._version(d) for d in docs] == [3, 1]
    found = _found(docs)
    assert _pairs(found) == [("tns-silo-first.txt", "tns-silo-final.txt", False)], [r.to_json() for r in found]
    # a field that only starts with the word is no version number
    assert reuse._version(_doc("x.txt", "Body.", removed=["SPORT | Update 3 of the table | 12:00"])) == 0


def test_undated_reports_without_update_numbers_are_ordered_by_their_datelines_day():
    """No date, no update number: the datelines' days ("KARSK, April 21 (TNS)", "KARSK, 22 April
    (TNS)") order them; with no day either, they stay in the order given."""
    docs = _silo("(Writing by Per Holm)", "(Writing by Per Holm)", "HOME | LATEST", "HOME | FIRST TAKE",
                 update_dateline="KARSK, 22 April (TNS)", first_dateline="KARSK, April 21 (TNS)")
    found = _found(docs)
    # (each credits the other: "(TNS)" in its dateline)
    assert _pairs(found) == [("tns-silo-first.txt", "tns-silo-final.txt", True)], [r.to_json() for r in found]
    docs = _silo("(Writing by Per Holm)", "(Writing by Per Holm)", "HOME | LATEST", "HOME | FIRST TAKE")
    assert _pairs(_found(docs)) == [("tns-silo-final.txt", "tns-silo-first.txt", False)]


def test_one_formula_telling_another_days_event_is_not_reuse():
    """A wire's follow-up tells the verdict in the words of its charge report ("X, the former
    mayor of Y, was charged on Tuesday with ..." / "... was convicted on Friday of ..."): a new
    event with new figures, not small edits; the background paragraph it repeats is reuse. The
    same lead with a small edit and the same day stays reuse."""
    charge = _doc("tns-mayor-charged.txt", "\n\n".join([
        "Lars Fenner, the former mayor of the river town of Odby, was charged on Tuesday with taking bribes worth 900,000 crowns from two building firms.",
        "Prosecutors say the money was paid through a sailing club he chaired in return for building permits on the old harbour site.",
        "Fenner, who denies wrongdoing, resigned as mayor in March.",
    ]), publisher="Tarn News Service", published="2026-03-03")
    verdict = _doc("tns-mayor-convicted.txt", "\n\n".join([
        "Lars Fenner, the former head of the river town of Odby, was convicted on Friday of taking bribes from two building firms and fined 400,000 crowns.",
        "Prosecutors said the money was paid through a sailing club he chaired in return for building permits on the old harbour site.",
        "Judge Asa Moll said Fenner had betrayed the trust of the town.",
    ]), publisher="Tarn News Service", published="2026-03-06")
    found = _found([charge, verdict])
    assert _pairs(found) == [("tns-mayor-charged.txt", "tns-mayor-convicted.txt", False)], [r.to_json() for r in found]
    got = _texts(found[0])
    assert any("sailing club" in t for t in got), got
    assert not any("convicted on Friday" in t for t in got), got
    paper = _doc("odbypost-mayor.html", "\n\n".join([
        "Lars Fenner, the former mayor of Odby, was charged on Tuesday with taking bribes worth 900,000 crowns from two building firms.",
        "Neighbours of the old harbour site said they had long wondered how the permits were granted.",
    ]), publisher="Odby Post", published="2026-03-04")
    found = _found([charge, paper])
    assert any("charged on Tuesday" in t for r in found for t in _texts(r)), [r.to_json() for r in found]


KELDA_RELEASE = """For immediate release

Kelda Foods to acquire Brunnmark Bakeries

Kelda Foods plc today announced that it has agreed to acquire Brunnmark Bakeries AB, the largest bakery chain in Vestria, for 1.9 billion crowns (about 170 million euros) in cash.

The combined group will run 64 bakeries and employ about 3,800 people.

"Brunnmark gives us the shops and the morning customers we could never reach on our own. Together we will bake for half the country," said Kelda chief executive Mona Starr.

The transaction requires the approval of the Vestrian Competition Office and is expected to be completed by the end of March 2027.

About Kelda Foods
Kelda Foods plc makes bread, biscuits and frozen pastries and is listed in Osterby.

Media contact: Kelda Foods press office, Osterby."""

KELDA_TODAY = """Kelda and Brunnmark: will your bread cost more?

"Brunnmark gives us the shops and the morning customers we could never reach on our own," said Kelda Foods boss Mona Starr.

The deal needs the approval of the Vestrian Competition Office and is expected to be completed by the end of March 2027.

Brunnmark's sourdough loaf, sold since 1962, has a loyal following in the capital's suburbs.

Kelda Foods has agreed to buy Brunnmark Bakeries, the largest bakery chain in Vestria, for about 170 million euros in cash.

Shoppers in Osterby said they hoped the price of bread would not rise."""


def _analysed(name: str, body: str, published: str, publisher: str | None) -> Doc:
    import newsgraph

    r = newsgraph.analyze(body, published=published, publisher=publisher)
    r.article.source = name
    return Doc.of(r, name)


def test_a_release_rewritten_cut_and_reordered_is_found_whole():
    """A consumer page takes three sentences of a release in another order: the chief's quotation
    cut to its first sentence and re-attributed ("said Kelda Foods boss ..."), the approval
    reworded, and the announcement retold in euros ("Kelda Foods plc today announced that it has
    agreed to acquire ..." / "Kelda Foods has agreed to buy ... for about 170 million euros").
    The release's quotation and its announcement are the issuer's words, given out to be taken:
    all three are the release's. A phrase of the quotation worked into the outlet's own sentence
    is not."""
    release = _analysed("kelda-release.txt", KELDA_RELEASE, "2026-11-02", None)
    today = _analysed("vestriatoday-kelda.html", KELDA_TODAY, "2026-11-02", "Vestria Today")
    found = _found([today, release])
    assert _pairs(found) == [("kelda-release.txt", "vestriatoday-kelda.html", False)], [r.to_json() for r in found]
    assert _target_sentences(found[0]) == 3, _texts(found[0])
    got = " ".join(_texts(found[0]))
    assert "morning customers" in got and "170 million euros" in got and "Competition Office" in got, got
    phrase = KELDA_TODAY.replace(
        "\"Brunnmark gives us the shops and the morning customers we could never reach on our own,\" said Kelda Foods boss Mona Starr.",
        "Kelda Foods boss Mona Starr said the deal would give the firm the \"shops and the morning customers\" it had missed.")
    found = _found([_analysed("vestriatoday-kelda.html", phrase, "2026-11-02", "Vestria Today"), release])
    assert not any("Mona Starr" in t for r in found for t in _texts(r)), [r.to_json() for r in found]


# --- the ninth and tenth invented corpora ---------------------------------------------------
# A page that credits a wire is its taker whatever a day's difference in the dates says (the wire
# signing its dateline after a bullet summary, a hyphenated name credited by its initials); the
# wire's dateline at the head of its lead is no wording, and a rewrite that credits the wire takes
# its reported-speech lead and its statement sentence from the wire, not from a sibling rewrite;
# an issuer's release covering a meeting is the source of an outlet's page dated the same day,
# its template filled for another meeting is no reuse, and a delegate's words quoted in it are
# the delegate's; small edits (a demonym dropped, a verb swapped, active made passive) are found.
# Written for this file: no sentence of invented9 or invented10.

FERROW_WIRE = """* Dam gates opened at Osland after record rain

* Two villages downstream evacuated

* Power station output cut (Adds evacuation, operator comment)

OSLAND, Varn, Mar 4 (Ferrow) - Engineers opened all six gates of the Osland dam on Wednesday after three days of record rain, flooding farmland along the lower Tessa river, the regional water board said.

About 900 people were moved from the villages of Kurre and Hamnby, a board spokeswoman said, and two schools were closed for the week.

The dam's operator, Vardel Energy, said it had cut output at the Osland power station by half while the gates stayed open.

(Reporting by Ola Nyquist; Editing by Mira Sand)"""

FERROW_PAGE = """Engineers opened all six gates of the Osland dam on Wednesday after three days of record rain, flooding farmland along the lower Tessa, the regional water board said.

Kurre's baker, Ines Halm, kept her oven going for the volunteers filling sandbags on the square.

About 900 people were moved from the villages of Kurre and Hamnby, a board spokeswoman said, and two schools were shut for the week.

The parish hall in Hamnby has opened as a shelter, with camp beds from the army.

Ferrow contributed to this report."""


def test_a_page_crediting_a_wire_is_its_taker_though_dated_a_day_before():
    """The local page (no publisher, its date a day before the wire's: a local date and a GMT one
    either side of midnight) credits the wire at its foot; the wire signs its dateline "(Ferrow)"
    below a bullet summary. The page takes the wire's sentences, not the other way round. A day
    more and the dates decide; a hyphenated wire is credited by its parts' initials ("NMW")."""
    wire = _doc("ferrow-dam.txt", FERROW_WIRE, published="2026-03-05", publisher="Ferrow News",
                title="UPDATE 1-Dam gates opened at Osland after record rain")
    page = _doc("oslandpost-dam.html", FERROW_PAGE, published="2026-03-04", title="Osland opens its dam gates",
                removed=["Osland opens its dam gates"])
    assert reuse._is_wire(wire) and reuse._credits(page, wire)
    found = _found([page, wire])
    assert _pairs(found) == [("ferrow-dam.txt", "oslandpost-dam.html", True)], [r.to_json() for r in found]
    assert _target_sentences(found[0]) == 2, _texts(found[0])
    # two days apart: the dates decide
    far = _doc("oslandpost-dam.html", FERROW_PAGE, published="2026-03-03")
    assert reuse.direction(far, wire)[0] is far
    assert reuse._is_own_name("NMW", "North-Meridian Wire") and not reuse._is_own_name("NMX", "North-Meridian Wire")


KARSK_WIRE = """Four killed in Karsk sawmill fire

KARSK, Osterlund (NMW) — A fire swept through a sawmill and timber yard in the Osterlund harbour town of Karsk early on Monday, killing four workers and injuring at least 15, police said.

Flames from the stacked timber were visible from the ferry terminal across the bay, and smoke drifted over the old town for most of the morning.

The cause of the fire was not immediately known; Karsk Timber said in a statement that it was working with investigators."""

KARSK_SIBLING = """Sawmill fire kills four in Karsk

A fire swept through a sawmill and timber yard in the harbour town of Karsk before dawn on Monday, killing four of its workers and injuring at least 15 others, police said.

Flames from the stacked timber were visible from across the bay, and smoke drifted over the old town for much of the morning.

The town's mayor, Per Askeland, said the yard would not reopen this year."""

KARSK_TARGET = """Four dead as fire destroys Karsk sawmill

A fire tore through a sawmill and timber yard in the harbour town of Karsk before dawn on Monday, killing four of its workers and injuring at least 15 others, police said.

The harbour master, Lina Voss, said boats had been kept out of the inner basin all morning.

The cause of the fire was not immediately known, and Karsk Timber said it was working with investigators.

— NMW"""


def _reported_lead(d: Doc) -> Doc:
    """The report with its lead's clause before ", police said" as an attribution's content (as
    the parse gives it for most leads)."""
    lead_end = d.body.index(", police said")
    lead_start = d.body.rfind("\n", 0, lead_end) + 1
    d.record.attributions = [SimpleNamespace(where="body", speaker=None, cue=None,
                                             content=[SimpleNamespace(start=lead_start, end=lead_end)])]
    return d


def test_a_rewrite_crediting_the_wire_takes_its_lead_from_the_wire_not_a_sibling():
    """Two papers rewrote a wire's fire report; the second credits the wire ("— NMW"), dropped
    its demonym and swapped a verb in its lead (reported speech, "police said": alone, no
    evidence under ratio 90), and retold its statement sentence without "in a statement". The
    sibling paper's lead is closer to it (it made the same edits but the verb), but the credit
    says whose it is: both sentences are the wire's, nothing is the sibling's. The wire's
    dateline ("KARSK, Osterlund (NMW) — ") is none of its lead's words."""
    day = dict(published="2026-05-11")
    wire = _reported_lead(_doc("nmw-karsk-fire.txt", KARSK_WIRE.split("\n\n", 1)[1], publisher="North-Meridian Wire", **day))
    sibling = _reported_lead(_doc("karskdaily-fire.html", KARSK_SIBLING.split("\n\n", 1)[1], publisher="Karsk Daily", **day))
    target = _reported_lead(_doc("baytimes-fire.html", KARSK_TARGET.split("\n\n", 1)[1], publisher="Bay Times", **day))
    assert reuse.split(0, wire.body, wire.record)[0].norm.startswith("a fire swept")
    assert reuse.split(0, wire.body, wire.record)[0].reported
    found = _found([wire, sibling, target])
    pairs = _pairs(found)
    assert ("nmw-karsk-fire.txt", "baytimes-fire.html", True) in pairs, [r.to_json() for r in found]
    assert not any(t == "baytimes-fire.html" and s != "nmw-karsk-fire.txt" for s, t, _ in pairs), pairs
    got = " ".join(t for r in found if r.target.name == "baytimes-fire.html" for t in _texts(r))
    assert "A fire tore through" in got and "Karsk Timber said it was working" in got, got
    # a paper that does not credit the wire and rewrites the statement sentence so has not
    # shown whose it is: the company's words, not evidence
    plain = _doc("baytimes-fire.html", KARSK_TARGET.split("\n\n", 1)[1].replace("— NMW", ""), publisher="Bay Times", **day)
    got = " ".join(t for r in _found([wire, plain]) for t in _texts(r))
    assert "Karsk Timber" not in got, got


UN_HEAD = ["UNITED NATIONS", "Meetings Coverage and Press Releases"]

TIDE_RELEASE = """The Maritime Council today adopted a convention on the salvage of wrecks in the Narrow Sea, requiring shipowners to remove a wreck within 18 months of its sinking.

Adopting the convention by a vote of 21 in favour to none against, with 3 abstentions (Orsa, Tellen, Vask), the Council asked its secretariat to set up a salvage fund by March 2028.

"A wreck left on the seabed is a wound in our common waters," said Ambassador Ilse Varga of Tellen, speaking before the vote.

The meeting began at 10:05 a.m. and ended at 11:20 a.m."""

TIDE_RELEASE_2 = """The Maritime Council this afternoon renewed the mandate of its fisheries observers in the Tessel Bight for two years, asking them to report twice a year on catches of cod.

Adopting the resolution by a vote of 19 in favour to 2 against (Orsa, Mirn), with 3 abstentions (Tellen, Vask, Ardo), the Council asked its secretariat to set up a fishing register by May 2028.

The meeting began at 3:02 p.m. and ended at 3:48 p.m."""

TIDE_PAGE = """The Maritime Council adopted a convention on the salvage of wrecks in the Narrow Sea, requiring shipowners to remove a wreck within 18 months of its sinking.

Harbour pilots in Lindvik have complained for years about the hull of the Marta, which has lain off the port since 2019.

"A wreck left on the seabed is a wound in our common waters," Tellen's ambassador Ilse Varga told the council."""

TIDE_QUOTE_ONLY = """Tellen's fishermen welcomed the new salvage rules on the seabed of the Narrow Sea.

"A wreck left on the seabed is a wound in our common waters," Ambassador Ilse Varga said before the vote in the council chamber."""


def test_an_issuers_release_is_the_source_its_template_is_not_reuse():
    """A council's meetings-coverage release ("Meetings Coverage and Press Releases") and a page
    cut from it, both dated one day, no time: the release is the source. Its next release, of
    another meeting the next day, shares only the template ("Adopting ... by a vote of ...", "The
    meeting began at ...") with other figures: no reuse between the two. A delegate's quotation
    in it is the delegate's, said in public: a page that only quotes her takes nothing."""
    rel = _doc("mc-salvage.txt", TIDE_RELEASE, published="2026-09-14",
               removed=UN_HEAD + ["14 SEPTEMBER 2026"], title="Council Adopts Wreck Salvage Convention")
    rel2 = _doc("mc-fisheries.txt", TIDE_RELEASE_2, published="2026-09-15",
                removed=UN_HEAD + ["15 SEPTEMBER 2026"], title="Council Renews Fisheries Observers")
    page = _doc("lindvikpost-wrecks.html", TIDE_PAGE, published="2026-09-14", title="Council orders wrecks cleared")
    assert reuse._is_release(rel) and not reuse._is_release(page)
    found = _found([page, rel])
    assert _pairs(found) == [("mc-salvage.txt", "lindvikpost-wrecks.html", False)], [r.to_json() for r in found]
    found = _found([rel, rel2, page])
    assert _pairs(found) == [("mc-salvage.txt", "lindvikpost-wrecks.html", False)], [r.to_json() for r in found]
    quote = _analysed("tellenradio-wrecks.txt", TIDE_QUOTE_ONLY, "2026-09-14", "Tellen Radio")
    release = _analysed("mc-salvage.txt", TIDE_RELEASE, "2026-09-14", "Maritime Council")
    release.record.article.removed = UN_HEAD
    assert reuse._is_release(release)
    assert _found([quote, release]) == []


def test_small_edits_and_a_passive_are_found():
    """A demonym dropped, a verb swapped, a word changed, an active sentence made passive with its
    attribution added ("About 120 people were evacuated ..., rescuers said"): small edits of a
    wire's sentences, all three found (the passive one fails before)."""
    wire = _doc("nmw-quarry.txt", "\n\n".join([
        "A landslide at a Varnish limestone quarry near the village of Holt buried two excavators on Friday, the mining inspectorate said.",
        "Rescuers evacuated about 120 people from farms below the quarry face.",
        "The inspectorate ordered the quarry closed until its slopes have been surveyed by independent engineers.",
    ]), published="2026-06-05", publisher="North-Meridian Wire")
    page = _doc("holtnews-quarry.html", "\n\n".join([
        "A landslide at a limestone quarry near the village of Holt buried two diggers on Friday, the mining inspectorate said.",
        "About 120 people were evacuated from farms below the quarry face, rescuers said.",
        "The inspectorate ordered the quarry shut until its slopes have been surveyed by independent engineers.",
    ]), published="2026-06-05", publisher="Holt News")
    found = _found([page, wire])
    assert _pairs(found) == [("nmw-quarry.txt", "holtnews-quarry.html", False)], [r.to_json() for r in found]
    assert _target_sentences(found[0]) == 3, _texts(found[0])


# --- the eleventh to fourteenth corpora (invented11..invented14) -----------------------------


def _timed(name: str, body: str, published: str | None = None, at: str | None = None, publisher: str | None = None,
           removed: list[str] | None = None, dateline: str | None = None, title: str = "") -> Doc:
    """A report whose record gives its UTC instant of publication (`article.published_at`)."""
    d = _doc(name, body, published=published, publisher=publisher, removed=removed, dateline=dateline, title=title)
    d.record.article.published_at = at
    return d


LAMP_POST = """Today we are opening Brightwick, our first bakery school, in a former tram shed in Olsby with room for 24 students a term.

Every course lasts ten weeks and ends with a week of night shifts in a working bakery on the harbour.

We built the ovens ourselves from bricks salvaged from the old Olsby gasworks, which closed in 1987."""

LAMP_COPY = """Olsby baker Hanne Lamp is opening Brightwick, her first bakery school, in a former tram shed in Olsby with room for 24 students a term.

Every course lasts ten weeks and ends with a week of night shifts in a working bakery on the harbour.

The ovens were built from bricks salvaged from the old Olsby gasworks, which closed in 1987."""


def test_two_reports_of_one_day_are_ordered_by_the_hour():
    """A baker's own post (08:00 UTC) and a site's copy of it (13:25 UTC), both dated one day,
    neither crediting the other, the copy listed first: the instants decide, the post is the
    source. Where only one page has a time, the rules after the dates decide as before (a wire
    the other credits is the source); a live blog's instant is its first entry's, so its later
    entry taken from a wire stays the wire's."""
    post = _timed("lamp-blog.html", LAMP_POST, "2026-10-02", "2026-10-02T08:00Z")
    copy = _timed("abakerysite-lamp.html", LAMP_COPY, "2026-10-02", "2026-10-02T13:25Z")
    found = _found([copy, post])
    assert _pairs(found) == [("lamp-blog.html", "abakerysite-lamp.html", False)], [r.to_json() for r in found]
    assert _target_sentences(found[0]) == 3, _texts(found[0])
    # one time only: the credit decides
    wire = _timed("tarsel-lamp.txt", LAMP_POST.replace("Today we are opening Brightwick, our first", "Hanne Lamp opened Brightwick, her first"),
                  "2026-10-02", None, publisher="Tarsel Agency")
    paper = _timed("aolsbypost-lamp.html", LAMP_COPY + "\n\n(Tarsel)", "2026-10-02", "2026-10-02T06:00Z")
    assert _pairs(_found([paper, wire])) == [("tarsel-lamp.txt", "aolsbypost-lamp.html", True)]
    # a live blog opened before the wire's report takes its entry from the wire
    blog = _timed("alive-olsby.html", "09:40\n\n" + LAMP_COPY.split("\n\n")[1] + "\n\n10:15\n\nMore soon.\n\n11:30\n\n"
                  + LAMP_COPY.split("\n\n")[2], "2026-10-02", "2026-10-02T05:00Z", title="LIVE: Olsby harbour day")
    wire2 = _timed("tarsel-lamp.txt", LAMP_POST, "2026-10-02", "2026-10-02T09:00Z", publisher="Tarsel Agency")
    assert [(s, t) for s, t, _ in _pairs(_found([blog, wire2]))] == [("tarsel-lamp.txt", "alive-olsby.html")]


VNS_WIRE = """KORBACH, Mar 3 (VNS) - A district court in Korbach sentenced former roads official Emil Brandt to nine years in prison on Tuesday for taking bribes from three paving contractors.

Judge Ada Wendt said Brandt had accepted about 2.4 million marks between 2019 and 2023 in exchange for inflated road contracts.

Brandt's lawyer said he would appeal the verdict to the regional court in Halsted."""

VNS_PAPER = """A district court in Korbach sentenced former roads official Emil Brandt to nine years in jail on Tuesday for taking bribes from three paving contractors.

Judge Ada Wendt said Brandt had accepted about 2.4 million marks between 2019 and 2023 in exchange for inflated road contracts.

Brandt's lawyer said he would appeal the verdict to the regional court in Halsted.

With inputs from VNS"""


def test_an_undated_wire_is_not_the_copier_of_a_dated_rewrite_crediting_it():
    """A wire page set as text with no date, no publisher and a masthead naming the agency
    ("VELLAND NEWS SERVICE | ...") or none at all, its dateline signed "(VNS)"; a dated paper
    crediting it ("With inputs from VNS") and listed first: the credit decides, the wire is the
    source (it came out the paper's taker: nothing named the page's outlet)."""
    for removed in (["VELLAND NEWS SERVICE | NATIONAL"], []):
        wire = _timed("vns-brandt.txt", VNS_WIRE, None, None, removed=removed)
        paper = _timed("akorbachtimes-brandt.html", VNS_PAPER, "2026-03-03", "2026-03-03T15:00Z")
        found = _found([paper, wire])
        assert _pairs(found) == [("vns-brandt.txt", "akorbachtimes-brandt.html", True)], (removed, [r.to_json() for r in found])
    assert reuse._is_wire(_timed("vns-brandt.txt", VNS_WIRE, None, None, removed=["VELLAND NEWS SERVICE | NATIONAL"]))


HW_V1 = """(Adds mine company statement, paragraphs 2-3)

DREMMEL, Velland, Apr 9 (HW) - Rescuers pulled 11 miners alive from a flooded shaft at the Dremmel copper mine on Thursday, the regional rescue service said.

The miners, trapped by a burst underground river late on Tuesday, were carried to a field hospital at the pithead for checks, the rescue service said.

Two miners are still missing below the 400-metre level.

The Dremmel mine, owned by the state copper company Velkop, employs about 900 people on three shifts."""

HW_V3 = """(Recasts with second rescue, missing miner found dead)

DREMMEL, Velland, Apr 9 (HW) - Twelve miners were rescued alive from a flooded shaft at the Dremmel copper mine on Thursday and the body of a thirteenth was recovered, the rescue service said.

The miners, trapped by a burst underground river late on Tuesday, were carried to a field hospital at the pithead for checks, the rescue service said.

The dead miner was named as Oskar Pell, 58, a shift foreman who had worked at Dremmel for 31 years.

The Dremmel mine, owned by the state copper company Velkop, employs about 900 people on three shifts."""

HW_REWRITE_1 = """Rescuers pulled 11 miners alive from a flooded shaft at the Dremmel copper mine on Thursday, the regional rescue service said.

The miners, trapped by a burst underground river late on Tuesday, were taken to a field hospital at the pithead for checks, the rescue service said.

Families waited behind a fence at the mine gate through the night."""

HW_REWRITE_3 = """Twelve miners were rescued alive from a flooded shaft at the Dremmel copper mine on Thursday and the body of a thirteenth was recovered, the rescue service said.

The rescued miners, trapped by a burst underground river late on Tuesday, were carried to a field hospital at the pithead for checks.

The dead miner was named as Oskar Pell, 58, a shift foreman who had worked at Dremmel for 31 years."""


def test_rewrites_of_two_wire_versions_are_each_tied_to_their_version_not_each_other():
    """A wire known by its masthead only ("Halden Wire | 09 APR 2026 08:15 GMT", no publisher),
    versions 1 (08:15 UTC) and 3 (13:40 UTC); a site's rewrite of version 1 (09:05) and a paper's
    of version 3 (15:00, "With inputs from Halden Wire"), listed first. Each rewrite is the taker
    of its version (both came out as sources: the wire was no wire, its versions two outlets);
    the sentence both rewrites share (each took it from the version it used) ties neither to the
    other."""
    head = lambda t: ["Halden Wire | 09 APR 2026 " + t + " GMT"]
    v1 = _timed("hw-mine-update1.txt", HW_V1, "2026-04-09", "2026-04-09T08:15Z", removed=head("08:15"),
                title="UPDATE 1-Velland rescuers pull 11 miners alive")
    v3 = _timed("hw-mine-update3.txt", HW_V3, "2026-04-09", "2026-04-09T13:40Z", removed=head("13:40"),
                title="UPDATE 3-Twelve miners rescued, one found dead")
    r1 = _timed("adremmelpost-mine.html", HW_REWRITE_1, "2026-04-09", "2026-04-09T09:05Z")
    r3 = _timed("avellandtimes-mine.html", HW_REWRITE_3, "2026-04-09", "2026-04-09T15:00Z",
                removed=["With inputs from Halden Wire"])
    assert reuse._outlet(v1) == reuse._outlet(v3) == "masthead:halden wire"
    assert reuse._is_wire(v1)
    found = _found([r1, r3, v1, v3])
    pairs = {(s, t) for s, t, _ in _pairs(found)}
    assert ("hw-mine-update1.txt", "adremmelpost-mine.html") in pairs, pairs
    assert ("hw-mine-update3.txt", "avellandtimes-mine.html") in pairs, pairs
    assert ("hw-mine-update1.txt", "hw-mine-update3.txt") in pairs, pairs
    assert not {("adremmelpost-mine.html", "avellandtimes-mine.html"), ("avellandtimes-mine.html", "adremmelpost-mine.html")} & pairs, pairs
    r = next(r for r in found if (r.source.name, r.target.name) == ("hw-mine-update3.txt", "avellandtimes-mine.html"))
    assert r.credited and _target_sentences(r) == 3, _texts(r)


FIRE_RELEASE = """Arson investigators arrested two men on Monday in connection with a string of dumpster fires behind shops on Kell Street.

A third man was found nearby in a blue 2011 Ford Focus that had been reported stolen from Marlow on Jan. 4.

Investigators believe the three set at least nine fires between Jan. 2 and Jan. 19.

The men were booked into the Marlow County Jail on charges including arson and possession of a stolen vehicle."""

FIRE_COPY = """Arson investigators arrested two men on Monday in connection with a string of dumpster fires behind shops on Kell Street.

A third man was found nearby in a blue 2011 Ford Focus that had been reported stolen in Marlow on Jan. 4.

Investigators believe the three set at least nine fires between Jan. 2 and Jan. 19.

Shop owners on Kell Street had asked the city for brighter lights last autumn."""


def test_sentences_with_abbreviated_dates_are_found_whole():
    """A fire service's release copied nearly whole by a neighbourhood site: "stolen from Marlow
    on Jan. 4." and "between Jan. 2 and Jan. 19." were cut after each "Jan." into pieces too short
    to be evidence (two of four sentences missed); now joined again, all three are found."""
    rel = _doc("mfd-release.txt", "NEWS RELEASE - FOR IMMEDIATE RELEASE\n\n" + FIRE_RELEASE, published="2026-01-20",
               publisher="Marlow Fire Department")
    copy = _doc("kellstreetnews-fires.html", FIRE_COPY, published="2026-01-20")
    found = _found([copy, rel])
    assert _pairs(found) == [("mfd-release.txt", "kellstreetnews-fires.html", False)], [r.to_json() for r in found]
    assert _texts(found[0]) == ["\n\n".join(FIRE_COPY.split("\n\n")[:3])], _texts(found[0])


def test_a_list_of_names_shared_by_two_reports_is_no_wording():
    """Two stations' snow-day reports name the same closed schools in a list ("Closed today:
    Orme Valley Schools, ..." / "Orme Valley Schools, ... are also closed."): proper names shared,
    no wording taken (it came out a reuse pair)."""
    a = _doc("wkrs-snow.txt", "Snow closed schools across Orme County this morning, with more falling by noon.\n\n"
             "Closed today: Orme Valley Schools, Tarrow Public Schools, Greyhill Consolidated Schools and Saint Brede Academy.",
             published="2026-01-09", publisher="WKRS Radio")
    b = _doc("ormeledger-snow.html", "Eight inches of snow had fallen on Greyhill by dawn and the plows were behind.\n\n"
             "Orme Valley Schools, Tarrow Public Schools and Greyhill Consolidated Schools are also closed today.",
             published="2026-01-09", publisher="Orme Ledger")
    assert _found([a, b]) == []


def test_a_reworded_lead_with_a_changed_figure_is_part_of_the_passage():
    """A paper's rewrite of a wire: two sentences word for word and the lead recast ("announced
    Tuesday it will shut ..., cutting 380 jobs" for "will close ..., cutting 830 jobs ..., the
    company said Tuesday"): the lead was missed; beside the two it is part of the passage. Alone it
    is no evidence (two reports of one announcement tell it alike)."""
    lead_w = "Ostby Paper will close its pulp mill in Varn by the end of March, cutting 830 jobs at one of the region's largest employers, the company said Tuesday."
    lead_p = "Ostby Paper announced Tuesday it will shut its Varn pulp mill by the end of March, cutting 380 jobs."
    rest = ["The mill has struggled since a fire destroyed one of its two paper machines in 2024.",
            "Workers will be offered places at the company's mill in Stenby, 90 miles to the north."]
    wire = _doc("allied-ostby.txt", "\n\n".join([lead_w] + rest), published="2026-02-10", publisher="Allied Press Agency")
    paper = _doc("varnherald-ostby.html", "\n\n".join([lead_p] + rest), published="2026-02-10", publisher="Varn Herald")
    found = _found([paper, wire])
    assert _pairs(found) == [("allied-ostby.txt", "varnherald-ostby.html", False)]
    assert _target_sentences(found[0]) == 3, _texts(found[0])
    alone = _doc("varnherald-ostby.html", lead_p + "\n\nThe union said it would meet managers on Friday.", published="2026-02-10",
                 publisher="Varn Herald")
    assert _found([alone, wire]) == []


SOLE_RELEASE = """Children who ate breakfast at school every day scored 12% higher on reading tests after two years than those who did not, according to a study led by Ostmark University.

The study followed 3,214 pupils aged 7 to 11 in 28 schools across Velland between 2022 and 2025.

"Breakfast is the cheapest reading programme there is," said Professor Ilka Senn, who led the study.

###
About Ostmark University
Ostmark University is a public research university. Media contact: press@ostmark.example"""

SOLE_AGENCY = """OSTMARK, May 5 (VPA) - Children who ate breakfast at school every day scored 12 percent higher on reading tests after two years than those who did not, a study led by Ostmark University found.

The study followed more than 3,000 pupils aged 7 to 11 in 28 schools across Velland between 2022 and 2025, the university said on Tuesday.

Over the two years, 61 percent of the breakfast pupils reached the expected reading level, against 49 percent of the others.

The Education Ministry said it would ask its school board to review the findings before changing any guidance."""

SOLE_PAPER = """School breakfasts raised reading scores by 12 percent after two years, a study led by Ostmark University found.

The study followed more than 3,000 children aged 7 to 11 in 28 schools between 2022 and 2025.

Over the two years, 61 percent of the breakfast pupils reached the expected reading level, against 49 percent of the others.

The Education Ministry said it would ask its school board to review the findings."""


def test_a_paper_pasting_an_agencys_rewrite_of_a_release_is_the_agencys_taker():
    """A university's release, an agency's rewrite of it ("12 percent", "against 49 percent"), and
    a paper carrying the agency's wording word for word: the paper is the agency's taker, not the
    release's (the release came first as first hand, and the chain step walked back to it); its
    other sentences matching both go to the agency too, where they are as close to it."""
    rel = _doc("ostmarkuni-breakfast.txt", SOLE_RELEASE, published="2026-05-05", publisher="Ostmark University")
    agency = _doc("vpa-breakfast.txt", SOLE_AGENCY, published="2026-05-05", publisher="Velland Press Agency")
    paper = _doc("ostmarkpost-breakfast.html", SOLE_PAPER, published="2026-05-05", publisher="Ostmark Post")
    assert reuse._is_release(rel) and reuse._is_wire(agency)
    found = _found([rel, agency, paper])
    pairs = {(s, t) for s, t, _ in _pairs(found)}
    assert ("vpa-breakfast.txt", "ostmarkpost-breakfast.html") in pairs, pairs
    assert ("ostmarkuni-breakfast.txt", "ostmarkpost-breakfast.html") not in pairs, [r.to_json() for r in found]
    r = next(r for r in found if r.target.name == "ostmarkpost-breakfast.html")
    assert _target_sentences(r) == 4, _texts(r)


SPEECH_AGENCY = """KARVIK, Jun 2 (VPA) - Prime Minister Ilse Morrow asked parliament on Monday to approve 3.2 billion crowns for new rail lines in the north, the largest transport budget in two decades.

"We will not let the north wait another generation for a train, and we will not let the south pay for roads it never drives on," Morrow told lawmakers.

The plan, which she called the Northern Line Bill, includes a training fund for about 4,000 rail workers in the Varn valley.

"This budget is the biggest promise this government has made, and every crown of it will be spent on steel laid in our own country," she said."""

SPEECH_PAPER = """Prime Minister Ilse Morrow asked parliament on Monday to approve 3.2 billion crowns for new rail lines in the north, the largest transport budget in two decades.

"We will not let the north wait another generation for a train," Morrow told lawmakers.

The plan includes a training fund for about 4,000 rail workers in the Varn valley, where the Post met track crews outside the Holm depot on Sunday evening.

"This budget is the biggest promise this government has made," she said."""


def test_cut_quotations_and_a_trimmed_sentence_beside_a_lead_are_one_passage():
    """A paper took an agency's speech report: the lead whole, both quotations cut short with
    their frames ("Morrow told lawmakers", "she said") and a sentence with a clause dropped and one
    of its own added. Only the lead was found; the cut quotations count beside two sentences taken
    anyway, and the paper took one. Together (the lead and three pieces) they are one passage taken
    and cut; a paper that shares only the two cut quotations has taken nothing."""
    agency = _doc("vpa-rail.txt", SPEECH_AGENCY, published="2026-06-02", publisher="Velland Press Agency")
    paper = _doc("karvikpost-rail.html", SPEECH_PAPER, published="2026-06-02", publisher="Karvik Post")
    found = _found([agency, paper])
    assert _pairs(found) == [("vpa-rail.txt", "karvikpost-rail.html", False)]
    assert _target_sentences(found[0]) == 4, _texts(found[0])
    quotes = _doc("karvikpost-rail.html", "\n\n".join(SPEECH_PAPER.split("\n\n")[1::2]), published="2026-06-02",
                  publisher="Karvik Post")
    assert _found([agency, quotes]) == []


def test_a_standard_results_line_alone_is_no_reuse():
    """Two dailies' own reports of one company's results share one sentence, the standard results
    line ("Net sales rose 9 per cent to Rs 3,150 crore."): each wrote it from the filing (the
    issue's reuse is wording found through small edits; this line has no wording of its own
    besides its figures). No pair; beside two sentences taken anyway it is part of the passage."""
    a = _doc("ledger-tarun.html", "Tarun Cables posted its best quarter in six years as orders from telecom operators picked up.\n\n"
             "Net sales rose 9 per cent to Rs 3,150 crore.\n\nChief executive Mira Das told analysts on a call that margins would hold.",
             published="2026-11-03", publisher="Financial Ledger")
    b = _doc("sentinel-tarun.txt", "Tarun Cables beat estimates for the second quarter running, helped by lower copper prices.\n\n"
             "Net sales rose 9 per cent to Rs 3,150 crore.\n\nThe shares closed 2.1 per cent higher in Kestrabad.",
             published="2026-11-03", publisher="Business Sentinel")
    assert reuse._figure_line(reuse.split(0, "Net sales rose 9 per cent to Rs 3,150 crore.")[0])
    assert _found([a, b]) == []
    copy = _doc("sentinel-tarun.txt", a.body.replace("Financial", ""), published="2026-11-04", publisher="Business Sentinel")
    found = _found([a, copy])
    assert [(s, t) for s, t, _ in _pairs(found)] == [("ledger-tarun.html", "sentinel-tarun.txt")]
    assert _target_sentences(found[0]) == 3, _texts(found[0])


# --- the fifteenth and sixteenth corpora (invented15, invented16) ------------------------------

QUARRY_STATEMENT = """Statement No. 88/2026

Issued: 4 March 2026, 09:00 · Office of the Chief Mining Inspector

The Ministry of Industry has ordered the Holmvik granite quarry to stop blasting after cracks appeared in eleven houses on Ridge Street.

Inspectors measured vibrations three times above the legal limit during a blast on Monday afternoon.

The quarry may not resume work until an independent survey of the street has been completed and reviewed by the ministry.

Residents can report damage to the inspectorate by telephone until 20 March."""

QUARRY_WIRE = """The Ministry of Industry has ordered the Holmvik granite quarry to stop blasting after cracks appeared in eleven houses on Ridge Street, it said on Wednesday.

Inspectors measured vibrations three times above the legal limit during a blast on Monday afternoon, the ministry said.

The quarry may not resume work until an independent survey of the street has been completed and reviewed by the ministry, the statement added.

The quarry's owner, Fjellstad Stone, did not answer calls from the news service."""


def test_a_ministrys_statement_page_is_the_source_of_a_wire_crediting_the_ministry():
    """A ministry's statement page (its time only in the body, no instant) and a wire's rewrite of
    it the same morning (an instant, "the ministry said"): the wire came out the source (a wire
    before a page that names no wire). An issuer's own page, known by its publisher's name or its
    statement form, is the source, and the wire that attributes the words to the ministry credits
    it."""
    ministry = _doc("moi-quarry.html", QUARRY_STATEMENT, published="2026-03-04", title="Statement on blasting at the Holmvik quarry",
                    publisher="Ministry of Industry of the Republic of Velland")
    wire = _timed("vns-quarry.txt", QUARRY_WIRE, published="2026-03-04", at="2026-03-04T09:40Z",
                  publisher="Velland News Service", dateline="HOLMVIK, 4 March (VNS)")
    assert reuse._is_wire(wire) and reuse._is_issuer(ministry) and not reuse._is_issuer(wire)
    for docs in ([wire, ministry], [ministry, wire]):
        found = _found(docs)
        assert _pairs(found) == [("moi-quarry.html", "vns-quarry.txt", True)], [r.to_json() for r in found]
        assert _target_sentences(found[0]) == 3, _texts(found[0])
    # known by its statement form alone, with no publisher
    bare = _doc("moi-quarry.html", QUARRY_STATEMENT, published="2026-03-04", title="Quarry")
    assert reuse._is_issuer(bare)
    assert _pairs(_found([wire, bare]))[0][:2] == ("moi-quarry.html", "vns-quarry.txt")


REGATTA_RELEASE = """12.06.2026 · 21:05 · Communications

Velland's women won the Baltic regatta for the second year running on Friday, finishing ahead of Osterholm by eleven seconds in the final race off Karvik.

Helmsman Ada Lind steered the boat through a late squall that capsized two of the six crews.

The team will defend its world title in Portsmouth in September."""

REGATTA_WIRE = """Velland's women won the Baltic regatta for the second year running on Friday, finishing ahead of Osterholm by eleven seconds in the last race off Karvik.

Helmsman Ada Lind steered the boat through a late squall that capsized two of the six crews, the sailing federation said.

Osterholm had led after the first four races."""


def test_a_federations_release_is_the_source_of_the_wire_the_same_evening():
    """A federation's release (its head line "SENIOR TEAM · PRESS RELEASE", no instant) and a
    wire's rewrite at 20:10 GMT the same evening, crediting no one by name: the federation's page
    is the source, and "the sailing federation said" credits it."""
    fed = _doc("vsf-regatta.html", REGATTA_RELEASE, published="2026-06-12", publisher="Velland Sailing Federation",
               removed=["SENIOR TEAM · PRESS RELEASE", "Velland win the Baltic regatta again"])
    wire = _timed("vpn-regatta.txt", REGATTA_WIRE, published="2026-06-12", at="2026-06-12T20:10Z",
                  publisher="Velland Press Network", dateline="KARVIK, June 12 (VPN)")
    assert reuse._is_release(fed)
    found = _found([wire, fed])
    assert _pairs(found) == [("vsf-regatta.html", "vpn-regatta.txt", True)], [r.to_json() for r in found]
    assert _target_sentences(found[0]) == 2, _texts(found[0])


LIBRARY_COUNCIL = """The central library on Mill Square will close for six months from 1 October while the council replaces its roof and heating.

Books can be borrowed from a temporary branch in the old post office on Station Road, open six days a week.

The work will cost about 4.2 million crowns, paid from the council's building fund."""

LIBRARY_ITEM = """The central library on Mill Square will close for six months from 1 October while the council replaces its roof and heating.

Books can be borrowed from a temporary branch in the old post office on Station Road, which will open six days a week, the council said.

Readers on the site's forum asked why the work could not wait until spring."""


def test_a_councils_news_page_is_the_source_of_a_news_sites_feed_item():
    """A town council's news page (no instant) and a news site's RSS item of the same afternoon
    (an instant; listed first): the council's page is the source; the item credits the council."""
    council = _doc("holmcouncil-library.html", LIBRARY_COUNCIL, published="2026-09-15", publisher="Holmvik Town Council",
                   removed=["Library to close for roof repairs", "Published: 15 September 2026"])
    item = _timed("holmlocal-rss-library.txt", LIBRARY_ITEM, published="2026-09-15", at="2026-09-15T14:20Z")
    item.url = "https://holmlocal.example/news/2026/09/library"
    assert reuse._is_issuer(council) and not reuse._is_issuer(item)
    found = _found([item, council])
    assert _pairs(found) == [("holmcouncil-library.html", "holmlocal-rss-library.txt", True)], [r.to_json() for r in found]


def test_outlets_are_not_issuers():
    """Two outlets stay outlets whatever their names hold ("Council Herald", an agency, a radio):
    between them the old rules decide (here the earlier instant), never the issuer rule."""
    for pub in ("The Council Herald", "Harbour Line Agency", "Radio Holmvik 98.1", "Velland News Service",
                "Federation Daily", "Ministry Watch Weekly"):
        assert not reuse._is_issuer(_doc("x.html", "A line of text with enough words in it to be a body.", publisher=pub)), pub
    for pub in ("Ministry of Health", "Holmvik Municipality", "Velland Handball Federation", "University of Karvik",
                "Velland Environment Agency", "Fjellstad Stone plc"):
        assert reuse._is_issuer(_doc("x.html", "A line of text with enough words in it to be a body.", publisher=pub)), pub
    a = _timed("herald-library.html", LIBRARY_COUNCIL, published="2026-09-15", at="2026-09-15T15:00Z", publisher="The Council Herald")
    b = _timed("vns-library.txt", LIBRARY_ITEM, published="2026-09-15", at="2026-09-15T14:20Z", publisher="Velland News Service")
    assert [(s, t) for s, t, _ in _pairs(_found([a, b]))] == [("vns-library.txt", "herald-library.html")]


FERRY_FIRST = """A cargo ship ran aground on a sandbank at the mouth of the Orsa river on Thursday night, blocking the channel to the port of Selm, the coast guard said.

The 140-metre Nordholm Star, owned by Varn Shipping, was leaving Selm with a load of timber when it lost steering in strong winds about two kilometres from the harbour wall.

None of the 18 crew was hurt."""

FERRY_UPDATE = """Tugs failed on Friday to pull the cargo ship Nordholm Star off a sandbank at the mouth of the Orsa river, and the port of Selm stayed closed to all traffic, the harbour master said.

Two tugs from Karvik will try again at high tide on Saturday morning.

The 140-metre Nordholm Star, owned by Varn Shipping, was leaving Selm with a load of timber when it lost steering in strong winds about two kilometres from the harbour wall.

Varn Shipping said the ship was not leaking fuel."""

FERRY_PAPER = """Tugs failed on Friday to pull the cargo ship Nordholm Star off a sandbank at the mouth of the Orsa river, and the port of Selm stayed closed, the harbour master said.

Two tugs from Karvik will try again at high tide on Saturday.

The 140-metre Nordholm Star, run by Varn Shipping, was leaving Selm with a load of timber when it lost steering in strong winds about two kilometres from the harbour wall.

Timber merchants in Selm said the closure was costing them a day of sales."""

FERRY_LIVE = """22:10 - We are hearing that a ship has run aground near the harbour wall. Police have closed the pier.

22:25 - The agency SNA reports: The 140-metre Nordholm Star, owned by Varn Shipping, was leaving Selm with a load of timber when it lost steering in strong winds about two kilometres from the harbour wall.

23:05 - The coast guard says the crew are safe on board and will stay there overnight."""


def test_a_live_entry_crediting_a_wires_first_version_is_tied_to_it():
    """A wire's first version and its UPDATE 2 (one outlet) carry one paragraph word for word; a
    paper rewrote UPDATE 2 (that paragraph too, "run by"); a live blog's entry quotes the agency's
    paragraph whole, crediting it ("The agency SNA reports: ..."). One shared sentence made the
    paragraph the wire's stock line, so the live entry went to the paper. A version marked as
    one ("UPDATE 2-") carries the earlier one's paragraph as story text: the entry goes to the
    first version, credited, and the update is tied to the first version."""
    first = _timed("sna-ship-aground.txt", FERRY_FIRST, published="2026-10-01", at="2026-10-01T21:10Z",
                   publisher="Selm News Agency", dateline="SELM, Oct 1 (SNA)", title="Cargo ship runs aground off Selm")
    update = _timed("sna-ship-update.txt", FERRY_UPDATE, published="2026-10-02", at="2026-10-02T09:30Z",
                    publisher="Selm News Agency", dateline="SELM, Oct 2 (SNA)", title="UPDATE 2-Tugs fail to free ship off Selm")
    paper = _timed("selmpost-ship.html", FERRY_PAPER, published="2026-10-02", at="2026-10-02T11:00Z", publisher="Selm Evening Post")
    live = _timed("karvikdaily-ship-live.html", FERRY_LIVE, published="2026-10-02", at="2026-10-01T22:10Z",
                  publisher="Karvik Daily", title="LIVE: Cargo ship aground off Selm - latest")
    assert reuse._version(update) == 2 and reuse._live(live)
    found = _found([first, update, paper, live])
    pairs = {(s, t): c for s, t, c in _pairs(found)}
    assert pairs.get(("sna-ship-aground.txt", "karvikdaily-ship-live.html")) is True, pairs
    assert ("selmpost-ship.html", "karvikdaily-ship-live.html") not in pairs, pairs
    assert ("sna-ship-aground.txt", "sna-ship-update.txt") in pairs, pairs
    assert ("sna-ship-update.txt", "selmpost-ship.html") in pairs, pairs


def test_two_source_sentences_joined_into_one_are_part_of_the_passage():
    """The wire joined two of the ministry's sentences into one and hung its attribution on it
    ("... three roofs collapsed. Forty families are sleeping in the school gym ..." / "... three
    roofs collapsed, and forty families are sleeping in the school gym ..., the ministry said in a
    statement"): under 60% of its words are in either sentence, so it was missed beside the three
    sentences the wire took anyway. Read against the two together it is part of the passage; a
    report sharing only that joined sentence has taken nothing."""
    statement = QUARRY_STATEMENT.replace(
        "Residents can report",
        "Eleven houses have cracked walls and three roofs collapsed overnight. Forty families are sleeping in the school gym on Birch Lane until engineers check the street.\n\nResidents can report")
    wire = QUARRY_WIRE.replace(
        "The quarry's owner",
        "Eleven houses have cracked walls and three roofs collapsed overnight, and forty families are sleeping in the school gym on Birch Lane until engineers check the street, the ministry said in a statement.\n\nThe quarry's owner")
    ministry = _doc("moi-quarry.html", statement, published="2026-03-04", publisher="Ministry of Industry of the Republic of Velland")
    news = _timed("vns-quarry.txt", wire, published="2026-03-04", at="2026-03-04T09:40Z", publisher="Velland News Service")
    found = _found([news, ministry])
    assert _pairs(found) == [("moi-quarry.html", "vns-quarry.txt", True)], [r.to_json() for r in found]
    assert any("forty families" in t for t in _texts(found[0])), _texts(found[0])
    assert _target_sentences(found[0]) == 4, _texts(found[0])
    alone = _timed("vns-quarry.txt", wire.split("\n\n")[3] + "\n\nThe quarry's owner, Fjellstad Stone, did not answer calls.",
                   published="2026-03-04", at="2026-03-04T09:40Z", publisher="Velland News Service")
    assert _found([alone, ministry]) == []


# --- the nineteenth and twentieth corpora (invented19, invented20) ----------------------------

SMOG_WIRE = [
    "LANDRO, 4 March (NPA) - Smog from traffic and wood stoves cut the lives of an estimated 2,700 people in Tessaly last year, the Clean Air Office said on Wednesday in its yearly review.",
    "Soot levels in the port city of Landro averaged 17.8 micrograms per cubic metre in 2025, more than three times the health guideline, though under the legal ceiling of 25.",
    "Ozone passed the summer alert threshold on 19 days at the office's 31 coastal monitors, most of them near the container terminals.",
    "Soot levels across the country fell by 4 percent from the year before, which the office put down to a windy autumn.",
    "\"The air over Tessaly is better than it was in 2015, but it is still shortening lives,\" office chief Marit Halvorsen {cue}. \"Most of what is left comes from exhausts and chimneys.\"",
    "Doctors' groups called for a ban on diesel lorries in the old town.",
]
SMOG_TV = [
    "Smog from traffic and wood stoves cut the lives of an estimated 2,700 people in Tessaly last year, according to the Clean Air Office's yearly review.",
    "Soot levels in Landro averaged 17.8 micrograms per cubic metre in 2025, more than three times the health guideline, though under the legal ceiling.",
    "Ozone passed the summer alert threshold on 19 days at the office's 31 coastal monitors, most of them near the container terminals.",
    "In Bregny, the second port, the mean soot level was 15.1 micrograms, and its ferry quay monitor read the highest ozone level in the country.",
    "\"The air over Tessaly is better than it was in 2015, but it is still shortening lives,\" said office chief Marit Halvorsen.",
    "Bregny's harbour master, Tove Lund, said ferries would switch to shore power next year.",
]


def _smog(cue: str) -> tuple[Doc, Doc]:
    wire = _doc("npa-smog.txt", "\n\n".join(SMOG_WIRE).replace("{cue}", cue), published="2026-03-04",
                publisher="Norrvik Press Agency")
    tv = _doc("tv5-smog.html", "\n\n".join(SMOG_TV), published="2026-03-04", publisher="TV5 News")
    return wire, tv


def test_a_quotation_told_to_reporters_reworded_is_not_reuse_beside_a_passage_taken():
    """The wire's director "told reporters" her words; a TV site rewrote the wire's first three
    sentences and quotes her with the attribution reworded ("said office chief ..."), after
    sentences of its own. Words said to the press were there for every outlet to record: the
    quotation is no part of what the site took (invented19's air-quality report). Said to no one
    in particular ("said"), the same sentence stays part of the passage, as before."""
    wire, tv = _smog("told reporters")
    found = _found([tv, wire])
    assert _pairs(found) == [("npa-smog.txt", "tv5-smog.html", False)], [r.to_json() for r in found]
    assert not any("shortening lives" in t for t in _texts(found[0])), _texts(found[0])
    assert _target_sentences(found[0]) == 3, _texts(found[0])
    for cue in ("told a news conference", "said at a press briefing"):
        wire, tv = _smog(cue)
        assert not any("shortening lives" in t for r in _found([tv, wire]) for t in _texts(r)), cue
    wire, tv = _smog("said")
    found = _found([tv, wire])
    assert any("shortening lives" in t for t in _texts(found[0])), _texts(found[0])


WAITS_WIRE = [
    "MARLOW, Nov 3 (NRA) - More than 4,200 tenants in Marlow have waited longer than six months for repairs to their homes, a survey by the tenants' union Marlow Homes Watch said on Tuesday.",
    "The survey found that 4,218 council tenants in the Marlow district had waited more than six months for repairs at the end of September, up from 3,904 at the same point a year earlier.",
    "Of those, 611 had waited more than a year, most of them for damp, broken heating and leaking roofs.",
    "The council said it had hired two new repair firms in the summer.",
]
WAITS_PAPER = [
    "Hundreds of Marlow tenants have been living with damp and broken boilers for over a year, a new survey shows.",
    "Of those, 661 had waited more than a year, most of them for damp, broken heating and leaking roofs.",
    "The survey found that 4,218 council tenants in the Marlow district had waited more than six months for repairs at the end of September.",
    "Pensioner Ada Kroll, 81, has had a bucket under her kitchen ceiling since January.",
]


def _with_reported(d: Doc, cue: str) -> Doc:
    """The report with each sentence's words after `cue` ("The survey found that") as an
    attribution's content, as the parse gives it."""
    spans = []
    for m in re.finditer(re.escape(cue), d.body):
        end = d.body.find("\n", m.end())
        spans.append(SimpleNamespace(start=m.end(), end=len(d.body) if end < 0 else end))
    d.record.attributions = [SimpleNamespace(where="body", speaker=None, cue=None, content=[c]) for c in spans]
    return d


def test_a_reported_sentence_copied_with_its_closing_clause_dropped_is_reuse():
    """A paper takes the wire's "The survey found that 4,218 ..." word for word but for its closing
    clause (", up from 3,904 at the same point a year earlier"), beside one more sentence taken with a figure
    changed (invented20's waiting list). The sentence reports a survey's finding, so it was taken
    for a third party's words each outlet words its own way, counted only beside two sentences
    taken anyway; but 20 words copied in their order, only a clause cut, are the wire's wording."""
    wire = _with_reported(_doc("nra-repairs.txt", "\n\n".join(WAITS_WIRE), published="2026-11-03",
                               publisher="Northern Regions Agency"), "The survey found that ")
    paper = _with_reported(_doc("marlowpost-repairs.html", "\n\n".join(WAITS_PAPER), published="2026-11-04",
                                publisher="Marlow Post"), "The survey found that ")
    found = _found([paper, wire])
    assert _pairs(found) == [("nra-repairs.txt", "marlowpost-repairs.html", False)], [r.to_json() for r in found]
    assert any("4,218 council tenants" in t for t in _texts(found[0])), _texts(found[0])
    assert _target_sentences(found[0]) == 2, _texts(found[0])
    # the same finding worded anew ("The survey showed 4,218 ... had been waiting ...") is no copy
    paper2 = _with_reported(_doc("marlowpost-repairs.html", "\n\n".join(WAITS_PAPER).replace(
        "The survey found that 4,218 council tenants in the Marlow district had waited more than six months for repairs at the end of September.",
        "The survey found that at the end of September 4,218 council tenants in the Marlow district had been waiting over six months for repairs."),
        published="2026-11-04", publisher="Marlow Post"), "The survey found that ")
    assert not any("4,218 council tenants" in t for r in _found([paper2, wire]) for t in _texts(r))


HEAT_RELEASE = """NATIONAL INSTITUTE OF WATER SAFETY (NIWS)
Statistics release

Drownings in lakes and rivers, summer 2026
Release date: Tuesday 8 September 2026, 09:30

Main points

An estimated 212 people drowned in Talmark's lakes and rivers between June and August, the most since records began in 1991.

Most of the drownings happened during the heatwave of 14 to 28 July, when the water temperature in Lake Orsa reached 26.1C, a new record.

Men aged 18 to 30 accounted for 58 percent of the drownings.

Rescues of swimmers in difficulty by lifeguards on guarded beaches rose to 1,340 during the summer, compared with about 700 in an average year.

Comment
Dr Eskil Varn, head of injury prevention at NIWS, said: "Cold water still kills in a heatwave. Most of these young men were strong swimmers who had drunk alcohol and swam out alone from unguarded shores."

Enquiries: press@niws.tm"""

HEAT_WIRE = """TALMARK NEWS AGENCY (TNA)
8.9.2026 12:05

Summer drownings highest on record, institute says

ORSA, 8 September (TNA) - A record 212 people drowned in Talmark's lakes and rivers this summer, the National Institute of Water Safety (NIWS) said on Tuesday.

Most of the drownings happened during the heatwave of 14 to 28 July, when the water temperature in Lake Orsa reached 26.1C, a record.

Men aged 18 to 30 accounted for 58 percent of the drownings, and rescues of swimmers in difficulty by lifeguards on guarded beaches nearly doubled to 1,340.

"Most of these young men were strong swimmers who had drunk alcohol and swam out alone from unguarded shores," said Dr. Eskil Varn, who heads injury prevention at the institute.

The sports ministry said it would pay for lifeguards at 40 more beaches next summer."""


def test_a_public_institutes_statistics_release_is_an_issuers_page():
    """A public institute's statistics release ("National Institute of ...", "Statistics release",
    "Release date: ...") is its issuer's own page: its head's quotation, taken whole with the
    attribution reworded, counts on its own, and with it the wire's sentence joining two of the
    release's (invented19's excess-deaths release: one sentence of four found)."""
    head, body = HEAT_RELEASE.split("\n\nMain points\n\n")
    release = _doc("niws-drownings.txt", body, published="2026-09-08", publisher="National Institute of Water Safety (NIWS)",
                   removed=[ln for ln in head.split("\n") if ln and not ln.startswith("Drownings")] + ["Main points"],
                   title="Drownings in lakes and rivers, summer 2026")
    whead, wbody = HEAT_WIRE.split("\n\nORSA, 8 September (TNA) - ")
    wire = _doc("tna-drownings.txt", wbody, published="2026-09-08", publisher="Talmark News Agency (TNA)",
                removed=whead.split("\n")[:2], dateline="ORSA, 8 September (TNA)",
                title="Summer drownings highest on record, institute says")
    found = _found([wire, release])
    assert _pairs(found) == [("niws-drownings.txt", "tna-drownings.txt", True)], [r.to_json() for r in found]
    texts = _texts(found[0])
    assert any("strong swimmers" in t for t in texts), texts
    assert any("nearly doubled to 1,340" in t for t in texts), texts
    assert _target_sentences(found[0]) == 3, texts
    # a news outlet named so ("Institute Street News") is no issuer
    assert not reuse._is_issuer(_doc("x.html", "Text.", publisher="Institute Street News"))


@pytest.mark.parametrize("publisher, head", [
    ("Harlow Stores PLC", []),  # a company's suffix in capitals
    ("Ambry Growers", ["AMBRY GROWERS", "Statement to members and the media"]),
    ("Ambry Growers", ["AMBRY GROWERS", "Regulatory announcement"]),
    ("Ambry Growers", ["AMBRY GROWERS", "Stock exchange release"]),
])
def test_an_issuers_head_line_or_capital_suffix_makes_it_the_source(publisher, head):
    """The forty-sixth corpus (post hoc): a cooperative's "Statement to members and the media" and a
    company's "Regulatory announcement", each rewritten by a wire the same day with an instant the
    release does not give: the issuer is the source, not the wire (before, the wire was)."""
    firm = _doc("firm.txt", "\n\n".join(FIRE), published="2026-03-04", publisher=publisher, removed=head)
    wire = _doc("bwire.txt", "\n\n".join(FIRE[:3]), published="2026-03-04", publisher="Meridian Business Wire")
    wire.record.article.published_at = "2026-03-04T08:15Z"
    assert reuse._is_issuer(firm) or reuse._is_release(firm)
    assert [(a, b) for a, b, _ in _pairs(reuse.find([wire, firm]))] == [("firm.txt", "bwire.txt")]


def test_a_statement_about_a_release_is_no_issuers_head():
    wire = _doc("bwire.txt", "\n\n".join(FIRE[:3]), published="2026-03-04", publisher="Meridian Business Wire",
                removed=["MERIDIAN BUSINESS WIRE", "Companies | M&A | 01 Dec 2026 09:15 CET"])
    assert not reuse._is_issuer(wire) and not reuse._is_release(wire)


MONITOR = ["Swarms of grey moths have stripped about 2,100 hectares of orchards in the upper Selm valley since 3 May, "
           "field teams report.",
           "The largest swarm, seen near Orvik on Sunday, covered about 6 kilometres of hillside.",
           "Teams counted up to 60 moths per branch in the worst-hit apple orchards.",
           "Spraying is planned for Wednesday if the wind drops."]


def test_a_wire_crediting_a_page_known_by_its_masthead_takes_from_it():
    """invented110: a monitoring group's situation update with no publisher the extractor read, only
    the masthead it removed ("MothWatch Selmia"), and a wire's copy the same day that says "the crop
    monitoring group MothWatch said": the page is credited by its masthead's name, or the coined word
    of it, and is the source."""
    page = _doc("mothwatch-update.txt", "\n\n".join(MONITOR), published="2026-05-11", publisher=None,
                removed=["MothWatch Selmia", "Situation update No. 2"])
    wire = _doc("meridian-moths.txt", "\n\n".join(
        [MONITOR[0].replace("field teams report", "the crop monitoring group MothWatch said on Monday")]
        + MONITOR[1:3] + ["Fruit growers in Orvik said they had lost most of the early cherries."]),
        published="2026-05-11", publisher="Meridian Wire")
    assert _pairs(reuse.find([wire, page])) == [("mothwatch-update.txt", "meridian-moths.txt", True)]
    assert reuse._names(page) == ["MothWatch Selmia", "MothWatch"]


LEDGER = ["Private donations to Ostria's political parties rose by almost half last year to nearly 15 million "
          "marks, our analysis of the filings shows.",
          "The Civic Party took 6.1 million marks, more than the next three parties combined.",
          "Eleven donors gave more than 250,000 marks each, against four the year before."]


def test_a_wire_crediting_a_group_by_the_first_words_of_its_name_takes_from_it():
    """invented118: a transparency group's page published as "Open Ledger Mereval" (its name and its
    country) and a wire's copy the same day that says "the transparency group Open Ledger said": the
    first two words of a name of three that ends in a place or a qualifier credit it; an outlet's
    name that ends in what it is ("Marlo Bay Times") is not credited by its place ("Marlo Bay")."""
    page = _doc("fairledger-donations.html", "\n\n".join(LEDGER), published="2026-05-11",
                publisher="Fair Ledger Ostria")
    wire = _doc("meridian-donations.txt", "\n\n".join(
        [LEDGER[0].replace("our analysis of the filings shows", "the transparency group Fair Ledger said on Thursday")]
        + LEDGER[1:] + ["The finance ministry said it would look at the rules on gifts."]),
        published="2026-05-11", publisher="Meridian Wire")
    assert _pairs(reuse.find([wire, page])) == [("fairledger-donations.html", "meridian-donations.txt", True)]
    times = _doc("marlobaytimes-x.html", LEDGER[1], publisher="Marlo Bay Times")
    assert "Marlo Bay" not in reuse._names(times)


RESCUE = ["The passenger ferry Sella Ven capsized at about 05:40 this morning three nautical miles south of "
          "Little Vorra, on a scheduled crossing from Port Anselm.",
          "According to the passenger list, 186 people were on board.",
          "So far 171 people have been rescued, four people have died and 11 people are missing."]


def test_a_wire_adding_the_rescue_centre_said_takes_from_the_centre():
    """invented116: a maritime rescue centre's incident statement (no clock with a zone) and a
    news agency's copy of its sentences the same day with ", the rescue centre said." added at one
    of their ends: a rescue centre, a coastguard, a regulator or a directorate is an issuer whose
    attribution, added to another's sentence, makes the other the source."""
    centre = _doc("mrcc-ferry.txt", "\n\n".join(RESCUE), published="2026-07-19",
                  publisher="Maritime Rescue Coordination Centre Port Anselm")
    wire = _doc("cna-ferry.txt", "\n\n".join(
        [RESCUE[0].replace("this morning", "on Sunday"), RESCUE[1][:-1] + ", the rescue centre said."] + RESCUE[2:]
        + ["Survivors wrapped in blankets were brought ashore at Port Anselm throughout the morning."]),
        published="2026-07-19", publisher="Carvessan News Agency")
    wire.record.article.published_at = "2026-07-19T11:45Z"
    assert _pairs(reuse.find([wire, centre])) == [("mrcc-ferry.txt", "cna-ferry.txt", True)]
