"""Across reports: newsgraph stories | timeline (registered on cli.app on import)."""

from __future__ import annotations

import enum
import json
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from .cli import _err, app
from .errors import InputError

DB_HELP = "The store: a SQLite file or a postgresql:// URL (it must exist)."


class CorpusFormat(str, enum.Enum):
    json = "json"
    text = "text"


def _fallback_article(content: str, name: str) -> Any:
    """A short plain text the page extractor finds no article in (a title line and a few
    sentences): its first line is the title, the rest the body, so it still has a story."""
    from .record import Article, body_id

    title, _, body = content.strip().partition("\n")
    body = body.strip() or title
    return Article(id=body_id(body), title=title.strip() or None, body=body, source=name)


def read_records(sources: list[str], allow_private: bool = False, batch_size: int = 16) -> tuple[list[Any], list[InputError]]:
    """Records of every source, in order, and the items that failed."""
    from .ingest import iter_sources
    from .pipeline import Item, analyze_articles, extract

    arts = []
    failures: list[InputError] = []
    for src in iter_sources(sources, allow_private=allow_private):
        if isinstance(src, InputError):
            failures.append(src)
            continue
        try:
            arts.append(extract(Item.from_source(src)))
        except InputError as e:
            if src.kind != "html" and src.archive is None and "no article text" in e.reason and src.content.strip():
                arts.append(_fallback_article(src.content, src.name))
            else:
                failures.append(e)
    recs = []
    for r in analyze_articles(arts, batch_size=batch_size):
        if isinstance(r, InputError):
            failures.append(r)
        else:
            recs.append(r)
    return recs, failures


def _stored(db: str) -> dict[str, Any]:
    """The corpus output of the stories kept in a store."""
    from .cli_store import _open_existing

    store = _open_existing(db)
    try:
        return _stored_from(store)
    finally:
        store.close()


def _stored_from(store: Any) -> dict[str, Any]:
    """The corpus output of the stories a store keeps (articles named by their stored ids)."""
    from .corpus import output_key

    out: dict[str, Any] = {"stories": [], "reuse": [], "disagreements": [], "quote_variants": []}
    offset = 0
    while True:
        page = store.stories(limit=500, offset=offset)
        for item in page["items"]:
            s = store.story(item["id"])
            if not s:
                continue
            out["stories"].append({"id": s["id"], "title": s["title"], "articles": [a["id"] for a in s["articles"]],
                                   "first_seen": s.get("first_seen"), "last_seen": s.get("last_seen"),
                                   "outlets": s.get("outlets", []),
                                   "titles": {a["id"]: [a.get("publisher"), a.get("published"), a.get("title")] for a in s["articles"]}})
            for r in s.get("reuse", []):
                out["reuse"].append({"story": s["id"], "source": r["source"]["id"], "target": r["target"]["id"],
                                     "share": r["share"], "credited": r.get("credited"), "pairs": r["pairs"]})
            for d in s.get("disagreements", []):
                out[output_key(d)].append({"story": s["id"], **d})
        offset += len(page["items"])
        if not page["items"] or offset >= page["total"]:
            break
    return out


def _excerpt(text: str, width: int = 110) -> str:
    """A passage on one line, cut at a word within `width` characters ("…" where cut)."""
    t = " ".join((text or "").split())
    if len(t) <= width:
        return t
    cut = t[:width]
    if " " in cut[width // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def text_summary(out: dict[str, Any], by_name: dict[str, Any] | None = None) -> str:
    """The corpus output for a person: each story with its reports, reuse and disagreements.
    Articles are named by outlet, date and title (their id or file name in brackets), so that two
    reports of one outlet on one day are told apart."""
    by_name = by_name or {}
    lines: list[str] = []
    reuse: dict[str, list[dict]] = {}
    dis: dict[str, list[dict]] = {}
    for r in out["reuse"]:
        reuse.setdefault(r.get("story") or "", []).append(r)
    for d in out["disagreements"] + out.get("quote_variants", []):
        dis.setdefault(d.get("story") or "", []).append(d)
    multi = [s for s in out["stories"] if len(s["articles"]) > 1]

    def n(k: int, one: str, many: str) -> str:
        return f"{k} {one if k == 1 else many}"

    lines.append(f"{n(len(out['stories']), 'story', 'stories')} ({len(multi)} told by more than one report), "
                 f"{n(len(out['reuse']), 'reuse pair', 'reuse pairs')}, "
                 f"{n(len(out['disagreements']), 'disagreement', 'disagreements')}"
                 + (f", {n(len(out['quote_variants']), 'quote worded differently', 'quotes worded differently')}"
                    if out.get("quote_variants") else ""))
    info: dict[str, list[Any]] = {}
    for s in out["stories"]:
        for a in s["articles"]:
            got = (s.get("titles") or {}).get(a)
            if got is None and a in by_name:
                r = by_name[a]
                got = [r.article.publisher, r.article.published, r.article.title]
            info[a] = list(got or [None, None, None])

    def who(a: str, date: bool = True) -> str:
        pub, day, _ = info.get(a, [None, None, None])
        return f"{pub or 'unknown outlet'}" + (f", {day or 'undated'}" if date else "") + f" ({a})"

    for s in out["stories"]:
        span = " to ".join(x for x in dict.fromkeys([s.get("first_seen"), s.get("last_seen")]) if x)
        lines.append("")
        lines.append(f"== {s['title']}  [{s['id']}]")
        n_out = len(s.get("outlets") or [])
        lines.append(f"   {n(len(s['articles']), 'report', 'reports')}, {n(n_out, 'outlet', 'outlets')}" + (f", {span}" if span else ""))
        for a in s["articles"]:
            pub, date, title = info.get(a, [None, None, None])
            lines.append(f"   - {date or 'undated   '}  {pub or 'unknown outlet'}: {title or a}  ({a})")
        for r in reuse.get(s["id"], []):
            cred = ", credited" if r.get("credited") else ""
            lines.append(f"   reuse: {who(r['target'])} takes {round(100 * r['share'])}% of its text from "
                         f"{who(r['source'])} ({n(len(r['pairs']), 'passage', 'passages')}{cred})")
            for p in r["pairs"][:3]:
                lines.append(f"      \u201c{_excerpt(p['target_span']['text'])}\u201d")
        for d in dis.get(s["id"], []):
            lines.append(f"   quote worded differently: {d['about'].removesuffix(', quoted in different words')}:"
                         if d.get("kind") == "quote"
                         else f"   disagreement on {d['about']}:")
            for v in d["values"]:
                a = v.get("article") or v.get("article_id")
                lines.append(f"      \u201c{_excerpt(str(v.get('text') or ''), 80)}\u201d  {who(a) if a else 'unknown article'}")
    return "\n".join(lines)


@app.command()
def stories(
    sources: Optional[list[str]] = typer.Argument(None, help="Files and folders of articles (or none, with --db)."),
    db: Optional[str] = typer.Option(None, "--db", help="Read the stories kept in this store instead. " + DB_HELP),
    fmt: CorpusFormat = typer.Option(CorpusFormat.text, "--format", "-f", help="json: the corpus output (../shared/design/corpus.md); text: a summary to read."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of standard output."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow URLs on loopback, private or link-local addresses."),
) -> None:
    """Group reports of one event into stories; show reused wording and disagreements.

    Articles are named by file name (sources) or stored id (--db). Every article is in exactly
    one story; a story of one report is fine.
    """
    from .corpus import build

    if not sources and not db:
        _err("give files or folders of articles, or --db STORE")
        raise typer.Exit(2)
    if sources and db:
        _err("give files and folders, or --db STORE, not both (ingest the files into the store first)")
        raise typer.Exit(2)
    failures: list[InputError] = []
    by_name: dict[str, Any] = {}
    if db:
        result = _stored(db)
    else:
        recs, failures = read_records(list(sources or []), allow_private=allow_private)
        for f in failures:
            _err(str(f))
        names = [Path(r.article.source).name if r.article.source else r.article.id for r in recs]
        by_name = dict(zip(names, recs))
        result = build(recs, names)
    text = json.dumps(result, indent=1, ensure_ascii=False) if fmt is CorpusFormat.json else text_summary(result, by_name)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    if failures:
        raise typer.Exit(1)


@app.command()
def timeline(
    actor: str = typer.Argument(..., help="The actor: its stored id, or a name to look up."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fmt: CorpusFormat = typer.Option(CorpusFormat.text, "--format", "-f", help="json or text."),
    kind: Optional[str] = typer.Option(None, "--kind", help="statement or event (default: both)."),
    limit: int = typer.Option(500, "--limit", min=1, max=5000),
    acts: str = typer.Option("statements", "--acts", help="The attributions listed: statements (say, write), all, or acts with commas (say,write,think,decide,other)."),
) -> None:
    """An actor's statements and events across the stored articles, in date order."""
    from .cli_store import _open_existing
    from .corpus.timelines import find_actor, text_timeline
    from .corpus.timelines import timeline as get_timeline
    from .params import acts_param

    try:
        acts_param(acts)
    except ValueError as e:
        _err(f"--acts: {e}")
        raise typer.Exit(2)
    store = _open_existing(db)
    try:
        aid: Any = int(actor) if actor.isdigit() else find_actor(store, actor)
        tl = get_timeline(store, aid, limit=limit, kind=kind, act=acts) if aid is not None else None
    finally:
        store.close()
    if tl is None:
        _err(f"no actor {actor!r} in the store")
        raise typer.Exit(1)
    sys.stdout.write((json.dumps(tl, indent=1, ensure_ascii=False, default=str) if fmt is CorpusFormat.json else text_timeline(tl)) + "\n")
