"""A load run against `newsgraph serve` on loopback, over the 1M-attribution store of bench/store.py.

    python bench/load.py [--rate 10 50] [--seconds 20] [--path F] [--rebuild] [--json]

The store is bench/store.py's synthetic fill (100,000 articles, 1,000,000 attributions, 30,000
actors, 200,000 events; 935 MB of SQLite). It is built once (about four minutes on two busy
cores: rows 229 s, full-text index 22 s) and kept at --path (default: newsgraph-bench-synthetic.db in the temporary folder, the
file `bench/store.py --synthetic --keep` also leaves; a marker file beside it says the fill
finished), so later runs reuse it.

`newsgraph serve --db F` is started as its own process on 127.0.0.1 at a free port. Each route
first gets --alone requests one after another (its service time, nothing queued: one request at
a time is what one core gives it), then requests at a fixed rate (open loop: request i is sent at t0 + i/rate whether or not the
earlier ones have been answered, so a slow server is not hidden by a waiting client) for a fixed
time, one route after another (each --rate in turn), after a short warm-up per route. Latency runs from the moment a
request was due to the end of its response body; an error is a status other than 2xx, a
connection error or no answer within --timeout. Bounded: rate x seconds requests per route and rate, at
most --max-in-flight at once (beyond that a request is counted as an error, not queued), and the
whole run stops after --deadline seconds.

Routes: /api/articles (first page), /api/articles/{id} (random ids), /api/search?q= (words drawn
from the PolNeAR frequency bands, ranks 100 to 10,000), /api/actors, /api/actors/{id} (random
actors, most of them rarely quoted), /api/stories, / and /articles/{id} (the page, random ids).
The synthetic store has no stories (the corpus layer does not run on it), so /api/stories
answers with an empty page: its figure is the cost of the route, not of a story listing.

Client and server share the machine: on two cores the figures are those of a server that has
one and a half cores at most.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _bench_store():
    spec = importlib.util.spec_from_file_location("bench_store", HERE / "store.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def ensure_store(path: str, rebuild: bool, articles: int, attributions: int, actors: int) -> dict:
    """Reuse the fill at `path` if a finished one is there; build it otherwise."""
    marker = Path(path + ".complete")
    want = {"articles": articles, "attributions": attributions, "actors": actors}
    if not rebuild and marker.exists() and os.path.exists(path):
        try:
            if json.loads(marker.read_text()) == want:
                return {"path": path, "built": False}
        except ValueError:
            pass
    marker.unlink(missing_ok=True)
    print(f"filling {path} ({articles} articles, {attributions} attributions): this takes a while ...", file=sys.stderr, flush=True)
    info = _bench_store().fill(path, articles, attributions, actors)
    info.pop("words", None)
    marker.write_text(json.dumps(want))
    return {"path": path, "built": True, **info}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: str, port: int, log: Path, workers: int = 1) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NEWSGRAPH_TOKEN", None)
    out = open(log, "wb")
    return subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "serve", "--db", path, "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers)],
        stdout=out, stderr=subprocess.STDOUT, env=env,
    )


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 120.0) -> float:
    import httpx

    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"newsgraph serve exited with status {proc.returncode}")
        try:
            if httpx.get(base + "/api/stories?limit=1", timeout=5).status_code == 200:
                return time.monotonic() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"newsgraph serve did not answer within {timeout:.0f} s")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def route_urls(n_articles: int, n_actors: int, words: list[str], rng: random.Random) -> dict:
    """Route name -> a function giving the next path to ask for."""
    band = words[100:10000] or words

    def art() -> str:
        return f"{rng.randint(1, n_articles):016x}"

    return {
        "/api/articles": lambda: "/api/articles",
        "/api/articles/{id}": lambda: f"/api/articles/{art()}",
        "/api/search?q=": lambda: f"/api/search?q={rng.choice(band)}",
        "/api/actors": lambda: "/api/actors",
        "/api/actors/{id}": lambda: f"/api/actors/{rng.randint(1, n_actors)}",
        "/api/stories": lambda: "/api/stories",
        "/": lambda: "/",
        "/articles/{id}": lambda: f"/articles/{art()}",
    }


async def run_route(client, base: str, next_path, rate: float, seconds: float, timeout: float, max_in_flight: int, deadline: float) -> dict:
    import httpx

    n = int(rate * seconds)
    lat: list[float] = []
    errors: dict[str, int] = {}
    in_flight = 0

    def err(kind: str) -> None:
        errors[kind] = errors.get(kind, 0) + 1

    async def one(path: str, due: float) -> None:
        nonlocal in_flight
        in_flight += 1
        try:
            r = await client.get(base + path, timeout=timeout)
            await r.aread()
            if 200 <= r.status_code < 300:
                lat.append((time.perf_counter() - due) * 1000)
            else:
                err(f"HTTP {r.status_code}")
        except httpx.TimeoutException:
            err("timeout")
        except httpx.HTTPError as e:
            err(type(e).__name__)
        finally:
            in_flight -= 1

    tasks = []
    t0 = time.perf_counter() + 0.05
    for i in range(n):
        due = t0 + i / rate
        wait = due - time.perf_counter()
        if wait > 0:
            await asyncio.sleep(wait)
        if time.monotonic() > deadline:
            err("not sent (run deadline)")
            continue
        if in_flight >= max_in_flight:
            err("not sent (too many in flight)")
            continue
        tasks.append(asyncio.create_task(one(next_path(), due)))
    if tasks:
        await asyncio.wait(tasks)
    took = time.perf_counter() - t0
    return {
        "requests": n,
        "ok": len(lat),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "p50_ms": round(pct(lat, 50), 1),
        "p99_ms": round(pct(lat, 99), 1),
        "max_ms": round(max(lat), 1) if lat else None,
        "achieved_per_s": round(len(lat) / took, 1) if took > 0 else None,
    }


async def load(base: str, urls: dict, a: argparse.Namespace) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=a.max_in_flight, max_keepalive_connections=a.max_in_flight)
    deadline = time.monotonic() + a.deadline
    out = {}
    async with httpx.AsyncClient(limits=limits) as client:
        for name, next_path in urls.items():
            if a.routes and name not in a.routes:
                continue
            for _ in range(a.warmup):  # first touches: caches and pages read once
                try:
                    await client.get(base + next_path(), timeout=a.timeout)
                except httpx.HTTPError:
                    pass
            alone: list[float] = []
            for _ in range(a.alone):
                t = time.perf_counter()
                try:
                    r = await client.get(base + next_path(), timeout=a.timeout)
                    if 200 <= r.status_code < 300:
                        alone.append((time.perf_counter() - t) * 1000)
                except httpx.HTTPError:
                    pass
            res = {"alone": {"n": len(alone), "p50_ms": round(pct(alone, 50), 1), "p99_ms": round(pct(alone, 99), 1)}}
            print(f"  {name:22} one at a time: p50 {res['alone']['p50_ms']:7.1f} ms  p99 {res['alone']['p99_ms']:7.1f} ms",
                  file=sys.stderr, flush=True)
            for rate in a.rate:
                await asyncio.sleep(2)  # what a higher rate left queued drains first
                r = res[f"{rate:g}/s"] = await run_route(client, base, next_path, rate, a.seconds, a.timeout, a.max_in_flight, deadline)
                print(f"  {name:22} at {rate:g}/s: p50 {r['p50_ms']:8.1f} ms  p99 {r['p99_ms']:8.1f} ms  errors {r['errors']}/{r['requests']}",
                      file=sys.stderr, flush=True)
            out[name] = res
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--path", default=os.path.join(tempfile.gettempdir(), "newsgraph-bench-synthetic.db"), help="the SQLite fill (built if absent)")
    ap.add_argument("--rebuild", action="store_true", help="fill the store again even if a finished fill is there")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--attributions", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=30_000)
    ap.add_argument("--workers", type=int, default=1, help="server processes (newsgraph serve --workers)")
    ap.add_argument("--rate", type=float, nargs="+", default=[10.0, 50.0], help="requests per second, per route (each rate in turn)")
    ap.add_argument("--seconds", type=float, default=20.0, help="how long each route is loaded")
    ap.add_argument("--warmup", type=int, default=20, help="requests per route before the timed ones")
    ap.add_argument("--alone", type=int, default=50, help="requests per route one at a time (service time), before the fixed rate")
    ap.add_argument("--timeout", type=float, default=10.0, help="a request unanswered after this many seconds is an error")
    ap.add_argument("--max-in-flight", type=int, default=200)
    ap.add_argument("--deadline", type=float, default=900.0, help="the whole load stops after this many seconds")
    ap.add_argument("--routes", nargs="*", help="only these routes (names as printed)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    info = ensure_store(a.path, a.rebuild, a.articles, a.attributions, a.actors)
    words = _bench_store().vocabulary(random.Random(7))[0]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = Path(tempfile.gettempdir()) / f"newsgraph-load-serve-{port}.log"
    proc = start_server(a.path, port, log, a.workers)
    try:
        ready_s = wait_ready(base, proc)
        print(f"serving {a.path} at {base} (ready in {ready_s:.1f} s); {', '.join(f'{r:g}' for r in a.rate)} req/s for {a.seconds:g} s per route",
              file=sys.stderr, flush=True)
        urls = route_urls(a.articles, a.actors, words, random.Random(13))
        res = asyncio.run(load(base, urls, a))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    report = {
        "store": info,
        "rates_per_s": a.rate,
        "seconds_per_route": a.seconds,
        "cpus": os.cpu_count(),
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "routes": res,
    }
    print(json.dumps(report, indent=None if a.json else 2))


if __name__ == "__main__":
    main()
