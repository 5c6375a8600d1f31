"""Actor timelines: what one actor said and did across articles, in date order.

The store keeps one id per real-world actor (store/merge.py) and indexes its statements and
events by that id and date; a timeline is read from there, each entry with its article, outlet,
date, story and the role the article gave the actor on that date.

    from newsgraph.corpus.timelines import timeline, text_timeline
    tl = timeline(store, actor_id)          # {"actor": {...}, "items": [...], "total": n}
"""

from __future__ import annotations

from typing import Any


def timeline(
    store: Any, actor_id: Any, limit: int = 500, offset: int = 0, kind: str | None = None, act: Any = None
) -> dict[str, Any] | None:
    """The actor and its statements and events in date order, or None for an unknown actor;
    `act`: the acts of the statements kept (params.acts_param; None: every act)."""
    actor = store.actor(actor_id, limit=1)
    if actor is None:
        return None
    page = store.actor_timeline(actor_id, limit=limit, offset=offset, kind=kind, act=act)
    if page is None:
        return None
    return {"actor": {k: actor.get(k) for k in ("id", "name", "type", "code", "aliases")}, **page}


def find_actor(store: Any, name: str) -> Any:
    """The id of the stored actor best matching a name (most quoted first), or None."""
    page = store.actors(q=name, limit=1)
    return page["items"][0]["id"] if page["items"] else None


def text_timeline(tl: dict[str, Any]) -> str:
    a = tl["actor"]
    lines = [f"{a['name']} ({a['type']}), {tl['total']} entries"]
    for it in tl["items"]:
        role = ", ".join(x for x in (it.get("role"), it.get("affiliation")) if x)
        head = f"{it.get('published') or '????-??-??'}  {it.get('publisher') or '?'}" + (f"  [{role}]" if role else "")
        if it["kind"] == "statement":
            body = it.get("content") or ""
            verb = {"write": "wrote", "think": "believes", "decide": "decided", "other": "(other act)"}.get(it.get("act") or "say", "said")
            lines.append(f"{head}  {verb}: \u201c{body[:160]}{'…' if len(body) > 160 else ''}\u201d")
        else:
            lines.append(f"{head}  {it.get('type')} ({it.get('actor_role')}): {(it.get('span') or it.get('text') or '')[:160]}")
    return "\n".join(lines)
