"""Cost of ``import attribquant`` in fresh interpreters, against the 0.1 s target.

Usage: ``python benchmarks/import_time.py [--runs N] [--top K] [--package-dir D] [--json]``.

Each run is a fresh ``sys.executable -c`` process that times ``import attribquant`` with
``time.perf_counter()`` (wall) and ``time.process_time()`` (processor time of the child); the
figures are the medians over ``--runs`` processes (default 9); the processor time is held
against the target (as in ``benchmarks/speed.py``: a busy machine inflates wall time more),
next to the wall time of a bare ``python -c pass`` (interpreter start-up, which no import can
remove).  One more process runs
under ``-X importtime`` and lists the ``--top`` modules with the largest own ("self") import
time, and the optional or heavy modules the import loaded (none is expected).  Needs no data;
prints a report and exits 0 whatever the figures (speed is never a test assertion).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TARGET_S = 0.1
#: Modules that ``import attribquant`` must not load: optional extras and slow machinery.
HEAVY = ["pandas", "spacy", "pyspark", "pyarrow", "dask", "tqdm", "importlib.metadata",
         "quantulum3.parser"]

_TIMED = """
import json, sys, time
w0, c0 = time.perf_counter(), time.process_time()
import attribquant
c1, w1 = time.process_time(), time.perf_counter()
print(json.dumps({"wall_s": w1 - w0, "cpu_s": c1 - c0, "file": attribquant.__file__,
                  "loaded": [m for m in HEAVY if m in sys.modules]}))
"""


def _env(package_dir: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if package_dir:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_dir, env.get("PYTHONPATH")]))
    return env


def timed_runs(runs: int, env: dict[str, str]) -> list[dict[str, Any]]:
    code = _TIMED.replace("HEAVY", repr(HEAVY))
    out = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, check=True)
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def bare_runs(runs: int, env: dict[str, str]) -> list[float]:
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        walls.append(time.perf_counter() - t0)
    return walls


def importtime_top(top: int, env: dict[str, str]) -> list[tuple[str, int, int]]:
    """(module, self us, cumulative us) of the ``top`` largest self times under attribquant."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import attribquant"],
                          env=env, capture_output=True, text=True, check=True)
    rows: list[tuple[str, int, int]] = []
    started = False
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
        if name == "site":  # interpreter start-up (.pth files) ends here; the import follows
            started = True
            continue
        if started:
            rows.append((name, int(own), int(cumulative)))
    return sorted(rows, key=lambda r: -r[1])[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=9, help="fresh processes to time (default 9)")
    ap.add_argument("--top", type=int, default=8, help="slowest modules to list (default 8)")
    ap.add_argument("--package-dir", help="import attribquant from this folder (PYTHONPATH)")
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead")
    args = ap.parse_args(argv)
    env = _env(args.package_dir)
    runs = timed_runs(max(1, args.runs), env)
    wall = statistics.median(r["wall_s"] for r in runs)
    cpu = statistics.median(r["cpu_s"] for r in runs)
    bare = statistics.median(bare_runs(max(1, args.runs), env))
    top = importtime_top(args.top, env)
    loaded = sorted({m for r in runs for m in r["loaded"]})
    result = {"python": sys.version.split()[0], "file": runs[0]["file"], "runs": len(runs),
              "import_wall_s": wall, "import_cpu_s": cpu, "bare_python_wall_s": bare,
              "target_s": TARGET_S, "met": cpu < TARGET_S, "heavy_modules_loaded": loaded,
              "slowest_self_us": top}
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"import attribquant ({Path(runs[0]['file']).parent}), medians of {len(runs)} "
          f"fresh processes, Python {result['python']}:")
    print(f"  process time {cpu:.3f} s, target < {TARGET_S} s: "
          f"{'MET' if cpu < TARGET_S else 'NOT MET'}; wall {wall:.3f} s "
          f"(bare python -c pass: {bare:.3f} s wall)")
    print(f"  optional or heavy modules loaded: {', '.join(loaded) if loaded else 'none'}")
    print("  largest own import times (-X importtime, one run):")
    for name, own, cumulative in top:
        print(f"    {own / 1000:6.1f} ms  (cumulative {cumulative / 1000:6.1f} ms)  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
