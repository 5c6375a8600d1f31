"""What kind of act an attribution reports: a statement, or something else (issue 15).

Not every cue the attributions stage finds is speech: "the council voted to extend the mission",
"lawmakers adopted the budget", "the area is known as the Golden Triangle" are read as cues by a
scorer trained on PolNeAR, which annotates beliefs, decisions and stances beside statements. A
user asking who said what wants the statements. Each attribution gets

- `act`, one of
  say     spoken or unspecified statements: say, tell, warn, deny, promise, accuse, urge, ask ...
  write   written or published statements: write, tweet, post; a statement made "in a letter",
          "in a statement", "on Facebook"; one made by a document ("the report concludes", "a memo
          says") or a news outlet ("the Post reported", "according to Politico"); "issued a
          statement", "released a memo"
  think   belief, judgement, expectation, perception as belief, emotion toward a proposition,
          wish, intention, stance: believe, expect, fear, hope, want, support, "is worried that"
  decide  decisions, votes, rulings, adoptions, approvals, elections, signing into law,
          "agreed to", "rejected the bill", "refused to reinstate the law"
  other   naming ("is known as", "is called", "named after"); material acts (attack a convoy,
          visit, withdraw, block access); evidence without a speaker ("polls show", "his
          appointment suggests"); a refusal to comment;
- `act_score`: the probability that the attribution is a statement (say or write): the
  attribution's own probability (the candidate scorer's, for reported speech; ORIGIN_PRECISION,
  measured on PolNeAR train, for direct quotes and "according to") times the share of
  attributions read by the same rule that are statements (RULE_STATEMENT, measured on a
  hand-labelled sample of PolNeAR train: scripts/act_sample.py, scripts/data/).

The class comes from the cue's lemma and its parse, in this order (classify_token):
1. no cue (a quote standing alone): say; `according to X`: write for a document or an outlet,
   other for data, else say; `Name: ...`: say; a noun cue by NOUN_ACTS; an adjective by ADJ_SAY,
   else as the verb it is the participle of ("alleged", "continued"), else think;
2. readings that turn on the parse (_verb_by_parse): naming verbs (Levin's "dub" class: call,
   name, know as, label, ...) in the passive without a `by` agent are other, in the active with
   "as" or a predicate they are a speaker's words; phrasal verbs of speech ("shot back", "took aim
   at"); publishing a document ("issued a statement", "released a video") is write; a light verb
   with a noun of speech ("gave instructions", "offered his opinion") takes the noun's act;
   "declined to comment", "did not respond" are other; call (a telephone call unless it has a
   predicate, a clause or `for`/`on`), agree to/on vs agree that, reject a bill vs reject a claim,
   confirm a nominee, sign a bill vs sign a letter, approve of, block, attack a person vs attack a
   convoy, look for, see as, persuade, push to, intended to; verbs whose commoner sense is material
   (add, post, charge: CONTENT_NEEDED) only with something said; emergency crews "responding to" a
   blaze, and responding "by dropping four players", are other;
3. the principled tables below (WRITE_VERBS, DECIDE_VERBS, THINK_VERBS, SAY_VERBS, OTHER_VERBS),
   after Levin's (1993) English verb classes: verbs of communication (say, tell, manner of
   speaking, complain, advise), of writing and publishing, of cognition, judgement, wanting and
   emotion toward a proposition, and of collective or official decision;
4. PETRARCH2's CAMEO verb dictionary (data/attributions/cameo_verbs.json, built from
   ../shared/eventdata by scripts/build_act_verbs.py): a verbal CAMEO code is say, a decision
   block (SELECT, ALLOW) decide, a material code other (cameo_act);
5. else say when the cue governs a clause (what a verb with a that-clause reports is mostly a
   statement) and is no light verb, other when it does not.
Then a say or think reading becomes write where the statement is made in a written medium
("said in a statement", "In a blog post, X argued"), by a document or a news outlet, or hangs on
a written one ("tweeted, quoting", "an article stating"); and an evidence verb (show, suggest,
indicate, ...) whose subject is data or no kind of speaker (the Phoenix agent nouns,
data/attributions/agent_nouns.json, say which nouns can speak) is other.
Last (classify), a reported (indirect) statement needs a proposition (_propositional: a finite
clause, a small clause, a quotation, a finite verb in its content, a to-infinitive that is one)
or must be a speech event (_speech_event: a verb of communication, no amount for its complement);
else it is other ("is quoting at Rs 314", "promises to be a busy year"); a speaker made only of
words of time ("today predicts") is no speaker. The broad gate over every shown reported
statement (issue 15, after ten samples of real reports each showed new classes of "things and
deeds read as speech"): its speaker must be able to speak (_cannot_speak: not a recording or a
picture, "the video shows"; not "according to" a thing; not a singular thing that reports no
clause), a noun cue must be a noun of speech or carry a clause (_noun_without_speech: "a show of
support"), and a verb with no proposition that is speech in some senses only must not be a deed
done to someone with a thing (_instrument_deed: "threatened him with a stick"). A verb of
communication that also names an activity (_activity_use: write, post, tweet, add, respond ...),
with no clause and no quotation near, is a speech event only when what it takes is speech, a
document or someone addressed ("wrote a letter", "wrote to the minister", "responded to critics");
a thing as its object ("retweeted a video", "adding 65 field offices"), "for" a paper ("wrote for
the Courier") or a responder's "responding to a call" is an activity.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Doc, Token

from ..record import ATTRIBUTION_ACTS as ACTS
from ..record import STATEMENT_ACTS

ACT_NAMES = {
    "say": "statement",
    "write": "written statement",
    "think": "belief or view",
    "decide": "decision or vote",
    "other": "other act",
}

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "attributions"

# --- the tables (lemmas, lower case) -----------------------------------------------------------

# verbs of writing and publishing (and of communicating through a written channel)
WRITE_VERBS = frozenset({
    "write", "tweet", "retweet", "post", "publish", "blog", "email", "e-mail", "text", "pen", "cable",
    "fax", "telegraph", "editorialize", "editorialise", "print", "co-write", "author", "co-author",
    "scribble", "type", "wire", "footnote", "caption",
})
# verbs of deciding, voting, adopting and approving, ruling, appointing: collective or official
# decisions (agree, reject, sign, approve, confirm, refuse, block are read with their parse first)
DECIDE_VERBS = frozenset({
    "decide", "vote", "adopt", "approve", "pass", "ratify", "enact", "legislate", "elect", "re-elect",
    "reelect", "choose", "opt", "select", "pick", "veto", "overrule", "overturn", "uphold", "rule",
    "order", "decree", "authorize", "authorise", "mandate", "sanction", "ban", "outlaw", "prohibit",
    "nominate", "appoint", "designate", "refuse", "decline", "resolve", "determine", "agree", "sign",
    "abstain", "repeal", "rescind", "revoke", "amend", "allow", "permit", "consent",
})
# verbs of cognition, judgement, expectation, perception as belief, wanting and emotion toward a
# proposition; stance (support, oppose, favour)
THINK_VERBS = frozenset({
    "believe", "think", "expect", "fear", "hope", "worry", "doubt", "suspect", "feel", "consider",
    "assume", "suppose", "guess", "reckon", "imagine", "know", "understand", "realize", "realise",
    "wonder", "want", "wish", "prefer", "intend", "plan", "aim", "anticipate", "conclude", "judge",
    "deem", "regard", "view", "trust", "presume", "figure", "gather", "foresee", "sense", "recognize",
    "recognise", "learn", "discover", "notice", "see", "hear", "remember", "forget", "dread", "like",
    "love", "hate", "dislike", "favor", "favour", "support", "oppose", "back", "resent", "care", "mind",
    "desire", "need", "long", "yearn", "envision", "envisage", "estimate", "calculate", "find",
    "conjecture", "hypothesize", "theorize", "bet", "agonize", "fret", "despair", "appreciate", "value",
    "seem", "appear", "look", "concern", "convince", "persuade", "satisfy", "disappoint", "enjoy",
    "admire", "relish", "cherish", "respect", "detest", "despise", "pity", "envy", "miss", "mean",
})
# verbs of communication: saying, telling, manner of speaking, complaining, advising, asserting,
# asking, promising, threatening, praising and blaming, admitting and denying
SAY_VERBS = frozenset({
    "say", "tell", "state", "add", "announce", "claim", "argue", "insist", "warn", "report", "note",
    "explain", "declare", "assert", "contend", "maintain", "allege", "stress", "emphasize", "emphasise",
    "underline", "underscore", "reiterate", "repeat", "remark", "comment", "observe", "mention",
    "point", "recall", "recount", "relate", "describe", "characterize", "characterise", "portray",
    "suggest", "propose", "recommend", "advise", "urge", "ask", "demand", "request", "appeal", "call",
    "plead", "beg", "implore", "press", "promise", "pledge", "vow", "swear", "guarantee", "assure",
    "reassure", "threaten", "caution", "alert", "predict", "forecast", "project", "accuse", "blame",
    "criticize", "criticise", "condemn", "denounce", "decry", "deplore", "slam", "blast", "lambast",
    "lambaste", "bash", "rap", "chide", "scold", "rebuke", "reproach", "castigate", "censure", "fault",
    "praise", "laud", "hail", "applaud", "commend", "congratulate", "thank", "welcome", "salute",
    "celebrate", "admit", "acknowledge", "concede", "confess", "deny", "dispute", "refute", "rebut",
    "counter", "dismiss", "disagree", "object", "protest", "question", "challenge", "complain",
    "grumble", "lament", "bemoan", "regret", "apologize", "apologise", "respond", "reply", "answer",
    "retort", "react", "quip", "joke", "boast", "brag", "shout", "yell", "scream", "whisper", "mutter",
    "cry", "exclaim", "sigh", "speak", "talk", "testify", "inform", "notify", "brief", "disclose",
    "reveal", "confirm", "signal", "indicate", "hint", "imply", "cite", "quote", "paraphrase",
    "continue", "summarize", "summarise", "elaborate", "clarify", "specify", "speculate", "muse",
    "ponder", "opine", "posit", "concur", "echo", "affirm", "reaffirm", "proclaim", "profess", "contest",
    "charge", "label", "brand", "dub", "term", "offer", "invite", "advocate", "tout", "champion",
    "defend", "justify", "endorse", "voice", "express", "raise", "register", "convey", "communicate",
    "preach", "lecture", "scoff", "sneer", "mock", "taunt", "insult", "vent", "rant", "gush", "rave",
    "interject", "interrupt", "chime", "pipe", "hedge", "backtrack", "introduce", "instruct", "rail",
    "inveigh", "fulminate", "harangue", "exhort", "reference", "chastise", "berate", "upbraid", "disparage", "deride",
})
# effort and motion verbs that the cue lexicon takes for cues ("sought to counter", "pushed Clinton")
OTHER_VERBS = frozenset({"seek", "try", "attempt", "strive", "work", "push", "move", "act",
                         "stand", "leave", "make", "take", "get", "put", "keep", "bring", "build", "run"})
# light verbs: a clause under them is no report (`decided to make it the blurb`)
LIGHT_VERBS = frozenset({"be", "have", "do", "make", "get", "take", "go", "come", "give", "put", "keep", "let",
                         "set", "use", "bring", "hold", "turn", "start", "begin", "become"})
# naming verbs (Levin's "dub" class): a naming in the passive is not a statement by anyone
NAMING_VERBS = frozenset({"know", "call", "name", "dub", "nickname", "label", "term", "title", "christen",
                          "rename", "style", "brand", "list", "describe", "refer", "identify", "introduce"})
# phrasal verbs of speech: (verb, particle or object)
PHRASAL_SAY = frozenset({("shoot", "back"), ("fire", "back"), ("hit", "back"), ("push", "back"), ("lash", "out"),
                         ("speak", "out"), ("speak", "up"), ("weigh", "in"), ("chime", "in"), ("point", "out"),
                         ("call", "out"), ("sound", "off"), ("open", "up"), ("go", "on"), ("take", "aim"),
                         ("take", "issue"), ("take", "swipe"), ("take", "shot"), ("make", "case"),
                         ("make", "point"), ("make", "claim"), ("make", "argument"), ("make", "remark"),
                         ("make", "comment"), ("make", "statement"), ("make", "promise"), ("make", "pledge"),
                         ("spell", "out"), ("play", "down"), ("talk", "up"), ("hold", "forth"),
                         ("double", "down")})
# verbs of publishing: with a document for object they are write ("issued a statement")
PUBLISH_VERBS = frozenset({"issue", "release", "publish", "put", "send", "circulate", "distribute", "file",
                           "blast", "air", "run", "unveil", "post", "share", "pen", "draft", "submit", "launch"})
# light verbs of giving a noun of speech ("gave instructions", "offered his opinion")
GIVE_VERBS = frozenset({"give", "make", "offer", "deliver", "provide", "express", "voice", "share", "issue",
                        "lodge", "file", "raise", "register", "level", "hurl", "extend", "pay", "send"})
# verbs of evidence: who or what shows it decides the class
EVIDENCE_VERBS = frozenset({"show", "indicate", "demonstrate", "prove", "suggest", "reveal", "find", "signal",
                            "confirm", "point", "highlight", "underscore", "illustrate", "hint", "mean",
                            "imply", "boast", "command", "reflect"})
# verbs with a material reading that are speech with a person for object ("attacked Clinton over")
VERBAL_ATTACK = frozenset({"attack", "hit", "target", "knock", "rip", "savage", "skewer", "pummel", "hammer",
                           "lash", "assail", "batter", "torch", "unload", "pile"})
# verbs whose refusal or negation is no statement ("declined to comment", "did not respond")
NO_COMMENT = frozenset({"comment", "say", "discuss", "speak", "talk", "answer", "respond", "reply",
                        "elaborate", "confirm", "deny", "specify", "disclose", "reveal", "identify", "name",
                        "return", "address"})

# documents that speak ("the report says"), and those a statement is made in ("in a letter")
DOCUMENTS = frozenset({
    "letter", "statement", "tweet", "post", "blog", "email", "e-mail", "memo", "memorandum", "op-ed",
    "oped", "column", "editorial", "article", "essay", "book", "memoir", "filing", "report", "release",
    "message", "note", "document", "facebook", "twitter", "instagram", "website", "newsletter",
    "publication", "piece", "paper", "study", "brief", "complaint", "lawsuit", "suit", "indictment",
    "affidavit", "motion", "petition", "ruling", "opinion", "decision", "order", "resolution", "text",
    "transcript", "cable", "dispatch", "communique", "communiqué", "notice", "manifesto", "platform",
    "bill", "law", "legislation", "proposal", "plan", "policy", "draft", "guidance", "guideline",
    "directive", "regulation", "agreement", "treaty", "contract", "charter", "constitution", "page",
    "site", "feed", "thread", "announcement", "declaration", "pamphlet", "leaflet", "brochure", "advert",
    "advertisement", "ad", "story", "headline", "caption", "chapter", "passage", "review", "analysis",
    "audit", "assessment", "investigation", "inquiry", "probe", "findings", "minutes", "log", "diary",
    "journal", "magazine", "newspaper", "edition", "video", "clip", "substack", "telegram", "linkedin",
    "film", "documentary", "movie", "commercial", "broadcast",
})
# written media a statement is made in ("said in a statement", "posted on Facebook"); a video or
# an investigation is no written medium ("said in a video", "said during the investigation")
WRITTEN_MEDIA = DOCUMENTS - {"video", "clip", "investigation", "inquiry", "probe", "decision", "plan", "policy",
                             "agreement", "analysis", "review", "assessment", "order", "law", "bill", "film",
                             "documentary", "movie", "commercial", "broadcast"}
# spoken media: a statement made there stays `say` ("said in an interview")
SPOKEN = frozenset({"interview", "speech", "conference", "briefing", "call", "debate", "hearing", "rally",
                    "meeting", "appearance", "broadcast", "podcast", "show", "program", "programme",
                    "session", "remarks", "address", "radio", "television", "tv", "phone", "testimony"})
# data: what they show is not someone's statement
DATA_NOUNS = frozenset({"poll", "polls", "polling", "survey", "surveys", "data", "figure", "figures", "number",
                        "numbers", "statistic", "statistics", "evidence", "result", "results", "sample",
                        "count", "tally", "trend", "trends", "model", "models", "projection", "projections",
                        "estimate", "estimates", "index", "research", "test", "tests", "record", "records",
                        "calculation", "experience", "history", "fact", "facts", "chart", "map", "image",
                        "images", "footage", "photo", "photos", "picture", "pictures", "camera", "satellite"})
# norms: "according to the constitution / the law / the rules" is FrameNet's Compliance (acting in
# accordance with a rule), not Attributed_information: no one's words are reported
NORM_NOUNS = frozenset({"constitution", "law", "laws", "statute", "statutes", "code", "codes", "rule", "rules",
                        "regulation", "regulations", "treaty", "treaties", "charter", "bylaw", "bylaws",
                        "ordinance", "ordinances", "convention", "conventions", "guideline", "guidelines",
                        "protocol", "protocols", "procedure", "procedures", "standard", "standards",
                        "requirement", "requirements", "criteria", "criterion", "tradition", "custom",
                        "doctrine", "principle", "principles", "schedule", "timetable", "legislation",
                        "act", "decree", "canon"})
# words of a news outlet's name ("the Post", "The Washington Post", "Bloomberg", "Politico"): an
# outlet's statements are published (wire services as in agencies.py, and the commonest mastheads)
OUTLET_WORDS = frozenset({
    "post", "times", "journal", "news", "press", "tribune", "herald", "guardian", "telegraph", "gazette",
    "chronicle", "observer", "independent", "economist", "mirror", "express", "mail", "globe", "monitor",
    "inquirer", "examiner", "bulletin", "daily", "weekly", "magazine", "politico", "axios", "reuters",
    "bloomberg", "forbes", "ap", "afp", "upi", "xinhua", "tass", "ria", "interfax", "cnn", "bbc", "npr",
    "nbc", "cbs", "abc", "msnbc", "cnbc", "fox", "breitbart", "vox", "slate", "salon", "atlantic",
    "newsweek", "hill", "spiegel", "bild", "haaretz", "jazeera", "yonhap", "kyodo", "anadolu", "irna",
    "tasnim", "sputnik", "dpa", "ansa", "efe", "pti", "bernama", "antara", "wsj", "huffpost", "buzzfeed",
    "intercept", "propublica", "reporter", "record", "courier", "star", "sun", "standard", "times-picayune",
    "statesman", "dispatch", "register", "enquirer", "sentinel", "tribune-review", "wire", "newswire",
})

# noun cues ("the claim that", "his view is that", "the decision to")
NOUN_ACTS: dict[str, str] = {}
for _act, _words in (
    ("write", "statement letter tweet tweets post posts memo memorandum editorial column op-ed essay book email "
              "e-mail filing lawsuit indictment document documents note blog release paper study article"),
    ("say", "claim remark remarks comment comments assertion argument allegation accusation charge "
            "criticism warning promise pledge vow threat denial admission announcement declaration insistence "
            "suggestion proposal call demand appeal request question questions answer response reply testimony "
            "speech rhetoric praise complaint explanation prediction acknowledgement acknowledgment confirmation "
            "message word words contention point assurance boast apology condemnation endorsement "
            "recommendation advice plea offer objection protest rebuttal retort insinuation implication "
            "characterization characterisation description account version narrative hint pronouncement "
            "proclamation line talk tirade attack swipe jab dig broadside rebuke reprimand critique "
            "disclosure revelation reporting interview briefing mention reference quip joke lament concession "
            "commitment guarantee instruction instructions detail details rumor rumors rumour rumours "
            "thought thoughts prayers condolences greeting greetings congratulations thanks address defense defence "
            "defenses defences"),
    ("think", "view views belief beliefs opinion opinions hope hopes fear fears concern concerns worry worries "
              "doubt doubts expectation expectations assessment conclusion suspicion impression sense feeling "
              "feelings confidence optimism pessimism skepticism scepticism frustration anger alarm dismay "
              "disappointment support opposition desire wish intention intent plan plans goal aim "
              "understanding assumption estimate theory idea thinking mind perception judgment judgement "
              "position stance stand attitude sentiment conviction consensus preference interest "
              "determination resolve willingness reluctance unwillingness readiness eagerness "
              "satisfaction displeasure outrage fury regret sympathy respect contempt disdain hostility "
              "distrust mistrust trust faith certainty uncertainty awareness knowledge recognition "
              "realization realisation acceptance disapproval"),
    ("decide", "decision decisions vote votes ruling rulings verdict verdicts resolution resolutions order orders "
               "choice veto adoption passage election approval appointment nomination ban sanction "
               "sanctions mandate decree"),
):
    for _w in _words.split():
        NOUN_ACTS.setdefault(_w, _act)

# adjective cues that are speech ("critical of", "vocal about"); other adjectives are attitudes
ADJ_SAY = frozenset({"critical", "vocal", "outspoken", "adamant", "emphatic", "explicit", "clear", "blunt",
                     "candid", "frank", "open", "public", "silent", "quiet", "mum", "dismissive",
                     "complimentary", "effusive", "scathing", "categorical", "unequivocal", "insistent"})

# objects that make a rejection, a signature, a block or a confirmation a decision
DECISION_OBJECTS = frozenset({
    "bill", "proposal", "plan", "offer", "motion", "measure", "amendment", "resolution", "deal", "request",
    "nomination", "nominee", "appeal", "application", "bid", "budget", "law", "treaty", "agreement",
    "candidate", "petition", "settlement", "contract", "package", "legislation", "reform", "reforms",
    "order", "executive", "decree", "accord", "pact", "ordinance", "charter", "appointment", "merger",
    "ceasefire", "truce", "project", "permit", "license", "licence", "applicant", "candidacy",
    "compromise", "draft", "text", "tax", "tariff", "rule", "regulation", "policy", "program",
    "programme", "scheme", "initiative", "mission", "mandate", "extension", "sale", "purchase", "loan",
    "vote", "confirmation", "nominations", "bills", "measures", "proposals", "plans", "deals",
})
# quantity nouns whose `of` phrase is the real object ("a barrage of news releases")
_QUANTITY = frozenset({"barrage", "series", "string", "flurry", "number", "stream", "volley", "couple", "pair",
                       "set", "lot", "slew", "raft", "host", "spate", "wave", "round", "batch", "bunch"})

# P(statement | an attribution read this way), per rule: Laplace-smoothed shares of statements
# among the 320 hand-labelled PolNeAR train attributions (scripts/act_sample.py score on
# scripts/data/act_labels_polnear_train*.tsv); the rules with fewer than 10 items there take the
# pooled share of their side (statement readings 235/238, the others 6/75)
RULE_STATEMENT: dict[str, float] = {
    "table": 0.98,  # a say or write lemma from the tables or the parse rules: 197/199
    "medium": 0.94,  # a statement in a written medium, by a document or an outlet: 33/34
    "noun": 0.83,  # a noun cue of speech or writing: 4/4
    "according": 0.8,  # 3/3
    "quote": 0.97,  # a quote with no cue: not in the sample (an assumption, as for "colon")
    "colon": 0.9,
    "cameo": 0.33,  # a verbal CAMEO code only: 1/4
    "clause": 0.33,  # an unknown verb with a clause: 0/1
    "other": 0.13,  # 4/36
    "think": 0.07,  # 1/28
    "decide": 0.09,  # 0/7, pooled
    "naming": 0.09,  # 0/1, pooled
    "data": 0.09,  # 1/3, pooled
}
# P(attribution) for attributions the candidate scorer did not score, by origin (scripts/
# act_sample.py origins: 150 PolNeAR train articles, Laplace-smoothed: direct quotes 568/644,
# quotes alone 11/30 with the context's speaker, `according to` 43/66; the scorer's own
# probability is calibrated there: 0.3-0.4 -> 36%, 0.5-0.6 -> 59%, 0.7-0.8 -> 76%, 0.9-1 -> 96%)
ORIGIN_PRECISION: dict[str, float] = {"direct": 0.88, "alone": 0.38, "according": 0.65, "other": 0.6}


class ActGuess(NamedTuple):
    act: str
    rule: str  # which rule decided (a key of RULE_STATEMENT)

    @property
    def p_statement(self) -> float:
        """The probability that an attribution read this way is a statement (say or write)."""
        p = RULE_STATEMENT.get(self.rule, 0.5)
        if self.act in STATEMENT_ACTS:
            return p
        return min(p, RULE_STATEMENT.get(self.act, 0.1))


@functools.lru_cache(maxsize=1)
def cameo_verbs() -> tuple[dict[str, list], dict[str, str]]:
    """(lemma -> [[code, block], ...], irregular form -> lemma) from cameo_verbs.json."""
    try:
        data = json.loads((DATA_DIR / "cameo_verbs.json").read_text("utf-8"))["verbs"]
    except (OSError, ValueError, KeyError):
        return {}, {}
    forms = {}
    for lemma, v in data.items():
        for f in v.get("forms", []):
            forms.setdefault(f, lemma)
    return {k: v["senses"] for k, v in data.items()}, forms


@functools.lru_cache(maxsize=1)
def agent_nouns() -> dict[str, str]:
    """Nouns for kinds of people and bodies (Phoenix agents) -> agent code (MED: media)."""
    try:
        out = dict(json.loads((DATA_DIR / "agent_nouns.json").read_text("utf-8"))["agents"])
    except (OSError, ValueError, KeyError):
        out = {}
    try:  # the role words the actors stage knows (minister, envoy, spokesperson, ...)
        roles = json.loads((DATA_DIR.parent / "gazetteer" / "roles.json").read_text("utf-8"))
        for w in roles.get("role_heads", []):
            out.setdefault(w.lower().split()[-1], "ROLE")
    except (OSError, ValueError, AttributeError):
        pass
    return out


_VERBAL_ROOTS = {"01", "02", "03", "05", "10", "11", "12", "13"}
_DECISION_BLOCKS = {"SELECT", "ALLOW"}


def cameo_act(lemma: str) -> str | None:
    """The act CAMEO's code gives a verb: say for a verbal code, decide for a decision block,
    other for a material code; None when the verb is not coded (or not in the dictionary)."""
    senses = cameo_verbs()[0].get(lemma)
    if not senses:
        return None
    acts = set()
    for code, block in senses:
        if block in _DECISION_BLOCKS:
            acts.add("decide")
        elif code:
            acts.add("say" if code[:2] in _VERBAL_ROOTS else "other")
    for a in ("say", "decide", "other"):  # a verb with a verbal sense is read as speech
        if a in acts:
            return a
    return None


_TABLE_WORDS = WRITE_VERBS | DECIDE_VERBS | THINK_VERBS | SAY_VERBS | NAMING_VERBS | OTHER_VERBS


def lemmas(tok: Token) -> list[str]:
    """Candidate lemmas of a token, best first: spaCy's, then the form's own lemma where spaCy's
    is no table's word ("hopes" -> spaCy "hop" -> "hope"), from CAMEO's irregular forms and the
    regular English endings."""
    low = tok.lower_.replace("\u2019", "'")
    out = [tok.lemma_.lower()]
    forms = cameo_verbs()[1]
    if low in forms:
        out.append(forms[low])
    for suf, rep in (("ies", "y"), ("ied", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""),
                     ("ing", "e"), ("ing", ""), ("d", "")):
        if low.endswith(suf) and len(low) > len(suf) + 2:
            out.append(low[: len(low) - len(suf)] + rep)
    if len(low) > 5 and low.endswith(("ed", "ing")):  # "slammed" -> "slam", "shopping" -> "shop"
        stem = low[:-2] if low.endswith("ed") else low[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    out.append(low)
    seen, res = set(), []
    for x in out:
        if x and x not in seen:
            seen.add(x)
            res.append(x)
    return res


def _lemma(tok: Token) -> str:
    """The first candidate lemma that a table or CAMEO knows, else spaCy's."""
    cands = lemmas(tok)
    for c in cands:
        if c in _TABLE_WORDS:
            return c
    senses = cameo_verbs()[0]
    for c in cands:
        if c in senses:
            return c
    return cands[0]


def _passive(tok: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True
    # a participle modifying a noun, with no auxiliary: "the valley, known locally as ..."
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "advcl", "relcl") and not any(
        c.dep_ in ("aux", "nsubj") for c in tok.children)


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and _passive(tok)):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _subject(tok: Token) -> Token | None:
    """The cue's subject (the agent of a passive), following conjunctions and xcomp upward, and
    the noun a relative clause hangs on ("The Washington Post, which argued")."""
    cur, seen = tok, 0
    while cur is not None and seen < 4:
        ag = _agent(cur)
        if ag is not None:
            return ag
        for c in cur.children:
            if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and not _passive(cur)):
                if c.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                    return cur.head
                return c
        if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head is not cur:
            cur, seen = cur.head, seen + 1
            continue
        if cur.dep_ == "relcl" and cur.head is not cur:
            return cur.head
        return None
    return None


def _word(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.lower_


def _object(tok: Token) -> Token | None:
    """The direct object (through "a barrage of ...")."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and _word(obj) in _QUANTITY:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if inner is not None:
            return inner
    return obj


def _is_outlet(tok: Token) -> bool:
    """A news outlet: a name with a masthead word ("the Post", "The Washington Post", "Politico")
    or a media noun of the Phoenix agents ("the newspaper", "the magazine")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ == "ORG":
        words = [t.lower_ for t in tok.subtree if t.pos_ == "PROPN" or t.i == tok.i]
        return bool(words) and any(w in OUTLET_WORDS for w in words[-2:])
    return tok.pos_ == "NOUN" and agent_nouns().get(tok.lemma_.lower()) == "MED" and tok.lemma_.lower() not in (
        "journalist", "reporter", "correspondent", "editor", "columnist", "commentator", "blogger", "writer")


def _is_speaker(tok: Token) -> bool:
    """A noun phrase that can speak: a person, a body, a people, a pronoun but `it`, a noun of
    the Phoenix agents or the actors stage's roles."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "which", "what")
    if tok.pos_ == "PROPN":
        return True
    w = tok.lemma_.lower()
    if w in agent_nouns() or tok.lower_ in agent_nouns():
        return True
    # nouns for people by their English suffix: nominee, economist, politician, volunteer, resident
    if w.endswith(("ee", "ian", "eer")):
        return w not in _NOT_PERSON_EE
    if w.endswith("ist"):
        return w not in ("list", "wrist", "twist", "mist", "gist", "exist", "assist", "resist", "insist")
    return w in _PERSON_NT


# words in -ee / -ian / -eer that name no one ("scrapped the fees to persuade shoppers")
_NOT_PERSON_EE = frozenset({"fee", "tree", "knee", "glee", "free", "degree", "decree", "coffee", "toffee", "spree",
                            "guarantee", "jubilee", "marquee", "puree", "pedigree", "thee", "bee", "see", "flee",
                            "career", "veneer", "steer", "beer", "deer", "median", "meridian"})


_PERSON_NT = frozenset({"resident", "president", "student", "assistant", "consultant", "applicant", "immigrant",
                        "migrant", "participant", "respondent", "correspondent", "opponent", "proponent",
                        "incumbent", "client", "patient", "parent", "agent", "defendant", "plaintiff",
                        "claimant", "occupant", "tenant", "merchant", "servant", "sergeant", "lieutenant",
                        "adherent", "dissident", "descendant", "entrant", "contestant", "informant", "inhabitant",
                        "protestant", "militant", "combatant", "insurgent", "regent", "superintendent", "dependent"})


def _subject_kind(src: Token | None) -> str | None:
    """What a cue's subject is: 'outlet', 'document', 'data', 'speaker', 'thing', or None."""
    if src is None:
        return None
    w = _word(src)
    if _is_outlet(src):
        return "outlet"
    if w in ("record", "records") and src.pos_ == "NOUN" and any(
            c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("ADJ", "NOUN", "PROPN", "PRON") for c in src.children):
        return "document"  # "the parliamentary record", "court records": documents, not data
    if src.pos_ in ("NOUN", "PROPN") and (w in DATA_NOUNS or src.lower_ in DATA_NOUNS):
        return "data"  # "the data" (lemma "datum")
    if src.pos_ == "NOUN" and w in DOCUMENTS and src.ent_type_ not in ("PERSON", "ORG"):
        return "document"
    if _is_speaker(src):
        return "speaker"
    return "thing"


def _medium(tok: Token) -> str | None:
    """'written' or 'spoken' for a statement made in a medium: `said in a statement`, `In a blog
    post, X argued`, `posted on Facebook`; None otherwise."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "via", "through", "during", "at"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            words = {_word(pobj)} | {_word(g) for g in pobj.children if g.dep_ == "compound"}
            if words & SPOKEN:
                return "spoken"
            if words & WRITTEN_MEDIA and c.lower_ in ("in", "on", "via", "through"):
                return "written"
    return None


ANONYMITY = frozenset({"named", "identified", "anonymity", "anonymous", "quoted"})
# praising and welcoming (Levin's "admire"/"judgement" verbs toward a thing): with a plain object
# and no clause they report a stance ("welcomed the ruling"), not what was said
# what a maker recalls from the market (a recall, not a memory told)
RECALLED_GOODS = frozenset({"batch", "batches", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "product",
                            "products", "unit", "units", "model", "models", "drug", "drugs", "device", "devices",
                            "medicine", "medicines", "syrup", "food", "foods", "toy", "toys", "lot", "lots",
                            "shipment", "shipments", "phone", "phones", "battery", "batteries", "pill", "pills",
                            "vaccine", "vaccines", "formula", "tablet", "tablets", "charger", "chargers"})
# welcoming someone somewhere is hosting ("welcomed the president to the palace", "at the
# Vatican", "back to the city", "aboard"); welcoming a baby is a birth
HOSTING_PREPS = frozenset({"to", "into", "at", "back", "aboard", "home", "onto", "inside"})
NEWBORN = frozenset({"baby", "babies", "daughter", "son", "twins", "triplets", "child", "grandchild", "granddaughter",
                     "grandson", "boy", "girl", "newborn", "firstborn"})
STANCE_VERBS = frozenset({"welcome", "hail", "applaud", "praise", "laud", "commend", "salute", "celebrate"})


def _reporting(c: Token) -> bool:
    """A parataxis that reports its head's clause ("The leaders touched on X, it said"): a
    speech verb with a subject of its own and no clause of its own."""
    return c.dep_ == "parataxis" and c.lemma_.lower() in SAY_VERBS | WRITE_VERBS and any(
        k.dep_ in ("nsubj", "nsubjpass") for k in c.children) and not any(
        k.dep_ in ("ccomp", "parataxis") or (k.dep_ == "mark" and k.lower_ == "that") for k in c.children)


# verbs of speech or writing whose commoner sense is material (Levin 1993: "add" combines, "post",
# "share", "print" and "wire" send or hand out, "charge" accuses in law or bills, "introduce" and
# "unveil" bring out a product or a measure): they report a
# statement only with something said - a clause, a quotation, a noun of speech or a written
# document ("added that", "posted a statement"). "The striker added a third goal", "the singer
# posted a photo", "was charged with fraud" report none. (Speech events with no content stay
# statements, as PolNeAR's readers take them: "spoke about the case", "responded to the critics".)
CONTENT_NEEDED = frozenset({"add", "post", "share", "print", "type", "wire", "charge", "introduce", "unveil",
                            "continue"})
# ("He continued his walk": an action; "He continued: '...'": speech)
# asking for a statement ("requested comment from the sheriff", "asked the ministry for comment",
# "was contacted for comment", "reached out to the airline for a statement"): a request (Levin's
# "inquire" class with the thing sought as its object), not the statement it seeks
REQUEST_VERBS = frozenset({"request", "ask", "seek", "contact", "reach", "approach", "call", "email", "e-mail",
                           "message", "query", "invite", "solicit"})
SOUGHT_STATEMENTS = frozenset({"comment", "comments", "response", "responses", "reaction", "reactions",
                               "statement", "reply", "clarification", "confirmation", "interview", "remark",
                               "remarks", "input", "view", "views"})


def _asks_for_comment(tok: Token) -> bool:
    """A request verb whose object, or the object of a "for" on it or on its object, is a
    statement sought ("requested comment", "asked the ministry for comment")."""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in SOUGHT_STATEMENTS for c in tok.children):
        return True
    return any(f.dep_ == "prep" and f.lower_ == "for" and (f.head.i == tok.i or f.head.head.i == tok.i) and any(
        g.dep_ == "pobj" and g.lower_ in SOUGHT_STATEMENTS for g in f.children) for f in tok.subtree)


# directive verbs (Levin 1993, 37.9 "advise") that also mean fostering a thing: with an addressee
# or a clause they report speech ("encouraged residents to report potholes"), with a thing as
# object and no clause they do not ("a process to encourage community-led projects")
FOSTER_VERBS = frozenset({"encourage", "promote", "foster", "discourage", "stimulate", "spur", "boost", "invite"})
# what a declaration makes so (Searle's declarations: "declared a state of emergency", "declared
# bankruptcy", "declared three days of mourning", "declared the county a disaster area"): an official
# act, not a statement of something
DECLARED_STATES = frozenset({
    "emergency", "war", "independence", "bankruptcy", "insolvency", "martial", "curfew", "holiday", "holidays",
    "ceasefire", "cease-fire", "truce", "disaster", "lockdown", "quarantine", "moratorium", "dividend",
    "default", "amnesty", "mourning", "siege", "blockade", "pandemic", "epidemic", "outbreak", "famine",
    "sovereignty", "autonomy", "neutrality", "jihad", "closure", "shutdown", "recess", "alert", "election",
    "elections", "vacancy", "forfeit", "draw", "winner", "winners", "bankrupt", "insolvent", "closed", "open"})


# directive verbs of persuasion (Levin 1993, 59 "force"/"coerce", 58.1 "urge") that, like
# FOSTER_VERBS, in the purpose clause of a measure say what the measure is for, not what anyone said
PERSUADE_VERBS = frozenset({"persuade", "convince", "urge", "entice", "induce", "motivate", "coax", "tempt", "attract",
                            "lure", "nudge", "prod", "press", "pressure", "prompt", "get", "help", "enable"})


def _purpose_of_measure(tok: Token) -> bool:
    """`tok` heads an infinitival purpose clause ("to encourage families to buy electric cars")
    of a verb done to a thing ("introduced the tax break", "the scheme was introduced", "scrapped
    the fees"): the measure's aim, nothing said. Not when the clause has a subject or a clause of
    its own, nor when the verb it serves is one of speech or writing ("wrote to residents to urge")
    or has no thing as object ("took to Twitter to urge"), nor when that thing is words, a medium
    or someone ("used the speech to urge")."""
    if tok.dep_ not in ("advcl", "xcomp", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "ccomp", "csubj") for c in tok.children) or _has_clause(tok):
        return False
    head = tok.head
    if tok.dep_ == "acl":  # "scrapped the fees to persuade shoppers": the thing is the noun it hangs on
        if head.pos_ != "NOUN" or _is_speaker(head):
            return False
        w = _word(head)
        return NOUN_ACTS.get(w) not in ("say", "write") and w not in WRITTEN_MEDIA and w != "tweet"
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    hl = _lemma(head)
    if (hl in SAY_VERBS or hl in WRITE_VERBS or NOUN_ACTS.get(hl) in ("say", "write")) and hl not in CONTENT_NEEDED:
        return False
    thing = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return False
    w = _word(thing)
    return not _is_speaker(thing) and NOUN_ACTS.get(w) not in ("say", "write") and w not in WRITTEN_MEDIA \
        and w != "tweet"


# a court's ruling on what is brought before it ("The high court dismissed a petition", "a judge
# rejected the bail application", "the tribunal upheld the appeal"): a decision, not a statement
RULING_VERBS = frozenset({"dismiss", "reject", "uphold", "quash", "overturn", "overrule", "grant", "deny", "admit",
                          "allow", "throw", "strike", "set", "accept", "refuse", "entertain", "stay"})
LEGAL_FILINGS = frozenset({"petition", "appeal", "case", "lawsuit", "suit", "charge", "motion", "plea", "application",
                           "complaint", "writ", "bail", "conviction", "sentence", "verdict", "order", "challenge",
                           "injunction", "indictment", "claim", "objection", "review", "submission", "prayer",
                           "pil", "affidavit", "bid", "request"})
COURT_NOUNS = frozenset({"court", "bench", "judge", "tribunal", "magistrate", "justice", "jury", "judiciary",
                         "judges", "justices", "hc", "sc"})


def _court_ruling(tok: Token) -> bool:
    """A court, judge or tribunal (subject, or agent of a passive) ruling on a filing (the
    object): "dismissed a petition", "was rejected by the bench"."""
    obj = _object(tok)
    if obj is None or _word(obj) not in LEGAL_FILINGS or _has_clause(tok):
        return False
    who = _agent(tok) if _passive(tok) else _subject(tok)
    if who is None:
        return False
    words = {who.lower_, _word(who)} | {t.lower_ for t in who.subtree if t.dep_ == "compound"}
    return bool(words & COURT_NOUNS)


def _declared_state(tok: Token) -> bool:
    """"declare" whose object (or its predicate, "declared the county a disaster area") names
    a state made so by the declaration."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd", "ccomp", "xcomp")]
    for o in objs:
        words = {t.lower_ for t in o.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")}
        if words & DECLARED_STATES:
            return True
    return False


# speech spoken of but not made (issue 15, real reports: "declined to comment on the case", "now is a
# better time than any to talk about X", "a law that lets customers demand that ...", "not authorised
# to speak"): an infinitive of a speech verb under a refusal or a failure (Levin 1993, 52 "avoid"
# and the "decline"/"refuse"/"fail" of FrameNet's Agree_or_refuse_to_act), a permission (FrameNet's
# Permitting / Preventing: "let", "allow", "authorise"), an adjective of (in)ability or
# (un)willingness ("unable to comment", "reluctant to discuss"), a noun it modifies ("a chance to
# speak", "the right to demand") or a copula with no speaker for subject ("it is too early to talk
# about", "this week is as good a time as any to talk about")
OCCASIONS = frozenset({"time", "moment", "chance", "opportunity", "occasion", "early", "premature", "late", "soon",
                       "place", "venue", "forum", "day", "week", "year", "point", "stage", "hour"})
REFUSE_VERBS = frozenset({"decline", "refuse", "fail", "neglect", "hesitate", "forbear", "avoid", "omit"})
PERMIT_VERBS = frozenset({"let", "allow", "permit", "enable", "authorise", "authorize", "entitle", "empower",
                          "forbid", "prohibit", "ban", "bar", "prevent", "stop", "free", "invite", "encourage"})
UNREALISED_ADJ = frozenset({"unable", "able", "unwilling", "willing", "reluctant", "hesitant", "afraid", "free",
                            "authorised", "authorized", "unauthorised", "unauthorized", "allowed", "permitted",
                            "forbidden", "prohibited", "barred", "banned", "eager", "keen", "ready", "prepared",
                            "due", "set", "scheduled", "expected", "likely", "unlikely", "supposed"})


# a commitment to speak ("McConnell and Wyden are committed to ... urging federal agencies to properly
# implement the law", "a group dedicated to pressing the council to"): what they mean to keep doing, no
# statement reported (issue 15, sample 17)
COMMITTED_TO = frozenset({"committed", "dedicated", "devoted", "commitment", "dedication", "devotion"})


def _unrealised(tok: Token) -> bool:
    """`tok`, a verb of speech, names a statement not made: see UNREALISED_ADJ and the verbs above."""
    to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.lower_ == "to":
        prep = head
        while prep.dep_ == "conj" and prep.head.lower_ == "to" and prep.head.i != prep.i:
            prep = prep.head  # "committed to listening ... and to urging"
        if prep.dep_ == "prep" and prep.head.lower_ in COMMITTED_TO:
            return True  # "are committed to urging agencies to ...": a commitment, nothing urged yet
    hl = _lemma(head)
    if tok.dep_ in ("xcomp", "ccomp") and hl in PERMIT_VERBS and head.pos_ == "VERB" and (
            to_inf or tok.tag_ == "VB"):
        # "a law that lets customers demand", "are not allowed to speak": a right or a permission,
        # not a statement made (but "let editorials tell them how to vote": what the papers write)
        return _subject_kind(_subject(tok)) not in ("document", "outlet")
    if not to_inf:
        return False
    if tok.dep_ == "xcomp" and head.pos_ == "VERB" and hl in REFUSE_VERBS:
        return True  # "declined to comment on", "failed to mention"
    if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in UNREALISED_ADJ:
        return True  # "was unable to comment"
    if tok.dep_ == "xcomp" and hl in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
        return True  # "has yet to comment", "is yet to respond": not made so far
    if tok.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and not _is_speaker(head) \
            and NOUN_ACTS.get(_word(head)) not in ("say", "write"):
        return True  # "a chance to speak", "the right to demand", "time to talk"
    if tok.dep_ in ("xcomp", "advcl") and hl == "be" and head.pos_ == "AUX" and any(
            _word(w) in OCCASIONS for c in head.children if c.i != tok.i for w in c.subtree):
        subj = _subject(head)  # "it is too early to talk about", "now is a better time than any to talk"
        return subj is None or not _is_speaker(subj)  # (not "the meanest he got was to label X as ...")
    return False


# asking that something be done or for a thing ("asked that the contractor submit a schedule",
# "requested that the agency send an inspector", "ask for their drink order"): a request (Searle's
# directives). A request made in words is a statement by the standard settled for issue 15 (act
# say: "X asked that Y", as "X urged Y to"); only a habitual one in a circumstance clause ("...
# when attendants ask for their drink order") reports no speech and is act other
# (_habitual_request).
_CIRCUMSTANCE_MARKS = frozenset({"when", "whenever", "if", "once", "until", "before", "after", "while", "as"})


def _habitual_request(tok: Token, lem: str) -> bool:
    """A request verb in the present inside a when- / if-clause: what people do, no occasion."""
    if not _request(tok, lem) or tok.tag_ not in ("VBP", "VBZ", "VB"):
        return False
    clause = tok
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    return clause.dep_ in ("advcl", "relcl", "ccomp") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _CIRCUMSTANCE_MARKS and c.i < clause.i for c in clause.children)


def _request(tok: Token, lem: str) -> bool:
    if lem not in ("ask", "request", "beg", "petition", "plead"):
        return False
    kids = list(tok.children)
    if any(c.dep_ == "ccomp" and c.i > tok.i and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
           for c in kids):
        return not _question_clause(tok)  # "asked that X (should) do Y"
    if lem in ("ask", "beg", "plead") and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in kids) and any(
            c.dep_ in ("prep", "mark") and c.lower_ == "for" for c in kids):
        return True  # "ask for their drink order", "asked for their seat belts to be fastened"
    return False


# verbs of showing that, with a thing as subject, "say" something of someone only figuratively
# ("What does it say about us that ...", "the result says a lot about the league"): the thing
# indicates, nobody states
SAY_AMOUNTS = frozenset({"what", "lot", "lots", "much", "deal", "volumes", "something", "little", "nothing", "more",
                         "plenty", "less", "anything", "everything", "enough", "all"})
# works and exhibits that "tell the story of" (Levin 1993, 37.1 "transfer of a message" with a
# narrative as its theme and a work, not a person, as its source): a narrative, no statement
NARRATE_VERBS = frozenset({"tell", "recount", "chronicle", "narrate", "depict", "portray", "trace", "follow",
                           "document", "explore", "retell", "relate", "describe", "show"})
STORY_NOUNS = frozenset({"story", "stories", "tale", "tales", "history", "histories", "life", "lives", "journey",
                         "saga", "struggle", "struggles", "rise", "fall", "plight", "fate", "career", "adventure",
                         "adventures", "exploits", "odyssey", "legend", "biography", "lifetime", "childhood"})
# deflecting what one is asked ("referring questions to his attorney", "referred inquiries to the
# ministry"): passing on a request, no statement
DEFLECTED = frozenset({"question", "questions", "inquiry", "inquiries", "enquiry", "enquiries", "query", "queries",
                       "request", "requests", "call", "calls", "comment", "comments", "reporters", "media"})
# a declaration that makes a person's state so ("was pronounced dead", "declared fit to travel",
# "pronounced the couple husband and wife"): decide
# pleas in court ("pleaded guilty", "pleaded not guilty", "pleaded no contest")
PLEAS = frozenset({"guilty", "innocent", "contest"})
# states that an authority's declaration makes so, as past participles ("declared the match
# abandoned", "declared the meeting closed", "declared him elected")
MADE_PARTICIPLES = frozenset({"abandoned", "closed", "opened", "open", "cancelled", "canceled", "postponed",
                              "suspended", "adjourned", "elected", "dissolved", "annulled", "forfeited", "vacated",
                              "invalidated", "void", "reopened", "concluded", "disqualified", "retired", "expelled"})
# sources that a report names ("citing local authorities", "which cited a police report"): the
# source of a report, not what was said
CITED_SOURCES = frozenset({"authority", "authorities", "official", "officials", "source", "sources", "report", "reports",
                           "police", "statement", "statements", "document", "documents", "record", "records",
                           "witness", "witnesses", "spokesman", "spokeswoman", "spokesperson", "ministry",
                           "agency", "media", "study", "survey", "data", "figures", "filing", "filings", "person",
                           "people", "resident", "residents", "investigator", "investigators", "government",
                           "insider", "insiders", "diplomat", "diplomats", "memo", "letter", "tweet", "post"})


def _cited_source(obj: Token) -> bool:
    return obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _word(obj) in CITED_SOURCES \
        or obj.lower_ in CITED_SOURCES


def _reading_said(tok: Token) -> bool:
    """What a thing "said" is a reading or a look, not words: "it all", "everything", a number, a
    time or a measure ("said 41 degrees", "said a quarter past nine", "said 2-1"); not "the same
    thing" (which a crowd or a share of voters may say)."""
    for c in tok.children:
        if c.i < tok.i or c.dep_ not in ("dobj", "npadvmod", "prep", "attr", "advmod"):
            continue
        words = [t for t in c.subtree]
        if c.lower_ in ("it", "everything", "nothing", "all") and all(
                t.lower_ in ("it", "all", "everything", "nothing") for t in words):
            return True
        if any(t.like_num or t.ent_type_ in ("TIME", "QUANTITY", "CARDINAL", "PERCENT") for t in words):
            return True
    return False


# what a response "with" may be that is still words or argument ("responded with logic", "with a
# joke", "with questions"): no deed
DISCOURSE_WITH = frozenset({"logic", "fact", "facts", "argument", "arguments", "humor", "humour", "sarcasm", "joke",
                            "jokes", "anger", "outrage", "praise", "criticism", "scorn", "derision", "insult",
                            "insults", "question", "questions", "answer", "answers", "evidence", "data", "figures",
                            "numbers", "word", "words", "silence", "denial", "denials", "defiance", "disbelief",
                            "skepticism", "scepticism", "ridicule", "mockery", "contempt", "apology", "apologies",
                            "accusation", "accusations", "charge", "charges", "counter-argument", "retort", "quip",
                            "quote", "quotes", "example", "examples", "story", "stories", "claim", "claims"})


def _answered_by_deed(tok: Token) -> bool:
    """A response whose "with" names a deed, no words ("responded with a two-day blockade",
    "answered the ban with a sit-in"; not "responded with a statement"), and no clause or
    quotation of its own."""
    if _has_clause(tok) or any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in tok.children):
        return False
    doc = tok.doc
    if any((t.text in _QUOTES and t.tag_ != "POS") or t.text in ("``", "''") for t in doc[tok.i + 1 : tok.i + 4]):
        return False
    withs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return bool(withs) and not any(
        NOUN_ACTS.get(_word(g)) in ("say", "write") or _word(g) in WRITTEN_MEDIA | {"tweet"} | DISCOURSE_WITH
        or g.lower_ in DISCOURSE_WITH for g in withs)


def _made_state(tok: Token) -> bool:
    """A small clause under "declare" / "pronounce" / "certify" ("the match abandoned", "him
    elected", "the patient dead") with no "that", auxiliary or finite verb: the state the
    declaration makes so."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.i > tok.i and (
                c.tag_ not in FINITE_TAGS or c.lower_ in MADE_PARTICIPLES) and not any(
                k.dep_ in ("mark", "aux", "auxpass") for k in c.children) and (
                c.lower_ in MADE_PARTICIPLES or c.lower_ in PRONOUNCED_STATES):
            return True
    return False


PRONOUNCED_STATES = frozenset({"dead", "alive", "fit", "unfit", "missing", "extinct", "deceased", "guilty",
                               "innocent", "void", "invalid", "null", "husband", "wife", "man", "winner", "champion",
                               "insane", "incompetent", "brain-dead", "braindead", "clear", "safe", "healthy",
                               "cured", "cancer-free", "free"})


def _work_narrates(tok: Token, lem: str) -> bool:
    obj = _object(tok)
    if lem not in NARRATE_VERBS or obj is None or _has_clause(tok):
        return False
    subj = _subject(tok)
    if subj is not None and subj.lower_ in ("which", "that") and tok.dep_ == "relcl":
        subj = tok.head  # "The exhibition, which tells the story of"
    if subj is not None and subj.pos_ == "NOUN" and _word(subj) in WORKS:
        return True  # "the novel describes a family torn apart by war"
    if _word(obj) not in STORY_NOUNS:
        return False
    # a work, a show or a museum (not a person, nor a body: "Ana Weiss" may be typed an ORG)
    if subj is None:
        return False
    return (subj.pos_ == "NOUN" and not _is_speaker(subj)) or subj.ent_type_ in ("WORK_OF_ART", "FAC") \
        or _word(subj) in VENUES


# works made, not statements: "wrote the song in 2010", "the novel describes a family"
WORKS = frozenset({"song", "songs", "book", "books", "novel", "novels", "album", "albums", "script", "scripts",
                   "screenplay", "music", "poem", "poems", "play", "plays", "opera", "symphony", "code", "software",
                   "lyrics", "memoir", "memoirs", "biography", "film", "films", "movie", "movies", "series", "show",
                   "sitcom", "drama", "documentary", "episode", "sequel", "musical", "thesis", "dissertation",
                   "cheque", "check", "will", "score", "soundtrack", "single", "track", "tracks", "ballad", "anthem",
                   "hit", "hits", "story", "stories", "fiction", "bestseller", "thriller", "comedy", "game", "video",
                   "painting", "sculpture", "exhibition"})
# what one answers that is no question ("answered the door"); what one complains of that is a symptom
ANSWERED_THINGS = frozenset({"door", "phone", "telephone", "bell", "doorbell", "call", "calls", "knock", "page",
                             "summons", "alarm"})
SYMPTOMS = frozenset({"pain", "pains", "headache", "headaches", "dizziness", "nausea", "fever", "breathing",
                      "breathlessness", "fatigue", "chest", "discomfort", "symptoms", "symptom", "illness", "ache",
                      "aches", "soreness", "numbness", "cough", "tiredness", "cramps", "cramp", "stomach", "vomiting",
                      "weakness", "shortness", "swelling", "bleeding", "tightness", "sickness"})
# a filing at law, as an act ("filed a lawsuit", "lodged an appeal"): no statement of what it says
FILED_ACTS = frozenset({
    "lawsuit", "lawsuits", "suit", "suits", "appeal", "appeals", "petition", "petitions", "motion", "motions",
    "complaint", "complaints", "charges", "charge", "case", "cases", "claim", "claims", "application", "bankruptcy",
    "injunction", "writ", "plea", "objection", "grievance", "challenge", "indictment", "counterclaim", "affidavit",
    "request", "bid", "papers", "paperwork", "tax", "taxes", "return", "returns", "patent", "patents", "trademark"})
VENUES = frozenset({"museum", "gallery", "theatre", "theater", "library", "archive", "exhibition", "exhibit", "show",
                    "memorial", "centre", "center", "festival"})


# those who answer an emergency: their "responding to" a call, a blaze or a crash is no reply
RESPONDERS = frozenset({"police", "officer", "officers", "policeman", "policemen", "firefighter", "firefighters",
                        "paramedic", "paramedics", "rescuer", "rescuers", "crew", "crews", "medic", "medics",
                        "ambulance", "ambulances", "deputy", "deputies", "trooper", "troopers", "troops",
                        "soldiers", "unit", "units", "team", "teams", "services", "responders", "firemen",
                        "fireman", "lifeguard", "lifeguards", "coastguard", "guard"})
_QUOTES = frozenset('"\u201c\u201d\u2018\u2019\'')


def _says_something(tok: Token) -> bool:
    """Whether a cue reports something said: a clause under it, a quotation beside it, or a
    noun of speech or a written document as its object or the object of its preposition (or a
    speaker, told something)."""
    if _has_clause(tok) or any(c.dep_ in ("ccomp", "csubj") for c in tok.children):
        return True
    doc = tok.doc
    near = doc[max(tok.sent.start, tok.i - 3) : min(tok.sent.end, tok.i + 4)]
    if any(t.text in _QUOTES or t.text in ("``", "''") for t in near):
        return True
    if tok.dep_ == "parataxis":  # "..., he added": the clause it reports is its head
        return True
    for c in tok.children:
        nouns = [c] if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative") else []
        if c.dep_ == "prep" and c.lower_ in ("to", "about", "on", "over", "with", "in", "of"):
            nouns = [g for g in c.children if g.dep_ == "pobj"]  # not "at" / "against": a target
        for n in nouns:
            w = _word(n)
            medium = c.dep_ == "prep" and c.lower_ in ("on", "in", "of")  # "posted on its website"
            if NOUN_ACTS.get(w) in ("say", "write") or (w in WRITTEN_MEDIA | {"tweet"} and not medium):
                return True
            if c.dep_ in ("dobj", "dative") and _is_speaker(n) and any(
                    k.dep_ in ("prep", "xcomp", "ccomp") for k in tok.children if k is not c):
                return True  # told reporters about, urged lawmakers to, accused Trump of
    return False


def _has_clause(tok: Token) -> bool:
    return any((c.dep_ == "ccomp" or (c.dep_ == "parataxis" and not _reporting(c))) or (
        c.dep_ == "mark" and c.lower_ == "that") for c in tok.children)


# words that open a question: "asked whether", "did not say how many"
_QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "who", "whom", "which", "whose"})


def _question_clause(tok: Token) -> bool:
    """The clause `tok` governs is an indirect question ("asked whether X", "questioned why Y",
    "did not say how many ...")."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > tok.i:
            first = c.left_edge
            if first.lower_ in _QUESTION_WORDS or any(
                    w.dep_ == "mark" and w.lower_ in ("whether", "if") for w in c.children):
                return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in ("whether", "why", "how")


def _perceived_event(tok: Token) -> bool:
    """A perception verb's direct-perception complement (Levin 1993, 30.1: "saw him leave",
    "sees the council pay the operator"): a bare infinitive or a participle with its own subject
    and no "that", "to" or question word - an event, not a proposition believed or said."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i and c.tag_ in ("VB", "VBG", "VBN") and any(
                k.dep_ in ("nsubj", "nsubjpass") for k in c.children) and not any(
                k.dep_ in ("mark", "aux") and k.lower_ in ("that", "to", "whether", "if") for k in c.children) \
                and c.left_edge.lower_ not in _QUESTION_WORDS and not any(
                k.dep_ in ("aux", "auxpass") and k.tag_ in ("MD", "VBZ", "VBP", "VBD") for k in c.children):
            return True
    return False


# a norm or an instrument at law that grants something ("the Constitution assures every one of us
# liberty", "the treaty promises ships free passage", "the contract guarantees nurses a 4% rise"):
# what it gives is a right or a benefit in force, no one's statement (issue 15, sample 14's "...
# assures every one of us liberty of thought"); with a that-clause it states its terms ("the law
# says", "the charter guarantees that no one shall ...") and stays a statement of the document
GRANT_VERBS = frozenset({"assure", "guarantee", "promise", "grant", "give", "afford", "entitle", "ensure",
                         "secure", "confer", "extend", "offer", "provide", "enshrine"})
INSTRUMENTS = NORM_NOUNS | frozenset({"preamble", "amendment", "article", "section", "clause", "provision",
                                      "provisions", "bill", "contract", "contracts", "agreement", "deal", "pact",
                                      "accord", "covenant", "warranty", "guarantee", "licence", "license", "lease",
                                      "policy", "directive", "deed", "scheme"})


def _instrument(src: Token | None) -> bool:
    """A norm or an instrument at law: "the Constitution", "Article 14 (of the directive)", "the
    First Amendment", "the UN Charter", "the new contract"."""
    if src is None or src.pos_ not in ("NOUN", "PROPN") or src.ent_type_ in ("PERSON", "NORP", "GPE"):
        return False
    return src.lower_ in INSTRUMENTS or src.lemma_.lower() in INSTRUMENTS


def _norm_grants(tok: Token, lem: str) -> bool:
    """`tok` (a grant verb) has a norm or an instrument for its subject and grants a thing (no
    clause of its terms): "the Constitution assures every one of us liberty"."""
    return lem in GRANT_VERBS and not _passive(tok) and _instrument(_subject(tok)) and not _has_clause(tok) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)


# a call-up: a player, a reservist or a barrister "called up", "called into the squad", "called to the
# bar" is selected or summoned, nobody speaks (issue 15, sample 14's headline "Jordan Morris, Cristian
# Roldan called into USMNT January camp"); "called for calm", "called on X to", "called it a disgrace",
# "called into question" stay speech
SELECTED_INTO = frozenset({"camp", "camps", "squad", "squads", "team", "teams", "side", "roster", "rosters",
                           "lineup", "line-up", "selection", "bar", "colours", "colors", "army",
                           "reserves", "service", "duty", "majors", "cabinet", "training", "xi", "eleven",
                           "fifteen", "pool"})


def _call_up(tok: Token) -> bool:
    """"called up" (a selection or a mobilisation, not "called up to say"), or "called into / to"
    a squad, a camp, the bar, the colours."""
    kids = list(tok.children)
    if any(c.dep_ in ("oprd", "ccomp", "attr") for c in kids):
        return False  # "called the decision a disgrace", "called that ...": words
    if any(c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children) for c in kids):
        return False  # "called up to complain that": a telephone call with something said
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in kids) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "up"):
        return True  # "called up for the first Test", "reservists were called up"
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in kids):
        return False  # "called for calm", "called on the government to"
    for c in kids:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("into", "to"):
            if any(_word(g) in SELECTED_INTO or g.lower_ in SELECTED_INTO for g in c.children if g.dep_ == "pobj"):
                return True
    return False


# a headline's reduced passive: "Trump attacked for spending ...", "Mayor slammed over library cuts",
# "Councillor accused of leaking papers", "Residents told to boil water": the subject is the one attacked,
# accused or told, and the verb has no object of its own (an active use names whom it attacks first);
# nobody named speaks (issue 15, sample 17)
PASSIVE_FIRST = frozenset({"attack", "slam", "blast", "criticise", "criticize", "accuse", "condemn", "lambast",
                           "lambaste", "mock", "ridicule", "rebuke", "chide", "scold", "fault", "grill", "quiz",
                           "berate", "censure", "denounce", "praise", "hail", "laud", "applaud", "thank", "blame",
                           "rap", "roast", "pan", "savage", "tell", "order", "instruct", "advise"})
_PASSIVE_PREPS = {"for": None, "over": None, "of": {"accuse"}}
_TOLD_TO = frozenset({"tell", "order", "instruct", "advise"})


def _headline_passive(tok: Token, lem: str) -> bool:
    """A verb of the list above in the past, with a subject, no object and no clause, and right
    after it "for" / "over" (a reason; "of" after "accused") or, for "told" / "ordered", "to" and a
    verb: the participle of a passive with its auxiliary left out."""
    if lem not in PASSIVE_FIRST or tok.tag_ not in ("VBD", "VBN") or _passive(tok):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i or subj.lower_ in ("who", "which", "that"):
        return False
    if any(c.dep_ in ("aux",) for c in tok.children):
        return False  # "has criticised ...": an active perfect
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None:
        return False
    if lem in _TOLD_TO:
        return nxt.lower_ == "to" and nxt.i + 1 < len(tok.doc) and tok.doc[nxt.i + 1].tag_ == "VB" and not any(
            c.dep_ in ("dobj", "dative", "iobj") for c in tok.children)
    w = nxt.lower_
    if w not in _PASSIVE_PREPS or (_PASSIVE_PREPS[w] is not None and lem not in _PASSIVE_PREPS[w]):
        return False
    after = tok.doc[nxt.i + 1] if nxt.i + 1 < len(tok.doc) else None
    if after is None or after.like_num or after.tag_ == "CD":
        return False  # "questioned over 100 people"
    return True


# a plural noun for people after a name, that the tagger read as a verb ("Las Vegas parents 'thrilled'
# with New Year's baby", "Detroit nurses 'furious' over bus cuts": a headline's noun phrase, not
# "parents" or "nurses" as a verb of speech; issue 15, sample 14)
PEOPLE_NOUNS = frozenset({"parent", "fan", "nurse", "doctor", "coach", "mother", "father", "guard", "host",
                          "pilot", "captain", "mentor", "guide", "police", "staff", "chair", "head", "judge",
                          "teacher", "student", "worker", "resident", "voter", "neighbour", "neighbor",
                          "champion", "veteran", "shopper", "patient", "father", "sister", "brother"})


def _noun_read_as_verb(tok: Token) -> bool:
    """A cue tagged a present-tense verb that is the plural of a noun for people, right after a
    name with no determiner for its subject ("Ohio coaches", "Las Vegas parents")."""
    if tok.tag_ not in ("VBZ", "VBP") or not tok.is_lower or not tok.lower_.endswith("s"):
        return False
    lem = tok.lemma_.lower()
    if not (lem in PEOPLE_NOUNS or lem in _PERSON_NT or lem in KIN_NOUNS or agent_nouns().get(lem)):
        return False
    subj = _subject(tok)
    if subj is None or subj.pos_ != "PROPN" or subj.i != tok.i - 1:
        return False
    return not any(t.dep_ in ("det", "poss") or t.pos_ in ("DET", "PRON") for t in subj.subtree)


def _verb_by_parse(tok: Token, lem: str) -> ActGuess | None:
    """The readings that turn on the parse (see the module's docstring, step 2)."""
    doc = tok.doc
    kids = list(tok.children)
    deps = {c.dep_ for c in kids}
    preps = {c.lower_ for c in kids if c.dep_ in ("prep", "prt", "agent")}
    parts = {c.lower_ for c in kids if c.dep_ == "prt"}
    obj = _object(tok)
    oword = _word(obj) if obj is not None else ""
    passive = _passive(tok)
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    as_next = any(t.lower_ in ("as", "after") for t in doc[tok.i + 1 : tok.i + 4]) or any(
        c.dep_ in ("prep", "advmod") and c.lower_ == "as" for c in kids) or (
        obj is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children))
    # "was charged with fraud", "charged the company with": a charge in law, not a statement
    if lem == "charge" and ("with" in preps or passive) and not _has_clause(tok):
        return ActGuess("other", "other")
    after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 4]]
    if lem in ("continue", "resume") and after and (after[0] in PAGE_PLACES or (
            after[0] in ("after", "on") and any(w in PAGE_BREAKS for w in after[1:3]))):
        return ActGuess("other", "other")  # "Article continues below", "Story continues after advertisement": page furniture
    if lem in CONTENT_NEEDED and lem not in ("tweet", "retweet", "upload") and not _says_something(tok):
        return ActGuess("other", "other")
    if lem in ("tweet", "retweet", "upload") and not _has_clause(tok) and not _says_something(tok) \
            and not any(t.text in _QUOTES or t.text in ("``", "''") for t in doc[tok.i + 1 : tok.i + 8]) and (
            (obj is not None and oword in IMAGES) or ("at" in preps and obj is None)):
        return ActGuess("other", "other")  # "tweeted a photo of his car", "tweeting at him"
    if _unrealised(tok):
        return ActGuess("other", "other")  # "declined to comment", "a chance to speak": no statement made
    if _norm_grants(tok, lem):
        return ActGuess("other", "other")  # "the Constitution assures every one of us liberty": a right in force
    if _habitual_request(tok, lem):
        return ActGuess("other", "other")  # "when attendants ask for their drink order": what they do
    if lem == "plead" and any(c.dep_ in ("acomp", "oprd", "dobj", "advmod", "xcomp", "attr") and c.lower_ in PLEAS
                              for c in kids):
        return ActGuess("other", "other")  # "pleaded not guilty to murder": a plea in court, no statement
    if lem in ("respond", "react", "answer", "reply", "retaliate") and _answered_by_deed(tok):
        return ActGuess("other", "other")  # "responded with a blockade", "answered the ban with a sit-in": a deed
    if lem == "say" and not _says_something(tok) and not _question_clause(tok) and (
            subj := _subject(tok)) is not None and subj.pos_ == "NOUN" and _subject_kind(subj) == "thing" \
            and not any(c.dep_ in ("xcomp", "ccomp", "parataxis") for c in kids) and _reading_said(tok):
        return ActGuess("other", "other")  # "Her face said it all", "the clock said a quarter past nine"
    if (lem == "cite" or (lem == "quote" and tok.tag_ == "VBG" and tok.dep_ == "acl")) and not _has_clause(tok) \
            and obj is not None and _cited_source(obj) and "as" not in preps:
        return ActGuess("other", "other")  # "state media citing local authorities", "which cited a police report"
    if lem in ("declare", "pronounce", "certify") and _made_state(tok):
        return ActGuess("decide", "decide")  # "declared the match abandoned": a declaration that makes it so
    if lem == "say" and any(c.dep_ in ("dobj", "advmod", "npadvmod", "nsubjpass") and (
            c.lower_ in SAY_AMOUNTS or _word(c) in SAY_AMOUNTS) and ("about" in preps or any(
                k.dep_ == "prep" and k.lower_ == "about" for k in c.children)) for c in kids) \
            and _subject_kind(_subject(tok)) not in ("speaker", None):
        return ActGuess("other", "other")  # "what does it say about us": the thing indicates
    made = obj
    if made is not None and oword in _QUANTITY and any(c.dep_ == "prep" and c.lower_ == "of" for c in made.children):
        # "penned a series of letters": the letters (none where the parse lost them)
        made = next((g for c in made.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
    if lem in ("write", "pen", "compose", "co-write", "cowrite", "author", "record") and made is not None \
            and _word(made) in WORKS and not _has_clause(tok) and not _is_speaker(made):
        return ActGuess("other", "other")  # "wrote the song in 2010": a work made
    if lem in ("file", "lodge", "bring", "launch", "submit") and obj is not None and oword in FILED_ACTS \
            and not _has_clause(tok) and not any(c.dep_ in ("acl", "relcl", "ccomp") for c in obj.children):
        return ActGuess("other", "other")  # "filed a lawsuit against the hospital": an act at law
    if lem == "voice" and obj is not None and oword not in NOUN_ACTS and not _has_clause(tok) \
            and oword not in WRITTEN_MEDIA and not any(t.text in _QUOTES for t in doc[tok.i + 1 : tok.i + 3]):
        return ActGuess("other", "other")  # "voiced the dragon in the film": acting
    if lem == "answer" and obj is not None and oword in ANSWERED_THINGS:
        return ActGuess("other", "other")  # "answered the door"
    if lem == "complain" and any(c.dep_ == "prep" and c.lower_ in ("of", "about") and any(
            g.dep_ == "pobj" and _word(g) in SYMPTOMS for g in c.children) for c in kids) and not _has_clause(tok):
        return ActGuess("other", "other")  # "complained of chest pain": a symptom
    if _work_narrates(tok, lem):
        return ActGuess("other", "other")  # "the exhibition, which tells the story of": a narrative
    if lem == "refer" and obj is not None and (oword in DEFLECTED or obj.lower_ in DEFLECTED) and not _has_clause(tok):
        return ActGuess("other", "other")  # "referring questions to his attorney": a deflection
    if lem in ("pronounce", "declare") and not _has_clause(tok) and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "attr") + (("dobj",) if lem == "pronounce" else ()) and (
                c.lower_ in PRONOUNCED_STATES or _word(c) in PRONOUNCED_STATES) for c in kids):
        return ActGuess("decide", "decide")  # "was pronounced dead by paramedics", "declared fit to travel"
    if lem == "declare" and _declared_state(tok) and (not any(
            (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")) or (c.dep_ == "mark" and c.lower_ == "that") for c in kids)
            or any(c.dep_ == "dobj" and _word(c) in DECLARED_STATES for c in kids)):
        # (a direct object that names the state made so, "declares emergency", whatever clause
        # the parse hangs after it: a headline run into the next line)
        return ActGuess("decide", "decide")  # "declared a state of emergency": a declaration that makes it so
    if lem in FOSTER_VERBS | PERSUADE_VERBS and _purpose_of_measure(tok):
        return ActGuess("other", "other")  # "introduced the tax break to encourage families to buy": the aim
    if lem in RULING_VERBS and _court_ruling(tok):
        return ActGuess("decide", "decide")  # "the high court dismissed a petition": a ruling
    if lem in FOSTER_VERBS and obj is not None and not passive and not _is_speaker(obj) and not _has_clause(tok) \
            and "xcomp" not in deps and NOUN_ACTS.get(oword) not in ("say", "write"):
        return ActGuess("other", "other")  # "to encourage investment": fostering a thing, no one addressed
    if lem in REQUEST_VERBS and _asks_for_comment(tok) and not _has_clause(tok):
        return ActGuess("other", "other")  # "requested comment from the sheriff": a request, nothing said
    if lem in ("respond", "react") and not _says_something(tok):
        subj = _subject(tok)
        by_doing = any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
            g.tag_ == "VBG" and _lemma(g) not in SAY_VERBS | WRITE_VERBS for g in c.children) for c in kids)
        if by_doing or (subj is not None and (subj.lower_ in RESPONDERS or _word(subj) in RESPONDERS)):
            return ActGuess("other", "other")  # firefighters responded to a blaze; responded by dropping four players
    # naming
    if lem in NAMING_VERBS and passive and _agent(tok) is None:
        if lem == "know":  # `is known as`, `known for`; `it is known that` / `known to be` are beliefs
            if not deps & {"ccomp", "xcomp"} or as_next:
                return ActGuess("other", "naming")
        elif lem in ("describe", "identify", "refer", "list", "label", "brand", "introduce"):
            if as_next or (lem == "refer" and "to" in preps):
                return ActGuess("other", "naming")
        elif lem != "call" or not deps & {"xcomp", "ccomp"}:
            return ActGuess("other", "naming")
    if lem == "name" and obj is not None and not _has_clause(tok) and (
            obj.ent_type_ in ("PERSON", "NORP") or _is_speaker(obj)) and (
            any(c.dep_ == "xcomp" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children) for c in kids)
            or any(_is_speaker(g) for c in list(kids) + list(obj.children)
                   if c.dep_ in ("prep", "oprd") and (c.dep_ == "oprd" or c.lower_ == "as")
                   for g in ([c] if c.dep_ == "oprd" else [x for x in c.children if x.dep_ == "pobj"]))):
        return ActGuess("decide", "decide")  # "named three Latinas to serve as marshals", "named X as coach": an appointment
    if lem in NAMING_VERBS and not passive and lem not in ("know", "call") and (as_next or deps & {"oprd"}):
        return ActGuess("say", "table")  # `named X as her guilty pleasure`, `introduced him as`
    # phrasal verbs of speech, publishing, light verbs with a noun of speech
    if any((lem, p) in PHRASAL_SAY for p in parts | {oword, nxt}):
        return ActGuess("say", "table")
    if lem == "launch" and obj is not None and oword in LAUNCHED_ACTIONS and not _has_clause(tok):
        return ActGuess("other", "other")  # "launched a criminal investigation": an action
    if lem in PUBLISH_VERBS and obj is not None and oword in DOCUMENTS | {"tweet", "video", "ad", "clip", "reply"}:
        return ActGuess("write", "medium")
    if lem in GIVE_VERBS and obj is not None and oword in NOUN_ACTS:
        act = NOUN_ACTS[oword]
        if act in ("say", "write"):
            return ActGuess(act, "table")
        if act == "think" and lem in ("give", "offer", "express", "voice", "share", "make"):
            return ActGuess("say", "table")  # expressing a view is a statement
    if lem == "offer" and "xcomp" not in deps and not _has_clause(tok) and obj is not None \
            and oword not in NOUN_ACTS and oword not in DECISION_OBJECTS and not parts:
        return ActGuess("other", "other")  # colleges offer merit aid: a material offer
    # "..., the commission said, citing preliminary results": the source or reason a statement
    # names, not a statement of its own
    if lem == "cite" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and not _has_clause(tok):
        return ActGuess("other", "other")
    # "who asked not to be named", "spoke on condition of anonymity": a request for anonymity
    if lem in ("ask", "request", "speak", "talk") and any(
            w.lower_ in ANONYMITY for c in kids if c.dep_ in ("xcomp", "dobj", "prep") for w in c.subtree):
        return ActGuess("other", "other")
    # "recalled three batches of a cough syrup", "recalls 1.2 million cars": a product recall
    if lem == "recall" and obj is not None and not _has_clause(tok) and "xcomp" not in deps \
            and obj.pos_ == "NOUN" and obj.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") \
            and (any(c.dep_ == "nummod" for c in obj.children) or oword in RECALLED_GOODS):
        return ActGuess("other", "other")
    # "welcomed the president to the palace", "welcomed fans back", "welcomed their daughter":
    # hosting or a birth, no statement (a stance only toward a thing: below)
    if lem == "welcome" and obj is not None and not _has_clause(tok) and "xcomp" not in deps \
            and not any(t.text in '"\u201c\u201d' for t in doc[tok.i + 1 : tok.i + 3]) and (
            oword in NEWBORN or (oword not in NOUN_ACTS and oword not in DECISION_OBJECTS and (
                preps & HOSTING_PREPS or parts & HOSTING_PREPS or any(
                    c.dep_ == "advmod" and c.lower_ in HOSTING_PREPS for c in kids) or any(
                    c.dep_ in ("prep", "advmod") and c.lower_ in HOSTING_PREPS for c in obj.children)))):
        return ActGuess("other", "other")
    # "welcomed the ruling", "hailed the deal": a stance toward a thing, not a statement of what
    if lem in STANCE_VERBS and obj is not None and not _has_clause(tok) and "xcomp" not in deps \
            and not _is_speaker(obj) and not any(t.text in '"\u201c\u201d' for t in doc[tok.i + 1 : tok.i + 3]):
        return ActGuess("think", "think")
    # "must report back within 90 days": a statement yet to be made, with nothing reported
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids) and not _has_clause(tok) and "xcomp" not in deps \
            and (obj is None or oword not in NOUN_ACTS) and not passive:
        return ActGuess("other", "other")
    # refusals to comment, non-answers
    if lem in ("refuse", "decline") and "xcomp" in deps:
        comp = next(c for c in kids if c.dep_ == "xcomp")
        if _lemma(comp) in NO_COMMENT:
            return ActGuess("other", "other")
    if lem in NO_COMMENT and "neg" in deps and not _has_clause(tok):
        return ActGuess("other", "other")
    # "did not say whether anyone was hurt", "did not say how many", "the statement did not
    # mention X": nothing stated
    if lem in SAY_VERBS and "neg" in deps and (not _has_clause(tok) or _question_clause(tok)):
        return ActGuess("other", "other")
    # "asked whether police would enforce the ban", "inquired why": a question put, not a
    # statement made (issue 15: shown as statements of whoever asked); "questioned whether the
    # dam can hold" voices a doubt and stays a statement
    if lem in ("ask", "wonder", "inquire", "enquire", "query") and _question_clause(tok):
        return ActGuess("other", "other")
    if lem == "call" and _call_up(tok):
        return ActGuess("decide", "decide")  # "called up to the squad", "called into camp": a selection
    if lem == "call":
        if deps & {"oprd", "ccomp", "xcomp", "attr"} or "for" in preps or nxt in ("on", "upon", "out") \
                or _has_clause(tok):
            return ActGuess("say", "table")
        if obj is not None or passive:
            return ActGuess("other", "other")  # called his counterpart: a telephone call, a summons
        return ActGuess("say", "table")
    if lem == "agree":
        if "xcomp" in deps or (preps & {"on", "to", "upon"}) or (obj is not None and not _has_clause(tok)):
            return ActGuess("decide", "decide")
        return ActGuess("say", "table")
    if lem in ("reject", "refuse", "decline", "veto", "block", "approve", "accept", "endorse", "confirm", "sign"):
        if lem == "approve" and "of" in preps:
            return ActGuess("think", "think")
        if lem == "sign":
            if oword in ("letter", "petition", "op-ed", "statement", "memo", "note", "declaration", "appeal"):
                return ActGuess("write", "table")  # signed a letter saying ...
            return ActGuess("decide", "decide")
        decision_obj = oword in DECISION_OBJECTS or (lem == "confirm" and obj is not None and (
            obj.ent_type_ == "PERSON" or oword in ("nominee", "nomination", "appointment")))
        if lem == "endorse" and obj is not None and (obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.pos_ == "PROPN"):
            decision_obj = True  # endorsed Clinton: a choice of candidate, like a vote
        if lem in ("reject", "accept", "endorse", "confirm", "block"):
            if decision_obj:
                return ActGuess("decide", "decide")
            if lem == "accept":
                return ActGuess("think", "think")
            if lem == "block":
                return ActGuess("other", "other")
            return ActGuess("say", "table")
        return ActGuess("decide", "decide")
    if lem in VERBAL_ATTACK:
        if (obj is not None and _is_speaker(obj)) or preps & {"over", "for", "as", "out"} or _has_clause(tok):
            return ActGuess("say", "table")
        return ActGuess("other", "other")
    if lem == "defend":
        if obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC"):
            return ActGuess("other", "other")
        return ActGuess("say", "table")
    if lem == "look" and (preps & {"for", "at", "into", "forward", "to", "after", "over"} or parts):
        return ActGuess("other", "other")
    if lem in ("see", "hear", "watch", "notice", "witness") and not (as_next or _has_clause(tok)):
        return ActGuess("other", "other")  # saw Trump talking: a perception, not a belief
    if lem in ("see", "hear", "watch", "notice", "witness") and not as_next and (_perceived_event(tok) or (
            tok.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "ccomp" and c.i > tok.i and c.tag_ == "VBP" and not any(
                    k.dep_ in ("mark", "aux", "auxpass") for k in c.children) and any(
                    k.dep_ == "nsubj" and k.i < c.i for k in c.children) for c in kids))):
        # a past "watched three people risk their lives": a bare infinitive the tagger reads as a
        # present tense (VBP), which no past report would have
        return ActGuess("other", "other")  # "the deal sees Apple pay fees": an event perceived or brought about
    if lem in ("convince", "persuade") and not passive and obj is not None:
        return ActGuess("say", "table") if _subject_kind(_subject(tok)) in (None, "speaker") else ActGuess("other", "other")
    if lem in ("push", "press") and "xcomp" in deps:
        return ActGuess("say", "table")  # pushes Democrats to reject: urges
    if lem in ("intend", "design", "mean", "aim") and passive and _agent(tok) is None:
        return ActGuess("other", "other")  # hearings intended to consider: a purpose
    if lem in ("show", "demonstrate", "prove", "illustrate", "highlight", "reflect"):
        kind = _subject_kind(_subject(tok))
        if kind in ("document", "outlet"):
            return ActGuess("write", "medium")
        return ActGuess("other", "data" if kind == "data" else "other")
    return None


def _by_tables(tok: Token, lem: str) -> ActGuess:
    if lem in WRITE_VERBS:
        return ActGuess("write", "table")
    if lem in DECIDE_VERBS:
        return ActGuess("decide", "decide")
    if lem in THINK_VERBS:
        return ActGuess("think", "think")
    if lem in SAY_VERBS:
        return ActGuess("say", "table")
    if lem in OTHER_VERBS:
        return ActGuess("other", "other")
    c = cameo_act(lem)
    if c == "say":
        return ActGuess("say", "cameo")
    if c is not None:
        return ActGuess(c, c)
    if _has_clause(tok) and lem not in LIGHT_VERBS and not _question_clause(tok):
        return ActGuess("say", "clause")  # not "review how the day went": an unknown verb's question
    return ActGuess("other", "other")


def _written_host(tok: Token) -> bool:
    """A cue hanging on a written one: `tweeted, quoting ...`, `wrote X, citing ...`, `an article
    stating ...`, `her statement explaining ...`."""
    head = tok.head
    if head is tok:
        return False
    if tok.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":
        return _word(head) in WRITTEN_MEDIA
    if tok.dep_ in ("advcl", "xcomp", "conj") and head.pos_ == "VERB":
        return _lemma(head) in WRITE_VERBS or _medium(head) == "written" or \
            _subject_kind(_subject(head)) in ("document", "outlet")
    return False


# nouns for bodies and sides that speak ("The Trump campaign has addressed ..."): not things
BODY_WORDS = frozenset({"campaign", "team", "government", "administration", "side", "panel", "staff", "crew",
                        "camp", "leadership", "management", "opposition", "regime", "cabinet", "ministry",
                        "military", "army", "police", "prosecution", "prosecutors", "defence", "defense",
                        "coalition", "alliance", "union", "movement", "bloc", "delegation", "family", "families",
                        "office", "department", "court", "senate", "house", "parliament", "congress", "assembly",
                        "committee", "commission", "council", "board", "company", "firm", "club", "party",
                        "group", "agency", "network", "station", "paper", "newspaper", "organisation",
                        "organization", "association", "federation", "league", "authority", "authorities",
                        "junta", "church", "school", "university", "hospital", "embassy", "mission", "city",
                        "county", "state", "country", "nation", "village", "town", "community", "public"})


KIN_NOUNS = frozenset({"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt",
                       "parent", "parents", "child", "children", "grandfather", "grandmother", "cousin", "nephew",
                       "niece", "friend", "friends", "partner", "fiance", "fiancee", "widow", "widower", "boss",
                       "man", "woman", "men", "women", "boy", "girl", "people", "person", "guy", "kid", "kids",
                       "family", "relative", "relatives", "neighbour", "neighbor", "colleague", "host", "star"})
# nouns for people and groups of people that _plainly_thing does not know ("a married couple claiming",
# "no one forecast"): speakers for the broad gate (_cannot_speak)
PEOPLE_WORDS = frozenset({"couple", "crowd", "audience", "majority", "minority", "chorus", "handful", "one", "ones",
                          "someone", "anyone", "everyone", "nobody", "somebody", "everybody", "anybody", "each"})


def _plainly_thing(tok: Token) -> bool:
    """A lower-case common noun with no agent suffix, no kin or people word, no person's
    possessive ("his father"): a thing for sure, not someone the tables do not know ("a narrator")."""
    w = _word(tok)
    if not tok.is_lower or w in KIN_NOUNS or tok.lower_ in KIN_NOUNS:
        return False
    if w.endswith(("er", "or", "ist", "ian", "ee", "ant", "ent", "ar", "eur", "ess", "man", "men", "ier", "yst")):
        return False
    return not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "my", "our", "your") for c in tok.children)


def _body_noun(tok: Token) -> bool:
    """A noun for a body that can speak, or a noun a name modifies ("the Trump campaign")."""
    return _word(tok) in BODY_WORDS or tok.lower_ in BODY_WORDS or any(
        c.dep_ in ("compound", "poss") and c.ent_type_ in ("PERSON", "ORG") for c in tok.children)


def _read_more_link(tok: Token) -> bool:
    """`tok` is the "Read" of a "Read more" link line run into the text with no stop ("From A to B: the
    books that defined the decade Read more Mehta, who ..., died"): page furniture, no verb of writing.
    Capitalised "Read" (or "READ") and "more" with no lower-case word after it; "read more than 200
    letters" and "Read more than ..." are the verb."""
    doc = tok.doc
    if tok.text not in ("Read", "READ") or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "more":
        return False
    nxt = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    return nxt is None or not (nxt.is_alpha and nxt.is_lower)


def read_more_links(doc: Doc) -> list[int]:
    """Indices of the "Read" of each "Read more" link line run into the text (see _read_more_link)."""
    return [t.i for t in doc if t.text in ("Read", "READ") and _read_more_link(t)]


def classify_token(tok: Token | None) -> ActGuess:
    """The act of an attribution whose cue is `tok` (None: a quote with no cue)."""
    if tok is None:
        return ActGuess("say", "quote")
    if _read_more_link(tok):
        return ActGuess("other", "other")  # "the books that defined the decade Read more Mehta ...": a link line
    low = tok.lower_
    if low == "talks" and tok.pos_ == "NOUN":
        return ActGuess("other", "other")  # "talks over the size of a force": negotiations
    if low == "according":
        to = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if pobj is not None and pobj.pos_ == "NOUN" and (pobj.lower_ in NORM_NOUNS or _word(pobj) in NORM_NOUNS):
            return ActGuess("other", "other")  # according to the constitution: a norm complied with
        kind = _subject_kind(pobj)
        if kind in ("document", "outlet"):
            return ActGuess("write", "medium")
        if kind == "data":
            return ActGuess("other", "data")
        return ActGuess("say", "according")
    if tok.text == ":" or tok.is_punct:
        return ActGuess("say", "colon")
    if tok.pos_ in ("NOUN", "PROPN"):
        act = next((NOUN_ACTS[w] for w in (tok.lemma_.lower(), low) if w in NOUN_ACTS), None)
        if act in ("say", "think") and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                and _subject_kind(_subject(tok.head)) in ("thing", "data"):
            return ActGuess("other", "other")  # the decision raises questions: nobody asks them
        if act is not None:
            return ActGuess(act, "noun" if act in STATEMENT_ACTS else act)
        return ActGuess("say", "clause")
    if tok.pos_ == "ADJ" or (tok.dep_ in ("acomp", "amod") and tok.tag_ == "VBN"):
        if low in ADJ_SAY:
            return ActGuess("say", "table")
        lem = _lemma(tok)  # "alleged", "continued": the verb's act
        if lem in SAY_VERBS - THINK_VERBS or lem in WRITE_VERBS:
            return _by_tables(tok, lem)
        return ActGuess("think", "think")
    lem = _lemma(tok)
    if tok.pos_ == "VERB" and _headline_passive(tok, lem):
        return ActGuess("other", "other")  # "Trump attacked for spending ...": he is the one attacked
    g = _verb_by_parse(tok, lem) or _by_tables(tok, lem)
    if g.rule == "clause" and _noun_read_as_verb(tok):
        return ActGuess("other", "other")  # "Las Vegas parents 'thrilled' with ...": a noun phrase, no verb
    if g.act == "say" and g.rule in ("cameo", "clause") and tok.pos_ == "VERB":
        # a verb that is speech only in one of its senses (CAMEO's "expose", "inspire", "comply"),
        # or an unknown verb with a clause, whose doer is a thing ("public outrage inspired the
        # law", "sportsbooks open for business"): an event, nobody speaks
        who = _agent(tok) if _passive(tok) else _subject(tok)
        if who is not None and who.pos_ == "NOUN" and _subject_kind(who) == "thing" \
                and not _body_noun(who) and _plainly_thing(who):
            return ActGuess("other", "other")
    if g.act in ("say", "think") or (g.act == "other" and lem in EVIDENCE_VERBS):
        kind = _subject_kind(_subject(tok))
        if kind == "data":
            return ActGuess("other", "data")  # polls show, the survey found, the poll asked: data do not speak
        if lem in EVIDENCE_VERBS and kind == "thing":
            return ActGuess("other", "other")  # his appointment suggests
        if kind in ("document", "outlet") or (g.act == "say" and (_medium(tok) == "written" or _written_host(tok))):
            return ActGuess("write", "medium")
    return g


def cue_token(doc: Doc, cue: Any) -> Token | None:
    """The word of a cue span that carries its meaning: the verb of `pointed out`, `according`
    of `according to`, else the span's root."""
    if cue is None:
        return None
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for t in span:
        if t.lower_ == "according":
            return t
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    if verbs:
        return verbs[0]
    return span.root


# the writer's own persons: outside a quotation, "we can acknowledge that", "you could argue that"
# are the article's voice (an editorial, an advice column), no one's reported statement
WRITER_PERSONS = frozenset({"we", "i", "you", "us", "me", "one", "your", "our", "my"})
# what is tweeted or posted that says nothing by itself
IMAGES = frozenset({"photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "pics", "image",
                    "images", "selfie", "selfies", "video", "videos", "clip", "clips", "gif", "gifs", "meme",
                    "memes", "link", "links", "snap", "snaps", "shot", "shots", "footage", "montage", "emoji"})
# where a page's text goes on ("Article continues below", "Story continues after the advertisement")
PAGE_PLACES = frozenset({"below", "above", "beneath", "overleaf", "underneath"})
PAGE_BREAKS = frozenset({"advertisement", "advert", "ad", "ads", "advertising", "page", "jump", "break", "video",
                         "sponsor", "sponsored"})
# what is launched and is no document ("launched an investigation", "launched a campaign")
LAUNCHED_ACTIONS = frozenset({"investigation", "investigations", "inquiry", "probe", "review", "audit", "campaign",
                              "operation", "offensive", "attack", "attacks", "strike", "strikes", "raid", "search",
                              "manhunt", "hunt", "bid", "drive", "effort", "initiative", "programme", "program",
                              "scheme", "project", "service", "app", "product", "company", "business", "career",
                              "missile", "missiles", "rocket", "rockets", "drone", "drones", "satellite", "fund"})


# finite verb tags: a clause that states something has one ("said the bill would pass")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _finite_clause(c: Token) -> bool:
    """`c` heads a finite clause: a finite verb or auxiliary of its own, "that" / "whether" / "if"
    as its mark, or a question word at its left edge ("asked how many ...")."""
    if c.tag_ in FINITE_TAGS or c.left_edge.lower_ in _QUESTION_WORDS - {"which"}:
        return True
    return any((k.dep_ in ("aux", "auxpass") and k.tag_ in FINITE_TAGS) or (
        k.dep_ == "mark" and k.lower_ in ("that", "whether", "if")) for k in c.children)


def _to_infinitive(tok: Token) -> bool:
    """The cue's complement is a to-infinitive ("promises to be a busy year", "threatens to become"),
    no proposition; not where it is one ("claims to have been cheated"), the speaker's own act
    stated ("vowed to appeal") or a directive of speech (DIRECTIVE_VERBS: a request in words is a statement)."""
    lem = _lemma(tok)
    if lem in CLAIM_VERBS or lem in DIRECTIVE_VERBS:
        return False  # "claims to have been defrauded": a proposition about the speaker
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > tok.i and any(
                k.dep_ == "aux" and k.lower_ == "to" for k in c.children):
            if lem in COMMISSIVE_VERBS and _lemma(c) not in RAISING_INF:
                return False  # "vowed to challenge", "threatens to shut down": the speaker's own act
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            if any(k.dep_ in ("xcomp", "acl", "relcl") and any(
                    m.dep_ == "aux" and m.lower_ == "to" for m in k.children) for g in c.children for k in g.children):
                return True
    return False


# a to-infinitive that is a proposition about the subject ("claims to have been defrauded")
CLAIM_VERBS = frozenset({"claim", "allege", "purport", "profess", "report", "say", "admit", "deny"})
# commissives: the speaker states what they will do ("vowed to challenge", "threatens to shut
# down"); but "promises to be a busy year", "threatens to become": a raising sense, nobody speaks
COMMISSIVE_VERBS = frozenset({"vow", "promise", "pledge", "threaten", "swear", "guarantee", "undertake"})
RAISING_INF = frozenset({"be", "become", "have", "seem", "appear", "prove", "get", "remain"})
# directives of speech ("urged all sides to show restraint", "called on the commission to
# announce", "asked the judge to hold a hearing"): statements (the standard settled for issue 15). The speech sets'
# gold and the purpose_clause passages count them statements; the hand-read samples 6-8 counted
# requests wrong. Taking them out (this set empty) hid 11 more shown items of samples 1-8 (all
# requests or appeals) and cost 5 gold statements of the speech sets (tune recall 95.9 -> 89.8,
# below its floor): a question of the standard, not of the parse, settled since (helper 5,
# docs/measurements.md): a request or appeal made in words is a statement, act say.
DIRECTIVE_VERBS = frozenset({"urge", "call", "ask", "appeal", "warn", "demand", "request", "plead", "beg",
                             "implore", "exhort", "press", "tell", "advise", "instruct", "order", "invite",
                             "encourage"})


# verbs whose every sense is communication: with no clause, what they take is what was said or
# talked about ("denied it", "spoke of their plans", "announced losses of £100m", "cried out
# something", "accused the BJP of weakening ...") - a speech event, which the standard counts as a
# statement (so do the SAY and WRITE tables and _says_something: see _speech_event).
SPEECH_EVENT_VERBS = frozenset({
    "say", "tell", "speak", "talk", "discuss", "mention", "deny", "confirm", "announce", "cite", "accuse",
    "blame", "criticize", "criticise", "condemn", "apologize", "apologise", "thank", "address", "cry", "shout",
    "yell", "scream", "whisper", "describe", "explain", "comment", "admit", "acknowledge", "claim", "report",
    "reveal", "disclose", "share", "state", "declare", "insist", "complain", "praise", "lament", "note",
    "remark", "recount", "testify", "brief", "inform", "notify", "warn", "allege", "argue", "assert", "refer",
    "outline"})


def _quantity_complement(tok: Token) -> bool:
    """What the verb takes is an amount or a price and nothing said ("is quoting at Rs 314",
    "responded with a 2% cut"): a market or a measure, no statement."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "with", "to", "by", "around", "near"):
            if any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") or (
                    t.like_num and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")) for t in c.subtree):
                return not any(k.dep_ in ("dobj", "ccomp", "dative") for k in tok.children)
    return False


def _speech_event(tok: Token) -> bool:
    """A speech event with no proposition that the standard still counts (PolNeAR's readers
    too): a verb of communication (the SAY and WRITE tables, SPEECH_EVENT_VERBS) or one that
    takes a noun of speech (_says_something), in the active or with its `by` agent, with no
    to-infinitive of another sense and no amount for all its complement."""
    lem = _lemma(tok)
    if _to_infinitive(tok) or _quantity_complement(tok):
        return False
    if _passive(tok) and _agent(tok) is None:
        return False
    return lem in SPEECH_EVENT_VERBS | SAY_VERBS | WRITE_VERBS or _says_something(tok)


# words of time that a parse can take for a subject ("GasBuddy, the app ..., today predicts that")
TIME_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently", "earlier",
                        "later", "then", "meanwhile", "week", "month", "year", "morning", "afternoon", "evening",
                        "night", "weekend", "this", "last", "next", "on", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday"})


def _time_speaker(doc: Doc, speaker: Any) -> bool:
    """The speaker span is only words of time ("today", "this week", "on Monday"): no one who can
    speak, a parse that took an adverb for the subject."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    return bool(words) and all(t.lower_ in TIME_WORDS or t.ent_type_ in ("DATE", "TIME") and t.pos_ != "PROPN"
                               for t in words)


def _propositional(doc: Doc, a: Any, tok: Token, content: bool = True, breaks: bool = False) -> bool:
    """Whether a reported (indirect) attribution carries a proposition: its cue governs a finite
    clause (a ccomp / parataxis with a verb of its own, a that-, whether- or wh-clause) or hangs on
    one ("..., he added"), a quotation stands beside it, or its content holds a finite verb of its
    own. Not a to-infinitive ("asked X to hold a hearing", "demand to provide", "promises to be"),
    an object noun phrase or a prepositional phrase with no clause ("responded with a
    demonstration", "pleaded not guilty to murder", "is quoting at Rs 314"), a bare verb: a
    request, an action, a plea, no statement."""
    if tok.lower_ == "according" or tok.is_punct or tok.pos_ in ("NOUN", "PROPN"):
        return True  # an "according to" frame, "Name: ...", a noun cue (its own rules)
    if tok.dep_ in ("parataxis", "ccomp") and tok.head is not tok and tok.head.i < tok.i:
        return True  # "The bill will pass, he said": the clause it reports is its head
    for c in tok.children:
        if breaks and c.i > tok.i and any(t.is_space and "\n" in t.text for t in doc[tok.i + 1: c.left_edge.i]):
            continue  # (with `breaks`, nothing past a paragraph break: a title glued on)
        if c.dep_ in ("ccomp", "parataxis", "csubj") and _finite_clause(c):
            return True
        if c.dep_ == "mark" and c.lower_ == "that":
            return True
        if c.dep_ in ("oprd", "ccomp", "acomp") and c.lower_ not in PRONOUNCED_STATES and any(
                k.dep_ == "dobj" for k in tok.children):
            return True  # a small clause: "called climate change a hoax", "called the charges unfounded"
        if c.dep_ == "prep" and c.lower_ == "as" and not _passive(tok) and any(
                k.dep_ == "dobj" or (k.dep_ == "prep" and k.lower_ == "to") for k in tok.children):
            return True  # "derided the deal as toothless", "referred to X as Y"
    near = doc[max(tok.sent.start, tok.i - 3): min(tok.sent.end, tok.i + 4)]
    if any((t.text in _QUOTES and t.tag_ != "POS") or t.text in ("``", "''") for t in near):
        return True  # not the possessive mark of "the farmers' union"
    if any(c.dep_ == "advcl" and _lemma(c) in DIRECTIVE_VERBS | SPEECH_EVENT_VERBS and any(
            k.dep_ == "aux" and k.lower_ == "to" for k in c.children) for c in tok.children):
        return True  # "wrote to residents to encourage them to report ...": what was written is that
    inf = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > tok.i and any(
        k.dep_ == "aux" and k.lower_ == "to" for k in c.children)), None)
    if inf is not None:
        # "claims to have been defrauded", "vowed to challenge": a proposition about the speaker or
        # the speaker's own act stated; else ("asked X to hold a hearing to decide whether ...") the
        # clause is a request's
        return not _to_infinitive(tok)
    if not content:
        return False
    for piece in a.content:
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is None:
            continue
        if any(t.text in _QUOTES and t.tag_ != "POS" for t in span):
            return True
        if any(t.i != tok.i and t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in span):
            return True
    return False


# verbs of communication that also name an activity with no words reported ("wrote for a newspaper",
# "retweeted a video", "posted a clip", "adding 65 field offices", "officers responding to a call")
ACTIVITY_SENSE = WRITE_VERBS | frozenset({"add", "respond", "reply", "answer", "react", "share"})
# what is written, posted or shared that is no speech: a recording or a work (a video, a clip, a film)
SHOWN_MEDIA = frozenset({"video", "videos", "clip", "clips", "film", "films", "footage", "movie", "documentary",
                         "commercial", "broadcast", "livestream", "song", "meme", "memes", "gif", "gifs", "link",
                         "links"})
# what a responder answers in words ("police responded to the allegations")
WORDS_ANSWERED = frozenset({"allegation", "allegations", "claim", "claims", "question", "questions", "criticism",
                            "criticisms", "accusation", "accusations", "complaint",
                            "complaints", "query", "queries", "letter", "request", "requests", "statement", "comments"})
# words for what is said that the tables do not hold ("retweeted their expressions of support")
SPOKEN_WORDS = frozenset({"tweet", "tweets", "words", "word", "thoughts", "views", "condolences", "expression",
                          "expressions", "research", "finding", "greetings", "wishes", "congratulations", "tribute",
                          "tributes", "apology", "message", "messages"})
# a place one writes for: a paper, a magazine, a site (a name is read by its type)
WRITE_FOR = OUTLET_WORDS | frozenset({"newspaper", "newspapers", "paper", "papers", "magazine", "magazines",
                                      "website", "site", "blog", "publication", "publications", "outlet", "outlets",
                                      "column", "series", "show", "programme", "program", "journal", "journals"})


def _speechy(n: Token, people: bool = True) -> bool:
    """A complement that is speech, a document or (with `people`) someone spoken to ("wrote a
    letter", "responded to the criticism", "wrote to the minister", "posted it"), not a recording
    or a thing."""
    w = _word(n)
    if n.pos_ == "PRON" or (people and (_is_speaker(n) or n.ent_type_ in ("PERSON", "NORP", "GPE"))):
        return True
    if w in SHOWN_MEDIA or n.lower_ in SHOWN_MEDIA:
        return False
    if any(c.dep_ in ("acl", "relcl") and c.i != n.i and (_lemma(c) in EVIDENCE_VERBS or any(
            k.dep_ in ("ccomp", "csubj") or (k.dep_ == "mark" and k.lower_ == "that") for k in c.children))
           for c in n.subtree):
        return True  # "published research showing that ...", "portions of returns that showed X lost": a finding
    return NOUN_ACTS.get(w) in ("say", "write") or n.lower_ in NOUN_ACTS or w in DOCUMENTS or w in SPOKEN \
        or w in DATA_NOUNS or n.lower_ in DATA_NOUNS or w in DISCOURSE_WITH or w in SPOKEN_WORDS


# passing on a piece someone published (sample 16's "Klobuchar shared the article and said: ..."):
# a deed, as "retweeted a video"; her own words are reported where she says them
PASS_ON_VERBS = frozenset({"share", "retweet"})
PIECES = frozenset({"article", "articles", "story", "stories", "piece", "pieces", "column", "columns", "op-ed",
                    "op-eds", "headline", "headlines", "write-up", "obituary"})


def _passed_on(o: Token) -> bool:
    """An object of "shared" / "retweeted" that is a published piece passed on ("the article", "a
    story about the fire"), not one's own ("her story", "his column") nor a story told ("the story
    of her escape")."""
    if _word(o) not in PIECES and o.lower_ not in PIECES:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)


def _activity_use(doc: Doc, a: Any, tok: Token) -> bool:
    """The broad gate's half for a verb of communication with no clause and no quotation near that
    also names an activity: what it takes is no speech - an object that is a thing ("retweeted a
    video", "adding 65 field offices", "added a striker to the squad"), "for" a paper ("wrote for
    the Courier"), or a responder's "responding to a call". A speech event whose content is
    elsewhere stays: "wrote a letter", "wrote to the minister", "responded to critics", "she wrote",
    "posted on Facebook", and the verbs that are speech in every sense ("spoke to reporters",
    "declined to comment" has its own rule, "X said." after a quotation)."""
    lem = _lemma(tok)
    if lem not in ACTIVITY_SENSE or tok.pos_ not in ("VERB", "AUX") or _propositional(doc, a, tok, content=False,
                                                                                  breaks=True):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("ccomp", "xcomp", "csubj", "parataxis", "advcl") and c.tag_ == "VBG"
           and _lemma(c) in SAY_VERBS | WRITE_VERBS | SPEECH_EVENT_VERBS for c in kids):
        return False  # "posted a video, saying ...": what the post says is reported
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    preps = [(c.lower_, [g for g in c.children if g.dep_ == "pobj"]) for c in kids if c.dep_ in ("prep", "agent")]
    if lem in PASS_ON_VERBS and objs and all(_passed_on(o) for o in objs):
        return True  # "Klobuchar shared the article", "retweeted the story": a piece passed on, nothing said
    if any(_speechy(o, people=lem != "add") for o in objs):
        return False  # (one adds staff or offices to a thing, and speaks to no one by it)
    if lem in ("respond", "react", "answer") and not objs and (subj := _subject(tok)) is not None \
            and (subj.lower_ in RESPONDERS or _word(subj) in RESPONDERS):
        tos = [g for p, gs in preps if p == "to" for g in gs]
        if tos and not any(g.pos_ == "PRON" or _is_speaker(g) or _word(g) in WORDS_ANSWERED
                           or (_word(g) != "call" and NOUN_ACTS.get(_word(g)) in ("say", "write")) for g in tos):
            return True  # "Officers had been responding to a call of shots fired": an emergency answered
    if any(p in ("to", "about", "over", "with", "at", "into") and any(_speechy(g) for g in gs) for p, gs in preps):
        return False  # "wrote to the minister", "responded to critics", "wrote about the war"
    if objs:
        return all(o.pos_ in ("NOUN", "PROPN", "NUM") for o in objs)  # a thing: "retweeted a video"
    if lem in WRITE_VERBS and any(p == "for" and any(
            _word(g) in WRITE_FOR or g.lower_ in WRITE_FOR or g.ent_type_ in ("ORG", "WORK_OF_ART")
            for g in gs) for p, gs in preps):
        return True  # "wrote for California's oldest newspaper": a job
    if lem in ("respond", "react", "answer") and (subj := _subject(tok)) is not None \
            and (subj.lower_ in RESPONDERS or _word(subj) in RESPONDERS) and any(p == "to" for p, _ in preps):
        return True  # "Officers had been responding to a call of shots fired"
    return False


# recordings and pictures: they show, nobody states ("New video shows men throw a chair at ...",
# "Footage released by police shows ..."); what they show is an event, what someone says about it is
# someone's
RECORDINGS = IMAGES | frozenset({"recording", "recordings", "camera", "cameras", "cctv", "dashcam", "bodycam",
                                 "livestream", "scan", "scans", "x-ray", "map", "maps", "chart", "charts",
                                 "graph", "graphs", "graphic", "graphics", "screenshot", "screenshots"})


def _span_head(doc: Doc, span_like: Any) -> Token | None:
    span = doc.char_span(span_like.start, span_like.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    words = [t for t in span if not t.is_punct]
    return span.root if words else None


def _cannot_speak(doc: Doc, a: Any, tok: Token) -> bool:
    """The broad gate's speaker half: the one shown saying it is a person, a group, a body, an
    outlet, a document or a medium that states - not a thing or an event ("according to the
    subject": depending on it; "a better time than any"), nor a recording or a picture, which shows
    and states nothing ("the video shows men throw a chair"; "the clip says" is an ad speaking)."""
    head = _span_head(doc, a.speaker) if a.speaker is not None else None
    according = tok.lower_ == "according"
    if according:
        to = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        head = next((c for c in to.children if c.dep_ == "pobj"), head) if to is not None else head
    if head is None or head.pos_ != "NOUN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.is_punct:
        return False  # a name, a pronoun, a headline's "X: ...": their own rules
    w = _word(head)
    if w in RECORDINGS or head.lower_ in RECORDINGS:
        return _lemma(tok) not in SPEECH_EVENT_VERBS | SAY_VERBS | WRITE_VERBS or _lemma(tok) in EVIDENCE_VERBS
    if w in SPOKEN or head.lower_ in SPOKEN or NOUN_ACTS.get(w) in ("say", "write") or _body_noun(head) \
            or w in ORG_NOUNS:
        return False  # "according to interviews", "the statement said", "the campaign said"
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from", "among") and any(
            g.dep_ == "pobj" and (g.pos_ in ("PROPN", "PRON") or _is_speaker(g) or _body_noun(g)) for g in c.children)
           for c in head.children):
        return False  # "a chorus of Republicans said", "a lesson from Loretta Lynch: ..."
    if head.tag_ in ("NNS", "NNPS") and not according:
        return False  # "The housemates said": a plural doer is most often people (so "celebrities repeat
        # their favourite outfits", a deed, stays shown: the gate does not reach it)
    if _subject_kind(head) != "thing" or not _plainly_thing(head) or w in PEOPLE_WORDS or any(
            c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))
            for c in head.children):
        return False  # a speaker, an outlet, a document, data (their own rule), a noun a name modifies
    # a thing: "according to" it is no source; a verb done by it reports nothing unless it says a
    # clause ("The housemates said that ...": a noun for people the tables do not know)
    return according or not _propositional(doc, a, tok)


# what a threat or a warning names in words ("threatened him with arrest"): acts and sanctions, not things
SANCTIONS = frozenset({"arrest", "jail", "prison", "death", "sanction", "fine", "ban", "suit", "lawsuit", "charge",
                       "violence", "force", "war", "strike", "retaliation", "dismissal", "expulsion", "eviction",
                       "deportation", "closure", "penalty", "punishment", "consequence", "reprisal", "boycott",
                       "veto", "impeachment", "resignation", "sack", "action", "measure", "step", "tariff", "levy"})
ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ure", "ing", "cy", "ism", "ness", "age")
# nouns for organisations not in BODY_WORDS ("the fund predicted", "according to the institute")
ORG_NOUNS = frozenset({"fund", "bank", "institute", "institution", "foundation", "centre", "center", "bureau",
                       "service", "trust", "society", "charity", "secretariat", "registry", "watchdog",
                       "regulator", "exchange", "observatory", "laboratory", "lab", "unit", "division", "branch",
                       "desk", "outlet", "channel", "broadcaster", "network", "platform", "app", "website"})


def _instrument_deed(tok: Token) -> bool:
    """The broad gate's content half for a verb with no proposition: a verb that is speech in
    some senses only (not SPEECH_EVENT_VERBS) done to someone with a thing - "threatened him with
    a stick", "greeted them with flowers" - not with an act or a sanction, which a threat or a
    warning names in words ("threatened them with legal action / arrest / fines"), nor with words."""
    if _lemma(tok) in SPEECH_EVENT_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or any(c.pos_ == "NOUN" and not _deed_object(c) for c in objs):
        return False  # "responded with a blockade" has its own rule; "released a brochure with ..." is a document
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            if any(g.dep_ == "pobj" and g.pos_ == "NOUN" and _plainly_thing(g) and _deed_object(g) for g in c.children):
                return True  # "threatened him with a stick", "greeted them with flowers"
    return False


def _deed_object(n: Token) -> bool:
    """A noun that names no speech, no document, no act or sanction, no abstraction (by its
    suffix): a thing one does something with ("a stick", "flowers")."""
    w = _word(n)
    return w not in SPOKEN and w not in DOCUMENTS and w not in NOUN_ACTS and n.lower_ not in NOUN_ACTS \
        and w not in DISCOURSE_WITH and w not in SANCTIONS and not w.endswith(ABSTRACT_SUFFIXES)


def _noun_without_speech(doc: Doc, a: Any, tok: Token) -> bool:
    """A noun cue that is no noun of speech ("a show of support", "a term ... to express dismay")
    reports something only with a clause of its own or a quotation beside it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ == "according":
        return False
    if any(NOUN_ACTS.get(w) is not None or w in SAY_VERBS | WRITE_VERBS | SPEECH_EVENT_VERBS
           for w in (tok.lemma_.lower(), tok.lower_)):
        return False  # a noun of speech, or one a verb of speech names ("a rant about")
    if any(c.dep_ in ("acl", "ccomp", "relcl", "appos") and _finite_clause(c) for c in tok.children):
        return False
    near = doc[max(tok.sent.start, tok.i - 3): min(tok.sent.end, tok.i + 4)]
    if any((t.text in _QUOTES and t.tag_ != "POS") or t.text in ("``", "''") for t in near):
        return False
    for piece in a.content:
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is not None and any(t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in span):
            return False
    return True


def classify(doc: Doc, atts: list, scores: dict[int, float] | None = None,
             in_quote: Any = None) -> None:
    """Set `act` and `act_score` on each attribution (offsets into doc.text); `scores`: the
    candidate scorer's probability per id(attribution), where it scored one; `in_quote(x)`:
    whether offset x lies inside a quotation (the writer's "we" is read only outside one)."""
    scores = scores or {}
    for a in atts:
        tok = cue_token(doc, a.cue)
        g = classify_token(tok)
        p_att = scores.get(id(a))
        if p_att is None:
            origin = "alone" if a.cue is None else ("according" if tok is not None and tok.lower_ == "according"
                                                    else "direct" if a.kind == "direct" else "other")
            p_att = ORIGIN_PRECISION[origin]
        if a.kind in ("indirect", "partial") and g.act in STATEMENT_ACTS and (
                a.cue is None or a.speaker is None):
            # reported words with nobody saying them ("Anyone with information is asked to
            # contact police", a headline fragment "Announced in a brief release") or no cue at
            # all (a standfirst read as a report): no one's statement to show
            g = ActGuess("other", "other")
        if a.kind == "indirect" and g.act in STATEMENT_ACTS and tok is not None \
                and not _propositional(doc, a, tok) and not _speech_event(tok):
            g = ActGuess("other", "other")  # no proposition reported: a request, an action, a plea
        if a.kind != "direct" and g.act in STATEMENT_ACTS and tok is not None and (
                _cannot_speak(doc, a, tok) or _noun_without_speech(doc, a, tok) or (
                    a.kind == "indirect" and tok.pos_ in ("VERB", "AUX") and not _propositional(doc, a, tok)
                    and _instrument_deed(tok)) or (a.kind == "indirect" and _activity_use(doc, a, tok))):
            g = ActGuess("other", "other")  # the broad gate: nobody who can speak, or nothing stated
        if a.kind != "direct" and g.act in STATEMENT_ACTS and a.speaker is not None and _time_speaker(doc, a.speaker):
            g = ActGuess("other", "other")  # "today predicts": an adverb of time cannot speak
        if a.kind in ("indirect", "partial") and g.act in STATEMENT_ACTS and a.speaker is not None \
                and a.speaker.text.strip().lower() in WRITER_PERSONS and in_quote is not None \
                and a.cue is not None and not in_quote(a.cue.start) and not in_quote(a.speaker.start):
            g = ActGuess("other", "other")  # the writer's own "we" / "you": no reported statement
        a.act = g.act
        a.act_score = round(float(p_att) * g.p_statement, 4)
