"""The corpus layer on real web news: the failure classes a seeded sample of the SemEval-2022 train
texts showed (no publisher, no date on them), each on small reports written for this file (the
outlets, towns and people are invented; no sentence is taken from those texts):

- a newsletter or paywall form carried by two unrelated reports that were grouped into one story
  is boilerplate, though no publisher is known: the wording they share is no part of the news
  either tells;
- a form line that runs on from each report's own last words (the text was cut there) and recurs
  in reports of other stories is boilerplate: most of its word shingles are found elsewhere;
- a third party's words reported without quotation marks, reworded by each outlet, are no reuse
  by themselves (as a quotation is not);
- an age is the age of the person it follows: two people's ages are no disagreement, one
  person's two ages are;
- a number that names one of a series ("Episode 7", "Season 2") counts nothing.
"""

from __future__ import annotations

import pytest

from newsgraph.corpus import disagreements, reuse
from newsgraph.corpus.stories import Doc


def _doc(name: str, body: str) -> Doc:
    import newsgraph

    r = newsgraph.analyze(body)
    r.article.source = name
    return Doc.of(r, name)


def _target_texts(found: list[reuse.Reuse]) -> list[str]:
    return [r.target.body[t0:t1] for r in found for _, (t0, t1) in r.pairs]


# --- a form in two unrelated reports -------------------------------------------------------------

FORM = ("Get the Quayside Morning briefing sent to your inbox every weekday before seven. "
        "Enter your email address below and press the button to subscribe to our free newsletter. "
        "We use your sign-up only to send you the newsletters you asked for, and you can unsubscribe at any time. "
        "Read our privacy notice to learn how we look after your personal data.")

FERRY = ("Ferry crews at Lannport walked out on Thursday over a new rota that they say leaves too few "
         "deckhands on the night crossings. The operator, Brevik Lines, cancelled eleven sailings and "
         "told passengers to expect delays until the weekend. ") + FORM

ORCHARD = ("An orchard near Tamsford has grown a pear weighing just over two kilograms, which its owner "
           "believes is the heaviest ever picked in the valley. Growers' society judges will weigh the "
           "fruit again at the autumn show. ") + FORM


def test_a_form_shared_by_two_unrelated_reports_is_no_reuse():
    """The ferry strike and the giant pear share nothing but the newsletter form; with no
    publisher the per-outlet stock-line rule cannot fire, and the two were put in one story:
    still no reuse."""
    ferry, orchard = _doc("ferry.txt", FERRY), _doc("orchard.txt", ORCHARD)
    assert reuse.find([ferry, orchard], reuse.boilerplate([[ferry, orchard]])) == []
    # the form is what they share: with it counted as news, the pair is there
    keep = reuse.OFF_TOPIC
    try:
        reuse.OFF_TOPIC = -1.0
        assert len(reuse.find([ferry, orchard])) == 1
    finally:
        reuse.OFF_TOPIC = keep


def test_a_report_copied_with_the_form_is_still_reuse():
    """A second report of the ferry strike that takes the first one's sentences (and the form, on
    the same site) is reuse: the copied sentences tell the news of both."""
    copy = ("Ferry crews at Lannport walked out on Thursday over a new rota they say leaves too few "
            "deckhands on night crossings. The operator, Brevik Lines, cancelled eleven sailings and told "
            "passengers to expect delays until the weekend. Union organiser Pell Oradin said the strike "
            "would go on until the rota was withdrawn. ") + FORM
    ferry, second = _doc("ferry.txt", FERRY), _doc("ferry-update.txt", copy)
    found = reuse.find([ferry, second], reuse.boilerplate([[ferry, second]]))
    assert [(r.source.name, r.target.name) for r in found] == [("ferry.txt", "ferry-update.txt")]
    texts = " ".join(_target_texts(found))
    assert "cancelled eleven sailings" in texts


# --- a form line run on from each report's last words ---------------------------------------------

TAIL = (" is delivered to your inbox - subscribe to the Quayside Daybreak newsletter and follow "
        "Quayside News on every social network you use for the latest headlines from the coast.")

BRIDGE_A = ("The Harl river bridge at Osby will close for six weeks from Monday while engineers replace its "
            "worn bearings, the county council said. Drivers will be sent on a 14-mile diversion through "
            "Kettlemoor and Brand. The best of our local coverage") + TAIL
BRIDGE_B = ("The Harl river bridge at Osby will shut for six weeks from Monday while engineers replace its "
            "worn bearings, the county council said on Friday. Traders in Osby fear the closure will keep "
            "shoppers away. Everything you need to know about the closure") + TAIL
CHOIR = ("A children's choir from Wenmouth won the national folk song prize in Castrel on Saturday, the "
         "first win for the town in thirty years. The choir's director, Ama Teller, said the singers had "
         "practised every evening for months. All the news from the festival") + TAIL


def test_a_run_on_form_line_found_in_other_stories_is_boilerplate():
    bridge_a, bridge_b, choir = _doc("bridge-a.txt", BRIDGE_A), _doc("bridge-b.txt", BRIDGE_B), _doc("choir.txt", CHOIR)
    story = [bridge_a, bridge_b]
    # the corpus: the bridge story and the choir story, which carries the same form line
    found = reuse.find(story, reuse.boilerplate([story, [choir]]))
    assert [(r.source.name, r.target.name) for r in found] == [("bridge-a.txt", "bridge-b.txt")]
    texts = _target_texts(found)
    assert any("worn bearings" in t for t in texts)
    assert not any("Daybreak" in t for t in texts), texts
    # each sentence is its own (the report's last words run into the form), so only the
    # shingles know it: the bridge story alone takes the form line for reuse
    alone = _target_texts(reuse.find(story, reuse.boilerplate([story])))
    assert any("Daybreak" in t for t in alone), alone


# --- a third party's reported words, reworded -------------------------------------------------------

REPORTED_A = ("Abandoned yachts are piling up in Merrow Bay, and the cost of clearing them falls on the town. "
              "Harbourmaster Ilse Varn says that when she took the post six years ago, her crew was hauling "
              "about a dozen abandoned yachts out of the bay each year. The town will raise mooring fees by "
              "forty crowns in spring.")
REPORTED_B = ("Merrow Bay's derelict boats are becoming a headache for the council. Harbourmaster Ilse Varn "
              "said when she started in the job over six years ago they were pulling about a dozen abandoned "
              "yachts out of the bay a year. Owners who leave a boat to rot can now be fined.")


def test_a_reworded_report_of_a_third_partys_words_is_no_reuse():
    a, b = _doc("merrow-a.txt", REPORTED_A), _doc("merrow-b.txt", REPORTED_B)
    sa = [s for s in reuse.split(0, a.body, a.record) if "Varn" in s.text]
    sb = [s for s in reuse.split(1, b.body, b.record) if "Varn" in s.text]
    assert sa and sb and sa[0].reported and sb[0].reported
    assert reuse._match(sb[0], sa[0]) > 0  # alike enough to pass for a copy, were it the outlet's words
    assert reuse.find([a, b]) == []


# --- ages ----------------------------------------------------------------------------------------------

def test_ages_of_two_people_are_no_disagreement_and_one_persons_are():
    a = _doc("gala-a.txt", "The royal family opened the winter season at the harbour palace on Friday. "
                           "Princess Alma, 38, wore a green gown. Her uncle Duke Berin, 71, stood beside her.")
    b = _doc("gala-b.txt", "The royal family gathered at the harbour palace for the winter gala. "
                           "Her husband Prince Oskel, 45, greeted the guests. Duke Berin, 73, arrived late.")
    found = disagreements.figures([a, b], "s")
    assert [sorted(v["value"] for v in d["values"]) for d in found] == [[71, 73]], found
    assert "Berin" in found[0]["about"]


# --- a number naming one of a series -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Season 2 of the drama opens with the keeper alone at the lighthouse.",
    "Round 2 of the talks opens in Castrel on Monday with both unions at the table.",
])
def test_a_number_naming_one_of_a_series_is_no_figure(text):
    d = _doc("recap.txt", text)
    assert [f.value for f in d.record.figures] == [2]  # the figures stage reads a count of 2 ...
    assert disagreements._figs(d) == []  # ... which names one of a series: nothing to compare


def test_a_count_beside_a_series_label_stays():
    d = _doc("ratings.txt", "Episode 7 of Lantern Bay drew 3 million viewers on Sunday, the broadcaster said.")
    assert [f.value for f in disagreements._figs(d)] == [3000000]


# --- a press release's contact block (the held-out half of SemEval train texts) ----------------

CONTACT = ("Contact Mara: mara@researchdesk.example US: (415)-555-0142 Intl: +1 415-555-0142 "
           "SOURCE Researchdesk")


def test_a_contact_block_shared_by_two_releases_is_no_reuse():
    """Two market-research releases from one wire service, on different markets, share only their
    contact block (run on with the last sentence, as text exports glue it)."""
    a = _doc("drones.txt", "The market for farm drones in Brazil is expected to grow by a fifth a year "
             "until 2030, driven by soya growers who spray from the air. Demand is strongest in Mato "
             "Grosso, where most large farms already use them, and " + CONTACT)
    b = _doc("batteries.txt", "Sales of home batteries in Poland doubled last year as households "
             "added solar panels to their roofs and the grid operator raised its fees. Installers "
             "expect the same again this year, and " + CONTACT)
    assert reuse.find([a, b], reuse.boilerplate([[a, b]])) == []
