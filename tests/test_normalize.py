from newsgraph.extract.normalize import join, normalize_span
from newsgraph.record import Article, Attribution, Record, Span, body_id


def test_normalize_folds_space_and_keeps_map():
    src = "  Ms\u00a0Roe  said\n\u201cno\u201d\u200b.\t "
    m = normalize_span(src)
    assert m.text == "Ms Roe said \u201cno\u201d."
    for i, ch in enumerate(m.text):
        if ch != " ":
            assert src[m.offsets[i]] == ch
    # a span of the normalised text maps back to the same words in the source
    i = m.text.index("said")
    s, e = m.source_span(i, i + 4)
    assert src[s:e] == "said"
    s, e = m.source_span(m.text.index("\u201c"), len(m.text))
    assert src[s:e] == "\u201cno\u201d\u200b."


def test_join_paragraphs_maps_each_paragraph():
    src = "Title\n\nFirst  para.\n  \nSecond para.\n"
    a = normalize_span(src, 7, 19)
    b = normalize_span(src, 23, 35)
    body = join([a, b])
    assert body.text == "First para.\n\nSecond para."
    j = body.text.index("Second")
    s, e = body.source_span(j, j + len("Second para."))
    assert src[s:e] == "Second para."
    s, e = body.source_span(0, 5)
    assert src[s:e] == "First"


def test_record_round_trips_through_json_and_checks_spans():
    body = "Diop called it a \"failure\"."
    art = Article(id=body_id(body), body=body, title="T", published="2023-06-30")
    rec = Record(article=art)
    rec.attributions.append(
        Attribution(kind="partial", speaker=Span.of(body, 0, 4), cue=Span.of(body, 5, 11), content=[Span.of(body, 17, 26)])
    )
    again = Record.from_json(rec.to_json())
    assert again == rec
    assert again.attributions[0].content[0].text == '"failure"'
    assert rec.check_spans() == []
    rec.attributions[0].content[0] = Span(start=0, end=3, text="xyz")
    assert rec.check_spans()


def test_body_id_ignores_white_space_layout():
    assert body_id("a  b\n\nc") == body_id("a b c")
    assert body_id("a b c") != body_id("a b d")
    assert len(body_id("x")) == 16
