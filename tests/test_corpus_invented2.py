"""The second invented multi-outlet corpus (tests/data/corpus/invented2: 31 pages, 10 stories,
written blind after the first) scored with the shared scorer, and the failure classes it showed,
each with its own case written for this file.

Floors sit just under the scores after the fixes (blind, before them: stories B3 F1 85.2, pairs
69.6, reuse article pairs F1 20.0 with 7 reversed, passages F1 22.8, disagreements P 76.9 R 76.9
with one false alarm; after: stories 97.5 and pairs 100 (corpus/stories.py's date window), reuse
100 / 100 with none reversed, disagreements P 100 R 92.3 with no false alarm). What is left: the
Solvek Times's own march report is a story of its own, so its crowd of 60,000 meets the police's
25,000 in no story.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.corpus import build, disagreements, reuse
from newsgraph.corpus.stories import Doc

from .conftest import REPO
from .test_corpus import _records, _score

INVENTED2 = REPO / "tests" / "data" / "corpus" / "invented2"


@pytest.fixture(scope="module")
def records2():
    from newsgraph.cli_corpus import read_records

    recs, fails = read_records([str(INVENTED2)])
    assert not fails and len(recs) == 31
    return recs


@pytest.fixture(scope="module")
def output2(records2):
    return build(records2, [Path(r.article.source).name for r in records2])


def test_invented2_corpus_scores(output2, tmp_path):
    res = _score(INVENTED2 / "gold.json", output2, tmp_path)
    assert res["stories"]["f1"] >= 99.5, res["stories"]  # 100 since the same-day weight (DATE_NEAR_BOOST)
    assert res["pairs"]["f1"] >= 98, res["pairs"]  # the two floods, the two strikes kept apart
    art = res["reuse"]["article_pairs"]
    assert art["f1"] >= 98 and art["reversed"] == 0, art
    assert res["reuse"]["passages"]["f1"] >= 98, res["reuse"]["passages"]
    dis = res["disagreements"]
    assert dis["p"] >= 98 and dis["r"] >= 92, dis
    assert dis["false_alarms_on_traps"] == 0, dis


def test_invented2_spans_are_body_slices(output2, records2):
    bodies = {Path(r.article.source).name: r.article.body for r in records2}
    for r in output2["reuse"]:
        for p in r["pairs"]:
            for side, name in (("source_span", r["source"]), ("target_span", r["target"])):
                sp = p[side]
                assert bodies[name][sp["start"]:sp["end"]] == sp["text"]


# --- reuse: which report is the wire --------------------------------------------------------

FERRY = ("A passenger ferry capsized in a sudden storm on Lake Orm on Saturday, killing at least nine people, "
         "and rescuers were searching the cold water for more than 20 others, police said. "
         "The Tessa, a 35-metre vessel run by Orm Lake Ferries, was carrying 70 people when it overturned "
         "about 3 kilometres from the shore near the town of Brisa, the regional police chief told reporters. "
         "Lake Orm, the longest lake in the province, is about 60 kilometres long and is crossed by several "
         "ferry lines that carry tourists and commuters.")
REWRITE_A = ("The Tessa, a 35-meter vessel run by Orm Lake Ferries, was carrying 70 people when it overturned "
             "about 3 kilometers from the shore near the town of Brisa, the regional police chief told reporters. "
             "Relatives gathered at the harbour in Brisa through the evening. "
             "Lake Orm, the longest lake in the province, is about 60 kilometers long and is crossed by several "
             "ferry lines that carry tourists and commuters.")
REWRITE_B = ("A passenger ferry capsized in a sudden storm on Lake Orm on Saturday, killing at least nine people, police said. "
             "Survivors were taken to a sports hall by the harbour, where doctors checked them for hypothermia. "
             "Lake Orm, the longest lake in the province, is about 60 kilometers long and is crossed by several "
             "ferry lines that carry tourists and commuters. "
             "With reporting by Lakeline.")


def _ferry_docs(order: list[str]) -> list[Doc]:
    texts = {
        "wire.txt": ("Lakeline Wire", "2025-10-11", "Ferry capsizes on Lake Orm\n\nBRISA, Oct 11 (Lakeline) - " + FERRY),
        "a.html": ("Daily Beacon", "2025-10-11", "Ferry overturns on Lake Orm\n\n" + REWRITE_A),
        "b.txt": ("Evening Lamp", "2025-10-11", "What we know about the Lake Orm ferry\n\n" + REWRITE_B),
    }
    recs = {r.article.source: r for r in _records({k: texts[k] for k in order})}
    return [Doc.of(recs[k], k) for k in order]


def test_a_wire_is_known_by_its_own_dateline():
    """Same day, no credit, the rewrite listed first: the report whose dateline names its own
    outlet ("BRISA, Oct 11 (Lakeline)" in a Lakeline Wire report) is the wire, so the source."""
    a, wire = _ferry_docs(["a.html", "wire.txt"])
    assert reuse._is_wire(wire) and not reuse._is_wire(a)
    got = {(r.source.name, r.target.name) for r in reuse.find([a, wire])}
    assert got == {("wire.txt", "a.html")}, got


def test_a_credit_by_the_short_name_counts():
    """"With reporting by Lakeline." credits Lakeline Wire; the generic "Wire" is no part of the
    name an outlet is credited by."""
    b, wire = _ferry_docs(["b.txt", "wire.txt"])
    found = reuse.find([b, wire])
    assert [(r.source.name, r.target.name, r.credited) for r in found] == [("wire.txt", "b.txt", True)]
    plain = Doc(name="p", body="Nothing here names a wire.", publisher="Harbour Radio")
    assert reuse._names(plain) == ["Harbour Radio"] and not reuse._is_wire(plain)


def test_two_rewrites_with_the_same_edit_are_each_tied_to_the_wire():
    """Both rewrites turned the wire's "kilometres" into "kilometers" in one sentence, so each is
    closer to the other than to the wire there; each still took it from the wire."""
    docs = _ferry_docs(["a.html", "b.txt", "wire.txt"])
    got = {(r.source.name, r.target.name) for r in reuse.find(docs)}
    assert got == {("wire.txt", "a.html"), ("wire.txt", "b.txt")}, got


# --- reuse: stock lines and quotations -------------------------------------------------------

STOCK = "The Dockers' Union, founded in 1948, represents about 9,000 workers at the country's five ports."


def test_an_outlets_stock_line_is_boilerplate_even_within_one_story():
    """Two strikes taken for one story: the wire's stock line about the union, repeated in both of
    its reports and in a daily's, is boilerplate, not reuse of the wire by the daily."""
    w1 = Doc(name="w1", publisher="Coast Wire", published="2025-10-07",
             body="Dockers at Tarn walked out on Tuesday at the start of a two-day strike over pay. " + STOCK)
    w2 = Doc(name="w2", publisher="Coast Wire", published="2025-10-20",
             body="Dockers at Morra began a three-day strike on Monday over night-shift staffing. " + STOCK)
    d = Doc(name="d", publisher="Morra Herald", published="2025-10-20",
            body="The port of Morra fell silent on Monday as the dockers' strike began. " + STOCK)
    bp = reuse.boilerplate([[w1, w2, d]])
    assert reuse.norm(STOCK) in bp
    assert reuse.find([w1, w2, d], bp) == []
    assert reuse.find([w1, d]) != []  # without the stock-line rule the daily "reuses" the wire


QUOTE_WIRE = ("Dockers at Tarn walked out on Tuesday at the start of a 48-hour strike over pay, halting container "
              "traffic at the country's busiest harbour. About 3,000 dockers joined the stoppage, according to the "
              "Dockers' Union, which is demanding an 8 percent pay rise. "
              "\"We have offered 4 percent, which is all the port can afford,\" said Mira Sand, chief executive of the Tarn Port Authority. "
              "The port authority said 25 ships were waiting at anchor outside the harbour by Tuesday evening.")
QUOTE_COPY = ("Dockers at Tarn walked out on Tuesday at the start of a two-day strike over pay, halting container "
              "traffic at the country's busiest harbor. About 3,000 dockers joined the stoppage, according to the "
              "Dockers' Union, which wants an 8 percent pay rise. "
              "\"We have offered 4 percent, which is all the port can afford,\" said Mira Sand, the chief executive of the Tarn Port Authority. "
              "Tarn handles most of the country's container trade.")


def test_a_quotation_copied_with_its_frame_among_copied_sentences_is_reuse():
    """The quoting sentence comes with the rest of the copied passage; alone it would not count
    (test_corpus: a shared quotation alone is not reuse)."""
    texts = {"wire.txt": ("Coast Wire", "2025-10-07", "Tarn dockers strike\n\nTARN, Oct 7 (Coast) - " + QUOTE_WIRE),
             "daily.txt": ("Daily Lamp", "2025-10-07", "Tarn dockers walk out\n\n" + QUOTE_COPY + " (Coast Wire)")}
    docs = [Doc.of(r, r.article.source) for r in _records(texts)]
    found = reuse.find(docs)
    assert [(r.source.name, r.target.name) for r in found] == [("wire.txt", "daily.txt")]
    spans = [docs[1].body[t0:t1] for _, (t0, t1) in found[0].pairs]
    assert any("We have offered 4 percent" in s for s in spans), spans
    assert not any("container trade" in s for s in spans), spans


# --- disagreements ---------------------------------------------------------------------------

def _figs(texts):
    docs = [Doc.of(r, r.article.source) for r in _records(texts)]
    return [sorted(v["value"] for v in d["values"]) for d in disagreements.figures(docs, "s")]


def test_figures_two_weeks_apart_are_not_compared():
    """Two dock strikes by one union taken for one story: the pay demands of the first and the
    second are no disagreement; the same reports a day apart would be."""
    first = ("Coast Wire", "2025-10-07", "Tarn strike\n\nDockers at Tarn struck on Tuesday. The union is demanding a 9 percent pay rise, the union said.")
    second = ("Coast Wire", "2025-10-20", "Morra strike\n\nDockers at Morra struck on Monday. The union is demanding a 12 percent pay rise, the union said.")
    assert _figs({"a.txt": first, "b.txt": second}) == []
    assert _figs({"a.txt": first, "b.txt": (second[0], "2025-10-08", second[2])}) == [[9, 12]]


def test_people_on_board_and_a_licensed_maximum():
    """"carrying 70 people" and "80 passengers and crew were on board" count the same thing; "a
    maximum of 110 passengers" is a limit, not a count of who was aboard."""
    texts = {
        "a.txt": ("Coast Wire", "2025-10-11", "Ferry sinks\n\nThe ferry Tessa was carrying 70 people when it overturned on Lake Orm on Saturday, police said."),
        "b.txt": ("Brisa Radio", "2025-10-11", "Ferry sinks\n\nThe regional transport office said 80 passengers and crew were on board the Tessa when it overturned on Saturday."),
        "c.txt": ("Lake Post", "2025-10-11", "Ferry sinks\n\nRecords show the Tessa was licensed to carry a maximum of 110 passengers on Lake Orm."),
    }
    vals = _figs(texts)
    assert [70, 80] in vals, vals
    assert not any(110 in v for v in vals), vals


def test_shelter_said_as_a_phrase_and_a_crowd_named_before_its_size():
    texts = {
        "a.txt": ("Coast Wire", "2025-10-18", "Floods and a march\n\n"
                  "The floods forced about 2,000 residents from their homes in Tarn, the agency said.\n\n"
                  "In the capital, police put the crowd at about 20,000 people."),
        "b.txt": ("Tarn Daily", "2025-10-18", "Floods and a march\n\n"
                  "About 2,600 people spent the night in schools and sports halls in Tarn, the agency said.\n\n"
                  "Organisers said about 45,000 people joined the march in the capital."),
    }
    vals = _figs(texts)
    assert [2000, 2600] in vals, vals
    assert [20000, 45000] in vals, vals
    assert not any({2000, 20000} <= set(v) or {2600, 45000} <= set(v) for v in vals), vals


def test_damage_is_not_aid():
    """A first estimate of the damage and the aid approved the next day are both sums of money
    about one flood, but not the same sum; two estimates of the damage are."""
    texts = {
        "a.txt": ("Tarn Daily", "2025-10-06", "Tarn flood\n\nA first assessment by the regional government put the damage in Tarn at 60 million euros."),
        "b.txt": ("Coast Radio", "2025-10-07", "Tarn flood\n\nThe cabinet approved 25 million euros in emergency aid for Tarn and three villages upstream."),
    }
    assert _figs(texts) == []
    texts["c.txt"] = ("Coast Wire", "2025-10-07", "Tarn flood\n\nInsurers put the damage in Tarn at 45 million euros, the regional government said.")
    assert _figs(texts) == [[45000000, 60000000]]
