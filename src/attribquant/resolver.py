"""Document-level canonical speakers: names, short forms, acronyms, pronouns and role nouns.

Turns each frame's speaker mention into a canonical named source, or keeps it unresolved.
Names are linked into entities by ``LINK_STEPS``; a mention is resolved by ``RESOLVER_STEPS``.
"""

from __future__ import annotations

import heapq
import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final, NamedTuple

from . import model
from .attribution import Frame
from .lexicon.attribution import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_SUBORDINATORS,
    CONDITION_SUBORDINATORS,
    CONTRACTED_VERB_FOLLOWERS,
    CONTRAST_SUBORDINATORS,
    DESCRIPTOR_NOUNS,
    DETERMINERS,
    FIRST_PERSON,
    FRONTED_ADJUNCT_OPENERS,
    GENERIC_SOURCES,
    GIVEN_NAME_TITLES,
    HEAD_PREPOSITIONS,
    HONORIFICS,
    INSTITUTION_HEADS,
    IRREGULAR_PAST,
    NAME_CONNECTORS,
    NAME_JOINERS,
    OBJECT_PRONOUNS,
    OBJECT_ROLE_VERBS,
    OPENING_CONJUNCTIONS,
    ORG_LEADING_VERBS,
    ORG_ROLES,
    ORG_STAFF_WORDS,
    ORG_SUFFIXES,
    PARTICIPLE_FOLLOWERS,
    PERSON_ROLES,
    PERSONAL_PRONOUNS,
    POLL_NOUNS,
    POLLED_PARTICIPLES,
    POSSESSIVE_DETERMINERS,
    PRINCIPAL_BODIES,
    PRONOUNS,
    QUESTION_TOPIC_WORDS,
    QUESTION_WORDS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    RELATIVE_WORDS,
    REPORTING_VERBS,
    ROLE_ALIASES,
    ROLE_DETERMINERS,
    SPEAKER_ARTICLES,
    SPEAKING_FORMS,
    SPEAKS_FOR_PLACE,
    SPEECH_VERBS,
    SUBJECT_VERB_GAP_WORDS,
    SUBORDINATORS,
    THING_SUFFIXES,
    WORK_NOUNS,
)
from .lexicon.entities import (
    AFFILIATION_PREPOSITIONS,
    AGENT_MODIFIER_SUFFIXES,
    APPOSED_NAME_PREFIXES,
    APPOSED_ROLE_HEADS,
    APPOSITION_OPENERS,
    AUTHOR_NOUNS,
    AUTHORED_OF_HEADS,
    BARE_PARTY_MEMBERS,
    BODY_HELD_PERSON_ROLES,
    BODY_PART_NOUNS,
    BODY_STAFF_NOUNS,
    BODY_STAFF_SINGULARS,
    BROADCAST_NAME_ENDS,
    CHAIN_DATA_NOUNS,
    CHAIN_DOCUMENTS,
    CHAIN_STUDY_NOUNS,
    COMPANY_DESCRIPTIONS,
    COMPOUND_ROLE_NAMES,
    COURT_DOCUMENTS,
    COURT_NAME_WORDS,
    COURT_ROLES,
    COURTESY_TITLES,
    DEMONYM_ENDINGS,
    DOCUMENT_HEADS,
    DOCUMENT_SYNONYMS,
    DOCUMENT_TOPIC_PREPOSITIONS,
    DOCUMENT_VERBS,
    EXECUTIVE_OFFICERS,
    EXECUTIVE_SEATS,
    FAMILY_FIRST_SURNAMES,
    FILED_IN_BODIES,
    GOVERNMENT_LEVEL_WORDS,
    GROUP_NOUNS,
    INTERVENING_STUDY_NOUNS,
    ISSUED_BY,
    ISSUED_BY_PHRASES,
    ISSUER_BODY_NOUNS,
    ISSUING_PRONOUNS,
    ISSUING_VERBS,
    KIN_NOUNS,
    KIN_TITLES,
    LOCALITY_NOUNS,
    MODIFIED_OFFICES,
    NAMESAKE_HEADS,
    NOT_GROUP_HEADS,
    OBLIQUE_PREPOSITIONS,
    OFFICE_SYNONYMS,
    OPENING_PARTITIVES,
    ORG_DESCRIPTIONS,
    OWNED_DOCUMENT_CUES,
    OWNED_DOCUMENT_NOUNS,
    OWNED_DOCUMENT_REACH,
    PARTIES,
    PARTITIVE_QUANTIFIERS,
    PARTY_LETTERS,
    PARTY_MEMBER_NOUNS,
    PASSIVE_AUXILIARIES,
    PEOPLE_OR_DOCUMENTS,
    PERFECT_AUXILIARIES,
    PLACE_SPOKESPERSON_NOUNS,
    PLATFORM_NAMES,
    POSSESSOR_PRONOUNS,
    PRINCIPAL_ORG_ROLES,
    PRINCIPAL_ROLES,
    PRONOUN_HEAD_KINDS,
    PROPER_GROUP_NOUNS,
    PUBLIC_BODY_HEADS,
    QUANTIFIER_SOURCES,
    ROLE_MODIFIER_TITLES,
    ROLE_PHRASE_PREPOSITIONS,
    SEAT_ROLES,
    SEXED_PRONOUNS,
    SOURCE_POSTMODIFIERS,
    SPEAKING_FOR_PREPOSITIONS,
    SPOKESPERSON_NOUNS,
    SPOKESPERSON_PREPOSITIONS,
    STAFF_OF_OTHER_BODIES,
    STUDY_CUES,
    TEAM_ROLES,
    TITLE_ROLES,
    TRADE_WORKER_NOUNS,
    US_STATES,
    VERB_OBJECT_OPENERS,
    VIEWED_BY,
    WORKING_TEAM_MODIFIERS,
    Sex,
    given_names,
)
from .lexicon.entities import places as places_table
from .mentions import MEMBERSHIP_PREPOSITION, person_noun_by_ending, time_adjunct_start
from .names import (
    ALIAS,
    COMMON,
    DEFINITE,
    GENERIC,
    HOME_PLACE,
    PARTY,
    ROLE_NOUNS,
    Name,
    NameKind,
    business_noun,
    person_plural,
    scan_names,
    title_sex,
)
from .text import Span
from .tokens import (
    SentenceTokens,
    Token,
    WordDispatch,
    first_word_index,
    is_capitalised,
    is_word,
    looks_plural,
    reads_as_verb,
    singular,
    tokenize,
)

__all__ = ["LINK_STEPS", "RESOLVER_STEPS", "resolve"]

#: How far (in characters) after a person's last mention a given name alone still refers
#: to them: about two short paragraphs.
GIVEN_NAME_REACH: Final = 1500
#: How many entities that took one acronym are remembered for it (the latest ones).
ACRONYM_HOLDERS: Final = 8
#: How many earlier names a role noun or pronoun looks back over (keeps resolution linear).
LOOKBACK: Final = 120


class _Entity:
    """A named source found in the text."""

    __slots__ = ("acronym", "bare", "given", "kind", "last", "name", "roles", "seen", "sex",
                 "tokens", "votes")

    def __init__(self, nm: Name) -> None:
        self.name = nm.display  # canonical display name: the fullest seen
        self.tokens = nm.tokens  # lower-cased name tokens (particles split off)
        self.kind: NameKind = nm.kind
        self.roles = set(nm.roles)  # role words seen with it ("spokesman", "ministry")
        self.acronym = nm.acronym  # initials of a multi-word name ("UN"), or an acronym name
        self.last = nm.start  # offset of the latest mention
        self.seen = 0  # link count at the latest mention (orders entities sharing an acronym)
        self.sex: Sex | None = nm.sex  # from a title or a given name
        self.votes = [0, 0]  # pronouns that refer back to it in the text: female, male
        self.bare = 0  # mentions by its surname alone ("Clinton said")
        self.given = 0  # mentions by its given name alone ("Donald scolded")

    @property
    def gender(self) -> Sex | None:
        """Its sex: from a title ("Mrs"), else from the pronouns that refer back to it in the
        text, else from its given name (a statistic, so the weakest evidence)."""
        titled = self.titled_sex
        if titled is not None:
            return titled
        f, m = self.votes
        if abs(f - m) >= (1 if self.sex is None else 2):  # the text outweighs the name
            return "f" if f > m else "m"
        return self.sex

    @property
    def titled_sex(self) -> Sex | None:
        return title_sex(self.roles)

    def sex_from_name_only(self) -> bool:
        """Is its sex known only from its given name ("Jo Roe")?"""
        return self.sex is not None and self.titled_sex is None and \
            abs(self.votes[0] - self.votes[1]) < 2


# --------------------------------------------------------------------------------------------
# Linking names into entities
# --------------------------------------------------------------------------------------------


class _Index:
    """Entities with hash look-ups by full name, acronym and last name (linear overall)."""

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self.by_tokens: dict[tuple[str, ...], int] = {}
        # acronym -> the latest entities to take it (initials of a multi-word name, or an
        # upper-case role such as "(WHO)"); the one mentioned most recently owns it
        self.by_acronym: dict[str, list[int]] = {}
        self.dropped: dict[tuple[str, int], int] = {}  # (acronym, entity) -> link count when lost
        self.by_bare: dict[str, int] = {}  # entity whose name is itself an acronym
        self.by_last: dict[str, list[int]] = {}  # persons by last name token
        # the last name tokens by first letter and length (for the misspelling step)
        self.by_shape: dict[tuple[str, int], list[str]] = {}
        self.by_first: dict[str, set[int]] = {}  # persons by given name (first token)
        # organisations whose words after the first are organisation words ("Acme Freight")
        self.by_org_head: dict[tuple[str, ...], int] = {}
        self.by_middle: dict[str, int] = {}  # persons of three or four names by the last but one
        self.links = 0

    def _take_acronym(self, key: str, idx: int) -> None:
        holders = self.by_acronym.get(key)
        if holders is None:
            holders = self.by_acronym[key] = []
        if idx not in holders:
            holders.append(idx)
            if len(holders) > ACRONYM_HOLDERS:
                del holders[0]
        if self.dropped:  # (most texts never drop an acronym)
            self.dropped.pop((key, idx), None)

    def acronym_owner(self, key: str) -> int | None:
        """The entity an acronym refers to: of those that took it, the latest mentioned."""
        best, when = None, -1
        for idx in self.by_acronym.get(key, ()):
            e = self.entities[idx]
            held = key in e.roles or (key == e.acronym and len(e.tokens) > 1)
            stamp = e.seen if held else self.dropped.get((key, idx), -1)
            if stamp > when:
                best, when = idx, stamp
        return best

    def _take_short_forms(self, e: _Entity, idx: int) -> None:
        """Register an organisation's short forms ("Acme" of "Acme Freight", "Orrin Federal"
        of "Orrin Federal Bank"); a form two organisations share names neither."""
        for head in (_distinctive_head(e.tokens, e.name), _clipped_org_name(e.tokens)):
            if head:
                held = self.by_org_head.get(head, idx)
                self.by_org_head[head] = idx if held == idx else -1

    def _register(self, idx: int, gained: frozenset[str] | set[str]) -> None:
        e = self.entities[idx]
        self.links += 1
        e.seen = self.links
        self.by_tokens[e.tokens] = idx
        if e.acronym and len(e.tokens) > 1:
            self._take_acronym(e.acronym, idx)
        for r in gained:
            if r.isupper():
                self._take_acronym(r, idx)
        bare = e.name.replace(".", "")
        if bare.isupper() and " " not in bare:
            self.by_bare[bare] = idx
        if e.kind == "org":
            self._take_short_forms(e, idx)
        if e.kind in ("person", "unknown") and e.tokens and not _coordinated(e.tokens):
            lst = self.by_last.get(e.tokens[-1])
            if lst is None:
                lst = self.by_last[e.tokens[-1]] = []
                self.by_shape.setdefault(_shape(e.tokens[-1]), []).append(e.tokens[-1])
            if not lst or lst[-1] != idx:
                lst.append(idx)
            if len(e.tokens) in (3, 4) and e.kind == "person" \
                    and e.tokens[-1] not in _NO_SURNAME and e.tokens[-2] not in given_names():
                # "Melba Acosta Febo", "Ana Lucia Gomez de Vidal": "Ms. Acosta", "Gomez"
                self.by_middle[e.tokens[-2]] = idx
            if len(e.tokens) > 1:
                firsts = self.by_first.get(e.tokens[0])
                if firsts is None:
                    firsts = self.by_first[e.tokens[0]] = set()
                firsts.add(idx)

    def link(self, nm: Name) -> int:
        """The entity a name refers to (a new one if none): the first of ``LINK_STEPS``
        that finds one."""
        target = self._find(nm)
        if target is None:
            self.entities.append(_Entity(nm))
            target = len(self.entities) - 1
            if _namesake_person(self, nm):
                self.entities[target].kind = "person"
            gained: frozenset[str] | set[str] = self.entities[target].roles
        else:
            gained = self._merge(self.entities[target], nm, target)
            e = self.entities[target]
            if len(nm.tokens) == 1 and len(e.tokens) > 1:
                e.bare += 1
                e.given += nm.tokens[0] == e.tokens[0] != e.tokens[-1]
        self._register(target, gained)
        return target

    def known(self, nm: Name) -> bool:
        """Does the name refer to an entity named before?"""
        return self._find(nm) is not None

    def _merge(self, e: _Entity, nm: Name, idx: int) -> frozenset[str]:
        """Fold a new mention into its entity; returns the roles it gained."""
        e.last = nm.start
        gained = nm.roles - e.roles - {ALIAS, COMMON}
        e.roles |= gained
        if e.kind == "unknown":
            e.kind = nm.kind
        if e.sex is None:
            e.sex = nm.sex
        # "Trump ... Donald J. Trump": the fuller name of the same person becomes its name
        if nm.kind == "person" and len(nm.tokens) > len(e.tokens) \
                and nm.tokens[-len(e.tokens):] == e.tokens and ALIAS not in nm.roles:
            e.name, e.tokens, e.kind = nm.display, nm.tokens, "person"
        # "Obama ... President Obama": a lone surname takes the title it is given
        if nm.tokens == e.tokens and len(e.tokens) == 1 and nm.kind == "person" \
                and " " not in e.name and nm.display.endswith(" " + e.name):
            e.name = nm.display
        # an acronym met first, its expansion later: the expansion becomes the name
        if e.name.replace(".", "").isupper() and len(nm.tokens) > 1 and ALIAS not in nm.roles:
            if e.acronym and len(e.tokens) > 1 and e.acronym not in e.roles:
                self.dropped[(e.acronym, idx)] = e.seen
            e.name, e.tokens = nm.display, nm.tokens
            e.acronym = nm.acronym
        return gained

    def _find(self, nm: Name) -> int | None:
        if not nm.tokens:
            return None
        if ALIAS in nm.roles:  # "(WHO)" after a name joins that name's entity only
            return self.by_tokens.get(nm.tokens)
        for _name, step in LINK_STEPS:
            hit = step(self, nm)
            if hit is not None:
                return hit
        return None


def _shape(word: str) -> tuple[str, int]:
    """A word's first letter and length: a misspelling of it that drops or adds a letter
    after the first has the same first letter and one letter more or less."""
    return word[:1], len(word)


def _coordinated(tokens: tuple[str, ...]) -> bool:
    """"Khizr and Ghazala Roe", "Lima and Roe": names joined by "and" name two people, so
    neither a lone "Roe" nor "Ghazala Roe" is a short form of the pair."""
    return len(tokens) > 2 and not NAME_JOINERS.isdisjoint(tokens[1:-1])




def _namesake_person(index: _Index, nm: Name) -> bool:
    """"Donald Roe spoke first. Ivana Roe, 34, said ...": a new full name of unknown kind
    whose last word is the surname of a person named in full before is a person too (a
    relative: another given name, so not a short form of that person), unless its first
    word is written like a brand's, with capitals inside ("JPMorgan Chase")."""
    first = nm.display.split(" ", 1)[0]
    if nm.kind != "unknown" or len(nm.tokens) < 2 or _coordinated(nm.tokens) \
            or not first[1:].islower():  # "JPMorgan Chase", "IBM Watson": no relative
        return False
    return any(index.entities[i].kind == "person" and len(index.entities[i].tokens) > 1
               for i in index.by_last.get(nm.tokens[-1], ()))


def _same_tokens(index: _Index, nm: Name) -> int | None:
    """"the United Nations ... the United Nations": the same name again (not "Mr. Roe" for
    "Mrs. Roe": a title of the other sex names someone else, nor "Mrs. Roe" for a bare
    "Roe" since named in full with a man's given name, "Bill Roe")."""
    idx = index.by_tokens.get(nm.tokens)
    if idx is None:
        return None
    theirs = title_sex(nm.roles)
    if theirs is None:
        return idx  # the common case: the name has no sexed title
    e = index.entities[idx]
    titled = e.titled_sex
    if titled is None and len(e.tokens) > len(nm.tokens) and e.sex is not None:
        titled = e.sex  # "Clinton ... Bill Clinton ... Mrs. Clinton": not Bill Clinton
    return None if titled is not None and titled != theirs else idx


def _acronym_of_earlier(index: _Index, nm: Name) -> int | None:
    """"United Nations ... UN": an acronym of an earlier name (or one given in brackets)."""
    raw = nm.display.replace(".", "")
    if raw.isupper() and 1 < len(raw) <= 6 and " " not in raw:
        return index.acronym_owner(raw)
    return None


def _expansion_of_earlier(index: _Index, nm: Name) -> int | None:
    """"UN ... United Nations": the expansion of an acronym met first."""
    mine = nm.acronym
    return index.by_bare.get(mine) if mine and len(nm.tokens) > 1 else None


#: Last words that make no surname ("The Rachel Roe Show" is no person's name).
_NO_SURNAME: Final = WORK_NOUNS | ORG_SUFFIXES | THING_SUFFIXES | BROADCAST_NAME_ENDS


def _first_surname(index: _Index, nm: Name) -> int | None:
    """"Melba Acosta Febo ... Ms. Acosta said": a lone name that is the last but one of a
    person's three or four names is the first of two surnames (as Spanish names have them,
    "Ana Lucia Gomez de Vidal ... Gomez"; a maiden name, "Hillary Rodham Clinton ...
    Rodham", names the same person too)."""
    if len(nm.tokens) != 1 or nm.kind not in ("person", "unknown"):
        return None
    idx = index.by_middle.get(nm.tokens[0])
    if idx is None or not _sexes_agree(index.entities[idx].sex, nm.sex):
        return None
    return idx


def _org_head(index: _Index, nm: Name) -> int | None:
    """"Acme Freight said ... Acme now moves": the first written word alone of an
    organisation's name whose other words are organisation words is a short form of it."""
    if len(nm.tokens) > 2 or nm.kind not in ("unknown", "org"):
        return None
    idx = index.by_org_head.get(nm.tokens, -1)
    return idx if idx >= 0 else None  # ("Acme Freight ... Acme Shipping ... Acme": neither)


def _distinctive_head(tokens: tuple[str, ...], name: str) -> tuple[str, ...]:
    """The tokens of the first written word of "Acme Freight", "Vale Foods" or
    "Kessler-Vane Aerospace" when the other words are organisation words (``ORG_SUFFIXES``
    and the business words of "company"; a word joined by "&" to such a word counts as one
    too, "Orlo Power & Light", ``name`` being the name as written) and the word is no given
    name, place or demonym ("American Airlines" is not what "American" names); else ()."""
    if not tokens:
        return ()
    first = name.split(" ", 1)[0]
    n = 2 if first.count("-") == 1 and first.replace("-", "").isalpha() else 1
    head, rest = tokens[0], tokens[n:]
    if len(tokens) > n + 1 and name.endswith(" & " + name.rsplit(" ", 1)[-1]):
        rest = rest[:-1]
    if not 1 <= len(rest) <= 2 or len(head) < 3 or not head.isalpha() or not all(
            _org_word(t) for t in rest) \
            or head in given_names() or head in places_table() or _demonym(head):
        return ()
    return tokens[:n]


def _clipped_org_name(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """"Orrin Federal Bank ... Orrin Federal said": the first two words of a three-word
    organisation's name ending in an organisation word (``ORG_SUFFIXES`` or a business word
    of "company") and whose middle word is none, unless they name a place, open with a
    given name or a demonym, or the body is of a kind often named after a person
    (``NAMESAKE_HEADS``: "the Hadley Rowe Foundation ... Hadley Rowe" is the person); else
    ()."""
    if len(tokens) != 3 or not _org_word(tokens[2]) or _org_word(tokens[1]) \
            or tokens[2] in NAMESAKE_HEADS \
            or not (tokens[0].isalpha() and tokens[1].isalpha()) or _demonym(tokens[0]) \
            or tokens[0] in given_names() or " ".join(tokens[:2]) in places_table():
        return ()
    return tokens[:2]


def _org_word(word: str) -> bool:
    """An organisation word (``ORG_SUFFIXES``) or a business word of "company"."""
    return word in ORG_SUFFIXES or word in _COMPANY_WORDS


def _demonym(word: str) -> bool:
    """"american", "german", "mexican", "korean", "chinese", "italian": a word for a place's
    people (an ending of ``DEMONYM_ENDINGS``; "-an" only when a place's name shows through:
    America, Europe, Germany, Mexico, Texas, Afghanistan, South Korea; so "Kordan" is
    none)."""
    if word.endswith("an") and not word.endswith("ian"):
        places = places_table()
        stem = word[:-1]
        return any(p in places for p in (stem, word[:-2], word + "y", word[:-2] + "o",
                                         word[:-1] + "s", word + "istan", "south " + stem))
    return word.endswith(DEMONYM_ENDINGS)


def _surname(index: _Index, nm: Name) -> int | None:
    """"Naji al-Mustafa ... Mustafa", "Professor Eastman": a short form of a person's name
    (a lone surname that is also a place or thing word, "Lena Park ... Park", too, unless
    it is a known place)."""
    n = len(nm.tokens)
    if nm.kind not in ("person", "unknown") and not (
            n == 1 and nm.kind in ("place", "thing")
            and nm.tokens[0].lower() not in places_table()):
        return None
    # "Hillary Clinton ... Clinton said ... her husband, Bill Clinton ... Clinton said": of
    # namesakes, the one the text already calls by the surname alone (unless a sexed title
    # tells, "Mrs. Khan"), else the latest
    prefer_bare = n == 1 and nm.sex is None
    latest = None
    for idx in reversed(index.by_last.get(nm.tokens[-1], [])[-20:]):
        e = index.entities[idx]
        if n < len(e.tokens) and nm.tokens == e.tokens[-n:] \
                and e.kind in ("person", "unknown") and _sexes_agree(e.sex, nm.sex):
            if not prefer_bare or e.bare:
                return idx
            latest = idx if latest is None else latest
    return latest


def _fuller_name(index: _Index, nm: Name) -> int | None:
    """"Trump said ... Donald J. Trump": a person's full name after a surname met alone (a
    hyphenated one too: "Diaz-Lund said ... Rosa Diaz-Lund")."""
    if nm.kind != "person" or len(nm.tokens) < 2:
        return None
    for idx in reversed(index.by_last.get(nm.tokens[-1], [])[-20:]):
        e = index.entities[idx]
        n = len(e.tokens)
        if n < len(nm.tokens) and (n == 1 or " " not in e.name) \
                and e.kind in ("person", "unknown") and e.tokens == nm.tokens[-n:] \
                and _sexes_agree(e.gender, nm.sex):
            return idx
    return None


def _sexes_agree(a: Sex | None, b: Sex | None) -> bool:
    return a is None or b is None or a == b


def _given_name(index: _Index, nm: Name) -> int | None:
    """"Tomas Vidal and his wife Ines Vidal ... Tomas": a given name alone, without a title,
    for the one person with that given name mentioned lately ("Mr Tomas" is a surname; a lone
    "Jordan" far from "Jordan Henderson" may well be the country), or at any distance once
    the text has called that person by the given name alone (``given_name_habit``); a royal
    title goes with a given name ("Prince Karim Al-Rashid ... Prince Karim",
    ``GIVEN_NAME_TITLES``)."""
    if nm.kind == "org" or len(nm.tokens) != 1 or any(
            (r in HONORIFICS or r + "." in HONORIFICS)
            and r not in GIVEN_NAME_TITLES for r in nm.roles):
        return None
    firsts = index.by_first.get(nm.tokens[0])
    if firsts is None or len(firsts) != 1:
        return None
    idx = next(iter(firsts))
    e = index.entities[idx]
    return idx if _person_named(e) and (nm.start - e.last <= GIVEN_NAME_REACH or e.given) \
        else None


def _person_named(e: _Entity) -> bool:
    """"Tomas Vidal", "Ravi Nair": a person's name, or one of unknown kind, whose first word
    may stand alone for it; not a name met after "the" ("the Roe Train") nor one that opens
    with a place ("Ohio Electronic Markets"), whose first word names someone or something
    else."""
    return e.kind == "person" or (e.kind == "unknown" and DEFINITE not in e.roles
                                  and e.tokens[0] not in places_table())


def _family_name_first(index: _Index, nm: Name) -> int | None:
    """"Wen Hailong ... Mr. Wen": a courtesy title goes with a family name, so when it comes
    before the first word of a two-word name ("Ban Ki-moon" too), a common Chinese, Korean
    or Vietnamese family name (``FAMILY_FIRST_SURNAMES``) that is no one's last word, the
    name is written family name first."""
    if len(nm.tokens) != 1 or nm.tokens[0] not in FAMILY_FIRST_SURNAMES \
            or not COURTESY_TITLES.intersection(r.rstrip(".") for r in nm.roles) \
            or nm.tokens[0] in index.by_last:
        return None
    hits = [i for i in index.by_first.get(nm.tokens[0], ()) if _family_first_shape(
        index.entities[i]) and _sexes_agree(index.entities[i].titled_sex, nm.sex)]
    return hits[0] if len(hits) == 1 else None


def _family_first_shape(e: _Entity) -> bool:
    """A name of two words, or of a family name and a hyphenated given name ("Ban Ki-moon",
    whose words are "ban", "ki", "moon")."""
    words = e.name.split()
    return len(e.tokens) == 2 or (len(e.tokens) == 3 and len(words) == 2 and "-" in words[1])


#: Shortest lone name (in letters) that may be read as a misspelling of a known surname.
MISSPELT_MIN: Final = 5
#: Most surnames a document may hold for the misspelling step to run (it compares a name
#: with the known surnames of its first letter and a letter more or less; a text naming
#: thousands of people would still make that quadratic).
MISSPELT_MAX_SURNAMES: Final = 200


def _one_letter_off(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter dropped or added ("Jenkin", "Jenkins")?  A
    changed letter is no misspelling here: "Smith" and "Smyth", "Reid" and "Reed" are
    different surnames as often as not."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[k:] == long_[k + 1:]


def _misspelt_surname(index: _Index, nm: Name) -> int | None:
    """"Dana Waters said ... Water said": a lone name that is no one's name but one letter
    off the surname of exactly one person named in full before (or a name of two words of
    unknown kind: a rare given name, "Tyresha McClenney ... McLenney") is that person
    misspelt (not a plural of it: "the Waterses" are a family)."""
    if nm.kind not in ("person", "unknown") or len(nm.tokens) != 1 \
            or len(nm.tokens[0]) < MISSPELT_MIN or nm.tokens[0] in index.by_first \
            or len(index.by_last) > MISSPELT_MAX_SURNAMES:
        return None
    word = nm.tokens[0]
    # the surnames one letter shorter or longer, with the same first letter
    near = index.by_shape.get((word[:1], len(word) - 1), []) \
        + index.by_shape.get((word[:1], len(word) + 1), [])
    hits = {idx for last in near
            if not word.startswith(last) and _one_letter_off(word, last)
            for idx in index.by_last[last]
            if len(index.entities[idx].tokens) > 1
            and index.entities[idx].kind in ("person", "unknown")  # a rare given name
            and _sexes_agree(index.entities[idx].gender, nm.sex)}
    return hits.pop() if len(hits) == 1 else None


#: How a name finds the entity it refers to, in order: (name, step).
LINK_STEPS: tuple[tuple[str, Callable[[_Index, Name], int | None]], ...] = (
    ("same_tokens", _same_tokens),
    ("acronym_of_earlier", _acronym_of_earlier),
    ("expansion_of_earlier", _expansion_of_earlier),
    ("surname", _surname),
    ("fuller_name", _fuller_name),
    ("org_head", _org_head),
    ("family_name_first", _family_name_first),
    ("given_name", _given_name),
    ("first_surname", _first_surname),
    ("misspelt_surname", _misspelt_surname),
)


# --------------------------------------------------------------------------------------------
# Resolving mentions
# --------------------------------------------------------------------------------------------


class _Resolved(NamedTuple):
    entity: int | None
    name: str
    kind: model.EntityKind | None = None  # an unresolved speaker's kind, when a step knows it
    group: tuple[int, ...] = ()  # the entities of names joined by "and" that speak together


#: A line of underscores that ends a section ("___", between a live blog's entries): no
#: role noun or pronoun after it reaches a name before it.
_SECTION_RULE = re.compile(r"(?m)^_{3,}\.?[ \t]*$")


def _section_start(doc: _Document, pos: int) -> int:
    """Where the section holding ``pos`` starts (0 when the text has no section rules)."""
    k = bisect_right(doc.section_starts, pos) - 1
    return doc.section_starts[k] if k >= 0 else 0


class _Document:
    """What every resolver step reads: the text, frames, names and what is resolved so far."""

    __slots__ = ("acting", "ascii", "bare", "cue_starts", "frame_entity", "frames", "index",
                 "names", "notes", "org_placed", "para_starts", "quote_marks", "section_starts",
                 "sent_starts", "speaking", "text", "unnamed")

    def __init__(self, text: str, frames: Sequence[Frame], para_starts: list[int],
                 sent_starts: Sequence[int], ascii_text: bool) -> None:
        self.text = text
        self.ascii = ascii_text  # is the whole text ASCII (then every span of it is)?
        self.sent_starts = sent_starts
        self.frames = frames
        self.cue_starts = array("q", (f.cue[0] for f in frames))  # frames are in cue order
        self.para_starts = para_starts
        # where each section after a rule of underscores starts (a live blog's entries)
        self.section_starts = [m.end() for m in _SECTION_RULE.finditer(text)]
        self.index = _Index()
        self.names: list[tuple[int, int, int]] = []  # (start, end, entity)
        self.notes: list[tuple[int, int]] = []  # per name: (sentence, SUBJECT|SPEAKER|QUOTED)
        self.frame_entity: list[int | None] = []
        self.speaking: set[int] = set()
        # entities named as a sentence's subject or a speaker in the story's own words
        # (places that act: "China hopes", not "in Ohio" or a dateline)
        self.acting: set[int] = set()
        # entities named at least once with no "the" right before ("Roe", not "the Roe Train")
        self.bare: set[int] = set()
        # entities of unknown kind named where only an organisation stands ("Vell Power's
        # chief executive"): a later "the company" may stand for them (``_org_position``)
        self.org_placed: set[int] = set()
        # (start, entity, weight) of resolved mentions that hold no name: speakers ("he",
        # "the senator") and sentence-opening subject pronouns, in text order: they keep
        # their entity salient too
        self.unnamed: list[tuple[int, int, float]] = []
        # offsets of every straight double quote, found on the first question
        self.quote_marks: list[int] = []  # offsets of straight quote marks, set by _Places

    def tokens(self, start: int, end: int, limit: int | None = None) -> list[Token]:
        """Tokens of ``text[start:end]``, a span that is no sentence of the shared tokens (a
        mention, the words before one): ``tokenize``, told whether the text is ASCII."""
        return tokenize(self.text, start, end, True if self.ascii else None, limit)


#: Where a name stands, for its salience: the subject of its sentence (its first name that
#: is no preposition's object or possessor), a frame's speaker, inside what a frame
#: reports, inside a fronted adjunct ("Asked about Roe, ..."), a relative clause, or a
#: quotation that no frame credits ('"Roe will win."' as a paragraph of its own).
SUBJECT, SPEAKER, REPORTED, ADJUNCT, RELATIVE, QUOTED = 1, 2, 4, 8, 16, 32


class _Places:
    """Notes where each name stands as names stream in, in text order (linear: a sweep over
    the frames' speaker and content spans)."""

    def __init__(self, doc: _Document, sentences: Sequence[Span],
                 tokens: SentenceTokens) -> None:
        self.doc = doc
        text, frames = doc.text, doc.frames
        self.text = text
        self.sentences = sentences
        self.tokens = tokens
        self.si = 0
        self.last_si = -1
        self.adjunct_si = -1
        self.adjunct_end = 0  # end of the fronted adjunct of sentence ``adjunct_si``
        self.pronoun_subject = False  # is a pronoun that sentence's subject?
        self.prev_si, self.prev_end = -1, 0  # the sentence and end of the name before
        self.speakers = sorted(f.speaker for f in frames)
        self.contents = sorted(f.content for f in frames)
        self.k_speaker = self.k_content = 0
        self.open_ends: list[int] = []  # ends of the contents open at the current name
        # quote marks before the current name, and before its paragraph (a sweep: names
        # come in text order)
        self.marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
        doc.quote_marks = self.marks
        self.k_mark = self.pi = self.para_marks = 0

    def _oblique(self, start: int, end: int) -> bool:
        """Is the name the object of a preposition ("to the Daily Star"), a possessor ("the
        Center's Jo Roe"), the modifier of a role noun before a name ("Roe spokesman Jo
        Lima") or inside a fronted adjunct ("Asked about Roe, she ..."), so not its
        sentence's subject?"""
        if (self.text[end:end + 2] in ("'s", "\u2019s") and not _contracted(self.text, end + 2)) \
                or self._in_adjunct(start) or self.pronoun_subject:
            return True
        after = self.text[end:end + 40].split(maxsplit=2)[:2]
        if len(after) == 2 and (after[0] in PERSON_ROLES or after[0] in RELATION_NOUNS) \
                and after[1][:1].isupper():
            return True  # "Roe spokesman Jo Lima", "NBC colleague Jo Lima"
        words = self.text[max(0, start - 24):start].rsplit(maxsplit=2)[-2:]
        if words and words[-1].lower() in DETERMINERS:
            words = words[:-1]
        return bool(words) and words[-1].lower() in OBLIQUE_PREPOSITIONS

    def _role_modifier(self, end: int) -> bool:
        """"A top Roe adviser said", "Lima aides say": a name right before a person's role
        noun modifies it; the role noun, not the name, is the subject or speaker.  So does a
        name before a title and another name ("Democratic party nominee Jo Roe", "Roe
        campaign Chairman Jo Lima": the second name)."""
        if end >= len(self.text) or self.text[end] != " ":
            return False
        word = self.text[end + 1:end + 40].split(maxsplit=2)[0:2]
        if not word:
            return False
        w = word[0]
        if w in PERSON_ROLES or (w[-1:] == "s" and w[:-1] in PERSON_ROLES) \
                or w in RELATION_NOUNS or singular(w) in RELATION_NOUNS:
            return True  # ("Roe aides say", "Roe allies say")
        if w[:1].isupper() and w.lower() in PERSON_ROLES and word[1:] \
                and word[1][:1].isupper():
            return True  # "RNC Chairman Jo Roe", "Roe campaign Chairman Jo Lima": a title
        return w.islower() and _title_before_name(self.text[end + 1:end + 60].split(maxsplit=4))

    def _in_relative(self, start: int) -> bool:
        """"Jo Roe met members who backed Lima": a name inside a relative clause (a "who",
        "whom" or "which" since the last comma) is in the background."""
        text = self.text
        lo = max(self.sentences[self.si].start, start - 50)
        if text.find("wh", lo, start) < 0:
            return False  # the common case: no relative pronoun near
        window = text[lo:start]
        tail = " " + window[max(window.rfind(","), window.rfind(";")) + 1:]
        return " who " in tail or " whom " in tail or " which " in tail

    def _apposed(self, start: int, end: int) -> bool:
        """"Jo Roe - Lima's former aide - said", "Jo Roe, an aide to Lima, said": is the name
        in an apposition to the name just before it (a comma or dash right after that name,
        then a possessive name, or a determiner and lower-case words), so in the
        background?"""
        if self.prev_si != self.si or start - self.prev_end > 60:
            return False
        m = _APPOSITION.fullmatch(self.text, self.prev_end, start)
        if m is None:
            return False
        words = m.group(1).split()
        return words[0] in DETERMINERS if words else self.text[end:end + 2] == "'s"

    def _in_adjunct(self, start: int) -> bool:
        if self.adjunct_si != self.si:
            self.adjunct_si = self.si
            sent = self.sentences[self.si]
            self.adjunct_end, self.pronoun_subject = _fronted_adjunct(
                self.tokens.get(sent.start, sent.end))
        return start < self.adjunct_end

    def _quoted(self, start: int) -> bool:
        """Is ``start`` inside a quotation opened earlier in its paragraph?"""
        marks, paras = self.marks, self.doc.para_starts
        while self.k_mark < len(marks) and marks[self.k_mark] < start:
            self.k_mark += 1
        if self.pi + 1 < len(paras) and paras[self.pi + 1] <= start:
            self.pi = _para_of(paras, start)
            self.para_marks = bisect_left(marks, paras[self.pi])
        return (self.k_mark - self.para_marks) % 2 == 1

    def note(self, start: int, end: int) -> tuple[int, int]:
        sents = self.sentences
        while self.si + 1 < len(sents) and sents[self.si].end <= start:
            self.si += 1
        flags = ADJUNCT if self._in_adjunct(start) else 0
        while self.k_speaker < len(self.speakers) and self.speakers[self.k_speaker][1] <= start:
            self.k_speaker += 1
        k = self.k_speaker
        first = self.si != self.last_si
        speaking = k < len(self.speakers) and self.speakers[k][0] <= start \
            and end <= self.speakers[k][1]
        # a role modifier is no subject nor speaker (asked only when the name may be one)
        modifier = (first or speaking) and self._role_modifier(end)
        if first and not modifier and not self._oblique(start, end):
            self.last_si = self.si  # the sentence's first name outside a prepositional phrase
            flags |= SUBJECT
        if speaking and not modifier:
            flags |= SPEAKER
        while self.k_content < len(self.contents) and self.contents[self.k_content][0] <= start:
            heapq.heappush(self.open_ends, self.contents[self.k_content][1])
            self.k_content += 1
        while self.open_ends and self.open_ends[0] <= start:
            heapq.heappop(self.open_ends)
        if self.open_ends:
            flags |= REPORTED
        elif self._quoted(start):
            flags |= QUOTED  # a quotation no frame credits: someone's words, not the story's
        if not flags & (SUBJECT | SPEAKER) and (self._in_relative(start)
                                                 or self._apposed(start, end)):
            flags |= RELATIVE
        self.prev_si, self.prev_end = self.si, end
        return self.si, flags


def _surname_after_noun(doc: _Document, nm: Name) -> Name:
    """"Ana Vell ... the fund Vell was steering", "the council Vell chaired": a lone surname of a
    person the text has named in full, read as a body only for the lower-case noun right
    before it, is that person when a verb follows (the subject of a relative clause), and
    the noun is no role of theirs."""
    if nm.kind != "org" or len(nm.tokens) != 1 or not nm.roles or not all(
            r.rpartition(" ")[2] in ROLE_NOUNS or r.rpartition(" ")[2] in COMPANY_DESCRIPTIONS
            for r in nm.roles):
        return nm  # the common case ("real authority": a modified role word)
    before = doc.text[max(0, nm.start - 30):nm.start].split()[-1:]
    if not before or before[0] not in nm.roles or not _verb_follows(doc.text, nm.end) \
            or not _known_surname(doc, nm.tokens[0]):
        return nm
    return _as_person(nm)


def _surname_not_place(doc: _Document, nm: Name) -> Name:
    """"Gov. Lena Austin ... Austin says": a lone word that names a place too, when the text
    has named a person in full with it as surname, is that person where a person speaks or
    acts: opening its clause (after a sentence's start, a quote, a comma, ", and") with a
    verb or ", who" after it, or after a reporting verb closing its sentence ('"...," said
    Austin.'); not "a rally near Austin", "Dallas and Austin said", "Lima, Peru's capital",
    "Austin officials said"."""
    if nm.kind not in ("place", "thing") or len(nm.tokens) != 1 or nm.start == 0:
        return nm  # the common case
    if not _known_surname(doc, nm.tokens[0]):
        return nm
    before = doc.text[max(0, nm.start - 3):nm.start].rstrip(" ")
    said = doc.text[max(0, nm.start - 14):nm.start].split()[-1:]
    inverted = bool(said) and said[0] in REPORTING_VERBS \
        and doc.text[nm.end:nm.end + 1] in (".", ",")  # '"...," said Vell.'
    if not inverted and (not (_verb_follows(doc.text, nm.end)
                              or _WHO_AFTER.match(doc.text, nm.end) is not None) or (
            before and before[-1] not in _SUBJECT_OPENERS and _CLAUSE_COORDINATION.search(
                doc.text, max(0, nm.start - 8), nm.start) is None)):
        return nm
    return _as_person(nm)


def _as_person(nm: Name) -> Name:
    """The name read as a person's surname: no roles (the noun before it was no role)."""
    return Name(nm.start, nm.end, nm.display, nm.tokens, "person", frozenset(), nm.acronym,
                nm.sex)


#: ", and" or ", but" before a word: a clause joined to the one before ("..., and Vell says").
_CLAUSE_COORDINATION: Final = re.compile(r"[,;]\s+(?:and|but)\s+$")
#: ", who" right after a name: only a person takes it ('Austin, who ran the fund, said').
_WHO_AFTER: Final = re.compile(r",\s+who\b")
#: A lower-case word after a name ("Vell said", "Vell had."), and the word after it.
_NEXT_WORD: Final = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+))?")
#: Characters right before a word that leave it opening a clause (a sentence's or
#: paragraph's start, a quote's close, a comma).
_SUBJECT_OPENERS: Final = frozenset('.!?\n,"\u201d\u2019\'')


def _known_surname(doc: _Document, word: str) -> bool:
    """Has the text named a person in full whose last word is ``word`` (lower case)?"""
    ents = doc.index.entities
    return any(ents[i].kind == "person" and len(ents[i].tokens) > 1
               for i in doc.index.by_last.get(word, ()))


def _verb_follows(text: str, end: int) -> bool:
    """Does a verb follow the word ending at ``end`` ("Vell said", "Vell was", "Vell runs",
    "Vell had"; not a plural noun before a verb: "Vell officials said";
    ``tokens.reads_as_verb``)?"""
    found = _NEXT_WORD.match(text, end, end + 32)
    return found is not None and reads_as_verb(found.group(1), found.group(2) or "")


def _leader_of_body(doc: _Document, nm: Name) -> None:
    """"a post in an Ana Vell administration", "the Jo Roe campaign": an organisation named
    by a person's full name (a given name first) and a body around that person
    (``ISSUER_BODY_NOUNS``) names the person too, so a later "Vell" is Ana Vell and not a
    namesake met after (the person is known, though not a mention of its own)."""
    toks, words = nm.tokens, nm.display.split()
    if nm.kind != "org" or not 3 <= len(toks) <= 4 or len(words) != len(toks) \
            or toks[-1] not in ISSUER_BODY_NOUNS or toks[0] not in given_names() \
            or not all(w[:1].isupper() for w in words[:-1]):
        return
    shown = " ".join(words[:-1])
    person = Name(nm.start, nm.start + len(shown), shown, toks[:-1], "person", frozenset(), "",
                  given_names()[toks[0]])
    if not doc.index.known(person):
        doc.index.link(person)


def _contracted(text: str, pos: int) -> bool:
    """"Roe's been pressing the point": is the "'s" ending before ``pos`` "has" or "is" cut
    short (the next word is one only a verb phrase goes on with), not a possessive?"""
    word = text[pos:pos + 12].split(maxsplit=1)[:1]
    return bool(word) and text[pos:pos + 1] == " " and word[0] in CONTRACTED_VERB_FOLLOWERS


#: The words between a name and a name in apposition to it: a comma or a spaced dash, then
#: up to eight lower-case words (``_Places._apposed``).
_APPOSITION = re.compile(r"\s*(?:,|\s-{1,2})\s+((?:[a-z][\w'-]*\s+){0,8})")


def _title_before_name(words: list[str]) -> bool:
    """"Republican presidential candidate Jo Roe": up to two lower-case modifiers, a role
    noun and a capitalised word follow (the words after a name, split at white space)."""
    if PERSON_ROLES.isdisjoint(words[:3]):
        return False  # the common case: no role noun among them
    for k, w in enumerate(words[:3]):
        if not (w.isalpha() or "-" in w) or not w.islower():
            return False
        if w in PERSON_ROLES:
            return k + 1 < len(words) and words[k + 1][:1].isupper()
    return False


#: Prepositions that never open a subordinate clause ("after" and "before" may: "After Roe
#: spoke, ...").
_ADJUNCT_PREPOSITIONS: Final = OBLIQUE_PREPOSITIONS - SUBORDINATORS


def _fronted_adjunct(toks: list[Token]) -> tuple[int, bool]:
    """"Asked about Roe, she said", "After talks with Roe, she said": where a fronted
    participle or prepositional phrase ends (its comma; 0 for none: a subordinate clause,
    "When Roe was asked, ...", has a subject of its own), or a fronted clause of contrast
    or condition ("While Roe stalled, Lima said", "If Roe loses, Lima said", within 28
    tokens: its subject is not the sentence's),
    and whether a pronoun is the sentence's subject ("She met Roe", "In Ohio, she met Roe":
    then no name is)."""
    k = first_word_index(toks)
    if k + 1 >= len(toks):
        return 0, False
    low, nxt = toks[k].lower, toks[k + 1]
    if low in PERSONAL_PRONOUNS:
        return 0, True
    participle = low.endswith(("ed", "ing")) and len(low) > 4 and nxt.text.islower() \
        and nxt.lower in PARTICIPLE_FOLLOWERS
    preposition = low in _ADJUNCT_PREPOSITIONS or (
        low in OBLIQUE_PREPOSITIONS and nxt.text.islower() and nxt.lower in DETERMINERS)
    # "While Roe stalled, Lima said", "If Roe loses, Lima said"
    contrast = low in CONTRAST_SUBORDINATORS or low in CONDITION_SUBORDINATORS
    if not (participle or preposition or contrast):
        return 0, False
    commas = [i for i in range(k + 2, min(len(toks) - 1, k + 30)) if toks[i].text == ","]
    if not commas or commas[0] >= k + (29 if contrast else 16):
        return 0, False
    # the comma before a pronoun ("Asked about Roe, who ..., she replied"), else the first
    pick = next((i for i in commas if toks[i + 1].lower in PRONOUNS), commas[0])
    return toks[pick].start, toks[pick + 1].lower in PERSONAL_PRONOUNS


class _Mention:
    """A speaker (or via) mention of frame ``fi`` (a slotted class: every resolver step
    reads its fields)."""

    __slots__ = ("fi", "head_end", "span", "surface", "toks")

    def __init__(self, span: tuple[int, int], fi: int, toks: list[Token], surface: str,
                 head_end: int) -> None:
        self.span = span
        self.fi = fi
        self.toks = toks
        self.surface = surface
        self.head_end = head_end  # where its head's words end (``_head_end``)


def resolve(
    text: str, frames: Sequence[Frame], sentences: Sequence[Span], paragraphs: Sequence[Span],
    tokens: SentenceTokens | None = None,
) -> tuple[tuple[model.Attribution, ...], tuple[model.Source, ...]]:
    """Canonical speakers for ``frames`` and the list of sources they refer to.

    Args:
        text: the normalised text the frames index into.
        frames: frames from :func:`attribution.find_frames`.
        sentences: sentence spans.
        paragraphs: paragraph spans.
        tokens: the document's shared sentence tokens (made here if not given).

    Returns:
        One ``Attribution`` per frame (text order) and one ``Source`` per canonical speaker.
        Mentions keep their own offsets, determiner included ("the ministry"); names drop it.
        A pronoun or role noun that cannot be tied to an earlier named source keeps its surface
        form with ``resolved=False``.
    """
    tokens = tokens or SentenceTokens(text)
    doc = _Document(text, sorted(frames, key=lambda f: (f.cue[0], f.cue[1])),
                    [p.start for p in paragraphs], array("q", (s.start for s in sentences)),
                    tokens.ascii)
    keep = [f.speaker for f in doc.frames] + [f.via for f in doc.frames if f.via is not None]
    places = _Places(doc, sentences, tokens)
    for nm in scan_names(text, sentences, keep, tokens):
        _take_name(doc, places, nm)
    _pronoun_evidence(doc, sentences)
    results = _resolve_frames(doc)
    _later_quote_speakers(doc, results)
    attributions = _attributions(doc, results)
    return attributions, _sources(doc, results, attributions)


def _take_name(doc: _Document, places: _Places, nm: Name) -> None:
    """Link a name of the text to its entity and note where it stands (its place in the
    sentence, whether its bearer acts in the story), unless it names no one: a common word
    opening a sentence ("Poll finds ..."), a dateline ("WASHINGTON -- ...")."""
    if COMMON in nm.roles and not doc.index.known(nm):
        return
    if _dateline(doc, nm):
        return  # where the story was filed: no one in it
    nm = _surname_after_noun(doc, nm)
    nm = _surname_not_place(doc, nm)
    ent = doc.index.link(nm)
    _leader_of_body(doc, nm)
    _person_by_age(doc, nm, ent)
    doc.names.append((nm.start, nm.end, ent))
    if DEFINITE not in nm.roles:
        doc.bare.add(ent)
    if doc.index.entities[ent].kind == "unknown" and _org_position(doc.text, nm.start, nm.end):
        doc.org_placed.add(ent)
    doc.notes.append(places.note(nm.start, nm.end))
    if _acts(doc, doc.notes[-1][1], nm.start, nm.end):
        doc.acting.add(ent)


#: What follows a name that only an organisation has ("Vell Power's chief executive",
#: "Alder Steel executives"), and what comes before one ("the nonprofit Harbor Watch", "who
#: heads Harbor Watch"): ``ORG_STAFF_WORDS``, ``ORG_DESCRIPTIONS``, ``ORG_LEADING_VERBS``.
_ORG_STAFF_AFTER: Final = re.compile(
    r"(?:'s)? (?:" + "|".join(sorted(ORG_STAFF_WORDS)) + r")\b", re.IGNORECASE)
_ORG_CUE_BEFORE: Final = re.compile(
    r"(?:\b(?:the|a|an) (?:" + "|".join(sorted(ORG_DESCRIPTIONS)) + r")|(?<![\w-])(?:"
    + "|".join(sorted(ORG_LEADING_VERBS)) + r")) $")
#: How far before a name its organisation cue is looked for (characters).
ORG_CUE_REACH: Final = 30


def _org_position(text: str, start: int, end: int) -> bool:
    """"Vell Power's chief executive said ... The company said": is the name at ``[start,
    end)`` in a place only an organisation takes (its possessive or the name itself before a
    word for a business's people or parts, after a noun describing an organisation, or the
    object of a verb of leading one)?"""
    return _ORG_STAFF_AFTER.match(text, end) is not None \
        or _ORG_CUE_BEFORE.search(text, max(0, start - ORG_CUE_REACH), start) is not None


_DATELINE: Final = re.compile(r"\s*(?:\([A-Za-z. ]{1,20}\)\s*)?[\u2014\u2013-]")


#: A paragraph opening with a dateline: a place in capitals, perhaps a state and an agency
#: in brackets, and a dash ("TULA, Ohio (AP) --").
_DATELINE_OPENING = re.compile(
    r"[A-Z][A-Z.' ]{2,40}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*"
    r"(?:\([A-Za-z. ]{1,20}\)\s*)?[\u2014\u2013-]")


#: How far before a name the line holding it in a dateline may start (characters).
DATELINE_REACH = 100


def _dateline(doc: _Document, nm: Name) -> bool:
    """"WASHINGTON (AP) -- The bank said ...": a name inside a dateline opening a paragraph
    (the place in capitals, its state, the agency in brackets) tells where and by whom the
    story was filed; it is no mention: "it" and "they" never refer back to it."""
    lo = max(0, nm.start - DATELINE_REACH)
    p = doc.text.rfind("\n", lo, nm.start) + 1
    if p == 0 and lo > 0:
        return False  # no line starts near the name: no dateline holds it
    found = _DATELINE_OPENING.match(doc.text, p)
    return found is not None and nm.end <= found.end()


def _acts(doc: _Document, flags: int, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` a subject or speaker of the story's own words (not
    inside what a frame reports, a quotation, an adjunct or a relative clause), and no
    dateline opening a paragraph ("TULA, Ohio -- ...")?"""
    if not flags & (SUBJECT | SPEAKER) or flags & (REPORTED | QUOTED | ADJUNCT | RELATIVE):
        return False
    opens = start == 0 or doc.text[start - 1] == "\n"
    return not (opens and _DATELINE.match(doc.text, end) is not None)


def _resolve_frames(doc: _Document) -> list[tuple[_Resolved, _Resolved | None]]:
    """Each frame's speaker (and via), in text order: later pronouns read earlier results."""
    results: list[tuple[_Resolved, _Resolved | None]] = []
    openers = _subject_openers(doc)
    for fi, f in enumerate(doc.frames):
        while openers and openers[-1][0] < f.speaker[0]:
            _count_opener(doc, openers.pop(), fi)
        r = _resolve_mention(doc, f.speaker, fi)
        v = _resolve_mention(doc, f.via, fi) if f.via is not None else None
        if r.entity is None and fi > 0:
            r = _continue_unnamed(doc, f, doc.frames[fi - 1], results[fi - 1][0], r)
        elif fi > 0 and results[fi - 1][0].group:
            r = _continue_group(doc, f, doc.frames[fi - 1], results[fi - 1][0], r)
        doc.frame_entity.append(r.entity)
        doc.speaking.update(r.group)
        if r.entity is not None:
            doc.speaking.add(r.entity)
            if all(ent != r.entity for _, _, ent in _names_inside(doc, f.speaker)):
                doc.unnamed.append((f.speaker[0], r.entity, SPEAKER_WEIGHT))
        results.append((r, v))
    return results


#: Salience of a resolved speaker that holds no name, and of a sentence-opening "he"/"she".
SPEAKER_WEIGHT: Final = 2.0
OPENER_WEIGHT: Final = 1.5


def _subject_openers(doc: _Document) -> list[tuple[int, str]]:
    """Sentences that open with "He" or "She" and are no frame's speaker, last first."""
    spoken = {f.speaker[0] for f in doc.frames}
    text = doc.text
    out = [(s, "he" if text[s:s + 3] == "He " else "she")
           for s in doc.sent_starts
           if (text[s:s + 3] == "He " or text[s:s + 4] == "She ") and s not in spoken]
    out.reverse()
    return out


def _count_opener(doc: _Document, opener: tuple[int, str], fi: int) -> None:
    """"Roe joined the board in 2009. She left in 2015. ... she said": a sentence that opens
    with "he" or "she" outside any quote keeps the entity it refers to (the most salient that
    fits) salient, as a subject does (centering)."""
    start, pron = opener
    for g in doc.frames[max(0, fi - 2):fi + 1]:
        if g.content[0] <= start < g.content[1]:
            return  # inside what a frame reports: someone else's "he"
    span = (start, start + len(pron))
    ent = _most_salient(doc, lambda e: _fit(doc, pron, e), span, None)
    if ent is not None and doc.index.entities[ent].kind in ("person", "unknown"):
        doc.unnamed.append((start, ent, OPENER_WEIGHT))


def _later_quote_speakers(doc: _Document,
                          results: list[tuple[_Resolved, _Resolved | None]]) -> None:
    """'"I think ...," he said': "I" inside a quote whose frame comes later."""
    for fi, f in enumerate(doc.frames):
        r, v = results[fi]
        if r.entity is None and doc.text[f.speaker[0]:f.speaker[1]].lower() == "i":
            ent = _quote_speaker(doc, f.speaker, fi)
            if ent is not None:
                results[fi] = (_Resolved(ent, r.name), v)
                doc.frame_entity[fi] = ent


def _attributions(doc: _Document, results: list[tuple[_Resolved, _Resolved | None]]
                  ) -> tuple[model.Attribution, ...]:
    out = []
    for f, (r, v) in zip(doc.frames, results, strict=True):
        via = _speaker(doc, f.via, v) if f.via is not None and v is not None else None
        out.append(model.Attribution(
            speaker=_speaker(doc, f.speaker, r), cue_text=doc.text[f.cue[0]:f.cue[1]],
            cue_start=f.cue[0], cue_end=f.cue[1], content_start=f.content[0],
            content_end=f.content[1], sentence=f.sentence, via=via))
    return tuple(out)


def _sources(doc: _Document, results: list[tuple[_Resolved, _Resolved | None]],
             attributions: Sequence[model.Attribution]) -> tuple[model.Source, ...]:
    """One source per canonical speaker with every mention: the frames' speaker mentions
    (``attributions``, one per frame), and every other occurrence of a speaking entity's
    name."""
    sources: dict[str, tuple[bool, list[model.Mention]]] = {}
    kinds: dict[str, model.EntityKind] = {}
    used: set[int] = set()
    for a, (r, v) in zip(attributions, results, strict=True):
        for sp, res in ((a.speaker, r), (a.via, v)):
            if sp is None or res is None:
                continue
            sources.setdefault(sp.name, (sp.resolved, []))[1].append(
                model.Mention(sp.mention, sp.start, sp.end))
            kinds.setdefault(sp.name, sp.kind)
            if res.entity is not None:
                used.add(res.entity)
    spans = {name: sorted((m.start, m.end) for m in ms) for name, (_, ms) in sources.items()}
    for start, end, ent in doc.names:
        if ent in used:
            name = doc.index.entities[ent].name
            entry = sources.setdefault(name, (True, []))
            if not _covered(spans.get(name, []), start, end):
                entry[1].append(model.Mention(doc.text[start:end], start, end))
    out = []
    for name, (resolved, mentions) in sources.items():
        uniq = sorted({(m.start, m.end): m for m in mentions}.values(),
                      key=lambda m: (m.start, m.end))
        out.append(model.Source(name=name, resolved=resolved, mentions=tuple(uniq),
                                kind=kinds.get(name, "unknown")))
    out.sort(key=lambda s_: s_.mentions[0].start if s_.mentions else 0)
    return tuple(out)


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does a span of the sorted ``spans`` contain ``[start, end)``?  (Mentions barely nest,
    so the few spans starting just before ``start`` are enough.)"""
    k = bisect_right(spans, (start, sys.maxsize))
    return any(spans[j][1] >= end for j in range(max(0, k - 4), k))


def _continue_unnamed(doc: _Document, f: Frame, prev: Frame, prev_r: _Resolved,
                      r: _Resolved) -> _Resolved:
    """A third-person pronoun continuing an unnamed speaker's chain ("The coastguard said ...
    It added ...") refers to that same, still unnamed, source; so does "the" and the head
    noun of that source ("China's foreign ministry said ... The ministry said")."""
    raw = doc.text[f.speaker[0]:f.speaker[1]].lower()
    pron = OBJECT_PRONOUNS.get(raw, raw)
    words = pron.split()
    if len(words) == 3 and words[0] in PARTITIVE_QUANTIFIERS and words[1:] == ["of", "them"]:
        raw = pron = "they"  # "Most of them said": part of the group, in its chain
    prev_words = prev_r.name.lower().split()
    repeats = len(words) == 2 and words[0] in ROLE_DETERMINERS and len(prev_words) > 1 \
        and _head_word(prev_words) == words[1] and words[1].isalpha()
    if not repeats and (pron not in PRONOUNS or pron in FIRST_PERSON or pron == "you"
                        or r.name.lower() not in (raw, " ".join(words))):
        return r  # (a step named what the pronoun stands for: "The transit agency ... It")
    if prev_r.entity is not None or prev_r.name.lower() in PRONOUNS \
            or prev_r.name.lower() in OBJECT_PRONOUNS or (prev_r.group and pron != "they"):
        return r  # "Roe and Lima said ... He added": not both of them
    if _para_of(doc.para_starts, f.cue[0]) - _para_of(doc.para_starts, prev.cue[0]) > 1 \
            or f.content[0] <= prev.cue[0] < f.content[1]:
        return r  # (a frame inside this one's words: '"..., a broker said ...," she wrote')
    if prev_r.group:  # "Roe and Lima said ... They added": the same group of names
        return _Resolved(None, prev_r.name, prev_r.kind, prev_r.group)
    return _Resolved(None, prev_r.name)


def _continue_group(doc: _Document, f: Frame, prev: Frame, prev_r: _Resolved,
                    r: _Resolved) -> _Resolved:
    """"Ana Roe and Jo Lima cut their forecast. They said ... | '...,' they wrote": a "they"
    right after a frame of a group named by its members, in its paragraph or the next, goes
    on with that group, not with one person of it or another single person."""
    if doc.text[f.speaker[0]:f.speaker[1]].lower() != "they" or r.entity is None \
            or doc.index.entities[r.entity].kind not in ("person", "unknown") \
            or _para_of(doc.para_starts, f.cue[0]) - _para_of(doc.para_starts, prev.cue[0]) > 1:
        return r
    return prev_r


def _speaker(doc: _Document, span: tuple[int, int], r: _Resolved) -> model.Speaker:
    mention = doc.text[span[0]:span[1]]
    if r.entity is not None:
        en = doc.index.entities[r.entity]
        return model.Speaker(en.name, mention, span[0], span[1], True, _public_kind(doc, en))
    kind = r.kind or _mention_kind(mention)
    if r.group:  # "Lima and Roe said": a group named by its members
        return model.Speaker(r.name, mention, span[0], span[1], True, kind)
    if kind == "unknown":  # "The coastguard said ... It added": the kind of the chain
        kind = _mention_kind(r.name)
    return model.Speaker(r.name, mention, span[0], span[1], False, kind)


def _public_kind(doc: _Document, en: _Entity) -> model.EntityKind:
    """The documented kind of an entity ("org" is "organisation"; a name known to be no
    place, organisation or thing that a sexed pronoun refers back to is a person)."""
    kind = en.kind
    if kind == "unknown" and en.gender is not None:
        return "person"
    return _PUBLIC_KINDS[kind]


_PERSON_WORDS: Final = PERSONAL_PRONOUNS | PERSON_ROLES | PARTY_MEMBER_NOUNS | {"i", "him", "her"}

_PUBLIC_KINDS: Final[dict[NameKind, model.EntityKind]] = {
    "person": "person", "org": "organisation", "place": "place", "group": "group",
    "document": "document", "thing": "unknown", "unknown": "unknown",
}


def _mention_kind(mention: str) -> model.EntityKind:
    """The kind of an unresolved speaker from its own words: "he" and "the spokeswoman" are
    persons, "the company" an organisation, "officials" and "they" a group, "the poll" a
    document; before a postmodifier, its head decides ("a spokesman for the Vale Group" is a
    person, "a memo from Roe's aide" a document)."""
    words = mention.lower().split()
    if not words:
        return "unknown"
    cut = next((k for k, w in enumerate(words) if k and w in _POSTMODIFIER_STARTS), None)
    if cut is not None and not (words[cut] == "of" and words[-2].endswith(("'s", "\u2019s"))):
        kind = _head_kind(words[cut - 1])
        if kind != "unknown" or words[cut] in SOURCE_POSTMODIFIERS:
            return kind  # "a source familiar with the probe": not a document
    if _participle_document(words):
        return "document"
    kind = _head_kind(words[-1])
    if kind != "unknown":
        return kind
    if len(words) <= 3 and words[-1].isalpha() and looks_plural(words[-1]):
        return "group"  # "Regulators", "industry groups": people, a plural common noun
    # "two aides familiar with the talks": a group noun before the postmodifier
    front = words[:next((k for k, w in enumerate(words) if w in _POSTMODIFIER_STARTS), None)]
    return "group" if any(w in GROUP_NOUNS for w in front[:4]) else "unknown"


def _participle_document(words: list[str]) -> bool:
    """"a report released Monday", "a memo obtained by the Courier": a document noun before
    an issuing or viewing participle heads the mention (lower-cased ``words``)."""
    k = next((j for j, w in enumerate(words) if j and (w in ISSUED_BY or w in VIEWED_BY)), 0)
    return k > 0 and (words[k - 1] in DOCUMENT_HEADS or _plural_document(words[k - 1]))


def _head_kind(word: str) -> model.EntityKind:
    """The kind a head noun gives an unnamed speaker ("spokeswoman": a person)."""
    head = word.strip(",.'\u2019")
    head = head[:-2] if head.endswith("'s") else head
    if head in _PERSON_WORDS:
        return "person"
    if head in ORG_ROLES or head in ROLE_ALIASES or head in ORG_SUFFIXES \
            or head in INSTITUTION_HEADS:
        return "document" if head in DOCUMENT_HEADS else "organisation"
    if head in DOCUMENT_HEADS or _plural_document(head):
        return "document"
    if head in GROUP_NOUNS or head in GENERIC_SOURCES or head in ("they", "we"):
        return "group"
    return "unknown"


def _plural_document(head: str) -> bool:
    """"Polls show ...", "Studies find ...": the plural of a document noun is documents."""
    if head.endswith("ies"):
        return head[:-3] + "y" in DOCUMENT_HEADS
    return head.endswith("s") and head[:-1] in DOCUMENT_HEADS


#: Words that start a postmodifier after a speaker's head noun ("aides familiar with",
#: "officials briefed on", "people close to").
_POSTMODIFIER_STARTS: Final = HEAD_PREPOSITIONS | SOURCE_POSTMODIFIERS | {MEMBERSHIP_PREPOSITION}


def _strip_det(words: list[str]) -> list[str]:
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return words


def _resolve_mention(doc: _Document, span: tuple[int, int], fi: int) -> _Resolved:
    """A mention's entity: the first of ``RESOLVER_STEPS`` that finds one, else its own
    words without a determiner ("the spokesman" -> "spokesman", unresolved)."""
    toks = doc.tokens(span[0], span[1])
    surface = " ".join(doc.text[span[0]:span[1]].split())
    if not toks:
        return _Resolved(None, surface)
    m = _Mention(span, fi, toks, surface, _head_end(toks))
    for step in _STEP_DISPATCH.rules_for(_mention_class(toks)):  # (``RESOLVER_STEP_KINDS``)
        found = step(doc, m)
        if found is not None:
            return found
    return _Resolved(None, _unresolved_name(surface))


def _unresolved_name(surface: str) -> str:
    """"the spokesman" -> "spokesman", "a man who" -> "man", "Officials who reviewed the
    plan" -> "Officials": an unresolved mention's own words without a determiner or a
    relative clause ("Those who attended" keeps its pronoun: "Those")."""
    words = surface.split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in RELATIVE_WORDS), None)
    if cut is not None:
        words = words[:cut]
        words[-1] = words[-1].rstrip(",")  # "Roe, who"
    return " ".join(_strip_det(words) or words) or surface


def _name_starting_at(doc: _Document, start: int) -> int | None:
    """The index in ``doc.names`` of the name that starts at offset ``start``, if any."""
    j = bisect_left(doc.names, (start, -1, -1))
    return j if j < len(doc.names) and doc.names[j][0] == start else None


def _sentence_start(doc: _Document, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (0 before the first)."""
    here = bisect_right(doc.sent_starts, pos) - 1
    return doc.sent_starts[here] if here >= 0 else 0


#: A sentence's first word, past up to eight marks ('"When', "(As").
_OPENING_WORD = re.compile(r"[\W_]{0,8}([A-Za-z]+)")


#: How far (characters) a fronted subordinate clause may run before the pronoun after it.
SUBORDINATE_REACH = 300


def _opening_subordinator(doc: _Document, start: int, m: _Mention) -> re.Match[str] | None:
    """"When Roe was asked ..., he said": the first word of the sentence starting at
    ``start`` (past up to eight marks), read before the mention ``m`` without tokenizing,
    when it is a subordinator of a fronted clause (``CLAUSE_SUBORDINATORS``)."""
    word = _OPENING_WORD.match(doc.text, start, m.span[0])
    return word if word is not None and word[1].lower() in CLAUSE_SUBORDINATORS else None


def _subordinate_subject(doc: _Document, m: _Mention) -> _Resolved | None:
    """"When Roe was asked whether he trusted Lima, he said no": "he" or "she" opening the
    main clause after a fronted time or reason clause (``CLAUSE_SUBORDINATORS``) stands for
    that clause's subject, a name right after the subordinator, when it agrees in sex (or
    its sex is unknown and no person of that sex is named in the clause).  Not a medial
    frame ("If Roe wins, he said, ...")."""
    pron = m.toks[0].lower
    f = doc.frames[m.fi]
    if len(m.toks) != 1 or pron not in SEXED_PRONOUNS or f.cue[0] < m.span[1] \
            or doc.text[f.cue[1]:f.cue[1] + 2].strip()[:1] == "," \
            or doc.text[max(0, m.span[0] - 16):m.span[0]].rstrip()[-1:] not in (",", ""):
        return None  # (the comma before the pronoun, checked before the sentence is read)
    start = _sentence_start(doc, m.span[0])
    if m.span[0] - start > SUBORDINATE_REACH or _opening_subordinator(doc, start, m) is None:
        return None  # (its first word, checked before the sentence is read, in bounded reach)
    toks = doc.tokens(start, m.span[1])
    k = first_word_index(toks)
    if len(toks) < k + 4 or toks[k].lower not in CLAUSE_SUBORDINATORS \
            or toks[-2].text != "," or any(t.text == "," for t in toks[k + 1:-2]):
        return None  # the pronoun must open the main clause, not follow it ("..., she said")
    j = _name_starting_at(doc, toks[k + 1].start)
    if j is None:
        return None
    ent = doc.names[j][2]
    rivals = {e for s, _, e in doc.names[j + 1:j + 8] if s < toks[-2].start and e != ent}
    fit = _fit(doc, pron, ent)
    if fit == 1.0 or (fit >= UNKNOWN_SEX_FIT and all(_fit(doc, pron, e) < 1.0 for e in rivals)):
        return _Resolved(ent, m.surface)
    return None


def _subject_of_fronted_content(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Vell Motors cut 40 jobs last year, it said on Friday": an "it" or "they" crediting
    the clause that opens its own sentence is that clause's subject (a name opening it with
    a verb right after), an organisation (for "they" a group too), as wire copy writes a
    company's own statement."""
    pron = m.toks[0].lower
    f = doc.frames[m.fi]
    if len(m.toks) != 1 or pron not in ("it", "they") or f.content[1] > m.span[0] \
            or f.content[0] != _sentence_start(doc, m.span[0]):
        return None
    k = bisect_left(doc.names, (f.content[0], -1, -1))
    if k >= len(doc.names) or doc.names[k][0] >= f.content[1] \
            or not doc.notes[k][1] & SUBJECT or doc.names[k][0] > f.content[0] + 4 \
            or not _verb_follows(doc.text, doc.names[k][1]):
        return None  # (the name opens the clause, perhaps after "The", and is its subject:
        # not "Vell Motors' rival Tula Auto", "The Vell Motors plant")
    ent = doc.names[k][2]
    kinds = ("org",) if pron == "it" else ("org", "group")
    return _Resolved(ent, m.surface) if doc.index.entities[ent].kind in kinds else None


def _fronted_clause_cataphora(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Though she has ruled out a run, Lind is polling donors": "he" or "she", subject of a
    fronted subordinate clause (``CLAUSE_SUBORDINATORS``) looks ahead to the main clause's
    subject, a name right after the clause's comma that agrees in sex, when no person the
    pronoun fits is a subject or speaker of the sentence before (then it continues that)."""
    pron = m.toks[0].lower
    if len(m.toks) != 1 or pron not in SEXED_PRONOUNS:
        return None
    here = bisect_right(doc.sent_starts, m.span[0]) - 1
    start = doc.sent_starts[here] if here >= 0 else 0
    opening = _opening_subordinator(doc, start, m)
    if opening is None or doc.text[opening.end():m.span[0]].strip():
        return None  # (the pronoun right after the sentence's first word, checked unread)
    end = doc.sent_starts[here + 1] if here + 1 < len(doc.sent_starts) else len(doc.text)
    toks = doc.tokens(start, min(end, m.span[1] + SUBORDINATE_REACH))
    k = first_word_index(toks)
    if k + 3 >= len(toks) or toks[k].lower not in CLAUSE_SUBORDINATORS \
            or toks[k + 1].start != m.span[0]:
        return None
    comma = next((c for c in range(k + 2, min(len(toks) - 1, k + 30)) if toks[c].text == ","),
                 None)
    if comma is None:
        return None
    j = _name_starting_at(doc, toks[comma + 1].start)
    if j is None or not doc.notes[j][1] & SUBJECT or _fit(doc, pron, doc.names[j][2]) < 1.0:
        return None
    lo = bisect_left(doc.names, (doc.sent_starts[here - 1] if here > 0 else 0, -1, -1))
    hi = bisect_left(doc.names, (start, -1, -1))
    if any(doc.notes[i][1] & (SUBJECT | SPEAKER) and _fit(doc, pron, doc.names[i][2]) > 0
           for i in range(max(lo, hi - LOOKBACK), hi)):
        return None
    return _Resolved(doc.names[j][2], m.surface)


def _pronoun_step(doc: _Document, m: _Mention) -> _Resolved | None:
    """"he said", "according to her": a pronoun alone (resolved or not, it decides)."""
    low = m.toks[0].lower
    pron = OBJECT_PRONOUNS.get(low, low)
    if len(m.toks) != 1 or pron not in PRONOUNS:
        return None
    ent = _resolve_pronoun(doc, pron, m.span, m.fi)
    if ent is not None and pron in PERSONAL_PRONOUNS:
        en = doc.index.entities[ent]
        if en.kind in ("person", "unknown"):  # "she" refers to it: a woman, for what follows
            en.kind = "person"
            en.votes[0 if SEXED_PRONOUNS[pron] == "f" else 1] += 1
    return _Resolved(ent, m.surface)


#: A fronted topic: "As for Roe,", "And as to the ministry,", "As for Sen. Roe," (the
#: match runs from the sentence start, so a period in it is an abbreviation's).
_TOPIC_ADJUNCT = re.compile(r"\s*(?:(?:And|But|Yet)\s+)?[Aa]s (?:for|to)\s+[^,;:\"]{1,60},\s*$")


def _topic_adjunct(doc: _Document, m: _Mention) -> _Resolved | None:
    """"As for Roe, she said she is not worried": a pronoun right after a fronted "as for" or
    "as to" phrase, the topic of its sentence, refers to the last name in that phrase it
    fits, whoever spoke before."""
    low = m.toks[0].lower
    pron = OBJECT_PRONOUNS.get(low, low)
    if len(m.toks) != 1 or pron not in PRONOUNS or pron in FIRST_PERSON \
            or pron == "you":
        return None
    start = _sentence_start(doc, m.span[0])
    if _TOPIC_ADJUNCT.match(doc.text, start, m.span[0]) is None:
        return None
    fits = [ent for _, _, ent in _names_inside(doc, (start, m.span[0]))
            if _compatible(doc, pron, ent)]
    return _Resolved(fits[-1], m.surface) if fits else None


#: "and" or "but" joining a clause to the one before, right before its subject.
_CONJOINED_CLAUSE = re.compile(r"(?:,|\s[\u2014\u2013-]+|;)?\s+(?:and|but)\s+$")


def _subject_of_first_conjunct(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Roe is trying to rebound -- and she's hoping the vote helps": "he" or "she" opening a
    clause joined by "and" or "but" to the one before, in the same sentence, is that
    sentence's subject when it is a person the pronoun fits and no other person it fits is
    named in between (centering within the sentence)."""
    low = m.toks[0].lower
    if len(m.toks) != 1 or low not in ("he", "she") \
            or _CONJOINED_CLAUSE.search(doc.text, max(0, m.span[0] - 12), m.span[0]) is None:
        return None
    return _sentence_subject(doc, m, low)


#: A subordinator opening an adverbial clause inside a sentence ("... even though he found").
_SUBORDINATE_CLAUSE = re.compile(
    r"\s(?:(?:even\s+)?though|although|because|since|while|after|before|when|once|until|unless"
    r"|where|whereas|if)"
    r"\s+$")


def _subject_of_main_clause(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Roe dropped the charge even though he found the papers", "Roe has visited Orlo, where
    she says ...": "he" or "she" opening an adverbial or a "where" clause inside a sentence
    (after "though", "because", "when", "where", ...) is the main clause's subject when it
    is a person the pronoun fits and no other person it fits is named in between, as after
    "and" (``subject_of_first_conjunct``)."""
    low = m.toks[0].lower
    if len(m.toks) != 1 or low not in ("he", "she") \
            or _SUBORDINATE_CLAUSE.search(doc.text, max(0, m.span[0] - 14), m.span[0]) is None:
        return None
    return _sentence_subject(doc, m, low)


def _sentence_subject(doc: _Document, m: _Mention, low: str) -> _Resolved | None:
    """The subject of the sentence holding ``m`` before it, when it is a person "he" or "she"
    fits, not inside what a frame reports, and no other fitting person is named after it."""
    start = _sentence_start(doc, m.span[0])
    lo = bisect_left(doc.names, (start, -1, -1))
    hi = bisect_left(doc.names, (m.span[0], -1, -1))
    subject = next((k for k in range(lo, hi) if doc.notes[k][1] & SUBJECT), None)
    if subject is None or doc.notes[subject][1] & (REPORTED | QUOTED):
        return None
    ent = doc.names[subject][2]
    if doc.index.entities[ent].kind != "person" or not _compatible(doc, low, ent) or any(
            other != ent and doc.index.entities[other].kind in ("person", "unknown")
            and _compatible(doc, low, other) for _, _, other in doc.names[subject + 1:hi]):
        return None
    return _Resolved(ent, m.surface)


def _possessor_of_first_conjunct(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Roe's future is unclear, but she said ...": "he" or "she" opening a clause joined by
    "and" or "but" (or a subordinator) to a sentence whose subject is a person's possessive
    ("Roe's future") is that person, when the pronoun fits them and no other person it fits
    is named in between."""
    low = m.toks[0].lower
    if len(m.toks) != 1 or low not in ("he", "she") or (
            _CONJOINED_CLAUSE.search(doc.text, max(0, m.span[0] - 12), m.span[0]) is None
            and _SUBORDINATE_CLAUSE.search(doc.text, max(0, m.span[0] - 14), m.span[0]) is None):
        return None
    start = _sentence_start(doc, m.span[0])
    lo = bisect_left(doc.names, (start, -1, -1))
    hi = bisect_left(doc.names, (m.span[0], -1, -1))
    if lo >= hi or not _opens_subject(doc.text[start:doc.names[lo][0]]) \
            or doc.text[doc.names[lo][1]:doc.names[lo][1] + 2] not in ("'s", "\u2019s"):
        return None
    ent = doc.names[lo][2]
    if doc.notes[lo][1] & (REPORTED | QUOTED) or doc.index.entities[ent].kind != "person" \
            or not _compatible(doc, low, ent) or any(
            other != ent and doc.index.entities[other].kind in ("person", "unknown")
            and _compatible(doc, low, other) for _, _, other in doc.names[lo + 1:hi]):
        return None
    return _Resolved(ent, m.surface)


def _opens_subject(before: str) -> bool:
    """Is the text between a sentence start and a name nothing (quote marks aside), or a
    partitive ("One of", "Much of": "One of Roe's attacks came ...")?"""
    words = before.strip(" \"'\n\u201c").split()
    return not words or (len(words) == 2 and words[1] == "of"
                         and words[0].lower() in OPENING_PARTITIVES)


#: "Roe and her husband, | Lima said": a subject joined to the speaker that follows it (a
#: coordination of the two, which speak together).
_JOINED_TO_SPEAKER: Final = re.compile(r",?\s+(?:and|or)\s+[^.;:,]{0,40},\s*$")


def _reported_person(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Jo Roe mocked the plan, Civic Lens Watch reported. He then said ...": "he" or "she"
    continuing a frame (in this or the previous paragraph) whose speaker is a name of
    unknown kind and sex (an outlet, more often than not) is the subject of that frame's
    sentence or of what it reports, when that is a person of the pronoun's sex and no
    other fitting name acted since (centering: the reported actor, not the source); not a
    subject joined to the speaker ("Roe and her husband, Lima, said": both speak)."""
    low = m.toks[0].lower
    pk = _chain_frame(doc, m.fi) if len(m.toks) == 1 and low in ("he", "she") else None
    prev_ent = doc.frame_entity[pk] if pk is not None else None
    if pk is None or prev_ent is None:
        return None
    prev, en = doc.frames[pk], doc.index.entities[prev_ent]
    if en.kind != "unknown" or en.gender is not None \
            or _para_of(doc.para_starts, m.span[0]) - _para_of(doc.para_starts, prev.cue[0]) > 1:
        return None
    lo = bisect_left(doc.names, (_sentence_start(doc, min(prev.content[0], prev.cue[0])), -1, -1))
    hi = bisect_left(doc.names, (max(prev.content[1], prev.cue[0]), -1, -1))
    subject = next((k for k in range(lo, min(hi, lo + 8)) if doc.notes[k][1] & SUBJECT
                    and not prev.speaker[0] <= doc.names[k][0] < prev.speaker[1]), None)
    if subject is None:
        return None
    ent = doc.names[subject][2]
    if _JOINED_TO_SPEAKER.match(doc.text, doc.names[subject][1], prev.speaker[0]) \
            or doc.index.entities[ent].kind != "person" \
            or doc.index.entities[ent].gender != SEXED_PRONOUNS[low] \
            or _blocked(doc, low, prev, ent, m.span, m.fi):
        return None
    return _Resolved(ent, m.surface)


def _unresolved_chain(doc: _Document, m: _Mention) -> tuple[str, Frame] | None:
    """"... She said": the "he" or "she" of ``m`` and the frame with an unresolved speaker
    that its chain continues, in this or the previous paragraph (None for none)."""
    low = m.toks[0].lower
    pron = OBJECT_PRONOUNS.get(low, low)
    pk = _chain_frame(doc, m.fi) if len(m.toks) == 1 and pron in ("he", "she") else None
    if pk is None or doc.frame_entity[pk] is not None:
        return None
    prev = doc.frames[pk]
    if _para_of(doc.para_starts, m.span[0]) - _para_of(doc.para_starts, prev.cue[0]) > 1:
        return None
    return pron, prev


def _group_member(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Kemal Aydin and Sara Holt said ... She said": "he" or "she" continuing a frame whose
    speakers are names joined by "and" is the one member known to be of that sex (from a
    title, a kin noun, a given name or pronouns), unless someone it fits was named since."""
    chain = _unresolved_chain(doc, m)
    if chain is None:
        return None
    pron, prev = chain
    words = {t.lower for t in doc.tokens(*prev.speaker)}
    if NAME_JOINERS.isdisjoint(words) or not RELATIVE_PRONOUNS.isdisjoint(words):
        return None  # "Roe and Lima, who say ...": a relative clause, not the centre
    sexed = {ent for _, _, ent in _names_inside(doc, prev.speaker)
             if doc.index.entities[ent].kind in ("person", "unknown")
             and doc.index.entities[ent].gender == SEXED_PRONOUNS[pron]}
    if len(sexed) != 1:
        return None
    ent = sexed.pop()
    return None if _blocked(doc, pron, prev, ent, m.span, m.fi) else _Resolved(ent, m.surface)


def _body_possessor(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Jo Roe's campaign vowed to fight on. As results came in, he spoke in Ohio": "he" or
    "she" continuing a frame whose unresolved speaker is a person's body (one possessive
    name before lower-case words: "Roe's campaign", "Lima's aides") is that person, unless
    someone it fits was named since."""
    chain = _unresolved_chain(doc, m)
    if chain is None:
        return None
    pron, prev = chain
    inside = _names_inside(doc, prev.speaker)
    if len(inside) != 1:
        return None
    _, end, ent = inside[0]
    rest = doc.text[end:prev.speaker[1]]
    if rest[:2] not in ("'s", "\u2019s") or not rest[2:].split() \
            or not all(w.islower() for w in rest[2:].split()) \
            or doc.index.entities[ent].kind != "person" or not _compatible(doc, pron, ent):
        return None
    return None if _blocked(doc, pron, prev, ent, m.span, m.fi) else _Resolved(ent, m.surface)


def _owned_document_they(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Ana Lima released her tax returns, though they disclosed a $4 million loss": "they"
    telling what a document tells (``OWNED_DOCUMENT_CUES``: not "they said") after a plural
    noun for someone's documents (``OWNED_DOCUMENT_NOUNS``) with a possessive before it, in
    its own sentence with no other plural noun or name between and no plural for people
    before it ("Agents seized Roe's files, and they disclosed ..." are the agents), stands
    for the owner: after "his" or "her" the last name before it in the sentence that "he"
    or "she" may stand for, after "its" the last organisation, after "Roe's" Roe."""
    if len(m.toks) != 1 or m.toks[0].lower != "they" or not _document_cue(doc, m.fi):
        return None
    start = max(_sentence_start(doc, m.span[0]), m.span[0] - OWNED_DOCUMENT_WINDOW)
    toks = doc.tokens(start, m.span[0])  # (bounded: no long sentence read again)
    k = len(toks) - 1
    while k >= 0 and toks[k].lower not in OWNED_DOCUMENT_NOUNS:
        if len(toks) - k > OWNED_DOCUMENT_REACH or is_capitalised(toks[k]) \
                or looks_plural(toks[k].lower):
            return None
        k -= 1
    if k < 0 or (k + 1 < len(toks) and toks[k + 1].lower in VERB_OBJECT_OPENERS) \
            or any(t.lower in GROUP_NOUNS or person_plural(t.lower) for t in toks[:k]):
        return None  # ("records every call": a verb; "agents seized ... files": theirs)
    for j in range(k - 1, max(-1, k - 4), -1):  # "her | (income tax) returns"
        owner = _document_owner(doc, toks, j, start)
        if owner is not None:
            return _Resolved(owner, m.surface) if owner >= 0 else None
    return None


#: How far back, in characters, the sentence before such a "they" is read.
OWNED_DOCUMENT_WINDOW: Final = 300


def _document_cue(doc: _Document, fi: int) -> bool:
    """Does the frame ``fi`` have a cue by which a document tells (``OWNED_DOCUMENT_CUES``)?"""
    cue = doc.frames[fi].cue
    words = doc.text[cue[0]:cue[1]].lower().split()
    return bool(words) and REPORTING_VERBS.get(words[-1]) in OWNED_DOCUMENT_CUES


def _document_owner(doc: _Document, toks: list[Token], j: int, start: int) -> int | None:
    """The entity a possessive at ``toks[j]`` stands for (see ``_owned_document_they``): the
    last name before it in the sentence that its pronoun may stand for; -1 for a possessive
    that names no one, None for no possessive."""
    word = toks[j].lower
    if word in ("'s", "\u2019s"):
        k = bisect_left(doc.names, (toks[j].start, -1, -1))
        hit = next((ent for s, e, ent in doc.names[max(0, k - 2):k] if e == toks[j].start),
                   None)
        return -1 if hit is None else hit
    pron = POSSESSOR_PRONOUNS.get(word)
    if pron is None:
        return None
    lo = bisect_left(doc.names, (start, -1, -1))
    hi = bisect_left(doc.names, (toks[j].start, -1, -1))
    return next((ent for _, _, ent in reversed(doc.names[lo:hi])
                 if _compatible(doc, pron, ent)), -1)


def _unnamed_group_they(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Many analysts doubt the plan. They say ...": "they" right after a sentence whose
    subject is an unnamed group (a plural group noun with no name in its phrase), or right
    after such a group and a subordinator ("worries many analysts because they"), refers to
    that group, which has no name: it stays unresolved."""
    if len(m.toks) != 1 or m.toks[0].lower not in ("they", "them"):
        return None
    here = bisect_right(doc.sent_starts, m.span[0]) - 1
    own = doc.text[doc.sent_starts[here] if here >= 0 else 0:m.span[0]].split()
    if _group_before_subordinator(own[-4:]):
        return _Resolved(None, m.surface)  # "That worries many analysts because they ..."
    if here < 1 or _group_subject(own[:8]):
        return None  # "Aides say they ...": the frame's own subject speaks
    start, before = doc.sent_starts[here], doc.sent_starts[here - 1]
    k = bisect_left(doc.names, (before, -1, -1))
    if k < len(doc.names) and doc.names[k][0] < start \
            and not doc.text[before:doc.names[k][0]].strip(" \"'\n") \
            and not _common_word_name(doc, doc.names[k][0], doc.names[k][1]):
        return None  # "Lima aides said ...": a name opens the sentence
    prev = _group_phrase(doc.text[before:start].split()[:6])
    if prev is None:
        return None
    if _reported_by_own_sentence(doc, m):
        return _Resolved(None, m.surface)  # "..., but pilots said they ...": the chain's
    pk = _chain_frame(doc, m.fi)  # "Analysts at Vale Bank said ... They said": that source
    if pk is not None and before <= doc.frames[pk].speaker[0] < start \
            and not doc.text[before:doc.frames[pk].speaker[0]].strip(" \"'\n"):
        return _Resolved(doc.frame_entity[pk], m.surface)  # (unnamed: the chain goes on)
    return _Resolved(None, " ".join(_strip_det(prev)) or m.surface, "group")




def _subject_of_own_clause(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The port authority closed 3 berths, it said.": "it" (or "they") crediting the clause
    before it stands for that clause's subject when it is a description with no name ("the",
    lower-case modifiers and a head for a body or a group): what that description stands
    for, else the description itself, unresolved (as "the port authority said" would be)."""
    kind = PRONOUN_HEAD_KINDS.get(m.toks[0].lower)
    f = doc.frames[m.fi]
    if kind is None or len(m.toks) != 1 or f.content[1] > m.span[0]:
        return None
    start = _sentence_start(doc, m.span[0])
    if doc.text[start:f.content[0]].strip(" \"'\n\u201c") or f.content[0] < start:
        return None  # the frame credits no clause opening the sentence
    return _opening_description(doc, m, start, f.content[1], kind)


#: Anything but white space and opening quote marks (a sentence's words before a pronoun).
_PAST_OPENING_QUOTES: Final = re.compile("[^ \"'\n\u201c]")


def _subject_of_previous_sentence(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The port authority closed 3 berths. It said 40 ships wait.": "it" (or "they")
    opening its sentence stands for the previous sentence's subject when that is a
    description with no name, as in ``_subject_of_own_clause`` (centering); "he" or "she"
    also for a person's name whose possessive opens it ("Mr. Vale's wager is ...")."""
    sex = SEXED_PRONOUNS.get(m.toks[0].lower) if m.toks[0].lower in ("he", "she") else None
    kind: model.EntityKind | None = PRONOUN_HEAD_KINDS.get(m.toks[0].lower)
    if sex is not None:
        kind = "person"
    here = bisect_right(doc.sent_starts, m.span[0]) - 1
    if kind is None or len(m.toks) != 1 or here < 1:
        return None
    start = doc.sent_starts[here]
    if _PAST_OPENING_QUOTES.search(doc.text, start, m.span[0]) is not None:
        # (no fronted phrase is longer than a participle phrase: the tokens past that many
        # are not read, so a long sentence with many pronouns is not read again for each)
        toks = doc.tokens(start, m.span[0], limit=FRONTED_PARTICIPLE_TOKENS + 1)
        if _fronted_adjunct_end(toks) != len(toks) and not _fronted_participle(toks):
            return None  # (not "In Tula last week, he said": a fronted adjunct alone, or
            # "Campaigning in 2012, he said": a participle phrase)
    r = _opening_description(doc, m, doc.sent_starts[here - 1], doc.sent_starts[here], kind)
    if r is None and sex is not None:
        r = _opening_possessor(doc, m, doc.sent_starts[here - 1], doc.sent_starts[here])
    if sex is not None and (r is None or r.entity is None
                            or doc.index.entities[r.entity].gender not in (None, sex)
                            or _rival_person(doc, r.entity, sex, doc.sent_starts[here - 1],
                                             m.span[0])):
        return None  # "he"/"she": only a description that names a person of that sex, and
        # no other such person named since it ("The governor's plan drew a rebuke from Dunn.
        # He said": Dunn may be meant)
    return r


#: A view held, after a possessive: up to three lower-case words, then "is that" or "was
#: that" ("| bet is that", "| main argument was that").
_HELD_VIEW: Final = re.compile(r"(?:[a-z]+ ){1,3}(?:is|was) that ")


def _opening_possessor(doc: _Document, m: _Mention, start: int, end: int) -> _Resolved | None:
    """"Mr. Vale's wager is that ... He says": a person's name whose possessive opens the
    sentence ``[start, end)`` before a view that is that person's ("<noun> is that ...": the
    person holds it) is that sentence's centre, which "he" or "she" opening the next
    sentence continues (not "Mr. Vale's office declined to comment. He said")."""
    k = bisect_left(doc.names, (start, -1, -1))
    if k >= len(doc.names) or doc.names[k][0] >= end \
            or doc.text[start:doc.names[k][0]].strip(" \"'\n\u201c"):
        return None
    _, e, ent = doc.names[k]
    if not doc.text.startswith(("'s ", "\u2019s "), e) \
            or doc.index.entities[ent].kind != "person" \
            or _HELD_VIEW.match(doc.text, e + 3, end) is None:
        return None
    return _Resolved(ent, m.surface)


def _rival_person(doc: _Document, ent: int, sex: str, start: int, end: int) -> bool:
    """Is a person other than ``ent`` who may have the sex ``sex`` named in ``[start,
    end)``?"""
    return any(e != ent and doc.index.entities[e].kind == "person"
               and doc.index.entities[e].gender in (None, sex)
               for _, _, e in _names_inside(doc, (start, end)))


def _people_possessed(toks: list[Token], k: int) -> bool:
    """"The mayor's | aide, Jo Roe,", "The president's | critics": does the noun phrase
    after a possessive (its lower-case words from ``k``) name a person or people, or run
    into a comma?"""
    for t in toks[k:k + 4]:
        if t.text == ",":
            return True
        if not t.text.isalpha() or not t.text.islower():
            return False
        if _head_kind(t.lower) in ("person", "group") or t.lower in KIN_NOUNS:
            return True
    return False


def _fronted_adjunct_end(toks: list[Token]) -> int:
    """"In Tula last week, | he told ...": the index after the comma of a prepositional
    adjunct opening the tokens (``FRONTED_ADJUNCT_OPENERS``; up to ten words, no quote mark,
    no cue and no clause word), else 0."""
    if not toks or toks[0].lower not in FRONTED_ADJUNCT_OPENERS or not toks[0].text[0].isupper():
        return 0
    for k in range(1, min(len(toks), 11)):
        t = toks[k]
        if t.text == ",":
            return k + 1
        if not t.text[0].isalnum() or t.lower in REPORTING_VERBS or t.lower in PRONOUNS \
                or t.lower in RELATIVE_WORDS or t.lower in SUBORDINATORS:
            return 0
    return 0


#: The most tokens of a fronted participle phrase with its comma (more than the ten words and
#: comma of a fronted adjunct, ``_fronted_adjunct_end``).
FRONTED_PARTICIPLE_TOKENS: Final = 16


def _fronted_participle(toks: list[Token]) -> bool:
    """"Campaigning against Roe in 2012, |": are the tokens only a participle phrase and its
    comma (a word in -ing or -ed first, up to fifteen words, no quote mark, cue, pronoun or
    clause word), the phrase whose subject is the pronoun after it?"""
    first = toks[0].lower if toks else ""
    if len(toks) < 3 or len(toks) > FRONTED_PARTICIPLE_TOKENS or toks[-1].text != "," \
            or len(first) <= 4 \
            or not first.endswith(("ing", "ed")) or not toks[0].text[0].isupper():
        return False
    return not any(not t.text[0].isalnum() or t.lower in REPORTING_VERBS or t.lower in PRONOUNS
                   or t.lower in RELATIVE_WORDS or t.lower in SUBORDINATORS
                   for t in toks[1:-1])


def _opening_description(doc: _Document, m: _Mention, start: int, end: int,
                         kind: model.EntityKind) -> _Resolved | None:
    """The description with no name opening ``[start, end)`` ("The port authority closed"),
    whose head has the ``kind`` the pronoun of ``m`` needs: what it resolves to, else the
    description itself (unresolved); None for none."""
    toks = doc.tokens(start, end)
    toks = toks[_fronted_adjunct_end(toks):]  # "After the vote, | the mayor left early"
    if len(toks) < 2 or toks[0].lower != "the":
        return None
    for k in range(1, min(5, len(toks))):
        if not toks[k].text.isalpha() or not toks[k].text.islower() \
                or toks[k].lower in AUXILIARIES or toks[k].lower in DETERMINERS \
                or (k > 1 and toks[k].lower in REPORTING_VERBS):
            return None  # past the description: "The audit | said the department"
        if kind == "person" and k + 1 < len(toks) and toks[k + 1].lower in ("'s", "\u2019s") \
                and _head_kind(toks[k].lower) == kind:
            if _people_possessed(toks, k + 2):
                return None  # "The mayor's aide, Jo Roe, ...": the possessed is a person
            r = _resolve_mention(doc, (toks[0].start, toks[k].end), m.fi)
            # "The president's plan drew fire. He said": a person's possessor is the topic
            return _Resolved(r.entity, m.surface) if r.entity is not None else None
        if k + 1 < len(toks) and (_head_kind(toks[k + 1].lower) not in (None, "unknown")
                                  or _noun_goes_on(toks, k + 1)):
            continue  # "The teachers | union", "The state | port authority": a modifier
        if _head_kind(toks[k].lower) == kind:
            if kind == "person" and k + 1 < len(toks) and (
                    toks[k + 1].lower in HEAD_PREPOSITIONS or not toks[k + 1].text.isalpha()):
                return None  # "The leader of the League, Jo Roe, warned": whose, it says
            named = _description_apposition(doc, toks, k + 1)
            if named is not None:
                return _Resolved(named, m.surface)  # "The bus firm, Orla Tours, said"
            r = _resolve_mention(doc, (toks[0].start, toks[k].end), m.fi)
            if r.entity is not None:
                return _Resolved(r.entity, m.surface)
            return _Resolved(None, " ".join(t.text for t in toks[1:k + 1]), kind)
    return None


def _noun_goes_on(toks: list[Token], k: int) -> bool:
    """"The state | port authority closed": does the lower-case word at ``k`` after a
    description's noun go on with the phrase: no verb form (not in -s, -ed or -ly, no
    irregular past, auxiliary or cue) and a head noun of a known kind right after it ("The
    port authority | quickly closed" ends at "authority")?"""
    t = toks[k]
    low = t.lower
    return t.text.islower() and t.text.isalpha() and not low.endswith(("s", "ed", "ly")) \
        and low not in IRREGULAR_PAST and low not in AUXILIARIES and low not in REPORTING_VERBS \
        and k + 1 < len(toks) and _head_kind(toks[k + 1].lower) not in (None, "unknown")


def _description_apposition(doc: _Document, toks: list[Token], k: int) -> int | None:
    """"The bus firm, Orla Tours, said": the entity of a name set off by commas at token
    ``k``, right after a description's head."""
    if k + 2 >= len(toks) or toks[k].text != "," or not is_capitalised(toks[k + 1]):
        return None
    j = _name_starting_at(doc, toks[k + 1].start)
    if j is None:
        return None
    end = doc.names[j][1]
    closes = next((t for t in toks[k + 2:] if t.start >= end), None)
    return doc.names[j][2] if closes is not None and closes.text == "," else None


def _group_before_subordinator(words: list[str]) -> bool:
    """"That worries many analysts because they ...": do ``words`` (the sentence up to "they")
    end in an unnamed plural group noun (no capitalised modifier) and a subordinator?"""
    if len(words) < 2 or words[-1].lower() not in SUBORDINATORS:
        return False
    noun = words[-2].rstrip(",")
    return noun in GROUP_NOUNS and (len(words) < 3 or words[-3].islower())


#: How far around a sentence-opening word its lower-case form is looked for.
COMMON_WORD_REACH: Final = 1500


def _common_word_name(doc: _Document, s: int, e: int) -> bool:
    """"Military analysts say ...": is the one-word name at ``[s, e)`` (opening a sentence)
    written in lower case nearby, a common word rather than a name?"""
    word = doc.text[s:e]
    if " " in word or not word.isalpha():
        return False
    low = re.compile(r"\b" + word.lower() + r"\b")
    return low.search(doc.text, max(0, s - COMMON_WORD_REACH), s + COMMON_WORD_REACH) is not None


def _reported_by_own_sentence(doc: _Document, m: _Mention) -> bool:
    """"Dock workers struck. The port reopened, but harbour pilots said they expect ...": is
    the pronoun inside what an earlier frame of its own sentence reports (that frame's
    speaker is nearer than the previous sentence's subject)?"""
    start = _sentence_start(doc, m.span[0])
    return any(start <= g.speaker[0] and g.speaker[1] <= m.span[0]
               and g.content[0] <= m.span[0] < g.content[1]
               for g in doc.frames[max(0, m.fi - 3):m.fi])


def _group_subject(words: list[str]) -> bool:
    """Do ``words`` (a sentence's first words) open with an unnamed group of people as the
    subject: up to three lower-case modifiers and a plural group noun ("Many local
    officials", "People briefed on ...", "And the protesters")?"""
    return _group_phrase(words) is not None


def _group_phrase(words: list[str]) -> list[str] | None:
    """The words of the unnamed group that ``words`` open with (``_group_subject``): "The
    researchers, led by ..." -> ["The", "researchers"]."""
    if words and words[0].lower() in OPENING_CONJUNCTIONS:
        words = words[1:]
    if words and words[0].lower() in OBLIQUE_PREPOSITIONS:
        words = words[1:]  # "To her supporters, ... they say": the group is the topic
    for k, w in enumerate(words[:4]):
        low = w.lower().strip(",.;:")
        if k and (not w.islower() or low in OBLIQUE_PREPOSITIONS):
            return None  # a name inside the phrase ("Ohio officials"): named; "Opinions
            # among older people": the group is no subject
        if low in GROUP_NOUNS or (low in GENERIC_SOURCES and low.endswith("s")):
            return None if low in NOT_GROUP_HEADS else [*words[:k], w.strip(",.;:")]
        if not w.isalpha():
            return None
    return None


def _nearer_unnamed_group(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Six regional newspapers backed Lima. They called her ...": "they" that continues no
    attribution chain, whose nearest plural antecedent in this or the previous sentence is
    an unnamed group (a lower-case plural noun for people or bodies, no capitalised modifier,
    no preposition's object, and no name "they" fits after it), refers to that group, which
    has no name (recency: not to a body named before it).  It stays unresolved."""
    if len(m.toks) != 1 or m.toks[0].lower not in ("they", "them") \
            or _chain_speaker(doc, "they", m.span, m.fi, _chain_frame(doc, m.fi)) is not None \
            or not _unnamed_group_last(doc, m.span):
        return None
    return _Resolved(None, m.surface)


def _unnamed_group_last(doc: _Document, span: tuple[int, int]) -> bool:
    """Is the last plural antecedent before ``span`` (this and the previous sentence) an
    unnamed group with no name "they" fits after it as a subject or speaker, or as the body
    the group belongs to ("analysts at Vale Bank")?"""
    here = bisect_right(doc.sent_starts, span[0]) - 1
    lo = doc.sent_starts[max(0, here - 1)] if here >= 0 else 0
    toks = doc.tokens(lo, span[0])
    found = next((x for x in (_plural_antecedent(doc, toks, k)
                              for k in range(len(toks) - 1, -1, -1)) if x is not None), None)
    if found is None or found < 0:
        return False
    end = toks[found].end
    j = bisect_left(doc.names, (end, -1, -1))
    return not any(s < span[0] and _compatible(doc, "they", ent) and (
        doc.notes[k][1] & (SUBJECT | SPEAKER) or _affiliated(doc.text[end:s]))
        for k, (s, _, ent) in enumerate(doc.names[j:j + LOOKBACK], j))


#: Prepositions between a group noun and the body it belongs to ("officials at | Vale Bank");
#: "in" names a place in passing ("people in a Vale poll").
_BODY_PREPOSITIONS: Final = AFFILIATION_PREPOSITIONS - {"in"}


def _affiliated(between: str) -> bool:
    """"officials at | Vale Bank": is a name right after a group noun its body (an
    affiliation preposition between them), not one in passing ("people in a Vale poll")?"""
    words = between.lower().split()
    return 1 <= len(words) <= 2 and words[0] in _BODY_PREPOSITIONS \
        and words[1:] in ([], ["the"])


def _plural_antecedent(doc: _Document, toks: list[Token], k: int) -> int | None:
    """Token ``k`` as a plural antecedent: ``k`` when it is an unnamed group (a lower-case
    plural noun for people or bodies, "officials", "newspapers", capitalised when it opens a
    sentence, or a quantifier standing alone there, "Some say"), -1 when a name is among its
    modifiers ("Ohio officials" are named), None when it is none or a preposition's object
    ("the drawdown of troops"; but "according to sources")."""
    t = toks[k]
    opener = t.text[1:].islower() and _opens_sentence(doc, t.start)
    if not (t.text.islower() or opener):
        return None
    if t.lower in PROPER_GROUP_NOUNS:
        return -1  # "Republicans say": a named group
    if t.lower in QUANTIFIER_SOURCES:  # "Some view the plan as ...", not "Some voters"
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return k if opener and nxt is not None and nxt.text.islower() \
            and not looks_plural(nxt.lower) else None
    if not _plural_group_word(t.lower):
        return None
    j = k - 1
    while j >= max(0, k - 3) and toks[j].text.isalpha() and toks[j].lower not in \
            OBLIQUE_PREPOSITIONS:  # its modifiers: "Ohio party officials" are named
        if is_capitalised(toks[j]):
            n = bisect_right(doc.names, (toks[j].start, sys.maxsize, 0)) - 1
            return k if n < 0 or doc.names[n][1] <= toks[j].start else -1
        j -= 1
    if j < 0 or toks[j].lower not in OBLIQUE_PREPOSITIONS or (
            toks[j].lower == "to" and j > 0 and toks[j - 1].lower == "according"):
        return k
    return None


def _opens_sentence(doc: _Document, pos: int) -> bool:
    i = bisect_left(doc.sent_starts, pos)
    return i < len(doc.sent_starts) and doc.sent_starts[i] == pos


def _plural_group_word(word: str) -> bool:
    """"officials", "activists", "unions", "charities": a plural noun for people or bodies."""
    if word in NOT_GROUP_HEADS or word in QUANTIFIER_SOURCES:
        return False
    if word in GROUP_NOUNS or (word in GENERIC_SOURCES and word.endswith("s")):
        return True
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word.endswith("s") and (single in ORG_ROLES or single in ORG_DESCRIPTIONS)




def _names_inside(doc: _Document, span: tuple[int, int]) -> list[tuple[int, int, int]]:
    names = doc.names
    lo = bisect_left(names, (span[0], -1, -1))
    inside = []
    for k in range(lo, min(lo + 64, len(names))):  # (no slice copied for each mention)
        if names[k][0] >= span[1]:
            break
        if names[k][1] <= span[1]:
            inside.append(names[k])
    return inside


def _coordinated_names(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Sen. Ana Lima and Jo Roe said": names joined by "and" (each perhaps with a title or
    modifiers before it and an "of" phrase or party tag after it) speak together: one group
    named by all of them, not the last alone.  Places join only places ("Peru and Chile")."""
    low = [t.lower for t in m.toks]
    if NAME_JOINERS.isdisjoint(low):
        return None
    names = _names_inside(doc, m.span)
    heads: list[int] = []
    for lo, hi in _conjuncts(m.toks):
        head = _conjunct_head(doc, m.toks, names, lo, hi)
        if head is None:
            return None
        heads.append(head)
    kinds = {doc.index.entities[e].kind == "place" for e in heads}
    if len(set(heads)) < 2 or len(kinds) > 1 or _split_org_name(doc, m.toks, heads):
        return None
    shown = [doc.index.entities[e].name for e in dict.fromkeys(heads)]
    name = ", ".join(shown[:-1]) + (" & " if "&" in low else " and ") + shown[-1]
    return _Resolved(None, name, "group", tuple(dict.fromkeys(heads)))


def _split_org_name(doc: _Document, toks: list[Token], heads: list[int]) -> bool:
    """"The Ana and Jo Roe Foundation": a lone word, "and" and an organisation's name right
    after it are one name the scan split, not two speakers."""
    first, last = doc.index.entities[heads[0]], doc.index.entities[heads[-1]]
    k = next(k for k, t in enumerate(toks) if t.lower in NAME_JOINERS)
    return len(first.tokens) == 1 and last.kind == "org" and k + 1 < len(toks) \
        and toks[k + 1].text[:1].isupper() and toks[k + 1].lower not in DETERMINERS


def _conjuncts(toks: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of a mention's conjuncts: split at "and"/"&" and at commas before the last
    joiner ("Lima, Roe and Hart"); the last ends at its first comma ("..., who")."""
    joins = [k for k, t in enumerate(toks) if t.lower in NAME_JOINERS]
    cuts = [k for k, t in enumerate(toks) if k in joins or (t.text == "," and k < joins[-1])]
    out, lo = [], 0
    for k in cuts:
        out.append((lo, k))
        lo = k + 1
    hi = next((k for k in range(lo, len(toks)) if toks[k].text == ","), len(toks))
    out.append((lo, hi))
    return [(a, b) for a, b in out if b > a]


#: Prepositions that, before a conjunct's name, make it no speaker's name ("a study by Roe").
_NOT_BEFORE_HEAD: Final = _ADJUNCT_PREPOSITIONS - {"of"}


def _conjunct_head(doc: _Document, toks: list[Token], names: list[tuple[int, int, int]],
                   lo: int, hi: int) -> int | None:
    """The entity a conjunct names: its last name that is no "of" object, with only an "of"
    phrase, a bracketed tag or nothing after it, and no preposition before it ("a study by
    Roe" is a document); None when it names none."""
    start, end = toks[lo].start, toks[hi - 1].end
    inside = [(s, e, x) for s, e, x in names if start <= s and e <= end]
    heads = [(s, e, x) for s, e, x in inside
             if not any(t.lower == "of" and t.end <= s and doc.text[t.end:s].strip().lower()
                        in ("", "the") for t in toks[lo:hi])]
    if not heads:
        return None
    s, e, ent = heads[-1]
    before = [t.lower for t in toks[lo:hi] if t.end <= s]
    after = [t for t in toks[lo:hi] if t.start >= e]
    if not _NOT_BEFORE_HEAD.isdisjoint(before) or (
            after and after[0].lower != "of" and after[0].text != "("):
        return None
    return ent


#: The words between a description and the cue when a name stands in apposition to it:
#: a comma, the name, a comma (``_apposed_name``).
_APPOSED_COMMA = re.compile(
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,4})?\s*,\s*$")


def _relative_apposition(doc: _Document, m: _Mention) -> _Resolved | None:
    """"said Ana Lima, an analyst at Vale Bank, who estimated ...": an apposition that a
    relative pronoun closes, set off by a comma right after a name, is that name's."""
    if m.toks[-1].lower not in RELATIVE_PRONOUNS or len(m.toks) < 3 \
            or m.toks[0].lower not in ("a", "an", "the"):
        return None
    comma = doc.text.rfind(",", max(0, m.span[0] - 3), m.span[0])
    if comma < 0 or doc.text[comma + 1:m.span[0]].strip():
        return None
    j = bisect_left(doc.names, (comma, -1, -1)) - 1
    while j >= 0 and doc.names[j][1] != comma and comma - doc.names[j][0] < 80:
        j -= 1
    if j < 0 or doc.names[j][1] != comma:
        return None
    ent = doc.names[j][2]
    kind = doc.index.entities[ent].kind
    person = m.toks[-1].lower == "who"
    return _Resolved(ent, m.surface) if (kind in ("person", "unknown")) == person \
        or kind == "unknown" else None


def _apposed_name(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The head of the Tula dockers' union, Rafi Nouri, warned": a description whose
    speaker phrase ends before a person's name set off by commas right before the cue is
    that person (not a name inside the description, nor whoever its role noun recalls); an
    organisation's description ("A farm lobby, the Tula Growers Union, argued") is the
    organisation; not when the phrase joins two speakers with "and"."""
    f = doc.frames[m.fi]
    if (m.toks[0].lower not in APPOSITION_OPENERS and not _name_possessor_opens(m.toks)) \
            or f.cue[0] <= m.span[1] \
            or doc.text[m.span[1]:m.span[1] + 3].lstrip(" ")[:1] != "," \
            or not NAME_JOINERS.isdisjoint(t.lower for t in m.toks):
        return None
    j = bisect_left(doc.names, (m.span[1], -1, -1))
    if j >= len(doc.names):
        return None
    start, end, ent = doc.names[j]
    kind = doc.index.entities[ent].kind
    between = doc.text[m.span[1]:start].split()
    if not _APPOSED_COMMA.fullmatch(doc.text[end:f.cue[0]]) or between[:1] != [","]:
        return None
    head_kind = _head_kind(next(t.lower for t in reversed(m.toks) if t.end <= m.head_end))
    person = kind in ("person", "unknown")
    if not (all(w.lower() in APPOSED_NAME_PREFIXES for w in between[1:])
            or (person and head_kind in ("person", "unknown") and _role_words(between[1:]))):
        return None
    return _Resolved(ent, m.surface) if person or (
        kind == "org" and head_kind == "organisation") else None


def _inner_apposed_name(doc: _Document, m: _Mention) -> _Resolved | None:
    """"According to the clinic's director, Ana Lima, ...": a speaker phrase that
    takes in the name set off after its description (a description headed by a person's
    role, a comma, the name to the phrase's end) is that person."""
    comma = next((j for j, t in enumerate(m.toks) if t.text == ","), len(m.toks) - 1)
    if comma == 0 or comma + 1 >= len(m.toks) or m.toks[0].lower not in APPOSITION_OPENERS:
        return None
    inside = _names_inside(doc, m.span)
    if not inside or inside[-1][0] != m.toks[comma + 1].start:
        return None
    _start, end, ent = inside[-1]
    if end != m.span[1] or doc.index.entities[ent].kind not in ("person", "unknown") \
            or _head_kind(m.toks[comma - 1].lower) != "person":
        return None
    return _Resolved(ent, m.surface)


def _name_possessor_opens(toks: list[Token]) -> bool:
    """"Ardavia's chief negotiator", "The Tula Trust's director": a description opened by a
    name's possessive (capitalised words, perhaps after "the", then "'s") before a lower-case
    head."""
    k = next((j for j, t in enumerate(toks[:5]) if t.lower in ("'s", "\u2019s")), None)
    return k is not None and k > 0 and k + 1 < len(toks) and toks[k + 1].text.islower() \
        and all(is_capitalised(t) or (j == 0 and t.lower == "the")
                for j, t in enumerate(toks[:k]))


def _role_words(words: Sequence[str]) -> bool:
    """"assembly member", "party leader", "taxpayer advocate": one to three lower-case words
    ending in a person's role noun (or a noun with a person's ending, not "former"), which
    may stand between an apposition's comma and a person's name ("The
    bill's sponsor, assembly member Ana Lima, said"); no verb form, preposition or
    determiner among them ("The ministry, citing commander Ivan Petrov, said" is the
    ministry's)."""
    return 0 < len(words) <= 3 and (words[-1] in _PERSON_ROLE_WORDS or (
        person_noun_by_ending(words[-1]) and words[-1] not in ROLE_MODIFIER_TITLES)) and all(
        w.isalpha() and w.islower() and not w.endswith(("ing", "ed"))
        and w not in _NO_ROLE_WORDS for w in words)  # (not "citing", "through")


#: Heads of a role phrase between an apposition's comma and a person's name (``_role_words``).
_PERSON_ROLE_WORDS: Final = PERSON_ROLES | APPOSED_ROLE_HEADS
#: Words that open a phrase before a name where no role phrase is ("through attorney Ben
#: Crump", "their lawyer Jo Roe"; ``_role_words``).
_NO_ROLE_WORDS: Final = OBLIQUE_PREPOSITIONS | ROLE_PHRASE_PREPOSITIONS | DETERMINERS \
    | POSSESSIVE_DETERMINERS


def _trailing_apposed_name(doc: _Document, m: _Mention) -> _Resolved | None:
    """"..., according to the city's budget chief, Ana Ruiz.": a description (a person's or
    an organisation's role as its head) after its cue and after what it reports, followed by
    a name of that kind set off by a comma that a full stop or another comma closes, is that
    person or body (as ``apposed_name`` reads it before the cue)."""
    f = doc.frames[m.fi]
    head = [t for t in m.toks if t.end <= m.head_end][-1:]
    kind = _head_kind(head[0].lower) if head and head[0].text.islower() else "unknown"
    if m.toks[0].lower not in APPOSITION_OPENERS or f.cue[0] > m.span[0] \
            or f.content[1] > m.span[0] \
            or not doc.text.startswith(",", m.span[1]) \
            or kind not in _APPOSED_KINDS \
            or not NAME_JOINERS.isdisjoint(t.lower for t in m.toks):
        return None  # (a person's role as head, after what it reports: "according to the
        # Tula Herald, Jo Roe said" and "According to the sheriff, Jo Roe, 40, fled" are no
        # appositions)
    j = bisect_left(doc.names, (m.span[1], -1, -1))
    if j >= len(doc.names):
        return None
    start, end, ent = doc.names[j]
    between = doc.text[m.span[1] + 1:start].split()
    if any(w.lower() not in APPOSED_NAME_PREFIXES for w in between) \
            or doc.index.entities[ent].kind not in _APPOSED_KINDS[kind] \
            or doc.text[end:end + 1] not in (".", ",", ";"):
        return None
    en = doc.index.entities[ent]
    if kind == "organisation":  # "the operator, Quayline Ports ... the operator said"
        en.kind = "org"
        _learn_org_role(en, head[0].lower)
    return _Resolved(ent, m.surface)


#: The kinds of name a description's head admits in apposition after it ("the city's
#: budget chief, Ana Ruiz": a person; "the port's operator, Quayline Ports": a body).
_APPOSED_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("person", "unknown"), "organisation": ("org", "unknown")}


def _name_in_mention(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Russian Defense Ministry spokesman Igor Roe", "the Reuters news agency": a proper
    name heading the mention (not inside a prepositional phrase after a lower-case head: "a
    spokesman for the Front" is the spokesman, not the Front)."""
    head_end = m.head_end
    good = [x for x in _names_inside(doc, _across_slash(doc, m.span))
            if x[0] < head_end and _name_is_head(m.toks, x[1], head_end)]
    for (_, end, ent), (start, _, _) in pairwise(good):
        if _of_phrase(m.toks, end, start) and doc.index.entities[ent].kind != "place":
            return _Resolved(ent, m.surface)  # "Mr. Roe of the Tula Institute": Roe
    return _Resolved(good[-1][2], m.surface) if good else None


def _across_slash(doc: _Document, span: tuple[int, int]) -> tuple[int, int]:
    """"a CNN/ORC poll" read as the speaker "ORC poll" (or "a CNN"): the span widened to the
    whole name a slash printed without spaces cuts at either end."""
    lo, hi = span
    text = doc.text
    if (lo and text[lo - 1] == "/") or (hi < len(text) and text[hi] == "/"):
        k = bisect_left(doc.names, (lo, -1, -1))
        for s, e, _ in doc.names[max(0, k - 1):k + 4]:
            if s < lo < e and text[lo - 1] == "/":
                lo = s
            if s < hi < e and text[hi] == "/":
                hi = e
    return lo, hi


def _of_phrase(toks: list[Token], end: int, start: int) -> bool:
    """Is the name starting at ``start`` the object of an affiliation preposition right after
    the name ending at ``end`` ("Jo Roe of the Tula Institute", "Gov. Jo Roe of Ohio", "Ana
    Lima at Vale Bank", "Jo Roe in Tula", "Democrats on the Vell Committee")?"""
    between = [t.lower for t in toks if end <= t.start < start]
    return 1 <= len(between) <= 2 and (between[0] in AFFILIATION_PREPOSITIONS or between[0]
                                       == MEMBERSHIP_PREPOSITION) and between[1:] in ([], ["the"])


def _polled_group(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Economists surveyed by the Ledger had forecast ...": an unnamed group a pollster asked
    (a plural noun, a participle of polling and "by"/"for"; or a group noun and "in a ...
    poll") speaks itself; the pollster is no speaker.  It stays unresolved, a group."""
    low = [t.lower for t in m.toks]
    if len(low) < 3 or ("in" not in low and POLLED_PARTICIPLES.isdisjoint(low)):
        return None
    for k in range(1, min(len(low) - 1, 12)):
        if low[k - 1] not in GROUP_NOUNS and low[k - 1] not in GENERIC_SOURCES and not (
                low[k - 1].endswith("s") and low[k - 1].isalpha() and low[k] != "in"):
            continue  # a plural noun: "forecasters polled by ..."
        if (low[k] in POLLED_PARTICIPLES and low[k + 1] in ("by", "for", "in")) or (
                low[k] == "in" and not POLL_NOUNS.isdisjoint(low[k + 1:k + 5])):
            name = " ".join(_strip_det(m.surface.split())) or m.surface
            return _Resolved(None, name, "group")
    return None


def _place_institution(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Peru's government", "the city of Tula": an institution of a named place speaks for
    it (not "the mayor of Tula", a person whose name is not given)."""
    inside = _names_inside(doc, m.span)
    if not inside:
        return None
    s_, e_, ent = inside[-1]
    before = [t.lower for t in m.toks if t.end <= s_]
    after = [t.lower for t in m.toks if t.start >= e_]
    if (len(after) == 2 and after[0] == "'s" and after[1] in SPEAKS_FOR_PLACE) or (
            not after and len(before) >= 2 and before[-1] == "of"
            and before[-2] in SPEAKS_FOR_PLACE
            and HEAD_PREPOSITIONS.isdisjoint(before[:-2])):  # not "Police in the town of"
        return _Resolved(ent, m.surface)
    return None


def _member_at_organisation(doc: _Document, m: _Mention) -> _Resolved | None:
    """"said analysts at Morgan Stanley", "a spokeswoman for Vell Motors": unnamed people
    "at" a named body, or its spokespeople "for" or "of" it (``SPOKESPERSON_NOUNS``), speak
    for it, as they do at a sentence's start ("Analysts at Morgan Stanley estimate"); not
    "at" a place or a person.  A spokesperson for a place (``PLACE_SPOKESPERSON_NOUNS``)
    speaks for it: "a spokeswoman for the Port of Tula"."""
    k = next((j for j, t in enumerate(m.toks) if j and ((t.lower == "at" and (
        m.toks[j - 1].lower in GROUP_NOUNS or m.toks[j - 1].lower in PERSON_ROLES
        or m.toks[j - 1].lower in GENERIC_SOURCES)) or (
        t.lower in SPOKESPERSON_PREPOSITIONS and m.toks[j - 1].lower in SPOKESPERSON_NOUNS))), 0)
    if not k:
        return None
    inside = _names_inside(doc, m.span)
    if len(inside) != 1 or doc.text[inside[0][1]:m.span[1]] not in ("", ".") \
            or inside[0][0] > m.toks[k].end + 5:
        return None  # the name ends the mention, perhaps before its period ("Lamb & Co.")
    en = doc.index.entities[inside[0][2]]
    if en.kind == "place" and m.toks[k - 1].lower in PLACE_SPOKESPERSON_NOUNS:
        return _Resolved(inside[0][2], m.surface)  # "a spokeswoman for Tula": its government
    if en.kind not in ("org", "unknown") or (m.toks[k].lower != "at" and en.kind != "org"):
        return None  # (a spokesman "for" a name of unknown kind may speak for a person)
    en.kind = "org"  # people work at it: a body
    return _Resolved(inside[0][2], m.surface)


def _speaker_for_body(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Vell Biotech raised $85 million. Officials at the company said": a person's role or
    unnamed people, then "at" or "with", "the" and a body's role noun, speak for the body
    that role noun stands for (as "officials at Vell Biotech" do, ``member_at_organisation``),
    and so does a spokesperson "for" or "of" it ("a spokeswoman for the company"); another
    role after "for" or "of" ("a lawyer for the company") stays an unresolved person named
    with the body's name ("lawyer for Vell Biotech"), as with the name itself."""
    low = [t.lower for t in m.toks]
    if len(low) < 4 or low[-1] not in ORG_ROLES or low[-2] != "the" \
            or low[-3] not in SPEAKING_FOR_PREPOSITIONS \
            or (low[-4] not in PERSON_ROLES and low[-4] not in GENERIC_SOURCES):
        return None
    ent = _resolve_role(doc, low[-1], m.span[0])
    if ent is None:
        return None
    if low[-3] in ("at", "with") or low[-4] in SPOKESPERSON_NOUNS:
        return _Resolved(ent, m.surface)
    words = _strip_det([t.text for t in m.toks[:-2]])
    return _Resolved(None, " ".join([*words, doc.index.entities[ent].name]))



def _body_staff_words(low: list[str]) -> tuple[str, str] | None:
    """The body's noun of "(the) district officials", "a ministry spokeswoman" or "the
    company's spokesman" (lower-cased), or of a document, "a company memo" (not "a court
    filing", ``FILED_IN_BODIES``), after a word the body's name must hold too, if any ("a
    police department spokesman": "police", "department"; else ""): ``(modifier, body)``,
    else None."""
    det = low[0] if low and (low[0] == "the" or low[0] in ARTICLES) else ""
    words = low[1:] if det else low
    modifier = ""
    if det == "the" and len(words) == 3 and words[1] in ("'s", "\u2019s"):
        words = [words[0], words[2]]  # "the company's spokesman"
    elif len(words) == 3 and det in ARTICLES and words[0].isalpha() and words[1].isalpha() \
            and words[2] in BODY_STAFF_SINGULARS:
        modifier, words = words[0], words[1:]  # "a police department spokesman"
    elif len(words) != 2:
        return None
    one = words[1] in BODY_STAFF_SINGULARS or (
        len(low) == 3 and words[1] in DOCUMENT_HEADS and words[0] not in FILED_IN_BODIES)
    if det in ARTICLES:  # "a ministry spokeswoman": only one of them
        return (modifier, words[0]) if one else None
    return (modifier, words[0]) if words[1] in BODY_STAFF_NOUNS or (det == "the" and one) \
        else None


def _body_staff(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The Tula School District closed 3 schools. District officials said": unnamed staff
    (``BODY_STAFF_NOUNS``) after a body's noun speak for the body it stands for: a role noun
    for the latest body that bears it or whose name carries it ("company officials"), else
    the latest organisation named before in its section whose name ends in that noun
    ("district officials", "FBI officials").  One of them speaks for it too ("a ministry
    spokeswoman", "the company's spokesman", ``BODY_STAFF_SINGULARS``)."""
    found = _staff_body_noun(m)
    if found is None:
        return None
    modifier, body = found  # ("a police | department spokesman")
    role = body in ORG_ROLES  # a role noun: a name holding it first ("commission" before
    # a "Committee" the role may also stand for); else a name ending in the noun

    def named(en: _Entity) -> bool:
        return en.kind == "org" and (not modifier or modifier in en.tokens) and (
            body in en.tokens if role
            else en.tokens[-1:] == (body,) and en.tokens[-2:-1] != ("of",))

    k = _latest_name(doc, _section_start(doc, m.span[0]), m.span[0], named)
    ent = doc.names[k][2] if k is not None \
        else _role_holder(doc, body, m.span[0], "") if role and not modifier else None
    if ent is None:
        return None  # ("a fire department spokesman" is no police department's)
    en = doc.index.entities[ent]
    if en.kind != "org" or en.name.lower() in places_table() \
            or (role and en.tokens[-1:] == (body,)
                and (m.toks[0].lower not in ("a", "an", "the") or body in STAFF_OF_OTHER_BODIES)):
        return None  # ("a U.S. company ... company leaders": no country's; "the European
        # Union ... Union leaders": trade unions', not the name's own last word; but "the
        # Foreign Ministry ... a ministry spokeswoman", though never "a union official" for
        # the European Union, ``STAFF_OF_OTHER_BODIES``)
    return _Resolved(ent, m.surface)


def _staff_body_noun(m: _Mention) -> tuple[str, str] | None:
    """"District officials", "a police department spokesman": the body's noun before the
    staff noun of a mention, with the word modifying it ("", "district"; "police",
    "department"), when it can stand for a body named in the text: not a level of
    government ("state officials") or a place's name ("Dunmore officials"), and no
    capitalised word after the head ("Police officials in neighbouring Bram", "a company
    statement from rival Kestrel Energy": another place's or body's)."""
    if any(t.text[:1].isupper() for t in m.toks if t.start >= m.head_end):
        return None
    found = _body_staff_words([t.lower for t in m.toks if t.start < m.head_end])
    if found is None:
        return None
    body = found[1]
    if not body.isalpha() or body in GOVERNMENT_LEVEL_WORDS or body in places_table():
        return None
    return found


def _named_body_staff(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Vell Motors opened a plant. A Vell spokeswoman said": one of a body's staff
    (``BODY_STAFF_SINGULARS``) between "a" and the name of an organisation (here its short
    form) speaks for it, as the name's last word does ("A Vell Motors spokeswoman",
    ``body_staff``); not after a person's name ("a Lima spokesman"), nor one of several
    ("Vell officials", "U.S. officials" stay unnamed groups)."""
    if len(m.toks) < 3 or m.toks[0].lower not in ("a", "an") \
            or m.toks[-1].lower not in BODY_STAFF_SINGULARS:
        return None
    inside = _names_inside(doc, m.span)
    if len(inside) != 1 or inside[0][0] != m.toks[1].start \
            or doc.text[inside[0][1]:m.toks[-1].start].strip():
        return None
    ent = inside[0][2]
    return _Resolved(ent, m.surface) if doc.index.entities[ent].kind == "org" else None


def _issuer_in_mention(doc: _Document, m: _Mention) -> _Resolved | None:
    """"according to a new report from the Marlow Institute", "Ana Roe's new ad says": a
    document noun heading its mention stands for the issuer the mention names: its possessor,
    a body or person right before it ("an FEC filing"), the speaker before "in a statement",
    or a name after "by"/"from" (past a participle of issuing) that ends the phrase."""
    head = _document_head(m)
    if head is None:
        return None
    ent = _issuer_before_head(doc, m, head)
    if ent is None:
        ent = _author_after_of(doc, m, head)
    if ent is None:
        return _issuer_after_head(doc, m, head)
    return _Resolved(ent, m.surface)


def _document_head(m: _Mention) -> Token | None:
    """"a new report | from the Marlow Institute": the document noun heading a mention, before
    what says who issued it or for whom ("a survey conducted | for the Herald", "a source |
    familiar with"); a capitalised first word may head it ("Data | from the Tula Census
    Bureau released on Friday")."""
    head_end = m.head_end
    heads = [t for t in m.toks if t.start < head_end and t.text[0].isalnum()]
    cut = next((k for k, t in enumerate(heads) if k and (
        t.lower in ISSUED_BY or t.lower == "by" or t.lower in SOURCE_POSTMODIFIERS)), len(heads))
    heads = heads[:cut]
    opening = _opening_capital(heads, m)
    if opening:
        heads = heads[:1]
    if not heads or not (heads[-1].text.islower() or opening) or (
            heads[-1].lower not in DOCUMENT_HEADS and not _plural_document(heads[-1].lower)):
        return None
    return heads[-1]


def _issuer_after_head(doc: _Document, m: _Mention, head: Token) -> _Resolved | None:
    """"a poll of 900 voters | by X", "a survey of 1,000 adults carried out | by X": the
    issuer named after the document head, ending the phrase (not "exit polls from the Ohio
    primary", "a memo from Roe's aide"), else the role that issued it (``_issuing_role``)."""
    c = _ISSUED_CLAUSE.match(doc.text, head.end)
    at = c.start(1) if c is not None and c.start(1) < m.span[1] and doc.text[
        head.end:c.start(1)].lstrip().startswith("of") else head.end
    if c is not None and at == c.start(1) and c.group(1) in ISSUED_BY_PHRASES:
        at = c.end(1)
    ent = _issuer_named_after(doc, bisect_left(doc.names, (at, -1, -1)), at)
    if ent is None:  # "a survey of 900 voters by the council" (a sample counted; not
        # "an audit of spending by the department", which may be the audited)
        sample = at != head.end and any(ch.isdigit() for ch in doc.text[head.end:at])
        return _issuing_role(doc, m, at if sample else head.end)
    if doc.index.entities[ent].kind == "place":
        return None
    e = next((e for s, e, x in _names_inside(doc, m.span) if x == ent and s >= head.end),
             None)
    after = [t for t in m.toks if e is not None and t.start >= e and t.text != "."]
    if e is None or (after and not (after[0].text == "," or after[0].lower in ISSUED_BY
                                    or after[0].lower == "of")):
        return None
    return _Resolved(ent, m.surface)


def _author_after_of(doc: _Document, m: _Mention, head: Token) -> int | None:
    """"the latest report of the Tula Safety Board": after a document noun of
    ``AUTHORED_OF_HEADS``, "of the" and an organisation's name that ends the mention name
    its author."""
    if head.lower not in AUTHORED_OF_HEADS:
        return None
    j = bisect_left(doc.names, (head.end, -1, -1))
    if j >= len(doc.names):
        return None
    s, e, ent = doc.names[j]
    if doc.text[head.end:s].split() != ["of", "the"] \
            or doc.text[e:m.span[1]].strip(" .") or doc.index.entities[ent].kind != "org":
        return None
    return ent


def _opening_capital(heads: list[Token], m: _Mention) -> bool:
    """"Data from the Tula Census Bureau released on Friday showed": a document noun
    capitalised only as the mention's first word, before "from" or "by"."""
    return bool(heads) and heads[0] is m.toks[0] and heads[0].lower in DOCUMENT_HEADS \
        and heads[0].text[1:].islower() and (len(heads) == 1 or heads[1].lower in ("from", "by"))


def _issuer_before_head(doc: _Document, m: _Mention, head: Token) -> int | None:
    """The issuer named before a document noun inside its mention: a possessor ("Roe's
    new ad"), a body or person right before it ("an FEC filing", not a place), or the first
    name before "in" ("Jo Roe in a statement")."""
    text = doc.text
    inside = _names_inside(doc, m.span)
    for s, e, ent in inside:
        if e > head.start:
            break
        gap = [w.lower() for w in _BETWEEN_WORDS.findall(text[e:head.start])]
        if gap and gap[0] in ("'s", "\u2019s", "'", "\u2019") and len(gap) <= 3 \
                and ISSUER_BODY_NOUNS.isdisjoint(gap) and ROLE_NOUNS.isdisjoint(gap):
            return ent
        if (not gap and doc.index.entities[ent].kind in ("org", "person")
                and head.lower not in PEOPLE_OR_DOCUMENTS
                and text[s:e].lower() not in places_table()) or (
                gap[:1] == ["in"] and len(gap) <= 4 and s == inside[0][0]):
            return ent
    return None


_ISSUED_CLAUSE: Final = re.compile(
    r"(?:\s*,\s*(?:(?:which|that)\s+(?:was|were|is|has been|had been)\s+)?"
    r"|\s+of\s+(?:[\w.'\u2019-]{1,30}(?:,\d{3})*\s+){1,5}?)(?:[a-z]{1,20}ly\s+)?"
    r"(" + "|".join(sorted(ISSUED_BY | ISSUED_BY_PHRASES | {"by", "from"})) + r")\b")


def _principal_office(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Senator Ana Ruiz said ... Her office said": a body that speaks for the person owning
    it (``PRINCIPAL_BODIES`` after a possessive pronoun or a person's name and "'s") stays
    the body, unresolved, named after the person it resolves to ("Ana Ruiz's office")."""
    toks = [t for t in m.toks if t.lower not in ("the", "\u2019")]
    if len(toks) < 2 or toks[-1].lower not in PRINCIPAL_BODIES \
            or any(t.lower in _POSTMODIFIER_STARTS for t in toks):
        return None  # "a statement from Roe's office": a document and its issuer
    pron = POSSESSOR_PRONOUNS.get(toks[0].lower) if len(toks) == 2 else None
    if pron in ("he", "she"):
        ent = _content_subject(doc, pron, m.fi)
        if ent is None:
            ent = _resolve_pronoun(doc, pron, (toks[0].start, toks[0].end), m.fi)
    elif toks[-2].lower in ("'s", "s") and len(toks) >= 3:
        ent = _resolve_mention(doc, (m.span[0], toks[-2].start), m.fi).entity
    else:
        return None
    if ent is None or doc.index.entities[ent].kind not in ("person", "unknown"):
        return None
    return _Resolved(None, f"{doc.index.entities[ent].name}'s {toks[-1].lower}",
                     "organisation")


def _content_subject(doc: _Document, pron: str, fi: int) -> int | None:
    """"Gov. Tom Easley has raised $9 million, his campaign said": the subject of a clause
    that a frame reports before its speaker, when "his"/"her" in the speaker fits it (in
    sex, a person) or "its" does (no person: "Orsk Mining owes $30 million, its filing
    shows"), is whom the possessive stands for."""
    f = doc.frames[fi]
    if f.content[1] > f.speaker[0] or f.content[1] <= f.content[0]:
        return None
    first = _names_inside(doc, f.content)[:1]
    if pron == "it" and (role := _content_role_subject(doc, fi)) is not None:
        return role  # ("The chain employs 900, according to its annual report")
    if not first:
        return None
    k = bisect_left(doc.names, first[0])
    ent = first[0][2]
    en = doc.index.entities[ent]
    if pron == "it":  # (a name of unknown kind and sex, no speaker: "its" tells no person)
        fits = en.kind in ("org", "place") or (
            en.kind == "unknown" and en.gender is None and not doc.notes[k][1] & SPEAKER)
    else:
        fits = en.kind == "person" and _fit(doc, pron, ent) >= UNKNOWN_SEX_FIT
    return ent if fits and doc.notes[k][1] & SUBJECT else None


#: "The" and a lower-case noun opening a clause, then a word that is no possessive.
_ROLE_SUBJECT: Final = re.compile(r"[Tt]he ([a-z]+) (?!'s|\u2019s)")


#: "the" and a role noun of a body, or a pronoun for one, later in a clause.
_OTHER_BODY: Final = re.compile(
    r"\b(?:the|a|an|its|their) (?:[a-z]+ ){0,2}(?:" + "|".join(sorted(ORG_ROLES)) + r")\b")


def _content_role_subject(doc: _Document, fi: int) -> int | None:
    """"The chain employs 900 people, according to its annual report": an organisation's
    role noun opening the clause a frame reports before its speaker stands, resolved as
    that mention, for the organisation "its" refers to, when no other body is named in the
    clause after it."""
    f = doc.frames[fi]
    found = _ROLE_SUBJECT.match(doc.text, f.content[0], f.content[1])
    if found is None or found.group(1) not in ORG_ROLES \
            or _names_inside(doc, (found.end(), f.content[1])) \
            or _OTHER_BODY.search(doc.text, found.end(), f.content[1]) is not None:
        return None  # ("The court fined Vell Motors $4 million, according to its report",
        # "The agency fined the company ...": "its" may be the other body's)
    ent = _resolve_mention(doc, (found.start(), found.end(1)), fi).entity
    return ent if ent is not None and doc.index.entities[ent].kind == "org" else None


def _possessive_document(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Vale Bank said its report showed ...": a document noun after a possessive pronoun
    stands for what the pronoun refers to (resolved as that pronoun would be, or, after the
    words it reports, as the subject of those: "Vale faces claims, its report shows")."""
    words = [t for t in m.toks if t.start < m.head_end and t.text[0].isalnum()]
    pron = POSSESSOR_PRONOUNS.get(words[0].lower) if words else None
    if pron is None:
        return _role_possessor_document(doc, m)
    if not 2 <= len(words) <= 5 or not _document_words([t.text for t in words[1:]]):
        return None
    ent = _content_subject(doc, pron, m.fi) if pron in ("it", "he", "she") else None
    if ent is None:
        ent = _resolve_pronoun(doc, pron, (words[0].start, words[0].end), m.fi)
    return _Resolved(ent, m.surface) if ent is not None else None


def _document_words(words: list[str]) -> bool:
    """Up to four words, none capitalised but a platform's name, ending in a document noun
    ("annual report", "2024 filings", "Facebook post", "most recent annual report")."""
    return 1 <= len(words) <= 4 and not any(
        w[:1].isupper() and w.lower() not in PLATFORM_NAMES for w in words) and (
        words[-1] in DOCUMENT_HEADS or _plural_document(words[-1]))


def _role_possessor_document(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The company's statement said ...", "the company's press office said": a
    document noun, or a unit of a body after a body's role noun (``BODY_PART_NOUNS``), after
    a role noun's possessive ("the" and a lower-case noun alone, then "'s") stands for whom
    that role noun stands for (resolved as the mention "the company" would be; a place only
    for a place noun, "the city's report", not "the newspaper's editorial")."""
    toks = [t for t in m.toks if t.start < m.head_end and t.text != "\u2019"]
    if len(toks) < 4 or toks[2].lower not in ("'s", "\u2019s", "s") \
            or toks[0].lower not in ROLE_DETERMINERS or not toks[1].text.isalpha() \
            or not toks[1].text.islower() or not (
                _document_words([t.text for t in toks[3:]]) or (
                    toks[1].lower in ORG_ROLES and len(toks) <= 5
                    and toks[-1].lower in BODY_PART_NOUNS
                    and all(t.text.islower() for t in toks[3:]))):
        return None  # (or a unit of a body: "the agency's finance office")
    ent = _resolve_mention(doc, (m.span[0], toks[1].end), m.fi).entity
    if ent is None or (doc.index.entities[ent].kind == "place"
                       and toks[1].lower not in LOCALITY_NOUNS and toks[1].lower != "state"):
        return None
    return _Resolved(ent, m.surface)


def _issuer_after_mention(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The report, released on Monday by the Hale Foundation, found ...": a document noun
    (perhaps with a short topic phrase, ``DOCUMENT_TOPIC_PREPOSITIONS``: "A study of 300 farms,")
    followed by a clause naming its issuer ("released/published ... by X", "from X", "which
    was written by X"; or, past an "of" phrase, "a poll of 900 voters conducted by X")
    stands for that issuer."""
    words = [t.lower for t in m.toks if t.text[0].isalnum()]
    head = next((j for j, w in enumerate(words[:4]) if w in DOCUMENT_HEADS
                 or _plural_document(w)), None)
    if head is None or head == 0 or len(words) > 4 + (head + 1 < len(words)) * 4 or (
            words[0] not in ROLE_DETERMINERS and words[0] not in ("a", "an")) or (
            head + 1 < len(words) and (words[head + 1] not in DOCUMENT_TOPIC_PREPOSITIONS
                                       or len(words) - head > 5)):
        return None  # (its head may have a short topic phrase: "A study of 300 farms,")
    text, end = doc.text, m.span[1]
    c = _ISSUED_CLAUSE.match(text, end)
    if c is None:
        return None
    k = bisect_left(doc.names, (c.start(1), -1, -1))
    for s, e, ent in doc.names[k:k + 3]:
        gap = [w.lower() for w in _BETWEEN_WORDS.findall(text[c.start(1):s])]
        if s - end > 80 or _GAP_BREAK.search(text, c.start(1), s) is not None:
            return None
        if _issuer_gap(gap):
            if doc.index.entities[ent].kind == "place" or text.startswith(" to ", e):
                return None  # ("A survey of 900 drivers, from Tula to Vale,": a route)
            return _Resolved(ent, m.surface)
    return _unnamed_issuer(text, c) if c.group(1) == "by" else None


#: A relative clause of issuing after a document noun, its subject a pronoun ("figures | it
#: released", "a forecast | that she published"): the pronoun, then the verb.
_ISSUING_RELATIVE: Final = re.compile(
    r"\s+(?:(?:" + "|".join(sorted(RELATIVE_WORDS)) + r")\s+)?("
    + "|".join(sorted(ISSUING_PRONOUNS)) + r")\s+(?:(?:"
    + "|".join(sorted(PERFECT_AUXILIARIES)) + r")\s+)?(" + "|".join(sorted(ISSUED_BY)) + r")\b")


def _issuing_relative(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Crime fell 9 percent, according to figures it released", "a forecast that she
    published": a document noun (with a determiner and up to two modifiers, or alone)
    followed by a relative clause whose subject is a pronoun and whose verb issues it
    (``ISSUED_BY``) stands for what that pronoun refers to."""
    words = [t.lower for t in m.toks if t.text[0].isalnum()]
    if not 1 <= len(words) <= 4 or not (words[-1] in DOCUMENT_HEADS
                                        or _plural_document(words[-1])):
        return None
    found = _ISSUING_RELATIVE.match(doc.text, m.span[1])
    if found is None:
        return None
    ent = _resolve_pronoun(doc, found.group(1), found.span(1), m.fi)
    return _Resolved(ent, m.surface) if ent is not None else None


#: An unnamed issuer set off after a document noun: "the" and up to two modifiers before a
#: role noun, closed by a comma or the sentence's end ("The report, by the state auditor,").
_UNNAMED_ISSUER: Final = re.compile(r"\s+the\s+((?:[a-z]+\s+){0,2}([a-z]+))\s*[,.;]")


def _unnamed_issuer(text: str, c: re.Match[str]) -> _Resolved | None:
    """"The report, by the state auditor, found ...": an issuer that is a role noun with no
    name stays unresolved as that role (a person's or an organisation's), not "report"."""
    found = _UNNAMED_ISSUER.match(text, c.end(1))
    if found is None:
        return None
    kind = _head_kind(found.group(2))
    return _Resolved(None, found.group(1), kind) if kind in ("person", "organisation") else None


#: A break between a document noun and its issuer's name: punctuation, but not a comma
#: inside a figure ("a study of 18,400 people published by ...").
_GAP_BREAK: Final = re.compile(r"[.;:\"()\n]|,(?!\d)")


def _issuer_gap(gap: list[str]) -> bool:
    """Do the words between a document's participle and a name end in "by"/"from"/"for",
    perhaps with "the" (and up to two modifiers: "by | the nonpartisan | Vell Bureau") or a
    short role phrase ("sent by | chief executive | Dana Whit"), or with a group of its
    staff "at" the body ("published by | researchers at | Vell University")?"""
    k = max((j for j, w in enumerate(gap) if w in ("by", "from", "for")), default=-1)
    tail = gap[k + 1:]
    return k >= 0 and (tail in ([], ["the"]) or (
        tail[:1] == ["the"] and len(tail) <= 3 and all(w.isalpha() for w in tail)) or (
        len(tail) <= 3 and not PERSON_ROLES.isdisjoint(tail)) or (
        2 <= len(tail) <= 3 and tail[-1] == "at" and (
            tail[-2] in GENERIC_SOURCES or tail[-2] in GROUP_NOUNS or tail[-2] == "team")))


def _role_noun(doc: _Document, m: _Mention) -> _Resolved | None:
    """"the spokesman", "the ministry", "..., say feds": a role noun stands for the latest
    entity introduced with that role."""
    head_end = m.head_end
    words = _strip_det([t.text for t in m.toks if t.start < head_end])
    role = words[-1].lower() if words else ""
    if len(words) == 1 and role in ROLE_ALIASES:
        role = ROLE_ALIASES[role]  # "..., say feds": a bare noun standing for a role
    elif m.toks[0].lower not in ROLE_DETERMINERS:
        return None
    if role not in ROLE_NOUNS:
        return None
    if _agent_modified(words[:-1]):
        return _Resolved(None, " ".join(words))  # "the Vale-led group": not Vale, unnamed
    ent = _modified_role_holder(doc, words, role, m.span[0])
    if ent is None:
        ent = _resolve_role(doc, role, m.span[0], _home_of(words[:-1]))
    if ent is None:
        return None
    _learn_org_role(doc.index.entities[ent], role)
    return _Resolved(ent, m.surface)


#: A verb whose object a role noun names ("nominated" for "the nominee"), by role noun.
_OBJECT_ROLE_VERB: Final = {role: re.compile(r"\b(?:" + "|".join(forms) + r")\b")
                            for role, forms in OBJECT_ROLE_VERBS.items()}
#: Lower-case words between such a verb and its object's name ("nominated federal judge Jo
#: Roe"), none of them a preposition ("nominated by Jo Roe" names the one who nominated).
_OBJECT_GAP: Final = re.compile(r" (?:(?!by |to |for |as |in |at |of |from )[a-z-]+ ){0,3}")


def _object_of_role_verb(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Gov. Ana Lima nominated Jo Roe to the court. The nominee said": a role noun for the
    one a verb acted on (``OBJECT_ROLE_VERBS``) stands for the name right after the latest
    such verb in its paragraph or the two before, unless someone was named in the role
    since ("nominee Tom Hart")."""
    words = _strip_det([t.text for t in m.toks if t.start < m.head_end])
    verb = _OBJECT_ROLE_VERB.get(words[-1].lower()) if len(words) == 1 else None
    if verb is None or m.toks[0].lower not in ROLE_DETERMINERS:
        return None  # ("the Democratic nominee for governor": another race's)
    last = max(verb.finditer(doc.text, _window_start(doc, m.span[0]), m.span[0]),
               key=lambda v: v.start(), default=None)
    if last is None:
        return None
    k = bisect_left(doc.names, (last.end(), -1, -1))
    if k >= len(doc.names) or doc.names[k][0] >= m.span[0] \
            or _OBJECT_GAP.fullmatch(doc.text, last.end(), doc.names[k][0]) is None \
            or doc.text.startswith(("'s", "\u2019s"), doc.names[k][1]):
        return None  # ("appointed Tom Hart's deputy": the deputy, unnamed)
    role = words[-1].lower()
    ent = doc.names[k][2]
    if doc.index.entities[ent].kind not in ("person", "unknown") or _latest_name(
            doc, doc.names[k][1], m.span[0], lambda en: role in en.roles) is not None:
        return None
    return _Resolved(ent, m.surface)


def _role_named_next(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Vell Bank will cut 400 jobs, its chief executive said. ... Chief executive Jo Roe
    said ...": a person's role held by no one named so far (``role_noun`` found none) stands
    for the next name in the text when that is a person named with that very role (the
    person's role words are the role phrase's words: "chief" and "executive"; "its senior
    vice president" is not a "President Roe", "the minister" not a "Prime Minister"), in a
    later sentence of its paragraph or in the next (the lead sentence names the role, the
    next one the person); no body but one named by then, or an agent after "by", may come
    between ("At rival Tarn Bank, chief executive Jo Roe" is another bank's; places and
    people may)."""
    words = _strip_det([t.text for t in m.toks if t.start < m.head_end])
    first = m.toks[0].lower
    if not words or not (first in ROLE_DETERMINERS or first in POSSESSIVE_DETERMINERS
                         or any(t.text in ("'s", "\u2019s") for t in m.toks)):
        return None
    poss = max((k + 1 for k, w in enumerate(words) if w in ("'s", "\u2019s")), default=0)
    wanted = {w.lower() for w in words[poss:]}  # ("the Afghan team's | coach")
    if words[-1].lower() not in PERSON_ROLES or not 0 < len(wanted) <= 3:
        return None
    para = _para_of(doc.para_starts, m.span[0])
    limit = doc.para_starts[para + 2] if para + 2 < len(doc.para_starts) else len(doc.text)
    here = bisect_right(doc.sent_starts, m.span[0])  # (a name in the mention's own sentence
    if not 0 < here < len(doc.sent_starts):           # is an apposition's: ``apposed_name``)
        return None
    for j in range(bisect_left(doc.names, (doc.sent_starts[here], -1, -1)), len(doc.names)):
        start, _, ent = doc.names[j]
        if start >= limit:
            return None
        en = doc.index.entities[ent]
        if en.kind in ("person", "unknown") and wanted == en.roles:
            return _Resolved(ent, m.surface)
        if en.kind in ("org", "unknown") and not _named_before(doc, ent, m.span[0]) \
                and not _agent_before(doc.text, start):
            return None  # another body first ("At rival Tarn Bank, chief executive ...",
            # "Tigers coach Jo Roe"): the role may be that body's; not an agent after "by"
            # ("a memo seen by the Gazette")
    return None


def _agent_before(text: str, start: int) -> bool:
    """Is the name at ``start`` an agent after "by" ("seen by (the) Gazette")?"""
    words = text[max(0, start - 8):start].split()
    return words[-1:] == ["by"] or words[-2:] == ["by", "the"]


def _named_before(doc: _Document, ent: int, pos: int) -> bool:
    """Was entity ``ent`` named in the sentence holding ``pos`` or before it (the body whose
    role a mention names: "Orla Bank ... its chief executive ... Orla Bank's")?"""
    nxt = bisect_right(doc.sent_starts, pos)  # the next sentence's index
    end = doc.sent_starts[nxt] if nxt < len(doc.sent_starts) else len(doc.text)
    hi = bisect_left(doc.names, (end, -1, -1))
    return any(doc.names[k][2] == ent for k in range(max(0, hi - LOOKBACK), hi))


def _executive_seat(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The White House sent the plan to Congress ... The administration said": a bare "the
    administration" or "the government" ("this administration" too) that no one named
    holds (``role_noun`` found none) stands for the seat of government the text named last
    (``EXECUTIVE_SEATS``; as far back as a role is looked for); not "the state government",
    "the previous administration" or "the government in Kyiv"."""
    if _bare_role(m) not in SEAT_ROLES:
        return None
    k = _latest_name(doc, _section_start(doc, m.span[0]), m.span[0],
                     lambda en: en.name.lower() in EXECUTIVE_SEATS)
    return _Resolved(doc.names[k][2], m.surface) if k is not None else None


def _modified_role_holder(doc: _Document, words: list[str], role: str,
                          before: int) -> int | None:
    """"Finance chief Ana Roe ... Chief Executive Jo Lima ... the finance chief": a role
    with a modifier ("finance chief") stands first for the latest entity introduced with
    that very pair of words, before any other holder of the bare role."""
    if len(words) < 2 or not words[-2].isalpha():
        return None
    wanted = f"{words[-2].lower()} {role}"
    named = COMPOUND_ROLE_NAMES.get(wanted, frozenset())

    def holds(en: _Entity) -> bool:  # ("the central bank": the Federal Reserve)
        return wanted in en.roles or (bool(named) and en.kind in ("org", "unknown") and any(
            f" {n} " in f" {' '.join(en.tokens)} " for n in named))

    k = _latest_name(doc, _section_start(doc, before), before, holds)
    return doc.names[k][2] if k is not None else None


def _agent_modified(modifiers: Sequence[str]) -> bool:
    """"the Vale-led group", "the Acme-owned chain": does a modifier tie the description to
    another body (``AGENT_MODIFIER_SUFFIXES``)?  Then it stands for no one named so far."""
    return any(w.rpartition("-")[2] in AGENT_MODIFIER_SUFFIXES for w in modifiers)


def _learn_org_role(en: _Entity, role: str) -> None:
    """"Quillon said ... the social media company said ... the company said": an
    organisation a role noun stood for bears the role from then on, so a later "the company"
    finds it before an older name that merely has a business word in it."""
    if role in ORG_ROLES and en.kind == "org":
        en.roles.add(role)


def _coordinated_roles(doc: _Document, m: _Mention) -> _Resolved | None:
    """"the Ohio senator and Republican presidential hopeful said": one determiner before two
    role nouns joined by "and" describes one person: whoever bears the first of the roles
    that someone named bears (with the place or party among its modifiers)."""
    words = _strip_det([t.text for t in m.toks if t.start < m.head_end])
    if m.toks[0].lower not in ROLE_DETERMINERS or "and" not in words:
        return None
    k = words.index("and")
    parts = (words[:k], words[k + 1:])
    if not all(p and p[-1].lower() in ROLE_NOUNS and p[0].lower() not in DETERMINERS
               for p in parts):
        return None  # "the senator and the governor": two people
    for part in parts:
        role = part[-1].lower()
        ent = _resolve_role(doc, role, m.span[0], _home_of(part[:-1]))
        if ent is not None and _bears_role(doc.index.entities[ent], role):
            return _Resolved(ent, m.surface)
    return None


def _former_holder(doc: _Document, m: _Mention) -> _Resolved | None:
    """"the former president said": an office held before ("former" among a role noun's
    modifiers, the office one a title stands for) is the latest person introduced as its
    former holder ("former President Tom Hart", "former Gov. Ana Lima"), in the role's place
    if one is given; with none it is never the sitting holder ("President Obama"): it stays
    unresolved then (else the role noun is read as usual).  (``_role_of_previous_subject``,
    tried first, may take the previous sentence's subject: "Roe joined the rally. The former
    governor said" is Roe.)"""
    words = _strip_det([t.text for t in m.toks if t.start < m.head_end])
    role = words[-1].lower() if words else ""
    if m.toks[0].lower not in ROLE_DETERMINERS or role not in _OFFICES \
            or "former" not in (w.lower() for w in words[:-1]):
        return None
    home = _home_of(words[:-1])
    hi = bisect_left(doc.names, (m.span[0], -1, -1))
    for _, _, ent in reversed(doc.names[max(0, hi - LOOKBACK):hi]):
        en = doc.index.entities[ent]
        if "former" in en.roles and _bears_role(en, role) and not _other_home(en, home):
            return _Resolved(ent, m.surface)
    sitting = _resolve_role(doc, role, m.span[0], home)
    if sitting is not None and _bears_role(doc.index.entities[sitting], role):
        return _Resolved(None, " ".join(words), "person")  # "President Obama": not former
    return None


#: Offices a title stands for ("Gov." for governor): what "the former governor" held.
_OFFICES: Final = frozenset(TITLE_ROLES.values())


def _role_of_previous_subject(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Jo Roe toured the dam with Sen. Ana Lima, R-Iowa. The Florida senator said ...": the
    role of a person a story is about, opening its sentence, continues the previous
    sentence's subject when that is a person of no known role or other place, and no one
    named lately bears the role (with a place: stands for that place) (centering)."""
    words = _strip_det([t.text for t in m.toks if t.start < m.head_end])
    role = words[-1].lower() if words else ""
    if role not in PRINCIPAL_ROLES or m.toks[0].lower not in ROLE_DETERMINERS:
        return None
    home, sex = _home_of(words[:-1]), PRINCIPAL_ROLES[role]
    former = "former" in (w.lower() for w in words[:-1])  # a sitting holder is no one's

    def fit(ent: int) -> float:
        en = doc.index.entities[ent]
        return float(en.kind == "person" and sex in (None, en.gender) and not _other_home(
            en, home) and PERSON_ROLES.isdisjoint(en.roles)
            and TITLE_ROLES.keys().isdisjoint(r.rstrip(".") for r in en.roles))

    ent = _previous_subject(doc, _clause_start(doc, m.span, m.fi), fit)
    if ent is None:
        return None
    hi = bisect_left(doc.names, (m.span[0], -1, -1))
    for _, _, other in doc.names[max(0, hi - LOOKBACK):hi]:
        en = doc.index.entities[other]
        if home in en.roles if home.startswith(HOME_PLACE) else (
                _bears_role(en, role) and not _other_home(en, home)
                and ("former" in en.roles or not former)):
            return None  # "Gov. Ana Lima ... Jo Roe spoke. The governor said": Lima
    return _Resolved(ent, m.surface)


def _kin_noun(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Maria Lopez and her sister, Ana, opened a shop. Her sister said ...": a possessive
    pronoun and a kin noun stand for the latest person introduced with that kin noun."""
    low = [t.lower for t in m.toks]
    if len(low) != 2 or low[0] not in POSSESSOR_PRONOUNS or (
            low[1] not in KIN_NOUNS and low[1] not in KIN_TITLES):
        return None
    hi = bisect_left(doc.names, (m.span[0], -1, -1))
    for k in range(hi - 1, max(-1, hi - 1 - LOOKBACK), -1):
        ent = doc.names[k][2]
        if low[1] in doc.index.entities[ent].roles:
            return _Resolved(ent, m.surface)
    return None


def _bears_role(en: _Entity, role: str) -> bool:
    """Was the entity introduced with the role, or a title standing for it ("Sen."), or one
    of its synonyms ("Rep. Jo Roe ... the congressman", ``OFFICE_SYNONYMS``; not when the
    word only modifies another office, ``MODIFIED_OFFICES``: "Justice Minister Ana Lima" is
    no judge)?"""
    if role in en.roles:
        return True
    if role == "executive" and not EXECUTIVE_OFFICERS.isdisjoint(en.roles):
        return True  # "the company's chief financial officer, Jo Lima," is an executive
    synonyms = MODIFIED_OFFICES.isdisjoint(en.roles)  # (not "Justice Minister Ana Lima")
    for r in en.roles:
        office = TITLE_ROLES.get(r.rstrip("."), r)
        if office == role or (synonyms and role in OFFICE_SYNONYMS.get(office, ())):
            return True
    return False


def _home_of(modifiers: list[str]) -> str:
    """"the Florida senator", "the New Mexico governor", "the Democratic nominee": the place
    among a role noun's modifiers as a role ("in:florida"), else its party ("party:
    democratic"); "" for none."""
    places = places_table()
    for n in (2, 1):
        for k in range(len(modifiers) - n + 1):
            words = modifiers[k:k + n]
            if all(w[:1].isupper() for w in words) and " ".join(words).lower() in places:
                return HOME_PLACE + " ".join(words).lower()
    party = next((PARTIES[w.lower()] for w in modifiers if w[:1].isupper()
                  and w.lower() in PARTIES and w.lower() not in PARTY_LETTERS), "")
    return PARTY + party if party else ""


def _other_home(en: _Entity, home: str) -> bool:
    """Is the entity known to stand for another place or party than ``home`` ("Iowa Sen.
    Jo Roe" is no Florida senator, "Republican Jo Roe" no Democratic nominee)?"""
    if not home:
        return False
    kind = home[:home.index(":") + 1]
    homes = {r for r in en.roles if r.startswith(kind)}
    return bool(homes) and home not in homes


def _description(doc: _Document, m: _Mention) -> _Resolved | None:
    """"the bespectacled diplomat", "the online retail giant": an epithet (a definite
    description with a modifier, whose head is no listed role) stands for the most salient
    person (a noun for a person: "-ist", "-man", "-er") or organisation ("giant",
    "retailer") of the last paragraphs; a bare "the partner" may be someone new, but a bare
    noun for a business ("the toymaker") is a description too."""
    if m.toks[0].lower not in ROLE_DETERMINERS or len(m.toks) < 2:
        return None
    head_end = m.head_end
    heads = [t for t in m.toks[1:] if t.start < head_end and t.text[0].isalnum()]
    head = heads[-1].lower if heads else ""
    if (len(heads) < 2 and not (heads and business_noun(head))) \
            or not heads[-1].text.islower() or head in ROLE_NOUNS \
            or head in DOCUMENT_HEADS or head in GROUP_NOUNS or head in GENERIC_SOURCES:
        return None
    if _agent_modified([t.text for t in heads[:-1]]):
        return _Resolved(None, " ".join(t.text for t in heads))  # "the Acme-owned chain"
    if head in ORG_DESCRIPTIONS or business_noun(head):
        kinds: tuple[NameKind, ...] = ("org",)
    elif person_noun_by_ending(head):
        kinds = ("person",)
    else:
        return None
    def fit(e: int) -> float:
        return _description_fit(doc.index.entities[e], kinds)

    ent = _previous_subject(doc, _clause_start(doc, m.span, m.fi), fit)
    if ent is None:
        ent = _most_salient(doc, fit, (m.span[0], m.span[0]), None, DESCRIPTION_MARGIN)
    return _Resolved(ent, m.surface) if ent is not None else None


#: "the 47-year-old", "the bespectacled, 47-year-old diplomat" (a frame may drop "the"; "a
#: 47-year-old" is someone new).
_AGE_DESCRIPTION: Final = re.compile(
    r"(?:[Tt]he )?(?:(?!an? )[a-z]+,? )?(\d{1,3})-year-old(?: [a-z]+)?")


#: An age set off after a name, which only a person is given ("Tom Groves, 33, said").
_AGE_APPOSITION: Final = re.compile(r",\s*(?:[1-9]|[1-9][0-9]|1[01][0-9])\s*,")
#: A capitalised word and a number set off after it, as in a list or a score line ("Aldane,
#: 61, Brovik, 40", "Velmont, 24, beat Harwick, 17,").
_LISTED_NUMBER: Final = re.compile(r"[A-Z][\w.'-]*,\s*\d")
#: How far around a name another listed number is looked for (characters).
_LISTED_NUMBER_REACH: Final = 80


def _person_by_age(doc: _Document, nm: Name, ent: int) -> None:
    """"Teodor Wlazlo, 61, wrote": a name with an age set off after it makes its entity of
    unknown kind a person, when the entity has a full name (two words or more) and the name
    stands in no list or score line."""
    en = doc.index.entities[ent]
    if en.kind != "unknown" or len(en.tokens) < 2:
        return  # the common case, asked of every name before any regular expression
    age = _AGE_APPOSITION.match(doc.text, nm.end)
    if age is not None and not _listed(doc.text, nm.start, age.end()):
        en.kind = "person"


def _listed(text: str, start: int, end: int) -> bool:
    """"Velmont Rovers, 24, beat Harwick Town, 17,": another name with a number set off
    after it stands near ``[start, end)``."""
    reach = _LISTED_NUMBER_REACH
    return _LISTED_NUMBER.search(text, end, end + reach) is not None \
        or _LISTED_NUMBER.search(text, max(0, start - reach), start) is not None


#: An age right after a name: "Ana Roe, 47,", "Ana Roe, a 47-year-old nurse".
_AGE_AFTER_NAME: Final = re.compile(r",\s*(?:an?\s+)?(\d{1,3})\b")


def _age_description(doc: _Document, m: _Mention) -> _Resolved | None:
    """"the 47-year-old said", "the 47-year-old nurse said": the person introduced with that
    age ("Ana Roe, 47,", "Ana Roe, a 47-year-old nurse,"), else the most salient person
    (not one named in what the frame reports)."""
    found = _AGE_DESCRIPTION.fullmatch(m.surface)
    if found is None:
        return None
    hi = bisect_left(doc.names, (m.span[0], -1, -1))
    for _, end, named in reversed(doc.names[max(0, hi - LOOKBACK):hi]):
        given = _AGE_AFTER_NAME.match(doc.text, end)
        if doc.index.entities[named].kind in ("person", "unknown") \
                and given is not None and given.group(1) == found.group(1):
            return _Resolved(named, m.surface)
    ent = _most_salient(doc, lambda e: _description_fit(doc.index.entities[e], ("person",)),
                        (m.span[0], m.span[0]), doc.frames[m.fi], DESCRIPTION_MARGIN)
    return _Resolved(ent, m.surface) if ent is not None else None


#: What may open a sentence before a subject that continues the one before: nothing, or a
#: coordinating conjunction ("But he said ...", "And the company added ...").
_OPENING_CONJUNCTIONS = frozenset({"", "But", "And", "Yet", "So"})


def _previous_subject(doc: _Document, start: int, fit: Callable[[int], float]) -> int | None:
    """"Quillon rose 4 percent. The online retailer said ...": a description that opens its
    sentence (perhaps after "But" or "And") continues the subject of the sentence before,
    when that fits it (centering; after a quote opening the sentence, ``start`` is where the
    quote opens: see ``_clause_start``)."""
    here = bisect_right(doc.sent_starts, start) - 1
    if here < 1:
        return None
    if doc.text[doc.sent_starts[here]:start].strip(" \"'\n") not in _OPENING_CONJUNCTIONS:
        return None  # "But he said": a conjunction opening the sentence keeps the centre
    lo = bisect_left(doc.names, (doc.sent_starts[here - 1], -1, -1))
    hi = bisect_left(doc.names, (doc.sent_starts[here], -1, -1))
    for k in range(lo, min(hi, lo + 16)):
        if doc.notes[k][1] & SUBJECT and not doc.notes[k][1] & (REPORTED | QUOTED):
            ent = doc.names[k][2]
            return ent if fit(ent) > 0 else None
    return None


#: How far into the sentence before a quote its subject may start for a speaker after the
#: quote to continue it ("Roe toured the plant.", "Last week, Ohio donor Jo Roe spoke.").
QUOTE_CENTRE_REACH = 60


def _clause_start(doc: _Document, span: tuple[int, int], fi: int) -> int:
    """'Roe toured the plant. "We will hire 40," she said.': a speaker crediting the quote
    that closes right before it stands where that quote opens, so a quote opening its
    sentence leaves the speaker as that sentence's subject, when its subject opens the
    sentence before and no frame there credits a quote (a turn of a dialogue: '"Is it
    you?" Lima asked. "Yes," he said.'); ``span[0]`` otherwise."""
    f = doc.frames[fi]
    if f.speaker != span or not _closes_quote(doc, fi):
        return span[0]
    here = bisect_right(doc.sent_starts, f.content[0]) - 1
    if here < 1:
        return span[0]
    lo, hi = doc.sent_starts[here - 1], doc.sent_starts[here]
    if any(lo <= doc.frames[k].cue[0] < hi and _quotes(doc, k) for k in range(max(0, fi - 8), fi)):
        return span[0]
    k = bisect_left(doc.names, (lo, -1, -1))
    first = next((doc.names[j][0] for j in range(k, min(k + 16, len(doc.names)))
                  if doc.names[j][0] < hi and doc.notes[j][1] & SUBJECT), None)
    return f.content[0] if first is not None and first - lo <= QUOTE_CENTRE_REACH else span[0]


def _quotes(doc: _Document, k: int) -> bool:
    """Does frame ``k`` credit a quotation (its content opens after a quote mark, or the
    quote closes right before its speaker)?"""
    c = doc.frames[k].content[0]
    return (c > 0 and doc.text[c - 1] in _QUOTE_MARKS) or _closes_quote(doc, k)


#: How well a description fits a name of unknown kind and sex ("Quillon rose. The online
#: retailer said"): it may be the organisation or person described.
UNKNOWN_DESCRIPTION_FIT: Final = 0.5


def _description_fit(en: _Entity, kinds: tuple[NameKind, ...]) -> float:
    if en.kind in kinds:
        return 1.0
    return UNKNOWN_DESCRIPTION_FIT if en.kind == "unknown" and en.gender is None else 0.0




def _party_member(doc: _Document, m: _Mention) -> _Resolved | None:
    """"the Ohio Republican said", "the Democrat said": "the", perhaps a place, and a party
    noun is an epithet for a politician (from there), the most salient person of the last
    paragraphs not known to stand for another place or party, not a name."""
    words = m.surface.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the" or not words[-1][:1].isupper() \
            or words[-1].lower() not in PARTY_MEMBER_NOUNS:
        return None
    home = _home_of(words[1:-1])
    if len(words) == 2 and words[1].lower() not in BARE_PARTY_MEMBERS:
        return None  # "the Independent said": a newspaper
    if len(words) > 2 and (not home.startswith(HOME_PLACE)
                           or len(home.split()) != len(words) - 2):
        return None
    party = PARTY + PARTIES[words[-1].lower()]

    def fit(e: int) -> float:
        en = doc.index.entities[e]
        return float(en.kind == "person" and not _other_home(en, home)
                     and not _other_home(en, party))

    ent = _most_salient(doc, fit, (m.span[0], m.span[0]), None, DESCRIPTION_MARGIN)
    return _Resolved(ent, m.surface if ent is not None else " ".join(words[1:]))


def _document_issuer(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Harbor Research released a report on Monday. The report said ...": a document noun
    stands for the issuer named with the last earlier mention of that noun: its possessor
    ("Roe's new ad"), a name before it ("a Harbor poll"), after "by"/"from" ("a letter from
    Roe", "a report released by Roe"), or the subject of an issuing verb ("Roe sent a memo").
    """
    words = [t.lower for t in m.toks if t.start < m.head_end and t.text[0].isalnum()]
    if len(words) < 2 or words[0] not in ROLE_DETERMINERS or words[-1] not in DOCUMENT_HEADS:
        return None
    found = _issuer_of_noun(doc, words[-1], _window_start(doc, m.span[0]), m.span[0])
    return _Resolved(found[1], m.surface) if found is not None else None


def _window_start(doc: _Document, pos: int) -> int:
    """Start of the paragraph two before the one holding ``pos`` (a document's look-back),
    at most ``ISSUER_WINDOW`` characters back (a text with no paragraph breaks)."""
    pi = _para_of(doc.para_starts, pos)
    start = doc.para_starts[max(0, pi - 2)] if doc.para_starts else 0
    return max(start, pos - ISSUER_WINDOW)


def _issuer_of_noun(doc: _Document, noun: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The latest earlier mention of ``noun`` in ``[lo, hi)`` that names an issuer: (its
    offset, the issuer)."""
    for _ in range(ISSUER_TRIES):
        p = _last_word_at(doc.text, noun, lo, hi)
        if p < 0:
            return None
        hi = p
        ent = _issuer_at(doc, p, p + len(noun))
        if ent is not None:
            return p, ent
    return None


def _repeated_speaker_noun(doc: _Document, m: _Mention) -> _Resolved | None:
    """'A poll released by Harbor Polling ... the poll found ... (paragraphs on) ... according
    to the poll': "the" and a document noun with no issuer in reach, or a spokesperson's
    noun with no holder ("A spokeswoman for the agency said ... the spokeswoman said"),
    stands for what the latest earlier speaker written with the same noun stood for, in the
    same section."""
    words = [t.lower for t in m.toks if t.start < m.head_end and t.text[0].isalnum()]
    if len(words) != 2 or words[0] != "the" or (
            words[1] not in DOCUMENT_HEADS and words[1] not in SPOKESPERSON_NOUNS):
        return None
    section = _section_start(doc, m.span[0])
    for k in range(m.fi - 1, max(-1, m.fi - 1 - LOOKBACK), -1):  # (bounded: linear time)
        f = doc.frames[k]
        if f.speaker[0] < section:
            return None
        ent = doc.frame_entity[k]
        if _last_word_at(doc.text, words[1], *f.speaker) >= 0:
            if ent is None:
                return None  # the nearest such speaker was unnamed: so is this one
            kind = doc.index.entities[ent].kind
            # (a place issues no paper: "a Tula newspaper's editorial" is no place's; a
            # spokeswoman is a body's here, a named one is left to "role_noun")
            ok = kind == "org" if words[1] in SPOKESPERSON_NOUNS else kind != "place"
            return _Resolved(ent, m.surface) if ok else None
    return None


def _own_issuer_clause(text: str, end: int) -> bool:
    """Does a clause right after a document noun name its own issuer (", released by the
    city on Monday,", ", from the board,"; not ", conducted in August,")?"""
    c = _ISSUED_CLAUSE.match(text, end)
    if c is None:
        return False
    if c.group(1) in ("by", "from"):
        return True
    stop = text.find(",", c.end(), c.end() + 60)
    return _ISSUER_BY.search(text, c.end(), stop if stop >= 0 else c.end() + 60) is not None


#: "by" or "from" opening an issuer after an issuing participle (``_own_issuer_clause``).
_ISSUER_BY: Final = re.compile(r"\b(?:by|from)\s")


def _synonym_issuer(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The Hale Foundation released a study on Monday. The report found ...": with no
    issuer named at an earlier mention of its own noun, a document noun takes the issuer of
    the latest earlier mention of a noun for the same kind of document (`DOCUMENT_SYNONYMS`)."""
    words = [t.lower for t in m.toks if t.start < m.head_end and t.text[0].isalnum()]
    if len(words) < 2 or words[0] not in ROLE_DETERMINERS \
            or _own_issuer_clause(doc.text, m.span[1]):
        return None  # ("the official figures, released by the city on Monday,": its own)
    lo = _window_start(doc, m.span[0])
    own = _last_word_at(doc.text, words[-1], lo, m.span[0])
    if own >= 0 and not _anaphoric_at(doc.text, own):
        lo = own  # "Acme published a report ... The report": no older synonym's issuer
    found = [x for x in (_issuer_of_noun(doc, noun, lo, m.span[0])
                         for noun in DOCUMENT_SYNONYMS.get(words[-1], ())) if x is not None]
    return _Resolved(max(found)[1], m.surface) if found else None


def _nominalised_issuer(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Brightline Polling polled 900 adults last week. The poll found ...": a document noun
    with no issuer named at an earlier mention stands for the subject of the latest earlier
    verb it nominalises (``DOCUMENT_VERBS``), a name right before that verb or the resolved
    speaker of a frame that verb is the cue of ("The appeals court ruled ... the ruling"),
    when no other such document was brought in since."""
    words = [t.lower for t in m.toks if t.start < m.head_end and t.text[0].isalnum()]
    if len(words) < 2 or words[0] not in ROLE_DETERMINERS or words[-1] not in DOCUMENT_VERBS:
        return None
    lo = _window_start(doc, m.span[0])
    v = max(_last_word_at(doc.text, f, lo, m.span[0]) for f in DOCUMENT_VERBS[words[-1]])
    if v < 0:
        return None
    own = _last_word_at(doc.text, words[-1], v, m.span[0])
    if own >= 0 and not _anaphoric_at(doc.text, own) \
            and bisect_right(doc.sent_starts, own) != bisect_right(doc.sent_starts, v):
        return None  # "Vell polled voters. A new poll found ... The poll": another poll
    if _SHARE_AFTER.match(doc.text, doc.text.find(" ", v)) is not None:
        return None  # "Roe polled 12 percent": a candidate's share, no poll she took
    ent = _verb_subject_name(doc, v)
    if ent is None:
        ent = _frame_entity_at(doc, v, m.fi)  # "The appeals court ruled ... the ruling"
    return _Resolved(ent, m.surface) if ent is not None else None


def _frame_entity_at(doc: _Document, v: int, fi: int) -> int | None:
    """The entity of the speaker of an earlier frame whose cue starts at ``v`` (a verb a
    document noun nominalises, "ruled" for "the ruling", whose subject was resolved as a
    speaker, "The appeals court ruled"), or None."""
    for k in range(min(fi, len(doc.frame_entity)) - 1, max(-1, fi - LOOKBACK), -1):
        f = doc.frames[k]
        if f.cue[0] == v:  # (not a pronoun's guess: "it ruled" may be misread)
            return None if doc.text[f.speaker[0]:f.speaker[1]].lower() in PRONOUNS \
                else doc.frame_entity[k]
        if f.cue[0] < v:
            return None
    return None


#: A share after a verb of polling ("polled 12 percent", "polled 9%", "polled in single
#: digits"): a candidate's standing, not a poll the subject took.
_SHARE_AFTER: Final = re.compile(r" (?:\d[\d.,]*\s*(?:%|percent\b|per cent\b|points?\b)|in "
                                 r"(?:single|double) digits\b)")


def _verb_subject_name(doc: _Document, v: int) -> int | None:
    """The entity of a name right before the verb at ``v`` ("Roe | sued", "Roe has | sued"),
    not the object of a preposition ("a suit against Roe | sued") nor a passive's."""
    k = bisect_left(doc.names, (v, -1, -1))
    if not k:
        return None
    s, e, ent = doc.names[k - 1]
    gap = doc.text[e:v].split()
    if len(gap) > 2 or not all(w in SUBJECT_VERB_GAP_WORDS or (w.endswith("ly") and w.islower())
                               for w in gap):
        return None
    before = doc.text[max(0, s - 20):s].split()[-2:]
    if before and before[-1].lower() == "the":
        before = before[:-1]
    if before and before[-1].lower() in OBLIQUE_PREPOSITIONS \
            and before[-1].lower() not in SUBORDINATORS:
        return None
    return _spoken_as(doc, s, ent)


#: Determiners that make a document noun point back to one named before ("the survey's
#: margin of error" is the poll just named), not introduce another.
_ANAPHORIC_DETERMINERS: Final = ROLE_DETERMINERS | POSSESSIVE_DETERMINERS


def _anaphoric_at(text: str, p: int) -> bool:
    """Is the word at ``p`` after a determiner that points back ("the survey's margin")?"""
    before = text[max(0, p - 12):p].split()
    return bool(before) and before[-1].lower() in _ANAPHORIC_DETERMINERS


def _court_issuer(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Judge Ana Lima ruled for the city. The order said ...": a court's document
    (`COURT_DOCUMENTS`) with no issuer named stands for the latest judge or court named in
    the last paragraphs; not past an unnamed court acting since ("Justice Roe died ... the
    court deadlocked ... the order said" stays unresolved)."""
    words = [t.lower for t in m.toks]
    if not 2 <= len(words) <= 3 or words[0] not in ROLE_DETERMINERS \
            or words[-1] not in COURT_DOCUMENTS or "'s" in words:
        return None  # (not "the board's decision", "the order of the day")
    k = _latest_name(doc, _window_start(doc, m.span[0]), m.span[0], _judge_or_court)
    if k is None or _UNNAMED_COURT.search(doc.text, doc.names[k][1], m.span[0]):
        return None
    return _Resolved(doc.names[k][2], m.surface)


def _judge_or_court(en: _Entity) -> bool:
    """A judge ("Judge Ana Lima") or a court named as such ("the Tula Appeals Court", "the
    Supreme Court of Tula": "Court" last or before "of"; not "Court Square Capital")."""
    tokens = en.tokens
    return not COURT_ROLES.isdisjoint(en.roles) or (
        en.kind in ("org", "unknown") and bool(tokens) and (tokens[-1] in COURT_NAME_WORDS or any(
            w in COURT_NAME_WORDS and nxt == "of" for w, nxt in pairwise(tokens))))


def _latest_name(doc: _Document, lo: int, hi: int, fits: Callable[[_Entity], bool],
                 limit: int = LOOKBACK) -> int | None:
    """"Judge Ana Lima ruled ... The order said": the index in ``doc.names`` of the latest
    of at most ``limit`` names in ``[lo, hi)`` whose entity ``fits``."""
    first = bisect_left(doc.names, (lo, -1, -1))
    hi_k = bisect_left(doc.names, (hi, -1, -1))
    for k in range(hi_k - 1, max(first, hi_k - limit) - 1, -1):
        if fits(doc.index.entities[doc.names[k][2]]):
            return k
    return None


#: An unnamed court acting: "the court", "an appeals court", "a federal tribunal".
_UNNAMED_COURT: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)(?:\s+[a-z-]+){0,2}\s+(?:court|tribunal)\b")


def _bare_role(m: _Mention) -> str:
    """The noun of a mention that is a determiner and that noun alone ("the state", "this
    administration"), lower-cased; "" for any other mention."""
    return m.toks[1].lower if len(m.toks) == 2 and m.toks[0].lower in ROLE_DETERMINERS else ""


def _named_place(doc: _Document, m: _Mention) -> _Resolved | None:
    """"Hassan has led New Hampshire since 2013. The state reported ...", "Port Avelin will
    spend $41 million ... The city said": a bare "the state" stands for the latest US state
    named in its paragraph or the two before (`US_STATES`), and a bare "the city", "the
    town", "the village", "the county" or "the district" for the latest place named there
    that is no US state (a county only for a place named "... County"): the government
    speaking for it (`LOCALITY_NOUNS`); "the district" for a public body named "... District"
    too ("the Halden School District")."""
    noun = _bare_role(m)
    if noun != "state" and noun not in LOCALITY_NOUNS:
        return None

    def fits(en: _Entity) -> bool:
        name = en.name.lower()
        if noun == "district" and en.kind == "org" and name.endswith(" district"):
            return True
        if en.kind != "place" or (name in US_STATES) != (noun == "state"):
            return False
        return noun != "county" or name.endswith(" county")

    k = _latest_name(doc, _window_start(doc, m.span[0]), m.span[0], fits)
    return _Resolved(doc.names[k][2], m.surface) if k is not None else None


#: How many earlier frames a repeated body noun looks back over for the unnamed body.
REPEATED_BODY_FRAMES: Final = 4


def _repeated_body(doc: _Document, m: _Mention) -> _Resolved | None:
    """"The state health department said ... Dr. Roe said ... The department urged": a bare
    body noun ("the department", ``ORG_ROLES``) that no name bears repeats the head of an
    unnamed body that spoke in one of the last few frames of this or the previous paragraph,
    and stays that same, unnamed source."""
    noun = _bare_role(m)
    if noun not in ORG_ROLES:
        return None
    para = _para_of(doc.para_starts, m.span[0])
    for k in range(min(m.fi, len(doc.frame_entity)) - 1,
                   max(-1, m.fi - 1 - REPEATED_BODY_FRAMES), -1):
        g = doc.frames[k]
        if para - _para_of(doc.para_starts, g.cue[0]) > 1:
            break
        surface = " ".join(doc.text[g.speaker[0]:g.speaker[1]].split())
        words = surface.lower().split()
        if doc.frame_entity[k] is None and len(words) > 2 and words[0] in DETERMINERS \
                and _head_word(words) == noun:
            return _Resolved(None, _unresolved_name(surface))
    return None


def _document_authors(doc: _Document, m: _Mention) -> _Resolved | None:
    """"according to a study by researchers at Vell University ... The authors wrote": "the
    authors" stand for the issuer of the document whose frame came last, in its paragraph
    or the one before."""
    words = [t.lower for t in m.toks]
    if len(words) != 2 or words[0] not in ("the", "its") or words[1] not in AUTHOR_NOUNS:
        return None
    para = _para_of(doc.para_starts, m.span[0])
    for k in range(min(m.fi, len(doc.frame_entity)) - 1, max(-1, m.fi - 6), -1):
        f = doc.frames[k]
        if para - _para_of(doc.para_starts, f.cue[0]) > 1:
            break
        if doc.frame_entity[k] is not None and not DOCUMENT_HEADS.isdisjoint(
                doc.text[f.speaker[0]:f.speaker[1]].split()[:4]):
            return _Resolved(doc.frame_entity[k], m.surface)  # "a study (published ...)"
    return None


def _chain_document(doc: _Document, m: _Mention) -> _Resolved | None:
    """'Tom Hale writes in his book that ... "...," the passage continued': a statement or a
    part of a text (`CHAIN_DOCUMENTS`) with no issuer named stands for the speaker of the
    frame before it in the chain, in its paragraph or the one before; so does "the data"
    (`CHAIN_DATA_NOUNS`) when that frame is an organisation's and reported a statistic
    ("The census office said 40 percent rent. According to the data, ..."), and "the report"
    or "the study" (`CHAIN_STUDY_NOUNS`) when that frame's cue is a verb of research
    (`STUDY_CUES`: "The budget office estimated that ... cost $8 billion. The report found")."""
    words = [t.lower for t in m.toks]
    data = len(words) == 2 and words[0] == "the" and (
        words[1] in CHAIN_DATA_NOUNS or words[1] in CHAIN_STUDY_NOUNS)
    if len(words) != 2 or words[0] not in ROLE_DETERMINERS or (
            words[1] not in CHAIN_DOCUMENTS and not data):
        return None  # (not "the release of internal documents")
    k = _chain_frame(doc, m.fi)
    ent = doc.frame_entity[k] if k is not None else None
    if k is None or ent is None or _para_of(
            doc.para_starts, m.span[0]) - _para_of(doc.para_starts, doc.frames[k].cue[0]) > 1:
        return None
    c0, c1 = doc.frames[k].content
    if data and (doc.index.entities[ent].kind != "org" or (
            words[1] in CHAIN_DATA_NOUNS and _STATISTIC.search(doc.text, c0, c1) is None)):
        return None  # data only after a body's frame that reported a statistic
    if words[1] in CHAIN_STUDY_NOUNS and (
            _cue_word(doc, k) not in STUDY_CUES
            or _STUDY_NOUN.search(doc.text, doc.frames[k].cue[1], m.span[0]) is not None):
        return None  # "the report" only after a body that estimated or found something,
        # with no other study named since ("A new audit, released Tuesday, ... The audit")
    return _Resolved(ent, m.surface)


#: A study's noun, or an inquiry's, anywhere in a stretch of text.
_STUDY_NOUN: Final = re.compile(
    r"\b(?:" + "|".join(sorted(CHAIN_STUDY_NOUNS | INTERVENING_STUDY_NOUNS)) + r")\b",
    re.IGNORECASE)


def _cue_word(doc: _Document, k: int) -> str:
    """The last word of frame ``k``'s cue, lower-cased ("estimated", "found")."""
    c = doc.frames[k].cue
    return doc.text[c[0]:c[1]].rsplit(" ", 1)[-1].lower()


#: A statistic in a frame's content: a share ("40 percent", "9%") or a count of something
#: ("2,318 thefts"), not a year or a lone small number.
_STATISTIC: Final = re.compile(
    r"\b\d[\d,.]*\s*(?:%|percent\b|per cent\b)|\b\d{1,3}(?:,\d{3})+\s+[a-z]")


def _last_word_at(text: str, word: str, lo: int, hi: int) -> int:
    """Where ``word`` last stands as a whole word in ``text[lo:hi]`` ("suit", not the end of
    "lawsuit"); -1 if nowhere."""
    p = text.rfind(word, lo, hi)
    while p >= 0 and ((p and text[p - 1].isalnum())
                      or (p + len(word) < len(text) and text[p + len(word)].isalnum())):
        p = text.rfind(word, lo, p)
    return p


#: How many earlier occurrences of a document noun are tried for its issuer.
ISSUER_TRIES: Final = 4
#: How far back, in characters, a document noun's issuer is looked for at most.
ISSUER_WINDOW: Final = 4000
_BETWEEN_WORDS: Final = re.compile(r"[\w'\u2019-]+")


def _issuer_at(doc: _Document, p: int, end: int) -> int | None:
    """The issuer named around a document noun at ``[p, end)`` (see ``_document_issuer``)."""
    text = doc.text
    k = bisect_left(doc.names, (p, -1, -1))
    for s, e, ent in reversed(doc.names[max(0, k - 3):k]):  # a name before the noun
        gap = text[e:p]
        if len(gap) > 60 or any(c in gap for c in ".,;:\"!?()\n"):
            continue
        between = [w.lower() for w in _BETWEEN_WORDS.findall(gap)]
        if between[:1] in (["'s"], ["\u2019s"]) or (between and between[0] in ("'", "\u2019")):
            between = between[1:]  # "Roe's new ad"
        if len(between) <= 2 and all(w.islower() and w not in SPEAKER_ARTICLES
                                     and w not in SPEAKING_FORMS for w in between) \
                and not ISSUING_VERBS.intersection(between) \
                and ISSUER_BODY_NOUNS.isdisjoint(between) \
                and ROLE_NOUNS.isdisjoint(between):  # "a Roe campaign memo": no name
            return ent  # "Roe's new ad", "a Harbor Research poll" (not "Roe said the report")
        if len(between) <= 6 and ISSUING_VERBS.intersection(between) and (
                doc.notes[bisect_left(doc.names, (s, -1, -1))][1] & SUBJECT
                or _verb_subject(doc, s, between)):
            return _spoken_as(doc, s, ent)  # "Roe released a report", "Lima said Roe sent it"
    after = _issuer_named_after(doc, k, end)
    if after is not None:
        return after
    framed = _issuer_of_frame(doc, p)
    return framed if framed is not None else _subject_issuer(doc, k, p)


def _subject_issuer(doc: _Document, k: int, p: int) -> int | None:
    """"Forward Tula, a group backing Ana Lima, released a $4 million ad on Tuesday": the
    subject of its sentence issued a document noun that an issuing verb has as its object
    (a few words before it, with no punctuation between: ``k``, the index of the first name
    after the noun at ``p``)."""
    sent = doc.sent_starts[bisect_right(doc.sent_starts, p) - 1] if doc.sent_starts else 0
    before = doc.text[max(sent, p - 50):p].split(",")[-1].split()
    verb = next((j for j in range(len(before) - 1, max(-1, len(before) - 7), -1)
                 if before[j].lower() in ISSUING_VERBS), None)
    if verb is None or any(not (w.isalpha() or w[0].isdigit() or w[0] in "$£€")
                           for w in before[verb + 1:]):
        return None
    lo = bisect_left(doc.names, (sent, -1, -1))
    for j in range(lo, k):
        if doc.notes[j][1] & SUBJECT:
            start, end, ent = doc.names[j]
            if start >= p or doc.text.startswith(" and ", end):
                return None  # "Ana Lima and Jo Roe filed a suit": not one of them alone
            return ent
    return None


def _spoken_as(doc: _Document, pos: int, ent: int) -> int:
    """The entity that a resolved frame's speaker mention holding the name at ``pos`` stands
    for ("the Oregon Democrat released a report claiming ...": the senator), else ``ent``."""
    lo = bisect_left(doc.cue_starts, pos - ADJUNCT_CUE_REACH)
    hi = min(bisect_right(doc.cue_starts, pos + ADJUNCT_CUE_REACH), len(doc.frame_entity))
    for fi in range(lo, hi):
        f, e = doc.frames[fi], doc.frame_entity[fi]
        if e is not None and f.speaker[0] <= pos < f.speaker[1]:
            return e
    return ent


def _verb_subject(doc: _Document, s: int, between: list[str]) -> bool:
    """"Lima said Roe provided a memo": a name right before an issuing verb, not the object
    of a preposition ("aides to Roe sent a memo"), is that verb's subject though it is not
    its sentence's first name."""
    before = doc.text[max(0, s - 20):s].split()[-1:]
    return bool(between) and between[0] in ISSUING_VERBS \
        and not (before and before[0].lower() in OBLIQUE_PREPOSITIONS
                 and before[0].lower() not in SUBORDINATORS)  # "after Roe filed a suit"


#: How far before a document noun a frame's cue may be for the noun to be its adjunct.
ADJUNCT_CUE_REACH: Final = 200
_IN_DOCUMENT: Final = re.compile(r"\b[Ii]n\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}$")


def _issuer_of_frame(doc: _Document, p: int) -> int | None:
    """"Vale Bank said in a report that ...", "In a letter, Roe asked ...", "according to a
    report from X": a document noun inside a resolved frame's speaker mention, or in an "in
    a ..." adjunct of a frame in its sentence, was issued by that frame's speaker."""
    sent = bisect_right(doc.sent_starts, p) - 1
    adjunct = _IN_DOCUMENT.search(doc.text, max(0, p - 40), p) is not None
    lo = bisect_left(doc.cue_starts, p - ADJUNCT_CUE_REACH)
    hi = min(bisect_right(doc.cue_starts, p + ADJUNCT_CUE_REACH), len(doc.frame_entity))
    for fi in range(lo, hi):
        f, ent = doc.frames[fi], doc.frame_entity[fi]
        if ent is None:
            continue
        if f.speaker[0] <= p < f.speaker[1] or (
                adjunct and f.sentence == sent and not f.content[0] <= p < f.content[1]):
            return ent
    return None


def _passive_issue(after: list[str]) -> bool:
    """"has been filed by", "was released by": auxiliaries, an issuing participle, then
    "by" or "from" (not "a lawsuit has the Vale Party worried")."""
    k = next((j for j, w in enumerate(after) if w not in PASSIVE_AUXILIARIES), len(after))
    return 0 < k < len(after) - 1 and after[k] in ISSUED_BY and after[k + 1:] in (
        ["by"], ["from"], ["by", "the"], ["from", "the"])


def _issuing_role(doc: _Document, m: _Mention, at: int) -> _Resolved | None:
    """"a filing by the co-op in the county court", "a statement from the company": a role
    noun after "by" or "from" right after a document noun stands for whom the role recalls."""
    found = _BY_ROLE.match(doc.text, at)
    if found is None or found.end() > m.span[1]:
        return None
    role = found.group(1).lower()
    if role not in ROLE_NOUNS:
        return None
    ent = _resolve_role(doc, role, m.span[0])
    if ent is None:
        return None
    en = doc.index.entities[ent]
    words = set(ORG_ROLES.get(role, ())) | {role}
    if not (_bears_role(en, role) or not words.isdisjoint(en.tokens)
            or not words.isdisjoint(_compound_parts(en.name))):
        return None  # the role's holder only, not whoever was named last
    return _Resolved(ent, m.surface)


#: "by the co-op", "from the agency" after a document noun (``_issuing_role``).
_BY_ROLE: Final = re.compile(r"\s*(?:by|from)\s+the\s+([a-z][a-z-]+)\b")


def _issue_gap(after: list[str]) -> bool:
    """"released | by", "published last month | by the": are the words between a document
    noun and a name an issuing participle, perhaps a time adjunct, and "by" or "from" (or
    "for", "the")?"""
    k = len(after) - 1
    while k >= 0 and after[k] in _ISSUE_LINKS:
        k -= 1
    start = time_adjunct_start(after, k)
    return (start > k or (start > 0 and after[start - 1] in ISSUED_BY)) and all(
        w in ISSUED_BY or w in _ISSUE_LINKS for w in after[:start])


#: Words that may link an issuing participle to its issuer's name.
_ISSUE_LINKS: Final = frozenset({"by", "from", "the", "for"})


def _issuer_named_after(doc: _Document, k: int, end: int) -> int | None:
    """"a report released by Roe", "a letter from the Front", "a survey of 500 adults by
    the brokerage Tallow & Finch": the issuer named after a document noun ending at ``end``
    (``k``: the index of the first name after it)."""
    for s, _, ent in doc.names[k:k + 2]:
        after = [w.lower() for w in _BETWEEN_WORDS.findall(doc.text[end:s])]
        if len(after) > 2 and after[-2] == "the" and after[-3] in ("by", "from") \
                and after[-1].isalpha():
            after.pop()  # "by the brokerage | Tallow & Finch": a noun apposed to the name
        if s - end <= 50 and after and after[-1] in ("by", "from", "the") and _issue_gap(after):
            return ent  # "a report released by Roe", "a study published last month by Roe"
        if s - end <= 50 and _passive_issue(after):
            return ent  # "a lawsuit has been filed by Roe"
    return None


#: How far the most salient fitting entity must outweigh the next for a description to
#: stand for it.
DESCRIPTION_MARGIN: Final = 2.0


#: How a speaker mention is resolved, in order: (name, step).  A step returns None when it
#: does not apply; the pronoun step decides even when it finds no entity.
RESOLVER_STEPS: tuple[tuple[str, Callable[[_Document, _Mention], _Resolved | None]], ...] = (
    ("subject_of_own_clause", _subject_of_own_clause),
    ("subject_of_previous_sentence", _subject_of_previous_sentence),
    ("owned_document_they", _owned_document_they),
    ("unnamed_group_they", _unnamed_group_they),
    ("topic_adjunct", _topic_adjunct),
    ("subject_of_first_conjunct", _subject_of_first_conjunct),
    ("subject_of_main_clause", _subject_of_main_clause),
    ("possessor_of_first_conjunct", _possessor_of_first_conjunct),
    ("reported_person", _reported_person),
    ("group_member", _group_member),
    ("body_possessor", _body_possessor),
    ("nearer_unnamed_group", _nearer_unnamed_group),
    ("subordinate_subject", _subordinate_subject),
    ("fronted_clause_cataphora", _fronted_clause_cataphora),
    ("subject_of_fronted_content", _subject_of_fronted_content),
    ("pronoun", _pronoun_step),
    ("party_member", _party_member),
    ("polled_group", _polled_group),
    ("member_at_organisation", _member_at_organisation),
    ("speaker_for_body", _speaker_for_body),
    ("body_staff", _body_staff),
    ("named_body_staff", _named_body_staff),
    ("coordinated_names", _coordinated_names),
    ("relative_apposition", _relative_apposition),
    ("apposed_name", _apposed_name),
    ("inner_apposed_name", _inner_apposed_name),
    ("trailing_apposed_name", _trailing_apposed_name),
    ("principal_office", _principal_office),
    ("name_in_mention", _name_in_mention),
    ("issuer_in_mention", _issuer_in_mention),
    ("place_institution", _place_institution),
    ("issuer_after_mention", _issuer_after_mention),
    ("issuing_relative", _issuing_relative),
    ("possessive_document", _possessive_document),
    ("coordinated_roles", _coordinated_roles),
    ("role_of_previous_subject", _role_of_previous_subject),
    ("former_holder", _former_holder),
    ("object_of_role_verb", _object_of_role_verb),
    ("role_noun", _role_noun),
    ("executive_seat", _executive_seat),
    ("role_named_next", _role_named_next),
    ("kin_noun", _kin_noun),
    ("age_description", _age_description),
    ("document_issuer", _document_issuer),
    ("repeated_speaker_noun", _repeated_speaker_noun),
    ("synonym_issuer", _synonym_issuer),
    ("nominalised_issuer", _nominalised_issuer),
    ("court_issuer", _court_issuer),
    ("named_place", _named_place),
    ("repeated_body", _repeated_body),
    ("document_authors", _document_authors),
    ("chain_document", _chain_document),
    ("description", _description),
)

#: The classes of mention a resolver step can act on, by step name (``_mention_class``; a
#: step not named may act on any): it returns None for every other class (its first checks),
#: so it is not asked there.  "pronoun": a pronoun alone ("he", "them", "it"); "determiner":
#: a determiner first ("the spokesman", "a report", "her sister"); "other": the rest ("Roe",
#: "officials", "Roe's office").
RESOLVER_STEP_KINDS: Final[dict[str, frozenset[str]]] = {
    **dict.fromkeys(("subject_of_own_clause", "subject_of_previous_sentence",
                     "owned_document_they", "unnamed_group_they", "topic_adjunct",
                     "subject_of_first_conjunct",
                     "subject_of_main_clause", "possessor_of_first_conjunct",
                     "reported_person", "group_member",
                     "body_possessor",
                     "nearer_unnamed_group", "subordinate_subject", "fronted_clause_cataphora",
                     "subject_of_fronted_content", "pronoun"), frozenset({"pronoun"})),
    **dict.fromkeys(("party_member", "relative_apposition", "issuer_after_mention",
                     "possessive_document", "coordinated_roles", "role_of_previous_subject",
                     "former_holder", "object_of_role_verb", "executive_seat",
                     "role_named_next", "kin_noun",
                     "document_issuer", "repeated_speaker_noun", "synonym_issuer",
                     "nominalised_issuer", "court_issuer", "named_place", "repeated_body",
                     "document_authors", "chain_document",
                     "description"), frozenset({"determiner"})),
}
_STEP_DISPATCH: WordDispatch[Callable[[_Document, _Mention], _Resolved | None]] = WordDispatch(
    lambda: RESOLVER_STEPS, RESOLVER_STEP_KINDS)
#: Every word a pronoun step reads as a pronoun alone ("her", "himself", "they").
_PRONOUN_WORDS: Final = frozenset(PRONOUNS) | frozenset(OBJECT_PRONOUNS) \
    | frozenset(SEXED_PRONOUNS) | frozenset(PRONOUN_HEAD_KINDS)


def _mention_class(toks: list[Token]) -> str:
    """A mention's class for ``RESOLVER_STEP_KINDS``: "pronoun" for a pronoun alone ("she"),
    "determiner" when its first token or first word is a determiner ("the mayor", "its
    report"), else "other" ("Jo Roe")."""
    first = toks[0].lower
    if len(toks) == 1 and first in _PRONOUN_WORDS:
        return "pronoun"
    if first in DETERMINERS:
        return "determiner"
    if toks[0].text[0].isalnum():
        return "other"  # (the first word is the first token)
    word = next((t.lower for t in toks if t.text[0].isalnum()), "")
    return "determiner" if word in DETERMINERS else "other"


def _name_is_head(toks: list[Token], name_end: int, head_end: int) -> bool:
    """A name heads the mention unless plain nouns follow it ("Syrian state media"); a
    descriptor ("the Reuters news agency") or a comma-apposition may follow; the period of
    an abbreviation ending the name ("Kestrel Corp.") is part of it."""
    after = [t for t in toks if name_end <= t.start < head_end
             and not (t.start == name_end and t.text == ".")]
    if not after or after[0].text == "," or ((after[0].lower in AFFILIATION_PREPOSITIONS
                                              or after[0].text == MEMBERSHIP_PREPOSITION) and all(
            is_capitalised(t) or t.lower == "the" or t.lower in AFFILIATION_PREPOSITIONS
            or t.lower in NAME_CONNECTORS or t.lower == "'s" for t in after[1:])):
        return True  # "Jo Roe of the Tula Center for Energy Studies", "Dr. Jo Roe of Vell
        # Children's Hospital": a person of a body
    if len(after) >= 3 and after[0].lower in AFFILIATION_PREPOSITIONS and after[1].lower == "the" \
            and _names_a_person(toks, name_end) \
            and all(t.text.isalpha() and t.text.islower() for t in after[2:]) and (
            after[-1].lower in ORG_SUFFIXES or after[-1].lower in ORG_ROLES):
        return True  # "Supt. Jo Roe of the regional police": a person of an unnamed body
    return tuple(t.lower for t in after) in DESCRIPTOR_NOUNS


def _names_a_person(toks: list[Token], name_end: int) -> bool:
    """Do the capitalised words before ``name_end`` make a person's name: a given name and a
    word after it, or a title or a person's role first, and no body's word last
    ("Superintendent Arno Pell", not "Tula Chapter")?"""
    words = [t.lower for t in toks if t.end <= name_end and is_capitalised(t)]
    given = given_names()
    return len(words) >= 2 and words[-1] not in ORG_SUFFIXES \
        and words[-1] not in BODY_PART_NOUNS and (any(w in given for w in words[:-1])
                                                  or words[0] in PERSON_ROLES
                                                  or words[0] in HONORIFICS)


#: Words that are no noun of an office's field ("head of research at Orlo").
_NOT_FIELD_WORDS = DETERMINERS | HEAD_PREPOSITIONS | OBLIQUE_PREPOSITIONS \
    | NAME_JOINERS


def _office_of_field(toks: list[Token], k: int) -> bool:
    """"master of ceremonies Jo Roe", "chief of staff Ana Lima": "of" and one or two bare
    lower-case nouns (no determiner) make an office with the singular head before them when
    a name of two words or more follows them and ends the mention ("a chorus of leading
    Democrats" is no office); the name heads the mention then."""
    if toks[k].lower != "of" or looks_plural(toks[k - 1].lower):
        return False
    for j in (k + 2, k + 3):
        field = toks[k + 1:j]
        rest = toks[j:]
        if len(field) == j - k - 1 and len(rest) >= 2 and all(
                t.text.isalpha() and t.text.islower() and t.lower not in _NOT_FIELD_WORDS
                for t in field) and all(is_capitalised(t) or t.text == "." for t in rest):
            return True
    return False


def _head_end(toks: list[Token]) -> int:
    """Offset where a prepositional phrase or an issuing participle ("the report published
    Tuesday") after a lower-case head starts, or a relative clause after any head ("Parents
    who met Ana Lima") (else the end)."""
    for k in range(1, len(toks)):
        if _office_of_field(toks, k):
            break  # "master of ceremonies Jo Roe": the name heads the mention
        if toks[k].lower in RELATIVE_WORDS and toks[k].text.islower() and is_word(toks[k - 1]):
            return toks[k].start
        if (toks[k].lower in HEAD_PREPOSITIONS or _ends_head(toks, k)
                or (toks[k].lower in DOCUMENT_TOPIC_PREPOSITIONS
                    and toks[k - 1].lower in DOCUMENT_HEADS)) \
                and toks[k].text.islower() and toks[k - 1].lower not in DETERMINERS \
                and toks[k - 1].text.islower():
            return toks[k].start  # ("An article about Sen. Rae Lind": no name of its head)
        if toks[k].text == ",":
            if k + 2 == len(toks) and toks[k + 1].lower in RELATIVE_WORDS:
                return toks[k].start  # "Jo Roe of Vale Bank, who": the relative's antecedent
            return toks[k].start if not is_capitalised(toks[k - 1]) else toks[-1].end
    return toks[-1].end


def _ends_head(toks: list[Token], k: int) -> bool:
    """Is token ``k`` a participle that ends a document noun's head: one of seeing ("a memo
    | seen by Reuters": who saw it), or one of issuing with no "by", "from" or "for" after it
    ("the report | published Tuesday in the Lancet"; "a survey conducted by WBUR" names its
    issuer in the head's phrase)?"""
    low = toks[k].lower
    return k + 1 < len(toks) and (low in VIEWED_BY or (low in ISSUED_BY and not any(
        t.lower in ("by", "from", "for") for t in toks[k + 1:])))


_INNER_CAPITAL: Final = re.compile(r"(?<=[a-z])[A-Z][a-z]+")


def _compound_parts(name: str) -> set[str]:
    """"EgyptAir" ... "the airline": the capitalised parts inside a one-word name written as
    a compound ("air"), which a role noun may stand for as it does for a whole word."""
    return {p.lower() for p in _INNER_CAPITAL.findall(name)} if name.isalpha() else set()


#: Role nouns that a name introduced with a noun for a business ("the oil giant X") takes.
_BUSINESS_ROLES = frozenset({"company", "firm"})
#: Roles of private bodies, which a public body's name never fills ("the bank" is no
#: "Statistics Bureau"; ``PUBLIC_BODY_HEADS``).
_PRIVATE_ROLES = _BUSINESS_ROLES | {"bank", "lender", "insurer"}
#: Words that make a business of a name only as words of the name ("Orlo Group"): a name
#: introduced as a "group" ("the Tula rebel group") is no company.
_BUSINESS_NAME_ONLY = frozenset({"group"})


def _public_body(en: _Entity) -> bool:
    """Is the entity a public body ("the Orlo Utilities Commission", "the Department of
    Energy": its name's head in ``PUBLIC_BODY_HEADS``) or a place's government ("the port
    city of Drevna"), which no private body's role stands for (``_PRIVATE_ROLES``)?"""
    return _name_head(en.tokens) in PUBLIC_BODY_HEADS or not LOCALITY_NOUNS.isdisjoint(en.roles)


def _name_head(tokens: tuple[str, ...]) -> str:
    """The head word of a lower-cased name: the word before its first "of" ("department" of
    "Department of Energy"), else its last ("commission"); "" for no words."""
    if "of" in tokens[1:]:
        return tokens[tokens.index("of", 1) - 1]
    return tokens[-1] if tokens else ""


def _former_only(en: _Entity, role: str) -> bool:
    """"former Gov. Ana Lima": the entity held the office ``role`` before and bears no other
    office, so the "former" is that office's ("Gov. Ana Lima, a former senator" is still
    the governor)."""
    if "former" not in en.roles or role not in _OFFICES:
        return False
    offices = {TITLE_ROLES.get(r.rstrip("."), r) for r in en.roles} & _OFFICES
    return offices == {role}


#: Kinds of entity that hold no person's role.
_NO_PERSON_KINDS: Final = frozenset({"org", "place", "thing", "document"})


def _resolve_role(doc: _Document, role: str, before: int, home: str = "") -> int | None:
    """Most recent entity introduced with this role word (or a title standing for it: "Sen.
    Roe" is "the senator"), or whose name carries it; else, for the role of a person a story
    is about ("the candidate"), the most salient person that fits.  With a place ``home``
    ("the Florida senator") a person who stands for it is taken first, and one who stands
    for another place never."""
    ent = _role_holder(doc, role, before, home)
    return ent if ent is not None else _unnamed_role_holder(doc, role, before, home)


def _role_holder(doc: _Document, role: str, before: int, home: str) -> int | None:
    """The latest entity that bears the role or whose name carries it (``_resolve_role``)."""
    words = set(ORG_ROLES.get(role, ())) | {role}
    org_role = role in ORG_ROLES
    role_words = words - _BUSINESS_NAME_ONLY if role in _BUSINESS_ROLES else words
    body_words = frozenset(BODY_HELD_PERSON_ROLES.get(role, ()))  # "the pollster"
    hi = bisect_left(doc.names, (before, -1, -1))
    section = _section_start(doc, before)
    for k in range(hi - 1, max(-1, hi - 1 - LOOKBACK), -1):
        if doc.names[k][0] < section:
            break  # a live blog's earlier entry is another story
        ent = doc.names[k][2]
        en = doc.index.entities[ent]
        if _other_home(en, home):
            continue
        if home.startswith(HOME_PLACE) and home in en.roles and not org_role:
            return ent
        if not org_role and ((en.kind in _NO_PERSON_KINDS and en.tokens[-1:] == (role,))
                             or en.tokens == (role,)
                             or _coordinated(en.tokens) or _former_only(en, role)):
            continue  # "the leader" is no paper named "Harlow Union Leader", nor the role
            # word alone a headline capitalised ("Justice vows ..."), "the mayor" not both
            # of "Roe and Lima", "the governor" not "former Gov. Ana Lima"
        if org_role and len(en.tokens) == 1 and (en.tokens[0] in _COMPANY_WORDS
                                                 or en.tokens == (role,)):
            continue  # "Secretary for Renewables", "Minister for Mining", "Network": a
            # business word or the role word alone names no body
        if role in _PRIVATE_ROLES and _public_body(en):
            continue  # "the Orlo Utilities Commission", "the Department of Energy": no company
        if _bears_role(en, role) or (org_role and (words & set(en.tokens) or role_words & en.roles
                                                   or words & _compound_parts(en.name))) \
                or (en.kind in ("org", "unknown") and not body_words.isdisjoint(en.tokens)) \
                or (role == "union" and _workers_association(en)) \
                or (role in _BUSINESS_ROLES and en.kind != "person"
                    and not COMPANY_DESCRIPTIONS.isdisjoint(en.roles)):
            if org_role and (en.kind == "unknown" or (
                    en.tokens[-1] in words and en.roles <= {DEFINITE} and en.kind == "person")):
                en.kind = "org"  # "Skylane Airways ... the airline", "the Orlo Sentinel"
            return ent
    return None


def _workers_association(en: _Entity) -> bool:
    """"the Association of Flight Attendants ... the union": an association named for the
    working people of a trade (``TRADE_WORKER_NOUNS``; not "the Association of
    Manufacturers") is a union."""
    return "association" in en.tokens and not TRADE_WORKER_NOUNS.isdisjoint(en.tokens)


def _unnamed_role_holder(doc: _Document, role: str, before: int, home: str) -> int | None:
    """With no one named in the role: the principal organisation or team, or the principal
    person (``_resolve_role``; a bare "the administration" is left to ``executive_seat``)."""
    if role in PRINCIPAL_ORG_ROLES:
        return _principal_org(doc, before, role)
    if role in TEAM_ROLES:
        return _principal_team(doc, before)
    if role not in PRINCIPAL_ROLES:
        return None
    sex = PRINCIPAL_ROLES[role]

    def fits(ent: int) -> float:
        en = doc.index.entities[ent]
        return float(en.kind == "person" and (sex is None or en.gender in (None, sex))
                     and not _other_home(en, home))

    principal = _principal(doc, fits, before)
    return principal if principal is not None else _most_salient(doc, fits, (before, before),
                                                                 None)


def _principal_org(doc: _Document, before: int, role: str) -> int | None:
    """"Quillon said ... The company said": the most salient organisation, or name of
    unknown kind and sex that has spoken or stood where only an organisation stands
    (``_org_position``; at half weight), which the role then makes an organisation; a
    business's role never a public body or a place's government ("the bank" is no
    "Statistics Bureau", no "city of Drevna")."""
    business = role in _PRIVATE_ROLES

    def fit(e: int) -> float:
        en = doc.index.entities[e]
        if business and _public_body(en):
            return 0.0
        return 1.0 if en.kind == "org" else _description_fit(en, ("org",)) * float(
            (e in doc.speaking or e in doc.org_placed) and not _coordinated(en.tokens))

    ent = _most_salient(doc, fit, (before, before), None)
    if ent is not None and doc.index.entities[ent].kind == "unknown":
        doc.index.entities[ent].kind = "org"
    return ent


def _principal_team(doc: _Document, before: int) -> int | None:
    """"The Carver Bulls fired their coach. The team said ...": the most salient name of two
    or more words ending in a plural, no person, which the role makes an organisation."""
    def fit(e: int) -> float:
        """A name of unknown kind, of two or more words, the last a plural, none a word of
        an organisation's name ("Carver Bulls"; not "Vale Labs", "University of Leeds")."""
        en = doc.index.entities[e]
        return float(en.kind == "unknown" and len(en.tokens) > 1 and looks_plural(en.tokens[-1])
                     and en.gender is None and ORG_SUFFIXES.isdisjoint(en.tokens)
                     and _COMPANY_WORDS.isdisjoint(en.tokens))

    if _TEAM_NOUN.search(doc.text, max(0, before - TEAM_NOUN_REACH), before):
        return None  # "a team of auditors", "the research team": a team that is no side
    ent = _most_salient(doc, fit, (before, before), None)
    if ent is not None:
        doc.index.entities[ent].kind = "org"
    return ent


#: "team" as a common noun ("a team of", "research team"), and how far before a "the team"
#: it is looked for (characters).
_TEAM_NOUN: Final = re.compile(
    r"\b(?:" + "|".join(sorted(WORKING_TEAM_MODIFIERS)) + r") team\b", re.IGNORECASE)
TEAM_NOUN_REACH: Final = 1500
#: Words of a business name ("Vale Labs"): no sports side.
_COMPANY_WORDS: Final = frozenset(ORG_ROLES["company"]) | frozenset(ORG_ROLES["firm"])


#: How many earlier names the principal of a story is counted over, and how far the most
#: mentioned fitting entity must outnumber the next.
PRINCIPAL_LOOKBACK: Final = 400
PRINCIPAL_MARGIN: Final = 1.5


def _principal(doc: _Document, fits: Callable[[int], float], before: int) -> int | None:
    """"... the candidate said": the story's principal, the fitting entity mentioned most
    often so far, when it is mentioned at least twice as often as any other."""
    hi = bisect_left(doc.names, (before, -1, -1))
    counts: dict[int, int] = {}
    for _, _, ent in doc.names[max(0, hi - PRINCIPAL_LOOKBACK):hi]:
        counts[ent] = counts.get(ent, 0) + 1
    ranked = sorted(((n, e) for e, n in counts.items() if fits(e) > 0), reverse=True)[:2]
    if not ranked or (len(ranked) == 2 and ranked[0][0] < PRINCIPAL_MARGIN * ranked[1][0]):
        return None
    return ranked[0][1]


def _compatible(doc: _Document, pron: str, ent: int) -> bool:
    """Can the pronoun refer to the entity: "he"/"she" to a person of that sex (or a name
    not known to be anything else that has spoken), "it" to an organisation, a document or
    a place, "they" to a group or an organisation?"""
    en = doc.index.entities[ent]
    kind = en.kind
    if GENERIC in en.roles or _party_epithet(en):
        return False
    if pron in PERSONAL_PRONOUNS:
        sex = en.gender
        if sex is not None and sex != SEXED_PRONOUNS[pron]:
            return False
        if _article_name(doc, ent):
            return False
        return kind == "person" or (kind == "unknown" and (
            ent in doc.speaking or sex is not None or len(en.tokens) > 1))
    if pron == "it":  # a place only when it acts in the story ("China hopes"; not "in Ohio")
        return kind in ("org", "document") or (kind == "place" and ent in doc.acting) or (
            kind == "unknown" and ent in doc.speaking and en.gender is None)
    if pron == "they":
        return kind in ("org", "group") or (
            kind == "unknown" and ent in doc.speaking and en.gender is None)
    return False


def _article_name(doc: _Document, ent: int) -> bool:
    """"the Lakeview Pavilion": a name of unknown kind that the text writes only ever after
    "the" names no person (a person's name takes no article), so no "he" or "she" refers to
    it ("the Roe case" once is a modifier: "Roe" alone elsewhere may still be a person)."""
    return ent not in doc.bare and doc.index.entities[ent].kind == "unknown"


def _party_epithet(en: _Entity) -> bool:
    """"The bill was a blow to the Ohio Republican, who ...": "the", a home place and a party
    noun describe a politician named elsewhere (``party_member`` resolves it as a speaker);
    no pronoun refers to it as to a name of its own."""
    words = en.name.split()
    if DEFINITE not in en.roles or en.kind != "unknown" or not 2 <= len(words) <= 3 \
            or words[-1].lower() not in PARTY_MEMBER_NOUNS:
        return False
    home = _home_of(words[:-1])
    return home.startswith(HOME_PLACE) and len(home.split()) == len(words) - 1


def _resolve_pronoun(doc: _Document, pron: str, span: tuple[int, int], fi: int) -> int | None:
    """Pronoun -> entity: a first person inside a quote is the quote's speaker; otherwise the
    speaker of the attribution chain it continues (the previous frame, in this or the
    previous paragraph, with no fitting person named in between), else the most salient
    fitting entity of the last paragraphs."""
    if pron in FIRST_PERSON:
        return None if pron == "we" else _quote_speaker(doc, span, fi)
    if pron == "you" or (pron == "they" and _unnamed_group_chain(doc, span, fi)) or (
            pron == "it" and (_unnamed_document_chain(doc, span, fi)
                              or _unnamed_body_chain(doc, span, fi))):
        return None
    hearers = _hearers(doc, fi) | _named_in_own_quote(doc, pron, fi)
    pk = _chain_frame(doc, fi)  # (the frame the chain goes on from, asked once)
    asked = _asked_one(doc, pron, span, pk)
    if asked is not None and asked not in hearers:
        return asked
    personal = pron in PERSONAL_PRONOUNS

    def fits(ent: int) -> float:  # a name the pronoun may refer to, no hearer of the frame
        return 0.0 if ent in hearers else float(_fit(doc, pron, ent) >= UNKNOWN_SEX_FIT)

    introduced = _colon_intro_subject(doc, span, fi, fits) if personal else None
    if introduced is not None:
        return introduced
    chained = _chain_speaker(doc, pron, span, fi, pk)
    if chained is not None and chained not in hearers:
        described = _described_subject(doc, span, fi, fits) if personal else None
        return chained if described is None else described
    if personal:
        centre = _previous_subject(doc, _clause_start(doc, span, fi), fits)
        if centre is None:
            centre = _described_subject(doc, span, fi, fits)
        if centre is None:
            centre = _centre_past_given_name(doc, pron, span, hearers)
        if centre is not None:
            return centre
    return _most_salient(doc, lambda ent: 0.0 if ent in hearers else _fit(doc, pron, ent),
                         span, None if _as_aside(doc, fi) else doc.frames[fi])


def _as_aside(doc: _Document, fi: int) -> bool:
    """"Mrs. Roe's father once owned 3 mills in Tula, as she told the crowd": a frame opened
    by "as" after what it reports is an aside, not a clause whose subject governs the
    content, so a name in the content may be the one its pronoun refers to ("He said Roe's
    father owned 3 mills" is someone else)."""
    f = doc.frames[fi]
    return f.content[1] <= f.speaker[0] \
        and doc.text[max(0, f.speaker[0] - 4):f.speaker[0]].lower().split()[-1:] == ["as"]


def _colon_intro_subject(doc: _Document, span: tuple[int, int], fi: int,
                         fit: Callable[[int], float]) -> int | None:
    """'Marlow listed the rules: "Be polite," he said.': a "he" or "she" crediting a quote
    that a colon opens inside its own sentence is the subject of the clause before the
    colon, when that is a name the pronoun fits (the writer introduced the speaker), unless
    another name it fits ends right at the colon ("Hale read a letter from Marsh: '...,' he
    wrote" may be Marsh's)."""
    f = doc.frames[fi]
    if f.speaker != span or not _closes_quote(doc, fi):
        return None
    before = doc.text[max(0, f.content[0] - 4):f.content[0]].rstrip("\"\u201c'\u2018 ")
    if not before.endswith(":"):
        return None
    lo = bisect_left(doc.names, (_sentence_start(doc, f.content[0]), -1, -1))
    hi = bisect_left(doc.names, (f.content[0], -1, -1), lo, min(len(doc.names), lo + 16))
    k = next((k for k in range(lo, hi) if doc.notes[k][1] & SUBJECT
              and not doc.notes[k][1] & (REPORTED | QUOTED)), None)
    if k is None:
        return None
    ent, (_, last_end, last) = doc.names[k][2], doc.names[hi - 1]
    source = hi - 1 > k and last != ent and fit(last) > 0 \
        and not doc.text[last_end:doc.text.rfind(":", 0, f.content[0])].strip()
    return ent if fit(ent) > 0 and not source else None  # not "a letter from Marsh:"


def _asked_one(doc: _Document, pron: str, span: tuple[int, int], k: int | None) -> int | None:
    """'Roe asked Lima whether the rule was fair. "It is," he said': a "he" or "she" in a
    question put to one named person, or in the answer after it (its paragraph or the
    next), is the one asked, when the pronoun fits them (``k``: the chain's frame)."""
    if pron not in ("he", "she") or k is None:
        return None
    g = doc.frames[k]
    first = doc.text[g.content[0]:g.content[0] + 12].split()[:1]
    if doc.text[g.cue[0]:g.cue[1]].lower() not in _ASK_FORMS or g.cue[0] < g.speaker[1] \
            or not first or first[0].lower() not in _QUESTION_OPENERS or _para_of(
            doc.para_starts, span[0]) - _para_of(doc.para_starts, g.cue[0]) > 1:
        return None
    asked = _names_inside(doc, (g.cue[1], g.content[0]))
    if len(asked) != 1 or any(w.islower() for w in doc.text[g.cue[1]:asked[0][0]].split()) \
            or doc.text[asked[0][1]:g.content[0]].strip(" ,"):
        return None  # "asked Roe whether", "asked Sen. Roe about"; not "asked her to call Roe"
    ent = asked[0][2]
    return ent if ent != doc.frame_entity[k] and doc.index.entities[ent].kind in (
        "person", "unknown") and _compatible(doc, pron, ent) else None


_ASK_FORMS: Final = frozenset(SPEECH_VERBS["ask"])
#: Words that open what a question asks ("asked Roe whether ...", "asked Roe about ...").
_QUESTION_OPENERS: Final = QUESTION_WORDS | QUESTION_TOPIC_WORDS


def _described_subject(doc: _Document, span: tuple[int, int], fi: int,
                       fit: Callable[[int], float]) -> int | None:
    """"The Tula senator is struggling to hold on. He says ...": a "he" or "she" opening its
    sentence continues the previous sentence's subject when that is a description of a
    person ("the", modifiers, a person's role noun, then no "of" or possessive) standing for
    someone the pronoun fits (centering over a description)."""
    start = _clause_start(doc, span, fi)
    here = bisect_right(doc.sent_starts, start) - 1
    if here < 1 or doc.text[doc.sent_starts[here]:start].strip(" \"'\n") \
            not in _OPENING_CONJUNCTIONS:
        return None
    lo, hi = doc.sent_starts[here - 1], doc.sent_starts[here]
    toks = doc.tokens(lo, min(hi, lo + 80))
    if len(toks) < 3 or toks[0].lower != "the":
        return None
    for h in range(1, min(5, len(toks) - 1)):
        t = toks[h]
        if t.text.islower() and t.lower in ROLE_NOUNS and _head_kind(t.lower) == "person":
            if toks[h + 1].lower in ("of", "'s", ",", "and") or toks[h + 1].text[:1].isupper():
                return None  # "The judge of ...", "The judge Roe named": no subject alone
            home = _home_of([x.text for x in toks[1:h]])
            ent = _described_holder(doc, toks[:h + 1], fi, home)
            if ent is None or (home and home not in doc.index.entities[ent].roles):
                return None  # "The Tula senator": only someone who stands for Tula
            return ent if fit(ent) > 0 else None
        if not t.text.isalpha() or t.lower in AUXILIARIES:
            return None
    return None


def _described_holder(doc: _Document, toks: list[Token], fi: int, home: str) -> int | None:
    """Whom a description ending in a person's role noun stands for: "the former governor"
    its former holder (``_former_holder``), else the role's holder."""
    role = toks[-1].lower
    if any(t.lower == "former" for t in toks[1:-1]):
        span = (toks[0].start, toks[-1].end)
        m = _Mention(span, fi, toks, " ".join(t.text for t in toks), span[1])
        found = _former_holder(doc, m)
        return found.entity if found is not None else None
    return _resolve_role(doc, role, toks[0].start, home)


def _centre_past_given_name(doc: _Document, pron: str, span: tuple[int, int],
                            hearers: set[int]) -> int | None:
    """"Marty Walz chairs the panel. Walz spoke last. She said ...": a "he" or "she" opening
    its sentence continues the previous sentence's subject though its given name tells the
    other sex (a statistic), when no person the pronoun fits is named from the paragraph
    before up to it (the text decides, and its sex is the pronoun's from then on)."""
    if pron not in ("he", "she"):
        return None
    sex = SEXED_PRONOUNS[pron]

    def other_sex(ent: int) -> float:
        en = doc.index.entities[ent]
        return float(ent not in hearers and en.kind == "person" and en.gender != sex
                     and en.sex_from_name_only())

    centre = _previous_subject(doc, span[0], other_sex)
    if centre is None:
        return None
    pi = _para_of(doc.para_starts, span[0])
    lo_at = doc.para_starts[max(0, pi - 1)] if doc.para_starts else 0
    hi = bisect_left(doc.names, (span[0], -1, -1))
    lo = max(bisect_left(doc.names, (lo_at, -1, -1)), hi - LOOKBACK)
    if any(doc.index.entities[ent].kind == "person" and _compatible(doc, pron, ent)
           for _, _, ent in doc.names[lo:hi]):
        return None
    # the text has overruled the name: with the pronoun step's vote, "she" from now on
    doc.index.entities[centre].votes[0 if sex == "f" else 1] += 1
    return centre


def _unnamed_group_chain(doc: _Document, span: tuple[int, int], fi: int) -> bool:
    """"People briefed on the talks said ... They added", "Flood victims said ... They
    added": "they" after an unnamed source (a group noun before any postmodifier) in this
    or the previous paragraph continues it (no group or organisation named as a subject or
    speaker since)."""
    if fi == 0 or fi - 1 >= len(doc.frame_entity) or doc.frame_entity[fi - 1] is not None:
        return False
    prev = doc.frames[fi - 1]
    words = doc.text[prev.speaker[0]:prev.speaker[1]].lower().split()
    cut = next((k for k, w in enumerate(words) if w in _POSTMODIFIER_STARTS), len(words))
    if not any(w in GROUP_NOUNS or person_plural(w) for w in words[:cut][:4]) \
            or _para_of(doc.para_starts, span[0]) - _para_of(doc.para_starts, prev.cue[0]) > 1:
        return False  # only an unnamed source with a postmodifier ("people close to")
    return not _named_actor_between(doc, prev, prev.cue[0], span[0], ("group", "org"))


def _unnamed_document_chain(doc: _Document, span: tuple[int, int], fi: int) -> bool:
    """"The memo says rents rose. It also claims ...": "it" continues the chain of a document
    noun whose issuer is not named (in this or the previous paragraph): still unnamed."""
    pk = _chain_frame(doc, fi)
    if pk is None or doc.frame_entity[pk] is not None:
        return False
    prev = doc.frames[pk]
    return _para_of(doc.para_starts, span[0]) - _para_of(doc.para_starts, prev.cue[0]) <= 1 \
        and _document_speaker(doc.text[prev.speaker[0]:prev.speaker[1]])


def _unnamed_body_chain(doc: _Document, span: tuple[int, int], fi: int) -> bool:
    """"Ohio's farm bureau said ... it added": "it" continues the chain of a body described
    but not named (an organisation head noun; a place possessing it is not the speaker),
    in this or the previous paragraph, unless a body or place acted or spoke since."""
    pk = _chain_frame(doc, fi)
    if pk is None or doc.frame_entity[pk] is not None:
        return False
    prev = doc.frames[pk]
    if _para_of(doc.para_starts, span[0]) - _para_of(doc.para_starts, prev.cue[0]) > 1 \
            or _mention_kind(doc.text[prev.speaker[0]:prev.speaker[1]]) != "organisation":
        return False
    return not _named_actor_between(doc, prev, prev.speaker[1], span[0], ("org", "place"))


def _named_actor_between(doc: _Document, prev: Frame, start: int, end: int,
                         kinds: tuple[str, ...]) -> bool:
    """"Dock workers said ... Acme said ... They said": has a name of one of ``kinds``
    acted (as a subject or a speaker) between ``start`` and ``end``, outside what the
    earlier frame ``prev`` reports?  Then a pronoun no longer continues that frame."""
    lo = bisect_left(doc.names, (start, -1, -1))
    hi = bisect_left(doc.names, (end, -1, -1))
    return any(doc.notes[k][1] & (SUBJECT | SPEAKER)
               and doc.index.entities[doc.names[k][2]].kind in kinds
               and not prev.content[0] <= doc.names[k][0] < prev.content[1]
               for k in range(max(lo, hi - LOOKBACK), hi))


def _hearers(doc: _Document, fi: int) -> set[int]:
    """"He told Roe that ...": who a frame's speaker talks to (the names between its cue
    and its content) is not the speaker."""
    f = doc.frames[fi]
    if not f.speaker[1] <= f.cue[0]:
        return set()
    end = f.content[0]
    if end <= f.cue[1]:  # '"...," he told Roe.': up to the clause's end
        m = _CLAUSE_END.search(doc.text, f.cue[1], f.cue[1] + 60)
        end = m.start() if m else f.cue[1]
    return {ent for _, _, ent in _names_inside(doc, (f.cue[1], end))}


_CLAUSE_END: Final = re.compile(r"[,.;:!?\n]")


def _named_in_own_quote(doc: _Document, pron: str, fi: int) -> set[int]:
    """'He said, "Ada Lind changed everything."': a person named in full, or by a possessive
    ("Lind's best hope"), inside the quote a "he" or "she" speaks is someone the speaker
    talks about, not the speaker (a surname alone may modify a noun: "Lind voters")."""
    f = doc.frames[fi]
    if pron not in ("he", "she") or f.content[0] == 0 \
            or doc.text[f.content[0] - 1] not in _QUOTE_MARKS:
        return set()
    return {ent for s, e, ent in _names_inside(doc, f.content)
            if (" " in doc.text[s:e] or doc.text[e:e + 2] in ("'s", "\u2019s"))
            and doc.index.entities[ent].kind == "person"}


def _fit(doc: _Document, pron: str, ent: int) -> float:
    """How well the pronoun fits the entity: 0 when it cannot refer to it; for "he" and
    "she", less when the entity's sex is not known than when it agrees."""
    if not _compatible(doc, pron, ent):
        return 0.0
    en = doc.index.entities[ent]
    if pron in PERSONAL_PRONOUNS and en.kind != "person":
        return UNKNOWN_KIND_FIT
    if pron in PERSONAL_PRONOUNS and en.gender is None:
        return UNKNOWN_SEX_FIT
    return 1.0


def _chain_speaker(doc: _Document, pron: str, span: tuple[int, int], fi: int,
                   pk: int | None) -> int | None:
    """"The minister said ... He added ...": the entity of the chain's frame ``pk``
    (``_chain_frame``), in this or the previous paragraph, unless a fresher antecedent was
    named since.  "Moscow said ... he said" continues the chain too: "he" is someone
    speaking for it."""
    if pk is None:
        return None
    prev, prev_ent = doc.frames[pk], doc.frame_entity[pk]
    gap = _para_of(doc.para_starts, span[0]) - _para_of(doc.para_starts, prev.cue[0])
    if prev_ent is None or gap > 2 or (gap == 2 and not _closes_quote(doc, fi)):
        return None
    en = doc.index.entities[prev_ent]
    # "Moscow said ... he said" (someone speaking for it): only when no name the pronoun
    # fits came since; "Jo Roe said ... He added": past a sex only a given name tells, only
    # when no other person is named around (the text decides)
    document = _document_speaker(doc.text[prev.speaker[0]:prev.speaker[1]])
    speaks_for = en.kind in ("org", "place") and en.gender is None and not document
    # "Democrats said ... They said": "they" continues a group's chain
    fits = _compatible(doc, pron, prev_ent) or (pron == "it" and document) or (
        pron == "they" and en.kind == "group") or (
        pron in PERSONAL_PRONOUNS and (
            (en.kind == "unknown" and en.gender is None)
            or (speaks_for and not _fitting_named_since(
                doc, pron, prev, prev_ent, span, _para_start(doc, prev.cue[0]))
                and not _agreeing_person_before(doc, pron, prev, span))
            or (en.sex_from_name_only() and _sole_person(doc, prev, prev_ent, span))))
    return prev_ent if fits and not _blocked(doc, pron, prev, prev_ent, span, fi) else None


def _document_speaker(mention: str) -> bool:
    """"according to Senate filings ... he says": is a speaker mention headed by a document
    noun (written in lower case, before any postmodifier)?  No "he" speaks for a document,
    but "it" is the document ("Roe's new ad says ... It adds": Roe)."""
    head = _head_word(mention.split())
    return head.islower() and (head in DOCUMENT_HEADS or _plural_document(head))


def _head_word(words: list[str]) -> str:
    """"officials at the utility" -> "officials": the last word before any postmodifier
    (``_POSTMODIFIER_STARTS``, past the first word); "" for no words."""
    cut = next((k for k, w in enumerate(words) if k and w in _POSTMODIFIER_STARTS), len(words))
    return words[cut - 1] if cut else ""


def _closes_quote(doc: _Document, fi: int) -> bool:
    """'"...," he added.': does frame ``fi`` credit the quote that closes right before its
    speaker?  Such a quote chain may reach past one paragraph with no frame (an unattributed
    quote, or the writer's own question) to the speaker before it."""
    f = doc.frames[fi]
    return f.content[1] <= f.speaker[0] and f.content[1] > 0 \
        and doc.text[f.content[1]:f.speaker[0]].strip(" ,\n")[:1] in _QUOTE_MARKS


def _chain_frame(doc: _Document, fi: int) -> int | None:
    """'"Some say taxes will rise," she said.': the frame a pronoun's chain continues is the
    last one before it that is not reported inside its own content ("Some say") or inside
    an earlier frame's, inside another quotation, nor an unresolved "I" or "we" of a quote."""
    f = doc.frames[fi]
    for k in range(min(fi, len(doc.frame_entity)) - 1, max(-1, fi - 4), -1):
        g = doc.frames[k]
        if f.content[0] <= g.cue[0] < f.content[1] or _inside_quote(doc, g.speaker[0]) or (
                doc.frame_entity[k] is None
                and doc.text[g.speaker[0]:g.speaker[1]].lower() in FIRST_PERSON) \
                or _nested(doc, k):
            continue  # "I think" inside a quote: the quote's speaker, the same chain
        return k
    return None


def _nested(doc: _Document, k: int) -> bool:
    """"Roe noted that Lima has admitted she lost. '...,' he said": is frame ``k`` (its cue
    and speaker) reported inside what one of the resolved frames just before it reports?
    The chain goes on from that outer frame, not the nested one."""
    g = doc.frames[k]
    return any(doc.frame_entity[j] is not None
               and doc.frames[j].content[0] <= min(g.cue[0], g.speaker[0])
               and max(g.cue[1], g.speaker[1]) <= doc.frames[j].content[1]
               for j in range(max(0, k - 3), k))


def _para_start(doc: _Document, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts."""
    return doc.para_starts[_para_of(doc.para_starts, pos)] if doc.para_starts else 0


def _inside_quote(doc: _Document, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened earlier in its paragraph ('"Roe said no."')?"""
    p = _para_start(doc, pos)
    marks = doc.quote_marks  # found once per text by _Places
    return (bisect_left(marks, pos) - bisect_left(marks, p)) % 2 == 1


_QUOTE_MARK: Final = re.compile('"')


def _sole_person(doc: _Document, prev: Frame, prev_ent: int, span: tuple[int, int]) -> bool:
    """"Jo Halvorsen said ... He added": is the chain's speaker the only person (or name of
    unknown kind) named from the paragraph before its frame's up to the pronoun?  Only then
    may the text overrule a sex its given name tells."""
    pi = _para_of(doc.para_starts, prev.cue[0])
    lo_at = doc.para_starts[max(0, pi - 1)] if doc.para_starts else 0
    hi = bisect_left(doc.names, (span[0], -1, -1))
    lo = max(bisect_left(doc.names, (lo_at, -1, -1)), hi - LOOKBACK)
    return all(ent == prev_ent or doc.index.entities[ent].kind not in ("person", "unknown")
               for _, _, ent in doc.names[lo:hi])


def _fitting_named_since(doc: _Document, pron: str, prev: Frame, prev_ent: int,
                         span: tuple[int, int], since: int | None = None) -> bool:
    """"Don Roe said ... his wife, Ana Roe, ... She says": a name the pronoun fits, named
    anywhere since the chain's frame (or since ``since``), outweighs a sex that the chain's
    given name denies, or an organisation or place that "he" or "she" would speak for ("Sen.
    Ana Ruiz faulted Vell Corp. The company said ... She said": Ruiz, named in the frame's
    paragraph, before the company spoke)."""
    hi = bisect_left(doc.names, (span[0], -1, -1))
    start = prev.cue[0] if since is None else since
    lo = max(bisect_left(doc.names, (start, -1, -1)), hi - LOOKBACK)
    return any(ent != prev_ent and _compatible(doc, pron, ent)
               and doc.index.entities[ent].kind in ("person", "unknown")
               for _, _, ent in doc.names[lo:hi])


def _agreeing_person_before(doc: _Document, pron: str, prev: Frame, span: tuple[int, int]
                            ) -> bool:
    """"Prosecutor Ana Roe charged three port officials. | The port authority said ... She
    said": a person whose known sex agrees with "he" or "she", a speaker or the name opening
    a sentence of the paragraph before the one where an organisation spoke (or of that one),
    outweighs someone unnamed speaking for it ("Police arrested Tom Hale. | The police said
    ... He said" is the police: Hale was no subject)."""
    sex = SEXED_PRONOUNS.get(pron)
    if sex is None:
        return False
    pi = _para_of(doc.para_starts, prev.cue[0])
    since = doc.para_starts[pi - 1] if pi > 0 else 0
    hi = bisect_left(doc.names, (prev.cue[0], -1, -1))
    lo = max(bisect_left(doc.names, (since, -1, -1)), hi - LOOKBACK)
    return any(doc.index.entities[ent].kind == "person" and doc.index.entities[ent].gender == sex
               and not doc.notes[k][1] & (REPORTED | QUOTED) and (
                   doc.notes[k][1] & SPEAKER or (doc.notes[k][1] & SUBJECT and not doc.text[
                       _sentence_start(doc, start):start].strip()))
               for k, (start, _, ent) in enumerate(doc.names[lo:hi], lo))


def _blocked(doc: _Document, pron: str, prev: Frame, prev_ent: int, span: tuple[int, int],
             fi: int) -> bool:
    """An entity the pronoun fits, named since the chain's frame outside what that frame
    reported, as a subject or a speaker, is a fresher antecedent ("Roe said ... Lima spoke
    next. She said" is Lima; "Roe said ... A letter to Lima arrived. She said" is Roe)."""
    f = doc.frames[fi]
    hi = bisect_left(doc.names, (span[0], -1, -1))
    lo = max(bisect_left(doc.names, (prev.cue[0], -1, -1)), hi - LOOKBACK)
    # a name in a quotation no frame credits is background, unless the pronoun is quoted too
    quoted = 0 if _inside_quote(doc, span[0]) else QUOTED
    aside = _split_quote_aside(doc, f)
    return any(
        ent != prev_ent
        and doc.notes[k][1] & (SUBJECT | SPEAKER)
        and not doc.notes[k][1] & quoted
        and doc.index.entities[ent].kind in ("person", "unknown")
        and _compatible(doc, pron, ent)
        and not (prev.content[0] <= s < prev.content[1])
        and not (prev.speaker[0] <= s < prev.speaker[1])
        and not (f.content[0] <= s < f.content[1])
        and not aside[0] <= s < aside[1]
        for k, (s, _, ent) in enumerate(doc.names[lo:hi], lo)
    )


def _split_quote_aside(doc: _Document, f: Frame) -> tuple[int, int]:
    """'"The plan" -- which Roe drafted -- "will fail," he said': when a frame's sentence
    opens with a quote and its content is a later part of that quote, the writer's aside
    between the parts names no fresher subject; its span (empty for none)."""
    start = _sentence_start(doc, f.content[0])
    opening = doc.text[start:f.content[0]]
    if opening.lstrip()[:1] not in _QUOTE_MARKS or f.content[0] <= start \
            or doc.text[f.content[0] - 1] not in _QUOTE_MARKS:
        return (0, 0)
    return (start, f.content[0])


#: How many earlier names the salience of a pronoun's antecedents is summed over.
SALIENCE_LOOKBACK: Final = 40
#: How much a mention's weight shrinks with each sentence between it and the pronoun.
SALIENCE_DECAY: Final = 0.5


#: How much a "he"/"she" antecedent of unknown sex counts against one whose sex agrees, and
#: one not known to be a person at all.
UNKNOWN_SEX_FIT: Final = 0.6
#: How much a name inside a fronted adjunct ("After talks with Roe, she said") or a relative
#: clause ("members who backed Roe") counts.
ADJUNCT_WEIGHT: Final = 0.5
UNKNOWN_KIND_FIT: Final = 0.3


def _most_salient(doc: _Document, fits: Callable[[int], float], span: tuple[int, int],
                  f: Frame | None, margin: float = 1.0) -> int | None:
    """The fitting entity most salient at ``span``: each earlier mention within three
    paragraphs weighs more when near, when a frame's speaker or its sentence's subject, and
    less inside what a frame reports; names inside the mention's own frame do not count.
    With a ``margin`` above 1 the best must outweigh the next fitting entity that much."""
    pi = _para_of(doc.para_starts, span[0])
    limit = max(doc.para_starts[max(0, pi - 2)] if doc.para_starts else 0,
                _section_start(doc, span[0]))
    hi = bisect_left(doc.names, (span[0], -1, -1))
    here = bisect_right(doc.sent_starts, span[0]) - 1
    scores: dict[int, float] = {}
    for k in range(hi - 1, max(-1, hi - 1 - SALIENCE_LOOKBACK), -1):
        s, _, ent = doc.names[k]
        if s < limit:
            break
        if f is not None and (f.content[0] <= s < f.content[1]
                              or f.speaker[0] <= s < f.speaker[1]):
            continue
        si, flags = doc.notes[k]
        w = SALIENCE_DECAY ** max(0, here - si)
        if flags & SPEAKER:
            w *= 2.0
        elif flags & (REPORTED | QUOTED):
            w *= 0.3
        if flags & (ADJUNCT | RELATIVE):
            w *= ADJUNCT_WEIGHT
        if flags & SUBJECT:
            w *= 1.5
        scores[ent] = scores.get(ent, 0.0) + w
    _unnamed_salience(doc, scores, span, f, limit, here)
    best, top, second = None, 0.0, 0.0
    for ent, score in scores.items():  # most recent first: ties go to the nearer
        if score > second:
            weighted = score * fits(ent)
            if weighted > top:
                best, top, second = ent, weighted, top
            elif weighted > second:
                second = weighted
    return best if top >= margin * second else None


def _unnamed_salience(doc: _Document, scores: dict[int, float], span: tuple[int, int],
                      f: Frame | None, limit: int, here: int) -> None:
    """""... the candidate said. ... he remarked": a resolved pronoun or role noun that spoke
    weighs like a name that spoke (``SALIENCE_LOOKBACK`` of them at most)."""
    for start, ent, weight in doc.unnamed[-1:-SALIENCE_LOOKBACK - 1:-1]:
        if start >= span[0] or start < limit or (
                f is not None and f.content[0] <= start < f.content[1]):
            continue
        si = bisect_right(doc.sent_starts, start) - 1
        scores[ent] = scores.get(ent, 0.0) + weight * SALIENCE_DECAY ** max(0, here - si)


# subject and possessive forms only: "Roe met her" is never Roe herself ("her" before a
# function word is an object)
_SEXED_WORD: Final = re.compile(
    r"\b(?:he|his|himself|she|hers|herself|her(?=\s+(?!(?:to|in|on|at|for|with|from|by|about"
    r"|and|or|that|the|a|an|as|of|into|over|after|before|back|up|out|down|off)\b)[a-z]))\b",
    re.IGNORECASE)
_QUOTE_MARKS: Final = frozenset('"\u201c\u201d')


def _pronoun_evidence(doc: _Document, sentences: Sequence[Span]) -> None:
    """"Warren unveiled her plan": the first sexed pronoun after a sentence's subject name,
    before any other name or quote mark, votes for that name's sex (after a speaker's name
    only "he" or "she" does: "Roe said she ...", not "Roe said her rival ...")."""
    names, notes, text = doc.names, doc.notes, doc.text
    for k, (_, end, ent) in enumerate(names):
        si, flags = notes[k]
        e = doc.index.entities[ent]
        if not flags & SUBJECT or e.kind not in ("person", "unknown"):
            continue
        stop = names[k + 1][0] if k + 1 < len(names) and notes[k + 1][0] == si \
            else sentences[si].end
        m = _SEXED_WORD.search(text, end, stop)
        if m is None or not _QUOTE_MARKS.isdisjoint(text[end:m.start()]):
            continue
        word = m.group().lower()
        if flags & SPEAKER and word not in ("he", "she"):
            continue  # "Roe said her plan ...": what a speaker reports is about others too
        e.votes[0 if SEXED_PRONOUNS[word] == "f" else 1] += 1


def _quote_speaker(doc: _Document, span: tuple[int, int], fi: int) -> int | None:
    """Entity of the innermost other frame whose content (not holding its own cue) contains
    ``span``: "I" in a quote is whoever the quote is attributed to."""
    best: int | None = None
    best_len = -1
    frames = doc.frames
    for k in range(max(0, fi - 40), min(len(frames), fi + 40)):
        g = frames[k]
        if k == fi or k >= len(doc.frame_entity):
            continue
        if g.content[0] <= span[0] < g.content[1] and g.content[0] > 0 \
                and doc.text[g.content[0] - 1] == '"':
            length = g.content[1] - g.content[0]
            if best_len < 0 or length < best_len:
                best, best_len = doc.frame_entity[k], length
    return best


def _para_of(para_starts: list[int], offset: int) -> int:
    return max(bisect_right(para_starts, offset) - 1, 0)
