"""Month and day names, in one place: dates, time adjuncts and name capitals read them.

All entries are lower-case.
"""

from __future__ import annotations

from typing import Final

#: Month names.
MONTH_NAMES: Final[frozenset[str]] = frozenset(
    """january february march april may june july august september october november
    december""".split()
)
#: Month abbreviations as news writes them ("Dec. 1", "Sept 5").
MONTH_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
#: Weekday names.
WEEKDAY_NAMES: Final[frozenset[str]] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
#: Weekday abbreviations ("Thurs.", "Fri").
WEEKDAY_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    "mon tue tues wed thu thurs fri sat sun".split()
)
#: Day words relative to the day of writing ("said yesterday").
RELATIVE_DAYS: Final[frozenset[str]] = frozenset({"yesterday", "today", "tonight"})
