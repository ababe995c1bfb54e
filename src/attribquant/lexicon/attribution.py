"""Cue words for attribution, speaker resolution and hedges, kept as data.

Read by ``attribution`` (reporting verbs), ``resolver`` (titles, role nouns, pronouns)
and ``hedges``.
"""

from __future__ import annotations

from typing import Final, Literal

from . import numbers as _numbers
from .calendar import MONTH_NAMES, RELATIVE_DAYS, WEEKDAY_NAMES
from .entities import DOCUMENT_NAME_HEADS
from .quantities import APPROX_CUES, BOUND_CUES

# --------------------------------------------------------------------------------------------
# Reporting verbs.  Every inflection is listed so that look-ups are a set membership test.
# --------------------------------------------------------------------------------------------

#: Speech and writing verbs: a subject plus one of these nearly always reports a claim.
SPEECH_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "state": ("state", "states", "stated", "stating"),
    "report": ("report", "reports", "reported", "reporting"),
    "estimate": ("estimate", "estimates", "estimated", "estimating"),
    "warn": ("warn", "warns", "warned", "warning"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "add": ("add", "adds", "added", "adding"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "dispute": ("dispute", "disputes", "disputed", "disputing"),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "clarify": ("clarify", "clarifies", "clarified", "clarifying"),
    "comment": ("comment", "comments", "commented", "commenting"),
    "remark": ("remark", "remarks", "remarked", "remarking"),
    "note": ("note", "notes", "noted", "noting"),
    "observe": ("observe", "observes", "observed", "observing"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted",),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "emphasise": (
        "emphasise", "emphasises", "emphasised", "emphasising",
        "emphasize", "emphasizes", "emphasized", "emphasizing",
    ),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "contend": ("contend", "contends", "contended", "contending"),
    "posit": ("posit", "posits", "posited", "positing"),
    "maintain": ("maintain", "maintains", "maintained", "maintaining"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "project": ("projects", "projected"),
    "calculate": ("calculate", "calculates", "calculated", "calculating"),
    "reply": ("reply", "replies", "replied", "replying"),
    "respond": ("respond", "responds", "responded", "responding"),
    "answer": ("answered",),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "disclose": ("disclose", "discloses", "disclosed", "disclosing"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "inform": ("inform", "informs", "informed", "informing"),
    "assure": ("assure", "assures", "assured", "assuring"),
    "promise": ("promise", "promises", "promised", "promising"),
    "mention": ("mention", "mentions", "mentioned", "mentioning"),
    "point out": ("point", "points", "pointed", "pointing"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "imply": ("imply", "implies", "implied", "implying"),
    "indicate": ("indicate", "indicates", "indicated", "indicating"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "find": ("find", "finds", "found", "finding"),
    "conclude": ("conclude", "concludes", "concluded", "concluding"),
    "rule": ("rule", "rules", "ruled", "ruling"),
    "recommend": ("recommend", "recommends", "recommended", "recommending"),
    "read": ("reads", "read"),
    "quote": ("quoted",),
    "cite": ("cite", "cites", "cited", "citing"),
    "continue": ("continued",),
    "go on": ("went", "goes"),
    "put it": ("put", "puts"),
    "relate": ("relates", "related"),
    "ask": ("ask", "asks", "asked", "asking"),
    "urge": ("urge", "urges", "urged", "urging"),
    "propose": ("propose", "proposes", "proposed", "proposing"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "call": ("call", "calls", "called", "calling"),
    "appeal": ("appeal", "appeals", "appealed", "appealing"),
    "advise": ("advise", "advises", "advised", "advising"),
    "caution": ("cautions", "cautioned", "cautioning"),
    "joke": ("joke", "jokes", "joked", "joking"),
    "quip": ("quipped",),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "shout": ("shout", "shouts", "shouted", "shouting"),
    "yell": ("yell", "yells", "yelled", "yelling"),
    "exclaim": ("exclaimed",),
    "retort": ("retorted",),
    "counter": ("countered",),  # not "counter" or "counters": mostly nouns
    # verbs of judging and of claiming a connection, cues only with their ground after the
    # object (``GROUNDED_LEMMAS``: "attacked the council for ...", "linked X to Y")
    "attack": ("attacked", "attacking"),
    "link": ("linked", "linking"),
    "speculate": ("speculate", "speculates", "speculated", "speculating"),
    "talk about": ("talk", "talks", "talked", "talking"),
    "describe": ("describe", "describes", "described", "describing"),
    "detail": ("detailed",),  # only as ADJECTIVAL_CUE_FORMS say; "detailing" is a noun too
    "dismiss": ("dismiss", "dismisses", "dismissed", "dismissing"),
    "recount": ("recounts", "recounted", "recounting"),
    # verbs of judging, blaming and promoting: their object (and its "for" / "as" / "of"
    # complement) is what the speaker claims ("blamed the council for the cuts"); finite
    # forms only (a participle after a noun or a comma mostly tells what someone did)
    "criticise": ("criticises", "criticised", "criticizes", "criticized"),
    "accuse": ("accuses", "accused"),
    "praise": ("praises", "praised"),
    "blame": ("blame", "blames", "blamed"),
    "blast": ("blasts", "blasted"),
    "slam": ("slams", "slammed"),
    "denounce": ("denounces", "denounced"),
    "condemn": ("condemns", "condemned"),
    "tout": ("tout", "touts", "touted", "touting"),
    "lambaste": ("lambastes", "lambasted"),
    "decry": ("decries", "decried"),
    "deride": ("derides", "derided"),
    "castigate": ("castigates", "castigated"),
    "excoriate": ("excoriates", "excoriated"),
    "berate": ("berates", "berated"),
    "rebuke": ("rebukes", "rebuked"),
    "chastise": ("chastises", "chastised"),
    "bemoan": ("bemoans", "bemoaned"),
    "lament": ("laments", "lamented"),
    "deplore": ("deplores", "deplored"),
    "ridicule": ("ridicules", "ridiculed"),
    "applaud": ("applauds", "applauded"),
    "commend": ("commends", "commended"),
    "laud": ("lauds", "lauded"),
    "downplay": ("downplays", "downplayed"),
    "lash out": ("lashes", "lashed"),
    "invoke": ("invokes", "invoked"),
    "discuss": ("discusses", "discussed"),
    "agree": ("agrees", "agreed"),
    "elaborate": ("elaborates", "elaborated"),
    # verbs of recording and pointing to a source: their object is what they report ("the
    # study documented 40 cases", "she referenced the 2015 audit"); finite forms only, as for
    # the verbs of judging above
    "document": ("documented",),
    "reference": ("referenced",),
    "chronicle": ("chronicled", "chronicles"),
    "rail against": ("rail", "rails", "railed", "railing"),
    "speak about": ("speak", "speaks", "spoke", "spoken", "speaking"),
}

#: Thought and belief verbs ("she believed", "I think"): attribution when a clause follows.
BELIEF_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "think": ("think", "thinks", "thought", "thinking"),
    "believe": ("believe", "believes", "believed", "believing"),
    "suspect": ("suspect", "suspects", "suspected", "suspecting"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "fear": ("fear", "fears", "feared", "fearing"),
    "hope": ("hope", "hopes", "hoped", "hoping"),
    "expect": ("expect", "expects", "expected", "expecting"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "learn": ("learn", "learns", "learned", "learnt", "learning"),
    "doubt": ("doubt", "doubts", "doubted", "doubting"),
    "reckon": ("reckon", "reckons", "reckoned", "reckoning"),
    "assume": ("assume", "assumes", "assumed", "assuming"),
    "reason": ("reasoned",),
    "worry": ("worried",),
    "wonder": ("wonder", "wonders", "wondered", "wondering"),
    "realise": ("realise", "realises", "realised", "realize", "realizes", "realized"),
    "recognise": ("recognises", "recognised", "recognizes", "recognized"),
    "anticipate": ("anticipates", "anticipated"),
    "remember": ("remembers", "remembered"),
}

#: Speech verbs that report even with a noun-phrase object ("The ministry reported 40 new cases").
STRONG_LEMMAS: Final[frozenset[str]] = frozenset(
    """say tell state report estimate warn claim announce confirm deny allege assert argue
    insist explain comment remark declare tweet stress emphasise contend predict forecast
    reply disclose testify reiterate""".split()
)

#: Speech verbs that report whatever follows them; the other strong verbs ("announced",
#: "confirmed") take a plain object too, so without a clause they report only a figure.
OBJECT_OK_LEMMAS: Final[frozenset[str]] = frozenset(
    """say tell claim allege assert insist argue contend explain state stress emphasise warn
    predict declare reiterate testify""".split()
)

#: Verbs that may precede their speaker after a quote or comma: '"...," said the minister.'
INVERSION_LEMMAS: Final[frozenset[str]] = frozenset(
    """say add write explain reply note comment claim warn insist declare state continue
    remark recall answer respond argue observe conclude report tweet post ask joke quip shout
    yell exclaim retort boast wonder caution read elaborate""".split()
)

#: Lemmas that reject what they report: "the toll was denied by the army" is no claim of the
#: toll by the army.
NEGATING_LEMMAS: Final[frozenset[str]] = frozenset({"deny", "dispute"})

#: Verbs of asking, urging, proposing and promising: their content may be a to-infinitive
#: ("vowed to hire 200 officers", "urged Congress to act"), besides a clause.
INFINITIVE_LEMMAS: Final[frozenset[str]] = frozenset(
    """urge ask propose pledge vow promise demand call advise recommend tell warn""".split()
)
#: Verbs of judging, blaming and promoting, whose object is what they report ("praised the
#: plan", "accused the mayor of lying", "touted the new jobs").
JUDGEMENT_LEMMAS: Final[frozenset[str]] = frozenset(
    """criticise accuse praise blame blast slam denounce condemn tout lambaste decry deride
    castigate excoriate berate rebuke chastise bemoan lament deplore ridicule applaud commend
    laud downplay""".split()
)
#: Cues whose partner in a view comes after a preposition before the content's "that"
#: ("agreed with the mayor that ...", "argued with aides that ..."): the partner is read
#: past like a hearer, no further.
PARTNER_PREPOSITIONS: Final[dict[str, str]] = {"agree": "with", "argue": "with"}
#: Verbs that report their object only with a ground after it, and that ground's
#: preposition ("attacked rivals on stage | for taking gifts", "linked the rise | to the
#: closures"; not "attacked a police post", "linked arms").
GROUNDED_LEMMAS: Final[dict[str, frozenset[str]]] = {
    "attack": frozenset({"for", "over"}), "link": frozenset({"to"})}
#: Of those, the verbs whose object must be able to speak to be judged ("attacked the mayor
#: for ..."; not "attacked the base over the weekend").
SPEAKING_OBJECT_LEMMAS: Final[frozenset[str]] = frozenset({"attack"})
#: How many words the object of such a verb may take before its ground.
GROUND_REACH: Final = 8
#: Words that count a span of time or an occasion after a ground's preposition, before a
#: time word: "attacked the base for the third time", "over the next two days", "for
#: nearly an hour" are no grounds of a judgement ("for last year's tax rise" is).
GROUND_TIME_COUNTERS: Final[frozenset[str]] = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth last next past
    several many few nearly almost about some more than over the a an""".split())
#: Prepositions of a judging verb's complement ("accused X | of ...", "praised X | as ...");
#: right after the verb, with no object before them, they mark a passive ("accused of fraud").
JUDGEMENT_COMPLEMENTS: Final[frozenset[str]] = frozenset({"of", "for", "as", "by", "over", "in"})
#: Words that open the ground of a passive judgement after its agent ("criticised by the
#: union | for cutting 40 jobs", "praised by critics | as a triumph"); "of" does only before
#: an -ing verb ("accused by rivals of lying"; "by members of Congress" is the agent's).
JUDGED_GROUNDS: Final[frozenset[str]] = frozenset({"for", "as", "over"})
#: Verbs whose plain object is what they report ("proposed a ban", "called for a recount",
#: "cited a poll"); "asked the question" is no report.
OBJECT_CONTENT_LEMMAS: Final[frozenset[str]] = frozenset(
    """urge propose suggest pledge vow promise demand call appeal recommend cite announce mention
    acknowledge admit deny dispute confirm reveal report predict claim declare concede recall
    tweet note describe dismiss recount invoke discuss detail""".split()
) | {"talk about", "rail against", "speak about", "document", "reference",
     "chronicle", "point to"}
#: Prepositions after which a cue's object is what it reports ("joked about the polls",
#: "cautioned against cuts", "admitted to the error").
CONTENT_PREPOSITIONS: Final[dict[str, tuple[str, ...]]] = {
    "ask": ("about", "for"), "joke": ("about",), "boast": ("about", "of"),
    "brag": ("about",), "complain": ("about", "of"), "caution": ("against", "about"),
    "warn": ("against", "about", "of"), "admit": ("to",), "comment": ("on",),
    "testify": ("about",), "speculate": ("about",), "insist": ("on",),
    "argue": ("for", "against"), "tweet": ("about",), "write": ("about",),
    "respond": ("to", "with"), "reply": ("to", "with"),
    "believe": ("in",), "think": ("about", "of"), "learn": ("about", "of"),
    "wonder": ("about",), "know": ("about",), "lash out": ("at", "against"),
}
#: Verbs of answering: negated before "to" they still report the speaker's (non-)answer
#: ("did not respond to a request for comment"), with nothing claimed.
NON_ANSWER_LEMMAS: Final[frozenset[str]] = frozenset({"respond", "reply"})
#: Of those, the verbs that report no plain clause or figure, only what follows their
#: preposition ("responded to the audit"), "that", a colon or a quote.
PREPOSITION_ONLY_LEMMAS: Final[frozenset[str]] = frozenset({"respond"})

#: Cues whose participle right after a group, count or document reports for it ("voters
#: saying they want ...", "a sign saying ...", "a letter urging him to quit"; not "report":
#: "filers reporting $40,000 in income" report to the tax office).
REDUCED_RELATIVE_LEMMAS: Final[frozenset[str]] = (STRONG_LEMMAS | INFINITIVE_LEMMAS
                                           | frozenset({"suggest", "allege"})) - {"report"}
#: Forms of "do" that, before a subject and a verb of knowing, make a question or an
#: inversion ("Does anyone know ...", "Little did they know ...").
DO_FORMS: Final[frozenset[str]] = frozenset({"do", "does", "did"})

#: How far after a belief verb (in tokens) the verb of its clause may come: its subject
#: may be long ("believes the popularity of the plan among older voters ensures ...").
BELIEF_CLAUSE_REACH: Final = 16

#: Cues of asking whose content may be an indirect question, whatever its verb ("asked
#: whether the plan meant a change").
QUESTION_LEMMAS: Final[frozenset[str]] = frozenset({"ask"})

#: Cues whose -ing complement is what they propose ("suggested raising the levy"; not
#: "advise": "a pollster who is advising the group" tells whom she works for).
GERUND_OBJECT_LEMMAS: Final[frozenset[str]] = frozenset({"suggest"})

#: Weak cues of forecasting whose plain object or to-infinitive is reported when it holds a
#: figure ("officials expect a turnout of 4 million", "the firm expects to save $2 billion";
#: not "they expect a fight").
FIGURE_OBJECT_LEMMAS: Final[frozenset[str]] = frozenset({"expect"})

#: Cues whose object and an adjective after it report a judgement ("I find his plan
#: troubling", "found the new rules sensible").
JUDGED_ADJECTIVE_LEMMAS: frozenset[str] = frozenset({"find"})
#: Adjectives of judgement with no telling ending ("finds the levy unfair"), and those in
#: -ing that judge ("troubling"; a form in -ing is else a noun or a participle: "found the
#: crates", "found the hikers floating").
PLAIN_ADJECTIVES: frozenset[str] = frozenset(
    """unfair wrong strange absurd odd unjust untrue false troubling disturbing chilling
    alarming encouraging welcoming compelling convincing appalling refreshing surprising
    interesting worrying promising baffling insulting misleading""".split()
)

#: Cues that report only before "that", a colon or a quote ("knew that ...", not "everybody
#: knows X"; 'She continued: "..."', not "prices continued to rise").
COMPLEMENTISER_ONLY: Final[frozenset[str]] = frozenset(
    """know knows knew known knowing learn learns learned learnt learning continued read
    state states relates related clarify clarifies clarified clarifying agrees agreed
    elaborates elaborated recognises recognised recognizes recognized anticipates anticipated
    remembers remembered""".split()
)

#: Of those, the verbs of knowing that also report a plain finite clause ("I know voters
#: are tired", "Roe knew the vote would fail"; not "we all know the type").
KNOWING_FORMS: Final[frozenset[str]] = frozenset({"know", "knows", "knew"})

#: Cues that, closing a clause, report only a quote ('"...," she continued.'); before their
#: content they need a colon, "that" or a quote like ``COMPLEMENTISER_ONLY``.
QUOTE_ONLY_CUES: Final[frozenset[str]] = frozenset(
    {"continued", "went", "goes", "read", "respond", "responds", "responded", "clarified"})

#: Articles that open an inverted speaker phrase holding a figure ("said the 46-year-old").
SPEAKER_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "the"})

#: Prepositions of age or count between a group word and its figure ("those over 60 say",
#: "voters under 30 said").
AGE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"over", "under", "above", "aged"})

#: Cues of expecting that close a comparison after "than" ("higher than officials
#: expected").
EXPECTATION_LEMMAS: Final[frozenset[str]] = frozenset({"expect", "predict", "forecast", "estimate"})
#: Words of a figure's unit or scale that show a number before an expecting group is a
#: figure expected, not a count of the group ("the $1.39 analysts expected", "the 3 percent
#: economists forecast"; not "the 40 analysts expected").
FIGURE_GAP_UNITS: Final[frozenset[str]] = frozenset(
    "percent pct % per cent points share dollars dollar cents euros pounds yen".split()) \
    | frozenset(_numbers.SCALES) \
    | frozenset(k.lower() for k in _numbers.SCALE_ABBREVIATIONS if len(k) > 1) \
    | frozenset(k for k in _numbers.CURRENCY_SYMBOLS if not any(ch.isalpha() for ch in k))

#: Two words that open a sentence as a set phrase reporting nothing ("That said, ...",
#: "Enough said.", "All told, ...").
SET_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset(
    {("that", "said"), ("enough", "said"), ("all", "told")})
#: A cue participle and a noun it modifies: an adjective, no cue ("more pledged delegates").
PARTICIPLE_MODIFIED_NOUNS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("pledged", "delegate"), ("pledged", "delegates")})
#: Cue forms far more often a plural noun than a verb in the news ("nine states", "Western
#: states"): a cue only after a pronoun or a text as its subject ("It states that", "The law
#: clearly states:"; ``STATING_SUBJECTS`` or a document noun).
PLURAL_NOUN_CUES: Final[frozenset[str]] = frozenset({"states"})
#: Besides pronouns and document nouns, what states something ("The constitution states",
#: "The ordinance states"; the heads of a document's name, ``DOCUMENT_NAME_HEADS``, too).
STATING_SUBJECTS: Final[frozenset[str]] = frozenset(
    """it he she which that who section clause statute policy rule rules sign label contract
    deal guidance guidelines manual handbook lease bylaws notice message ordinance permit
    obituary""".split()) | DOCUMENT_NAME_HEADS
#: Cue forms that are also plural nouns, a relative "that" and its verb after them ("states
#: that vote on Tuesday").
RELATIVE_NOUN_FORMS: Final[frozenset[str]] = frozenset({"states", "reports", "claims", "shows"})

#: Pronouns that head a group counted by age ("those over 60").
GROUP_PRONOUNS: Final[frozenset[str]] = frozenset({"those", "people", "adults", "voters"})
#: Lower-case words inside a long organisation name ("the Organisation for Economic
#: Cooperation and Development").
NAME_FUNCTION_WORDS: Final[frozenset[str]] = frozenset({"of", "for", "and", "on", "the"})

#: Verbs of showing whose object and -ing verb are what they report ("shows Roe leading").
SMALL_CLAUSE_LEMMAS: Final[frozenset[str]] = frozenset({"show"})
#: Words in -ing after such an object that are no verb of its ("including", "during").
NOT_SMALL_CLAUSE: Final[frozenset[str]] = frozenset(
    {"including", "during", "following", "according", "regarding", "concerning", "nothing",
     "something", "anything", "everything", "morning", "evening", "building", "spending",
     "funding", "polling", "housing", "meeting", "hearing", "ruling", "training", "rating"}
)

#: Words that open a hearer-taking cue's content past a long adjunct ("told the crowd at
#: the rally that ...", "asked Roe on the call whether ...").
LATE_COMPLEMENTISERS: Final[frozenset[str]] = frozenset({"that", "whether", "if"})

#: Prepositions that open a longer adjunct between a strong cue and "that" ("said after a
#: dinner on Friday that ...").
LATE_ADJUNCT_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"after", "before", "during", "in", "at", "on", "to", "of", "with", "while"}
)

#: Participles that, after a noun or a comma, report with their "by" agent ("a fact first
#: reported by the Courier").
REDUCED_PASSIVE_FORMS: Final[frozenset[str]] = frozenset({"reported", "disclosed", "revealed"})
#: Most words between a figure and a participle with its agent ("the 2,000 people | claimed
#: by organisers").
FIGURE_AGENT_GAP: Final = 3
#: Past participles of cue verbs not in -ed ("the 55% forecast by pollsters").
IRREGULAR_CUE_PARTICIPLES: Final[frozenset[str]] = frozenset(
    "forecast found known shown thought told written".split())
#: Cue forms whose past is written like the base form: after a singular subject and before
#: a figure they are past verbs ("The bank forecast growth of 2.5 percent"), no noun.
BASE_FORM_PASTS: Final[frozenset[str]] = frozenset({"forecast"})
#: Adverbs of first report before such a participle ("a fact first reported by ...").
FIRST_WORDS: Final[frozenset[str]] = frozenset({"first", "originally", "initially"})

#: Verbs of going and using whose to-infinitive of purpose shares their subject ("went on
#: television to declare", "used the speech to call for").
PURPOSE_VERBS: Final[frozenset[str]] = frozenset(
    """went goes came comes took takes descended headed travelled traveled returned flew
    appeared appears used uses""".split()
)

#: Subjects that stand for no one ("it takes long to confirm").
EXPLETIVE_SUBJECTS: Final[frozenset[str]] = frozenset({"it", "this", "there"})

#: Words that open an indirect question after a cue's short aside ("wondered, as many
#: do, why ...").
INDIRECT_QUESTION_OPENERS: Final[frozenset[str]] = frozenset({"whether", "why", "how", "if"})

#: Lemmas whose cue reports nothing but a quote next to it ('"...," he went on.').
QUOTE_ONLY_LEMMAS: Final[frozenset[str]] = frozenset({"go on"})
#: Verbs that state a view only with an object and its predicate after "as" ("He sees the
#: plan as a mistake", "Voters view the levy as unfair"), or, in the present, a forecast
#: with an object and a figure after "at" and the like ("Economists see inflation at 2.7
#: percent"); never otherwise ("The city saw 40 more cases", "I saw that it rained").
PREDICATIVE_VERBS: Final[frozenset[str]] = frozenset(
    {"see", "sees", "saw", "view", "views", "viewed"})
#: Nouns for something said, which a clause before a colon and a quote may name ("offered
#: a warning:", "listed her goals:", "had one message for voters:").
SPEECH_NOUNS: Final[frozenset[str]] = frozenset(
    """advice answer argument assessment case caveat challenge demand explanation goal goals
    line message note plea pledge point prediction promise question quip reply request
    response retort summary take verdict view vow warning words""".split())
#: Cue forms that take a noun for something said as their object and then report nothing
#: themselves, leaving a quote after a colon to their subject ('Roe added a final caveat:').
SPEECH_OBJECT_CUES: Final[frozenset[str]] = frozenset({"add", "adds", "added", "adding"})
#: Nouns for a stage of life: "saw the city as a boy" tells what the subject was then.
LIFE_STAGE_NOUNS: Final[frozenset[str]] = frozenset(
    """baby boy child girl kid soldier student teen teenager toddler volunteer youngster
    youth""".split())
#: The forms of those that forecast a figure ("see rates at 3 percent").
FORECAST_SEE_FORMS: Final[frozenset[str]] = frozenset({"see", "sees"})
#: Prepositions before a forecast figure after such an object ("see rates | at 3 percent").
FORECAST_FIGURE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"above", "around", "at", "below", "between", "near"})
#: Words after "as" that open a clause or an adverbial, not a predicate ("saw him as he
#: left", "sees it as well", "as soon as").
NOT_PREDICATE_OPENERS: Final[frozenset[str]] = frozenset(
    """he she they we i it you his her their our if though soon well long much far of
    to per usual""".split())
#: Lemmas whose cue reports only in an as-clause or before a colon or a quote ("as the mayor
#: put it, ...", 'She put it bluntly: "..."'; not "he put it on the table").
AS_CLAUSE_LEMMAS: Final[frozenset[str]] = frozenset({"put it"})
#: Particles and prepositions after such a cue that make it a verb of placing, no cue ("as
#: he put it down", "as they put it out", "put it on sale"); "in" and "on" place only
#: before a lower-case word ("as she put it in May" reports).
PLACING_PARTICLES: Final[frozenset[str]] = frozenset(
    """down out off up away back aside together forward into onto over through under behind
    in on at""".split())

#: Particles after a cue's lemma that make it another verb, no cue ("he can show up to the
#: debate", "showed off the new plant"; "figures show up to 40 percent" still reports).
NON_CUE_PARTICLES: Final[dict[str, frozenset[str]]] = {"show": frozenset({"up", "off"})}
#: Objects after a cue's lemma (perhaps after a possessive or "the") that make it another
#: verb, no cue: taking up a post ("assumed office in 2019", "assumed the presidency").
#: ("Declared war" stays a report: a declaration is a speech act.)
NON_CUE_OBJECTS: Final[dict[str, frozenset[str]]] = {
    "assume": frozenset(
        """office power control command responsibility responsibilities leadership charge
        ownership presidency chairmanship role post helm mantle duties seat throne""".split()),
}

#: Words besides number words (``tokens.NUMBER_HINT``) that show a figure is what was
#: reported ("reported a 5 per cent rise").
FIGURE_WORDS: Final[frozenset[str]] = frozenset({"percent", "per", "cent"})

#: Forms of every other cue verb: they report only when a clause follows ("found that ...",
#: "show the rate rose"), a quote follows, the frame closes the sentence (", he added."), or the
#: subject is a document ("The study found ...").  Otherwise "police found a car" is no report.
WEAK_CUES: Final[frozenset[str]] = frozenset(
    form
    for lemma, forms in {**SPEECH_VERBS, **BELIEF_VERBS}.items()
    if lemma not in STRONG_LEMMAS
    for form in forms
)

#: Verbs whose first object is the hearer, not the content: "told Reuters", "warned investors".
HEARER_VERBS: Final[frozenset[str]] = frozenset(
    SPEECH_VERBS["tell"] + SPEECH_VERBS["warn"] + SPEECH_VERBS["inform"] + SPEECH_VERBS["assure"]
    + SPEECH_VERBS["promise"] + SPEECH_VERBS["ask"] + SPEECH_VERBS["urge"]
    + SPEECH_VERBS["advise"]
)
#: Lemmas of ``HEARER_VERBS`` whose hearer may be left out before a bare clause ("warned
#: inflation could rise": no hearer; "told" always has one).
OPTIONAL_HEARER_LEMMAS: Final[frozenset[str]] = frozenset({"warn", "promise"})
#: Particles after which a cue's first object is its hearer ("called on Congress to act").
HEARER_PARTICLES: Final[frozenset[str]] = frozenset({"on"})

#: Base forms of the reporting verbs ("say", "point"), as after "to".
BASE_FORMS: Final[frozenset[str]] = frozenset(
    lemma.split()[0] for lemma in {**SPEECH_VERBS, **BELIEF_VERBS}
) - {"post", "project", "answer", "quote", "continue", "go", "caution", "quip",
     "exclaim", "retort", "counter", "reason", "worry", "realise", "put", "attack", "link"}
#: Verbs that make their object say something ("led her to declare", "prompted the agency
#: to state", "forced him to admit", "caused many to wonder", "leaving voters to ask");
#: verbs that only permit or urge it ("allowed", "encouraged") report no saying that took
#: place.
OBJECT_CONTROL_VERBS: Final[frozenset[str]] = frozenset(
    """led lead leads leading prompted prompt prompts prompting drove drive drives driving
    forced force forces forcing spurred spur spurs spurring caused cause causes causing
    leaving""".split()
)
#: Verb forms that, between a name and a document noun, show the name is a speaker, not
#: the document's issuer ("Jo Roe said the report was late"; a form that is a noun or an
#: adjective too, "forecast", "proposed", "written", does not).
SPEAKING_FORMS: Final[frozenset[str]] = frozenset(
    SPEECH_VERBS["say"] + SPEECH_VERBS["tell"] + SPEECH_VERBS["add"]) | {"wrote", "writes"}
#: Reporting verb form -> lemma.
REPORTING_VERBS: Final[dict[str, str]] = {
    form: lemma.rstrip("_") for lemma, forms in {**SPEECH_VERBS, **BELIEF_VERBS}.items()
    for form in forms
}

#: Particles that belong to a cue ("pointed out", "called for", "calls on"): the verb form
#: is a cue only with one of them.
CUE_PARTICLES: Final[dict[str, tuple[str, ...]]] = {
    **dict.fromkeys(SPEECH_VERBS["point out"], ("out",)),
    # "pointed to" cites evidence; "points to" and "pointing to" mostly tell what a fact
    # means ("The evidence points to ...", "prices fell, pointing to a slowdown")
    "pointed": ("out", "to"),
    **dict.fromkeys(SPEECH_VERBS["rail against"], ("against",)),
    **dict.fromkeys(SPEECH_VERBS["speak about"], ("about", "of", "out")),
    **dict.fromkeys(SPEECH_VERBS["call"], ("for", "on")),
    **dict.fromkeys(SPEECH_VERBS["appeal"], ("for",)),
    **dict.fromkeys(SPEECH_VERBS["go on"], ("on",)),
    **dict.fromkeys(SPEECH_VERBS["put it"], ("it",)),
    **dict.fromkeys(SPEECH_VERBS["talk about"], ("about", "of")),
    **dict.fromkeys(SPEECH_VERBS["lash out"], ("out",)),
}

#: Prepositions that open a short adjunct between a particle cue and its particle ("talked
#: on the radio about", "spoke to reporters about"): read past only before "about" or
#: "against", which attach to the verb, not to the adjunct's noun ("the head of").
LATE_PARTICLE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"on", "in", "at", "to", "with", "during", "before"})
#: The particles a particle cue may take after such an adjunct.
LATE_PARTICLES: Final[frozenset[str]] = frozenset({"about", "against"})
#: Set phrases of manner between a particle cue and its particle ("spoke at length about").
PARTICLE_MANNER_PHRASES: Final[frozenset[tuple[str, str]]] = frozenset(
    {("at", "length"), ("in", "detail"), ("in", "depth")})
#: Adverbs of praise or blame that make "speak ... of" an idiom of judging someone ("spoke
#: highly of her", "speaks warmly of him"): no late particle is read past them.
EVALUATIVE_MANNER_ADVERBS: Final[frozenset[str]] = frozenset(
    """highly favorably favourably glowingly warmly fondly approvingly admiringly
    disparagingly dismissively kindly poorly proudly positively negatively harshly
    critically affectionately lovingly tenderly movingly reverently respectfully
    scathingly""".split()
)
#: Words after "as" that make it part of an adverb ("as well as", "as soon as"), no
#: preposition opening the ground of a judgement.
AS_ADVERB_WORDS: Final[frozenset[str]] = frozenset({"well", "soon", "much", "long", "far"})
#: How many tokens may stand between a particle cue and its late particle.
LATE_PARTICLE_REACH: Final = 6

#: Cue forms whose lemma depends on their particle: "pointed out" notes a fact (its plain
#: object may be what is shown: "pointed out the paintings"), "pointed to" cites evidence
#: (or points at a thing: "She pointed to the door" is read as a frame too).
PARTICLE_LEMMAS: Final[dict[tuple[str, str], str]] = {("pointed", "to"): "point to"}

#: Participles that attach a via source: "X, quoting Y, reported".
VIA_MARKERS: Final[frozenset[str]] = frozenset({"quoting", "citing"})

#: Verbs of issuing a statement ("issued a statement", "put out a statement", "sent out a
#: statement"): with one of ``STATEMENT_NOUNS`` as object they report what the statement says.
ISSUING_VERBS: Final[frozenset[str]] = frozenset(
    """issue issues issued issuing release releases released releasing put puts putting
    send sends sent sending""".split()
)
#: Verbs of writing: with one of ``WRITTEN_NOUNS`` as object ("wrote a letter urging ...",
#: "penned an op-ed on ...") a frame of the writer, like an issued statement.
WRITING_VERBS: Final[frozenset[str]] = frozenset(
    """write writes wrote writing pen pens penned penning""".split()
)
#: Pieces of writing whose writer speaks through them ("wrote a column mocking ...").
WRITTEN_NOUNS: Final[frozenset[str]] = frozenset(
    """letter letters op-ed op-eds column columns memo memos editorial commentary essay
    note piece pieces""".split()
)
#: Of those, nouns that before "of" count what they hold ("a piece of music"), no topic.
PARTITIVE_WRITTEN_NOUNS: Final[frozenset[str]] = frozenset({"piece", "pieces"})
#: Prepositions of a statement's topic: with one, a statement whose words the sentence does
#: not give is still a frame ("issued a statement on the vote"; not "issued a statement after
#: the vote").
STATEMENT_TOPIC_WORDS: Final[frozenset[str]] = frozenset(
    {"of", "on", "about", "in", "regarding", "concerning"})
#: Nouns of a statement issued by its speaker ("released the following statement:").
STATEMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"statement", "statements", "warning", "warnings", "paper", "papers"})
#: Words between an issuing verb and its statement noun ("issued a brief joint statement",
#: "released the following statement", "sent out a statement").
STATEMENT_MODIFIERS: Final[frozenset[str]] = frozenset(
    """a an the out following brief short joint written new formal lengthy another second
    follow-up separate official no several many other""".split()
)
#: Verbs that revise or keep one's own forecast ("cut its growth forecast to 2.9%", "kept
#: its forecast of $4 billion"): with a
#: possessive, a forecast noun and a figure after it, a frame of the verb's subject.
REVISING_VERBS: Final[frozenset[str]] = frozenset(
    """cut cuts cutting raise raises raised raising lower lowers lowered lowering revise
    revises revised revising trim trims trimmed trimming lift lifts lifted lifting boost boosts
    boosted boosting slash slashes slashed slashing upgrade upgrades upgraded upgrading
    downgrade downgrades downgraded downgrading reduce reduces reduced reducing increase
    increases increased increasing maintain maintains maintained maintaining reiterate
    reiterates reiterated reiterating keep keeps kept keeping affirm affirms affirmed
    affirming reaffirm reaffirms reaffirmed reaffirming hold holds held holding edge edges
    edged edging nudge nudges nudged nudging""".split()
)
#: Particles between such a verb and the possessive ("edged up its forecast", "revised down
#: its outlook").
REVISING_PARTICLES: Final[frozenset[str]] = frozenset({"up", "down"})
#: The forecasts such a verb revises ("its growth forecast", "their estimates").
FORECAST_NOUNS: Final[frozenset[str]] = frozenset(
    """forecast forecasts estimate estimates projection projections outlook guidance
    prediction predictions""".split()
)
#: Participles of estimating or proposing that, between a possessive and a figure, give the
#: figure to the possessor ("the league's recommended $2 million", "the agency's estimated
#: 40 deaths").
POSSESSED_FIGURE_PARTICIPLES: Final[frozenset[str]] = frozenset(
    """estimated projected reported recommended forecast claimed predicted expected alleged
    promised pledged proposed stated""".split()
)
#: Forms of "revise", which also revise a reported figure ("revised September's figure
#: down to 0.2 percent": a statistics office's new claim).
REVISE_FORMS: Final[frozenset[str]] = frozenset({"revise", "revises", "revised", "revising"})
#: Nouns for reported data that revising restates ("revised last month's figure").
REVISED_DATA_NOUNS: Final[frozenset[str]] = frozenset(
    {"figure", "figures", "number", "numbers", "data", "reading", "tally", "count", "total"})
#: Possessives before a forecast noun that make it the subject's own ("its", "their").
OWN_POSSESSIVES: Final[frozenset[str]] = frozenset({"its", "their", "his", "her", "our", "my"})
#: Words between a verb of ``NON_CUE_OBJECTS`` and its object ("assumed the presidency",
#: "assumed her post", "assumed full control").
NON_CUE_OBJECT_DETERMINERS: Final[frozenset[str]] = OWN_POSSESSIVES | {"the", "full", "sole"}
#: Verbs that state an estimate as "put the toll at 45" ("put", "peg", "place"): with one of
#: ``ESTIMATED_NOUNS`` in the object and "at" before a figure, a frame of the verb's subject.
ESTIMATE_AT_VERBS: Final[frozenset[str]] = frozenset(
    """put puts putting peg pegs pegged pegging place places placed placing""".split()
)
#: What such an estimate is of ("put the death toll at", "pegged his net worth at").
ESTIMATED_NOUNS: Final[frozenset[str]] = frozenset(
    """toll number figure total count cost costs damage damages loss losses value worth price
    size tally turnout bill estimate casualties surplus deficit shortfall gap""".split()
)
#: Verbs of sampling in a relative clause after a document noun ("The poll, which surveyed
#: 1,200 shops, found"): the figure they take is the document's sample.
SAMPLING_VERBS: Final[tuple[str, ...]] = (
    "surveyed", "polled", "questioned", "interviewed", "sampled", "covered", "followed",
    "tracked", "analysed", "analyzed", "studied", "examined", "reviewed")
#: Comparatives between such an estimate and a comma before "at" ("put the toll higher, at
#: 42", "put the number lower, at 264,000").
ESTIMATE_COMPARATIVES: Final[frozenset[str]] = frozenset(
    {"higher", "lower", "slightly", "far", "much", "considerably"})
#: Of those, nouns that make a frame only before their content or topic ("made the point
#: that ...", "made most of his points about ..."; not "made their point.", nor "made a point
#: of saying", where the participle reports).
TOPIC_NEEDING_NOUNS: Final[frozenset[str]] = frozenset({"point", "points"})
#: Light verbs whose object is a speech act ("made the case that ...", "gave a speech on
#: ...", "made no mention of ..."): a frame of the verb's subject, like an issued statement.
LIGHT_VERBS: Final[frozenset[str]] = frozenset(
    """make makes made making give gives gave given giving deliver delivers delivered
    delivering offer offers offered offering""".split()
)
#: The claims such a light verb makes ("the case", "a promise", "no mention"); not speech
#: events ("gave a speech in Ohio", "made his remarks at a breakfast"), which tell where
#: someone spoke, not what they claimed.
SPEECH_ACT_NOUNS: Final[frozenset[str]] = frozenset(
    """statement statements comment comments promise promises pledge pledges vow vows case
    argument claim claims mention announcement prediction predictions assurance
    assurances point points reference references secret testimonial testimonials thoughts
    opinion opinions""".split()
)

#: Forms of "make", which says a clause it makes clear ("made clear that ...").
MAKE_FORMS: Final[frozenset[str]] = frozenset({"make", "makes", "made", "making"})
#: Adjectives that, made of a clause, say it ("made clear that ...", "made it plain ...").
CLARITY_WORDS: Final[frozenset[str]] = frozenset({"clear", "plain"})
#: Verbs that voice an attitude noun ("expressed confidence that ...", "voiced concern the
#: plan ..."): with one of ``VOICED_ATTITUDES`` and a clause, a belief of the verb's subject.
VOICING_VERBS: Final[frozenset[str]] = frozenset(
    {"express", "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing"})
#: Nouns of belief or doubt that such a verb voices ("confidence", "concern", "doubts").
VOICED_ATTITUDES: Final[frozenset[str]] = frozenset(
    """confidence concern concerns doubt doubts optimism pessimism skepticism scepticism
    fear fears worry worries belief""".split())
#: Adjectives of certainty: after a linking verb and before a clause, a belief of the
#: verb's subject ("was sure the levy would pass", "are convinced that ...").
CERTAINTY_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {"sure", "unsure", "confident", "convinced", "certain", "uncertain", "aware", "adamant"})

#: Belief verbs that take "so" or "it" for a clause already said ("doesn't think so", "I
#: doubt it"): a frame of their subject with nothing claimed.
PROFORM_BELIEF_LEMMAS: Final[frozenset[str]] = frozenset(
    {"think", "believe", "hope", "doubt", "suspect", "reckon", "expect", "fear"})
#: The words that stand for that clause.
BELIEF_PROFORMS: Final[frozenset[str]] = frozenset({"so", "it"})

#: Verbs of sending or writing a message: a reporting participle after their object tells
#: what was sent ("emailed supporters saying ...", "sent a letter to the board asking ...").
SENDING_VERBS: Final[frozenset[str]] = frozenset(
    """sent sends send emailed emails e-mailed texted texts mailed faxed messaged wrote writes
    wired""".split()
)

#: Multi-word prepositional cues; the source follows ("according to the UN").
PREPOSITIONAL_CUES: Final[tuple[tuple[str, ...], ...]] = (
    ("according", "to"),
    ("in", "the", "words", "of"),
    ("as", "reported", "by"),
    ("as", "stated", "by"),
    ("as", "cited", "by"),
)

#: Documents and data that can be the source of a finding ("The study found", "Figures show").
DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    """study studies report reports survey surveys poll polls research analysis analyses
    results findings figures data statistics estimates estimate paper review census
    investigation inquiry audit test tests letter statement memo document documents
    projections models model assessment evaluation records record post posts message
    article website site ruling verdict judgment judgement scan scans experiment trial
    trials observations release releases editorial editorials email emails polling tally
    tallies evidence average averages filing filings transcript transcripts ledger ledgers
    chart charts numbers returns""".split()
)

#: Relative words after a document noun that open a clause inside a weak cue's subject ("the
#: survey that was taken in May showed ...").
DOCUMENT_RELATIVES: Final[frozenset[str]] = frozenset({"that", "which"})

#: Words a reporting verb skips before its content.
COMPLEMENTISERS: Final[frozenset[str]] = frozenset({"that", ":"})

#: Negated auxiliaries written as one token ("didn't", "won't").
NEGATED_AUXILIARIES: Final[frozenset[str]] = frozenset(
    """didn't doesn't don't wasn't weren't isn't aren't hasn't haven't hadn't won't wouldn't
    couldn't can't cannot shouldn't mustn't""".split()
)
#: Negations among those auxiliaries ("did not mention", "never confirmed").
NEGATIONS: Final[frozenset[str]] = frozenset({"not", "n't", "never"}) | NEGATED_AUXILIARIES
#: Words allowed between a speaker and the cue ("has also said", "later told").
AUXILIARIES: Final[frozenset[str]] = frozenset(
    """has have had is was were are be been will would did does do also later earlier
    previously then further separately publicly privately repeatedly already recently since
    once again however too not n't never still first initially subsequently twice thrice
    even only just always often may might could should can must reportedly allegedly
    apparently long now ever likely soon seldom nevertheless nonetheless therefore thus
    meanwhile instead sometimes indeed 've 'd 'll 're 'm am""".split()
) | NEGATED_AUXILIARIES

#: Words that end the tail of a post-content frame: ", he said on Thursday in a statement."
ADJUNCT_STARTS: Final[frozenset[str]] = frozenset(
    """on in at during after before via through from by when while as with without according
    late early earlier later last this afterwards again recently previously also week month
    year adding saying citing quoting referring speaking""".split()
) | WEEKDAY_NAMES | RELATIVE_DAYS

#: Adjunct starts that are time adjuncts only before a time noun ("said this week", not
#: "I think this vote is too early").
TIME_DETERMINERS: Final[frozenset[str]] = frozenset({"this", "last"})

#: Days and day words that end a speaker noun phrase ("said the minister on Tuesday").
DAY_WORDS: Final[frozenset[str]] = WEEKDAY_NAMES | RELATIVE_DAYS
#: Nouns of a time adjunct between a subject and its verb ("Roe last week said", "on
#: Monday night", "this past week").
TIME_NOUNS: Final[frozenset[str]] = frozenset(
    """week month year weekend morning afternoon evening night past""".split()
)
#: Units of a time span before "later" or "ago" ("a month later", "two days ago").
TIME_UNITS: Final[frozenset[str]] = frozenset(
    """minute minutes hour hours day days week weeks month months year years decade
    decades moment moments""".split()
)
#: Time words that end a span after a ground's preposition ("over the weekend", "for the
#: third time": ``GROUND_TIME_COUNTERS`` before them).
GROUND_TIME_WORDS: Final[frozenset[str]] = TIME_UNITS | frozenset(
    """time times weekend night nights morning afternoon evening""".split())
#: Words a determiner before them makes a time adjunct ("this week", "that night", "last
#: Friday"): nouns and units of time and day words.
TIME_WORDS: Final[frozenset[str]] = TIME_NOUNS | TIME_UNITS | DAY_WORDS
#: Words that count such units ("a few days later", "several weeks ago").
FEW_WORDS: Final[frozenset[str]] = frozenset({"few", "several", "some", "many"})
#: Words that open such an adjunct ("on Monday", "last week").
TIME_ADJUNCT_OPENERS: Final[frozenset[str]] = frozenset({"on", "last", "this", "earlier", "late"})

#: Function words that, capitalised, still end a name walking left ("Then Smith said"), where
#: other capitalised stop words may sit inside a name ("Bank of America").
CLAUSE_CAPS: Final[frozenset[str]] = frozenset(
    """that which who when where while because although though if since until after before
    as but and or so yet then there here also not no in on by with about during it he she
    they we i you is was were are has have had will would can could may might said says
    told than what how why whose into over under against between among through without
    within across despite like per""".split()
)

#: Finite verb forms and auxiliaries ("is", "has", "would", "'ll", "'d" for would or had).
FINITE_VERBS: Final[frozenset[str]] = frozenset(
    """is was were are has have had will would could can may might should must do does did
    be been being 're 've 'll 'm 'd wo""".split()
) | NEGATED_AUXILIARIES

#: Pronouns that take a bare present verb ("they say").
PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"i", "we", "you", "they"})

#: Collective and irregular plural nouns that take a bare present verb ("police say").
PLURAL_COLLECTIVES: Final[frozenset[str]] = frozenset(
    """people police media data staff children public government team army military
    authorities feds officials""".split()
)

#: Forms of "be" and link verbs: before a cue verb they make it passive ("was reported").
BE_VERBS: Final[frozenset[str]] = frozenset(
    """is was were are be been being am 's 'm 're get got gets become became becomes seem
    seems seemed remain remains remained""".split()
)

#: Words before a cue form that make it a noun or adjective ("the report", "an estimated 40",
#: "his claims", "police reports").
NOUN_MARKERS: Final[frozenset[str]] = frozenset(
    """the a an this that these those its his her their our my 's new recent latest initial
    early earlier official no any some first final annual several many further such other
    press news police two three four of in to for on with by whose your every each own""".split()
)
#: Endings of adjectives that, right after a determiner, make the cue form after them a noun
#: ("a preliminary | estimate", "an independent | study", "the leaked | report").
ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = (
    "ary", "al", "ive", "ous", "ic", "able", "ible", "less", "ful", "ent", "ed")
#: Words with those endings that are nouns or take a verb ("the president | reports").
NOT_ADJECTIVES: Final[frozenset[str]] = frozenset(
    """president resident student agent government department parent client patient
    opponent correspondent respondent incumbent dissident constituent general rival
    individual professional criminal official principal proposal animal""".split()
)
#: Cue forms that are never nouns or adjectives: after a noun marker they are verbs ("three
#: said", "some say").
VERB_ONLY_FORMS: Final[frozenset[str]] = frozenset(
    """say says said tell tells told""".split()
)
#: Noun markers that may also be the speaker right before a verb ("police said", "press
#: reported"): they do not turn the verb into a noun.
NOUN_MODIFIER_SOURCES: Final[frozenset[str]] = frozenset({"news", "police", "press"})

#: Lemmas whose cue takes "of" or "by" and still reports ("warned of", "complained of").
PREPOSITIONAL_OBJECT_LEMMAS: Final[frozenset[str]] = frozenset(
    {"warn", "inform", "assure", "speak", "complain"}
)

#: Subordinators before a participle cue ("while promising ...", "after saying ...").
PARTICIPLE_LINKS: Final[frozenset[str]] = frozenset(
    {"while", "whilst", "after", "before", "when", "by", "but", "beyond", "besides"}
)
#: Two-word links before such a participle, as (first word, second word): "aside from
#: saying he wants ...", "other than noting that ..." (what the subject did say).
PARTICIPLE_LINK_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("aside", "from"), ("apart", "from"), ("other", "than")})

#: Words after a comma that end the frame before them (", but ...", ", according to ...").
FRAME_CLOSERS: Final = frozenset({"according", "but", "and", "while", "as", "although"})

#: Prepositions that open the tail of a frame after its content, besides ``ADJUNCT_STARTS``
#: ("..., he said of the senator", "..., she told the crowd to cheers").
TAIL_OPENERS: Final[frozenset[str]] = frozenset(
    """of to about from into for outside inside near aboard over amid toward towards among
    under behind between across""".split()
)
#: Conjunctions after a frame set inside reported speech that join a clause going on with
#: what was said ("..., the bureau said, while oil rose 19 percent", "..., he said, and
#: their bills could climb").
JOINED_CONTENT_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"and", "but", "while"})
#: Words after the comma that ends a frame's tail and leave the frame closed ("..., she said
#: at a rally, where ...").
TAIL_CLOSERS: Final[frozenset[str]] = frozenset(
    """where when which who whom whose as after before because since while though although
    until if""".split()
)

#: Prepositions of an adjunct between a cue and "that" ("said at a news conference that").
ADJUNCT_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"to", "at", "during", "in", "on", "via", "through", "from", "since", "after", "before"}
)
#: Prepositions of a short adjunct between a cue and a clause with no "that" ("admitted
#: under questioning he had lied", "said at the hearing she would run"); not "to", whose
#: hearer may take a relative clause ("wrote to voters she met in May").
CLAUSE_ADJUNCT_PREPOSITIONS: Final[frozenset[str]] = (ADJUNCT_PREPOSITIONS - {"to"}) | {"under"}
#: Prepositions of a long setting adjunct before "that" ("said in a long memoir of the
#: war years that ...", "said during her closing address Friday that ...").
LONG_ADJUNCT_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "at", "during", "on"})
#: Openers of a duration adjunct right after a cue, before a time unit ("has said for
#: weeks that ...", "said for the past two years", "said for some time"); "for the first
#: time" is one of them.
DURATION_OPENERS: Final[frozenset[str]] = frozenset({"the", "past", "last", "some", "a", "many"})
#: Words that open a time adjunct right after a cue ("said on Monday", "said last week").
ADJUNCT_OPENERS: Final[frozenset[str]] = frozenset(
    """on in late early last this earlier later yesterday today again also publicly
    repeatedly recently previously tonight""".split()
)
#: Nouns and modifiers inside such an adjunct ("in a televised statement", "on Monday night").
ADJUNCT_NOUNS: Final[frozenset[str]] = frozenset(
    """statement interview week month year night morning afternoon evening conference news
    press release briefing speech letter post tweet report written televised joint brief
    radio television on""".split()
)

#: First words after a weak cue that show no clause follows ("found in", "thinks so").
NOT_CLAUSE_STARTS: Final[frozenset[str]] = frozenset(
    """in of about so to out up for on at with by from into off over as no nothing him them
    me us""".split()
)
#: Lemmas that, like belief verbs, report a clause whatever opens it ("suggested the
#: rate ...").
CLAUSE_LEMMAS: Final[frozenset[str]] = frozenset({"suggest", "indicate", "add", "note"})

#: Words that cannot open reported content: "a ceasefire agreed late in June" is no report.
CONTENT_NEVER_STARTS: Final[frozenset[str]] = frozenset(
    """at in on by for to from with after before during since until into over under as than
    and or but""".split()
)

#: Singular subjects before a present verb in -s ("he says", "nobody knows").
SINGULAR_SUBJECTS: Final[frozenset[str]] = frozenset(
    """he she it everybody everyone nobody someone somebody something nothing who that this
    there one""".split()
)
#: Words that contract with "'s" into a verb ("that's", "there's"), besides the pronouns.
CONTRACTING_WORDS: Final[frozenset[str]] = frozenset({"that", "there", "what", "who"})
#: Words after a past form that leave it a verb ("rose to", "reached about").
FUNCTION_AFTER_VERB: Final[frozenset[str]] = frozenset(
    """that to by in on at for from with into as up down out off over about more less than
    it him her them us me its his their our""".split()
)
#: Irregular past tenses ("rose", "fell") that show a clause has its verb.
IRREGULAR_PAST: Final[frozenset[str]] = frozenset(
    """rose fell grew made took gave went came saw got lost won left kept held became began
    ran paid sold bought built brought caught cost cut felt found hit hurt led lay met put
    read sent set shot spent stood struck told thought understood wrote broke chose
    drove stuck spoke sought fought taught drew threw flew knew swore tore shook forgot
    swung slid sank sang rang swam ate fled fed sped slept wept swept dealt lent bent
    quit split let shut hid forgave overcame withdrew undertook oversaw mistook awoke
    rode wore bore woke hung dug spun withheld upheld""".split()
)
#: Function words that may stand inside an earlier verb's phrase in a list of past verbs
#: ("vowed to act and raised doubts on the rate, argued ..."; other speaker stops, such as
#: "that", "who" or "said", open another clause whose subject may be the list's).
LIST_VERB_LINKS: frozenset[str] = frozenset({"and", "in", "on", "by", "with", "into", "onto"})
#: Words after ", according to X," that end the sentence's own clause (", and ...").
CLAUSE_LINKS: Final[frozenset[str]] = frozenset({"and", "but", "which", "who", "with", "while"})

#: Function words that can never be inside a speaker noun phrase.
SPEAKER_STOPS: Final[frozenset[str]] = frozenset(
    """that which who whom whose what when where while whilst whereas why how whether because
    although though if amid even unless since until after before as than so but and or nor yet then
    there here also not no is was were are be been being has have had will would shall
    should can could may might must do does did said says say told in on by with into onto
    upon over under about against between among through during without within across toward
    towards via per like unlike despite it its he she they we i you him her them us me""".split()
)

#: Prepositions of manner or means before a reporting participle ("erred in saying",
#: "responded by saying").
MANNER_PREPOSITIONS: Final[frozenset[str]] = frozenset({"by", "in"})
#: Words that may sit between such a preposition and its participle ("by first saying").
MANNER_ADVERBS: Final[frozenset[str]] = frozenset({"first", "again", "simply", "once", "also"})
#: Verb forms that take a prepositional object ("pointed to the poll", "turned to the
#: report", "according to a man who"): before one of ``NP_PREPOSITIONS`` they end a speaker
#: phrase read leftwards.
PREPOSITIONAL_OBJECT_VERBS: Final[frozenset[str]] = frozenset(
    """point points pointed pointing refer refers referred referring turn turns turned
    turning look looks looked looking listen listens listened listening respond responds
    responded responding talk talks talked talking return returns returned returning react
    reacts reacted reacting reply replies replied replying spoke speaks went goes
    according""".split()
)
#: Prepositions that may sit inside a speaker noun phrase ("spokesman for the ministry").
NP_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "for", "at", "from", "to", "in"})

#: Determiners stripped from canonical names ("the Russian Defense Ministry" -> name without "the").
DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my"}
)

# --------------------------------------------------------------------------------------------
# Speaker resolution.
# --------------------------------------------------------------------------------------------

#: Pronouns: number (sg / pl / any) and animacy (person / thing / any).
PRONOUNS: Final[dict[str, tuple[Literal["sg", "pl", "any"], Literal["person", "thing", "any"]]]] = {
    "he": ("sg", "person"),
    "she": ("sg", "person"),
    "they": ("pl", "any"),
    "it": ("sg", "thing"),
    "i": ("sg", "person"),
    "we": ("pl", "any"),
    "you": ("any", "person"),
}

#: Prepositions besides ``NP_PREPOSITIONS`` and ``FRONTED_PREPOSITIONS`` that open a fronted
#: phrase with no comma ("By Sunday she had ...", "During the debate he ...").
BARE_FRONTED_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"by", "during", "after", "before", "through", "with", "without", "on"})
#: Personal pronouns in the subject form, which end a fronted phrase with no comma ("By
#: Sunday she had ...").
SUBJECT_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "we", "i"})

#: Object forms of the pronouns, read as their subject form ("according to her" = "she").
OBJECT_PRONOUNS: Final[dict[str, str]] = {
    "him": "he", "her": "she", "them": "they", "me": "i", "us": "we",
}

#: First-person pronouns: inside a quote they refer to the quote's speaker.
FIRST_PERSON: Final[frozenset[str]] = frozenset({"i", "we"})

#: Honorifics and titles before a person's name; the person's name follows them.
HONORIFICS: Final[frozenset[str]] = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev.
    president vice prime minister secretary chancellor premier governor senator sen sen.
    rep rep. representative congressman congresswoman councilman councilwoman councilmember
    councillor councilor rector vice-rector provost vice-chancellor vice-president
    assemblyman assemblywoman alderman alderwoman supervisor trustee selectman selectwoman member
    magistrate mayor ambassador general gen gen.
    colonel col col. major maj lieutenant lt captain capt sergeant sgt commander admiral
    judge justice king queen prince princess sheikh emir sultan pope cardinal bishop
    archbishop imam rabbi chairman chairwoman chair ceo director chief spokesman
    spokeswoman spokesperson commissioner inspector superintendent detective officer coach
    manager president-elect emeritus senior deputy acting former undersecretary mp mep qc
    sc kc gov gov. lt. atty sgt. capt. adm adm. amb amb. supt supt. insp insp. det det. pres
    pres. hon hon. sens sens. govs govs. reps reps.""".split()
)

#: Titles of royalty and rulers, which go with a given name ("Prince Karim", "Sheikh
#: Hamad"), not a surname as "Mr" and "Sen." do.
GIVEN_NAME_TITLES: frozenset[str] = frozenset(
    """king queen prince princess sheikh emir sultan""".split()
)

#: Titles written with a period before a name ("Dr. Mara Lind"): one token with the period.
DOTTED_TITLES: Final[frozenset[str]] = frozenset(
    """Mr Mrs Ms Dr Prof Gen Sen Rep Gov Col Lt Capt Sgt Maj Adm Cmdr Rev Supt Insp Det Pres
    Hon St Sens Govs Reps""".split()
)

#: Role nouns that can stand for an earlier named source, and the kind of source they match.
#: "person" roles match a person introduced with that role word; "org" roles match an organisation
#: whose name contains one of the listed words.
PERSON_ROLES: Final[frozenset[str]] = frozenset(
    """spokesman spokeswoman spokesperson minister president prime secretary official officer
    governor senator mayor ambassador general commander chief director chairman chairwoman
    chair ceo founder researcher scientist professor author analyst economist expert lawyer
    attorney prosecutor judge coach manager curator leader envoy diplomat doctor physician
    commissioner chancellor premier king queen captain colonel inspector detective owner
    administrator head representative adviser advisor consultant editor editor-in-chief
    commander-in-chief reporter correspondent candidate nominee lawmaker frontrunner
    front-runner billionaire mogul
    businessman businesswoman actress actor singer star host anchor incumbent challenger
    contender hopeful president-elect congressman congresswoman councilman councilwoman
    councilmember assemblyman assemblywoman alderman alderwoman supervisor trustee selectman
    selectwoman magistrate justice cfo coo
    strategist pollster
    aide sheriff superintendent sergeant lieutenant marshal pastor bishop rabbi imam
    treasurer auditor coroner speaker developer investor donor activist financier
    entrepreneur prince princess sheikh emir sultan
    admiral columnist commentator pundit journalist writer historian comedian rapper
    filmmaker novelist lobbyist executive banker surgeon neurosurgeon whip comptroller
    guard""".split()
)
#: Nouns of a tie between two people, which a name may modify before the other person's
#: name or plural ("NBC colleague Jo Roe", "Lima ally Ana Vell", "Roe allies say"): the name
#: before them is no subject nor speaker, like a name before a role (they stand for no
#: earlier source, so they are no ``PERSON_ROLES``).
RELATION_NOUNS: Final[frozenset[str]] = frozenset(
    """colleague ally rival friend associate confidant confidante protege teammate classmate
    successor predecessor""".split()
)

#: Words of a newspaper's name ("the Orlo Sentinel", "the Daily Courier"): what "the
#: paper", "the daily", "the outlet" stand for.
_NEWSPAPER_WORDS: Final[tuple[str, ...]] = (
    "times", "post", "herald", "journal", "daily", "news", "gazette", "tribune", "telegraph",
    "guardian", "star", "sun", "mail", "express", "sentinel", "chronicle", "inquirer",
    "observer", "examiner", "courier", "dispatch", "bulletin", "globe", "register", "enquirer",
    "courant", "intelligencer")
#: Words of a broadcaster's name ("Vale Television", "BBC"): what "the broadcaster" stands for.
_BROADCASTER_WORDS: Final[tuple[str, ...]] = (
    "bbc", "cnn", "broadcasting", "television", "tv", "radio", "network")

#: Organisation role nouns ("the ministry", "the company") and the words of a name that
#: such a role noun may stand for ("Ministry", "Inc", "Airlines").
ORG_ROLES: Final[dict[str, tuple[str, ...]]] = {
    "ministry": ("ministry",),
    "department": ("department", "ministry"),
    "company": ("company", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc",
                "llc", "group", "co", "co.", "holdings", "airlines", "motors", "services",
                "industries", "technologies", "pharmaceuticals", "enterprises", "foods",
                "brands", "systems", "labs", "solutions", "networks", "stores", "petroleum",
                "electronics", "chemicals", "therapeutics", "logistics", "bancorp", "brewing",
                "apparel", "software", "pharma", "freight", "shipping", "biotech",
                "semiconductor", "semiconductors", "steel", "mining", "power", "electric",
                "utilities", "renewables", "energy", "insurance", "assurance", "realty",
                "restaurants", "hotels", "resorts", "telecom", "wireless", "entertainment",
                "studios", "pictures", "films", "pharmacy",
                "construction", "aerospace", "automotive", "robotics", "instruments",
                "materials", "minerals", "railways", "railroad", "rail"),
    "operator": ("operator", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.",
                 "plc", "llc", "group", "co", "co.", "holdings", "airlines", "airways", "rail",
                 "railways", "railroad", "transit", "lines", "logistics", "shipping", "port",
                 "ports", "airports", "utilities", "power", "energy", "grid", "networks"),
    "firm": ("firm", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "llc",
             "group", "company", "partners", "associates", "capital", "ventures",
             "investments", "securities", "financial", "ratings", "polling", "consulting",
             "analytics"),
    "agency": ("agency", "administration", "service", "news", "press", "yonhap", "reuters",
               "kcna", "xinhua", "tass", "afp", "ap", "bureau"),
    "bureau": ("bureau",),
    "studio": ("studio", "studios", "pictures", "films"),
    "consultancy": ("consultancy", "consulting", "consultants", "advisory"),
    "directorate": ("directorate",),
    "committee": ("committee", "commission"),
    "panel": ("committee", "subcommittee", "commission", "panel"),
    "commission": ("commission", "committee"),
    "council": ("council",),
    "court": ("court", "tribunal"),
    "government": ("government",),
    "administration": ("administration",),
    "regime": ("regime",),
    "city": ("city", "municipality", "town", "borough"),
    "town": ("town", "municipality", "city", "borough", "village"),
    "municipality": ("municipality", "city", "town", "borough"),
    "police": ("police", "constabulary"),
    "army": ("army", "forces", "military"),
    "military": ("military", "army", "forces"),
    "university": ("university", "college", "institute"),
    "institute": ("institute", "university"),
    "organisation": ("organisation", "organization", "nations"),
    "organization": ("organisation", "organization", "nations"),
    "group": ("group", "front", "coalition", "association", "movement", "network"),
    "team": ("team", "club", "fc", "afc", "athletic", "rovers", "wanderers", "albion",
             "rangers"),
    "club": ("club", "fc", "afc", "team", "athletic", "rovers", "wanderers", "albion",
             "rangers"),
    "league": ("league",),
    "alliance": ("alliance", "coalition"),
    "watchdog": ("watchdog", "commission", "inspectorate", "ombudsman", "regulator", "watch"),
    "franchise": ("franchise", "team", "club"),
    "coalition": ("coalition", "front", "alliance"),
    "party": ("party",),
    "campaign": ("campaign",),
    "church": ("church",),
    "newspaper": _NEWSPAPER_WORDS,
    "daily": _NEWSPAPER_WORDS,
    "tabloid": _NEWSPAPER_WORDS,
    "outlet": (*_NEWSPAPER_WORDS, *_BROADCASTER_WORDS, "magazine", "website"),
    "publication": (*_NEWSPAPER_WORDS, "magazine", "review", "weekly", "monthly"),
    "paper": ("times", "post", "herald", "journal", "daily", "news", "gazette", "tribune",
              "sentinel", "chronicle", "inquirer", "observer", "examiner", "courier",
              "dispatch", "globe"),
    "broadcaster": _BROADCASTER_WORDS,
    "network": ("network", "networks", "broadcasting", "television", "channel"),
    "charity": ("committee", "foundation", "trust", "fund", "charity", "society"),
    "nonprofit": ("foundation", "trust", "fund", "charity", "society", "institute", "center",
                  "centre", "alliance", "coalition", "project"),
    "fund": ("fund", "capital", "investments", "endowment", "pension", "pensions",
             "retirement"),
    "lender": ("lender", "bank", "bancorp", "savings", "credit", "mortgage", "loans",
               "lending"),
    "insurer": ("insurer", "insurance", "assurance", "mutual"),
    "center": ("center", "centre"),
    "centre": ("centre", "center"),
    "tank": ("institute", "center", "centre", "foundation", "council", "forum"),  # think tank
    "think-tank": ("institute", "center", "centre", "foundation", "council", "forum"),
    "foundation": ("foundation", "fund", "trust", "endowment"),
    "association": ("association", "society"),
    "federation": ("federation", "confederation"),
    "society": ("society", "association"),
    "board": ("board", "editorial"),
    "office": ("office",),
    "union": ("union", "brotherhood", "workers", "teamsters", "guild", "federation",
              "confederation"),
    "confederation": ("confederation", "federation"),
    "co-op": ("co-op", "cooperative", "op"),  # (a name's "Co-op" is linked as "co", "op")
    "cooperative": ("cooperative", "co-op", "op"),
    "bank": ("bank",),
    "exchange": ("exchange",),
    "utility": ("utility", "utilities", "power", "electric", "water", "gas", "grid"),
    "chain": ("stores", "restaurants", "pharmacy", "hotels", "supermarkets", "chain"),
    "regulator": ("authority", "commission", "agency", "regulator", "regulatory"),
    "authority": ("authority",),
    "authorities": ("authority", "authorities", "ministry", "government", "police"),
    "magazine": ("magazine",),
    "airline": ("airline", "airlines", "airways", "air"),
    "carrier": ("airline", "airlines", "airways", "air"),
    "school": ("school", "college", "academy"),
    "hospital": ("hospital", "clinic", "infirmary"),
    "website": ("website", "site"),
    "station": ("station",),
    "channel": ("channel", "network"),
    "study": ("study", "survey", "report"),
    "report": ("report", "study", "survey"),
    "survey": ("survey", "study", "report", "poll"),
    "poll": ("poll", "survey"),
}

#: Words after a name (its possessive, or the name as a modifier) that only a business has:
#: "Vell Power's chief executive", "Alder Steel executives" make an organisation of a name
#: of unknown kind, which a later "the company" may then stand for.
ORG_STAFF_WORDS: Final[frozenset[str]] = frozenset(
    {"executives", "shareholders", "stockholders", "subsidiary", "headquarters", "ceo",
     "chief executive", "chairman", "chairwoman", "board"})
#: Verbs of a person's charge right before a name that only an organisation is the object
#: of ("who heads Harbor Watch", "she founded Vell Labs").
ORG_LEADING_VERBS: Final[frozenset[str]] = frozenset(
    {"heads", "headed", "chairs", "chaired", "founded", "co-founded"})
#: Role nouns for the one a verb acted on ("the nominee" is whom someone nominated) and the
#: forms of that verb, whose object the role noun then stands for.
OBJECT_ROLE_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "nominee": ("nominate", "nominates", "nominated", "nominating"),
    "appointee": ("appoint", "appoints", "appointed", "appointing"),
}

#: Institution nouns that, written in lower case after a proper modifier, name an institution
#: together with it: "the Conservative government", "the Syrian army", "Ottawa police" are
#: sources named "Conservative government", "Syrian army", "Ottawa police".
INSTITUTION_HEADS: Final[frozenset[str]] = frozenset(
    """government administration regime cabinet ministry army military navy police
    authorities campaign union""".split()
)

#: Institutions that speak for the place they belong to: "Peru's government said" and "the
#: city of Tula said" are statements by Peru and Tula.
SPEAKS_FOR_PLACE: Final[frozenset[str]] = frozenset(
    ["government", "administration", "cabinet", "authorities", "city", "town", "municipality"]
)

#: Bare nouns that stand for a role noun without a determiner ("..., say feds").
ROLE_ALIASES: Final[dict[str, str]] = {"feds": "government"}

#: Lower-case nouns that give the proper name after "<noun> of" a role: "the city of Tula",
#: "the mayor of Tula" (a city), "the government of Peru" (a country whose government speaks),
#: "the church of Veritology" (an organisation).
ROLE_BEFORE_NAME: Final[dict[str, str]] = {
    "city": "city", "town": "town", "village": "town", "municipality": "city", "mayor": "city",
    "government": "government", "church": "church",
}

#: Lower-case nouns that give the proper name before them (directly or after "'s") a role:
#: "Tula mayor Jo Roe", "Tula city council", "Peru's government", "the Courier editorial
#: board" (a paper's editorial board speaks for the paper: "the board").
ROLE_AFTER_NAME: Final[dict[str, str]] = {
    "mayor": "city", "city": "city", "town": "town", "municipality": "city",
    "government": "government", "administration": "government", "cabinet": "government",
    "editorial": "board",
}

#: Nouns for a programme or a series that, right after a name, make the name its title
#: ("the Off Air podcast", "the Nightly Desk newsletter"): a work, no person or body.
WORK_NOUNS: frozenset[str] = frozenset(
    {"podcast", "podcasts", "programme", "newsletter", "blog", "documentary", "vlog"})

#: Nouns after a proper name that describe it rather than add to it: "the Reuters news agency"
#: names "Reuters", "the Islamic State group" names "Islamic State".
DESCRIPTOR_NOUNS: Final[tuple[tuple[str, ...], ...]] = (
    ("news", "agency"), ("agency",), ("newspaper",), ("daily",), ("broadcaster",),
    ("company",), ("firm",), ("group",), ("network",), ("website",), ("magazine",),
    ("channel",), ("television",), ("tv",), ("radio",), ("militia",), ("poll",),
    ("survey",), ("study",), ("report",), ("airline",),
    *((w,) for w in sorted(WORK_NOUNS)),
)

#: Last words that mark an organisation name (not a person).
ORG_SUFFIXES: Final[frozenset[str]] = frozenset(
    """ministry department directorate inspectorate secretariat agency committee commission
    council court government
    police army forces military university college institute institution organisation organization
    nations union association society foundation trust fund bank party front group
    coalition alliance movement church company corporation corp corp. inc inc. ltd ltd. plc
    llc co co. holdings authority office bureau service services board news times post
    herald journal daily gazette tribune telegraph guardian press network television radio
    channel centre center program programme administration navy airlines project league
    federation confederation club team school hospital laboratory lab parliament congress
    senate assembly cabinet municipality state states kingdom republic media sun star mail
    express review magazine reuters airways coastguard pharma pharmaceuticals freight
    shipping logistics biotech motors industries technologies co-op cooperative semiconductor
    semiconductors brotherhood system transit registry infirmary""".split()
)

#: Last words that mark an organisation's name of two words or more, though inside a name
#: or alone they may not ("Darrow Capital", "Orlo Systems", "Vell Research"; "Ana Power"
#: after a given name is a person's): the business words a company's or firm's name may
#: end with, and words that end a company's name as often as a public body's ("Vell
#: Energy", "the Department of Energy"), which "the company" does not look for.
ORG_FINAL_WORDS: Final[frozenset[str]] = frozenset(ORG_ROLES["company"]) | frozenset(
    ORG_ROLES["firm"]) | frozenset({"exchange", "energy", "health", "research",
                                    "communications"})
#: Words before "District" that make the name a public body's, no place's ("Halden School
#: District", "Orlo Water District").
DISTRICT_BODY_WORDS: Final[frozenset[str]] = frozenset(
    {"school", "water", "fire", "transit", "utility", "sewer", "irrigation", "hospital"})

#: Words that start a capitalised run but are not part of a name (sentence-initial function words).
NON_NAME_CAPITALS: Final[frozenset[str]] = frozenset(
    """the a an this that these those it its he she they we i you his her their our my in on
    at by for from of to with after before during since until when while as if but and or so
    yet also however meanwhile although though because despite last next according there
    here some many most several all both each every no not one two three what who which
    where how why mr mrs ms dr today yesterday even just only still now then thus instead
    indeed perhaps maybe again already yes nor unlike like among amid across against through
    without within upon toward towards beyond behind asked besides moreover furthermore
    nevertheless nonetheless otherwise therefore hence later earlier afterward afterwards
    overall ultimately eventually finally recently currently previously
    is are was were does did has have had could would should must""".split()
) | WEEKDAY_NAMES | MONTH_NAMES

#: Lower-case words that join two capitalised parts of one name ("Bank of England",
#: "Council on Foreign Relations", "Ludwig van Beethoven").
NAME_CONNECTORS: Final[frozenset[str]] = frozenset(
    {"of", "for", "on", "and", "&", "de", "du", "van", "von", "al", "bin",
     # the particles of Romance and Arabic surnames ("Pereira da Silva", "Ortega y Gasset")
     "del", "della", "di", "da", "dos", "das", "y", "ibn"}
)
#: Two-word particles inside a surname, by their first word ("Ruiz de la Cruz", "de los
#: Santos", "Hans van der Berg"): written in lower case between capitals, one name.
NAME_PARTICLE_PAIRS: Final[dict[str, frozenset[str]]] = {
    "de": frozenset({"la", "las", "los"}),
    "van": frozenset({"der", "den"}),
    "von": frozenset({"der", "den"}),
}

#: Determiners before a role noun that make it point back at a named source ("the
#: spokesman", "this agency").
ROLE_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "this", "that"})

#: Prepositions that open a phrase after a mention's lower-case head ("a spokesman for the
#: Front"): a name inside it is not the speaker.
HEAD_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "for", "at", "from", "to", "in"})

#: Words that join two capitalised names into one speaker ("Smith and Jones", "AT & T").
NAME_JOINERS: Final[frozenset[str]] = frozenset({"and", "&"})
#: Conjunctions that, after a comma, open a new clause (", and the army said ...").
CLAUSE_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"and", "or"})
#: Words that open a later clause after a comma, whose subject a participle at the end of
#: that clause continues ("Prices fell, but the bank held its rate, saying ...").
CLAUSE_JOINERS: Final[frozenset[str]] = frozenset(
    """and but as while whereas though although because since when""".split()
)
#: Indefinite articles ("a spokesman", "an analyst").
ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
#: First-person pronouns that drop a belief verb into a quote ("I think", "we believe").
ASIDE_PRONOUNS: Final[frozenset[str]] = frozenset({"i", "we"})
#: Relative pronouns whose antecedent is the speaker ("the ministry, which said ...").
RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which"})
#: Those and "that": the words that open a relative clause after a speaker's head
#: ("officials | who reviewed the plan", "voters | that may switch").
RELATIVE_WORDS: Final[frozenset[str]] = RELATIVE_PRONOUNS | {"that"}
#: Conjunctions before a verb that share the sentence's subject ("..., but said ...").
SHARED_SUBJECT_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"and", "but"})
#: Prepositions that make a cue a noun or a passive ("reports of", "reported by").
BY_OR_OF: Final[frozenset[str]] = frozenset({"by", "of"})
#: Prepositions after "told" or "warned" that introduce the topic, not a hearer ("warned of").
TOPIC_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "about"})
#: Prepositions of an adjunct that need more than one word ("said on Monday", not "said on").
SHORT_ADJUNCT_PREPOSITIONS: Final[frozenset[str]] = frozenset({"on", "in"})
#: Prepositions that join a name only before a capital or determiner ("the envoy to the UN").
NAME_ONLY_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "to"})
#: Speaker-stop words that may still sit in a stray-comma subject ("The firm in Paris, said").
STRAY_SUBJECT_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "on", "by", "with"})
#: Evidential words that may be the claim's own cue ("The group claimed ..."), read there
#: by the claim-verb rule instead.
CLAIM_CUE_EVIDENTIALS: Final[frozenset[str]] = frozenset({"claimed", "alleged"})
#: Pronouns that refer to a person only ("he said").
PERSONAL_PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she"})
#: Pronouns that may refer to a named source of unknown kind only once it has spoken.
NON_PERSONAL_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "they"})
#: Words after a comma that show the complement of a participle cue (", adding that").
PARTICIPLE_COMPLEMENTS: Final[frozenset[str]] = frozenset({"that", "to"})

#: Particles inside personal names ("Naji al-Mustafa", "Ludwig van Beethoven").
NAME_PARTICLES: Final[frozenset[str]] = frozenset(
    {"al", "al-", "el", "bin", "ibn", "de", "del", "della", "der", "di", "da", "du", "van", "von",
     "la", "le", "ben", "abu", "st", "st.", "y", "dos", "das"}
)

#: Function words skipped when forming an acronym from a full name ("United Nations" -> UN).
ACRONYM_SKIP: Final = frozenset({"of", "the", "and", "for", "&", "on", "in", "de", "at"})

# --------------------------------------------------------------------------------------------
# Hedges (modal, evidential, disputed).  Bounds and approximations belong to the quantity code.
# --------------------------------------------------------------------------------------------

#: Modal verbs and epistemic adverbs that make a figure possible rather than asserted.
MODAL_CUES: Final[frozenset[str]] = frozenset(
    """could may might would should can possibly perhaps probably likely unlikely potentially
    maybe conceivably presumably""".split()
)

#: Evidential adverbs and adjectives: the figure is passed on, not vouched for.
EVIDENTIAL_CUES: Final[frozenset[str]] = frozenset(
    """reportedly allegedly purportedly supposedly apparently ostensibly seemingly alleged
    purported supposed unconfirmed unverified claimed rumoured rumored""".split()
)

#: Multi-word evidential phrases ("said to", "believed to", "according to unverified reports").
EVIDENTIAL_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("said", "to"), ("believed", "to"), ("thought", "to"), ("reported", "to"),
    ("rumoured", "to"), ("rumored", "to"), ("alleged", "to"), ("claimed", "to"),
    ("unconfirmed", "reports"), ("unverified", "reports"), ("unconfirmed", "report"),
    ("unverified", "report"),
)

#: Reporting lemmas whose attribution itself is an evidential hedge ("X claimed that 40 died").
EVIDENTIAL_REPORTING_LEMMAS: Final[frozenset[str]] = frozenset({"claim", "allege"})

#: Verbs and nouns that dispute a claim.
DISPUTE_CUES: Final[frozenset[str]] = frozenset(
    """dispute disputes disputed disputing deny denies denied denying denial question
    questions questioned questioning contest contests contested contesting reject rejects
    rejected rejecting refute refutes refuted refuting rebut rebuts rebutted challenge
    challenges challenged challenging dismiss dismisses dismissed dismissing contradict
    contradicts contradicted contradicting doubted""".split()
)

#: Words just before a dispute cue that cancel it ("not disputed", "never denied").
DISPUTE_NEGATORS: Final = frozenset({"not", "never", "n't", "no", "undisputed", "nobody"})

#: Nouns that let a dispute in the next sentence point back at a figure ("the toll").
CLAIM_NOUNS: Final[frozenset[str]] = frozenset(
    """figure figures toll tolls number numbers count estimate estimates claim claims report
    reports account accounts tally bill data statistics statement statements assessment
    allegation allegations version casualties total totals""".split()
)
#: Nouns of promising that report a to-infinitive after a possessor ("her pledge to hire
#: 40 nurses", "the city's vow to rebuild").
PROMISE_NOUNS: Final[frozenset[str]] = frozenset(
    {"promise", "promises", "pledge", "pledges", "vow", "vows"})
#: Words before a claim noun that make it point back ("the figure", "such claims").
CLAIM_DETERMINERS: Final[frozenset[str]] = DETERMINERS | {"such"}
#: Pointing words that, before a claim noun or pronoun, point back ("this account", "that it").
CLAIM_POINTERS: Final[frozenset[str]] = frozenset({"this", "that", "these", "those", "such"})
#: What may follow a pointing word to point back at the claim.
CLAIM_ANAPHORS: Final[frozenset[str]] = CLAIM_NOUNS | CLAIM_POINTERS | {"it"}
#: Evidential phrases whose first word hedges every number of the sentence ("unconfirmed
#: reports"), not only those in its clause.
SENTENCE_WIDE_EVIDENTIALS: Final[frozenset[str]] = frozenset({"unconfirmed", "unverified"})

#: Words that open a new clause inside a sentence; a modal beyond one does not govern a number.
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset(
    """but although though whereas while because which who whom unless yet however""".split()
)

#: Cue forms that are also nouns ("state media", "the report", "claims of"): they need a clause,
#: a complementiser, a quote or a closing position to count as a cue, and do not stop a speaker
#: noun phrase ("Syrian state media said").
AMBIGUOUS_NOUN_FORMS: Final[frozenset[str]] = frozenset(
    """report reports state states estimate estimates claim claims comment comments note notes
    rule rules show shows find finds post posts quote quotes reply replies answer answers
    warning warnings finding findings ruling rulings tweet tweets remark remarks doubt
    doubts fear fears hope hopes thought feeling feelings promise promises forecast
    forecasts reading writing writings recall projects saying sayings complaint complaints
    mention mentions think
    testimony demand demands pledge pledges vow vows call calls appeal appeals joke jokes
    shout shouts
    boast boasts dispute disputes caution talk talks recounts""".split()
)

#: Number words that count people in a speaker phrase ("six in 10 said", "one in four").
SMALL_NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    """one two three four five six seven eight nine ten""".split()
)
#: Participles by which a pollster asks a group ("economists polled by Reuters", "voters
#: surveyed for the Herald"): the group speaks, not the pollster.
POLLED_PARTICIPLES: Final[frozenset[str]] = frozenset(
    """polled surveyed interviewed contacted questioned asked""".split()
)
#: Nouns of a poll after "in a" ("economists in a Reuters poll": the economists speak).
POLL_NOUNS: Final[frozenset[str]] = frozenset({"poll", "survey"})
#: Words before a share that is a cue's subject ("Only 12 percent said ...", "Another 17
#: percent said"): the share is then of a poll's respondents.
SHARE_OPENERS: Final[frozenset[str]] = frozenset(
    """only just another about some nearly almost roughly around over under barely fully
    more fewer less than""".split()
)
#: Verbs that tell how a poll was taken, after "It" or "The poll/survey" opening the sentence
#: after the poll's frame ("It surveyed 650 voters", "The survey reached 1,050 people"): its
#: figures are the poll's.
POLL_METHOD_VERBS: Final[frozenset[str]] = frozenset(
    """surveyed polled questioned interviewed sampled reached contacted included""".split()
)
#: Nouns for the taker of a poll, which may open a sentence telling how it was taken ("The
#: institute surveyed 900 adults").
POLLSTER_NOUNS: Final[frozenset[str]] = frozenset(
    """institute pollster pollsters firm group center centre company organisation organization
    researchers foundation university""".split()
)
#: Of them, the verbs that tell of polling whatever their subject ("The institute surveyed
#: 900 adults"; not "The city reached 400 homes", "Police questioned 40 people").
POLLING_VERBS: Final[frozenset[str]] = frozenset({"surveyed", "polled", "sampled"})
#: Phrases after "It" or "The poll" that tell how a poll was taken, with no count after
#: them ("The survey was conducted online", "It had a margin of 4 points").
POLL_METHOD_PHRASES: Final[frozenset[str]] = frozenset(
    {"was conducted", "were conducted", "has a margin", "had a margin"})
#: Marks a sentence may open with before its first word (white space and quote marks).
SENTENCE_OPENING_MARKS: Final[frozenset[str]] = frozenset({" ", "\n", '"', "'", "\u201c"})
#: Words that open a fronted phrase naming the group a share is of ("Of the 300 staff, only
#: 12 percent said", "Among nurses, 40 percent said"): no poll's respondents then.
SHARE_BASE_OPENERS: Final[frozenset[str]] = frozenset({"of", "among"})
#: Words for "percent" after such a share's figure ("12 percent", "12 per cent").
PERCENT_WORDS: Final[frozenset[str]] = frozenset({"percent", "per cent", "pct"})
#: Words after a figure that make it a poll's share ("at 44 percent", "on 36 per cent", "at
#: 12 points", "at 44 %").
STANDING_UNITS: Final[frozenset[str]] = frozenset({"percent", "pct", "per", "points", "%"})
#: Prepositions that put a candidate or party at such a share ("put Roe at 44 percent").
STANDING_PREPOSITIONS: Final[frozenset[str]] = frozenset({"at", "on"})
#: Participles that, with a preposition, modify a speaker noun ("economists polled by X",
#: "a poll released on Tuesday", "a survey conducted by X").
MODIFIER_PARTICIPLES: Final[frozenset[str]] = POLLED_PARTICIPLES | frozenset(
    """cited quoted released published conducted commissioned issued taken carried sponsored
    funded filed prepared compiled collected gathered obtained reviewed analyzed
    analysed""".split()
)
#: Prepositions after such a participle.
MODIFIER_PREPOSITIONS: Final[frozenset[str]] = frozenset({"by", "on", "in", "for", "last", "this"})
#: Adjective + preposition pairs inside an unnamed-source phrase ("officials familiar with
#: the talks", "a source close to the mayor").
SPEAKER_POSTMODIFIERS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("familiar", "with"), ("close", "to"), ("knowledgeable", "about"), ("briefed", "on"),
     ("involved", "in"), ("opposed", "to"), ("loyal", "to")}
)

#: Adjectives between "with" and "knowledge of" in an unnamed source's postmodifier
#: ("officials with direct knowledge of the talks").
KNOWLEDGE_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {"direct", "firsthand", "first-hand", "detailed", "intimate", "personal", "some"})

#: Participles and adjectives of a source's request to stay unnamed ("asked not to be
#: named"): such a request is no claim.
ANONYMITY_WORDS: Final[frozenset[str]] = frozenset({"named", "identified", "quoted", "anonymous"})

#: Verb forms that head a title-case headline ("Mayor Says Budget Will Rise").
HEADLINE_VERBS: Final[frozenset[str]] = frozenset(
    """says said tells told warns warned claims claimed predicts predicted insists insisted
    admits admitted denies denied confirms confirmed calls urges urged vows vowed shows
    finds suggests announces announced reveals revealed reveal promises promised pledges
    pledged tweets tweeted explains explained responds responded asks asked thinks believes
    say tell warn claim urge vow find show suggest announce explain promise pledge tweet ask
    think believe respond""".split()
)
#: Words a title-case headline leaves in lower case ("Deal on the Table").
TITLE_CASE_SMALL_WORDS: Final[frozenset[str]] = frozenset(
    """a an the and but or nor for of on in at to by with from as via vs per into""".split()
)
#: Prepositions that open a headline credit's tail before its colon ("Lima to farm
#: group: ...", "Roe on the levy: '...'", "Former AG Roe at rally: ...").
CREDIT_TAIL_PREPOSITIONS: Final[frozenset[str]] = frozenset({"to", "on", "at"})
#: How many words such a tail may hold.
CREDIT_TAIL_REACH: Final = 6
#: Lower-case nouns for a speaker's side or house organ that may end a colon credit after
#: a name ("Lima camp: ...", "Tula Herald editorial: ...").
CREDIT_BODY_NOUNS: Final[frozenset[str]] = frozenset(
    {"camp", "campaign", "editorial", "aides", "team", "spokesman", "spokeswoman"})
#: Capitalised labels before a colon that credit no one ("Update:", "Editor's Note:").
COLON_LABELS: Final[frozenset[str]] = frozenset(
    """update updates note correction clarification watch more related see listen video photo
    photos breaking exclusive opinion analysis live warning disclaimer transcript summary
    agenda background context highlights categories category tags topics why what how who
    when where here there this that it answer question questions email e-mail twitter
    facebook instagram website web phone fax contact contributing wow bombshell
    latest""".split()
) | frozenset({"editor 's note", "editors 's note", "read more", "see also", "full text",
               "bottom line", "the bottom line", "key points", "the latest", "q", "a"})

#: Verbs that take a reporting verb as their to-infinitive ("went on to say", "is expected
#: to announce", "refused to confirm" is not among them: a refusal reports nothing), with
#: the adjective that does so too ("was able to say"; not "unable to confirm" nor "has yet
#: to confirm", which report nothing).
CATENATIVE_VERBS: Final[frozenset[str]] = frozenset(
    """went go goes going expected expects likely unlikely wanted wants want tried tries
    try continued continues continue began begins begin proceeded proceeds appeared appears
    seemed seems seem used happened happens decided decides chose chooses quick eager keen
    careful ready willing poised able""".split()
)
#: Degree words and floating quantifiers before a catenative adjective ("more likely to
#: say", "were all quick to point out").
DEGREE_WORDS: Final[frozenset[str]] = frozenset(
    """more less most least very so as much far even also still all both""".split()
)
#: Particles between a catenative verb and "to" ("went on to say").
CATENATIVE_PARTICLES: Final[frozenset[str]] = frozenset({"on"})
#: Set phrases whose verb takes the cue as its -ing or to-infinitive complement and shares
#: its subject ("made a point of saying", "began by saying", "has taken to saying", "kept
#: asking").
CUE_LEAD_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(
    (verb, *rest)
    for verbs, rest in (
        ("make makes made making", ("a", "point", "of")),
        ("begin begins began begun beginning start starts started starting open opens "
         "opened opening", ("by",)),
        ("take takes took taken taking", ("to",)),
        ("keep keeps kept keeping", ()),
        ("resist resists resisted resisting", ()),  # "could not resist pointing out"
    )
    for verb in verbs.split()
)
#: Cue forms that are adjectives too ("a detailed plan", "more detailed"): a cue only
#: right after its subject or an auxiliary and before what opens its object ("The paper
#: has detailed the payments", "which the bank detailed in filings").
ADJECTIVAL_CUE_FORMS: Final[frozenset[str]] = frozenset({"detailed"})
#: Words that open a cue's object (or follow an object gap) after such a form.
ADJECTIVAL_CUE_FOLLOWERS: Final[frozenset[str]] = frozenset(
    """the a an his her their its our this these those how what why in to on at
    plans""".split())
#: Base forms of cues that are nouns too ("a ticket tout"): a cue only after "to" or an
#: auxiliary ("was able to tout", "will tout").
VERBAL_ONLY_BASE_FORMS: Final[frozenset[str]] = frozenset({"tout"})
#: Lead verbs of ``CUE_LEAD_PHRASES`` that share the cue's subject only when negated:
#: "could not resist pointing out" says it, "resisted pointing out" does not.
NEGATED_ONLY_LEADS: Final[frozenset[str]] = frozenset(
    {"resist", "resists", "resisted", "resisting"})
#: Forms of "be" fused with a negation ("isn't saying", "wasn't claiming").
NEGATED_BE_VERBS: Final[frozenset[str]] = frozenset({"isn't", "wasn't", "aren't", "weren't"})

#: Prepositions that open the topic of a question ("asked Roe about the plan").
QUESTION_TOPIC_WORDS: Final[frozenset[str]] = frozenset({"about"})
#: Words that open an indirect question ("asked the mayor on Friday whether ...").
QUESTION_WORDS: Final[frozenset[str]] = frozenset(
    """whether if why how what when where who which""".split()
)
#: Sentence adverbs and time words that open a sentence before its subject ("However,",
#: "Hours later,", "Back in 1999,").
SENTENCE_ADVERBS: Final[frozenset[str]] = frozenset(
    """however moreover meanwhile therefore thus still now then instead indeed also besides
    furthermore nevertheless nonetheless similarly likewise separately elsewhere overall
    ultimately finally first second third again back hours days weeks months years moments
    minutes decades later earlier just shortly soon""".split()
)
#: Prepositions that open a fronted adverbial before a sentence's subject ("Beyond the
#: footage, the affidavit said ...", "Amid the protests, Roe ...").
FRONTED_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    """beyond inside outside alongside despite amid amidst against behind throughout unlike
    like following toward towards within across under over near among amongst upon""".split()
)
#: Words that open an adverbial set off by a comma before a sentence's subject, which a
#: pronoun or description after it still opens the sentence as its subject ("In Tula last
#: week, he said", "After the vote, the mayor left"): the fronted prepositions and those of
#: time and place.
FRONTED_ADJUNCT_OPENERS: Final[frozenset[str]] = FRONTED_PREPOSITIONS | frozenset(
    """in at on after before during since with without from""".split())
#: Means of saying after "by" ("said by telephone"): an adjunct, not a passive's agent.
MEDIUM_NOUNS: Final[frozenset[str]] = frozenset(
    """phone telephone email e-mail text letter video videolink satellite mail fax
    videoconference""".split()
)
#: Set phrases of manner or time between a subject (or auxiliary) and its verb ("have in
#: fact reported", "has in the past said").
VERB_ADJUNCT_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("in", "fact"), ("in", "the", "past"), ("in", "private"), ("in", "public"),
    ("at", "first"), ("in", "turn"), ("in", "addition"), ("at", "times"), ("in", "part"),
    ("at", "the", "time"), ("in", "recent", "years"), ("in", "recent", "weeks"),
    ("in", "recent", "days"), ("on", "occasion"), ("at", "one", "point"),
    ("in", "particular"), ("earlier", "in", "the", "day"), ("later", "in", "the", "day"),
)
#: Quantifiers floated between a plural subject and its verb ("Roe and Lind have both
#: argued", "the unions all said").
FLOATING_QUANTIFIERS: Final[frozenset[str]] = frozenset({"both", "all", "each"})
#: Possessive determiners that name the holder of a claim ("his claim that ...").
POSSESSIVE_DETERMINERS: Final[frozenset[str]] = frozenset(
    {"his", "her", "their", "its", "our", "my"})
#: Reflexives that stress a speaker right after it ("The mayor himself told ...").
REFLEXIVE_INTENSIFIERS: Final[frozenset[str]] = frozenset(
    {"himself", "herself", "itself", "themselves"})
#: Conjunctions that open a sentence before its subject ("But Roe said ...").
OPENING_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"but", "and", "so", "yet", "or", "plus"})
#: Subordinators that open a clause before the main clause's subject ("If he wins, ...").
SUBORDINATORS: Final[frozenset[str]] = frozenset(
    """if although though because once unless until whereas whether even since when while
    as after before""".split()
)
#: Of those, the ones opening an adverbial clause that a coordinated verb after it belongs
#: to even with no comma before them ("Lima left after Roe toured the mill and said ...";
#: not "whether", "if": "deciding whether Roe could sue but said" is unclear).
ADVERBIAL_SUBORDINATORS: Final[frozenset[str]] = frozenset(
    """after before when because since although though while whereas""".split())
#: Subordinators of contrast or concession: a sentence they open holds its main clause after
#: the first comma ("While Roe stalled, Lima said ..."), whose subject is the sentence's.
CONTRAST_SUBORDINATORS: Final[frozenset[str]] = frozenset({"while", "although", "though",
                                                           "whereas"})
#: Subordinators of condition: like those of contrast, a sentence they open holds its main
#: clause after the first comma ("If Roe loses, Lima said ..."), whose subject is the
#: sentence's.
CONDITION_SUBORDINATORS: Final[frozenset[str]] = frozenset({"if", "unless"})
#: Words after a name's "'s" that show it is "is" or "has" cut short, not a possessive: the
#: name is then its clause's subject ("Roe's been saying so", "Roe's not convinced").
CONTRACTED_VERB_FOLLOWERS: Final[frozenset[str]] = frozenset(
    """been going gone got gotten done become not never""".split()
)
#: Relative adverbs that open a clause with a subject of its own after a comma ("..., where
#: its sponsor said", "..., when the bank said").
RELATIVE_ADVERBS: frozenset[str] = frozenset({"where", "when"})
#: Cue forms that also modify an office title: before a capitalised title they are no verb
#: ("state Treasurer Paul Okoye", "state Sen. Jo Roe"; not "polls show Sen. Roe ahead").
OFFICE_MODIFIERS: frozenset[str] = frozenset({"state"})
#: Subordinators of a fronted time or reason clause whose subject a "he"/"she" opening the
#: main clause refers back to ("When Roe was asked ..., he said"); not "if" or "unless".
CLAUSE_SUBORDINATORS: frozenset[str] = frozenset(
    """when after before while as although though because since once""".split()
)
#: Last words of a time phrase before a comma ("A few days later,", "Two weeks ago,").
TIME_PHRASE_ENDS: Final[frozenset[str]] = frozenset({"later", "earlier", "ago", "before", "after"})
#: Focus adverbs between a comma and a participle cue (", only saying").
FOCUS_ADVERBS: Final[frozenset[str]] = frozenset(
    {"only", "also", "then", "again", "even", "all", "often", "still", "later", "never"}
)
#: Words in -ing that are no verb a participle cue can be coordinated with ("..., including
#: the mayor and saying" is no "calling X and saying").
NON_VERB_ING_WORDS: Final[frozenset[str]] = frozenset(
    """during including according regarding concerning following pending excluding
    considering notwithstanding morning evening nothing something anything everything
    building meeting funding spending""".split()
)
#: Words after a participle that opens a sentence ("Asked about ...", "Speaking to ...",
#: "Having announced ...", "Rattling off ..."), besides -ed and -ing words.
PARTICIPLE_FOLLOWERS: Final[frozenset[str]] = frozenset(
    """about on to at in by with from for after before during that whether if why how what
    off out up down over through into a an the his her their its this these those
    not""".split()
)
#: Words that count people and may be a subject on their own ("Some said", "One in four
#: said", "most of them said").
COUNTING_WORDS: Final[frozenset[str]] = frozenset(
    """some many several most both few all others none one two three four five six seven
    eight nine ten""".split()
)
#: Relative words before a cue's subject whose gap is the content's subject ("the money
#: that he said was lost", "what she says is a mistake").
GAP_RELATIVES: Final[frozenset[str]] = frozenset({"that", "which", "what", "who", "whom"})
#: Cues whose object may be the gap of a relative clause, reporting its antecedent ("a
#: figure the army disputed", "$40, which she claimed as the typical fee").
GAP_OBJECT_LEMMAS: Final[frozenset[str]] = frozenset(
    """claim deny dispute acknowledge admit mention propose promise pledge predict forecast
    cite report announce confirm estimate reveal tweet say write detail""".split()
)  # not "concede": with no object it gives up a race ("... and that Roe conceded.")
#: Of those, the verbs whose object is a thing made, not a claim, or a claim rejected: a
#: figure in the noun phrase the gap stands for is not what the subject reports ("the 40
#: books she wrote", "the 4 percent figure the ministry denied").
UNCLAIMED_OBJECT_LEMMAS: Final[frozenset[str]] = frozenset(
    {"write", "tweet"}) | NEGATING_LEMMAS
#: Relative words before the subject of such a clause ("which he denied", "what she wrote";
#: after "that" a clause with no object reports too: "said that she admitted.").
GAP_OBJECT_RELATIVES: Final[frozenset[str]] = frozenset({"which", "that", "what", "whom"})
#: Indefinite heads of such a clause with no relative word ("something he denied"; not
#: "anything", mostly a comparison: "as bold as anything she said").
INDEFINITE_HEADS: Final[frozenset[str]] = frozenset({"something", "everything"})
#: Words after such a cue that show its object is the gap: prepositions opening an
#: adjunct or a complement ("claimed as the typical fee", "denied to me", "mentions on the
#: trail"), and conjunctions ("which he denied and which ...").
GAP_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {"as", "to", "on", "in", "at", "during", "under", "since", "and", "but", "for"}
)
#: Of those, the words that open what the clause claims of its gap ("which she claimed | as
#: the typical fee", "a crowd the police estimated | at 3,000": "at" only before a figure).
GAP_COMPLEMENTS: Final[frozenset[str]] = frozenset({"as", "at"})
#: Prepositions before such a relative word: "on which the court ruled" has no gap for
#: the content's subject.
RELATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"of", "for", "at", "from", "to", "in", "on", "by", "with", "about"}
)
#: Determiners that open the object noun phrase before a relative clause with no relative
#: word ("a shortfall | the treasurer said could reach ...").
CONTACT_DETERMINERS: Final[frozenset[str]] = frozenset({"a", "an", "the", "another", "this"})
#: Lower-case words that open the subject of such a clause ("the treasurer", "he", "a
#: project | it says could power ...").
CONTACT_SUBJECT_STARTS: Final[frozenset[str]] = frozenset(
    {"the", "he", "she", "it", "we", "they", "officials"})
#: Lower-case words before the subject that are no noun heading that phrase ("a way
#: that", "the more", "the time").
CONTACT_NOT_HEADS: Final[frozenset[str]] = frozenset(
    {"that", "which", "what", "who", "more", "most", "less", "same", "first", "last", "only",
     "time", "day", "year", "week", "way", "reason", "moment", "thing", "things", "one"}
)
#: Subjects after which "'s" before a cue is "has" ("he's said", "who's claimed").
PERFECT_S_SUBJECTS: Final[frozenset[str]] = frozenset({"he", "she", "who"})
#: Pronouns after "of" in a partitive subject ("most of them", "some of us").
PARTITIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"them", "us", "you", "those", "these"})
#: Marks before a name that starts with an initial (", J. Gerald Roe, said").
NAME_OPENING_MARKS: Final[frozenset[str]] = frozenset({",", '"', "(", "-", "--", ":"})
#: Place adverbs after a speaker noun ("officials there said").
LOCATIVE_ADVERBS: Final[frozenset[str]] = frozenset({"there", "here"})
#: Marks that open a list item or a line ("- Gov. Roe said ...").
BULLETS: Final[frozenset[str]] = frozenset({"-", "--", "*"})

#: Words that open a relative clause after a speaker ("said a voter who ...").
RELATIVE_CLAUSE_WORDS: Final[frozenset[str]] = frozenset({"who", "whom", "whose", "which"})

#: Nouns and adjectives ending in -ly, which are no adverbs ("the family said", "the daily
#: reported", "early results show").
LY_NOUNS: Final[frozenset[str]] = frozenset(
    """family ally rally assembly supply reply monopoly anomaly italy july bully belly jelly
    folly holly lily gully daily weekly monthly quarterly biweekly nightly early elderly
    likely unlikely lonely friendly costly deadly lively orderly ugly silly tally
    homily""".split()
)

#: Cue forms that head a noun compound after a lower-case noun ("trade talks", "peace
#: talks"), a verb only after a pronoun, a name or an adverb ("she talks about").
COMPOUND_HEAD_CUES: Final[frozenset[str]] = frozenset({"talks"})
#: Words of measure between a figure and a counted noun ("3 more calls for a recount"): the
#: noun is no cue verb.
MEASURE_WORDS: Final[frozenset[str]] = frozenset({"more", "fewer"})
#: Adjectives that make a following cue form a noun ("urgent calls for", "fresh demands").
NOUN_FORM_MODIFIERS: Final[frozenset[str]] = frozenset(
    """urgent fresh loud frequent public widespread similar numerous various multiple
    persistent constant bold explicit vague specific formal informal direct mere passing
    sparing brief special""".split()
)

#: Nouns that follow a noun-like cue form inside a compound ("state media", "report card").
COMPOUND_HEADS: Final[frozenset[str]] = frozenset(
    """media television tv radio news agency newspaper newspapers department officials
    official broadcaster broadcasters run owned funded secretary government governments
    legislature legislatures capital capitals card cards level levels visit visits funeral
    authorities authority prosecutor prosecutors lawmakers senator senators tank
    tanks""".split()
)

#: Place or thing words that are also common surnames: after a given name they end a
#: person's name ("Lena Park", "Ana Hill", "Tom Hall", "Ruth Day"), not a place's or a
#: holiday's.
SURNAME_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"bay", "day", "hall", "hill", "lake", "park", "street"})
#: Last words of names that are neither people nor speaking organisations ("Waitangi Day").
THING_SUFFIXES: Final[frozenset[str]] = frozenset(
    """day week month year street road avenue square river lake sea ocean island islands
    mountain mountains valley bay park bridge airport station cup games championship award
    prize act bill law treaty war festival summit conference museum stadium tower hall
    building province region county district city town village zone strait peninsula desert
    coast online""".split()
)

#: Common-noun sources that open sentences capitalised but are no names ("Officials said").
GENERIC_SOURCES: Final[frozenset[str]] = frozenset(
    """officials police researchers analysts experts authorities witnesses residents sources
    doctors scientists critics observers activists lawyers prosecutors investigators
    rescuers organisers organizers economists diplomats soldiers troops rebels militants
    protesters locals villagers survivors relatives neighbours neighbors parents students
    teachers workers employees staff managers executives traders investors voters feds
    reports figures estimates results data studies polls surveys others many some both all
    several""".split()
)

#: Bound and approximation words that can open reported content before a figure
#: ("said at least 21 died", "said over 50 were hurt"), unlike the adjunct "said at a briefing".
#: Derived from the quantity cue lexicon, longest first.
FIGURE_OPENERS: Final[tuple[tuple[str, ...], ...]] = tuple(
    sorted({*BOUND_CUES, *APPROX_CUES, ("between",)}, key=lambda c: (-len(c), c))
)

#: Labels of credit lines ("Image: Jo Roe", "Source: Statistics Office").
CREDIT_LABELS: Final[tuple[str, ...]] = (
    "image", "photo", "photograph", "picture", "video", "audio", "graphic", "illustration",
    "source", "credit", "courtesy", "footage",
)

#: Belief verbs that a first-person speaker drops into a quote as an aside ("I think").
PARENTHETICAL_VERBS: Final[frozenset[str]] = frozenset(
    "think believe guess suppose suspect reckon feel imagine".split()
)

#: Bodies that speak for the person who possesses them ("Her office said", "Ruiz's
#: campaign said"): the speaker stays the body, named after its principal.
PRINCIPAL_BODIES: Final[frozenset[str]] = frozenset({"office", "campaign", "staff"})


#: Dash tokens that set off a clause, an aside or a dateline ("TULA (Reuters) - ...").
DASH_TOKENS: Final[frozenset[str]] = frozenset({"-", "--", "\u2013", "\u2014"})
#: Marks that set off a noun phrase with no determiner heading a relative clause with no
#: relative word ("a new front -- meddling the envoy said is meant to divide").
CONTACT_PHRASE_OPENERS: Final[frozenset[str]] = DASH_TOKENS | {":"}
#: Prepositions of source after which a "which" refers to their object, not to the phrase
#: before them ("criticism from the Vell Council, which said"); "of" and "in" keep the
#: head ("a unit of Vell Bank, which", "a grocer in Tula, which").
WHICH_OBJECT_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"from", "by", "with", "against", "at"})
#: Words that may stand between a subject and its verb ("Roe has sued", "Roe also ruled").
SUBJECT_VERB_GAP_WORDS: Final[frozenset[str]] = frozenset(
    {"has", "have", "had", "also", "again", "then"})
#: Adverbs of place after a past participle that make it a modifier ("pictured above").
PLACE_ADVERBS: Final[frozenset[str]] = frozenset({"above", "below", "here", "there"})
