"""Throughput of ``attribquant.extract`` (full pipeline) against ``quantulum3.parser.parse`` alone.
Same GUM news texts, one process: cold costs, warm passes, linear-scaling check and peak RSS.

Usage: ``python benchmarks/speed.py [--reps N] [--quick] [--json]``.

Corpus: the GUM news articles rebuilt by ``benchmarks/gumnews.py`` (``$ATTRIBQUANT_SHARED`` or
``../shared``). attribquant gets whole articles; quantulum3 gets one sentence a call (its fastest
mode), the sentences being ``attribquant.text.sentences(normalise(text))`` sliced out of the
normalised text, i.e. the characters attribquant's own stages read. Both sides therefore process the
same sentences; the throughput ratio is taken on sentences/s (= inverse ratio of pass times).
MB = 2**20 bytes throughout. Cold figures come from fresh ``sys.executable -c`` subprocesses.

quantulum3's side effects are contained: its import warning is suppressed, and during its passes the
root logger holds only a NullHandler (so its per-call ``logging.basicConfig`` adds nothing); the root
logger's handlers and level are restored afterwards. attribquant is checked for the same effects.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import logging
import resource
import statistics
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gumnews

MB = float(1 << 20)
SHORT_TEXT = "Officials said up to 40 people were hurt, and about $3.5m was lost."
SCALES = (1, 8, 64)

# ---------------------------------------------------------------------------------------------
# cold costs (fresh subprocesses)

_COLD_AQ_IMPORT = """
import json, time
t0 = time.perf_counter()
import attribquant
print(json.dumps({"import_s": time.perf_counter() - t0}))
"""

_COLD_AQ_FIRST = """
import json, logging, sys, time, warnings
root = logging.getLogger()
before = list(root.handlers)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t0 = time.perf_counter()
    import attribquant
    t1 = time.perf_counter()
    doc = attribquant.extract(TEXT)
    t2 = time.perf_counter()
own = [n for n, lg in logging.Logger.manager.loggerDict.items()
       if n.startswith("attribquant") and isinstance(lg, logging.Logger) and lg.handlers]
print(json.dumps({"import_s": t1 - t0, "first_extract_s": t2 - t1, "total_s": t2 - t0,
                  "quantities": len(doc.quantities),
                  "root_handlers_added": len([h for h in root.handlers if h not in before]),
                  "own_loggers_with_handlers": own,
                  "warnings": [f"{w.category.__name__}: {w.message}" for w in caught]}))
"""

_COLD_QU_FIRST = """
import json, logging, time, warnings
root = logging.getLogger()
before = list(root.handlers)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t0 = time.perf_counter()
    import quantulum3.parser
    t1 = time.perf_counter()
added_by_import = len([h for h in root.handlers if h not in before])
qs = quantulum3.parser.parse(TEXT)
t2 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_parse_s": t2 - t1, "total_s": t2 - t0,
                  "quantities": len(qs),
                  "root_handlers_added_by_import": added_by_import,
                  "root_handlers_added_by_parse": len([h for h in root.handlers if h not in before])
                  - added_by_import,
                  "warnings": [f"{w.category.__name__}: {w.message}" for w in caught]}))
"""


@dataclass
class ColdRun:
    """One fresh-process measurement: in-process figures plus the whole process's wall time."""

    name: str
    wall_s: float
    data: dict[str, Any]
    stderr: str


def _run_snippet(name: str, code: str) -> ColdRun:
    code = textwrap.dedent(code).replace("TEXT", repr(SHORT_TEXT))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"cold run {name!r} failed:\n{proc.stderr}")
    return ColdRun(name, wall, json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr)


def _median_run(name: str, code: str, runs: int) -> ColdRun:
    """Median (by wall time) of ``runs`` fresh-process runs; stderr of all runs is kept."""
    done = sorted((_run_snippet(name, code) for _ in range(runs)), key=lambda r: r.wall_s)
    mid = done[len(done) // 2]
    mid.stderr = "".join(r.stderr for r in done)
    return mid


def cold_costs(runs: int, with_quantulum: bool) -> dict[str, ColdRun]:
    """Interpreter start, attribquant import, attribquant first extract, quantulum3 first parse."""
    out = {
        "python": _median_run("python", "print('{}')", runs),
        "aq_import": _median_run("aq_import", _COLD_AQ_IMPORT, runs),
        "aq_first": _median_run("aq_first", _COLD_AQ_FIRST, runs),
    }
    if with_quantulum:
        out["qu_first"] = _median_run("qu_first", _COLD_QU_FIRST, runs)
    return out


# ---------------------------------------------------------------------------------------------
# warm passes


@dataclass
class Corpus:
    """Whole articles for attribquant, their sentences for quantulum3."""

    articles: list[str]
    sentences: list[str]

    @property
    def article_bytes(self) -> int:
        return sum(len(t.encode("utf-8")) for t in self.articles)

    @property
    def sentence_bytes(self) -> int:
        return sum(len(s.encode("utf-8")) for s in self.sentences)


def build_corpus(texts: Sequence[str]) -> Corpus:
    """Split each article with attribquant's own segmenter, slicing the normalised text."""
    from attribquant.text import normalise, sentences

    sents: list[str] = []
    for t in texts:
        norm = normalise(t)
        sents.extend(norm[s.start : s.end] for s in sentences(norm))
    return Corpus(list(texts), sents)


@dataclass
class Side:
    """Timings and counts of one tool's warm passes."""

    name: str
    nbytes: int
    nsentences: int
    times: list[float] = field(default_factory=list)
    found: int = 0
    errors: int = 0

    def summary(self) -> dict[str, float | int]:
        med = statistics.median(self.times)
        return {
            "passes": len(self.times),
            "median_s": med,
            "min_s": min(self.times),
            "max_s": max(self.times),
            "mb_per_s": self.nbytes / MB / med,
            "sentences_per_s": self.nsentences / med,
            "input_bytes": self.nbytes,
            "sentences": self.nsentences,
            "found_per_pass": self.found,
            "errors_per_pass": self.errors,
        }


class AttribquantPass:
    """One timed pass of ``attribquant.extract`` over whole articles, checked for side effects."""

    def __init__(self, corpus: Corpus) -> None:
        import attribquant

        self.extract = attribquant.extract
        self.corpus = corpus
        self.side = Side("attribquant", corpus.article_bytes, len(corpus.sentences))
        self.root_handlers_added = 0
        self.warnings: list[str] = []

    def run(self, record: bool) -> float:
        root = logging.getLogger()
        before = list(root.handlers)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            t0 = time.perf_counter()
            found = 0
            for text in self.corpus.articles:
                found += len(self.extract(text).quantities)
            elapsed = time.perf_counter() - t0
        self.root_handlers_added += len([h for h in root.handlers if h not in before])
        self.warnings.extend(f"{w.category.__name__}: {w.message}" for w in caught)
        if record:
            self.side.times.append(elapsed)
            self.side.found = found
        return elapsed


class QuantulumPass:
    """One timed pass of ``quantulum3.parser.parse``, one sentence a call, side effects contained."""

    def __init__(self, corpus: Corpus, parse: Callable[[str], list[Any]]) -> None:
        self.parse = parse
        self.corpus = corpus
        self.side = Side("quantulum3", corpus.sentence_bytes, len(corpus.sentences))

    def run(self, record: bool) -> float:
        root = logging.getLogger()
        saved_handlers, saved_level = list(root.handlers), root.level
        root.handlers = [logging.NullHandler()]  # basicConfig() is a no-op while root has one
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = errors = 0
                t0 = time.perf_counter()
                for s in self.corpus.sentences:
                    try:
                        found += len(self.parse(s))
                    except Exception:  # noqa: BLE001 - count, do not abort the benchmark
                        errors += 1
                elapsed = time.perf_counter() - t0
        finally:
            root.handlers = saved_handlers
            root.setLevel(saved_level)
        if record:
            self.side.times.append(elapsed)
            self.side.found, self.side.errors = found, errors
        return elapsed


def load_quantulum() -> tuple[Callable[[str], list[Any]] | None, list[str]]:
    """Import ``quantulum3.parser`` quietly; returns (parse or None, warnings it raised)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            import quantulum3.parser as qparser  # type: ignore[import-untyped]
        except ImportError:
            return None, []
    return qparser.parse, [f"{w.category.__name__}: {w.message}" for w in caught]


# ---------------------------------------------------------------------------------------------
# scaling


def scaling(texts: Sequence[str], reps: int) -> list[dict[str, float | int]]:
    """attribquant on the corpus repeated 1x, 8x, 64x (articles joined by blank lines)."""
    import attribquant

    one = "\n\n".join(texts)
    rows: list[dict[str, float | int]] = []
    base = 0.0
    for k in SCALES:
        doc_text = "\n\n".join([one] * k)
        n = reps if k < 64 else 1
        times: list[float] = []
        for _ in range(n):
            t0 = time.perf_counter()
            doc = attribquant.extract(doc_text)
            times.append(time.perf_counter() - t0)
        best = min(times)
        if k == 1:
            base = best
        nbytes = len(doc_text.encode("utf-8"))
        rows.append(
            {
                "scale": k,
                "input_mb": nbytes / MB,
                "seconds": best,
                "mb_per_s": nbytes / MB / best,
                "quantities": len(doc.quantities),
                "time_ratio_to_1x": best / base,
                "per_unit_ratio": best / base / k,
            }
        )
        del doc, doc_text
        gc.collect()
    return rows


# ---------------------------------------------------------------------------------------------


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; prints a report (or JSON with ``--json``)."""
    ap = argparse.ArgumentParser(description=(__doc__ or "speed benchmark").splitlines()[0])
    ap.add_argument("--reps", type=int, default=5, help="warm passes per tool (default 5)")
    ap.add_argument(
        "--quick", action="store_true", help="2 warm passes, 1 cold run each, scaling timed once"
    )
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of text")
    args = ap.parse_args(argv)
    reps = 2 if args.quick else max(1, args.reps)
    cold_runs = 1 if args.quick else 3
    scale_reps = 1 if args.quick else 3

    def say(line: str = "") -> None:
        if not args.json:
            print(line, flush=True)

    articles = gumnews.articles_or_notice()
    if not articles:
        return 0
    texts = [a.text for a in articles]
    result: dict[str, Any] = {"python": sys.version.split()[0], "reps": reps}

    # -- cold ---------------------------------------------------------------------------------
    have_qu = _installed("quantulum3.parser")
    say(f"cold costs (fresh subprocess, median of {cold_runs}; 'wall' includes interpreter start)")
    cold = cold_costs(cold_runs, have_qu)
    py = cold["python"].wall_s
    aq_i, aq_f = cold["aq_import"], cold["aq_first"]
    say(f"  bare python -c                          wall {py:7.3f} s")
    say(
        f"  attribquant import                      {aq_i.data['import_s']:7.3f} s   "
        f"wall {aq_i.wall_s:7.3f} s"
    )
    say(
        f"  attribquant import + first extract()    {aq_f.data['total_s']:7.3f} s   "
        f"wall {aq_f.wall_s:7.3f} s   (first extract {aq_f.data['first_extract_s']:.3f} s, "
        f"{aq_f.data['quantities']} quantities)"
    )
    result["cold"] = {k: {"wall_s": v.wall_s, **v.data} for k, v in cold.items()}
    if "qu_first" in cold:
        qu = cold["qu_first"]
        say(
            f"  quantulum3 import + first parse()       {qu.data['total_s']:7.3f} s   "
            f"wall {qu.wall_s:7.3f} s   (import {qu.data['import_s']:.3f} s, first parse "
            f"{qu.data['first_parse_s']:.3f} s)"
        )
        say(
            f"    quantulum3 side effects: {len(qu.data['warnings'])} warning(s) on import, "
            f"{qu.data['root_handlers_added_by_parse']} root handler(s) added by parse()"
        )
    else:
        say("  quantulum3 not installed: its cold cost and warm passes are skipped")
    aq_effects = (
        len(aq_f.data["warnings"]),
        aq_f.data["root_handlers_added"],
        aq_f.data["own_loggers_with_handlers"],
        aq_f.stderr.strip(),
    )
    say(
        f"    attribquant side effects: {aq_effects[0]} warning(s), {aq_effects[1]} root "
        f"handler(s) added, loggers with handlers {aq_effects[2] or 'none'}, "
        f"stderr {'EMPTY' if not aq_effects[3] else repr(aq_effects[3][:200])}"
    )

    # -- warm ---------------------------------------------------------------------------------
    corpus = build_corpus(texts)
    aq = AttribquantPass(corpus)
    parse, qu_import_warnings = load_quantulum() if have_qu else (None, [])
    qp = QuantulumPass(corpus, parse) if parse is not None else None
    say()
    say(
        f"corpus: {len(texts)} GUM news articles, {corpus.article_bytes / MB:.3f} MB "
        f"({corpus.article_bytes} bytes), {len(corpus.sentences)} sentences "
        f"({corpus.sentence_bytes} bytes as sentences)"
    )
    say(
        f"warm passes: {reps} each, alternating attribquant / quantulum3, after one untimed "
        "warm-up pass each"
    )
    aq.run(record=False)
    if qp is not None:
        qp.run(record=False)
    for _ in range(reps):
        aq.run(record=True)
        if qp is not None:
            qp.run(record=True)
    sides = [aq.side] + ([qp.side] if qp is not None else [])
    say(
        f"  {'tool':<12}{'median s':>10}{'min s':>9}{'max s':>9}{'MB/s':>9}{'sent/s':>10}"
        f"{'found':>8}{'errors':>8}"
    )
    for side in sides:
        s = side.summary()
        say(
            f"  {side.name:<12}{s['median_s']:>10.3f}{s['min_s']:>9.3f}{s['max_s']:>9.3f}"
            f"{s['mb_per_s']:>9.3f}{s['sentences_per_s']:>10.0f}{s['found_per_pass']:>8}"
            f"{s['errors_per_pass']:>8}"
        )
    result["warm"] = {side.name: side.summary() for side in sides}
    if qp is not None:
        ratio = statistics.median(qp.side.times) / statistics.median(aq.side.times)
        result["warm"]["throughput_ratio_attribquant_over_quantulum3"] = ratio
        say(
            f"  throughput ratio attribquant / quantulum3 (median, same {len(corpus.sentences)} "
            f"sentences): {ratio:.1f}x"
        )
        say(
            f"  (quantulum3 import warnings suppressed: {len(qu_import_warnings)}; root logger "
            "restored after each of its passes)"
        )
    say(
        f"  attribquant during warm passes: {aq.root_handlers_added} root handler(s) added, "
        f"{len(aq.warnings)} warning(s)"
    )
    result["side_effects"] = {
        "attribquant_root_handlers_added": aq.root_handlers_added + aq_effects[1],
        "attribquant_warnings": aq.warnings + aq_f.data["warnings"],
        "attribquant_cold_stderr": aq_effects[3],
        "quantulum3_import_warnings": qu_import_warnings,
    }
    rss_after_warm = _maxrss_mb()

    # -- scaling ------------------------------------------------------------------------------
    say()
    say(
        f"scaling: attribquant on the corpus repeated {', '.join(f'{k}x' for k in SCALES)} "
        f"(one text, articles joined by blank lines; best of {scale_reps}, 64x once)"
    )
    rows = scaling(texts, scale_reps)
    say(
        f"  {'scale':>6}{'input MB':>10}{'seconds':>10}{'MB/s':>8}{'quantities':>12}"
        f"{'t/t(1x)':>9}{'t/(k*t1x)':>11}"
    )
    for r in rows:
        say(
            f"  {r['scale']:>5}x{r['input_mb']:>10.3f}{r['seconds']:>10.3f}{r['mb_per_s']:>8.3f}"
            f"{r['quantities']:>12}{r['time_ratio_to_1x']:>9.2f}{r['per_unit_ratio']:>11.2f}"
        )
    r8 = next(r for r in rows if r["scale"] == 8)
    r64 = next(r for r in rows if r["scale"] == 64)
    say(
        f"  time(8x)/time(1x) = {r8['time_ratio_to_1x']:.2f}, time(64x)/time(8x) = "
        f"{r64['seconds'] / r8['seconds']:.2f} (linear: 8 and 8)"
    )
    result["scaling"] = rows

    # -- memory -------------------------------------------------------------------------------
    peak = _maxrss_mb()
    say()
    say(
        f"peak RSS (ru_maxrss, whole process: interpreter, both libraries, corpus, and the 64x "
        f"document with its result): {peak:.1f} MB (after the warm passes: {rss_after_warm:.1f} MB)"
    )
    result["peak_rss_mb"] = peak
    result["peak_rss_after_warm_mb"] = rss_after_warm
    if args.json:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
