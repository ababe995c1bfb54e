"""attribquant on Apache Spark: one row per quantity (the ``attribquant[spark]`` extra).

``extract_quantities(df)`` reads a text column (and an id column) of a Spark DataFrame and
returns a DataFrame of the ``attribquant.to_records`` columns, one row per quantity, with
the schema of ``quantity_schema``.  It is built on ``DataFrame.mapInArrow``: each Python
worker imports attribquant once, when it first runs a task (the function shipped to it is
this module's ``_partition``, pickled by reference, not by value), and Spark keeps its Python
workers for the following tasks (``spark.python.worker.reuse``, on by default); within a
task, rows come as Arrow batches and quantities leave as Arrow batches, with no pandas step.

``import attribquant`` never imports this module; importing it imports pyspark and pyarrow.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

try:
    import pyarrow as pa
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
    from pyspark.sql.pandas.types import to_arrow_schema
except ImportError as exc:  # pragma: no cover - the extra is installed where this is tested
    raise ImportError(
        'attribquant.spark needs pyspark and pyarrow: pip install "attribquant[spark]"'
    ) from exc

from .api import MAX_CHARS, SkippedItem, extract_many
from .tables import COLUMNS, to_records

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["ERROR_COLUMN", "SPARK_TYPES", "extract_quantities", "quantity_schema"]

#: The Spark type of each pandas dtype of ``attribquant.tables.COLUMNS``, and whether
#: the column may hold nulls (``id`` takes the type of the input's id column).
SPARK_TYPES: dict[str, tuple[T.DataType, bool]] = {
    "string": (T.StringType(), True),
    "int64": (T.LongType(), False),
    "Int64": (T.LongType(), True),
    "Float64": (T.DoubleType(), True),
    "bool": (T.BooleanType(), False),
    "boolean": (T.BooleanType(), True),
}

#: The column added by ``errors="column"``: why a row gave no quantity, null on the others.
ERROR_COLUMN = "error"

#: Rows of output sent back to Spark at a time (each Arrow batch of input can hold
#: thousands of texts: their quantities are not all held at once).
_OUTPUT_ROWS = 2048


def quantity_schema(id_type: T.DataType | None = None, *,
                    error_column: bool = False) -> T.StructType:
    """The schema of the result of ``extract_quantities``: the columns of
    ``attribquant.tables.COLUMNS`` in order, typed by ``SPARK_TYPES``, and ``id`` of
    ``id_type`` (default: string).

    With ``error_column`` every column may be null and an ``error`` string column ends it.
    """
    fields = []
    for name, dtype in COLUMNS.items():
        if name == "id":
            fields.append(T.StructField("id", id_type or T.StringType(), True))
            continue
        spark_type, nullable = SPARK_TYPES[dtype]
        fields.append(T.StructField(name, spark_type, nullable or error_column))
    if error_column:
        fields.append(T.StructField(ERROR_COLUMN, T.StringType(), True))
    return T.StructType(fields)


#: The text column's types read as text.
_TEXT_TYPES = tuple(getattr(T, n) for n in ("StringType", "VarcharType", "CharType")
                    if hasattr(T, n))


def extract_quantities(
    df: DataFrame,
    text_col: str = "text",
    id_col: str | None = "id",
    *,
    max_chars: int | None = MAX_CHARS,
    errors: Literal["skip", "column"] = "skip",
) -> DataFrame:
    """The quantities of each text of ``df``: one row per quantity, lazily (a transformation).

    Args:
        df: a Spark DataFrame (other columns than the two read are left out).
        text_col: the column of texts; a string column.
        id_col: the column copied to ``id`` (its type is kept); None for a null string id.
        max_chars: the longest text read (see ``attribquant.MAX_CHARS``); None: any.
        errors: what a bad row gives (a null text, a text past ``max_chars``, one whose
            extraction fails): ``"skip"``, no row, as a text without quantities; or
            ``"column"``, one row with its ``id``, the other columns null and the reason in
            an extra ``error`` column (null on the quantity rows).

    Returns:
        One row per quantity, in the schema that ``quantity_schema`` gives for the type of
        the id column (with ``error_column=True`` for ``errors="column"``); within each
        partition, rows follow the input's order.

    Raises:
        ValueError: a column is not in ``df``, or ``errors`` is neither value.
        TypeError: the text column is not a string column (the job is never started).
    """
    if errors not in ("skip", "column"):
        raise ValueError(f'errors must be "skip" or "column", not {errors!r}')
    text_type = _column_type(df, text_col)
    if not isinstance(text_type, _TEXT_TYPES):
        raise TypeError(f"attribquant.spark.extract_quantities() needs a string text "
                        f"column; {text_col!r} is {text_type.simpleString()}")
    if id_col is None:
        id_type: T.DataType = T.StringType()
        ident = F.lit(None).cast(id_type)
    else:
        id_type = _column_type(df, id_col)
        ident = F.col(id_col)
    schema = quantity_schema(id_type, error_column=errors == "column")
    run = functools.partial(_partition, arrow_schema=to_arrow_schema(schema),
                            max_chars=max_chars, error_column=errors == "column")
    return df.select(ident.alias("id"), F.col(text_col).alias("text")).mapInArrow(run, schema)


def _column_type(df: DataFrame, name: str) -> T.DataType:
    """The type of column ``name`` of ``df`` (a top-level name, or a nested ``a.b``)."""
    top = {f.name: f.dataType for f in df.schema.fields}
    if name in top:
        return top[name]
    if "." in name:  # pyspark's analysis error for a wrong one: its class moved in 4.0
        with contextlib.suppress(Exception):
            return df.select(F.col(name)).schema.fields[0].dataType
    raise ValueError(f"attribquant.spark.extract_quantities(): no column {name!r} "
                     f"in {df.columns}")


def _partition(batches: Iterable[pa.RecordBatch], *, arrow_schema: pa.Schema,
               max_chars: int | None, error_column: bool) -> Iterator[pa.RecordBatch]:
    """Runs in a Python worker: Arrow batches of (id, text) in, of records out."""
    rows: list[dict[str, Any]] = []
    for batch in batches:
        texts = batch.column(1).to_pylist()

        def bad(item: SkippedItem, texts: list[Any] = texts) -> None:
            if error_column:
                null = texts[item.index] is None
                reason = "text is null" if null else str(item.error)
                rows.append({"id": item.id,
                             ERROR_COLUMN: f"{type(item.error).__name__}: {reason}"})

        pairs = zip(batch.column(0).to_pylist(), texts, strict=True)
        for doc in extract_many(pairs, max_chars=max_chars, on_error=bad):
            rows.extend(to_records(doc))
            if len(rows) >= _OUTPUT_ROWS:
                yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema)
                rows.clear()
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema)
