"""Talking to a SPARQL 1.1 store over HTTP: run named queries there, and push the graph to it.

* `run_remote_query` sends a named query to a SPARQL query endpoint (the Protocol's POST with a
  form-encoded `query`) and reads `application/sparql-results+json`. Parameters are bound by a
  `VALUES` block of properly escaped RDF terms (the same typed terms `kg.named_queries.bind` makes)
  placed at the start of the query's outermost `WHERE` group, never by pasting text.
* `push` copies each release's named graph with the Graph Store HTTP Protocol: `PUT
  <gsp-url>?graph=<graph IRI>` with the graph as N-Triples, which replaces whatever that
  graph held before. Releases removed locally are not deleted remotely.

Only the standard library speaks HTTP here, so nothing ties this to one vendor's store.
"""
from __future__ import annotations

import base64
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import EndpointError, QueryError
from kg.named_queries import NamedQuery, bind, plain_literal
from kg.store import Store

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
TIMEOUT = float(os.environ.get("KG_HTTP_TIMEOUT", "120"))

_OUTER_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


# ---------------------------------------------------------------------------- HTTP


def _auth_headers() -> dict[str, str]:
    """Basic authentication from $KG_ENDPOINT_USER and $KG_ENDPOINT_PASSWORD, when set."""
    user = os.environ.get("KG_ENDPOINT_USER")
    if not user:
        return {}
    token = base64.b64encode(f"{user}:{os.environ.get('KG_ENDPOINT_PASSWORD', '')}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _request(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
    req = urllib.request.Request(url, data=body, method=method, headers={**headers, **_auth_headers()})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise EndpointError(f"{method} {url} answered HTTP {exc.code} {exc.reason}"
                            + (f": {detail[0][:300]}" if detail else "")) from exc
    except urllib.error.URLError as exc:
        raise EndpointError(f"cannot reach {url}: {exc.reason}",
                            hint="check the URL and that the server is running") from exc
    except TimeoutError as exc:
        raise EndpointError(f"{method} {url} timed out after {TIMEOUT:.0f}s",
                            hint="raise $KG_HTTP_TIMEOUT") from exc


# ---------------------------------------------------------------------------- queries


def values_block(query: NamedQuery, params: dict[str, str]) -> str:
    """`VALUES (?a ?b) { (term term) }` for the given parameters, each an escaped RDF term."""
    terms = bind(query, params)  # validates names, types and required parameters
    if not terms:
        return ""
    names = " ".join(f"?{var.value}" for var in terms)
    row = " ".join(str(term) for term in terms.values())  # N-Triples syntax: quotes and IRIs escaped
    return f"VALUES ({names}) {{ ({row}) }}"


def with_values(query: NamedQuery, params: dict[str, str]) -> str:
    """The query text with its parameters bound in a VALUES block inside the outermost WHERE group."""
    block = values_block(query, params)
    if not block:
        return query.sparql
    # the first WHERE outside comments opens the outermost group (sub-queries come after it)
    offset = 0
    for line in query.sparql.splitlines(keepends=True):
        if not line.lstrip().startswith("#"):
            m = _OUTER_WHERE.search(line)
            if m:
                at = offset + m.end()
                return query.sparql[:at] + "\n  " + block + "\n" + query.sparql[at:]
        offset += len(line)
    raise QueryError(f"query {query.name!r} has parameters but no WHERE {{ ... }} group to bind them in",
                     hint="write the keyword WHERE before the query's outermost group")


def parse_results_json(data: bytes, url: str) -> tuple[list[str], list[list]]:
    """SPARQL 1.1 Query Results JSON to column names and rows of plain Python values."""
    try:
        doc = json.loads(data)
        columns = list(doc["head"]["vars"])
        bindings = doc["results"]["bindings"]
    except (ValueError, KeyError, TypeError) as exc:
        raise EndpointError(f"{url} did not answer with SPARQL results JSON ({exc})",
                            hint="is this the query endpoint, e.g. http://localhost:7878/query?") from exc
    rows = []
    for b in bindings:
        row = []
        for c in columns:
            cell = b.get(c)
            if cell is None:
                row.append(None)
            elif cell.get("type") in ("literal", "typed-literal"):
                row.append(plain_literal(cell["value"], cell.get("datatype", "")))
            else:
                row.append(cell["value"])
        rows.append(row)
    return columns, rows


def run_remote_query(endpoint: str, query: NamedQuery, params: dict[str, str] | None = None
                     ) -> tuple[list[str], list[list]]:
    """Run a named SELECT query at a SPARQL endpoint; same columns and values as `run_query`."""
    text = with_values(query, params or {})
    body = urllib.parse.urlencode({"query": text}).encode("utf-8")
    data = _request("POST", endpoint, body, {"Content-Type": "application/x-www-form-urlencoded",
                                             "Accept": RESULTS_JSON})
    return parse_results_json(data, endpoint)


# ---------------------------------------------------------------------------- push


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0


def graph_url(gsp_endpoint: str, graph: str) -> str:
    """The Graph Store Protocol's indirect identification: `?graph=<IRI>` (appended with & if needed)."""
    sep = "&" if "?" in gsp_endpoint else "?"
    return f"{gsp_endpoint}{sep}{urllib.parse.urlencode({'graph': graph})}"


def push(store: Store, gsp_endpoint: str, *, on_graph: Callable[[str, int], None] | None = None) -> PushReport:
    """PUT every named graph of the store to a Graph Store HTTP Protocol endpoint."""
    report = PushReport()
    db = store.oxigraph
    for graph in store.graphs():
        node = ox.NamedNode(graph)
        triples = sum(1 for _ in db.quads_for_pattern(None, None, None, node))
        body = db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=node) or b""
        _request("PUT", graph_url(gsp_endpoint, graph), body, {"Content-Type": N_TRIPLES})
        report.graphs += 1
        report.triples += triples
        if on_graph is not None:
            on_graph(graph, triples)
    return report
