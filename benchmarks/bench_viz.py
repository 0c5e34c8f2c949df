"""How long the graph page takes to draw in headless Chromium: synthetic graphs of 500, 2,000 and
10,000 nodes shaped like the policing graph (forces > teams > officers; releases naming them;
outcomes hanging off releases), laid out by `kg.viz.layout` and written by `kg.viz.page_html`.

    .venv/bin/python benchmarks/bench_viz.py [SIZES...]

Prints, per size: layout seconds, page size, and the draw time the page measures itself (from
its first script to vis-network's first `afterDrawing`), plus wall time to ready.
Needs /usr/bin/chromium (apt: chromium) and the `playwright` Python package (no browser download).
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg import viz  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """About `n` nodes: 1 force per 500, 1 team per 25, officers, places, releases and outcomes."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()

    def node(iri, kind, label):
        g.add_node(iri, kind=kind, label=label, details={"Type": kind}, forces=set(), dates=set())

    forces = [f"f{i}" for i in range(max(1, n // 500))]
    for f in forces:
        node(f, "force", f"Force {f}")
        g.nodes[f]["forces"].add(f)
    teams = [f"t{i}" for i in range(max(1, n // 25))]
    for t in teams:
        f = rng.choice(forces)
        node(t, "team", f"Team {t}")
        g.add_edge(t, f, key="teamOf")
        g.nodes[t]["forces"].add(f)
    budget = n - len(forces) - len(teams)
    kinds = ["officer"] * 3 + ["place"] * 2 + ["release"] * 2 + ["outcome"] * 3
    releases: list[str] = []
    for i in range(budget):
        kind = kinds[i % len(kinds)]
        iri = f"{kind}{i}"
        node(iri, kind, f"{kind.title()} {i}")
        t = rng.choice(teams)
        if kind == "officer":
            g.add_edge(iri, t, key="memberOf")
            g.add_edge(iri, next(iter(g.successors(t))), key="servesIn")
        elif kind == "place":
            g.add_edge(iri, next(iter(g.successors(t))), key="policeForceArea")
        elif kind == "release":
            releases.append(iri)
            g.nodes[iri]["dates"].add(f"2023-{rng.randint(1, 12):02d}-01")
            for other in rng.sample(list(g.nodes), 3):
                if other != iri:
                    g.add_edge(iri, other, key="mentions")
        else:
            g.add_edge(iri, t, key="achievedBy")
            if releases:
                g.add_edge(iri, rng.choice(releases), key="reportedIn")
    return g


def draw(browser, path: Path, timeout: float = 120.0) -> tuple[float, float]:
    ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    started = time.perf_counter()
    page.goto(path.as_uri())
    while not page.evaluate("() => window.kgReady === true"):
        if errors or time.perf_counter() - started > timeout:
            raise RuntimeError(f"{path}: the page did not draw: {errors or 'timeout'}")
        time.sleep(0.02)
    wall = time.perf_counter() - started
    ms = page.evaluate("() => window.kgDrawMs")
    ctx.close()
    return ms / 1000.0, wall


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        print(f"{'nodes':>7} {'edges':>7} {'layout s':>9} {'page MB':>8} {'draw s':>7} {'ready s':>8}")
        for n in sizes:
            g = synthetic(n)
            t = time.perf_counter()
            pos = viz.layout(g)
            lay = time.perf_counter() - t
            out = Path(tmp) / f"bench-{n}.html"
            out.write_text(viz.page_html(g, pos, title=f"bench {n}"), encoding="utf-8")
            drawn, wall = draw(browser, out)
            print(f"{len(g):>7} {g.number_of_edges():>7} {lay:>9.2f} {out.stat().st_size / 1e6:>8.2f} "
                  f"{drawn:>7.2f} {wall:>8.2f}", flush=True)
        browser.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 2000, 10000])
