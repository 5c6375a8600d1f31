"""What the online-path tests share: records added to a store one at a time, as a feed brings them,
then all of them again (re-ingesting must change nothing), with the stories read back each time."""

from __future__ import annotations

from typing import Any, Callable


def stories_of(store: Any, ids: list[str]) -> list[list[str]]:
    """The stories holding the articles `ids`, each as its sorted article ids, sorted."""
    sids = {store.article_story(i)["id"] for i in ids}
    return sorted(sorted(a["id"] for a in store.story(sid)["articles"]) for sid in sids)


def ingest_twice(url: str, recs: list[Any], then: Callable[[Any], Any] | None = None) -> tuple[list[list[str]], list[list[str]], Any]:
    """(stories after adding `recs` one at a time, stories after adding them all again, what `then`
    reads from the store at the end, or None)."""
    from newsgraph.corpus.online import add_to_stories
    from newsgraph.store import open_store

    ids = [r.article.id for r in recs]
    store = open_store(url)
    try:
        for r in recs:
            store.add_many([r])
            add_to_stories(store, [r])
        first = stories_of(store, ids)
        for r in recs:
            store.add_many([r])
            add_to_stories(store, [r])
        again = stories_of(store, ids)
        extra = then(store) if then else None
    finally:
        store.close()
    return first, again, extra
