"""Stories kept in the store as articles arrive: each new article joins a story or opens one.

    from newsgraph.corpus.online import add_to_stories
    add_to_stories(store, records)      # after store.add_many(records)

For each article: its term counts are kept in the store (`save_profile`) with its strongest terms
in the inverted index; the articles sharing most of those terms are the candidates (an index
look-up: the cost does not grow with the store); the article's similarity to each candidate story
is the mean of its similarity (stories.similarity x head_factor, then own_words: the batch measure) to the story's members,
as in the batch average link. It joins the best story at or above stories.THRESHOLD, or opens
one; another story that passes too is merged in when the two are one by the batch rule (their
reports resemble each other on average). After each batch of articles, each touched story is
checked again with the frequencies known by then (`recheck`: a part clearly apart is split off;
`remerge`: an index neighbour that the batch rule joins to it is merged in; the story first seen
keeps its id; a part that is a look-alike event days apart, by stories.apart, is split off and
never merged back, and of two stories held apart so, the one report that resembles the other
story more moves there: `_rehome`; between two stories neither apart nor one, a report whose lead
is the other's moves there, as batch `reclaim` moves it; remerge goes round again while one merges or
moves a report). The stories a new report comes close to without joining it (REVISIT_NEAR) are
checked again too: a decision taken when fewer articles were known may not hold by today's
frequencies. So the stories do not depend on the order in which reports arrive. Then the story's reuse
and disagreements are worked out again over its reports (the recent MAX_LINK_REPORTS), with the
sentences also found in neighbouring stories' reports taken as boilerplate. Re-adding an
article changes nothing.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from . import analyse_story
from .features import top_terms, weigh
from .text import clean_title
from .stories import (DIGEST_DATELINE, DIGEST_NEIGHBOURS, _date, DIGEST_TOPICS, INDEX_TERMS, THRESHOLD, Doc, _claim_margin,
                      _head, apart, average_link, digest_items, doc_lead, doc_persons, doc_sents, doc_who, head_factor, leads_with, event_day, is_digest, lead_event_keys, outlet_factor, own_words,
                      page_grams, page_words, similarity, story_id, story_title)

CANDIDATES = 200  # articles proposed by the index
MAX_STORIES = 12  # candidate stories compared with a new article
MAX_MEMBERS = 300  # a story's members compared with a new article (its latest)
MAX_LINK_REPORTS = 60  # reports whose reuse and disagreements are recomputed on a change
MAX_DF_SHARE = 0.05  # a term in more than this share of the store proposes no candidates
REMERGE_PROBES = 10  # a story's reports whose index neighbours are checked for a merge
REMERGE_PER_REPORT = 10
REVISIT_NEAR = 0.25  # a story a new report resembles this much (x THRESHOLD) without joining is grouped again (0.5: invented25 shuffled, seed 2, 95.0)
REVISIT_MAX = 3  # such stories per new report, the closest first
REMERGE_ROUNDS = 3  # rounds of remerge over the touched stories, while one merges or moves a report
REHOME_MARGIN = 0.0  # a report moves to a story held apart from its own when it resembles it more by this
SPLIT_BELOW = THRESHOLD  # a stored story splits where a part resembles the rest less than this (the batch rule)
DIGEST_RECHECK = 3  # a story's members (the least like the rest) tested again as digests on a recheck
DIGEST_SUSPECT = 0.5  # a report of another story this alike to a new one (x THRESHOLD) may be a digest holding its item
BOILERPLATE_PER_REPORT = 5  # reports of other stories each report is checked against for stock lines
BOILERPLATE_NEIGHBOURS = 60  # reports of other stories read for stock lines, at most


def _doc_from_profile(p: dict[str, Any]) -> Doc:
    d = Doc(name=p.get("article_id", ""), id=p.get("article_id", ""), title=p.get("title") or "",
            publisher=p.get("publisher"), published=p.get("published"),
            dateline=p.get("profile", {}).get("dateline"))
    d.counts = Counter(p.get("profile", {}).get("counts", {}))
    d.grams = frozenset(p.get("profile", {}).get("grams") or ())
    d.lead = frozenset(p.get("profile", {}).get("lead") or ())  # profiles stored before it: no lead core
    d.digest = bool(p.get("profile", {}).get("digest"))
    d.lines = int(p.get("profile", {}).get("lines") or 0)
    if "sents" in p.get("profile", {}):  # profiles stored before it: read from the text where at hand
        d.sents = frozenset(p["profile"]["sents"])
    # the day its lead tells of and its lead's own events (stories.event_day, lead_event_keys: what
    # stories.apart reads of a later event of the same people); profiles stored before them: the
    # publication day and no lead event, as a Doc without its record reads them
    if "day" in p.get("profile", {}):
        d.day = _date(p["profile"]["day"])
    if "lead_events" in p.get("profile", {}):
        d.lead_events = frozenset(p["profile"]["lead_events"] or ())
    # its head's content words and its number of words (what stories.head_factor reads); profiles
    # stored before them: the head from the title, or from the text where _texts_for_runs reads it
    if "head" in p.get("profile", {}):
        d.head = frozenset(p["profile"]["head"] or ())
    if "words" in p.get("profile", {}):
        d.words = int(p["profile"]["words"] or 0)
    # an undated report's participants (stories.doc_who: its lead's persons, its words, the persons
    # named in full) and its persons' name words (doc_persons), what stories.apart reads of two
    # undated groups (UNDATED_NAMES 2); profiles stored before them: none, as a Doc without its record
    who = p.get("profile", {}).get("who")
    if who:
        d.who = (frozenset(frozenset(k) for k in who[0]), frozenset(who[1]), frozenset(frozenset(k) for k in who[2]))
        d.persons = frozenset(p["profile"].get("persons") or ())
    return d


def _who_profile(doc: Doc) -> dict[str, Any]:
    """What an undated report's profile keeps for stories.apart's undated test (doc_who and
    doc_persons, from the record on arrival); nothing for a dated report, which the test never reads."""
    if _date(doc.published) is not None:
        return {}
    lead, words, full = doc_who(doc)
    return {"who": [sorted(sorted(k) for k in lead), sorted(words), sorted(sorted(k) for k in full)],
            "persons": sorted(doc_persons(doc))}


def _texts_for_runs(store: Any, docs: list[Doc]) -> None:
    """Read from the store the texts of the stored reports among `docs` that share a run of
    words with another of them (their sampled run hashes meet): stories.own_words needs them,
    as the batch path has them (a site's template is set aside the same way in both)."""
    seen: Counter = Counter(h for d in docs for h in page_grams(d))
    ids = [d.id for d in docs if not d.body and d.grams and any(seen[h] > 1 for h in d.grams)]
    if not ids:
        return
    by_id = {r.article.id: r for r in store.records(ids)}
    for d in docs:
        r = by_id.get(d.id)
        if r is not None and not d.body:
            d.title, d.body = r.article.title or "", r.article.body


def _sim_with(n: int, df: dict[str, int]) -> Any:
    """The batch pair similarity (stories.similarity, times stories.head_factor as batch head_pass
    weighs it, then stories.own_words, times stories.outlet_factor as batch contrast_pass weighs
    it) under one set of document frequencies."""
    return lambda a, b: own_words(a, b, similarity(a, b) * head_factor(a, b), n, df) * outlet_factor(a, b)


def _probe_terms(d: Doc) -> list[str]:
    """A stored report's most frequent terms: what it asks the index for its neighbours with."""
    return sorted(d.counts, key=lambda t: (-d.counts[t], t))[:INDEX_TERMS]


def _weigh_pair(docs: list[Doc], n: int, df: dict[str, int]) -> None:
    memo: dict[bool, dict[str, float]] = {False: {}, True: {}}  # each term's idf under (n, df), undated and dated
    for d in docs:
        dated = _date(d.published) is not None
        d.vec = weigh(d.counts, n, df, dated, memo[dated])


def add_to_stories(store: Any, records: Iterable[Any]) -> list[str]:
    """Put each record's article into a story in the store; returns the story ids touched."""
    records = list(records)
    touched: list[str] = []
    near: list[str] = []  # stories the new reports came close to without joining them
    for rec in records:
        found: list[str] = []  # stories that turned out to hold a digest
        sid = _add_one(store, rec, found, near)
        for x in ([sid] if sid else []) + found:
            if x not in touched:
                touched.append(x)
    for sid in list(touched):
        for new_sid in recheck(store, sid):
            if new_sid not in touched:
                touched.append(new_sid)
    # a story decided when fewer articles were known may no longer hold by today's frequencies
    # (a report that joined on words since grown common): the stories a new report came close to
    # are grouped again too, and count as touched where that changed them
    for sid in near:
        if sid in touched or store.story(sid) is None:
            continue
        split = recheck(store, sid)
        if split:
            touched.extend([sid] + [x for x in split if x not in touched])
        elif remerge(store, sid):
            touched.append(sid)
    # a merge or a move changes the stories it leaves behind: go round again while one happens
    # (a report merged with a look-alike's story, the rest of its own then moves a report out of it)
    for _ in range(REMERGE_ROUNDS):
        moved = False
        for sid in list(touched):
            merged = remerge(store, sid)
            if merged:
                moved = True
                if merged not in touched:
                    touched.append(merged)
        if not moved:
            break
    # no report is left in no story, whatever the moves above did (a safety net: each is placed
    # again, as when it first came)
    for rec in records:
        if store.article_story(rec.article.id) is None:
            sid = _add_one(store, rec)
            if sid and sid not in touched:
                touched.append(sid)
    touched = [sid for sid in touched if store.story(sid) is not None]
    for sid in touched:
        refresh_links(store, sid)
    return touched


def remerge(store: Any, sid: str) -> str | None:
    """Join a story with another that the batch rule makes one with it (their reports resemble
    each other on average at or above THRESHOLD), as reports that arrived out of order or on
    words that became rarer can leave two pieces of one story apart. The neighbours come from
    the index. Returns the id of the merged story (the one first seen), or None."""
    s = store.story(sid)
    if not s:
        return None
    members = [_doc_from_profile(m) for m in store.story_profiles(sid)[-MAX_MEMBERS:]]
    members = [m for m in members if not m.digest]  # a digest merges with nothing
    if not members:
        return None
    neighbours: dict[str, list[Doc]] = {}
    for d in members[:REMERGE_PROBES]:
        terms = _probe_terms(d)
        for c in store.candidates(terms, limit=REMERGE_PER_REPORT, exclude=d.id):
            o = c.get("story_id")
            if o and o != sid and o not in neighbours:
                neighbours[o] = [m for m in (_doc_from_profile(p) for p in store.story_profiles(o)[-MAX_MEMBERS:])
                                 if not m.digest]
    if not neighbours:
        return None
    alldocs = members + [m for ms in neighbours.values() for m in ms]
    n, df = store.term_stats(sorted(set().union(*(set(d.counts) for d in alldocs))))
    _weigh_pair(alldocs, max(n, 1), df)
    _texts_for_runs(store, alldocs)
    pair_sim = _sim_with(max(n, 1), df)
    best, best_v = None, THRESHOLD
    claim_only = []  # neighbours neither apart nor one with it: batch `reclaim` may still move a report
    for o, other in neighbours.items():
        if not other:
            continue
        if apart(members, other):
            moved = _rehome(store, sid, members, o, other, pair_sim)
            if moved:
                return moved
            continue
        v = sum(pair_sim(a, b) for a in members for b in other) / (len(members) * len(other))
        if v >= best_v:
            best, best_v = o, v
        else:
            claim_only.append((o, other))
    if best is None:
        # two stories that stay two, where a report of one leads with the other's event (its own
        # rest and the other story apart, by stories.claims): batch `reclaim` moves it there
        # (a lone report cannot be held apart, so where one side is a lone report, the report of
        # the other that resembles it more than its own story moves to it too, as the batch
        # average link pairs them first: a council's budget release arriving after the wire's
        # rewrite had joined the mayoral story it names, invented38 in reverse)
        for o, other in claim_only:
            moved = _rehome(store, sid, members, o, other, pair_sim, claims_only=min(len(members), len(other)) >= 2)
            if moved:
                return moved
        return None
    both = [s, store.story(best)]
    both = [x for x in both if x]
    both.sort(key=lambda x: (x.get("first_seen") or "9999", x["id"]))
    keep, drop = both[0]["id"], both[-1]["id"]
    ids = [a["id"] for x in both for a in x["articles"]]
    _put(store, keep, ids, members + neighbours[best])
    if drop != keep:
        store.drop_story(drop)
    return keep


def _rehome(store: Any, sid: str, members: list[Doc], o: str, other: list[Doc], pair_sim: Any,
            claims_only: bool = False) -> str | None:
    """Two stories held apart (stories.apart): the one report of either that resembles the other
    story more than its own (mean similarity, at or above THRESHOLD) moves there, as the batch
    average link would have placed it; failing that, one whose lead is the other story's
    (stories.claims, at a mean similarity there at or above THRESHOLD), as batch `reclaim` moves it. A report that arrived before the rest of its own story
    (a bulletin published last, ingested first) is otherwise left with the look-alike it joined.
    One report per call, never one that would leave its story with fewer than two. Returns the id
    of the story that took it, or None."""
    best = claimed = None
    for src, dst, dst_id in ((members, other, o), (other, members, sid)):
        if len(src) < 3:
            continue
        for d in src:
            own = sum(pair_sim(d, x) for x in src if x is not d) / (len(src) - 1)
            there = sum(pair_sim(d, x) for x in dst) / len(dst)
            if there < THRESHOLD:
                continue
            rest = [x for x in src if x is not d]
            if (not claims_only and there > own + REHOME_MARGIN and (best is None or there - own > best[0])
                    and _claim_margin(d, dst, rest) is None):  # not where its lead keeps it here
                best = (there - own, d, src, dst, dst_id)
            # or its lead is the other story's (stories.claims: the UN's release on one vote, held
            # with its release on the next day's vote by their house wording)
            margin = _claim_margin(d, rest, dst)
            if margin is not None and (claimed is None or margin > claimed[0]):
                claimed = (margin, d, src, dst, dst_id)
    best = best or claimed
    if best is None:
        return None
    _, d, src, dst, dst_id = best
    src_id = sid if dst_id == o else o
    _put(store, dst_id, [a["id"] for a in (store.story(dst_id) or {}).get("articles", [])] + [d.id], dst + [d])
    rest = [x for x in src if x is not d]
    _put(store, src_id, [a["id"] for a in (store.story(src_id) or {}).get("articles", []) if a["id"] != d.id], rest)
    return dst_id


def recheck(store: Any, sid: str) -> list[str]:
    """Group a story's reports again by the batch rule with today's document frequencies, and
    split off what no longer belongs (a report that joined early, when few articles were known,
    on words that turned out to be common). Returns the ids of the stories split off."""
    members = store.story_profiles(sid)
    if len(members) < 2 or len(members) > MAX_MEMBERS:
        return []
    docs = [_doc_from_profile(m) for m in members]
    n, df = store.term_stats(sorted(set().union(*(set(d.counts) for d in docs))))
    _weigh_pair(docs, max(n, 1), df)
    _texts_for_runs(store, docs)
    pair_sim = _sim_with(max(n, 1), df)
    sims = {}
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            x = pair_sim(docs[i], docs[j])
            if x > 0:
                sims[(i, j)] = x
    for k in _digests_among(store, members, docs, sims):
        sims = {ij: x for ij, x in sims.items() if k not in ij}  # a digest found late leaves
    labels = average_link(len(docs), sims, THRESHOLD, lambda x, y: apart([docs[k] for k in x], [docs[k] for k in y]))
    groups: dict[int, list[Doc]] = {}
    for d, lab in zip(docs, labels):
        groups.setdefault(lab, []).append(d)
    if len(groups) < 2:
        return []
    parts = sorted(groups.values(), key=lambda g: (all(d.digest for d in g), -len(g), min(d.published or "9999" for d in g)))
    # split off only what is clearly apart: a part whose mean similarity to the rest is under
    # SPLIT_BELOW (near the threshold, the article's earlier choice stands: no flapping), or a
    # look-alike event of the main part's kind told days apart (stories.apart)
    main, rest = parts[0], []
    for g in parts[1:]:
        cross = sum(pair_sim(a, b) for a in g for b in docs if b not in g) / (len(g) * (len(docs) - len(g)))
        if cross < SPLIT_BELOW or apart(g, parts[0]) or all(d.digest for d in g):
            rest.append(g)
        else:
            main = main + g
    if not rest:
        return []
    parts = [main] + rest
    out = []
    _put(store, sid, [d.id for d in parts[0]], parts[0])
    for g in parts[1:]:
        g.sort(key=lambda d: (d.published or "9999", d.id))
        new = _free_id(store, sid, g)
        _put(store, new, [d.id for d in g], g)
        out.append(new)
    return out


def _free_id(store: Any, sid: str, g: list[Doc]) -> str:
    """An id for a story split off `sid` that no stored story holds: its first report's own story
    id where that is free, else one drawn from the two (never an existing story's, whose articles
    a put would replace: invented58 shuffled lost two reports to a story id taken twice)."""
    for d in g:
        x = story_id([d.id])
        if x != sid and store.story(x) is None:
            return x
    k = 0
    while True:
        x = story_id([f"{sid}{g[0].id}{'#' + str(k) if k else ''}"])
        if x != sid and store.story(x) is None:
            return x
        k += 1


def _suspects(store: Any, doc: Doc, members_of: dict[str, list[Doc]], joins: str | None, pair_sim: Any,
              found: list[str]) -> None:
    """Test as digests (stories.is_digest) the reports of other stories than the one a new report
    joins that resemble it at DIGEST_SUSPECT of the threshold (a digest holds an item of its story), DIGEST_RECHECK
    of them at most, the most alike first; a digest found so is marked and its story noted in
    `found`, to be checked again (recheck splits it off)."""
    if not DIGEST_TOPICS:
        return
    sus = []
    for sid, ms in members_of.items():
        if sid == joins or len(ms) < 2:
            continue
        for m in ms:
            if m.lines >= DIGEST_TOPICS and not m.digest:
                x = pair_sim(doc, m)
                if x >= DIGEST_SUSPECT * THRESHOLD and not any(pair_sim(m, o) >= DIGEST_CLOSE for o in ms if o is not m):
                    # (one as like a report of its own story as a rewrite is stays a report of it:
                    # _digests_among)
                    sus.append((x, m.id, sid, m))
    for _, _, sid, m in sorted(sus, key=lambda t: (-t[0], t[1]))[:DIGEST_RECHECK]:
        prof = next((p for p in store.story_profiles(sid) if p.get("article_id") == m.id), None)
        if prof is not None and _digests_among(store, [prof], [m], {}, force=True) and sid not in found:
            found.append(sid)


DIGEST_CLOSE = 0.4  # a member this like another of its story is no digest (about three times THRESHOLD)


def _digests_among(store: Any, members: list[dict], docs: list[Doc], sims: dict[tuple[int, int], float],
                   force: bool = False) -> list[int]:
    """The members of a story (its DIGEST_RECHECK least like the rest) that are digests of other
    stories by what the store holds now (a digest that arrived before the stories it gathers
    joined the first of them): each is marked in its profile, so that it joins no story again."""
    if not DIGEST_TOPICS or (len(docs) < 2 and not force):
        return []
    mean = [0.0] * len(docs)
    for (i, j), x in sims.items():
        mean[i] += x
        mean[j] += x
    order = sorted(range(len(docs)), key=lambda k: (mean[k], docs[k].id))[:DIGEST_RECHECK]
    out = []
    for k in order:
        d = docs[k]
        if d.digest:
            out.append(k)
            continue
        if any(sims.get((min(k, j), max(k, j)), 0.0) >= DIGEST_CLOSE for j in range(len(docs)) if j != k):
            # as like one report of its story as a rewrite is (a wire's take of a union's release,
            # 0.6 where the threshold is 0.12): a report of that story, whatever its background
            # recalls of the others (a digest is like each story it gathers only in part)
            continue
        if _digest_now(store, d):
            _mark(store, members[k], d, True)
            out.append(k)
    return out


def _digest_now(store: Any, d: Doc) -> bool:
    """stories.is_digest for a stored report by what the store holds now: its items against its
    index neighbours (DIGEST_NEIGHBOURS, digests left out), weighed with today's frequencies."""
    if not d.body:
        recs = store.records([d.id])
        if not recs:
            return False
        d.body = recs[0].article.body
    if len(digest_items(d.body)) < DIGEST_TOPICS:
        return False
    cands = store.candidates(_probe_terms(d), limit=DIGEST_NEIGHBOURS, exclude=d.id)
    story_of = {c["article_id"]: c.get("story_id") for c in cands}
    near = [o for o in (_doc_from_profile(c) for c in cands) if not o.digest and o.counts]
    n, df = store.term_stats(sorted(set(d.counts).union(*(set(o.counts) for o in near))))
    _weigh_pair([d] + near, max(n, 1), df)
    return _digest(d, near, max(n, 1), df, story_of)


def _mark(store: Any, member: dict, d: Doc, digest: bool) -> None:
    """Save a stored report's digest mark (stories.is_digest) in its profile."""
    prof = dict(member.get("profile") or {})
    if digest:
        prof["digest"] = True
    else:
        prof.pop("digest", None)
    if not d.vec:
        n, df = store.term_stats(sorted(d.counts))
        _weigh_pair([d], max(n, 1), df)
    store.save_profile(d.id, prof, top_terms(d.vec, INDEX_TERMS), prof.get("df_terms") or sorted(d.counts))
    d.digest = digest


def _undigest(store: Any, doc: Doc, marked: list[tuple[str, Doc]], found: list[str]) -> None:
    """Test again the reports marked digests (of the stories a new report's index look-up
    proposed) that the new report resembles at DIGEST_SUSPECT of the threshold, DIGEST_RECHECK of
    them at most, the most alike first: a mark taken while few stories were known may not hold
    once more of its lines turn out to be one story's (stories.is_digest, DIGEST_ONE_STORY). A
    report that is no digest now loses its mark and its story is noted in `found`, to be grouped
    again (remerge joins it to its story)."""
    if not DIGEST_TOPICS or not marked:
        return
    ms = [m for _, m in marked]
    n, df = store.term_stats(sorted(set(doc.counts).union(*(set(m.counts) for m in ms))))
    _weigh_pair(ms, max(n, 1), df)  # as the new report was weighed (its terms' frequencies are the same)
    pair_sim = _sim_with(max(n, 1), df)
    sus = sorted(((pair_sim(doc, m), m.id, sid, m) for sid, m in marked), key=lambda t: (-t[0], t[1]))
    for x, _, sid, m in sus[:DIGEST_RECHECK]:
        if x < DIGEST_SUSPECT * THRESHOLD:
            break
        prof = next((p for p in store.story_profiles(sid) if p.get("article_id") == m.id), None)
        if prof is None or _digest_now(store, _doc_from_profile(prof)):
            continue
        _mark(store, prof, m, False)
        if sid not in found:
            found.append(sid)


def _add_one(store: Any, rec: Any, found: list[str] | None = None, near: list[str] | None = None) -> str | None:
    art = rec.article
    if store.article_story(art.id) is not None:
        return None  # already in a story: re-ingesting changes nothing
    doc = Doc.of(rec)
    n, df = store.term_stats(list(doc.counts))
    # weigh with the store's counts, this article included
    n1 = n + 1
    df1 = {t: df.get(t, 0) + 1 for t in doc.counts}
    doc.vec = weigh(doc.counts, n1, df1, _date(doc.published) is not None)
    terms = top_terms(doc.vec, INDEX_TERMS)
    max_df = max(50, int(MAX_DF_SHARE * n1))
    cands = store.candidates(terms, max_df=max_df, limit=CANDIDATES)
    prof = {"counts": dict(doc.counts), "published": art.published, "title": art.title, "publisher": art.publisher}
    if getattr(art, "dateline", None):
        prof["dateline"] = art.dateline
    if page_grams(doc):
        prof["grams"] = sorted(doc.grams or ())
    lines = len(digest_items(doc.body))
    if DIGEST_TOPICS and lines >= DIGEST_TOPICS:
        prof["lines"] = lines
    if doc_lead(doc):
        prof["lead"] = sorted(doc_lead(doc))
    prof["sents"] = sorted(doc_sents(doc))
    day = event_day(doc)  # from the record, which the stored profile does not keep
    prof["day"] = day.isoformat() if day else None
    prof["lead_events"] = sorted(lead_event_keys(doc))
    prof["head"] = sorted(_head(doc))  # stories.head_factor's head and page length, read without the text
    prof["words"] = page_words(doc)
    prof.update(_who_profile(doc))
    store.save_profile(art.id, prof, terms, sorted(doc.counts))
    by_story: dict[str, int] = {}
    for c in cands:
        if c.get("story_id") and c["article_id"] != art.id:
            by_story[c["story_id"]] = by_story.get(c["story_id"], 0) + c.get("shared", 1)
    # the stories sharing most terms with it (their members' profiles are read: one query each)
    by_story = dict(sorted(by_story.items(), key=lambda kv: -kv[1])[:MAX_STORIES])
    scored: list[tuple[float, str]] = []
    members_of: dict[str, list[Doc]] = {}
    marked: list[tuple[str, Doc]] = []  # the digests among them, tested again below (_undigest)
    for sid in by_story:
        mdocs = [_doc_from_profile(m) for m in store.story_profiles(sid)[-MAX_MEMBERS:]]
        marked.extend((sid, m) for m in mdocs if m.digest)
        mdocs = [m for m in mdocs if not m.digest]  # a digest's story takes no report
        if not mdocs:
            continue
        members_of[sid] = mdocs
    # weigh every compared report with one set of document frequencies
    alldocs = [doc] + [m for ms in members_of.values() for m in ms]
    terms_all = sorted(set().union(*(set(d.counts) for d in alldocs)))
    n2, df2 = store.term_stats(terms_all)
    _weigh_pair(alldocs, max(n2, 1), df2)
    _texts_for_runs(store, alldocs)
    pair_sim = _sim_with(max(n2, 1), df2)
    means: dict[str, float] = {}
    for sid, mdocs in members_of.items():
        mean = means[sid] = sum(pair_sim(doc, m) for m in mdocs) / len(mdocs)
        if mean >= THRESHOLD:
            scored.append((mean, sid))
    scored.sort(reverse=True)
    if scored and _digest(doc, [m for ms in members_of.values() for m in ms], max(n2, 1), df2,
                          {m.id: sid for sid, ms in members_of.items() for m in ms}):
        prof["digest"] = True  # a digest of other stories: a story of its own, that takes no report
        store.save_profile(art.id, prof, terms, sorted(doc.counts))
        scored = []
    if found is not None:
        _suspects(store, doc, members_of, scored[0][1] if scored else None, pair_sim, found)
    if near is not None:  # the stories it came close to (REVISIT_NEAR), not the one it joins
        close = sorted(((v, sid) for sid, v in means.items() if not scored or sid != scored[0][1]),
                       key=lambda t: (-t[0], t[1]))
        for v, sid in close[:REVISIT_MAX]:
            if v >= REVISIT_NEAR * THRESHOLD and sid not in near:
                near.append(sid)
    sid = _place(store, art, doc, scored, members_of, pair_sim)
    if found is not None and marked:
        _undigest(store, doc, marked, found)
    return sid


def _place(store: Any, art: Any, doc: Doc, scored: list[tuple[float, str]], members_of: dict[str, list[Doc]],
           pair_sim: Any) -> str:
    """Put a new report in the best of the stories it passes (`scored`), or in a story of its own."""
    if not scored:
        sid = story_id([art.id])
        store.put_story({"id": sid, "title": clean_title(art.title or "") or art.body[:80], "first_seen": art.published,
                         "last_seen": art.published, "articles": [art.id],
                         "outlets": [art.publisher] if art.publisher else []})
        return sid
    # the best story takes the article; another story that passes merges with it only when the
    # two are one story by the batch rule too: their reports, the new one included, resemble
    # each other on average (a report bridging two events must not weld them)
    best = scored[0][1]
    group = members_of[best] + [doc]
    keep = [best]
    for _, sid in scored[1:]:
        other = members_of[sid]
        cross = sum(pair_sim(a, b) for a in group for b in other) / (len(group) * len(other))
        if cross >= THRESHOLD and not apart(group, other):
            keep.append(sid)
            group = group + other
    stories = [store.story(sid) for sid in keep]
    stories = [s for s in stories if s]
    stories.sort(key=lambda s: (s.get("first_seen") or "9999", s["id"]))
    main = stories[0]
    ids = [a["id"] for s in stories for a in s["articles"]] + [art.id]
    _put(store, main["id"], ids, group)
    for s in stories[1:]:
        store.drop_story(s["id"])
    return main["id"]


def _digest(doc: Doc, others: list[Doc], n: int, df: dict[str, int], story_of: dict[str, str]) -> bool:
    """stories.is_digest for a report against the weighed reports `others` (its nearest
    DIGEST_NEIGHBOURS by the weighed profiles' cosine are read)."""
    if not DIGEST_TOPICS or len(others) < DIGEST_TOPICS:
        return False
    if DIGEST_DATELINE and doc.dateline:
        return False  # a report under its dateline (as in batch)
    items = digest_items(doc.body)
    if len(items) < DIGEST_TOPICS:
        return False
    from .features import cosine

    near = sorted(others, key=lambda o: (-cosine(doc.vec, o.vec), o.id))[:DIGEST_NEIGHBOURS]
    if len({story_of.get(o.id) or o.id for o in near}) < DIGEST_TOPICS:
        return False  # its nearest reports are of fewer stories than a digest gathers
    if leads_with(doc, near[0]):
        return False  # its lead is its nearest report's: a report of that story with background (as in batch)
    return is_digest(items, near, n, df, lambda o: story_of.get(o.id) or o.id)


def _put(store: Any, sid: str, article_ids: list[str], docs: list[Doc]) -> None:
    """Store the story: its articles (all of them), and its title, dates and outlets from the
    profiles at hand (weighed already)."""
    by_id = {d.id: d for d in docs}
    info = {a["id"]: a for a in (store.story(sid) or {}).get("articles", [])}
    dates, outlets = [], []
    for aid in article_ids:
        d = by_id.get(aid)
        pub = d.published if d else (info.get(aid) or {}).get("published")
        who = d.publisher if d else (info.get(aid) or {}).get("publisher")
        if pub:
            dates.append(pub)
        if who and who not in outlets:
            outlets.append(who)
    ordered = sorted(docs, key=lambda d: (d.published or "9999", d.id))
    store.put_story({"id": sid, "title": story_title(ordered), "first_seen": min(dates) if dates else None,
                     "last_seen": max(dates) if dates else None, "articles": list(dict.fromkeys(article_ids)),
                     "outlets": outlets})


def _boilerplate(store: Any, sid: str, docs: list[Doc]) -> set[str]:
    """Sentences of this story's reports also found in reports of other stories that resemble
    them (an index look-up per report): an outlet's or an agency's stock lines, which say nothing
    about who took whose wording. The batch path compares with every other story instead."""
    others: list[str] = []
    for d in docs:
        if len(others) >= BOILERPLATE_NEIGHBOURS:
            break
        terms = _probe_terms(d)
        for c in store.candidates(terms, limit=BOILERPLATE_PER_REPORT, exclude=d.id):
            if c.get("story_id") and c["story_id"] != sid and c["article_id"] not in others:
                others.append(c["article_id"])
    if not others:
        return set()
    from .reuse import boilerplate

    outside = [Doc.of(r) for r in store.records(others[:BOILERPLATE_NEIGHBOURS])]
    return boilerplate([docs, outside])


def refresh_links(store: Any, sid: str) -> None:
    """Work out a stored story's reuse and disagreements again."""
    s = store.story(sid)
    if not s:
        return
    ids = [a["id"] for a in s["articles"]][-MAX_LINK_REPORTS:]
    docs = [Doc.of(r) for r in store.records(ids)]
    docs.sort(key=lambda d: (d.published or "9999", d.id))
    ru, dis = analyse_story(sid, docs, _boilerplate(store, sid, docs))
    store.put_story_links(sid, [{"source": r["source_id"], "target": r["target_id"], "share": r["share"],
                                 "credited": r["credited"], "pairs": r["pairs"]} for r in ru],
                          [{"kind": d["kind"], "about": d["about"], "values": d["values"]} for d in dis])
