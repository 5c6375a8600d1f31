"""Benchmark HTML extraction: trafilatura alone vs newsgraph.extract.extract_html.

    python bench/extraction.py [--shared ../shared] [--json] [--only ours|trafilatura] [--keep DIR]

Runs both extractors over the dev halves in shared/extraction (aeb, news4k) on one core, writes
the prediction files to a temporary directory, scores them with shared/tools/extraction_score.py
and prints one table: each metric for both, pages per second, and peak RSS. Each extractor runs
in its own child process so that its peak RSS is its own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SETS = ("aeb", "news4k")
SYSTEMS = ("trafilatura", "ours")


def _decode(raw: bytes) -> str:
    # the caller's job in newsgraph (ingest decodes); the same decoding for both systems
    from trafilatura.utils import decode_file

    return decode_file(raw)


def _pages(shared: Path, name: str) -> dict[str, str]:
    folder = shared / "extraction" / name / "html"
    return {p.name[: -len(".html.gz")]: _decode(gzip.open(p).read()) for p in sorted(folder.glob("*.html.gz"))}


def _run_trafilatura(html: str) -> dict:
    from trafilatura import bare_extraction

    doc = bare_extraction(html, with_metadata=True)
    if doc is None:
        return {}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {"body": doc.text or "", "title": doc.title, "authors": authors, "date": doc.date}


def _run_ours(html: str) -> dict:
    from newsgraph.extract import extract_html

    page = extract_html(html)
    if page is None:
        return {}
    return {"body": page.body.text, "title": page.title, "authors": page.authors, "date": page.published}


def worker(system: str, shared: Path, outdir: Path) -> None:
    """Run one system over both sets; write PRED files and a stats file."""
    run = _run_trafilatura if system == "trafilatura" else _run_ours
    # import before timing, so that neither pays its import in pages/s
    run("<html><body><p>warm up</p></body></html>")
    stats = {}
    for name in SETS:
        pages = _pages(shared, name)
        preds = {}
        t0 = time.perf_counter()
        for key, html in pages.items():
            preds[key] = run(html)
        dt = time.perf_counter() - t0
        (outdir / f"{system}-{name}.json").write_text(json.dumps(preds), encoding="utf-8")
        stats[name] = {"pages": len(pages), "seconds": dt, "pages_per_s": len(pages) / dt}
    stats["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (outdir / f"{system}-stats.json").write_text(json.dumps(stats), encoding="utf-8")


def score(shared: Path, name: str, pred: Path) -> dict:
    out = subprocess.run(
        [sys.executable, str(shared / "tools" / "extraction_score.py"), name,
         "--gold-dir", str(shared / "extraction" / name), "--pred", str(pred), "--json"],
        check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


METRICS = [
    ("aeb", "f1", "AEB body F1"),
    ("aeb", "precision", "AEB body P"),
    ("aeb", "recall", "AEB body R"),
    ("news4k", "f1", "news4k body F1"),
    ("news4k", "title_exact", "news4k title exact"),
    ("news4k", "date_accuracy", "news4k date"),
    ("news4k", "author_exact", "news4k authors exact"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--only", choices=SYSTEMS, help="run one system only")
    ap.add_argument("--keep", help="write the prediction files here instead of a temp dir")
    ap.add_argument("--worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    ap.add_argument("--outdir", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    shared = Path(a.shared).resolve()
    if a.worker:
        worker(a.worker, shared, Path(a.outdir))
        return 0
    if not (shared / "extraction").is_dir():
        print(f"no extraction data under {shared}", file=sys.stderr)
        return 2
    systems = [a.only] if a.only else list(SYSTEMS)
    with tempfile.TemporaryDirectory() as tmp:
        outdir = Path(a.keep) if a.keep else Path(tmp)
        outdir.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        results: dict[str, dict] = {}
        for system in systems:
            # one child per system, pinned to one core where the OS allows it
            cmd = [sys.executable, __file__, "--worker", system, "--outdir", str(outdir), "--shared", str(shared)]
            preexec = (lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})) \
                if hasattr(os, "sched_setaffinity") else None
            subprocess.run(cmd, check=True, env=env, preexec_fn=preexec)
            stats = json.loads((outdir / f"{system}-stats.json").read_text())
            res = {"stats": stats}
            for name in SETS:
                res[name] = score(shared, name, outdir / f"{system}-{name}.json")
            results[system] = res
    if a.json:
        print(json.dumps(results, indent=1))
        return 0
    cols = systems
    print(f"{'metric':<24}" + "".join(f"{c:>14}" for c in cols))
    for name, key, label in METRICS:
        print(f"{label:<24}" + "".join(f"{results[c][name][key]:>14.3f}" for c in cols))
    for name in SETS:
        print(f"{name + ' pages/s':<24}" + "".join(f"{results[c]['stats'][name]['pages_per_s']:>14.1f}" for c in cols))
    print(f"{'peak RSS (MB)':<24}" + "".join(f"{results[c]['stats']['peak_rss_mb']:>14.0f}" for c in cols))
    if len(cols) == 2:
        for name in SETS:
            r = results["ours"]["stats"][name]["pages_per_s"] / results["trafilatura"]["stats"][name]["pages_per_s"]
            print(f"throughput ratio ours/trafilatura on {name}: {r:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
