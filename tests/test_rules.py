"""Rule-keyed tests: every named rule of every rule table, on phrasings written for it.

Each table of the library (exclusion rules, number readers, quantity phases, frame shapes,
noun-phrase steps, role rules, link and resolver steps, hedge cue rules) has a table of rows
here, keyed by rule name: a real-looking news sentence and the reading that rule is
responsible for.  The pytest id of a row starts with its rule name, so a failing row names
the rule.  Every sentence was written for these tests; none is copied from an article.

Three kinds of test read the rows:

* the reading test of each table: the row's sentence gives the expected reading;
* ``test_row_needs_its_rule``: with the row's rule taken out of its table, the reading
  changes (so the row really exercises that rule, not a neighbour); the few rows that
  cannot show this are listed in ``NOT_ABLATABLE`` with the reason;
* the meta tests: every rule of every table has a row, and every rule has a docstring with
  a quoted example.

A row with ``bug`` set pins a known limitation: it runs as a strict xfail with that reason.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any, NamedTuple

import pytest

import attribquant
from attribquant import (
    attribution,
    exclusion,
    hedges,
    mentions,
    names,
    numbers,
    quantities,
    resolver,
)
from attribquant.exclusion import deciding_rule
from attribquant.names import scan_names
from attribquant.numbers import Number, find_numbers, number_tokens
from attribquant.text import normalise, paragraphs, sentences
from attribquant.tokens import SentenceTokens, Token, tokenize

from .source import docstring_of

# --------------------------------------------------------------------------------------------
# Row types
# --------------------------------------------------------------------------------------------


class ExclusionRow(NamedTuple):
    """The number written ``number`` in ``text`` is decided by ``rule``, of ``kind``."""

    rule: str
    kind: str | None
    text: str
    number: str
    nth: int = 0  # which of the numbers written ``number`` (0: the first)
    bug: str = ""


class NumberRow(NamedTuple):
    """The number reader reads ``number`` in ``text`` as this value, interval and shape."""

    rule: str
    text: str
    number: str
    value: float | None
    low: float | None = None
    high: float | None = None
    shape: str = "number"
    bug: str = ""


class QuantityRow(NamedTuple):
    """The quantity written ``quantity`` in ``text`` has this whole reading."""

    rule: str
    text: str
    quantity: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    change: str | None = None
    unit: str | None = None
    unit_kind: str | None = None
    subject: str | None = None
    hedges: tuple[tuple[str, str], ...] = ()  # (cue, kind), in text order
    bug: str = ""


class FrameRow(NamedTuple):
    """The frame of cue ``cue`` in ``text``: its speaker mention and content; a ``speaker``
    of None means the cue makes no frame."""

    rule: str
    text: str
    cue: str
    speaker: str | None
    content: str | None = None
    bug: str = ""


class MentionRow(NamedTuple):
    """The speaker mention of the frame of cue ``cue`` in ``text``; an empty ``mention``
    means the cue makes no frame."""

    rule: str
    text: str
    cue: str
    mention: str
    bug: str = ""


class SpeakerRow(NamedTuple):
    """The speaker of the last frame of ``text``: its mention, canonical name, resolved."""

    rule: str
    text: str
    mention: str
    name: str
    resolved: bool = True
    bug: str = ""
    kind: str = ""  # the speaker's kind, checked when given


class SourcesRow(NamedTuple):
    """The document's speakers: (canonical name, mention texts), in order."""

    rule: str
    text: str
    sources: tuple[tuple[str, tuple[str, ...]], ...]
    bug: str = ""


class KindRow(NamedTuple):
    """The kind of the proper name written ``name`` in ``text`` (``names.NameKind``)."""

    rule: str
    text: str
    name: str
    kind: str
    bug: str = ""


class HedgeRow(NamedTuple):
    """Every hedge (cue, kind) of the quantity written ``quantity`` in ``text``."""

    rule: str
    text: str
    quantity: str
    hedges: tuple[tuple[str, str], ...]
    bug: str = ""


# --------------------------------------------------------------------------------------------
# exclusion.EXCLUSION_RULES: is a number a quantity?
# --------------------------------------------------------------------------------------------

EXCLUSION_ROWS: list[ExclusionRow] = [
    ExclusionRow("date_code", "date", "The outbreak began on 2021-03-14 in the port city.",
                 "2021-03-14"),
    ExclusionRow("date_code", "date", "Polling closed on 05/11/2022 without incident.",
                 "05/11/2022"),
    ExclusionRow("time_code", "time", "Talks resumed at 14:45 local time.", "14:45"),
    ExclusionRow("time_code", "time", "The last train leaves by 11:30pm on weekdays.",
                 "11:30pm"),
    ExclusionRow("year_range_code", "year", "Her contract runs through the 2023-24 campaign.",
                 "2023-24"),
    ExclusionRow("year_range_code", "year", "Enrolment fell in the 2019/20 school year.",
                 "2019/20"),
    ExclusionRow("code", "identifier", "Flights were grounded after the MH17 disaster.", "MH17"),
    ExclusionRow("code", "identifier", "Cases of H5N1 were confirmed on two farms.", "H5N1"),
    ExclusionRow("ordinal", "ordinal", "He finished 3rd in the sprint.", "3rd"),
    ExclusionRow("ordinal", "ordinal", "The firm marked its 150th anniversary.", "150th"),
    ExclusionRow("decade", "year", "Rents have doubled since the 1980s.", "1980s"),
    ExclusionRow("decade", "year", "Vinyl sales last peaked in the 90s.", "90s"),
    ExclusionRow("slash_pair", "identifier", "The hotline is staffed 24/7 by volunteers.",
                 "24/7"),
    ExclusionRow("slash_pair", "identifier", "Memorials marked the 9/11 anniversary.", "9/11"),
    ExclusionRow("long_digits", "identifier",
                 "Investigators traced account 12345678901234567890123 to the suspect.",
                 "12345678901234567890123"),
    ExclusionRow("year_span_end", "year", "Banks failed in the slump of 2008-9.", "9"),
    ExclusionRow("model_variant", "identifier", "The carrier ordered 20 777-9 jets.", "777"),
    ExclusionRow("model_variant", "identifier", "The carrier ordered 20 777-9 jets.", "9"),
    ExclusionRow("tally", "score", "The pitcher retired with a record of 212-141.", "212"),
    ExclusionRow("tally", "score", "The chamber passed the bill, 318-97, on Friday.", "97"),
    ExclusionRow("long_digits", "identifier",
                 "The filing cites post 904417730251108352 as evidence.",
                 "904417730251108352"),
    ExclusionRow("pronoun_one", "pronoun", "Each one of the flats was searched.", "one"),
    ExclusionRow("pronoun_one", "pronoun", "No one was hurt in the blaze.", "one"),
    ExclusionRow("pronoun_one", "pronoun", "The rivals congratulated one another.", "one"),
    ExclusionRow("pronoun_one", "pronoun", "Each one sells for about $12.", "one"),
    ExclusionRow("pronoun_one", "pronoun", "This one seats 40 diners.", "one"),
    ExclusionRow("partitive_one", "pronoun", "Two guards died in one of the raids.", "one"),
    ExclusionRow("partitive_one", "pronoun", "The fire started at one of its depots.", "one"),
    ExclusionRow("spelled_name", "identifier", "The debate aired on BBC One last night.",
                 "One"),
    ExclusionRow("spelled_name", "identifier", "He drove in Formula One for a decade.", "One"),
    ExclusionRow("rank", "ordinal", "The club sits in the bottom three.", "three"),
    ExclusionRow("rank", "ordinal", "The song spent a month in the top 10.", "10"),
    ExclusionRow("spelled_or_vague", None, "Forty protesters gathered outside.", "Forty"),
    ExclusionRow("spelled_or_vague", None, "Dozens of homes were damaged.", "Dozens"),
    ExclusionRow("spelled_or_vague", None, "He is one of the best players in the league.",
                 "one"),
    ExclusionRow("spelled_or_vague", None, "There is only one exit on this floor.", "one"),
    ExclusionRow("spelled_or_vague", None, "STORM WARNING Three people were hurt.", "Three"),
    ExclusionRow("spelled_or_vague", None, "They signed two players from the top three clubs.",
                 "three"),
    ExclusionRow("currency", None, "The painting fetched $1995 at auction.", "1995"),
    ExclusionRow("currency", None, "The fine was set at £2000.", "2000"),
    ExclusionRow("index_name", "identifier", "The Nikkei 225 closed higher.", "225"),
    ExclusionRow("index_name", "identifier", "The FTSE 250 slipped 0.4%.", "250"),
    ExclusionRow("month_before_day", "date", "The vote is scheduled for March 3.", "3"),
    ExclusionRow("month_before_day", "date", "Rates were cut on Sept. 18.", "18"),
    ExclusionRow("day_before_month", "date", "The ceasefire began on 14 August.", "14"),
    ExclusionRow("day_before_month", "date", "Schools reopen on 2 May, officials said.", "2"),
    ExclusionRow("clock_time", "time", "The briefing starts at 9 a.m.", "9"),
    ExclusionRow("clock_time", "time", "The polls close at 8pm.", "8"),
    ExclusionRow("clock_time", "time", "Trading halted at 1430 GMT.", "1430"),
    ExclusionRow("clock_time", "time", "The convoy left base at 0615 UTC on Friday.", "0615"),
    ExclusionRow("score_before_dash", "score", "City won 4-1 at home.", "4"),
    ExclusionRow("score_before_dash", "score", "The visitors lost 0-3 in the final.", "0"),
    ExclusionRow("score_before_dash", "score", "The Bulls won 118-109 in overtime.", "118"),
    ExclusionRow("score_before_dash", "score", "The court ruled 5-4 against the state.", "5"),
    ExclusionRow("tie_before_dash", "score",
                 "The game was tied at 77-77 late in the fourth quarter.", "77"),
    ExclusionRow("tie_before_dash", "score", "The sides were level at 21-21.", "21"),
    ExclusionRow("score_after_dash", "score", "The final score was 2-0 for the visitors.", "0"),
    ExclusionRow("score_after_dash", "score", "The visitors lost 0-3 in the final.", "3"),
    ExclusionRow("score_after_dash", "score", "The Bulls won 118-109 in overtime.", "109"),
    ExclusionRow("score_after_dash", "score", "The senate voted 52-47 to pass the bill.", "47"),
    ExclusionRow("tie_after_dash", "score", "Both teams were level at 88-88 with a minute left.",
                 "88", nth=1),
    ExclusionRow("tie_after_dash", "score", "The council vote was tied at 150-150.", "150",
                 nth=1),
    ExclusionRow("day_range_end", "date", "The summit runs Nov. 4-6 in Lima.", "6"),
    ExclusionRow("day_range_end", "date", "Talks resume Sept. 9-11 in Geneva.", "11"),
    ExclusionRow("day_range_start", "date", "Voting is set for 12-14 March.", "12"),
    ExclusionRow("day_range_start", "date", "The fair runs 2-5 June this year.", "2"),
    ExclusionRow("part_number", "identifier", "The valve meets EN 12266-1 standards.", "1"),
    ExclusionRow("part_number", "identifier", "Cables must comply with IEC 60227-5.", "5"),
    ExclusionRow("postcode", "identifier", "The office is at 1 Park Row, Leeds LS1 5AB.", "5"),
    ExclusionRow("postcode", "identifier", "She lives in Austin, TX 78701, with her sons.",
                 "78701"),
    ExclusionRow("postcode", "identifier", "Residents of ZIP code 10027 were surveyed.",
                 "10027"),
    ExclusionRow("phone_number", "identifier", "Readers can call 0800 123 4567 for advice.",
                 "123"),
    ExclusionRow("phone_number", "identifier", "The helpline is +61 2 9876 5432, police said.",
                 "9876"),
    ExclusionRow("street_address", "identifier", "Police raided a flat at 42 Elm Street.", "42"),
    ExclusionRow("street_address", "identifier",
                 "The consulate moved to 120 W 44th St last year.", "120"),
    ExclusionRow("year_like_measure", None, "The truck carries a 1200 kg payload.", "1200"),
    ExclusionRow("year_like_measure", None, "The pipeline stretches 1900 km across the steppe.",
                 "1900"),
    ExclusionRow("year_before_noun", "year", "The company's 2022 results disappointed.", "2022"),
    ExclusionRow("year_before_noun", "year",
                 "Organisers expect the 2026 Winter Games to turn a profit.", "2026"),
    ExclusionRow("year_before_noun", "year", "The 2019 Oxford researchers retracted it.",
                 "2019"),
    ExclusionRow("amount_of", None, "The strike drew a total of 1800.", "1800"),
    ExclusionRow("amount_of", None, "Ticket sales hit a record count of 1200.", "1200"),
    ExclusionRow("bare_year", "year", "The plant closed in 1987.", "1987"),
    ExclusionRow("bare_year", "year", "Until 2011 the border stayed open.", "2011"),
    ExclusionRow("bare_year", "year", "Between 1750 and 1850 sea levels barely moved.", "1750"),
    ExclusionRow("counted_model", "identifier", "The airline leased 14 Airbus 321 jets.", "321"),
    ExclusionRow("counted_model", "identifier", "The navy bought six Boeing 737 patrol planes.",
                 "737"),
    ExclusionRow("determiner_model", "identifier", "The 747 touched down in Doha.", "747"),
    ExclusionRow("determiner_model", "identifier", "Its 787 Dreamliner fleet is grounded.",
                 "787"),
    ExclusionRow("name_number", "identifier", "He unveiled the Pixel 8 on stage.", "8"),
    ExclusionRow("name_number", "identifier", "The Lakers won Game 4.", "4"),
    ExclusionRow("address_name", "identifier", "The embassy at 18 Rue Royale was closed.", "18"),
    ExclusionRow("address_name", "identifier", "Residents of 14 Harbour View were evacuated.",
                 "14"),
    ExclusionRow("numbered_noun", "identifier",
                 "The hearing was held in room 312 of the courthouse.", "312"),
    ExclusionRow("numbered_noun", "identifier",
                 "The suspect was charged under article 7 of the code.", "7"),
    ExclusionRow("number_sign", "identifier", "She is ranked No. 3 in the world.", "3"),
    ExclusionRow("number_sign", "identifier", "Engineers inspected the Nos. 4 and 5 reactors.",
                 "4"),
    ExclusionRow("bracketed_after_name", "identifier", "Striker Leo Diaz (9) scored twice.",
                 "9"),
    ExclusionRow("bracketed_after_name", "identifier", "Midfielder Sam Okoro (14) was booked.",
                 "14"),
]

#: Plain quantities: no rule decides them (sentence, number).
QUANTITY_NUMBERS: list[tuple[str, str]] = [
    ("About 350 people attended the rally.", "350"),
    ("The storm destroyed 1200 homes.", "1200"),
    ("Inflation reached 7.5 percent.", "7.5"),
    ("The firm formed a 50-50 venture with a rival.", "50"),
    ("The firm cut 30-40 jobs after the vote.", "30"),
    ("The 300 who were arrested were freed.", "300"),
    ("The 131-page report was leaked.", "131"),
    ("The levy falls on the top 4 or 5 percent of households.", "4"),
]

# --------------------------------------------------------------------------------------------
# numbers.NUMBER_READERS and numbers.DIGIT_READERS: how a number is written
# --------------------------------------------------------------------------------------------

NUMBER_READER_ROWS: list[NumberRow] = [
    NumberRow("digits", "The port handled 3,450,000 containers last year.", "3,450,000",
              3450000),
    NumberRow("digits", "The fund raised 12 500 000 kroner.", "12 500 000", 12500000),
    NumberRow("digits", "Turnover hit 2.5bn euros.", "2.5bn", 2.5e9),
    NumberRow("digits", "The service now has 3.5 M subscribers.", "3.5 M", 3.5e6),
    NumberRow("vague_plural", "Hundreds of mourners lined the route.", "Hundreds",
              None, 100, 1000),
    NumberRow("vague_plural", "Thousands of fans queued for tickets.", "Thousands",
              None, 1000, 10000),
    NumberRow("article_number", "Police arrested a thousand protesters.", "a thousand", 1000),
    NumberRow("article_number", "The deal could be worth a billion dollars.", "a billion", 1e9),
    NumberRow("article_number", "A quarter of the staff quit.", "A quarter", 0.25),
    NumberRow("article_number", "Bus fares rose by a quarter last year.", "a quarter", 0.25),
    NumberRow("half", "Profits fell by half in the quarter.", "half", 0.5),
    NumberRow("half", "Half of the ballots were spoiled.", "Half", 0.5),
    NumberRow("half", "The city has half a billion dollars in reserves.", "half a billion",
              5e8),
    NumberRow("half", "She finished half a second behind.", "half a", 0.5),
    NumberRow("half", "Volunteers baked half a dozen pies.", "half a dozen", 6),
    NumberRow("vulgar_fraction", "Nearly ¾ of the turnout was under 30.", "¾", 0.75),
    NumberRow("vulgar_fraction", "The repairs ran to ½ million dollars.", "½ million", 5e5),
    NumberRow("fold_word", "Demand for masks rose ninefold in a week.", "ninefold", 9),
    NumberRow("fold_word", "Fertiliser use grew sevenfold after the subsidy.", "sevenfold", 7),
    NumberRow("hyphen_fraction", "Two-thirds of voters backed the plan.", "Two-thirds", 2 / 3),
    NumberRow("hyphen_fraction", "One-fifth of the forest has burned.", "One-fifth", 0.2),
    NumberRow("spelled_fraction", "One quarter of the harvest was lost.", "One quarter", 0.25),
    NumberRow("spelled_fraction", "Three fifths of the budget goes on salaries.",
              "Three fifths", 0.6),
    NumberRow("spelled", "Seventy-three miners were rescued.", "Seventy-three", 73),
    NumberRow("spelled", "The fire destroyed two hundred and forty homes.",
              "two hundred and forty", 240),
    NumberRow("spelled", "Officials counted three dozen bodies.", "three dozen", 36),
    NumberRow("spelled", "The grant rose to two and a half million pounds.",
              "two and a half million", 2.5e6),
]

DIGIT_READER_ROWS: list[NumberRow] = [
    NumberRow("ordinal_suffix", "She placed 21st in the marathon.", "21st", 21,
              shape="ordinal"),
    NumberRow("ordinal_suffix", "The lift stalled at the 32nd floor.", "32nd", 32,
              shape="ordinal"),
    NumberRow("decade_suffix", "Car ownership soared in the 1960s.", "1960s", 1960,
              shape="decade"),
    NumberRow("decade_suffix", "Big shoulder pads were back, as in the 80s.", "80s", 80,
              shape="decade"),
    NumberRow("written_fraction", "Only 2/3 of the pledged aid arrived.", "2/3", 2 / 3),
    NumberRow("written_fraction", "Add 2/3 cup of milk.", "2/3", 2 / 3),
    NumberRow("written_fraction", "The helpline now runs 24/7.", "24/7", None,
              shape="slash-pair"),
    NumberRow("scientific", "The star has a mass of 4.1 x 10^31 kg.", "4.1 x 10^31", 4.1e31),
    NumberRow("scientific", "An electron weighs 9.1 × 10-31 kg.", "9.1 × 10-31", 9.1e-31),
    NumberRow("whole_and_vulgar", "The region has 1½ million residents.", "1½ million", 1.5e6),
    NumberRow("whole_and_vulgar", "The coastal path is 2 ¾ miles long.", "2 ¾", 2.75),
    NumberRow("fold_suffix", "Prices for the drug rose 30-fold.", "30-fold", 30),
    NumberRow("fold_suffix", "Yields jumped 4-fold in a decade.", "4-fold", 4),
]

# --------------------------------------------------------------------------------------------
# quantities.BUILD_PHASES and quantities.CONTEXT_RULES: the reading of a quantity
# --------------------------------------------------------------------------------------------

Q = QuantityRow

BUILD_PHASE_ROWS: list[QuantityRow] = [
    Q("vague", "Hundreds of mourners lined the route.", "Hundreds of mourners",
      low=100, high=1000, unit="mourner", unit_kind="count", subject="mourners",
      hedges=(("Hundreds", "vague"),)),
    Q("currency_before", "The club spent £45m on the striker.", "£45m",
      value=45e6, unit="pound sterling", unit_kind="currency"),
    Q("currency_before", "The bridge will cost Rs 40 crore.", "Rs 40 crore",
      value=4e8, unit="indian rupee", unit_kind="currency"),
    Q("currency_before", "The fund lost $-3.2bn in the quarter.", "$-3.2bn",
      value=-3.2e9, change="down", unit="dollar", unit_kind="currency"),
    Q("currency_before", "Holders were offered C $7.25 a share in cash.", "C $7.25 a share",
      value=7.25, unit="canadian dollar per share", unit_kind="currency"),
    Q("sign", "Overnight lows reached -12 degrees Celsius.", "-12 degrees Celsius",
      value=-12, unit="degree Celsius", unit_kind="physical"),
    Q("sign", "Temperatures plunged to minus 20 degrees.", "minus 20 degrees",
      value=-20, unit="degree", unit_kind="physical"),
    Q("sign", "The benchmark yield edged up +0.25% overnight.", "+0.25%",
      value=0.25, change="up", unit="percentage", unit_kind="percent"),
    Q("ratio", "The risk of a reaction is one in 10,000.", "one in 10,000", value=1e-4),
    Q("ratio", "One out of four adults smokes daily.", "One out of four adults", value=0.25,
      unit="adult", unit_kind="count", subject="adults"),
    Q("range", "Overnight lows ranged from -12 to -4 degrees.", "from -12 to -4 degrees",
      low=-12, high=-4, unit="degree", unit_kind="physical"),
    Q("range", "Between 300 and 400 migrants were rescued.", "Between 300 and 400 migrants",
      low=300, high=400, unit="migrant", unit_kind="count", subject="migrants"),
    Q("range", "Repairs will cost $3-4bn.", "$3-4bn",
      low=3e9, high=4e9, unit="dollar", unit_kind="currency"),
    Q("range", "Diesel fell from $90 a barrel to $62 in March.", "from $90 a barrel to $62",
      low=62, high=90, change="down", unit="dollar per barrel", unit_kind="currency"),
    Q("range", "Rents went from $1,200 US a month to $1,450.",
      "from $1,200 US a month to $1,450", low=1200, high=1450,
      unit="dollar per month", unit_kind="currency"),
    Q("range", "Five or six thousand fans were locked out.",
      "Five or six thousand fans", low=5000, high=6000, unit="fan", unit_kind="count",
      subject="fans"),
    Q("cues_before", "Some 600 workers walked out.", "Some 600 workers",
      value=600, approximate=True, unit="worker", unit_kind="count", subject="workers",
      hedges=(("Some", "approximation"),)),
    Q("cues_before", "Up to 70 lorries were stuck at the border.", "Up to 70 lorries",
      value=70, high=70, unit="lorry", unit_kind="count", subject="lorries",
      hedges=(("Up to", "bound"),)),
    Q("unit_after", "The lake is 42 metres deep.", "42 metres",
      value=42, unit="metre", unit_kind="physical"),
    Q("unit_after", "Shares closed at 180 yen.", "180 yen",
      value=180, unit="japanese yen", unit_kind="currency"),
    Q("unit_after", "The jet cruises at 900 km/h.", "900 km/h",
      value=900, unit="kilometre per hour", unit_kind="physical"),
    Q("unit_after", "Highs will reach 31 C on Sunday.", "31 C",
      value=31, unit="degree Celsius", unit_kind="physical"),
    Q("unit_after", "The phone ships with a 25 W charger.", "25 W",
      value=25, unit="watt", unit_kind="physical"),
    Q("unit_after", "The wind farm produced 410 GWh last year.", "410 GWh",
      value=410, unit="gigawatt hour", unit_kind="physical"),
    Q("unit_after", "Crude settled at $58.40 US a barrel.", "$58.40 US a barrel",
      value=58.4, unit="dollar per barrel", unit_kind="currency"),
    Q("unit_after", "Plantation stocks gained 12 sen on Friday.", "12 sen",
      value=12, change="up", unit="sen", unit_kind="currency"),
    Q("unit_after", "The office employs 14 Sen. aides and 3 interns.", "14", value=14),
    Q("unit_after", '"The warden counted 12", the agency said.', "12", value=12),
    Q("unit_after", 'The pipes measure 6" and 8" across.', '8"', value=8, unit="inch",
      unit_kind="physical"),
    Q("unit_after", "The field holds 3.2 billion b of crude.", "3.2 billion b",
      value=3.2e9, unit="barrel", unit_kind="physical"),
    Q("unit_after", "The cartel pumps 9.8 million b/d.", "9.8 million b/d",
      value=9.8e6, unit="barrel per day", unit_kind="physical"),
    Q("unit_after", "The family bought a 2,400-square-foot house.", "2,400-square-foot",
      value=2400, unit="square foot", unit_kind="physical"),
    Q("unit_after", "The firm leased a 9,000 square-metre warehouse.", "9,000 square-metre",
      value=9000, unit="square metre", unit_kind="physical"),
    Q("unit_after", "Council tax will climb 4.5% a year.", "4.5% a year",
      value=4.5, change="up", unit="percentage per year", unit_kind="percent"),
    Q("unit_after", "Stir in 3 pounds of flour.", "3 pounds",
      value=3, unit="pound-mass", unit_kind="physical"),
    Q("approx_after", "The crowd reached 5000 or thereabouts.", "5000 or thereabouts",
      value=5000, approximate=True, hedges=(("or thereabouts", "approximation"),)),
    Q("approx_after", "The plane carried 180 passengers or so.", "180 passengers or so",
      value=180, approximate=True, unit="passenger", unit_kind="count", subject="passengers",
      hedges=(("or so", "approximation"),)),
    Q("approx_suffix", "The town has 20-odd shops.", "20-odd shops",
      value=20, approximate=True, unit="shop", unit_kind="count", subject="shops",
      hedges=(("-odd", "approximation"),)),
    Q("approx_suffix", "The ferry holds 300-odd cars.", "300-odd cars",
      value=300, approximate=True, unit="car", unit_kind="count", subject="cars",
      hedges=(("-odd", "approximation"),)),
    Q("age", "The survey covered women aged 25 to 40.", "25 to 40",
      low=25, high=40, unit="year of age", unit_kind="time"),
    Q("age", "Her son, who was 14, escaped unhurt.", "14", value=14, unit="year of age",
      unit_kind="time"),
    Q("age", "Ruth Ames, 71, said the bus never came.", "71", value=71, unit="year of age",
      unit_kind="time"),
    Q("age", "A driver, 19, was arrested at the scene.", "19", value=19, unit="year of age",
      unit_kind="time"),
    Q("age", "The state pension age will rise to 68.", "68", value=68, unit="year of age",
      unit_kind="time"),
    Q("multiplier", "Exports to the region grew sixfold in a decade.", "sixfold", value=6,
      change="up", unit="count", unit_kind="count"),
    Q("multiplier", "Profits rose 12-fold after the merger.", "12-fold", value=12,
      change="up", unit="count", unit_kind="count"),
    Q("period_over", "The loan will be repaid over 68 weeks.", "68 weeks", value=68,
      unit="week", unit_kind="time"),
    Q("period_over", "Fares will rise over three years.", "three years", value=3,
      unit="year", unit_kind="time"),
    Q("compound_measure", "She won the race in 2 hours 8 minutes.", "2 hours 8 minutes",
      value=128, unit="minute", unit_kind="time"),
    Q("compound_measure", "He ran the mile in 3 minutes 51.2 seconds.",
      "3 minutes 51.2 seconds", value=231.2, unit="second", unit_kind="time"),
    Q("counted", "Police recovered 200 stolen phones.", "200 stolen phones",
      value=200, unit="phone", unit_kind="count", subject="stolen phones"),
    Q("counted", "The fund holds $2bn of the bonds.", "$2bn",
      value=2e9, unit="dollar", unit_kind="currency", subject="bonds"),
    Q("counted", "The carrier ordered 24 A350neo jets.", "24 A350neo jets", value=24,
      unit="jet", unit_kind="count", subject="A350neo jets"),
    Q("counted", "The navy bought six Boeing 737 patrol planes.",
      "six Boeing 737 patrol planes", value=6, unit="plane", unit_kind="count",
      subject="Boeing 737 patrol planes"),
    Q("counted", "The ruling party won 187 of the 350 seats.", "187", value=187,
      unit="seat", unit_kind="count", subject="seats"),
    Q("counted", "Officials say one guard sleeps on duty.", "one guard", value=1,
      unit="guard", unit_kind="count", subject="guard"),
    Q("counted", "One miner drowned when the shaft flooded.", "One miner", value=1,
      unit="miner", unit_kind="count", subject="miner"),
    Q("counted", "That one clinic vaccinated 300 children.", "one clinic", value=1,
      unit="clinic", unit_kind="count", subject="clinic"),
    Q("counted", "One injured firefighter was airlifted out.", "One injured firefighter",
      value=1, unit="firefighter", unit_kind="count", subject="injured firefighter"),
    Q("counted", "Only one police van reached the square.", "one police van", value=1,
      unit="van", unit_kind="count", subject="police van"),
    Q("counted", "One voter even wrote in her dog.", "One voter", value=1, unit="voter",
      unit_kind="count", subject="voter"),
    Q("counted", "The carrier ordered 20 777-9 jets.", "20 777-9 jets", value=20, unit="jet",
      unit_kind="count", subject="777-9 jets"),
    Q("counted", "Militias hold 12 of the more than 40 towns.", "12", value=12,
      unit="town", unit_kind="count", subject="towns"),
    Q("counted", "Nearly a third of the workforce is on leave.",
      "Nearly a third of the workforce", value=1 / 3, approximate=True, unit="workforce",
      unit_kind="count", subject="workforce", hedges=(("Nearly", "approximation"),)),
    Q("counted", "Over a quarter of the county's teachers resigned.",
      "Over a quarter of the county's teachers", value=0.25, low=0.25, unit="teacher",
      unit_kind="count", subject="county's teachers", hedges=(("Over", "bound"),)),
    Q("counted", "The label sold 2.1m digital and physical albums.",
      "2.1m digital and physical albums", value=2.1e6, unit="album", unit_kind="count",
      subject="digital and physical albums"),
    Q("model_plural", "The carrier will lease 14 Airbus 321s next year.", "14 Airbus 321s",
      value=14, unit="Airbus 321", unit_kind="count", subject="Airbus 321s"),
    Q("model_plural", "Four F-15s escorted the tanker.", "Four F-15s",
      value=4, unit="F-15", unit_kind="count", subject="F-15s"),
    Q("fraction_of_unit", "The recipe needs 3/4 of a cup of flour.", "3/4 of a cup",
      value=0.75, unit="cup", unit_kind="physical"),
    Q("fraction_of_unit", "The patch covers half of an acre.", "half of an acre",
      value=0.5, unit="acre", unit_kind="physical"),
    Q("noun_before_or", "Rescuers need a week or two.", "two",
      value=2, unit="week", unit_kind="time"),
    Q("noun_before_or", "The striker may miss a match or two.", "two",
      value=2, unit="match", unit_kind="count", hedges=(("may", "modal"),)),
    Q("compound_modifier", "She wrote a 400-page memoir.", "400-page",
      value=400, unit="page", unit_kind="count", subject="page memoir"),
    Q("compound_modifier", "Officers found a two storey house.", "two storey",
      value=2, unit="storey", unit_kind="count", subject="storey house"),
    Q("change", "The Kospi added 36.2 to 2,611.8 by the close.", "36.2", value=36.2,
      change="up"),
    Q("range", "Sales rose 5 to 10 percent in the spring.", "5 to 10 percent", low=5, high=10,
      change="up", unit="percentage", unit_kind="percent"),
    Q("range", "Fees rose 1 to 25 percent last year.", "1 to 25 percent", low=1, high=25,
      change="up", unit="percentage", unit_kind="percent"),
    Q("range", "The convoy drove 300-200 miles a day.", "300-200 miles a day", low=200,
      high=300, unit="mile per day", unit_kind="physical"),
    Q("change", "Oil prices jumped 6% on Monday.", "6%",
      value=6, change="up", unit="percentage", unit_kind="percent"),
    Q("change", "The jobless rate fell 0.3 points.", "0.3 points",
      value=0.3, change="down", unit="point", unit_kind="count"),
    Q("change", "Earnings plummeted 41% in the quarter.", "41%",
      value=41, change="down", unit="percentage", unit_kind="percent"),
    Q("change", "The bank raised its key rate by 0.5 percentage points.",
      "0.5 percentage points", value=0.5, change="up", unit="percentage point",
      unit_kind="percent"),
    Q("change", "The lira weakened 2.4% after the vote.", "2.4%",
      value=2.4, change="down", unit="percentage", unit_kind="percent"),
    Q("change", "The trade gap widened 3.1 per cent in May.", "3.1 per cent",
      value=3.1, change="up", unit="percentage", unit_kind="percent"),
    Q("change", "The central bank lifted rates 50 basis points.", "50 basis points",
      value=50, change="up", unit="basis point", unit_kind="percent"),
    Q("change", "The retailer cut its staff by a third.", "a third",
      value=1 / 3, change="down"),
    Q("change", "The council cut spending by 12%.", "12%",
      value=12, change="down", unit="percentage", unit_kind="percent"),
    Q("change", "The firm posted a 16% increase in orders.", "16%",
      value=16, change="up", unit="percentage", unit_kind="percent"),
    Q("bound", "At least 14 climbers reached the summit.", "At least 14 climbers",
      value=14, low=14, unit="climber", unit_kind="count", subject="climbers",
      hedges=(("At least", "bound"),)),
    Q("bound", "Over 300 flights were cancelled.", "Over 300 flights",
      value=300, low=300, unit="flight", unit_kind="count", subject="flights",
      hedges=(("Over", "bound"),)),
]

CONTEXT_RULE_ROWS: list[QuantityRow] = [
    Q("elided_unit", "The militants killed 12 soldiers and wounded 30.", "30",
      value=30, unit="soldier", unit_kind="count"),
    Q("elided_unit", "The storm killed 9 people in Ohio and 4 in Indiana.", "4",
      value=4, unit="people", unit_kind="count"),
    Q("elided_unit", "Exports rose 4 percent but imports fell 2.", "2",
      value=2, change="down", unit="percentage", unit_kind="percent"),
    Q("elided_unit", "The Dax fell 88.1 points to 15,930.4 and the Cac lost 31.7 to 7,204.9.",
      "31.7", value=31.7, change="down", unit="point", unit_kind="count"),
    Q("list_noun", "The two depots hold 3,000, 4,500 and 7,800 pallets.", "3,000",
      value=3000, unit="pallet", unit_kind="count"),
    Q("list_noun", "Rain totals were 12, 18 and 31 mm across the valley.", "18", value=18,
      unit="millimetre", unit_kind="physical"),
    Q("level_unit", "The stock fell from 92.5 cents to 81.3.", "81.3",
      value=81.3, unit="cent", unit_kind="currency"),
    Q("level_unit", "The index shed 210.4 points, or 1.8%, to close at 11,402.7.", "11,402.7",
      value=11402.7, unit="point", unit_kind="count"),
    Q("level_before_points", "The Nikkei finished at 28,114.6, down 96.2 points.", "28,114.6",
      value=28114.6, unit="point", unit_kind="count"),
    Q("level_before_points", "Markets: Hang Seng (17,902 up 210 points).", "17,902",
      value=17902, unit="point", unit_kind="count"),
    Q("shared_rate", "The guard averaged 21.3 points, 4.1 steals and 6.8 assists per game.",
      "21.3 points", value=21.3, unit="point per game", unit_kind="count"),
    Q("shared_rate", "Cleaners earn $11 and $13 an hour.", "$11", value=11,
      unit="dollar per hour", unit_kind="currency"),
    Q("restated_change", "The index dropped 350 points, or 1.2%.", "1.2%",
      value=1.2, change="down", unit="percentage", unit_kind="percent"),
    Q("restated_change", "Profits slid $2bn, or 15%, in the quarter.", "15%",
      value=15, change="down", unit="percentage", unit_kind="percent"),
    Q("converted_in_brackets",
      "The convoy travelled more than 300 kilometres (186 miles) overnight.",
      "186 miles", value=186, low=186, unit="mile", unit_kind="physical",
      hedges=(("more than", "bound"),)),
    Q("converted_in_brackets", "Temperatures fell 5 degrees Celsius (9 Fahrenheit) overnight.",
      "9 Fahrenheit", value=9, change="down", unit="degree fahrenheit", unit_kind="physical"),
]

# --------------------------------------------------------------------------------------------
# hedges.CUE_RULES: modal, evidential and disputed cues around a quantity
# --------------------------------------------------------------------------------------------

CUE_RULE_ROWS: list[HedgeRow] = [
    HedgeRow("modal_in_clause", "The repairs might cost $4m.", "$4m", (("might", "modal"),)),
    HedgeRow("modal_in_clause", "Officials fear as many as 300 homes could be flooded.",
             "as many as 300 homes", (("as many as", "bound"), ("could", "modal"))),
    HedgeRow("modal_in_clause", "The dam could fail, but 300 homes were evacuated.",
             "300 homes", ()),
    HedgeRow("modal_in_clause", "Two officials said the cut would be 15 percent.",
             "Two officials", ()),
    HedgeRow("modal_in_clause", "Up to 40 people may have died, three aides said.",
             "three aides", ()),
    HedgeRow("modal_in_clause", "Voters who may switch parties say 40 percent are undecided.",
             "40 percent", ()),
    HedgeRow("evidential_in_clause", "The convoy allegedly carried 20 tonnes of fuel.",
             "20 tonnes", (("allegedly", "evidential"),)),
    HedgeRow("evidential_in_clause", "Rebels reportedly seized 40 guards.",
             "40 guards", (("reportedly", "evidential"),)),
    HedgeRow("evidential_anywhere", "Unverified reports said the militia had lost 300 fighters.",
             "300 fighters", (("Unverified reports", "evidential"),)),
    HedgeRow("disputed_in_sentence",
             "Rebels claimed 60 tanks were destroyed, a figure the army disputed.", "60 tanks",
             (("claimed", "evidential"), ("disputed", "disputed"))),
    HedgeRow("disputed_in_sentence", "Witnesses said 200 people were detained, which police "
             "denied.", "200 people", (("denied", "disputed"),)),
]

# --------------------------------------------------------------------------------------------
# attribution.FRAME_SHAPES and attribution.VERB_SHAPES: reporting frames
# --------------------------------------------------------------------------------------------

FRAME_SHAPE_ROWS: list[FrameRow] = [
    FrameRow("according_to", "Four people drowned off the coast, according to the coastguard.",
             "according to", "the coastguard", "Four people drowned off the coast"),
    FrameRow("according_to", "Support fell to 44 percent, according to a poll released on "
             "Tuesday by Marlow University.", "according to",
             "a poll released on Tuesday by Marlow University", "Support fell to 44 percent"),
    FrameRow("according_to", "According to Ana Lima, the clinic's director, 30 patients were "
             "moved.", "According to", "Ana Lima", "30 patients were moved"),
    FrameRow("according_to", "According to the Herald, Professor Jo Roe, who led the panel, "
             "said 12 flags were shortlisted.", "According to", "the Herald",
             "Professor Jo Roe, who led the panel, said 12 flags were shortlisted"),
    FrameRow("according_to", "According to the clinic's director, Ana Lima, 30 patients were "
             "moved.", "According to", "the clinic's director, Ana Lima",
             "30 patients were moved"),
    FrameRow("according_to", "According to the director, Monday brought 40 calls.",
             "According to", "the director", "Monday brought 40 calls"),
    FrameRow("according_to", "According to police, the driver, a 40-year-old man, was hurt.",
             "According to", "police", "the driver, a 40-year-old man, was hurt"),
    FrameRow("according_to", "According to hospital staff, 30 patients were moved.",
             "According to", "hospital staff", "30 patients were moved"),
    FrameRow("according_to", "Rents will rise, as reported by the local paper.",
             "as reported by", "the local paper", "Rents will rise"),
    FrameRow("reporting_verb", "The historian posits that 40 percent of the letters were forged.",
             "posits", "The historian", "40 percent of the letters were forged"),
    FrameRow("reporting_verb", "Okafor is not saying which 3 plants she'd close.", "saying",
             "Okafor", "which 3 plants she'd close"),
    FrameRow("reporting_verb", '"We lost 40 homes," Ana Roe said. "The river rose fast. It '
             'took 12 roads," Tom Keel added.', "said", "Ana Roe", "We lost 40 homes"),
    FrameRow("reporting_verb", "The ministry said 15 soldiers were wounded.",
             "said", "The ministry", "15 soldiers were wounded"),
    FrameRow("reporting_verb", "Shares slumped, the exchange said on Friday.",
             "said", "the exchange", "Shares slumped"),
    FrameRow("dash_credit", '"We are not going anywhere" - Maria Okafor.',
             "-", "Maria Okafor", "We are not going anywhere"),
    FrameRow("dash_credit", '"Every home will get power by Friday" - Tom Reyes, utility chief.',
             "-", "Tom Reyes", "Every home will get power by Friday"),
    FrameRow("colon_credit", 'Sen. Ana Lima offered a warning: "Rents will rise 20 percent."',
             ":", "Sen. Ana Lima", "Rents will rise 20 percent"),
    FrameRow("colon_credit", 'Then she listed her goals: "Hire 500 teachers and fix 40 '
             'bridges."', ":", "she", "Hire 500 teachers and fix 40 bridges"),
    FrameRow("colon_credit", 'Later she added a final caveat: "Only 40 beds are free."', ":", "she",
             "Only 40 beds are free"),
    FrameRow("colon_credit", 'Roe added a short warning: "Only 40 beds are free."', ":",
             "Roe", "Only 40 beds are free"),
    FrameRow("colon_credit", 'Ana Ortiz, head of lending at Vell Bank: "Rates will rise 2 '
             'percent."', ":", "Ana Ortiz", "Rates will rise 2 percent"),
    FrameRow("colon_credit", 'Jo Roe, 54, a nurse from Tula: "We lost 40 beds."', ":",
             "Jo Roe", "We lost 40 beds"),
    FrameRow("colon_credit", 'The rule is simple: "No more than 40 guests."', ":", None),
    FrameRow("colon_credit", 'The plan had one aim: "Cut 40 routes."', ":", None),
    FrameRow("colon_credit", 'Mayor Lena Fisk: "We need 300 more nurses."', ":",
             "Mayor Lena Fisk", "We need 300 more nurses"),
    FrameRow("colon_credit", "Dana Okafor: Rents Will Rise 9 Percent", ":", "Dana Okafor",
             "Rents Will Rise 9 Percent"),
    FrameRow("colon_credit", "Okafor to tenants: Rents will rise 9 percent.\n\nMayor Dana "
             "Okafor spoke on Monday.", ":", "Okafor", "Rents will rise 9 percent"),
    FrameRow("colon_credit", "Lima camp: Roe's plan would cut 40 jobs.", ":", "Lima camp",
             "Roe's plan would cut 40 jobs"),
    FrameRow("colon_credit", "Success on Housing: The city built 400 homes.", ":", None),
    FrameRow("colon_credit", "Update on Tula: 40 homes were lost.", ":", None),
    FrameRow("revised_forecast", "The Vale Fund cut its growth forecast for Peru to 2.1%.",
             "cut its growth forecast", "The Vale Fund", "its growth forecast for Peru to 2.1%"),
    FrameRow("revised_forecast", "Analysts at Norbank raised their 2027 estimates by 3 points, "
             "citing demand.", "raised their 2027 estimates", "Analysts at Norbank",
             "their 2027 estimates by 3 points"),
    FrameRow("revised_forecast", "The mill cut its workforce by 12%.", "cut", None),
    FrameRow("revised_forecast", "The Vale Fund nudged down its outlook for Chile to 1.4%.",
             "nudged down its outlook", "The Vale Fund", "its outlook for Chile to 1.4%"),
    FrameRow("revised_forecast", "Fares edged up 2% in May.", "edged", None),
    FrameRow("revised_forecast", "The carrier kept its annual forecast of $3 billion in "
             "sales.", "kept its annual forecast", "The carrier",
             "its annual forecast of $3 billion in sales"),
    FrameRow("revised_forecast", "The statistics office revised August's number up to 3.1 "
             "percent.", "revised August's number", "The statistics office",
             "August's number up to 3.1 percent"),
    FrameRow("revised_forecast", "The council revised May's timetable to add 3 stops.",
             "revised", None),
    FrameRow("estimate_at", "The Orlo Institute poll put Roe at 44 percent and Lima at 39 "
             "percent.", "put", "The Orlo Institute poll",
             "Roe at 44 percent and Lima at 39 percent"),
    FrameRow("estimate_at", "The survey of 900 adults put the Farmers' League on 31 percent, "
             "with the Greens at 9 percent.", "put", "The survey of 900 adults",
             "the Farmers' League on 31 percent, with the Greens at 9 percent"),
    FrameRow("estimate_at", "The council put Roe on 44 percent of her pay.", "put", None),
    FrameRow("estimate_at", "The poll put the focus on 3 issues: jobs, rent and crime.", "put",
             None),
    FrameRow("estimate_at", "The coastguard put the number of missing at 14.", "put",
             "The coastguard", "the number of missing at 14"),
    FrameRow("estimate_at", "Analysts peg the cost of the bridge at about $2 billion.", "peg",
             "Analysts", "the cost of the bridge at about $2 billion"),
    FrameRow("estimate_at", "The rebels put the toll at 12, but the army said 3 died.", "put",
             "The rebels", "the toll at 12"),
    FrameRow("estimate_at", "A review by the Tula Budget Office put the deficit at $1.2 "
             "billion.", "put", "A review by the Tula Budget Office",
             "the deficit at $1.2 billion"),
    FrameRow("estimate_at", "Sheriff Dale Orme put the toll at seven dead and at least 20 "
             "hurt, and said more were missing.", "put", "Sheriff Dale Orme",
             "the toll at seven dead and at least 20 hurt"),
    FrameRow("estimate_at", "The mayor put the cost at one point in the talks as high as any.",
             "put", None),
    FrameRow("estimate_at", "She put the number at the top of her list.", "put", None),
    FrameRow("estimate_at", "The interior ministry put the number of dead from the storms in "
             "the north at 63 on Friday, up from 41 the day before.", "put",
             "The interior ministry", "the number of dead from the storms in the north at 63 on "
             "Friday, up from 41 the day before"),
    FrameRow("estimate_at", "The monitoring group put the count higher, at 57, including 9 "
             "women.", "put", "The monitoring group",
             "the count higher, at 57, including 9 women"),
    FrameRow("estimate_at", "The ministry put the number lower, at 264,000, saying many had "
             "crossed twice.", "put", "The ministry", "the number lower, at 264,000"),
    FrameRow("estimate_at", "The mayor put the cost of the bridge aside, and at the meeting "
             "said 40 jobs would go.", "put", None),
    FrameRow("estimate_at", "He put the crates on the dock at 5 p.m.", "put", None),
    FrameRow("issued_statement", "The port authority issued a statement blaming the strike "
             "for 40 cancelled sailings.", "issued a statement", "The port authority",
             "blaming the strike for 40 cancelled sailings"),
    FrameRow("issued_statement", 'Mayor Lind released the following statement: "We will open '
             '12 shelters."', "released the following statement", "Mayor Lind",
             "We will open 12 shelters"),
    FrameRow("issued_statement", "The coastguard issued a warning that 30 boats were adrift.",
             "issued a warning", "The coastguard", "30 boats were adrift"),
    FrameRow("issued_statement", "Lind made the case that 40 clinics should stay open.",
             "made the case", "Lind", "40 clinics should stay open"),
    FrameRow("made_clear", "The mayor made clear that 40 posts would go.", "made clear",
             "The mayor", "40 posts would go"),
    FrameRow("made_clear", "The board has made it plain it will appeal the 12 rulings.",
             "made it plain", "The board", "it will appeal the 12 rulings"),
    FrameRow("certainty_predicate", "Okafor was sure that the levy would raise $3 million.",
             "was sure", "Okafor", "the levy would raise $3 million"),
    FrameRow("certainty_predicate", "Aides are not convinced 40 seats are enough.",
             "are not convinced", "Aides", "40 seats are enough"),
    FrameRow("certainty_predicate", "The donors remain confident the 12 states will hold.",
             "remain confident", "The donors", "the 12 states will hold"),
    FrameRow("predicative_view", "He sees the budget as a $40 million gamble.", "sees", "He",
             "the budget as a $40 million gamble"),
    FrameRow("predicative_view", "Economists see inflation at 2.7 percent next year.", "see",
             "Economists", "inflation at 2.7 percent next year"),
    FrameRow("predicative_view", "Most voters view the 12 percent levy as unfair.", "view",
             "Most voters", "the 12 percent levy as unfair"),
    FrameRow("predicative_view", "The city saw 40 more cases on Monday.", "saw", None),
    FrameRow("predicative_view", "I saw him as he left the bank with 3 bags.", "saw", None),
    FrameRow("predicative_view", "The yen saw further gains to trade at 132.86 per dollar.",
             "saw", None),
    FrameRow("voiced_attitude", "The governor expressed confidence that 30 schools would "
             "reopen.", "expressed confidence", "The governor", "30 schools would reopen"),
    FrameRow("voiced_attitude", "Growers voiced concern the 12 new tariffs would hurt exports.",
             "voiced concern", "Growers", "the 12 new tariffs would hurt exports"),
    FrameRow("issued_statement", "The union issued a policy paper welcoming the 12 new rules.",
             "issued a policy paper", "The union", "welcoming the 12 new rules"),
    FrameRow("issued_statement", "Okafor made little secret of her plan to cut 40 posts.",
             "made little secret", "Okafor", ""),
    FrameRow("issued_statement", "Berg made most of his points about the 40 closures online.",
             "made most of his points", "Berg", ""),
    FrameRow("issued_statement", "Berg wrote a column mocking the 40 new parking meters.",
             "wrote a column", "Berg", "mocking the 40 new parking meters"),
    FrameRow("issued_statement", "Okafor kept silent, putting out a brief statement on Monday "
             "that thanked 300 volunteers.", "putting out a brief statement", "Okafor",
             "thanked 300 volunteers"),
    FrameRow("issued_statement", "Lind wrote an essay for the Dover Courier, mocking the 40 "
             "new meters.", "wrote an essay", "Lind", "mocking the 40 new meters"),
    FrameRow("issued_statement", "Lind wrote an essay for the Courier, the town's oldest paper, "
             "mocking the 40 new meters.", "wrote an essay", "Lind",
             "mocking the 40 new meters"),
    FrameRow("issued_statement", "Ortiz wrote a Dover Courier opinion piece on the 12 closed "
             "wards.", "wrote a Dover Courier opinion piece", "Ortiz", ""),
]

VERB_SHAPE_ROWS: list[FrameRow] = [
    FrameRow("phrasal_particle", '"If she wants it, she can show up to the hearing," Roe said.',
             "show", None),
    FrameRow("figure_gap", "Profit came in at $1.47 a share, ahead of the $1.39 analysts had "
             "expected.", "expected", "analysts", "$1.39"),
    FrameRow("figure_gap", "Growth slowed to 1.2 percent, below the 1.5 percent economists had "
             "forecast.", "forecast", "economists", "1.5 percent"),
    FrameRow("plural_noun_cue", "Next the fight goes to Western states this month that Vell "
             "must win by 40 points.", "states", None),
    FrameRow("plural_noun_cue", "The ad ran in nine states: Ohio, Iowa and Maine.", "states",
             None),
    FrameRow("plural_noun_cue", "Senators with 12 vacant courts in their states that need "
             "judges met on Monday.", "states", None),
    FrameRow("subject_before", "The memo clearly states that 40 staff will go.", "states",
             "The memo", "40 staff will go"),
    FrameRow("subject_before", "In her book, Dana Byrne -- who ran the office for years -- "
             "states that 40 guests came.", "states", "Dana Byrne", "40 guests came"),
    FrameRow("subject_before", "In her memoir, Dana Byrne states that 40 guests came.",
             "states", "Dana Byrne", "40 guests came"),
    FrameRow("subject_before", "The ordinance states that no more than 40 people may gather.",
             "states", "The ordinance", "no more than 40 people may gather"),
    FrameRow("idiom_object", "Mayor Ines Roe assumed office in 2019 and cut 40 posts.",
             "assumed", None),
    FrameRow("idiom_object", "Roe says a mayor must act at once after assuming office since "
             "the post is hard.", "assuming", None),
    FrameRow("idiom_object", "Dov Adler assumed the chairmanship in May and hired 12 staff.",
             "assumed", None),
    FrameRow("phrasal_particle", '"If they care, the owners will show up to the meeting," '
             "Roe said of the 40 owners.", "show", None),
    FrameRow("subject_before", "Polls show up to 40 percent of voters are undecided.",
             "show", "Polls", "up to 40 percent of voters are undecided"),
    FrameRow("subject_before", "Rye output will fall 12 percent, the board forecast Friday.",
             "forecast", "the board", "Rye output will fall 12 percent"),
    FrameRow("subject_before", "The board forecast on Friday showed a fall.", "forecast", None),
    FrameRow("subject_before", "A poll of 60 grain buyers found that 55 percent expected prices "
             "to ease.", "expected", None),
    FrameRow("subject_before", "Dr. Ana Roe told jurors the clerk was hit 9 times and that 2 "
             "blows were fatal.", "told", "Dr. Ana Roe",
             "the clerk was hit 9 times and that 2 blows were fatal"),
    FrameRow("subject_before", "What he is saying to aides is that 40 seats are safe.", "saying",
             "he", "40 seats are safe"),
    FrameRow("subject_before", '"In May, Roe told us, \'We are 80 percent done,\' and then the '
             'money ran out," Lima said.', "told", "Roe", "We are 80 percent done"),
    FrameRow("subject_before", '"Our planner, Tom Reyes, walked over and warned, \'The depot '
             'needs 900 more tyres,\' so we ordered them," Lima said.', "warned", "Tom Reyes",
             "The depot needs 900 more tyres"),
    FrameRow("subject_before", '"Roe told us the plan was 80 percent done," Lima said.',
             "told", "Roe", "the plan was 80 percent done"),
    FrameRow("subject_before", "Tram fares will rise to $3 on May 1, the city said Tuesday, the "
             "first rise since 2019.", "said", "the city",
             "Tram fares will rise to $3 on May 1, the city said Tuesday, the first rise since "
             "2019"),
    FrameRow("subject_before", "Tram fares rose to $3, the city said Friday, and buses ran late.",
             "said", "the city", "Tram fares rose to $3, the city said Friday, and buses ran "
             "late"),
    FrameRow("subject_before", "Dorvel Wind unveiled a turbine park, a project it says could "
             "light 90,000 homes.", "says", "it", "could light 90,000 homes"),
    FrameRow("subject_before", "The levy, which the mayor said is fair, raised $4 million.",
             "said", "the mayor", "is fair"),
    FrameRow("subject_before", "Roe warned of a new tactic -- meddling the envoy said is meant "
             "to split 40 districts.", "said", "the envoy", "is meant to split 40 districts"),
    FrameRow("subject_before", "Roe saw one risk \u2014 drift the auditor said could cost 40 "
             "posts.", "said", "the auditor", "could cost 40 posts"),
    FrameRow("subject_before", "The budget assumes office rents will fall 10 percent.",
             "assumes", "The budget", "office rents will fall 10 percent"),
    FrameRow("subject_before", "The dispute came down to one item: funding the mayor said "
             "would run out by June.", "said", "the mayor", "would run out by June"),
    FrameRow("subject_before", "Two mills, which she says employ 40 people, will close.",
             "says", "she", "employ 40 people"),
    FrameRow("subject_before", "Roe backs the levy, which he said will raise $4 million.",
             "said", "he", "will raise $4 million"),
    FrameRow("subject_before", "The plan, which Roe said would cut taxes, raise pay and add "
             "40 jobs, passed.", "said", "Roe", "would cut taxes, raise pay and add 40 jobs"),
    FrameRow("subject_before", "The plan, which Roe said was rushed, unfunded and unfair, "
             "passed 52-48.", "said", "Roe", "was rushed, unfunded and unfair"),
    FrameRow("subject_before", "The fund, which Roe said lost $40 million, and the bank, which "
             "Lima runs, were fined.", "said", "Roe", "lost $40 million"),
    FrameRow("subject_before", "Ana Roe, who has said the levy is fair, paid $4 million.",
             "said", "Ana Roe, who", "the levy is fair"),
    FrameRow("infinitive_object", "The audit said the office needed 52 days to settle claims.",
             "claims", None),
    FrameRow("infinitive_object", "It hired 40 staff to process claims.", "claims", None),
    FrameRow("asked_question", "Asked whether he believes 40 jobs will go, the mayor said no.",
             "believes", None),
    FrameRow("asked_question", "Reporters asked him if he thought 40 jobs would go.", "thought",
             None),
    FrameRow("subject_before", "If he thinks 40 jobs will go, he should say so.", "thinks",
             "he", "40 jobs will go"),
    FrameRow("document_in_adjunct", "The militia said in a statement posted online that it "
             "had seized 2 towns.", "posted", None),
    FrameRow("document_in_adjunct", "Roe said in a video posted on Sunday that 40 staff would "
             "go.", "posted", None),
    FrameRow("subject_before", "Figures in the report showed that 40 mills had shut.",
             "showed", "Figures in the report", "40 mills had shut"),
    FrameRow("subject_before", "The strike ended after the Dover Post reported 40 arrests.",
             "reported", "the Dover Post", "40 arrests"),
    FrameRow("infinitive_speaker", "The defeat led the mayor to announce that 40 posts would "
             "go.", "announce", "the mayor", "40 posts would go"),
    FrameRow("infinitive_speaker", "The audit forced him to admit that $4 million was missing.",
             "admit", "him", "$4 million was missing"),
    FrameRow("quote_only_particle", "As the day went on, the coach cut 4 players.", "went on",
             None),
    FrameRow("as_clause_only", "As he put it down, 40 guests arrived.", "put it", None),
    FrameRow("as_clause", "As Roe put it in May, the levy raised $9 million.", "put it",
             "Roe", "the levy raised $9 million"),
    FrameRow("subject_before", "Economists expect the bank to raise rates by 0.5 points.",
             "expect", "Economists", "the bank to raise rates by 0.5 points"),
    FrameRow("subject_before", "The bank forecast growth of 2.5 percent next year.",
             "forecast", "The bank", "growth of 2.5 percent next year"),
    FrameRow("subject_before", "The bank forecast was 2.5 percent.", "forecast", None),
    FrameRow("as_clause_only", "He put it that way to 40 donors.", "put it", None),
    FrameRow("subject_before", "The firm now expects sales to grow 2 percent, below an earlier "
             "estimate of 5 percent.", "expects", "The firm",
             "sales to grow 2 percent, below an earlier estimate of 5 percent"),
    FrameRow("subject_before", 'She put it bluntly: "We lost 40 seats."', "put it", "She",
             "We lost 40 seats"),
    FrameRow("as_clause", "As the Herald's Ana Ortiz put it, 40 seats are at stake.", "put it",
             "the Herald's Ana Ortiz", "40 seats are at stake"),
    FrameRow("medial_as_clause", "The deal was, as the mayor puts it, a $40 million gamble.",
             "puts it", "the mayor", "The deal was, as the mayor puts it, a $40 million gamble"),
    FrameRow("medial_as_clause", "Rents rose 9 percent, as the bank said in May.", "said",
             "the bank", "Rents rose 9 percent"),
    FrameRow("possessed_figure", "The storm caused the agency's estimated 40 deaths.",
             "estimated", "the agency", "40 deaths"),
    FrameRow("possessed_figure", "Few members spend the league's recommended $2 million on "
             "youth teams.", "recommended", "the league", "$2 million"),
    FrameRow("possessed_figure", "The agency's estimated budget rose by 40 percent.",
             "estimated", None),
    FrameRow("possessed_figure", "The hurricane's estimated $2 billion in damage strained "
             "insurers.", "estimated", None),
    FrameRow("possessed_figure", "Ana Lima's proposed 2026 budget cuts 40 posts.", "proposed",
             None),
    FrameRow("possessed_figure", "The league's expected 3 million fans were counted.",
             "expected", "The league", "3 million fans"),
    FrameRow("opening_participle", "After reporting a $3 billion loss, shares of Vell were down "
             "4 percent.", "reporting", None),
    FrameRow("opening_participle", "Warning of 40 closures, the union called a strike.",
             "Warning", "the union", "40 closures"),
    FrameRow("opening_participle", "After saying she would hire 12 teachers, the mayor left.",
             "saying", "the mayor", "she would hire 12 teachers"),
    FrameRow("opening_participle", "Having announced that 12 mills would shut, the board "
             "adjourned.", "announced", "the board", "12 mills would shut"),
    FrameRow("opening_participle", 'After saying the levy was "a tax on 40,000 renters," the '
             "mayor left.", "saying", "the mayor", 'the levy was "a tax on 40,000 renters'),
    FrameRow("opening_participle", "After saying 12 teachers would go, the mayor was booed.",
             "saying", "the mayor", "12 teachers would go"),
    FrameRow("opening_inversion", 'Said the coach, "We lost 3 games."', "Said", "the coach",
             "We lost 3 games"),
    FrameRow("figure_by_agent", "The strike cost $3m, not the $12m estimated by the union.",
             "estimated", "the union", "$12m"),
    FrameRow("figure_by_agent", "Turnout was 41%, below the 55% forecast by pollsters.",
             "forecast", "pollsters", "55%"),
    FrameRow("figure_by_agent", "The 3,000 claimed by the union seemed high.", "claimed",
             "the union", "3,000"),
    FrameRow("figure_by_agent", "Orders for 600 buses promised by Velta last year never came.",
             "promised", "Velta", "600 buses"),
    FrameRow("reduced_passive", "The levy, first reported by the Courier, will raise $40 "
             "million.", "reported", "the Courier",
             "The levy, first reported by the Courier, will raise $40 million"),
    FrameRow("purpose_infinitive", "The coach went on radio to declare that 3 players had left.",
             "declare", "The coach", "3 players had left"),
    FrameRow("medial_as_clause", "The mill, as the owner said on Monday, lost 40 jobs.", "said",
             "the owner", "The mill, as the owner said on Monday, lost 40 jobs"),
    FrameRow("medial_as_clause", "At the plant - 40 jobs went, as the owner said at the start - "
             "the mood was grim.", "said", "the owner", "40 jobs went"),
    FrameRow("medial_as_clause", "If rates rise - as many analysts believe - 40 firms will fail.",
             "believe", "many analysts", "If rates rise - as many analysts believe - 40 firms "
             "will fail"),
    FrameRow("medial_as_clause", "Rents rose 9 percent, as the bank predicted.", "predicted",
             "the bank", "Rents rose 9 percent"),
    FrameRow("as_clause", "But, as the audit showed, the fund lost $3 million.", "showed",
             "the audit", "the fund lost $3 million"),
    FrameRow("as_clause", "(As the Gazette first reported, 40 homes were sold.)", "reported",
             "the Gazette", "40 homes were sold"),
    FrameRow("as_clause", "As the Gazette first reported, 40 homes were sold.", "reported",
             "the Gazette", "40 homes were sold"),
    FrameRow("as_clause", "As a city audit from 2019 noted, the fund lost $3 million.", "noted",
             "a city audit from 2019", "the fund lost $3 million"),
    FrameRow("counted_subject", "Some argued the fare would rise to $4.", "argued", "Some",
             "the fare would rise to $4"),
    FrameRow("counted_subject", "One in four believe the tax is too high.", "believe",
             "One in four", "the tax is too high"),
    FrameRow("possessed_claim", "The council's pledge last year to plant 4,000 trees was "
             "dropped.", "pledge", "The council", "to plant 4,000 trees was dropped"),
    FrameRow("possessed_claim", "Her bold promise to close 12 depots angered drivers.",
             "promise", "Her", "to close 12 depots angered drivers"),
    FrameRow("subject_before", "A review of port budgets since 1985 found the town lost 40 "
             "jobs.", "found", "A review of port budgets since 1985", "the town lost 40 jobs"),
    FrameRow("subject_before", "Berg said in his closing remarks that the fund had lost "
             "$40 million.", "said", "Berg", "the fund had lost $40 million"),
    FrameRow("possessed_claim", "The mayor's claim that 85 percent of bridges were safe was "
             "wrong.", "claim", "The mayor", "85 percent of bridges were safe was wrong"),
    FrameRow("possessed_claim", "Ortiz repeated his earlier claim in May that 40 jobs were "
             "saved.", "claim", "his", "40 jobs were saved"),
    FrameRow("noun_reading", "The claims that 40 people died were rejected.", "claims", None),
    FrameRow("noun_reading", "Its estimates set the cost at $4bn.", "estimates", None),
    FrameRow("judged_by_agent", "The dean was criticized by two trustees for closing 12 "
             "libraries.", "criticized", "two trustees", "closing 12 libraries"),
    FrameRow("judged_by_agent", "Okafor, accused by the league of hiding 40 injuries, resigned.",
             "accused", "the league", "hiding 40 injuries"),
    FrameRow("judged_by_agent", "The budget was praised by members of the council as a model "
             "for 30 towns.", "praised", "members of the council", "a model for 30 towns"),
    FrameRow("judged_by_agent", "The senator was criticized by the Center for Fair Pay for "
             "hiding 40 donors.", "criticized", "the Center for Fair Pay", "hiding 40 donors"),
    FrameRow("passive", "It was alleged by the prosecution that the fire was set deliberately.",
             "alleged", "the prosecution", "the fire was set deliberately"),
    FrameRow("passive", "It has been claimed by the opposition that turnout was 38 percent.",
             "claimed", "the opposition", "turnout was 38 percent"),
    FrameRow("passive", "The figure of 40 deaths was first reported by the local paper.",
             "reported", "the local paper", "The figure of 40 deaths"),
    FrameRow("noun_compound", "Insurance claims officials said 40 cases were open.",
             "claims", None),
    FrameRow("noun_compound", "Tax claims department staff said 300 files were lost.",
             "claims", None),
    FrameRow("noun_compound", "Her rival, state Treasurer Paul Okoye, met 40 donors.",
             "state", None),
    FrameRow("modified_noun", "The mayor rejected renewed calls for a 10 percent cut.",
             "calls for", None),
    FrameRow("modified_noun", "Officials ignored mounting calls for 30 new schools.",
             "calls for", None),
    FrameRow("counted_noun", "The desk logged 12 more calls for a recount.", "calls for",
             None),
    FrameRow("counted_noun", "The council got 3 more calls for a recount.", "calls for", None),
    FrameRow("performative", '"We urge both sides to free the 40 hostages," the envoy said.',
             "urge", None),
    FrameRow("performative", '"I ask every family to save 10 litres a day," the mayor said.',
             "ask", None),
    FrameRow("quoted_as_saying", "The Courier quoted Lena Holm as saying 30 ferries were idle.",
             "saying", "Lena Holm", "30 ferries were idle"),
    FrameRow("quoted_as_saying", "Holm was quoted by the Courier as saying that 30 ferries were "
             "idle.", "saying", "Holm", "30 ferries were idle"),
    FrameRow("quoted_as_saying", "Holm was quoted as saying 30 ferries were idle.", "saying",
             "Holm", "30 ferries were idle"),
    FrameRow("asked_by", '"Never," she replied when asked by a clerk whether 40 staff would '
             'go.', "asked", "a clerk", "whether 40 staff would go"),
    FrameRow("asked_by", "Roe was silent when asked by reporters about the 40 missing files.",
             "asked", "reporters", "about the 40 missing files"),
    FrameRow("asked_by", "Asked by a reporter whether 40 staff would go, the mayor shrugged.",
             "Asked", "a reporter", "whether 40 staff would go"),
    FrameRow("asked_by", "Lena Fisk was asked by the panel whether the school had 300 pupils.",
             "asked", "the panel", "whether the school had 300 pupils"),
    FrameRow("by_or_of", "Claims of abuse reported by inmates are being investigated.",
             "reported", None),
    FrameRow("by_or_of", "The losses reported by the bank shocked investors.", "reported",
             None),
    FrameRow("apposed_subject", "Jo Roe, a spokesman for the firm, said the decision to shut "
             "40 plants was final.", "said", "Jo Roe",
             "the decision to shut 40 plants was final"),
    FrameRow("apposed_subject", 'Ana Lima, 52, a nurse in the city, said Mayor Berg "lied about '
             '12 beds."', "said", "Ana Lima", 'Mayor Berg "lied about 12 beds."'),
    FrameRow("apposed_subject", "The mayor's former aide, Tom Berg, said the man who replaced "
             "him had cut 12 posts.", "said", "Tom Berg",
             "the man who replaced him had cut 12 posts"),
    FrameRow("inverted", '"We sold 40 homes," said the 52-year-old.', "said",
             "the 52-year-old", "We sold 40 homes"),
    FrameRow("inverted", '"The dam is safe," said the regional governor.',
             "said", "the regional governor", "The dam is safe"),
    FrameRow("inverted", "Exports rose, said Priya Nair, a trade analyst.",
             "said", "Priya Nair", "Exports rose"),
    FrameRow("participle", "Jo Roe refused to discuss the plan, apart from saying he wants 12 "
             "members.", "saying", "Jo Roe", "he wants 12 members"),
    FrameRow("participle", "Jo Roe refused to discuss the plan beyond saying he wants 12 "
             "members.", "saying", "Jo Roe", "he wants 12 members"),
    FrameRow("participle", "Jo Roe said 20 people applied, but she refuses to name them, aside "
             "from saying 12 are women.", "saying", "she", "12 are women"),
    FrameRow("participle", "Jo Roe refrained from saying that 12 members left.", "saying", None),
    FrameRow("opening_participle", "Aside from saying 40 people had died, the ministry released "
             "no figures.", "saying", "the ministry", "40 people had died"),
    FrameRow("participle", "The union rejected the offer, saying wages had fallen 8 percent.",
             "saying", "The union", "wages had fallen 8 percent"),
    FrameRow("participle", "Fares rose 4 percent, but the rail firm held its timetable, "
             "saying 40 trains were new.", "saying", "the rail firm", "40 trains were new"),
    FrameRow("participle", "The minister resigned, claiming the budget had been cut by 40%.",
             "claiming", "The minister", "the budget had been cut by 40%"),
    FrameRow("coordinated_participle", "The senator attacked the bill, calling it a sham and "
             "vowing to cut its $4 billion budget.", "vowing", "The senator",
             "to cut its $4 billion budget"),
    FrameRow("coordinated_participle", "Roe has been touring the state and boldly claiming "
             "that 60 percent back him.", "claiming", "Roe", "60 percent back him"),
    FrameRow("document_participle", "The union issued a statement saying 300 members "
             "would strike.", "saying", "The union", "300 members would strike"),
    FrameRow("document_participle", "Ortiz posted a letter saying the school lost 40 pupils.",
             "saying", "Ortiz", "the school lost 40 pupils"),
    FrameRow("sent_participle", "The senator emailed donors saying the drive had raised $2 "
             "million.", "saying", "The senator", "the drive had raised $2 million"),
    FrameRow("sent_participle", "The union sent a letter to the board asking that 40 posts be "
             "kept.", "asking", "The union", "40 posts be kept"),
    FrameRow("sent_participle", "Okafor sent a two-page memo to the Dover Courier in April "
             "explaining why 40 mills shut.", "explaining", "Okafor", "why 40 mills shut"),
    FrameRow("lead_participle", "Berg made a point of stressing that 12 beds stood empty.",
             "stressing", "Berg", "12 beds stood empty"),
    FrameRow("lead_participle", "Lind keeps saying the mill will hire 40 welders.", "saying",
             "Lind", "the mill will hire 40 welders"),
    FrameRow("lead_participle", "Some traders have taken to saying the index will fall 10 "
             "percent.", "saying", "Some traders", "the index will fall 10 percent"),
    FrameRow("manner_participle", "The treasurer erred in saying that 40 percent of roads "
             "were paved.", "saying", "The treasurer", "40 percent of roads were paved"),
    FrameRow("manner_participle", "Okafor opened the hearing by first saying the levy raised "
             "$4 million.", "saying", "Okafor", "the levy raised $4 million"),
    FrameRow("manner_participle", "Ortiz was gracious in conceding that she lost by 400 votes.",
             "conceding", "Ortiz", "she lost by 400 votes"),
    FrameRow("compared_expectation", "Sales were 40 percent higher than traders expected.",
             "expected", "traders", ""),
    FrameRow("compared_expectation", "The dam cost $4 million more than anyone had expected.",
             "expected", "anyone", ""),
    FrameRow("set_phrase", "That said, the mill still employs 400 people.", "said", None),
    FrameRow("set_phrase", "Okafor reported from Dover.", "reported", None),
    FrameRow("ungrounded", 'The flyer named "vote.us," a page linked to an outfit known as '
             "the Vell Foundation.", "linked", None),
    FrameRow("ungrounded", "As Roe attacked Lima, 40 fans booed.", "attacked", None),
    FrameRow("ungrounded", "Rebels attacked the base for the third time in 12 days.",
             "attacked", None),
    FrameRow("ungrounded", "Gunmen attacked the Center for Civic Studies in Tula, killing 4 "
             "guards.", "attacked", None),
    FrameRow("ungrounded", "The new bridge linked the island to the mainland for the first "
             "time in 40 years.", "linked", None),
    FrameRow("ungrounded", "The ad attacked Roe over the 12 percent tax rise.", "attacked",
             "The ad", "Roe over the 12 percent tax rise"),
    FrameRow("ungrounded", "Rebels attacked the base over the weekend, killing 12 soldiers.",
             "attacked", None),
    FrameRow("ungrounded", "Gunmen attacked the convoy for nearly an hour before 40 troops "
             "came.", "attacked", None),
    FrameRow("ungrounded", "Ana Roe attacked Lima for Medicare cuts worth $40 billion.",
             "attacked", "Ana Roe", "Lima for Medicare cuts worth $40 billion"),
    FrameRow("ungrounded", "Critics attacked the mayor for two votes that raised fares by 25 "
             "percent.", "attacked", "Critics",
             "the mayor for two votes that raised fares by 25 percent"),
    FrameRow("ungrounded", "The agency's scientists, in a report, linked the 30 percent drop to "
             "pesticides.", "linked", "The agency's scientists",
             "the 30 percent drop to pesticides"),
    FrameRow("held_back", "Roe resisted pointing out that 40 mills had closed.",
             "pointing out", None),
    FrameRow("held_back", "Roe could not resist noting that 40 mills had closed.",
             "noting", "Roe", "40 mills had closed"),
    FrameRow("noun_base_form", "A ticket tout sold 40 seats outside the stadium.", "tout",
             None),
    FrameRow("adjectival_form", "Roe gave detailed answers on the 40 jobs.", "detailed",
             None),
    FrameRow("adjectival_form", "The memo is relatively detailed about the 40 cases.",
             "detailed", None),
    FrameRow("adjectival_form", "Clerks spent weeks compiling detailed files on 40 firms.",
             "detailed", None),
    FrameRow("adjectival_form", "Ana Roe detailed her plan to hire 40 officers.", "detailed",
             "Ana Roe", "her plan to hire 40 officers"),
    FrameRow("adjectival_form", "The audit detailed 40 cases of fraud.", "detailed",
             "The audit", "40 cases of fraud"),
    FrameRow("adjectival_form", "The Courier has also detailed payroll costs at 40 schools.",
             "detailed", "The Courier", "payroll costs at 40 schools"),
    FrameRow("noun_base_form", "They tout a 12 percent fall in crime.", "tout", "They",
             "a 12 percent fall in crime"),
    FrameRow("noun_base_form", "Supporters tout the plan's 40,000 new jobs.", "tout",
             "Supporters", "the plan's 40,000 new jobs"),
    FrameRow("ungrounded", "The mayor attacked the council for cutting 40 jobs.", "attacked",
             "The mayor", "the council for cutting 40 jobs"),
    FrameRow("participle_adjective", "Ortiz has won more pledged delegates, 40 in all, than "
             "Berg.", "pledged", None),
    FrameRow("relative_that_after", "Lind hosts two shows, shows that air on 40 stations.",
             "shows", None),
    FrameRow("relative_that_after", "Ten claims that were filed cost 40 firms money.", "claims",
             None),
    FrameRow("reduced_relative", "The share of tenants saying rents are too high rose to 40 "
             "percent.", "saying", "The share of tenants",
             "rents are too high rose to 40 percent"),
    FrameRow("reduced_relative", "The floods left 30 percent of farmers saying they would "
             "sell.", "saying", "30 percent of farmers", "they would sell"),
    FrameRow("bare_participle", "The man insisting on a refund was escorted out.",
             "insisting", None),
    FrameRow("bare_participle", "The driver admitting the offence was fined $500.", "admitting",
             None),
    FrameRow("belief_proform", "Asked if 40 mills would shut, Okafor said she doesn't think so.",
             "think", "she", ""),
    FrameRow("belief_proform", "The mayor does not believe it.", "believe", "The mayor", ""),
    FrameRow("belief_proform", "He says 40 homes will rise, but he doesn't believe it himself.",
             "believe", "he", ""),
    FrameRow("negated_report", "The ministry did not respond to a request about the 40 "
             "missing files.", "respond", "The ministry", ""),
    FrameRow("negated_report", "A lawyer for Ortiz did not immediately respond to 3 messages.",
             "respond", "A lawyer for Ortiz", ""),
    FrameRow("negated_report", "The mayor never mentioned the 40 layoffs.", "mentioned",
             "The mayor", ""),
    FrameRow("object_gap", "Rebels counted 60 dead, a figure the army disputed.", "disputed",
             "the army", ""),
    FrameRow("object_gap", "The fee rose by $12, which she has strongly denied to reporters.",
             "denied", "she", ""),
    FrameRow("object_gap", "She asked each member for $40, which she claimed as the typical "
             "fee.", "claimed", "she", "the typical fee"),
    FrameRow("object_gap", "She spoke to a crowd that the police estimated at 3,000, then left.",
             "estimated", "the police", "3,000"),
    FrameRow("object_gap", "Her plan costs $4 billion, something she mentions at every stop.",
             "mentions", "she", ""),
    FrameRow("object_gap", "Few read what he wrote in the 40-page memo.", "wrote", "he", ""),
    FrameRow("object_gap", "He backs the 15 percent tax she has proposed for landlords.",
             "proposed", "she", "the 15 percent tax"),
    FrameRow("object_gap", "Aides doubt the $2 billion that the senator cited on Monday.",
             "cited", "the senator", "the $2 billion"),
    FrameRow("object_gap", "The 3 percent growth the bank forecast last year did not come.",
             "forecast", "the bank", "The 3 percent growth"),
    FrameRow("object_gap", "The $40 million the mayor promised never arrived.", "promised",
             "the mayor", "The $40 million"),
    FrameRow("object_gap", "The 40 books she wrote are out of print.", "wrote", None),
    FrameRow("object_gap", "Residents recall the 20 percent rate hike the utility denied in "
             "2019.", "denied", "the utility", ""),
    FrameRow("object_gap", "Roe confirmed the 5 percent raise the board announced is final.",
             "announced", "the board", "the 5 percent raise"),
    FrameRow("object_gap", "The levy was part of a plan, which the council detailed in a memo.",
             "detailed", "the council", ""),
    FrameRow("object_gap", "The 2,000 jobs the company promised never came and the plant "
             "closed.", "promised", "the company", "The 2,000 jobs"),
    FrameRow("object_gap", "Aides back the 15-year lease the mayor proposed.", "proposed",
             "the mayor", "the 15-year lease"),
    FrameRow("object_gap", "The 12 percent raise the minister said is fair was approved on "
             "Monday.", "said", None),
    FrameRow("object_gap", "The rise the bank said was due to 40 new plants.", "said", None),
    FrameRow("object_gap", "The UN panel got the 60-page report on Monday.", "report",
             None),
    FrameRow("subject_before", "The club faces a debt the coach said could reach $4 million.",
             "said", "the coach", "could reach $4 million"),
    FrameRow("subject_before", "Fans blamed him for what he said were 3 lost games.", "said",
             "he", "were 3 lost games"),
    FrameRow("subject_before", "The coach said the team would recover.",
             "said", "The coach", "the team would recover"),
    FrameRow("subject_before", "Officials were saying the toll had risen to 40.",
             "saying", "Officials", "the toll had risen to 40"),
    FrameRow("subject_before", "I think this budget is 40 percent too big.", "think", "I",
             "this budget is 40 percent too big"),
    FrameRow("subject_before", "Berg thought the fund had lost $3 million.", "thought", "Berg",
             "the fund had lost $3 million"),
    FrameRow("subject_before", "The mayor knows 40 families will lose their homes.", "knows",
             "The mayor", "40 families will lose their homes"),
    FrameRow("subject_before", "The clerk knew which 12 files had gone missing.", "knew",
             "The clerk", "which 12 files had gone missing"),
    FrameRow("subject_before", "The brief audit that the board ordered showed 40 unpaid "
             "bills.", "showed", "The brief audit that the board ordered", "40 unpaid bills"),
]

# --------------------------------------------------------------------------------------------
# mentions.LEFT_NP_STEPS and mentions.RIGHT_NP_STEPS: the speaker noun phrase
# --------------------------------------------------------------------------------------------

LEFT_STEP_ROWS: list[MentionRow] = [
    MentionRow("intensifier", "The mayor himself said 20 roads were closed.", "said",
               "The mayor"),
    MentionRow("intensifier", "Lima herself told reporters the vote was 52 to 48.", "told",
               "Lima"),
    MentionRow("possessive", "The governor's office said 20 roads were closed.", "said",
               "The governor's office"),
    MentionRow("possessive", "Apple's chief executive said sales rose 8%.", "said",
               "Apple's chief executive"),
    MentionRow("possessive", "Talks failed, the Harbour Pilots' Union said of the 40 ships.",
               "said", "the Harbour Pilots' Union"),
    MentionRow("possessive", "The port shut, the Tula Nurses\u2019 Association said.", "said",
               "the Tula Nurses\u2019 Association"),
    MentionRow("bracketed_acronym",
               "The International Energy Agency (IEA) said oil demand would fall 2%.", "said",
               "The International Energy Agency"),
    MentionRow("initial", "Ana M. Ortiz said the toll was 12.", "said", "Ana M. Ortiz"),
    MentionRow("initial", "Tomas K. Berg told the court 14 files were lost.", "told",
               "Tomas K. Berg"),
    MentionRow("initial", "Costs will rise, J. Tomas Berg, the treasurer, said on Monday.",
               "said", "J. Tomas Berg"),
    MentionRow("nickname", 'Shop owner Marta "Tita" Olsen said 40 people came.', "said",
               'Shop owner Marta "Tita" Olsen'),
    MentionRow("nickname", 'Rents rose 9%, Thomas "Tad" Lindqvist told the board.', "told",
               'Thomas "Tad" Lindqvist'),
    MentionRow("generational", "Costs will rise 4%, Tomas Berg Jr. said.", "said",
               "Tomas Berg Jr."),
    MentionRow("generational", "Ana Ruiz Jr. told the board 2 more seats were at risk.",
               "told", "Ana Ruiz Jr."),
    MentionRow("generational", "Pell Corp. said it would shut 3 plants.", "said", "Pell Corp."),
    MentionRow("generational", "Costs rose 6% last year, Dorn Ltd. said.", "said",
               "Dorn Ltd."),
    MentionRow("proportion", "About 4 in 10 say the fare of $3 is too high.", "say",
               "4 in 10"),
    MentionRow("proportion", "On rents, 38% said they pay over $900.", "said", "38%"),
    MentionRow("proportion", "Almost seven out of 10 say 12 weeks is too long.", "say",
               "Almost seven out of 10"),
    MentionRow("participle_modifier",
               "Economists polled by the paper had forecast a 2 percent rise.", "forecast",
               "Economists polled by the paper"),
    MentionRow("participle_modifier", "A poll released on Tuesday said 40 percent backed "
               "the plan.", "said", "A poll released on Tuesday"),
    MentionRow("postmodifier", "Three officials familiar with the talks said 40 troops would "
               "stay.", "said", "Three officials familiar with the talks"),
    MentionRow("postmodifier", "Two aides briefed on the plan said 12 posts would go.", "said",
               "Two aides briefed on the plan"),
    MentionRow("membership", "Three Republicans on the panel said 40 bridges were unsafe.",
               "said", "Three Republicans on the panel"),
    MentionRow("membership", "Police on the scene said 3 people were hurt.", "said",
               "Police on the scene"),
    MentionRow("postmodifier_pronoun", "The mill will shed 40 jobs, one friend close to him "
               "said.", "said", "one friend close to him"),
    MentionRow("postmodifier_pronoun", "Two staff loyal to them said 12 posts would go.", "said",
               "Two staff loyal to them"),
    MentionRow("hyphenated_figure", "The 64-year-old engineer said the dam held 40 tonnes.",
               "said", "The 64-year-old engineer"),
    MentionRow("hyphenated_figure", "A 12-term mayor said 40 bridges needed work.", "said",
               "A 12-term mayor"),
    MentionRow("locative", "Officials there said 40 homes were lost.", "said",
               "Officials there"),
    MentionRow("locative", "Polls here show the mayor trailing by 8 points.", "show",
               "Polls here"),
    MentionRow("partitive", "Most of them said the rent had doubled to $900.", "said",
               "Most of them"),
    MentionRow("partitive", "Some of us believe 40 percent is too high.", "believe",
               "Some of us"),
    MentionRow("past_verb", "The board hired Ana Lima, who told staff 40 posts would go.",
               "told", "Ana Lima, who"),
    MentionRow("past_verb", "Police detained Tom Reyes, who said he saw 3 men.", "said",
               "Tom Reyes, who"),
    MentionRow("past_verb", "Fares rose 8 percent, a Transit Board review published Monday "
               "found.", "found", "a Transit Board review published Monday"),
    MentionRow("verb_object", "Lind referred to the Harbor Gazette survey that shows 40 "
               "percent backing her.", "shows", "the Harbor Gazette survey that"),
    MentionRow("verb_object", "The mayor turned to a county audit that found 12 roads unsafe.",
               "found", "a county audit that"),
    MentionRow("knowledge_postmodifier", "Two officials with knowledge of the talks said 40 "
               "jobs would go.", "said", "Two officials with knowledge of the talks"),
    MentionRow("knowledge_postmodifier", "A person with direct knowledge of the plan said it "
               "would cost $4 million.", "said", "A person with direct knowledge of the plan"),
    MentionRow("clause_word", "Prime Minister Theresa May said 40 MPs would vote.", "said",
               "Prime Minister Theresa May"),
    MentionRow("verb_object", "Rents rose 9 percent, according to a broker who said 40 flats "
               "were empty.", "said", "a broker who"),
    MentionRow("verb_object", "According to a broker who said 40 flats were empty, rents rose.",
               "said", "a broker who"),
    MentionRow("punctuation", "Support fell to 40 percent, a Vale/Norcross poll found.",
               "found", "a Vale/Norcross poll"),
    MentionRow("document_agent", "A survey by Gallup estimated 40 percent backed the plan.",
               "estimated", "A survey by Gallup"),
    MentionRow("document_agent", "Firms wait 74 days, a survey released Tuesday by Vell "
               "Polling showed.", "showed", "a survey released Tuesday by Vell Polling"),
    MentionRow("document_agent", "A poll of 25 analysts by the Tarn Ledger had forecast a rise "
               "of 1.1 percent.", "forecast",
               "A poll of 25 analysts by the Tarn Ledger"),
    MentionRow("document_agent", "A poll of 25 analysts by Tarn Bank had forecast a rise of 1.1 "
               "percent.", "forecast", "A poll of 25 analysts by Tarn Bank"),
    MentionRow("document_agent", "Firms wait 74 days, a report published on Friday by the Tula "
               "Institute found.", "found", "a report published on Friday by the Tula Institute"),
    MentionRow("document_agent", "A report by Oxfam said 12 firms paid no tax.", "said",
               "A report by Oxfam"),
    MentionRow("punctuation", "Yesterday, officials said 9 schools had shut.", "said",
               "officials"),
    MentionRow("punctuation", "In Geneva, diplomats said talks had stalled.", "said",
               "diplomats"),
    MentionRow("acronym", "The US said 200 troops would leave.", "said", "The US"),
    MentionRow("via_marker", "Reuters quoting police sources said 5 people died.", "said",
               "Reuters"),
    MentionRow("via_marker", "Xinhua quoting local officials said 12 miners were trapped.",
               "said", "Xinhua"),
    MentionRow("determiner", "Once the count ended the party said it had won 40 seats.",
               "said", "the party"),
    MentionRow("preposition", "A report on rents said 40 homes were empty.", "said",
               "A report on rents"),
    MentionRow("preposition", "The inquiry into the crash found 40 bolts were loose.", "found",
               "The inquiry into the crash"),
    MentionRow("preposition", "Officials in Moscow said 3 ships sank.", "said",
               "Officials in Moscow"),
    MentionRow("preposition", "Aid workers in the camp said food had run out.", "said",
               "Aid workers in the camp"),
    MentionRow("conjunction", "Lopez and Chen said the merger was worth $2bn.", "said",
               "Lopez and Chen"),
    MentionRow("conjunction", "Brazil and Argentina said the tariff would rise to 15%.", "said",
               "Brazil and Argentina"),
    MentionRow("conjunction", "The Lima campaign and DNC said 40 staff would move.", "said",
               "The Lima campaign and DNC"),
    MentionRow("clause_word", "Since then officials said 70 homes were rebuilt.", "said",
               "officials"),
    MentionRow("adverb", "Reserves hit a record, but privately bankers said they were worried.",
               "said", "bankers"),
    MentionRow("adverb", "Shares rose, and separately analysts said the bank was undervalued.",
               "said", "analysts"),
    MentionRow("reporting_verb", "Police confirmed witnesses said 3 people were hurt.", "said",
               "witnesses"),
    MentionRow("lone_figure", "Death toll climbs to 40 says army", "says", ""),
]

RIGHT_STEP_ROWS: list[MentionRow] = [
    MentionRow("verb_of_subject",
               "The company gave no details, saying only that the fire was contained.",
               "saying", "The company"),
    MentionRow("verb_of_subject",
               "Rescuers pulled 12 survivors from the rubble, saying more were trapped.",
               "saying", "Rescuers"),
    MentionRow("possessive",
               "According to Ukraine's air force, 14 drones were shot down.",
               "According to", "Ukraine's air force"),
    MentionRow("generational", "Costs will rise 4%, said Tomas Berg Sr., the treasurer.",
               "said", "Tomas Berg Sr."),
    MentionRow("punctuation", "According to the minister, 40 schools will reopen.",
               "According to", "the minister"),
    MentionRow("determiner", "According to police the death toll has risen to 40.",
               "According to", "police"),
    MentionRow("preposition", "According to the ambassador in Paris, 2 diplomats were expelled.",
               "According to", "the ambassador in Paris"),
    MentionRow("preposition", "According to our correspondent in Kabul, 12 rockets hit the "
               "airport.", "According to", "our correspondent in Kabul"),
    MentionRow("conjunction", "According to Lopez and Chen, the merger was worth $2bn.",
               "According to", "Lopez and Chen"),
    MentionRow("stop_word", '"Turnout topped 70 percent," said the election chief on Tuesday.',
               "said", "the election chief"),
    MentionRow("lowercase", "Jo Park, a union official, walked out, saying 200 jobs were at risk.",
               "saying", "Jo Park"),
    MentionRow("lowercase",
               "A spokeswoman for the bank, Ana de Souza, said 40 branches would close.",
               "said", "Ana de Souza",
               bug="a name particle stops the name-only walk of an apposition, so "
                   "'Ana de Souza' is lost and the role phrase before it speaks"),
    MentionRow("reporting_verb", "About 40 roads closed, according to a preliminary estimate.",
               "according to", "a preliminary estimate"),
    MentionRow("reporting_verb", "An independent study found 12 wells were dry.", "found",
               "An independent study"),
    MentionRow("reporting_verb", "Flats took 212 of the permits, according to the board's "
               "midyear report.", "according to", "the board's midyear report"),
    MentionRow("reporting_verb", "Roe toured the mill without aides, according to the pool "
               "report.", "according to", "the pool report"),
    MentionRow("reporting_verb",
               "The ministry warns fuel prices could rise, adding that 300 stations may close.",
               "adding", "The ministry"),
    MentionRow("initial", "The fund is empty, said District Judge Tomas K. Berg.", "said",
               "District Judge Tomas K. Berg"),
    MentionRow("initial", '"We lost 3 seats," said Mara J. Lind.', "said", "Mara J. Lind"),
    MentionRow("nickname", '"We are full," said Marta "Tita" Olsen, who runs the shop.', "said",
               'Marta "Tita" Olsen'),
    MentionRow("nickname", 'The dam leaks, said engineer Thomas "Tad" Lindqvist.', "said",
               'engineer Thomas "Tad" Lindqvist'),
    MentionRow("adverb", "Officials initially denied the report, saying only 3 people were hurt.",
               "saying", "Officials"),
]

SUBJECT_OPENER_ROWS: list[MentionRow] = [
    MentionRow("bullet", "- Gov. Ana Roe rejected the audit, saying 40 reports were wrong.",
               "saying", "Gov. Ana Roe"),
    MentionRow("dateline", "WASHINGTON - Sen. Ana Ortiz criticised the bill, saying it would "
               "cost $4 billion.", "saying", "Sen. Ana Ortiz"),
    MentionRow("dateline", "LIMA, May 2 (Reuters) - Peru's president, Tomas Berg, praised the "
               "deal, saying it would create 300 jobs.", "saying", "Tomas Berg"),
    MentionRow("fronted_adverbial", "In a statement, the union rejected the offer, saying 300 "
               "jobs would go.", "saying", "the union"),
    MentionRow("fronted_adverbial", "Separately, the mayor resigned, saying 40 staff had quit.",
               "saying", "the mayor"),
    MentionRow("conjunction_opener", "But the mayor resigned, saying 40 staff had quit.",
               "saying", "the mayor"),
    MentionRow("conjunction_opener", "And then the mayor took up the fight, saying 40 "
               "jobs were lost.", "saying", "the mayor"),
    MentionRow("fronted_adverbial", "Here in Dover, the senator stayed for an hour, saying 12 "
               "mills had shut.", "saying", "the senator"),
    MentionRow("subordinate_clause", "Although turnout fell, the party gained seats, saying 40 "
               "districts had flipped.", "saying", "the party"),
    MentionRow("time_phrase", "A few days later, the mayor resigned, saying 40 staff had quit.",
               "saying", "the mayor"),
    MentionRow("where_clause", "The bill now goes to the Senate, where its sponsor, Sen. Ada "
               "Marr, said 31 votes were secure.", "said", "Sen. Ada Marr"),
    MentionRow("where_clause", "Ana Roe, speaking in Ohio, where she grew up, said 40 plants "
               "closed.", "said", "Ana Roe"),
    MentionRow("time_phrase", "That morning, the coach quit, saying 12 players were hurt.",
               "saying", "the coach"),
    MentionRow("fronted_adverbial", "Asked about the cuts, Ortiz shrugged and said 12 posts "
               "would go.", "said", "Ortiz"),
    MentionRow("fronted_adverbial", "At a rally in Dover, Ohio, on Sunday, the senator spoke "
               "briefly, saying 40 plants had closed.", "saying", "the senator"),
    MentionRow("bare_sentence_adverb", "Later he called the bid weak and said 40 votes were "
               "missing.", "said", "he"),
    MentionRow("bare_sentence_adverb", "Then she left the hall, saying 12 seats were empty.",
               "saying", "she"),
    MentionRow("bare_adverbial", "By Friday night she had left the talks, saying 40 issues "
               "were still open.", "saying", "she"),
    MentionRow("bare_adverbial", "By Friday night she had left the talks in Dover, Del., "
               "saying 40 issues were still open.", "saying", "she"),
    MentionRow("bare_adverbial", "At the sight of the bill he went pale and admitted the repairs "
               "cost $4,000.", "admitted", "he"),
    MentionRow("bare_time_adjunct", "On Sunday morning Mr. Roe deflected the criticism, writing "
               "on Twitter that 40 percent agreed.", "writing", "Mr. Roe"),
    MentionRow("bare_time_adjunct", "On Tuesday the ministry cut its forecast, saying growth "
               "would slow to 2 percent.", "saying", "the ministry"),
    MentionRow("bare_time_adjunct", "In March 2019 Vell Motors cut jobs, saying 400 posts would "
               "go.", "saying", "Vell Motors"),
]

# --------------------------------------------------------------------------------------------
# names.ROLE_RULES, resolver.LINK_STEPS and resolver.RESOLVER_STEPS: who speaks
# --------------------------------------------------------------------------------------------

ROLE_RULE_ROWS: list[SpeakerRow] = [
    SpeakerRow("kin_before", "Rosa Delgado and her husband, Pablo, said the farm lost "
               "$30,000. \"We had no warning,\" she said.", "she", "Rosa Delgado"),
    SpeakerRow("kin_before", "Jon Mercer and his daughter, Kim, said 14 cows drowned. "
               "\"It was awful,\" he said.", "he", "Jon Mercer"),
    SpeakerRow("party_of_person", "Gov. Alan Pike, a Democrat, signed the law. Pike said it "
               "would save $2 billion. Rep. Jill Moss voted against it. The Republican said "
               "the plan cost too much.", "The Republican", "Jill Moss"),
    SpeakerRow("facility_after", "Rep. Mia Hart met President Ruiz on Friday in Tula.\n\n"
               "Speaking at Tomas K. Berg memorial hall on Sunday, the president framed "
               "the vote as a test. He said 40 schools would close.", "He", "President Ruiz"),
    SpeakerRow("facility_after", "Gov. Ortiz toured the port with Mayor Lind. At Peter "
               "Lima library on Friday, a crowd cheered the governor. He said 12 ferries "
               "were idle.", "He", "Gov. Ortiz"),
    SpeakerRow("named_given", "The caller gave her name to the station as a 38-year-old Tula "
               "teacher named Lucia. \"Rents doubled in 2 years,\" she said.", "she", "Lucia"),
    SpeakerRow("named_given", "Outside the mill we met a welder named Pedro, who has worked "
               "there since 1990. \"They cut 40 jobs,\" he said.", "he", "Pedro"),
    SpeakerRow("definite_before", "Fans crowded onto the Okafor Train in May. Okafor said 40 "
               "towns would vote for him.", "Okafor", "Okafor", kind="unknown"),
    SpeakerRow("definite_before", "Crowds lined up for the Hart Caravan on Friday. Later, Hart "
               "said 12 stops were added.", "Hart", "Hart"),
    SpeakerRow("title_before", "Dr Okonkwo toured the ward on Monday. She said 40 beds were free.",
               "She", "Okonkwo"),
    SpeakerRow("title_before", "Mr Haddad left the meeting early. He said the talks had failed.",
               "He", "Haddad"),
    SpeakerRow("title_modifier", "Finance Minister Ana Lima met Foreign Minister Tomas Berg "
               "on Monday. Berg said 5 envoys left. The finance minister said the deficit was "
               "3 percent.", "The finance minister", "Ana Lima"),
    SpeakerRow("title_modifier", "Defense Secretary Tom Hale flew in with Foreign Secretary "
               "Jo Reyes. Reyes spoke first. The defense secretary said 400 troops would go.",
               "The defense secretary", "Tom Hale"),
    SpeakerRow("former_before", "Speaking in Geneva, former Ambassador Ruth Okafor warned of "
               "cuts. Okafor then met aides. The former ambassador said 12 posts were empty.",
               "The former ambassador", "Ruth Okafor"),
    SpeakerRow("former_before", "On Monday, former Gov. Ana Lima endorsed Jo Roe. Lima "
               "praised the plan. The former governor said 9 counties backed it.",
               "The former governor", "Ana Lima"),
    SpeakerRow("roles_before", "The firm's spokeswoman Lina Haddad confirmed the sale. "
               "The spokeswoman said 200 jobs would go.", "The spokeswoman", "Lina Haddad"),
    SpeakerRow("roles_before", "Hospital director Ana Lima opened the new wing. "
               "The director said 60 beds were added.", "The director", "Ana Lima"),
    SpeakerRow("place_of", "Floods hit the town of Hollin overnight. "
               "The town said 300 homes lost power.", "The town", "Hollin"),
    SpeakerRow("place_of", "The mayor of Brenna declared an emergency. "
               "The city said 2,000 homes had no heat.", "The city", "Brenna"),
    SpeakerRow("apposition_before", "A spokesman for the airline, Tom Reyes, confirmed the "
               "cuts. The spokesman said 90 flights were cancelled.", "The spokesman",
               "Tom Reyes"),
    SpeakerRow("apposition_before", "A lawyer for the family, Omar Farouk, spoke outside court. "
               "The lawyer said the fine was $9,000.", "The lawyer", "Omar Farouk"),
    SpeakerRow("org_apposition_before", "The Ministry of Trade said exports fell 4 percent. "
               "Brenia's state news agency, Bresta, quoted an aide as saying the figure was "
               "false. The agency said 12 ships were held.", "The agency", "Bresta"),
    SpeakerRow("apposition_after", "Tom Reyes, a spokesman for the airline, defended the cuts. "
               "The spokesman said 90 flights were cancelled.", "The spokesman", "Tom Reyes"),
    SpeakerRow("apposition_after", "Lena Novak, the firm's lawyer, read a statement. "
               "The lawyer said the claim was worth $12m.", "The lawyer", "Lena Novak"),
    SpeakerRow("apposition_after", "Orla Lines, one of the largest ferry companies, posted a "
               "loss. Brisa Maritime expects the fleet to grow.\n\nThe company said 40 ferries "
               "were idle.", "The company", "Orla Lines", kind="organisation"),
    SpeakerRow("apposition_after", "Vell Air cut fares. Jo Roe, one of the airlines' harshest "
               "critics, said 40 flights were late. The company said 12 planes were grounded.",
               "The company", "company", resolved=False, kind="organisation"),
    SpeakerRow("office_after", "Sen. Ana Lima, the Ohio Democrat who chairs the banking panel, "
               "opened the hearing. Tom Hale, a banker, spoke next. The chairwoman said fees "
               "topped $12 billion.", "The chairwoman", "Ana Lima"),
    SpeakerRow("office_after", "Jo Roe, who leads the Vell party, met Tom Hale on Monday. Hale "
               "spoke first. The leader said 40 seats were safe.", "The leader", "Jo Roe"),
    SpeakerRow("descriptor_after", "A bomb attack was claimed by the Red Hand group. The Tula "
               "Herald said 8 guards died. The group said it would strike again.", "The group",
               "Red Hand"),
    SpeakerRow("descriptor_after", "The blast was reported by the Tasnim news agency. Kavir "
               "Bank said 3 died. The agency said 8 guards died.", "The agency",
               "Tasnim"),
    SpeakerRow("home_place", "Sen. Tomas Berg, D-Fla., spoke first. Later, Sen. Ana Lima, "
               "R-Iowa, met the mayors. The Florida senator said 40 counties were at risk.",
               "The Florida senator", "Tomas Berg"),
    SpeakerRow("home_place", "Ohio Gov. Ike Obi spoke first. Later, Texas Gov. Ana Lima met "
               "the mayors. The Ohio governor said 12 towns were flooded.",
               "The Ohio governor", "Ike Obi"),
    SpeakerRow("party_of_person", "Republican nominee Jo Hart toured a plant in Ohio. Ana Lima "
               "held a rally in Reno. The Democratic nominee said 40 clinics had closed.",
               "The Democratic nominee", "Ana Lima"),
    SpeakerRow("party_of_person", "Sen. Ana Cole met Sen. Tom Birch, R-Ohio, on Monday. The "
               "Democratic senator said 12 mills would reopen.", "The Democratic senator",
               "Ana Cole"),
    SpeakerRow("party_of_person", "Ana Lima met nurses in Ohio. Jo Hart, the Democratic "
               "nominee, toured a mill in Reno. Hart met 40 workers there. The Republican said "
               "12 mills would close.", "The Republican", "Ana Lima"),
    SpeakerRow("party_of_person", "Ana Lima, the Democratic candidate, spoke in Reno. Later Jo "
               "Hart, the Republican candidate, met the mayors. The Democratic nominee said 40 "
               "mills would close.", "The Democratic nominee", "Ana Lima"),
]

LINK_STEP_ROWS: list[SourcesRow] = [
    SourcesRow("same_tokens", "Ana Lima said the plant would close. "
               "Workers later met Ana Lima at the gate.",
               (("Ana Lima", ("Ana Lima", "Ana Lima")),)),
    SourcesRow("first_surname", "Melba Acosta Febo runs the bank. Ms. Acosta said 40 loans "
               "failed.", (("Melba Acosta Febo", ("Melba Acosta Febo", "Ms. Acosta")),)),
    SourcesRow("first_surname", "The Rachel Roe Show aired on Monday. Roe said 40 guests "
               "came.", (("Roe", ("Roe",)),)),
    SourcesRow("first_surname", "Lucia Beatriz Marquez de Almeida runs the port. Marquez "
               "said 30 cranes were idle.", (("Lucia Beatriz Marquez de Almeida", (
                   "Lucia Beatriz Marquez de Almeida", "Marquez")),)),
    SourcesRow("same_tokens", "Roe toured a plant. Bill Roe said 40 jobs would come. Mrs. Roe "
               "said 5 more.", (("Bill Roe", ("Roe", "Bill Roe")), ("Roe", ("Mrs. Roe",)))),
    SourcesRow("org_head", "Acme Freight said it moved 40 tons. Acme later said 12 trucks "
               "were idle.", (("Acme Freight", ("Acme Freight", "Acme")),)),
    SourcesRow("org_head", "Vell Pharma said 40 trials failed. Vell later said 12 passed.",
               (("Vell Pharma", ("Vell Pharma", "Vell")),)),
    SourcesRow("org_head", "Ordan Group said 40 kilns shut. Ordan later said 12 reopened.",
               (("Ordan Group", ("Ordan Group", "Ordan")),)),
    SourcesRow("org_head", "Ordan Power & Light said 40 lines failed. Ordan later said 12 were "
               "fixed.", (("Ordan Power & Light", ("Ordan Power & Light", "Ordan")),)),
    SourcesRow("org_head", "Procter & Gamble said 40 lines shut. Procter later said 12 "
               "reopened.", (("Procter & Gamble", ("Procter & Gamble",)),
                             ("Procter", ("Procter",)))),
    SourcesRow("org_head", "Kessler-Vane Aerospace won 4 orders. Kessler-Vane said 300 jobs "
               "would come.",
               (("Kessler-Vane Aerospace", ("Kessler-Vane Aerospace", "Kessler-Vane")),)),
    SourcesRow("org_head", "Dunmore Savings Bank said 40 branches would shut. Dunmore Savings "
               "later said 12 would stay.",
               (("Dunmore Savings Bank", ("Dunmore Savings Bank", "Dunmore Savings")),)),
    SourcesRow("org_head", "The Hadley Rowe Foundation gave $4 million. Hadley Rowe said the "
               "gift would fund 40 grants.",
               (("Hadley Rowe", ("Hadley Rowe",)),)),
    SourcesRow("org_head", "San Diego Bank said 40 loans failed. San Diego said 12 were "
               "repaid.", (("San Diego Bank", ("San Diego Bank",)),
                           ("San Diego", ("San Diego",)))),
    SourcesRow("acronym_of_earlier", "The World Food Programme said 2 million people needed "
               "aid. The WFP added that stocks were low.",
               (("World Food Programme", ("The World Food Programme", "The WFP")),)),
    SourcesRow("acronym_of_earlier", "The International Monetary Fund cut its forecast. "
               "The IMF said growth would slow to 2.9 percent.",
               (("International Monetary Fund", ("International Monetary Fund", "The IMF")),)),
    SourcesRow("expansion_of_earlier", "The IAEA said inspectors had left. The International "
               "Atomic Energy Agency added that 3 sites were sealed.",
               (("International Atomic Energy Agency",
                 ("The IAEA", "The International Atomic Energy Agency")),)),
    SourcesRow("surname", "Mayor Irena Park said 40 roads flooded. Park said 12 bridges "
               "closed.", (("Irena Park", ("Mayor Irena Park", "Park")),)),
    SourcesRow("surname", "Naledi Khumalo said the vote was fair. "
               "Khumalo added that turnout topped 60%.",
               (("Naledi Khumalo", ("Naledi Khumalo", "Khumalo")),)),
    SourcesRow("surname", "Dr Amara Osei led the trial. Osei said 70 percent of patients "
               "improved.", (("Amara Osei", ("Amara Osei", "Osei")),)),
    SourcesRow("surname", "Mara Voss won the primary in Tula. Voss said 40 counties backed "
               "her. Her husband, former Gov. Peter Voss, campaigned with her.\n\nVoss said 12 "
               "more counties would follow.", (("Mara Voss", ("Mara Voss", "Voss", "Voss")),)),
    SourcesRow("surname", "Aides expect posts in a Mara Voss administration. Voss said 40 "
               "counties backed her. Her father, Peter Voss, also ran.\n\nVoss said she would "
               "win.", (("Mara Voss", ("Voss", "Voss")),)),
    SourcesRow("surname", "The Lena Ortiz campaign said it raised $4 million. Ortiz said "
               "12 donors gave the most.", (("Lena Ortiz campaign", ("The Lena Ortiz campaign",)),
                                            ("Lena Ortiz", ("Ortiz",)))),
    SourcesRow("surname", "Paul Vance said the race was close. The council Vance chaired "
               "lost its seat. Vance said 40 staff quit.",
               (("Paul Vance", ("Paul Vance", "Vance", "Vance")),)),
    SourcesRow("surname", "Councillor Nia Austin opposed the levy.\n\nAustin argued that 40 "
               "homes would suffer. The vote was held in Austin.",
               (("Nia Austin", ("Councillor Nia Austin", "Austin")),)),
    SourcesRow("fuller_name", "Okafor said the bill would pass. Hours later, Ruth Okafor said "
               "it had 61 votes.", (("Ruth Okafor", ("Okafor", "Ruth Okafor")),)),
    SourcesRow("fuller_name", "Brandt called the deal fair. Mayor Tobias Brandt said 40 firms "
               "had signed.", (("Tobias Brandt", ("Brandt", "Mayor Tobias Brandt")),)),
    SourcesRow("fuller_name", "Backed by activists, Diaz-Lund assails the port plan.\n\n"
               "Councillor Rosa Diaz-Lund spoke at the dock. Diaz-Lund said 40 berths would go.",
               (("Rosa Diaz-Lund", ("Diaz-Lund", "Councillor Rosa Diaz-Lund", "Diaz-Lund")),)),
    SourcesRow("family_name_first", "Zhao Minghua, the finance minister, said debt was "
               "stable. Mr. Zhao said 12 banks had failed the test.",
               (("Zhao Minghua", ("Zhao Minghua", "Mr. Zhao")),)),
    SourcesRow("family_name_first", "Choi Jiyeon chairs the panel. Ms. Choi said 8 reactors "
               "would shut.", (("Choi Jiyeon", ("Choi Jiyeon", "Ms. Choi")),)),
    SourcesRow("family_name_first", "Roh Tae-sun chairs the panel. Mr. Roh said 8 reactors "
               "would shut.", (("Roh Tae-sun", ("Roh Tae-sun", "Mr. Roh")),)),
    SourcesRow("given_name", "Ravi Menon ran the bakery for 30 years. "
               "Ravi said sales fell 20 percent.",
               (("Ravi Menon", ("Ravi Menon", "Ravi")),)),
    SourcesRow("given_name", "Lena Novak and her brother run the farm. "
               "Lena said the harvest fell by half.", (("Lena Novak", ("Lena Novak", "Lena")),)),
    SourcesRow("given_name", "Saudi Prince Karim bin Saud met the bankers. \"It will fail,\" "
               "Prince Karim said of the 12 plans.",
               (("Karim bin Saud", ("Saudi Prince Karim bin Saud", "Prince Karim")),)),
    SourcesRow("misspelt_surname", "Marta Jenkins chairs the school board. Jenkin said 14 "
               "classrooms were empty.", (("Marta Jenkins", ("Marta Jenkins", "Jenkin")),)),
    SourcesRow("misspelt_surname", "Victor Hallorn runs the port. Halorn said 6 cranes were "
               "idle.", (("Victor Hallorn", ("Victor Hallorn", "Halorn")),)),
    SourcesRow("misspelt_surname", "We met two riders, Zandrea Okwuosa and Tom Bell. Okwosa "
               "said 12 buses were late.",
               (("Zandrea Okwuosa", ("Zandrea Okwuosa", "Okwosa")),)),
]

TYPE_RULE_ROWS: list[KindRow] = [
    KindRow("guard_body", "The Merrin Coast Guard said 23 people were rescued.",
            "Merrin Coast Guard", "org"),
    KindRow("guard_body", "The Ohio National Guard sent 400 troops.", "Ohio National Guard",
            "org"),
    KindRow("eponym", "Reporters waited in the Tomas K. Berg briefing room.", "Tomas K. Berg",
            "thing"),
    KindRow("eponym", "Flights left the Ana Lima airport late.", "Ana Lima", "thing"),
    KindRow("seat", "The White House said the visit would go ahead.", "White House", "org"),
    KindRow("seat", "Officials at the Kremlin said the talks were over.", "Kremlin", "org"),
    KindRow("named_given_name", "The shelter is run by a retired nurse named Lucia.", "Lucia",
            "person"),
    KindRow("named_given_name", "On Friday a farmer named Tomas sold 40 goats.", "Tomas",
            "person"),
    KindRow("given_name", "Irena Hill, a nurse, opened the clinic.", "Irena Hill", "person"),
    KindRow("given_name", "Pham Thi Lan, a nurse, opened the clinic.", "Pham Thi Lan",
            "person"),
    KindRow("given_name", "Tomas Ferrer y Soler, a nurse, opened the clinic.",
            "Tomas Ferrer y Soler", "person"),
    KindRow("given_name", "Georgia Ann Smith, a nurse, opened the clinic.", "Georgia Ann Smith",
            "person"),
    KindRow("given_name", "Floods displaced 4,000 people, the Kenya Red Cross said.",
            "Kenya Red Cross", "unknown"),
    KindRow("thing_word", "Crowds filled the Grand Arena for the Harvest Festival.",
            "Harvest Festival", "thing"),
    KindRow("thing_word", "The Clean Rivers Act was passed in March.", "Clean Rivers Act",
            "document"),
    KindRow("camel_case", "Shares of PayLane rose 4 percent after NovaGrid said profits "
            "doubled.", "NovaGrid", "org"),
    KindRow("camel_case", "The figures came from DataHarbor, which tracks 400 ports.",
            "DataHarbor", "org"),
    KindRow("given_name", "Ruth Day, a nurse, said 40 beds were free.", "Ruth Day", "person"),
    KindRow("thing_word", "Storms hit Orange County on Monday.", "Orange County", "place"),
    KindRow("organisation_word", "Tessaly Pension Trust said profits fell.",
            "Tessaly Pension Trust", "org"),
    KindRow("organisation_word", "Shares of Johnson & Johnson rose 2 percent.",
            "Johnson & Johnson", "org"),
    KindRow("organisation_word", "A report by the OECD was published.", "OECD", "org"),
    KindRow("organisation_word", "Shares of Bryce & Lamb fell 3 percent.", "Bryce & Lamb",
            "org"),
    KindRow("organisation_last_word", "Quarterly profit at Brenholt Capital doubled.",
            "Brenholt Capital", "org"),
    KindRow("organisation_last_word", "Ossandra Mining said output fell.", "Ossandra Mining",
            "org"),
    KindRow("given_name", "Helena Power, a nurse, opened the clinic.", "Helena Power",
            "person"),
    KindRow("titled_person", "The Secretary of Energy visited Tula.", "Secretary of Energy",
            "person"),
    KindRow("district_body", "The Orvale School District said it would close two schools.",
            "Orvale School District", "org"),
    KindRow("thing_word", "Voters in the Orvale Congressional District went to the polls.",
            "Orvale Congressional District", "place"),
    KindRow("place_name", "Voters in New Mexico went to the polls.", "New Mexico", "place"),
    KindRow("place_name", "Flights to Lake Tana were cancelled.", "Lake Tana", "place"),
    KindRow("title_then_name", "Mayor Irena Park opened the school.", "Irena Park", "person"),
    KindRow("title_then_name", "Supreme Court Justice Oluwaseun Quist wrote the opinion.",
            "Oluwaseun Quist", "person"),
    KindRow("title_then_name", "Central Bank Governor Kwabena Mensah cut rates.",
            "Kwabena Mensah", "person"),
    KindRow("title_then_name", "Acting ACLU counsel sues the county.", "Acting ACLU", "org"),
    KindRow("titled_person", "Sen. LIMA says 40 bills stalled.", "Sen. LIMA", "person"),
    KindRow("titled_person", "The motion came from analyst Chidi Okoro.", "Chidi Okoro",
            "person"),
    KindRow("titled_person", "The plan was drafted by spokeswoman Adaeze Quist.",
            "Adaeze Quist", "person"),
    KindRow("titled_person", "The fund was run by Mr Ekwueme for a decade.", "Ekwueme",
            "person"),
    KindRow("given_name", "Yesterday Hillary Brandt opened the new wing.", "Hillary Brandt",
            "person"),
    KindRow("given_name", "A letter from Thomas K. Orwin was read aloud.", "Thomas K. Orwin",
            "person"),
    KindRow("given_name", "Crowds cheered Republican Marta Quist in Reno.", "Marta Quist",
            "person"),
    KindRow("nationality_word", "She was the first Cuban-American to run the port.",
            "Cuban-American", "group"),
    KindRow("nationality_word", "He calls himself an Asian Indian by birth.", "Asian Indian",
            "group"),
    KindRow("group_plural", "The plan was opposed by Democrats in the state house.",
            "Democrats", "group"),
    KindRow("group_plural", "Many Bolivians crossed the border.", "Bolivians", "group"),
    KindRow("work_title", "Listen to the Harbor Lights podcast for the 12 episodes.",
            "Harbor Lights", "document"),
    KindRow("work_title", "Sign up for the Morning Ledger newsletter, sent to 40,000 readers.",
            "Morning Ledger", "document"),
]

RESOLVER_STEP_ROWS: list[SpeakerRow] = [
    SpeakerRow("nearer_unnamed_group", "The Tula Herald endorsed Ana Lima on Monday. Six "
               "regional newspapers later backed her rival. They said 40 towns would gain.",
               "They", "They", resolved=False, kind="group"),
    SpeakerRow("nearer_unnamed_group", "Ana Lima met the Tula Herald on Monday. Many voters in "
               "the Harbor Research survey backed the plan, and they said 40 schools should "
               "close.", "they", "they", resolved=False, kind="group"),
    SpeakerRow("nearer_unnamed_group", "The Vale Party met on Monday. Some dislike the plan, "
               "and they say 12 clinics would close.", "they", "they", resolved=False,
               kind="group"),
    SpeakerRow("nearer_unnamed_group", "Ana Lima met the Tula Herald on Monday. Local "
               "charities disagreed, and they said 40 shelters were full.", "they", "they",
               resolved=False, kind="group"),
    SpeakerRow("nearer_unnamed_group", "The Vale Party met on Monday. Officials who attended "
               "were alarmed, and they said 12 clinics would close.", "they", "they",
               resolved=False, kind="group"),
    SpeakerRow("subordinate_subject", "Gov. Tom Hale debated Paul Okoye. Okoye said 40 jobs "
               "were lost. When Hale was asked whether he trusted Okoye, he said no.", "he",
               "Tom Hale"),
    SpeakerRow("subordinate_subject", "Ana Ortiz met Jo Roe. Roe said 40 jobs were lost. After "
               "Ortiz read the audit, she said 12 firms had cheated.", "she", "Ana Ortiz"),
    SpeakerRow("pronoun", '"It is over," said Ron Weiser, a donor. "I think so."\n\nA month '
               'ago, Ohio investor Marco Lind voiced dismay at the vote. "I now fear 12 seats '
               'may fall," he told the Tula Herald.', "he", "Marco Lind"),
    SpeakerRow("pronoun", "Tomas Lima's stock answer is likely to be repeated by his wife.\n\n"
               "And campaign Chairman John Roe, a former aide to Tomas Lima, offered a slogan "
               'when I asked him about the race.\n\n"We will win 12 states," he said.', "he",
               "John Roe"),
    SpeakerRow("pronoun", "Tomas Lima's stock answer is likely to be repeated by his wife.\n\n"
               "And Lima campaign Chairman John Roe - Tomas Lima's former chief of staff - "
               'offered a slogan when I asked him about the race.\n\n"We will win 12 states," '
               "he said.", "he", "John Roe"),
    SpeakerRow("pronoun", 'Tom Hale noted that Ed Lima has admitted Ana Roe lost 12 seats. '
               '"We need a new plan," he said.', "he", "Tom Hale"),
    SpeakerRow("pronoun", "Tom Hale spoke first. Mrs. Vela's father once owned 3 mills in "
               "Tula, as she told the crowd.", "she", "Vela"),
    SpeakerRow("pronoun", "Tom Hale spoke first. Ana Vela's budget would cut 3 mills, as she "
               "has often claimed.", "she", "Ana Vela"),
    SpeakerRow("pronoun", "Prosecutor Ana Roe charged three officials of the Vell Port "
               "Authority.\n\nThe authority said it was cooperating. She said 4 more arrests "
               "could follow.", "She", "Ana Roe"),
    SpeakerRow("subject_of_main_clause", "Gov. Ed Lima said 40 towns flooded. Lima said 12 "
               "more were at risk, and Lima said aid was late. Tom Hale lags behind Ana Roe yet "
               "has visited Orlo, where he says 30 towns support him.", "he", "Tom Hale"),
    SpeakerRow("subject_of_fronted_content", "Vell Motors cut 40 jobs last year, it said on "
               "Friday.", "it", "Vell Motors", kind="organisation"),
    SpeakerRow("subject_of_fronted_content", "Ana Roe met the board. The Tula Audit Office "
               "found faults in 41 contracts, it said.", "it", "Tula Audit Office"),
    SpeakerRow("pronoun", "Marta Rossi chairs the board. She said profits rose 8 percent.",
               "She", "Marta Rossi"),
    SpeakerRow("pronoun", "The Norwegian Refugee Council opened a clinic. "
               "It said 300 patients were seen.", "It", "Norwegian Refugee Council"),
    SpeakerRow("subject_of_main_clause", "Gov. Ivan Petrov said 12 towns were flooded. Petrov "
               "said more rain was due. Mayor Tomas Berg closed the bridge because he said 3 "
               "pylons were cracked.", "he", "Tomas Berg"),
    SpeakerRow("subject_of_main_clause", "Sen. Ana Lind told donors 40 seats were safe. Lind "
               "added that 3 were close. Rep. Maria Ortiz quit the panel although she said 12 "
               "members backed her.", "she", "Maria Ortiz"),
    SpeakerRow("possessor_of_first_conjunct", "Ana Roe led the vote in Tula. Mia Lind said 40 "
               "seats were lost. Roe's future is still unclear, but she said on Friday that she "
               "would serve.", "she", "Ana Roe"),
    SpeakerRow("possessor_of_first_conjunct", "Tomas Berg ran the mill for 30 years. Ivan "
               "Petrov said the sale was fair. Berg's mill closed in May, and he says 40 "
               "workers lost their jobs.", "he", "Tomas Berg"),
    SpeakerRow("possessor_of_first_conjunct", "Ana Roe met Mia Lind in Tula. Lind said 40 "
               "seats were lost. Roe's aide, Tomas Berg, left early, but he said 3 more would "
               "go.", "he", "Tomas Berg"),
    SpeakerRow("possessor_of_first_conjunct", "Ivan Petrov, a law professor, said the ruling "
               "was sound. One of Tomas Berg's sharpest attacks came in May, when he told "
               "reporters the judge had cost him 3 votes.", "he", "Tomas Berg"),
    SpeakerRow("reported_person", "Pastor Tomas Berg mocked the plan on his radio show, Civic "
               "Lens Watch reported.\n\nHe then said 40 families would leave.", "He",
               "Tomas Berg"),
    SpeakerRow("reported_person", "Sen. Ana Lind tore up the memo on Friday, Bright Maple first "
               "reported. She said it would cost $40 million.", "She", "Ana Lind"),
    SpeakerRow("fronted_clause_cataphora", "The depot was busy. Though he admitted the count "
               "was slow, Tomas Okafor hired 40 more clerks for the night.", "he",
               "Tomas Okafor"),
    SpeakerRow("fronted_clause_cataphora", "Polls closed at 8. Although she said the vote was "
               "fair, Mayor Ana Lind will fund a recount of 3 wards.", "she", "Ana Lind"),
    SpeakerRow("party_member", "Speaker Dan Kessler met the caucus on Friday. Afterwards, "
               "the Ohio Republican said 40 members backed the bill.", "the Ohio Republican",
               "Dan Kessler"),
    SpeakerRow("party_member", "Mayor Dan Cole met reporters on Monday. The Democrat said 40 "
               "buses would be added.", "The Democrat", "Dan Cole"),
    SpeakerRow("age_description", "One driver, Sam Patel, 38, said the road flooded. \"The "
               "water came fast,\" the 38-year-old said.", "the 38-year-old", "Sam Patel"),
    SpeakerRow("age_description", "Ines Baptiste, a 44-year-old nurse, met Dr. Paul Roy. "
               "The 44-year-old nurse said 9 beds were empty.", "The 44-year-old nurse",
               "Ines Baptiste"),
    SpeakerRow("age_description", "Lena Fischer lost her shop in the fire. \"Nothing is "
               "left,\" the 61-year-old said.", "the 61-year-old", "Lena Fischer"),
    SpeakerRow("age_description", "Judge Ruth Okoye retires in May. \"I have heard 9,000 "
               "cases,\" the soft-spoken, 70-year-old jurist said.",
               "70-year-old jurist", "Ruth Okoye"),
    SpeakerRow("subject_of_own_clause", "The port authority closed 3 berths on Monday, it "
               "said in a statement.", "it", "port authority", resolved=False,
               kind="organisation"),
    SpeakerRow("topic_adjunct", "Tomas Berg warned against a drawn-out count.\n\nAs for "
               "Ivo Dane, he said he was not worried about the 300 missing ballots.", "he",
               "Ivo Dane"),
    SpeakerRow("body_possessor", 'Sen. Mark Lima, who campaigned with Tomas Vidal\'s rival, '
               'said the plan would cost 40 jobs. "It is a bad plan," Mr. Lima said.\n\nTomas '
               "Vidal's campaign said Tuesday that it would stay in the race through June. As "
               "results came in, he gave a speech in Ohio, predicting he would win 12 states.",
               "he", "Tomas Vidal"),
    SpeakerRow("group_member", "Mayor Lin Ochoa met reporters. Dr. Kemal Aydin and Sara Holt "
               "said 30 beds were full. She said 12 nurses were sick.", "She", "Sara Holt"),
    SpeakerRow("subject_of_previous_sentence", "\"It comes first,\" Mr. Rook said. Mrs. Lind "
               "will face the same fight. Mr. Vale's wager is that his rules will last. He says "
               "40 states should act.", "He", "Vale"),
    SpeakerRow("subject_of_previous_sentence", "\"It comes first,\" Mr. Rook said. Mr. Vale's "
               "aide, Tom Dunn, agreed. He says 40 states should act.", "He", "Tom Dunn"),
    SpeakerRow("subject_of_previous_sentence", "\"We were surprised,\" said Tom Hart. Mr. "
               "Vale's office declined to comment. He said turnout would be 40 percent.", "He",
               "Tom Hart"),
    SpeakerRow("subject_of_previous_sentence", "Ben Rook, an aide to President Leo Vale, "
               "recalled a talk.\n\nThe president's health became an issue. At a rally in "
               "Tula, he told voters that 40 clinics would open.", "he", "Leo Vale"),
    SpeakerRow("subject_of_previous_sentence", 'President Leo Vale spoke. "We tried," Mr. Vale '
               'said.\n\n"They wanted 60 votes," Senator Tom Berg said.\n\nIn defeat, the '
               "president looked tired. Touring Ohio in May, he said 40 plants would close.",
               "he", "Leo Vale"),
    SpeakerRow("subject_of_previous_sentence", 'President Leo Vale spoke. "We tried," Mr. Vale '
               'said.\n\n"They wanted 60 votes," Senator Tom Berg said.\n\nIn defeat, the '
               "president looked tired. While Berg smiled, he said 40 plants would close.",
               "he", "Tom Berg"),
    SpeakerRow("subject_of_previous_sentence", "Gov. Ana Lima met Tom Berg. In the hall, the "
               "governor left early. He said 40 jobs would go.", "He", "Tom Berg"),
    SpeakerRow("subject_of_previous_sentence", "Mayor Hal Dunn opened the bridge. The transit "
               "agency cut 4 bus lines. It said 900 riders were affected.", "It",
               "transit agency", resolved=False, kind="organisation"),
    SpeakerRow("subject_of_previous_sentence", "Mayor Jo Hart spoke first. The state port "
               "authority closed 3 berths. It said 40 ships were waiting.", "It",
               "state port authority", resolved=False),
    SpeakerRow("subject_of_previous_sentence", "Mayor Jo Hart spoke first. The port authority "
               "quickly closed 3 berths. It said 40 ships were waiting.", "It",
               "port authority", resolved=False),
    SpeakerRow("subject_of_previous_sentence", "The union said fares were too high. The "
               "transit agency cut 4 bus lines. It said 900 riders were affected.", "It",
               "transit agency", resolved=False),
    SpeakerRow("subject_of_previous_sentence", "The Vell Transit Authority said fares would "
               "rise. The ferry company, Orla Lines, cancelled 12 sailings. It said 900 riders "
               "were affected.", "It", "Orla Lines"),
    SpeakerRow("subject_of_own_clause", "The local teachers rejected a 2 percent offer on "
               "Monday, they said.", "they", "local teachers", resolved=False, kind="group"),
    SpeakerRow("party_member", "Sen. Rita Moreno of Nevada toured the dam. The Nevada Democrat "
               "said 12 turbines were idle.", "The Nevada Democrat", "Rita Moreno"),
    SpeakerRow("coordinated_names", "Senate leader Ana Lima and House Speaker Tom Reyes said "
               "the budget would grow 4 percent.",
               "Senate leader Ana Lima and House Speaker Tom Reyes", "Ana Lima and Tom Reyes",
               kind="group"),
    SpeakerRow("coordinated_names", "Nadia Okafor met Jo Hart on Monday. Later, Okafor and "
               "Sen. Mia Chen of Ohio said 12 bills would pass.",
               "Okafor and Sen. Mia Chen of Ohio", "Nadia Okafor and Mia Chen", kind="group"),
    SpeakerRow("coordinated_names", "A study by Tula University and the Marlow Institute "
               "found 40 percent of loans failed.",
               "A study by Tula University and the Marlow Institute", "Marlow Institute",
               kind="organisation"),
    SpeakerRow("name_in_mention", '"Rivals are gaining," said Rosa Lind of Hale Securities, who '
               "estimated that they had gained 2 points.", "Rosa Lind of Hale Securities, who",
               "Rosa Lind"),
    SpeakerRow("name_in_mention", "Defence ministry spokesman Igor Petrov said 12 drones "
               "were downed.", "Defence ministry spokesman Igor Petrov", "Igor Petrov"),
    SpeakerRow("name_in_mention", "Mill owner Ostrava Corp. said 40 workers were idle.",
               "Mill owner Ostrava Corp.", "Ostrava Corp"),
    SpeakerRow("name_in_mention", "Economist Lena Marsh at Vale Bank in Tula said rates would "
               "rise 2 percent.", "Economist Lena Marsh at Vale Bank in Tula", "Lena Marsh",
               kind="person"),
    SpeakerRow("name_in_mention", "The Kyodo news agency said the talks had stalled.",
               "The Kyodo news agency", "Kyodo"),
    SpeakerRow("name_in_mention", "Acme will cut 2,300 jobs, according to an internal memo "
               "seen by the Tula Courier.", "an internal memo seen by the Tula Courier",
               "internal memo seen by the Tula Courier", resolved=False),
    SpeakerRow("subject_of_previous_sentence", "The audit said the department failed to check "
               "1,400 invoices. It recommended that the agency hire 12 more staff.", "It",
               "audit", resolved=False),
    SpeakerRow("name_in_mention", "A study published on Monday in the Tula Medical Journal "
               "found 12 percent of nurses quit.", "A study published on Monday in the Tula "
               "Medical Journal", "study published on Monday in the Tula Medical Journal",
               resolved=False),
    SpeakerRow("place_institution", "Kenya's government said 40 mines would close.",
               "Kenya's government", "Kenya"),
    SpeakerRow("place_institution", "The government of Chile said copper output fell 3 "
               "percent.", "The government of Chile", "Chile"),
    SpeakerRow("role_noun", 'Rep. Hal Lisle faces Dean Pratt in the fall. "We will win," Mr. '
               "Pratt said. The congressman said he would raise $2 million.", "The congressman",
               "Hal Lisle"),
    SpeakerRow("role_noun", "The Association of Cabin Attendants said 40 flights were cut. The "
               "union said 12 crews were idle.", "The union", "Association of Cabin Attendants"),
    SpeakerRow("role_noun", "The Vell Association of Manufacturers said 12 plants would close. "
               "The union said 40 would.", "The union", "union", False),
    SpeakerRow("role_noun", "The Vell Heart Association said 40 percent of adults were at risk. "
               "The union said 12 percent were.", "The union", "union", False),
    SpeakerRow("role_noun", "According to the Dock Workers' Confederation, pay fell 9 percent. "
               "The confederation said 300 members would strike.", "The confederation",
               "Dock Workers' Confederation"),
    SpeakerRow("role_noun", "State Supreme Court Justice Ana Lima heard the case. Jo Roe filed "
               "a brief. The judge said 40 files would stay sealed.", "The judge", "Ana Lima"),
    SpeakerRow("role_noun", "Vell Mining cut jobs. Coal miner Tom Reyes said 40 men were laid "
               "off. The company said 12 were.", "The company", "Vell Mining",
               kind="organisation"),
    SpeakerRow("role_noun", "The grain exporter Orla Lines posted a loss.\n\nBrisa "
               "Maritime estimates the fleet will grow.\n\nThe company said 40 ships were "
               "idle.",
               "The company", "Orla Lines", kind="organisation"),
    SpeakerRow("role_noun", "The Vell Trust said 40 farms flooded. The agency said 12 more "
               "were at risk.", "The agency", "Vell Trust"),
    SpeakerRow("role_noun", "Rains wrecked 40 farms, according to the Red Lantern. The "
               "organization said 12 more were at risk.", "The organization", "Red Lantern"),
    SpeakerRow("role_noun", "Sheriff Tove Rask said 40 cars were towed. The sheriff said 3 "
               "drivers were fined.", "The sheriff", "Tove Rask"),
    SpeakerRow("issuing_relative", "Thefts fell, the Orlo Police Department said. Arrests rose "
               "to 412, according to figures it released on Monday.", "figures",
               "Orlo Police Department", kind="organisation"),
    SpeakerRow("issuing_relative", "Mayor Ana Roe spoke first. Crime fell 9 percent, according to "
               "data that she published.", "data", "Ana Roe"),
    SpeakerRow("issuing_relative", "Mayor Ana Roe spoke first. Crime fell 9 percent, according to "
               "data she saw.", "data", "data", resolved=False),
    SpeakerRow("role_named_next", "Orla Bank will cut 400 jobs, its chief executive said on "
               "Tuesday.\n\nChief Executive Jo Brandt joined the bank in 2019.",
               "its chief executive", "Jo Brandt"),
    SpeakerRow("role_named_next", "Orla Bank will cut 400 jobs, its chief executive told staff "
               "in a memo.\n\nIn the memo, obtained by the Tarn Ledger, Chief Executive Jo "
               "Brandt apologised.", "its chief executive", "Jo Brandt"),
    SpeakerRow("role_named_next", "Orla Bank will cut 400 jobs, its chief executive told Reuters "
               "on Tuesday.\n\nChief Executive Jo Brandt joined the bank in 2019.",
               "its chief executive", "Jo Brandt"),
    SpeakerRow("role_named_next", "Orla Bank will cut 400 jobs, the bank's chief executive said "
               "on Tuesday. Analysts were not surprised. Its chief executive, Jo Brandt, took "
               "over in 2019.", "the bank's chief executive", "Jo Brandt"),
    SpeakerRow("role_named_next", "Orla Bank will cut 400 jobs, its chief executive said on "
               "Tuesday. At rival Tarn Bank, chief executive Jo Brandt kept 200 branches "
               "open.", "its chief executive", "chief executive", resolved=False),
    SpeakerRow("role_named_next", "The minister said 40 clinics would close.\n\nLater, Prime "
               "Minister Tom Reyes visited Tula.", "The minister", "minister",
               resolved=False),
    SpeakerRow("role_named_next", "Orla Bank will cut 400 jobs, its senior vice president said. "
               "President Jo Brandt joined the bank in 2019.", "its senior vice president",
               "senior vice president", resolved=False),
    SpeakerRow("object_of_role_verb", "Gov. Tessa Brandt nominated Omar Feld to the state "
               "bench. The nominee said 40 cases were waiting.", "The nominee", "Omar Feld",
               kind="person"),
    SpeakerRow("object_of_role_verb", "Mayor Ines Carr appointed former auditor Lev Moss to "
               "the board. The appointee said 12 audits were late.", "The appointee",
               "Lev Moss"),
    # near miss: someone named in the role since the verb holds it
    SpeakerRow("role_noun", "Gov. Tessa Brandt nominated Omar Feld on Friday. Senate nominee "
               "Pia Hale said she backed him. The nominee said 40 cases were waiting.",
               "The nominee", "Pia Hale"),
    SpeakerRow("repeated_body", "The county water department said 12 wells were dry. Dr. Ivo "
               "Sand said 3 more were low. The department said 40 homes had no water.",
               "The department", "county water department", resolved=False,
               kind="organisation"),
    SpeakerRow("repeated_body", "A state agency said 12 wells were dry. Dr. Ivo Sand said 3 "
               "more were low. The agency said 40 homes had no water.", "The agency",
               "state agency", resolved=False),
    # near miss: a body named with the noun since is what the noun stands for
    SpeakerRow("role_noun", "The county water department said 12 wells were dry. The Vell "
               "Department of Water said 3 more were low. The department said 40 homes had no "
               "water.", "The department", "Vell Department of Water"),
    SpeakerRow("former_holder", "Former Gov. Ana Lima toured the plant with Gov. Jo Hart. The "
               "former governor said 12 mills would reopen.", "The former governor", "Ana Lima",
               kind="person"),
    SpeakerRow("former_holder", "President Tom Hart spoke in Tula on Monday. The council met "
               "in Ohio. The former president said 40 schools would close.",
               "The former president", "former president", resolved=False, kind="person"),
    SpeakerRow("executive_seat", "The Kremlin sent 40 jets north. Pilots were told little. The "
               "government said the flights were drills.", "The government", "Kremlin",
               kind="organisation"),
    SpeakerRow("executive_seat", "The White House tripled the grant to $9 billion. Governors "
               "cheered. The administration said 12 states would apply.",
               "The administration", "White House"),
    SpeakerRow("role_noun", "The Harlow Union Leader printed 12 columns on the port. Mina Sato "
               "attacked the plan. \"It costs $40 billion,\" the party leader said.",
               "the party leader", "Mina Sato", kind="person"),
    SpeakerRow("role_noun", "Ana Lima toured the pier on Monday. Harbor City Mayor Tom Post met "
               "her. The mayor said 40 casinos had closed.", "The mayor",
               "Harbor City Mayor Tom Post"),
    SpeakerRow("role_noun", "Gov. Ana Lima, a former senator, signed the bill on Monday. Tom "
               "Hale, a lobbyist, praised it. Hale said 12 firms backed it. Hale later left. "
               "The governor said 40 schools would close.", "The governor", "Ana Lima"),
    SpeakerRow("role_noun", "Gov. Jo Hart met 40 farmers in Tula. Former Gov. Ana Lima spoke "
               "after him. The governor said 12 mills would reopen.", "The governor",
               "Jo Hart", kind="person"),
    SpeakerRow("role_noun", "Quillon said on Monday that 40 stores would close. The company "
               "said 300 jobs would go.", "The company", "Quillon", kind="organisation"),
    SpeakerRow("kin_noun", "Maria Lopez and her sister, Ana, opened a bakery in 2009. Her "
               "sister said it had 80 employees.", "Her sister", "Ana"),
    SpeakerRow("kin_noun", "Tom Hale met Dana Roe and her daughter, Lia, in May. Her daughter "
               "said 12 stores had closed.", "Her daughter", "Lia"),
    SpeakerRow("role_noun", "Vale Bank raised rates. The Vale-led group of lenders said 40 "
               "loans failed.", "The Vale-led group of lenders", "Vale-led group",
               resolved=False),
    SpeakerRow("role_noun", "Researchers at Vell University tracked 400 patients. The team "
               "said 12 improved.", "The team", "team", resolved=False),
    SpeakerRow("description", "Acme Tools cut 40 jobs. The Acme-owned chain said 12 stores "
               "would close.", "The Acme-owned chain", "Acme-owned chain", resolved=False),
    SpeakerRow("role_noun", "Acme Tools said it would close 3 plants. The Texas-based firm "
               "said 400 jobs would go.", "The Texas-based firm", "Acme Tools"),
    SpeakerRow("role_noun", "The Carver Bulls fired their coach on Monday. The team said a new "
               "coach would start in 3 weeks.", "The team", "Carver Bulls", kind="organisation"),
    SpeakerRow("role_noun", "Shares of Harlow Foods fell 9 percent. The company said 300 jobs "
               "would go.", "The company", "Harlow Foods", kind="organisation"),
    SpeakerRow("role_noun", "The Tula Teachers Retirement System lost 4 percent last year, the "
               "fund said.", "the fund", "Tula Teachers Retirement System", kind="organisation"),
    SpeakerRow("role_noun", "Rovers Athletic signed a striker for 18 million euros, the club "
               "announced.", "the club", "Rovers Athletic", kind="organisation"),
    SpeakerRow("role_noun", "The Tula Youth Justice Commission published its review. The "
               "watchdog said 88 girls were held.", "The watchdog", "Tula Youth Justice Commission",
               kind="organisation"),
    SpeakerRow("role_noun", "Orlo Mutual raised premiums. The insurer said 12 percent of claims "
               "were late.", "The insurer", "Orlo Mutual", kind="organisation"),
    SpeakerRow("role_noun", "Harlow Foods raised prices after a ruling by the Tula Utilities "
               "Commission. The company said 300 jobs would go.", "The company", "Harlow Foods",
               kind="organisation"),
    SpeakerRow("court_issuer", "U.S. District Judge Ana Lima ruled for the city on Monday. "
               "The order said fines of $40 million were too high.", "The order", "Ana Lima",
               kind="person"),
    SpeakerRow("court_issuer", "The Supreme Court of Tula upheld a fine on Vell Cement. The "
               "ruling said 3 firms had fixed prices.", "The ruling", "Supreme Court of Tula"),
    SpeakerRow("speaker_for_body", "Vell Biotech raised $85 million. A spokeswoman for the "
               "company said 12 staff would join.", "A spokeswoman for the company",
               "Vell Biotech", kind="organisation"),
    SpeakerRow("speaker_for_body", "Vell Biotech raised $85 million. A lawyer for the "
               "company said 12 suits were filed.", "A lawyer for the company",
               "lawyer for Vell Biotech", resolved=False, kind="person"),
    SpeakerRow("speaker_for_body", "The Tula Water Agency cut supplies. Officials at the agency "
               "said 40 towns were affected.", "Officials at the agency", "Tula Water Agency"),
    SpeakerRow("court_issuer", "The Tula Appeals Court heard the case in May. The ruling said "
               "40 homes must be rebuilt.", "The ruling", "Tula Appeals Court"),
    SpeakerRow("court_issuer", "Justice Tom Hale retired in May. In June the court split 4 to 4. "
               "The order said 12 cases would be heard again.", "The order", "order",
               resolved=False),
    SpeakerRow("named_place", "Carrow Bay will spend $12 million on new sea walls, which "
               "the town said would protect 900 homes.", "the town", "Carrow Bay"),
    SpeakerRow("named_place", "Dale County approved a $4 million levy on Monday. The county "
               "said 12 roads would be paved.", "The county", "Dale County"),
    SpeakerRow("named_place", "The Orvale School District set its budget on Monday. The "
               "district said 40 posts would go.", "The district", "Orvale School District",
               kind="organisation"),
    SpeakerRow("named_place", "Gov. Ana Hale has led New Hampshire since 2019. The state "
               "reported a 2.8 percent jobless rate in June.", "The state", "New Hampshire",
               kind="place"),
    SpeakerRow("named_place", "Floods hit Kenya and then Ohio in May. The state said 40 towns "
               "were damaged.", "The state", "Ohio"),
    SpeakerRow("document_authors", "Short sleep raised blood pressure 27 percent, according to "
               "a study published Tuesday by researchers at Vell University.\n\nThe authors "
               "wrote that the link held for 18,400 adults.", "The authors", "Vell University"),
    SpeakerRow("chain_document", "The Tula Budget Office estimated that the plan would cost $8 "
               "billion. The report found that 40 percent more would enrol.", "The report",
               "Tula Budget Office"),
    SpeakerRow("chain_document", "The Tula Budget Office estimated that the jets would cost $1 "
               "billion. A new audit, released Tuesday, is gloomier. The audit found that 40 "
               "percent were not ready.", "The audit", "audit", resolved=False),
    SpeakerRow("chain_document", "The Tula Budget Office said the plan was late. The report "
               "found that 40 percent more would enrol.", "The report", "report",
               resolved=False),
    SpeakerRow("possessive_document", "The Tula Labour Ministry met on Monday. Jobs grew 3 "
               "percent, according to the ministry's quarterly bulletin.",
               "the ministry's quarterly bulletin", "Tula Labour Ministry"),
    SpeakerRow("chain_document", "The Tula Census Office said that 40 percent of homes are "
               "rented.\n\nAccording to the data, 12 percent are empty.", "the data",
               "Tula Census Office"),
    SpeakerRow("chain_document", "Jo Reyes, a tenant, said she pays $900 a month.\n\n"
               "According to the data, the average rent is $1,200.", "the data", "data",
               resolved=False),
    SpeakerRow("chain_document", "The Tula Census Office said the survey was late.\n\n"
               "According to the data, 12 percent are empty.", "the data", "data",
               resolved=False),
    SpeakerRow("chain_document", "The Vale Party announced on Thursday that Ana Lima would not "
               "come. \"She will miss 2 events,\" the release said.", "the release",
               "Vale Party"),
    SpeakerRow("chain_document", "Vale Corp confirmed the deaths on Friday. \"He was a "
               "respected colleague of 30 years,\" the statement added.", "the statement",
               "Vale Corp"),
    SpeakerRow("chain_document", "Tom Hale writes in his new book that 40 people came. \"It "
               "was chaos,\" the passage continued.", "the passage", "Tom Hale"),
    SpeakerRow("relative_apposition", "\"The cut is deep,\" said Greta Lind, an analyst at "
               "Orvo Bank, who estimated that 2 points of share would be lost.",
               "an analyst at Orvo Bank, who", "Greta Lind", kind="person"),
    SpeakerRow("relative_apposition", "Orders came from Vale Foods, a grocer in Tula, which "
               "said 40 stores would open.", "a grocer in Tula, which", "Vale Foods"),
    SpeakerRow("apposed_name", "A trade group, the Tula Growers Union, argued that prices would "
               "fall 5 percent.", "A trade group", "Tula Growers Union", kind="organisation"),
    SpeakerRow("role_noun", "The Federal Reserve held its rate at 4.75 percent. The central "
               "bank said inflation had eased to 2.6 percent.", "The central bank",
               "Federal Reserve"),
    SpeakerRow("role_noun", "Chief Executive Stefan Orr said sales rose. Finance chief Ana Lima "
               "said margins held. Orr spoke again. The finance chief warned that costs would "
               "rise 10 percent.", "The finance chief", "Ana Lima"),
    SpeakerRow("role_noun", "Quillmark makes apps. The company's chief financial officer, Oren "
               "Blaust, said revenue fell. The executive said it would spend $600 million.",
               "The executive", "Oren Blaust"),
    SpeakerRow("role_noun", "Quillmark makes apps. CFO Oren Blaust said revenue fell. The "
               "executive said it would spend $600 million.", "The executive", "Oren Blaust"),
    SpeakerRow("role_noun", "Crime fell in Tula. Police chief Oren Blaust said so. The "
               "executive said it would spend $600 million.", "The executive", "executive",
               resolved=False),
    SpeakerRow("role_noun", "Chief Medical Officer Ana Lima said 40 cases were found. The "
               "executive said it would spend 600 million pounds on clinics.", "The executive",
               "executive", resolved=False),
    SpeakerRow("place_institution", "Police in the river town of Calder Mills said three people "
               "were killed.", "Police in the river town of Calder Mills",
               "Police in the river town of Calder Mills", resolved=False),
    SpeakerRow("inner_apposed_name", "According to the clinic's director, Ana Lima, 30 patients "
               "were moved.", "the clinic's director, Ana Lima", "Ana Lima", kind="person"),
    SpeakerRow("apposed_name", "Tom Berg runs the mill. The plan's loudest critic, taxpayer "
               "advocate Ines Ruhl, said it would cost 300 jobs.", "The plan's loudest critic",
               "Ines Ruhl"),
    SpeakerRow("apposed_name", "Tom Berg runs the mill. The mill's owner, senior Ines Ruhl, "
               "said 40 posts would go.", "The mill's owner", "mill's owner", resolved=False),
    SpeakerRow("apposed_name", "Gov. Tom Hale said the plan works. His closest rival, former "
               "Sen. Ana Lima, said it would leave a $1.2 billion hole.", "His closest rival",
               "Ana Lima"),
    SpeakerRow("apposed_name", "Tom Hale spoke first. One of those analysts, Jo Roe of Vell "
               "Capital, said the forecast looked 40 percent too low.", "One of those analysts",
               "Jo Roe"),
    SpeakerRow("apposed_name", "Tom Hale spoke on Monday. The head of the Tula Teachers "
               "Union, Rafi Nouri, warned that 40 schools would close.",
               "The head of the Tula Teachers Union", "Rafi Nouri", kind="person"),
    SpeakerRow("apposed_name", "Tom Hale spoke on Monday. Vellmark's chief negotiator, Oskar "
               "Brandt, said 14 villages had been handed back.", "Vellmark's chief negotiator",
               "Oskar Brandt"),
    SpeakerRow("apposed_name", "Tom Hale spoke on Monday. The bill's sponsor, assembly member "
               "Irena Voss, claimed it would save 900 dollars.", "The bill's sponsor",
               "Irena Voss"),
    SpeakerRow("apposed_name", "Tom Hale spoke on Monday. The chief executive of Orlo Mining, "
               "Ana Pires, said 300 miners would lose their jobs.",
               "The chief executive of Orlo Mining", "Ana Pires"),
    SpeakerRow("name_in_mention", "The fair opened on Monday. \"Welcome,\" said master of "
               "ceremonies Rafi Al-Nouri, a retired teacher, to 400 guests.",
               "master of ceremonies Rafi Al-Nouri", "Rafi Al-Nouri"),
    SpeakerRow("name_in_mention", "Tom Hale spoke on Monday. The director of communications "
               "Ana Lima said 40 aides had quit.", "The director of communications Ana Lima",
               "Ana Lima"),
    SpeakerRow("name_in_mention", "A chorus of leading Democrats said 40 seats were at risk.",
               "A chorus of leading Democrats", "chorus of leading Democrats", resolved=False),
    SpeakerRow("name_in_mention", "Tom Hale spoke on Monday. The head of research at Orlo said "
               "40 aides had quit.", "The head of research at Orlo", "head of research at Orlo",
               resolved=False),
    SpeakerRow("role_noun", "Fish stocks fell, according to the Vell Reef Foundation. The "
               "foundation expects 12 more species to go.", "The foundation",
               "Vell Reef Foundation", kind="organisation"),
    SpeakerRow("role_noun", "The Tula Dockers Federation met on Monday. The federation said 300 "
               "members would strike.", "The federation", "Tula Dockers Federation"),
    SpeakerRow("role_noun", "Emir Rashid al-Tamimi toured the port. In May, the emir called for "
               "40 new berths.", "the emir", "Rashid al-Tamimi", kind="person"),
    SpeakerRow("role_noun", "Quillon said on Monday it had 40 million users. The Kela group used "
               "the site to recruit 300 fighters. Quillon said it closed 12 accounts. \"We are "
               "fighting back,\" the company said.", "the company", "Quillon",
               kind="organisation"),
    SpeakerRow("role_noun", "Quillon said on Monday it had 40 million users. The social media "
               "company said it would hire 12 engineers. The Kela group used the site to recruit "
               "300 fighters. \"We are fighting back,\" the company said.", "the company",
               "Quillon", kind="organisation"),
    SpeakerRow("role_noun", "House Speaker Miles Corbin met the board. The speaker said 40 "
               "bills were stuck.", "The speaker", "Miles Corbin", kind="person"),
    SpeakerRow("role_noun", "Prime Minister Kaja Berg flew to Oslo on Monday. "
               "The prime minister said 500 troops would stay.", "The prime minister",
               "Kaja Berg"),
    SpeakerRow("description", "Tessa Marlow won the primary in March. The self-described "
               "progressive said 9,000 volunteers had signed up.",
               "The self-described progressive", "Tessa Marlow"),
    SpeakerRow("description", "Shares of Quillon Inc rose on Monday. The online furniture "
               "retailer said sales grew 14 percent.", "The online furniture retailer",
               "Quillon Inc"),
    SpeakerRow("description", "Orvik Group cut its outlook on Monday. The toymaker said 800 "
               "jobs would go.", "The toymaker", "Orvik Group", kind="organisation"),
    SpeakerRow("description", "Shares of Quillon Inc rose on Monday. The retailer said sales "
               "grew 14 percent.", "The retailer", "Quillon Inc", kind="organisation"),
    SpeakerRow("body_staff", "The Tula Unified School District will shut 4 schools. District "
               "officials said 40 teachers would move.", "District officials",
               "Tula Unified School District"),
    SpeakerRow("body_staff", "The Orlo Police Department released its figures. A police "
               "department spokesman said 48 posts were empty.", "A police department spokesman",
               "Orlo Police Department", kind="organisation"),
    SpeakerRow("body_staff", "The Orlo Police Department and the Orlo Fire Department came. A "
               "police department spokesman said 4 officers were hurt.",
               "A police department spokesman", "Orlo Police Department", kind="organisation"),
    SpeakerRow("body_staff", "The Orlo Fire Department released its figures. A police "
               "department spokesman said 48 posts were empty.", "A police department spokesman",
               "police department spokesman", resolved=False),
    SpeakerRow("body_staff", "The Tarn State Department sent a cable. A State Department "
               "official said 40 visas were held.", "A State Department official",
               "Tarn State Department", kind="organisation"),
    SpeakerRow("body_staff", "Vell Motors opened a plant in Reno. Company officials said 400 "
               "people would work there.", "Company officials", "Vell Motors"),
    SpeakerRow("body_staff", "The Harbor Trust gave $2 million. Trust officials said 40 "
               "grants were made.", "Trust officials", "Harbor Trust"),
    SpeakerRow("body_staff", "The Drossmark Foreign Ministry rejected the plan. A ministry "
               "spokeswoman said costs had risen 23 percent.", "A ministry spokeswoman",
               "Drossmark Foreign Ministry"),
    SpeakerRow("body_staff", "The Tula Ballot Commission was faulted at a Senate Rules "
               "Committee hearing. A commission spokeswoman said 8 staff would be added.",
               "A commission spokeswoman", "Tula Ballot Commission"),
    SpeakerRow("body_staff", "Vell Motors opened a plant in Reno. The company's spokesman said "
               "400 people would work there.", "The company's spokesman", "Vell Motors"),
    SpeakerRow("body_staff", "The Tula Police Department made arrests. A police report said 40 "
               "cars were stolen.", "A police report", "Tula Police Department"),
    SpeakerRow("body_staff", "The Tula Police Department made 3 arrests. Police officials in "
               "neighbouring Bram said 40 cars were stolen.",
               "Police officials in neighbouring Bram", "Police officials in neighbouring Bram",
               resolved=False),
    SpeakerRow("body_staff", "Harlow Bank cut its forecast. A bank statement showed he had $40 "
               "left.", "A bank statement", "bank statement", resolved=False),
    SpeakerRow("body_staff", "Vell Motors cut jobs. A company statement said 40 plants would "
               "close.", "A company statement", "Vell Motors"),
    SpeakerRow("body_staff", "The Tula Superior Court heard the case. A court filing said 40 "
               "workers were owed pay.", "A court filing", "court filing", resolved=False),
    SpeakerRow("body_staff", "Vell Motors opened a plant in Reno. A company official said 400 "
               "people would work there.", "A company official", "Vell Motors"),
    SpeakerRow("body_staff", "The European Union imposed tariffs on steel. A union official "
               "said 400 workers would lose their jobs.", "A union official", "union official",
               resolved=False),
    SpeakerRow("body_staff", "Vell Motors opened a plant in Reno. A state official said 400 "
               "people would work there.", "A state official", "state official",
               resolved=False),
    SpeakerRow("trailing_apposed_name", "The budget also funds 3 percent raises, according to "
               "the city's finance director, Mara Quist.", "the city's finance director",
               "Mara Quist"),
    SpeakerRow("trailing_apposed_name", "Fares will rise 4 percent in May, according to the "
               "agency's general manager, Rosa Diaz, who spoke on Monday.",
               "the agency's general manager", "Rosa Diaz"),
    SpeakerRow("trailing_apposed_name", "Ferry trips fell by 30 percent, according to the "
               "harbour's operator, Quayline Ports.", "the harbour's operator",
               "Quayline Ports", kind="organisation"),
    SpeakerRow("repeated_speaker_noun", "Harbor Polling released a poll of 900 renters in "
               "June.\n\nSome 61 percent opposed the levy, the poll found.\n\nHis aides met on "
               "Monday.\n\nThe session ran late.\n\nYoung renters, who backed the levy by "
               "two to one in the poll, live downtown, the poll showed.", "the poll",
               "Harbor Polling"),
    SpeakerRow("repeated_speaker_noun", "Vell Motors will raise prices. A spokeswoman for the "
               "company said the change would raise $8 million. Use is at 82 percent of its old "
               "level, the spokeswoman said.", "the spokeswoman", "Vell Motors"),
    SpeakerRow("repeated_speaker_noun", "Vell Bank released a report on lending on Monday. The "
               "report found 40 branches had closed.\n\nThe bank's chief left.\n\nShe was "
               "replaced in May.\n\nThe board met twice.\n\nSmall firms, the report says, "
               "took 12 percent fewer loans.", "the report", "Vell Bank"),
    SpeakerRow("document_issuer", "Forward Tula, a group backing Ana Lima, released a $4 "
               "million ad on Tuesday. The ad says Tom Hale took $800,000.", "The ad",
               "Forward Tula"),
    SpeakerRow("document_issuer", "The feud became public after Jo Roe filed a petition in May "
               "to stop a $10 million claim. The petition accuses the firm of 40 breaches.",
               "The petition", "Jo Roe"),
    SpeakerRow("document_issuer", "Sen. Ada Winters toured the base. On Tuesday, the Oregon "
               "Democrat released a report claiming 40 jets were idle. The report says 900 "
               "contracts were flagged.", "The report", "Ada Winters"),
    SpeakerRow("document_issuer", "The Tula Herald published a long report on the contracts "
               "in May. The report published Tuesday showed that 85 of 154 meetings were with "
               "donors.", "The report published Tuesday", "Tula Herald"),
    SpeakerRow("role_noun", "Ana Okafor bought 40 percent of the club in May. Okafor said the "
               "stadium would be rebuilt, and Okafor hired a coach. Fans cheered. \"We will "
               "spend $90 million,\" the investor said.", "the investor", "Ana Okafor"),
    SpeakerRow("document_issuer", "Sen. Ana Lima unveiled a new ad on Friday. The ad says "
               "300 jobs were lost.", "The ad", "Ana Lima"),
    SpeakerRow("document_issuer", "A report released by the Kestrel Institute was leaked. "
               "The report said 12 ships were delayed.", "The report", "Kestrel Institute"),
    SpeakerRow("document_issuer", "A letter from the Vale Port Authority arrived on Monday. "
               "The letter said 12 ships were delayed.", "The letter", "Vale Port Authority"),
    SpeakerRow("document_issuer", "The Hale Foundation said in a report on Monday that rents "
               "rose 9 percent. The report also found 40 percent of tenants pay too much.",
               "The report", "Hale Foundation"),
    SpeakerRow("document_issuer", "In a letter to the mayor, Ana Roe asked for 12 new buses. "
               "The letter said 40 routes were late.", "The letter", "Ana Roe"),
    SpeakerRow("document_issuer", "The Tula Herald said Mayor Ivo Brandt provided a written "
               "statement on Monday. The statement said 14 depots would shut.", "The statement",
               "Ivo Brandt"),
    SpeakerRow("document_issuer", "Traders read a Vell Bank forecast memo on Friday. The memo "
               "said growth would slow to 2 percent.", "The memo", "Vell Bank"),
    SpeakerRow("document_issuer", "Jo Roe said the report was late. Rents rose 9 percent, "
               "the report found.", "the report", "report", False),
    SpeakerRow("document_issuer", "Nine men fled in a raid described in a Harbor Police "
               "summary. The summary said 3 guns were found.", "The summary", "Harbor Police"),
    SpeakerRow("synonym_issuer", "Few trust the ferries, according to a poll published on "
               "Monday by the Tarn Institute.\n\nThe survey of 1,900 riders, conducted in May, "
               "found that 44 percent felt safe.", "The survey of 1,900 riders", "Tarn Institute"),
    SpeakerRow("synonym_issuer", "A web video by the Vale Party cites four cases.\n\nThe "
               "clip says 40 people were hurt.", "The clip", "Vale Party"),
    SpeakerRow("synonym_issuer", "Jo Mariner, a nurse for 30 years, wrote a memoir last "
               "spring.\n\n\"We had 40 beds,\" the book said.", "the book", "Jo Mariner"),
    SpeakerRow("synonym_issuer", "Rents rose, according to data from the Vale Housing "
               "Registry.\n\nThe average rent climbed 4 percent, the figures showed.",
               "the figures", "Vale Housing Registry", kind="organisation"),
    SpeakerRow("synonym_issuer", "The Orlo Trust released a study of 300 farms on Monday, and "
               "the report's lead author spoke at a news conference. The report found 40 "
               "percent had lost money.", "The report", "Orlo Trust"),
    SpeakerRow("synonym_issuer", "\"A lawsuit has been filed by Tom Hale,\" the spokesman "
               "said. The suit claims that 40 statements were false.", "The suit", "Tom Hale"),
    SpeakerRow("synonym_issuer", "The Tula Herald launched an investigation in May. The probe "
               "found 40 contracts were rigged.", "The probe", "Tula Herald"),
    SpeakerRow("synonym_issuer", "The Hale Foundation released a survey on Monday. The poll "
               "found 40 percent of tenants pay too much.", "The poll", "Hale Foundation"),
    SpeakerRow("synonym_issuer", "A new study by the Tula Institute came out on Monday. The "
               "report found 30 percent of firms cut jobs.", "The report", "Tula Institute"),
    SpeakerRow("nominalised_issuer", "A panel of the Orrin Court of Appeals heard the case.\n\n"
               "The appeals court ruled that the rule broke the law.\n\n\"It cut 40 voters from "
               "the rolls,\" said the ruling.", "the ruling", "Orrin Court of Appeals"),
    SpeakerRow("nominalised_issuer", "Kessler Research polled 1,400 voters in March. The poll "
               "found 52 percent backed the levy.", "The poll", "Kessler Research"),
    SpeakerRow("nominalised_issuer", "Mayor Ilse Varga has sued the Tolbeck Water Co. over the "
               "outage. The suit says 9,000 homes lost water.", "The suit", "Ilse Varga",
               kind="person"),
    SpeakerRow("principal_office", "Gov. Tom Easley has raised $9 million, his campaign "
               "said.", "his campaign", "Tom Easley's campaign", resolved=False,
               kind="organisation"),
    SpeakerRow("principal_office", "Ana Ruiz spoke on Monday. Gov. Tom Easley raised $9 "
               "million, her office said.", "her office", "Ana Ruiz's office",
               resolved=False, kind="organisation"),
    SpeakerRow("principal_office", "Senator Marta Quill said she would oppose the bill. Her "
               "office said it had logged 2,000 calls.", "Her office", "Marta Quill's office",
               False, kind="organisation"),
    SpeakerRow("principal_office", "Sheriff Bo Lantz said deputies found 12 rifles. Lantz\u2019s "
               "office said 3 men were held.", "Lantz\u2019s office", "Bo Lantz's office",
               False, kind="organisation"),
    SpeakerRow("principal_office", "Governor Ivo Brandt vetoed the tax bill. The governor's "
               "campaign said 40,000 people had signed.", "The governor's campaign",
               "Ivo Brandt's campaign", False, kind="organisation"),
    SpeakerRow("possessive_document", "Pellworth Pharmacy will close stores. Jo Roe, the mayor "
               "of Coldwater Bend, objected.\n\nThe chain had about 9,300 workers, "
               "according to its annual report.", "its annual report", "Pellworth Pharmacy"),
    SpeakerRow("possessive_document", "Dunmore Holdings will cut 140 jobs.\n\nDunmore "
               "has about 7,200 staff, according to its most recent quarterly filing.",
               "its most recent quarterly filing", "Dunmore Holdings"),
    SpeakerRow("possessive_document", "Vale Bank said on Monday that its report showed 40 "
               "branches would close.", "its report", "Vale Bank"),
    SpeakerRow("possessive_document", "Ana Roe toured the plant with Jo Lima. Her new ad says "
               "300 jobs were lost.", "Her new ad", "Ana Roe"),
    SpeakerRow("possessive_document", "Renko Freight cut 300 jobs on Monday. The company's "
               "statement said 12 depots would close.", "The company's statement",
               "Renko Freight", kind="organisation"),
    SpeakerRow("possessive_document", "Orsk Mining owes $30 million to lenders, its latest "
               "filing shows.", "its latest filing", "Orsk Mining"),
    SpeakerRow("role_noun", "The Canadian government froze the assets. "
               "The scheme cost investors $40m, say feds.", "feds", "Canadian government"),
    SpeakerRow("owned_document_they", "Ana Lima released her tax returns, but they disclosed "
               "40 loans.", "they", "Ana Lima"),
    SpeakerRow("owned_document_they", "Few doubt that Ivan Roe kept his emails private because "
               "they revealed 12 deals.", "they", "Ivan Roe"),
    SpeakerRow("owned_document_they", "The Vell Party filed Ana Lima's records, and they "
               "disclosed 40 donors.", "they", "Ana Lima"),
    SpeakerRow("owned_document_they", "Ana Lima released her returns they disclosed 40 loans.",
               "they", "Ana Lima"),
    SpeakerRow("owned_document_they", "Federal agents seized Tom Vasko's files, and they "
               "disclosed $2 million offshore.", "they", "they", False),
    SpeakerRow("owned_document_they", "Tom Vasko's company records every call, and they showed "
               "40 were lost.", "they", "they", False),
    SpeakerRow("owned_document_they", "Ana Lima read her emails, and the aides said they "
               "revealed 40 errors.", "they", "aides", False),
    SpeakerRow("unnamed_group_they", "The Harlow Group unveiled the plan in May. Many "
               "economists distrust the plans of Vale Bank and the Harlow Group. They say 300 "
               "firms could close.", "They", "Many economists", resolved=False, kind="group"),
    SpeakerRow("unnamed_group_they", "A new study of 2,100 adults was published. The "
               "researchers, led by Dr. Ines Marr, tracked them for 11 years. Walkers lived 3 "
               "years longer, they found.", "they", "researchers", resolved=False),
    SpeakerRow("unnamed_group_they", "Vale Bank raised rates on Monday. People close to the "
               "board faulted the Tula Group. They said 40 branches would shut.", "They",
               "People", resolved=False, kind="group"),
    SpeakerRow("pronoun", "Sen. Ana Lima is releasing a new ad in Tula. The ad says 300 jobs "
               "were lost. It also claims 12 plants closed in Ohio.", "It", "Ana Lima"),
    SpeakerRow("role_noun", "The Tula Animal Welfare League opened a shelter. The "
               "organization said 300 dogs were housed.", "The organization",
               "Tula Animal Welfare League"),
    SpeakerRow("role_noun", "The co-pilot had logged 1,200 hours with NordAir, the airline "
               "said.", "the airline", "NordAir"),
    SpeakerRow("polled_group", "Economists surveyed by the Tula Ledger had expected the "
               "bank to cut its rate to 3.5 percent.", "Economists surveyed by the Tula Ledger",
               "Economists surveyed by the Tula Ledger", resolved=False),
    SpeakerRow("polled_group", "Output shrank 0.3 percent in May, economists polled by Corvin "
               "Wire said.", "economists polled by Corvin Wire",
               "economists polled by Corvin Wire", resolved=False),
    SpeakerRow("polled_group", "Donors in a Harbor Research survey said rents were too "
               "low by 20 percent.", "Donors in a Harbor Research survey",
               "Donors in a Harbor Research survey", resolved=False),
    SpeakerRow("member_at_organisation", "Sales of the tablet fell 12 percent, analysts at "
               "Brightwater Capital said.", "analysts at Brightwater Capital",
               "Brightwater Capital"),
    SpeakerRow("member_at_organisation", "Forty patients were treated, doctors at Tula General "
               "Hospital said.", "doctors at Tula General Hospital", "Tula General Hospital"),
    SpeakerRow("speaker_for_body", "Loans at Harlow Savings Bank fell 22 percent, a "
               "spokeswoman for the lender said.", "a spokeswoman for the lender",
               "Harlow Savings Bank"),
    SpeakerRow("member_at_organisation", "A spokeswoman for the Port of Brisbane said 40 "
               "berths were idle.", "A spokeswoman for the Port of Brisbane", "Port of Brisbane",
               kind="place"),
    SpeakerRow("member_at_organisation", "A representative of Ohio said 40 bills were waiting.",
               "A representative of Ohio", "representative of Ohio", resolved=False),
    SpeakerRow("name_in_mention", "Parents who met Ana Lima said 40 pupils were sick.",
               "Parents who met Ana Lima", "Parents", resolved=False),
    SpeakerRow("member_at_organisation", "Two analysts at Merriam & Co. said the stock could fall "
               "12 percent.", "Two analysts at Merriam & Co.", "Merriam & Co"),
    SpeakerRow("named_body_staff", "Vell Motors opened a plant. A Vell spokeswoman said 40 "
               "jobs would come.", "A Vell spokeswoman", "Vell Motors", kind="organisation"),
    SpeakerRow("named_body_staff", "Ana Lima won the race. A Lima spokesman said 40 votes were "
               "lost.", "A Lima spokesman", "Lima spokesman", resolved=False),
    SpeakerRow("issuer_in_mention", "Road deaths fell to 212, according to the latest report "
               "of the Tula Road Safety Board.", "the latest report of the Tula Road Safety Board",
               "Tula Road Safety Board"),
    SpeakerRow("issuer_in_mention", "An audit of the Tula Water Board found 40 errors.",
               "An audit of the Tula Water Board", "audit of the Tula Water Board",
               resolved=False),
    SpeakerRow("issuer_in_mention", "According to a new study from the Marlow Institute, 62 "
               "percent of adults cycle to work.", "a new study from the Marlow Institute",
               "Marlow Institute"),
    SpeakerRow("issuer_after_mention", "A survey of 900 drivers, from Tula to Vale, found 40 "
               "percent speed.", "A survey of 900 drivers", "survey of 900 drivers",
               resolved=False),
    SpeakerRow("issuer_after_mention", "A study of 300 farms, published by Kell University, "
               "found 40 percent had no water.", "A study of 300 farms", "Kell University"),
    SpeakerRow("issuer_after_mention", "The report, by the nonpartisan Tula Fiscal Bureau, "
               "said the plan would cost $40 million.", "The report", "Tula Fiscal Bureau"),
    SpeakerRow("issuer_after_mention", "The review, by the county treasurer, found that 40 "
               "grants were never paid.", "The review", "county treasurer", resolved=False,
               kind="person"),
    SpeakerRow("issuer_after_mention", "Sleep fell 12 percent, according to a study of 18,400 "
               "people published by researchers at Vell University.", "a study",
               "Vell University"),
    SpeakerRow("issuer_in_mention", "Thistle Dairy Co-op asked for $95 million in loans, "
               "according to a filing by the co-op in a county court.",
               "a filing by the co-op in a county court", "Thistle Dairy Co-op"),
    SpeakerRow("issuer_in_mention", "Data from the Orvo Census Bureau released last month "
               "showed exports fell 2.2 percent.",
               "Data from the Orvo Census Bureau released last month",
               "Orvo Census Bureau"),
    SpeakerRow("issuer_in_mention", "A study released in March by Tarn University found 30 "
               "percent of marshes had gone.", "A study released in March by Tarn University",
               "Tarn University"),
    SpeakerRow("issuer_in_mention", "The Pell Insurance Council said claims rose. A survey of "
               "900 drivers by the council found that 37 percent had no cover.",
               "A survey of 900 drivers by the council", "Pell Insurance Council"),
    SpeakerRow("issuer_in_mention", "A poll of 800 renters by the pollster Civic Lens found "
               "that 61 percent faced a rise.", "A poll of 800 renters by the pollster Civic "
               "Lens", "Civic Lens"),
    SpeakerRow("issuer_in_mention", "A memo for the governor Dana Kell said the state would "
               "lose $3 billion.", "A memo for the governor Dana Kell",
               "memo for the governor Dana Kell", False),
    SpeakerRow("issuer_in_mention", "Ana Roe's latest ad says Jo Lima raised taxes 9 percent.",
               "Ana Roe's latest ad", "Ana Roe"),
    SpeakerRow("issuer_in_mention", "A survey conducted for the Tula Herald found 52 percent "
               "support for the bridge.", "A survey conducted for the Tula Herald", "Tula Herald"),
    SpeakerRow("issuer_in_mention", "Mayor Ruth Adler in a blog post said 14 clinics would "
               "close.", "Mayor Ruth Adler in a blog post", "Ruth Adler"),
    SpeakerRow("issuer_after_mention", "The memo, sent by chief executive Dana Whit, said "
               "the cuts would end by March.", "The memo", "Dana Whit"),
    SpeakerRow("issuer_after_mention", "The report, released on Monday by the Hale Foundation, "
               "found that 40 percent of tenants pay too much.", "The report", "Hale Foundation"),
    SpeakerRow("issuer_after_mention", "Growth will slow to 2 percent, according to a poll of "
               "900 voters conducted for the Harbor Ledger.", "a poll", "Harbor Ledger"),
    SpeakerRow("issuer_in_mention", "Early results of the Monday exit polls conducted for the "
               "Vale Herald show Roe ahead by 8 points.", "Early results of the Monday exit "
               "polls conducted for the Vale Herald", "Vale Herald"),
    SpeakerRow("issuer_after_mention", "The study, which was published by the Kestrel Institute, "
               "found 30 percent of firms cut jobs.", "The study", "Kestrel Institute"),
    SpeakerRow("unnamed_group_they", "The Tula Group cut its forecast on Monday. That worries "
               "many economists because they expect 300 firms to close.", "they", "they",
               resolved=False),
    SpeakerRow("unnamed_group_they", "Vale Bank raised rates on Monday.\n\nMilitary analysts say "
               "the army is stretched. Its military budget, they said, fell 12 percent.", "they",
               "Military analysts", resolved=False),
    SpeakerRow("role_of_previous_subject", 'Mayor Tomas Vidal met the donors, and Vidal '
               'praised the plan.\n\nBill Orton joined the rally on Monday. "We will win 12 '
               'states," the former governor said.', "the former governor", "Bill Orton"),
    SpeakerRow("role_of_previous_subject", "President Tom Hart met the mayors on Monday.\n\n"
               'Bill Orton joined the rally later. "We will win 12 states," the former '
               "president said.", "the former president", "Bill Orton"),
    SpeakerRow("role_of_previous_subject", "Sen. Ana Lima, R-Iowa, and Sen. Jo Hart spoke "
               "first. Tomas Berg, who trails in the polls, stressed trade. The Florida senator "
               "said 40 plants had closed.", "The Florida senator", "Tomas Berg"),
    SpeakerRow("role_of_previous_subject", "Jo Hart toured the plant on Monday. Hart said 300 "
               "jobs were safe, and Hart met the union. On Tuesday, Tomas Berg stressed trade. "
               "\"We lost 40 plants,\" the Florida senator said.", "the Florida senator",
               "Tomas Berg"),
    SpeakerRow("coordinated_roles", "President Tom Hart signed the bill on Monday. Hart said it "
               "would save $2 billion. Sen. Ana Lima attacked Hart on Tuesday. \"It wastes 40 "
               "billion dollars,\" the Iowa senator and Republican presidential candidate said.",
               "the Iowa senator and Republican presidential candidate", "Ana Lima"),
    SpeakerRow("subject_of_first_conjunct", "Tom Reyes, a farmer, says the dam will hold. Reyes "
               "says 12 farms flooded, and Reyes says the mayor knew.\n\nGov. Ivo Brandt is "
               "trying to rebound after a weak poll -- and he says 40 new bridges will be built.",
               "he", "Ivo Brandt"),
    SpeakerRow("topic_adjunct", "Gov. Tom Birch said 40 roads were shut on Monday. As for Mayor "
               "Ivo Dane, he said the bridge would reopen in 12 days.", "he", "Ivo Dane"),
    SpeakerRow("topic_adjunct", "Dr. Tomas Ortiz said 12 clinics may close. As for Mr. Paul "
               "Okoye, he said 40 beds were still free.", "he", "Paul Okoye"),
    SpeakerRow("role_of_previous_subject", "Gov. Ruth Adler, R-Texas, and Gov. Tom Birch met "
               "in May. On Friday, Maria Cole toured the port. The Ohio governor said 300 jobs "
               "were at stake.", "The Ohio governor", "Maria Cole"),
]

# --------------------------------------------------------------------------------------------
# Checks: each raises AssertionError when the sentence does not give the row's reading
# --------------------------------------------------------------------------------------------


def _same(got: object, want: object) -> bool:
    if isinstance(want, float | int) and not isinstance(want, bool):
        return isinstance(got, float | int) and math.isclose(got, want, rel_tol=1e-9)
    return got == want


def _assert_fields(got: Mapping[str, object], want: Mapping[str, object]) -> None:
    wrong = {k: (got[k], w) for k, w in want.items() if not _same(got[k], w)}
    assert not wrong, f"(got, wanted) per field: {wrong}"


def _numbers(text: str) -> tuple[list[Token], list[Number]]:
    toks = number_tokens(text, tokenize(text, 0, len(text)))
    return toks, find_numbers(toks)


def _number(text: str, surface: str, nth: int = 0) -> tuple[list[Token], Number]:
    """The ``nth`` number written ``surface`` in ``text`` (0: the first)."""
    toks, nums = _numbers(text)
    found = [num for num in nums if text[num.start:num.end] == surface]
    if len(found) > nth:
        return toks, found[nth]
    seen = [text[n.start:n.end] for n in nums]
    raise AssertionError(f"no number {surface!r} in {text!r}; numbers: {seen}")


def check_exclusion(row: ExclusionRow) -> None:
    toks, num = _number(row.text, row.number, row.nth)
    rule = deciding_rule(toks, num)
    assert rule is not None, f"no rule decides {row.number!r}"
    assert (rule.name, rule.kind) == (row.rule, row.kind)
    doc = attribquant.extract(row.text)
    if row.kind is None:  # a rule that keeps the number: some quantity holds it
        assert any(q.start <= num.start and num.end <= q.end for q in doc.quantities)
    else:
        assert (row.number, row.kind) in [(x.text, x.kind) for x in doc.excluded]


def check_number(row: NumberRow) -> None:
    _, num = _number(row.text, row.number)
    got = {"value": num.value, "low": num.low, "high": num.high, "shape": num.shape}
    _assert_fields(got, {"value": row.value, "low": row.low, "high": row.high,
                         "shape": row.shape})


def _quantity(text: str, surface: str) -> attribquant.Quantity:
    doc = attribquant.extract(text)
    for q in doc.quantities:
        if q.text == surface:
            return q
    raise AssertionError(f"no quantity {surface!r}; quantities: "
                         f"{[q.text for q in doc.quantities]}")


def check_quantity(row: QuantityRow) -> None:
    q = _quantity(row.text, row.quantity)
    fields = ("value", "low", "high", "approximate", "change", "unit", "unit_kind", "subject")
    got: dict[str, object] = {f: getattr(q, f) for f in fields}
    got["hedges"] = tuple((h.cue, h.kind) for h in q.hedges)
    want: dict[str, object] = {f: getattr(row, f) for f in fields}
    want["hedges"] = row.hedges
    _assert_fields(got, want)


def check_hedges(row: HedgeRow) -> None:
    q = _quantity(row.text, row.quantity)
    assert tuple((h.cue, h.kind) for h in q.hedges) == row.hedges


def _frame(text: str, cue: str) -> attribquant.Attribution | None:
    """The first frame of ``text`` whose cue is ``cue``, or None."""
    return next((a for a in attribquant.extract(text).attributions if a.cue_text == cue), None)


def check_frame(row: FrameRow) -> None:
    a = _frame(row.text, row.cue)
    if row.speaker is None:
        assert a is None, f"{row.cue!r} makes a frame: {a}"
        return
    assert a is not None, f"no frame with cue {row.cue!r}"
    got = (a.speaker.mention, row.text[a.content_start:a.content_end])
    assert got == (row.speaker, row.content)


def check_mention(row: MentionRow) -> None:
    a = _frame(row.text, row.cue)
    if not row.mention:
        assert a is None, f"{row.cue!r} makes a frame: {a}"
        return
    assert a is not None, f"no frame with cue {row.cue!r}"
    assert a.speaker.mention == row.mention


def check_speaker(row: SpeakerRow) -> None:
    frames = attribquant.extract(row.text).attributions
    assert frames, "no frame"
    sp = frames[-1].speaker
    assert (sp.mention, sp.name, sp.resolved) == (row.mention, row.name, row.resolved)
    assert not row.kind or sp.kind == row.kind


def check_kind(row: KindRow) -> None:
    text = normalise(row.text)
    sents = sentences(text, paragraphs(text))
    found = {n.display: n.kind for n in scan_names(text, sents, [], SentenceTokens(text))}
    assert row.name in found, f"no name {row.name!r} among {sorted(found)}"
    assert found[row.name] == row.kind


def check_sources(row: SourcesRow) -> None:
    doc = attribquant.extract(row.text)
    got = tuple((s.name, tuple(m.text for m in s.mentions)) for s in doc.speakers)
    assert got == row.sources


# --------------------------------------------------------------------------------------------
# The tables, their rows and checks
# --------------------------------------------------------------------------------------------


class Table(NamedTuple):
    """A rule table of the library, the rows that test it and the check of a row."""

    module: ModuleType
    attr: str
    rows: Sequence[Any]
    check: Callable[[Any], None]


TABLES: dict[str, Table] = {
    "EXCLUSION_RULES": Table(exclusion, "EXCLUSION_RULES", EXCLUSION_ROWS, check_exclusion),
    "NUMBER_READERS": Table(numbers, "NUMBER_READERS", NUMBER_READER_ROWS, check_number),
    "DIGIT_READERS": Table(numbers, "DIGIT_READERS", DIGIT_READER_ROWS, check_number),
    "BUILD_PHASES": Table(quantities, "BUILD_PHASES", BUILD_PHASE_ROWS, check_quantity),
    "CONTEXT_RULES": Table(quantities, "CONTEXT_RULES", CONTEXT_RULE_ROWS, check_quantity),
    "CUE_RULES": Table(hedges, "CUE_RULES", CUE_RULE_ROWS, check_hedges),
    "FRAME_SHAPES": Table(attribution, "FRAME_SHAPES", FRAME_SHAPE_ROWS, check_frame),
    "VERB_SHAPES": Table(attribution, "VERB_SHAPES", VERB_SHAPE_ROWS, check_frame),
    "LEFT_NP_STEPS": Table(mentions, "LEFT_NP_STEPS", LEFT_STEP_ROWS, check_mention),
    "RIGHT_NP_STEPS": Table(mentions, "RIGHT_NP_STEPS", RIGHT_STEP_ROWS, check_mention),
    "SUBJECT_OPENERS": Table(mentions, "SUBJECT_OPENERS", SUBJECT_OPENER_ROWS, check_mention),
    "ROLE_RULES": Table(names, "ROLE_RULES", ROLE_RULE_ROWS, check_speaker),
    "TYPE_RULES": Table(names, "TYPE_RULES", TYPE_RULE_ROWS, check_kind),
    "LINK_STEPS": Table(resolver, "LINK_STEPS", LINK_STEP_ROWS, check_sources),
    "RESOLVER_STEPS": Table(resolver, "RESOLVER_STEPS", RESOLVER_STEP_ROWS, check_speaker),
}

#: Rows (by sentence) that cannot show their rule is needed, as taking the rule out leaves
#: the reading as it is, with the reason; they still check the reading.
NOT_ABLATABLE: dict[str, str] = {
    "Success on Housing: The city built 400 homes.": (
        "a negative row: a heading's capitals credit no one, so no colon shape finds a frame, "
        "as with no shape at all"),
    "Update on Tula: 40 homes were lost.": (
        "a negative row: a label credits no one, so no colon shape finds a frame, as with no "
        "shape at all"),
    "Rebels attacked the base over the weekend, killing 12 soldiers.": (
        "a negative row: no one who can speak is judged, so the verb reports nothing with or "
        "without the shape"),
    "Gunmen attacked the convoy for nearly an hour before 40 troops came.": (
        "a negative row: a span of time is no ground, so the verb reports nothing with or "
        "without the shape"),
    "Ana Roe attacked Lima for Medicare cuts worth $40 billion.": (
        "a positive row: with its ground after the object the shape lets the verb report, so "
        "the frame is the same with no shape at all"),
    "Critics attacked the mayor for two votes that raised fares by 25 percent.": (
        "a positive row: with its ground after the object the shape lets the verb report, so "
        "the frame is the same with no shape at all"),
    "The agency's scientists, in a report, linked the 30 percent drop to pesticides.": (
        "a positive row: a subject that can speak and a ground, so the shape declines and the "
        "frame is the same with no shape at all"),
    "Supporters tout the plan's 40,000 new jobs.": (
        "a positive row: after a plural subject the base form is a verb, so the shape declines "
        "and the frame is the same with no shape at all"),
    "Federal agents seized Tom Vasko's files, and they disclosed $2 million offshore.": (
        "a negative row: a plural for people before the documents is what 'they' stands for, "
        "so the step declines, as with no step at all"),
    "Tom Vasko's company records every call, and they showed 40 were lost.": (
        "a negative row: 'records' before 'every' is a verb, so the step declines, as with no "
        "step at all"),
    "The Vell Association of Manufacturers said 12 plants would close. The union said 40 "
    "would.": (
        "a negative row: an association of employers is no union, so the step finds no "
        "holder, as with no step at all"),
    "The Courier has also detailed payroll costs at 40 schools.": (
        "a positive row: after a perfect 'has' the form is a verb, so the shape declines and "
        "the frame is the same with no shape at all"),
    "The memo is relatively detailed about the 40 cases.": (
        "a negative row: an adjective after a copula makes no frame with or without the shape"),
    "Ana Roe detailed her plan to hire 40 officers.": (
        "a positive row: after a subject and before its object the form is a verb, so the "
        "shape declines and the frame is the same with no shape at all"),
    "The audit detailed 40 cases of fraud.": (
        "a positive row: a figure opens the object, so the shape declines and the frame is the "
        "same with no shape at all"),
    "The Vell Heart Association said 40 percent of adults were at risk. The union said 12 "
    "percent were.": (
        "a negative row: an association named for no trade's people is no union, so the step "
        "finds no holder, as with no step at all"),
    "A memo for the governor Dana Kell said the state would lose $3 billion.": (
        "a negative row: a name after 'for the <noun>' is the document's addressee, so the "
        "step finds no issuer, as with no step at all"),
    "The 12 percent raise the minister said is fair was approved on Monday.": (
        "a negative row: another verb after the clause's own shows the gap is its subject, so "
        "the shape leaves the cue, as with no shape at all"),
    "Rebels attacked the base for the third time in 12 days.": (
        "a negative row: 'for the third time' is no ground, so the verb reports nothing with "
        "or without the shape"),
    "Gunmen attacked the Center for Civic Studies in Tula, killing 4 guards.": (
        "a negative row: 'for' inside a name is no ground, so the verb reports nothing with or "
        "without the shape"),
    "The ad attacked Roe over the 12 percent tax rise.": (
        "a positive row: with its ground after the object the shape lets the verb report, so "
        "the frame is the same with no shape at all"),
    "Roe could not resist noting that 40 mills had closed.": (
        "a positive row: negated, the lead verb says it, so the shape declines and the frame "
        "is the same with no shape at all"),
    "They tout a 12 percent fall in crime.": (
        "a positive row: after a pronoun the base form is a verb, so the shape declines and "
        "the frame is the same with no shape at all"),
    "Ana Lima read her emails, and the aides said they revealed 40 errors.": (
        "a negative row: a plural noun between the documents and \"they\" is what it stands "
        "for, so the step declines, as with no step at all"),
    "The mayor attacked the council for cutting 40 jobs.": (
        "a positive row: with its ground after the object the shape lets the verb report, "
        "so the frame is the same with no shape at all"),
    "The Hadley Rowe Foundation gave $4 million. Hadley Rowe said the gift would fund 40 "
    "grants.": (
        "a negative row: a body of a kind named after a person gives no short form, so the "
        "step links nothing, as with no step at all"),
    "San Diego Bank said 40 loans failed. San Diego said 12 were repaid.": (
        "a negative row: a place's name is no short form of a bank, so the step links "
        "nothing, as with no step at all"),
    "Jo Roe said the report was late. Rents rose 9 percent, the report found.": (
        "a negative row: a name then a verb is no issuer of the noun after it, so the step "
        "finds no issuer, as with no step at all"),
    "The 40 books she wrote are out of print.": (
        "a negative row: what a verb of writing makes is no claim, so the shape finds no "
        "frame, as with no shape at all"),
    "The rise the bank said was due to 40 new plants.": (
        "a negative row: no figure stands before the clause, so the shape finds no frame, as "
        "with no shape at all"),
    "The UN panel got the 60-page report on Monday.": (
        "a negative row: the words before the cue's subject open the sentence and hold no "
        "figure, so the shape finds no frame, as with no shape at all"),
    "The hurricane's estimated $2 billion in damage strained insurers.": (
        "a negative row: a storm cannot speak, so the shape finds no frame, as with no shape "
        "at all"),
    "Ana Lima's proposed 2026 budget cuts 40 posts.": (
        "a negative row: a year is no estimated figure, so the shape finds no frame, as with "
        "no shape at all"),
    "After reporting a $3 billion loss, shares of Vell were down 4 percent.": (
        "a negative row: a dangling participle's clause has no speaker, so the shape finds no "
        "frame, as with no shape at all"),
    "The agency's estimated budget rose by 40 percent.": (
        "a negative row: no figure follows the participle, so the shape finds no frame, as "
        "with no shape at all"),
    "Fares edged up 2% in May.": (
        "a negative row: no possessive and forecast noun follow the particle, so the shape "
        "finds no frame, as with no shape at all"),
    "Ana Lima won the race. A Lima spokesman said 40 votes were lost.": (
        "a negative row: a person's spokesman is no organisation's staff, so the step "
        "declines, as with no step at all"),
    "An audit of the Tula Water Board found 40 errors.": (
        "a negative row: 'of' after an audit gives what it examines, so the step declines "
        "and the audit stays unresolved, as with no step at all"),
    "Tom Berg runs the mill. The mill's owner, senior Ines Ruhl, said 40 posts would go.": (
        "a negative row: a title's modifier ('senior') is no role noun, so the step declines "
        "and the owner stays unresolved, as with no step at all"),
    "A representative of Ohio said 40 bills were waiting.": (
        "a negative row: a representative of a place may be its member of Congress, so the "
        "step declines, as with no step at all"),
    "Procter & Gamble said 40 lines shut. Procter later said 12 reopened.": (
        "a negative row: a word after '&' that is no business word makes the first word no "
        "short form, so the step declines, as with no step at all"),
    "The board forecast on Friday showed a fall.": (
        "a negative row: no comma or quote before the subject, so 'forecast' stays a noun "
        "and the shape finds no frame, as with no shape at all"),
    "A poll of 60 grain buyers found that 55 percent expected prices to ease.": (
        "a negative row: the survey's own frame stands between the document and the cue, so "
        "the shape finds no speaker, as with no shape at all"),
    "Flats took 212 of the permits, according to the board's midyear report.": (
        "a negative row: the cue form after a determiner and a singular word heads the "
        "phrase, so the step declines and the walk goes on, as with no step at all"),
    "Roe toured the mill without aides, according to the pool report.": (
        "a negative row: the cue form after a determiner and a singular word heads the "
        "phrase, so the step declines and the walk goes on, as with no step at all"),
    "The Orlo Fire Department released its figures. A police department spokesman said 48 "
    "posts were empty.": (
        "a negative row: the body named holds no 'police', so the step declines, as with no "
        "step at all"),
    "Orla Bank will cut 400 jobs, its chief executive said on Tuesday. At rival Tarn Bank, "
    "chief executive Jo Brandt kept 200 branches open.": (
        "a negative row: another body is named before the person, so the step declines, as "
        "with no step at all"),
    "The minister said 40 clinics would close.\n\nLater, Prime Minister Tom Reyes visited "
    "Tula.": (
        "a negative row: the person's role words are not the role phrase's, so the step "
        "declines, as with no step at all"),
    "Mayor Ana Roe spoke first. Crime fell 9 percent, according to data she saw.": (
        "a negative row: seeing a document is not issuing it, so the step declines, as with "
        "no step at all"),
    'President Leo Vale spoke. "We tried," Mr. Vale said.\n\n"They wanted 60 votes," Senator '
    'Tom Berg said.\n\nIn defeat, the president looked tired. While Berg smiled, he said 40 '
    'plants would close.': (
        "a negative row: a fronted clause with a subject of its own is no participle phrase, "
        "so the step declines, as with no step at all"),
    "The poll put the focus on 3 issues: jobs, rent and crime.": (
        "a negative row: no share follows 'on', so the shape declines, as with no shape at "
        "all"),
    "The council put Roe on 44 percent of her pay.": (
        "a negative row: the subject names no poll and the object no estimated thing, so the "
        "shape declines, as with no shape at all"),
    "Orla Bank will cut 400 jobs, its senior vice president said. President Jo Brandt "
    "joined the bank in 2019.": (
        "a negative row: not every word of the role phrase is among the named person's role "
        "words, so the step declines, as with no step at all"),
    "\"We were surprised,\" said Tom Hart. Mr. Vale's office declined to comment. He said "
    "turnout would be 40 percent.": (
        "a negative row: the possessive opens no view the possessor holds, so the step "
        "declines and the pronoun continues the speaker, as with no step at all"),
    "The Tula Budget Office estimated that the jets would cost $1 billion. A new audit, "
    "released Tuesday, is gloomier. The audit found that 40 percent were not ready.": (
        "a negative row: another study is named since the frame of research, so the step "
        "declines, as with no step at all"),
    "The Tula Budget Office said the plan was late. The report found that 40 percent more "
    "would enrol.": (
        "a negative row: the frame before is no study's (\"said\"), so the step declines, as "
        "with no step at all"),
    "\"It comes first,\" Mr. Rook said. Mr. Vale's aide, Tom Dunn, agreed. He says 40 states "
    "should act.": (
        "a negative row: the possessed is a person, so the step declines and the pronoun "
        "finds the aide, as with no step at all"),
    "The Tula Police Department made 3 arrests. Police officials in neighbouring Bram said 40 "
    "cars were stolen.": (
        "a negative row: a capitalised word after the head names another place, so the step "
        "declines, as with no step at all"),
    "Harlow Bank cut its forecast. A bank statement showed he had $40 left.": (
        "a negative row: a bank statement is an account holder's, so the step declines, as "
        "with no step at all"),
    "Jo Roe refrained from saying that 12 members left.": (
        "a negative row: \"from\" alone links no participle (what was not said), so the shape "
        "declines, as with no shape at all"),
    "The Tula Superior Court heard the case. A court filing said 40 workers were owed pay.": (
        "a negative row: a court filing is a party's, not the court's, so the step declines, "
        "as with no step at all"),
    "The mayor put the cost of the bridge aside, and at the meeting said 40 jobs would go.": (
        "a negative row: a comma after no comparative breaks the object before \"at\", so "
        "the shape declines, as with no shape at all"),
    "The European Union imposed tariffs on steel. A union official said 400 workers would "
    "lose their jobs.": (
        "a negative row: a union official is a trade union's, not the European Union's, so "
        "the step declines, as with no step at all"),
    "Chief Medical Officer Ana Lima said 40 cases were found. The executive said it would "
    "spend 600 million pounds on clinics.": (
        "a negative row: a chief medical officer is no company's executive, so the step "
        "declines, as with no step at all"),
    "Crime fell in Tula. Police chief Oren Blaust said so. The executive said it would spend "
    "$600 million.": (
        "a negative row: a police chief is no executive, so the step declines, as with no "
        "step at all"),
    "Vell Motors opened a plant in Reno. A state official said 400 people would work there.": (
        "a negative row: a level of government names no body, so the step declines, as with "
        "no step at all"),
    "A survey of 900 drivers, from Tula to Vale, found 40 percent speed.": (
        "a negative row: a name before \"to\" is a route's end, so the step declines, as "
        "with no step at all"),
    "Jo Reyes, a tenant, said she pays $900 a month.\n\nAccording to the data, the average "
    "rent is $1,200.": (
        "a negative row: the frame before is a person's, so the step declines \"the data\", "
        "as with no step at all"),
    "The Tula Census Office said the survey was late.\n\nAccording to the data, 12 percent "
    "are empty.": (
        "a negative row: the frame before reported no figure, so the step declines \"the "
        "data\", as with no step at all"),
    "Vell Air cut fares. Jo Roe, one of the airlines' harshest critics, said 40 flights were "
    "late. The company said 12 planes were grounded.": (
        "a negative row: a plural possessor after \"one of the\" is no role, so the rule gives "
        "none, as with no rule at all"),
    "Gov. Ana Lima met Tom Berg. In the hall, the governor left early. He said 40 jobs would "
    "go.": (
        "a negative row: the description names a woman, so the step declines \"He\", as with "
        "no step at all"),
    "The mayor put the cost at one point in the talks as high as any.": (
        "a negative row: a lone \"one\" after \"at\" is no estimate, so the shape declines, "
        "as with no shape at all"),
    "The council revised May's timetable to add 3 stops.": (
        "a negative row: a timetable is no reported figure, so the shape declines, as with "
        "no shape at all"),
    "Ana Roe met Mia Lind in Tula. Lind said 40 seats were lost. Roe's aide, Tomas Berg, left "
    "early, but he said 3 more would go.": (
        "a negative row: a person 'he' fits is named after the possessive, so the step "
        "declines, as with no step at all"),
    "Roe toured a plant. Bill Roe said 40 jobs would come. Mrs. Roe said 5 more.": (
        "a negative row: the step declines 'Mrs. Roe' for the entity since named Bill Roe, "
        "and with no step the surname step declines it too"),
    "The Rachel Roe Show aired on Monday. Roe said 40 guests came.": (
        "a negative row: a broadcast's name has no surname in the middle, so the step "
        "declines, as with no step at all"),
    'The rule is simple: "No more than 40 guests."': (
        "a negative row: a be-verb's clause before the colon credits no one, so the shape "
        "declines, as with no shape at all"),
    'The plan had one aim: "Cut 40 routes."': (
        "a negative row: a plan is no speaking subject, so the shape declines, as with no "
        "shape at all"),
    "The city saw 40 more cases on Monday.": (
        "a negative row: seeing with no object and predicate after 'as' states no view, so "
        "the shape declines, as with no shape at all"),
    "I saw him as he left the bank with 3 bags.": (
        "a negative row: a clause after 'as' is no predicate, so the shape declines, as with "
        "no shape at all"),
    "The yen saw further gains to trade at 132.86 per dollar.": (
        "a negative row: a past 'saw' and a figure is what happened, no forecast, so the "
        "shape declines, as with no shape at all"),
    "The bank forecast was 2.5 percent.": (
        "a negative row: the shape declines a noun 'forecast' before a verb, as no shape "
        "would"),
    "Floods displaced 4,000 people, the Kenya Red Cross said.": (
        "a negative row: the given-name rule declines a place-led name, which stays of "
        "unknown kind, as with no rule at all"),
    "Prime Minister Theresa May said 40 MPs would vote.": (
        "the rule's part is to read past 'May' after a given name, which the walk also does "
        "with no rule for the word"),
    "Voters who may switch parties say 40 percent are undecided.": (
        "a negative row: the modal rule declines a modal of the speaker's relative clause, "
        "as no rule would"),
    "Researchers at Vell University tracked 400 patients. The team said 12 improved.": (
        "a negative row: a research team is no sports side, so the role stays unresolved, "
        "as with no step at all"),
    "Acme Tools cut 40 jobs. The Acme-owned chain said 12 stores would close.": (
        "a negative row: a description tied to another body stays unresolved, as with no "
        "step at all"),
    "Justice Tom Hale retired in May. In June the court split 4 to 4. The order said 12 cases "
    "would be heard again.": (
        "a negative row: an unnamed court acting since the justice was named issues the "
        "order, so the step declines, as with no step at all"),
    "Police in the river town of Calder Mills said three people were killed.": (
        "a negative row: the institution of a place is the head of the mention, not a noun "
        "inside its postmodifier, so the step declines, as with no step at all"),
    "Parents who met Ana Lima said 40 pupils were sick.": (
        "a negative row: the name inside the relative clause is no head, so the step declines "
        "and the mention stays unresolved, as with no step at all"),
    "Two officials said the cut would be 15 percent.": (
        "a negative row: the modal rule declines a number in a speaker phrase, as no rule "
        "would"),
    "Up to 40 people may have died, three aides said.": (
        "a negative row: the modal rule declines a number in a speaker phrase, as no rule "
        "would"),
    "A chorus of leading Democrats said 40 seats were at risk.": (
        "a negative row: a plural name of one word after 'of' and a field word makes no "
        "office, so the phrase stays unresolved, as with no step at all"),
    "Tom Hale spoke on Monday. The head of research at Orlo said 40 aides had quit.": (
        "a negative row: a preposition after the field noun ('research at') makes no office, "
        "so the name after it stays inside the prepositional phrase, as with no step at all"),
    "Ana Roe, speaking in Ohio, where she grew up, said 40 plants closed.": (
        "a negative row: a where-clause with a verb of its own ends before the main verb, so "
        "the rule declines, as no rule would"),
    "Acme will cut 2,300 jobs, according to an internal memo seen by the Tula Courier.": (
        "a negative row (who saw a document is not its head): with name_in_mention taken "
        "out no step names the paper either; the row fails when the cut at 'seen' is "
        "dropped"),
    "The audit said the department failed to check 1,400 invoices. It recommended that the "
    "agency hire 12 more staff.": (
        "a negative row: the previous sentence's opening description ends before its verb "
        "('The audit | said the department'), so the step declines, as no step would"),
    "A study published on Monday in the Tula Medical Journal found 12 percent of nurses quit.": (
        "a negative row (the journal a study appeared in is not its head): with "
        "name_in_mention taken out no step names the journal either; the row fails when the "
        "cut at the participle is dropped"),
    "Jo Park, a union official, walked out, saying 200 jobs were at risk.": (
        "a name-only apposition that 'lowercase' stops at a lower-case word is rejected anyway "
        "by subject()'s all-capitals check; the one case the rule changes is the particle bug"),
    "The dam could fail, but 300 homes were evacuated.": (
        "the rule declines a modal outside the number's clause, as no rule at all would"),
    "Fares rose 8 percent, a Transit Board review published Monday found.": (
        "the row shows the step's exception (a day is no name after a past verb); without the "
        "step nothing stops the walk either"),
    "About 40 roads closed, according to a preliminary estimate.": (
        "the row shows the step's exception (an adjective makes the cue form a noun); without "
        "the step nothing stops the walk either"),
    "An independent study found 12 wells were dry.": (
        "the row shows the step's exception (an adjective makes the cue form a noun); without "
        "the step nothing stops the walk either"),
    "Support fell to 40 percent, a Vale/Norcross poll found.": (
        "the row shows the step's exception (a slash between names); without the step "
        "nothing stops the walk either"),
    "The mill cut its workforce by 12%.": (
        "the shape declines an object that is no forecast, as no rule at all would"),
    "She put the number at the top of her list.": (
        "the shape declines 'at' before no figure, as no rule at all would"),
    "He put the crates on the dock at 5 p.m.": (
        "the shape declines an object that is no estimate, as no rule at all would"),
    "The Tula Group cut its forecast on Monday. That worries many economists because they "
    "expect 300 firms to close.": (
        "the group right before the subordinator is also the nearest plural antecedent, which "
        "nearer_unnamed_group reads the same way"),
    "Vale Bank raised rates on Monday.\n\nMilitary analysts say the army is stretched. Its "
    "military budget, they said, fell 12 percent.": (
        "nearer_unnamed_group also finds the unnamed analysts, the nearest plural antecedent"),
    "A study by Tula University and the Marlow Institute found 40 percent of loans failed.": (
        "coordinated_names declines names after 'by' (a document's issuers), as no rule would"),
}


def _entries(table: Table) -> tuple[Any, ...]:
    entries: tuple[Any, ...] = getattr(table.module, table.attr)
    return entries


def _rule_names(table: Table) -> list[str]:
    """Names of the rules of a table (a ``Rule`` or a ``(name, function)`` pair)."""
    return [entry[0] for entry in _entries(table)]


def _rule_functions(table: Table) -> list[tuple[str, Callable[..., Any]]]:
    return [(entry[0], entry.test if isinstance(entry, exclusion.Rule) else entry[-1])
            for entry in _entries(table)]


def _row_id(row: Any) -> str:
    return f"{row.rule}: {' '.join(row.text.split())[:30]}"


def _params(rows: Sequence[Any]) -> list[Any]:
    """Rows as pytest params, named by rule; a row with a ``bug`` is a strict xfail."""
    return [pytest.param(row, id=_row_id(row),
                         marks=pytest.mark.xfail(strict=True, reason=row.bug) if row.bug else ())
            for row in rows]


# --------------------------------------------------------------------------------------------
# Reading tests, one per table
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", _params(EXCLUSION_ROWS))
def test_exclusion_rule(row: ExclusionRow) -> None:
    check_exclusion(row)


def test_one_before_plural_subject_counts() -> None:
    """"that one | officers were" is no pronoun "that one": a plural subject follows."""
    doc = attribquant.extract("Police said that one officers were hurt.")
    assert [q.value for q in doc.quantities] == [1.0]


@pytest.mark.parametrize(("text", "number"), QUANTITY_NUMBERS,
                         ids=[f"no rule: {t[:30]}" for t, _ in QUANTITY_NUMBERS])
def test_no_exclusion_rule(text: str, number: str) -> None:
    toks, num = _number(text, number)
    assert deciding_rule(toks, num) is None
    assert any(q.start <= num.start and num.end <= q.end
               for q in attribquant.extract(text).quantities)


@pytest.mark.parametrize("row", _params(NUMBER_READER_ROWS))
def test_number_reader(row: NumberRow) -> None:
    check_number(row)


@pytest.mark.parametrize("row", _params(DIGIT_READER_ROWS))
def test_digit_reader(row: NumberRow) -> None:
    check_number(row)


@pytest.mark.parametrize("row", _params(BUILD_PHASE_ROWS))
def test_build_phase(row: QuantityRow) -> None:
    check_quantity(row)


@pytest.mark.parametrize("row", _params(CONTEXT_RULE_ROWS))
def test_context_rule(row: QuantityRow) -> None:
    check_quantity(row)


@pytest.mark.parametrize("row", _params(CUE_RULE_ROWS))
def test_cue_rule(row: HedgeRow) -> None:
    check_hedges(row)


@pytest.mark.parametrize("row", _params(FRAME_SHAPE_ROWS))
def test_frame_shape(row: FrameRow) -> None:
    check_frame(row)


@pytest.mark.parametrize("row", _params(VERB_SHAPE_ROWS))
def test_verb_shape(row: FrameRow) -> None:
    check_frame(row)


@pytest.mark.parametrize("row", _params(LEFT_STEP_ROWS))
def test_left_np_step(row: MentionRow) -> None:
    check_mention(row)


@pytest.mark.parametrize("row", _params(RIGHT_STEP_ROWS))
def test_right_np_step(row: MentionRow) -> None:
    check_mention(row)


@pytest.mark.parametrize("row", _params(ROLE_RULE_ROWS))
def test_role_rule(row: SpeakerRow) -> None:
    check_speaker(row)


@pytest.mark.parametrize("row", _params(TYPE_RULE_ROWS))
def test_type_rule(row: KindRow) -> None:
    check_kind(row)


@pytest.mark.parametrize("row", _params(LINK_STEP_ROWS))
def test_link_step(row: SourcesRow) -> None:
    check_sources(row)


@pytest.mark.parametrize("row", _params(RESOLVER_STEP_ROWS))
def test_resolver_step(row: SpeakerRow) -> None:
    check_speaker(row)


# --------------------------------------------------------------------------------------------
# Each row needs its rule
# --------------------------------------------------------------------------------------------


def _ablation_params() -> list[Any]:
    """Every row that passes, with its table (the exclusion rows name their deciding rule
    directly, so they are not repeated here)."""
    out: list[Any] = []
    for name, table in TABLES.items():
        if name == "EXCLUSION_RULES":
            continue
        out.extend(pytest.param(name, row, id=f"{row.rule} [{name}]: {row.text[:30]}")
                   for row in table.rows
                   if not row.bug and row.text not in NOT_ABLATABLE)
    return out


@pytest.mark.parametrize(("table_name", "row"), _ablation_params())
def test_row_needs_its_rule(table_name: str, row: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the row's rule taken out of its table, the row's reading no longer holds."""
    table = TABLES[table_name]
    entries = _entries(table)
    kept = tuple(e for e in entries if e[0] != row.rule)
    assert len(kept) == len(entries) - 1, f"{row.rule!r} is not one rule of {table_name}"
    monkeypatch.setattr(table.module, table.attr, kept)
    with pytest.raises(AssertionError):
        table.check(row)


# --------------------------------------------------------------------------------------------
# Meta: every rule has a row and a docstring example
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("table_name", list(TABLES))
def test_every_rule_has_a_row(table_name: str) -> None:
    table = TABLES[table_name]
    covered = {row.rule for row in table.rows if not row.bug}
    names_ = _rule_names(table)
    assert len(set(names_)) == len(names_), f"a rule name repeats in {table_name}"
    missing = [n for n in names_ if n not in covered]
    assert not missing, f"rules of {table_name} with no passing row: {missing}"
    stale = sorted({row.rule for row in table.rows} - set(names_))
    assert not stale, f"rows name rules that {table_name} no longer has: {stale}"


#: Rules known to have no docstring example: (table, rule) -> reason (a strict xfail).
UNDOCUMENTED: dict[tuple[str, str], str] = {}


def _docstring_params() -> list[Any]:
    out: list[Any] = []
    for name, table in TABLES.items():
        for rule, fn in _rule_functions(table):
            reason = UNDOCUMENTED.get((name, rule))
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            out.append(pytest.param(fn, id=f"{rule} [{name}]", marks=marks))
    return out


@pytest.mark.parametrize("fn", _docstring_params())
def test_every_rule_has_a_docstring_example(fn: Callable[..., Any]) -> None:
    doc = docstring_of(fn)
    assert '"' in doc, f"{fn.__qualname__} has no quoted example in its docstring"


def _first_rule_of_all(tokens: list[Token], num: Number) -> str | None:
    """The deciding rule found by trying every rule of the table, whatever it reads."""
    c = exclusion.Context(tokens, num, exclusion.lower_at(tokens, num.i - 1),
                          exclusion.lower_at(tokens, num.i - 2),
                          exclusion.lower_at(tokens, num.j))
    return next((r.name for r in exclusion.EXCLUSION_RULES if r.test(c)), None)


@pytest.mark.parametrize("text", sorted({row.text for row in EXCLUSION_ROWS}
                                        | {t for t, _ in QUANTITY_NUMBERS}))
def test_rules_skipped_for_a_number_cannot_fire_for_it(text: str) -> None:
    """A rule's shapes and its integer and year flags only skip rules that would not fire."""
    toks, nums = _numbers(text)
    for num in nums:
        rule = deciding_rule(toks, num)
        assert (rule.name if rule else None) == _first_rule_of_all(toks, num)


def _all_texts() -> list[str]:
    return sorted({row.text for table in TABLES.values() for row in table.rows}
                  | {t for t, _ in QUANTITY_NUMBERS})


def test_digit_readers_skipped_for_a_figure_cannot_read_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure is tried only against the digit readers of the token after it; trying every
    reader reads every sentence of these tables the same."""
    texts = _all_texts()
    dispatched = [_numbers(t)[1] for t in texts]
    every = tuple(reader for _name, _after, reader in numbers.DIGIT_READERS)
    monkeypatch.setattr(numbers, "_digit_readers_before", lambda word: every)
    assert [_numbers(t)[1] for t in texts] == dispatched
