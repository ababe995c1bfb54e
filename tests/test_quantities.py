"""Quantity readings of real-looking news phrasings: bounds, ranges, units, subjects, change."""

from __future__ import annotations

import math

import pytest

import attribquant

# (sentence, quantity text, value, low, high, approximate, change, unit, unit_kind, subject)
READINGS = [
    ("The army said the raid killed up to 40 soldiers.", "up to 40 soldiers",
     40, None, 40, False, None, "soldier", "count", "soldiers"),
    ("At least 17 people drowned in the flood.", "At least 17 people",
     17, 17, None, False, None, "people", "count", "people"),
    ("More than 1,000 civilians were killed in four months.", "More than 1,000 civilians",
     1000, 1000, None, False, None, "civilian", "count", "civilians"),
    ("About 350,000 people have fled.", "About 350,000 people",
     350000, None, None, True, None, "people", "count", "people"),
    ("Dozens of Kurdish fighters were captured.", "Dozens of Kurdish fighters",
     None, 12, 120, False, None, "fighter", "count", "Kurdish fighters"),
    ("Hundreds of thousands of people marched.", "Hundreds of thousands of people",
     None, 1e5, 1e6, False, None, "people", "count", "people"),
    ("Tens of thousands of homes lost power.", "Tens of thousands of homes",
     None, 1e4, 1e5, False, None, "home", "count", "homes"),
    ("Rebels seized two Homs villages overnight.", "two Homs villages",
     2, None, None, False, None, "village", "count", "Homs villages"),
    ("Between 10 and 20 people were hurt.", "Between 10 and 20 people",
     None, 10, 20, False, None, "people", "count", "people"),
    ("Officer Dale Kim, 38, a father of three, was hurt.", "three",
     3, None, None, False, None, None, None, None),
    ("Polls closed in Idaho, 12, and Utah, 9.", "12",
     12, None, None, False, None, None, None, None),
    ("Between 1200 and 1500 flood victims were rehoused.", "Between 1200 and 1500 flood victims",
     None, 1200, 1500, False, None, "victim", "count", "flood victims"),
    ("I think one needs more time.", "one", 1, None, None, False, None, None, None, None),
    ("The pass costs about $240, about $20 a month.", "about $240",
     240, None, None, True, None, "dollar", "currency", None),
    ("Costs were cut by half in 2020.", "half", 0.5, None, None, False, "down", None, None,
     None),
    ("The dam, one of the oldest in Europe, held.", "one",
     1, None, None, False, None, None, None, None),
    ("Workers pledge 1% of their wages.", "1%",
     1, None, None, False, None, "percentage", "percent", "wages"),
    ("Only one species survives there.", "one species",
     1, None, None, False, None, "species", "count", "species"),
    ("Estimates put it at less than $3bn or more than $8bn.", "less than $3bn",
     3e9, None, 3e9, False, None, "dollar", "currency", None),
    ("The squadron still flies 24 F-16s.", "24 F-16s",
     24, None, None, False, None, "F-16", "count", "F-16s"),
    ("The road runs 10-20 km inland.", "10-20 km",
     None, 10, 20, False, None, "kilometre", "physical", None),
    ("The target band is from 3 to 8 per cent.", "from 3 to 8 per cent",
     None, 3, 8, False, None, "percentage", "percent", None),
    ("The deal is worth $2.5bn.", "$2.5bn",
     2.5e9, None, None, False, None, "dollar", "currency", None),
    ("It raised €5m from investors.", "€5m",
     5e6, None, None, False, None, "euro", "currency", None),
    ("Sales reached US$40m last year.", "US$40m",
     4e7, None, None, False, None, "dollar", "currency", None),
    ("The flat sold for HK$3.7 billion.", "HK$3.7 billion",
     3.7e9, None, None, False, None, "hong kong dollar", "currency", None),
    ("Fees start at RM120,000.", "RM120,000",
     120000, None, None, False, None, "malaysian ringgit", "currency", None),
    ("Tickets cost £300 each.", "£300",
     300, None, None, False, None, "pound sterling", "currency", None),
    ("The index rose 5% on Monday.", "5%",
     5, None, None, False, "up", "percentage", "percent", None),
    ("Shares fell by 2 points.", "2 points",
     2, None, None, False, "down", "point", "count", None),
    ("Unemployment is 12 per cent.", "12 per cent",
     12, None, None, False, None, "percentage", "percent", None),
    ("Growth slowed to 12pc.", "12pc",
     12, None, None, False, None, "percentage", "percent", None),
    ("The firm will cut 1,000 jobs.", "1,000 jobs",
     1000, None, None, False, None, "job", "count", "jobs"),
    ("Winds reached 60 miles per hour.", "60 miles per hour",
     60, None, None, False, None, "mile per hour", "physical", None),
    ("A 40-year-old man was arrested.", "40-year-old",
     40, None, None, False, None, "year of age", "time", None),
    ("It was minus 5 degrees at dawn.", "minus 5 degrees",
     -5, None, None, False, None, "degree", "physical", None),
    ("Nearly half a million doses arrived.", "Nearly half a million doses",
     5e5, None, None, True, None, "dose", "count", "doses"),
    ("Forty-two fishermen were rescued.", "Forty-two fishermen",
     42, None, None, False, None, "fisherman", "count", "fishermen"),
    ("A dozen eggs cost more.", "A dozen eggs",
     12, None, None, False, None, "egg", "count", "eggs"),
    ("Two-thirds of voters agreed.", "Two-thirds of voters",
     2 / 3, None, None, False, None, "voter", "count", "voters"),
    ("The crews rescued 14 miners and evacuated 60.", "60",
     60, None, None, False, None, "miner", "count", None),
    ("Prices climbed 3.5% in March.", "3.5%",
     3.5, None, None, False, "up", "percentage", "percent", None),
    ("Some 300 people attended.", "Some 300 people",
     300, None, None, True, None, "people", "count", "people"),
    ("Fewer than 30 students passed.", "Fewer than 30 students",
     30, None, 30, False, None, "student", "count", "students"),
    ("As many as 7 million people may be affected.", "As many as 7 million people",
     7e6, None, 7e6, False, None, "people", "count", "people"),
    # a conversion in brackets keeps the bound, hedge and change of the figure it restates
    ("The drones can fly more than 200 kilometres (124 miles).", "124 miles",
     124, 124, None, False, None, "mile", "physical", None),
    ("The lake temperature fell by about 2 degrees Celsius (3.6 Fahrenheit).", "3.6 Fahrenheit",
     3.6, None, None, True, "down", "degree fahrenheit", "physical", None),
    ("The engine makes just under 200 hp (149 kW / 203 PS).", "203 PS",
     203, None, 203, False, None, "horsepower", "physical", None),
    ("Children under the age of 12 were vaccinated.", "under the age of 12",
     12, None, 12, False, None, "year of age", "time", None),
    # a glued "b" before a counted noun is billions, as a glued "m" is millions
    ("The platform now has 3b listeners.", "3b listeners",
     3e9, None, None, False, None, "listener", "count", "listeners"),
    ("The forecast was revised upward by $2 billion.", "$2 billion",
     2e9, None, None, False, "up", "dollar", "currency", None),
    # written fractions, decimals without a zero, powers of ten, signed money
    ("Stir in 3/4 cup of sugar.", "3/4 cup",
     0.75, None, None, False, None, "cup", "physical", None),
    ("The error rate fell to .002 per cent.", ".002 per cent",
     0.002, None, None, False, None, "percentage", "percent", None),
    ("A proton weighs about 1.67 x 10^-27 kilograms.", "about 1.67 x 10^-27 kilograms",
     1.67e-27, None, None, True, None, "kilogram", "physical", None),
    ("The balance swung to $-3.2bn in May.", "$-3.2bn",
     -3.2e9, None, None, False, None, "dollar", "currency", None),
    ("Rooms cost $90-$120 a night.", "$90-$120 a night",
     None, 90, 120, False, None, "dollar per night", "currency", None),
    ("The tour sold 1.2m tickets and concert films.", "1.2m tickets",
     1.2e6, None, None, False, None, "ticket", "count", "tickets"),
    ("Tests found two viruses in the hive.", "two viruses",
     2, None, None, False, None, "virus", "count", "viruses"),
    ("We are talking about 150 officers.", "150 officers",
     150, None, None, False, None, "officer", "count", "officers"),
    ("Crude climbed 85 cents to $64.10 a barrel.", "$64.10 a barrel",
     64.1, None, None, False, None, "dollar per barrel", "currency", None),
    ("Debt grew by $43bn to $910bn.", "$43bn",
     43e9, None, None, False, "up", "dollar", "currency", None),
    ("Debt grew by $43bn to $910bn.", "$910bn",
     910e9, None, None, False, None, "dollar", "currency", None),
    ("Shares rose 5% to 7%.", "7%",
     7, None, None, False, None, "percentage", "percent", None),
    ("The firm raised €5m from investors.", "€5m",
     5e6, None, None, False, None, "euro", "currency", None),
    ("The album sold 3.1m digital and vinyl copies.", "3.1m digital and vinyl copies",
     3.1e6, None, None, False, None, "copy", "count", "digital and vinyl copies"),
    ("They built a 3m high fence.", "3m",
     3, None, None, False, None, "metre", "physical", None),
    # units written as ratios, powers, hyphenated compounds and trade abbreviations
    ("The field reached 12 kV/cm in the gap.", "12 kV/cm",
     12, None, None, False, None, "kilovolt per centimetre", "physical", None),
    ("The flat has 45m2 of floor space.", "45m2",
     45, None, None, False, None, "square metre", "physical", None),
    ("The plant runs a 90,000 barrel-a-day line.", "90,000 barrel-a-day",
     90000, None, None, False, None, "barrel per day", "physical", None),
    ("The bank is 12.5 percent-owned by the state.", "12.5 percent-owned",
     12.5, None, None, False, None, "percentage", "percent", None),
    ("The V8 gives 516 lb-ft of torque.", "516 lb-ft",
     516, None, None, False, None, "pound-foot", "physical", None),
    ("The coupe now has 710 bhp.", "710 bhp",
     710, None, None, False, None, "brake horsepower", "physical", None),
    ("The guard averages 21.4 ppg this season.", "21.4 ppg",
     21.4, None, None, False, None, "point per game", "count", None),
    ("Profit rose to $4.1 billion from $3.9 billion a year earlier.", "$3.9 billion",
     3.9e9, None, None, False, None, "dollar", "currency", None),
    ("The plan costs up to £30 a-year .", "up to £30 a-year",
     30, None, 30, False, None, "pound sterling per year", "currency", None),
    # a number modifying a compound noun counts its first noun
    ("She filed a 40-page complaint.", "40-page",
     40, None, None, False, None, "page", "count", "page complaint"),
    ("Dealers offer four-, six- and eight-cylinder engines.", "six-",
     6, None, None, False, None, "cylinder", "count", "cylinder engines"),
    ("It comes with a 6 speed manual gearbox.", "6 speed",
     6, None, None, False, None, "speed", "count", "speed manual gearbox"),
    ("We ordered a four course dinner.", "four course",
     4, None, None, False, None, "course", "count", "course dinner"),
    ("About 300 Ford and Toyota trucks were recalled.", "About 300 Ford and Toyota trucks",
     300, None, None, True, None, "truck", "count", "Ford and Toyota trucks"),
    ("Talks may take a week or two.", "two",
     2, None, None, False, None, "week", "time", None),
    ("The club may trade another pick or two.", "two",
     2, None, None, False, None, "pick", "count", None),
    ("A teaspoon is 1/3 of a US tablespoon.", "1/3 of a US tablespoon",
     1 / 3, None, None, False, None, "tablespoon", "physical", None),
    ("A 4 billion rupiah ($250,000) a year budget.", "4 billion rupiah",
     4e9, None, None, False, None, "indonesian rupiah per year", "currency", None),
    ("The fare is 300 baht.", "300 baht",
     300, None, None, False, None, "thai baht", "currency", None),
    # readings the rules above must leave alone
    ("About 2000 Syrian refugees crossed.", "About 2000 Syrian refugees",
     2000, None, None, True, None, "refugee", "count", "Syrian refugees"),
    ("They will send 1800 American troops.", "1800 American troops",
     1800, None, None, False, None, "troop", "count", "American troops"),
    ("The league played more than 1500 games.", "more than 1500 games",
     1500, 1500, None, False, None, "game", "count", "games"),
    ("Some 30 Main Street residents signed.", "Some 30 Main Street residents",
     30, None, None, True, None, "resident", "count", "Main Street residents"),
    ("All 9 Supreme Court justices agreed.", "9 Supreme Court justices",
     9, None, None, False, None, "justice", "count", "Supreme Court justices"),
    ("Growth in Asia may reach 5-7% next year.", "5-7%",
     None, 5, 7, False, None, "percentage", "percent", None),
    ("Dealers sold 500 second-hand cars.", "500 second-hand cars",
     500, None, None, False, None, "car", "count", "second-hand cars"),
    ("He jumped 8m and broke the record.", "8m",
     8, None, None, False, "up", "metre", "physical", None),
    ("At least 12 people (3 in Texas) died.", "3",
     3, None, None, False, None, "people", "count", None),
    ("The mass is 0.00002 x 10^5 kg.", "0.00002 x 10^5 kg",
     2, None, None, False, None, "kilogram", "physical", None),
    # an age given without a unit
    ("Half of women aged 25 to 40 said so.", "25 to 40",
     None, 25, 40, False, None, "year of age", "time", None),
    ("Voters aged over 70 stayed home.", "over 70",
     70, 70, None, False, None, "year of age", "time", None),
    ("The victims were aged 19, 23 and 40.", "40",
     40, None, None, False, None, "year of age", "time", None),
    ("There were 300 passengers on 2 flights, and 25 who fell ill.", "25",
     25, None, None, False, None, "passenger", "count", None),
    # a relative "who" reaches back to the latest counted noun
    ("Some 5200 people have waited one to two years and 3100 who waited longer.", "3100",
     3100, None, None, False, None, "people", "count", None),
]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "low", "high", "approximate", "change", "unit", "kind",
     "subject"),
    READINGS,
)
def test_reading(sentence: str, text: str, value: float | None, low: float | None,
                 high: float | None, approximate: bool, change: str | None, unit: str | None,
                 kind: str | None, subject: str | None) -> None:
    doc = attribquant.extract(sentence)
    found = [q for q in doc.quantities if q.text == text]
    assert found, [q.text for q in doc.quantities]
    q = found[0]
    for got, want in ((q.value, value), (q.low, low), (q.high, high)):
        assert (got is None) == (want is None), (q.value, q.low, q.high)
        if want is not None:
            assert got is not None and math.isclose(got, want, rel_tol=1e-9)
    assert q.approximate is approximate
    assert q.change == change
    assert q.unit == unit
    assert q.unit_kind == kind
    assert q.subject == subject
    assert sentence[q.start:q.end] == q.text


# Sentences whose numbers are not quantities, and the kind each is excluded as.
NOT_QUANTITIES = [
    ("The group was part of the alliance until 2016.", "2016", "year"),
    ("The ceasefire has held since December 1.", "1", "date"),
    ("Posted 2020-01-23 by the desk.", "2020-01-23", "date"),
    ("The meeting starts at 10:30 on Monday.", "10:30", "time"),
    ("Polls close at 8 p.m. local time.", "8", "time"),
    ("It was the 3rd attack this week.", "3rd", "ordinal"),
    ("City won 2-0 at home.", "2", "score"),
    ("COVID-19 cases are rising.", "19", "identifier"),
    ("Tracking code bc4eaeff4dcb5d03828 was logged.", "bc4eaeff4dcb5d03828", "identifier"),
    ("See www.example.org/report2020 for details.", "www.example.org/report2020", "identifier"),
    ("He lives at No. 10 with his family.", "10", "identifier"),
    ("In the 1990s the town grew.", "1990s", "year"),
    ("Prices peaked in mid-2019.", "2019", "year"),
    ("The S&P 500 closed lower.", "500", "identifier"),
    ("Shares in the FTSE 100 slipped.", "100", "identifier"),
    ("The teams were level at 77-77.", "77", "score"),
    ("The cot meets EN 716-2 rules.", "2", "identifier"),
    ("The shop at 12 W 54th St closed.", "12", "identifier"),
    ("Units at 20-22 Harbour Road were let.", "20", "identifier"),
    ("The firm's 2021 revenue was flat.", "2021", "year"),
    ("Officials said on 4 May 20 homes burned.", "4", "date"),
    ("The 9/11 attacks changed air travel.", "9/11", "identifier"),
    ("The shop is open 24/7.", "24/7", "identifier"),
    ("He scored in the 2014 World Cup final.", "2014", "year"),
]


@pytest.mark.parametrize(("sentence", "text", "kind"), NOT_QUANTITIES)
def test_not_a_quantity(sentence: str, text: str, kind: str) -> None:
    doc = attribquant.extract(sentence)
    assert not [q.text for q in doc.quantities if text in q.text]
    assert (text, kind) in [(x.text, x.kind) for x in doc.excluded]


def test_third_attack_is_not_a_fraction() -> None:
    assert attribquant.extract("It was the third attack in a week.").quantities == ()


@pytest.mark.parametrize("sentence", [
    "A dozen eggs cost more.", "Dozens of homes flooded.", "Exports grew sixfold.",
    "Up to a dozen people were hurt.", "Two-thirds of voters agreed.", "It rose 5%.",
])
def test_values_are_floats_whatever_table_they_come_from(sentence: str) -> None:
    for q in attribquant.extract(sentence).quantities:
        for x in (q.value, q.low, q.high):
            assert x is None or type(x) is float, (q.text, x)
