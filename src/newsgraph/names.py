"""Which stored actor an article's actor is: the merging rules across articles, in one place.

Each article's actors are merged within the article by the analysis; the store merges them
across articles by *keys*. An actor's keys are computed from what the article says of it; two
actors with a key in common are one stored actor. A wrong merge is worse than a missed one
(it puts one person's words in another's mouth), so the keys are strict:

- person: the full name, normalised (case, accents, punctuation, honorifics such as "Mr" or
  "Dr" dropped): "Abdoulaye Diop" and "abdoulaye  DIOP" merge; a name read loosely (middle parts
  dropped, "Joe" read "Joseph": `loose_candidate`) joins the one stored person it can be, except
  where a father and a son bear it ("George Bush": NAMESAKES). A description ("the minister",
  "a spokesperson") or anything that is not written as a proper name never merges.
- a surname alone ("Diop", "Mr. Obama", "von der Leyen": `lone_surname`) has no key of its own;
  the store resolves it (Store._resolve_actors, with `pick_surname_candidate`): to the one stored
  full-name person with that surname (`surname_of`; indexed by the slot keys
  `surname_slot_keys`), leaving out the people the same article names apart ("Michelle Obama"
  beside "Obama") and those whose recorded affiliations contradict the article's ("Diop" of
  Senegal is not Abdoulaye Diop of Mali); with no such person, or several, it joins the one
  surname-only actor of that name (`surname_pool_key`: "Clinton" said with Bill and Hillary
  Clinton both stored), never one actor per article. A full name first seen after its
  surname-only actor takes that actor over when it is the only full name with the surname.
- country: the ISO 3166 alpha-3 code, given by the record or looked up from the name among
  the world's countries ("Mali", "Republic of Mali", "U.S.", "Britain"); a country-typed name
  that is no country (a city standing for its government, "Bamako", an unknown state
  "Talvera") merges by its normalised name only, and then also with an organisation or a
  location of exactly that name (`probe_keys`: the analysis typed one place three ways). A
  country found by its code never takes a same-named place: the US state Georgia is a location,
  the country Georgia is GEO, and "Georgia Power" is another name.
- organization and group: the normalised name ("the United Nations" = "United Nations"), or a
  known alias ("UN", "U.N." = "United Nations"; ALIASES below), or an alias the record itself
  gives the actor (`actor.aliases`, from the actors stage). A body of state named by what it is
  ("interior ministry", "Ministry of Health", "state media", "army", "Air Force", "military
  junta": `state_body`) is its country's: with an affiliation its key holds the country
  ("organization:health ministry@KEN"; "Ministry of Health" = "health ministry", "Ministry of
  Foreign Affairs" = "foreign ministry", "military junta" = "junta"), so Egypt's interior ministry
  never joins Japan's, nor its own country; a capitalised one with no affiliation keeps its name
  ("Supreme Court"); a lower-case description with no affiliation ("army", "experts", "police",
  "state") never merges.
- location: the normalised name.
- other: never merged (it is what the analysis could not type).

Otherwise types never cross: the organisation "Georgia Power" and a person are different keys,
and so are the country "Georgia" and a person called Georgia; persons never join places.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable

# honorifics and titles that may be left on a name; not part of it
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady rev fr sr jr president minister senator sen rep "
    "gen general col colonel maj major capt captain lt sgt gov governor mayor judge justice "
    "ambassador secretary chancellor premier king queen prince princess sheikh imam rabbi pope "
    "mister madam madame monsieur herr frau".split()
)
# lower-case name particles that a proper name may contain ("Ursula von der Leyen")
PARTICLES = frozenset("al el bin ibn ben bint abu da de del della der di du dos das la le van von y e ter ten".split())
DETERMINERS = frozenset("a an the this that these those his her their its our my your some one".split())

# known aliases of organisations (normalised alias -> normalised canonical name)
ALIASES: dict[str, str] = {
    "un": "united nations",
    "u n": "united nations",
    "united nations organization": "united nations",
    "unsc": "united nations security council",
    "un security council": "united nations security council",
    "u n security council": "united nations security council",
    "unga": "united nations general assembly",
    "un general assembly": "united nations general assembly",
    "u n general assembly": "united nations general assembly",
    "unhcr": "united nations high commissioner for refugees",
    "un refugee agency": "united nations high commissioner for refugees",
    "unicef": "united nations children s fund",
    "wfp": "world food programme",
    "world food program": "world food programme",
    "who": "world health organization",
    "world health organisation": "world health organization",
    "imf": "international monetary fund",
    "icc": "international criminal court",
    "icj": "international court of justice",
    "icrc": "international committee of the red cross",
    "eu": "european union",
    "e u": "european union",
    "au": "african union",
    "nato": "north atlantic treaty organization",
    "north atlantic treaty organisation": "north atlantic treaty organization",
    "ecowas": "economic community of west african states",
    "asean": "association of southeast asian nations",
    "opec": "organization of the petroleum exporting countries",
    "wto": "world trade organization",
    "iaea": "international atomic energy agency",
    "minusma": "united nations multidimensional integrated stabilization mission in mali",
    "monusco": "united nations organization stabilization mission in the democratic republic of the congo",
}

# country names pycountry does not know, normalised -> alpha-3
COUNTRY_ALIASES: dict[str, str] = {
    "us": "USA", "u s": "USA", "usa": "USA", "u s a": "USA", "united states": "USA",
    "united states of america": "USA",
    "uk": "GBR", "u k": "GBR", "britain": "GBR", "great britain": "GBR", "united kingdom": "GBR",
    "russia": "RUS", "iran": "IRN", "syria": "SYR", "south korea": "KOR", "north korea": "PRK",
    "ivory coast": "CIV", "cote d ivoire": "CIV", "vietnam": "VNM", "laos": "LAO", "bolivia": "BOL",
    "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA", "czech republic": "CZE", "czechia": "CZE",
    "turkey": "TUR", "turkiye": "TUR", "the netherlands": "NLD", "holland": "NLD",
    "drc": "COD", "dr congo": "COD", "democratic republic of congo": "COD",
    "democratic republic of the congo": "COD", "republic of congo": "COG", "congo brazzaville": "COG",
    "palestine": "PSE", "taiwan": "TWN", "macedonia": "MKD", "north macedonia": "MKD",
    "burma": "MMR", "myanmar": "MMR", "east timor": "TLS", "cape verde": "CPV", "swaziland": "SWZ",
    "eswatini": "SWZ", "kosovo": "XKX", "vatican": "VAT", "micronesia": "FSM", "brunei": "BRN",
}

_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def normalise(name: str) -> str:
    """Lower case, accents and punctuation gone, white space single: "the U.N." -> "the u n"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("’", "'").casefold()
    s = re.sub(r"'s\b", "", s)  # possessive: "Mali's" -> "mali"
    s = _PUNCT.sub(" ", s)
    return _SPACE.sub(" ", s).strip()


def _strip_the(n: str) -> str:
    return n[4:] if n.startswith("the ") else n


def person_name_key(name: str) -> str | None:
    """The normalised full name, or None where the name is no full proper name."""
    raw = [t for t in _SPACE.split(name.strip()) if t]
    # drop honorifics at the front ("Mr", "Dr.", "President")
    while raw and normalise(raw[0]) in HONORIFICS:
        raw = raw[1:]
    # drop suffixes such as "Jr." at the end? no: "Jr." distinguishes father and son; keep it
    if len(raw) < 2:
        return None  # one word: a surname or first name alone
    words = [normalise(t) for t in raw]
    if any(not w for w in words):
        raw_words = [(r, w) for r, w in zip(raw, words) if w]
    else:
        raw_words = list(zip(raw, words))
    if len(raw_words) < 2:
        return None
    if raw_words[0][1] in DETERMINERS:
        return None  # "the minister", "a spokesperson"
    for r, w in raw_words:
        first = next((ch for ch in r if ch.isalpha()), "")
        if not first:
            return None  # digits: no name
        if first.islower() and w not in PARTICLES:
            return None  # lower-case words: a description, not a name
    if raw_words[-1][1] in PARTICLES:
        return None
    if sum(1 for _, w in raw_words if w not in PARTICLES) < 2:
        return None
    return " ".join(w for _, w in raw_words)


# name suffixes after a surname: "Martin Luther King Jr." has the surname King
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*\.?$")


def _name_words(name: str) -> list[str]:
    """The words of a name with honorifics at the front dropped ("Mr. Obama" -> ["Obama"])."""
    raw = [t for t in _SPACE.split(name.strip()) if t]
    while raw and normalise(raw[0]) in HONORIFICS:
        raw = raw[1:]
    return raw


def lone_surname(name: str) -> str | None:
    """The normalised name where a person is named by one name alone ("Obama", "Mr. Obama",
    "von der Leyen" -> "von der leyen"); None for a full name, a description ("spokesman",
    "the minister") or anything not written as a proper name ("2016", "Obama's 2008")."""
    if person_name_key(name) is not None:
        return None
    raw = _name_words(name)
    if not raw or len(raw) > 4:
        return None
    *parts, last = raw
    if any(normalise(w) not in PARTICLES for w in parts):
        return None  # "the minister", "Obama's aides"
    if not _NAME_WORD.match(last) or not last[:1].isupper():
        return None
    n = normalise(" ".join(raw))
    if len(n.replace(" ", "")) < 2 or n in HONORIFICS or n in DETERMINERS:
        return None
    return n


def surname_of(name: str) -> str | None:
    """The normalised surname of a full name, with its particles: "Barack Obama" -> "obama",
    "Martin Luther King Jr." -> "king", "Ursula von der Leyen" -> "von der leyen"; None where
    the name is no full name."""
    if person_name_key(name) is None:
        return None
    # the written words, so that a hyphenated surname stays whole ("Holtz-Eakin")
    words = [w for w in _name_words(name) if normalise(w)]
    while len(words) > 2 and normalise(words[-1]) in NAME_SUFFIXES:
        words = words[:-1]
    i = len(words) - 1
    while i > 1 and normalise(words[i - 1]) in PARTICLES:
        i -= 1
    return normalise(" ".join(words[i:])) or None


# familiar forms of given names, read as the formal one only when two full names are compared
# loosely ("Joe Biden" = "Joseph R. Biden"); a familiar form that stands for two formal names
# ("Ted": Edward or Theodore, "Pat", "Sam", "Alex") is left out
NICKNAMES = {
    "joe": "joseph", "bill": "william", "billy": "william", "will": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "mike": "michael", "jim": "james", "jimmy": "james",
    "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard", "chris": "christopher",
    "dan": "daniel", "danny": "daniel", "dave": "david", "ben": "benjamin", "tony": "anthony",
    "nick": "nicholas", "liz": "elizabeth", "beth": "elizabeth", "matt": "matthew", "andy": "andrew",
    "greg": "gregory", "ron": "ronald", "don": "donald", "chuck": "charles", "charlie": "charles",
    "larry": "lawrence", "bernie": "bernard", "jeff": "jeffrey", "ken": "kenneth", "tim": "timothy",
    "steve": "steven", "hank": "henry", "harry": "henry", "jack": "john", "johnny": "john",
    "vlad": "vladimir", "fred": "frederick", "ed": "edward", "eddie": "edward",
}


def name_parts(name: str) -> tuple[str, tuple[str, ...], str] | None:
    """(given name, middle names or initials, surname with any suffix) of a full name, normalised:
    "Donald J. Trump" -> ("donald", ("j",), "trump"), "Joseph R. Biden Jr." -> ("joseph", ("r",),
    "biden jr"), "Hillary Rodham Clinton" -> ("hillary", ("rodham",), "clinton"); None where the
    name is no full name."""
    key = person_name_key(name)
    s = surname_of(name)
    if key is None or s is None:
        return None
    words = key.split()
    suffix: list[str] = []
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        suffix.insert(0, words.pop())
    sw = s.split()
    if words[-len(sw):] != sw or len(words) <= len(sw):
        return None
    first, middle = words[0], tuple(words[1 : len(words) - len(sw)])
    return first, middle, " ".join(sw + suffix)


def loose_name(name: str) -> str | None:
    """A full name without its middle names and initials, the given name in its formal form:
    "Donald J. Trump" and "Donald Trump" -> "donald trump", "Joe Biden" -> "joseph biden". The
    suffix stays: "Donald Trump Jr." is his son, not him."""
    p = name_parts(name)
    if p is None:
        return None
    first, _middle, last = p
    return f"{NICKNAMES.get(first, first)} {last}"


def middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names' middle parts can be one person's: one has none ("Donald Trump",
    "Donald J. Trump"), or they match word by word, an initial its word ("J." and "John"). "George
    H. W. Bush" and "George W. Bush", father and son, do not."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a, b))


def loose_slot_keys(loose: str) -> list[str]:
    """Slots of the people whose names read `loose` loosely ("person-loose:donald trump#1", ...)."""
    return [f"person-loose:{loose}#{i}" for i in range(1, SURNAME_SLOTS + 1)]


def middle_key(name: str) -> str | None:
    """The key recording the middle part a stored person was named with, under its loose name:
    "person-middle:donald trump|j"."""
    p, loose = name_parts(name), loose_name(name)
    if p is None or loose is None:
        return None
    return f"person-middle:{loose}|{' '.join(p[1])}"


# loose names that a father and a son (or two well-known namesakes) bear, told apart only by a
# middle part: "George Bush" is George H. W. Bush as often as George W. Bush, "John Adams" the
# second president and "John Quincy Adams" the sixth. Such a name never joins a namesake
# loosely; two forms join only when both carry middle parts and these agree ("George W. Bush" =
# "George Walker Bush"). The store cannot know it otherwise: "Donald Trump" then "Donald J.
# Trump" is one man written twice, and "George Bush" then "George W. Bush" reads the same way.
NAMESAKES = frozenset({"george bush", "john adams", "joseph kennedy", "william harrison"})


def loose_candidate(name: str, candidates: Iterable[int], middles: dict[int, list[tuple[str, ...]]]) -> int | None:
    """The stored person a full name is when its exact name is not stored: the one person whose
    names read the same loosely ("Donald Trump" for "Donald J. Trump", "Joseph R. Biden" for
    "Joe Biden"), when every middle part it was named with agrees with this one's; None where
    there is none, or more than one (the name is ambiguous: "George Bush" with George H. W. Bush
    and George W. Bush stored), or where the loose name is a father's and a son's (NAMESAKES) and
    either side was named without a middle part."""
    p = name_parts(name)
    cands = list(dict.fromkeys(candidates))
    if p is None or len(cands) != 1:
        return None
    c = cands[0]
    named = middles.get(c, [])
    if loose_name(name) in NAMESAKES and (not p[1] or not named or any(not m for m in named)):
        return None
    if all(middles_agree(p[1], m) for m in named):
        return c
    return None


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Normalised country names (name, official name, common name) -> alpha-3."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                out.setdefault(_strip_the(normalise(v)), c.alpha_3)
        out.setdefault(c.alpha_3.lower(), c.alpha_3)
    for k, v in COUNTRY_ALIASES.items():
        out[_strip_the(k)] = v
    return out


def country_code(name: str, code: str | None = None) -> str | None:
    """The ISO alpha-3 code: the one given (alpha-3, or alpha-2 converted), else from the name."""
    if code:
        c = code.strip().upper()
        if len(c) == 3 and c.isalpha():
            return c
        if len(c) == 2 and c.isalpha():
            import pycountry

            hit = pycountry.countries.get(alpha_2=c)
            if hit is not None:
                return hit.alpha_3
    return _countries().get(_strip_the(normalise(name)))


def org_names(name: str) -> list[str]:
    """The normalised name of an organisation and the canonical name of a known alias."""
    n = _strip_the(normalise(name))
    if not n:
        return []
    out = [n]
    canon = ALIASES.get(n)
    if canon and canon not in out:
        out.append(canon)
    # a canonical name is also reached from its aliases: "united nations" gets the key of "un"
    return out


# the words a body of state is named with when it is named by what it is, not by a name of its
# own: its head nouns, and the words that may stand beside them
STATE_BODY_HEADS = frozenset(
    "ministry ministries army military police navy force forces media television tv radio broadcaster "
    "agency bank parliament assembly cabinet junta court embassy commission guard guards service "
    "services prosecutor prosecutors prosecution gendarmerie legislature judiciary".split()
)
STATE_BODY_WORDS = STATE_BODY_HEADS | frozenset(
    "foreign interior home internal defence defense finance financial health education justice trade "
    "commerce economy economic agriculture energy environment labour labor information communications "
    "transport state national federal central supreme constitutional high public security affairs "
    "electoral election border coast intelligence armed air news official ruling presidential royal "
    "general staff joint interim transitional broadcasting press immigration customs tax revenue "
    "statistics emergency disaster management relief civil protection special of the and for".split()
)
_SPELLING = {"defense": "defence", "tv": "television", "labor": "labour"}


def state_body(name: str) -> str | None:
    """The canonical form of a body of state named by what it is ("Ministry of Health",
    "health ministry" -> "health ministry"; "Ministry of Foreign Affairs" -> "foreign ministry";
    "Defense Ministry" -> "defence ministry"; "military junta" -> "junta"; "state media"), or None
    where the name is a name of its own ("Kremlin", "National Guard Bureau", "United Nations")."""
    words = [_SPELLING.get(w, w) for w in _strip_the(normalise(name)).split()]
    if not words or any(w not in STATE_BODY_WORDS for w in words) or not any(w in STATE_BODY_HEADS for w in words):
        return None
    if "ministry" in words:
        # "ministry of (the) foreign affairs" -> "foreign ministry"
        rest = [w for w in words if w not in ("ministry", "of", "the", "and", "affairs")]
        return " ".join([*rest, "ministry"]) if rest else "ministry"
    if words[-1] == "junta":
        return "junta"  # a junta is military and rules: "military junta", "ruling junta"
    return " ".join(words)


def _scope(affiliation: str | None) -> str | None:
    """The country (or body) an actor belongs to, as it goes into a key: "EGY", "name:talvera"."""
    if not affiliation or not affiliation.strip():
        return None
    code = country_code(affiliation)
    if code:
        return code
    names = org_names(affiliation)
    return f"name:{names[-1]}" if names else None


def _body_keys(typ: str, name: str, affiliation: str | None) -> list[str] | None:
    """The keys of an organisation or group named by what it is, or None where it has a name of
    its own. A body of state with an affiliation: the body in its country ("organization:health
    ministry@KEN"); without one, a capitalised body keeps its name ("Supreme Court"), a lower-case
    description or a body of one word ("Police", "Army") none. Any other lower-case name ("experts", "companies", "state") is a
    description: no key."""
    body = state_body(name)
    # one word ("Police said ...", "Army"): the capital is the sentence's, not a name's, so it is
    # a description like "police" (issue 19: two countries' police were one id)
    lower = not any(ch.isupper() for ch in name) or (body is not None and " " not in body)
    if body is None:
        return [] if lower else None
    scope = _scope(affiliation)
    if scope:
        return [f"{typ}:{body}@{scope}"]
    return [] if lower else None


def actor_keys(actor: Any) -> list[str]:
    """The merge keys of an article's actor (a record Actor, or anything with name/type/code),
    strongest first; [] where it must not merge with any other article's actor."""
    name = (getattr(actor, "name", None) or "").strip()
    typ = getattr(actor, "type", None) or "other"
    if not name or len(name) > 200:
        return []  # no name, or a run of text that is none
    if typ == "person":
        k = person_name_key(name)
        return [f"person:{k}"] if k else []
    if typ == "country":
        code = country_code(name, getattr(actor, "code", None))
        if code:
            return [f"country:{code}"]
        n = _strip_the(normalise(name))
        return [f"country:name:{n}"] if n else []
    if typ in ("organization", "group"):
        body = _body_keys(typ, name, getattr(actor, "affiliation", None))
        if body is not None:
            return body
        names = org_names(name)
        for alias in getattr(actor, "aliases", None) or []:
            if isinstance(alias, str) and len(alias) <= 200:
                for n in org_names(alias):
                    if n not in names:
                        names.append(n)
        return [f"{typ}:{n}" for n in names]
    if typ == "location":
        n = _strip_the(normalise(name))
        return [f"location:{n}"] if n else []
    return []


def probe_keys(actor: Any) -> tuple[list[str], list[str]]:
    """Keys of other types an actor may be found under but does not own: (tried before its own
    keys, tried after them). A place the analysis typed three ways (the unknown country
    "Talvera" as country, organisation and location) is one actor when one side is a country
    known by name only (a code-less country): an organisation or location first looks for that
    country, and such a country for a location, then an organisation, of the same normalised
    name. A country known by its ISO code never does ("Georgia", GEO, stays apart from the
    location Georgia, the US state), nor does a name that differs ("Georgia Power")."""
    name = (getattr(actor, "name", None) or "").strip()
    typ = getattr(actor, "type", None) or "other"
    if not name or len(name) > 200:
        return [], []
    n = _strip_the(normalise(name))
    if not n:
        return [], []
    if typ in ("organization", "location"):
        return [f"country:name:{n}"], []
    if typ == "country" and country_code(name, getattr(actor, "code", None)) is None:
        return [], [f"location:{n}", f"organization:{n}"]
    return [], []


# full-name persons are indexed by surname in numbered slots, "person-surname:obama#1", ...:
# exact keys (an index lookup on SQLite and PostgreSQL alike, no LIKE scan); with more people of
# one surname than slots a lone surname is ambiguous anyway
SURNAME_SLOTS = 8


def surname_slot_keys(surname: str) -> list[str]:
    return [f"person-surname:{surname}#{i}" for i in range(1, SURNAME_SLOTS + 1)]


def surname_pool_key(surname: str) -> str:
    """The key of the surname-only actor ("person:obama"); a full name's key has two words."""
    return f"person:{surname}"


def _affiliation_forms(aff: str) -> set[str]:
    n = _strip_the(normalise(aff))
    if not n:
        return set()
    out = {n, *org_names(aff)}
    code = country_code(aff)
    if code:
        out.add(f"code:{code}")
    return out


def affiliations_agree(a: str | None, b: str | None) -> bool:
    """Whether two affiliations can be the same body: same normalised name, country code or
    known alias, or the words of one inside the other ("Mali" and "Mali government")."""
    fa, fb = _affiliation_forms(a or ""), _affiliation_forms(b or "")
    if not fa or not fb:
        return False
    if fa & fb:
        return True
    wa, wb = set(_strip_the(normalise(a or "")).split()), set(_strip_the(normalise(b or "")).split())
    return bool(wa and wb and (wa <= wb or wb <= wa))


def affiliation_conflict(aff: str | None, stored: Iterable[str]) -> bool:
    """True where the article gives an affiliation and the stored actor has some, none of which
    can be it (Diop of Senegal against Abdoulaye Diop of Mali); no affiliation on either side is
    no conflict."""
    stored = [s for s in stored if s and s.strip()]
    if not aff or not aff.strip() or not stored:
        return False
    return not any(affiliations_agree(aff, s) for s in stored)


# the words of a person's mentions that tell a gender: pronouns (the analysis links them to the
# person) and an honorific at the front of a mention ("Mrs. Clinton")
GENDER_WORDS = {
    **dict.fromkeys(("he", "him", "his", "himself", "mr"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself", "mrs", "ms", "miss", "madam"), "f"),
}
# the mention texts to look for in the store (the pronouns as written)
GENDER_MENTIONS = sorted({f(w) for w in GENDER_WORDS if w not in ("mr", "mrs", "ms", "miss", "madam") for f in (str.lower, str.title)})


def gender_of(mention_texts: Iterable[str]) -> str | None:
    """"m" or "f" where a person's mentions say so clearly (two to one at least), else None."""
    votes = {"m": 0, "f": 0}
    for t in mention_texts:
        first = normalise((t or "").split(" ", 1)[0]) if t else ""
        g = GENDER_WORDS.get(first)
        if g:
            votes[g] += 1
    if votes["m"] > 2 * votes["f"]:
        return "m"
    if votes["f"] > 2 * votes["m"]:
        return "f"
    return None


@lru_cache(maxsize=1)
def _given_name_sexes() -> dict[str, str]:
    """Given names that tell a sex (data/gazetteer/given_name_sex.json, built by
    scripts/build_given_name_sex.py from the US Census 1990 first-name lists)."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent / "data" / "gazetteer" / "given_name_sex.json"
    if not path.exists():
        return {}
    d = json.loads(path.read_text("utf-8"))
    return {**dict.fromkeys(d.get("m", ()), "m"), **dict.fromkeys(d.get("f", ()), "f")}


def given_name_sex(name: str) -> str | None:
    """"m" or "f" where a full name's given name is one that people of one sex bear ("Hillary
    Clinton" -> "f", "Bill Clinton" -> "m"); None for a surname alone, a given name both sexes
    bear ("Jordan") or one the table does not know ("Barack")."""
    p = name_parts(name)
    if p is None:
        return None
    return _given_name_sexes().get(p[0])


def _suffix_son(name: str, others: Iterable[str]) -> bool:
    """Whether a full name with a suffix ("Donald Trump Jr.") is the son of another name among
    `others` read loosely without it ("Donald Trump", "Donald J. Trump")."""
    p = name_parts(name)
    if p is None or " " not in p[2] or p[2].rsplit(" ", 1)[1] not in NAME_SUFFIXES:
        return False
    father = f"{NICKNAMES.get(p[0], p[0])} {p[2].rsplit(' ', 1)[0]}"
    return any(loose_name(o) == father for o in others)


def pick_surname_candidate(
    affiliation: str | None,
    candidates: Iterable[int],
    apart: Iterable[int],
    affiliations: dict[int, list[str]],
    gender: str | None = None,
    genders: dict[int, str | None] | None = None,
    role: str | None = None,
    roles: dict[int, list[str]] | None = None,
    names: dict[int, str] | None = None,
) -> int | None:
    """The stored full-name person a lone surname is, or None (none, or more than one).

    `candidates`: the stored people with that surname; `apart`: those the same article names as
    other actors (it told them apart); `affiliations`: the affiliations recorded per candidate;
    `gender`/`genders`: the lone surname's gender and the candidates' (from their mentions).
    A candidate whose affiliations or gender contradict the article's is left out; of several
    left, the one whose recorded affiliation is the article's, when exactly one is, else the one
    whose gender is known to be the article's, when exactly one is ("Mr. Obama" with Barack
    Obama, "he", and Michelle Obama, never a pronoun, stored), else the one who held the
    article's role before (`role`/`roles`: "President Obama" with Barack Obama recorded as
    president, Michelle Obama never), when exactly one did. A role nobody held before
    contradicts no one: it only chooses; but where the one who held it is of the other sex than
    the pronouns say, the two signals disagree and no one is chosen.

    `names`: the candidates' stored names. A candidate no pronoun tells the sex of has the sex
    of its given name where that tells one (`given_name_sex`: "Mrs. Clinton" with Bill and
    Hillary Clinton stored, neither linked to a pronoun, is Hillary's); and of a father and his
    namesake son both left, the son ("Donald Trump Jr.") is left out: the press names him by
    the surname alone only beside his full name, which the article would then hold."""
    apart = set(apart)
    genders = genders or {}
    names = names or {}
    # the sex a candidate can have: its pronouns', else its given name's (this only rules out;
    # choosing the one of known sex below reads the pronouns alone: an unknown given name,
    # "Jeb", may be a man's as well as a known one, "George")
    sexes = {c: genders.get(c) or given_name_sex(names.get(c, "")) for c in set(genders) | set(names)}
    cands = [c for c in dict.fromkeys(candidates) if c not in apart]
    cands = [c for c in cands if not affiliation_conflict(affiliation, affiliations.get(c, []))]
    held = [c for c in cands if role and roles and any(roles_agree(role, r) for r in roles.get(c, []))]
    if gender:
        cands = [c for c in cands if sexes.get(c) in (None, gender)]
        if len(held) == 1 and held[0] not in cands:
            # the role says one namesake, the pronouns another ("President Obama" whom the
            # analysis once called "she"): neither
            return None
    if len(cands) > 1 and names:
        sons = [c for c in cands if _suffix_son(names.get(c, ""), [names.get(o, "") for o in cands if o != c])]
        cands = [c for c in cands if c not in sons]
    if len(cands) == 1:
        return cands[0]
    if len(cands) > 1 and affiliation:
        agree = [c for c in cands if any(affiliations_agree(affiliation, s) for s in affiliations.get(c, []))]
        if len(agree) == 1:
            return agree[0]
    if len(cands) > 1 and gender:
        same = [c for c in cands if genders.get(c) == gender]
        if len(same) == 1:
            return same[0]
    held = [c for c in held if c in cands]
    if len(cands) > 1 and len(held) == 1:
        return held[0]
    return None


_ROLE_FILLER = frozenset("of the for and to in on at a an former then current acting interim".split())


def roles_agree(a: str | None, b: str | None) -> bool:
    """Whether two roles can be one post: the words of one (fillers aside) all in the other
    ("President" and "president of the United States"; "Secretary of State" and "secretary")."""
    wa = set(normalise(a or "").split()) - _ROLE_FILLER
    wb = set(normalise(b or "").split()) - _ROLE_FILLER
    return bool(wa and wb and (wa <= wb or wb <= wa))


def canonical_code(actor: Any) -> str | None:
    """The code to store on a country actor."""
    if (getattr(actor, "type", None) or "") == "country":
        return country_code(getattr(actor, "name", "") or "", getattr(actor, "code", None))
    return getattr(actor, "code", None)


def resolve(keys: Iterable[str], known: dict[str, int]) -> int | None:
    """The stored actor of the first key already known, or None (a new actor)."""
    for k in keys:
        if k in known:
            return known[k]
    return None
