"""Nothing lost: builds repeat exactly, a rebuilt release replaces only its own facts, a killed
build leaves whole releases only, and the Turtle export holds every fact `kg facts` prints."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic, to_isomorphic

from conftest import DEVSET, ROOT, SEEDS, kg_command, run_kg
from kg.namespace import graph_iri
from kg.store import Store

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic  # noqa: E402

PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def dataset(store: Path) -> rdflib.Dataset:
    """The whole store as an rdflib Dataset, through the N-Quads export."""
    ds = rdflib.Dataset()
    ds.parse(data=run_kg("export", "--store", store, "--format", "nquads", check=True).stdout, format="nquads")
    return ds


def graph_sizes(store: Path) -> dict[str, int]:
    db = ox.Store.read_only(str(store))
    return {row["g"].value: int(row["n"].value) for row in db.query(PER_GRAPH)}


def release_graph(store: Path, release_id: str) -> set:
    db = ox.Store.read_only(str(store))
    return set(db.quads_for_pattern(None, None, None, ox.NamedNode(str(graph_iri(release_id)))))


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Seeds and devset in one folder, so a test can change one file."""
    d = tmp_path / "corpus"
    d.mkdir()
    for src in (SEEDS, DEVSET):
        for f in sorted(src.iterdir()):
            shutil.copy(f, d / f.name)
    return d


def test_building_twice_gives_an_isomorphic_graph(corpus, tmp_path):
    run_kg("build", corpus, "--store", tmp_path / "a", "-q", check=True)
    run_kg("build", corpus, "--store", tmp_path / "b", "-q", "--workers", "2", check=True)
    a, b = dataset(tmp_path / "a"), dataset(tmp_path / "b")
    assert len(a) == len(b) > 0
    assert {g.identifier for g in a.graphs()} == {g.identifier for g in b.graphs()}
    for g in a.graphs():
        assert isomorphic(g, b.graph(g.identifier)), g.identifier
    union_a, union_b = rdflib.Graph(), rdflib.Graph()
    for s, p, o, _ in a.quads():
        union_a.add((s, p, o))
    for s, p, o, _ in b.quads():
        union_b.add((s, p, o))
    assert to_isomorphic(union_a) == to_isomorphic(union_b)


def test_rebuilding_one_release_replaces_only_its_facts(corpus, tmp_path):
    store = tmp_path / "s"
    run_kg("build", corpus, "--store", store, "-q", check=True)
    before = graph_sizes(store)
    others_before = {rid: release_graph(store, rid) for rid in ("dev01", "dev21", "dev26")}
    target = corpus / "dev02.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n\nA closing line added for the rebuild test.\n",
                      encoding="utf-8")
    run_kg("build", target, "--store", store, "-q", check=True)
    after = graph_sizes(store)
    assert set(after) == set(before)  # no graph added or lost
    changed = {g for g in after if after[g] != before[g]}
    assert changed <= {str(graph_iri("dev02"))}
    bodies = [q.object.value for q in release_graph(store, "dev02")
              if q.predicate.value == "https://schema.org/articleBody"]
    assert len(bodies) == 1 and bodies[0].endswith("added for the rebuild test.")
    for rid, quads in others_before.items():
        assert release_graph(store, rid) == quads


def test_a_killed_build_leaves_whole_releases_only(tmp_path):
    folder = synthetic.generate(tmp_path / "syn", 1500, seed=11)
    clean = tmp_path / "clean"
    t0 = time.perf_counter()
    run_kg("build", folder, "--store", clean, "-q", check=True, timeout=900)
    clean_seconds = time.perf_counter() - t0
    clean_sizes = graph_sizes(clean)
    assert len(clean_sizes) == 1500

    killed = tmp_path / "killed"
    proc = subprocess.Popen(kg_command() + ["build", str(folder), "--store", str(killed), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(max(0.5, clean_seconds * 0.5))
    assert proc.poll() is None, "the build finished before it could be killed; make the corpus bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    sizes = graph_sizes(killed)  # the store opens after a kill
    assert 0 < len(sizes) < len(clean_sizes), f"killed after {len(sizes)} releases"
    for g, n in sizes.items():
        assert n == clean_sizes[g], f"{g}: {n} triples, a clean build has {clean_sizes[g]}"
    db = ox.Store.read_only(str(killed))
    ids = {row["id"].value for row in db.query(
        "SELECT ?id WHERE { GRAPH ?g { ?r a <https://w3id.org/policing-kg/ontology#Release> ; "
        "<https://w3id.org/policing-kg/ontology#releaseId> ?id ; <https://schema.org/articleBody> ?t } }")}
    assert {str(graph_iri(i)) for i in ids} == set(sizes)
    del db

    run_kg("build", folder, "--store", killed, "-q", check=True, timeout=900)  # and it finishes the job
    assert graph_sizes(killed) == clean_sizes


def _leaves(value):
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in ("type", "qualifier", "role", "unit", "weapon", "span"):
                yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    elif value is not None and not isinstance(value, bool):
        yield value


def test_every_fact_is_in_the_turtle_export_and_it_reloads(tmp_path):
    store, ttl = tmp_path / "s", tmp_path / "kg.ttl"
    run_kg("build", SEEDS, DEVSET, "--store", store, "-q", "--turtle", ttl, check=True)
    exported = rdflib.Graph().parse(ttl, format="turtle")
    union = rdflib.Graph()
    for s, p, o, _ in dataset(store).quads():
        union.add((s, p, o))
    assert isomorphic(exported, union)  # reloads to the same graph, nothing lost or added

    literals = {str(o) for o in exported.objects() if isinstance(o, rdflib.Literal)}
    numbers = {float(o) for o in exported.objects() if isinstance(o, rdflib.Literal)
               and o.datatype in (rdflib.XSD.integer, rdflib.XSD.decimal)}
    records = [json.loads(line) for line in run_kg("facts", "--store", store, check=True).stdout.splitlines()]
    assert len(records) == 33
    for rec in records:
        for leaf in _leaves(rec):
            if isinstance(leaf, (int, float)):
                assert float(leaf) in numbers, (rec["id"], leaf)
            else:
                assert leaf in literals, (rec["id"], leaf)


def test_a_build_in_many_small_batches_writes_what_one_batch_does(monkeypatch):
    import kg.build

    folders = [SEEDS, DEVSET]
    whole = Store.in_memory()
    kg.build.build(folders, store=whole)
    monkeypatch.setattr(kg.build, "BATCH_TRIPLES", 500)  # a few releases a batch
    batched = Store.in_memory()
    report = kg.build.build(folders, store=batched)
    assert report.read == 33
    everything = lambda s: set(s.oxigraph.quads_for_pattern(None, None, None, None))  # noqa: E731
    assert everything(batched) == everything(whole) and len(everything(whole)) > 1000


def test_replace_graphs_drops_the_old_graphs_and_keeps_the_others():
    store = Store.in_memory()
    p, g = ox.NamedNode("http://example.org/p"), [ox.NamedNode(f"http://example.org/g{i}") for i in range(3)]
    s = ox.NamedNode("http://example.org/s")
    store.replace_graphs([x.value for x in g], [ox.Quad(s, p, ox.Literal(f"old {x.value}"), x) for x in g])
    store.replace_graphs([g[0].value, g[1].value], [ox.Quad(s, p, ox.Literal("new"), g[0])])
    assert [q.object.value for q in store.oxigraph.quads_for_pattern(None, None, None, g[0])] == ["new"]
    assert list(store.oxigraph.quads_for_pattern(None, None, None, g[1])) == []
    assert store.oxigraph.contains_named_graph(g[1])  # emptied, still there
    assert [q.object.value for q in store.oxigraph.quads_for_pattern(None, None, None, g[2])] == [f"old {g[2].value}"]
    nquads = f'<{s.value}> <{p.value}> "from text" <{g[2].value}> .\n'
    store.replace_graphs([g[2].value], nquads=nquads)
    assert [q.object.value for q in store.oxigraph.quads_for_pattern(None, None, None, g[2])] == ["from text"]
