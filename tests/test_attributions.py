"""Issue 3: who said what (newsgraph_attributions). Texts here are written for the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.components.attributions_quotes import find_quotes

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import build_nlp

    return build_nlp(components=[("newsgraph_attributions", "newsgraph.components.attributions")])


def atts(nlp, text):
    doc = nlp(text)
    out = doc._.attributions
    for a in out:  # offsets are offsets into doc.text
        for sp in [a.speaker, a.cue, *a.content]:
            if sp is not None:
                assert text[sp.start : sp.end] == sp.text
    return out


def find(out, needle):
    hits = [a for a in out if any(needle in c.text for c in a.content)]
    assert hits, f"no attribution with content containing {needle!r}: {[[c.text for c in a.content] for a in out]}"
    return hits[0]


def test_quotes_styles_and_unbalanced():
    t = 'A «first one» and ‘second one’ and "third one" and “fourth one” don’t break'
    got = [t[q.start : q.end] for q in find_quotes(t)]
    assert got == ["«first one»", "‘second one’", '"third one"', "“fourth one”"]
    for odd in ['He said "never closed', 'stray ” mark', '"""', "''", "“a” “", "\"\n\"\n", ""]:
        find_quotes(odd)  # never raises


def test_quote_over_paragraphs():
    t = "Intro.\n\n“First paragraph of the quote\n\n“goes on here,” she said.\n"
    qs = find_quotes(t)
    assert len(qs) == 1 and len(qs[0].fragments) == 2
    assert t[qs[0].end - 1] == "”"


def test_cue_after_quote(nlp):
    out = atts(nlp, '"The bridge will open in May," the mayor said on Tuesday.')
    a = find(out, "bridge will open")
    assert a.kind == "direct" and a.speaker.text == "the mayor" and a.cue.text == "said"


def test_cue_before_quote_colon(nlp):
    out = atts(nlp, 'Governor Hal Ormond said: "We are ready for the storm."')
    a = find(out, "ready for the storm")
    assert a.speaker.text == "Governor Hal Ormond" and a.cue.text == "said"


def test_inverted_cue(nlp):
    out = atts(nlp, '"Prices will fall next year," said Dana Pirelli, an economist at the bank.')
    a = find(out, "Prices will fall")
    assert a.speaker.text.startswith("Dana Pirelli") and a.cue.text == "said"


def test_interrupted_quote_is_one_attribution(nlp):
    text = '"We tried everything," he said, "but the pumps failed."'
    out = atts(nlp, text)
    a = find(out, "tried everything")
    assert [c.text for c in a.content] == ['"We tried everything,"', '"but the pumps failed."']
    assert a.speaker.text == "he"
    assert len([x for x in out if x.kind == "direct"]) == 1


def test_quote_alone_gets_context_speaker(nlp):
    text = (
        'Mayor Tom Reyes said the river had risen overnight.\n\n'
        '"Nobody should drive through the flooded streets tonight."\n'
    )
    out = atts(nlp, text)
    a = find(out, "Nobody should drive")
    assert a.speaker is None and a.cue is None
    assert a.context_speaker is not None and "Reyes" in a.context_speaker.text


def test_indirect_said_that(nlp):
    out = atts(nlp, "The finance minister said that the budget would be balanced by 2026.")
    a = find(out, "budget would be balanced")
    assert a.kind == "indirect" and a.speaker.text == "The finance minister" and a.cue.text == "said"
    assert "minister" not in a.content[0].text


def test_told_and_according_to(nlp):
    out = atts(nlp, "Lena Hart told reporters that the talks had stalled.")
    a = find(out, "talks had stalled")
    assert a.speaker.text == "Lena Hart" and "reporters" not in a.content[0].text
    out = atts(nlp, "The plant will close in June, according to a company spokeswoman.")
    a = find(out, "plant will close")
    assert a.speaker.text == "a company spokeswoman" and a.cue.text == "according to"


def test_partial_quote(nlp):
    out = atts(nlp, 'The senator called the plan a "disaster" and demanded a new vote.')
    a = find(out, "disaster")
    assert a.kind == "partial" and a.speaker.text == "The senator"
    out = atts(nlp, 'The minister promised "total transparency" for the inquiry.')
    a = find(out, "total transparency")
    assert a.speaker.text == "The minister" and a.cue.text == "promised"


def test_no_attribution_in_plain_narrative(nlp):
    out = atts(nlp, "The train left the station at noon. It reached the coast by evening.")
    assert out == []


def test_dash_attribution(nlp):
    out = atts(nlp, "Readers wrote in.\n“The debate changed nothing for me.” ― Maria Olsen\n")
    a = find(out, "changed nothing")
    assert a.speaker.text == "Maria Olsen"


def test_doubled_single_marks_are_one_quote():
    t = "He said ''We can wait a while,'' and left. Don't 'break' it."
    got = [t[q.start : q.end] for q in find_quotes(t)]
    assert got == ["''We can wait a while,''", "'break'"]
    t = "Intro.\n\u201dA closing mark that opens a paragraph.\u201d \u2015 Ana Ruiz\n"
    assert [t[q.start : q.end] for q in find_quotes(t)] == ["\u201dA closing mark that opens a paragraph.\u201d"]


def test_doubled_marks_quote_with_cue(nlp):
    out = atts(nlp, "Intro line.\n\nRates rose. ''We did not expect the jump,'' Mr. Ferro said on Monday.\n")
    a = find(out, "did not expect")
    assert a.kind == "direct" and a.speaker.text == "Mr. Ferro" and a.cue.text == "said"


def test_source_after_cue_keeps_apposition_not_quote_subject(nlp):
    text = ('Intro.\n\n"The vote is in trouble. Real trouble," said Nora Vance, a pollster at the '
            'state university.\n')
    a = find(atts(nlp, text), "Real trouble")
    assert a.speaker.text == "Nora Vance, a pollster at the state university"


def test_any_verb_after_comma_quote(nlp):
    a = find(atts(nlp, 'Intro.\n\n"Stop the car now," she yells from the porch.\n'), "Stop the car")
    assert a.speaker.text == "she" and a.cue.text == "yells"


def test_said_then_quote_record_vs_polnear(nlp):
    from newsgraph.components.attributions import extract_attributions

    text = 'Intro.\n\n"We will rebuild the pier," the mayor said. "It will take two years."\n'
    out = atts(nlp, text)
    first, second = find(out, "rebuild the pier"), find(out, "two years")
    assert first is not second  # the record keeps the two quotes apart ...
    assert second.speaker is None and second.context_speaker.text == "the mayor"
    pn = extract_attributions(nlp(text), polnear=True)  # ... PolNeAR joins them
    a = find(pn, "rebuild the pier")
    assert len(a.content) == 2 and "two years" in a.content[1].text and a.speaker.text == "the mayor"


def test_relative_clause_said(nlp):
    text = 'The envoy praised Peru, which she said wanted to take "full charge" of its ports.'
    out = atts(nlp, text)
    a = [x for x in out if x.cue is not None and x.cue.text == "said"]
    assert a and a[0].speaker.text == "she" and "full charge" in a[0].content[0].text
    assert "she said" not in a[0].content[0].text


def test_polnear_format(tmp_path, nlp):
    from newsgraph.components.attributions_polnear import predict_file

    f = tmp_path / "story.txt"
    text = 'Mayor backs plan\n\n"It works very well," the mayor said.\n'
    f.write_text(text, encoding="utf-8")
    line = predict_file(f, nlp)
    assert line["doc"] == "story"
    by_content = {text[a["content"][0][0] : a["content"][0][1]]: a for a in line["attributions"]}
    a = by_content['"It works very well,"']
    s, e = a["source"]
    assert text[s:e] == "the mayor"
    json.dumps(line)


def _seed_body():
    seed = SHARED / "seed" / "presstv-minusma.txt"
    if not seed.exists():
        pytest.skip(f"shared seed not found at {seed}")
    raw = seed.read_text(encoding="utf-8")
    s = raw.index("The United Nations Security Council")
    e = raw.index("interventions in Africa.") + len("interventions in Africa.")
    return raw[s:e]


def test_seed_attributions_found(nlp):
    body = _seed_body()  # skips, saying why, where ../shared is absent
    sys.path.insert(0, str(SHARED / "tools"))
    from seed_score import norm  # the scorer's own folding

    gold = json.loads((SHARED / "seed" / "presstv-minusma.gold.json").read_text(encoding="utf-8"))["attributions"]
    out = atts(nlp, body)
    used, found = set(), 0
    for g in gold:
        want = norm(g["content_has"])
        cands = [i for i, a in enumerate(out) if i not in used and want in norm(" ".join(c.text for c in a.content))]
        if cands:
            used.add(cands[0])
            found += 1
    # issue 3 target is 16; all 17 are found since `which she said wanted ...` is a candidate
    assert found >= 17, f"found {found}/{len(gold)}"


@pytest.mark.slow
def test_polnear_dev_scores(tmp_path):
    dev = SHARED / "polnear" / "dev"
    if not dev.exists():
        pytest.skip(f"PolNeAR dev not found at {dev}")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w") as f:
        subprocess.run([sys.executable, "-m", "newsgraph.components.attributions_polnear", str(dev)], stdout=f, check=True)
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "polnear_score.py"), "--gold-dir", str(dev),
                          "--pred", str(pred), "--json"], capture_output=True, text=True, check=True)
    m = json.loads(res.stdout)["metrics"]
    # floors just below the measured numbers, so that regressions fail (issue 3's targets are higher)
    # (measured: attribution 66.1, direct 86.3, indirect 60.6, source 78.3, content 72.9)
    assert m["attribution"]["f1"] >= 0.655, m["attribution"]
    assert m["attribution/direct"]["f1"] >= 0.855, m["attribution/direct"]
    assert m["attribution/indirect"]["f1"] >= 0.60, m["attribution/indirect"]
    assert m["source/overlap"]["f1"] >= 0.78, m["source/overlap"]
    assert m["content/overlap"]["f1"] >= 0.725, m["content/overlap"]


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_sources_of_passives_and_participles(nlp):
    from newsgraph.components.attributions import _source_of

    doc = nlp("The mayor was asked whether the bridge would reopen.")
    assert _source_of(_tok(doc, "asked")) is None  # the one asking is not named
    doc = nlp("Asked about the delay, the mayor said the bridge would reopen in May.")
    assert _source_of(_tok(doc, "Asked")) is None  # the mayor is asked, not asking
    assert _source_of(_tok(doc, "said")).text == "mayor"
    doc = nlp("The mayor has been persuaded that the bridge would fail.")
    assert _source_of(_tok(doc, "persuaded")).text == "mayor"  # a holder of the view
    doc = nlp("The mayor was convinced by engineers that the bridge would fail.")
    assert _source_of(_tok(doc, "convinced")).text == "engineers"  # the `by` phrase first
    doc = nlp("A group backing the senator bought advertisements in three states.")
    assert _source_of(_tok(doc, "backing")).text == "group"
    doc = nlp("The governor angered farmers by claiming that the drought was over.")
    assert _source_of(_tok(doc, "claiming")).text == "governor"
    doc = nlp("The outcome appears to favour the incumbent.")
    assert _source_of(_tok(doc, "appears")) is None


def test_token_roles(nlp):
    import numpy as np

    from newsgraph.components.attributions import _Builder

    text = "The finance minister said that the budget would be balanced by 2026."
    doc = nlp(text)
    roles = _Builder(doc).roles
    assert roles is not None and roles.shape == (len(doc), 4)
    assert np.allclose(roles.sum(axis=1), 1.0, atol=1e-4)
    words = [t.text for t in doc]
    src = roles[words.index("minister"), 1]
    cue = roles[words.index("said"), 2]
    content = roles[words.index("budget") : words.index("balanced") + 1, 3].mean()
    assert cue > 0.5 and content > 0.5 and src > 0.5, (src, cue, content)
    assert roles[words.index("minister"), 3] < content
    # a Doc that was never parsed has no tensor: no roles, and the component still runs
    bare = nlp.make_doc(text)
    assert _Builder(bare).roles is None


def test_coordinated_reports_keep_their_own_content(nlp):
    out = atts(nlp, "The minister said the budget would be balanced next year, and the opposition "
                    "leader said the plan would collapse within months.")
    a = find(out, "budget would be balanced")
    assert "opposition" not in a.content[-1].text and a.speaker.text == "The minister"
    b = find(out, "plan would collapse")
    assert b.speaker.text == "the opposition leader"


def _without(nlp, text, **flags):
    """The attributions of `text` with some of the component's constants changed."""
    from newsgraph.components import attributions as A

    old = {k: getattr(A, k) for k in flags}
    try:
        for k, v in flags.items():
            setattr(A, k, v)
        return A.extract_attributions(nlp(text))
    finally:
        for k, v in old.items():
            setattr(A, k, v)


_ONE_STATEMENT_OFF = {"NEST_DEDUP": False, "NEST_TH": 0, "FINAL_DEDUP": 1.0, "QUOTE_DUP": False}


def test_one_statement_one_attribution(nlp):
    """A statement read twice (from `according to` and from the verb inside its content, from a
    verb and from the verb its clause governs) is one attribution; the readings the rules would
    otherwise add are checked to exist."""
    text = "According to the weekly, the documents reveal the party has asked coal firms for money."
    out = atts(nlp, text)
    assert [(a.speaker.text, a.cue.text) for a in out] == [("the weekly", "According to")]
    assert len(_without(nlp, text, **_ONE_STATEMENT_OFF)) == 2
    text = "A spokesman declined to address the report specifically."
    out = atts(nlp, text)
    assert [a.cue.text for a in out] == ["declined"] and out[0].content[0].text.startswith("to address")
    assert "address" in [a.cue.text for a in _without(nlp, text, **_ONE_STATEMENT_OFF)]
    text = "The senator urged voters to reject the measure, warning that it would raise taxes."
    out = atts(nlp, text)
    assert sorted(a.cue.text for a in out) == ["urged", "warning"]
    assert "reject" in [a.cue.text for a in _without(nlp, text, **_ONE_STATEMENT_OFF)]
    # speech reported inside another attribution's content stays its own (seed: `which she said`)
    out = atts(nlp, "The minister criticised the mission, which she said had failed to protect civilians.")
    assert any(a.cue.text == "said" and a.speaker is not None for a in out)


def test_quote_cue_is_the_verb_before_the_participle(nlp):
    out = atts(nlp, '"The talks on the treaty are over," the envoy added, noting that both sides had signed.')
    a = find(out, "talks on the treaty")
    assert (a.speaker.text, a.cue.text) == ("the envoy", "added")
    out = _without(nlp, '"The talks on the treaty are over," the envoy added, noting that both sides had signed.',
                   CUE_HEAD=False)
    assert find(out, "talks on the treaty").cue.text == "noting"


def test_raised_subject_is_part_of_the_content(nlp):
    """`X is expected to Y`, `X seemed Y`: the content is X and Y, in two fragments around the
    cue, with no speaker named."""
    from newsgraph.components.attributions import _Builder

    text = "The new stadium is expected to bring thousands of visitors to the city."
    doc = nlp(text)
    b = _Builder(doc)
    lo, hi, rule, s_hi, c_lo = b.content_of(_tok(doc, "expected"))
    assert rule == "raise" and doc[lo:s_hi].text == "The new stadium"
    assert doc[c_lo:hi].text == "to bring thousands of visitors to the city"
    doc = nlp("The senator seemed unhappy with the deal.")
    lo, hi, rule, s_hi, c_lo = _Builder(doc).content_of(_tok(doc, "seemed"))
    assert (doc[lo:s_hi].text, doc[c_lo:hi].text) == ("The senator", "unhappy with the deal")
    # `it seems that ...` reports the clause, as before
    doc = nlp("It seems that the plan has failed.")
    assert _Builder(doc).content_of(_tok(doc, "seems"))[2] == "ccomp"


def test_reported_content_runs_to_the_closing_quote(nlp):
    from newsgraph.components.attributions import _Builder

    text = 'The firm said that it "did not, at any time, treat the server differently from any other." It left.'
    doc = nlp(text)
    b = _Builder(doc)
    cut = b._content_spans(_tok(doc, "that").i, _tok(doc, "time").i + 1)  # stops inside the quotation
    assert cut[0].text.endswith("at any time")
    closed = b._close_quote(cut)
    assert closed[0].text == 'that it "did not, at any time, treat the server differently from any other."'
    # a content that closes its own quotation, or opens none, stays as it is
    whole = b._content_spans(_tok(doc, "that").i, _tok(doc, "other").i + 2)
    assert b._close_quote(whole) == whole


def test_parenthetical_cue_after_one_word(nlp):
    out = atts(nlp, "The port reopened last week.\n\nNow, she said, the ferries and the trucks no longer share the quay.")
    a = find(out, "ferries and the trucks")
    assert a.speaker.text == "she" and [c.text for c in a.content][0] == "Now"


def test_scorer_hidden_layer_shipped_and_used():
    """The candidate scorer ships its hidden layer (data/attributions/scorer.npz) and reads it:
    the same features score differently with and without it."""
    from newsgraph.components.attributions import DATA_DIR, _score, cue_model

    model = cue_model()
    assert model is not None and "hidden" in model
    vocab, table, b1, w2, _b2 = model["hidden"]
    assert table.shape == (len(vocab), len(b1) + 1) == (len(vocab), len(w2) + 1)  # E, then the linear weights
    assert any("\n" in f for f in vocab)  # features holding a line break survive the round trip
    linear = {k: v for k, v in model.items() if k != "hidden"}
    feats = ["bias", "lemma=say", "src=PERSON", "rule=ccomp", "say=True"]
    assert abs(_score(model, feats) - _score(linear, feats)) > 1e-3
    assert _score(model, feats) > 0.5 > _score(model, ["bias", "lemma=eat", "rule=dobj", "src=none"])
    size = sum(p.stat().st_size for p in DATA_DIR.iterdir())
    assert size < 20e6, size  # issue 3: the weights stay under 20 MB


def test_wide_deep_scorer_learns_a_conjunction():
    """scripts/train_attributions.py's scorer learns what a linear model cannot: a label that
    holds when exactly one of two features is present (a cue word that signals speech only
    without a given kind of speaker)."""
    import argparse
    import importlib.util

    import numpy as np

    spec = importlib.util.spec_from_file_location(
        "train_attributions", Path(__file__).resolve().parents[1] / "scripts" / "train_attributions.py")
    ta = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ta)
    rng = np.random.default_rng(0)
    X, y = [], []
    for _ in range(4000):
        a, b = rng.random() < 0.5, rng.random() < 0.5
        X.append(np.array([0] + [1] * a + [2] * b + [3 + int(rng.integers(0, 20))], dtype=np.int64))
        y.append(float(a != b))
    y = np.array(y)
    args = argparse.Namespace(hidden=8, hidden_epochs=6, hidden_lr=0.01, hidden_batch=32, seed=1,
                              epochs=6, lr=0.2, decay=0.8, l2=1e-4, batch=8)
    w, P = ta.fit_wide_deep(X, y, 23, args)

    def p(x):
        return 1 / (1 + np.exp(-(w[x].sum() + np.maximum(P["E"][x].sum(0) + P["b1"], 0) @ P["w2"] + P["b2"][0])))

    acc = np.mean([(p(x) > 0.5) == (t > 0.5) for x, t in zip(X, y)])
    wl = ta.fit_linear(X, y, 23, args)
    acc_lin = np.mean([((wl[x].sum() > 0) == (t > 0.5)) for x, t in zip(X, y)])
    assert acc > 0.95 and acc_lin < 0.8, (acc, acc_lin)
