"""Disagreements: the learned filter over the rules' links (disagreements.MODEL, fitted by
scripts/learn_disagreements.py on the invented corpora's gold), and the readings the blind corpora
invented35-38 showed wrong, each on passages written for this file (not the corpora's sentences):

- a share "of the union's 43,500 members" is a share, not a head count (the comma of a number is
  no list);
- "31 of the assembly's 57 seats" counts seats;
- "the 50 per cent the law requires", "the 40 per cent needed" are thresholds, not counts made;
- a word of a name ("the Nordmark Regional Assembly") is no sub-group.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newsgraph.corpus import disagreements

from .test_disagreements_classes import _docs

ROOT = Path(__file__).resolve().parent.parent


def _vals(texts) -> list[list[float]]:
    found = disagreements.figures(_docs(texts), "s")
    return sorted(sorted(v["value"] for v in d["values"]) for d in found)


def _figs(text: str) -> dict[str, disagreements.Fig]:
    """A text's figures by their span's text, and by their value's first number."""
    (doc,) = _docs({"a.txt": ("Wire", "2027-03-02", text)})
    figs = disagreements._figs(doc)
    return {**{str(int(f.value)): f for f in figs}, **{f.fig.span.text: f for f in figs}}


def test_the_shipped_model_loads_and_reads_this_codes_features():
    data = json.loads((ROOT / "src" / "newsgraph" / "data" / "corpus" / "disagree_model.json").read_text())
    assert data["features"] == list(disagreements.PAIR_FEATURES)
    assert len(data["weights"]) == len(disagreements.PAIR_FEATURES)
    assert disagreements.MODEL is not None and disagreements.MODEL.mode == "filter"
    # the rules' links it keeps (at 0.15 or more) and the open pairs it links itself (at 0.7 or more)
    assert disagreements.MODEL.threshold < disagreements.MODEL.promote
    # the corpora it learned from are the invented ones read before the blind ones kept to score it
    assert data["corpora"][0] == "invented" and "invented102" in data["corpora"]
    assert not any(c in data["corpora"] for c in ("invented103", "invented104", "invented105", "invented106"))


def test_the_filter_drops_a_false_alarm_of_a_corpus(tmp_path):
    """On invented31 the rules pair the $612 million donors pledged with the Herald's $1.24 billion
    the plan seeks (a gold trap: pledged vs sought); the filter drops that link and keeps every
    gold disagreement the rules find. (Until the counted nouns' kin were read, the trap the rules
    fell into here was a convoy's 42 trucks and another report's 14: 42 now meets its 38 lorries.)"""
    from . import invented_corpus as inv
    from .test_corpus import _score

    corpus = inv.folder("invented31")
    recs = inv.records(corpus, 22)
    model = disagreements.MODEL
    try:
        disagreements.MODEL = None
        rules = inv.output(recs)
    finally:
        disagreements.MODEL = model
    learned = inv.output(recs)

    def pledged(out):
        return [sorted(v["value"] for v in d["values"]) for d in out["disagreements"]
                if d["kind"] == "figure" and {v["value"] for v in d["values"]} == {612_000_000, 1_240_000_000}]

    assert pledged(rules) and not pledged(learned)
    g = corpus / "gold.json"
    r, m = _score(g, rules, tmp_path)["disagreements"], _score(g, learned, tmp_path)["disagreements"]
    assert m["r"] >= r["r"] and m["p"] > r["p"] and m["false_alarms_on_traps"] <= r["false_alarms_on_traps"]


def test_the_filter_keeps_a_close_disagreement():
    texts = {
        "a.txt": ("Harbour Wire", "2027-03-02", "Ferry fire\n\n"
                  "Fire broke out on the ferry Orla off Sella on Tuesday. All 212 passengers were taken off "
                  "by lifeboat, the coastguard said."),
        "b.html": ("Dorvik Times", "2027-03-02", "Passengers rescued from burning ferry\n\n"
                   "Lifeboats took 218 passengers off the burning ferry Orla near Sella on Tuesday."),
    }
    assert _vals(texts) == [[212, 218]]


def test_a_share_of_members_is_a_share_and_the_turnouts_disagree():
    figs = _figs("Turnout was 58 per cent of the union's 43,500 members.")
    assert figs["58 per cent"].unit == "percent" and figs["58 per cent"].head == "turno"  # (turnout's share)
    texts = {
        "a.txt": ("Labour Wire", "2027-03-02", "Nurses vote to strike\n\n"
                  "Nurses voted to strike in a ballot with a turnout of 62 per cent, the union said on Tuesday. "
                  "Of those voting, 81 per cent backed a walkout."),
        "b.html": ("City Herald", "2027-03-02", "Nurses back strike\n\n"
                   "Turnout was 57 per cent of the union's 38,200 members, and 81 per cent of them backed a "
                   "walkout, the union said on Tuesday."),
    }
    assert [57, 62] in _vals(texts)


def test_part_of_a_whole_counts_the_wholes_noun():
    figs = _figs("The two parties hold 31 of the assembly's 57 seats. Nine of its 40 members abstained.")
    assert figs["31"].unit == "seat"
    # the whole after a possessive is said in passing, as after "of its" (the 40 members)
    assert "57 seats" not in figs and "40 members" not in figs


@pytest.mark.parametrize("sentence, text", [
    ("Turnout was 61 per cent, above the 50 per cent that the law requires for a strike.", "50 per cent"),
    ("Turnout reached 43 per cent, just over the 40 per cent needed for the vote to bind.", "40 per cent"),
    ("The bill fell short of the 76 votes it needed.", "76 votes"),
    ("The council lacked a quorum of 25 members.", "25 members"),
])
def test_what_is_needed_is_a_threshold(sentence, text):
    assert _figs(sentence)[text].limit


@pytest.mark.parametrize("sentence, text", [
    ("About 300 workers were required to leave the site.", "About 300 workers"),
    ("The firm needs more staff: 300 workers joined on Monday.", "300 workers"),
])
def test_what_was_done_is_no_threshold(sentence, text):
    assert not _figs(sentence)[text].limit


def test_a_word_of_a_name_is_no_sub_group():
    figs = _figs("The parties formed a coalition in the Nordmark Regional Assembly, with 31 of its 57 seats.")
    assert figs["31"].sub == frozenset()
    # (a sub-group still is one)
    assert _figs("In the north, regional unemployment rose to 7 per cent in March, the statistics office said "
                 "on Tuesday.")["7 per cent"].sub


def test_the_learning_script_scores_held_out_corpora(tmp_path):
    """The build script runs leave-one-corpus-out on two corpora and prints its held-out figures
    (records analysed into tmp_path; no model is written)."""
    import subprocess

    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "learn_disagreements.py"), "--cache", str(tmp_path),
                          "--corpora", "invented9", "invented12", "--mode", "filter", "--threshold", "0.15"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "pooled held-out learned" in out.stdout and "invented12" in out.stdout


def test_a_word_of_totals_elsewhere_in_the_sentence_makes_no_total():
    # the totals word must stand next to the figure: "after 46 rounds of bidding, raising a total of
    # 1.4 billion" gives a count of rounds, not a total; "Of the total, 8.9 billion" is a part
    texts = {
        "a.txt": ("Wire", "2027-03-02", "Spectrum sale ends\n\n"
                  "The spectrum auction ended on Thursday after 46 rounds of bidding, raising a total of 1.4 "
                  "billion dalens for the treasury."),
        "b.html": ("Tech Weekly", "2027-03-03", "What the auction tells us\n\n"
                   "The spectrum auction closed on Thursday after 52 rounds, the regulator said."),
    }
    assert [46, 52] in _vals(texts)
    figs = _figs("The defence budget rises to 31 billion ducats. Of the total, 8.9 billion ducats goes to "
                 "equipment, the ministry said.")
    assert not figs["8.9 billion ducats"].total
    figs = _figs("The evening sale of 30 lots raised 52 million crowns in all, the auction house said on Monday.")
    assert figs["52 million crowns"].total


def test_a_bare_degree_no_celsius_reading_reaches_is_fahrenheit():
    # a report of temperatures that names no scale: "108 degrees" is Fahrenheit (no air temperature
    # reaches 60 C), so it agrees with another outlet's 42 degrees; a fire's 900 degrees stays Celsius
    texts = {
        "a.txt": ("Wire", "2027-07-14", "Heat warning\n\n"
                  "Temperatures of 42 degrees are forecast for Casterby on Thursday, the weather service said."),
        "b.html": ("The Ledger", "2027-07-14", "Scorcher ahead\n\n"
                   "Temperatures were expected to reach 108 degrees in Casterby on Thursday, with winds of 20 mph."),
    }
    assert _vals(texts) == []
    assert _figs("Temperatures were expected to reach 108 degrees in Casterby on Thursday.")["108 degrees"].unit \
        == "degree celsius"  # (compared in Celsius: 42.2)
    assert abs(_figs("Temperatures were expected to reach 108 degrees in Casterby on Thursday.")["108 degrees"].value
               - 42.2) < 0.1
    assert _figs("Temperatures inside the burning warehouse passed 900 degrees, firefighters "
                 "said.")["900 degrees"].value == 900


def test_an_amount_named_by_its_sum_is_of_its_currency():
    # "a 1.6 billion dalen fund" is an amount of dalens (a scale word and a noun of sums after the
    # currency), which meets "1.8 billion dalens" of another outlet; "four bribery counts" stays counts
    texts = {
        "a.txt": ("Wire", "2027-03-02", "Broadband plan\n\n"
                  "The minister announced a 1.6 billion dalen fund for rural broadband on Tuesday."),
        "b.html": ("Daily", "2027-03-02", "Rural broadband\n\n"
                   "The government will spend 1.8 billion dalens on rural broadband, the minister said on Tuesday."),
    }
    assert [1.6e9, 1.8e9] in _vals(texts)
    assert _figs("The regulator imposed a 46.8 million lind penalty on the bank on Tuesday, it "
                 "said.")["46.8 million lind penalty"].unit == "lind"
    assert _figs("Prosecutors dropped four of the five bribery counts against him on Tuesday, the court "
                 "said.")["four of the five bribery counts"].unit == "count"


def test_a_deadline_is_no_count_at_a_moment():
    # "will receive 2 GB of free data, added by Friday" says when, not a tally that grows; a tally
    # "by Thursday evening" still is one
    figs = _figs("Pay-as-you-go customers will receive 2 GB of free data, added automatically by Friday, "
                 "the company said.")
    assert figs["2 GB"].running is None
    figs = _figs("By Thursday evening volunteers had collected 152 oiled birds on the beaches, the trust said.")
    assert figs["152 oiled birds"].running
    figs = _figs("Volunteers had collected 152 oiled birds by Thursday evening, and more will be found, the "
                 "trust said.")
    assert figs["152 oiled birds"].running
    texts = {
        "a.txt": ("Velnet", "2027-03-02", "Network outage: what we are doing\n\n"
                  "Pay-as-you-go customers will receive 2 GB of free data, added automatically by Friday, the "
                  "company said."),
        "b.html": ("Fair Deal", "2027-03-03", "What Velnet owes you\n\n"
                   "Pay-as-you-go customers are getting 3 GB of free data after the outage, the company said."),
    }
    assert [2, 3] in _vals(texts)


def test_a_figure_in_a_clause_of_its_own_takes_no_year_from_the_sentence():
    figs = _figs("ORT, which has some 2,900 staff, will shed 310 posts by the end of 2028, the broadcaster said.")
    assert not figs["some 2,900 staff"].years and figs["310 posts"].years == {"2028"}
    figs = _figs("The contract, worth 1.2 billion ducats, was signed in June 2025 after a long review, the "
                 "company said.")
    assert not figs["1.2 billion ducats"].years
    # (a record set in a year is that year's: its figure keeps it)
    figs = _figs("The previous record, 45.8 degrees, was set in Casterby in 1998, forecasters said on Monday.")
    assert figs["45.8 degrees"].years == {"1998"}
