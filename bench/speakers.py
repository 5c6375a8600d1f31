"""The speakers component (components/speakers.py) on long bodies: its time should grow with the
length of the text, not its square.

    nice -n 10 python bench/speakers.py [--sizes 50000,400000] [--repeat 3] [--profile] [--json]

Each body is the prose of data/sample/kessafm-aid-convoys.txt repeated to the size asked for (as
bench/hostile.py --cap-item builds its article). The text is parsed once per size, every component
before newsgraph_speakers run (newsgraph.nlp.parse_text: long texts in pieces, as the analysis
does); then resolve_speakers alone is timed `--repeat` times on a fresh copy of what it changes
(the actor index, the actors, the attributions), the best time kept. Printed per size: characters,
attributions, pronoun candidates, actors (before and after: the component adds the described
ones, asked against the others by name and role), seconds, and each size's time over the smallest's beside the
ratio of their lengths (near-linear: the two ratios are close; quadratic: the first is the square
of the second). --profile prints the ten costliest functions at the largest size.
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def body_of(n: int) -> str:
    prose = (REPO / "data" / "sample" / "kessafm-aid-convoys.txt").read_text(encoding="utf-8")
    body = prose.split("\n\n", 3)[-1] + "\n\n"
    return (body * (n // len(body) + 1))[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="50000,400000", help="body lengths in characters, comma-separated")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sizes = sorted(int(x) for x in a.sizes.split(","))

    from newsgraph.components.actors import INDEX_KEY
    from newsgraph.components.speakers import resolve_speakers
    from newsgraph.nlp import get_nlp, parse_text, tokens_lowered

    nlp = get_nlp()
    after = nlp.pipe_names[nlp.pipe_names.index("newsgraph_speakers"):]
    rows = []
    for n in sizes:
        text = body_of(n)
        with nlp.select_pipes(disable=after):
            doc = parse_text(nlp, text)
        saved = copy.deepcopy((doc.user_data[INDEX_KEY], doc._.actors, doc._.attributions))
        n_pron = len(tokens_lowered(doc, ("he", "she", "his", "her", "him", "hers", "himself", "herself")))
        best = None
        for _ in range(max(1, a.repeat)):
            doc.user_data[INDEX_KEY], doc._.actors, doc._.attributions = copy.deepcopy(saved)
            t0 = time.perf_counter()
            actors = resolve_speakers(doc)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        rows.append({"chars": n, "tokens": len(doc), "attributions": len(saved[2]), "pronouns": n_pron,
                     "actors": len(saved[0].actors), "actors_after": len(actors), "seconds": round(best, 3)})
        if a.profile and n == sizes[-1]:
            import cProfile
            import pstats

            doc.user_data[INDEX_KEY], doc._.actors, doc._.attributions = copy.deepcopy(saved)
            pr = cProfile.Profile()
            pr.enable()
            resolve_speakers(doc)
            pr.disable()
            pstats.Stats(pr).sort_stats("cumulative").print_stats(12)
        del doc, saved
    base = rows[0]
    for r in rows:
        r["time_ratio"] = round(r["seconds"] / base["seconds"], 1) if base["seconds"] else None
        r["length_ratio"] = round(r["chars"] / base["chars"], 1)
    if a.json:
        print(json.dumps(rows, indent=1))
        return
    for r in rows:
        print(f"{r['chars']:>9,} characters, {r['tokens']:,} tokens, {r['attributions']:,} attributions, "
              f"{r['pronouns']:,} pronouns, {r['actors']} -> {r['actors_after']} actors: resolve_speakers {r['seconds']:.3f} s "
              f"({r['time_ratio']}x the smallest at {r['length_ratio']}x its length)")


if __name__ == "__main__":
    main()
