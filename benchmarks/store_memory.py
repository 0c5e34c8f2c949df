"""The store's own memory: what a fresh process holds after opening a store and reading it.

    .venv/bin/python benchmarks/store_memory.py STORE        # prints one JSON object

Oxigraph keeps RocksDB's index and Bloom-filter blocks of every table file it has opened in
memory (its options say `cache_index_and_filter_blocks=false`), plus a block cache of at most
32 MiB. Both belong to the store and grow with it. This script opens the store read-only,
touches every index once (one ASK per index order, so each index's table files are opened),
and counts every quad (which fills the block cache); it reports the resident memory it gained.
`bench_build.py` runs it after each build, so a build's peak memory can be set against the
memory of the store it wrote. (No queries: their hash tables are the query's, not the store's.)
"""
from __future__ import annotations

import argparse
import json
import sys

import psutil
import pyoxigraph as ox

PK = "https://w3id.org/policing-kg/ontology#"


def touch_every_index(store: ox.Store) -> int:
    """Open each index's table files with one lookup through it; return the number of quads."""
    graph = next(iter(store.named_graphs()), None)
    subject = next(iter(store.quads_for_pattern(None, None, None, graph)), None) if graph else None
    probes = [
        "ASK { GRAPH ?g { ?s ?p ?o } }",  # gspo
        f"ASK {{ GRAPH ?g {{ ?s <{PK}count> ?o }} }}",  # posg
        f"ASK {{ GRAPH ?g {{ ?s ?p <{PK}Arrest> }} }}",  # ospg
        "ASK { ?s ?p ?o }",  # the default graph's own indexes
    ]
    if graph is not None and subject is not None:
        probes += [
            f"ASK {{ GRAPH {graph} {{ ?s <{PK}count> ?o }} }}",  # gpos
            f"ASK {{ GRAPH {graph} {{ ?s ?p <{PK}Arrest> }} }}",  # gosp
            f"ASK {{ GRAPH ?g {{ {subject.subject} ?p ?o }} }}",  # spog
        ]
    for sparql in probes:
        store.query(sparql)
    count = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(count))["n"].value)


def measure(path: str) -> dict:
    process = psutil.Process()
    before = process.memory_info().rss
    store = ox.Store.read_only(path)
    quads = touch_every_index(store)
    after = process.memory_info().rss
    return {"quads": quads, "store_memory_mib": round((after - before) / 2**20, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    args = ap.parse_args(argv)
    print(json.dumps(measure(args.store)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
