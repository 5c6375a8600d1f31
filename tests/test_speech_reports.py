"""Reported speech in wire reports (issue 15): statements shown by default, with the speaker right.

tests/data/speech/ holds invented multi-paragraph reports (UN votes, court rulings, ministries,
police, companies, elections) with a hand gold of every statement; scripts/speech_eval.py scores
what the default views show (act say or write, under the actor's name). reports_tune.json was
written first and its failures fixed; reports_heldout.json was written after the fixes (then its
failures fixed too); reports_heldout2.json was written after that and scored blind;
reports_heldout3.json was written after that, with the classes the other two left open, scored
blind, then those classes fixed (so it is no longer blind); reports_heldout4.json was written last,
in the messy style of web news (captions, "Read more:" lines, "It added" a paragraph later,
according to people and documents, agency rewrites, headline forms "X: ..." and "...: report",
questions, denials, bodies as speakers), scored blind, then its classes fixed; reports_heldout5.json
was written after those fixes in the same style and scored blind (no fix made for it). The
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
        "heldout2": DATA / "reports_heldout2.json", "heldout3": DATA / "reports_heldout3.json",
        "heldout4": DATA / "reports_heldout4.json", "heldout5": DATA / "reports_heldout5.json"}
# (indirect P, indirect R, all P) floors per set; measured: tune 97.9 / 93.9 / 98.0; held-out
# 79.5 / 77.8 / 80.0 blind, 97.5 / 86.7 / 97.6 after the fixes it showed; held-out 2 (written
# last, blind) 84.6 / 80.8 / 85.2
# held-out 3 (written after all that, scored blind 74.5 / 60.3, then its classes fixed: no
# longer blind) 93.1 / 93.1; after that work tune 97.9 / 95.9, held-out 97.8 / 97.8, held-out 2
# 88.9 / 92.3 (the scorer matching a nested statement to itself)
# held-out 4 (messy web style, scored blind 78.4 / 71.9 with its two gold slips fixed, then its
# classes fixed: no longer blind); after that work held-out 2 92.6 / 96.2, held-out 3 94.8 / 94.8;
# held-out 5 (written after those fixes, scored blind: old code 83.0 / 86.7, new 89.1 / 91.1)
FLOORS = {"tune": (0.93, 0.9, 0.93), "heldout": (0.92, 0.92, 0.92), "heldout2": (0.88, 0.92, 0.88),
          "heldout3": (0.9, 0.9, 0.9), "heldout4": (0.93, 0.88, 0.93), "heldout5": (0.86, 0.88, 0.86)}


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
    shown = [p for n in SETS for r in scored[n] for p in r["shown"] if p["verdict"] != "optional"]
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


# --------------------------------------------------------------------------- the classes left open
# Each passage was written for one class that held-out 1 and 2 showed (invented, not taken from
# the held-out sets); each fails on the code before the fix.

def _analyze(body: str, title: str = "Report"):
    from newsgraph.pipeline import analyze

    return analyze(title + "\n\n" + body + "\n", published="2025-04-01")


def _said(rec, content: str):
    """(name shown, content text) of the statements whose content holds `content`."""
    from newsgraph.record import STATEMENT_ACTS

    actors = {a.id: a for a in rec.actors}
    out = []
    for a in rec.attributions:
        text = " ".join(c.text for c in a.content)
        if content in text and (a.act or "say") in STATEMENT_ACTS:
            who = actors[a.actor].name if a.actor in actors else (a.speaker.text if a.speaker else None)
            out.append((who, text))
    return out


def test_a_speech_verb_conjoined_to_a_report_is_the_speakers():
    rec = _analyze("The mayor, Lena Okafor, said the bridge would reopen in May and denied that the "
                   "contractor had been paid twice.\n\nThe transport union's leader, Pavel Dusek, said "
                   "drivers had not been consulted and accused the city of hiding the cost of the repairs.\n\n"
                   "Opposition councillor Idris Bello said the delay was a scandal and vowed a \"full "
                   "inquiry\" into the contract.\n\nThe works are expected to cost 40 million euros.")
    assert [w for w, _ in _said(rec, "the contractor had been paid twice")] == ["Lena Okafor"]
    # the report before the conjunct stops at it
    assert _said(rec, "the bridge would reopen in May") == [("Lena Okafor", "the bridge would reopen in May")]
    assert [w for w, _ in _said(rec, "the city of hiding the cost")] == ["Pavel Dusek"]
    assert [w for w, _ in _said(rec, "full")] == ["Idris Bello"]


def test_a_short_clause_before_it_said_and_a_reduced_relative():
    rec = _analyze("The electoral board said the governing alliance had taken 51 of the 90 seats. Turnout "
                   "was 63%, it said, up from 58% in the last election.\n\nThe cabinet approved a ban on "
                   "night flights from Brindavan airport, a step airlines said would cost 4,000 jobs.\n\n"
                   "Residents' groups had campaigned for the ban for a decade.\n\nThe ban is expected to "
                   "take effect in June.")
    assert [w.lower() for w, _ in _said(rec, "Turnout was 63%")] == ["electoral board"]
    shown = _said(rec, "would cost 4,000 jobs")
    assert [w.lower() for w, _ in shown] == ["airlines"] and "approved" not in shown[0][1]


def test_nested_speech_is_its_own_statement():
    rec = _analyze("The fishermen's leader, Tomas Ruiz, said port officials had assured him last week "
                   "they would reopen the harbour before the season.\n\nOfficials have not commented.\n\n"
                   "The harbour has been closed since a storm in March.\n\nRuiz said boats were rotting "
                   "at their moorings.")
    shown = dict(_said(rec, "they would reopen the harbour before the season"))
    assert "Tomas Ruiz" in shown
    nested = [w for w, t in _said(rec, "they would reopen") if t.startswith("they would reopen")]
    assert nested and "officials" in nested[0].lower()


def test_the_company_is_the_one_that_just_spoke_and_it_said_after_whose():
    rec = _analyze("The European Commission fined the carmaker Valtera 300 million euros on Tuesday for "
                   "rigging emissions tests.\n\nValtera said it would challenge the decision at the General "
                   "Court. The company argued that the tests had been carried out under rules that no "
                   "longer applied.\n\nA coalition of consumer groups, whose complaint in 2021 led the "
                   "European Commission to open the case, welcomed the fine. It said drivers deserved "
                   "compensation as well.\n\nThe fine is expected to be paid within three months.")
    # not the court or the Commission named last
    assert [w for w, _ in _said(rec, "the tests had been carried out")] == ["Valtera"]
    assert [w.lower() for w, _ in _said(rec, "drivers deserved compensation")] == ["coalition of consumer groups"]


def test_a_product_recall_is_no_statement():
    rec = _analyze("Carmaker Ostrava Motors recalled 120,000 vehicles on Monday over faulty brakes.\n\n"
                   "The company said no accidents had been reported.\n\nRegulators said they were "
                   "studying the case.\n\nShares fell 3%.", title="Ostrava Motors recalls cars over brakes")
    assert not _said(rec, "120,000 vehicles")
    assert [w for w, _ in _said(rec, "no accidents had been reported")] in (["Ostrava Motors"], ["Carmaker Ostrava Motors"])


# --------------------------------------------------------------------------- held-out 4's classes
# Each passage was written for one class held-out 4 showed (invented, not taken from the set);
# each fails on the code before the fix.

def _actor_of(rec, content: str):
    """The actor (or None) of the one statement whose content holds `content`."""
    from newsgraph.record import STATEMENT_ACTS

    actors = {a.id: a for a in rec.actors}
    hits = [a for a in rec.attributions if (a.act or "say") in STATEMENT_ACTS
            and content in " ".join(c.text for c in a.content)]
    assert len(hits) == 1, (content, [(h.cue.text if h.cue else None, [c.text for c in h.content]) for h in hits])
    return actors.get(hits[0].actor)


def test_a_junta_is_a_body_of_its_country_and_a_place_in_a_name_is_not_the_speaker():
    rec = _analyze("The military junta in Mali said on Friday that the elections planned for February would "
                   "be postponed.\n\nThe junta, which took power in 2021, has said that security must come "
                   "first.\n\nThe Bamako Traders Association said the delay would hurt business.\n\nThe vote "
                   "had already been delayed once, according to the Sahel Elections Observatory.")
    for content in ("the elections planned for February", "security must come first"):
        a = _actor_of(rec, content)
        assert "junta" in a.name.lower() and a.affiliation == "Mali", (content, a)  # was Mali itself
    assert _actor_of(rec, "the delay would hurt business").name == "Bamako Traders Association"  # was Bamako
    assert _actor_of(rec, "The vote had already been delayed once").name == "Sahel Elections Observatory"


def test_a_news_agency_named_like_a_person_and_a_role_before_an_unknown_name():
    rec = _analyze("Troops entered the border town on Sunday, the semi-official Mehr news agency said.\n\n"
                   "It added that two soldiers had been wounded.\n\nOpposition lawmaker Teona Kvirikashvili, "
                   "whose party boycotted the vote, said the count had been rigged.\n\nThe government "
                   "denied the claim.")
    agency = _actor_of(rec, "two soldiers had been wounded")  # "It added" goes on with the agency
    assert agency is not None and agency.name == "Mehr news agency" and agency.type == "organization"
    assert _actor_of(rec, "the count had been rigged").name == "Teona Kvirikashvili"


def test_who_after_an_apposition_and_a_participle_after_a_report():
    rec = _analyze("\"Demand is weaker than anyone expected,\" said Mira Castell, an analyst at Banco Ruiz, who "
                   "said the bank would cut its growth forecast.\n\nChile's envoy, Paula Narvaez, said Santiago "
                   "had voted against the text because it ignored the rights of migrants, arguing that the "
                   "council had been misled.\n\nThe council meets again in May.\n\nNorvik said it would "
                   "appeal, arguing that the regulator had misread the role of the joint venture, which it said "
                   "had been set up to share research.")
    assert _actor_of(rec, "the bank would cut its growth forecast").name == "Mira Castell"  # not Banco Ruiz
    assert _actor_of(rec, "the council had been misled").name == "Paula Narvaez"  # not Santiago
    assert _actor_of(rec, "had been set up to share research").name == "Norvik"  # not the regulator
    assert _said(rec, "it would appeal") == [("Norvik", "it would appeal")]  # stops before "arguing"


def test_a_say_after_a_clause_with_its_own_cue_and_questions():
    rec = _analyze("The two presidents discussed energy prices in a telephone call on Tuesday, the Elysee "
                   "said on its website.\n\nThe leaders also touched on migration, it said.\n\nAsked whether "
                   "the plant would close, the manager said no decision had been taken. He did not say how "
                   "many workers would lose their jobs.\n\nThe plant employs 900 people.")
    assert _actor_of(rec, "The two presidents discussed energy prices").name == "Elysee"
    assert _actor_of(rec, "The leaders also touched on migration").name == "Elysee"  # not "touched" as a say
    assert not _said(rec, "whether the plant would close") and not _said(rec, "how many workers")
    assert [w for w, _ in _said(rec, "no decision had been taken")] == ["manager"]


@pytest.mark.parametrize("title,content,speaker", [
    ("Kremlin: talks with Kyiv are frozen for now", "talks with Kyiv are frozen for now", "kremlin"),
    ("Central bank holds rates; governor: too early to cut", "too early to cut", "governor"),
    ("Steelmaker Ardent to shut two mills: report", "Steelmaker Ardent to shut two mills", "report"),
    ("Union says strike will go on, management says offer is final", "strike will go on", "union"),
])
def test_headline_forms(title, content, speaker):
    rec = _analyze("The strike at the port entered its third week on Monday, union officials said.\n\n"
                   "The central bank's governor said inflation was still too high.\n\nThe Kremlin said "
                   "no new talks were planned.\n\nArdent declined to comment.", title=title)
    shown = [(w, t) for w, t in _said(rec, content) if t == content]
    assert shown and speaker in (shown[0][0] or "").lower(), shown


def test_an_outlet_report_after_a_clause_a_record_and_the_subject_of_a_closing_he_said():
    rec = _analyze("Shipbuilder Kaldera plans to close its yard in Gdansk as orders dry up, business daily "
                   "Rzeczpospolita reported on Tuesday, citing a letter to suppliers.\n\nThe law was passed "
                   "by 212 votes to 190, according to the parliamentary record.\n\nThe envoy of Peru, Marisol "
                   "Quispe, said the talks had failed.\n\nColombia's envoy, Andres Mejia, welcomed the vote "
                   "but asked for more time, as the region still lacked the means to comply, he said.")
    assert _actor_of(rec, "Kaldera plans to close its yard").name == "Rzeczpospolita"  # was missed
    assert "record" in _actor_of(rec, "The law was passed by 212 votes").name  # a document, not data
    a = _actor_of(rec, "the region still lacked the means")
    assert a is not None and a.name == "Andres Mejia"  # not the previous speaker


def test_a_union_with_a_name_of_its_own_is_not_the_last_body_named():
    rec = _analyze("Air France cancelled 300 flights on Monday as cabin crew walked out.\n\nCrews will strike "
                   "again next week unless talks resume, the Rossi union said.\n\nThe airline said it regretted the "
                   "disruption.\n\nTalks are due on Thursday.")
    a = _actor_of(rec, "Crews will strike again next week")
    assert a is not None and a.name == "Rossi union"  # was "union" (in held-out 5: Lufthansa, the last body named)


def test_tune2_real_report_classes(ev):
    """reports_tune2.json (helper 3, 2026-12-07): six short reports written for the faults read in
    real reports (samples 3-7), scored before the fixes at reported speech P 48.3 / R 70.0 and after
    them at 81.0 / 85.0. None of its refusals, declarations, deflections, figurative says or
    narrating works is shown as a statement, and the singular "They added" is the analyst's. Its
    requests ("asked that", "requested that") are statements since the standard was settled so
    (helper 5; gold updated): 83.3 / 87.0 then."""
    path = DATA / "reports_tune2.json"
    scored2 = [ev.score_report(r) for r in json.loads(path.read_text("utf-8"))["reports"]]
    res = ev.tally(scored2)
    assert res["indirect"]["P"] >= 78 and res["indirect"]["R"] >= 80, res["indirect"]
    shown = [p for r in scored2 for p in r["shown"] if p["verdict"] != "optional"]
    assert not [p["cue"] for p in shown if p["cue"] and p["cue"].lower() in (
        "comment", "referring", "talk", "tells", "say", "pronounced")]
    right = {g["content"] for r in scored2 for g in r["gold"] if g["verdict"] == "tp"}
    assert "the contractor submit a revised schedule by the end of the month" in right  # a request: a statement
    assert "investors would demand higher yields after the downgrade" in right  # "They added"
    assert "Several passengers were in tears as the plane landed" in right  # "..., they said" after the crew
