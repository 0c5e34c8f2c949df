"""Exports of the store: one registry drives the CLI's choices, its help and its errors.

Triple formats (Turtle, N-Triples, JSON-LD) hold the union of all release graphs; N-Quads and
TriG keep one named graph per release. Graph formats for Gephi are in `kg.viz`.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import UsageError
from kg.store import PREFIXES, Store


@dataclass(frozen=True)
class Writer:
    help: str
    suffix: str
    write: Callable[[Store, BinaryIO], None]


def _union_triples(store: Store):
    return store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")


def _triples_writer(fmt: ox.RdfFormat):
    def write(store: Store, out: BinaryIO) -> None:
        ox.serialize(_union_triples(store), out, fmt, prefixes=PREFIXES)
    return write


def _quads_writer(fmt: ox.RdfFormat):
    def write(store: Store, out: BinaryIO) -> None:
        store.oxigraph.dump(out, fmt, prefixes=PREFIXES) if fmt == ox.RdfFormat.TRIG else store.oxigraph.dump(out, fmt)
    return write


def _graph_writer(kind: str):
    def write(store: Store, out: BinaryIO) -> None:
        from kg.viz import write_graph_file  # networkx only when asked for

        write_graph_file(store, out, kind)
    return write


WRITERS: dict[str, Writer] = {
    "turtle": Writer("Turtle, the union of all release graphs", ".ttl", _triples_writer(ox.RdfFormat.TURTLE)),
    "ntriples": Writer("N-Triples, the union of all release graphs", ".nt", _triples_writer(ox.RdfFormat.N_TRIPLES)),
    "nquads": Writer("N-Quads, one named graph per release", ".nq", _quads_writer(ox.RdfFormat.N_QUADS)),
    "trig": Writer("TriG, one named graph per release", ".trig", _quads_writer(ox.RdfFormat.TRIG)),
    "jsonld": Writer("JSON-LD, the union of all release graphs", ".jsonld", _triples_writer(ox.RdfFormat.JSON_LD)),
    "graphml": Writer("GraphML of the entity network, for Gephi or yEd", ".graphml", _graph_writer("graphml")),
    "gexf": Writer("GEXF of the entity network, for Gephi", ".gexf", _graph_writer("gexf")),
}


def writer_for(fmt: str) -> Writer:
    try:
        return WRITERS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r}", hint="choose one of " + ", ".join(WRITERS)) from None


def export(store: Store, *, fmt: str, out: str | Path | None = None) -> bytes | Path:
    """Write the store in `fmt` to `out` (a path) or return the bytes when `out` is None."""
    writer = writer_for(fmt)
    if out is None:
        buf = io.BytesIO()
        writer.write(store, buf)
        return buf.getvalue()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("wb") as fh:
        writer.write(store, fh)
    tmp.replace(out)
    return out
