"""The installed package carries what it needs: the ontology, the shapes, the named queries and the gazetteers."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import kg

ROOT = Path(__file__).resolve().parent.parent


def test_ontology_and_queries_ship_inside_the_package():
    onto = resources.files("kg.ontology")
    assert onto.joinpath("policing.ttl").is_file()
    assert onto.joinpath("shapes.ttl").is_file()
    queries = [e.name for e in resources.files("kg.queries").iterdir() if e.name.endswith(".rq")]
    assert len(queries) >= 12
    data = [e.name for e in resources.files("kg.data").iterdir() if e.name.endswith(".json")]
    assert "forces.json" in data and "places.json" in data


def test_checkout_layout_matches_the_design_card():
    for name in ("pyproject.toml", "README.md", "ontology", "seeds", "kg", "queries", "tests"):
        assert (ROOT / name).exists(), name
    assert sorted(p.name for p in (ROOT / "seeds").iterdir()) == sorted(
        p.name for p in (ROOT.parent / "shared" / "seeds").iterdir())
    for p in (ROOT / "seeds").iterdir():
        assert p.read_bytes() == (ROOT.parent / "shared" / "seeds" / p.name).read_bytes(), "seeds are unchanged"


def test_version_is_exposed():
    assert kg.__version__
