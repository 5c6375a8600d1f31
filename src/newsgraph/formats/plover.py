"""PLOVER gold-standard records: read the sentences, write the event predictions the scorer reads.

Input: the PLOVER gold-standard JSON list ([{"id": ..., "text": ..., ...}]; records without text,
such as the DOCUMENT record, are skipped), a JSON object {"text": ...}, or plain text.
Output: [{"id": ..., "events": [{"type": "AGREE", "mode": null, "source": [...], "target": [...]}]}]
with sources and targets as written in the text (the noun phrase), the actors' canonical names
and ISO 3166 alpha-3 codes where the actors stage knows them. Negated and hypothetical events
are left out (they are flagged in the record, not reported as events).

    python -m newsgraph.formats.plover IN.json [OUT.json]
    newsgraph analyze --format plover IN.json -o OUT.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import formats

EVENTS = ("newsgraph_events", "newsgraph.components.events")
ATTRIBUTIONS = ("newsgraph_attributions", "newsgraph.components.attributions")


def build_event_nlp():
    """The project's pipeline with the attributions and events stages (added if missing)."""
    from ..nlp import COMPONENTS, build_nlp

    comps = list(COMPONENTS)
    names = [c[0] for c in comps]
    if ATTRIBUTIONS[0] not in names:
        try:
            import importlib

            importlib.import_module(ATTRIBUTIONS[1])
            pos = names.index("newsgraph_speakers") if "newsgraph_speakers" in names else (1 if "newsgraph_actors" in names else 0)
            comps.insert(pos, ATTRIBUTIONS)
        except ImportError:
            pass
    if EVENTS[0] not in [c[0] for c in comps]:
        comps.append(EVENTS)
    return build_nlp(comps)


def _names(ev: Any, role: str, actors: dict[str, Any]) -> list[str]:
    ids = getattr(ev, role)
    ids = [] if ids is None else ([ids] if isinstance(ids, str) else list(ids))
    out: list[str] = []
    for t in getattr(ev, f"{role}_text", None) or []:
        if t and t not in out:
            out.append(t)
    for i in ids:
        a = actors.get(i)
        if a is None:
            if i not in out:
                out.append(i)
            continue
        for v in (a.name, a.code):
            if v and v not in out:
                out.append(v)
    return out


def event_items(doc: Any) -> list[dict[str, Any]]:
    actors = {a.id: a for a in doc._.actors or []}
    out = []
    for ev in doc._.events or []:
        if getattr(ev, "negated", False) or getattr(ev, "hypothetical", False):
            continue
        out.append({
            "type": ev.type,
            "mode": ev.mode,
            "source": _names(ev, "source", actors),
            "target": _names(ev, "target", actors),
            "evidence": ev.span.text,
        })
    return out


def read_items(path: str | Path) -> list[dict[str, Any]]:
    raw = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return [{"id": Path(path).stem, "text": raw}]
    if isinstance(data, dict):
        data = [data]
    return [d if isinstance(d, dict) else {"text": str(d)} for d in data]


def predict(records: Iterable[dict[str, Any]], nlp: Any = None) -> list[dict[str, Any]]:
    """One prediction per record that has text, in order."""
    from ..nlp import register_extensions

    register_extensions()
    recs = [r for r in records if isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"].strip()]
    nlp = nlp or build_event_nlp()

    def docs():
        for r in recs:
            d = nlp.make_doc(r["text"])
            d._.published = None
            yield d

    out = []
    for i, (r, doc) in enumerate(zip(recs, nlp.pipe(docs(), batch_size=32))):
        out.append({"id": r.get("id", str(i)), "events": event_items(doc)})
    return out


def predict_file(in_path: str | Path, out_path: str | Path | None = None) -> list[dict[str, Any]]:
    return formats.predict_file(read_items, predict, in_path, out_path)


def main(argv: list[str] | None = None) -> int:
    return formats.run_main(__doc__, read_items, predict, argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
