"""The article the library was specified from (../shared/examples/idlib-2020-01-23.txt), read at
run time: the readings a close reader would draw from it. Skips where ../shared is absent.

No sentence of the article is copied here; only the quantity surfaces and their offsets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import attribquant
from attribquant import Document, Quantity

from .test_api import assert_offsets

ARTICLE = "examples/idlib-2020-01-23.txt"

# (quantity text, start offset, speaker name or None for the article's own voice), in order.
# Checked by reading the article: every figure in it, nothing from the header, no years/dates.
EXPECTED = [
    ("Dozens of Syrian soldiers", 112, None),
    ("up to 40 soldiers", 337, "Russian Defense Ministry"),
    ("two Idlib settlements", 467, "Moscow"),
    ("hundreds of thousands of people", 712, None),
    ("50 fighters", 1481, "Russia"),
    ("90", 1505, "Russia"),
    ("at least 21 people", 1823, None),
    ("about 350,000 people", 2151, "United Nations"),
    ("more than 1,000 civilians", 2393, "United Nations"),
    ("four months", 2422, "United Nations"),
    ("650,000 people", 2512, "International Rescue Committee"),
]


@pytest.fixture
def article(shared_dir: Path) -> tuple[str, Document]:
    path = shared_dir / ARTICLE
    if not path.is_file():
        pytest.skip(f"{ARTICLE} is not in ../shared")
    text = path.read_text(encoding="utf-8")
    return text, attribquant.extract(text)


def quantity(doc: Document, text: str) -> Quantity:
    found = [q for q in doc.quantities if q.text == text]
    assert len(found) == 1, [q.text for q in doc.quantities]
    return found[0]


def test_offsets_and_json(article: tuple[str, Document]) -> None:
    text, doc = article
    assert_offsets(doc, text)
    assert attribquant.extract(text).to_dict() == doc.to_dict()


def test_the_full_list_of_quantities(article: tuple[str, Document]) -> None:
    _, doc = article
    assert [(q.text, q.start) for q in doc.quantities] == [(t, s) for t, s, _ in EXPECTED]
    assert [q.speaker.name if q.speaker else None for q in doc.quantities] == [
        sp for _, _, sp in EXPECTED]


def test_header_placeholders_and_year_are_not_quantities(article: tuple[str, Document]) -> None:
    text, doc = article
    header_end = text.index("\n")
    assert all(q.start >= header_end for q in doc.quantities)
    excluded = [(x.text, x.kind) for x in doc.excluded]
    date = text[:header_end].split()[1]
    placeholders = [w.strip("%") for w in text[:header_end].split() if w.startswith("%")]
    assert len(placeholders) == 2
    assert (date, "date") in excluded
    for token in placeholders:
        assert (token, "identifier") in excluded
    assert ("2016", "year") in excluded
    year = next(x for x in doc.excluded if x.text == "2016")
    assert text[year.start - len("until "):year.start] == "until "
    assert not any(q.start <= year.start < q.end for q in doc.quantities)


def test_up_to_40_soldiers(article: tuple[str, Document]) -> None:
    _, doc = article
    q = quantity(doc, "up to 40 soldiers")
    assert q.high == 40
    assert q.value == 40
    assert q.low is None
    assert q.unit == "soldier"
    assert q.subject == "soldiers"
    assert q.speaker is not None
    assert q.speaker.name == "Russian Defense Ministry"
    assert [(h.cue, h.kind) for h in q.hedges] == [("up to", "bound")]


def test_reuters_reports_via_syrian_state_media(article: tuple[str, Document]) -> None:
    _, doc = article
    reuters = [a for a in doc.attributions if a.speaker.name == "Reuters"]
    assert len(reuters) == 1
    assert reuters[0].via is not None
    assert reuters[0].via.name == "Syrian state media"


def test_mustafa_resolves_to_the_full_name(article: tuple[str, Document]) -> None:
    _, doc = article
    short = [a for a in doc.attributions if a.speaker.mention == "Mustafa"]
    assert len(short) == 1
    assert short[0].speaker.name == "Naji al-Mustafa"
    assert short[0].speaker.resolved
    # the full name was introduced in an apposition two paragraphs earlier
    full = next(a for a in doc.attributions if a.speaker.mention == "Naji al-Mustafa")
    assert full.sentence < short[0].sentence
    source = next(s for s in doc.speakers if s.name == "Naji al-Mustafa")
    assert [m.text for m in source.mentions] == ["Naji al-Mustafa", "Mustafa"]


def test_he_said_credits_the_previous_paragraph(article: tuple[str, Document]) -> None:
    text, doc = article
    he = [a for a in doc.attributions if a.speaker.mention == "he"]
    assert len(he) == 1
    frame = he[0]
    assert text[frame.speaker.end:frame.cue_end] == " said"
    # the frame just before it is the previous paragraph's
    before = max((a for a in doc.attributions if a.cue_start < frame.cue_start),
                 key=lambda a: a.cue_start)
    assert "\n" in text[before.cue_end:frame.speaker.start]
    assert before.speaker.name == "Moscow"
    assert frame.speaker.name == "Moscow"
    assert frame.speaker.resolved


def test_more_than_1000_civilians_and_four_months(article: tuple[str, Document]) -> None:
    _, doc = article
    q = quantity(doc, "more than 1,000 civilians")
    assert q.low == 1000
    assert q.value == 1000
    assert q.high is None
    assert q.unit == "civilian"
    assert q.speaker is not None and q.speaker.name == "United Nations"
    assert q.speaker.mention == "the UN"
    months = quantity(doc, "four months")
    assert months.value == 4
    assert months.unit == "month"
    assert months.speaker is not None and months.speaker.name == "United Nations"


def test_650000_people_could_be_forced_out(article: tuple[str, Document]) -> None:
    _, doc = article
    q = quantity(doc, "650,000 people")
    assert q.value == 650000
    assert ("could", "modal") in [(h.cue, h.kind) for h in q.hedges]
    assert q.speaker is not None and q.speaker.name == "International Rescue Committee"


def test_about_350000_people(article: tuple[str, Document]) -> None:
    _, doc = article
    q = quantity(doc, "about 350,000 people")
    assert q.value == 350000
    assert q.approximate
    assert q.low is None and q.high is None
    assert q.speaker is not None and q.speaker.name == "United Nations"


def test_dozens_of_syrian_soldiers(article: tuple[str, Document]) -> None:
    _, doc = article
    q = quantity(doc, "Dozens of Syrian soldiers")
    assert q.value is None
    assert (q.low, q.high) == (12, 120)
    assert q.unit == "soldier"
    assert q.subject == "Syrian soldiers"
    assert "disputed" in [h.kind for h in q.hedges]


def test_one_of_the_offensives_counts_nothing(article: tuple[str, Document]) -> None:
    text, doc = article
    ones = [x for x in doc.excluded if x.kind == "pronoun"]
    assert [(x.text, text[x.end:x.end + len(" of the")]) for x in ones] == [("one", " of the")]
    assert not any(q.start <= ones[0].start < q.end for q in doc.quantities)


def test_december_1_is_a_date(article: tuple[str, Document]) -> None:
    text, doc = article
    dates = [x for x in doc.excluded if x.kind == "date" and x.sentence > 0]
    assert [text[x.start - len("December "):x.end] for x in dates] == ["December 1"]
