"""The Python API: analyze, analyze_many, the record it returns."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.errors import InputError
from newsgraph.record import Record

from .test_cli import HTML, STORY


def test_analyze_text_gives_a_typed_record_that_round_trips():
    rec = newsgraph.analyze(STORY, published="2024-05-04", publisher="Northwire")
    assert isinstance(rec, Record)
    assert rec.article.publisher == "Northwire" and rec.article.published == "2024-05-04"
    assert rec.article.title == "Rivals sign river pact after a night of talks"
    assert rec.actors, "spaCy entities come through as provisional actors"
    assert rec.check_spans() == []
    assert Record.from_json(rec.to_json()) == rec
    # the body maps back into the input text
    body = rec.article.body
    i = body.index("Mara Tell")
    s, e = rec.article.to_source(i, i + 9)
    assert STORY[s:e] == "Mara Tell"


def test_analyze_html_takes_page_metadata_unless_given():
    rec = newsgraph.analyze(HTML)
    assert rec.article.publisher == "Harbour Gazette"
    assert rec.article.published == "2024-03-12" and rec.article.published_from == "page"
    assert rec.article.authors == ["Tom Vale"]
    rec2 = newsgraph.analyze(HTML, published="2024-03-13", publisher="HG", url="https://hg.example/ferry")
    assert (rec2.article.published, rec2.article.publisher, rec2.article.url) == ("2024-03-13", "HG", "https://hg.example/ferry")
    assert rec2.article.id == rec.article.id


def test_analyze_many_keeps_order_and_reports_bad_items_in_place():
    items = [STORY, "", {"content": HTML, "name": "ferry"}, {"content": "   \n", "name": "blank"}, STORY.replace("Two", "Three")]
    out = list(newsgraph.analyze_many(items, errors="yield", batch_size=2))
    assert [type(x).__name__ for x in out] == ["Record", "InputError", "Record", "InputError", "Record"]
    assert out[3].item == "blank" and "empty" in out[3].reason
    assert out[2].article.title == "Ferry service returns to the islands"
    assert [r.article.body[:5] for r in out if isinstance(r, Record)] == ["Two n", "The f", "Three"]
    skipped = list(newsgraph.analyze_many(items, errors="skip"))
    assert len(skipped) == 3
    with pytest.raises(InputError):
        list(newsgraph.analyze_many(items, errors="raise"))


def test_bad_date_is_an_input_error():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        newsgraph.analyze(STORY, published="June 30")


def test_every_span_of_real_records_points_into_the_body_and_round_trips():
    from .conftest import SAMPLE, SEED, need_shared
    from newsgraph.ingest import iter_sources

    need_shared("seed", "presstv-minusma.txt")
    recs = [r for r in newsgraph.analyze_many(iter_sources([str(SEED), str(SAMPLE)]), errors="raise")]
    assert len(recs) >= 9
    for rec in recs:
        assert rec.check_spans() == [], rec.article.source
        assert Record.from_json(rec.to_json()) == rec
    seed = recs[0]
    assert seed.attributions and seed.figures and seed.dates and seed.events


def test_a_stage_failing_on_one_article_does_not_stop_the_batch(monkeypatch):
    from newsgraph.components import figures

    real = figures.find_figures

    def flaky(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("figures stage exploded")
        return real(doc)

    monkeypatch.setattr(figures, "find_figures", flaky)
    bad = STORY.replace("Two neighbours", "BOOM neighbours")
    items = [STORY, {"content": bad, "name": "boom.txt"}, HTML]
    out = list(newsgraph.analyze_many(items, errors="yield", batch_size=3))
    assert [type(x).__name__ for x in out] == ["Record", "InputError", "Record"]
    assert out[1].item == "boom.txt" and "figures stage exploded" in out[1].reason
    assert len(list(newsgraph.analyze_many(items, errors="skip", batch_size=3))) == 2
    # a bad page date is no date, not a failure
    page = HTML.replace("2024-03-12T08:00:00Z", "not-a-date")
    assert newsgraph.analyze(page).article.title == "Ferry service returns to the islands"


def test_an_item_of_the_wrong_kind_is_an_input_error():
    out = list(newsgraph.analyze_many([42, STORY], errors="yield"))
    assert isinstance(out[0], InputError) and "cannot analyse" in out[0].reason
    assert isinstance(out[1], Record)
