"""Issue 16: a folder of hostile items beside one good article, through `newsgraph analyze`.

Empty, binary, a 50 MB text file, a 200,000-character paragraph of unbalanced quotation marks,
100,000 nested divs, a false .gz, and a text run through with zero-width and bidi characters:
the run ends with exit status 1, no traceback, each bad item named on one short line, the
50 MB file refused by its size (unread), and the long paragraph and the good article analysed
into records. bench/hostile.py builds the same folder and measures the run's time and memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GOOD = REPO / "data" / "sample" / "kessafm-aid-convoys.txt"

# the long paragraph: every quotation-mark style opened and never closed, between cue words
UNBALANCED_UNITS = (
    'He said "we will go on and ',
    "the 'season of 'change is ",
    "she told \u201creporters that \u2018the ",
    "\u201d officials added \u00ab the ",
    'he said " ',
)
LONG_CHARS = 200_000
BIG_BYTES = 50_000_000
ZW_BIDI = "\u200b\u200c\u200d\u2060\ufeff\u202e\u202d\u2066\u2067\u2068\u2069\u061c\u200e\u200f"


def unbalanced_paragraph(n: int = LONG_CHARS) -> str:
    unit = "".join(UNBALANCED_UNITS)
    return (unit * (n // len(unit) + 1))[:n]


def make_hostile_folder(root: Path) -> dict[str, Path]:
    """The hostile folder under `root`; returns its items by role."""
    root.mkdir(parents=True, exist_ok=True)
    good = GOOD.read_text(encoding="utf-8")
    items = {
        "good": root / "good.txt",
        "empty": root / "empty.txt",
        "binary": root / "binary.html",
        "big": root / "big.txt",
        "long": root / "long-paragraph.txt",
        "nested": root / "nested.html",
        "false_gz": root / "false.html.gz",
        "zw_bidi": root / "zero-width-bidi.txt",
    }
    items["good"].write_text(good, encoding="utf-8")
    items["empty"].write_bytes(b"")
    items["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    line = b"Officials met again on Monday and said the talks would go on through the week.\n"
    with open(items["big"], "wb") as f:
        chunk = line * (1 << 14)
        while f.tell() < BIG_BYTES:
            f.write(chunk)
        f.truncate(BIG_BYTES)
    items["long"].write_text("Quotes without end\n\n" + unbalanced_paragraph() + "\n", encoding="utf-8")
    items["nested"].write_text(
        "<!doctype html><html><head><title>Deep</title></head><body>" + "<div>" * 100_000
        + "<p>Officials said on Monday that the talks would go on.</p>" + "</div>" * 100_000 + "</body></html>",
        encoding="utf-8")
    items["false_gz"].write_bytes(b"<html><body><p>not compressed at all</p></body></html>")
    # the good article with zero-width and bidi runs between its words and inside them
    words = good.split(" ")
    items["zw_bidi"].write_text(
        " ".join(w[:2] + ZW_BIDI * 3 + w[2:] if i % 3 == 0 else w for i, w in enumerate(words)) + ZW_BIDI * 500,
        encoding="utf-8")
    return items


def run_analyze(folder: Path, out: Path, *extra: str, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("NEWSGRAPH_MAX_BYTES", None)
    env.pop("NEWSGRAPH_TIME_BUDGET", None)
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", "analyze", str(folder), "--format", "jsonl", "--out", str(out), *extra],
        capture_output=True, text=True, timeout=timeout, env=env,
    )


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    items = make_hostile_folder(root / "in")
    out = root / "out.jsonl"
    proc = run_analyze(root / "in", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items, proc, records


def _lines_naming(stderr: str, path: Path) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("error: ") and str(path) in ln]


def test_exit_1_and_no_traceback(hostile_run):
    _items, proc, _records = hostile_run
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr


def test_each_bad_item_named_on_one_short_line(hostile_run):
    items, proc, _records = hostile_run
    for role in ("empty", "binary", "big", "nested", "false_gz"):
        lines = _lines_naming(proc.stderr, items[role])
        assert len(lines) == 1, (role, proc.stderr)
        assert len(lines[0]) <= 250, lines[0]
    assert "empty" in _lines_naming(proc.stderr, items["empty"])[0]
    assert "binary" in _lines_naming(proc.stderr, items["binary"])[0]
    assert "gzip" in _lines_naming(proc.stderr, items["false_gz"])[0]
    # every error line is short, and the summary counts the failures
    errs = [ln for ln in proc.stderr.splitlines() if ln.startswith("error: ")]
    assert all(len(ln) <= 250 for ln in errs), errs
    n_bad = len([ln for ln in errs if any(str(items[r]) in ln for r in items)])
    assert f"{n_bad} of " in proc.stderr


def test_big_file_refused_by_size(hostile_run):
    items, proc, _records = hostile_run
    (line,) = _lines_naming(proc.stderr, items["big"])
    assert line.endswith(f"{items['big']}: too large: 50 MB, over the cap of 5 MB per item "
                         "(--max-bytes or NEWSGRAPH_MAX_BYTES)"), line


def test_long_paragraph_and_good_article_recorded(hostile_run):
    items, proc, records = hostile_run
    by_source = {r["article"]["source"]: r for r in records}
    assert not _lines_naming(proc.stderr, items["good"]), proc.stderr
    assert not _lines_naming(proc.stderr, items["long"]), proc.stderr
    good = by_source[str(items["good"])]
    assert good["attributions"] and good["actors"]
    long = by_source[str(items["long"])]
    body = long["article"]["body"]
    assert len(body) >= LONG_CHARS - 10
    # a record whose every span is a slice of its body, and a bounded number of attributions
    # (fewer than one per 100 characters: not one per quotation mark)
    from newsgraph.record import Record

    rec = Record.model_validate(long)
    assert rec.check_spans() == []
    assert len(rec.attributions) < LONG_CHARS / 100, len(rec.attributions)


def test_zero_width_and_bidi_item_is_a_record_or_one_line(hostile_run):
    items, proc, records = hostile_run
    lines = _lines_naming(proc.stderr, items["zw_bidi"])
    recs = [r for r in records if r["article"]["source"] == str(items["zw_bidi"])]
    assert len(lines) + len(recs) == 1, (lines, len(recs))
    if recs:
        from newsgraph.record import Record

        assert Record.model_validate(recs[0]).check_spans() == []


def test_caps_are_configurable(tmp_path):
    """--max-bytes (and NEWSGRAPH_MAX_BYTES) set the cap; standard input is capped too."""
    f = tmp_path / "a.txt"
    f.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    size = f.stat().st_size
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "analyze", str(f), "--max-bytes", "1kB"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (f"error: {f}: too large: {size / 1000:.1f} kB, over the cap of 1 kB per item "
                                   "(--max-bytes or NEWSGRAPH_MAX_BYTES)"), proc.stderr
    env = dict(os.environ, NEWSGRAPH_MAX_BYTES="2kB")
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "analyze", "-"], input=f.read_bytes(),
                          capture_output=True, timeout=120, env=env)
    err = proc.stderr.decode()
    assert proc.returncode == 1 and err.strip() == (
        "error: -: too large: more than 2 kB, over the cap of 2 kB per item (--max-bytes or NEWSGRAPH_MAX_BYTES)"), err
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "analyze", str(f), "--max-bytes", "lots"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--max-bytes" in proc.stderr and "Traceback" not in proc.stderr


# ---------------------------------------------------------------- the parts, in process


def test_quote_scan_survives_unclosed_single_marks():
    """Every single mark left open used to start a rescan of the rest of the paragraph, in
    recursion: 200,000 characters of them raised RecursionError (and took quadratic time)."""
    from newsgraph.components.attributions_quotes import scan_quotes

    text = ("the 'season of 'change is \u2018here " * 8000)[:LONG_CHARS]
    assert scan_quotes(text) == []
    # a closed quote after them all is still found, whole
    whole = text + ' and "the end," she said.'
    qs = scan_quotes(whole)
    assert [whole[q.start:q.end] for q in qs] == ['"the end,"']


def test_pieces_cover_the_text_and_parse_back_into_it():
    from newsgraph.nlp import PARA_CHARS, PIECE_CHARS, get_nlp, needs_pieces, parse_text, pieces

    good = GOOD.read_text(encoding="utf-8")
    text = good + "\n\n" + unbalanced_paragraph(3 * PARA_CHARS + 17) + "\n\n" + (good + "\n\n") * 25
    assert needs_pieces(text) and not needs_pieces(good)
    ps = pieces(text)
    assert ps[0][0] == 0 and ps[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(ps, ps[1:]))
    assert all(e - s <= PIECE_CHARS for s, e in ps)
    # the long paragraph is cut in parts of at most PARA_CHARS; whole paragraphs are not cut
    assert sum(1 for s, e in ps if e - s <= PARA_CHARS and text[s:e].startswith(UNBALANCED_UNITS[0][:5])) >= 1
    for s, e in ps:
        assert e == len(text) or text[e - 1].isspace() or e - s == PARA_CHARS
    doc = parse_text(get_nlp(), text)
    assert doc.text == text and doc._.attributions is not None and doc._.actors


def test_a_long_article_is_one_record_with_true_spans():
    """Over PIECE_CHARS: analysed in pieces, joined back; every span is a slice of the body and
    the second half's attributions are found as in the article alone."""
    from newsgraph.nlp import PIECE_CHARS
    from newsgraph.pipeline import analyze

    good = GOOD.read_text(encoding="utf-8")
    one = analyze(good)
    body_one = one.article.body
    n = PIECE_CHARS // len(body_one) + 2
    rec = analyze("\n\n".join([body_one] * n))
    assert len(rec.article.body) > PIECE_CHARS
    assert rec.check_spans() == []
    assert len(rec.attributions) >= (n - 1) * len(one.attributions)


def test_time_budget_fails_the_item_and_the_batch_goes_on():
    from newsgraph.errors import InputError
    from newsgraph.pipeline import analyze_many

    good = GOOD.read_text(encoding="utf-8")
    slow = "Officials met on Monday.\n\n" + ('he said " ' * 20_000)
    out = list(analyze_many([good, slow, good], errors="yield", time_budget=0.5))
    assert [type(x).__name__ for x in out] == ["Record", "InputError", "Record"]
    assert isinstance(out[1], InputError)
    assert out[1].reason == "analysis stopped after 0.5 s (the time budget per item)"


def test_time_budget_off_the_main_thread_is_checked_between_steps():
    """In a thread (the API's), no alarm: the budget is checked after each piece and stage."""
    import threading

    from newsgraph.pipeline import analyze_many

    slow = "Officials met on Monday.\n\n" + ('he said " ' * 20_000)
    got = []
    t = threading.Thread(target=lambda: got.extend(analyze_many([slow], errors="yield", time_budget=0.5)))
    t.start()
    t.join(300)
    assert len(got) == 1 and getattr(got[0], "reason", "") == "analysis stopped after 0.5 s (the time budget per item)"


def test_progress_on_a_terminal(tmp_path):
    """On a terminal, `analyze` over several items shows a progress line on standard error
    (as `ingest` does); the error lines still come through."""
    import pty
    import select

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_text("", encoding="utf-8")
    master, slave = pty.openpty()
    env = dict(os.environ, COLUMNS="120", TERM="xterm")
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "analyze", str(folder), "--format", "jsonl"],
                            stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    seen = b""
    while True:
        r, _, _ = select.select([master], [], [], 120)
        if not r:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(120)
    os.close(master)
    text = seen.decode("utf-8", "replace")
    assert proc.returncode == 1
    assert "items" in text and "failed" in text, text[-2000:]
    assert f"{folder / 'b.txt'}: empty file" in text
    assert "Traceback" not in text
