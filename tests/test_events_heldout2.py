"""Events on news nobody tuned to, round 5 (issue 15): object nouns the CAMEO patterns interchange.

Every passage here is invented for this file (none is taken from the PLOVER dev half or any
article). Each runs with the hand lexicon's types removed, as a held-out fold of
scripts/plover_cv.py sees news, so that only the broad tables decide.

The class: PETRARCH2's CAMEO dictionary writes a verb's phrase patterns with one noun where news
uses another of the same sense ("UPGRADE * {DIPLOMATIC RELATIONS} [050]", read on "upgraded their
diplomatic ties"; "SCRAP * VISIT [160]" on "scrapped a trip"), and a verb whose block has no code
of its own then gives no event at all. The table's "substitutes" (scripts/build_event_verbs.py)
are the nouns the dictionary's own patterns use in place of one another: each the one-word object
of a pattern under the same CAMEO category in four verb blocks or more (relations/ties,
aid/assistance, talks/negotiation/meeting/summit/conference, support/backing, trip/visit,
protest/demonstration). Nothing here is a list of words from the dev set.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from newsgraph.components import events as ev
from newsgraph.formats.plover import build_event_nlp
from newsgraph.nlp import register_extensions

from .test_events_broad import events, has

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return build_event_nlp()


def unseen(nlp, text: str, monkeypatch) -> list[dict]:
    """The counted events with the hand lexicon's types taken away (its grammar kept)."""
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


# a verb whose CAMEO patterns name the object with the other noun of a substitute pair
SUBSTITUTED = [
    ("Ghana and Togo upgraded their diplomatic ties on Monday after years of frosty contact.",
     "SUPPORT", "Ghana|Togo", None),
    ("Hungary has reduced relations with Belarus to the level of a charge d'affaires.",
     "SANCTION", "Hungary", "Belarus"),
    ("Peru froze ties with Bolivia on Thursday in a row over a border post.",
     "SANCTION", "Peru", "Bolivia"),
    ("Canada and India mended ties during a visit by the Indian foreign minister to Ottawa.",
     "SUPPORT", "Canada|India", None),
    ("Turkey and Egypt warmed ties this spring after a decade of hostility.",
     "SUPPORT", "Turkey|Egypt", None),
    ("The Thai prime minister scrapped a trip to Cambodia after the border clash.",
     "SANCTION", "Thai", "Cambodia"),
]


@pytest.mark.parametrize("text,typ,source,target", SUBSTITUTED)
def test_a_pattern_reads_the_nouns_substitute(nlp, monkeypatch, text, typ, source, target):
    evs = unseen(nlp, text, monkeypatch)
    assert has(evs, typ, source, target), evs


# the substitutes widen patterns, not verbs: no pattern, no event; no actors, no event
NO_EVENT = [
    "Ghana upgraded its main airport with money from a Chinese bank.",
    "The ministry reduced its ties budget by a third.",
    "Shares in the firm froze after the talks collapsed.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_substitutes_make_no_event_of_their_own(nlp, monkeypatch, text):
    evs = unseen(nlp, text, monkeypatch)
    assert not has(evs, "SANCTION") and not has(evs, "SUPPORT"), evs


def test_the_table_lists_substitutes_both_ways():
    with gzip.open(ROOT / "src" / "newsgraph" / "data" / "events" / "verbs.json.gz", "rt", encoding="utf-8") as f:
        subs = json.load(f)["substitutes"]
    assert "ties" in subs["relations"] and "relations" in subs["ties"]
    assert "assistance" in subs["aid"]
    for w, others in subs.items():
        for o in others:
            assert w in subs[o], (w, o)
    # pairs the patterns do not interchange often enough are not listed: "attack" and "sanctions"
    # share 2 blocks; "talks" and "visit" 4 of 17 ("called off its strike after talks" would
    # have read as a cancelled visit)
    assert "sanctions" not in subs.get("attack", [])
    assert "visit" not in subs.get("talks", []) and "talks" not in subs.get("visit", [])


def test_talks_beside_a_strike_called_off_are_no_visit(nlp, monkeypatch):
    evs = unseen(nlp, "Nurses in Ghana called off their strike after talks with the health ministry.", monkeypatch)
    assert has(evs, "CONCEDE", "Nurses"), evs
    assert not has(evs, "CONSULT"), evs
