"""Character normalisation table and abbreviations for sentence splitting.

Each mapping is one character to one character, so offsets never shift.
"""

from __future__ import annotations

from typing import Final

from .calendar import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS

#: The zero of every other script's decimal digits (Unicode category Nd; each script's ten
#: digits follow its zero): Arabic-Indic, Devanagari, Bengali, ..., Thai, Myanmar, full-width,
#: mathematical digits.  From Python's ``unicodedata`` (Unicode 15); tests/test_lexicon.py
#: checks the list against it.
DECIMAL_ZEROS: Final[tuple[int, ...]] = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
    0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
    0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0,
    0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0,
    0x1E950, 0x1FBF0,
)

#: Invisible marks that may sit inside a written number without splitting it ("1,\u00ad000":
#: soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte-order mark).  Between
#: two parts of a number the text keeps them; elsewhere zero-width spaces read as spaces.
INVISIBLE_MARKS: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

#: Characters replaced one-for-one before any pattern runs.
CHAR_MAP: Final[dict[str, str]] = {
    # quotation marks
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'", "`": "'",
    # dashes and minus signs
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    # spaces (no-break, thin, narrow no-break, figure, ideographic ...)
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
    "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    "\t": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
    # zero-width characters become spaces rather than vanish (length kept)
    "\u200b": " ", "\ufeff": " ",
    # digits of every other script read as ASCII digits (one code point each): Devanagari
    # "\u0967\u0968" is "12", full-width "\uff11\uff12" too
    **{chr(zero + d): str(d) for zero in DECIMAL_ZEROS for d in range(10)},
    # full-width and Arabic separators inside numbers ("\uff11\uff0c\uff10\uff10\uff10")
    "\uff0c": ",", "\uff0e": ".", "\u066b": ".", "\u066c": ",",
    # fraction slash
    "\u2044": "/", "\u2215": "/",
    # full-width percent and the per-mille-like look-alike
    "\uff05": "%",
}

#: Characters (besides letters and digits) after which two apostrophes close a quotation
#: ("site,'' said"); elsewhere they open one (" ''It is").
CLOSING_QUOTE_AFTER: Final[frozenset[str]] = frozenset(".,!?;:%)]'\"")

#: Lower-cased abbreviations (without their final period) that do not end a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt cpl pvt rep reps sen sens gov govs st rev maj
    cmdr adm hon pres supt insp det messrs mme mlle sr jr
    no nos vs v etc inc ltd co corp bros plc llc dept univ assn est approx thur
    ft mt fig al e.g i.e a.m p.m u.s u.k u.n e.u
    """.split()
) | MONTH_ABBREVIATIONS | WEEKDAY_ABBREVIATIONS

#: Abbreviations that often close a sentence: before a capital they end it.
SENTENCE_FINAL_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    "etc inc ltd co corp plc llc a.m p.m u.s u.k".split()
)

#: The clock's marks, as tokens without their final period ("7 p.m.", "9 pm"): a time zone
#: in capitals after one goes on with the clock time ("7 p.m. EST"), no sentence or name.
CLOCK_ABBREVIATIONS: Final[frozenset[str]] = frozenset("a.m p.m am pm".split())
#: US time zones written short ("9 p.m. ET"): a zone only right after "a.m." or "p.m." (after
#: a figure "MT" is a metric ton, "PT" a pint), unlike ``quantities.TIME_ZONES``.
SHORT_TIME_ZONES: Final[frozenset[str]] = frozenset({"et", "ct", "mt", "pt"})

#: Closing abbreviations that also open names ("U.S. Navy", "U.K. Home Office"): they end a
#: sentence only before a word of SENTENCE_STARTERS.  The others ("Inc.", "p.m.") end it
#: before any capitalised word.
NAME_PREFIX_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"u.s", "u.k", "u.n", "e.u"})

#: Words that open a new sentence after a closing abbreviation ("... in the U.S. The firm").
SENTENCE_STARTERS: Final[frozenset[str]] = frozenset(
    """the a an he she it they we i you this that these those there here its his her their
    our my in on at but and or so yet if when while after before as for with by from since
    until although though however meanwhile also still some many most all no one two three
    what who why how where other another each every both such""".split()
)
