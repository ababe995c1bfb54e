"""The notebook view: short reprs, and the HTML of ``Document._repr_html_()`` read back with
an HTML parser (one mark per quantity, the text intact, a table row per quantity, everything
escaped, every CSS selector scoped). The real-browser check is tests/test_browser.py.

All texts are written for these tests.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import attribquant
from attribquant import Attribution, Document, Hedge, Mention, Quantity, Source, Speaker
from attribquant.display import (
    NEUTRAL,
    PALETTE,
    PREFIX,
    document_html,
    esc,
    number,
    reading,
    speaker_colours,
    speaker_label,
    stylesheet,
)

ARTICLE = (
    "Firefighters said about 300 homes burned near the ridge. \u201cUp to 40 more could be lost "
    "tonight,\u201d said fire chief Ana Ruiz. She added that at least 3 roads were shut.\n\n"
    "The power company said between 6 and 8 hours of outages were likely. Prices rose 5%."
)


class View(HTMLParser):
    """Reads the view back: the text (without hover cards), each mark, each table row."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.classes: list[str] = []
        self.text: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.rows: list[list[str]] = []
        self.tags: list[str] = []
        self.style = ""

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs_}
        self.tags.append(tag)
        self.stack.append(tag)
        self.classes.append(a.get("class", ""))
        if tag == "mark":
            self.marks.append({"class": a.get("class", ""),
                               "index": a.get(f"data-{PREFIX}-index", ""), "text": ""})
        elif tag == "tr" and "tbody" in self.stack:
            self.rows.append([])
        elif tag == "td":
            self.rows[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()
        self.classes.pop()

    def inside(self, cls: str) -> bool:
        return any(cls in c.split() for c in self.classes)

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "style":
            self.style += data
            return
        if self.inside(f"{PREFIX}-text") and not self.inside(f"{PREFIX}-card"):
            self.text.append(data)
            if self.inside(f"{PREFIX}-q"):
                self.marks[-1]["text"] += data
        if self.stack and "td" in self.stack:
            self.rows[-1][-1] += data


def view(doc: Document) -> View:
    v = View()
    v.feed(doc._repr_html_())
    v.close()
    assert not v.stack, v.stack  # every element closed
    return v


# --- repr -----------------------------------------------------------------------------------

def test_document_repr_is_one_short_line() -> None:
    doc = attribquant.extract(ARTICLE * 400)
    r = repr(doc)
    assert "\n" not in r and len(r) <= 120, r
    assert r.startswith(f"<Document {len(doc.quantities)} quantities, ")
    assert r.endswith("100,000 chars: 'Firefighters said about 300\u2026'>"), r
    assert repr(attribquant.extract("")) == (
        "<Document 0 quantities, 0 attributions, 0 speakers, 0 sentences, 0 chars: ''>")


def test_document_repr_of_a_long_word_and_of_line_breaks() -> None:
    assert len(repr(attribquant.extract("x" * 100_000))) <= 120
    r = repr(Document("Up\nto\r\n40\tpeople were hurt in the storm on the coast, officials said."))
    assert r.endswith("chars: 'Up to 40 people were hurt in\u2026'>"), r


def test_result_reprs_are_short() -> None:
    doc = attribquant.extract(ARTICLE)
    q = doc.quantities[0]
    assert repr(q) == ("<Quantity 'about 300 homes' 18:33, value=300.0, approximate=True, "
                       "unit='home', speaker='Firefighters', hedges=['about']>")
    a = doc.attributions[0]
    assert repr(a).startswith("<Attribution 'Firefighters' 'said' 13:17, content ")
    many = Source("Ana Ruiz", True, tuple(Mention("she", k, k + 3) for k in range(10_000)))
    assert repr(many) == "<Source 'Ana Ruiz' resolved, 10000 mentions>"
    for obj in (*doc.quantities, *doc.attributions, *doc.speakers, doc):
        assert "\n" not in repr(obj) and len(repr(obj)) <= 200, repr(obj)


def test_a_long_quantity_text_is_cut_in_the_repr() -> None:
    q = quantity("up to " + "9" * 2_000 + " people", high=1.0)
    assert len(repr(q)) < 120


def test_reprs_keep_equality_and_immutability() -> None:
    a, b = attribquant.extract(ARTICLE), attribquant.extract(ARTICLE)
    assert a == b and a.quantities[0] == b.quantities[0]
    assert hash(a.quantities[0]) == hash(b.quantities[0])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.quantities[0].value = 1.0  # type: ignore[misc]
    assert repr(Hedge("up to", "bound", 0, 5)) == (
        "Hedge(cue='up to', kind='bound', start=0, end=5)")


# --- HTML -----------------------------------------------------------------------------------

def test_one_mark_per_quantity_and_the_text_kept() -> None:
    doc = attribquant.extract(ARTICLE)
    v = view(doc)
    assert "".join(v.text) == doc.text
    assert [m["text"] for m in v.marks] == [q.text for q in doc.quantities]
    assert [m["index"] for m in v.marks] == [str(i) for i in range(len(doc.quantities))]


def test_marks_are_coloured_by_speaker() -> None:
    doc = attribquant.extract(ARTICLE)
    v = view(doc)
    colour = {m["text"]: m["class"].split()[1] for m in v.marks}
    by_speaker: dict[str | None, set[str]] = {}
    for q in doc.quantities:
        by_speaker.setdefault(q.speaker.name if q.speaker else None, set()).add(colour[q.text])
    assert all(len(c) == 1 for c in by_speaker.values()), by_speaker  # one colour a speaker
    named = [c for k, c in by_speaker.items() if k is not None]
    assert len({next(iter(c)) for c in named}) == len(named)  # different speakers differ
    assert by_speaker[None] == {f"{PREFIX}-cn"}  # "rose 5%" is in the article's own voice
    assert colour["about 300 homes"] == f"{PREFIX}-c0"  # the first speaker, the first colour


def test_one_table_row_per_quantity() -> None:
    doc = attribquant.extract(ARTICLE)
    rows = view(doc).rows
    assert len(rows) == len(doc.quantities)
    assert [r[1] for r in rows] == [q.text for q in doc.quantities]
    by_text = {r[1]: r for r in rows}
    assert by_text["about 300 homes"][2:5] == ["\u2248 300", "home (count)", "homes"]
    assert by_text["about 300 homes"][5].startswith("Firefighters")
    assert by_text["at least 3 roads"][5].startswith("Ana Ruiz (\u201cShe\u201d")
    assert by_text["between 6 and 8 hours"][2] == "6 \u2013 8"


def test_hover_card_holds_the_fields() -> None:
    doc = attribquant.extract(ARTICLE)
    html = doc._repr_html_()
    cards = re.findall(rf'<span class="{PREFIX}-card"[^>]*>(.*?)</span></mark>', html)
    assert len(cards) == len(doc.quantities)
    first = re.sub(r"<[^>]+>", "|", cards[0])
    for part in ("about 300 homes", "reading", "\u2248 300", "unit", "home (count)", "subject",
                 "homes", "speaker", "hedges", "about (approximation)"):
        assert f"|{part}|" in first, (part, first)
    assert "|Firefighters" in first


# (speaker, label): the mention when it is other words, the kind when known, unresolved
SPEAKER_LABELS = [
    (Speaker("Ana Ruiz", "Ana Ruiz", 0, 8, True, "person"), "Ana Ruiz (person)"),
    (Speaker("Ana Ruiz", "she", 0, 3, True, "person"), "Ana Ruiz (\u201cshe\u201d, person)"),
    (Speaker("United Nations", "the UN", 0, 6, True), "United Nations (\u201cthe UN\u201d)"),
    (Speaker("ministry", "The ministry", 0, 12, False, "organisation"),
     "ministry (organisation, unresolved)"),
    (Speaker("Officials", "Officials", 0, 9, False), "Officials (unresolved)"),
    (Speaker("Reuters", "Reuters", 0, 7, True), "Reuters"),
    (None, "none (the article's own voice)"),
]


@pytest.mark.parametrize(("speaker", "label"), SPEAKER_LABELS)
def test_speaker_label(speaker: Speaker | None, label: str) -> None:
    assert speaker_label(speaker) == label


@pytest.mark.parametrize("text", [
    'Officials said up to 40 people were hurt. <script>alert("x")</script>',
    "She said \"about 12 boats\" & 'five' <b>sank</b> <img src=x onerror=alert(1)>.",
    'Up to 40 people, said Jo "<i>" O\'Neil.',
    "</div></mark></table><style>*{display:none}</style> 12 km",
])
def test_markup_in_the_text_is_shown_as_text(text: str) -> None:
    doc = attribquant.extract(text)
    html = doc._repr_html_()
    v = view(doc)
    assert "".join(v.text) == text
    assert set(v.tags) <= {"div", "style", "b", "ul", "li", "span", "mark", "table", "thead",
                           "tbody", "tr", "th", "td"}
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert html.count("<style>") == 1


def test_unshowable_characters_become_replacement_marks() -> None:
    text = "Up to 40\x00 people\ud800 were\x1b hurt, officials said.\x7f"
    v = view(attribquant.extract(text))
    assert "".join(v.text) == re.sub("[\x00\ud800\x1b\x7f]", "\ufffd", text)
    attribquant.extract(text)._repr_html_().encode("utf-8")  # a notebook can send it


@given(st.text())
@example("1 < 2 & 3 > 2, \"4\" 'km'")
@example("\r\n\u2028<!-- 5 km -->")
@example("0£0")  # a sign glued to two figures: one unit, two quantities that do not overlap
def test_any_text_round_trips_through_the_view(text: str) -> None:
    doc = attribquant.extract(text)
    v = view(doc)
    assert "".join(v.text) == esc_free(text)
    assert len(v.marks) == len(doc.quantities) == len(v.rows)


def esc_free(text: str) -> str:
    """What the parser reads back: unshowable characters replaced, CR as the parser keeps it."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]", "\ufffd", text)


def test_every_selector_is_scoped() -> None:
    css = re.sub(r"</?style>", "", stylesheet())
    selectors = [s.strip() for block in css.split("}") if block.strip()
                 for s in block.split("{")[0].split(",")]
    assert len(selectors) > 20
    for s in selectors:
        assert s == f".{PREFIX}" or s.startswith(f".{PREFIX} "), s


def test_the_palette_follows_first_appearance_and_repeats() -> None:
    quantities = tuple(quantity(f"{k} boats", value=float(k),
                                speaker=Speaker(f"Source {k % 12}", "x", 0, 1, True))
                       for k in range(24))
    doc = Document("x" * 10, quantities)
    colours = speaker_colours(doc)
    assert list(colours) == [f"Source {k}" for k in range(12)]
    assert list(colours.values()) == [*range(len(PALETTE)), 0, 1]
    assert f".{PREFIX} .{PREFIX}-cn{{background:{NEUTRAL[0]};" in stylesheet()


def test_an_overlapping_quantity_is_listed_but_not_marked_twice() -> None:
    text = "The fund held 5 to 10 km of road."
    doc = Document(text, (quantity("5 to 10 km", 14, low=5.0, high=10.0),
                          quantity("10 km", 19, value=10.0)))
    v = view(doc)
    assert [m["text"] for m in v.marks] == ["5 to 10 km"]
    assert len(v.rows) == 2
    assert "".join(v.text) == text


# (fields, reading)
READINGS = [
    ({"value": 300.0, "approximate": True}, "\u2248 300"),
    ({"value": 40.0, "high": 40.0}, "\u2264 40"),
    ({"value": 3.0, "low": 3.0}, "\u2265 3"),
    ({"low": 6.0, "high": 8.0}, "6 \u2013 8"),
    ({"value": 2_500_000.0}, "2,500,000"),
    ({"value": 1.8, "change": "up"}, "1.8 (rise)"),
    ({"value": 0.5, "change": "down"}, "0.5 (fall)"),
    ({"value": 1.5e-9}, "1.5e-09"),
    ({"value": 6.02e23}, "6.02e+23"),
    ({}, "\u2014"),
]


@pytest.mark.parametrize(("fields", "want"), READINGS)
def test_reading(fields: dict[str, object], want: str) -> None:
    assert reading(quantity("x", **fields)) == want  # type: ignore[arg-type]


def test_number_and_escape() -> None:
    assert [number(v) for v in (1200.0, 2.25, -3.0, 0.000123)] == ["1,200", "2.25", "-3",
                                                                   "0.000123"]
    assert esc("<a href=\"x\" title='y'>&</a>") == (
        "&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;&lt;/a&gt;")


def test_display_is_imported_only_when_a_view_is_made() -> None:
    import subprocess
    import sys

    code = ("import sys, attribquant; d = attribquant.extract('Up to 5 km.'); repr(d); "
            "assert 'attribquant.display' not in sys.modules; d._repr_html_(); "
            "assert 'attribquant.display' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_document_html_is_the_repr_html() -> None:
    doc = attribquant.extract(ARTICLE)
    assert document_html(doc) == doc._repr_html_()
    assert attribquant.extract("")._repr_html_().startswith(f'<div class="{PREFIX}">')


def quantity(text: str, start: int = 0, *, value: float | None = None,
             low: float | None = None, high: float | None = None, approximate: bool = False,
             change: str | None = None, speaker: Speaker | None = None) -> Quantity:
    return Quantity(text, start, start + len(text), value, low, high, approximate,
                    change, None, None, None, None, None, 0, speaker)  # type: ignore[arg-type]


def test_attribution_repr_names_the_via_speaker() -> None:
    sp = Speaker("Reuters", "Reuters", 0, 7, True)
    a = Attribution(sp, "reported", 8, 16, 17, 30, 0, via=Speaker("UN", "the UN", 40, 46, True))
    assert repr(a) == "<Attribution 'Reuters' 'reported' 8:16, content 17:30, sentence 0, via='UN'>"
