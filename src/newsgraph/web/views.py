"""What the pages show, computed from records and store results; no markup here.

The article body is highlighted from its spans: the body is cut at every span boundary and
each piece becomes a `Segment` (its text, the CSS classes and hover titles of the spans that
cover it). The title likewise, from the spans that point into it (an attribution with
`where="title"`, an actor's `title_mentions`). The templates print each piece through Jinja2's autoescaping, so article text is
never trusted as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..params import ACTS, STATEMENTS
from ..record import Record

_PARA = re.compile(r"\n\s*\n")


@dataclass
class Mark:
    """One annotation over body[start:end]."""

    start: int
    end: int
    cls: str
    title: str
    anchor: str | None = None  # an element id given to the first piece of the mark


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    anchor: str | None = None
    # more marks starting on this piece (two attributions of one quotation): their ids, given to
    # empty elements before it, so that every link to an attribution lands
    more_anchors: list[str] = field(default_factory=list)

    @property
    def cls(self) -> str:
        return " ".join(dict.fromkeys(self.classes))

    @property
    def title(self) -> str:
        return "\n".join(dict.fromkeys(t for t in self.titles if t))


def _fmt_value(v: Any) -> str:
    if isinstance(v, list):
        return "–".join(_fmt_value(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}"
    return "" if v is None else str(v)


def actor_label(actor: Any) -> str:
    """"Name (role, affiliation)" for a record actor."""
    if actor is None:
        return ""
    extra = [x for x in (getattr(actor, "role", None), getattr(actor, "affiliation", None)) if x]
    return f"{actor.name} ({', '.join(extra)})" if extra else actor.name


def figure_label(f: Any) -> str:
    parts = [f.qualifier, _fmt_value(f.value), f.unit]
    s = " ".join(str(p) for p in parts if p not in (None, ""))
    if f.per:
        s += f" per {f.per}"
    if f.change:
        s += f" ({f.change})"
    if f.about is not None:
        s += f" — about “{f.about.text}”"
    return f"figure: {s}" if s else "figure"


def date_label(d: Any) -> str:
    if d.value:
        return f"date: {d.value}"
    if d.duration:
        return f"duration: {d.duration}"
    return "date" + (f" (unresolved: {d.reason})" if d.reason else " (unresolved)")


KIND_NAMES = {"direct": "direct quote", "partial": "partial quote", "mixed": "mixed quote", "indirect": "reported speech"}
# what each act is called on the pages (an attribution's `act`; statements are say and write)
ACT_NAMES = {"say": "statement", "write": "written statement", "think": "belief or view",
             "decide": "decision or vote", "other": "other act"}
# the filters of the lists of attributions: (query value, label, acts)
ACT_FILTERS = (
    ("statements", "statements", STATEMENTS),
    ("think", "beliefs and views", ("think",)),
    ("decide", "decisions and votes", ("decide",)),
    ("other", "other acts", ("other",)),
    ("all", "all", ACTS),
)


def act_value(acts: tuple[str, ...] | None) -> str:
    """The query value of a choice of acts: "statements", "all", or the acts with commas."""
    if acts is None or set(acts) >= set(ACTS):
        return "all"
    if tuple(acts) == STATEMENTS:
        return "statements"
    return ",".join(acts)


def act_filters(base: str, current: str, counts: dict[str, int] | None = None, **params: Any) -> list[dict[str, Any]]:
    """The filter links of a list: [{value, label, n (None without counts), current, href}]; the
    default (statements) links to `base` with no act parameter."""
    from urllib.parse import urlencode

    out = []
    for value, label, acts in ACT_FILTERS:
        q = {k: v for k, v in params.items() if v not in (None, "")}
        if value != "statements":
            q["act"] = value
        href = f"{base}?{urlencode(q)}" if q else base
        n = sum(counts.get(a, 0) for a in acts) if counts is not None else None
        out.append({"value": value, "label": label, "n": n, "current": value == current, "href": href})
    return out


@dataclass
class AttributionView:
    n: int
    kind: str
    kind_name: str
    speaker_text: str | None
    actor: Any  # the record's Actor or None
    actor_href: str | None
    speaker_label: str
    cue: str | None
    content: str
    anchor: str
    act: str = "say"
    act_name: str = "statement"
    where: str | None = None  # "title": found in the headline

    @property
    def statement(self) -> bool:
        return self.act in STATEMENTS


def attribution_views(rec: Record, actor_href: dict[str, str]) -> list[AttributionView]:
    actors = {a.id: a for a in rec.actors}
    out = []
    for i, at in enumerate(rec.attributions, 1):
        actor = actors.get(at.actor) if at.actor else None
        speaker_text = at.speaker.text if at.speaker else None
        label = actor_label(actor) if actor else (speaker_text or "unnamed source")
        out.append(
            AttributionView(
                n=i,
                kind=at.kind,
                kind_name=KIND_NAMES.get(at.kind, at.kind),
                speaker_text=speaker_text,
                actor=actor,
                actor_href=actor_href.get(at.actor) if at.actor else None,
                speaker_label=label,
                cue=at.cue.text if at.cue else None,
                content=" … ".join(c.text for c in at.content),
                anchor=f"q{i}",
                act=getattr(at, "act", None) or "say",
                act_name=ACT_NAMES.get(getattr(at, "act", None) or "say", "statement"),
                where=getattr(at, "where", None),
            )
        )
    return out


def _attribution_marks(at: Any, view: AttributionView, add: Any) -> None:
    who = f"{view.kind_name} — said by {view.speaker_label}" if view.statement else \
        f"{view.act_name} — by {view.speaker_label}"
    first = True
    for c in sorted(at.content, key=lambda s: s.start):
        add(c, f"q-content q-{at.kind}", who, view.anchor if first else None)
        first = False
    add(at.cue, "q-cue", f"cue of {view.kind_name} by {view.speaker_label}", None if at.content else view.anchor)
    add(at.speaker, "q-speaker", f"speaker: {view.speaker_label}")


def _adder(marks: list[Mark], n: int) -> Any:
    def add(span: Any, cls: str, title: str, anchor: str | None = None) -> None:
        if span is None:
            return
        s, e = max(0, span.start), min(n, span.end)
        if e > s:
            marks.append(Mark(s, e, cls, title, anchor))

    return add


def title_marks(rec: Record, attributions: list[AttributionView]) -> list[Mark]:
    """Marks over the title: the attributions found in it (`where="title"`) and the actors'
    mentions there (`title_mentions`, of actors the body does not name)."""
    marks: list[Mark] = []
    add = _adder(marks, len(rec.article.title or ""))
    for a in rec.actors:
        t = f"actor: {actor_label(a)} [{a.type}]"
        for m in getattr(a, "title_mentions", None) or []:
            if isinstance(m, dict) and isinstance(m.get("start"), int) and isinstance(m.get("end"), int):
                add(_Range(m["start"], m["end"]), f"actor actor-{a.type}", t)
    for at, view in zip(rec.attributions, attributions):
        if view.where == "title":
            _attribution_marks(at, view, add)
    return marks


@dataclass
class _Range:
    start: int
    end: int


def body_marks(rec: Record, attributions: list[AttributionView]) -> list[Mark]:
    marks: list[Mark] = []
    add = _adder(marks, len(rec.article.body))
    for a in rec.actors:
        t = f"actor: {actor_label(a)} [{a.type}]"
        for m in a.mentions:
            add(m, f"actor actor-{a.type}", t)
    for f in rec.figures:
        add(f.span, "fig", figure_label(f))
    for d in rec.dates:
        if getattr(d, "where", None) == "caption":
            continue  # offsets into a caption, not the body
        add(d.span, "date", date_label(d))
    for at, view in zip(rec.attributions, attributions):
        if view.where is None:  # a title attribution's offsets point into the title
            _attribution_marks(at, view, add)
    return marks


def segments(body: str, marks: list[Mark]) -> list[list[Segment]]:
    """The body as paragraphs of segments: cut at every mark boundary and every blank line."""
    cuts = {0, len(body)}
    for m in marks:
        cuts.add(m.start)
        cuts.add(m.end)
    cuts_sorted = sorted(cuts)
    # marks by start, longest first, so outer classes/titles come before inner ones
    ordered = sorted(marks, key=lambda m: (m.start, -m.end))
    paras: list[list[Segment]] = [[]]
    active: list[Mark] = []
    j = 0
    anchored: set[str] = set()
    for a, b in zip(cuts_sorted, cuts_sorted[1:]):
        active = [m for m in active if m.end > a]
        while j < len(ordered) and ordered[j].start <= a:
            if ordered[j].end > a:
                active.append(ordered[j])
            j += 1
        piece = body[a:b]
        classes = [m.cls for m in active]
        # the innermost (shortest) mark's title first
        titles = [m.title for m in sorted(active, key=lambda m: m.end - m.start)]
        # a passage linked to (?passage=) takes the piece's id first: links land on it; the
        # other marks starting here get theirs on empty elements before it
        ids = []
        for m in sorted(active, key=lambda m: m.anchor != PASSAGE_ANCHOR):
            if m.anchor and m.anchor not in anchored:
                ids.append(m.anchor)
                anchored.add(m.anchor)
        anchor, more = (ids[0], ids[1:]) if ids else (None, [])
        parts = _PARA.split(piece)
        placed = False
        for k, part in enumerate(parts):
            if k > 0:
                paras.append([])
            if part:
                first = not placed
                placed = True
                paras[-1].append(Segment(part, classes, titles, anchor if first else None, more if first else []))
    return [p for p in paras if p]


@dataclass
class ArticleView:
    rec: Record
    paragraphs: list[list[Segment]]
    attributions: list[AttributionView]
    actor_href: dict[str, str]
    # the title cut at its marks (plain where nothing in it is marked)
    title: list[Segment] = field(default_factory=list)

    @property
    def statements(self) -> list[AttributionView]:
        return [a for a in self.attributions if a.statement]

    @property
    def other_acts(self) -> list[AttributionView]:
        """Beliefs, decisions and votes, other acts: listed apart from the statements."""
        return [a for a in self.attributions if not a.statement]


PASSAGE_ANCHOR = "passage"
PASSAGE_CLASS = "passage"  # printed as <mark>


def parse_passage(value: str | None, body: str) -> tuple[int, int] | None:
    """"start-end" (body offsets, from a link to a passage) -> (start, end) within the body, or
    None where it is not one."""
    m = re.fullmatch(r"\s*(\d{1,9})-(\d{1,9})\s*", value or "")
    if not m:
        return None
    s, e = int(m.group(1)), min(int(m.group(2)), len(body))
    return (s, e) if s < e else None


def passage_href(article_id: str, span: Any) -> str:
    """A link to an article with the passage `span` ({start, end} or [start, end]) marked."""
    from urllib.parse import quote

    base = f"/articles/{quote(str(article_id), safe='')}"
    if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
        s, e = span["start"], span["end"]
    elif isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
        s, e = span
    else:
        return base
    return f"{base}?passage={s}-{e}#{PASSAGE_ANCHOR}" if 0 <= s < e else base


def article_view(rec: Record, actor_href: dict[str, str] | None = None, passage: tuple[int, int] | None = None) -> ArticleView:
    actor_href = actor_href or {}
    atts = attribution_views(rec, actor_href)
    marks = body_marks(rec, atts)
    if passage is not None:
        marks.append(Mark(passage[0], passage[1], PASSAGE_CLASS, "the passage linked to", PASSAGE_ANCHOR))
    paras = segments(rec.article.body, marks)
    title = [seg for para in segments(rec.article.title or "", title_marks(rec, atts)) for seg in para]
    return ArticleView(rec=rec, paragraphs=paras, attributions=atts, actor_href=actor_href, title=title)


def passage_context(body: str | None, span: Any, width: int = 90) -> tuple[str, str, str] | None:
    """(text before, the passage, text after) around a span {start, end, text} of `body`, the
    context cut at words and shown with "…"; None where the span is not in the body."""
    if not body or not isinstance(span, dict):
        return None
    s, e = span.get("start"), span.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(body)):
        return None
    if span.get("text") not in (None, body[s:e]):
        return None
    before, after = body[max(0, s - width) : s], body[e : e + width]
    if s - width > 0:
        before = "…" + (before.split(" ", 1)[1] if " " in before else before)
    if e + width < len(body):
        after = (after.rsplit(" ", 1)[0] if " " in after else after) + "…"
    return " ".join(before.split("\n")), body[s:e], " ".join(after.split("\n"))


def pieces(text: str | None, marks: Any) -> list[tuple[str, bool]]:
    """Text cut at the hits [[start, end], ...]: [(piece, is_hit), ...], for <mark> in a template
    (each piece printed through autoescaping)."""
    text = text or ""
    spans = sorted(
        (max(0, int(m[0])), min(len(text), int(m[1])))
        for m in (marks or [])
        if isinstance(m, (list, tuple)) and len(m) == 2 and all(isinstance(x, int) for x in m)
    )
    out: list[tuple[str, bool]] = []
    at = 0
    for s, e in spans:
        s = max(s, at)
        if e <= s:
            continue
        if s > at:
            out.append((text[at:s], False))
        out.append((text[s:e], True))
        at = e
    if at < len(text):
        out.append((text[at:], False))
    return out


OPEN_QUOTES = "\"“„«"
CLOSE_QUOTES = "\"”“»"
_QUOTES = set(OPEN_QUOTES + CLOSE_QUOTES)


def quote_bounds(text: str | None) -> tuple[int, int]:
    """Where a quotation's words are once its own outer quotation marks are left out, for showing
    it inside <q> (which draws them): '"We have nothing to hide,"' -> the span of 'We have nothing
    to hide' (a comma left before the cue goes too). The marks go only as a pair around a quotation holding no other double quotation
    mark: 'that it was "a gesture of solidarity"' and '"A," he said, "B."' keep theirs, so no
    mark is ever left without its partner."""
    t = text or ""
    s, e = 0, len(t)
    while s < e and t[s].isspace():
        s += 1
    while e > s and t[e - 1].isspace():
        e -= 1
    if e - s >= 2 and t[s] in OPEN_QUOTES and t[e - 1] in CLOSE_QUOTES and not any(c in _QUOTES for c in t[s + 1 : e - 1]):
        s, e = s + 1, e - 1
        while s < e and t[s].isspace():
            s += 1
    while e > s and (t[e - 1] == "," or t[e - 1].isspace()):  # '...,' before the cue
        e -= 1
    return s, e


def unquoted(text: str | None, marks: Any = None) -> tuple[str, list[list[int]]]:
    """A quotation without its own outer quotation marks (quote_bounds), with the hits [[start,
    end], ...] into it moved to match (those outside it dropped, those across its ends cut)."""
    t = text or ""
    s, e = quote_bounds(t)
    out = []
    for m in marks or []:
        if isinstance(m, (list, tuple)) and len(m) == 2 and all(isinstance(x, int) for x in m):
            a, b = max(m[0], s), min(m[1], e)
            if a < b:
                out.append([a - s, b - s])
    return t[s:e], out


def percent(share: Any) -> str:
    if isinstance(share, (int, float)) and not isinstance(share, bool):
        return f"{share * 100:.0f}%"
    return ""


def safe_href(url: str | None) -> str | None:
    """Only http(s) links from article data (never javascript: or data:)."""
    if url and re.match(r"^https?://[^\s]+$", url, re.I):
        return url
    return None


def _schema_type(schema: dict[str, Any] | None) -> str:
    """A parameter's type in a few words: "integer (1 to 500)", "string, date", "statement | event"."""
    if not schema:
        return ""
    alts = schema.get("anyOf") or schema.get("oneOf")
    if alts:
        return " or ".join(t for t in (_schema_type(a) for a in alts if a.get("type") != "null") if t)
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    out = str(schema.get("type", ""))
    if schema.get("format"):
        out += f", {schema['format']}"
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if lo is not None and hi is not None:
        out += f" ({lo:,} to {hi:,})"
    elif lo is not None:
        out += f" (at least {lo:,})"
    return out


def api_operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The operations of an OpenAPI schema, for /docs: method, path, summary, parameters and
    answers, in the schema's order."""
    ops = []
    for path, item in (spec.get("paths") or {}).items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete") or not isinstance(op, dict):
                continue
            params = [
                {"name": p.get("name"), "in": p.get("in"), "required": bool(p.get("required")),
                 "type": _schema_type(p.get("schema")), "default": (p.get("schema") or {}).get("default"),
                 "description": p.get("description") or ""}
                for p in op.get("parameters") or []
            ]
            body = None
            content = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
            if content:
                ref = (content.get("schema") or {}).get("$ref", "")
                body = ref.rsplit("/", 1)[-1] or "JSON"
            answers = [(code, (r or {}).get("description", "")) for code, r in (op.get("responses") or {}).items()]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                        "description": op.get("description") or "", "params": params, "body": body,
                        "answers": answers, "auth": bool(op.get("security"))})
    return ops
