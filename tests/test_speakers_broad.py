"""Speakers on passages written for issue 15, one group per failure class seen in real reports.

Every passage below was written for this file (no sentence is taken from a dev set, the seed or
any article); they vary the wording, the outlet style and the countries. Each check names a
piece of reported content and the actor that should be its speaker, or a name that must never
be a speaker. Classes:

- body: "it", "the statement", "the council", "the report" for a body or a document: the body
  named before; a document's statement is its issuer's;
- junta: "the junta" / "the military junta" of a named country is tied to that country (the
  country itself, or an actor whose affiliation it is);
- nearby_noun: the speaker is who demanded or said, not a nearby noun ("The vote followed ...");
- dateline: a dateline city ("ISLAMABAD:", "ABUJA -") is never the speaker;
- headline: the title's attribution ("..., Hamas says", "Kremlin says ...") is found
  (components/attributions.title_attributions) and its speaker is the actor the body names.

The share of checks passed per class is printed; each class has a floor (measured before and
after the fixes of issue 15: see the commit messages).
"""

from __future__ import annotations

import functools

import pytest

from newsgraph.components.actors import fold
from newsgraph.components.attributions import title_attributions
from newsgraph.pipeline import analyze

from .test_speakers import name_ok

# (class, title, body, checks); a check is ("say", content fragment, expected speaker[, tied
# country]) or ("never", name): no attribution's speaker or actor is that name
CASES: list[tuple[str, str, str, list[tuple]]] = [
    # ------------------------------------------------------------------ body / document
    ("body", "Council weighs Sudan aid",
     "The UN Security Council met behind closed doors on Thursday to discuss the fighting in Sudan. "
     "The council said it was gravely concerned by attacks on civilians in El Fasher. It also called on "
     "all parties to let aid convoys through.",
     [("say", "gravely concerned", "United Nations Security Council"),
      ("say", "let aid convoys through", "United Nations Security Council")]),
    ("body", "Gabon suspended",
     "The African Union Peace and Security Council suspended Gabon on Thursday. In a communique, the council "
     "urged the army to restore constitutional order. The communique said the suspension would last until "
     "elections were held.",
     [("say", "restore constitutional order", "African Union Peace and Security Council"),
      ("say", "suspension would last", "African Union Peace and Security Council")]),
    ("body", "Cholera cases double",
     "Kenya's Ministry of Health released a report on cholera on Friday. The report said infections had "
     "doubled in Mombasa since March. It warned that heavy rains could worsen the outbreak.",
     [("say", "infections had doubled", "ministry of health", "Kenya"),
      ("say", "heavy rains could worsen", "ministry of health", "Kenya")]),
    ("body", "New vaccine advice",
     "The World Health Organization issued new guidance on mpox vaccines on Tuesday. The guidance says "
     "children in outbreak areas should be vaccinated first.",
     [("say", "children in outbreak areas", "World Health Organization")]),
    ("body", "Bogota protests detention",
     "Colombia's foreign ministry issued a statement late on Sunday. The statement accused Venezuela of "
     "holding two Colombian soldiers without charge.",
     [("say", "holding two Colombian soldiers", "foreign ministry", "Colombia")]),
    ("body", "IMF cuts forecast",
     "The International Monetary Fund cut its growth forecast for Argentina on Wednesday. The fund said "
     "inflation would stay high through next year.",
     [("say", "inflation would stay high", "International Monetary Fund")]),
    ("body", "Prison report",
     "Amnesty International published a report on prisons in Egypt on Monday. In the report, the group said "
     "detainees were routinely denied medical care.",
     [("say", "routinely denied medical care", "Amnesty International")]),
    ("body", "Georgia vote criticised",
     "The European Parliament adopted a resolution on Georgia on Thursday. The resolution said the election "
     "had been neither free nor fair.",
     [("say", "neither free nor fair", "European Parliament")]),
    # ------------------------------------------------------------------ junta
    ("junta", "Myanmar vote plan",
     "Myanmar's military junta said on Sunday it would hold elections in December. The junta also said "
     "parties that refused to register would be dissolved.",
     [("say", "hold elections in December", "junta", "Myanmar"),
      ("say", "refused to register", "junta", "Myanmar")]),
    ("junta", "Envoy expelled",
     "The military junta in Niger ordered the French ambassador to leave within 48 hours. The junta said "
     "the envoy had ignored an invitation to a meeting.",
     [("say", "ignored an invitation", "junta", "Niger")]),
    ("junta", "Broadcaster suspended",
     "Burkina Faso's ruling junta suspended a radio station on Thursday. In a statement read on state "
     "television, the junta accused the station of spreading false news.",
     [("say", "spreading false news", "junta", "Burkina Faso")]),
    ("junta", "Cabinet dissolved",
     "Guinea's military rulers dissolved the government on Monday. The junta said a new cabinet would be "
     "named within a week.",
     [("say", "new cabinet would be named", "junta", "Guinea")]),
    ("junta", "Troops refused",
     "Sudan's army-led government rejected the peace proposal on Friday. The junta said foreign troops "
     "would not be allowed into the country.",
     [("say", "foreign troops would not be allowed", "junta", "Sudan")]),
    # ------------------------------------------------------------------ a nearby noun
    ("nearby_noun", "Refinery to close",
     "The assembly has voted to close the refinery after the country's Energy Minister Tomas Rivera called "
     "the plant a \"hazard\" and demanded its immediate closure.",
     [("say", "immediate closure", "Tomas Rivera"), ("say", "the plant a", "Tomas Rivera")]),
    ("nearby_noun", "Inquiry vote",
     "The vote followed weeks of lobbying by Chile, which demanded an independent inquiry into the killings.",
     [("say", "independent inquiry", "Chile"), ("never", "vote")]),
    ("nearby_noun", "Text agreed",
     "The resolution was drafted by France, whose envoy said the text reflected broad agreement.",
     [("say", "reflected broad agreement", "envoy", "France"), ("never", "resolution")]),
    ("nearby_noun", "Sanctions announced",
     "The sanctions were announced after Canada's foreign minister Melanie Joly said the regime had crossed "
     "a red line.",
     [("say", "crossed a red line", "Melanie Joly"), ("never", "sanctions")]),
    ("nearby_noun", "Police row",
     "The decision followed Serbia's insistence that Kosovo's police leave the north.",
     [("say", "police leave the north", "Serbia"), ("never", "decision")]),
    ("nearby_noun", "Hezbollah threat",
     "The strike came hours after Hezbollah warned that it would retaliate for the killing of its commander.",
     [("say", "would retaliate", "Hezbollah"), ("never", "strike")]),
    ("nearby_noun", "App banned",
     "The ban followed a complaint by Ireland's media regulator that the app had failed to protect children.",
     [("say", "failed to protect children", "media regulator", "Ireland"), ("never", "ban")]),
    # ------------------------------------------------------------------ dateline
    ("dateline", "Talks to resume",
     "ISLAMABAD: Pakistan's foreign office said on Friday that talks with Kabul would resume next week.",
     [("say", "talks with Kabul would resume", "foreign office", "Pakistan"), ("never", "ISLAMABAD")]),
    ("dateline", "Seven-phase vote",
     "NEW DELHI: India's election commission said on Saturday that voting would be held in seven phases.",
     [("say", "voting would be held", "election commission", "India"), ("never", "NEW DELHI")]),
    ("dateline", "Opposition claims win",
     "CARACAS, Venezuela: The opposition said its candidate had won 67 percent of the vote.",
     [("say", "its candidate had won", "opposition"), ("never", "CARACAS")]),
    ("dateline", "Power cuts to ease",
     "JOHANNESBURG - South Africa's power utility Eskom said on Sunday that power cuts would ease.",
     [("say", "power cuts would ease", "Eskom"), ("never", "JOHANNESBURG")]),
    ("dateline", "Drones downed",
     "KYIV, Jan 4 (Reuters) - Ukraine's air force said it destroyed 18 of 20 drones launched overnight.",
     [("say", "destroyed 18 of 20 drones", "air force", "Ukraine"), ("never", "KYIV")]),
    ("dateline", "Hostages freed",
     "ABUJA — The Nigerian army said it had rescued 40 hostages in Borno state.",
     [("say", "rescued 40 hostages", "army", "Nigeria"), ("never", "ABUJA")]),
    # ------------------------------------------------------------------ headline
    ("headline", "Gaza strikes kill 12, Hamas says",
     "Israeli air strikes killed at least 12 people in Gaza overnight, according to Hamas.",
     [("say", "Gaza strikes kill 12", "Hamas")]),
    ("headline", "Pakistan to expel Afghan migrants by November, interior minister says",
     "Interior Minister Sarfraz Bugti said on Tuesday that undocumented migrants would be deported.",
     [("say", "Pakistan to expel Afghan migrants", "Sarfraz Bugti")]),
    ("headline", "Kremlin says talks with Kyiv are frozen",
     "The Kremlin said on Monday there was no basis for talks with Ukraine.",
     [("say", "talks with Kyiv are frozen", "Kremlin")]),
    ("headline", "Trade deal is close, EU's von der Leyen says",
     "European Commission President Ursula von der Leyen said on Friday a deal with Mercosur was close.",
     [("say", "Trade deal is close", "Ursula von der Leyen")]),
    ("headline", "Peru's Boluarte says she will not resign",
     "President Dina Boluarte said on Wednesday she would serve out her term despite the protests.",
     [("say", "she will not resign", "Dina Boluarte")]),
    ("headline", "Ethiopia denies blocking aid to Tigray",
     "Ethiopia's government said on Thursday that aid convoys were moving freely.",
     [("say", "blocking aid to Tigray", "Ethiopia")]),
    ("headline", "Thai PM vows to cut electricity prices",
     "Prime Minister Srettha Thavisin said on Monday that bills would fall from January.",
     [("say", "to cut electricity prices", "Srettha Thavisin")]),
    # ------------------------------------------------------------------ written after the fixes
    # (a held-out check of how the rules carry over: before the fixes 19 of 23 checks failed, after 1 of 23 (fixed since))
    ('body', 'Rates held',
     'The Reserve Bank of Australia left rates unchanged on Tuesday. The bank said inflation was still too high. It added that further tightening could not be ruled out.',
     [('say', 'inflation was still too high', 'Reserve Bank of Australia'), ('say', 'further tightening', 'Reserve Bank of Australia')]),
    ('body', 'Court rules on strike',
     "Kenya's High Court suspended the doctors' strike on Wednesday. In its ruling, the court said patients were dying for lack of care.",
     [('say', 'patients were dying', 'High Court', 'Kenya')]),
    ('body', 'Refugee letter',
     'UNHCR sent a letter to the Greek government last week. The letter said asylum seekers on Lesbos lacked shelter.',
     [('say', 'asylum seekers on Lesbos', 'UNHCR')]),
    ('body', 'Audit findings',
     "Ghana's Audit Service published its annual audit on Monday. The audit found that 40 ministries had overspent.",
     [('say', '40 ministries had overspent', 'Audit Service', 'Ghana')]),
    ('junta', 'Coup leaders',
     "Mali's junta extended the transition by two years on Friday. The junta said security had to be restored first.",
     [('say', 'security had to be restored', 'junta', 'Mali')]),
    ('junta', 'Thai army',
     'The junta in Thailand banned political gatherings. The junta said the ban would protect public order.',
     [('say', 'protect public order', 'junta', 'Thailand')]),
    ('junta', 'Chad transition',
     "Chad's military junta named a new prime minister. The military junta also said elections would be delayed.",
     [('say', 'elections would be delayed', 'junta', 'Chad')]),
    ('nearby_noun', 'Ceasefire talks',
     "The talks resumed after Qatar's mediators said both sides had agreed to a pause.",
     [('say', 'both sides had agreed', 'mediators', 'Qatar'), ('never', 'talks')]),
    ('nearby_noun', 'Port deal',
     "The deal was signed a week after Panama's president said the canal would stay neutral.",
     [('say', 'canal would stay neutral', 'president', 'Panama'), ('never', 'deal')]),
    ('nearby_noun', 'Fuel subsidy',
     "The protest followed the government's announcement that fuel subsidies would end in June.",
     [('never', 'protest')]),
    ('nearby_noun', 'Budget approved',
     'The senate approved the budget after Finance Minister Ana Costa defended the cuts and promised new hospitals.',
     [('say', 'new hospitals', 'Ana Costa')]),
    ('dateline', 'Rain warning',
     "DHAKA: Bangladesh's meteorological department said heavy rain would continue until Friday.",
     [('say', 'heavy rain would continue', 'meteorological department', 'Bangladesh'), ('never', 'DHAKA')]),
    ('dateline', 'Bridge collapse',
     "LIMA, Peru: Peru's transport ministry said the bridge had been closed for repairs.",
     [('say', 'bridge had been closed', 'transport ministry', 'Peru'), ('never', 'LIMA')]),
    ('dateline', 'Border talks',
     "TASHKENT - Uzbekistan's foreign ministry said on Monday the border deal would be signed in May.",
     [('say', 'border deal would be signed', 'foreign ministry', 'Uzbekistan'), ('never', 'TASHKENT')]),
    ('headline', 'Inflation to ease in 2025, central bank says',
     'The central bank said on Thursday that price growth would slow next year.',
     [('say', 'Inflation to ease in 2025', 'central bank')]),
    ('headline', "NATO's Rutte says alliance must spend more",
     'NATO Secretary General Mark Rutte said on Monday that members had to raise defence spending.',
     [('say', 'alliance must spend more', 'Mark Rutte')]),
    ('headline', "Kenya's Ruto vows to end police abuses",
     'President William Ruto said on Sunday that officers who killed protesters would be charged.',
     [('say', 'to end police abuses', 'William Ruto')]),
]

CLASSES = ("body", "junta", "nearby_noun", "dateline", "headline")
# before issue 15's fixes (all passages): body 4/16, junta 1/9, nearby_noun 16/20, dateline 7/18,
# headline 0/10; after: 16/16, 9/9, 18/20, 18/18, 10/10. A floor sits under the measured share, so that one
# passage may change its reading without failing the class.
FLOORS = {"body": 0.85, "junta": 0.8, "nearby_noun": 0.8, "dateline": 0.85, "headline": 0.85}


def _tied(actor, country: str) -> bool:
    f = fold(country)
    return fold(actor.name) == f or fold(actor.affiliation or "") == f


@functools.lru_cache(maxsize=None)
def _record(title: str, body: str):
    return analyze(title + "\n\n" + body + "\n", published="2024-05-06")


def run_case(cls: str, title: str, body: str, checks: list[tuple]) -> list[tuple[bool, str]]:
    """(passed, what) for each check of one passage."""
    rec = _record(title, body)
    actors = {a.id: a for a in rec.actors}
    atts = list(rec.attributions)
    if cls == "headline":
        # what the record gives (the pipeline adds the title's attributions, where="title")
        atts = [a for a in rec.attributions if getattr(a, "where", None) == "title"]
    out = []
    for chk in checks:
        if chk[0] == "never":
            bad = [a for a in atts if (a.speaker is not None and fold(a.speaker.text) == fold(chk[1]))
                   or (a.actor in actors and fold(actors[a.actor].name) == fold(chk[1]))]
            out.append((not bad, f"never {chk[1]!r}" + (f": got it for {bad[0].content[0].text[:40]!r}" if bad else "")))
            continue
        _, frag, want, *tied = chk
        cands = [a for a in atts if any(fold(frag) in fold(c.text) for c in a.content)]
        got = [actors.get(a.actor) for a in cands]
        ok = any(g is not None and name_ok(g.name, want) and (not tied or _tied(g, tied[0])) for g in got)
        if not ok and tied and want == "junta":
            ok = any(g is not None and _tied(g, tied[0]) for g in got)  # the junta is the country
        desc = [(g.name, g.affiliation) if g else None for g in got] or "no attribution"
        out.append((ok, f"{frag!r} -> want {want!r}{' / ' + tied[0] if tied else ''}, got {desc}"))
    return out


def tally(cases, run) -> dict[str, tuple[int, int, list[str]]]:
    """Per class: (checks, passed, what failed) of `run(cls, title, body, checks)` over the cases."""
    res: dict[str, tuple[int, int, list[str]]] = {}
    for cls, title, body, checks in cases:
        n, ok, fails = res.get(cls, (0, 0, []))
        for passed, what in run(cls, title, body, checks):
            n += 1
            ok += passed
            if not passed:
                fails.append(f"{title}: {what}")
        res[cls] = (n, ok, fails)
    return res


@functools.lru_cache(maxsize=1)
def measure() -> dict[str, tuple[int, int, list[str]]]:
    return tally(CASES, run_case)


def test_cases_are_varied():
    for cls in CLASSES:
        passages = [c for c in CASES if c[0] == cls]
        assert len(passages) >= 4, cls
        assert len({c[1] for c in passages}) == len(passages)
    for cls, title, body, checks in CASES:
        for chk in checks:
            if chk[0] == "say":
                assert fold(chk[1]) in fold(title if cls == "headline" else body), (title, chk)


@pytest.mark.parametrize("cls", CLASSES)
def test_share_per_class(cls):
    n, ok, fails = measure()[cls]
    print(f"\n{cls}: {ok}/{n} = {ok / n:.0%}")
    for f in fails:
        print("   ", f)
    assert ok / n >= FLOORS[cls], fails


if __name__ == "__main__":  # python -m tests.test_speakers_broad: the shares and the failures
    for cls, (n, ok, fails) in measure().items():
        print(f"{cls}: {ok}/{n} = {ok / n:.0%}")
        for f in fails:
            print("   ", f)


def test_title_attributions_point_into_the_title():
    rec = _record("Kremlin says talks with Kyiv are frozen", "The Kremlin said on Monday there was no basis for talks.")
    n_body = len(rec.attributions)
    atts = title_attributions(rec)
    assert atts and len(rec.attributions) == n_body  # the body's attributions are left as they were
    title = rec.article.title
    for a in atts:
        assert getattr(a, "where", None) == "title"
        for sp in [a.speaker, a.cue, *a.content]:
            if sp is not None:
                assert title[sp.start : sp.end] == sp.text
        assert a.actor in {x.id for x in rec.actors}
    # no title, no attribution
    rec2 = rec.model_copy(deep=True)
    rec2.article.title = None
    assert title_attributions(rec2) == []
