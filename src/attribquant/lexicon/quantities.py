"""Cues around a number: bounds, approximation, change, units, counted nouns, dates.

Read by ``quantities`` and ``units``; every entry is lower-case unless noted.
"""

from __future__ import annotations

from typing import Final

from ..model import BoundSide, UnitKind
from .calendar import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES

#: Bound cues before a number: word sequence -> "low" (lower bound) or "high".
BOUND_CUES: Final[dict[tuple[str, ...], BoundSide]] = {
    ("up", "to"): "high",
    ("as", "many", "as"): "high",
    ("as", "much", "as"): "high",
    ("as", "high", "as"): "high",
    ("at", "most"): "high",
    ("no", "more", "than"): "high",
    ("not", "more", "than"): "high",
    ("less", "than"): "high",
    ("fewer", "than"): "high",
    ("under",): "high",
    ("just", "under"): "high",
    ("below",): "high",
    ("just", "below"): "high",
    ("a", "maximum", "of"): "high",
    ("maximum", "of"): "high",
    ("at", "least"): "low",
    ("more", "than"): "low",
    ("over",): "low",
    ("just", "over"): "low",
    ("above",): "low",
    ("in", "excess", "of"): "low",
    ("upwards", "of"): "low",
    ("upward", "of"): "low",
    ("no", "fewer", "than"): "low",
    ("no", "less", "than"): "low",
    ("not", "less", "than"): "low",
    ("a", "minimum", "of"): "low",
    ("minimum", "of"): "low",
    ("exceeding",): "low",
    ("greater", "than"): "low",
    ("higher", "than"): "low",
    ("at", "a", "minimum"): "low",
    ("sub", "-"): "high",
    ("sub",): "high",
    ("under", "the", "age", "of"): "high",
    ("below", "the", "age", "of"): "high",
    ("over", "the", "age", "of"): "low",
    ("above", "the", "age", "of"): "low",
}

#: Approximation cues before a number.
APPROX_CUES: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(s.split())
    for s in (
        "about", "around", "roughly", "approximately", "nearly", "almost",
        "some", "an estimated", "close to", "circa", "approx",
        "approx.", "~", "just about", "more or less", "in the region of",
        "on the order of", "the order of", "give or take", "an approximate",
        "somewhere around", "as few as", "c.", "ca.", "≈",
    )
)

#: Approximation cues after a quantity ("40 soldiers or so").
APPROX_AFTER: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("or", "so"), ("or", "more"), ("odd",), ("-", "odd"), ("plus",), ("or", "thereabouts")}
)

#: Verbs and adverbs marking a rise of the quantity that follows them.
CHANGE_UP: Final[frozenset[str]] = frozenset(
    """rose rise rises rising risen increased increase increases increasing grew grow grows
    growing grown gained gain gains gaining climbed climb climbs climbing jumped jump jumps
    jumping soared soar soars soaring surged surge surges surging rallied rally rallies
    advanced advance advances added up higher boosted expanded spiked spike spikes edged
    ticked improved advancing rallying expanding improving edging ticking spiking boosting
    upward upwards adds adding raised raise raises raising lifted lift lifts lifting
    hiked hike hikes hiking doubled tripled strengthened strengthens strengthening
    appreciated appreciates rebounded rebounds rebounding rocketed skyrocketed leapt leaped
    swelled ballooned firmed accelerated widened recovered
    """.split()
)
#: Verbs and adverbs marking a fall of the quantity that follows them.
CHANGE_DOWN: Final[frozenset[str]] = frozenset(
    """fell fall falls falling fallen dropped drop drops dropping declined decline declines
    declining decreased decrease decreases decreasing slid slide slides sliding slumped
    slump slumps plunged plunge plunges plunging tumbled tumble tumbles sank sink sinks
    shed sheds down lower lowered slipped slip slips dipped dip dips eased shrank shrink
    shrinks contracted tumbling retreated lost losing shedding slipping easing dipping
    contracting retreating shrinking downward downwards plummeted plummet plummets
    plummeting loses lose cut cuts cutting trimmed trim trims trimming slashed slash
    slashes slashing reduced reduce reduces reducing halved weakened weakens weakening
    depreciated depreciates slumping sagged tanked nosedived dived skidded narrowed
    collapsed crashed
    """.split()
)
#: Words allowed between a change verb and the number ("rose by about 5%").
CHANGE_GAP: Final[frozenset[str]] = frozenset({"by", "some", "a", "an", "nearly", "about", "around",
                                        "roughly", "almost", "more", "than", "over", "just",
                                        "another", "further", "as", "much", "many", "up",
                                        "to", "approximately", "estimated", "slightly", "only",
                                        "sharply", "steeply", "marginally"})
#: Change verbs that only mark a change before percent, currency, points or physical units.
CHANGE_NEEDS_MEASURE: Final[frozenset[str]] = frozenset(
    """lost lose loses losing added adds adding gained gain shed sheds
    shedding cut cuts cutting trimmed trim trims trimming slashed slash slashes slashing
    reduced reduce reduces reducing raised raise raises raising lifted lift lifts lifting
    hiked hike hikes hiking up down higher lower widened narrowed recovered collapsed
    crashed""".split()
)
#: Change verbs that mark a change only over their object and "by" ("raised rates by 0.25
#: points"): right before a figure they take an amount ("raised $5m", "lifted 40 kg").
CHANGE_BY_ONLY: Final[frozenset[str]] = frozenset(
    "raised raise raises raising lifted lift lifts lifting".split()
)
#: Nouns after a measured quantity that make it a rise ("a 16% increase", "a 5% jump").
CHANGE_NOUNS_UP: Final[frozenset[str]] = frozenset(
    "increase increases rise rises jump jumps gain gains hike hikes surge climb boost".split()
)
#: Nouns after a measured quantity that make it a fall ("a 3% drop", "a $2bn cut").
CHANGE_NOUNS_DOWN: Final[frozenset[str]] = frozenset(
    """decrease decreases drop drops fall falls decline declines cut cuts slump plunge
    reduction reductions""".split()
)
#: Words allowed between a change verb and "by" before the number: the verb's object
#: ("cut costs by 31%", "raised its key rate by 0.25 percentage points").
CHANGE_OBJECT_WORDS: Final = 4

#: Unit surfaces not in quantulum3's tables (word sequence -> (name, kind)).
EXTRA_UNIT_SURFACES: Final[dict[str, tuple[str, UnitKind]]] = {
    "per cent": ("percentage", "percent"),
    "percent": ("percentage", "percent"),
    "pc": ("percentage", "percent"),
    "pct": ("percentage", "percent"),
    "percentage points": ("percentage point", "percent"),
    "percentage point": ("percentage point", "percent"),
    "percent points": ("percentage point", "percent"),
    "per cent points": ("percentage point", "percent"),
    "basis points": ("basis point", "percent"),
    "basis point": ("basis point", "percent"),
    "bps": ("basis point", "percent"),
    "bp": ("basis point", "percent"),
    "dollars": ("dollar", "currency"),
    "dollar": ("dollar", "currency"),
    "bucks": ("dollar", "currency"),
    "us dollars": ("dollar", "currency"),
    "hong kong dollars": ("hong kong dollar", "currency"),
    "singapore dollars": ("singapore dollar", "currency"),
    "ringgit": ("malaysian ringgit", "currency"),
    "euros": ("euro", "currency"),
    "euro": ("euro", "currency"),
    "pounds": ("pound sterling", "currency"),
    "yen": ("japanese yen", "currency"),
    "yuan": ("chinese yuan", "currency"),
    "renminbi": ("chinese yuan", "currency"),
    "rupees": ("indian rupee", "currency"),
    "rupee": ("indian rupee", "currency"),
    # currencies quantulum3 does not list, named in its style (country adjective + unit)
    "shekel": ("israeli new shekel", "currency"),
    "shekels": ("israeli new shekel", "currency"),
    "naira": ("nigerian naira", "currency"),
    "lira": ("turkish lira", "currency"),
    "liras": ("turkish lira", "currency"),
    "krona": ("swedish krona", "currency"),
    "kronor": ("swedish krona", "currency"),
    "dirham": ("uae dirham", "currency"),
    "dirhams": ("uae dirham", "currency"),
    "riyal": ("saudi riyal", "currency"),
    "riyals": ("saudi riyal", "currency"),
    "baht": ("thai baht", "currency"),
    "zloty": ("polish zloty", "currency"),
    "zlotys": ("polish zloty", "currency"),
    "zlotych": ("polish zloty", "currency"),
    "hryvnia": ("ukrainian hryvnia", "currency"),
    "hryvnias": ("ukrainian hryvnia", "currency"),
    "rupiah": ("indonesian rupiah", "currency"),
    "forint": ("hungarian forint", "currency"),
    "forints": ("hungarian forint", "currency"),
    "koruna": ("czech koruna", "currency"),
    "taka": ("bangladeshi taka", "currency"),
    "cents": ("cent", "currency"),
    # sub-units of other currencies, by their own names ("rose 18 sen", "50 paise")
    "sen": ("sen", "currency"),
    "paise": ("paisa", "currency"),
    "paisa": ("paisa", "currency"),
    "kopeks": ("kopek", "currency"),
    "kopecks": ("kopek", "currency"),
    "centimes": ("centime", "currency"),
    "pence": ("penny", "currency"),
    "p": ("penny", "currency"),
    "years old": ("year of age", "time"),
    "year old": ("year of age", "time"),
    "year - old": ("year of age", "time"),
    "years - old": ("year of age", "time"),
    "month - old": ("month of age", "time"),
    "months old": ("month of age", "time"),
    "week - old": ("week of age", "time"),
    "day - old": ("day of age", "time"),
    "degrees": ("degree", "physical"),
    "degree": ("degree", "physical"),
    "degrees celsius": ("degree Celsius", "physical"),
    "degrees fahrenheit": ("degree fahrenheit", "physical"),
    "degrees c": ("degree Celsius", "physical"),
    "degrees f": ("degree fahrenheit", "physical"),
    "hp": ("horsepower", "physical"),
    "mph": ("mile per hour", "physical"),
    "kph": ("kilometre per hour", "physical"),
    "km/h": ("kilometre per hour", "physical"),
    "kmh": ("kilometre per hour", "physical"),
    "sq ft": ("square foot", "physical"),
    "square feet": ("square foot", "physical"),
    "sq m": ("square metre", "physical"),
    "square metres": ("square metre", "physical"),
    "square meters": ("square metre", "physical"),
    "square kilometres": ("square kilometre", "physical"),
    "square kilometers": ("square kilometre", "physical"),
    "square miles": ("square mile", "physical"),
    "barrels per day": ("barrel per day", "physical"),
    "barrels a day": ("barrel per day", "physical"),
    "bpd": ("barrel per day", "physical"),
    "tonnes": ("tonne", "physical"),
    "tons": ("ton", "physical"),
    "points": ("point", "count"),
    "point": ("point", "count"),
    "times": ("count", "count"),
    "deg": ("degree", "physical"),
    "deg c": ("degree Celsius", "physical"),
    "degc": ("degree Celsius", "physical"),
    "deg f": ("degree fahrenheit", "physical"),
    "degf": ("degree fahrenheit", "physical"),
    "ppb": ("parts-per-billion", "physical"),
    "year-old": ("year of age", "time"),
    "years-old": ("year of age", "time"),
    "month-old": ("month of age", "time"),
    "months-old": ("month of age", "time"),
    "m.p.h": ("mile per hour", "physical"),
    "mpg": ("mile per gallon", "physical"),
    "miles per gallon": ("mile per gallon", "physical"),
    "ppm": ("parts-per-million", "physical"),
    # engines: torque and power as car reviews write them
    "lb-ft": ("pound-foot", "physical"),
    "lb ft": ("pound-foot", "physical"),
    "pound-feet": ("pound-foot", "physical"),
    "pound-foot": ("pound-foot", "physical"),
    "pound feet": ("pound-foot", "physical"),
    "bhp": ("brake horsepower", "physical"),
    "brake horsepower": ("brake horsepower", "physical"),
    # sports statistics: per-game averages in previews and box scores
    "ppg": ("point per game", "count"),
    "rpg": ("rebound per game", "count"),
    "apg": ("assist per game", "count"),
    "spg": ("steal per game", "count"),
    "bpg": ("block per game", "count"),
    "points per game": ("point per game", "count"),
    "rebounds per game": ("rebound per game", "count"),
    "assists per game": ("assist per game", "count"),
    "goals per game": ("goal per game", "count"),
}

#: Symbols whose quantulum3 reading is not the usual news reading.
SYMBOL_OVERRIDES: Final[dict[str, tuple[str, UnitKind]]] = {
    "mL": ("millilitre", "physical"),
    "ml": ("millilitre", "physical"),
    "L": ("litre", "physical"),
    "G": ("generation wireless", "physical"),
    "m2": ("square metre", "physical"),
    "m²": ("square metre", "physical"),
    "km2": ("square kilometre", "physical"),
    "km²": ("square kilometre", "physical"),
    "cm2": ("square centimetre", "physical"),
    "cm²": ("square centimetre", "physical"),
    "mm2": ("square millimetre", "physical"),
    "mm²": ("square millimetre", "physical"),
    "m3": ("cubic metre", "physical"),
    "m³": ("cubic metre", "physical"),
    "PS": ("horsepower", "physical"),  # Pferdestärke, metric horsepower: "300 PS"
    "WAR": ("win above replacement", "count"),  # baseball's wins above replacement
    "ksi": ("kilopound per square inch", "physical"),
    # energy as grids report it (quantulum3 lists only "kWh")
    "MWh": ("megawatt hour", "physical"),
    "GWh": ("gigawatt hour", "physical"),
    "TWh": ("terawatt hour", "physical"),
    # oil output: "5b" and "2.5 million b/d" are barrels, not barns or bits
    "b": ("barrel", "physical"),
}

#: Single words quantulum3 lists as unit surfaces that are, in news, ordinary words.
#: Only words read right after a number are looked up, so few need to be here.
AMBIGUOUS_UNIT_WORDS: Final[frozenset[str]] = frozenset(
    """a in at s m g c f k b l t h d p point points time set sets piece pieces pack
    packs count counts instance instances turn turns revolution revolutions cycle cycles
    circle circles mill mil real reais won rand franc pound mark marks grain grains shake
    shakes line lines link links rod rods chain chains hand hands span spans drum drums
    gross""".split()
)

#: Symbols accepted after a space ("40 km"); all others must be glued ("40km").
SAFE_SPACED_SYMBOLS: Final[frozenset[str]] = frozenset(
    """km kg mg mm cm mi ft lb lbs oz GB MB TB KB kB Gb Mb GHz MHz kHz Hz kW MW GW kWh MWh GWh
    TWh mph km² m² ha °C °F °c °f L ml mL cl nm µm μm kt kn psi mAh rpm ppb ppm bhp MPa km2 m2
    cm2 mm2 m3 m³ cm² mm² Nm PS WAR ksi kV kN kPa
    """.split()
)

#: Month names and abbreviations (dates: "December 1", "1 Dec").
MONTHS: Final[frozenset[str]] = MONTH_NAMES | MONTH_ABBREVIATIONS
#: Weekdays, used to tell dates from counts.
WEEKDAYS: Final[frozenset[str]] = WEEKDAY_NAMES | WEEKDAY_ABBREVIATIONS
#: Prepositions that make a four-digit number a year even before a plural noun
#: ("by 2030 electric cars ...", "in 2019 sales rose"); other context words only count
#: when no counted noun follows ("between 1000 and 2000 people" are counts).
YEAR_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    "in since until till by from during before after circa fy year season".split()
)
#: Words after "a year", "a week" that make it a point in time, not a rate:
#: "$6.8 billion a year earlier".
TIME_REFERENCE_AFTER: Final[frozenset[str]] = frozenset(
    "earlier ago before later after previously prior back since".split()
)
#: Words after a number that mark a clock time ("10 a.m.", "3 pm", "noon").
TIME_AFTER: Final[frozenset[str]] = frozenset({"am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt",
                                        "bst", "cet", "o'clock", "hrs", "local"})
#: Nouns that a year modifies ("its 2018 sales", "the 2019 season"): a four-digit number
#: before them is a year, not a count.
YEAR_MODIFIED_NOUNS: Final[frozenset[str]] = frozenset(
    """season seasons sales revenue revenues profit profits earnings budget budgets campaign
    election elections census tournament edition results forecast forecasts figures report
    outlook guidance fiscal quarter harvest vintage midterms primary primaries draft class
    championship championships olympics games cup world""".split()
)
#: Nouns in -s that are also singular, so "one" may count them ("one species", "one series").
SINGULARS_IN_S: Final[frozenset[str]] = frozenset(
    "species series means headquarters barracks crossroads news".split()
)
#: Plurals that name a measured level, not things one counts: a year-shaped figure before
#: one is a year ("between 1850 and 1950 ocean temperatures rose").
LEVEL_PLURALS: Final[frozenset[str]] = frozenset(
    "temperature price rate level emission yield wage income value".split()
)
#: Stock indices named with a number, by the words before it: "S&P 500", "FTSE 100".
INDEX_NAMES: Final[dict[tuple[str, ...], frozenset[int]]] = {
    ("s", "&", "p"): frozenset({100, 400, 500, 600, 1500}),
    ("s", "p"): frozenset({100, 400, 500, 600, 1500}),
    ("sp",): frozenset({100, 400, 500, 600, 1500}),
    ("ftse",): frozenset({100, 250, 350}),
    ("russell",): frozenset({1000, 2000, 3000}),
    ("stoxx",): frozenset({50, 600}),
    ("nikkei",): frozenset({225}),
    ("dax",): frozenset({30, 40}),
    ("cac",): frozenset({40}),
    ("asx",): frozenset({200, 300}),
    ("nasdaq",): frozenset({100}),
    ("ibex",): frozenset({35}),
    ("kospi",): frozenset({200}),
    ("nifty",): frozenset({50}),
    ("topix",): frozenset({100, 500}),
}
#: Street words ending an address ("9 E 71st St", "16-18 Industrial Avenue"). Not "Court"
#: or "Square": "9 Supreme Court justices", "50 Times Square tourists".
STREET_WORDS: Final[frozenset[str]] = frozenset(
    """street st avenue ave road rd boulevard blvd lane ln drive dr place pl way
    terrace parkway pkwy crescent""".split()
)
#: Unit words that open hyphenated adjectives without being units: "second-hand",
#: "point-blank", "set-piece", "in-depth".
HYPHEN_NOT_UNIT: Final[frozenset[str]] = frozenset("second point set in hand foot mark".split())
#: Compass letters inside an address ("9 E 71st St").
COMPASS_LETTERS: Final[frozenset[str]] = frozenset("n s e w ne nw se sw".split())

#: Words right before a tie ("level at 89-89"), which is a score, not a range.
TIE_CUES: Final[frozenset[str]] = frozenset({"at", "level"})
#: Nouns and signs before a number that names something ("Room 101", "Article 5", "#5").
NUMBERED_NOUNS: Final[frozenset[str]] = frozenset(
    """no nos number # article room flight route section chapter page level grade phase
    version season episode model iphone galaxy windows ios android mark rule resolution tier
    category act vol volume part item paragraph clause district precinct channel gate platform
    highway interstate terminal ward unit bay pier lot""".split()
)
#: Abbreviations of "number" before a period ("No. 5").
NUMBER_SIGN_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"no", "nos"})

#: Words near "N-N" that mark a sports score or vote.
SCORE_CONTEXT: Final[frozenset[str]] = frozenset(
    """won win wins beat beats beating lost lose loses defeat defeated victory draw drew
    lead led leads trail trailed trailing score scored scoreline vote voted votes tie tied
    thrashing home away match game final against ruled rule ruling verdict decision
    majority""".split()
)
#: Largest score of a game or vote read as a score without a small second figure
#: ("won 112-104", "ruled 6-3"): above it "N-N" is a range.
MAX_SCORE: Final = 200
#: Time-zone words after a clock time: a four-figure time before one is no quantity ("1530
#: GMT", "0600 UTC"), and one in capitals after a time is no name ("7:15 p.m. EST").
TIME_ZONES: Final[frozenset[str]] = frozenset(
    "gmt utc est edt cst cdt mst mdt pst pdt bst cet cest ist jst aest hrs zulu".split()
)
#: Words a postcode or ZIP code comes after ("ZIP code 90210", "postcode 2000").
POSTCODE_WORDS: Final[frozenset[str]] = frozenset("zip zipcode postcode postal code".split())
#: Words before a telephone number ("call 0800 555 0199").
PHONE_WORDS: Final[frozenset[str]] = frozenset(
    "call phone telephone tel tel. fax dial hotline helpline mobile ring text".split()
)
#: Words before "one" that make it a pronoun ("each one", "no one", "the one who", "this
#: one"), not a count.
ONE_PRONOUN_AFTER: Final[frozenset[str]] = frozenset(
    "each no every any this that which the another little only last right wrong".split()
)
#: Words after "one" that make it a pronoun ("one another").
ONE_PRONOUN_BEFORE: Final[frozenset[str]] = frozenset({"another"})
#: Prepositions of place and time: "one of the ..." after them picks a referent and counts
#: nothing ("in one of the attacks", "at one of its plants").
LOCATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    """in at on during from into inside near across throughout within among outside onto
    amid behind""".split()
)
#: Determiners of a partitive "one of the ...".
PARTITIVE_DETERMINERS: Final[frozenset[str]] = frozenset(
    "the my its his her their our your these those".split()
)
#: Words before a rank ("the bottom three", "in the top 10"): a position, not a count.
RANK_WORDS: Final[frozenset[str]] = frozenset({"top", "bottom"})
#: Words after a model number that make it a count after all ("the 300 who", "the 187 of").
MODEL_NOT_BEFORE: Final[frozenset[str]] = frozenset({"who", "of", "whom", "that", "which"})

#: Verbs after a word in -s that make it a plural subject, not a verb ("that one | soldiers
#: | were hurt", not "each one | costs | $5").
SUBJECT_VERBS_AFTER: Final[frozenset[str]] = frozenset(
    """were are have had will would could may might must can should did do""".split()
)

#: Words that end a counted noun phrase (function words, verbs of being, conjunctions).
NP_STOP: Final[frozenset[str]] = frozenset(
    """the a an and or but nor of in on at to for from with by as than that which who
    whom whose this these those is are was were be been being has have had do does did
    will would could should may might must can not no if when while where after before
    since until because so per each every its their his her our your my it they he she we
    i you them him us me said says say told according including include includes about
    around over under into onto upon out up down off through between among against during
    without within across toward towards last next also more most less fewer only just
    then there here what how why all both either neither some any such other another own
    same very too again further once now mostly mainly even still already never ever often
    """.split()
)

#: Plural nouns that do not end in "s", and their lemmas.
IRREGULAR_PLURALS: Final[dict[str, str]] = {
    "people": "people", "children": "child", "women": "woman", "men": "man",
    "police": "police", "personnel": "personnel", "staff": "staff", "cattle": "cattle",
    "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "data": "data", "media": "media", "criteria": "criterion", "crew": "crew",
    "livestock": "livestock", "troops": "troop", "offspring": "offspring",
    "headquarters": "headquarters",
    "series": "series", "species": "species", "news": "news",
}
#: Stems whose plural in -ves has a singular in -f ("halves" -> "half", "wolves" -> "wolf").
F_PLURAL_STEMS: Final[frozenset[str]] = frozenset({"lea", "hal", "shel", "wol", "thie", "cal"})
#: Singular-looking words ending in "s" that are not plurals.
NOT_PLURAL: Final[frozenset[str]] = frozenset(
    """its this his hers yours ours theirs was has does is as thus plus us bus gas
    news series species chaos always perhaps sometimes whereas across unless""".split()
)
#: Words that cannot head a counted noun phrase (adverbs, verbs, temporal words).
NOT_COUNT_HEAD: Final[frozenset[str]] = frozenset(
    """percent per cent pc pct yesterday today tomorrow ago later earlier""".split()
)

#: Words before an age given without a unit ("men aged 18 to 34"): the unit is years of age.
AGE_CUES: Final[frozenset[str]] = frozenset({"aged", "ages", "age"})
#: Verbs that state a person's age with a bare number ("she was 42", "he will be 35 by
#: then", "who turned 60").
AGE_COPULAS: Final[frozenset[str]] = frozenset({"is", "was", "be", "turned", "turns", "turning"})
#: Subjects that make a bare number after ``AGE_COPULAS`` an age ("who was 10").
PERSON_SUBJECTS: Final[frozenset[str]] = frozenset("he she who i you we they".split())
#: Nouns that make a bare figure a few words after them an age ("the voting age of 18",
#: "life expectancy for men is around 73", "under the age of 12").
AGE_NOUNS: Final[frozenset[str]] = frozenset({"age", "expectancy"})
#: Person nouns an age may stand in apposition to ("a woman, 34, was held"); a name may too.
AGE_APPOSITION_NOUNS: Final[frozenset[str]] = frozenset(
    """man woman boy girl mother father son daughter wife husband brother sister victim
    driver suspect teenager resident pensioner student patient worker friend partner""".split()
)
#: What may follow an age given with a bare number: the clause ends or goes on with a time
#: ("she will be 47 by the end of the season").
AGE_FOLLOWERS: Final[frozenset[str]] = frozenset(
    ", . ; : ) and but when by in at on this next last".split()
)
#: Verbs after which "about" is a preposition, not an approximation ("talking about 150
#: officers").
ABOUT_AS_PREPOSITION: Final[frozenset[str]] = frozenset(
    """talk talks talking talked speak speaks speaking spoke think thinks thinking thought
    worry worries worrying worried ask asks asking asked know knew care cares cared hear
    hears heard read reads write writes wrote written complain complains complained learn
    learned learnt concerned joke joked story stories news""".split()
)
#: Words before "over" that make "over N years" a bound, not a period ("for over five
#: years", "children of over 5"); after other words it is a period ("repaid over 68 weeks").
OVER_BOUND_AFTER: Final[frozenset[str]] = frozenset(
    """for of in after aged age is was are were be been being just well than by since
    from""".split()
)
#: Words after a time quantity that keep "over" a bound ("over 5 years old", "over two
#: years ago").
OVER_BOUND_BEFORE: Final[frozenset[str]] = frozenset({"old", "ago", "of", "older"})
#: Seconds in each unit of a compound duration ("3 minutes 49.04 seconds", "2 hours 15
#: minutes") and inches in each unit of a compound length ("6 feet 2 inches").
COMPOUND_UNITS: Final[dict[str, tuple[str, float]]] = {
    "day": ("duration", 86400.0), "hour": ("duration", 3600.0), "minute": ("duration", 60.0),
    "second": ("duration", 1.0), "foot": ("length", 12.0), "inch": ("length", 1.0),
}
#: Words that introduce the total of a ratio ("one in 10,000", "one out of three").
RATIO_LINKS: Final[tuple[tuple[str, ...], ...]] = (("in",), ("out", "of"), ("in", "every"))
#: Single capital letters that are units after a space when no name comes before the number
#: ("highs of 12 C", "a 5 W charger"), with quantulum3's names; a lower-case one only after
#: a scale word ("16 billion b" of oil).
SPACED_LETTER_UNITS: Final[dict[str, tuple[str, UnitKind]]] = {
    "C": ("degree Celsius", "physical"), "F": ("degree fahrenheit", "physical"),
    "W": ("watt", "physical"), "V": ("volt", "physical"), "b": ("barrel", "physical"),
}
#: "pound" and "pounds" before "of" weigh something ("1/2 pound of butter", "5 pounds of
#: rice"); elsewhere "pounds" after a number are money.
MASS_POUNDS: Final[frozenset[str]] = frozenset({"pound", "pounds"})
#: Currency prefixes that may stand apart from the figure ("Rs 5 crore", "Rp 15,000").
SPACED_CURRENCY_PREFIXES: Final[frozenset[str]] = frozenset({"Rs", "Rp", "RM"})
#: Prepositions before a level after a change ("rose 41.2 points to 2,118.6", "closed at
#: 1,478"): a bare level takes the unit of the measure it follows.
LEVEL_PREPOSITIONS: Final[frozenset[str]] = frozenset({"to", "at"})

#: Words between an index level and the change in points after it ("1,478.2, up 3.1
#: points", "(16,300 down 58 points)"): the level is in points too.
POINT_LEVEL_GAPS: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("up",), ("down",), (",", "up"), (",", "down"), ("up", "by"), ("down", "by")}
)

#: Nouns naming an amount: "an average of 1500" is a number, not a year.
AMOUNT_NOUNS: Final[frozenset[str]] = frozenset(
    """average total sum maximum minimum estimate estimated figure tally toll count
    number rate price cost value fine budget""".split()
)

#: Determiners that may open a counted phrase after "of" or a fraction ("half the condos").
NP_DETERMINERS: Final[frozenset[str]] = frozenset(
    "the their his her its our your my those these them".split()
)
#: Determiners before a number that modifies a compound noun ("a three course meal",
#: "the 12 page report"): a singular determiner cannot agree with a plural count.
MODIFIER_DETERMINERS: Final = frozenset("a an the this that its their his her our".split())
#: Quantity modifiers read through inside a counted phrase ("eight other employees").
NP_MODIFIERS: Final[frozenset[str]] = frozenset(
    "other more additional extra new further few many several".split())
#: Nouns that form a rate after "a"/"an" ("$5 a share", "$30 a head").
RATE_NOUNS: Final[frozenset[str]] = frozenset(
    """share head person capita unit piece night ticket seat household room barrel
    ounce gallon litre liter tonne ton kilo pound hour day week month year""".split()
)

#: Prepositions: a counted noun right after one is inside a prepositional phrase
#: ("300 passengers on 2 flights"), not the head a later "who" refers to.
PREPOSITIONS: Final[frozenset[str]] = frozenset(
    "in on at from of to across over aboard with into onto among between for by".split()
)

#: After a change verb, "N to M" with M at least this many times N is a change and the level
#: it led to ("added 36.2 to 2,611.8"), not a range ("rose 5 to 10 percent").
LEVEL_RATIO: Final = 20

#: Words after a bare number that leave its noun elided ("rescued 14 miners and evacuated 60,",
#: "5,200 people ... and 3,100 who"): the number shares the earlier counted noun.
ELISION_FOLLOWERS: Final[frozenset[str]] = frozenset(
    """, . ; : ) - and or but in on at by while with since after before during respectively
    who which that were was are have had has more to""".split()
)

#: Unit kinds a counted noun phrase may follow ("$3m of the funds", "5% of voters").
MEASURE_KINDS: Final[frozenset[str]] = frozenset({"currency", "percent", "physical", "time"})
#: Words that open a range and belong to it ("between 2 and 3", "from 5 to 7").
RANGE_OPENERS: Final[frozenset[str]] = frozenset({"between", "from"})
#: Words before "some" that make it a determiner, not an approximation ("for some 60 years"
#: is read without the cue only when "some" follows one of these).
SOME_AS_PREPOSITION: Final[frozenset[str]] = frozenset({"for", "in", "of", "to"})
#: Words between a suspended compound member and the next ("four-, five- and six-cylinder").
SUSPENDED_LINKS: Final[frozenset[str]] = frozenset({",", "and", "or", "to"})
#: What may follow the last of a list of ages ("aged 20, 22 and 31."): "" is the sentence end.
LIST_ENDS: Final[frozenset[str]] = frozenset({"", ",", ".", "and", ";"})
#: Words between the figures of a list that share a rate written after the last one ("27.4
#: points, 8.1 rebounds and 5.2 assists per game").
LIST_LINKS: Final[frozenset[str]] = frozenset({",", "and"})
#: Words between a change and its restatement ("shed 48.6 points, or 1.3%").
RESTATEMENT_GAPS: Final[frozenset[tuple[str, ...]]] = frozenset({(",", "or"), ("or",)})
#: Marks that open a conversion after a figure ("100 km (60 miles)", "(224 kW / 300 PS)").
CONVERSION_OPENERS: Final[frozenset[str]] = frozenset({"(", "/"})

#: Words before "N or two" that make the number count the noun between ("a day or two",
#: "another pick or two").
ONE_OR_TWO_OPENERS: Final[frozenset[str]] = frozenset({"a", "an", "another", "one"})
#: Determiners before a spelled number that modifies a compound ("a three course meal";
#: "the two share power" is a noun phrase).
SPELLED_MODIFIER_DETERMINERS: Final[frozenset[str]] = frozenset({"a", "an"})
#: Words between a year-shaped number and a second figure of a range ("1000 to 2000 people").
RANGE_LINKS: Final[frozenset[str]] = frozenset({"-", "to", "and"})
#: Unit kinds in which a change verb measures ("lost 5%", "gained $3", "fell 2 km").
CHANGE_MEASURE_KINDS: Final[frozenset[str]] = frozenset({"percent", "currency", "physical"})
#: Unit kinds a conversion in brackets restates within ("100 km (60 miles)").
CONVERTIBLE_KINDS: Final[frozenset[str]] = frozenset({"physical", "currency", "percent", "time"})
#: Unit kinds that take a rate after brackets ("9 billion shekels ($2.4 billion) a year").
RATE_KINDS: Final[frozenset[str]] = frozenset({"currency", "physical"})
#: Connectives of a "to" range ("5 to 10", "up to" after a number, "to -5").
TO_RANGE_GAPS: Final[frozenset[tuple[str, ...]]] = frozenset({("to",), ("up", "to"), ("to", "-")})
#: Articles that link a rate to its unit ("$5 a share", "barrel-a-day").
RATE_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
#: Words that link a rate to its unit ("$5 a share", "$5 per share").
RATE_LINKS: Final[frozenset[str]] = RATE_ARTICLES | {"per"}
#: Words after "of" that make a fraction measure one unit ("1/12 of a gallon", "half of one mile").
ONE_UNIT_WORDS: Final[frozenset[str]] = frozenset({"a", "an", "one"})
#: Unit names that are percentages of some kind (quantulum3's names).
PERCENT_UNIT_NAMES: Final[frozenset[str]] = frozenset(
    {"percentage", "percentage point", "basis point", "per mille"}
)
#: Dimensionless quantulum3 units that are kept (the others are counts, not units).
KEPT_DIMENSIONLESS_UNITS: Final[frozenset[str]] = frozenset(
    {"percentage", "per mille", "parts-per-million", "parts-per-billion", "basis point"}
)
#: Glued symbols that a currency before the number turns into scales ("$5m", "$2b").
CURRENCY_SCALE_SYMBOLS: Final[frozenset[str]] = frozenset({"m", "b"})
