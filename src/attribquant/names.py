"""Proper names in a document, in text order: each run of capitalised words with the role
words around it ("spokeswoman Jane Roe", "the city of Tula"), its kind and display name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import Final, Literal

import regex

from .lexicon.attribution import (
    ACRONYM_SKIP,
    AUXILIARIES,
    CLAUSE_CONJUNCTIONS,
    DASH_TOKENS,
    DESCRIPTOR_NOUNS,
    DETERMINERS,
    DISTRICT_BODY_WORDS,
    DOCUMENT_NOUNS,
    FINITE_VERBS,
    FRONTED_PREPOSITIONS,
    GENERIC_SOURCES,
    HEADLINE_VERBS,
    HONORIFICS,
    INSTITUTION_HEADS,
    IRREGULAR_PAST,
    NAME_CONNECTORS,
    NAME_PARTICLE_PAIRS,
    NAME_PARTICLES,
    NON_NAME_CAPITALS,
    NP_PREPOSITIONS,
    ORG_FINAL_WORDS,
    ORG_ROLES,
    ORG_SUFFIXES,
    PERSON_ROLES,
    POSSESSIVE_DETERMINERS,
    RELATIVE_PRONOUNS,
    ROLE_AFTER_NAME,
    ROLE_BEFORE_NAME,
    SPEAKER_ARTICLES,
    SUBORDINATORS,
    SURNAME_SUFFIXES,
    THING_SUFFIXES,
    TITLE_CASE_SMALL_WORDS,
    WORK_NOUNS,
)
from .lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES
from .lexicon.entities import (
    ADJECTIVE_DESCRIPTIONS,
    APPOSITION_OPENERS,
    APPOSITION_PHRASE_BOUNDS,
    BARE_PARTY_MEMBERS,
    BURMESE_NAME_WORDS,
    COMPANY_DESCRIPTIONS,
    COURTESY_TITLES,
    DASH_FUNCTION_WORDS,
    DOCUMENT_NAME_HEADS,
    FACILITY_NOUNS,
    FAMILY_FIRST_SURNAMES,
    FOR_THE_NAME_WORDS,
    GENERATIONAL_SUFFIXES,
    GIVEN_NAME_PARTICLES,
    GROUP_ENDINGS,
    GROUP_NOUNS,
    GUARD_BODY_WORDS,
    HEADLINE_NAME_BREAKS,
    KIN_NOUNS,
    KIN_TITLES,
    MAKER_ENDING,
    MODIFIER_SUFFIXES,
    NAMING_PARTICIPLES,
    OBLIQUE_PREPOSITIONS,
    OFFICE_BODIES,
    OFFICE_HOLDER_POSSESSORS,
    OFFICE_NAME_HEADS,
    OFFICE_VERBS,
    PARTIES,
    PARTY_LETTERS,
    PARTY_MEMBER_NOUNS,
    PATRONYMIC_PARTICLES,
    PERSON_CAMEL_PREFIXES,
    PERSON_MAKERS,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    PLURAL_POSSESSIVE_NAME_HEADS,
    PLURAL_POSSESSOR_ENDINGS,
    PLURAL_POSSESSORS,
    POSSESSIVE_HEAD_MODIFIERS,
    POSSESSIVE_NAME_HEADS,
    PROPER_GROUP_NOUNS,
    ROLE_MODIFIER_TITLES,
    SAINT_WORDS,
    SEAT_NAMES,
    SEXED_TITLES,
    SHORT_FORM_ADJECTIVE_ENDINGS,
    SHORT_FORM_ADJECTIVES,
    STATE_ABBREVIATIONS,
    Sex,
    given_names,
)
from .lexicon.entities import places as place_names
from .lexicon.quantities import TIME_ZONES
from .lexicon.text import CLOCK_ABBREVIATIONS, SHORT_TIME_ZONES
from .mentions import person_noun_by_ending
from .text import Span
from .tokens import (
    SentenceTokens,
    Token,
    first_word_index,
    is_capitalised,
    is_identifier,
    is_word,
    looks_plural,
    plural_possessive,
    singular,
)

__all__ = ["COMMON", "DEFINITE", "GENERIC", "HOME_PLACE", "PARTY", "ROLE_RULES", "TYPE_RULES",
           "Name", "NameKind", "acronym", "scan_names", "title_sex"]

#: What a name names, as far as its words and roles tell ("thing": an event, a law, a
#: day or a building that is never a speaker: "the World Cup", "Fifth Avenue").
NameKind = Literal["person", "org", "place", "group", "document", "thing", "unknown"]

ROLE_NOUNS: Final = PERSON_ROLES | frozenset(ORG_ROLES)
_DESCRIPTOR_FIRST: Final = frozenset(d[0] for d in DESCRIPTOR_NOUNS)
#: Capitalised titles that never start a name run ("Mr", "Dr"): seen just before it.
RUN_TITLES: Final = frozenset(w for w in HONORIFICS if w.rstrip(".") in NON_NAME_CAPITALS)
_ORG_ROLE_WORDS: Final = frozenset(ORG_ROLES)
#: Title words with any final period dropped ("mr" for "Mr." and "Mr").
_TITLE_STEMS: Final = HONORIFICS | frozenset(h[:-1] for h in HONORIFICS if h.endswith("."))
_CALENDAR_WORDS: Final = WEEKDAY_NAMES | MONTH_NAMES
#: Marker role of an acronym given in brackets after a name ("(WHO)").
ALIAS: Final = "=alias"
#: Marker role of a plural speaking at a sentence start that is no noun for people by its
#: ending ("Companies say", "Nurses said"): a group, but no named one a later "they" refers to.
GENERIC: Final = "=generic"
#: Marker role of a name right after "the" ("the Roe Train"): a person's name takes no
#: article, so its first word is no given name that stands alone for it.
DEFINITE: Final = "=definite"
#: Marker role of a lone sentence-opening capital that is a common word of the text ("Poll
#: finds ...", "State officials ..." where "poll" and "state" are written in lower case and
#: never stand alone as a capitalised word inside a sentence): a name only if it is a short
#: form of one named before.
COMMON: Final = "=common"
#: Marker role of a person's full name before a facility noun ("the Jo Roe briefing room"):
#: the name is the facility's, no one who speaks.
EPONYM: Final = "=eponym"
#: Marker role of a lone given name after "a <noun> named" ("a nurse named Lucia"): the
#: person's whole name, whose sex the given name tells.
GIVEN_ONLY: Final = "=given"


class Name:
    """One proper-name occurrence (a slotted class: the resolver reads its fields often)."""

    __slots__ = ("acronym", "display", "end", "kind", "roles", "sex", "start", "tokens")

    def __init__(self, start: int, end: int, display: str, tokens: tuple[str, ...],
                 kind: NameKind, roles: frozenset[str], acronym: str,
                 sex: Sex | None) -> None:
        self.start = start
        self.end = end
        self.display = display
        self.tokens = tokens
        self.kind = kind
        self.roles = roles
        self.acronym = acronym  # initials of the display name ("UN"), see ``acronym``
        self.sex = sex  # from a title ("Mrs") or a given name ("Hillary")

    def __repr__(self) -> str:
        return (f"Name({self.start}, {self.end}, {self.display!r}, {self.tokens!r}, "
                f"{self.kind!r}, {sorted(self.roles)!r}, {self.acronym!r}, {self.sex!r})")


def scan_names(text: str, sentences: Sequence[Span], keep: Sequence[tuple[int, int]],
               tokens: SentenceTokens) -> Iterator[Name]:
    """Proper names in text order, streamed (the resolver links each one as it comes, so a
    huge text never holds them all).  ``keep`` spans (speaker mentions) always count as names,
    even a lone capitalised word opening a sentence ("Moscow said")."""
    scan = _Scan(text, keep, tokens.ascii)
    for s in sentences:
        toks = tokens.get(s.start, s.end)  # shared with the frame finder
        opener = first_word_index(toks)
        runs = _name_runs(toks, text.find("-", s.start, s.end) >= 0, scan.ascii)
        if any(b - a >= 3 for a, b in runs) and _title_case(toks):
            runs = _headline_runs(toks, runs)
        for a, b in runs:
            yield from scan.names(s, toks, opener, a, b)


class _Scan:
    """What the name scan knows of one text: the words it writes capitalised inside a
    sentence or with spaces round them, its common words, the first words of its names of
    two words or more, and the readings and initials of names it has read."""

    __slots__ = ("ascii", "common", "initials", "keep_starts", "opened", "readings",
                 "seen_mid", "spaced", "text")

    def __init__(self, text: str, keep: Sequence[tuple[int, int]], ascii_text: bool) -> None:
        self.text = text
        self.keep_starts = {k[0] for k in keep}
        self.ascii = ascii_text
        # capitalised words seen inside a sentence: a capital that opens a sentence is a name
        # by itself only if the word also appears capitalised mid-sentence somewhere
        self.seen_mid = _capitals_inside(text, self.ascii)
        self.readings = _kept_readings()
        self.initials: dict[str, str] = {}  # by display name (``acronym``)
        self.spaced = _SpacedWords(text)
        self.common = _CommonWords(text, self.spaced)
        self.opened: set[str] = set()  # first words of names of two words or more read so far

    def names(self, s: Span, toks: list[Token], opener: int, a: int, b: int) -> list[Name]:
        """The names of the run ``[a, b)`` of a sentence's tokens: none for a lone capital
        opening the sentence that names no one ("Officials said", "However", a headline's
        "Poll: ...", "Regulators said")."""
        a, first_word = _past_stray_opener(self.spaced, toks, opener, a, b, self.seen_mid)
        if _no_name_here(self.text, s, toks, opener, a, b, first_word):
            return []
        low = toks[a].lower
        lone = first_word and b - a == 1
        unsure = lone and not toks[a].text.isupper() and low not in self.seen_mid \
            and low not in place_names() \
            and not _short_form(toks[a], self.opened, self.spaced)  # "Denver will spend
        # ...": a place; "Dunmore Outfitters ... Dunmore employs": a name's first word alone
        if b - a >= 2:
            self.opened.add(low)
        speaker = toks[a].start in self.keep_starts
        if lone and (low in GENERIC_SOURCES or (unsure and not speaker)
                     or (unsure and low in DOCUMENT_NOUNS)):
            return []
        generic = unsure and speaker and looks_plural(low) \
            and low not in PROPER_GROUP_NOUNS  # "Democrats say": named
        if generic and _people_plural(low):
            return []  # "Regulators said": a plural of a noun for people, no name
        marker = GENERIC if generic else COMMON if lone and not toks[a].text.isupper() \
            and low in self.common else ""
        return _names_of_run(self.text, toks, a, b, unsure, speaker, self.readings,
                             self.initials, marker)


def _past_stray_opener(spaced: _SpacedWords, toks: list[Token], opener: int, a: int, b: int,
                       seen_mid: set[str]) -> tuple[int, bool]:
    """Where the run ``[a, b)``'s name starts, past a stray first word of the sentence
    ("Shares of Quillon Inc rose", "Besides Clinton, ..."), and whether it opens the sentence
    (only quotes or brackets before it, or a dateline: "TULA (Reuters) - Police")."""
    first_word = a == opener or _after_dateline(toks, opener, a)
    if first_word and b - a >= 2 and _stray_opener(spaced, toks, a, b, seen_mid):
        a += 1
        while a < b and toks[a].text.islower():
            a += 1
        return a, False
    return a, first_word


def _no_name_here(text: str, s: Span, toks: list[Token], opener: int, a: int, b: int,
                  first_word: bool) -> bool:
    """A run that names no one: a section heading ("SUMMARY.", "FULL STORY."), a clock's
    time zone ("at 7:15 p.m. EST"), a dateline's word ("TULA, April 11 (Wire) - ...")."""
    return (first_word and _heading_line(text, s, toks, a, b)) or _time_zone(toks, a, b) \
        or (a == opener and _dateline_place(toks, opener, b))


def _short_form(tok: Token, opened: set[str], spaced: _SpacedWords) -> bool:
    """"Dunmore Holdings cut 140 jobs ... Dunmore employs 6,500": is a lone capital
    opening a sentence the first word of a name of two words or more read before, never a
    lower-case word of the text, and no adjective ("New Carver Bank ... New rules",
    "Central Bank of Tula ... Central banks", ``SHORT_FORM_ADJECTIVES``)?"""
    return tok.lower in opened and tok.lower not in spaced \
        and tok.lower not in NON_NAME_CAPITALS and tok.lower not in SHORT_FORM_ADJECTIVES \
        and not tok.lower.endswith(SHORT_FORM_ADJECTIVE_ENDINGS)


def _title_case(toks: list[Token]) -> bool:
    """"Jo Roe Goes After Ana Lima As Polls Tighten": is the sentence a headline in title case:
    four words or more besides the small ones it leaves in lower case, all capitalised, so
    its verbs too ("Minister Ana Lima met Minister Jo Roe" is a sentence)?"""
    words = 0
    for t in toks:
        if is_word(t) and t.lower not in TITLE_CASE_SMALL_WORDS:
            if not is_capitalised(t):
                return False  # (most sentences stop at their second word)
            words += 1
    return words >= 4


def _headline_runs(toks: list[Token], runs: list[tuple[int, int]]
                   ) -> list[tuple[int, int]]:
    """"Jo Roe Wins Vote In Tula As Rivals Quit": in a title-case headline, where every word
    is capitalised, a run of capitals is cut at a word that no name holds inside it
    (``HEADLINE_NAME_BREAKS``, a headline verb) and at a word in -s (a verb, or a plural
    that no person's name ends in) after a given name and one word or more ("Jo Roe | Wins",
    "Jo Roe Campaign | Wants"); the cutting word is no name, nor an auxiliary opening a run
    in a question ("Will Vell Win?")."""
    out: list[tuple[int, int]] = []
    question = toks[-1].text == "?"
    for k, e in runs:
        a = k + 1 if question and toks[k].lower in HEADLINE_NAME_BREAKS else k
        for j in range(k + 1, e):
            if _headline_name_opens(toks, a, j, e):
                out.append((a, j))
                a = j
            elif _headline_break(toks, a, j):
                if j > a:
                    out.append((a, j))
                a = j + 1
        if a < e:
            out.append((a, e))
    return out


def _headline_break(toks: list[Token], a: int, j: int) -> bool:
    """Is token ``j`` of a title-case headline's run (its current name from ``a``) a word
    that no name holds: a break word, a headline verb, a word in -s (no body's name word)
    two words or more after a given name ("Jo Roe Wins", "Actor Jo Roe Joins") or right
    after an acronym ("TNC Fires Roe")?"""
    low = toks[j].lower
    if low in HEADLINE_NAME_BREAKS or low in HEADLINE_VERBS:
        # a break word that is a name too ("May", "Will") after a given name or a title is
        # the name: "Lena May Wins", "Actor Will Roe Joins"
        prev = toks[j - 1].lower.rstrip(".")
        return low not in given_names() or not (
            prev in given_names() or prev in HONORIFICS or prev in PERSON_ROLES)
    if not low.endswith("s") or low.endswith("ss") or low in ORG_FINAL_WORDS:
        return False  # ("Vell Holdings", "Tula Airlines": a body's plural name word)
    return any(toks[p].lower in given_names() for p in range(a, j - 1)) \
        or (j - a == 1 and toks[a].text.isupper() and len(toks[a].text) > 1)


def _headline_name_opens(toks: list[Token], a: int, j: int, e: int) -> bool:
    """"Ana Vell Sent Jo Roe A Letter", "Split From Wife Ana Roe": does a person's name start
    at ``j`` inside a title-case headline's run: a given name with a capital after it, right
    after a word that reads as a verb (in -s or -ed, an irregular past) two words or more
    into the current name, or after a kin noun (not "Rand Paul", "Ana Rodham Clinton", "Bank
    Of Virginia Hospital": a surname or a place that is also given)?"""
    if j + 1 >= e or toks[j].lower not in given_names() or not is_capitalised(toks[j + 1]):
        return False
    prev = toks[j - 1].lower
    if j - a == 1:
        return prev in KIN_NOUNS
    return j - a >= 2 and prev not in given_names() and (
        prev in IRREGULAR_PAST or prev.endswith("ed")
        or (prev.endswith("s") and not prev.endswith("ss")))


def _dateline_place(toks: list[Token], opener: int, b: int) -> bool:
    """Does the sentence open with a dateline, a word in capitals (the run ending at ``b``,
    the place the story was filed from) followed by a comma, a bracket or a dash, that a dash
    ends within a few tokens (``_after_dateline``: "TULA, April 11 (Wire) - ")?"""
    if b >= len(toks) or (toks[b].text not in (",", "(") and toks[b].text not in DASH_TOKENS):
        return False
    for k in range(b, min(len(toks) - 1, opener + 12)):
        if toks[k].text in DASH_TOKENS:
            return _after_dateline(toks, opener, k + 1)
    return False


def _after_dateline(toks: list[Token], opener: int, a: int) -> bool:
    """"CARACOLA (Reuters) - Authorities said": does the dash before token ``a`` end a
    dateline opening the sentence (a place in capitals, then perhaps a state, a date and an
    agency in brackets, no lower-case word), so that the word after it opens the sentence?"""
    first = toks[opener].text
    if not (first.isupper() and len(first) > 1 and first.isalpha()) or a - opener > 12 \
            or a <= opener + 1 or toks[a - 1].text not in DASH_TOKENS:
        return False
    return not any(t.text.islower() and t.text.isalpha() for t in toks[opener + 1:a - 1])


def _people_plural(low: str) -> bool:
    """"Regulators", "Shareholders", "Analysts": a plural of a noun for people by its ending
    (``PERSON_NOUN_ENDINGS``, not ``NOT_PERSON_NOUNS``) or a generic source, no name even
    opening a sentence; not a people's name ("Palestinians", "Kurds") nor a company's or a
    surname in -s ("Barclays", "Jones")."""
    return low in GENERIC_SOURCES or (not low.endswith(("ians", "ans")) and person_plural(low))


def person_plural(word: str) -> bool:
    """"Growers said ...": is ``word`` the plural of a noun for a person by its ending
    ("growers", "economists", "fishermen"), not one of the nouns with such an ending that
    are no persons ("papers", "members")?"""
    if not word.isalpha() or not word.endswith(("s", "men")):
        return False
    one = word[:-3] + "man" if word.endswith("men") else word[:-1]
    return person_noun_by_ending(one)


def _capitals_inside(text: str, ascii_text: bool) -> set[str]:
    """Capitalised words the text writes inside a sentence (after a lower-case word, or as
    the surname after a given name and a middle initial, "Ana K. Berg"), lower-cased."""
    mid = _MID_CAPITAL_ASCII if ascii_text else _MID_CAPITAL
    seen = {w.lower() for w in mid.findall(text)}
    seen.update(last.lower() for given, last in _AFTER_INITIAL.findall(text)
                if given.lower() in given_names())
    return seen


def _heading_line(text: str, s: Span, toks: list[Token], a: int, b: int) -> bool:
    """"SUMMARY." on a line of its own: a run of capitals written all in upper case that is a
    whole paragraph (a line, with at most a full stop after it) is a section heading of the
    page, not a name."""
    if b < len(toks) - 1 or (b == len(toks) - 1 and toks[b].text != "."):
        return False
    if not all(t.text.isupper() and t.text.isalpha() for t in toks[a:b]):
        return False
    before = text[max(0, s.start - 1):s.start]
    after = text[s.end:s.end + 1]
    return before in ("", "\n") and after in ("", "\n")


def _time_zone(toks: list[Token], a: int, b: int) -> bool:
    """"sent at 7:15 p.m. EST": a lone word in capitals that names a time zone
    (``TIME_ZONES``) right after a clock time (figures, or "a.m."/"p.m."; a short US zone,
    ``SHORT_TIME_ZONES``, after "a.m."/"p.m." only: "9 p.m. ET") is no name."""
    short = toks[a].lower in SHORT_TIME_ZONES  # "ET": after "a.m."/"p.m." only
    if b - a != 1 or not toks[a].text.isupper() or not (short or toks[a].lower in TIME_ZONES):
        return False
    k = a - 1
    if k > 0 and toks[k].text == "." and toks[k - 1].lower in CLOCK_ABBREVIATIONS:
        k -= 1  # "p.m." is read as "p.m" and its full stop
    return k >= 0 and (toks[k].lower in CLOCK_ABBREVIATIONS
                       or (not short and toks[k].text[-1:].isdigit()))


class _SpacedWords:
    """The words written with a space on each side somewhere in a text.  The first
    ``SPACED_SEARCHES`` questions each search the text (most texts ask none or one or two);
    a later one gathers the words in one pass over the text (not one search of it a
    sentence, so the time stays linear)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked = 0
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.asked += 1
            if self.asked <= SPACED_SEARCHES:
                # " Roe " in the text: a word of the text split at single spaces, not its
                # first or last
                return " " not in word and f" {word} " in self.text
            self.words = set(self.text.split(" ")[1:-1])
        return word in self.words


#: Questions to ``_SpacedWords`` answered by a search of the text before it gathers its words.
SPACED_SEARCHES: Final = 8


class _CommonWords:
    """"Poll finds ...", with "a new poll" and "the Fox Poll" in the text: is a lone
    sentence-opening word a common word?  Its lower-case form is written in the text, it is
    no given name or title, and it never stands alone as a capital inside a sentence (with
    no capitalised word next to it: "said Roe", "the Post").  Those words are gathered in
    one pass over the text, on the first question."""

    def __init__(self, text: str, spaced: _SpacedWords) -> None:
        self.text = text
        self.spaced = spaced
        self.alone: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if word not in self.spaced or word in given_names() or word in HONORIFICS \
                or word + "." in HONORIFICS:
            return False
        if self.alone is None:
            alone = _ALONE_CAPITAL_ASCII if self.text.isascii() else _ALONE_CAPITAL
            self.alone = {w.lower() for w in alone.findall(self.text)}
        return word not in self.alone


#: A capitalised word inside a sentence with no capitalised word right before or after it.
_ALONE_CAPITAL: Final = regex.compile(
    r"(?:^|[\s(\"'\u201c])[\p{Ll}\p{N}][\p{L}\p{N}'\u2019-]*+[,;:)]? "
    r"(\p{Lu}[\p{L}\p{M}\p{N}]*+)(?![\p{L}\p{M}\p{N}]| \p{Lu})"
)
#: A given name, a middle initial and the surname after them ("Ana K. Berg"): the surname
#: is capitalised inside a sentence too, though no lower-case word stands right before it
#: (the given name is checked against the table: "World War I. Veterans" is none).
_AFTER_INITIAL: Final = regex.compile(r"\b(\p{Lu}\p{Ll}+) \p{Lu}\. (\p{Lu}\p{Ll}+)(?![.\p{L}])")
# the same words in an ASCII text, found by the standard library's faster engine (the
# white space spelt out: its ``\s`` also takes U+001C..U+001F, which are no Unicode space)
_ALONE_CAPITAL_ASCII: Final = re.compile(
    r"(?:^|[ \t\n\r\x0b\x0c(\"'])[a-z0-9][A-Za-z0-9'-]*[,;:)]? "
    r"([A-Z][A-Za-z0-9]*)(?![A-Za-z0-9]| [A-Z])"
)


def _stray_opener(spaced: _SpacedWords, toks: list[Token], a: int, b: int,
                  seen_mid: set[str]) -> bool:
    """Is the sentence's first word, never capitalised inside a sentence, no part of the
    name after it?  A plural before "of" ("Shares of Quillon Inc"), or a word written in
    lower case elsewhere in the text before a name seen inside sentences ("Besides Clinton",
    "Deport Haley"; not "Hogan Gidley", whose given name is never a lower-case word)."""
    first = toks[a].lower
    if first in seen_mid or first in given_names() or first in HONORIFICS \
            or first + "." in HONORIFICS or first in PERSON_ROLES:
        return False  # "Sheriff Dale Ruiz said": a title, though "the sheriff" comes later
    nxt = toks[a + 1]
    if nxt.text.islower():
        return b - a > 2 and looks_plural(first)
    return nxt.lower in seen_mid and nxt.text[0].isupper() and first in spaced


_MID_CAPITAL: Final = regex.compile(
    r"(?<=[\p{Ll}\p{N},;:)] )\p{Lu}[\p{L}\p{M}\p{N}]*+(?:[-&.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)*+"
)
# the same words in an ASCII text, found by the standard library's faster engine (the
# pattern opens with the space, a literal that engine looks for fast, and captures the word)
_MID_CAPITAL_ASCII: Final = re.compile(
    r" (?<=[a-z0-9,;:)] )([A-Z][A-Za-z0-9]*(?:[-&.][A-Za-z0-9][A-Za-z0-9]*)*)"
)


class _Reading:
    """What a name's words and roles say, the same wherever they recur, in any text."""

    __slots__ = ("kind", "person", "roles", "sex", "tokens")

    def __init__(self, person: tuple[str, ...], roles: frozenset[str], kind: NameKind,
                 sex: Sex | None, tokens: tuple[str, ...]) -> None:
        self.person = person
        self.roles = roles
        self.kind = kind
        self.sex = sex
        self.tokens = tokens


#: Readings of names by their words and roles, kept across texts: a name's reading depends
#: on nothing else (the lexicon is fixed), and a batch of news articles names the same
#: people and organisations again and again.  Cleared whole when it outgrows
#: ``READINGS_LIMIT`` entries (about 1 KB each, so at most about 10 MB a process) and when
#: ``TYPE_RULES`` is replaced; a program that changes a lexicon list after a first extract
#: must clear it itself (``_READINGS.clear()``).
_READINGS: Final[dict[tuple[tuple[str, ...], frozenset[str]], _Reading]] = {}
READINGS_LIMIT: Final = 10_000
#: The table of type rules the kept readings were made with.
_READ_WITH: Final[list[object]] = [None]


def _kept_readings() -> dict[tuple[tuple[str, ...], frozenset[str]], _Reading]:
    """``_READINGS``, cleared first when over its limit or made with another table of type
    rules (a changed table reads names anew)."""
    if len(_READINGS) > READINGS_LIMIT or _READ_WITH[0] is not TYPE_RULES:
        _READINGS.clear()
        _READ_WITH[0] = TYPE_RULES
    return _READINGS


def _read(words: tuple[str, ...], roles: set[str]) -> _Reading:
    person, title_roles = _person_part(words)
    roles |= title_roles
    kind = _classify(_name_words(words, person, bool(title_roles), roles))
    if kind == "unknown" and person == words and _after_party_noun(words):
        person, kind = words[1:], "person"  # "Democrat Ines Vukovic": a title, then the name
        roles.add(words[0].lower())
    sex = _sex(person, roles) if kind == "person" or (
        kind == "unknown" and not _place_led(person)) else None
    return _Reading(person, frozenset(roles), kind, sex,
                    _split_particles(person if kind == "person" else words))


def _names_of_run(text: str, toks: list[Token], a: int, b: int, unsure: bool, speaker: bool,
                  readings: dict[tuple[tuple[str, ...], frozenset[str]], _Reading],
                  initials: dict[str, str], marker: str = "") -> list[Name]:
    """The name of the run ``[a, b)`` (with an institution noun after it joined), and an
    acronym given in brackets after it ("The World Health Organisation (WHO)").  A name
    read before in the document with the same words and roles is not read again, nor the
    initials of a display name (``readings``, ``initials``: what the document has read).
    ``marker``: a marker role to give it (``COMMON``)."""
    if _names_nothing(toks, a, b):
        return []
    a = _past_description(toks, a, b)
    roles: set[str] = {marker} if marker else set()
    toks, b = _dash_tail(toks, a, b)
    toks, b, nick = _drop_nickname(toks, a, b)
    b = _person_of_place(toks, a, b)
    b = _institution_after(toks, b, unsure, speaker, roles)
    before = toks[a - 1].lower if a > 0 else ""
    for rule in _ROLE_DISPATCH.rules_for(before, toks[b].lower if b < len(toks) else ""):
        rule(toks, a, b, roles)
    words = tuple(map(_TEXT, toks[a:b]))
    key = (words, frozenset(roles))
    r = readings.get(key)
    if r is None:
        r = readings[key] = _read(words, roles)
    display = _display(text, toks, a, b) if not nick else \
        f"{_display(text, toks, a, nick)} {_display(text, toks, nick, b)}"
    if r.kind == "person" and r.person != words:
        display = _titled(text, toks, b - len(r.person), b)
    acr = initials.get(display)
    if acr is None:
        acr = initials[display] = acronym(display.split())
    found = [Name(toks[a].start, toks[b - 1].end, display, r.tokens, r.kind, r.roles, acr,
                  r.sex)]
    if b + 2 < len(toks) and toks[b].text == "(" and toks[b + 2].text == ")" \
            and toks[b + 1].text.isupper():
        found.append(Name(toks[b + 1].start, toks[b + 1].end, display, _split_particles(words),
                          r.kind, r.roles | {ALIAS, toks[b + 1].text}, acr, r.sex))
    return found


def _names_nothing(toks: list[Token], a: int, b: int) -> bool:
    """A capitalised run that is no name of its own: a party tag ("Sen. Jo Roe, R-Iowa,
    said"), a modifier ("the Texas-based firm": the description names the speaker), a
    common noun for a politician ("a Republican", "the Democrat said"), a role noun in
    capitals ("the CEO said")."""
    return (b - a == 1 and "-" in toks[a].text and bool(_party_tag(toks[a]))) \
        or toks[b - 1].text.rpartition("-")[2] in MODIFIER_SUFFIXES \
        or (b - a == 1 and toks[a].lower in BARE_PARTY_MEMBERS) or _role_acronym(toks, a, b)


def _past_description(toks: list[Token], a: int, b: int) -> int:
    """"Carmaker Vell Motors", "Wholesaler Pellam Distribution": where the run ``[a, b)``'s
    name starts, past a capitalised description opening it (not "Shoemaker Construction",
    whose other words are only business words)."""
    if b - a > 1 and _description_opens(toks[a]) \
            and not all(t.lower in ORG_FINAL_WORDS for t in toks[a + 1:b]):
        return a + 1
    return a


def _description_opens(t: Token) -> bool:
    """"Carmaker | Vell Motors", "Chipmaker | Orlo": a noun for a business (``business_noun``),
    capitalised, that opens a run; not an adjective that may open a business's own name
    (``ADJECTIVE_DESCRIPTIONS``: "Giant Eagle")."""
    return t.text[:1].isupper() and t.text[1:].islower() \
        and t.lower not in ADJECTIVE_DESCRIPTIONS and business_noun(t.lower)


def business_noun(word: str) -> bool:
    """"the toymaker", "the lender": a noun for a business (a company description, or one
    named by what it makes that is no person like "lawmaker")."""
    return word in COMPANY_DESCRIPTIONS or (
        word.endswith(MAKER_ENDING) and word != MAKER_ENDING and word not in PERSON_MAKERS)


def _role_acronym(toks: list[Token], a: int, b: int) -> bool:
    """"The CEO said", "its CFO", "the new CEO": a person's role written as an acronym alone
    after a determiner (and up to two lower-case modifiers) is a role noun, no name ("the
    NAACP" is a name: no role)."""
    if b - a != 1 or not toks[a].text.isupper() or toks[a].lower not in PERSON_ROLES:
        return False
    k = a - 1
    while k >= 0 and a - k <= 3 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].lower not in DETERMINERS:
        k -= 1  # "the new | CEO", "its interim | CFO"
    return k >= 0 and toks[k].lower in DETERMINERS


#: Function words that follow a dash, never a hyphen inside a name ("Roe-that is").
_DASH_TAILS: Final = DETERMINERS | CLAUSE_CONJUNCTIONS | NP_PREPOSITIONS \
    | DASH_FUNCTION_WORDS


def _dash_tail(toks: list[Token], a: int, b: int) -> tuple[list[Token], int]:
    """"Rand Paul-that is", "Jo Roe III-a Tulsa lawyer": a dash run into the word after a
    name (a printed em dash with no spaces) is no part of it; the run ends at the first such
    token, cut before the dash (a copy of ``toks`` is returned when it is)."""
    if b - a == 1 and "-" not in toks[a].text:
        return toks, b  # the common case: a one-word name without a hyphen
    for k in range(a, b):
        t = toks[k]
        if "-" not in t.text:
            continue
        head, dash, tail = t.text.rpartition("-")
        if not dash or not head or not head[0].isupper() or tail not in _DASH_TAILS:
            continue  # "Ban Ki-moon", "Coca-Cola": one word
        cut = list(toks)
        cut[k] = Token(t.start, t.start + len(head), head, head.lower(), t.glued, t.junk)
        return cut, k + 1
    return toks, b


def _drop_nickname(toks: list[Token], a: int, b: int) -> tuple[list[Token], int, int]:
    """'Marta "Tita" Olsen' is the name "Marta Olsen": the quoted nickname inside the run
    ``[a, b)`` is dropped (a copy of ``toks`` is returned, the run's new end, and where the
    words after the nickname start; 0 when there is none)."""
    if b - a < 5:
        return toks, b, 0
    for k in range(a + 1, b - 3):
        if _nickname_at(toks, k):
            return toks[:k] + toks[k + 3:], b - 3, k
    return toks, b, 0


def _person_of_place(toks: list[Token], a: int, b: int) -> int:
    """"Gov. Lena Fisk of Ohio", "Jo Roe of Tula University": a person's name (after a
    title, or opening with a given name) ends before "of" and a known place or an
    organisation's name, and a given name and a surname (perhaps after a title and the words
    that modify it: "Dr. Jo Roe of Vell Children's Centre", "Foreign Minister Ana Calder of
    Portavia"; a surname that is also a given name after a title) before "of" and any capital
    but "the", or "the" and a name holding an organisation word ("Jo Roe of the Tula Policy
    Center"; the new run end is returned; "Bank of England" and "Duke of York" stay
    whole)."""
    if b - a < 3:
        return b
    # up to four words before "of"; an initial's period is no word ("Gov. Lena K. Fisk of")
    reach = a + 5 + sum(1 for t in toks[a:min(b, a + 8)] if t.text == ".")
    of = next((k for k in range(a + 1, min(b - 1, reach)) if toks[k].lower == "of"), None)
    if of is None:
        return b
    head = [t.lower.rstrip(".") for t in toks[a:of] if t.text != "."]
    names = _after_titles(head)  # "Foreign Minister Ana Calder": ["ana", "calder"]
    given = given_names()
    role_first = len(names) == 3 and names[0] not in given \
        and (names[0] in PERSON_ROLES or names[0].endswith(_OCCUPATION_ENDINGS))
    if role_first and (names[1] in given or _two_name_words(toks[of - 2:of])):
        names = names[1:]  # "Criminologist Ana Calder of Tula University": a role before it
    titled = len(names) < len(head) or (a > 0 and toks[a - 1].lower.rstrip(".") in _TITLE_STEMS)
    if titled and len(names) == 2 and _two_name_words(toks[of - 2:of]):
        return of  # "Analyst Priya Vell of Orlo Capital", "Inspector Jo Roe of the Tula
        # Constabulary": after a title or role, two name words end before any "of" phrase
    if len(names) == 2 and len(head) - len(names) <= 3 and names[0] in given and (
            ((titled or names[1] not in given) and toks[of + 1].lower != "the")
            or (toks[of + 1].lower == "the"
                and any(t.lower in ORG_SUFFIXES for t in toks[of + 2:b]))):
        return of  # "Lena Marsh of Counter Point", "Jo Lewis of the Tula Policy Center"
    if len(head) == 2 and toks[of + 1].lower == "the" and _two_name_words(toks[a:of]) \
            and (a == 0 or toks[a - 1].lower != "the") and _body_closes(toks, of + 2, b):
        return of  # "Anselm Drewitt of the Vell Development Fund": a given name unknown
        # (not "The Grand Jury of the Tula Court", "Founding Member of the Tula Union Ana
        # Lima": a title before a name)
    if " ".join(t.lower for t in toks[of + 1:b]) not in place_names() \
            and toks[b - 1].lower not in ORG_SUFFIXES:
        return b
    return of if names and (titled or (len(names) >= 2 and names[0] in given)) else b


def _body_closes(toks: list[Token], c: int, b: int) -> bool:
    """Does the run ``toks[c:b]`` hold a body's word, after which only an "of" phrase
    follows ("Tula Institute of Economics"; not "Tula Union Ana Lima")?"""
    last = max((k for k in range(c, b) if toks[k].lower in ORG_SUFFIXES), default=-1)
    return last >= 0 and (last == b - 1 or toks[last + 1].lower == "of")


def _two_name_words(toks: list[Token]) -> bool:
    """"Anselm Drewitt": two words that may be a given name and a surname (each a capital
    then small letters; no word of a body's or a place's name, no role, no plural)."""
    return len(toks) == 2 and all(
        t.text[:1].isupper() and t.text[1:].isalpha() and t.text[1:].islower()
        and t.lower not in ORG_SUFFIXES and t.lower not in ROLE_NOUNS
        and t.lower not in NON_NAME_CAPITALS and t.lower not in place_names()
        and not looks_plural(t.lower) for t in toks) \
        and " ".join(t.lower for t in toks) not in place_names()


#: Endings of nouns for a person's occupation ("criminologist", "physician"), which
#: capitalised before a name open the sentence as its role, no part of the name.
_OCCUPATION_ENDINGS: Final = ("ologist", "ist", "ician")


def _after_titles(head: list[str]) -> list[str]:
    """The words of a run (lower-cased) after its last title and the words that modify it
    ("foreign minister ana calder" -> ["ana", "calder"]; a last word that may be a title is
    the surname after a given name: "rep. ana king" -> ["ana", "king"])."""
    titles = [k for k, w in enumerate(head) if w in _TITLE_STEMS]
    if titles and titles[-1] == len(head) - 1:
        before = titles[-2] if len(titles) > 1 else -1
        if any(w in given_names() for w in head[before + 1:-1]):
            return head[before + 1:]  # "rep. ana king"
    last = titles[-1] if titles else -1
    return head[last + 1:]


def _titled(text: str, toks: list[Token], a: int, b: int) -> str:
    """A person's display name after its title: "Ana Roe"; a lone surname keeps the title
    just before it ("President Obama"), unless a courtesy title ("Mr. Lou" is "Lou")."""
    if b - a == 1 and a > 0:
        k = a - 1 if toks[a - 1].text != "." else a - 2
        if k >= 0 and toks[k].text[:1].isupper() \
                and toks[k].lower.rstrip(".") not in COURTESY_TITLES \
                and (toks[k].lower in HONORIFICS or toks[k].lower + "." in HONORIFICS):
            return _display(text, toks, k, b)
    return _display(text, toks, a, b)


#: Role words that give a person's sex: titles ("Mrs") and kin nouns ("her husband, Leo").
_SEX_OF_ROLE: Final[dict[str, Sex]] = {**SEXED_TITLES, **KIN_NOUNS, **KIN_TITLES}
_SEXED_TITLE_WORDS: Final = frozenset(_SEX_OF_ROLE)


def title_sex(roles: set[str] | frozenset[str]) -> Sex | None:
    """The sex the titles among ``roles`` give ("mrs" -> "f"); None for none, or for titles
    of both sexes."""
    # the intersection walks the smaller set: an entity can gather thousands of aliases
    sexes = {_SEX_OF_ROLE[r] for r in _SEXED_TITLE_WORDS.intersection(roles)}
    return sexes.pop() if len(sexes) == 1 else None


def _sex(person: tuple[str, ...], roles: set[str]) -> Sex | None:
    """"Mrs Roe" (a title), "Hillary Roe" (a given name of two or more words), "a nurse
    named Lucia" (a given name introduced alone) -> "f"."""
    titled = title_sex(roles)
    if titled is not None:
        return titled
    person = _past_initial(person)
    if len(person) >= 2 or GIVEN_ONLY in roles:
        return given_names().get(person[0].lower())
    return None


def _past_initial(person: tuple[str, ...]) -> tuple[str, ...]:
    """"C. Winston Marlow" -> ("Winston", "Marlow"): a name's words after a first initial
    and its period, when a given name and a surname follow (else the words as they are)."""
    if len(person) >= 4 and len(person[0]) == 1 and person[1] == ".":
        return person[2:]
    return person


def _institution_after(toks: list[Token], b: int, unsure: bool, speaker: bool,
                       roles: set[str]) -> int:
    """"the Conservative government", "Ottawa police": a lower-case institution noun joins
    the name (the new run end is returned); "Tula mayor Jo Roe", "Peru's government": the
    name gets the role (not after an unsure first word: "Local government said" names
    nothing)."""
    if b >= len(toks):
        return b
    nxt = toks[b]
    if not unsure and nxt.text.islower() and nxt.lower in INSTITUTION_HEADS:
        roles.add(nxt.lower)
        return b + 1
    possessive_speaker = speaker and nxt.lower == "'s"
    if (not unsure or possessive_speaker) \
            and (nxt.lower in ROLE_AFTER_NAME or nxt.lower == "'s") and _role_follows(toks, b):
        roles.add(ROLE_AFTER_NAME[toks[b + 1 if nxt.lower == "'s" else b].lower])
    return b


def _role_follows(toks: list[Token], b: int) -> bool:
    """Is the name ending before token ``b`` followed by a lower-case noun that gives it a
    role ("Tula mayor", "Peru's government")?"""
    if b >= len(toks):
        return False
    nxt = b + 1 if toks[b].lower == "'s" and b + 1 < len(toks) else b
    return toks[nxt].text.islower() and toks[nxt].lower in ROLE_AFTER_NAME


# --------------------------------------------------------------------------------------------
# Role rules: the roles the words around a name give it
# --------------------------------------------------------------------------------------------


def _title_before(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"Mr Key", "Dr Lind": a title left out of the run makes the name a person's."""
    if a > 0 and toks[a - 1].lower in RUN_TITLES:
        roles.add(toks[a - 1].lower.rstrip("."))


def _roles_before(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"spokeswoman Jane Roe", "government adviser Jo Roe", "the oil giant Orvex": lower-case
    role words (and nouns for a business, ``COMPANY_DESCRIPTIONS``) right before the name
    (not across a preposition: "the mayor of Tula" is no mayor; nor past a verb: "the poll
    showed Jo Roe" is no poll)."""
    if a == 0 or (toks[a - 1].lower not in ROLE_NOUNS
                  and toks[a - 1].lower not in COMPANY_DESCRIPTIONS):
        return
    if toks[a - 1].lower not in PERSON_ROLES and _title_or_place(toks[a].lower):
        return  # "the network President Jo Roe formed", "a network Russia financed": a
        # body's noun before a person's title or a place opens a relative clause
    # "ministry spokesman Jo Roe", "campaign aide Jo Roe": a person's role right before the
    # name makes the nouns before it the body the person works for, not the name's roles
    wanted = PERSON_ROLES if toks[a - 1].lower in PERSON_ROLES else ROLE_NOUNS
    k = a - 1
    while k >= 0 and k >= a - 3 and toks[k].text.islower() and toks[k].text.isalpha() \
            and toks[k].lower not in NP_PREPOSITIONS:
        if toks[k].lower in wanted or toks[k].lower in COMPANY_DESCRIPTIONS \
                or toks[k].lower == _FORMER:  # "former senator Jo Roe": a former holder
            roles.add(toks[k].lower)
        k -= 1
    if a >= 2:
        _modified_role(toks[a - 2].text, toks[a - 1].lower, roles)


def _title_or_place(low: str) -> bool:
    """Is the lower-cased word a title ("president", "gov." or "gov") or a known place
    ("russia")?"""
    return low in _TITLE_STEMS or low.rstrip(".") in _TITLE_STEMS or low in place_names()


def _former_before(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"former UN Ambassador Jo Roe": "former" right before a run with a title followed by
    a name makes its holder a former one (the run starts after the lower-case word); not a
    title word inside an organisation's name ("former General Motors chief")."""
    if a > 0 and toks[a - 1].lower == _FORMER \
            and any(t.lower.rstrip(".") in _TITLE_STEMS for t in toks[a:b - 1]) \
            and ORG_SUFFIXES.isdisjoint(t.lower for t in toks[a:b]):
        roles.add(_FORMER)


def _title_modifier(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"Finance Minister Ana Lima said" (a sentence's first word is left out of the run):
    the word before a title that opens the run makes a role with it ("finance minister")."""
    if a > 0 and toks[a].lower.rstrip(".") in _TITLE_STEMS:
        _modified_role(toks[a - 1].text, toks[a].lower.rstrip("."), roles)


def _modified_role(modifier: str, role: str, roles: set[str]) -> None:
    """"finance chief Ana Roe": the role with the word before it ("finance chief") is a role
    of its own, which "the finance chief" asks for first."""
    low = modifier.lower()
    if modifier.isalpha() and low not in DETERMINERS and low not in _TITLE_STEMS \
            and low != _FORMER:
        roles.add(f"{low} {role}")


def _place_of(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"the city of Tula", "the mayor of Tula", "the government of Peru"."""
    if a >= 2 and toks[a - 1].lower == "of" and toks[a - 2].text.islower() \
            and toks[a - 2].lower in ROLE_BEFORE_NAME:
        roles.add(ROLE_BEFORE_NAME[toks[a - 2].lower])


def _apposition_before(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"A spokesman for the firm, Jane Roe, said": a person role in the phrase before (an
    acronym too: "The CEO of Vell Labs, Jo Roe, said"), back to the comma or other mark
    that opens that phrase ("Lima, the nominee, spoke, praising her aide, Jo Roe": Roe is
    no nominee)."""
    if a >= 2 and toks[a - 1].text == ",":
        for k in range(a - 2, max(0, a - 12) - 1, -1):
            if toks[k].text in APPOSITION_PHRASE_BOUNDS and not (
                    toks[k].text == "," and toks[k + 1].lower in APPOSITION_OPENERS) \
                    and not (k and toks[k - 1].end == toks[k].start and toks[k].text == "-"):
                break  # (past a stacked apposition, "The chief, a veteran, Tom Hale,", and
                # a hyphen inside a word, "a 20-year veteran")
            if toks[k].lower in PERSON_ROLES \
                    and (toks[k].text.islower() or _role_acronym(toks, k, k + 1)):
                roles.add(toks[k].lower)
                if k and toks[k - 1].text.islower() and toks[k + 1].text == ",":
                    _modified_role(toks[k - 1].text, toks[k].lower, roles)  # "The firm's
                    # chief financial officer, Jo Roe,": a "financial officer" too


def _org_apposition_before(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"The country's state news agency, Kesta, reported": an organisation's role noun that
    heads the phrase right before the comma names the body in apposition after it, when a
    comma closes that apposition (not "officials at the ministry, Jo Roe said") and the
    name opens with no given name."""
    if a < 3 or toks[a - 1].text != "," or b >= len(toks) or toks[b].text != ",":
        return
    head = toks[a - 2]
    if not head.text.islower() or head.lower not in _ORG_ROLE_WORDS \
            or toks[a].lower in given_names():
        return
    k = a - 3
    while k >= 0 and a - 3 - k < 3 and toks[k].text.islower() and toks[k].text.isalpha() \
            and toks[k].lower not in NP_PREPOSITIONS and toks[k].lower not in DETERMINERS:
        k -= 1  # modifiers ("state news")
    if k >= 0 and (toks[k].lower in DETERMINERS or toks[k].lower == "'s") \
            and (k == 0 or toks[k - 1].lower not in NP_PREPOSITIONS) \
            and not _possessor_after_preposition(toks, k):
        roles.add(head.lower)


def _possessor_after_preposition(toks: list[Token], k: int) -> bool:
    """"The head of the country's election commission, Jo Roe,": the possessive at ``k``
    closes a possessor after a preposition, so the body's noun heads a phrase inside
    another (the person's role "head"), and the name after the comma is no body's."""
    if toks[k].lower != "'s":
        return False
    j = k - 1
    while j >= 0 and k - j <= 3 and toks[j].text.isalpha() and (
            toks[j].text.islower() or is_capitalised(toks[j])) \
            and toks[j].lower not in NP_PREPOSITIONS:
        j -= 1  # the possessor and its determiner ("the country", "the Tula")
    return j >= 0 and toks[j].lower in NP_PREPOSITIONS


def _kin_before(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"her husband, Leo,": a kin noun after a possessive, right before the name (a comma
    between or none), gives the person's sex."""
    k = a - 2 if a >= 2 and toks[a - 1].text == "," else a - 1
    if k >= 1 and (toks[k].lower in KIN_NOUNS or toks[k].lower in KIN_TITLES) \
            and toks[k].text.islower() \
            and (toks[k - 1].lower in POSSESSIVE_DETERMINERS or toks[k - 1].lower == "'s"):
        roles.add(toks[k].lower)


#: The modifier of a role held before ("former Gov. Jo Roe"), kept as a role of its own.
_FORMER: Final = "former"


#: How far after a name's comma the head of an apposition is looked for (tokens, the comma
#: included), one more after a determiner ("Jo Roe, the White House press secretary,").
APPOSITION_HEAD_REACH: Final = 5


def _apposition_after(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"Jane Roe, a spokesman for the firm,": the head noun of the apposition after the name
    (not a possessor or a modifier: "Jo Roe, the city's mayor," is a mayor, not a city)."""
    if b + 1 >= len(toks) or toks[b].text != "," or _verb_after(toks[b + 1]):
        return  # "A lawyer for the firm, Jo Roe, spoke outside court": the comma closes
    first = b + 1
    one_of = first + 1 < len(toks) and toks[first].lower == "one" and toks[first + 1].lower == "of"
    if one_of:
        first += 2  # "Orla Lines, one of the largest ferry operators,": one of that role
    reach = APPOSITION_HEAD_REACH + (toks[first].lower in APPOSITION_OPENERS) + one_of
    for k in range(first, min(first + reach - 1, len(toks))):
        t = toks[k]
        if t.text == "," or t.lower in RELATIVE_PRONOUNS or t.lower in NP_PREPOSITIONS:
            break  # "Jo Roe, who led the campaign": a relative clause, no apposition;
            # "Jo Roe, director of the trade group,": the head is before the postmodifier
        if one_of and t.text.islower() and t.lower not in ROLE_NOUNS \
                and singular(t.lower) in ROLE_NOUNS and looks_plural(t.lower):
            _one_of_role(toks, a, k, roles)
            return
        if t.lower not in ROLE_NOUNS or not (t.text.islower() or _role_acronym(toks, k, k + 1)):
            continue  # ("Jo Roe, the CFO of Vell Labs,": a role in capitals too)
        if _role_word_modifies(toks, k):
            continue
        if not _closes_fronted_phrase(toks, b, k):
            _apposed_role(toks, b, k, roles)
        return


def _one_of_role(toks: list[Token], a: int, k: int, roles: set[str]) -> None:
    """"Orla Lines, one of the largest ferry operators,": the role in the plural at ``k``
    after "one of", when it closes the phrase (not "one of the airlines' critics", "one of
    the carriers who ...", nor a body's role for a person's name, "Ana Lima, one of the
    carriers,")."""
    role = singular(toks[k].lower)
    closer = toks[k + 1].text if k + 1 < len(toks) else ","
    if closer == "," and not (role in _ORG_ROLE_WORDS and toks[a].lower in given_names()):
        roles.add(role)


def _role_word_modifies(toks: list[Token], k: int) -> bool:
    """"Jo Roe, the union's leader,", "Jo Roe, a council member,": the role word at ``k``
    modifies what follows it (a possessive, or a lower-case word that is no preposition or
    conjunction), so it is not the apposition's head."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and (nxt.lower == "'s" or (
        nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in NP_PREPOSITIONS
        and nxt.lower not in CLAUSE_CONJUNCTIONS))


def _apposed_role(toks: list[Token], b: int, k: int, roles: set[str]) -> None:
    """"Jo Roe, the former press secretary,": the apposition's head role at ``k``, with the
    role its modifier makes ("press secretary", "the Democratic nominee") and "former" (a
    former holder)."""
    t = toks[k]
    roles.add(t.lower)
    if toks[k - 1].text.islower() or toks[k - 1].lower in _PARTY_WORDS:
        _modified_role(toks[k - 1].text, t.lower, roles)
    if any(x.lower == _FORMER for x in toks[b + 1:k]):
        roles.add(_FORMER)


#: Words that open a phrase or clause fronted before a sentence's subject ("In a letter
#: released by the Vale Trust, ...", "After Jo Roe spoke, ...").
_FRONTED_OPENERS: Final = OBLIQUE_PREPOSITIONS | SUBORDINATORS | FRONTED_PREPOSITIONS


def _closes_fronted_phrase(toks: list[Token], b: int, k: int) -> bool:
    """"In emails released by the Vale Trust, the candidate for governor seemed ...": the
    comma at ``b`` after a name ends a phrase fronted before the sentence's subject (its
    first comma, the sentence opening with a preposition or a subordinator), so the noun at
    ``k`` after it is that subject, no apposition to the name, unless a comma soon closes
    the noun's phrase ("As Jo Roe, the candidate for mayor, said ...")."""
    first = first_word_index(toks)
    return first < b and toks[first].lower in _FRONTED_OPENERS \
        and toks[first].text[:1].isupper() and all(t.text != "," for t in toks[first:b]) \
        and all(t.text != "," for t in toks[k + 1:k + 1 + APPOSITION_REACH])


#: How many tokens after its head noun a comma closes an apposition after a fronted phrase.
APPOSITION_REACH: Final = 16


def _verb_after(t: Token) -> bool:
    """"spoke", "has", "told": an irregular past or a finite verb, which opens no apposition
    ("state", "report" may be nouns: "Ana Lima, state senator for the 4th district")."""
    return t.text.islower() and (t.lower in IRREGULAR_PAST or t.lower in FINITE_VERBS)


def _office_after(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"Sen. Ana Lima, the Ohio Democrat who chairs the panel,": an office held, told by a
    verb after "who" in the apposition after the name (``OFFICE_VERBS``), is a role."""
    if b + 2 >= len(toks) or toks[b].text != ",":
        return
    for k in range(b + 1, min(b + 10, len(toks) - 1)):
        if toks[k].text == ",":
            return
        if toks[k].lower == "who" and toks[k + 1].lower in OFFICE_VERBS:
            if _body_follows(toks, k + 2):
                roles.update(OFFICE_VERBS[toks[k + 1].lower])
            return


def _body_follows(toks: list[Token], k: int) -> bool:
    """"(who chairs) | the Senate Banking Committee": "the" or "a" and, within five words
    before any punctuation, a body's noun (not "who heads | to Ohio")."""
    if k >= len(toks) or toks[k].lower not in ("the", "a", "an"):
        return False
    for t in toks[k + 1:k + 6]:
        if not t.text.isalpha():
            return False
        if t.lower in ORG_SUFFIXES or t.lower in OFFICE_BODIES:
            return True
    return False


#: Role marking the place a person stands for ("Florida Sen. Jo Roe" has "in:florida").
HOME_PLACE: Final = "in:"
#: Role marking a person's party ("Republican nominee Jo Roe" has "party:republican").
PARTY: Final = "party:"


def _home_place(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"Florida Sen. Jo Roe", "Gov. Jo Roe of Ohio", "Sen. Jo Roe, R-Iowa," or "(D-Fla.)":
    the place a person stands for, so that "the Florida senator" can find them."""
    for n in (1, 2):  # a place before a title in the run
        if a + n < b and toks[a + n].lower.rstrip(".") in _TITLE_STEMS:
            home = " ".join(t.lower for t in toks[a:a + n])
            if home in place_names():
                roles.add(HOME_PLACE + home)
    if b + 1 >= len(toks):
        return
    if toks[b].lower == "of":
        for n in (2, 1):
            home = " ".join(t.lower for t in toks[b + 1:b + 1 + n])
            if b + 1 + n <= len(toks) and home in place_names():
                roles.add(HOME_PLACE + home)
                break
    elif toks[b].text in (",", "(") and "-" in toks[b + 1].text:
        home = _party_tag(toks[b + 1])
        if home:
            roles.add(HOME_PLACE + home)


def _party_tag(t: Token) -> str:
    """"R-Iowa", "D-Fla", "I-Vt": the state of a party tag ("" if it is none)."""
    party, dash, state = t.lower.partition("-")
    if not dash or party not in PARTY_LETTERS:
        return ""
    home = STATE_ABBREVIATIONS.get(state.rstrip("."), state)
    return home if home in place_names() else ""


def _party_of_person(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"Republican nominee Jo Roe", "Democrat Ana Lima", "Sen. Jo Roe, D-Ohio,": a party
    word in the name's run or before it (past lower-case words and titles) or a party tag
    after it, so that "the Democratic nominee" is not taken for a Republican."""
    party = _party_before(toks, a, b)
    if not party and b + 1 < len(toks) and toks[b].text in (",", "(") \
            and _party_tag(toks[b + 1]):
        party = PARTIES[toks[b + 1].lower[0]]
    party = party or _party_after(toks, b)
    if party:
        roles.add(PARTY + party)


def _party_before(toks: list[Token], a: int, b: int) -> str:
    """The party named by a capitalised party word among the first words of the run
    ``[a, b)`` or the four words before it, with only lower-case words and titles between it
    and the run ("" for none); the nearest one ("Republican Jo Roe and Democrat Ana Lima":
    Lima's is "Democrat")."""
    for k in range(b - 2, max(0, a - 4) - 1, -1):
        if toks[k].lower in _PARTY_WORDS:
            break
    else:
        return ""
    if not toks[k].text[:1].isupper():
        return ""
    if k < a and any(not (t.text.isalpha() or "-" in t.text) or (
            t.text[:1].isupper() and t.lower.rstrip(".") not in _TITLE_STEMS)
            for t in toks[k + 1:a]):
        return ""  # "Republican leaders met Jo Roe": not the run's own modifier
    return PARTIES[toks[k].lower]


def _party_after(toks: list[Token], b: int) -> str:
    """"Jo Roe, a Democrat from Ohio,", "Jo Roe, an Iowa Republican,", "Jo Roe, the
    Republican nominee,": the party of a party noun heading an apposition right after the
    name, or of a party word before the role noun heading it ("" for none)."""
    if b + 2 >= len(toks) or toks[b].text != "," or toks[b + 1].lower not in SPEAKER_ARTICLES:
        return ""
    for k, t in enumerate(toks[b + 2:b + 5], b + 2):
        if t.lower in PARTY_MEMBER_NOUNS and t.text[:1].isupper():
            return PARTIES[t.lower]
        if t.lower in _PARTY_WORDS and t.text[:1].isupper() and k + 1 < len(toks) \
                and toks[k + 1].lower in PERSON_ROLES and toks[k + 1].text.islower() \
                and (k + 2 >= len(toks) or toks[k + 2].lower != "'s"):
            return PARTIES[t.lower]  # "Jo Roe, the Democratic nominee,"
        if not t.text[:1].isupper():
            break  # "Jo Roe, a former Republican aide": no party noun heads it
    return ""


#: Party words that name a party by themselves ("Republican", "GOP"; not the tag letters).
_PARTY_WORDS: Final = frozenset(PARTIES) - PARTY_LETTERS


def _descriptor_after(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"the Reuters news agency", "the Islamic State group": a descriptor noun after it."""
    if b < len(toks) and toks[b].lower in _DESCRIPTOR_FIRST:
        roles.add(toks[b].lower)


def _facility_after(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"the Tomas K. Berg briefing room": a person's full name (a given name first) before a
    lower-case facility noun (after at most one lower-case modifier) names the facility."""
    if b - a < 2 or b >= len(toks) or not toks[b].text.islower():
        return
    if toks[b].lower in FACILITY_NOUNS or (
            b + 1 < len(toks) and toks[b].text.isalpha() and toks[b].lower not in AUXILIARIES
            and toks[b + 1].text.islower() and toks[b + 1].lower in FACILITY_NOUNS):
        given = given_names()
        if any(t.lower in given for t in toks[a:b - 1]):
            roles.add(EPONYM)


def _named_given(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"a nurse named Lucia": a lone given name (no place's) after a lower-case noun and
    "named" is a person's whole name."""
    if b - a == 1 and a >= 2 and toks[a - 1].lower in NAMING_PARTICIPLES \
            and toks[a - 2].text.isalpha() and toks[a - 2].text.islower() \
            and toks[a].lower in given_names() and toks[a].lower not in place_names():
        roles.add(GIVEN_ONLY)


def _definite_before(toks: list[Token], a: int, b: int, roles: set[str]) -> None:
    """"the Okafor Train", "The Lima Express": a name after "the" names no person."""
    if a > 0 and toks[a - 1].lower == "the":
        roles.add(DEFINITE)


#: A role rule: it adds the roles it reads around the name run ``[a, b)`` of the tokens to
#: the set it is given.
RoleRule = Callable[[list[Token], int, int, set[str]], None]

#: Rules that read roles off the words around a name, in order: (name, rule).  Each adds
#: the roles it finds to the set it is given (and reads no role), so their order does not
#: change what they find; those that read a word right before the name come first, then
#: those that read the word right after it.
ROLE_RULES: tuple[tuple[str, RoleRule], ...] = (
    ("title_before", _title_before),
    ("title_modifier", _title_modifier),
    ("former_before", _former_before),
    ("roles_before", _roles_before),
    ("place_of", _place_of),
    ("apposition_before", _apposition_before),
    ("org_apposition_before", _org_apposition_before),
    ("kin_before", _kin_before),
    ("definite_before", _definite_before),
    ("named_given", _named_given),
    ("apposition_after", _apposition_after),
    ("office_after", _office_after),
    ("descriptor_after", _descriptor_after),
    ("home_place", _home_place),
    ("party_of_person", _party_of_person),
    ("facility_after", _facility_after),
)
#: By rule name, the only (lower-cased) words right before the name that a rule acts on.
ROLE_BEFORE_WORDS: dict[str, frozenset[str]] = {
    "title_before": RUN_TITLES,
    "former_before": frozenset({_FORMER}),
    "roles_before": ROLE_NOUNS | COMPANY_DESCRIPTIONS,
    "place_of": frozenset({"of"}),
    "apposition_before": frozenset({","}),
    "org_apposition_before": frozenset({","}),
    "kin_before": frozenset({","}) | frozenset(KIN_NOUNS) | frozenset(KIN_TITLES),
    "definite_before": frozenset({"the"}),
    "named_given": NAMING_PARTICIPLES,
}
#: By rule name, the only (lower-cased) words right after the name that a rule acts on.
ROLE_AFTER_WORDS: dict[str, frozenset[str]] = {
    "apposition_after": frozenset({","}),
    "office_after": frozenset({","}),
    "descriptor_after": _DESCRIPTOR_FIRST,
}


class _RoleDispatch:
    """The role rules to ask of a name run, by the words right before and after it
    (``ROLE_BEFORE_WORDS``, ``ROLE_AFTER_WORDS``: most names need two or three of the
    rules).  The rules keyed by the word before, then those keyed by the word after, then
    the others, each in table order; made at first use, again when ``ROLE_RULES`` is
    replaced."""

    __slots__ = ("_after", "_before", "_made_from", "_rest")

    def __init__(self) -> None:
        self._made_from: tuple[tuple[str, RoleRule], ...] = ()
        self._before: dict[str, tuple[RoleRule, ...]] = {}
        self._after: dict[str, tuple[RoleRule, ...]] = {}
        self._rest: tuple[RoleRule, ...] = ()

    def rules_for(self, before: str, after: str) -> tuple[RoleRule, ...]:
        """The rules that can act on a name between the words ``before`` and ``after``
        (lower-cased; "" at a sentence edge)."""
        if ROLE_RULES is not self._made_from:
            self._make(ROLE_RULES)
        return self._before.get(before, ()) + self._after.get(after, self._rest)

    def _make(self, table: tuple[tuple[str, RoleRule], ...]) -> None:
        self._before = _keyed_rules(table, ROLE_BEFORE_WORDS)
        self._rest = tuple(rule for name, rule in table
                           if name not in ROLE_BEFORE_WORDS and name not in ROLE_AFTER_WORDS)
        # the rules keyed by the word after, then the others: one tuple a word
        self._after = {word: rules + self._rest
                       for word, rules in _keyed_rules(table, ROLE_AFTER_WORDS).items()}
        self._made_from = table


def _keyed_rules(table: tuple[tuple[str, RoleRule], ...],
                 words: dict[str, frozenset[str]]) -> dict[str, tuple[RoleRule, ...]]:
    """By word, the rules of ``table`` keyed to it in ``words``, in table order."""
    return {word: tuple(rule for name, rule in table if name in words and word in words[name])
            for word in frozenset().union(*words.values())}


_ROLE_DISPATCH = _RoleDispatch()


# --------------------------------------------------------------------------------------------
# Runs, kinds and display names
# --------------------------------------------------------------------------------------------


def _name_runs(toks: list[Token], hyphens: bool = True,
               ascii_text: bool = False) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowing "of", "the", "and", "for", "on" between
    capitals ("Islamic Party of Turkestan", "Council on Foreign Relations").  ``hyphens``:
    may a token hold a hyphen (False: the sentence has none)?  ``ascii_text``: are the
    tokens ASCII (then a token with a capital is one that lower-casing changes)?"""
    runs: list[tuple[int, int]] = []
    n = len(toks)
    e = 0
    # only a capital (or a particle-joined name part) can open a run: look at those alone
    if ascii_text:
        starts = [k for k, t in enumerate(toks) if t.text != t.lower]
    elif hyphens:
        starts = [k for k, t in enumerate(toks) if t.text[0].isupper() or "-" in t.text]
    else:
        starts = [k for k, t in enumerate(toks) if t.text[0].isupper()]
    for k in starts:
        if k < e:
            continue  # inside the run just read
        t = toks[k]
        if not ((t.text[0].isupper() or is_capitalised(t)) and t.text[0].isalpha()) or (
                t.lower in NON_NAME_CAPITALS and not (t.text.isupper() and len(t.text) > 1)) \
                or is_identifier(t.text) or _handle(toks, k):
            continue  # (nor a code: "Xq7RtPw2mZ", a post's id; nor "@JoRoe")
        e = k + (2 if _opening_initial(toks, k) else 1)
        while e < n:
            step = _run_step(toks, e)
            if not step:
                break
            e += step
        runs.append((k, e))
    return runs


def _handle(toks: list[Token], k: int) -> bool:
    """"(via @TulaNews)", "Jo Roe (@JoRoeMP)": a word printed right after "@" is an
    account's handle, no name (the account's owner is named beside it, if at all)."""
    return k > 0 and toks[k - 1].text == "@" and toks[k - 1].end == toks[k].start


def _article_after_name(toks: list[Token], e: int) -> bool:
    """"Thanks, Dr. Okafor  The new clinic opens ...": a capitalised "The" right after a
    name's word (no connector before it, as in "Bank of The Hague") opens something new
    (a heading ran into its text), no part of the name."""
    return toks[e].text == "The" and toks[e - 1].lower not in NAME_CONNECTORS


def _run_step(toks: list[Token], e: int) -> int:
    """How many tokens from ``e`` continue a name run: a capital (1), a connector before a
    capital (1: "Bank of England"), "of the" before a capital (2), a slash printed without
    spaces before a capital (1: "CNN/ORC"), or none (0)."""
    n, u = len(toks), toks[e]
    if len(u.text) == 1 and _initial(toks, e):
        return 2
    if _article_after_name(toks, e):
        return 0
    if (u.text[0].isupper() or ("-" in u.text and is_capitalised(u))) and u.text[0].isalpha() \
            and u.lower != "i" and u.lower not in WEEKDAY_NAMES:  # "told MSNBC Monday": no name
        return 1
    if u.lower in NAME_CONNECTORS and e + 1 < n and is_capitalised(toks[e + 1]) \
            and (u.text.islower() or u.text == "&") \
            and toks[e + 1].lower not in _CALENDAR_WORDS \
            and not (u.lower == "and" and (toks[e + 1].lower in given_names()
                                                      or _person_before(toks, e)
                                                      or toks[e + 1].lower in _TITLE_STEMS
                                                      or _titled_after(toks, e))):
        return 1  # "Bank of England" (not "Orange County on Monday", "Jo Roe and Ana Lima",
        # "Sen. Jo Roe of Ohio and Sen. Ana Lima")
    if u.lower == "of" and e + 2 < n and toks[e + 1].lower == "the" and is_capitalised(toks[e + 2]):
        return 2
    if u.lower == "for" and e + 2 < n and toks[e + 1].lower == "the" \
            and is_capitalised(toks[e + 2]) and u.text.islower() \
            and not FOR_THE_NAME_WORDS.isdisjoint(t.lower for t in toks[max(0, e - 3):e]):
        return 2  # "the Court of Appeals for the Tula Circuit"
    if u.lower in NAME_PARTICLE_PAIRS and _particle_pair(toks, e):
        return 2  # "Ana Ruiz de la Cruz", "Jo van der Berg": one surname
    if u.lower == "'s":
        return _possessive_inside(toks, e)
    if _plural_possessive_head(toks, e):
        return 1  # "the Harbour Workers' Union": a plural possessive inside a body's name
    if _nickname_at(toks, e):
        return 3  # 'George "Gus" Lindqvist': a nickname in quotes inside the name
    if u.text == "/" and e + 1 < n and u.start == toks[e - 1].end \
            and toks[e + 1].start == u.end and is_capitalised(toks[e + 1]):
        return 1  # "a CNN/ORC poll", "the Times/Siena survey": two sponsors, one name
    return 0



def _plural_possessive_head(toks: list[Token], e: int) -> bool:
    """"the Harbour Workers' Union", "the Tula Teachers' Retirement System": a plural
    possessive at ``e`` before the head of a body's name (``PLURAL_POSSESSIVE_NAME_HEADS``),
    right after it or after one more capitalised word."""
    for k in (e + 1, e + 2):
        if k >= len(toks) or not is_capitalised(toks[k]):
            return False
        if toks[k].lower in PLURAL_POSSESSIVE_NAME_HEADS:
            return plural_possessive(toks, e)
    return False


def _particle_pair(toks: list[Token], e: int) -> bool:
    """"Rosa Ibarra de la Fuente", "Hans van der Berg": a two-word particle written in lower
    case (``NAME_PARTICLE_PAIRS``) between a capital and a capital is inside one name."""
    return e + 2 < len(toks) and toks[e].text.islower() and toks[e + 1].text.islower() \
        and toks[e + 1].lower in NAME_PARTICLE_PAIRS[toks[e].lower] \
        and is_capitalised(toks[e + 2]) and toks[e + 2].text[0].isalpha()


def _possessive_inside(toks: list[Token], e: int) -> int:
    """How many tokens from the "'s" at ``e`` continue a name run (``_run_step``): the
    possessive and its head inside one name (2), the possessive of a business's own name
    (1), or none (0)."""
    u = toks[e]
    if e + 1 < len(toks) and _possessive_head_follows(toks, e + 1) \
            and u.start == toks[e - 1].end and (
            toks[e - 1].lower in PLURAL_POSSESSORS
            or toks[e - 1].lower.endswith(PLURAL_POSSESSOR_ENDINGS)
            or any(toks[j].lower.rstrip(".") in SAINT_WORDS for j in (e - 2, e - 3) if j >= 0)):
        return 2  # "Vell Children's Hospital", "St. Mary's College": a possessive inside
        # (not "Vale Bank's University Center": a body's)
    if _possessive_business(toks, e):
        return 1  # "McAllister's Restaurants": the possessive is the business's own
    if _holder_office(toks, e):
        return 2  # "the Pima County Sheriff's Office": the office of a title, one body
    return 0


def _possessive_head_follows(toks: list[Token], k: int) -> bool:
    """"Children's | Hospital", "St. Aldric's | General Hospital": an institution's head
    (``POSSESSIVE_NAME_HEADS``) at ``k``, capitalised, or after one capitalised word that
    modifies such heads (``POSSESSIVE_HEAD_MODIFIERS``; not "St. Paul's Regions Hospital",
    a city's hospital)."""
    if k >= len(toks) or not is_capitalised(toks[k]):
        return False
    if toks[k].lower in POSSESSIVE_NAME_HEADS:
        return True
    return toks[k].lower in POSSESSIVE_HEAD_MODIFIERS and k + 1 < len(toks) \
        and is_capitalised(toks[k + 1]) and toks[k + 1].lower in POSSESSIVE_NAME_HEADS


def _holder_office(toks: list[Token], e: int) -> bool:
    """"the Pima County Sheriff's Office said": "'s" glued to a capitalised office holder's
    title (``OFFICE_HOLDER_POSSESSORS``) before a capitalised "Office" or "Department"
    (``OFFICE_NAME_HEADS``) is inside the name of the office."""
    u = toks[e]
    return u.lower == "'s" and e > 0 and e + 1 < len(toks) and u.start == toks[e - 1].end \
        and toks[e - 1].lower in OFFICE_HOLDER_POSSESSORS and is_capitalised(toks[e - 1]) \
        and toks[e + 1].lower in OFFICE_NAME_HEADS and is_capitalised(toks[e + 1])


def _possessive_business(toks: list[Token], e: int) -> bool:
    """"McAllister's Restaurants said": "'s" glued to a lone capitalised word, before a lone
    capitalised business word (``ORG_FINAL_WORDS``), no name by itself, is inside one
    business's name; not after a place, a given name or a longer possessor, nor before a
    name of more words ("Peru's Vale Mining", "Roe's Avenue Capital" are two names)."""
    u = toks[e]
    if u.lower != "'s" or e + 1 >= len(toks) or u.start != toks[e - 1].end \
            or toks[e + 1].lower not in ORG_FINAL_WORDS or not is_capitalised(toks[e + 1]):
        return False
    owner = toks[e - 1].lower
    return not (owner in given_names() or _title_or_place(owner)
                or (e >= 2 and is_capitalised(toks[e - 2])
                    and toks[e - 2].lower not in NON_NAME_CAPITALS)
                or (e + 2 < len(toks) and is_capitalised(toks[e + 2])))


def _nickname_at(toks: list[Token], e: int) -> bool:
    """'Marta "Tita" Olsen': a capitalised word in double quotes right after a given name
    and before a capital is the person's nickname, inside the name (``_drop_nickname``)."""
    return (e + 3 < len(toks) and e > 0 and toks[e].text == '"' and toks[e + 2].text == '"'
            and toks[e + 1].text[:1].isupper() and toks[e + 1].text.isalpha()
            and toks[e - 1].lower in given_names() and toks[e - 1].text[:1].isupper()
            and is_capitalised(toks[e + 3]) and toks[e + 3].text[:1].isalpha())


def _titled_after(toks: list[Token], e: int) -> bool:
    """"Mayor Jo Roe and City Council President Ana Lima": a title among the capitals right
    after "and", with a title among those right before it, opens a second person's name
    (not "the Energy and Commerce Committee Chairman Jo Roe")."""
    return _title_among(toks, range(e + 1, min(e + 5, len(toks)))) \
        and _title_among(toks, range(e - 1, max(e - 5, -1), -1))


def _title_among(toks: list[Token], at: range) -> bool:
    """Is there a title among the capitalised tokens at ``at``, up to the first other one?"""
    for k in at:
        t = toks[k]
        if not is_capitalised(t) and t.text != ".":
            return False
        if t.lower.rstrip(".") in _TITLE_STEMS:
            return True
    return False


def _person_before(toks: list[Token], e: int) -> bool:
    """"Republican Jo Roe and Democrat Ana Lima": a given name and a surname end before
    "and" (a person's name never goes on with "and"; "Barnes and Noble" does)."""
    return e >= 2 and toks[e - 2].lower in given_names() and toks[e - 2].text[0].isupper() \
        and is_capitalised(toks[e - 1]) and toks[e - 1].lower not in given_names()


def _initial(toks: list[Token], e: int) -> bool:
    """"Ana M. Ortiz": a middle initial and its period, inside a name before a capital."""
    return (e + 2 < len(toks) and len(toks[e].text) == 1 and toks[e].text.isupper()
            and toks[e + 1].text == "." and toks[e + 1].start == toks[e].end
            and is_capitalised(toks[e + 2]) and toks[e + 2].text[0].isalpha())


def _opening_initial(toks: list[Token], k: int) -> bool:
    """"C. Winston Marlow": a first initial and its period opening a name, before a given
    name and a surname (two capitalised words), belong to the name; not a letter after a
    lower-case word ("vitamin D. Ana Lind said": a sentence the splitter left whole) nor
    one before a title ("hepatitis C. Dr. Ana Lind")."""
    return _initial(toks, k) and k + 3 < len(toks) and is_capitalised(toks[k + 3]) \
        and toks[k + 3].text[0].isalpha() and not (k > 0 and toks[k - 1].text.islower()) \
        and toks[k + 2].lower.rstrip(".") not in _TITLE_STEMS  # "hepatitis C. Dr. Ana Lind"


def _split_particles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-cased name parts without particles, periods or initials ("Ana M. de la Cruz" ->
    ("ana", "cruz")): the tokens that names are linked by."""
    initials = len(words) > 2  # a lone letter is an initial ("Ana M. Cruz"), not a name
    parts = tuple([part for w in words for part in w.lower().replace(".", "").split("-")
                   if part and part not in NAME_PARTICLES and not (initials and len(part) == 1)
                   and part not in GENERATIONAL_SUFFIXES
                   and not (part in _PAIR_SECONDS and w.islower())])  # "de los Santos"
    first = words[0].lower() if len(words) > 1 else ""
    if first in GIVEN_NAME_PARTICLES and words[0][0].isupper():
        return (first, *parts)  # "Al Roe": a given name, not the particle of "al-Roe"
    last = words[-1].lower().rstrip(".")
    if len(parts) == 1 and len(words) > 1 and last in GENERATIONAL_SUFFIXES:
        return (*parts, last)  # "Donald Jr.": the son, no "Donald" named before him
    return parts


#: Second words of two-word particles ("los" of "de los Santos"), dropped in lower case.
_PAIR_SECONDS: Final = frozenset().union(*NAME_PARTICLE_PAIRS.values())


def acronym(words: Sequence[str]) -> str:
    """Initials of a multi-word name ("United Nations" -> "UN"), or a one-word name that is
    itself an acronym ("U.N." -> "UN"); "" otherwise."""
    if len(words) == 1:
        w = words[0].replace(".", "")
        return w if w.isupper() and 1 < len(w) <= 6 else ""
    letters = [w[0] for w in words if w.lower() not in ACRONYM_SKIP and w[0].isalpha()]
    return "".join(letters).upper() if len(letters) >= 2 else ""


class NameWords:
    """What the type rules read of a name: its words as written and lower-cased (periods
    left out), the person's name after any title, whether a title came off, its roles, and
    its lower-cased words joined by single spaces (as place and seat names are listed)."""

    __slots__ = ("lows", "person", "phrase", "roles", "titled", "words")

    def __init__(self, words: tuple[str, ...], lows: tuple[str, ...], person: tuple[str, ...],
                 titled: bool, roles: set[str] | frozenset[str], phrase: str) -> None:
        self.words = words
        self.lows = lows
        self.person = person
        self.titled = titled
        self.roles = roles
        self.phrase = phrase


def _name_words(words: tuple[str, ...], person: tuple[str, ...], titled: bool,
                roles: set[str] | frozenset[str]) -> NameWords:
    lows = tuple(w.lower() for w in words if w != ".") if "." in words \
        else tuple(map(str.lower, words))
    return NameWords(words, lows, person, titled, roles, " ".join(lows))


def _classify(w: NameWords) -> NameKind:
    """What a name names: the first of ``TYPE_RULES`` that tells, else "unknown"."""
    for _name, rule in TYPE_RULES:
        kind = rule(w)
        if kind is not None:
            return kind
    return "unknown"


def _guard_body(w: NameWords) -> NameKind | None:
    """"the U.S. Coast Guard", "the Ohio National Guard": a force named "Guard" after the
    word that says which (``GUARD_BODY_WORDS``) is a body, though "guard" alone is a
    person's role ("Coach Brian Guard" stays a person)."""
    lows = w.lows
    if len(lows) >= 2 and lows[-1] in ("guard", "guards") and lows[-2] in GUARD_BODY_WORDS:
        return "org"
    return None


def _eponym(w: NameWords) -> NameKind | None:
    """"the Tomas K. Berg briefing room": a person's name that names a facility."""
    return "thing" if EPONYM in w.roles else None


def _title_then_name(w: NameWords) -> NameKind | None:
    """"Supreme Court Justice Ana Roe": a title, then a name that is no organisation's
    ("Acting ACLU counsel sues ...": an organisation's name after words that only modify a
    role is the organisation, the role after it someone's who is not named)."""
    if not w.titled or w.person == w.words:
        return None
    rest = _name_words(w.person, w.person, False, frozenset())
    kinds = [rule(rest) for _, rule in _NAME_ONLY_RULES]
    if "org" in kinds:  # "Acting ACLU", not "Tula General Hospital" (no title opens it)
        return "org" if set(w.lows[:len(w.words) - len(w.person)]) <= ROLE_MODIFIER_TITLES \
            else None
    if ("place" in kinds or "thing" in kinds) and _given_name(rest) is None:
        return None  # "Mayor Lena Park" is a person: a given name before a place word
    return "person"


def _seat(w: NameWords) -> NameKind | None:
    """"the White House said", "the Kremlin": a building that stands for an institution."""
    return "org" if w.phrase in SEAT_NAMES else None


def _district_body(w: NameWords) -> NameKind | None:
    """"the Halden School District", "Orlo Water District": a district named for the
    service it runs is the public body running it, no place."""
    if len(w.lows) > 1 and w.lows[-1] == "district" and w.lows[-2] in DISTRICT_BODY_WORDS:
        return "org"
    return None


def _thing_word(w: NameWords) -> NameKind | None:
    """"the World Cup", "Fifth Avenue", "the Clean Air Act": events, roads, buildings and
    laws (laws are documents) never speak for themselves."""
    last = w.lows[-1]
    if len(w.lows) == 2 and last in SURNAME_SUFFIXES and w.lows[0] in given_names():
        return None  # "Ana Hill": a person's surname
    if last in DOCUMENT_NAME_HEADS:
        return "document"
    if last in PLACE_SUFFIXES:
        return "place"
    return "thing" if last in THING_SUFFIXES else None


def _organisation_word(w: NameWords) -> NameKind | None:
    """"Acme Holdings", "the Ministry of Health", "NATO", "Bryce & Lamb": an organisation
    word, an organisation role, an ampersand, or a lone acronym."""
    if not ORG_SUFFIXES.isdisjoint(w.lows) or "&" in w.lows \
            or not _ORG_ROLE_WORDS.isdisjoint(w.roles):
        return "org"
    if len(w.words) == 1 and w.words[0].replace(".", "").isupper():
        return "org"
    return None


def _place_name(w: NameWords) -> NameKind | None:
    """"Ohio", "New Mexico", "Lake Tana": a known place, or a place word before a name (not
    before a business word ending the name: "Port Alder Commodity Exchange" is a body)."""
    lows = w.lows
    if (len(lows) > 1 and lows[0] in PLACE_PREFIXES and lows[-1] not in ORG_FINAL_WORDS) \
            or w.phrase in place_names():
        return "place"
    return None


def _nationality_word(w: NameWords) -> NameKind | None:
    """"an Asian-American", "the first African Cuban": a name of two words (or a hyphened
    pair) each for a place's people (a place name ending in "a" with "n" added) names a
    kind of people, no one person (one such word alone may be a surname: "Jo Cuban")."""
    parts = [p for x in w.lows for p in x.split("-")]
    if len(parts) != 2 or len(w.lows) > 2:
        return None
    return "group" if all(p.endswith("an") and p[:-1] in place_names() for p in parts) else None


def _titled_person(w: NameWords) -> NameKind | None:
    """"Sen. Jo Roe", "spokeswoman Ana Ortiz", "Mr Key": a title or a person's role."""
    roles = w.roles
    if not PERSON_ROLES.isdisjoint(roles) or not HONORIFICS.isdisjoint(w.lows) \
            or not RUN_TITLES.isdisjoint(roles) or not _SEXED_TITLE_WORDS.isdisjoint(roles):
        return "person"
    return None


def _organisation_last_word(w: NameWords) -> NameKind | None:
    """"Darrow Capital", "Orlo Systems": a name of two words or more ending in a business
    word (``ORG_FINAL_WORDS``), unless a title or a person's role goes with it ("Gen. Tunde
    Power", "Nnamdi Power, a lawyer,") or a given name opens it as a person's ("Ana Power";
    a given name that is also a place opens a body's: "Georgia Power")."""
    if len(w.lows) < 2 or w.lows[-1] not in ORG_FINAL_WORDS or w.lows[-2] == "of":
        return None  # ("the Secretary of Energy": an office's domain)
    if _titled_person(w) is not None:
        return None  # "Gen. Tunde Power", "Nnamdi Power, a lawyer,": a title or role
    if _given_name(w) is not None and w.lows[0] not in place_names():
        return None
    return "org"


def _named_given_name(w: NameWords) -> NameKind | None:
    """"a nurse named Lucia": a given name introduced alone (``GIVEN_ONLY``) is a person."""
    return "person" if GIVEN_ONLY in w.roles else None


def _given_name(w: NameWords) -> NameKind | None:
    """"Hillary Roe", "Tomas K. Berg": two to four capitalised words after a given name (not
    three or more after a given name that is also a place, with no second given name:
    "Kenya Red Cross", but "Georgia Ann Smith")."""
    person = _past_initial(w.person)  # "Republican Donald Trump": from the given name on
    # (lower-case particles are no words of their own: "Ana Lucia Pereira da Silva")
    if 2 <= sum(1 for x in person if not x.islower()) <= 4 \
            and person[0].lower() in given_names() and all(
            x[0].isupper() or x.lower() in NAME_PARTICLES or "-" in x or x == "."
            for x in person) and not _place_led(person):
        return "person"
    if _name_first(person) and person[1].lower() in given_names():
        return "person"  # "Pham Thu Hang": a family name, then a given name
    return None


def _place_led(words: tuple[str, ...]) -> bool:
    """"Kenya Red Cross": three or more words after a given name that is also a place, with
    no second given name or initial ("Georgia Ann Smith" is a person): no one's name, and
    the given name tells no sex."""
    return len(words) >= 3 and words[0].lower() in place_names() and "." not in words \
        and words[1].lower() not in given_names()


def _camel_case(w: NameWords) -> NameKind | None:
    """"PayPal said", "the NewsDesk site": a word with a capital inside it, after a prefix
    that no surname or given name has ("McKay" and "DeAndre" have), names an organisation."""
    for word in w.words:
        inner = next((k for k in range(2, len(word)) if word[k].isupper()
                      and word[k - 1].islower() and not _misdecoded_accent(word, k)), 0)
        if inner and word[0].isupper() and word[:inner].isalpha() \
                and word[:inner].lower() not in PERSON_CAMEL_PREFIXES:
            return "org"
    return None


def _misdecoded_accent(word: str, k: int) -> bool:
    """"Pe\u00c3\u00b1a" ("Pe\u00f1a" as UTF-8 read as Latin-1): is the capital at ``k`` the
    "\u00c3" or "\u00c2" such a mis-read leaves (perhaps written as "A" and a combining
    tilde or circumflex), no capital inside a camel-case name?"""
    return word[k] in _MISREAD_LEADS or (
        word[k] == "A" and k + 1 < len(word) and word[k + 1] in _MISREAD_MARKS)


#: What UTF-8 read as Latin-1 leaves before an accented letter's second byte: "\u00c3",
#: "\u00c2", or "A" and a combining tilde or circumflex.
_MISREAD_LEADS: Final = frozenset("\u00c3\u00c2")
_MISREAD_MARKS: Final = frozenset("\u0303\u0302")


def _work_title(w: NameWords) -> NameKind | None:
    """"the Off Air podcast", "the Nightly Desk newsletter": a name before a noun for a
    programme or a series titles that work (a document; no one to call "she")."""
    return "document" if not WORK_NOUNS.isdisjoint(w.roles) else None


def _group_plural(w: NameWords) -> NameKind | None:
    """"Democrats", "Iranians": a capitalised plural naming a group of people."""
    lows = w.lows
    if len(lows) == 1 and (lows[0] in GROUP_NOUNS or lows[0].endswith(GROUP_ENDINGS)
                           or GENERIC in w.roles):
        return "group"
    return None


#: How a name's kind is told from its words and roles, in order: (name, rule).  Each rule
#: returns the kind, or None when it does not tell.
TYPE_RULES: tuple[tuple[str, Callable[[NameWords], NameKind | None]], ...] = (
    ("guard_body", _guard_body),
    ("eponym", _eponym),
    ("title_then_name", _title_then_name),
    ("seat", _seat),
    ("district_body", _district_body),
    ("thing_word", _thing_word),
    ("organisation_word", _organisation_word),
    ("place_name", _place_name),
    ("nationality_word", _nationality_word),
    ("organisation_last_word", _organisation_last_word),
    ("titled_person", _titled_person),
    ("given_name", _given_name),
    ("named_given_name", _named_given_name),
    ("camel_case", _camel_case),
    ("work_title", _work_title),
    ("group_plural", _group_plural),
)
#: The rules that read a name's own words (what follows a title is checked with them).
_NAME_ONLY_RULES = tuple(r for r in TYPE_RULES
                         if r[0] in ("seat", "district_body", "thing_word", "organisation_word",
                                     "place_name", "organisation_last_word"))


def _person_part(words: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """Strip titles: "Syrian President Bashar al-Assad" -> ("Bashar", "al-Assad"), {"president"}."""
    roles: set[str] = set()
    last_title = -1
    lows = [w.lower() for w in words]
    if _TITLE_STEMS.isdisjoint([w.rstrip(".") for w in lows]) and PERSON_ROLES.isdisjoint(lows):
        return _from_given_name(_person_after_org(words)), frozenset()  # no title: common
    for k, w in enumerate(words):
        lw = w.lower().rstrip(".")
        if k + 1 < len(words) and words[k + 1] in PATRONYMIC_PARTICLES:
            continue  # "Sultan bin Rashid": a given name before "son of"
        if lw in HONORIFICS or lw + "." in HONORIFICS or w.lower() in PERSON_ROLES:
            last_title = k
            roles.add(lw)
            if k > 0:
                _modified_role(words[k - 1], lw, roles)  # "Finance Minister Jo Roe"
    if 0 <= last_title < len(words) - 1:
        rest = words[last_title + 1:]
        of_domain = rest[0].lower() == "of"  # "Speaker of the Assembly Odell Brandt"
        # "Envoy to the United Nations Karim Haddad": the name is the final capitals
        while rest and rest[0].islower():
            rest = rest[1:]
        if of_domain and len(rest) < 2:
            return words, frozenset(roles)  # "Secretary of Defense": an office, no name
        if rest:
            named = _from_given_name(rest)
            if of_domain and named == rest and len(rest) > 2:
                named = rest[-2:]  # the office's domain ("House") is no part of the name
            return named, frozenset(roles)
    return _person_after_org(words), frozenset(roles)


def _from_given_name(words: tuple[str, ...]) -> tuple[str, ...]:
    """"Republican Donald Trump", "State John Roe": capitalised words before a given name
    that is followed by a surname are no part of the person's name (a family name written
    first, "Nguyen Thi Mai", or a Burmese name, "Zaw Min Htun", is: ``_name_first``)."""
    if len(words) < 3 or words[0].lower() in given_names() or _name_first(words):
        return words
    for k in range(1, len(words) - 1):
        if words[k] in NAME_PARTICLES:
            break  # "Saeed bin Khalid Al Mansouri": a particle joins one name
        if words[k].lower() in given_names() and words[k][:1].isupper() \
                and words[k + 1][:1].isupper() and words[k - 1] not in (".", "-"):
            return words[k:]
    return words


def _name_first(words: tuple[str, ...]) -> bool:
    """"Nguyen Thi Mai", "Zaw Min Htun": a name of three words that opens with a family name
    written first (``FAMILY_FIRST_SURNAMES``) or a Burmese name's word, then a capital, is
    one person's name from its first word, though its second word is a given name too."""
    return len(words) == 3 and words[1][:1].isupper() and (
        words[0].lower() in FAMILY_FIRST_SURNAMES or words[0].lower() in BURMESE_NAME_WORDS)


def _after_party_noun(words: tuple[str, ...]) -> bool:
    """"Democrat Ines Vukovic": a party member noun opening a name of three capitalised
    words that nothing else types (none an organisation's, thing's, place's or person's
    role word) is a title of the person the other two name, whatever the given name."""
    if len(words) != 3 or words[0].lower() not in PARTY_MEMBER_NOUNS \
            or words[0].lower() == "independent" \
            or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[1:]) \
            or (looks_plural(words[2].lower()) and words[1].lower() not in given_names()):
        return False  # "Independent Sector Partners", "Democrat Women Voters": bodies
    return not any(w in ORG_SUFFIXES or w in THING_SUFFIXES or w in place_names()
                   or w in PERSON_ROLES for w in (x.lower() for x in words[1:]))


def _person_after_org(words: tuple[str, ...]) -> tuple[str, ...]:
    """"League of Rural Voters Nora Dabbs": a person after an organisation
    name (two or three words after an organisation word)."""
    for k in range(len(words) - 3, -1, -1):
        if words[k].lower() in ORG_SUFFIXES and len(words) - k - 1 in (2, 3):
            return words[k + 1:]
    return words


def _display(text: str, toks: list[Token], a: int, b: int) -> str:
    """The name as written, with single spaces."""
    if b - a == 1:
        return toks[a].text  # one token: no white space inside
    return " ".join(text[toks[a].start: toks[b - 1].end].split())


_TEXT: Final = attrgetter("text")  # Token.text, read in C
