"""Reporting frames: speaker mention, cue and content on hand-written news phrasings.

Every sentence below was written for these tests (none is copied from an article).
"""

from __future__ import annotations

import pytest

from attribquant.attribution import Frame, find_frames, quote_spans
from attribquant.text import Span, normalise, paragraphs, sentences


def frames_of(raw: str) -> tuple[str, list[Frame]]:
    text = normalise(raw)
    paras = paragraphs(text)
    return text, find_frames(text, sentences(text, paras), paras)


def triples(raw: str) -> list[tuple[str, str, str]]:
    text, frames = frames_of(raw)
    return [
        (text[f.speaker[0]:f.speaker[1]], text[f.cue[0]:f.cue[1]],
         text[f.content[0]:f.content[1]])
        for f in frames
    ]


# (text, [(speaker mention, cue, content), ...]) -- frames in text order.
FRAMES = [
    # "X said (that) ..."
    ("The Interior Ministry said 12 people were hurt in the blast.",
     [("The Interior Ministry", "said", "12 people were hurt in the blast")]),
    ("Officials said that the bridge would reopen in May.",
     [("Officials", "said", "the bridge would reopen in May")]),
    ("The mayor has also said the budget will rise by 3 percent.",
     [("The mayor", "said", "the budget will rise by 3 percent")]),
    # a time adjunct before content that opens with a figure, with or without a comma
    ("Police said on Tuesday 12 people were arrested.",
     [("Police", "said", "12 people were arrested")]),
    ("The agency said on 4 June about 300 homes were flooded.",
     [("The agency", "said", "about 300 homes were flooded")]),
    ("The board said by 2030, 40% of its buses will be electric.",
     [("The board", "said", "40% of its buses will be electric")]),
    ("The firm said .5% of its staff would go.",
     [("The firm", "said", ".5% of its staff would go")]),
    ("The panel estimated by 2040, rising demand would lift prices by 9 percent.",
     [("The panel", "estimated", "rising demand would lift prices by 9 percent")]),
    # "..., X said."
    ("About 300 homes lost power overnight, the utility said.",
     [("the utility", "said", "About 300 homes lost power overnight")]),
    ("Exports fell 4 percent in March, the statistics office said on Tuesday.",
     [("the statistics office", "said", "Exports fell 4 percent in March")]),
    # "..., said X."
    ("The talks will resume next week, said Maria Lopez, a union negotiator.",
     [("Maria Lopez", "said", "The talks will resume next week")]),
    # according to
    ("Prices rose by 7 percent last year, according to the central bank.",
     [("the central bank", "according to", "Prices rose by 7 percent last year")]),
    ("According to the coast guard, 15 sailors were rescued.",
     [("the coast guard", "According to", "15 sailors were rescued")]),
    # X told Reuters
    ("A senior diplomat told Reuters the deal was close.",
     [("A senior diplomat", "told", "the deal was close")]),
    ("The fire spread to 30 hectares, a firefighter told reporters.",
     [("a firefighter", "told", "The fire spread to 30 hectares")]),
    # reporting verbs
    ("The agency estimated that 2 million people need food aid.",
     [("The agency", "estimated", "2 million people need food aid")]),
    ("The charity warned that 5,000 families could lose their homes.",
     [("The charity", "warned", "5,000 families could lose their homes")]),
    ("The police denied that officers fired 20 shots.",
     [("The police", "denied", "officers fired 20 shots")]),
    ("The company announced 800 job cuts.",
     [("The company", "announced", "800 job cuts")]),
    ("The hospital confirmed that four patients had died.",
     [("The hospital", "confirmed", "four patients had died")]),
    ("The rebels claimed they had captured 3 towns.",
     [("The rebels", "claimed", "they had captured 3 towns")]),
    # via: "X, quoting Y, reported" and "X quoting Y reported"
    ("The army said the raid killed 9 fighters, the AFP news agency, quoting local sources, "
     "reported.",
     [("The army", "said", "the raid killed 9 fighters"),
      ("the AFP news agency", "reported", "The army said the raid killed 9 fighters")]),
    # in a statement
    ("In a statement, the ministry said 60 schools were closed.",
     [("the ministry", "said", "60 schools were closed")]),
    # direct quotes, curly and straight
    ("\u201cWe expect 10,000 visitors,\u201d the organiser said.",
     [("the organiser", "said", "We expect 10,000 visitors")]),
    ('"The river rose two metres overnight," said Tom Hardy.',
     [("Tom Hardy", "said", "The river rose two metres overnight")]),
    ('The coach said: "We lost 3 players to injury."',
     [("The coach", "said", "We lost 3 players to injury")]),
    # a quote spanning two sentences
    ('"The roof fell in. Nine people were inside," the fire chief said.',
     [("the fire chief", "said", "The roof fell in. Nine people were inside")]),
    # apposition and relative clause between subject and verb
    ("Anna Berg, a spokeswoman for the airline, said 40 flights were cancelled.",
     [("Anna Berg", "said", "40 flights were cancelled")]),
    ("A spokesman for the province, Omar Haddad, said the road was closed.",
     [("Omar Haddad", "said", "the road was closed")]),
    ("Norway, which chairs the panel, said it would give 5 million dollars.",
     [("Norway", "said", "it would give 5 million dollars")]),
    # pronouns
    ("The wall was 4 metres high, he said.",
     [("he", "said", "The wall was 4 metres high")]),
    # speaker after a dash
    ('"We will rebuild every house" - Mayor Ana Silva.',
     [("Mayor Ana Silva", "-", "We will rebuild every house")]),
    ("Turnout reached 64 percent - the electoral board said.",
     [("the electoral board", "said", "Turnout reached 64 percent")]),
    # shared subject after "but"
    ("The ministry gave no figure, but said several buildings collapsed.",
     [("The ministry", "said", "several buildings collapsed")]),
    # participle after a comma
    ("The union rejected the offer, saying 200 members would lose pay.",
     [("The union", "saying", "200 members would lose pay")]),
    # belief verbs and non-person sources
    ("The study found that 1 in 5 children skip breakfast.",
     [("The study", "found", "1 in 5 children skip breakfast")]),
    ("Researchers believe the lake lost half its volume.",
     [("Researchers", "believe", "the lake lost half its volume")]),
    ("The figures show unemployment fell to 5 percent.",
     [("The figures", "show", "unemployment fell to 5 percent")]),
    ("I think the price will double, she said.",
     [("I", "think", "the price will double"), ("she", "said", "I think the price will double")]),
    # an object pronoun after "according to" is the source
    ("Nine ferries were cancelled, according to her.",
     [("her", "according to", "Nine ferries were cancelled")]),
    ("According to them, the dam holds 40 million cubic metres.",
     [("them", "According to", "the dam holds 40 million cubic metres")]),
    ("According to her brother, the shop lost 3,000 euros.",
     [("her brother", "According to", "the shop lost 3,000 euros")]),
    # "continued" reports before a colon or "that", and after a quote
    ('She continued: "We have 14 trucks and no drivers."',
     [("She", "continued", "We have 14 trucks and no drivers")]),
    ('"Half the wells are dry," the engineer continued.',
     [("the engineer", "continued", "Half the wells are dry")]),
]

NO_FRAMES = [
    "Police found a car near the border.",
    "An estimated 650 people attended the rally.",
    "The reported figure was 30.",
    "Syrian state media carried the speech.",
    "Reports of the storm were scarce.",
    "The truce announced in May has held.",
    "The company posted a loss.",
    "Prices continued to climb by 2 percent a month.",
    "The storm eased, the evacuation of 300 villagers continued.",
    "The team continued its run with 6 straight wins.",
    "",
]


@pytest.mark.parametrize(("raw", "expected"), FRAMES, ids=[r[:40] for r, _ in FRAMES])
def test_frames(raw: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(raw) == expected


@pytest.mark.parametrize("raw", NO_FRAMES)
def test_no_frames(raw: str) -> None:
    assert [t for t in triples(raw) if t[2]] == []


def test_outer_frame_has_via() -> None:
    text, frames = frames_of(
        "The ministry said the strike killed up to 30 soldiers, the Tass news agency quoting "
        "military sources reported on Friday.")
    outer = frames[1]
    assert outer.via is not None
    assert text[outer.via[0]:outer.via[1]] == "military sources"
    assert text[outer.speaker[0]:outer.speaker[1]] == "the Tass news agency"
    # the number is inside both contents; the inner frame is the smaller one
    n = text.index("up to 30 soldiers")
    inner = min((f for f in frames if f.content[0] <= n < f.content[1]),
                key=lambda f: f.content[1] - f.content[0])
    assert text[inner.speaker[0]:inner.speaker[1]] == "The ministry"


def test_quote_continues_in_next_sentence() -> None:
    raw = '"The dam held," she said. "Only 3 villages were flooded."'
    text, frames = frames_of(raw)
    assert len(frames) == 1
    c0, c1 = frames[0].content
    assert "3 villages" in text[c0:c1]


def test_offsets_are_sentence_indices() -> None:
    raw = "Rain fell all day.\nThe weather office said 80 mm fell."
    text, frames = frames_of(raw)
    assert [f.sentence for f in frames] == [1]
    assert text[frames[0].cue[0]:frames[0].cue[1]] == "said"


def test_quote_spans_pair_and_leave_last_open() -> None:
    text = 'a "b" c "d'
    assert quote_spans(text, Span(0, len(text))) == [(2, 4), (8, len(text))]


ADVERSARIAL = [
    "",
    " ",
    "he said " * 10000,
    '"' * 5000,
    '" said "' * 2000,
    "a" * 200_000,
    "said," * 20000,
    "according to " * 5000,
    ", " * 50000,
    "The Ministry of " * 5000 + "said 5.",
    "-" * 100_000,
    "\n".join(["X said."] * 3000),
]


@pytest.mark.parametrize("raw", ADVERSARIAL, ids=[f"adv{i}" for i in range(len(ADVERSARIAL))])
def test_adversarial_inputs_return(raw: str) -> None:
    text, frames = frames_of(raw)
    for f in frames:
        assert 0 <= f.cue[0] <= f.cue[1] <= len(text)
        assert 0 <= f.speaker[0] <= f.speaker[1] <= len(text)
        assert 0 <= f.content[0] <= f.content[1] <= len(text)
