"""Events beyond the dev set: the failure classes of issue 15 and the broad CAMEO verb table.

Every passage here is invented for this file (none is taken from the PLOVER dev half or any
article). The classes come from real reports read by hand: a strike on a place coded as a
protest, "welcomed the end of X" coded as support for X, a person's title read as an assault,
votes and resolutions. The table tests check that data/events/verbs.json.gz is what
scripts/build_event_verbs.py makes of ../shared/eventdata and that the events stage reads it.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path

import pytest

from newsgraph.components import events as ev
from newsgraph.formats.plover import build_event_nlp, event_items
from newsgraph.nlp import register_extensions

ROOT = Path(__file__).resolve().parents[1]
EVENTDATA = ROOT.parent / "shared" / "eventdata"


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return build_event_nlp()


def events(nlp, text: str):
    """The counted events (not negated, not hypothetical), with names as written, canonical and codes."""
    doc = nlp.make_doc(text)
    doc._.published = "2024-05-01"
    doc = nlp(doc)
    return [{"type": it["type"], "source": " | ".join(it["source"]), "target": " | ".join(it["target"])}
            for it in event_items(doc)]


def has(evs, typ: str, source: str | None = None, target: str | None = None) -> bool:
    for e in evs:
        if e["type"] != typ:
            continue
        if source is not None and not re.search(source, e["source"], re.I):
            continue
        if target is not None and not re.search(target, e["target"], re.I):
            continue
        return True
    return False


# ------------------------------------------------------------------ a strike on a place is an attack

ARMED_STRIKES = [
    ("Israeli jets carried out a strike on a refugee camp in Gaza on Tuesday.", "Israel", "camp"),
    ("Turkish warplanes conducted strikes against Kurdish militants in northern Iraq.", "Turk", "Kurdish"),
    ("Russia carried out a missile strike on the port of Odesa overnight.", "Russia", "Odesa"),
    ("The Nigerian air force launched strikes on bandit camps in Zamfara state.", "Niger", "camp|Zamfara"),
    ("Ukrainian drones staged a strike on an oil depot in Belgorod.", "Ukrain", "depot|Belgorod"),
]


@pytest.mark.parametrize("text,source,target", ARMED_STRIKES)
def test_strike_on_a_place_is_an_assault_not_a_protest(nlp, text, source, target):
    evs = events(nlp, text)
    assert has(evs, "ASSAULT", source, target), evs
    assert not has(evs, "PROTEST"), evs


LABOUR_STRIKES = [
    ("Bus drivers in Lagos went on strike over unpaid wages.", "drivers"),
    ("Nurses staged a 24-hour strike outside the hospital in Leeds.", "Nurses"),
    ("Port workers in Antwerp began a strike on Monday.", "workers"),
    ("Teachers' unions in Chile held a national strike to demand higher pay.", "unions|Teachers"),
]


@pytest.mark.parametrize("text,source", LABOUR_STRIKES)
def test_strike_by_workers_stays_a_protest(nlp, text, source):
    evs = events(nlp, text)
    assert has(evs, "PROTEST", source), evs
    assert not has(evs, "ASSAULT"), evs


# ------------------------------------------------------------------ welcoming the end of X is not support for X

ENDINGS = [
    ("The Malian government welcomed the end of the UN peacekeeping mission.", "Mali", "mission|United Nations|\\bUN\\b"),
    ("Opposition leaders welcomed the lifting of the state of emergency.", "Opposition", "emergency"),
    ("Farmers' unions in Kenya praised the removal of the export ban.", "unions|Kenya", "ban"),
    ("Rights groups condemned the arrest of the journalist Ana Ruiz in Caracas.", "Rights groups", "Ruiz|journalist"),
    ("Greece hailed the collapse of the smuggling network.", "Greece", "network"),
]


@pytest.mark.parametrize("text,source,ended", ENDINGS)
def test_what_is_ended_or_harmed_is_not_the_target(nlp, text, source, ended):
    evs = events(nlp, text)
    for e in evs:
        if e["type"] in ("SUPPORT", "ACCUSE", "REJECT"):
            assert not re.search(ended, e["target"], re.I), evs


def test_the_one_who_ended_it_is_the_target(nlp):
    evs = events(nlp, "Mali welcomed the Security Council's decision to end the mission.")
    assert has(evs, "SUPPORT", "Mali", "Security Council"), evs
    evs = events(nlp, "Hungary welcomed the lifting of the sanctions by the European Union.")
    assert has(evs, "SUPPORT", "Hungary", "European Union"), evs


# ------------------------------------------------------------------ a person's title is not an act

TITLES = [
    "Field Marshal Khalifa Haftar met the Egyptian president in Cairo.",
    "The Strike Force commander, Colonel Ali Musa, briefed reporters in Juba.",
    "Alice Edwards, the UN special rapporteur on torture, visited Athens on Monday.",
    "The head of the anti-kidnapping unit, Captain Rosa Vega, spoke to reporters.",
    "Dmitry Orlov, commander of the assault brigade, arrived in Minsk.",
    "Chief Whip Mark Hendrick told reporters the bill would pass.",
    "Killer Mike, the rapper, endorsed the senator in Atlanta.",
    "The Minister for War Veterans, Ana Costa, opened the new hospital in Lisbon.",
]


@pytest.mark.parametrize("text", TITLES)
def test_a_title_is_not_an_assault(nlp, text):
    evs = events(nlp, text)
    assert not [e for e in evs if e["type"] in ("ASSAULT", "COERCE", "THREATEN")], evs


# ------------------------------------------------------------------ votes and resolutions

VOTES = [
    ("The Security Council voted unanimously to end the peacekeeping mission in Mali.", "RETREAT", "Security Council", "Mali"),
    ("The General Assembly adopted a resolution demanding that Israel withdraw from Gaza.", "REQUEST", "General Assembly", "Israel"),
    ("The Security Council adopted a resolution condemning North Korea's missile tests.", "ACCUSE", "Security Council", "North Korea"),
    ("Parliament voted to impose sanctions on Belarus.", "SANCTION", "Parliament", "Belarus"),
    ("The council passed a resolution urging Sudan's army to stop the fighting.", "REQUEST", "council", "Sudan"),
    ("Lawmakers in Kyiv voted against the peace plan proposed by Hungary.", "REJECT", "Lawmakers|Kyiv", None),
    ("The Senate voted down a resolution calling for a ceasefire in Gaza.", "REJECT", "Senate", None),
]


@pytest.mark.parametrize("text,typ,source,target", VOTES)
def test_votes_and_resolutions(nlp, text, typ, source, target):
    evs = events(nlp, text)
    assert has(evs, typ, source, target), evs


def test_passing_a_resolution_is_not_an_act_of_its_own(nlp):
    # the document's content is the event; passing or adopting it is not a concession or a request
    evs = events(nlp, "The UN has passed five resolutions on the conflict since 2019.")
    assert evs == [], evs
    evs = events(nlp, "The Senate voted down a resolution calling for a ceasefire in Gaza.")
    assert not has(evs, "REQUEST", "Senate"), evs
    assert not has(evs, "COERCE"), evs


# ------------------------------------------------------------------ the CAMEO table


@pytest.mark.parametrize("text,typ,source,target", [
    # verbs the hand lexicon does not list, read through PETRARCH2's CAMEO patterns
    ("The Brazilian foreign minister mocked Argentina's president at the summit.", "ACCUSE", "Brazil", "Argentin"),
    ("Chile admonished Peru over the fishing dispute.", "ACCUSE", "Chile", "Peru"),
    ("Egypt appreciated Qatar's efforts in the talks.", "SUPPORT", "Egypt", "Qatar"),
    ("Ugandan rebels butchered Congolese soldiers in Ituri, a rights group reported.", "ASSAULT", "Uganda", "Congo"),
    ("Serbia scorned Kosovo's offer of talks.", "ACCUSE", "Serbia", "Kosovo"),
])
def test_table_reads_verbs_the_lexicon_lacks(nlp, text, typ, source, target):
    assert not any(re.fullmatch(r"[a-z]+", w) and w in ev.load_lexicon().verbs
                   for w in ("mock", "admonish", "appreciate", "butcher", "scorn")), "pick verbs the lexicon lacks"
    evs = events(nlp, text)
    assert any(re.fullmatch(typ, e["type"]) and re.search(source, e["source"], re.I) and re.search(target, e["target"], re.I)
               for e in evs), evs


@pytest.mark.parametrize("text", [
    "Police harassed opposition supporters outside the court.",
    "She said she appreciated the weather in Rome.",
    "The senator called him a genius.",
    "174 peacekeepers have died since the mission began.",
    "He bought the house from his brother.",
    "Officials suggested that the talks could resume in May.",
])
def test_table_needs_actors_and_a_real_act(nlp, text):
    # as PETRARCH does: a verb's default reading only between named actors (not "police" and
    # "supporters"), never for a verb used to say, think or name, and not for buying, paying or
    # giving without a pattern
    evs = events(nlp, text)
    assert evs == [], evs


def test_staged_is_stage_not_stag(nlp):
    # spaCy lemmatises "staged" as "stag"; a regular base form the tables know wins
    assert has(events(nlp, "Students staged a protest outside the ministry in Dhaka."), "PROTEST", "Students")


def test_table_shipped_with_licences():
    path = ev.VERBS_PATH
    assert path.is_file()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        raw = json.load(f)
    notes = " ".join(" ".join(v) for v in raw["licences"].values())
    assert "MIT License" in notes and "Open Event Data Alliance" in notes and "CC BY-SA 4.0" in notes
    tab = ev.load_verb_table()
    assert tab.plover("190").type == "ASSAULT"
    assert tab.plover("0234").type == "REQUEST"  # CAMEO 02 appeal: PLOVER REQUEST
    assert tab.plover("010") is None  # a public statement is no event
    assert tab.plover("163").type == "COERCE"  # as CAMEO2PLOVER-2021 lists it
    assert len(tab.verbs) > 1500 and sum(len(p) for _, p in tab.blocks.values()) > 4000


@pytest.mark.skipif(not (EVENTDATA / "CAMEO.2.0.txt").is_file(), reason="../shared/eventdata not available")
def test_build_script_reproduces_the_shipped_table(tmp_path):
    spec = importlib.util.spec_from_file_location("build_event_verbs", ROOT / "scripts" / "build_event_verbs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "verbs.json.gz"
    assert mod.main(["--eventdata", str(EVENTDATA), "--out", str(out)]) == 0
    with gzip.open(out, "rt", encoding="utf-8") as a, gzip.open(ev.VERBS_PATH, "rt", encoding="utf-8") as b:
        assert json.load(a) == json.load(b)
    assert mod.main(["--eventdata", str(tmp_path / "missing")]) == 2


# ------------------------------------------------------------------ the target: where, whom, and who did it
# (issue 15, cross-validated on the PLOVER dev half: with the type right, the target is what fails
# most; these passages are the classes behind it, written before the fix)

def ids_of(nlp, text: str) -> list[dict]:
    """The counted events with their target codes (ISO alpha-3 where the actor is a country)."""
    doc = nlp.make_doc(text)
    doc._.published = "2024-05-01"
    doc = nlp(doc)
    actors = {a.id: a for a in doc._.actors or []}
    out = []
    for e in doc._.events or []:
        if e.negated or e.hypothetical:
            continue
        t = [] if e.target is None else ([e.target] if isinstance(e.target, str) else list(e.target))
        out.append({"type": e.type, "target_codes": [getattr(actors.get(i), "code", None) for i in t]})
    return out


# the place where an attack, a riot or a raid happened, named inside the place phrase
HARM_PLACES = [
    ("Insurgents detonated a car bomb in a crowded market in Mogadishu.", "ASSAULT", "Insurgents", "Mogadishu"),
    ("Inmates rioted at a prison in southern Mexico on Sunday.", "PROTEST", "Inmates", "Mexico"),
    ("Militants set off explosives near a checkpoint in Kandahar.", "ASSAULT", "Militants", "Kandahar"),
    ("Dock workers staged a sit-in at a shipyard in Gdansk.", "PROTEST", "workers", "Gdansk"),
]


@pytest.mark.parametrize("text,typ,source,target", HARM_PLACES)
def test_the_named_place_inside_a_place_phrase(nlp, text, typ, source, target):
    assert has(events(nlp, text), typ, source, target), events(nlp, text)


# people fired at, shot at: "at" with people is whom, not where
AT_PEOPLE = [
    ("Police fired tear gas at protesters outside a stadium in northern Bolivia.", "ASSAULT", "Police", "protesters"),
    ("Border guards shot at migrants crossing the river.", "ASSAULT", "guards", "migrants"),
    ("Soldiers fired rubber bullets at students near the university.", "ASSAULT", "Soldiers", "students"),
]


@pytest.mark.parametrize("text,typ,source,target", AT_PEOPLE)
def test_people_fired_at_are_the_target(nlp, text, typ, source, target):
    assert has(events(nlp, text), typ, source, target), events(nlp, text)


# a group or a thing described by where it is belongs to that place's actor
PLACED_TARGETS = [
    ("The UN envoy urged the warring factions in Yemen to accept a truce.", "REQUEST", "YEM"),
    ("Government forces shelled villages in eastern Chad.", "ASSAULT", "TCD"),
    ("Senegal's foreign ministry condemned attacks on farmers in central Mali.", "ACCUSE", "MLI"),
    ("Drones struck a fuel depot on the outskirts of Kharkiv, in eastern Ukraine.", "ASSAULT", "UKR"),
]


@pytest.mark.parametrize("text,typ,code", PLACED_TARGETS)
def test_a_placed_target_carries_the_place(nlp, text, typ, code):
    evs = ids_of(nlp, text)
    assert any(e["type"] == typ and code in e["target_codes"] for e in evs), evs


# a protest or a refusal is aimed at whom it defies
DEFIANCE = [
    ("Thousands of students marched in Minsk in defiance of the Belarusian authorities.", "PROTEST", "students", "authorities|Belarus"),
    ("Farmers blocked roads near the border in defiance of the Polish government.", "PROTEST", "Farmers", "government|Poland"),
    ("Workers blocked the motorway in protest against the French government's pension reform.", "PROTEST", "Workers", "government|France"),
    ("The minister refused to resign despite pressure from the opposition party.", "REJECT", "minister", "opposition"),
    ("Hungary declined to sign the declaration despite calls from the European Commission.", "REJECT", "Hungary", "European Commission"),
]


@pytest.mark.parametrize("text,typ,source,target", DEFIANCE)
def test_a_protest_or_refusal_targets_whom_it_defies(nlp, text, typ, source, target):
    assert has(events(nlp, text), typ, source, target), events(nlp, text)


# the doer of the event noun is not its target; the doer of what is banned or attacked is
def test_the_event_nouns_doer_is_not_its_target(nlp):
    evs = events(nlp, "The governor ordered patrols by soldiers and police after the riots.")
    assert evs and not any(re.search("soldiers|police", e["target"], re.I) for e in evs), evs
    evs = events(nlp, "The mayor ordered night patrols by the army in the port district.")
    assert not any(re.search("army", e["target"], re.I) for e in evs), evs
    evs = events(nlp, "The junta banned rallies by opposition parties.")
    assert has(evs, "COERCE", "junta", "opposition"), evs


# where partners meet, sign or train is not whom they cooperate with
PARTNER_PLACES = [
    ("Indian and French warships held joint exercises in the Arabian Sea.", "Arabian"),
    ("Japan and Australia signed a defence pact in Tokyo.", "Tokyo"),
    ("Chile and Peru agreed in Lima to reopen the border crossing.", "Lima"),
    ("Norway and Iceland held talks in Reykjavik on fishing quotas.", "Reykjavik"),
]


@pytest.mark.parametrize("text,place", PARTNER_PLACES)
def test_where_partners_meet_is_not_the_target(nlp, text, place):
    evs = events(nlp, text)
    assert evs, text
    assert not any(re.search(place, e["target"]) for e in evs), evs


# the forces mobilised are what is sent, not whom it is aimed at
MOBILISED_FORCES = [
    ("The state government has ordered patrols by police and paramilitary troops after the riots.", "police|troops"),
    ("The regional council ordered the deployment of soldiers and police to the port.", "soldiers|police"),
    ("Ghana's government ordered patrols by soldiers in the northern region.", "soldiers"),
]


@pytest.mark.parametrize("text,forces", MOBILISED_FORCES)
def test_mobilised_forces_are_not_the_target(nlp, text, forces):
    evs = events(nlp, text)
    assert has(evs, "MOBILIZE"), evs
    assert not any(e["type"] == "MOBILIZE" and re.search(forces, e["target"], re.I) for e in evs), evs


# a border is shared: troops sent to "its border with X" face X
BORDERS = [
    ("Kenya deployed soldiers along its border with Somalia.", "MOBILIZE", "Kenya", "Somalia"),
    ("Chad sent tanks to the frontier with Sudan.", "MOBILIZE", "Chad", "Sudan"),
    ("Azerbaijan deployed artillery near its border with Armenia.", "MOBILIZE", "Azerbaijan", "Armenia"),
]


@pytest.mark.parametrize("text,typ,source,target", BORDERS)
def test_the_other_side_of_a_border(nlp, text, typ, source, target):
    assert has(events(nlp, text), typ, source, target), events(nlp, text)


# "denounced as a provocation X's drills": the object shifted past the 'as' predicate
EVALUATIVE_AS = [
    ("Jordan decried as illegal Israel's expansion of settlements.", "ACCUSE", "Jordan", "Israel"),
    ("Kuwait branded as unacceptable Iraq's new demands.", "ACCUSE", "Kuwait", "Iraq"),
    ("The ministry denounced as a provocation Armenia's military drills near the border.", "ACCUSE", "ministry", "Armenia"),
    ("Ecuador condemned as a violation of its sovereignty the raid by Colombian troops.", "ACCUSE", "Ecuador", "Colombia"),
    ("Brazil hailed as historic Argentina's decision to join the pact.", "SUPPORT", "Brazil", "Argentin"),
]


@pytest.mark.parametrize("text,typ,source,target", EVALUATIVE_AS)
def test_the_object_after_an_as_predicate(nlp, text, typ, source, target):
    assert has(events(nlp, text), typ, source, target), events(nlp, text)


def test_an_idiom_is_not_a_place(nlp):
    # "in response to", "in favour of": no place, so no country taken from inside them
    evs = events(nlp, "Rebels attacked a convoy in response to the raids in Yemen.")
    assert has(evs, "ASSAULT", "Rebels") and not any(re.search("Yemen", e["target"]) for e in evs), evs
    evs = ids_of(nlp, "The Spanish minister criticised their vote in favour of the Iraq war.")
    assert evs and not any("IRQ" in e["target_codes"] for e in evs), evs


# killed or wounded "in a bomb blast", "in an Israeli air strike": the attack (or whose it is) is the source
INSTRUMENTS = [
    ("Three soldiers were killed in a roadside bomb blast in Helmand.", "ASSAULT", "bomb", "soldiers"),
    ("A judge was wounded in a grenade attack outside his home in Karachi.", "ASSAULT", "grenade", "judge"),
    ("Two journalists were killed in an Israeli air strike on Khan Younis.", "ASSAULT", "Israel", "journalists"),
    ("A police officer was injured in a suicide bombing in Mogadishu.", "ASSAULT", "bombing", "officer"),
]


@pytest.mark.parametrize("text,typ,source,target", INSTRUMENTS)
def test_the_attack_is_the_source_of_a_passive_harm(nlp, text, typ, source, target):
    assert has(events(nlp, text), typ, source, target), events(nlp, text)


# ------------------------------------------------------------------ news the hand lexicon has not seen
# (issue 15, round 3: on held-out folds of the PLOVER dev half, the largest loss left was records
# with no event at all. Two classes behind it are read from broad resources: an event noun after a
# light verb that the hand lexicon does not list, and a source that is a common agent noun
# ("workers", "police", "rebels") rather than a named actor, which the CAMEO table's actor rule
# dropped. The passages below are invented; each runs with the hand lexicon's types removed, as a
# held-out fold sees news, so that only the broad tables decide.)

def unseen(nlp, text: str, monkeypatch) -> list[dict]:
    """The counted events with the hand lexicon's types taken away: every verb and adjective keeps
    its grammar (light, control, saying), no event noun is left."""
    import dataclasses

    full = ev.load_lexicon()

    def strip(e):
        if not (e.control or e.report or e.light or e.stative or e.purpose):
            return None
        return ev.VerbEntry(control=e.control, light=e.light, report=e.report, stative=e.stative, purpose=e.purpose)

    bare = dataclasses.replace(
        full,
        verbs={k: s for k, v in full.verbs.items() if (s := strip(v)) is not None},
        adjectives={k: s for k, v in full.adjectives.items() if (s := strip(v)) is not None},
        nouns={},
    )
    monkeypatch.setattr(ev, "load_lexicon", lambda path=None: bare)
    return events(nlp, text)


UNSEEN_NOUNS = [
    # a light verb and an event noun the hand lexicon does not list: the noun's reading in
    # PETRARCH2's patterns for light verbs ("START * &NEGOTIATION", "STAGE * RALLY")
    ("Serbia and Kosovo resumed negotiations in Brussels on Thursday.", "CONSULT", "Serbia|Kosovo", None),
    ("Kenya's opposition coalition staged a rally against President William Ruto in Nairobi.", "PROTEST", "Kenya|coalition", "Ruto"),
    ("The European Commission opened an investigation into Apple over its app store rules.", "ACCUSE", "Commission", "Apple"),
    ("France completed the withdrawal of its soldiers from Niger on Friday.", "RETREAT", "France", None),
    ("India and Japan held consultations on maritime security in Tokyo.", "CONSULT", "India|Japan", None),
    ("Chinese police launched a crackdown on Uighur activists in Xinjiang.", "COERCE", "Chin|police", "Uighur|Xinjiang"),
]


@pytest.mark.parametrize("text,typ,source,target", UNSEEN_NOUNS)
def test_an_unseen_event_noun_after_a_light_verb(nlp, monkeypatch, text, typ, source, target):
    evs = unseen(nlp, text, monkeypatch)
    assert has(evs, typ, source, target), evs


TABLE_NOUNS = [
    # the shipped lexicon as it is: nouns only the table knows
    ("The Indian navy conducted joint training with Vietnamese sailors in the South China Sea.", "COOPERATE", "India", "Vietnam"),
]


@pytest.mark.parametrize("text,typ,source,target", TABLE_NOUNS)
def test_event_nouns_only_the_table_knows(nlp, text, typ, source, target):
    assert not any(w in ev.load_lexicon().nouns for w in ("eviction", "training", "confiscation")), "pick nouns the lexicon lacks"
    evs = events(nlp, text)
    assert has(evs, typ, source, target), evs


AGENT_SOURCES = [
    # a common agent noun (Phoenix's agents dictionary) as the source of a CAMEO phrase pattern
    ("Hundreds of garment workers chanted slogans against the Bangladeshi government in Dhaka.", "PROTEST", "workers", None),
    ("Riot police placed dozens of Kurdish students in detention in Diyarbakir.", "COERCE", "police", "Kurd"),
    ("Rebels abandoned their last stronghold in the Nuba mountains on Sunday.", "RETREAT", "Rebels", None),
]


@pytest.mark.parametrize("text,typ,source,target", AGENT_SOURCES)
def test_an_agent_noun_can_be_the_source_of_a_pattern(nlp, monkeypatch, text, typ, source, target):
    evs = unseen(nlp, text, monkeypatch)
    assert has(evs, typ, source, target), evs


@pytest.mark.parametrize("text", [
    # no event: a light verb with a thing, a verb's bare default between unnamed people, a gathering
    "The Chinese carmaker opened a factory in Hungary last year.",
    "Ukraine began the construction of a bridge near Kherson.",
    "Police harassed opposition supporters outside the court.",
    "Doctors examined the patients at a clinic in Gaza.",
    "Volunteers gathered flowers in the park on Sunday.",
    "Workers carried out repairs on the bridge over the Danube.",
])
def test_unseen_news_without_an_event(nlp, monkeypatch, text):
    assert unseen(nlp, text, monkeypatch) == []


# Written with the classes above, before the fix, and still read wrong (each passes the day it is
# read right, and then fails here: move it up). "eviction" and "confiscation" follow no light
# verb in PETRARCH2's patterns, so the noun table lacks them; "miner" is not in Phoenix's agents;
# the "of"-phrase of a withdrawal ("of its soldiers") is what is withdrawn, not whom from.
KNOWN_MISSES = [
    ("Kenyan authorities began the eviction of Somali refugees from the Dadaab camp.", "COERCE", "Kenya", "Somali", False),
    ("Egyptian police carried out the confiscation of Muslim Brotherhood assets in Cairo.", "COERCE", "Egypt|police", "Muslim Brotherhood", False),
    ("Thousands of miners poured into the streets of La Paz to protest against the Bolivian government.", "PROTEST", "miners", None, True),
    ("France completed the withdrawal of its soldiers from Niger on Friday.", "RETREAT", "France", "Niger", True),
]


@pytest.mark.parametrize("text,typ,source,target,bare", KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="a known miss of the broad tables (see KNOWN_MISSES)")
def test_unseen_news_known_misses(nlp, monkeypatch, text, typ, source, target, bare):
    evs = unseen(nlp, text, monkeypatch) if bare else events(nlp, text)
    assert has(evs, typ, source, target), evs


AGENT_DEFAULTS = [
    # an agent noun as the source of a verb's default reading from the table, where the target is
    # an actor named by its own head (a person, a group, a place the article names)
    ("Farmers praised Emmanuel Macron for the new subsidy scheme.", "SUPPORT", "Farmers", "Macron"),
    ("Protesters condemned Viktor Orban outside the parliament in Budapest.", "ACCUSE", "Protesters", "Orban"),
    ("Rebels attacked Goma on Sunday, a UN spokesman said.", "ASSAULT", "Rebels", "Goma"),
    ("Soldiers detained Kem Sokha at his home in Phnom Penh.", "COERCE", "Soldiers", "Sokha"),
]


@pytest.mark.parametrize("text,typ,source,target", AGENT_DEFAULTS)
def test_an_agent_noun_with_a_named_target(nlp, monkeypatch, text, typ, source, target):
    evs = unseen(nlp, text, monkeypatch)
    assert has(evs, typ, source, target), evs


@pytest.mark.parametrize("text", [
    # the default reading still needs a target named by its own head: not people, not a description
    "Tourists visited Paris in record numbers last summer.",
    "Doctors treated wounded Ukrainian soldiers at a hospital in Lviv.",
    "Police harassed opposition supporters outside the court.",
    "Teachers criticised the new curriculum.",
])
def test_an_agent_noun_without_a_named_target(nlp, monkeypatch, text):
    assert unseen(nlp, text, monkeypatch) == [], text


# ------------------------------------------------------------------ issue 15, round 4: the table's conventions
# Held-out misses where the CAMEO table reads the verb and its reading departs from the PLOVER
# convention: easing a curfew or an emergency (CAMEO 0813, 0814) and destroying property (1712),
# which the 2021 draft moves out of their categories (081 CONCEDE, 171 COERCE); CAMEO 173
# ("arrest, detain, or charge with legal action") read as custody for verbs of legal accusation;
# "called off a strike", which PETRARCH2 reads as de-escalating fighting (087). Invented
# passages, run with the hand lexicon's types removed; tallied before the fix: 3 of 14 right
# (the two arrests, and the army's destruction of villages, CAMEO 190, kept as ASSAULT), after:
# 14 of 14. Written with them and still missed (in no table or no pattern): "ended the state of
# emergency", "razed monasteries", "called off their walkout".

TABLE_CONVENTIONS = [
    ("Ethiopia lifted the state of emergency in the Amhara region on Monday.", "CONCEDE", "Ethiopia", None),
    ("Thai authorities eased the curfew in Bangkok after a week of calm.", "CONCEDE", "Thai", None),
    ("The Peruvian government lifted the curfew it had imposed on Lima.", "CONCEDE", "Peru", None),
    ("Israeli forces demolished Palestinian homes in East Jerusalem on Wednesday.", "COERCE", "Israel", "Palestin"),
    ("Greenpeace sued the Norwegian government over new Arctic drilling licences.", "ACCUSE", "Greenpeace", "Norw"),
    ("Argentina sued Britain at the International Court of Justice over the Falklands.", "ACCUSE", "Argentin", "Brit"),
    ("Brazil's attorney general indicted Jair Bolsonaro over the coup plot.", "ACCUSE", "Brazil", "Bolsonaro"),
    ("Prosecutors in Seoul charged Yoon Suk Yeol with insurrection.", "ACCUSE", "Seoul|Prosecutors", "Yoon"),
    ("The Pakistani government prosecuted Imran Khan for leaking state secrets.", "ACCUSE", "Pakistan", "Imran"),
    ("Turkish police arrested Selahattin Demirtas in Diyarbakir.", "COERCE", "Turk", "Demirtas"),
    ("Russian authorities detained Alexei Navalny at a Moscow airport.", "COERCE", "Russia", "Navalny"),
    ("The Kenyan doctors' union called off its strike after talks with the health ministry.", "CONCEDE", "union", None),
    ("Air France pilots called off a strike planned for the weekend.", "CONCEDE", "pilots|Air France", None),
    ("Myanmar's army destroyed Rohingya villages across Rakhine state.", "ASSAULT", "Myanmar", "Rohingya"),
]


@pytest.mark.parametrize("text,typ,source,target", TABLE_CONVENTIONS)
def test_the_tables_conventions_on_unseen_news(nlp, monkeypatch, text, typ, source, target):
    evs = unseen(nlp, text, monkeypatch)
    assert has(evs, typ, source, target), evs
    if typ != "ASSAULT":
        assert not has(evs, {"CONCEDE": "RETREAT", "COERCE": "ASSAULT", "ACCUSE": "COERCE"}[typ]), evs


def test_the_table_keeps_the_categories_and_splits_173():
    data = json.loads(gzip.open(ROOT / "src" / "newsgraph" / "data" / "events" / "verbs.json.gz").read())
    assert data["codes"]["0813"][0] == data["codes"]["0814"][0] == "CONCEDE"
    assert data["codes"]["1712"][0] == "COERCE"
    assert data["codes"]["0874"][0] == "RETREAT" and data["codes"]["175"][0] == "ASSAULT"
    assert data["verbs"]["arrest"]["code"] == "173" and data["verbs"]["indict"]["code"] == "115"
    assert data["verbs"]["sue"]["code"] == "115" and data["verbs"]["convict"]["code"] == "116"


# A measure announced is the measure: "announced it would suspend aid" is SANCTION, as PLOVER
# codes an announced decision; a future harm said, warned or put under a condition stays a
# threat. Invented passages, with the hand lexicon as shipped; tallied before the fix: 2 of the
# first 6 (the two threats), after: 7 of 7 (the last written after the fix).
ANNOUNCED_MEASURES = [
    ("Germany announced it would suspend arms exports to Saudi Arabia.", "SANCTION", "Germany", "Saudi"),
    ("The European Union announced on Monday that it will freeze development aid to Niger.", "SANCTION", "European Union|EU", "Niger"),
    ("Canada announced that it would expel four Chinese diplomats.", "SANCTION", "Canada", "Chin"),
    ("Washington announced it would cut military assistance to Egypt by a third.", "SANCTION", "Washington|United States", "Egypt"),
    ("North Korea warned that it would strike American bases in Guam.", "THREATEN", "North Korea", None),
    ("Russia said it will cut gas supplies to Moldova unless the debt is paid.", "THREATEN", "Russia", "Moldova"),
    ("Turkey announced it would cut trade with Sweden unless the Kurdish groups were banned.", "THREATEN", "Turk", "Swed"),
]


@pytest.mark.parametrize("text,typ,source,target", ANNOUNCED_MEASURES)
def test_an_announced_measure_is_the_measure(nlp, text, typ, source, target):
    evs = events(nlp, text)
    assert has(evs, typ, source, target), evs
    assert not has(evs, "THREATEN" if typ == "SANCTION" else "SANCTION"), evs



# "called for Sudan to hold elections": the parser makes "for" the mark of a clause ("for X to
# V"), so the preposition that makes "call for" a REQUEST was not found and the clause's subject
# was not the target. Invented passages, with the hand lexicon as shipped; tallied before the fix:
# 6 of 9 right (the three "called for X to" missed; "pushed", "pressed", "lobbying", "appealed"
# read right already), after: 9 of 9.
FOR_CLAUSES = [
    ("France is pushing hard for Germany to support the new fiscal rules.", "France", "Germany"),
    ("Washington pressed for Israel to allow more aid into Gaza.", "Washington|United States", "Israel"),
    ("The African Union called for Sudan to hold elections within a year.", "African Union", "Sudan"),
    ("Kenya pushed for Ethiopia to withdraw its troops from Somalia.", "Kenya", "Ethiopia"),
    ("Poland is lobbying for Ukraine to join the alliance.", "Poland", "Ukrain"),
    ("Human Rights Watch called for Egypt to free the detained journalists.", "Human Rights Watch", "Egypt"),
    ("The Arab League appealed for Israel to halt its offensive in Lebanon.", "Arab League", "Israel"),
    ("Chile's president called for Bolivia to return to the negotiating table.", "Chile", "Bolivia"),
]


@pytest.mark.parametrize("text,source,target", FOR_CLAUSES)
def test_a_call_for_someone_to_act(nlp, text, source, target):
    assert has(events(nlp, text), "REQUEST", source, target)


def test_waiting_for_someone_to_act_is_no_request(nlp):
    assert events(nlp, "Diplomats in Vienna waited for Iran to answer the proposal.") == []
