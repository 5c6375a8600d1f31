"""The attributions builder's per-article look-ups (in_quote_at, before_first_line) give what
the scans they replaced gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.components.attributions import _Builder
from newsgraph.nlp import build_nlp

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(components=[])


@pytest.mark.parametrize("text", [
    "",
    "No line break and no quote at all.",
    'He said "a quote with \u201cnested\u201d marks" and then \u201canother one\u201d.\nNext line "open',
])
def test_lookups_answer_as_the_scans_small(nlp, text):
    _check(_Builder(nlp(text)))


def test_lookups_answer_as_the_scans_on_the_sample(nlp):
    for f in sorted(SAMPLE.glob("*.txt")):
        b = _Builder(nlp(f.read_text(encoding="utf-8")))
        assert b.quotes  # the reports quote people
        _check(b)


def _check(b: _Builder) -> None:
    for x in range(len(b.text) + 2):
        assert b.in_quote_at(x) == any(q.start < x < q.end for q in b.quotes), x
        assert b.before_first_line(x) == ("\n" not in b.text[:x]), x
