"""Batch analysis on Ray: many files in, Parquet out, one spaCy pipeline per worker.

    from newsgraph.batch import run_batch, read_records
    summary = run_batch(["folder/", "page.html"], "out/", workers=2)   # or address="ray://host:10001"
    for rec in read_records("out/"):                                    # Records again, as analyze gives them
        ...

How it runs: the inputs are planned into *shards* (a shard is the unit of work and of output: one
Parquet file `part-NNNNN-HASH.parquet` in the output folder). A pool of `workers` Ray actors, each
asking for `CPUS_PER_WORKER` of a CPU, takes them: by default (engine "actors") each shard goes to
the first actor free; with engine "data", Ray Data carries one row per shard through `map_batches`
with the same worker class on an `ActorPoolStrategy` pool. Each actor loads the spaCy pipeline
once, and for each shard it reads its inputs, runs `newsgraph.pipeline.extract` and
`analyze_articles` (through `analyze_many`, exactly what `newsgraph analyze` runs), writes the
records to a temporary name beside the final one and renames it. A shard whose file exists is done: a re-run skips it, so a batch killed half
way continues where it stopped (with the same inputs and --shard-size). Items that cannot be read or
analysed are named with their reason and the rest go on; the names are also kept in each shard
file's metadata (key `newsgraph.failures`).

Shards: `Shard(kind, items, index, count)`, `items` being (name, absolute path) pairs. Kind
"files": a run of article files. Kind "warc": part `index` of `count` of one WARC file: a gzipped
WARC file is cut into parts of about `WARC_PART_BYTES` (--warc-part-mb), each the records that
start in its byte range (newsgraph.ingest.warc finds the first gzip member of a record from any
offset), so one 1 GB CC-NEWS file keeps several workers busy; an uncompressed WARC file is one
shard. Duplicates (a URL or page met twice) are found within a shard; `ingest` finds them across
the whole store.

The Parquet rows: one per article. The article's fields are top-level columns (id, url, publisher,
published, language, title, byline, authors, captions, body, removed, source, published_from,
dateline); `actors`, `attributions`, `figures`, `dates` and `events` are list<struct> columns whose
fields follow `newsgraph.record` (a span is a struct start/end/text). A field that is one of several
types (a figure's `value`: a number or a [low, high] range; an event's `source`/`target`: a code or
a list of codes) is stored as JSON text in `<name>_json`, and fields a stage adds beyond the
declared ones (a caption date's `where` and `caption`, ...) as a JSON object in `extra_json`, so a
row turns back into exactly the record it came from (`record_from_row`).

Ray is optional: `pip install 'newsgraph[ray]'`. This module imports it only when a batch runs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import math
import os
import sys
import time
import types
import typing
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

RAY_INSTALL = "pip install 'newsgraph[ray]'  (or: pip install 'ray[data]>=2.9')"

# What each worker asks Ray for. Less than a whole CPU, so that `workers` actors on a machine of
# `workers` cores (ray.init(num_cpus=workers)) leave room for what Ray Data itself schedules.
CPUS_PER_WORKER = 0.9

# Default shard size: about 32 shards for small inputs (enough to balance a few workers), 1000
# files at most per shard (Parquet files of a useful size at scale), 5 at least. It depends on
# the number of input files only, not on --workers, so a re-run with other workers resumes.
MIN_SHARD, MAX_SHARD, TARGET_SHARDS = 5, 1000, 32

FAILURES_KEY = b"newsgraph.failures"
ROW_GROUP = 256  # records per Parquet row group
PART_PREFIX = "part-"
PART_SUFFIX = ".parquet"

WARC_SUFFIXES = (".warc", ".warc.gz")


class RayMissing(RuntimeError):
    """Ray is not installed."""


def require_ray() -> Any:
    """The `ray` module (with ray.data), or RayMissing saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as e:
        raise RayMissing(f"newsgraph batch runs on Ray, which is not installed ({e.name or e}): {RAY_INSTALL}") from None
    return ray


# ---------------------------------------------------------------- shards


@dataclass(frozen=True)
class Shard:
    """One unit of work and of output.

    kind "files": `items` are (name, absolute path) pairs of article files, read whole;
    kind "warc": one item, a WARC file, of which this shard is part `index` of `count`: the
    records that start in bytes [total * index // count, total * (index + 1) // count) (the last
    part to the end of the file)."""

    kind: str
    items: tuple[tuple[str, str], ...]
    seq: int  # its place in the plan, for a readable file name
    index: int = 0
    count: int = 1
    size: int = 0  # bytes of input, to hand out the big shards first
    total: int = 0  # a WARC part's file size when planned: the parts cut it at total * i // count

    @property
    def key(self) -> str:
        h = hashlib.sha1()
        h.update(f"{self.kind}\0{self.index}\0{self.count}".encode())
        for name, _ in self.items:
            h.update(b"\0" + name.encode("utf-8", "surrogateescape"))
        return f"{PART_PREFIX}{self.seq:05d}-{h.hexdigest()[:10]}"

    @property
    def filename(self) -> str:
        return self.key + PART_SUFFIX

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind, "items": self.items, "seq": self.seq, "index": self.index,
                           "count": self.count, "size": self.size, "total": self.total})

    @classmethod
    def from_json(cls, s: str) -> "Shard":
        d = json.loads(s)
        return cls(kind=d["kind"], items=tuple(tuple(x) for x in d["items"]), seq=d["seq"], index=d["index"],
                   count=d["count"], size=d["size"], total=d.get("total", 0))


# A gzipped WARC file is cut into parts of about this many bytes (a 1 GB CC-NEWS file: 16 parts)
WARC_PART_BYTES = 64 * 1024 * 1024


def default_shard_size(n_files: int) -> int:
    return max(MIN_SHARD, min(MAX_SHARD, math.ceil(n_files / TARGET_SHARDS)))


def plan_shards(sources: Iterable[str], shard_size: int | None = None,
                warc_part_bytes: int | None = WARC_PART_BYTES) -> tuple[list[Shard], list[InputError]]:
    """The shards for `sources` (files and folders) and an InputError for each source that
    cannot be part of one (missing, a URL, standard input, an empty folder).

    Article files, in the order analyze reads them, are cut into runs of `shard_size`; a gzipped
    WARC file (given, or in a folder) into parts of about `warc_part_bytes` (each the records that
    start in its byte range), an uncompressed one is a shard of its own."""
    from .ingest.sources import folder_files, is_url

    entries: list[tuple[str, str, int]] = []  # (name as analyze would give it, absolute path, size)
    errors: list[InputError] = []
    for src in sources:
        if src == "-":
            errors.append(InputError("-", "batch reads files and folders, not standard input"))
            continue
        if is_url(src):
            errors.append(InputError(src, "batch reads files and folders, not URLs (use analyze or ingest)"))
            continue
        p = Path(src)
        if p.is_dir():
            found, errs = folder_files(src)
            errors.extend(errs)
            if not found and not errs:
                errors.append(InputError(src, "folder has nothing to read (no .txt, .html, .htm, .html.gz or .warc files)"))
            entries.extend((f, os.path.abspath(f), _size(f)) for f in found)
        elif not p.exists():
            errors.append(InputError(src, "no such file"))
        else:
            # anything else that exists goes to a worker, whose reader names what is wrong with it
            entries.append((src, os.path.abspath(src), _size(src)))
    n_files = sum(1 for name, *_ in entries if not is_warc(name))
    size = shard_size or default_shard_size(n_files)
    shards: list[Shard] = []
    run: list[tuple[str, str, int]] = []

    def close_run() -> None:
        if run:
            shards.append(Shard(kind="files", items=tuple((n, a) for n, a, _ in run), seq=len(shards),
                                size=sum(s for *_, s in run)))
            run.clear()

    for name, path, nbytes in entries:
        if is_warc(name):
            close_run()
            # a gzipped WARC file in parts of about `warc_part_bytes` (its records can be found from
            # any offset); an uncompressed one whole (a page may hold a line that looks like a record)
            count = max(1, math.ceil(nbytes / warc_part_bytes)) if name.lower().endswith(".gz") and warc_part_bytes else 1
            for index in range(count):
                shards.append(Shard(kind="warc", items=((name, path),), seq=len(shards), index=index, count=count,
                                    size=nbytes if count == 1 else (nbytes * (index + 1) // count - nbytes * index // count),
                                    total=nbytes))
            continue
        run.append((name, path, nbytes))
        if len(run) >= size:
            close_run()
    close_run()
    return shards, errors


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _read_files(shard: Shard) -> Iterator[Any]:
    """Each file of a "files" shard as a Source (named as the user named it), or an InputError."""
    from .ingest.sources import read_file

    for name, path in shard.items:
        try:
            src = read_file(path)
        except InputError as e:
            yield InputError(name, e.reason)
            continue
        except OSError as e:
            yield InputError(name, f"cannot read ({e.strerror or e})")
            continue
        except Exception as e:  # the user sees a reason, never a traceback
            yield InputError(name, f"unexpected error ({type(e).__name__}: {e})")
            continue
        src.name, src.path = name, name
        yield src


def _read_warc(shard: Shard) -> Iterator[Any]:
    """The response records of a "warc" shard's file (newsgraph.ingest.warc), named as the user
    named the file. Duplicates are found within the shard (the reader's `seen` is per shard)."""
    try:
        from .ingest.warc import iter_warc
    except ImportError:
        for name, _ in shard.items:
            yield InputError(name, "WARC files cannot be read by this version of newsgraph")
        return
    (name, path), = shard.items

    def renamed(s: str) -> str:
        return name + s[len(path):] if s.startswith(path) else s

    part = None
    if shard.count > 1:
        lo = shard.total * shard.index // shard.count
        hi = shard.total * (shard.index + 1) // shard.count if shard.index + 1 < shard.count else None
        part = (lo, hi)
    for x in iter_warc(path, part=part):
        if isinstance(x, InputError):
            yield InputError(renamed(x.item), x.reason)
        else:
            x.name = renamed(x.name)
            x.path = name
            yield x


# kind -> reader: Shard -> Sources and InputErrors
SHARD_READERS: dict[str, Callable[[Shard], Iterator[Any]]] = {"files": _read_files, "warc": _read_warc}


# ---------------------------------------------------------------- records <-> Arrow

_NONE = type(None)


@functools.lru_cache(maxsize=None)
def _arrow_type(ann: Any) -> Any:
    """The Arrow type for a pydantic field annotation, or None where it is to be stored as JSON."""
    import pyarrow as pa
    from pydantic import BaseModel

    origin, args = typing.get_origin(ann), typing.get_args(ann)
    if ann is str:
        return pa.string()
    if ann is bool:
        return pa.bool_()
    if ann is int:
        return pa.int64()
    if ann is float:
        return pa.float64()
    if origin is typing.Literal:
        return pa.string() if all(isinstance(a, str) for a in args) else None
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not _NONE]
        return _arrow_type(rest[0]) if len(rest) == 1 else None
    if origin is list:
        inner = _arrow_type(args[0]) if args else None
        return pa.list_(inner) if inner is not None else None
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return pa.struct(_model_fields(ann))
    return None


def _allows_extra(model: type) -> bool:
    return getattr(model, "model_config", {}).get("extra") == "allow"


def _model_fields(model: type, skip: tuple[str, ...] = ()) -> list[Any]:
    import pyarrow as pa

    out = []
    for name, info in model.model_fields.items():
        if name in skip:
            continue
        t = _arrow_type(info.annotation)
        out.append(pa.field(name, t) if t is not None else pa.field(f"{name}_json", pa.string()))
    if _allows_extra(model):
        out.append(pa.field("extra_json", pa.string()))
    return out


_SCHEMA: Any = None


def record_schema() -> Any:
    """The Arrow schema of a batch's Parquet files (one row per article)."""
    global _SCHEMA
    if _SCHEMA is None:
        import pyarrow as pa

        from .record import Article, Record

        cols = [f for f in _model_fields(Article) if f.name != "extra_json"]
        cols.append(pa.field("article_extra_json", pa.string()))
        cols += _model_fields(Record, skip=("article",))
        _SCHEMA = pa.schema(cols)
    return _SCHEMA


# How each field of a model goes to and from its column, worked out once per model:
# (name, how, sub) with how "json" (stored as JSON text in name_json), "plain" (as it is),
# "model" (a struct: sub is the model) or "list" (sub is the items' (how, sub)).


@functools.lru_cache(maxsize=None)
def _value_plan(ann: Any) -> tuple[str, Any]:
    from pydantic import BaseModel

    origin, args = typing.get_origin(ann), typing.get_args(ann)
    if origin in (typing.Union, types.UnionType):
        return _value_plan([a for a in args if a is not _NONE][0])
    if origin is list:
        return ("list", _value_plan(args[0]))
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return ("model", ann)
    return ("plain", None)


@functools.lru_cache(maxsize=None)
def _model_plan(model: type) -> tuple[tuple[tuple[str, str, Any], ...], bool, frozenset]:
    fields = []
    for name, info in model.model_fields.items():
        if _arrow_type(info.annotation) is None:
            fields.append((name, "json", None))
        else:
            fields.append((name, *_value_plan(info.annotation)))
    return tuple(fields), _allows_extra(model), frozenset(model.model_fields)


def _to_value(how: str, sub: Any, v: Any) -> Any:
    if v is None or how == "plain":
        return v
    if how == "model":
        return _to_row(sub, v)
    if sub[0] == "plain":  # a list of strings, numbers
        return v
    return [_to_value(sub[0], sub[1], x) for x in v]


def _to_row(model: type, data: dict) -> dict:
    """A model's JSON-mode dump -> the row (or struct) its Arrow type describes."""
    fields, allows_extra, names = _model_plan(model)
    row: dict[str, Any] = {}
    for name, how, sub in fields:
        v = data.get(name)
        if how == "json":
            row[f"{name}_json"] = None if v is None else json.dumps(v, ensure_ascii=False)
        else:
            row[name] = _to_value(how, sub, v)
    if allows_extra:
        extra = {k: v for k, v in data.items() if k not in names}
        row["extra_json"] = json.dumps(extra, ensure_ascii=False) if extra else None
    return row


def _from_value(how: str, sub: Any, v: Any) -> Any:
    if v is None or how == "plain":
        return v
    if how == "model":
        return _from_row(sub, v)
    if sub[0] == "plain":
        return v
    return [_from_value(sub[0], sub[1], x) for x in v]


def _from_row(model: type, row: dict) -> dict:
    """The inverse of _to_row: a dict that validates to the model it came from."""
    fields, _, _ = _model_plan(model)
    data: dict[str, Any] = {}
    for name, how, sub in fields:
        if how == "json":
            s = row.get(f"{name}_json")
            data[name] = None if s is None else json.loads(s)
        else:
            data[name] = _from_value(how, sub, row.get(name))
    if row.get("extra_json"):
        data.update(json.loads(row["extra_json"]))
    return data


def record_to_row(rec: Any) -> dict:
    """A Record as one Parquet row (see the module's doc)."""
    from .record import Article, Record

    data = rec.model_dump(mode="json")
    art = _to_row(Article, data["article"])
    art["article_extra_json"] = art.pop("extra_json")
    rest = _to_row(Record, {k: v for k, v in data.items() if k != "article"})
    rest.pop("article", None)
    return {**art, **rest}


def record_from_row(row: dict) -> Any:
    """A Parquet row (a dict, as pyarrow's to_pylist gives) back into its Record."""
    from .record import Article, Record

    art_row = {f.name: row.get(f.name) for f in _model_fields(Article) if f.name != "extra_json"}
    art_row["extra_json"] = row.get("article_extra_json")
    data = _from_row(Record, {f.name: row.get(f.name) for f in _model_fields(Record, skip=("article",))})
    data["article"] = _from_row(Article, art_row)
    return Record.model_validate(data)


def records_table(records: Iterable[Any]) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist([record_to_row(r) for r in records], schema=record_schema())


def part_files(out: str | Path) -> list[Path]:
    """The finished shard files of an output folder, in plan order."""
    return sorted(p for p in Path(out).glob(f"{PART_PREFIX}*{PART_SUFFIX}") if p.is_file())


def read_records(out: str | Path) -> Iterator[Any]:
    """Every Record in a batch's output folder (or one of its files)."""
    import pyarrow.parquet as pq

    paths = [Path(out)] if Path(out).is_file() else part_files(out)
    for p in paths:
        for row in pq.read_table(p).to_pylist():
            yield record_from_row(row)


def shard_failures(path: str | Path) -> list[InputError]:
    """The items a finished shard file could not read or analyse (kept in its metadata)."""
    import pyarrow.parquet as pq

    meta = pq.read_metadata(path).metadata or {}
    return [InputError(i, r) for i, r in json.loads(meta.get(FAILURES_KEY, b"[]"))]


# ---------------------------------------------------------------- one shard (no Ray needed)


@dataclass
class ShardResult:
    key: str
    records: int = 0
    items: int = 0
    failures: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    skipped: bool = False  # its file was there already
    error: str | None = None  # the shard itself failed (nothing written)


def run_shard(shard: Shard, out: str | Path, *, batch_size: int = 16) -> ShardResult:
    """Read, extract, analyse and write one shard; never raises."""
    t0 = time.perf_counter()
    res = ShardResult(key=shard.key)
    final = Path(out) / shard.filename
    if final.exists():
        res.skipped = True
        return res
    tmp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
    writer = None
    try:
        import pyarrow.parquet as pq

        from .pipeline import Item, analyze_many

        reader = SHARD_READERS.get(shard.kind)
        if reader is None:
            raise InputError(shard.key, f"no reader for shards of kind {shard.kind!r}")

        def items() -> Iterator[Any]:
            for src in reader(shard):
                res.items += 1
                if isinstance(src, InputError):
                    res.failures.append(src)
                    continue
                # as `newsgraph analyze` builds it, so that the records are the same
                if hasattr(Item, "from_source"):
                    yield Item.from_source(src)
                else:
                    yield Item(content=src.content, name=src.name, kind=src.kind, url=src.url)

        for stale in final.parent.glob(f".{final.name}.tmp-*"):  # left by a run that was killed
            stale.unlink(missing_ok=True)
        buf: list[Any] = []

        def flush() -> None:
            nonlocal writer
            if writer is None:
                writer = pq.ParquetWriter(tmp, record_schema())
            writer.write_table(records_table(buf))
            res.records += len(buf)
            buf.clear()

        # records go to the file a row group at a time: a shard of a whole WARC file is not held in memory
        for r in analyze_many(items(), batch_size=batch_size, errors="yield"):
            if isinstance(r, InputError):
                res.failures.append(r)
            else:
                buf.append(r)
                if len(buf) >= ROW_GROUP:
                    flush()
        if buf or writer is None:
            flush()  # a shard with no records still gets its file, so that it counts as done
        writer.add_key_value_metadata({FAILURES_KEY: json.dumps([[f.item, f.reason] for f in res.failures]).encode()})
        writer.close()
        writer = None
        os.replace(tmp, final)
    except Exception as e:  # a shard that fails is named with its reason; the batch goes on
        res.error = str(e) if isinstance(e, InputError) else f"{type(e).__name__}: {e}"
        res.records = 0
        try:
            if writer is not None:
                writer.close()
            tmp.unlink()
        except OSError:
            pass
    res.seconds = time.perf_counter() - t0
    return res


def _result_row(r: ShardResult) -> dict:
    return {"key": r.key, "records": r.records, "items": r.items, "seconds": r.seconds, "skipped": r.skipped,
            "failures": json.dumps([[f.item, f.reason] for f in r.failures]), "error": r.error or ""}


class ShardWorker:
    """A worker: loads the spaCy pipeline once, then runs the shards it is handed.

    As a Ray actor (engine "actors"): `run(shard_json)`; as Ray Data's callable class (engine
    "data"): called with a batch of rows {"shard": [shard_json, ...]}."""

    def __init__(self, out: str, batch_size: int = 16):
        from .nlp import get_nlp

        get_nlp()
        self.out, self.batch_size = out, batch_size

    def ready(self) -> bool:
        return True

    def run(self, shard_json: str) -> dict:
        return _result_row(run_shard(Shard.from_json(shard_json), self.out, batch_size=self.batch_size))

    def __call__(self, batch: dict) -> dict:
        rows = [self.run(str(s)) for s in batch["shard"]]
        return {k: [r[k] for r in rows] for k in ("key", "records", "items", "failures", "seconds", "skipped", "error")}


# ---------------------------------------------------------------- the batch


@dataclass
class BatchSummary:
    shards: int = 0
    done: int = 0  # shards written by this run
    skipped: int = 0  # shards whose file was there already
    records: int = 0  # written by this run
    failures: list[InputError] = field(default_factory=list)  # this run's (planning and shards)
    earlier_failures: int = 0  # kept in the skipped shards' files
    shard_errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stopped: str | None = None  # the batch could not go on (Ray failed): why


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_batch(
    sources: list[str],
    out: str | Path,
    *,
    workers: int | None = None,
    address: str | None = None,
    shard_size: int | None = None,
    warc_part_bytes: int | None = WARC_PART_BYTES,
    batch_size: int = 16,
    progress: Callable[[str], None] | None = _say,
    on_failure: Callable[[InputError], None] | None = None,
    engine: str = "actors",
) -> BatchSummary:
    """Analyse `sources` (files and folders) into Parquet files under `out`, on Ray.

    Without `address`, starts a local Ray with `workers` CPUs (default: this machine's cores) and
    stops it at the end; with one ("auto", "ray://host:10001", "host:6379"), joins that cluster
    and runs `workers` actors there (default: one per CPU of the cluster). An already initialised
    Ray (ray.init called by the caller) is used as it is.

    engine "actors" (the default): a pool of Ray actors, each shard handed to the first one free;
    "data": Ray Data, a dataset of shards through map_batches on an actor pool. The same workers
    and files; Ray Data starts helper actors of its own, which costs a few seconds at start on a
    small machine (docs/scale.md; bench/intake.py measures it)."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    t0 = time.perf_counter()
    say = progress or (lambda _m: None)
    summary = BatchSummary()
    shards, plan_errors = plan_shards(sources, shard_size, warc_part_bytes)
    for e in plan_errors:
        summary.failures.append(e)
        if on_failure:
            on_failure(e)
    summary.shards = len(shards)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    todo = []
    for s in shards:
        f = out / s.filename
        if f.exists():
            summary.skipped += 1
            try:
                summary.earlier_failures += len(shard_failures(f))
            except Exception:
                pass
        else:
            todo.append(s)
    if summary.skipped:
        say(f"{summary.skipped} of {len(shards)} shards already done in {out}: skipped")
    if not todo:
        summary.seconds = time.perf_counter() - t0
        return summary

    ray = require_ray()
    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, logging_level=logging.ERROR, log_to_driver=True)
        else:
            n = workers or os.cpu_count() or 1
            # Ray's workers run at nice 15 by default: a local batch is the user's own job, and on
            # a machine shared with other work it would get the leftovers
            ray.init(num_cpus=n, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=True,
                     _system_config={"worker_niceness": 0})
        started = True
    try:
        cpus = float(ray.cluster_resources().get("CPU", 0))
        if workers is None:
            workers = max(1, int(cpus + 1e-9))
        if workers * CPUS_PER_WORKER > cpus + 1e-9:
            raise RuntimeError(f"{workers} workers need {workers * CPUS_PER_WORKER:g} CPUs and the Ray cluster has {cpus:g}")
        workers = max(1, min(workers, len(todo)))
        n_items = len({item for s in todo for item in s.items})  # a WARC file in parts counts once
        say(f"{len(todo)} shards ({n_items} files) to analyse on {workers} worker{'s' if workers > 1 else ''}")
        # the biggest shards first: the last ones to finish are small, so the workers end together
        todo.sort(key=lambda s: (-s.size, s.seq))
        prog = _Progress(todo, summary, say, on_failure, t0)
        run = _run_on_data if engine == "data" else _run_on_actors
        try:
            run(ray, todo, out, workers, batch_size, prog, restarts=not started or bool(address))
        except Exception as e:  # Ray itself failed (workers that cannot start, the cluster gone): say so, no traceback
            summary.stopped = _first_line(e)
    finally:
        if started:
            ray.shutdown()
    summary.seconds = time.perf_counter() - t0
    return summary


ENGINES = ("actors", "data")


class _Progress:
    """Takes each shard's result row: the summary, the failures named, one progress line."""

    def __init__(self, todo: list[Shard], summary: BatchSummary, say: Callable[[str], None],
                 on_failure: Callable[[InputError], None] | None, t0: float):
        self.n_files = {s.key: len(s.items) for s in todo}
        self.n_todo, self.n_inputs = len(todo), sum(self.n_files.values())
        self.summary, self.say, self.on_failure, self.t0 = summary, say, on_failure, t0
        self.n_done = self.files_done = self.items_done = 0

    def fail(self, e: InputError) -> None:
        self.summary.failures.append(e)
        if self.on_failure:
            self.on_failure(e)

    def take(self, row: dict) -> None:
        summary = self.summary
        key = str(row["key"])
        self.n_done += 1
        self.files_done += self.n_files.get(key, 0)
        self.items_done += int(row["items"])
        fails = [InputError(i, r) for i, r in json.loads(str(row["failures"]))]
        for f in fails:
            self.fail(f)
        err = str(row["error"])
        if err:
            summary.shard_errors.append(f"{key}: {err}")
            if self.on_failure:
                self.on_failure(InputError(f"shard {key}", err))
        elif bool(row["skipped"]):
            summary.skipped += 1
        else:
            summary.done += 1
            summary.records += int(row["records"])
        rate = self.items_done / max(1e-9, time.perf_counter() - self.t0)
        self.say(f"[{self.n_done}/{self.n_todo} shards] {key}: {int(row['records'])} records, {len(fails)} failed"
                 f"  ({self.files_done}/{self.n_inputs} files, {self.items_done} pages read, {rate:.1f} pages/s)")


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return f"{type(e).__name__}: {text.splitlines()[0]}" if text else type(e).__name__


def _run_on_actors(ray: Any, todo: list[Shard], out: Path, workers: int, batch_size: int, prog: _Progress,
                   restarts: bool) -> None:
    """A pool of `workers` Ray actors; each shard goes to the first worker free."""
    from collections import deque

    opts: dict[str, Any] = {"num_cpus": CPUS_PER_WORKER}
    # On a cluster a lost worker is restarted and its shard run again (a node can go away). On
    # one machine a worker that dies (out of memory, ...) would die again on the same shard: it
    # is not restarted; the shard is named with the reason and a new worker takes the next one.
    if restarts:
        opts.update(max_restarts=3, max_task_retries=3)
    else:
        opts.update(max_restarts=0)
    Worker = ray.remote(ShardWorker).options(**opts)
    args = (str(out.resolve()), batch_size)
    pool = [Worker.remote(*args) for _ in range(workers)]
    queue = deque(todo)
    pending: dict[Any, tuple[Any, Shard]] = {}
    deaths = 0

    def give(actor: Any) -> None:
        if queue:
            shard = queue.popleft()
            pending[actor.run.remote(shard.to_json())] = (actor, shard)

    for actor in pool:
        give(actor)
    while pending:
        done, _ = ray.wait(list(pending), num_returns=1)
        actor, shard = pending.pop(done[0])
        try:
            prog.take(ray.get(done[0]))
        except ray.exceptions.RayActorError as e:
            deaths += 1
            if deaths > 2 * workers:  # workers that cannot even start (newsgraph missing on a node, ...)
                raise RuntimeError(f"the workers keep dying ({_first_line(e)})") from None
            prog.take(_result_row(ShardResult(key=shard.key, error=f"the worker died while analysing it ({_first_line(e)})")))
            actor = Worker.remote(*args)
        except Exception as e:
            prog.take(_result_row(ShardResult(key=shard.key, error=_first_line(e))))
        give(actor)


def _run_on_data(ray: Any, todo: list[Shard], out: Path, workers: int, batch_size: int, prog: _Progress,
                 restarts: bool) -> None:
    """Ray Data: a dataset of one row per shard, map_batches with ShardWorker on an actor pool."""
    import ray.data as rd

    logging.getLogger("ray.data").setLevel(logging.ERROR)  # its notes and plans: the lines below say enough
    ctx = rd.DataContext.get_current()
    ctx.enable_progress_bars = False  # one line per shard instead
    ctx.print_on_execution_start = False
    rows = [{"shard": s.to_json()} for s in todo]
    try:  # one block per shard, so that each can go to whichever worker is free
        ds = rd.from_items(rows, override_num_blocks=len(rows))
    except TypeError:  # Ray before 2.10
        ds = rd.from_items(rows, parallelism=len(rows))
    kw: dict[str, Any] = dict(
        fn_constructor_kwargs={"out": str(out.resolve()), "batch_size": batch_size},
        batch_size=1,
        compute=rd.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1),
        num_cpus=CPUS_PER_WORKER,
        batch_format="numpy",
    )
    # On a cluster Ray Data's defaults stand: a lost worker is replaced and its shard run again.
    # On one machine a worker that dies would die again on the same shard: no restart; the batch
    # stops saying so, and a re-run goes on from the shards written.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Ray >= 2.60 deprecates these extra args
        try:
            ds = ds.map_batches(ShardWorker, **kw, **({} if restarts else {"max_restarts": 0}))
        except TypeError:  # a Ray that no longer takes them
            ds = ds.map_batches(ShardWorker, **kw)
    for row in ds.iter_rows():
        prog.take(row)
