"""The embedded, on-disk store: an Oxigraph (RocksDB) directory with one named graph per release.

Queries see the union of all release graphs as their default graph, the same view that
`kg serve` gives over HTTP (Oxigraph's server with `--union-default-graph`).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError

DEFAULT_STORE = os.environ.get("KG_STORE", "kg-store")

PREFIXES = {
    "pk": "https://w3id.org/policing-kg/ontology#",
    "id": "https://w3id.org/policing-kg/id/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "time": "http://www.w3.org/2006/time#",
}


class Store:
    """A thin wrapper over `pyoxigraph.Store` that speaks in releases."""

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True):
        self.path = Path(path)
        self.read_only = read_only
        if read_only or not create:
            if not (self.path / "CURRENT").exists():
                raise StoreError("no store here", path=self.path,
                                 hint="run `kg build PATH --store DIR` first, or pass the right --store")
        try:
            if read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreError("the store is in use by another process", path=self.path,
                                 hint="stop `kg serve` or the other `kg` command that holds it") from exc
            raise StoreError(f"cannot open the store: {msg}", path=self.path) from exc

    @classmethod
    def in_memory(cls) -> "Store":
        """A store that lives in memory only (for a scratch copy, or tests)."""
        store = cls.__new__(cls)
        store.path = None
        store.read_only = False
        store._store = ox.Store()
        return store

    def copy_in_memory(self) -> "Store":
        """Every quad of this store in a new in-memory store, to derive from without changing this one."""
        copy = Store.in_memory()
        copy._store.extend(self._store.quads_for_pattern(None, None, None, None))
        return copy

    @property
    def oxigraph(self) -> ox.Store:
        return self._store

    # ------------------------------------------------------------------ writing

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace the named graph `graph` with `quads` (building a release again replaces it).

        One transaction either way, so a killed build never leaves half a release: a new
        graph is one transactional `extend`; an existing one is dropped and refilled by one
        SPARQL update (DROP GRAPH + INSERT DATA), which Oxigraph applies atomically.
        """
        g = ox.NamedNode(graph)
        quads = list(quads)
        if not self._store.contains_named_graph(g):
            self._store.extend(quads)
            if not quads:
                self._store.add_graph(g)
            return
        triples = " .\n".join(str(q.triple) for q in quads)
        self._store.update(f"DROP SILENT GRAPH <{graph}> ;\n"
                           f"{'CREATE SILENT GRAPH' if not quads else 'INSERT DATA { GRAPH'} <{graph}>"
                           + (f" {{\n{triples} .\n}} }}" if quads else ""))

    def replace_graphs(self, graphs: Sequence[str], quads: Sequence[ox.Quad] = (), nquads: str = "") -> None:
        """Replace the named graphs `graphs` with `quads` (or N-Quads text): a batch of whole
        releases, far faster than one `replace_graph` each.

        Those of the graphs that exist are dropped first, in one transaction; then the new
        quads go in by Oxigraph's bulk loader, which sorts them into one new file per index and
        hands them all to RocksDB in one ingestion (atomic across its indexes, and skipping the
        per-quad transaction checks that cost ~15 µs a quad). So a build killed at any point
        leaves each release of the batch either whole or absent; an absent one is rebuilt by
        the next `kg build`. (The loader splits only inputs of a million quads or more; the
        build's batches are far smaller, see `BATCH_TRIPLES` in kg/build.py. Given both quads
        and text, each is its own ingestion.)
        """
        nodes = [ox.NamedNode(g) for g in graphs]
        existing = [g.value for g in nodes if self._store.contains_named_graph(g)]
        if existing:
            self._store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in existing))
        if quads:
            self._store.bulk_extend(quads)
        if nquads:
            self._store.bulk_load(nquads, ox.RdfFormat.N_QUADS)
        for g in nodes:  # a release with no triples at all still has its (empty) graph
            if not self._store.contains_named_graph(g):
                self._store.add_graph(g)

    def flush(self) -> None:
        self._store.flush()

    def compact(self) -> None:
        """After a build: flush, compact, and let RocksDB delete its spent write-ahead logs.

        Oxigraph keeps up to 128 MiB of recent writes per index in memory and logs every
        write ahead; the logs stay on disk (about 100 KB per release, twice the store itself)
        until the database is opened again, so this closes and reopens it once.
        """
        if self.path is None or self.read_only:
            return
        self._store.flush()
        self._store.optimize()
        self._store = None  # type: ignore[assignment]  # closes the database
        self._store = ox.Store(str(self.path))  # opening deletes the spent logs

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, *, substitutions: dict | None = None, union: bool = True):
        try:
            return self._store.query(sparql, use_default_graph_as_union=union, prefixes=PREFIXES,
                                     substitutions=substitutions)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from exc

    def select(self, sparql: str, **kwargs) -> Iterator[dict[str, ox.Term]]:
        result = self.query(sparql, **kwargs)
        names = [v.value for v in result.variables]
        for row in result:
            yield {n: row[n] for n in names if row[n] is not None}

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        """Flush what was written and let go of the database (and its lock)."""
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self._store)


@contextmanager
def open_store(path: str | Path, *, read_only: bool = False, create: bool = True):
    store = Store(path, read_only=read_only, create=create)
    try:
        yield store
    finally:
        store.close()
