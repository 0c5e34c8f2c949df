"""Centrality over the entity network: which officers, teams and places hold it together.

Releases and outcomes are left out of the network measured here: every release names all it
mentions, so counting them would make each release a hub and say little about the entities.
Betweenness is exact up to 2,000 nodes and sampled (seeded, 300 pivots) above that.
"""
from __future__ import annotations

import networkx as nx

KINDS_MEASURED = ("officer", "team", "place", "force", "operation", "person")


def entity_network(g: nx.MultiDiGraph) -> nx.Graph:
    keep = [n for n, d in g.nodes(data=True) if d["kind"] in KINDS_MEASURED]
    return nx.Graph(g.subgraph(keep).to_undirected(as_view=True))


def co_mention_network(g: nx.MultiDiGraph) -> nx.Graph:
    """Entities joined by their direct relations and by being named in the same release."""
    und = entity_network(g)
    for r, d in g.nodes(data=True):
        if d["kind"] != "release":
            continue
        named = [o for o in g.successors(r) if o in und]
        for i, a in enumerate(named):
            for b in named[i + 1:]:
                if not und.has_edge(a, b):
                    und.add_edge(a, b)
    return und


def centrality(g: nx.MultiDiGraph, top: int = 5, kinds=("officer", "team", "place")) -> dict[str, list[dict]]:
    """The `top` nodes of each kind by betweenness, then degree, in the co-mention network."""
    und = co_mention_network(g)
    if len(und) == 0:
        return {k: [] for k in kinds}
    k = None if len(und) <= 2000 else 300
    between = nx.betweenness_centrality(und, k=k, seed=7)
    out: dict[str, list[dict]] = {}
    for kind in kinds:
        ranked = sorted((n for n in und if g.nodes[n]["kind"] == kind),
                        key=lambda n: (-between[n], -und.degree(n), g.nodes[n]["label"]))
        out[kind] = [{"label": g.nodes[n]["label"], "iri": n, "betweenness": round(between[n], 4),
                      "degree": und.degree(n)} for n in ranked[:top]]
    return out


def format_centrality(table: dict[str, list[dict]]) -> str:
    lines = []
    for kind, rows in table.items():
        lines.append(f"most central {kind}s:" + ("" if rows else " none"))
        for r in rows:
            lines.append(f"  {r['label']:40} betweenness {r['betweenness']:.4f}  degree {r['degree']}")
    return "\n".join(lines)
