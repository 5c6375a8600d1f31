"""components/speakers.py in_others_content: "is this speaker inside another attribution's
content", answered by bisection over the content spans sorted by start. It must answer as the
plain definition does (any content span c of an attribution b other than `own` with
c.start <= sp.start < c.end) for every place and every asker, including overlapping and nested
contents, contents of one attribution in several pieces, and the same place asked by the
attribution that owns the content."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.components.speakers import in_others_content
from newsgraph.record import Attribution, Span


def plain(atts: list[Attribution], sp: Span | None, own: Attribution) -> bool:
    return sp is not None and any(c.start <= sp.start < c.end for b in atts if b is not own for c in b.content)


def span(s: int, e: int) -> Span:
    return Span(start=s, end=e, text="x" * (e - s))


def att(pieces: list[tuple[int, int]]) -> Attribution:
    return Attribution(kind="indirect", content=[span(s, s + n) for s, n in pieces])


def test_real_passage():
    # "His country regrets that the Security Council has failed, the ambassador said. The
    # council said it would meet again.": the second attribution's speaker ("The council")
    # is outside the first's content; "the Security Council" inside it is nested
    body = ("His country regrets that the Security Council has failed, the ambassador said. "
            "The council said it would meet again.")
    c1 = body.index("the Security Council has failed")
    a1 = Attribution(kind="indirect", speaker=Span.of(body, 0, 11), content=[Span.of(body, c1, body.index(", the amb"))])
    s2 = body.index("The council")
    a2 = Attribution(kind="indirect", speaker=Span.of(body, s2, s2 + 11),
                     content=[Span.of(body, body.index("it would"), len(body) - 1)])
    inner = Span.of(body, c1, c1 + len("the Security Council"))
    a3 = Attribution(kind="indirect", speaker=inner, content=[Span.of(body, c1 + 21, body.index(", the amb"))])
    atts = [a1, a2, a3]
    nested = in_others_content(atts)
    assert nested(inner, a3)  # inside a1's content
    assert not nested(a2.speaker, a2)
    assert not nested(a1.speaker, a1)
    assert not nested(None, a1)
    # asked by the owner of the only content around it: not nested
    assert not in_others_content([a1])(inner, a1)
    assert in_others_content([a1])(inner, a2)


def test_owner_with_the_furthest_reach():
    # the asker's own span reaches furthest; another, shorter one still covers the place
    own = att([(0, 100)])
    other = att([(5, 20)])
    nested = in_others_content([own, other])
    assert nested(span(10, 11), own)
    assert not nested(span(30, 31), own)
    assert nested(span(30, 31), other)
    assert not nested(span(100, 101), other)  # the end is outside
    assert nested(span(0, 1), other)  # the start is inside


pieces = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 25)), max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=6), st.lists(st.tuples(st.integers(0, 90), st.integers(0, 5)), max_size=12))
def test_same_answer_as_the_plain_definition(contents, asks):
    atts = [att(p) for p in contents]
    nested = in_others_content(atts)
    for where, who in asks:
        own = atts[who % len(atts)]
        sp = span(where, where + 1)
        assert nested(sp, own) == plain(atts, sp, own)
        stranger = att([])  # an asker that is none of them
        assert nested(sp, stranger) == plain(atts, sp, stranger)
