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
    kind = draw(st.sampled_from(["int", "comma", "decimal", "scaled", "abbrev", "nozero",
                                 "power"]))
    if kind == "nozero":  # ".25": a decimal without its zero
        digits = draw(st.integers(1, 999))
        text = f".{digits:03d}"
        return text, float(text)
    if kind == "power":  # "6.02 x 10^23", "1.5×10-9"
        mantissa = draw(st.sampled_from(["1", "1.5", "6.02", "9.81"]))
        exp = draw(st.integers(-30, 30))
        sign = draw(st.sampled_from([" x ", "×", " × "]))  # a glued "1x10" is an identifier
        caret = draw(st.sampled_from(["^", ""])) if exp < 0 else "^"
        return f"{mantissa}{sign}10{caret}{exp}", float(f"{mantissa}e{exp}")
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


# --- news-like sentences and odd characters (test_properties, test_text) -------------------

#: Characters the library normalises one for one, and others that must pass through untouched.
ODD_CHARACTERS = ["\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013", "\u00a0", "\u202f",
                  "\u2009", "\u200b", "\ufeff", "\u2212", "\u2028", "\r\n", "\t", "\u00ab",
                  "\u00bb", "\u0301", "\u200f", "\x00", "\U0001f525", "\u0663", "\uff11"]

BOUND_PHRASES = {  # phrase -> (has low, has high, approximate)
    "up to": (False, True, False),
    "as many as": (False, True, False),
    "at least": (True, False, False),
    "more than": (True, False, False),
    "about": (False, False, True),
    "around": (False, False, True),
}

#: (plural noun, unit reported for it)
PLURAL_NOUNS = [("people", "people"), ("soldiers", "soldier"), ("civilians", "civilian"),
                ("children", "child"), ("fishermen", "fisherman"), ("women", "woman"),
                ("refugees", "refugee"), ("workers", "worker"), ("students", "student"),
                ("miners", "miner"), ("families", "family"), ("patients", "patient")]

_SPEAKERS = ["Officials", "The ministry", "Police", "Dr Ana Ruiz", "the UN", "Reuters",
             "a spokesman", "She", "The World Health Organization"]
_CUES = ["said", "told reporters", "reported", "warned", "estimated"]


def year_like(number: str) -> bool:
    """A comma-less 1000..2199: after "that", "the", "and" ... it is read as a year even before a
    counted noun ("said that 1500 people"). A known bug, pinned in
    test_properties.PINNED_READINGS and kept out of generated bare figures."""
    return number.isdigit() and 1000 <= int(number) < 2200


@st.composite
def news_sentences(draw: st.DrawFn) -> str:
    """A short made-up news paragraph: speakers, cues, bounded numbers, quotes, odd spaces.

    Phrasings that hit known bugs (pinned as strict xfails in test_properties) are avoided:
    a bare clause after "told" or "warned" (or after "reported"/"estimated" when a bound precedes
    a spelled number), a year-like figure without a bound, and a pronoun after "according to".
    """
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        speaker = draw(st.sampled_from(_SPEAKERS))
        cue = draw(st.sampled_from(_CUES))
        bound = draw(st.sampled_from(["", *BOUND_PHRASES]))
        digits = digit_phrasings()
        if not bound:
            digits = digits.filter(lambda p: not year_like(p[0]))
        number, _ = draw(st.one_of(digits, spelled_phrasings()))
        noun, _ = draw(st.sampled_from(PLURAL_NOUNS))
        claim = f"{bound} {number} {noun} were hurt".strip()
        shape = draw(st.integers(0, 3))
        if shape == 0:
            spelled_after_bound = bool(bound) and not number[0].isdigit()
            bare_ok = cue == "said" or (
                cue in ("reported", "estimated") and not spelled_after_bound)
            that = draw(st.sampled_from(["", " that"])) if bare_ok else " that"
            parts.append(f"{speaker} {cue}{that} {claim}.")
        elif shape == 1:
            parts.append(f"{claim[0].upper()}{claim[1:]}, {speaker} {cue}.")
        elif shape == 2:
            parts.append(f"\u201c{claim},\u201d {speaker} {cue}.")
        else:
            source = "the UN" if speaker == "She" else speaker
            parts.append(f"{claim[0].upper()}{claim[1:]}, according to {source}.")
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "\u00a0", " \u2014 "]))
    return sep.join(parts)


#: news-like text with odd characters sprinkled between words
noisy_news = st.lists(
    st.one_of(news_sentences(), st.sampled_from(NEWS_WORDS), st.sampled_from(ODD_CHARACTERS)),
    max_size=12,
).map(" ".join)


@st.composite
def signed_ranges(draw: st.DrawFn) -> tuple[str, float, float]:
    """A range with a sign on either end, or on both: "from -10 to -5", "between minus 3 and
    4", "-20 to -1.5": (phrase, low, high)."""
    ends = st.integers(-999, 999).filter(bool).map(lambda n: n / 10 if n % 3 == 0 else float(n))
    va = draw(ends)
    vb = draw(ends.filter(lambda x: x != va))
    minus = draw(st.sampled_from(["-", "minus "]))
    shape = draw(st.sampled_from(["from {a} to {b}", "between {a} and {b}", "{a} to {b}"]))

    def write(x: float) -> str:
        return (minus if x < 0 else "") + f"{abs(x):g}"

    return shape.format(a=write(va), b=write(vb)), min(va, vb), max(va, vb)


@st.composite
def compound_durations(draw: st.DrawFn) -> tuple[str, float, str]:
    """"2 hours 15 minutes", "3 minutes and 49.04 seconds", "1 hour 5 minutes 12 seconds":
    (phrase, value in the smallest unit, that unit)."""
    units = draw(st.sampled_from([("hour", "minute"), ("minute", "second"),
                                  ("hour", "minute", "second"), ("day", "hour")]))
    size = {"day": 86400.0, "hour": 3600.0, "minute": 60.0, "second": 1.0}
    parts: list[str] = []
    total = 0.0
    for k, unit in enumerate(units):
        last = k == len(units) - 1
        n = draw(st.integers(2, 59)) if not last else draw(
            st.integers(2, 59).map(float) | st.integers(200, 5999).map(lambda x: x / 100))
        word = unit + "s"
        joiner = draw(st.sampled_from([" ", " and "])) if last and k else " "
        parts.append((joiner if k else "") + f"{n:g} {word}")
        total += n * size[unit]
    smallest = units[-1]
    return "".join(parts), total / size[smallest], smallest


#: (maker, model numbers) for model-number neighbours of a count
MAKERS = [("Boeing", ["737", "747", "777", "787"]), ("Airbus", ["320", "330", "350", "380"]),
          ("Embraer", ["175", "190"])]
#: (plural noun, unit)
CRAFT_NOUNS = [("jets", "jet"), ("aircraft", "aircraft"), ("planes", "plane"),
               ("airliners", "airliner")]


@st.composite
def model_neighbours(draw: st.DrawFn) -> tuple[str, int, str, str]:
    """A count next to a model number: "14 Boeing 777 jets", "six Airbus 350 aircraft":
    (phrase, count, unit, model number)."""
    maker, models = draw(st.sampled_from(MAKERS))
    model = draw(st.sampled_from(models))
    noun, unit = draw(st.sampled_from(CRAFT_NOUNS))
    n = draw(st.integers(2, 999))
    words = draw(st.booleans()) and n < 1000
    count = spell(n) if words else str(n)
    return f"{count} {maker} {model} {noun}", n, unit, model


@st.composite
def model_variant_neighbours(draw: st.DrawFn) -> tuple[str, int, str, tuple[str, str]]:
    """A count next to a model and its variant, with or without the maker: "40 787-9 jets",
    "twelve Boeing 747-400 planes": (phrase, count, unit, (model, variant))."""
    maker, models = draw(st.sampled_from(MAKERS))
    model = draw(st.sampled_from(models))
    variant = str(draw(st.integers(1, int(model) - 1)))
    noun, unit = draw(st.sampled_from(CRAFT_NOUNS))
    n = draw(st.integers(2, 999))
    count = spell(n) if draw(st.booleans()) else str(n)
    name = f"{maker} " if draw(st.booleans()) else ""
    return f"{count} {name}{model}-{variant} {noun}", n, unit, (model, variant)
