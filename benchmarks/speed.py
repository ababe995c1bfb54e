"""Processor-time speed of ``attribquant.extract`` against ``quantulum3.parser.parse``.

Usage: ``python benchmarks/speed.py [--corpus {polnear,gum}] [--reps N] [--quick]
[--no-quantulum] [--scale-chars N] [--package-dir DIR] [--json]``.

Build: the attribquant measured is the one ``import attribquant`` finds, or the one in
``--package-dir`` (an unpacked wheel, say the compiled one; the fresh subprocesses import it
too). The report's first line says which, and whether it is the pure-Python or the compiled
(mypyc) build.

Clock: every figure below is processor time of the measuring process (``time.process_time()``,
user + system CPU of all its threads), not wall time, so a busy machine slows the figures less.
MB = 2**20 bytes of UTF-8 throughout.

Corpus (``--corpus``, default ``polnear``): PolNeAR from ``$ATTRIBQUANT_SHARED/data/polnear``
(default shared dir ``../shared`` beside the repository root): all 84 ``dev/text/*.txt``
articles, then the first 300 ``train/text/*.txt`` articles, each split in sorted file-name order;
``--quick`` takes the 84 dev articles only. ``gum`` is the GUM news articles rebuilt by
``benchmarks/gumnews.py``. A missing corpus prints one line and exits 0.

Import cost: ``import attribquant`` in fresh ``sys.executable -c`` subprocesses (7 runs, 3 with
``--quick``); the median of the child's ``process_time()`` around the import is the figure held
against the 0.1 s target. Beside it: the median whole-child CPU (user + system, from
``getrusage(RUSAGE_CHILDREN)`` deltas around each run), the same for a bare ``python -c pass``,
and the child's wall time. Also in fresh processes: import + first ``extract()`` of a short
sentence, and quantulum3's import + first ``parse()``, with their side effects.

Throughput: attribquant gets whole articles (``attribquant.extract(text)``); quantulum3 gets one
sentence a call (its fastest mode), the sentences being ``attribquant.text.sentences(normalise(
text))`` sliced out of the normalised text, i.e. the characters attribquant's own stages read.
After one untimed warm-up pass of each tool, the passes alternate: attribquant pass 1,
quantulum3 pass 1, attribquant pass 2, quantulum3 pass 2, ... for ``--reps`` passes each
(default 5, 2 with ``--quick``); ``gc.collect()`` runs, untimed, before every pass. Reported:
each tool's median pass time, MB/s (attribquant: article bytes; quantulum3: sentence bytes) and
sentences/s, and the ratio of medians: quantulum3 median / attribquant median, i.e. how many
times faster attribquant processes the same sentences. Target: at least 20x. ``--no-quantulum``
skips quantulum3 altogether (its cold run, its passes and the ratio).

quantulum3's side effects are contained: its import warning is suppressed, and during its passes
the root logger holds only a NullHandler (so its per-call ``logging.basicConfig`` adds nothing);
the root logger's handlers and level are restored afterwards. attribquant is checked for the
same effects.

Scaling: one text made of the leading corpus articles joined by blank lines, up to the first
article that brings it to ``--scale-chars`` characters (default 100,000; the whole GUM corpus is
below that), is repeated 1x, 8x and 64x (copies joined by blank lines) and extracted as one text.
Each scale reports the median processor time of its runs (3 runs, 1 with ``--quick``; 1x runs at
least 3 times) per character, relative to 1x. Target: 64x within 10% per character of 1x
(ratio at most 1.10). Peak RSS (``ru_maxrss``) of the whole process closes the report.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import json
import logging
import os
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
from typing import Any, final

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gumnews
import polnear_texts

MB = float(1 << 20)
SHORT_TEXT = "Officials said up to 40 people were hurt, and about $3.5m was lost."
SCALES = (1, 8, 64)
POLNEAR_TRAIN = 300
RATIO_TARGET = 20.0
IMPORT_TARGET_S = 0.1
SCALE_TOLERANCE = 0.10
SCALE_CHARS = 100_000

Result = dict[str, Any]


@dataclass(frozen=True)
class Settings:
    """What to run, from the command line."""

    corpus: str
    reps: int
    quick: bool
    quantulum: bool
    scale_chars: int
    as_json: bool
    package_dir: str | None = None

    @property
    def import_runs(self) -> int:
        return 3 if self.quick else 7

    @property
    def cold_runs(self) -> int:
        return 1 if self.quick else 3

    @property
    def scale_reps(self) -> int:
        return 1 if self.quick else 3


class Report:
    """Prints report lines unless the JSON summary was asked for."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def __call__(self, line: str = "") -> None:
        if not self.quiet:
            print(line, flush=True)


def _verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


# ---------------------------------------------------------------------------------------------
# cold costs (fresh subprocesses)

_COLD_BARE = "print('{}')"

_COLD_AQ_IMPORT = """
import json, time
w0 = time.perf_counter()
t0 = time.process_time()
import attribquant
t1 = time.process_time()
w1 = time.perf_counter()
print(json.dumps({"import_cpu_s": t1 - t0, "import_wall_s": w1 - w0}))
"""

_COLD_AQ_FIRST = """
import json, logging, sys, time, warnings
root = logging.getLogger()
before = list(root.handlers)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t0 = time.process_time()
    import attribquant
    t1 = time.process_time()
    doc = attribquant.extract(TEXT)
    t2 = time.process_time()
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
    t0 = time.process_time()
    import quantulum3.parser
    t1 = time.process_time()
added_by_import = len([h for h in root.handlers if h not in before])
qs = quantulum3.parser.parse(TEXT)
t2 = time.process_time()
print(json.dumps({"import_s": t1 - t0, "first_parse_s": t2 - t1, "total_s": t2 - t0,
                  "quantities": len(qs),
                  "root_handlers_added_by_import": added_by_import,
                  "root_handlers_added_by_parse": len([h for h in root.handlers if h not in before])
                  - added_by_import,
                  "warnings": [f"{w.category.__name__}: {w.message}" for w in caught]}))
"""


@dataclass
class ColdRun:
    """One fresh process: what it printed, its whole CPU (user + system) and wall time."""

    data: dict[str, Any]
    child_cpu_s: float
    wall_s: float
    stderr: str


@dataclass
class Cold:
    """Several fresh-process runs of one snippet."""

    name: str
    runs: list[ColdRun]

    def med(self, key: str) -> float:
        """Median of a printed figure, or of ``child_cpu_s`` / ``wall_s``."""
        return statistics.median(
            r.data[key] if key in r.data else getattr(r, key) for r in self.runs
        )

    @property
    def data(self) -> dict[str, Any]:
        """The first run's printed data (counts and side effects are the same in every run)."""
        return self.runs[0].data

    @property
    def stderr(self) -> str:
        return "".join(r.stderr for r in self.runs)

    def summary(self) -> Result:
        figures = {k: self.med(k) for k, v in self.data.items() if isinstance(v, float)}
        return {
            "runs": len(self.runs),
            "child_cpu_s": self.med("child_cpu_s"),
            "wall_s": self.med("wall_s"),
            **self.data,
            **figures,
        }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_snippet(name: str, code: str) -> ColdRun:
    code = textwrap.dedent(code).replace("TEXT", repr(SHORT_TEXT))
    cpu0, wall0 = _children_cpu(), time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - wall0, _children_cpu() - cpu0
    if proc.returncode != 0:
        raise RuntimeError(f"cold run {name!r} failed:\n{proc.stderr}")
    return ColdRun(json.loads(proc.stdout.strip().splitlines()[-1]), cpu, wall, proc.stderr)


def cold_runs(name: str, code: str, runs: int) -> Cold:
    return Cold(name, [_run_snippet(name, code) for _ in range(runs)])


def import_cost(cfg: Settings, say: Report) -> Result:
    """``import attribquant`` in fresh processes, against the 0.1 s target."""
    bare = cold_runs("python", _COLD_BARE, cfg.import_runs)
    imp = cold_runs("aq_import", _COLD_AQ_IMPORT, cfg.import_runs)
    cpu = imp.med("import_cpu_s")
    say(
        f"cold costs in fresh `python -c` subprocesses (import: medians of {cfg.import_runs} "
        f"runs; first calls: medians of {cfg.cold_runs})"
    )
    say(
        f"  import attribquant, child process_time()      {cpu:7.3f} s   "
        f"target < {IMPORT_TARGET_S} s: {_verdict(cpu < IMPORT_TARGET_S)}"
    )
    child, bare_cpu = imp.med("child_cpu_s"), bare.med("child_cpu_s")
    say(
        f"  whole child CPU (getrusage children)          {child:7.3f} s   "
        f"(bare python -c: {bare_cpu:.3f} s; difference {child - bare_cpu:.3f} s)"
    )
    say(
        f"  wall: import {imp.med('import_wall_s'):.3f} s, whole child {imp.med('wall_s'):.3f} s "
        f"(bare python -c {bare.med('wall_s'):.3f} s)"
    )
    return {
        "import_cpu_s": cpu,
        "target_s": IMPORT_TARGET_S,
        "met": cpu < IMPORT_TARGET_S,
        "attribquant": imp.summary(),
        "bare_python": bare.summary(),
    }


def first_calls(cfg: Settings, with_quantulum: bool, say: Report) -> Result:
    """Import + first call of each tool in fresh processes, with their side effects."""
    aq = cold_runs("aq_first", _COLD_AQ_FIRST, cfg.cold_runs)
    say(
        f"  import + first extract() (process time)       {aq.med('total_s'):7.3f} s   "
        f"(first extract {aq.med('first_extract_s'):.3f} s, {aq.data['quantities']} quantities)"
    )
    out: Result = {"attribquant": {**aq.summary(), "stderr": aq.stderr.strip()}}
    if with_quantulum:
        qu = cold_runs("qu_first", _COLD_QU_FIRST, cfg.cold_runs)
        say(
            f"  quantulum3 import + first parse()             {qu.med('total_s'):7.3f} s   "
            f"(import {qu.med('import_s'):.3f} s, first parse {qu.med('first_parse_s'):.3f} s)"
        )
        say(
            f"    quantulum3 side effects: {len(qu.data['warnings'])} warning(s) on import, "
            f"{qu.data['root_handlers_added_by_parse']} root handler(s) added by parse()"
        )
        out["quantulum3"] = qu.summary()
    stderr = aq.stderr.strip()
    say(
        f"    attribquant side effects: {len(aq.data['warnings'])} warning(s), "
        f"{aq.data['root_handlers_added']} root handler(s) added, loggers with handlers "
        f"{aq.data['own_loggers_with_handlers'] or 'none'}, "
        f"stderr {repr(stderr[:200]) if stderr else 'EMPTY'}"
    )
    return out


# ---------------------------------------------------------------------------------------------
# corpus


@dataclass
class Corpus:
    """Whole articles for attribquant, their sentences for quantulum3."""

    label: str
    articles: list[str]
    sentences: list[str]

    @property
    def article_bytes(self) -> int:
        return sum(len(t.encode("utf-8")) for t in self.articles)

    @property
    def sentence_bytes(self) -> int:
        return sum(len(s.encode("utf-8")) for s in self.sentences)

    def summary(self) -> Result:
        return {
            "label": self.label,
            "articles": len(self.articles),
            "article_bytes": self.article_bytes,
            "characters": sum(len(t) for t in self.articles),
            "sentences": len(self.sentences),
            "sentence_bytes": self.sentence_bytes,
        }


def load_texts(cfg: Settings) -> tuple[str, list[str]]:
    """(label, texts) of the chosen corpus; no texts after the one-line notice when missing."""
    if cfg.corpus == "gum":
        texts = [a.text for a in gumnews.articles_or_notice()]
        return f"{len(texts)} GUM news articles", texts
    train = 0 if cfg.quick else POLNEAR_TRAIN
    texts = polnear_texts.texts_or_notice(train)
    dev = len(polnear_texts.split_files("dev"))
    return f"PolNeAR: {dev} dev + {len(texts) - dev} train articles", texts


def build_corpus(label: str, texts: Sequence[str]) -> Corpus:
    """Split each article with attribquant's own segmenter, slicing the normalised text."""
    from attribquant.text import normalise, sentences

    sents: list[str] = []
    for t in texts:
        norm = normalise(t)
        sents.extend(norm[s.start : s.end] for s in sentences(norm))
    return Corpus(label, list(texts), sents)


# ---------------------------------------------------------------------------------------------
# warm passes


@final
class Stopwatch:
    """Processor time (the reported figure) and wall time (JSON only) of a ``with`` block."""

    cpu_s = 0.0
    wall_s = 0.0

    def __enter__(self) -> Stopwatch:
        self._cpu0, self._wall0 = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cpu_s = time.process_time() - self._cpu0
        self.wall_s = time.perf_counter() - self._wall0


@dataclass
class Side:
    """Processor times and counts of one tool's timed passes."""

    name: str
    nbytes: int
    nsentences: int
    times: list[float] = field(default_factory=list)
    wall_times: list[float] = field(default_factory=list)
    found: int = 0
    errors: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def record(self, watch: Stopwatch, found: int, errors: int = 0) -> None:
        self.times.append(watch.cpu_s)
        self.wall_times.append(watch.wall_s)
        self.found, self.errors = found, errors

    def summary(self) -> Result:
        med = self.median
        return {
            "passes": len(self.times),
            "times_s": self.times,
            "wall_times_s": self.wall_times,
            "wall_median_s": statistics.median(self.wall_times),
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

    def run(self, record: bool) -> None:
        root = logging.getLogger()
        before = list(root.handlers)
        gc.collect()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            found = 0
            with Stopwatch() as watch:
                for text in self.corpus.articles:
                    found += len(self.extract(text).quantities)
        self.root_handlers_added += len([h for h in root.handlers if h not in before])
        self.warnings.extend(f"{w.category.__name__}: {w.message}" for w in caught)
        if record:
            self.side.record(watch, found)


class QuantulumPass:
    """One timed pass of quantulum3's ``parse``, a sentence a call, side effects contained."""

    def __init__(self, corpus: Corpus, parse: Callable[[str], list[Any]]) -> None:
        self.parse = parse
        self.corpus = corpus
        self.side = Side("quantulum3", corpus.sentence_bytes, len(corpus.sentences))

    def run(self, record: bool) -> None:
        root = logging.getLogger()
        saved_handlers, saved_level = list(root.handlers), root.level
        root.handlers = [logging.NullHandler()]  # basicConfig() is a no-op while root has one
        gc.collect()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = errors = 0
                with Stopwatch() as watch:
                    for s in self.corpus.sentences:
                        n = -1
                        with contextlib.suppress(Exception):  # count failures, do not abort
                            n = len(self.parse(s))
                        found, errors = (found + n, errors) if n >= 0 else (found, errors + 1)
        finally:
            root.handlers = saved_handlers
            root.setLevel(saved_level)
        if record:
            self.side.record(watch, found, errors)


def load_quantulum() -> tuple[Callable[[str], list[Any]] | None, list[str]]:
    """Import ``quantulum3.parser`` quietly; returns (parse or None, warnings it raised)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            import quantulum3.parser as qparser  # type: ignore[import-untyped]
        except ImportError:
            return None, []
    return qparser.parse, [f"{w.category.__name__}: {w.message}" for w in caught]


def alternate(aq: AttribquantPass, qp: QuantulumPass | None, reps: int) -> None:
    """One untimed warm-up pass each, then ``reps`` timed passes each, alternating tools."""
    aq.run(record=False)
    if qp is not None:
        qp.run(record=False)
    for _ in range(reps):
        aq.run(record=True)
        if qp is not None:
            qp.run(record=True)


def print_sides(sides: Sequence[Side], say: Report) -> None:
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


def throughput(cfg: Settings, corpus: Corpus, have_qu: bool, say: Report) -> Result:
    """Alternating processor-time passes of both tools over the corpus, and the ratio."""
    aq = AttribquantPass(corpus)
    parse, qu_import_warnings = load_quantulum() if have_qu else (None, [])
    qp = QuantulumPass(corpus, parse) if parse is not None else None
    tools = "alternating attribquant / quantulum3" if qp is not None else "attribquant only"
    say(
        f"throughput (processor time): {cfg.reps} timed passes each, {tools}, after one untimed "
        "warm-up pass each; medians"
    )
    alternate(aq, qp, cfg.reps)
    sides = [aq.side] + ([qp.side] if qp is not None else [])
    print_sides(sides, say)
    out: Result = {side.name: side.summary() for side in sides}
    if qp is not None:
        ratio = qp.side.median / aq.side.median
        out["ratio_attribquant_over_quantulum3"] = ratio
        out["ratio_target"] = RATIO_TARGET
        out["ratio_met"] = ratio >= RATIO_TARGET
        say(
            f"  ratio attribquant / quantulum3 speed (quantulum3 median / attribquant median, "
            f"same {len(corpus.sentences)} sentences): {ratio:.1f}x   "
            f"target >= {RATIO_TARGET:.0f}x: {_verdict(ratio >= RATIO_TARGET)}"
        )
        say(
            f"  (quantulum3 import warnings suppressed: {len(qu_import_warnings)}; root logger "
            "restored after each of its passes)"
        )
    say(
        f"  attribquant during the passes: {aq.root_handlers_added} root handler(s) added, "
        f"{len(aq.warnings)} warning(s)"
    )
    out["side_effects"] = {
        "attribquant_root_handlers_added": aq.root_handlers_added,
        "attribquant_warnings": aq.warnings,
        "quantulum3_import_warnings": qu_import_warnings,
    }
    return out


# ---------------------------------------------------------------------------------------------
# scaling


def scaling_base(texts: Sequence[str], chars: int) -> tuple[str, int]:
    """Leading articles joined by blank lines, up to the first that reaches ``chars`` chars;
    returns the text and the number of articles in it."""
    taken: list[str] = []
    size = 0
    for t in texts:
        taken.append(t)
        size += len(t) + 2
        if size >= chars:
            break
    return "\n\n".join(taken), len(taken)


def time_extract(text: str, runs: int) -> tuple[float, int]:
    """Median processor time of ``runs`` extractions of ``text``, and the quantities found."""
    import attribquant

    times: list[float] = []
    found = 0
    for _ in range(runs):
        gc.collect()
        with Stopwatch() as watch:
            doc = attribquant.extract(text, max_chars=None)  # 64x is past MAX_CHARS
        times.append(watch.cpu_s)
        found = len(doc.quantities)
        del doc
    return statistics.median(times), found


def scaling(base: str, reps: int) -> list[Result]:
    """attribquant on ``base`` repeated 1x, 8x, 64x: processor time per character vs 1x."""
    rows: list[Result] = []
    per_char_1x = 0.0
    for k in SCALES:
        text = "\n\n".join([base] * k)
        runs = max(reps, 3) if k == 1 else reps
        seconds, found = time_extract(text, runs)
        per_char = seconds / len(text)
        per_char_1x = per_char_1x or per_char
        rows.append(
            {
                "scale": k,
                "runs": runs,
                "characters": len(text),
                "input_mb": len(text.encode("utf-8")) / MB,
                "cpu_s": seconds,
                "us_per_char": per_char * 1e6,
                "mb_per_s": len(text.encode("utf-8")) / MB / seconds,
                "quantities": found,
                "per_char_ratio_to_1x": per_char / per_char_1x,
            }
        )
        del text
        gc.collect()
    return rows


def scaling_report(cfg: Settings, texts: Sequence[str], say: Report) -> Result:
    base, n_articles = scaling_base(texts, cfg.scale_chars)
    say(
        f"scaling (processor time): the first {n_articles} articles joined by blank lines "
        f"({len(base):,} characters) as one text, repeated {', '.join(f'{k}x' for k in SCALES)}; "
        f"median of {cfg.scale_reps} run(s), 1x at least 3"
    )
    rows = scaling(base, cfg.scale_reps)
    say(
        f"  {'scale':>6}{'chars':>12}{'cpu s':>9}{'us/char':>9}{'MB/s':>8}{'quantities':>12}"
        f"{'per char vs 1x':>16}"
    )
    for r in rows:
        say(
            f"  {r['scale']:>5}x{r['characters']:>12,}{r['cpu_s']:>9.3f}{r['us_per_char']:>9.3f}"
            f"{r['mb_per_s']:>8.3f}{r['quantities']:>12}{r['per_char_ratio_to_1x']:>16.3f}"
        )
    ratio = rows[-1]["per_char_ratio_to_1x"]
    met = ratio <= 1.0 + SCALE_TOLERANCE
    say(
        f"  64x per character = {ratio:.3f} x 1x per character   "
        f"target within {SCALE_TOLERANCE:.0%} (at most {1 + SCALE_TOLERANCE:.2f}): {_verdict(met)}"
    )
    return {
        "base_articles": n_articles,
        "base_characters": len(base),
        "rows": rows,
        "ratio_64x": ratio,
        "met": met,
    }


# ---------------------------------------------------------------------------------------------


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def parse_args(argv: list[str] | None) -> Settings:
    ap = argparse.ArgumentParser(description=(__doc__ or "speed benchmark").splitlines()[0])
    ap.add_argument(
        "--corpus",
        choices=("polnear", "gum"),
        default="polnear",
        help="texts to measure on (default polnear: 84 dev + 300 train articles)",
    )
    ap.add_argument(
        "--reps", type=int, default=None, help="timed passes per tool (default 5, 2 with --quick)"
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 2 passes, PolNeAR dev articles only, fewer cold and scaling runs",
    )
    ap.add_argument(
        "--no-quantulum",
        action="store_true",
        help="measure attribquant only (no quantulum3 import, passes or ratio)",
    )
    ap.add_argument(
        "--scale-chars",
        type=int,
        default=SCALE_CHARS,
        help=f"size of the 1x scaling text in characters (default {SCALE_CHARS:,})",
    )
    ap.add_argument(
        "--package-dir",
        help="import attribquant from this folder (an unpacked wheel), here and in the "
        "fresh subprocesses",
    )
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of text")
    args = ap.parse_args(argv)
    reps = args.reps if args.reps is not None else (2 if args.quick else 5)
    return Settings(
        corpus=args.corpus,
        reps=max(1, reps),
        quick=args.quick,
        quantulum=not args.no_quantulum,
        scale_chars=max(1, args.scale_chars),
        as_json=args.json,
        package_dir=args.package_dir,
    )


def use_build(package_dir: str | None) -> dict[str, str]:
    """Import attribquant from ``package_dir`` if given (and make the subprocesses do the
    same); which build it is: its folder, version, and "compiled" or "pure"."""
    if package_dir is not None:
        where = str(Path(package_dir).resolve())
        sys.path.insert(0, where)
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (where, os.environ.get("PYTHONPATH", "")) if p)
    import attribquant
    import attribquant.tokens

    compiled = attribquant.tokens.__file__.endswith((".so", ".pyd"))
    return {"path": str(Path(attribquant.__file__).parent), "version": attribquant.__version__,
            "build": "compiled" if compiled else "pure"}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; prints a report (or JSON with ``--json``)."""
    cfg = parse_args(argv)
    say = Report(cfg.as_json)
    build = use_build(cfg.package_dir)
    say(f"attribquant {build['version']}, {build['build']} build, from {build['path']}")
    label, texts = load_texts(cfg)
    if not texts:
        return 0
    have_qu = cfg.quantulum and _installed("quantulum3.parser")
    result: Result = {
        "python": sys.version.split()[0],
        "attribquant": build,
        "clock": "time.process_time",
        "reps": cfg.reps,
        "quick": cfg.quick,
    }
    result["import"] = import_cost(cfg, say)
    result["cold"] = first_calls(cfg, have_qu, say)
    if cfg.quantulum and not have_qu:
        say("  quantulum3 not installed: its cold cost and passes are skipped")
    corpus = build_corpus(label, texts)
    result["corpus"] = corpus.summary()
    say()
    say(
        f"corpus: {label}, {corpus.article_bytes / MB:.3f} MB ({corpus.article_bytes} bytes), "
        f"{len(corpus.sentences)} sentences ({corpus.sentence_bytes} bytes as sentences)"
    )
    result["throughput"] = throughput(cfg, corpus, have_qu, say)
    rss_after_warm = _maxrss_mb()
    say()
    result["scaling"] = scaling_report(cfg, texts, say)
    peak = _maxrss_mb()
    say()
    say(
        f"peak RSS (ru_maxrss, whole process: interpreter, libraries, corpus, the 64x text and "
        f"its result): {peak:.1f} MB (after the throughput passes: {rss_after_warm:.1f} MB)"
    )
    result["peak_rss_mb"] = peak
    result["peak_rss_after_throughput_mb"] = rss_after_warm
    if cfg.as_json:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
