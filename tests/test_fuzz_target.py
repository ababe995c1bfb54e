"""The atheris fuzz target, run without atheris: every seed of ``fuzz/corpus`` passes it, its
decodings give different texts, and it does catch a broken invariant.

The seeds are written for this project (docs/fuzzing.md lists what each kind stresses).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import attribquant
from attribquant import Document

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted((REPO / "fuzz" / "corpus").glob("*.txt"))


def load_target() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_extract", REPO / "fuzz" / "fuzz_extract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


target = load_target()


def test_the_corpus_is_there_and_small() -> None:
    assert len(CORPUS) >= 30
    for path in CORPUS:
        assert 0 < path.stat().st_size <= 2048, path.name  # under the CI run's -max_len


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_seed_passes_the_target(path: Path) -> None:
    target.check_bytes(path.read_bytes())


def test_seeds_hold_quantities_and_speakers() -> None:
    docs = [attribquant.extract(p.read_bytes().decode("utf-8", "replace")) for p in CORPUS]
    assert sum(len(d.quantities) for d in docs) >= 100
    assert sum(q.speaker is not None for d in docs for q in d.quantities) >= 15


def test_decodings() -> None:
    data = "up to 40 \u00b0C".encode() + b"\xff"
    texts = target.decodings(data)
    assert texts[0] == "up to 40 \u00b0C\ufffd"
    assert texts[1] == "up to 40 \u00b0C\udcff"  # the bad byte as a lone surrogate
    assert texts[2] == "up to 40 \u00c2\u00b0C\u00ff"
    assert len(texts) == 5 == len(set(texts))
    # ASCII reads the same in three ways; as UTF-16 and as code points it is other text
    assert target.decodings(b"5 km") == ["5 km", "\u2035\u6d6b", chr(0x6B2035 % 0x110000)]
    assert target.code_points(b"\xff\xff\x10") == chr(0x10FFFF)
    assert target.decodings(b"") == [""]


def test_the_target_catches_a_broken_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    real = attribquant.extract

    def shifted(text: str) -> Document:
        doc = real(text)
        q = doc.quantities[0]
        return attrs.evolve(doc, quantities=(attrs.evolve(q, start=q.start + 1),))

    monkeypatch.setattr(attribquant, "extract", shifted)
    with pytest.raises(AssertionError):
        target.check_bytes(b"Officials said up to 40 people were hurt.")


# Crashes the fuzzer found, now fixed: extract() must return a Document for each. A new
# open bug is pinned here as a strict xfail and let pass by fuzz_extract.known_bug until
# it is fixed; then both go, and the text stays here as a regression row.
FOUND_BY_FUZZING = [
    pytest.param(text, id=name)
    for name, text in [("score-superscript", "The hosts won 3-1\u00b2 on Sunday."),
                       ("dash-superscript", "3-\u00b2"),
                       ("range-superscript", "Officials said 5-1\u00b9 km were closed."),
                       ("group-superscript", "Police said 1 \u00b2\u00b2\u00b2 people were hurt."),
                       ("after-figure-superscript", "12 \u00b9\u00b2\u00b3 km"),
                       # found by hypothesis (test_tokens_slice_text): an empty token
                       ("slash-before-fraction", "The mix is 0/\u00bc sand."),
                       ("dash-before-fraction", "It ran 3-\u00be miles.")]
]


@pytest.mark.parametrize("text", FOUND_BY_FUZZING)
def test_found_by_fuzzing(text: str) -> None:
    doc = attribquant.extract(text)
    target.check(text)
    assert doc.text == text


@pytest.mark.parametrize(("text", "unit"), [
    ("The flat is 40 m\u00b2.", "square metre"),
    ("It covers 3 km\u00b2 of land.", "square kilometre"),
])
def test_a_superscript_is_no_digit(text: str, unit: str) -> None:
    """A superscript two squares a unit; it is neither a figure nor part of an identifier."""
    doc = attribquant.extract(text)
    assert [q.unit for q in doc.quantities] == [unit]
    assert doc.excluded == ()


def test_no_crash_is_let_pass_while_no_bug_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    assert target.known_bug(ValueError("invalid literal for int() with base 10: '\u00b2'")) is None
    assert target.known_bug(ValueError("could not convert string to float: '1.2.3'")) is None

    def broken(text: str) -> object:
        raise ValueError("invalid literal for int() with base 10: '\u00b2'")

    monkeypatch.setattr(attribquant, "extract", broken)
    with pytest.raises(ValueError, match="invalid literal"):
        target.check_bytes("3-\u00b2".encode())
