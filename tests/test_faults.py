"""Faults during `newsgraph ingest`: the process killed, the database server restarted or gone,
a read-only store, a full disk. Afterwards every article is stored exactly once (a re-run
completes the rest) and each fault is one clear line on standard error, never a traceback.

- SIGKILL: a real `python -m newsgraph ingest` process, killed twice at moments picked by
  watching the store (after its first commit, then again after the re-run's first), then run
  to the end; on SQLite and, with NEWSGRAPH_TEST_PG_URL, on PostgreSQL.
- PostgreSQL restarted or stopped mid-run: a throwaway cluster of our own (initdb + pg_ctl,
  as .ci/run starts one; run as the postgres user where we are root), stopped from inside
  the run at a known point (in a batch's transaction, or between batches).
- Read-only: the store on a tmpfs remounted read-only (as root, where mounting is allowed) or
  with its file and folder made read-only (chmod; as any other user).
- Full disk: SQLite's page cap (max_page_count) on every connection, and, where mounting is
  allowed, a real tmpfs filled to the brim.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import open_store
from newsgraph.store.db import store_url

from .conftest import REPO, SAMPLE
from .test_store import PG_SKIP, PG_URL, pg_schema_url

runner = CliRunner()
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def make_articles(folder: Path, n: int) -> list[Path]:
    """n distinct short articles: the sample's text files, each edition with its own last line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = sorted(SAMPLE.glob("*.txt"))
    out = []
    for i in range(n):
        src = texts[i % len(texts)]
        p = folder / f"{src.stem}-{i:02d}.txt"
        p.write_text(src.read_text(encoding="utf-8").rstrip() + f"\n\nThis is edition {i + 1} of the report.\n", encoding="utf-8")
        out.append(p)
    return out


def counts(db: str) -> dict[str, int]:
    """Articles, distinct article ids, articles placed in a story, failures recorded."""
    eng = create_engine(store_url(db))
    try:
        with eng.connect() as c:
            return {
                "articles": c.execute(text("SELECT count(*) FROM articles")).scalar_one(),
                "ids": c.execute(text("SELECT count(DISTINCT id) FROM articles")).scalar_one(),
                "sources": c.execute(text("SELECT count(DISTINCT source) FROM articles")).scalar_one(),
                "in_stories": c.execute(text("SELECT count(*) FROM story_articles")).scalar_one(),
                "failures": c.execute(text("SELECT count(*) FROM failures")).scalar_one(),
            }
    finally:
        eng.dispose()


def assert_each_once(db: str, n: int) -> None:
    assert counts(db) == {"articles": n, "ids": n, "sources": n, "in_stories": n, "failures": 0}
    if not db.startswith("postgres"):
        with closing(sqlite3.connect(db)) as c:
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.startswith("error:")]


@pytest.fixture
def pg_db():
    """A fresh schema on the test server (NEWSGRAPH_TEST_PG_URL)."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    schema = f"f_{uuid.uuid4().hex[:12]}"
    eng = create_engine(store_url(PG_URL))
    with eng.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    yield pg_schema_url(PG_URL, schema)
    with eng.begin() as c:
        c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    eng.dispose()


# --- SIGKILL ---------------------------------------------------------------------------------------


def stored_count(db: str) -> int:
    if db.startswith("postgres"):
        try:
            return counts(db)["articles"]
        except Exception:  # not created yet
            return 0
    if not os.path.exists(db):
        return 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def kill_when(cmd: list[str], db: str, at_least: int) -> int:
    """Start the ingest, SIGKILL it once the store holds `at_least` articles; the count then."""
    err = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=ENV)
    deadline = time.monotonic() + 120
    n = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            n = stored_count(db)
            if n >= at_least:
                break
            time.sleep(0.02)
        if proc.poll() is not None:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            pytest.fail(f"the ingest ended (status {proc.returncode}) before it could be killed:\n{tail}")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        proc.kill()
        proc.wait()
        err.close()
    return stored_count(db)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_sigkill_twice_mid_ingest_then_every_article_once(backend, tmp_path, request):
    n = 8
    make_articles(tmp_path / "in", n)
    db = str(tmp_path / "k.db") if backend == "sqlite" else request.getfixturevalue("pg_db")
    cmd = [sys.executable, "-m", "newsgraph", "ingest", str(tmp_path / "in"), "--db", db, "--batch-size", "1"]
    first = kill_when(cmd, db, 1)
    assert 1 <= first < n
    second = kill_when(cmd, db, first + 1)  # the re-run skips what is stored, goes on, is killed again
    assert first < second < n
    r = subprocess.run(cmd, capture_output=True, text=True, env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    assert error_lines(r.stderr) == []
    assert f"{n - second} new, {second} already stored, 0 failed" in r.stderr
    assert_each_once(db, n)


def test_stopped_between_storing_a_batch_and_placing_it_the_rerun_places_it(tmp_path, monkeypatch):
    """Ctrl-C (or a kill) after a batch's commit, before its articles went into stories: the
    re-run skips them as stored and still puts them into stories."""
    from newsgraph.corpus import online

    n = 4
    make_articles(tmp_path / "in", n)
    db = str(tmp_path / "s.db")
    real = online.add_to_stories
    calls = {"n": 0}

    def stories(store, records):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(store, records)

    monkeypatch.setattr(online, "add_to_stories", stories)
    res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--batch-size", "1"])
    assert res.exit_code == 130 and "interrupted" in res.stderr, res.output
    assert counts(db)["articles"] == 2 and counts(db)["in_stories"] == 1
    monkeypatch.undo()
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--batch-size", "1"])
    assert again.exit_code == 0 and "2 new, 2 already stored, 0 failed" in again.stderr, again.output
    assert_each_once(db, n)


# --- PostgreSQL restarted or stopped mid-run ------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A throwaway PostgreSQL cluster on a free loopback port."""

    def __init__(self):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: [int(x) for x in Path(p).parts[-3].split(".") if x.isdigit()])
        if not bins and not shutil.which("initdb"):
            pytest.skip("no initdb (PostgreSQL's server programs) to start a cluster of our own")
        self.bin = Path(bins[-1]).parent if bins else Path(shutil.which("initdb")).parent
        self.port = _free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            try:
                import pwd

                pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root, and there is no postgres user to run the server as")
        self.data = Path(tempfile.mkdtemp(prefix="newsgraph-test-pg."))  # /tmp: the postgres user can reach it
        if self.as_root:
            shutil.chown(self.data, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres")
        self.start()

    def _run(self, prog: str, *args: str) -> None:
        cmd = [str(self.bin / prog), *args]
        if self.as_root:
            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in cmd)]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, f"{prog}: {r.stderr or r.stdout}"

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.data / "server.log"), "-o", opts, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def close(self) -> None:
        try:
            self.stop()
        except AssertionError:
            pass
        shutil.rmtree(self.data, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster():
    c = Cluster()
    yield c
    c.close()


@pytest.fixture
def cluster_db(cluster):
    schema = f"r_{uuid.uuid4().hex[:12]}"
    eng = create_engine(store_url(cluster.url))
    with eng.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    eng.dispose()
    return pg_schema_url(cluster.url, schema)


def test_postgres_restarted_inside_a_batch_transaction_the_run_goes_on(cluster, cluster_db, tmp_path, monkeypatch):
    """The server stops while the second batch's transaction is open; it is back a second later.
    The run waits for it, writes that batch again on a new connection and ends with each article once."""
    from newsgraph.store.db import Store

    n = 4
    make_articles(tmp_path / "in", n)
    real_add = Store._add
    calls = {"n": 0}

    def add(self, conn, rec):
        calls["n"] += 1
        if calls["n"] == 2:  # inside batch 2's transaction, its first statements already sent
            cluster.stop()
            threading.Timer(1.0, cluster.start).start()
        return real_add(self, conn, rec)

    monkeypatch.setattr(Store, "_add", add)
    res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", cluster_db, "--batch-size", "1"])
    assert res.exit_code == 0, res.output
    assert error_lines(res.stderr) == []
    warnings = [line for line in res.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "the store is unreachable" in warnings[0] and "waiting up to 60 s" in warnings[0]
    assert f"{n} new, 0 already stored, 0 failed" in res.stderr
    assert calls["n"] > n  # batch 2 was written twice: once cut off, once for good
    assert_each_once(cluster_db, n)


def test_postgres_down_mid_run_is_one_line_and_a_rerun_completes(cluster, cluster_db, tmp_path, monkeypatch):
    from newsgraph import collect, pipeline

    n = 4
    make_articles(tmp_path / "in", n)
    real = pipeline.analyze_articles
    calls = {"n": 0}

    def analyse(arts, **kw):
        calls["n"] += 1
        if calls["n"] == 3:  # two batches committed; the server goes away during the third's analysis
            cluster.stop()
        return real(arts, **kw)

    monkeypatch.setattr(pipeline, "analyze_articles", analyse)
    monkeypatch.setattr(collect, "STORE_WAIT_S", 1.0)
    try:
        res = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", cluster_db, "--batch-size", "1"])
    finally:
        cluster.start()
    assert res.exit_code == 2, res.output
    assert error_lines(res.stderr) == [
        f"error: cannot write to the store at {cluster_db}: connection refused (still unreachable after 1 s)"
    ]
    assert counts(cluster_db)["articles"] == 2
    monkeypatch.setattr(pipeline, "analyze_articles", real)
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", cluster_db, "--batch-size", "1"])
    assert again.exit_code == 0, again.output
    assert f"{n - 2} new, 2 already stored, 0 failed" in again.stderr
    assert_each_once(cluster_db, n)


# --- read-only store, full disk (SQLite) ----------------------------------------------------------


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, timeout=30)
    return r.returncode == 0


def _umount(where: Path) -> None:
    import gc

    gc.collect()  # connections the test left to the collector
    if subprocess.run(["umount", str(where)], capture_output=True, timeout=30).returncode:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=30)


def _remount(where: Path, mode: str) -> None:
    r = subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr


def test_read_only_store_is_one_line_and_loses_nothing(tmp_path):
    first = make_articles(tmp_path / "in", 3)
    more = make_articles(tmp_path / "more", 6)[3:]
    mnt = tmp_path / "ro"
    mounted = _mount_tmpfs(mnt, "20m")
    if not mounted:
        if os.geteuid() == 0:
            pytest.skip("as root a chmod does not stop writes, and mounting a read-only tmpfs is not allowed here")
        mnt.mkdir()
    db = str(mnt / "news.db")
    try:
        res = runner.invoke(app, ["ingest", *map(str, first), "--db", db])
        assert res.exit_code == 0, res.output
        if mounted:
            _remount(mnt, "ro")
        else:
            os.chmod(db, 0o444)
            os.chmod(mnt, 0o555)
        res = runner.invoke(app, ["ingest", *map(str, more), "--db", db])
        assert res.exit_code == 2, res.output
        [line] = error_lines(res.stderr)
        assert line.startswith(f"error: cannot open the store at {db}: ") and "read-only" in line, line
        if mounted:
            _remount(mnt, "rw")
        else:
            os.chmod(mnt, 0o755)
            os.chmod(db, 0o644)
        assert_each_once(db, 3)
        again = runner.invoke(app, ["ingest", *map(str, first + more), "--db", db])
        assert again.exit_code == 0 and "3 new, 3 already stored, 0 failed" in again.stderr, again.output
        assert_each_once(db, 6)
    finally:
        if mounted:
            _umount(mnt)
        else:
            os.chmod(mnt, 0o755)


@pytest.mark.parametrize("disk", ["page-cap", "tmpfs"])
def test_full_disk_is_one_line_and_loses_nothing(disk, tmp_path, monkeypatch):
    import newsgraph.store.db as dbmod

    first = make_articles(tmp_path / "in", 3)
    allv = make_articles(tmp_path / "all", 8)
    where = tmp_path / "disk"
    if disk == "tmpfs":
        if not _mount_tmpfs(where, "20m"):
            pytest.skip("mounting a small tmpfs is not allowed here (needs root and CAP_SYS_ADMIN)")
    else:
        where.mkdir()
    db = str(where / "news.db")
    try:
        res = runner.invoke(app, ["ingest", *map(str, first), "--db", db])
        assert res.exit_code == 0, res.output
        before = counts(db)
        if disk == "tmpfs":  # leave 100 KB free
            free = shutil.disk_usage(where).free
            with open(where / "filler", "wb") as f:
                f.write(b"\0" * (free - 100_000))
        else:
            with closing(sqlite3.connect(db)) as c:
                pages = c.execute("PRAGMA page_count").fetchone()[0]
            real = dbmod._sqlite_pragmas

            def capped(conn, rec):
                real(conn, rec)
                conn.execute(f"PRAGMA max_page_count={pages + 4}")

            monkeypatch.setattr(dbmod, "_sqlite_pragmas", capped)
        res = runner.invoke(app, ["ingest", *map(str, allv), "--db", db, "--batch-size", "2"])
        assert res.exit_code == 2, res.output
        assert error_lines(res.stderr) == [f"error: cannot write to the store at {db}: database or disk is full"]
        if disk == "tmpfs":
            os.remove(where / "filler")
        else:
            monkeypatch.undo()
        assert counts(db) == before
        assert_each_once(db, 3)
        s = open_store(db)
        try:
            assert all(s.get_record(a["id"]) is not None for a in s.articles()["items"])
        finally:
            s.close()
        again = runner.invoke(app, ["ingest", *map(str, allv), "--db", db])
        assert again.exit_code == 0 and "5 new, 3 already stored, 0 failed" in again.stderr, again.output
        assert_each_once(db, 8)
    finally:
        if disk == "tmpfs":
            _umount(where)
