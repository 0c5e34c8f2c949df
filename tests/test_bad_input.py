"""`kg build` over one folder of good releases mixed with every kind of bad input.

Each bad file gets one line on stderr naming it and its problem; the good releases are all
in the store, whole; nothing else is; the exit status says something failed; `--strict`
stops at the first failure. The folder is made here, in tmp_path.

An unreadable file: tests run as root in CI, where `chmod 000` does not stop reads. When
root, the build runs under `setpriv` with the capabilities that let root read anything
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) dropped, so the file really cannot be opened.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pyoxigraph as ox
import pytest

from conftest import SEEDS, kg_command
from kg.namespace import graph_iri

GOOD_MD = """# Drugs line closed in Dérby after week of action

Published: 4 May 2023

Officers from Derbyshire Constabulary arrested six people and seized £12,500 in cash in Derby.
"""
CP1252_TEXT = ("Cash seizure in Chesterfield\n\nOfficers seized \u00a34,800 in cash and a quantity of cocaine "
               "during a warrant in Chesterfield on Tuesday, said Derbyshire Constabulary.\n")
BROKEN_YAML = '```yaml\ntitle: "never closed\nurl: [https://example.police.uk\n```\n\n10:00 01/02/2023\n\nBody text.\n'
SCRIPTS_ONLY = ("<!doctype html><html><head><title>News | Some Police</title><script>var a = 1;</script></head>"
                "<body><nav><a href='/'>Home</a></nav><script>track('page');</script><noscript>enable js</noscript>"
                "<footer><p class='cookie'>We use cookies</p></footer></body></html>")

UNICODE_NAME = "Opération Café – Dérby 2023.md"
ROOT_CAN_READ_ANYTHING = os.geteuid() == 0
NO_DAC = "-dac_override,-dac_read_search"


def kg_without_root_reading(*args) -> subprocess.CompletedProcess:
    cmd = kg_command() + [str(a) for a in args]
    if ROOT_CAN_READ_ANYTHING:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot make a file unreadable")
        cmd = ["setpriv", f"--inh-caps={NO_DAC}", f"--bounding-set={NO_DAC}"] + cmd
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


@pytest.fixture
def messy(tmp_path):
    """A folder with the three seed releases, two more good ones, and every kind of bad input.

    Returns (folder, good release ids, {bad file name: words its problem line must hold}).
    """
    d = tmp_path / "in"
    d.mkdir()
    good = set()
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, d / seed.name)
        good.add(seed.stem)
    (d / UNICODE_NAME).write_text(GOOD_MD, encoding="utf-8")
    good.add(UNICODE_NAME[:-3])
    (d / "windows1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    good.add("windows1252")

    bad = {}
    (d / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "empty"
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    bad["binary.txt"] = "binary"
    (d / "broken-yaml.txt").write_text(BROKEN_YAML, encoding="utf-8")
    bad["broken-yaml.txt"] = "YAML"
    (d / "scripts.html").write_text(SCRIPTS_ONLY, encoding="utf-8")
    bad["scripts.html"] = "no article text"
    with (d / "huge.txt").open("w") as fh:
        line = "Officers arrested a man in Derby on Tuesday. " * 20 + "\n"
        while fh.tell() < 20 * 2**20:
            fh.write(line)
    bad["huge.txt"] = "MiB"
    os.symlink("loop-b.txt", d / "loop-a.txt")
    os.symlink("loop-a.txt", d / "loop-b.txt")
    bad["loop-a.txt"] = "symbolic link"
    bad["loop-b.txt"] = "symbolic link"
    (d / "sub").mkdir()
    os.symlink("..", d / "sub" / "up")
    bad["up"] = "symbolic link loop"
    locked = d / "locked.txt"
    shutil.copy(SEEDS / sorted(p.name for p in SEEDS.iterdir())[0], locked)
    locked.write_text(locked.read_text(encoding="utf-8") + "\nA different last line.\n", encoding="utf-8")
    locked.chmod(0)
    bad["locked.txt"] = "permission denied"
    os.mkfifo(d / "pipe.txt")
    bad["pipe.txt"] = "named pipe"
    first_seed = sorted(SEEDS.iterdir())[0]
    shutil.copy(first_seed, d / "same-again.txt")
    bad["same-again.txt"] = "same release as"
    return d, good, bad


def store_release_ids(store) -> dict[str, int]:
    """Release id -> triple count of its graph, straight from the store's files."""
    db = ox.Store.read_only(str(store))
    out = {}
    for g in db.named_graphs():
        ids = [q.object.value for q in db.quads_for_pattern(None, ox.NamedNode(
            "https://w3id.org/policing-kg/ontology#releaseId"), None, g)]
        assert len(ids) == 1, f"graph {g} has release ids {ids}"
        out[ids[0]] = len(list(db.quads_for_pattern(None, None, None, g)))
        assert str(graph_iri(ids[0])) == g.value
    return out


def test_bad_files_are_named_good_files_all_built(messy, tmp_path):
    folder, good, bad = messy
    store = tmp_path / "store"
    proc = kg_without_root_reading("build", folder, "--store", store)
    assert proc.returncode == 1, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    for name, words in bad.items():
        mine = [ln for ln in lines if re.search(rf"[/ ]{re.escape(name)}:", ln)]
        assert len(mine) == 1, f"{name}: expected one line, got {mine}\nall stderr:\n{proc.stderr}"
        assert words.lower() in mine[0].lower(), mine[0]
    assert len(lines) == len(bad), proc.stderr  # nothing else complained
    assert re.search(rf"read {len(good)} releases .*skipped 1; failed {len(bad) - 1}\b", proc.stdout), proc.stdout
    built = store_release_ids(store)
    assert set(built) == good
    assert all(n > 5 for n in built.values())


def test_windows_1252_pound_sign_survives(messy, tmp_path):
    folder, _, _ = messy
    store = tmp_path / "store"
    kg_without_root_reading("build", folder / "windows1252.txt", "--store", store, "-q")
    db = ox.Store.read_only(str(store))
    bodies = [q.object.value for q in db.quads_for_pattern(None, ox.NamedNode("https://schema.org/articleBody"),
                                                           None, None)]
    assert len(bodies) == 1 and "\u00a34,800" in bodies[0]


def test_strict_stops_at_the_first_failure(messy, tmp_path):
    folder, good, bad = messy
    store = tmp_path / "store"
    proc = kg_without_root_reading("build", folder, "--store", store, "--strict")
    assert proc.returncode == 1
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("kg: "), proc.stderr
    assert "stopped at the first failure" in proc.stdout
    built = store_release_ids(store)
    assert set(built) < good  # some, not all: it stopped; and what it wrote is whole


def test_piped_build_prints_no_progress_bar(messy, tmp_path):
    folder, _, bad = messy
    proc = kg_without_root_reading("build", folder, "--store", tmp_path / "store", "--quiet")
    assert "\x1b[" not in proc.stderr + proc.stdout  # no terminal control codes when piped
    assert all(ln.startswith("kg: ") for ln in proc.stderr.splitlines() if ln.strip())


def test_read_ahead_is_only_a_hint_whatever_the_path_is(tmp_path):
    """The build asks the kernel to prefetch files; a path that is no good file is left for
    the real read to report, and a pipe is not waited on."""
    from kg.build import read_ahead

    good = tmp_path / "good.txt"
    good.write_text("Officers arrested two people in Derby.", encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    paths = [str(good), str(tmp_path / "missing.txt"), str(tmp_path), str(fifo), str(loop)]
    assert read_ahead(paths) is None
    assert good.read_text(encoding="utf-8").startswith("Officers")
