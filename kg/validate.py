"""`kg validate`: SHACL shapes and the OWL reasoner over the whole graph.

Three checks over the release graphs:

1. pySHACL with `ontology/shapes.ttl`; the ontology is mixed into the data graph, so the
   shapes' `sh:targetClass pk:Outcome` reaches every Arrest, DrugSeizure and so on (and,
   with `inference="rdfs"`, pySHACL also expands domains and ranges first).
2. HermiT (owlready2) over the ontology plus the data: disjoint classes, functional
   properties and datatype ranges make a wrong extraction an inconsistency. HermiT says
   only *that* the graph is inconsistent, so the report then names the culprits: nodes that
   break a disjointness or functionality axiom of the ontology (found by SPARQL), or, when
   none does, the releases that are inconsistent on their own (checked one by one).

3. The totals each release carries (pk:outcomeCount, pk:arrestedTotal, ...: precomputed by the
   mapping for the analyst queries) are summed again by SPARQL from the outcomes in the same
   graph; a release whose stated total differs, or is missing, is reported.

Every problem names the offending node and the releases (named graphs) it comes from.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import pyoxigraph as ox
import rdflib
from rdflib import OWL, RDF, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.errors import ValidationSetupError
from kg.reasoning import SHAPES_FILE, Inconsistent, check_consistency, ontology_graph, rules
from kg.store import PREFIXES, Store

MAX_RELEASES_CHECKED_ALONE = 60


@dataclass
class Problem:
    check: str  # "shacl", "totals" or "owl"
    message: str
    node: str | None = None
    path: str | None = None
    value: str | None = None
    releases: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"[{self.check}] {self.message}"]
        if self.node:
            parts.append(f"node {short(self.node)}")
        if self.path:
            parts.append(f"path {short(self.path)}")
        if self.value is not None:
            parts.append(f"value {self.value}")
        parts.append("release " + (", ".join(self.releases) if self.releases else "(none found)"))
        return "; ".join(parts)


@dataclass
class Report:
    releases: int = 0
    triples: int = 0
    problems: list[Problem] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    reasoner: bool = True

    @property
    def conforms(self) -> bool:
        return not self.problems

    def text(self) -> str:
        timing = ", ".join(f"{k} {v:.1f}s" for k, v in self.seconds.items())
        checks = "SHACL shapes, release totals" + (" and the OWL reasoner (HermiT)" if self.reasoner else "")
        head = f"{self.releases} releases, {self.triples} triples; {checks}; {timing}"
        if self.conforms:
            return f"conforms: {head}"
        lines = [f"does not conform: {len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}; {head}"]
        lines += ["  " + p.line() for p in self.problems]
        return "\n".join(lines)


def short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>" if "://" in iri else iri


# ------------------------------------------------------------------------------ reading the store


def union_ntriples(store: Store) -> bytes:
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def graph_ntriples(store: Store, graph: str) -> bytes:
    triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def release_ids(store: Store) -> dict[str, str]:
    """Named graph -> release id (the graph's name when it holds no pk:releaseId)."""
    out = {g: g for g in store.graphs()}
    for row in store.select("SELECT ?g ?id WHERE { GRAPH ?g { ?r a pk:Release ; pk:releaseId ?id } }", union=False):
        out[row["g"].value] = row["id"].value
    return out


def releases_of(store: Store, nodes: set[str], ids: dict[str, str]) -> dict[str, list[str]]:
    """For each IRI, the releases whose graphs state something about it (as subject)."""
    found: dict[str, set[str]] = {n: set() for n in nodes}
    iris = [n for n in nodes if "://" in n]
    for start in range(0, len(iris), 200):
        values = " ".join(f"<{n}>" for n in iris[start:start + 200])
        sparql = f"SELECT DISTINCT ?n ?g WHERE {{ VALUES ?n {{ {values} }} GRAPH ?g {{ ?n ?p ?o }} }}"
        for row in store.select(sparql, union=False):
            found[row["n"].value].add(ids.get(row["g"].value, row["g"].value))
    return {n: sorted(r) for n, r in found.items()}


# ------------------------------------------------------------------------------ release totals

# (total, outcome class, figure, unit the figure must have or "" for any): the definitions of
# kg.mapping.TOTALS, restated in SPARQL, so that the store is checked against the graph's own
# outcomes and not against the Python that wrote them.
TOTALS_VALUES = """
  (pk:arrestedTotal pk:Arrest pk:count "")
  (pk:chargedTotal pk:Charge pk:count "")
  (pk:drugsValueTotalGBP pk:DrugSeizure pk:valueGBP "")
  (pk:drugsKgTotal pk:DrugSeizure pk:quantity "kg")
  (pk:cashTotalGBP pk:CashSeizure pk:valueGBP "")"""

TOTALS_CHECK = f"""
SELECT ?g ?release ?path ?stated ?expected WHERE {{
  {{ SELECT ?g ?release WHERE {{ GRAPH ?g {{ ?release a pk:Release }} }} }}
  VALUES (?path ?cls ?figure ?unit) {{ {TOTALS_VALUES} }}
  OPTIONAL {{ GRAPH ?g {{ ?release ?path ?stated }} }}
  OPTIONAL {{
    SELECT ?g ?path (SUM(?n) AS ?expected) WHERE {{
      VALUES (?path ?cls ?figure ?unit) {{ {TOTALS_VALUES} }}
      GRAPH ?g {{ ?o pk:reportedIn ?r ; a ?cls ; ?figure ?n . OPTIONAL {{ ?o pk:unit ?u }} }}
      FILTER (?unit = "" || ?u = ?unit)
    }} GROUP BY ?g ?path
  }}
  FILTER (BOUND(?stated) != BOUND(?expected) || (BOUND(?stated) && ?stated != ?expected))
}}"""

OUTCOME_COUNT_CHECK = """
SELECT ?g ?release ?stated (COALESCE(?n, 0) AS ?expected) WHERE {
  { SELECT ?g ?release WHERE { GRAPH ?g { ?release a pk:Release } } }
  OPTIONAL { GRAPH ?g { ?release pk:outcomeCount ?stated } }
  OPTIONAL { SELECT ?g (COUNT(?o) AS ?n) WHERE { GRAPH ?g { ?o pk:reportedIn ?r } } GROUP BY ?g }
  FILTER (!BOUND(?stated) || ?stated != COALESCE(?n, 0))
}"""


def check_totals(store: Store, ids: dict[str, str]) -> list[Problem]:
    """Releases whose precomputed totals disagree with the outcomes their graph holds."""
    problems = []
    for sparql, path in ((TOTALS_CHECK, None), (OUTCOME_COUNT_CHECK, "pk:outcomeCount")):
        for row in store.select(sparql, union=False):
            stated, expected = row.get("stated"), row.get("expected")
            what = short(row["path"].value) if path is None else path
            if expected is not None:
                found = f"its graph holds {expected.value} outcomes" if path else f"its outcomes sum to {expected.value}"
            if stated is None:
                message = (f"the release has no {what} though {found}; "
                           f"rebuild it with this version of kg")
            elif expected is None:
                message = f"the release states {what} {stated.value} but has no outcome with that figure"
            else:
                message = f"the release states {what} {stated.value} but {found}"
            problems.append(Problem("totals", message, node=row["release"].value, path=what,
                                    releases=[ids.get(row["g"].value, row["g"].value)]))
    return problems


# ------------------------------------------------------------------------------ SHACL


def shapes_graph() -> rdflib.Graph:
    return ontology_graph(SHAPES_FILE)


def run_shacl(data: rdflib.Graph, inference: str = "none") -> list[Problem]:
    import pyshacl

    try:
        conforms, results, _ = pyshacl.validate(
            data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference=inference,
            abort_on_first=False, allow_warnings=True, meta_shacl=False, advanced=True)
    except Exception as exc:  # pySHACL reports broken shapes as assorted exception types
        raise ValidationSetupError(f"pySHACL could not run the shapes: {exc}") from exc
    problems = []
    if conforms:
        return problems
    if not isinstance(results, rdflib.Graph):  # pySHACL's ValidationFailure: the shapes themselves are wrong
        raise ValidationSetupError(f"pySHACL could not run the shapes: {results}")
    for result in results.subjects(RDF.type, SH.ValidationResult):
        node = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        if message is None:
            component = results.value(result, SH.sourceConstraintComponent)
            message = f"violates {short(str(component))}"
        problems.append(Problem(
            "shacl", str(message), node=str(node) if node is not None else None,
            path=str(path) if isinstance(path, URIRef) else None,
            value=value.n3() if value is not None else None))
    problems.sort(key=lambda p: (p.node or "", p.path or "", p.message))
    return problems


# ------------------------------------------------------------------------------ OWL diagnostics


def disjoint_pairs() -> set[tuple[str, str]]:
    """Every pair of named classes the ontology declares disjoint, widened to sub-classes."""
    g = ontology_graph()
    pairs: set[tuple[str, str]] = set()
    for a, b in g.subject_objects(OWL.disjointWith):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            pairs.add((str(a), str(b)))
    for axiom in g.subjects(RDF.type, OWL.AllDisjointClasses):
        members = [str(m) for m in Collection(g, g.value(axiom, OWL.members)) if isinstance(m, URIRef)]
        pairs |= {(a, b) for i, a in enumerate(members) for b in members[i + 1:]}
    subs: dict[str, set[str]] = {}
    for c, d in rules().subclass:
        subs.setdefault(d, set()).add(c)
    wide = set()
    for a, b in pairs:
        for x in {a} | subs.get(a, set()):
            for y in {b} | subs.get(b, set()):
                wide.add((x, y))
    return wide


def functional_properties() -> list[str]:
    g = ontology_graph()
    return sorted(str(p) for p in g.subjects(RDF.type, OWL.FunctionalProperty) if isinstance(p, URIRef))


def explain_inconsistency(store: Store, ids: dict[str, str]) -> list[Problem]:
    """Name the nodes behind an inconsistency: disjoint types, functional properties with two values."""
    problems = []
    pairs = disjoint_pairs()
    types: dict[str, set[str]] = {}
    for row in store.select("SELECT DISTINCT ?x ?c WHERE { ?x a ?c }"):
        if isinstance(row["x"], ox.NamedNode):
            types.setdefault(row["x"].value, set()).add(row["c"].value)
    for node, classes in sorted(types.items()):
        clash = sorted({(a, b) for a in classes for b in classes if (a, b) in pairs})
        for a, b in clash:
            problems.append(Problem("owl", f"typed both {short(a)} and {short(b)}, which the ontology declares disjoint",
                                    node=node))
    for prop in functional_properties():
        sparql = (f"SELECT ?x (GROUP_CONCAT(DISTINCT STR(?v); separator=', ') AS ?vals) WHERE {{ ?x <{prop}> ?v }} "
                  f"GROUP BY ?x HAVING (COUNT(DISTINCT ?v) > 1)")
        for row in store.select(sparql):
            problems.append(Problem("owl", f"{short(prop)} is functional but has several values",
                                    node=row["x"].value, path=prop, value=row["vals"].value))
    where = releases_of(store, {p.node for p in problems if p.node}, ids)
    for p in problems:
        p.releases = where.get(p.node, [])
    return problems


def run_reasoner(store: Store, data: bytes, ids: dict[str, str], seconds: dict[str, float]) -> list[Problem]:
    started = time.perf_counter()
    try:
        check_consistency(data)
        return []
    except Inconsistent:
        pass
    finally:
        seconds["reasoner"] = time.perf_counter() - started
    problems = explain_inconsistency(store, ids)
    if problems:
        return problems
    # nothing the axioms name directly (a datatype range, say): find the releases that fail alone
    bad = []
    for graph in sorted(ids)[:MAX_RELEASES_CHECKED_ALONE]:
        try:
            check_consistency(graph_ntriples(store, graph))
        except Inconsistent:
            bad.append(ids[graph])
    if bad:
        return [Problem("owl", "the reasoner finds this release inconsistent with the ontology (a datatype range, "
                               "such as a negative or fractional count, or another axiom)", releases=[r])
                for r in bad]
    return [Problem("owl", "the reasoner finds the whole graph inconsistent, though each release is consistent on "
                           "its own: releases contradict each other about a shared node")]


# ------------------------------------------------------------------------------ the verb


def validate(store: Store, *, reasoner: bool = True, inference: str = "none") -> Report:
    """Check the store's graph against the shapes and, unless `reasoner` is False, the ontology."""
    report = Report(reasoner=reasoner)
    started = time.perf_counter()
    ids = release_ids(store)
    report.releases = sum(1 for g, rid in ids.items() if g != rid)
    data = union_ntriples(store)
    graph = rdflib.Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    report.triples = len(graph)
    report.seconds["read"] = time.perf_counter() - started

    started = time.perf_counter()
    shacl = run_shacl(graph, inference=inference)
    where = releases_of(store, {p.node for p in shacl if p.node}, ids)
    for p in shacl:
        p.releases = where.get(p.node, [])
    report.problems += shacl
    report.seconds["shacl"] = time.perf_counter() - started

    started = time.perf_counter()
    report.problems += check_totals(store, ids)
    report.seconds["totals"] = time.perf_counter() - started

    if reasoner:
        report.problems += run_reasoner(store, data, ids, report.seconds)
    return report
