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
