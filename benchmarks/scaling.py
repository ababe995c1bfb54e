"""Throughput of the ways to run attribquant over a corpus, on one corpus: docs/scaling.md.

Usage: ``python benchmarks/scaling.py [--train N] [--reps R] [--only MODE ...] [--json]``.

The corpus is the PolNeAR dev articles and the first ``N`` train articles (default all 840:
924 articles, 4.2 MB), read from ``$ATTRIBQUANT_SHARED`` (or ``../shared``) at run time, never
copied.  Each mode reads every article and produces every quantity record:

- ``extract_many`` with ``workers=1`` and ``workers=2`` (records built with ``to_records``);
- the command line, ``python -m attribquant --jsonl-in FILE --workers N --quiet`` writing
  JSON Lines to ``/dev/null``, interpreter start-up included;
- Spark: ``attribquant.spark.extract_quantities`` on a ``local[2]`` session, the corpus in 8
  partitions (cached in the JVM first), its rows counted; the session's start-up is reported
  apart, and the first job ("cold": Python workers started, the library imported) apart
  from the others ("warm": workers reused);
- Dask: the recipe of docs/scaling.md (a bag in 8 partitions, ``to_frame(extract_many(...))``
  per partition, ``dd.from_delayed``) computed with the ``processes`` scheduler and 2
  workers (each compute starts its worker processes).

Figures are wall-clock seconds of the fastest of ``R`` runs (the run least disturbed by
other jobs; the median is printed beside it), as articles, MB of text and quantities per
second, with the processor time of this process and of its ended children (all the work of
every mode but Spark, whose Python workers are the JVM's children) and the machine's load
average before and after: on a shared machine wall times move with what else runs.  A mode
whose extra (pyspark, dask) or Java is missing is reported as such.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))
# child processes (the CLI, Spark's Python workers, Dask's) import this tree's attribquant
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))

import polnear_texts

import attribquant

MODES = ["serial", "workers2", "cli1", "cli2", "spark", "dask"]
PARTITIONS = 8


def cpu_seconds() -> float:
    """Processor time of this process and of its children that have ended (the CLI, the
    worker processes of ``extract_many`` and of Dask; not Spark's, children of the JVM)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run: Callable[[], int], reps: int) -> tuple[list[float], list[float], int]:
    """Wall and processor times of ``reps`` runs and the number of records of the last."""
    times, cpus, count = [], [], 0
    for _ in range(reps):
        t0, c0 = time.perf_counter(), cpu_seconds()
        count = run()
        times.append(time.perf_counter() - t0)
        cpus.append(cpu_seconds() - c0)
    return times, cpus, count


def extract_many_mode(items: list[tuple[str, str]], workers: int) -> Callable[[], int]:
    def run() -> int:
        return len(attribquant.to_records(attribquant.extract_many(items, workers=workers)))
    return run


def cli_mode(items: list[tuple[str, str]], workers: int, folder: Path) -> Callable[[], int]:
    corpus = folder / "corpus.jsonl"
    if not corpus.exists():
        with corpus.open("w", encoding="utf-8") as f:
            for ident, text in items:
                f.write(json.dumps({"id": ident, "text": text}) + "\n")

    def run() -> int:
        out = folder / "out.jsonl"
        with out.open("wb") as sink:
            subprocess.run([sys.executable, "-m", "attribquant", "--jsonl-in", str(corpus),
                            "--workers", str(workers), "--quiet"], stdout=sink, check=True)
        with out.open("rb") as f:
            return sum(1 for _ in f)
    return run


def spark_modes(items: list[tuple[str, str]], reps: int) -> dict[str, Any]:
    try:
        from pyspark.sql import SparkSession

        import attribquant.spark as aq_spark
    except ImportError as exc:
        return {"skipped": f"pyspark is not installed ({exc})"}
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return {"skipped": "no Java"}
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    t0 = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").appName("attribquant-scaling")
             .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    start = time.perf_counter() - t0
    df = spark.createDataFrame(spark.sparkContext.parallelize(items, PARTITIONS),
                               "id string, text string").cache()
    df.count()  # the input in the JVM before timing

    def run() -> int:  # one job: every row is made (mapInArrow cannot be pruned) and counted
        return int(aq_spark.extract_quantities(df).count())

    try:
        cold, _, count = timed(run, 1)
        warm, _, _ = timed(run, reps)
    finally:
        spark.stop()
    return {"session_start_s": start, "cold_s": cold[0], "times": warm, "records": count}


def dask_mode(items: list[tuple[str, str]]) -> Callable[[], int] | str:
    try:
        import dask
        import dask.bag as db
        import dask.dataframe as dd
    except ImportError as exc:
        return f"dask is not installed ({exc})"

    def frame(partition: list[tuple[str, str]]) -> Any:
        return attribquant.to_frame(attribquant.extract_many(partition))

    def run() -> int:
        bag = db.from_sequence(items, npartitions=PARTITIONS)
        parts = [dask.delayed(frame)(part) for part in bag.to_delayed()]
        result = dd.from_delayed(parts, meta=attribquant.to_frame([]))
        return len(result.compute(scheduler="processes", num_workers=2))
    return run


def rates(seconds: float, docs: int, chars: int, records: int) -> dict[str, float]:
    return {"s": seconds, "docs_per_s": docs / seconds, "mb_per_s": chars / 1e6 / seconds,
            "quantities_per_s": records / seconds}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=int, default=840)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--only", nargs="*", choices=MODES, default=MODES)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    items = polnear_texts.load(args.train)
    if not items:
        print(f"PolNeAR data not found at {polnear_texts.polnear_dir()}; nothing to measure")
        return 0
    docs, chars = len(items), sum(len(t) for _, t in items)
    report: dict[str, Any] = {"articles": docs, "chars": chars, "cores": os.cpu_count(),
                              "load_before": os.getloadavg()}
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = {"serial": extract_many_mode(items, 1), "workers2": extract_many_mode(items, 2),
                 "cli1": cli_mode(items, 1, folder), "cli2": cli_mode(items, 2, folder)}
        for mode, run in plain.items():
            if mode in args.only:
                times, cpus, count = timed(run, args.reps)
                results[mode] = {**rates(min(times), docs, chars, count),
                                 "median_s": statistics.median(times),
                                 "cpu_s": statistics.median(cpus), "times": times}
        if "dask" in args.only:
            run_dask = dask_mode(items)
            if isinstance(run_dask, str):
                results["dask"] = {"skipped": run_dask}
            else:
                times, cpus, count = timed(run_dask, args.reps)
                results["dask"] = {**rates(min(times), docs, chars, count),
                                   "median_s": statistics.median(times),
                                   "cpu_s": statistics.median(cpus), "times": times}
        if "spark" in args.only:
            spark = spark_modes(items, args.reps)
            if "skipped" in spark:
                results["spark"] = spark
            else:
                results["spark"] = {**rates(min(spark["times"]), docs, chars,
                                            spark["records"]),
                                    "cold": rates(spark["cold_s"], docs, chars,
                                                  spark["records"]),
                                    "median_s": statistics.median(spark["times"]),
                                    "session_start_s": spark["session_start_s"],
                                    "times": spark["times"]}
    report["load_after"] = os.getloadavg()
    report["results"] = results
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{docs} PolNeAR articles, {chars / 1e6:.2f} MB of text, {os.cpu_count()} cores; "
          f"load average {report['load_before'][0]:.2f} before, "
          f"{report['load_after'][0]:.2f} after; fastest of {args.reps} runs (median)")
    for mode, r in results.items():
        if "skipped" in r:
            print(f"{mode:9} skipped: {r['skipped']}")
            continue
        extra = f"  (processor time {r['cpu_s']:.2f} s)" if "cpu_s" in r else ""
        if mode == "spark":
            extra = (f"  (cold first job {r['cold']['s']:.2f} s; session start "
                     f"{r['session_start_s']:.1f} s)")
        print(f"{mode:9} {r['s']:6.2f} s ({r['median_s']:5.2f})  "
              f"{r['docs_per_s']:6.1f} articles/s  {r['mb_per_s']:6.3f} MB/s  "
              f"{r['quantities_per_s']:7.0f} quantities/s{extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
