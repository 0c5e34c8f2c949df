"""Each verb of `kg`, through the real installed command."""
from __future__ import annotations

import json
import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib

from conftest import DEVSET, DEVSET_GOLD, SCORER, SEEDS, SEEDS_GOLD, run_kg


def score(gold_dir, facts_jsonl) -> dict:
    proc = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(facts_jsonl), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def test_help_says_what_each_verb_does():
    top = run_kg("--help", check=True).stdout
    for verb in ("build", "facts", "query", "export", "viz"):
        assert verb in top
        text = run_kg(verb, "--help", check=True).stdout
        assert "usage: kg " + verb in text
        assert len(text.splitlines()) > 3


def test_build_writes_store_turtle_html_and_summary(tmp_path):
    store, ttl, html = tmp_path / "store", tmp_path / "out" / "seeds.ttl", tmp_path / "out" / "seeds.html"
    proc = run_kg("build", SEEDS, "--store", store, "--turtle", ttl, "--html", html, check=True)
    assert "read 3 releases" in proc.stdout
    for word in ("triples", "officers", "teams", "forces", "places", "outcomes"):
        assert word in proc.stdout
    assert str(ttl) in proc.stdout and str(html) in proc.stdout
    assert ttl.stat().st_size > 1000 and html.stat().st_size > 1000
    assert (store / "CURRENT").exists()


def test_build_json_summary_counts(tmp_path):
    proc = run_kg("build", SEEDS, "--store", tmp_path / "s", "--json", check=True)
    report = json.loads(proc.stdout)
    assert report["read"] == 3 and report["failed"] == []
    totals = report["totals"]
    assert totals["releases"] == 3
    assert totals["officers"] >= 4  # Croome, Martin, Curtis, Cartwright
    assert totals["outcomes"] >= 15


def test_rebuild_replaces_and_never_duplicates(tmp_path):
    store = tmp_path / "s"
    first = json.loads(run_kg("build", SEEDS, "--store", store, "--json", check=True).stdout)["totals"]
    again = json.loads(run_kg("build", SEEDS, "--store", store, "--json", check=True).stdout)["totals"]
    assert first == again
    one = json.loads(run_kg("build", SEEDS / "000_7fb53db815535408.txt", "--store", store, "--json",
                            check=True).stdout)["totals"]
    assert one == first


def test_facts_one_record_per_release_in_the_schema(seeds_store, tmp_path):
    out = run_kg("facts", "--store", seeds_store, check=True).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["000_7fb53db815535408", "001_2173721eae6b4032", "003_e9257d153a274141"]
    for r in records:
        assert set(r) == {"id", "date", "forces", "teams", "people", "places", "operations", "outcomes"}
    assert records[0]["date"] == "2021-02-25" and records[2]["date"] is None


def test_facts_score_on_seeds_and_devset(seeds_store, devset_store, tmp_path):
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text(run_kg("facts", "--store", seeds_store, check=True).stdout)
    dev = tmp_path / "dev.jsonl"
    dev.write_text(run_kg("facts", "--store", devset_store, check=True).stdout)
    assert score(SEEDS_GOLD, seeds)["overall_f1"] >= 0.9
    assert score(DEVSET_GOLD, dev)["overall_f1"] >= 0.6


def test_facts_spans_point_at_the_sentence(seeds_store):
    out = run_kg("facts", "--store", seeds_store, "--spans", "--id", "000_7fb53db815535408", check=True).stdout
    record = json.loads(out)
    from kg.release import read_release

    text = read_release(SEEDS / "000_7fb53db815535408.txt").text
    spans = [o["span"] for o in record["outcomes"] if "span" in o]
    assert spans, "outcomes carry the span of their sentence"
    assert any("£192,000" in text[a:b] for a, b in spans)


def test_facts_on_missing_store_is_a_clear_error(tmp_path):
    proc = run_kg("facts", "--store", tmp_path / "nothing")
    assert proc.returncode == 4
    assert "no store here" in proc.stderr and str(tmp_path / "nothing") in proc.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_a_rq_file_in_each_format(seeds_store, tmp_path, fmt):
    rq = tmp_path / "releases.rq"
    rq.write_text("# Releases and their dates\nPREFIX pk: <https://w3id.org/policing-kg/ontology#>\n"
                  "PREFIX schema: <https://schema.org/>\n"
                  "SELECT ?id ?date WHERE { ?r pk:releaseId ?id . OPTIONAL { ?r schema:datePublished ?date } }"
                  " ORDER BY ?id\n")
    out = run_kg("query", rq, "--store", seeds_store, "--format", fmt, check=True).stdout
    assert "001_2173721eae6b4032" in out and "2021-12-31" in out
    if fmt == "json":
        rows = json.loads(out)
        assert len(rows) == 3 and rows[2]["date"] is None


def test_query_unknown_name_lists_the_known_ones(seeds_store):
    proc = run_kg("query", "no-such-query", "--store", seeds_store)
    assert proc.returncode == 5
    assert "unknown query 'no-such-query'" in proc.stderr


def test_query_invalid_sparql_is_a_query_error(seeds_store, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x WHERE { ?x ?y }")
    proc = run_kg("query", rq, "--store", seeds_store)
    assert proc.returncode == 5 and "invalid SPARQL" in proc.stderr


@pytest.mark.parametrize("fmt, parse_as", [("turtle", "turtle"), ("ntriples", "nt"), ("nquads", "nquads"),
                                           ("trig", "trig"), ("jsonld", "json-ld")])
def test_export_formats_parse(seeds_store, tmp_path, fmt, parse_as):
    out = tmp_path / f"kg.{fmt}"
    run_kg("export", "--store", seeds_store, "--format", fmt, "--out", out, check=True)
    if parse_as in ("nquads", "trig"):
        ds = rdflib.Dataset()
        ds.parse(out, format=parse_as)
        graphs = {g.identifier for g in ds.graphs() if len(g)}
        assert len(graphs) == 3  # one named graph per release
    else:
        g = rdflib.Graph().parse(out, format=parse_as)
        assert len(g) > 100


def test_turtle_export_parses_the_same_in_rdflib_and_oxigraph(devset_store, tmp_path):
    out = tmp_path / "devset.ttl"
    run_kg("export", "--store", devset_store, "--format", "turtle", "--out", out, check=True)
    n_rdflib = len(rdflib.Graph().parse(out, format="turtle"))
    n_oxigraph = len(list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE)))
    assert n_rdflib == n_oxigraph > 1000


def test_export_to_stdout_and_unknown_format(seeds_store):
    proc = run_kg("export", "--store", seeds_store, "--format", "ntriples", check=True)
    assert proc.stdout.count("\n") > 100
    bad = run_kg("export", "--store", seeds_store, "--format", "xlsx")
    assert bad.returncode == 2 and "xlsx" in bad.stderr


def test_viz_writes_a_page(seeds_store, tmp_path):
    out = tmp_path / "g.html"
    proc = run_kg("viz", "--store", seeds_store, "--out", out, check=True)
    assert str(out) in proc.stdout
    page = out.read_text(encoding="utf-8")
    assert "<html" in page.lower() and "Croome" in page


def test_python_dash_m_kg_runs_the_same_command():
    proc = subprocess.run([sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True)
    assert proc.stdout.startswith("kg ")


def test_devset_builds_every_release(devset_store):
    out = run_kg("facts", "--store", devset_store, check=True).stdout
    ids = {json.loads(line)["id"] for line in out.splitlines()}
    assert ids == {p.stem for p in DEVSET.iterdir()}


def test_reading_verbs_work_while_a_writer_holds_the_store(tmp_path):
    store = tmp_path / "s"
    run_kg("build", SEEDS, "--store", store, "--quiet", check=True)
    writer = ox.Store(str(store))  # holds the write lock, as `kg serve` or a long build would
    try:
        assert run_kg("build", SEEDS, "--store", store).returncode == 4  # a second writer is refused
        facts = run_kg("facts", "--store", store, check=True).stdout
        assert len(facts.splitlines()) == 3
        run_kg("export", "--store", store, "--format", "nquads", check=True)
    finally:
        del writer
