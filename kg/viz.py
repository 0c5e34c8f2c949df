"""The entity network: officers, teams, forces, places, operations and outcomes as a NetworkX graph,
drawn as an interactive pyvis page (placeholder until the viz work lands)."""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import networkx as nx

from kg.store import Store

EDGES = """
SELECT DISTINCT ?s ?sl ?st ?p ?o ?ol ?ot WHERE {
  ?s ?p ?o .
  VALUES ?p { pk:teamOf pk:servesIn org:memberOf pk:leads pk:achievedBy pk:location pk:partOfOperation
              pk:policeForceArea }
  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { ?s a ?st } OPTIONAL { ?o a ?ot }
}"""


def network(store: Store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for row in store.select(EDGES):
        s, o = row["s"].value, row["o"].value
        for node, label, kind in ((s, row.get("sl"), row.get("st")), (o, row.get("ol"), row.get("ot"))):
            if node not in g:
                g.add_node(node, label=label.value if label else node.rsplit("/", 1)[-1],
                           type=kind.value.rsplit("#", 1)[-1] if kind else "Thing")
        g.add_edge(s, o, key=row["p"].value, label=row["p"].value.rsplit("#", 1)[-1].rsplit("#", 1)[-1])
    return g


def write_graph_file(store: Store, out: BinaryIO, kind: str) -> None:
    g = nx.DiGraph(network(store))
    if kind == "graphml":
        nx.write_graphml(g, out)
    else:
        nx.write_gexf(g, out)


def write_html(store: Store, out: str | Path) -> Path:
    from pyvis.network import Network

    g = nx.DiGraph(network(store))
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in g.nodes(data=True):
        net.add_node(node, label=data["label"], title=data["type"])
    for s, o, data in g.edges(data=True):
        net.add_edge(s, o, title=data.get("label"))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(net.generate_html(), encoding="utf-8")
    return out
