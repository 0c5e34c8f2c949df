"""Build: release files and folders -> releases -> facts -> one named graph per release in the store.

The file list is collected first (so progress knows the total), in a stable order. Each file
is then read, its facts extracted and mapped to quads: in this process, or with `workers > 1`
in a pool of processes, whose results come back in file order so that the build is the same
whichever way it runs. Only this process writes to the store.

A file that cannot be read is reported (one line naming it and the problem) and skipped;
the batch goes on (or stops at the first failure with `strict`). Releases are written a
batch of whole releases at a time (`Store.replace_graphs`: one atomic ingestion each), so an
interrupted build leaves only whole releases behind.
"""
from __future__ import annotations

import os
import stat
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.extract import extract_release
from kg.gazetteer import load_gazetteer
from kg.mapping import release_quads
from kg.namespace import graph_iri
from kg.release import RELEASE_SUFFIXES, read_release
from kg.store import Store


@dataclass
class Failure:
    path: str
    message: str


@dataclass
class BuildReport:
    read: int = 0  # releases written to the store
    skipped: list[Failure] = field(default_factory=list)  # not releases (duplicates, ignored files)
    failed: list[Failure] = field(default_factory=list)
    triples: int = 0  # triples written by this build
    seconds: float = 0.0
    total: int = 0  # files found
    stopped: bool = False  # `strict` stopped the build at a failure

    @property
    def ok(self) -> bool:
        return not self.failed


# ---------------------------------------------------------------------------- finding files


def _special_kind(mode: int) -> str | None:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return None


def iter_release_files(paths: Iterable[str | Path], on_problem: Callable[[Failure], None]) -> Iterator[Path]:
    """Files named on the command line, and release files under folders (recursively, sorted).

    Symbolic-link loops, unreadable folders and special files (pipes, devices) are reported,
    not followed forever or waited on.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_symlink() and not path.exists():
            on_problem(Failure(str(path), "broken or looping symbolic link"))
            continue
        try:
            st = path.stat()
        except OSError as exc:
            on_problem(Failure(str(path), "no such file or folder" if isinstance(exc, FileNotFoundError)
                               else f"cannot read: {exc.strerror or exc}"))
            continue
        if stat.S_ISREG(st.st_mode):
            yield path
        elif stat.S_ISDIR(st.st_mode):
            yield from _walk(path, seen_dirs, on_problem)
        else:
            on_problem(Failure(str(path), f"not a regular file but {_special_kind(st.st_mode) or 'a special file'}"))


def _walk(folder: Path, seen: set[tuple[int, int]], on_problem) -> Iterator[Path]:
    try:
        st = folder.stat()
    except OSError as exc:
        on_problem(Failure(str(folder), f"cannot read folder: {exc.strerror or exc}"))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        on_problem(Failure(str(folder), "symbolic link loop: folder already visited"))
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        on_problem(Failure(str(folder), f"cannot list folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if path.suffix.lower() not in RELEASE_SUFFIXES and not entry.is_dir():
            continue
        try:
            if entry.is_symlink() and not path.exists():
                on_problem(Failure(str(path), "broken or looping symbolic link"))
                continue
            mode = entry.stat().st_mode
        except OSError as exc:
            on_problem(Failure(str(path), f"cannot stat: {exc.strerror or exc}"))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, seen, on_problem)
        elif stat.S_ISREG(mode):
            yield path
        else:
            on_problem(Failure(str(path), f"not a regular file but {_special_kind(mode) or 'a special file'}"))


# ---------------------------------------------------------------------------- one release


@dataclass
class Prepared:
    """One release read, extracted and mapped: what the writer needs, and small to pickle."""

    path: str
    release_id: str
    sha256: str
    quads: list[ox.Quad] | None = None  # in this process
    nquads: str | None = None  # from a worker process: text pickles far faster than quads

    @property
    def size(self) -> int:
        return len(self.quads) if self.quads is not None else self.nquads.count("\n")


def prepare(path: str | Path) -> Prepared | Failure:
    """Read one release file, extract its facts and map them to quads; never raises.

    A file that is not a release is a `Failure` with the reader's message. A crash in the
    extractor is a `Failure` too, naming the exception and where it happened, so that one odd
    release does not stop a batch of thousands (and the build's exit status still says so).
    """
    try:
        release = read_release(path)
    except KgError as exc:
        return Failure(str(path), exc.message + (f" ({exc.hint})" if exc.hint else ""))
    try:
        facts = extract_release(release, load_gazetteer())
        quads = release_quads(release, facts)
    except Exception as exc:  # noqa: BLE001 - reported as this file's failure, with where it broke
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Failure(str(path), f"extraction failed: {type(exc).__name__}: {exc} "
                                  f"(at {Path(where.filename).name}:{where.lineno}; please report it)")
    return Prepared(str(path), release.id, release.sha256, quads=quads)


# Files not read lately are on disk, not in the page cache (~0.2 ms each on this machine's
# virtual disk against ~0.01 ms cached): the kernel is asked to fetch the next ones while the
# current ones are extracted.
READ_AHEAD = 32


def read_ahead(paths: list[str]) -> None:
    """Ask the kernel to start reading these files into the page cache (Linux; a no-op elsewhere)."""
    if not hasattr(os, "posix_fadvise"):
        return
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            continue  # only a hint: reading the file later reports what is wrong with it
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass  # a file system without read-ahead: the file is read when its turn comes
        finally:
            os.close(fd)


def _prepare_batch(paths: list[str]) -> list[Prepared | Failure]:
    """In a worker process: prepare some files and turn their quads into N-Quads text."""
    read_ahead(paths)
    out: list[Prepared | Failure] = []
    for path in paths:
        item = prepare(path)
        if isinstance(item, Prepared):
            item.nquads = "".join(f"{q} .\n" for q in item.quads)
            item.quads = None
        out.append(item)
    return out


def _prepared_in_order(files: list[str], workers: int, batch: int = 16) -> Iterator[Prepared | Failure]:
    """`prepare` every file, in file order; with workers > 1 in a process pool.

    At most a few batches per worker are in flight, so memory does not grow with the corpus.
    """
    if workers <= 1:
        for i, path in enumerate(files):
            if i % READ_AHEAD == 0:  # keep one window ahead of the file in hand (two at the start)
                read_ahead(files[i + READ_AHEAD if i else 0:i + 2 * READ_AHEAD])
            yield prepare(path)
        return
    load_gazetteer()  # read once here; forked workers inherit it
    batches = (files[i:i + batch] for i in range(0, len(files), batch))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future] = deque()
        for chunk in batches:
            pending.append(pool.submit(_prepare_batch, chunk))
            if len(pending) >= workers * 4:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


# ---------------------------------------------------------------------------- the build


# Releases go to the store in batches of about this many triples (~150 synthetic releases):
# one bulk ingestion per batch costs ~0.6 ms a release against ~2.2 ms for a transaction per
# release (benchmarks/README.md). A kill loses at most the batch in hand, never part of one.
# Ingested files bypass RocksDB's in-memory tables (128 MiB per index, which used to fill
# towards 1.4 GiB unless flushed), so memory no longer grows with the corpus on that account.
BATCH_TRIPLES = 20_000


class _Batch:
    """Prepared releases waiting to be written together, as whole releases."""

    def __init__(self, store: Store):
        self.store = store
        self.items: list[Prepared] = []
        self.triples = 0

    def add(self, item: Prepared) -> None:
        self.items.append(item)
        self.triples += item.size
        if self.triples >= BATCH_TRIPLES:
            self.write()

    def write(self) -> None:
        if not self.items:
            return
        graphs = [str(graph_iri(item.release_id)) for item in self.items]
        quads = [q for item in self.items if item.quads is not None for q in item.quads]
        nquads = "".join(item.nquads for item in self.items if item.nquads is not None)
        self.store.replace_graphs(graphs, quads, nquads)
        self.items.clear()
        self.triples = 0


class _Stop(Exception):
    """`strict`: the first failure ends the build."""


def build(
    paths: list[str | Path],
    *,
    store: Store,
    strict: bool = False,
    workers: int = 1,
    on_start: Callable[[int], None] | None = None,
    on_release: Callable[[str, BuildReport], None] | None = None,
    on_problem: Callable[[Failure], None] | None = None,
) -> BuildReport:
    """Read, extract and store every release under `paths`; return what happened.

    `strict` stops at the first failure (what was written before it stays, whole).
    """
    report = BuildReport()
    started = time.perf_counter()

    def problem(f: Failure, *, failed: bool = True) -> None:
        (report.failed if failed else report.skipped).append(f)
        if on_problem:
            on_problem(f)
        if strict and failed:
            raise _Stop

    # What the build keeps per release, for the whole run: its path (as a str, a third of a
    # Path's memory), its content digest (as 32 bytes) and its id, to find the same release
    # twice. About 0.3 KB a release; everything else is let go once the release is written.
    files: list[str] = []
    batch = _Batch(store)
    by_hash: dict[bytes, str] = {}
    by_id: dict[str, str] = {}
    results = None
    try:
        files.extend(map(str, iter_release_files(paths, problem)))
        report.total = len(files)
        if on_start:
            on_start(len(files))
        results = _prepared_in_order(files, workers)
        for item in results:
            if isinstance(item, Failure):
                problem(item)
            elif (digest := bytes.fromhex(item.sha256)) in by_hash:
                problem(Failure(item.path, f"same release as {by_hash[digest]}; skipped"), failed=False)
            elif item.release_id in by_id:
                problem(Failure(item.path, f"release id {item.release_id!r} is also the name of "
                                           f"{by_id[item.release_id]}, with other text; not built "
                                           f"(rename one of them)"))
            else:
                by_hash[digest] = item.path
                by_id[item.release_id] = item.path
                batch.add(item)
                report.read += 1
                report.triples += item.size
            if on_release:
                on_release(item.path, report)
        batch.write()
    except _Stop:
        report.stopped = True
        batch.write()  # what was read before the failure is stored
    except KeyboardInterrupt:
        batch.write()  # as is what was read before Ctrl-C
        raise
    finally:
        if results is not None:
            results.close()  # shuts the pool down when strict stopped early
    store.compact()
    report.seconds = time.perf_counter() - started
    return report


SUMMARY = """
SELECT
  (COUNT(DISTINCT ?release) AS ?releases)
  (COUNT(DISTINCT ?officer) AS ?officers)
  (COUNT(DISTINCT ?team) AS ?teams)
  (COUNT(DISTINCT ?force) AS ?forces)
  (COUNT(DISTINCT ?place) AS ?places)
  (COUNT(DISTINCT ?outcome) AS ?outcomes)
WHERE {
  { ?release a pk:Release } UNION { ?officer a pk:Officer } UNION { ?team a pk:Team }
  UNION { ?force a pk:Force } UNION { ?outcome pk:reportedIn ?r }
  UNION { ?place a ?cls . VALUES ?cls { pk:Place pk:City pk:Town pk:Village pk:District pk:County
                                        pk:Region pk:Area pk:PoliceStation pk:Court } }
}"""


def summarise(store: Store) -> dict[str, int]:
    """Counts of what the whole store holds: releases, triples, officers, teams, forces, places, outcomes."""
    row = next(store.select(SUMMARY))
    out = {"releases": int(row["releases"].value)}
    out["triples"] = len(store)
    for key in ("officers", "teams", "forces", "places", "outcomes"):
        out[key] = int(row[key].value)
    return out
