"""Speakers: every attribution's `actor`, whoever the text gives as its source.

The attributions component (attributions.py) finds *spans*: the speaker as written ("Diop",
"she", "the minister", "a spokesperson for UN peacekeeping operations", "his country") or none
(a quote standing alone in its paragraph, with `context_speaker` where it could name one). This
component, run after it and after the actors component, resolves each to an actor id:

1. a span holding a person's name is that person (an apposition "Russia's deputy ambassador to
   the UN, Anna Evstigneeva" is its name; a possessor "Diop's spokesman" is not the speaker);
2. a span whose head is a known mention (a country, an organisation) is that actor;
3. a pronoun is resolved by salience (below); "his country" is the country of his affiliation;
   a relative pronoun ("Mali, which said ...") is its antecedent;
4. a description is matched by role ("the minister" -> the one minister in play, the most
   recent if several; "the country", "the government" -> the country last in play); an
   unmatched or indefinite one ("a spokesperson for UN peacekeeping operations", "officials")
   becomes an actor of its own, with role and affiliation read from the description;
5. a quote with no speaker takes the previous top-level attribution's actor when that lies in
   the same or one of the two paragraphs before, else its `context_speaker`;
6. "it"/"they" is an organisation, country or group that is the subject of this or the previous
   sentence, or the previous speaker if one; "I"/"we" inside someone's quotation is that speaker;
7. a body of a state ("Egypt's interior ministry", "Chinese state media", "the Nigerian army")
   is an organisation of its own affiliated with its country, not the country; "the ministry",
   "the council", "the fund" are the body named before whose name holds the word; a body named
   in apposition ("state news agency KCNA") is that body;
8. a document ("the statement", "the report", "the communique") says what its issuer says:
   "X issued a statement", "In a communique, X urged", "X's report", "a report by X";
9. "the junta" / "the military junta in Niger" is a body of the state affiliated with its
   country (issue 15: "the junta" of a named country, not the country itself, nor a body tied to
   none); "France, whose envoy said" is an envoy affiliated with France;
10. a place named inside an organisation's proper name ("The Nairobi Hawkers Association", "the
   China Earthquake Networks Center") is not the speaker: the organisation is, affiliated with
   the place;
11. from the faults read in real reports (issue 15; tests/test_speakers_real_classes.py): a
   speaker inside a dash parenthesis before a conjoined cue ("... slipped to 14th - it is his
   lowest - and admits ...") gives way to the subject before the opening dash; "GOP consultant"
   is a consultant of the party, not the party; "The Blues" (a capitalised plural no table
   knows) is the body or team that was the subject just before; "Many"/"Some" are the plural
   people subject before; a name that only modifies a common noun ("Hang Seng traders") is a
   weak antecedent (MODIFIER_PENALTY); a given name one sex bears leans the gender
   (GIVEN_NAME_VOTE, data/gazetteer/given_name_sex.json).

Measured on issue 4's passages (tests/data/speaker_passages.json) and, for pronoun sources, on
PolNeAR dev: 330 of 392 pronoun sources resolve to a named actor; 43 of 50 checked by hand
were right (the list is in the passages file).

Why rules and not a model: no English coreference model installs from PyPI here (spaCy's coref
is an experimental add-on with separately downloaded weights; the neural resolvers fetch
weights from model hubs at run time), and news attribution needs only a narrow part of
coreference: third-person pronouns and role descriptions pointing at people named a few
sentences earlier. A salience model in the spirit of Lappin & Leass (1994) does that openly and
testably. For he/she/his/her at token p the candidates are the people mentioned before p, not
inside a quotation, within the last few sentences; each scores
    - sentence distance (0 in the same sentence),
    + SUBJECT_BONUS if its last mention was a clause subject,
    + SPEAKER_BONUS if it is the previous attribution's speaker,
    + a little for each recent mention (the person the passage is about),
and a candidate whose gender is settled and differs is out (one that only leans the other way
loses WEAK_GENDER_PENALTY). Gender comes from the text itself, as votes: honorifics and gendered
nouns next to a name ("Ms", "spokeswoman", "his sister, Senator ...") weigh HARD_EVIDENCE; a
subject "he"/"she" right after a sentence whose only person is its subject weighs one. A
pronoun's own resolution does not vote (RESOLVED_VOTE is 0): on PolNeAR dev, feeding
resolutions back let one early mistake ("she" for a woman not yet named) turn a man into a woman
for the rest of the article; only a resolved main-clause "he said"/"she said" speaker votes (SPEAKER_VOTE),
so that "X met Y. She said ... He said ..." gives the second statement to the other person. Definite role descriptions outside quotes ("the president's ...")
count as mentions of the person holding the role. All third-person pronouns outside quotes are
resolved in one pass in text order, so a chain "Guterres ... He ... he said" carries through.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..names import _given_name_sexes
from ..nlp import doc_text, tokens_lowered
from ..record import Actor, Attribution, Span
from .actors import (
    _ORG_WORDS,
    _acronym,
    _credit_first,
    COUNTRY_NOUNS,
    ORG_NOUNS,
    ActorIndex,
    _word,
    actor_index,
    fold,
    is_role_head,
    is_role_word,
    load_gazetteer,
    role_phrase,
)

SUBJECT_BONUS = 1.0
SPEAKER_BONUS = 1.5
FREQ_BONUS = 0.25
UNKNOWN_GENDER_PENALTY = 0.3
MAX_SENT_DIST = 5
HARD_EVIDENCE = 5.0  # a title or gendered noun next to the name
RESOLVED_VOTE = 0.0  # each pronoun resolved to the person (see the module docstring)
SPEAKER_VOTE = 2.0  # a "he said" / "she said" resolved to the person
WEAK_GENDER_PENALTY = 3.0  # a candidate whose gender only leans the other way
GIVEN_NAME_VOTE = 1.5  # a given name borne by one sex (below SPEAKER_VOTE, not "sure" alone)
MODIFIER_PENALTY = 1.0  # a candidate last named as a modifier of a common noun ("Hang Seng traders")

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_NEUTER = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}
_RELATIVE = {"which", "who", "that", "whom", "whose"}
_FIRST = {"i", "we", "me", "us", "my", "our"}
_NEWLINE = re.compile("\n")
# a country's military rulers: "the junta" is a body of the state, affiliated with its country
JUNTA_NOUNS = {"junta", "juntas"}
# bodies of a state or an organisation that speak for themselves: "Egypt's interior ministry",
# "Chinese state media", "the Nigerian army" are actors of their own, affiliated with the
# country (not the country); "the ministry", "the fund" later are the body named before whose
# name holds the word. (The institutional agent nouns of the Phoenix agents dictionary,
# ../shared/eventdata/Phoenix.agents.txt, that name a body rather than a person.)
INSTITUTION_NOUNS = ORG_NOUNS | {
    "ministry", "ministries", "army", "military", "navy", "police", "court", "parliament", "senate", "assembly",
    "congress", "legislature", "cabinet", "commission", "committee", "office", "bureau", "department", "bank",
    "media", "television", "tv", "radio", "broadcaster", "newspaper", "press", "regulator", "utility",
    "authority", "service", "services", "gendarmerie", "judiciary", "tribunal", "embassy", "consulate",
    "presidency", "treasury", "intelligence", "guard", "guards", "fund", "board", "watchdog", "coalition",
    "firm", "network", "outlet", "daily", "channel", "station", "secretariat", "inspectorate", "directorate",
    "procuratorate", "airline", "operator", "exchange", "federation"} | JUNTA_NOUNS
# bodies only a state has: "the home ministry", "the army" with no owner named are the country in
# play's (a company, a union or a commission may be anyone's)
STATE_BODY_NOUNS = {"ministry", "ministries", "army", "military", "navy", "police", "parliament", "senate", "cabinet",
                    "presidency", "treasury", "gendarmerie", "judiciary"} | JUNTA_NOUNS
# outlets, whose name is the word before them ("the Mehr news agency")
_OUTLET_NOUNS = {"agency", "newspaper", "daily", "broadcaster", "channel", "outlet", "network", "tv", "television",
                 "radio", "station", "weekly", "magazine", "website", "portal", "tabloid"}
# the last word of an organisation's proper name that may hold a place ("The Nairobi Hawkers
# Association", "the China Earthquake Networks Center")
_NAMED_BODY_HEADS = _ORG_WORDS | {"center", "centre", "institution", "agency", "society", "federation",
                                  "confederation", "league", "alliance", "coalition", "chamber", "trust", "observatory",
                                  "service", "survey", "administration", "bureau", "directorate", "inspectorate"}
# documents that "say" what their issuer says: "The statement said ..." is the issuer speaking
DOCUMENT_NOUNS = {"statement", "report", "communique", "communiqu\u00e9", "letter", "declaration", "resolution",
                  "memo", "memorandum", "release", "guidance", "filing", "ruling", "judgment", "judgement",
                  "verdict", "decree", "notice", "post", "tweet", "message", "note", "bulletin", "advisory",
                  "assessment", "audit", "study", "paper", "document", "order", "directive", "circular",
                  "update", "briefing", "submission", "complaint", "petition", "proclamation", "editorial"}
# verbs whose object is a document its subject issues ("X issued a statement")
_ISSUE_VERBS = {"issue", "release", "publish", "send", "adopt", "sign", "write", "post", "deliver", "present",
                "file", "hand", "read", "approve", "pass", "put", "circulate", "distribute", "submit", "draft",
                "produce", "unveil", "announce", "make", "give", "lodge", "launch", "tweet", "share", "broadcast",
                "air", "hand down", "rule"}
# personal titles before a name: whoever is named so is a person, whatever the NER typed
PERSONAL_TITLES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame",
                             "lord", "lady", "rev", "reverend", "fr", "sgt", "cpl", "lt", "col", "capt", "maj",
                             "insp", "supt", "det", "cst", "pte", "pvt", "brig", "adm", "cmdr", "rabbi", "imam",
                             "sheikh", "shri", "smt", "sri", "mme", "mlle", "herr", "frau", "senor", "senora"})
# the verbs of a speaking "it" ("It said", "It added"): SAY_VERBS and WRITE_VERBS of attributions_acts
_SPEECH_LEMMAS = {"say", "add", "tell", "state", "announce", "warn", "claim", "note", "insist", "urge", "write",
                  "report", "confirm", "deny", "accuse", "argue", "stress", "explain", "call", "demand", "ask"}
# bodies "the company" may be: the one that spoke just before (see Resolver._company_spoke)
_COMPANY_NOUNS = {"company", "firm", "group", "airline", "operator", "carrier", "manufacturer", "maker",
                  "producer", "miner", "lender", "insurer", "retailer", "developer", "drugmaker", "automaker"}
# described groups that speak as one ("a coalition of civic groups")
_GROUP_NOUNS = {"coalition", "alliance", "union", "association", "federation", "consortium", "network"}
_QUOTE_RE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")
# kin of a person: "Ortega's parents said" are the parents, not Ortega (sample 14's "Bittinger's parents")
_KIN_NOUNS = frozenset(
    "parent parents mother father mom mum dad family families relative relatives widow widower wife husband "
    "son sons daughter daughters brother brothers sister sisters sibling siblings child children grandmother "
    "grandfather grandparents grandson granddaughter uncle aunt cousin cousins niece nephew fiancee fiance "
    "stepfather stepmother in-laws".split())
# the other head words of a body's name "that court" may take up ("the Fifth Circuit")
_HEAD_ALIASES = {"court": {"circuit", "tribunal"}}
# a share of a group: "61% of U.S. adults said" is said by the adults (sample 14), not the country
_SHARE_HEADS = frozenset("% percent per cent half third thirds quarter quarters fifth fifths majority minority "
                         "share proportion".split())
# the dash after a dateline ("BEIJING -", "(Reuters) -"): a speaker span that reaches back over it
# holds a headline glued to the body, and the speaker is what follows it
_DATELINE_DASHES = {"-", "\u2014", "\u2013", "--"}


def _start(m: Span) -> int:
    return m.start


def _heads_span(doc: Doc, s: int, e: int, root: Token) -> bool:
    """Whether the name at tokens [s, e) can be the speaker of a span whose root is `root`: the
    root is in it ("President Barack Obama"), or the name is not attached as a modifier or an
    object of another word ("the minister, Abdoulaye Diop", "Diop and Lavrov" pass; "a Trump
    presidency", "aides to Mr. Obama" do not)."""
    if s <= root.i < e:
        return True
    head = next((doc[i] for i in range(s, e) if not s <= doc[i].head.i < e or doc[i].head.i == i), doc[e - 1])
    return head.dep_ not in ("compound", "amod", "nmod", "pobj", "poss", "npadvmod", "dobj")


# nouns for people that are no role ("supporters", "voters"): a name beside them is theirs
PEOPLE_NOUNS = frozenset(
    "strategist supporter voter critic ally friend member staffer people resident fan donor worker "
    "lawmaker analyst expert observer opponent backer loyalist surrogate citizen person man woman".split()
)


# quantifiers that speak for some of a group named before ("Many left, criticizing ...")
_QUANTIFIERS = frozenset({"many", "some", "others", "most", "several", "few", "both", "all"})
# people who work for or beside a body, which the role lexicon does not list: "GOP consultant"
_MEMBER_NOUNS = frozenset(
    "consultant pollster lobbyist operative insider adviser advisor organiser organizer campaigner "
    "fundraiser official veteran volunteer engineer technician researcher employee staffer worker member "
    "trainee intern contractor ranger rescuer medic paramedic pilot driver mechanic inspector investigator "
    "negotiator delegate designer developer programmer analyst accountant lawyer auditor".split()
)


def _after_dateline(doc: Doc, sp: SpacySpan) -> SpacySpan:
    """The part of a speaker span after a dateline's dash ("China to Cut Reserve Ratio ... BEIJING -
    China's central bank": the central bank): a headline glued to the body runs into the span, and
    its first name is not the speaker (sample 13). A dash set off by spaces after a word in capitals
    ("SEOUL -", "ANCHORAGE, Alaska -") or a closing bracket ("(Reuters) -"); the rest must hold a
    noun. Else the span as it is."""
    for k in range(sp.end - 2, sp.start, -1):
        d = doc[k]
        if d.text not in _DATELINE_DASHES or not doc[k - 1].whitespace_ or not d.whitespace_:
            continue
        before = doc[max(sp.start, k - 4) : k]
        if doc[k - 1].text == ")" or any(w.is_alpha and w.is_upper and len(w) >= 3 for w in before):
            rest = doc[k + 1 : sp.end]
            if any(w.pos_ in ("NOUN", "PROPN", "PRON") for w in rest):
                return rest
        break
    return sp


def _share_of(root: Token, end: int) -> Token | None:
    """The people a share is of ("61% of U.S. adults", "Two-thirds of British voters"): the plural
    noun after "of", inside the span (before `end`); else None."""
    if not (root.lower_ in _SHARE_HEADS or root.lemma_.lower() in _SHARE_HEADS or root.like_num):
        return None
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and o.i < end:
                    return o
    return None


# where a body sits, not who it is: "the Swiss-based team", "the London-headquartered lender",
# "Kenya-based solar firm SunTrail" (sample 16's "the Swiss-based team said" was Switzerland)
_BASED = frozenset({"based", "headquartered", "registered", "listed"})


def _based_in(doc: Doc, sp: SpacySpan) -> list[tuple[int, int]]:
    """The token ranges of a speaker span's "X-based" modifiers (the place, the hyphen and the
    participle), the place being where the body sits."""
    out = []
    for t in sp:
        if t.lower_ in _BASED and t.i != sp.root.i and t.i - 2 >= sp.start and doc[t.i - 1].text in ("-", "\u2013") \
                and t.dep_ in ("amod", "compound", "acl", "npadvmod", "nmod", "advmod"):
            out.append((min(t.left_edge.i, t.i - 2), t.i + 1))
    return out


# a demonym standing for a person, as sports and wire copy name someone just named ("Dimitrov ...
# The Bulgarian said", "the 24-year-old Serb"): a count noun; the mass forms ("the French", "the
# Swiss", "the Chinese") speak for the country
_MASS_DEMONYM_END = ("sh", "ch", "ese", "ss", "ic")


def _demonym_person(root: Token) -> bool:
    """The speaker span's root is one person named by nationality: a singular demonym used as a
    noun with an article or a modifier of its own ("the Bulgarian", "the 24-year-old Serb"), not
    the country's name nor a mass demonym."""
    if root.ent_type_ != "NORP" or not root.ent_kb_id_.endswith("|demonym") or root.tag_ not in ("NN", "NNP"):
        return False
    if root.lower_.endswith(_MASS_DEMONYM_END) or root.dep_ in ("amod", "compound", "poss"):
        return False
    return any(c.dep_ in ("det", "amod", "nummod", "compound") and c.i < root.i
               and (c.dep_ != "det" or c.lower_ in ("the", "a", "an", "this", "that")) for c in root.children)


def _names_people(doc: Doc, root: Token) -> bool:
    """Whether a speaker span's root denotes people: a role ("aides", "spokeswoman"), a people
    noun ("supporters"), a nationality ("Mexicans")."""
    return (is_role_head(_word(doc, root.i)) or is_role_head(root.lemma_) or root.ent_type_ == "NORP"
            or root.lemma_.lower() in PEOPLE_NOUNS)


def _pron_gender(word: str) -> str | None:
    w = word.lower()
    return "m" if w in _MALE else "f" if w in _FEMALE else None


@dataclass
class _Event:
    tok: int
    aid: str
    subject: bool
    sent: int
    modifier: bool = False  # the name modifies a common noun ("Hang Seng traders", "Rahman voters")


class _MentionIndex:
    """The actor index's mentions (token start, token end, actor id), asked for those near a
    token range by bisection over their starts instead of a pass over every mention (the
    speakers stage was quadratic on long articles). Answers are indices into the list, in its
    own order, so that every "the first / the last of the mentions that ..." stays as it was.
    `in_order` tells whether the list is sorted by start (the actor index keeps it so): the
    scans that stop at the first mention starting at or after a token rely on it."""

    def __init__(self, mentions: list[tuple[int, int, str]]):
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda k: mentions[k][0])
        self.starts = [mentions[k][0] for k in self.order]
        # the longest mention: one that reaches token i starts after i - longest
        self.longest = max((e - s for s, e, _a in mentions), default=0)
        self.longest = max(0, self.longest)
        self.in_order = all(mentions[k][0] <= mentions[k + 1][0] for k in range(len(mentions) - 1))

    def starting(self, lo: int, hi: int) -> list[int]:
        """The mentions whose start s is lo <= s < hi, in list order."""
        a = bisect.bisect_left(self.starts, lo)
        b = bisect.bisect_left(self.starts, hi)
        return sorted(self.order[a:b])

    def overlapping(self, lo: int, hi: int) -> list[int]:
        """The mentions with s < hi and lo < e (as `s < hi and lo < e` over the whole list)."""
        a = bisect.bisect_right(self.starts, lo - self.longest)
        b = bisect.bisect_left(self.starts, hi)
        m = self.mentions
        return sorted(k for k in self.order[a:b] if lo < m[k][1])

    def before(self, tok: int) -> int:
        """With the list in order: how many mentions start before token `tok`."""
        return bisect.bisect_left(self.starts, tok)


def _described(a: Actor) -> bool:
    return bool((a.__pydantic_extra__ or {}).get("described", False))  # getattr(a, "described", False)


class _ActorLookup:
    """The actors (the actor index's dict, in its order) by folded name, by the words of a
    described organisation's name, and by the words of a described actor's role: the Resolver
    asked each new name or description against every actor (`fold(a.name)` per actor), so the
    stage grew with the square of the actors a long text describes. Each answer is the one the
    scan it replaces gives (the first / the last in dict order). Names, types and the
    `described` mark do not change once an actor is in the dict; a role that does is told with
    `role_changed`; actors added to the dict are taken in on the next question (`add` as they
    are made, else a catch-up over the dict's tail when its length has moved)."""

    def __init__(self, actors: dict[str, Actor]):
        self.actors = actors
        self.pos: dict[str, int] = {}  # actor id -> its place in the dict
        self.by_name: dict[str, list[str]] = {}  # fold(name) -> actor ids, dict order
        self.described_name: dict[str, str] = {}  # fold(name) -> the first described actor so named
        self.body_word: dict[str, str] = {}  # word of fold(name) -> the last described organisation
        self.described: list[str] = []  # the described actors, dict order
        self.role_word: dict[str, str | None] = {}  # word asked -> the last described role holding it
        self.sync()

    def sync(self) -> None:
        if len(self.pos) == len(self.actors):
            return
        for aid in list(self.actors)[len(self.pos):]:
            self.add(aid)

    def add(self, aid: str) -> None:
        """Take in the actor just added to the dict (its last entry)."""
        if aid in self.pos:
            return
        a = self.actors[aid]
        self.pos[aid] = len(self.pos)
        f = fold(a.name)
        self.by_name.setdefault(f, []).append(aid)
        if not _described(a):
            return
        self.described_name.setdefault(f, aid)
        if a.type == "organization":
            for w in f.split():
                self.body_word[w] = aid
        self.described.append(aid)
        if a.role:
            r = fold(a.role)
            for w in self.role_word:
                if w in r:
                    self.role_word[w] = aid

    def named(self, f: str) -> list[str]:
        """The actors whose folded name is `f`, in dict order."""
        self.sync()
        return self.by_name.get(f, [])

    def described_named(self, f: str) -> str | None:
        """The first described actor whose folded name is `f`."""
        self.sync()
        return self.described_name.get(f)

    def body_with_word(self, words: set[str]) -> str | None:
        """The last described organisation one of whose name's words is in `words`."""
        self.sync()
        found = [self.body_word[w] for w in words if w in self.body_word]
        return max(found, key=self.pos.__getitem__) if found else None

    def _scan_role(self, w: str) -> str | None:
        best = None
        for aid in self.described:
            r = self.actors[aid].role
            if r and w in fold(r):
                best = aid
        return best

    def with_role_word(self, w: str) -> str | None:
        """The last described actor whose folded role holds `w` (a substring, as `in`)."""
        self.sync()
        if w not in self.role_word:
            self.role_word[w] = self._scan_role(w)
        return self.role_word[w]

    def role_changed(self, aid: str) -> None:
        """Actor `aid`'s role was set or changed."""
        self.sync()
        a = self.actors[aid]
        if not _described(a):
            return
        r = fold(a.role) if a.role else None
        for w, cur in self.role_word.items():
            if r is not None and w in r:
                if cur is None or self.pos[aid] > self.pos[cur]:
                    self.role_word[w] = aid
            elif cur == aid:
                self.role_word[w] = self._scan_role(w)


class Resolver:
    def __init__(self, doc: Doc, index: ActorIndex, attributions: list[Attribution] | None = None):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token: read it once
        self.index = index
        self.g = load_gazetteer()
        self.sent_of = [0] * len(doc)
        for si, s in enumerate(doc.sents):
            self.sent_of[s.start : s.end] = [si] * (s.end - s.start)
        # a paragraph ends after each token whose text or trailing space holds a newline; read
        # off the text and the token offsets rather than every Token
        starts = doc.to_array(IDX).tolist()
        breaks = {bisect.bisect_right(starts, m.start()) - 1 for m in _NEWLINE.finditer(self.text)}
        self.para_of = []
        p = 0
        for i in range(len(doc)):
            self.para_of.append(p)
            if i in breaks:
                p += 1
        self.in_quote = self._quote_mask(attributions or [])
        self._atts = attributions or []
        self._content_chars: list[tuple[int, int]] | None = None  # built on first use (_people_besides)
        # gender votes per actor: [male, female]; titles and gendered nouns weigh most
        self.votes: dict[str, list[float]] = {}
        for aid, g in index.gender.items():
            self.vote(aid, g, HARD_EVIDENCE)
        # a given name that people of one sex bear ("Ellen Ward", "Karl Vost"; the US Census
        # table, data/gazetteer/given_name_sex.json): a lean, not settled (titles and gendered
        # nouns weigh more, and a "she said" resolved to the person outweighs it)
        from ..names import given_name_sex

        for aid, a in index.actors.items():
            if a.type == "person" and aid not in index.gender:
                self.vote(aid, given_name_sex(a.name), GIVEN_NAME_VOTE)
        self.id_of_key = {v: k for k, v in index.key_of.items()}
        self.lookup = _ActorLookup(index.actors)  # the actors by name, body word, role word
        self.pron: dict[int, str] = {}
        self.events: list[_Event] = []  # person mentions (names and resolved pronouns), text order
        self.other_events: list[_Event] = []  # non-person actors
        for s, e, aid in index.mentions:
            a = index.actors[aid]
            if s < len(doc) and self.in_quote[s]:
                continue
            mod = a.type == "person" and self._modifier(s, e)
            ev = _Event(s, aid, self._is_subject(s, e) and not mod, self.sent_of[min(s, len(doc) - 1)], mod)
            (self.events if a.type == "person" else self.other_events).append(ev)
        self.speaker_at: list[tuple[int, str]] = []  # (token, actor id) of resolved attributions
        self._new = 0
        # the mentions by start, and the events' tokens beside them (both lists are in text
        # order when the mentions are): the look-ups below bisect rather than scan from the start
        self.mi = _MentionIndex(index.mentions)
        self._fast = self.mi.in_order
        self._ev_toks = [ev.tok for ev in self.events]
        self._other_toks = [ev.tok for ev in self.other_events]
        self.sent_start: list[int] = []  # sentence number -> its first token
        for i, si in enumerate(self.sent_of):
            if si == len(self.sent_start):
                self.sent_start.append(i)
            elif si > len(self.sent_start):  # (never: sentences are numbered in order)
                self._fast = False
        self._mention_sorted: set[str] = set()  # actors whose mentions _add_mention keeps sorted
        self._mention_reach: dict[str, int] = {}  # ... and their longest mention (characters)
        self._mention_list: dict[str, list] = {}  # ... and the list object it sorted

    # ------------------------------------------------------------------ text structure
    def _quote_mask(self, atts: list[Attribution]) -> list[bool]:
        doc = self.doc
        mask = [False] * len(doc)
        spans: list[tuple[int, int]] = []
        try:
            from .attributions_quotes import find_quotes

            spans = [(q.start, q.end) for q in find_quotes(self.text)]
        except ImportError:  # the quotes module is optional here
            spans = [(m.start(), m.end()) for m in re.finditer(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]", self.text)]
        for s, e in spans:
            sp = doc.char_span(s, e, alignment_mode="expand")
            if sp is None:
                continue
            for i in range(sp.start, sp.end):
                mask[i] = True
        return mask

    def _is_subject(self, s: int, e: int) -> bool:
        doc = self.doc
        if s >= len(doc):
            return False
        span = doc[s:e]
        r = span.root
        seen = 0
        while r.dep_ in ("compound", "appos", "flat", "conj") and r.head is not r and seen < 4:
            r = r.head
            seen += 1
        return r.dep_ in ("nsubj", "nsubjpass")

    def _modifier(self, s: int, e: int) -> bool:
        """A name at tokens [s, e) that only modifies a common noun after it ("Hang Seng traders
        are nervous", "Rahman voters are drifting", "the Hang Seng index"): the noun is the
        sentence's topic, not the name (issue 15: an index name the NER typed a person took the
        "he" of the analyst quoted before it)."""
        doc = self.doc
        if s >= len(doc) or e > len(doc):
            return False
        last = doc[e - 1]
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= e and last.head.pos_ == "NOUN" \
            and doc[e].text not in ("'s", "\u2019s") and not doc[last.head.i].is_title

    def _actor_at(self, tstart: int, tend: int) -> str | None:
        """ActorIndex.actor_at (the first mention overlapping the range), by bisection."""
        ks = self.mi.overlapping(tstart, tend)
        return self.index.mentions[ks[0]][2] if ks else None

    def _from_sent(self, toks: list[int], sent: int) -> int:
        """Position in a sorted token list of the first token in sentence `sent` or later."""
        if sent <= 0:
            return 0
        if sent >= len(self.sent_start):
            return len(toks)
        return bisect.bisect_left(toks, self.sent_start[sent])

    def _events_near(self, p: int, dist: int) -> list[_Event]:
        """The person events before token p whose sentence is at most `dist` before p's (in text
        order), for the scans that stopped at the first event at or after p."""
        sp = self.sent_of[p]
        toks = self._ev_toks
        return self.events[self._from_sent(toks, sp - dist) : bisect.bisect_left(toks, p)]

    def _others_near(self, p: int, sent: int, dist: int) -> list[_Event]:
        toks = self._other_toks
        return self.other_events[self._from_sent(toks, sent - dist) : bisect.bisect_left(toks, p)]

    # ------------------------------------------------------------------ pronouns
    def _candidates(self, p: int, gender: str | None, max_dist: int = MAX_SENT_DIST) -> list[tuple[float, str]]:
        sp = self.sent_of[p]
        last: dict[str, _Event] = {}
        count: dict[str, int] = {}
        for ev in (self._events_near(p, max_dist) if self._fast else self.events):
            if ev.tok >= p:
                break
            if sp - ev.sent > max_dist:
                continue
            last[ev.aid] = ev
            if sp - ev.sent <= 2:
                count[ev.aid] = count.get(ev.aid, 0) + 1
        prev_speaker = self._prev_speaker(p)
        tok = self.doc[p]
        out = []
        for aid, ev in last.items():
            score = 0.0
            g = self.gender_of(aid)
            if gender and g and g != gender:
                if self.sure(aid):
                    continue
                score -= WEAK_GENDER_PENALTY
            score -= float(sp - ev.sent)
            if ev.subject:
                score += SUBJECT_BONUS
            if ev.modifier:
                score -= MODIFIER_PENALTY
            if aid == prev_speaker:
                score += SPEAKER_BONUS
            score += FREQ_BONUS * min(count.get(aid, 0), 3)
            if gender and not g:
                score -= UNKNOWN_GENDER_PENALTY
            # "X called Y and he ...": a subject pronoun does not take its own clause's object
            if tok.dep_ in ("nsubj", "nsubjpass") and ev.sent == sp and self._same_clause_object(ev.tok, tok):
                score -= 2.0
            # "X, ..., welcomed the vote ..., as Y, he said": the subject of the sentence a
            # reporting "he said" closes is who speaks (before the previous speaker)
            if ev.sent == sp and ev.subject and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH_LEMMAS \
                    and ((tok.head.dep_ in ("parataxis", "advcl", "conj") and tok.head.head.i < tok.i)
                         or any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.head.children)) \
                    and tok.i > 0 and self.doc[tok.i - 1].text == ",":
                score += SPEAKER_BONUS
            # a reflexive or possessive in the same clause prefers the clause subject
            out.append((score, aid))
        out.sort(key=lambda x: -x[0])
        return out

    def _same_clause_object(self, mtok: int, pron: Token) -> bool:
        m = self.doc[mtok]
        head = pron.head
        r = m
        while r.dep_ in ("compound", "flat") and r.head is not r:
            r = r.head
        return r.dep_ in ("dobj", "pobj", "dative") and (r.head == head or r.head.head == head)

    def _prev_speaker(self, p: int) -> str | None:
        # speaker_at is sorted (bisect.insort): the last entry before token p
        k = bisect.bisect_left(self.speaker_at, (p,))
        return self.speaker_at[k - 1][1] if k else None

    def _last_spoke(self, p: int, aid: str) -> int:
        """The last token before p at which `aid` is a resolved speaker (-1: none)."""
        k = bisect.bisect_left(self.speaker_at, (p,))
        while k > 0:
            k -= 1
            if self.speaker_at[k][1] == aid:
                return self.speaker_at[k][0]
        return -1

    def vote(self, aid: str, g: str | None, weight: float) -> None:
        if g not in ("m", "f"):
            return
        v = self.votes.setdefault(aid, [0.0, 0.0])
        v[0 if g == "m" else 1] += weight

    def sure(self, aid: str) -> bool:
        """The gender is settled: a title or gendered noun, or a clear majority of votes."""
        v = self.votes.get(aid) or [0.0, 0.0]
        return abs(v[0] - v[1]) >= 2.0

    def gender_of(self, aid: str) -> str | None:
        v = self.votes.get(aid)
        if not v or v[0] == v[1]:
            return None
        return "m" if v[0] > v[1] else "f"

    def gender_evidence(self) -> None:
        """Pronouns whose only possible antecedent is one person vote for that person's gender."""
        doc = self.doc
        for i in tokens_lowered(doc, ("he", "she")):  # the only tokens the test below can pass
            t = doc[i]
            g = _pron_gender(t.text)
            # only the clear pattern "X did this. He/She did that.": a subject pronoun, and one
            # person named in this or the previous sentence, as a subject
            if g is None or self.in_quote[t.i] or t.lower_ not in ("he", "she") or t.dep_ != "nsubj":
                continue
            sp = self.sent_of[t.i]
            pool = self._events_near(t.i, 1) if self._fast else self.events
            near = [ev for ev in pool if ev.tok < t.i and sp - ev.sent <= 1]
            if len({ev.aid for ev in near}) == 1 and any(ev.subject for ev in near):
                self.vote(near[0].aid, g, 1.0)

    def resolve_pronouns(self) -> None:
        """Every he/she/his/her outside quotations, in text order (no attributions in play)."""
        self.gender_evidence()
        for i in tokens_lowered(self.doc, _MALE | _FEMALE):
            t = self.doc[i]
            if _pron_gender(t.text) and not self.in_quote[t.i] and t.pos_ in ("PRON", "DET"):
                self._resolve_pronoun_token(t)

    def _company_spoke(self, p: int) -> str | None:
        """The organisation that spoke last before token p, within the two sentences before,
        unless it is a public body (a ministry, a regulator, a court: "the company" is not it)."""
        prev = self._prev_speaker(p)
        if prev is None:
            return None
        a = self.index.actors[prev]
        if a.type == "person" and (a.role or self.gender_of(prev) is not None):
            return None  # a person: no company (one typed a person for want of evidence may be)
        if a.type not in ("organization", "person") or set(fold(a.name).split()) & (INSTITUTION_NOUNS - _COMPANY_NOUNS):
            return None
        last = self._last_spoke(p, prev)
        if last < 0 or self.sent_of[min(p, len(self.doc) - 1)] - self.sent_of[last] > 2:
            return None
        return prev

    def _prev_subject_body(self, t: Token) -> str | None:
        """A speaking "It" opening a sentence whose previous sentence's subject is a body with a
        clause around it ("Spotify, whose complaint ... , welcomed the fine. It said ..."; "A
        coalition of civic groups, whose petition ..., welcomed ... It said"): that body."""
        doc = self.doc
        s0 = t.sent.start
        if t.i != s0 or s0 == 0:
            return None
        prev = doc[s0 - 1].sent
        root = prev.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i < prev.start:
            return None
        lo, hi = subj.left_edge.i, subj.i + 1
        for c in subj.rights:  # the phrase without its relative clause or apposition
            if c.dep_ in ("prep", "compound") and c.i > subj.i:
                hi = max(hi, c.right_edge.i + 1)
            else:
                break
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        ms = self.index.mentions
        # a name that heads the phrase ("Spotify", "the Union of Port Workers"), not its owner
        # ("India's drug regulator" is the regulator's)
        named = [ms[k][2] for k in self.mi.overlapping(lo, hi) if ms[k][0] <= subj.i < ms[k][1]]
        named = [a for a in named if self.index.actors[a].type in ("organization", "country", "group")]
        if named:
            return named[0]
        if subj.lemma_.lower() not in INSTITUTION_NOUNS and subj.lower_ not in INSTITUTION_NOUNS \
                and subj.lemma_.lower() not in _GROUP_NOUNS:
            return None
        last = doc[hi - 1]
        aid = self.resolve_span(Span.of(self.text, doc[lo].idx, last.idx + len(last)), 1)
        if aid is not None and self.index.actors[aid].type == "person":
            return None
        return aid

    def _titled(self, aid: str) -> bool:
        """An actor named with a personal title ("Dr Manning", "Prof. Okafor") that the NER typed
        a body: a person all the same, never "it"."""
        words = fold(self.index.actors[aid].name).replace(".", " ").split()
        return len(words) >= 2 and words[0] in PERSONAL_TITLES

    def neuter(self, p: int) -> str | None:
        """it / they / its: an organisation, country or group that is the subject of this or the
        previous sentence (the nearest), else the previous speaker if it is one; else nothing:
        "it" and "they" point at things and unnamed people too often to guess further. A body
        named with a personal title ("Dr Manning" typed an organisation) is a person: never it."""
        sp = self.sent_of[p]
        prev = self._prev_speaker(p)
        if prev is not None and self._titled(prev):
            prev = None
        t = self.doc[p]
        if prev is not None and t.lower_ == "they" and self._reported_people(p, prev):
            return None  # "The Caucasian Knot has reported that displaced persons ... They claim"
        if prev is not None and t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEECH_LEMMAS \
                and self.index.actors[prev].type in ("organization", "country", "group"):
            # "The council said ... if Minsk released prisoners. It added ...": a speaking "it"
            # goes on with the body that spoke just before, not a subject inside its words
            last = self._last_spoke(p, prev)
            if last >= 0 and sp - self.sent_of[last] <= 1:
                return prev
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEECH_LEMMAS:
            aid = self._prev_subject_body(t)
            if aid is not None:
                return aid
        best = None
        for ev in (self._others_near(p, sp, 1) if self._fast else self.other_events):
            if ev.tok >= p:
                break
            if sp - ev.sent > 1 or not ev.subject:
                continue
            a = self.index.actors[ev.aid]
            if a.type not in ("organization", "country", "group") or self._titled(ev.aid):
                continue
            best = ev.aid
        if best is not None:
            return best
        if prev is not None and self.index.actors[prev].type in ("organization", "country", "group"):
            last = self._last_spoke(p, prev)
            if last >= 0 and sp - self.sent_of[last] <= 2:
                return prev
        if prev is not None and t.lower_ == "they" and t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEECH_LEMMAS \
                and self.index.actors[prev].type == "person":
            # "Analyst Sam Otieno told the paper that ... They added that ...": a speaking "they"
            # right after one person spoke, with no body as a subject in between, goes on with
            # that person (a singular "they", or the people a description names: "Cabin crew")
            last = self._last_spoke(p, prev)
            if last >= 0 and sp - self.sent_of[last] <= 1 and not self.in_quote[p] \
                    and not self._people_besides(last, p):
                return prev
        return None

    def _reported_people(self, p: int, aid: str) -> bool:
        """A body or an outlet (not a person) spoke last, in this or the previous sentence, about
        people named by a plural noun ("The Kestrel Herald has reported that displaced families
        ..."): a "they" after it is those people, not the body that reported them. An actor typed
        a person whose speaker span begins with "the" ("The 'Caucasian Knot' has reported") is no
        person: no person's name takes the article."""
        last = self._last_spoke(p, aid)
        if last < 0 or self.sent_of[p] - self.sent_of[last] > 1:
            return False
        doc = self.doc
        from .attributions_acts import agent_nouns

        there = [a for a in self._atts if a.speaker is not None and a.speaker.start <= doc[last].idx < a.speaker.end]
        for a in there:
            sp = doc.char_span(a.speaker.start, a.speaker.end, alignment_mode="expand")
            if sp is not None and (sp.root.tag_ in ("NNS", "NNPS") or any(t.dep_ == "conj" for t in sp)):
                return False  # "Twenty-seven states ... and industry groups": a "they" fits the speakers
        if self.index.actors[aid].type == "person" and not any(
                a.speaker.text.lstrip("'\"\u2018\u201c ").lower().startswith("the ") for a in there):
            return False
        spans = [(c.start, c.end) for a in there for c in a.content]
        for t in doc[doc[last].sent.start : doc[p].sent.start]:
            if t.tag_ in ("NNS", "NNPS") and any(lo <= t.idx < hi for lo, hi in spans) and (
                    _names_people(doc, t) or t.lemma_.lower() in agent_nouns() or t.lemma_.lower() in _MEMBER_NOUNS
                    or t.lower_ in ("persons", "people", "families", "residents", "migrants", "refugees")
                    or t.lemma_.lower().endswith(("er", "or", "ist", "ian", "ee", "ant", "ent"))):
                return True
        return False

    def _people_besides(self, lo: int, hi: int) -> bool:
        """Whether tokens lo..hi (from the sentence of lo) name several people a "they" could be:
        a plural people noun ("according to show insiders", "veterans") or two names joined
        ("Mr. Grassley and Mr. Leahy say")."""
        doc = self.doc
        from .attributions_acts import agent_nouns

        if self._content_chars is None:
            self._content_chars = sorted((c.start, c.end) for a in self._atts if getattr(a, "act", "say") in (
                "say", "write", "think") for c in a.content)  # not "X demeaned women, according to insiders"
        spans = self._content_chars
        for t in doc[doc[lo].sent.start : hi]:
            k = bisect.bisect_right(spans, (t.idx, 1 << 60)) - 1
            if k >= 0 and spans[k][0] <= t.idx < spans[k][1]:
                continue  # inside what someone said ("... told the paper that other banks would follow")
            if t.tag_ in ("NNS", "NNPS") and (_names_people(doc, t) or t.lemma_.lower() in agent_nouns()
                                              or t.lemma_.lower() in _MEMBER_NOUNS):
                return True
            if t.dep_ == "conj" and t.ent_type_ == "PERSON" and t.head.ent_type_ == "PERSON":
                return True
        return False

    # ------------------------------------------------------------------ spans
    def resolve_span(self, span: Span, depth: int = 0) -> str | None:
        doc = self.doc
        sp = doc.char_span(span.start, span.end, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            return None
        sp = _after_dateline(doc, sp)
        toks = [t for t in sp if not t.is_punct or t.text in ("'s", "\u2019s")]
        if not toks:
            return None
        # a single pronoun
        if len(toks) == 1 and toks[0].lower_ in _MALE | _FEMALE | _NEUTER | _RELATIVE | _FIRST:
            return self.resolve_pron(toks[0])
        if len(toks) == 1 and toks[0].lower_ in _QUANTIFIERS and depth < 2:
            # "Party members gathered. Many left early, criticizing ...": some of the people
            # named as a subject just before
            return self._quantified(toks[0], depth)
        ms = self.index.mentions
        mentions = [ms[k] for k in self.mi.overlapping(sp.start, sp.end)]
        # "The company, which is majority owned by China's Geely, said": a name inside the
        # head's relative clause is not the speaker
        inner = [(c.left_edge.i, c.right_edge.i + 1) for c in sp if c.dep_ in ("relcl", "acl") and c.i > sp.root.i
                 and c.head.i >= sp.root.i and c.head.i < sp.end and c.i != sp.root.i]
        if inner:
            mentions = [m for m in mentions if not any(lo <= m[0] and m[1] <= hi for lo, hi in inner)]
        # a described body is named without a clause set off by commas ("A coalition of
        # consumer groups, whose complaint led ...": the coalition of consumer groups)
        name_sp = sp
        if inner:
            cut = min(lo for lo, _hi in inner)
            if sp.root.i < cut < sp.end and doc[cut - 1].text == "," and doc[cut].lower_ in ("whose", "which", "who"):
                name_sp = doc[sp.start : cut - 1]
        root = sp.root
        based = _based_in(doc, sp)
        seat: list[tuple[int, int, str]] = []  # the places bodies sit in ("a UK-based firm, Hiscox": the UK's)
        if based:
            # "the Swiss-based team said": the place it sits in is not the body
            seat = [m for m in mentions if any(lo <= m[0] and m[1] <= hi for lo, hi in based)
                    and self.index.actors[m[2]].type in ("country", "location")]
            mentions = [m for m in mentions if m not in seat]
            words = [t for t in sp if not t.is_punct and not any(lo <= t.i < hi for lo, hi in based)]
            lead = [hi for lo, hi in based if lo <= name_sp.start + 1 and hi < root.i + 1]
            if lead and any(t.pos_ == "PROPN" and t.i >= lead[0] for t in words):
                # "the Britain-based Syrian Observatory for Human Rights": named without where it sits
                name_sp = doc[lead[0] : name_sp.end]
            if not mentions:
                if (lemma := root.lemma_.lower()) in _COMPANY_NOUNS and words and words[0].lower_ == "the":
                    aid = self._company_spoke(sp.start)
                    if aid is not None:
                        return aid
                if root.pos_ in ("NOUN", "PROPN") and not any(t.pos_ == "PROPN" for t in words):
                    return self.new_actor(name_sp, "organization")
        if len(toks) <= 6 and _demonym_person(root) and depth < 2:
            # "Grigor Dimitrov ... The Bulgarian said": the person in play, not Bulgaria
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < root.i for c in root.children):
                # a name that ends in one ("Mark Cuban"): of no country by it
                aid = self.new_actor(name_sp, "person")
                if any(m[0] <= root.i < m[1] and self.index.actors[m[2]].name == self.index.actors[aid].affiliation
                       for m in mentions):
                    self.index.actors[aid].affiliation = None
                return aid
            for _score, aid in self._candidates(root.i, None, 2):
                if self.index.actors[aid].type == "person":
                    return aid
            aid = self.new_actor(name_sp, "person")
            c = [m[2] for m in mentions if m[0] <= root.i < m[1] and self.index.actors[m[2]].type == "country"]
            if c and not self.index.actors[aid].affiliation:
                self.index.actors[aid].affiliation = self.index.actors[c[0]].name
            return aid
        persons = []
        # the span names people ("Obama's former campaign strategist", "many Mexicans"): a person
        # named only as theirs, or as a modifier, is not who speaks ("Trump's comments" are his);
        # nor is a person whose kin speak ("Ortega's parents said": the parents)
        people = _names_people(doc, root)
        kin = root.lower_ in _KIN_NOUNS or root.lemma_.lower() in _KIN_NOUNS
        aside: set[tuple[int, int, str]] = set()
        for s, e, aid in mentions:
            if self.index.actors[aid].type != "person":
                continue
            if self._body_named_as_person(s, e, aid):
                continue  # "the Tasnim news agency", "maritime intelligence firm Windward"
            if e < len(doc) and doc[e].text in ("'s", "\u2019s", "'") and e < sp.end:
                if people or kin:
                    aside.add((s, e, aid))
                continue  # "Diop's spokesman": the possessor is not the speaker
            if people and not _heads_span(doc, s, e, root):
                # "a Trump presidency, many Mexicans", "advisers to Mr. Obama"
                aside.add((s, e, aid))
                continue
            persons.append((s, e, aid))
        if persons:
            # "Diop and Lavrov": the first; an apposition: the name
            return persons[0][2]
        nick = self._nickname(sp, toks, mentions)
        if nick is not None:
            return nick
        for s, e, aid in mentions:
            if s <= root.i < e:
                a = self.index.actors[aid]
                if a.type in ("country", "location") and s > sp.start and _acronym(doc[s - 1]) and \
                        doc[s - 1].head.i in range(s, e) and not any(m[0] <= s - 1 < m[1] for m in mentions):
                    # "RACV Alberta says", "RSPCA Queensland": a body named by its acronym and the
                    # place it serves, not the place (issue 15, sample 17)
                    return self.new_actor(doc[s - 1 : e], "organization")
                if a.type == "country" and e == s + 1 and root.ent_type_ == "NORP" and root.tag_ in ("NNS", "NNPS") \
                        and any(c.lower_ in _QUANTIFIERS and c.dep_ in ("amod", "det", "advmod") for c in root.children):
                    # "Most Americans say": some of the country's people, not the country
                    g = self.new_actor(name_sp, "group")
                    if not self.index.actors[g].affiliation:
                        self.index.actors[g].affiliation = a.name
                    return g
                if fold(a.name) in (fold(root.text), fold(root.lemma_)) and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < s and c.i >= sp.start for c in root.children):
                    # "the Rossi union": a mention of the bare "union" leaves out its name
                    return self.new_actor(name_sp, "organization")
                if a.type == "organization" and not a.affiliation and not self.index.key_of.get(aid, "").startswith("org:"):
                    # "North Korea's state news agency KCNA": the country owns the body
                    own = [o for _s, oe, o in mentions + seat if oe <= s and o != aid and self.index.actors[o].type == "country"]
                    if own:
                        a.affiliation = self.index.actors[own[0]].name
                    elif fold(a.name).split()[-1:] and fold(a.name).split()[-1] in STATE_BODY_NOUNS and \
                            fold(a.name) == fold(doc[max(s, sp.start) : e].text).removeprefix("the "):
                        # "the health ministry" named bare: the country in play's
                        c = self.country_in_play(sp.start)
                        if c is not None:
                            a.affiliation = self.index.actors[c].name
                return aid
        lemma = root.lemma_.lower()
        if toks[0].lower_ == "whose" and len(toks) > 1:
            # "France, whose envoy said": the envoy of the relative clause's antecedent
            return self.whose(sp, toks, root)
        if (lemma in DOCUMENT_NOUNS or root.lower_ in DOCUMENT_NOUNS) and depth < 2:
            # "the statement said": the statement's issuer
            aid = self.issuer(sp, root, depth)
            if aid is not None:
                return aid
        # possessive pronoun + noun: "his country", "her ministry"
        poss = [c for c in root.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")]
        if (root.lower_ in COUNTRY_NOUNS or lemma in COUNTRY_NOUNS) and not self._proper_body(sp, root, mentions):
            for s, e, aid in mentions:
                if self.index.actors[aid].type == "country":
                    return aid
            if poss:
                owner = self.resolve_pron(poss[0])
                if owner is not None:
                    aff = self.index.actors[owner].affiliation
                    if aff:
                        found = self._actor_named(aff)
                        if found:
                            return found
                    if self.index.actors[owner].type == "country":
                        return owner
            if root.lower_ in ("country", "nation", "government", "state", "authorities", "administration", "regime"):
                c = self.country_in_play(sp.start)
                if c:
                    return c
        if lemma in INSTITUTION_NOUNS or root.lower_ in INSTITUTION_NOUNS:
            # "Egypt's interior ministry", "Chinese state media", "the Nigerian army": a body of
            # its own, affiliated with its country, not the country
            aid = self.institution(sp, root, sorted(mentions + seat))  # (a seat: the owner it names)
            if aid is not None:
                return aid
            if (lemma in _COMPANY_NOUNS or root.lower_ in _COMPANY_NOUNS) and sp[0].lower_ == "the" and not mentions:
                # "Apple said ... The company argued": the company that just spoke, not the
                # last organisation named (the regulator that fined it)
                aid = self._company_spoke(sp.start)
                if aid is not None:
                    return aid
            if lemma not in ORG_NOUNS and root.lower_ not in ORG_NOUNS:
                return self.new_actor(name_sp, "organization")
        if is_role_head(_word(doc, root.i)) or is_role_head(root.lemma_):
            if sp[-1].i > root.i and sp[-1].pos_ == "PROPN" and sp[-1].is_title:
                # "the ferry captain Ines Valk" parsed with the role as the head and the name in
                # apposition (the NER missed the name): the person named, with that role
                named = self._role_then_name(name_sp)
                if named is not None:
                    return named
            return self.description(sp, root)
        if lemma in ORG_NOUNS:
            for s, e, aid in mentions:
                return aid
            c = self._last_of_type("organization", sp.start)
            if c and sp[0].lower_ == "the" and len(sp) <= 3 and not any(t.pos_ == "PROPN" for t in sp):
                return c  # "the union", "the party"; not "the Verdi union" (a name of its own)
            return self.new_actor(name_sp, "organization")
        mentions = [m for m in mentions if m not in aside]
        if mentions and self._member_of(root, mentions):
            # "GOP consultant says", "a Labour strategist said": a person of the party, not it
            aid = self.new_actor(name_sp, "group" if root.tag_ == "NNS" else "person")
            a = self.index.actors[aid]
            if not a.affiliation:
                a.affiliation = self.index.actors[mentions[-1][2]].name
            if not a.role:
                a.role = root.text
                self.lookup.role_changed(aid)
            return aid
        if mentions and root.pos_ == "NOUN" and root.i > mentions[-1][1] - 1 and mentions[-1][1] < len(doc) \
                and doc[mentions[-1][1]].text in ("'s", "\u2019s") and mentions[-1][1] < root.i \
                and self.index.actors[mentions[-1][2]].type in ("country", "organization", "location"):
            # "Togo's opposition says": the opposition, affiliated with Togo (not Togo)
            aid = self.new_actor(name_sp, "group")
            a = self.index.actors[aid]
            if not a.affiliation:
                a.affiliation = self.index.actors[mentions[-1][2]].name
            return aid
        if mentions and root.pos_ == "PROPN" and root.is_title and fold(root.text) in _NAMED_BODY_HEADS and all(
                e <= root.i and self.index.actors[aid].type in ("country", "location") and
                all(self.doc[i].dep_ in ("compound", "amod", "nmod") for i in range(s, e)) for s, e, aid in mentions):
            # "The Nairobi Hawkers Association said": the place is part of the body's name
            aid = self.new_actor(name_sp, "organization")
            a = self.index.actors[aid]
            if not a.affiliation:
                a.affiliation = self.index.actors[mentions[-1][2]].name
            return aid
        share = _share_of(root, sp.end) if mentions else None
        if share is not None and all(
                self.index.actors[aid].type in ("country", "location") and s > root.i and (
                    (e <= share.i and doc[e - 1].head.i == share.i and doc[e - 1].dep_ in ("compound", "amod", "nmod"))
                    or (s == share.i and e == share.i + 1 and share.ent_type_ == "NORP"))
                for s, e, aid in mentions):
            # "About 61% of U.S. adults said": some of the country's people, not the country
            aid = self.new_actor(name_sp, "group")
            a = self.index.actors[aid]
            if not a.affiliation:
                a.affiliation = self.index.actors[mentions[-1][2]].name
            return aid
        if mentions:
            return mentions[-1][2]
        if any(t.pos_ == "PROPN" for t in sp):
            if fold(root.text) in _ORG_WORDS or fold(sp[-1].text) in _ORG_WORDS:
                return self.new_actor(sp, "organization")
            named = self._role_then_name(name_sp)
            if named is not None:
                return named
            names = [t for t in sp if t.is_alpha and t.lower_ not in ("the", "a", "an")]
            return self.new_actor(sp, "person" if 1 <= len(names) <= 4 and all(t.is_title for t in names) else "other")
        if root.pos_ in ("NOUN", "PROPN"):
            return self.new_actor(name_sp, "other")
        return None

    def _proper_body(self, sp: SpacySpan, root: Token, mentions: list[tuple[int, int, str]]) -> bool:
        """Whether a country noun heads a body's proper name ("the U.S. Energy Information
        Administration", "the Food and Drug Administration"): a capitalised root with a capitalised
        word of its name before it that no mention holds (sample 13's EIA was shown as the United
        States); "the Trump administration", "the U.S. administration" are not."""
        if root.pos_ != "PROPN" or not root.is_title:
            return False
        for k in range(sp.start, root.i):
            w = self.doc[k]
            if w.is_title and w.pos_ == "PROPN" and w.lower_ not in ("the", "a", "an") and not any(
                    s <= k < e for s, e, _aid in mentions):
                return True
        return False

    def _demonstrative_antecedent(self, sp: SpacySpan, root: Token) -> str | None:
        """"That court said": the body last named by a phrase with that head noun ("a federal
        appeals court struck down ... That court said": the appeals court, not the district court
        named earlier as an actor; sample 13). An actor whose mention holds that noun, else a
        described body named by its phrase; None if no such noun comes within 300 tokens before."""
        doc = self.doc
        if sp[0].lower_ not in ("that", "this") or sp[0].dep_ != "det" or sp[0].head.i != root.i:
            return None
        words = {root.lower_, root.lemma_.lower()}
        words |= _HEAD_ALIASES.get(root.lemma_.lower(), set())
        for k in range(sp.start - 1, max(-1, sp.start - 300), -1):
            w = doc[k]
            if w.pos_ not in ("NOUN", "PROPN") or w.lower_ not in words and w.lemma_.lower() not in words:
                continue
            if self.in_quote[k]:
                continue
            for idx in self.mi.overlapping(k, k + 1):
                s, e, aid = self.index.mentions[idx]
                if self.index.actors[aid].type in ("organization", "group"):
                    return aid
            lo = k
            while lo > 0 and doc[lo - 1].head.i in range(lo, k + 1) and doc[lo - 1].dep_ in ("compound", "amod", "nmod") \
                    and not doc[lo - 1].is_punct:
                lo -= 1
            return self.new_actor(doc[lo : k + 1], "organization")
        return None

    def _nickname(self, sp: SpacySpan, toks: list[Token], mentions: list[tuple[int, int, str]]) -> str | None:
        """"Chelsea were fined ... The Blues said": "the" and one capitalised plural that names
        no actor the gazetteer knows (a club's or a band's nickname, which no table lists) is
        the organisation or place-named team that was the subject of this or one of the two
        sentences before (the nearest). None otherwise."""
        if len(toks) != 2 or toks[0].lower_ != "the":
            return None
        t = toks[1]
        if t.tag_ != "NNPS" or not t.is_title or not t.text.endswith("s") or t.ent_type_ in ("NORP", "GPE", "LOC"):
            return None
        if self.g.lookup(t.text) or self.g.lookup(t.text[:-1]):
            return None
        own = [aid for s, e, aid in mentions if s <= t.i < e]
        if own and not self.index.key_of.get(own[0], "org?:").startswith(("org?:", "ent:")):
            return None  # a body the gazetteer knows
        si = self.sent_of[sp.start]
        best = None
        for ev in (self._others_near(sp.start, si, 2) if self._fast else self.other_events):
            if ev.tok >= sp.start:
                break
            if si - ev.sent > 2 or not ev.subject or ev.aid in own:
                continue
            if self.index.actors[ev.aid].type in ("organization", "location"):
                best = ev.aid
        return best

    def _quantified(self, t: Token, depth: int) -> str | None:
        """"Many", "some", "others" as a speaker: the plural people subject of this or the
        previous sentence ("Party members", "the delegates"), else None."""
        doc = self.doc
        si = self.sent_of[t.i]
        lo = self.sent_start[si - 1] if si > 0 and self._fast else t.sent.start
        for k in range(t.i - 1, lo - 1, -1):
            w = doc[k]
            if w.dep_ in ("nsubj", "nsubjpass") and w.tag_ in ("NNS", "NNPS") and _names_people(doc, w) \
                    and not self.in_quote[k]:
                a, b = w.left_edge.i, w.i + 1
                return self.resolve_span(Span.of(self.text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1])), depth + 1)
        return None

    def _member_of(self, root: Token, mentions: list[tuple[int, int, str]]) -> bool:
        """A noun for a person ("consultant", "strategist", "aide") that a named organisation or
        country only modifies ("GOP consultant", "a Labour strategist", "Pentagon aide"): the
        speaker is someone of that body (issue 15: such a span was given to the body)."""
        doc = self.doc
        if root.pos_ != "NOUN" or not root.is_lower:
            return False
        w = root.lemma_.lower()
        if not (_names_people(doc, root) or w in _MEMBER_NOUNS or (w.endswith(("ist", "yst", "eer")) and len(w) > 5)):
            # "the Ghanaian theologian", "the Kenyan preacher": a person noun (the Phoenix agents,
            # or "-ian") that only a country's demonym modifies is a person of that country
            from .attributions_acts import agent_nouns
            if not ((w in agent_nouns() or (w.endswith("ian") and len(w) > 6)) and mentions and all(
                    self.index.actors[aid].type == "country" for _s, _e, aid in mentions)):
                return False
        for s, e, aid in mentions:
            typ = self.index.actors[aid].type
            if e > root.i or typ not in ("organization", "country", "group", "location"):
                return False
            last = doc[e - 1]
            if typ == "location" or last.head.i != root.i or last.dep_ not in ("compound", "amod", "nmod"):
                # "The off-duty Kamloops, B.C., Search and Rescue volunteer": names before the noun,
                # all inside its own modifiers (a place among them), none its possessor
                if root.left_edge.i > s or any(doc[i].dep_ in ("poss", "case") for i in range(s, root.i)) or not any(
                        self.index.actors[a].type in ("organization", "group") for _s, _e, a in mentions):
                    return False
        return True

    def _role_then_name(self, sp: SpacySpan) -> str | None:
        """"Opposition lawmaker Nika Melia" with no name the actors component knew: the person
        named by the capitalised words after the role, with that role ("business daily
        Rzeczpospolita": the outlet so named)."""
        doc = self.doc
        e = sp.end
        while e > sp.start and doc[e - 1].is_punct:
            e -= 1
        s = e
        while s > sp.start and doc[s - 1].pos_ == "PROPN" and (doc[s - 1].is_title or "-" in doc[s - 1].text):
            s -= 1
        if s == sp.start or not 1 <= e - s <= 4:
            return None
        if doc[s - 1].lemma_.lower() in _OUTLET_NOUNS | _COMPANY_NOUNS | {"group", "firm", "union"}:
            # "business daily Rzeczpospolita", "maritime intelligence firm Windward": the body
            return self.new_actor(doc[s:e], "organization")
        if e - s < 2 or not (is_role_head(_word(doc, s - 1)) or (
                # a common noun no role table lists before a given name the census lists: "the
                # harbour master Ines Valk", "local shopkeeper Ines Valk"
                doc[s - 1].pos_ == "NOUN" and doc[s - 1].is_lower and doc[s].lower_ in _given_name_sexes())):
            return None
        name = doc[s:e]
        same = [k for k, x in self.index.actors.items() if x.type == "person" and fold(x.name) == fold(name.text)]
        aid = same[0] if same else self.new_actor(name, "person")  # the person the article already names so
        a = self.index.actors[aid]
        if a.type == "person" and not a.role:
            # the role: the noun before the name and the words that modify it, no further back
            # than the span's start or a punctuation mark ("... activists like X and The New Jim
            # Crow author Michelle Alexander": "The New Jim Crow author")
            lo = s - 1
            while (lo - 1 >= sp.start and s - lo < 5 and not doc[lo - 1].is_punct
                   and doc[lo - 1].lower_ not in ("the", "a", "an", "and", "or", "like", "as")
                   and doc[lo - 1].dep_ in ("compound", "amod", "nmod", "poss", "case")):
                lo -= 1
            a.role = doc[lo:s].text
            self.lookup.role_changed(aid)
        return aid

    def _body_named_as_person(self, s: int, e: int, aid: str) -> bool:
        """A name the actors component typed a person that names a body: a modifier of an
        organisation noun ("the semi-official Tasnim news agency") or one in apposition to it
        ("maritime intelligence firm Windward"); the actor is retyped an organisation."""
        doc = self.doc
        a = self.index.actors[aid]
        if a.type != "person" or self.gender_of(aid) is not None:
            return False
        last = doc[e - 1]
        body = None
        if last.dep_ == "compound" and last.head.i >= e:
            body = last.head
            if all(t.dep_ == "compound" or t.i == body.i for t in doc[e : body.i + 1]) is False:
                body = None
        elif s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i == last.i:
            body = doc[s - 1]
        if body is None or body.pos_ != "NOUN":
            return False
        w = body.lemma_.lower()
        if w not in INSTITUTION_NOUNS | _COMPANY_NOUNS | _GROUP_NOUNS | {"agency"} or w in ("office", "press", "service"):
            return False
        a.type = "organization"  # type: ignore[assignment]
        a.role = None
        self.lookup.role_changed(aid)
        return True

    # ------------------------------------------------------------------ bodies and documents
    def whose(self, sp: SpacySpan, toks: list[Token], root: Token) -> str | None:
        """"France, whose envoy said": a described actor affiliated with the antecedent."""
        owner = self.resolve_pron(toks[0])
        rest = self.doc[toks[1].i : sp.end]
        if owner is None:
            return self.new_actor(rest, "person")
        aid = self.new_actor(rest, "person" if is_role_head(_word(self.doc, root.i)) else "organization")
        a = self.index.actors[aid]
        if not a.affiliation:
            a.affiliation = self.index.actors[owner].name
        if a.type == "person" and not a.role:
            a.role = rest.text
            self.lookup.role_changed(aid)
        return aid

    def issuer(self, sp: SpacySpan, root: Token, depth: int) -> str | None:
        """"The statement said ...": who issued the statement named before ("X issued a
        statement", "In a communique, X urged", "X's report", "a report by X"), else None."""
        doc = self.doc
        lemma = root.lemma_.lower()
        forms = {lemma, root.lower_}
        first_sent = max(0, self.sent_of[sp.start] - 3)
        own = self._issuer_token(root) if any(c.dep_ == "relcl" for c in root.children) else None
        if own is not None and sp.start <= own.i < sp.end:
            # "The statement he read on behalf of Asmara described ...": its reader
            aid = self.resolve_span(Span.of(self.text, own.idx, own.idx + len(own)), depth + 1)
            if aid is not None:
                return aid
        for i in range(sp.start - 1, -1, -1):
            if self.sent_of[i] < first_sent:
                break
            t = doc[i]
            if self.in_quote[i] or (t.lemma_.lower() not in forms and t.lower_ not in forms):
                continue
            src = self._issuer_token(t)
            if src is None:
                continue
            lo, hi = src.left_edge.i, src.right_edge.i + 1
            for c in src.rights:
                if c.dep_ in ("relcl", "acl", "punct", "prep") and c.i > src.i:
                    hi = min(hi, c.left_edge.i)
                    break
            lo = max(lo, doc[lo].sent.start)
            if hi <= lo:
                continue
            aid = self.resolve_span(Span.of(self.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])), depth + 1)
            if aid is not None:
                return aid
        return None

    def _issuer_token(self, t: Token) -> Token | None:
        for c in t.children:
            if c.dep_ == "poss":
                return c  # "X's statement", "its report"
        for c in t.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in _ISSUE_VERBS:
                for g in c.children:
                    if g.dep_ == "nsubj" and g.lower_ not in _RELATIVE:
                        return g  # "the statement he read", "a report the ministry published"
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g  # "a report by X", "a statement from X"
        h = t.head
        verb = None
        if t.dep_ in ("dobj", "attr", "nsubjpass") and h.pos_ in ("VERB", "AUX") and (h.lemma_.lower() in _ISSUE_VERBS):
            verb = h
            if t.dep_ == "nsubjpass":
                for c in h.children:
                    if c.dep_ == "agent":
                        for g in c.children:
                            if g.dep_ == "pobj":
                                return g  # "a statement was issued by X"
                return None
        elif t.dep_ == "pobj" and h.lower_ in ("in", "through", "via", "with") and h.head.pos_ in ("VERB", "AUX"):
            verb = h.head  # "In a statement, X said"
        if verb is None:
            return None
        seen = 0
        while verb is not None and seen < 3:
            for c in verb.children:
                if c.dep_ == "nsubj":
                    return c
            if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
                verb = verb.head
                seen += 1
                continue
            break
        return None

    def institution(self, sp: SpacySpan, root: Token, mentions: list[tuple[int, int, str]]) -> str | None:
        """A ministry, agency, army, court, central bank or state media as a speaker: the body
        named in apposition ("state news agency KCNA") or already an actor, else a described
        organisation affiliated with the country or body that owns it; "the ministry" with no
        owner is the last body named whose name holds the word (None: not found)."""
        doc = self.doc
        a_ids = self.index.actors
        # "state news agency KCNA", "power utility Eskom", "state broadcaster IRIB"
        named = None
        # only mentions starting at sp.end or sp.end + 1, or holding a child of the root or its
        # head, can pass the test below: those, in list order
        mi = self.mi
        near = set(mi.starting(sp.end, sp.end + 2))
        for c in root.children:
            if c.dep_ in ("appos", "compound"):
                near.update(mi.overlapping(c.i, c.i + 1))
        if root.dep_ == "compound":
            near.update(mi.overlapping(root.head.i, root.head.i + 1))
        for k in sorted(near):
            s, e, aid = self.index.mentions[k]
            if a_ids[aid].type != "organization":
                continue
            if s == sp.end or (s == sp.end + 1 and doc[sp.end].text == ",") or any(
                    c.dep_ in ("appos", "compound") and s <= c.i < e for c in root.children) or (
                    root.dep_ == "compound" and s <= root.head.i < e and root.head.i >= sp.end):
                named = aid
                break
        if named is None and root.lemma_.lower() in _OUTLET_NOUNS | _GROUP_NOUNS | {"party", "movement", "front"}:
            # "the semi-official Mehr news agency", "the Rossi union": a name the actors
            # component typed a place or a person is part of the body's own name
            for s, e, aid in mentions:
                a = a_ids[aid]
                if a.type in ("location", "person") and e <= root.i and doc[e - 1].dep_ == "compound" \
                        and all(doc[i].dep_ == "compound" for i in range(e - 1, root.i)) \
                        and self.gender_of(aid) is None:
                    return self.new_actor(doc[s : root.i + 1], "organization")
        owner = None
        cut = sp.start
        for s, e, aid in mentions:
            if a_ids[aid].type in ("country", "organization", "location") and e <= root.i:
                owner = aid
                cut = max(cut, e)
        poss = [c for c in root.children if c.dep_ == "poss"]
        if owner is None and poss:
            p = poss[0]
            if p.lower_ in ("its", "their"):
                owner = self.resolve_pron(p)
            elif p.lemma_.lower() in COUNTRY_NOUNS:
                owner = self.country_in_play(sp.start)
            cut = max(cut, p.right_edge.i + 1)
        if owner is None:
            # "the military junta in Burkina Faso", "the parliament of Georgia": the country after
            for c in root.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i < sp.end:
                    for o in c.children:
                        got = self._actor_at(o.i, o.i + 1) if o.dep_ == "pobj" else None
                        if got is not None and a_ids[got].type == "country":
                            owner = got
                if owner is not None:
                    break
        if named is not None:
            a = a_ids[named]
            if owner is not None and owner != named and not a.affiliation:
                a.affiliation = a_ids[owner].name
            return named
        if owner is None:
            if sp[0].lower_ not in ("the", "this", "that"):
                return None
            ante = self._demonstrative_antecedent(sp, root)
            if ante is not None:
                return ante
            body = self._last_body_named(root, sp.start)
            if body is not None or (root.lemma_.lower() not in STATE_BODY_NOUNS and root.lower_ not in STATE_BODY_NOUNS):
                return body
            # "the home ministry", "the army" with no owner and no body so named before: the
            # country's, the country in play ("Police in Bangladesh ... The home ministry said")
            owner = self.country_in_play(sp.start)
            if owner is None:
                return None
        while cut < root.i and (doc[cut].is_punct or doc[cut].text in ("'s", "\u2019s") or doc[cut].lower_ in ("the", "a", "an")):
            cut += 1
        name = doc[cut : root.i + 1].text
        aff = a_ids[owner].name
        f = fold(name)
        for aid in self.lookup.named(f):  # the first organisation so named, with that affiliation
            a = a_ids[aid]
            if a.type == "organization" and fold(a.affiliation or "") == fold(aff):
                return aid
        aid = f"a{len(a_ids) + 1}"
        while aid in a_ids:
            aid = f"a{int(aid[1:]) + 1}"
        a = Actor(id=aid, name=name, type="organization", affiliation=aff, label=None)  # type: ignore[arg-type]
        a.described = True
        a_ids[aid] = a
        self.lookup.add(aid)
        self.index.key_of[aid] = f"described:{f}|{fold(aff)}"
        self._new += 1
        return aid

    def _last_body_named(self, root: Token, before: int) -> str | None:
        """The organisation named last before `before` whose name holds the head word ("the
        council" -> "United Nations Security Council"), or the described one so named."""
        words = {fold(root.text), fold(root.lemma_)}
        best = None
        if self._fast:  # the last one before `before`: from there backwards
            ms = self.index.mentions
            for k in range(self.mi.before(before) - 1, -1, -1):
                a = self.index.actors[ms[k][2]]
                if a.type == "organization" and words & set(fold(a.name).replace("-", " ").split()):
                    best = ms[k][2]
                    break
        else:
            for s, _e, aid in self.index.mentions:
                if s >= before:
                    break
                a = self.index.actors[aid]
                if a.type == "organization" and words & set(fold(a.name).replace("-", " ").split()):
                    best = aid
        if best is not None:
            return best
        return self.lookup.body_with_word(words)  # the last described organisation so named

    def resolve_pron(self, t: Token) -> str | None:
        w = t.lower_
        if w in _MALE | _FEMALE:
            if t.i in self.pron:
                return self.pron[t.i]
            cands = self._candidates(t.i, _pron_gender(w))
            return cands[0][1] if cands else None
        if w in _RELATIVE:
            # "Mali, which she said wanted ...": the noun the clause hangs on
            h = t.head
            seen = 0
            while h.dep_ not in ("relcl", "acl") and h.head is not h and seen < 3:
                h = h.head
                seen += 1
            if h.dep_ in ("relcl", "acl"):
                ante = h.head
                aid = self._actor_at(ante.i, ante.i + 1)
                if aid and (w != "who" or self.index.actors[aid].type == "person"):
                    return aid
                if w == "who" or ante.dep_ == "appos":
                    # "Park Ji-won, an economist at Hana Securities, who said": the person the
                    # description is in apposition to (the parse may hang the clause on the
                    # description or on the body in it)
                    a = ante
                    for _ in range(4):
                        if a.dep_ == "appos" and a.head.i < a.i:
                            got = self._actor_at(a.head.i, a.head.i + 1)
                            if got and self.index.actors[got].type == "person":
                                return got
                            break
                        if a.dep_ not in ("pobj", "prep") or a.head is a:
                            break
                        a = a.head
                    if aid:
                        return aid
                if ante.pos_ in ("NOUN", "PROPN") and ante.i < t.i:
                    # "Rights groups, which had pressed for ...": the described antecedent
                    lo = ante.left_edge.i
                    hi = min(ante.right_edge.i + 1, h.left_edge.i)
                    while hi > lo + 1 and self.doc[hi - 1].is_punct:
                        hi -= 1
                    if hi > lo and not any(self.doc[i].lower_ in _RELATIVE for i in range(lo, hi)):
                        last = self.doc[hi - 1]
                        return self.resolve_span(Span.of(self.text, self.doc[lo].idx, last.idx + len(last)), 1)
            return None
        if w in _NEUTER:
            return self.neuter(t.i)
        return None

    def _actor_named(self, name: str) -> str | None:
        named = self.lookup.named(fold(name))
        if named:
            return named[0]
        key = self.g.lookup(name)
        if key and key in self.id_of_key:
            return self.id_of_key[key]
        return None

    def country_in_play(self, p: int) -> str | None:
        """"the government", "the country": the previous speaker if a country, else the country
        most in play (recent, a subject, named as a noun rather than a demonym modifier)."""
        prev = self._prev_speaker(p)
        if prev is not None and self.index.actors[prev].type == "country":
            return prev
        sp = self.sent_of[min(p, len(self.doc) - 1)]
        best = None
        for ev in (self._others_near(p, sp, MAX_SENT_DIST) if self._fast else self.other_events):
            if ev.tok >= p:
                break
            if self.index.actors[ev.aid].type != "country" or sp - ev.sent > MAX_SENT_DIST:
                continue
            t = self.doc[ev.tok]
            score = -float(sp - ev.sent) + (SUBJECT_BONUS if ev.subject else 0)
            if t.dep_ in ("amod", "compound") or t.ent_type_ == "NORP":
                score -= 1.0  # "the French ambassador": France is not the topic
            if t.dep_ == "poss":
                score += 0.5  # "Mali's government"
            if best is None or score >= best[0]:
                best = (score, ev.aid)
        return best[1] if best else self._last_of_type("country", p)

    def _last_of_type(self, typ: str, before: int) -> str | None:
        if self._fast:  # the last one before `before`: from there backwards
            ms = self.index.mentions
            for k in range(self.mi.before(before) - 1, -1, -1):
                s, _e, aid = ms[k]
                if self.index.actors[aid].type == typ and not self.in_quote[s]:
                    return aid
            return None
        best = None
        for s, _e, aid in self.index.mentions:
            if s >= before:
                break
            if self.index.actors[aid].type == typ and not self.in_quote[s]:
                best = aid
        return best

    # ------------------------------------------------------------------ descriptions
    def description(self, sp: SpacySpan, root: Token) -> str | None:
        """"the minister" -> the minister in play; "a spokesperson for ..." -> a new actor."""
        first = sp[0].lower_
        definite = first in ("the", "this", "that") or any(c.dep_ == "poss" for c in root.children)
        plural = root.tag_ in ("NNS", "NNPS")
        if definite and not plural:
            best = self.match_role(sp, root)
            if best is not None:
                return best
            # the newly described actors of this article: the last whose role holds the word
            best = self.lookup.with_role_word(fold(root.text))
            if best is not None:
                return best
        return self.new_actor(sp, "group" if plural else "person")

    def match_role(self, sp: SpacySpan, root: Token) -> str | None:
        """The person named before `sp` whose role fits the description ("the foreign minister",
        "the Russian ambassador"): all its role words in the role, a demonym in the affiliation."""
        words = [fold(t.text) for t in sp if t.is_alpha and t.lower_ not in ("the", "this", "that") and t.i <= root.i
                 and (is_role_word(t.text) or t.ent_type_)]
        head = fold(root.lemma_) if root.lemma_ else fold(root.text)
        ms = self.index.mentions
        # the last one before sp: from there backwards (the list is in text order), else all
        ks = range(self.mi.before(sp.start) - 1, -1, -1) if self._fast else range(len(ms))
        best = None
        for k in ks:
            s, _e, aid = ms[k]
            if s >= sp.start:
                break
            a = self.index.actors[aid]
            if a.type != "person" or not a.role:
                continue
            r = fold(a.role)
            hay = r + " " + fold(a.affiliation or "")
            if head not in r and fold(root.text) not in r:
                continue
            if not all(w in hay or self._demonym_of(w, a.affiliation) for w in words if w != head and w != fold(root.text)):
                continue
            best = aid
            if self._fast:
                break
        return best

    def role_events(self) -> None:
        """"The president's roots", "the minister said": definite role descriptions outside quotes
        are mentions of the person in the role (for salience)."""
        doc = self.doc
        for i in tokens_lowered(doc, ("the",)):
            t = doc[i]
            if t.lower_ != "the" or self.in_quote[t.i]:
                continue
            h = t.head
            if h.i <= t.i or h.i - t.i > 4 or h.tag_ not in ("NN",) or not is_role_head(_word(doc, h.i)):
                continue
            if h.i + 1 < len(doc) and doc[h.i + 1].pos_ == "PROPN":
                continue  # "the minister Abdoulaye Diop": the name is the mention
            if self._actor_at(t.i, h.i + 1):
                continue
            aid = self.match_role(doc[t.i : h.i + 1], h)
            if aid is not None:
                r = h
                while r.dep_ in ("compound", "appos", "flat") and r.head is not r:
                    r = r.head
                self._add_event(_Event(t.i, aid, r.dep_ in ("nsubj", "nsubjpass"), self.sent_of[t.i]))

    def _demonym_of(self, word: str, affiliation: str | None) -> bool:
        if not affiliation:
            return False
        k = self.g.lookup(word)
        return bool(k) and k == self.g.lookup(affiliation)

    def new_actor(self, sp: SpacySpan, typ: str) -> str:
        doc = self.doc
        s, e = sp.start, sp.end
        while s < e and (doc[s].lower_ in ("a", "an", "the", "this", "that") or doc[s].is_punct):
            s += 1
        while e > s and doc[e - 1].is_punct:
            e -= 1
        if e <= s:
            s, e = sp.start, sp.end
        if _credit_first(doc, s, e):
            s += 1  # "Photo: AFP Claire Dubois said": a caption's credit run into the name
        name = doc[s:e].text
        f = fold(name)
        if typ != "group":  # the first described actor so named
            found = self.lookup.described_named(f)
            if found is not None:
                return found
        info = role_phrase(doc, sp.start, sp.end, None)
        self._new += 1
        aid = f"a{len(self.index.actors) + 1}"
        while aid in self.index.actors:
            aid = f"a{int(aid[1:]) + 1}"
        a = Actor(id=aid, name=name, type=typ, role=info.role if typ in ("person", "group") else None, label=None)  # type: ignore[arg-type]
        if info.owner:
            e_ = self.g.entry(info.owner)
            if e_ is not None:
                a.affiliation = e_.name
                if e_.parent and e_.kind not in ("intergovernmental",):
                    # "UN peacekeeping operations" -> the United Nations itself
                    pass
            elif info.owner in self.id_of_key:
                a.affiliation = self.index.actors[self.id_of_key[info.owner]].name
        a.described = True
        if info.gender:
            self.vote(aid, info.gender, HARD_EVIDENCE)
        self.index.actors[aid] = a
        self.lookup.add(aid)
        self.index.key_of[aid] = f"described:{f}"
        return aid

    # ------------------------------------------------------------------ attributions
    def run(self, atts: list[Attribution]) -> None:
        """Resolve pronouns and attributions together, in text order.

        An attribution is taken at its speaker span (else its content), after any pronoun at the
        same place, so that "the previous attribution's speaker" and people first described by
        an earlier attribution ("the army spokesman ... he said") are in play when needed.
        """
        doc = self.doc
        self.role_events()
        self.gender_evidence()
        items: list[tuple[int, int, int]] = []  # (token, 0 pronoun | 1 attribution, index)
        for i in tokens_lowered(doc, _MALE | _FEMALE):  # the words _pron_gender knows
            t = doc[i]
            if _pron_gender(t.text) and not self.in_quote[t.i] and t.pos_ in ("PRON", "DET"):
                items.append((t.i, 0, t.i))
        for i, a in enumerate(atts):
            anchor = a.speaker.start if a.speaker is not None else (
                a.content[0].start if a.content else (a.cue.start if a.cue else 0))
            tok = self._tok_at(anchor)
            items.append((tok if tok is not None else 0, 1, i))
        items.sort()
        last: tuple[str, int] | None = None  # (actor id, paragraph) of the last top-level attribution
        voted: set[int] = set()

        # "his country regrets that the Security Council ...": a speaker inside another's content
        nested = in_others_content(atts)

        for tok, what, i in items:
            if what == 0:
                self._resolve_pronoun_token(doc[tok])
                continue
            a = atts[i]
            pos = a.content[0].start if a.content else (a.cue.start if a.cue else 0)
            ptok = self._tok_at(pos)
            para = self.para_of[ptok] if ptok is not None else 0
            aid = None
            sp = a.speaker
            if sp is not None:
                aid = self.resolve_span(sp)
            else:
                ctx = getattr(a, "context_speaker", None)
                if isinstance(ctx, dict):
                    ctx = Span(**ctx)
                if a.cue is None and last is not None and para - last[1] <= 2 and (ctx is None or nested(ctx, a)):
                    # a quote alone in its paragraph: the speaker of the paragraphs before
                    aid = last[0]
                if aid is None and ctx is not None:
                    aid = self.resolve_span(ctx)
                if aid is None and a.cue is not None:
                    aid = self._cue_subject(a.cue)
            if sp is not None and a.cue is not None:
                before = self._subject_before_dash(sp, a.cue)
                if before is not None:
                    sp = a.speaker = before
                    aid = self.resolve_span(sp)
            if sp is not None and fold(sp.text) in ("it", "they"):
                outer = self._reporter_of_relative(sp, atts, i)
                if outer is not None:
                    aid = outer
            a.actor = aid
            if aid is None:
                continue
            if not nested(sp, a):
                bisect.insort(self.speaker_at, (tok, aid))  # kept in order, as _prev_speaker reads it
                last = (aid, para)
            if sp is not None:
                self._add_mention(aid, sp)
                actor = self.index.actors[aid]
                if actor.type == "person" and fold(sp.text) in ("he", "she") and sp.start not in voted \
                        and doc[tok].head.dep_ == "ROOT":
                    # a main-clause "she said" (not "... after she attacked"), once per pronoun
                    voted.add(sp.start)
                    self.vote(aid, _pron_gender(sp.text), SPEAKER_VOTE)
                if actor.type == "person" and getattr(actor, "described", False) and not self.in_quote[tok]:
                    # a described person ("the army spokesman") can be "he" later on
                    ev_sp = doc.char_span(sp.start, sp.end, alignment_mode="expand")
                    subj = ev_sp is not None and self._is_subject(ev_sp.start, ev_sp.end)
                    self._add_event(_Event(tok, aid, subj, self.sent_of[tok]))
        self.first_person(atts)

    def _subject_before_dash(self, sp: Span, cue: Span) -> Span | None:
        """"The captain has slipped to 14th - with 690 points, it is his lowest for five years -
        and admits he ...": the parse joins the cue to the verb inside the dashes, whose subject
        ("it") is taken for the speaker; the cue's subject is the subject of the clause before
        the opening dash. Returns that subject's span, or None where the speaker is not the
        subject of a clause set off by dashes before a conjoined cue."""
        doc = self.doc
        ct, st = self._tok_at(cue.start), self._tok_at(sp.start)
        if ct is None or st is None or st >= ct:
            return None
        c, t = doc[ct], doc[st]
        if c.dep_ != "conj" or t.dep_ not in ("nsubj", "nsubjpass") or t.head.i != c.head.i:
            return None
        sent = c.sent
        dashes = [k for k in range(sent.start, ct) if doc[k].text in ("-", "\u2013", "\u2014", "--")]
        opening = [k for k in dashes if k < st]
        if not opening or not any(st < k < ct for k in dashes):
            return None
        d1 = opening[-1]
        subj = None
        for k in range(sent.start, d1):
            w = doc[k]
            if w.dep_ in ("nsubj", "nsubjpass") and w.head.i < d1 and not self.in_quote[k]:
                subj = w
                break
        if subj is None:
            return None
        lo, hi = subj.left_edge.i, min(subj.right_edge.i + 1, d1)
        while hi > lo + 1 and doc[hi - 1].is_punct:
            hi -= 1
        last = doc[hi - 1]
        return Span.of(self.text, doc[lo].idx, last.idx + len(last))

    def _reporter_of_relative(self, sp: Span, atts: list[Attribution], i: int) -> str | None:
        """"Kessler said ... the working group, which it said had been set up to ...": a speaking
        "it" in a relative clause inside what a body reports is that body (not the last body
        named inside its words)."""
        t = self._tok_at(sp.start)
        if t is None:
            return None
        tok = self.doc[t]
        head = tok.head
        if tok.dep_ != "nsubj" or head.lemma_.lower() not in _SPEECH_LEMMAS or head.dep_ not in ("relcl", "acl", "ccomp") \
                or not any(self.doc[j].lower_ in ("which", "that") for j in range(max(0, t - 2), t)):
            return None
        best = None
        # the clause's antecedent ("the case, which it said"), which the report may end with
        at = {sp.start, self.doc[head.head.i].idx} if head.dep_ == "relcl" else {sp.start}
        for j, o in enumerate(atts):
            if j == i or o.actor is None or not o.content or o.speaker is None:
                continue
            if not any(c.start <= x < c.end for c in o.content for x in at):
                continue
            oa = self.index.actors[o.actor]
            if oa.type not in ("organization", "country", "group", "other") and not (
                    oa.type == "person" and not oa.role and self.gender_of(o.actor) is None):
                continue  # a person (one typed so for want of evidence, "Kessler", may be a body)
            if best is None or o.content[0].start > best.content[0].start:
                best = o
        return best.actor if best is not None else None

    def first_person(self, atts: list[Attribution]) -> None:
        """"I" / "we" as a source inside someone's quotation: that quotation's speaker."""
        for a in atts:
            if a.actor is not None or a.speaker is None or fold(a.speaker.text) not in _FIRST:
                continue
            for b in atts:
                if b is not a and b.actor and any(c.start <= a.speaker.start < c.end for c in b.content):
                    a.actor = b.actor
                    break

    def _add_event(self, ev: _Event) -> None:
        if self._fast:  # in order: after the events at the same token
            k = bisect.bisect_right(self._ev_toks, ev.tok)
        else:
            k = len(self.events)
            while k > 0 and self.events[k - 1].tok > ev.tok:
                k -= 1
        self.events.insert(k, ev)
        self._ev_toks.insert(k, ev.tok)

    def _resolve_pronoun_token(self, t: Token) -> None:
        g = _pron_gender(t.text)
        cands = self._candidates(t.i, g) or self._candidates(t.i, g, max_dist=40)
        if not cands:
            return
        aid = cands[0][1]
        self.pron[t.i] = aid
        self.vote(aid, g, RESOLVED_VOTE)
        if t.lower_ in ("he", "she"):
            self._add_event(_Event(t.i, aid, t.dep_ in ("nsubj", "nsubjpass"), self.sent_of[t.i]))

    def _cue_subject(self, cue: Span) -> str | None:
        """A cue with no speaker span: its grammatical subject ("which she said ...")."""
        doc = self.doc
        cs = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if cs is None:
            return None
        for t in cs:
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if c.lower_ in _MALE | _FEMALE | _NEUTER | _RELATIVE:
                        return self.resolve_pron(c)
                    lo, hi = c.left_edge.i, c.right_edge.i + 1
                    return self.resolve_span(Span.of(self.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])))
        return None

    def _tok_at(self, char: int) -> int | None:
        doc = self.doc
        if not len(doc):
            return None
        sp = doc.char_span(char, min(char + 1, len(self.text)), alignment_mode="expand")
        if sp is not None and len(sp):
            return sp.start
        for t in doc:
            if t.idx >= char:
                return t.i
        return len(doc) - 1

    def _add_mention(self, aid: str, sp: Span) -> None:
        a = self.index.actors[aid]
        ms = a.mentions
        if aid in self._mention_sorted and ms is self._mention_list.get(aid):
            # sorted by start since the first call: only those starting within the longest
            # mention's reach before sp can overlap it
            reach = self._mention_reach[aid]
            k = bisect.bisect_left(ms, sp.start - reach, key=_start)
            hi = bisect.bisect_left(ms, sp.end, key=_start)
            if any(m.start < sp.end and sp.start < m.end for m in ms[k:hi]):
                return
            bisect.insort_right(ms, sp, key=_start)  # as append + stable sort
            self._mention_reach[aid] = max(reach, sp.end - sp.start)
            return
        if any(m.start < sp.end and sp.start < m.end for m in ms):
            return
        ms.append(sp)
        ms.sort(key=lambda m: m.start)
        self._mention_sorted.add(aid)
        self._mention_list[aid] = ms
        self._mention_reach[aid] = max([0, *(m.end - m.start for m in ms)])


def in_others_content(atts: list[Attribution]) -> Callable[[Span | None, Attribution], bool]:
    """nested(sp, own): whether sp starts inside the content of an attribution of `atts` other
    than `own` (c.start <= sp.start < c.end). Every content span sorted by start, and at each
    the furthest-reaching span so far and the furthest-reaching one of another attribution than
    its (one of the two is not the asker's own): each question is one bisection, not a pass
    over every span of every attribution."""
    spans = sorted((c.start, c.end, id(b)) for b in atts for c in b.content)
    starts = [s for s, _, _ in spans]
    reach: list[tuple[tuple[int, int], tuple[int, int]]] = []
    far, other = (-1, 0), (-1, 0)  # (end, id of its attribution); 0 is no object's id
    for _, e, o in spans:
        if e > far[0]:
            if o != far[1]:
                other = far
            far = (e, o)
        elif o != far[1] and e > other[0]:
            other = (e, o)
        reach.append((far, other))

    def nested(sp: Span | None, own: Attribution) -> bool:
        if sp is None:
            return False
        k = bisect.bisect_right(starts, sp.start)  # the spans that start at or before sp
        if k == 0:
            return False
        far, other = reach[k - 1]
        return (far if far[1] != id(own) else other)[0] > sp.start

    return nested


def resolve_speakers(doc: Doc, attributions: list[Attribution] | None = None) -> list[Actor]:
    """Set `actor` on every attribution (doc._.attributions by default); returns the actors,
    with any described speaker added (the list is also written back to doc._.actors)."""
    atts = doc._.attributions if attributions is None else attributions
    index = actor_index(doc)
    actors = list(doc._.actors) if doc._.actors is not None else list(index.actors.values())
    if atts:
        r = Resolver(doc, index, atts)
        r.run(atts)
        known = {a.id for a in actors}
        for aid, a in index.actors.items():
            if aid not in known:
                actors.append(a)
    doc._.actors = actors
    return actors


@Language.component("newsgraph_speakers")
def speakers_component(doc: Doc) -> Doc:
    resolve_speakers(doc)
    return doc
