"""The public API contract: input types, empty input, JSON shape, frozen results, no side
effects, extract_many order and laziness, and offsets that index into the original text.

All texts are written for these tests.
"""

from __future__ import annotations

import gc
import itertools
import json
import logging
import math
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import attribquant
from attribquant import Document

QUANTITY_KEYS = {"text", "start", "end", "value", "low", "high", "approximate", "change", "unit",
                 "unit_kind", "unit_span", "subject", "subject_span", "speaker", "hedges",
                 "sentence"}
ATTRIBUTION_KEYS = {"speaker", "cue", "content", "sentence", "via"}
SPEAKER_KEYS = {"name", "mention", "start", "end", "resolved", "kind"}
HEDGE_KEYS = {"cue", "kind", "start", "end"}
EXCLUDED_KEYS = {"text", "start", "end", "kind", "sentence"}
DOCUMENT_KEYS = {"schema_version", "id", "text", "quantities", "attributions", "speakers",
                 "excluded", "sentences"}


def assert_offsets(doc: Document, text: str) -> None:
    """Every offset of ``doc`` indexes into ``text`` and slices to the reported surface.

    Shared by the hostile-input and property tests.
    """
    n = len(text)
    assert doc.text == text
    previous_end = 0
    for s, e in doc.sentences:
        assert previous_end <= s < e <= n, (s, e)
        previous_end = e
    nsent = len(doc.sentences)
    for q in doc.quantities:
        assert 0 <= q.start < q.end <= n, (q.start, q.end)
        assert text[q.start:q.end] == q.text
        assert 0 <= q.sentence < nsent
        s, e = doc.sentences[q.sentence]
        assert s <= q.start and q.end <= e, (q.text, (s, e))
        if q.unit_span is not None:
            assert 0 <= q.unit_span[0] <= q.unit_span[1] <= n
        assert (q.subject is None) == (q.subject_span is None)
        if q.subject_span is not None:
            assert 0 <= q.subject_span[0] <= q.subject_span[1] <= n
            assert text[q.subject_span[0]:q.subject_span[1]] == q.subject
        for h in q.hedges:
            assert 0 <= h.start <= h.end <= n
            assert text[h.start:h.end] == h.cue
        if q.speaker is not None:
            sp = q.speaker
            assert 0 <= sp.start <= sp.end <= n
            assert text[sp.start:sp.end] == sp.mention
        numbers = [x for x in (q.low, q.value, q.high) if x is not None]
        assert not any(math.isnan(x) for x in numbers), (q.text, q.low, q.value, q.high)
        assert numbers == sorted(numbers), (q.text, q.low, q.value, q.high)
    for a in doc.attributions:
        assert 0 <= a.cue_start <= a.cue_end <= n
        assert text[a.cue_start:a.cue_end] == a.cue_text
        assert 0 <= a.content_start <= a.content_end <= n
        assert 0 <= a.sentence < nsent
        for sp in (a.speaker, a.via):
            if sp is not None:
                assert 0 <= sp.start <= sp.end <= n
                assert text[sp.start:sp.end] == sp.mention
    for src in doc.speakers:
        for m in src.mentions:
            assert 0 <= m.start <= m.end <= n
            assert text[m.start:m.end] == m.text
    for x in doc.excluded:
        assert 0 <= x.start < x.end <= n
        assert text[x.start:x.end] == x.text
        assert 0 <= x.sentence < nsent
    json.dumps(doc.to_dict(), allow_nan=False)


# --- input types ------------------------------------------------------------------------

BAD_INPUTS = [
    pytest.param(None, "NoneType", id="None"),
    pytest.param(b"Up to 40 people were hurt.", "bytes", id="bytes"),
    pytest.param(5, "int", id="int"),
    pytest.param(["Up to 40 people were hurt."], "list", id="list"),
]


@pytest.mark.parametrize(("value", "type_name"), BAD_INPUTS)
def test_extract_rejects_non_str(value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"\bstr\b.*\b{type_name}\b"):
        attribquant.extract(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [None, 2])
@pytest.mark.parametrize(("value", "type_name"), BAD_INPUTS)
def test_extract_many_rejects_non_str_items(value: object, type_name: str,
                                            workers: int | None) -> None:
    texts = ["Police said 3 cars burned.", value]
    with pytest.raises(TypeError, match=rf"\bstr\b.*\b{type_name}\b"):
        list(attribquant.extract_many(texts, workers=workers))  # type: ignore[list-item]


def test_extract_many_parallel_rejects_none_after_the_first_window() -> None:
    texts: list[object] = ["Police said 3 cars burned."] * 10 + [None, "Up to 4 ships sank."]
    with pytest.raises(TypeError, match="NoneType"):
        list(attribquant.extract_many(texts, workers=2))  # type: ignore[arg-type]


# --- empty input ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\n", " \t\r\n ", "\u00a0\u2003\u3000",
                                  "\u200b\ufeff"])
def test_empty_and_blank_text_gives_an_empty_document(text: str) -> None:
    doc = attribquant.extract(text)
    assert isinstance(doc, Document)
    assert doc.text == text
    assert doc.quantities == ()
    assert doc.attributions == ()
    assert doc.speakers == ()
    assert doc.excluded == ()
    assert doc.sentences == ()


# --- the JSON shape ---------------------------------------------------------------------

RICH = ("The regional health agency said up to 40 patients were moved on Friday.\n"
        "The Red Cross, quoting local officials, said some 2,500 residents had left by "
        "December 3.\n"
        '"We could need another 12 tents," Dr. Mara Lind said. Lind added that the river '
        "rose 1.5 metres.\n")


def test_to_dict_is_json_with_the_documented_keys() -> None:
    doc = attribquant.extract(RICH)
    d = doc.to_dict()
    back = json.loads(json.dumps(d))
    assert back == d
    assert set(d) == DOCUMENT_KEYS
    assert d["schema_version"] == attribquant.SCHEMA_VERSION
    assert d["text"] == RICH
    assert d["quantities"] and d["attributions"] and d["speakers"] and d["excluded"]
    for s in d["sentences"]:
        assert set(s) == {"start", "end"}
    for q in d["quantities"]:
        assert set(q) == QUANTITY_KEYS
        for span in (q["unit_span"], q["subject_span"]):
            assert span is None or set(span) == {"start", "end"}
        assert q["speaker"] is None or set(q["speaker"]) == SPEAKER_KEYS
        for h in q["hedges"]:
            assert set(h) == HEDGE_KEYS
    assert any(q["speaker"] for q in d["quantities"])
    assert any(q["hedges"] for q in d["quantities"])
    for a in d["attributions"]:
        assert set(a) == ATTRIBUTION_KEYS
        assert set(a["speaker"]) == SPEAKER_KEYS
        assert set(a["cue"]) == {"text", "start", "end"}
        assert set(a["content"]) == {"start", "end"}
        assert a["via"] is None or set(a["via"]) == SPEAKER_KEYS
    assert any(a["via"] for a in d["attributions"])
    for s in d["speakers"]:
        assert set(s) == {"name", "resolved", "kind", "mentions"}
        for m in s["mentions"]:
            assert set(m) == {"text", "start", "end"}
    for x in d["excluded"]:
        assert set(x) == EXCLUDED_KEYS


def test_quantity_to_dict_matches_document_to_dict() -> None:
    doc = attribquant.extract(RICH)
    assert [q.to_dict() for q in doc.quantities] == doc.to_dict()["quantities"]


def test_to_dict_is_strict_json_for_huge_numbers() -> None:
    text = "The ledger showed a debt of " + "9" * 400 + " dollars."
    json.dumps(attribquant.extract(text).to_dict(), allow_nan=False)


# --- frozen results ---------------------------------------------------------------------

def test_results_are_frozen() -> None:
    doc = attribquant.extract(RICH)
    q = doc.quantities[0]
    a = doc.attributions[0]
    objects: list[tuple[object, str, object]] = [
        (doc, "quantities", ()),
        (doc, "text", "other"),
        (q, "value", 1.0),
        (q, "text", "x"),
        (a, "speaker", None),
        (a.speaker, "name", "someone"),
        (doc.speakers[0], "name", "someone"),
        (doc.excluded[0], "kind", "year"),
    ]
    hedged = next(q for q in doc.quantities if q.hedges)
    objects.append((hedged.hedges[0], "kind", "modal"))
    for obj, field, new in objects:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, field, new)
    assert isinstance(doc.quantities, tuple)
    assert isinstance(doc.sentences, tuple)


# --- no side effects --------------------------------------------------------------------

def test_import_and_extract_emit_no_warnings() -> None:
    code = (
        "import warnings\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    import attribquant\n"
        "    attribquant.extract('Officials said up to 5 km of road was flooded.')\n"
        "    list(attribquant.extract_many(['about 40 people', 'at least $3m']))\n"
        "assert not caught, [str(w.message) for w in caught]\n"
    )
    proc = subprocess.run([sys.executable, "-W", "always", "-c", code],
                          capture_output=True, check=False, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    proc = subprocess.run(
        [sys.executable, "-W", "always", "-c",
         "import attribquant; attribquant.extract('up to 5 km')"],
        capture_output=True, check=False, text=True, timeout=120)
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert proc.stdout == ""


#: A text whose reading must not depend on the order of Python's string hashes: two people
#: with one surname and titles of both sexes, pronouns, roles and acronyms.
SAME_SURNAME = (
    "Mr. Alder met Mrs. Alder and Ms. Alder's lawyer in Lisbon on Monday. Mrs. Alder said "
    "40 staff would go. He said 12 of them had left already, and she added that the "
    "Tessaly Fund (TF) paid $3 million. The TF said about 7 deals were open, the senator "
    "said. Sen. Ruth Alder, the fund's founder, said up to 9 more would follow.\n\n"
)


def test_reading_does_not_depend_on_hash_order() -> None:
    """Sets of strings iterate in an order that changes with PYTHONHASHSEED; no reading may."""
    code = ("import json, sys, attribquant; "
            "print(json.dumps(attribquant.extract(sys.stdin.read()).to_dict()))")
    outs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        proc = subprocess.run([sys.executable, "-c", code], input=(SAME_SURNAME + RICH) * 2,
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        outs.add(proc.stdout)
    assert len(outs) == 1


def test_extract_leaves_the_root_logger_alone() -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    attribquant.extract(RICH)
    list(attribquant.extract_many([RICH, "about 3 km"]))
    assert root.handlers == handlers
    assert root.level == level


@pytest.mark.parametrize("enabled", [True, False])
def test_a_long_text_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    long_text = (RICH + "\n\n") * (60_000 // len(RICH) + 1)
    assert len(long_text) > 50_000  # read with the collector paused
    (gc.enable if enabled else gc.disable)()
    try:
        doc = attribquant.extract(long_text)
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):
            attribquant.extract(long_text.encode())  # type: ignore[arg-type]
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
    assert len(doc.quantities) > 100


def test_reading_makes_no_reference_cycles() -> None:
    """The collector may rest while a long text is read because nothing read leaves a cycle."""
    attribquant.extract(RICH)
    gc.collect()
    gc.disable()
    try:
        for text in (RICH, *MANY, "The World Health Organization (WHO) said it. It said so."):
            attribquant.extract(text)
        assert gc.collect() == 0
    finally:
        gc.enable()


# --- extract_many -----------------------------------------------------------------------

MANY = [
    "Police said up to 40 people were hurt.",
    "",
    "The budget rose 3.5% to $2.1bn, the finance ministry said.",
    "No numbers here at all.",
    "At least 12 boats sank and about 300 fishermen are missing, officials told reporters.",
    "Between 10 and 20 homes burned.",
    "\u201cWe saw dozens of trucks,\u201d a witness said.",
]


@pytest.mark.parametrize("workers", [None, 1, 2])
def test_extract_many_yields_in_order(workers: int | None) -> None:
    got = [d.to_dict() for d in attribquant.extract_many(MANY, workers=workers)]
    assert got == [attribquant.extract(t).to_dict() for t in MANY]


@pytest.mark.parametrize("workers", [None, 2])
def test_extract_many_is_lazy(workers: int | None) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count(1):
            pulled += 1
            yield f"Officials said {i} trucks crossed."

    stream = attribquant.extract_many(endless(), workers=workers)
    first = list(itertools.islice(stream, 3))
    stream.close()  # type: ignore[attr-defined]
    assert [d.quantities[0].value for d in first] == [1.0, 2.0, 3.0]
    assert pulled < 100


def test_extract_many_of_an_empty_stream() -> None:
    assert list(attribquant.extract_many([])) == []
    assert list(attribquant.extract_many(iter([]), workers=2)) == []


# --- offsets into the original text -----------------------------------------------------


OFFSET_TEXTS = [
    pytest.param("\u201cUp to 40\u00a0people were hurt,\u201d the mayor said.", id="curly-nbsp"),
    pytest.param("The ministry said\u2014in a statement\u2014that about 2,000 homes were lost.",
                 id="em-dash"),
    pytest.param("Rescuers said 10\u201320 people were trapped\u2026 \u2018dozens\u2019 more "
                 "could be missing.", id="en-dash-range"),
    pytest.param("\u00abPlus de 30 blessés\u00bb, said the prefect. He added that "
                 "the fire spread 3\u202fkm.", id="guillemets-narrow-nbsp"),
    pytest.param("The chief executive, Jon Reyes, said sales fell 4%.\u2029"
                 "Reyes said about\u20091,200 staff would go, according to a memo.",
                 id="thin-space-paragraph-separator"),
    pytest.param("Acme\u2019s chief executive said sales fell 4% in the year.",
                 id="apostrophe-in-mention"),
    pytest.param("Jon Reyes, Acme\u2019s chief executive, said sales fell 4%.",
                 id="apostrophe-in-apposition"),
    pytest.param("\ufeffOfficials said \u201cat least 7\u201d ships sank.\r\n"
                 "\u201cIt could cost $3m,\u201d she told Reuters.", id="bom-crlf"),
    pytest.param("Temperatures fell to \u22125 degrees, the weather service said.", id="minus"),
    pytest.param(RICH, id="rich"),
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_offsets_slice_the_original_text(text: str) -> None:
    doc = attribquant.extract(text)
    assert doc.quantities
    assert_offsets(doc, text)


def test_curly_quotes_are_kept_in_reported_surfaces() -> None:
    text = "\u201cUp to 40\u00a0people were hurt,\u201d the mayor\u2019s aide said."
    doc = attribquant.extract(text)
    q = doc.quantities[0]
    assert q.text == "Up to 40\u00a0people"
    assert q.high == 40
    assert q.hedges[0].cue == "Up to"
    assert q.speaker is not None
    assert q.speaker.mention == text[q.speaker.start:q.speaker.end]
    assert "\u2019" in q.speaker.mention
    assert doc.attributions[0].cue_text == "said"


def test_source_mentions_keep_curly_apostrophes() -> None:
    text = "Acme\u2019s chief executive said sales fell 4%."
    doc = attribquant.extract(text)
    mentions = [m for src in doc.speakers for m in src.mentions]
    assert mentions
    assert [m.text for m in mentions] == [text[m.start:m.end] for m in mentions]
    # the attribution's own speaker mention is re-read from the original, so they must agree
    assert mentions[0].text == doc.attributions[0].speaker.mention


# --- readings found while testing the contract ------------------------------------------


# (text, quantity text, speaker name): the same frames with and without a dotted title
TITLED_SPEAKERS = [
    ('"We need 12 tents," Dr Mara Lind said.', "12 tents", "Mara Lind"),
    ('"We need 12 tents," Mr Lind said.', "12 tents", "Lind"),
    ('"We need 12 tents," Gen Omar Bakri told reporters.', "12 tents", "Omar Bakri"),
    ("About 12 tents were needed, Dr Mara Lind said.", "About 12 tents", "Mara Lind"),
    ("About 12 tents were needed, said Dr Mara Lind.", "About 12 tents", "Mara Lind"),
    ("Dr. Mara Lind said 12 tents were needed.", "12 tents", "Mara Lind"),
    pytest.param('"We need 12 tents," Dr. Mara Lind said.', "12 tents", "Mara Lind"),
    pytest.param('"We need 12 tents," Mr. Lind said.', "12 tents", "Lind"),
    pytest.param('"We need 12 tents," Gen. Omar Bakri told reporters.', "12 tents", "Omar Bakri"),
    pytest.param('"We need 12 tents," Sen. Amy Cole said.', "12 tents", "Amy Cole"),
    pytest.param("About 12 tents were needed, Dr. Mara Lind said.", "About 12 tents", "Mara Lind"),
    pytest.param("About 12 tents were needed, said Dr. Mara Lind.", "About 12 tents", "Mara Lind"),
]


@pytest.mark.parametrize(("text", "quantity", "name"), TITLED_SPEAKERS)
def test_titled_speakers(text: str, quantity: str, name: str) -> None:
    doc = attribquant.extract(text)
    found = [q for q in doc.quantities if q.text == quantity]
    assert found, [q.text for q in doc.quantities]
    speaker = found[0].speaker
    assert speaker is not None
    assert speaker.name == name
    assert_offsets(doc, text)


# --- long texts: a window of sentence tokens, spans held as arrays ----------------------

LONG_PARAGRAPH = (
    "\u201cWe lost about \u20ac5m,\u201d said Jo Roe, the harbour master\u2019s deputy. "
    "Police said up to 40 people were hurt and 3 boats sank.\n"
    "The agency reported 12 new cases" + " " * 300 + "on Monday, it said.\n"
    + "x" * 300 + " said 7 people, according to the ministry.\n\n"
)


def test_sentence_tokens_rebuild_outside_the_window() -> None:
    from attribquant.text import normalise, sentences
    from attribquant.tokens import SentenceTokens, Token, tokenize

    text = normalise(LONG_PARAGRAPH * 40)
    spans = sentences(text)
    assert len(spans) > 100
    tokens = SentenceTokens(text, limit=4)
    for _ in range(3):  # three stages, each reading the sentences in text order
        for s in spans:
            got = tokens.get(s.start, s.end)
            assert got == tokenize(text, s.start, s.end)
            assert all(type(t) is Token for t in got)
    # a sentence is tokenised again only if read before the window first overflowed, or if
    # its offsets do not fit two bytes (the 300-character gap and word: two sentences a copy)
    assert tokens.tokenized <= len(spans) + 2 * (4 + 2 * 40)
    # out of text order, or a span that is no sentence: still the tokenizer's tokens
    for s in reversed(spans[:30]):
        assert tokens.get(s.start, s.end) == tokenize(text, s.start, s.end)
    assert tokens.get(spans[3].start + 2, spans[5].end) == tokenize(
        text, spans[3].start + 2, spans[5].end)
    # plain news: only the sentences read before the window first overflowed come twice more
    plain = normalise(LONG_PARAGRAPH.split("\n")[0] + "\n") * 60
    plain_spans = sentences(plain)
    plain_tokens = SentenceTokens(plain, limit=4)
    for _ in range(3):
        for s in plain_spans:
            assert plain_tokens.get(s.start, s.end) == tokenize(plain, s.start, s.end)
    assert plain_tokens.tokenized == len(plain_spans) + 2 * 4


def test_sentence_tokens_of_a_short_text_are_made_once() -> None:
    from attribquant.text import normalise, sentences
    from attribquant.tokens import SentenceTokens

    text = normalise(LONG_PARAGRAPH * 3)
    spans = sentences(text)
    tokens = SentenceTokens(text, limit=len(spans))
    for _ in range(3):
        for s in spans:
            tokens.get(s.start, s.end)
    assert tokens.tokenized == len(spans)


def test_a_long_text_reads_as_a_short_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribquant import api

    example = (Path(__file__).resolve().parents[1] / "examples" / "harbour-flood.txt")
    text = (example.read_text(encoding="utf-8") + "\n\n" + LONG_PARAGRAPH) * 90
    long_doc = attribquant.extract(text)
    assert len(long_doc.sentences) > api._LONG_TEXT
    monkeypatch.setattr(api, "_LONG_TEXT", 10**9)  # every token list kept, spans as lists
    short_doc = attribquant.extract(text)
    assert long_doc.to_dict() == short_doc.to_dict()
    assert long_doc == short_doc
    assert_offsets(long_doc, text)
    # the same readings for each copy, shifted by the copy's offset
    one = attribquant.extract(text[:len(text) // 90])
    size = len(text) // 90
    assert [(q.text, q.start % size, q.value, q.speaker.name if q.speaker else None)
            for q in long_doc.quantities] == [
        (q.text, q.start, q.value, q.speaker.name if q.speaker else None)
        for q in one.quantities] * 90


def test_spans_read_like_the_list() -> None:
    from attribquant.text import Span, Spans, normalise, sentences

    text = normalise(LONG_PARAGRAPH * 2)
    spans = sentences(text)
    compact = Spans(spans)
    assert len(compact) == len(spans)
    assert list(compact) == spans
    assert compact == spans
    assert compact == Spans(iter(spans))
    assert compact[0] == spans[0] and type(compact[0]) is Span
    assert compact[-1].end == spans[-1].end
    assert compact[1:3] == spans[1:3]
    assert spans[2] in compact
    assert tuple(map(tuple, compact)) == tuple((s.start, s.end) for s in spans)
    with pytest.raises(IndexError):
        compact[len(spans)]


def test_plain_text_is_not_copied_by_normalisation() -> None:
    from attribquant.text import normalise

    plain = "Officials said up to 40 people were hurt."
    assert normalise(plain) is plain
    assert normalise("It\u2019s 40\u00a0km.") == "It's 40 km."


def test_threads_share_no_state() -> None:
    """Documents extracted at the same time in threads equal those extracted one by one."""
    from concurrent.futures import ThreadPoolExecutor

    docs = [
        " ".join(f"Official {k} of team {t} said {k + t} people may have been hurt."
                 for k in range(120))
        for t in range(4)
    ]
    alone = [attribquant.extract(d).to_dict() for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda d: attribquant.extract(d).to_dict(), docs * 3))
    assert together == alone * 3


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_the_caller_had_it(enabled: bool) -> None:
    """The collector rests while texts are read, in any number of threads at once, and is
    left on or off as it was before the first of them began."""
    import gc
    from concurrent.futures import ThreadPoolExecutor

    seen: list[bool] = []

    def read(text: str) -> None:
        attribquant.extract(text)
        seen.append(gc.isenabled())

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(read, ["Officials said up to 40 people were hurt."] * 40))
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert len(seen) == 40


@pytest.mark.parametrize("workers", [None, 2])
def test_extract_many_yields_what_it_read_before_an_input_error(workers: int | None) -> None:
    def failing() -> Iterator[str]:
        for i in range(1, 6):
            yield f"Officials said {i} trucks crossed."
        raise OSError("the feed dropped")

    got: list[float | None] = []
    with pytest.raises(OSError, match="feed dropped"):
        for doc in attribquant.extract_many(failing(), workers=workers):
            got.append(doc.quantities[0].value)
    assert got == [1.0, 2.0, 3.0, 4.0, 5.0]


@pytest.mark.parametrize("workers", [None, 2])
def test_extract_many_rejects_a_non_str_item_after_the_good_ones(workers: int | None) -> None:
    items: list[object] = ["Officials said 4 trucks crossed.", b"bytes", "Not read."]
    got = []
    with pytest.raises(TypeError, match=r"needs str items, .*, not bytes$"):
        for doc in attribquant.extract_many(items, workers=workers):  # type: ignore[arg-type]
            got.append(doc.quantities[0].value)
    assert got == [4.0]


# --- ids, bad items, the length limit ---------------------------------------------------

STORY = "Officials said 4 trucks crossed."

# (item, the id its document carries)
ITEMS = [
    pytest.param(STORY, None, id="str"),
    pytest.param(("wire-1", STORY), "wire-1", id="pair"),
    pytest.param((7, STORY), 7, id="pair-int-id"),
    pytest.param((None, STORY), None, id="pair-none-id"),
    pytest.param({"id": "m", "text": STORY}, "m", id="mapping"),
    pytest.param({"text": STORY, "source": "wire"}, None, id="mapping-without-id"),
    pytest.param({"id": ["a", 1], "text": STORY}, ["a", 1], id="unhashable-id"),
]


@pytest.mark.parametrize("workers", [None, 2])
@pytest.mark.parametrize(("item", "ident"), ITEMS)
def test_extract_many_carries_the_id(item: object, ident: object, workers: int | None) -> None:
    docs = list(attribquant.extract_many([item, item], workers=workers))  # type: ignore[list-item]
    assert [d.id for d in docs] == [ident, ident]
    plain = attribquant.extract(STORY)
    assert docs[0] == attrs.evolve(plain, id=ident)
    assert docs[0].to_dict() == {**plain.to_dict(), "id": ident}
    assert plain.id is None and plain.to_dict()["id"] is None
    assert list(docs[0].to_dict())[:3] == ["schema_version", "id", "text"]


def test_the_id_is_compared_but_not_hashed() -> None:
    a = attrs.evolve(attribquant.extract(STORY), id=["x"])
    b = attrs.evolve(attribquant.extract(STORY), id=["y"])
    assert a != b
    assert hash(a) == hash(b) == hash(attribquant.extract(STORY))


# (bad item, the id it is reported with, the end of the TypeError's message)
BAD_ITEMS = [
    pytest.param(b"bytes", None, "not bytes", id="bytes"),
    pytest.param(None, None, "not NoneType", id="None"),
    pytest.param(["a", STORY], None, "not list", id="list-pair"),
    pytest.param(("a", 5), "a", "not a pair whose text is int", id="pair-int-text"),
    pytest.param(("a", STORY, "x"), None, "not a tuple of 3", id="triple"),
    pytest.param({"id": "m"}, "m", 'not a dict with no "text"', id="mapping-no-text"),
    pytest.param({"id": "m", "text": None}, "m", 'not a dict with a "text" of NoneType',
                 id="mapping-none-text"),
]


@pytest.mark.parametrize("workers", [None, 2])
@pytest.mark.parametrize(("bad", "ident", "message"), BAD_ITEMS)
def test_a_bad_item_is_raised_after_the_documents_before_it(
        bad: object, ident: object, message: str, workers: int | None) -> None:
    items = [("a", STORY), bad, ("c", STORY)]
    got = []
    with pytest.raises(TypeError, match=re.escape(message) + "$"):
        for doc in attribquant.extract_many(items, workers=workers):  # type: ignore[arg-type]
            got.append(doc.id)
    assert got == ["a"]


@pytest.mark.parametrize("workers", [None, 2])
@pytest.mark.parametrize(("bad", "ident", "message"), BAD_ITEMS)
def test_on_error_skips_a_bad_item_in_its_place(bad: object, ident: object, message: str,
                                                workers: int | None) -> None:
    events: list[tuple[object, ...]] = []
    items = [("a", STORY), bad, ("c", STORY), bad]

    def skipped(item: attribquant.SkippedItem) -> None:
        assert isinstance(item.error, TypeError)
        assert str(item.error).endswith(message)
        events.append(("skipped", item.index, item.id))

    for doc in attribquant.extract_many(items, workers=workers,  # type: ignore[arg-type]
                                        on_error=skipped):
        events.append(("doc", doc.id))
    assert events == [("doc", "a"), ("skipped", 1, ident), ("doc", "c"), ("skipped", 3, ident)]


@pytest.mark.parametrize("workers", [None, 2])
def test_on_error_keeps_the_order_of_a_long_stream(workers: int | None) -> None:
    items: list[object] = [(k, f"Officials said {k} trucks crossed.") if k % 7 else (k, None)
                           for k in range(200)]
    events: list[object] = []
    for doc in attribquant.extract_many(items, workers=workers,  # type: ignore[arg-type]
                                        on_error=lambda s: events.append(("skipped", s.id))):
        events.append(doc.id)
        assert doc.quantities[0].value == doc.id
    assert events == [k if k % 7 else ("skipped", k) for k in range(200)]


@pytest.mark.parametrize("workers", [None, 2])
def test_an_input_error_is_raised_after_the_documents_even_with_on_error(
        workers: int | None) -> None:
    def failing() -> Iterator[object]:
        yield ("a", STORY)
        yield ("b", 5)
        yield ("c", STORY)
        raise OSError("the feed dropped")

    got: list[object] = []
    with pytest.raises(OSError, match="feed dropped"):
        for doc in attribquant.extract_many(failing(), workers=workers,  # type: ignore[arg-type]
                                            on_error=lambda s: got.append(s.index)):
            got.append(doc.id)
    assert got == ["a", 1, "c"]


def test_extract_many_checks_its_arguments_at_once() -> None:
    with pytest.raises(TypeError, match="not one str"):
        attribquant.extract_many("Officials said 4 trucks crossed.")
    with pytest.raises(TypeError, match="not one bytes"):
        attribquant.extract_many(b"4 trucks")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="on_error must be callable"):
        attribquant.extract_many([STORY], on_error="print")  # type: ignore[arg-type]


def test_a_text_over_max_chars_raises_text_too_long() -> None:
    text = "Officials said 4 trucks crossed. " * 4
    with pytest.raises(attribquant.TextTooLong) as caught:
        attribquant.extract(text, max_chars=100)
    err = caught.value
    assert isinstance(err, ValueError)
    assert (err.length, err.limit) == (len(text), 100)
    assert str(err) == f"text of {len(text)} characters is longer than the limit of 100 " \
                       "(max_chars)"
    again = pickle.loads(pickle.dumps(err))  # crosses from a worker process as it is
    assert (type(again), again.length, again.limit, str(again)) == (
        attribquant.TextTooLong, err.length, err.limit, str(err))
    assert attribquant.extract(text, max_chars=len(text)).quantities
    assert attribquant.extract(text, max_chars=None).quantities


def test_the_default_limit_is_max_chars() -> None:
    assert attribquant.MAX_CHARS == 2_000_000
    with pytest.raises(attribquant.TextTooLong, match="limit of 2,000,000"):
        attribquant.extract("5 " * (attribquant.MAX_CHARS // 2) + "5")


@pytest.mark.parametrize("workers", [None, 2])
def test_extract_many_skips_a_text_over_max_chars(workers: int | None) -> None:
    items = [("a", STORY), ("long", STORY * 10), ("c", STORY)]
    skipped: list[attribquant.SkippedItem] = []
    docs = list(attribquant.extract_many(items, workers=workers, max_chars=len(STORY) * 2,
                                         on_error=skipped.append))
    assert [d.id for d in docs] == ["a", "c"]
    assert [(s.index, s.id, type(s.error)) for s in skipped] == [
        (1, "long", attribquant.TextTooLong)]
    with pytest.raises(attribquant.TextTooLong):
        list(attribquant.extract_many(items, workers=workers, max_chars=len(STORY) * 2))
    assert len(list(attribquant.extract_many(items, workers=workers, max_chars=None))) == 3


def test_an_extraction_error_goes_to_on_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribquant import api

    real = api._extract

    def fragile(text: str, ident: object = None) -> Document:
        if "fragile" in text:
            raise RuntimeError("a stage failed")
        return real(text, ident)

    monkeypatch.setattr(api, "_extract", fragile)
    skipped: list[attribquant.SkippedItem] = []
    docs = list(attribquant.extract_many([("a", STORY), ("b", "fragile 5"), ("c", STORY)],
                                         on_error=skipped.append))
    assert [d.id for d in docs] == ["a", "c"]
    assert [(s.index, s.id, str(s.error)) for s in skipped] == [(1, "b", "a stage failed")]
    # in a worker: each text's error comes back in its place, not as the batch's
    batch = api._extract_batch([STORY, STORY * 3, STORY], len(STORY) * 2)
    assert [type(r).__name__ for r in batch] == ["Document", "TextTooLong", "Document"]


def test_closing_a_parallel_stream_stops_its_workers() -> None:
    import multiprocessing

    def endless() -> Iterator[str]:
        for i in itertools.count(1):
            yield f"Officials said {i} trucks crossed."

    stream = attribquant.extract_many(endless(), workers=2)
    assert [d.quantities[0].value for d in itertools.islice(stream, 3)] == [1.0, 2.0, 3.0]
    stream.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("text", [
    "Jo Roe, a spokesman, said the mayor",
    "Vell Corp, the parent company, said Ana Lima\n\nLima will lead the unit.",
    '"We lost 40 homes," said the harbour master, Ines Vale,',
    "The court ruled 5-2",
    "Lawmakers reach deal on road bill:",
])
def test_text_ending_inside_a_frame_reads(text: str) -> None:
    """A text that ends right after a speaker phrase, a tally or a colon still reads."""
    doc = attribquant.extract(text)
    assert doc.text == text
