"""Every word list the library uses, kept as data in one package.

Modules: ``text`` (characters, abbreviations), ``calendar`` (month and day names),
``numbers`` (number words, scales, currencies), ``quantities`` (bounds, vague plurals, units,
count nouns), ``attribution`` (reporting verbs, role nouns, hedge cues).

Conventions, checked by ``tests/test_lexicon.py``: each list is documented by a ``#:``
comment and written grouped by meaning (not sorted); no list repeats an entry; entries are
lower-case, because they are matched against lower-cased tokens, except in the lists named in
``CASE_SENSITIVE``; a list built from others (``MONTHS`` from ``calendar``) is composed, not
copied; and the pairs in ``DISJOINT`` share no entry, because the code reads them as
opposites or gives one precedence by order alone.
"""

#: Lists matched against a token's own text, where case tells things apart ("M" million,
#: "m" metres; "US$"; "Mr." before a name).
CASE_SENSITIVE: frozenset[str] = frozenset(
    {
        "text.CHAR_MAP",
        "attribution.DOTTED_TITLES",
        "numbers.CURRENCY_SYMBOLS",
        "numbers.ASCII_CURRENCY_PREFIXES",
        "numbers.DOLLAR_PREFIXES",
        "numbers.DOLLAR_COUNTRY_AFTER",
        "numbers.SCALE_ABBREVIATIONS",
        "numbers.CURRENCY_ONLY_GLUED_SCALES",
        "numbers.COUNT_SCALE_LETTERS",
        "numbers.POWER_BASES",
        "quantities.SYMBOL_OVERRIDES",
        "quantities.SAFE_SPACED_SYMBOLS",
        "quantities.SPACED_LETTER_UNITS",
        "quantities.SPACED_CURRENCY_PREFIXES",
        "quantities.EXTRA_UNIT_SURFACES",
    }
)

#: Pairs of lists that must share no entry.
DISJOINT: tuple[tuple[str, str], ...] = (
    ("quantities.CHANGE_UP", "quantities.CHANGE_DOWN"),
    ("quantities.MONTHS", "quantities.WEEKDAYS"),
    ("quantities.APPROX_CUES", "quantities.BOUND_CUES"),
    ("attribution.MODAL_CUES", "attribution.EVIDENTIAL_CUES"),
    ("attribution.DISPUTE_CUES", "attribution.DISPUTE_NEGATORS"),
    ("attribution.SPEECH_VERBS", "attribution.BELIEF_VERBS"),
    ("attribution.PERSON_ROLES", "attribution.ORG_ROLES"),
    ("attribution.PERSON_ROLES", "attribution.THING_SUFFIXES"),
    ("attribution.ORG_SUFFIXES", "attribution.THING_SUFFIXES"),
    ("attribution.PRONOUNS", "attribution.OBJECT_PRONOUNS"),
    ("attribution.PERSONAL_PRONOUNS", "attribution.NON_PERSONAL_PRONOUNS"),
    ("numbers.UNITS", "numbers.TENS"),
    ("numbers.UNITS", "numbers.SCALES"),
    ("numbers.FRACTIONS", "numbers.SCALES"),
    ("quantities.YEAR_MODIFIED_NOUNS", "quantities.NP_STOP"),
    ("calendar.MONTH_NAMES", "calendar.WEEKDAY_NAMES"),
)
