"""The speakers component's look-ups by bisection (speakers._MentionIndex and the Resolver's
event / speaker windows) give what the scans over every mention gave."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from newsgraph.components import speakers
from newsgraph.components.actors import INDEX_KEY
from newsgraph.components.actors import actor_index
from newsgraph.components.speakers import Resolver, _MentionIndex, resolve_speakers
from newsgraph.nlp import build_nlp

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


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
