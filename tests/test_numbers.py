"""Number phrasings and their values: a table, then round-trip properties."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

import attribquant
from attribquant import parse_number
from attribquant.lexicon.text import INVISIBLE_MARKS
from attribquant.numbers import _ASCII_FIGURE_RUN, _regions, find_numbers, number_tokens
from attribquant.tokens import tokenize

from .strategies import digit_phrasings, spell, spelled_phrasings

VALUES = [
    # digits and separators
    ("40", 40),
    ("1,000", 1000),
    ("1 000 000", 1_000_000),
    ("1.5", 1.5),
    ("350,000", 350_000),
    ("12,345.67", 12345.67),
    # scales, written and abbreviated
    ("2.5 million", 2.5e6),
    ("2.5bn", 2.5e9),
    ("3 billion", 3e9),
    ("300k", 300e3),
    ("7 mln", 7e6),
    ("1.2 trillion", 1.2e12),
    # spelled numbers
    ("forty-two", 42),
    ("Forty-two", 42),
    ("seventeen", 17),
    ("two hundred and fifty", 250),
    ("seventy-five thousand", 75_000),
    ("three million", 3e6),
    ("a dozen", 12),
    ("two dozen", 24),
    ("a hundred", 100),
    ("a million", 1e6),
    ("half a million", 5e5),
    ("one and a half", 1.5),
    ("one and a half million", 1.5e6),
    ("two-thirds", 2 / 3),
    ("three-quarters", 0.75),
    ("a third", 1 / 3),
    # vulgar fractions and digits of other scripts
    ("1½ million", 1.5e6),
    ("2 ¾", 2.75),
    ("⅔", 2 / 3),
    ("\u0967\u0968\u096b", 125),  # Devanagari
    ("\u0e51\u0e50", 10),  # Thai
    ("\uff11\uff0c\uff10\uff10\uff10", 1000),  # full-width digits and comma
    ("\u0663\u066b\u0665", 3.5),  # Arabic-Indic digits, Arabic decimal separator
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_parse_number(text: str, expected: float) -> None:
    value = parse_number(text)
    assert value is not None
    assert math.isclose(value, expected, rel_tol=1e-9)


NOT_ONE_NUMBER = ["", "soldiers", "the third", "COVID-19", "2020-01-23", "10:30", "3rd",
                  "bc4eaeff4dcb5d", "one two", "www.example.com/1234"]


@pytest.mark.parametrize("text", NOT_ONE_NUMBER)
def test_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@given(digit_phrasings())
def test_digit_round_trip(case: tuple[str, float]) -> None:
    text, value = case
    parsed = parse_number(text)
    assert parsed is not None
    assert math.isclose(parsed, value, rel_tol=1e-9)


@given(spelled_phrasings())
def test_spelled_round_trip(case: tuple[str, float]) -> None:
    text, value = case
    parsed = parse_number(text)
    assert parsed is not None, text
    assert math.isclose(parsed, value, rel_tol=1e-9), text


@given(st.integers(0, 999))
def test_spelled_inside_sentence(n: int) -> None:
    text = f"Officials counted {spell(n)} boats on Tuesday."
    nums = [x for x in find_numbers(number_tokens(text, tokenize(text, 0, len(text))))
            if x.shape == "number"]
    assert [x.value for x in nums] == [n]


@given(st.text(max_size=200))
def test_tokens_slice_text(text: str) -> None:
    shared = tokenize(text, 0, len(text))
    for toks in (shared, number_tokens(text, shared)):
        for tok in toks:
            sliced = text[tok.start:tok.end]
            # a number read across an invisible mark ("1,\u00ad000") keeps the mark's offsets
            assert tok.text in (sliced, "".join(c for c in sliced if c not in INVISIBLE_MARKS))
            assert tok.start < tok.end
        assert all(a.end <= b.start for a, b in itertools.pairwise(toks))


@pytest.mark.parametrize(("text", "value"), [
    (".001", 0.001), (".5", 0.5), ("6.02 x 10^23", 6.02e23), ("1.6×10-19", 1.6e-19),
    ("9.81 × 10^2", 981.0), ("18-fold", 18.0),
])
def test_decimals_without_zero_powers_and_multipliers(text: str, value: float) -> None:
    got = parse_number(text)
    assert got is not None and math.isclose(got, value, rel_tol=1e-12)


def test_trailing_white_space_is_read_once() -> None:
    # the tokenizer used to rescan a trailing run of spaces from each of its characters
    assert parse_number("5" + " " * 100_000) == 5.0
    assert parse_number("\t2.5 million\n\n") == 2.5e6


# an invisible mark inside a number joins its parts: one number, offsets into the text
INVISIBLE_IN_NUMBERS = [
    ("Floods hit 1,\u00ad000 homes.", "1,\u00ad000 homes", 1000),  # soft hyphen
    ("Floods hit 1\u200d,000 homes.", "1\u200d,000 homes", 1000),  # zero-width joiner
    ("Floods hit 1,\u200b000 homes.", "1,\u200b000 homes", 1000),  # zero-width space
    ("Floods hit 2\u00ad500 homes.", "2\u00ad500 homes", 2500),
    ("Repairs cost $1,\u2060250,\u00ad000.", "$1,\u2060250,\u00ad000", 1_250_000),
    ("Floods hit 1\uff0c000 homes.", "1\uff0c000 homes", 1000),  # full-width comma
]


@pytest.mark.parametrize(("text", "surface", "value"), INVISIBLE_IN_NUMBERS)
def test_invisible_marks_and_wide_commas_inside_a_number(text: str, surface: str,
                                                          value: float) -> None:
    doc = attribquant.extract(text)
    assert [(q.text, q.value) for q in doc.quantities] == [(surface, value)]
    q = doc.quantities[0]
    assert text[q.start:q.end] == q.text
    assert not doc.excluded


def test_a_zero_width_space_between_words_is_still_a_space() -> None:
    doc = attribquant.extract("Police\u200bsaid 40\u200bpeople were hurt.")
    assert [(q.text, q.unit) for q in doc.quantities] == [("40\u200bpeople", "people")]


@given(st.text(alphabet="ab1 2\t/\n'&_x.Z", max_size=40), st.integers(0, 40))
def test_figure_runs_match_the_look_behind_pattern(text: str, cut: int) -> None:
    """The figure runs of an ASCII sentence, found from the white space before each run,
    are the runs of the one look-behind pattern (also for a sentence cut inside a run)."""
    start = min(cut, len(text))
    tokens = tokenize(text, start, len(text), True)
    if not tokens:
        return
    expected = [m.span() for m in _ASCII_FIGURE_RUN.finditer(text, tokens[0].start,
                                                               tokens[-1].end)]
    assert _regions(text, tokens) == expected
