#!/usr/bin/env python3
"""Reported speech on invented wire reports (issue 15): precision and recall of statements with
the speaker right, as a user sees them.

    python scripts/speech_eval.py                      # the seven sets under tests/data/speech/
    python scripts/speech_eval.py tests/data/speech/reports_heldout.json -v   # list each miss
    python scripts/speech_eval.py --json

Each set is a JSON file {"reports": [{"id", "published", "title", "body", "statements": [...]}]};
a gold statement is {"speaker": [names...], "content": text, "act": say|write|think,
"kind": direct|indirect, "where": "title" (optional), "of": country (optional), "optional": bool,
"nth": n (optional: the n-th occurrence of the content text)}.

What counts is what the default views show (the text view, the API's lists, the pages): the
attributions whose act is a statement (record.STATEMENT_ACTS: say, write), each under its
actor's name, else its speaker's words. A shown attribution is right when its content overlaps a
gold statement's content (the one it matches best, by characters shared over characters
covered by either, so that a nested statement is matched to itself rather than to the one
reporting it; they must share at least half of the shorter of the two) whose act is a statement, and the name shown is one of the gold speaker's names (the
seed scorer's rule: the canonical name folded, or for a lower-case description containment either
way; with "of", the actor must also be that country or be affiliated to it). A shown attribution
on a gold belief (think) or with a wrong speaker is a false positive, as is one on a vote, a
ruling or anything not in the gold; one on an optional item counts neither way. Recall: the
share of gold statements (not optional) that some shown attribution gets right.

Reported speech ("indirect"): precision over the shown attributions of any kind but direct
(indirect, and reported speech holding a quoted phrase: mixed, partial), recall over the gold
statements of kind indirect; direct quotes the same way.
A report that cannot be read gives a one-line error naming it and the reason; the others go on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = [REPO / "tests" / "data" / "speech" / "reports_tune.json",
        REPO / "tests" / "data" / "speech" / "reports_heldout.json",
        REPO / "tests" / "data" / "speech" / "reports_heldout2.json",
        REPO / "tests" / "data" / "speech" / "reports_heldout3.json",
        REPO / "tests" / "data" / "speech" / "reports_heldout4.json",
        REPO / "tests" / "data" / "speech" / "reports_heldout5.json",
        REPO / "tests" / "data" / "speech" / "reports_tune2.json"]


def fold(s: str) -> str:
    from newsgraph.components.actors import fold as _fold

    return _fold(s)


def name_ok(pred: str | None, gold: str) -> bool:
    """The seed scorer's rule (as tests/test_speakers.name_ok)."""
    p, g = fold(pred or ""), fold(gold)
    if not p:
        return False
    if p == g:
        return True
    return gold[:1].islower() and (g in p or p in g)


def locate(text: str, frag: str, nth: int | None = None) -> tuple[int, int]:
    """(start, end) of the nth occurrence of `frag` in `text`; ValueError when it is absent, or
    ambiguous without `nth`."""
    starts, i = [], text.find(frag)
    while i >= 0:
        starts.append(i)
        i = text.find(frag, i + 1)
    if not starts:
        raise ValueError(f"content not in the text: {frag[:60]!r}")
    if nth is None:
        if len(starts) > 1:
            raise ValueError(f"content found {len(starts)} times (give nth): {frag[:60]!r}")
        nth = 0
    if nth >= len(starts):
        raise ValueError(f"content has {len(starts)} occurrence(s), nth={nth}: {frag[:60]!r}")
    return starts[nth], starts[nth] + len(frag)


def gold_items(rep: dict) -> list[dict]:
    """The report's gold statements with their offsets ("start", "end") and "shown_act"."""
    out = []
    for g in rep["statements"]:
        text = rep["title"] if g.get("where") == "title" else rep["body"]
        s, e = locate(text, g["content"], g.get("nth"))
        if g.get("act") not in ("say", "write", "think"):
            raise ValueError(f"act must be say, write or think: {g.get('act')!r}")
        if not g.get("speaker"):
            raise ValueError(f"no speaker for {g['content'][:60]!r}")
        out.append({**g, "start": s, "end": e, "where": g.get("where")})
    return out


def _tied(actor, country: str) -> bool:
    f = fold(country)
    return actor is not None and (fold(actor.name) == f or fold(actor.affiliation or "") == f)


def _body_map(rec, rep: dict):
    """A function taking an offset in the record's body to the report's body. The body the
    pipeline keeps may lose a dateline ("DHAKA, Oct 29 (Wire) - ") and furniture lines ("Read
    more: ..."): offsets are mapped through the blocks the two texts share."""
    import difflib

    body, full = rec.article.body, rep["body"]
    first = full.split("\n", 1)[0]
    if full.find(body[:80]) < 0:
        raise ValueError(f"the record's body is not part of the report's body ({first[:40]!r})")
    blocks = [b for b in difflib.SequenceMatcher(None, body, full, autojunk=False).get_matching_blocks() if b.size]

    def to_report(off: int) -> int:
        for b in blocks:
            if b.a <= off <= b.a + b.size:
                return b.b + off - b.a
        near = min(blocks, key=lambda b: min(abs(off - b.a), abs(off - b.a - b.size)))
        return near.b + off - near.a

    return to_report


def score_report(rep: dict, rec=None) -> dict:
    """Per report: the shown attributions and gold statements, each with its verdict."""
    from newsgraph.pipeline import analyze
    from newsgraph.record import STATEMENT_ACTS

    gold = gold_items(rep)
    if rec is None:
        rec = analyze(rep["title"] + "\n\n" + rep["body"] + "\n", published=rep.get("published"))
    if (rec.article.title or "") != rep["title"]:
        raise ValueError(f"the record's title is {rec.article.title!r}, not the report's")
    to_report = _body_map(rec, rep)
    actors = {a.id: a for a in rec.actors}
    shown = []
    for a in rec.attributions:
        if (getattr(a, "act", None) or "say") not in STATEMENT_ACTS or not a.content:
            continue
        where = getattr(a, "where", None)
        if where == "title":
            spans = [(c.start, c.end) for c in a.content]
        else:
            spans = [(to_report(c.start), to_report(c.end)) for c in a.content]
        actor = actors.get(a.actor) if a.actor else None
        who = actor.name if actor else (a.speaker.text if a.speaker else None)
        shown.append({"where": where, "spans": spans, "who": who, "actor": actor, "act": a.act,
                      "kind": a.kind, "text": " … ".join(c.text for c in a.content),
                      "cue": a.cue.text if a.cue else None})
    for p in shown:
        best, best_ov = None, (0, 0)
        for g in gold:
            if g["where"] != p["where"]:
                continue
            ov = sum(max(0, min(e, g["end"]) - max(s, g["start"])) for s, e in p["spans"])
            plen = sum(e - s for s, e in p["spans"])
            # the gold it matches best (overlap over union: a nested statement lies wholly
            # inside the one that reports it, and is matched to itself, not to that one)
            key = (ov / (plen + (g["end"] - g["start"]) - ov), ov)
            if ov > 0 and ov >= 0.5 * min(plen, g["end"] - g["start"]) and key > best_ov:
                best, best_ov = g, key
        p["gold"] = best
        if best is None:
            p["verdict"] = "fp: no gold statement"
            continue
        right = any(name_ok(p["who"], n) for n in best["speaker"])
        if right and best.get("of") and not name_ok(p["who"], best["of"]):
            right = _tied(p["actor"], best["of"])
        if not right:
            p["verdict"] = "optional" if best.get("optional") else f"fp: speaker {p['who']!r}, want {best['speaker'][0]!r}"
        elif best.get("optional"):
            p["verdict"] = "optional"
        elif best["act"] == "think":
            p["verdict"] = "fp: a belief shown as a statement"
        else:
            p["verdict"] = "tp"
            best["found"] = True
    for g in gold:
        g["verdict"] = "optional" if g.get("optional") or g["act"] == "think" else ("tp" if g.get("found") else "fn")
    return {"id": rep["id"], "shown": shown, "gold": gold}


def _prf(tp_p: int, n_p: int, tp_r: int, n_g: int) -> dict:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(100 * p, 1), "R": round(100 * r, 1), "F1": round(100 * f, 1),
            "tp_shown": tp_p, "shown": n_p, "tp_gold": tp_r, "gold": n_g}


def tally(results: list[dict]) -> dict:
    out = {}
    for name, want in (("all", None), ("indirect", True), ("direct", False)):
        sh = [p for r in results for p in r["shown"] if p["verdict"] != "optional"
              and (want is None or (p["kind"] != "direct") == want)]
        gd = [g for r in results for g in r["gold"] if g["verdict"] != "optional"
              and (want is None or (g["kind"] != "direct") == want)]
        out[name] = _prf(sum(p["verdict"] == "tp" for p in sh), len(sh),
                         sum(g["verdict"] == "tp" for g in gd), len(gd))
    return out


def evaluate(path: Path, verbose: bool = False, log=print) -> dict:
    """Score one set; a report that fails is named with its reason and left out."""
    data = json.loads(Path(path).read_text("utf-8"))
    results, errors = [], []
    for rep in data["reports"]:
        try:
            results.append(score_report(rep))
        except Exception as e:  # one bad report never stops the set
            errors.append(f"{rep.get('id', '?')}: {type(e).__name__}: {e}")
            log(f"error: {path.name}: {errors[-1]}", file=sys.stderr)
    res = {"set": Path(path).name, "reports": len(results), "errors": errors, **tally(results)}
    if verbose:
        for r in results:
            for p in r["shown"]:
                if p["verdict"] != "tp":
                    log(f"  {r['id']}: {p['verdict']}: [{p['kind']}/{p['act']}] {p['who']!r} "
                        f"<{p['cue']}> {p['text'][:90]!r}")
            for g in r["gold"]:
                if g["verdict"] == "fn":
                    log(f"  {r['id']}: missed: {g['speaker'][0]!r} ({g['kind']}) {g['content'][:90]!r}")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, help="gold sets (default: the seven under tests/data/speech)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false positive and miss")
    ap.add_argument("--json", action="store_true", help="one JSON object per set")
    args = ap.parse_args(argv)
    rc = 0
    for path in args.sets or SETS:
        if not path.exists():
            print(f"error: {path}: no such file", file=sys.stderr)
            rc = 1
            continue
        try:
            res = evaluate(path, args.verbose)
        except (OSError, ValueError, KeyError) as e:
            print(f"error: {path}: {e}", file=sys.stderr)
            rc = 1
            continue
        if args.json:
            print(json.dumps(res))
            continue
        print(f"{res['set']}: {res['reports']} reports" + (f", {len(res['errors'])} unreadable" if res["errors"] else ""))
        for k in ("indirect", "direct", "all"):
            m = res[k]
            print(f"  {k:9s} P {m['P']:5.1f} ({m['tp_shown']}/{m['shown']})  R {m['R']:5.1f} "
                  f"({m['tp_gold']}/{m['gold']})  F1 {m['F1']:5.1f}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
