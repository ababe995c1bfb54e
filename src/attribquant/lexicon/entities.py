"""Words that tell what a name names: given names by sex, place names, titles that give a
person's sex, and nouns for groups and documents.

The two long lists are data files in ``lexicon/data`` (read once, on first use): given
names from the 1990 US census lists (``given_names.tsv``, see its header for source and
licence) and place names (``places.txt``, written for attribquant).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Final, Literal

_data = Path(__file__).resolve().parent / "data"

Sex = Literal["f", "m"]


@lru_cache(maxsize=1)
def given_names() -> dict[str, Sex]:
    """Lower-cased given name -> the sex it is mostly given to ("hillary" -> "f")."""
    table: dict[str, Sex] = {}
    with (_data / "given_names.tsv").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            name, _, sex = line.rstrip("\n").partition("\t")
            if sex in ("f", "m"):
                table[name] = "f" if sex == "f" else "m"
    return table


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Lower-cased place names, words joined by one space ("new mexico", "kyiv")."""
    with (_data / "places.txt").open(encoding="utf-8") as lines:
        return frozenset(s for s in (line.strip() for line in lines) if s and s[0] != "#")


#: Titles that give the sex of the person they name ("Mrs Roe" is a woman); titles such as
#: "Sen." or "Dr" give none.
SEXED_TITLES: Final[dict[str, Sex]] = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "congressman": "m", "chairman": "m", "businessman": "m", "father": "m", "brother": "m",
    "councilman": "m", "assemblyman": "m", "alderman": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
    "queen": "f", "princess": "f", "congresswoman": "f", "chairwoman": "f",
    "businesswoman": "f", "spokeswoman": "f", "sister": "f", "madam": "f",
    "councilwoman": "f", "assemblywoman": "f", "alderwoman": "f",
}

#: Kin nouns that give the sex of the person they stand in apposition to ("her husband,
#: Leo,"; "father", "brother" and "sister" are among the titles above).
KIN_NOUNS: Final[dict[str, Sex]] = {
    "husband": "m", "son": "m", "grandson": "m", "grandfather": "m", "uncle": "m",
    "nephew": "m", "boyfriend": "m", "widower": "m", "stepfather": "m", "stepson": "m",
    "wife": "f", "daughter": "f", "granddaughter": "f", "grandmother": "f", "aunt": "f",
    "niece": "f", "girlfriend": "f", "widow": "f", "mother": "f", "stepmother": "f",
    "stepdaughter": "f",
}

#: Kin nouns that are also titles ("Sister Mary", "Father Tom"): kin only after a
#: possessive ("her sister, Ana,"), where they give the sex like ``KIN_NOUNS``.
KIN_TITLES: Final[dict[str, Sex]] = {"sister": "f", "brother": "m", "father": "m"}

#: Pronouns that give the sex of a person they refer to, as evidence in the document itself
#: ("Warren ... her plan").
SEXED_PRONOUNS: Final[dict[str, Sex]] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}

#: Last words of a name that make it a place rather than a person or an organisation
#: ("Capitol Hill", "Orange County"; "Lake Erie" is told by its first word, below).
PLACE_SUFFIXES: Final[frozenset[str]] = frozenset(
    """county province city town village island islands river valley mountains hill heights
    bay coast border region district peninsula desert sea ocean""".split()
)

#: First words of a name that make it a place ("Lake Erie", "Mount Sinai", "Port Said").
PLACE_PREFIXES: Final[frozenset[str]] = frozenset({"lake", "mount", "fort", "port", "cape"})

#: Last words of a name that make it a document ("the Clean Air Act", "the Paris Accord").
DOCUMENT_NAME_HEADS: Final[frozenset[str]] = frozenset(
    """act bill law treaty accord accords agreement amendment resolution charter convention
    constitution declaration manifesto directive regulation code report doctrine""".split()
)

#: Endings of a capitalised plural that names a group of people ("Iranians", "Loyalists";
#: "Democrats" and "Chinese" are in ``GROUP_NOUNS``).
GROUP_ENDINGS: Final[tuple[str, ...]] = ("ians", "eans", "ists", "ites")

#: Names of buildings that stand for the institution housed in them: "the White House said"
#: is the US executive speaking, "the Kremlin said" the Russian government.
SEAT_NAMES: Final[frozenset[str]] = frozenset(w.strip() for w in
    """white house|kremlin|pentagon|elysee|élysée|downing street|number 10|no. 10|
    blue house|quai d'orsay|foggy bottom|whitehall|vatican|holy see|zhongnanhai|
    beit aghion|knesset|bundestag|duma|state duma|congress|senate|house|capitol""".split("|"))

#: Seats of a government's executive (of ``SEAT_NAMES``), for which "the administration"
#: and "the government" stand when no one else holds that role ("The White House sent the
#: plan ... The administration said").
EXECUTIVE_SEATS: Final[frozenset[str]] = frozenset(w.strip() for w in
    """white house|kremlin|elysee|élysée|downing street|number 10|no. 10|blue house|
    zhongnanhai""".split("|"))
#: Nouns for a local government that stand for the place it governs ("Port Avelin ... the
#: city said").
LOCALITY_NOUNS: Final[frozenset[str]] = frozenset({"city", "town", "village", "county",
                                                   "district"})
#: Role nouns that stand for a seat of ``EXECUTIVE_SEATS``.
SEAT_ROLES: Final[frozenset[str]] = frozenset({"administration", "government"})

#: Plurals naming people that English always capitalises ("Democrats say" opening a
#: sentence is a named group, not a common noun like "Companies say").
PROPER_GROUP_NOUNS: Final[frozenset[str]] = frozenset(
    """democrats republicans americans chinese japanese vietnamese lebanese sudanese
    portuguese taiwanese congolese senegalese burmese nepalese maltese""".split()
)
#: Group-like words that open a sentence without being its unnamed subject ("Polls say",
#: "Others say"; the proper group nouns are named groups).
NOT_GROUP_HEADS: Final[frozenset[str]] = PROPER_GROUP_NOUNS | frozenset(
    """reports figures estimates results studies polls surveys others""".split()
)
#: Document nouns that also name people ("some GOP figures"): no issuer before them.
PEOPLE_OR_DOCUMENTS: Final[frozenset[str]] = frozenset({"figures", "record"})
#: Third-person possessive determiners and the pronoun each stands for ("its report").
POSSESSOR_PRONOUNS: Final = {"its": "it", "his": "he", "her": "she", "their": "they"}
#: Plural nouns naming a group of people, as the head of a source ("the protesters said",
#: "Democrats argue"): such a source is a group, referred to as "they".
GROUP_NOUNS: Final[frozenset[str]] = PROPER_GROUP_NOUNS | frozenset(
    """people voters residents protesters demonstrators activists officials lawmakers
    legislators senators representatives members supporters critics opponents analysts
    experts economists scientists researchers doctors witnesses investigators prosecutors
    lawyers attorneys advocates leaders aides advisers advisors staffers sources diplomats
    authorities police officers soldiers troops militants rebels fighters insurgents
    conservatives liberals progressives independents delegates
    donors workers employees families parents students teachers farmers citizens
    pollsters observers commentators pundits organizers organisers campaigners
    negotiators candidates electorate sides camps delegations rivals""".split()
)

#: Nouns for documents and other issued artefacts that can be the source of a claim ("the
#: report found", "the ad claims"): they are documents, referred to as "it".
DOCUMENT_HEADS: Final[frozenset[str]] = frozenset(
    """report study survey poll analysis review audit assessment estimate forecast projection
    statement release memo memorandum letter email e-mail tweet post blog column editorial
    op-ed article story book memoir document documents filing complaint lawsuit suit ruling
    decision opinion order verdict indictment affidavit transcript video clip ad ads advert
    advertisement commercial spot website site paper brief briefing proposal plan
    bill law legislation resolution platform manifesto budget petition warrant motion
    testimony speech record records data figures statistics census index chart map
    questionnaire result results findings investigation inquiry probe summary readout
    bulletin outlook
    dossier judgment judgement passage excerpt tally tallies count""".split()
)
#: Unnamed staff who speak for the body named by the noun before them ("district officials",
#: "company executives").
BODY_STAFF_NOUNS: Final[frozenset[str]] = frozenset(
    {"officials", "executives", "leaders", "representatives", "staff", "spokespeople"})
#: A company's officers, as roles with the word before "officer", whom "the executive"
#: stands for ("the company's chief financial officer, Jo Lima,"; not a chief medical
#: officer, nor a chief fire officer).
EXECUTIVE_OFFICERS: Final[frozenset[str]] = frozenset(
    {"financial officer", "operating officer"})
#: Body nouns whose staff written after "a" or "the" are of another body than a name that
#: ends in the noun ("a union official" after "the European Union" is a trade union's; "a
#: council spokesman" after "the Security Council" a local council's).
STAFF_OF_OTHER_BODIES: Final[frozenset[str]] = frozenset({"council", "union"})
#: Nouns of a study that, with no issuer named, stand for the organisation whose frame of
#: research came just before ("The budget office estimated that ... The report found").
CHAIN_STUDY_NOUNS: Final[frozenset[str]] = frozenset(
    {"analysis", "assessment", "audit", "report", "review", "study"})
#: Nouns of another study or inquiry that, named between such a frame and the noun, leave
#: the noun to that one ("A new audit, released Tuesday, ... The audit found").
INTERVENING_STUDY_NOUNS: Final[frozenset[str]] = frozenset(
    {"inquiry", "investigation", "poll", "probe", "survey"})
#: Cues of research, whose speaker's study such a noun then is.
STUDY_CUES: Final[frozenset[str]] = frozenset(
    {"analysed", "analyzed", "calculated", "concluded", "estimated", "estimates", "found",
     "finds", "projected", "projects"})
#: Bodies whose noun before a document noun names where the document was filed or heard,
#: or whom it was kept with, not who wrote it ("a court filing" is a party's, "a bank
#: statement" an account holder's).
FILED_IN_BODIES: Final[frozenset[str]] = frozenset({"bank", "court", "tribunal"})
#: One of such staff, who speaks for the body as well ("a ministry spokeswoman", "a company
#: official", "the company's spokesman").
BODY_STAFF_SINGULARS: Final[frozenset[str]] = frozenset(
    {"official", "representative", "spokesman", "spokesperson", "spokeswoman"})
#: Nouns before such staff that name a level of government, no body named before ("state
#: officials", "federal officials", "city officials").
GOVERNMENT_LEVEL_WORDS: Final[frozenset[str]] = frozenset(
    {"state", "city", "county", "town", "village", "federal", "local", "government",
     "administration"})
#: Platforms a post or video appears on: capitalised, they still leave a possessive's
#: document its owner's ("the school's Facebook post", "her YouTube video").
PLATFORM_NAMES: Final[frozenset[str]] = frozenset(
    "facebook twitter instagram youtube tiktok linkedin telegram snapchat reddit".split())

#: Documents a court issues: with no issuer named, "the order" or "the ruling" is the
#: latest judge or court named ("Judge Ana Lima ruled ... The order said").
COURT_DOCUMENTS: Final[frozenset[str]] = frozenset(
    {"judgement", "judgment", "order", "ruling", "verdict"})
#: Roles of a judge ("Judge Ana Lima", "Justice Tom Hale").
COURT_ROLES: Final[frozenset[str]] = frozenset({"judge", "justice", "magistrate"})
#: Words of a court's name ("the Tula Appeals Court").
COURT_NAME_WORDS: Final[frozenset[str]] = frozenset({"court", "tribunal"})

#: A speaker's statement and the parts of a text just quoted: with no issuer named, they
#: stand for the speaker of the frame before them in the chain ('Tom Hale writes in his
#: book that ... "...," the passage continued'; "Vale confirmed the deaths. ... the
#: statement added").
CHAIN_DOCUMENTS: Final[frozenset[str]] = frozenset(
    {"excerpt", "passage", "release", "statement"})
#: Nouns for data that, with "the" and no issuer, stand for the speaker of the frame before
#: them when that frame reported figures ("The census office said 40 percent rent. ...
#: According to the data, ...").
CHAIN_DATA_NOUNS: Final[frozenset[str]] = frozenset({"data", "figures", "statistics", "numbers"})

#: Prepositions that tie a speaker's name to the body or place they belong to, which the
#: speaker is not: "Jo Roe of the Tula Institute", "Ana Lima at Vale Bank", "Jo Roe in Tula".
AFFILIATION_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "at", "in", "from", "with"})
#: Words of a body's name before "for the" that carry the name on ("the Court of Appeals
#: for the Ninth Circuit", "the Center for the Study of Trade"); after other words "for the"
#: ends a name ("Roe voted for the Tula Bill").
FOR_THE_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """court appeals center centre committee commission council institute foundation society
    alliance coalition fund association office bureau agency department league union
    partnership network""".split()
)
#: An apostrophe written alone, straight or curly ("the workers' leader", "the nurses’ union").
APOSTROPHES: Final[frozenset[str]] = frozenset({"'", "\u2019"})
#: Marks that open a single quotation when written before a word ("'fair' prices").
OPENING_SINGLE_QUOTES: Final[frozenset[str]] = frozenset({"'", "\u2018"})
#: Words an apostrophe before them shortens, no quotation opened ("rock 'n' roll", "'em").
ELISIONS: Final[frozenset[str]] = frozenset({"n", "em", "til", "cause", "tis"})
#: Prepositions between someone and a body's role noun they speak for or work at ("a
#: spokeswoman for | the company", "officials at | the agency").
SPEAKING_FOR_PREPOSITIONS: Final[frozenset[str]] = frozenset({"for", "at", "with", "of"})
#: Spokespeople, who speak for a body and for a place's government too ("a spokeswoman for
#: Tula"; not "a representative of Ohio", who may be its member of Congress).
PLACE_SPOKESPERSON_NOUNS: Final[frozenset[str]] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
#: Nouns for those whose words are a body's own: "a spokeswoman for" a body speaks for it
#: (as anyone "at" it does), where "a lawyer for the firm" stays a person of the firm's.
SPOKESPERSON_NOUNS: Final[frozenset[str]] = PLACE_SPOKESPERSON_NOUNS | frozenset(
    {"representative", "representatives"})
#: Prepositions after which a spokesperson speaks for a body ("a spokesman for | the firm").
SPOKESPERSON_PREPOSITIONS: Final[frozenset[str]] = frozenset({"for", "of"})
#: Last words of a public body's name: "the company" or "the firm" is no body named so
#: ("the Orlo Utilities Commission", "the Tula Gas Board"), whatever business word it holds.
PUBLIC_BODY_HEADS: Final[frozenset[str]] = frozenset(
    """administration assembly authority board bureau cabinet commission committee
    council court department directorate government ministry municipality office parliament
    regulator senate""".split()
)

#: Prepositions that put the name after them (and its determiner) out of subject position:
#: "In a statement to the Daily Star, the Church denied it" (the Church is the subject).
OBLIQUE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    """of for at from to in on with by about against than like into over under after before
    including among between toward towards via per despite during""".split()
)

#: Words that start a postmodifier after an unnamed source's head noun ("aides familiar
#: with", "officials briefed on", "people close to"), besides the head prepositions.
SOURCE_POSTMODIFIERS: Final[frozenset[str]] = frozenset(
    {"familiar", "briefed", "close", "with", "who", "that", "involved", "knowledgeable"})
#: Words a title-case headline capitalises that end a name's run there ("Jo Roe Goes After
#: Ana Lima As ..."): prepositions, particles, articles, possessives and conjunctions no
#: name holds in the middle ("of", "for" and "the" may: "Bank Of Tula"), auxiliaries and
#: modals ("Roe Will Win"); with the headline verbs of ``lexicon.attribution`` ("Roe Says").
HEADLINE_NAME_BREAKS: Final[frozenset[str]] = frozenset(
    """as at to by with from via vs per into on in over after about against among amid
    between under upon until without toward towards than up down out off a an his her their
    its our my your and but or nor if when while because is are was were be been will would
    can could may might must should has have had does did do""".split()
)
#: Function words that follow a dash printed without spaces, never a hyphen inside a name
#: ("Roe-that is", "Roe-who"), besides determiners, conjunctions and head prepositions.
DASH_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {"who", "which", "whose", "but", "as", "with", "on", "at", "by"})

#: US state abbreviations as news style writes them in a party tag ("R-Fla.", "D-N.Y."),
#: without the final period, lower-cased -> the state.
STATE_ABBREVIATIONS: Final[dict[str, str]] = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida",
    "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "ky": "kentucky",
    "la": "louisiana", "md": "maryland", "mass": "massachusetts", "mich": "michigan",
    "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire", "n.j": "new jersey",
    "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina", "n.d": "north dakota",
    "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania", "r.i": "rhode island",
    "s.c": "south carolina", "s.d": "south dakota", "tenn": "tennessee", "tex": "texas",
    "vt": "vermont", "va": "virginia", "wash": "washington", "w.va": "west virginia",
    "wis": "wisconsin", "wyo": "wyoming",
}
#: The US states, lower-cased: what "the state" stands for ("Floods hit Ohio ... The state
#: said"); the states written in full in a party tag besides (``STATE_ABBREVIATIONS``).
US_STATES: Final[frozenset[str]] = frozenset(STATE_ABBREVIATIONS.values()) | frozenset(
    {"alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "utah"})
#: Last words of bodies often named after a person ("the Hadley Rowe Foundation"): their
#: first two words are no short form of the body, as they may be the person.
NAMESAKE_HEADS: Final[frozenset[str]] = frozenset(
    """foundation institute fund trust prize award centre center school college university
    hospital library museum scholarship""".split())
#: Plural nouns for working people a union is named for ("the Association of Flight
#: Attendants ... the union"; not employers: "the Association of Manufacturers").
TRADE_WORKER_NOUNS: Final[frozenset[str]] = frozenset(
    """attendants workers nurses teachers educators pilots carpenters machinists engineers
    firefighters officers drivers miners employees professors doctors physicians clerks
    controllers technicians electricians plumbers dockworkers longshoremen steelworkers
    autoworkers mechanics porters janitors guards musicians actors writers players
    teamsters laborers labourers servants staff""".split())
#: Plural nouns for someone's own documents: "they" right after "her tax returns" in its
#: sentence stands for their owner ("Lima released her returns, though they showed ...").
OWNED_DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """returns records emails e-mails documents filings letters papers files transcripts
    tweets""".split()
)
#: How many tokens may stand between such a noun and the "they" that stands for it.
OWNED_DOCUMENT_REACH: Final = 8
#: Words that, right after such a noun, open its object: the noun is a verb there
#: ("Roe's company records every call"; not "her returns this year").
VERB_OBJECT_OPENERS: Final[frozenset[str]] = frozenset(
    """a an the every each his her their its our my""".split())
#: Cue lemmas by which such documents tell something ("they disclosed", "they showed";
#: not "they said": documents do not speak so).
OWNED_DOCUMENT_CUES: Final[frozenset[str]] = frozenset(
    """show disclose reveal list indicate detail document expose suggest confirm""".split())
#: Institution words that a name with a possessive inside it ends with ("Vell Children's
#: Hospital", "St. Mary's College", "Women's Health Center", "Fishermen's Union"): the run
#: goes on past "'s".
POSSESSIVE_NAME_HEADS: Final[frozenset[str]] = frozenset(
    """cathedral center centre church clinic college hospital institute school university
    trust foundation fund charity society academy association union guild league federation
    council club alliance party forum cooperative co-operative network movement front
    congress confederation""".split()
)
#: Words between a possessive and such a head that keep the possessive inside the name
#: ("St. Aldric's General Hospital", "St. Jude's Children's ..."; not a city's "St. Paul's
#: Regions Hospital").
POSSESSIVE_HEAD_MODIFIERS: Final[frozenset[str]] = frozenset(
    """general memorial royal community regional medical""".split())
#: Heads of a body's name after a plural possessive written with an apostrophe alone ("the
#: Harbour Workers' Union", "the Tula Nurses' Association", one more word between: "the
#: Tula Teachers' Retirement System"): the possessive is inside the name.
PLURAL_POSSESSIVE_NAME_HEADS: Final[frozenset[str]] = POSSESSIVE_NAME_HEADS | frozenset(
    """union association federation alliance council league guild fund society club coalition
    committee affairs system board""".split()
)
#: Offices named for their holder ("the Pima County Sheriff's Office", "the Tula District
#: Attorney's Office"): the holder's title, then "'s" and a head (``OFFICE_NAME_HEADS``),
#: all capitalised, are one body's name.
OFFICE_HOLDER_POSSESSORS: Final[frozenset[str]] = frozenset(
    """sheriff attorney governor mayor comptroller treasurer auditor coroner marshal prosecutor
    clerk assessor controller commissioner""".split())
#: The heads of such an office's name ("Office", "Department").
OFFICE_NAME_HEADS: Final[frozenset[str]] = frozenset({"office", "department"})
#: Plural possessors and saints' titles before such a possessive ("Children's Hospital",
#: "St. Mary's College"); after other possessors "'s" ends the name ("Vale Bank's").
PLURAL_POSSESSORS: Final[frozenset[str]] = frozenset({"children", "men", "people", "women"})
#: The ending of other plural possessors, nouns for people in "-men" ("Cattlemen's
#: Association", "Fishermen's Union").
PLURAL_POSSESSOR_ENDINGS: Final[tuple[str, ...]] = ("men",)
#: A saint's title before a possessive inside a name ("St. Mary's College").
SAINT_WORDS: Final[frozenset[str]] = frozenset({"saint", "st"})
#: Last words of a broadcast's name after a host's name ("The Rachel Roe Show", "The Jo
#: Lima Hour"): such a name is no person's, and its middle word no surname.
BROADCAST_NAME_ENDS: Final[frozenset[str]] = frozenset({"hour", "live", "show", "tonight"})
#: Verbs of holding an office after "who" in an apposition, and the role nouns they give
#: ("Sen. Ana Lima, who chairs the banking panel," is "the chairwoman"), when a body noun
#: (an organisation word or ``OFFICE_BODIES``) follows ("who heads to Ohio" holds none).
OFFICE_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "chairs": ("chair", "chairman", "chairwoman"),
    "directs": ("director",),
    "heads": ("head",),
    "leads": ("leader",),
    "represents": ("representative",),
}
#: Bodies an office is held over besides organisation words ("the banking panel").
OFFICE_BODIES: Final[frozenset[str]] = frozenset(
    {"caucus", "delegation", "panel", "subcommittee", "taskforce"})
#: What may open a description that a name set off by commas follows ("The head of the
#: union, Ana Lima,", "His closest rival, Jo Roe,", "One of the analysts, Jo Roe,").
APPOSITION_OPENERS: Final[frozenset[str]] = frozenset(
    {"a", "an", "her", "his", "its", "one", "our", "the", "their", "this", "that"})
#: Marks that open the phrase before a name set off by commas, where a reading of its role
#: stops looking back ("Lima, the nominee, spoke, praising her aide, Jo Roe,"; not a comma
#: before another apposition, "The chief, a veteran, Jo Roe,"), as the text reads after
#: ``CHAR_MAP`` (straight quotes, ASCII dashes).
APPOSITION_PHRASE_BOUNDS: Final[frozenset[str]] = frozenset(
    {",", ";", ":", "(", ")", "\"", "-", "--"})
#: Participles that introduce a person by name after a noun ("a farmer named Lucia", "a
#: nurse named Pedro"): a lone given name after one is that person's whole name.
NAMING_PARTICIPLES: Final[frozenset[str]] = frozenset({"named"})
#: Words that may stand between such a description's comma and the name ("..., the
#: Tula Growers Union,", "..., former Sen. Ana Lima,").
APPOSED_NAME_PREFIXES: Final[frozenset[str]] = frozenset({"former", "the"})
#: Capitalised words that open names as adjectives, so that alone at a sentence's start
#: they are no short form of such a name ("New Carver Bank ... New rules will ...").
SHORT_FORM_ADJECTIVES: Final[frozenset[str]] = frozenset(
    """new first great grand old north south east west northern southern eastern western
    upper lower greater big little prime top""".split())
#: Endings of other such adjectives ("Central", "American", "Japanese", "British",
#: "Atlantic", "United").
SHORT_FORM_ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("al", "an", "ese", "ish", "ic", "ed")
#: Words before "Guard" in the name of a force, which makes it a body ("the U.S. Coast
#: Guard", "the Ohio National Guard", "the Revolutionary Guards").
GUARD_BODY_WORDS: Final[frozenset[str]] = frozenset(
    {"border", "coast", "home", "national", "presidential", "republican", "revolutionary"})
#: Prepositions, besides the oblique ones, that open a phrase before a name set off after
#: a description, where no role phrase is ("The board, through attorney Ben Crump, said").
ROLE_PHRASE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"alongside", "behind", "beside", "through", "unlike"})
#: Heads of a lower-case role phrase before a person's name in such an apposition, besides
#: the person role nouns ("The bill's sponsor, assembly member Ana Lima, said").
APPOSED_ROLE_HEADS: Final[frozenset[str]] = frozenset({"delegate", "member"})

#: Title words that only modify a role ("Former", "Acting"): before an organisation's name
#: they open a role of someone unnamed ("Acting ACLU counsel sues ..."), not a person's
#: name as "Sen." or "Gov." do ("Sen. LIMA says ..." in a headline is a senator).
ROLE_MODIFIER_TITLES: Final[frozenset[str]] = frozenset(
    {"former", "acting", "deputy", "senior", "emeritus"}
)

#: Nouns for the writers of a document ("The authors wrote"), after "the" or "its".
AUTHOR_NOUNS: Final[frozenset[str]] = frozenset({"authors"})
#: Roles of two words and the names (or their words in order) that hold them though the
#: role's head is not in them ("the central bank" is the Federal Reserve or "the Fed";
#: "Bank of Japan" and "European Central Bank" hold "bank" themselves).
COMPOUND_ROLE_NAMES: Final[dict[str, frozenset[str]]] = {
    "central bank": frozenset({"fed", "federal reserve", "reserve bank"}),
}
#: Endings of words for a nation's people or language ("American", "Chinese", "British"):
#: such a word opening an organisation's name is no short form of it.
DEMONYM_ENDINGS: Final[tuple[str, ...]] = ("an", "ese", "ish", "ian", "ic")
#: Party letters of a party tag ("R-Ohio", "D-Fla.", "I-Vt.").
PARTY_LETTERS: Final[frozenset[str]] = frozenset({"r", "d", "i"})
#: Party words before a person's name or role ("Republican nominee Jo Roe", "the Democratic
#: senator", "Sen. Jo Roe, D-Ohio,") -> the party they name.
PARTIES: Final[dict[str, str]] = {
    "republican": "republican", "gop": "republican", "r": "republican",
    "democratic": "democratic", "democrat": "democratic", "d": "democratic",
    "libertarian": "libertarian", "independent": "independent", "i": "independent",
}

#: Verbs by which a body issues a document ("Roe released a report", "the firm put out a
#: statement", "Roe is releasing an ad"): its subject is the document's issuer.
ISSUING_VERBS: Final[frozenset[str]] = frozenset(
    """released releases release issued issues issue published publishes publish unveiled
    unveils unveil sent sends wrote writes write produced produces commissioned
    commissions conducted conducts launched launches ran runs aired airs filed files
    posted posts out releasing issuing publishing unveiling sending writing producing
    commissioning conducting launching running airing filing posting provided provides
    providing circulated circulates circulating""".split()
)
#: Auxiliaries between a document noun and the "by" before its issuer ("a lawsuit has been
#: filed by Jo Roe").
PASSIVE_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"are", "been", "being", "had", "has", "have", "is", "was", "were"})
#: Nouns between a name and a document noun that make the issuer a body around the name,
#: not the name ("a Roe campaign memo", "a Roe administration report").
ISSUER_BODY_NOUNS: Final[frozenset[str]] = frozenset(
    """campaign camp administration team staff office committee aides lawyers""".split()
)
#: Participles between a document and someone who saw it, no issuer ("a memo seen by
#: Reuters", "emails obtained by the Courier").
VIEWED_BY: frozenset[str] = frozenset(
    """seen obtained reviewed viewed leaked""".split()
)
#: Participles between a document and its issuer ("a report released by Roe", "a poll
#: conducted for the Herald").
ISSUED_BY: Final[frozenset[str]] = frozenset(
    """released issued published written sent produced commissioned conducted prepared
    compiled filed posted aired paid undertaken""".split()
)
#: Two-word participles of the same kind ("a survey carried out by the Herald"; "a report
#: carried by the Herald" was only printed there).
ISSUED_BY_PHRASES: Final[frozenset[str]] = frozenset({"carried out"})
#: Pronouns that may issue a document in a relative clause after it ("figures | it released",
#: "a forecast that | she published").
ISSUING_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "he", "she", "they"})
#: Auxiliaries of the perfect before such a verb ("a report it had | published").
PERFECT_AUXILIARIES: Final[frozenset[str]] = frozenset({"has", "have", "had"})

#: Nouns for a building or facility that a person's full name before them names ("the Ana
#: Roe briefing room", "the Jo Lima memorial hall"): such a name is the facility's.
FACILITY_NOUNS: Final[frozenset[str]] = frozenset(
    """room center centre airport building hall stadium arena library museum bridge
    auditorium theater theatre tower memorial plaza terminal highway tunnel""".split()
)

#: Units of a body that speak for it after the body's role noun and its possessive ("the
#: company's press office", "the agency's finance department" are the company, the agency;
#: not its staff, who are people).
BODY_PART_NOUNS: Final[frozenset[str]] = frozenset(
    {"office", "department", "division", "unit", "bureau", "branch", "chapter", "section",
     "command", "wing"})

#: Prepositions that open a document noun's topic or sample ("a study of 300 farms", "a
#: report on rents", "an inquiry into the crash").
DOCUMENT_TOPIC_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "on", "into", "about"})

#: Document nouns whose "of the" and an organisation's name give their author ("the annual
#: report of the Tula Safety Board", "a statement of the ministry"), where for other
#: documents it gives what they examine ("an audit of the Tula Water Board").
AUTHORED_OF_HEADS: Final[frozenset[str]] = frozenset(
    """report reports statement statements findings letter memo memorandum figures data
    estimate estimates forecast forecasts""".split()
)

#: Units that measure a document, not what it found ("a report of 300 pages"): a figure
#: of these in a document's speaker phrase describes the document.
DOCUMENT_SIZE_UNITS: Final[frozenset[str]] = frozenset(
    {"page", "pages", "word", "words", "minute", "minutes", "second", "seconds", "slides"})
#: Prepositions and nouns that, before a document noun in a speaker phrase, show it is no
#: head ("workers in", "critics of").
HEAD_STOP_WORDS: Final[frozenset[str]] = frozenset(
    {"in", "at", "to", "for", "from", "with", "by", "who", "that"})

#: Document nouns a story may use for the same document ("a new study ... the report"):
#: a later noun looks for its issuer among earlier mentions of these too.
DOCUMENT_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "report": ("study", "survey", "analysis", "review"),
    "investigation": ("inquiry", "probe"),
    "inquiry": ("investigation", "probe"),
    "probe": ("investigation", "inquiry"),
    "study": ("report", "survey", "analysis"),
    "survey": ("poll", "study", "report"),
    "poll": ("survey",),
    "analysis": ("report", "study", "review"),
    "review": ("report", "analysis", "audit"),
    "audit": ("review", "report"),
    "letter": ("memo",),
    "memo": ("letter", "memorandum"),
    # data, figures, statistics, numbers: each the others (``CHAIN_DATA_NOUNS``)
    **{noun: tuple(sorted(CHAIN_DATA_NOUNS - {noun})) for noun in CHAIN_DATA_NOUNS},
    "ad": ("spot", "commercial", "advert", "advertisement", "video"),
    "spot": ("ad", "commercial"),
    "commercial": ("ad", "spot"),
    "video": ("ad", "clip"),
    "clip": ("video", "ad", "spot"),
    "book": ("memoir",),
    "memoir": ("book",),
    "statement": ("release",),
    "release": ("statement",),
    "suit": ("lawsuit", "complaint"),
    "lawsuit": ("suit", "complaint"),
    "complaint": ("lawsuit", "suit"),
}

#: Document nouns and the verbs they nominalise, past or unambiguous present forms ("Roe
#: polled 900 voters ... The poll found", "the court ruled ... The ruling said"): the
#: subject of such a verb issued the document.  (No form that is also the noun's plural:
#: "Vell polls show ..." has no subject "Vell".)
DOCUMENT_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "poll": ("polled",),
    "survey": ("surveyed",),
    "audit": ("audited",),
    "ruling": ("ruled",),
    "lawsuit": ("sued", "sues"),
    "suit": ("sued", "sues"),
    "testimony": ("testified", "testifies"),
}

#: Common Chinese, Korean and Vietnamese family names, which their bearers write first
#: ("Wen Hailong" is Mr. Wen): only read before a courtesy title links a name.
FAMILY_FIRST_SURNAMES: Final[frozenset[str]] = frozenset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
    yu du ye cheng wei su lu ding ren shen yao jin fu zhong lou qian qin xi wen hou meng
    bai kong mao shi tan xiong yan jia lei long qiu
    kim lee park choi jung chung kang cho yoon jang lim shin seo kwon hwang ahn yoo hong
    jeon moon baek nam ban roh chun son bae oh ko
    nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly""".split()
)

#: Words of Burmese names, which have no family name and are written whole ("Zaw Min
#: Htun", "Than Aung Kyaw"): a first word of these is no title or modifier before a given name.
BURMESE_NAME_WORDS: Final[frozenset[str]] = frozenset(
    """aung zaw kyaw thein myint tun htun soe maung hla thant nyunt naing khin thura htay
    nyein phyo lwin hlaing moe thet htet khaing myo thaung than""".split()
)

#: Particles for "son of" and "daughter of" after a given name ("Sultan bin Rashid"): the
#: word before one is a given name, though it may be a title elsewhere ("Sultan Qaboos").
PATRONYMIC_PARTICLES: Final[frozenset[str]] = frozenset({"bin", "ibn", "bint", "ben"})

#: Name particles that are given names when they open a name as a word of their own ("Al
#: Roe", "Ben Roe"; not "al-Roe").
GIVEN_NAME_PARTICLES: Final[frozenset[str]] = frozenset({"al", "ben", "del"})

#: Prefixes before an inner capital in a person's name ("McKay", "DeAndre", "LaRue",
#: "VanDyke", "O'Neil" has its own apostrophe): a word with an inner capital after any
#: other prefix is a brand or an organisation's name ("PayPal", "NewsDesk").
PERSON_CAMEL_PREFIXES: Final[frozenset[str]] = frozenset(
    """abu al d da de del della des di du el fitz ja ka ke la le lo mac mc o ra re sha ta ty
    van vander von""".split()
)

#: Generational suffixes after a name ("Brent Roe III", "Jo Roe Jr."): kept in the display,
#: left out when names are linked ("Roe" is still his surname).
GENERATIONAL_SUFFIXES: Final[frozenset[str]] = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Company suffixes written with a period ("Acme Corp. said", "Roe & Sons Ltd. said"): with
#: their period they close an organisation's name, like a generational suffix a person's.
COMPANY_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {"bros", "co", "corp", "cos", "inc", "llc", "ltd", "plc"})

#: Courtesy titles left out of a person's canonical name even when only the surname is
#: known ("Mr. Lou" is "Lou"); other titles stay with a lone surname ("President Obama").
COURTESY_TITLES: Final[frozenset[str]] = frozenset({"mr", "mrs", "ms", "miss", "mx"})

#: Role nouns a title stands for: "Sen. Jo Roe" is "the senator", "Gov. Roe" "the governor".
TITLE_ROLES: Final[dict[str, str]] = {
    "sen": "senator", "senator": "senator", "rep": "representative", "gov": "governor",
    "governor": "governor", "pres": "president", "president": "president", "gen": "general",
    "adm": "admiral", "amb": "ambassador", "ambassador": "ambassador", "mayor": "mayor",
    "judge": "judge", "justice": "justice", "secretary": "secretary", "minister": "minister",
    "chancellor": "chancellor", "premier": "premier", "congressman": "congressman",
    "congresswoman": "congresswoman", "prof": "professor", "professor": "professor",
    "dr": "doctor", "coach": "coach", "chairman": "chairman", "chairwoman": "chairwoman",
    "ceo": "ceo", "commissioner": "commissioner",
}

#: Roles a person may be introduced with and the other role nouns that stand for them
#: ("District Attorney Ana Roe ... the prosecutor", "Jo Lima, the chief executive, ... the
#: CEO"; "chief" is a title, so "executive" stands for it; a CFO is "the executive" too;
#: a justice or a magistrate is "the judge"),
#: besides the titles above.
OFFICE_SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "district attorney": ("prosecutor",), "state's attorney": ("prosecutor",),
    "county attorney": ("prosecutor",), "executive": ("ceo",), "ceo": ("executive",),
    "cfo": ("executive",), "coo": ("executive",), "finance chief": ("executive",),
    "representative": ("congressman", "congresswoman", "lawmaker"),
    "congressman": ("representative", "lawmaker"), "congresswoman": ("representative",
                                                                     "lawmaker"),
    "senator": ("lawmaker",),
    "justice": ("judge",), "magistrate": ("judge",),  # "Justice Jo Roe ... the judge"
}
#: Offices that a word of ``OFFICE_SYNONYMS`` may only modify ("Justice Minister Ana Lima",
#: "Executive Secretary Jo Roe"): with one of them borne too, no synonym applies.
MODIFIED_OFFICES: Final[frozenset[str]] = frozenset({"minister", "secretary"})
#: Person role nouns that a body doing that work holds too, and the words of its name
#: that tell it ("Brightline Polling found ... The pollster said").
BODY_HELD_PERSON_ROLES: Final[dict[str, tuple[str, ...]]] = {
    "pollster": ("polling", "polls", "poll", "research", "surveys"),
}

#: Role nouns that, with nothing named in that role, stand for the most salient fitting
#: person of the last paragraphs ("Jo Roe ... the candidate said"): roles of the people a
#: story is about, not of the unnamed staff around them ("the spokesman" stays unnamed).
PRINCIPAL_ROLES: Final[dict[str, Sex | None]] = {
    "candidate": None, "nominee": None, "senator": None, "governor": None,
    "president": None, "congressman": "m", "congresswoman": "f", "lawmaker": None,
    "frontrunner": None, "front-runner": None, "billionaire": None, "mogul": None,
    "businessman": "m", "businesswoman": "f", "actress": "f", "actor": "m", "singer": None,
    "star": None, "host": None, "anchor": None, "diplomat": None, "leader": None,
    "mayor": None, "minister": None, "chancellor": None, "premier": None,
    "ambassador": None, "judge": None, "justice": None, "incumbent": None,
    "challenger": None, "contender": None, "hopeful": None, "president-elect": None,
    "investor": None, "entrepreneur": None,
}

#: Organisation role nouns that, with no organisation named with that word, stand for the
#: most salient organisation of the last paragraphs ("EgyptAir said ... the airline added").
PRINCIPAL_ORG_ROLES: Final[frozenset[str]] = frozenset(
    """company firm airline carrier newspaper paper daily tabloid outlet publication magazine
    network broadcaster channel website station bank group organization organisation agency
    chain utility nonprofit""".split()
)

#: Lower-case ends of a hyphenated word that make a capitalised run a modifier, no name
#: ("the Texas-based firm", "the Iran-backed militia": the description names the speaker).
MODIFIER_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"based", "born", "backed", "led", "owned", "run", "headquartered", "funded", "allied",
     "aligned"})
#: Of those, the ends that tie the description to another body ("the Vale-led group of
#: lenders" is not Vale): such a description is never resolved to a name by its role noun.
AGENT_MODIFIER_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"backed", "led", "owned", "run", "funded", "allied", "aligned"})

#: Role nouns of a sports side: with no name holding the word, they stand for the most
#: salient name of two or more words ending in a plural ("the Carver Bulls ... the team").
TEAM_ROLES: Final[frozenset[str]] = frozenset({"team", "club", "franchise"})
#: Words before "team" that make it a working group, no sports side ("a team of auditors",
#: "the research team"): with one of them shortly before, "the team" stays unresolved.
WORKING_TEAM_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"a", "research", "legal", "medical", "rescue", "its", "his", "her", "their"})

#: First words of a speaker inside another's words that leave the claim to the outer speaker
#: ('"I think", "we believe", "our engineers estimate"', Ana Roe said).
FIRST_PERSON_WORDS: Final[frozenset[str]] = frozenset({"i", "we", "our", "my"})

#: Head nouns of descriptions of an organisation ("the online retail giant", "the tabloid"):
#: with no organisation named in that role, they stand for the most salient one.
ORG_DESCRIPTIONS: Final[frozenset[str]] = frozenset(
    """giant retailer maker automaker carmaker manufacturer publisher conglomerate startup
    lender insurer operator provider producer supplier chain tabloid daily outlet broadcaster
    nonprofit charity organization organisation outfit utility""".split()
)

#: Endings of a noun for a person ("socialist", "radioman", "speaker", "senator",
#: "politician"): a definite description ending in one stands for a person.
PERSON_NOUN_ENDINGS: Final[tuple[str, ...]] = (
    "ist", "man", "woman", "er", "or", "ian", "ate", "ant", "ent", "eur", "ee", "ive")

#: Words with those endings that are not persons ("the letter", "the order", "the center";
#: "however", "former", "senior").
NOT_PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    """letter order paper center centre number matter manner corner quarter water winter summer
    border chapter member error mirror factor sector majority minority motor monitor
    tractor elevator indicator ancient event moment element statement agreement government
    department movement amendment document parliament comment segment percent content
    argument plant giant restaurant climate mandate estimate debate senate state
    roman human woman man initiative archive directive objective alternative incentive
    perspective whether together either neither rather other another further however never
    later ever under over after former latter senior junior prior interior superior inferior
    private separate recent current present different river weather power tower shelter
    computer cancer chamber disaster theater theatre filter register trigger fever""".split()
)

#: Party members as nouns: "the Ohio Republican", "the Vermont Democrat" name a politician
#: of that party from that place (an epithet, resolved to the most salient person).
PARTY_MEMBER_NOUNS: Final[frozenset[str]] = frozenset({"republican", "democrat", "independent"})

#: Nouns for a business that, right before a name, make it one: "the oil giant Orvex", "the
#: carmaker Lutra" are what a later "the company" or "the firm" stands for.
COMPANY_DESCRIPTIONS: Final[frozenset[str]] = frozenset(
    """giant retailer automaker carmaker manufacturer conglomerate lender insurer
    broadcaster startup shipper supplier distributor wholesaler refiner exporter
    importer confectioner grocer brewer distiller developer homebuilder publisher bottler
    processor producer operator carrier""".split()
)

#: Of them, those that are adjectives too and may open a business's own name ("Giant
#: Eagle"): capitalised before a name they are no description of it ("Carmaker Vell Motors").
ADJECTIVE_DESCRIPTIONS: Final[frozenset[str]] = frozenset({"giant"})

#: Ending of a noun for a business by what it makes ("the toymaker", "the chipmaker"): after
#: "the" it stands for the company, like "the carmaker".
MAKER_ENDING = "maker"
#: Nouns with that ending that are persons ("the lawmaker", "the filmmaker").
PERSON_MAKERS: frozenset[str] = frozenset(
    """lawmaker policymaker filmmaker moviemaker peacemaker dressmaker kingmaker matchmaker
    troublemaker homemaker rainmaker playmaker dealmaker decisionmaker""".split()
)

#: The kind of head noun a description must have for a pronoun to stand for it ("The port
#: authority closed ..., it said").
PRONOUN_HEAD_KINDS: Final[dict[str, Literal["organisation", "group"]]] = {
    "it": "organisation", "they": "group"}
#: Generic source words that are quantifiers, no group noun ("many", "others", "both").
QUANTIFIER_SOURCES: Final[frozenset[str]] = frozenset(
    {"many", "some", "both", "all", "several", "others"})
#: Quantifiers of a partitive speaker ("Most of them said"): such a part of a group continues
#: the group's chain as "they" does.
PARTITIVE_QUANTIFIERS: Final[frozenset[str]] = frozenset(
    """most many some several few all both none half one two three four five each""".split())
#: Words that open a sentence's subject as a part of what follows "of" ("One of Roe's
#: attacks came ...", "Much of Roe's anger ...").
OPENING_PARTITIVES: Final[frozenset[str]] = PARTITIVE_QUANTIFIERS | {"much", "part", "another"}
#: Party nouns that stand for a politician with no place before them ("the Democrat said").
BARE_PARTY_MEMBERS: Final[frozenset[str]] = frozenset({"republican", "democrat"})
