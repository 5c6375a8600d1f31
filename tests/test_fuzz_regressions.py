"""Every crash the fuzzing found (bench/fuzz.py, tests/test_properties.py), with its input made
small: each of these raised before its fix, and must now give a record (or a clear refusal)
whose spans point into the body."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.dateline import find_date, split_dateline
from newsgraph.errors import InputError
from newsgraph.extract.normalize import normalize_span
from newsgraph.pipeline import Item, analyze, extract


def _analysed(text: str, published: str | None):
    rec = analyze(text, published=published)
    assert rec.check_spans() == []
    return rec


# bench/fuzz.py: OverflowError in events._historical (pub - 31 days before 0001-02-01), then
# in the dates component (date arithmetic past year 1 or 9999: OverflowError, "year 0 is out of
# range"). Each case: (text, published), the first one as the campaign shrank it.
CALENDAR_ENDS = [
    ('the.\n\nthe.\n\n"officials attack."officials attack."officials attack."officials attack.\n\n', "0001-01-01"),
    ("Troops attacked the village last year, officials said on Monday in the north of the country.", "0001-01-01"),
    ("Rebels attacked the army in 2023, officials told reporters in the capital on Monday.", "0001-01-01"),
    ("The minister said troops withdrew 9999999999 days ago from the north of the country.", "2024-03-05"),
    ("The minister said troops would withdraw tomorrow from the north of the country.", "9999-12-31"),
    ("The minister said troops withdrew last month from the north of the country.", "0001-01-01"),
    ("The minister said troops withdrew yesterday from the north of the country.", "0001-01-01"),
    ("The minister said troops would withdraw next Tuesday from the north of the country.", "9999-12-31"),
]


@pytest.mark.parametrize("text,published", CALENDAR_ENDS, ids=[f"{i}-{p}" for i, (_, p) in enumerate(CALENDAR_ENDS)])
def test_dates_at_the_ends_of_the_calendar(text, published):
    rec = _analysed(text, published)
    assert rec.events  # the story is read, not failed
    for d in rec.dates:
        if d.value and len(d.value) == 10:
            dt.date.fromisoformat(d.value)


def test_a_date_past_the_calendar_is_no_date_but_the_same_words_resolve_in_range():
    text = "The minister said troops would withdraw tomorrow from the north of the country."
    assert [d.value for d in _analysed(text, "2024-03-05").dates] == ["2024-03-06"]
    assert [d.value for d in _analysed(text, "9999-12-31").dates if d.span.text == "tomorrow"] == []


def test_historical_and_period_ends_at_the_calendar_ends():
    from newsgraph.components.events import _historical, _period_end

    assert _historical("2024", "0001-01-01") is False
    assert _historical("2020", "2024-01-01") is True
    assert _historical("2023-11", "2024-01-01") is True and _historical("2023-12", "2024-01-01") is False
    assert _period_end("9999-12") == dt.date(9999, 12, 31)
    assert _period_end("2024-02") == dt.date(2024, 2, 29)
    assert _period_end("0000") is None and _period_end("2024-13") is None


# tests/test_properties.py: find_date gave "2024-02-31" for "31 Feb 2024" (days were checked
# against 31 in every month)
def test_find_date_refuses_days_the_month_has_not():
    assert find_date("BAMAKO 31 Feb 2024 - the the the") is None
    assert find_date("on 31/04/2022") is None
    assert find_date("29 Feb 2023") is None
    assert find_date("29 Feb 2024")[0] == "2024-02-29"
    body = normalize_span("BAMAKO, Feb. 31, 2024 (Reuters) - The minister said troops would withdraw soon.")
    rest, dl, iso = split_dateline(body)
    assert dl == "BAMAKO, Feb. 31, 2024 (Reuters)" and iso is None
    assert rest.text.startswith("The minister")


# tests/test_properties.py: a lone surrogate (JSON's "\ud800") raised UnicodeEncodeError out of
# extract (the body's hash) and out of spaCy's tokenizer; it is now U+FFFD, one for one
def test_lone_surrogates_are_read_as_replacement_characters():
    text = "The minister said troops \ud800 would withdraw from the north of the country, officials said."
    art = extract(Item(content=text))
    i = text.index("\ud800")
    assert art.body[i] == "\ufffd" and art.body.replace("\ufffd", "\ud800") == text
    assert art._source_offsets[i] == i
    # (three in a short text would make it mojibake: more than 2% U+FFFD)
    rec = _analysed(text + " \udfff\ud83d " + " ".join([text.replace("\ud800", "")] * 2), None)
    assert "\ud800" not in rec.to_json() and rec.article.body.count("\ufffd") == 3
    # a page of nothing but surrogates is refused with its reason, not a traceback
    with pytest.raises(InputError, match="no article text"):
        extract(Item(content="\ud800" * 50))


# bench/fuzz.py: a figure of 400 digits and a fraction was float inf (null once through JSON: the
# record changed when stored); 5,000 digits made an int that Python will not write out (the
# pages and the API format values as text)
@pytest.mark.parametrize("number", ["1" * 400 + "." + "1" * 400, "1" * 5000, "9" * 400 + ".5"], ids=["800-digits", "5000-digits", "400-and-a-half"])
def test_a_number_too_big_to_hold_is_a_figure_without_a_value(number):
    from newsgraph.record import Record

    page = f"<html><body><p>Between 5 and {number} people died in the north, officials said on Monday. {'More text. ' * 10}</p></body></html>"
    rec = _analysed(page, None)
    assert any(f.value is None and f.span.text.startswith("Between 5 and 1" if number[0] == "1" else "Between 5 and 9")
               for f in rec.figures), [(f.span.text[:30], type(f.value)) for f in rec.figures]
    assert Record.from_json(rec.to_json()).model_dump() == rec.model_dump()
    ok = _analysed("<html><body><p>Some 1,500 people died in the north, officials said on Monday. "
                   f"{'More text. ' * 10}</p></body></html>", None)
    assert [f.value for f in ok.figures] == [1500]
