"""The fast pipeline (`--pipeline fast`, NEWSGRAPH_PIPELINE=fast): en_core_web_sm with its NER
replaced by the distilled one in data/fast_ner (scripts/build_fast_ner.py) that reads the shared
tok2vec's output. What it must keep: the seed's attributions and speakers as the full pipeline
gives them, and the full pipeline's entities on real news."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph import nlp as nlp_mod
from newsgraph.cli import app
from newsgraph.pipeline import analyze

from .conftest import SEED, need_shared

runner = CliRunner()


def test_pipeline_choice(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_PIPELINE", "")
    assert nlp_mod.pipeline_choice() == "full"
    monkeypatch.setenv("NEWSGRAPH_PIPELINE", "Fast")
    assert nlp_mod.pipeline_choice() == "fast"
    assert nlp_mod.pipeline_choice("full") == "full"  # the caller's name wins over the environment
    with pytest.raises(ValueError, match="unknown pipeline 'quick': choose full or fast"):
        nlp_mod.pipeline_choice("quick")


def test_cli_refuses_unknown_pipeline(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_PIPELINE", "")  # empty is the default; the command sets it, and setenv (unlike delenv of an unset variable) restores it after
    f = tmp_path / "a.txt"
    f.write_text("The minister said on Monday that talks would resume.", encoding="utf-8")
    for cmd in (["analyze", str(f)], ["ingest", str(f), "--db", f"sqlite:///{tmp_path / 'x.db'}"]):
        r = runner.invoke(app, cmd + ["--pipeline", "quick"])
        assert r.exit_code == 2, r.output
        assert r.stderr.strip() == "error: --pipeline: unknown pipeline 'quick': choose full or fast"


def test_cli_names_a_missing_fast_model(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_PIPELINE", "")
    monkeypatch.setattr(nlp_mod, "FAST_NER_DIR", tmp_path / "nothing")
    f = tmp_path / "a.txt"
    f.write_text("The minister said on Monday that talks would resume.", encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(f), "--pipeline", "fast"])
    assert r.exit_code == 2
    assert "the fast pipeline's NER is not built" in r.stderr and "build_fast_ner.py" in r.stderr
    assert "Traceback" not in r.output


@pytest.fixture(scope="module")
def pipelines():
    return nlp_mod.get_nlp("full"), nlp_mod.get_nlp("fast")


def test_fast_ner_reads_the_shared_tok2vec(pipelines):
    full, fast = pipelines
    assert fast.pipe_names == full.pipe_names
    layers = {n.name for n in fast.get_pipe("ner").model.walk()}
    assert "tok2vec-listener" in layers
    assert not any("hashembed" in n for n in layers)  # no embedding table of its own
    assert any("hashembed" in n.name for n in full.get_pipe("ner").model.walk())
    # shipped small: the NER's weights alone
    size = sum(p.stat().st_size for p in nlp_mod.FAST_NER_DIR.iterdir())
    assert size < 1_000_000


def _ents(nlp, texts):
    out = []
    for doc in nlp.pipe(texts):
        out.append({(e.start_char, e.end_char, e.label_) for e in doc.ents})
    return out


def test_entities_agree_with_full_on_news(pipelines):
    folder = need_shared("polnear", "dev", "text")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:8]]
    full, fast = pipelines
    with full.select_pipes(enable=["tok2vec", "tagger", "parser", "ner"]), \
            fast.select_pipes(enable=["tok2vec", "tagger", "parser", "ner"]):
        a, b = _ents(full, texts), _ents(fast, texts)
    tp = sum(len(x & y) for x, y in zip(a, b))
    n_full, n_fast = sum(map(len, a)), sum(map(len, b))
    p, r = tp / n_fast, tp / n_full
    # the shipped model: P 75.5 R 70.2 over all 84 dev texts;
    # a broken one (no tensor read, labels lost) falls far below
    assert n_full > 250
    assert p > 0.6 and r > 0.6, (p, r, n_full, n_fast)  # 66.9 and 66.9 here


def _seed_view(rec):
    names = {a.id: a.name for a in rec.actors}
    out = []
    for a in rec.attributions:
        sp = (a.speaker.start, a.speaker.end, a.speaker.text) if a.speaker else None
        cue = (a.cue.start, a.cue.end) if a.cue else None
        out.append((a.where, a.kind, sp, cue, tuple((c.start, c.end) for c in a.content), names.get(a.actor)))
    return out


def test_seed_attributions_and_speakers_same_as_full(monkeypatch):
    need_shared("seed", "presstv-minusma.txt")
    text = SEED.read_text(encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_PIPELINE", "full")
    full = analyze(text, published="2023-06-30", publisher="Press TV")
    monkeypatch.setenv("NEWSGRAPH_PIPELINE", "fast")
    fast = analyze(text, published="2023-06-30", publisher="Press TV")
    a, b = _seed_view(full), _seed_view(fast)
    assert len(a) >= 17
    assert a == b


def test_fast_ner_built_for_another_model_is_refused(tmp_path):
    import shutil

    d = tmp_path / "fast_ner"
    shutil.copytree(nlp_mod.FAST_NER_DIR, d)
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    meta["teacher"] = "en_core_web_sm-9.9.9"
    (d / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="built for en_core_web_sm 9.9.9, this is 3"):
        nlp_mod.use_fast_ner(nlp_mod.load_base_model(), d)


def test_cli_analyze_with_the_fast_pipeline(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_PIPELINE", "")
    f = tmp_path / "a.txt"
    f.write_text('Talks resume\n\n"We will be back on Monday," the minister, Ana Ruiz, told reporters in Lisbon.\n',
                 encoding="utf-8")
    r = runner.invoke(app, ["analyze", str(f), "--pipeline", "fast", "--format", "json"])
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout)
    names = {a["id"]: a["name"] for a in rec["actors"]}
    assert [names.get(a["actor"]) for a in rec["attributions"]] == ["Ana Ruiz"]
