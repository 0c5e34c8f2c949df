"""Build: release files and folders -> releases -> facts -> one named graph per release in the store.

A file that cannot be read is reported (one line naming it and the problem) and skipped;
the batch goes on. Each release's graph is written whole or not at all, so an interrupted
build leaves only whole releases behind.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, ReleaseError
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
    release_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def iter_release_files(paths: list[str | Path], on_problem: Callable[[Failure], None]) -> Iterator[Path]:
    """Files named on the command line, and release files under folders (recursively).

    Symbolic-link loops and unreadable folders are reported, not followed forever.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            on_problem(Failure(str(path), "no such file or folder"))
            continue
        if path.is_symlink() and not path.exists():
            on_problem(Failure(str(path), "broken or looping symbolic link"))
            continue
        if path.is_file():
            yield path
            continue
        yield from _walk(path, seen_dirs, on_problem)


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
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as exc:
            on_problem(Failure(str(path), f"cannot stat: {exc.strerror or exc}"))
            continue
        if entry.is_symlink() and not path.exists():
            on_problem(Failure(str(path), "broken or looping symbolic link"))
        elif is_dir:
            yield from _walk(path, seen, on_problem)
        elif is_file and path.suffix.lower() in RELEASE_SUFFIXES:
            yield path


def build(
    paths: list[str | Path],
    *,
    store: Store,
    strict: bool = False,
    on_release: Callable[[str, BuildReport], None] | None = None,
    on_problem: Callable[[Failure], None] | None = None,
) -> BuildReport:
    """Read, extract and store every release under `paths`; return what happened."""
    report = BuildReport()
    started = time.perf_counter()
    gaz = load_gazetteer()
    hashes: dict[str, str] = {}

    def problem(f: Failure, *, failed: bool = True) -> None:
        (report.failed if failed else report.skipped).append(f)
        if on_problem:
            on_problem(f)
        if strict and failed:
            raise ReleaseError(f.message, path=f.path)

    for path in iter_release_files(paths, problem):
        try:
            release = read_release(path)
        except KgError as exc:
            problem(Failure(str(path), exc.message + (f" ({exc.hint})" if exc.hint else "")))
            continue
        first = hashes.get(release.sha256)
        if first is not None:
            problem(Failure(str(path), f"same release as {first}; skipped"), failed=False)
            continue
        hashes[release.sha256] = str(path)
        facts = extract_release(release, gaz)
        quads = release_quads(release, facts)
        store.replace_graph(str(graph_iri(release.id)), quads)
        report.read += 1
        report.triples += len(quads)
        report.release_ids.append(release.id)
        if on_release:
            on_release(str(path), report)
    store.flush()
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
