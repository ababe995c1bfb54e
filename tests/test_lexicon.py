"""The lexicon's consistency: documented lists, no repeats, lower-case where matched lower-case,
composed lists, and no entry in two lists the code reads as opposites."""

from __future__ import annotations

import ast
import importlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

from attribquant import lexicon
from attribquant.lexicon import attribution as lex_attribution

LEXICON_DIR = Path(lexicon.__file__).parent
MODULES = sorted(p.stem for p in LEXICON_DIR.glob("*.py") if p.stem != "__init__")


def _lists() -> Iterable[tuple[str, object]]:
    for name in MODULES:
        module = importlib.import_module(f"attribquant.lexicon.{name}")
        for attr, value in vars(module).items():
            if attr.isupper() and isinstance(value, (frozenset, set, dict, tuple)):
                yield f"{name}.{attr}", value


def _entries(value: object) -> list[str]:
    """The words of a list (keys of a table; the words of multi-word phrases)."""
    items = value.keys() if isinstance(value, dict) else value
    out: list[str] = []
    for item in items:  # type: ignore[union-attr]
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, tuple):
            out.extend(w for w in item if isinstance(w, str))
    return out


LISTS = dict(_lists())


def _words_in_source(node: ast.expr) -> list[str] | None:
    """The entries written in a list literal or a split string, as written (repeats kept)."""
    if isinstance(node, ast.Call) and node.args and not isinstance(node.func, ast.Attribute):
        return _words_in_source(node.args[0])  # frozenset(...)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "split" and isinstance(node.func.value, ast.Constant):
        return str(node.func.value.value).split()
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        words = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        return [w for w in words if isinstance(w, str)]
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys
                if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return None


def _assignments() -> Iterable[tuple[str, int, str, ast.expr]]:
    for name in MODULES:
        source = (LEXICON_DIR / f"{name}.py").read_text(encoding="utf-8")
        for node in ast.parse(source).body:
            target = (node.targets[0] if isinstance(node, ast.Assign)
                      else getattr(node, "target", None))
            if isinstance(target, ast.Name) and target.id.isupper() and node.value is not None:  # type: ignore[attr-defined]
                yield name, node.lineno, target.id, node.value  # type: ignore[attr-defined]


ASSIGNMENTS = list(_assignments())


@pytest.mark.parametrize(("module", "line", "name"), [(m, ln, n) for m, ln, n, _ in ASSIGNMENTS],
                         ids=[f"{m}.{n}" for m, _, n, _ in ASSIGNMENTS])
def test_every_list_is_documented(module: str, line: int, name: str) -> None:
    lines = (LEXICON_DIR / f"{module}.py").read_text(encoding="utf-8").splitlines()
    assert lines[line - 2].lstrip().startswith("#:"), f"{module}.{name} has no #: comment"


# lists written out word by word (the others are composed from them)
WRITTEN = [(f"{m}.{n}", words) for m, _, n, v in ASSIGNMENTS
           if (words := _words_in_source(v)) is not None]


@pytest.mark.parametrize(("name", "words"), WRITTEN, ids=[n for n, _ in WRITTEN])
def test_no_list_repeats_an_entry(name: str, words: list[str]) -> None:
    repeats = sorted(w for w, n in Counter(words).items() if n > 1)
    assert not repeats, f"{name} repeats {repeats}"


@pytest.mark.parametrize("name", sorted(LISTS))
def test_entries_are_lower_case_unless_case_sensitive(name: str) -> None:
    if name in lexicon.CASE_SENSITIVE:
        return
    upper = [w for w in _entries(LISTS[name]) if w != w.lower()]
    assert not upper, f"{name} is matched lower-cased but holds {upper}"


@pytest.mark.parametrize("name", sorted(LISTS))
def test_entries_hold_no_stray_white_space(name: str) -> None:
    padded = [w for w in _entries(LISTS[name])
              if len(w) > 1 and (w != w.strip() or "  " in w or "\n" in w)]  # not characters
    assert not padded, f"{name} holds entries with stray white space: {padded}"


def test_case_sensitive_names_exist() -> None:
    assert set(LISTS) >= lexicon.CASE_SENSITIVE


@pytest.mark.parametrize(("a", "b"), lexicon.DISJOINT,
                         ids=[f"{a}|{b}" for a, b in lexicon.DISJOINT])
def test_opposite_lists_share_no_entry(a: str, b: str) -> None:
    shared = set(LISTS[a]) & set(LISTS[b])  # type: ignore[call-overload]  # phrases compare whole
    assert not shared, f"{a} and {b} share {sorted(shared)}"


def test_invariant_nouns_are_their_own_plural() -> None:
    from attribquant.lexicon.quantities import IRREGULAR_PLURALS, NOT_PLURAL

    for word in NOT_PLURAL & set(IRREGULAR_PLURALS):
        assert IRREGULAR_PLURALS[word] == word, word


def test_lemma_lists_name_known_lemmas() -> None:
    lemmas = set(lex_attribution.SPEECH_VERBS) | set(lex_attribution.BELIEF_VERBS) \
        | set(lex_attribution.PARTICLE_LEMMAS.values())
    for name in ("STRONG_LEMMAS", "OBJECT_OK_LEMMAS", "INVERSION_LEMMAS", "CLAUSE_LEMMAS",
                 "EVIDENTIAL_REPORTING_LEMMAS", "INFINITIVE_LEMMAS",
                 "OBJECT_CONTENT_LEMMAS"):
        unknown = getattr(lex_attribution, name) - lemmas
        assert not unknown, f"{name} names {sorted(unknown)}, no lemma of a cue verb"


def test_composed_lists_hold_their_parts() -> None:
    from attribquant.lexicon import calendar, quantities, text

    assert calendar.MONTH_NAMES <= quantities.MONTHS
    assert calendar.WEEKDAY_NAMES <= lex_attribution.DAY_WORDS
    assert calendar.MONTH_ABBREVIATIONS | calendar.WEEKDAY_ABBREVIATIONS <= text.ABBREVIATIONS
    assert calendar.MONTH_NAMES | calendar.WEEKDAY_NAMES <= lex_attribution.NON_NAME_CAPITALS


def test_decimal_zeros_are_every_script_zero() -> None:
    """Each listed code point is the zero of a script's digits, and every script this
    Python's Unicode database knows is listed (ASCII aside)."""
    import sys
    import unicodedata

    from attribquant.lexicon.text import DECIMAL_ZEROS

    for zero in DECIMAL_ZEROS:
        assert [unicodedata.decimal(chr(zero + d)) for d in range(10)] == list(range(10))
    known = {c for c in range(0x80, sys.maxunicode + 1)
             if unicodedata.category(chr(c)) == "Nd" and unicodedata.decimal(chr(c)) == 0}
    assert known <= set(DECIMAL_ZEROS)


def test_vulgar_fractions_have_their_unicode_values() -> None:
    import unicodedata

    from attribquant.lexicon.numbers import VULGAR_FRACTIONS

    for ch, value in VULGAR_FRACTIONS.items():
        assert abs(unicodedata.numeric(ch) - value) < 1e-12, ch


# --- data files ---------------------------------------------------------------------------

DATA_DIR = LEXICON_DIR / "data"


def _data_lines(name: str) -> list[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_data_files_state_their_source() -> None:
    for name in ("given_names.tsv", "places.txt"):
        header = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[0]
        assert header.startswith("# "), f"{name} has no header comment"


def test_given_names_are_lower_case_unique_and_sexed() -> None:
    rows = [line.split("\t") for line in _data_lines("given_names.tsv")]
    assert len(rows) > 4000
    assert all(len(r) == 2 and r[1] in ("f", "m") for r in rows)
    names = [r[0] for r in rows]
    assert all(n == n.lower() and n.isalpha() for n in names)
    assert len(set(names)) == len(names)
    from attribquant.lexicon.entities import given_names
    assert given_names()["mary"] == "f" and given_names()["james"] == "m"


def test_places_are_lower_case_and_unique() -> None:
    places = _data_lines("places.txt")
    assert all(p == p.lower() and p == " ".join(p.split()) for p in places)
    assert len(set(places)) == len(places), sorted(p for p in places if places.count(p) > 1)
    from attribquant.lexicon.entities import places as loaded
    assert loaded() == frozenset(places)


def test_data_files_ship_in_the_wheel() -> None:
    """The wheel takes every file of the package directory (hatch's default), data too."""
    config = (Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8")
    assert '[tool.hatch.build.targets.wheel]\npackages = ["src/attribquant"]' in config
