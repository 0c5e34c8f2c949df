"""Extraction quality, end to end: `kg build` + `kg facts` scored by ../shared/eval/score.py.

The bars are issue 3's: overall F1 >= 0.90 and each kind >= 0.85 on the devset, >= 0.95 on the
seeds. The held-out set (tests/heldout/, written blind to the extractor) guards against rules
that only fit the devset.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DEVSET_GOLD, SCORER, SEEDS_GOLD, run_kg

HELDOUT = Path(__file__).parent / "heldout"
KINDS = ("forces", "people", "places", "teams", "operations", "outcomes")


def scores(gold: Path, store: Path, tmp_path: Path) -> dict:
    facts = tmp_path / f"{gold.name}.jsonl"
    facts.write_text(run_kg("facts", "--store", store, check=True).stdout)
    proc = subprocess.run([sys.executable, str(SCORER), str(gold), str(facts), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def heldout_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("heldout") / "store"
    run_kg("build", HELDOUT / "releases", "--store", store, "--quiet", check=True)
    return store


def test_devset_scores(devset_store, tmp_path):
    s = scores(DEVSET_GOLD, devset_store, tmp_path)
    assert s["missing_predictions"] == 0
    assert s["overall_f1"] >= 0.90
    for kind in KINDS:
        assert s[kind]["f1"] >= 0.85, (kind, s[kind])
    assert s["date_accuracy"] == 1.0


def test_seeds_scores(seeds_store, tmp_path):
    s = scores(SEEDS_GOLD, seeds_store, tmp_path)
    assert s["overall_f1"] >= 0.95


def test_heldout_scores(heldout_store, tmp_path):
    s = scores(HELDOUT / "gold", heldout_store, tmp_path)
    assert s["missing_predictions"] == 0
    assert s["overall_f1"] >= 0.93
    for kind in KINDS:
        assert s[kind]["f1"] >= 0.85, (kind, s[kind])
