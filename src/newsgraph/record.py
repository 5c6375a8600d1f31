"""The article record: the contract between the stages, the store, the API and the scorers.

See docs/record.md (and ../shared/design/record.md, which this extends without breaking).
Every span is a `Span` with Python string offsets (end exclusive) into `article.body`, except
where a field says otherwise: an attribution with `where="title"` points into `article.title`, a
date with `where="caption"` into that caption's text.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

ActorType = Literal["person", "organization", "country", "group", "location", "other"]
AttributionKind = Literal["direct", "partial", "mixed", "indirect"]
# what kind of act an attribution reports: statements (say, write), beliefs (think), decisions
# and votes (decide), anything else (other: "is known as", material acts)
AttributionAct = Literal["say", "write", "think", "decide", "other"]
ATTRIBUTION_ACTS: tuple[str, ...] = ("say", "write", "think", "decide", "other")
STATEMENT_ACTS: tuple[str, ...] = ("say", "write")  # what users see by default
# where an attribution's spans point when not into the body
AttributionWhere = Literal["title"]


class Span(BaseModel):
    """A stretch of `article.body`: body[start:end] == text."""

    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, body: str, start: int, end: int) -> "Span":
        return cls(start=start, end=end, text=body[start:end])


class Caption(BaseModel):
    text: str
    credit: str | None = None


class Article(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = ""
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    language: str | None = "en"
    title: str | None = None
    byline: str | None = None
    authors: list[str] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    body: str = ""
    removed: list[str] = Field(default_factory=list)
    # where the article came from: a file path, a URL or "-" for standard input
    source: str | None = None
    # how the published date was found: "given" (--published), "page", "dateline", or None
    published_from: str | None = None
    dateline: str | None = None
    # the UTC instant of publication ("2026-11-10T08:00Z") where the page gives its clock and
    # zone, on the day `published` gives; orders two reports of one day (the corpus layer)
    published_at: str | None = None

    # offsets[i] is the offset in the input text of body[i]; offsets[len(body)] is the end.
    # Kept out of the JSON: it serves --format polnear (offsets into the file as read).
    _source_offsets: list[int] | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        # the offset map is a by-product of reading the input, not part of the record
        if not isinstance(other, Article):
            return NotImplemented
        return self.model_dump() == other.model_dump()

    __hash__ = None  # type: ignore[assignment]

    def to_source(self, start: int, end: int) -> tuple[int, int] | None:
        """Map a body span to the input text's offsets, or None where the input was not text."""
        offs = self._source_offsets
        if offs is None:
            return None
        if end <= start:
            return offs[start], offs[start]
        return offs[start], offs[end - 1] + 1


def body_id(body: str) -> str:
    """sha256 of the normalised body (white space collapsed, case kept), first 16 hex digits."""
    norm = " ".join(body.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


class Actor(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    name: str
    type: ActorType = "other"
    role: str | None = None
    affiliation: str | None = None
    code: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    # the statistical label it came from (spaCy's PERSON, ORG, GPE, NORP, ...), for transparency
    label: str | None = None
    provisional: bool = False


class Attribution(BaseModel):
    model_config = ConfigDict(extra="allow")

    kind: AttributionKind
    speaker: Span | None = None
    actor: str | None = None
    cue: Span | None = None
    content: list[Span] = Field(default_factory=list)
    # for a quote with no speaker in its sentence: the speaker the context names
    context_speaker: Span | None = None
    # the kind of act (say, write, think, decide, other) and the probability that it is a
    # statement (say or write); records written before these fields load as "say" / None
    act: AttributionAct = "say"
    act_score: float | None = None
    # where its spans point: "title" (an attribution in the headline: "..., Hamas says"; its
    # speaker, cue and content are offsets into `article.title`) or None (the body)
    where: AttributionWhere | None = None


class Figure(BaseModel):
    model_config = ConfigDict(extra="allow")

    value: float | int | list[float | int] | None
    unit: str | None = None
    per: str | None = None
    qualifier: str | None = None
    change: str | None = None
    about: Span | None = None
    span: Span
    # the verb the counted thing takes part in ("174 peacekeepers have died": died)
    event: Span | None = None


class DateMention(BaseModel):
    model_config = ConfigDict(extra="allow")

    value: str | None = None
    span: Span
    duration: str | None = None
    reason: str | None = None


class Event(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    mode: str | None = None
    source: str | list[str] | None = None
    target: str | list[str] | None = None
    span: Span
    date: str | None = None
    historical: bool = False
    # the word that codes the event, and the actors as written
    trigger: Span | None = None
    source_text: list[str] = Field(default_factory=list)
    target_text: list[str] = Field(default_factory=list)
    # flagged rather than dropped: "would not have chosen to withdraw", "may sanction"
    negated: bool = False
    hypothetical: bool = False
    # the same action reported again later in the article
    mentions: list[Span] = Field(default_factory=list)


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")

    article: Article
    actors: list[Actor] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def to_json(self, **kw: Any) -> str:
        return self.model_dump_json(**kw)

    @classmethod
    def from_json(cls, data: str | bytes) -> "Record":
        return cls.model_validate_json(data)

    def check_spans(self) -> list[str]:
        """Every span's text equals the text it points into at its offsets (the body; the title
        for a title attribution and an actor's title mentions; a caption for a caption date);
        returns the problems found."""
        body = self.article.body
        title = self.article.title or ""
        bad: list[str] = []

        def chk(where: str, s: Span | None, text: str = body) -> None:
            if s is not None and text[s.start:s.end] != s.text:
                bad.append(f"{where}: {s.start}-{s.end} {s.text!r}")

        for a in self.actors:
            for m in a.mentions:
                chk(f"actor {a.id}", m)
            for m in getattr(a, "title_mentions", None) or []:
                try:
                    chk(f"actor {a.id} (title)", Span.model_validate(m), title)
                except ValueError:
                    bad.append(f"actor {a.id} (title): not a span {m!r}")
        for i, at in enumerate(self.attributions):
            text, w = (title, " (title)") if at.where == "title" else (body, "")
            chk(f"attribution {i}{w} speaker", at.speaker, text)
            chk(f"attribution {i}{w} context speaker", at.context_speaker, text)
            chk(f"attribution {i}{w} cue", at.cue, text)
            for c in at.content:
                chk(f"attribution {i}{w} content", c, text)
        for i, f in enumerate(self.figures):
            chk(f"figure {i}", f.span)
            chk(f"figure {i} event", f.event)
            chk(f"figure {i} about", f.about)
        for i, d in enumerate(self.dates):
            if getattr(d, "where", None) == "caption":
                cap = self.article.captions[d.caption].text
                if cap[d.span.start:d.span.end] != d.span.text:
                    bad.append(f"date {i} (caption {d.caption}): {d.span.start}-{d.span.end} {d.span.text!r}")
                continue
            chk(f"date {i}", d.span)
        for i, e in enumerate(self.events):
            chk(f"event {i}", e.span)
            chk(f"event {i} trigger", e.trigger)
            for m in e.mentions:
                chk(f"event {i} mention", m)
        return bad
