"""The command line, in process (CliRunner) and once as a real subprocess."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsgraph import __version__
from newsgraph.cli import app

from .conftest import SEED, SEED_GOLD, SHARED, need_shared

runner = CliRunner()

STORY = """World | Water

Rivals sign river pact after a night of talks

By Lena Marsh

OSLO, May 4 (Northwire) - Two neighbours signed a pact on Thursday to share the river's water, ending a dispute that had run for nine years.

"This is a day for farmers on both banks," said the envoy, Mara Tell. "We will open the gates in June."

The deal frees 40 million cubic metres a year for irrigation, officials said.

Share this story
"""

HTML = """<!doctype html><html><head><title>Ferry service returns to the islands - Harbour Gazette</title>
<meta property="og:title" content="Ferry service returns to the islands">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-03-12T08:00:00Z">
<meta name="author" content="Tom Vale"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry service returns to the islands</h1>
<p>The ferry to the outer islands sailed again on Monday after a winter of repairs to the pier, the operator said.</p>
<p>"We missed the crossing more than anyone," said captain Ines Porto, who has run the route for twelve years.</p>
<p>About 1,200 people live on the islands, and most depend on the boat for food, fuel and school.</p>
<p>The operator said a second vessel would join the route in the summer if passenger numbers hold up.</p>
</article><footer>Copyright Harbour Gazette</footer></body></html>"""


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    r = run("--version")
    assert r.exit_code == 0
    assert r.stdout.strip() == f"newsgraph {__version__}"


def test_analyze_text_file_json(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(STORY, encoding="utf-8")
    r = run("analyze", str(f), "--published", "2024-05-04", "--publisher", "Northwire", "--format", "json")
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    art = rec["article"]
    assert art["title"] == "Rivals sign river pact after a night of talks"
    assert art["published"] == "2024-05-04" and art["publisher"] == "Northwire"
    assert art["body"].startswith("Two neighbours signed a pact")
    assert "Share this story" not in art["body"]
    assert any(a["name"] == "Mara Tell" for a in rec["actors"])
    for a in rec["actors"]:
        for m in a["mentions"]:
            assert art["body"][m["start"]:m["end"]] == m["text"]


def test_analyze_html_gz_and_stdin(tmp_path):
    f = tmp_path / "ferry.html.gz"
    f.write_bytes(gzip.compress(HTML.encode("utf-8")))
    r = run("analyze", str(f), "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout.strip())
    assert rec["article"]["title"] == "Ferry service returns to the islands"
    assert rec["article"]["published"] == "2024-03-12"
    assert rec["article"]["body"].startswith("The ferry to the outer islands")
    r2 = run("analyze", "-", "--format", "json", input=HTML)
    assert r2.exit_code == 0, r2.stderr
    assert json.loads(r2.stdout)["article"]["id"] == rec["article"]["id"]


def test_text_format_and_out_file(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(STORY, encoding="utf-8")
    out = tmp_path / "summary.txt"
    r = run("analyze", str(f), "--format", "text", "--out", str(out))
    assert r.exit_code == 0, r.stderr
    s = out.read_text()
    assert "Rivals sign river pact" in s and "actors" in s


def test_folder_with_bad_items_goes_on_and_fails_at_the_end(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "d.html").write_text(HTML, encoding="utf-8")
    r = run("analyze", str(tmp_path), "--format", "jsonl")
    assert r.exit_code == 1
    lines = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert len(lines) == 2  # the two good articles are there
    assert "Traceback" not in r.stderr
    assert "b.txt" in r.stderr and "c.html" in r.stderr
    assert "2 of 4 items failed" in r.stderr


@pytest.mark.parametrize(
    "arg,reason",
    [
        ("/nonexistent/story.txt", "no such file"),
        ("ftp://example.org/x", "http"),
        ("http://127.0.0.1:9/x", "private"),
        ("http://169.254.169.254/latest", "private"),
    ],
)
def test_single_bad_input_is_one_line_and_exit_1(arg, reason):
    r = run("analyze", arg)
    assert r.exit_code == 1
    err = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(err) == 1, r.stderr
    assert arg in err[0] and reason in err[0].lower()
    assert "Traceback" not in r.stderr


def test_bad_published_date_is_refused():
    r = run("analyze", "-", "--published", "30/06/2023", input=STORY)
    assert r.exit_code == 2
    assert "YYYY-MM-DD" in r.stderr


def test_seed_article_checks_all_pass(tmp_path):
    need_shared("seed", "presstv-minusma.txt")
    out = tmp_path / "record.json"
    r = run("analyze", str(SEED), "--published", "2023-06-30", "--publisher", "Press TV", "--format", "json", "--out", str(out))
    assert r.exit_code == 0, r.stderr
    res = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "seed_score.py"), str(out), "--gold", str(SEED_GOLD)],
        capture_output=True, text=True, check=True,
    )
    article_lines = [x for x in res.stdout.splitlines() if "] article:" in x]
    assert len(article_lines) == 11
    assert all(x.startswith("[ok]") for x in article_lines), "\n".join(article_lines)


def test_console_script_runs_as_a_subprocess(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(STORY, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "newsgraph", "analyze", str(f), "--format", "text"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "Rivals sign river pact" in res.stdout
    res = subprocess.run([sys.executable, "-m", "newsgraph", "analyze", str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert res.returncode == 1
    assert res.stderr.strip().count("\n") == 0 and "missing.txt" in res.stderr


def test_newsquant_format_scores_above_floor(tmp_path):
    gold = need_shared("newsquant", "newsquant-dev.json")
    out = tmp_path / "pred.json"
    r = run("analyze", "--format", "newsquant", str(gold), "--out", str(out))
    assert r.exit_code == 0, r.stderr
    res = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "newsquant_score.py"), "--gold", str(gold), "--pred", str(out), "--json"],
        capture_output=True, text=True, check=True,
    )
    scores = json.loads(res.stdout)
    # floors just under the scores measured when figures landed (95.8 / 87.1)
    assert scores["value"][2] >= 95.0, scores
    assert scores["value+unit"][2] >= 86.5, scores


def test_newsquant_format_refuses_bad_input(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("[1, 2", encoding="utf-8")
    r = run("analyze", "--format", "newsquant", str(bad), str(bad))
    assert r.exit_code == 2 and "one JSON file" in r.stderr


def test_plover_format_scores_above_floor(tmp_path):
    gold = need_shared("plover", "plover-gsr-dev.json")
    out = tmp_path / "pred.json"
    r = run("analyze", "--format", "plover", str(gold), "--out", str(out))
    assert r.exit_code == 0, r.stderr
    res = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "plover_score.py"), "--gold", str(gold), "--pred", str(out), "--json"],
        capture_output=True, text=True, check=True,
    )
    scores = json.loads(res.stdout)
    # floors just under the scores measured when events landed (type 89.6, full 70.6, spurious 0.07)
    assert scores["type"] >= 88.0, scores
    assert scores["full"] >= 69.0, scores
    assert scores["spurious_per_record"] <= 0.15, scores
