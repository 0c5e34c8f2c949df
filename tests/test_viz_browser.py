"""The graph page in a real headless Chromium with the network cut off.

Each page must draw (canvas pixels that are not background), hold exactly the nodes the store
holds, fetch nothing but itself, and run no script that release text smuggles in. The devset
page's screenshot is written to docs/screenshot-devset.png.

These tests fail, not skip, when Chromium (apt: chromium) or Playwright (pip: playwright) is missing.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import viz
from kg.store import open_store
from test_viz import EXPECTED_NODES, build_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCREENSHOT = ROOT / "docs" / "screenshot-devset.png"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

# every node the page should draw, counted by SPARQL independently of kg.viz
NODE_COUNT = """
SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a ?t . FILTER(STRSTARTS(STR(?t), STR(pk:)) && ?t != pk:Sentence) }
  UNION { ?x ?p ?y } UNION { ?y ?p ?x }
  VALUES ?p { pk:teamOf pk:servesIn org:memberOf pk:leads pk:achievedBy pk:location pk:partOfOperation
              pk:policeForceArea pk:inCounty pk:reportedIn pk:mentions }
}"""


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium fonts-dejavu-core")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install playwright (no `playwright install` needed)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Opened:
    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})

        def route(r):
            self.requests.append(r.request.url)
            r.continue_() if r.request.url == path.as_uri() else r.abort()

        self.ctx.route("**/*", route)
        self.page = self.ctx.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        started = time.perf_counter()
        self.page.goto(path.as_uri())
        # poll from outside: the page's CSP forbids the eval that wait_for_function uses
        while not self.js("() => window.kgReady === true"):
            assert not self.errors, self.errors
            assert time.perf_counter() - started < 60, f"{path} did not draw in 60 s"
            time.sleep(0.05)

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def painted_pixels(self) -> int:
        """Canvas pixels that are neither transparent nor white."""
        return self.js("""() => {
            const c = document.querySelector('#net canvas');
            const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 0; i < px.length; i += 4)
              if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) n++;
            return n; }""")

    def close(self):
        self.ctx.close()


def kg(*args) -> subprocess.CompletedProcess:
    script = Path(sys.executable).parent / "kg"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]
    run = subprocess.run(cmd + [str(a) for a in args], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"kg {args} exited {run.returncode}: {run.stderr}"
    return run


def store_node_count(store_dir: Path) -> int:
    with open_store(store_dir, read_only=True) as s:
        return int(next(s.select(NODE_COUNT))["n"].value)


def check_drawn(opened: Opened, expected: int) -> None:
    assert opened.js("() => window.kgData.nodes.length") == expected
    assert opened.js("() => window.kgVisibleCount()") == expected
    assert opened.js("() => window.kgNetwork.body.data.nodes.length") == expected
    assert opened.painted_pixels() > 2000
    assert opened.requests == [opened.page.url] and not opened.errors and not opened.dialogs


@pytest.mark.parametrize("corpus", ["seeds", "devset"])
def test_built_store_draws_every_node(browser, tmp_path, corpus):
    source = SHARED / "seeds" if corpus == "seeds" else SHARED / "devset" / "releases"
    store_dir = tmp_path / "store"
    kg("build", source, "--store", store_dir, "-q")
    page = tmp_path / f"{corpus}.html"
    kg("viz", "--store", store_dir, "--out", page, "-q")
    expected = store_node_count(store_dir)
    assert expected > 0
    opened = Opened(browser, page)
    try:
        check_drawn(opened, expected)
        if corpus == "devset":
            # a person's view: the busiest team found by the search box, its details, labels readable
            team = opened.js("""() => window.kgData.nodes.filter(n => n.k === 'team')
                                      .sort((a, b) => b.deg - a.deg)[0].l""")
            opened.page.fill("#search", team)
            opened.page.wait_for_timeout(400)
            opened.js("""() => { const n = window.kgData.nodes.find(n => n.l === %s);
                                 window.kgNetwork.moveTo({position: {x: n.x, y: n.y}, scale: 0.8}); }"""
                      % __import__("json").dumps(team))
            opened.page.wait_for_timeout(300)
            at = opened.js("""() => { const n = window.kgData.nodes.find(n => n.l === %s);
                                      const p = window.kgNetwork.canvasToDOM({x: n.x, y: n.y});
                                      const r = document.getElementById('net').getBoundingClientRect();
                                      return [r.left + p.x, r.top + p.y]; }""" % __import__("json").dumps(team))
            opened.page.mouse.click(*at)
            opened.page.wait_for_timeout(200)
            assert team in opened.page.inner_text("#details")
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            opened.page.screenshot(path=str(SCREENSHOT))
            assert SCREENSHOT.stat().st_size > 20_000
    finally:
        opened.close()


def test_filters_search_and_details(browser, tmp_path):
    s = build_store(tmp_path / "store")
    page = tmp_path / "page.html"
    viz.render(s, page)
    s.close()
    opened = Opened(browser, page)
    try:
        check_drawn(opened, EXPECTED_NODES)
        p = opened.page
        p.select_option("#force", label="Southshire Police")
        # Southshire Police, its release, the PCC, Farville and the charge
        assert opened.js("() => window.kgVisibleCount()") == 5
        p.select_option("#force", value="")
        p.uncheck("input[data-kind=outcome]")
        assert opened.js("() => window.kgVisibleCount()") == EXPECTED_NODES - 3
        p.check("input[data-kind=outcome]")
        p.fill("#since", "2024-01-01")
        p.dispatch_event("#since", "change")
        assert opened.js("() => window.kgVisibleCount()") < EXPECTED_NODES
        p.fill("#since", "")
        p.dispatch_event("#since", "change")
        p.fill("#search", "jane roe")
        p.wait_for_timeout(400)
        assert p.text_content("#search-result") == "1 match"
        details = p.inner_text("#details")
        assert "Detective Inspector" in details and "Drugs Team" in details and "Northshire Police" in details
        p.fill("#search", "12 arrest")
        p.wait_for_timeout(400)
        details = p.inner_text("#details")
        assert "Operation Kestrel led to 12 arrests in Hightown." in details
        assert "Twelve arrested in Operation Kestrel" in details and "2023-03-01" in details
        assert p.get_attribute("#details a", "href") == "https://police.example/r1"
        legend = p.inner_text("#legend")
        for name in ("Force", "Team", "Officer", "Place", "Operation", "Outcome", "Release"):
            assert name in legend
    finally:
        opened.close()


HOSTILE_RELEASE = """# Gang jailed</title><script>window.kgPwned='title'</script><img src=x onerror="window.kgPwned='img'">

Published: 3 March 2023

Detective Inspector Jane <script>alert(1)</script>Roe of the Drugs Team</script><img src=x onerror=alert(2)> said \
Operation Viper<script>window.kgPwned=3</script> led to 12 arrests in Preston.
"""


@pytest.mark.parametrize("with_csp", [True, False])
def test_hostile_text_runs_no_script(browser, tmp_path, with_csp):
    store_dir = tmp_path / "store"
    s = build_store(store_dir, hostile=True)
    s.close()
    del s
    releases = tmp_path / "releases"
    releases.mkdir()
    (releases / "hostile.md").write_text(HOSTILE_RELEASE, encoding="utf-8")
    kg("build", releases, "--store", store_dir, "-q")
    page = tmp_path / "hostile.html"
    kg("viz", "--store", store_dir, "--out", page, "-q")
    text = page.read_text(encoding="utf-8")
    if not with_csp:  # escaping alone must hold, without the Content-Security-Policy behind it
        text, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
        assert n == 1
        page.write_text(text, encoding="utf-8")
    opened = Opened(browser, page)
    try:
        check_drawn(opened, store_node_count(store_dir))
        assert opened.js("() => window.kgPwned") is None
        p = opened.page
        p.fill("#search", "Jane Roe")
        p.wait_for_timeout(400)
        assert "</script><img src=x" in p.inner_text("#details")  # shown as text
        assert p.query_selector("#side img") is None and p.query_selector("#side script") is None
        p.fill("#search", "Cash seized")
        p.wait_for_timeout(400)
        assert p.query_selector("#details a") is None  # the javascript: URL is not made a link
        assert opened.js("() => window.kgPwned") is None
        assert not opened.dialogs and not opened.errors
        assert opened.requests == [opened.page.url]
    finally:
        opened.close()


def test_two_thousand_nodes_draw_in_two_seconds(browser, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_viz import synthetic

    g = synthetic(2000)
    page = tmp_path / "big.html"
    page.write_text(viz.page_html(g, viz.layout(g)), encoding="utf-8")
    opened = Opened(browser, page)
    try:
        check_drawn(opened, len(g))
        assert opened.js("() => window.kgDrawMs") < 2000
    finally:
        opened.close()


def test_chromium_is_the_system_one():
    assert shutil.which("chromium") or Path(CHROMIUM).exists()
