"""The store's commands, in process with the real pipeline: ingest, failures, export, demo.

The sample articles (data/sample) are ingested once per store (SQLite file; PostgreSQL too when
NEWSGRAPH_TEST_PG_URL is set) and the commands are checked against what was stored.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.record import Record
from newsgraph.store import open_store

from .conftest import SAMPLE
from .test_store import PG_SKIP, PG_URL, pg_schema_url

runner = CliRunner()
N_SAMPLE = sum(1 for p in SAMPLE.iterdir() if p.name.endswith((".txt", ".html", ".htm", ".html.gz")))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def ingested(request, tmp_path_factory):
    """(db, folder, first ingest result): the sample and one bad file, ingested once."""
    tmp = tmp_path_factory.mktemp("ingest")
    folder = tmp / "articles"
    shutil.copytree(SAMPLE, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 50)
    if request.param == "sqlite":
        db = str(tmp / "news.db")
        cleanup = None
    else:
        if not PG_URL:
            pytest.skip(PG_SKIP)
        import uuid

        from sqlalchemy import create_engine, text

        from newsgraph.store.db import store_url

        schema = f"c_{uuid.uuid4().hex[:12]}"
        eng = create_engine(store_url(PG_URL))
        with eng.begin() as c:
            c.execute(text(f"CREATE SCHEMA {schema}"))
        db = pg_schema_url(PG_URL, schema)

        def cleanup():
            with eng.begin() as c:
                c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            eng.dispose()

    res = runner.invoke(app, ["ingest", str(folder), str(tmp / "missing.html"), "--db", db, "--batch-size", "3"])
    yield db, folder, res
    if cleanup:
        cleanup()


def test_ingest_stores_the_sample_and_reports_failures(ingested):
    db, folder, res = ingested
    assert res.exit_code == 1, res.output
    err = res.stderr
    assert f"{N_SAMPLE} new, 0 already stored, 2 failed" in err
    assert "articles/s" in err
    assert f"error: {folder / 'broken.txt'}: binary file" in err
    assert "missing.html: no such file" in err
    assert "Traceback" not in res.output
    s = open_store(db)
    try:
        st = s.stats()
        assert st["articles"] == N_SAMPLE and st["actors"] > 0
        first = s.articles(limit=1)["items"][0]
        rec = s.get_record(first["id"])
        assert isinstance(rec, Record) and rec.article.id == first["id"] and rec.check_spans() == []
        assert s.failures()["total"] == 2
    finally:
        s.close()


def test_ingest_again_stores_nothing_twice(ingested):
    db, folder, _ = ingested
    res = runner.invoke(app, ["ingest", str(folder), str(folder / "wirenews-oren-talks.txt"), "--db", db])
    assert res.exit_code == 1  # broken.txt still fails
    assert f"0 new, {N_SAMPLE + 1} already stored, 1 failed" in res.stderr
    s = open_store(db)
    try:
        assert s.stats()["articles"] == N_SAMPLE
    finally:
        s.close()


def test_failures_lists_items_and_reasons(ingested):
    db, folder, _ = ingested
    res = runner.invoke(app, ["failures", "--db", db])
    assert res.exit_code == 0
    lines = res.stdout.strip().splitlines()
    assert any(line.endswith(f"  {folder / 'broken.txt'}: binary file (contains NUL bytes)") for line in lines)
    assert any("missing.html: no such file" in line for line in lines)
    assert "failure" in res.stderr


def test_export_commands(ingested, tmp_path):
    db, _, _ = ingested
    res = runner.invoke(app, ["export", "--db", db])  # jsonl articles: the full records
    assert res.exit_code == 0, res.output
    recs = [Record.from_json(line) for line in res.stdout.splitlines()]
    assert len(recs) == N_SAMPLE
    res = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--what", "actors"])
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and set(rows[0]) >= {"id", "name", "type", "n_articles"}
    out = tmp_path / "attr.parquet"
    res = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--what", "attributions", "--out", str(out)])
    assert res.exit_code == 0 and out.is_file()
    res = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--what", "figures", "--out", str(tmp_path / "f.jsonl")])
    assert res.exit_code == 0
    first = json.loads((tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"article_id", "value", "unit", "span"} <= set(first)
    res = runner.invoke(app, ["export", "--db", db, "--what", "nothing"])
    assert res.exit_code == 2


def test_export_out_dash_is_standard_output(ingested, tmp_path, monkeypatch):
    db, _, _ = ingested
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["export", "--db", db, "--out", "-"])
    assert res.exit_code == 0, res.output
    assert len([Record.from_json(line) for line in res.stdout.splitlines()]) == N_SAMPLE
    res = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--what", "actors", "-o", "-"])
    assert res.exit_code == 0 and list(csv.DictReader(io.StringIO(res.stdout)))
    res = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", "-"])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr.strip() == ("error: parquet is binary and is not written to standard output: give --out FILE "
                                  "(default: articles.parquet), or --format jsonl or csv")
    assert list(tmp_path.iterdir()) == []  # no file named "-", no articles.parquet


def test_reading_a_missing_store_is_an_error(tmp_path, monkeypatch):
    """A mistyped store is one line naming it, exit 2, and no empty store left behind."""
    import uvicorn

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: served.append(kw))
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "sub" / "nwes.db"
    typo.parent.mkdir()
    for db, shown in ((str(typo), str(typo)), (f"sqlite:///{typo}", f"sqlite:///{typo}"), (None, "newsgraph.db")):
        opt = ["--db", db] if db else []
        for cmd in (["failures"], ["export"], ["export", "--format", "parquet", "--out", "a.parquet"], ["stories", "--db", db or "newsgraph.db"],
                    ["timeline", "Moreau"], ["serve"]):
            args = [*cmd, *(opt if "--db" not in cmd else [])]
            res = runner.invoke(app, args)
            assert res.exit_code == 2, (args, res.output)
            line = res.stderr.strip()
            assert "\n" not in line and line.startswith(f"error: no store at {shown} (make one with `newsgraph ingest FILES --db {shown}`"), (args, line)
            assert "Traceback" not in res.output and res.stdout == ""
    assert list(typo.parent.iterdir()) == [] and list(tmp_path.iterdir()) == [typo.parent]
    assert served == []
    # serve --create makes it (to be filled by POST /api/articles)
    res = runner.invoke(app, ["serve", "--db", str(typo), "--create"])
    assert res.exit_code == 0, res.output
    assert typo.is_file() and len(served) == 1 and "created empty" in res.stderr
    res = runner.invoke(app, ["failures", "--db", str(typo)])  # it exists now: an empty store
    assert res.exit_code == 0 and res.stderr.startswith("0 failures")


def test_bad_store_is_one_line_and_no_traceback(tmp_path):
    for cmd in (["ingest", str(SAMPLE)], ["failures"], ["export"]):
        res = runner.invoke(app, [*cmd, "--db", "postgresql://u:pw@127.0.0.1:1/none"])
        assert res.exit_code == 2
        assert res.stderr.strip() == "error: cannot open the store at postgresql://u:***@127.0.0.1:1/none: connection refused"
    bad = tmp_path / "text.db"
    bad.write_text("not a database " * 100)
    res = runner.invoke(app, ["failures", "--db", str(bad)])
    assert res.exit_code == 2 and res.stderr.count("\n") == 1 and "file is not a database" in res.stderr


def test_ingest_rejects_a_bad_date(tmp_path):
    res = runner.invoke(app, ["ingest", str(SAMPLE), "--published", "yesterday", "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2 and "not a date" in res.stderr
    assert not (tmp_path / "x.db").exists()


def test_ingest_published_and_publisher_apply(tmp_path):
    src = tmp_path / "story.txt"
    src.write_text('Rivers rose again on Monday.\n\n"We are ready," the mayor, Ana Ruiz, said.\n', encoding="utf-8")
    db = str(tmp_path / "one.db")
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "--published", "2024-05-06", "--publisher", "Valley News"])
    assert res.exit_code == 0, res.output
    s = open_store(db)
    try:
        [a] = s.articles()["items"]
        assert (a["published"], a["publisher"]) == ("2024-05-06", "Valley News")
    finally:
        s.close()


def test_demo_stores_the_sample_and_says_how_to_browse(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["demo"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "newsgraph.db").is_file()
    assert "newsgraph serve --db ./newsgraph.db" in res.stdout
    assert "http://127.0.0.1:8000/" in res.stdout
    assert "wirenews-oren-talks.txt" in res.stdout  # the per-article table
    assert f"{N_SAMPLE} new" in res.stdout
    res = runner.invoke(app, ["demo", "--db", str(tmp_path / "other.db")])
    assert res.exit_code == 0 and f"newsgraph serve --db {tmp_path / 'other.db'}" in res.stdout
    again = runner.invoke(app, ["demo"])
    assert f"0 new, {N_SAMPLE} already there" in again.stdout
    s = open_store(str(tmp_path / "newsgraph.db"))
    try:
        assert s.stats()["articles"] == N_SAMPLE
    finally:
        s.close()


def test_ingest_as_a_real_process_shows_no_traceback(tmp_path):
    """The installed entry point: a bad store and a missing file, each one line."""
    r = subprocess.run(
        [sys.executable, "-m", "newsgraph", "failures", "--db", "postgres://127.0.0.1:1/x"],
        capture_output=True, text=True, timeout=60,
    )
    assert r.returncode == 2
    assert r.stderr.strip() == "error: cannot open the store at postgres://127.0.0.1:1/x: connection refused"


def test_ingest_caps_an_item_by_size(tmp_path):
    """ingest --max-bytes: an item over the cap is refused unread, named with its size and the
    cap, recorded as a failure; the others are stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    small = SAMPLE / "kessafm-aid-convoys.txt"
    shutil.copy(small, folder / small.name)
    big = folder / "long-report.txt"
    big.write_text(small.read_text(encoding="utf-8") * 40, encoding="utf-8")
    db = str(tmp_path / "c.db")
    cap = small.stat().st_size + 1000
    res = runner.invoke(app, ["ingest", str(folder), "--db", db, "--max-bytes", str(cap)])
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output
    line = [x for x in res.output.splitlines() if "long-report.txt" in x]
    assert line and "too large" in line[0] and "over the cap" in line[0], res.output
    s = open_store(db)
    try:
        assert s.articles()["total"] == 1
        assert [f["item"] for f in s.failures()["items"]] == [str(big)]
    finally:
        s.close()
    bad = runner.invoke(app, ["ingest", str(folder), "--db", db, "--max-bytes", "lots"])
    assert bad.exit_code == 2 and "--max-bytes" in bad.output
