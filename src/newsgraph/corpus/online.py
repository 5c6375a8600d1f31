"""Stories kept in the store as articles arrive: each new article joins a story or opens one.

    from newsgraph.corpus.online import add_to_stories
    add_to_stories(store, records)      # after store.add_many(records)

For each article: its term counts are kept in the store (`save_profile`) with its strongest terms
in the inverted index; the articles sharing most of those terms are the candidates (an index
look-up: the cost does not grow with the store); the article's similarity to each candidate story
is the mean of its similarity (stories.similarity, the batch measure) to the story's members,
members it was not proposed with counting 0, as in the batch average link. It joins the best
story at or above stories.THRESHOLD; where two or more stories pass, they are one story told in
pieces and are merged (the story first seen keeps its id). Then the story's reuse and
disagreements are worked out again over its reports (the recent MAX_LINK_REPORTS).
Re-adding an article changes nothing.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from . import analyse_story
from .features import raw_counts, top_terms, weigh
from .stories import THRESHOLD, Doc, INDEX_TERMS, similarity, story_id, story_title

CANDIDATES = 200  # articles proposed by the index
MAX_MEMBERS = 300  # a story's members compared with a new article (its latest)
MAX_LINK_REPORTS = 60  # reports whose reuse and disagreements are recomputed on a change
MAX_DF_SHARE = 0.05  # a term in more than this share of the store proposes no candidates


def _doc_from_profile(p: dict[str, Any]) -> Doc:
    d = Doc(name=p.get("article_id", ""), id=p.get("article_id", ""), title=p.get("title") or "",
            publisher=p.get("publisher"), published=p.get("published"))
    d.counts = Counter(p.get("profile", {}).get("counts", {}))
    return d


def _weigh_pair(docs: list[Doc], n: int, df: dict[str, int]) -> None:
    for d in docs:
        d.vec = weigh(d.counts, n, df)


def add_to_stories(store: Any, records: Iterable[Any]) -> list[str]:
    """Put each record's article into a story in the store; returns the story ids touched."""
    touched: list[str] = []
    for rec in records:
        sid = _add_one(store, rec)
        if sid and sid not in touched:
            touched.append(sid)
    for sid in touched:
        refresh_links(store, sid)
    return touched


def _add_one(store: Any, rec: Any) -> str | None:
    art = rec.article
    if store.article_story(art.id) is not None:
        return None  # already in a story: re-ingesting changes nothing
    doc = Doc.of(rec)
    n, df = store.term_stats(list(doc.counts))
    # weigh with the store's counts, this article included
    n1 = n + 1
    df1 = {t: df.get(t, 0) + 1 for t in doc.counts}
    doc.vec = weigh(doc.counts, n1, df1)
    terms = top_terms(doc.vec, INDEX_TERMS)
    max_df = max(50, int(MAX_DF_SHARE * n1))
    cands = store.candidates(terms, max_df=max_df, limit=CANDIDATES)
    store.save_profile(art.id, {"counts": dict(doc.counts), "published": art.published,
                                "title": art.title, "publisher": art.publisher}, terms)
    by_story: dict[str, list[dict[str, Any]]] = {}
    for c in cands:
        if c.get("story_id") and c["article_id"] != art.id:
            by_story.setdefault(c["story_id"], []).append(c)
    scored: list[tuple[float, str]] = []
    for sid in by_story:
        members = store.story_profiles(sid)[-MAX_MEMBERS:]
        mdocs = [_doc_from_profile(m) for m in members]
        terms_all = set(doc.counts).union(*(set(m.counts) for m in mdocs)) if mdocs else set(doc.counts)
        n2, df2 = store.term_stats(sorted(terms_all))
        _weigh_pair(mdocs, max(n2, 1), df2)
        doc.vec = weigh(doc.counts, max(n2, 1), df2)
        if not mdocs:
            continue
        mean = sum(similarity(doc, m) for m in mdocs) / len(mdocs)
        if mean >= THRESHOLD:
            scored.append((mean, sid))
    scored.sort(reverse=True)
    if not scored:
        sid = story_id([art.id])
        store.put_story({"id": sid, "title": art.title or art.body[:80], "first_seen": art.published,
                         "last_seen": art.published, "articles": [art.id],
                         "outlets": [art.publisher] if art.publisher else []})
        return sid
    keep = [sid for _, sid in scored]
    stories = [store.story(sid) for sid in keep]
    stories = [s for s in stories if s]
    stories.sort(key=lambda s: (s.get("first_seen") or "9999", s["id"]))
    main = stories[0]
    ids = [a["id"] for s in stories for a in s["articles"]] + [art.id]
    _put(store, main["id"], ids)
    for s in stories[1:]:
        store.drop_story(s["id"])
    return main["id"]


def _put(store: Any, sid: str, article_ids: list[str]) -> None:
    recs = store.records(article_ids)
    docs = [Doc.of(r) for r in recs]
    docs.sort(key=lambda d: (d.published or "9999", d.id))
    from .stories import profile

    profile(docs)
    dates = [d.published for d in docs if d.published]
    outlets: list[str] = []
    for d in docs:
        if d.publisher and d.publisher not in outlets:
            outlets.append(d.publisher)
    store.put_story({"id": sid, "title": story_title(docs), "first_seen": min(dates) if dates else None,
                     "last_seen": max(dates) if dates else None, "articles": [d.id for d in docs], "outlets": outlets})


def refresh_links(store: Any, sid: str) -> None:
    """Work out a stored story's reuse and disagreements again."""
    s = store.story(sid)
    if not s:
        return
    ids = [a["id"] for a in s["articles"]][-MAX_LINK_REPORTS:]
    docs = [Doc.of(r) for r in store.records(ids)]
    docs.sort(key=lambda d: (d.published or "9999", d.id))
    ru, dis = analyse_story(sid, docs)
    store.put_story_links(sid, [{"source": r["source_id"], "target": r["target_id"], "share": r["share"],
                                 "credited": r["credited"], "pairs": r["pairs"]} for r in ru],
                          [{"kind": d["kind"], "about": d["about"], "values": d["values"]} for d in dis])
