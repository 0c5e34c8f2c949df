"""The entity network as a NetworkX graph, and the one-file interactive page that draws it.

Steps, each a plain function:

* `load_graph(store)`: SPARQL over the union of release graphs -> `nx.MultiDiGraph` whose nodes
  carry `kind` (force, team, officer, person, place, operation, outcome, release), `label`,
  `details` (what the page shows on hover/click), `forces` and `dates` (for filters);
* `restrict`, `neighbourhood`, `connection`, `cap`: the investigation views (a force, a date
  range, the neighbourhood of a name, the shortest connection between two names, a node cap);
* `layout(g)`: positions computed once with NetworkX (spring layout, seeded);
* `page_html(g, pos)`: the self-contained page (vis-network, shipped in the pyvis package, is
  inlined; no http(s) resource is loaded). Release text is untrusted: the data goes into the
  page as JSON with `<`, `>`, `&` escaped, the page writes text with `textContent` only, and a
  nonce-based Content-Security-Policy stops any other script from running;
* `write_graph_file`: GraphML / GEXF for Gephi (`kg export --format graphml|gexf`).
"""
from __future__ import annotations

import html
import json
import math
import random
import re
import secrets
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from kg.errors import KgError, UsageError
from kg.store import Store

PK = "https://w3id.org/policing-kg/ontology#"
ID = "https://w3id.org/policing-kg/id/"

# kind -> (legend name, colour, vis-network shape); order is the cap's keep-first order
KINDS: dict[str, tuple[str, str, str]] = {
    "force": ("Force", "#d62728", "star"),
    "team": ("Team", "#1f77b4", "square"),
    "officer": ("Officer", "#2ca02c", "dot"),
    "operation": ("Operation", "#8c564b", "hexagon"),
    "person": ("Other person / PCC", "#7f7f7f", "triangleDown"),
    "place": ("Place", "#ff7f0e", "triangle"),
    "release": ("Release", "#17becf", "box"),
    "outcome": ("Outcome", "#e377c2", "diamond"),
}
PATH_KIND = {"force": "force", "team": "team", "person": "person", "place": "place",
             "operation": "operation", "outcome": "outcome", "release": "release"}
PLACE_CLASSES = {"Place", "City", "Town", "Village", "District", "County", "Region", "Area",
                 "PoliceStation", "Court"}
RELATIONS = ("teamOf", "servesIn", "memberOf", "leads", "achievedBy", "location", "partOfOperation",
             "policeForceArea", "inCounty", "reportedIn", "mentions")

TYPES = """
SELECT ?x ?t WHERE { ?x a ?t . FILTER(STRSTARTS(STR(?t), STR(pk:))) FILTER(?t != pk:Sentence) }"""
LABELS = "SELECT ?x ?l WHERE { ?x rdfs:label ?l }"
RANKS = "SELECT ?x ?r WHERE { ?x pk:rank ?r }"
RELEASES = """
SELECT ?r ?id ?title ?url ?date WHERE {
  ?r a pk:Release . OPTIONAL { ?r pk:releaseId ?id } OPTIONAL { ?r schema:headline ?title }
  OPTIONAL { ?r schema:url ?url } OPTIONAL { ?r schema:datePublished ?date } }"""
OUTCOMES = """
SELECT ?o ?p ?v WHERE {
  ?o pk:reportedIn ?r ; ?p ?v .
  VALUES ?p { pk:count pk:years pk:valueGBP pk:quantity pk:unit pk:weaponKind pk:qualifier pk:reportedIn
              rdfs:comment } }"""
SENTENCES = "SELECT ?o ?text WHERE { ?o pk:reportedIn ?r ; pk:statedIn ?s . ?s pk:text ?text }"
EDGES = """
SELECT DISTINCT ?s ?p ?o WHERE {
  ?s ?p ?o .
  VALUES ?p { pk:teamOf pk:servesIn org:memberOf pk:leads pk:achievedBy pk:location pk:partOfOperation
              pk:policeForceArea pk:inCounty pk:reportedIn pk:mentions } }"""
INVOLVES = "SELECT ?r ?f WHERE { ?r pk:involvesForce ?f }"


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _kind_from_iri(iri: str) -> str:
    if iri.startswith(ID):
        head = iri[len(ID):].split("/", 1)[0]
        return PATH_KIND.get(head, "person")
    return "person"


def _words(text: str) -> str:
    """'AddressVisit' -> 'address visit'."""
    out = []
    for ch in text:
        if ch.isupper() and out:
            out.append(" ")
        out.append(ch.lower())
    return "".join(out)


def _number(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")


def outcome_figure(cls: str, values: dict[str, str]) -> str:
    """A short human figure: '83 arrest', '£118,650 cash seizure', '1 kg drug seizure'."""
    what = _words(cls)
    qual = {"MoreThan": "more than ", "AtLeast": "at least ", "Approximately": "about "}.get(
        _local(values.get("qualifier", "")), "")
    parts = []
    if "valueGBP" in values:
        parts.append("£" + _number(float(values["valueGBP"])))
    if "quantity" in values:
        parts.append(_number(float(values["quantity"])) + (" " + values["unit"] if "unit" in values else ""))
    if "count" in values:
        parts.append(_number(float(values["count"])))
    if "years" in values:
        parts.append(_number(float(values["years"])) + " years")
    weapon = " (" + _words(_local(values["weaponKind"])) + ")" if "weaponKind" in values else ""
    return (qual + " ".join(parts) + " " + what + weapon).strip()


# ---------------------------------------------------------------------------------------- load


def load_graph(store: Store) -> nx.MultiDiGraph:
    """Every force, team, person, place, operation, outcome and release, and the relations between them."""
    classes: dict[str, set[str]] = defaultdict(set)
    for row in store.select(TYPES):
        classes[row["x"].value].add(_local(row["t"].value))
    labels: dict[str, str] = {}
    for row in store.select(LABELS):
        labels.setdefault(row["x"].value, row["l"].value)
    ranks: dict[str, str] = {}
    for row in store.select(RANKS):
        ranks.setdefault(row["x"].value, row["r"].value)
    releases: dict[str, dict[str, str]] = {}
    for row in store.select(RELEASES):
        rel = releases.setdefault(row["r"].value, {})
        for key in ("id", "title", "url", "date"):
            if key in row:
                rel.setdefault(key, row[key].value)
    outcome_values: dict[str, dict[str, str]] = defaultdict(dict)
    for row in store.select(OUTCOMES):
        outcome_values[row["o"].value].setdefault(_local(row["p"].value), row["v"].value)
    sentences: dict[str, str] = {}
    for row in store.select(SENTENCES):
        sentences.setdefault(row["o"].value, row["text"].value)
    involves: dict[str, set[str]] = defaultdict(set)
    for row in store.select(INVOLVES):
        involves[row["r"].value].add(row["f"].value)

    g = nx.MultiDiGraph()

    def add_node(iri: str) -> None:
        if iri in g:
            return
        kind = _kind_from_iri(iri)
        cls = classes.get(iri, set())
        if "Officer" in cls:
            kind = "officer"
        elif "Force" in cls or cls & {"TerritorialPoliceForce", "RegionalOrganisedCrimeUnit", "NationalAgency"}:
            kind = "force"
        elif cls & PLACE_CLASSES:
            kind = "place"
        details: dict[str, str] = {"Type": ", ".join(sorted(_words(c) for c in cls)) or kind}
        label = labels.get(iri) or _local(iri).replace("-", " ")
        if kind == "officer" and iri in ranks:
            details["Rank"] = ranks[iri]
        if "PoliceAndCrimeCommissioner" in cls:
            details["Role"] = "Police and Crime Commissioner"
        if kind == "release":
            rel = releases.get(iri, {})
            label = rel.get("title") or rel.get("id") or label
            details.update({k.capitalize(): v for k, v in rel.items() if k in ("title", "date", "url", "id")})
        if kind == "outcome":
            values = outcome_values.get(iri, {})
            main = sorted(c for c in cls if c != "Outcome")
            label = outcome_figure(main[0] if main else "Outcome", values)
            details["Figure"] = label
            if iri in sentences:
                details["Sentence"] = sentences[iri]
            rel = releases.get(values.get("reportedIn", ""), {})
            for key in ("title", "date", "url"):
                if key in rel:
                    details["Release " + key] = rel[key]
            if "comment" in values:
                details["Note"] = values["comment"]
        g.add_node(iri, kind=kind, label=label, details=details, forces=set(), dates=set())

    for iri in classes:
        add_node(iri)
    for row in store.select(EDGES):
        s, p, o = row["s"].value, _local(row["p"].value), row["o"].value
        add_node(s)
        add_node(o)
        g.add_edge(s, o, key=p, label=p)

    # dates and forces for the filters, in one pass over the edges
    for iri, rel in releases.items():
        if iri in g:
            if "date" in rel:
                g.nodes[iri]["dates"].add(rel["date"])
            g.nodes[iri]["forces"].update(involves.get(iri, ()))
    for s, o, rel in g.edges(keys=True):
        if rel in ("mentions", "reportedIn"):
            r, x = (s, o) if rel == "mentions" else (o, s)
            g.nodes[x]["dates"].update(g.nodes[r]["dates"])
            g.nodes[x]["forces"].update(involves.get(r, ()))
    for node, data in g.nodes(data=True):
        if data["kind"] == "force":
            data["forces"].add(node)
        for nb in list(g.successors(node)):
            nkind = g.nodes[nb]["kind"]
            if nkind == "force":
                data["forces"].add(nb)
            elif nkind == "team":
                data["forces"].update(f for f in g.successors(nb) if g.nodes[f]["kind"] == "force")
    for node, data in g.nodes(data=True):
        if data["kind"] == "officer":
            teams = [g.nodes[t]["label"] for t in g.successors(node) if g.nodes[t]["kind"] == "team"]
            forces = [g.nodes[f]["label"] for f in g.successors(node) if g.nodes[f]["kind"] == "force"]
            if teams:
                data["details"]["Team"] = ", ".join(sorted(set(teams)))
            if forces:
                data["details"]["Force"] = ", ".join(sorted(set(forces)))
    return g


# ---------------------------------------------------------------------------------------- views


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose IRI or label is `name` (case-insensitive), else whose label contains it."""
    if name in g:
        return [name]
    want = name.casefold().strip()
    exact = [n for n, d in g.nodes(data=True) if d["label"].casefold() == want]
    if exact:
        return exact
    return [n for n, d in g.nodes(data=True) if want in d["label"].casefold()]


def _one(g: nx.MultiDiGraph, name: str) -> list[str]:
    found = find_nodes(g, name)
    if not found:
        raise UsageError(f"no node is named {name!r}",
                         hint="`kg stats` lists the most connected names; matching is case-insensitive")
    return found


def restrict(g: nx.MultiDiGraph, *, force: str | None = None, since: str | None = None,
             until: str | None = None) -> nx.MultiDiGraph:
    """Only what belongs to `force` (by name) and what releases dated in [since, until] name."""
    keep = set(g)
    if force:
        forces = [n for n in _one(g, force) if g.nodes[n]["kind"] == "force"]
        if not forces:
            raise UsageError(f"{force!r} is not a force in the graph", hint="`kg query forces` lists them")
        keep = {n for n in keep if g.nodes[n]["forces"] & set(forces)}
    if since or until:
        lo, hi = since or "0000-00-00", until or "9999-99-99"
        keep = {n for n in keep if not g.nodes[n]["dates"] or any(lo <= d <= hi for d in g.nodes[n]["dates"])}
    return g.subgraph(keep).copy()


def neighbourhood(g: nx.MultiDiGraph, name: str, hops: int) -> nx.MultiDiGraph:
    """Everything within `hops` relations of the node(s) called `name`, either direction."""
    und = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for start in _one(g, name):
        keep.update(nx.single_source_shortest_path_length(und, start, cutoff=hops))
    return g.subgraph(keep).copy()


def connection(g: nx.MultiDiGraph, a: str, b: str, limit: int = 10) -> nx.MultiDiGraph:
    """The shortest connections (up to `limit` of them) between the nodes called `a` and `b`."""
    und = nx.Graph(g.to_undirected(as_view=True))
    keep: set[str] = set()
    sources, targets = _one(g, a), _one(g, b)
    for s in sources:
        for t in targets:
            if s == t:
                continue
            try:
                for i, path in enumerate(nx.all_shortest_paths(und, s, t)):
                    keep.update(path)
                    if i + 1 >= limit:
                        break
            except nx.NetworkXNoPath:
                continue
    if not keep:
        raise KgError(f"{a!r} and {b!r} are not connected in the graph")
    return g.subgraph(keep).copy()


@dataclass
class Capped:
    graph: nx.MultiDiGraph
    left_out: Counter = field(default_factory=Counter)


def cap(g: nx.MultiDiGraph, max_nodes: int) -> Capped:
    """Keep at most `max_nodes`: forces, teams, officers, operations first; outcomes last; busiest first."""
    if len(g) <= max_nodes:
        return Capped(g)
    order = list(KINDS)
    ranked = sorted(g.nodes, key=lambda n: (order.index(g.nodes[n]["kind"]), -g.degree(n), n))
    keep = ranked[:max_nodes]
    left = Counter(g.nodes[n]["kind"] for n in ranked[max_nodes:])
    return Capped(g.subgraph(keep).copy(), left)


# ---------------------------------------------------------------------------------------- layout


def layout(g: nx.Graph, seed: int = 7, backbone: int = 400) -> dict[str, tuple[float, float]]:
    """Positions in pixels, computed once: each connected component laid out on its own, then the
    components packed in rows, biggest first (so small islands do not crush the big one)."""
    und = nx.Graph(g.to_undirected(as_view=True)) if g.is_directed() or g.is_multigraph() else g
    comps = sorted(nx.connected_components(und), key=lambda c: (-len(c), min(map(str, c))))
    if not comps:
        return {}
    boxes = []
    for comp in comps:
        local = _component_layout(und.subgraph(comp), seed, backbone)
        xs = [x for x, _ in local.values()]
        ys = [y for _, y in local.values()]
        boxes.append((local, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    gap = 120.0
    row_width = max(max(b[3] for b in boxes), math.sqrt(sum((b[3] + gap) * (b[4] + gap) for b in boxes)) * 1.6)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for local, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (nx_, ny_) in local.items():
            pos[node] = (x + nx_ - x0, y + ny_ - y0)
        x += w + gap
        row_height = max(row_height, h)
    return pos


def _component_layout(comp: nx.Graph, seed: int, backbone: int) -> dict[str, tuple[float, float]]:
    """One connected component. Up to `backbone` nodes: NetworkX's spring layout. Bigger: the
    spring layout over the `backbone` busiest nodes, then every other node placed breadth-first on
    a spiral round the neighbour that reached it (linear in the size of the component)."""
    n = len(comp)
    if n == 1:
        return {next(iter(comp)): (0.0, 0.0)}
    scale = 110.0 * math.sqrt(n) + 40.0
    if n <= backbone:
        pos = nx.spring_layout(comp, seed=seed, scale=scale)
        return {k: (float(x), float(y)) for k, (x, y) in pos.items()}
    hubs = sorted(comp.nodes, key=lambda v: (-comp.degree(v), str(v)))[:backbone]
    core = comp.subgraph(hubs)
    pos = {k: (float(x), float(y)) for k, (x, y) in nx.spring_layout(core, seed=seed, scale=scale).items()}
    rng = random.Random(seed)
    children: Counter = Counter()
    frontier = list(hubs)
    while frontier:
        nxt = []
        for v in frontier:
            vx, vy = pos[v]
            for w in comp.neighbors(v):
                if w in pos:
                    continue
                k = children[v]
                children[v] += 1
                angle = k * 2.399963 + rng.random() * 0.3  # golden angle: an even spiral round v
                r = 25.0 + 6.0 * math.sqrt(k)
                pos[w] = (vx + r * math.cos(angle), vy + r * math.sin(angle))
                nxt.append(w)
        frontier = nxt
    return pos


# ---------------------------------------------------------------------------------------- page


def _vis_assets() -> tuple[str, str]:
    import pyvis

    base = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    # only `</script` / `</style` could end the inline element early; none ship in 9.1.2, keep it so
    for text, tag in ((js, "script"), (css, "style")):
        if re.search(rf"</{tag}", text, re.IGNORECASE):
            raise KgError(f"the bundled vis-network file holds '</{tag}' and cannot be inlined", path=base)
    return js, css


def script_json(data) -> str:
    """JSON safe to put inside <script>: no `<`, `>`, `&` or line separators left raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def page_data(g: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], *, title: str, notes: list[str]) -> dict:
    """The nodes and edges as compact lists, in the order the page feeds them to vis-network."""
    index = {iri: i for i, iri in enumerate(g.nodes)}
    force_names = {}
    degree = dict(g.degree())
    nodes = []
    for iri, d in g.nodes(data=True):
        for f in d["forces"]:
            if f in g:
                force_names[f] = g.nodes[f]["label"]
        x, y = pos.get(iri, (0.0, 0.0))
        nodes.append({"id": index[iri], "iri": iri, "k": d["kind"], "l": d["label"], "x": round(x, 1),
                      "y": round(y, 1), "deg": degree[iri], "f": sorted(index[f] for f in d["forces"] if f in index),
                      "d": sorted(d["dates"]), "info": d["details"]})
    merged: dict[tuple[int, int], list[str]] = {}
    for s, o, key in g.edges(keys=True):
        merged.setdefault((index[s], index[o]), []).append(key)
    edges = [{"from": s, "to": o, "l": ", ".join(sorted(rels))} for (s, o), rels in merged.items()]
    forces = sorted(((index[f], name) for f, name in force_names.items()), key=lambda t: t[1])
    return {"title": title, "notes": notes, "kinds": {k: list(v) for k, v in KINDS.items()},
            "forces": forces, "nodes": nodes, "edges": edges}


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
body {{ margin: 0; font: 14px/1.35 "DejaVu Sans", Arial, sans-serif; color: #222; display: flex; height: 100vh; }}
#side {{ width: 330px; padding: 10px 12px; overflow-y: auto; border-right: 1px solid #ccc; background: #fafafa; box-sizing: border-box; }}
#graph {{ flex: 1; position: relative; }}
#net {{ position: absolute; inset: 0; }}
h1 {{ font-size: 17px; margin: 0 0 6px; }}
h2 {{ font-size: 13px; margin: 12px 0 4px; text-transform: uppercase; color: #555; }}
label {{ display: block; margin: 2px 0; }}
select, input[type=search], input[type=date] {{ width: 100%; box-sizing: border-box; margin: 2px 0; }}
.sw {{ display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; border: 1px solid #0004; }}
#details dt {{ font-weight: bold; margin-top: 4px; }}
#details dd {{ margin: 0 0 2px 0; word-wrap: break-word; }}
#status, .note {{ color: #555; font-size: 12px; }}
button {{ margin: 4px 4px 0 0; }}
</style></head>
<body>
<div id="side">
  <h1 id="title"></h1>
  <div id="status"></div>
  <div id="notes"></div>
  <h2>Search</h2>
  <input type="search" id="search" placeholder="name, place, operation, headline…">
  <div id="search-result" class="note"></div>
  <h2>Force</h2>
  <select id="force"><option value="">all forces</option></select>
  <h2>Date range</h2>
  <label>from <input type="date" id="since"></label>
  <label>to <input type="date" id="until"></label>
  <h2>Node types</h2>
  <div id="legend"></div>
  <button id="physics" type="button">physics: off</button><button id="fit" type="button">fit</button>
  <h2>Details</h2>
  <div class="note">hover or click a node</div>
  <dl id="details"></dl>
</div>
<div id="graph"><div id="net"></div></div>
<script id="kg-data" type="application/json">{data}</script>
<script nonce="{nonce}">{vis_js}</script>
<script nonce="{nonce}">{app_js}</script>
</body></html>
"""

APP_JS = r"""
"use strict";
window.kgStart = performance.now();
const DATA = JSON.parse(document.getElementById("kg-data").textContent);
window.kgData = DATA;
const byId = new Map(DATA.nodes.map(n => [n.id, n]));
const el = id => document.getElementById(id);
el("title").textContent = DATA.title;
document.title = DATA.title;
for (const note of DATA.notes) { const p = document.createElement("p"); p.className = "note"; p.textContent = note; el("notes").appendChild(p); }

const shown = {};
for (const [kind, [name, colour, shape]] of Object.entries(DATA.kinds)) {
  shown[kind] = true;
  const count = DATA.nodes.filter(n => n.k === kind).length;
  const lab = document.createElement("label");
  const box = document.createElement("input"); box.type = "checkbox"; box.checked = true; box.dataset.kind = kind;
  box.addEventListener("change", () => { shown[kind] = box.checked; refresh(); });
  const sw = document.createElement("span"); sw.className = "sw"; sw.style.background = colour;
  if (shape === "dot" || shape === "ellipse") sw.style.borderRadius = "50%";
  lab.append(box, sw, document.createTextNode(name + " (" + shape + ", " + count + ")"));
  el("legend").appendChild(lab);
}
for (const [id, name] of DATA.forces) {
  const opt = document.createElement("option"); opt.value = String(id); opt.textContent = name; el("force").appendChild(opt);
}

function visNode(n) {
  const [, colour, shape] = DATA.kinds[n.k];
  const label = n.l.length > 40 ? n.l.slice(0, 38) + "…" : n.l;
  const size = 8 + Math.min(22, 3 * Math.sqrt(n.deg));
  return { id: n.id, label: label, x: n.x, y: n.y, shape: shape, size: size,
           color: { background: colour, border: "#333", highlight: { background: colour, border: "#000" } },
           font: n.k === "release" ? { size: 10, color: "#fff" } : { size: 12 } };
}
const nodes = new vis.DataSet(DATA.nodes.map(visNode));
const edges = new vis.DataSet(DATA.edges.map((e, i) => ({ id: i, from: e.from, to: e.to, label: e.l })));

let forceFilter = null, since = "", until = "";
const visible = new Set();
function nodeVisible(n) {
  if (!shown[n.k]) return false;
  if (forceFilter !== null && !n.f.includes(forceFilter)) return false;
  if ((since || until) && n.d.length) {
    const lo = since || "0000", hi = until || "9999";
    if (!n.d.some(d => d >= lo && d <= hi + "~")) return false;
  }
  return true;
}
function recompute() { visible.clear(); for (const n of DATA.nodes) if (nodeVisible(n)) visible.add(n.id); }
recompute();
const nodeView = new vis.DataView(nodes, { filter: item => visible.has(item.id) });
const edgeView = new vis.DataView(edges, { filter: item => visible.has(item.from) && visible.has(item.to) });
const big = DATA.nodes.length > 1500;
const options = {
  physics: { enabled: false, solver: "barnesHut", stabilization: false },
  layout: { improvedLayout: false, randomSeed: 7 },
  interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 150 },
  edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, smooth: false, color: { color: "#999", highlight: "#333" },
           font: { size: 9, color: "#555", strokeWidth: 2, align: "middle" }, width: 1 },
  nodes: { borderWidth: 1 },
};
const network = new vis.Network(el("net"), { nodes: nodeView, edges: edgeView }, options);
window.kgNetwork = network;
window.kgVisibleCount = () => visible.size;
network.once("afterDrawing", () => {
  window.kgDrawMs = performance.now() - window.kgStart;
  window.kgReady = true;
  status();
});
function status() {
  el("status").textContent = visible.size + " of " + DATA.nodes.length + " nodes shown, " + DATA.edges.length +
    " relations" + (window.kgDrawMs ? "; drawn in " + Math.round(window.kgDrawMs) + " ms" : "");
}
function refresh() { recompute(); nodeView.refresh(); edgeView.refresh(); status(); }

el("force").addEventListener("change", e => { forceFilter = e.target.value === "" ? null : Number(e.target.value); refresh(); });
el("since").addEventListener("change", e => { since = e.target.value; refresh(); });
el("until").addEventListener("change", e => { until = e.target.value; refresh(); });
let physicsOn = false;
el("physics").addEventListener("click", () => {
  physicsOn = !physicsOn; network.setOptions({ physics: { enabled: physicsOn } });
  el("physics").textContent = "physics: " + (physicsOn ? "on" : "off");
});
el("fit").addEventListener("click", () => network.fit());

let timer = null;
el("search").addEventListener("input", e => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const q = e.target.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); el("search-result").textContent = ""; return; }
    const hits = DATA.nodes.filter(n => visible.has(n.id) &&
      (n.l.toLowerCase().includes(q) || Object.values(n.info).some(v => String(v).toLowerCase().includes(q)))).map(n => n.id);
    el("search-result").textContent = hits.length + " match" + (hits.length === 1 ? "" : "es");
    network.selectNodes(hits.slice(0, 500));
    if (hits.length) network.fit({ nodes: hits.slice(0, 500), animation: false });
    if (hits.length === 1) show(hits[0]);
  }, 150);
});

function safeUrl(u) { return /^https?:\/\//i.test(u) ? u : null; }
function show(id) {
  const n = byId.get(id), dl = el("details");
  dl.replaceChildren();
  if (!n) return;
  const add = (k, v) => {
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd");
    const url = /url$/i.test(k) ? safeUrl(String(v)) : null;
    if (url) { const a = document.createElement("a"); a.href = url; a.textContent = url; a.rel = "noopener noreferrer"; a.target = "_blank"; dd.appendChild(a); }
    else dd.textContent = String(v);
    dl.append(dt, dd);
  };
  add("Name", n.l);
  for (const [k, v] of Object.entries(n.info)) add(k, v);
  add("Relations", n.deg);
  add("IRI", n.iri);
}
let pinned = null;
network.on("hoverNode", p => { if (pinned === null) show(p.node); });
network.on("click", p => { pinned = p.nodes.length ? p.nodes[0] : null; if (pinned !== null) show(pinned); });
"""


def page_html(g: nx.MultiDiGraph, pos: dict, *, title: str = "policing-kg: entity network",
              notes: list[str] | None = None) -> str:
    vis_js, vis_css = _vis_assets()
    data = page_data(g, pos, title=title, notes=notes or [])
    return PAGE.format(nonce=secrets.token_urlsafe(16), title=html.escape(title), vis_css=vis_css,
                       data=script_json(data), vis_js=vis_js, app_js=APP_JS)


@dataclass
class VizResult:
    path: Path
    nodes: int
    edges: int
    left_out: Counter
    graph: nx.MultiDiGraph


def write_html(store: Store, out: str | Path, *, focus: str | None = None, hops: int = 2,
               path: tuple[str, str] | None = None, force: str | None = None, since: str | None = None,
               until: str | None = None, max_nodes: int = 5000) -> Path:
    return render(store, out, focus=focus, hops=hops, path=path, force=force, since=since, until=until,
                  max_nodes=max_nodes).path


def render(store: Store, out: str | Path, *, focus: str | None = None, hops: int = 2,
           path: tuple[str, str] | None = None, force: str | None = None, since: str | None = None,
           until: str | None = None, max_nodes: int = 5000) -> VizResult:
    """Load, narrow, cap, lay out and write the page; say what was left out."""
    g = load_graph(store)
    notes = []
    if force or since or until:
        g = restrict(g, force=force, since=since, until=until)
        notes.append("Restricted to " + ", ".join(
            x for x in (f"force {force}" if force else "", f"since {since}" if since else "",
                        f"until {until}" if until else "") if x) + ".")
    title = "policing-kg: entity network"
    if path:
        g = connection(g, path[0], path[1])
        title = f"policing-kg: how {path[0]} connects to {path[1]}"
    elif focus:
        g = neighbourhood(g, focus, hops)
        title = f"policing-kg: {focus} and {hops} hop{'s' if hops != 1 else ''} around"
    capped = cap(g, max_nodes)
    if capped.left_out:
        notes.append(f"Left out {sum(capped.left_out.values())} nodes over the cap of {max_nodes} ("
                     + ", ".join(f"{n} {k}" for k, n in capped.left_out.most_common()) + ").")
    g = capped.graph
    pos = layout(g)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page_html(g, pos, title=title, notes=notes), encoding="utf-8")
    return VizResult(target, g.number_of_nodes(), g.number_of_edges(), capped.left_out, g)


# ---------------------------------------------------------------------------------------- files


def write_graph_file(store: Store, out: BinaryIO, kind: str) -> None:
    """GraphML or GEXF of the entity network: every node has `type` and `label`, every edge `label`."""
    g = load_graph(store)
    flat = nx.DiGraph()
    for node, d in g.nodes(data=True):
        attrs = {"type": d["kind"], "label": d["label"]}
        for k, v in d["details"].items():
            attrs["class" if k == "Type" else k.lower().replace(" ", "_")] = str(v)
        attrs["dates"] = " ".join(sorted(d["dates"]))
        flat.add_node(node, **attrs)
    for s, o, key in g.edges(keys=True):
        if flat.has_edge(s, o):
            flat[s][o]["label"] = ", ".join(sorted(set(flat[s][o]["label"].split(", ")) | {key}))
        else:
            flat.add_edge(s, o, label=key)
    if kind == "graphml":
        nx.write_graphml(flat, out)
    elif kind == "gexf":
        nx.write_gexf(flat, out)
    else:
        raise UsageError(f"unknown graph file kind {kind!r}", hint="graphml or gexf")
