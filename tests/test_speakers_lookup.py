"""The speakers component's look-ups by bisection (speakers._MentionIndex and the Resolver's
event / speaker windows) give what the scans over every mention gave; its look-ups of actors by
name, body word and role word (speakers._ActorLookup) what the scans over every actor gave."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from newsgraph.components import speakers
from newsgraph.components.actors import INDEX_KEY
from newsgraph.components.actors import actor_index, fold
from newsgraph.components.speakers import Resolver, _ActorLookup, _MentionIndex, resolve_speakers
from newsgraph.nlp import build_nlp
from newsgraph.record import Actor

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
DATA = Path(__file__).resolve().parent / "data"


def _random_mentions(rng: random.Random, n: int, ordered: bool) -> list[tuple[int, int, str]]:
    out = []
    for k in range(n):
        s = rng.randrange(0, 200)
        length = rng.choice([0, 1, 1, 2, 3, 5, 40])  # an empty one and a long one now and then
        out.append((s, s + length, f"a{k % 7}"))
    if ordered:
        out.sort(key=lambda m: m[0])
    return out


@pytest.mark.parametrize("ordered", [True, False])
def test_mention_index_answers_as_the_scans(ordered):
    rng = random.Random(17)
    for _ in range(30):
        ms = _random_mentions(rng, rng.randrange(0, 60), ordered)
        mi = _MentionIndex(ms)
        assert mi.in_order == all(a[0] <= b[0] for a, b in zip(ms, ms[1:]))
        for _ in range(40):
            lo = rng.randrange(-5, 210)
            hi = lo + rng.randrange(0, 12)
            assert mi.overlapping(lo, hi) == [k for k, (s, e, _a) in enumerate(ms) if s < hi and lo < e]
            assert mi.starting(lo, hi) == [k for k, (s, _e, _a) in enumerate(ms) if lo <= s < hi]
            if ordered:
                assert mi.before(lo) == sum(1 for s, _e, _a in ms if s < lo)


@pytest.fixture(scope="module")
def parsed():
    """The sample's plain-text reports one after the other, twice over (many mentions of the same
    people and bodies), parsed up to the speakers component."""
    nlp = build_nlp(components=[("newsgraph_actors", "newsgraph.components.actors"),
                                ("newsgraph_attributions", "newsgraph.components.attributions")])
    bodies = [f.read_text(encoding="utf-8").split("\n\n", 3)[-1] for f in sorted(SAMPLE.glob("*.txt"))]
    return nlp("\n\n".join(bodies * 2))


def _resolve(doc, monkeypatch, fast: bool):
    doc = copy.deepcopy(doc)  # resolve_speakers changes the index, the actors and the attributions
    if not fast:
        real = _MentionIndex.__init__

        def scans(self, mentions):
            real(self, mentions)
            self.in_order = False  # the Resolver takes its scans from the start instead

        monkeypatch.setattr(speakers._MentionIndex, "__init__", scans)
    actors = resolve_speakers(doc)
    monkeypatch.undo()
    return ([(a.speaker and a.speaker.text, a.actor) for a in doc._.attributions],
            [(a.id, a.name, a.type, a.role, a.affiliation, [m.start for m in a.mentions]) for a in actors])


def test_bisected_windows_resolve_as_the_scans(parsed, monkeypatch):
    assert len(parsed.user_data[INDEX_KEY].mentions) > 50 and len(parsed._.attributions) > 20
    fast = _resolve(parsed, monkeypatch, fast=True)
    slow = _resolve(parsed, monkeypatch, fast=False)
    assert fast == slow
    assert sum(1 for _sp, aid in fast[0] if aid) > 20  # most attributions get an actor


def test_resolver_lookups_answer_as_the_scans(parsed):
    """After a run (events and speakers added along the way), each bisected look-up gives what
    the scan it replaced gives, at every token."""
    doc = copy.deepcopy(parsed)
    atts = doc._.attributions
    index = actor_index(doc)
    r = Resolver(doc, index, atts)
    r.run(atts)
    assert r._fast and len(r.speaker_at) > 20 and len(r.events) > 50
    aids = sorted({aid for _t, aid in r.speaker_at})
    for p in range(0, len(doc), 3):
        before = [aid for t, aid in r.speaker_at if t < p]
        assert r._prev_speaker(p) == (before[-1] if before else None)
        for aid in aids[:4]:
            assert r._last_spoke(p, aid) == max((t for t, a in r.speaker_at if t < p and a == aid), default=-1)
        assert r._actor_at(p, p + 2) == index.actor_at(p, p + 2)
        sp = r.sent_of[p]
        for dist in (0, 1, 5):
            assert r._events_near(p, dist) == [ev for ev in r.events if ev.tok < p and sp - ev.sent <= dist]
            assert r._others_near(p, sp, dist) == [ev for ev in r.other_events if ev.tok < p and sp - ev.sent <= dist]


# ---------------------------------------------------------------- the actors by name (_ActorLookup)
# the scans over every actor that speakers._ActorLookup replaces (new_actor, institution,
# _actor_named, _last_body_named, description), as they were written there


def _scan_named(actors, f):
    return [aid for aid, a in actors.items() if fold(a.name) == f]


def _scan_described_named(actors, f):
    return next((aid for aid, a in actors.items() if getattr(a, "described", False) and fold(a.name) == f), None)


def _scan_body(actors, words):
    best = None
    for aid, a in actors.items():
        if getattr(a, "described", False) and a.type == "organization" and words & set(fold(a.name).split()):
            best = aid
    return best


def _scan_role(actors, w):
    best = None
    for aid, a in actors.items():
        if getattr(a, "described", False) and a.role and w in fold(a.role):
            best = aid
    return best


_NAMES = ["Interior Ministry", "interior  ministry", "Intérior Ministry", "army", "the army", "Officials",
          "officials", "spokesman", "Health Ministry", "state media", "Media", "UN Office"]
_ROLES = [None, "", "spokesman", "army spokesman", "Foreign Minister", "minister", "ministers' envoy", "Envoy"]
_WORDS = ["ministry", "army", "officials", "media", "un", "office", "spokes", "spokesman", "minister", "envoy",
          "foreign minister", "", "x"]


def test_actor_lookup_answers_as_the_scans():
    """Actors added one by one (told with add, or behind the index's back), roles set and
    changed now and then: after each step every question gets the scan's answer."""
    rng = random.Random(10)
    for _ in range(40):
        actors = {}
        for k in range(rng.randrange(0, 6)):  # some there before the index is made
            a = Actor(id=f"a{k + 1}", name=rng.choice(_NAMES), type=rng.choice(["person", "organization", "group"]),
                      role=rng.choice(_ROLES))
            if rng.random() < 0.5:
                a.described = True
            actors[a.id] = a
        lk = _ActorLookup(actors)
        for _step in range(40):
            r = rng.random()
            if r < 0.5:
                aid = f"a{len(actors) + 1}"
                a = Actor(id=aid, name=rng.choice(_NAMES), type=rng.choice(["person", "organization", "group"]),
                          role=rng.choice(_ROLES))
                if rng.random() < 0.7:
                    a.described = True
                actors[aid] = a
                if rng.random() < 0.8:
                    lk.add(aid)  # else taken in at the next question
            elif r < 0.7 and actors:
                aid = rng.choice(list(actors))
                actors[aid].role = rng.choice(_ROLES)
                lk.role_changed(aid)
            for w in _WORDS:
                assert lk.named(w) == _scan_named(actors, w)
                assert lk.described_named(w) == _scan_described_named(actors, w)
                assert lk.with_role_word(w) == _scan_role(actors, w)
                for w2 in ("ministry", "army", "media"):
                    assert lk.body_with_word({w, w2}) == _scan_body(actors, {w, w2})
            for f in {fold(n) for n in _NAMES}:
                assert lk.named(f) == _scan_named(actors, f)
                assert lk.described_named(f) == _scan_described_named(actors, f)


# bodies named and then taken up again ("The ministry"), described speakers named twice,
# "whose envoy", "his country": each of the look-ups is asked, and finds, more than once
_LOOKUP_TEXT = (
    "Egypt's interior ministry said on Monday that 40 people had been arrested. "
    "The ministry said the arrests were lawful.\n\n"
    "Nigeria's ambassador Ibrahim Musa said his country would not accept the plan. "
    "His country regrets the decision, Musa said.\n\n"
    "France, whose envoy said the vote was unfair, abstained. "
    "Kenya, whose spokesman told reporters the talks had failed, walked out.\n\n"
    "Egypt's interior ministry said on Tuesday that the curfew would end. "
    "The interior ministry added that roads would reopen.\n\n"
    "A spokesperson for the agency said the convoy was delayed. The spokesperson said aid would follow.\n\n")


@pytest.fixture(scope="module")
def described():
    """The text above and the speaker passages of tests/data, each twice over, parsed up to
    the speakers component."""
    nlp = build_nlp(components=[("newsgraph_actors", "newsgraph.components.actors"),
                                ("newsgraph_attributions", "newsgraph.components.attributions")])
    passages = json.loads((DATA / "speaker_passages.json").read_text(encoding="utf-8"))["passages"]
    return nlp("\n\n".join([_LOOKUP_TEXT] * 2 + [p["text"] for p in passages] * 2))


def test_actor_lookups_resolve_as_the_scans(described, monkeypatch):
    """resolve_speakers with the index gives the records it gives with the scans over every
    actor in its place, and the look-ups are asked and answer along the way."""
    asked: dict[str, int] = {}
    found: dict[str, int] = {}
    for name in ("named", "described_named", "body_with_word", "with_role_word"):
        real = getattr(_ActorLookup, name)

        def counted(self, *args, _real=real, _name=name):
            out = _real(self, *args)
            asked[_name] = asked.get(_name, 0) + 1
            found[_name] = found.get(_name, 0) + bool(out)
            return out

        monkeypatch.setattr(_ActorLookup, name, counted)
    fast = _resolve(described, monkeypatch, fast=True)  # (undoes the patches)
    assert all(found.get(n, 0) >= 2 for n in ("named", "described_named", "body_with_word", "with_role_word")), found
    assert all(asked[n] > found[n] for n in ("described_named", "body_with_word", "with_role_word")), (asked, found)

    monkeypatch.setattr(_ActorLookup, "named", lambda self, f: _scan_named(self.actors, f))
    monkeypatch.setattr(_ActorLookup, "described_named", lambda self, f: _scan_described_named(self.actors, f))
    monkeypatch.setattr(_ActorLookup, "body_with_word", lambda self, words: _scan_body(self.actors, words))
    monkeypatch.setattr(_ActorLookup, "with_role_word", lambda self, w: _scan_role(self.actors, w))
    slow = _resolve(described, monkeypatch, fast=True)
    assert fast == slow
    assert len(fast[1]) > 120 and sum(1 for _sp, aid in fast[0] if aid) > 100
