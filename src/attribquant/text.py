"""Length-preserving normalisation, sentence and paragraph segmentation.

Every later stage reads the normalised text, whose offsets equal the original's.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Final, NamedTuple, overload

import regex

from .lexicon.quantities import TIME_ZONES
from .lexicon.text import (
    ABBREVIATIONS,
    CHAR_MAP,
    CLOCK_ABBREVIATIONS,
    CLOSING_QUOTE_AFTER,
    INVISIBLE_MARKS,
    NAME_PREFIX_ABBREVIATIONS,
    SENTENCE_FINAL_ABBREVIATIONS,
    SENTENCE_STARTERS,
    SHORT_TIME_ZONES,
)

_TRANSLATION: Final = str.maketrans(CHAR_MAP)
# the standard library's engine scans one character class several times faster than regex;
# the digits of other scripts (hundreds of code points) are looked for apart, as a class that
# large makes the scan many times slower
_TO_NORMALISE = re.compile("[" + re.escape("".join(c for c in CHAR_MAP if not c.isdigit())) + "]")
_OTHER_DIGIT: Final = regex.compile(r"[\p{Nd}--\p{ASCII}]", regex.V1)
_DIGIT_TRANSLATION: Final = str.maketrans({c: d for c, d in CHAR_MAP.items() if c.isdigit()})


def normalise(text: str) -> str:
    """Map quote, dash and space variants to ASCII, one character for one.

    Because every replacement is a single character, offsets into the result
    are offsets into the input: no offset map is needed.  Text that needs no change is
    returned as it is, so a long plain-ASCII text is not held twice.  A quotation mark
    printed as two apostrophes (''...'', as some papers print quotes) becomes one double
    quote and a space on its outer side, two characters for two.
    """
    original = text
    if _TO_NORMALISE.search(text) is not None:
        # replace the few marks of a news text one by one; a text dense with them at once
        limit = len(text) // 16 + 1
        norm, count = _TO_NORMALISE.subn(_replacement, text, count=limit)
        text = text.translate(_TRANSLATION) if count == limit else norm
        if _MAPPED_MARK.search(original):
            text = _with_marks_in_numbers(original, text)
    # digits of other scripts are left by the marks' replacement (or replaced with them), so
    # only a text still not ASCII once its marks are replaced can hold one
    if not text.isascii() and _OTHER_DIGIT.search(text) is not None:
        text = text.translate(_DIGIT_TRANSLATION)  # "१२" -> "12"
    return _TWO_APOSTROPHES.sub(_double_quote, text) if "''" in text else text


#: Invisible marks that normalisation maps to a space ("\u200b") and a run of invisible marks
#: between two parts of a number ("1,\u200b000"), which keeps them.
_MAPPED_MARK: Final = re.compile("[" + "".join(m for m in INVISIBLE_MARKS if m in CHAR_MAP) + "]")
_MARKS_IN_NUMBER: Final = regex.compile(
    r"(?<=[\p{Nd}][.,]?+)[" + INVISIBLE_MARKS + r"]++(?=[.,]?+[\p{Nd}])")


def _with_marks_in_numbers(text: str, norm: str) -> str:
    """``norm`` with the invisible marks inside numbers put back as the text has them: a
    zero-width space inside "1,000" joins, it does not split (the number reader skips it)."""
    spans = [m.span() for m in _MARKS_IN_NUMBER.finditer(text)]
    if not spans:
        return norm
    parts: list[str] = []
    pos = 0
    for a, b in spans:
        parts += [norm[pos:a], text[a:b]]
        pos = b
    parts.append(norm[pos:])
    return "".join(parts)


def _replacement(m: re.Match[str]) -> str:
    return CHAR_MAP[m.group()]


_TWO_APOSTROPHES: Final = re.compile("'''|''")


def _double_quote(m: re.Match[str]) -> str:
    """Two apostrophes as a double quote: ''It -> ' "It', it,'' -> 'it," '."""
    k = m.start()
    before = m.string[k - 1] if k else " "
    closing = before.isalnum() or before in CLOSING_QUOTE_AFTER
    if len(m.group()) == 3:  # old,''' -> old,'" : a single quote closes inside a double one
        return "'\" " if closing else " \"'"
    return '" ' if closing else ' "'


class Span(NamedTuple):
    """A half-open character range ``[start, end)``."""

    start: int
    end: int


class Spans(Sequence[Span]):
    """A read-only sequence of spans held as two arrays of offsets: 16 bytes a span instead
    of about 120 for a list of ``Span`` objects; each item is made when it is read.

    Long texts hand their sentence and paragraph spans to the stages this way.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[Span]) -> None:
        items = spans if isinstance(spans, Sequence) else list(spans)
        self._starts = array("q", map(itemgetter(0), items))
        self._ends = array("q", map(itemgetter(1), items))

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Span: ...

    @overload
    def __getitem__(self, index: slice) -> list[Span]: ...

    def __getitem__(self, index: int | slice) -> Span | list[Span]:
        if isinstance(index, slice):
            return list(map(Span, self._starts[index], self._ends[index]))
        return tuple.__new__(Span, (self._starts[index], self._ends[index]))

    def __iter__(self) -> Iterator[Span]:
        return map(tuple.__new__, repeat(Span), zip(self._starts, self._ends, strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self._starts == other._starts and self._ends == other._ends
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


# A sentence ends at . ! or ? (optionally followed by closing quotes or
# brackets) followed by white space, or at a blank line / paragraph break.
# (the look-behind makes a long run of "." fail once, not once per position)
_BOUNDARY: Final = regex.compile(r"""(?<![.!?])[.!?]++["')\]]*+(?=\s)|\n""")
_PARA_BREAK: Final = regex.compile(r"\n(?:[ \t]*+\n)++|\n(?=[ \t]*+\S)")
_NEXT_START: Final = regex.compile(r"\s*+([\"'(\[]?)(\S?)")
# The same two patterns for an ASCII text, for the standard library's engine (cheaper to
# call, once a paragraph and once a boundary).  Without possessive quantifiers they find the
# same: a shorter run of marks or closing quotes is followed by another mark or quote, not
# white space; ``[ \t\n\r\x0b\x0c]`` is what ``\s`` matches in ASCII for the ``regex`` engine.
# The boundary opens with its mark and looks behind it (a pattern that opens with a character
# class is searched for by the engine's fast scan); it leaves out the line break, which
# ``sentences`` skips and no paragraph holds.
_ASCII_BOUNDARY: Final = re.compile(
    r"""[.!?](?<![.!?][.!?])[.!?]*["')\]]*(?=[ \t\n\r\x0b\x0c])""")
_ASCII_NEXT_START: Final = re.compile(r"[ \t\n\r\x0b\x0c]*([\"'(\[]?)([^ \t\n\r\x0b\x0c]?)")


def paragraphs(text: str) -> list[Span]:
    """Split on line breaks: each non-blank line is a paragraph.

    News text (and the CoNLL-U rebuilt articles) put one paragraph per line.
    """
    spans: list[Span] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        start, end = _strip(text, pos, nl)
        if end > start:
            spans.append(Span(start, end))
        pos = nl + 1
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space at either end."""
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # the common case
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _next_word(text: str, pos: int, limit: int) -> str:
    """The word that starts after ``pos`` (quotes and brackets skipped)."""
    m = _NEXT_WORD.match(text, pos, limit)
    return m.group(1) if m else ""


_NEXT_WORD: Final = regex.compile(r"[\s\"'(\[]*+(\p{L}++)")


def _word_before(text: str, dot: int) -> str:
    """The token that ends with the period at ``dot``, period excluded."""
    chunk = text[max(0, dot - 24) : dot]
    parts = chunk.split()
    if not parts or chunk[-1:].isspace():
        return ""
    return parts[-1].lstrip("\"'([")


def _is_abbreviation(word: str) -> bool:
    """True for a known abbreviation, a capital initial or a dotted acronym."""
    if not word:
        return False
    if word.lower() in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return _DOTTED.fullmatch(word) is not None


_DOTTED: Final = regex.compile(r"(?:\p{L}\.)++\p{L}")


def _zone_after_clock(text: str, low: str, end: int, limit: int) -> bool:
    """"at 7:15 p.m. EST by the chief": a time zone in capitals (``TIME_ZONES``) after
    "a.m." or "p.m." goes on with the clock time, so no sentence ends before it."""
    if low not in CLOCK_ABBREVIATIONS:
        return False
    word = _next_word(text, end, limit)
    return word.isupper() and (word.lower() in TIME_ZONES or word.lower() in SHORT_TIME_ZONES)


def sentences(text: str, paras: list[Span] | None = None) -> list[Span]:
    """Split ``text`` into sentence spans, never across a paragraph break.

    A boundary is . ! ? (plus closing quotes or brackets) before white space,
    unless the period closes an abbreviation or initial ("Mr.", "U.S.",
    "J."), or the next word starts in lower case or with a digit.  Only the
    abbreviations that often end a sentence ("Inc.", "Ltd.", "etc.") may
    still close one before a capitalised word.
    """
    if paras is None:
        paras = paragraphs(text)
    out: list[Span] = []
    ascii_text = text.isascii()
    boundary = _ASCII_BOUNDARY if ascii_text else _BOUNDARY
    next_start = _ASCII_NEXT_START if ascii_text else _NEXT_START
    for p in paras:
        start = p.start
        for m in boundary.finditer(text, p.start, p.end):
            end = m.end()
            if m.group() == "\n":
                continue
            nxt = next_start.match(text, end, p.end)
            first = nxt.group(2) if nxt is not None else ""
            if first and (first.islower() or first.isdigit()):
                continue
            if text[m.start()] == ".":
                word = _word_before(text, m.start())
                low = word.lower()
                if _is_abbreviation(word) and not (
                    low in SENTENCE_FINAL_ABBREVIATIONS and first.isupper()
                    and (low not in NAME_PREFIX_ABBREVIATIONS
                         or _next_word(text, end, p.end).lower() in SENTENCE_STARTERS)
                    and not _zone_after_clock(text, low, end, p.end)
                ):
                    continue
            _cap(text, start, end, out)
            start = end
        _cap(text, start, p.end, out)
    return out


#: Longest sentence handed to later stages; longer runs are cut (news sentences are far shorter).
#: Every per-sentence algorithm is then bounded, so the whole pipeline stays linear.
MAX_SENTENCE: Final = 1500


def _cap(text: str, start: int, end: int, out: list[Span]) -> None:
    """Append ``[start, end)``, cut into pieces of at most MAX_SENTENCE characters at white
    space."""
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        if cut <= start:
            cut = limit  # no space at all: cut inside the run
        s, e = _strip(text, start, cut)
        if e > s:
            out.append(Span(s, e))
        start = cut
    s, e = _strip(text, start, end)
    if e > s:
        out.append(Span(s, e))


def sentence_index(spans: list[Span], offset: int) -> int:
    """Index of the sentence containing ``offset`` (binary search)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return min(lo, max(len(spans) - 1, 0))
