"""Hostile and degenerate input: huge runs, deep brackets, floods of quotes, odd scripts and
control characters. Each must give a Document with valid offsets; nothing here times anything,
growth is checked through counts.

All texts are built for these tests.
"""

from __future__ import annotations

import pytest

import attribquant
from attribquant import Document

from .test_api import assert_offsets


def _word(k: int) -> str:
    """A made-up capitalised word for each ``k`` ("Qaaa", "Qbaa", ...)."""
    return "Q" + "".join(chr(97 + k // 26 ** p % 26) for p in range(3))


HOSTILE = [
    pytest.param("7" * 100_000, id="100k-digits"),
    pytest.param(",".join(["1"] * 50_000), id="50k-comma-ones"),
    pytest.param("1," * 50_000, id="50k-comma-ones-trailing"),
    pytest.param("(" * 50_000 + ")" * 50_000, id="50k-open-50k-close"),
    pytest.param("(" * 50_000 + "up to 40 people" + ")" * 50_000, id="nested-quantity"),
    pytest.param("ab1" * 66_667, id="200k-no-space"),
    pytest.param("x" * 200_000, id="200k-letters"),
    pytest.param("-" * 100_000, id="100k-dashes"),
    # runs of sentence punctuation are kept short: the splitter is quadratic in them (see report)
    pytest.param("." * 20_000, id="20k-periods"),
    pytest.param("!" * 20_000, id="20k-exclamations"),
    pytest.param(". " * 50_000, id="50k-empty-sentences"),
    pytest.param("\n" * 100_000, id="100k-newlines"),
    pytest.param("1.2.3.4.5." * 10_000, id="dotted-digits"),
    pytest.param("$" * 100_000, id="100k-dollars"),
    pytest.param("$$$$1" * 5_000, id="dollar-runs"),
    pytest.param("% " * 50_000, id="percent-signs"),
    pytest.param("up to " * 20_000, id="bound-words"),
    pytest.param("between 1 and " * 10_000 + "2 km", id="chained-ranges"),
    pytest.param("more than about up to at least " * 5_000 + "40 people", id="stacked-hedges"),
    pytest.param("hundreds of thousands of " * 5_000 + "people", id="stacked-scales"),
    pytest.param("million " * 20_000, id="scale-words"),
    pytest.param('"' * 100_000, id="100k-straight-quotes"),
    pytest.param("\u201c\u201d" * 50_000, id="100k-curly-quotes"),
    pytest.param("'\u2018\u2019`" * 25_000, id="100k-single-quotes"),
    pytest.param('"up to 40 people," ' * 5_000, id="quoted-numbers-without-speakers"),
    pytest.param("he said " * 10_000, id="he-said"),
    # a text cut off after an inverted speaker's "of" (no capital after it)
    pytest.param('"We lost 40 seats," said chief economist Ana Ortiz of', id="cut-after-of"),
    pytest.param("He said. " * 10_000, id="he-said-sentences"),
    pytest.param("according to " * 10_000, id="according-to"),
    pytest.param("Mr. " * 25_000, id="abbreviations"),
    pytest.param("A. " * 30_000, id="initials"),
    pytest.param("قال المسؤولون إن ٣٤٥ شخصا أصيبوا. " * 200, id="arabic-indic"),
    pytest.param("अधिकारियों ने कहा कि १२३ लोग घायल हुए। " * 200, id="devanagari"),
    pytest.param("官员说一二三人受伤\uff0c四百五十辆车被毁。" * 200, id="cjk"),
    pytest.param("Officials said \uff11\uff12 people and \uff14\uff10\uff05 of homes were hit. "
                 * 200, id="fullwidth"),
    pytest.param("Police said ٣٤٥ people, १२ cars, 一二三 homes, \uff11\uff12 boats and 40 trucks "
                 "were counted. " * 100, id="mixed-scripts"),
    pytest.param("Officials said up to 40\x00 people\x01 were\x7f hurt.\x1b[0m " * 500,
                 id="nul-and-control"),
    pytest.param("\u200fUp to 40 people\u200e were \u202ehurt\u202c, \u2066he\u2069 said. " * 500,
                 id="bidi-marks"),
    pytest.param("Up\u0301 to 4\u03010 pe\u0308ople were hurt, he said. " * 500,
                 id="combining-marks"),
    pytest.param("\u0301" * 50_000, id="only-combining-marks"),
    pytest.param("Up to 40 \U0001f468\u200d\U0001f469\u200d\U0001f467 people \U0001f525 were "
                 "hurt, \U0001f4f0 said. " * 500, id="emoji"),
    pytest.param("\U0001f4af" * 50_000, id="emoji-flood"),
    pytest.param("\ufffd\ufeff\u200b\u2028\u2029" * 20_000, id="specials"),
    pytest.param("".join(chr(c) for c in range(0x20, 0x3000)) * 3, id="unicode-sweep"),
    pytest.param("could 5 " * 12_500, id="modal-number-runs"),
    pytest.param("reportedly 5 " * 8_000, id="evidential-number-runs"),
    pytest.param("may have 5, " * 8_000, id="modal-clauses"),
    pytest.param("officials disputed 5 " * 5_000, id="dispute-runs"),
    pytest.param("5-6 " * 25_000, id="dense-ranges"),
    pytest.param("".join(f"Dana {_word(k)}x said it. " for k in range(2_000))
                 + "".join(f"{_word(k)}y said it. " for k in range(2_000)), id="new-people"),
]


def test_a_run_of_cues_gives_each_quantity_one_cue_of_a_kind() -> None:
    doc = attribquant.extract("could 5 " * 2_000)
    assert len(doc.quantities) == 2_000
    for q in doc.quantities:
        assert [h.kind for h in q.hedges] == ["modal"]
        assert q.hedges[0].end <= q.start  # the nearest, before the number


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_a_document(text: str) -> None:
    doc = attribquant.extract(text)
    assert isinstance(doc, Document)
    assert_offsets(doc, text)


def test_huge_digit_run_is_one_piece_per_sentence() -> None:
    text = "7" * 100_000
    doc = attribquant.extract(text)
    assert len(doc.sentences) == -(-len(text) // 1500)
    assert len(doc.quantities) <= len(doc.sentences)


def test_nested_brackets_still_find_the_quantity() -> None:
    text = "(" * 50_000 + "up to 40 people" + ")" * 50_000
    doc = attribquant.extract(text)
    assert [(q.text, q.high) for q in doc.quantities] == [("up to 40 people", 40)]


def test_each_control_character_is_harmless() -> None:
    for c in [chr(i) for i in range(0x20)] + ["\x7f", "\x85", "\u200e", "\u200f", "\u202e"]:
        text = f"Officials said up to 40{c}people were hurt.{c}Another {c}5 km were closed."
        doc = attribquant.extract(text)
        assert_offsets(doc, text)


# --- a realistic megabyte ---------------------------------------------------------------

PARAGRAPH = (
    "Flood waters forced about 2,400 families from their homes in the river valley on Tuesday, "
    "the regional governor said. \u201cWe expect up to 15 more villages to be cut off,\u201d she "
    "told reporters \u2014 adding that at least 3 bridges had collapsed.\u00a0Relief agencies said "
    "more than $4.5 million had been pledged, while the weather service warned that another "
    "80 mm of rain could fall by Friday.\n\n"
)
PER_PARAGRAPH = ["about 2,400 families", "up to 15 more villages", "at least 3 bridges",
                 "more than $4.5 million", "80 mm"]


def test_one_megabyte_of_news() -> None:
    copies = 1_000_000 // len(PARAGRAPH) + 1
    text = PARAGRAPH * copies
    assert len(text) >= 1_000_000
    doc = attribquant.extract(text)
    assert_offsets(doc, text)
    assert [q.text for q in doc.quantities] == PER_PARAGRAPH * copies
    assert len(doc.sentences) == 3 * copies
    speakers = {q.speaker.name for q in doc.quantities if q.speaker is not None}
    assert speakers == {"regional governor", "Relief agencies", "weather service"}


@pytest.mark.parametrize("times", [1, 2, 8])
def test_quantities_grow_linearly_with_the_text(times: int) -> None:
    base = attribquant.extract(PARAGRAPH)
    doc = attribquant.extract(PARAGRAPH * times)
    assert len(base.quantities) == len(PER_PARAGRAPH)
    assert len(doc.quantities) == times * len(base.quantities)
    assert len(doc.sentences) == times * len(base.sentences)
    assert len(doc.attributions) == times * len(base.attributions)
    shifted = [
        (q.text, q.start - k * len(PARAGRAPH), q.value, q.low, q.high)
        for k in range(times)
        for q in doc.quantities[k * len(PER_PARAGRAPH):(k + 1) * len(PER_PARAGRAPH)]
    ]
    assert shifted == [(q.text, q.start, q.value, q.low, q.high) for q in base.quantities] * times
