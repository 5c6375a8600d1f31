"""The memoised attribute ruler + lemmatizer gives spaCy's own answers, token for token."""

from __future__ import annotations

from newsgraph import fastattrs
from newsgraph.ingest import iter_sources
from newsgraph.nlp import load_base_model
from newsgraph.pipeline import Item, extract

from .conftest import SAMPLE, SHARED

OWN = [
    "Let's see: they're gonna sign it, ain't they? \"We gotta wait,\" she said.",
    "The ministers' talks ended; Ms. Roe's deputy wasn't there. It was raining in Oslo.",
    "Prices rose 3.5% to $1.2bn in 2023 -- a record, analysts said.\n\n  Spaces   here.",
]


def texts() -> list[str]:
    out = list(OWN)
    for src in iter_sources([str(SAMPLE)]):
        out.append(extract(Item(content=src.content, name=src.name, kind=src.kind)).body)
    dev = SHARED / "polnear" / "dev" / "text"
    if dev.is_dir():
        out += [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))[:6]]
    return out


def test_fast_attrs_equal_the_originals():
    orig = load_base_model()
    fast = fastattrs.install(load_base_model())
    assert "newsgraph_fast_attrs" in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    # the shipped table (scripts/build_attr_table.py) is in the memo before any text: what
    # follows checks its answers against spaCy's too
    assert len(fast.get_pipe("newsgraph_fast_attrs").memo) > 20000
    n = 0
    for _ in range(2):  # the second pass runs from the memo
        for a, b in zip(orig.pipe(texts()), fast.pipe(texts())):
            assert len(a) == len(b)
            for p, q in zip(a, b):
                assert (p.tag_, p.pos_, p.dep_, str(p.morph), p.lemma_) == (q.tag_, q.pos_, q.dep_, str(q.morph), q.lemma_), p.text
                n += 1
    assert n > 5000
    assert len(fast.get_pipe("newsgraph_fast_attrs").memo) > 20500
