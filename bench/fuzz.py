"""A fuzzing campaign over `extract` and `analyze` (newsgraph.pipeline), driven by hypothesis.

    python bench/fuzz.py [--minutes 10] [--out /tmp/newsgraph-fuzz] [--seed 0] [--target both]
                         [--examples-per-run 100] [--timeout 120] [--slow 20] [--no-seeds]

Generates hostile-ish articles, plain text and HTML: unbalanced and doubled quotation marks of
every style, zero-width, bidi and other invisible characters, odd white space, combining marks,
lone surrogates, mixed scripts, huge and malformed numbers, date-like strings (impossible days,
years 0 and 9999, far-off relative dates), datelines, deeply nested and unclosed tags, garbage
metadata and JSON-LD; real articles (data/sample, ../shared's seed and PolNeAR dev texts) with
such things put in, stretches cut or repeated, one mark swapped for another all through; and
publication dates at the ends of the calendar. For each it checks:

- extract: an Article or an InputError, nothing else; where the body maps to the input
  (plain text), every non-space body character is the input character its offset names
  (a lone surrogate read as U+FFFD);
- analyze: a Record or an InputError that is not a crash in disguise ("could not extract the
  article (...)", "analysis failed (...)"); every span inside the text it points into (the
  body; the title for a title attribution) with text == that slice (Record.check_spans); the
  record survives to_json/from_json.

Each failure is shrunk by hypothesis to a small input and written to OUT/crash-*.json (the input,
the published date given, the error, the traceback); a failure already found is not reported
again in the same campaign (by signature: exception type and the innermost newsgraph frame). An
input that takes longer than --slow seconds is written to OUT/slow-*.json (not a crash); one
that runs past --timeout is a crash. OUT/summary.json counts examples, minutes and findings.
Every crash found is kept as a regression test in tests/test_fuzz_regressions.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

# ---------------------------------------------------------------------------------------------
# generators

WORDS = (
    "the minister government forces had killed people in north of country and would not withdraw "
    "talks peace agreement village army officials protesters police election vote council troops "
    "mission security spokesman statement week city region attack rebels aid water prices"
).split()
NAMES = [
    "John Smith", "Ms. Roe", "Abdoulaye Diop", "the UN", "MINUSMA", "Reuters", "President Biden",
    "Mr. O'Neill", "Jean-Pierre Lacroix", "al-Assad", "the European Union", "Xi Jinping", "Mali",
    "Dr. Anne-Marie Slaughter-Jones III", "AFP", "Hamas", "the Ministry of Defence",
]
CUES = [
    "said", "told reporters", "according to", "added", "claimed", "wrote", "denied", "warned",
    "said in a statement", "stressed", "believes", "decided", "announced", "asked:", "insisted",
]
QUOTES = [
    '"', "'", "`", "\u00b4", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u201f", "\u201a",
    "\u201b", "\u00ab", "\u00bb", "\u2039", "\u203a", "''", "``", '""', "\u201c\u201d", "\u2018\u2019",
    "\u300c", "\u300d", "\u2e42",
]
INVISIBLE = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202a",
    "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c",
    "\u034f", "\u180e", "\u2061", "\u2062", "\u2063", "\u2064", "\ufe0f", "\U000e0001",
]
SPACES = [
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u00a0", "\u2028", "\u2029", "\u3000", "\x0b",
    "\x0c", "\x85", "\u1680", "\u202f", "\u2007", "\n \n", "\n\u00a0\n", " \n\n\n\n ",
]
ODD = [
    "\u00e9", "e\u0301", "\u0301", "\u0301\u0301\u0301", "\ufb01", "\u216b", "\u00b2", "\u00b9\u2070", "\u00bd",
    "\u0661\u0662\u0663", "\u0967\u0968", "\uff11\uff12", "\U0001d7d9\U0001d7da", "\ud800", "\udfff",
    "\U0001f1fa\U0001f1f3", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\x00", "\x07", "\x7f",
    "\ufffd", "\u2126", "\u0130", "\u00df", "\u01c5", "\u03a3\u0391\u03a3", "\u041f\u0440\u0438\u0432\u0435\u0442",
    "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u4e2d\u6587", "\ud55c\uad6d\uc5b4",
    "\u0395\u03bb\u03bb\u03ac\u03b4\u03b1", "\u041coscow", "\u0130stanbul", "\u1e9e", "\uff21\uff22\uff23",
    "\u2014", "\u2013", "\u2026", "\u2212", "&amp;", "&#0;", "<b>", "</p>", "\\", "%s", "{}", "$1",
    "(", ")", "[", "]", "...", "--", "\u00b7", "\u2022", "\u0085", "\U0010ffff", "\uffff",
]
NUMBERS = [
    "1" * 400, "9" * 30, "1e400", "1e-400", "-0", "0.0.0", "1,000,000,000,000,000,000,000", "$3.5bn",
    "\u20ac1.2 trillion", "3.5%", "12,5", "1/0", "0/0", "3-4", "10 to 20",
    "nine hundred and ninety-nine quintillion", "1.7976931348623157e308", "NaN", "inf", "1,2,3,4,5,6",
    "10^9999", "1.000.000", "99.999.999,99", "2-3 million", "a dozen", "half", "-5 people",
    "0 percent", "100000000000000000000000000000 dollars", "$", "%", "1.5.", ".5", "5.", "1,,000",
    "3 1/2", "\u00bd million", "one and a half", "zero", "million million million", "12th", "\u00a3-3",
    "between 5 and", "up 99999999% from", "1 in 0", "per cent per cent", "5 km/h/h", "-1e308 tonnes",
]
DATES = [
    "31/02/2024", "2024-13-45", "March 32, 2024", "0000-00-00", "9999-12-31", "0001-01-01",
    "Feb. 29, 2023", "Feb 29 2024", "the 1990s", "the 19000s", "20 years ago", "99999 years ago",
    "next Tuesday", "last month", "in 10000 years", "12/12/12", "1e5 BC", "2024", "0",
    "the 21st century", "the 999th century", "June 30", "30 June 99999", "10:30 a.m.",
    "Monday, March 4", "since 1", "for 1000000000000 days", "from 1999 to 1888", "in the year 3000",
    "a 99999999999999999999-year mandate", "Q5 2024", "mid-March", "early 2000s", "4 decades", "24/7",
    "next year", "last year", "this week", "tomorrow", "yesterday", "in 9999 years",
    "9999999999 days ago", "the 0s", "the 10th century BC", "March 2024", "December 9999",
    "January 0001", "9 years from now", "1st of Undecimber", "the 99th of March", "31 April",
    "in the 1800s", "on 30 February", "earlier this month", "the past 5000000 years", "last decade",
]
DATELINES = [
    "BAMAKO, June 30 (Reuters) - ", "LONDON \u2014 ", "Kyiv, Ukraine (CNN) -- ",
    "GAZA CITY, Gaza Strip, Feb. 31, 2024 (AP) \u2013 ", "X, 99 March 2024 (Y) - ", "UN \u2014 ",
    "NEW YORK, December 32 (AFP) - ", "A\u200bB, 1 May 9999 (Z) - ", "PARIS, 0 Jan 0000 -- ",
]
PUBLISHED = [None, "2024-03-05", "0001-01-01", "9999-12-31", "1900-02-28", "2100-12-31", "2024-02-29"]

_TOKEN = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS), st.sampled_from(WORDS),
    st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(QUOTES), st.sampled_from(INVISIBLE),
    st.sampled_from(ODD), st.sampled_from(NUMBERS), st.sampled_from(DATES), st.sampled_from(SPACES),
    st.text(max_size=4),  # any code point hypothesis picks, surrogates included
)


@st.composite
def sentence(draw: Any) -> str:
    toks = draw(st.lists(_TOKEN, min_size=1, max_size=30))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", "", "\u00a0", "\n"]), min_size=len(toks), max_size=len(toks)))
    # a quotation around part of it, often unbalanced
    if draw(st.booleans()):
        k = draw(st.integers(0, len(toks)))
        toks.insert(k, draw(st.sampled_from(QUOTES)))
        seps.insert(k, "")
    end = draw(st.sampled_from([".", ".", "?", "!", "", ",\u201d", ".\"", "\u2026", ":", "\u201d said " + NAMES[0] + "."]))
    return "".join(t + s for t, s in zip(toks, seps)).strip(" ") + end


@st.composite
def paragraph(draw: Any) -> str:
    ss = draw(st.lists(sentence(), min_size=1, max_size=5))
    p = " ".join(ss)
    if draw(st.integers(0, 9)) == 0:
        p = p * draw(st.integers(2, 60))  # a long run of the same marks and numbers
    return p


@st.composite
def plain_text(draw: Any) -> str:
    paras = draw(st.lists(paragraph(), min_size=1, max_size=8))
    if draw(st.booleans()):
        paras[0] = draw(st.sampled_from(DATELINES)) + paras[0]
    if draw(st.booleans()):
        # a story-shaped head: a title, a byline, a date line
        head = [draw(sentence()).rstrip("."), "By " + draw(st.sampled_from(NAMES)), draw(st.sampled_from(DATES))]
        paras = head[: draw(st.integers(1, 3))] + paras
    seps = draw(st.lists(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n \n", "\u2029", "\n\n\n\n"]),
                         min_size=len(paras), max_size=len(paras)))
    return "".join(p + s for p, s in zip(paras, seps))


_TAGS = ["div", "p", "span", "article", "section", "blockquote", "q", "em", "b", "a", "li", "ul",
         "figure", "figcaption", "table", "td", "tr", "h1", "h2", "font", "main", "header", "footer",
         "time", "script", "style", "noscript", "template", "svg", "math", "iframe", "pre", "br", "img"]


@st.composite
def html_page(draw: Any) -> str:
    paras = draw(st.lists(paragraph(), min_size=1, max_size=8))
    body = []
    for p in paras:
        tag = draw(st.sampled_from(["p", "p", "p", "div", "blockquote", "li", "h2", "figcaption", "q", "span"]))
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", "", "</div>", "</p></p>"]))
        body.append(f"<{tag}>{p}{close}")
    depth = draw(st.sampled_from([0, 0, 1, 5, 50, 300, 2000]))
    wrap = draw(st.sampled_from(["div", "span", "section", "blockquote", "b", "table"]))
    inner = "".join(body)
    if draw(st.booleans()):
        k = draw(st.integers(0, len(body)))
        body.insert(k, "<" + draw(st.sampled_from(_TAGS)) + draw(st.sampled_from(["", " class=\"x", " a='\u201c'", " >", "/", " x=&#1114112;"])) + ">")
        inner = "".join(body)
    inner = f"<{wrap}>" * depth + inner + (f"</{wrap}>" * depth if draw(st.booleans()) else "")
    date = draw(st.sampled_from(DATES + ["2024-03-05T10:00:00Z", "2024-03-05T25:61:61+99:99", "", "\u0000"]))
    meta = draw(st.sampled_from([
        "",
        f'<meta property="article:published_time" content="{date}">',
        f'<meta name="author" content="{draw(st.sampled_from(NAMES + ODD))}">',
        f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{date}",'
        f'"author":[{{"name":null}},"{draw(st.sampled_from(NAMES))}",7],"articleBody":3}}</script>',
        '<script type="application/ld+json">{"@graph":[[[[{"@type":["NewsArticle",null]}]]]],"headline":{}}</script>',
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":1e400,"author":{"name":{"x":1}}}</script>',
        "<script type=\"application/ld+json\">{not json</script>",
        f'<time datetime="{date}">{date}</time>',
    ]))
    title = draw(st.sampled_from(["", f"<title>{draw(sentence())}</title>", "<title></title>", "<title><title>"]))
    lang = draw(st.sampled_from(["", ' lang="en"', ' lang="ar" dir="rtl"', ' lang="\u200b"']))
    return f"<!DOCTYPE html><html{lang}><head>{title}{meta}</head><body>{inner}</body></html>"


def seed_articles(limit: int = 4000) -> list[str]:
    """Real articles to mutate: the demo's samples, the golden example and PolNeAR dev texts
    where ../shared has them, each cut to `limit` characters (a bound on the cost per input)."""
    here = Path(__file__).resolve().parents[1]
    files = sorted((here / "data" / "sample").glob("*.txt")) + sorted((here / "data" / "sample").glob("*.html"))
    shared = here.parent / "shared"
    files += sorted((shared / "seed").glob("*.txt")) + sorted((shared / "polnear" / "dev" / "text").glob("*.txt"))[:20]
    return [f.read_text(encoding="utf-8", errors="replace")[:limit] for f in files]


SEEDS: list[str] = []
_FRAGMENT = st.one_of(
    st.sampled_from(QUOTES), st.sampled_from(INVISIBLE), st.sampled_from(ODD), st.sampled_from(NUMBERS),
    st.sampled_from(DATES), st.sampled_from(SPACES), st.sampled_from(DATELINES), st.text(max_size=6),
    st.sampled_from(["<div>", "</p>", "<q>", "<!--", "-->", "<script>", "<br>", "&nbsp;", "&#x202e;"]),
)


@st.composite
def mutated(draw: Any) -> str:
    """A real article with hostile edits: fragments put in, stretches cut or repeated, one kind
    of mark or space swapped for another all through."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 8))):
        n = len(text)
        i = draw(st.integers(0, n))
        op = draw(st.sampled_from(["insert", "insert", "insert", "cut", "repeat", "swap"]))
        if op == "insert":
            text = text[:i] + draw(_FRAGMENT) + text[i:]
        elif op == "cut":
            text = text[:i] + text[i + draw(st.integers(1, 200)):]
        elif op == "repeat":
            j = min(n, i + draw(st.integers(1, 80)))
            text = text[:i] + text[i:j] * draw(st.integers(2, 40)) + text[j:]
        else:
            old = draw(st.sampled_from(['"', "'", " ", "\n", ".", ",", "-", "“", "”", "’"]))
            text = text.replace(old, draw(st.one_of(st.sampled_from(QUOTES), st.sampled_from(SPACES), st.sampled_from(INVISIBLE))))
    return text


@st.composite
def case(draw: Any) -> dict:
    gens = [plain_text(), plain_text(), html_page()] + ([mutated(), mutated(), mutated()] if SEEDS else [])
    content = draw(st.one_of(*gens))
    return {"content": content, "published": draw(st.sampled_from(PUBLISHED))}


# ---------------------------------------------------------------------------------------------
# checks

class Finding(Exception):
    """A crash or a broken invariant, with a signature to tell one bug from another."""

    def __init__(self, kind: str, message: str, signature: str, tb: str = ""):
        super().__init__(f"{kind}: {message}")
        self.kind, self.message, self.signature, self.tb = kind, message, signature, tb


class Hang(Exception):
    pass


def _signature(exc: BaseException) -> str:
    """Exception type and the innermost frame in newsgraph's code (else the innermost frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if "newsgraph" in f.filename and "bench" not in f.filename]
    f = (own or frames or [None])[-1]
    # by function, not line: the line numbers move as the code is edited
    where = f"{Path(f.filename).name}:{f.name}" if f is not None else "?"
    return f"{type(exc).__name__}@{where}"


def _crash(kind: str, exc: BaseException) -> Finding:
    tb = "".join(traceback.format_exception(exc))
    return Finding(kind, f"{type(exc).__name__}: {exc}"[:500], _signature(exc), tb)


def _direct_analysis(art: Any) -> None:
    """The pipeline run on one article without analyze_articles' catch-all, to get the
    traceback an "analysis failed" InputError hides (it is raised from here)."""
    from newsgraph.nlp import caption_docs, get_nlp, seed_text
    from newsgraph.pipeline import caption_dates, record_from_doc

    nlp = get_nlp()
    d = nlp.make_doc(art.body)
    d._.published = art.published
    seed_text(d, art.body)
    rec = record_from_doc(art, nlp(d))
    if art.captions:
        cdocs = caption_docs(art, nlp)
        rec.dates.extend(caption_dates(art, cdocs))
        from newsgraph.components.actors import caption_actors

        caption_actors(art, rec.actors, nlp, cdocs)


def check_extract(content: str, published: str | None) -> Any:
    """The Article, or None for an InputError that is an honest refusal; raises Finding."""
    from newsgraph.errors import InputError
    from newsgraph.pipeline import Item, extract

    try:
        art = extract(Item(content=content, published=published))
    except InputError as e:
        if "could not extract the article" in e.reason:
            raise _crash("extract", e.__cause__ or e) from e
        return None
    except Hang:
        raise
    except Exception as e:
        raise _crash("extract", e) from e
    body = art.body
    if body != body.strip() or not body:
        raise Finding("extract-body", f"body not trimmed or empty: {body[:40]!r}", "body-trim")
    offs = art._source_offsets
    if offs is not None:
        from newsgraph.pipeline import _encodable

        content = _encodable(content)  # lone surrogates become U+FFFD, one for one
        if len(offs) != len(body) + 1:
            raise Finding("extract-offsets", f"{len(offs)} offsets for {len(body)} characters", "offsets-len")
        for i, ch in enumerate(body):
            if not ch.isspace() and (offs[i] >= len(content) or content[offs[i]] != ch):
                got = content[offs[i]] if offs[i] < len(content) else "<end>"
                raise Finding("extract-offsets", f"body[{i}]={ch!r} but input[{offs[i]}]={got!r}", "offsets-char")
        if any(b < a for a, b in zip(offs, offs[1:])):
            raise Finding("extract-offsets", "offsets go backwards", "offsets-order")
    return art


def check_analyze(content: str, published: str | None, art: Any) -> None:
    from newsgraph.errors import InputError
    from newsgraph.pipeline import Item, analyze_many
    from newsgraph.record import Record

    try:
        out = next(analyze_many([Item(content=content, published=published)], errors="yield"))
    except Hang:
        raise
    except Exception as e:
        raise _crash("analyze", e) from e
    if isinstance(out, InputError):
        if "analysis failed" in out.reason:
            try:
                _direct_analysis(art)
            except Hang:
                raise
            except Exception as e:
                raise _crash("analyze", e) from e
            raise Finding("analyze", out.reason[:500], "analysis-failed:" + out.reason.split("(", 1)[-1][:60])
        if art is not None:
            raise Finding("analyze", f"extract gave an article, analyze refused it: {out.reason}", "refused")
        return
    rec = out
    bad = rec.check_spans()
    for where, s, n in _spans(rec):
        if s is not None and not (0 <= s.start <= s.end <= n):
            bad.append(f"{where}: {s.start}-{s.end} outside its text (0-{n})")
    if bad:
        raise Finding("spans", "; ".join(bad)[:500], "spans:" + bad[0].split(":")[0].split(" ")[0])
    try:
        back = Record.from_json(rec.to_json())
    except Exception as e:
        raise _crash("json", e) from e
    if back.model_dump() != rec.model_dump():
        diff = [k for k in rec.model_dump() if rec.model_dump()[k] != back.model_dump()[k]]
        raise Finding("json", f"the record changes through JSON: {diff}", "json-roundtrip:" + ",".join(diff))


def _spans(rec: Any):
    """(where, span, length of the text it points into): the body, or the title for a title
    attribution (where="title")."""
    n = len(rec.article.body)
    for a in rec.actors:
        for m in a.mentions:
            yield f"actor {a.id}", m, n
    for i, at in enumerate(rec.attributions):
        k = len(rec.article.title or "") if getattr(at, "where", None) == "title" else n
        yield f"attribution {i} speaker", at.speaker, k
        yield f"attribution {i} context", at.context_speaker, k
        yield f"attribution {i} cue", at.cue, k
        for c in at.content:
            yield f"attribution {i} content", c, k
    for i, f in enumerate(rec.figures):
        yield f"figure {i}", f.span, n
        yield f"figure {i} event", f.event, n
        yield f"figure {i} about", f.about, n
    for i, d in enumerate(rec.dates):
        if getattr(d, "where", None) != "caption":
            yield f"date {i}", d.span, n
    for i, e in enumerate(rec.events):
        yield f"event {i}", e.span, n
        yield f"event {i} trigger", e.trigger, n
        for m in e.mentions:
            yield f"event {i} mention", m, n


# ---------------------------------------------------------------------------------------------
# the campaign

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--out", default="/tmp/newsgraph-fuzz")
    ap.add_argument("--seed", type=int, default=0, help="first hypothesis seed (each run of examples takes the next)")
    ap.add_argument("--target", choices=["extract", "analyze", "both"], default="both",
                    help="extract only (fast), or extract then analyze (the default)")
    ap.add_argument("--examples-per-run", type=int, default=100)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds after which an input is a hang (a crash)")
    ap.add_argument("--slow", type=float, default=20.0, help="seconds after which an input is written down as slow")
    ap.add_argument("--no-seeds", action="store_true", help="generated articles only (no mutated real ones)")
    a = ap.parse_args()
    if not a.no_seeds:
        SEEDS.extend(seed_articles())
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)

    if a.target != "extract":
        from newsgraph.nlp import get_nlp

        get_nlp()  # loaded once, before the clock runs
    t0 = time.monotonic()
    deadline = t0 + a.minutes * 60
    known: set[str] = {json.loads(p.read_text())["signature"] for p in out.glob("crash-*.json")}
    stats = {"examples": 0, "extracted": 0, "refused": 0, "crashes": 0, "known_hits": 0, "slow": 0, "runs": 0}
    last: dict[str, Any] = {}

    def on_alarm(signum: int, frame: Any) -> None:
        raise Hang(f"no answer after {a.timeout:.0f} s")

    signal.signal(signal.SIGALRM, on_alarm)

    def write(kind: str, sig: str, payload: dict) -> Path:
        h = hashlib.sha1(sig.encode()).hexdigest()[:8]
        p = out / f"{kind}-{h}-{int(time.time())}.json"
        p.write_text(json.dumps(payload, ensure_ascii=True, indent=1), encoding="utf-8")
        return p

    def summary() -> None:
        s = dict(stats, minutes=round((time.monotonic() - t0) / 60, 2), target=a.target, known=sorted(known))
        (out / "summary.json").write_text(json.dumps(s, indent=1), encoding="utf-8")

    def prop(c: dict) -> None:
        last.clear()
        last.update(c)
        stats["examples"] += 1
        t = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, a.timeout)
        try:
            art = check_extract(c["content"], c["published"])
            stats["extracted" if art is not None else "refused"] += 1
            if a.target != "extract":
                check_analyze(c["content"], c["published"], art)
        except Hang as e:
            f = Finding("hang", str(e), "hang", "".join(traceback.format_exception(e)))
            if f.signature in known:
                stats["known_hits"] += 1
                return
            raise f from e
        except Finding as f:
            if f.signature in known:
                stats["known_hits"] += 1
                return
            raise
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.perf_counter() - t
        if took > a.slow:
            stats["slow"] += 1
            write("slow", f"{took}", {"seconds": round(took, 1), "length": len(c["content"]), **c})

    run = 0
    while time.monotonic() < deadline:
        s = a.seed + run
        # a fresh wrapper each run: hypothesis decorates a function once
        test = settings(max_examples=a.examples_per_run, deadline=None, database=None,
                        suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink],
                        print_blob=False, report_multiple_bugs=False)(seed(s)(given(c=case())(lambda c: prop(c))))
        try:
            test()
        except Finding as f:
            # hypothesis replays the shrunk example last: `last` holds it
            known.add(f.signature)
            stats["crashes"] += 1
            p = write("crash", f.signature, {
                "signature": f.signature, "kind": f.kind, "error": f.message, "seed": s,
                "published": last.get("published"), "content": last.get("content"),
                "length": len(last.get("content") or ""), "traceback": f.tb,
            })
            print(f"[{(time.monotonic() - t0) / 60:.1f} min] CRASH {f.signature}: {f.message[:200]} -> {p}", flush=True)
        except Exception as e:
            # hypothesis itself: a failure that did not happen again when replayed (state kept
            # between inputs, or a time limit), say: written down with what it raised
            inner = getattr(e, "exceptions", None) or [e]
            sig = "flaky:" + ",".join(sorted({getattr(x, "signature", type(x).__name__) for x in inner}))
            p = write("flaky", sig, {
                "signature": sig, "seed": s, "error": f"{type(e).__name__}: {str(e)[:2000]}",
                "inner": ["".join(traceback.format_exception(x))[-3000:] + getattr(x, "tb", "")[-3000:] for x in inner],
                "published": last.get("published"), "content": last.get("content"),
            })
            print(f"run {s}: {type(e).__name__} {sig} -> {p}", flush=True)
        run += 1
        stats["runs"] = run
        summary()
        print(f"[{(time.monotonic() - t0) / 60:.1f} min] seed {s}: {stats}", flush=True)
    summary()
    print(json.dumps(dict(stats, minutes=round((time.monotonic() - t0) / 60, 2))))


if __name__ == "__main__":
    main()
