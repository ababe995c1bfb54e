"""Speaker noun phrases: walking left from a cue, right after one, a sentence's subject and
appositions.  Each walk is a table of named step rules over the shared tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final

from .lexicon.attribution import (
    ADJECTIVE_ENDINGS,
    ADJUNCT_STARTS,
    AMBIGUOUS_NOUN_FORMS,
    ARTICLES,
    BARE_FRONTED_PREPOSITIONS,
    BE_VERBS,
    BULLETS,
    CLAUSE_CAPS,
    COMPOUND_HEADS,
    COUNTING_WORDS,
    CUE_PARTICLES,
    DAY_WORDS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FIGURE_WORDS,
    FINITE_VERBS,
    FOCUS_ADVERBS,
    FRONTED_PREPOSITIONS,
    GENERIC_SOURCES,
    HONORIFICS,
    IRREGULAR_PAST,
    KNOWLEDGE_ADJECTIVES,
    LOCATIVE_ADVERBS,
    LY_NOUNS,
    MODIFIER_PARTICIPLES,
    MODIFIER_PREPOSITIONS,
    NAME_JOINERS,
    NAME_ONLY_PREPOSITIONS,
    NAME_OPENING_MARKS,
    NAME_PARTICLES,
    NON_NAME_CAPITALS,
    NOT_ADJECTIVES,
    NOUN_MARKERS,
    NP_PREPOSITIONS,
    OBJECT_PRONOUNS,
    OPENING_CONJUNCTIONS,
    PARTICIPLE_FOLLOWERS,
    PARTITIVE_PRONOUNS,
    PERSON_ROLES,
    PLURAL_COLLECTIVES,
    PLURAL_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONAL_OBJECT_VERBS,
    PRONOUNS,
    REFLEXIVE_INTENSIFIERS,
    RELATIVE_ADVERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SENTENCE_ADVERBS,
    SMALL_NUMBER_WORDS,
    SPEAKER_POSTMODIFIERS,
    SPEAKER_STOPS,
    STRAY_SUBJECT_PREPOSITIONS,
    STRONG_LEMMAS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TIME_ADJUNCT_OPENERS,
    TIME_NOUNS,
    TIME_PHRASE_ENDS,
    TIME_UNITS,
    TIME_WORDS,
    VIA_MARKERS,
)
from .lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES
from .lexicon.entities import (
    APOSTROPHES,
    COMPANY_ABBREVIATIONS,
    DOCUMENT_TOPIC_PREPOSITIONS,
    GENERATIONAL_SUFFIXES,
    GROUP_NOUNS,
    ISSUED_BY,
    NOT_PERSON_NOUNS,
    PERSON_NOUN_ENDINGS,
    given_names,
)
from .tokens import (
    Token,
    WordDispatch,
    is_capitalised,
    is_figure,
    is_plural_noun,
    is_word,
    plural_possessive,
)

__all__ = ["MAX_NP", "apposition_subject", "left_np", "plural_subject", "right_np",
           "short_np_at_end", "subject"]

#: Longest speaker noun phrase, in tokens.
MAX_NP: Final = 14
_QUOTE: Final = '"'


def _figure(t: Token) -> bool:
    return is_figure(t.text)


# --------------------------------------------------------------------------------------------
# Walking left from a cue: "the Russian Defense Ministry | said"
# --------------------------------------------------------------------------------------------


class _LeftWalk:
    """The state of a walk left from a cue."""

    __slots__ = ("first", "j", "k", "toks", "via")

    def __init__(self, toks: list[Token], k: int, first: int, j: int) -> None:
        self.toks = toks
        self.k = k  # the token being read
        self.first = first  # first token of the phrase so far
        self.j = j  # one past its last token
        self.via: tuple[int, int] | None = None

    def take(self) -> bool:
        self.first = self.k
        self.k -= 1
        return True


def _possessive(w: _LeftWalk, t: Token) -> bool | None:
    """"the mayor's office | said", "the Harbour Workers' Union | said" (a plural possessive
    written with an apostrophe alone, right after its word, before the head already read)."""
    if t.lower == "'s":
        return w.take()
    k = w.k
    return w.take() if w.first == k + 1 < w.j and plural_possessive(w.toks, k) else None


def _intensifier(w: _LeftWalk, t: Token) -> bool | None:
    """"The mayor himself | told": a reflexive right after the speaker is no part of it."""
    if t.lower not in REFLEXIVE_INTENSIFIERS or w.first != w.j:
        return None
    w.k -= 1
    w.j = w.first = w.k + 1
    return True


def _bracketed_acronym(w: _LeftWalk, t: Token) -> bool | None:
    """"The Food Safety Council (FSC) | recommends": the brackets are skipped."""
    if t.text != ")" or w.first != w.j:
        return None
    m = w.k - 1
    while m >= 0 and w.k - m < 8 and w.toks[m].text != "(":
        m -= 1
    if m > 0 and w.toks[m].text == "(":
        w.k, w.j, w.first = m - 1, m, m
        return True
    return False


def _initial(w: _LeftWalk, t: Token) -> bool | None:
    """"Ana M. | Ortiz said", ", J. | Gerald Roe, said": a middle or first initial and its
    period stay inside the name."""
    if t.text != "." or w.first >= w.j or w.k < 1 or not is_capitalised(w.toks[w.first]):
        return None
    letter = w.toks[w.k - 1].text
    if not (len(letter) == 1 and letter.isupper()):
        return None
    before = w.toks[w.k - 2] if w.k >= 2 else None
    if before is None or is_capitalised(before) or before.text in NAME_OPENING_MARKS:
        w.first = w.k - 1
        w.k -= 2
        return True
    return None


def _nickname(w: _LeftWalk, t: Token) -> bool | None:
    """'Marta "Tita" | Olsen said': a capitalised nickname in double quotes after a given
    name stays inside the name (the name scan reads it so: ``names._nickname_at``)."""
    k = w.k
    if t.text != '"' or w.first >= w.j or k < 3 or not is_capitalised(w.toks[w.first]) \
            or w.toks[k - 2].text != '"':
        return None
    nick, given = w.toks[k - 1], w.toks[k - 3]
    if not (nick.text[:1].isupper() and nick.text.isalpha() and given.text[:1].isupper()
            and given.lower in given_names()):
        return None
    w.first = k - 3
    w.k = k - 4
    return True


def _number_word(t: Token) -> bool:
    return _figure(t) or t.lower in SMALL_NUMBER_WORDS


def _generational(w: _LeftWalk, t: Token) -> bool | None:
    """"Jo Roe Jr. | said", "Acme Corp. | said", "Lamb & Co. | said": a generational or
    company suffix and its period end the name."""
    toks, k = w.toks, w.k
    if t.text != "." or w.first != w.j or k < 2 or not t.glued or (
            toks[k - 1].lower not in GENERATIONAL_SUFFIXES
            and toks[k - 1].lower not in COMPANY_ABBREVIATIONS) \
            or not is_capitalised(toks[k - 1]) \
            or not (is_capitalised(toks[k - 2]) or toks[k - 2].text == "&"):
        return None
    w.first = k - 1
    w.k -= 2
    return True


def _proportion(w: _LeftWalk, t: Token) -> bool | None:
    """"4 in 10 | say", "nine out of 10 | said", "42% | say", "30 percent | said": a
    proportion of people ends the phrase as a whole."""
    toks, k = w.toks, w.k
    if w.first != w.j:
        return None
    if t.lower in FIGURE_WORDS or t.text == "%":
        m = k - 2 if t.lower == "cent" else k - 1  # "30 per cent"
        if m < 0 or not _figure(toks[m]):
            return None
    elif _number_word(t) and k >= 2 and toks[k - 1].lower == "in" and _number_word(toks[k - 2]):
        m = k - 2
    elif _number_word(t) and k >= 3 and toks[k - 1].lower == "of" \
            and toks[k - 2].lower == "out" and _number_word(toks[k - 3]):
        m = k - 3
    else:
        return None
    w.first = m
    w.k = m - 1
    return True


def _hyphenated_figure(w: _LeftWalk, t: Token) -> bool | None:
    """"The 71-year-old | diplomat said", "a 12-term | senator said": a figure joined by a
    hyphen to the word after it is a modifier inside the phrase."""
    toks, k = w.toks, w.k
    if t.text != "-" or not t.glued or w.first != k + 1 or k < 1 or not toks[k + 1].glued \
            or not _figure(toks[k - 1]) or not toks[k + 1].text[:1].isalpha():
        return None
    w.first = k - 1
    w.k -= 2
    return True


def _participle_modifier(w: _LeftWalk, t: Token) -> bool | None:
    """"economists polled by | Reuters", "a poll released on | Tuesday": a participle and
    its preposition inside the phrase are read past."""
    toks, k = w.toks, w.k
    if t.lower not in MODIFIER_PREPOSITIONS or not t.text.islower() or w.first >= w.j \
            or k < 2:
        return None
    part = toks[k - 1]
    if not (part.text.islower() and part.lower in MODIFIER_PARTICIPLES):
        return None
    w.first = k - 1
    w.k -= 2
    return True


def _postmodifier(w: _LeftWalk, t: Token) -> bool | None:
    """"officials familiar with | the talks", "a source close to | the mayor": the
    adjective and its preposition are read past."""
    toks, k = w.toks, w.k
    if w.first >= w.j or k < 1 or not t.text.islower():
        return None
    pair = (toks[k - 1].lower, t.lower)
    if pair not in SPEAKER_POSTMODIFIERS:
        return None
    w.first = k - 1
    w.k -= 2
    return True


#: The preposition of membership after a plural noun for people ("Democrats on the panel").
MEMBERSHIP_PREPOSITION: Final = "on"


def _membership(w: _LeftWalk, t: Token) -> bool | None:
    """"Democrats on | the committee", "two senators on | the panel": "on" and "the" after a
    plural noun for people (``GROUP_NOUNS``) tell which body they sit on; the noun heads the
    phrase, read past the preposition."""
    toks, k = w.toks, w.k
    if not membership_at(toks, k) or w.first >= w.j or toks[k + 1].lower != "the":
        return None
    w.first = k - 1
    w.k -= 2
    return True


def membership_at(toks: list[Token], k: int) -> bool:
    """Is token ``k`` the "on" of membership after a plural noun for people?"""
    return 0 < k < len(toks) - 1 and toks[k].text == MEMBERSHIP_PREPOSITION \
        and toks[k - 1].lower in GROUP_NOUNS


def _knowledge_postmodifier(w: _LeftWalk, t: Token) -> bool | None:
    """"two officials with knowledge of | the decision": "with", perhaps an adjective
    (``KNOWLEDGE_ADJECTIVES``), "knowledge" and "of" are read past, like a postmodifier."""
    toks, k = w.toks, w.k
    if t.lower != "of" or w.first >= w.j or k < 2 or toks[k - 1].lower != "knowledge":
        return None
    m = k - 2
    if toks[m].lower in KNOWLEDGE_ADJECTIVES and m > 0:
        m -= 1
    if toks[m].lower != "with" or m == 0:
        return None
    w.first = m
    w.k = m - 1
    return True


def _postmodifier_pronoun(w: _LeftWalk, t: Token) -> bool | None:
    """"an aide close to | him | said", "staff loyal to | them": an object pronoun after a
    postmodifier's preposition ends the phrase's modifier, not the phrase."""
    toks, k = w.toks, w.k
    if t.lower not in OBJECT_PRONOUNS or w.first != w.j or k < 2 \
            or (toks[k - 2].lower, toks[k - 1].lower) not in SPEAKER_POSTMODIFIERS:
        return None
    return w.take()


def _locative(w: _LeftWalk, t: Token) -> bool | None:
    """"officials there | said", "polls here | show": a place adverb after the noun."""
    if t.lower not in LOCATIVE_ADVERBS or w.first < w.j or w.k == 0 \
            or not t.text.islower():
        return None
    prev = w.toks[w.k - 1]
    if is_word(prev) and prev.lower not in SPEAKER_STOPS:
        return w.take()
    return None


def _partitive(w: _LeftWalk, t: Token) -> bool | None:
    """"most of them | said", "some of us | think": a pronoun after "of" and a counting
    word belongs to the phrase."""
    toks, k = w.toks, w.k
    if t.lower not in PARTITIVE_PRONOUNS or w.first < w.j or k < 2 \
            or toks[k - 1].lower != "of" or toks[k - 2].lower not in COUNTING_WORDS:
        return None
    w.first = k - 2
    w.k -= 3
    return True


def _past_verb(w: _LeftWalk, t: Token) -> bool | None:
    """"The board hired | Ana Lima, who said": a past verb right before a name is the verb of
    another clause ("the embattled Ana Lima" keeps its adjective)."""
    low = t.lower
    if not t.text.islower() or w.first >= w.j or not is_capitalised(w.toks[w.first]) \
            or not ((low.endswith("ed") and len(low) > 4) or low in IRREGULAR_PAST) \
            or w.toks[w.first].lower in DAY_WORDS:  # "a poll released | Tuesday found"
        return None
    return None if w.k > 0 and w.toks[w.k - 1].lower in DETERMINERS else False


def _document_agent(w: _LeftWalk, t: Token) -> bool | None:
    """"a study by | the Council found", "a survey by | the group in March found", "a report
    published on Friday by | the Council found", "a poll of 25 analysts by | the Ledger
    had forecast": "by" after a document noun (perhaps past a participle of issuing and a
    day, or its sample) names its author inside the phrase."""
    if t.lower != "by" or w.first >= w.j or w.k == 0:
        return None
    m = _document_before_by(w.toks, w.k - 1)
    if m is None:
        return None
    w.first, w.k = m + 1, m  # the participle and the day are inside the phrase too
    return True


def _document_before_by(toks: list[Token], k: int) -> int | None:
    """The document noun that a "by" after token ``k`` names the author of ("a report
    published Friday | by", "a poll of 25 analysts | by"), or None."""
    m = _before_issuing(toks, k)
    return m if _authored(toks[m]) else _before_sample(toks, k)


def _before_sample(toks: list[Token], k: int) -> int | None:
    """"a poll of 25 analysts | by": from ``k`` back past an "of" phrase of a figure
    and up to three lower-case words (the document's sample) to the document noun before
    it, or None."""
    for m in range(k, max(0, k - 5), -1):
        t = toks[m]
        if t.lower == "of":
            return m - 1 if m > 0 and m < k and _figure(toks[m + 1]) \
                and _authored(toks[m - 1]) else None
        if not (t.text.islower() and t.text.isalpha()) and not _figure(t):
            return None
    return None


def _before_issuing(toks: list[Token], k: int) -> int:
    """"a report published (on) Friday | by", "a survey released last month | by": from
    ``k`` back past a time adjunct (a day, "last month", "in March") and a participle of
    issuing (``ISSUED_BY``) to the word before them (``k`` if neither)."""
    lo = max(0, k - 3)
    m = lo + time_adjunct_start([t.lower for t in toks[lo:k + 1]], k - lo) - 1
    return m - 1 if m > 0 and toks[m].lower in ISSUED_BY else k


def time_adjunct_start(words: Sequence[str], k: int) -> int:
    """Where a time adjunct ending at the lower-cased ``words[k]`` starts ("released | last
    month", "on Friday", "earlier this year", "in March": a time word or a month after up
    to two openers), or ``k + 1`` for none."""
    if k < 0 or (words[k] not in TIME_WORDS and words[k] not in MONTH_NAMES):
        return k + 1
    m = k - 1
    while m >= 0 and k - m < 3 and (words[m] in TIME_ADJUNCT_OPENERS or words[m] == "in"):
        m -= 1
    return m + 1


def _authored(t: Token) -> bool:
    """A word before "by" that names what the agent made: a document ("a poll by")."""
    return t.lower in DOCUMENT_NOUNS


def _punctuation(w: _LeftWalk, t: Token) -> bool | None:
    """"..., | said": punctuation ends the phrase ("&" does not: "AT & T"; nor a slash
    between names: "a Reuters/Ipsos poll")."""
    if t.lower == "/" and w.k > 0 and is_capitalised(w.toks[w.k - 1]) \
            and is_capitalised(w.toks[w.k + 1]):
        return None
    return False if not is_word(t) and not _figure(t) and t.lower != "&" else None


def _acronym(w: _LeftWalk, t: Token) -> bool | None:
    """"the UN | said": an all-capital word is part of a name."""
    return w.take() if t.text.isupper() and len(t.text) > 1 else None


def _via_marker(w: _LeftWalk, t: Token) -> bool | None:
    """"Reuters, quoting the ministry, | reported": the quoted source becomes ``via``."""
    if t.lower not in VIA_MARKERS or w.first >= w.j:
        return None
    w.via = (w.toks[w.first].start, w.toks[w.j - 1].end)
    w.j = w.first = w.k
    w.k -= 1
    return True


def _determiner(w: _LeftWalk, t: Token) -> bool | None:
    """"the ministry | said" ends at its determiner; "a spokesman for the ministry | said"
    goes on across the preposition before it."""
    if t.lower not in DETERMINERS:
        return None
    if w.k > 1 and w.toks[w.k - 1].lower == "by" \
            and _document_before_by(w.toks, w.k - 2) is not None:
        w.first = w.k
        w.k -= 1  # "a study (published Friday) by | the Council": read on to the document
        return True
    if t.lower == "that" and w.first < w.j and (
            (w.toks[w.j - 1].text.islower() and is_plural_noun(w.toks[w.j - 1].lower))
            or is_capitalised(w.toks[w.first])):
        return False  # "information that | government officials said", "that | Lima said"
    w.first = w.k
    if w.k > 0 and w.toks[w.k - 1].text.islower() and (
            w.toks[w.k - 1].lower in NP_PREPOSITIONS or _modifier_before(w.toks, w.k - 1)
            or (w.toks[w.k - 1].lower in DOCUMENT_TOPIC_PREPOSITIONS and w.k > 1
                and _authored(w.toks[w.k - 2]))):  # "a report on | the crash said"
        w.k -= 1
        return True
    return False


def _modifier_before(toks: list[Token], k: int) -> bool:
    """Is the preposition at ``k`` part of "familiar with" or "polled by"?"""
    if k == 0:
        return False
    prev, low = toks[k - 1].lower, toks[k].lower
    return (prev, low) in SPEAKER_POSTMODIFIERS or membership_at(toks, k) or (
        prev in MODIFIER_PARTICIPLES and low in MODIFIER_PREPOSITIONS)


def _preposition(w: _LeftWalk, t: Token) -> bool | None:
    """"a spokesman for Moscow | said", "a report on rents | said": a preposition inside the
    phrase (not after a clause word: "said in Moscow"; "on", "into" and "about" only after a
    document noun, ``DOCUMENT_TOPIC_PREPOSITIONS``)."""
    if not t.text.islower() or (t.lower not in NP_PREPOSITIONS and not (
            t.lower in DOCUMENT_TOPIC_PREPOSITIONS and w.k > 0 and _authored(w.toks[w.k - 1]))):
        return None
    if w.first >= w.j or w.k == 0 or not is_word(w.toks[w.k - 1]):
        return False
    prev = w.toks[w.k - 1].lower
    return False if prev in SPEAKER_STOPS or prev in DETERMINERS else w.take()


def _verb_object(w: _LeftWalk, t: Token) -> bool | None:
    """"Cruz referred to | the Courier poll that shows": a preposition after a verb that takes
    a prepositional object ends the phrase (the object is no part of the verb's subject)."""
    if t.lower not in NP_PREPOSITIONS or w.k == 0 or w.first >= w.j:
        return None
    prev = w.toks[w.k - 1]
    if any(x.lower in RELATIVE_PRONOUNS for x in w.toks[max(0, w.k - 3):w.k - 1]):
        return None  # "Voters who turned to | the Greens said": the verb is a relative's
    return False if (prev.text.islower() or prev.lower == "according") and prev.lower in \
        PREPOSITIONAL_OBJECT_VERBS else None  # "According to | a man who said"


def _conjunction(w: _LeftWalk, t: Token) -> bool | None:
    """"Smith and Jones | said": "and" between two capitals joins names."""
    if t.lower not in NAME_JOINERS:
        return None
    joins = w.first < w.j and is_capitalised(w.toks[w.first]) and w.k > 0 and (
        is_capitalised(w.toks[w.k - 1]) or (  # "The Clinton campaign and | DNC said"
            w.k > 1 and w.toks[w.k - 1].text.islower() and is_word(w.toks[w.k - 1])
            and w.toks[w.k - 1].lower not in SPEAKER_STOPS
            and is_capitalised(w.toks[w.k - 2])))
    return w.take() if joins else False


def _clause_word(w: _LeftWalk, t: Token) -> bool | None:
    """"after the vote | the party said": a function word ends the phrase (a capitalised one
    inside a name does not: "Bank of America", "Theresa May | said")."""
    inside_name = is_capitalised(t) and (
        (w.first < w.j and t.lower not in CLAUSE_CAPS) or _surname_form(w, t))
    return False if t.lower in SPEAKER_STOPS and not inside_name else None


def _surname_form(w: _LeftWalk, t: Token) -> bool:
    """"Theresa May | said", "Prime Minister May | said": a capitalised auxiliary right before
    the verb, after a given name, a title or a person's role, is a surname."""
    if w.first != w.j or t.lower not in FINITE_VERBS or w.k == 0:
        return False
    prev = w.toks[w.k - 1]
    low = prev.lower.rstrip(".")
    return is_capitalised(prev) and (low in given_names() or prev.lower in PERSON_ROLES
                                     or low in HONORIFICS or low + "." in HONORIFICS)


def _adverb(w: _LeftWalk, t: Token) -> bool | None:
    """"officials privately | said": an -ly adverb ends the phrase (not an adjective after a
    determiner: "a yearly poll | found")."""
    if w.k > 0 and w.toks[w.k - 1].lower in DETERMINERS and w.first < w.j:
        return None
    return _is_adverb(t)


def _is_adverb(t: Token) -> bool | None:
    return False if t.text.islower() and _is_adverb_word(t.lower) else None


def _is_adverb_word(low: str) -> bool:
    """An -ly adverb ("privately"), not an -ly noun ("family", "rally")."""
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


def _reporting_verb(w: _LeftWalk, t: Token) -> bool | None:
    """"who said | the group added": another cue verb ends the phrase (not "the report", nor
    an -ing noun after a possessive: "a source familiar with Roe's thinking | said")."""
    low = t.lower
    if low in REPORTING_VERBS and t.text.islower() and low not in DOCUMENT_NOUNS \
            and low not in AMBIGUOUS_NOUN_FORMS and _with_particle(w.toks, w.k) and not (
                low.endswith("ing") and w.k > 0 and (w.toks[w.k - 1].lower == "'s"
                                                     or w.toks[w.k - 1].lower in DETERMINERS)):
        return False
    return None


def _with_particle(toks: list[Token], k: int) -> bool:
    """Is the cue form at ``k`` a cue here: with its particle if it needs one ("points out",
    not "at one point")?"""
    particles = CUE_PARTICLES.get(toks[k].lower)
    return particles is None or (k + 1 < len(toks) and toks[k + 1].lower in particles)


def _lone_figure(w: _LeftWalk, t: Token) -> bool | None:
    """"in 2019 | said": a figure right before the cue is no speaker."""
    if not _figure(t) or w.first < w.j:
        return None
    k = w.k  # "six in 10 | said" is a proportion, read on by the next step
    return None if k >= 2 and w.toks[k - 1].lower == "in" and _number_word(w.toks[k - 2]) \
        else False


#: Step rules of the left walk, in order: (name, rule).  A rule returns True to go on (it
#: has moved the walk), False to stop, None to leave the token to the next rule; a token no
#: rule claims joins the phrase.
LEFT_NP_STEPS: tuple[tuple[str, Callable[[_LeftWalk, Token], bool | None]], ...] = (
    ("possessive", _possessive),
    ("intensifier", _intensifier),
    ("bracketed_acronym", _bracketed_acronym),
    ("initial", _initial),
    ("nickname", _nickname),
    ("generational", _generational),
    ("proportion", _proportion),
    ("hyphenated_figure", _hyphenated_figure),
    ("participle_modifier", _participle_modifier),
    ("postmodifier", _postmodifier),
    ("membership", _membership),
    ("knowledge_postmodifier", _knowledge_postmodifier),
    ("postmodifier_pronoun", _postmodifier_pronoun),
    ("locative", _locative),
    ("partitive", _partitive),
    ("past_verb", _past_verb),
    ("document_agent", _document_agent),
    ("punctuation", _punctuation),
    ("acronym", _acronym),
    ("via_marker", _via_marker),
    ("determiner", _determiner),
    ("verb_object", _verb_object),
    ("preposition", _preposition),
    ("conjunction", _conjunction),
    ("clause_word", _clause_word),
    ("adverb", _adverb),
    ("reporting_verb", _reporting_verb),
    ("lone_figure", _lone_figure),
)


#: The words a left step can act on, by step name (a step not named here may act on any
#: token): each returns None for every other word, so the walk skips it there.
LEFT_STEP_WORDS: Final[dict[str, frozenset[str]]] = {
    "possessive": frozenset({"'s"}) | APOSTROPHES,
    "intensifier": REFLEXIVE_INTENSIFIERS,
    "bracketed_acronym": frozenset({")"}),
    "initial": frozenset({"."}),
    "nickname": frozenset({'"'}),
    "generational": frozenset({"."}),
    "participle_modifier": MODIFIER_PREPOSITIONS,
    "postmodifier": frozenset(pair[1] for pair in SPEAKER_POSTMODIFIERS),
    "membership": frozenset({MEMBERSHIP_PREPOSITION}),
    "knowledge_postmodifier": frozenset({"of"}),
    "locative": LOCATIVE_ADVERBS,
    "partitive": PARTITIVE_PRONOUNS,
    "document_agent": frozenset({"by"}),
    "via_marker": VIA_MARKERS,
    "determiner": DETERMINERS,
    "verb_object": NP_PREPOSITIONS,
    "preposition": NP_PREPOSITIONS | DOCUMENT_TOPIC_PREPOSITIONS,
    "conjunction": NAME_JOINERS,
    "clause_word": SPEAKER_STOPS,
    "reporting_verb": frozenset(REPORTING_VERBS),
}


_LEFT_DISPATCH: WordDispatch[Callable[[_LeftWalk, Token], bool | None]] = WordDispatch(
    lambda: LEFT_NP_STEPS, LEFT_STEP_WORDS)


def left_np(toks: list[Token], j: int) -> tuple[int, int, tuple[int, int] | None]:
    """Speaker noun phrase ending just before token ``j``: ``(first, last + 1, via)``.

    Walks left over name words, nouns, determiners, "'s" and NP-internal prepositions; stops at
    punctuation and function words.  "X quoting Y" keeps Y as ``via``.
    """
    w = _LeftWalk(toks, j - 1, j, j)
    steps = 0
    by_word = _LEFT_DISPATCH.rules()  # only the steps that can act on each word
    while w.k >= 0 and steps < MAX_NP:
        t = toks[w.k]
        steps += 1
        go: bool | None = None
        for rule in by_word.get(t.lower, by_word[""]):
            go = rule(w, t)
            if go is not None:
                break
        if go is None:
            go = w.take()
        if not go:
            break
    first = w.first
    # An NP never starts with a preposition or a conjunction.
    while first < w.j and (toks[first].lower in NP_PREPOSITIONS or toks[first].lower == "and"):
        first += 1
    return first, w.j, w.via


# --------------------------------------------------------------------------------------------
# Walking right: "said | the Russian Defense Ministry"
# --------------------------------------------------------------------------------------------


class _RightWalk:
    """The state of a walk right from the start of a phrase."""

    __slots__ = ("i", "k", "lowercase", "subject", "toks")

    def __init__(self, toks: list[Token], i: int, k: int, lowercase: bool,
                 subject: bool) -> None:
        self.toks = toks
        self.i = i  # first token of the phrase
        self.k = k  # the token being read
        self.lowercase = lowercase  # lower-case words may join (not a name-only apposition)
        self.subject = subject  # a subject: stop before a word that looks like its verb

    def take(self) -> bool:
        self.k += 1
        return True


def _verb_of_subject(w: _RightWalk, t: Token) -> bool | None:
    """"The ministry | gave no figure", "Officials | counted 40": a subject ends before a
    word that looks like its verb (an -ed word, or one before a determiner or a figure)."""
    toks, k, low = w.toks, w.k, t.lower
    if not w.subject or k == w.i or not t.text.islower() or low in NP_PREPOSITIONS \
            or toks[k - 1].lower in DETERMINERS:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    verb_like = (low.endswith("ed") and len(low) > 4) or low in IRREGULAR_PAST \
        or (low in BE_VERBS and t.text.isalpha()) or (
        nxt is not None and (nxt.lower in DETERMINERS or nxt.lower == "no"
                             or _figure(nxt)))
    return False if verb_like else None


def _right_possessive(w: _RightWalk, t: Token) -> bool | None:
    """"said | Russia's defence ministry", "by | the Tula Teachers' Retirement System" (a
    plural possessive inside a body's name, before a capitalised word)."""
    if t.lower == "'s":
        return w.take() if w.k > w.i else None
    k = w.k
    if k > w.i and k + 1 < len(w.toks) and is_capitalised(w.toks[k + 1]) \
            and is_capitalised(w.toks[k - 1]) and plural_possessive(w.toks, k):
        return w.take()
    return None


def _right_initial(w: _RightWalk, t: Token) -> bool | None:
    """"said Tomas K. | Berg": a middle initial and its period stay inside the name."""
    toks, k = w.toks, w.k
    if len(t.text) == 1 and t.text.isupper() and k > w.i and k + 2 < len(toks) \
            and toks[k + 1].text == "." and is_capitalised(toks[k + 2]) \
            and is_capitalised(toks[k - 1]):
        w.k += 2
        return True
    return None


def _right_nickname(w: _RightWalk, t: Token) -> bool | None:
    """'said Marta | "Tita" Olsen': a capitalised nickname in double quotes after a given
    name and before a capital stays inside the name."""
    toks, k = w.toks, w.k
    if t.text == '"' and k > w.i and k + 3 < len(toks) and toks[k + 2].text == '"' \
            and toks[k + 1].text[:1].isupper() and toks[k + 1].text.isalpha() \
            and toks[k - 1].lower in given_names() and toks[k - 1].text[:1].isupper() \
            and is_capitalised(toks[k + 3]):
        w.k += 3
        return True
    return None


def _right_generational(w: _RightWalk, t: Token) -> bool | None:
    """"said Jo Roe Jr. | ,": a generational suffix and its period stay inside the name."""
    toks, k = w.toks, w.k
    if k > w.i and t.lower in GENERATIONAL_SUFFIXES and is_capitalised(t) \
            and is_capitalised(toks[k - 1]) and k + 1 < len(toks) and toks[k + 1].text == "." \
            and (k + 2 >= len(toks) or not is_capitalised(toks[k + 2])):
        w.k += 2
        return True
    return None


def _right_punctuation(w: _RightWalk, t: Token) -> bool | None:
    """"said the minister | ." (a figure joins only where lower-case words may)."""
    if not is_word(t) and t.lower != "&" and not (_figure(t) and w.lowercase):
        return False
    return None


def _right_determiner(w: _RightWalk, t: Token) -> bool | None:
    """"said | the head of the agency": a determiner opens the phrase or follows a
    preposition inside it."""
    if t.lower not in DETERMINERS:
        return None
    return w.take() if w.k == w.i or w.toks[w.k - 1].lower in NP_PREPOSITIONS else False


def _right_preposition(w: _RightWalk, t: Token) -> bool | None:
    """"the head of the agency", "a spokesman for Moscow"; "in" and "to" only before a name
    or a determiner ("the envoy to the UN", not "the envoy to talks")."""
    if t.lower not in NP_PREPOSITIONS or not t.text.islower():
        return None
    toks, k = w.toks, w.k
    if k == w.i or k + 1 >= len(toks) or not is_word(toks[k + 1]):
        return False
    if t.lower in NAME_ONLY_PREPOSITIONS and not is_capitalised(toks[k + 1]) \
            and toks[k + 1].lower not in DETERMINERS:
        return False
    return w.take()


def _right_conjunction(w: _RightWalk, t: Token) -> bool | None:
    """"said | Smith and Jones": "and" between two capitals."""
    toks, k = w.toks, w.k
    if t.lower in NAME_JOINERS and k > w.i and k + 1 < len(toks) \
            and is_capitalised(toks[k + 1]) and is_capitalised(toks[k - 1]):
        return w.take()
    return None


def _right_stop_word(w: _RightWalk, t: Token) -> bool | None:
    """"said the minister | on Tuesday": a function word or a day ends the phrase (not an
    acronym such as "IT", nor a capitalised word inside a name: "Theresa May, 60,")."""
    if (t.lower in SPEAKER_STOPS or t.lower in DAY_WORDS) \
            and not (t.text.isupper() and len(t.text) > 1) and not _name_word(w, t):
        return False
    return None


def _name_word(w: _RightWalk, t: Token) -> bool:
    """A capitalised word after a capitalised one, before no lower-case word ("Theresa May",
    "the Weekly Today": not a weekday, but "today" written with a capital inside a name)."""
    toks, k = w.toks, w.k
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return k > w.i and is_capitalised(t) and t.lower not in WEEKDAY_NAMES \
        and is_capitalised(toks[k - 1]) and (nxt is None or not (is_word(nxt)
                                                                  and nxt.text.islower()))


def _right_lowercase(w: _RightWalk, t: Token) -> bool | None:
    """", Jane Roe, | a coach,": a name-only phrase stops at a lower-case word."""
    return False if t.text.islower() and not w.lowercase else None


def _right_adverb(w: _RightWalk, t: Token) -> bool | None:
    """"said the minister | privately": an -ly adverb ends the phrase (after a determiner
    an -ly word is an adjective: "according to a yearly poll")."""
    if w.k > w.i and w.toks[w.k - 1].lower in DETERMINERS:
        return None
    return _is_adverb(t)


def _right_reporting_verb(w: _RightWalk, t: Token) -> bool | None:
    """"the group | said": a cue verb ends the phrase (not "state media", a compound)."""
    toks, k, low = w.toks, w.k, t.lower
    if t.text.islower() and low in REPORTING_VERBS and k > w.i and _with_particle(toks, k) \
            and not (
            low in AMBIGUOUS_NOUN_FORMS and k + 1 < len(toks)
            and toks[k + 1].lower in COMPOUND_HEADS) and not _noun_head(w, t):
        return False
    return None


def _noun_head(w: _RightWalk, t: Token) -> bool:
    """"according to the | report", "a new | report": a noun form after a determiner or
    a noun-marking adjective heads the phrase."""
    low, prev, first = t.lower, w.toks[w.k - 1], w.toks[w.i].lower
    if not (low in AMBIGUOUS_NOUN_FORMS or low in DOCUMENT_NOUNS) \
            or not (first in DETERMINERS or first in NOUN_MARKERS):
        return False  # "told BBC News | every claim ..." : a new phrase
    return is_capitalised(prev) or prev.lower in NOUN_MARKERS or (
        w.k - 1 == w.i + 1 and first in DETERMINERS and _adjective(prev)) or (
        first in DETERMINERS and not low.endswith(("s", "ed")) and prev.text.isalpha()
        and prev.text.islower() and not is_plural_noun(prev.lower))
    # ("the quarterly | report", "the board's midyear | report": a base form after a
    # determiner and a singular word heads the phrase; "the judges | report that" does not)


def _adjective(t: Token) -> bool:
    """An adjective by its ending ("preliminary", "independent", "leaked"), lower-case."""
    low = t.lower
    return t.text.islower() and len(low) > 4 and low.endswith(ADJECTIVE_ENDINGS) \
        and low not in NOT_ADJECTIVES


#: Step rules of the right walk, in order (same protocol as ``LEFT_NP_STEPS``); an -ly
#: adverb ends the phrase as it does the left walk.
RIGHT_NP_STEPS: tuple[tuple[str, Callable[[_RightWalk, Token], bool | None]], ...] = (
    ("verb_of_subject", _verb_of_subject),
    ("possessive", _right_possessive),
    ("initial", _right_initial),
    ("nickname", _right_nickname),
    ("generational", _right_generational),
    ("punctuation", _right_punctuation),
    ("determiner", _right_determiner),
    ("preposition", _right_preposition),
    ("conjunction", _right_conjunction),
    ("stop_word", _right_stop_word),
    ("lowercase", _right_lowercase),
    ("reporting_verb", _right_reporting_verb),
    ("adverb", _right_adverb),
)


#: The words a right step can act on, by step name (as ``LEFT_STEP_WORDS``).
RIGHT_STEP_WORDS: Final[dict[str, frozenset[str]]] = {
    "possessive": frozenset({"'s"}) | APOSTROPHES,
    "nickname": frozenset({'"'}),
    "generational": GENERATIONAL_SUFFIXES,
    "determiner": DETERMINERS,
    "preposition": NP_PREPOSITIONS | DOCUMENT_TOPIC_PREPOSITIONS,
    "conjunction": NAME_JOINERS,
    "stop_word": SPEAKER_STOPS | DAY_WORDS,
    "reporting_verb": frozenset(REPORTING_VERBS),
}
_RIGHT_DISPATCH: WordDispatch[Callable[[_RightWalk, Token], bool | None]] = WordDispatch(
    lambda: RIGHT_NP_STEPS, RIGHT_STEP_WORDS)


def right_np(toks: list[Token], i: int, limit: int = MAX_NP, lowercase: bool = True,
             subject: bool = False) -> int:
    """End (exclusive token index) of a noun phrase starting at token ``i``; ``i`` if none.

    With ``subject`` the phrase also stops before a word that looks like its verb: a
    lower-case word ending in -ed, or one followed by a determiner or a number ("The ministry
    gave no figure").
    """
    w = _RightWalk(toks, i, i, lowercase, subject)
    by_word = _RIGHT_DISPATCH.rules()
    while w.k < len(toks) and w.k - i < limit:
        t = toks[w.k]
        go: bool | None = None
        for rule in by_word.get(t.lower, by_word[""]):
            go = rule(w, t)
            if go is not None:
                break
        if go is None:
            go = w.take()
        if not go:
            break
    k = w.k
    while k > i and toks[k - 1].lower in _NP_TRAILERS:
        k -= 1
    return k


_NP_TRAILERS: Final = NP_PREPOSITIONS | DETERMINERS | NAME_JOINERS


def short_np_at_end(toks: list[Token], k: int) -> bool:
    """'..., say analysts.' : one to three lower-case words that end the clause."""
    e = right_np(toks, k, limit=3)
    if e <= k or not (e >= len(toks) or toks[e].text in (".", _QUOTE, ",", "!", "?")):
        return False
    head = toks[e - 1].lower  # a noun that can speak ("analysts"), not "costs rose"
    return not any(t.lower in IRREGULAR_PAST or t.lower.endswith("ed") for t in toks[k:e]) \
        and (is_plural_noun(head) or head in PERSON_ROLES or head in GENERIC_SOURCES)


# --------------------------------------------------------------------------------------------
# Subjects and appositions
# --------------------------------------------------------------------------------------------


def _bullet(toks: list[Token], i: int, before: int) -> int | None:
    """"- Gov. Roe blamed ...": a list mark before the subject."""
    return i + 1 if toks[i].text in BULLETS and before > i + 1 else None


def _dateline(toks: list[Token], i: int, before: int) -> int | None:
    """"WASHINGTON - Sen. Roe said ...", "PARIS, May 2 (Reuters) - ...": a dateline (a
    capitalised place, a date, an agency in brackets) up to a dash."""
    first = toks[i].text
    if not ((first.isupper() and len(first) > 1 and is_word(toks[i])) or first == "("):
        return None
    for m in range(i + 1, min(before, i + 12)):
        t = toks[m]
        if t.text in ("-", "--"):
            return m + 1
        if t.text.islower() and is_word(t):
            return None
    return None


def _fronted_adverbial(toks: list[Token], i: int, before: int) -> int | None:
    """"In a statement, the firm said ...", "Hours later, Roe ...", "Asked about it, she
    ...": a phrase up to a comma that opens with a preposition, an adverb, a time word or a
    participle is no subject."""
    t = toks[i]
    low = t.lower
    nxt = toks[i + 1] if i + 1 < before else None
    participle = low.endswith(("ing", "ed")) and len(low) > 4 and nxt is not None \
        and nxt.text.islower() and (nxt.lower in PARTICIPLE_FOLLOWERS
                                    or nxt.lower.endswith(("ed", "ing")))
    if not (low in ADJUNCT_STARTS or low in NP_PREPOSITIONS or low in SENTENCE_ADVERBS
            or _is_adverb_word(low) or participle or low in LOCATIVE_ADVERBS
            or low in FRONTED_PREPOSITIONS):
        return None
    comma = next((k for k in range(i + 1, min(before, i + 16)) if toks[k].text == ","), None)
    if comma is None:
        return None
    return _more_adjuncts(toks, comma + 1, before)


def _bare_sentence_adverb(toks: list[Token], i: int, before: int) -> int | None:
    """"Later he called the bid weak and said ...", "Then she left, saying ...": a sentence
    adverb with no comma after it, right before a subject pronoun, is no subject."""
    if i + 1 >= before or toks[i].lower not in SENTENCE_ADVERBS:
        return None
    nxt = toks[i + 1]
    return i + 1 if nxt.text.islower() and nxt.lower in SUBJECT_PRONOUNS else None


def _bare_adverbial(toks: list[Token], i: int, before: int) -> int | None:
    """"By Sunday evening she had ...", "At the sight of the bill he went pale and ...": a
    fronted prepositional phrase with no comma ends before a subject pronoun (when no comma
    follows that pronoun and its verb at once: "In a memo he wrote, the firm said")."""
    low = toks[i].lower
    if not (low in NP_PREPOSITIONS or low in FRONTED_PREPOSITIONS
            or low in BARE_FRONTED_PREPOSITIONS) or before <= i + 2:
        return None
    for m in range(i + 1, min(before, i + 12)):
        t = toks[m]
        if t.lower in SUBJECT_PRONOUNS and t.text.islower():
            return m if m > i + 1 and not any(
                x.text in (",", _QUOTE) for x in toks[m:min(before, m + 4)]) else None
        if not (is_word(t) or _figure(t) or t.lower == "'s") or t.lower in FINITE_VERBS \
                or t.lower in RELATIVE_PRONOUNS or t.lower in SUBORDINATORS \
                or t.lower == "that":
            return None  # "In one moment after he won ...": his subject is the clause's
    return None


def _bare_time_adjunct(toks: list[Token], i: int, before: int) -> int | None:
    """"On Sunday Jo Roe wrote ...", "On Tuesday morning the ministry said ...": "on" or
    "in" and up to three words of a day, a month or a date (no comma) end before a
    capitalised subject or one opened by a determiner."""
    if toks[i].lower not in ("on", "in") or (not toks[i].text.islower() and i > 0):
        return None
    k = i + 1
    while k < min(before, i + 4) and (toks[k].lower in DAY_WORDS or toks[k].lower in TIME_NOUNS
                                      or toks[k].lower in MONTH_NAMES or _figure(toks[k])):
        k += 1
    if k == i + 1 or k + 1 >= before or not any(
            toks[m].lower in DAY_WORDS or toks[m].lower in MONTH_NAMES for m in range(i + 1, k)):
        return None
    nxt = toks[k]
    if (is_capitalised(nxt) and nxt.lower not in DAY_WORDS and nxt.lower not in MONTH_NAMES) \
            or (nxt.text.islower() and (nxt.lower == "the" or nxt.lower in ARTICLES)):
        return k
    return None


def _more_adjuncts(toks: list[Token], k: int, before: int) -> int:
    """Past what goes on after a fronted adverbial's comma: "On Monday, however, ...", "At a
    rally in Ames, Iowa, on Sunday, ..." (a place and a time set off by commas)."""
    for _ in range(3):
        e = next((m for m in range(k, min(before, k + 6)) if toks[m].text == ","), None)
        if e is None or e == k or e + 1 >= before:
            return k
        seg, nxt = toks[k:e], toks[e + 1]
        place = all(is_capitalised(t) for t in seg) and len(seg) <= 3 and (
            nxt.lower in ADJUNCT_STARTS or nxt.lower in DAY_WORDS) and nxt.text.islower()
        if not (place or (seg[0].text.islower() and (seg[0].lower in SENTENCE_ADVERBS
                                                     or seg[0].lower in ADJUNCT_STARTS))):
            return k
        k = e + 1
    return k


def _conjunction_opener(toks: list[Token], i: int, before: int) -> int | None:
    """"But Roe said ...", "And the party ...": a conjunction that opens the sentence."""
    if toks[i].lower not in OPENING_CONJUNCTIONS or before <= i + 1:
        return None
    k = i + 1  # "And then Roe went ...", "But still the party ..."
    return k + 1 if toks[k].lower in FOCUS_ADVERBS and before > k + 1 \
        and toks[k + 1].text != "," else k


def _subordinate_clause(toks: list[Token], i: int, before: int) -> int | None:
    """"If he wins, Roe has said ...", "Although turnout fell, the party ...": a
    subordinate clause up to its comma."""
    if toks[i].lower not in SUBORDINATORS:
        return None
    comma = next((k for k in range(i + 1, min(before, i + 30)) if toks[k].text == ","), None)
    return None if comma is None else _more_adjuncts(toks, comma + 1, before)


def _time_phrase(toks: list[Token], i: int, before: int) -> int | None:
    """"A few days later, Roe ...", "That morning, the party ...", "Two weeks ago, ...": a
    time phrase up to its comma."""
    end = next((k for k in range(i + 1, min(before, i + 6))
                if toks[k].text == "," or toks[k].lower in TIME_PHRASE_ENDS), None)
    if end is not None and toks[end].text != "," and end + 1 < before:
        nxt = toks[end + 1]  # "A few minutes later they ..."
        comma = end + 1 if nxt.text == "," or nxt.lower in PRONOUNS or is_capitalised(nxt) \
            else None
        if comma is not None and nxt.text != ",":  # "sued after | Ohio cut" is no time phrase
            return comma if toks[end].lower in TIME_PHRASE_ENDS and not any(
                is_capitalised(t) for t in toks[i + 1:end]) and any(
                t.lower in TIME_UNITS for t in toks[i:end]) else None
    else:
        comma = end
    if comma is None:
        return None
    last = toks[comma - 1].lower
    if not (last in TIME_PHRASE_ENDS or last in DAY_WORDS or last in TIME_NOUNS) \
            or any(is_capitalised(t) and t.lower not in DAY_WORDS
                   for t in toks[i + 1:comma]):
        return None
    return _more_adjuncts(toks, comma + 1, before)


#: How many tokens before a verb a "where"/"when" opening its clause is looked for.
WHERE_REACH = 24


def _where_clause(toks: list[Token], i: int, before: int) -> int | None:
    """"The bill goes to the Senate, where its sponsor, Sen. Lila Okafor, said ...": a verb
    in a clause that "where" or "when" opens after a comma has its subject in that clause,
    when its noun phrase (with an apposition) runs right up to the verb ("..., where she
    grew up, said" is the main clause's verb)."""
    k = next((j for j in range(before - 1, max(i, before - WHERE_REACH), -1)
              if toks[j].lower in RELATIVE_ADVERBS and toks[j - 1].text == ","), None)
    if k is None or k + 1 >= before:
        return None
    end = right_np(toks, k + 1, subject=True)
    if end == before:
        return k + 1
    if k + 1 < end < before and toks[end].text == ",":  # "its sponsor, Sen. Lila Okafor,"
        e2 = right_np(toks, _past_role_words(toks, end + 1, before), limit=6, lowercase=False)
        if e2 == before or (e2 == before - 1 and toks[e2].text == ","):
            return k + 1
    return None


#: Rules that skip what opens a sentence before its subject, in order: (name, rule).  A
#: rule returns the index where the subject may start, or None when it does not apply.
SUBJECT_OPENERS: tuple[tuple[str, Callable[[list[Token], int, int], int | None]], ...] = (
    ("bullet", _bullet),
    ("dateline", _dateline),
    ("conjunction_opener", _conjunction_opener),
    ("subordinate_clause", _subordinate_clause),
    ("bare_sentence_adverb", _bare_sentence_adverb),
    ("bare_adverbial", _bare_adverbial),
    ("bare_time_adjunct", _bare_time_adjunct),
    ("fronted_adverbial", _fronted_adverbial),
    ("time_phrase", _time_phrase),
    ("where_clause", _where_clause),
)


def _subject_start(toks: list[Token], before: int) -> int:
    """Where a sentence's subject may start: past its openers (``SUBJECT_OPENERS``)."""
    i = 0
    for _name, rule in SUBJECT_OPENERS:
        if i >= before:
            break
        k = rule(toks, i, before)
        if k is not None:
            i = k
    return i


def subject(toks: list[Token], before: int) -> tuple[int, int] | None:
    """Subject noun phrase of a sentence (for "..., but said" and ", claiming that").

    Skips what opens the sentence before it (``SUBJECT_OPENERS``: "In a statement, ...",
    "WASHINGTON - ..."); a name in apposition ("A spokesman for X, Jane Roe, ...") is
    preferred over the role noun before it.
    """
    if not toks or toks[0].text == _QUOTE:
        return None
    i = _subject_start(toks, before)
    if i >= before:
        return None
    if toks[i].lower in PRONOUNS:
        return i, i + 1
    end = right_np(toks, i, subject=True)
    if end <= i or end > before:
        return None
    if end + 2 < before and toks[end].text == ",":
        a = _past_role_words(toks, end + 1, before)
        e2 = right_np(toks, a, limit=6, lowercase=False)
        if a < e2 <= before and toks[e2].text == "," and all(
                is_capitalised(t) or t.lower in NAME_PARTICLES for t in toks[a:e2]):
            return end + 1, e2
    return i, end


def _past_role_words(toks: list[Token], k: int, before: int) -> int:
    """Where the name starts in an apposition that may open with lower-case words ending in
    a person role ("Her rival, | businessman | Grant Holloway, said"; "former state senator
    Ana Lima"): ``k`` itself when no such role precedes a capitalised word."""
    for j in range(k, min(k + 3, before)):
        if not toks[j].text.islower() or not toks[j].text.isalpha():
            return k
        if toks[j].lower in PERSON_ROLES and j + 1 < before \
                and is_capitalised(toks[j + 1]):
            return j + 1
    return k


def person_noun_by_ending(word: str) -> bool:
    """"advocate", "grower", "economist": a noun for a person by its ending
    (``PERSON_NOUN_ENDINGS``), not one of the nouns with such an ending that are no persons
    (``NOT_PERSON_NOUNS``: "letter", "center")."""
    return word.endswith(PERSON_NOUN_ENDINGS) and word not in NOT_PERSON_NOUNS


def plural_subject(phrase: list[Token]) -> bool:
    """Could this noun phrase take a bare present verb ("they say", "researchers show")?"""
    head = next((phrase[m - 1] for m in range(1, len(phrase))
                 if phrase[m].lower in NP_PREPOSITIONS
                 or phrase[m].lower in LOCATIVE_ADVERBS
                 or (phrase[m].lower in MODIFIER_PARTICIPLES and phrase[m].text.islower())),
                phrase[-1])  # "polls in X", "records filed by X"
    if head.lower in PLURAL_PRONOUNS or head.text.isupper() \
            or any(t.lower in NAME_JOINERS for t in phrase):
        return True
    return is_plural_noun(head.lower) or head.lower in PLURAL_COLLECTIVES


def apposition_subject(
    toks: list[Token], comma: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Subject before a parenthetical that ends at ``comma``: "X, who ..., said", "X, 45, said",
    "A spokesman for Y, Jane Roe, said" (the name wins), "X, quoting Y, reported" (Y is via).

    When the sentence opens with a noun phrase followed by a comma, that noun phrase is the
    subject and everything up to the verb is apposition ("X, director of Y, and a member of Z,
    says").
    """
    subj = subject(toks, comma)
    between = toks[subj[1]:comma + 1] if subj is not None else []
    if subj is not None and subj[1] < comma and toks[subj[1]].text == "," \
            and not any(t.text == ";" for t in between) \
            and _quotes_closed_in(between) and not _predicate_between(between):
        nxt = subj[1] + 1
        via_seg = None
        if nxt < comma and toks[nxt].lower in VIA_MARKERS and nxt + 1 < comma:
            via_seg = (toks[nxt + 1].start, toks[comma - 1].end)
        return subj, via_seg
    after_quote = _subject_after_quote(toks, comma)
    if after_quote is not None:
        return after_quote, None
    c1 = _comma_before(toks, comma)
    if c1 < 0:
        return _stray_comma_subject(toks, comma)
    return _between_commas(toks, c1, comma)


def _predicate_between(between: list[Token]) -> bool:
    """"The pact, backed by the council, | is meant to let 30,000 people go, | the envoy, Jo
    Roe, said": does a part after a comma open with a finite verb, the predicate of the
    opening noun phrase, so that it is no apposition to it but its own clause (not after a
    relative pronoun, whose clause it may end: "Jo Roe, whose son, Ty, was killed, said")?"""
    for t, u in pairwise(between):
        if t.lower in RELATIVE_PRONOUNS or t.lower in ("that", "whose"):
            return False
        if t.text == "," and u.text.islower() and u.lower in FINITE_VERBS \
                and not u.lower.startswith("'"):
            return True
    return False


def _abbreviation_dot(toks: list[Token], q: int) -> bool:
    """The period of "Mass.", "Jr." or an initial inside a phrase, not a sentence end."""
    prev = toks[q - 1] if q > 0 else None
    return prev is not None and is_capitalised(prev) and len(prev.text) <= 4


def _subject_after_quote(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """'"...," Ana Ortiz, 61, a nurse in Dover, Ohio, said': after a quote that ends with a
    comma, the speaker is the noun phrase right after the quote, and what follows it up to
    the verb is apposition, however many commas it holds."""
    q = comma - 1
    while q > 0 and comma - q < 30 and toks[q].text != _QUOTE:
        t = toks[q]
        if t.text in (";", "!", "?") or (t.text.islower() and t.lower in REPORTING_VERBS) \
                or (t.text == "." and not _abbreviation_dot(toks, q)):
            return None
        q -= 1
    if q < 1 or toks[q].text != _QUOTE or toks[q - 1].text != "," or q + 1 >= comma \
            or not (is_capitalised(toks[q + 1]) or toks[q + 1].lower in DETERMINERS):
        return None
    e = right_np(toks, q + 1, limit=8)
    if not q + 1 < e < comma or toks[e].text != ",":
        return None
    return apposed_name(toks, q + 1, e) or (q + 1, e)


def apposed_name(toks: list[Token], a: int, e: int) -> tuple[int, int] | None:
    """The name after a role phrase ``[a, e)`` and its comma ("its chief executive, | Dana
    Pruitt |, said"), which names the speaker; None when the phrase is no role phrase (a
    name or a pronoun) or no name follows up to a comma or the sentence end.  A possessor's
    role phrase counts too ("the Ledger's editor, | Ana Lima |,")."""
    if e + 1 >= len(toks) or toks[e].text != "," or not (
            toks[a].lower in DETERMINERS or _possessor_role(toks, a, e)):
        return None
    e2 = right_np(toks, e + 1, limit=6, lowercase=False)
    if e2 <= e + 1 or not all(is_capitalised(t) or t.lower in NAME_PARTICLES
                              for t in toks[e + 1:e2]):
        return None
    end = e2 >= len(toks) or toks[e2].text in (",", ".", ";", "!", "?")
    return (e + 1, e2) if end else None


def _possessor_role(toks: list[Token], a: int, e: int) -> bool:
    """"the Vale Group's | chief": a name and its "'s" open the phrase ``[a, e)``, before a
    role word."""
    k = a
    while k < e and is_capitalised(toks[k]):
        k += 1
    return a < k and k + 1 < e and toks[k].lower == "'s"


def _quotes_closed_in(between: list[Token]) -> bool:
    """'Roe, who calls Lima a "fraud," | said': an apposition may hold a short quote that
    closes in it, but no reporting verb of another frame ("X, Y said, ... 'Z,' as W said")."""
    quotes = sum(t.text == _QUOTE for t in between)
    return quotes == 0 or (quotes % 2 == 0 and len(between) <= 14 and not any(
        t.text.islower() and REPORTING_VERBS.get(t.lower) in STRONG_LEMMAS
        for t in between))


def _comma_before(toks: list[Token], comma: int) -> int:
    """The comma that opens the parenthetical closing at ``comma`` (-1 if none in reach)."""
    for k in range(comma - 1, max(-1, comma - 30), -1):
        if toks[k].text == ",":
            return k
        if toks[k].text in (".", ";", _QUOTE):
            return -1
    return -1


def _stray_comma_subject(toks: list[Token],
                         comma: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """"The site Tallyhub.net, has said that ...": a stray comma after the subject."""
    a, b, via = left_np(toks, comma)
    if b > a and a == 0:
        return (a, b), via
    if 0 < comma <= 25 and toks[0].lower not in NP_PREPOSITIONS and toks[0].lower not in \
            ADJUNCT_STARTS and toks[0].text != _QUOTE and not any(
                t.lower in FINITE_VERBS or t.lower in _STRAY_STOPS for t in toks[:comma]) \
            and not any(_looks_past(toks, m) for m in range(1, comma)):
        return (0, comma), None
    return None, None


_STRAY_STOPS: Final = SPEAKER_STOPS - STRAY_SUBJECT_PREPOSITIONS


def _looks_past(toks: list[Token], m: int) -> bool:
    """A lower-case past verb ("offered the man a job"): a clause, not a subject; not a
    participle before a preposition ("a study published in ...")."""
    t, low = toks[m], toks[m].lower
    if not (t.text.islower() and ((low.endswith("ed") and len(low) > 4)
                                  or low in IRREGULAR_PAST)):
        return False
    return not (m + 1 < len(toks) and toks[m + 1].lower in MODIFIER_PREPOSITIONS)


def _between_commas(toks: list[Token], c1: int,
                    comma: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """", Jane Roe, said" after a role noun, ", quoting Y, reported", "X, 45, said"."""
    seg = toks[c1 + 1: comma]
    if not seg:
        return None, None
    via: tuple[int, int] | None = None
    name = toks[_past_role_words(toks, c1 + 1, comma):comma]  # "businessman | Tom Berg"
    if seg[0].lower in VIA_MARKERS and len(seg) > 1:
        via = (seg[1].start, seg[-1].end)
    elif all(is_capitalised(t) or t.lower in NAME_PARTICLES or t.lower == "'s" for t in name) \
            and is_capitalised(name[0]) and len(seg) <= 6:
        a, b, _ = left_np(toks, c1)
        named = any(is_capitalised(t) and t.lower not in NON_NAME_CAPITALS
                    for t in toks[a:b] if t.lower not in DETERMINERS)
        if b > a and (not named or toks[b - 1].lower in PERSON_ROLES
                      or toks[a].lower in ARTICLES
                      or toks[a].lower in POSSESSIVE_DETERMINERS):  # "Her Ohio rival, X,"
            return (c1 + 1, comma), None
    a, b, v2 = left_np(toks, c1)
    if b <= a:
        return None, None
    return (a, b), via or v2
