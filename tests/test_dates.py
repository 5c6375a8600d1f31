"""Dates: temporal expressions normalised against the publication date (newsgraph/components/dates.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.components.dates import find_dates
from newsgraph.nlp import build_nlp, load_base_model, register_extensions

from .conftest import need_shared

CASES = json.loads((Path(__file__).parent / "data" / "dates_cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=[("newsgraph_dates", "newsgraph.components.dates")])


def run(nlp, text: str, published: str | None):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def overlapping(dates, text: str, expr: str):
    i = text.index(expr)
    return [d for d in dates if d.span.start < i + len(expr) and d.span.end > i]


def judge(case, dates) -> str | None:
    """None when the case is right, else what went wrong."""
    hits = overlapping(dates, case["text"], case["expr"])
    if case.get("is_date", True) is False:
        return f"not a date, but found {[h.model_dump() for h in hits]}" if hits else None
    if not hits:
        return "not found"
    for h in hits:
        if h.value == case["value"] and h.duration == case["duration"]:
            if h.value is None and h.duration is None and not h.reason:
                return "value null without a reason"
            return None
    return f"wrong: {[(h.span.text, h.value, h.duration, h.reason) for h in hits]}"


def test_cases_cover_the_issue():
    assert len(CASES) >= 60
    notes = " ".join(c.get("note", "") for c in CASES)
    for kind in ("past", "future", "dateline", "no publication date", "relative to another date", "age", "rate"):
        assert kind in notes, kind
    assert any(c["duration"] for c in CASES)
    assert any(c["published"] is None for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['expr']}" for i, c in enumerate(CASES)])
def test_case(nlp, case):
    doc = run(nlp, case["text"], case["published"])
    problem = judge(case, doc._.dates)
    assert problem is None, f"{case['text']!r} / {case['expr']!r}: {problem}"


def test_accuracy_over_the_cases(nlp):
    """found + right value over all cases (the number reported)."""
    docs = [run(nlp, c["text"], c["published"]) for c in CASES]
    right = sum(judge(c, d._.dates) is None for c, d in zip(CASES, docs))
    assert right / len(CASES) == 1.0, f"{right}/{len(CASES)}"


def test_spans_are_offsets_into_the_text(nlp):
    text = "On Monday the council met.\n\nIt will meet again on March 3, 2025, and in the 1990s it met weekly."
    doc = run(nlp, text, "2024-05-08")
    assert [d.span.text for d in doc._.dates] == ["Monday", "March 3, 2025", "the 1990s"]
    for d in doc._.dates:
        assert text[d.span.start:d.span.end] == d.span.text
    assert [d.value for d in doc._.dates] == ["2024-05-06", "2025-03-03", "199X"]


def test_the_same_weekday_flips_with_tense(nlp):
    pub = "2023-06-30"  # a Friday
    past = run(nlp, "The rebels attacked the base on Saturday.", pub)._.dates
    fut = run(nlp, "The rebels will attack the base on Saturday.", pub)._.dates
    assert [d.value for d in past] == ["2023-06-24"]
    assert [d.value for d in fut] == ["2023-07-01"]


def test_no_publication_date_gives_reasons(nlp):
    doc = run(nlp, "The vote was held on Saturday, a week ago, and the result is due next month.", None)
    assert [d.span.text for d in doc._.dates] == ["Saturday", "a week ago", "next month"]
    for d in doc._.dates:
        assert d.value is None and d.reason and "publication date" in d.reason


def test_dateline_is_marked(nlp):
    doc = run(nlp, "LAGOS, Feb 2 (Reuters) - Markets slipped on Monday.", "2024-02-02")
    first = doc._.dates[0]
    assert (first.span.text, first.value, getattr(first, "dateline", None)) == ("Feb 2", "2024-02-02", True)


def test_find_dates_without_a_parse_still_reads_absolute_dates():
    register_extensions()
    doc = load_base_model().make_doc("The pact of 4 May 1998 lasted nine years and was renewed in 2007.")
    got = [(d.span.text, d.value, d.duration) for d in find_dates(doc, None)]
    assert got == [("4 May 1998", "1998-05-04", None), ("nine years", None, "P9Y"), ("2007", "2007", None)]


def _seed_body(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith("The United Nations Security Council"))
    j = next(k for k, ln in enumerate(lines) if ln.rstrip().endswith("interventions in Africa."))
    return "\n".join(lines[i:j + 1])


def test_seed_dates(nlp):
    seed = need_shared("seed", "presstv-minusma.txt")
    gold = json.loads(need_shared("seed", "presstv-minusma.gold.json").read_text(encoding="utf-8"))
    raw = seed.read_text(encoding="utf-8")
    body = _seed_body(seed)
    dates = run(nlp, body, "2023-06-30")._.dates
    # the caption's date is outside the body: read it from the caption line the way the
    # record will (each caption run through the same component)
    caption = next(ln for ln in raw.split("\n") if "(Photo by" in ln)
    cap_dates = run(nlp, caption, "2023-06-30")._.dates
    missing = []
    for g in gold["dates"]:
        pool = dates if g["text"].lower() in body.lower() else cap_dates
        if not any(g["text"].lower() in d.span.text.lower() and d.value == g["value"] for d in pool):
            missing.append(g)
    assert missing == []
    # no date from the rate, durations as durations
    rate = body.index("billion a year")
    assert not [d for d in dates if d.span.start < rate + 14 and d.span.end > rate]
    by_text = {d.span.text: d for d in dates}
    assert (by_text["nine years"].value, by_text["nine years"].duration) == (None, "P9Y")
    assert (by_text["decade-old"].value, by_text["decade-old"].duration) == (None, "P10Y")
    # nothing else: every mention is a gold date or one of the two durations
    extra = [d.span.text for d in dates if d.duration is None and not any(
        g["text"].lower() in d.span.text.lower() for g in gold["dates"])]
    assert extra == []
