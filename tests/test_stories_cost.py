"""The grouping's shortcuts (issue 19 point 7) give what the plain computations give.

candidate_pairs sums products only for pairs that can be one story by their dates, is_digest sums
an item's cosines over its own terms, page_grams/own_words read word runs worked out once per page,
and term counting keeps each token's term: each is checked here against the plain computation on
the invented corpora's text pages (read as plain text, so no analysis is needed), with dates
spread over three weeks and some pages undated.
"""

from __future__ import annotations

import random
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from newsgraph.corpus import features, stories
from newsgraph.corpus.features import cosine, raw_counts, weigh
from newsgraph.corpus.text import run_hashes, run_words, word_hashes, word_spans

CORPORA = Path(__file__).parent / "data" / "corpus"


def _docs(seed: int = 7, corpora=("invented", "invented2", "invented7", "invented11"), dated=True) -> list[stories.Doc]:
    rng = random.Random(seed)
    out = []
    for c in corpora:
        for f in sorted((CORPORA / c).glob("*.txt")):
            if f.name == "README.txt":
                continue
            text = f.read_text(encoding="utf-8")
            title, _, body = text.strip().partition("\n")
            day = rng.choice([None, None] + list(range(1, 22))) if dated else None
            out.append(stories.Doc(name=f.name, id=f.name, title=title, body=body.strip(),
                                   published=f"2026-03-{day:02d}" if day else None, counts=raw_counts(title, body)))
    return out


def _reference_pairs(docs: list[stories.Doc]) -> dict[tuple[int, int], float]:
    """Every pair sharing an index term (of at most postings_cap docs), as the cosine summed over
    those terms times date_factor and length_factor, kept where above 0."""
    n = len(docs)
    post: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        for t in d.vec:
            post[t].append(i)
    live = {t for t, p in post.items() if 2 <= len(p) <= stories.postings_cap(n)}
    out = {}
    for i in range(n):
        for j in range(i + 1, n):
            shared = live & docs[i].vec.keys() & docs[j].vec.keys()
            if not shared:
                continue
            c = sum(docs[i].vec[t] * docs[j].vec[t] for t in shared)
            f = stories.date_factor(docs[i].published, docs[j].published)
            if c * f > 0:
                out[(i, j)] = c * f * stories.length_factor(docs[i], docs[j])
    return out


def test_candidate_pairs_match_the_plain_sum_over_shared_terms():
    docs = _docs()
    assert sum(d.published is None for d in docs) >= 5 and sum(d.published is not None for d in docs) >= 20
    stories.profile(docs)
    got, want = stories.candidate_pairs(docs), _reference_pairs(docs)
    assert got.keys() == want.keys()
    assert all(got[k] == pytest.approx(want[k], rel=1e-12) for k in want)
    # dated pages ten days or more apart are never candidates; undated pages pair with any page
    far = [(i, j) for i, j in want if docs[i].published and docs[j].published
           and abs(int(docs[i].published[-2:]) - int(docs[j].published[-2:])) >= stories.DATE_ZERO_DAYS]
    assert not far
    assert any(docs[i].published is None or docs[j].published is None for i, j in got)


def _plain_is_digest(items, neighbours, n, df) -> bool:
    """stories.is_digest as first written: each item weighed anew, its cosine with every report."""
    topics: list[list[stories.Doc]] = []
    for k, c in enumerate(items):
        if len(topics) + len(items) - k < stories.DIGEST_TOPICS:
            return False
        v = weigh(stories._item_counts(c), n, df)
        best, best_s = None, stories.DIGEST_ITEM_SIM
        for o in neighbours:
            x = cosine(v, o.vec)
            if x >= best_s:
                best, best_s = o, x
        if best is None or any(best is h for t in topics for h in t):
            continue
        for t in topics:
            if any(stories.similarity(best, x) >= stories.THRESHOLD for x in t):
                t.append(best)
                break
        else:
            topics.append([best])
        if len(topics) >= stories.DIGEST_TOPICS:
            return True
    return False


def test_is_digest_sums_the_cosines_as_the_plain_test_does():
    docs = _docs(corpora=("invented7", "invented11", "invented"), dated=False)
    n, df = stories.profile(docs)
    memo: dict = {}
    seen = Counter()
    for d in docs:
        items = stories.digest_items(d.body)
        if len(items) < stories.DIGEST_TOPICS:
            continue
        near = sorted((o for o in docs if o is not d), key=lambda o: (-cosine(d.vec, o.vec), o.name))[:stories.DIGEST_NEIGHBOURS]
        got = stories.is_digest(items, near, n, df, memo=memo)
        assert got == _plain_is_digest(items, near, n, df), d.name
        seen[got] += 1
    assert seen[True] >= 1 and seen[False] >= 10  # the corpora's digests (invented7, invented11) and the rest


def test_word_runs_worked_out_once_are_the_runs_of_word_spans():
    text = "İstanbul’s ÉCOLE re-opened: ﬁve 1,200 people — “Straße” said. " * 3 + "Another sentence of eight words here now."
    ws = word_spans(text)
    assert run_words(text) == [w for w, _, _ in ws]
    assert run_hashes(ws, 8) == word_hashes(run_words(text), 8)
    assert run_hashes(ws, 8)[0] == zlib.crc32(" ".join(w for w, _, _ in ws[:8]).encode())
    d = _docs()[0]
    ht, hb, words = stories._runs(d)
    assert list(ht) + list(hb) == run_hashes(word_spans(d.title), 8) + run_hashes(word_spans(d.body), 8)
    assert stories.page_grams(d) == stories.sampled_grams(d.title, d.body)


def test_term_counts_follow_the_constants_a_tuning_run_sets(monkeypatch):
    title, body = "Velmark steelworks to close", "The Velmark works employ 1,200 people.\nWorkers arrested at dawn."
    before = raw_counts(title, body)
    assert before["E:velmark"] > 0 and before["N:1200"] > 0 and before["arrest"] > 0
    monkeypatch.setattr(features, "STEM", 4)
    after = raw_counts(title, body)
    assert after["arre"] > 0 and "arrest" not in after  # the kept terms are not read under other constants
    monkeypatch.undo()
    assert raw_counts(title, body) == before


def test_weights_keep_the_strongest_terms_ties_broken_by_term():
    import math

    counts = Counter({f"zq{i:03d}": 1 + i % 7 for i in reversed(range(100))})  # seven weights: ties across the cut, not in name order
    v = weigh(counts, 50, {}, memo={})
    plain = {t: (1.0 + math.log(x)) * features.idf(t, 50, 0) for t, x in counts.items()}
    top = sorted(plain.items(), key=lambda kv: (-kv[1], kv[0]))[:features.PROFILE_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top))
    assert list(v.items()) == [(t, w / norm) for t, w in top]
    assert "zq081" in v and "zq088" not in v  # counts 7 and 6 (28 terms), then 12 of the 14 with count 5, by name
