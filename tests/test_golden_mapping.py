"""Golden tests of the RDF mapping, one folder per case (after morph-kgc's test layout).

Each folder under tests/golden/ holds `release.txt`, the `facts.json` an extractor would give
for it, and `expected.trig`, the graph that `kg.mapping.release_quads` must produce. Graphs are
compared by isomorphism; a failure prints the triples only one side has. To accept a change
in the mapping, run with KG_UPDATE_GOLDEN=1 and review the diff of expected.trig.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.document import parse
from kg.facts import Facts, Force, Operation, Outcome, Person, Place, Span, Team
from kg.mapping import release_quads
from kg.release import parse_release
from kg.store import PREFIXES

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "facts.json").exists())


def load_facts(folder: Path, release_id: str) -> Facts:
    raw = json.loads((folder / "facts.json").read_text(encoding="utf-8"))

    def span(d):
        return Span(*d.pop("span")) if d.get("span") else d.pop("span", None)

    def objs(cls, key):
        out = []
        for d in raw.get(key, []):
            s = span(d)
            out.append(cls(**d, span=s))
        return out

    return Facts(release_id, None, objs(Force, "forces"), objs(Team, "teams"), objs(Person, "people"),
                 objs(Place, "places"), objs(Operation, "operations"), objs(Outcome, "outcomes"))


def mapped(case: str) -> tuple[rdflib.Dataset, list[str]]:
    folder = GOLDEN / case
    release = parse_release((folder / "release.txt").read_text(encoding="utf-8"), path="release.txt",
                            release_id=case)
    facts = load_facts(folder, case)
    facts.date = release.date
    sentences = {s.span for s in parse(release).sentences}
    spans = [x.span for kind in (facts.forces, facts.teams, facts.people, facts.places, facts.operations,
                                 facts.outcomes) for x in kind if x.span is not None]
    bad = [f"{s} is not a sentence of release.txt" for s in spans if s not in sentences]
    buf = io.BytesIO()
    ox.serialize(release_quads(release, facts), buf, ox.RdfFormat.TRIG, prefixes=PREFIXES)
    ds = rdflib.Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="trig")
    return ds, bad


def graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("case", CASES)
def test_mapping_matches_golden(case):
    ds, bad = mapped(case)
    assert not bad, bad
    expected_path = GOLDEN / case / "expected.trig"
    if os.environ.get("KG_UPDATE_GOLDEN") or not expected_path.exists():
        expected_path.write_text(ds.serialize(format="trig"), encoding="utf-8")
        if not os.environ.get("KG_UPDATE_GOLDEN"):
            pytest.fail(f"{expected_path} did not exist; written now: review it and commit it")
    expected = rdflib.Dataset()
    expected.parse(expected_path, format="trig")
    got, want = graphs(ds), graphs(expected)
    assert sorted(got) == sorted(want), "named graphs differ"
    for name in want:
        if not isomorphic(got[name], want[name]):
            _, only_got, only_want = graph_diff(to_isomorphic(got[name]), to_isomorphic(want[name]))
            lines = [f"+ {' '.join(t.n3() for t in tr)}" for tr in sorted(only_got)]
            lines += [f"- {' '.join(t.n3() for t in tr)}" for tr in sorted(only_want)]
            pytest.fail(f"graph {name} differs from expected.trig (+ produced only, - expected only):\n"
                        + "\n".join(lines))


def test_every_release_graph_holds_only_its_release():
    for case in CASES:
        ds, _ = mapped(case)
        assert list(graphs(ds)) == [f"https://w3id.org/policing-kg/id/graph/{case}"]
