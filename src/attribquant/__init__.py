"""attribquant: attributed quantities from English news text.

``extract(text)`` returns a frozen Document; see docs/ for the JSON contract.
"""

from __future__ import annotations

from ._version import __version__
from .api import extract, extract_many
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

__all__ = [
    "SCHEMA_VERSION",
    "Attribution",
    "Document",
    "Hedge",
    "Mention",
    "NumericMention",
    "Quantity",
    "Source",
    "Speaker",
    "__version__",
    "extract",
    "extract_many",
    "parse_number",
]
