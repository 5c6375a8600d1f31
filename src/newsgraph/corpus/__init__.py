"""Across reports: stories told by many outlets, reused wording, disagreements, actor timelines.

The corpus layer sits above the records and the store: it reads them, and nothing below imports
it. One module per job:

    stories.py        reports of one event grouped into a story (batch), with their profiles
                      (features.py) and a candidate index instead of every pair
    online.py         the same, one article at a time, kept in the store as articles arrive
    reuse.py          passages a later report takes from an earlier one's wording
    disagreements.py  figures about the same thing that differ across reports; quotes reworded
    timelines.py      an actor's statements and events across articles, in date order

    from newsgraph.corpus import build
    out = build(records)          # the corpus output of ../shared/design/corpus.md, as a dict
                                  # (with "quote_variants" beside its "disagreements")
"""

from __future__ import annotations

from typing import Any, Iterable

from . import disagreements, reuse, stories
from .stories import Doc, Story, group

__all__ = ["Doc", "Story", "build", "group", "analyse_story", "output_key"]


def analyse_story(story_id: str, docs: list[Any], boilerplate: set[str] | None = None) -> tuple[list[dict], list[dict]]:
    """(reuse, disagreements) among the reports of one story."""
    found = reuse.find(docs, boilerplate, stories.similarity)
    dis = disagreements.figures(docs, story_id, found) + disagreements.quotes(docs, story_id)
    return [r.to_json() for r in found], dis


def build(records: Iterable[Any], names: Iterable[str] | None = None, threshold: float | None = None) -> dict[str, Any]:
    """Stories, reuse and disagreements over `records` (each named by `names`, else its id)."""
    recs = list(records)
    nm = list(names) if names is not None else [r.article.id for r in recs]
    docs = [Doc.of(r, n) for r, n in zip(recs, nm)]
    sts = group(docs, threshold if threshold is not None else stories.THRESHOLD)
    boiler = reuse.boilerplate([s.docs for s in sts])
    out: dict[str, Any] = {"stories": [], "reuse": [], "disagreements": [], "quote_variants": []}
    for s in sts:
        out["stories"].append(s.to_json())
        ru, dis = analyse_story(s.id, s.docs, boiler)
        for r in ru:
            r["story"] = s.id
        out["reuse"] += ru
        for d in dis:
            out[output_key(d)].append(d)
    return out


def output_key(d: dict[str, Any]) -> str:
    """Where the corpus output keeps a disagreement: figures under "disagreements" (the contract:
    figures about the same thing whose values differ), one speaker's quote worded differently by
    different outlets under "quote_variants" (an extension, each item of the same shape)."""
    return "quote_variants" if d.get("kind") == "quote" else "disagreements"
