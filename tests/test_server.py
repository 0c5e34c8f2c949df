"""A real Oxigraph server: `kg push` loads it, `kg query --endpoint` asks it, `kg serve` serves a store.

These tests need the `oxigraph` server program (a dependency of the project); when it is
missing they fail with the reason, they do not skip.
"""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from conftest import kg_command, run_kg
from kg.errors import EndpointError
from kg.named_queries import load_query, named_queries, run_query
from kg.remote import graph_url, push, run_remote_query, with_values
from kg.server import find_oxigraph, start, stop, url_for, wait_until_listening
from kg.store import Store
from kg.mapping import release_quads
from kg.namespace import graph_iri
from test_queries import PARAMS, build_gold_store, gold_records, hand_release

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold-local") / "store"
    build_gold_store(path)
    store = Store(path)
    release, facts, _ = hand_release()  # the gold has no sentence spans; this release has
    store.replace_graph(str(graph_iri(release.id)), release_quads(release, facts))
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """An empty Oxigraph server on a free loopback port, over a temporary store directory."""
    find_oxigraph()  # fails the tests (not skips) when the program is missing
    path = tmp_path_factory.mktemp("remote") / "store"
    Store(path).close()  # an empty store directory for the server to own
    port = free_port()
    proc = start(path, HOST, port, quiet_stderr=True)
    yield url_for(HOST, port)
    stop(proc)
    assert proc.poll() is not None


@pytest.fixture(scope="module")
def pushed(server, gold_store):
    report = push(gold_store, server.store)
    return report


def test_push_puts_one_graph_per_release(pushed, server, gold_store):
    assert pushed.graphs == len(gold_records()) + 1 == len(gold_store.graphs())
    assert pushed.triples == len(gold_store)
    rows = run_remote_query(server.query, load_query_text(
        "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }"))[1]
    assert rows == [[pushed.graphs, pushed.triples]]


def load_query_text(sparql: str):
    from kg.named_queries import parse_query

    return parse_query("adhoc", sparql)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_remote_answers_equal_local(pushed, server, gold_store, name):
    query = load_query(name)
    params = PARAMS.get(name, {})
    local = run_query(gold_store, query, params)
    remote = run_remote_query(server.query, query, params)
    assert remote == local
    assert local[1], f"{name} returns no rows on the gold graph, so the comparison proves little"


@pytest.mark.parametrize("name, params", [
    ("outcome_provenance", {"release": "dev01"}),
    ("releases_mentioning_place", {"place": "blackpool"}),
    ("releases_mentioning_person", {"name": 'o" } ; DROP ALL ; SELECT * { "'}),
    ("releases_between", {"from": "2023-01-01", "to": "2023-12-31"}),
])
def test_remote_params_bind_like_local(pushed, server, gold_store, name, params):
    query = load_query(name)
    assert run_remote_query(server.query, query, params) == run_query(gold_store, query, params)


def test_values_block_escapes_terms():
    text = with_values(load_query("releases_mentioning_place"), {"place": 'a"b\\c\nd'})
    assert 'VALUES (?place) { ("a\\"b\\\\c\\nd") }' in text
    assert text.index("VALUES") > text.index("WHERE")


def test_push_again_replaces_each_release_graph(server, tmp_path):
    path = tmp_path / "store"
    store = Store(path)
    g = "https://w3id.org/policing-kg/id/graph/push-twice"
    s = ox.NamedNode("https://w3id.org/policing-kg/id/release/push-twice")
    p = ox.NamedNode("https://w3id.org/policing-kg/ontology#releaseId")
    store.replace_graph(g, [ox.Quad(s, p, ox.Literal("first"), ox.NamedNode(g))])
    push(store, server.store)
    store.replace_graph(g, [ox.Quad(s, p, ox.Literal("second"), ox.NamedNode(g))])
    push(store, server.store)
    store.close()
    ask = load_query_text(f"SELECT ?id WHERE {{ GRAPH <{g}> {{ ?r ?p ?id }} }}")
    assert run_remote_query(server.query, ask)[1] == [["second"]]


def test_graph_url_encodes_the_graph_iri():
    assert graph_url("http://h/store", "https://x/g/a b") == "http://h/store?graph=https%3A%2F%2Fx%2Fg%2Fa+b"
    assert graph_url("http://h/ds?default-graph-uri=", "urn:x").startswith("http://h/ds?default-graph-uri=&graph=")


def test_unreachable_endpoint_is_a_clear_error():
    port = free_port()
    with pytest.raises(EndpointError, match=f"cannot reach http://127.0.0.1:{port}/query"):
        run_remote_query(f"http://127.0.0.1:{port}/query", load_query("top_places"))


def test_wrong_endpoint_kind_is_a_clear_error(server):
    with pytest.raises(EndpointError, match="HTTP 4"):
        run_remote_query(server.base + "/no-such-path", load_query("top_places"))


# ---------------------------------------------------------------------------- through the command


def test_cli_push_then_query_endpoint(server, tmp_path):
    path = tmp_path / "store"
    build_gold_store(path)
    proc = run_kg("push", "--store", path, "--endpoint", server.store, "--quiet", check=True)
    assert f"pushed {len(gold_records())} graphs" in proc.stdout
    local = run_kg("query", "county_lines_by_force", "--store", path, "--format", "json", check=True).stdout
    remote = run_kg("query", "county_lines_by_force", "--endpoint", server.query, "--format", "json",
                    check=True).stdout
    assert json.loads(remote) == json.loads(local) and json.loads(local)


@pytest.fixture
def kg_serve(tmp_path):
    """`kg serve` over a gold store on a free port; stopped (with its oxigraph child) afterwards."""
    path = tmp_path / "store"
    build_gold_store(path)
    port = free_port()
    proc = subprocess.Popen(kg_command() + ["serve", "--store", str(path), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_listening(proc, HOST, port)
        yield proc, url_for(HOST, port)
    finally:
        children = psutil.Process(proc.pid).children(recursive=True) if proc.poll() is None else []
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        gone, alive = psutil.wait_procs(children, timeout=10)
        for child in alive:  # only our own server's children, by pid
            child.kill()
        assert not alive, "kg serve left its oxigraph server running"


def test_kg_serve_answers_a_standard_client(kg_serve):
    proc, urls = kg_serve
    client = SPARQLWrapper(urls.query)
    client.setReturnFormat(JSON)
    client.setQuery("PREFIX pk: <https://w3id.org/policing-kg/ontology#> "
                    "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a pk:Release }")  # no GRAPH: union default
    result = client.queryAndConvert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) == len(gold_records())
    page = subprocess.run(["curl", "-sf", urls.base + "/"], capture_output=True, text=True, timeout=30)
    assert page.returncode == 0 and "<html" in page.stdout.lower()


def test_kg_serve_says_where_and_stops_on_sigterm(kg_serve):
    proc, urls = kg_serve
    deadline = time.monotonic() + 10
    lines = []
    while time.monotonic() < deadline and not any("/query" in line for line in lines):
        lines.append(proc.stdout.readline())
    text = "".join(lines)
    assert f"{urls.base}/query" in text and f"{urls.base}/" in text


def test_kg_serve_without_a_store_says_so(tmp_path):
    proc = run_kg("serve", "--store", tmp_path / "nothing", "--port", str(free_port()), timeout=60)
    assert proc.returncode == 4 and "no store here" in proc.stderr


def test_kg_serve_on_a_busy_port_says_so(tmp_path):
    path = tmp_path / "store"
    Store(path).close()
    with socket.socket() as busy:
        busy.bind((HOST, 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = run_kg("serve", "--store", path, "--port", str(port), timeout=60)
    assert proc.returncode == 8 and f"cannot listen on 127.0.0.1:{port}" in proc.stderr
