"""Character normalisation table and abbreviations for sentence splitting.

Each mapping is one character to one character, so offsets never shift.
"""

from __future__ import annotations

from .calendar import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS

#: Characters replaced one-for-one before any pattern runs.
CHAR_MAP: dict[str, str] = {
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
    # digits of other scripts read as ASCII digits (one code point each)
    **{chr(0xFF10 + d): str(d) for d in range(10)},  # full-width
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # extended Arabic-Indic (Persian, Urdu)
    # fraction slash
    "\u2044": "/", "\u2215": "/",
    # full-width percent and the per-mille-like look-alike
    "\uff05": "%",
}

#: Characters (besides letters and digits) after which two apostrophes close a quotation
#: ("site,'' said"); elsewhere they open one (" ''It is").
CLOSING_QUOTE_AFTER: frozenset[str] = frozenset(".,!?;:%)]'\"")

#: Lower-cased abbreviations (without their final period) that do not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt cpl pvt rep reps sen gov st rev maj
    cmdr adm hon pres supt insp det messrs mme mlle sr jr
    no nos vs v etc inc ltd co corp bros plc llc dept univ assn est approx thur
    ft mt fig al e.g i.e a.m p.m u.s u.k u.n e.u
    """.split()
) | MONTH_ABBREVIATIONS | WEEKDAY_ABBREVIATIONS

#: Abbreviations that often close a sentence: before a capital they end it.
SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    "etc inc ltd co corp plc llc a.m p.m u.s u.k".split()
)

#: Closing abbreviations that also open names ("U.S. Navy", "U.K. Home Office"): they end a
#: sentence only before a word of SENTENCE_STARTERS.  The others ("Inc.", "p.m.") end it
#: before any capitalised word.
NAME_PREFIX_ABBREVIATIONS: frozenset[str] = frozenset({"u.s", "u.k", "u.n", "e.u"})

#: Words that open a new sentence after a closing abbreviation ("... in the U.S. The firm").
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """the a an he she it they we i you this that these those there here its his her their
    our my in on at but and or so yet if when while after before as for with by from since
    until although though however meanwhile also still some many most all no one two three
    what who why how where other another each every both such""".split()
)
