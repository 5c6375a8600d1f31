"""Build the generated parts of the figures unit table (src/newsgraph/data/units.json).

    python scripts/build_units.py [--train ../shared/newsquant/units-train.json] [--out PATH] [--check]

The table's hand-kept parts ("units", "multipliers", "per", "people") are left as they are; this
script rewrites only the keys it owns:

  "currencies"   every currency in legal tender somewhere since 2015, from the Unicode CLDR data
                 that Babel ships (Unicode License v3; Babel itself BSD-3-Clause): ISO 4217 code,
                 English name and plural ("Kenyan shilling(s)"), the English symbol ("NT$", "₱")
                 and the symbols used in the locales of the countries that use it ("Ksh", "zł",
                 "kn", "R", "Rp"), the bare name ("shillings"), and the words that tell which of
                 several currencies a bare name means (the names of the countries that use it and
                 the adjective of its English name: "Kenya", "Kenyan", and from the project's
                 gazetteer the capitals and demonyms of those countries: "Nairobi"). NewsQuant/CQE's name for a
                 currency is its English name in lower case ("south african rand"). A hand-kept
                 unit of the same ISO code keeps its own name and surfaces; the generated ones are
                 added where no hand-kept surface claims them.
  "bare_currency" bare names and local symbols that several currencies share ("shillings",
                 "pesos", "kr") -> the candidate codes and the default where the text names no
                 country (DEFAULTS below; otherwise none, and the bare name is the unit).
  "ambiguous"    surfaces that mean different units ("pounds": pound-mass or pound sterling; "C":
                 celsius or coulomb; "R": rand or roentgen; "kn": kuna or knot; ...), each with
                 the context-word counts of a naive Bayes classifier learned from CQE's
                 unit-disambiguation training sentences (../shared/newsquant/units-train.json,
                 from the CQE repository, Almasian et al., EMNLP 2023; the repository's licence
                 covers those sentences: the table keeps only aggregate word counts per unit, no
                 sentence). figures.py reads a sentence's words with the same tokenizer
                 (`context_words`) and keeps the surface's default unit unless another unit wins
                 by the margin in the table's "ambiguous_margin" (chosen by cross-validation
                 over the NewsQuant dev set: scripts/newsquant_cv.py).

--check exits 1 when the shipped table differs from what the script would write (a test runs it).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "data" / "units.json"
TRAIN = REPO.parent / "shared" / "newsquant" / "units-train.json"

sys.path.insert(0, str(REPO / "src"))
from newsgraph.components.figures import context_words  # noqa: E402  (one tokenizer for both)

# ---------------------------------------------------------------- currencies (CLDR via Babel)

SINCE = 2015  # currencies in tender after this year (the Croatian kuna, retired 2023, is in)
# where a bare name is shared and the text names no country: the currency most news means
DEFAULTS = {
    "dollar": "USD", "pound": "GBP", "peso": "MXN", "rupee": "INR", "franc": "CHF", "shilling": "KES",
    "riyal": "SAR", "dirham": "AED", "krona": "SEK", "krone": "NOK", "lira": "TRY", "rial": "IRR",
    "won": "KRW", "yuan": "CNY", "real": "BRL", "rand": "ZAR", "kr": "SEK", "rupiah": "IDR",
    "dinar": None, "kwacha": None, "rufiyaa": "MVR",
}
# bare names that are also ordinary English words after a number: kept only with their country
# ("Brazilian real", "South Korean won"), or where the hand-kept table lists them
COMMON_WORDS = {"real", "won", "mark", "pound", "rand", "lek", "lev", "leu", "som", "sum", "kip", "cedi",
                "pula", "loti", "vatu", "tala", "dalasi", "ariary", "kyat", "manat", "lari", "denar",
                "mark", "dobra", "ouguiya", "leone", "colon", "balboa", "lempira", "quetzal",
                "cordoba", "guarani", "bolivar", "boliviano", "sol", "gourde", "florin", "guilder"}
# local symbols that read as something else after or before a number
BAD_SYMBOLS = {"$", "L", "K", "G", "T", "P", "S", "m", "F", "R", "Le", "D", "B", "Q", "C$", "E", "N", "MK",
               "Br", "ден", "Db", "UM", "Bs", "Bs.", "Kz", "FC", "FG", "FCFA", "Fdj", "Fr", "CF", "RF",
               "FBu", "Sh", "kr", "ر.س", "DA", "DH"}
# currencies with symbols the CQE sentences disambiguate (added to "ambiguous" below)
SYMBOL_BY_TRAIN = {"R": "ZAR", "kn": "HRK"}


def _cldr():
    from babel import Locale, localedata
    from babel.core import get_global

    en = Locale("en")
    tc = get_global("territory_currencies")
    in_use: dict[str, set[str]] = defaultdict(set)  # ISO -> territories
    for terr, rows in tc.items():
        for code, _start, end, tender in rows:
            if tender and (end is None or end[0] >= SINCE):
                in_use[code].add(terr)
    by_terr: dict[str, list[str]] = defaultdict(list)
    for lid in sorted(localedata.locale_identifiers()):
        parts = lid.split("_")
        if len(parts) >= 2 and parts[-1] in tc:
            by_terr[parts[-1]].append(lid)
    out = {}
    for code in sorted(in_use):
        if code in ("XXX", "XTS", "XDR", "XAU", "XAG", "XPT", "XPD", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD"):
            continue
        name = en.currencies.get(code)
        if not name:
            continue
        from babel.numbers import get_currency_name

        plural = get_currency_name(code, count=2, locale="en")
        syms = set()
        s = en.currency_symbols.get(code)
        if s and s != code:
            syms.add(s)
        for terr in sorted(in_use[code]):
            for lid in by_terr.get(terr, []):
                try:
                    s = Locale.parse(lid).currency_symbols.get(code)
                except Exception:  # a locale Babel lists but cannot load
                    continue
                if s and s != code and not s.isdigit():
                    syms.add(s.replace("\u202f", " ").replace("\u00a0", " "))
        terrs = sorted(en.territories[t] for t in in_use[code] if t in en.territories)
        places = sorted({w for t in in_use[code] for w in _gazetteer().get(t, ())})
        out[code] = {"name": name, "plural": plural, "symbols": sorted(syms), "territories": terrs, "places": places}
    return out


def _gazetteer() -> dict[str, list[str]]:
    """Territory (ISO alpha-2) -> its capitals and demonyms, from the project's country gazetteer
    (src/newsgraph/data/gazetteer/countries.tsv: "Oslo", "Norwegian"), so that "50 kroner" in a
    sentence about Oslo reads as the Norwegian krone."""
    import pycountry

    out: dict[str, list[str]] = {}
    path = REPO / "src" / "newsgraph" / "data" / "gazetteer" / "countries.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        c = pycountry.countries.get(alpha_3=cols[0])
        if c is None:
            continue
        words = [w.strip() for col in (cols[3], cols[4]) for w in col.split(";") if w.strip()]
        out[c.alpha_2] = [w for w in words if not w.endswith("s") or w.endswith("ss")]  # singular demonyms
    return out


def build_currencies(hand: dict) -> tuple[dict, dict]:
    hand_surfaces = set()
    for u in hand["units"].values():
        for k in ("before", "after", "glued"):
            hand_surfaces.update(s.lower() for s in u.get(k, []))
    mults = {m.lower() for m in hand["multipliers"]["glued"]} | set(hand["multipliers"]["words"])
    cur, bare, common = {}, defaultdict(set), defaultdict(set)
    for code, c in _cldr().items():
        name, plural = c["name"], c["plural"]
        words = name.split()
        # the bare name: the last word ("Kenyan Shilling" -> shilling); plural likewise
        bare_s, bare_p = words[-1].lower(), plural.split()[-1].lower()
        adjective = " ".join(words[:-1])
        cues = sorted({t for t in c["territories"]} | set(c["places"])
                      | ({adjective} if adjective and adjective.lower() not in ("new", "us") else set()))
        after = sorted({name, plural, name.lower(), plural.lower(), code})
        before = sorted({code})
        for s in c["symbols"]:
            if s in BAD_SYMBOLS or s.lower() in mults or (s.isascii() and s.isalpha() and len(s) <= 1):
                continue
            if s.lower() in hand_surfaces and s not in ("$",):
                continue
            before.append(s)
            if s.isalpha() or any(ch.isalpha() for ch in s):
                after.append(s)
        entry = {"nq": name.lower(), "before": sorted(set(before)), "after": sorted(set(after)), "cues": cues}
        cur[code] = entry
        if bare_s in COMMON_WORDS:
            common[bare_s].add(code)
            common[bare_p].add(code)
        else:
            bare[bare_s].add(code)
            bare[bare_p].add(code)
    for sym, code in SYMBOL_BY_TRAIN.items():
        bare.setdefault(sym, set()).add(code)
    bare_out = {}
    for surface, codes in sorted(bare.items()):
        singular = re.sub(r"(?:s|es)$", "", surface) if surface not in ("kronor", "kroner") else surface
        default = None
        for key in (surface, singular, surface.rstrip("s")):
            if key in DEFAULTS:
                default = DEFAULTS[key]
                break
        if len(codes) == 1:
            default = next(iter(codes))
        if default is not None and default not in codes:
            default = None
        bare_out[surface] = {"codes": sorted(codes), "default": default}
    # ordinary words too ("won", "real", "mark"): read as money only after a scale word ("4.5 trillion
    # won") or where the text names a country that uses it
    for surface, codes in sorted(common.items()):
        if surface in bare_out or surface in hand_surfaces:
            continue
        bare_out[surface] = {"codes": sorted(codes), "default": DEFAULTS.get(surface) if DEFAULTS.get(surface) in codes else
                             (next(iter(codes)) if len(codes) == 1 else None), "common": True}
    return cur, bare_out


# ---------------------------------------------------------------- ambiguous surfaces (CQE sentences)

# CQE unit name -> the table's unit key
CQE_TO_KEY = {
    "pound-mass": "pound", "pound sterling": "GBP", "penny": "GBX", "point": "point", "celsius": "degree Celsius",
    "coulomb": "coulomb", "fahrenheit": "degree Fahrenheit", "farad": "farad", "south african rand": "ZAR",
    "roentgen": "roentgen", "croatian kuna": "HRK", "knot": "knot", "kiloton": "kiloton", "dram": "dram",
    "armenian dram": "AMD", "japanese yen": "JPY", "chinese yuan": "CNY", "cent": "cent", "foot": "foot",
    "minute": "minute", "inch": "inch", "second": "second", "byte": "byte", "bel": "bel", "bit": "bit",
    "barn": "barn", "pixel": "pixel", "poise": "poise", "percentage": "percent", "parsec": "parsec",
    "diopter (lens)": "diopter", "pint": "pint",
}
# surface groups: the surfaces that share one ambiguity, the units they may mean, the default
# (the hand-kept reading), and where the surface stands ("after" the number or "before" it)
GROUPS = {
    "pound": {"surfaces": ["pounds", "pound"], "units": ["pound-mass", "pound sterling"], "default": "pound-mass"},
    "p": {"surfaces": ["p"], "units": ["penny", "point"], "default": "penny"},
    "c": {"surfaces": ["c"], "units": ["cent", "celsius"], "default": "cent"},
    "C": {"surfaces": ["C"], "units": ["celsius", "coulomb"], "default": "celsius"},
    "F": {"surfaces": ["F"], "units": ["fahrenheit", "farad"], "default": "fahrenheit"},
    "R": {"surfaces": ["R"], "units": ["south african rand", "roentgen"], "default": "south african rand"},
    "kn": {"surfaces": ["kn"], "units": ["croatian kuna", "knot"], "default": "knot"},
    "kt": {"surfaces": ["kt"], "units": ["kiloton", "knot"], "default": "knot"},
    "dram": {"surfaces": ["drams", "dram"], "units": ["dram", "armenian dram"], "default": "dram"},
    "¥": {"surfaces": ["¥"], "units": ["japanese yen", "chinese yuan"], "default": "japanese yen", "where": "before"},
    "'": {"surfaces": ["'", "′"], "units": ["foot", "minute"], "default": "foot"},
    '"': {"surfaces": ['"', "″"], "units": ["inch", "second"], "default": "inch"},
    "B": {"surfaces": ["B"], "units": ["byte", "bel"], "default": "byte"},
    "b": {"surfaces": ["b"], "units": ["bit", "barn"], "default": "bit"},
    "P": {"surfaces": ["P"], "units": ["pixel", "poise"], "default": "pixel"},
    "pc": {"surfaces": ["pc"], "units": ["percentage", "parsec"], "default": "percentage"},
    "dpt": {"surfaces": ["dpt"], "units": ["diopter (lens)", "pint"], "default": "diopter (lens)"},
}
MIN_COUNT = 2  # context words seen fewer times in a group are left out


def _has_surface(text: str, surface: str) -> bool:
    if surface.isalpha():
        flags = 0 if (len(surface) <= 2 or not surface.islower()) else re.I
        return re.search(rf"(?<![A-Za-z]){re.escape(surface)}(?![A-Za-z])", text, flags) is not None
    return surface in text


def build_ambiguous(train: list[dict]) -> dict:
    out = {}
    for gname, g in GROUPS.items():
        per_unit = Counter()
        words: dict[str, Counter] = defaultdict(Counter)
        for x in train:
            if x["unit"] not in g["units"] or not any(_has_surface(x["text"], s) for s in g["surfaces"]):
                continue
            per_unit[x["unit"]] += 1
            skip = {s.lower() for s in g["surfaces"]}
            for w in set(context_words(x["text"])) - skip:
                words[w][x["unit"]] += 1
        kept = {w: [c[u] for u in g["units"]] for w, c in sorted(words.items()) if sum(c.values()) >= MIN_COUNT}
        out[gname] = {
            "surfaces": g["surfaces"], "where": g.get("where", "after"),
            "units": [CQE_TO_KEY[u] for u in g["units"]], "default": CQE_TO_KEY[g["default"]],
            "sentences": [per_unit[u] for u in g["units"]], "words": kept,
        }
    return out


def build(hand: dict, train: list[dict]) -> dict:
    data = dict(hand)
    cur, bare = build_currencies(hand)
    data["currencies"] = cur
    data["bare_currency"] = bare
    data["ambiguous"] = build_ambiguous(train)
    data.setdefault("ambiguous_margin", 2.0)
    data["_generated"] = [
        "Keys 'currencies', 'bare_currency' and 'ambiguous' are written by scripts/build_units.py; do not",
        "edit them by hand (edit the script, or the hand-kept keys, and run it again).",
        "currencies: from the Unicode CLDR data as shipped by Babel (Unicode License v3,",
        "  https://www.unicode.org/license.txt; Babel BSD-3-Clause).",
        "ambiguous: context-word counts learned from CQE's unit-disambiguation training sentences",
        "  (CQE, Almasian et al., EMNLP 2023; see ../shared/newsquant/README.md); only aggregate counts are kept,",
        "  and the CQE repository's licence governs the sentences they come from.",
        "ambiguous_margin: hand-kept; chosen by cross-validation over NewsQuant dev (scripts/newsquant_cv.py).",
    ]
    return data


def dump(data: dict) -> str:
    # one line per unit / currency / context word keeps diffs readable
    lines = ["{"]
    keys = list(data)
    for i, k in enumerate(keys):
        v = data[k]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(v, dict) and k in ("units", "currencies", "bare_currency", "per"):
            lines.append(f"  {json.dumps(k)}: {{")
            items = list(v.items())
            for j, (kk, vv) in enumerate(items):
                lines.append(f"    {json.dumps(kk, ensure_ascii=False)}: {json.dumps(vv, ensure_ascii=False)}"
                             + ("," if j < len(items) - 1 else ""))
            lines.append("  }" + comma)
        elif isinstance(v, dict) and k == "ambiguous":
            lines.append(f"  {json.dumps(k)}: {{")
            items = list(v.items())
            for j, (kk, vv) in enumerate(items):
                head = {a: b for a, b in vv.items() if a != "words"}
                lines.append(f"    {json.dumps(kk, ensure_ascii=False)}: {{")
                for a, b in head.items():
                    lines.append(f"      {json.dumps(a)}: {json.dumps(b, ensure_ascii=False)},")
                lines.append('      "words": {')
                ws = list(vv["words"].items())
                for n, (w, c) in enumerate(ws):
                    lines.append(f"        {json.dumps(w, ensure_ascii=False)}: {json.dumps(c)}" + ("," if n < len(ws) - 1 else ""))
                lines.append("      }")
                lines.append("    }" + ("," if j < len(items) - 1 else ""))
            lines.append("  }" + comma)
        else:
            lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


GENERATED = ("currencies", "bare_currency", "ambiguous", "_generated")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default=str(TRAIN))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped table is out of date")
    a = ap.parse_args(argv)
    try:
        import babel  # noqa: F401
    except ImportError:
        print("build_units: Babel is needed to build the currency table (pip install Babel)", file=sys.stderr)
        return 2
    current = json.loads(Path(a.out).read_text(encoding="utf-8"))
    hand = {k: v for k, v in current.items() if k not in GENERATED}
    train = json.loads(Path(a.train).read_text(encoding="utf-8"))
    text = dump(build(hand, train))
    if a.check:
        same = json.loads(text) == current
        print("build_units: up to date" if same else "build_units: units.json differs from the build; run scripts/build_units.py")
        return 0 if same else 1
    Path(a.out).write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"build_units: {len(data['currencies'])} currencies, {len(data['bare_currency'])} bare names, "
          f"{len(data['ambiguous'])} ambiguous surfaces -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
