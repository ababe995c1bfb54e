"""The command line's contract under stress, run as real processes: Ctrl-C, SIGTERM and a
killed worker end with one line and a documented exit status and leave no worker behind;
the progress bar is drawn only on a terminal, with bytes, documents, rate and final count.

All texts are written for these tests.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from attribquant import cli

REPO = Path(__file__).resolve().parents[1]

RECORD = (json.dumps({"id": "r", "text": "Police said up to 40 people were hurt. " * 20})
          + "\n").encode("utf-8")


def start(*args: str, stderr: int = subprocess.PIPE) -> subprocess.Popen[bytes]:
    """The CLI reading standard input from this test, in its own process group (a terminal's
    Ctrl-C reaches the whole group)."""
    return subprocess.Popen([sys.executable, "-m", "attribquant", "--jsonl-in", *args, "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                            start_new_session=True)


def children(pid: int) -> list[int]:
    try:
        return [int(k) for k in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def wait_for_workers(proc: subprocess.Popen[bytes], n: int) -> list[int]:
    deadline = time.monotonic() + 60
    while len(children(proc.pid)) < n:
        assert time.monotonic() < deadline, "the workers did not start"
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    return children(proc.pid)


def gone(pid: int) -> bool:
    """A process that has exited (a zombie not yet reaped by init counts as exited)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def finish(proc: subprocess.Popen[bytes], more: bytes = b"") -> tuple[int, str, str]:
    """Write ``more``, close standard input and collect the run."""
    out, err = proc.communicate(more or None, timeout=60)
    return proc.returncode, out.decode("utf-8"), (err or b"").decode("utf-8")


# --- Ctrl-C, SIGTERM, a dead worker -----------------------------------------------------

# (signal, sent to the process group or to the CLI alone, exit status, message)
SIGNALS = [
    pytest.param(signal.SIGINT, True, cli.EXIT_INTERRUPTED, "interrupted", id="ctrl-c"),
    pytest.param(signal.SIGINT, False, cli.EXIT_INTERRUPTED, "interrupted", id="sigint"),
    pytest.param(signal.SIGTERM, False, cli.EXIT_TERMINATED, "terminated", id="sigterm"),
]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize(("signum", "group", "status", "word"), SIGNALS)
def test_a_signal_ends_the_run_with_one_line(signum: int, group: bool, status: int, word: str,
                                             workers: str) -> None:
    proc = start("--workers", workers)
    proc.stdin.write(RECORD * 3)  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    if workers == "1":
        first = proc.stdout.readline()  # type: ignore[union-attr]  # written, flushed
        assert json.loads(first)["id"] == "r"
        pids: list[int] = []
    else:
        pids = wait_for_workers(proc, 1)
    (os.killpg if group else os.kill)(proc.pid, signum)
    code, _, err = finish(proc)
    assert code == status, err
    assert re.fullmatch(rf"attribquant: {word}( after [\d,]+ records \(through line \d+\))?\n",
                        err), err
    assert all(gone(pid) for pid in pids)


@pytest.mark.parametrize("attempt", range(6))
def test_ctrl_c_as_workers_start(attempt: int) -> None:
    """Ctrl-C the moment a worker appears, while others are still being forked: a
    KeyboardInterrupt raised inside Python's fork hooks would be swallowed there (the run
    went on and exited 0, or a worker hung); signals are held across each fork."""
    proc = start("--workers", "4")
    proc.stdin.write(RECORD * 12)  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    while not children(proc.pid):
        assert proc.poll() is None
        time.sleep(0.001)
    time.sleep(0.002 * attempt)
    pids = children(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    code, _, err = finish(proc)
    assert (code, err.count("\n")) == (cli.EXIT_INTERRUPTED, 1), err
    assert err.startswith("attribquant: interrupted")
    assert all(gone(pid) for pid in pids)


def test_a_dead_worker_ends_the_run_with_one_line() -> None:
    proc = start("--workers", "2")
    proc.stdin.write(RECORD)  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    pids = wait_for_workers(proc, 1)
    os.kill(pids[0], signal.SIGKILL)
    assert gone(pids[0])
    code, out, err = finish(proc, RECORD * 40)
    assert code == cli.EXIT_WORKER_DIED
    assert err.startswith("attribquant: a worker process died")
    assert err.count("\n") == 1 and "Traceback" not in err
    # what was written is whole records, in order: the ones finished before the death
    assert all(json.loads(line)["id"] == "r" for line in out.splitlines())
    assert all(gone(pid) for pid in children(proc.pid) + pids)


def test_the_exit_statuses_are_documented() -> None:
    usage = (REPO / "docs" / "usage.md").read_text(encoding="utf-8")
    for name in ("EXIT_OK", "EXIT_BAD_RECORDS", "EXIT_USAGE", "EXIT_WORKER_DIED",
                 "EXIT_INTERRUPTED", "EXIT_TERMINATED"):
        assert re.search(rf"^\| `{getattr(cli, name)}` \|", usage, re.MULTILINE), name
    help_text = subprocess.run([sys.executable, "-m", "attribquant", "--help"],
                               capture_output=True, text=True, check=True).stdout
    assert "130 interrupted" in " ".join(help_text.split())


# --- progress ---------------------------------------------------------------------------

def run_on_a_terminal(*args: str) -> tuple[int, str, str]:
    """The CLI with its stderr on a pseudo-terminal of 100 columns; standard input comes in
    two parts 2.5 s apart, so that the bar (drawn after one second) appears even when the
    process is slow to start on a busy machine."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    proc = start(*args, stderr=slave)
    os.close(slave)
    proc.stdin.write(RECORD * 3)  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    time.sleep(2.5)
    code, out, _ = finish(proc, RECORD * 2 + b'{"id": "bad"}\n')
    shown = b""
    while select.select([master], [], [], 1.0)[0]:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:  # the terminal's other end is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return code, out, shown.decode("utf-8")


def test_progress_on_a_terminal_shows_bytes_documents_rate_and_the_final_count() -> None:
    code, out, shown = run_on_a_terminal()
    assert code == cli.EXIT_BAD_RECORDS
    assert len(out.splitlines()) == 5 * 20
    draws = [d for d in re.split(r"[\r\n]+", shown) if d.startswith("attribquant: ") and "B" in d]
    assert draws, shown
    final = draws[-1]
    assert re.search(r"\b\d[\d.]*[kM]?B \[", final), final  # bytes read (a pipe: no size)
    assert re.search(r"\d[\d.]*[kM]?B/s", final), final  # rate
    assert final.endswith(", 5 docs, 1 bad]"), final
    assert 'attribquant: line 6 (id "bad"): no "text"' in shown
    assert shown.rstrip().endswith("the other 5 were written")


def test_quiet_draws_nothing_on_a_terminal() -> None:
    code, _, shown = run_on_a_terminal("--quiet")
    assert code == cli.EXIT_BAD_RECORDS
    assert "docs" not in shown and "B/s" not in shown
    assert shown.replace("\r\n", "\n") == (
        'attribquant: line 6 (id "bad"): no "text"\n'
        "attribquant: 1 of 6 records were bad and skipped; the other 5 were written\n")


def test_no_progress_and_no_carriage_return_in_a_log() -> None:
    proc = start()
    proc.stdin.write(RECORD * 3)  # type: ignore[union-attr]
    proc.stdin.flush()  # type: ignore[union-attr]
    time.sleep(1.5)  # a run longer than the bar's delay
    code, _, err = finish(proc, RECORD * 2)
    assert code == 0
    assert err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_of_a_file_shows_its_size_and_the_time_left(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(RECORD * 50)
    screen = _Terminal()
    with open(path, "rb") as raw:
        bar = cli._Progress.start(raw, enabled=True, stream=screen, delay=0)
        for k, line in enumerate(raw, 1):
            bar.update(len(line), k, 0)
        bar.close(50, 0)
    draws = screen.getvalue().split("\r")
    size = f"{len(RECORD) * 50 / 1024:.1f}kB"
    assert any(re.search(rf"%\|.*\| [\d.]+kB/{size} \[00:00<", d) for d in draws), draws
    assert draws[-1].startswith("attribquant: 100%")
    assert draws[-1].endswith(f"{size}/{size} [" + draws[-1].split("[", 1)[1])
    assert draws[-1].rstrip().endswith(", 50 docs]")
    assert cli._Progress.start(io.BytesIO(), enabled=True, stream=io.StringIO()).bar is None
    assert cli._Progress.start(io.BytesIO(), enabled=False, stream=_Terminal()).bar is None
