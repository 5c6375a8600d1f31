"""One actor, one id across the store: invented articles whose actors we know, stored, and
counted pair by pair.

Each case is a few articles, each naming actors as the analysis would give them (name, type,
role, affiliation, the pronouns linked to them), every actor tagged with the real-world actor it
is (`who`). After storing the articles, every pair of actors is either one stored actor or two:

- a *wrong merge*: two real-world actors under one id (one person's words in another's mouth);
- a *missed merge*: one real-world actor under two ids (a timeline cut in two).

A wrong merge is worse than a missed one. Most cases expect neither; a few pin a known limit
(`wrong`/`missed` give the counts the store gets today, with the reason). Run
`python -m tests.test_actor_identity` for the totals over all cases.

The last tests analyse short invented texts: a policy named after a person is no organisation,
and the same person named in full in one article and by surname in another is one actor.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from newsgraph.record import Actor, Article, Record, Span, body_id
from newsgraph.store import open_store
from newsgraph.store.schema import article_actors, articles

from .test_store import db_url, store  # noqa: F401  (fixtures: SQLite, and PostgreSQL when set)


@dataclass
class A:
    """An actor as one article has it, and who it really is."""

    name: str
    type: str
    who: str
    role: str | None = None
    affiliation: str | None = None
    code: str | None = None
    pronouns: tuple[str, ...] = ()  # mentions the analysis linked to it ("he", "she")


@dataclass
class Case:
    articles: list[list[A]]
    wrong: int = 0  # wrong merges the store makes on this case today
    missed: int = 0  # missed merges the store makes on this case today
    why: str = ""  # the reason where either is not 0


P = lambda name, who, **kw: A(name, "person", who, **kw)  # noqa: E731

CASES: dict[str, Case] = {
    # --- persons: full names and surnames ---------------------------------------------------
    "full name, then surname alone": Case([[P("Abdoulaye Diop", "diop")], [P("Diop", "diop")]]),
    "surname alone first, full name later": Case([[P("Diop", "diop")], [P("Abdoulaye Diop", "diop")]]),
    "full name written three ways": Case(
        [[P("Abdoulaye Diop", "diop")], [P("ABDOULAYE  DIOP", "diop")], [P("Mr. Abdoulaye Diop", "diop")]]
    ),
    "surname with an honorific or a title": Case(
        [[P("Emmanuel Macron", "macron")], [P("President Macron", "macron")], [P("Mr. Macron", "macron")]]
    ),
    "two people sharing a surname, in full": Case([[P("Abdoulaye Diop", "a.diop")], [P("Moussa Diop", "m.diop")]]),
    "surname alone, affiliation against the one stored": Case(
        [[P("Abdoulaye Diop", "a.diop", affiliation="Mali")], [P("Diop", "m.diop", role="envoy", affiliation="Senegal")]]
    ),
    "surname alone, affiliation picks one of two": Case(
        [
            [P("Abdoulaye Diop", "a.diop", affiliation="Mali")],
            [P("Moussa Diop", "m.diop", affiliation="Senegal")],
            [P("Diop", "m.diop", affiliation="Senegal")],
        ]
    ),
    "surname alone, the article names the namesake apart": Case(
        [[P("Barack Obama", "barack")], [P("Michelle Obama", "michelle"), P("Obama", "barack")]]
    ),
    "surname alone in many articles": Case(
        [[P("Barack Obama", "barack")]] + [[P("Obama", "barack")] for _ in range(4)]
    ),
    "surname alone only, never in full": Case([[P("Obama", "barack")] for _ in range(3)]),
    "surname alone, a pronoun picks one of two": Case(
        [
            [P("Barack Obama", "barack", pronouns=("he", "his"))],
            [P("Michelle Obama", "michelle")],
            [P("Obama", "barack", pronouns=("he",))],
        ]
    ),
    "surname alone, pronoun against both": Case(
        [
            [P("Bill Clinton", "bill", pronouns=("he",))],
            [P("Hillary Clinton", "hillary", pronouns=("she",))],
            [P("Clinton", "hillary", pronouns=("she", "her"))],
        ]
    ),
    "surname alone, two candidates, nothing to choose": Case(
        [
            [P("Bill Clinton", "bill")],
            [P("Hillary Clinton", "hillary")],
            [P("Clinton", "hillary")],
            [P("Clinton", "hillary")],
        ],
        missed=2,
        why="'Clinton' with Bill and Hillary stored and no pronoun or affiliation to choose: the two "
        "lone Clintons join one surname-only actor, not Hillary Clinton (2 pairs missed, none wrong)",
    ),
    "surname-only actor pools two namesakes": Case(
        [[P("Smith", "john.smith", pronouns=("he",))], [P("Smith", "jane.smith")]],
        wrong=1,
        why="two Smiths never named in full, one told apart by nothing: one surname-only actor "
        "(the press named both 'Smith'; the store cannot tell them apart)",
    ),
    "surname-only actor, pronouns against each other": Case(
        [[P("Smith", "john.smith", pronouns=("he", "his"))], [P("Smith", "jane.smith", pronouns=("she", "her"))]]
    ),
    "full name takes the surname-only actor, then a namesake arrives": Case(
        [
            [P("Obama", "barack")],
            [P("Barack Obama", "barack")],
            [P("Michelle Obama", "michelle")],
            [P("Obama", "michelle", pronouns=("she",))],
        ],
        missed=1,
        why="the last 'Obama' (she) could be either stored Obama, neither known by a pronoun: it gets a "
        "new surname-only actor, not Barack's (the first one's surname-only actor became his)",
    ),
    "surname with its particle": Case([[P("Ursula von der Leyen", "vdl")], [P("von der Leyen", "vdl")]]),
    "surname after a suffix": Case([[P("Cal Ripken Jr.", "ripken")], [P("Ripken", "ripken")]]),
    "a surname that is also a title": Case(
        [[P("Martin Luther King Jr.", "mlk")], [P("King", "mlk")]],
        missed=1,
        why="'King' alone is read as a title, not a name",
    ),
    "hyphenated surname": Case([[P("Douglas Holtz-Eakin", "dhe")], [P("Holtz-Eakin", "dhe")]]),
    "a first name alone is no surname": Case(
        [[P("Hillary Clinton", "hillary")], [P("Hillary", "hillary")]],
        missed=1,
        why="a first name alone ('Hillary') is not looked up among first names",
    ),
    "a description is no name": Case([[P("the minister", "minister1")], [P("the minister", "minister2")]]),
    # --- full names written with and without middle initials, familiar given names -------------
    "middle initial, then without": Case([[P("Donald J. Trump", "donald")], [P("Donald Trump", "donald")]]),
    "without middle initial, then with": Case([[P("Donald Trump", "donald")], [P("Donald J. Trump", "donald")]]),
    "familiar given name and formal one with an initial": Case(
        [[P("Joseph R. Biden", "joe")], [P("Joe Biden", "joe")], [P("Joseph Biden", "joe")]]
    ),
    "a middle name spelled out": Case([[P("Hillary Rodham Clinton", "hillary")], [P("Hillary Clinton", "hillary")]]),
    "father and son, different initials": Case(
        [[P("George H. W. Bush", "bush41")], [P("George W. Bush", "bush43")], [P("George H.W. Bush", "bush41")]]
    ),
    "father and son, the son's suffix": Case(
        [[P("Donald Trump", "donald")], [P("Donald Trump Jr.", "donald.jr")], [P("Donald J. Trump", "donald")]]
    ),
    "plain name between father and son": Case(
        [[P("George H. W. Bush", "bush41")], [P("George W. Bush", "bush43")], [P("George Bush", "bush41")]],
        missed=1,
        why="'George Bush' with both Bushes stored could be either: it stays apart (1 pair missed, none wrong)",
    ),
    "plain name first, then one namesake with an initial": Case(
        [[P("George Bush", "bush41")], [P("George W. Bush", "bush43")]],
    ),
    "a suffix written on one name only": Case(
        [[P("Joseph R. Biden Jr.", "joe")], [P("Joe Biden", "joe")]],
        missed=1,
        why="'Jr.' tells a son from his father ('Donald Trump Jr.'): a name with it never joins one without",
    ),
    "two people sharing a given name and surname's initial": Case(
        [[P("John A. Smith", "john.a")], [P("John B. Smith", "john.b")], [P("John Smith", "john.a")]],
        missed=1,
        why="'John Smith' with John A. and John B. Smith stored is ambiguous: it stays apart",
    ),
    # --- a surname alone with a role: the namesake who held it -----------------------------------
    "surname alone with a role one namesake held": Case(
        [
            [P("Barack Obama", "barack", role="President")],
            [P("Michelle Obama", "michelle", role="first lady")],
            [P("Obama", "barack", role="President")],
            [P("Obama", "barack", role="president")],
        ]
    ),
    "surname alone, the role and a stray pronoun disagree": Case(
        [
            [P("Barack Obama", "barack", role="President", pronouns=("he", "he"))],
            [P("Michelle Obama", "michelle", role="first lady", pronouns=("she", "she"))],
            [P("Obama", "barack", role="President", pronouns=("she",))],
        ],
        missed=1,
        why="'President Obama' whom the analysis linked to a 'she': the role says Barack, the pronoun "
        "Michelle; neither is chosen (1 missed, none wrong)",
    ),
    "surname alone with a role both namesakes held": Case(
        [
            [P("George H. W. Bush", "bush41", role="President")],
            [P("George W. Bush", "bush43", role="President")],
            [P("Bush", "bush43", role="President")],
        ],
        missed=1,
        why="'President Bush' with both Presidents Bush stored: a role both held chooses neither",
    ),
    "surname alone with a role neither namesake held": Case(
        [
            [P("Bill Clinton", "bill", role="President")],
            [P("Hillary Clinton", "hillary", role="Secretary of State")],
            [P("Clinton", "hillary", role="senator")],
        ],
        missed=1,
        why="'Senator Clinton': neither stored Clinton was recorded as senator, so nothing chooses (1 missed, none wrong)",
    ),
    # --- places typed several ways -------------------------------------------------------------
    "unknown country typed three ways": Case(
        [[A("Talvera", "country", "talvera")], [A("Talvera", "organization", "talvera")], [A("Talvera", "location", "talvera")]]
    ),
    "unknown country: organisation first, then country, then location": Case(
        [[A("Talvera", "organization", "talvera")], [A("Talvera", "country", "talvera")], [A("Talvera", "location", "talvera")]]
    ),
    "unknown country: location and organisation before the country": Case(
        [[A("Talvera", "location", "talvera")], [A("Talvera", "organization", "talvera")], [A("Talvera", "country", "talvera")]],
        missed=2,
        why="an organisation and a location of one name stay apart without a country beside them; "
        "the country arriving later joins the location, and the organisation already stored stays apart",
    ),
    "a country and its demonym's people": Case([[A("Talvera", "country", "talvera")], [A("Talverans", "group", "talverans")]]),
    "a country by name, code and official name": Case(
        [[A("Mali", "country", "mali", code="MLI")], [A("Mali", "country", "mali")], [A("Republic of Mali", "country", "mali")]]
    ),
    "Georgia the country and Georgia Power": Case(
        [[A("Georgia", "country", "georgia", code="GEO")], [A("Georgia Power", "organization", "georgia.power")]]
    ),
    "Georgia the country and Georgia the US state": Case(
        [
            [A("Georgia", "country", "georgia", code="GEO")],
            [A("Georgia", "location", "georgia.state")],
            [A("Georgia", "location", "georgia.state")],
        ]
    ),
    "Georgia the country and a woman called Georgia": Case(
        [[A("Georgia", "country", "georgia")], [P("Georgia", "georgia.person", pronouns=("she",))]]
    ),
    "Washington the city and George Washington": Case(
        [[A("Washington", "location", "washington.dc")], [P("George Washington", "george.washington")], [P("Washington", "george.washington")]]
    ),
    "Jordan the country and a Jordan": Case(
        [[A("Jordan", "country", "jordan", code="JOR")], [P("Michael Jordan", "michael.jordan")], [P("Jordan", "michael.jordan")]]
    ),
    "Paris Hilton, Paris and the Hilton": Case(
        [[P("Paris Hilton", "paris.hilton")], [A("Paris", "location", "paris")], [A("Hilton", "organization", "hilton")]]
    ),
    "a US state typed country and location": Case([[A("Ohio", "country", "ohio")], [A("Ohio", "location", "ohio")]]),
    "two places, no country": Case([[A("Lower Oren", "location", "lower.oren")], [A("Lower Oren", "location", "lower.oren")]]),
    # --- organisations and policies -------------------------------------------------------------
    "Obamacare is no Obama": Case(
        [[P("Barack Obama", "barack")], [A("Obamacare", "organization", "aca")], [P("Obama", "barack")]]
    ),
    "organisation aliases": Case(
        [[A("United Nations", "organization", "un")], [A("U.N.", "organization", "un")], [A("UN", "organization", "un")]]
    ),
    "two companies sharing a word": Case(
        [[A("Georgia Power", "organization", "gp")], [A("Georgia-Pacific", "organization", "gpac")]]
    ),
    "an organisation named like a person's surname": Case(
        [[P("Boris Johnson", "boris")], [A("Johnson & Johnson", "organization", "jnj")], [P("Johnson", "boris")]]
    ),
    # --- issue 19 point 5, second pass: cases written for the misses left ---------------------
    # father and son whose names differ only by a middle part: the plain name is either
    "plain name first, then the father with his initials": Case(
        [[P("George Bush", "bush41")], [P("George H. W. Bush", "bush41")], [P("George H.W. Bush", "bush41")]],
        missed=2,
        why="'George Bush' is the father's name and the son's (merge.NAMESAKES): it joins neither Bush "
        "loosely, so the plain name stays apart from 'George H. W. Bush' (2 pairs missed, none wrong)",
    ),
    "father, then the son with a middle name": Case([[P("John Adams", "adams2")], [P("John Quincy Adams", "adams6")]]),
    "a familiar given name and a middle initial, one person": Case(
        [[P("Mike Pence", "pence")], [P("Michael R. Pence", "pence")], [P("Michael Pence", "pence")]]
    ),
    # a surname alone with one namesake of the right sex or role
    "surname with Mr., two namesakes whose sex no pronoun tells": Case(
        [[P("Barack Obama", "barack")], [P("Michelle Obama", "michelle")], [P("Mr. Obama", "barack")]]
    ),
    "surname with Mrs., two namesakes whose sex no pronoun tells": Case(
        [[P("Bill Clinton", "bill")], [P("Hillary Clinton", "hillary")], [P("Mrs. Clinton", "hillary")]]
    ),
    "surname with Ms., the woman of two namesakes": Case(
        [[P("Barack Obama", "barack")], [P("Michelle Obama", "michelle")], [P("Ms. Obama", "michelle")]],
        missed=1,
        why="'Barack' is in no given-name list (names.given_name_sex), so he may be a woman as far as the "
        "store knows: a known woman's name only rules a man out, it does not choose (1 missed, none wrong)",
    ),
    "surname alone beside a father and his namesake son": Case(
        [[P("Donald Trump", "donald")], [P("Donald Trump Jr.", "donald.jr")], [P("Trump", "donald"), P("Mike Pence", "pence")]]
    ),
    "surname with Mr., two men of the surname": Case(
        [[P("George W. Bush", "bush43")], [P("Jeb Bush", "jeb")], [P("Mr. Bush", "jeb")]],
        missed=1,
        why="'Mr. Bush' with George W. and Jeb Bush stored: both men, nothing chooses (1 missed, none wrong)",
    ),
    "surname with a role only one namesake held, the other a woman": Case(
        [
            [P("Hillary Clinton", "hillary", role="Secretary of State")],
            [P("Chelsea Clinton", "chelsea")],
            [P("Clinton", "hillary", role="secretary of state")],
        ]
    ),
    # bodies of state: a ministry, an army, state media, a junta is its country's, never another's
    "two countries' interior ministries": Case(
        [
            [A("interior ministry", "organization", "egy.moi", affiliation="Egypt")],
            [A("Interior Ministry", "organization", "jpn.moi", affiliation="Japan")],
            [A("interior ministry", "organization", "egy.moi", affiliation="Egypt")],
        ]
    ),
    "one ministry named three ways": Case(
        [
            [A("Ministry of Health", "organization", "ken.moh", affiliation="Kenya")],
            [A("health ministry", "organization", "ken.moh", affiliation="Kenya")],
            [A("Health Ministry", "organization", "ken.moh", affiliation="Kenya")],
            [A("Ministry of Health", "organization", "uga.moh", affiliation="Uganda")],
        ]
    ),
    "foreign ministry and Ministry of Foreign Affairs": Case(
        [
            [A("Ministry of Foreign Affairs", "organization", "mli.mofa", affiliation="Mali")],
            [A("foreign ministry", "organization", "mli.mofa", affiliation="Mali")],
        ]
    ),
    "state media of two countries": Case(
        [
            [A("state media", "organization", "chn.media", affiliation="China")],
            [A("state media", "organization", "rus.media", affiliation="Russia")],
            [A("state media", "organization", "chn.media", affiliation="China")],
        ]
    ),
    "a ministry is not its country": Case(
        [
            [A("Mali", "country", "mali", code="MLI"), A("foreign ministry", "organization", "mli.mofa", affiliation="Mali")],
            [A("foreign ministry", "organization", "mli.mofa", affiliation="Mali")],
            [A("Mali", "country", "mali")],
        ]
    ),
    "state media is not its country": Case(
        [[A("Russia", "country", "russia", code="RUS")], [A("state media", "organization", "rus.media", affiliation="Russia")]]
    ),
    "an army whose country nobody named": Case(
        [[A("army", "organization", "army.1")], [A("army", "organization", "army.2")]]
    ),
    "two countries' air forces": Case(
        [[A("Air Force", "organization", "swe.af", affiliation="Sweden")], [A("Air Force", "organization", "usa.af", affiliation="United States")]]
    ),
    "a description typed as a group": Case([[A("experts", "group", "experts.1")], [A("experts", "group", "experts.2")]]),
    "the junta of one country, named three ways": Case(
        [
            [A("junta", "group", "mli.junta", affiliation="Mali")],
            [A("military junta", "group", "mli.junta", affiliation="Mali")],
            [A("ruling junta", "group", "mli.junta", affiliation="Mali")],
        ]
    ),
    "two countries' juntas": Case(
        [[A("military junta", "group", "mli.junta", affiliation="Mali")], [A("military junta", "group", "ner.junta", affiliation="Niger")]]
    ),
    # --- issue 19 point 5, third pass: the police of one country, and of two -----------------------
    "the police of one country in two articles": Case(
        [[A("police", "organization", "gal.police", affiliation="Gallovia")], [A("police", "organization", "gal.police", affiliation="Gallovia")]]
    ),
    "the police of two countries": Case(
        [[A("police", "organization", "gal.police", affiliation="Gallovia")], [A("Police", "organization", "ser.police", affiliation="Serrant")]]
    ),
    "'Police' opening a sentence, nobody's named": Case(
        [[A("Police", "organization", "police.1")], [A("Police", "organization", "police.2")], [A("police", "organization", "police.3")]]
    ),
    "'Army' opening a sentence, nobody's named": Case([[A("Army", "organization", "army.1")], [A("Army", "organization", "army.2")]]),
    "a named police force keeps its name": Case(
        [[A("Metropolitan Police", "organization", "met")], [A("Metropolitan Police", "organization", "met")]]
    ),
}


def _record(case: str, n: int, actors: list[A]) -> Record:
    parts = [f"Article {n} of the case {case}."]
    spans: list[list[tuple[int, int]]] = []
    for a in actors:
        own = []
        head = " ".join(parts) + " "
        own.append((len(head), len(head) + len(a.name)))
        parts.append(f"{a.name} was there.")
        for pr in a.pronouns:
            head = " ".join(parts) + " "
            own.append((len(head), len(head) + len(pr)))
            parts.append(f"{pr} was there too.")
        spans.append(own)
    body = " ".join(parts)
    acts = [
        Actor(
            id=f"a{i}",
            name=a.name,
            type=a.type,
            role=a.role,
            affiliation=a.affiliation,
            code=a.code,
            mentions=[Span.of(body, s, e) for s, e in own],
        )
        for i, (a, own) in enumerate(zip(actors, spans), 1)
    ]
    art = Article(id=body_id(body), body=body, published=f"2024-01-{n + 1:02d}", publisher="Test Wire", title=f"{case} {n}")
    return Record(article=art, actors=acts)


def stored_ids(st, name: str, case: Case) -> list[tuple[A, int]]:
    """Store the case's articles in order; each actor with the id the store gave it."""
    out = []
    for n, acts in enumerate(case.articles):
        rec = _record(name, n, acts)
        st.add(rec)
        with st.engine.connect() as conn:
            ids = dict(
                conn.execute(
                    select(article_actors.c.local_id, article_actors.c.actor_id)
                    .join(articles, articles.c.pk == article_actors.c.article_pk)
                    .where(articles.c.id == rec.article.id)
                ).all()
            )
        out.extend((a, ids[f"a{i}"]) for i, a in enumerate(acts, 1))
    return out


def count(pairs: list[tuple[A, int]]) -> tuple[int, int]:
    """(wrong merges, missed merges) over every pair of the case's actors."""
    wrong = missed = 0
    for (a, ia), (b, ib) in itertools.combinations(pairs, 2):
        if a.who == b.who and ia != ib:
            missed += 1
        elif a.who != b.who and ia == ib:
            wrong += 1
    return wrong, missed


def test_there_are_enough_cases():
    assert len(CASES) >= 25
    assert all(c.why for c in CASES.values() if c.wrong or c.missed)


@pytest.mark.parametrize("name", list(CASES))
def test_actor_identity(store, name):  # noqa: F811
    case = CASES[name]
    pairs = stored_ids(store, name, case)
    assert count(pairs) == (case.wrong, case.missed), [(a.name, a.type, a.who, i) for a, i in pairs]


def test_actor_identity_stored_names_and_types(store):  # noqa: F811
    """What the merged actors are called and typed: a full name over its surname, a country
    over the organisation and location of its name."""
    pairs = stored_ids(store, "names", CASES["surname alone first, full name later"])
    assert pairs[0][1] == pairs[1][1]
    assert store.actor(pairs[0][1])["name"] == "Abdoulaye Diop"
    pairs = stored_ids(store, "types", CASES["unknown country: organisation first, then country, then location"])
    a = store.actor(pairs[0][1])
    assert a["type"] == "country" and a["name"] == "Talvera"


def test_actor_identity_is_kept_when_reopened(db_url):  # noqa: F811
    """The surname keys live in the store: a surname alone added after reopening finds its person."""
    case = CASES["surname alone in many articles"]
    s = open_store(db_url)
    first = stored_ids(s, "reopen", Case(case.articles[:2]))
    s.close()
    s = open_store(db_url)
    later = stored_ids(s, "reopen-later", Case(case.articles[2:]))
    s.close()
    assert {i for _a, i in first + later} == {first[0][1]}


# --- analysed texts ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def analyse():
    import newsgraph

    return newsgraph.analyze


def test_a_policy_named_after_a_person_is_no_organisation(analyse):
    rec = analyse(
        "Barack Obama defended his health law on Monday. Republicans have vowed to repeal Obamacare, "
        "and the Obama administration said Obamacare was working."
    )
    assert not [a for a in rec.actors if a.name == "Obamacare"]
    assert [a.type for a in rec.actors if a.name == "Barack Obama"] == ["person"]
    rec = analyse("The court cited Brown v. Board of Education. Critics of the EB-5 program said the EB-5 program failed.")
    assert not [a for a in rec.actors if a.name in ("Brown v. Board of Education", "EB-5")]


def test_an_unknown_country_and_its_adjective_are_one_actor(analyse):
    rec = analyse(
        "Talvera's government denied negligence on Monday. Villagers said Talveran engineers had "
        "warned of the floods, and Talvera's foreign minister promised an inquiry."
    )
    places = [(a.name, a.type, len(a.mentions)) for a in rec.actors if a.type not in ("person", "other")]
    assert places == [("Talvera", "country", 3)]
    rec = analyse("Obama's 2008 campaign was different, David Plouffe said. Trump's 1995 tax return was leaked.")
    assert not [a for a in rec.actors if any(ch.isdigit() for ch in a.name)]  # no "Obama's 2008", no "1995"


def test_analysed_articles_one_person_across_them(store, analyse):  # noqa: F811
    """Barack Obama in full, Michelle Obama (she), then "Mr. Obama" (he) alone: Barack's."""
    texts = [
        "President Barack Obama told reporters in Washington that the talks would go on. Obama said he was hopeful.",
        "Michelle Obama spoke at the museum on Saturday. She said the exhibits moved her.",
        'Mr. Obama said on Friday that he would sign the bill. "It is time," he said.',
    ]
    for t in texts:
        store.add(analyse(t))
    people = {a["name"]: a for a in store.actors(type="person", limit=100)["items"]}
    assert people["Barack Obama"]["id"] != people["Michelle Obama"]["id"]
    assert people["Barack Obama"]["n_articles"] == 2
    assert "Obama" not in people  # the lone "Mr. Obama" went to Barack Obama


def measure() -> dict[str, tuple[int, int]]:
    """(wrong, missed) per case, on a fresh SQLite store each."""
    import tempfile
    from pathlib import Path

    out = {}
    with tempfile.TemporaryDirectory() as d:
        for i, (name, case) in enumerate(CASES.items()):
            st = open_store(str(Path(d) / f"s{i}.db"))
            try:
                out[name] = count(stored_ids(st, name, case))
            finally:
                st.close()
    return out


if __name__ == "__main__":
    res = measure()
    for name, (w, m) in res.items():
        print(f"{w:3d} wrong {m:3d} missed  {name}")
    pairs = sum(len(list(itertools.combinations([a for art in c.articles for a in art], 2))) for c in CASES.values())
    print(f"{len(res)} cases, {pairs} pairs: {sum(w for w, _ in res.values())} wrong merges, {sum(m for _, m in res.values())} missed merges")


# --- search: a courtesy title's sex --------------------------------------------------------------


def _quoted(person: str, pronoun: str | None, quote: str, n: int) -> Record:
    """One article quoting `person` (linked to `pronoun` three times where given)."""
    from newsgraph.record import Attribution

    body = f'{person} spoke on day {n}. "{quote}," {person} said.'
    if pronoun:
        body += f" {pronoun.title()} left. Then {pronoun} spoke. Later {pronoun} went home."
    s = body.index(person)
    spans = [(s, s + len(person)), (body.rindex(person), body.rindex(person) + len(person))]
    if pronoun:
        for w in (pronoun.title(), f" {pronoun} spoke", f" {pronoun} went"):
            i = body.index(w) + (1 if w.startswith(" ") else 0)
            spans.append((i, i + len(pronoun)))
    q0 = body.index('"')
    q1 = body.index('"', q0 + 1) + 1
    sp = body.rindex(person)
    actor = Actor(id="a1", name=person, type="person", mentions=[Span.of(body, a, b) for a, b in spans])
    att = Attribution(kind="direct", speaker=Span.of(body, sp, sp + len(person)), actor="a1",
                      cue=Span.of(body, sp + len(person) + 1, sp + len(person) + 5), content=[Span.of(body, q0, q1)])
    art = Article(id=body_id(body), body=body, published=f"2016-09-{n:02d}", publisher="Test Wire", title=f"day {n}")
    return Record(article=art, actors=[actor], attributions=[att])


def _said(store, q: str) -> set[str]:  # noqa: F811
    return {t["content"] for t in store.search(q)["attributions"]["items"]}


def test_search_courtesy_title_keeps_to_its_sex(store):  # noqa: F811
    """"Mrs. Clinton" finds Hillary Clinton's statements, not Bill Clinton's, where the store
    knows his sex (pronouns linked to him) or knows hers and not his; "Mr. Clinton" the other
    way round; with neither known, both (no guess)."""
    store.add_many([
        _quoted("Bill Clinton", "he", "We built a bridge", 1),
        _quoted("Hillary Clinton", "she", "We are stronger together", 2),
    ])
    bill, hillary = {'"We built a bridge,"'}, {'"We are stronger together,"'}
    assert _said(store, "Clinton") == bill | hillary
    assert _said(store, "Mrs. Clinton") == hillary
    assert _said(store, "Ms Clinton") == hillary
    assert _said(store, "Mr. Clinton") == bill
    assert _said(store, "Dr. Clinton") == bill | hillary  # a courtesy title with no sex


def test_search_courtesy_title_with_one_sex_unknown(store):  # noqa: F811
    store.add_many([
        _quoted("Bill Clinton", None, "We built a bridge", 1),  # no pronoun: his sex unknown
        _quoted("Hillary Clinton", "she", "We are stronger together", 2),
        _quoted("Roger Obama", None, "I am his brother", 3),
        _quoted("Malik Obama", None, "I am his half-brother", 4),
    ])
    assert _said(store, "Mrs. Clinton") == {'"We are stronger together,"'}
    assert _said(store, "Mr. Clinton") == {'"We built a bridge,"'}
    # neither Obama's sex known: "Mrs. Obama" guesses nothing away
    assert _said(store, "Mrs. Obama") == {'"I am his brother,"', '"I am his half-brother,"'}


# --- analysed texts: who is who inside one article ---------------------------------------------


def _speaker_actor(rec, speaker: str) -> str | None:
    names = {a.id: a.name for a in rec.actors}
    hits = [names.get(t.actor) for t in rec.attributions if t.speaker is not None and t.speaker.text == speaker]
    assert hits, (speaker, [t.speaker.text for t in rec.attributions if t.speaker is not None])
    return hits[0]


def test_headline_verbs_are_no_part_of_a_name(analyse):
    body = "President Barack Obama said on Saturday that the vote mattered to him. Hillary Clinton thanked him."
    for title in ("Obama Sees 'Personal Insult' if Voters Don't Rally for Hillary Clinton.",
                  "Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday."):
        rec = analyse(f"{title}\n\n{body}")
        assert not [a.name for a in rec.actors if a.name.startswith("Obama ")], title
    rec = analyse("Injecting Clinton's marital troubles into the campaign was a risk, Barack Obama said. Hillary Clinton agreed.")
    assert not [a.name for a in rec.actors if "Injecting" in a.name]


def test_two_obamas_in_one_article(analyse):
    """Michelle Obama named in full (his wife), the president only as "President Obama" and "Mr.
    Obama": his words are not hers. (Where nothing in the article tells her sex, "Mr. Obama" still
    joins her: no list of given names' sexes is at hand.)"""
    rec = analyse(
        'With leaders worried, President Obama is rolling out a new message: "It\'s about me." '
        'The president told voters this weekend he would consider it an insult if they stayed home. '
        '"My name may not be on the ballot," Mr. Obama said on Saturday. '
        'His wife, Michelle Obama, has also campaigned, and Mr. Obama said she had done well. '
        '"Our progress is on the ballot," Mr. Obama said.'
    )
    michelle = [a for a in rec.actors if a.name == "Michelle Obama"]
    assert michelle and michelle[0].role in (None, "")
    assert _speaker_actor(rec, "President Obama") != "Michelle Obama"
    assert _speaker_actor(rec, "President Obama") == _speaker_actor(rec, "Mr. Obama")


def test_father_and_son_in_one_article(analyse):
    rec = analyse(
        "Former President George H. W. Bush said on Monday that he would not vote. His son, former "
        "President George W. Bush, said he would stay out of the race. Donald Trump Jr. said his father "
        "would win. Donald Trump said he was confident. Hillary Rodham Clinton spoke, and Hillary Clinton "
        "said she was ready."
    )
    people = [a.name for a in rec.actors if a.type == "person"]
    for name in ("George H. W. Bush", "George W. Bush", "Donald Trump Jr.", "Donald Trump"):
        assert name in people, people
    assert "Hillary Clinton" not in people  # one person with "Hillary Rodham Clinton"


def test_a_name_that_modifies_is_not_the_speaker(analyse):
    """"X's aide", "a X presidency", "advisers to X": the person named is not who speaks."""
    rec = analyse(
        "Barack Obama spoke in Chicago on Monday. Obama's former campaign strategist said the party "
        "needed new voters. Donald Trump won the primary. Facing the prospect of a Trump presidency, many "
        "Mexicans said they feared for the peso. Advisers to Mr. Obama said he would campaign in Ohio."
    )
    for spk in ("Obama's former campaign strategist", "Advisers to Mr. Obama"):
        assert _speaker_actor(rec, spk) not in ("Barack Obama", "Obama"), spk
    mex = [t for t in rec.attributions if t.speaker is not None and "Mexicans" in t.speaker.text]
    names = {a.id: a.name for a in rec.actors}
    assert mex and all(names.get(t.actor) != "Donald Trump" for t in mex)


def test_a_surname_labelled_organisation_beside_a_person_is_a_person(analyse):
    """"Either Clinton or Trump": the NER's ORG for a one-word name joined to a person's name;
    "Mr. Trump" beside a bare "Trump": one person, not an organisation called Trump."""
    for text in (
        'Scott joked that Trump ranks fourth among voters. "It is a choice," he said. "Either Clinton or Trump '
        'will be president. The stakes are high." Hillary Clinton spoke later.',
        '"The American people do not agree with Trump," Sanders said, asking, "Mr. Trump, do you really think '
        'that billionaires need a massive tax break? Mr. Trump, tell me what you are going to do?"',
    ):
        rec = analyse(text)
        assert [a.type for a in rec.actors if a.name == "Trump"] == ["person"], text
    rec = analyse("Ford said on Monday it would cut 3,000 jobs. Ford and General Motors lead the market.")
    assert [a.type for a in rec.actors if a.name == "Ford"] != ["person"]


# --- analysed texts: persons typed as places or bodies, bodies of state across articles ---------


def test_a_surname_with_a_capital_inside_is_the_named_person(analyse):
    """"DuVernay", "McAuliffe": a surname with a capital inside is no title-case word, and the NER
    labels it ORG or GPE; where the article names the person in full it is that person."""
    for text, full in (
        ('Lena McTavish spent four years on the film. "The law has a loophole," McTavish explained in an '
         "interview. McTavish's documentary traces the prison boom, and critics praised McTavish for it. "
         '"We cannot look away," McTavish said.', "Lena McTavish"),
        ("Oren DeWitt founded the clinic in 2009. DeWitt said the clinic was full. Nurses told DeWitt that "
         "supplies were short, and DeWitt's staff asked for help.", "Oren DeWitt"),
        ('Mark MacLeod, a lawyer for the aide, said the request was improper. "That is all there is to it," '
         "MacLeod said in a statement.", "Mark MacLeod"),
    ):
        rec = analyse(text)
        surname = full.split()[-1]
        assert not [(a.name, a.type) for a in rec.actors if a.name == surname], text
        person = [a for a in rec.actors if a.name == full]
        assert person and person[0].type == "person"
        assert len(person[0].mentions) == text.count(surname), text


def test_an_apposition_before_an_owner_is_not_the_owners_role(analyse):
    """"Attorney General Rosa Kent (D), McKinnon's opponent": the title is Kent's, not McKinnon's."""
    rec = analyse(
        "Gov. Dale McKinnon (R) said the video would be released. Attorney General Rosa Kent (D), McKinnon's "
        "opponent in the race, called for its release. McKinnon said on Friday that he would wait."
    )
    gov = [a for a in rec.actors if a.name == "Dale McKinnon"]
    assert gov and "Kent" not in (gov[0].role or "")


def test_analysed_bodies_of_state_keep_to_their_country(store, analyse):  # noqa: F811
    """A ministry, state media or a junta of one country is one stored actor however the
    articles name it, and never another country's: Egypt's interior ministry is not Japan's,
    Chinese state media are not Russian. (The junta's words go to its country, or to a body
    "junta" affiliated with it: either way one id per country.)"""
    texts = [
        "Mali's military junta said on Sunday it would hold elections in December. The junta also said it "
        "had refused to register two parties.",
        "The military junta in Mali extended the transition on Friday. The junta said security had to be "
        "restored first.",
        "Niger's junta ordered the French ambassador to leave. The junta said France had ignored its demands.",
        "Egypt's interior ministry said three suspects had been arrested in Giza. The ministry said they were held.",
        "Japan's interior ministry said a typhoon had left 12 people dead. The ministry said rescuers were "
        "searching for four more.",
        "The Egyptian Interior Ministry said two more suspects had been arrested in Alexandria.",
        "Chinese state media reported that the typhoon had killed 12 people in Fujian.",
        "Russian state media said the plane had crashed near Tver.",
    ]
    speakers = []  # per article: the stored ids of its attributions' actors
    for t in texts:
        rec = analyse(t)
        store.add(rec)
        with store.engine.connect() as conn:
            ids = dict(
                conn.execute(
                    select(article_actors.c.local_id, article_actors.c.actor_id)
                    .join(articles, articles.c.pk == article_actors.c.article_pk)
                    .where(articles.c.id == rec.article.id)
                ).all()
            )
        speakers.append({ids[x.actor] for x in rec.attributions if x.actor})
    assert all(len(s) == 1 for s in speakers), speakers
    mali, mali2, niger, egypt, japan, egypt2, china, russia = (next(iter(s)) for s in speakers)
    assert mali == mali2 and mali != niger
    assert egypt == egypt2 and egypt != japan
    assert china != russia
    assert store.actor(egypt)["type"] == "organization"  # the ministry, not Egypt


def test_a_place_the_ner_calls_a_person_is_a_place(analyse):
    """An unknown country or place the NER labels PERSON: owning ministers or an agency, it is a
    country; named before "province", or given a place's label elsewhere in the article, a place.
    A leader named by a title keeps his ministers ("Prime Minister Netanyahu's ministers")."""
    rec = analyse(
        "Families marched to the capital on Monday to demand compensation, as Vantira's ministers prepared "
        "to face their counterparts in Geneva. Foreign Minister Selda Amun said Vantira would demand full "
        "compensation."
    )
    assert [a.type for a in rec.actors if a.name == "Vantira"] == ["country"]
    rec = analyse("Vantira's Disaster Relief Agency said on Wednesday that 4,000 tents had arrived. The agency said more were needed.")
    assert [a.type for a in rec.actors if a.name == "Vantira"] == ["country"]
    rec = analyse(
        "Rescuers reached villages in Vantira's Upper Dell province on Monday, where floods had cut the roads. "
        "Aid workers said Upper Dell needed clean water."
    )
    assert [(a.type, len(a.mentions)) for a in rec.actors if a.name == "Upper Dell"] == [("location", 2)]
    rec = analyse("Prime Minister Netanyahu met his cabinet on Sunday. Netanyahu's ministers backed the plan, and Netanyahu said he was pleased.")
    assert [a.type for a in rec.actors if a.name == "Netanyahu"] == ["person"]
    rec = analyse("A Clinton town hall drew 2,000 people. Clinton said the race was close. Hillary Clinton thanked them.")
    assert [a.type for a in rec.actors if "Clinton" in a.name] == ["person"]


def test_a_body_named_after_a_person_is_no_person(analyse):
    """"the George W. Bush Presidential Center", labelled PERSON, is a body: not George W. Bush."""
    rec = analyse("A report by the George W. Bush Presidential Center found that most veterans felt misunderstood.")
    assert [a.type for a in rec.actors if "Center" in a.name] == ["organization"]
