"""Hypothesis strategies: number phrasings generated from a value, and news-like noise."""

from __future__ import annotations

from hypothesis import strategies as st

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell_below_thousand(n: int) -> str:
    """English words for 0 <= n < 1000 ("two hundred and forty-one")."""
    assert 0 <= n < 1000
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{_UNITS[hundreds]} hundred")
    if rest or not hundreds:
        if rest < 20:
            words = _UNITS[rest]
        else:
            tens, units = divmod(rest, 10)
            words = _TENS[tens] + (f"-{_UNITS[units]}" if units else "")
        if hundreds:
            parts.append("and")
        parts.append(words)
    return " ".join(parts)


def spell(n: int) -> str:
    """English words for 0 <= n < 10**12."""
    if n == 0:
        return "zero"
    groups = [("billion", 10**9), ("million", 10**6), ("thousand", 10**3)]
    parts = []
    for word, size in groups:
        q, n = divmod(n, size)
        if q:
            parts.append(f"{spell_below_thousand(q)} {word}")
    if n:
        parts.append(spell_below_thousand(n))
    return " ".join(parts)


def with_commas(n: int) -> str:
    return f"{n:,}"


@st.composite
def digit_phrasings(draw: st.DrawFn) -> tuple[str, float]:
    """A written number and its value: "1,234", "2.5 million", "3bn", "12,345.67"."""
    kind = draw(st.sampled_from(["int", "comma", "decimal", "scaled", "abbrev"]))
    if kind == "int":
        n = draw(st.integers(0, 10**9))
        return str(n), float(n)
    if kind == "comma":
        n = draw(st.integers(1000, 10**12))
        return with_commas(n), float(n)
    if kind == "decimal":
        whole = draw(st.integers(0, 99999))
        frac = draw(st.integers(0, 99))
        text = f"{whole}.{frac:02d}"
        return text, float(text)
    mantissa = draw(st.sampled_from(["1", "2.5", "3.75", "12", "40", "999"]))
    if kind == "scaled":
        word, mult = draw(st.sampled_from([("thousand", 1e3), ("million", 1e6),
                                           ("billion", 1e9), ("trillion", 1e12)]))
        return f"{mantissa} {word}", float(mantissa) * mult
    abbr, mult = draw(st.sampled_from([("bn", 1e9), ("k", 1e3), ("mn", 1e6), ("tn", 1e12)]))
    return f"{mantissa}{abbr}", float(mantissa) * mult


@st.composite
def spelled_phrasings(draw: st.DrawFn) -> tuple[str, float]:
    n = draw(st.integers(0, 10**11))
    return spell(n), float(n)


NEWS_WORDS = ["said", "the", "police", "about", "up to", "more than", "%", "$", "people",
              "killed", "million", ",", ".", '"', "he", "according to", "officials",
              "between", "and", "-", "rose", "fell", "2019", "December", "1", "40", "3.5",
              "dozens of", "hundreds", "minus", "per cent", "km", "(", ")", "'", "\n",
              "Reuters", "reported", "told", "she", "they", "could", "reportedly"]

news_noise = st.lists(
    st.one_of(st.sampled_from(NEWS_WORDS), st.text(max_size=4)), max_size=60
).map(" ".join)
