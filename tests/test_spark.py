"""attribquant.spark on a local[2] Spark session: one row per quantity with the documented
schema, the id column's type kept, bad rows that cost only themselves, and Python workers
that keep the library loaded from task to task.

Needs the ``spark`` extra (pyspark, pyarrow) and Java (17 for pyspark 4); ``.ci/run``
installs both.  Where either is missing outside CI the tests are skipped with the reason;
on CI they fail.  All texts are written for these tests.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import attribquant
from attribquant.tables import COLUMNS

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.filterwarnings(
    # pyspark 4 warns of pandas 3 at every pandas UDF; mapInArrow hands it no pandas object
    "ignore:PySpark does not yet fully support pandas:FutureWarning",
)

TEXTS = [
    ("w-1", "Police said up to 40 people could be hurt."),
    ("w-2", "Prices rose 5% in May, the bureau reported."),
    ("w-3", "Nothing here is counted."),
    ("w-4", "\u201cAbout 300 homes burned,\u201d said Ana Reyes. She said 12 boats sank."),
    ("w-5", "Between 10 and 20 homes burned, the mayor said."),
    ("w-6", ""),
    ("w-7", "The rebels reportedly seized 3 towns, the army said. A 5 km road was shut."),
    ("w-8", "Insurers estimate the damage at more than $40 million."),
]


def missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: .ci/run installs it, so CI must have it")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def aq_spark() -> Any:
    """The ``attribquant.spark`` module (pyspark and pyarrow importable; no Java needed)."""
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError:
        missing('pyspark or pyarrow is not installed (pip install -e ".[spark]")')
    import attribquant.spark

    return attribquant.spark


def java_major() -> int | None:
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if java is None or not Path(java).exists():
        return None
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False,
                         timeout=60).stderr
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if found is None:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major  # "1.8" is Java 8


@pytest.fixture(scope="module")
def spark(aq_spark: Any) -> Iterator[Any]:
    """A local[2] session whose Python workers run this interpreter, on the loopback only."""
    import pyspark
    from pyspark.sql import SparkSession

    need = 17 if int(pyspark.__version__.split(".")[0]) >= 4 else 8
    major = java_major()
    if major is None or major < need:
        missing(f"pyspark {pyspark.__version__} needs Java {need} or newer; found "
                f"{'none' if major is None else major} (Debian: openjdk-17-jre-headless)")
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "SPARK_LOCAL_IP")}
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = (SparkSession.builder.master("local[2]").appName("attribquant-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def rows_of(frame: Any) -> list[dict[str, Any]]:
    return [row.asDict() for row in frame.collect()]


def in_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (str(r["id"]), r["start"] if r["start"] is not None else -1))


def test_one_row_per_quantity_with_the_record_columns(spark: Any, aq_spark: Any) -> None:
    from pyspark.sql import types as T

    df = spark.createDataFrame(TEXTS, "id string, text string").repartition(2)
    out = aq_spark.extract_quantities(df)
    assert out.schema == aq_spark.quantity_schema(T.StringType())
    assert out.columns == list(COLUMNS)
    expected = attribquant.to_records(attribquant.extract_many(TEXTS))
    assert len(expected) >= 8
    assert in_order(rows_of(out)) == in_order(expected)


@pytest.mark.parametrize("id_type", ["bigint", "int", "string", "double"])
def test_the_id_column_keeps_its_type(spark: Any, aq_spark: Any, id_type: str) -> None:
    cast = {"bigint": int, "int": int, "string": str, "double": float}[id_type]
    rows = [(cast(k + 1), text) for k, (_, text) in enumerate(TEXTS)]
    df = spark.createDataFrame([(*r, "left out") for r in rows],
                               f"doc {id_type}, body string, other string")
    out = aq_spark.extract_quantities(df, text_col="body", id_col="doc")
    assert out.schema["id"].dataType.simpleString() == id_type
    got = rows_of(out.select("id", "text"))
    assert sorted(got, key=repr) == sorted(
        ({"id": r["id"], "text": r["text"]} for r in
         attribquant.to_records(attribquant.extract_many(rows))), key=repr)
    assert {type(r["id"]) for r in got} == {cast}


def test_no_id_column(spark: Any, aq_spark: Any) -> None:
    df = spark.createDataFrame([(text,) for _, text in TEXTS[:2]], "text string")
    out = aq_spark.extract_quantities(df, id_col=None)
    assert out.schema["id"].dataType.simpleString() == "string"
    assert [r["id"] for r in rows_of(out)] == [None, None]


BAD = [
    ("ok-1", "Officials said up to 40 people were hurt."),
    ("null", None),
    ("long", "About 12 boats sank. " * 4),
    ("ok-2", "Rainfall could reach 80 mm by Friday."),
]


def test_bad_rows_are_skipped(spark: Any, aq_spark: Any) -> None:
    df = spark.createDataFrame(BAD, "id string, text string").coalesce(1)
    out = rows_of(aq_spark.extract_quantities(df, max_chars=60))
    assert [(r["id"], r["text"]) for r in out] == [("ok-1", "up to 40 people"),
                                                     ("ok-2", "80 mm")]


def test_bad_rows_reported_in_an_error_column(spark: Any, aq_spark: Any) -> None:
    from pyspark.sql import types as T

    df = spark.createDataFrame(BAD, "id string, text string").coalesce(1)
    out = aq_spark.extract_quantities(df, max_chars=60, errors="column")
    assert out.schema == aq_spark.quantity_schema(T.StringType(), error_column=True)
    rows = rows_of(out)
    assert [(r["id"], r["text"], r["error"]) for r in rows] == [
        ("ok-1", "up to 40 people", None),
        ("null", None, "TypeError: text is null"),
        ("long", None, "TextTooLong: text of 84 characters is longer than the limit of 60 "
                       "(max_chars)"),
        ("ok-2", "80 mm", None),
    ]
    # an error row holds its id and its error, nothing else
    assert all(v is None for r in rows if r["error"] for k, v in r.items()
               if k not in ("id", "error"))


def test_wrong_arguments_fail_before_any_job(spark: Any, aq_spark: Any) -> None:
    df = spark.createDataFrame([(1, "5 km")], "id bigint, text string")
    with pytest.raises(TypeError, match="needs a string text column; 'id' is bigint"):
        aq_spark.extract_quantities(df, text_col="id")
    with pytest.raises(ValueError, match="no column 'body'"):
        aq_spark.extract_quantities(df, text_col="body")
    with pytest.raises(ValueError, match="no column 'key'"):
        aq_spark.extract_quantities(df, id_col="key")
    with pytest.raises(ValueError, match='errors must be "skip" or "column"'):
        aq_spark.extract_quantities(df, errors="raise")


def test_python_workers_keep_the_library_loaded(spark: Any, aq_spark: Any) -> None:
    """Eight tasks on local[2]: afterwards the Python workers that ran them (at most two,
    reused from task to task) all hold attribquant, loaded once each."""

    def probe(batches: Iterator[Any]) -> Iterator[Any]:
        import os as os_
        import sys as sys_

        import pyarrow as pa_

        for _ in batches:
            pass
        mod = sys_.modules.get("attribquant.spark")
        yield pa_.RecordBatch.from_pylist(
            [{"pid": os_.getpid(), "loaded": mod is not None}],
            schema=pa_.schema([("pid", pa_.int64()), ("loaded", pa_.bool_())]))

    texts = [(f"d{k}", text) for k in range(4) for _, text in TEXTS]
    df = spark.createDataFrame(texts, "id string, text string").repartition(8)
    assert df.rdd.getNumPartitions() == 8
    assert aq_spark.extract_quantities(df).count() == 4 * len(
        attribquant.to_records(attribquant.extract_many(TEXTS)))
    seen = rows_of(df.mapInArrow(probe, "pid long, loaded boolean"))
    assert len(seen) == 8
    assert all(r["loaded"] for r in seen), seen
    assert len({r["pid"] for r in seen}) <= 2, seen


def test_partition_sends_quantities_in_bounded_batches(aq_spark: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The function each task runs, without Spark: Arrow batches of (id, text) in, records
    out in input order, sent once ``_OUTPUT_ROWS`` have gathered (a document's records are
    never split), not all at the end."""
    import pyarrow as pa
    from pyspark.sql import types as T
    from pyspark.sql.pandas.types import to_arrow_schema

    monkeypatch.setattr(aq_spark, "_OUTPUT_ROWS", 3)
    schema = aq_spark.quantity_schema(T.StringType())
    pairs = [(ident, text) for ident, text in TEXTS]
    batches = [pa.RecordBatch.from_pylist([{"id": i, "text": t} for i, t in pairs[k:k + 3]])
               for k in range(0, len(pairs), 3)]
    out = list(aq_spark._partition(iter(batches), arrow_schema=to_arrow_schema(schema),
                                   max_chars=None, error_column=False))
    records = attribquant.to_records(attribquant.extract_many(pairs))
    most = max(sum(r["id"] == i for r in records) for i, _ in pairs)
    sizes = [b.num_rows for b in out]
    assert len(out) > 2, sizes
    assert all(3 <= n < 3 + most for n in sizes[:-1]) and 1 <= sizes[-1] < 3 + most, sizes
    assert [r for b in out for r in b.to_pylist()] == records


def test_the_schema_is_documented(aq_spark: Any) -> None:
    """docs/scaling.md lists every column of the Spark schema with its type and nullability."""
    page = (REPO / "docs" / "scaling.md").read_text(encoding="utf-8")
    section = page.split("### The Spark schema", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \| `(\w+)` \| (yes|no) \|", section, re.MULTILINE)
    schema = aq_spark.quantity_schema()
    assert documented == [(f.name, f.dataType.simpleString(), "yes" if f.nullable else "no")
                          for f in schema.fields]
