"""Actors on passages written for issue 15, one group per failure class seen in real reports.

Every passage below was written for this file (no sentence is taken from a dev set, the seed or
any article); they vary the wording, the outlet style and the countries. Classes:

- capitalised: no actor from a capitalised word that names nothing ("Repeatedly", "ET",
  "GMT", a slug like "EXCLUSIVE-", the "Finance" of "Finance Minister"), and no name cut short
  ("Times of" for "The Times of India");
- body_of_state: a ministry, an agency, an army, a central bank or state media is an actor of its
  own, affiliated with its country, not the country itself (as the speaker of what it says too);
- person: a person whose name holds a place ("Kenya Barris", "Israel Adesanya") or that the
  NER takes for an organisation is a person, not a location, country or organisation.

Checks: ("has", name, type[, affiliation]): an actor so named (case folded; a lower-case name
matches by containment) of that type; ("not", name): no actor so named; ("says", content
fragment, name, affiliation): the attribution holding the fragment has that actor.
"""

from __future__ import annotations

import functools

import pytest

from newsgraph.components.actors import fold

from .test_speakers import name_ok
from .test_speakers_broad import _record, tally

CASES: list[tuple[str, str, str, list[tuple]]] = [
    # ------------------------------------------------------------------ capitalised words
    ("capitalised", "Claims denied",
     "Repeatedly, the minister has denied the claims. Separately, the opposition called a strike for "
     "9 p.m. ET on Friday.",
     [("not", "Repeatedly"), ("not", "Separately"), ("not", "ET")]),
    ("capitalised", "Summit times",
     "The summit in Nairobi opens at 0900 GMT on Monday, and voting on the final text closes at 1800 UTC "
     "on Tuesday.",
     [("not", "GMT"), ("not", "UTC"), ("has", "Nairobi", "location")]),
    ("capitalised", "Markets fall",
     "Writing in the Times of India, the economist said the rupee would weaken. The Economic Times said "
     "markets fell for a third day.",
     [("not", "Times of"), ("has", "Times of India", "organization"), ("has", "Economic Times", "organization")]),
    ("capitalised", "Wire digest",
     "EXCLUSIVE-Glencore weighs a bid for a Canadian miner, sources say.\n\n"
     "UPDATE 2-Zambia secures a debt deal with China, its finance ministry says.",
     [("not", "EXCLUSIVE-Glencore"), ("not", "UPDATE"), ("has", "Glencore", "organization")]),
    ("capitalised", "Blast in Lagos",
     "BREAKING: Dozens were hurt in a blast at a market in Lagos. Police said a gas leak was to blame.",
     [("not", "BREAKING"), ("not", "Dozens")]),
    ("capitalised", "Budget delay",
     "Finance Minister Lucy Banda criticised the delay on Tuesday. Crucially, the ruling party backed her.",
     [("not", "Finance"), ("not", "Crucially"), ("has", "Lucy Banda", "person")]),
    ("capitalised", "Seoul talks",
     "Meanwhile, talks in Seoul will resume at 3 p.m. KST, and Undeterred, protesters marched to the "
     "National Assembly.",
     [("not", "KST"), ("not", "Undeterred"), ("not", "Meanwhile")]),
    # ------------------------------------------------------------------ ministries, agencies, state media
    ("body_of_state", "Suspects held",
     "Egypt's interior ministry said three suspects had been arrested in Giza.",
     [("says", "three suspects", "interior ministry", "Egypt")]),
    ("body_of_state", "Typhoon toll",
     "Chinese state media reported that the typhoon had killed 12 people in Fujian.",
     [("says", "typhoon had killed", "state media", "China")]),
    ("body_of_state", "Plan approved",
     "Saudi state television said the king had approved the plan for the new port.",
     [("says", "king had approved", "state television", "Saudi Arabia")]),
    ("body_of_state", "Launch claimed",
     "North Korea's state news agency KCNA said the satellite launch had been a success.",
     [("says", "launch had been a success", "KCNA", "North Korea")]),
    ("body_of_state", "Quake toll rises",
     "Turkey's disaster agency said the death toll had risen to 40 in Malatya.",
     [("says", "death toll had risen", "disaster agency", "Turkey")]),
    ("body_of_state", "Currency reform",
     "Nigeria's central bank said the currency reform would continue despite the shortages.",
     [("says", "currency reform would continue", "central bank", "Nigeria")]),
    ("body_of_state", "Carrier spotted",
     "Japan's defence ministry said a Chinese aircraft carrier had sailed near Okinawa.",
     [("says", "aircraft carrier had sailed", "defence ministry", "Japan")]),
    ("body_of_state", "Broadcaster report",
     "Iran's state broadcaster IRIB said the talks in Oman had ended without agreement.",
     [("says", "talks in Oman had ended", "IRIB", "Iran")]),
    # ------------------------------------------------------------------ people
    ("person", "Title fight",
     "Israel Adesanya told reporters in Sydney that he was ready for the rematch.",
     [("has", "Israel Adesanya", "person"), ("not", "Adesanya"), ("not", "Israel")]),
    ("person", "Series returns",
     "Kenya Barris said the series would return next year with a new cast.",
     [("has", "Kenya Barris", "person"), ("not", "Kenya")]),
    ("person", "Verdict welcomed",
     "Paris Hilton said she was delighted with the verdict in the case.",
     [("has", "Paris Hilton", "person")]),
    ("person", "Debt pledge",
     "Hakainde Hichilema won the presidential vote by a wide margin. Hichilema said Zambia would repay its "
     "debts.",
     [("has", "Hakainde Hichilema", "person"), ("says", "Zambia would repay", "Hakainde Hichilema", None)]),
    ("person", "Vote stolen",
     "Maria Corina Machado said the vote had been stolen. Machado told supporters in Caracas to march on "
     "Saturday.",
     [("has", "Maria Corina Machado", "person"), ("says", "supporters in Caracas", "Maria Corina Machado", None)]),
    ("person", "Trial opens",
     "Chad Daybell's trial opened in Idaho on Monday. Daybell denied all the charges.",
     [("has", "Chad Daybell", "person"), ("not", "Chad")]),
    ("person", "Late winner",
     "Mohamed Salah scored twice on Sunday. Salah said the team had deserved the win.",
     [("has", "Mohamed Salah", "person"), ("says", "team had deserved", "Mohamed Salah", None)]),
    ("person", "Premiere",
     "Florence Pugh said the film had been hard to make. Austin Butler said he would return for the sequel.",
     [("has", "Florence Pugh", "person"), ("has", "Austin Butler", "person")]),
    # ------------------------------------------------------------------ written after the fixes
    # (a held-out check of how the rules carry over: before the fixes 9 of 20 checks failed, after none)
    ('capitalised', 'Talks times',
     'Reportedly, the envoys will meet at 11 a.m. PT on Friday. Earlier, talks ended at 0200 GMT.',
     [('not', 'Reportedly'), ('not', 'PT'), ('not', 'Earlier'), ('not', 'GMT')]),
    ('capitalised', 'Newspaper row',
     'The Times of Malta reported that the minister had resigned. ANALYSIS-Why the euro is falling.',
     [('not', 'Times of'), ('has', 'Times of Malta', 'organization'), ('not', 'ANALYSIS')]),
    ('capitalised', 'Health budget',
     'Health Minister Rosa Lima presented the plan. Notably, Defence Minister Omar Said was absent.',
     [('not', 'Health'), ('not', 'Defence'), ('not', 'Notably'), ('has', 'Rosa Lima', 'person')]),
    ('body_of_state', 'Army claims',
     "Pakistan's army said five militants had been killed near the Afghan border.",
     [('says', 'five militants', 'army', 'Pakistan')]),
    ('body_of_state', 'Media report',
     'Russian state media said the plane had crashed near Tver.',
     [('says', 'plane had crashed', 'state media', 'Russia')]),
    ('body_of_state', 'Agency report',
     "Vietnam's state news agency said the typhoon had destroyed 3,000 homes.",
     [('says', 'typhoon had destroyed', 'state news agency', 'Vietnam')]),
    ('body_of_state', 'Police statement',
     "Brazil's federal police said the suspects had laundered millions.",
     [('says', 'suspects had laundered', 'federal police', 'Brazil')]),
    ('person', 'Interview',
     'Jordan Peterson said the book would be published in March.',
     [('has', 'Jordan Peterson', 'person')]),
    ('person', 'Court case',
     'Sydney Powell told the court she had acted in good faith.',
     [('has', 'Sydney Powell', 'person')]),
    ('person', 'Election',
     'Maria Kolesnikova was freed on Tuesday. Kolesnikova said she would stay in Germany.',
     [('has', 'Maria Kolesnikova', 'person'), ('says', 'stay in Germany', 'Maria Kolesnikova', None)]),
    ('person', 'Goal',
     'Georgia Stanway scored the winner. Stanway said the team never gave up.',
     [('has', 'Georgia Stanway', 'person')]),
    # ------------------------------------------------------------------ issue 19 point 5 (invented5's classes)
    # written before the fixes, none taken from invented5: a company typed as a person, a place
    # typed as a person, a plural role before two names
    ("company", "Smelter closes",
     "Drumlin Steel said on Monday it would close its smelter in Harrowgate. Drumlin Steel's chief executive "
     "blamed energy prices.",
     [("has", "Drumlin Steel", "organization"), ("nottype", "Drumlin Steel", "person")]),
    ("company", "Water bills",
     "Marrick Water plc said bills would rise by a fifth. Marrick Water blamed the drought, and the company "
     "said it would spend more on pipes.",
     [("has", "Marrick Water plc", "organization"), ("nottype", "Marrick Water", "person"), ("nottype", "Marrick Water plc", "person")]),
    ("company", "Output falls",
     "The mining company Dravost said output fell in the third quarter. Dravost expects a better year.",
     [("has", "Dravost", "organization"), ("nottype", "Dravost", "person")]),
    ("company", "Profit warning",
     "Investors dumped shares in Quintavo on Tuesday after it warned on profits. Quintavo said sales had "
     "slowed in Asia.",
     [("has", "Quintavo", "organization"), ("nottype", "Quintavo", "person")]),
    ("company", "Ships delayed",
     "Brenmark, the shipping group, said two of its vessels were held at the canal. Brenmark said the crews "
     "were safe.",
     [("has", "Brenmark", "organization"), ("nottype", "Brenmark", "person")]),
    ("company", "Miners return",
     "Halden Coal reopened its east pit on Monday, and Halden Coal said 300 miners had gone back to work.",
     [("has", "Halden Coal", "organization"), ("nottype", "Halden Coal", "person")]),
    ("company", "Network outage",
     "Mobile customers of telecoms operator Ruvonet lost service for six hours. Ruvonet apologised on Friday.",
     [("has", "Ruvonet", "organization"), ("nottype", "Ruvonet", "person")]),
    ("company", "People with a business word",
     "Samantha Power said the sanctions would stay. Danielle Steel said her new novel was finished, and "
     "Christopher Bank thanked his staff.",
     [("has", "Samantha Power", "person"), ("has", "Danielle Steel", "person"), ("has", "Christopher Bank", "person")]),
    ("place", "Boat sinks",
     "A fishing boat sank off Velmora on Sunday, and two men were rescued. Velmora said it would close the "
     "harbour.",
     [("place", "Velmora")]),
    ("place", "Roads cut",
     "Floods cut roads near Tresk and in the hills of eastern Varnholm, officials said.",
     [("place", "Tresk"), ("place", "Varnholm")]),
    ("place", "Ferry cancelled",
     "The ferry from Torvik to Aslund was cancelled on Friday. Aslund said the pier was damaged.",
     [("place", "Aslund"), ("place", "Torvik")]),
    ("place", "Grain queue",
     "Cargo ships queued at the port of Dalmaro as dockers walked out. Dalmaro handles most of the grain trade.",
     [("place", "Dalmaro")]),
    ("place", "Treaty signed",
     "Vardena and Kolstrom signed a border treaty on Friday. Kolstrom said the deal would last.",
     [("place", "Vardena"), ("place", "Kolstrom")]),
    ("place", "Storm damage",
     "The storm hit Kaldera overnight. In Kaldera, 3,000 homes lost power, and Kaldera's mayor asked for "
     "generators.",
     [("place", "Kaldera")]),
    ("place", "A person after in",
     "Critics had little confidence in Halvorsen, the finance minister, who said he would stay. Voters in "
     "Brennick backed Maria Lund.",
     [("has", "Halvorsen", "person"), ("has", "Maria Lund", "person"), ("place", "Brennick")]),
    ("plural_role", "Rail fund",
     "Tarvia and Ostland will share the cost, transport ministers Elin Sarto and Piet Ramsby announced on "
     "Monday.",
     [("role", "Elin Sarto", "transport minister"), ("role", "Piet Ramsby", "transport minister")]),
    ("plural_role", "Budget talks",
     "Finance ministers Ilse Varga and Tomas Brek said the deal was fair.",
     [("role", "Ilse Varga", "finance minister"), ("role", "Tomas Brek", "finance minister")]),
    ("plural_role", "Envoys meet",
     "The talks were led by foreign ministers Aiko Tanaka of Japan and Lena Berg of Sweden.",
     [("role", "Aiko Tanaka", "foreign minister"), ("role", "Lena Berg", "foreign minister")]),
    ("plural_role", "Court ruling",
     "Judges Mara Quint and Otto Lenz dissented, and the court's spokesmen said nothing.",
     [("role", "Mara Quint", "judge"), ("role", "Otto Lenz", "judge")]),
]

CLASSES = ("capitalised", "body_of_state", "person", "company", "place", "plural_role")
# before issue 15's fixes (all passages): capitalised 22/31, body_of_state 1/12, person 10/21;
# after: 31/31, 12/12, 19/21 ("Hakainde Hichilema": a given name no table here knows, labelled ORG by the NER). A
# floor sits under the measured share. Issue 19 point 5 (invented5's classes, passages written before the
# fixes): company 5/18 -> 14/18, place 8/12 -> 11/12, plural_role 0/8 -> 8/8.
FLOORS = {"capitalised": 0.9, "body_of_state": 0.85, "person": 0.8, "company": 0.75, "place": 0.9, "plural_role": 0.95}


def run_case(title: str, body: str, checks: list[tuple]) -> list[tuple[bool, str]]:
    rec = _record(title, body)
    actors = {a.id: a for a in rec.actors}
    have = [(a.name, a.type, a.affiliation) for a in rec.actors]
    out = []
    for chk in checks:
        if chk[0] == "not":
            bad = [a for a in rec.actors if fold(a.name) == fold(chk[1])]
            out.append((not bad, f"not {chk[1]!r}" + (f": got {(bad[0].name, bad[0].type)}" if bad else "")))
        elif chk[0] == "nottype":  # no actor so named of that type
            bad = [a for a in rec.actors if fold(a.name) == fold(chk[1]) and a.type == chk[2]]
            out.append((not bad, f"no {chk[2]} {chk[1]!r}: actors {have}"))
        elif chk[0] == "place":  # an actor so named, typed a place (a location or a country)
            got = [a.type for a in rec.actors if fold(a.name) == fold(chk[1])]
            out.append((bool(got) and all(t in ("location", "country") for t in got), f"place {chk[1]!r}: got {got}"))
        elif chk[0] == "role":  # the actor so named holds that role (case folded)
            got = [a.role for a in rec.actors if fold(a.name) == fold(chk[1])]
            out.append((fold(chk[2]) in [fold(r or "") for r in got], f"role of {chk[1]!r} {chk[2]!r}: got {got}"))
        elif chk[0] == "has":
            _, name, typ, *aff = chk
            ok = any(name_ok(a.name, name) and a.type == typ and (not aff or fold(a.affiliation or "") == fold(aff[0]))
                     for a in rec.actors)
            out.append((ok, f"has {name!r} ({typ}): actors {have}"))
        else:
            _, frag, name, aff = chk
            got = [actors.get(a.actor) for a in rec.attributions if any(fold(frag) in fold(c.text) for c in a.content)]
            ok = any(g is not None and name_ok(g.name, name) and (aff is None or fold(g.affiliation or "") == fold(aff))
                     for g in got)
            desc = [(g.name, g.type, g.affiliation) if g else None for g in got] or "no attribution"
            out.append((ok, f"says {frag!r} -> want {name!r} / {aff}, got {desc}"))
    return out


@functools.lru_cache(maxsize=1)
def measure() -> dict[str, tuple[int, int, list[str]]]:
    return tally(CASES, lambda _cls, title, body, checks: run_case(title, body, checks))


def test_cases_are_varied():
    for cls in CLASSES:
        passages = [c for c in CASES if c[0] == cls]
        assert len(passages) >= 4, cls
        assert len({c[1] for c in passages}) == len(passages)
    for _cls, title, body, checks in CASES:
        for chk in checks:
            if chk[0] == "says":
                assert fold(chk[1]) in fold(body), (title, chk)


@pytest.mark.parametrize("cls", CLASSES)
def test_share_per_class(cls):
    n, ok, fails = measure()[cls]
    print(f"\n{cls}: {ok}/{n} = {ok / n:.0%}")
    for f in fails:
        print("   ", f)
    assert ok / n >= FLOORS[cls], fails


if __name__ == "__main__":  # python -m tests.test_actors_broad: the shares and the failures
    for cls, (n, ok, fails) in measure().items():
        print(f"{cls}: {ok}/{n} = {ok / n:.0%}")
        for f in fails:
            print("   ", f)


@pytest.mark.parametrize("text, role", [
    ('"We are closed," the harbour master Ines Valk said on Monday.', "harbour master"),
    ('"We are closed," said the ferry captain Ines Valk.', "ferry captain"),
    ('"We are closed," local shopkeeper Ines Valk told reporters.', "local shopkeeper"),
    ('"We are closed," the teacher Ines Valk said.', "teacher"),
])
def test_a_role_before_a_name_the_ner_missed_is_the_persons_role(text, role):
    # the NER reads "Ines Valk" as a product here; the speaker is the person, with the role,
    # so that "Ines Valk" elsewhere is the same actor (not "ferry captain Ines Valk")
    import newsgraph

    rec = newsgraph.analyze(text, published="2025-05-05")
    people = [(a.name, a.type, a.role) for a in rec.actors]
    assert ("Ines Valk", "person", role) in people, people


def test_a_company_named_by_its_first_word_later_is_the_company():
    # "Medora Pharma ... Medora said": after the company rule typed the full name an organisation,
    # the short name went to a person of its own (speech set held-out 3 lost 'it' = the company)
    import newsgraph

    rec = newsgraph.analyze(
        "Drugmaker Kestra Pharma recalled two batches of a cough syrup on Friday after an alert from "
        "health officials. Kestra said the batches had passed every test before export. The company "
        "argued that the samples might have been fakes, which it said were common in the region.",
        published="2025-05-05")
    kinds = {(a.name, a.type) for a in rec.actors}
    assert ("Kestra Pharma", "organization") in kinds, kinds
    assert not any(a.name == "Kestra" and a.type == "person" for a in rec.actors), kinds
    said = [at for at in rec.attributions if at.speaker is not None and at.speaker.text == "Kestra"]
    org = next(a.id for a in rec.actors if a.name == "Kestra Pharma")
    assert said and all(at.actor == org for at in said), [(at.speaker.text, at.actor) for at in said]
