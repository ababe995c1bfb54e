"""List the lines of the project that share a run of words with the shared evaluation data.

Usage::

    python tools/shared_overlap.py [--words N] [--shared DIR] [PATH ...]

Text in ``src/``, ``tests/``, ``docs/``, ``examples/``, the README and the CHANGELOG is
written for this project: no sentence is pasted from the evaluation sets (NewsQuant,
PolNeAR, GUM) or from the example article in ``../shared``. This script reads every text of
``../shared`` (or ``--shared``, or ``$ATTRIBQUANT_SHARED``), collects its runs of ``N``
words (lower-cased letters and digits; default 6), and prints each project line where such a
run starts, with the run. A few stock phrases of news writing, listed in ``STOCK``, are
not reported. Exit status 1 when anything is found, 0 when nothing is, 2 without the data.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: What is read in the project.
PROJECT = ("src", "tests", "docs", "examples", "README.md", "CHANGELOG.md")
SUFFIXES = frozenset({".py", ".md", ".txt", ".tsv", ".json"})
#: Phrases that news writing shares everywhere (and the brief's own example sentence): the
#: project may use them, and no run of words inside one is reported.
STOCK = (
    "did not respond to a request for comment",
    "he went on to say that",
    "said in an interview with the",
    "he said when asked by a reporter whether",
    "the russian defense ministry said the attack killed up to 40 soldiers",
)
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def runs(ws: list[str], n: int) -> Iterator[str]:
    for i in range(len(ws) - n + 1):
        yield " ".join(ws[i:i + n])


def shared_texts(shared: Path) -> Iterator[str]:
    """Every text of the shared folder: the PolNeAR articles, GUM's sentences, NewsQuant's
    sentences and the files of the example article."""
    data = shared / "data"
    for path in sorted((data / "polnear").rglob("*.txt")):
        yield path.read_text("utf-8", "replace")
    for path in sorted((data / "gum-news").glob("*.conllu")):
        lines = path.read_text("utf-8").splitlines()
        yield " ".join(line[9:] for line in lines if line.startswith("# text = "))
    newsquant = data / "newsquant" / "NewsQuant-dev.json"
    if newsquant.is_file():
        yield from (item["text"] for item in json.loads(newsquant.read_text("utf-8")))
    for path in sorted((shared / "examples").glob("*")):
        if path.is_file():
            yield path.read_text("utf-8", "replace")


def project_files(paths: list[Path]) -> Iterator[Path]:
    for base in paths:
        if base.is_file():
            yield base
        elif base.is_dir():
            yield from (p for p in sorted(base.rglob("*"))
                        if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts)


def overlaps(shared: Path, paths: list[Path], n: int) -> Iterator[tuple[Path, int, str]]:
    """(file, line, run) for each project line where a run of ``n`` shared words starts."""
    seen: set[str] = set()
    for text in shared_texts(shared):
        seen.update(runs(words(text), n))
    seen -= {run for phrase in STOCK for run in runs(phrase.split(), n)}
    for path in project_files(paths):
        ws: list[str] = []
        where: list[int] = []
        for number, line in enumerate(path.read_text("utf-8", "replace").splitlines(), 1):
            found = words(line)
            ws += found
            where += [number] * len(found)
        reported: set[int] = set()
        for i, run in enumerate(runs(ws, n)):
            if run in seen and where[i] not in reported:
                reported.add(where[i])
                yield path, where[i], run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path,
                        help="files or folders (default: the project)")
    parser.add_argument("--words", type=int, default=6, help="length of a run (default 6)")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get(
        "ATTRIBQUANT_SHARED", REPO.parent / "shared")))
    args = parser.parse_args(argv)
    if not (args.shared / "data").is_dir():
        print(f"no shared data at {args.shared}", file=sys.stderr)
        return 2
    paths = args.paths or [REPO / p for p in PROJECT]
    found = 0
    for path, line, run in overlaps(args.shared, paths, args.words):
        shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
        print(f"{shown}:{line}: {run!r}")
        found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
