"""Wall time of ``extract_many`` with 1 and 2 workers on many one-sentence documents.

Usage: ``python benchmarks/parallel.py [--docs N] [--reps R]``. The documents are the sentences
of the PolNeAR dev articles (``$ATTRIBQUANT_SHARED`` or ``../shared``), cycled to ``N``
(default 10,000); each is one document. Worker processes run on other cores, so this is the one
benchmark timed in wall-clock seconds (median of ``R`` runs, alternating the worker counts).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ATTRIBQUANT_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO / "src"))

import attribquant
from attribquant.text import normalise, sentences


def one_sentence_documents(n: int) -> list[str]:
    """``n`` one-sentence documents cut from the PolNeAR dev articles."""
    out: list[str] = []
    for path in sorted((SHARED / "data" / "polnear" / "dev" / "text").glob("*.txt")):
        text = normalise(path.read_text(encoding="utf-8"))
        out.extend(text[s.start:s.end] for s in sentences(text))
    return list(islice(cycle(out), n))


def wall(docs: list[str], workers: int) -> float:
    t0 = time.perf_counter()
    for _ in attribquant.extract_many(docs, workers=workers):
        pass
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args(argv)
    if not (SHARED / "data" / "polnear").is_dir():
        print(f"PolNeAR data not found under {SHARED}; nothing to measure")
        return 0
    docs = one_sentence_documents(args.docs)
    times: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(args.reps):
        for workers in (1, 2):
            times[workers].append(wall(docs, workers))
    one, two = statistics.median(times[1]), statistics.median(times[2])
    print(f"{len(docs)} one-sentence documents, {os.cpu_count()} cores, median of {args.reps}")
    print(f"workers=1: {one:.2f} s   workers=2: {two:.2f} s   speed-up {one / two:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
