"""Issue 16's hostile folder through `newsgraph analyze`: the whole run's wall time and peak memory.

    python bench/hostile.py [--keep DIR] [--scaling] [--cap-item] [--json]

Builds the folder of tests/test_hostile.py (empty, binary, a 50 MB text file, a 200,000-character
paragraph of unbalanced quotation marks, 100,000 nested divs, a false .gz, zero-width and bidi
runs, beside a good article) and runs `newsgraph analyze FOLDER --format jsonl` as a child
process, with its default caps and time budget. Prints the wall time and the child's peak RSS
(resource.getrusage(RUSAGE_CHILDREN)) against the targets (90 s, 1 GB), the exit status and
the error lines.

--scaling also runs the long paragraph alone at 50,000, 100,000 and 200,000 characters (one
child each: time and memory should grow with the length, not its square). --cap-item runs one
plain-text article of prose just under the 5 MB cap: it must fail on the time budget, within
the memory target.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.test_hostile import make_hostile_folder, unbalanced_paragraph  # noqa: E402

TARGET_S = 90.0
TARGET_RSS_MB = 1024.0


def run_child(args: list[str]) -> tuple[float, float, int, str]:
    """(wall seconds, peak RSS in MB, exit status, stderr) of one `newsgraph analyze` child.

    RUSAGE_CHILDREN's ru_maxrss is the largest of the children waited for so far, so each run
    goes through a fresh grandchild: this process forks a runner that runs the child and
    reports the child's figures."""
    code = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps([dt, rss, p.returncode, p.stderr]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "newsgraph", "analyze", *args],
                         capture_output=True, text=True, check=True)
    dt, rss, rc, err = json.loads(out.stdout)
    return dt, rss, rc, err


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", help="build the folder here (else a temporary one)")
    ap.add_argument("--scaling", action="store_true")
    ap.add_argument("--cap-item", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    root = Path(a.keep) if a.keep else Path(tmp.name)
    folder = root / "hostile"
    make_hostile_folder(folder)
    out = root / "out.jsonl"
    dt, rss, rc, err = run_child([str(folder), "--format", "jsonl", "--out", str(out)])
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
    result = {
        "folder": {"wall_s": round(dt, 1), "peak_rss_mb": round(rss), "exit": rc,
                   "records": sorted(Path(r["article"]["source"]).name for r in records),
                   "traceback": "Traceback" in err,
                   "errors": [ln for ln in err.splitlines() if ln.startswith("error: ")],
                   "within_targets": dt <= TARGET_S and rss <= TARGET_RSS_MB},
    }
    if a.scaling:
        rows = []
        for n in (50_000, 100_000, 200_000):
            f = root / f"long-{n}.txt"
            f.write_text("Quotes without end\n\n" + unbalanced_paragraph(n) + "\n", encoding="utf-8")
            sdt, srss, src, _ = run_child([str(f), "--format", "jsonl", "--out", str(root / f"long-{n}.jsonl")])
            rows.append({"chars": n, "wall_s": round(sdt, 1), "peak_rss_mb": round(srss), "exit": src})
        result["scaling"] = rows
    if a.cap_item:
        prose = (REPO / "data" / "sample" / "kessafm-aid-convoys.txt").read_text(encoding="utf-8")
        body = prose.split("\n\n", 3)[-1] + "\n\n"
        f = root / "at-cap.txt"
        f.write_text((body * (4_900_000 // len(body) + 1))[:4_900_000], encoding="utf-8")
        cdt, crss, crc, cerr = run_child([str(f), "--format", "jsonl", "--out", str(root / "at-cap.jsonl")])
        result["cap_item"] = {"bytes": f.stat().st_size, "wall_s": round(cdt, 1), "peak_rss_mb": round(crss),
                              "exit": crc, "errors": [ln for ln in cerr.splitlines() if ln.startswith("error: ")]}
    if a.json:
        print(json.dumps(result, indent=1))
        return
    r = result["folder"]
    print(f"hostile folder: {r['wall_s']} s wall (target <= {TARGET_S:g}), peak RSS {r['peak_rss_mb']} MB "
          f"(target <= {TARGET_RSS_MB:g}), exit {r['exit']}, traceback: {r['traceback']}, "
          f"{'within' if r['within_targets'] else 'OUTSIDE'} targets")
    print("  records:", ", ".join(r["records"]))
    for ln in r["errors"]:
        print("  " + ln)
    for row in result.get("scaling", []):
        print(f"long paragraph alone, {row['chars']:,} characters: {row['wall_s']} s, peak RSS {row['peak_rss_mb']} MB, exit {row['exit']}")
    if "cap_item" in result:
        c = result["cap_item"]
        print(f"prose at the cap ({c['bytes']:,} bytes): {c['wall_s']} s, peak RSS {c['peak_rss_mb']} MB, exit {c['exit']}")
        for ln in c["errors"]:
            print("  " + ln)


if __name__ == "__main__":
    main()
