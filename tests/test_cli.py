"""The command line, run as a real process: JSON Lines, table and CSV output, file and
standard input, --jsonl-in with ids, bad records and exit codes, --quiet, the console script.
Signals, dead workers and the progress bar: tests/test_cli_contract.py.

All texts are written for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import attribquant
import attribquant.tables

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


# --- the contract: a bad record costs only itself ---------------------------------------

GOOD = [
    {"id": "g1", "text": "Police said 4 trucks were seized."},
    {"id": "g2", "text": "Up to 30 jobs could go, the manager said."},
    {"id": "g3", "text": "About 900 volunteers came."},
]

# (a bad line, the reason reported for it): each is put between good records
BAD_LINES = [
    pytest.param(b'{"id": "b", "text": ', "not JSON (Expecting value at column 21)",
                 id="not-json"),
    pytest.param(b'{"id": "b"}', '(id "b"): no "text"', id="no-text"),
    pytest.param(b'{"id": "b", "text": 5}', '(id "b"): "text" is a number, not a string',
                 id="text-a-number"),
    pytest.param(b'{"id": "b", "text": null}', '(id "b"): "text" is null, not a string',
                 id="text-null"),
    pytest.param(b'["b", "5 cars"]', "not a JSON object but an array", id="an-array"),
    pytest.param(b"5 cars were towed.", "not JSON (Extra data at column 3)",
                 id="plain-text"),
    pytest.param(b'{"id": "b", "text": "Up to \xff 9 ships"}', "not UTF-8 (byte 0xFF)",
                 id="invalid-utf8"),
    pytest.param(b'{"id": "b", "text": "\xed\xa0\x80 9 ships"}', "not UTF-8 (byte 0xED)",
                 id="utf8-encoded-surrogate"),
    pytest.param(b'{"id": NaN, "text": "9 ships"}', "not JSON (NaN is not a JSON value)",
                 id="nan-id"),
    pytest.param(b'{"id": -Infinity, "text": "9 ships"}',
                 "not JSON (-Infinity is not a JSON value)", id="infinite-id"),
    pytest.param(b'{"id": 1e999, "text": "9 ships"}', "not JSON (1e999 is out of range)",
                 id="id-out-of-range"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, "not JSON (nested too deeply)",
                 id="deeply-nested"),
]


def good_lines(records: list[dict[str, object]]) -> list[dict[str, object]]:
    return [line for r in records for line in expected_lines(r["text"], r["id"])]  # type: ignore[arg-type]


def strict_json(line: str) -> object:
    def refuse(name: str) -> object:
        raise AssertionError(f"{name} in the output: not strict JSON")

    return json.loads(line, parse_constant=refuse)


def record_bytes(record: dict[str, object]) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def run_bytes(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "attribquant", *args], input=stdin,
                          capture_output=True, check=False, timeout=120)


@pytest.mark.parametrize(("bad", "reason"), BAD_LINES)
def test_a_bad_record_is_reported_and_the_run_goes_on(bad: bytes, reason: str) -> None:
    stdin = record_bytes(GOOD[0]) + bad + b"\n" + record_bytes(GOOD[1]) + record_bytes(GOOD[2])
    proc = run_bytes("--jsonl-in", "-", stdin=stdin)
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8").splitlines()
    assert err[0].startswith("attribquant: line 2"), err
    assert err[0].endswith(reason), err
    assert err[1] == "attribquant: 1 of 4 records were bad and skipped; the other 3 were written"
    assert len(err) == 2
    got = [strict_json(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert got == good_lines(GOOD)


def test_every_bad_record_with_workers() -> None:
    """Each bad line of the table after a good record, read by two worker processes."""
    bad_lines = [p.values for p in BAD_LINES]
    stdin = b"".join(record_bytes(GOOD[k % 3]) + bad + b"\n"
                     for k, (bad, _) in enumerate(bad_lines))
    proc = run_bytes("--jsonl-in", "--workers", "2", "-", stdin=stdin)
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8").splitlines()
    assert len(err) == len(bad_lines) + 1
    for k, (line, (_, reason)) in enumerate(zip(err, bad_lines, strict=False)):
        assert line.startswith(f"attribquant: line {2 * k + 2}"), line
        assert line.endswith(reason), line  # type: ignore[arg-type]
    got = [strict_json(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert got == good_lines([GOOD[k % 3] for k in range(len(bad_lines))])


def mixed_input() -> tuple[bytes, list[dict[str, object]], list[str]]:
    """Good and bad records interleaved, with a BOM and CRLF line ends: the input, the good
    records and the start of each message on stderr, in order."""
    lines = [
        b"\xef\xbb\xbf" + record_bytes(GOOD[0]).replace(b"\n", b"\r\n"),
        b'{"id": "x1", "text": 7}\r\n',
        b"\r\n",
        record_bytes(GOOD[1]).replace(b"\n", b"\r\n"),
        b'{"id": "x2", "text": "Up to \xff 9 ships"}\n',
        b'{"id": "x3"\n',
        record_bytes(GOOD[2]),
        b'{"id": NaN, "text": "9 ships"}\n',
    ]
    messages = ['attribquant: line 2 (id "x1")', "attribquant: line 5: not UTF-8",
                "attribquant: line 6: not JSON", "attribquant: line 8: not JSON",
                "attribquant: 4 of 7 records were bad"]
    return b"".join(lines), GOOD, messages


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("fmt", ["jsonl", "table", "csv"])
def test_every_good_record_is_written_in_order(fmt: str, workers: str, tmp_path: Path) -> None:
    data, good, messages = mixed_input()
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(data)
    proc = run_bytes("--jsonl-in", "--workers", workers, "--format", fmt, str(path), stdin=b"")
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8").splitlines()
    assert [line[:len(m)] for line, m in zip(err, messages, strict=True)] == messages
    out = proc.stdout.decode("utf-8")
    want = good_lines(good)
    if fmt == "jsonl":
        assert [strict_json(line) for line in out.splitlines()] == want
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [(r["id"], r["text"], r["start"]) for r in rows] == [
            (d["id"], d["text"], str(d["start"])) for d in want]
    else:
        lines = out.splitlines()
        assert lines[0].split()[:2] == ["id", "text"]
        assert [line.split("  ")[0] for line in lines[1:]] == [json.dumps(d["id"]) for d in want]
    assert "\r" not in out


def test_a_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(
        record_bytes(r).replace(b"\n", b"\r\n") for r in GOOD))
    proc = run_bytes("--jsonl-in", str(path), stdin=b"")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    assert [json.loads(line) for line in proc.stdout.splitlines()] == good_lines(GOOD)


def test_invalid_utf8_costs_only_its_line(tmp_path: Path) -> None:
    records = [{"id": k, "text": f"Officials said {k} boats sank."} for k in range(1, 40)]
    data = b"".join(record_bytes(r) for r in records)
    bad_at = data.index(b'"id": 20,')
    data = data[:bad_at + 30] + b"\xc3" + data[bad_at + 30:]  # a lone lead byte in line 20
    path = tmp_path / "one-bad-byte.jsonl"
    path.write_bytes(data)
    proc = run_bytes("--jsonl-in", "--quiet", str(path), stdin=b"")
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8").splitlines()
    assert err[0] == "attribquant: line 20: not UTF-8 (byte 0xC3)"
    assert "position" not in proc.stderr.decode("utf-8")
    ids = [json.loads(line)["id"] for line in proc.stdout.splitlines()]
    assert ids == [k for k in range(1, 40) if k != 20]


def test_a_document_that_is_not_strict_json_is_a_bad_record(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    """No NaN reaches the output: were a reading ever not finite, its record is reported."""
    from attribquant import cli

    real = cli.extract_many

    def with_a_nan(*args: object, **kwargs: object) -> Iterator[attribquant.Document]:
        for doc in real(*args, **kwargs):  # type: ignore[arg-type]
            if doc.id == "g2":
                q = attrs.evolve(doc.quantities[0], value=float("nan"))
                doc = attrs.evolve(doc, quantities=(q,))
            yield doc

    monkeypatch.setattr(cli, "extract_many", with_a_nan)
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join(record_bytes(r) for r in GOOD))
    assert cli.main(["--jsonl-in", str(path)]) == cli.EXIT_BAD_RECORDS
    out, err = capsys.readouterr()
    assert err.splitlines()[0].startswith(
        'attribquant: line 2 (id "g2"): cannot be written as strict JSON (Out of range float')
    assert [strict_json(line) for line in out.splitlines()] == good_lines([GOOD[0], GOOD[2]])


def test_a_lone_surrogate_from_a_json_escape_is_written_as_an_escape() -> None:
    stdin = b'{"id": "s\\ud800", "text": "Police said 4 trucks were seized."}\n'
    proc = run_bytes("--jsonl-in", "-", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    line = json.loads(proc.stdout.decode("utf-8"))
    assert line["id"] == "s\ud800"
    assert line["text"] == "4 trucks"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_text_over_max_chars_is_a_bad_record(workers: str) -> None:
    long = {"id": "long", "text": "Officials said 5 boats sank. " * 10}
    stdin = b"".join(record_bytes(r) for r in (GOOD[0], long, GOOD[1]))
    proc = run_bytes("--jsonl-in", "--workers", workers, "--max-chars", "100", "-", stdin=stdin)
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8").splitlines()
    assert err[0] == ('attribquant: line 2 (id "long"): text of 290 characters is longer than '
                      "the limit of 100 (max_chars) (--max-chars)")
    assert [json.loads(line) for line in proc.stdout.splitlines()] == good_lines(GOOD[:2])
    proc = run_bytes("--jsonl-in", "--max-chars", "0", "-", stdin=stdin)
    assert proc.returncode == 0, proc.stderr


def test_one_text_over_max_chars_exits_1(text_file: Path) -> None:
    proc = run("--max-chars", "20", str(text_file))
    assert proc.returncode == 1
    assert proc.stderr == (f"attribquant: {text_file}: text of {len(TEXT):,} characters is "
                           "longer than the limit of 20 (max_chars) (--max-chars)\n")
    assert proc.stdout == ""


# --- CSV --------------------------------------------------------------------------------

def csv_cells(record: dict[str, object]) -> dict[str, str]:
    """A record as the CSV writes it: None empty, booleans true/false, numbers by repr."""
    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        return v if isinstance(v, str) else repr(v)

    return {k: cell(v) for k, v in record.items()}


def test_csv_has_the_flat_columns_of_to_records(text_file: Path) -> None:
    proc = run("--format", "csv", str(text_file))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == ",".join(attribquant.tables.COLUMNS)
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert rows == [csv_cells(r) for r in attribquant.to_records(attribquant.extract(TEXT))]
    assert any(r["hedge_cues"] for r in rows) and any(r["speaker_name"] for r in rows)


def test_csv_of_jsonl_in_carries_the_ids() -> None:
    proc = run("--jsonl-in", "--format", "csv", "-", stdin=jsonl_input(RECORDS))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    docs = [attrs.evolve(attribquant.extract(r["text"]), id=r["id"]) for r in RECORDS]  # type: ignore[arg-type]
    assert rows == [csv_cells(r) for r in attribquant.to_records(docs)]
    assert [r["id"] for r in rows] == ["wire-7", "wire-3", "wire-3", "wire-1"]


def test_csv_of_no_quantities_is_the_header() -> None:
    proc = run("--format", "csv", "-", stdin="Nothing to count here.")
    assert proc.returncode == 0
    assert proc.stdout == ",".join(attribquant.tables.COLUMNS) + "\n"


# --- errors, --quiet, entry points ------------------------------------------------------

def test_missing_file_exits_2_with_a_message(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-story.txt"
    proc = run(str(missing))
    assert proc.returncode == 2
    assert str(missing) in proc.stderr
    assert "No such file" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize(("args", "message"), [
    (["--max-chars", "-3"], "argument --max-chars: expected a whole number of 0 or more"),
    (["--format", "xml"], "argument --format: invalid choice: 'xml'"),
])
def test_a_usage_error_exits_2(args: list[str], message: str) -> None:
    proc = run(*args, "-", stdin="Police said 5 cars burned.")
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stdout == ""


def test_undecodable_file_exits_2_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 sales rose 5%.".encode("latin-1"))
    proc = run(str(path))
    assert proc.returncode == 2
    assert proc.stderr.startswith("attribquant: ")
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["--jsonl-in", "--workers", "2"], ["--jsonl-in"], []],
                         ids=["jsonl-in-workers", "jsonl-in", "one-text"])
def test_an_unwritable_output_exits_2_with_one_line(args: list[str]) -> None:
    stdin = jsonl_input(RECORDS) if args else TEXT
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "attribquant", *args, "-"], input=stdin,
                              stdout=full, stderr=subprocess.PIPE, check=False, text=True,
                              timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("attribquant: input/output error")
    assert proc.stderr.endswith(": No space left on device\n")
    assert proc.stderr.count("\n") == 1


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


def _expected_version() -> str:
    """The version line: "(compiled)" after the version when the stages under test are
    extension modules (``.ci/compiled`` runs this suite against the mypyc wheel)."""
    import attribquant.tokens

    compiled = attribquant.tokens.__file__.endswith((".so", ".pyd"))
    return f"attribquant {attribquant.__version__}" + (" (compiled)" if compiled else "")


def test_version_via_module() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == _expected_version()


def test_version_names_the_compiled_build(monkeypatch: pytest.MonkeyPatch) -> None:
    import attribquant.tokens
    from attribquant import cli

    monkeypatch.setattr(attribquant.tokens, "__file__", "/x/tokens.cpython-311-x86_64-linux-gnu.so")
    assert cli._version_line() == f"attribquant {attribquant.__version__} (compiled)"
    monkeypatch.setattr(attribquant.tokens, "__file__", r"C:\x\tokens.cp312-win_amd64.pyd")
    assert cli._version_line() == f"attribquant {attribquant.__version__} (compiled)"
    monkeypatch.setattr(attribquant.tokens, "__file__", "/x/tokens.py")
    assert cli._version_line() == f"attribquant {attribquant.__version__}"


def test_console_script_version() -> None:
    exe = shutil.which("attribquant")
    if exe is None:
        pytest.skip("the attribquant console script is not on PATH")
    proc = subprocess.run([exe, "--version"], capture_output=True, check=False, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == _expected_version()


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
