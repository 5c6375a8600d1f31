"""Build the events stage's verb table from PETRARCH2's CAMEO verb patterns and the PLOVER mapping.

    python scripts/build_event_verbs.py [--eventdata ../shared/eventdata] [--out PATH]

Reads (see ../shared/eventdata/README.md):
  CAMEO.2.0.txt          PETRARCH2's CAMEO verb-pattern dictionary (MIT, Open Event Data Alliance):
                         ~400 blocks of verb synonyms ("---  ACCELERATE  [---]  ---": ACCELERATE,
                         EXPEDITE, HURRY {HURRIES HURRYING HURRIED}, ...), each verb under its own
                         CAMEO code or its block's, and ~4,700 phrase patterns shared by the block
                         ("- * {RELIEF ASSISTANCE}  [073]", "- * POLICE (TO BORDER)  [153]",
                         "- &MILITARY *  [154]"), plus noun synonym sets (&MILITARY, &FOOD, ...).
  Phoenix.agents.txt     the Phoenix agents dictionary (MIT, Open Event Data Alliance): common
                         agent nouns with their role codes ("FARMER [~AGR]", "POLICE [~COP]").
  CAMEO2PLOVER-2021.txt  the CAMEO -> PLOVER table (CC BY-SA 4.0, Open Event Data Alliance, PLOVER
                         manual draft 0.8): event type and mode per CAMEO code.

Writes src/newsgraph/data/events/verbs.json.gz (read by newsgraph.components.events):
  {"about": [...], "licences": {...}, "synsets": {"&FOOD": [["food"], ["rice"], ...]},
   "codes": {"073": ["AID", "humanitarian"] | null, ...},
   "verbs": {"rush": {"code": "042"|null, "own": false, "blocks": ["ACCELERATE"]}, ...},
            (code: the verb's own code or its block's; own: the verb's line gives it)
   "blocks": {"ACCELERATE": {"code": null, "patterns": [{"pre": [[...]], "post": [[...]],
              "preps": [["to", [[...]]]], "pre_preps": [], "code": "154", "swap": false,
              "verbs": ["rush"]}, ...]}},
   "phrasal": {"carry out": "carry", ...},
   "forms": {"sped": "speed", ...},
   "nouns": {"negotiation": "046", "rally": "141", ...},   (event nouns after a light verb)
   "agents": ["activist", "farmer", "police", ...],        (single-word agent nouns)
   "substitutes": {"ties": ["relations"], ...}}             (object nouns the patterns interchange)

How the dictionary is read:
  - a verb line's base form (the first word) is its lemma, lower case; "+CARRY_OUT" is the phrasal
    verb "carry out"; the braces list irregular forms (kept in "forms" for a lemma spaCy misses);
  - a block's patterns are shared by every verb in the block (PETRARCH2 reads them that way); each
    pattern also keeps the verbs its comment names ("# CALLED_OFF" -> ["call off"]), the verbs
    it was written for, so that a reader may keep "call (ON)" from applying to "telephone";
  - a pattern's words before "*" must be found on the subject's side, words after it on the
    object's side, "(PREP WORDS)" in a prepositional phrase headed by PREP; "{A B}" is a noun
    phrase with both words; "&NAME" any member of the synonym set; a word ending in "_" matches
    exactly, any other word as a stem (TABARI's rule: TROOP matches troops); "$" "+" "%" "^"
    (source, target, compound actor, any phrase) set no constraint;
  - a code "[043:042]" is the subject's act (043); "[:051]" is an act done *to* the subject
    (swap: "received support from X"); "[---]" is not an event.
  - event nouns ("nouns"): what a light verb's object is when the hand lexicon does not list it.
    PETRARCH2 writes the reading of an event noun into the patterns of the light and aspectual
    verbs it follows ("- * &NEGOTIATION [046]  # START", "- * RALLY [141]  # STAGE"); each
    pattern is written for one verb. A noun's reading here is what those patterns say across the
    light verbs (LIGHT_VERBS: hold, stage, launch, begin, resume, conduct, carry out, mount, ...),
    kept where one PLOVER type has a strict majority of them (a pattern listed twice counts
    once) and the noun is a verb's own noun
    form: a verb of the dictionary itself ("rally", "raid") seen in two patterns or more, or
    one of its regular nominalisations ("negotiate" -> "negotiation", "invade" -> "invasion",
    "deploy" -> "deployment", "withdraw" -> "withdrawal", "evict" -> "eviction"). That keeps
    the weapons and things the same patterns list ("use * &WEAPON") out of the event nouns.
    The code kept is the most frequent among the patterns of the winning type.
  - substitutes ("substitutes"): nouns PETRARCH2's patterns use in place of one another. Two
    nouns are substitutes when, in SUBSTITUTE_BLOCKS (4) verb blocks or more, each is the one-word
    object of a pattern under the same 3-digit CAMEO category ("IMPROVE * RELATIONS [050]" and
    "IMPROVE * TIES [050]"), and those are at least SUBSTITUTE_SHARE (0.3) of the blocks where
    the rarer noun is such an object: relations/ties, talks/negotiation, meeting/conference/summit,
    aid/assistance, support/backing, protest/demonstration, trip/visit. The events stage lets a
    pattern word match its substitutes, so that a pattern written with one ("UPGRADE * {DIPLOMATIC
    RELATIONS}") reads the other ("upgraded their diplomatic ties").
  - agents ("agents"): the single-word entries of Phoenix.agents.txt, lower case, the braces'
    plurals with them; the events stage lets such a noun ("workers", "police", "rebels") be the
    source of a CAMEO phrase pattern, as PETRARCH codes agents without a country.
  - subcodes: a 4-digit code whose 3-digit category the table maps to another type takes the
    category's type (0813, 0814 CONCEDE as 081; 1712 COERCE as 171), as the 2016 gold codes them.
  - legal action: CAMEO 173 ("arrest, detain, or charge with legal action") is read as 115 (116
    for convict), ACCUSE, for the verbs of legal accusation (LEGAL_ACTION), their blocks and
    the patterns written for them; custody stays 173, COERCE.
  - CAMEO codes map to PLOVER through CAMEO2PLOVER-2021 (the longest listed prefix: 0234 -> 023 ->
    02). The table has no rows for CAMEO 01 (make a public statement: no PLOVER event) and 02
    (appeal): PLOVER's REQUEST covers CAMEO 02 and 10 (PLOVER manual, REQUEST), so 02x is REQUEST.

The output is a derived work: the patterns and agents keep the MIT notices of the PETRARCH2 and
Phoenix dictionaries and
the PLOVER mapping keeps its CC BY-SA 4.0 notice (the table as a whole is shared alike, CC BY-SA
4.0); both are copied into "licences".
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "data" / "events" / "verbs.json.gz"
EVENTDATA = REPO.parent / "shared" / "eventdata"

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")  # a few headers read "[120]---  ---"
_CODE = re.compile(r"\[(:?[0-9]+(?::[0-9]+)?|---|:?---)\]")
_FORMS = re.compile(r"\{([^}]*)\}")
_TOKENS = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s(){}]+")
_MARKERS = {"$", "+", "%", "^", "*"}


def _words(s: str) -> list[str]:
    """'ON_THE' -> ['on', 'the']; a stopped word keeps its trailing '_' ('cash_')."""
    s = s.strip().lower()
    if not s:
        return []
    stopped = s.endswith("_")
    parts = [p for p in s.strip("_").split("_") if p]
    if stopped and parts:
        parts[-1] += "_"
    return parts


def parse_synsets(lines: list[str]) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    cur = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("&"):
            cur = line.split()[0]
            out[cur] = []
        elif line.startswith("+") and cur:
            w = _words(line[1:].split()[0])
            if w and w not in out[cur]:
                out[cur].append(w)
    return out


def _slot(tok: str) -> list[str] | None:
    """One word slot of a phrase: '&FOOD' stays a reference, a word becomes its words."""
    if tok in _MARKERS or not tok:
        return None
    if tok.startswith("&"):
        return [tok]
    return _words(tok)


def _phrase(tok: str) -> list[list[str]]:
    """'{ARMS SHIPMENT}' -> [['arms'], ['shipment']]; 'AID' -> [['aid']]; '&FOOD' -> [['&FOOD']]."""
    inner = tok[1:-1] if tok.startswith("{") else tok
    out = []
    for t in inner.split():
        s = _slot(t)
        if s:
            # multiword 'ON_THE' are several words in one slot: keep them as separate slots
            out.extend([[w] for w in s] if not s[0].startswith("&") else [s])
    return out


def parse_pattern(body: str) -> dict | None:
    m = _CODE.search(body)
    if not m:
        return None
    code = m.group(1)
    text = body[: m.start()]
    toks = _TOKENS.findall(text)
    if "*" not in toks and not any(t.startswith("*") or t.endswith("*") for t in toks):
        return None
    pre: list[list[str]] = []
    post: list[list[str]] = []
    preps: list[list] = []
    side = pre
    swap = code.startswith(":")
    for t in toks:
        if t == "*":
            side = post
            continue
        if "*" in t and not t.startswith(("(", "{")):
            # '*_LAWS': the verb glued to a word
            a, _, b = t.partition("*")
            if a:
                pre.extend(_phrase(a))
            side = post
            if b:
                post.extend(_phrase(b))
            continue
        if t.startswith("("):
            inner = t[1:-1].split()
            if not inner:
                continue
            prep = [w for w in _words(inner[0])]
            rest = " ".join(inner[1:])
            words = []
            for rt in _TOKENS.findall(rest):
                words.extend(_phrase(rt))
            preps.append([" ".join(p.rstrip("_") for p in prep), words, side is pre])
            continue
        if t in ("$",) and side is post:
            swap = swap or False
        side.extend(_phrase(t))
    primary = code.split(":")[0] if not code.startswith(":") else code[1:]
    primary = None if primary in ("---", "") else primary
    return {"pre": pre, "post": post, "preps": [p[:2] for p in preps if not p[2]],
            "pre_preps": [p[:2] for p in preps if p[2]], "code": primary, "swap": swap}


def parse_verbs(lines: list[str]) -> tuple[dict, dict, dict, dict]:
    blocks: list[dict] = []
    cur = None
    for raw in lines:
        m = _BLOCK.match(raw)
        if m:
            code = m.group(2).strip()
            cur = {"name": m.group(1), "code": None if code in ("---", "") else code.split(":")[0],
                   "verbs": [], "patterns": []}
            blocks.append(cur)
            continue
        if cur is None:
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("-"):
            p = parse_pattern(line.lstrip()[1:])
            if p is not None:
                # the comment names the verb(s) of the block the pattern was written for
                note = raw.split("#", 1)[1] if "#" in raw else ""
                p["verbs"] = [w.lower().replace("_", " ") for w in re.findall(r"[A-Z][A-Z_'-]+", note)]
                cur["patterns"].append(p)
            continue
        word = line.split()[0]
        phrasal = word.startswith("+")
        w = word.lstrip("+")
        if not re.fullmatch(r"[A-Z][A-Z'_-]*", w):
            continue
        parts = [p for p in w.strip("_").lower().split("_") if p]
        if not parts:
            continue
        cm = _CODE.search(line)
        own = cm.group(1) if cm else None
        if own is not None:
            own = None if own.lstrip(":") == "---" else own
        forms = []
        fm = _FORMS.search(line)
        if fm:
            forms = [f.strip("+").lower().replace("_", " ") for f in fm.group(1).split() if f.strip("+")]
        cur["verbs"].append({"lemma": " ".join(parts), "phrasal": phrasal and len(parts) > 1,
                             "code": own, "forms": forms})
    verbs: dict[str, dict] = {}
    forms: dict[str, str] = {}
    table: dict[str, dict] = {}
    for b in blocks:
        name = b["name"]
        while name in table:  # a block name used twice stays two blocks
            name += "'"
        # a pattern's comment words resolved to the block's verbs ("CALLED_OFF" -> "call off")
        known: dict[str, str] = {}
        for v in b["verbs"]:
            known[v["lemma"]] = v["lemma"]
            for f in v["forms"]:
                known.setdefault(f, v["lemma"])
        for p in b["patterns"]:
            res = []
            for w in p.pop("verbs", []):
                lem = known.get(w) or next((known[x] for x in _inflections(w) if x in known), None)
                if lem and lem not in res:
                    res.append(lem)
            p["verbs"] = res
        table[name] = {"code": b["code"], "patterns": b["patterns"]}
        for v in b["verbs"]:
            lem = v["lemma"]
            e = verbs.setdefault(lem, {"code": None, "own": False, "blocks": []})
            own = v["code"]
            code = (own.split(":")[0] if own and not own.startswith(":") else None) if own else b["code"]
            if own and own.startswith(":"):
                e["swap_code"] = own[1:]
            if code and (e["code"] is None or (own and not e["own"])):
                e["code"] = code
                e["own"] = bool(own)
            if name not in e["blocks"]:
                e["blocks"].append(name)
            for f in v["forms"]:
                if " " not in f and " " not in lem and f != lem:
                    forms.setdefault(f, lem)
    phrasal = {k: k.split()[0] for k in verbs if " " in k}
    return verbs, table, forms, phrasal


def _inflections(w: str) -> list[str]:
    """Base forms a regular inflection may come from: 'stepped up' -> 'step up', 'reaffirms' -> ..."""
    head, _, rest = w.partition(" ")
    out = []
    for suf, rep in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("d", "")):
        if head.endswith(suf) and len(head) > len(suf) + 2:
            b = head[: -len(suf)] + rep
            out.append(b)
            if len(b) > 2 and b[-1] == b[-2]:
                out.append(b[:-1])  # stepped -> step
    return [f"{b} {rest}".strip() for b in out]


def parse_plover(lines: list[str]) -> dict[str, list]:
    out: dict[str, list] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.group(1), m.group(2)
        cols = [c.strip() for c in rest.split(",")]
        typ = cols[0].upper() if cols and cols[0] else None
        mode = cols[1].strip() if len(cols) > 1 and cols[1].strip() else None
        if typ:
            out.setdefault(code, [typ, mode])
    return out


# light and aspectual verbs whose patterns give an event noun its reading (the events stage's
# light verbs as the hand lexicon lists them, and their CAMEO block mates named by patterns)
LIGHT_VERBS = frozenset({"hold", "stage", "launch", "start", "begin", "open", "resume", "conduct", "carry out",
                         "mount", "initiate", "undertake", "wage", "renew", "organize", "organise", "step up",
                         "intensify", "escalate", "join", "commence", "embark on", "kick off", "set up",
                         "relaunch", "reopen", "restart", "stage"})


def nominalisations(v: str) -> set[str]:
    """Regular noun forms of a verb, not the verb itself: negotiate -> negotiation, invade ->
    invasion, suspend -> suspension, deploy -> deployment, withdraw -> withdrawal, deny -> denial,
    mobilize -> mobilization, bomb -> bombing, ship -> shipping."""
    out = {v + "ing", v + "ment", v + "al", v + "ation", v + "ion", v + "ance", v + "ence"}
    if v.endswith("e"):
        b = v[:-1]
        out |= {b + "ion", b + "ation", b + "al", b + "ing", b + "ure", b + "ance", b + "ence"}
        if v.endswith("de"):
            out.add(v[:-2] + "sion")
    if v.endswith("d"):
        out.add(v[:-1] + "sion")
    if v.endswith("y"):
        out |= {v[:-1] + "ial", v[:-1] + "ication"}
    if v.endswith(("ize", "ise")):
        out.add(v[:-1] + "ation")
    if len(v) > 3 and v[-1] not in "aeiouwyx" and v[-2] in "aeiou" and v[-3] not in "aeiou":
        out.add(v + v[-1] + "ing")
    return out


def event_nouns(verbs: dict, blocks: dict, synsets: dict, table: dict[str, list]) -> dict[str, str]:
    """Event noun -> CAMEO code, from the light verbs' one-noun patterns (docstring above)."""
    from collections import Counter, defaultdict

    votes: dict[str, Counter] = defaultdict(Counter)
    codes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    seen: set[str] = set()
    for name, b in blocks.items():
        for p in b["patterns"]:
            if p["pre"] or p["preps"] or p["pre_preps"] or len(p["post"]) != 1 or p["swap"] or not p["code"]:
                continue
            if not set(p.get("verbs") or ()) & LIGHT_VERBS:
                continue
            sig = json.dumps([sorted(p["verbs"]), p["post"], p["code"]])
            if sig in seen:
                continue  # a pattern the dictionary lists twice ("- * &FIGHT [138] # STEP_UP") is one
            seen.add(sig)
            row = plover_of(p["code"], table)
            if not row:
                continue
            for w in p["post"][0]:
                alts = [x for x in synsets.get(w, []) if len(x) == 1] if w.startswith("&") else [[w]]
                for x in alts:
                    n = x[0].rstrip("_")
                    votes[n][row[0]] += 1
                    codes[(n, row[0])][p["code"]] += 1
    derived: dict[str, str] = {}
    for v in verbs:
        if " " not in v:
            for n in nominalisations(v):
                derived.setdefault(n, v)
    out: dict[str, str] = {}
    for n, c in votes.items():
        (typ, k), total = c.most_common(1)[0], sum(c.values())
        if 2 * k <= total:
            continue
        if not (n in derived or (n in verbs and total >= 2)):
            continue
        out[n] = sorted(codes[(n, typ)].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return dict(sorted(out.items()))


# nouns that fill the same object slot of the same CAMEO category in this many verb blocks, and in
# this share of the blocks of the rarer of the two, are read as substitutes for one another
# (docstring: "substitutes")
SUBSTITUTE_BLOCKS = 4
SUBSTITUTE_SHARE = 0.3


def substitutes(blocks: dict) -> dict[str, list[str]]:
    """Object noun -> the nouns PETRARCH2's patterns use in its place: two nouns are substitutes
    when, in SUBSTITUTE_BLOCKS verb blocks or more, each is the one-word object of a pattern of the
    block under the same 3-digit CAMEO category ("- * RELATIONS [050] # IMPROVE" and "- * TIES
    [050] # IMPROVE"; "- * SUMMIT [043]" and "- * CONFERENCE [043]"), and those blocks are at
    least SUBSTITUTE_SHARE of the blocks where the rarer of the two is such an object. Nouns that
    many patterns name ("talks", 23 blocks; "meeting", 23) meet many others a few times: "talks"
    and "visit" share 4 of 17 blocks, and are no substitutes ("called off its strike after talks"
    is no cancelled visit)."""
    from collections import Counter, defaultdict
    from itertools import combinations

    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, b in blocks.items():
        for p in b["patterns"]:
            if p["pre"] or p["preps"] or p["pre_preps"] or len(p["post"]) != 1 or p["swap"] or not p["code"]:
                continue
            slot = p["post"][0]
            if len(slot) != 1 or slot[0].startswith("&") or not p["code"].isdigit():
                continue
            groups[(name, p["code"][:3])].add(slot[0].rstrip("_"))
    pairs: Counter = Counter()
    seen: Counter = Counter()
    for g in groups.values():
        pairs.update(combinations(sorted(g), 2))
        seen.update(g)
    out: dict[str, set[str]] = defaultdict(set)
    for (a, b), n in pairs.items():
        if n >= SUBSTITUTE_BLOCKS and n >= SUBSTITUTE_SHARE * min(seen[a], seen[b]):
            out[a].add(b)
            out[b].add(a)
    return {k: sorted(v) for k, v in sorted(out.items())}


def parse_agents(lines: list[str]) -> list[str]:
    """The single-word agent nouns ("FARMER [~AGR]", "POLICE {} [~COP]"), with their listed forms."""
    out: set[str] = set()
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("!") or "[" not in line:
            continue
        word = line.split()[0]
        if not re.fullmatch(r"[A-Z][A-Z'-]*_?", word) or "!" in word:
            continue
        out.add(word.rstrip("_").lower())
        fm = _FORMS.search(line)
        if fm:
            out.update(f.lower() for f in fm.group(1).split() if re.fullmatch(r"[A-Z][A-Z'-]*", f))
    return sorted(out)


def plover_of(code: str | None, table: dict[str, list]) -> list | None:
    if not code or not code.isdigit():
        return None
    if code.startswith("01"):
        return None  # a public statement: no PLOVER event
    for n in range(len(code), 1, -1):
        row = table.get(code[:n])
        if row:
            cat = table.get(code[:3]) if n == 4 else None
            if cat and cat[0] != row[0]:
                return list(cat)  # a subcode takes its category's type (docstring: "subcodes")
            return row
    if code.startswith("02"):
        return ["REQUEST", None]  # appeal: PLOVER REQUEST covers CAMEO 02 and 10
    return None


# CAMEO 173 is "arrest, detain, or charge with legal action": custody and accusation in one code.
# PLOVER keeps custody in COERCE (mode arrest) and legal accusation in ACCUSE (CAMEO 115 "bring
# lawsuit against", 116 "find guilty or liable"). The dictionary's verbs of legal accusation,
# whose 173 is the second half, are read as those codes (docstring: "legal action").
LEGAL_ACTION = {"sue": "115", "prosecute": "115", "indict": "115", "charge": "115", "convict": "116"}


def legal_action(verbs: dict, blocks: dict) -> None:
    for v, code in LEGAL_ACTION.items():
        e = verbs.get(v)
        if e is not None and e["code"] == "173":
            e["code"] = code
    members: dict[str, set[str]] = {}
    for v, e in verbs.items():
        for name in e["blocks"]:
            members.setdefault(name, set()).add(v)
    for name, b in blocks.items():
        own = members.get(name, set())
        if b["code"] == "173" and own and own <= LEGAL_ACTION.keys():  # the SUE and PROSECUTE blocks
            b["code"] = LEGAL_ACTION[sorted(own)[0]]
        for p in b["patterns"]:
            if p["code"] == "173" and p["verbs"] and all(v in LEGAL_ACTION for v in p["verbs"]):
                p["code"] = LEGAL_ACTION[p["verbs"][0]]


def _header(text: str, start: str, stop: str) -> list[str]:
    out, on = [], False
    for line in text.splitlines():
        if start in line:
            on = True
        if on:
            if not line.startswith("#"):
                break
            out.append(line[1:].strip())
            if stop and stop in line:
                break
    return out


def build(eventdata: Path) -> dict:
    cameo_text = (eventdata / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace")
    lines = cameo_text.splitlines()
    vstart = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l and l.startswith("#"))
    vend = next((i for i, l in enumerate(lines) if "TRANSFORMATIONS" in l and l.startswith("#")), len(lines))
    synsets = parse_synsets(lines[:vstart])
    verbs, blocks, forms, phrasal = parse_verbs(lines[vstart:vend])
    legal_action(verbs, blocks)
    plover_text = (eventdata / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    table = parse_plover(plover_text.splitlines())
    used = set()
    for e in verbs.values():
        used.add(e["code"])
        used.add(e.get("swap_code"))
    for b in blocks.values():
        used.add(b["code"])
        for p in b["patterns"]:
            used.add(p["code"])
    nouns = event_nouns(verbs, blocks, synsets, table)
    used |= set(nouns.values())
    codes = {c: plover_of(c, table) for c in sorted(x for x in used if x)}
    agents_text = (eventdata / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    agents = parse_agents(agents_text.splitlines())
    mit = _header(cameo_text, "The MIT License", "OTHER DEALINGS IN THE SOFTWARE")
    plover_head = [l.lstrip("# ").rstrip() for l in plover_text.splitlines()[:4]]
    return {
        "about": [
            "newsgraph's event verb table, built by scripts/build_event_verbs.py (docstring there) from",
            "PETRARCH2's CAMEO verb-pattern dictionary CAMEO.2.0.txt (openeventdata/petrarch2) and the",
            "CAMEO -> PLOVER conversion table CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8).",
            "Read by newsgraph.components.events (docs/events.md). Do not edit by hand: rebuild.",
        ],
        "licences": {
            "CAMEO.2.0.txt (patterns, synonym sets, verb codes)": mit,
            "Phoenix.agents.txt (agent nouns)": _header(agents_text, "The MIT License", "OTHER DEALINGS IN THE SOFTWARE"),
            "CAMEO2PLOVER-2021.txt (codes -> PLOVER types and modes)": plover_head + [
                "Licensed under the Creative Commons Attribution-ShareAlike 4.0 International License",
                "(CC BY-SA 4.0), Open Event Data Alliance. This table, as a work derived from it, is",
                "shared under the same licence, with the MIT notice above for the PETRARCH2 patterns."],
        },
        "synsets": synsets,
        "codes": codes,
        "verbs": verbs,
        "blocks": blocks,
        "phrasal": phrasal,
        "forms": forms,
        "nouns": nouns,
        "agents": agents,
        "substitutes": substitutes(blocks),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eventdata", default=str(EVENTDATA))
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    src = Path(a.eventdata)
    for name in ("CAMEO.2.0.txt", "CAMEO2PLOVER-2021.txt", "Phoenix.agents.txt"):
        if not (src / name).is_file():
            print(f"build_event_verbs: {src / name}: not found", file=sys.stderr)
            return 2
    data = build(src)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(filename="", mode="wb", fileobj=out.open("wb"), mtime=0) as f:
        f.write(raw)
    n_pat = sum(len(b["patterns"]) for b in data["blocks"].values())
    typed = sum(1 for v in data["verbs"].values() if data["codes"].get(v["code"] or ""))
    print(f"{out}: {len(data['verbs'])} verbs ({typed} with a PLOVER type of their own), "
          f"{len(data['blocks'])} blocks, {n_pat} patterns, {len(data['synsets'])} synonym sets, {len(data['codes'])} codes, "
          f"{len(data['nouns'])} event nouns, {len(data['agents'])} agent nouns, "
          f"{len(data['substitutes'])} nouns with substitutes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
