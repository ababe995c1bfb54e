"""Quantities from numbers: sign, range, bound and approximation cues, unit, counted noun,
subject and change, each read by a named phase; then rules that read a quantity against the
ones before it in its sentence (a shared noun, a restated change, a conversion in brackets).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, NamedTuple

from .exclusion import classify
from .hedges import NumberCue
from .lexicon.numbers import CURRENCY_SYMBOLS, DOLLAR_COUNTRY_AFTER, SCALES
from .lexicon.quantities import (
    ABOUT_AS_PREPOSITION,
    AGE_APPOSITION_NOUNS,
    AGE_COPULAS,
    AGE_CUES,
    AGE_FOLLOWERS,
    AGE_NOUNS,
    APPROX_AFTER,
    BOUND_CUES,
    CHANGE_BY_ONLY,
    CHANGE_DOWN,
    CHANGE_GAP,
    CHANGE_MEASURE_KINDS,
    CHANGE_NEEDS_MEASURE,
    CHANGE_NOUNS_DOWN,
    CHANGE_NOUNS_UP,
    CHANGE_OBJECT_WORDS,
    CHANGE_UP,
    COMPOUND_UNITS,
    CONVERSION_OPENERS,
    CONVERTIBLE_KINDS,
    ELISION_FOLLOWERS,
    LEVEL_PREPOSITIONS,
    LEVEL_RATIO,
    LIST_ENDS,
    LIST_LINKS,
    MEASURE_KINDS,
    MODIFIER_DETERMINERS,
    NP_DETERMINERS,
    NP_STOP,
    ONE_OR_TWO_OPENERS,
    OVER_BOUND_AFTER,
    OVER_BOUND_BEFORE,
    PERSON_SUBJECTS,
    POINT_LEVEL_GAPS,
    PREPOSITIONS,
    RANGE_OPENERS,
    RATE_KINDS,
    RATE_LINKS,
    RATIO_LINKS,
    RESTATEMENT_GAPS,
    SCORE_CONTEXT,
    SOME_AS_PREPOSITION,
    SPACED_LETTER_UNITS,
    SPELLED_MODIFIER_DETERMINERS,
    SUSPENDED_LINKS,
    TO_RANGE_GAPS,
)
from .model import BoundSide, Change, ExclusionKind, Quantity
from .numbers import Number, currency_at, find_numbers, number_tokens
from .phrases import (
    APPROX_MATCHER,
    BOUND_MATCHER,
    counted_noun,
    is_common_noun,
    is_name_word,
    is_title_word,
    is_wordlike,
    near,
    noun_run_end,
)
from .tokens import (
    PhraseMatcher,
    SentenceTokens,
    Token,
    looks_plural,
    lower_at,
    may_hold_number,
    singular,
)
from .units import CURRENCY_CODES, Unit, per_suffix, rate_after_brackets, unit_at, unit_of_fraction

__all__ = ["BUILD_PHASES", "CONTEXT_RULES", "Excluded", "Reading", "extract_sentence"]


class Reading(NamedTuple):
    """A quantity as read (no speaker, no hedges yet) and the cues found next to its number."""

    quantity: Quantity
    cues: tuple[NumberCue, ...]


class Excluded(NamedTuple):
    """A number that is not a quantity, with the reason."""

    start: int
    end: int
    kind: ExclusionKind


class _Sentence:
    """What every phase reads: the number tokens and numbers of one sentence."""

    __slots__ = ("nums", "tokens")

    def __init__(self, tokens: list[Token], nums: list[Number]) -> None:
        self.tokens = tokens
        self.nums = nums


class _Draft:
    """A quantity being built over token ranges; the phases fill it in order."""

    __slots__ = ("approximate", "bound_side", "change", "counted", "cues", "currency", "end_k",
                 "explicit_up", "high", "i", "j", "k", "left_k", "low", "noun_search", "num",
                 "period", "second", "start_k", "subject", "unit", "used", "value")

    def __init__(self, k: int, num: Number) -> None:
        self.k = k  # index of its number in the sentence's numbers
        self.num = num
        self.i = num.i  # first token of the number
        self.j = num.j  # one past the number (or past the second number of a range)
        self.value: float | None = num.value
        self.low: float | None = num.low
        self.high: float | None = num.high
        self.start_k = num.i  # first token of the quantity
        self.left_k = num.i  # first token of the cues before the number
        self.end_k = 0  # one past the quantity
        self.approximate = False
        self.change: Change | None = None
        self.explicit_up = False
        self.cues: list[NumberCue] = []
        self.used = 1  # numbers the quantity takes (two for a range)
        self.currency: tuple[str, int] | None = None
        self.unit: Unit | None = None
        self.second: Number | None = None
        self.bound_side: BoundSide | None = None
        self.subject: tuple[int, int] | None = None  # token range
        self.noun_search = True  # False once the unit is settled without a noun ("aged 20")
        self.counted = False  # a counted noun phrase was found after the number
        self.period = False  # "over five years" after a verb: a period, neither bound nor change


def extract_sentence(source: str, text: str, shared: SentenceTokens, sentence: int,
                     start: int, end: int) -> tuple[list[Reading], list[Excluded]]:
    """Quantities and excluded numbers of the sentence ``text[start:end]``.

    Args:
        source: the original text (surfaces are read from it).
        text: the normalised text.
        shared: the document's shared sentence tokens.
        sentence: index of the sentence.
        start: sentence start offset.
        end: sentence end offset.
    """
    base = shared.get(start, end)
    if not may_hold_number(text, base, start, end, shared.ascii):
        return [], []  # no digit and no number word: nothing to read (most sentences)
    tokens = number_tokens(text, base)
    s = _Sentence(tokens, find_numbers(tokens))
    drafts: list[_Draft] = []
    excluded: list[Excluded] = []
    k = 0
    while k < len(s.nums):
        num = s.nums[k]
        kind = classify(tokens, num)
        if kind is not None:
            excluded.append(Excluded(num.start, num.end, kind))
            k += 1
            continue
        d = _build(s, k)
        if drafts and d.currency is not None and d.currency[1] < drafts[-1].end_k:
            d.start_k = d.left_k = d.i  # "0£0": the sign is the unit of the figure before
        for _name, rule in CONTEXT_RULES:
            if drafts:
                rule(d, drafts, s)
        drafts.append(d)
        k += d.used
    return [_freeze(source, sentence, s, d) for d in drafts], excluded


def _build(s: _Sentence, k: int) -> _Draft:
    num = s.nums[k]
    d = _Draft(k, num)
    for _name, phase in BUILD_PHASES:
        phase(d, s)
    return d


def _freeze(source: str, sentence: int, s: _Sentence, d: _Draft) -> Reading:
    toks = s.tokens
    unit, subject = d.unit, d.subject
    unit_span = (toks[unit.i].start, toks[unit.j - 1].end) if unit and unit.i >= 0 else None
    subject_span = (toks[subject[0]].start, toks[subject[1] - 1].end) if subject else None
    start, end = toks[d.start_k].start, toks[d.end_k - 1].end
    q = Quantity(
        text=source[start:end], start=start, end=end,
        value=_float(d.value), low=_float(d.low), high=_float(d.high),
        approximate=d.approximate, change=d.change,
        unit=unit.name if unit else None, unit_kind=unit.kind if unit else None,
        unit_span=unit_span,
        subject=source[subject_span[0]:subject_span[1]] if subject_span else None,
        subject_span=subject_span, sentence=sentence,
    )
    return Reading(q, tuple(sorted(d.cues, key=lambda c: c.start)))


def _float(x: float | None) -> float | None:
    """Values are floats in the JSON ("a dozen" is 12.0), whatever table they came from."""
    return None if x is None else float(x)


# --------------------------------------------------------------------------------------------
# Build phases, in order
# --------------------------------------------------------------------------------------------


def _vague(d: _Draft, s: _Sentence) -> None:
    """"dozens of homes": a vague plural is its own hedge."""
    if d.num.vague:
        d.cues.append(NumberCue(d.num.start, d.num.end, "vague"))


def _currency_before(d: _Draft, s: _Sentence) -> None:
    """"$2.5bn", "US$40m", "$-50.8bn": a currency sign opens the quantity."""
    currency = currency_at(s.tokens, d.i)
    d.currency = currency
    if currency is None:
        return
    d.unit = Unit(currency[0], "currency", currency[1], d.i)
    d.start_k = currency[1]
    if currency[1] < d.i - 1 and s.tokens[d.i - 1].text == "-" and d.value is not None:
        d.value = -d.value


def _sign(d: _Draft, s: _Sentence) -> None:
    """"-5 degrees", "+0.3%" (a signed rise), "minus 5", "minus-130 degrees"."""
    toks, k = s.tokens, d.start_k
    if d.value is None or k == 0:
        return
    before = toks[k - 1]
    if before.text == "-" and not d.num.spelled and (k == 1 or not before.glued) \
            and toks[k].glued:
        d.value, d.start_k = -d.value, k - 1
    elif before.text == "+" and toks[k].glued:
        d.explicit_up, d.start_k = True, k - 1
    elif before.lower == "minus":
        d.value, d.start_k = -d.value, k - 1
    elif k > 1 and before.text == "-" and toks[k - 2].lower == "minus":
        d.value, d.start_k = -d.value, k - 2


_RATIO_LINKS: Final = PhraseMatcher(RATIO_LINKS)


def _ratio(d: _Draft, s: _Sentence) -> None:
    """"one in 10,000", "one out of three Germans", "1 in 5 adults": a ratio, read as one
    number (the first over the second); a counted noun after it is the unit."""
    toks, k = s.tokens, d.k
    link = _RATIO_LINKS.at(toks, d.j)
    if link is None or d.value is None or k + 1 >= len(s.nums) or d.num.vague:
        return
    total = s.nums[k + 1]
    if total.i != d.j + len(link) or total.value is None or total.shape != "number" \
            or not 0 < d.value < total.value or total.vague:
        return
    if classify(toks, total) is not None and not (d.value == 1 and total.value % 10 == 0):
        return  # "2 in 2019": a year, not a total
    d.value, d.j, d.used = d.value / total.value, total.j, 2


def _range(d: _Draft, s: _Sentence) -> None:
    """"between 2 and 3 million", "from 3 to 8 per cent", "$5-10bn", "10-20 km", "from $75
    a barrel to $45"."""
    if d.used > 1:
        return  # a ratio took the next number
    second = _range_partner(s, d.k, d.start_k, d.currency is not None)
    d.second = second
    if second is None or d.value is None or second.value is None:
        return
    num, toks, v2 = d.num, s.tokens, second.value
    c2 = currency_at(toks, second.i)
    k2 = c2[1] if c2 is not None else second.i
    if _sign_before(toks, k2) < k2:
        v2 = -v2  # "from -10 to -5", "between minus 3 and minus 1"
    # share the scale: "between 2 and 3 million", "$5-10bn" (not "$200,000 to $4 million")
    if second.scaled and not num.scaled:
        raw1, raw2 = _raw_value(num, toks), _raw_value(second, toks)
        if raw1 < 1000 and raw1 <= raw2 and "," not in toks[d.i].text:
            d.value *= second.value / raw2
    if lower_at(toks, d.start_k - 1) in RANGE_OPENERS:
        d.start_k -= 1
    d.low, d.high = (d.value, v2) if d.value <= v2 else (v2, d.value)
    rate = per_suffix(toks, _past_dollar_country(toks, d.num.j, d.unit.name)) \
        if d.unit is not None and d.unit.kind == "currency" else None
    if d.unit is not None and rate is not None and rate[1] <= second.i:
        d.unit = d.unit._replace(name=f"{d.unit.name} per {rate[0]}")  # "from $75 a barrel"
    d.value, d.j, d.used = None, second.j, 2
    if d.unit is None and c2 is not None:
        d.unit = Unit(c2[0], "currency", c2[1], second.i)


def _cues_before(d: _Draft, s: _Sentence) -> None:
    """"up to 40", "more than about 300", "some 60" (not "for some 60" read as "some")."""
    toks, left = s.tokens, d.start_k
    for _ in range(2):
        mb = BOUND_MATCHER.before(toks, left)
        if mb is not None and d.bound_side is None and d.second is None:
            d.bound_side = BOUND_CUES[mb[1]]
            d.cues.append(NumberCue(toks[mb[0]].start, toks[left - 1].end, "bound"))
            left = mb[0]
            continue
        ma = APPROX_MATCHER.before(toks, left)
        if ma is not None and not d.approximate:
            if ma[1] == ("some",) and lower_at(toks, ma[0] - 1) in SOME_AS_PREPOSITION:
                break
            if ma[1] == ("about",) and lower_at(toks, ma[0] - 1) in ABOUT_AS_PREPOSITION:
                break  # "talking about 150 officers": a preposition
            d.approximate = True
            d.cues.append(NumberCue(toks[ma[0]].start, toks[left - 1].end, "approximation"))
            left = ma[0]
            continue
        break
    d.left_k = left
    d.start_k = min(d.start_k, left)


def _unit_after(d: _Draft, s: _Sentence) -> None:
    """"5%", "60 miles per hour", "110 JPY", "$5 a share", "9 billion shekels ($2.4 billion)
    a year": the unit after the number, or the rate a currency sign takes."""
    toks, unit = s.tokens, d.unit
    d.end_k = d.j
    if unit is None:
        after = unit_at(toks, d.j, d.currency is not None)
        if after is not None:
            d.unit, d.end_k = after, after.j
        elif d.j < len(toks) and toks[d.j].text in CURRENCY_CODES:
            d.unit = Unit(CURRENCY_SYMBOLS[toks[d.j].text], "currency", d.j, d.j + 1)
            d.end_k = d.j + 1
        elif _letter_unit(toks, d.i, d.j):
            name, kind = SPACED_LETTER_UNITS[toks[d.j].text]
            d.unit, d.end_k = Unit(name, kind, d.j, d.j + 1), d.j + 1
    else:
        if unit.kind == "currency" and unit.j <= d.i:
            d.end_k = _past_dollar_country(toks, d.j, unit.name)  # "$75 U.S. a barrel"
        per = per_suffix(toks, d.end_k)
        if per is not None and unit.name.endswith(f" per {per[0]}"):
            d.end_k = per[1]  # "from $75 a barrel to $45 a barrel": the rate is said twice
        elif per is not None and " per " not in unit.name:
            d.unit = Unit(f"{unit.name} per {per[0]}", unit.kind, unit.i, per[1])
            d.end_k = per[1]
    unit = d.unit
    if unit is not None and " per " not in unit.name and unit.kind in RATE_KINDS:
        per_after = rate_after_brackets(toks, d.end_k)
        if per_after is not None:  # the unit keeps its span; only its name takes the rate
            d.unit = unit._replace(name=f"{unit.name} per {per_after}")


def _past_dollar_country(toks: list[Token], j: int, unit_name: str) -> int:
    """One past a country mark after a "$" figure ("$31.20 US", "$75 U.S. a barrel"), or j."""
    if unit_name == "dollar" and j < len(toks) and toks[j].text in DOLLAR_COUNTRY_AFTER:
        return j + 1
    return j


def _letter_unit(toks: list[Token], i: int, j: int) -> bool:
    """"highs of 12 C", "a 5 W charger": a single capital letter after a space is a unit
    when it ends the word (no letter or figure glued on) and no name comes before the number
    ("Group 5 C" names a group; "40 F-35s" names a model)."""
    if j >= len(toks) or toks[j].text not in SPACED_LETTER_UNITS or toks[j].glued:
        return False
    if toks[j].text.islower() and lower_at(toks, j - 1) not in SCALES:
        return False  # "16 billion b": a lower-case letter only after a scale word
    if j + 1 < len(toks) and toks[j + 1].glued and (
            toks[j + 1].text[:1].isalnum() or toks[j + 1].text == "-"):
        return False
    return i == 0 or not is_name_word(toks[i - 1])


_APPROX_AFTER: Final = PhraseMatcher(APPROX_AFTER)


def _approx_suffix(d: _Draft, s: _Sentence) -> None:
    """"20-odd shops", "50 plus": a cue on the number itself, before its counted noun."""
    seq = _APPROX_AFTER.at(s.tokens, d.end_k)
    if seq is not None and seq[0] != "or":
        _approx_cue(d, s, len(seq))


def _approx_after(d: _Draft, s: _Sentence) -> None:
    """"40 soldiers or so", "50 or thereabouts", "$5 or more" (not "or more than")."""
    seq = _APPROX_AFTER.at(s.tokens, d.end_k)
    if seq is not None and seq[0] == "or" and lower_at(s.tokens, d.end_k + len(seq)) != "than":
        _approx_cue(d, s, len(seq))


def _approx_cue(d: _Draft, s: _Sentence, length: int) -> None:
    """Take the ``length`` tokens at the quantity's end as its approximation cue."""
    d.approximate = True
    start, end = s.tokens[d.end_k].start, s.tokens[d.end_k + length - 1].end
    d.cues.append(NumberCue(start, end, "approximation"))
    d.end_k += length


def _age(d: _Draft, s: _Sentence) -> None:
    """"men aged 18 to 34", "he will be 35 by then", "who was 10.", "Ruiz, 61, said": an age
    with no noun after it is in years of age."""
    toks = s.tokens
    if d.unit is None and (lower_at(toks, d.left_k - 1) in AGE_CUES or _stated_age(d, toks)
                           or _appositive_age(d, toks) or _after_age_noun(d, toks)):
        d.unit = Unit("year of age", "time", d.start_k, d.end_k)
        d.noun_search = False


def _stated_age(d: _Draft, toks: list[Token]) -> bool:
    """A whole number up to 120 after "is", "was", "be" or "turned" whose subject is a person
    ("she was 42", "who turned 60"), ending its clause."""
    k = d.left_k - 1
    if lower_at(toks, k) not in AGE_COPULAS or d.value is None or not 0 < d.value <= 120 \
            or d.value != int(d.value) or d.second is not None or d.num.spelled:
        return False
    if d.end_k < len(toks) and toks[d.end_k].lower not in AGE_FOLLOWERS:
        return False
    return any(lower_at(toks, t) in PERSON_SUBJECTS for t in range(max(0, k - 3), k))


def _after_age_noun(d: _Draft, toks: list[Token]) -> bool:
    """A figure up to 120 with no noun after it, at most four lower-case words after "age"
    or "expectancy" ("the voting age of 18", "the pension age rises to 66")."""
    v = d.value if d.value is not None else d.high
    if v is None or not 0 < v <= 120 or not _age_noun_before(toks, d.i):
        return False
    return counted_noun(toks, d.end_k, one=v == 1) is None


def _age_noun_before(toks: list[Token], i: int) -> bool:
    """"age" or "expectancy" at most four lower-case words before token ``i``."""
    for t in range(i - 1, max(-1, i - 6), -1):
        if toks[t].lower in AGE_NOUNS:
            return True
        if not (toks[t].text.isalpha() and toks[t].text.islower()):
            return False
    return False


def _whole_age(d: _Draft) -> bool:
    """A single whole number from 1 to 120, written in figures, with no cue of its own."""
    v = d.value
    return v is not None and 0 < v <= 120 and v == int(v) and d.second is None \
        and not d.num.spelled and not d.cues


def _appositive_age(d: _Draft, toks: list[Token]) -> bool:
    """A whole number between commas after a name or a person noun, with the clause going
    on after it ("Ruiz, 61, said", "a woman, 34, was held"; not "Ohio, 45, and Utah")."""
    i, e = d.start_k, d.end_k
    if not _whole_age(d) or i < 2 or e + 1 >= len(toks) or toks[i - 1].text != "," \
            or toks[e].text != ",":
        return False
    nxt, who = toks[e + 1], toks[i - 2]
    if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.lower in ("and", "or"):
        return False
    return is_title_word(who) or who.lower in AGE_APPOSITION_NOUNS


def _multiplier(d: _Draft, s: _Sentence) -> None:
    """"grew sixfold", "an 18-fold rise": a multiplier counts times, as "6 times" does."""
    if d.unit is None and s.tokens[d.j - 1].lower.endswith("fold"):
        d.unit = Unit("count", "count", d.j - 1, d.j)
        d.noun_search = False


def _period_over(d: _Draft, s: _Sentence) -> None:
    """"repaid over 68 weeks", "will rise over five years": "over" before a length of time
    after a verb or an amount is a period, not a lower bound ("for over five years" and
    "over 5 years old" are bounds)."""
    toks, unit = s.tokens, d.unit
    if d.bound_side != "low" or unit is None or unit.kind != "time" or "age" in unit.name:
        return
    cue = d.cues[-1] if d.cues and d.cues[-1].kind == "bound" else None
    k = d.left_k
    if cue is None or lower_at(toks, k) != "over" or toks[k].start != cue.start:
        return
    if lower_at(toks, k - 1) in OVER_BOUND_AFTER or lower_at(toks, d.end_k) in OVER_BOUND_BEFORE:
        return
    d.bound_side, d.period = None, True
    d.cues.pop()
    d.left_k = d.start_k = d.i if d.start_k == k else d.start_k


def _compound_measure(d: _Draft, s: _Sentence) -> None:
    """"3 minutes 49.04 seconds", "2 hours and 15 minutes", "6 feet 2 inches": one length
    of time or space in its smallest unit."""
    toks, nums = s.tokens, s.nums
    while d.unit is not None and d.unit.name in COMPOUND_UNITS and d.value is not None \
            and d.second is None and d.k + d.used < len(nums):
        kind, size = COMPOUND_UNITS[d.unit.name]
        nxt = nums[d.k + d.used]
        gap = nxt.i - d.end_k
        if nxt.value is None or nxt.shape != "number" or not (
                gap == 0 or (gap == 1 and toks[d.end_k].lower in ("and", ","))):
            return
        unit = unit_at(toks, nxt.j, currency=False)
        if unit is None or unit.name not in COMPOUND_UNITS:
            return
        kind2, size2 = COMPOUND_UNITS[unit.name]
        if kind2 != kind or size2 >= size:
            return
        d.value = d.value * size / size2 + nxt.value
        d.unit, d.j, d.end_k, d.used = unit, nxt.j, unit.j, d.used + 1


def _counted(d: _Draft, s: _Sentence) -> None:
    """"up to 40 soldiers", "two Homs villages", "$3m of the funds": the counted noun phrase
    (its head lemma is the unit when there is no other) and the subject."""
    if not d.noun_search or not (d.unit is None or d.unit.kind in MEASURE_KINDS):
        return
    toks, unit = s.tokens, d.unit
    suffixed = unit is None and d.approximate and d.end_k > d.j  # "20-odd shops"
    after_unit = d.end_k if (unit is not None and unit.j == d.end_k) or suffixed else d.j
    mass = unit is None and d.value is not None and d.value < 1 and lower_at(toks, d.j) == "of"
    np = counted_noun(toks, after_unit, d.value == 1 and d.second is None, mass)
    if np is None:
        return
    d.counted = True
    first, head, np_end = np
    if unit is None:
        word = toks[head].text if toks[head].text.isupper() else singular(toks[head].lower)
        d.unit = Unit(word, "count", head, head + 1)
        d.subject = (first, np_end)
        # "187 of the 350 seats": the 350 is a quantity of its own
        whole = first - 1 >= d.j and toks[first - 1].text[:1].isdecimal()
        if (toks[after_unit].lower == "of" or first == after_unit) and not whole:
            d.end_k = np_end
    elif toks[after_unit].lower == "of":
        d.subject = (first, np_end)


def _model_plural(d: _Draft, s: _Sentence) -> None:
    """"12 Boeing 737s", "63,150 Model 3s", "two F-35s": a model name in the plural is the
    counted noun, and the unit is the model."""
    if not _bare(d):
        return
    toks, first = s.tokens, d.j
    k = first
    while k < len(toks) and k - first < 2 and is_title_word(toks[k]):
        k += 1
    if k >= len(toks):
        return
    tok = toks[k]
    if k > first and tok.text.isdecimal() and lower_at(toks, k + 1) == "s" and toks[k + 1].glued:
        name, end = " ".join(t.text for t in toks[first:k + 1]), k + 2
    elif k == first:  # "F-35s", however the number reader split it
        end = k + 1
        while end < len(toks) and end - k < 3 and toks[end].start == toks[end - 1].end:
            end += 1
        code = "".join(t.text for t in toks[k:end])
        if not (len(code) > 2 and code[0].isupper() and code.endswith("s")
                and code[-2].isdecimal()):
            return
        name = code[:-1]
    else:
        return
    d.unit, d.subject, d.end_k = Unit(name, "count", first, end), (first, end), end
    d.counted = True


def _bare(d: _Draft) -> bool:
    """Still no unit, no counted noun and no range: a later noun rule may give one."""
    return d.noun_search and d.unit is None and not d.counted and d.second is None


def _fraction_of_unit(d: _Draft, s: _Sentence) -> None:
    """"3/4 of a US quart", "half of a mile": a fraction of one unit takes that unit."""
    if _bare(d) and d.value is not None and d.value < 1:
        d.unit = unit_of_fraction(s.tokens, d.j)
        if d.unit is not None:
            d.end_k = d.unit.j


def _noun_before_or(d: _Draft, s: _Sentence) -> None:
    """"a day or two", "another pick or two": the number counts the noun before "or"."""
    toks, i = s.tokens, d.start_k
    if not _bare(d) or lower_at(toks, i - 1) != "or" or i < 3 \
            or lower_at(toks, i - 3) not in ONE_OR_TWO_OPENERS:
        return
    noun = toks[i - 2]
    measured = unit_at(toks, i - 2, currency=False)
    if measured is not None and measured.j == i - 1:
        d.unit = measured
    elif is_common_noun(noun) and not looks_plural(noun.lower):
        d.unit = Unit(noun.lower, "count", i - 2, i - 1)


def _compound_modifier(d: _Draft, s: _Sentence) -> None:
    """"a 12-page report", "six-cylinder engines", "a three course meal": the number counts
    the first noun of the compound it modifies."""
    if not _bare(d):
        return
    found = _hyphen_modifier(s.tokens, d.j) or _spaced_modifier(s.tokens, d.i, d.j)
    if found is not None:
        noun_k, subj_first, subj_end, end_here = found
        d.unit = Unit(singular(s.tokens[noun_k].lower), "count", noun_k, noun_k + 1)
        d.subject = (subj_first, subj_end)
        d.end_k = max(d.end_k, end_here)


def _change(d: _Draft, s: _Sentence) -> None:
    """"rose 5%", "fell by 2 points", "up 58 points", "+0.3%", "cut costs by 31%", "a 16%
    increase", "cut its staff by a third", "raised rates 25bps"."""
    if d.period:
        return  # "prices will rise over five years": the years are not the rise
    fraction = d.unit is None and d.value is not None and 0 < d.value < 1 \
        and lower_at(s.tokens, d.left_k - 1) == "by"  # "cut its workforce by a third"
    d.change = "up" if d.explicit_up else _change_before(
        s.tokens, d.left_k, d.unit, any_verb=fraction or _level_follows(d, s))
    if d.change is None and d.unit is not None and d.unit.kind in CHANGE_MEASURE_KINDS:
        after = lower_at(s.tokens, d.end_k)
        if after in CHANGE_NOUNS_UP:
            d.change = "up"
        elif after in CHANGE_NOUNS_DOWN:
            d.change = "down"


def _level_follows(d: _Draft, s: _Sentence) -> bool:
    """"lost 41.2 to 4,310.6": a figure after a change verb and before "to" and a level
    ``LEVEL_RATIO`` times as large or more is the change, measured or not (not the score
    "lost 1 to 3", nor the range "rose 5 to 10 percent")."""
    toks, k, nums, value = s.tokens, d.end_k, s.nums, d.value
    nxt = d.k + d.used
    if d.unit is not None or value is None or lower_at(toks, k) != "to" or nxt >= len(nums) \
            or nums[nxt].i != k + 1:
        return False
    return _change_then_level(s, value, nums[nxt])


def _change_then_level(s: _Sentence, change: float | None, level: Number) -> bool:
    """Is ``level`` (after "to") a bare figure ``LEVEL_RATIO`` or more times the change
    before it: "added 36.2 to 2,611.8" (not "rose 1 to 25 percent", a range)?"""
    toks = s.tokens
    if change is None or level.value is None or currency_at(toks, level.i) is not None \
            or unit_at(toks, level.j, False) is not None \
            or counted_noun(toks, level.j, one=False) is not None:
        return False  # "rose 2 to 50 units": a range
    return abs(level.value) >= LEVEL_RATIO * abs(change)


def _bound(d: _Draft, s: _Sentence) -> None:
    """"up to 40" is at most 40; "more than 1,000" at least 1,000; "over dozens" 12-120."""
    if d.bound_side == "high":
        d.high = d.num.high if d.num.vague else (d.value if d.value is not None else d.high)
    elif d.bound_side == "low":
        d.low = d.num.low if d.num.vague else (d.value if d.value is not None else d.low)


#: The phases that build a quantity from its number, in order: (name, phase).
BUILD_PHASES: tuple[tuple[str, Callable[[_Draft, _Sentence], None]], ...] = (
    ("vague", _vague),
    ("currency_before", _currency_before),
    ("sign", _sign),
    ("ratio", _ratio),
    ("range", _range),
    ("cues_before", _cues_before),
    ("unit_after", _unit_after),
    ("approx_suffix", _approx_suffix),
    ("age", _age),
    ("multiplier", _multiplier),
    ("period_over", _period_over),
    ("compound_measure", _compound_measure),
    ("counted", _counted),
    ("model_plural", _model_plural),
    ("fraction_of_unit", _fraction_of_unit),
    ("noun_before_or", _noun_before_or),
    ("compound_modifier", _compound_modifier),
    ("approx_after", _approx_after),
    ("change", _change),
    ("bound", _bound),
)


# --------------------------------------------------------------------------------------------
# Context rules: a quantity read against the ones before it in its sentence
# --------------------------------------------------------------------------------------------


def _elided_unit(d: _Draft, earlier: list[_Draft], s: _Sentence) -> None:
    """"rescued 14 miners and evacuated 60": a bare number after a counted one shares its noun.

    Before a relative "who" the noun is the latest counted one, even across other
    quantities ("68,400 people out of work for two years and 95,800 who ...").
    """
    if d.unit is not None:
        return
    toks = s.tokens
    prev = earlier[-1]
    nxt = lower_at(toks, s.nums[d.k + d.used - 1].j)
    if nxt == "who":  # not a noun inside a prepositional phrase: "300 passengers on 2 flights"
        prev = next((p for p in reversed(earlier) if p.unit is not None and p.unit.kind == "count"
                     and lower_at(toks, p.start_k - 1) not in PREPOSITIONS), prev)
    ages = prev.unit is not None and prev.unit.name == "year of age" and nxt in LIST_ENDS \
        and (all(t.lower in LIST_ENDS for t in toks[prev.end_k:d.start_k])  # "19, 23 and 40"
             or lower_at(toks, d.start_k - 1) in AGE_COPULAS)  # "I was 21, she was 20"
    if d.change is not None and prev.change is None:  # "fell 3 points to 940, and X lost 2"
        prev = next((p for p in reversed(earlier) if p.change is not None), prev)
    changes = d.change is not None and prev.change is not None  # "rose 2% but fell 1"
    if prev.unit is None or (prev.unit.kind != "count" and not ages and not changes) \
            or (d.value is None and d.low is None) or (nxt and nxt not in ELISION_FOLLOWERS):
        return
    d.unit = Unit(prev.unit.name, prev.unit.kind, -1, -1)  # no span of its own


def _restated_change(d: _Draft, earlier: list[_Draft], s: _Sentence) -> None:
    """"shed 48.6 points, or 1.3%": a restatement shares the change it restates."""
    prev = earlier[-1]
    if d.change is not None or prev.change is None:
        return
    gap = tuple(t.lower for t in s.tokens[prev.end_k:d.start_k])
    if gap in RESTATEMENT_GAPS:
        d.change = prev.change


def _converted_in_brackets(d: _Draft, earlier: list[_Draft], s: _Sentence) -> None:
    """"more than 100 kilometres (60 miles)", "fell 1.5 degrees (2.7 Fahrenheit)": a
    conversion restates the figure before it, with its bound, hedge and change."""
    prev, toks = earlier[-1], s.tokens
    a = prev.end_k
    if a + 1 != d.start_k or toks[a].text not in CONVERSION_OPENERS:
        return
    if toks[a].text == "/" and lower_at(toks, prev.start_k - 1) not in CONVERSION_OPENERS:
        return  # only a second conversion in the same brackets: "(224 kW / 300 PS)"
    if d.cues or (d.value is None) != (prev.value is None):
        return  # its own hedge, or a range against a single figure
    if not _same_measure(prev.unit, d.unit) or lower_at(toks, d.end_k) not in (")", "/"):
        return  # "at least 12 people (3 in Texas)" is no conversion
    if d.change is None:
        d.change = prev.change
    d.approximate = d.approximate or prev.approximate
    if prev.value is not None and d.value is not None and d.low is None and d.high is None:
        if prev.low is not None and prev.high is None:
            d.low = d.value
        elif prev.high is not None and prev.low is None:
            d.high = d.value
    d.cues = [c for c in prev.cues if c.kind in ("bound", "approximation")]


def _level_unit(d: _Draft, earlier: list[_Draft], s: _Sentence) -> None:
    """"rose 27.5 points to 1,604.3", "fell from 92.40 cents to 81.15", "shed 48.6 points,
    or 1.3%, to close at 3,702.4": a bare level after "to" or "at" takes the unit of the
    figure it moved from (one opened by "from", or index points)."""
    toks = s.tokens
    if d.unit is not None or d.second is not None or d.value is None \
            or lower_at(toks, d.start_k - 1) not in LEVEL_PREPOSITIONS:
        return
    for p in reversed(earlier):
        if p.unit is not None and (p.unit.name == "point" or "from" in (
                lower_at(toks, p.start_k - 1), lower_at(toks, p.start_k))):
            d.unit = Unit(p.unit.name, p.unit.kind, -1, -1)  # no span of its own
            return


def _level_before_points(d: _Draft, earlier: list[_Draft], s: _Sentence) -> None:
    """"closed at 3,402.10, down 12.5 points": a bare figure right before a change in index
    points is the level the index stands at, in points."""
    prev = earlier[-1]
    if d.change is None or d.unit is None or d.unit.name != "point" or prev.unit is not None \
            or prev.value is None or prev.second is not None or prev.counted:
        return
    gap = tuple(t.lower for t in s.tokens[prev.end_k:d.start_k])
    if gap in POINT_LEVEL_GAPS:
        prev.unit = Unit(d.unit.name, d.unit.kind, -1, -1)  # no span of its own


def _shared_rate(d: _Draft, earlier: list[_Draft], s: _Sentence) -> None:
    """"27.4 points, 8.1 rebounds and 5.2 assists per game": a rate after the last figure of
    a list applies to every figure of the list."""
    unit = d.unit
    if unit is None or " per " not in unit.name or unit.i < 0 \
            or not any(t.lower in RATE_LINKS for t in s.tokens[unit.i:unit.j]):
        return  # a rate written out ("per game", "an hour"), not "mph"
    rate = unit.name.split(" per ", 1)[1]
    for p in _list_before(d, earlier, s):
        if p.unit is None or " per " in p.unit.name or p.unit.kind != unit.kind:
            return
        p.unit = p.unit._replace(name=f"{p.unit.name} per {rate}")


def _list_noun(d: _Draft, earlier: list[_Draft], s: _Sentence) -> None:
    """"4,000, 6,500 and 9,200 containers": the noun or unit written after the last figure
    of a list applies to the bare figures before it (over a noun they took from further
    back: "the three ships carry 4,000, 6,500 and 9,200 containers")."""
    unit = d.unit
    if unit is None or unit.i < 0 or d.second is not None or d.cues:
        return  # a hedged last figure ("the pair, and at most 5%") lists nothing
    for p in _list_before(d, earlier, s):
        if p.second is not None or (p.unit is not None and p.unit.i >= 0):
            return
        p.unit = Unit(unit.name, unit.kind, -1, -1)  # no span of its own


def _list_before(d: _Draft, earlier: list[_Draft], s: _Sentence) -> list[_Draft]:
    """The quantities an "and" list puts before ``d``, nearest first: each joined to the next
    by commas and "and" alone, the link before ``d`` holding "and" ("27.4 points, 8.1
    rebounds and 5.2 assists": the first two; "$120, $10 a month": none)."""
    members: list[_Draft] = []
    end = d.start_k
    for p in reversed(earlier):
        gap = [t.lower for t in s.tokens[p.end_k:end]]
        if not gap or any(w not in LIST_LINKS for w in gap) or (not members and "and" not in gap):
            break
        members.append(p)
        end = p.start_k
    return members


#: Rules that read a quantity against the earlier ones of its sentence, in order.
CONTEXT_RULES: tuple[tuple[str, Callable[[_Draft, list[_Draft], _Sentence], None]], ...] = (
    ("elided_unit", _elided_unit),
    ("list_noun", _list_noun),
    ("level_unit", _level_unit),
    ("level_before_points", _level_before_points),
    ("restated_change", _restated_change),
    ("converted_in_brackets", _converted_in_brackets),
    ("shared_rate", _shared_rate),
)


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _same_measure(a: Unit | None, b: Unit | None) -> bool:
    """Two figures of one measure in different units: km and miles, $ and £, % and points."""
    if a is None or b is None or a.name == b.name:
        return False
    kinds = {a.kind, b.kind}
    if kinds == {"percent", "count"}:
        return "point" in (a.name, b.name)
    return a.kind == b.kind and a.kind in CONVERTIBLE_KINDS


def _range_partner(s: _Sentence, k: int, start_k: int, currency: bool) -> Number | None:
    """The second number of a range starting at ``nums[k]``, or None.

    The words between the two numbers (after the first one's unit, if it repeats) must be a
    range connective: "-", "to", "and" after "between", "or" between small counts.
    """
    toks, nums = s.tokens, s.nums
    num = nums[k]
    if k + 1 >= len(nums) or num.vague or num.value is None:
        return None
    if toks[num.j - 1].lower.endswith("fold"):
        return None  # a multiplier, not a range end: "grew sixfold to $3.7 billion"
    nxt = nums[k + 1]
    if nxt.shape != "number" or nxt.vague or nxt.value is None:
        return None
    # a currency sign belongs to the figure after it: "$5-$10" has no unit between
    first_unit = None if currency else unit_at(toks, num.j, currency)
    gap_start = first_unit.j if first_unit is not None and first_unit.j <= nxt.i else num.j
    sign = currency_at(toks, num.i) if currency else None
    after = _past_dollar_country(toks, num.j, sign[0]) if sign is not None else num.j
    rate = per_suffix(toks, after) if currency and lower_at(toks, start_k - 1) == "from" \
        else None
    if rate is not None and rate[1] <= nxt.i:
        gap_start = rate[1]  # "from $75 a barrel to $45": the rate is no connective
    cur2 = currency_at(toks, nxt.i)
    gap_end = cur2[1] if cur2 is not None else nxt.i
    signed = _sign_before(toks, gap_end)
    if signed < gap_end and signed > gap_start:
        gap_end = signed  # "from -10 to -5": the second end's sign is not the connective
    gap = tuple(t.lower for t in toks[gap_start:gap_end])
    if first_unit is not None and gap_start > num.j:
        # a unit on the first number must come back on the second ("5% to 10%")
        second_unit = unit_at(toks, nxt.j, cur2 is not None)
        if second_unit is None or second_unit.name != first_unit.name:
            return None
    return nxt if _range_gap(s, gap, start_k, num, nxt, first_unit is None and not currency) \
        else None


def _sign_before(tokens: list[Token], k: int) -> int:
    """The first token of a sign written before token ``k`` ("to -5", "and minus 3"), or
    ``k`` when there is none: a "-" glued to the figure but not to the word before it."""
    if k >= 1 and tokens[k - 1].text == "-" and k < len(tokens) and tokens[k].glued \
            and not tokens[k - 1].glued:
        return k - 1
    if k >= 1 and tokens[k - 1].lower == "minus":
        return k - 1
    return k


def _range_gap(s: _Sentence, gap: tuple[str, ...], start_k: int, num: Number, nxt: Number,
               no_unit: bool) -> bool:
    """Is the gap a range connective: "5-10", "from 5 to 7", "between 2 and 3", "2 or 3"?"""
    before = lower_at(s.tokens, start_k - 1)
    if gap == ("-",):
        return not nxt.spelled or num.spelled
    if gap in TO_RANGE_GAPS:
        # "X to Y" is a range unless it reads as a score or a ratio ("voted 5 to 4"), or as a
        # change and the level it led to ("grew by $43bn to $910bn", "rose 5% to 7%")
        if before == "from":
            return True
        changed = _change_before(s.tokens, start_k, None, any_verb=True) is not None
        if not no_unit and (before == "by" or changed):
            return False  # "cooled by 2 to 2.5 degrees" (no unit on the first) is a range
        if changed and _change_then_level(s, num.value, nxt):
            return False  # "added 36.2 to 2,611.8": a change and the level it led to
        return not near(s.tokens, start_k, SCORE_CONTEXT, 3)
    if gap == ("and",):
        return before == "between"
    # "2 or 3", "seven or eight thousand" (not "about 8 or $9", two figures, the second with
    # its own currency)
    if gap != ("or",) or not no_unit or currency_at(s.tokens, nxt.i) is not None \
            or num.value is None or nxt.value is None:
        return False
    second = _raw_value(nxt, s.tokens) if nxt.scaled and not num.scaled else nxt.value
    return num.value < second <= 100


def _raw_value(num: Number, tokens: list[Token]) -> float:
    """The unscaled leading figure of a number ("3" of "3 million")."""
    t = tokens[num.i].text.replace(",", "")
    try:
        return float(t) or 1.0
    except ValueError:
        return (num.value or 1.0) / (SCALES.get(tokens[num.j - 1].lower, 1.0) or 1.0)


def _change_before(tokens: list[Token], k: int, unit: Unit | None,
                   any_verb: bool = False) -> Change | None:
    """The change verb or adverb before the cues of a number ("rose by about 5%");
    ``any_verb``: as if the number were measured, so every change verb counts."""
    measured = any_verb or (unit is not None and (
        unit.kind in CHANGE_MEASURE_KINDS or unit.name == "point"))
    t = k - 1
    steps = 0
    by = -1  # where "by" is, when the number comes after it
    while t >= 0 and steps < 4:
        w = tokens[t].lower
        if w in CHANGE_UP or w in CHANGE_DOWN:
            if (w in CHANGE_NEEDS_MEASURE and not measured) or (w in CHANGE_BY_ONLY and by < 0):
                return None
            if w == "up" and lower_at(tokens, t + 1) == "to":
                return None
            return "up" if w in CHANGE_UP else "down"
        if w == "by" and by < 0:
            by = t
        if w not in CHANGE_GAP or w == "to":
            if by < 0 and unit is not None and unit.kind == "percent" \
                    and t == k - 1 and looks_plural(w):
                by = k  # "raised rates 25bps": a rate change right after the verb's object
            return _change_over_object(tokens, by, measured) if by >= 0 else None
        t -= 1
        steps += 1
    return None


def _change_over_object(tokens: list[Token], by: int, measured: bool) -> Change | None:
    """"cut costs by 31%", "raised its key rate by 0.25 percentage points": a change verb
    before its object and "by" (a measure only)."""
    if not measured:
        return None
    for t in range(by - 1, max(-1, by - 1 - CHANGE_OBJECT_WORDS), -1):
        w = tokens[t].lower
        if w in CHANGE_UP or w in CHANGE_DOWN:
            return "up" if w in CHANGE_UP else "down"
        if not ((is_wordlike(tokens[t]) and tokens[t].text == w and w not in NP_STOP)
                or w in NP_DETERMINERS or w in MODIFIER_DETERMINERS):
            return None  # "cut spending by", "raised its key rate by"
    return None


def _hyphen_modifier(tokens: list[Token], j: int) -> tuple[int, int, int, int] | None:
    """"a 12-page report", "four-, five- and six-cylinder engines": (counted noun, subject
    first, subject end, quantity end) token indices."""
    n = len(tokens)
    if not (j + 1 < n and tokens[j].text == "-" and tokens[j].glued):
        return None
    nxt = tokens[j + 1]
    if nxt.lower == "fold":
        return None  # "18-fold": a multiplier
    if nxt.glued and is_common_noun(nxt) and not looks_plural(nxt.lower):
        return j + 1, j + 1, noun_run_end(tokens, j + 1), j + 2  # "12-page report"
    if nxt.lower not in SUSPENDED_LINKS:
        return None
    for t in range(j + 2, min(j + 10, n - 2)):  # "four-, five- and six-cylinder"
        if tokens[t].text == "-" and tokens[t].glued and tokens[t - 1].text[:1].isalnum():
            noun = tokens[t + 1]
            if noun.lower in SUSPENDED_LINKS:
                continue  # another suspended member: "five-,"
            if noun.glued and is_common_noun(noun) and not looks_plural(noun.lower):
                return t + 1, t + 1, noun_run_end(tokens, t + 1), j + 1
            return None
    return None


def _spaced_modifier(tokens: list[Token], i: int, j: int) -> tuple[int, int, int, int] | None:
    """"a three course meal", "the 11 member trade bloc": a determiner before a small whole
    number, two nouns after it."""
    n = len(tokens)
    if j + 1 < n and tokens[j].text == "-" and tokens[j].glued:
        return None  # hyphenated: read by ``_hyphen_modifier`` only
    small_figure = tokens[j - 1].text.isdecimal() and len(tokens[j - 1].text) <= 2
    if not (small_figure or tokens[i].text.isalpha()):
        return None
    det = lower_at(tokens, i - 1)
    if tokens[i].text.isalpha() and det not in SPELLED_MODIFIER_DETERMINERS:
        return None  # "the two share power": "the two" is a noun phrase
    if det not in MODIFIER_DETERMINERS and not (
        lower_at(tokens, i - 2) in MODIFIER_DETERMINERS and is_wordlike(tokens[i - 1])
        and tokens[i - 1].text == det
    ):
        return None
    if j + 1 < n and is_common_noun(tokens[j]) and not looks_plural(tokens[j].lower) and (
        is_common_noun(tokens[j + 1])
    ):
        return j, j, noun_run_end(tokens, j), j + 1
    return None
