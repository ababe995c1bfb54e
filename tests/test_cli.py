"""The command line, run as a real process: JSON Lines and table output, file and standard
input, --jsonl-in with ids, errors and exit codes, --quiet, the console script.

All texts are written for these tests.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import attribquant

TEXT = (
    "Firefighters said up to 60 homes burned near the lake on Sunday.\n"
    "\n"
    "\u201cAbout 1,500 people have left,\u201d the county sheriff told reporters \u2014 adding "
    "that at least 3 shelters were full.\n"
    "Insurers estimate the damage at more than $40 million, according to a trade group.\n"
)

RECORDS = [
    {"id": "wire-7", "text": "Police said 4 trucks were seized at the border."},
    {"id": 12, "text": "No figures were given."},
    {"id": "wire-3", "text": "The fund lost 2.5% in May, and up to 30 jobs could go, "
                             "the manager said."},
    {"id": "wire-1", "text": "\u201cNearly 900 volunteers came,\u201d she said."},
]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "attribquant", *args], input=stdin,
                          capture_output=True, check=False, text=True, encoding="utf-8",
                          timeout=120)


def expected_lines(text: str, rid: object = None) -> list[dict[str, object]]:
    out = []
    for q in attribquant.extract(text).quantities:
        d = q.to_dict()
        out.append(d if rid is None else {"id": rid, **d})
    return out


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def jsonl_input(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --- JSON Lines out ---------------------------------------------------------------------

def test_file_to_jsonl_matches_extract(text_file: Path) -> None:
    proc = run(str(text_file))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines == expected_lines(TEXT)
    assert len(lines) >= 4
    assert proc.stderr == ""


def test_stdin_to_jsonl_matches_extract() -> None:
    proc = run("-", stdin=TEXT)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line) for line in proc.stdout.splitlines()] == expected_lines(TEXT)


def test_jsonl_output_keeps_non_ascii_characters() -> None:
    text = "The club paid \u20ac5m for the striker, its owner said.\n"
    proc = run("-", stdin=text)
    assert proc.returncode == 0, proc.stderr
    assert '"text": "\u20ac5m"' in proc.stdout
    assert "\\u" not in proc.stdout
    assert [json.loads(line) for line in proc.stdout.splitlines()] == expected_lines(text)


def test_empty_input_prints_nothing() -> None:
    proc = run("-", stdin="")
    assert proc.returncode == 0
    assert proc.stdout == ""


# --- table out --------------------------------------------------------------------------

def columns(line: str) -> list[int]:
    """Start offsets of the cells of a table line (cells are separated by two spaces)."""
    return [m.start() for m in re.finditer(r"(?:(?<=  )|^)\S", line)]


def test_table_has_a_header_and_aligned_columns(text_file: Path) -> None:
    proc = run("--format", "table", str(text_file))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    header = lines[0].split()
    assert header == ["text", "value", "low", "high", "unit", "subject", "speaker", "hedges"]
    rows = lines[1:]
    assert len(rows) == len(attribquant.extract(TEXT).quantities)
    starts = columns(lines[0])
    for row in rows:
        for start in starts[1:]:
            # every column begins at the header's column, after a two-space gap
            assert row[start - 2:start] == "  ", (row, start)
    assert rows[0].startswith("up to 60 homes")
    assert "bound:up to" in rows[0]


def test_table_of_text_without_quantities_is_a_header() -> None:
    proc = run("--format", "table", "-", stdin="Nothing to count here.")
    assert proc.returncode == 0
    assert proc.stdout.split() == ["text", "value", "low", "high", "unit", "subject", "speaker",
                                   "hedges"]


# --- JSON Lines in ----------------------------------------------------------------------

@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_in_carries_ids_in_input_order(workers: str) -> None:
    proc = run("--jsonl-in", "--workers", workers, "--quiet", "-", stdin=jsonl_input(RECORDS))
    assert proc.returncode == 0, proc.stderr
    got = [json.loads(line) for line in proc.stdout.splitlines()]
    want = [line for r in RECORDS for line in expected_lines(r["text"], r["id"])]  # type: ignore[arg-type]
    assert got == want
    assert [g["id"] for g in got] == ["wire-7", "wire-3", "wire-3", "wire-1"]
    assert proc.stderr == ""


def test_jsonl_in_from_a_file_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl_input(RECORDS[:1]) + "\n   \n" + jsonl_input(RECORDS[2:3]),
                    encoding="utf-8")
    proc = run("--jsonl-in", str(path))
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["id"] for line in proc.stdout.splitlines()] == [
        "wire-7", "wire-3", "wire-3"]


def test_jsonl_in_without_id_uses_the_line_number() -> None:
    stdin = jsonl_input([{"text": "Officials said 8 ferries were cancelled."}])
    proc = run("--jsonl-in", "-", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == 1


def test_jsonl_in_keeps_a_null_id() -> None:
    stdin = jsonl_input([{"id": None, "text": "Officials said 8 ferries were cancelled."}])
    proc = run("--jsonl-in", "-", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    line = json.loads(proc.stdout)
    assert "id" in line and line["id"] is None


def test_jsonl_in_table_has_one_header_and_aligned_columns() -> None:
    proc = run("--jsonl-in", "--format", "table", "-", stdin=jsonl_input(RECORDS))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:2] == ["id", "text"]
    assert sum(1 for line in lines if line.split()[:2] == ["id", "text"]) == 1
    starts = columns(lines[0])
    for row in lines[1:]:
        for start in starts[1:]:
            assert row[start - 2:start] == "  ", (row, start)


MALFORMED = [
    pytest.param('{"id": "a", "text": "5 cars"}\n{"id": "b", "text": \n', "line 2", id="not-json"),
    pytest.param('{"id": "a", "text": "5 cars"}\n{"id": "b"}\n', "line 2", id="no-text"),
    pytest.param('{"id": "a", "text": 5}\n', "line 1", id="text-not-str"),
    pytest.param('["a", "5 cars"]\n', "line 1", id="not-an-object"),
    pytest.param('5 cars were towed.\n', "line 1", id="plain-text"),
]


@pytest.mark.parametrize(("stdin", "where"), MALFORMED)
def test_jsonl_in_malformed_line_exits_2(stdin: str, where: str) -> None:
    proc = run("--jsonl-in", "--quiet", "-", stdin=stdin)
    assert proc.returncode == 2
    assert proc.stderr.startswith("attribquant: ")
    assert where in proc.stderr
    assert "Traceback" not in proc.stderr


# --- errors, --quiet, entry points ------------------------------------------------------

def test_missing_file_exits_2_with_a_message(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-story.txt"
    proc = run(str(missing))
    assert proc.returncode == 2
    assert str(missing) in proc.stderr
    assert "No such file" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_undecodable_file_exits_2_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 sales rose 5%.".encode("latin-1"))
    proc = run(str(path))
    assert proc.returncode == 2
    assert proc.stderr.startswith("attribquant: ")
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("args", [["--quiet"], []], ids=["quiet", "short-run"])
def test_nothing_on_stderr(args: list[str], text_file: Path) -> None:
    # the progress bar only appears after one second, so a short run is silent too
    many = jsonl_input(RECORDS * 20)
    proc = run("--jsonl-in", *args, "-", stdin=many)
    assert proc.returncode == 0
    assert proc.stderr == ""
    proc = run(*args, str(text_file))
    assert proc.returncode == 0
    assert proc.stderr == ""


def test_version_via_module() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"attribquant {attribquant.__version__}"


def test_console_script_version() -> None:
    exe = shutil.which("attribquant")
    if exe is None:
        pytest.skip("the attribquant console script is not on PATH")
    proc = subprocess.run([exe, "--version"], capture_output=True, check=False, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"attribquant {attribquant.__version__}"


def test_console_script_reads_stdin() -> None:
    exe = shutil.which("attribquant")
    if exe is None:
        pytest.skip("the attribquant console script is not on PATH")
    proc = subprocess.run([exe, "-"], input=TEXT, capture_output=True, check=False, text=True,
                          encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line) for line in proc.stdout.splitlines()] == expected_lines(TEXT)


def test_offsets_index_into_a_crlf_file(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Police said 4 cars burned.\r\n\r\n"
                     b"The mayor said up to 9 homes were lost.\r\n")
    raw = path.read_bytes().decode("utf-8")
    proc = run(str(path))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["text"] for d in lines] == ["4 cars", "up to 9 homes"]
    for d in lines:
        assert raw[d["start"]:d["end"]] == d["text"]
