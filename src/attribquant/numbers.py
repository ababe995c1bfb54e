"""Tokens and numeric expressions: digits, separators, scales, spelled and vague numbers.

``tokenize`` splits a sentence into offset-carrying tokens; ``find_numbers`` reads them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from decimal import Decimal
from operator import attrgetter
from typing import Final, Literal

import regex

from . import units
from .lexicon.numbers import (
    AND_A_HALF,
    ASCII_CURRENCY_PREFIXES,
    COUNT_PARTICIPLES,
    COUNT_SCALE_LETTERS,
    CURRENCY_ONLY_GLUED_SCALES,
    CURRENCY_ONLY_SCALES,
    CURRENCY_SCALE_LETTERS,
    CURRENCY_SYMBOLS,
    DIMENSION_WORDS,
    DOLLAR_PREFIXES,
    FRACTION_CHANGE_AFTER,
    FRACTION_CHANGE_BEFORE,
    FRACTION_FOLLOWERS,
    FRACTION_MEASURES,
    FRACTION_NEEDS_NUMERATOR,
    FRACTIONS,
    GROUP_WORDS,
    HALF_FOLLOWERS,
    HALF_NOT_AFTER,
    NUMBER_ARTICLES,
    NUMBER_PREFIXES,
    ORDINAL_SUFFIXES,
    POWER_BASES,
    SCALE_ABBREVIATIONS,
    SCALES,
    SPACED_SCALE_ABBREVIATIONS,
    TENS,
    TIMES_SIGNS,
    UNITS,
    VAGUE_PLURALS,
    VERB_SUFFIXES,
    VULGAR_FRACTIONS,
)
from .lexicon.quantities import NP_STOP, SPACED_CURRENCY_PREFIXES
from .lexicon.text import INVISIBLE_MARKS
from .text import normalise
from .tokens import PhraseMatcher, Token, is_figure, is_plural_noun, tokenize

#: What the number reader saw: an amount ("number"), or a written form that is no amount.
NumberShape = Literal["number", "code", "ordinal", "decade", "slash-pair", "long-digits"]


class Number:
    """A numeric expression over tokens ``[i, j)``.

    ``shape`` is "number" for an amount; the other shapes are what the reader saw of a
    written form that is no amount (a code token, an ordinal "5th", a decade "1990s", a pair
    "9/11", a digit run too long for an amount); the exclusion stage decides what each is.
    ``low``/``high`` are set for
    vague plurals ("dozens" -> 12..120).  ``integer_digits``: a plain run of digits, no
    separators, no scale (a year candidate).  A slotted class: the later stages read its
    fields often.
    """

    __slots__ = ("end", "high", "i", "integer_digits", "j", "low", "scaled", "shape",
                 "spelled", "start", "vague", "value")

    def __init__(self, i: int, j: int, start: int, end: int, value: float | None,
                 low: float | None, high: float | None, shape: NumberShape,
                 vague: bool = False, spelled: bool = False, integer_digits: bool = False,
                 scaled: bool = False) -> None:
        self.i = i
        self.j = j
        self.start = start
        self.end = end
        self.value = value
        self.low = low
        self.high = high
        self.shape: NumberShape = shape
        self.vague = vague
        self.spelled = spelled
        self.integer_digits = integer_digits
        self.scaled = scaled

    def _fields(self) -> tuple[object, ...]:
        return (self.i, self.j, self.start, self.end, self.value, self.low, self.high,
                self.shape, self.vague, self.spelled, self.integer_digits, self.scaled)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return "Number({})".format(", ".join(map(repr, self._fields())))


_CHUNK: Final = regex.compile(
    r"(?:(?<![\p{L}\p{N}.])\.(?=[0-9]))?+[\p{L}\p{N}]++(?:[.,:/'_-][\p{L}\p{N}]++)*+|\S"
)
_HAS_DIGIT: Final = regex.compile(r"[0-9]")
_ANY_DIGIT: Final = regex.compile(r"\p{Nd}")
_NUMERIC: Final = regex.compile(
    r"(?P<pre>[A-Za-z]{1,3}+)?+"
    r"(?P<num>[0-9]{1,3}+(?:,[0-9]{3})++(?:\.[0-9]++)?+|[0-9]++(?:\.[0-9]++)?+|\.[0-9]++)"
    r"(?P<suf>[A-Za-z%]{1,5}+[23²³]?+)?+"
)
#: A unit ratio written as one chunk with a power in it ("A/cm2").
_UNIT_RATIO: Final = regex.compile(r"[A-Za-zµμ]{1,4}+/[A-Za-z]{1,3}+[23²³]?+")
DATE: Final = regex.compile(
    r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:T[0-9:.]++Z?+)?+|[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}"
    r"|[0-9]{1,2}/[0-9]{4}"
)
TIME = regex.compile(r"[0-9]{1,2}(?::[0-9]{2}){1,2}+(?:\.[0-9]++)?+(?:[ap]\.?m\.?)?+", regex.I)
YEAR_RANGE: Final = regex.compile(r"(?:1[5-9]|20)[0-9]{2}[-/](?:[0-9]{2}|(?:1[5-9]|20)[0-9]{2})")
_PHONE: Final = regex.compile(r"[0-9]++(?:[-.][0-9]++){2,}+")
_RUN: Final = regex.compile(r"\S++")
_WEB: Final = regex.compile(
    r"(?:https?://|www\.)|[\w.+-]@[\w-]++\.|\.(?:com|org|net|gov|edu|co\.uk|io)(?:/|$)",
    regex.I,
)
_RUN_EDGES: Final = "\"'()[]{}<>,;:!?."
_SPLIT: Final = regex.compile(r"[-/]")
#: Vague plurals, matched longest first ("tens of thousands" before "tens").
_VAGUE: Final = PhraseMatcher(VAGUE_PLURALS)
_SCALE_SUFFIXES = {**SCALE_ABBREVIATIONS, **{k: v for k, v in SCALES.items() if k != "hundred"}}


def number_tokens(text: str, tokens: list[Token]) -> list[Token]:
    """The number reader's view of a sentence's shared tokens.

    A white-space run that holds a digit, a slash or a hyphenated number word ("$2.5bn",
    "COVID-19", "km/h", "five-year") is split the number reader's way: digits apart from
    glued letters ("2.5" "bn"), signs and separators apart, and URLs, e-mail addresses and
    letter-digit codes kept whole as ``junk`` tokens.  Every other token is the shared one.

    >>> [t.text for t in number_tokens("It cost $2.5bn.", tokenize("It cost $2.5bn.", 0, 15))]
    ['It', 'cost', '$', '2.5', 'bn', '.']
    """
    if not tokens:
        return tokens
    out: list[Token] = []
    k = 0
    for rs, re_ in _regions(text, tokens):
        a = bisect_left(tokens, rs, lo=k, key=_start)
        b = bisect_left(tokens, re_, lo=a, key=_start)
        out.extend(tokens[k:a])
        if _split_alike(tokens, a, b):
            out.extend(tokens[a:b])  # "$5", "(2019)", "40%,": the shared tokens already are
        else:
            _tokenize_region(text, rs, re_, out)
        k = b
    if k == 0:
        return tokens
    out.extend(tokens[k:])
    return out


_start = attrgetter("start")
#: White-space runs that hold a digit, a slash, an apostrophe, an ampersand or an underscore.
_FIGURE_RUN: Final = regex.compile(r"(?<!\S)[^\s\p{N}/'&_]*+[\p{N}/'&_]\S*+")
#: The same runs in ASCII text, for the standard library's engine (three times as fast here).
_ASCII_FIGURE_RUN: Final = re.compile(
    r"(?<![^ \t\n\r\x0b\x0c])[^ \t\n\r\x0b\x0c0-9/'&_]*[0-9/'&_][^ \t\n\r\x0b\x0c]*")
#: The runs after the first, each found from the white space before it (group 1): a pattern
#: that opens with a character class is searched for by the engine's fast scan, where one
#: that opens with a look-behind is tried at every character.
_ASCII_SPACED_FIGURE_RUN: Final = re.compile(
    r"[ \t\n\r\x0b\x0c]([^ \t\n\r\x0b\x0c0-9/'&_]*[0-9/'&_][^ \t\n\r\x0b\x0c]*)")
#: A number word before a hyphen and a letter ("five-year", "billion-mile").
_NUMBER_HYPHEN: Final = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:" + "|".join(sorted({*UNITS, *TENS, *SCALES}, key=len, reverse=True))
    + r")-\p{L}"
)


def _regions(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The white-space runs of a sentence that the number reader splits its own way."""
    start, end = tokens[0].start, tokens[-1].end
    # the character before the sentence is read too (the run may start before it)
    if text[max(0, start - 1):end].isascii():
        first = _ASCII_FIGURE_RUN.match(text, start, end)  # (it reads the character before)
        runs = [m.span(1) for m in _ASCII_SPACED_FIGURE_RUN.finditer(text, start, end)]
        if first is not None:
            runs.insert(0, first.span())
    else:
        runs = [m.span() for m in _FIGURE_RUN.finditer(text, start, end)]
    if text.find("-", start, end) < 0 or _NUMBER_HYPHEN.search(text, start, end) is None:
        return runs  # (a token's match is also the sentence's: one search spares the walk)
    hyphenated = [k for k, t in enumerate(tokens) if "-" in t.text]
    if not hyphenated:
        return runs
    for k in hyphenated:
        t = tokens[k]
        if _NUMBER_HYPHEN.search(text, t.start, t.end) is None:
            continue
        a, b = k, k
        while a > 0 and tokens[a].glued:
            a -= 1
        while b + 1 < len(tokens) and tokens[b + 1].glued:
            b += 1
        rs = tokens[a].start
        if rs == start and rs > 0 and not text[rs - 1].isspace():
            continue  # a sentence cut inside a run: its first piece is read as it is
        runs.append((rs, tokens[b].end))
    return sorted(set(runs))


def _split_alike(tokens: list[Token], a: int, b: int) -> bool:
    """Are the shared tokens ``[a, b)`` of a run what the number reader's split would give?
    Yes when each is a plain figure ("2019", "1,500", "2.5") or one mark that joins nothing
    ("$", "%", "(", a final "." or ","): no letters, no slash, no mark between two figures."""
    for k in range(a, b):
        t = tokens[k].text
        if len(t) == 1 and not t.isalnum():
            if t in INVISIBLE_MARKS:
                return False  # "1,\u00ad000": the reader reads past the mark
            if t in _JOINERS and a < k < b - 1 and tokens[k].glued and tokens[k + 1].glued \
                    and not (t == "-" and _plain_pair(tokens, a, b)):
                return False  # "5.x", "1/2": a mark between two parts
        elif _PLAIN_FIGURE.fullmatch(t) is None:
            return False
    return True


def _plain_pair(tokens: list[Token], a: int, b: int) -> bool:
    """A run that is two plain figures joined by a hyphen ("5-6", "1,000-2,000"), which the
    reader splits as the shared tokens are split, unless it is a span of years ("2019-20")."""
    if b - a != 3:
        return False
    first, last = tokens[a], tokens[b - 1]
    return (_PLAIN_FIGURE.fullmatch(first.text) is not None
            and _PLAIN_FIGURE.fullmatch(last.text) is not None and first.end + 1 == last.start
            and YEAR_RANGE.fullmatch(f"{first.text}-{last.text}") is None)


#: Marks that join two alphanumeric parts into one chunk for the number reader.
_JOINERS: Final = frozenset(".,:/'_-")


def _tokenize_region(text: str, start: int, end: int, out: list[Token]) -> None:
    """Tokens of one white-space run ``text[start:end]`` in the number reader's split."""
    if _INVISIBLE.search(text, start, end) is not None:
        _tokenize_visible(text, start, end, out)
        return
    pos = start
    for js, je in [*_web_spans(text, start, end), (end, end)]:
        _tokenize_plain(text, pos, js, out)
        if je > js:
            out.append(Token(js, je, text[js:je], text[js:je].lower(), False, True))
        pos = je


def _tokenize_visible(text: str, start: int, end: int, out: list[Token]) -> None:
    """A run with invisible marks in it ("1,\u00ad000"): its tokens are read with the marks
    left out, and their offsets are those of the text (a token may span a mark)."""
    keep = [k for k in range(start, end) if text[k] not in INVISIBLE_MARKS]
    if not keep:
        out.append(Token(start, end, text[start:end], text[start:end], False))
        return
    clean = "".join(map(text.__getitem__, keep))
    pieces: list[Token] = []
    _tokenize_region(clean, 0, len(clean), pieces)
    out.extend(Token(keep[t.start], keep[t.end - 1] + 1, t.text, t.lower, t.glued, t.junk)
               for t in pieces)


_INVISIBLE: Final = regex.compile("[" + INVISIBLE_MARKS + "]")


def _web_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """URLs and e-mail addresses: white-space runs that look like web addresses."""
    if "." not in text[start:end]:
        return
    for m in _RUN.finditer(text, start, end):
        run = m.group()
        if "." not in run or len(run) < 5:
            continue
        a, b = m.start(), m.end()
        while a < b and text[a] in _RUN_EDGES:
            a += 1
        while b > a and text[b - 1] in _RUN_EDGES:
            b -= 1
        if b - a >= 5 and _WEB.search(text, a, b):
            yield a, b


#: A figure alone in its chunk ("2016", "1,000", "2.5"): one token, as ``_split_numeric_chunk``
#: would make it.
_PLAIN_FIGURE: Final = regex.compile(r"(?:[0-9]{1,3}+(?:,[0-9]{3})++|[0-9]++)(?:\.[0-9]++)?+")


def _tokenize_plain(text: str, start: int, end: int, out: list[Token]) -> None:
    """Tokens of ``text[start:end]`` in the number reader's split, chunk by chunk."""
    prev_end = -1
    for m in _CHUNK.finditer(text, start, end):
        s, e = m.span()
        chunk = m.group()
        glued = s == prev_end
        prev_end = e
        if chunk.isalpha() and "-" not in chunk:
            out.append(Token(s, e, chunk, chunk.lower(), glued))  # the common case: a word
            continue
        if _PLAIN_FIGURE.fullmatch(chunk):
            out.append(Token(s, e, chunk, chunk, glued))  # "2016", "1,000", "2.5"
            continue
        if len(chunk) > 1 and _VULGAR.search(chunk):
            _split_vulgar(text, s, e, glued, out)
            continue
        if len(chunk) == 1 or not _ANY_DIGIT.search(chunk):
            _word_chunk(s, chunk, glued, out)
            continue
        _split_numeric_chunk(text, s, e, glued, out)


_VULGAR: Final = regex.compile("[" + "".join(VULGAR_FRACTIONS) + "]")


def _split_vulgar(text: str, s: int, e: int, glued: bool, out: list[Token]) -> None:
    """A chunk with a vulgar fraction in it ("1½", "2¾bn"): the fraction is a token of its
    own, glued to what is before and after it."""
    pos = s
    for m in _VULGAR.finditer(text, s, e):
        if m.start() > pos:
            _chunk_piece(text, pos, m.start(), glued or pos > s, out)
        out.append(Token(m.start(), m.end(), m.group(), m.group(), glued or m.start() > s))
        pos = m.end()
    if pos < e:
        _chunk_piece(text, pos, e, True, out)


def _chunk_piece(text: str, s: int, e: int, glued: bool, out: list[Token]) -> None:
    piece = text[s:e]
    if _PLAIN_FIGURE.fullmatch(piece):
        out.append(Token(s, e, piece, piece, glued))
    elif not _ANY_DIGIT.search(piece):
        _word_chunk(s, piece, glued, out)
    else:
        _split_numeric_chunk(text, s, e, glued, out)


def _word_chunk(s: int, chunk: str, glued: bool, out: list[Token]) -> None:
    """A chunk without digits; "five-year" and "billion-mile" split after the number word."""
    low = chunk.lower()
    head, sep, rest = low.partition("-")
    if sep and rest and (head in UNITS or head in TENS or head in SCALES) and not (
        rest in UNITS or rest in FRACTIONS or rest.split("-")[0] in UNITS
    ):
        k = len(head)
        out.append(Token(s, s + k, chunk[:k], head, glued))
        out.append(Token(s + k, s + k + 1, "-", "-", True))
        out.append(Token(s + k + 1, s + len(chunk), chunk[k + 1:], rest, True))
        return
    out.append(Token(s, s + len(chunk), chunk, low, glued))


def _split_numeric_chunk(text: str, s: int, e: int, glued: bool, out: list[Token]) -> None:
    """"2.5bn" -> "2.5" "bn"; "$5-$10" -> "5" "-" "10"; "COVID-19" keeps "19" as a junk
    token; dates, times, phone numbers and year spans stay whole as junk."""
    chunk = text[s:e]
    if _UNIT_RATIO.fullmatch(chunk):
        out.append(Token(s, e, chunk, chunk.lower(), glued))
        return
    if DATE.fullmatch(chunk) or TIME.fullmatch(chunk) or _PHONE.fullmatch(chunk) \
            or YEAR_RANGE.fullmatch(chunk) or not _HAS_DIGIT.search(chunk):
        out.append(Token(s, e, chunk, chunk.lower(), glued, True))
        return
    pieces: list[Token] = []
    prev_letters = ""
    for k, (a, b) in enumerate(_parts(chunk)):
        piece, g = chunk[a:b], glued if k == 0 else True
        if a == b:
            continue  # nothing before or after a separator at an edge ("0/" before "¼")
        if k % 2 == 1:  # separator
            pieces.append(Token(s + a, s + b, piece, piece, True))
        elif not _HAS_DIGIT.search(piece):
            pieces.append(Token(s + a, s + b, piece, piece.lower(), g))
            prev_letters = piece
        else:
            split = _split_figure(text, s, s + a, piece, g, prev_letters)
            if split is None:  # an identifier: the rest of the chunk is one junk token
                out.extend(pieces)
                out.append(Token(s + a, e, chunk[a:], chunk[a:].lower(), g, True))
                return
            pieces.extend(split)
            prev_letters = ""
    out.extend(pieces)


def _parts(chunk: str) -> list[tuple[int, int]]:
    """Offsets of the pieces of a chunk and of the "-" or "/" between them, alternating."""
    parts: list[tuple[int, int]] = []
    pos = 0
    for sep in _SPLIT.finditer(chunk):
        parts.append((pos, sep.start()))
        parts.append((sep.start(), sep.end()))
        pos = sep.end()
    parts.append((pos, len(chunk)))
    return parts


def _split_figure(text: str, chunk_start: int, start: int, piece: str, glued: bool,
                  prev_letters: str) -> list[Token] | None:
    """A piece with digits as [currency prefix] figure [suffix] tokens ("US$5", "RM120",
    "2.5bn", "5km²"), or None when it is an identifier ("COVID-19", "4G2", "B52")."""
    m = _NUMERIC.fullmatch(piece)
    if m is None or (prev_letters and prev_letters.lower() not in NUMBER_PREFIXES):
        return None  # letters before digits across a hyphen ("COVID-19") or a hash
    pre, num, suf = m.group("pre"), m.group("num"), m.group("suf")
    if suf and suf[-1] in "23²³" and suf[:-1] not in POWER_BASES:
        return None  # "4G2", "B52": letters and digits mixed
    out: list[Token] = []
    cur = start
    if pre:
        after_dollar = start == chunk_start and start > 0 and text[start - 1] == "$"
        if pre not in CURRENCY_SYMBOLS and pre not in ASCII_CURRENCY_PREFIXES and not (
                after_dollar and pre in DOLLAR_PREFIXES):
            return None
        out.append(Token(cur, cur + len(pre), pre, pre.lower(), glued))
        cur += len(pre)
        glued = True
    out.append(Token(cur, cur + len(num), num, num, glued))
    cur += len(num)
    if suf:
        out.append(Token(cur, cur + len(suf), suf, suf.lower(), True))
    return out


# --------------------------------------------------------------------------- numbers


def _digits_value(tok: str) -> float:
    return float(tok.replace(",", ""))


def _is_digits(tok: Token) -> bool:
    return not tok.junk and is_figure(tok.text) and _FIGURE_TEXT.fullmatch(tok.text) is not None


#: What a figure token may be: "40", "1,000", "2.5", ".001" (not "12௰", a figure run into
#: other numerals in a sentence cut mid-run).
_FIGURE_TEXT = regex.compile(r"(?:[0-9]{1,3}+(?:,[0-9]{3})++|[0-9]++)(?:\.[0-9]++)?+|\.[0-9]++")


def _word_parts(tok: Token) -> list[str]:
    return tok.lower.split("-") if "-" in tok.lower else [tok.lower]


def _is_number_word(word: str) -> bool:
    return word in UNITS or word in TENS


def _parse_spelled(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Read a spelled cardinal starting at token ``i``; return (value, end index)."""
    total = 0.0
    current = 0.0
    seen = False
    j = i
    n = len(tokens)
    last_j = i
    last_value = 0.0
    while j < n:
        tok = tokens[j]
        if tok.junk:
            break
        parts = _word_parts(tok)
        if all(_is_number_word(p) for p in parts) and (len(parts) == 1 or parts[0] in TENS):
            # "two three" is not one number ("twenty three" is)
            if seen and current % 100 != 0 and current % 1000 != 0 and current >= 1 and not (
                    20 <= current < 100 and current % 10 == 0 and parts[0] in UNITS):
                break
            for p in parts:
                current += UNITS.get(p, 0) + TENS.get(p, 0)
            seen = True
        elif tok.lower == "hundred" and seen:
            current = (current or 1.0) * 100
        elif tok.lower in SCALES and seen and tok.lower != "hundred":
            total += (current or 1.0) * SCALES[tok.lower]
            current = 0.0
        elif tok.lower == "and" and seen and j + 1 < n and (
            _is_number_word(tokens[j + 1].lower.split("-")[0])
        ) and (current >= 100 or total > 0):
            j += 1
            continue
        else:
            break
        j += 1
        last_j = j
        last_value = total + current
    if not seen:
        return None
    return last_value, last_j


class _Reader:
    """Left-to-right reader over a sentence's tokens."""

    def __init__(self, tokens: list[Token]) -> None:
        self.t = tokens
        self.n = len(tokens)

    def lower(self, k: int) -> str:
        return self.t[k].lower if 0 <= k < self.n else ""

    def words_at(self, k: int, seq: tuple[str, ...]) -> bool:
        return all(self.lower(k + d) == w for d, w in enumerate(seq))


def currency_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """Currency sign before token ``i``: (unit name, index of its first token).

    Accepts "$5", "US$5", "HK $5", "$US5", "$A5", "RM5", "EUR 5", a signed "$-5", and the
    ASCII-folded "PS5" (for "£5") and "Y=5" (for "¥5").
    """
    k = i - 1
    if k < 0:
        return None
    tok = tokens[k]
    sym = tok.text
    glued = tokens[i].glued
    if sym == "-" and glued and tok.glued and k >= 1 and tokens[k - 1].text != "-":
        return currency_at(tokens, k)  # a sign between the currency and the figure: "$-50.8bn"
    if sym == "=" and glued and k >= 1 and tokens[k - 1].text == "Y" and tok.glued:
        return ASCII_CURRENCY_PREFIXES["Y"], k - 1
    if sym in ASCII_CURRENCY_PREFIXES and glued:
        return ASCII_CURRENCY_PREFIXES[sym], k
    if sym in DOLLAR_PREFIXES and glued and k >= 1 and tokens[k - 1].text == "$" and tok.glued:
        return CURRENCY_SYMBOLS[sym + "$"], k - 1  # "$US5", "$A5"
    if sym not in CURRENCY_SYMBOLS:
        return None
    if sym.isalpha() and not glued and not (sym.isupper() and len(sym) == 3) \
            and sym not in SPACED_CURRENCY_PREFIXES:
        return None  # "R 5" is not rand, "RM5", "EUR 5" and "Rs 5 crore" are currencies
    if sym == "$" and k >= 1 and tokens[k - 1].text in DOLLAR_PREFIXES and (
        tok.glued or len(tokens[k - 1].text) > 1 or _lone_letter_prefix(tokens, k - 1)
    ):
        return CURRENCY_SYMBOLS[tokens[k - 1].text + "$"], k - 1
    return CURRENCY_SYMBOLS[sym], k


def _lone_letter_prefix(tokens: list[Token], k: int) -> bool:
    """"an offer of C $6": a one-letter dollar prefix apart from the "$" names the dollar
    when a word or sign comes before it and that is not capitalised ("Plan C $6" names a
    plan, a sentence-opening "A $5 fee" has an article)."""
    if k == 0:
        return False
    before = tokens[k - 1].text
    return not (before[:1].isupper() and before.isalpha())


def _scale_after(r: _Reader, j: int, currency: bool) -> tuple[float, int]:
    """Multiplier from a scale word/abbreviation at token ``j`` (1.0 if none)."""
    if j >= r.n:
        return 1.0, j
    tok = r.t[j]
    if tok.glued:
        if tok.text in _SCALE_SUFFIXES and tok.text not in CURRENCY_ONLY_GLUED_SCALES:
            return _SCALE_SUFFIXES[tok.text], j + 1
        if tok.text in CURRENCY_ONLY_GLUED_SCALES and (currency or _counts_follow(r, j + 1)):
            return _SCALE_SUFFIXES[tok.text], j + 1  # "$5b", and "2b users" as "2m users"
        if tok.text in CURRENCY_ONLY_SCALES and (currency or _counts_follow(r, j + 1)):
            return CURRENCY_ONLY_SCALES[tok.text], j + 1
        return 1.0, j
    if tok.lower in SCALES and tok.lower != "hundred":
        return SCALES[tok.lower], j + 1
    if tok.lower in SPACED_SCALE_ABBREVIATIONS or (currency and tok.text in CURRENCY_SCALE_LETTERS):
        return SCALE_ABBREVIATIONS.get(tok.lower, CURRENCY_ONLY_SCALES.get(tok.lower, 1e3)), j + 1
    if tok.text in COUNT_SCALE_LETTERS and _counts_follow(r, j + 1):
        return SCALE_ABBREVIATIONS[tok.text], j + 1  # "8 B people", "2.5 M users"
    return 1.0, j


def _counts_follow(r: _Reader, k: int) -> bool:
    """After "35m": "of" or a plural noun make the "m" a million, not metres.

    The plural may come after a few modifiers ("1.4m paper and electronic tickets");
    a dimension word on the way ("2m high walls") keeps the metres.
    """
    if r.lower(k) == "of":
        return True
    for t in range(k, min(k + 5, r.n)):
        w = r.lower(t)
        if not w.isalpha() or w in DIMENSION_WORDS or (w in NP_STOP and not (w == "and" and t > k)):
            return False
        if w.endswith(VERB_SUFFIXES) and w not in COUNT_PARTICIPLES:
            return False  # "jumped 8m and broke", "waves of 5m battered"
        if is_plural_noun(w):
            return True
    return False


def find_numbers(tokens: list[Token]) -> list[Number]:
    """Every numeric expression in a sentence's tokens, in order, non-overlapping."""
    r = _Reader(tokens)
    out: list[Number] = []
    free = 0  # the first token not inside a number already read
    for i in _openers(tokens):
        if i < free:
            continue
        tok = tokens[i]
        if tok.lower in NUMBER_ARTICLES and r.lower(i + 1) not in _AFTER_ARTICLE:
            continue  # "a" before anything but "dozen", "million", "third" opens no number
        num = _read_at(r, i)
        if num is None:
            if tok.junk and _ANY_DIGIT.search(tok.text):
                out.append(Number(i, i + 1, tok.start, tok.end, None, None, None, "code"))
            continue
        out.append(num)
        free = max(num.j, i + 1)
    return out


def _openers(tokens: list[Token]) -> list[int]:
    """The tokens that can open a number (most words cannot): a number word ("forty", "a"),
    a figure (".5"), a hyphenated word ("two-thirds"), a "-fold" word, or a junk token."""
    # (a word of letters only opens none of the three kinds tested after the first; the
    # cheap ``in`` test spares most words the ``endswith`` call)
    return [k for k, t in enumerate(tokens)
            if (w := t.lower) in _WORD_STARTS or t.junk or (not w.isalpha() and (
                w[0].isdecimal() or w[0] == "." or ("-" in w and len(w) > 1)))
            or ("fold" in w and w.endswith("fold"))]


#: Words that may open a spelled or vague number (hyphenated words and "-fold" are checked
#: apart): "forty", "a (dozen)", "half (a million)", "dozens", "tens (of thousands)".
_WORD_STARTS: Final = frozenset({*UNITS, *TENS, *NUMBER_ARTICLES, "half", *_VAGUE.firsts(),
                          *VULGAR_FRACTIONS})
#: What "a" or "an" must come before to open a number ("a dozen", "a million", "a third").
_AFTER_ARTICLE: Final = frozenset({*GROUP_WORDS, *SCALES, *FRACTIONS})


def _read_at(r: _Reader, i: int) -> Number | None:
    """The number that starts at token ``i``: the first reader of ``NUMBER_READERS`` that
    finds one."""
    if r.t[i].junk:
        return None
    for _name, reader in NUMBER_READERS:
        num = reader(r, i)
        if num is not None:
            return num
    return None


def _spelled_number(r: _Reader, i: int, j: int, value: float, scaled: bool = False) -> Number:
    """A number written in words over tokens ``[i, j)``."""
    return Number(i, j, r.t[i].start, r.t[j - 1].end, value, None, None, "number", spelled=True,
                  scaled=scaled)


def _digits(r: _Reader, i: int) -> Number | None:
    """"40", "1,000", "2.5bn", "1 000 000", "3/4 of", "6.02 x 10^23"."""
    return _read_digits(r, i) if _is_digits(r.t[i]) else None


def _vague_plural(r: _Reader, i: int) -> Number | None:
    """"dozens", "hundreds of thousands", "tens of thousands": a conventional interval."""
    seq = _VAGUE.at(r.t, i)
    if seq is None:
        return None
    lo, hi = VAGUE_PLURALS[seq]
    j = i + len(seq)
    return Number(i, j, r.t[i].start, r.t[j - 1].end, None, lo, hi, "number", vague=True,
                  spelled=True)


def _article_number(r: _Reader, i: int) -> Number | None:
    """"a dozen", "a million", "a hundred thousand", "a third of", "a half" (not "a third
    attack", an ordinal)."""
    if r.t[i].lower not in NUMBER_ARTICLES or i + 1 >= r.n:
        return None
    nxt = r.lower(i + 1)
    if nxt in GROUP_WORDS:
        return _spelled_number(r, i, i + 2, GROUP_WORDS[nxt])
    if nxt in SCALES:
        mult, j = _scale_after(r, i + 2, False)
        if mult <= SCALES[nxt]:
            mult, j = 1.0, i + 2
        return _spelled_number(r, i, j, SCALES[nxt] * mult, scaled=True)
    if nxt in FRACTIONS and not nxt.endswith("s"):
        after = r.lower(i + 2)
        if nxt != "half" and after[:1].isalnum() and after not in FRACTION_FOLLOWERS \
                and not _change_fraction(r, i, i + 2):  # "cut by a third"
            return None
        return _spelled_number(r, i, i + 2, FRACTIONS[nxt])
    return None


def _half(r: _Reader, i: int) -> Number | None:
    """"half a million", "half of the votes", "half the town", "half a second", "half a
    dozen" (not "the other half")."""
    if r.t[i].lower != "half":
        return None
    if r.lower(i + 1) in NUMBER_ARTICLES and r.lower(i + 2) in SCALES:
        return _spelled_number(r, i, i + 3, 0.5 * SCALES[r.lower(i + 2)], scaled=True)
    if r.lower(i + 1) in NUMBER_ARTICLES and r.lower(i + 2) in GROUP_WORDS:
        return _spelled_number(r, i, i + 3, 0.5 * GROUP_WORDS[r.lower(i + 2)])
    if r.lower(i + 1) in NUMBER_ARTICLES and r.lower(i - 1) not in HALF_NOT_AFTER \
            and units.index().words.get((r.lower(i + 2),)) is not None:
        return _spelled_number(r, i, i + 2, 0.5)  # "half an hour": the unit follows
    if r.lower(i + 1) in HALF_FOLLOWERS and r.lower(i - 1) not in HALF_NOT_AFTER:
        return _spelled_number(r, i, i + 1, 0.5)
    if _change_fraction(r, i, i + 1):
        return _spelled_number(r, i, i + 1, 0.5)  # "fell by half"
    return None


def _change_fraction(r: _Reader, i: int, j: int) -> bool:
    """"fell by half", "cut by a third last year": a fraction after "by" that ends its
    phrase is the size of a change (not "by a third attempt", "by half past five")."""
    return r.lower(i - 1) in FRACTION_CHANGE_BEFORE and r.lower(j) in FRACTION_CHANGE_AFTER


def _vulgar_fraction(r: _Reader, i: int) -> Number | None:
    """"¾ of voters", "½ million": a vulgar fraction written as one character."""
    frac = VULGAR_FRACTIONS.get(r.t[i].text)
    if frac is None:
        return None
    mult, j = _scale_after(r, i + 1, False)
    return Number(i, j, r.t[i].start, r.t[j - 1].end, frac * mult, None, None, "number",
                  scaled=j > i + 1)


def _fold_word(r: _Reader, i: int) -> Number | None:
    """"sixfold", "three-fold": a multiplier written as one word."""
    low = r.t[i].lower
    w = low[:-4].rstrip("-")
    if low.endswith("fold") and (w in UNITS or w in TENS):
        return _spelled_number(r, i, i + 1, float(UNITS.get(w, TENS.get(w, 0))))
    return None


def _hyphen_fraction(r: _Reader, i: int) -> Number | None:
    """"two-thirds", "three-quarters", "one-fifth"."""
    parts = _word_parts(r.t[i])
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in FRACTIONS:
        return _spelled_number(r, i, i + 1, UNITS[parts[0]] * FRACTIONS[parts[1]])
    return None


def _spelled_fraction(r: _Reader, i: int) -> Number | None:
    """"one third", "two fifths" (the plural after a numerator above one)."""
    low, nxt = r.t[i].lower, r.lower(i + 1)
    if low not in UNITS or nxt not in FRACTION_NEEDS_NUMERATOR:
        return None
    if (UNITS[low] > 1 and nxt.endswith("s")) or (UNITS[low] == 1 and not nxt.endswith("s")):
        return _spelled_number(r, i, i + 2, UNITS[low] * FRACTIONS[nxt])
    return None


def _spelled(r: _Reader, i: int) -> Number | None:
    """"forty-two", "two hundred and five", "one and a half million", "two dozen"."""
    if _word_parts(r.t[i])[0] not in UNITS and _word_parts(r.t[i])[0] not in TENS:
        return None
    parsed = _parse_spelled(r.t, i)
    if parsed is None:
        return None
    value, j = parsed
    if r.words_at(j, AND_A_HALF):  # "one and a half (million)"
        mult, j = _scale_after(r, j + 3, False)
        value = (value + 0.5) * mult
    if r.lower(j) == "dozen":  # "two dozen"
        value *= 12
        j += 1
    return _spelled_number(r, i, j, value, scaled=j > i + 1)


#: The readers of a number at a token, in order: (name, reader).  A reader returns None
#: when the token does not open its kind of number.
NUMBER_READERS: tuple[tuple[str, Callable[[_Reader, int], Number | None]], ...] = (
    ("digits", _digits),
    ("vague_plural", _vague_plural),
    ("article_number", _article_number),
    ("half", _half),
    ("vulgar_fraction", _vulgar_fraction),
    ("fold_word", _fold_word),
    ("hyphen_fraction", _hyphen_fraction),
    ("spelled_fraction", _spelled_fraction),
    ("spelled", _spelled),
)


#: Digit runs longer than this are identifiers (hashes, serials), not amounts.
MAX_DIGITS: Final = 18
#: A run of digits with no separator longer than this is an identifier too (a post or tweet
#: id, "783499116076687360"): amounts that long are written with commas or a scale word.
MAX_PLAIN_DIGITS: Final = 12


def _read_digits(r: _Reader, i: int) -> Number:
    """A number written with digits at token ``i``, with what is glued or written after it."""
    tok = r.t[i]
    if (len(tok.text) > MAX_DIGITS and sum(c.isdecimal() for c in tok.text) > MAX_DIGITS) or (
            len(tok.text) > MAX_PLAIN_DIGITS and tok.text.isdecimal()):
        return Number(i, i + 1, tok.start, tok.end, None, None, None, "long-digits")
    value, j = _grouped_value(r, i)
    if j < r.n:
        for reader in _digit_readers_before(r.t[j].lower):
            num = reader(r, i, j, value)
            if num is not None:
                return num
    return _scaled_figure(r, i, j, value)


_DigitReader = Callable[[_Reader, int, int, float], Number | None]
#: The digit readers that can read a figure followed by a token, by that token (lower-cased),
#: made from ``DIGIT_READERS`` at first use (and again if the table is replaced), with the
#: table they were made from.
_READERS: list[tuple[object, dict[str, tuple[_DigitReader, ...]]]] = [(None, {})]


def _digit_readers_before(word: str) -> tuple[_DigitReader, ...]:
    table = DIGIT_READERS
    made, by_next = _READERS[0]
    if made is not table:
        by_next = {}  # built whole, then published in one step (threads see old or new)
        for _name, after, reader in table:
            for w in after:
                by_next[w] = (*by_next.get(w, ()), reader)
        _READERS[0] = (table, by_next)
    return by_next.get(word, ())


def _grouped_value(r: _Reader, i: int) -> tuple[float, int]:
    """"1 000 000": space-separated thousands groups after a plain figure."""
    text = r.t[i].text
    value = _digits_value(text)
    j = i + 1
    if "," in text or "." in text:
        return value, j
    while (
        j < r.n
        and len(r.t[j - 1].text) <= 3
        and r.t[j].start == r.t[j - 1].end + 1
        and len(r.t[j].text) == 3
        and r.t[j].text.isdecimal()
        and not (j + 1 < r.n and r.t[j + 1].glued and r.t[j + 1].text[:1].isdecimal())
        and not _model_suffix(r, j + 1)
    ):
        value = value * 1000 + float(r.t[j].text)
        j += 1
    return value, j


def _model_suffix(r: _Reader, j: int) -> bool:
    """"40 787-9 jets": a hyphen and a figure glued to a group make it a model number, not
    the last group of a spaced thousand."""
    if not (j + 1 < r.n and r.t[j].glued and r.t[j].text == "-" and r.t[j + 1].glued
            and r.t[j + 1].text.isdecimal()):
        return False
    k = j + 2  # "1 000-2 000": a range of spaced thousands goes on with a group
    return not (k < r.n and len(r.t[k].text) == 3 and r.t[k].text.isdecimal()
                and r.t[k].start == r.t[k - 1].end + 1)


def _figure(r: _Reader, i: int, j: int, value: float | None,
            shape: NumberShape = "number") -> Number:
    return Number(i, j, r.t[i].start, r.t[j - 1].end, value, None, None, shape)


def _ordinal_suffix(r: _Reader, i: int, j: int, value: float) -> Number | None:
    """"5th", "21st", "3rd": an ordinal."""
    if j < r.n and r.t[j].glued and r.t[j].lower in ORDINAL_SUFFIXES:
        return _figure(r, i, j + 1, value, "ordinal")
    return None


def _decade_suffix(r: _Reader, i: int, j: int, value: float) -> Number | None:
    """"the 1990s", "the 80s": a decade."""
    if j < r.n and r.t[j].glued and r.t[j].lower == "s" and (
            value % 10 == 0 or 1000 <= value <= 2100):
        return _figure(r, i, j + 1, value, "decade")
    return None


def _written_fraction(r: _Reader, i: int, j: int, value: float) -> Number | None:
    """"1/12 of a gallon", "3/4 of voters", "1/2 pound"; "9/11" and "24/7" are a slash pair."""
    t = r.t
    if not (j == i + 1 and j + 1 < r.n and t[j].text == "/" and t[j].glued
            and _is_digits(t[j + 1]) and t[j + 1].glued and t[i].text.isdecimal()
            and t[j + 1].text.isdecimal()):
        return None
    den = float(t[j + 1].text)
    after = r.lower(j + 2)
    if 1 < den <= 1000 and value < den and (
        after == "of" or (den <= MAX_COMMON_DENOMINATOR and _is_measure_word(after)
                          and not (j + 2 < r.n and t[j + 2].glued))
    ):
        return _figure(r, i, j + 2, value / den)
    if value <= 31 and den <= 31 and r.lower(j + 2) not in ("/", "-"):
        return _figure(r, i, j + 2, None, "slash-pair")
    return None


def _scientific(r: _Reader, i: int, j: int, value: float) -> Number | None:
    """"1.99x10^30", "6.02 × 10-23": scientific notation, scaled exactly."""
    sci = _exponent_after(r, j)
    if sci is None:
        return None
    exp, j2 = sci
    scaled_value = float(Decimal(repr(value)).scaleb(exp))  # exact: "1.99 x 10^-30"
    if (math.isfinite(scaled_value) and scaled_value != 0) or value == 0:
        return _figure(r, i, j2, scaled_value)
    return None


def _whole_and_vulgar(r: _Reader, i: int, j: int, value: float) -> Number | None:
    """"1½ million", "2 ¾ miles": a whole number and a vulgar fraction after it."""
    if j != i + 1 or j >= r.n or r.t[j].text not in VULGAR_FRACTIONS \
            or not r.t[i].text.isdecimal():
        return None
    if not r.t[j].glued and r.t[j].start != r.t[i].end + 1:
        return None
    return _scaled_figure(r, i, j + 1, value + VULGAR_FRACTIONS[r.t[j].text])


def _fold_suffix(r: _Reader, i: int, j: int, value: float) -> Number | None:
    """"18-fold": a multiplier."""
    if r.lower(j) == "-" and r.lower(j + 1) == "fold" and r.t[j + 1].glued:
        return _figure(r, i, j + 2, value)
    return None


#: What may follow a figure and change its reading, in order: (name, the tokens right after
#: the figure that the reader reads, lower-cased, reader); a figure is tried only against the
#: readers of the token after it.
DIGIT_READERS: tuple[tuple[str, frozenset[str],
                           Callable[[_Reader, int, int, float], Number | None]], ...] = (
    ("ordinal_suffix", ORDINAL_SUFFIXES, _ordinal_suffix),
    ("decade_suffix", frozenset({"s"}), _decade_suffix),
    ("written_fraction", frozenset({"/"}), _written_fraction),
    ("scientific", TIMES_SIGNS, _scientific),
    ("whole_and_vulgar", frozenset(VULGAR_FRACTIONS), _whole_and_vulgar),
    ("fold_suffix", frozenset({"-"}), _fold_suffix),
)


def _scaled_figure(r: _Reader, i: int, j: int, value: float) -> Number:
    """"3 hundred", "2.5bn", "$40m", "300k": a figure and its scale word or abbreviation."""
    tok = r.t[i]
    grouped = j > i + 1
    if r.lower(j) == "hundred" and not r.t[j].glued:
        value *= 100
        j += 1
    # a currency only matters to scale letters ("$5m", "$2B"): looked up when one follows
    currency = j < r.n and r.t[j].text in _CURRENCY_SCALES and currency_at(r.t, i) is not None
    mult, j2 = _scale_after(r, j, currency)
    scaled = j2 > j
    if scaled:
        value *= mult
        j = j2
    plain = j == i + 1 and not grouped and tok.text.isdecimal() and "," not in tok.text
    return Number(i, j, tok.start, r.t[j - 1].end, value, None, None, "number",
                  integer_digits=plain, scaled=scaled)


#: Scale tokens read differently after a currency ("$5m", "$2B", "$5 m").
_CURRENCY_SCALES: Final = CURRENCY_ONLY_GLUED_SCALES | frozenset(CURRENCY_ONLY_SCALES) \
    | CURRENCY_SCALE_LETTERS

#: "1/2 pound", "3/4 cup": written fractions before a word need a small denominator.
MAX_COMMON_DENOMINATOR: Final = 16


def _is_measure_word(word: str) -> bool:
    """A unit word a written fraction may measure ("3/4 cup", "1/2 pound", "1/3 mile")."""
    return word in FRACTION_MEASURES or units.index().words.get((word,)) is not None


def _exponent_after(r: _Reader, j: int) -> tuple[int, int] | None:
    """A power of ten after a mantissa at token ``j``: ("x", "10", "^"/"-", digits) -> exponent."""
    if r.lower(j) not in TIMES_SIGNS or r.lower(j + 1) != "10":
        return None
    k = j + 2
    sign = 1
    if r.lower(k) == "^":
        k += 1
    if r.lower(k) in ("-", "+") and k < r.n and r.t[k].glued:
        sign = -1 if r.lower(k) == "-" else 1
        k += 1
    if k >= r.n or k == j + 2 or not r.t[k].glued or not r.t[k].text.isdecimal():
        return None
    digits = r.t[k].text
    if len(digits) > 3:
        return None
    return sign * int(digits), k + 1


def parse_number(text: str) -> float | None:
    """Value of a text that is exactly one number ("2.5 million", "forty-two", "1,000").

    Returns None when the text is not one complete number.  Used by tests and callers
    who want the number reader alone.  The text is normalised first, so the digits of every
    script read as ASCII digits.
    """
    norm = normalise(text)
    toks = number_tokens(norm, tokenize(norm, 0, len(norm)))
    nums = [n for n in find_numbers(toks) if n.shape == "number"]
    if len(nums) != 1 or nums[0].i != 0 or nums[0].j != len(toks):
        return None
    num = nums[0]
    return num.value if num.value is not None else num.low
