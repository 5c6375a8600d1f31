"""Disagreements: where the reports of one story give different values for the same thing.

Figures. Two figures from different reports of a story are about the same thing when they
count in the same unit, per the same period ("a day" is not a total), and what they count
agrees: the same kind of event (killed, injured, displaced, arrested, ...: the verb or noun the
figure hangs on, read through a small table of the kinds of count news reports give), or the
same counted noun, and their sentences share enough of their other words. Figures that report a
change ("rose to 41", "up 3%") are updates, not claims about the first value, and are left out
(but "lost 46 containers" counts what was lost). A forecast ("analysts had expected 710 million")
is compared only with forecasts; two measures that say what they are of ("minutes of stoppage
time", "a minute's silence") must share a word of it. Values are compared as numbers, so "1.2
million" and "1,200,000" or "forty-two" and "42" are one value; a disagreement is a group of
same-thing figures from at least two reports holding at least two values that no one outlet gave
both of on one day (a wire updating its own figure is no disagreement between outlets), and no
disagreement at all where the count grows or falls (a toll) and one outlet is seen changing it.
A limit ("a maximum of 120 passengers", "up to 15 years") is compared only with limits, and
reports more than a week apart are not compared (a later state, or a later event of the same kind
taken for the same story).
A count at an hour ("55 percent by 17:00", "so far") is compared only with such counts, a
sub-group ("youth unemployment") only with the same sub-group, a length ("11 metres long") only
with the same dimension; a bare "magnitude as 6.3" has the unit magnitude, and a list of workers
("1,800 deckhands, engineers and ticket staff") counts people. Two figures whose verbs do two
different things to the counted thing (VERB_ROLES: lose, make, have, take in, give out: "will cost
1,200 jobs" vs "would create 2,000 jobs") are not compared unless one kind of count holds both;
what someone wants, asks for or proposes ("is demanding 8 percent", "proposed a budget of 42
million") is compared only with what is wanted, not with what was done or agreed.

Quotes. One speaker's words quoted by two reports that are plainly the same statement (most of
the words shared) but not word for word.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from .text import days_apart, norm, published_instant, sentences, words
from .unionfind import root

# kinds of counts news reports give: a stem of the word the figure hangs on -> its kind
KINDS: dict[str, tuple[str, ...]] = {
    "death": ("kill", "dead", "die", "death", "toll", "fatal", "live", "life", "bodies", "body", "perish", "drown", "victim"),
    "injury": ("injur", "wound", "hurt", "hospital", "treated", "burn"),
    "displacement": ("displac", "evacua", "homeless", "shelter", "flee", "fled", "refuge", "tent", "relocat"),
    "missing": ("missing", "unaccount"),
    # "14 miners trapped", "11 men remain trapped": a count that falls as people are brought out
    "trapped": ("trapped", "strand", "entomb"),
    "arrest": ("arrest", "detain", "detent", "custody", "held", "jail"),
    # "a helicopter winched two men from a life raft", "airlifted": brought out alive
    "rescue": ("rescu", "pulled", "saved", "alive", "winch", "airlift"),
    "protest": ("protest", "march", "demonstr", "rall", "strik", "walkout"),
    "money": ("fund", "aid", "pledg", "donat", "grant", "loan", "cost", "spend", "budget", "compensat"),
    # what was lost is not what is given: "put the damage at 60 million euros" vs "approved 25
    # million euros in emergency aid"
    "damage": ("damag", "destr", "loss"),
    "vote": ("vote", "ballot", "turnout", "seat", "elect"),
    "aboard": ("aboard", "onboard", "board", "carry", "carri", "passeng", "crew"),
}
KIND_WINDOW = 60  # characters after a figure read for its kind when its verb and noun say nothing
# "drove 12,000 people from their homes", "forced out of their homes": displacement said as a phrase
_FROM_HOMES = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:from|out of) (?:their|his|her|its) (?:homes?|houses?|villages?)\b", re.I)
# "spent the night in schools, sports halls and a church": shelter said as a phrase
_NIGHT_IN = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:spent|spend|spending|passed) (?:the|a|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|last) ?(?:night|nights|day|days)? in (?:\w+ ){0,2}(?:schools?|tents?|sports halls?|"
                       r"gyms?|gymnasiums?|churches|church|shelters?|camps?|halls?)\b", re.I)
# "burned to death", "were crushed to death": killed, whatever the verb
_TO_DEATH = re.compile(r"^\W*(?:\w+\W+){0,4}?to death\b", re.I)
# "recovered the bodies of three miners": dead, whatever the verb ("pulled", "recovered")
_BODIES_BEFORE = re.compile(r"\b(?:bodies|body|remains|corpses) of (?:the |all |another |a further )?$", re.I)
# "Around 350 people were on the train, according to the hospital": those on board (the hospital
# says it; they are not its injured)
# ("90 seconds after lift-off on its first flight" is no one on board)
_ON_BOARD = re.compile(r"^\W*(?:(?:people|passengers|crew|others)\s+)?"
                       r"(?:(?:were|was|are|is|had been|have been)\s+(?:\w+\s+)?)?(?:on board|aboard|"
                       r"on (?:the|that|this|a|her|his|its) (?:\w+ )?"
                       r"(?:train|bus|coach|ship|ferry|boat|plane|vessel|aircraft|jet)s?)\b", re.I)
_DEAD_AFTER = re.compile(r"\b(?:dead|died|killed|drowned)\b", re.I)
# "The ferry had 208 people on board, including six Vessland citizens": a part of those aboard
_INCLUDING_ON_BOARD = re.compile(r"\b(?:on board|aboard)\b[^.;]{0,25}\b(?:including|among them)\s+$", re.I)
# "crossings are only stopped when winds exceed 90 kilometres an hour": a threshold set, a limit
_THRESHOLD_BEFORE = re.compile(r"\b(?:when|if|once|unless)\b[^.;\d]{0,30}\b(?:exceeds?|exceeding|tops?|passes|"
                               r"goes? above|rises? above|is above|are above|reaches|hits)\s+$", re.I)
# "Analysts had on average expected a net profit of 710 million": a forecast, compared only with
# forecasts, never with the result ("to 742 million, beating expectations" is the result); "is
# expected to cost 2.4 billion" is what the subject will do, as "will cost 2.9 billion" is: no forecast
_FORECAST_BEFORE = re.compile(
    r"\b(?:expect(?:ed|s|ing|ations?)?|forecasts?|forecasting|predict(?:ed|s|ing|ions?)?|anticipated|consensus|"
    r"analysts'? estimates?|estimates? of analysts)\b(?!\s+to\b)[^.;,]{0,60}$", re.I)
_EXPECTED_AFTER = re.compile(r"^[^.;,\d]{0,20}?\b(?:is|are|was|were)\s+(?:expected|forecast|predicted)\b(?!\s+to\b)", re.I)
# "gusts of up to 120 km/h still possible": what may come, not what was measured
_POSSIBLE_AFTER = re.compile(r"^[^.;,\d]{0,12}?\b(?:still |also )?(?:possible|likely)\b", re.I)
# "three minutes of stoppage time", "a minute's silence": what a length, amount or measure is of
# (its words up to three; "of pine forest" and "of forest and farmland" share one, so may be one thing)
_OF_NOUN = re.compile(r"^(?:['’]s?|\s+of)\s+([a-z]+(?:[ -][a-z]+){0,2})", re.I)
_NOT_NOUNS = frozenset("the a an this that these those their his her its our your my all each every some any "
                       "them us it which what".split())
# counted nouns that are people of one kind of count: "60,000 marchers" and "about 18,000 people"
# at one march, "11 arrests" and "14 people were arrested": head counts, compared as people
PERSON_UNITS = {"marcher": "protest", "protester": "protest", "protestor": "protest", "demonstrator": "protest",
                "rioter": "protest", "arrest": "arrest", "detainee": "arrest", "death": "death",
                "fatality": "death", "injury": "injury", "evacuee": "displacement",
                # a crowd at a match or a show is counted as one at a march: "a crowd of 41,200", "40,000 supporters"
                "supporter": "protest", "spectator": "protest", "fan": "protest"}
# a force's strength, as the counted noun of a head count of no kind ("more than 13,000 troops", "some
# 12,000 uniformed personnel"): one kind, so that two outlets' counts of one force meet
FORCE_NOUNS = {"troop": "force", "soldier": "force", "personnel": "force", "peacekeeper": "force"}
# police and organisers count one crowd far apart ("18,000, police said" vs "60,000, the organisers
# said"): a head count at a protest may differ by this factor and still be one crowd
MAX_RATIO_CROWD = 5.0
# Counted things with more than one name, by what is counted, not by wording: a power cut or an
# outage is counted by connection, and outlets name the connection as the house ("homes",
# "households", "dwellings", "residences": one meter each) or as the account ("customers",
# "subscribers", "users", "clients", "account holders": one contract each). One class: a utility's
# "1.4 million customers" are a broadcaster's "1.6 million homes and businesses" (over invented..118,
# +3 found, none wrong more, no false alarm more, against two classes). People, residents and
# families are not in it (a head count is not a count of connections).
COUNTED_CLASSES = {"home": "household", "household": "household", "house": "household", "dwelling": "household",
                   "residence": "household", "customer": "household", "subscriber": "household", "user": "household",
                   "client": "household", "account": "household", "connection": "household"}
# "lost 46 containers overboard": the figures stage reads a change ("lost 5%"); a count of things
# lost is what is reported, and is compared
_LOST = frozenset("lost lose loses losing shed sheds shedding cut cuts cutting axe axes axed axing slash slashes slashed "
                  "slashing eliminate eliminates eliminated eliminating".split())
# "fell to 3.1 per cent", "rose to a record 41%", "was cut to 2.5%": the level reached
_TO_LEVEL = re.compile(r"\b(?:fell|falls?|falling|dropped|drops?|dropping|rose|rises?|rising|climbed|climbs?|"
                       r"declined|declines?|slipped|slips?|eased|eases?|jumped|jumps?|increased|decreased|"
                       r"cut|cuts|lowered|raised|reduced|(?:went|gone|goes) (?:up|down)|edged (?:up|down))"
                       r"\s+to\s+(?:a\s+(?:record|new|low|high|[a-z]+-(?:year|month|week)\s+(?:low|high))\s+(?:of\s+)?)?"
                       r"(?:about |around |some |nearly |almost |roughly |just )?\S*$", re.I)
# a peak ("the highest gust", "at the height of the storm", "at its peak"): the most of a thing
_PEAK = re.compile(r"\b(?:highest|strongest|fastest|peak(?:ed)?|maximum|at (?:the|its) height|at (?:the|its) worst)\b", re.I)
_AT_MOST = re.compile(r"\b(?:no more than|not more than|at most|up to|as much as|as many as)\b", re.I)
# the figure's noun phrase then a past verb of its own: "... 300 kilograms of ammonia escaped", "... were spilled"
_PAST_AFTER = re.compile(r"^[^.;:,\d]{0,40}?\b(?:(?:had|have|has|was|were)\s+(?:been\s+)?)?"
                         r"(?!need|feed|seed|speed|bleed|breed|proceed|exceed|succeed|red\b|bed\b)[a-z]{3,}ed\b(?!\s+(?:to|by)\b)", re.I)
_NEXT_COUNT = re.compile(r"\s*(?:,\s*)?\b(?:and|but)\s+(?=(?:no|none|zero)\b)", re.I)
# "4,000 jobs had been lost", "300 posts were cut": a count of what was lost, said in the passive
_LOST_AFTER = re.compile(r"^\W*(?:[a-z]+\s+){0,2}?(?:had|have|has|were|was|are|is|will be|would be)\s+(?:been\s+)?"
                         r"(?:lost|cut|shed|axed|slashed|eliminated)\b", re.I)
# "prepared to pay around 7 million", "Velmar will pay 41.50 ducats", "an offer of 30 million": an offer
_OFFER_BEFORE = re.compile(r"(?:\b(?:prepared|willing|ready|offered|offering|offers) to pay|"
                           r"\b(?:offer|bid) of)\s+(?:about |around |some |up to |roughly |nearly )?$", re.I)
# what someone wants, asks for or proposes, not what was done or agreed: "is demanding a pay rise of
# 8 percent" vs "agreed a pay rise of 5 percent", "proposed a budget of 42 million" vs "approved a
# budget of 36 million", "an asking price of 9 million" vs "was sold for 7 million", "wants renewables to
# supply 40 percent" vs "supplied 33 percent", "sought 12 seats" vs "won 9 seats", "must cut its
# emissions by 6 percent a year" vs "cut its emissions by 2 percent a year"
_WISH_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?(?!\s+for\s+(?!an?\b|the\b))|propos(?:e|es|ed|ing|als?)|ask(?:s|ed|ing)? for|asking price|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|"
    r"targets?|targeted|targeting|aim(?:s|ed|ing)? (?:to|for|at)|goal (?:of|is|was)|call(?:s|ed|ing)? for|push(?:es|ed|ing)? for|"
    r"press(?:es|ed|ing)? for|request(?:s|ed|ing)?|(?:pay )?claim (?:of|for)|hop(?:e|es|ed|ing) (?:to|for)|"
    r"needs?|needed|must|ha(?:s|ve) to|wish(?:es|ed)?|possibly|perhaps|maybe)\b[^.;,]{0,60}$", re.I)
# "Velmar will pay 41.50 ducats for each Brannock share": a buyer's price a share (not "would pay $40
# million for a team of engineers", a sum promised)
_PAY_BEFORE = re.compile(r"\b(?:will|would) pay\s+$", re.I)
_A_SHARE_AFTER = re.compile(r"^[^.;\d]{0,30}?\b(?:each|a|per) (?:[A-Z]\w+ )?share\b")
# "police put the crowd at about 25,000": a crowd's size, named before the figure
_CROWD_BEFORE = re.compile(r"\bcrowds?\b[^.;]{0,25}$", re.I)
# what stands before a figure's sentence (cut from the words read before it)
_SENTENCE_BEFORE = re.compile(r"^.*(?:[.!?][\"'’”)]?\s+|\n)", re.S)
# "a maximum of 120 passengers", "up to 15 years": a limit, compared only with limits ("add up to" is a sum)
_LIMIT = re.compile(r"\b(?:maximum|max|capacity|ceiling|(?<!\badd )(?<!\badds )(?<!\badded )(?<!\badding )up to|at most|no more than|limit(?:ed)? (?:of|to)|cap(?:ped)? (?:of|at))\b", re.I)
# what a thing can take ("can handle 5,400 passengers a day"): its capacity, a limit ("will be able to handle" is
# told of what it will do, as "will handle" is)
_CAN_HOLD_BEFORE = re.compile(r"\b(?:can|could)\s+(?:now\s+)?(?:hold|handle|carry|process|seat|"
                              r"take|accommodate|house|treat|store|serve)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# a cap or a ceiling set to a figure ("The price cap for a typical household ... will fall to 1,840
# lenn a year"): the cap's value, a limit
_CAP_SUBJECT = re.compile(r"\b(?:cap|ceiling|limit)\b(?:(?!\b(?:and|but|while)\b)[^.;\d]){0,120}\b(?:fall|falls|fell|rise|rises|rose|"
                          r"go|goes|drop|drops|increase|increases|be\s+(?:set|raised|cut|lowered))\s+(?:to|at)\s+$", re.I)
# "each farm can claim a maximum of 45,000", "each household will receive": what one of them gets
_EACH_SUBJECT = re.compile(r"\beach\s+[a-z]+\s+(?:can|will|may|would|could)?\s*(?:claim|receive|get|gets|receives|pay|pays|"
                           r"be\s+paid|be\s+given)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|about\s+|around\s+)?$", re.I)
# "gusts of up to 190 km/h": the peak of a speed measured, not a limit set (a speed limit says "limit")
# "340 boats will again be licensed to fish": what a licence or a deal allows is a cap, as "up to 430
# boats ... would be licensed" is (not a count of what was done)
_ALLOWED_AFTER = re.compile(r"^[^.;\d]{0,40}?\b(?:will|would|may|can|could|are to|is to)\s+(?:again\s+|still\s+|now\s+|only\s+)?"
                            r"be\s+(?:licensed|allowed|permitted|authori[sz]ed)\b", re.I)
# "above the 50 per cent that the law requires", "the 40 per cent needed for the result to bind",
# "short of the 101 it needed", "a quorum of 40": what is needed, a threshold set, not a count made
# ("300 workers were required to leave" is what they had to do)
_NEEDED_AFTER = re.compile(r"^\s*(?:(?:that|which)\s+)?(?:(?!(?:were|was|are|is|be|been|being)\b)[\w'’-]+\s+){0,3}?"
                           r"(?:needed|required|requires|require|necessary)\b"
                           # (what is needed for something; "250 runners needed treatment" is runners who needed it)
                           r"(?=\s*(?:$|[.,;:)]|(?:for|to|by|under|in|if|before|at|so)\b))", re.I)
_NEEDED_BEFORE = re.compile(r"\b(?:threshold|quorum|minimum)\s+(?:of\s+)?(?:at least\s+)?$", re.I)
_UP_TO = re.compile(r"\bup to\b", re.I)
# what makes "up to" an estimate's top (a guess at what is or will be), not a limit set
_ESTIMATE = re.compile(r"\b(?:estimat\w*|expect\w*|could|may|might|fear\w*|warn\w*|predict\w*|forecast\w*|"
                       r"put\s+(?:it\s+|the\s+\w+\s+)?at|projected|likely|believed|thought)\b", re.I)
# what makes it a limit whatever the verb: a cap, a sentence, a fine, a capacity, a rule
_CAP = re.compile(r"\b(?:cap\w*|ceiling|limit\w*|maximum|faces?|facing|punishable|sentenc\w*|jail|prison|fine[sd]?|"
                  r"hold|holds|carry|carries|seat|seats|accommodat\w*|allow\w*|permit\w*|entitled|eligible|"
                  r"borrow\w*|lend\w*|grants?|subsid\w*|compensation|payouts?)\b", re.I)
_MODAL = re.compile(r"\b(?:will|would|can|could|may|might|shall|should|must|allowed|permitted|able)\b", re.I)
MAX_DAYS_APART = 7  # figures of reports further apart than this are of a later state or a later event
# the score at which two figures (each the other's best) are about the same thing; under
# MATCH_SURE only where the two sentences share a word and no other figure of either report counts
# the same noun (0.35 for all until the seventeenth session: pooled over invented..62, post hoc,
# the band so limited found 461 of 745 where 0.35 alone found 456, with 39 false alarms for 43)
MATCH_MIN = 0.25
MATCH_SURE = 0.35
# the score's weights: the same kind of count, the same counted noun, a unit more specific than
# people or percent (scripts/tune_disagreements.py chooses them by leave-one-corpus-out CV)
KIND_WEIGHT = 0.4
HEAD_WEIGHT = 0.3
UNIT_WEIGHT = 0.2
# two figures whose governing verbs play different roles in what happens to the counted thing
# (VERB_ROLES: jobs lost vs jobs an industry supports or a factory will create, patients admitted vs
# discharged, money raised vs spent, cargo carried vs unloaded) are less surely one thing (a
# penalty above the score's reach keeps them apart)
ROLE_PENALTY = 2.0
# what is wanted ("is demanding 8 percent") is compared only with what is wanted (0: with anything)
WISH_APART = 1
# kinds of a count of people: a count of things ("900 shelters were burned down") has none of them
_PERSON_KINDS = frozenset({"death", "injury", "missing", "trapped", "arrest", "rescue"})
# counts that grow as a story unfolds: reports of different days giving different values are
# updates, not disagreements
EVOLVING = frozenset({"death", "injury", "displacement", "missing", "trapped", "arrest", "rescue"})
GENERIC_UNITS = frozenset({"", "people", "percent"})
GENERIC_CONTEXT = 0.2
SOLE_BONUS = 0.1  # two figures each the only one of its (specific) unit its report has for the other
DURATION_BONUS = 0.15
MONTH_BONUS = 0.15  # two figures whose clauses say they are of the same month
MAX_RATIO = 3.0  # two reports of one quantity differ by less than this factor
# a year in the figure's sentence: another, earlier event ("in 2011, 14 people died"), unless the
# year only bounds a comparison ("the highest since 2009")
_YEAR_NAMING = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(1[89]\d\d|20\d\d)\s+(?=[a-z])")
# ("the former building society founded in Ullmar in 1894": a place between)
_MADE_IN = re.compile(r"\b(?i:built|launched|founded|commissioned|completed|established|opened) "
                      r"(?:(?i:in) (?:[A-Z][\w'’-]+ ){1,2})?(?i:in) (1[89]\d\d|20\d\d)\b")
_NEXT_YEAR = re.compile(r"\bnext year\b|\b(?:the )?coming year\b", re.I)
_YEARS_AGO = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:ago|earlier|before)\b", re.I)
_LAST_YEAR = re.compile(r"\blast year\b|\bthe (?:previous|past) year\b|\bthe year (?:before|earlier)\b", re.I)
_YEAR = re.compile(r"(?<!since )(?<!since the end of )\b(1[89]\d\d|20\d\d)\b")
STOP = frozenset(
    "the a an of to in on at for with by from and or but as is was were are be been has have had that this "
    "it its their his her they he she said says about more than least some around nearly almost over under "
    "up down after before who which when while into also would could will".split()
)


_MONTHS = re.compile(r"\b(?:March|May)\b")


# words that start like a kind's stem and are none: "lost their electricity" is no election, "a life
# raft" or "lifeboat" no life lost
_NOT_KIND = re.compile(r"\belectri\w*|\blife[ -]?(?:raft|jacket|boat|vest|buoy|belt|line)s?\b"
                       # hospitals as places of work and care ("nurses in public hospitals", "waiting for
                       # planned hospital treatment"), not where the hurt were taken
                       r"|\bhospitals\b|\bhospital\s+(?:treatment|waiting|staff|workers|trusts?|beds?|wards?|services?|"
                       r"budgets?|bills?|doctors|nurses|care)\b", re.I)


def _kind(text: str | None) -> str | None:
    if not text:
        return None
    # "cut a third of its staff by March": a month's name is no march ("May" no verb)
    for w in words(_NOT_KIND.sub(" ", _MONTHS.sub(" ", text))):
        for kind, stems in KINDS.items():
            if any(w.startswith(s) for s in stems):
                return kind
    return None


def _bounds(body: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the sentence of `body` that holds offset `start`."""
    return next(((s, e) for s, e in _spans(body) if s <= start < e), None)


@lru_cache(maxsize=64)
def _spans(body: str) -> tuple[tuple[int, int], ...]:
    """A body's sentences (read once: every figure of a story asks for its sentence, its
    comparison years, its near words and its counted noun's sentence)."""
    return tuple(sentences(body))


def _sentence(body: str, start: int, end: int) -> tuple[str, set[str]]:
    """The figure's sentence without the figure, and its content words (five-letter stems)."""
    b = _bounds(body, start)
    if b is None:
        return "", set()
    rest = body[b[0]:start] + " " + body[end:b[1]]
    # (a pronoun names nothing two sentences share: "we" of a coach's quote and of a player's)
    return rest, {_stem(w) for w in words(rest) if w not in STOP and w not in PRONOUNS and not w[0].isdigit()}


_INFLECTION = re.compile(r"(?<=[a-z]{3})(?:ed|ing|s)$")


def _stem(w: str) -> str:
    """A word's first five letters once an inflection is cut: "peaked" and "peak" are one stem
    ("peake" and "peak" were two), as "released" and "release" ("relea")."""
    return _INFLECTION.sub("", w)[:5]


_PREP = re.compile(r"\s+(?:in|of|at|for|on|from|with|by|among|across|under|over)\s+", re.I)


def _head(about: str | None) -> str | None:
    # "firefighters and 22 engines": the figure counts the first noun, not the one after the next figure
    about = re.split(r"\s*(?:(?<!\d),|\band\b|\bor\b)\s*(?=\d|a |an )", about or "")[0]  # (not "43,500")
    # "more nurses and opening evening clinics": the noun before a second verb's clause
    about = re.split(r"\s+(?:and|or)\s+(?=[a-z]+ing\b)", about)[0]
    # "Turnout in the ballot", "seats in the 150-member assembly": the noun before its first
    # preposition (what is counted), not the last word of what follows it
    first = _PREP.split(about)[0]
    if any(w not in STOP for w in words(first)):
        about = first
    ws = [w for w in words(about or "") if w not in STOP]
    return _singular(ws[-1])[:5] if ws else None  # "date" of "24-date" and "dates"


def _value(v: Any) -> float | None:
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, list) and v and all(isinstance(x, (int, float)) for x in v):
        return float(v[0])  # a range: its low end
    return None


@dataclass
class Fig:
    doc: Any
    fig: Any
    value: float
    unit: str
    per: str
    kind: str | None
    head: str | None
    ctx: set[str]
    limit: bool = False  # "a maximum of 120", "up to 15 years"
    duration: bool = False  # "held for 47 days": a length of time (a date with an ISO duration in the record)
    range: bool = False  # "between 2.5 and 3.5 metres": compared only with ranges
    stage: str | None = None  # "partial" ("with 96% of ballots counted") or "final" ("final results")
    # whose figure it is, for figures that belong to someone (an age): the owner's surname, or None
    owner: str | None = None
    forecast: bool = False  # "analysts had expected 710 million": what was expected, not what happened
    # what a measure is of: "minutes of stoppage time" -> {"stopp", "time"}, "a minute's silence" -> {"silen"}
    of: frozenset[str] = frozenset()
    # a count at an hour ("turnout passed 55 percent by 17:00", "so far", "at last count"): partial,
    # compared only with counts at an hour
    running: str | None = None
    # the sub-group counted ("Youth unemployment reached 13 percent"): compared only with the same
    sub: frozenset[str] = frozenset()
    # the dimension a length gives ("about 11 metres long", "put the whale's length at 14 metres")
    dim: str | None = None
    # the later years its sentence names ("by 2029"): compared only with figures for the same years
    years: frozenset[str] = frozenset()
    # whether a year dates its sentence ("by 2029"), not only names what it is of ("the 2024 sale
    # of a plot ... for 12 million marks" is the sale another report gives without its year)
    dated: bool = False
    # whose share or seats a vote figure gives ("Unity took 38.6 percent"): the organisation named
    # last before it in its sentence, as words; two parties' figures are never one thing
    party: frozenset[str] = frozenset()
    # a count of what was lost ("lost 31 containers", "lost nineteen seats"): compared only with such counts
    lost: bool = False
    # the earlier value of a change ("rose to 5.1 percent from 4.8 percent", "up from 4.8"): compared
    # only with earlier values
    prior: bool = False
    # a change ("Halvard shares fell 9.2 percent": down), compared only with changes the same way
    # of something its counted words share ("Halvard dropped 12.5%")
    move: str | None = None
    # a figure converted to the unit other reports use ("12 miles" as kilometres, "114.1 degrees
    # Fahrenheit" as Celsius): the written value, and what one written unit is in the new unit
    written: float | None = None
    scale: float = 1.0
    # a state of a market that moves from day to day (a share price, a stake held, an offer's
    # premium over the price): a later day's is another moment
    market: bool = False
    # what a body has ("Pelago has about 3.4 million customers"): its size, not how many an event
    # touched ("personal data of 1.2 million private customers")
    base: bool = False
    # what a buyer offers or is prepared to pay ("will pay 41.50 ducats", "prepared to pay around 7
    # million"): compared only with offers, not with the price agreed or a share's price on the day
    offer: bool = False
    what: frozenset[str] = frozenset()
    # a count of new ones ("42 new cholera cases", written with the number): the day's increment,
    # compared only on its day
    fresh: bool = False
    # the thing a count is the size of ("a village of 1,200 people": village): compared only with
    # sizes of the same thing
    whole: str | None = None
    # the verb a head count of no kind is the object of ("employs about 900 people", "hire 2,000
    # nurses"): people counted for that reason, not the evacuated or the dead
    reason: str | None = None
    # a head count of what a plan or deal will do ("is to free about 150 prisoners"): compared only
    # with plans, never with what was done
    plan: bool = False
    # a count the report says revises an earlier one ("19 vehicles, up from the 14 announced"): a
    # later figure, compared only on its day
    revised: bool = False
    # whose forecast a forecast is, where its sentence says so with a possessive ("the central bank's
    # forecast of 1.7 percent": bank): compared only with forecasts of the same forecaster
    by: str | None = None
    # a count said as of the report's moment ("31 people were still missing", "29 people who remain
    # missing", "still caring for nine survivors"): not compared with another value of another day, nor
    # of a report published HOURS_APART or more away the same day (two hours of one count)
    now: bool = False
    # what something has or is fitted with ("The reception centre in Belovar has 800 beds", "a centre
    # in Kestel with 1,500 beds"): the size of a thing, of the place its sentence names
    held: bool = False
    # a total over many ("The evening sale of 42 lots realised 96.4 million crowns, the highest
    # total for a sale"): compared only with totals, not with one lot's price
    total: bool = False
    # a margin between two competitors ("won ... more than two minutes clear", "a lead of 40
    # seconds"): compared only with margins, never with a time of something else
    margin: bool = False
    # what someone wants, asks for or proposes (_WISH_BEFORE): compared only with such figures
    wish: bool = False
    # the role of the verb the counted thing takes part in (VERB_ROLES: loss, creation, holding, inflow,
    # outflow), or None
    role: str | None = None
    # whose figure it is where the figures stage ties it to a name ("Ruben Aske scored ... a penalty
    # five minutes from the end", "Grelna lies 4 kilometres from the border"): the name's words;
    # two figures of two different names are two things (Aske's minute is not Strand's)
    named: frozenset[str] = frozenset()
    # the places its sentence names (the record's locations and countries, and a capitalised name
    # after "in/at the town of ..."): a figure of one place is not a figure of another ("800 beds"
    # of the centre in Belovar, "1,500 beds" of the one in Kestel)
    places: frozenset[str] = frozenset()
    # the years its report names anywhere ("the 2027 budget" in the headline): a figure whose own
    # sentence names no year may be of one of these
    body_years: frozenset[str] = frozenset()
    # the months its clause says it is of ("5.7 per cent in September", "up from 5.9% in September"):
    # two figures of two months are two things; of one month, one (a prior value or not)
    months: frozenset[str] = frozenset()
    # the sex of a person whose age it is, where the words say it ("a 52-year-old man": m), else None
    sex: str | None = None
    # the period a flow is counted over, where its clause says ("a profit of 212 million for the year
    # to March": year; "in the six months to September": half): two periods are two things
    period: str | None = None
    # whether its sentence tells what will be ("will go", "is to", "next", "from January"): a figure of
    # no year told so may be of a later year another report names with it ("a rise of 22 per cent
    # for next year", "an 18% rise ... which will take fees to")
    future: bool = False
    # the rates its sentence gives away from the figure ("ride its trains every day": day; "to every
    # household": each): a figure of no rate of its own meets a figure of one of these rates
    rates: frozenset[str] = frozenset()


def _durations(rec: Any) -> list[Any]:
    """The record's durations ("held for 47 days": a date with the ISO duration P47D) as figures
    in their unit (day, week, month, year, hour, minute), those a figure already holds left out."""
    from ..record import Figure

    taken = [(f.span.start, f.span.end) for f in getattr(rec, "figures", None) or []]
    out = []
    for d in getattr(rec, "dates", None) or []:
        m = _ISO_DURATION.fullmatch(d.duration or "")
        if not m or getattr(d, "where", None) == "caption":
            continue
        if any(s < d.span.end and d.span.start < e for s, e in taken):
            continue
        n, u = m.group(1) or m.group(3), (m.group(2) or "") + (("T" + m.group(4)) if m.group(4) else "")
        value = float(n)
        out.append(Figure(value=int(value) if value.is_integer() else value, unit=_DURATION_UNITS[u], span=d.span))
    return out


_IN_WINDOW = re.compile(r"\bin (?:the |its |their )?$", re.I)
_ISO_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HMS]))")
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "TH": "hour", "TM": "minute", "TS": "second"}
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
# "fined 150,000 dalers each", "89 velmarks per cooker": an amount for each one, not the total
# (not across the sentence's end: "... 61,000. Each year ..." is no amount for each one)
_EACH = re.compile(r"^[^\w.!?;\n]*(?:each|apiece|a head|a piece|per (?!cent\b)[a-z]+)\b", re.I)
_EACH_SIDE = re.compile(r"\b(?:by|on|from|for)\s+(?:each|either|every)\s+side\b|\b(?:a|per)\s+side\b", re.I)
_PER_TIME = frozenset("day week month year hour minute second night annum quarter season term".split())
# a rate a sentence gives away from its figure: "every day", "each month", "per year", "on an ordinary
# day", "daily", "monthly" ("a day" only where it is no point in time: "a day later", "a year ago" are not)
_RATE_IN = re.compile(r"\b(?:(?:every|each|per)\s+(?:single\s+)?|on\s+(?:an?\s+)?(?:ordinary|typical|normal|average|usual)\s+)"
                      r"(day|week|month|year)\b|\b(daily|weekly|monthly|yearly|annual|annually)\b"
                      r"|\ba\s+(day|week|month|year)\b(?!\s+(?:ago|earlier|later|after|before|since|on|of|or|and)\b)", re.I)
_RATE_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year", "annually": "year"}
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[A-Za-z]+\s+){0,2}$")
_TO_EACH = re.compile(r"^\s*(?:to|for)\s+(?:every|each)\s+[a-z]+", re.I)


def _rate_unit(m: re.Match) -> str:
    """The time unit a _RATE_IN match gives ("monthly" -> "month")."""
    w = next(g for g in m.groups() if g).lower()
    return _RATE_WORDS.get(w, w)


# the state of a count: partial ("with 96 percent of ballots counted", "early results") or final
_PARTIAL = re.compile(r"\b(?:(?:with|after) (?!all\b|every\b)[^.;]{0,40}?\b(?:counted|reporting|tallied)|partial|preliminary|provisional|"
                      r"early (?:results|returns|count|tally)|projections?|projected|exit polls?)\b", re.I)
# ("with all 412 districts counted" is the whole count: final)
_FINAL = re.compile(r"\b(?:(?:with|after) (?:all|every) [^.;]{0,40}?\b(?:counted|reporting|tallied|declared)|"
                    r"final (?:results?|count|tally|figures|official results)|official (?:results?|count|tally)|"
                    r"certified (?:results?|count))\b", re.I)


# a count at an hour, said next to its figure: "passed 55 percent by 17:00", "64 sailings by noon",
# "so far", "at last count", "by midday"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_AT_HOUR = (r"(?:by|as of|at) (?:\d{1,2}[:.]\d{2}|\d{1,2} ?[ap]\.?m\.?|midday|noon|mid-?morning|mid-?afternoon|"
            r"lunchtime|nightfall|dusk|(?:the )?(?:evening|end of the day))|so far|thus far|at (?:the )?last count|as things stand"
            # a tally by a day or since one ("By Thursday evening ... 152 oiled birds", "answered about
            # 4,000 calls since Monday evening"): a count at a moment, which grows
            r"|(?:by|as of) " + _WEEKDAY + r"(?: (?:morning|afternoon|evening|night))?"
            r"|since " + _WEEKDAY + r"(?: (?:morning|afternoon|evening|night))?")
# a clause set off by commas that describes what comes before it ("which has ...", "worth ...")
_ASIDE = re.compile(r"\s*(?:which|who|whose|worth|with)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|(?:is|are) (?:due |expected |set )?to)\b", re.I)
_RUNNING_AFTER = re.compile(r"^(?:(?!,\s*(?:and|but)\b|\b(?:as|when|while|once|until|after|before)\s)[^.;\d]){0,60}?\b("
                            + _AT_HOUR + r")\b", re.I)  # (not the hour of a clause after "as", "when": "watched as the unit was shut at 14:00")
# a verb (and its place) right before "at 06:00": the hour something was done, "walked out at
# 06:00", "docked at Vessing at 11:40", "lifted off from Cape Olla at 10:40"
_EVENT_VERB_BEFORE = re.compile(
    r"\b(?:\w+ed|off|out|up|down|away|ashore|began|begun|left|went|came|struck|rang|hit|fell|rose|shut|sank|broke|took|"
    r"ran|sent|met|held|made|led|won|lost)\s+(?:(?:at|in|on|near|off|from|into|to)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*\s+)?$")
# (not an hour of another clause's: "lifted off at 09:15 and placed six satellites in orbit")
_RUNNING_BEFORE = re.compile(r"\b(" + _AT_HOUR + r")\b(?:(?!\b(?:and|but|then)\b)[^.;\d]){0,25}$", re.I)
# a tally since a day further on in the figure's clause: "More than 14,000 people have crossed ...
# at the Hask border crossing since Sunday, fleeing ..."
_SINCE_AFTER = re.compile(r"^[^.;,\d]{0,120}?\b(since " + _WEEKDAY + r"(?: (?:morning|afternoon|evening|night))?)\b", re.I)
# a sentence led by its moment: "By Thursday evening the Bird Trust had collected 152 oiled birds"
_RUNNING_LEAD = re.compile(r"^\W*(" + _AT_HOUR + r")\b,?[^.;]{0,120}$", re.I)


def _hour(phrase: str) -> str:
    """The time a running count is of: "by 7:30 a.m." -> "7:30am", "by noon" -> "noon"; "so far",
    "at last count" -> "now" (the report's own hour)."""
    t = re.sub(r"^(?:by|as of|at)\s+", "", phrase.lower())
    if t.startswith("since "):
        return "now"  # "since Monday evening": the tally as of the report
    if re.search(r"\d|midday|noon|morning|afternoon|evening|end of the day|lunchtime|nightfall|dusk|day\b", t):
        # (a day's evening and its night are one moment: "by Sunday evening", "by Sunday night")
        return re.sub(r"[\s.]", "", t).replace("midday", "noon").replace("the", "").replace("night", "evening")
    return "now"


# "up from the 14 announced", "revised from 12": the report revises an earlier count (a later figure)
_REVISED_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:up|down|revised|higher|lower)\s+from\b", re.I)
# "The owner now says 41 containers were lost", "now puts the number at": a later figure, revised
_REVISED_BEFORE = re.compile(r"\bnow (?:says?|puts?|estimates?|believes?|reports?|counts?)\b[^.;\d]{0,40}$", re.I)
# "a third of its 1,200 staff", "a third of the plant's 900 workers": the part, not the whole
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_FRACTION_BEFORE = re.compile(
    r"\b(?:(a|an|one|two|three|four)[ -](half|third|quarter|fifth|tenth)s?|(half)) of\s+"
    r"(?:(?:its|their|the|his|her|our)\s+)?(?:[\w-]+['’]s?\s+)?$", re.I)
# "a village of 1,200 people", "a crew of 12": the size of what is named before "of", compared
# only with sizes of the same thing (not the evacuated, not the employed)
_SIZE_OF = re.compile(r"\b(?:a|an)\s+([a-z]+)\s+of\s+(?:about |around |some |nearly |almost |roughly |more than |over )?$")
_NOT_WHOLES = frozenset("total number maximum minimum average estimated group crowd toll tally count figure record "
                        "high low peak sum majority minority handful few dozen couple lot series".split())
# "voted 5-2", "The vote was 6-1", "by a 5-2 vote": a vote written as a score; the first number
# is the votes for
_VOTE_SCORE = re.compile(r"\b(?:voted|vote (?:on [^.;,\d]{0,40}? )?(?:was|of|went)|by an?|on an?)\s+(\d{1,3})[-–](\d{1,3})\b(\s+vote\b)?", re.I)
# a modifier that makes a count another thing's: youth unemployment is not unemployment
SUB_GROUPS = frozenset("youth young female women male men rural urban core child children adult adults "
                       "teen teenage juvenile graduate senior elderly migrant foreign regional surviving".split())
# a measure named before a figure without a unit: "gave the magnitude as 6.3", "magnitude of 6.3"
_MEASURE_BEFORE = re.compile(r"\b(magnitude|intensity)\s+(?:as|at|of|was|is|reached|stood at)\s*$", re.I)
MEASURE_UNITS = frozenset({"magnitude", "intensity"})
# what a length is of: "11 metres long", "length at 14 metres", "3 metres high"
_DIM_AFTER = {"long": "length", "high": "height", "tall": "height", "wide": "width", "deep": "depth"}
_LENGTH_UNITS = frozenset({"metre", "kilometre", "foot", "mile", "yard", "centimetre", "inch"})
_DIM_BEFORE = re.compile(r"\b(length|height|width|depth|wingspan)\b[^.;\d]{0,12}$", re.I)
_STRIKE_AFTER = re.compile(r"^[^.;\d]{0,40}?\b(?:joined the (?:stoppage|strike|walkout)|walked out|walk out|"
                           r"went on strike|downed tools|stopped work)\b", re.I)


# a tally's two sides: "voted 112 to 41", "passed by 112 votes to 44", "with 112 votes in favour and
# 41 against": the number against, and the number for, each a vote figure of its side
_TALLY_FOR_BEFORE = re.compile(r"\b(?:voted|by|with|of)\s+$", re.I)
_TALLY_FOR_AFTER = re.compile(r"^\s+(?:votes?\s+)?(?:(?:in favou?r|for)\s+)?(?:to|and|against)\s+(?:\d|none\b)", re.I)
_TALLY_AGAINST_BEFORE = re.compile(r"\b(?:voted|by|with|of)\s+\d[\d,]*\s+(?:votes?\s+)?(?:(?:in favou?r|for)\s+)?(?:to|and)\s+$", re.I)
# "112 votes to 95" with nothing before it ("on Monday, 112 votes to 95"): the tally's two sides
_VOTES_TO_AFTER = re.compile(r"^\s*votes?\s+to\s+(?:\d|none\b)", re.I)
_VOTES_TO_BEFORE = re.compile(r"\b\d[\d,]*\s+votes?\s+to\s+$", re.I)
_AGAINST_AFTER = re.compile(r"^\s+(?:votes?\s+)?(?:against|opposed)\b", re.I)
# people who voted one way: "84 members voting in favour", "61 MPs voted against"
_VOTING_AFTER = re.compile(r"^\s+(?:have\s+|had\s+)?vot(?:ed|ing)\s+(in\s+favou?r|for|yes|against|no)\b", re.I)


# a change said with "by" after its verb and object ("lowered the risk of stroke by 30 percent",
# "cut its emissions by 3.5%") or as "a 30% lower risk of stroke": a change of what the object
# names, which the figures stage reads as a level
_BY_CHANGE_BEFORE = re.compile(r"\b(cut|cuts|cutting|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|slash(?:ed|es|ing)?|"
                               r"rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|boost(?:ed|s|ing)?)\s+"
                               r"((?:[\w'’-]+\s+){1,8}?)by\s+(?:about |around |some |nearly |almost |roughly )?$", re.I)
_COMPARED_AFTER = re.compile(r"^\s+(lower|higher|smaller|greater|bigger|reduced)\s+((?:[a-z'’-]+\s*){1,4})", re.I)
_DOWN_WORDS = frozenset("cut cuts cutting lower lowered lowers lowering reduce reduced reduces reducing slash slashed "
                        "slashes slashing smaller".split())
# "4.5% a year", "12 per day": a rate per a period the figures stage gave no "per"
_PER_AFTER = re.compile(r"^\s+(?:a|per|each|every)\s+(year|day|week|month)\b", re.I)


# the subject of a verb of change right before a figure: "Copper output fell 6.4 per cent"
_MOVE_SUBJECT = re.compile(
    r"([A-Za-z][\w'’-]*(?:\s+(?:of\s+)?[A-Za-z][\w'’-]*){0,3})\s+(?:(?:has|have|had)\s+)?"
    r"(?:fell|rose|dropped|grew|increased|decreased|declined|climbed|jumped|slipped|surged|shrank|slumped|soared|"
    r"edged\s+(?:up|down|higher|lower)|went\s+(?:up|down)|(?:was|were|is|are)\s+(?:up|down))\s+(?:by\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|just)\s+)?$")
_CHANGE_WORDS = frozenset("per cent percent percentage point points year on".split())


def _moved(about: str | None, sent_before: str) -> frozenset[str]:
    """What a change figure says changed: the words of its counted thing (less its own figure
    and unit words: "6.4 per cent year on year" names nothing) and of the subject of the verb of
    change right before it ("Copper output fell 6.4 per cent": copper output)."""
    ws = [w for w in words(about or "") if w not in STOP and w not in PRONOUNS and w not in _CHANGE_WORDS
          and not w[0].isdigit()]
    m = _MOVE_SUBJECT.search(sent_before[-80:])
    if m:
        ws += [w for w in words(m.group(1)) if w not in STOP and w not in PRONOUNS]
    return frozenset(w[:5] for w in ws)


def _said_change(body: str, start: int, end: int, sent_start: int) -> tuple[str, frozenset[str]] | None:
    """A change said with "by" or "X% lower ...": (up or down, the words of what changes)."""
    m = _BY_CHANGE_BEFORE.search(body[max(sent_start, start - 90):start])
    if m:
        verb, obj = m.group(1), m.group(2)
    elif (m := _COMPARED_AFTER.match(body[end:end + 50])):
        verb, obj = m.group(1), m.group(2)
    else:
        return None
    what = frozenset(w[:5] for w in words(obj) if w not in STOP and w not in PRONOUNS)
    if not what:
        return None
    return ("down" if verb.lower() in _DOWN_WORDS else "up"), what


# "Marvesh is to free about 150 prisoners", "will release 40 detainees": people a plan or a deal
# counts, not those it was done to ("released 162 prisoners on Sunday")
_FORECASTER = re.compile(r"\b([a-z]+)['’]s\s+(?:[a-z]+\s+)?(?:forecast|projection|estimate|prediction|outlook)s?"
                         r"\s+(?:of\s+|at\s+|for\s+[^.;\d]{0,30})?(?:about |around |some |only |just )?$", re.I)
_PLAN_BEFORE = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:due\s+|set\s+|scheduled\s+)?to|will|shall|"
                          r"(?:plans?|planned|agreed|agrees|promised|pledged)\s+to)\s+$", re.I)


def _tally_side(body: str, start: int, end: int) -> str | None:
    """Which side of a vote tally a number gives ("112 to 41": for, against), or None."""
    before, after = body[max(0, start - 60):start], body[end:end + 40]
    if _AGAINST_AFTER.match(after) or _TALLY_AGAINST_BEFORE.search(before) or _VOTES_TO_BEFORE.search(before):
        return "against"
    if _TALLY_FOR_BEFORE.search(before) and _TALLY_FOR_AFTER.match(after) or _VOTES_TO_AFTER.match(re.sub(r"^[\d,]+", "", body[start:end]) + after):
        return "for"
    return None


# nouns that are sums of money: "a 1.6 billion dalen fund" is an amount of dalens
_SUMS = frozenset("fund penalty fine package budget loan grant bill payment settlement programme program "
                  "investment contract order bailout bond deal levy tax subsidy scheme facility payout "
                  "compensation award prize bonus".split())
# a bare number that is part of a whole of counted things: "31 of the assembly's 57 seats", "12 of
# its 40 members" (the counted noun, plural, ends the phrase)
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|these|those|all)?\s*(?:[\w-]+['’]s\s+)?"
                      r"(?:[\d,.]+\s+|[a-z]+\s+){0,2}?([a-z]+s)\b")


# the subject a share is said of, just before it ("Turnout was", "Support stood at")
_SHARE_SUBJECT = re.compile(r"\b([A-Za-z]+)\s+(?:was|were|is|are|stood at|reached|came to|rose to|fell to)\s+"
                            r"(?:only\s+|just\s+|about\s+|around\s+)?$")


def _people_list(about: str | None) -> bool:
    """A count of a list of nouns of which one is of people ("1,800 deckhands, engineers and
    ticket staff"): a head count of people."""
    # ("72 seats in the 150-member assembly and 38.6 percent" is seats: the list is before any preposition)
    about = _PREP.split(about or "")[0]
    # (nor a list of figures: "412 stores, 31,000 employees" counts stores, the employees their own)
    about = re.split(r"(?:,|\band\b)\s*(?:a\s+|an\s+)?(?=\d)", about)[0]
    if not about or not re.search(r",(?!\d)| and ", about):  # (not the comma of "43,500 members")
        return False
    from ..components.figures import _PERSON_SUFFIX, units

    people = units().people
    return any(_singular(w) in people or w in people or _PERSON_SUFFIX.match(_singular(w))
               for w in words(about))


def _sub(about: str | None, before: str) -> frozenset[str]:
    """The sub-group modifiers of what a figure counts, in its counted noun or just before it, each
    under one name for its group ("420,000 children" and "450,000 youngsters" are one sub-group)."""
    # (a word of a name is no sub-group: "the Nordmark Regional Assembly, with 31 of its 57 seats")
    ws = words(about or "") + [w for w in re.findall(r"[^\W\d_]+", before)[-3:] if w[:1].islower()]
    return frozenset(_SUB_SAME.get(w, w) for w in ws if w in SUB_GROUPS or w in _SUB_SAME)


# words of one sub-group (what SUB_GROUPS names), under one name
_SUB_SAME = {"child": "children", "youngster": "children", "youngsters": "children", "kids": "children",
             "minors": "children", "teen": "youth", "teens": "youth", "teenage": "youth", "teenagers": "youth",
             "young": "youth", "female": "women", "male": "men", "adult": "adults"}


def _stage(sentence: str) -> str | None:
    if _FINAL.search(sentence):
        return "final"
    if _PARTIAL.search(sentence):
        return "partial"
    return None


# "from 4.8 percent", "up from 4.8": the value a change started from
_PRIOR_BEFORE = re.compile(r"\bfrom\s+(?:about |around |nearly |almost |some )?$", re.I)
_UP_DOWN_FROM = re.compile(r"\b(?:up|down|higher|lower)\s+from\s+(?:about |around |nearly |almost |some )?$", re.I)


# a verb of change right before "from" ("the annual bill will rise from 1,460 dalens to 1,672"): the
# figure after it is where the change started, whatever the figures stage read
_CHANGE_FROM = re.compile(r"\b(?:rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|climb\w*|increas\w*|"
                          r"decreas\w*|grow|grows|growing|grew|grown|drop\w*|jump\w*|soar\w*|slip\w*|slid|slide|"
                          r"cut|cuts|reduc\w*|rais\w*|lower\w*|shr[iu]nk\w*|go up|goes up|went up|gone up|go down|goes down|"
                          r"went down)\s+from\s+(?:about |around |nearly |almost |some |just over |just under )?$", re.I)


def _in_change(rec: Any, f: Any, b: tuple[int, int] | None, before: str) -> bool:
    """Whether a figure after "from" is where a change started: "up from", or a change the figures
    stage read earlier in its sentence ("rose to 5.1 percent in March from 4.8 percent")."""
    if _UP_DOWN_FROM.search(before) or _CHANGE_FROM.search(before):
        return True
    return b is not None and any(g.change and b[0] <= g.span.start < f.span.start
                                 for g in getattr(rec, "figures", None) or [])


def _known_unit(u: str) -> bool:
    """A unit of the figures stage's table ("square metre", "percentage point"), not a counted noun
    phrase ("bribery counts")."""
    from ..components.figures import units

    return u in units().units or _singular(u.lower()) in _unit_names()


@lru_cache(maxsize=1)
def _unit_names() -> frozenset[str]:
    """The units table's names, lower-cased (read once: _known_unit is asked for every figure)."""
    from ..components.figures import units

    return frozenset(k.lower() for k in units().units)


_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}
# "the seventh person to die", "the 12th victim to be found": the count reached, with its verb
_ORDINAL_COUNT = re.compile(r"\bthe (?:(" + "|".join(_ORDINALS) + r")|(\d+)(?:st|nd|rd|th)) ([a-z]+) to (?:be )?([a-z]+)\b", re.I)


def _ordinal_counts(doc: Any) -> list[Any]:
    """"Has become the seventh person to die": a count of people (seven died) the figures stage
    does not read (it reads cardinals), with the verb after "to" as its event; only where the noun
    is one of people and no figure of the record covers the words."""
    from ..components.figures import _PERSON_SUFFIX, units
    from ..record import Figure, Span

    rec, body = doc.record, doc.body
    taken = [(f.span.start, f.span.end) for f in getattr(rec, "figures", None) or []]
    out = []
    for m in _ORDINAL_COUNT.finditer(body):
        noun = m.group(3).lower()
        if not (noun in units().people or _singular(noun) in units().people or _PERSON_SUFFIX.match(_singular(noun))):
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        n = _ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2))
        start = m.start() + 4  # the ordinal and its noun, without "the "
        out.append(Figure(value=n, unit="people", span=Span.of(body, start, m.end(3)),
                          about=Span.of(body, m.start(3), m.end(3)), event=Span.of(body, m.start(4), m.end(4))))
    return out


_MATCH_MINUTE = re.compile(r"\b(?:in|on) the (\d{1,3})(?:st|nd|rd|th) minute\b")


def _match_minutes(doc: Any) -> list[Any]:
    """"scored in the 113th minute": the minute of play a moment of a match came at (the figures
    stage reads cardinals only), of unit "minute-mark", about the person named last before it in
    its sentence (the scorer, the player sent off): a moment is its owner's, as "five minutes from
    the end" is."""
    from ..record import Figure, Span

    rec, body = doc.record, doc.body
    taken = [(f.span.start, f.span.end) for f in getattr(rec, "figures", None) or []]
    people = sorted((m.start, m.end) for a in getattr(rec, "actors", None) or [] if a.type == "person" for m in a.mentions)
    out = []
    for m in _MATCH_MINUTE.finditer(body):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        b = _bounds(body, m.start()) or (m.start(), m.end())
        who = [p for p in people if b[0] <= p[0] and p[1] <= m.start()]
        out.append(Figure(value=int(m.group(1)), unit="minute-mark", span=Span.of(body, m.start(1), m.end()),
                          about=Span.of(body, *who[-1]) if who else None))
    return out


def _vote_scores(doc: Any) -> list[Any]:
    """"voted 5-2", "The vote was 6-1": the votes for, as a vote figure (the figures stage reads
    no number joined by a dash to another), where no figure of the record covers it."""
    from ..record import Figure, Span

    body = doc.body
    taken = [(f.span.start, f.span.end) for f in getattr(doc.record, "figures", None) or []]
    out = []
    for m in _VOTE_SCORE.finditer(body):
        if m.group(0).lower().startswith(("by ", "on ")) and not m.group(3):
            continue  # "by a 5-2 margin"? only "by a 5-2 vote"
        if any(s < m.end(2) and m.start(1) < e for s, e in taken):
            continue
        out.append(Figure(value=int(m.group(1)), unit="vote", span=Span.of(body, m.start(1), m.end(2))))
    return out


# "her entire 24-date winter tour", "a 12-point plan": a count written as a compound adjective
_COMPOUND_COUNT = re.compile(r"(?<![\w.,-])(\d{1,4})-([a-z]{3,})\b(?=\s+[a-z])")


def _compound_counts(doc: Any) -> list[Any]:
    """"A 24-date tour": 24 dates, a count of the noun after the dash (the figures stage reads
    "57-kilometre" but not every noun), where no figure or duration of the record covers it;
    lengths of time ("48-hour strike") are durations, and are left to the record's dates."""
    from ..record import Figure, Span

    body = doc.body
    rec = doc.record
    taken = [(f.span.start, f.span.end) for f in [*(getattr(rec, "figures", None) or []),
                                                  *(getattr(rec, "dates", None) or [])]]
    out = []
    for m in _COMPOUND_COUNT.finditer(body):
        noun = m.group(2).lower()
        if noun in TIME_UNITS or noun in ("old", "strong") or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        # the noun as a count gives it ("24-date" counts dates, as "22 dates" does)
        out.append(Figure(value=int(m.group(1)), unit=noun if noun.endswith("s") else noun + "s",
                          span=Span.of(body, m.start(), m.end()), about=Span.of(body, m.start(2), m.end(2))))
    return out


_CLASS_NAMES = frozenset(COUNTED_CLASSES.values())
_SMALL_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_CREW_OF = re.compile(r"\b(?:a|an|the|her|its|his|their)\s+(crew|complement)\s+of\s+(\d{1,4}|" + "|".join(_SMALL_NUMBERS) + r")\b",
                      re.I)


def _crew_counts(doc: Any) -> list[Any]:
    """"A crew of five was on board", "Two of her crew of six were saved": the crew's size, a head
    count of those aboard (the figures stage reads no number after "crew of"), where no figure of
    the record covers it."""
    from ..record import Figure, Span

    body = doc.body
    taken = [(f.span.start, f.span.end) for f in (getattr(doc.record, "figures", None) or [])]
    out = []
    for m in _CREW_OF.finditer(body):
        if any(s < m.end(2) and m.start(2) < e for s, e in taken):
            continue
        n = m.group(2).lower()
        out.append(Figure(value=int(n) if n.isdigit() else _SMALL_NUMBERS[n], unit="people",
                          span=Span.of(body, m.start(2), m.end(2)), about=Span.of(body, m.start(1), m.end(1))))
    return out


def _people_unit(unit: str) -> bool:
    """A counted noun of people ("people", "passenger", "crew", "firefighter")."""
    from ..components.figures import _PERSON_SUFFIX, units

    return unit == "people" or unit in units().people or bool(_PERSON_SUFFIX.match(unit))


_CONJUNCTS = re.compile(r",\s+(?:and|but|while)\s+|;\s+")


def _conjunct(body: str, start: int, end: int) -> str:
    """The figure's part of its sentence between the joins of two main clauses (", and", ", but",
    ";"): "The work will keep 1,400 people employed, and analysts put the supply chain at 2,300
    jobs" tells the 2,300 jobs of now."""
    b = _bounds(body, start) or (start, end)
    left = max([b[0]] + [m.end() for m in _CONJUNCTS.finditer(body, b[0], start)])
    right = next((m.start() for m in _CONJUNCTS.finditer(body, end, b[1])), b[1])
    return body[left:right]


def _clause(body: str, start: int, end: int) -> str:
    """The figure's clause: its sentence between the commas, semicolons or dashes either side."""
    i, j = _clause_at(body, start, end)
    return body[i:j]


def _clause_at(body: str, start: int, end: int) -> tuple[int, int]:
    """Where `_clause` is in the body."""
    b = _bounds(body, start) or (start, end)
    left = max(body.rfind(c, b[0], start) for c in ",;—")
    rights = [i for i in (body.find(c, end, b[1]) for c in ",;—") if i >= 0]
    return max(left + 1, b[0]), (min(rights) if rights else b[1])


def _anothers(body: str, end: int, at: int) -> bool:
    """Whether words at `at`, after a figure ending at `end`, follow another number first: "fell to
    84 million in the year to June from 97 million a year earlier" (the year earlier is the 97's)."""
    return at >= end and re.search(r"\d", body[end:at]) is not None


def _report_stage(body: str) -> str | None:
    """The state of the count a report gives, where its sentences that say one all say the same
    ("after 73 of 412 districts had been counted": the whole report is of a partial count)."""
    # "The deficit is projected at 2.9 percent": a forecast of another figure, no state of a count
    # (and a report of no count of votes has none: a statistics release whose "figures are
    # provisional" gives its figures, which a report of them the next day gives too)
    if not _VOTE_COUNT.search(body):
        return None
    st = {_stage(_PROJECTED_AT.sub(" ", body[s:e])) for s, e in sentences(body)} - {None}
    return st.pop() if len(st) == 1 else None


_VOTE_COUNT = re.compile(r"\b(?:votes?|voters?|ballots?|counted|counting|turnout|polls?|polling|elections?|"
                         r"referendum|seats?|precincts?|constituenc(?:y|ies)|candidates?)\b", re.I)
_PROJECTED_AT = re.compile(r"\b(?:is|are|was|were|be|been)\s+projected\s+(?:at|to)\b", re.I)


_AFTER_PREP = re.compile(r"\b(?:in|of|at|to|for|by|from|with|into|on)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _party(rec: Any, body: str, f: Any, b: tuple[int, int] | None, kind: str | None) -> frozenset[str]:
    """Whose a vote figure is: the first organisation the record names in the figure's sentence
    before it, not after a preposition ("Unity took 38.6 percent ... in the National Assembly",
    "The Green-Farmers alliance came second with 24.9 percent"; not "according to the Election
    Board"), as its words; none where the sentence names none."""
    if kind != "vote" or b is None:
        return frozenset()
    best, at = None, None
    for a in getattr(rec, "actors", None) or []:
        if a.type not in ("organization", "group") and getattr(a, "label", None) != "ORG":
            continue
        for m in a.mentions:
            if not (b[0] <= m.start and m.end <= f.span.start) or (at is not None and m.start >= at):
                continue
            if _AFTER_PREP.search(body[max(b[0], m.start - 30):m.start]):
                continue  # "in Lusara's next National Assembly", "according to the Board"
            best, at = a, m.start
    return frozenset(w for w in words(best.name) if w not in STOP) if best else frozenset()


_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")
_NAME_LINKS = frozenset("of the de van von der al el da di du la le".split())
_PLACE_AFTER = re.compile(r"(?:\b(?:in|into|at|near|outside)\s+|\b(?:town|village|city|region|district|province|port|camp)"
                          r"\s+of\s+)([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)")
_PLACE_TYPES = frozenset({"location", "country"})
_HAS_BEFORE = re.compile(r"\b(?:has|have|had|with|holds|hold|held)\s+(?:about |around |some |nearly |almost |more than |over |"
                         r"only |just )?$", re.I)
_BASE_BEFORE = re.compile(r"\b(?:has|have)\s+(?:about |around |some |nearly |almost |more than |over |roughly |"
                          r"approximately )?$", re.I)
_TOTAL = re.compile(r"\b(?:in total|totals?|totalling|totaling|in all|altogether|combined|overall)\b", re.I)
TOTAL_REACH = 4  # words on each side of a figure within which a word of totals makes it a total


def _is_total(body: str, f: Any, b: tuple[int, int] | None) -> bool:
    """A total over many: a word of totals next to the figure, within TOTAL_REACH words in its
    sentence ("realised 96.4 million crowns, the highest total", "a combined 32 seats", "48,000 tins
    in all"), not anywhere in its sentence ("Customers can claim a total refund; about 48,000 tins
    were sold" is no total of tins)."""
    if not b:
        return False
    left = " ".join(body[b[0]:f.span.start].split()[-TOTAL_REACH:])
    right = " ".join(body[f.span.end:b[1]].split()[:TOTAL_REACH])
    # ("Of the total, 8.9 billion is allocated to equipment": a part of the total)
    # ("The 19-metre rocket carried a total payload of 180 kilograms": another noun's total)
    return bool(_TOTAL.search(_OF_THE_TOTAL.sub(" ", left)) or _TOTAL.search(_ANOTHER_TOTAL.sub(" ", right)))


_OF_THE_TOTAL = re.compile(r"\b(?:of|from) (?:the|that|this) total\b", re.I)
_ANOTHER_TOTAL = re.compile(r"\b(?:a|the|its|their|his|her)\s+totals?\b", re.I)
_MARGIN_AFTER = re.compile(r"^\s*(?:[Cc]lear|[Aa]head|adrift)\b|^\s*behind\s+(?:[A-Z]|the\s+(?:winner|leader))")
_MARGIN_BEFORE = re.compile(r"\b(?:(?:margin|lead|gap|advantage)\s+of|won\s+by|(?:beat|beating)\s+\w+(?:\s+\w+)?\s+by)\s+"
                            r"(?:about |around |some |nearly |almost |more than |over |just )?$", re.I)
_MOMENT_UNITS = frozenset({"minute-mark", "minute", "second", "hour", "day", "kilometre", "metre", "mile"})
_NOT_PLACES = frozenset("january february march april may june july august september october november december "
                        "monday tuesday wednesday thursday friday saturday sunday".split())


def _named(rec: Any, f: Any) -> frozenset[str]:
    """The name a figure is about where the figures stage ties it to one of the record's actors
    ("Ruben Aske", "Grelna"): its words, lower-cased; empty where what it is about is no name."""
    a = f.about
    if a is None or not a.text:
        return frozenset()
    ws = a.text.split()
    if not ws or not all(_NAME_WORD.match(w) or w.lower() in _NAME_LINKS for w in ws) or not _NAME_WORD.match(ws[0]):
        return frozenset()
    if ws[0].lower() in PRONOUNS:
        return frozenset()  # "She"
    # a place, or a person by a full name (a one-word "Athletic" the record calls a person may be a
    # team); a club and its player, "Lawmakers" or "The State Assembly" own no one figure here.
    # The class is kept with the name: only two places, or two people, are two owners
    # (an actor mentioned there, or named so elsewhere: "Mirovets, with a population of ..." where
    # the record kept only its other mentions)
    types = {act.type for act in getattr(rec, "actors", None) or []
             if act.name == a.text or any(m.start < a.end and a.start < m.end for m in act.mentions)}
    cls = "place" if types & _PLACE_TYPES else "person" if "person" in types and len(ws) >= 2 else None
    if cls is None:
        return frozenset()
    return frozenset({f"{cls}:"} | {w.lower().strip("'’.") for w in ws if w.lower() not in _NAME_LINKS})


def _places(rec: Any, body: str, b: tuple[int, int] | None) -> frozenset[str]:
    """The places a figure's sentence names: the record's locations and countries mentioned in it,
    and a capitalised name after "in", "at", "near" ("in the town of Kestel"), as lower-case words."""
    if b is None:
        return frozenset()
    out: set[str] = set()
    for act in getattr(rec, "actors", None) or []:
        if act.type in _PLACE_TYPES and act.name[:1].isupper() and any(b[0] <= m.start < b[1] for m in act.mentions):
            out |= {w for w in words(act.name) if w not in STOP}
    for m in _PLACE_AFTER.finditer(body, b[0], b[1]):
        out |= {w for w in words(m.group(1)) if w not in STOP}
    return frozenset(out - _NOT_PLACES)


def _figs(doc: Any) -> list[Fig]:
    rec = doc.record
    out = []
    report_stage = _report_stage(doc.body)
    body_years = frozenset(_YEAR.findall(doc.body))
    durations = _durations(rec)
    scores = _vote_scores(doc)
    for f in [*(getattr(rec, "figures", None) or []), *durations, *_ordinal_counts(doc), *scores, *_compound_counts(doc),
              *_crew_counts(doc), *_role_ages(doc), *_match_minutes(doc)]:
        v = _value(f.value)
        if v is None:
            continue
        fr = _FRACTION_BEFORE.search(doc.body[max(0, f.span.start - 50):f.span.start]) if not f.change else None
        if fr and not isinstance(f.value, list):
            # "a third of its 1,200 staff": 400, the part said (the whole is said in passing)
            num = _NUMERATORS[fr.group(1).lower()] if fr.group(1) else 1
            v = v * num / _FRACTIONS[(fr.group(2) or fr.group(3)).lower()]
            v = float(round(v)) if abs(v - round(v)) < 1e-6 else v
            start = f.span.start - (len(doc.body[max(0, f.span.start - 50):f.span.start]) - fr.start())
            f = f.model_copy(update={"value": int(v) if v.is_integer() else v,
                                     "span": f.span.of(doc.body, start, f.span.end)})
        move = f.change if f.change and not _lost_count(f) else None
        level = bool(move and _TO_LEVEL.search(doc.body[max(0, f.span.start - 30):f.span.start])
                     and _kind(f.about.text if f.about else None) != "vote")
        # (a party's seats that "fell to 51" stay a change: whose seats a level is, the party
        # reading below, is too weak to keep one party's level from another's)
        if level:
            move = None  # "inflation fell to 3.1 per cent": the level reached, not the size of the fall
        if move and not (f.about and [w for w in words(f.about.text) if w not in STOP and w not in PRONOUNS]):
            continue  # a change of nothing named ("down 3.1 percent"): nothing to compare it with
        if f in durations and _IN_WINDOW.search(doc.body[max(0, f.span.start - 12):f.span.start]):
            continue  # "in the three months to September", "its biggest gain in seven months": a window, no length
        if (f.unit in ("year", "date", "time") or (f.unit is None and 1900 <= v <= 2100 and float(v).is_integer())) \
                and f not in durations:
            continue  # years and clock times are dates, not counts (a length in years, "12 years", is a length)
        if _PARTITIVE_WHOLE.search(doc.body[max(0, f.span.start - 40):f.span.start]):
            continue  # "two of its three cranes": the whole, said in passing, is not what is reported
        if _LABEL_BEFORE.search(doc.body[max(0, f.span.start - 20):f.span.start]) and _small_int(v, f.span.text):
            continue  # "Episode 7", "Season 2 of the drama", "Game 4": a number that names one of a series
        about = _about_in_paragraph(doc.body, f)
        if about:
            # "12 incidents worldwide and no injuries": the figure counts what comes before the next count
            about = _NEXT_COUNT.split(about)[0] or about
        event = f.event.text if f.event else None
        sent, ctx = _sentence(doc.body, f.span.start, f.span.end)
        year = (doc.published or "")[:4]
        # a year that names what the figure is of ("the 2024 sale", "a 2027 budget") and a year
        # that dates the sentence ("in 2011", "by 2029")
        named = frozenset(_YEAR_NAMING.findall(sent)) - {year}
        # "a ferry built in 1994, 86 metres long": the year the thing was made is when it was made,
        # not what its figure is of (left out of the sentence's years, not named)
        made = frozenset(_MADE_IN.findall(sent))
        # "ORT, which has some 2,900 staff, will shed 310 posts by 2028", "The contract, worth 1.2
        # billion ducats, was signed in June 2025": a figure set off in a clause of its own takes
        # no year from the rest of its sentence
        cs, ce = _clause_at(doc.body, f.span.start, f.span.end)
        clause = doc.body[cs:ce]
        dated_by = clause if _ASIDE.match(clause) else sent
        other_years = frozenset(y for y in _YEAR.findall(dated_by) if y != year) - named - made \
            - _compared_years(doc.body, f.span.start)
        if year.isdigit() and _NEXT_YEAR.search(clause):
            other_years |= {str(int(year) + 1)}  # "spending of 46.8 billion marks next year"
        last = _LAST_YEAR.search(clause)
        if year.isdigit() and last and not _anothers(doc.body, f.span.end, cs + last.start()):
            other_years |= {str(int(year) - 1)}  # "cut its emissions by 3.5% last year"
        ago = _YEARS_AGO.search(clause)
        if ago and _anothers(doc.body, f.span.end, cs + ago.start()):
            ago = None  # "fell to 84 million from 97 million a year earlier": the 97 is the year earlier's
        if year.isdigit() and ago:
            # "against 19 per cent five years ago": the value of that year
            n = ago.group(1).lower()
            other_years |= {str(int(year) - (int(n) if n.isdigit() else _SMALL_NUMBERS.get(n, 1)))}
        # "in 2011, 14 people died": another, earlier event, kept and compared only with figures of
        # the same years ("The previous record, 45.8 degrees, was set ... in 1998" vs "the previous
        # national record of 114.1 degrees, set in 1998")
        # "savings of 140 million marks by 2029": a figure for a later year, kept, and compared
        # only with figures for the same years
        after = doc.body[f.span.end:f.span.end + KIND_WINDOW].split(".")[0]
        # (the words before it in its own sentence: "the 32,500-capacity stadium.\n\nAbout 3,500 visiting
        # supporters" are no capacity)
        before = _SENTENCE_BEFORE.sub("", doc.body[max(0, f.span.start - 40):f.span.start])
        # a verb the figure is the object of ("hiring 1,500 more nurses") says why it is counted:
        # the words further on ("and opening clinics so that minor injuries ...") are not its kind
        # (the next three words are: "forcing about 12,000 to flee")
        verb_before = bool(f.event and f.event.start < f.span.start)
        kind = (("death" if _TO_DEATH.search(after) or _BODIES_BEFORE.search(before) else None)
                or _kind(event) or _kind(about)
                # "Two of the six citizens on board have been confirmed dead": the dead among those aboard
                or ("death" if _ON_BOARD.search(after) and _DEAD_AFTER.search(after) else None)
                or ("aboard" if _ON_BOARD.search(after) else None)
                or (_kind(" ".join(after.split()[:3])) if verb_before else _kind(after))
                or ("displacement" if _FROM_HOMES.search(after) or _NIGHT_IN.search(after) else None)
                or ("protest" if _CROWD_BEFORE.search(before) else None))
        limit = bool(_LIMIT.search(f.span.text) or _LIMIT.search(before[-20:]) or _ALLOWED_AFTER.match(after)
                     or _CAN_HOLD_BEFORE.search(before[-40:]) or _CAP_SUBJECT.search(doc.body[max(0, f.span.start - 160):f.span.start])
                     or _THRESHOLD_BEFORE.search(before) or _NEEDED_AFTER.match(after) or _NEEDED_BEFORE.search(before))
        per = (f.per or "").lower()
        if per and per not in _PER_TIME:
            per = "each"  # "per cooker", "per businessman": an amount for each one
        elif not per and (_EACH.match(doc.body[f.span.end:f.span.end + 30]) or re.search(r"\b(?:each|apiece|per (?!cent$)[a-z]+)$", f.span.text)
                          or re.match(r"\W*each\b", clause, re.I)):
            per = "each"  # "... each", and "Each of the three satellites cost about 40 million"
        if not per and _EACH_SIDE.search(clause):
            per = "each"  # "38 people were released by each side": a side's count, not the "104 in total"
        if not per and _EACH_SUBJECT.search(before[-60:]):
            per = "each"  # "each farm can claim a maximum of 45,000 dorns": what one gets
        # the rates its sentence gives elsewhere ("around 540,000 people ride its trains every day",
        # "the average monthly rent ... reached 1,280 drals", "will pay R 2,500 to every household"):
        # a figure of no rate of its own may be one of those
        # (not another figure's own rate: "will fall to 1,840 lenn a year ..., on the current cap of
        # 2,090 lenn" gives the 2,090 none)
        rates = frozenset(_rate_unit(m) for m in _RATE_IN.finditer(sent)
                          if not _NUMBER_BEFORE.search(sent[max(0, m.start() - 30):m.start()])) \
            | ({"each"} if _TO_EACH.match(doc.body[f.span.end:f.span.end + 40]) else frozenset())
        b = _bounds(doc.body, f.span.start)
        stage = _stage(doc.body[b[0]:b[1]]) if b else None
        unit = _singular((f.unit or "").lower())
        part_of = _PART_OF.match(doc.body[f.span.end:f.span.end + 60]) if not unit and about else None
        if part_of and words(about) and words(about)[-1] == part_of.group(1).lower():
            unit = _singular(part_of.group(1).lower())  # "31 of the assembly's 57 seats": 31 seats
        if " " in unit and not _known_unit(f.unit or "") and _SCALE.search(f.span.text) \
                and len(unit.split()) == 2 and _singular(unit.split()[1]) in _SUMS:
            # "a 1.6 billion dalen fund", "a 46.8 million lind penalty": an amount of the currency
            # named first (a scale word makes it an amount), of what the words after it say
            head_word, *rest = unit.split()
            unit = _singular(head_word)
            ctx = ctx | {w[:5] for w in rest if w not in STOP}
        elif " " in unit and not _known_unit(f.unit or ""):
            # "four of the five bribery counts" and "two counts": counts both; the words before the
            # counted noun are what the sentences share, not another unit
            *mods, unit = unit.split()
            ctx = ctx | {w[:5] for w in mods if w not in STOP and not w[0].isdigit()}
        if stage is None and (kind == "vote" or kind is None and unit == "percent"):
            stage = report_stage  # "was second on 21.5 percent" in a report of the first count
        if unit in PERSON_UNITS:
            unit, kind = "people", PERSON_UNITS[unit]
        if unit == "people" and not kind and about and words(about):
            noun = _singular(words(about)[-1])
            kind = PERSON_UNITS.get(noun) or FORCE_NOUNS.get(noun)  # "40,000 supporters" (unit people)
        if unit == "other":
            unit = "people"  # "two others were hurt": people, as "three other people"
        if not unit and kind == "protest" and _CROWD_BEFORE.search(before):
            unit = "people"  # "in front of a crowd of 41,200": a head count
        noun = unit if unit not in ("", "people") else (_singular(words(about)[-1]) if about and words(about) else "")
        if noun in COUNTED_CLASSES and (not kind or unit != "people"):
            unit = COUNTED_CLASSES[noun]  # "40,000 homes" and "60,000 households"; "customers" and "subscribers"
        part = bool(_INCLUDING_ON_BOARD.search(before))
        if not kind and part:
            kind = "aboard"  # "208 people on board, including six Vessland citizens"
        if kind == "aboard" and not _people_unit(unit):
            kind = None  # "The prize carries 50,000 euros": no one on board
        if f in scores:
            kind = "vote"  # "voted 5-2 to spend $4.5 million": the vote, not the money
        if kind in _PERSON_KINDS and unit and not _affected(unit) and not _known_unit(f.unit or "") \
                and unit not in _OWNED_UNITS and unit not in TIME_UNITS:
            # "about 900 shelters were burned down": a count of things is no count of the injured
            # (a measure keeps its kind: a burned area grows as a toll does)
            kind = "damage" if _kind(" ".join(words(sent))) == "damage" or re.search(r"\bburn|\bdestr|\bflatten", sent, re.I) else None
        if kind in _PERSON_KINDS | {"aboard", "displacement"} and _measure(unit) and unit not in AREA_UNITS:
            # "An avalanche about 350 metres wide ... Rescuers brought out four skiers": a width in a
            # report of a rescue is no count of the rescued, and it does not grow day by day as a
            # toll does (a burned or flooded area does: it keeps the kind of its sentence)
            kind = None
        owner = _owner(about) if unit in _OWNED_UNITS else None
        if unit in _OWNED_UNITS and owner is None and not _THING_AGE.search(f.span.text + " " + after[:25]):
            owner = UNNAMED  # "a 52-year-old man", "The 55-year-old": someone unnamed (one of a kind, below)
        if owner and owner.startswith("role:"):
            kind = None  # "The captain, 51, was detained": his age, not a count of the detained
        sent_before = doc.body[b[0]:f.span.start] if b else before
        # "Gusts of up to 130 km/h are expected": what is forecast, said after the figure
        forecast = bool(_FORECAST_BEFORE.search(sent_before) or _EXPECTED_AFTER.match(after)
                        or _POSSIBLE_AFTER.match(after))
        fb = _FORECASTER.search(sent_before[-80:]) if forecast else None
        m = _OF_NOUN.match(doc.body[f.span.end:f.span.end + 40])
        of = frozenset()
        if m and unit not in ("", "people") and words(m.group(1))[0] not in _NOT_NOUNS:
            of = frozenset(w[:5] for w in words(m.group(1)) if w not in STOP)
        if unit != "people" and _people_list(about):
            unit = "people"  # "1,800 deckhands, engineers and ticket staff"
        if not unit and _MEASURE_BEFORE.search(sent_before):
            unit = _MEASURE_BEFORE.search(sent_before).group(1).lower()  # "gave the magnitude as 6.3"
        if unit in MEASURE_UNITS:
            kind = None  # a quake's magnitude counts nothing ("damaging dozens of homes" is not its kind)
        elif unit == "people" and not kind and _STRIKE_AFTER.search(after):
            kind = "protest"  # "walked out on Monday", "joined the stoppage": a strike's head count
        after_sent = doc.body[f.span.end:b[1]] if b else after
        mr = (_RUNNING_AFTER.search(after_sent) or _SINCE_AFTER.search(after_sent) or _RUNNING_BEFORE.search(sent_before[-40:])
              or _RUNNING_LEAD.match(sent_before))
        running = _hour(mr.group(1)) if mr else None
        if running and mr.group(1).lower().startswith("by ") and _FUTURE.search(clause):
            # "will receive 2 GB of free data, added by Friday": a deadline, no tally at a moment (the
            # figure's own clause in the future: "had collected 152 birds by Thursday, and more will
            # come" stays a tally)
            running = None
        if running and mr.group(1).lower().startswith("at ") \
                and _EVENT_VERB_BEFORE.search(mr.string[max(0, mr.start(1) - 50):mr.start(1)]):
            running = None  # "walked out at 06:00", "docked at Vessing at 11:40": when something was done, no tally
        if running and re.search(r"\ball (?:of )?(?:the |its |his |her |their )?$", before[-16:], re.I):
            running = None  # "all 68,000 of his hens had been gassed by Thursday morning": the whole, done
        if unit in TIME_UNITS and not re.match(r"\s+(?:after|before|later|earlier|into|from)\b", after) \
                or unit in _LENGTH_UNITS | {"millimetre"} and re.search(r"\b(?:a|an)\s+$", before[-6:], re.I) \
                and re.match(r"\s+[a-z]", doc.body[f.span.end:f.span.end + 3]):
            running = None  # "under control at 11:10, after nine hours", "a 900 mm main burst ... at 04:10": a length of time or of a thing, no tally
        if unit in _OWNED_UNITS:
            running = None  # "the search for a 27-year-old man was halted at 18:00": an age is no count at an hour
        pk = _PEAK.search(sent_before[-60:])
        if running and pk and not re.search(r"\d", sent_before[-60:][pk.end():]):
            running = None  # "the highest gust recorded was 148 km/h ... at 01:20": a peak and when it came
        if limit and _UP_TO.search(before[-20:] + f.span.text) and "per hour" in unit:
            limit = False  # "gusts of up to 190 km/h": the peak measured, no limit set
        if limit and unit in ("people", "household") and _UP_TO.search(before[-20:] + f.span.text) \
                and not _MODAL.search(clause) \
                and not (_LIMIT.search(_UP_TO.sub(" ", before[-20:] + " " + f.span.text)) or _ALLOWED_AFTER.match(after)
                         or _THRESHOLD_BEFORE.search(before)):
            # "cutting heating to up to 40,000 homes": how many were hit, said as an upper estimate
            # (no modal: "would be licensed", "can hold"), compared as "at most 40,000"
            limit = False
        if limit and _UP_TO.search(before[-20:] + f.span.text) and _ESTIMATE.search(clause) \
                and not (_LIMIT.search(_UP_TO.sub(" ", before[-20:] + " " + f.span.text)) or _ALLOWED_AFTER.match(after)
                         or _THRESHOLD_BEFORE.search(before) or _CAP.search(clause)):
            # "estimated the damage at up to 8 million", "could cut up to 180 posts": an estimate's
            # top, compared as a figure; "can carry up to 120", "faces up to 15 years" stay limits
            limit = False
        if limit and _AT_MOST.search(before[-20:] + " " + f.span.text) \
                and _PAST_AFTER.match(doc.body[f.span.end:(b[1] if b else f.span.end + 60)]) \
                and not _MODAL.search(clause) \
                and not (_ALLOWED_AFTER.match(after) or _THRESHOLD_BEFORE.search(before)):
            # "no more than 180 kilograms of chlorine escaped": an upper estimate of what happened
            # (a past verb, no modal), compared as "at most 180"; "use no more than 140 litres" stays a limit
            limit = False
        said = _said_change(doc.body, f.span.start, f.span.end, b[0] if b else 0) \
            if not f.change and unit == "percent" else None
        if not per and _PER_AFTER.match(doc.body[f.span.end:f.span.end + 20]):
            per = _PER_AFTER.match(doc.body[f.span.end:f.span.end + 20]).group(1).lower()  # "4.5% a year"
        side = _tally_side(doc.body, f.span.start, f.span.end) if unit in ("", "vote") and float(v).is_integer() else None
        vm = _VOTING_AFTER.match(doc.body[f.span.end:f.span.end + 40]) if not side and _people_unit(unit) else None
        if vm:
            # "with 84 members voting in favour and 61 against": the votes of a side, as "86 votes in favour"
            side = "against" if vm.group(1).lower() in ("against", "no") else "for"
        if f in scores:
            side = "for"  # "The vote was 13-0": the votes for, the side "13 in favour" gives
        if side:
            unit, kind = "vote", "vote"  # "41 against", "112 to 41": the votes of one side
        dim = None
        m2 = re.match(r"^\s*(long|high|tall|wide|deep)\b", doc.body[f.span.end:f.span.end + 10], re.I)
        if m2:
            dim = _DIM_AFTER[m2.group(1).lower()]
        elif _DIM_BEFORE.search(sent_before):
            dim = _DIM_BEFORE.search(sent_before).group(1).lower()
        elif re.search(r"\d-[a-z]+$", f.span.text) and unit in _LENGTH_UNITS \
                and re.match(r"\s+[a-z]", doc.body[f.span.end:f.span.end + 3]):
            dim = "length"  # "a 40-metre vessel": the size of a thing, not "60 metres deep"
        written, scale = None, 1.0
        if unit == "degree":
            unit = _degree_scale(doc.body, v)
        if unit in _CONVERT and not isinstance(f.value, list):
            # one quantity in two systems of units: compared in one ("about 12 miles" is 19.3 km)
            # (a fishing limit's mile is the nautical one: "a 12-mile fishing limit" is 22 kilometres)
            nautical = unit == "mile" and b is not None and _AT_SEA.search(doc.body[b[0]:b[1]])
            unit, scale, offset = _CONVERT["nautical mile" if nautical else unit]
            written, v = v, (v + offset) * scale
        if unit != "people" and unit in _person_nouns() and _counted_noun(unit) and not _SCALE.search(f.span.text):
            # "21 seafarers", "some 60,000 youngsters": a head count (WordNet's people; not "52
            # million kelts", an invented currency that WordNet knows as a Celt)
            unit = "people"
        head = unit[:5] if unit in _CLASS_NAMES else _head(about)
        subject = _SHARE_SUBJECT.search(sent_before) if unit == "percent" and about and re.search(r"\d", about) else None
        if subject and subject.group(1).lower() not in STOP:
            # "Turnout was 57 per cent of the union's 38,200 members": a share of a whole, of turnout
            head = _stem(subject.group(1).lower())[:5]
        out.append(Fig(doc, f, v, unit, per, kind, head, ctx, limit, rates=rates,
                       duration=unit in TIME_UNITS, range=isinstance(f.value, list), stage=stage, owner=owner,
                       forecast=forecast, of=of, running=running, sub=_sub(about, sent_before[-30:]) | ({side} if side else set())
                       | ({"part", _head(about) or ""} if part else set()), dim=dim,
                       years=other_years | named, dated=bool(other_years), party=frozenset() if side else _party(rec, doc.body, f, b, kind),
                       lost=(bool(f.change) and not move and not level or bool(_LOST_AFTER.match(after))) and not _affected(unit),
                       move=said[0] if said else move,
                       what=said[1] if said else _moved(about, sent_before) if move else frozenset(),
                       fresh="new" in words(f.span.text),
                       prior=bool(_PRIOR_BEFORE.search(before)) and _in_change(rec, f, b, before),
                       whole=(sz.group(1) if unit == "people" and not kind
                              and (sz := _SIZE_OF.search(before)) and sz.group(1) not in _NOT_WHOLES else None),
                       reason=(f.event.text.lower() if unit == "people" and not kind and verb_before else None),
                       offer=bool(_OFFER_BEFORE.search(before) or _PAY_BEFORE.search(before) and _A_SHARE_AFTER.match(after)),
                       revised=bool(_REVISED_AFTER.search(after_sent) or _REVISED_BEFORE.search(sent_before[-60:])), by=fb.group(1).lower() if fb else None,
                       now=(kind in EVOLVING or _count_unit(unit)) and unit not in TIME_UNITS and bool(_STILL.search(_RESIDE.sub(" ", before[-25:] + " " + after[:30]))),
                       role=_verb_role(event, f.unit or ""), wish=bool(_WISH_BEFORE.search(sent_before[-80:])),
                       plan=bool(unit == "people" and verb_before
                                 and _PLAN_BEFORE.search(doc.body[max(0, f.event.start - 40):f.event.start])),
                       named=_named(rec, f), places=_places(rec, doc.body, b), body_years=body_years,
                       months=frozenset(m.lower() for m in _MONTH_OF.findall(clause)),
                       period=_period(clause), future=bool(_TOLD_AHEAD.search(_conjunct(doc.body, f.span.start, f.span.end))),
                       sex=(_sex(f.span.text + " " + (about or "")) or _sex(doc.body[b[0]:b[1]] if b else before + f.span.text + after))
                       if owner == UNNAMED else None,
                       margin=bool(_MARGIN_AFTER.match(after) or _MARGIN_BEFORE.search(before)),
                       held=bool(_HAS_BEFORE.search(before)),
                       total=_is_total(doc.body, f, b), written=written, scale=scale,
                       base=not kind and bool(_BASE_BEFORE.search(before)),
                       market=(unit == "percent" or _is_money(f.unit)) and not kind
                       and bool(_MARKET.search(clause))))
        if f in scores:
            out[-1].head = "vote"
    return out


# units of one quantity in another system, as the units table names them (lower-cased): the unit
# compared in, what one unit is in it, and what is added first (degrees Fahrenheit less 32)
_CONVERT = {"mile": ("kilometre", 1.609344, 0.0), "mile per hour": ("kilometre per hour", 1.609344, 0.0),
            # (metres as kilometres: "an 800-metre cordon" and "half a kilometre" are one radius)
            "metre": ("kilometre", 0.001, 0.0), "foot": ("kilometre", 0.0003048, 0.0), "yard": ("kilometre", 0.0009144, 0.0),
            "nautical mile": ("kilometre", 1.852, 0.0),
            "degree fahrenheit": ("degree celsius", 5 / 9, -32.0),
            # one quantity in two scales of a unit ("1,450 MW" and "1.6 GW"; acres and hectares)
            "gigawatt": ("megawatt", 1000.0, 0.0), "kilowatt": ("megawatt", 0.001, 0.0),
            "gigawatt hour": ("megawatt hour", 1000.0, 0.0), "kilowatt hour": ("megawatt hour", 0.001, 0.0),
            "terawatt hour": ("megawatt hour", 1e6, 0.0),
            "acre": ("hectare", 0.40468564224, 0.0), "square kilometre": ("hectare", 100.0, 0.0),
            "square mile": ("hectare", 258.99881103, 0.0)}
# (a limit at sea, fishing or territorial, is in nautical miles; "37 miles offshore" of a rocket's
# fall or "a 16-mile stretch" of a coast road are land miles)
_AT_SEA = re.compile(r"\b(?:nautical|territorial|fish\w*|trawl\w*|maritime|naval)\b", re.I)
_FAHRENHEIT = re.compile(r"\bFahrenheit\b|°\s?F\b")
_CELSIUS = re.compile(r"\bCelsius\b|\bcentigrade\b|°\s?C\b")
_TEMPERATURE = re.compile(r"\btemperatures?\b", re.I)


_MARKET = re.compile(r"\b(?:shares?|stake|premium|(?:closing|share|opening) price|trade|trading|closed)\b", re.I)


def _is_money(unit: str | None) -> bool:
    """A currency of the units table (ISO code) or a bare currency word ("crowns")."""
    from ..components.figures import units

    return bool(unit) and (getattr(units().units.get(unit), "kind", None) == "money" or unit.isupper() and len(unit) == 3
                           or _singular(unit.lower()) in _currency_words())


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """Currencies by their last word, from ISO 4217 as pycountry gives it ("Aruban Florin": florin),
    and a few more ("crown", "yuan", "daler"): an amount in one, not a count of things."""
    import pycountry

    names = {c.name.split()[-1].lower() for c in pycountry.currencies}
    return frozenset(w for w in names if w.isalpha() and w not in _NOT_CURRENCY) | _MORE_CURRENCY


_NOT_CURRENCY = frozenset("account gold silver platinum palladium involved purposes fomento previsional oro sum "
                          "uruguayo soberano mvdol bceao beac omani real sol won dram".split())
_MORE_CURRENCY = frozenset("crown euro dollar pound franc mark krona krone yen yuan rupee daler".split())


AREA_UNITS = frozenset({"square metre", "square kilometre", "square mile", "square foot", "acre", "hectare"})


def _measure(unit: str | None) -> bool:
    """A unit of measure of the figures stage's table (a length, a mass, a volume, a speed ...)."""
    from ..components.figures import units

    return bool(unit) and getattr(units().units.get(unit), "kind", None) == "measure"


def _counted_damage(f: Fig) -> bool:
    """A count of things destroyed or damaged ("Eleven homes ... destroyed"), not a measure or an
    amount of the table ("90 seconds after lift-off, destroying ...", "damage of 60 million euros"):
    it grows as assessors go in, as a toll does, so a later day's is an update."""
    return f.kind == "damage" and not f.duration and not _known_unit(f.unit) and not _is_money(f.unit)


def _degree_scale(body: str, value: float | None = None) -> str:
    """What a bare "degrees" is in a report: the scale the report names, where it names one
    ("reached 115.2 degrees Fahrenheit ... the previous record of 114.1 degrees"); in a report of
    temperatures that names none, Fahrenheit for a weather temperature no Celsius reading reaches
    ("expected to reach 108 degrees": AIR_CELSIUS_MAX to FAHRENHEIT_AIR_MAX), else Celsius (the
    scale of most of the world; "1,000 degrees" in a fire); else a bare degree."""
    f, c = bool(_FAHRENHEIT.search(body)), bool(_CELSIUS.search(body))
    if f != c:
        return "degree fahrenheit" if f else "degree celsius"
    if not f and _TEMPERATURE.search(body):
        if value is not None and AIR_CELSIUS_MAX < value <= FAHRENHEIT_AIR_MAX:
            return "degree fahrenheit"
        return "degree celsius"
    return "degree"


AIR_CELSIUS_MAX = 60.0  # no air temperature on record reaches 60 C (the highest, 56.7 C, is 134 F)
FAHRENHEIT_AIR_MAX = 135.0


def _about_in_paragraph(body: str, f: Any) -> str | None:
    """The words of what a figure is about that stand in the figure's own paragraph: a headline with
    no full stop is parsed with the first sentence below it, so "Hospitals cancel operations ..."
    is no "about" of "41.2C" in the body, nor "The southern city" of the headline's "above 38C"."""
    if not f.about:
        return None
    p0 = body.rfind("\n\n", 0, f.span.start)
    p0 = 0 if p0 < 0 else p0 + 2
    p1 = body.find("\n\n", f.span.end)
    p1 = len(body) if p1 < 0 else p1
    s, e = max(f.about.start, p0), min(f.about.end, p1)
    if (s, e) == (f.about.start, f.about.end):
        return f.about.text
    return body[s:e].strip(" \n.,;:") or None if s < e else None


def _lost_count(f: Any) -> bool:
    """A change the figures stage read that is a count of things lost ("lost 46 containers
    overboard", "shed 300 jobs"): the counted noun is the figure's own noun, the verb one of losing."""
    if not f.event or f.event.text.lower() not in _LOST or not f.about or not f.unit:
        return False
    noun = words(f.about.text)
    unit = _singular(f.unit.lower().split()[-1])
    # the counted noun, or a measure of it, the figure's own unit ("lost 50 hectares of lucerne";
    # not "lost 3 percent of its value", a change)
    return bool(noun) and (_singular(noun[-1]) == unit or unit not in ("percent", "point", "cent")
                           and unit in {_singular(w) for w in words(f.span.text)} and _known_unit(f.unit))


# a number that names one of a series, not a count: "Episode 7", "season 2", "Game 4", "Round 3",
# "Chapter 12", "No. 5", "Article 50", "Flight 302"
_LABEL_BEFORE = re.compile(
    # clear in any case ("episode 9", "chapter 11 bankruptcy", "flight 302")
    r"\b(?:[Ee]pisode|EPISODE|[Cc]hapter|[Aa]rticle|[Ff]light|[Rr]oute|[Hh]ighway|[Ii]nterstate|[Gg]ate|[Pp]latform|"
    r"[Gg]rade|[Cc]ategory|[Tt]ier|[Mm]atchday|[Vv]olume|[Vv]ol\.|[Vv]ersion|No\.|no\.|Nos\.|[Nn]umber|Apollo|Windows|iPhone"
    # words that also end a phrase before a count ("last week 200 workers", "that day 12 people"):
    # a label only when capitalised ("Week 12", "Game 4", "Season 2")
    r"|Season|Series|Week|Day|Game|Round|Stage|Part|Act|Phase|Level|Floor|Issue|Leg|Heat|Ward|Lane|Pier|Sol)"
    r"\s*#?\s*$")


def _small_int(v: float, text: str) -> bool:
    """A whole number of a few digits, written as digits ("7", "2 of the drama"; not "3 million",
    not "seven")."""
    m = re.match(r"#?(\d{1,4})(?![\d,.]|\s*(?:million|billion|thousand|hundred|m|bn|k)\b)", text.strip(), re.I)
    return bool(m) and float(v).is_integer() and int(m.group(1)) == v


# figures that belong to someone: an age is the age of the person it follows ("Princess Alma, 38,")
_OWNED_UNITS = frozenset({"year of age"})
# roles one person holds in a story (of a ship, a team, a company): their age is that person's
ROLES = frozenset("captain skipper pilot driver commander coach manager goalkeeper chairman chairwoman "
                  "director founder owner mayor governor".split())
_ROLE_AGE = re.compile(r"\b[Tt]he (" + "|".join(sorted(ROLES)) + r"), (\d{2}),")


def _role_ages(doc: Any) -> list[Any]:
    """"The captain, 51, was detained": an age (the figures stage reads "Duke Berin, 71," but not a
    role's), where no figure of the record covers it."""
    from ..record import Figure, Span

    body = doc.body
    taken = [(f.span.start, f.span.end) for f in (getattr(doc.record, "figures", None) or [])]
    return [Figure(value=int(m.group(2)), unit="year of age", span=Span.of(body, m.start(2), m.end(2)),
                   about=Span.of(body, m.start(1), m.end(1)))
            for m in _ROLE_AGE.finditer(body) if not any(s < m.end(2) and m.start(2) < e for s, e in taken)]


UNNAMED = "#unnamed"  # the owner of an age whose person the report does not name
# the age of a thing, not of a person: "the 19-year-old ship", "a 40-year-old bridge"
_THING_AGE = re.compile(r"^\S*\s*(?:[a-z-]+\s+)?(?:ship|vessel|ferry|boat|plane|aircraft|jet|bridge|building|plant|"
                        r"reactor|car|truck|lorry|bus|train|tram|house|tower|dam|line|pipeline|mine|factory|church|"
                        r"cathedral|school|hospital|stadium|road|tunnel|company|firm|business|club|law|record|tree|"
                        r"machine|boiler|engine|system|network|satellite|station)s?\b", re.I)
_MALE = frozenset("man men boy boys father son husband brother he his him grandfather".split())
_FEMALE = frozenset("woman women girl girls mother daughter wife sister she her grandmother".split())


def _sex(sentence: str) -> str | None:
    """The sex its sentence's words give a person ("a 52-year-old man": m), None where they give
    none or both."""
    ws = set(words(sentence))
    m, f = bool(ws & _MALE), bool(ws & _FEMALE)
    return "m" if m and not f else "f" if f and not m else None


def _affected(unit: str) -> bool:
    """A count of those something happens to (people, customers, households): they lose power
    or their homes; they are never themselves what is lost, as "31 containers" or "19 seats" are."""
    return unit in _CLASS_NAMES or _people_unit(unit)


def _owner(about: str | None) -> str | None:
    """The name a figure belongs to, as its last capitalised word ("Duke Berin" -> "berin");
    None when the figure hangs on a description ("the 38-year-old princess")."""
    # (a capitalised word that starts a sentence, "The missing skier", names no one)
    caps = [w for w in re.findall(r"[\w'’-]+", about or "") if w[:1].isupper() and w.lower() not in STOP]
    if caps:
        return caps[-1].lower()
    # "the 54-year-old captain" and "The captain, 51,": one role in a story, one person
    ws = words(about or "")
    return "role:" + ws[-1] if ws and ws[-1] in ROLES else None


# "two of its three cranes", "some of the 300 residents": the figure after "of" is the whole, said in
# passing; after "each of", "every one of", "most of", "all of" it is what is told ("each of the city's
# 296,000 residents", "most of our 412 tram drivers": the count itself)
_PART_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
               "hundreds?|thousands?|dozens?|half|many|some|several|few")
_PARTITIVE_WHOLE = re.compile(
    r"\b(?<!every )(?<!not )(?:\d[\d,.]*|(?:[a-z]+-)?(?:" + _PART_WORDS + r")) of "
    r"(?:(?:its|their|the|his|her|our|all) (?:[\w-]+['’]s )?|"
    r"[A-Z][\w-]*['’]s )$", re.I)  # ("2,950 of the day's 3,400", "41 of Pavo's 44")


def _singular(unit: str) -> str:
    """A counted noun in the singular, to compare "seat" with "seats" ("people" stays)."""
    unit = re.sub(r"(?<=gram)me(?=s?$)", "", unit)  # British "kilogramme(s)" is "kilogram"
    if len(unit) <= 3 or not unit.endswith("s") or unit.endswith(("ss", "us", "is")):
        return unit
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    if unit.endswith(("ches", "shes", "xes")):
        return unit[:-2]
    return unit[:-1]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def refusal(a: Fig, b: Fig, same_value_any_day: bool = False) -> str | None:
    """Why two figures of two reports cannot be about the same thing (None: they can): the same unit, rate,
    limit, range or point, kind and state, close enough in value and in time. With
    `same_value_any_day` (the check on a group), one value on two days is one count that did not
    change ("at least 23" on Tuesday and again on Wednesday), not an update."""
    if a.per != b.per and not (not a.per and b.per in a.rates or not b.per and a.per in b.rates) \
            or a.limit != b.limit or a.range != b.range:
        return "shape"  # "150,000 dalers each" vs "a combined 300,000"; a range vs a point
    if a.unit != b.unit:
        return "unit"  # "150,000 dalers" vs "300,000 crowns"; "1,300 members" vs "1,100 dockers"
    if a.unit in _OWNED_UNITS and (a.owner is None or a.owner != b.owner):
        return "owner"  # "Princess Alma, 38" and "Duke Berin, 73": two people's ages, not one
    if a.owner == UNNAMED and (a.sex and b.sex and a.sex != b.sex or a.head and b.head and a.head != b.head):
        return "person"  # "a 52-year-old man" and "a 34-year-old woman"; "The man, 27," and "One inmate, aged 34": two people
    days = days_apart(a.doc.published, b.doc.published)
    if days > MAX_DAYS_APART:
        return "days"  # a figure two weeks on is of a later state, or of a later event of the same kind
    age = a.unit in _OWNED_UNITS
    if a.kind and b.kind and a.kind != b.kind and (not age or "death" in (a.kind, b.kind)):
        # (an age's kind is what its sentence says befell its person: "airlifted" and "injured"
        # are one living person's, "died" another's)
        return "kind"
    if (a.reason and b.kind or b.reason and a.kind) and a.unit == "people":
        return "reason"  # "employs about 900 people" vs "600 people were evacuated": counted for other reasons
    if a.whole != b.whole:
        return "whole"  # "a village of 1,200 people" vs the 600 evacuated from it
    if a.plan != b.plan:
        return "plan"  # "is to free about 150 prisoners" vs "released 162 prisoners": a plan and what was done
    if a.offer != b.offer:
        return "offer"  # a buyer's offer vs the fee agreed or the market price
    if WISH_APART and a.wish != b.wish:
        return "wish"  # "is demanding 8 percent" vs "agreed 5 percent": what is wanted vs what was done
    if a.forecast != b.forecast:
        return "forecast"  # what analysts expected vs what was reported
    if a.by != b.by:
        return "by"  # the central bank's forecast vs the government's plan's
    if bool(a.running) != bool(b.running):
        return "running"  # "55 percent by 17:00" vs the day's 58 percent: a count at an hour is partial
    if a.running and b.running and a.running != b.running and "now" not in (a.running, b.running):
        return "running_hour"  # "as of 6:15 a.m." vs "by 8 a.m.": one growing count at two hours ("so far" is any)
    if a.sub != b.sub:
        return "sub"  # youth unemployment vs unemployment: a sub-group is another thing
    if a.dim and b.dim and a.dim != b.dim:
        return "dim"  # a length vs a height
    if a.move != b.move or a.move and not a.what & b.what:
        return "move"  # a fall vs a level; the index's fall vs one share's
    if a.months and b.months and not a.months & b.months:
        return "months"  # September's rate vs October's
    if a.period and b.period and a.period != b.period:
        return "period"  # a year's profit vs a half-year's
    if a.lost != b.lost and (b if a.lost else a).role != "loss" or a.prior != b.prior and not a.months & b.months:
        # seats lost vs seats won; last month's rate vs this month's (a count another verb of
        # losing takes, "the fault removed 1.6 GW", is the one lost: "1,450 MW of demand was lost")
        return "lost_prior"
    if (not a.years & b.years) if a.years and b.years else \
            (a.dated or b.dated) and not (_years_met(a, b) if a.years else _years_met(b, a)):
        # "by 2029" vs "by 2030", or vs a figure of now (a report that names the other's year
        # elsewhere, "the 2027 budget", may give it without: "will take on 95 million of new debt")
        return "years"
    if a.party and b.party and not (a.party <= b.party or b.party <= a.party):
        return "party"  # the Green-Farmers' share vs Unity's
    if a.unit in _MOMENT_UNITS and a.named and b.named and a.named & b.named <= {"place:", "person:"} \
            and a.named & b.named:
        # a moment or a place in an event is someone's: Aske's penalty "five minutes from the end"
        # vs Strand's opener "after 14 minutes"; "Grelna lies 4 kilometres" vs "Mirovets ... 6"
        # (a fee is not: the record may name the club or the player, one fee)
        return "moment_named"
    if (a.kind in EVOLVING or a.held and b.held) and a.places and b.places and not a.places & b.places:
        return "places"  # "800 beds" in Belovar vs "1,500 beds" in Kestel; Grelna's dead vs Mirovets'
    if a.total != b.total and a.unit not in GENERIC_UNITS:
        return "total"  # a sale's total vs one painting's price
    if a.margin != b.margin:
        return "margin"  # "more than two minutes clear" (a winning margin) vs medics there "within a minute"
    if a.of and b.of and not a.of & b.of:
        return "of"  # "three minutes of stoppage time" vs "a minute's silence"
    lo, hi = sorted((abs(a.value), abs(b.value)))
    crowd = a.kind == b.kind == "protest" and a.unit == "people"
    if hi > (MAX_RATIO_CROWD if crowd else MAX_RATIO) * lo:
        return "ratio"
    pa, pb = a.doc.published, b.doc.published
    later_day = bool(pa and pb and pa[:10] != pb[:10]) and (not same_value_any_day or _differ(a.value, b.value))
    if later_day and not age and (a.kind in EVOLVING or b.kind in EVOLVING or a.fresh or b.fresh or a.revised or b.revised):
        # (a person's age does not move as a toll does: "a 47-year-old engineer" on Monday, "a
        # 49-year-old" on Tuesday is one age given two ways)
        return "later_evolving"  # a toll of Monday and a toll of Wednesday: an update
    if a.base != b.base and a.unit not in GENERIC_UNITS - {"people"}:
        return "base"  # "Pelago has about 3.4 million customers" vs the 1.2 million whose data were taken
    if later_day and (_counted_damage(a) or _counted_damage(b)):
        return "later_damage"  # "Eleven homes ... confirmed destroyed" on Wednesday, "At least 14 homes" on Thursday
    if later_day and (a.market or b.market):
        return "later_market"  # Monday's 9.8% stake vs Thursday's 12.4%; Friday's close vs Thursday's trade
    if (a.now or b.now) and not age and _differ(a.value, b.value) and (later_day or _hours_apart(a.doc, b.doc) >= HOURS_APART):
        return "now"  # 31 missing at 09:30, 29 at 12:00 of one day: a moving count at two hours
    if {a.stage, b.stage} == {"partial", "final"} or later_day and "partial" in (a.stage, b.stage):
        return "stage"  # a partial count and the final one (or a later one): a count going on
    if a.duration and later_day and a.unit == "day" and abs(a.value - b.value) == days \
            and (a.value > b.value) == ((pa or "") > (pb or "")):
        return "duration_days"  # "held for 30 days" on Monday, "32 days" on Wednesday: the same captivity, two days on
    return None



def compatible(a: Fig, b: Fig, same_value_any_day: bool = False) -> bool:
    """Whether two figures of two reports can be about the same thing at all (refusal() says why not)."""
    return refusal(a, b, same_value_any_day) is None


def match(a: Fig, b: Fig) -> float:
    """How surely two figures from two reports are about the same thing (0: they are not)."""
    if not compatible(a, b) or a.owner == UNNAMED:
        return 0.0  # (an unnamed person's age meets another only as one of a kind: figures())
    if a.duration and a.unit == "year" and not _near(a) & _near(b):
        # years are spans of many things in one story (a sentence, a term in office, how long a
        # scheme ran): two lengths in years are one thing only where the words next to them meet
        # ("sentenced ... to 12 years in prison", "to 11 years in prison"), not "ends eight years of
        # government" and "four years fighting"
        return 0.0
    score = _jaccard(a.ctx, b.ctx)
    same_head = bool(a.head and a.head == b.head)
    # two changes the same way of one named thing (compatible() saw their counted words meet) are
    # as sure as two counts of one kind: "Halvard shares fell 9.2 percent", "Halvard dropped 12.5%"
    same_kind = bool(a.kind and a.kind == b.kind) or bool(a.move)
    if a.unit in GENERIC_UNITS and not same_head and score < GENERIC_CONTEXT and (a.unit != "people" or not same_kind) \
            and not a.move:
        # "63 percent" and "38.5%" of one election: a bare share needs its noun or its words; a
        # head count its noun, its words or its kind ("1,200 people" in tents, "1,500 residents" in shelters)
        return 0.0
    if score == 0 and not same_kind and (a.duration or a.unit not in GENERIC_UNITS) and a.unit not in MEASURE_UNITS:
        # nothing in common but the unit (and the unit's noun): "800,000 dalers" confiscated and "a
        # combined 300,000 dalers" in fines, "rose two metres in four hours" and "six hours on his roof"
        # (a named measure, a quake's magnitude, is one of a kind in a story: it needs no shared words)
        return 0.0
    if same_kind:
        score += KIND_WEIGHT
    if same_head:
        score += HEAD_WEIGHT
    if a.unit not in GENERIC_UNITS:
        score += UNIT_WEIGHT
    if a.role and b.role and a.role != b.role and not (a.kind and a.kind == b.kind):
        # "will cost 1,200 jobs" vs "would create 2,000 jobs": two things done to jobs (where one
        # kind of count holds both, "spent the night in schools" and "housed in tents", the kind says)
        score -= ROLE_PENALTY
    if a.unit in MEASURE_UNITS or (a.dim and a.dim == b.dim):
        score += 0.3  # "magnitude 6.1" and "gave the magnitude as 6.3"; "11 metres long" and "length at 14 metres"
    if a.months and a.months == b.months:
        score += MONTH_BONUS  # "4.1 per cent in September" and "up from 4.4% in September"
    if a.duration:
        score += DURATION_BONUS  # durations are few in a story: lengths of time are a kind of their own
    return score


# what the verb a figure's counted thing takes part in does to it: lose it, make it, have it, take
# it in or give it out. Two figures whose verbs are of two roles count two things, however alike
# their nouns and sentences ("will cost 1,200 jobs" vs "would create 2,000 jobs"); a verb of no
# role here ("killed", "said", "cost", "took") says nothing. Stems, read at the word's start; the
# short words as whole words.
VERB_ROLES: dict[str, tuple[str, ...]] = {
    "loss": ("lose", "losing", "lost", "shed", "slash", "eliminat", "scrap", "destroy", "damag", "wipe", "wiping",
             "abolish", "closing", "close", "axe", "axing", "disappear", "vanish", "ruin", "demolish", "flatten",
             "remov", "strip"),
    "creation": ("creat", "build", "built", "hire", "hiring", "recruit", "generat", "open", "launch", "establish"),
    "holding": ("hold", "seat", "hous", "employ", "support", "sustain", "contain", "accommodat", "carry", "carri",
                "own", "keep", "kept", "store"),
    "inflow": ("rais", "receiv", "earn", "collect", "attract", "import", "buy", "bought", "admit", "recall", "gain",
               "win", "won", "acquir", "borrow"),
    "outflow": ("spend", "spent", "pay", "paid", "invest", "donat", "give", "gave", "given", "export", "sell", "sold",
                "discharg", "unload", "lend", "lent", "disburs", "distribut"),
}
_VERB_ROLE_WORDS = {"cut": "loss", "cuts": "loss", "cutting": "loss", "go": "loss", "goes": "loss",
                    "going": "loss", "gone": "loss", "went": "loss", "add": "creation", "adds": "creation",
                    "added": "creation", "adding": "creation", "own": "holding", "owns": "holding",
                    "owned": "holding", "win": "inflow", "wins": "inflow", "won": "inflow", "pay": "outflow",
                    "pays": "outflow", "paid": "outflow"}
# nouns the figures stage may give as a figure's verb, which start like a verb of a role
_NOT_VERB_ROLE = frozenset("opening openings owner owners holder holders payment payments house houses store stores "
                           "support supporter supporters seats seat".split())
# what "cost" takes away ("will cost 1,200 jobs"); a price ("will cost 2.4 billion") has no role
_LOSABLE = frozenset("job post position life people worker seat home house".split())


def _verb_role(verb: str | None, unit: str = "") -> str | None:
    """The role of a figure's verb (VERB_ROLES), or None where the verb says none. "will cost 1,200
    jobs" loses them; "will cost 2.4 billion euros" is a price (no role)."""
    if not verb:
        return None
    w = verb.lower().split()[0] if verb.split() else ""
    if w.startswith("cost"):
        return "loss" if _singular(unit.lower()) in _LOSABLE else None
    if w in _VERB_ROLE_WORDS:
        return _VERB_ROLE_WORDS[w]
    if len(w) < 4 or w in _NOT_VERB_ROLE:
        return None
    for role, stems in VERB_ROLES.items():
        if any(w.startswith(st) for st in stems if len(st) >= 4 or w == st):
            return role
    return None


# "About 25,000 people remain in Tvardin": those who live there still, a town's population, not a
# count of the moment as "31 still missing" or "remain in hospital" is
_RESIDE = re.compile(r"\b(?:[Rr]emain|[Rr]emains|[Rr]emained|[Rr]emaining)\s+in\s+(?:the\s+(?:town|city|village|area|region|"
                     r"enclave|district|capital)\b|(?!Hospital\b)[A-Z])")
# (and "17 people are now confirmed ill": the count as of the report)
_STILL = re.compile(r"\b(?:still|remain|remains|remained|remaining|(?:are|is|were|was|has|have) now)\b", re.I)
HOURS_APART = 2.0  # two reports of one day this far apart in time give a moving count at two hours


def _hours_apart(a: Any, b: Any) -> float:
    """Hours between two reports' publication instants (0 when either is not known)."""
    ia, ib = published_instant(a), published_instant(b)
    return abs((ia - ib).total_seconds()) / 3600 if ia and ib else 0.0


def same_thing(a: Fig, b: Fig) -> bool:
    return match(a, b) >= MATCH_SURE


def _about(g: list[Fig]) -> str:
    """What a group of figures counts, in words: the counted noun most of them give (a noun, not
    a pronoun), with the kind of count and the unit."""
    if g[0].owner:
        # an age: whose ("Duke Berin's age"), as the first report names its owner
        name = next((f.fig.about.text for f in g if f.fig.about and f.owner), g[0].owner)
        return f"{name} (age)"
    nouns: Counter = Counter()
    for f in g:
        a = f.fig.about.text if f.fig.about else ""
        if not a or any(ch.isupper() for ch in a[:1] + "".join(t[:1] for t in a.split()[1:])):
            continue  # a name ("Talvera"), not what is counted
        ws = [w for w in words(a) if w not in STOP and w not in PRONOUNS and not w[0].isdigit()
              and w not in _MAGNITUDES]
        if ws and len(ws) <= 4:
            nouns[" ".join(ws)] += 1
    noun, n = nouns.most_common(1)[0] if nouns else ("", 0)
    if n * 2 < len(g):
        # no counted noun most of them agree on: the words their sentences share, as the first
        # report writes them next to its figure ("turnout was 58.4%": "turnout"), not the most
        # frequent shared words in any order
        shared: Counter = Counter()
        for f in g:
            sent = _sentence(f.doc.body, f.fig.span.start, f.fig.span.end)[0]
            shared.update({w for w in words(sent) if len(w) > 3 and w not in STOP and w not in PRONOUNS
                           and not w[0].isdigit() and w not in _NAMES_OF(f.doc.body)})
        common = {w for w, c in shared.items() if c * 2 >= len(g)}
        noun = _run_near(g[0], common) or noun
    unit = g[0].fig.unit or ""
    bits = [noun or unit or "figure"]
    if g[0].kind and g[0].kind not in bits[0]:
        bits.append(f"({g[0].kind})")
    if unit and unit not in bits[0] and unit not in ("people",):
        bits.append(f"in {unit}")
    if g[0].per:
        bits.append(f"per {g[0].per}")
    return " ".join(bits)


def _run_near(f: Fig, common: set[str], reach: int = 10) -> str:
    """The first run of `common` words (up to three) after the figure in its sentence, else the
    nearest run before it."""
    body, sp = f.doc.body, f.fig.span
    sent = _bounds(body, sp.start)
    if sent is None:
        return ""

    def first_run(ws: list[str]) -> list[str]:
        run: list[str] = []
        for w in ws[:reach]:
            if w in common:
                run.append(w)
                if len(run) == 3:
                    break
            elif run:
                break
        return run

    after = first_run(words(body[sp.end:sent[1]]))
    if after:
        return " ".join(after)
    return " ".join(reversed(first_run(list(reversed(words(body[sent[0]:sp.start]))))))


def _NAMES_OF(body: str) -> set[str]:
    """Lower-cased words the body writes capitalised mid-sentence: names, not what is counted."""
    return {m.group(1).lower() for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]+)", body)}


_MAGNITUDES = frozenset("thousand million billion trillion m bn".split())
PRONOUNS = frozenset("it they them he she we you i this that these those its their us our your me my him".split())


def _differ(x: float, y: float) -> bool:
    return abs(x - y) > 1e-9 * max(1.0, abs(x), abs(y))


def _decimals(f: Fig) -> int | None:
    """The decimals a figure's number is written with ("67.3 percent": 1, "6.0": 1, "67%": 0), of
    the value as a whole where a scale multiplies it ("1.4 billion": -8, "1.38 billion": -7); None
    where the value is not the number as written times a power of ten ("forty-two")."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", f.fig.span.text)
    if not m:
        return None
    written = float(m.group(0).replace(",", ""))
    places = len(m.group(1) or "")
    if not _differ(written, abs(f.value)):
        return places
    if written <= 0 or not f.value:
        return None
    k = round(math.log10(abs(f.value) / written))
    if k < 3 or _differ(written * 10 ** k, abs(f.value)) or len(m.group(0).replace(",", "").replace(".", "").strip("0")) < 2:
        # (a scaled number of one digit is a round figure, not a rounding: "5 billion" beside
        # "450 crore", "6 million" beside "6.5 million")
        return None
    return places - k


def _precision(g: list[Fig]) -> dict[float, int | None]:
    """Each value of a group with the fewest decimals it is written with (None: not known)."""
    out: dict[float, int | None] = {}
    for f in g:
        v, d = round(f.value, 6), _decimals(f)
        out[v] = d if v not in out else (None if d is None or out[v] is None else min(d, out[v]))
    return out


def _disagree(x: float, y: float, prec: dict[float, int | None],
              approx: dict[float, tuple[str, float]] | None = None) -> bool:
    """Two values that differ once the more precise is rounded as the other is written: 67.3 and
    67 percent, 2.42% and 2.4 percent are one value said more or less precisely (5.8 and 6.0 are not);
    and that no approximate writing of either holds the other (`_holds`)."""
    if not _differ(x, y):
        return False
    if approx and (_holds(approx.get(x), x, y, approx.get(y)) or _holds(approx.get(y), y, x, approx.get(x))):
        return False
    dx, dy = prec.get(x), prec.get(y)
    if dx is None or dy is None or dx == dy:
        return True
    if abs(x - y) > ROUNDED_SHARE * max(abs(x), abs(y)):
        return True  # "3.5 pells a litre" and "4 pells": a half unit off is another figure, not a rounding
    fine, coarse, d = (x, y, dy) if dx > dy else (y, x, dx)
    return _differ(round(fine, d), coarse)


# how a qualifier widens the number it stands before: "about 60" holds what rounds to 60 (55 to 65),
# "more than 9,400" what lies from 9,400 up to the next hundred, "almost 500" what lies within
# half a unit below 500
_ROUND_QUALIFIERS = frozenset({"about", "around", "some", "roughly", "approximately", "an estimated",
                               "estimated", "circa"})
_ABOVE_QUALIFIERS = frozenset({"more than", "over", "at least", "just over", "upwards of", "in excess of"})
_BELOW_QUALIFIERS = frozenset({"nearly", "almost", "just under", "close to", "up to"})
# how far a rounded writing reaches: "about X" holds what lies within a tenth of X (and rounds to X);
# a value rounds to a less precise one only within a twentieth of it ("67.3" and "67" per cent are
# one share, "3.5" and "4" pells a litre two prices). Pooled over invented..110, each found 3 more
# of the gold with no prediction wrong and no false alarm more
HELD_SHARE = 0.10
ROUNDED_SHARE = 0.05


def _unit(f: Fig) -> float | None:
    """The place of a figure's last written digit: 60 and 9,400 -> 10 and 100, 2 million -> a
    million, 4.1 -> 0.1; None where it cannot be told."""
    if f.written is not None:
        # a converted figure: its written unit in the unit it is compared in (8.7 miles: 0.16 km)
        u = _unit(replace(f, value=f.written, written=None, scale=1.0))
        return None if u is None else u * f.scale
    d = _decimals(f)
    if d is not None and d > 0:
        return 10.0 ** -d
    v = abs(f.value)
    if v == 0 or abs(v - round(v)) > 1e-9:
        return None
    v, u = int(round(v)), 1
    while v % (u * 10) == 0:
        u *= 10
    return float(u)


def _approximate(g: list[Fig]) -> dict[float, tuple[str, float]]:
    """Each value of a group written with a qualifier that widens it ("about 60", "more than
    9,400"), with the qualifier and the unit of the number as written."""
    out: dict[float, tuple[str, float]] = {}
    for f in g:
        q = (f.fig.qualifier or "").lower().strip()
        if f.written is not None and q not in _ABOVE_QUALIFIERS and q not in _BELOW_QUALIFIERS:
            q = "about"  # a converted figure holds what its written number rounds to
        if q in _ROUND_QUALIFIERS or q in _ABOVE_QUALIFIERS or q in _BELOW_QUALIFIERS:
            u = _unit(f)
            if u is not None:
                out.setdefault(round(f.value, 6), (q, u))
    return out


def _holds(a: tuple[str, float] | None, x: float, y: float, b: tuple[str, float] | None) -> bool:
    """Whether x written approximately (qualifier and unit a) holds y: "around 60" holds 62,
    "more than 9,400" holds 9,412, "almost 500" holds 496; where y is approximate too ("about
    3,000" and "about 3,500"), the coarser unit of the two is the tolerance."""
    if a is None:
        return False
    q, u = a
    if q in _ABOVE_QUALIFIERS:
        return x <= y < x + u
    if q in _BELOW_QUALIFIERS:
        return x - u / 2 <= y <= x
    if b is not None and b[0] in _ROUND_QUALIFIERS:
        u = max(u, b[1])
    # (a hair under half the unit: 30 metres as 0.03 km against 25 as 0.025 is not "within" 0.005
    # by a float's last digit; and never further than HELD_SHARE of the number: "about 300 households"
    # does not hold 260, though 260 rounds to 300)
    return abs(x - y) < u / 2 * (1 - 1e-9) and abs(x - y) <= HELD_SHARE * abs(x)


def _value_json(f: Fig) -> dict[str, Any]:
    s = f.fig.span
    return {
        "article": f.doc.name,
        "article_id": f.doc.id,
        "publisher": f.doc.publisher,
        "published": f.doc.published,
        "value": f.fig.value if not isinstance(f.fig.value, float) or not f.fig.value.is_integer() else int(f.fig.value),
        "unit": f.fig.unit,
        "per": f.fig.per,
        "text": s.text,
        "span": {"start": s.start, "end": s.end, "text": s.text},
    }


_WORD_AT = re.compile(r"[^\W_]+(?:[.,'’\-][^\W_]+)*")
REUSED_LINK = 10.0  # above any score: a figure at the same place of a sentence one report took from another


def _bare_figs(figs: list[Fig], reused: list[Any]) -> list[Fig]:
    """The numbers of copied sentences that `_figs` leaves out (a count with no unit read, a
    sentence that names another year: "The crowd of 48,216 was the biggest since the stadium was
    rebuilt in 2017"), as figures of their own: in a sentence one report took from another, a
    number changed is the same thing by construction."""
    have = {(id(f.doc), f.fig.span.start) for f in figs}
    out: list[Fig] = []
    seen: set[tuple[int, int]] = set()
    for r in reused:
        for doc, spans in ((r.source, [p[0] for p in r.pairs]), (r.target, [p[1] for p in r.pairs])):
            for f in getattr(doc.record, "figures", None) or []:
                key = (id(doc), f.span.start)
                v = _value(f.value)
                if (key in have or key in seen or v is None or isinstance(f.value, list) or f.change
                        or not any(a <= f.span.start < b for a, b in spans)
                        or f.unit in ("year", "date", "time") or (not f.unit and 1900 <= v <= 2100)):
                    continue
                seen.add(key)
                _, ctx = _sentence(doc.body, f.span.start, f.span.end)
                out.append(Fig(doc, f, v, _singular((f.unit or "").lower()), "", None, None, ctx))
    return out


def _reused_links(figs: list[Fig], reused: list[Any]) -> list[tuple[int, int]]:
    """Pairs of figures at the same place of a sentence that one report took from another
    (`reused`: corpus.reuse.Reuse, with the spans of each passage pair): the number a report
    changed in a copied sentence ("Attendance was 48,216" -> "Attendance was 48,612") is the same
    thing by construction, whatever the words around it. The two sentences are aligned word by
    word; a figure's first word and the other's in one replaced run of up to three words each
    ("our 412" / "the authority's 421"), between copied words, are linked (the same value copied needs no link: it disagrees with nothing).""" 
    by_doc: dict[int, list[int]] = {}
    for i, f in enumerate(figs):
        by_doc.setdefault(id(f.doc), []).append(i)
    out: list[tuple[int, int]] = []
    for r in reused:
        A, B = by_doc.get(id(r.source), []), by_doc.get(id(r.target), [])
        if not A or not B:
            continue
        for (s0, s1), (t0, t1) in r.pairs:
            fa = [i for i in A if s0 <= figs[i].fig.span.start < s1]
            fb = [j for j in B if t0 <= figs[j].fig.span.start < t1]
            if not fa or not fb:
                continue
            sw = [(m.start() + s0, m.group(0).lower()) for m in _WORD_AT.finditer(r.source.body[s0:s1])]
            tw = [(m.start() + t0, m.group(0).lower()) for m in _WORD_AT.finditer(r.target.body[t0:t1])]

            def at(words: list[tuple[int, str]], ix: list[int], lo: int, hi: int) -> list[int]:
                if lo >= hi:
                    return []
                a, b = words[lo][0], words[hi - 1][0] + len(words[hi - 1][1])
                return [i for i in ix if a <= figs[i].fig.span.start < b]

            sm = difflib.SequenceMatcher(None, [w for _, w in sw], [w for _, w in tw], autojunk=False)
            if sm.ratio() < 0.6:
                continue  # a passage reworded around its figures: no place to pair them by
            ops = sm.get_opcodes()
            for k, (tag, a0, a1, b0, b1) in enumerate(ops):
                # a number of a word or three changed between copied words on both sides
                before = ops[k - 1] if k else None
                after = ops[k + 1] if k + 1 < len(ops) else None
                if (tag == "replace" and a1 - a0 <= 3 and b1 - b0 <= 3
                        and (before is None or before[0] == "equal") and (after is None or after[0] == "equal")
                        and max(before[2] - before[1] if before else 0, after[2] - after[1] if after else 0) >= 2):
                    ia, jb = at(sw, fa, a0, a1), at(tw, fb, b0, b1)
                    if len(ia) == 1 and len(jb) == 1:
                        out.append((ia[0], jb[0]))
    return out


# What the learned score reads of two figures of two reports (pair_features), in this order. Each
# says something the rules read too; the model weighs them from the invented corpora's gold
# (scripts/learn_disagreements.py), where the rules were weighed by hand.
PAIR_FEATURES = ("bias", "rule", "context", "same_head", "same_kind", "any_kind", "generic", "bare", "percent",
                 "people", "measure", "money", "role_clash", "same_month", "duration", "one_of_a_kind",
                 "unit_sole", "same_value", "log_ratio", "same_day", "undated", "owner", "unnamed", "move",
                 "same_place", "same_name", "sole_rule", "near_words", "same_verb", "both_lead", "first_of_unit")


def _count_unit(u: str) -> bool:
    """A counted noun ("docker", "household", "people", none): not money, a share or a measure."""
    return u in ("", "people") or not (_is_money(u) or u == "percent" or u in MEASURE_UNITS or _known_unit(u))


def pair_features(figs: list[Fig], i: int, j: int, one: list[Any], one_n: Counter,
                  unit_n: Counter, firsts: frozenset[int]) -> list[float]:
    """The features of figures i and j (of two reports, compatible) for the learned score;
    `firsts`: the figures first of their unit in their reports (_firsts)."""
    a, b = figs[i], figs[j]
    rule = match(a, b)
    key = one[i] if i < len(one) else None
    sole_key = bool(key and j < len(one) and key == one[j] and one_n[(id(a.doc), key)] == 1
                    and one_n[(id(b.doc), key)] == 1)
    na, nb = unit_n[(id(a.doc), a.unit)], unit_n[(id(b.doc), b.unit)]
    lo, hi = sorted((abs(a.value), abs(b.value)))
    # how far apart the values are, against how far the kind of count lets them be (police and
    # organisers give a march's crowd as far apart as MAX_RATIO_CROWD)
    crowd = a.kind == b.kind == "protest" and a.unit == "people"
    ratio = math.log(hi / lo) / math.log(MAX_RATIO_CROWD if crowd else MAX_RATIO) if lo > 0 else 2.0
    pa, pb = a.doc.published, b.doc.published
    return [1.0, min(rule, 2.0), _jaccard(a.ctx, b.ctx), float(bool(a.head and a.head == b.head)),
            float(bool(a.kind and a.kind == b.kind)), float(bool(a.kind or b.kind)), float(a.unit in GENERIC_UNITS),
            float(a.unit == ""), float(a.unit == "percent"), float(a.unit == "people"),
            float(a.unit in MEASURE_UNITS or bool(a.dim and a.dim == b.dim)), float(_is_money(a.unit)),
            float(bool(a.role and b.role and a.role != b.role)), float(bool(a.months and a.months == b.months)),
            float(a.duration), float(sole_key), 1.0 / max(1, na * nb), float(a.value == b.value), min(ratio, 2.0),
            float(bool(pa and pb and pa[:10] == pb[:10])), float(not (pa and pb)), float(bool(a.owner)),
            float(a.owner == UNNAMED), float(bool(a.move)), float(bool(a.places & b.places)),
            float(bool(a.named & b.named)), float(rule > 0 and na == 1 and nb == 1),
            _jaccard(_near(a), _near(b)), float(bool(_verb(a) and _verb(a) == _verb(b))),
            float(_in_lead(a) and _in_lead(b)),
            float(i in firsts and j in firsts)]


def _near(f: Fig, reach: int = 5) -> frozenset[str]:
    """The words next to a figure (`reach` on each side, in its sentence), as stems."""
    b = _bounds(f.doc.body, f.fig.span.start) or (0, len(f.doc.body))
    left = words(f.doc.body[b[0]:f.fig.span.start])[-reach:]
    right = words(f.doc.body[f.fig.span.end:b[1]])[:reach]
    return frozenset(w[:5] for w in left + right if w not in STOP and not w[0].isdigit())


def _verb(f: Fig) -> str | None:
    """The stem of the verb the figures stage ties a figure to ("were killed": kille), if any."""
    ev = getattr(f.fig, "event", None)
    w = words(ev.text)[-1:] if ev is not None and getattr(ev, "text", None) else []
    return w[0][:4] if w else None


def _in_lead(f: Fig) -> bool:
    """Whether a figure is in its report's first two sentences (past a dateline)."""
    return f.fig.span.start < _lead_end(f.doc.body)


@lru_cache(maxsize=512)
def _lead_end(body: str) -> int:
    ss = sentences(body)[:2]
    return ss[-1][1] if ss else 0


def _firsts(figs: list[Fig], idx: Any) -> frozenset[int]:
    """Of the figures `idx`, those first of their unit in their report (one pass)."""
    first: dict[tuple[int, str], int] = {}
    for k in idx:
        key = (id(figs[k].doc), figs[k].unit)
        if key not in first or figs[k].fig.span.start < figs[first[key]].fig.span.start:
            first[key] = k
    return frozenset(first.values())


def _veto(a: Fig, b: Fig) -> bool:
    """The rules' refusals no learned weight overrides: an unnamed person's age met as anything
    but one of a kind ("a 52-year-old man" and "his 27-year-old brother"), and one noun in two
    roles ("will cost 1,200 jobs" vs "would create 2,000 jobs")."""
    return a.owner == UNNAMED or bool(a.role and b.role and a.role != b.role and not (a.kind and a.kind == b.kind))


class PairModel:
    """A logistic regression over pair_features(): the probability that two compatible figures of
    two reports are about the same thing. `mode` "filter" (shipped): the rules' links stand where the
    probability is `threshold` or more, and with `promote` (shipped: 0.7) a pair the rules leave
    open, and no _veto refuses, links at its probability where that is `promote` or more; "score":
    the probability is the link score, `threshold` the least that links
    (scripts/learn_disagreements.py measures each, leave one corpus out)."""

    def __init__(self, weights: list[float], threshold: float, mode: str = "score", promote: float | None = None) -> None:
        self.weights, self.threshold, self.mode, self.promote = weights, threshold, mode, promote

    @property
    def least(self) -> float:
        """The least score figures() links by."""
        return MATCH_MIN if self.mode == "filter" else self.threshold

    @classmethod
    def load(cls, data: dict[str, Any]) -> "PairModel":
        if list(data["features"]) != list(PAIR_FEATURES):
            raise ValueError("the model's features are not this code's PAIR_FEATURES")
        promote = data.get("promote")
        return cls([float(w) for w in data["weights"]], float(data["threshold"]), data.get("mode", "score"),
                   float(promote) if promote is not None else None)

    def prob(self, x: list[float]) -> float:
        z = sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def rescore(self, figs: list[Fig], A: list[int], B: list[int], one: list[Any], one_n: Counter,
                rules: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
        """The pairs' link scores: the rules' (`rules`), less those under the threshold (filter), or the
        probability of each pair the rules leave open or veto for no reason of _veto (score)."""
        unit_n = Counter((id(figs[k].doc), figs[k].unit) for k in (*A, *B))
        firsts = _firsts(figs, (*A, *B))
        if self.mode == "filter":
            # the rules' links, less those the model finds unlikely; with `promote`, also the pairs the
            # rules leave open (no veto of _veto) that the model finds that likely or more
            out = {}
            for k, v in rules.items():
                if v > 0:
                    out[k] = v if self.pair(figs, *k, one, one_n, unit_n, firsts) >= self.threshold else 0.0
                elif self.promote is not None and not _veto(figs[k[0]], figs[k[1]]):
                    p = self.pair(figs, *k, one, one_n, unit_n, firsts)
                    out[k] = p if p >= self.promote else v
                else:
                    out[k] = v
            return out
        return {(i, j): self.pair(figs, i, j, one, one_n, unit_n, firsts)
                if rules[(i, j)] > 0 or not _veto(figs[i], figs[j]) else 0.0 for i in A for j in B}

    def pair(self, figs: list[Fig], i: int, j: int, one: list[Any], one_n: Counter, unit_n: Counter,
             firsts: frozenset[int]) -> float:
        if not compatible(figs[i], figs[j]):
            return 0.0
        return self.prob(pair_features(figs, i, j, one, one_n, unit_n, firsts))


def load_model() -> PairModel | None:
    """The shipped pair model (data/corpus/disagree_model.json, written by
    scripts/learn_disagreements.py --write), or None where the package has none (the rules' score)."""
    import json
    from importlib import resources

    f = resources.files("newsgraph").joinpath("data/corpus/disagree_model.json")
    if not f.is_file():
        return None
    try:
        return PairModel.load(json.loads(f.read_text(encoding="utf-8")))
    except (ValueError, KeyError) as e:  # a model of other features (rebuild it): the rules alone
        import warnings

        warnings.warn(f"data/corpus/disagree_model.json: {e}; disagreements use the rules alone", stacklevel=2)
        return None


# the learned pair score figures() links by (None: the rules' match() and its bonuses)
MODEL: PairModel | None = load_model()


def _pair_scores(figs: list[Fig], A: list[int], B: list[int], one: list[Any], one_n: Counter) -> dict[tuple[int, int], float]:
    """How surely each figure of one report (A) and each of another (B) are about the same thing:
    the learned model's probability where one is loaded (MODEL), else the rules' score."""
    sc = {(i, j): match(figs[i], figs[j]) for i in A for j in B}
    # the only figure of its unit in each report that can be the other's ("1.2 million
    # tonnes" of stocks, "900,000 tonnes" in the reserve): one of a kind in both, surer
    for (i, j), v in sc.items():
        if v > 0 and figs[i].unit not in GENERIC_UNITS and not figs[i].duration and figs[i].dim == figs[j].dim \
                and sum(figs[x].unit == figs[i].unit and compatible(figs[x], figs[j]) for x in A) == 1 \
                and sum(figs[y].unit == figs[j].unit and compatible(figs[i], figs[y]) for y in B) == 1:
            sc[(i, j)] = v + SOLE_BONUS
    # the one figure of its counted noun in each report ("around 60 firefighters", "more than
    # 80 firefighters"; "14 incidents", "19 incidents"), or the one unnamed person's age in
    # each ("A 41-year-old man", "The 44-year-old"): one thing, whatever else their
    # sentences say (two such figures in one report: no telling which)
    for (i, j), v in sc.items():
        key = one[i]
        if v < MATCH_SURE and key and key == one[j] and one_n[(id(figs[i].doc), key)] == 1 \
                and one_n[(id(figs[j].doc), key)] == 1 and compatible(figs[i], figs[j]) \
                and not (figs[i].role and figs[j].role and figs[i].role != figs[j].role):
            sc[(i, j)] = MATCH_SURE + SOLE_BONUS
    # an unnamed person's age where a report gives two: one of a kind by its noun ("a four-year-old
    # girl" beside "a 36-year-old firefighter", and "a five-year-old girl")
    def ages(ix: list[int]) -> list[int]:
        return [k for k in ix if one[k] == ("age",) and figs[k].head and figs[k].head not in _GENERAL_HEADS]

    ages_a, ages_b = ages(A), ages(B)
    if ages_a and ages_b:
        by_noun = Counter((id(figs[k].doc), figs[k].head) for k in ages_a + ages_b)
        for i in ages_a:
            for j in ages_b:
                if sc[(i, j)] < MATCH_SURE and figs[i].head == figs[j].head \
                        and by_noun[(id(figs[i].doc), figs[i].head)] == 1 and by_noun[(id(figs[j].doc), figs[j].head)] == 1 \
                        and compatible(figs[i], figs[j]):
                    sc[(i, j)] = MATCH_SURE + SOLE_BONUS
    # a figure copied with two digits swapped ("260,000" as "620,000"): the slip of a copy, where
    # the two could be one thing and share words or are each the one of its counted noun
    typos = {}
    for (i, j), v in sc.items():
        if _swapped(figs[i], figs[j]) and compatible(figs[i], figs[j]) \
                and (v > 0 or one[i] is not None and one[i] == one[j]):
            typos[(i, j)] = sc[(i, j)] = max(v, MATCH_SURE + SOLE_BONUS)
    if MODEL is not None:
        # the model weighs again the pairs the rules leave open (it never opens one they close:
        # two roles, two people's ages, a pronoun for a shared word stay apart); a swap of digits
        # stands whatever the values' ratio
        return {**MODEL.rescore(figs, A, B, one, one_n, sc), **typos}
    return sc


_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


def _swapped(a: Fig, b: Fig) -> bool:
    """Whether two figures are written with the same digits, two adjacent ones swapped ("318,000"
    and "381,000", "1.24 billion" and "1.42 billion"), three digits or more."""
    if a.value == b.value:
        return False
    ma, mb = _DIGITS.search(a.fig.span.text), _DIGITS.search(b.fig.span.text)
    if not ma or not mb:
        return False
    x, y = re.sub(r"\D", "", ma.group()), re.sub(r"\D", "", mb.group())
    if len(x) != len(y) or len(x) < 3:
        return False
    diff = [k for k in range(len(x)) if x[k] != y[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def figures(docs: list[Any], story: str | None = None, reused: list[Any] | None = None) -> list[dict[str, Any]]:
    """Figure disagreements among the reports of one story (`reused`: the story's reuse, whose
    copied sentences pair their figures surely)."""
    figs = [f for d in docs for f in _figs(d)]
    n_read = len(figs)
    # the numbers of copied sentences left out above, where a copy changed them (and only then)
    bare = _bare_figs(figs, reused or [])
    used = {k for pair in _reused_links(figs + bare, reused or []) for k in pair if k >= n_read}
    figs += [bare[k - n_read] for k in sorted(used)]
    figs = _head_units(_kin_units(_code_units(figs)))
    n = len(figs)
    parent = list(range(n))

    # link each figure to the figure of each other report that it and only it matches best
    by_doc: dict[int, list[int]] = {}
    for i, f in enumerate(figs[:n_read]):
        by_doc.setdefault(id(f.doc), []).append(i)
    docs_ix = list(by_doc.values())
    # each figure's one-of-a-kind key, and how many figures of its report share it (read once)
    one = [_one_key(f) for f in figs[:n_read]]
    one_n = Counter((id(figs[i].doc), one[i]) for i in range(n_read))
    links: list[tuple[float, int, int]] = []
    near_of: dict[int, frozenset[str]] = {}
    shared = Counter((id(f.doc), f.unit, f.head) for f in figs[:n_read])

    def near(k: int) -> frozenset[str]:
        if k not in near_of:
            near_of[k] = _near(figs[k])
        return near_of[k]

    for x in range(len(docs_ix)):
        for y in range(x + 1, len(docs_ix)):
            A, B = docs_ix[x], docs_ix[y]
            sc = _pair_scores(figs, A, B, one, one_n)
            least = MODEL.least if MODEL else MATCH_MIN

            def passes(i: int, j: int) -> bool:
                # (a weak score, under MATCH_SURE, links only figures whose words meet and that no
                # other figure of their reports shares a counted noun with: "around 40 firefighters"
                # of a report that also gives "12 firefighters stayed on" is not surely the other's
                # "more than 55")
                return sc[(i, j)] >= least and (sc[(i, j)] >= MATCH_SURE or
                                                bool(figs[i].ctx & figs[j].ctx) and
                                                shared[(id(figs[i].doc), figs[i].unit, figs[i].head)] == 1 ==
                                                shared[(id(figs[j].doc), figs[j].unit, figs[j].head)])
            # of two readings that both pass, the one that agrees: a report giving the other's value
            # for the same kind of thing ("his guilty plea to three charges" beside "convicted on
            # five") holds the match for it (and ties go to the same value)
            def key(i: int, j: int) -> tuple[bool, float, bool, int]:
                same = figs[i].value == figs[j].value
                # (two figures of one sentence score alike: the one whose next words the other's
                # share wins, "operating profit reached 236 million" for "operating profit rose to 231")
                tie = len(near(i) & near(j)) if passes(i, j) else 0
                return (same and passes(i, j), sc[(i, j)], same, tie)

            best_a = {i: max(B, key=lambda j: key(i, j)) for i in A}
            best_b = {j: max(A, key=lambda i: key(i, j)) for j in B}
            for i, j in best_a.items():
                if best_b[j] == i and passes(i, j):
                    links.append((sc[(i, j)], i, j))
    links += [(REUSED_LINK, i, j) for i, j in _reused_links(figs, reused or [])]
    # the surest links first; a link that would put two figures that cannot be about the same
    # thing in one group is left out (a toll three days on joined to the day's toll through an
    # undated report)
    members = {i: [i] for i in range(n)}
    for score, i, j in sorted(links, key=lambda t: -t[0]):
        ri, rj = root(parent, i), root(parent, j)
        if ri == rj:
            continue
        # (two figures at one place of a copied sentence are one change by construction, whatever
        # the words read as changing: "up 6.4 per cent" of the port and "up 4.6 per cent" of nothing named)
        if any(figs[x].doc is not figs[y].doc and _kept_apart(figs[x], figs[y], score == REUSED_LINK and {x, y} == {i, j})
               for x in members[ri] for y in members[rj]):
            continue
        parent[rj] = ri
        members[ri] += members.pop(rj)
    groups: dict[int, list[Fig]] = {}
    for i in range(n):
        groups.setdefault(root(parent, i), []).append(figs[i])
    out = []
    for g in groups.values():
        if len({id(f.doc) for f in g}) < 2:
            continue
        per_doc: dict[int, set[float]] = {}
        for f in g:
            per_doc.setdefault(id(f.doc), set()).add(round(f.value, 6))
        if any(len(v) > 1 for v in per_doc.values()):
            continue  # one report giving two values here: not one thing, or not read right
        vals = {round(f.value, 6) for f in g}
        prec, approx = _precision(g), _approximate(g)
        if len(vals) < 2 or not any(_disagree(a, b, prec, approx) for a in vals for b in vals):
            continue
        if not _outlets_disagree(g):
            continue
        # what the figures count: the commonest counted noun, else the kind
        about = _about(g)
        g.sort(key=lambda f: (f.doc.published or "9999", f.doc.name, f.fig.span.start))
        out.append({"story": story, "kind": "figure", "about": about, "values": [_value_json(f) for f in g]})
    return out


def _kept_apart(a: Fig, b: Fig, copied: bool) -> bool:
    """Whether two figures may not share a group: refused by refusal() (of any day), save two
    figures at one place of a copied sentence (`copied`) refused only for what their words read as
    changing."""
    why = refusal(a, b, same_value_any_day=True)
    return why is not None and not (copied and why == "move")


@lru_cache(maxsize=1)
def _noun_kin() -> dict[str, tuple[frozenset[int], frozenset[int]]]:
    """WordNet's counted nouns (data/corpus/noun_kin.tsv.gz, scripts/build_noun_kin.py): each
    noun's sense synsets and the narrow kinds above them."""
    import gzip
    from importlib.resources import files

    out = {}
    with gzip.open(files("newsgraph") / "data" / "corpus" / "noun_kin.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            noun, ids = line.rstrip("\n").split("\t")
            n, *row = (int(x) for x in ids.split())
            out[noun] = (frozenset(row[:n]), frozenset(row[n:]))
    return out


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """WordNet's nouns whose first sense is a kind of person (data/corpus/person_nouns.txt.gz,
    scripts/build_noun_kin.py): "seafarer", "youngster", "lecturer"."""
    import gzip
    from importlib.resources import files

    with gzip.open(files("newsgraph") / "data" / "corpus" / "person_nouns.txt.gz", "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def kin(u: str, v: str) -> bool:
    """Whether two counted nouns name one thing or one names the other's kind ("lorry" and
    "truck", "box" and "container", "car" and "vehicle"); never two kinds side by side ("car" and
    "van") nor a kind too wide to count ("artifact")."""
    if frozenset((u, v)) in _KIN_MORE:
        return True
    table = _noun_kin()
    a, b = table.get(u), table.get(v)
    return bool(a and b and (a[0] & b[0] or a[0] & b[1] or b[0] & a[1]))


# positions, which the table leaves out with the other abstract nouns: WordNet has a post and a
# position as kinds of job; "roles" is how companies write them ("around 900 roles", "1,500 jobs")
_KIN_MORE = frozenset(frozenset(p) for p in (("job", "post"), ("job", "position"), ("job", "role"),
                                            ("post", "position"), ("post", "role"), ("position", "role")))


def _counted_noun(unit: str) -> bool:
    return bool(unit) and unit not in GENERIC_UNITS and unit not in _CLASS_NAMES and unit not in TIME_UNITS \
        and unit not in _OWNED_UNITS and not _known_unit(unit) and not _is_money(unit)


def _is_code(f: Fig) -> bool:
    """Whether a figure's unit is a currency's letters written before the number ("D4.2m", "DRV 8.5
    million", "Vk16.8 million"), as the figures stage reads a currency its table does not know."""
    u = f.fig.unit or ""
    return 1 <= len(u) <= 3 and u.isalpha() and u[0].isupper() and (u.isupper() or u[1:].islower()) \
        and re.search(rf"(?<![A-Za-z]){u}[ \u00a0]?\d", f.fig.span.text) is not None


_LETTERS_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]?|[A-Z]{2,3})[ \u00a0]$")


def _bare_code(f: Fig) -> str | None:
    """The letters right before a scaled sum read with no unit ("Lr 1.2 billion": lr), else None."""
    if f.unit or f.kind or not _SCALE.search(f.fig.span.text) or f.fig.span.start < 2:
        return None
    from ..components.figures import _NOT_LETTER_CURRENCY

    m = _LETTERS_BEFORE.search(f.doc.body[max(0, f.fig.span.start - 5):f.fig.span.start])
    if m is None or m.group(1).upper() in _NOT_LETTER_CURRENCY:
        return None  # (the letters the figures stage never reads as a currency: "No", "Mr", "By", "US")
    return m.group(1).lower()


def _symbol_letter(f: Fig) -> str | None:
    """The letters a figure the figures stage read as a known currency is written with, where they
    are not its code: one capital that is no letter of the code ("R2.4bn" read as ZAR: R), or two
    letters ("SR 49m" read as the Seychelles rupee: SR); else None."""
    u = f.fig.unit or ""
    if len(u) != 3 or not u.isupper() or f.unit != u.lower():
        return None
    m = re.search(r"(?<![A-Za-z])([A-Z][A-Za-z]?)[ \u00a0]?\d", f.fig.span.text)
    if m is None or m.group(1).upper() == u:
        return None
    return m.group(1) if len(m.group(1)) == 2 or m.group(1).lower() != f.unit[0] else None


def _subsequence(code: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in code)


def _code_units(figs: list[Fig]) -> list[Fig]:
    """The figures of a story with a currency's letters ("D4.2m") under the currency's name that
    another report of the story writes out ("4.2 million dal"): the one money noun of the story
    that starts with the code's first letter and holds its letters in order ("DRV" of "dravs").
    Where none or two do, the letters stay a unit of their own."""
    coded = [_is_code(f) for f in figs]
    # a scaled sum with a currency's letters before it that its report did not read as money (no
    # money word near, the letters once on the page: "the public purse Lr 1.2 billion a year"):
    # the letters, to meet the story's money noun as a code does
    bare = [_bare_code(f) for f in figs]
    if any(bare):
        figs = [replace(f, unit=b) if b else f for f, b in zip(figs, bare)]
        coded = [c or bool(b) for c, b in zip(coded, bare)]
    codes = {f.unit for f, c in zip(figs, coded) if c}
    symbols = [_symbol_letter(f) for f in figs]
    if not codes and not any(symbols):
        return figs
    money = {f.unit for f, c, y in zip(figs, coded, symbols) if f.unit and not c and not y and f.unit.isalpha()
             and len(f.unit) >= 3 and (f.kind == "money" or abs(f.value) >= 1000) and f.unit not in GENERIC_UNITS}
    if any(symbols):
        # a known currency's one-letter sign ("about R2.4bn", read as the rand) where the story's
        # reports write out one money noun of that letter and none the known currency: that noun
        named = {}
        for y in set(symbols) - {None}:
            names = _money_named(y, money, figs)
            if len(names) == 1:
                named[y] = names[0]
        figs = [_as_money_noun(f, named[y]) if y in named and f.unit not in money else f for f, y in zip(figs, symbols)]
        if not codes:
            return figs
    canon = {}
    for c in codes:
        names = _money_named(c, money, figs)
        if len(names) == 1:
            canon[c] = names[0]
    if not canon:
        return figs
    return [_as_money_noun(f, canon[f.unit]) if c and f.unit in canon else f for f, c in zip(figs, coded)]


def _money_named(letters: str, money: set[str], figs: list[Fig]) -> list[str]:
    """The story's money nouns that a currency's letters may stand for: those that start with the
    first letter and hold the others in order ("SR" of "sorels", "DRV" of "dravs"); of two or more,
    the ones some figure of the story is money of ("Sl" of "soldes", not of "2,300 schools")."""
    low = letters.lower()
    names = sorted(u for u in money if u[0] == low[0] and _subsequence(low, u))
    if len(names) > 1:
        paid = {f.unit for f in figs if f.kind == "money"}
        names = [u for u in names if u in paid] or names
    return names


def _as_money_noun(f: Fig, noun: str) -> Fig:
    """A figure under the story's money noun, its head too where its head was its letters' or none."""
    return replace(f, unit=noun, head=noun[:5] if f.head in (None, f.unit[:5]) else f.head)


def _kin_units(figs: list[Fig]) -> list[Fig]:
    """The figures of a story with kin counted nouns under one unit ("42 trucks" and "Thirty-eight
    lorries"), where no sentence of the story counts both (one that gives "some 40 vehicles, among
    them 31 cars" tells the two apart, so they stay apart everywhere; a report may call its
    lorries trucks a paragraph on)."""
    units = sorted({f.unit for f in figs if _counted_noun(f.unit)})
    if len(units) < 2:
        return figs
    per_doc: dict[tuple[int, int], set[str]] = {}
    for f in figs:
        b = _bounds(f.doc.body, f.fig.span.start)
        per_doc.setdefault((id(f.doc), b[0] if b else f.fig.span.start), set()).add(f.unit)
    canon = {u: u for u in units}
    for i, u in enumerate(units):
        for v in units[i + 1:]:
            if kin(u, v) and not any(u in us and v in us for us in per_doc.values()):
                cu, cv = canon[u], canon[v]
                if cu != cv and not any(cu in us and cv in us for us in per_doc.values()):
                    for w in canon:
                        if canon[w] == cv:
                            canon[w] = cu
    if all(canon[u] == u for u in units):
        return figs
    # (a head that was the counted noun itself becomes the one noun's too: "38 stores", "36 shops")
    return [replace(f, unit=canon[f.unit], head=canon[f.unit][:5] if f.head == f.unit[:5] else f.head)
            if canon.get(f.unit, f.unit) != f.unit else f for f in figs]


def _head_units(figs: list[Fig]) -> list[Fig]:
    """The figures of a story with a number that has no counted noun of its own but a head that is
    another figure's counted noun ("visits fell to 49,000" beside "61,000 visits"; "a crew of 21"
    beside "22 crew") under that figure's unit, where the head names one unit in the story."""
    by_head: dict[str, set[str]] = {}
    for f in figs:
        if f.unit and (f.unit == "people" or _counted_noun(f.unit)):
            for k in {f.unit[:5], f.head} - {None, ""}:
                by_head.setdefault(k, set()).add(f.unit)

    def named(f: Fig) -> bool:
        # "Unit 1 continues to operate": the number is the name of the thing its head noun says
        m = re.search(r"\b([A-Z][a-z]+)\s+$", f.doc.body[max(0, f.fig.span.start - 30):f.fig.span.start])
        return bool(m and m.group(1).lower()[:5] == f.head)

    return [replace(f, unit=next(iter(by_head[f.head])))
            if not f.unit and f.head and f.head not in _GENERAL_HEADS and len(by_head.get(f.head, ())) == 1
            and not named(f) else f
            for f in figs]


# heads too general to name one thing: "people", "others", a pronoun
_GENERAL_HEADS = frozenset(w[:5] for w in "people person persons others total number figure them those".split())


_PERIOD = re.compile(r"\b(?:in|for|over|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|past|latest)\s+)?"
                     r"(year|half|quarter|half-year|(?:six|three|nine|twelve|6|3|9|12)\s+months)\b", re.I)
_PERIOD_NAMES = {"twelve months": "year", "12 months": "year", "six months": "half", "6 months": "half",
                 "half-year": "half", "three months": "quarter", "3 months": "quarter", "9 months": "nine months"}


def _period(clause: str) -> str | None:
    """The period a figure's clause counts over ("for the year to March", "in the six months to
    September", "in the third quarter"), by its length: year, half, quarter, nine months."""
    m = _PERIOD.search(clause)
    if not m:
        return None
    p = " ".join(m.group(1).lower().split())
    return _PERIOD_NAMES.get(p, p)


_MONTH_OF = re.compile(r"\b(?:in|for|during|of|over|last|this)\s+(January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b(?!\s+\d)")
_SCALE = re.compile(r"\b(?:million|billion|trillion|mn|bn)\b", re.I)


# what sets a year off as the comparison's ("up from 471 million in the same period of 2025",
# "compared with 2025", "than in 2025"), up to the year
_COMPARED = re.compile(r"\b(?:the\s+same\s+(?:period|month|quarter|week|time)\s+(?:of|in)|compared\s+(?:with|to)|"
                       r"than|(?:up|down|higher|lower)\s+from|versus|against)\b[^.;]{0,50}?$", re.I)


def _compared_years(body: str, start: int) -> frozenset[str]:
    """The years of a figure's sentence that are a comparison's and not the figure's: the year
    after "the same period of", "compared with", "up from ..." where the figure is not between
    the cue and the year ("operating profit reached 188 million" after "up from 385 million in
    the same period of 2025")."""
    b = _bounds(body, start)
    if b is None:
        return frozenset()
    sent = body[b[0]:b[1]]
    out = set()
    for m in _YEAR.finditer(sent):
        cue = _COMPARED.search(sent[:m.start()])
        if cue and not b[0] + cue.start() <= start < b[0] + m.end():
            out.add(m.group(1))
    return frozenset(out)


# a sentence that tells what will be ("will go", "is to", "next", "from January"; not _FUTURE, the
# clause of a deadline "by Friday")
_TOLD_AHEAD = re.compile(r"(?<![A-Za-z])(?:will|shall|next|(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to(?!\s+(?:date|blame))|"
                         r"from\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"(?!\s+\d{4}))(?![A-Za-z])|\w'll(?![A-Za-z])")


def _years_met(a: Fig, b: Fig) -> bool:
    """Whether b, whose sentence names no year, may be of a's years: a's years are its report's
    year or later and b's report names them elsewhere ("the 2027 budget"); or a's report is undated
    and b's is of that very year ("In the first ten months of 2026, 418 people were killed" in an
    undated release, "481 people were killed in the first ten months" in a report of 2026)."""
    if _ahead(a) and (a.years <= b.body_years or b.future and a.future):
        return True  # (both told as what will be: "from 1 January 2027" and "will pay 6.8% more from January")
    return not a.doc.published and a.years == {(b.doc.published or "")[:4]}


def _ahead(f: Fig) -> bool:
    """Whether the years a figure's sentence names are its report's year or later ("will borrow 85
    million in 2027"): a plan's year, which another report may name elsewhere ("the 2027 budget")
    and leave out of its figure's sentence; an earlier year ("six seats in 2022") is history."""
    y = (f.doc.published or "")[:4]
    return y.isdigit() and all(x >= y for x in f.years)


def _one_key(f: Fig) -> tuple[str, ...] | None:
    """What makes a figure one of a kind in its report: an unnamed person's age, or a count of a
    counted noun (not a unit of measure, a currency or a share) by its head."""
    if f.owner == UNNAMED:
        return ("age",)
    if f.owner or f.duration or f.range or f.per or f.move or f.limit or f.kind == "vote" or f.party or f.named:
        return None  # (a party's seats, a named person's or place's figure: someone's, not one of a kind)
    if _SCALE.search(f.fig.span.text):
        return None  # "4 million velars": an amount (a currency the units table does not know), not a count
    if f.unit in GENERIC_UNITS - {"people"} or f.unit in MEASURE_UNITS or _is_money(f.unit) \
            or (f.unit != "people" and f.unit not in _CLASS_NAMES and _known_unit(f.unit)):
        return None
    if f.unit != "people":
        return (f.unit,)  # the counted noun is the unit ("14 incidents")
    return None if not f.head or f.head in _GENERAL_HEADS else (f.unit, f.head)


def _outlet(doc: Any) -> str:
    """Who gives a report's figures: its publisher (a report with none stands alone)."""
    return " ".join(words(doc.publisher or "")) or f"#{id(doc)}"


def _outlets_disagree(g: list[Fig]) -> bool:
    """Whether the differing values of a group of same-thing figures come from outlets that
    disagree, not from one outlet updating its figure. A wire's first version says six dead and
    its update of the same day twelve; outlets rewriting either version carry one of the two. Two
    values disagree only where no one outlet gave both on one day (its versions of that day: an
    update or a correction); and a count that grows or falls (a toll, the injured, the trapped)
    that one outlet is seen changing is a count on the move: without the hour of each report,
    another outlet's different value may be of another hour, so none is compared."""
    by_outlet: dict[str, set[float]] = {}
    by_outlet_day: dict[tuple[str, str], set[float]] = {}
    for f in g:
        v = round(f.value, 6)
        by_outlet.setdefault(_outlet(f.doc), set()).add(v)
        by_outlet_day.setdefault((_outlet(f.doc), (f.doc.published or "")[:10]), set()).add(v)
    if any(len(v) > 1 for v in by_outlet.values()) and any(f.kind in EVOLVING for f in g):
        return False
    vals = sorted({round(f.value, 6) for f in g})
    prec, approx = _precision(g), _approximate(g)
    return any(_disagree(x, y, prec, approx) and not any(x in v and y in v for v in by_outlet_day.values())
               for i, x in enumerate(vals) for y in vals[i + 1:])


QUOTE_SAME = 60.0  # at least this similar: the same statement
QUOTE_EXACT = 97.0  # this similar or more: worded the same


_QUOTE = re.compile(r"[\"“”]([^\"“”]{3,}?)[\"“”]")


def _quoted_words(doc: Any, at: Any) -> str:
    """The words an attribution puts inside quotation marks (a partial quote's quoted part)."""
    parts: list[str] = []
    for c in at.content:
        # the content span with a character either side, to catch its own quotation marks
        s, e = max(0, c.start - 1), min(len(doc.body), c.end + 1)
        parts += [m.group(1) for m in _QUOTE.finditer(doc.body[s:e])]
    return " ".join(parts).strip(" ,.")


def _quotes(doc: Any) -> list[tuple[str, str, Any, str]]:
    """(speaker key, speaker name, attribution, quoted words) of each quotation in a report."""
    from ..names import actor_keys

    rec = doc.record
    if rec is None:
        return []
    actors = {a.id: a for a in rec.actors}
    out = []
    for at in rec.attributions:
        if at.kind not in ("direct", "partial", "mixed") or not at.actor or at.actor not in actors:
            continue
        if getattr(at, "where", None) == "title":
            continue  # offsets into the headline, not the body these quotes are read from
        keys = actor_keys(actors[at.actor])
        if not keys:
            continue
        q = _quoted_words(doc, at)
        if len(words(q)) >= 5:
            out.append((keys[0], actors[at.actor].name, at, q))
    return out


def _cut_from(a: str, b: str) -> bool:
    """Whether the shorter quotation's words all stand, in order, in the longer one: the same words
    with a clause left out ("The driver lost control on the bend, but it is too early to say" from
    "The driver lost control on the bend, and we believe the brakes failed, but it is too early to
    say") are a cut, not a rewording."""
    wa, wb = re.findall(r"\w+", a), re.findall(r"\w+", b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < 4 or len(short) == len(long_):
        return False
    it = iter(long_)
    return all(w in it for w in short)


def quotes(docs: list[Any], story: str | None = None) -> list[dict[str, Any]]:
    """One speaker's statement quoted in different words by different reports: the quoted words
    alike (most shared) but not the same, and neither a part of the other (a shorter excerpt of
    the same words is no rewording)."""
    qs = [(d, k, name, at, q) for d in docs for k, name, at, q in _quotes(d)]
    out = []
    used: set[int] = set()
    for i, (da, ka, name, qa, ta) in enumerate(qs):
        if i in used:
            continue
        na = norm(ta)
        group = [(da, qa, ta)]
        for j in range(i + 1, len(qs)):
            db, kb, _, qb, tb = qs[j]
            if j in used or db is da or kb != ka or any(db is g[0] for g in group):
                continue
            nb = norm(tb)
            r = fuzz.ratio(na, nb)
            if (QUOTE_SAME <= r < QUOTE_EXACT and fuzz.partial_ratio(na, nb) < QUOTE_EXACT
                    and not _cut_from(na, nb)):
                group.append((db, qb, tb))
                used.add(j)
        if len(group) < 2:
            continue
        out.append({
            "story": story, "kind": "quote", "about": f"{name}, quoted in different words",
            "values": [{"article": d.name, "article_id": d.id, "publisher": d.publisher, "published": d.published,
                        "value": None, "text": t,
                        "span": {"start": q.content[0].start, "end": q.content[-1].end,
                                 "text": d.body[q.content[0].start:q.content[-1].end]}} for d, q, t in group],
        })
    return out
