"""Build the table of counted nouns' kin (src/newsgraph/data/corpus/noun_kin.tsv.gz) from WordNet 3.0.

    python scripts/build_noun_kin.py [--wordnet /usr/share/wordnet]

WordNet comes from Debian's `wordnet-base` package (`apt-get install wordnet-base`, or
`dpkg-deb -x wordnet-base_*.deb DIR` and `--wordnet DIR/usr/share/wordnet`). Two counted nouns are
kin when one names the other's kind or both name one thing ("lorries" and "trucks", "boxes" and
"containers", "cars" and "vehicles"): the disagreement stage compares their counts where no report
of the story counts both (newsgraph.corpus.disagreements, _kin_units). Siblings are not kin ("cars"
and "vans" are two kinds of motor vehicle).

For each one-word noun, its first two senses (WordNet orders senses by frequency), and for each
sense the chain of its first hypernyms up to MAX_DEPTH steps, kept while a step's synset has at most
MAX_DESCENDANTS synsets below it (a kind narrow enough to count: "vehicle" is, "artifact" and
"person" are not). Only things are kept (synsets under physical entity, not under person or
location: people and places are counted by the stage's own classes). One line per noun:
`noun<TAB>id id ...`, the sense synsets first then their chains, ids renumbered; gzip.

Beside it, `person_nouns.txt.gz`: the one-word nouns whose first sense is a kind of person
("seafarer", "youngster", "lecturer"), whose counts the stage reads as head counts.

WordNet 3.0 licence (kept with the table, as it asks):
WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE
IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED. Permission to use, copy, modify and distribute this software and database and its
documentation for any purpose and without fee or royalty is hereby granted, provided that the
copyright notice and these statements appear on all copies.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsgraph" / "data" / "corpus" / "noun_kin.tsv.gz"
# the nouns that name people by their first sense ("seafarers", "youngsters", "lecturers"): a count
# of them is a head count (the stage's class "people"), one noun per line, gzip
PERSONS = ROOT / "src" / "newsgraph" / "data" / "corpus" / "person_nouns.txt.gz"
MAX_DEPTH = 4
MAX_DESCENDANTS = 800
SENSES = 2
LICENCE = ("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Provided \"as is\", "
           "without warranties; used under the WordNet 3.0 licence (scripts/build_noun_kin.py).\n")


def read(wn: Path) -> tuple[dict[str, tuple[list[str], list[str]]], dict[str, list[str]]]:
    syn: dict[str, tuple[list[str], list[str]]] = {}
    for line in (wn / "data.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        p = line.split(" | ")[0].split()
        wc = int(p[3], 16)
        words = [p[4 + 2 * i].lower() for i in range(wc)]
        i = 4 + 2 * wc
        hyper = []
        for _ in range(int(p[i])):
            sym, off, pos = p[i + 1], p[i + 2], p[i + 3]
            i += 4
            if sym == "@" and pos == "n":  # (instance hypernyms, "@i", are proper names: left out)
                hyper.append(off)
        syn[p[0]] = (words, hyper)
    index: dict[str, list[str]] = {}
    for line in (wn / "index.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        p = line.split()
        n, pc = int(p[2]), int(p[3])
        index[p[0]] = p[6 + pc:6 + pc + n]
    return syn, index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--persons", default=str(PERSONS))
    args = ap.parse_args()
    syn, index = read(Path(args.wordnet))
    kids: dict[str, list[str]] = {}
    for off, (_, hyper) in syn.items():
        for h in hyper:
            kids.setdefault(h, []).append(off)
    sys.setrecursionlimit(100000)
    desc: dict[str, int] = {}

    def count(o: str) -> int:
        if o not in desc:
            desc[o] = 1 + sum(count(k) for k in kids.get(o, []))
        return desc[o]

    def first_line(o: str) -> list[str]:
        out, seen = [o], {o}
        while syn[out[-1]][1]:
            h = syn[out[-1]][1][0]
            if h in seen:
                break
            out.append(h)
            seen.add(h)
        return out

    physical = {o for o, (w, _) in syn.items() if w[0] == "physical_entity"}
    excluded = {o for o, (w, _) in syn.items() if w[0] in ("person", "location")}
    ids: dict[str, int] = {}
    lines = []
    for lemma in sorted(index):
        if "_" in lemma or "-" in lemma or not lemma.isalpha():
            continue
        keep: list[str] = []
        chains: list[str] = []
        for o in index[lemma][:SENSES]:
            line = first_line(o)
            if not (set(line) & physical) or set(line) & excluded:
                continue
            keep.append(o)
            chains += [h for h in line[1:MAX_DEPTH + 1] if count(h) <= MAX_DESCENDANTS]
        if not keep:
            continue
        row = [ids.setdefault(o, len(ids)) for o in keep] + [ids.setdefault(h, len(ids)) for h in dict.fromkeys(chains)]
        lines.append(lemma + "\t" + " ".join(map(str, [len(keep)] + row)) + "\n")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(LICENCE)
        f.writelines(lines)
    print(f"wrote {out}: {len(lines)} nouns, {len(ids)} synsets, {out.stat().st_size} bytes")
    person = {o for o, (w, _) in syn.items() if w[0] == "person" and o in kids and len(kids[o]) > 100}
    persons = sorted(lemma for lemma in index if lemma.isalpha() and set(first_line(index[lemma][0])) & person)
    pout = Path(args.persons)
    with gzip.open(pout, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(LICENCE)
        f.writelines(w + "\n" for w in persons)
    print(f"wrote {pout}: {len(persons)} nouns, {pout.stat().st_size} bytes")


if __name__ == "__main__":
    main()
