"""Extraction throughput on one core: releases per second from text to facts.

Times `kg.release.parse_release` + `kg.extract.extract` (no store) in this one process over:
* the synthetic corpus of `benchmarks/synthetic.py` (1,000 releases by default), and
* the hand-written releases (seeds, devset, held-out set), repeated to reach the same count.

    python benchmarks/bench_extract.py [--count 1000] [--rounds 3]

Prints one line per corpus: releases, seconds (best of the rounds), releases per second.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic import generate  # noqa: E402

from kg.document import parse  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.gazetteer import load_gazetteer  # noqa: E402
from kg.release import parse_release  # noqa: E402


def hand_written() -> list[Path]:
    folders = [ROOT / "seeds", ROOT.parent / "shared" / "devset" / "releases", ROOT / "tests" / "heldout" / "releases"]
    return sorted(p for f in folders if f.is_dir() for p in f.iterdir() if p.is_file())


def time_corpus(texts: list[tuple[str, str]], rounds: int) -> float:
    gaz = load_gazetteer()
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for path, text in texts:
            extract(parse(parse_release(text, path=path, suffix=Path(path).suffix)), gaz)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="releases per corpus (at least 1,000 for the figure)")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)

    load_gazetteer()
    parse_release("Warm-up: 3 arrests in Derby.", path="warm.txt")  # loads the place index once
    extract(parse(parse_release("Officers in Derby arrested 3 people.", path="warm.txt")), load_gazetteer())

    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp, args.count)
        synthetic = [(str(p), p.read_text(encoding="utf-8")) for p in sorted((Path(tmp) / "releases").iterdir())]
    real_files = hand_written()
    real = [(str(p), p.read_text(encoding="utf-8")) for p in real_files]
    real = (real * (args.count // max(len(real), 1) + 1))[: args.count]

    print(f"extraction throughput on one core (best of {args.rounds}):")
    for name, texts in (("synthetic", synthetic), (f"hand-written ({len(real_files)} files, cycled)", real)):
        seconds = time_corpus(texts, args.rounds)
        print(f"  {name:40} {len(texts):6d} releases  {seconds:7.2f} s  {len(texts) / seconds:7.0f} releases/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
