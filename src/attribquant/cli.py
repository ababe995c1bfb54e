"""Command line: read a text (or JSON Lines of texts), print quantities as JSON Lines, CSV or
a table.

``attribquant FILE|-`` prints one JSON object per quantity; ``--format table`` aligns them,
``--format csv`` writes the flat columns of ``attribquant.to_records``. The contract (what a
bad record does, the exit statuses) is in docs/usage.md, "Command line contract".
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import io
import json
import math
import os
import signal
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterator
from types import FrameType
from typing import IO, Any, NamedTuple

from . import __version__
from .api import MAX_CHARS, SkippedItem, TextTooLong, extract, extract_many
from .model import Document, Quantity
from .tables import COLUMNS, to_records

#: Exit statuses (docs/usage.md): every record read and written.
EXIT_OK = 0
#: Some input records were bad: each was reported on stderr with its line number, and every
#: good record was written.
EXIT_BAD_RECORDS = 1
#: A usage error, or the input could not be opened or read (or, for one text, decoded), or
#: the output could not be written.
EXIT_USAGE = 2
#: A worker process died (killed, or out of memory); the records before it were written.
EXIT_WORKER_DIED = 3
#: Interrupted by Ctrl-C (SIGINT), or ended by SIGTERM: 128 + the signal number.
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM

_TABLE_COLUMNS = ("text", "value", "low", "high", "unit", "subject", "speaker", "hedges")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="attribquant",
        description="Extract attributed quantities (numbers, bounds, units, speakers, hedges) "
        "from English news text.",
        epilog="Exit status: 0 all read; 1 some --jsonl-in records were bad (each reported on "
        "stderr, every good one written); 2 usage error, unreadable input or unwritable "
        "output; 3 a worker "
        "process died; 130 interrupted (Ctrl-C); 143 terminated (SIGTERM).",
    )
    p.add_argument("input", help="a text file, or - for standard input")
    p.add_argument("--format", choices=("jsonl", "table", "csv"), default="jsonl",
                   help="JSON Lines, one quantity a line (default); an aligned table; or CSV "
                   "with the flat columns of attribquant.to_records")
    p.add_argument("--jsonl-in", action="store_true",
                   help='input is JSON Lines, one {"id": ..., "text": ...} object a line')
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes for --jsonl-in (default 1)")
    p.add_argument("--max-chars", type=_count, default=MAX_CHARS, metavar="N",
                   help=f"longest text read, in characters (default {MAX_CHARS:,}; 0: no "
                   "limit); a longer record is reported as bad")
    p.add_argument("--quiet", action="store_true", help="no progress bar on stderr")
    p.add_argument("--version", action="version", version=_version_line(),
                   help="show the version (and \"(compiled)\" for the compiled wheel), then exit")
    return p


def _version_line() -> str:
    """"attribquant 0.2.0", with " (compiled)" when the stages were compiled by mypyc: a
    platform wheel of a release, about twice as fast as the pure-Python wheel that pip
    falls back to where no compiled one is published (docs/usage.md)."""
    from . import tokens  # a compiled module is an extension module, not a .py file

    compiled = (tokens.__file__ or "").endswith((".so", ".pyd"))
    return f"attribquant {__version__}" + (" (compiled)" if compiled else "")


def _count(value: str) -> int:
    """A whole number of zero or more, for argparse."""
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, not {value!r}")
    return n


class _Terminated(BaseException):
    """SIGTERM, raised like Ctrl-C so that the same clean-up runs."""


class _Record(NamedTuple):
    """One record of --jsonl-in: its line, its id, its text (None when bad) and the reason it
    is bad; ``size`` counts its bytes and those of the blank lines before it."""

    line: int
    id: Any
    text: str | None
    error: str | None
    size: int


class _Run:
    """What a --jsonl-in run has done so far, for its messages, and the signal received."""

    def __init__(self) -> None:
        self.records = 0
        self.bad = 0
        self.last_line = 0
        self.signal = 0

    def check(self) -> None:
        """Raise for a signal whose exception was swallowed where Python ignores exceptions
        (a fork hook, a finaliser): the run stops at the next record instead."""
        if self.signal == signal.SIGINT:
            raise KeyboardInterrupt
        if self.signal:
            raise _Terminated


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    out = sys.stdout
    with contextlib.suppress(AttributeError, ValueError):
        # UTF-8 whatever the locale; a lone surrogate read from a JSON escape is written
        # back as the same escape, so each JSON line stays valid
        out.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
    run = _Run()
    with _signals_raise(run):
        try:
            status = _main(args, out, run)
            run.check()
            return status
        except KeyboardInterrupt:
            _say(f"interrupted{_where(run)}")
            return EXIT_INTERRUPTED
        except _Terminated:
            _say(f"terminated{_where(run)}")
            return EXIT_TERMINATED
        except BrokenPipeError:  # "| head": the reader has what it wanted
            _silence(out)
            return EXIT_OK
        except OSError as exc:  # a read or a write failed mid-run (a full disk, say)
            _say(f"input/output error{_where(run)}: {exc.strerror or exc}")
            _silence(out)
            return EXIT_USAGE
        except Exception as exc:
            from concurrent.futures.process import BrokenProcessPool

            if not isinstance(exc, BrokenProcessPool):
                raise
            _say(f"a worker process died (killed, or out of memory?){_where(run)}")
            return EXIT_WORKER_DIED


def _main(args: argparse.Namespace, out: IO[str], run: _Run) -> int:
    max_chars = args.max_chars or None
    name = "standard input" if args.input == "-" else args.input
    try:
        raw: IO[bytes] = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as exc:
        _say(f"cannot read {args.input}: {exc.strerror}")
        return EXIT_USAGE
    with contextlib.ExitStack() as stack:
        if args.input != "-":
            stack.enter_context(raw)
        if args.jsonl_in:
            return _jsonl_run(raw, args, max_chars, out, run)
        try:
            # keep "\r\n" as written, so offsets index into the file's own text
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="").read()
        except (OSError, UnicodeDecodeError) as exc:
            _say(f"cannot read {name}: {exc}")
            return EXIT_USAGE
        try:
            doc = extract(text, max_chars=max_chars)
        except TextTooLong as exc:
            _say(f"{name}: {exc} (--max-chars)")
            return EXIT_BAD_RECORDS
        writer = _writer(args.format, out, with_id=False)
        writer.write(doc)
        writer.close()
    return EXIT_OK


def _jsonl_run(raw: IO[bytes], args: argparse.Namespace, max_chars: int | None,
               out: IO[str], run: _Run) -> int:
    """Every good record written in input order, every bad one reported in its place."""
    progress = _Progress.start(raw, enabled=not args.quiet)
    records: deque[_Record] = deque()  # read, not yet written or reported

    def items() -> Iterator[dict[str, Any]]:
        for rec in _read_jsonl(raw):
            records.append(rec)
            # a bad record goes in without a text: extract_many skips it in its place
            yield {"id": rec.id, "text": rec.text}

    def done(rec: _Record, error: str | None) -> None:
        run.check()
        run.records += 1
        run.last_line = rec.line
        if error is not None:
            run.bad += 1
            where = f"line {rec.line}" + ("" if rec.id is None else f" (id {_id_text(rec.id)})")
            progress.say(f"attribquant: {where}: {error}")
        progress.update(rec.size, run.records, run.bad)

    def skipped(item: SkippedItem) -> None:
        rec = records.popleft()
        done(rec, rec.error or _reason(item.error))

    writer = _writer(args.format, out, with_id=True)
    try:
        for doc in extract_many(items(), workers=args.workers, max_chars=max_chars,
                                on_error=skipped):
            rec = records.popleft()
            try:
                writer.write(doc)
            except ValueError as exc:  # not strict JSON: never expected, reported if so
                done(rec, f"cannot be written as strict JSON ({exc})")
            else:
                done(rec, None)
        writer.close()
    finally:
        progress.close(run.records, run.bad)
    if run.bad:
        _say(f"{run.bad:,} of {run.records:,} records were bad and skipped; "
             f"the other {run.records - run.bad:,} were written")
        return EXIT_BAD_RECORDS
    return EXIT_OK


# --- reading JSON Lines -----------------------------------------------------------------

def _read_jsonl(raw: IO[bytes]) -> Iterator[_Record]:
    """The records of a JSON Lines stream, bad ones included, with their line numbers; a
    UTF-8 byte order mark and CRLF line ends are accepted, blank lines skipped."""
    blank = 0
    for lineno, line in enumerate(raw, 1):
        size = len(line) + blank
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            blank = size
            continue
        blank = 0
        yield _parse_line(line, lineno, size)


def _parse_line(line: bytes, lineno: int, size: int) -> _Record:
    try:
        text = line.decode("utf-8").rstrip("\r\n")  # column numbers within this line
    except UnicodeDecodeError as exc:
        bad = line[exc.start:exc.start + 1].hex().upper()
        return _Record(lineno, None, None, f"not UTF-8 (byte 0x{bad})", size)
    try:
        obj = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except ValueError as exc:  # JSONDecodeError included
        msg = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) \
            else str(exc)
        return _Record(lineno, None, None, f"not JSON ({msg})", size)
    except RecursionError:
        return _Record(lineno, None, None, "not JSON (nested too deeply)", size)
    if not isinstance(obj, dict):
        return _Record(lineno, None, None, f"not a JSON object but {_json_type(obj)}", size)
    if "text" not in obj:
        return _Record(lineno, obj.get("id"), None, 'no "text"', size)
    if not isinstance(obj["text"], str):
        what = _json_type(obj["text"])
        return _Record(lineno, obj.get("id"), None, f'"text" is {what}, not a string', size)
    # without an "id", the line number is the record's id; "id": null stays null
    return _Record(lineno, obj.get("id", lineno), obj["text"], None, size)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _finite(literal: str) -> float:
    x = float(literal)
    if not math.isfinite(x):
        raise ValueError(f"{literal} is out of range")
    return x


def _json_type(obj: object) -> str:
    if isinstance(obj, bool):
        return "a boolean"
    if isinstance(obj, (int, float)):
        return "a number"
    if isinstance(obj, dict):
        return "an object"
    if isinstance(obj, list):
        return "an array"
    return "a string" if isinstance(obj, str) else "null"


def _reason(error: Exception) -> str:
    if isinstance(error, TextTooLong):
        return f"{error} (--max-chars)"
    return f"extraction failed ({type(error).__name__}: {error})"


def _id_text(rid: Any) -> str:
    return json.dumps(rid, ensure_ascii=False)


# --- writing ----------------------------------------------------------------------------

class _Writer:
    """Writes documents in one format; ``close`` finishes the output."""

    def __init__(self, out: IO[str], with_id: bool) -> None:
        self.out = out
        self.with_id = with_id

    def write(self, doc: Document) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class _JsonLines(_Writer):
    def write(self, doc: Document) -> None:
        lines = []
        for q in doc.quantities:
            d = q.to_dict()
            if self.with_id:
                d = {"id": doc.id, **d}
            lines.append(json.dumps(d, ensure_ascii=False, allow_nan=False) + "\n")
        self.out.write("".join(lines))
        self.out.flush()  # a slow stream shows each document as it is done


class _Csv(_Writer):
    def __init__(self, out: IO[str], with_id: bool) -> None:
        super().__init__(out, with_id)
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(COLUMNS)

    def write(self, doc: Document) -> None:
        self.csv.writerows([_cell(v) for v in r.values()] for r in to_records(doc))
        self.out.flush()


class _Table(_Writer):
    """A table needs every row first to align its columns."""

    def __init__(self, out: IO[str], with_id: bool) -> None:
        super().__init__(out, with_id)
        self.rows: list[tuple[str, ...]] = []

    def write(self, doc: Document) -> None:
        lead = (_id_text(doc.id),) if self.with_id else ()
        self.rows.extend((*lead, *_row(q)) for q in doc.quantities)

    def close(self) -> None:
        header = ("id", *_TABLE_COLUMNS) if self.with_id else _TABLE_COLUMNS
        _print_table(header, self.rows, self.out)
        super().close()


def _writer(fmt: str, out: IO[str], *, with_id: bool) -> _Writer:
    kinds: dict[str, Callable[[IO[str], bool], _Writer]] = {
        "jsonl": _JsonLines, "csv": _Csv, "table": _Table}
    return kinds[fmt](out, with_id)


def _cell(v: Any) -> str:
    """A CSV cell: empty for None, true/false, numbers as Python writes them, an id that is
    not a string as JSON."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return repr(v)
    return json.dumps(v, ensure_ascii=False, allow_nan=False)


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


# --- progress, messages, signals --------------------------------------------------------

class _Progress:
    """A tqdm bar on stderr, drawn only when stderr is a terminal: bytes read (of the file's
    size when known, with the time left), documents, rate; the final count when it ends."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar

    @classmethod
    def start(cls, raw: IO[bytes], enabled: bool, stream: IO[str] | None = None,
              delay: float = 1.0) -> _Progress:
        stream = sys.stderr if stream is None else stream
        if not enabled or not stream.isatty():
            return cls(None)
        from tqdm import tqdm  # only here: importing it costs time a pipe never needs

        tqdm.monitor_interval = 0  # no monitor thread: nothing the bar needs

        total = _size(raw)
        # with a known size: bytes read of bytes in all, and the time left
        shape = None if total is None else _BAR_OF_KNOWN_SIZE
        return cls(tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024,
                        file=stream, delay=delay, dynamic_ncols=True, desc="attribquant",
                        bar_format=shape))

    def update(self, size: int, records: int, bad: int) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(_counts(records, bad), refresh=False)
            self.bar.update(size)

    def say(self, line: str) -> None:
        if self.bar is None:
            print(line, file=sys.stderr, flush=True)
        else:
            self.bar.write(line, file=sys.stderr)

    def close(self, records: int, bad: int) -> None:
        if self.bar is not None:
            if self.bar.total is not None and self.bar.n < self.bar.total:
                self.bar.update(self.bar.total - self.bar.n)  # trailing blank lines
            self.bar.set_postfix_str(_counts(records, bad), refresh=False)
            self.bar.close()


_BAR_OF_KNOWN_SIZE = ("{desc}: {percentage:3.0f}%|{bar}| {n_fmt}B/{total_fmt}B "
                      "[{elapsed}<{remaining}, {rate_fmt}{postfix}]")


def _counts(records: int, bad: int) -> str:
    """Documents written, and bad records if any."""
    return f"{records - bad:,} docs" + (f", {bad:,} bad" if bad else "")


def _size(raw: IO[bytes]) -> int | None:
    """The input's size in bytes, for a regular file; None for a pipe or a terminal."""
    try:
        st = os.fstat(raw.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _say(message: str) -> None:
    print(f"attribquant: {message}", file=sys.stderr, flush=True)


def _where(run: _Run) -> str:
    if not run.records:
        return ""
    return f" after {run.records:,} records (through line {run.last_line})"


def _silence(out: IO[str]) -> None:
    """Point standard output at /dev/null, so the exit flush finds no closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())


@contextlib.contextmanager
def _signals_raise(run: _Run) -> Iterator[None]:
    """While the run lasts, Ctrl-C raises ``KeyboardInterrupt`` and SIGTERM ``_Terminated``
    (so that workers are stopped), and both are noted in ``run``."""

    def handler(signum: int, frame: FrameType | None) -> None:
        run.signal = signum
        run.check()

    try:
        old = [(s, signal.signal(s, handler)) for s in (signal.SIGINT, signal.SIGTERM)]
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for s, h in old:
            signal.signal(s, h)
