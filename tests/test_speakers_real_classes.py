"""Who said it: the speaker and act faults seen reading real news reports (issue 15, helper 9).

The lead read 43 real web reports (kept out of the repo) and judged the statements shown by
default. The faults left fall in the classes below. Every passage here was written for this file
(no sentence is taken from a report, a dev set or the seed); each class has varied wording,
outlets and countries. A check is

- ("say", content fragment, expected speaker[, tied country]): a statement (act say/write, as the
  default views show) whose content holds the fragment has that actor;
- ("never", name): no attribution's actor or speaker is that name;
- ("not_statement", cue word): no statement (act say/write) has a cue holding the word.

Classes:
- pron_dash: a pronoun subject of a verb conjoined across a dash parenthesis ("... has slipped
  to 14th - with 690 points, it is his lowest ... - and admits he ...") is the first verb's subject;
- pron_name: "She said" after "X told Y News ..." is X, not a capitalised word nearby;
- pron_speaker: "he points out" after "..., Karl Vost, founder of ..., observes." is the previous
  statement's speaker, not a market index or a place the NER typed a person;
- pron_unknown_sex: a person whose sex no table tells ("BSP chief Mayawati") who is the only or
  nearest person takes "she"/"he";
- role_of_org: "GOP consultant says", "a Labour strategist said": a person of the organisation,
  not the organisation; "the former Uttar Pradesh chief minister" is the person named so before;
- nickname: "The Blues said" (a club's nickname) is the club named before;
- act_host: "welcomed their daughter to the world", "welcomed the president to the palace" are no
  statements (hosting, a birth);
- act_participle: a participle cue with no speaker span ("..., criticizing the direction of the
  party") is the main clause's subject, or is not shown.

The share of checks passed per class is printed; each class has a floor (measured before and
after the fixes: see FLOORS and the commit messages).
"""

from __future__ import annotations

import functools

import pytest

from newsgraph.components.actors import fold
from newsgraph.record import STATEMENT_ACTS

from .test_speakers import name_ok
from .test_speakers_broad import _record, _tied, tally  # the same run, tally and country tie

CASES: list[tuple[str, str, str, list[tuple]]] = [
    # ------------------------------------------------------------------ pron_dash
    ("pron_dash", "Captain's slump",
     "The Wales captain has slipped to 22nd in the world rankings - with 540 points, it is his lowest position "
     "for six years - and admits he \"hit two loose shots\" in the final round.",
     [("say", "hit two loose shots", "captain")]),
    ("pron_dash", "Keeper admits error",
     "Goalkeeper Tomas Brevik has lost his place in the starting side - at 34, it is the first time in a decade - "
     "and concedes he misjudged the cross that led to the equaliser.",
     [("say", "misjudged the cross", "Tomas Brevik")]),
    ("pron_dash", "Mayor's poll dip",
     "Mayor Elena Sorvino has dropped to 31% approval - it is her weakest rating since taking office - and says "
     "she will not change course on the bus lanes.",
     [("say", "will not change course", "Elena Sorvino")]),
    ("pron_dash", "Sprinter out of final",
     "Sprinter Kofi Mensah-Adu has pulled out of the final - it is the third race he has missed this season - and "
     "insists he will be fit for the championships in August.",
     [("say", "fit for the championships", "Kofi Mensah-Adu")]),
    ("pron_dash", "Fund chief steps back",
     "Investor Rahul Desraj has cut his stake in the lender to 4% - it was 11% a year ago - and warns he may sell "
     "the rest if the board does not change.",
     [("say", "sell the rest", "Rahul Desraj")]),
    # ------------------------------------------------------------------ pron_name
    ("pron_name", "Van blocked at border",
     "Priya Nand told City News the men pushed her aside at the crossing. She said the van almost left without one "
     "of them.",
     [("say", "van almost left", "Priya Nand"), ("never", "Week"), ("never", "City News")]),
    ("pron_name", "Flat fire survivor",
     "Marta Ilves told Harbour Radio on Tuesday that smoke filled the stairwell within minutes. She said neighbours "
     "on the fourth floor banged on every door.",
     [("say", "banged on every door", "Marta Ilves"), ("never", "Harbour Radio")]),
    ("pron_name", "Oslo summit",
     "Karl Vost met Ellen Ward at the summit in Oslo. She said the talks had gone well.",
     [("say", "talks had gone well", "Ellen Ward")]),
    ("pron_name", "Deal close",
     "Ellen Ward and Karl Vost spoke at the summit. He said the deal was close, while she said more work was needed.",
     [("say", "deal was close", "Karl Vost"), ("say", "more work was needed", "Ellen Ward")]),
    ("pron_name", "Merger timing",
     "Teresa Novak introduced Martin Hale to the board on Monday. She told reporters the merger would close in May.",
     [("say", "merger would close", "Teresa Novak")]),
    ("pron_name", "Recount",
     "Daniel Okafor stood beside Grace Mbeki as the results came in. She said the recount would begin on Friday.",
     [("say", "recount would begin", "Grace Mbeki")]),
    ("pron_name", "Mayor under pressure",
     "Sadiq Rahman is under pressure, Ellen Ward, a pollster at Civica, says. Rahman voters are drifting to the "
     "independents, she notes in her blog.",
     [("say", "drifting to the independents", "Ellen Ward"), ("never", "Sadiq Rahman")]),
    ("pron_name", "Shelter opens",
     "Grace Mbeki told Coastline FM the shelter in Port Kessa opened on Monday. Dylan Fairweather Week volunteers "
     "cooked for forty people. She said more beds were needed before winter.",
     [("say", "more beds were needed", "Grace Mbeki"), ("never", "Dylan Fairweather")]),
    ("pron_name", "Farmer on drought",
     "Joseph Karanu told Rift Weekly his maize had failed for a second season. He said the county had sent no "
     "water trucks since March.",
     [("say", "sent no water trucks", "Joseph Karanu"), ("never", "Rift Weekly")]),
    ("pron_name", "Nurse on shortages",
     "Speaking to Morning Star Tribune, Alma Reyes described twelve-hour shifts without a break. She said two "
     "wards had closed at night because of staff shortages.",
     [("say", "two wards had closed", "Alma Reyes")]),
    ("pron_name", "Driver recalls crash",
     "Bus driver Oleg Marchuk told Channel Five Evening the brakes failed on the hill. He said he steered into "
     "the verge to stop the coach.",
     [("say", "steered into the verge", "Oleg Marchuk")]),
    # ------------------------------------------------------------------ pron_speaker
    ("pron_speaker", "Markets turn",
     "The Nordex index is breaking out on the charts, Karl Vost, founder of Nordmark Research, observes. The mix of "
     "weak data and unrest is a formula for the bears, he points out in a client note.",
     [("say", "formula for the bears", "Karl Vost"), ("never", "Nordex")]),
    ("pron_speaker", "Hang Seng view",
     "Hang Seng traders are nervous, Karl Vost, founder of Nordmark Research, says. The mix of weak data and unrest "
     "is a formula for the bears, he points out in a client note.",
     [("say", "formula for the bears", "Karl Vost"), ("never", "Hang Seng")]),
    ("pron_speaker", "Sensex view",
     "The Sensex is breaking out on the charts, Vikram Oberoi, founder of Tarang Advisers, said. Hang Seng "
     "traders are nervous. The mix of weak data and unrest is a formula for the bears, he points out in a note.",
     [("say", "formula for the bears", "Vikram Oberoi"), ("never", "Hang Seng")]),
    ("pron_speaker", "Yen slides",
     "The Kanto Composite has lost 6% in a week, Hiroshi Tanabe, chief strategist at Ryoku Securities, said. "
     "Foreign funds are selling into every rally, he added.",
     [("say", "selling into every rally", "Hiroshi Tanabe"), ("never", "Kanto Composite")]),
    ("pron_speaker", "Copper rally",
     "Copper has further to run, says Ines Carvalho, a metals analyst at Banco Atlantico. Chinese demand will "
     "pick up by the summer, she writes in a note to clients.",
     [("say", "Chinese demand will", "Ines Carvalho")]),
    ("pron_speaker", "Bond view",
     "The Sterling Gilt Index looks oversold, Martin Okoye, head of rates at Kestrel Partners, argues. Yields "
     "could fall half a point by June, he says.",
     [("say", "Yields could fall", "Martin Okoye"), ("never", "Sterling Gilt Index")]),
    ("pron_speaker", "Rupee outlook",
     "The rupee will weaken past 90 to the dollar, Anjali Mehra, an economist at Vantage Capital, predicts. Oil "
     "prices are the main risk, she says.",
     [("say", "Oil prices are the main risk", "Anjali Mehra")]),
    # ------------------------------------------------------------------ pron_unknown_sex
    ("pron_unknown_sex", "BSP attacks centre",
     "BSP chief Mayawati accused the government of ignoring farmers in the eastern districts. \"The promises were "
     "never kept,\" she said, adding that her party would protest in every district.",
     [("say", "never kept", "Mayawati"), ("say", "protest in every district", "Mayawati")]),
    ("pron_unknown_sex", "Former ruler's party",
     "Former strongman Sutarjo addressed supporters in the capital on Sunday. He said the reforms had failed the "
     "villages.",
     [("say", "reforms had failed", "Sutarjo")]),
    ("pron_unknown_sex", "Leader on ban",
     "Opposition leader Okonkwo-Abara rejected the ban on rallies on Monday. He said the police had no right to "
     "stop peaceful meetings.",
     [("say", "no right to stop", "Okonkwo-Abara")]),
    ("pron_unknown_sex", "Minister on schools",
     "Education minister Zhakupova visited three rural schools on Wednesday. She said the new buildings would open "
     "in September.",
     [("say", "open in September", "Zhakupova")]),
    ("pron_unknown_sex", "Chief on quarry",
     "Village chief Ndayisaba met quarry workers after the collapse. He told them the owners would pay for the "
     "funerals.",
     [("say", "pay for the funerals", "Ndayisaba")]),
    # ------------------------------------------------------------------ role_of_org
    ("role_of_org", "Party reckoning",
     "GOP consultant says the party has reached a day of reckoning after the primary losses.",
     [("say", "day of reckoning", "consultant"), ("never", "Republican Party")]),
    ("role_of_org", "Labour worries",
     "A Labour strategist said the party had lost touch with voters in the northern towns.",
     [("say", "lost touch with voters", "strategist"), ("never", "Labour")]),
    ("role_of_org", "Ministry aide speaks",
     "A Pentagon aide said the review would be finished by the end of the month.",
     [("say", "review would be finished", "aide"), ("never", "Pentagon")]),
    ("role_of_org", "Club spokesman",
     "Arsenal spokesman said the club would appeal against the fine.",
     [("say", "appeal against the fine", "spokesman"), ("never", "Arsenal")]),
    ("role_of_org", "UP former CM",
     "Mayawati, a former chief minister of Uttar Pradesh, addressed a rally in Agra on Sunday. The former Uttar "
     "Pradesh chief minister said the state government had failed the poor.",
     [("say", "failed the poor", "Mayawati")]),
    ("role_of_org", "Former governor",
     "Ayo Fashola-Bello, a former governor of Ogun State, joined the party's campaign on Friday. The former Ogun "
     "State governor said the election would be close.",
     [("say", "election would be close", "Ayo Fashola-Bello")]),
    # ------------------------------------------------------------------ nickname
    ("nickname", "Blues fined",
     "Chelsea were fined by the league on Tuesday for failing to control their players. The Blues said they would "
     "not appeal.",
     [("say", "would not appeal", "Chelsea")]),
    ("nickname", "Gunners statement",
     "Arsenal have confirmed that their captain will miss the derby. The Gunners said the injury was not serious.",
     [("say", "injury was not serious", "Arsenal")]),
    ("nickname", "Reds respond",
     "Liverpool lost 2-0 at home on Saturday. The Reds said in a statement that two players had tested positive.",
     [("say", "tested positive", "Liverpool")]),
    ("nickname", "Magpies plans",
     "Newcastle United announced a new stadium plan on Monday. The Magpies said work would begin next year.",
     [("say", "work would begin", "Newcastle United")]),
    # ------------------------------------------------------------------ act_host
    ("act_host", "Royal visit",
     "King Harald welcomed the president to the palace on Monday for talks on trade.",
     [("not_statement", "welcomed")]),
    ("act_host", "New arrival",
     "The singer and her husband welcomed their daughter to the world on Friday.",
     [("not_statement", "welcomed")]),
    ("act_host", "Pope receives leader",
     "The pope welcomed the Kenyan prime minister at the Vatican on Thursday.",
     [("not_statement", "welcomed")]),
    ("act_host", "Team greets fans",
     "The mayor welcomed the returning athletes back to the city with a parade.",
     [("not_statement", "welcomed")]),
    ("act_host", "Baby news",
     "The actor and his wife welcomed twins last month, his publicist said.",
     [("not_statement", "welcomed"), ("say", "welcomed twins", "publicist")]),
    ("act_host", "Decision welcomed",
     "The union welcomed the president's decision to raise the minimum wage. It said the rise was overdue.",
     [("say", "rise was overdue", "union")]),
    # ------------------------------------------------------------------ act_participle
    ("act_participle", "Senator breaks ranks",
     "Senator Dana Whitcombe broke with the leadership on Tuesday, criticizing the direction of the party.",
     [("say", "direction of the party", "Dana Whitcombe")]),
    ("act_participle", "Union leader walks out",
     "Union leader Farid Haddad walked out of the talks, accusing the employers of bad faith.",
     [("say", "bad faith", "Farid Haddad")]),
    ("act_participle", "Minister resigns",
     "Health Minister Lotte Vandenberg resigned on Friday, saying she could no longer defend the cuts.",
     [("say", "no longer defend the cuts", "Lotte Vandenberg")]),
    ("act_participle", "Protest letter",
     "More than 200 doctors signed an open letter, warning that the clinics would close within a year.",
     [("say", "clinics would close", "doctors")]),
    ("act_participle", "Members walk out",
     "Party members gathered in Leeds on Saturday. Many left early, criticizing the direction of the party.",
     [("say", "direction of the party", "Party members")]),
    ("act_participle", "Delegates angry",
     "Delegates from the northern branches met the leadership on Friday. Some walked out, accusing the chair of "
     "rigging the agenda.",
     [("say", "rigging the agenda", "Delegates")]),
    ("act_participle", "Coach hits out",
     "Coach Bruno Salgado left the press room early, blaming the referee for the defeat.",
     [("say", "blaming the referee", "Bruno Salgado")]),
]

CLASSES = ("pron_dash", "pron_name", "pron_speaker", "pron_unknown_sex", "role_of_org", "nickname", "act_host",
           "act_participle")
# before the fixes (this file's passages, the code of 5cf34b0): pron_dash 0/5, pron_name 11/18,
# pron_speaker 10/12, pron_unknown_sex 3/6, role_of_org 4/10, nickname 0/4, act_host 4/7,
# act_participle 4/7 (40/69); after: 3/5, 18/18, 12/12, 6/6, 10/10, 2/4, 7/7, 6/7 (64/69). The
# misses left are outside the speakers stage: "concedes" and "blaming" found as no cue, a name
# read with the word before it ("Sprinter Kofi Mensah-Adu"), "Arsenal" found as no actor and
# "Newcastle United" read as the place. A floor sits under each measured share.
FLOORS = {"pron_dash": 0.6, "pron_name": 0.9, "pron_speaker": 0.9, "pron_unknown_sex": 0.8, "role_of_org": 0.9,
          "nickname": 0.5, "act_host": 0.85, "act_participle": 0.8}


def run_case(cls: str, title: str, body: str, checks: list[tuple]) -> list[tuple[bool, str]]:
    """(passed, what) for each check of one passage."""
    rec = _record(title, body)
    actors = {a.id: a for a in rec.actors}
    atts = [a for a in rec.attributions if getattr(a, "where", None) != "title"]
    shown = [a for a in atts if a.act in STATEMENT_ACTS]
    out = []
    for chk in checks:
        if chk[0] == "never":
            bad = [a for a in atts if (a.speaker is not None and fold(a.speaker.text) == fold(chk[1]))
                   or (a.actor in actors and fold(actors[a.actor].name) == fold(chk[1]))]
            out.append((not bad, f"never {chk[1]!r}" + (f": got it for {bad[0].content[0].text[:40]!r}" if bad else "")))
            continue
        if chk[0] == "not_statement":
            bad = [a for a in shown if a.cue is not None and fold(chk[1]) in fold(a.cue.text)]
            out.append((not bad, f"not a statement {chk[1]!r}" + (f": shown ({bad[0].act}, cue {bad[0].cue.text if bad[0].cue else None!r})" if bad else "")))
            continue
        _, frag, want, *tied = chk
        cands = [a for a in shown if any(fold(frag) in fold(c.text) for c in a.content)]
        got = [actors.get(a.actor) for a in cands]
        ok = any(g is not None and name_ok(g.name, want) and (not tied or _tied(g, tied[0])) for g in got)
        desc = [(g.name, g.type, g.affiliation) if g else None for g in got] or "no statement"
        out.append((ok, f"{frag!r} -> want {want!r}{' / ' + tied[0] if tied else ''}, got {desc}"))
    return out


@functools.lru_cache(maxsize=1)
def measure() -> dict[str, tuple[int, int, list[str]]]:
    return tally(CASES, run_case)


def test_cases_are_varied():
    for cls in CLASSES:
        passages = [c for c in CASES if c[0] == cls]
        assert len(passages) >= 4, cls
    assert len({c[1] for c in CASES}) == len(CASES)
    for _cls, _title, body, checks in CASES:
        for chk in checks:
            if chk[0] in ("say", "not_statement"):
                assert fold(chk[1]) in fold(body), (body, chk)


@pytest.mark.parametrize("cls", CLASSES)
def test_share_per_class(cls):
    n, ok, fails = measure()[cls]
    print(f"\n{cls}: {ok}/{n} = {ok / n:.0%}")
    for f in fails:
        print("   ", f)
    assert ok / n >= FLOORS[cls], fails


if __name__ == "__main__":  # python -m tests.test_speakers_real_classes: the shares and the failures
    for cls, (n, ok, fails) in measure().items():
        print(f"{cls}: {ok}/{n} = {ok / n:.0%}")
        for f in fails:
            print("   ", f)
