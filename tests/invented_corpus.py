"""What the tests of the blind invented corpora (tests/data/corpus/invented4, 5, 6) share: the
corpus read into records, its bodies by file name, the corpus output, its gold, and the checks
that hold for any of them. Each test_corpus_inventedN.py keeps its own floors and data checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgraph.corpus import build

from .conftest import REPO


def folder(name: str) -> Path:
    return REPO / "tests" / "data" / "corpus" / name


def records(corpus: Path, n: int) -> list[Any]:
    """The corpus's pages analysed, every one of the n read."""
    from newsgraph.cli_corpus import read_records

    recs, fails = read_records([str(corpus)])
    assert not fails and len(recs) == n
    return recs


def bodies(recs: list[Any]) -> dict[str, Any]:
    """Each page's article by its file name."""
    return {Path(r.article.source).name: r.article for r in recs}


def output(recs: list[Any]) -> dict[str, Any]:
    """The corpus output of ../shared/design/corpus.md, articles named by their files."""
    return build(recs, [Path(r.article.source).name for r in recs])


def gold(corpus: Path) -> dict[str, Any]:
    return json.loads((corpus / "gold.json").read_text(encoding="utf-8"))


def check_every_article_in_one_story(out: dict[str, Any], gold_: dict[str, Any]) -> None:
    seen = [a for s in out["stories"] for a in s["articles"]]
    assert sorted(seen) == sorted(a["file"] for a in gold_["articles"])


def check_spans_are_body_slices(out: dict[str, Any], bodies_: dict[str, Any]) -> None:
    for r in out["reuse"]:
        for p in r["pairs"]:
            for side, name in (("source_span", r["source"]), ("target_span", r["target"])):
                sp = p[side]
                assert bodies_[name].body[sp["start"]:sp["end"]] == sp["text"]


def gold_texts_missing(gold_: dict[str, Any], bodies_: dict[str, Any]) -> list[tuple[str, str]]:
    """(file, text) of every gold reuse sentence, gold or trap figure text and quote variant that
    is not in its file's body as the extractor gives it (so a miss is the corpus layer's, not the
    page's)."""
    missing = []
    for r in gold_["reuse"]:
        for q in r["pairs"]:
            for name, s in ((r["source"], q["source_sentence"]), (r["target"], q["target_sentence"])):
                if s not in bodies_[name].body:
                    missing.append((name, s))
    for key in ("disagreements", "agreements_not_disagreements", "not_same_thing"):
        for d in gold_[key]:
            for v in d["values"]:
                if v["text"] not in bodies_[v["file"]].body:
                    missing.append((v["file"], v["text"]))
    for q in gold_["quote_variants"]:
        for v in q["quotes"]:
            if v["text"] not in bodies_[v["file"]].body:
                missing.append((v["file"], v["text"]))
    return missing


def gold_prediction(gold_: dict[str, Any]) -> dict[str, Any]:
    """The prediction the gold itself makes: its stories, reuse pairs (spans carry only their text,
    which is all the scorer reads) and disagreements."""
    stories: dict[str, list[str]] = {}
    for a in gold_["articles"]:
        stories.setdefault(a["story"], []).append(a["file"])

    def span(s: str) -> dict[str, Any]:
        return {"start": 0, "end": len(s), "text": s}

    return {
        "stories": [{"id": k, "title": k, "articles": v} for k, v in stories.items()],
        "reuse": [{"source": r["source"], "target": r["target"], "share": 0.5,
                   "pairs": [{"source_span": span(q["source_sentence"]), "target_span": span(q["target_sentence"])}
                             for q in r["pairs"]]} for r in gold_["reuse"]],
        "disagreements": [{"story": d["story"], "about": d["about"],
                           "values": [{"article": v["file"], "value": v["value"], "text": v["text"]} for v in d["values"]]}
                          for d in gold_["disagreements"]],
    }


def check_gold_consistent(corpus: Path, gold_: dict[str, Any], tmp_path: Path,
                          traps_span_two_files: bool = True) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The gold's own prediction scores 100 everywhere with no false alarm; then every trap (an
    agreement written differently, figures about different things) is reported as a disagreement.
    Returns that second score and the traps, for each corpus to check its trap count against."""
    from .test_corpus import _score

    pred = gold_prediction(gold_)
    res = _score(corpus / "gold.json", pred, tmp_path)
    assert res["stories"]["f1"] == res["pairs"]["f1"] == 100.0
    assert res["reuse"]["article_pairs"]["f1"] == res["reuse"]["passages"]["f1"] == 100.0
    assert res["disagreements"]["f1"] == 100.0 and res["disagreements"]["false_alarms_on_traps"] == 0
    traps = gold_["agreements_not_disagreements"] + gold_["not_same_thing"]
    if traps_span_two_files:
        assert all(len({v["file"] for v in t["values"]}) >= 2 for t in traps)
    pred["disagreements"] = [{"story": "x", "about": t["about"],
                              "values": [{"article": v["file"], "value": v["value"], "text": v["text"]} for v in t["values"]]}
                             for t in traps]
    return _score(corpus / "gold.json", pred, tmp_path), traps


def check_manifest(corpus: Path, gold_: dict[str, Any], bodies_: dict[str, Any]) -> list[dict[str, Any]]:
    """The manifest agrees with the gold and the pages: the same files and stories; each reuse pair
    within a story, its source published first (by the clock on one day, where both give one) and
    listed both ways; each page's body, as the extractor gives it or among the lines it removed,
    starts and ends as written. Returns the manifest, for each corpus's own checks."""
    manifest = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))
    by = {m["file"]: m for m in manifest}
    assert sorted(by) == sorted(a["file"] for a in gold_["articles"]) == sorted(bodies_)
    assert {a["file"]: a["story"] for a in gold_["articles"]} == {f: m["story"] for f, m in by.items()}
    for r in gold_["reuse"]:
        src, tgt = by[r["source"]], by[r["target"]]
        assert src["story"] == tgt["story"] and src["published"] <= tgt["published"], r["source"]
        if src["published"] == tgt["published"] and src.get("published_time") and tgt.get("published_time"):
            assert src["published_time"] <= tgt["published_time"], r["source"]
        assert r["source"] in (tgt["reuses"] or []) and r["target"] in (src["reused_by"] or [])
    for f, m in by.items():
        art = bodies_[f]
        kept = [art.body, *art.removed]
        assert any(m["body_starts_with"] in t for t in kept) and any(m["body_ends_with"] in t for t in kept), f
    return manifest
