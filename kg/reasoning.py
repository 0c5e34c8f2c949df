"""Reasoning over the graph: the OWL reasoner's consistency check, and materialisation.

Two jobs, both driven by `ontology/policing.ttl`:

* `check_consistency` hands the ontology plus data to owlready2 and its HermiT reasoner
  (Java). An inconsistent graph (a place that is also a person, an arrest that is also a
  drug seizure, a negative count) raises `Inconsistent`.
* `materialise` adds to each release graph what the ontology's axioms entail from it:
  super-classes (every Officer is a Person), super-properties (leads -> org:headOf ->
  org:memberOf), inverses (teamOf <-> hasTeam) and two-step property chains (a member of a
  team is a member of that team's force). The rules are SPARQL updates generated from the
  ontology's rdfs:subClassOf, rdfs:subPropertyOf, owl:inverseOf and owl:propertyChainAxiom
  triples and run in the store until nothing new appears. They run per named graph, so an
  inferred triple sits in the graph of the release that entails it, and building that
  release again replaces it with the rest.
"""
from __future__ import annotations

import shutil
import contextlib
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import rdflib
from rdflib import OWL, RDF, RDFS, BNode, URIRef
from rdflib.collection import Collection

from kg.errors import ValidationSetupError
from kg.store import Store

ONTOLOGY_FILE = "policing.ttl"
SHAPES_FILE = "shapes.ttl"
MAX_ROUNDS = 10


def ontology_text(name: str = ONTOLOGY_FILE) -> str:
    """A file of the installed `kg.ontology` package (the repository's `ontology/`)."""
    try:
        return files("kg.ontology").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ValidationSetupError(f"cannot read the ontology file {name}: {exc}",
                                   hint="reinstall the package: pip install -e .") from exc


@lru_cache(maxsize=4)
def ontology_graph(name: str = ONTOLOGY_FILE) -> rdflib.Graph:
    g = rdflib.Graph()
    try:
        g.parse(data=ontology_text(name), format="turtle")
    except Exception as exc:  # rdflib raises many parser types; all mean the same to us
        raise ValidationSetupError(f"{name} is not valid Turtle: {exc}") from exc
    return g


# ------------------------------------------------------------------------------ rules


@dataclass(frozen=True)
class Rules:
    subclass: tuple[tuple[str, str], ...]  # (C, D): every C is a D (transitively closed)
    subproperty: tuple[tuple[str, str], ...]  # (P, Q): P implies Q (transitively closed)
    inverse: tuple[tuple[str, str], ...]  # (P, Q): s P o implies o Q s (both directions listed)
    chains: tuple[tuple[str, str, str], ...]  # (P1, P2, Q): s P1 x, x P2 o implies s Q o


def _closure(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    up: dict[str, set[str]] = {}
    for a, b in pairs:
        up.setdefault(a, set()).add(b)
    result = set()
    for start in up:
        stack, seen = list(up[start]), set()
        while stack:
            node = stack.pop()
            if node in seen or node == start:
                continue
            seen.add(node)
            result.add((start, node))
            stack.extend(up.get(node, ()))
    return result


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The entailment rules the ontology's axioms give, between named terms only."""
    g = ontology_graph()
    named = lambda *terms: all(isinstance(t, URIRef) for t in terms)  # noqa: E731
    subclass = {(str(c), str(d)) for c, d in g.subject_objects(RDFS.subClassOf) if named(c, d)}
    subprop = {(str(p), str(q)) for p, q in g.subject_objects(RDFS.subPropertyOf) if named(p, q)}
    inverse = set()
    for p, q in g.subject_objects(OWL.inverseOf):
        if named(p, q):
            inverse |= {(str(p), str(q)), (str(q), str(p))}
    chains = set()
    for q, head in g.subject_objects(OWL.propertyChainAxiom):
        steps = list(Collection(g, head)) if isinstance(head, BNode) else []
        if len(steps) == 2 and named(q, *steps):
            chains.add((str(steps[0]), str(steps[1]), str(q)))
    return Rules(tuple(sorted(_closure(subclass))), tuple(sorted(_closure(subprop))),
                 tuple(sorted(inverse)), tuple(sorted(chains)))


def rule_updates(r: Rules | None = None) -> list[str]:
    """One SPARQL update per rule; each writes into the graph its premises came from."""
    r = r or rules()
    ins = "INSERT {{ GRAPH ?g {{ {head} }} }} WHERE {{ GRAPH ?g {{ {body} FILTER NOT EXISTS {{ {head} }} }} }}"
    updates = []
    for c, d in r.subclass:
        updates.append(ins.format(head=f"?x a <{d}> .", body=f"?x a <{c}> ."))
    for p, q in r.subproperty:
        updates.append(ins.format(head=f"?s <{q}> ?o .", body=f"?s <{p}> ?o ."))
    for p, q in r.inverse:
        updates.append(ins.format(head=f"?o <{q}> ?s .", body=f"?s <{p}> ?o ."))
    for p1, p2, q in r.chains:
        updates.append(ins.format(head=f"?s <{q}> ?o .", body=f"?s <{p1}> ?x . ?x <{p2}> ?o ."))
    return updates


def materialise(store: Store) -> int:
    """Add what the ontology entails to every release graph; returns the number of new triples."""
    before = len(store)
    updates = rule_updates()
    for _ in range(MAX_ROUNDS):
        size = len(store)
        for update in updates:
            store.oxigraph.update(update)
        if len(store) == size:
            break
    store.flush()
    return len(store) - before


# ------------------------------------------------------------------------------ OWL reasoner


class Inconsistent(Exception):
    """The reasoner found the ontology plus data inconsistent; `detail` is its message."""

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(detail)


def require_java() -> str:
    java = shutil.which("java")
    if java is None:
        raise ValidationSetupError("the OWL reasoner (HermiT) needs Java, and `java` is not on PATH",
                                   hint="install a Java runtime, e.g. apt-get install default-jre-headless")
    return java


def check_consistency(data_ntriples: bytes = b"") -> float:
    """Run HermiT (through owlready2) over the ontology plus `data_ntriples`.

    Returns the reasoner's wall time in seconds; raises `Inconsistent` when the reasoner
    proves a contradiction, `ValidationSetupError` when it cannot run at all.
    """
    import time

    import owlready2

    owlready2.JAVA_EXE = require_java()
    with tempfile.TemporaryDirectory(prefix="kg-reason-") as tmp:
        onto_path = Path(tmp) / "policing.nt"
        data_path = Path(tmp) / "data.nt"
        onto_path.write_bytes(ontology_graph().serialize(format="nt", encoding="utf-8"))
        data_path.write_bytes(data_ntriples)
        world = owlready2.World()
        try:
            onto = world.get_ontology(onto_path.as_uri()).load()
            data = world.get_ontology(data_path.as_uri()).load() if data_ntriples.strip() else None
        except Exception as exc:  # owlready2's parsers raise assorted types
            raise ValidationSetupError(f"owlready2 could not load the graph: {exc}") from exc
        started = time.perf_counter()
        try:
            # HermiT's command line derives a base IRI from the working folder and fails in "/"
            with onto, contextlib.chdir(tmp):
                owlready2.sync_reasoner_hermit([onto] + ([data] if data is not None else []),
                                               infer_property_values=False, debug=0,
                                               ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise Inconsistent(str(exc)) from None
        except (owlready2.OwlReadyJavaError, subprocess.CalledProcessError, OSError) as exc:
            raise ValidationSetupError(f"the HermiT reasoner failed to run: {exc}") from exc
        finally:
            world.close()
        return time.perf_counter() - started
