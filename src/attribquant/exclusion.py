"""Numbers that are not quantities: years, dates, times, ordinals, scores and identifiers.

One ordered table of named rules decides, for every number the reader found, whether it is a
quantity; the first rule that fires gives the kind (or keeps the number as a quantity).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Literal, NamedTuple

from .lexicon.numbers import GROUP_WORDS, ORDINAL_SUFFIXES, SCALES, TENS, UNITS
from .lexicon.quantities import (
    AMOUNT_NOUNS,
    COMPASS_LETTERS,
    INDEX_NAMES,
    LEVEL_PLURALS,
    LOCATIVE_PREPOSITIONS,
    MAX_SCORE,
    MODEL_NOT_BEFORE,
    MODIFIER_DETERMINERS,
    MONTHS,
    NP_STOP,
    NUMBER_SIGN_ABBREVIATIONS,
    NUMBERED_NOUNS,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    PARTITIVE_DETERMINERS,
    PHONE_WORDS,
    POSTCODE_WORDS,
    RANGE_LINKS,
    RANK_WORDS,
    SCORE_CONTEXT,
    STREET_WORDS,
    SUBJECT_VERBS_AFTER,
    TIE_CUES,
    TIME_AFTER,
    TIME_ZONES,
    YEAR_MODIFIED_NOUNS,
    YEAR_PREPOSITIONS,
)
from .model import ExclusionKind
from .numbers import DATE, TIME, YEAR_RANGE, Number, NumberShape, currency_at
from .phrases import (
    counted_noun,
    falling_pair,
    followed_by_measure,
    hedged,
    is_code_word,
    is_common_noun,
    is_name_word,
    is_title_word,
    is_wordlike,
    near,
)
from .tokens import (
    PhraseMatcher,
    Token,
    is_plural_noun,
    looks_plural,
    lower_at,
    singular,
    year_shaped,
)
from .units import unit_at

__all__ = ["EXCLUSION_RULES", "Rule", "classify", "deciding_rule"]


class Context:
    """A number with the words around it: the one or two before and the one after.

    ``year_shaped``: a plain four-digit integer in 1000..2199 ("2019", "1500"), found once
    (many rules ask).  A slotted class: every rule reads its fields.
    """

    __slots__ = ("num", "nxt", "prev", "prev2", "tokens", "year_shaped")

    def __init__(self, tokens: list[Token], num: Number, prev: str, prev2: str,
                 nxt: str) -> None:
        self.tokens = tokens
        self.num = num
        self.prev = prev
        self.prev2 = prev2
        self.nxt = nxt
        self.year_shaped = bool(num.integer_digits and year_shaped(tokens[num.i].text))


#: The shape of an amount: the rules after the shape rules read only amounts.
_AMOUNT: Final[frozenset[NumberShape]] = frozenset({"number"})


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


_APPLICABLE: Final = _Applicable()


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
# Words that are no count: "each one", "BBC One"
# --------------------------------------------------------------------------------------------


def _lone_one(c: Context) -> bool:
    return c.num.spelled and c.num.value == 1 and c.num.j == c.num.i + 1


def _pronoun_one(c: Context) -> bool:
    """"each one", "no one", "the one who", "this one", "one another": a pronoun (not "the
    only one winner", "the one email account", which count a noun)."""
    if not _lone_one(c):
        return False
    if c.nxt in ONE_PRONOUN_BEFORE or c.prev == "no":
        return True
    return c.prev in ONE_PRONOUN_AFTER and not _counts_noun_after(c.tokens, c.num.j)


def _counts_noun_after(tokens: list[Token], j: int) -> bool:
    """"the one email account" counts the noun after "one"; "each one costs" does not: a
    singular "one" takes no plural, so a word in -s there is its verb."""
    if j >= len(tokens) or not is_common_noun(tokens[j]):
        return False
    w = tokens[j].lower
    if lower_at(tokens, j + 1) in SUBJECT_VERBS_AFTER:
        return True  # "that one soldiers were hurt": a plural subject, however odd
    return not (w.endswith("s") and is_plural_noun(w) and singular(w) != w)  # not "species"


def _partitive_one(c: Context) -> bool:
    """"killed in one of the attacks", "at one of its plants": after a preposition of place
    or time, "one of the ..." picks out a referent and counts nothing."""
    return (_lone_one(c) and c.nxt == "of" and c.prev in LOCATIVE_PREPOSITIONS
            and lower_at(c.tokens, c.num.j + 1) in PARTITIVE_DETERMINERS)


def _spelled_name(c: Context) -> bool:
    """"BBC One", "Channel Four", "Formula One": a capitalised number word after a name."""
    tok, i = c.tokens[c.num.i], c.num.i
    return (c.num.spelled and c.num.j == i + 1 and tok.text[:1].isupper()
            and (tok.lower in UNITS or tok.lower in TENS) and i > 0
            and is_name_word(c.tokens[i - 1])
            and counted_noun(c.tokens, c.num.j, one=False) is None)  # not "... Three people"


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

_INDEX_NAMES: Final = PhraseMatcher(INDEX_NAMES)


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
    """"at 10 a.m.", "by 3pm", "at 11 o'clock", "1530 GMT" (hours and minutes as four
    figures before a time zone)."""
    value = c.num.value
    if value is None or c.nxt not in _TIME_AFTER:
        return False
    if value < 25:
        return True
    text = c.tokens[c.num.i].text
    return (c.nxt in TIME_ZONES and c.num.integer_digits and len(text) == 4
            and int(text[:2]) < 24 and int(text[2:]) < 60)


#: Words after a clock time, with the period a dotted "A.M." token ends with.
_TIME_AFTER: Final = TIME_AFTER | TIME_ZONES | {w + "." for w in TIME_AFTER | TIME_ZONES}


def _small(text: str) -> bool:
    return text.isdecimal() and int(text) <= 20


def _score_before_dash(c: Context) -> bool:
    """"won 2-0", "a 3-1 victory", "won 112-104", "ruled 6-3": the first of two numbers
    near a game or vote word (two small ones with a nil need none)."""
    num, toks = c.num, c.tokens
    if not (num.integer_digits and c.nxt == "-" and num.j + 1 < len(toks)):
        return False
    return _score_pair(toks, num.i, num.value, toks[num.j + 1].text, num.j + 2)


def _score_pair(toks: list[Token], i: int, first: float | None, second: str,
                after: int) -> bool:
    """Is "first-second" at token ``i`` (``after`` is the token after it) a score: two small
    numbers with a nil or near a game or vote word, or two up to ``MAX_SCORE`` near one and
    with no unit or counted noun after them ("won 112-104", not "lost 30-40 jobs")?"""
    if first is None or not second.isdecimal():
        return False
    if _small(second) and first <= 20:
        return int(second) == 0 or (_has_score_word(toks) and near(toks, i, SCORE_CONTEXT))
    return (first <= MAX_SCORE and int(second) <= MAX_SCORE and first == int(first)
            and _has_score_word(toks) and near(toks, i, SCORE_CONTEXT)
            and not followed_by_measure(toks, after))


#: The sentence last asked about and whether it holds a game or vote word (a sentence dense
#: with "N-N" asks once); one tuple, replaced whole, so threads never mix two sentences.
_SCORE_SENTENCE: Final[list[tuple[object, bool]]] = [(None, False)]


def _has_score_word(toks: list[Token]) -> bool:
    last = _SCORE_SENTENCE[0]
    if last[0] is toks:
        return last[1]
    answer = not SCORE_CONTEXT.isdisjoint([t.lower for t in toks])
    _SCORE_SENTENCE[0] = (toks, answer)
    return answer


def _tie_before_dash(c: Context) -> bool:
    """"level at 89-89": a tie (not "a 50-50 venture")."""
    num, toks = c.num, c.tokens
    if not (num.integer_digits and c.nxt == "-" and num.j + 1 < len(toks)):
        return False
    after = toks[num.j + 1]
    return (after.text.isdecimal() and after.glued and int(after.text) == num.value
            and (c.prev in TIE_CUES or near(toks, num.i, SCORE_CONTEXT)))


def _after_dash(c: Context) -> Token | None:
    """The figure before "-" when this number follows it glued ("2-0": the "2")."""
    toks, i = c.tokens, c.num.i
    if c.prev == "-" and toks[i - 1].glued and i >= 2 and toks[i - 2].text.isdecimal():
        return toks[i - 2]
    return None


def _score_after_dash(c: Context) -> bool:
    """"won 2-0", "won 112-104": the second figure of a score."""
    first = _after_dash(c)
    value = c.num.value
    if first is None or value is None or not c.num.integer_digits:
        return False
    return _score_pair(c.tokens, c.num.i, float(first.text), c.tokens[c.num.i].text, c.num.j)


def _tie_after_dash(c: Context) -> bool:
    """"level at 89-89": the second figure of a tie."""
    first = _after_dash(c)
    i = c.num.i
    return (first is not None and int(first.text) == c.num.value and c.tokens[i].glued
            and (lower_at(c.tokens, i - 3) in TIE_CUES or near(c.tokens, i, SCORE_CONTEXT)))


def _day_range_end(c: Context) -> bool:
    """"Oct. 3-7", "3-7 October": the second day of a span of days next to a month."""
    toks, first = c.tokens, _after_dash(c)
    if not _day_number(c) or first is None or int(first.text) > 31:
        return False
    k = c.num.i - 2  # the first day
    return (lower_at(toks, k - 1) in MONTHS or c.nxt in MONTHS
            or (lower_at(toks, k - 1) == "." and lower_at(toks, k - 2) in MONTHS))


def _day_range_start(c: Context) -> bool:
    """"3-7 October": the first day of a span of days before a month."""
    toks, j = c.tokens, c.num.j
    if not _day_number(c) or j + 1 >= len(toks) or not toks[j + 1].text.isdecimal():
        return False
    return int(toks[j + 1].text) <= 31 and lower_at(toks, j + 2) in MONTHS


def _postcode(c: Context) -> bool:
    """"SW1A 1AA", "CA 90210", "ZIP code 90210": the number of a postcode."""
    toks, i, j = c.tokens, c.num.i, c.num.j
    text = toks[i].text
    if len(text) == 1 and j < len(toks) and toks[j].glued and len(toks[j].text) == 2 \
            and toks[j].text.isalpha() and toks[j].text.isupper() and i > 0:
        return is_code_word(toks[i - 1]) and any(ch.isdecimal() for ch in toks[i - 1].text)
    if len(text) != 5 or not c.num.integer_digits:
        return False
    prev = toks[i - 1].text if i > 0 else ""
    return (c.prev in POSTCODE_WORDS or (len(prev) == 2 and prev.isalpha() and prev.isupper())
            ) and not followed_by_measure(toks, j)


def _phone_number(c: Context) -> bool:
    """"call 0800 555 0199", "+44 20 7946 0958": a group of a telephone number."""
    toks, i = c.tokens, c.num.i
    if not c.num.integer_digits:
        return False
    a = b = i
    while a > 0 and _phone_group(toks[a - 1]) and toks[a].start == toks[a - 1].end + 1:
        a -= 1
    while b + 1 < len(toks) and _phone_group(toks[b + 1]) \
            and toks[b + 1].start == toks[b].end + 1:
        b += 1
    if b - a < 2:
        return False
    digits = sum(len(toks[k].text) for k in range(a, b + 1))
    opened = lower_at(toks, a - 1) in PHONE_WORDS or lower_at(toks, a - 1) == "+"
    return digits >= 9 and (opened or any(toks[k].text[0] == "0" for k in range(a, b + 1)))


def _phone_group(tok: Token) -> bool:
    return tok.text.isdecimal() and len(tok.text) <= 5


def _falling_pair(c: Context) -> int | None:
    """If this number is either figure of a ``falling_pair`` ("787-9", "216-146"; not the
    year span "2008-9"), the index of the token after the pair."""
    a = c.num.i - 2 if c.prev == "-" else c.num.i
    if not c.num.integer_digits or not falling_pair(c.tokens, a):
        return None
    first = c.tokens[a].text
    return None if year_shaped(first) else a + 3


def _year_span_end(c: Context) -> bool:
    """"the crash of 2008-9": one or two digits glued after a year and a hyphen end a span of
    years."""
    first = _after_dash(c)
    return (first is not None and c.tokens[c.num.i].glued and len(c.tokens[c.num.i].text) <= 2
            and year_shaped(first.text))


def _model_variant(c: Context) -> bool:
    """"40 787-9 jets", "the 747-400 freighter": a falling pair before a noun or a name is a
    model and its variant."""
    end = _falling_pair(c)
    return end is not None and _after_pair(c.tokens, end) == "noun"


def _tally(c: Context) -> bool:
    """"a record of 216-146", "backed her, 543-44": a falling pair with no noun after it is a
    tally of wins or votes."""
    end = _falling_pair(c)
    return end is not None and _after_pair(c.tokens, end) is None


def _after_pair(toks: list[Token], end: int) -> Literal["unit", "noun"] | None:
    """What follows a falling pair: "unit" ("300-200 miles", a range after all), "noun" (a
    word that can head a phrase), or None."""
    if unit_at(toks, end, currency=False) is not None:
        return "unit"
    return "noun" if end < len(toks) and is_wordlike(toks[end]) \
        and toks[end].lower not in NP_STOP else None


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
    second = c.nxt in RANGE_LINKS and j + 1 < len(toks) and toks[j + 1].text.isdecimal()
    measured = followed_by_measure(toks, j) or (
        second and followed_by_measure(toks, j + 2))  # "between 1000 and 2000 people"
    level_at = j + 2 if second else j
    if measured and not hedged(toks, c.num.i) and _level_plural_after(toks, level_at):
        return True  # "between 1850 and 1950 ocean temperatures rose"
    after_cue = measured and hedged(toks, c.num.i)
    return not measured or (c.prev in YEAR_PREPOSITIONS and not after_cue)


def _level_plural_after(toks: list[Token], j: int) -> bool:
    """The counted phrase after ``j`` is headed by a plural naming a level ("temperatures")."""
    np = counted_noun(toks, j, one=False)
    return np is not None and singular(toks[np[1]].lower) in LEVEL_PLURALS


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


def _counted_model(c: Context) -> bool:
    """"12 Boeing 777 aircraft", "two Airbus 330 jets": a model number after a maker's
    name that another number counts."""
    toks, i = c.tokens, c.num.i
    k = i - 1
    while k >= 0 and i - k <= 3 and is_name_word(toks[k]) and not toks[k].junk \
            and not _count_word(toks[k]):
        k -= 1
    if k == i - 1 or k < 0 or toks[i].glued:
        return False
    return c.nxt not in MODEL_NOT_BEFORE and (toks[k].text[:1].isdecimal() or _count_word(toks[k]))


def _count_word(tok: Token) -> bool:
    """A number word ("six", "Twenty-one", "hundred", "dozen")."""
    word = tok.lower.split("-")[-1]
    return word in UNITS or word in TENS or word in SCALES or word in GROUP_WORDS


def _determiner_model(c: Context) -> bool:
    """"the 747 landed", "its 787 Dreamliner": a determiner before a model number (three or
    four figures, not a round number, no counted noun after it)."""
    num, text, j = c.num, c.tokens[c.num.i].text, c.num.j
    after = c.tokens[j] if j < len(c.tokens) else None
    return (c.prev in MODIFIER_DETERMINERS and 3 <= len(text) <= 4 and num.value is not None
            and num.value % 10 != 0 and c.nxt not in MODEL_NOT_BEFORE and c.nxt != "-"
            and not (after is not None and is_common_noun(after)) and _bare(c))


def _rank(c: Context) -> bool:
    """"the bottom three", "in the top 10": a place in a ranking, not a count (not "the top
    4 or 5 percent")."""
    return (c.prev in RANK_WORDS and c.nxt not in RANGE_LINKS and c.nxt != "or"
            and not followed_by_measure(c.tokens, c.num.j))


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
_DASH: Final = frozenset({"-"})

EXCLUSION_RULES: tuple[Rule, ...] = (
    Rule("date_code", "date", _date_code, frozenset({"code"})),
    Rule("time_code", "time", _time_code, frozenset({"code"})),
    Rule("year_range_code", "year", _year_range_code, frozenset({"code"})),
    Rule("code", "identifier", _code, frozenset({"code"})),
    Rule("ordinal", "ordinal", _ordinal, frozenset({"ordinal"})),
    Rule("decade", "year", _decade, frozenset({"decade"})),
    Rule("slash_pair", "identifier", _slash_pair, frozenset({"slash-pair"})),
    Rule("long_digits", "identifier", _long_digits, frozenset({"long-digits"})),
    Rule("pronoun_one", "pronoun", _pronoun_one),
    Rule("partitive_one", "pronoun", _partitive_one, prev=LOCATIVE_PREPOSITIONS,
         nxt=frozenset({"of"})),
    Rule("spelled_name", "identifier", _spelled_name),
    Rule("rank", "ordinal", _rank, prev=RANK_WORDS),
    Rule("spelled_or_vague", None, _spelled_or_vague),
    Rule("currency", None, _currency),
    Rule("index_name", "identifier", _index_name, integer=True),
    Rule("month_before_day", "date", _month_before_day, integer=True,
         prev=MONTHS | {"."}),
    Rule("day_before_month", "date", _day_before_month, integer=True, nxt=MONTHS),
    Rule("day_range_end", "date", _day_range_end, integer=True, prev=_DASH),
    Rule("day_range_start", "date", _day_range_start, integer=True, nxt=_DASH),
    Rule("clock_time", "time", _clock_time, nxt=_TIME_AFTER),
    Rule("tie_before_dash", "score", _tie_before_dash, integer=True, nxt=_DASH),
    Rule("score_before_dash", "score", _score_before_dash, integer=True, nxt=_DASH),
    Rule("tie_after_dash", "score", _tie_after_dash, prev=_DASH),
    Rule("score_after_dash", "score", _score_after_dash, prev=_DASH),
    Rule("part_number", "identifier", _part_number, prev=_DASH),
    Rule("year_span_end", "year", _year_span_end, integer=True, prev=_DASH),
    Rule("model_variant", "identifier", _model_variant, integer=True),
    Rule("tally", "score", _tally, integer=True),
    Rule("postcode", "identifier", _postcode, integer=True),
    Rule("phone_number", "identifier", _phone_number, integer=True),
    Rule("street_address", "identifier", _street_address, integer=True),
    Rule("year_like_measure", None, _year_like_measure, integer=True, year=True),
    Rule("year_before_noun", "year", _year_before_noun_rule, integer=True, year=True),
    Rule("amount_of", None, _amount_of, integer=True, year=True, prev=frozenset({"of"})),
    Rule("bare_year", "year", _bare_year, integer=True, year=True),
    Rule("counted_model", "identifier", _counted_model, integer=True),
    Rule("determiner_model", "identifier", _determiner_model, integer=True,
         prev=MODIFIER_DETERMINERS),
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
    if prev in MODIFIER_DETERMINERS and 1900 <= float(tokens[i].text) <= 2100:
        return True  # "the 2019 Stanford researchers": a determiner before a recent year
    after = tokens[k] if k < len(tokens) else None
    # a capitalised modifier before a plural noun counts it: "1800 American troops"
    return after is None or not (after.text.islower() and looks_plural(after.lower))


def _street_after(tokens: list[Token], j: int) -> bool:
    """An address runs on from the number at ``j``: ["-" N] then names, then a street word."""
    n = len(tokens)
    k = j
    if k + 1 < n and tokens[k].text == "-" and tokens[k + 1].text.isdecimal():
        k += 2  # "16-18 Industrial Avenue"
    names = 0
    while k < n and names < 4:
        tok = tokens[k]
        if tok.text[:1].isupper() and tok.lower in STREET_WORDS and (names or k > j):
            # "30 Main Street residents": the street names a group, the number counts it
            return not (k + 1 < n and is_common_noun(tokens[k + 1]))
        if (tok.lower in COMPASS_LETTERS and tok.text.isupper()) or is_title_word(tok):
            k += 1
        elif tok.text.isdecimal() and k + 1 < n and tokens[k + 1].glued and (
            tokens[k + 1].lower in ORDINAL_SUFFIXES
        ):
            k += 2  # "71st"
        else:
            return False
        names += 1
    return False
