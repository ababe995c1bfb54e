"""Length-preserving normalisation, paragraphs and sentence splitting, and the sentence cap.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import attribquant
from attribquant.text import MAX_SENTENCE, Span, normalise, paragraphs, sentences

from .strategies import news_noise


def split(text: str) -> list[str]:
    """Sentences of ``text``, found on its normalised form and sliced from the original."""
    return [text[s:e] for s, e in sentences(normalise(text))]



# (text, expected sentences)
SENTENCES = [
    pytest.param("Mr. Okoye said 30 people were hurt. The mayor disagreed.",
                 ["Mr. Okoye said 30 people were hurt.", "The mayor disagreed."], id="Mr."),
    pytest.param("Mrs. Dale and Dr. Ng said 4 wards closed. Staff moved.",
                 ["Mrs. Dale and Dr. Ng said 4 wards closed.", "Staff moved."], id="Mrs.-Dr."),
    pytest.param("Gen. Ruth Hale said 40 troops left. They came back.",
                 ["Gen. Ruth Hale said 40 troops left.", "They came back."], id="Gen."),
    pytest.param("Sales rose 8% in the U.S. last year. Europe lagged.",
                 ["Sales rose 8% in the U.S. last year.", "Europe lagged."], id="U.S.-lower"),
    pytest.param("Exports fell in the U.S. The euro rose.",
                 ["Exports fell in the U.S.", "The euro rose."], id="U.S.-final"),
    pytest.param("The U.S. Navy sent 3 ships. Japan sent one.",
                 ["The U.S. Navy sent 3 ships.", "Japan sent one."], id="U.S.-Navy"),
    pytest.param("The U.K. Home Office said 300 migrants arrived.",
                 ["The U.K. Home Office said 300 migrants arrived."], id="U.K.-Home-Office"),
    pytest.param("Both U.S. and U.N. envoys said 5 talks failed. No date was set.",
                 ["Both U.S. and U.N. envoys said 5 talks failed.", "No date was set."],
                 id="U.N."),
    pytest.param("The truce began on Dec. 1 in the north. It held.",
                 ["The truce began on Dec. 1 in the north.", "It held."], id="Dec.-1"),
    pytest.param("Jan. 5 was cold. Feb. 7 was warm.",
                 ["Jan. 5 was cold.", "Feb. 7 was warm."], id="Jan.-Feb."),
    pytest.param("A report by J. Smith found 12 faults. It was published.",
                 ["A report by J. Smith found 12 faults.", "It was published."], id="initial"),
    pytest.param("Author A. B. Cole counted 7 wells. None worked.",
                 ["Author A. B. Cole counted 7 wells.", "None worked."], id="two-initials"),
    pytest.param("Inflation hit 3.5 percent. Rates rose to 4.25%.",
                 ["Inflation hit 3.5 percent.", "Rates rose to 4.25%."], id="decimals"),
    pytest.param("It cost $1.2bn. Nobody paid.", ["It cost $1.2bn.", "Nobody paid."],
                 id="money-decimal"),
    pytest.param('"We lost 20 homes," he said. The fire spread.',
                 ['"We lost 20 homes," he said.', "The fire spread."], id="quote-comma"),
    pytest.param('"We lost 20 homes." He said nothing more.',
                 ['"We lost 20 homes."', "He said nothing more."], id="quote-period"),
    pytest.param("\u201cWe lost 20 homes,\u201d he said. The fire spread.",
                 ["\u201cWe lost 20 homes,\u201d he said.", "The fire spread."], id="curly-quote"),
    pytest.param('"Is it 5?" she asked. Nobody knew.',
                 ['"Is it 5?" she asked.', "Nobody knew."], id="question-in-quote"),
    pytest.param("Was it 5? Nobody knows! Maybe.", ["Was it 5?", "Nobody knows!", "Maybe."],
                 id="question-exclamation"),
    pytest.param("He left (for good.) She stayed.", ["He left (for good.)", "She stayed."],
                 id="bracket"),
    pytest.param("Sales fell 4% at Acme Inc. Shares dropped.",
                 ["Sales fell 4% at Acme Inc.", "Shares dropped."], id="Inc.-final"),
    pytest.param("He works for Acme Ltd. The firm has 40 staff.",
                 ["He works for Acme Ltd.", "The firm has 40 staff."], id="Ltd.-the"),
    pytest.param("He bought pears etc. The bill was $5.",
                 ["He bought pears etc.", "The bill was $5."], id="etc.-the"),
    pytest.param("Acme Inc. said 9 stores shut.", ["Acme Inc. said 9 stores shut."],
                 id="Inc.-lower"),
    pytest.param("Polls close at 8 p.m. Results come later.",
                 ["Polls close at 8 p.m.", "Results come later."], id="p.m.-final"),
    pytest.param("The shop shut at 6 p.m. Police said 3 men were held.",
                 ["The shop shut at 6 p.m.", "Police said 3 men were held."], id="p.m.-Police"),
    pytest.param("The shop shut at 6 p.m. It reopened.",
                 ["The shop shut at 6 p.m.", "It reopened."], id="p.m.-It"),
    pytest.param("The memo went out at 7:15 p.m. EST from the port office. It was short.",
                 ["The memo went out at 7:15 p.m. EST from the port office.", "It was short."],
                 id="p.m.-time-zone"),
    pytest.param("The vote closed at 9 p.m. GMT. Turnout was low.",
                 ["The vote closed at 9 p.m. GMT.", "Turnout was low."], id="p.m.-zone-final"),
    pytest.param("Polls close at 8 p.m. ET in the east. Counting starts later.",
                 ["Polls close at 8 p.m. ET in the east.", "Counting starts later."],
                 id="p.m.-short-zone"),
    pytest.param("Doors open at 8 a.m. BBC crews arrive later.",
                 ["Doors open at 8 a.m.", "BBC crews arrive later."], id="a.m.-acronym"),
    pytest.param("The St. Louis team won 3 games. Fans cheered.",
                 ["The St. Louis team won 3 games.", "Fans cheered."], id="St."),
    pytest.param("He lives at No. 10 with 2 dogs. They bark.",
                 ["He lives at No. 10 with 2 dogs.", "They bark."], id="No.-10"),
    pytest.param("The plan was approx. 40 tonnes. It was enough.",
                 ["The plan was approx. 40 tonnes.", "It was enough."], id="approx."),
    pytest.param("First paragraph with 3 cars\nSecond paragraph with 4 cars",
                 ["First paragraph with 3 cars", "Second paragraph with 4 cars"],
                 id="newline-paragraphs"),
    pytest.param("No end punctuation\n\nNext paragraph.",
                 ["No end punctuation", "Next paragraph."], id="blank-line"),
    pytest.param("The count was 12 in the\n\ncity centre.",
                 ["The count was 12 in the", "city centre."], id="lower-after-blank-line"),
    pytest.param("Ends with Mr.\n\nKaplan said 3 cars burned.",
                 ["Ends with Mr.", "Kaplan said 3 cars burned."], id="abbreviation-blank-line"),
    pytest.param("  Padded sentence one.   Padded two.  \n",
                 ["Padded sentence one.", "Padded two."], id="padding"),
    pytest.param("Line one.\r\nLine two.", ["Line one.", "Line two."], id="crlf"),
    pytest.param("One.\u2029Two.", ["One.", "Two."], id="paragraph-separator"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def _split_both_ways(norm: str) -> tuple[list[Span], list[Span]]:
    """An ASCII text's sentences, and those the ``regex`` engine finds in it (a paragraph in
    another script after the text sends it down that path)."""
    mine = sentences(norm)
    return mine, sentences(norm + "\n\u00c9t\u00e9 fini.")[:len(mine)]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_ascii_text_splits_as_any_other(text: str, expected: list[str]) -> None:
    ascii_way, regex_way = _split_both_ways(normalise(text))
    assert ascii_way == regex_way


@given(st.text(alphabet=" ab.!?\"')([\n\tA", max_size=40))
def test_ascii_boundaries_match_the_regex_engine(text: str) -> None:
    ascii_way, regex_way = _split_both_ways(normalise(text))
    assert ascii_way == regex_way


@pytest.mark.parametrize("text", [
    "It rose 5%.\n\nfell 3% later.",
    "Mr.\n\nSmith said 4.",
    "The U.S.\n\nNavy said 3 ships.",
    "(up to\n\n40 people)",
    '"We lost 20\n\nhomes," he said.',
    "a.\n \nb.\n\t\nc",
])
def test_a_sentence_never_crosses_a_blank_line(text: str) -> None:
    norm = normalise(text)
    for s, e in sentences(norm):
        assert "\n" not in norm[s:e]


@given(news_noise)
def test_sentences_are_ordered_stripped_and_inside_paragraphs(text: str) -> None:
    norm = normalise(text)
    paras = paragraphs(norm)
    sents = sentences(norm, paras)
    assert sents == sentences(norm)
    previous = 0
    for s, e in sents:
        assert previous <= s < e <= len(norm)
        assert not norm[s].isspace() and not norm[e - 1].isspace()
        assert "\n" not in norm[s:e]
        assert any(p.start <= s and e <= p.end for p in paras)
        assert e - s <= MAX_SENTENCE
        previous = e
    for s, e in paras:
        assert "\n" not in norm[s:e]
        assert norm[s:e].strip() == norm[s:e]


def test_paragraphs_are_lines() -> None:
    text = "  First line.\n\n\nSecond line\n \t \nThird.\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First line.", "Second line", "Third."]
    assert paragraphs("") == []
    assert paragraphs("\n \n") == []
    assert isinstance(paragraphs("a")[0], Span)


# --- normalisation ----------------------------------------------------------------------

NORMALISED = [
    ("\u201cSix,\u201d she said.", '"Six," she said.'),
    ("\u2018Six\u2019", "'Six'"),
    ("\u201eSix\u201f", '"Six"'),
    ("\u00abSix\u00bb \u2039Six\u203a", "\"Six\" 'Six'"),
    ("Acme\u2019s", "Acme's"),
    ("10\u201320", "10-20"),
    ("wait\u2014no", "wait-no"),
    ("\u22125 degrees", "-5 degrees"),
    ("non\u2011stop", "non-stop"),
    ("40\u00a0km", "40 km"),
    ("3\u202f000", "3 000"),
    ("5\u2009%", "5 %"),
    ("a\u3000b", "a b"),
    ("a\tb", "a b"),
    ("a\u200bb\ufeff", "a b "),
    ("one\u2028two\u2029three", "one\ntwo\nthree"),
    ("x\r\ny", "x\n\ny"),
    ("1\u20442", "1/2"),
    ("50\uff05", "50%"),
    ("\u0967\u0968 and \u0e51\u0e52", "12 and 12"),
    ("1\uff0c000", "1,000"),
    ("1,\u200b000 a\u200bb", "1,\u200b000 a b"),
    ("3\u00ad000", "3\u00ad000"),
    ("`quoted'", "'quoted'"),
    # a quotation printed with two apostrophes (or two backquotes) a side
    ("''We won,'' she said.", ' "We won,"  she said.'),
    ("He called it ''fair.'' Then", 'He called it  "fair."  Then'),
    ("``Yes,'' he said", ' "Yes,"  he said'),
    # three apostrophes: a single quote closing (or opening) inside the double one
    ("''Call it 'old,''' he said", ' "Call it \'old,\'"  he said'),
    ("'''Old' is fine,'' he said", ' "\'Old\' is fine,"  he said'),
    ("plain ASCII text, 40 people.", "plain ASCII text, 40 people."),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALISED)
def test_normalise(raw: str, expected: str) -> None:
    out = normalise(raw)
    assert out == expected
    assert len(out) == len(raw)


@given(st.text())
def test_normalise_keeps_length_and_is_idempotent(text: str) -> None:
    out = normalise(text)
    assert len(out) == len(text)
    assert normalise(out) == out
    for a, b in zip(text, out, strict=True):
        assert a == b or not (a.isascii() and a not in "\t\r\x0b\x0c`'")


# --- the sentence cap -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("word " * 2000, id="spaced-words"),
    pytest.param("x" * 10_000, id="no-space"),
    pytest.param("7" * 4_501, id="digits"),
    pytest.param(("a" * 1499 + " ") * 5, id="just-under-the-cap"),
    pytest.param("y" * 3000 + " tail of the run", id="long-token-then-words"),
    pytest.param("Officials said up to 40 people, " * 200 + "were hurt.", id="clauses"),
])
def test_long_runs_are_cut_at_max_sentence(text: str) -> None:
    sents = sentences(normalise(text))
    assert sents
    assert all(e - s <= MAX_SENTENCE for s, e in sents)
    # every non-space character is in exactly one piece
    covered = sum(len(text[s:e].replace(" ", "")) for s, e in sents)
    assert covered == len(text.replace(" ", ""))
    previous = 0
    for s, e in sents:
        assert previous <= s < e
        previous = e


def test_cut_prefers_white_space() -> None:
    text = "word " * 1000
    for s, e in sentences(text):
        assert text[s:e].startswith("word") and text[s:e].endswith("word")


def test_cap_is_the_documented_size() -> None:
    assert MAX_SENTENCE == 1500
    doc = attribquant.extract("five " * 1000)
    assert all(e - s <= MAX_SENTENCE for s, e in doc.sentences)


def test_us_agency_keeps_its_country_in_the_speaker_mention() -> None:
    text = "The U.S. Treasury Department said 12 banks were fined."
    doc = attribquant.extract(text)
    assert len(doc.sentences) == 1
    q = doc.quantities[0]
    assert q.speaker is not None
    assert q.speaker.mention == "The U.S. Treasury Department"
