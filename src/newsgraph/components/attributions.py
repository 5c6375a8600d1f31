"""Who said what: attributions with speaker, cue and content (issue 3).

`extract_attributions(doc)` finds
- direct quotations (every quote-mark style, quotes over several paragraphs, a quote broken by
  "he said" as ONE attribution of several fragments) and the cue and speaker next to them;
  a quote standing alone gets `speaker=None` and `context_speaker` (the speaker of the previous
  attribution) for the actors stage to resolve;
- reported speech, beliefs and intentions around a cue word (verbs of saying, believing,
  promising, warning, accusing, ... and "according to"): the content is the verb's clause or
  object (dependency parse), the speaker its subject.

Candidates also come from noun cues (`the claim that`, `criticism of`, `X's view is that`) and
`Name: ...` lines; a scorer trained on PolNeAR train (linear weights plus one small hidden
layer over the same sparse features, see cue_model) keeps some, and a
candidate whose content mostly repeats a better-scored one's is dropped (DEDUP_OVERLAP).
One statement is one attribution: a reading nested in another one (`refused to reinstate the
law` read from both verbs, `the documents reveal ...` inside `according to X`), a reported
reading of a direct quote's words, and any two contents sharing half their words are kept once
(NEST_DEDUP, NEST_TH, QUOTE_DUP, FINAL_DEDUP).
Where a verb's content ends is chosen among several ranges (the parse's, cut at a comma or a
conjunction, to the end of the sentence or paragraph, ...) by a ranker trained on the same data
(`_Builder._variants`). Both models also read a token-role network (attributions_roles.py: how
likely each token is source, cue or content, from spaCy's tok2vec output).
`extract_attributions(doc, polnear=True)` follows PolNeAR's conventions for the scorer output
(`"A," she said. "B."` is one attribution; a quote alone joins the direct one before it or takes
the speaker of the context); the record keeps such quotes apart.

Cue words are a lexicon learned from PolNeAR train (scripts/train_attributions.py writes
data/attributions/cues.json: the share of each word form's occurrences that are annotated cues)
plus a hand list of reporting verbs for words the corpus lacks.
Each attribution then gets the kind of act it reports (`act`: say, write, think, decide, other)
and `act_score`, the probability that it is a statement (attributions_acts.py); the extraction
itself does not change (PolNeAR annotates every kind of act).
The spaCy component `newsgraph_attributions` writes `doc._.attributions` (offsets into doc.text).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import re
from pathlib import Path
from typing import NamedTuple

import spacy.symbols
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..nlp import doc_text, newline_tokens
from ..record import Attribution, Span
from .attributions_acts import SAY_VERBS, SPEECH_EVENT_VERBS, WRITE_VERBS
from .attributions_acts import classify as classify_acts
from .attributions_acts import read_more_links
from .attributions_quotes import QUOTE_CHARS, Quote, find_quotes, scan_quotes
from .attributions_roles import role_probs

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "attributions"
# a word form is a cue when at least this share of its PolNeAR train occurrences were cues
CUE_THRESHOLD = 0.30
# a source phrase longer than this many tokens loses its trailing relative clause
NP_RELCL_CUT = 30
# after a quote that closes on a comma, look this many tokens for the cue (else 12), and take
# any verb with a subject there when no known cue word is found (`"...," she yells`)
AFTER_WINDOW_OPEN = 30
ANY_VERB_AFTER_COMMA = True
# ... and a cue that hangs on another cue after the quote gives way to it (see _Builder.cue_after)
CUE_HEAD = True
# PolNeAR output for a quote alone that joined nothing: "keep" (no source), "drop", or
# "context" (the context speaker as its source)
ALONE_POLNEAR = "context"
# ... when the context speaker is at most this many characters before the quote (else "drop")
ALONE_CONTEXT_CHARS = 150
# extra candidate rules: noun cues (`the claim that`, `criticism of`, `X's view is that`) whose
# word is a cue at least NOUN_CUE_MIN of the time in PolNeAR train, and `Name: ...` lines
EXTRA_RULES = True
# keep a reported-speech source inside its cue's paragraph
CLIP_SPEAKER = True
NOUN_CUE_MIN = 0.15
# drop a reported-speech candidate whose content overlaps (character Jaccard) this much with
# an accepted one scored higher (1.0: keep all)
DEDUP_OVERLAP = 0.45
# ... and one whose content holds, or lies inside, the content of an accepted candidate scored
# higher with the same speaker (`refused to reinstate the law` read from `refused` and `reinstate`)
NEST_DEDUP = True
# reported speech whose cue lies inside another attribution's content (`according to X, the team
# decided to ...`) is kept only when scored at least this (PolNeAR leaves most such readings out;
# `say` and `tell` with a speaker are exempt: `a letter that he said was drafted by ...`)
NEST_TH = 0.8
# ... as is one in an adverbial clause (`voted to end the mission after the minister called it
# a "failure"`): the clause is the outer content's tail more often than part of what it reports
NEST_ADV = True
_SIDE_MARKS = {"as", "while", "whereas", "although", "though"}  # a side statement's clause (_cut_side_speech)
_ADV_MARKS = {"after", "before", "when", "while", "as", "because", "since", "until", "once", "although",
              "though", "if"}
# reported speech whose content lies inside a direct quote, its cue outside: not a second
# attribution; where the quote has no speaker of its own, it takes this one's speaker and cue
QUOTE_DUP = True
# a reported content that stops inside a quotation it opened runs on to the closing mark
QUOTE_EXTEND = True
# of two attributions whose contents share this share of their words (Jaccard), the one whose
# content starts first stays (1.0: keep both; see _Builder._dedup)
FINAL_DEDUP = 0.5
# cut these tails off reported content (see _Builder._trim_tail)
TRIM_TAILS = ("semi", "obj")
# `X, he said, is Y`: a cue set off by commas inside what it reports (content in two fragments)
PAREN_CUES = True
# reported content that is a noun phrase (`banned waterboarding when ...`) stops before these
# prepositions of the cue, and before `, which ...` / `, whom ...` / an apposition of its object
_OBJ_CUT_PREPS = {"during", "after", "before", "since", "amid", "despite", "following", "throughout", "while"}
_OBJ_PLACE_PREPS = {"in", "on", "at"}
_OBJ_PLACE_NOUNS = {"interview", "statement", "speech", "rally", "debate", "conference", "event", "tweet",
                    "appearance", "op-ed", "letter", "post", "video", "town", "hall", "meeting", "campaign"}
# PolNeAR output (`polnear=True`) joins `"A," he said. "B."` into one attribution of two
# fragments and appends a quote standing alone to the direct attribution just before it (the
# corpus's convention); the record keeps them apart (the second quote gets a context speaker).
MERGE_AFTER_PERIOD = True
# PolNeAR output: a quote alone joins the direct attribution before it when at most this many
# characters of other text lie between them
MERGE_ALONE_GAP = 120
# score reported-speech candidates with the learned model when its weights are shipped
USE_MODEL = True
SOURCE_RULES = True  # see _source_of
ROLE_FEATURES = True  # the token-role network's probabilities as scorer and ranker features
ROLE_CONTEXT = True  # ... and what it says of the tokens around a content range
# several content ranges per cue (see _Builder._variants); the scorer picks one
VARIANTS = True
VARIANT_CUTS = 4
VARIANT_MAX_TOKENS = 150
_CUT_PUNCT = {",", ";", "\u2014", "\u2013", "--", "(", ":"}
# model threshold for candidates whose content holds a quoted phrase
PARTIAL_THRESHOLD = 0.12
# "At least 30 were hurt, he said, including ...", "X, the ministry said, as protests ...": a
# say/tell with its own subject set after the clause it reports (the scorer, trained on PolNeAR,
# rates these 0.2-0.3 when something follows the cue)
SAID_AFTER_THRESHOLD = 0.15
# "Turnout was 63%, it said, up from 58%": a whole clause, a comma, then subject and say (the
# scorer rates a pronoun subject here 0.1-0.2)
SAID_AFTER_CLAUSE_THRESHOLD = 0.1
# "Mirzoyan said Baku had assured him that it would ...": speech reported inside another's
# statement, by a verb of speech with its own subject and a that-clause (the scorer, trained on
# PolNeAR, rates these 0.2-0.3)
NESTED_SPEECH_THRESHOLD = 0.15
_NESTED_SPEECH = {"assure", "promise", "tell", "warn", "pledge", "insist", "deny", "admit", "acknowledge",
                  "confirm", "inform", "notify", "vow"}
# reporting verbs (lemmas) taken as cues whatever the corpus says
SAY_LEMMAS = {
    "say", "tell", "add", "claim", "warn", "accuse", "deny", "promise", "pledge", "vow", "urge",
    "demand", "insist", "argue", "believe", "think", "suggest", "propose", "acknowledge", "admit",
    "announce", "declare", "state", "stress", "note", "explain", "report", "write", "tweet",
    "predict", "fear", "hope", "regret", "reject", "criticize", "criticise", "condemn", "praise",
    "confirm", "reveal", "complain", "respond", "reply", "allege", "assert", "contend",
    "concede", "maintain", "emphasize", "emphasise", "caution", "recommend", "estimate", "vow",
    "threaten", "blame", "slam", "decry", "denounce", "lament", "signal", "indicate", "disclose",
    "recall", "remark", "comment", "observe", "point", "testify", "agree", "disagree", "doubt",
    "expect", "want", "plan", "intend", "question", "dispute", "welcome", "thank", "endorse",
    "back", "support", "oppose", "call", "voice", "express", "describe", "brand", "label",
}
# lemmas that are cues only with a clause or object of speech (too common otherwise)
_WEAK_VERBS = {"be", "have", "do", "make", "get", "take", "go", "come", "give", "see", "show",
               "know", "find", "use", "put", "keep", "let", "look", "seem", "appear", "need"}
_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_ATTITUDE_NOUNS = {"concern", "worry", "hope", "fear", "doubt", "regret", "confidence", "optimism",
                   "frustration", "anger", "alarm", "dismay", "disappointment", "skepticism", "support"}
_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "dative", "pcomp")


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, float]:
    try:
        data = (DATA_DIR / "cues.json").read_text("utf-8")
        return dict(json.loads(data)["cue_prob"])
    except (OSError, KeyError, ValueError):
        return {}


def cue_score(tok: Token) -> float:
    """How likely the token is an attribution cue (0..1)."""
    if tok.pos_ not in ("VERB", "NOUN", "ADJ") and tok.lower_ != "according":
        return 0.0
    p = cue_lexicon().get(tok.lower_.replace("\u2019", "'"), 0.0)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in SAY_LEMMAS:
        p = max(p, 0.5)
    return p


# ----------------------------------------------------------------------------- spans


def _strip(text: str, s: int, e: int, keep_quotes: bool = True) -> tuple[int, int]:
    junk = " \t\n\u00a0,;:-\u2014\u2013(" + ("" if keep_quotes else QUOTE_CHARS)
    while s < e and text[s] in junk:
        s += 1
    while e > s and text[e - 1] in junk + ")":
        e -= 1
    return s, e


def _span(doc: Doc, s: int, e: int, keep_quotes: bool = True) -> Span | None:
    text = doc_text(doc)
    s, e = _strip(text, s, e, keep_quotes)
    if e <= s:
        return None
    return Span.of(text, s, e)


def _tok_span(doc: Doc, toks: list[Token]) -> Span | None:
    if not toks:
        return None
    return _span(doc, min(t.idx for t in toks), max(t.idx + len(t) for t in toks))


def _range_span(doc: Doc, lo: int, hi: int) -> Span | None:
    """_tok_span of the tokens lo..hi-1 (in order: the first starts first, the last ends last),
    without making a Token for each."""
    if hi <= lo:
        return None
    last = doc[hi - 1]
    return _span(doc, doc[lo].idx, last.idx + len(last))


def _subtree_range(tok: Token) -> tuple[int, int]:
    """Token index range [i, j) of the token's subtree (left_edge..right_edge)."""
    return tok.left_edge.i, tok.right_edge.i + 1


# passive cues whose subject is the one who holds the view (`was worried that`); for other
# passives without a `by` phrase PolNeAR leaves the source empty (`was asked whether ...`)
_PASSIVE_HOLDERS = {"assure", "divide", "split", "worry", "concern", "convince", "thrill", "embitter", "poise",
                    "mystify", "align", "rattle", "dedicate", "commit", "determine", "prepare", "disappoint",
                    "frustrate", "alarm", "satisfy", "persuade", "oppose", "inspire", "encourage", "resolve",
                    "unite", "torn", "scare", "shock", "surprise", "please", "delight", "trouble", "dismay"}
# cues whose grammatical subject is not a source (`X appears to ...`)
_NO_SOURCE_LEMMAS = {"appear", "seem"}
# `X seemed Y`, `X is expected to Y`: the content is the subject and the complement (RAISING)
RAISING = True
_RAISING_VERBS = {"appear", "seem"}
_RAISING_PASSIVES = {"expect", "consider", "find", "think", "believe", "see", "view", "regard", "deem",
                     "know", "say", "report", "rumor", "estimate", "judge", "presume", "suppose"}


# speech acts conjoined to a say/tell ("X said A and denied that B", "... and accused Y of Z",
# "... and vowed a response"): the parse hangs them on the reported clause, whose subject then
# passes for the speaker
_CONJ_SPEECH = {"deny", "accuse", "vow", "insist", "argue", "warn", "promise", "pledge", "urge", "reject",
                "dismiss", "add", "claim", "blame", "criticize", "criticise", "condemn", "acknowledge",
                "admit", "stress", "threaten", "call", "predict", "allege", "complain", "dispute"}


def _conj_of_reported(tok: Token) -> Token | None:
    """For a speech verb conjoined to the clause a say/tell reports, with no subject of its own
    and in the say verb's form (`Vial said the companies had offered X and denied that Y`), the
    say verb: the one who said is the one who denied."""
    if tok.dep_ != "conj" or tok.lemma_ not in _CONJ_SPEECH:
        return None
    if any(c.dep_ in _SUBJ for c in tok.children):
        return None
    h = tok.head
    if h.dep_ != "ccomp" or h.i > tok.i:
        return None
    g = h.head
    if g is h or g.i > h.i or g.lemma_ not in ("say", "tell"):
        return None
    if g.tag_ != tok.tag_ and not (g.tag_ == "VBD" and tok.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children)):
        return None  # (the tagger reads a past tense after "and" as a participle: "and accused")
    if not any(c.dep_ == "nsubj" for c in g.children):
        return None
    return g


_REPORT_HOSTS = {"say", "tell", "add", "announce", "state", "write", "report", "note", "explain", "insist"}


def _participle_of_reported(tok: Token) -> Token | None:
    """"X said Moscow had abstained because ..., arguing that Y": a speech participle after a
    comma, hung by the parse on a verb of the clause a say reports, is the sayer's (its source
    is the say's subject, not the reported clause's)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj") or tok.lemma_ not in SAY_LEMMAS \
            or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    h = tok.head
    for _ in range(4):
        if h.lemma_ in _REPORT_HOSTS or h.head is h:
            return None  # hung on a say already: the ordinary rules read it
        if h.dep_ == "ccomp" and h.head.lemma_ in _REPORT_HOSTS and h.head.i < h.i:
            return h.head
        if h.dep_ not in ("advcl", "conj", "ccomp", "xcomp"):
            return None
        h = h.head
    return None


def _reduced_relative(cue: Token) -> tuple[Token, int] | None:
    """`X did Y, a move rights groups said would Z`: a say verb whose subject begins with the noun
    the relative clause describes (`a move`, `a step`, `a ruling`) and whose right clause has no
    subject of its own (it starts with `would`, `could` ...): that clause and where the speaker
    starts (after the described noun)."""
    if cue.lemma_ not in ("say", "warn", "argue", "claim", "fear", "predict", "believe", "think"):
        return None
    kids = list(cue.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < cue.i), None)
    comp = next((c for c in kids if c.dep_ == "ccomp" and c.i > cue.i), None)
    if subj is None or comp is None or subj.i != cue.i - 1 or subj.tag_ not in ("NNS", "NNPS", "NN", "NNP"):
        return None
    if any(c.dep_ in _SUBJ for c in comp.children) or comp.left_edge.i != cue.i + 1 \
            or comp.doc[cue.i + 1].tag_ != "MD":
        return None
    lo = subj.left_edge.i
    doc = cue.doc
    if lo > 0 and doc[lo].lower_ not in ("a", "an") and doc[lo - 1].lower_ in ("a", "an"):
        lo -= 1  # the article hung on the described noun ("a/det step airlines")
    if doc[lo].lower_ not in ("a", "an") or lo + 2 > subj.i:
        return None
    noun = doc[lo + 1]
    if noun.dep_ not in ("compound", "amod") or noun.pos_ not in ("NOUN", "VERB") or noun.head.i != subj.i \
            and noun.head.head.i != subj.i:
        return None
    if lo + 2 == subj.i and not subj.tag_.endswith("S"):
        return None  # "a move exporters" (plural speakers), not "a news agency"
    if not (lo > 0 and doc[lo - 1].text in (",", "\u2014", "-", "\u2013")):
        return None  # the relative hangs on a clause before it
    return comp, lo + 2


def _nested_speech(tok: Token) -> bool:
    """A verb of speech inside what a say/tell reports, with its own subject and clause
    (`Mirzoyan said Baku had assured him that it would ...`)."""
    if tok.lemma_ not in _NESTED_SPEECH or tok.dep_ != "ccomp" or tok.head.lemma_ not in ("say", "tell"):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "nsubj" for c in kids) and any(
        c.dep_ == "ccomp" and c.i > tok.i and any(m.dep_ in _SUBJ for m in c.children) for c in kids)


def _source_of(tok: Token) -> Token | None:
    """The subject of a cue verb, inherited through conjunctions, participles, prepositions
    (`by attacking`), xcomp, and the noun a participle modifies (`a group backing X`)."""
    if SOURCE_RULES:
        if tok.lemma_ in _NO_SOURCE_LEMMAS:
            return None
        if tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children):
            return None  # `Asked about X, she said ...`: she is asked, not asking
    seen = 0
    cur = tok
    if SOURCE_RULES:
        g = _conj_of_reported(tok)
        if g is not None:
            cur = g
        else:
            g = _participle_of_reported(tok)
            if g is not None:
                cur = g
    while cur is not None and seen < 6:
        # the children read once: the `agent` ones and the subjects, in order
        agents, subjects = [], []
        for c in cur.children:
            d = c.dep_
            if d == "agent":
                agents.append(c)
            elif d == "nsubj" or d == "nsubjpass":
                subjects.append(c)
        agent = next((g for c in agents for g in c.children if g.dep_ == "pobj"), None)
        if SOURCE_RULES and agent is not None:
            return agent  # `was criticized by X`: X, before the passive subject
        if SOURCE_RULES and len(subjects) > 1 and all(c.i < cur.i for c in subjects):
            # two subjects: the parse took a dateline or a fronted phrase for one ("NEW DELHI:
            # India's election commission said"); the one next to the verb is the subject
            subjects = subjects[::-1]
        for c in subjects:
            if not (c.dep_ == "nsubjpass" and cur is tok and cur.lemma_ in ("expect", "believe")):
                if SOURCE_RULES and c.dep_ == "nsubjpass" and cur is tok and cur.lemma_ not in _PASSIVE_HOLDERS:
                    return None
                return c
        if agent is not None:
            return agent
        if SOURCE_RULES and cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head is not cur.head:
            cur = cur.head.head  # `by attacking X`, `after telling Y`: the governing verb's subject
            seen += 1
            continue
        if SOURCE_RULES and cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head  # `a super PAC supporting X`
        if cur.dep_ in ("conj", "xcomp", "advcl", "acl") and cur.head is not cur:
            if cur.dep_ == "acl" and cur.tag_ != "VBG":
                return None
            near = _nearer_conjunct(cur) if SOURCE_RULES and cur.dep_ == "conj" else None
            cur = near if near is not None else cur.head
            seen += 1
            continue
        if cur.dep_ == "relcl" and cur.head is not cur:
            return cur.head
        return None
    return None


# pronouns a relative clause of speech can hang on ("She was among those who argued ...", "one of
# those who said"): the speaker is the pronoun, not the relative "who" (issue 15, sample 14)
_ANTECEDENT_PRONOUNS = {"those", "others", "some", "many", "most", "all", "several", "few", "both", "these",
                        "anyone", "everyone", "someone", "one", "ones", "any", "each"}
_RELATIVE_PRONOUNS = {"who", "that", "whom"}  # not "which": "many of the deaths, which brought ..." is a thing


def _pronoun_antecedent(src: Token | None, cue: Token) -> Token | None:
    """The pronoun that the relative clause of `cue` hangs on when the cue's subject is the relative
    pronoun ("those who argued", "others who said"); None for a noun or a name (the speakers stage
    resolves "who" to it)."""
    if src is None or src.lower_ not in _RELATIVE_PRONOUNS or src.tag_ not in ("WP", "WDT"):
        return None
    h, seen = cue, 0
    while h.dep_ in ("conj", "xcomp") and h.head is not h and seen < 3:
        h, seen = h.head, seen + 1
    if h.dep_ != "relcl" or h.head is h:
        return None
    ante = h.head
    if ante.lower_ in _ANTECEDENT_PRONOUNS and ante.pos_ in ("PRON", "DET", "NUM", "ADJ") and ante.i < src.i \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in ante.children):
        return ante  # (not "many of the protesters, who said": the clause is the protesters')
    return None


# cues that report a clause, whose object noun phrase may be that clause's subject in a broken parse
_CLAUSE_CUES = {"say", "argue", "claim", "warn", "insist", "suggest", "contend", "maintain", "assert", "allege",
                "believe", "think", "fear", "predict", "complain", "add", "note", "stress", "admit",
                "acknowledge", "concede", "report", "write", "state", "explain", "estimate", "hope", "worry",
                "feel", "argued", "tell", "insisted", "point"}


def _garden_path_end(cue: Token, obj: Token, hi: int) -> int | None:
    """A relative clause's cue whose clause the parse broke ("those who argued cuts proposed by the
    governor were too much", "Critics who argue the law is too vague have asked ..."): the object
    is the subject of the finite verb right after it, which the parse hung outside the clause. The
    end of that verb's predicate (up to the matrix clause's own verb), or None."""
    doc = cue.doc
    if cue.dep_ != "relcl" or obj.dep_ != "dobj" or hi >= len(doc) or cue.lemma_.lower() not in _CLAUSE_CUES:
        return None
    v = doc[hi]
    if v.tag_ not in ("VBD", "VBZ", "VBP", "MD") or v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass"):
        return None  # ("those who denied the charges were released": the matrix verb's auxiliary)
    if cue.left_edge.i <= v.i <= cue.right_edge.i or v.sent.start != cue.sent.start:
        return None
    if any(k.dep_ == "mark" for k in v.children):
        return None
    if any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in v.children) and not any(
            c.dep_ in ("dep", "conj", "parataxis") and c.i > v.i and any(
                k.dep_ == "aux" and k.tag_ in ("VBD", "VBZ", "VBP", "MD") for k in c.children) for c in v.children):
        # a verb with a subject of its own is the matrix verb ("People who know the area say it is
        # unsafe"), unless another finite predicate follows it for the sentence's subject ("Critics who
        # argue the law is too vague have asked ...": the parse made "is" the root)
        return None
    end = v.i + 1
    for c in v.rights:
        if c.dep_ in ("dep", "parataxis") or any(k.dep_ == "aux" and k.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                 for k in c.children):
            break  # "... is too vague have asked the court": the matrix clause's verb
        end = c.right_edge.i + 1
    while end > v.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def _english_word(word: str) -> bool:
    """A word of the lemmatizer's English word lists (WordNet's nouns, verbs, adjectives, adverbs)."""
    from .actors import english_words

    return any(word.lower() in ws for ws in english_words().values())


def _dateline_like(toks: list[Token]) -> bool:
    """A dateline before a colon ("ISLAMABAD:", "NEW DELHI:", "CARACAS, Venezuela:") or a wire
    label ("BREAKING:"): upper-case words that name a place (or are a common word), not a body."""
    words = []
    for t in toks:
        if t.text == ",":
            break
        words.append(t)
    alpha = [t for t in words if t.is_alpha]
    if not alpha or not all(t.is_upper and len(t) >= 2 for t in alpha) or len(alpha) > 3:
        return False
    if any(t.ent_kb_id_ and not t.ent_kb_id_.startswith(("country:", "region:")) and not t.ent_kb_id_.endswith("|capital")
           for t in alpha):
        return False  # "NATO:", "UN:": a body the gazetteer knows
    if len(words) < len(toks):
        return True  # "CARACAS, Venezuela"
    return all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in alpha) or (len(alpha) == 1 and _english_word(alpha[0].text))


def _nearer_conjunct(v: Token) -> Token | None:
    """The verb a conjunct really joins where the parse hung it too high: in "X voted to end Y
    after Z called it a failure and demanded its halt", `demanded` joins `called` (same form,
    its clause ends right at the `and`), not `voted` (another form) as parsed."""
    h = v.head
    cc = next((c for c in h.children if c.dep_ == "cc" and h.i < c.i < v.i), None) or next(
        (c for c in v.children if c.dep_ == "cc" and c.i < v.i), None)
    if cc is None or h.tag_ == v.tag_:
        return None
    for w in h.subtree:
        if not (h.i < w.i < cc.i) or w.pos_ != "VERB" or w.tag_ != v.tag_ or w.right_edge.i + 1 != cc.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in w.children):
            return w
    return None


def _np_range(tok: Token) -> tuple[int, int]:
    """The noun phrase of a source head: its subtree without a trailing relative clause."""
    lo, hi = _subtree_range(tok)
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "punct") and c.i > tok.i:
            # cut at a relative clause only when the phrase gets long
            if c.dep_ == "relcl" and hi - lo > NP_RELCL_CUT:
                hi = min(hi, c.left_edge.i)
    return lo, hi


# ----------------------------------------------------------------------------- learned scorer


@functools.lru_cache(maxsize=1)
def cue_model() -> dict | None:
    """The candidate scorer over sparse features (scripts/train_attributions.py): linear weights
    ("weights") plus, where scorer.npz exists, one hidden layer over the same features ("hidden":
    feature -> row of E, then relu(sum of rows + b1) . w2 + b2 is added to the linear sum; the
    linear weights ride along as E's last column)."""
    if not USE_MODEL:
        return None
    try:
        model = json.loads((DATA_DIR / "cue_model.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    try:
        import numpy as np

        with np.load(DATA_DIR / "scorer.npz") as z:
            vocab = json.loads(z["vocab"].tobytes().decode("utf-8"))
            index = {f: i for i, f in enumerate(vocab)}
            w = model["weights"]
            if all(f in index for f in w):
                # the linear weights as one more column of E: one gather scores a candidate
                lin = np.array([w.get(f, 0.0) for f in vocab])
                table = np.concatenate([z["E"].astype(np.float64), lin[:, None]], axis=1)
                model["hidden"] = (index, table, z["b1"].astype(np.float64), z["w2"].astype(np.float64),
                                   float(z["b2"][0]))
    except (OSError, ValueError, KeyError):
        pass
    return model


def _bucket(x: float) -> str:
    for b in (0.02, 0.1, 0.2, 0.3, 0.5, 0.7, 0.85):
        if x < b:
            return str(b)
    return "1"


def _features(tok: Token, src: Token | None, rule: str, length: int, b: "_Builder | None" = None,
              content=None) -> list[str]:
    # each Token attribute read once (every read is a string-store look-up), the children walked
    # once; the list is built in the same order as ever (the scorer sums its rows in that order)
    lower, dep, tag = tok.lower_, tok.dep_, tok.tag_
    lem = tok.lemma_.lower()
    p = cue_lexicon().get(lower.replace("\u2019", "'"), 0.0)
    bp = _bucket(p)
    s_kind = "none" if src is None else (src.ent_type_ or src.pos_)
    src_lower = src.lower_ if src is not None else None
    if src is not None and src_lower in ("it", "which", "that", "this", "there"):
        s_kind = "weakpron"
    say = lem in SAY_LEMMAS
    f = [
        "bias", f"lower={lower}", f"lemma={lem}", f"lexp={bp}", f"dep={dep}", f"tag={tag}",
        f"rule={rule}", f"lemma_rule={lem}|{rule}", f"src={s_kind}", f"lexp_src={bp}|{s_kind}",
        f"lexp_rule={bp}|{rule}", f"len={min(length, 40) // 5}", f"lemma_src={lem}|{s_kind == 'none'}",
        f"say={say}", f"dep_rule={dep}|{rule}",
    ]
    if dep in ("xcomp", "advcl", "conj", "acl"):
        head = tok.head
        if head is not tok:  # (a Token is made anew on each read: never the same object)
            f.append(f"head={head.lemma_.lower()}")
    neg = to_inf = False
    aux = []
    for c in tok.children:
        cdep = c.dep_
        if cdep == "neg":
            neg = True
        elif cdep == "aux":
            clower = c.lower_
            if clower == "to":
                to_inf = True
            aux.append(clower)
        elif cdep == "auxpass":
            aux.append(c.lower_)
    if neg:
        f.append("neg")
    if to_inf:
        f.append("to_inf")
    if b is not None:
        f.append(f"inquote={b.in_quote_at(tok.idx)}")
    if src is not None:
        src_pos = src.pos_
        sl = src_lower if src_pos == "PRON" else (src.ent_type_ or src.lemma_.lower())
        f += [f"srcw={sl}", f"srcw_lemma={sl}|{lem}", f"src_dep={src.dep_}", f"src_side={src.i < tok.i}"]
    if content is not None:
        first_lower = content[0].lower_
        root = content.root
        f += [f"c_first={first_lower}", f"c_first_lemma={first_lower}|{lem}", f"c_head={root.pos_}",
              f"c_quote={any(b.token_info()[2][content.start:content.end]) if b is not None else any(t.text in QUOTE_CHARS for t in content)}",
              f"c_len_lemma={min(length, 40) // 10}|{lem}",
              f"c_ent={root.ent_type_ or '-'}"]
    roles = b.roles if b is not None else None
    if roles is not None:
        r_cue = _pb(roles[tok.i, 2])
        f.append(f"r_cue={r_cue}")
        f.append(f"r_cue_say={r_cue}|{say}")
        if src is not None:
            f.append(f"r_src={_pb(roles[src.i, 1])}")
        if content is not None and len(content):
            f += _content_role_features(b.role_sums(), content.start, content.end, "c")
    f += [f"aux={a}" for a in aux[:2]]
    i = tok.i
    if b is not None:
        sent_start = i - b.sent_bounds(i)[0] < 3
        line0 = b.before_first_line(tok.idx)
    else:
        sent_start = i - tok.sent.start < 3
        line0 = "\n" not in tok.doc.text[: tok.idx]
    f += [f"lemma_dep_src={lem}|{dep}|{s_kind}", f"sent_start={sent_start}",
          f"prev={tok.doc[i - 1].lower_ if i > 0 else '<s>'}", "line0=" + str(line0)]
    return f


def _pb(x: float) -> str:
    """A probability as one of ten buckets."""
    return str(min(9, int(x * 10)))



# titles the tokenizer splits from their full stop ("Sgt." -> "Sgt", "."): a stop after one, before a
# name, ends no sentence ('"...," Sgt. Ana Pires told Coast Radio')
TITLE_ABBREVS = frozenset({"sgt", "cpl", "lt", "col", "capt", "det", "insp", "supt", "cmdr", "maj", "brig", "adm",
                           "gen", "pte", "pvt", "cst", "const", "hon", "rev", "fr", "prof", "gov", "sen", "rep",
                           "dr", "mr", "mrs", "ms", "asst", "spc", "pc", "ch", "sup", "comm", "cmdt", "lieut"})


def _abbrev_stop(doc: Doc, i: int) -> bool:
    """doc[i] is the full stop of a title abbreviation before a capitalised word."""
    if i < 1 or i + 1 >= len(doc) or doc[i].text != ".":
        return False
    prev, nxt = doc[i - 1], doc[i + 1]
    return prev.lower_ in TITLE_ABBREVS and prev.idx + len(prev.text) == doc[i].idx and nxt.text[:1].isupper()

class _Kept(NamedTuple):
    """An accepted reported-speech candidate, as the later ones are compared with it."""

    score: float
    b0: int  # parse-based content range (characters)
    b1: int
    cue_at: int  # the cue's offset
    say: bool  # `say`/`tell` with a speaker: may report inside another content
    c0: int  # the content as output
    c1: int
    speaker: tuple[int, int] | None


class _Intervals:
    """Ranges [start, end), asked for those that contain a given range, in time that grows with
    the answers (a segment tree of the largest end over the ranges sorted by start): the
    comparisons of one attribution with every other made the stage quadratic on long articles."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.order = sorted(range(len(ranges)), key=lambda i: ranges[i][0])
        self.starts = [ranges[i][0] for i in self.order]
        n = len(ranges)
        size = 1
        while size < n:
            size *= 2
        self.size = size
        tree = [float("-inf")] * (2 * size)
        for p, i in enumerate(self.order):
            tree[size + p] = ranges[i][1]
        for v in range(size - 1, 0, -1):
            tree[v] = max(tree[2 * v], tree[2 * v + 1])
        self.tree = tree

    def containing(self, lo: int, hi: int):
        """The indices (into the ranges given) of the ranges with start <= lo and hi <= end,
        in no particular order."""
        r = bisect.bisect_right(self.starts, lo)  # sorted positions [0, r) start at or before lo
        if r == 0:
            return
        tree, size = self.tree, self.size
        stack = [(1, 0, size)]
        while stack:
            v, a, b = stack.pop()
            if a >= r or tree[v] < hi:
                continue
            if b - a == 1:
                yield self.order[a]
                continue
            m = (a + b) // 2
            stack.append((2 * v + 1, m, b))
            stack.append((2 * v, a, m))


class _RoleSums:
    """The role network's CONTENT probabilities as Python floats with running sums, so that the
    mean over any token range costs two look-ups (numpy's mean on short slices costs more than
    the rest of the features)."""

    def __init__(self, roles) -> None:
        import numpy as np

        con = roles[:, 3].astype(np.float64)
        self.con = con.tolist()
        self.cum = [0.0, *np.cumsum(con).tolist()]
        self.cum_hi = [0, *np.cumsum(con >= 0.5).tolist()]

    def mean(self, lo: int, hi: int) -> float:
        return (self.cum[hi] - self.cum[lo]) / (hi - lo) if hi > lo else 0.0


def _content_role_features(rs: _RoleSums, lo: int, hi: int, tag: str) -> list[str]:
    """What the token-role network says of a content range [lo, hi): the mean CONTENT
    probability inside, at its edges and just outside."""
    con = rs.con
    n = len(con)
    f = [f"r_{tag}_mean={_pb(rs.mean(lo, hi))}", f"r_{tag}_first={_pb(con[lo])}", f"r_{tag}_last={_pb(con[hi - 1])}"]
    f.append(f"r_{tag}_after={_pb(con[hi])}" if hi < n else f"r_{tag}_after=end")
    f.append(f"r_{tag}_before={_pb(con[lo - 1])}" if lo > 0 else f"r_{tag}_before=start")
    if ROLE_CONTEXT:
        f.append(f"r_{tag}_frac={_pb((rs.cum_hi[hi] - rs.cum_hi[lo]) / (hi - lo))}")
        if hi < n:
            f.append(f"r_{tag}_after3={_pb(rs.mean(hi, min(n, hi + 3)))}")
        if lo > 0:
            f.append(f"r_{tag}_before3={_pb(rs.mean(max(0, lo - 3), lo))}")
    return f


def _score(model: dict, feats: list[str]) -> float:
    import math

    if "hidden" in model:
        import numpy as np

        index, table, b1, w2, b2 = model["hidden"]
        v = table[[i for i in map(index.get, feats) if i is not None]].sum(0)
        z = float(v[-1] + np.maximum(v[:-1] + b1, 0.0) @ w2) + b2  # the linear part + the hidden layer
    else:
        w = model["weights"]
        z = sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ----------------------------------------------------------------------------- component


def _overlap(a0: int, a1: int, b0: int, b1: int) -> float:
    """Character Jaccard of two ranges."""
    inter = max(0, min(a1, b1) - max(a0, b0))
    return inter / max(1, max(a1, b1) - min(a0, b0))


class _Builder:
    def __init__(self, doc: Doc, polnear: bool = False):
        self.polnear = polnear
        self._sents: list[int] | None = None
        self._paras: list[int] | None = None
        self._roles = False  # computed on first use
        self.nested: set[int] = set()  # ids of nested speech kept (see _nested_speech)
        self.conj_cut: dict[int, int] = {}  # cue -> token where a conjoined statement starts
        self._role_sums: _RoleSums | None = None
        self._arrays = None  # Doc.to_array([POS, ORTH, LOWER]), on first use
        self._scores: dict[int, tuple[float, list[str]]] = {}
        self._info: tuple[list[int], list[float], list[bool]] | None = None
        self._direct_set: tuple[int, set[int]] = (0, set())
        self._quote_at: dict[tuple[int, int], int] | None = None
        self._quote_starts: list[int] | None = None
        self._stop_cache: dict[str, list[int]] = {}
        self._named: list[tuple[int, int]] | None = None
        self._named_ends: list[int] = []
        self._quote_reach: tuple[list[int], list[int]] | None = None  # see in_quote_at
        self._first_nl: int | None = None  # see before_first_line
        self._floor: tuple[dict, float] | None = None  # (model, score) below which reported() drops a candidate
        self.base_range: dict[int, tuple[int, int]] = {}  # cue -> parse-based range, where the ranker chose another
        self.collect: list | None = None  # training: every cue's candidate ranges and their features
        self.merge_after_period = MERGE_AFTER_PERIOD and polnear
        self.doc = doc
        self.text = doc_text(doc)
        self.atts: list[Attribution] = []
        self.used_cues: set[int] = set()
        self.alone: list[Attribution] = []  # quotes with no cue: their speaker comes from context
        self.att_scores: dict[int, float] = {}  # id(attribution) -> the candidate scorer's probability
        self.quotes = find_quotes(self.text)
        self.direct: list[tuple[Quote, int, int]] = []  # quotes taken whole, with token range
        self.quote_tok: list[tuple[int, int]] = []
        self.quote_starts = {q.start for q in self.quotes}
        for q in self.quotes:
            sp = doc.char_span(q.start, q.end, alignment_mode="expand")
            if sp is not None:
                self.quote_tok.append((sp.start, sp.end))
            else:
                self.quote_tok.append((0, 0))

    # -- helpers
    @property
    def roles(self):
        """(n_tokens, 4) role probabilities from the token-role network, or None."""
        if self._roles is False:
            self._roles = None
            if ROLE_FEATURES:
                import numpy as np

                inq = np.zeros(len(self.doc), dtype=bool)
                for a, b in self.quote_tok:
                    inq[a:b] = True
                self._roles = role_probs(self.doc, inq, cue_lexicon())
        return self._roles

    def role_sums(self) -> _RoleSums:
        if self._role_sums is None:
            self._role_sums = _RoleSums(self.roles)
        return self._role_sums

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence of token i (Token.sent is slow)."""
        if self._sents is None:
            from spacy.attrs import SENT_START

            starts = self.doc.to_array([SENT_START]).reshape(-1) if len(self.doc) else []
            self._sents = sorted({0, *(int(i) for i in (starts == 1).nonzero()[0])}) + [len(self.doc)] \
                if len(self.doc) else [0, 0]
        k = bisect.bisect_right(self._sents, i) - 1
        return self._sents[k], self._sents[k + 1]

    def in_quote_at(self, x: int) -> bool:
        """any(q.start < x < q.end for q in self.quotes), by bisection: the quotes by start,
        and the furthest end among those that start before each."""
        if self._quote_reach is None:
            qs = sorted((q.start, q.end) for q in self.quotes)
            reach, far = [], float("-inf")
            for _s, e in qs:
                far = max(far, e)
                reach.append(far)
            self._quote_reach = ([a for a, _e in qs], reach)
        starts, reach = self._quote_reach
        k = bisect.bisect_left(starts, x)  # the quotes with start < x
        return k > 0 and reach[k - 1] > x

    def before_first_line(self, x: int) -> bool:
        """No line break in self.text[:x]."""
        if self._first_nl is None:
            self._first_nl = self.text.find("\n")
        return self._first_nl < 0 or self._first_nl >= x

    def in_direct(self, i: int) -> bool:
        if self._direct_set[0] != len(self.direct):  # self.direct only grows
            self._direct_set = (len(self.direct), {j for _q, a, b in self.direct for j in range(a, b)})
        return i in self._direct_set[1]

    def token_info(self) -> tuple[list[int], list[float], list[bool]]:
        """Per token, read once from Doc.to_array: starts a sentence (1/0); its cue-lexicon odds
        when it is a VERB or NOUN (else 0); its text is a quotation mark."""
        if self._info is None:
            from spacy.attrs import LOWER, ORTH, POS, SENT_START

            doc, lex = self.doc, cue_lexicon()
            # plain lists of ints: rows of a numpy array and Token objects cost more than the tests
            arr = doc.to_array([SENT_START, POS, LOWER, ORTH]).tolist() if len(doc) else []
            strings = doc.vocab.strings
            vn = (spacy.symbols.VERB, spacy.symbols.NOUN)
            quote: dict[int, bool] = {}
            for r in arr:
                if r[3] not in quote:
                    quote[r[3]] = strings[r[3]] in QUOTE_CHARS
            self._info = ([1 if (r[0] == 1 or i == 0) else 0 for i, r in enumerate(arr)],
                          [lex.get(strings[r[2]], 0.0) if r[1] in vn else 0.0 for r in arr],
                          [quote[r[3]] for r in arr])
        return self._info

    def score(self, model: dict, feats: list[str]) -> float:
        """_score, once per candidate's feature list (a candidate is scored up to three times)."""
        key = id(feats)
        if key not in self._scores:
            self._scores[key] = (_score(model, feats), feats)  # keeps feats alive: ids stay unique
        return self._scores[key][0]

    def tokens_with(self, attr: str, value: str) -> list[Token]:
        """The tokens whose part of speech ("pos"), text ("orth") or lower-cased text ("lower") is
        `value`, in order (read from Doc.to_array: a Python pass over every Token is slow)."""
        if self._arrays is None:
            from spacy.attrs import LOWER, ORTH, POS

            self._arrays = self.doc.to_array([POS, ORTH, LOWER]) if len(self.doc) else None
        if self._arrays is None:
            return []
        col = ("pos", "orth", "lower").index(attr)
        key = getattr(spacy.symbols, value) if attr == "pos" else self.doc.vocab.strings[value]
        return [self.doc[int(i)] for i in (self._arrays[:, col] == key).nonzero()[0]]

    def add(self, kind, speaker: Span | None, cue: Span | None, content: list[Span], **extra) -> Attribution:
        att = Attribution(kind=kind, speaker=speaker, cue=cue, content=content, **extra)
        self.atts.append(att)
        return att

    def _is_direct_like(self, q: Quote) -> bool:
        t = self.text
        inner = t[q.start + 1 : q.end].strip()
        words = len(inner.split())
        if words < 3:
            return False
        j = q.start - 1
        while j >= 0 and t[j] in " \t\u00a0":
            j -= 1
        before_ok = j < 0 or t[j] in "\n.!?:,\u2014\u2013-" or t[j] in QUOTE_CHARS
        if not before_ok:
            # `said "..."` with the quote running to the sentence end
            sp = self.doc.char_span(j, j + 1, alignment_mode="expand")
            if sp is None or cue_score(sp[0]) < 0.3:
                return False
            k = q.end
            while k < len(t) and t[k] in " \t":
                k += 1
            return k >= len(t) or t[k] in "\n" or t[q.end - 2 : q.end - 1] in ".!?," or t[q.end - 3 : q.end - 2] in ".!?,"
        k = q.end
        while k < len(t) and t[k] in " \t\u00a0":
            k += 1
        if k >= len(t) or t[k] == "\n":
            return True
        closing = ""
        if q.closed:
            c = q.end - 1
            while c > q.start and t[c] in QUOTE_CHARS:
                c -= 1
            closing = t[c]
        return closing in ".,!?\u2026-\u2014" or t[k] in ".,;:\u2014\u2013-("

    # -- direct quotes
    def cue_after(self, qi: int) -> tuple[Token, Token | None, int] | None:
        """A cue clause right after quote qi: (cue, source, last token index) or None."""
        doc, q = self.doc, self.quotes[qi]
        _a, b = self.quote_tok[qi]
        nxt = self.quote_tok[qi + 1][0] if qi + 1 < len(self.quotes) else len(doc)
        t = self.text
        c = q.end - 1
        while c > q.start and t[c] in QUOTE_CHARS:
            c -= 1
        # a quote closing on a comma (or ?/!) announces its cue: look further, take any verb
        open_end = q.closed and t[c] in ",?!\u2014"
        end = min(len(doc), b + (AFTER_WINDOW_OPEN if open_end else 12), nxt)
        window = []
        for i in range(b, end):
            tk = doc[i]
            if "\n" in tk.text or (tk.is_punct and tk.text in ".!?" and i > b and not _abbrev_stop(doc, i)):
                break
            window.append(tk)
        best = None
        for tk in window:
            s = cue_score(tk)
            if s >= 0.3 and tk.pos_ == "VERB" and (best is None or s > cue_score(best)):
                best = tk
        # `"...," he added, noting that ...`: the participle hangs on the cue that introduces the
        # quote, whichever word the lexicon rates higher
        in_window = {tk.i for tk in window}
        while CUE_HEAD and best is not None and best.dep_ in ("advcl", "xcomp") and best.head.i in in_window \
                and best.head.pos_ == "VERB" and cue_score(best.head) >= 0.3:
            best = best.head
        if best is None and open_end and ANY_VERB_AFTER_COMMA:
            for tk in window:
                if tk.pos_ == "VERB" and tk.dep_ in ("ROOT", "parataxis", "ccomp", "conj") and any(
                        ch.dep_ in ("nsubj", "nsubjpass") and b <= ch.i for ch in tk.children):
                    best = tk
                    break
        if best is None:
            return None
        last = window[-1].i if window else b
        stop = last + 1
        while stop < min(len(doc), nxt, b + 60) and "\n" not in doc[stop].text and not (
                doc[stop].is_punct and doc[stop].text in ".!?"):
            stop += 1
        return best, self._after_source(best, b, stop), last

    def _after_source(self, cue: Token, b: int, end: int) -> Span | None:
        """The speaker of a cue clause after a quote: the words between the quote and the cue
        (`"...," Tulsa police Chief Jordan said`), or the subject after the cue with its
        appositives (`"...," said Leslie Wimes, a ...`); never a subject inside the quote."""
        doc = self.doc
        if cue.i > b:
            toks = [doc[i] for i in range(b, cue.i)]
            while toks and (toks[-1].pos_ in ("ADV", "AUX", "PART", "PUNCT") or toks[-1].dep_ in ("aux", "neg", "advmod")):
                toks.pop()
            while toks and (toks[0].is_punct or toks[0].text in QUOTE_CHARS):
                toks.pop(0)
            if len(toks) > 2 and _abbrev_stop(doc, toks[1].i):
                toks = toks[2:]  # "Sgt. Ana Pires": the name (the title split from its stop reads as a word)
            if toks and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in toks):
                return _tok_span(doc, toks)
        src = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and b <= c.i < end), None)
        if src is None:
            # "said Woodward" parsed with the name as object or appositive
            src = next((c for c in cue.rights if c.dep_ in ("dobj", "attr", "npadvmod", "appos")
                        and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i < end), None)
        if src is None:
            return None
        lo, hi = _subtree_range(src)
        lo, hi = max(lo, b), min(hi, end)
        return _range_span(doc, lo, hi)

    def cue_before(self, qi: int) -> tuple[Token, Token | None] | None:
        doc = self.doc
        a, _b = self.quote_tok[qi]
        if a == 0:
            return None
        prev_end = self.quote_tok[qi - 1][1] if qi > 0 else 0
        start = max(prev_end, self.sent_bounds(a - 1)[0], a - 25)
        window = [doc[i] for i in range(start, a) if "\n" not in doc[i].text]
        # only when the quote is introduced by a colon/comma or directly by the cue verb
        if not window:
            return None
        last = window[-1]
        if last.text not in (":", ",", "\u2014", "-", "\u2013") and cue_score(last) < 0.3:
            return None
        best = None
        for tk in reversed(window):
            s = cue_score(tk)
            if s >= 0.3 and tk.pos_ in ("VERB",) and tk.i not in self.used_cues:
                best = tk
                break
        if best is None:
            return None
        return best, _source_of(best)

    def dash_source(self, qi: int) -> tuple[Span, Span] | None:
        """`"..." ― Name` (reader comments, epigraphs): (cue, speaker) or None."""
        t, q = self.text, self.quotes[qi]
        k = q.end
        while k < len(t) and t[k] in " \t\u00a0":
            k += 1
        if k >= len(t) or t[k] not in "\u2015\u2014\u2013-":
            return None
        e = t.find("\n", k)
        e = len(t) if e < 0 else e
        name_s, name_e = _strip(t, k + 1, e)
        name = t[name_s:name_e]
        if not name or len(name.split()) > 12 or not name[0].isupper():
            return None
        return Span.of(t, k, k + 1), Span.of(t, name_s, name_e)

    def direct_quotes(self) -> None:
        doc, t = self.doc, self.text
        skip = set()
        for qi, q in enumerate(self.quotes):
            if qi in skip or not self._is_direct_like(q):
                continue
            frags = [q]
            cue = src = None
            after = self.cue_after(qi)
            speaker = None
            if after is not None:
                cue, speaker, last = after
                # "A," he said, "B."  -> one attribution, two fragments; PolNeAR also joins
                # `"A," he said. "B."` within a paragraph (MERGE_AFTER_PERIOD)
                if qi + 1 < len(self.quotes):
                    q2 = self.quotes[qi + 1]
                    between = t[q.end : q2.start]
                    ok_gap = q.end <= cue.idx < q2.start and len(between) < 300 and (
                        self.merge_after_period or not any(ch in between for ch in ".!?"))
                    if "\n" not in between and ok_gap and q2.start > q.end:
                        frags.append(q2)
                        skip.add(qi + 1)
                        # further quotes following straight on in the same paragraph
                        k = qi + 2
                        while self.merge_after_period and k < len(self.quotes):
                            q3 = self.quotes[k]
                            if t[frags[-1].end : q3.start].strip() == "" and "\n" not in t[frags[-1].end : q3.start]:
                                frags.append(q3)
                                skip.add(k)
                                k += 1
                            else:
                                break
            else:
                before = self.cue_before(qi)
                if before is not None:
                    cue, src = before
                    speaker = _range_span(doc, *_np_range(src)) if src is not None else None
                else:
                    dash = self.dash_source(qi)
                    if dash is not None:
                        content = [s for s in (_span(doc, f0, f1) for f0, f1 in q.fragments) if s]
                        self.direct.append((q, *self.quote_tok[qi]))
                        if content:
                            self.add("direct", dash[1], dash[0], content)
                        continue
            content = [s for s in (_span(doc, f0, f1) for fq in frags for f0, f1 in fq.fragments) if s]
            if not content:
                continue
            for fq in frags:
                k = self._quote_index(fq)
                self.direct.append((fq, *self.quote_tok[k]))
            if cue is not None:
                self.used_cues.add(cue.i)
                self.add("direct", speaker, _tok_span(doc, [cue]), content)
            else:
                self.alone.append(self.add("direct", None, None, content, context_speaker=None))

    # the tokens a scan along a content range stops at: for _trim_tail, the texts and
    # dependencies its rules test (any other token passes them all); for _variants, the cut marks
    _STOP_WORDS = {"trim": ((";", ",", "\u2014", "\u2015", "\u2013", "--"), ("prep", "npadvmod")),
                   "cut": (tuple(_CUT_PUNCT), ("cc",))}

    def _stops(self, which: str) -> list[int]:
        """Sorted indices of the tokens whose text or dependency label is one of _STOP_WORDS[which]
        (read from arrays once per article: a scan token by token along every candidate's range
        made the stage quadratic in a long sentence)."""
        got = self._stop_cache.get(which)
        if got is None:
            import numpy as np
            from spacy.attrs import DEP, ORTH
            from spacy.strings import get_string_id

            words, deps = self._STOP_WORDS[which]
            if len(self.doc):
                arr = self.doc.to_array([ORTH, DEP])
                hit = np.isin(arr[:, 0], np.array([get_string_id(w) for w in words], dtype=np.uint64)) | \
                    np.isin(arr[:, 1], np.array([get_string_id(d) for d in deps], dtype=np.uint64))
                got = np.flatnonzero(hit).tolist()
            else:
                got = []
            self._stop_cache[which] = got
        return got

    def _quote_index(self, q: Quote) -> int:
        """self.quotes.index(q), from a table (the quotes are unique by position)."""
        if self._quote_at is None:
            self._quote_at = {}
            for i, x in enumerate(self.quotes):
                self._quote_at.setdefault((x.start, x.end), i)
        k = self._quote_at.get((q.start, q.end))
        return k if k is not None and self.quotes[k] == q else self.quotes.index(q)

    def context_speakers(self) -> None:
        """context_speaker for each quote alone, in order, each seeing the ones set before it.

        The same answers as calling context_speaker for each, without comparing every
        attribution with every other for every quote: whether a speaker lies inside another
        attribution's content is a count over the contents' ends (which do not change here), and
        the attributions are visited from the closest before the quote backwards, skipping for
        good those that can never qualify (all but the quotes alone still to be done)."""
        atts = self.atts
        frag_starts = sorted(c.start for b in atts for c in b.content)
        frag_ends = sorted(c.end for b in atts for c in b.content)

        def nested(a: Attribution, p: int) -> bool:
            n = bisect.bisect_right(frag_starts, p) - bisect.bisect_right(frag_ends, p)
            return n - sum(1 for c in a.content if c.start <= p < c.end) > 0

        pending = {id(a) for a in self.alone}  # their context speaker is still to be set
        cands = sorted((a.content[0].start, i, a) for i, a in enumerate(atts) if a.content)
        starts = [c[0] for c in cands]
        link = list(range(len(cands)))  # to the closest candidate at or before that may qualify

        def find(k: int) -> int:
            root = k
            while root >= 0 and link[root] != root:
                root = link[root]
            while k >= 0 and link[k] != k:
                link[k], k = root, link[k]
            return root

        def speaker_of(a: Attribution) -> Span | None:
            sp = a.speaker or getattr(a, "context_speaker", None)
            if sp is None or nested(a, sp.start):
                return None
            if sp.text.lower() in ("it", "they", "this", "which", "that", "who"):
                return None
            return sp

        for alone in self.alone:
            pos = alone.content[0].start
            k = find(bisect.bisect_left(starts, pos) - 1)
            found = None
            while k >= 0 and found is None:
                s0 = starts[k]
                best = None  # (-len(text), index, speaker): the shortest, then the last listed
                j = k
                while j >= 0 and starts[j] == s0:
                    _s, i, a = cands[j]
                    sp = speaker_of(a)
                    if sp is None:
                        if id(a) not in pending:
                            link[j] = j - 1  # it never will
                    elif best is None or (-len(sp.text), i) >= best[:2]:
                        best = (-len(sp.text), i, sp)
                    j = find(j - 1)
                if best is not None:
                    found = best[2]
                k = j
            alone.context_speaker = found if found is not None else self._last_named(pos)
            pending.discard(id(alone))

    def _last_named(self, pos: int) -> Span | None:
        """The last person (or organisation, country, group) named before `pos`."""
        if self._named is None:
            self._named = [(e.end_char, e.start_char) for e in self.doc.ents
                           if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
            self._named_ends = [e for e, _s in self._named]
        k = bisect.bisect_right(self._named_ends, pos) - 1
        if k < 0:
            return None
        e, s = self._named[k]
        return Span.of(self.text, s, e)

    def context_speaker(self, pos: int) -> Span | None:
        """The speaker of the closest attribution before `pos` that is not nested in another."""
        best = None
        for a in self.atts:
            sp = a.speaker or getattr(a, "context_speaker", None)
            if sp is None or not a.content or a.content[0].start >= pos:
                continue
            if any(c.start <= sp.start < c.end for b in self.atts if b is not a for c in b.content):
                continue  # "his country" inside someone else's reported speech
            if sp.text.lower() in ("it", "they", "this", "which", "that", "who"):
                continue
            key = (a.content[0].start, -len(sp.text))
            if best is None or key >= best[0]:
                best = (key, sp)
        if best is not None:
            return best[1]
        # else the last person named before the quote
        for ent in reversed(self.doc.ents):
            if ent.end_char <= pos and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                return Span.of(self.text, ent.start_char, ent.end_char)
        return None

    # -- reported speech
    def content_of(self, cue: Token) -> tuple[int, int, str] | None:
        """Token range of what the cue reports."""
        doc = self.doc
        kids = list(cue.children)
        cue_i = cue.i
        kids_right = [c for c in kids if c.i > cue_i]  # cue.rights, in order
        if RAISING:
            rng = self._raised(cue, kids)
            if rng is not None:
                return rng
        # "voiced concern over X", "expressed hope that X": the content is X
        if cue.lemma_ in ("voice", "express", "raise", "register") or any(
                c.dep_ == "dobj" and c.lemma_ in _ATTITUDE_NOUNS for c in kids):
            for i in range(cue.i + 1, cue.right_edge.i + 1):
                if doc[i].lower_ in ("over", "about", "that", "regarding", "on", "at") and doc[i].dep_ in ("prep", "mark") \
                        and (i == 0 or doc[i - 1].lemma_ in _ATTITUDE_NOUNS or doc[i].lower_ in ("over", "about", "regarding")):
                    return i + 1, cue.right_edge.i + 1, "concern"
        # `promised "unstinting support" for Mali`: a quote right after the cue starts the content
        if cue.i + 1 < len(doc) and doc[cue.i + 1].text in QUOTE_CHARS and doc[cue.i + 1].idx in self.quote_starts:
            hi = cue.i + 1
            for c in kids_right:
                if c.dep_ not in ("punct", "cc", "conj", "advcl"):
                    hi = max(hi, c.right_edge.i + 1)
            return cue.i + 1, hi, "quote"
        comp = [c for c in kids if c.dep_ == "ccomp"]
        rr = _reduced_relative(cue) if comp else None
        if rr is not None:  # "a move rights groups said would give ...": the clause after the cue
            return cue.i + 1, rr[0].right_edge.i + 1, "ccomp"
        if comp:
            c = comp[0]
            lo, hi = _subtree_range(c)
            if c.i > cue.i:  # "said A and denied that B": B is another statement, not part of A
                k = next((k for k in c.children if k.dep_ == "conj" and getattr(_conj_of_reported(k), "i", -1) == cue.i), None)
                if k is None and SOURCE_RULES:
                    # "said it would appeal, arguing that B": B is the sayer's other statement
                    k = next((k for k in c.subtree if k.i > c.i and k.dep_ in ("advcl", "xcomp", "conj")
                              and getattr(_participle_of_reported(k), "i", -1) == cue.i), None)
                if k is not None:
                    hi = min(hi, k.left_edge.i)
                    while hi > c.i + 1 and doc[hi - 1].dep_ in ("cc", "punct"):
                        hi -= 1
                    self.conj_cut[cue.i] = hi  # no content range of this cue runs past it
            if lo <= cue.i < hi:  # `which she said wanted ...`: the content follows the cue
                if PAREN_CUES and doc[lo].tag_ not in ("WDT", "WP") and cue.left_edge.i > lo \
                        and self._comma_at(cue.left_edge.i, -1):
                    return self._paren(cue, lo, hi)  # `The golf industry, she said, is ...`
                return cue.i + 1, hi, "ccomp-rel"
            return lo, hi, "ccomp" if c.i > cue.i else "ccomp-left"
        rights = [c for c in kids_right if c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod", "advcl", "prt", "dep")]
        objs = [c for c in rights if c.dep_ in ("dobj", "xcomp", "attr", "oprd", "dative", "prep", "ccomp")]
        if cue.lemma_ == "tell" or cue.lemma_ == "ask":
            objs = [c for c in objs if c.dep_ != "dative" and not (c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") and len(list(c.subtree)) < 4)] or objs
        if objs and cue.dep_ == "parataxis" and cue.head.i < cue.i and all(c.dep_ == "prep" for c in objs) \
                and self._comma_at(cue.left_edge.i, -1):
            objs = []  # "At least 30 were hurt, he said, including six police": the clause before
        if objs:
            # from the first object to the end of the last right dependent that belongs to it
            first = objs[0]
            lo = first.left_edge.i
            hi = first.right_edge.i + 1
            for c in rights:
                if c.i > first.i and c.dep_ in ("prep", "oprd", "xcomp", "ccomp", "dobj", "attr"):
                    hi = max(hi, c.right_edge.i + 1)
            # "voiced concern over X": the content is X
            if first.dep_ == "dobj" and first.lemma_ in ("concern", "worry", "support", "opposition", "hope", "fear", "doubt", "regret", "confidence"):
                for c in first.children:
                    if c.dep_ == "prep" and c.lower_ in ("over", "about", "at", "for", "that", "on"):
                        return (*_subtree_range(c), "concern")
                for c in rights:
                    if c.dep_ == "prep" and c.i > first.i and c.lower_ in ("over", "about", "for", "on"):
                        return c.i + 1, c.right_edge.i + 1, "concern"
            if first.dep_ == "dobj" and first.right_edge.i + 1 == hi:
                end = _garden_path_end(cue, first, hi)
                if end is not None:
                    return lo, end, "ccomp"  # "those who argued cuts ... were too much": the clause
            return lo, hi, first.dep_
        # "..., a source said": the reported clause is the head's
        head = cue.head
        if PAREN_CUES and cue.dep_ in ("parataxis", "ccomp", "advcl") and head is not cue and head.i > cue.i \
                and self._comma_at(cue.left_edge.i, -1) and self._comma_at(cue.right_edge.i, 1):
            # `Many of the closures, he said, have involved ...`: the sentence around the cue
            s_lo, s_hi = self._clip_paragraph(cue.i, *self.sent_bounds(cue.i))
            lo, hi = max(s_lo, head.left_edge.i), min(s_hi, head.right_edge.i + 1)
            if lo < cue.left_edge.i:  # a lead-in of one word is enough (`Now, she said, ...`)
                return self._paren(cue, lo, hi)
            # "Turnout was 41%, it said, the lowest since ...": the cue hangs on a complement
            # after it; the clause reported is the one the complement belongs to
            h = head
            while h.dep_ in ("acomp", "attr", "oprd", "appos", "npadvmod", "dobj") and h.head is not h:
                h = h.head
            if h is not head:
                lo, hi = max(s_lo, h.left_edge.i), min(s_hi, h.right_edge.i + 1)
                if lo < cue.left_edge.i and h.i < cue.left_edge.i:
                    return self._paren(cue, lo, hi)
        if cue.dep_ in ("parataxis", "ccomp", "advcl") and head is not cue and head.i < cue.i:
            sent = doc[slice(*self.sent_bounds(cue.i))]
            lo = head.left_edge.i
            hi = cue.left_edge.i
            if hi > lo:
                return max(lo, sent.start), hi, "head"
        return None

    def _raised(self, cue: Token, kids: list[Token]) -> tuple | None:
        """`X seemed to Y`, `X is expected to Y`, `X was found Y`: what is judged is the subject
        and its complement together, in two fragments around the cue (PolNeAR's reading; the
        judge, where named, is the `by` agent or nobody)."""
        passive = any(c.dep_ == "auxpass" for c in kids)
        if not (cue.lemma_ in _RAISING_VERBS or (passive and cue.lemma_ in _RAISING_PASSIVES)):
            return None
        subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
        comp = next((c for c in kids if c.dep_ in ("xcomp", "acomp", "oprd", "attr") and c.i > cue.i), None)
        if subj is None or comp is None or subj.lower_ in ("it", "there", "this", "that", "which", "who"):
            return None
        lo, s_hi = subj.left_edge.i, subj.right_edge.i + 1
        c_lo, hi = comp.left_edge.i, comp.right_edge.i + 1
        if not s_hi <= cue.i < c_lo:
            return None
        return lo, hi, "raise", s_hi, c_lo

    def _comma_at(self, i: int, step: int) -> bool:
        """A comma at token i, or just beyond it in direction `step`."""
        doc = self.doc
        return doc[i].text == "," or (0 <= i + step < len(doc) and doc[i + step].text == ",")

    def _paren(self, cue: Token, lo: int, hi: int) -> tuple[int, int, str, int, int]:
        """Content around a parenthetical cue: [lo, hi) without the cue's phrase and its commas."""
        a, b = cue.left_edge.i, cue.right_edge.i + 1
        while a < cue.i and self.doc[a].text in (",", "\u2014", "-", "\u2013"):
            a += 1
        # the cue's phrase is its subtree, less what belongs to the content on its right
        for c in cue.rights:
            if c.dep_ == "ccomp" and c.i > cue.i:
                b = min(b, c.left_edge.i)
        b = max(b, cue.i + 1)
        while a > lo and self.doc[a - 1].text in (",", "\u2014", "-", "\u2013"):
            a -= 1
        while b < hi and self.doc[b].text in (",", "\u2014", "-", "\u2013"):
            b += 1
        return lo, hi, "paren", a, b

    def candidates(self):
        """Reported-speech candidates: (cue token, content spans, speaker span, cue span, features)."""
        doc = self.doc
        for tok in self.tokens_with("pos", "VERB"):
            if tok.i in self.used_cues or self.in_direct(tok.i):
                continue
            rng = self.content_of(tok)
            if rng is None:
                continue
            lo, hi = self._clip_paragraph(tok.i, rng[0], rng[1])
            if TRIM_TAILS and lo > tok.i:
                hi = self._trim_tail(tok, lo, hi, rng[2])
            if len(rng) > 3:  # a parenthetical cue inside its content: two fragments
                content = self._content_spans(lo, min(rng[3], hi)) + self._content_spans(max(rng[4], lo), hi)
            else:
                content = self._content_spans(lo, hi)
            if not content:
                continue
            src = _source_of(tok)
            speaker = self._speaker(src, tok)
            ante = _pronoun_antecedent(src, tok)
            if ante is not None:  # "those who argued ...": those (the scorer still reads the parse's subject)
                speaker = _range_span(doc, ante.i, ante.i + 1)
            if speaker is not None and rng[2] == "ccomp" and lo == tok.i + 1:
                rr = _reduced_relative(tok)
                if rr is not None:  # "a move rights groups": the groups
                    speaker = _range_span(doc, rr[1], tok.i)  # the subject ends right at the cue
            if speaker is not None and any(c.start <= speaker.start < c.end for c in content):
                speaker, src = None, None
            cue_toks = [tok] + [c for c in tok.children if c.dep_ == "prt"]
            cue_span = _tok_span(doc, cue_toks)
            feats = _features(tok, src, rng[2], hi - lo, self, doc[lo:hi])
            if self._floor is not None and self.score(self._floor[0], feats) < self._floor[1]:
                continue  # reported() drops it whatever follows (see there)
            if VARIANTS and len(rng) == 3 and lo > tok.i and not self._hopeless(feats):
                # Where the content ends (and, rarely, starts) is the commonest error of the
                # parse-based range: PolNeAR's contents often run to the end of the sentence or of
                # the paragraph, or stop at a comma or a conjunction. The cue proposes several
                # ranges and a ranker trained on PolNeAR train (softmax over one cue's ranges)
                # picks one; the candidate scorer still judges the cue on the parse-based range.
                vlo, vhi = self._choose_range(tok, lo, hi, rng, src)
                if vhi > self.conj_cut.get(tok.i, vhi):
                    vlo, vhi = lo, hi
                if (vlo, vhi) != (lo, hi):
                    vcontent = self._content_spans(vlo, vhi)
                    if vcontent and not (speaker is not None and any(
                            c.start <= speaker.start < c.end for c in vcontent)):
                        self.base_range[tok.i] = (content[0].start, content[-1].end)
                        content = vcontent
            if QUOTE_EXTEND and len(content) == 1:
                closed = self._close_quote(content)
                if speaker is None or not closed[0].start <= speaker.start < closed[-1].end:
                    content = closed
            yield tok, content, speaker, cue_span, feats
        if EXTRA_RULES:
            yield from self.noun_candidates()
            yield from self.colon_candidates()

    def _close_quote(self, content: list[Span]) -> list[Span]:
        """A reported content that stops inside a quotation it opened runs on to the closing mark."""
        c0, c1 = content[0].start, content[0].end
        if self._quote_starts is None:
            starts = [q.start for q in self.quotes]
            self._quote_starts = starts if all(a <= b for a, b in zip(starts, starts[1:])) else []
        # the quotes are in order: start from the first that can open at or after c0
        first = bisect.bisect_left(self._quote_starts, c0) if self._quote_starts else 0
        for k in range(first, len(self.quotes)):
            q = self.quotes[k]
            if q.start >= c1:
                break
            if q.closed and len(q.fragments) <= 1 and c0 <= q.start and c1 < q.end - 1:
                span = self.doc.char_span(c0, q.end, alignment_mode="expand")
                if span is not None:
                    return self._content_spans(span.start, span.end) or content
        return content

    def newlines(self) -> list[int]:
        """Sorted indices of the tokens holding a line break (only whitespace tokens can)."""
        if self._paras is None:
            # a "Read more" link line run into the text with no stop bounds a paragraph as a line
            # break does: no content, speaker window or sentence crosses it
            links = [j for i in read_more_links(self.doc) for j in (i, i + 1)]
            self._paras = sorted(set(newline_tokens(self.doc)) | set(links)) if links else newline_tokens(self.doc)
        return self._paras

    def _para_end(self, i: int) -> int:
        """Token index where the paragraph of token i ends (exclusive)."""
        nl = self.newlines()
        k = bisect.bisect_left(nl, i)
        return nl[k] if k < len(nl) else len(self.doc)

    def _variants(self, cue: Token, lo: int, hi: int, rng: tuple) -> list[tuple[int, int, str]]:
        """Candidate content ranges for a cue whose content follows it: the trimmed range, the
        untrimmed one, cuts at punctuation or a conjunction, the end of the sentence and the end
        of the paragraph."""
        doc = self.doc
        out = [(lo, hi, "base")]
        ulo, uhi = self._clip_paragraph(cue.i, rng[0], rng[1])
        if uhi > hi:
            out.append((lo, uhi, "untrim"))
        cuts = 0
        stops = self._stops("cut")
        for k in range(bisect.bisect_left(stops, lo + 1), bisect.bisect_left(stops, uhi)):
            i = stops[k]
            t = doc[i]
            if t.text in _CUT_PUNCT or (t.dep_ == "cc" and t.head.i >= lo):
                if i != hi:
                    out.append((lo, i, "cut"))
                    cuts += 1
                if cuts >= VARIANT_CUTS:
                    break
        if lo > cue.i + 1 and not any(doc[i].dep_ in ("dative", "dobj") and doc[i].head.i == cue.i
                                      for i in range(cue.i + 1, lo)):
            out.append((cue.i + 1, hi, "fromcue"))  # not over the addressee (`told reporters that`)
        p_end = self._para_end(cue.i)
        roles = self.roles
        if roles is not None:
            # where the token-role network's CONTENT probability first drops (punctuation aside)
            j = lo + 1
            while j < p_end and (roles[j, 3] >= 0.5 or doc[j].is_punct) and j - lo < VARIANT_MAX_TOKENS:
                j += 1
            while j > lo + 1 and doc[j - 1].is_punct:
                j -= 1
            if j != hi and j > lo:
                out.append((lo, j, "roles"))
        s1 = min(self.sent_bounds(cue.i)[1], p_end)
        if s1 > max(hi, uhi):
            out.append((lo, s1, "sentend"))
        if p_end > max(s1, hi, uhi) and p_end - lo <= VARIANT_MAX_TOKENS:
            out.append((lo, p_end, "paraend"))
        # a range that ends a sentence leaves its full stop out, as the parse-based one does
        trimmed, seen = [], set()
        for vlo, vhi, tag in out:
            while vhi > vlo + 1 and doc[vhi - 1].text in (".", "\u2026", "..."):
                vhi -= 1
            if tag == "base" or (vlo, vhi) not in seen:
                trimmed.append((vlo, vhi, tag))
                seen.add((vlo, vhi))
        return trimmed

    def _hopeless(self, feats: list[str]) -> bool:
        """A candidate the scorer will drop whatever its content range (saves ranking its ranges;
        the scorer reads the parse-based range only, so the outcome is the same)."""
        model = cue_model()
        if self.collect is not None or not model or "weights" not in model:
            return False
        return self.score(model, feats) < min(model.get("threshold", 0.5), PARTIAL_THRESHOLD)

    def _choose_range(self, cue: Token, lo: int, hi: int, rng: tuple, src: Token | None) -> tuple[int, int]:
        """The content range the ranker scores best among the cue's variants (while training,
        every variant and its features go to self.collect)."""
        model = cue_model() or {}
        ranker = model.get("ranker")
        if ranker is None and self.collect is None:
            return lo, hi
        rows = []
        for vlo, vhi, tag in self._variants(cue, lo, hi, rng):
            f = self._bound_features(cue, vlo, vhi, hi, tag)
            f += [f"r_first={tag}|{self.doc[vlo].lower_}", f"r_rule={tag}|{rng[2]}",
                  f"r_src={tag}|{src is not None}", f"r_len={tag}|{min(vhi - vlo, 60) // 6}"]
            rows.append((vlo, vhi, tag, f))
        if self.collect is not None:
            self.collect.append((cue.i, rows))
        if ranker is None or len(rows) == 1:
            return lo, hi
        get = ranker.get
        best = max(rows, key=lambda r: sum(map(get, r[3], itertools.repeat(0.0))))  # same sums, same order
        return best[0], best[1]

    def _bound_features(self, cue: Token, lo: int, hi: int, base_hi: int, tag: str) -> list[str]:
        """Features of a content range's boundaries, against the parse-based range (base_hi)."""
        doc = self.doc
        lem = cue.lemma_.lower()
        a, b = (base_hi, hi) if hi > base_hi else (hi, base_hi)  # what this range adds or leaves out
        f = [f"var={tag}", f"var_lemma={tag}|{lem}", f"var_dep={tag}|{cue.dep_}"]
        if self.roles is not None:
            rs = self.role_sums()
            f += [x.replace("r_v_", f"r_v_{tag}_") for x in _content_role_features(rs, lo, hi, "v")]
            if hi != base_hi:
                f.append(f"r_delta={tag}|{_pb(rs.mean(a, b))}")
        if hi < len(doc):
            n = doc[hi]
            nxt = n.text if n.is_punct or n.is_space else n.dep_
            f.append(f"end_next={tag}|{nxt.strip() or 'NL'}")
            if n.is_punct and hi + 1 < len(doc):
                f.append(f"end_next2={tag}|{n.text}|{doc[hi + 1].dep_}|{doc[hi + 1].tag_}")
        else:
            f.append(f"end_next={tag}|EOD")
        if hi != base_hi:
            part = doc[a:b]
            sent_start, verb_noun_cue, is_quote = self.token_info()
            nsent = sum(sent_start[a:b])
            cue_p = max(verb_noun_cue[a:b], default=0.0)
            has_q = any(is_quote[a:b])
            first = part[0]
            d = "more" if hi > base_hi else "less"
            f += [f"delta={tag}|{d}|{min(b - a, 40) // 8}", f"delta_sent={tag}|{d}|{min(nsent, 3)}",
                  f"delta_cue={tag}|{d}|{_bucket(cue_p)}", f"delta_q={tag}|{d}|{has_q}",
                  f"delta_first={tag}|{d}|{first.lower_ if first.is_punct or first.is_stop else first.pos_}",
                  f"delta_first_dep={tag}|{d}|{first.dep_}"]
            if nsent:
                f.append(f"delta_sent_first={tag}|" + next(
                    (t.lower_ if t.is_stop or t.is_punct else t.pos_) for t in part if t.is_sent_start))
        return f

    def _speaker(self, src: Token | None, cue: Token, poss: bool = False) -> Span | None:
        """The source phrase of head `src`, kept inside the cue's paragraph."""
        if src is None:
            return None
        lo, hi = _np_range(src)
        if poss:
            hi = src.i + 1  # "Smith's view" -> Smith
        if CLIP_SPEAKER:
            lo, hi = self._clip_paragraph(cue.i, lo, hi)
            if src.i < cue.i:
                hi = min(hi, cue.i)  # a subject never runs over its own verb
                while hi > src.i + 1 and self.doc[hi - 1].dep_ in ("aux", "auxpass", "neg", "advmod", "punct"):
                    hi -= 1
        return _range_span(self.doc, lo, hi)

    def noun_candidates(self):
        """Noun cues: `the claim that X`, `X's view is that Y`, `criticism of X`, `a warning
        about X`; the source is the possessor, the `by`/`from` phrase or the governing verb's subject."""
        doc = self.doc
        for tok in self.tokens_with("pos", "NOUN"):
            if tok.i in self.used_cues or self.in_direct(tok.i):
                continue
            if cue_lexicon().get(tok.lower_, 0.0) < NOUN_CUE_MIN:
                continue
            rng = None
            for c in tok.children:
                if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    rng = (c.left_edge.i, c.right_edge.i + 1, "noun-that")
                    break
            if rng is None and tok.dep_ in ("nsubj",) and tok.head.lemma_ == "be":
                comp = [c for c in tok.head.children if c.dep_ in ("ccomp", "attr", "acomp") and c.i > tok.i]
                if comp:
                    rng = (comp[0].left_edge.i, comp[0].right_edge.i + 1, "noun-be")
            if rng is None:
                for c in tok.rights:
                    if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "on", "against", "for", "to"):
                        pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                        if pobj:
                            rng = (c.i + 1, c.right_edge.i + 1, f"noun-{c.lower_}")
                        break
            if rng is None:
                continue
            lo, hi = self._clip_paragraph(tok.i, rng[0], rng[1])
            content = self._content_spans(lo, hi)
            if not content:
                continue
            src = next((c for c in tok.children if c.dep_ == "poss"), None)
            if src is None:
                for c in tok.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and c.i < lo:
                        src = next((g for g in c.children if g.dep_ == "pobj"), None)
                        break
            if src is None and tok.dep_ in ("dobj", "pobj", "attr") and tok.head.pos_ in ("VERB", "ADP"):
                v = tok.head if tok.head.pos_ == "VERB" else tok.head.head
                if v.pos_ in ("VERB", "AUX"):
                    src = _source_of(v)
            speaker = None
            if src is not None:
                speaker = self._speaker(src, tok, poss=src.dep_ == "poss")
                if speaker is not None and any(c.start <= speaker.start < c.end for c in content):
                    speaker, src = None, None
            yield tok, content, speaker, _tok_span(doc, [tok]), _features(tok, src, rng[2], hi - lo, self, doc[lo:hi])

    def colon_candidates(self):
        """`Name: what they say` (headlines, transcripts): a short name phrase opening a line."""
        doc = self.doc
        for tok in self.tokens_with("orth", ":"):
            if self.in_direct(tok.i) or tok.i < 1:
                continue
            j = tok.i - 1
            while j >= 0 and "\n" not in doc[j].text and tok.i - j <= 6:
                j -= 1
            if j >= 0 and "\n" not in doc[j].text:
                continue  # not at the start of a line
            src_toks = [doc[i] for i in range(j + 1, tok.i)]
            if not src_toks or not src_toks[0].text[:1].isupper():
                continue
            if any(x.pos_ == "VERB" for x in src_toks):
                continue
            if _dateline_like(src_toks):
                continue  # "ISLAMABAD:", "CARACAS, Venezuela:": where the story was filed
            hi = tok.i + 1
            while hi < len(doc) and "\n" not in doc[hi].text:
                hi += 1
            content = self._content_spans(tok.i + 1, hi)
            if not content:
                continue
            src = src_toks[-1]
            yield tok, content, _tok_span(doc, src_toks), _tok_span(doc, [tok]), _features(
                tok, src, "colon", hi - tok.i - 1, self, doc[tok.i + 1 : hi])

    def reported(self) -> None:
        model = cue_model()
        quoted = [a for a in self.atts if a.content]
        quoted_at = _Intervals([(q.content[0].start, q.content[-1].end) for q in quoted])
        self.according_all()
        kept: list[_Kept] = []  # the accepted candidates, for DEDUP_OVERLAP and NEST_DEDUP
        # ... by the start of their parse-based range, and by speaker: a candidate is compared
        # with those it can overlap only (an overlap of share t needs a range that starts after
        # a0 - (a1 - a0) / t), not with every one kept before it
        kept_by_b0: list[tuple[int, int, _Kept]] = []
        kept_by_speaker: dict[tuple[int, int], list[_Kept]] = {}
        scored = []  # (attribution, score, cue, say) for NEST_TH
        if model:
            # a candidate scored below every threshold reported() may apply is dropped there
            # before anything else: candidates() need not finish it (its cue span, its range)
            self._floor = (model, min(model.get("threshold", 0.5), PARTIAL_THRESHOLD, SAID_AFTER_THRESHOLD,
                                      NESTED_SPEECH_THRESHOLD, SAID_AFTER_CLAUSE_THRESHOLD))
        try:
            cands = list(self.candidates())
        finally:
            self._floor = None
        if model and DEDUP_OVERLAP < 1.0:  # best first, so that a duplicate loses to the better one
            cands.sort(key=lambda c: -self.score(model, c[4]))
        for tok, content, speaker, cue, feats in cands:
            c0, c1 = content[0].start, content[-1].end
            # speech reported inside another content may stand (`..., which she said wanted ...`)
            say = speaker is not None and tok.lemma_ in ("say", "tell")
            nested = speaker is not None and _nested_speech(tok) and "rule=ccomp" in feats
            say = say or nested
            if model:
                th = model.get("threshold", 0.5)
                if speaker is not None and any(q in c.text for c in content for q in "\u201c\u201d\"\u00ab"):
                    th = min(th, PARTIAL_THRESHOLD)  # partial quotes inside reported speech
                if say and tok.dep_ == "parataxis" and tok.head.i < tok.i and ("rule=head" in feats or "rule=paren" in feats):
                    th = min(th, SAID_AFTER_THRESHOLD)  # "X happened, the ministry said, as ..."
                if nested:
                    th = min(th, NESTED_SPEECH_THRESHOLD)  # "X said Y had assured him that ..."
                if say and tok.dep_ == "parataxis" and tok.head.i < tok.i and "rule=head" in feats \
                        and tok.left_edge.i > 0 and self._comma_at(tok.left_edge.i, -1) \
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
                    th = min(th, SAID_AFTER_CLAUSE_THRESHOLD)  # "Turnout was 63%, it said, up from ..."
                if say and tok.lemma_ == "say" and ("rule=ccomp-rel" in feats or (
                        "rule=ccomp-left" in feats and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text in (".", ";"))):
                    # "..., which it said was ...", "Turnout was 41%, it said.": a "said" with its
                    # own subject (the scorer rates a pronoun subject 0.2-0.3 here)
                    th = min(th, SAID_AFTER_THRESHOLD)
                sc = self.score(model, feats)
                if sc < th:
                    continue
                if DEDUP_OVERLAP < 1.0:
                    # a range the ranker extended is compared by its parse-based range
                    a0, a1 = self.base_range.get(tok.i, (c0, c1))
                    # a duplicate, unless it is speech reported inside the other's content
                    if DEDUP_OVERLAP > 0:
                        lo_k = bisect.bisect_left(kept_by_b0, (int(a0 - (a1 - a0) / DEDUP_OVERLAP) - 1,))
                        hi_k = bisect.bisect_left(kept_by_b0, (a1,))
                        near = [k for _b0, _n, k in kept_by_b0[lo_k:hi_k]]
                    else:
                        near = kept
                    if any(_overlap(a0, a1, k.b0, k.b1) >= DEDUP_OVERLAP and k.score >= sc
                           and not ((say and k.b0 <= tok.idx < k.b1) or (k.say and a0 <= k.cue_at < a1)
                                    or ((say or tok.lemma_ in _REPORT_HOSTS) and a0 <= k.cue_at < a1 and tok.idx >= a1))
                           for k in near):
                        continue
                    sp = (speaker.start, speaker.end) if speaker is not None else None
                    if NEST_DEDUP and sp is not None and any(
                            k.speaker == sp and k.score >= sc
                            and (k.c0 <= c0 and c1 <= k.c1 or c0 <= k.c0 and k.c1 <= c1)
                            for k in kept_by_speaker.get(sp, ())):
                        continue
                    kp = _Kept(sc, a0, a1, tok.idx, say, c0, c1, sp)
                    kept.append(kp)
                    bisect.insort(kept_by_b0, (a0, len(kept), kp))
                    if sp is not None:
                        kept_by_speaker.setdefault(sp, []).append(kp)
            else:
                sc = cue_score(tok)
                if sc < CUE_THRESHOLD or (speaker is None and sc < 0.5):
                    continue
                if tok.lemma_.lower() in _WEAK_VERBS and "rule=ccomp" not in feats:
                    continue
            if QUOTE_DUP and model:
                # the first quote (in their order) that holds the content but not the cue
                hosts = [i for i in quoted_at.containing(c0, c1)
                         if not quoted[i].content[0].start <= tok.idx < quoted[i].content[-1].end]
                host = quoted[min(hosts)] if hosts else None
                if host is not None:
                    if speaker is not None and (host.speaker is None or host in self.alone):
                        host.speaker, host.cue = speaker, cue
                        if host in self.alone:
                            self.alone.remove(host)
                        self.used_cues.add(tok.i)
                    continue
            self.used_cues.add(tok.i)
            att = self.add(self._kind(content), speaker, cue, content)
            self.att_scores[id(att)] = sc
            if nested:
                self.nested.add(id(att))
            if model:
                scored.append((att, sc, tok, say))
        if NEST_TH and scored:
            drop = set()
            with_content = [o for o in self.atts if o.content]
            spans_at = _Intervals([(o.content[0].start, o.content[-1].end) for o in with_content])
            for att, sc, tok, say in scored:
                if sc >= NEST_TH or say or (NEST_ADV and any(
                        c.dep_ == "mark" and c.lower_ in _ADV_MARKS for c in tok.children)):
                    continue
                if any(with_content[i] is not att for i in spans_at.containing(tok.idx, tok.idx + 1)):
                    drop.add(id(att))
            self.atts = [a for a in self.atts if id(a) not in drop]

    def _trim_tail(self, cue: Token, lo: int, hi: int, rule: str = "") -> int:
        """Cut what follows the reported content: `; other clause`, `, although ...`, a time
        phrase (`on Monday`) or an adverbial clause of the cue hanging off the content's end."""
        doc = self.doc
        # only the tokens that can end the content are looked at (see _stops)
        stops = self._stops("trim")
        for k in range(bisect.bisect_left(stops, lo + 1), bisect.bisect_left(stops, hi)):
            i = stops[k]
            t = doc[i]
            if t.text == ";" and "semi" in TRIM_TAILS:
                return i
            if "obj" in TRIM_TAILS and rule in ("dobj", "attr", "oprd", "dative", "prep", "concern"):
                if t.dep_ == "prep" and t.head.i == cue.i and i > lo:
                    pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
                    if t.lower_ in _OBJ_CUT_PREPS or (t.lower_ in _OBJ_PLACE_PREPS and pobj is not None and (
                            pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "EVENT")
                            or pobj.lemma_.lower() in _OBJ_PLACE_NOUNS)):
                        return i
                if t.text == "," and i + 1 < hi and (doc[i + 1].dep_ == "appos" or any(
                        a.dep_ == "relcl" and a.left_edge.i == i + 1 for a in [doc[i + 1], *doc[i + 1].ancestors])):
                    return i  # `..., which ...`, `..., for whom ...`, an apposition
                if t.text in ("\u2014", "\u2015", "\u2013", "--") and i > lo + 1:
                    return i
            if t.text == "," and "advcl" in TRIM_TAILS and i + 1 < hi:
                n = doc[i + 1]
                if n.dep_ == "mark" and n.lower_ in ("although", "though", "while", "as", "because", "since",
                                                    "after", "before", "when", "even", "whereas") \
                        and n.head.dep_ == "advcl":
                    return i
            if "time" in TRIM_TAILS and t.dep_ in ("prep", "npadvmod") and t.head.i == cue.i and i > lo + 1:
                ent = t.ent_type_ or next((c.ent_type_ for c in t.children if c.dep_ == "pobj"), "")
                if ent in ("DATE", "TIME"):
                    return i
        return hi

    def _clip_paragraph(self, at: int, lo: int, hi: int) -> tuple[int, int]:
        """Keep a token range inside the paragraph of token `at` (the parser may cross lines)."""
        nl = self.newlines()
        k = bisect.bisect_right(nl, min(at, hi) - 1) - 1  # the last line break in [lo, at)
        if k >= 0 and nl[k] >= lo:
            lo = nl[k] + 1
        k = bisect.bisect_left(nl, max(at, lo))  # the first one in [at, hi)
        if k < len(nl) and nl[k] < hi:
            hi = nl[k]
        return lo, hi

    def according_all(self) -> None:
        """Every `according to X` outside the direct quotes (before the verb candidates, whose
        cues these take)."""
        doc = self.doc
        for tok in self.tokens_with("lower", "according"):
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to" and not self.in_direct(tok.i):
                self.according(tok)

    def according(self, tok: Token) -> None:
        doc = self.doc
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        slo, shi = _subtree_range(pobj)
        sent = doc[slice(*self.sent_bounds(tok.i))]
        # the content: the sentence without the "according to X" phrase
        plo, phi = min(tok.left_edge.i, tok.i), max(shi, tok.right_edge.i + 1)
        s0, s1 = self._clip_paragraph(tok.i, sent.start, sent.end)
        # a source named with the one it cites ("according to state media citing local
        # authorities"): the speaker is the source that reports, not the cited one beside it
        cited = next((c for c in pobj.children if c.dep_ in ("acl", "relcl") and c.i > pobj.i
                      and c.lemma_ in ("cite", "quote")), None)
        if cited is not None:
            shi = cited.left_edge.i
            while shi > slo + 1 and doc[shi - 1].is_punct:
                shi -= 1
        # an "according to" inside a clause the sentence reports ("..., stating that according to
        # their investigation, they were reporting that ..."): its content is that clause, not the
        # sentence that reports it
        h = tok.head
        if h.i != tok.i and h.dep_ == "ccomp" and h.pos_ in ("VERB", "AUX") and h.head.i < plo < h.i \
                and h.head.lemma_.lower() in SAY_VERBS | WRITE_VERBS | SPEECH_EVENT_VERBS:
            s0, s1 = max(s0, min(h.left_edge.i, plo)), min(s1, max(h.right_edge.i + 1, phi))
            while s0 < plo and doc[s0].dep_ == "mark" and doc[s0].head.i == h.i:
                s0 += 1  # "that" opens the clause, it is not said
        # the other "according to" frames of the sentence ("According to X, Y, according to Z") are
        # frames, not what either source says
        cuts = [(plo, phi)]
        for t in doc[s0:s1]:
            if t.i != tok.i and t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                o = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
                if o is not None:
                    cuts.append((min(t.left_edge.i, t.i), max(o.right_edge.i + 1, t.right_edge.i + 1)))
        pieces = []
        at = s0
        for a, b in sorted(cuts):
            if a > at:
                pieces.append((at, a))
            at = max(at, b)
        if at < s1:
            pieces.append((at, s1))
        content = []
        for a, b in pieces:
            content += self._content_spans(a, b)
        if not content:
            return
        self.used_cues.add(tok.i)
        speaker = _range_span(doc, slo, shi)
        self.add(self._kind(content), speaker, _tok_span(doc, [tok, to]), content)

    def _content_spans(self, lo: int, hi: int) -> list[Span]:
        doc = self.doc
        if hi <= lo:
            return []
        s, e = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        # keep a closing quote mark right after the span (`"... failure."`)
        sp = _span(doc, s, e)
        if sp is None or len(sp.text) < 2:
            return []
        return [sp]

    def _kind(self, content: list[Span]) -> str:
        text = " ".join(c.text for c in content)
        n_q = sum(text.count(ch) for ch in "\u201c\u201d\"\u00ab\u00bb")
        if n_q == 0:
            return "indirect"
        stripped = text.strip()
        if stripped[:1] in QUOTE_CHARS and stripped.rstrip(".,")[-1:] in QUOTE_CHARS and n_q <= 2:
            return "direct"
        qs = scan_quotes(text)  # a piece of the article: not find_quotes, which remembers the article
        qlen = sum(q.end - q.start for q in qs)
        return "partial" if qlen < 0.5 * len(text) else "mixed"

    def merge_alone(self) -> None:
        """PolNeAR output: a quote alone continues the direct attribution right before it."""
        t = self.text
        for a in self.alone:
            start = a.content[0].start
            prev = [b for b in self.atts if b is not a and b.content and b.content[-1].end <= start]
            if not prev:
                continue
            b = max(prev, key=lambda x: x.content[-1].end)
            if b.kind != "direct" or b.cue is None or b in self.alone:
                continue
            gap = t[b.content[-1].end : start]
            if len(gap) > MERGE_ALONE_GAP or any(ch in gap for ch in "\"\u201c\u201d\u00ab\u00bb"):
                continue
            b.content.extend(a.content)
            self.atts.remove(a)

    def run(self) -> list[Attribution]:
        self.direct_quotes()
        self.reported()
        self.context_speakers()
        if self.polnear and MERGE_ALONE_GAP > 0:
            self.merge_alone()
        if self.polnear and ALONE_POLNEAR == "drop":
            self.atts = [a for a in self.atts if a not in self.alone]
        elif self.polnear and ALONE_POLNEAR == "context":
            for a in self.alone:
                cs = a.context_speaker
                if a in self.atts and cs is not None and 0 <= a.content[0].start - cs.start <= ALONE_CONTEXT_CHARS:
                    a.speaker = cs
                elif a in self.atts:
                    self.atts.remove(a)
        self._cut_side_speech()
        self.atts.sort(key=lambda a: (a.content[0].start if a.content else 0))
        if FINAL_DEDUP < 1.0:
            self._dedup()
        classify_acts(self.doc, self.atts, self.att_scores, in_quote=self.in_quote_at)
        return self.atts

    def _cut_side_speech(self) -> None:
        """"X claimed that Y won, even as the commission said Z": a contrasting clause with a
        speaker of its own (`as`, `while`, `whereas`, `although` + subject + cue) is another
        statement beside the content, not part of it; the content ends before it (the parse
        often hangs such a clause inside the reported one)."""
        doc = self.doc
        for b in self.atts:
            if b.cue is None or b.speaker is None:
                continue
            t = doc.char_span(b.cue.start, b.cue.end, alignment_mode="expand")
            t = t.root if t is not None and len(t) else None
            if t is None or t.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in _SIDE_MARKS for c in t.children):
                continue
            cut = doc[t.left_edge.i].idx
            for a in self.atts:
                if a is b or not a.content or a.cue is None or not a.content[0].start < cut < a.content[-1].end:
                    continue
                if not a.content[-1].start < cut:
                    continue
                end = cut
                while end > a.content[-1].start and self.text[end - 1] in " ,;\u2014-":
                    end -= 1
                last = a.content[-1]
                if end > last.start:
                    a.content[-1] = Span.of(self.text, last.start, end)

    def _dedup(self) -> None:
        """One statement, one attribution: of two attributions whose contents share most of their
        words (Jaccard >= FINAL_DEDUP), the one whose content starts first stays: the outer of two
        nested readings (`X said Y told him Z` read once whole and once from `told`), or a quote
        over a reported reading of the words inside it."""
        if len(self.atts) < 2:
            return
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE

        arr = self.doc.to_array([IDX, IS_PUNCT, IS_SPACE])
        starts = arr[:, 0].tolist()
        words = ((arr[:, 1] == 0) & (arr[:, 2] == 0)).tolist()
        kept: list[set] = []
        framed: list[bool] = []  # the kept one is an "according to" frame
        holding: dict[int, list[int]] = {}  # token -> the kept word sets that hold it
        out = []
        for a in self.atts:
            if not a.content or id(a) in self.nested:  # another's speech inside a statement
                out.append(a)
                continue
            # two "according to" frames of one clause ("According to X, Y, according to Z"): two
            # sources of the same words, both kept
            acc = a.cue is not None and a.cue.text.lower().startswith("according")
            ws = set()
            for c in a.content:
                lo, hi = bisect.bisect_left(starts, c.start), bisect.bisect_left(starts, c.end)
                ws.update(i for i in range(lo, hi) if words[i])
            # a share of FINAL_DEDUP > 0 needs a word in common: only those sets are compared
            near = {j for i in ws for j in holding.get(i, ())} if FINAL_DEDUP > 0 else range(len(kept))
            if ws and any(len(ws & kept[j]) >= FINAL_DEDUP * len(ws | kept[j]) and not (acc and framed[j])
                          for j in near):
                continue
            for i in ws:
                holding.setdefault(i, []).append(len(kept))
            kept.append(ws)
            framed.append(acc)
            out.append(a)
        self.atts = out


def extract_attributions(doc: Doc, polnear: bool = False) -> list[Attribution]:
    """All attributions in a parsed Doc (offsets into doc.text). Never raises on odd quoting.

    `polnear=True` follows PolNeAR's conventions for joining quotes (see MERGE_AFTER_PERIOD)."""
    return _Builder(doc, polnear=polnear).run()


# ----------------------------------------------------------------------------- headlines

# "Gaza strikes kill 12, Hamas says": the reported clause, a comma (or colon), the source and a
# reporting verb, ending the headline
HEAD_CUES = ("says", "say", "said", "warns", "warn", "claims", "claim", "reports", "report", "confirms", "confirm",
             "insists", "insist", "admits", "admit", "announces", "announce", "suggests", "suggest", "believes",
             "believe", "told", "tells", "tell", "finds", "find", "predicts", "predict", "estimates", "estimate")
_HEAD_TRAIL = re.compile(r"^(?P<content>.{8,}?)\s*[,:;]\s+(?P<speaker>[^,:;]{2,80}?)\s+(?P<cue>" + "|".join(HEAD_CUES)
                         + r")(?:\s+\w+)?\s*[.!]?\s*$", re.I)
_PM = {"pm": "prime minister", "fm": "foreign minister"}
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _sentence_case(title: str, body: str) -> str:
    """A headline in title case ("Kremlin Says Talks With Kyiv Are Frozen") with its common
    words lower-cased, so that the parser reads it as a sentence; names (words the body writes
    capitalised mid-sentence, or no common word) keep their capital. Same length as the title."""
    from .actors import english_words

    words = _WORD_RE.findall(title)
    caps = [w for w in words if w[:1].isupper()]
    if len(words) < 4 or len(caps) < 0.7 * len(words):
        return title
    common = english_words()
    mid_caps = set(re.findall(r"(?<=[a-z,;] )([A-Z][A-Za-z'\u2019-]*)", body))

    def low(m: re.Match) -> str:
        w = m.group(0)
        if m.start() == 0 or w in mid_caps or w.isupper():
            return w
        wl = w.lower()
        return wl if any(wl in ws for ws in common.values()) else w

    return _WORD_RE.sub(low, title)


def title_attributions(record, nlp=None) -> list[Attribution]:
    """Attributions in an article's title ("Gaza strikes kill 12, Hamas says", "Kremlin says
    talks with Kyiv are frozen", "Pence: ..."), with spans into `article.title` and
    `where="title"`. Each speaker is resolved to the actor the body names (the same name, the
    full name of a surname, the person in the role: "interior minister" -> the body's interior
    minister); a speaker the body does not name is added to `record.actors` (its mention, in
    the title, under `title_mentions`). The record itself is not changed otherwise."""
    from ..nlp import get_nlp
    from .actors import fold

    art = record.article
    title = (art.title or "").strip()
    if not title or not any(ch.isalpha() for ch in title):
        return []
    title = art.title
    nlp = nlp or get_nlp()
    text = _sentence_case(title, art.body or "")
    from ..nlp import seed_text

    doc = nlp.make_doc(text)
    doc._.published = art.published
    seed_text(doc, text)
    doc = nlp(doc)
    tactors = {a.id: a for a in doc._.actors or []}
    atts: list[Attribution] = []
    for a in doc._.attributions or []:
        a.where = "title"
        atts.append(a)
    for found in _headline_patterns(doc, text):
        if any(a.cue is not None and a.cue.start == found[1][0] for a in atts):
            continue
        from .speakers import resolve_speakers

        (ss, se), (cs, ce), (ks, ke) = found[:3]
        extra = Attribution(kind="indirect", speaker=Span.of(text, ss, se), cue=Span.of(text, cs, ce),
                            content=[Span.of(text, ks, ke)])
        extra.where = "title"
        if len(found) == 3:
            atts = [a for a in atts if not any(c.start < ke and ks < c.end for c in a.content)]
        else:  # one clause of several: what reads inside it goes, the other clauses' cues stay
            # (and a cueless reading of the same words: "Minister X: ..." read twice)
            atts = [a for a in atts if not (a.cue is not None and ks <= a.cue.start < ke)
                    and not (a.cue is None and any(c.start < ke and ks < c.end for c in a.content))]
        resolve_speakers(doc, [extra])
        tactors = {a.id: a for a in doc._.actors or []}
        classify_acts(doc, [extra])
        atts.append(extra)
    for a in atts:
        _title_content_in_segment(text, a)
    # the spans as the title writes them (the text differs only in case)
    for a in atts:
        for name in ("speaker", "cue", "context_speaker"):
            sp = getattr(a, name, None)
            if sp is not None:
                setattr(a, name, Span.of(title, sp.start, sp.end))
        a.content = [Span.of(title, c.start, c.end) for c in a.content]
    body_actors = list(record.actors)
    by_role: dict[int, str] = {}
    for a in atts:
        # "Thai PM vows ...", "interior minister says": the body's person in that role
        spk = a.speaker.text if a.speaker is not None else ""
        hit = _role_in_body(spk, body_actors, fold) or _name_in_body(spk, body_actors, fold)
        if hit is not None:
            by_role[id(a)] = hit.id
    next_id = max([int(x.id[1:]) for x in body_actors if x.id[1:].isdigit()] + [len(body_actors)]) + 1
    added: dict[str, str] = {}
    for a in atts:
        if id(a) in by_role:
            a.actor = by_role[id(a)]
            continue
        ta = tactors.get(a.actor) if a.actor else None
        if ta is None:
            a.actor = None
            continue
        hit = _body_actor(ta, body_actors, fold)
        if hit is None:
            if ta.id not in added:
                from ..record import Actor

                new = Actor(id=f"a{next_id}", name=ta.name, type=ta.type, code=ta.code, role=ta.role,
                            affiliation=ta.affiliation, label=ta.label)
                new.title_mentions = [{"start": m_.start, "end": m_.end, "text": title[m_.start:m_.end]}
                                      for m_ in ta.mentions]
                next_id += 1
                record.actors.append(new)
                body_actors.append(new)
                added[ta.id] = new.id
            a.actor = added[ta.id]
        else:
            a.actor = hit.id
    return atts


_TITLE_SEP = re.compile(r"\s*[,;]\s+")
_TITLE_TIME_WORDS = {"today", "tonight", "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "report", "reports", "sources", "source", "officials", "police"}


def _title_content_in_segment(text: str, a: Attribution) -> None:
    """A headline joins clauses with commas ("Police say 14 arrested, ministry blames
    opposition"; "Opposition claims victory, electoral body says count continuing"): a cue's
    content is the rest of its own clause ("14 arrested", "count continuing"), or the clause
    before when the cue ends its clause ("Sudan deaths rise to 300, health ministry says"),
    never a neighbouring clause read across the comma."""
    if a.cue is None or not a.content:
        return
    cuts = [(m.start(), m.end()) for m in _TITLE_SEP.finditer(text)]
    if not cuts:
        return
    bounds, lo = [], 0
    for s, e in cuts:
        bounds.append((lo, s))
        lo = e
    bounds.append((lo, len(text.rstrip(" .!"))))
    k = next((i for i, (s, e) in enumerate(bounds) if s <= a.cue.start < e), None)
    if k is None:
        return
    s, e = bounds[k]
    after = text[a.cue.end:e].strip()
    if after and not (len(after.split()) == 1 and after.lower() in _TITLE_TIME_WORDS):
        want = (a.cue.end + (len(text[a.cue.end:e]) - len(text[a.cue.end:e].lstrip())), e)
    elif k > 0:
        want = bounds[k - 1]
    else:
        return
    if all(want[0] <= c.start and c.end <= want[1] for c in a.content):
        return
    a.content = [Span.of(text, *want)]


_HEAD_VERBS = {"say", "deny", "vow", "urge", "warn", "claim", "insist", "accuse", "reject", "call", "pledge", "promise",
               "threaten", "demand", "ask", "blame", "slam", "criticise", "criticize", "condemn", "hail", "welcome",
               "dismiss", "admit", "confirm", "announce", "rule", "tell", "predict", "signal", "suggest", "argue"}


# a headline's source named before a colon ("Kremlin: ...", "...; governor: ...") or a bare
# source after the reported clause ("...: report", "..., sources"); not a rubric ("Analysis:")
_HEAD_LEAD = re.compile(r"(?:^|;\s+)(?P<speaker>[A-Za-z][^:;,]{1,40}?):\s+(?P<content>[^;]{8,}?)\s*[.!]?\s*$")
_HEAD_BARE = re.compile(r"^(?P<content>.{8,}?)\s*[:,]\s+(?P<speaker>(?:state |official |media )?(?:report|reports|sources|"
                        r"source|media|officials|official|police))\s*$", re.I)
_HEAD_SEGMENT = re.compile(r"(?:^|[,;]\s+)(?P<speaker>[A-Z][^,;:]{1,60}?)\s+(?P<cue>" + "|".join(HEAD_CUES)
                           + r")\s+(?P<content>[^,;:]{4,}?)\s*[.!]?\s*(?=$|[,;]\s)")
_RUBRICS = {"analysis", "explainer", "factbox", "live", "watch", "opinion", "exclusive", "update", "breaking", "photos",
            "video", "editorial", "comment", "interview", "review", "timeline", "q&a", "podcast", "poll", "quiz"}


def _headline_patterns(doc: Doc, text: str) -> list:
    """_headline_pattern, and the forms it leaves: a source before a colon ("Kremlin: Putin and
    Erdogan discussed ...", "Bank of Korea holds rates; governor: too early to ..."), a bare
    source after the clause ("Nordhavn to cut 2,000 jobs: report"), and each comma clause of
    the form "<source> says <clause>" ("Togo's opposition says X, government says Y")."""
    from .actors import is_role_head

    out = []
    one = _headline_pattern(doc, text)
    if one is not None:
        out.append(one)

    def no_verb(s: int, e: int) -> bool:
        sp = doc.char_span(s, e, alignment_mode="expand")
        return sp is not None and len(sp) > 0 and not any(t.pos_ in ("VERB", "AUX") for t in sp)

    def taken(s: int, e: int) -> bool:
        return any(not (e <= f[2][0] or f[2][1] <= s) or not (e <= f[0][0] or f[0][1] <= s) for f in out)

    m = _HEAD_LEAD.search(text)
    if m:
        ss, se = m.start("speaker"), m.end("speaker")
        sp = doc.char_span(ss, se, alignment_mode="expand")
        last = sp[-1] if sp is not None and len(sp) else None
        if last is not None and len(sp) <= 5 and no_verb(ss, se) and sp[0].lower_ not in _RUBRICS \
                and last.lower_ not in _RUBRICS and (last.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                                     or is_role_head(last.lower_) or last.lower_ in ("police", "military", "army")) \
                and not taken(m.start("content"), m.end("content")):
            colon = text.index(":", se)
            out.append(((ss, se), (colon, colon + 1), (m.start("content"), m.end("content")), "lead"))
    m = _HEAD_BARE.match(text)
    if m and not taken(m.start("content"), m.end("content")):
        out.append(((m.start("speaker"), m.end("speaker")), (m.start("speaker"), m.end("speaker")),
                    (m.start("content"), m.end("content")), "bare"))
    for m in _HEAD_SEGMENT.finditer(text):
        ss, se = m.start("speaker"), m.end("speaker")
        csp = doc.char_span(m.start("content"), m.end("content"), alignment_mode="expand")
        # a clause, not a thing claimed ("Opposition claims victory in Malawi vote")
        clause = csp is not None and any(t.pos_ in ("VERB", "AUX", "ADJ") for t in csp)
        if clause and no_verb(ss, se) and not taken(ss, m.end("content")):
            out.append(((ss, se), (m.start("cue"), m.end("cue")), (m.start("content"), m.end("content")), "segment"))
    return out


def _headline_pattern(doc: Doc, text: str):
    """((speaker), (cue), (content)) character ranges of a headline's attribution the general
    rules leave out: "X to do Y, official says" (a clause, a comma, a source and a reporting
    verb) or "Ethiopia denies blocking aid" (a source, a reporting verb in the present and what
    it reports, the headline's main verb); None if neither."""
    m = _HEAD_TRAIL.match(text)
    if m:
        sp = doc.char_span(m.start("speaker"), m.end("speaker"), alignment_mode="expand")
        if sp is not None and not any(t.pos_ in ("VERB", "AUX") for t in sp):
            return (m.start("speaker"), m.end("speaker")), (m.start("cue"), m.end("cue")), (m.start("content"), m.end("content"))
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return None
    v = roots[0]
    if v.tag_ not in ("VBZ", "VBP") or not (v.lemma_.lower() in _HEAD_VERBS or cue_score(v) >= CUE_THRESHOLD):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if subj is None or v.i + 1 >= len(doc):
        return None
    lo, hi = subj.left_edge.i, v.i
    end = len(doc)
    while end > v.i + 1 and doc[end - 1].is_punct:
        end -= 1
    if end <= v.i + 1:
        return None
    return ((doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])), (v.idx, v.idx + len(v)),
            (doc[v.i + 1].idx, doc[end - 1].idx + len(doc[end - 1])))


def _role_in_body(speaker: str, body_actors, fold):
    """The one body person whose role the headline's speaker names ("Thai PM", "interior
    minister", "EU's von der Leyen" has no role word: None)."""
    from .actors import is_role_head

    words = [_PM.get(w, w) for w in fold(speaker).replace("'s", " ").split()]
    if not any(is_role_head(w.split()[-1]) for w in words):
        return None
    phrase = " " + " ".join(words) + " "
    cands = [b for b in body_actors if b.type == "person" and b.role and f" {fold(b.role)} " in phrase]
    return cands[0] if len(cands) == 1 else None


def _name_in_body(speaker: str, body_actors, fold):
    """The one body person whose name ends with the headline speaker's name ("Kenya's Ruto" ->
    "William Ruto", "EU's von der Leyen" -> "Ursula von der Leyen"), or None."""
    tail = re.split(r"['\u2019]s\s+", speaker)[-1].strip()
    words = fold(tail).split()
    if not words or not tail[:1].isupper():
        return None
    cands = [b for b in body_actors if b.type == "person" and fold(b.name).split()[-len(words):] == words]
    return cands[0] if len(cands) == 1 else None


def _body_actor(ta, body_actors, fold):
    """The body's actor a title's actor stands for, or None."""
    name = fold(ta.name)
    for b in body_actors:
        if fold(b.name) == name and (b.type == ta.type or ta.type in ("other", "organization") or b.type in ("country",)):
            return b
    words = name.split()
    if ta.type in ("person", "organization", "other") and not getattr(ta, "described", False):
        # "Boluarte" -> "Dina Boluarte", "von der Leyen" -> "Ursula von der Leyen"
        cands = [b for b in body_actors if b.type == "person" and fold(b.name).split()[-len(words):] == words]
        if len(cands) == 1:
            return cands[0]
    if ta.type == "organization" and words:
        # "..., ministry says" -> the body's one "interior ministry"
        cands = [b for b in body_actors if b.type == "organization" and fold(b.name).split()[-len(words):] == words]
        if len(cands) == 1:
            return cands[0]
    if getattr(ta, "described", False) or ta.type in ("person", "other", "group"):
        # "interior minister", "Thai PM": the body's person in that role
        role = " ".join(_PM.get(w, w) for w in fold(ta.role or ta.name).split())
        aff = fold(ta.affiliation or "")
        cands = []
        for b in body_actors:
            if b.type != "person" or not b.role:
                continue
            br = fold(b.role)
            if role and (role in br or br in role) and (not aff or not b.affiliation or fold(b.affiliation) == aff):
                cands.append(b)
        if len(cands) == 1:
            return cands[0]
    return None


@Language.component("newsgraph_attributions")
def attributions_component(doc: Doc) -> Doc:
    doc._.attributions = extract_attributions(doc)
    return doc
