"""Units: names and surface forms indexed from quantulum3's unit tables, and the unit written
at a token ("%", "km", "miles per hour", "$5 a share", "barrel-a-day").

Reads quantulum3's JSON data directly (no parser, no inflect): fast to load, no side effects.
"""

from __future__ import annotations

import functools
import json
from typing import Final, NamedTuple

from .lexicon.attribution import DOTTED_TITLES
from .lexicon.numbers import CURRENCY_SYMBOLS
from .lexicon.quantities import (
    AMBIGUOUS_UNIT_WORDS,
    CURRENCY_SCALE_SYMBOLS,
    EXTRA_UNIT_SURFACES,
    HYPHEN_NOT_UNIT,
    IRREGULAR_PLURALS,
    KEPT_DIMENSIONLESS_UNITS,
    MASS_POUNDS,
    NP_STOP,
    ONE_UNIT_WORDS,
    PERCENT_UNIT_NAMES,
    RATE_ARTICLES,
    RATE_LINKS,
    RATE_NOUNS,
    SAFE_SPACED_SYMBOLS,
    SYMBOL_OVERRIDES,
    TIME_REFERENCE_AFTER,
)
from .model import UnitKind
from .tokens import PhraseMatcher, Token, looks_plural, lower_at, singular

_METRIC_PREFIXES: Final = {
    "T": "tera", "G": "giga", "M": "mega", "k": "kilo", "h": "hecto",
    "d": "deci", "c": "centi", "m": "milli", "µ": "micro", "n": "nano",
}


class UnitInfo(NamedTuple):
    """A unit's canonical name and its kind (physical, currency, percent, time)."""

    name: str
    kind: UnitKind


class Unit(NamedTuple):
    """A unit read in a sentence: name, kind and token range ``[i, j)``."""

    name: str
    kind: UnitKind
    i: int
    j: int


#: Three-letter currency codes, which may also follow the number ("110 JPY").
CURRENCY_CODES: Final = frozenset(
    c for c in CURRENCY_SYMBOLS if len(c) == 3 and c.isalpha() and c.isupper())


class UnitIndex(NamedTuple):
    """Lookup tables: lower-cased word tuples and case-sensitive symbols to units."""

    words: dict[tuple[str, ...], UnitInfo]
    symbols: dict[str, UnitInfo]
    spaced_symbols: dict[str, UnitInfo]
    symbols_folded: dict[str, UnitInfo]
    phrases: PhraseMatcher  # the word sequences of ``words``, matched longest first


def _kind(name: str, entity: str) -> UnitKind:
    if entity == "currency":
        return "currency"
    if name in PERCENT_UNIT_NAMES:
        return "percent"
    if entity == "time":
        return "time"
    return "physical"


#: Irregular plurals: the inverse of the lexicon's plural -> lemma table, and two more.
_IRREGULAR: Final = {lemma: pl for pl, lemma in IRREGULAR_PLURALS.items() if pl != lemma}
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
    from importlib import resources  # at first use: importing it costs import time

    path = resources.files("quantulum3").joinpath(name)
    with path.open("r", encoding="utf-8") as fh:
        data: dict[str, dict[str, object]] = json.load(fh)
    return data


@functools.lru_cache(maxsize=1)
def index() -> UnitIndex:
    """Build (once) the unit lookup tables from quantulum3's ``units.json``."""
    words: dict[tuple[str, ...], UnitInfo] = {}
    symbols: dict[str, UnitInfo] = {}
    for name, props in _load_json("units.json").items():
        entity = str(props.get("entity", ""))
        if entity == "dimensionless" and name not in KEPT_DIMENSIONLESS_UNITS:
            continue
        _add_unit(name, UnitInfo(name, _kind(name, entity)), props, words, symbols)
    return _with_own_tables(words, symbols)


def _add_unit(name: str, info: UnitInfo, props: dict[str, object],
              words: dict[tuple[str, ...], UnitInfo], symbols: dict[str, UnitInfo]) -> None:
    """A quantulum3 unit's surfaces and symbols, with its metric prefixes ("km", "kilometre")."""
    surfaces = [str(s) for s in props.get("surfaces", [])]  # type: ignore[attr-defined]
    syms = [str(s) for s in props.get("symbols", [])]  # type: ignore[attr-defined]
    for s in surfaces:
        _add_surface(words, s, info)
    for s in syms:
        symbols.setdefault(s, info)
    for p in props.get("prefixes", []) or []:  # type: ignore[attr-defined]
        long = _METRIC_PREFIXES.get(str(p))
        if long is None:
            continue
        pinfo = UnitInfo(long + name, info.kind)
        for s in surfaces:
            _add_surface(words, long + s, pinfo)
        for s in syms:
            symbols.setdefault(str(p) + s, pinfo)


def _add_surface(words: dict[tuple[str, ...], UnitInfo], surface: str, info: UnitInfo) -> None:
    """A surface and its plural ("mile per hour", "miles per hour") as word sequences."""
    toks = tuple(surface.lower().replace("-", " - ").split())
    if not toks or (len(toks) == 1 and toks[0] in AMBIGUOUS_UNIT_WORDS):
        return
    words.setdefault(toks, info)
    pl = (*toks[:-1], plural(toks[-1]))
    if "per" in toks:  # "miles per hour": pluralise the first word of a "per" compound
        i = toks.index("per")
        pl = (*toks[: i - 1], plural(toks[i - 1]), *toks[i:])
    words.setdefault(pl, info)


def _with_own_tables(words: dict[tuple[str, ...], UnitInfo],
                     symbols: dict[str, UnitInfo]) -> UnitIndex:
    """The index with the lexicon's own surfaces and symbols, spaced and case-folded symbols."""
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
    return UnitIndex(words, symbols, spaced, folded, PhraseMatcher(words))


# --------------------------------------------------------------------------------------------
# The unit written at a token
# --------------------------------------------------------------------------------------------


def unit_at(tokens: list[Token], j: int, currency: bool) -> Unit | None:
    """A unit written at token ``j`` ("%", "per cent", "km", "miles per hour", "-year-old")."""
    idx = index()
    n = len(tokens)
    k = j
    if k < n and tokens[k].text == "-" and tokens[k].glued and k + 1 < n:
        k += 1  # "10-km", "40-year-old"
    if k >= n or tokens[k].text[:1].isdecimal() or _dotted_title(tokens, k) \
            or _closing_quote(tokens, k):
        return None  # "5-6": a figure, no unit; "40 Sen. staffers": a title, not the sen
    tok = tokens[k]
    best = _sign_or_weight(tokens, k)  # "5% a year" takes its rate below
    if best is not None and best.name == "pound-mass":
        return best
    best = best or _hyphen_joined_unit(tokens, k)  # "a 2,000-square-foot home"
    seq = idx.phrases.at(tokens, k) if best is None else None
    if seq is not None:
        info = idx.words[seq]
        best = Unit(info.name, info.kind, k, k + len(seq))
    if best is None and "/" in tok.text:
        best = _unit_ratio(tok, k)  # "kV/cm", "A/cm2"
    if best is None and "-" in tok.lower and tok.lower[:1].isalpha():
        best = _hyphenated_unit(tok, k, tokens[k + 1] if k + 1 < n else None)  # "barrel-a-day"
        if best is not None:
            return best
    if best is None:
        best = _unit_symbol(tok, k, currency)
    if best is None:
        return None
    if " per " not in best.name:
        per = per_suffix(tokens, best.j)
        if per is not None:
            return Unit(f"{best.name} per {per[0]}", best.kind, best.i, per[1])
    return best


def _closing_quote(tokens: list[Token], k: int) -> bool:
    """'"... posts 250 and 251", said X': a quotation mark that closes an open quote is no
    inch sign (marks glued to a figure before it, inch signs themselves, open none)."""
    if tokens[k].text != '"':
        return False
    marks = sum(t.text == '"' and not (t.glued and j > 0 and tokens[j - 1].text[-1:].isdecimal())
                for j, t in enumerate(tokens[:k]))  # "6 and 8": inch signs open no quote
    return marks % 2 == 1


def _dotted_title(tokens: list[Token], k: int) -> bool:
    """"40 Sen. staffers": a title written with its period is no unit word."""
    return (tokens[k].text in DOTTED_TITLES and k + 1 < len(tokens)
            and tokens[k + 1].text == "." and tokens[k + 1].glued)


def _hyphen_joined_unit(tokens: list[Token], k: int) -> Unit | None:
    """A two-word unit written with a hyphen, split or not: "square-foot", "cubic-metre"."""
    words = index().words
    parts = tuple(tokens[k].lower.split("-"))
    if len(parts) == 2:
        info = words.get(parts)
        return None if info is None else Unit(info.name, info.kind, k, k + 1)
    if k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].glued \
            and tokens[k + 2].glued:
        info = words.get((tokens[k].lower, tokens[k + 2].lower))
        return None if info is None else Unit(info.name, info.kind, k, k + 3)
    return None


def _sign_or_weight(tokens: list[Token], k: int) -> Unit | None:
    """"5%"; "1/2 pound of butter", "5 pounds of rice" (a weight before "of", not money)."""
    tok = tokens[k]
    if tok.text == "%":
        return Unit("percentage", "percent", k, k + 1)
    if tok.lower in MASS_POUNDS and lower_at(tokens, k + 1) == "of":
        return Unit("pound-mass", "physical", k, k + 1)
    return None


def _unit_symbol(tok: Token, k: int, currency: bool) -> Unit | None:
    """A unit symbol: glued ("40km", "2.4Ghz") or one safe after a space ("40 km"); a glued
    "m" or "b" after a currency is a scale ("$5m")."""
    idx = index()
    info = (idx.symbols if tok.glued else idx.spaced_symbols).get(tok.text)
    if info is None and tok.glued and len(tok.text) >= 3:
        info = idx.symbols_folded.get(tok.lower)  # "2.4Ghz"
    if info is None or (tok.glued and tok.text in CURRENCY_SCALE_SYMBOLS and currency):
        return None
    return Unit(info.name, info.kind, k, k + 1)


def _hyphenated_unit(tok: Token, k: int, tokens_after: Token | None) -> Unit | None:
    """A unit word opening a hyphenated compound: "barrel-a-day" (a rate), "percent-owned"."""
    idx = index()
    parts = tok.lower.split("-")
    info = idx.words.get((parts[0],))
    if info is None or len(parts[0]) < 2 or parts[0] in HYPHEN_NOT_UNIT:
        return None  # "500 second-hand cars"
    nxt = tokens_after.lower if tokens_after is not None else ""
    if tokens_after is not None and tokens_after.text.islower() and looks_plural(nxt):
        return None  # an adjective before a counted noun
    if len(parts) == 3 and parts[1] in RATE_LINKS:
        den = _rate_denominator(parts[1], parts[2])
        return None if den is None else Unit(f"{info.name} per {den}", info.kind, k, k + 1)
    return Unit(info.name, info.kind, k, k + 1)


def _unit_ratio(tok: Token, k: int) -> Unit | None:
    """One token "X/Y" whose both sides are unit symbols: "kV/cm" -> kilovolt per centimetre."""
    num, sep, den = tok.text.partition("/")
    if not sep or "/" in den:
        return None
    symbols = index().symbols
    top, bottom = symbols.get(num), symbols.get(den)
    if top is None or bottom is None or top.kind == "currency" or bottom.kind == "currency":
        return None
    return Unit(f"{top.name} per {bottom.name}", top.kind, k, k + 1)


def _rate_denominator(link: str, word: str) -> str | None:
    """The denominator of "per share", "a day", "an hour", or None: after "a"/"an" the word
    must be a unit or a rate noun ("$5 a share"), not any noun ("$5 a month later" is)."""
    per_unit = index().words.get((word,))
    if per_unit is not None:
        return per_unit.name
    return singular(word) if link == "per" or word in RATE_NOUNS else None


def per_suffix(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """A rate suffix at ``k``: "per share", "a day", "/hour", "a-year" -> (denominator, end)."""
    if k >= len(tokens):
        return None
    head, dash, rest = tokens[k].lower.partition("-")
    if dash and head in RATE_LINKS and rest.isalpha():  # "£24 a-year"
        den = _rate_denominator(head, rest)
        return None if den is None else (den, k + 1)
    if k + 1 >= len(tokens):
        return None
    link = tokens[k].lower
    word = tokens[k + 1].lower
    if link == "/":
        if not word.isalpha():
            return None
    elif link not in RATE_LINKS or not word.isalpha() or word in NP_STOP:
        return None
    if link in RATE_ARTICLES and lower_at(tokens, k + 2) in TIME_REFERENCE_AFTER:
        return None  # "€2.95 billion a year earlier": a point in time, not a rate
    longer = unit_at(tokens, k + 1, currency=False) if link != "/" else None
    if longer is not None and longer.j > k + 2:
        return longer.name, longer.j  # "$80 per sq m"
    if link == "/":
        per_unit = index().words.get((word,))
        if tokens[k].glued and tokens[k + 1].glued:
            per_unit = per_unit or index().symbols.get(tokens[k + 1].text)  # "km/h"
            if per_unit is None:
                return None
        return (per_unit.name if per_unit is not None else singular(word)), k + 2
    den = _rate_denominator(link, word)
    return None if den is None else (den, k + 2)


def rate_after_brackets(tokens: list[Token], k: int) -> str | None:
    """A rate written after a bracketed conversion: "9 billion shekels ($2.4 billion) a year"."""
    if lower_at(tokens, k) != "(":
        return None
    for t in range(k + 1, min(k + 12, len(tokens))):
        if tokens[t].text == ")":
            per = per_suffix(tokens, t + 1)
            return per[0] if per is not None else None
        if tokens[t].text in ("(", ";"):
            return None
    return None


def unit_of_fraction(tokens: list[Token], j: int) -> Unit | None:
    """"3/4 of a US quart", "half of a mile": a fraction of one unit takes that unit."""
    if lower_at(tokens, j) != "of" or lower_at(tokens, j + 1) not in ONE_UNIT_WORDS:
        return None
    for k in (j + 2, j + 3):  # one modifier may come between: "a US pint"
        unit = unit_at(tokens, k, currency=False)
        if unit is not None and unit.kind != "currency":
            return unit
    return None
