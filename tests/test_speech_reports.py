"""Reported speech in wire reports (issue 15): statements shown by default, with the speaker right.

tests/data/speech/ holds invented multi-paragraph reports (UN votes, court rulings, ministries,
police, companies, elections) with a hand gold of every statement; scripts/speech_eval.py scores
what the default views show (act say or write, under the actor's name). reports_tune.json was
written first and its failures fixed; reports_heldout.json was written after the fixes (then its
failures fixed too); reports_heldout2.json was written last and scored blind. The
floors sit just under the scores measured at the end of that work (see docs/measurements.md,
"Reported speech").
"""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "speech"
SETS = {"tune": DATA / "reports_tune.json", "heldout": DATA / "reports_heldout.json",
        "heldout2": DATA / "reports_heldout2.json"}
# (indirect P, indirect R, all P) floors per set; measured: tune 97.9 / 93.9 / 98.0; held-out
# 79.5 / 77.8 / 80.0 blind, 97.5 / 86.7 / 97.6 after the fixes it showed; held-out 2 (written
# last, blind) 84.6 / 80.8 / 85.2
FLOORS = {"tune": (0.93, 0.88, 0.93), "heldout": (0.9, 0.8, 0.9), "heldout2": (0.8, 0.76, 0.8)}


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("speech_eval", REPO / "scripts" / "speech_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _reports(name):
    return json.loads(SETS[name].read_text("utf-8"))["reports"]


@pytest.fixture(scope="module")
def scored(ev):
    return {name: [ev.score_report(r) for r in _reports(name)] for name in SETS}


def test_gold_is_well_formed(ev):
    ids = set()
    for name in SETS:
        reps = _reports(name)
        assert len(reps) >= 4, name
        for r in reps:
            assert r["id"] not in ids
            ids.add(r["id"])
            assert r["body"].count("\n\n") >= 3, r["id"]  # multi-paragraph
            items = ev.gold_items(r)  # every content is found, once (or by nth)
            assert sum(not g.get("optional") and g["act"] != "think" for g in items) >= 5, r["id"]
            for g in items:
                assert g["kind"] in ("direct", "indirect") and g["speaker"], (r["id"], g)
    assert len(ids) >= 16
    text = " ".join(r["title"] + " " + r["body"] for n in SETS for r in _reports(n))
    # the constructions the reports were written to hold
    for phrase in ("according to", "told reporters", "in a statement", "is expected to", "voted", "adopted",
                   "approved", "ruled", "which", "demand", " says"):
        assert phrase in text.lower(), phrase
    assert any(g.get("where") == "title" for n in SETS for r in _reports(n) for g in r["statements"])


@pytest.mark.parametrize("name", sorted(SETS))
def test_statements_shown_with_the_speaker_right(ev, scored, name):
    res = ev.tally(scored[name])
    p_ind, r_ind, p_all = FLOORS[name]
    fails = [(r["id"], p["verdict"], p["text"][:50]) for r in scored[name] for p in r["shown"]
             if p["verdict"] not in ("tp", "optional")]
    assert res["indirect"]["P"] >= 100 * p_ind, (res["indirect"], fails)
    assert res["indirect"]["R"] >= 100 * r_ind, res["indirect"]
    assert res["all"]["P"] >= 100 * p_all, (res["all"], fails)


def test_no_vote_ruling_or_decision_is_shown(scored):
    """The acts read as speech in real reports ("voted", "adopted", "approved", "ruled") are not
    among the statements shown, and each fixed failure of the tune set stays fixed."""
    shown = [p for n in SETS for r in scored[n] for p in r["shown"]]
    assert not [p for p in shown if p["cue"] and p["cue"].lower() in ("voted", "adopted", "approved", "ruled",
                                                                      "ruling", "talks", "asked", "welcomed")]
    tune = {r["id"]: r for r in scored["tune"]}
    right = {(r, g["content"]) for r, x in tune.items() for g in x["gold"] if g["verdict"] == "tp"}
    for rid, content in [
        ("tune-03-police-dhaka", "14 arrested after clashes in Dhaka"),  # a headline's own clause
        ("tune-05-election-malawi", "count continuing"),
        ("tune-06-health-sudan", "vaccination would start in Kassala next week"),  # the ministry tied to Sudan
        ("tune-03-police-dhaka", "the violence had been planned by leaders of the Bangladesh Nationalist Party"),
        ("tune-04-company-volvo", "most of the reductions would be made in Sweden"),  # not China of "which ... China's Geely"
        ("tune-05-election-malawi", "its candidate had won the presidential election"),  # ", even as X said" cut
    ]:
        assert (rid, content) in right, (rid, content)
    held = {r["id"]: r for r in scored["heldout"]}
    right = {(r, g["content"]) for r, x in held.items() for g in x["gold"] if g["verdict"] == "tp"}
    for rid, content in [
        ("held-06-eu-belarus", "ten more officials, among them two judges, had been added to the list"),  # "It added"
        ("held-01-un-eritrea", "the inquiry as an attack on the country's sovereignty"),  # "The statement he read"
        ("held-03-police-peru", "copper shipments had been halted since Saturday"),  # not "that operates Las Bambas"
    ]:
        assert (rid, content) in right, (rid, content)
    assert not [p for r in scored["heldout"] for p in r["shown"] if p["cue"] in ("citing", "say", "mention")
                and p["verdict"] != "tp"]  # "citing results", "did not say whether", "did not mention"


def test_the_scorer_counts_a_wrong_speaker_and_names_a_bad_report(ev, tmp_path):
    rep = copy.deepcopy(_reports("tune")[3])
    good = ev.tally([ev.score_report(rep)])["all"]
    for g in rep["statements"]:
        if g["speaker"][0] == "Hakan Samuelsson":
            g["speaker"] = ["Anna Berg"]
    bad = ev.tally([ev.score_report(rep)])["all"]
    assert bad["tp_shown"] == good["tp_shown"] - 1 and bad["tp_gold"] == good["tp_gold"] - 1
    broken = copy.deepcopy(rep)
    broken["id"] = "broken"
    broken["statements"][0]["content"] = "words that are nowhere in the report"
    path = tmp_path / "set.json"
    path.write_text(json.dumps({"reports": [broken, rep]}), "utf-8")
    lines = []
    res = ev.evaluate(path, log=lambda *a, **k: lines.append(" ".join(map(str, a))))
    assert res["reports"] == 1 and len(res["errors"]) == 1
    assert len(lines) == 1 and "broken" in lines[0] and "content not in the text" in lines[0]
