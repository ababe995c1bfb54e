"""Numbers that are not quantities: years, dates, times, ordinals, scores and identifiers.

One ordered table of named rules decides, for every number the reader found, whether it is a
quantity; the first rule that fires gives the kind (or keeps the number as a quantity).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .lexicon.numbers import ORDINAL_SUFFIXES
from .lexicon.quantities import (
    AMOUNT_NOUNS,
    COMPASS_LETTERS,
    INDEX_NAMES,
    MODIFIER_DETERMINERS,
    MONTHS,
    NUMBER_SIGN_ABBREVIATIONS,
    NUMBERED_NOUNS,
    RANGE_LINKS,
    SCORE_CONTEXT,
    STREET_WORDS,
    TIE_CUES,
    TIME_AFTER,
    YEAR_MODIFIED_NOUNS,
    YEAR_PREPOSITIONS,
)
from .model import ExclusionKind
from .numbers import DATE, TIME, YEAR_RANGE, Number, NumberShape, currency_at
from .phrases import (
    followed_by_measure,
    hedged,
    is_code_word,
    is_common_noun,
    is_name_word,
    is_title_word,
    near,
)
from .tokens import PhraseMatcher, Token, looks_plural, lower_at
from .units import unit_at

__all__ = ["EXCLUSION_RULES", "Rule", "classify", "deciding_rule"]


class Context(NamedTuple):
    """A number with the words around it: the one or two before and the one after."""

    tokens: list[Token]
    num: Number
    prev: str
    prev2: str
    nxt: str

    @property
    def year_shaped(self) -> bool:
        """A plain four-digit integer in 1000..2199 ("2019", "1500")."""
        num = self.num
        return (num.integer_digits and num.value is not None and 1000 <= num.value < 2200
                and len(self.tokens[num.i].text) == 4)


#: The shape of an amount: the rules after the shape rules read only amounts.
_AMOUNT: frozenset[NumberShape] = frozenset({"number"})


class Rule(NamedTuple):
    """A named rule: when ``test`` holds, the number is of ``kind`` (None: a quantity).

    What the rule can fire on, so that a number is tried only against the rules that can
    fire for it: ``shapes``, the number shapes it reads; ``integer``, only a plain run of
    digits ("2019", not "2,019" or "2.5"); ``year``, only a year-shaped one ("2019");
    ``prev`` and ``nxt``, only after or before one of these words (None: any word)."""

    name: str
    kind: ExclusionKind | None
    test: Callable[[Context], bool]
    shapes: frozenset[NumberShape] = _AMOUNT
    integer: bool = False
    year: bool = False
    prev: frozenset[str] | None = None
    nxt: frozenset[str] | None = None


def classify(tokens: list[Token], num: Number) -> ExclusionKind | None:
    """Why the number is not a quantity, or None when it is one."""
    rule = deciding_rule(tokens, num)
    return rule.kind if rule is not None else None


def deciding_rule(tokens: list[Token], num: Number) -> Rule | None:
    """The first rule of ``EXCLUSION_RULES`` that fires for the number (None: no rule fires,
    and the number is a quantity)."""
    c = Context(tokens, num, lower_at(tokens, num.i - 1), lower_at(tokens, num.i - 2),
                lower_at(tokens, num.j))
    for rule in _applicable(c):
        if rule.test(c):
            return rule
    return None


class _Applicable:
    """The rules that can fire for a kind of number, by (shape, plain digits, year-shaped,
    the word before and the word after when some rule names them), made from
    ``EXCLUSION_RULES`` at first use, and again if the table is replaced."""

    def __init__(self) -> None:
        self.table: tuple[Rule, ...] = ()
        self.prev_words: frozenset[str] = frozenset()
        self.nxt_words: frozenset[str] = frozenset()
        self.by_key: dict[tuple[str, bool, bool, str, str], tuple[Rule, ...]] = {}


_APPLICABLE = _Applicable()


def _applicable(c: Context) -> tuple[Rule, ...]:
    a = _APPLICABLE
    if a.table is not EXCLUSION_RULES:
        a.table = EXCLUSION_RULES
        a.prev_words = frozenset().union(*(r.prev for r in a.table if r.prev is not None))
        a.nxt_words = frozenset().union(*(r.nxt for r in a.table if r.nxt is not None))
        a.by_key = {}
    prev = c.prev if c.prev in a.prev_words else ""
    nxt = c.nxt if c.nxt in a.nxt_words else ""
    key = (c.num.shape, c.num.integer_digits, c.year_shaped, prev, nxt)
    rules = a.by_key.get(key)
    if rules is None:
        shape, integer, year = key[:3]
        rules = tuple(r for r in a.table if shape in r.shapes and (integer or not r.integer)
                      and (year or not r.year) and (r.prev is None or prev in r.prev)
                      and (r.nxt is None or nxt in r.nxt))
        a.by_key[key] = rules
    return rules


# --------------------------------------------------------------------------------------------
# What the number reader saw
# --------------------------------------------------------------------------------------------


def _date_code(c: Context) -> bool:
    """"on 2020-01-23", "12/05/2019": a date written as one code."""
    return c.num.shape == "code" and DATE.fullmatch(c.tokens[c.num.i].text) is not None


def _time_code(c: Context) -> bool:
    """"at 10:30", "by 5:45pm": a clock time written as one code."""
    return c.num.shape == "code" and TIME.fullmatch(c.tokens[c.num.i].text) is not None


def _year_range_code(c: Context) -> bool:
    """"the 2019-20 season": a span of years."""
    return c.num.shape == "code" and YEAR_RANGE.fullmatch(c.tokens[c.num.i].text) is not None


def _code(c: Context) -> bool:
    """"COVID-19", "B52", "a3f9c2": letters and digits mixed, a phone number, a web address."""
    return c.num.shape == "code"


def _ordinal(c: Context) -> bool:
    """"the 5th round", "her 21st birthday"."""
    return c.num.shape == "ordinal"


def _decade(c: Context) -> bool:
    """"in the 1990s", "the 80s"."""
    return c.num.shape == "decade"


def _slash_pair(c: Context) -> bool:
    """"after 9/11", "open 24/7": two small numbers joined by a slash name something."""
    return c.num.shape == "slash-pair"


def _long_digits(c: Context) -> bool:
    """"serial 1234567890123456789012": a digit run too long to be an amount."""
    return c.num.shape == "long-digits"


# --------------------------------------------------------------------------------------------
# Always a quantity
# --------------------------------------------------------------------------------------------


def _spelled_or_vague(c: Context) -> bool:
    """"forty people", "dozens of homes", "one of the victims": words are always read."""
    return c.num.spelled or c.num.value is None


def _currency(c: Context) -> bool:
    """"$2019", "EUR 1500": an amount of money, whatever its digits look like."""
    return currency_at(c.tokens, c.num.i) is not None


# --------------------------------------------------------------------------------------------
# Names, dates, times, scores
# --------------------------------------------------------------------------------------------

_INDEX_NAMES = PhraseMatcher(INDEX_NAMES)


def _index_name(c: Context) -> bool:
    """"the S&P 500 fell", "the FTSE 100": a stock index named with its number."""
    if not c.num.integer_digits:
        return False
    found = _INDEX_NAMES.before(c.tokens, c.num.i)
    return found is not None and c.num.value in INDEX_NAMES[found[1]]


def _day_number(c: Context) -> bool:
    return c.num.integer_digits and c.num.value is not None and 1 <= c.num.value <= 31


def _month_before_day(c: Context) -> bool:
    """"on December 1", "Dec. 1" (a lower-case "may" is the modal, not the month)."""
    if not _day_number(c):
        return False
    may_modal = c.prev == "may" and c.tokens[c.num.i - 1].text != "May"
    return (c.prev in MONTHS and not may_modal) or (c.prev == "." and c.prev2 in MONTHS)


def _day_before_month(c: Context) -> bool:
    """"on 1 December", "5 May," (but "5 may rise" is a number before a modal)."""
    if not _day_number(c) or c.nxt not in MONTHS:
        return False
    j = c.num.j
    return not (c.nxt == "may" and c.tokens[j].text != "May"
                and lower_at(c.tokens, j + 1) not in ("", ",", "."))


def _clock_time(c: Context) -> bool:
    """"at 10 a.m.", "by 3pm", "at 11 o'clock", "1530 GMT"."""
    return c.num.value is not None and c.num.value < 25 and c.nxt in _TIME_AFTER


#: Words after a clock time, with the period a dotted "A.M." token ends with.
_TIME_AFTER = TIME_AFTER | {w + "." for w in TIME_AFTER}


def _small(text: str) -> bool:
    return text.isdigit() and int(text) <= 20


def _score_before_dash(c: Context) -> bool:
    """"won 2-0", "a 3-1 victory": the first of two small numbers near a game word."""
    num, toks = c.num, c.tokens
    if not (num.integer_digits and c.nxt == "-" and num.j + 1 < len(toks)):
        return False
    after = toks[num.j + 1].text
    return (_small(after) and num.value is not None and num.value <= 20
            and (near(toks, num.i, SCORE_CONTEXT) or int(after) == 0))


def _tie_before_dash(c: Context) -> bool:
    """"level at 89-89": a tie (not "a 50-50 venture")."""
    num, toks = c.num, c.tokens
    if not (num.integer_digits and c.nxt == "-" and num.j + 1 < len(toks)):
        return False
    after = toks[num.j + 1]
    return (after.text.isdigit() and after.glued and int(after.text) == num.value
            and (c.prev in TIE_CUES or near(toks, num.i, SCORE_CONTEXT)))


def _after_dash(c: Context) -> Token | None:
    """The figure before "-" when this number follows it glued ("2-0": the "2")."""
    toks, i = c.tokens, c.num.i
    if c.prev == "-" and toks[i - 1].glued and i >= 2 and toks[i - 2].text.isdigit():
        return toks[i - 2]
    return None


def _score_after_dash(c: Context) -> bool:
    """"won 2-0": the second of two small numbers near a game word."""
    first = _after_dash(c)
    value = c.num.value
    return (first is not None and _small(first.text) and value is not None and value <= 20
            and (near(c.tokens, c.num.i, SCORE_CONTEXT) or value == 0))


def _tie_after_dash(c: Context) -> bool:
    """"level at 89-89": the second figure of a tie."""
    first = _after_dash(c)
    i = c.num.i
    return (first is not None and int(first.text) == c.num.value and c.tokens[i].glued
            and (lower_at(c.tokens, i - 3) in TIE_CUES or near(c.tokens, i, SCORE_CONTEXT)))


def _part_number(c: Context) -> bool:
    """"ISO 3888-2": a part number after a coded name."""
    i = c.num.i
    return (_after_dash(c) is not None and i >= 3 and is_code_word(c.tokens[i - 3])
            and c.tokens[i].glued and unit_at(c.tokens, c.num.j, currency=False) is None)


def _street_address(c: Context) -> bool:
    """"9 E 71st St", "16-18 Industrial Avenue": a house number before a street."""
    return (c.num.integer_digits and _street_after(c.tokens, c.num.j)
            and not hedged(c.tokens, c.num.i))


# --------------------------------------------------------------------------------------------
# Years
# --------------------------------------------------------------------------------------------


def _year_like_measure(c: Context) -> bool:
    """"a 1000 hp engine", "2000 km": a unit after it makes it an amount."""
    return c.year_shaped and unit_at(c.tokens, c.num.j, currency=False) is not None


def _year_before_noun_rule(c: Context) -> bool:
    """"its 2018 sales", "the 2014 World Cup": a year modifying a noun."""
    value = c.num.value
    return (c.year_shaped and value is not None and 1800 <= value <= 2100
            and _year_before_noun(c.tokens, c.num.i, c.num.j))


def _amount_of(c: Context) -> bool:
    """"an average of 1500": the number of an amount noun."""
    return c.year_shaped and c.prev == "of" and c.prev2 in AMOUNT_NOUNS


def _bare_year(c: Context) -> bool:
    """"until 2016", "in 1999 the plant closed": no measure follows, or a year preposition
    comes before it ("up to 1500 people" is a count)."""
    if not c.year_shaped:
        return False
    toks, j = c.tokens, c.num.j
    measured = followed_by_measure(toks, j) or (
        c.nxt in RANGE_LINKS and j + 1 < len(toks) and toks[j + 1].text.isdigit()
        and followed_by_measure(toks, j + 2))  # "between 1000 and 2000 people"
    after_cue = measured and hedged(toks, c.num.i)
    return not measured or (c.prev in YEAR_PREPOSITIONS and not after_cue)


# --------------------------------------------------------------------------------------------
# Numbers that name things
# --------------------------------------------------------------------------------------------


def _bare(c: Context) -> bool:
    """A plain integer with no unit or counted noun after it."""
    num = c.num
    return num.integer_digits and num.j == num.i + 1 and not followed_by_measure(c.tokens, num.j)


def _name_number(c: Context) -> bool:
    """"Game 7", "iPhone 11", "Apple Watch 5": a number after a name word."""
    i = c.num.i
    return i > 0 and not c.tokens[i].glued and is_name_word(c.tokens[i - 1]) and _bare(c)


def _address_name(c: Context) -> bool:
    """"575 Wilbraham Road", "22 Ave Foch": a number before two title words."""
    j, toks = c.num.j, c.tokens
    return (j + 1 < len(toks) and is_title_word(toks[j]) and is_title_word(toks[j + 1])
            and _bare(c))


def _numbered_noun(c: Context) -> bool:
    """"Room 101", "Article 5", "number 10" (not "number of")."""
    return c.prev in NUMBERED_NOUNS and not (c.prev == "number" and c.nxt == "of")


def _number_sign(c: Context) -> bool:
    """"#5", "No. 5", "Nos. 3"."""
    return c.prev == "#" or (c.prev == "." and c.prev2 in NUMBER_SIGN_ABBREVIATIONS)


def _bracketed_after_name(c: Context) -> bool:
    """"Dak Smith (4)": a shirt or list number in brackets after a name."""
    i = c.num.i
    return (c.prev == "(" and c.nxt == ")" and c.num.integer_digits and i >= 2
            and is_name_word(c.tokens[i - 2]))


#: The rules, in order; the first that fires decides.  A rule of kind None keeps the number.
_DASH = frozenset({"-"})

EXCLUSION_RULES: tuple[Rule, ...] = (
    Rule("date_code", "date", _date_code, frozenset({"code"})),
    Rule("time_code", "time", _time_code, frozenset({"code"})),
    Rule("year_range_code", "year", _year_range_code, frozenset({"code"})),
    Rule("code", "identifier", _code, frozenset({"code"})),
    Rule("ordinal", "ordinal", _ordinal, frozenset({"ordinal"})),
    Rule("decade", "year", _decade, frozenset({"decade"})),
    Rule("slash_pair", "identifier", _slash_pair, frozenset({"slash-pair"})),
    Rule("long_digits", "identifier", _long_digits, frozenset({"long-digits"})),
    Rule("spelled_or_vague", None, _spelled_or_vague),
    Rule("currency", None, _currency),
    Rule("index_name", "identifier", _index_name, integer=True),
    Rule("month_before_day", "date", _month_before_day, integer=True,
         prev=MONTHS | {"."}),
    Rule("day_before_month", "date", _day_before_month, integer=True, nxt=MONTHS),
    Rule("clock_time", "time", _clock_time, nxt=_TIME_AFTER),
    Rule("score_before_dash", "score", _score_before_dash, integer=True, nxt=_DASH),
    Rule("tie_before_dash", "score", _tie_before_dash, integer=True, nxt=_DASH),
    Rule("score_after_dash", "score", _score_after_dash, prev=_DASH),
    Rule("tie_after_dash", "score", _tie_after_dash, prev=_DASH),
    Rule("part_number", "identifier", _part_number, prev=_DASH),
    Rule("street_address", "identifier", _street_address, integer=True),
    Rule("year_like_measure", None, _year_like_measure, integer=True, year=True),
    Rule("year_before_noun", "year", _year_before_noun_rule, integer=True, year=True),
    Rule("amount_of", None, _amount_of, integer=True, year=True, prev=frozenset({"of"})),
    Rule("bare_year", "year", _bare_year, integer=True, year=True),
    Rule("name_number", "identifier", _name_number, integer=True),
    Rule("address_name", "identifier", _address_name, integer=True),
    Rule("numbered_noun", "identifier", _numbered_noun, prev=NUMBERED_NOUNS),
    Rule("number_sign", "identifier", _number_sign, prev=frozenset({"#", "."})),
    Rule("bracketed_after_name", "identifier", _bracketed_after_name, integer=True,
         prev=frozenset({"("}), nxt=frozenset({")"})),
)


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _year_before_noun(tokens: list[Token], i: int, j: int) -> bool:
    """A year modifying a noun: "its 2018 sales", "the 2014 World Cup", "Apple's 2020 model".

    Not a count of the noun: "more than 1500 games", "1200 sales", "2000 Syrian refugees".
    """
    if hedged(tokens, i):
        return False
    prev = lower_at(tokens, i - 1)
    determined = prev in MODIFIER_DETERMINERS or prev.endswith("'s") or (
        i > 0 and is_name_word(tokens[i - 1]) and tokens[i - 1].text[:1].isupper())
    nxt = lower_at(tokens, j)
    if nxt in YEAR_MODIFIED_NOUNS and determined:
        return True
    k = j
    while k < len(tokens) and k - j < 3 and is_title_word(tokens[k]):
        k += 1
    if k == j or looks_plural(nxt):
        return False
    after = tokens[k] if k < len(tokens) else None
    # a capitalised modifier before a plural noun counts it: "1800 American troops"
    return after is None or not (after.text.islower() and looks_plural(after.lower))


def _street_after(tokens: list[Token], j: int) -> bool:
    """An address runs on from the number at ``j``: ["-" N] then names, then a street word."""
    n = len(tokens)
    k = j
    if k + 1 < n and tokens[k].text == "-" and tokens[k + 1].text.isdigit():
        k += 2  # "16-18 Industrial Avenue"
    names = 0
    while k < n and names < 4:
        tok = tokens[k]
        if tok.text[:1].isupper() and tok.lower in STREET_WORDS and (names or k > j):
            # "30 Main Street residents": the street names a group, the number counts it
            return not (k + 1 < n and is_common_noun(tokens[k + 1]))
        if (tok.lower in COMPASS_LETTERS and tok.text.isupper()) or is_title_word(tok):
            k += 1
        elif tok.text.isdigit() and k + 1 < n and tokens[k + 1].glued and (
            tokens[k + 1].lower in ORDINAL_SUFFIXES
        ):
            k += 2  # "71st"
        else:
            return False
        names += 1
    return False
