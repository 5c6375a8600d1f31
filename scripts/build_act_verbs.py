"""Build the tables the attribution acts read (components/attributions_acts.py).

    python scripts/build_act_verbs.py [--cameo ../shared/eventdata/CAMEO.2.0.txt]
                                      [--agents ../shared/eventdata/Phoenix.agents.txt]

PETRARCH2's CAMEO verb-pattern dictionary (MIT, Open Event Data Alliance; its licence note is
copied into the output) files some 4,000 English verbs in blocks ("---  EXPLAIN_VERBAL  [010]
---": ANNOUNCE, SAY {SAYS SAID SAYING}, STATE, TELL {...}), each verb under its own CAMEO code
or its block's. This script keeps, per single-word verb: its lemma (lower case), its CAMEO code
(null where neither the verb nor its block has one), the block's name, and its irregular forms
(said -> say), and writes src/newsgraph/data/attributions/cameo_verbs.json. The multi-word
phrases (+CLEAR_UP) and the noun-phrase patterns ("- * SANCTIONS [163]") are left out: the
attributions stage classifies a cue word with its parse, not by pattern. A verb listed in several
blocks keeps every (code, block) pair.

How the codes are read (attributions_acts.cameo_act): the CAMEO root says whether an act is
verbal (01 make a public statement, 02 appeal, 03 express intent, 05 diplomatic cooperation,
10 demand, 11 disapprove, 12 reject, 13 threaten) or material (06 material cooperation, 07 aid,
08 yield, 09 investigate, 14 protest, 15 force posture, 16 reduce relations, 17 coerce,
18 assault, 19 fight, 20 mass violence; 04 consult: meet, visit, telephone). The blocks SELECT
(choose, decide, determine, opt, pick, select, vote) and ALLOW (allow, approve, authorise,
consent, ...) are decisions whatever their code.

The Phoenix agents dictionary (Phoenix.agents.txt, MIT, Open Event Data Alliance; its licence
note is copied too) lists the nouns for kinds of people and bodies (FARMER [~AGR], JUDGE [~JUD],
NEWSPAPER [~MED], ...). Its head nouns, lower case, with their agent code, go to
data/attributions/agent_nouns.json: a subject or object that is one of them can speak
("the judge", "rebels"), unlike "the appointment" or "polls"; the ~MED ones are media.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "data" / "attributions" / "cameo_verbs.json"
AGENTS_OUT = REPO / "src" / "newsgraph" / "data" / "attributions" / "agent_nouns.json"
_SUBST = {"!PERSON!": ("man", "men", "woman", "women", "person", "people"),
          "!MINIST!": ("minister", "ministers", "ministry", "ministries")}

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([0-9:]+|---)\]")
_FORMS = re.compile(r"\{([^}]*)\}")


def _code(s: str | None) -> str | None:
    """'030' from '030', '041:041' -> '041', '---' or '' -> None."""
    if not s:
        return None
    s = s.split(":")[0].strip()
    return s if s.isdigit() else None


def parse(text: str) -> dict[str, dict]:
    verbs: dict[str, dict] = {}
    block, block_code = None, None
    in_patterns = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        m = _BLOCK.match(raw)
        if m:
            block, block_code = m.group(1), _code(m.group(2))
            in_patterns = True
            continue
        if not in_patterns or not line.strip() or line.lstrip().startswith("-"):
            continue
        word = line.split()[0]
        if word.startswith(("+", "&")) or not re.fullmatch(r"[A-Z][A-Z'_-]*", word):
            continue
        lemma = word.strip("_").lower().replace("_", " ")
        if " " in lemma:
            continue
        cm = _CODE.search(line)
        code = _code(cm.group(1)) if cm else None
        code = code or block_code
        entry = verbs.setdefault(lemma, {"senses": [], "forms": []})
        sense = [code, block]
        if sense not in entry["senses"]:
            entry["senses"].append(sense)
        fm = _FORMS.search(line)
        if fm:
            for f in fm.group(1).split():
                f = f.strip("_").lower()
                if f and f != lemma and re.fullmatch(r"[a-z'-]+", f) and f not in entry["forms"]:
                    entry["forms"].append(f)
    return verbs


def parse_agents(text: str) -> dict[str, str]:
    """Head noun (lower case) -> agent code ("JUD", "MED", ...), the first code a head gets."""
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z0-9_'!-]*?)_?\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        words, code = m.group(1), m.group(3)
        heads = []
        for sub, repl in _SUBST.items():
            if words.endswith(sub):  # SPOKES!PERSON! -> spokesman, spokeswoman, ...; BUSINESS!PERSON! likewise
                stem = words[: -len(sub)].split("_")[-1].lower()
                heads = [stem + r for r in repl]
                break
            words = words.replace(sub, "_" + repl[0])
        if not heads:
            heads = [words.strip("_").split("_")[-1].lower()]
        for fm in (m.group(2) or "").strip("{}").split():
            heads.append(fm.strip("_").split("_")[-1].lower())
        for h in heads:
            if h.isalpha() and len(h) > 2:
                out.setdefault(h, code)
    return out


def licence_note(text: str) -> list[str]:
    """The dictionary's own licence and credit lines (its header comments, from the MIT notice)."""
    lines = [ln[1:].strip() for ln in text.splitlines()[:80] if ln.startswith("#")]
    start = next((i for i, ln in enumerate(lines) if ln.startswith("The MIT License")), 0)
    end = next((i for i, ln in enumerate(lines) if ln.startswith("LAST UPDATE")), len(lines))
    return [ln for ln in lines[start:end + 1] if ln]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cameo", default=str(REPO.parent / "shared" / "eventdata" / "CAMEO.2.0.txt"))
    ap.add_argument("--agents", default=str(REPO.parent / "shared" / "eventdata" / "Phoenix.agents.txt"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--agents-out", default=str(AGENTS_OUT))
    a = ap.parse_args()
    text = Path(a.cameo).read_text(encoding="utf-8", errors="replace")
    verbs = parse(text)
    out = {
        "source": "PETRARCH2 CAMEO verb-pattern dictionary, CAMEO.2.0.txt (openeventdata/petrarch2), "
                  "single-word verbs with their CAMEO code and block; built by scripts/build_act_verbs.py",
        "licence": licence_note(text),
        "verbs": dict(sorted(verbs.items())),
    }
    Path(a.out).write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    coded = sum(1 for v in verbs.values() if any(c for c, _b in v["senses"]))
    print(f"{len(verbs)} verbs ({coded} with a CAMEO code) -> {a.out}")
    atext = Path(a.agents).read_text(encoding="utf-8", errors="replace")
    agents = parse_agents(atext)
    Path(a.agents_out).write_text(json.dumps({
        "source": "Phoenix agents dictionary, Phoenix.agents.txt (openeventdata), head nouns with their "
                  "agent code; built by scripts/build_act_verbs.py",
        "licence": licence_note(atext),
        "agents": dict(sorted(agents.items())),
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(agents)} agent nouns -> {a.agents_out}")


if __name__ == "__main__":
    main()
