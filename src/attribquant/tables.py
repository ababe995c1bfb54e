"""Flat tables of quantities: one record of scalars per quantity, for CSV, pandas and Spark.

``to_records`` needs nothing beyond attribquant; ``to_frame`` imports pandas (the
``attribquant[pandas]`` extra) when it is called, never before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .model import Document, Quantity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "HEDGE_SEPARATOR", "to_frame", "to_records"]

#: Every column of :func:`to_records`, :func:`to_frame` and the CLI's ``--format csv``, in
#: order, with its pandas dtype in :func:`to_frame` (the same whatever the data, even for no
#: rows). Documented column by column in docs/json-schema.md, "Flat records".
COLUMNS: dict[str, str] = {
    "id": "object",
    "text": "string",
    "start": "int64",
    "end": "int64",
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "approximate": "bool",
    "change": "string",
    "unit": "string",
    "unit_kind": "string",
    "unit_start": "Int64",
    "unit_end": "Int64",
    "subject": "string",
    "subject_start": "Int64",
    "subject_end": "Int64",
    "sentence": "int64",
    "speaker_name": "string",
    "speaker_mention": "string",
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "speaker_resolved": "boolean",
    "speaker_kind": "string",
    "hedge_cues": "string",
    "hedge_kinds": "string",
}

#: Joins the cues (and the kinds) of a quantity's hedges, in text order, in one column.
HEDGE_SEPARATOR = "; "


def to_records(docs: Document | Iterable[Document]) -> list[dict[str, Any]]:
    """One flat dict per quantity of ``docs`` (a Document or an iterable of them), in order.

    The keys are :data:`COLUMNS`: the document's ``id``, every field of the quantity, its
    spans as ``*_start``/``*_end``, its speaker as ``speaker_*`` (None without a speaker)
    and its hedges as ``hedge_cues`` and ``hedge_kinds`` joined by ``"; "`` (``""``
    without a hedge).  A document without quantities gives no record.

    >>> from attribquant import extract
    >>> doc = extract("Police said up to 40 people could be hurt.")
    >>> r = to_records(doc)[0]
    >>> r["text"], r["high"], r["speaker_name"], r["hedge_cues"], r["hedge_kinds"]
    ('up to 40 people', 40.0, 'Police', 'up to; could', 'bound; modal')
    """
    return [_record(doc.id, q) for doc in _documents(docs) for q in doc.quantities]


def _documents(docs: Document | Iterable[Document]) -> Iterator[Document]:
    if isinstance(docs, Document):
        yield docs
        return
    if isinstance(docs, (str, bytes)) or not isinstance(docs, Iterable):
        raise TypeError(f"attribquant.to_records() needs Documents, not {type(docs).__name__}")
    for doc in docs:
        if not isinstance(doc, Document):
            raise TypeError(
                f"attribquant.to_records() needs Documents, not {type(doc).__name__} items")
        yield doc


def _record(ident: Any, q: Quantity) -> dict[str, Any]:
    unit_start, unit_end = q.unit_span or (None, None)
    subject_start, subject_end = q.subject_span or (None, None)
    sp = q.speaker
    return {
        "id": ident,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "approximate": q.approximate,
        "change": q.change,
        "unit": q.unit,
        "unit_kind": q.unit_kind,
        "unit_start": unit_start,
        "unit_end": unit_end,
        "subject": q.subject,
        "subject_start": subject_start,
        "subject_end": subject_end,
        "sentence": q.sentence,
        "speaker_name": None if sp is None else sp.name,
        "speaker_mention": None if sp is None else sp.mention,
        "speaker_start": None if sp is None else sp.start,
        "speaker_end": None if sp is None else sp.end,
        "speaker_resolved": None if sp is None else sp.resolved,
        "speaker_kind": None if sp is None else sp.kind,
        "hedge_cues": HEDGE_SEPARATOR.join(h.cue for h in q.hedges),
        "hedge_kinds": HEDGE_SEPARATOR.join(h.kind for h in q.hedges),
    }


def to_frame(docs: Document | Iterable[Document]) -> pd.DataFrame:
    """:func:`to_records` as a pandas DataFrame, one row per quantity, with the dtypes of
    :data:`COLUMNS` (nullable ``Float64``/``Int64``/``boolean`` and ``string`` columns hold
    ``pd.NA`` where a record has None).

    Raises:
        ImportError: if pandas is not installed (``pip install "attribquant[pandas]"``).
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            'attribquant.to_frame() needs pandas: pip install "attribquant[pandas]"') from exc
    records = to_records(docs)
    frame: pd.DataFrame = pd.DataFrame({
        name: pd.Series([r[name] for r in records], dtype=dtype)
        for name, dtype in COLUMNS.items()
    })
    return frame
