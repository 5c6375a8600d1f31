"""Which stored actor an article's actor is: the merging rules across articles, in one place.

Each article's actors are merged within the article by the analysis; the store merges them
across articles by *keys*. An actor's keys are computed from what the article says of it; two
actors with a key in common are one stored actor. A wrong merge is worse than a missed one
(it puts one person's words in another's mouth), so the keys are strict:

- person: the full name, normalised (case, accents, punctuation, honorifics such as "Mr" or
  "Dr" dropped): "Abdoulaye Diop" and "abdoulaye  DIOP" merge; "Diop" alone never merges across
  articles (two articles' Diops may be two people), nor does a description ("the minister",
  "a spokesperson") or anything that is not written as a proper name.
- country: the ISO 3166 alpha-3 code, given by the record or looked up from the name among
  the world's countries ("Mali", "Republic of Mali", "U.S.", "Britain"); a country-typed name
  that is no country (a city standing for its government, "Bamako") merges by its normalised
  name only.
- organization and group: the normalised name ("the United Nations" = "United Nations"), or a
  known alias ("UN", "U.N." = "United Nations"; ALIASES below), or an alias the record itself
  gives the actor (`actor.aliases`, from the actors stage).
- location: the normalised name.
- other: never merged (it is what the analysis could not type).

Types never cross: the organisation "Georgia Power" and a person are different keys, and so
are the country "Georgia" and a person called Georgia.
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
