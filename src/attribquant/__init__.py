"""attribquant: attributed quantities from English news text.

``extract(text)`` returns a frozen Document; see docs/ for the JSON contract.
"""

from __future__ import annotations

from ._version import __version__
from .api import MAX_CHARS, SkippedItem, TextTooLong, extract, extract_many
from .model import (
    SCHEMA_VERSION,
    Attribution,
    Document,
    Hedge,
    Mention,
    NumericMention,
    Quantity,
    Source,
    Speaker,
)
from .numbers import parse_number
from .tables import to_frame, to_records

__all__ = [
    "MAX_CHARS",
    "SCHEMA_VERSION",
    "Attribution",
    "Document",
    "Hedge",
    "Mention",
    "NumericMention",
    "Quantity",
    "SkippedItem",
    "Source",
    "Speaker",
    "TextTooLong",
    "__version__",
    "extract",
    "extract_many",
    "parse_number",
    "to_frame",
    "to_records",
]
