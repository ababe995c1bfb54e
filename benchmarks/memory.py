"""Peak RSS of attribquant streaming a JSONL corpus (CLI, ``extract_many``) and on one big text.
Each case runs in its own subprocess; prints case, input MB, peak RSS MB, seconds, RSS over time.

Usage: ``python benchmarks/memory.py [--sizes 1,200] [--doc-mb 10] [--quick] [--trace] [--json]``,
or ``python benchmarks/memory.py --per-mb 0.5,1,2`` for the cost of one document per MB.

Inputs are synthesised from the GUM news articles (``benchmarks/gumnews.py``): JSONL files of
``{"id", "text"}`` records repeating the article texts with varied ids, and one document of the
articles joined by blank lines; they live in a temporary directory removed at the end. The peak RSS
of a case is ``/usr/bin/time -f %M`` of that one child (see ``measure`` for why not the
``ru_maxrss`` of ``wait4``/``RUSAGE_CHILDREN``); VmRSS is also sampled from /proc while it runs, to
show growth. MB = 2**20 bytes. Target stated by the issue: peak RSS under 120 MB per process whether
the input is 1 MB or 200 MB (quantulum3 loaded alone: about 55 MB); and one 10 MB document extracts
without holding more than a few copies of the text. ``--trace`` runs the single document once more
under tracemalloc (about three times slower) and reports the bytes allocated during ``extract`` at
their peak, the part the returned ``Document`` keeps, and the difference in copies of the text.

``--per-mb SIZES`` measures instead one document of each input class (news paragraphs, the GUM
articles joined, and number-dense text: ``5-6 5-6 ...``, ``1,000 1,000 ...``, ``could 5 ...``)
at each size, read with ``max_chars=None``: its peak RSS, the processor seconds of ``extract``,
and both per MB of text above the baseline. These figures set ``attribquant.MAX_CHARS``
(docs/usage.md, "Limits").
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gumnews

MB = float(1 << 20)
TARGET_MB = 120.0
SAMPLE_EVERY_S = 0.2

_BASELINE = """
import attribquant
attribquant.extract("Officials said up to 40 people were hurt, and about $3.5m was lost.")
"""

_QUANTULUM = """
import warnings
warnings.simplefilter("ignore")
import quantulum3.parser
quantulum3.parser.parse("Officials said up to 40 people were hurt, and about $3.5m was lost.")
"""

_EXTRACT_MANY = """
import json, sys
import attribquant

def texts():
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]

n = 0
for doc in attribquant.extract_many(texts()):
    n += len(doc.quantities)
print(n)
"""

_ONE_DOC = """
import sys
import attribquant

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
doc = attribquant.extract(text, max_chars=None)  # a text past attribquant.MAX_CHARS
print(len(doc.quantities))
"""

_ONE_DOC_TIMED = """
import json, sys, time
import attribquant

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
t0 = time.process_time()
doc = attribquant.extract(text, max_chars=None)
print(json.dumps({"cpu_s": time.process_time() - t0, "quantities": len(doc.quantities)}))
"""

_ONE_DOC_TRACED = """
import json, sys, tracemalloc
import attribquant

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
attribquant.extract("Officials said up to 40 people were hurt.")  # tables loaded before the trace
tracemalloc.start()
doc = attribquant.extract(text, max_chars=None)
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"text_mb": sys.getsizeof(text) / 2**20, "peak_mb": peak / 2**20,
                  "document_mb": current / 2**20}))
"""


@dataclass
class Case:
    """One measured subprocess."""

    name: str
    input_mb: float
    peak_rss_mb: float
    seconds: float
    rss_quartiles_mb: list[float] = field(default_factory=list)  # max VmRSS in each time quarter
    returncode: int = 0
    stderr: str = ""
    stdout_tail: str = ""

    @property
    def growth_mb(self) -> float:
        """Max RSS of the last quarter of the run minus that of the first quarter."""
        q = self.rss_quartiles_mb
        return q[-1] - q[0] if len(q) == 4 else 0.0


TIME_BIN = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def _proc_status_mb(pid: int, keys: tuple[str, ...]) -> dict[str, float]:
    """``VmRSS``/``VmHWM`` (MB) of a live process from /proc, {} when it is gone."""
    out: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                key = line.split(":", 1)[0]
                if key in keys:
                    out[key] = int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        return {}
    return out


def _only_child(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            kids = f.read().split()
    except OSError:
        return None
    return int(kids[0]) if len(kids) == 1 else None


def measure(name: str, argv: list[str], input_mb: float, stdout_to_null: bool = True) -> Case:
    """Run ``argv`` and report its peak RSS, sampling VmRSS while it runs.

    The peak comes from ``/usr/bin/time -f %M`` when present. Not from ``os.wait4`` or
    ``RUSAGE_CHILDREN``: on Linux a child's ``ru_maxrss`` starts at the RSS of the process that
    forked it (exec keeps the old high-water mark), so it would report this script's own size for
    any child smaller than that. Without /usr/bin/time the child's /proc VmHWM (reset by exec) is
    sampled; its last ``SAMPLE_EVERY_S`` of growth can be missed.
    """
    with tempfile.TemporaryDirectory(prefix="aq-measure-") as tmp:
        rss_file = Path(tmp) / "maxrss"
        full = [TIME_BIN, "-f", "%M", "-o", str(rss_file), *argv] if TIME_BIN else argv
        with open(Path(tmp) / "err", "w+") as err, open(Path(tmp) / "out", "w+") as out:
            sink = subprocess.DEVNULL if stdout_to_null else out
            t0 = time.perf_counter()
            proc = subprocess.Popen(full, stdout=sink, stderr=err, stdin=subprocess.DEVNULL)
            target: int | None = None if TIME_BIN else proc.pid
            samples: list[tuple[float, float]] = []
            hwm = 0.0
            try:
                while proc.poll() is None:
                    if target is None:
                        target = _only_child(proc.pid)
                    if target is not None:
                        st = _proc_status_mb(target, ("VmRSS", "VmHWM"))
                        if "VmRSS" in st:
                            samples.append((time.perf_counter() - t0, st["VmRSS"]))
                        hwm = max(hwm, st.get("VmHWM", 0.0))
                    time.sleep(SAMPLE_EVERY_S)
            finally:
                if proc.poll() is None:  # interrupted: do not leave the child running
                    if target is not None:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(target, signal.SIGTERM)
                    proc.terminate()
                    proc.wait()
            elapsed = time.perf_counter() - t0
            err.seek(0)
            out.seek(0)
            stderr, stdout = err.read(), out.read()
        if TIME_BIN:
            lines = rss_file.read_text(encoding="utf-8").strip().splitlines()
            peak = int(lines[-1]) / 1024.0
        else:
            peak = hwm
    quartiles: list[float] = []
    if samples:
        for k in range(4):
            lo, hi = elapsed * k / 4, elapsed * (k + 1) / 4
            in_q = [r for t, r in samples if lo <= t < hi]
            quartiles.append(max(in_q) if in_q else (quartiles[-1] if quartiles else 0.0))
    return Case(
        name, input_mb, peak, elapsed, quartiles, proc.returncode, stderr, stdout.strip()[-200:]
    )


def write_jsonl(path: Path, texts: list[tuple[str, str]], target_bytes: int) -> int:
    """Repeat the articles as ``{"id", "text"}`` lines until the file reaches ``target_bytes``."""
    size = 0
    rep = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target_bytes:
            for name, text in texts:
                line = json.dumps({"id": f"{name}-{rep:06d}", "text": text}, ensure_ascii=False)
                data = line + "\n"
                f.write(data)
                size += len(data.encode("utf-8"))
                if size >= target_bytes:
                    break
            rep += 1
    return size


def write_document(path: Path, texts: list[str], target_bytes: int) -> int:
    """One text: the articles joined by blank lines, repeated until ``target_bytes``."""
    parts: list[str] = []
    size = 0
    while size < target_bytes:
        for t in texts:
            parts.append(t)
            size += len(t.encode("utf-8")) + 2
            if size >= target_bytes:
                break
    data = "\n\n".join(parts)
    path.write_text(data, encoding="utf-8")
    return len(data.encode("utf-8"))


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def cli_flags_missing() -> list[str]:
    """Flags this benchmark needs that ``python -m attribquant --help`` does not mention."""
    proc = subprocess.run(
        [sys.executable, "-m", "attribquant", "--help"], capture_output=True, text=True, check=False
    )
    return [f for f in ("--jsonl-in", "--quiet") if f not in proc.stdout]


def _snippet(code: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code)]


def per_mb(sizes: list[float], as_json: bool, only: str = "") -> int:
    """Peak RSS and processor time of one document of each input class at each size."""
    import hostile

    classes = {
        "news paragraphs": hostile.news,
        "dense ranges '5-6 '": hostile.repeat("5-6 "),
        "dense figures '1,000 '": hostile.repeat("1,000 "),
        "modal runs 'could 5 '": hostile.repeat("could 5 "),
    }
    articles = gumnews.load_articles() if gumnews.DATA_DIR.is_dir() else []
    if articles:
        joined = "\n\n".join(a.text for a in articles)
        classes["GUM news articles joined"] = hostile.repeat(joined + "\n\n")
    base = measure("baseline", _snippet(_BASELINE), 0.0).peak_rss_mb
    rows = []
    if not as_json:
        print(f"baseline (import + one short text): {base:.1f} MB peak RSS")
        print(f"{'input class':28}{'MB':>6}{'quantities':>12}{'peak RSS MB':>13}{'CPU s':>8}"
              f"{'RSS MB/MB':>11}{'CPU s/MB':>10}")
    with tempfile.TemporaryDirectory(prefix="aq-per-mb-") as tmp:
        path = Path(tmp) / "document.txt"
        for name, make in classes.items():
            if only not in name:
                continue
            for size in sizes:
                path.write_text(make(int(size * MB)), encoding="utf-8")
                nbytes = path.stat().st_size / MB
                case = measure(name, [*_snippet(_ONE_DOC_TIMED), str(path)], nbytes,
                               stdout_to_null=False)
                try:
                    got = json.loads(case.stdout_tail.splitlines()[-1])
                except (ValueError, IndexError):
                    got = {"cpu_s": float("nan"), "quantities": -1}
                row = {"class": name, "mb": nbytes, "quantities": got["quantities"],
                       "peak_rss_mb": case.peak_rss_mb, "cpu_s": got["cpu_s"],
                       "rss_mb_per_mb": (case.peak_rss_mb - base) / nbytes,
                       "cpu_s_per_mb": got["cpu_s"] / nbytes}
                rows.append(row)
                if not as_json:
                    print(f"{name:28}{nbytes:>6.2f}{row['quantities']:>12}"
                          f"{row['peak_rss_mb']:>13.1f}{row['cpu_s']:>8.1f}"
                          f"{row['rss_mb_per_mb']:>11.1f}{row['cpu_s_per_mb']:>10.1f}", flush=True)
    if as_json:
        print(json.dumps({"baseline_mb": base, "rows": rows}, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the cases and print the table (or JSON with ``--json``)."""
    ap = argparse.ArgumentParser(description=(__doc__ or "memory benchmark").splitlines()[0])
    ap.add_argument(
        "--sizes", default="1,200", help="JSONL input sizes in MB, comma-separated (default 1,200)"
    )
    ap.add_argument(
        "--doc-mb", type=float, default=10.0, help="size of the single document in MB (default 10)"
    )
    ap.add_argument("--quick", action="store_true", help="use sizes 1,20")
    ap.add_argument(
        "--trace",
        action="store_true",
        help="also trace the single document's allocations with tracemalloc (slow)",
    )
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of text")
    ap.add_argument(
        "--per-mb",
        default="",
        help="instead: one document of each input class at these sizes in MB (e.g. 0.5,1,2)",
    )
    ap.add_argument("--only", default="", help="with --per-mb: the classes whose name holds this")
    args = ap.parse_args(argv)
    # SIGTERM unwinds like Ctrl-C, so the temporary files (up to the largest size) are removed
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    if args.per_mb:
        sizes = [float(s) for s in args.per_mb.split(",") if s.strip()]
        return per_mb(sizes, args.json, args.only)
    sizes = [1.0, 20.0] if args.quick else [float(s) for s in args.sizes.split(",") if s.strip()]

    def say(line: str = "") -> None:
        if not args.json:
            print(line, flush=True)

    articles = gumnews.articles_or_notice()
    if not articles:
        return 0
    named = [(a.name, a.text) for a in articles]
    missing = cli_flags_missing()
    cases: list[Case] = []
    notes: list[str] = []
    if missing:
        notes.append(
            f"CLI lacks {', '.join(missing)} (python -m attribquant --help): CLI cases skipped"
        )

    say(
        f"{'case':<34}{'input MB':>10}{'peak RSS MB':>13}{'seconds':>10}   RSS by time quarter (MB)"
    )

    def record(case: Case) -> None:
        cases.append(case)
        quarters = " ".join(f"{q:6.1f}" for q in case.rss_quartiles_mb)
        flag = "" if case.returncode == 0 else f"  EXIT {case.returncode}"
        say(
            f"{case.name:<34}{case.input_mb:>10.2f}{case.peak_rss_mb:>13.1f}{case.seconds:>10.1f}"
            f"   {quarters}{flag}"
        )

    record(measure("baseline: import + 1 short extract", _snippet(_BASELINE), 0.0))
    if _installed("quantulum3.parser"):
        record(measure("quantulum3: import + 1 parse", _snippet(_QUANTULUM), 0.0))
    else:
        notes.append("quantulum3 not installed: its reference row is skipped")

    trace: dict[str, float] | None = None
    with tempfile.TemporaryDirectory(prefix="aq-memory-") as tmp:
        tmpdir = Path(tmp)
        for size in sizes:
            path = tmpdir / f"corpus-{size:g}mb.jsonl"
            nbytes = write_jsonl(path, named, int(size * MB))
            if not missing:
                record(
                    measure(
                        f"CLI --jsonl-in ({size:g} MB)",
                        [sys.executable, "-m", "attribquant", "--jsonl-in", "--quiet", str(path)],
                        nbytes / MB,
                    )
                )
            record(
                measure(
                    f"extract_many(generator) ({size:g} MB)",
                    [*_snippet(_EXTRACT_MANY), str(path)],
                    nbytes / MB,
                    stdout_to_null=False,
                )
            )
            path.unlink()
        doc_path = tmpdir / "document.txt"
        doc_bytes = write_document(doc_path, [t for _, t in named], int(args.doc_mb * MB))
        one = measure(
            f"extract(one {args.doc_mb:g} MB document)",
            [*_snippet(_ONE_DOC), str(doc_path)],
            doc_bytes / MB,
            stdout_to_null=False,
        )
        record(one)
        if args.trace:
            traced = measure(
                f"extract(one {args.doc_mb:g} MB document), traced",
                [*_snippet(_ONE_DOC_TRACED), str(doc_path)],
                doc_bytes / MB,
                stdout_to_null=False,
            )
            record(traced)
            try:
                trace = json.loads(traced.stdout_tail.splitlines()[-1])
            except (ValueError, IndexError):
                notes.append("traced run printed no figures")
            else:
                transient = trace["peak_mb"] - trace["document_mb"]
                say(
                    f"  tracemalloc: the text takes {trace['text_mb']:.1f} MB; extract allocates "
                    f"{trace['peak_mb']:.1f} MB at its peak, the Document keeps "
                    f"{trace['document_mb']:.1f} MB; the other {transient:.1f} MB at the peak "
                    f"= {transient / trace['text_mb']:.1f}x the text"
                )

    base = cases[0].peak_rss_mb
    say()
    say(
        f"single document: peak RSS / document size = {one.peak_rss_mb / one.input_mb:.1f}; "
        f"(peak - baseline {base:.1f} MB) / size = {(one.peak_rss_mb - base) / one.input_mb:.1f}"
    )
    streaming = [c for c in cases if "jsonl" in c.name or "extract_many" in c.name]
    over = [c.name for c in streaming if c.peak_rss_mb >= TARGET_MB]
    say(
        f"target (streaming): peak RSS < {TARGET_MB:g} MB per process -> "
        + ("met by every streaming case" if not over else "NOT met by: " + "; ".join(over))
    )
    say(
        f"single document (outside the streaming target): {one.peak_rss_mb:.1f} MB, "
        + ("under" if one.peak_rss_mb < TARGET_MB else "over")
        + f" {TARGET_MB:g} MB"
    )
    for c in cases:
        if c.stderr.strip():
            notes.append(f"{c.name}: stderr {c.stderr.strip()[:300]!r}")
        if c.returncode:
            notes.append(f"{c.name}: exit status {c.returncode}")
    for c in streaming:
        if c.growth_mb > 10:
            notes.append(
                f"{c.name}: RSS grew {c.growth_mb:.1f} MB from the first to the last "
                "quarter of the run"
            )
    for n in notes:
        say(f"note: {n}")
    if args.json:
        print(
            json.dumps(
                {
                    "sizes_mb": sizes,
                    "target_mb": TARGET_MB,
                    "cases": [{**asdict(c), "growth_mb": c.growth_mb} for c in cases],
                    "single_doc_rss_per_mb": one.peak_rss_mb / one.input_mb,
                    "single_doc_trace": trace,
                    "notes": notes,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except KeyboardInterrupt:
        print("interrupted; temporary files removed", file=sys.stderr)
        raise SystemExit(130) from None
