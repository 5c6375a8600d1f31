"""Article in, record out: extraction, then the one spaCy pipeline in batches, then the record.

    analyze(text_or_html, published=..., publisher=..., url=...) -> Record
    analyze_many(items) -> Iterator[Record]          # batches through nlp.pipe, model loaded once

Each item has a time budget (TIME_BUDGET_S, or NEWSGRAPH_TIME_BUDGET, or the `time_budget`
argument; 0 for none) for its extraction and again for its analysis: past it the item fails
with that reason and the batch goes on. A long body is analysed in pieces (nlp.parse_text), so
that its time and memory grow with its length and no more.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import gc
import os
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .errors import InputError
from .extract.page import Page
from .record import Article, Record, body_id

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAG = re.compile(r"<(?:p|div|span|a|br|article|section|h[1-6]|meta|script|li|ul|img|figure)\b[^>]*>", re.I)


# seconds an item may take to be extracted, and again to be analysed (0: no limit)
TIME_BUDGET_S = 60.0


def default_time_budget() -> float:
    """NEWSGRAPH_TIME_BUDGET (seconds, 0 for none) where set, else TIME_BUDGET_S."""
    raw = os.environ.get("NEWSGRAPH_TIME_BUDGET", "").strip()
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            pass
    return TIME_BUDGET_S


class ItemTimeout(Exception):
    """An item ran past its time budget."""


class TimeBudget:
    """`with TimeBudget(seconds) as tb:` ... raises ItemTimeout once `seconds` have passed.

    In a process's main thread, with no other alarm set, a SIGALRM timer raises it wherever the
    work is (between two Python steps: a long C call finishes first); elsewhere only `tb.check()`
    raises it, and the pipeline calls that after each piece of a long text and each component.
    seconds <= 0: no budget."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds or 0.0
        self.deadline: float | None = None
        self._armed = False
        self._prev: Any = None

    def __enter__(self) -> "TimeBudget":
        if self.seconds <= 0:
            return self
        self.deadline = time.monotonic() + self.seconds
        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            prev = signal.getsignal(signal.SIGALRM)
            if prev in (signal.SIG_DFL, signal.SIG_IGN, None) and signal.getitimer(signal.ITIMER_REAL)[0] == 0:
                self._prev = prev
                signal.signal(signal.SIGALRM, self._fire)
                self._armed = True
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def _fire(self, signum: int, frame: Any) -> None:
        if self._armed:
            raise ItemTimeout()

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise ItemTimeout()

    def __exit__(self, *exc: Any) -> None:
        if self._armed:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            finally:
                self._armed = False
                signal.signal(signal.SIGALRM, self._prev if self._prev is not None else signal.SIG_DFL)


def _over_budget(seconds: float, what: str) -> str:
    return f"{what} stopped after {seconds:g} s (the time budget per item)"


def _short(e: BaseException) -> str:
    """An exception in one short line (spaCy's messages run to hundreds of characters)."""
    msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
    if len(msg) > 160:
        msg = msg[:157] + "..."
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def looks_like_html(text: str) -> bool:
    """An HTML document, or text so dense in tags that it can only be markup."""
    if _HTML_START.match(text[:4096]):
        return True
    head = text[:20000]
    return len(_TAG.findall(head)) >= 5 and head.lstrip().startswith("<")


@dataclass
class Item:
    """One article to analyse: its content and what the caller knows about it."""

    content: str
    name: str = "<text>"
    kind: Literal["html", "text"] | None = None  # None: sniff
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    # a date known from outside the page (a WARC record's date): used where the page has none
    fallback_published: str | None = None
    # a web-archive record (the page may be anything a crawler met): a page not in English,
    # or with too little article text, is refused with the reason
    from_archive: bool = False

    @classmethod
    def from_source(
        cls, src: Any, *, published: str | None = None, publisher: str | None = None, url: str | None = None
    ) -> "Item":
        """The Item for an ingest.Source; `published`, `publisher`, `url` are the caller's
        (--published, --publisher, --url) and win over what the source knows."""
        return cls(
            content=src.content,
            name=src.name,
            kind=getattr(src, "kind", None),
            published=published,
            publisher=publisher,
            url=url or getattr(src, "url", None),
            fallback_published=getattr(src, "fallback_published", None),
            from_archive=getattr(src, "archive", None) is not None,
        )


# an archived page whose article body has fewer words than this is not taken for an article
MIN_ARCHIVE_WORDS = 50


def check_date(value: str | None, what: str = "--published") -> str | None:
    if value is None or value == "":
        return None
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise InputError(what, f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _extract_page(item: Item) -> Page | None:
    kind = item.kind or ("html" if looks_like_html(item.content) else "text")
    page: Page | None
    if kind == "html":
        from .extract.html import extract_html

        page = extract_html(item.content, url=item.url)
        if page is not None and not page.dateline:
            # "VANTIRO, 5 March (TNB) –": the same dateline rule as plain-text pages
            from .extract.dateline import split_dateline

            page.body, page.dateline, dl_date = split_dateline(page.body)
            if dl_date and not page.published:
                page.published, page.published_from = dl_date, "dateline"
    else:
        from .extract.text import extract_text

        page = extract_text(item.content)
    return page


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> str:
    """`text` with each lone surrogate (JSON's "\\ud800", a name decoded with surrogateescape)
    made U+FFFD, one for one so that offsets into the input hold: spaCy and the body's hash
    encode the text as UTF-8, which has no surrogates."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def extract(item: Item, *, time_budget: float | None = None) -> Article:
    """Page (HTML or text) -> Article, or InputError naming the item. `time_budget`: seconds
    (None: default_time_budget(); 0: none)."""
    if not item.content or not item.content.strip():
        raise InputError(item.name, "empty page")
    if isinstance(item.content, str) and (clean := _encodable(item.content)) is not item.content:
        item = dataclasses.replace(item, content=clean)
    budget = default_time_budget() if time_budget is None else time_budget
    try:
        with TimeBudget(budget):
            page = _extract_page(item)
    except InputError:
        raise
    except ItemTimeout:
        raise InputError(item.name, _over_budget(budget, "extraction")) from None
    except Exception as e:  # a page our extractors choke on must not stop a batch
        raise InputError(item.name, f"could not extract the article ({_short(e)})") from e
    if page is None or not page.body.text.strip():
        if item.from_archive:
            raise InputError(item.name, "not an article (no article text found on the page)")
        raise InputError(item.name, "no article text found on the page")
    if item.from_archive:
        from .ingest.language import not_english

        why = not_english(page.body.text, page.title, page.language)
        if why:
            raise InputError(item.name, why)
        n_words = len(page.body.text.split())
        if n_words < MIN_ARCHIVE_WORDS:
            raise InputError(item.name, f"not an article (only {n_words} words of article text)")
    published = check_date(item.published)
    published_from = "given" if published else None
    if not published and page.published:
        try:
            published, published_from = check_date(page.published, "page date"), page.published_from or "page"
        except InputError:
            pass  # a malformed date on the page is no date, not a failure
    if not published and item.fallback_published:
        try:
            published, published_from = check_date(item.fallback_published, "archive date"), "crawl"
        except InputError:
            pass
    art = Article(
        id=body_id(page.body.text),
        url=item.url or page.url,
        publisher=item.publisher or page.site_name,
        published=published,
        published_from=published_from,
        # the page's instant only where the page's own date is the one kept
        published_at=page.published_at if published and published == page.published else None,
        language="en" if item.from_archive else page.language or "en",
        title=page.title,
        byline=page.byline,
        authors=list(page.authors),
        captions=list(page.captions),
        body=page.body.text,
        removed=list(page.removed),
        source=item.name,
        dateline=page.dateline,
    )
    if page.maps_to_input:
        art._source_offsets = list(page.body.offsets)
    return art


def _to_item(x: Any) -> Item:
    if isinstance(x, Item):
        return x
    if isinstance(x, str):
        return Item(content=x)
    if isinstance(x, dict):
        return Item(
            content=x.get("content") or x.get("text") or x.get("html") or "",
            name=x.get("name") or x.get("url") or "<text>",
            kind=x.get("kind"),
            published=x.get("published"),
            publisher=x.get("publisher"),
            url=x.get("url"),
        )
    # an ingest.Source, duck-typed
    if hasattr(x, "content") and hasattr(x, "name"):
        return Item.from_source(x)
    raise InputError(f"<{type(x).__name__}>", "cannot analyse this kind of item: give text, HTML, a dict or a Source")


def caption_dates(article: Article, cdocs: list[Any]) -> list[Any]:
    """Dates in image captions ("... on December 8, 2021. (Photo by AFP)").

    Their spans are offsets into the caption's text, not the body: each carries
    `where="caption"` and `caption` (its index in article.captions).
    """
    from .components.dates import find_dates

    out = []
    for i, cdoc in enumerate(cdocs):
        if cdoc is None:
            continue
        for d in find_dates(cdoc, article.published):
            d.where = "caption"
            d.caption = i
            out.append(d)
    return out


def record_from_doc(article: Article, doc: Any) -> Record:
    return Record(
        article=article,
        actors=list(doc._.actors or []),
        attributions=list(doc._.attributions or []),
        figures=list(doc._.figures or []),
        dates=list(doc._.dates or []),
        events=list(doc._.events or []),
    )


_WARM = "Officials said on Monday that 12 people had met in Paris, the minister told reporters. \"We will go on,\" she said."
_warmed: set[int] = set()


def _warm_up(nlp: Any) -> None:
    """Run the pipeline once on a short text, outside any time budget: the tables components
    load on first use must not be cut off half-loaded by the first item's budget.

    Then the objects alive (the model and the tables, about 250k that the cyclic garbage
    collector tracks) are put out of its reach (gc.freeze): each of its full collections walked
    them all (about 0.14 s each, two in a pass over the 84 PolNeAR dev texts), and they live as
    long as the process anyway. What the analysis makes afterwards is collected as before."""
    if id(nlp) not in _warmed:
        _warmed.add(id(nlp))
        d = nlp.make_doc(_WARM)
        d._.published = None
        nlp(d)
        gc.collect()
        gc.freeze()


# the pipes a title's parse (title_docs) leaves out: their output on a title is not read
_TITLE_SKIP = ("newsgraph_dates", "newsgraph_figures", "newsgraph_events")


class _ParsedTitle:
    """The pipeline as title_attributions uses it, with the title already parsed in its batch:
    make_doc of that text gives the parsed Doc and calling on it returns it; anything else goes
    to the pipeline itself."""

    def __init__(self, nlp: Any, doc: Any):
        self._nlp, self._doc = nlp, doc

    def make_doc(self, text: str) -> Any:
        return self._doc if text == self._doc.text else self._nlp.make_doc(text)

    def __call__(self, doc: Any) -> Any:
        return doc if doc is self._doc else self._nlp(doc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


def analyze_articles(
    articles: Iterable[Article], *, batch_size: int = 16, time_budget: float | None = None
) -> Iterator[Record | InputError]:
    """Run the NLP pipeline over extracted articles, in batches, the model loaded once.

    An article that makes a stage fail, or takes longer than `time_budget` seconds (None:
    default_time_budget(); 0: no limit), comes out as an InputError in its place. A long body
    (nlp.needs_pieces) is analysed alone and in pieces (nlp.parse_text)."""
    from .nlp import caption_docs, get_nlp, needs_pieces, parse_text, seed_text

    nlp = get_nlp()
    budget = default_time_budget() if time_budget is None else time_budget
    _warm_up(nlp)
    pending: list[Article] = []

    def docs(arts: list[Article]):
        for a in arts:
            d = nlp.make_doc(a.body)
            d._.published = a.published
            seed_text(d, a.body)
            yield d

    def finish(art: Article, doc: Any, title_doc: Any = None) -> Record:
        rec = record_from_doc(art, doc)
        if art.captions:
            # captions are not body text, but they name actors and dates
            cdocs = caption_docs(art, nlp)
            if "newsgraph_dates" in nlp.pipe_names:
                rec.dates.extend(caption_dates(art, cdocs))
            if "newsgraph_actors" in nlp.pipe_names:
                from .components.actors import caption_actors

                caption_actors(art, rec.actors, nlp, cdocs)
        if art.title and "newsgraph_attributions" in nlp.pipe_names:
            # the headline's attributions ("..., Hamas says"): where="title", spans into the
            # title, after the body's so that the body's keep their places
            from .components.attributions import title_attributions

            rec.attributions.extend(title_attributions(rec, nlp if title_doc is None else _ParsedTitle(nlp, title_doc)))
        return rec

    def title_docs(arts: list[Article]) -> list[Any]:
        """The batch's titles as title_attributions reads them, parsed together in one nlp.pipe
        (one by one, each short title paid spaCy's whole per-call cost: about 8 ms against 5)."""
        if "newsgraph_attributions" not in nlp.pipe_names:
            return [None] * len(arts)
        try:
            from .components.attributions import _sentence_case
        except ImportError:  # title_attributions parses its title itself
            return [None] * len(arts)
        todo = []
        for a in arts:
            title = a.title or ""
            if title.strip() and any(ch.isalpha() for ch in title):
                text = _sentence_case(title, a.body or "")
                d = nlp.make_doc(text)
                d._.published = a.published
                seed_text(d, text)
                todo.append(d)
        # without the pipes title_attributions does not read (it reads the title's actors and
        # attributions; nothing before events reads dates, figures or events)
        skip = [p for p in _TITLE_SKIP if p in nlp.pipe_names]
        parsed = iter(list(nlp.pipe(todo, batch_size=batch_size, disable=skip)))
        return [next(parsed) if (a.title or "").strip() and any(ch.isalpha() for ch in a.title) else None for a in arts]

    def one(a: Article) -> Record | InputError:
        try:
            with TimeBudget(budget) as tb:
                return finish(a, parse_text(nlp, a.body, published=a.published, check=tb.check))
        except ItemTimeout:
            return InputError(a.source or a.id, _over_budget(budget, "analysis"))
        except Exception as e:
            return InputError(a.source or a.id, f"analysis failed ({_short(e)})")

    def flush() -> Iterator[Record | InputError]:
        done: list[Record | InputError] | None = None
        if len(pending) > 1:
            try:
                # the batch has the budget of one item (a batch of news articles takes seconds)
                with TimeBudget(budget):
                    bodies = list(nlp.pipe(docs(pending), batch_size=batch_size))
                    done = [finish(a, d, t) for a, d, t in zip(pending, bodies, title_docs(pending))]
            except Exception:
                done = None  # one article broke a stage or ran long: one by one, so the others go on
        if done is None:
            done = [one(a) for a in pending]
        pending.clear()
        yield from done

    for art in articles:
        if needs_pieces(art.body):
            yield from flush()  # the ones before it, in their order
            pending.append(art)
            yield from flush()
            continue
        pending.append(art)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def analyze_many(
    items: Iterable[Any],
    *,
    published: str | None = None,
    publisher: str | None = None,
    batch_size: int = 16,
    errors: Literal["raise", "skip", "yield"] = "raise",
    time_budget: float | None = None,
) -> Iterator[Any]:
    """Analyse many articles: strings, dicts ({"content", "published", ...}), Items or Sources.

    errors="raise" stops at the first bad item with its InputError; "skip" leaves bad items
    out; "yield" yields the InputError in the item's place so a caller can report it and go on.
    `published`/`publisher` apply to items that don't give their own. `time_budget`: seconds
    an item may take to be extracted, and again to be analysed (None: default_time_budget();
    0: no limit).
    """
    order: list[Any] = []  # Articles and InputErrors in input order

    def extracted() -> Iterator[Article]:
        for x in items:
            try:
                it = _to_item(x)
                it.published = it.published or published
                it.publisher = it.publisher or publisher
                art = extract(it, time_budget=time_budget)
            except InputError as e:
                if errors == "raise":
                    raise
                if errors == "yield":
                    order.append(e)
                continue
            order.append(art)
            yield art

    # Extraction runs ahead of analysis by at most one batch; errors keep their place.
    records = analyze_articles(extracted(), batch_size=batch_size, time_budget=time_budget)
    for rec in records:
        while order and isinstance(order[0], InputError):
            yield order.pop(0)
        order.pop(0)
        if isinstance(rec, InputError):
            if errors == "raise":
                raise rec
            if errors == "skip":
                continue
        yield rec
    while order:
        yield order.pop(0)


def analyze(
    text_or_html: str,
    *,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Record:
    """Analyse one article given as plain text or HTML."""
    item = Item(content=text_or_html, published=published, publisher=publisher, url=url)
    return next(analyze_many([item], errors="raise"))
