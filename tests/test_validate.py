"""`kg validate`: good graphs conform, graphs broken on purpose fail with a report that names the problem."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.errors import ValidationSetupError
from kg.namespace import graph_iri
from kg.mapping import release_quads
from kg.store import open_store
from kg.validate import validate

HERE = Path(__file__).parent
BROKEN = HERE / "fixtures" / "broken"
SHARED = HERE.parent.parent / "shared"


def load_trig(path: Path, store_dir: Path) -> Path:
    store = ox.Store(str(store_dir))
    store.load(path=str(path), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return store_dir


@pytest.mark.parametrize("fixture, expected", [
    ("place_as_person.trig", ["a person must not also be a place", "id:place/derby",
                              "typed both pk:Person and pk:City"]),
    ("outcome_without_provenance.trig", ["reported in (pk:reportedIn)", "states it (pk:statedIn)",
                                         "id:outcome/bad/1"]),
    ("negative_count.trig", ["a count is one whole number, zero or more", '"-3"',
                             "the reasoner finds this release inconsistent"]),
    ("two_outcome_types.trig", ["exactly one outcome type", "typed both pk:Arrest and pk:DrugSeizure"]),
    ("vague_with_number.trig", ["a vague outcome carries no figures"]),
    ("sentence_end_before_start.trig", ["below its end offset", "one xsd:date"]),
    ("officer_without_name.trig", ["an officer needs a name", "id:person/x"]),
])
def test_broken_graphs_fail_with_a_report_naming_the_problem(fixture, expected, tmp_path, capsys):
    store = load_trig(BROKEN / fixture, tmp_path / "store")
    code = main(["validate", "--store", str(store)])
    out = capsys.readouterr().out
    assert code == 1, out
    assert out.startswith("does not conform")
    for text in expected:
        assert text in out, f"{text!r} not in report:\n{out}"
    assert "release bad" in out  # the release the node came from


def test_every_broken_fixture_is_in_the_table():
    tested = {"place_as_person", "outcome_without_provenance", "negative_count", "two_outcome_types",
              "vague_with_number", "sentence_end_before_start", "officer_without_name"}
    assert {p.stem for p in BROKEN.glob("*.trig")} == tested


def test_a_full_synthetic_release_conforms_before_and_after_reasoning(tmp_path):
    from kg.reasoning import materialise
    from test_ontology import synthetic_release

    release, facts = synthetic_release()
    with open_store(tmp_path / "store") as store:
        store.replace_graph(str(graph_iri(release.id)), release_quads(release, facts))
        report = validate(store)
        assert report.conforms, report.text()
        materialise(store)
        report = validate(store)
        assert report.conforms, report.text()
        assert report.releases == 1 and set(report.seconds) == {"read", "shacl", "totals", "reasoner"}


# Each edit leaves the outcomes alone and falsifies one precomputed total of the release.
@pytest.mark.parametrize("edit, expected", [
    ("DELETE { GRAPH ?g { ?r pk:arrestedTotal ?n } } INSERT { GRAPH ?g { ?r pk:arrestedTotal 999 } } "
     "WHERE { GRAPH ?g { ?r pk:arrestedTotal ?n } }",
     "states pk:arrestedTotal 999 but its outcomes sum to"),
    ("DELETE WHERE { GRAPH ?g { ?r pk:drugsValueTotalGBP ?n } }",
     "has no pk:drugsValueTotalGBP though its outcomes sum to"),
    ("DELETE WHERE { GRAPH ?g { ?r pk:outcomeCount ?n } }",
     "has no pk:outcomeCount though its graph holds"),
    ("INSERT { GRAPH ?g { ?r pk:chargedTotal 5 } } WHERE { GRAPH ?g { ?r a pk:Release } "
     "FILTER NOT EXISTS { GRAPH ?g { ?r pk:chargedTotal ?any } } }",
     "states pk:chargedTotal 5 but has no outcome with that figure"),
    ("DELETE { GRAPH ?g { ?o pk:count ?n } } INSERT { GRAPH ?g { ?o pk:count 1000 } } "
     "WHERE { GRAPH ?g { ?o a pk:Arrest ; pk:count ?n } }",
     "states pk:arrestedTotal"),
])
def test_totals_that_disagree_with_the_outcomes_are_reported(edit, expected, tmp_path):
    from test_ontology import synthetic_release

    release, facts = synthetic_release()
    with open_store(tmp_path / "store") as store:
        store.replace_graph(str(graph_iri(release.id)), release_quads(release, facts))
        assert validate(store, reasoner=False).conforms
        store.oxigraph.update("PREFIX pk: <https://w3id.org/policing-kg/ontology#>\n" + edit)
        report = validate(store, reasoner=False)
    totals = [p for p in report.problems if p.check == "totals"]
    assert len(totals) == 1, report.text()
    assert expected in totals[0].line() and f"release {release.id}" in totals[0].line(), report.text()



@pytest.mark.parametrize("corpus", ["seeds", "devset/releases"])
def test_built_corpora_conform(corpus, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["build", str(SHARED / corpus), "--store", str(store), "-q", "--reason"]) == 0
    capsys.readouterr()
    code = main(["validate", "--store", str(store)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("conforms:")


def test_shapes_only_needs_no_java(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("shutil.which", lambda name: None)
    store = load_trig(BROKEN / "vague_with_number.trig", tmp_path / "store")
    assert main(["validate", "--no-reasoner", "--store", str(store)]) == 1
    assert "a vague outcome carries no figures" in capsys.readouterr().out


def test_missing_java_is_a_setup_error_with_its_own_exit_code(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("shutil.which", lambda name: None)
    store = load_trig(BROKEN / "vague_with_number.trig", tmp_path / "store")
    with open_store(store, read_only=True) as s:
        with pytest.raises(ValidationSetupError, match="needs Java"):
            validate(s)
    assert main(["validate", "--store", str(store)]) == ValidationSetupError.exit_code
    assert "needs Java" in capsys.readouterr().err


def test_validate_needs_an_existing_store(tmp_path, capsys):
    assert main(["validate", "--store", str(tmp_path / "nothing")]) == 4
    assert "no store here" in capsys.readouterr().err
