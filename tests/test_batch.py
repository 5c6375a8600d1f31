"""newsgraph batch: Ray (local mode, one worker) over the sample into Parquet; the records equal
analyze's; bad inputs named and the rest written; a re-run skips the shards already written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.batch import (
    RayMissing,
    part_files,
    plan_shards,
    read_records,
    record_from_row,
    records_table,
    require_ray,
    shard_failures,
)
from newsgraph.cli import app
from newsgraph.record import Record

from .conftest import SAMPLE, SHARED

pytest.importorskip("ray", reason="ray is not installed: pip install -e '.[test]' installs it")

runner = CliRunner()


def _batch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsgraph", "batch", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def analyzed() -> dict[str, str]:
    """`newsgraph analyze data/sample --format jsonl`: record JSON by source."""
    res = runner.invoke(app, ["analyze", str(SAMPLE), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    recs = [Record.from_json(line) for line in res.stdout.splitlines() if line.strip()]
    assert len(recs) == 8
    return {r.article.source: r.to_json() for r in recs}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> tuple[list[str], Path]:
    bad = tmp_path_factory.mktemp("bad")
    (bad / "empty.txt").write_text("")
    (bad / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    args = [str(SAMPLE), str(bad / "empty.txt"), str(bad / "photo.html"), str(bad / "missing.txt")]
    return args, tmp_path_factory.mktemp("out") / "records"


@pytest.fixture(scope="module")
def first_run(inputs) -> subprocess.CompletedProcess:
    args, out = inputs
    return _batch(*args, "--out", str(out), "--workers", "1", "--shard-size", "3")


def test_sample_rows_equal_analyze(first_run, inputs, analyzed):
    import pandas as pd
    import pyarrow.parquet as pq

    _, out = inputs
    assert "Traceback" not in first_run.stderr, first_run.stderr
    table = pq.read_table(out)
    assert table.num_rows == 8
    df = pd.read_parquet(out)
    assert len(df) == 8 and set(df["source"]) == set(analyzed)
    # the nested columns come through both readers
    row = df[df["title"].str.contains("Oren", na=False)].iloc[0]
    assert len(row["actors"]) > 0 and "mentions" in row["actors"][0]
    assert all(isinstance(a["name"], str) for a in table.column("actors").to_pylist()[0])
    # the records: the same JSON as analyze's, through the rows pyarrow reads
    got = {}
    for f in part_files(out):
        for r in pq.read_table(f).to_pylist():
            rec = record_from_row(r)
            got[rec.article.source] = rec.to_json()
    assert got == analyzed
    assert sorted(r.article.source for r in read_records(out)) == sorted(analyzed)
    assert sum(r.attributions.__len__() for r in read_records(out)) > 0
    assert not [p for p in out.iterdir() if ".tmp" in p.name]


def test_bad_inputs_named_rest_written(first_run, inputs):
    args, out = inputs
    err = first_run.stderr
    assert first_run.returncode == 1, err
    assert "Traceback" not in err
    lines = err.splitlines()

    def named(path: str, why: str) -> bool:
        return any(line.startswith(f"error: {path}:") and why in line for line in lines)

    assert named(args[1], "empty file"), err
    assert named(args[2], "binary"), err
    assert named(args[3], "no such file"), err
    assert "8 records written in 4 shards" in err, err
    # the shard holding only the binary file is done (no rows) and keeps the failure
    kept = [f.item for p in part_files(out) for f in shard_failures(p)]
    assert sorted(kept) == sorted(args[1:3])


def test_rerun_skips_done_shards(first_run, inputs):
    args, out = inputs
    files = part_files(out)
    assert len(files) == 4
    victim = next(p for p in files if shard_failures(p) == [] and "00001" in p.name)
    stamps = {p.name: p.stat().st_mtime_ns for p in files if p != victim}
    victim.unlink()
    res = _batch(*args, "--out", str(out), "--workers", "1", "--shard-size", "3")
    assert "Traceback" not in res.stderr
    assert "3 of 4 shards already done" in res.stderr, res.stderr
    assert "1 shards (3 files) to analyse" in res.stderr, res.stderr
    assert "3 records written in 1 shards, 3 shards already done" in res.stderr, res.stderr
    assert {p.name: p.stat().st_mtime_ns for p in part_files(out) if p.name != victim.name} == stamps
    assert len(list(read_records(out))) == 8
    # all done: nothing to run, Ray not even started
    res = _batch(*args, "--out", str(out), "--workers", "1", "--shard-size", "3")
    assert "4 of 4 shards already done" in res.stderr and "to analyse" not in res.stderr, res.stderr
    assert "2 items failed in the shards done before" in res.stderr, res.stderr
    assert res.returncode == 1  # missing.txt is still missing


def test_parquet_round_trip_without_ray(tmp_path, analyzed):
    import pyarrow.parquet as pq

    recs = [Record.from_json(s) for s in analyzed.values()]
    pq.write_table(records_table(recs), tmp_path / "part-00000-x.parquet")
    back = [r.to_json() for r in read_records(tmp_path)]
    assert back == [r.to_json() for r in recs]


def test_plan_shards(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(b"\x1f\x8b")
    shards, errors = plan_shards([str(SAMPLE), str(tmp_path / "a.warc.gz"), "https://example.org/x", "-"], 5)
    assert [(s.kind, len(s.items)) for s in shards] == [("files", 5), ("files", 3), ("warc", 1)]
    assert [e.item for e in errors] == ["https://example.org/x", "-"]
    again, _ = plan_shards([str(SAMPLE), str(tmp_path / "a.warc.gz")], 5)
    assert [s.key for s in again] == [s.key for s in shards]  # stable: a re-run finds its shards
    assert all(os.path.isabs(p) for s in shards for _, p in s.items)
    assert [s.items[0][0] for s in shards[:2]] == [str(SAMPLE / n) for n in sorted(os.listdir(SAMPLE)) if not n.endswith((".json", ".md"))][::5]


def test_missing_ray_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(RayMissing, match=r"pip install 'newsgraph\[ray\]'"):
        require_ray()
    res = runner.invoke(app, ["batch", str(SAMPLE / "wirenews-oren-talks.txt"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert "pip install 'newsgraph[ray]'" in res.output and "Traceback" not in res.output


def _write_warc(path: Path, pages: list[Path]) -> None:
    """A gzipped WARC with one response record per page (request records between them)."""
    import gzip
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for p in pages:
            body = gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes()
            url = f"https://news.example/{p.name.split('.')[0]}"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_files_cut_into_parts_through_ray_data(tmp_path):
    pytest.importorskip("warcio")
    pages = sorted(p for p in SAMPLE.iterdir() if ".htm" in p.name)
    warc = tmp_path / "sample.warc.gz"
    _write_warc(warc, pages)
    args = [str(warc)]
    excerpt = SHARED / "warc" / "cc-main-2020-34-excerpt.warc.gz"
    if excerpt.exists():
        args.append(str(excerpt))
    res = runner.invoke(app, ["analyze", str(warc), "--format", "jsonl"])
    want = {r.article.source: r.to_json() for r in map(Record.from_json, res.stdout.splitlines())}
    assert len(want) == len(pages)

    out = tmp_path / "out"
    # through Ray Data this time (the other tests run the default engine, a pool of Ray actors)
    # and each WARC file cut into parts of about 40 kB: every record read once between them
    run = _batch(*args, "--out", str(out), "--workers", "1", "--shard-size", "3", "--engine", "data",
                 "--warc-part-mb", "0.04")
    assert "Traceback" not in run.stderr, run.stderr
    parts, _ = plan_shards(args, 3, int(0.04 * 1024 * 1024))
    assert len(parts) > len(args) and all(p.kind == "warc" for p in parts)
    assert f"{len(parts)} shards ({len(args)} files) to analyse" in run.stderr, run.stderr
    got = {r.article.source: r for r in read_records(out)}
    assert {k: got[k].to_json() for k in want} == want  # the sample's records, as analyze gives them
    assert all(r.article.url.startswith("https://news.example/") for k, r in got.items() if k in want)
    if excerpt.exists():
        # every response record of the real excerpt: written, or named with its reason
        named = {line.split(" ", 1)[1].split("#")[1].split(" ")[0] for line in run.stderr.splitlines()
                 if line.startswith(f"error: {excerpt}#")}
        written = {k.split("#")[1].split(" ")[0] for k in got if k.startswith(f"{excerpt}#")}
        assert len(named | written) == 16 and not named & written, run.stderr
