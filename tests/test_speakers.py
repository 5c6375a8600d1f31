"""Speaker resolution (components/speakers.py) on passages written for these tests.

tests/data/speaker_passages.json holds short passages, each attribution with the speaker span
the attributions stage should give and the expected actor (name, role, affiliation). The
resolver is measured on attributions built from those spans, so that this test follows the
speakers component alone; `test_passages_end_to_end` runs the attributions component too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsgraph.components.actors import fold
from newsgraph.components.speakers import resolve_speakers
from newsgraph.nlp import build_nlp
from newsgraph.record import Attribution, Span

PASSAGES = Path(__file__).resolve().parent / "data" / "speaker_passages.json"
ACTORS = [("newsgraph_actors", "newsgraph.components.actors")]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=ACTORS)


def passages() -> list[dict]:
    return json.loads(PASSAGES.read_text("utf-8"))["passages"]


# ----------------------------------------------------------------------------- helpers


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _nearest(text: str, needle: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The occurrence of needle (whole words) nearest to [lo, hi), preferring its paragraph."""
    best = None
    ps, pe = _paragraph(text, lo)
    for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
        s, e = m.start(), m.end()
        dist = 0 if (s < hi and lo < e) else min(abs(s - hi), abs(lo - e))
        key = (0 if ps <= s < pe else 1, dist)
        if best is None or key < best[0]:
            best = (key, (s, e))
    return best[1] if best else None


def synthetic_attributions(text: str, items: list[dict]) -> list[Attribution]:
    """The attributions the attributions stage should produce for a passage."""
    out: list[Attribution] = []
    prev_speaker: Span | None = None
    for it in items:
        cs = text.index(it["content_has"])
        ce = cs + len(it["content_has"])
        content = [Span.of(text, cs, ce)]
        if it["speaker_text"] is None:
            out.append(Attribution(kind="direct", content=content, context_speaker=prev_speaker))
            continue
        ss, se = _nearest(text, it["speaker_text"], cs, ce)
        speaker = Span.of(text, ss, se)
        cue = None
        if it.get("cue_text"):
            c = _nearest(text, it["cue_text"], ss, se)
            cue = Span.of(text, *c) if c else None
        out.append(Attribution(kind="indirect", speaker=speaker, cue=cue, content=content))
        prev_speaker = speaker
    return out


def name_ok(pred: str | None, gold: str) -> bool:
    """The seed scorer's rule: the canonical name, or for a description containment either way."""
    p, g = fold(pred or ""), fold(gold)
    if not p:
        return False
    if p == g:
        return True
    return gold[:1].islower() and (g in p or p in g)


def soft_ok(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return True
    p = fold(pred or "")
    return bool(p) and all(w in p for w in fold(gold).replace("-", " ").split() if len(w) > 2)


def evaluate(nlp, *, end_to_end: bool = False) -> dict:
    """Speaker and role accuracy over the passage set; with the failures listed."""
    n = speaker_ok = role_n = role_ok = found = 0
    failures = []
    for p in passages():
        text = p["text"]
        doc = nlp(text)
        if end_to_end:
            atts = list(doc._.attributions or [])
        else:
            atts = synthetic_attributions(text, p["attributions"])
            resolve_speakers(doc, atts)
        actors = {a.id: a for a in doc._.actors}
        used: set[int] = set()
        for it in p["attributions"]:
            n += 1
            want = fold(it["content_has"])
            cands = [i for i, a in enumerate(atts) if i not in used and want in fold(" ".join(c.text for c in a.content))]
            best = None
            for i in cands:
                act = actors.get(atts[i].actor)
                score = 2 * name_ok(act.name if act else None, it["speaker"]) + soft_ok(act.role if act else None, it["role"])
                if best is None or score > best[0]:
                    best = (score, i)
            if best is None:
                failures.append((p["id"], it["content_has"], "not found"))
                if it["role"] or it["affiliation"]:
                    role_n += 1
                continue
            found += 1
            used.add(best[1])
            act = actors.get(atts[best[1]].actor)
            ok = name_ok(act.name if act else None, it["speaker"])
            speaker_ok += ok
            rok = True
            if it["role"] or it["affiliation"]:
                role_n += 1
                rok = bool(act) and soft_ok(act.role, it["role"]) and soft_ok(act.affiliation, it["affiliation"])
                role_ok += rok
            if not ok or not rok:
                got = (act.name, act.role, act.affiliation) if act else None
                failures.append((p["id"], it["content_has"], f"want {it['speaker']!r}/{it['role']!r}/{it['affiliation']!r}, got {got}"))
    return {"n": n, "found": found, "speaker": speaker_ok, "role_n": role_n, "role": role_ok, "failures": failures}


# ----------------------------------------------------------------------------- tests


def test_passage_set_is_big_and_covers_the_cases():
    ps = passages()
    assert len(ps) >= 40
    covers = {c for p in ps for c in p["covers"]}
    for need in ("pronoun across paragraphs", "two people of the same gender", "surname shared by two people",
                 "woman named only by title", "man named only by title", "organisation as speaker",
                 "country as speaker", "quote alone in a paragraph"):
        assert need in covers, need
    for p in ps:
        for it in p["attributions"]:
            assert it["content_has"] in p["text"], (p["id"], it["content_has"])
            if it["speaker_text"] is not None:
                assert it["speaker_text"] in p["text"], (p["id"], it["speaker_text"])


def test_passages_speaker_and_role_accuracy(nlp):
    r = evaluate(nlp)
    speaker_acc = r["speaker"] / r["n"]
    role_acc = r["role"] / r["role_n"]
    print(f"\npassages: speaker {r['speaker']}/{r['n']} = {speaker_acc:.1%}, role {r['role']}/{r['role_n']} = {role_acc:.1%}")
    for f in r["failures"]:
        print("  ", f)
    assert speaker_acc >= 0.9, r["failures"]
    assert role_acc >= 0.85, r["failures"]


def test_passages_end_to_end():
    try:
        import newsgraph.components.attributions  # noqa: F401
    except ImportError:
        pytest.skip("the attributions component is not in this tree")
    nlp = build_nlp(components=ACTORS + [("newsgraph_attributions", "newsgraph.components.attributions"),
                                         ("newsgraph_speakers", "newsgraph.components.speakers")])
    r = evaluate(nlp, end_to_end=True)
    print(f"\nend to end: found {r['found']}/{r['n']}, speaker {r['speaker']}/{r['n']}, role {r['role']}/{r['role_n']}")
    for f in r["failures"]:
        print("  ", f)
    # of the attributions found, most speakers resolve (the finding is the attributions issue's)
    assert r["found"] == 0 or r["speaker"] / r["found"] >= 0.75


# ----------------------------------------------------------------------------- units


def _resolve(nlp, text: str, items: list[tuple[str, str | None]]):
    doc = nlp(text)
    atts = synthetic_attributions(text, [{"content_has": c, "speaker_text": s, "cue_text": None} for c, s in items])
    resolve_speakers(doc, atts)
    actors = {a.id: a for a in doc._.actors}
    return [actors[a.actor] if a.actor else None for a in atts]


def test_pronoun_follows_gender_from_title(nlp):
    text = ("Mr Paul Amadi met Dr Joy Eze in Abuja. Ms Eze had asked for the meeting. "
            "She said the clinic would open in May. He said the money was ready.")
    she, he = _resolve(nlp, text, [("clinic would open in May", "She"), ("the money was ready", "He")])
    assert she.name == "Joy Eze"
    assert he.name == "Paul Amadi"


def test_pronoun_prefers_the_subject_and_the_last_speaker(nlp):
    text = "Chief Justice Omar Bello thanked the lawyer Yakubu Sani. He said the court would sit again on Monday."
    (he,) = _resolve(nlp, text, [("the court would sit again", "He")])
    assert he.name == "Omar Bello"
    text2 = ("Union leader Tom Harris said the strike would go ahead. Chairman Peter Walsh said the offer stood.\n\n"
             "\"We will not raise it,\" he said.")
    _t, _p, he2 = _resolve(nlp, text2, [("strike would go ahead", "Union leader Tom Harris"),
                                        ("the offer stood", "Chairman Peter Walsh"), ("We will not raise it", "he")])
    assert he2.name == "Peter Walsh"


def test_quote_alone_takes_the_previous_speaker(nlp):
    text = "\"It is over,\" said Coach Ana Silva.\n\n\"We go home with our heads high.\""
    first, alone = _resolve(nlp, text, [("It is over", "Coach Ana Silva"), ("We go home", None)])
    assert first.name == "Ana Silva" and alone is first


def test_unnamed_description_is_an_actor_with_role_and_affiliation(nlp):
    text = "A spokesperson for the World Food Programme said deliveries had resumed."
    (a,) = _resolve(nlp, text, [("deliveries had resumed", "A spokesperson for the World Food Programme")])
    assert a.type == "person" and a.role == "spokesperson" and a.affiliation == "World Food Programme"
    assert a.name.startswith("spokesperson for the World Food Programme")


def test_the_minister_is_the_minister_in_play(nlp):
    text = "Finance Minister Nadia Yousef presented the budget. Health Minister Karim Aziz was absent. The finance minister said taxes would not rise."
    (a,) = _resolve(nlp, text, [("taxes would not rise", "The finance minister")])
    assert a.name == "Nadia Yousef"


def test_country_and_capital_speakers(nlp):
    text = "Tokyo protested the missile launch. Japan said it would raise the matter at the UN."
    tokyo, japan = _resolve(nlp, text, [("the missile launch", "Tokyo"), ("raise the matter", "Japan")])
    assert tokyo is japan and tokyo.code == "JPN"


def test_odd_attributions_resolve_or_stay_none_without_error(nlp):
    text = "\"Nobody knows,\" a voice said.\n\nIt was late."
    doc = nlp(text)
    q = text.index("Nobody knows")
    v = text.index("a voice")
    atts = [Attribution(kind="direct", content=[Span.of(text, q, q + 12)]),
            Attribution(kind="direct", speaker=Span.of(text, v, v + 7), content=[Span.of(text, q, q + 12)])]
    resolve_speakers(doc, atts)
    assert atts[0].actor is None  # nothing before it to take over
    a = {x.id: x for x in doc._.actors}[atts[1].actor]
    assert a.name == "voice" and a.type == "other"


# ----------------------------------------------------------------------------- the golden example


def test_seed_speakers_where_the_attributions_stage_gives_a_span():
    """On the golden example, every speaker the attributions stage finds resolves to the right actor.

    Only attributions whose content the gold lists are checked, and only where the predicted
    speaker span is the gold speaker's name, a pronoun, a description or absent: a span naming
    someone else is the attributions stage's miss, not this component's.
    """
    from .conftest import SEED, SEED_GOLD, need_shared

    need_shared("seed")
    try:
        import newsgraph.components.attributions  # noqa: F401
    except ImportError:
        pytest.skip("the attributions component is not in this tree")
    from newsgraph.pipeline import Item, extract

    gold = json.loads(SEED_GOLD.read_text("utf-8"))
    art = extract(Item(content=SEED.read_text("utf-8"), published="2023-06-30"))
    nlp = build_nlp(components=ACTORS + [("newsgraph_attributions", "newsgraph.components.attributions"),
                                         ("newsgraph_speakers", "newsgraph.components.speakers")])
    doc = nlp(art.body)
    actors = {a.id: a for a in doc._.actors}
    checked = 0
    for g in gold["attributions"]:
        want = fold(g["content_has"])
        for a in doc._.attributions:
            if want not in fold(" ".join(c.text for c in a.content)):
                continue
            sp = fold(a.speaker.text) if a.speaker else ""
            surname = fold(g["speaker"]).split()[-1]
            fair = (not sp or surname in sp or sp in ("he", "she") or sp.startswith(("a ", "the ")) and "council" not in sp
                    or sp == fold(g["speaker"]))
            if not fair:
                continue
            act = actors.get(a.actor)
            assert act is not None and name_ok(act.name, g["speaker"]), (g["content_has"], a.speaker, act)
            if g["role"]:
                assert soft_ok(act.role, g["role"]) and soft_ok(act.affiliation, g["affiliation"]), (g["content_has"], act)
            checked += 1
            break
    assert checked >= 12
