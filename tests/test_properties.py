"""Property tests (hypothesis) on the text paths: whatever the text, nothing raises and every
offset points where it says.

normalisation and its offset map (normalize.py), datelines and full dates (dateline.py), quote
spans (components/attributions_quotes.py), the memoised attribute ruler (fastattrs.py), dates
and figures (components/), plain-text and HTML extraction (textpage.py, extract.py) and the
whole analysis: every span's text equals the body at its offsets. Bounded: a few dozen to a
few hundred examples a test, no deadline; the longer campaign is bench/fuzz.py.
"""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newsgraph.extract import normalize as nz
from newsgraph.components.attributions_quotes import QUOTE_CHARS, _PAIRS, find_quotes, scan_quotes
from newsgraph.extract.dateline import find_date, split_dateline
from newsgraph.errors import InputError
from newsgraph.pipeline import Item, _encodable, extract

# random in development, the same examples every run on CI (a new failure shows on a developer's
# machine, not as a flaky CI run)
BOUNDED = dict(deadline=None, database=None, derandomize=bool(os.environ.get("CI")),
               phases=[Phase.explicit, Phase.generate, Phase.shrink],
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---------------------------------------------------------------------------------------------
# text generators: words, every kind of space, invisible and bidi marks, quotation marks,
# numbers and date-like strings, odd code points (lone surrogates included)

SPACES = sorted(nz._SPACES | {"\x1c", "\x1d", "\x85", "\r\n", "\n\n"})
INVISIBLE = sorted(nz._DROP | {"\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u061c", "\u034f"})
QUOTES = list(QUOTE_CHARS) + ["''", "``", "\u201c\u201d"]
WORDS = ["the", "minister", "said", "Mali", "UN", "troops", "killed", "12", "people", "on", "Monday",
         "told", "reporters", "according", "to", "Reuters", "John", "Smith", "would", "not", "withdraw",
         "LONDON", "BAMAKO", "(AFP)", "-", "\u2014", "--", ",", ".", "?", ":", "don't", "Jones'", "gon", "na",
         "let", "'s", "ain't", "Ms.", "3.5%", "$1.2bn", "1,000,000", "1" * 40, "1e400", "half", "a", "dozen",
         "June", "30", "2024", "31/02/2024", "2024-13-45", "March", "32,", "Sept.", "last", "week", "ago",
         "\u00e9", "e\u0301", "\u0645\u0631\u062d\u0628\u0627", "\u4e2d\u6587", "\u041coscow", "\uff11\uff12",
         "\u00b2", "\u00bd", "\ud800", "\x00", "\ufffd", "&amp;", "<p>"]

piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(SPACES), st.sampled_from(INVISIBLE),
    st.sampled_from(QUOTES), st.text(max_size=3),
)
texts = st.lists(piece, max_size=40).map("".join)
# mostly words and single spaces, as prose is
prose_piece = st.one_of(*([st.sampled_from(WORDS)] * 6), st.sampled_from(SPACES), st.sampled_from(INVISIBLE),
                        st.sampled_from(QUOTES), st.text(max_size=2))
sentences = st.lists(prose_piece, min_size=3, max_size=30).map(" ".join)
articles = st.lists(sentences.map(lambda s: s + "."), min_size=1, max_size=6).flatmap(
    lambda ss: st.lists(st.sampled_from([" ", "\n", "\n\n", "\r\n\r\n"]), min_size=len(ss), max_size=len(ss)).map(
        lambda seps: "".join(s + p for s, p in zip(ss, seps))))


# ---------------------------------------------------------------------------------------------
# normalisation and the offset map

def _reference(source: str, start: int, end: int) -> nz.Mapped:
    """normalize_span's rule, character by character (what its fast paths must give)."""
    out, offs, pending = [], [], -1
    for i in range(start, end):
        ch = source[i]
        if ch in nz._DROP:
            continue
        if ch in nz._SPACES or ch.isspace():
            if pending < 0:
                pending = i
            continue
        if pending >= 0 and out:
            out.append(" ")
            offs.append(pending)
        pending = -1
        out.append(ch)
        offs.append(i)
    offs.append(offs[-1] + 1 if offs else start)
    return nz.Mapped("".join(out), offs)


def _check_mapped(m: nz.Mapped, source: str, start: int, end: int) -> None:
    assert len(m.offsets) == len(m.text) + 1
    assert m.text == m.text.strip(" ") and "  " not in m.text
    assert not any(c in nz._DROP or (c.isspace() and c != " ") for c in m.text)
    for i, c in enumerate(m.text):
        assert start <= m.offsets[i] < end
        assert c == " " or source[m.offsets[i]] == c, (i, c)
    assert all(a < b for a, b in zip(m.offsets, m.offsets[1:]))


@settings(max_examples=300, **BOUNDED)
@given(source=texts, data=st.data())
def test_normalize_span_maps_every_character_back(source, data):
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    m = nz.normalize_span(source, start, end)
    _check_mapped(m, source, start, end)
    ref = _reference(source, start, end)
    assert (m.text, m.offsets) == (ref.text, ref.offsets)
    # normal text stays as it is
    assert nz.normalize_span(m.text).text == m.text


@settings(max_examples=150, **BOUNDED)
@given(paras=st.lists(texts, max_size=5), data=st.data())
def test_join_and_slice_keep_the_map(paras, data):
    source = "\n".join(paras)
    pieces, pos = [], 0
    for p in paras:
        pieces.append(nz.normalize_span(source, pos, pos + len(p)))
        pos += len(p) + 1
    j = nz.join(pieces)
    assert j.text == nz.PARAGRAPH_SEP.join(p.text for p in pieces if p.text)
    assert len(j.offsets) == len(j.text) + 1
    for i, c in enumerate(j.text):
        assert c.isspace() or source[j.offsets[i]] == c
    a = data.draw(st.integers(0, len(j.text)))
    b = data.draw(st.integers(a, len(j.text)))
    s = j.slice(a, b)
    assert s.text == j.text[a:b] and s.offsets[:-1] == j.offsets[a:b]
    assert s.source_span(0, len(s.text)) == j.source_span(a, b)


@settings(max_examples=200, **BOUNDED)
@given(source=texts)
def test_split_blocks_loses_no_text(source):
    blocks = nz.split_blocks(source)
    covered = set()
    prev = 0
    for s, e in blocks:
        assert prev <= s < e <= len(source) and source[s:e].strip()
        assert "\n" not in source[s:e] and "\r" not in source[s:e]
        covered.update(range(s, e))
        prev = e
    assert all(i in covered for i, c in enumerate(source) if not c.isspace())


# ---------------------------------------------------------------------------------------------
# datelines and full dates

place = st.sampled_from(["BAMAKO", "LONDON", "GAZA CITY", "Kyiv", "NEW YORK", "UN", "A", "X\u200bY", "\u0130STANBUL"])
dateline_text = st.tuples(
    place, st.sampled_from(["", ", Gaza Strip", ", Ukraine", ", ,"]),
    st.sampled_from(["", ", June 30", " 31 Feb 2024", ", Sept. 5, 2023", " 0 Jan 0000", ", December 32"]),
    st.sampled_from(["", " (Reuters)", " (CNN)", " (AP Photo)", " ()", " (" + "A" * 50 + ")"]),
    st.sampled_from([" - ", " -- ", " \u2014 ", " \u2013 ", "-", " \u2014\u2014 ", " "]),
    sentences,
).map("".join)


@settings(max_examples=200, **BOUNDED)
@given(text=st.one_of(dateline_text, texts))
def test_split_dateline_leaves_a_slice_of_the_body(text):
    body = nz.normalize_span(text)
    rest, dl, iso = split_dateline(body)
    k = len(body.text) - len(rest.text)
    assert rest.text == body.text[k:] and rest.offsets == body.offsets[k:]
    if dl is None:
        assert k == 0 and iso is None
    else:
        assert dl and dl in body.text[:k]
    if iso is not None:
        dt.date.fromisoformat(iso)


@settings(max_examples=300, **BOUNDED)
@given(s=st.one_of(texts, dateline_text, st.from_regex(r"\d{1,5}[/.\- ]\d{1,3}[/.\- ,]+\d{1,5}", fullmatch=True)))
def test_find_date_gives_a_real_date_from_the_text(s):
    found = find_date(s)
    if found is not None:
        iso, m = found
        d = dt.date.fromisoformat(iso)
        assert 1900 <= d.year <= 2100
        assert s[m.start():m.end()] == m.group()


# ---------------------------------------------------------------------------------------------
# quotation spans

quote_text = st.lists(st.one_of(prose_piece, st.sampled_from(QUOTES), st.sampled_from(QUOTES),
                                st.sampled_from([" ", "\n", "\n\n"])), max_size=60).map("".join)


@settings(max_examples=300, **BOUNDED)
@given(text=quote_text)
def test_quotes_are_spans_of_marks_in_the_text(text):
    qs = scan_quotes(text)
    prev_end = 0
    for q in qs:
        assert prev_end <= q.start < q.end <= len(text)
        assert text[q.start] in _PAIRS or text[q.start:q.start + 2] in ("''", "``")
        assert q.fragments and q.fragments[0][0] == q.start and q.fragments[-1][1] == q.end
        for s, e in q.fragments:
            assert q.start <= s < e <= q.end and "\n" not in text[s:e]
        if q.closed:
            assert text[q.end - 1] in QUOTE_CHARS
        a, b = q.inner
        assert q.start < a <= b <= q.end
        prev_end = q.end
    if not any(c in text for c in QUOTE_CHARS):
        assert qs == []
    # the remembered scan gives the same, for the same string and for an equal one
    same = [(q.start, q.end, q.fragments, q.closed) for q in qs]
    assert [(q.start, q.end, q.fragments, q.closed) for q in find_quotes(text)] == same
    assert [(q.start, q.end, q.fragments, q.closed) for q in find_quotes("".join(list(text)))] == same


# ---------------------------------------------------------------------------------------------
# spaCy: the memoised attributes, dates, figures and the whole analysis


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import get_nlp

    return get_nlp()  # built once per process (lru_cache), shared with the other test modules


@pytest.fixture(scope="module")
def base_pair():
    from newsgraph import fastattrs
    from newsgraph.nlp import load_base_model

    return load_base_model(), fastattrs.install(load_base_model())


@settings(max_examples=40, **BOUNDED)
@given(text=sentences)
def test_fast_attrs_equal_spacys_on_any_text(base_pair, text):
    orig, fast = base_pair
    text = _encodable(text)  # spaCy takes what UTF-8 can encode (extract sees to it)
    a, b = orig(text), fast(text)
    assert [(t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_) for t in a] == [
        (t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_) for t in b]


def _in_body(span, n: int) -> bool:
    return span is None or 0 <= span.start <= span.end <= n


PUBLISHED = st.sampled_from([None, "2024-03-05", "0001-01-01", "9999-12-31", "2024-02-29"])


@settings(max_examples=40, **BOUNDED)
@given(text=articles, published=PUBLISHED)
def test_dates_and_figures_point_into_the_text(nlp, text, published):
    from newsgraph.components.dates import find_dates
    from newsgraph.components.figures import find_quantities

    text = _encodable(text)
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    for d in list(doc._.dates) + find_dates(doc, published):
        assert _in_body(d.span, len(text)) and text[d.span.start:d.span.end] == d.span.text
        assert d.value is None or re.fullmatch(r"-?\d{2,}[\dX]*(?:-(?:W?\d{2}))?(?:-\d{2})?", d.value), d.value
    for f in doc._.figures:
        for s in (f.span, f.about, f.event):
            assert _in_body(s, len(text)) and (s is None or text[s.start:s.end] == s.text)
    for q in find_quantities(doc):
        assert 0 <= q.span_start <= q.span_end <= len(text)


@settings(max_examples=200, **BOUNDED)
@given(s=st.one_of(texts, st.lists(st.sampled_from(["twenty", "eight", "thousand", "half", "a", "dozen", "million",
                                                     "hundred", "and", "-", " ", "\u00a0", "one"]), max_size=12).map(" ".join)))
def test_words_to_number_reads_or_refuses(s):
    from newsgraph.components.figures import words_to_number

    v = words_to_number(s)
    assert v is None or v >= 0


# ---------------------------------------------------------------------------------------------
# extraction and the whole analysis


def _check_article(art, content: str) -> None:
    content = _encodable(content)  # lone surrogates are U+FFFD, one for one
    body = art.body
    assert body and body == body.strip()
    offs = art._source_offsets
    if offs is not None:
        assert len(offs) == len(body) + 1
        assert all(a <= b for a, b in zip(offs, offs[1:]))
        for i, c in enumerate(body):
            assert c.isspace() or content[offs[i]] == c, (i, c)


@settings(max_examples=150, **BOUNDED)
@given(content=st.one_of(articles, texts), published=PUBLISHED)
def test_extract_text_gives_an_article_or_a_reason(content, published):
    try:
        art = extract(Item(content=content, kind="text", published=published))
    except InputError as e:
        assert "could not extract" not in e.reason, e.reason
        return
    _check_article(art, content)


tags = st.sampled_from(["p", "div", "span", "blockquote", "q", "li", "figcaption", "script", "b", "h2", "table"])


@st.composite
def html_pages(draw):
    parts = []
    for s in draw(st.lists(st.one_of(sentences, texts), min_size=1, max_size=6)):
        t = draw(tags)
        parts.append(f"<{t}>{s}." + draw(st.sampled_from([f"</{t}>", "", "</div>"])))
    depth = draw(st.integers(0, 40))
    head = draw(st.sampled_from(["", "<title>A title</title>",
                                 '<meta property="article:published_time" content="0001-01-01T00:00:00">',
                                 '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"9999-99-99"}</script>']))
    return f"<html><head>{head}</head><body>" + "<div>" * depth + "".join(parts) + "</body></html>"


@settings(max_examples=60, **BOUNDED)
@given(content=html_pages())
def test_extract_html_gives_an_article_or_a_reason(content):
    try:
        art = extract(Item(content=content, kind="html"))
    except InputError as e:
        assert "could not extract" not in e.reason, e.reason
        return
    _check_article(art, content)
    assert "  " not in art.body and "\n\n\n" not in art.body


@settings(max_examples=30, **BOUNDED)
@given(content=st.one_of(articles, html_pages()), published=PUBLISHED)
def test_analysis_spans_equal_the_body(nlp, content, published):
    from newsgraph.pipeline import analyze

    try:
        rec = analyze(content, published=published)
    except InputError as e:
        assert "analysis failed" not in e.reason and "could not extract" not in e.reason, e.reason
        return
    assert rec.check_spans() == []
    n = len(rec.article.body)
    for a in rec.attributions:
        k = len(rec.article.title or "") if a.where == "title" else n  # a headline's: into the title
        for s in [a.speaker, a.cue, a.context_speaker, *a.content]:
            assert _in_body(s, k)
    for e in rec.events:
        assert _in_body(e.span, n) and _in_body(e.trigger, n)
    for a in rec.actors:
        assert all(_in_body(m, n) for m in a.mentions)
    assert type(rec).from_json(rec.to_json()).model_dump() == rec.model_dump()
