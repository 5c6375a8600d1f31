"""Events: who did what to whom, coded in PLOVER (docs/events.md).

The spaCy component `newsgraph_events` runs last, after actors, attributions, speakers, dates and
figures, and writes `doc._.events` (a list of `newsgraph.record.Event`). It reads one clause at a
time over spaCy's dependency parse with a hand-written lexicon (data/plover_lexicon.json):

1. clause heads: every verb (and "be ready to", "be opposed to") that heads a main, coordinated,
   complement or temporal clause. Relative clauses, participles, purposes ("to press demands")
   and conditions ("if ...", "unless ...") are not events of their own;
2. the predicate's type: the verb's entry (with its particle, preposition, object class or
   subject class), else an event noun it governs ("held talks", "voiced concern", "announced a
   suspension"), else PETRARCH2's CAMEO verb patterns mapped to PLOVER (data/events/verbs.json.gz,
   scripts/build_event_verbs.py), kept only between actors the article names; control verbs read their infinitive ("agreed to", "threatened to", "refused to",
   "urged X to", "voted to end" -> the type of "end the mission"); verbs of saying pass their
   content on: "X said Y must ..." is a REQUEST by X, "X said it would withdraw unless ..." a THREAT;
3. modality: negation flips what the lexicon says it flips ("will not accept" -> REJECT) and flags
   the rest (`negated`); "will" turns promised cooperation into AGREE and announced harm into
   THREATEN; "may", "might", "could", "would have", "plans to" flag the event `hypothetical`;
4. source and target from the same clause: the subject (the agent of a passive; the subject a
   controlled or coordinated verb shares), the speaker for reported content and quotes (via
   `doc._.attributions` where they resolve to an actor), the object, the object's owner
   ("Saddam Hussein's proposal") or a preposition the type expects ("sanctions against X",
   "support for Mali"). Each is mapped to the actor (`doc._.actors`) whose mention covers it,
   else kept as the noun phrase's text;
5. date: the date mention governed by the event's clause, else one governing the sentence's main
   clause, else `doc._.published`; `historical` when that date ended over a month before
   publication ("last year", "in 2013");
6. one action told twice (same type, same source, compatible target) is one event; the later
   evidence goes to `mentions`.

Extra fields on each Event: `trigger` (the predicate's span), `source_text`/`target_text` (the
noun phrases as written, for scorers that match text), `negated`, `hypothetical`, `mentions`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import spacy.symbols
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..record import Event, Span

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "plover_lexicon.json"

PLOVER_TYPES = ("ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")

_NEG_WORDS = {"not", "n't", "never", "no"}
_FUTURE = {"will", "shall", "'ll", "wo"}
_POSSIBLE = {"may", "might", "could"}
_OBLIGE = {"must", "should", "ought"}
_COND_MARKS = {"if", "unless", "lest", "whether"}
_SKIP_ADVCL_MARKS = {"if", "unless", "lest", "whether", "until", "before", "so", "in", "for"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "itself", "themselves"}
_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
_SUBJ = {"nsubj", "nsubjpass", "csubj"}
# types an event may have without a target ("rebels surrendered", "workers rioted")
_ONE_SIDED = frozenset({"PROTEST", "MOBILIZE", "RETREAT", "CONCEDE", "REJECT", "ASSAULT", "COERCE"})
_MISSING = object()


# prepositions whose object can be an event's target, by type, in order of preference
_TARGET_PREPS: dict[str, list[str]] = {
    "default": ["against", "with", "to", "on", "into", "toward", "towards", "at", "from", "for", "over", "between", "in"],
    "ACCUSE": ["against", "over", "about", "for", "with", "on", "to", "into", "in"],
    "REQUEST": ["from", "of", "on", "upon", "to", "with", "by", "in"],
    "SUPPORT": ["for", "to", "with", "behind", "on", "in"],
    "AID": ["to", "for", "in", "into"],
    "AGREE": ["with", "to", "for", "on", "in", "into", "between", "among"],
    "CONSULT": ["with", "to", "between", "among", "in", "at"],
    "ASSAULT": ["against", "on", "in", "at", "into", "near", "with"],
    "SANCTION": ["against", "on", "with", "to", "from", "in", "of", "among"],
    "RETREAT": ["from", "to", "in", "with"],
    "THREATEN": ["against", "on", "to", "with", "in", "from", "among"],
    "PROTEST": ["against", "in", "outside", "at", "over", "to", "from"],
    "MOBILIZE": ["against", "to", "in", "into", "near", "along", "on", "for"],
    "COERCE": ["from", "against", "on", "in", "of"],
    "REJECT": ["from", "by", "of", "with", "to", "in", "for"],
}


# ============================================================================ lexicon


@dataclass(frozen=True)
class Code:
    type: str
    mode: str | None = None
    cameo: str | None = field(default=None, compare=False)  # the CAMEO code it was read from
    pattern: bool = field(default=False, compare=False)  # ... by a phrase pattern, not the verb's default


LIGHT = "LIGHT"


def _code(v: Any) -> Any:
    """'TYPE' | 'TYPE/mode' -> Code; None -> None (not an event); 'LIGHT' kept."""
    if v is None:
        return None
    if v == LIGHT:
        return LIGHT
    t, _, m = str(v).partition("/")
    if t not in PLOVER_TYPES:
        raise ValueError(f"plover_lexicon.json: unknown type {v!r}")
    return Code(t, m or None)


def _codes(d: dict | None) -> dict[str, Any]:
    return {k: _code(v) for k, v in (d or {}).items()}


@dataclass
class VerbEntry:
    type: Any = _MISSING
    obj: dict[str, Any] = field(default_factory=dict)
    prep: dict[str, Any] = field(default_factory=dict)
    prt: dict[str, Any] = field(default_factory=dict)
    subj: dict[str, Any] = field(default_factory=dict)
    oprd: dict[str, Any] = field(default_factory=dict)
    control: str | None = None
    light: bool = False
    neg: Any = None
    report: bool = False
    stative: bool = False
    purpose: bool = False


@dataclass
class NounEntry:
    type: Any
    mod: dict[str, Any] = field(default_factory=dict)


@dataclass
class Lexicon:
    verbs: dict[str, VerbEntry]
    adjectives: dict[str, VerbEntry]
    nouns: dict[str, NounEntry]
    classes: dict[str, frozenset[str]]
    report: frozenset[str]
    epistemic: frozenset[str]
    occur: frozenset[str]
    actor_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    modes: dict[str, list[tuple[str, frozenset[str]]]]
    promise: frozenset[str]
    threat: frozenset[str]
    threat_modes: dict[str, str]


def _verb_entry(v: Any) -> VerbEntry:
    if not isinstance(v, dict):
        return VerbEntry(type=_code(v))
    return VerbEntry(
        type=_code(v["type"]) if "type" in v else _MISSING,
        obj=_codes(v.get("obj")),
        prep=_codes(v.get("prep")),
        prt=_codes(v.get("prt")),
        subj=_codes(v.get("subj")),
        oprd=_codes(v.get("oprd")),
        control=v.get("control"),
        light=bool(v.get("light")),
        neg=_code(v["neg"]) if v.get("neg") else None,
        report=bool(v.get("report")),
        stative=bool(v.get("stative")),
        purpose=bool(v.get("purpose")),
    )


@functools.lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> Lexicon:
    raw = json.loads(Path(path or LEXICON_PATH).read_text(encoding="utf-8"))
    nouns = {}
    for k, v in raw["nouns"].items():
        if isinstance(v, dict):
            nouns[k] = NounEntry(_code(v.get("type")), _codes(v.get("mod")))
        else:
            nouns[k] = NounEntry(_code(v))
    fut = raw["future"]
    return Lexicon(
        verbs={k: _verb_entry(v) for k, v in raw["verbs"].items()},
        adjectives={k: _verb_entry(v) for k, v in raw["adjectives"].items()},
        nouns=nouns,
        classes={k: frozenset(v) for k, v in raw["classes"].items()},
        report=frozenset(raw["report"]),
        epistemic=frozenset(raw["epistemic"]),
        occur=frozenset(raw["occur"]),
        actor_nouns=frozenset(raw["actor_nouns"]),
        quantity_nouns=frozenset(raw["quantity_nouns"]),
        modes={t: [(m, frozenset(ws)) for m, ws in rows] for t, rows in raw["modes"].items()},
        promise=frozenset(fut["promise"]),
        threat=frozenset(fut["threat"]),
        threat_modes=dict(fut["threat_modes"]),
    )


# ============================================================================ the CAMEO verb table


VERBS_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "verbs.json.gz"

# how the CAMEO table sits beside the hand lexicon: "under" (read for verbs the lexicon lacks),
# "over" (also a matching CAMEO pattern beats the lexicon's entry), "off"
CAMEO_MODE = "fill"
# events read from the CAMEO table need a source actor (and, from a verb's default, a target actor)
ACTORS_REQUIRED = True
# a verb's default reading from the table under "will"/"may": "hypothetical" or "modal" (promise/threat)
TABLE_FUTURE = "modal"
# verbs that make a reported measure a decision ("announced it would suspend aid"): no threat
_ANNOUNCE = frozenset({"announce", "decree"})
# a verb's default reading: "all" verbs of the table, or only "attested" ones (a code of their
# own, or a pattern written for them)
DEFAULTS = "all"
# a block's patterns apply to the verbs their comment names ("verb") or to the whole block ("block")
PATTERN_SCOPE = "verb"
# a pattern word matches the nouns the table lists as its substitutes ("ties" for "relations",
# scripts/build_event_verbs.py: "substitutes")
SUBSTITUTES = True
# for measurement (scripts/plover_cv.py): id(event) -> (CAMEO code or None, trigger lemmas)
TRACE: dict[int, tuple[str | None, list[str]]] | None = None


@dataclass(frozen=True)
class _Pattern:
    pre: tuple[tuple[tuple[str, ...], ...], ...]  # slots; a slot is its alternatives, each a word tuple
    post: tuple[tuple[tuple[str, ...], ...], ...]
    preps: tuple[tuple[str, tuple], ...]  # (preposition, slots of its object)
    code: str | None
    swap: bool
    weight: int
    verbs: frozenset[str] = frozenset()  # the verbs of its block it was written for (empty: all)


@dataclass
class VerbTable:
    """PETRARCH2's CAMEO verb patterns mapped to PLOVER (data/events/verbs.json.gz, built by
    scripts/build_event_verbs.py): per verb lemma its CAMEO code and its blocks' patterns."""

    verbs: dict[str, tuple[str | None, tuple[str, ...], bool]]  # code, blocks, the code is the verb's own
    blocks: dict[str, tuple[str | None, tuple[_Pattern, ...]]]
    codes: dict[str, tuple[str, str | None] | None]
    forms: dict[str, str]
    multi: dict[str, list[str]]  # first word -> the multi-word verbs it starts ("carry out")
    remap: dict[str, str] = field(default_factory=dict)  # CAMEO code -> PLOVER type, overriding the table
    nouns: dict[str, str] = field(default_factory=dict)  # event noun -> CAMEO code, from the light verbs' patterns
    agents: frozenset[str] = frozenset()  # common agent nouns (Phoenix): "farmer", "police", "rebel"

    def plover(self, code: str | None) -> Code | None:
        if not code:
            return None
        for n in range(len(code), 1, -1):
            t = self.remap.get(code[:n])
            if t is not None:
                return Code(t, None, code) if t != "-" else None
        row = self.codes.get(code)
        if not row:
            return None
        return Code(row[0], None, code)


class _Slot(tuple):
    """One slot of a pattern: its alternatives (each a word tuple), with the same alternatives
    sorted for a quick check against a verb's side (_slots_ok): one-word alternatives matched
    exactly (TABARI's trailing '_') and as a stem, each a set, and the longer ones apart."""

    exact: frozenset[str]  # one-word alternatives written 'WORD_', without the '_'
    stems: frozenset[str]  # the other one-word alternatives
    multi: tuple[tuple[frozenset[str], frozenset[str]], ...]  # (exact words, stems) of the others

    def __new__(cls, alts: Iterable[tuple[str, ...]]) -> "_Slot":
        self = super().__new__(cls, alts)
        exact, stems, multi = set(), set(), []
        for alt in self:
            ex = frozenset(w[:-1] for w in alt if w.endswith("_"))
            st = frozenset(w for w in alt if not w.endswith("_"))
            if len(alt) == 1:
                (exact if ex else stems).update(ex or st)
            else:
                multi.append((ex, st))
        self.exact, self.stems, self.multi = frozenset(exact), frozenset(stems), tuple(multi)
        return self


def _slots(raw: list, synsets: dict[str, list[list[str]]], subs: dict[str, list[str]] | None = None) -> tuple:
    """A pattern's slots; a word's substitutes (the table's "substitutes": "ties" for
    "relations") are alternatives beside it."""
    out = []
    for slot in raw:
        alts: list[tuple[str, ...]] = []
        for w in slot:
            if w.startswith("&"):
                alts.extend(tuple(x) for x in synsets.get(w, []) if x)
            else:
                alts.append((w,))
                if subs:
                    alts.extend((x,) for x in subs.get(w.rstrip("_"), ()))
        if alts:
            out.append(_Slot(alts))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def load_verb_table(path: str | None = None) -> VerbTable:
    import gzip

    with gzip.open(Path(path or VERBS_PATH), "rt", encoding="utf-8") as f:
        raw = json.load(f)
    syn = raw["synsets"]
    subs = raw.get("substitutes") if SUBSTITUTES else None
    blocks = {}
    for name, b in raw["blocks"].items():
        pats = []
        for p in b["patterns"]:
            pre, post = _slots(p["pre"], syn, subs), _slots(p["post"], syn, subs)
            preps = tuple((pp, _slots(ws, syn, subs)) for pp, ws in p["preps"])
            if p.get("pre_preps"):
                continue  # a phrase before the verb: too loose to place without the sequence
            w = len(pre) + len(post) + sum(1 + len(s) for _, s in preps)
            pats.append(_Pattern(pre, post, preps, p["code"], bool(p["swap"]), w, frozenset(p.get("verbs") or ())))
        pats.sort(key=lambda p: -p.weight)
        blocks[name] = (b["code"], tuple(pats))
    verbs = {k: (v["code"], tuple(v["blocks"]), bool(v.get("own"))) for k, v in raw["verbs"].items()}
    multi: dict[str, list[str]] = {}
    for k in verbs:
        if " " in k:
            multi.setdefault(k.split()[0], []).append(k)
    codes = {k: (tuple(v) if v else None) for k, v in raw["codes"].items()}
    return VerbTable(verbs, blocks, codes, dict(raw["forms"]), multi, nouns=dict(raw.get("nouns") or {}),
                     agents=frozenset(raw.get("agents") or ()))


class _Words(set):
    """The words on one side of a verb, asked many times whether a pattern word is among them.

    TABARI's rule: a pattern word ending in '_' matches a word exactly, any other as a stem
    (TROOP: troops), and a stem of under four letters only as the whole word. `prefixes()` is
    the words with each of their beginnings of four letters or more, built once: a stem is
    among the words' beginnings by one set lookup. Words are not added after the first check."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        super().__init__(words)
        self._prefixes: frozenset[str] | None = None

    def prefixes(self) -> frozenset[str]:
        if self._prefixes is None:
            self._prefixes = frozenset(self).union([w[:k] for w in self for k in range(4, len(w))])
        return self._prefixes

    def has(self, w: str) -> bool:
        """Whether pattern word `w` matches (TABARI's rule, above)."""
        if w.endswith("_"):
            return w[:-1] in self
        return w in self.prefixes()


def _slots_ok(slots: tuple, words: _Words) -> bool:
    """Whether each slot (_Slot) has an alternative whose words all match among `words`."""
    pre = words.prefixes()
    for slot in slots:
        if slot.exact.isdisjoint(words) and slot.stems.isdisjoint(pre) and not any(
                ex <= words and st <= pre for ex, st in slot.multi):
            return False
    return True


def _tok_words(toks) -> _Words:
    out = _Words()
    for t in toks:
        out.add(t.lower_)
        out.add(t.lemma_.lower())
    return out


# ============================================================================ document context


def _lemma(t: Token) -> str:
    if t.pos_ == "VERB":
        return _verb_lemma(t.lower_, t.lemma_.lower())
    return t.lemma_.lower()


@functools.lru_cache(maxsize=8192)
def _verb_lemma(word: str, lemma: str) -> str:
    """spaCy's lemma, unless neither table knows it and a regular base form of the word is known
    ("staged" -> "stag" by spaCy, "stage" here)."""
    known = _known_verbs()
    if lemma in known or not known:
        return lemma
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            b = word[: -len(suf)] + rep
            if b in known:
                return b
            if len(b) > 3 and b[-1] == b[-2] and b[:-1] in known:
                return b[:-1]  # "stepped" -> "step"
    return lemma


@functools.lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    try:
        lex = load_lexicon()
        vt = load_verb_table()
    except (OSError, ValueError):
        return frozenset()
    return frozenset(k.split()[0] for k in list(lex.verbs) + list(vt.verbs)) | lex.report


@dataclass
class Arg:
    """One source or target: the actor ids it resolves to, else its text."""

    head: int
    ids: list[str]
    text: str
    core: tuple[int, int]  # token range of the name itself, for the evidence span
    direct: bool = False  # the ids name the phrase's head itself (not a modifier's country)

    def key(self) -> str:
        return ",".join(self.ids) if self.ids else self.text.lower()


class _Ctx:
    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.tok_actor: dict[int, str] = {}
        self.actors: dict[str, Any] = {}
        for a in doc._.actors or []:
            self.actors[a.id] = a
            for m in a.mentions:
                sp = doc.char_span(m.start, m.end, alignment_mode="expand")
                if sp is None:
                    continue
                for t in sp:
                    self.tok_actor.setdefault(t.i, a.id)
        # attributions: the cue token -> actor id; quote content ranges -> actor id
        self.cue_actor: dict[int, str] = {}
        self.content: list[tuple[int, int, str]] = []
        for at in doc._.attributions or []:
            aid = getattr(at, "actor", None)
            if not aid:
                continue
            if at.cue is not None:
                sp = doc.char_span(at.cue.start, at.cue.end, alignment_mode="expand")
                if sp is not None:
                    for t in sp:
                        self.cue_actor[t.i] = aid
            for c in at.content or []:
                self.content.append((c.start, c.end, aid))
        self.published = doc._.published
        self.dates: list[tuple[Any, int, int | None]] = []  # mention, root token, governing verb
        for d in doc._.dates or []:
            if getattr(d, "where", None) == "caption" or not getattr(d, "value", None):
                continue
            sp = doc.char_span(d.span.start, d.span.end, alignment_mode="expand")
            if sp is None:
                continue
            self.dates.append((d, sp.root.i, _governor(sp.root)))

    def quote_speaker(self, t: Token) -> str | None:
        for s, e, aid in self.content:
            if s <= t.idx < e:
                return aid
        return None


def _governor(t: Token) -> int | None:
    """The verb whose clause a token belongs to."""
    seen = 0
    while seen < 40:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t.i
        if t.dep_ in ("aux", "auxpass"):
            return t.head.i
        if t.head.i == t.i:
            return t.i
        t = t.head
        seen += 1
    return None


# ============================================================================ syntax helpers


def _children(t: Token, *deps: str) -> list[Token]:
    return [c for c in t.children if c.dep_ in deps]


def _first(t: Token, *deps: str) -> Token | None:
    for c in t.children:
        if c.dep_ in deps:
            return c
    return None


def _conjuncts(t: Token) -> list[Token]:
    out = [t]
    joined = any(c.dep_ == "cc" or (c.dep_ == "punct" and c.text == ",") for c in t.children)
    for c in t.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") and c.is_alpha and joined:
            out.extend(_conjuncts(c))
    return out


def _complement(v: Token) -> Token | None:
    """The infinitive a control verb governs: an xcomp, or a 'to'-clause spaCy hangs as advcl/ccomp."""
    for c in v.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return c
    for c in v.children:
        if c.dep_ in ("advcl", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > v.i and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            return c
    return None


def _is_passive(v: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)


def _prep_objs(t: Token, preps: set[str] | None = None) -> list[tuple[str, Token]]:
    out = []
    for c in t.children:
        if c.dep_ in ("prep", "dative", "agent") and (preps is None or c.lower_ in preps):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append((c.lower_, p))
                elif p.dep_ == "prep":  # "out of", "away from"
                    for q in p.children:
                        if q.dep_ == "pobj":
                            out.append((p.lower_, q))
        elif c.dep_ in ("dative",) and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(("to", c))
    return out


def _subtree_range(t: Token, drop: tuple[str, ...] = ("relcl", "acl", "conj", "cc", "advcl", "punct", "parataxis")) -> tuple[int, int]:
    lo, hi = t.i, t.i
    stack = [c for c in t.children if c.dep_ not in drop]
    while stack:
        c = stack.pop()
        lo, hi = min(lo, c.i), max(hi, c.i)
        stack.extend(c.children if c.dep_ != "relcl" else [])
    return lo, hi


def _core_range(t: Token) -> tuple[int, int]:
    """The name: the head, its left modifiers, appositions and 'of'-phrases."""
    lo, hi = t.i, t.i
    stack = [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod", "det", "nummod", "appos", "case", "quantmod", "npadvmod")
             or (c.dep_ == "prep" and c.lower_ == "of")]
    while stack:
        c = stack.pop()
        if c.dep_ == "punct":
            continue
        lo, hi = min(lo, c.i), max(hi, c.i)
        stack.extend(x for x in c.children if x.dep_ not in ("relcl", "acl", "punct"))
    return lo, hi


def _text(doc: Doc, lo: int, hi: int) -> str:
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    return doc[lo: hi + 1].text  # (doc.text is rebuilt on every access; a slice costs its length)


# ============================================================================ the reader


@dataclass
class _Found:
    code: Code | None
    verb: Token
    trigger: list[Token]
    sources: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    chain: list[int] = field(default_factory=list)  # verbs whose dates count
    noun: Token | None = None
    obj: Token | None = None


class _Reader:
    def __init__(self, ctx: _Ctx, vtab: VerbTable | None = None):
        self.ctx = ctx
        self.lex = ctx.lex
        self.vtab = vtab if vtab is not None else load_verb_table()
        self.doc = ctx.doc

    # ------------------------------------------------------------------ classes

    def in_class(self, t: Token, cls: str) -> bool:
        lem = _lemma(t)
        if cls == "people_named":
            return (t.pos_ in ("PROPN",) or t.ent_type_ in _ACTOR_ENTS or t.i in self.ctx.tok_actor
                    or lem in self.lex.classes["people"]) and lem not in self.lex.classes["aid"]
        if cls == "state":
            aid = self.ctx.tok_actor.get(t.i)
            a = self.ctx.actors.get(aid) if aid else None
            if a is not None and a.type == "country":
                return True
            if t.ent_type_ == "GPE":
                return True
            return lem in self.lex.classes["state"]
        words = self.lex.classes.get(cls)
        return bool(words) and (lem in words or t.lower_ in words)

    def match(self, table: dict[str, Any], t: Token | None) -> Any:
        """Look a token up in an obj/subj/oprd table: its lemma, then @classes, then '*'."""
        if t is None or not table:
            return _MISSING
        cands = [t]
        # "25,000 tons of food aid", "a series of bombs": the thing counted
        if _lemma(t) in self.lex.quantity_nouns or t.pos_ == "NUM":
            for _, p in _prep_objs(t, {"of"}):
                cands.append(p)
        # "mediation efforts", "aid shipments": a modifying noun
        cands.extend(m for m in t.children if m.dep_ == "compound" and m.pos_ == "NOUN")
        for c in cands:
            lem = _lemma(c)
            if lem in table:
                return table[lem]
            if c.lower_ in table:
                return table[c.lower_]
        for c in cands:
            for k, v in table.items():
                if k.startswith("@") and self.in_class(c, k[1:]):
                    return v
        if "*" in table:
            return table["*"]
        return _MISSING

    def table_noun(self, n: Token | None) -> Code | None:
        """An event noun the hand lexicon does not list, read from the broad table: what
        PETRARCH2's patterns for light verbs make of it ("resumed negotiations", "staged a
        rally", "completed the withdrawal"). Marked as a pattern reading of the table, so that
        the table's actor rule applies to it."""
        if n is None or CAMEO_MODE == "off" or n.pos_ != "NOUN" or not self.vtab.nouns:
            return None
        cam = self.vtab.nouns.get(_lemma(n)) or self.vtab.nouns.get(n.lower_)
        c = self.vtab.plover(cam) if cam else None
        if c is None:
            return None
        if c.type == "PROTEST" and _lemma(n) == "strike" and self.armed_strike(n):
            c = Code("ASSAULT", None, cam)
        return Code(c.type, c.mode, cam, True)

    def noun_code(self, n: Token | None) -> Code | None:
        if n is None or n.pos_ not in ("NOUN", "PROPN", "VERB"):
            return None
        lem = _lemma(n)
        e = self.lex.nouns.get(lem) or self.lex.nouns.get(n.lower_)
        if e is None and n.i >= 2 and self.doc[n.i - 1].text == "-" and self.doc[n.i - 2].head.i == n.i:
            e = self.lex.nouns.get(f"{self.doc[n.i - 2].lower_}-{n.lower_}")  # "sit-in", split by the tokenizer
        if e is None:
            if lem in self.lex.quantity_nouns:
                for _, p in _prep_objs(n, {"of"}):
                    return self.noun_code(p)
            # "a mediation effort", "peace talks mission": the modifying event noun
            for m in n.children:
                if m.dep_ == "compound" and m.pos_ == "NOUN" and m.i < n.i:
                    me = self.lex.nouns.get(_lemma(m))
                    if me is not None and me.type is not None:
                        return me.type
            return None
        for m in n.children:
            if m.dep_ in ("compound", "amod", "nmod") and (_lemma(m) in e.mod or m.lower_ in e.mod):
                return e.mod.get(_lemma(m)) or e.mod.get(m.lower_)
        if n.dep_ == "compound" and _lemma(n.head) in e.mod:
            return e.mod[_lemma(n.head)]
        if n.dep_ == "dobj" and _lemma(n.head) in e.mod:  # "open fire"
            return e.mod[_lemma(n.head)]
        if e.type is not None and e.type.type == "PROTEST" and e.type.mode == "strike" and self.armed_strike(n):
            return Code("ASSAULT")
        return e.type

    # a strike by workers is a protest; a strike on a place or people, or by armed forces, an attack
    _STRIKE_MODS = frozenset({"precision", "retaliatory", "targeted", "surgical", "artillery", "naval", "aerial",
                              "cruise", "ballistic", "nuclear", "preemptive", "pre-emptive", "deadly", "lethal",
                              "bombing", "warplane", "helicopter", "mortar", "tank", "sniper", "suicide"})
    _STRIKERS = frozenset({"jet", "warplane", "plane", "aircraft", "drone", "bomber", "helicopter", "gunship",
                           "warship", "artillery", "missile", "rocket"})

    def armed_strike(self, n: Token) -> bool:
        if any(m.dep_ in ("amod", "compound", "nmod") and (_lemma(m) in self._STRIKE_MODS or m.lower_ in self._STRIKE_MODS)
               for m in n.children):
            return True
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "into", "targeting", "near"):
                objs = _children(c, "pobj")
                if objs and not all(o.ent_type_ in ("DATE", "TIME") or _lemma(o) in ("day", "week", "month", "year", "weekend")
                                    for o in objs):
                    return True
        v = n.head
        if n.dep_ in ("dobj", "nsubjpass") and v.pos_ in ("VERB", "AUX"):
            for s in self.subject(v):
                lem = _lemma(s)
                if lem in self._STRIKERS or self.in_class(s, "military") and lem not in ("police", "policeman", "officer"):
                    return True
                if any(_lemma(m) in self._STRIKERS for m in s.children if m.dep_ == "compound"):
                    return True
        return False

    def is_actorish(self, t: Token) -> bool:
        if t.i in self.ctx.tok_actor:
            return True
        if t.pos_ == "PRON" and t.lower_ in _PRONOUNS:
            return True
        if t.ent_type_ in _ACTOR_ENTS or (t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL")):
            return True
        return _lemma(t) in self.lex.actor_nouns

    _ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ing|ure|ogy|ics)$")

    def is_agent(self, t: Token) -> bool:
        """Can this head act? Named, an actor noun, a person noun; not a thing ("proposals",
        "the program") or an abstract nominalisation ("the revelation")."""
        if self.is_actorish(t):
            return True
        lem = _lemma(t)
        if lem in self.lex.classes["things"] or t.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            return False
        return not self._ABSTRACT.search(lem)

    def find_actorish(self, t: Token, depth: int = 0, places: bool = False) -> list[Token]:
        """t itself if it names an actor, else an actor inside it ("Saddam Hussein's proposal")."""
        if self.is_actorish(t):
            return _conjuncts(t)
        if depth > 2:
            return []
        out: list[Token] = []
        for c in t.children:
            if c.dep_ == "poss" and self.is_actorish(c) and c.lower_ not in ("its", "their", "his", "her", "our", "my", "your") or c.dep_ in ("amod", "compound", "nmod") and (c.i in self.ctx.tok_actor or c.ent_type_ in _ACTOR_ENTS):
                out.append(c)
            elif c.dep_ == "compound" and c.pos_ == "NOUN" and _lemma(c) in self.lex.actor_nouns:
                out.append(c)  # "a police checkpoint", "rebel positions"
        if out:
            return out
        for prep, p in _prep_objs(t, {"of", "by", "from", "to", "with", "against", "for", "on"}):
            out = self.find_actorish(p, depth + 1, places)
            if out:
                return out
        if places:
            # "struck an oil depot in Belgorod": a thing attacked where a named place is
            for prep, p in _prep_objs(t, {"in", "near", "outside"}):
                if p.ent_type_ in ("GPE", "LOC") and p.i in self.ctx.tok_actor:
                    return [p]
        for c in t.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                for prep, p in _prep_objs(c, {"by"}):
                    out = self.find_actorish(p, depth + 1)
                    if out:
                        return out
        for c in t.children:
            if c.dep_ == "conj":
                out = self.find_actorish(c, depth + 1)
                if out:
                    return out
        return []

    # ------------------------------------------------------------------ places

    _PLACE_PREPS = frozenset({"in", "at", "near", "outside", "along"})

    def is_place(self, t: Token) -> bool:
        """A named place: a country, region or city the actors stage knows, or a GPE/LOC entity."""
        aid = self.ctx.tok_actor.get(t.i)
        a = self.ctx.actors.get(aid) if aid else None
        if a is not None:
            return a.type in ("country", "location")
        return t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN"

    def named_places(self, p: Token, depth: int = 0) -> list[Token]:
        """The named places a place phrase's noun stands for or in: itself ("in Kandahar"), the
        place it is in or near ("a market in Mogadishu", "the outskirts of Kharkiv"), a place
        in apposition ("the capital, Kabul") or modifying it ("a Gaza hospital")."""
        if self.is_place(p):
            out = [p]
            for c in p.children:  # "Kharkiv, in eastern Ukraine"; "Dili, East Timor"
                if c.dep_ == "appos" and self.is_place(c):
                    out.append(c)
            for _, q in _prep_objs(p, {"in"}):
                if self.is_place(q):
                    out.append(q)
            return out
        if depth > 2 or p.pos_ not in ("NOUN", "PROPN"):
            return []
        if p.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in p.children):
            return []  # an idiom, not a place: "in favor of", "in response to", "at stake"
        for c in p.children:
            if c.dep_ in ("appos", "compound", "nmod") and self.is_place(c):
                return self.named_places(c, depth + 1)
        preps = {"in", "near", "outside", "at", "of", "on", "along"}
        if _lemma(p) in ("border", "frontier", "boundary"):
            preps.add("with")  # "its border with Somalia": the other side
        for _, q in _prep_objs(p, preps):
            out = self.named_places(q, depth + 1)
            if out:
                return out
        return []

    def placed(self, t: Token) -> list[str]:
        """The actors of the named place a description stands in ("the warring factions in Yemen",
        "villages near Lake Chad", "attacks on farmers in central Mali"): its own place phrase,
        the one on the noun or verb that governs it, or one the parser hung on the verb right
        after it ("struck a depot on the outskirts of Kharkiv, in eastern Ukraine")."""
        found: list[Token] = []
        for prep, q in _prep_objs(t, self._PLACE_PREPS):
            found += self.named_places(q)
        h = t.head
        if not found and t.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ == "NOUN":
            for prep, q in _prep_objs(h.head, self._PLACE_PREPS):
                found += self.named_places(q)
        if not found:
            edge = t.right_edge.i
            gov = self.doc[_governor(t)] if _governor(t) is not None else None
            for c in (gov.children if gov is not None else []):
                if c.dep_ == "prep" and c.lower_ in self._PLACE_PREPS and (
                        c.i == edge + 1 or (c.i == edge + 2 and self.doc[edge + 1].text == ",")):
                    for q in _children(c, "pobj"):
                        found += self.named_places(q)
        out: list[str] = []
        for q in found:
            aid = self.ctx.tok_actor.get(q.i)
            if aid and aid not in out:
                out.append(aid)
        return out

    # ------------------------------------------------------------------ arguments

    def arg(self, t: Token, speaker: list[Arg] | None, placed: bool = False) -> list[Arg]:
        doc = self.doc
        lo, hi = _core_range(t)
        # pronouns: the actor the actors stage linked, else the speaker of the clause or quote
        if t.pos_ == "PRON" and t.i not in self.ctx.tok_actor:
            if speaker:
                return speaker
            aid = self.ctx.quote_speaker(t)
            if aid:
                return [Arg(t.i, [aid], t.text, (t.i, t.i))]
            return []
        tok_actor = self.ctx.tok_actor
        head_id = tok_actor.get(t.i)
        ids: list[str] = []
        if t.pos_ == "PROPN" and head_id:
            ids = [head_id]
        elif not self.is_agent(t) and self.noun_code(t) is None:
            # a thing, not an actor ("Clinton's proposals offer ..."): its text only
            ids = []
        else:
            # a description ("Russia's deputy ambassador to the UN, Anna Evstigneeva",
            # "Senior Hungarian and Romanian officials"): the named person in apposition, else
            # the countries and organisations that modify it, else the description itself
            for c in t.subtree:
                if c.dep_ == "appos" and c.i in tok_actor and (c.head.i == t.i or (
                        _lemma(t) in self.lex.actor_nouns and getattr(self.ctx.actors.get(tok_actor[c.i]), "type", "") == "person")):
                    ids = [tok_actor[c.i]]
                    break
            if not ids:
                for i in range(lo, hi + 1):
                    aid = tok_actor.get(i)
                    if aid and aid != head_id and aid not in ids and doc[i].pos_ != "PRON" and i != t.i:
                        ids.append(aid)
            if not ids and head_id:
                ids = [head_id]
            if not ids:
                for prep, p in _prep_objs(t, {"of", "from"}):  # "leaders of the coalition"
                    aid = tok_actor.get(p.i)
                    if aid and aid not in ids:
                        ids.append(aid)
            if not ids and speaker and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her") for c in t.children):
                ids = self.speaker_side(speaker, t)
        # a target described by where it is ("factions in Yemen", "a depot near Kharkiv") is that
        # place's; a city or region also names the country it is said to be in
        if placed and t.pos_ != "PRON":
            head_type = getattr(self.ctx.actors.get(head_id), "type", None) if head_id else None
            if not ids or (ids == [head_id] and head_type == "location"):
                ids = ids + [i for i in self.placed(t) if i not in ids]
        slo, shi = _subtree_range(t)
        return [Arg(t.i, ids, _text(doc, slo, shi), (lo, hi), direct=bool(head_id) and ids == [head_id])]

    _COUNTRY_NOUNS = frozenset({"country", "nation", "government", "state", "people", "army", "force", "troop", "military", "administration"})

    def speaker_side(self, speaker: list[Arg], t: Token) -> list[str]:
        """'their forces', 'his country' in reported speech: the speaker, or the country a
        speaking person is affiliated with."""
        ids = [i for s in speaker for i in s.ids]
        if _lemma(t) in self._COUNTRY_NOUNS:
            by_name = {a.name: a.id for a in self.ctx.actors.values()}
            out = []
            for i in ids:
                a = self.ctx.actors.get(i)
                aff = getattr(a, "affiliation", None) if a is not None and a.type != "country" else None
                if aff and aff in by_name:
                    out.append(by_name[aff])
            if out:
                return out
        if any(c.lower_ in ("his", "her") for c in t.children):
            return ids if _lemma(t) in self._COUNTRY_NOUNS else []
        return ids

    def args(self, toks: list[Token], speaker: list[Arg] | None, placed: bool = False) -> list[Arg]:
        out: list[Arg] = []
        seen: set[str] = set()
        for t in toks:
            for c in _conjuncts(t):
                for a in self.arg(c, speaker, placed):
                    if a.key() not in seen:
                        seen.add(a.key())
                        out.append(a)
        return out

    def subject(self, v: Token, depth: int = 0) -> list[Token]:
        """The clause's subject: its own, a controller's or a coordinated verb's."""
        if depth > 6:
            return []
        if _is_passive(v):
            agent = [p for prep, p in _prep_objs(v, {"by"})]
            if agent:
                return agent
            if any(c.dep_ == "nsubjpass" for c in v.children):
                # "killed in a roadside bomb blast", "wounded in an Israeli air strike": the attack
                # is the cause, and whose attack it is the source
                weapons = {w for _, ws in self.lex.modes.get("ASSAULT", []) for w in ws}
                for prep, p in _prep_objs(v, {"in", "during"}):
                    c = self.noun_code(p)
                    if (c is not None and c.type == "ASSAULT") or _lemma(p) in weapons or p.lower_ in weapons:
                        return [a for a in self.find_actorish(p) if a.i in self.ctx.tok_actor or a.ent_type_ in _ACTOR_ENTS] or [p]
                return []
        subj = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return subj
        if v.dep_ in ("xcomp",) or (v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            obj = _first(v.head, "dobj")
            if obj is not None and _lemma(v.head) in ("urge", "ask", "order", "allow", "permit", "force", "call", "press", "pressure", "encourage", "invite", "tell", "help", "let", "authorize"):
                return [obj]
            return self.subject(v.head, depth + 1)
        if v.dep_ == "conj":
            alt = self._low_conj_head(v)
            return self.subject(alt if alt is not None else v.head, depth + 1)
        if v.dep_ in ("acomp", "oprd") and v.head.pos_ in ("AUX", "VERB"):
            return self.subject(v.head, depth + 1)
        return []

    def _low_conj_head(self, v: Token) -> Token | None:
        """'X voted to end the mission after Y called it a failure and demanded its halt': spaCy
        often hangs the last conjunct on the main verb; a clause that ends just before the 'and',
        has its own subject and the conjunct's tense is the better head."""
        h = v.head
        if _first(v, "nsubj", "nsubjpass") is not None:
            return None
        cc = [c for c in h.children if c.dep_ == "cc" and c.i < v.i]
        if not cc:
            return None
        cci = cc[-1].i
        best = None
        for t in self.doc[h.i + 1: cci]:
            if (t.pos_ == "VERB" and t.i != h.i and t.dep_ in ("advcl", "ccomp", "conj") and _first(t, "nsubj") is not None
                    and t.right_edge.i >= cci - 2 and t.tag_ == v.tag_ and h.tag_ != v.tag_):
                best = t
        return best

    # ------------------------------------------------------------------ predicate

    def verb_entry(self, v: Token) -> tuple[VerbEntry | None, Token | None]:
        lem = _lemma(v)
        prt = _first(v, "prt")
        if prt is None:
            e0 = self.lex.verbs.get(lem)
            if e0 is not None and e0.prt:
                prt = next((c for c in v.children if c.dep_ in ("advmod", "prep") and c.lower_ in e0.prt), None)
        if prt is not None:
            e = self.lex.verbs.get(f"{lem} {prt.lower_}")
            if e is not None:
                return e, prt
        return self.lex.verbs.get(lem), prt

    # ------------------------------------------------------------------ the CAMEO table

    _POST_SKIP = frozenset({"ccomp", "advcl", "conj", "cc", "punct", "parataxis", "mark", "nsubj", "nsubjpass",
                            "csubj", "aux", "auxpass", "neg", "relcl", "expl", "dep", "intj"})

    def cameo_entry(self, v: Token) -> tuple[str, tuple[str | None, tuple[str, ...], bool]] | None:
        vt = self.vtab
        lem = _lemma(v)
        lems = [lem]
        alt = vt.forms.get(v.lower_)
        if alt and alt != lem:
            lems.append(alt)
        for lm in lems:
            # a multi-word verb: its particle ("call off"), or the words that follow it ("get hold of")
            prt = _first(v, "prt")
            if prt is not None and f"{lm} {prt.lower_}" in vt.verbs:
                k = f"{lm} {prt.lower_}"
                return k, vt.verbs[k]
            for k in vt.multi.get(lm, ()):
                rest = k.split()[1:]
                nxt = [t.lower_ for t in v.doc[v.i + 1: v.i + 1 + len(rest)]]
                if nxt == rest:
                    return k, vt.verbs[k]
        for lm in lems:
            if lm in vt.verbs:
                return lm, vt.verbs[lm]
        return None

    @staticmethod
    def _prep_words(c: Token) -> tuple[str, set[str], bool]:
        """A prepositional phrase: the preposition, its object's words, and whether it only says
        when ("on Tuesday": a bare "(ON)" pattern does not match it)."""
        objs = [x for x in c.children if x.dep_ == "pobj"]
        when = bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)
        return c.lower_, _tok_words(x for x in c.subtree if x.i != c.i), when

    def cameo(self, v: Token) -> tuple[Code | None, _Pattern | None] | None:
        """The verb's reading in the CAMEO table: the most specific pattern whose words are found
        on the subject's side, the object's side and in the prepositional phrases, else the verb's
        code. None when the table does not know the verb; (None, ...) when it is not an event."""
        found = self.cameo_entry(v)
        if found is None:
            return None
        key, (vcode, blocks, own) = found
        # no reading for a verb used to say, think or name: "suggested that ...", "called him a
        # genius", "described X as ..."
        # ("denounced as a crime X's ...", "hailed as historic": praise and blame keep theirs)
        evaluative = (vcode or "")[:2] in ("05", "11", "12")
        if any(c.dep_ in ("ccomp", "oprd", "attr") or (c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ", "PROPN"))
               or (c.dep_ == "prep" and c.lower_ == "as" and not evaluative) for c in v.children):
            return None, None
        # adopting, passing or issuing a document ("passed five resolutions", "adopted a bill"):
        # what the document says is the event, if anything, not the verb's own reading
        o = _first(v, "dobj") or (_first(v, "nsubjpass") if _is_passive(v) else None)
        if o is not None and self.in_class(o, "statements"):
            return None, None
        vt = self.vtab
        pre = _Words()
        for s in self.subject(v):
            pre |= _tok_words(x for x in s.subtree if x.dep_ not in ("relcl", "acl") and x.head.dep_ != "relcl")
        post_toks: list[Token] = []
        heads: list[Token] = []
        if _is_passive(v):
            heads.extend(_children(v, "nsubjpass"))
        for c in v.children:
            if c.dep_ in self._POST_SKIP or c.dep_ == "prt":
                continue
            if c.i < v.i and c.dep_ in ("advmod", "npadvmod", "nsubj"):
                pre |= _tok_words(c.subtree)
                continue
            heads.append(c)
        for h in heads:
            stack = [h]
            while stack:
                t = stack.pop()
                post_toks.append(t)
                stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "punct"))
        # prepositional phrases after the verb: the verb's own, its object's, and those they chain
        # to ("added to the list of banned parties"); not those inside a passive subject
        preps: list[tuple[str, set[str], bool]] = []
        hosts = [v] + _children(v, "dobj", "dative", "oprd")
        seen: set[int] = set()
        while hosts:
            h = hosts.pop()
            if h.i in seen:
                continue
            seen.add(h.i)
            for c in h.children:
                if c.dep_ in ("prep", "agent") and c.i > v.i:
                    preps.append(self._prep_words(c))
                    hosts.extend(_children(c, "pobj"))
                elif c.dep_ == "conj" and h.i != v.i:
                    hosts.append(c)
        post = _tok_words(post_toks)
        best: _Pattern | None = None
        for b in blocks:
            bcode, pats = vt.blocks.get(b, (None, ()))
            for p in pats:
                if best is not None and p.weight <= best.weight:
                    break
                if not p.pre and not p.post and not p.preps:
                    continue
                # (the tests are pure: the cheap one first; most patterns are another verb's)
                if p.verbs and PATTERN_SCOPE == "verb" and key not in p.verbs:
                    continue
                if p.pre and not _slots_ok(p.pre, pre):
                    continue
                if p.post and not _slots_ok(p.post, post):
                    continue
                if p.preps and not all(any(pp == q and (ws or not when) and _slots_ok(ws, qw) for q, qw, when in preps)
                                       for pp, ws in p.preps):
                    continue
                best = p
        if best is not None:
            if best.swap:
                return None, best
            c = vt.plover(best.code)
            if c is not None and c.type != "PROTEST" and (best.code or "").startswith("08") and o is not None \
                    and _lemma(o) == "strike" and any("strike" in alt for slot in best.post for alt in slot) \
                    and not self.armed_strike(o):
                # "called off a strike": PETRARCH2 reads the strike as fighting (087, de-escalate);
                # a strike by workers is a protest, so ending it eases dissent (082)
                c = vt.plover("082") or c
            return (Code(c.type, c.mode, c.cameo, True) if c is not None else None), best
        if DEFAULTS == "attested" and not own and not any(
                key in p.verbs for b in blocks for p in vt.blocks.get(b, (None, ()))[1]):
            # a synonym the block only inherits (many came from WordNet: "dominate", "annoy"),
            # with no code of its own and no pattern written for it: no default reading
            return None, None
        return vt.plover(vcode), None

    def direct_object(self, v: Token) -> Token | None:
        obj = _first(v, "dobj")
        if obj is None and _is_passive(v) and not self.verb_entry(v)[0] is None:
            obj = _first(v, "nsubjpass")
        return obj

    def _event_noun(self, v: Token, obj: Token | None, lookup: Any) -> tuple[Any, Token] | None:
        """(code, noun) of the event a noun names for verb `v`, by `lookup` (the hand lexicon's
        noun_code or the broad table's table_noun): the object of a verb of saying, or the
        gathering a verb with no object goes to (a PROTEST or CONSULT only)."""
        if obj is not None and _lemma(v) in self.lex.report:
            c = lookup(obj)
            if c is not None:
                return c, obj
        if obj is None and not _is_passive(v):
            for _prep, p in _prep_objs(v, {"for", "in", "into", "at"}):
                c = lookup(p)
                if c is not None and c.type in ("PROTEST", "CONSULT"):
                    return c, p
        return None

    def classify(self, v: Token) -> tuple[Any, Token | None, VerbEntry | None]:
        """(code or None, the event noun if a noun decided, the entry)."""
        e, prt = self.verb_entry(v)
        obj = _first(v, "dobj")
        pobj = obj
        if obj is None and _is_passive(v):
            pobj = _first(v, "nsubjpass")
        # "asked whether ...": a question, not a request
        if e is not None and e.control == "REQUEST" and any(
                c.dep_ == "ccomp" and (any(m.lower_ in ("whether", "if") for m in c.children if m.dep_ == "mark")
                                       or c.left_edge.tag_ in ("WDT", "WP", "WRB")) for c in v.children):
            return None, None, e
        if e is None:
            # a verb of saying with an event noun as its object ("confirmed our support",
            # "announced a suspension of links"), or a gathering it goes to ("converged for a
            # rally", "gathered for talks")
            found = self._event_noun(v, obj, self.noun_code)
            if found is not None:
                return found[0], found[1], None
            # the broad table: PETRARCH2's CAMEO patterns for the verb, mapped to PLOVER (not where a
            # statement's content decides: "issued a declaration demanding ...")
            if obj is not None and self.in_class(obj, "statements") and any(
                    c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children):
                return None, None, None
            cm = self.cameo(v) if CAMEO_MODE != "off" else None
            if cm is not None and cm[0] is not None and cm[1] is not None:
                return cm[0], None, None
            # an event noun only the broad table knows, the object of a verb of saying or the
            # gathering a verb goes to ("announced a boycott", "converged for a rally"), before
            # the verb's own coarse default
            found = self._event_noun(v, obj, self.table_noun)
            if found is not None:
                return found[0], found[1], None
            if cm is not None and cm[0] is not None:
                return cm[0], None, None
            return None, None, None
        if CAMEO_MODE == "over":
            cm = self.cameo(v)
            if cm is not None and cm[1] is not None and cm[1].weight > 0:
                return cm[0], None, e
        code: Any = _MISSING
        noun = None
        if prt is not None and prt.lower_ in e.prt:
            code = e.prt[prt.lower_]
            if code == LIGHT:
                code = self.noun_code(obj) if obj is not None else None
                noun = obj
        if code is _MISSING and e.oprd:
            o = _first(v, "oprd")
            if o is not None:
                code = self.match(e.oprd, o)
        if code is _MISSING and e.obj:
            code = self.match(e.obj, pobj)
            if code == LIGHT:
                code, noun = self.noun_code(pobj), pobj
        if code is _MISSING and e.prep:
            for c in v.children:
                if c.dep_ in ("prep", "agent") and c.lower_ in e.prep:
                    code = e.prep[c.lower_]
                    p = _first(c, "pobj")
                    if code == LIGHT:
                        code = self.noun_code(p)
                    noun = p  # "called for sanctions against X": targets come from the object
                    break
                # "called for Sudan to hold elections": the parser makes "for" the mark of a clause
                if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" and m.i > v.i for m in c.children) \
                        and "for" in e.prep and e.prep["for"] is not LIGHT:
                    code = e.prep["for"]
                    break
        if code is _MISSING and e.subj:
            for s in self.subject(v):
                r = self.match(e.subj, s)
                if r is not _MISSING:
                    code = r
                    break
        if code is _MISSING and e.light and obj is not None:
            c = self.noun_code(obj)
            if c is not None:
                code, noun = c, obj
        if code is _MISSING and e.purpose:
            x = _complement(v)
            if x is not None:
                xc, _, _ = self.classify(x)
                if isinstance(xc, Code) and xc.type == "ACCUSE":
                    code = xc
        if code is _MISSING and obj is not None and _lemma(obj) == "part":  # take part in
            for prep, p in _prep_objs(v, {"in"}) + _prep_objs(obj, {"in"}):
                c = self.noun_code(p)
                if c is not None:
                    code, noun = c, p
                    break
        if code is _MISSING and e.type is _MISSING and CAMEO_MODE in ("fill", "over"):
            # the lexicon knows the verb's grammar (a light verb, a verb of saying) but gives it no
            # type here: the broad table's reading, if it has one
            if not (obj is not None and self.in_class(obj, "statements")):
                cm = self.cameo(v)
                if cm is not None and cm[0] is not None:
                    return cm[0], None, e
            # a light verb whose event noun only the broad table knows ("completed the withdrawal")
            if e.light and obj is not None:
                c = self.table_noun(obj)
                if c is not None:
                    return c, obj, e
        if code is _MISSING:
            code = e.type if e.type is not _MISSING else None
        return code, noun, e

    # ------------------------------------------------------------------ modality

    def modality(self, verbs: list[Token]) -> dict[str, Any]:
        m = {"neg": False, "future": False, "would": False, "perfect": False, "possible": False,
             "oblige": False, "cond": False, "unless": False, "going": False}
        for v in verbs:
            kids = list(v.children)
            # "could reverse the rules or decline to appeal": a conjunct shares its head's auxiliaries
            if v.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in kids):
                kids += [c for c in v.head.children if c.dep_ in ("aux", "auxpass") and c.i < v.head.i]
            for c in kids:
                lw = c.lower_
                if c.dep_ == "neg" or (c.dep_ == "advmod" and lw == "never"):
                    m["neg"] = True
                if c.dep_ == "advmod" and lw == "longer" and any(x.lower_ == "no" for x in c.children):
                    m["neg"] = True
                if c.dep_ in ("aux", "auxpass"):
                    if lw in _FUTURE:
                        m["future"] = True
                    elif lw in ("would", "'d"):
                        m["would"] = True
                    elif lw in _POSSIBLE:
                        m["possible"] = True
                    elif lw in _OBLIGE:
                        m["oblige"] = True
                    elif lw == "have" and m["would"]:
                        m["perfect"] = True
                if c.dep_ == "advcl":
                    marks = {x.lower_ for x in c.children if x.dep_ == "mark"}
                    if marks & _COND_MARKS:
                        m["cond"] = True
                        if "unless" in marks:
                            m["unless"] = True
            # "would like to": a wish, not a conditional
            if _lemma(v) in ("like", "love", "prefer") and m["would"]:
                m["would"] = False
            # "would have chosen": have is an aux after would
            auxes = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
            if ("would" in auxes or "'d" in auxes) and "have" in auxes:
                m["perfect"] = True
            # "is going to", "are set to", "is to", "have to", "need to"
            h = v.head
            if v.dep_ == "xcomp" and _lemma(h) in ("go", "set", "due", "about") and any(c.dep_ == "aux" and _lemma(c) == "be" for c in h.children):
                m["going"] = True
            if v.dep_ == "xcomp" and _lemma(h) in ("have", "need") and h.pos_ in ("VERB", "AUX"):
                m["oblige"] = True
        return m

    # ------------------------------------------------------------------ targets


    _THEMES = ("military", "aid", "inspectors", "personnel", "envoys", "weapons")

    _EVALUATIVE = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
    # nouns whose "of"-phrase is what is ended, removed or harmed (its patient)
    _ENDINGS = frozenset({"end", "ending", "lifting", "removal", "cancellation", "abolition", "suspension",
                          "termination", "closure", "closing", "halt", "ouster", "overthrow", "expulsion",
                          "dismantling", "dissolution", "scrapping", "repeal", "collapse", "fall", "demise",
                          "defeat", "death", "killing", "murder", "assassination", "arrest", "detention",
                          "imprisonment", "execution", "jailing", "shutdown", "banning"})

    # "in defiance of X", "in protest against X"; "despite pressure from X"
    _DEFY_NOUNS = frozenset({"defiance", "protest", "opposition", "defiance", "contravention", "violation"})
    _PRESSURE_NOUNS = frozenset({"pressure", "call", "demand", "appeal", "request", "plea", "ultimatum", "warning",
                                 "objection", "protest", "opposition", "criticism", "threat", "urging", "order"})

    _THEME_TYPES = frozenset({"AID", "AGREE", "MOBILIZE", "RETREAT", "THREATEN", "ACCUSE", "COOPERATE", "SUPPORT"})

    def is_theme(self, o: Token, typ: str | None) -> bool:
        """What is given, sent or withdrawn, not whom it is done to: "offered its troops to X"."""
        if typ not in self._THEME_TYPES or (o.i in self.ctx.tok_actor and o.pos_ == "PROPN"):
            return False
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our", "my") for c in o.children):
            return True
        return any(self.in_class(o, c) for c in self._THEMES)

    @staticmethod
    def shifted_object(v: Token) -> Token | None:
        """'denounced as a provocation Armenia's drills', 'decried as illegal Israel's expansion':
        an object moved past the verb's 'as' predicate, which the parser reads into the 'as'
        phrase (as its apposition, or as the possessed noun the predicate modifies)."""
        for prep, p in _prep_objs(v, {"as"}):
            app = _first(p, "appos")
            if app is not None and app.pos_ in ("NOUN", "PROPN"):
                return app
            if any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my", "your") for c in p.children):
                return p
        return None

    def target_tokens(self, f: _Found, v: Token, src_heads: set[int], extra: list[Token] | None = None) -> list[Token]:
        typ = f.code.type if f.code else None
        preps = set(_TARGET_PREPS.get(typ or "", _TARGET_PREPS["default"]))

        def ok(toks: list[Token]) -> list[Token]:
            return [t for t in toks if t.i not in src_heads and not (t.pos_ == "PRON" and t.lower_ in ("it", "this", "that", "which", "what"))]

        def place_ok(prep: str, p: Token) -> bool:
            if prep in ("in", "at", "near", "outside", "along"):
                return p.ent_type_ in ("GPE", "LOC", "NORP", "ORG") or p.i in self.ctx.tok_actor or any(
                    c.dep_ in ("amod", "compound", "poss") and (c.i in self.ctx.tok_actor or c.ent_type_ in ("GPE", "NORP"))
                    for c in p.children)
            return True

        harm = typ in ("ASSAULT", "COERCE")
        # where several partners meet, sign or train is not whom they deal with ("A and B signed a
        # pact in Tokyo", "held talks in Geneva", "exercises in the Arabian Sea"); one actor's
        # place is ("arrived in Beijing", "opened an embassy in Tehran")
        together = len({i for a in f.sources for i in a.ids}) >= 2
        partner = together and typ in ("AGREE", "SUPPORT", "COOPERATE", "CONSULT")

        def from_preps(t: Token, allowed: set[str]) -> list[list[Token]]:
            out = []
            for prep, p in _prep_objs(t, allowed):
                if prep in self._PLACE_PREPS and partner:
                    continue
                if prep == "at" and self.in_class(p, "people") and p.pos_ == "NOUN":
                    out.append([p])  # "fired at protesters": whom, not where
                elif place_ok(prep, p):
                    out.append(self.find_actorish(p, places=harm))
                elif prep in self._PLACE_PREPS:
                    out.append(self.named_places(p))  # "at a prison in southern Mexico"
            return out

        def defied(h: Token) -> list[list[Token]]:
            """'in defiance of X', 'in protest against X', 'despite pressure from X', 'defying X'."""
            out = []
            for prep, p in _prep_objs(h, {"in", "despite", "against"}):
                lem = _lemma(p)
                if prep == "in" and lem in self._DEFY_NOUNS:
                    out += [self.find_actorish(q) for _, q in _prep_objs(p, {"of", "against", "at", "to", "over"})]
                elif prep == "despite" and lem in self._PRESSURE_NOUNS:
                    out += [self.find_actorish(q) for _, q in _prep_objs(p, {"from", "by", "of"})]
                    out.append([c for c in p.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our")])
            for c in h.children:
                if c.dep_ in ("advcl", "xcomp", "acl") and _lemma(c) in ("defy", "flout") and c.tag_ == "VBG":
                    o = _first(c, "dobj")
                    if o is not None:
                        out.append(self.find_actorish(o))
            return out

        cands: list[list[Token]] = []
        if extra:
            cands.append(extra)
        cc = _first(v, "ccomp")
        # "demanded that the US cancel": the subject of the complement
        if typ == "REQUEST" and cc is not None:
            cands.append([s for s in cc.children if s.dep_ in ("nsubj", "nsubjpass")])
        # "called for Sudan to hold elections": the subject of the "for ... to" clause
        if typ == "REQUEST":
            for c in v.children:
                if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" and m.i > v.i for m in c.children):
                    cands.append([s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"])
        obj = _first(v, "dobj")
        if obj is None and typ in self._EVALUATIVE:
            obj = self.shifted_object(v)
        passive_subj = _first(v, "nsubjpass") if _is_passive(v) and not (f.code and self._stative(v)) else None
        # "welcomed the end of the mission", "condemned the killing of X": what is ended or harmed
        # is not whom the praise or blame is for; the one who ended it is ("the council's decision
        # to end ...", "the lifting of the ban by the court"), where the clause names one
        if typ in self._EVALUATIVE and obj is not None and _lemma(obj) in self._ENDINGS:
            agents = [c for c in obj.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my", "your")]
            agents += [q for p, q in _prep_objs(obj, {"by"})]
            agents += [q for _, o in _prep_objs(obj, {"of"}) for p, q in _prep_objs(o, {"by"})]  # "the lifting of X by Y"
            return ok([a for t in agents for a in self.find_actorish(t)])
        for o in (obj, passive_subj):
            if o is not None and not self.is_theme(o, typ):
                cands.append(self.find_actorish(o, places=harm))
        # a protest or a refusal is aimed at whom it defies
        if typ in ("PROTEST", "REJECT", "THREATEN"):
            for h in (v, _complement(v), obj):
                if h is not None:
                    cands.extend(defied(h))
        if f.noun is not None and (obj is None or f.noun.i != obj.i):
            n = f.noun
            cands.extend(from_preps(n, preps - {"by"}))  # "patrols by police": the noun's doer
            cands.append([c for c in n.children if c.dep_ in ("poss", "amod", "compound") and (c.i in self.ctx.tok_actor or c.ent_type_ in _ACTOR_ENTS) and c.lower_ not in ("its", "their", "his", "her")])
        if obj is not None and self.is_theme(obj, typ):
            # "received a mission of observers from the OSCE": where the sent thing comes from or goes
            for d in obj.subtree:
                if d.dep_ == "prep" and d.lower_ in ("from", "to", "for", "into") and d.i > obj.i:
                    cands.extend(self.find_actorish(p) for p in _children(d, "pobj"))
            cands.extend(from_preps(obj, preps - {"of"}))
        elif obj is not None:
            cands.extend(from_preps(obj, preps | {"of"}))
        places = {"in", "at", "near", "outside", "along"}
        cands.extend(from_preps(v, preps - places))
        # "warned that police will no longer tolerate rallies by the Kifaya group"
        if typ in ("THREATEN", "ACCUSE") and cc is not None:
            o = _first(cc, "dobj")
            if o is not None:
                cands.append(self.find_actorish(o))
            cands.extend(from_preps(cc, preps))
        # protests: what the purpose clause is against ("blocked roads to press demands from X")
        if typ in ("PROTEST", "REQUEST"):
            for c in v.children:
                if c.dep_ in ("advcl", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                    o = _first(c, "dobj")
                    if o is not None:
                        cands.append(self.find_actorish(o))
                    cands.extend(from_preps(c, preps | {"for", "from"}))
        # threats: the one the condition is put to ("... unless Israel rescinded")
        if typ == "THREATEN":
            for h in (v, v.head, _complement(v)):
                if h is None:
                    continue
                for c in h.children:
                    if c.dep_ == "advcl" and any(x.dep_ == "mark" and x.lower_ in ("unless", "if") for x in c.children):
                        cands.append([s for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"])
        # last, the place it happened in ("struck targets in southern Lebanon")
        cands.extend(from_preps(v, preps & places))
        if harm or typ == "PROTEST":  # "rioted at a prison in southern Mexico"
            cands.extend(from_preps(v, places - preps))
        for c in cands:
            c = ok(c)
            if c:
                return c
        return []

    def _stative(self, v: Token) -> bool:
        e, _ = self.verb_entry(v)
        return bool(e and e.stative)

    # ------------------------------------------------------------------ clauses

    def speaker_of(self, v: Token) -> tuple[list[Arg] | None, Token | None]:
        """For a clause reported by a verb of saying: the speaker (as args) and the verb."""
        t = v
        for _ in range(8):
            if t.dep_ in ("ccomp", "parataxis") or (t.dep_ == "conj" and t.head.dep_ == "ccomp"):
                r = t.head if t.dep_ != "conj" else t.head.head
                if _lemma(r) in self.lex.report or (self.lex.verbs.get(_lemma(r)) and self.lex.verbs[_lemma(r)].report):
                    return self.speaker_args(r), r
                if t.dep_ == "ccomp":
                    return None, None
            if t.dep_ == "ROOT" or t.head.i == t.i:
                break
            t = t.head
        # a verb of saying inside the clause's sentence that takes this clause as its complement
        for c in v.children:
            if c.dep_ in ("parataxis",) and _lemma(c) in self.lex.report:
                return self.speaker_args(c), c
        aid = self.ctx.quote_speaker(v)
        if aid:
            return [Arg(v.i, [aid], self.ctx.actors[aid].name if aid in self.ctx.actors else aid, (v.i, v.i))], None
        return None, None

    def speaker_args(self, r: Token) -> list[Arg]:
        aid = self.ctx.cue_actor.get(r.i)
        subj = self.subject(r)
        if subj and subj[0].pos_ != "PRON":
            args = self.args(subj, None)
            if aid and args and not args[0].ids:
                args[0].ids = [aid]
            return args
        if aid:
            name = self.ctx.actors[aid].name if aid in self.ctx.actors else aid
            t = subj[0] if subj else r
            return [Arg(t.i, [aid], subj[0].text if subj else name, (t.i, t.i))]
        if subj:
            return self.args(subj, None)
        return []

    def is_clause_head(self, v: Token) -> bool:
        if v.pos_ not in ("VERB", "AUX"):
            return False
        if v.dep_ in ("aux", "auxpass", "amod", "relcl", "acl", "pcomp", "csubj", "compound", "xcomp", "prep", "npadvmod", "oprd", "acomp", "pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "dep", "intj", "meta"):
            return False
        if v.dep_ == "advcl":
            marks = {c.lower_ for c in v.children if c.dep_ in ("mark", "aux")}
            if marks & _SKIP_ADVCL_MARKS or "to" in marks:
                return False
            if not any(c.dep_ in _SUBJ for c in v.children):
                return False  # participles: "..., killing four"
        return True

    def read(self, v: Token, consumed: set[int]) -> list[_Found]:
        lex = self.lex
        lem = _lemma(v)
        speaker, rverb = self.speaker_of(v)
        # verbs of saying: their objects may be events ("announced a suspension of links")
        e, _ = self.verb_entry(v)
        if lem in lex.report and not (e and e.type is not _MISSING and e.type is not None and not e.report):
            obj = _first(v, "dobj")
            code = self.noun_code(obj) if obj is not None else None
            if code is None:
                return []
            f = _Found(code, v, [v, obj], noun=obj, chain=[v.i])
            f.sources = self.args(self.subject(v), speaker) if self.subject(v) else (speaker or [])
            return [self.finish(f, [v], speaker, rverb, consumed, v)]
        if e is not None and e.report and _first(v, "dobj") is None:
            return []
        # "be ready to", "is opposed to", "remained on alert"
        pred = v
        if lem in ("be", "remain", "stay", "become", "appear", "seem", "keep", "put", "place"):
            ac = _first(v, "acomp")
            if ac is not None and _lemma(ac) in lex.adjectives:
                pred = ac
            elif any(_lemma(p) == "alert" for _, p in _prep_objs(v, {"on"})):
                # "troops remained on alert", "police were placed on high alert"
                f = _Found(Code("MOBILIZE"), v, [v], chain=[v.i])
                f.sources = self.args(self.subject(v), speaker)
                if not f.sources and _is_passive(v):
                    f.sources = self.args(_children(v, "nsubjpass"), speaker)
                return [self.finish(f, [v], speaker, rverb, consumed, v)]
            elif lem not in ("put", "place", "keep"):
                return []
        if pred.i != v.i:
            ae = lex.adjectives[_lemma(pred)]
            code: Any = ae.type if ae.type is not _MISSING else None
            if ae.prep:
                for prep, p in _prep_objs(pred, set(ae.prep)):
                    code = ae.prep[prep]
            x = _complement(pred)
            if ae.control and x is not None:
                return self.control(v, pred, ae.control, x, speaker, rverb, consumed)
            if code is None:
                return []
            f = _Found(code, v, [v, pred], chain=[v.i])
            f.sources = self.args(self.subject(v), speaker)
            return [self.finish(f, [v, pred], speaker, rverb, consumed, pred)]
        # control verbs with an infinitive
        x = _complement(v)
        if e is not None and e.control and x is not None:
            return self.control(v, v, e.control, x, speaker, rverb, consumed)
        code, noun, e = self.classify(v)
        # reported obligation: "Russia said Sudan must return the helicopter"
        mod = self.modality([v])
        if speaker and (mod["oblige"]) and rverb is not None:
            subj = self.subject(v)
            sargs = self.args(subj, None) if subj else []
            spk_ids = {i for s in speaker for i in s.ids}
            sub_ids = {i for a in sargs for i in a.ids}
            if sargs and not (subj[0].pos_ == "PRON" and subj[0].lower_ in ("we", "i")) and not (sub_ids and sub_ids <= spk_ids):
                f = _Found(Code("REQUEST"), v, [rverb, v], chain=[rverb.i, v.i])
                f.sources = speaker
                f.targets = sargs
                return [self.finish(f, [v], None, None, consumed, v, fixed_targets=True, reported=True)]
        if code is None or code is LIGHT:
            # "issued a statement condemning ...", "sent a letter demanding ...": the statement's content
            obj = _first(v, "dobj")
            if obj is not None and self.in_class(obj, "statements") and (e is None or e.light or e.purpose):
                for c in obj.children:
                    if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBG":
                        return self.control(v, v, "TRANSPARENT", c, speaker, rverb, consumed)
            # an event noun as the subject of an 'occur' verb: "clashes erupted between ..."
            s = _first(v, "nsubj")
            if lem in lex.occur and s is not None:
                c = self.noun_code(s)
                if c is not None:
                    f = _Found(c, v, [s, v], noun=s, chain=[v.i])
                    between = [p for prep, p in _prep_objs(s, {"between", "among", "by"}) + _prep_objs(v, {"between", "among"})]
                    parts = between or [m for m in s.children if m.dep_ in ("poss", "amod", "compound") and (
                        m.i in self.ctx.tok_actor or m.ent_type_ in _ACTOR_ENTS)]
                    f.sources = self.args(parts, speaker)
                    return [self.finish(f, [v], speaker, rverb, consumed, v)]
            return []
        f = _Found(code, v, [v] + ([noun] if noun is not None else []), noun=noun, chain=[v.i])
        f.sources = self.args(self.subject(v), speaker)
        if e is not None and e.stative and _is_passive(v):
            f.sources = self.args([c for c in v.children if c.dep_ == "nsubjpass"], speaker)
        return [self.finish(f, [v], speaker, rverb, consumed, v)]

    def control(self, v: Token, pred: Token, kind: str, x: Token, speaker, rverb, consumed: set[int]) -> list[_Found]:
        # the complement's own reading (possibly through further control verbs)
        inner: _Found | None = None
        xe, _ = self.verb_entry(x)
        xx = _complement(x)
        if xe is not None and xe.control and xx is not None:
            sub = self.control(x, x, xe.control, xx, speaker, rverb, set())
            inner = sub[0] if sub else None
        else:
            code, noun, _ = self.classify(x)
            if code is not None and code is not LIGHT:
                inner = _Found(code, x, [x] + ([noun] if noun is not None else []), noun=noun, chain=[x.i])
        src = self.args(self.subject(v), speaker)
        lem = _lemma(pred)
        intyp = inner.code.type if inner and inner.code else None
        hyp = False
        tgt_extra: list[Token] | None = None
        if kind == "AGREE":
            if intyp in self.lex.threat and intyp not in ("THREATEN",) and lem not in ("agree", "offer", "consent"):
                code = Code("THREATEN", self.lex.threat_modes.get(intyp))
            else:
                code = Code("AGREE")
        elif kind == "THREATEN":
            code = Code("THREATEN", self.lex.threat_modes.get(intyp or "", None))
            if inner and inner.code and inner.code.mode == "curfew":
                code = Code("THREATEN", "curfew")
        elif kind == "REJECT":
            code = Code("REJECT")
        elif kind == "REQUEST":
            code = Code("REQUEST")
            o = _first(pred, "dobj") or _first(x, "nsubj")
            if o is not None:
                tgt_extra = self.find_actorish(o)
        elif kind == "ALLOW":
            code = Code("CONCEDE")
            o = _first(pred, "dobj") or _first(x, "nsubj")
            if o is not None:
                tgt_extra = self.find_actorish(o)
            if intyp == "RETREAT":
                code = Code("RETREAT")
        elif kind == "PREVENT":
            code = Code("COERCE", "restrict")
            o = _first(pred, "dobj") or _first(x, "nsubj")
            if o is not None:
                tgt_extra = self.find_actorish(o)
        elif kind in ("TRANSPARENT", "CONTINUE", "ORDER", "INTENT", "PREVENT_TRANSPARENT"):
            if inner is None or inner.code is None:
                return []
            code = inner.code
            hyp = kind == "INTENT"
        else:
            return []
        f = _Found(code, v, [v] + ([pred] if pred.i != v.i else []) + (inner.trigger if inner else [x]),
                   noun=inner.noun if inner else None, chain=[v.i, x.i])
        f.sources = src
        f.hypothetical = hyp
        f.obj = _first(x, "dobj")
        verbs = [v, x] if pred.i == v.i else [v, pred, x]
        if tgt_extra is None and inner is not None and inner.targets:
            # "decided to allow candidate X to participate": the inner control verb's target
            f.targets = inner.targets
            return [self.finish(f, verbs, speaker, rverb, consumed, v, fixed_targets=True, kind=kind, inner_type=intyp)]
        if tgt_extra is None:
            # the complement's target: "agreed to provide aid to Poland", "voted to end the mission in Mali"
            probe = _Found(inner.code if inner and inner.code else code, x, [x], noun=inner.noun if inner else None)
            tgt_extra = self.target_tokens(probe, x, {a.head for a in src}) or None
            if tgt_extra is None and probe.code != code:
                probe.code = code
                tgt_extra = self.target_tokens(probe, x, {a.head for a in src}) or None
        return [self.finish(f, verbs, speaker, rverb, consumed, v, extra_targets=tgt_extra, kind=kind, inner_type=intyp)]

    def finish(self, f: _Found, verbs: list[Token], speaker, rverb, consumed: set[int], anchor: Token,
               extra_targets: list[Token] | None = None, fixed_targets: bool = False,
               kind: str | None = None, reported: bool = False, inner_type: str | None = None) -> _Found:
        """Consume the clause, apply negation and modality, find the targets."""
        lex = self.lex
        for t in verbs:
            consumed.add(t.i)
        # consume complements (not coordinated verbs or temporal clauses)
        for t in verbs:
            for c in t.children:
                if c.dep_ in ("ccomp", "xcomp", "prep", "dobj", "advcl", "acomp", "oprd", "dative", "pcomp") and not (c.dep_ == "advcl" and self.is_clause_head(c)):
                    for d in c.subtree:
                        consumed.add(d.i)
        m = self.modality(verbs)
        code = f.code
        # negation: the lexicon's flip ("will not accept" -> REJECT), else a flag
        if m["neg"]:
            e, _ = self.verb_entry(verbs[-1] if kind in ("TRANSPARENT", "CONTINUE", "ALLOW") else verbs[0])
            flip = e.neg if e is not None else None
            if flip is None:
                e0, _ = self.verb_entry(anchor)
                flip = e0.neg if e0 is not None else None
            if flip is not None and code is not None and code.type != flip.type:
                code = flip
            elif code is not None and code.type == "REJECT" and kind == "REJECT":
                f.negated = True
            else:
                f.negated = True
        future = m["future"] or m["going"] or (m["would"] and not m["perfect"] and (speaker is not None or rverb is not None))
        if m["perfect"] or (m["would"] and not future and not m["cond"]):
            f.hypothetical = True
        elif code is not None and not f.negated and kind != "CONTINUE" and not reported:
            t = code.type
            weak = code.cameo is not None and not code.pattern and TABLE_FUTURE == "hypothetical"
            if (future or m["possible"]) and weak and not m["cond"]:
                # a verb's default reading from the broad table, announced or possible: not a
                # promise or a threat on that alone ("he would consider", "will inspire us")
                f.hypothetical = True
            elif future and rverb is not None and _lemma(rverb) in _ANNOUNCE and t in ("SANCTION", "COERCE") \
                    and not (m["unless"] or m["cond"] or m["possible"]):
                # "announced it would suspend aid / expel the diplomats": a measure announced is
                # a decision taken, the measure itself (PLOVER codes it), not a threat to take it
                pass
            elif future or m["possible"]:
                if m["unless"] or (m["cond"] and t in lex.threat) or (t in lex.threat and t != "THREATEN" and not m["possible"]):
                    code = Code("THREATEN", lex.threat_modes.get(t) if t != "THREATEN" else code.mode)
                elif m["possible"]:
                    f.hypothetical = True
                elif t in lex.promise and kind not in ("AGREE", "THREATEN", "REJECT", "REQUEST"):
                    code = Code("AGREE")
            elif m["oblige"] and not speaker:
                f.hypothetical = True
            elif m["would"] and m["cond"]:
                if t in lex.threat:
                    code = Code("THREATEN", lex.threat_modes.get(t))
                elif t in lex.promise:
                    code = Code("AGREE")
        # epistemic reporting ("officials fear ...") makes the content hypothetical
        if rverb is not None and _lemma(rverb) in lex.epistemic:
            f.hypothetical = True
        if m["neg"] and kind == "REJECT":
            f.negated = True
        if code is not None and f.code is not None and code.cameo is None and f.code.cameo:
            code = Code(code.type, code.mode, f.code.cameo, f.code.pattern)  # keep where it was read from
        f.code = code
        # mode from the clause's words where the lexicon's entry gave none
        if code is not None and code.mode is None and code.type in lex.modes:
            f.code = Code(code.type, self.mode_of(code.type, verbs, f), code.cameo, code.pattern)
        # targets
        if not fixed_targets:
            src_heads = {a.head for a in f.sources}
            toks = self.target_tokens(f, verbs[0], src_heads, extra_targets)
            f.targets = self.args(toks, speaker, placed=True) if toks else []
            # an actor does not act on itself in one event ("Palestinian police ... from Palestinian
            # groups" is two actors of one country, kept)
            sdirect = {i for a in f.sources if a.direct for i in a.ids}
            stexts = {a.text.lower() for a in f.sources}
            f.targets = [a for a in f.targets if not ((a.direct and a.ids and set(a.ids) <= sdirect) or a.text.lower() in stexts)]
            if f.code is not None and f.code.type == "MOBILIZE":
                # the forces mobilised ("ordered patrols by police", "the deployment of soldiers")
                # are what is sent, not whom it is aimed at
                doc = self.doc
                f.targets = [a for a in f.targets if a.ids and not set(a.ids) <= sdirect
                             or not (self.in_class(doc[a.head], "military") or self.in_class(doc[a.head], "police"))]
        if rverb is not None and f.code is not None and f.code.type in ("REQUEST", "THREATEN", "AGREE", "ACCUSE", "REJECT", "SUPPORT"):
            f.chain.append(rverb.i)
        return f

    def viable(self, f: _Found) -> bool:
        """An event needs a participant, and a source that can act: "the program allows ...",
        "proposals offer ..." are not events; a bomb or a blast can kill (ASSAULT, COERCE)."""
        if not f.sources and not f.targets:
            return False
        if f.code is not None and f.code.cameo and ACTORS_REQUIRED:
            # read from the broad table: as PETRARCH does, only between actors the article names
            # (a verb's default also needs a target that is one: "took office", "gave a speech",
            # "174 peacekeepers have died" are not events)
            # an agent noun ("police", "rebels", "farmers") may be the source of a phrase pattern,
            # and of a verb's default reading when the target is an actor named by its own head
            # ("Rebels attacked Goma", "Farmers praised Macron"); a visit, praise or help from
            # unnamed people to a place is not diplomacy ("tourists visited Paris")
            named_target = any(a.direct and not (f.code.type in self._COOPERATIVE and getattr(
                self.ctx.actors.get(a.ids[0]), "type", None) in ("location", "country")) for a in f.targets)
            if not any(a.ids or ((f.code.pattern or named_target) and self.is_agent_noun(a)) for a in f.sources):
                return False
            if not f.code.pattern and f.code.type in ("COOPERATE", "AID"):
                return False  # "gave", "paid", "bought", "linked": material help needs its phrase pattern
            # ... and a target that is one, unless a phrase pattern matched for a type that may
            # have none, or for several actors acting together ("A and B signed a treaty")
            together = len({i for a in f.sources for i in a.ids}) >= 2
            if not any(a.ids for a in f.targets) and (not f.code.pattern or not (f.code.type in _ONE_SIDED or together)):
                return False
        if f.sources and f.code is not None and f.code.type not in ("ASSAULT", "COERCE"):
            doc = self.doc
            if all(not a.ids and not self.is_agent(doc[a.head]) for a in f.sources):
                return False
        return True

    _COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})

    def is_agent_noun(self, a: Arg) -> bool:
        """A source named by a common agent noun (Phoenix's agents: "workers", "riot police",
        "rebels"), which PETRARCH codes as an actor without a country. Enough for a phrase
        pattern of the table, not for a verb's bare default ("police harassed supporters")."""
        t = self.doc[a.head]
        cands = [t]
        if _lemma(t) in self.lex.quantity_nouns or t.pos_ == "NUM":  # "thousands of miners"
            cands += [p for _, p in _prep_objs(t, {"of"})]
        return any(c.pos_ == "NOUN" and (_lemma(c) in self.vtab.agents or c.lower_ in self.vtab.agents) for c in cands)

    def mode_of(self, typ: str, verbs: list[Token], f: _Found) -> str | None:
        words: set[str] = set()
        for v in verbs:
            words.add(_lemma(v))
            for c in v.children:
                if c.dep_ in ("ccomp", "relcl", "advcl", "conj", "parataxis", "npadvmod"):
                    continue
                if c.dep_ == "prep" and c.lower_ in ("on", "at", "during", "after", "before", "near", "ahead", "since", "until", "following", "amid", "over", "about"):
                    continue
                for d in c.subtree:
                    words.add(_lemma(d))
                    words.add(d.lower_)
        for mode, ws in self.lex.modes.get(typ, []):
            if words & ws:
                return mode
        return None


# ============================================================================ dates and assembly


def _period_end(value: str) -> dt.date | None:
    m = re.match(r"^(\d{3}[\dX])(?:-(\d{2}))?(?:-(\d{2}))?$", value)
    if m:
        y = m.group(1)
        if "X" in y:
            return dt.date(int(y[:3]) * 10 + 9, 12, 31)
        yy = int(y)
        if m.group(3):
            try:
                return dt.date(yy, int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
        try:
            if m.group(2):
                mo = int(m.group(2))
                return dt.date(yy, mo, calendar.monthrange(yy, mo)[1])
            return dt.date(yy, 12, 31)
        except ValueError:  # year 0, month 13 (calendar.IllegalMonthError is one): no period
            return None
    m = re.match(r"^(\d{4})-W(\d{2})$", value)
    if m:
        try:
            return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
        except ValueError:
            return None
    return None


def _historical(value: str | None, published: str | None) -> bool:
    if not value or not published:
        return False
    end = _period_end(value)
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    # by the difference: pub - 31 days is out of range before 0001-02-01
    return end is not None and (pub - end).days > 31


def _event_date(ctx: _Ctx, f: _Found, sent) -> str | None:
    chain = set(f.chain) | {f.verb.i}
    for d, root, gov in ctx.dates:
        if gov in chain and sent.start <= root < sent.end:
            return d.value
    # coordinated clauses share a time frame: "... were killed and ... were ousted in 2020"
    v = f.verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    group = {v.i} | {c.i for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")}
    for d, root, gov in ctx.dates:
        if gov in group and sent.start <= root < sent.end:
            return d.value
    root = sent.root
    for d, r, gov in ctx.dates:
        if gov == root.i and sent.start <= r < sent.end:
            return d.value
    return ctx.published


def _arg_value(args: list[Arg]) -> str | list[str] | None:
    vals: list[str] = []
    for a in args:
        for v in (a.ids or [a.text]):
            if v and v not in vals:
                vals.append(v)
    if not vals:
        return None
    return vals[0] if len(vals) == 1 else vals


_QUOTES = "\"\u201c\u201d"


def _span(doc: Doc, lo: int, hi: int) -> Span:
    # close a quotation the evidence opened: 'called the mission "invaluable"'
    if hi + 1 < len(doc) and doc[hi + 1].text in _QUOTES and sum(
            doc[i].text in _QUOTES for i in range(lo, hi + 1)) % 2 == 1:
        hi += 1
    sp = doc[lo: hi + 1]
    return Span(start=sp.start_char, end=sp.end_char, text=sp.text)


def _is_id(x: str) -> bool:
    return x[:1] == "a" and x[1:].isdigit()


def _duplicate(keys: list[tuple], key: tuple, hist: bool) -> int | None:
    """The earlier event this one repeats: same type, source, flags and time frame, and targets
    that share an actor or where one side names none."""
    typ, src, tgt, neg, hyp = key
    if not src:
        return None
    for j, (t2, s2, g2, n2, h2, hist2) in enumerate(keys):
        if (t2, s2, n2, h2, hist2) != (typ, src, neg, hyp, hist):
            continue
        ids1 = {x for x in tgt if _is_id(x)}
        ids2 = {x for x in g2 if _is_id(x)}
        if (tgt & g2) or not tgt or not g2 or not ids1 or not ids2:
            return j
    return None


_VERB_POS = {spacy.symbols.VERB, spacy.symbols.AUX}


def _depth(t: Token) -> int:
    n = 0
    while t.head.i != t.i and n < 60:
        t = t.head
        n += 1
    return n


def extract_events(doc: Doc) -> list[Event]:
    lex = load_lexicon()
    ctx = _Ctx(doc, lex)
    reader = _Reader(ctx)
    events: list[Event] = []
    keys: list[tuple] = []
    pos = doc.to_array("POS")
    verbs = [i for i, p in enumerate(pos.tolist()) if p in _VERB_POS]
    k = 0
    for sent in doc.sents:
        while k < len(verbs) and verbs[k] < sent.start:
            k += 1
        heads = []
        while k < len(verbs) and verbs[k] < sent.end:
            t = doc[verbs[k]]
            if reader.is_clause_head(t):
                heads.append(t)
            k += 1
        heads.sort(key=lambda t: (_depth(t), t.i))
        consumed: set[int] = set()
        found: list[_Found] = []
        for v in heads:
            if v.i in consumed:
                continue
            for f in reader.read(v, consumed):
                if f.code is not None:
                    found.append(f)
        for f in sorted(found, key=lambda f: f.verb.i):
            if not reader.viable(f):
                continue
            trig = [t for t in f.trigger if t is not None]
            lo = min(t.i for t in trig)
            hi = max(t.i for t in trig)
            for a in f.sources + f.targets:
                if sent.start <= a.core[0] and a.core[1] < sent.end and abs(a.head - f.verb.i) < 25:
                    lo, hi = min(lo, a.core[0]), max(hi, a.core[1])
            if f.obj is not None:
                hi = max(hi, f.obj.i)
            for c in f.verb.children:
                if c.dep_ in ("oprd", "dobj", "prt") and c.i > hi and c.i - hi < 8:
                    hi = max(hi, c.right_edge.i if c.right_edge.i - c.i < 6 else c.i)
            date = _event_date(ctx, f, sent)
            src, tgt = _arg_value(f.sources), _arg_value(f.targets)
            key = (f.code.type, frozenset(i for a in f.sources for i in (a.ids or [a.text.lower()])),
                   frozenset(i for a in f.targets for i in (a.ids or [a.text.lower()])), f.negated, f.hypothetical)
            span = _span(doc, lo, hi)
            hist = _historical(date, ctx.published)
            dup = _duplicate(keys, key, hist)
            if dup is not None:
                prev = events[dup]
                prev.mentions.append(span)
                if prev.target is None and tgt is not None:
                    prev.target = tgt
                    prev.target_text = [a.text for a in f.targets]
                    keys[dup] = (keys[dup][0], keys[dup][1], key[2], keys[dup][3], keys[dup][4], hist)
                continue
            tlo, thi = min(t.i for t in trig), max(t.i for t in trig)
            ev = Event(
                type=f.code.type,
                mode=f.code.mode,
                source=src,
                target=tgt,
                span=span,
                date=date,
                historical=hist,
                trigger=_span(doc, tlo, thi),
                source_text=[a.text for a in f.sources],
                target_text=[a.text for a in f.targets],
                negated=f.negated,
                hypothetical=f.hypothetical,
                mentions=[],
            )
            events.append(ev)
            keys.append(key + (hist,))
            if TRACE is not None:
                TRACE[id(ev)] = (f.code.cameo, [_lemma(t) for t in trig] + [f"{_lemma(t)} {c.lower_}" for t in trig for c in t.children if c.dep_ == "prt"])
    return events


@Language.component("newsgraph_events")
def events_component(doc: Doc) -> Doc:
    doc._.events = extract_events(doc)
    return doc
