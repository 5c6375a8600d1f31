"""The corpus output keeps figures that differ under "disagreements" (the contract of
../shared/design/corpus.md: figures about the same thing whose values differ) and one speaker's
quote worded differently by two outlets under "quote_variants", in batch (`build`), from the
command line over files and over a store. Passages written for this file."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.corpus import build

from .test_disagreements_classes import _docs

TEXTS = {
    "wire.txt": ("Harbour Wire", "2027-03-02", "Dorvik port strike enters second day\n\n"
                 "About 1,200 dockers stayed off work in Dorvik on Tuesday, the union said. "
                 '"We will stay out until the company talks to us about pay and about safety on the night shift," '
                 "union leader Mara Ost said on Tuesday. Ships queued outside the harbour as cranes stood idle."),
    "times.txt": ("Dorvik Times", "2027-03-02", "Dorvik dockers strike for a second day\n\n"
                   "More than 1,500 dockers stayed off work in Dorvik on Tuesday. "
                   '"We are staying out until the company sits down with us on pay and night-shift safety," '
                   "union leader Mara Ost said on Tuesday. Ships queued outside the harbour as cranes stood idle."),
}


def _records():
    return [d.record for d in _docs(TEXTS)]


def test_build_keeps_quote_variants_apart_from_figures():
    recs = _records()
    out = build(recs, list(TEXTS))
    assert {d["kind"] for d in out["disagreements"]} == {"figure"}
    assert [sorted(v["value"] for v in d["values"]) for d in out["disagreements"]] == [[1200, 1500]]
    [q] = out["quote_variants"]
    assert q["kind"] == "quote" and "Mara Ost" in q["about"]
    assert sorted(v["article"] for v in q["values"]) == sorted(TEXTS)


def test_stories_command_over_files_and_over_a_store(tmp_path):
    for name, (pub, date, body) in TEXTS.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["stories", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["disagreements"] and {d["kind"] for d in out["disagreements"]} == {"figure"}
    assert len(out["quote_variants"]) == 1
    db = tmp_path / "s.db"
    res = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["stories", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    stored = json.loads(res.stdout)
    assert {d["kind"] for d in stored["disagreements"]} == {"figure"} and len(stored["quote_variants"]) == 1
    res = runner.invoke(app, ["stories", "--db", str(db), "--format", "text"])
    assert "1 quote worded differently" in res.stdout and "quote worded differently: " in res.stdout
