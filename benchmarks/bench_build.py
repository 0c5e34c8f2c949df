"""Benchmark `kg build` on synthetic corpora: throughput, peak memory, store size, query times.

For each size it generates a corpus (benchmarks/synthetic.py), runs the real `kg build` in a
subprocess (one core: --workers 1; and with --workers 2 if asked), samples the resident memory
of the build and its workers, measures the store on disk, and times three analyst queries
(from queries/*.rq when they are there, else SPARQL of its own) over the finished store. It
also measures the store's own memory in a fresh process (benchmarks/store_memory.py), so the
build's peak can be read as "the store's memory plus the build's own".

    .venv/bin/python benchmarks/bench_build.py                 # 1,000, 10,000 and 50,000 releases
    .venv/bin/python benchmarks/bench_build.py --quick         # 300 releases, a smoke run
    .venv/bin/python benchmarks/bench_build.py --sizes 1000 10000 --workers 1 2 --json out.json
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import synthetic  # noqa: E402

QUERY_FILES = ("outcomes_by_force_year.rq", "top_places.rq", "drug_seizures_by_place.rq")
OWN_QUERIES = {  # used when queries/ does not have the files above
    "outcomes_by_force_year": """
        PREFIX pk: <https://w3id.org/policing-kg/ontology#> PREFIX schema: <https://schema.org/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?force ?year (COUNT(DISTINCT ?o) AS ?outcomes) WHERE {
          ?r a pk:Release ; pk:involvesForce ?f . ?f rdfs:label ?force .
          OPTIONAL { ?r schema:datePublished ?d } BIND(YEAR(?d) AS ?year)
          ?o pk:reportedIn ?r } GROUP BY ?force ?year ORDER BY ?force ?year""",
    "top_places": """
        PREFIX pk: <https://w3id.org/policing-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?place (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a pk:Release ; pk:mentions ?p .
          ?p a pk:Town ; rdfs:label ?place } GROUP BY ?place ORDER BY DESC(?n) LIMIT 25""",
    "arrests_by_force": """
        PREFIX pk: <https://w3id.org/policing-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?force (SUM(?c) AS ?arrests) WHERE { ?o a pk:Arrest ; pk:count ?c ; pk:reportedIn ?r .
          ?r pk:involvesForce ?f . ?f rdfs:label ?force } GROUP BY ?force ORDER BY DESC(?arrests)""",
}


def analyst_queries(own: bool = False) -> dict[str, str]:
    if own:
        return OWN_QUERIES
    folder = ROOT / "queries"
    found = {f[:-3]: (folder / f).read_text(encoding="utf-8") for f in QUERY_FILES if (folder / f).is_file()}
    return found if len(found) == len(QUERY_FILES) else OWN_QUERIES


def kg_command() -> list[str]:
    script = Path(sys.executable).parent / "kg"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run_build(folder: Path, store: Path, workers: int) -> dict:
    """One `kg build` in a subprocess; peak RSS summed over it and its worker processes."""
    started = time.perf_counter()
    proc = psutil.Popen(kg_command() + ["build", str(folder), "--store", str(store), "--json",
                                        "--workers", str(workers)],
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [proc] + proc.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass  # a worker ended between listing and sampling; the next sample counts again
        time.sleep(0.1)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed ({proc.returncode}):\n{err}")
    report = json.loads(out)
    return {"workers": workers, "releases": report["read"], "seconds": round(seconds, 2),
            "build_seconds": report["seconds"], "releases_per_s": round(report["read"] / seconds, 1),
            "peak_rss_mib": round(peak / 2**20, 1), "triples": report["totals"]["triples"],
            "store_mib": round(dir_size(store) / 2**20, 1)}


def store_memory(store: Path) -> float:
    """The store's own memory (benchmarks/store_memory.py), measured in a fresh process."""
    out = subprocess.run([sys.executable, str(HERE / "store_memory.py"), str(store)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["store_memory_mib"]


def time_queries(store: Path, repeats: int = 3, own: bool = False) -> dict[str, dict]:
    db = ox.Store.read_only(str(store))
    out = {}
    for name, sparql in analyst_queries(own).items():
        times, rows = [], 0
        for _ in range(repeats):
            t = time.perf_counter()
            rows = len(list(db.query(sparql, use_default_graph_as_union=True)))
            times.append((time.perf_counter() - t) * 1000)
        out[name] = {"first_ms": round(times[0], 1), "median_ms": round(statistics.median(times), 1), "rows": rows}
    return out


def bench(size: int, workers_list: list[int], work: Path, own: bool = False) -> dict:
    corpus = work / f"corpus-{size}"
    if not (corpus / "releases").is_dir():
        t = time.perf_counter()
        synthetic.generate(corpus, size)
        print(f"  generated {size} releases in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    result = {"size": size, "builds": []}
    for workers in workers_list:
        store = work / f"store-{size}-w{workers}"
        shutil.rmtree(store, ignore_errors=True)
        b = run_build(corpus / "releases", store, workers)
        b["store_memory_mib"] = store_memory(store)
        b["peak_beyond_store_mib"] = round(b["peak_rss_mib"] - b["store_memory_mib"], 1)
        print(f"  {size} releases, {workers} worker(s): {b['releases_per_s']}/s, peak {b['peak_rss_mib']} MiB "
              f"(the store's own memory {b['store_memory_mib']} MiB), store {b['store_mib']} MiB", file=sys.stderr)
        result["builds"].append(b)
    result["queries"] = time_queries(work / f"store-{size}-w{workers_list[0]}", own=own)
    for name, q in result["queries"].items():
        print(f"  query {name}: {q['median_ms']} ms (first {q['first_ms']} ms, {q['rows']} rows)", file=sys.stderr)
    for workers in workers_list:
        shutil.rmtree(work / f"store-{size}-w{workers}", ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark kg build on synthetic corpora.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--quick", action="store_true", help="one small corpus (300 releases), one worker")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    ap.add_argument("--work", help="folder for corpora and stores (default: a temporary folder)")
    ap.add_argument("--own-queries", action="store_true", help="time the benchmark's own three queries")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)
    sizes, workers = ([300], [1]) if args.quick else (args.sizes, args.workers)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = {"machine": {"cpus": psutil.cpu_count(), "memory_gib": round(psutil.virtual_memory().total / 2**30)},
               "runs": []}
    for size in sizes:
        print(f"benchmark: {size} releases", file=sys.stderr)
        results["runs"].append(bench(size, workers, work, args.own_queries))
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
