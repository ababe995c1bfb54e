"""Command line: read a text (or JSON Lines of texts), print quantities as JSONL or a table.

``attribquant FILE|-`` prints one JSON object per quantity; ``--format table`` aligns them.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import IO, Any

from . import __version__
from .api import extract, extract_many
from .model import Document, Quantity

_TABLE_COLUMNS = ("text", "value", "low", "high", "unit", "subject", "speaker", "hedges")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="attribquant",
        description="Extract attributed quantities (numbers, bounds, units, speakers, hedges) "
        "from English news text.",
    )
    p.add_argument("input", help="a text file, or - for standard input")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                   help="JSON Lines, one quantity a line (default), or an aligned table")
    p.add_argument("--jsonl-in", action="store_true",
                   help='input is JSON Lines, one {"id": ..., "text": ...} object a line')
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes for --jsonl-in (default 1)")
    p.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    p.add_argument("--version", action="version", version=f"attribquant {__version__}")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        # newline="": keep "\r\n" as written, so offsets index into the file's own text
        stream = (io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")
                  if args.input == "-" else open(args.input, encoding="utf-8", newline=""))  # noqa: SIM115
    except OSError as exc:
        print(f"attribquant: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
        return 2
    out = sys.stdout
    try:
        with stream:
            if args.jsonl_in:
                records = _read_jsonl(stream)
                progress = _Progress(sys.stderr, enabled=not args.quiet)
                _emit_many(records, args, out, progress)
                progress.close()
            else:
                doc = extract(stream.read())
                _emit(doc, None, args.format, out, with_id=False)
    except BrokenPipeError:  # pragma: no cover - "| head"
        return 0
    except ValueError as exc:
        print(f"attribquant: {exc}", file=sys.stderr)
        return 2
    return 0


def _read_jsonl(stream: IO[str]) -> Iterator[tuple[Any, str, int]]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {lineno}: not JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ValueError(f'line {lineno}: expected an object with a "text" string')
        yield obj.get("id", lineno), obj["text"], len(line)  # "id": null stays null


def _emit_many(records: Iterable[tuple[Any, str, int]], args: argparse.Namespace, out: IO[str],
               progress: _Progress) -> None:
    ids: deque[tuple[Any, int]] = deque()

    def texts() -> Iterator[str]:
        for rid, text, size in records:
            ids.append((rid, size))
            yield text

    table: list[tuple[str, ...]] = []  # a table needs every row first to align its columns
    for doc in extract_many(texts(), workers=args.workers):
        rid, size = ids.popleft()
        if args.format == "table":
            table.extend((json.dumps(rid), *_row(q)) for q in doc.quantities)
        else:
            _emit(doc, rid, args.format, out, with_id=True)
        progress.update(size)
    if args.format == "table":
        _print_table(("id", *_TABLE_COLUMNS), table, out)


def _emit(doc: Document, rid: Any, fmt: str, out: IO[str], *, with_id: bool) -> None:
    """Write one document's quantities: JSON Lines (with the record id) or a table."""
    if fmt == "jsonl":
        for q in doc.quantities:
            d = q.to_dict()
            if with_id:
                d = {"id": rid, **d}
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
        return
    _print_table(_TABLE_COLUMNS, [_row(q) for q in doc.quantities], out)


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]], out: IO[str]) -> None:
    widths = [max([len(h)] + [len(r[c]) for r in rows]) for c, h in enumerate(header)]
    out.write("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip() + "\n")
    for r in rows:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _fmt(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:g}" if abs(x) < 1e15 else f"{x:.3e}"


def _row(q: Quantity) -> tuple[str, ...]:
    speaker = q.speaker.name if q.speaker else "-"
    return (
        q.text.replace("\n", " "),
        _fmt(q.value),
        _fmt(q.low),
        _fmt(q.high),
        q.unit or "-",
        (q.subject or "-").replace("\n", " "),
        speaker,
        ",".join(f"{h.kind}:{h.cue}" for h in q.hedges) or "-",
    )


class _Progress:
    """A one-line progress display on stderr (bytes read, documents, rate)."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.docs = 0
        self.bytes = 0
        self.t0 = time.monotonic()
        self.last = 0.0
        self.drawn = False

    def update(self, size: int) -> None:
        self.docs += 1
        self.bytes += size
        now = time.monotonic()
        # only long runs show progress: nothing is drawn in the first second
        if self.enabled and now - self.t0 > 1.0 and now - self.last > 0.2:
            self.last = now
            self.drawn = True
            rate = self.bytes / max(now - self.t0, 1e-9) / 1e6
            self.stream.write(f"\r{self.docs} docs, {self.bytes / 1e6:.1f} MB, {rate:.2f} MB/s")
            self.stream.flush()

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
