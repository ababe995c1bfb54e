"""Processor time of ``extract`` on hostile input classes, at 100 kB and at 8 times that.

Usage: ``python benchmarks/hostile.py [--size CHARS] [--only SUBSTRING] [--json]``.

Targets (issue "No input slows it down"): no class above 1.5 s of processor time per 100 kB,
and 8x the input at most 10x the time. Each class is a short unit repeated to the size (or a
generator for texts that must not repeat, such as many different organisation names); every
run happens in this process, the fastest of a few runs counts, and a run over the time limit
(wall clock, ``LIMIT_S``) is reported as such, not waited for. The tests in
``tests/test_hostile.py`` check results on the same kinds of input; this script is where
their time is measured.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import attribquant

LIMIT_S = 60.0
#: Below this many seconds for the 8x text the ratio is not judged: the class is fast.
FLOOR_S = 0.05


def repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def organisations(size: int) -> str:
    """'The Alpha Beta Organisation (ABC) said it.' with a new name each time."""
    out: list[str] = []
    total = k = 0
    while total < size:
        a, b = f"Org{k}a", f"Unit{k}b"
        s = f"The {a.title()} {b.title()} Organisation (ABC) said it. "
        out.append(s)
        total += len(s)
        k += 1
    return "".join(out)[:size]


def _letters(k: int) -> str:
    out = ""
    while True:
        out = chr(ord("A") + k % 26) + out
        k //= 26
        if not k:
            return out.rjust(4, "Q")


def acronyms(size: int) -> str:
    """'The World Health Organisation (QQAB) said it.' with a new acronym each time."""
    out: list[str] = []
    total = k = 0
    while total < size:
        s = f"The World Health Organisation ({_letters(k)}) said it. "
        out.append(s)
        total += len(s)
        k += 1
    return "".join(out)[:size]


def people(size: int) -> str:
    """'Dana Qab said it.' with a new surname each time, then as many new lone surnames
    opening a sentence ('Qac said it.'): the name scan and the resolver's link steps."""
    half: list[str] = []
    total = k = 0
    while total < size // 2:
        s = f"Dana {_letters(k).title()}x said it. "
        half.append(s)
        total += len(s)
        k += 1
    lone = [f"{_letters(k + j).title()}y said it. " for j in range(len(half))]
    return ("".join(half) + "".join(lone))[:size]


def news(size: int) -> str:
    paragraph = (
        "Flood waters forced about 2,400 families from their homes on Tuesday, the regional "
        'governor said. "We expect up to 15 more villages to be cut off," she told reporters, '
        "adding that at least 3 bridges had collapsed. Relief agencies said more than $4.5 "
        "million had been pledged, while forecasters warned that another 80 mm of rain could "
        "fall by Friday.\n\n"
    )
    return repeat(paragraph)(size)


CLASSES: dict[str, Callable[[int], str]] = {
    "news paragraphs": news,
    "could 5 (modal and number runs)": repeat("could 5 "),
    "reportedly 5 (evidential runs)": repeat("reportedly 5 "),
    "may have 5, (modal clauses)": repeat("may have 5, "),
    "disputed 5 (dispute runs)": repeat("officials disputed 5 "),
    "5-6 (dense ranges)": repeat("5-6 "),
    "1,000 (dense figures)": repeat("1,000 "),
    "$5 a share (rates)": repeat("$5 a share "),
    "organisations sharing one acronym": organisations,
    "one organisation, new acronyms": acronyms,
    "new people, then lone surnames": people,
    "he said (frames)": repeat("he said "),
    "He said. (sentences)": repeat("He said. "),
    "Mr. (abbreviations)": repeat("Mr. "),
    "digits without space": repeat("7"),
    "letters without space": repeat("x"),
    "(((( ))))": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
    "straight quotes": repeat('"'),
    "up to (bound words)": repeat("up to "),
    "million (scale words)": repeat("million "),
    "hundreds of thousands of": repeat("hundreds of thousands of "),
    "Said Roe, Said Roe (names)": repeat("Jo Roe said. "),
    "ROE: (transcript labels, no line breaks)": repeat("LINDQVIST: we cut 4 jobs. "),
    "JO ROE: then ROE: (transcript turns)": lambda n: ("JAKE LINDQVIST: hi. " + repeat(
        "LINDQVIST: we cut 4 jobs. ")(n))[:n],
}


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def timed(text: str) -> float | None:
    """Processor seconds of one ``extract(text)``, or None past the time limit.

    The limit is a wall-clock timer: a processor-time timer (``ITIMER_PROF``) makes Linux
    round the process's processor-time clock to its scheduler tick (4 ms here), which turned
    a 10 ms run into 8 or 12 ms and the ratio of a fast class into noise."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, LIMIT_S)
    t0 = time.process_time()
    try:
        attribquant.extract(text)
    except _Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - t0


def measure(make: Callable[[int], str], size: int, reps: int) -> tuple[float | None, float | None]:
    small, big = make(size), make(8 * size)
    one = [timed(small) for _ in range(reps)]
    if any(t is None for t in one):
        return None, None
    eight = [timed(big) for _ in range(2)]
    if any(t is None for t in eight):
        return min(t for t in one if t is not None), None
    return min(t for t in one if t is not None), min(t for t in eight if t is not None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--size", type=int, default=100_000, help="characters of the 1x text")
    ap.add_argument("--reps", type=int, default=3, help="runs of the 1x text (the fastest counts)")
    ap.add_argument("--only", default="", help="only the classes whose name holds this")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows = []
    for name, make in CLASSES.items():
        if args.only not in name:
            continue
        one, eight = measure(make, args.size, args.reps)
        per_100k = None if one is None else one * 100_000 / args.size
        ratio = None if one is None or eight is None or one == 0 else eight / one
        fast = eight is not None and eight < FLOOR_S  # ratios of a few ms are timer noise
        ok = per_100k is not None and per_100k <= 1.5 and (
            fast or (ratio is not None and ratio <= 10))
        rows.append({"class": name, "s_per_100k": per_100k, "ratio_8x": ratio, "ok": ok})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'input class':36} {'s / 100 kB':>10} {'8x / 1x':>8}  targets (<= 1.5 s, <= 10x)")
    for r in rows:
        s = "over limit" if r["s_per_100k"] is None else f"{r['s_per_100k']:.3f}"
        x = "-" if r["ratio_8x"] is None else f"{r['ratio_8x']:.1f}"
        print(f"{r['class']:36} {s:>10} {x:>8}  {'met' if r['ok'] else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
