"""Unit names and their surface forms, indexed from quantulum3's unit tables.

Reads quantulum3's JSON data directly (no parser, no inflect): fast to load, no side effects.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import NamedTuple

from .lexicon.numbers import CURRENCY_SYMBOLS
from .lexicon.quantities import (
    AMBIGUOUS_UNIT_WORDS,
    EXTRA_UNIT_SURFACES,
    IRREGULAR_PLURALS,
    SAFE_SPACED_SYMBOLS,
    SYMBOL_OVERRIDES,
)

_METRIC_PREFIXES = {
    "T": "tera", "G": "giga", "M": "mega", "k": "kilo", "h": "hecto",
    "d": "deci", "c": "centi", "m": "milli", "µ": "micro", "n": "nano",
}


class UnitInfo(NamedTuple):
    """A unit's canonical name and its kind (physical, currency, percent, time)."""

    name: str
    kind: str


class UnitIndex(NamedTuple):
    """Lookup tables: lower-cased word tuples and case-sensitive symbols to units."""

    words: dict[tuple[str, ...], UnitInfo]
    symbols: dict[str, UnitInfo]
    spaced_symbols: dict[str, UnitInfo]
    symbols_folded: dict[str, UnitInfo]
    max_words: int


def _kind(name: str, entity: str) -> str:
    if entity == "currency":
        return "currency"
    if name in ("percentage", "percentage point", "basis point", "per mille"):
        return "percent"
    if entity == "time":
        return "time"
    return "physical"


#: Irregular plurals: the inverse of the lexicon's plural -> lemma table, and two more.
_IRREGULAR = {lemma: pl for pl, lemma in IRREGULAR_PLURALS.items() if pl != lemma}
_IRREGULAR.update(penny="pence", person="people")


def plural(word: str) -> str:
    """English plural of a unit word ("inch" -> "inches", "foot" -> "feet")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _load_json(name: str) -> dict[str, dict[str, object]]:
    path = resources.files("quantulum3").joinpath(name)
    with path.open("r", encoding="utf-8") as fh:
        data: dict[str, dict[str, object]] = json.load(fh)
    return data


@functools.lru_cache(maxsize=1)
def index() -> UnitIndex:
    """Build (once) the unit lookup tables from quantulum3's ``units.json``."""
    raw = _load_json("units.json")
    words: dict[tuple[str, ...], UnitInfo] = {}
    symbols: dict[str, UnitInfo] = {}

    def add_surface(surface: str, info: UnitInfo) -> None:
        toks = tuple(surface.lower().replace("-", " - ").split())
        if not toks or (len(toks) == 1 and toks[0] in AMBIGUOUS_UNIT_WORDS):
            return
        words.setdefault(toks, info)
        pl = toks[:-1] + (plural(toks[-1]),)
        # "miles per hour": pluralise the first word of a "per" compound
        if "per" in toks:
            i = toks.index("per")
            pl = toks[: i - 1] + (plural(toks[i - 1]),) + toks[i - 1 + 1 :]
        words.setdefault(pl, info)

    for name, props in raw.items():
        entity = str(props.get("entity", ""))
        if entity == "dimensionless" and name not in (
            "percentage", "per mille", "parts-per-million", "parts-per-billion", "basis point",
        ):
            continue
        info = UnitInfo(name, _kind(name, entity))
        surfaces = [str(s) for s in props.get("surfaces", [])]  # type: ignore[attr-defined]
        syms = [str(s) for s in props.get("symbols", [])]  # type: ignore[attr-defined]
        for s in surfaces:
            add_surface(s, info)
        for s in syms:
            symbols.setdefault(s, info)
        for p in props.get("prefixes", []) or []:  # type: ignore[attr-defined]
            long = _METRIC_PREFIXES.get(str(p))
            if long is None:
                continue
            pinfo = UnitInfo(long + name, info.kind)
            for s in surfaces:
                add_surface(long + s, pinfo)
            for s in syms:
                symbols.setdefault(str(p) + s, pinfo)
    for surface, (name, kind) in EXTRA_UNIT_SURFACES.items():
        info = UnitInfo(name, kind)
        words[tuple(surface.split())] = info
    for sym, name in CURRENCY_SYMBOLS.items():
        symbols[sym] = UnitInfo(name, "currency")
    for sym, (name, kind) in SYMBOL_OVERRIDES.items():
        symbols[sym] = UnitInfo(name, kind)
    for sym in [s for s in symbols if "µ" in s]:  # micro sign and Greek mu look alike
        symbols.setdefault(sym.replace("µ", "μ"), symbols[sym])
    spaced = {s: symbols[s] for s in SAFE_SPACED_SYMBOLS if s in symbols}
    for s in SAFE_SPACED_SYMBOLS:  # "49.5 HZ": a spaced symbol in the wrong case
        if s in symbols and len(s) >= 2:
            spaced.setdefault(s.upper(), symbols[s])
    folded: dict[str, UnitInfo] = {}
    for sym, info in symbols.items():
        if len(sym) >= 3:
            folded.setdefault(sym.lower(), info)
    max_words = max(len(k) for k in words)
    return UnitIndex(words, symbols, spaced, folded, max_words)
