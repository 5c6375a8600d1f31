"""Actor timelines: what one actor said and did across articles, in date order.

The store keeps one id per real-world actor (names.py) and indexes its statements and
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


def _name_forms(name: str) -> list[str]:
    """The forms of a typed name to look an actor up by, best first: as typed; without the
    titles and honorifics the stored names leave out ("President Obama" -> "Obama", "Mr. Trump"
    -> "Trump"); its last word, where that is a capitalised name ("Foreign Minister Oduya" ->
    "Oduya")."""
    from ..names import HONORIFICS

    name = " ".join(name.split())
    words = name.split()
    forms = [name]
    bare = [w for w in words if w.strip(".,").lower() not in HONORIFICS]
    if bare and len(bare) < len(words):
        forms.append(" ".join(bare))
    if len(words) == 1 and "." in name and name.replace(".", "").isalnum():  # "U.N." as "UN"
        forms.append(name.replace(".", ""))
    last = words[-1].strip(".,") if words else ""
    if len(words) > 1 and len(last) > 1 and last[:1].isupper():
        forms.append(last)
    return list(dict.fromkeys(f for f in forms if f))


def find_actor(store: Any, name: str) -> Any:
    """The id of the stored actor a typed name means, or None: of the actors whose names hold its
    words (store.actors; whole words, or the beginnings of capitalised ones), the one named
    exactly so when the name has several words ("John Smith", not the more quoted "John
    Smithson"), else the most quoted ("Obama": Barack Obama); a name found by no actor is tried
    again without titles and honorifics, then by its last word, as a person's surname
    ("President Obama", "Foreign Minister Oduya")."""
    from ..names import normalise

    def names_it(form: str, actor_name: str) -> bool:
        # its words are the name's words, or begin a capitalised one ("Ann": Annika Roth, not
        # Michael Tanner nor "announcer"; "Here" is no one, though "Theresa" holds it); an
        # acronym stands for the name's initials ("EU": European Union, not Europe)
        letters = "".join(ch for ch in form if ch.isalnum())
        if 1 < len(letters) <= 6 and letters.isupper() and " " not in form.strip():
            return "".join(w[0] for w in actor_name.split() if w[:1].isupper()).upper() == letters
        words = [(normalise(w), w[:1].isupper()) for w in actor_name.split()]
        return all(any(n == x or (cap and n.startswith(x)) for n, cap in words) for x in normalise(form).split())

    forms = _name_forms(name)
    for k, form in enumerate(forms):
        items = [a for a in store.actors(q=form, limit=200)["items"] if names_it(form, a.get("name") or "")]
        if k and len(form.split()) == 1 and len(name.split()) > 1:  # a surname: a person's
            items = [a for a in items if a.get("type") == "person"]
        if not items:
            continue
        if len(form.split()) > 1:
            exact = [a for a in items if normalise(a.get("name") or "") == normalise(form)]
            if exact:
                return exact[0]["id"]
        return items[0]["id"]
    return None


_QUOTE_MARKS = "\"“„«"


def text_timeline(tl: dict[str, Any]) -> str:
    a = tl["actor"]
    lines = [f"{a['name']} ({a['type']}), {tl['total']} entries"]
    for it in tl["items"]:
        role = ", ".join(x for x in (it.get("role"), it.get("affiliation")) if x)
        head = f"{it.get('published') or '????-??-??'}  {it.get('publisher') or '?'}" + (f"  [{role}]" if role else "")
        if it["kind"] == "statement":
            body = it.get("content") or ""
            verb = {"write": "wrote", "think": "believes", "decide": "decided", "other": "(other act)"}.get(it.get("act") or "say", "said")
            said = f"{body[:160]}{'…' if len(body) > 160 else ''}"
            # a direct quotation carries its own marks; others are put between them
            lines.append(f"{head}  {verb}: {said if body[:1] in _QUOTE_MARKS else chr(0x201C) + said + chr(0x201D)}")
        else:
            lines.append(f"{head}  {it.get('type')} ({it.get('actor_role')}): {(it.get('span') or it.get('text') or '')[:160]}")
    return "\n".join(lines)
