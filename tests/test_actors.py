"""Actors (components/actors.py): gazetteer, metonymy, name merging, roles and affiliations.

The sentences here are written for these tests; the golden example is read from ../shared.
"""

from __future__ import annotations

import json

import pytest

from newsgraph.components.actors import caption_actors, fold, load_gazetteer
from newsgraph.nlp import build_nlp
from newsgraph.record import Article, Caption

from .conftest import SEED, SEED_GOLD, need_shared

ACTORS = [("newsgraph_actors", "newsgraph.components.actors")]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=ACTORS)


def actors_of(nlp, text):
    doc = nlp(text)
    return doc, {a.name: a for a in doc._.actors}


# ----------------------------------------------------------------------------- the tables


def test_gazetteer_countries_names_demonyms_capitals():
    g = load_gazetteer()
    assert g.lookup("Ivory Coast") == g.lookup("Cote d'Ivoire") == g.lookup("Côte d’Ivoire") == "country:CIV"
    assert g.lookup("Malian") == g.lookup("Bamako") == g.lookup("Mali") == "country:MLI"
    assert g.lookup("British") == g.lookup("UK") == g.lookup("London") == "country:GBR"
    assert g.entries["country:GBR"].name == "United Kingdom"
    assert g.entries["country:RUS"].name == "Russia"
    # pycountry supplies the ISO names we do not list ourselves
    assert g.lookup("Russian Federation") == "country:RUS"
    assert g.lookup("Plurinational State of Bolivia") == "country:BOL"
    # every ISO 3166 country has an entry with its alpha-3 code
    import pycountry

    for c in pycountry.countries:
        e = g.entries[f"country:{c.alpha_3}"]
        assert e.code == c.alpha_3 and e.type == "country"
    assert "Herculean" not in g.surfaces


def test_gazetteer_bodies_and_groups():
    g = load_gazetteer()
    assert g.lookup("UN") == g.lookup("United Nations") == "org:United Nations"
    sc = g.entries[g.lookup("UN Security Council")]
    assert sc.name == "United Nations Security Council" and sc.parent == "org:United Nations"
    assert g.entries[g.lookup("MINUSMA")].parent == "org:United Nations"
    assert g.lookup("United Nations Stabilization Mission in Mali") == "org:MINUSMA"
    assert g.lookup("MONUSCO") == "org:MONUSCO"
    for name in ("African Union", "EU", "NATO", "ECOWAS", "Wagner Group", "Boko Haram", "Hezbollah"):
        assert g.lookup(name), name
    assert g.entries[g.lookup("Wagner group")].name == "Wagner Group"


# ----------------------------------------------------------------------------- entities


def test_countries_are_never_people_and_odd_adjectives_no_nationality(nlp):
    doc, acts = actors_of(nlp, "Mali said on Monday that the Herculean effort of Sahel farmers had saved the harvest. "
                               "As a former Belgian Colony, Rwanda kept close ties with Brussels.")
    people = [a.name for a in doc._.actors if a.type == "person"]
    assert people == []
    assert acts["Mali"].type == "country" and acts["Mali"].code == "MLI"
    assert "Herculean" not in acts
    assert acts["Sahel"].type == "location"
    assert acts["Belgium"].code == "BEL"
    assert not any("Colony" in n for n in acts)


def test_demonyms_and_capitals_are_the_country(nlp):
    _doc, acts = actors_of(nlp, "Moscow denied the report. Russian officials said Russia would not comment, "
                                "and Paris renewed its support for Bamako. Malian troops held the town.")
    assert [m.text for m in acts["Russia"].mentions] == ["Moscow", "Russian", "Russia"]
    assert {m.text for m in acts["Mali"].mentions} == {"Bamako", "Malian"}
    assert acts["France"].mentions[0].text == "Paris"
    assert "Bamako" not in acts and "Paris" not in acts


def test_a_capital_as_a_place_is_a_location(nlp):
    _doc, acts = actors_of(nlp, "The talks were held in Nairobi, and Kenya said they had gone well.")
    assert acts["Nairobi"].type == "location"
    assert acts["Kenya"].type == "country"


def test_ambiguous_place_names_next_to_personal_names(nlp):
    _doc, acts = actors_of(nlp, "Jordan Bardella spoke in Lyon. Jordan closed the border crossing.")
    assert "Jordan" in acts and acts["Jordan"].type == "country"
    assert len(acts["Jordan"].mentions) == 1 and acts["Jordan"].mentions[0].start > 10


def test_a_national_security_council_is_not_the_un_one(nlp):
    _doc, acts = actors_of(nlp, "Russia's Security Council met on Friday. The UN Security Council meets next week.")
    un = acts["United Nations Security Council"]
    assert [m.text for m in un.mentions] == ["UN Security Council"]


def test_org_and_its_acronym_merge(nlp):
    _doc, acts = actors_of(nlp, "The National Farmers Alliance (NFA) called a strike. The NFA said 3,000 members would join.")
    orgs = [a for a in acts.values() if a.type == "organization"]
    assert len(orgs) == 1 and orgs[0].name == "National Farmers Alliance"
    assert len(orgs[0].mentions) == 2


# ----------------------------------------------------------------------------- people


def test_names_merge_and_titles_are_not_names(nlp):
    doc, acts = actors_of(nlp, "Ms Hillary Clinton met Mr Bill Clinton's aides. Later Ms Clinton said the plan was sound. "
                               "Foreign Minister Kofi Annan Mensah arrived; Mensah spoke briefly.")
    people = sorted(a.name for a in doc._.actors if a.type == "person")
    assert people == ["Bill Clinton", "Hillary Clinton", "Kofi Annan Mensah"]
    assert [m.text for m in acts["Hillary Clinton"].mentions] == ["Hillary Clinton", "Clinton"]
    assert [m.text for m in acts["Kofi Annan Mensah"].mentions] == ["Kofi Annan Mensah", "Mensah"]


def test_surname_shared_goes_to_the_first_named_unless_a_title_says_otherwise(nlp):
    _doc, acts = actors_of(nlp, "Daniel Okafor opened the debate. Grace Okafor replied. Okafor then left the room.")
    assert [m.text for m in acts["Daniel Okafor"].mentions] == ["Daniel Okafor", "Okafor"]
    assert len(acts["Grace Okafor"].mentions) == 1
    _doc, acts = actors_of(nlp, "Daniel Okafor opened the debate. His sister, Senator Grace Okafor, replied. "
                               "Ms Okafor then left the room.")
    assert [m.text for m in acts["Grace Okafor"].mentions] == ["Grace Okafor", "Okafor"]


def test_roles_and_affiliations_from_premodifiers_and_appositions(nlp):
    text = ("Kenya's Foreign Minister Alfred Mutua met Russia's deputy envoy to the AU, Olga Petrova, and "
            "British Defence Secretary John Hale. Secretary-General Ana Costa of the UN sent a message. "
            "Marie Dubois, France's UN ambassador, spoke last. Senegalese Prime Minister Amadou Ba listened. "
            "NATO chief Lars Berg did not attend.")
    _doc, acts = actors_of(nlp, text)
    want = {
        "Alfred Mutua": ("Foreign Minister", "Kenya"),
        "Olga Petrova": ("deputy envoy to the AU", "Russia"),
        "John Hale": ("Defence Secretary", "United Kingdom"),
        "Ana Costa": ("Secretary-General", "United Nations"),
        "Marie Dubois": ("UN ambassador", "France"),
        "Amadou Ba": ("Prime Minister", "Senegal"),
        "Lars Berg": ("chief", "NATO"),
    }
    for name, (role, aff) in want.items():
        a = acts[name]
        assert (a.role, a.affiliation) == (role, aff), name
        assert a.type == "person"


def test_unnamed_person_after_title_found(nlp):
    _doc, acts = actors_of(nlp, "Ugandan President Moses Okello arrived late.")
    assert acts["Moses Okello"].role == "President" and acts["Moses Okello"].affiliation == "Uganda"


def test_bodies_carry_their_parent_as_affiliation(nlp):
    _doc, acts = actors_of(nlp, "MONUSCO patrols were suspended, the UN said.")
    assert acts["MONUSCO"].affiliation == "United Nations"
    assert acts["United Nations"].type == "organization"


def test_actor_ids_and_spans_are_consistent(nlp):
    text = "Ghana's President Kwame Mensah said Ghana would help. Mensah spoke in Accra."
    doc, _acts = actors_of(nlp, text)
    ids = [a.id for a in doc._.actors]
    assert ids == [f"a{i}" for i in range(1, len(ids) + 1)]
    for a in doc._.actors:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text


def test_gazetteer_runs_before_the_ner(nlp):
    names = nlp.pipe_names
    assert names.index("newsgraph_gazetteer") < names.index("ner") < names.index("newsgraph_actors")


def test_caption_actors_are_added_with_caption_offsets(nlp):
    art = Article(body="Mali said it would leave.", captions=[Caption(text="A Nigerian soldier in Gao. (Photo by AFP)")])
    doc = nlp(art.body)
    actors = caption_actors(art, list(doc._.actors), nlp)
    ng = next(a for a in actors if a.name == "Nigeria")
    assert ng.mentions == [] and ng.caption_mentions == [{"caption": 0, "start": 2, "end": 10, "text": "Nigerian"}]
    assert len({a.id for a in actors}) == len(actors)


# ----------------------------------------------------------------------------- the golden example


def test_seed_actors():
    need_shared("seed")
    from newsgraph.pipeline import Item, extract

    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    art = extract(Item(content=SEED.read_text("utf-8"), published="2023-06-30"))
    nlp = build_nlp(components=ACTORS)
    doc = nlp(art.body)
    actors = caption_actors(art, list(doc._.actors), nlp)
    by = {fold(a.name): a for a in actors}
    for g in gold["actors"]:
        a = by.get(fold(g["name"]))
        assert a is not None and a.type == g["type"], g["name"]
        same = [x for x in actors if fold(x.name) in {fold(n) for n in [g["name"]] + g.get("aliases", [])}]
        assert len(same) == 1, g["name"]
        if g["type"] == "person":
            assert fold(g["role"]).split()[-1] in fold(a.role or ""), g["name"]
            assert fold(a.affiliation or "") == fold(g["affiliation"]), g["name"]
    for np_ in gold["not_persons"]:
        assert not any(a.type == "person" and fold(a.name) == fold(np_) for a in actors), np_
