"""Build the table of personal first names and body names the actors stage reads.

    python scripts/build_name_tables.py [--eventdata ../shared/eventdata]

The Phoenix actor dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt; MIT, Open Event Data Alliance, whose licence note is copied into
the output) list some 60,000 names: people with dated roles (ASHRAF_GHANI_ [AFGELI
20040101-...]) and bodies with undated codes (REUTERS [MED], XEROX_ [MNCUSA]). This script
writes src/newsgraph/data/gazetteer/phoenix_names.json with

- first_names: the first word of every person's name of two to four words (lower case),
  less titles, honorifics and particles ("sir", "general", "al", "de"): some 7,000 given
  names from every region, which tell a person ("Maria Corina Machado") from a body when the
  statistical NER labels the name an organisation;
- bodies: the names of the bodies (lower case, words joined by spaces), so that a body name
  ("Xinhua") is never read as a person's surname.

A person is an entry with at least one dated role line; everything else is a body. The table
is data, not code: components/actors.py reads it (person_names()).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "data" / "gazetteer" / "phoenix_names.json"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
# words that stand first in a Phoenix name but are no given names
NOT_GIVEN = {"sir", "dame", "lord", "lady", "general", "gen", "president", "minister", "foreign", "prime", "king",
             "queen", "prince", "princess", "sheikh", "shaikh", "emir", "sultan", "dr", "mr", "mrs", "ms", "the",
             "acting", "former", "deputy", "vice", "chief", "colonel", "col", "major", "captain", "admiral",
             "ambassador", "senator", "judge", "justice", "bishop", "cardinal", "pope", "father", "saint", "st",
             "al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "le", "la", "van", "von", "der", "den", "ben",
             "new", "north", "south", "east", "west", "united", "national", "democratic", "islamic", "republic",
             "party", "union", "council", "people", "peoples", "army", "movement", "front"}
_DATED = re.compile(r"\[\s*~?[A-Z]+\s+[<>]?\d{4,8}")
_CODE = re.compile(r"\[\s*~?[A-Z]*\s*[^\]]*\]")


def entries(text: str) -> list[tuple[list[str], bool]]:
    """(names of one entry, the first being its main name; whether it has a dated role)."""
    out: list[tuple[list[str], bool]] = []
    cur: list[str] | None = None
    dated = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1] in (" ", "\t") or line.lstrip().startswith("["):
            dated = dated or bool(_DATED.search(line))
            continue
        if line.startswith("+"):
            if cur is not None:
                cur.append(line[1:].strip())
            continue
        if line.startswith(("!", "<", "{")):
            continue
        if cur is not None:
            out.append((cur, dated))
        name = _CODE.split(line)[0].strip()
        dated = bool(_DATED.search(line))
        cur = [name]
    if cur is not None:
        out.append((cur, dated))
    return out


def words(name: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", name.strip().strip("_").lower()) if w]


def licence(text: str) -> list[str]:
    lines = [ln[1:].strip() for ln in text.splitlines() if ln.startswith("#")]
    start = next((i for i, ln in enumerate(lines) if ln.startswith("The MIT License")), None)
    if start is None:
        return []
    out = []
    for ln in lines[start:]:
        out.append(ln)
        if "THE SOFTWARE." in ln and "DEALINGS" in ln or ln.endswith("DEALINGS IN") is False and ln == "THE SOFTWARE.":
            break
    return out


def build(eventdata: Path) -> dict:
    first: set[str] = set()
    bodies: set[str] = set()
    lic: list[str] = []
    for f in FILES:
        text = (eventdata / f).read_text("latin-1")
        lic = lic or licence(text)
        for names, dated in entries(text):
            for k, n in enumerate(names):
                ws = words(n)
                if not ws or not all(re.fullmatch(r"[a-z][a-z'.\-]*", w) for w in ws):
                    continue
                if dated:
                    if k == 0 and 2 <= len(ws) <= 4 and ws[0] not in NOT_GIVEN and len(ws[0]) >= 2 and "." not in ws[0]:
                        first.add(ws[0])
                elif len(ws) <= 4:
                    bodies.add(" ".join(ws))
    return {
        "source": "Phoenix actor dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, "
                  "Phoenix.MilNonState.actors.txt, openeventdata): first words of people's names with dated roles, "
                  "and body names; built by scripts/build_name_tables.py",
        "licence": lic,
        "first_names": sorted(first),
        "bodies": sorted(bodies),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eventdata", type=Path, default=REPO.parent / "shared" / "eventdata")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    table = build(a.eventdata)
    a.out.write_text(json.dumps(table, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"{a.out}: {len(table['first_names'])} first names, {len(table['bodies'])} body names")


if __name__ == "__main__":
    main()
