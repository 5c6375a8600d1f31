"""Actors: the people, organisations, countries and groups an article names.

For now (foundation) this groups spaCy's named entities into provisional actors: one per
distinct name, with every mention. The actors issue replaces it with gazetteers, metonymy,
name merging, roles and affiliations.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import Actor, Span

_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "LOC": "location",
    "FAC": "location",
}


def provisional_actors(doc: Doc) -> list[Actor]:
    by_key: dict[tuple[str, str], Actor] = {}
    for ent in doc.ents:
        typ = _TYPES.get(ent.label_)
        if typ is None:
            continue
        name = ent.text.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        if not name:
            continue
        key = (typ, name.lower())
        act = by_key.get(key)
        if act is None:
            act = Actor(id=f"a{len(by_key) + 1}", name=name, type=typ, label=ent.label_, provisional=True)
            by_key[key] = act
        act.mentions.append(Span.of(doc.text, ent.start_char, ent.end_char))
    return list(by_key.values())


@Language.component("newsgraph_actors")
def actors_component(doc: Doc) -> Doc:
    doc._.actors = provisional_actors(doc)
    return doc
