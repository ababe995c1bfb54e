"""Number words, scale words, fractions, vague plurals and currency markers.

Read by ``numbers`` (spelling and scales) and ``quantities`` (currencies).
"""

from __future__ import annotations

from typing import Final

#: Spelled cardinals below one hundred that stand alone.
UNITS: Final[dict[str, int]] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
#: Spelled tens ("forty-two" is read as 40 + 2; "fourty" is a common misspelling).
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

#: Multipliers written as words ("two million", "3.5 billion") or abbreviations.
SCALES: Final[dict[str, float]] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
#: Abbreviated scales glued to or following digits ("2.5bn", "5 mln", "300k").
SCALE_ABBREVIATIONS: Final[dict[str, float]] = {
    "k": 1e3, "K": 1e3, "thou": 1e3,
    "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "M": 1e6,
    "bn": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9,
    "tn": 1e12, "trn": 1e12, "tr": 1e12, "T": 1e12,
}
#: Capital scale letters read as scales apart from the number when a counted noun follows
#: ("8 B people", "2.5 M users").
COUNT_SCALE_LETTERS: Final[frozenset[str]] = frozenset({"B", "M"})
#: "m" means million only after a currency ("EUR5m"); elsewhere it is metres.
CURRENCY_ONLY_SCALES: Final[dict[str, float]] = {"m": 1e6}

#: Words that count a fixed number of items.
GROUP_WORDS: Final[dict[str, int]] = {"dozen": 12, "score": 20, "gross": 144}

#: Fractions written as words; plural forms follow a numerator ("two-thirds").
FRACTIONS: Final[dict[str, float]] = {
    "half": 1 / 2, "halves": 1 / 2,
    "third": 1 / 3, "thirds": 1 / 3,
    "quarter": 1 / 4, "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4,
    "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8, "eighths": 1 / 8,
    "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10,
}
#: Vulgar fractions written as one character ("1½ million", "¾ of voters").
VULGAR_FRACTIONS: Final[dict[str, float]] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8,
    "⅝": 5 / 8, "⅞": 7 / 8, "⅑": 1 / 9, "⅒": 1 / 10,
}
#: Fraction words that are read as fractions only after "a", "one" or a numerator
#: ("a third of", "two-fifths"), never alone ("the third attack" is an ordinal).
FRACTION_NEEDS_NUMERATOR: Final[frozenset[str]] = frozenset(
    w for w in FRACTIONS if w not in ("half", "halves")
)

#: Vague plurals and their conventional intervals (the NewsQuant convention).
#: Keys are word sequences; "tens of thousands" is matched before "tens".
VAGUE_PLURALS: Final[dict[tuple[str, ...], tuple[float, float]]] = {
    ("dozens",): (12, 120),
    ("scores",): (40, 200),
    ("tens", "of", "thousands"): (1e4, 1e5),
    ("tens", "of", "millions"): (1e7, 1e8),
    ("tens", "of", "billions"): (1e10, 1e11),
    ("hundreds", "of", "thousands"): (1e5, 1e6),
    ("hundreds", "of", "millions"): (1e8, 1e9),
    ("hundreds", "of", "billions"): (1e11, 1e12),
    ("hundreds",): (100, 1000),
    ("thousands",): (1e3, 1e4),
    ("millions",): (1e6, 1e7),
    ("billions",): (1e9, 1e10),
    ("trillions",): (1e12, 1e13),
}

#: Currency symbols that precede a number, with quantulum3's unit names.
CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "$": "dollar", "US$": "dollar", "USD": "dollar",
    "A$": "australian dollar", "AU$": "australian dollar", "AUD": "australian dollar",
    "C$": "canadian dollar", "CA$": "canadian dollar", "CAD": "canadian dollar",
    "NZ$": "new zealand dollar", "NZD": "new zealand dollar",
    "HK$": "hong kong dollar", "HKD": "hong kong dollar",
    "S$": "singapore dollar", "SGD": "singapore dollar",
    "NT$": "new taiwan dollar",
    "£": "pound sterling", "GBP": "pound sterling",
    "€": "euro", "EUR": "euro",
    "¥": "japanese yen", "JPY": "japanese yen",
    "CN¥": "chinese yuan", "RMB": "chinese yuan", "CNY": "chinese yuan",
    "₹": "indian rupee", "Rs": "indian rupee", "INR": "indian rupee",
    "RM": "malaysian ringgit", "MYR": "malaysian ringgit",
    "R": "south african rand", "ZAR": "south african rand",
    "₩": "south korean won", "KRW": "south korean won",
    "₽": "russian ruble", "RUB": "russian ruble",
    "CHF": "swiss franc", "Fr": "swiss franc",
    "₺": "turkish lira", "TRY": "turkish lira",
    "₦": "nigerian naira", "NGN": "nigerian naira",
    "₱": "philippine peso", "PHP": "philippine peso",
    "R$": "brazilian real", "BRL": "brazilian real",
    "Mex$": "mexican peso", "MXN": "mexican peso",
    "kr": "swedish krona", "SEK": "swedish krona",
    "₪": "israeli new shekel", "ILS": "israeli new shekel",
    "Rp": "indonesian rupiah", "IDR": "indonesian rupiah",
    "AED": "united arab emirates dirham",
    "SAR": "saudi riyal",
}
#: Country marks written after a "$" figure, naming the plain dollar ("$75 U.S. a barrel",
#: "$31.20 US"): read through, so a rate or a range can follow.
DOLLAR_COUNTRY_AFTER: Final[frozenset[str]] = frozenset({"US", "U.S.", "USD"})
#: Currency signs as ASCII-folding tools write them ("£" -> "PS", "¥" -> "Y="), glued to digits.
ASCII_CURRENCY_PREFIXES: Final[dict[str, str]] = {"PS": "pound sterling", "Y": "japanese yen"}

#: Letter prefixes that combine with "$" ("US$", "HK$", and "$US", "$A" after it).
DOLLAR_PREFIXES: Final[frozenset[str]] = frozenset(
    s[:-1] for s in CURRENCY_SYMBOLS if s.endswith("$") and len(s) > 1
)

#: Suffixes glued to digits that make the token something other than a quantity.
ORDINAL_SUFFIXES: Final[frozenset[str]] = frozenset({"st", "nd", "rd", "th"})

#: Words that make a glued "m" after a number metres, not millions ("a 2m high wall").
DIMENSION_WORDS: Final[frozenset[str]] = frozenset(
    """tall high long wide deep thick away across wall walls above below metres meters
    square cubic""".split()
)

#: Participles that modify a counted noun after "2.7m" ("2.7m combined sales"); other words
#: in -ed or -ing after a glued "m" are verbs, and the "m" stays metres ("jumped 8m and broke").
COUNT_PARTICIPLES: Final[frozenset[str]] = frozenset(
    """combined estimated registered reported confirmed paid unpaid licensed listed
    recorded connected subscribed existing remaining outstanding missing""".split()
)

#: Words after "half" that make it a number ("half of the votes", "half the town").
HALF_FOLLOWERS: Final = frozenset({"of", "the", "its", "their", "his", "her", "our"})
#: Words before "half", "a third", "a quarter" that make them the size of a change, a
#: number whatever follows ("fell by half", "cut by a quarter last year"; not "half past").
FRACTION_CHANGE_BEFORE: Final[frozenset[str]] = frozenset({"by"})
#: Words that may follow such a fraction: the clause goes on ("by a third last year",
#: "by half since 2019"), so "by a third attempt" is an ordinal.
FRACTION_CHANGE_AFTER: Final[frozenset[str]] = frozenset(
    """. , ; : ) and or but in on at to from since over last this compared after before
    during while between year-on-year""".split()
)
#: Words before "half" that make it a noun ("the other half", "the first half").
HALF_NOT_AFTER: Final[frozenset[str]] = frozenset({"first", "second", "other", "the", "a"})

#: Unit symbols that take a written power glued to the number ("32m2", "5km²").
POWER_BASES: Final[frozenset[str]] = frozenset({"m", "km", "cm", "mm", "ft", "mi"})
#: Words that may come before digits across a hyphen without making an identifier
#: ("mid-2020", "pre-1990", "over-50s"), where "COVID-19" is one.
NUMBER_PREFIXES: Final[frozenset[str]] = frozenset(
    """mid pre post late early minus sub over under plus top around about nearly some
    approximately roughly""".split()
)
#: Multiplication signs of scientific notation ("1.5 x 10^6"); "*" as typed in plain text.
TIMES_SIGNS: Final[frozenset[str]] = frozenset({"x", "×", "*"})
#: Scale abbreviations written apart from the number ("5 bn", "300 mln").
SPACED_SCALE_ABBREVIATIONS: Final = frozenset({"bn", "mn", "mln", "bln", "tn", "trn"})
#: Scale letters that are scales only after a currency ("$5 m", "$2b", "€300 k").
CURRENCY_SCALE_LETTERS: Final[frozenset[str]] = frozenset({"m", "b", "k"})
#: Glued scale letters read as scales only after a currency ("$2B", "$1T"): after a bare
#: number they are units or names ("4B", "5T").
CURRENCY_ONLY_GLUED_SCALES: Final[frozenset[str]] = frozenset({"B", "T", "b"})
#: "one and a half", "two and a half million".
AND_A_HALF: Final[tuple[str, ...]] = ("and", "a", "half")
#: Words that open a spelled number: articles ("a dozen", "a million") and "half".
NUMBER_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
#: Words after "a third" that keep it a fraction ("a third of", "a quarter a year").
FRACTION_FOLLOWERS: Final[frozenset[str]] = frozenset({"of", "a", "an"})
#: Words a written fraction may measure besides the unit table ("1/2 pound").
FRACTION_MEASURES: Final[frozenset[str]] = frozenset({"pound", "pounds"})
#: Suffixes of verbs after a glued "m" that keep it metres ("jumped 8m", "waves of 5m
#: battering"), unless the word is a counting participle.
VERB_SUFFIXES: Final[tuple[str, ...]] = ("ed", "ing")
