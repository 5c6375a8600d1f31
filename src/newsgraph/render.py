"""Ways to print a record: a summary for a person, a PolNeAR scorer line."""

from __future__ import annotations

import textwrap
from pathlib import Path

from .record import STATEMENT_ACTS, Record


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


ACT_LABELS = {"write": "wrote", "think": "believes", "decide": "decided", "other": "other act"}


def text_summary(rec: Record, acts: tuple[str, ...] | None = STATEMENT_ACTS) -> str:
    """The record for a person to read. `acts`: the attributions listed (statements by
    default; None: all, each act other than `say` named); the others are counted."""
    a = rec.article
    out = [f"== {a.title or '(no title)'}"]
    meta = [x for x in (a.publisher, a.published, ", ".join(a.authors) or None, a.url) if x]
    if meta:
        out.append("   " + " · ".join(meta))
    out.append(f"   id {a.id} · {len(a.body.split())} words · from {a.source}")
    for c in a.captions:
        out.append(f"   caption: {_clip(c.text)}" + (f" [credit: {c.credit}]" if c.credit else ""))
    if a.removed:
        out.append(f"   furniture removed: {len(a.removed)} item(s)")
    out.append("")
    first = a.body.split("\n\n", 1)[0]
    out.extend(textwrap.wrap(_clip(first, 400), 88, initial_indent="   ", subsequent_indent="   "))
    out.append("")
    n_st = sum(1 for at in rec.attributions if (getattr(at, "act", None) or "say") in STATEMENT_ACTS)
    out.append(
        f"   actors {len(rec.actors)} · attributions {len(rec.attributions)} ({n_st} statements) · "
        f"figures {len(rec.figures)} · dates {len(rec.dates)} · events {len(rec.events)}"
    )
    names = {x.id: x.name for x in rec.actors}
    hidden: dict[str, int] = {}
    for at in rec.attributions:
        act = getattr(at, "act", None) or "say"
        if acts is not None and act not in acts:
            hidden[act] = hidden.get(act, 0) + 1
            continue
        who = names.get(at.actor) if at.actor else None
        who = who or (at.speaker.text if at.speaker else "?")
        said = " … ".join(c.text for c in at.content)
        tag = at.kind if act == "say" else f"{at.kind}, {ACT_LABELS.get(act, act)}"
        if getattr(at, "where", None) == "title":
            tag += ", in the title"
        out.append(f"   [{tag}] {who}: {_clip(said, 80)}")
    if hidden:
        what = ", ".join(f"{n} {act}" for act, n in sorted(hidden.items()))
        out.append(f"   (not listed: {sum(hidden.values())} attribution(s) that are no statements: {what}; --acts all lists them)")
    if rec.actors:
        out.append("   actors: " + _clip("; ".join(f"{x.name} ({x.type})" for x in rec.actors), 300))
    for f in rec.figures:
        out.append(f"   figure: {f.span.text} = {f.value} {f.unit or ''}".rstrip())
    for d in rec.dates:
        out.append(f"   date: {d.span.text} = {d.value or d.duration or '?'}")
    return "\n".join(out) + "\n"


def polnear_line(rec: Record) -> dict | None:
    """`{"doc", "attributions": [{"source", "cue", "content"}]}` in input-file offsets.

    Only for plain-text inputs (where the body maps back to the file); None otherwise.
    """
    a = rec.article
    if a._source_offsets is None:
        return None
    doc = Path(a.source or "doc").name
    if doc.endswith(".txt"):
        doc = doc[:-4]

    def conv(span):
        if span is None:
            return None
        s, e = a.to_source(span.start, span.end)
        return [s, e]

    atts = []
    for at in rec.attributions:
        if getattr(at, "where", None) == "title":
            continue  # offsets into the title, not the file's text (PolNeAR reads the headline as text)
        atts.append(
            {
                "source": conv(at.speaker),
                "cue": conv(at.cue),
                "content": [conv(c) for c in at.content],
            }
        )
    return {"doc": doc, "attributions": atts}
