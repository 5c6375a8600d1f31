"""Intake throughput: pages/s per core for each stage, and `newsgraph batch` on one and two Ray workers.

    python bench/intake.py [--shared ../shared] [--rounds 2] [--json] [--no-ray] [--no-stages]

Stages (one child process with one thread, pinned to one core, as a Ray worker runs; timed by its
CPU time, so the rates are per core, wall time beside them), all over the same real news pages
(the dev halves in shared/extraction: aeb and news4k, 303 pages):

1. WARC reading: the pages written into a gzipped WARC (one response record each) and read back by
   newsgraph.ingest.warc (records -> Sources: HTTP and charset decoding, checks, duplicates,
   language screen), beside warcio alone and FastWARC alone (records and payloads, nothing else).
   Skipped, saying why, where newsgraph has no WARC reader.
2. Extraction: newsgraph.pipeline.extract (page -> Article), beside trafilatura alone
   (bare_extraction with metadata) and resiliparse's extractor alone (extract_plain_text with
   main_content), each over the same decoded HTML. resiliparse/FastWARC: `pip install resiliparse`
   (skipped, saying so, where missing).
3. Analysis: newsgraph.pipeline.analyze_articles over the articles extracted in 2 (model loaded
   before the clock starts; its load time is printed apart).

Ray: `newsgraph batch` over 200 PolNeAR texts (the 84 of polnear/dev/text and the first 116 of
polnear/train/text, copied to a temporary folder) with --workers 1 and --workers 2, each a fresh
output folder, wall time of the whole command (Ray and model start-up included), with the default
engine (a pool of Ray actors) and with --engine data (Ray Data); beside it, in
the same rounds, the plain baseline: one `newsgraph analyze` process over the 200 texts, and two
at once over 100 each (one thread each, as Ray runs its workers with OMP_NUM_THREADS=1). With
--rounds N, the best wall time of the N rounds is kept for each. The machine may be shared: the
load average is printed, and the plain ratio shows what two processes could get at that time.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("aeb", "news4k")


def _timed(fn, items) -> dict:
    """Run fn over items; pages per CPU-second (per core) and per wall second."""
    c0, w0 = time.process_time(), time.perf_counter()
    out = [fn(x) for x in items]
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    return {"pages": len(items), "cpu_s": cpu, "wall_s": wall, "per_core": len(items) / cpu, "per_wall_s": len(items) / wall,
            "out": out}


def _pages(shared: Path) -> list[tuple[str, bytes]]:
    pages = []
    for name in SETS:
        for p in sorted((shared / "extraction" / name / "html").glob("*.html.gz")):
            pages.append((f"https://{name}.example/{p.name[:-8]}", gzip.open(p).read()))
    return pages


def stage_warc(pages: list[tuple[str, bytes]], tmp: Path) -> tuple[dict, list]:
    """Write the pages as a WARC; read it with warcio, FastWARC and newsgraph's reader."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp / "pages.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    res: dict = {"warc_mb": path.stat().st_size / 1e6}

    def warcio_all(_):
        from warcio.archiveiterator import ArchiveIterator

        n = 0
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response":
                    rec.content_stream().read()
                    n += 1
        return n

    r = _timed(warcio_all, [None])
    res["warcio"] = {**r, "per_core": len(pages) / r["cpu_s"], "per_wall_s": len(pages) / r["wall_s"], "pages": len(pages)}
    try:
        from fastwarc.warc import ArchiveIterator as FastIterator, WarcRecordType

        def fast_all(_):
            n = 0
            with open(path, "rb") as fh:
                for rec in FastIterator(fh, record_types=WarcRecordType.response):
                    rec.reader.read()
                    n += 1
            return n

        r = _timed(fast_all, [None])
        res["fastwarc"] = {**r, "per_core": len(pages) / r["cpu_s"], "per_wall_s": len(pages) / r["wall_s"], "pages": len(pages)}
    except ImportError:
        res["fastwarc"] = {"skipped": "FastWARC is not installed (pip install resiliparse)"}
    sources: list = []
    try:
        from newsgraph.ingest.warc import iter_warc
    except ImportError:
        res["newsgraph"] = {"skipped": "this newsgraph has no WARC reader (newsgraph.ingest.warc)"}
        return res, sources

    def ours(_):
        return list(iter_warc(str(path)))

    r = _timed(ours, [None])
    items = r["out"][0]
    sources = [s for s in items if not isinstance(s, Exception)]
    res["newsgraph"] = {**r, "per_core": len(pages) / r["cpu_s"], "per_wall_s": len(pages) / r["wall_s"],
                        "pages": len(pages), "sources": len(sources), "refused": len(items) - len(sources)}
    return res, sources


def stage_extract(pages: list[tuple[str, bytes]], sources: list) -> tuple[dict, list]:
    from newsgraph.errors import InputError
    from newsgraph.ingest.decode import decode_bytes
    from newsgraph.pipeline import Item, extract

    if sources:  # as read from the WARC (decoded by newsgraph's reader)
        htmls = [(s.url or s.name, s.content) for s in sources]
    else:
        htmls = [(u, decode_bytes(b, html=True)) for u, b in pages]
    res: dict = {}

    from trafilatura import bare_extraction

    bare_extraction("<html><body><p>warm up</p></body></html>", with_metadata=True)
    res["trafilatura"] = _timed(lambda x: bare_extraction(x[1], with_metadata=True), htmls)
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        res["resiliparse"] = _timed(lambda x: extract_plain_text(HTMLTree.parse(x[1]), main_content=True), htmls)
    except ImportError:
        res["resiliparse"] = {"skipped": "resiliparse is not installed (pip install resiliparse)"}

    def ours(x):
        try:
            return extract(Item(content=x[1], name=x[0], kind="html", url=x[0]))
        except InputError as e:
            return e

    ours(htmls[0])  # warm up (imports, tables)
    r = _timed(ours, htmls)
    arts = [a for a in r["out"] if not isinstance(a, InputError)]
    r["articles"] = len(arts)
    res["newsgraph"] = r
    return res, arts


def stage_analyze(arts: list) -> dict:
    from newsgraph.nlp import get_nlp
    from newsgraph.pipeline import analyze_articles, analyze_many

    t0 = time.perf_counter()
    get_nlp()
    load = time.perf_counter() - t0
    list(analyze_many(["Warm up. The minister said on Monday that 3 people died."]))
    r = _timed(lambda batch: list(analyze_articles(batch, batch_size=16)), [arts])
    n = len(arts)
    words = sum(len(a.body.split()) for a in arts)
    return {"articles": n, "words": words, "cpu_s": r["cpu_s"], "wall_s": r["wall_s"], "per_core": n / r["cpu_s"],
            "per_wall_s": n / r["wall_s"], "words_per_core_s": words / r["cpu_s"], "model_load_s": load}


# ---------------------------------------------------------------- Ray


def polnear_200(shared: Path, dest: Path) -> list[Path]:
    dev = sorted((shared / "polnear" / "dev" / "text").glob("*.txt"))
    train = sorted((shared / "polnear" / "train" / "text").glob("*.txt"))[:116]
    dest.mkdir(parents=True, exist_ok=True)
    for p in dev + train:
        shutil.copy(p, dest / p.name)
    return sorted(dest.glob("*.txt"))


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsgraph", *args]


def run_batch(texts: Path, out: Path, workers: int, engine: str = "actors") -> dict:
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    p = subprocess.run(_cli("batch", str(texts), "--out", str(out), "--workers", str(workers), "--engine", engine),
                       capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"newsgraph batch --workers {workers} failed ({p.returncode}):\n{p.stderr[-3000:]}")
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    nbytes = sum(f.stat().st_size for f in out.glob("*.parquet"))
    return {"wall_s": wall, "rows": table.num_rows, "parquet_bytes": nbytes}


def run_plain(files: list[Path], procs: int, tmp: Path) -> dict:
    """`newsgraph analyze` over the files, split between `procs` processes run at once."""
    parts = [files[i::procs] for i in range(procs)]
    env = dict(os.environ, **ONE_THREAD)  # one thread each, as Ray runs its workers (OMP_NUM_THREADS=1)
    t0 = time.perf_counter()
    ps = [subprocess.Popen([sys.executable, "-c", _RSS_WRAP, "analyze", *map(str, part), "--format", "jsonl",
                            "--out", str(tmp / f"plain{procs}-{i}.jsonl")], stderr=subprocess.PIPE, text=True, env=env)
          for i, part in enumerate(parts)]
    rss = 0.0
    for p in ps:
        _, err = p.communicate()
        if p.returncode != 0:
            raise SystemExit(f"newsgraph analyze failed: {err[-2000:]}")
        rss = max([rss] + [float(line.split()[1]) for line in err.splitlines() if line.startswith("RSS_MB ")])
    wall = time.perf_counter() - t0
    rows = sum(1 for i in range(procs) for _ in open(tmp / f"plain{procs}-{i}.jsonl", encoding="utf-8"))
    return {"wall_s": wall, "rows": rows, "rss_mb": rss}


# `newsgraph ARGS...` that prints its own peak RSS on the way out (what one worker process holds)
_RSS_WRAP = ("import atexit, resource, runpy, sys; atexit.register(lambda: sys.stderr.write("
             "'RSS_MB %.0f\\n' % (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))); "
             "sys.argv = ['newsgraph'] + sys.argv[1:]; runpy.run_module('newsgraph', run_name='__main__')")


def ray_bench(shared: Path, tmp: Path, rounds: int) -> dict:
    texts = tmp / "polnear200"
    files = polnear_200(shared, texts)
    best: dict[str, dict] = {}
    all_runs: dict[str, list[float]] = {}
    for r in range(rounds):
        for name, fn in (("plain_1", lambda: run_plain(files, 1, tmp)), ("plain_2", lambda: run_plain(files, 2, tmp)),
                         ("batch_1", lambda: run_batch(texts, tmp / "out1", 1)), ("batch_2", lambda: run_batch(texts, tmp / "out2", 2)),
                         ("data_1", lambda: run_batch(texts, tmp / "out3", 1, "data")),
                         ("data_2", lambda: run_batch(texts, tmp / "out4", 2, "data"))):
            res = fn()
            print(f"  round {r + 1}: {name}: {res['wall_s']:.1f} s ({res['rows']} records)", file=sys.stderr, flush=True)
            all_runs.setdefault(name, []).append(res["wall_s"])
            if name not in best or res["wall_s"] < best[name]["wall_s"]:
                best[name] = res
    out = {"texts": len(files), "words": sum(len(p.read_text(encoding="utf-8").split()) for p in files), "best": best,
           "runs": all_runs}
    out["batch_ratio"] = best["batch_1"]["wall_s"] / best["batch_2"]["wall_s"]
    out["data_ratio"] = best["data_1"]["wall_s"] / best["data_2"]["wall_s"]
    # the ratio within each round (the machine's load moves between rounds)
    out["round_ratios"] = {k: [a / b for a, b in zip(all_runs[f"{k}_1"], all_runs[f"{k}_2"])] for k in ("plain", "batch", "data")}
    out["plain_ratio"] = best["plain_1"]["wall_s"] / best["plain_2"]["wall_s"]
    return out


ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def stages(shared: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsgraph-intake-") as t:
        pages = _pages(shared)
        warc, sources = stage_warc(pages, Path(t))
        ext, arts = stage_extract(pages, sources)
        ana = stage_analyze(arts)
    for d in (warc, ext):
        for v in d.values():
            if isinstance(v, dict):
                v.pop("out", None)
    return {"warc": warc, "extract": ext, "analyze": ana, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_stages_child(shared: Path) -> dict:
    """The stages in a child process with one thread (as a Ray worker runs), on one core where
    the OS allows it, so that pages per CPU-second are pages per second of one core."""
    env = dict(os.environ, **ONE_THREAD)
    preexec = (lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})) if hasattr(os, "sched_setaffinity") else None
    p = subprocess.run([sys.executable, __file__, "--_stages", "--shared", str(shared)], env=env, preexec_fn=preexec,
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"the stages failed:\n{p.stderr[-3000:]}")
    return json.loads(p.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--_stages", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--shared", default=str(HERE.parents[1] / "shared"))
    ap.add_argument("--rounds", type=int, default=2, help="rounds of the Ray comparison (best wall time kept)")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--no-stages", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    shared = Path(a.shared).resolve()
    if a._stages:
        print(json.dumps(stages(shared), default=str))
        return 0
    results: dict = {"cores": os.cpu_count(), "load_avg_start": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="newsgraph-intake-") as t:
        tmp = Path(t)
        if not a.no_stages:
            print("stages over the extraction dev pages (one process, one thread, one core)", file=sys.stderr, flush=True)
            results.update(run_stages_child(shared))
        if not a.no_ray:
            try:
                import ray  # noqa: F401
            except ImportError:
                results["ray"] = {"skipped": "ray is not installed (pip install 'newsgraph[ray]')"}
            else:
                print("newsgraph batch over 200 PolNeAR texts (and the plain baseline)", file=sys.stderr, flush=True)
                results["ray"] = ray_bench(shared, tmp, a.rounds)
    results["load_avg_end"] = os.getloadavg()
    if a.json:
        print(json.dumps(results, indent=1, default=str))
        return 0
    _print(results)
    return 0


def _print(r: dict) -> None:
    def row(label: str, d: dict, unit: str = "pages") -> None:
        if "skipped" in d:
            print(f"  {label:<34} skipped: {d['skipped']}")
        else:
            print(f"  {label:<34} {d['per_core']:>8.1f} {unit}/s per core   ({d['per_wall_s']:.1f}/s wall)")

    print(f"machine: {r['cores']} cores; load average at start {r['load_avg_start'][0]:.1f}, at end {r['load_avg_end'][0]:.1f}")
    if "warc" in r:
        w = r["warc"]
        print(f"1. WARC reading ({w['warcio']['pages']} response records, {w['warc_mb']:.1f} MB gzipped)")
        row("warcio alone", w["warcio"])
        row("FastWARC alone", w["fastwarc"])
        row("newsgraph.ingest.warc", w["newsgraph"])
        e = r["extract"]
        print(f"2. Extraction ({e['trafilatura']['pages']} HTML pages)")
        row("trafilatura alone", e["trafilatura"])
        row("resiliparse alone", e["resiliparse"])
        row(f"newsgraph extract ({e['newsgraph']['articles']} articles)", e["newsgraph"])
        a = r["analyze"]
        print(f"3. Analysis ({a['articles']} articles, {a['words']} words; model load {a['model_load_s']:.1f} s)")
        row("newsgraph analyze_articles", a, "articles")
        print(f"  {'':<34} {a['words_per_core_s']:>8.0f} words/s per core")
        print(f"  peak RSS of the stages' process (all pages in memory): {r['rss_mb']:.0f} MB")
    if "ray" in r:
        y = r["ray"]
        if "skipped" in y:
            print(f"Ray: skipped: {y['skipped']}")
            return
        b = y["best"]
        print(f"Ray: newsgraph batch over {y['texts']} PolNeAR texts ({y['words']} words), wall time with start-up, best of {len(y['runs']['batch_1'])}")
        print(f"  {'plain: 1 analyze process':<34} {b['plain_1']['wall_s']:>6.1f} s   {y['texts'] / b['plain_1']['wall_s']:.2f} texts/s")
        print(f"  {'plain: 2 analyze processes':<34} {b['plain_2']['wall_s']:>6.1f} s   {y['texts'] / b['plain_2']['wall_s']:.2f} texts/s   ratio {y['plain_ratio']:.2f}x")
        print(f"  {'batch --workers 1':<34} {b['batch_1']['wall_s']:>6.1f} s   {y['texts'] / b['batch_1']['wall_s']:.2f} texts/s   ({b['batch_1']['rows']} rows)")
        print(f"  {'batch --workers 2':<34} {b['batch_2']['wall_s']:>6.1f} s   {y['texts'] / b['batch_2']['wall_s']:.2f} texts/s   ({b['batch_2']['rows']} rows)   ratio {y['batch_ratio']:.2f}x")
        print(f"  {'batch --engine data --workers 1':<34} {b['data_1']['wall_s']:>6.1f} s   {y['texts'] / b['data_1']['wall_s']:.2f} texts/s   ({b['data_1']['rows']} rows)")
        print(f"  {'batch --engine data --workers 2':<34} {b['data_2']['wall_s']:>6.1f} s   {y['texts'] / b['data_2']['wall_s']:.2f} texts/s   ({b['data_2']['rows']} rows)   ratio {y['data_ratio']:.2f}x")
        print("  ratio within each round: " + "; ".join(f"{k} " + ", ".join(f"{v:.2f}" for v in vs) for k, vs in y["round_ratios"].items()))
        print(f"  Parquet: {b['batch_2']['parquet_bytes'] / b['batch_2']['rows'] / 1024:.1f} KB per article;"
              f" peak RSS of one analyze process (200 texts): {b['plain_1']['rss_mb']:.0f} MB")
        print("  all runs (s): " + "; ".join(f"{k} " + ", ".join(f"{v:.1f}" for v in vs) for k, vs in y["runs"].items()))


if __name__ == "__main__":
    sys.exit(main())
