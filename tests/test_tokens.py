"""The shared token stream: the tokenizer, its ASCII fast path, the phrase matcher and the
word tests every stage uses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attribquant.names import scan_names
from attribquant.text import paragraphs, sentences
from attribquant.tokens import (
    _ASCII_SPACED_TOKEN,
    _SPACED_TOKEN,
    PhraseMatcher,
    SentenceTokens,
    first_word_index,
    is_capitalised,
    is_figure,
    is_identifier,
    is_plural_noun,
    looks_plural,
    may_hold_number,
    singular,
    tokenize,
)

# (text, tokens): hand-written phrasings and how they split
SPLITS = [
    ("Mr. Roe said 40 people.", ["Mr.", "Roe", "said", "40", "people", "."]),
    ("The U.S. Navy's ships", ["The", "U.S.", "Navy", "'s", "ships"]),
    ("It isn't 1,000.5 km/h", ["It", "isn't", "1,000.5", "km", "/", "h"]),
    ("Naji al-Mustafa -- AT&T", ["Naji", "al-Mustafa", "--", "AT&T"]),
    ("about .5% of them", ["about", ".5", "%", "of", "them"]),
    ("they'll say it's done", ["they", "'ll", "say", "it", "'s", "done"]),
    ("caf\u00e9 na\u00efve \u00fcber", ["caf\u00e9", "na\u00efve", "\u00fcber"]),
    # UTF-8 read as Latin-1: a symbol after "\u00c3", "\u00c2" or a combining mark goes on
    ("Pe\u00c3\u00b1a and Jos\u00c3\u00a9 met",
     ["Pe\u00c3\u00b1a", "and", "Jos\u00c3\u00a9", "met"]),
    ("BriceA\u0303\x83A\u0302\u00b1o said", ["BriceA\u0303\x83A\u0302\u00b1o", "said"]),
    ("caf\u00e9\u00b1 2 \u00c3 \u00b1", ["caf\u00e9", "\u00b1", "2", "\u00c3", "\u00b1"]),
    ("OrA\u0303\u00a0no", ["OrA\u0303", "no"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS, ids=[t for t, _ in SPLITS])
def test_splits(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text, 0, len(text))] == expected


ASCII_TEXT = st.text(alphabet=st.characters(max_codepoint=127), max_size=120)
WORDY_ASCII = st.text(alphabet=st.sampled_from(list("aZ9 .,'-&:sMr\t\nDUS$%()\"")), max_size=80)


@given(st.one_of(ASCII_TEXT, WORDY_ASCII))
def test_ascii_fast_path_gives_the_same_tokens(text: str) -> None:
    stripped = text.rstrip(" \t\n\r\x0b\x0c")
    assert _ASCII_SPACED_TOKEN.findall(stripped) == _SPACED_TOKEN.findall(stripped)


@given(st.text(max_size=150), st.integers(0, 150), st.integers(0, 150))
def test_tokens_slice_the_text_and_glue_without_space(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    toks = tokenize(text, start, end)
    for prev, tok in zip([None, *toks], toks, strict=False):
        assert text[tok.start:tok.end] == tok.text and tok.lower == tok.text.lower()
        assert start <= tok.start < tok.end <= end
        if prev is not None:
            assert tok.glued == (prev.end == tok.start)
    assert toks == tokenize(text, start, end, ascii_text=False)


SEPARATED = st.text(alphabet=st.sampled_from(list("ab A.\x1c\x1f \t\u00e9-'5,")), max_size=60)


@given(st.one_of(st.text(max_size=120), WORDY_ASCII, SEPARATED), st.integers(0, 40),
       st.integers(0, 120))
def test_a_limit_reads_the_first_tokens_of_the_whole_span(text: str, limit: int,
                                                          start: int) -> None:
    start = min(start, len(text))  # (the character before the span is read too)
    assert tokenize(text, start, len(text), limit=limit) \
        == tokenize(text, start, len(text))[:limit]


def test_sentence_tokens_on_an_ascii_text_match_tokenize() -> None:
    text = "Police said 12 people died. The U.S. Navy's ships sailed on."
    tokens = SentenceTokens(text)
    assert tokens.ascii
    assert tokens.get(0, 27) == tokenize(text, 0, 27, ascii_text=False)


def test_phrase_matcher_finds_the_longest_phrase() -> None:
    m = PhraseMatcher([("more", "than"), ("no", "more", "than"), ("than",)])
    toks = tokenize("no more than 40", 0, 15)
    assert m.at(toks, 0) == ("no", "more", "than")
    assert m.all_at(toks, 1) == [("more", "than")]
    assert m.before(toks, 3) == (0, ("no", "more", "than"))
    assert m.before(toks, 0) is None and m.at(toks, 3) is None
    assert m.firsts() == frozenset({"more", "no", "than"})


@pytest.mark.parametrize(("word", "plural", "lemma"), [
    ("soldiers", True, "soldier"), ("fishermen", True, "fisherman"), ("bus", False, "bus"),
    ("analysis", False, "analysis"), ("people", True, "people"), ("halves", True, "half"),
    ("countries", True, "country"), ("boxes", True, "box"), ("news", True, "news"),
])
def test_plural_nouns(word: str, plural: bool, lemma: str) -> None:
    assert is_plural_noun(word) is plural
    assert singular(word) == lemma


def test_word_tests() -> None:
    assert is_figure("40") and is_figure(".5") and not is_figure(".") and not is_figure("x4")
    roe, mustafa, said = tokenize("Roe al-Mustafa said", 0, 19)
    assert is_capitalised(roe) and is_capitalised(mustafa) and not is_capitalised(said)
    assert looks_plural("ministers") and not looks_plural("its")


@pytest.mark.parametrize(("word", "code"), [
    ("Xq7RtPw2mZ", True), ("k3Vd9sLq0b", True), ("PkVw7sLq", True), ("F35Bravo", False),
    ("COVID19", False), ("iPhone7", False), ("McDonald", False), ("G7", False),
    ("A320neo", False), ("Covid-19", False), ("2024Report", False), ("Girls4Tech", False),
    ("Moms4Housing", False), ("Tula88Mom", False),
])
def test_identifiers(word: str, code: bool) -> None:
    """A post's or link's id is no word, so no name: "Xq7RtPw2mZ"."""
    assert is_identifier(word) is code


def test_identifier_is_no_name() -> None:
    text = "The clip of Vell Motors ran online with the tag Xq7RtPw2mZ and a caption."
    sents = sentences(text, paragraphs(text))
    found = [n.display for n in scan_names(text, sents, [], SentenceTokens(text))]
    assert found == ["Vell Motors"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vell Motors shared the clip (via @TulaDaily) on Monday.", ["Vell Motors"]),
    ("Jo Roe (@JoRoeMP) posted the 40 figures.", ["Jo Roe"]),
    ("Write to Vell Motors at press@Vell.example today.", ["Vell Motors"]),
    ("Vell Motors @ Tula Fair drew 400 visitors.", ["Vell Motors", "Tula Fair"]),
])
def test_handle_is_no_name(text: str, expected: list[str]) -> None:
    """A word printed right after "@" is an account's handle, no name: "(via @TulaDaily)"."""
    sents = sentences(text, paragraphs(text))
    assert [n.display for n in scan_names(text, sents, [], SentenceTokens(text))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Roe said so.", 0), ('"Roe said so."', 1), ('("12 left," she said)', 2), ('" (', 2),
    ("", 0),
])
def test_first_word_index(text: str, expected: int) -> None:
    assert first_word_index(tokenize(text, 0, len(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks went on.", False), ("Forty people came.", True), ("It fell 5%.", True),
    ("A twenty-five-year run.", True), ("Sales grew sixfold.", True), ("Dozens fled.", True),
    ("He wants none.", False), ("Il a dit ½.", True),
    ("Voters in Zürich, twenty-one of them.", True), ("The scaffold fell.", False),
])
def test_may_hold_number(text: str, expected: bool) -> None:
    toks = tokenize(text, 0, len(text))
    assert may_hold_number(text, toks, 0, len(text)) is expected
    # the ASCII reading of an ASCII text is the same
    assert may_hold_number(text, toks, 0, len(text), text.isascii()) is expected
