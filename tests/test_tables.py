"""Flat tables: ``to_records`` (one dict of scalars per quantity), ``to_frame`` (the same as a
pandas DataFrame with stable dtypes), their documented columns, and an import of attribquant
that never loads pandas or tqdm.

All texts are written for these tests.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import attribquant
from attribquant import Document
from attribquant.tables import COLUMNS

REPO = Path(__file__).resolve().parents[1]

# (text, quantity, the columns expected of its record): speaker and hedges flattened
RECORDS = [
    ("Police said up to 40 people could be hurt.", "up to 40 people",
     {"value": 40.0, "low": None, "high": 40.0, "unit_kind": "count", "speaker_name": "Police",
      "speaker_mention": "Police", "speaker_start": 0, "speaker_end": 6,
      "speaker_resolved": False, "speaker_kind": "organisation", "hedge_cues": "up to; could",
      "hedge_kinds": "bound; modal"}),
    ("Prices rose 5% in May.", "5%",
     {"change": "up", "unit_kind": "percent", "subject": None, "subject_start": None,
      "subject_end": None, "speaker_name": None, "speaker_mention": None,
      "speaker_start": None, "speaker_end": None, "speaker_resolved": None, "speaker_kind": None,
      "hedge_cues": "", "hedge_kinds": ""}),
    ("Between 10 and 20 homes burned, the mayor said.", "Between 10 and 20 homes",
     {"value": None, "low": 10.0, "high": 20.0, "unit": "home", "speaker_name": "mayor",
      "speaker_mention": "the mayor"}),
    ("\u201cAbout 300 homes burned,\u201d said Ana Reyes. She said 12 boats sank.", "12 boats",
     {"sentence": 1, "speaker_name": "Ana Reyes", "speaker_mention": "She",
      "speaker_resolved": True, "speaker_kind": "person"}),
    ("The rebels reportedly seized 3 towns, the army said.", "3 towns",
     {"hedge_cues": "reportedly", "hedge_kinds": "evidential", "speaker_name": "army"}),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), RECORDS,
                         ids=[r[1] for r in RECORDS])
def test_record_columns(text: str, quantity: str, expected: dict[str, Any]) -> None:
    records = [r for r in attribquant.to_records(attribquant.extract(text))
               if r["text"] == quantity]
    assert len(records) == 1, attribquant.to_records(attribquant.extract(text))
    record = records[0]
    assert list(record) == list(COLUMNS)
    assert {k: record[k] for k in expected} == expected
    assert text[record["start"]:record["end"]] == quantity


def flattened(doc: Document) -> list[dict[str, Any]]:
    """The records as the documented flattening of each quantity's ``to_dict()``."""
    out = []
    for q in doc.quantities:
        d = q.to_dict()
        row: dict[str, Any] = {"id": doc.id}
        row.update({k: d[k] for k in ("text", "start", "end", "value", "low", "high",
                                      "approximate", "change", "unit", "unit_kind")})
        for span in ("unit", "subject"):
            s = d[f"{span}_span"] or {"start": None, "end": None}
            if span == "subject":
                row["subject"] = d["subject"]
            row[f"{span}_start"], row[f"{span}_end"] = s["start"], s["end"]
        row["sentence"] = d["sentence"]
        keys = ("name", "mention", "start", "end", "resolved", "kind")
        sp = d["speaker"] or dict.fromkeys(keys)
        row.update({f"speaker_{k}": sp[k] for k in keys})
        row["hedge_cues"] = "; ".join(h["cue"] for h in d["hedges"])
        row["hedge_kinds"] = "; ".join(h["kind"] for h in d["hedges"])
        out.append({k: row[k] for k in COLUMNS})
    return out


ARTICLE = (
    "Coastguard commander Ana Reyes said the storm stranded up to 40 fishermen. About 12 "
    "boats sank, she added. Insurers estimate the damage at more than $40 million, "
    "according to a trade group, and rainfall could reach 80 mm by Friday.\n\n"
    "Nothing else was counted."
)


def test_records_flatten_every_field_of_to_dict() -> None:
    docs = [attrs.evolve(attribquant.extract(t), id=k) for k, t in
            enumerate([ARTICLE, "No figures at all.", *[r[0] for r in RECORDS]])]
    records = attribquant.to_records(docs)
    assert records == [r for d in docs for r in flattened(d)]
    assert len(records) == sum(len(d.quantities) for d in docs) >= 10
    assert {r["id"] for r in records} == {k for k, d in enumerate(docs) if d.quantities}
    # every value is a scalar: a column of a table
    assert all(v is None or isinstance(v, (str, int, float, bool))
               for r in records for k, v in r.items() if k != "id")


def test_records_of_one_document_or_many() -> None:
    doc = attribquant.extract(ARTICLE)
    assert attribquant.to_records(doc) == attribquant.to_records([doc])
    assert attribquant.to_records(iter([doc, doc])) == attribquant.to_records([doc]) * 2
    assert attribquant.to_records([]) == []
    ids = [r["id"] for r in attribquant.to_records(
        attribquant.extract_many([("a", ARTICLE), {"id": 9, "text": "Up to 5 km."}]))]
    assert ids == ["a"] * len(doc.quantities) + [9]


@pytest.mark.parametrize("bad", [ARTICLE, [ARTICLE], None, [attribquant.extract("5 km"), 5]],
                         ids=["str", "list-of-str", "None", "a-non-document-item"])
def test_records_need_documents(bad: object) -> None:
    with pytest.raises(TypeError, match="needs Documents"):
        attribquant.to_records(bad)  # type: ignore[arg-type]


def test_every_column_is_documented_with_its_type() -> None:
    page = (REPO / "docs" / "json-schema.md").read_text(encoding="utf-8")
    section = page.split("## Flat records", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \| ([^|]+) \| `(\w+)` \|", section, re.MULTILINE)
    assert [(name, dtype) for name, _, dtype in documented] == list(COLUMNS.items())


# --- pandas -----------------------------------------------------------------------------

def test_frame_has_the_documented_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    docs = [attrs.evolve(attribquant.extract(t), id=f"doc-{k}") for k, t in
            enumerate([ARTICLE, "Prices rose 5% in May."])]
    frame = attribquant.to_frame(docs)
    records = attribquant.to_records(docs)
    assert list(frame.columns) == list(COLUMNS)
    assert {c: str(t) for c, t in frame.dtypes.items()} == COLUMNS
    assert len(frame) == len(records)
    for k, record in enumerate(records):
        for column, value in record.items():
            cell = frame[column].iloc[k]
            if value is None:
                assert cell is pd.NA, (column, cell)
            else:
                assert cell == value, (column, cell, value)
    # the same dtypes whatever the data: no rows, no speaker, no hedge
    for other in ([], [attribquant.extract("A 5 km stretch was closed.")]):
        assert {c: str(t) for c, t in attribquant.to_frame(other).dtypes.items()} == COLUMNS


def test_frame_values_behave_as_numbers() -> None:
    pytest.importorskip("pandas")
    frame = attribquant.to_frame(attribquant.extract(ARTICLE))
    assert math.isclose(frame["high"].max(), 40.0)
    assert frame["speaker_name"].notna().sum() >= 2
    assert frame["approximate"].dtype == bool


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=120)


def test_importing_attribquant_loads_no_optional_extra() -> None:
    proc = run_python(
        "import sys\n"
        "import attribquant, attribquant.cli, attribquant.tables\n"
        "doc = attribquant.extract('Police said up to 40 people were hurt.')\n"
        "attribquant.to_records([doc])\n"
        "loaded = {'pandas', 'numpy', 'tqdm'} & set(sys.modules)\n"
        "assert not loaded, loaded\n")
    assert proc.returncode == 0, proc.stderr


def test_to_frame_without_pandas_says_how_to_install_it() -> None:
    proc = run_python(
        "import sys\n"
        "sys.modules['pandas'] = None  # as if it were not installed\n"
        "import attribquant\n"
        "try:\n"
        "    attribquant.to_frame([attribquant.extract('5 km')])\n"
        "except ImportError as exc:\n"
        "    print(exc)\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == (
        'attribquant.to_frame() needs pandas: pip install "attribquant[pandas]"')
