"""Shared fixtures: paths to the seeds and the devset, and a runner for the real `kg` command."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
DEVSET = SHARED / "devset" / "releases"
DEVSET_GOLD = SHARED / "devset" / "gold"
SEEDS_GOLD = SHARED / "eval" / "seeds-gold"
SCORER = SHARED / "eval" / "score.py"


def kg_command() -> list[str]:
    """The installed `kg` console script beside this interpreter, else `python -m kg`."""
    script = Path(sys.executable).parent / "kg"
    if script.exists():
        return [str(script)]
    found = shutil.which("kg")
    return [found] if found else [sys.executable, "-m", "kg"]


def run_kg(*args: str, cwd: Path | None = None, check: bool = False, timeout: int = 300,
           env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, **(env or {}))
    proc = subprocess.run(kg_command() + [str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=full_env)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {proc.returncode}\n"
                             f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("seeds") / "store"
    run_kg("build", SEEDS, "--store", store, "--quiet", check=True)
    return store


@pytest.fixture(scope="session")
def devset_store(tmp_path_factory) -> Path:
    if not DEVSET.is_dir():
        pytest.fail(f"the devset is missing at {DEVSET}")
    store = tmp_path_factory.mktemp("devset") / "store"
    run_kg("build", DEVSET, "--store", store, "--quiet", check=True)
    return store
