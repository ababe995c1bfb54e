"""Quantities from numbers: bounds, ranges, change, units, counted nouns and subjects.

Also sorts out numbers that are not quantities (years, dates, times, scores, identifiers).
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from .lexicon.numbers import (
    CURRENCY_SYMBOLS,
    SCALES,
    TENS,
    UNITS,
)
from .lexicon.quantities import (
    AGE_CUES,
    AMOUNT_NOUNS,
    APPROX_AFTER,
    APPROX_CUES,
    BOUND_CUES,
    CHANGE_DOWN,
    CHANGE_GAP,
    CHANGE_NEEDS_MEASURE,
    CHANGE_UP,
    COMPASS_LETTERS,
    ELISION_FOLLOWERS,
    HYPHEN_NOT_UNIT,
    INDEX_NAMES,
    IRREGULAR_PLURALS,
    MODIFIER_DETERMINERS,
    MONTHS,
    NOT_COUNT_HEAD,
    NOT_PLURAL,
    NP_DETERMINERS,
    NP_MODIFIERS,
    NP_STOP,
    PREPOSITIONS,
    RATE_NOUNS,
    SCORE_CONTEXT,
    STREET_WORDS,
    TIME_AFTER,
    TIME_REFERENCE_AFTER,
    WEEKDAYS,
    YEAR_MODIFIED_NOUNS,
    YEAR_PREPOSITIONS,
)
from .hedges import NumberCue
from .numbers import Number, currency_at, find_numbers, number_tokens
from .tokens import NUMBER_HINT, SentenceTokens, Token, looks_plural, singular
from .units import UnitInfo, index

_BOUND_MAX = max(len(k) for k in BOUND_CUES)
#: Three-letter currency codes, which may also follow the number ("110 JPY").
CURRENCY_CODES = frozenset(c for c in CURRENCY_SYMBOLS if len(c) == 3 and c.isalpha() and c.isupper())
#: First words of bound and approximation cues ("About 40", "Up to 40").
CUE_FIRST_WORDS = frozenset(k[0] for k in BOUND_CUES) | frozenset(k[0] for k in APPROX_CUES)
_APPROX_MAX = max(len(k) for k in APPROX_CUES)


class RawQuantity(NamedTuple):
    """A quantity before attribution: plain data handed to the api module."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    change: str | None
    unit: str | None
    unit_kind: str | None
    unit_span: tuple[int, int] | None
    subject: str | None
    subject_span: tuple[int, int] | None
    cues: tuple[NumberCue, ...]


class Excluded(NamedTuple):
    """A number that is not a quantity, with the reason."""

    start: int
    end: int
    kind: str


class _Unit(NamedTuple):
    name: str
    kind: str
    i: int  # first token index
    j: int  # one past the last token


def extract_sentence(text: str, shared: SentenceTokens, start: int,
                     end: int) -> tuple[list[RawQuantity], list[Excluded]]:
    """Quantities and excluded numbers of the sentence ``text[start:end]``."""
    if NUMBER_HINT.search(text, start, end) is None:
        return [], []  # no digit and no number word: nothing to read (most sentences)
    tokens = number_tokens(text, shared.get(start, end))
    if not tokens:
        return [], []
    nums = find_numbers(tokens)
    starts = [t.start for t in tokens]
    quantities: list[RawQuantity] = []
    excluded: list[Excluded] = []
    k = 0
    while k < len(nums):
        num = nums[k]
        if num.kind != "number":
            excluded.append(Excluded(num.start, num.end, num.kind))
            k += 1
            continue
        reason = _not_a_quantity(tokens, num)
        if reason is not None:
            excluded.append(Excluded(num.start, num.end, reason))
            k += 1
            continue
        q, used = _build(text, tokens, nums, k)
        if q.unit is None and quantities:
            q = _elided_unit(q, quantities, tokens, starts, nums[k + used - 1].j)
        if q.change is None and quantities:
            q = _restated_change(q, quantities, tokens, starts)
        if quantities:
            q = _converted_in_brackets(q, quantities[-1], tokens, starts)
        quantities.append(q)
        k += used
    return quantities, excluded


def _same_measure(a: RawQuantity, b: RawQuantity) -> bool:
    """Two figures of one measure in different units: km and miles, $ and £, % and points."""
    if a.unit is None or b.unit is None or a.unit == b.unit:
        return False
    kinds = {a.unit_kind, b.unit_kind}
    if kinds == {"percent", "count"}:
        return "point" in (a.unit, b.unit)
    return a.unit_kind == b.unit_kind and a.unit_kind in ("physical", "currency", "percent", "time")


def _elided_unit(q: RawQuantity, earlier: list[RawQuantity], tokens: list[Token],
                 starts: list[int], j: int) -> RawQuantity:
    """A bare number after a counted one shares its noun: "killed 50 fighters and injured 90".

    Before a relative "who" the noun is the latest counted one, even across other
    quantities ("68,400 people out of work for two years and 95,800 who ...").
    """
    prev = earlier[-1]
    nxt = _low(tokens, j)
    if nxt == "who":  # not a noun inside a prepositional phrase: "300 passengers on 2 flights"
        prev = next((p for p in reversed(earlier) if p.unit_kind == "count"
                     and _low(tokens, bisect.bisect_left(starts, p.start) - 1)
                     not in PREPOSITIONS), prev)
    ages = prev.unit == "year of age" and nxt in ("", ",", ".", "and", ";")  # "aged 20, 22 and 31"
    if prev.unit_kind != "count" and not ages or q.value is None and q.low is None:
        return q
    if nxt and nxt not in ELISION_FOLLOWERS:
        return q
    return q._replace(unit=prev.unit, unit_kind=prev.unit_kind)


def _converted_in_brackets(q: RawQuantity, prev: RawQuantity, tokens: list[Token],
                           starts: list[int]) -> RawQuantity:
    """A conversion in brackets restates the figure before it, with its bound, hedge and change:
    "more than 100 kilometres (60 miles)", "fell 1.5 degrees (2.7 Fahrenheit)",
    "just under 296 hp (224 kW / 300 PS)".
    """
    a = bisect.bisect_left(starts, prev.end)
    if a + 1 != bisect.bisect_left(starts, q.start) or tokens[a].text not in ("(", "/"):
        return q
    if tokens[a].text == "/" and _low(tokens, bisect.bisect_left(starts, prev.start) - 1) \
            not in ("(", "/"):
        return q  # only a second conversion in the same brackets: "(224 kW / 300 PS)"
    if q.cues or (q.value is None) != (prev.value is None):
        return q  # its own hedge, or a range against a single figure
    if not _same_measure(prev, q) or _low(tokens, bisect.bisect_left(starts, q.end)) not in (")", "/"):
        return q  # "at least 12 people (3 in Texas)" is no conversion
    if q.change is None and prev.change is not None:
        q = q._replace(change=prev.change)
    inherited = [c for c in prev.cues if c.kind in ("bound", "approximation")]
    if prev.approximate and not q.approximate:
        q = q._replace(approximate=True)
    if prev.value is not None and q.value is not None and q.low is None and q.high is None:
        if prev.low is not None and prev.high is None:
            q = q._replace(low=q.value)
        elif prev.high is not None and prev.low is None:
            q = q._replace(high=q.value)
    return q._replace(cues=tuple(inherited)) if inherited else q


def _restated_change(q: RawQuantity, earlier: list[RawQuantity], tokens: list[Token],
                     starts: list[int]) -> RawQuantity:
    """A restatement shares the change it restates: "lost 190 points, or 0.6%"."""
    prev = earlier[-1]
    if prev.change is None:
        return q
    a = bisect.bisect_left(starts, prev.end)
    b = bisect.bisect_left(starts, q.start)
    if b - a <= 2 and [t.lower for t in tokens[a:b]] in ([",", "or"], ["or"]):
        return q._replace(change=prev.change)
    return q


# --------------------------------------------------------------------------- exclusion


def _low(tokens: list[Token], k: int) -> str:
    return tokens[k].lower if 0 <= k < len(tokens) else ""


def _not_a_quantity(tokens: list[Token], num: Number) -> str | None:
    i, j = num.i, num.j
    prev = _low(tokens, i - 1)
    prev2 = _low(tokens, i - 2)
    nxt = _low(tokens, j)
    value = num.value
    if num.spelled or value is None:
        # "one" as a pronoun ("one of the", "the one who") stays: NewsQuant counts it
        return None
    if currency_at(tokens, i) is not None:
        return None
    # a stock index named with its number: "S&P 500", "FTSE 100"
    if num.integer_digits and _is_index_name(tokens, i, value):
        return "identifier"
    # dates: "December 1", "1 December", "Dec. 1, 2020", "on the 5th"
    if num.integer_digits and 1 <= value <= 31:
        if prev in MONTHS and not (prev == "may" and tokens[i - 1].text != "May") or (
                prev == "." and prev2 in MONTHS):
            return "date"  # "December 1", "Dec. 1"; a lower-case "may" is the modal
        if nxt in MONTHS and not (nxt == "may" and tokens[j].text != "May"
                                  and _low(tokens, j + 1) not in ("", ",", ".")):
            return "date"
    # times: "10 a.m.", "3pm", "at 11 o'clock"
    if value < 25 and nxt.rstrip(".") in TIME_AFTER:
        return "time"
    # scores: "won 2-0", "a 3-1 victory"
    if num.integer_digits and nxt == "-" and j + 1 < len(tokens):
        after = tokens[j + 1]
        if after.text.isdigit() and value <= 20 and int(after.text) <= 20 and (
            _near(tokens, i, SCORE_CONTEXT) or int(after.text) == 0
        ):
            return "score"
        if after.text.isdigit() and after.glued and int(after.text) == value and (
                prev in ("at", "level") or _near(tokens, i, SCORE_CONTEXT)):
            return "score"  # a tie: "level at 89-89", not "a 50-50 venture"
    if prev == "-" and tokens[i - 1].glued and i >= 2 and tokens[i - 2].text.isdigit():
        first = tokens[i - 2]
        if first.text.isdigit() and int(first.text) <= 20 and value <= 20 and (
            _near(tokens, i, SCORE_CONTEXT) or value == 0
        ):
            return "score"
        if first.text.isdigit() and int(first.text) == value and tokens[i].glued and (
                _low(tokens, i - 3) in ("at", "level") or _near(tokens, i, SCORE_CONTEXT)):
            return "score"
        if i >= 3 and _is_code_word(tokens[i - 3]) and tokens[i].glued and (
                _unit_at(tokens, j, currency=False) is None):
            return "identifier"  # a part number after a coded name: "ISO 3888-2"
    # addresses: "9 E 71st St", "16-18 Industrial Avenue"
    if num.integer_digits and _street_after(tokens, j) and not _hedged(tokens, i):
        return "identifier"
    # years: a plain four-digit integer in 1000..2100
    if num.integer_digits and 1000 <= value < 2200 and len(tokens[i].text) == 4:
        if _unit_at(tokens, j, currency=False) is not None:
            return None  # "1000 hp", "2000 km"
        if 1800 <= value <= 2100 and _year_before_noun(tokens, i, j):
            return "year"  # "its 2018 sales", "the 2003 Iron Bowl"
        if prev == "of" and prev2 in AMOUNT_NOUNS:
            return None  # "an average of 1500"
        measured = _followed_by_measure(tokens, j) or (
            nxt in ("-", "to", "and") and j + 1 < len(tokens) and tokens[j + 1].text.isdigit()
            and _followed_by_measure(tokens, j + 2))  # "between 1000 and 2000 people"
        after_cue = measured and _hedged(tokens, i)
        if not measured or (prev in YEAR_PREPOSITIONS and not after_cue):
            return "year"  # "until 2016"; but "up to 1500 people" is a count
    bare = (num.integer_digits and j == i + 1
            and not _followed_by_measure(tokens, j))
    # names that carry a number: "Game 7", "iPhone 11", "S&P 500", "Apple Watch 5"
    if bare and i > 0 and _is_name_word(tokens[i - 1]) and not tokens[i].glued:
        return "identifier"
    # addresses: "575 Wilbraham Road", "22 Ave Foch"
    if bare and j + 1 < len(tokens) and _is_title_word(tokens[j]) and (
        _is_title_word(tokens[j + 1])
    ):
        return "identifier"
    # headline numbering, "No. 5", "number 10", "Article 5", "Room 101": identifiers
    if prev in ("no", "nos", "number", "#", "article", "room", "flight", "route", "section",
                "chapter", "page", "level", "grade", "phase", "version", "season", "episode",
                "model", "iphone", "galaxy", "windows", "ios", "android", "mark", "rule",
                "resolution", "tier", "category", "act", "vol", "volume", "part", "item",
                "paragraph", "clause", "district", "precinct", "channel", "gate", "platform",
                "highway", "interstate", "terminal", "ward", "unit", "bay", "pier", "lot"):
        if not (prev == "number" and nxt == "of"):
            return "identifier"
    if prev == "#" or (prev == "." and prev2 in ("no", "nos")):
        return "identifier"
    # a shirt or list number in brackets after a name: "Dak Smith (4)"
    if prev == "(" and nxt == ")" and num.integer_digits and i >= 2 and _is_name_word(tokens[i - 2]):
        return "identifier"
    return None


def _hedged(tokens: list[Token], i: int) -> bool:
    """A bound or approximation cue right before token ``i`` ("up to 1500", "about 2000")."""
    return (_match_before(tokens, i, BOUND_CUES, _BOUND_MAX) is not None
            or _match_before(tokens, i, APPROX_CUES, _APPROX_MAX) is not None)


def _year_before_noun(tokens: list[Token], i: int, j: int) -> bool:
    """A year modifying a noun: "its 2018 sales", "the 2014 World Cup", "Apple's 2020 model".

    Not a count of the noun: "more than 1500 games", "1200 sales", "2000 Syrian refugees".
    """
    if _hedged(tokens, i):
        return False
    prev = _low(tokens, i - 1)
    determined = prev in MODIFIER_DETERMINERS or prev.endswith("'s") or (
        i > 0 and _is_name_word(tokens[i - 1]) and tokens[i - 1].text[:1].isupper())
    nxt = _low(tokens, j)
    if nxt in YEAR_MODIFIED_NOUNS and determined:
        return True
    k = j
    while k < len(tokens) and k - j < 3 and _is_title_word(tokens[k]):
        k += 1
    if k == j or looks_plural(nxt):
        return False
    after = tokens[k] if k < len(tokens) else None
    # a capitalised modifier before a plural noun counts it: "1800 American troops"
    return after is None or not (after.text.islower() and looks_plural(after.lower))


#: Stock index names by their last word ("p" of "S&P"), for one look-up per number.
_INDEX_BY_LAST: dict[str, list[tuple[tuple[str, ...], frozenset[int]]]] = {}
for _seq, _numbers in INDEX_NAMES.items():
    _INDEX_BY_LAST.setdefault(_seq[-1], []).append((_seq, _numbers))


def _is_index_name(tokens: list[Token], i: int, value: float) -> bool:
    for seq, numbers in _INDEX_BY_LAST.get(_low(tokens, i - 1), ()):
        n = len(seq)
        if i >= n and value in numbers and all(
            tokens[i - n + d].lower == w for d, w in enumerate(seq)
        ):
            return True
    return False


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
            return not (k + 1 < n and _is_common_noun(tokens[k + 1]))
        if tok.lower in COMPASS_LETTERS and tok.text.isupper() or _is_title_word(tok):
            k += 1
        elif tok.text.isdigit() and k + 1 < n and tokens[k + 1].glued and (
            tokens[k + 1].lower in ("st", "nd", "rd", "th")
        ):
            k += 2  # "71st"
        else:
            return False
        names += 1
    return False


def _is_code_word(tok: Token) -> bool:
    """An all-capital code or a letters-and-digits name ("ISO", "EN", "A320")."""
    t = tok.text
    return len(t) >= 2 and t.isalnum() and t.upper() == t and any(c.isalpha() for c in t)


def _is_name_word(tok: Token) -> bool:
    """A capitalised word that is not a function word, cue or month ("Game", "iPhone", "P")."""
    t = tok.text
    if not t[:1].isalpha() or t == tok.lower or tok.junk:
        return False
    w = tok.lower
    return not (w in NP_STOP or w in MONTHS or w in WEEKDAYS or w in CUE_FIRST_WORDS
                or w in CHANGE_UP or w in CHANGE_DOWN or w in UNITS or w in TENS)


def _is_title_word(tok: Token) -> bool:
    """A capitalised, not all-capital, word ("Road", "Wilbraham"): part of a name."""
    t = tok.text
    return len(t) > 1 and t[0].isupper() and t[1:].islower() and t.isalpha() and _is_name_word(tok)


def _near(tokens: list[Token], i: int, words: frozenset[str], width: int = 5) -> bool:
    lo, hi = max(0, i - width), min(len(tokens), i + width + 2)
    return any(tokens[k].lower in words for k in range(lo, hi))


def _followed_by_measure(tokens: list[Token], j: int) -> bool:
    """True when a unit, percent sign or counted noun phrase follows position ``j``."""
    if _unit_at(tokens, j, currency=False) is not None:
        return True
    return _counted_noun(tokens, j, one=False) is not None


# --------------------------------------------------------------------------- building


def _match_before(tokens: list[Token], end_k: int, table: dict[tuple[str, ...], str] | frozenset[tuple[str, ...]],
                  max_len: int) -> tuple[int, tuple[str, ...]] | None:
    """Longest word sequence from ``table`` ending just before token ``end_k``."""
    for n in range(min(max_len, end_k), 0, -1):
        seq = tuple(tokens[k].lower for k in range(end_k - n, end_k))
        if seq in table:
            return end_k - n, seq
    return None


def _unit_at(tokens: list[Token], j: int, currency: bool) -> _Unit | None:
    """A unit written at token ``j`` ("%", "per cent", "km", "miles per hour", "-year-old")."""
    idx = index()
    n = len(tokens)
    k = j
    if k < n and tokens[k].text == "-" and tokens[k].glued and k + 1 < n:
        k += 1  # "10-km", "40-year-old"
    if k >= n:
        return None
    tok = tokens[k]
    if tok.text == "%":
        return _Unit("percentage", "percent", k, k + 1)
    best: _Unit | None = None
    for m in range(min(idx.max_words, n - k), 0, -1):
        seq = tuple(tokens[t].lower for t in range(k, k + m))
        info = idx.words.get(seq)
        if info is not None:
            best = _Unit(info.name, info.kind, k, k + m)
            break
    if best is None and "/" in tok.text:
        best = _unit_ratio(tok, k)  # "kV/cm", "A/cm2"
    if best is None and "-" in tok.lower and tok.lower[:1].isalpha():
        best = _hyphenated_unit(tok, k, tokens[k + 1] if k + 1 < n else None)  # "barrel-a-day"
        if best is not None:
            return best
    if best is None:
        sym_table = idx.symbols if tok.glued else idx.spaced_symbols
        info2: UnitInfo | None = sym_table.get(tok.text)
        if info2 is None and tok.glued and len(tok.text) >= 3:
            info2 = idx.symbols_folded.get(tok.lower)  # "2.4Ghz"
        if info2 is not None and not (tok.glued and tok.text in ("m", "b") and currency):
            best = _Unit(info2.name, info2.kind, k, k + 1)
    if best is None:
        return None
    if " per " not in best.name:
        per = _per_suffix(tokens, best.j)
        if per is not None:
            return _Unit(f"{best.name} per {per[0]}", best.kind, best.i, per[1])
    return best


def _hyphenated_unit(tok: Token, k: int, tokens_after: Token | None) -> _Unit | None:
    """A unit word opening a hyphenated compound: "barrel-a-day" (a rate), "percent-owned"."""
    idx = index()
    parts = tok.lower.split("-")
    info = idx.words.get((parts[0],))
    if info is None or len(parts[0]) < 2 or parts[0] in HYPHEN_NOT_UNIT:
        return None  # "500 second-hand cars"
    nxt = tokens_after.lower if tokens_after is not None else ""
    if tokens_after is not None and tokens_after.text.islower() and looks_plural(nxt):
        return None  # an adjective before a counted noun
    if len(parts) == 3 and parts[1] in ("a", "an", "per"):
        den = _rate_denominator(parts[1], parts[2])
        return None if den is None else _Unit(f"{info.name} per {den}", info.kind, k, k + 1)
    return _Unit(info.name, info.kind, k, k + 1)


def _unit_ratio(tok: Token, k: int) -> _Unit | None:
    """One token "X/Y" whose both sides are unit symbols: "kV/cm" -> kilovolt per centimetre."""
    num, sep, den = tok.text.partition("/")
    if not sep or "/" in den:
        return None
    symbols = index().symbols
    top, bottom = symbols.get(num), symbols.get(den)
    if top is None or bottom is None or top.kind == "currency" or bottom.kind == "currency":
        return None
    return _Unit(f"{top.name} per {bottom.name}", top.kind, k, k + 1)


def _rate_denominator(link: str, word: str) -> str | None:
    """The denominator of "per share", "a day", "an hour", or None: after "a"/"an" the word
    must be a unit or a rate noun ("$5 a share"), not any noun ("$5 a month later" is)."""
    per_unit = index().words.get((word,))
    if per_unit is not None:
        return per_unit.name
    return singular(word) if link == "per" or word in RATE_NOUNS else None


def _per_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """A rate suffix at ``k``: "per share", "a day", "/hour", "a-year" -> (denominator, end)."""
    if k >= len(tokens):
        return None
    head, dash, rest = tokens[k].lower.partition("-")
    if dash and head in ("a", "an", "per") and rest.isalpha():  # "£24 a-year"
        den = _rate_denominator(head, rest)
        return None if den is None else (den, k + 1)
    if k + 1 >= len(tokens):
        return None
    link = tokens[k].lower
    word = tokens[k + 1].lower
    if link not in ("per", "a", "an", "/") or not word.isalpha() or (word in NP_STOP and link != "/"):
        return None
    if link in ("a", "an") and _low(tokens, k + 2) in TIME_REFERENCE_AFTER:
        return None  # "$6.78 billion a year earlier": a point in time, not a rate
    longer = _unit_at(tokens, k + 1, currency=False) if link != "/" else None
    if longer is not None and longer.j > k + 2:
        return longer.name, longer.j  # "$80 per sq m"
    if link == "/":
        per_unit = index().words.get((word,))
        if tokens[k].glued and tokens[k + 1].glued:
            per_unit = per_unit or index().symbols.get(tokens[k + 1].text)  # "km/h"
            if per_unit is None:
                return None
        return (per_unit.name if per_unit is not None else singular(word)), k + 2
    den = _rate_denominator(link, word)
    return None if den is None else (den, k + 2)


def _is_wordlike(tok: Token) -> bool:
    t = tok.text
    return not tok.junk and t[:1].isalpha() and t.replace("-", "").replace("'", "").isalpha()


def _counted_noun(tokens: list[Token], j: int, one: bool) -> tuple[int, int, int] | None:
    """The counted noun phrase after a number: (first, head, end) token indices."""
    n = len(tokens)
    k = j
    if k < n and tokens[k].lower == "of" and k + 1 < n:
        k += 1
    if k < n and tokens[k].lower in NP_DETERMINERS:
        k += 1
    first = k
    for t in range(k, min(k + 5, n)):
        tok = tokens[t]
        w = tok.lower
        if w in NP_MODIFIERS and t + 1 < n:
            continue  # "eight other employees", "five more seasons"
        if w in ("and", "&") and t > k and tokens[t - 1].text[:1].isupper() and (
            t + 1 < n and tokens[t + 1].text[:1].isupper()
        ):
            continue  # coordinated names before the head: "460 Kia and Hyundai vehicles"
        if not _is_wordlike(tok) or w in NP_STOP or w in UNITS or w in TENS or w in SCALES:
            break
        if w in MONTHS and tok.text[:1].isupper():
            break
        if w in NOT_COUNT_HEAD:
            break
        if w in IRREGULAR_PLURALS or looks_plural(w):
            # a capitalised name ending in -s ("two Homs villages") modifies a later head
            if tok.text[:1].isupper() and t + 1 < n and _is_wordlike(tokens[t + 1]):
                w2 = tokens[t + 1].lower
                if w2 not in NP_STOP and (w2 in IRREGULAR_PLURALS or looks_plural(w2)):
                    continue
            return first, t, t + 1
        if one and (t + 1 >= n or not _is_wordlike(tokens[t + 1])
                         or tokens[t + 1].lower in NP_STOP):
            return first, t, t + 1
        if one and w.endswith(("ed", "ly", "ing")):
            break  # "one killed": a verb, not a counted noun
    return None


def _is_common_noun(tok: Token) -> bool:
    """A lower-case word that can be a noun: not a function word, verb form or adverb."""
    w = tok.lower
    verbal = (w.endswith("ed") and len(w) > 4 and not w.endswith("eed")
              or w.endswith("ing") and len(w) > 5 or w.endswith("ly"))  # not "speed", "thing"
    return (_is_wordlike(tok) and tok.text == w and w not in NP_STOP and w not in UNITS
            and w not in TENS and not verbal and w not in NOT_COUNT_HEAD)


def _noun_run_end(tokens: list[Token], k: int, limit: int = 4) -> int:
    """One past the last of up to ``limit`` common nouns from ``k``; a plural ends the run."""
    e = k
    while e < len(tokens) and e - k < limit and _is_common_noun(tokens[e]):
        e += 1
        if e - 1 > k and (looks_plural(tokens[e - 1].lower) or tokens[e - 1].lower in IRREGULAR_PLURALS):
            break
    return e


def _rate_after_brackets(tokens: list[Token], k: int) -> str | None:
    """A rate written after a bracketed conversion: "9 billion shekels ($2.4 billion) a year"."""
    if _low(tokens, k) != "(":
        return None
    for t in range(k + 1, min(k + 12, len(tokens))):
        if tokens[t].text == ")":
            per = _per_suffix(tokens, t + 1)
            return per[0] if per is not None else None
        if tokens[t].text in ("(", ";"):
            return None
    return None


def _unit_of_fraction(tokens: list[Token], j: int) -> _Unit | None:
    """"1/16 of a US pint", "half of a mile": a fraction of one unit takes that unit."""
    if _low(tokens, j) != "of" or _low(tokens, j + 1) not in ("a", "an", "one"):
        return None
    for k in (j + 2, j + 3):  # one modifier may come between: "a US pint"
        unit = _unit_at(tokens, k, currency=False)
        if unit is not None and unit.kind != "currency":
            return unit
    return None


def _noun_before_or(tokens: list[Token], i: int) -> _Unit | None:
    """"a day or two", "another pick or two": the number counts the noun before "or"."""
    if _low(tokens, i - 1) != "or" or i < 3 or _low(tokens, i - 3) not in ("a", "an", "another", "one"):
        return None
    noun = tokens[i - 2]
    measured = _unit_at(tokens, i - 2, currency=False)
    if measured is not None and measured.j == i - 1:
        return measured
    if _is_common_noun(noun) and not looks_plural(noun.lower):
        return _Unit(noun.lower, "count", i - 2, i - 1)
    return None


def _modifier_noun(tokens: list[Token], i: int, j: int) -> tuple[int, int, int, int] | None:
    """A number modifying a compound noun counts its first noun.

    "a 12-page report", "six-cylinder engines", "four-, five- and six-cylinder engines",
    "a three course meal", "the 11 member trade bloc". Returns (counted noun, subject first,
    subject end, quantity end) token indices, or None.
    """
    n = len(tokens)
    if j + 1 < n and tokens[j].text == "-" and tokens[j].glued:
        nxt = tokens[j + 1]
        if nxt.lower == "fold":
            return None  # "18-fold": a multiplier
        if nxt.glued and _is_common_noun(nxt) and not looks_plural(nxt.lower):
            return j + 1, j + 1, _noun_run_end(tokens, j + 1), j + 2  # "12-page report"
        if nxt.lower in (",", "and", "or", "to"):  # "four-, five- and six-cylinder"
            for t in range(j + 2, min(j + 10, n - 2)):
                if tokens[t].text == "-" and tokens[t].glued and tokens[t - 1].text[:1].isalnum():
                    noun = tokens[t + 1]
                    if noun.lower in (",", "and", "or", "to"):
                        continue  # another suspended member: "five-,"
                    if noun.glued and _is_common_noun(noun) and not looks_plural(noun.lower):
                        return t + 1, t + 1, _noun_run_end(tokens, t + 1), j + 1
                    return None
        return None
    # "a three course meal": a determiner before a small whole number, two nouns after it
    if not (tokens[j - 1].text.isdigit() and len(tokens[j - 1].text) <= 2 or tokens[i].text.isalpha()):
        return None
    det = _low(tokens, i - 1)
    if tokens[i].text.isalpha() and det not in ("a", "an"):
        return None  # "the two share power": "the two" is a noun phrase
    if det not in MODIFIER_DETERMINERS and not (
        _low(tokens, i - 2) in MODIFIER_DETERMINERS and _is_wordlike(tokens[i - 1])
        and tokens[i - 1].text == det
    ):
        return None
    if j + 1 < n and _is_common_noun(tokens[j]) and not looks_plural(tokens[j].lower) and (
        _is_common_noun(tokens[j + 1])
    ):
        return j, j, _noun_run_end(tokens, j), j + 1
    return None


def _build(text: str, tokens: list[Token], nums: list[Number], k: int) -> tuple[RawQuantity, int]:
    num = nums[k]
    i, j = num.i, num.j
    value, low, high = num.value, num.low, num.high
    approximate = False
    change: str | None = None
    cues: list[NumberCue] = []
    used = 1
    start_k = i
    explicit_up = False
    if num.vague:
        cues.append(NumberCue(num.start, num.end, "vague"))

    # currency before the number
    currency = currency_at(tokens, i)
    unit: _Unit | None = None
    if currency is not None:
        unit = _Unit(currency[0], "currency", currency[1], i)
        start_k = currency[1]
        if currency[1] < i - 1 and tokens[i - 1].text == "-" and value is not None:
            value = -value  # "$-50.8bn"

    # negative sign: "-5", "minus 5"
    if start_k > 0 and tokens[start_k - 1].text == "-" and not num.spelled and (
        start_k == 1 or not tokens[start_k - 1].glued
    ) and tokens[start_k].glued and value is not None:
        value = -value
        start_k -= 1
    elif (start_k > 0 and tokens[start_k - 1].text == "+" and tokens[start_k].glued
          and value is not None):
        explicit_up = True  # "+0.3%": a signed rise
        start_k -= 1
    elif start_k > 0 and tokens[start_k - 1].lower == "minus" and value is not None:
        value = -value
        start_k -= 1
    elif (start_k > 1 and tokens[start_k - 1].text == "-" and tokens[start_k - 2].lower == "minus"
          and value is not None):
        value = -value  # "minus-130 degrees"
        start_k -= 2

    # ranges: "between X and Y", "from X to Y", "X to Y", "X-Y", "5% to 10%"
    second: Number | None = None
    second = _range_partner(tokens, nums, k, start_k, currency is not None)
    if second is not None and value is not None:
        v2 = second.value
        assert v2 is not None
        # share the scale: "between 2 and 3 million", "$5-10bn" (not "$200,000 to $4 million")
        raw1, raw2 = _raw_value(num, tokens), _raw_value(second, tokens)
        if second.scaled and not num.scaled and raw1 < 1000 and raw1 <= raw2 and "," not in tokens[i].text:
            value *= v2 / raw2
        if _low(tokens, start_k - 1) in ("between", "from"):
            start_k -= 1
        low, high = (value, v2) if value <= v2 else (v2, value)
        value = None
        j = second.j
        used = 2
        if unit is None:
            c2 = currency_at(tokens, second.i)
            if c2 is not None:
                unit = _Unit(c2[0], "currency", c2[1], second.i)

    # bound and approximation cues before the expression
    bound_side: str | None = None
    left_k = start_k
    for _ in range(2):
        mb = _match_before(tokens, left_k, BOUND_CUES, _BOUND_MAX)
        if mb is not None and bound_side is None and second is None:
            bk, seq = mb
            # "over" / "under" / "above" after a verb of motion are prepositions too;
            # keep them: "over 50 people" is the common news reading
            bound_side = BOUND_CUES[seq]
            cues.append(NumberCue(tokens[bk].start, tokens[left_k - 1].end, "bound"))
            left_k = bk
            continue
        ma = _match_before(tokens, left_k, APPROX_CUES, _APPROX_MAX)
        if ma is not None and not approximate:
            ak, seq = ma
            if seq == ("some",) and _low(tokens, ak - 1) in ("for", "in", "of", "to"):
                break
            approximate = True
            cues.append(NumberCue(tokens[ak].start, tokens[left_k - 1].end, "approximation"))
            left_k = ak
            continue
        break
    if left_k < start_k:
        start_k = left_k

    # unit after the number; a currency symbol may take a "per" compound ("$5 a share")
    end_k = j
    if unit is None:
        after = _unit_at(tokens, j, currency is not None)
        if after is not None:
            unit = after
            end_k = after.j
        elif j < len(tokens) and tokens[j].text in CURRENCY_CODES:
            unit = _Unit(CURRENCY_SYMBOLS[tokens[j].text], "currency", j, j + 1)  # "110 JPY"
            end_k = j + 1
    else:
        per = _per_suffix(tokens, j)
        if per is not None:
            unit = _Unit(f"{unit.name} per {per[0]}", unit.kind, unit.i, per[1])
            end_k = per[1]
    if unit is not None and " per " not in unit.name and unit.kind in ("currency", "physical"):
        per_after = _rate_after_brackets(tokens, end_k)
        if per_after is not None:  # the unit keeps its span; only its name takes the rate
            unit = unit._replace(name=f"{unit.name} per {per_after}")

    # approximation after: "40 or so", "20-odd"
    for seq in APPROX_AFTER:
        if all(_low(tokens, end_k + d) == w for d, w in enumerate(seq)):
            approximate = True
            e = tokens[end_k + len(seq) - 1].end
            cues.append(NumberCue(tokens[end_k].start, e, "approximation"))
            end_k += len(seq)
            break

    # counted noun and subject
    subject: tuple[int, int] | None = None
    if unit is None and _low(tokens, left_k - 1) in AGE_CUES:
        unit = _Unit("year of age", "time", start_k, end_k)  # "aged 18 to 34": no noun after
    elif unit is None or unit.kind in ("currency", "percent", "physical", "time"):
        after_unit = end_k if unit is not None and unit.j == end_k else j
        one = value == 1 and second is None
        np = _counted_noun(tokens, after_unit, one)
        if unit is None and np is not None:
            first, head, np_end = np
            noun = tokens[head].lower
            unit = _Unit(singular(noun) if not tokens[head].text.isupper() else tokens[head].text,
                         "count", head, head + 1)
            subject = (tokens[first].start, tokens[np_end - 1].end)
            if tokens[j].lower == "of" or first == j:
                end_k = np_end
        elif unit is not None and np is not None and tokens[after_unit].lower == "of":
            first, head, np_end = np
            subject = (tokens[first].start, tokens[np_end - 1].end)
        if unit is None and np is None and second is None and value is not None and value < 1:
            unit = _unit_of_fraction(tokens, j)
            if unit is not None:
                end_k = unit.j
        if unit is None and np is None and second is None:
            unit = _noun_before_or(tokens, start_k)
        if unit is None and np is None and second is None:
            mod = _modifier_noun(tokens, i, j)
            if mod is not None:
                noun_k, subj_first, subj_end, end_here = mod
                unit = _Unit(singular(tokens[noun_k].lower), "count", noun_k, noun_k + 1)
                subject = (tokens[subj_first].start, tokens[subj_end - 1].end)
                end_k = max(end_k, end_here)

    # change: "rose 5%", "fell by 2 points", "up 58 points", "+0.3%"
    change = "up" if explicit_up else _change_before(tokens, left_k, unit)

    if bound_side == "high":
        high = value if value is not None else high
        if num.vague:
            high = num.high
    elif bound_side == "low":
        low = value if value is not None else low
        if num.vague:
            low = num.low

    s = tokens[start_k].start
    e = tokens[end_k - 1].end
    unit_span = None
    if unit is not None:
        unit_span = (tokens[unit.i].start, tokens[unit.j - 1].end)
    subj_text = text[subject[0]:subject[1]] if subject else None
    return (
        RawQuantity(
            s, e, _float(value), _float(low), _float(high), approximate, change,
            unit.name if unit else None, unit.kind if unit else None, unit_span,
            subj_text, subject, tuple(sorted(cues, key=lambda c: c.start)),
        ),
        used,
    )


def _float(x: float | None) -> float | None:
    """Values are floats in the JSON ("a dozen" is 12.0), whatever table they came from."""
    return None if x is None else float(x)


def _range_partner(tokens: list[Token], nums: list[Number], k: int, start_k: int,
                   currency: bool) -> Number | None:
    """The second number of a range starting at ``nums[k]``, or None.

    The words between the two numbers (after the first one's unit, if it repeats) must be a
    range connective: "-", "to", "and" after "between", "or" between small counts.
    """
    num = nums[k]
    if k + 1 >= len(nums) or num.vague or num.value is None:
        return None
    if tokens[num.j - 1].lower.endswith("fold"):
        return None  # a multiplier, not a range end: "grew sixfold to $3.7 billion"
    nxt = nums[k + 1]
    if nxt.kind != "number" or nxt.vague or nxt.value is None:
        return None
    gap_start = num.j
    # a currency sign belongs to the figure after it: "$5-$10" has no unit between
    first_unit = None if currency else _unit_at(tokens, num.j, currency)
    if first_unit is not None and first_unit.j <= nxt.i:
        gap_start = first_unit.j
    end = nxt.i
    cur2 = currency_at(tokens, nxt.i)
    if cur2 is not None:
        end = cur2[1]
    gap = tuple(t.lower for t in tokens[gap_start:end])
    before = _low(tokens, start_k - 1)
    if first_unit is not None and gap_start > num.j:
        # a unit on the first number must come back on the second ("5% to 10%")
        second_unit = _unit_at(tokens, nxt.j, cur2 is not None)
        if second_unit is None or second_unit.name != first_unit.name:
            return None
    if gap == ("-",):
        return nxt if not nxt.spelled or num.spelled else None
    if gap in (("to",), ("up", "to"), ("to", "-")):
        if before != "from" and _is_ranked_to(tokens, start_k):
            return None
        return nxt
    if gap == ("and",) and before == "between":
        return nxt
    if gap == ("or",) and first_unit is None and num.value < nxt.value and nxt.value <= 100:
        return nxt
    return None


def _raw_value(num: Number, tokens: list[Token]) -> float:
    """The unscaled leading figure of a number ("3" of "3 million")."""
    t = tokens[num.i].text.replace(",", "")
    try:
        return float(t) or 1.0
    except ValueError:
        return (num.value or 1.0) / (SCALES.get(tokens[num.j - 1].lower, 1.0) or 1.0)


def _is_ranked_to(tokens: list[Token], i: int) -> bool:
    """"X to Y" is a range unless it reads as a score or a ratio ("voted 5 to 4")."""
    return _near(tokens, i, SCORE_CONTEXT, 3)


def _change_before(tokens: list[Token], k: int, unit: _Unit | None) -> str | None:
    measured = unit is not None and (unit.kind in ("percent", "currency", "physical")
                                     or unit.name == "point")
    t = k - 1
    steps = 0
    while t >= 0 and steps < 4:
        w = tokens[t].lower
        if w in CHANGE_UP or w in CHANGE_DOWN:
            if w in CHANGE_NEEDS_MEASURE and not measured:
                return None
            if w == "up" and _low(tokens, t + 1) == "to":
                return None
            return "up" if w in CHANGE_UP else "down"
        if w in CHANGE_GAP and w != "to":
            t -= 1
            steps += 1
            continue
        return None
    return None
